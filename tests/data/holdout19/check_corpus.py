#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks: every message parses without defects and has the basic headers; every label's file exists and every file
has a label (same order); Message-IDs are unique; Date: headers are in file order and no message is dated before
the request it answers; every request id exists; tracking numbers match the agency pattern and occur in the
message (subject, any decoded part, or an attachment name); thread headers and plus-addresses agree with the
label; lines <= 998 bytes, attachments <= 30 KB; acknowledgment/extension labels carry a due date exactly when the
rules table gives one; each kind appears at least twice; labels.yaml equals compute_labels.py output.
"""
import sys, re, html, subprocess, collections, csv, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(m):
    problems.append(m)


def all_text(msg, out, names):
    for part in msg.walk():
        for d in part.defects:
            out.append(('DEFECT', repr(d)))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                out.append(('DEFECT', '%s header: %r' % (k, d)))
        fn = part.get_filename()
        if fn:
            names.append(fn)
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        ct = part.get_content_type()
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('cannot decode part %s: %s' % (ct, e))
            continue
        if isinstance(payload, bytes):
            payload = payload.decode('latin-1' if ct == 'application/pdf' else 'utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append((ct, payload))


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label for missing file %s' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    if sorted(facts) != files:
        bad('facts.yaml files do not match messages/')
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    # which jurisdictions give response / extension days (for the due-presence check)
    names = {'US': 'United States (federal)', 'US-CA': 'California', 'US-TX': 'Texas', 'US-NY': 'New York',
             'US-IL': 'Illinois', 'US-AZ': 'Arizona', 'US-GA': 'Georgia'}
    table = {r['jurisdiction']: r for r in csv.DictReader(open(Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv', encoding='utf-8'))}
    has_resp = {c: bool(table[n]['response_days'].strip()) for c, n in names.items()}
    has_ext = {c: bool(table[n]['extension_days'].strip()) for c, n in names.items()}
    has_appeal = {c: bool(table[n]['appeal_days'].strip()) for c, n in names.items()}
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen_ids, last_date = set(), None
    kinds = collections.Counter()
    stated = collections.defaultdict(set)
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i + 1))
        with open(path, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for hname in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[hname] is None:
                bad('%s: missing %s' % (fn, hname))
        mid = str(msg['Message-ID']).strip()
        if mid in seen_ids:
            bad('%s: duplicate Message-ID' % fn)
        seen_ids.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last_date and d < last_date:
            bad('%s: Date earlier than previous message' % fn)
        last_date = d
        texts, anames = [], []
        all_text(msg, texts, anames)
        for ct, t in texts:
            if ct == 'DEFECT':
                bad('%s: parser defect %s' % (fn, t))
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart():
                size = len(part.as_bytes()) if part.get_content_type() == 'message/rfc822' else len(part.get_payload(decode=True) or b'')
                if size > 30 * 1024:
                    bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
        blob = '\n'.join([str(msg['Subject'])] + [t for _, t in texts] + anames)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid is not None and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            pats = [p for p in pats if p]
            if not any(re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found anywhere in the message' % (fn, trk))
            sig = facts[fn].get('signals', [])
            if 'tracking' in sig and trk not in stated[rid]:
                bad('%s: tracking signal but %s was not stated in an earlier message for %s' % (fn, trk, rid))
            stated[rid].add(trk)
        refs = ' '.join(str(msg[hn] or '') for hn in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s but label is %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without request' % fn)
        if rid:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            if lab['kind'] == 'acknowledgment' and ('due' in lab) != has_resp[jur]:
                bad('%s: acknowledgment due presence does not match the rules table for %s' % (fn, jur))
            if lab['kind'] == 'extension' and ('due' in lab) != has_ext[jur]:
                bad('%s: extension due presence does not match the rules table for %s' % (fn, jur))
            if 'appeal_due' in lab and (lab['appeal_due'] is not None) != has_appeal[jur]:
                bad('%s: appeal_due does not match the rules table for %s' % (fn, jur))
            if lab['kind'] in ('denial', 'no_records') and 'appeal_due' not in lab:
                bad('%s: %s without appeal_due key' % (fn, lab['kind']))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, agencies: %d, request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
