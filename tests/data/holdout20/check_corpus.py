#!/usr/bin/env python3
"""Checks for the holdout20 set.

    python check_corpus.py        (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks: every message parses (no parser defects, every part decodes), every label's file
exists (and every message has a label), Date: headers are in file order and no reply is dated before the
request it answers, every request id in the labels exists in requests.yaml.
Further checks: headers present, unique Message-IDs, lines <= 998 bytes, attachments <= 30 KB, kinds valid and
each present at least twice, tracking numbers match the agency's pattern and occur in the message (subject,
any text part, PDF text or attachment name), thread headers / plus-addresses agree with the label, due and
appeal_due only where they belong, facts.yaml and labels.yaml agree on file order, PDFs have a text layer.
"""
import collections
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
problems = []


def bad(m):
    problems.append(m)


def load(name):
    return yaml.safe_load((HERE / name).read_text())


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
        except Exception as e:  # noqa: BLE001
            bad('%s: cannot decode %s part: %s' % (fn, part.get_content_type(), e))
            continue
        ct = part.get_content_type()
        if isinstance(payload, bytes):
            if ct == 'application/pdf':
                if not payload.startswith(b'%PDF-') or b'%%EOF' not in payload[-16:]:
                    bad('%s: %s is not a complete PDF' % (fn, part.get_filename()))
                strings = re.findall(rb'\((.*?)(?<!\\)\) Tj', payload)
                if not strings:
                    bad('%s: %s has no text layer' % (fn, part.get_filename()))
                payload = ' '.join(s.decode('cp1252').replace('\\(', '(').replace('\\)', ')') for s in strings)
            else:
                payload = payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append(payload)
    return out, names


def main():
    reqs = {r['id']: r for r in load('requests.yaml')['requests']}
    ags = {a['id']: a for a in load('agencies.yaml')['agencies']}
    labels = load('labels.yaml')
    facts = load('facts.yaml')
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    label_files = [l['file'] for l in labels]
    for fn in label_files:
        if not (HERE / 'messages' / fn).exists():
            bad('label for missing file %s' % fn)
    for fn in files:
        if fn not in label_files:
            bad('message %s has no label' % fn)
    if label_files != sorted(label_files):
        bad('labels.yaml is not in file-name order')
    if [f['file'] for f in facts] != label_files:
        bad('facts.yaml and labels.yaml list different files')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last, kinds = set(), None, collections.Counter()
    per_req = collections.Counter()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n'), 1):
            if len(line) > 998:
                bad('%s: line %d is %d bytes' % (fn, i, len(line)))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for hname in ('From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type'):
            if msg[hname] is None:
                bad('%s: missing %s' % (fn, hname))
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if d.tzinfo is None:
            bad('%s: Date without zone' % fn)
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = texts_of(msg, fn)
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart():
                size = len(part.as_bytes()) if part.get_content_type() == 'message/rfc822' else len(part.get_payload(decode=True) or b'')
                if size > 30 * 1024:
                    bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: unknown kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None:
            if rid not in reqs:
                bad('%s: unknown request %s' % (fn, rid))
                continue
            per_req[rid] += 1
            if d.date() < reqs[rid]['sent']:
                bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[hn] or '') for hn in ('In-Reply-To', 'References'))
        for m_id, r in by_mid.items():
            if m_id in refs and r != rid:
                bad('%s: thread headers point to %s, label says %s' % (fn, r, rid))
        rcpt = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in rcpt and r != rid:
                bad('%s: plus-address of %s, label says %s' % (fn, r, rid))
        if rid is None and any(k in lab for k in ('due', 'appeal_due', 'estimated')):
            bad('%s: date label without a request' % fn)
        if lab['kind'] in ('acknowledgment', 'extension') and rid and 'due' not in lab:
            bad('%s: %s without due' % (fn, lab['kind']))
        if 'due' in lab and lab['kind'] not in ('acknowledgment', 'extension'):
            bad('%s: due on a %s' % (fn, lab['kind']))
        if 'appeal_due' in lab and lab['kind'] not in ('denial', 'no_records', 'records_final'):
            bad('%s: appeal_due on a %s' % (fn, lab['kind']))
        if lab['kind'] in ('denial', 'no_records') and rid and 'appeal_due' not in lab:
            bad('%s: %s without appeal_due' % (fn, lab['kind']))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears %d times (need 2)' % (k, kinds[k]))
    for rid in reqs:
        if not per_req[rid]:
            bad('request %s has no message' % rid)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    nulls = sum(1 for l in labels if l['request'] is None)
    print('messages: %d, requests: %d, agencies: %d, request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    print('messages per request:', dict(sorted(per_req.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
