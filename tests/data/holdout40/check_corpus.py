#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks: every message parses (email.policy.default) without defects and has the basic headers; every label's
file exists and labels.yaml lists exactly the files in messages/ in file-name order; Date: headers are in
order and no message is dated before the request it answers; every request id (labels, facts) exists and
every request's agency exists; kinds are valid and each kind appears at least twice; tracking numbers appear
in the message (subject, decoded text, PDF text or attachment name) and match the agency pattern; thread
headers and plus-addresses agree with the label; acknowledgments/extensions carry a due key; adverse
determinations carry appeal_due; line length <= 998; attachments <= 30 KB; PDFs have a text layer; Message-IDs
unique; labels.yaml equals what compute_labels.py derives.
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []

def bad(m):
    problems.append(m)

def texts_of(msg, fn):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (fn, k, d))
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart() or part.get_content_type() in ('message/rfc822', 'message/delivery-status'):
            continue
        ct = part.get_content_type()
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if isinstance(payload, bytes):
            if ct == 'application/pdf':
                if not payload.startswith(b'%PDF-') or b' Tj' not in payload or b'BT' not in payload:
                    bad('%s: PDF %s has no text layer' % (fn, part.get_filename()))
                payload = payload.decode('latin-1')
                payload = ' '.join(m.replace('\\(', '(').replace('\\)', ')') for m in re.findall(r'\(((?:[^()\\]|\\.)*)\) Tj', payload))
            else:
                payload = payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append(payload)
        size = len(part.get_payload(decode=True) or b'')
        if part.get_filename() and size > 30 * 1024:
            bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
    return out, names

def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label file %s does not exist' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    if set(facts) != set(files):
        bad('facts.yaml files do not match messages/')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last = set(), None
    kinds = collections.Counter()
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
            with open(path, 'rb') as fh:
                msg = email.message_from_binary_file(fh, policy=email.policy.default)
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
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if facts.get(fn, {}).get('request') != rid:
            bad('%s: facts and labels disagree on request' % fn)
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        texts, names = texts_of(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        to = ' '.join(str(msg[h] or '') for h in ['To', 'Cc'])
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s but label is %s' % (fn, r, rid))
        if lab['kind'] in ('acknowledgment', 'extension') and rid and 'due' not in lab:
            bad('%s: %s without a due key' % (fn, lab['kind']))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without a request' % fn)
        if lab['kind'] in ('denial', 'no_records') and 'appeal_due' not in lab:
            bad('%s: %s without appeal_due key' % (fn, lab['kind']))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, request:null: %d' % (len(labels), len(reqs), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    print('per request:', dict(sorted(collections.Counter(str(l['request']) for l in labels).items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')

if __name__ == '__main__':
    main()
