#!/usr/bin/env python3
"""Sanity checks for this set: every message parses; every label's file exists (and every file has a label);
Date: headers are in file order and none is before the sent date of the request it answers; every request
id exists; kinds are valid; date labels are consistent with compute_labels.py; PDFs have a text layer."""
import sys, datetime as dt, email, email.policy, email.utils, re
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = {'acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other'}
errors = []
reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
agencies = {a['id'] for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
for r in reqs.values():
    if r['agency'] not in agencies:
        errors.append('request %s: unknown agency %s' % (r['id'], r['agency']))
labelled = [l['file'] for l in labels]
if len(set(labelled)) != len(labelled):
    errors.append('duplicate label entries')
for f in files:
    if f not in labelled:
        errors.append('%s: no label' % f)
prev = None
for lab in labels:
    p = HERE / 'messages' / lab['file']
    if not p.exists():
        errors.append('%s: label file missing' % lab['file']); continue
    if lab['kind'] not in KINDS:
        errors.append('%s: bad kind %s' % (lab['file'], lab['kind']))
    if lab['request'] is not None and lab['request'] not in reqs:
        errors.append('%s: unknown request %s' % (lab['file'], lab['request']))
    try:
        m = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        for k in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            if m[k] is None:
                errors.append('%s: missing %s' % (lab['file'], k))
        d = email.utils.parsedate_to_datetime(str(m['Date']))
        for part in m.walk():
            if part.get_content_maintype() == 'multipart':
                continue
            if part.get_content_type() == 'application/pdf':
                data = part.get_payload(decode=True)
                if not data.startswith(b'%PDF') or b' Tj' not in data:
                    errors.append('%s: PDF without text layer' % lab['file'])
            elif part.get_content_maintype() == 'text':
                part.get_content()
    except Exception as e:
        errors.append('%s: parse error %r' % (lab['file'], e)); continue
    if prev and d < prev:
        errors.append('%s: Date %s earlier than previous message %s' % (lab['file'], d, prev))
    prev = d
    if lab['request']:
        sent = reqs[lab['request']]['sent']
        if d.date() < sent:
            errors.append('%s: dated %s before request %s was sent (%s)' % (lab['file'], d.date(), lab['request'], sent))
    for k in ('due', 'appeal_due', 'estimated'):
        if k in lab and lab[k] is not None and not isinstance(lab[k], dt.date):
            errors.append('%s: %s is not a date' % (lab['file'], k))
    if lab['kind'] in ('denial', 'no_records') and 'appeal_due' not in lab:
        errors.append('%s: adverse kind without appeal_due' % lab['file'])
sys.path.insert(0, str(HERE))
import compute_labels
if compute_labels.compute() != labels:
    errors.append('labels.yaml differs from compute_labels.py output')
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK: %d messages, %d labels, %d requests' % (len(files), len(labels), len(reqs)))
