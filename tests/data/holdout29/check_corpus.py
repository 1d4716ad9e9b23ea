#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks: every message parses without defects and has the basic headers; every label's file exists and every
message has exactly one label (same order); Message-IDs unique; Date: headers in file order and not before the
`sent` date of the request they answer; every request id exists; kinds valid; tracking numbers appear in the
message (text, PDF text layer or attachment name) and fit the agency pattern; thread headers / plus addresses
agree with the label; acknowledgments and extensions carry a due where the rules allow one; adverse kinds carry
appeal_due; PDFs have a text layer; attachments stay small; every kind appears at least twice.
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from compute_labels import RULES  # noqa: E402

KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(msg):
    problems.append(msg)


def collect(msg, fn):
    texts, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (fn, k, d))
        name = part.get_filename()
        if name:
            names.append(name)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct in ('message/rfc822', 'message/delivery-status'):
            texts.append(part.as_string())
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s part: %s' % (fn, ct, e))
            continue
        if isinstance(payload, bytes):
            if ct == 'application/pdf':
                if not (payload.startswith(b'%PDF-') and b' Tj' in payload and b'BT' in payload):
                    bad('%s: PDF %s has no text layer' % (fn, name))
                if len(payload) > 30 * 1024:
                    bad('%s: attachment %s is %d bytes' % (fn, name, len(payload)))
            payload = payload.decode('latin-1')
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        texts.append(payload)
    return texts, names


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
    if set(facts) != set(files):
        bad('facts.yaml files do not match messages/')
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last = set(), None
    kinds = collections.Counter()
    per_agency = collections.Counter()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i + 1))
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
        except Exception as e:  # noqa
            bad('%s: does not parse: %s' % (fn, e))
            continue
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = collect(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid:
            per_agency[reqs[rid]['agency']] += 1
            if d.date() < reqs[rid]['sent']:
                bad('%s: Date %s before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            ag = ags[reqs[rid]['agency']] if rid else None
            pats = [ag.get('tracking_pattern')] if ag else [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m_, r in by_mid.items():
            if m_ in refs and r != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus address of %s but label is %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab or 'estimated' in lab) and rid is None:
            bad('%s: dates without a request' % fn)
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        if lab['kind'] == 'acknowledgment' and rid and 'due' not in lab:
            bad('%s: acknowledgment without due' % fn)
        if lab['kind'] == 'extension' and rid:
            if RULES[jur][1] is not None and 'due' not in lab:
                bad('%s: extension without due although %s has extension days' % (fn, jur))
            if RULES[jur][1] is None and ('due' in lab or 'estimated' not in lab):
                bad('%s: extension in %s (no extension days) must carry only an estimate' % (fn, jur))
        if lab['kind'] in ('denial', 'no_records') and rid and 'appeal_due' not in lab:
            bad('%s: %s without appeal_due' % (fn, lab['kind']))
        if 'appeal_due' in lab and lab['kind'] not in ('denial', 'no_records', 'records_final'):
            bad('%s: appeal_due on a %s' % (fn, lab['kind']))
        f = facts.get(fn, {})
        for k in ('request', 'kind', 'tracking_number', 'why'):
            if f.get(k) != lab.get(k):
                bad('%s: facts/labels disagree on %s' % (fn, k))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, request:null: %d' % (len(labels), len(reqs), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    print('messages per agency:', dict(sorted(per_agency.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
