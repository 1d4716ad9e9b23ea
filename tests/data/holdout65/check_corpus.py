#!/usr/bin/env python3
"""Checks for this set.

    python check_corpus.py        (needs pyyaml; runs compute_labels.py --check too)

Checks: every .eml parses without parser defects and has the basic headers; every label's file exists
and every message has a label (same order); Date: headers are in file order and no message is dated
before the request it is labeled with; every request id exists; kinds are valid and each appears at
least twice; tracking numbers appear in the message and fit the agency pattern; thread headers and plus
addresses agree with the label; acknowledgments carry a due; PDFs have a text layer; attachments small;
no line over 998 bytes; labels equal what compute_labels.py derives.
"""
import collections
import datetime as dt
import email
import email.policy
import email.utils
import html
import re
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
PACIFIC = lambda d: d.astimezone(dt.timezone(dt.timedelta(hours=-8 if d.astimezone(dt.timezone.utc).replace(tzinfo=None) >= dt.datetime(2026, 11, 1, 9) else -7)))
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
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, part.get_content_type(), e))
            continue
        ct = part.get_content_type()
        if isinstance(payload, bytes):
            if ct == 'application/pdf':
                if b'BT' not in payload or b'Tj' not in payload:
                    bad('%s: PDF %s has no text layer' % (fn, part.get_filename()))
                if len(payload) > 30 * 1024:
                    bad('%s: PDF too large' % fn)
                payload = ' '.join(re.findall(r'\((.*?)\) Tj', payload.decode('latin-1'))).replace('\\(', '(').replace('\\)', ')')
            else:
                payload = payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append(payload)
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
        bad('labels.yaml does not list messages/ exactly, in file order')
    if set(facts) != set(files):
        bad('facts.yaml does not cover messages/ exactly')
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
        with open(path, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        try:
            d = email.utils.parsedate_to_datetime(str(msg['Date']))
        except Exception:  # noqa
            bad('%s: unparsable Date' % fn)
            continue
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = texts_of(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and PACIFIC(d).date() < reqs[rid]['sent']:
            bad('%s: dated %s, before request %s was sent (%s)' % (fn, PACIFIC(d).date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']]['tracking_pattern']] if rid else [a['tracking_pattern'] for a in ags.values()]
            if not any(re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not fit the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m_, r in by_mid.items():
            if m_ in refs and r != rid:
                bad('%s: thread headers point to %s, label says %s' % (fn, r, rid))
            if m_ in raw.decode('utf-8', 'replace') and r != rid:
                bad('%s: embedded Message-ID of %s, label says %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus address of %s, label says %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without a request' % fn)
        if lab['kind'] == 'acknowledgment' and rid and 'due' not in lab:
            bad('%s: acknowledgment without due' % fn)
        if lab['kind'] in ('denial', 'no_records') and rid and 'appeal_due' not in lab:
            bad('%s: %s without appeal_due (null expected here)' % (fn, lab['kind']))
        if lab['kind'] == 'extension' and 'due' not in lab and 'estimated' not in lab:
            bad('%s: extension with neither due nor estimated' % fn)
        for k in ('due', 'estimated'):
            if lab.get(k) and lab[k] < PACIFIC(d).date():
                bad('%s: %s %s is before the message date' % (fn, k, lab[k]))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'] + sys.argv[1:], capture_output=True, text=True)
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
