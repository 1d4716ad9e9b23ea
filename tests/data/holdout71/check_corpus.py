#!/usr/bin/env python3
"""Checks: every message parses (no MIME defects, required headers), every label's file exists and matches
messages/, Date: headers are in file order and not before the `sent` date of the request they answer, every
request id in labels exists, kinds are valid, each kind appears at least twice; then compute_labels.py --check."""
import sys, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
bad = []
reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
ags = {a['id'] for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
for r in reqs.values():
    if r['agency'] not in ags:
        bad.append('request %s: unknown agency %s' % (r['id'], r['agency']))
if [l['file'] for l in labels] != files:
    bad.append('labels.yaml files do not match messages/ (set or order)')
last = None
kinds = collections.Counter()
for lab in labels:
    fn = lab['file']
    p = HERE / 'messages' / fn
    if not p.exists():
        bad.append('%s: file missing' % fn); continue
    with open(p, 'rb') as fh:
        m = email.message_from_binary_file(fh, policy=email.policy.default)
    for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
        if m[h] is None:
            bad.append('%s: missing %s' % (fn, h))
    for part in m.walk():
        if part.defects:
            bad.append('%s: defects %r' % (fn, part.defects))
        if not part.is_multipart() and part.get_content_type() != 'message/delivery-status':
            try:
                part.get_content()
            except Exception as e:
                bad.append('%s: cannot decode %s: %s' % (fn, part.get_content_type(), e))
    d = email.utils.parsedate_to_datetime(str(m['Date']))
    if last and d < last:
        bad.append('%s: Date before previous message' % fn)
    last = d
    rid = lab['request']
    if rid is not None:
        if rid not in reqs:
            bad.append('%s: unknown request %s' % (fn, rid))
        elif d.date() < reqs[rid]['sent']:
            bad.append('%s: dated before request %s was sent' % (fn, rid))
    if lab['kind'] not in KINDS:
        bad.append('%s: bad kind %s' % (fn, lab['kind']))
    kinds[lab['kind']] += 1
for k in KINDS:
    if kinds[k] < 2:
        bad.append('kind %s appears %d times (<2)' % (k, kinds[k]))
rc = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check']).returncode
if rc:
    bad.append('compute_labels.py --check failed')
print('%d messages; kinds: %s' % (len(files), dict(sorted(kinds.items()))))
for b in bad:
    print('PROBLEM:', b)
print('OK' if not bad else '%d problem(s)' % len(bad))
sys.exit(1 if bad else 0)
