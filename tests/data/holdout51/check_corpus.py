#!/usr/bin/env python3
"""Sanity checks for this set.

    python3 check_corpus.py      (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks: every message parses without parser defects and has the basic headers; labels.yaml lists exactly the
files in messages/ in order and every label's file exists; Date: headers are in file order and no message is
dated before the request it answers; every request id in labels/facts exists in requests.yaml and every agency
id in requests.yaml exists in agencies.yaml; kinds are valid and each appears at least twice; tracking numbers
appear in the message (subject, text, PDF text or attachment name) and match the agency pattern; thread
headers / plus addresses agree with the label; acknowledgments and extensions carry a due unless the rules
table gives no extension days; every PDF attachment has a text layer; no line over 998 bytes; attachments
under 30 KB; Message-IDs unique; labels.yaml equals compute_labels.py output.
"""
import sys, re, html, csv, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(m):
    problems.append(m)


def walk_text(msg, out, names, pdfs):
    for part in msg.walk():
        for d in part.defects:
            out.append(('DEFECT', repr(d)))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                out.append(('DEFECT', '%s header: %r' % (k, d)))
        fn = part.get_filename()
        if fn:
            names.append(fn)
        ct = part.get_content_type()
        if part.is_multipart() or ct == 'message/rfc822':
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('cannot decode part %s: %s' % (ct, e))
            continue
        if isinstance(payload, bytes):
            if ct == 'application/pdf':
                pdfs.append((fn, payload))
                payload = payload.decode('latin-1')
            else:
                payload = payload.decode('utf-8', 'replace')
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
    rules_csv = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
    names = {'US': 'United States (federal)', 'US-VT': 'Vermont', 'US-NH': 'New Hampshire', 'US-ME': 'Maine',
             'US-CT': 'Connecticut', 'US-RI': 'Rhode Island'}
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(rules_csv, newline='', encoding='utf-8'))}
    no_ext = {j for j, n in names.items() if not rows[n]['extension_days'].strip()}
    for rid, r in reqs.items():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (rid, r['agency']))
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    if sorted(facts) != files:
        bad('facts.yaml files do not match messages/')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last = set(), None
    kinds = collections.Counter()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            bad('%s: label file does not exist' % fn)
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i + 1))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for hname in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[hname] is None:
                bad('%s: missing %s' % (fn, hname))
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        try:
            d = email.utils.parsedate_to_datetime(str(msg['Date']))
        except Exception as e:  # noqa
            bad('%s: bad Date: %s' % (fn, e))
            continue
        if last and d < last:
            bad('%s: Date earlier than previous message' % fn)
        last = d
        texts, anames, pdfs = [], [], []
        walk_text(msg, texts, anames, pdfs)
        for ct, t in texts:
            if ct == 'DEFECT':
                bad('%s: parser defect %s' % (fn, t))
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart():
                size = len(part.get_payload(decode=True) or b'')
                if size > 30 * 1024:
                    bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
        for pname, data in pdfs:
            if not data.startswith(b'%PDF-') or b'%%EOF' not in data[-32:]:
                bad('%s: %s is not a complete PDF' % (fn, pname))
            if not re.search(rb'BT\b.*?\((?:[^()\\]|\\.){3,}\)\s*Tj', data, re.S):
                bad('%s: %s has no text layer' % (fn, pname))
        blob = '\n'.join([str(msg['Subject'])] + [t for _, t in texts] + anames)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if facts.get(fn, {}).get('request') != rid or facts.get(fn, {}).get('kind') != lab['kind']:
            bad('%s: facts.yaml and labels.yaml disagree' % fn)
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            if trk not in blob:
                bad('%s: tracking %s not found anywhere in the message' % (fn, trk))
            if rid:
                pat = ags[reqs[rid]['agency']].get('tracking_pattern')
                if not pat or not re.fullmatch(pat.replace('\\b', ''), trk):
                    bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
        refs = ' '.join(str(msg[hn] or '') for hn in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus address of %s but label is %s' % (fn, r, rid))
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without request' % fn)
        if rid and lab['kind'] == 'acknowledgment' and 'due' not in lab:
            bad('%s: acknowledgment without due' % fn)
        if rid and lab['kind'] == 'extension' and ('due' in lab) == (jur in no_ext):
            bad('%s: extension due presence wrong for %s' % (fn, jur))
        if lab['kind'] in ('denial', 'no_records') and rid and 'appeal_due' not in lab:
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
