"""Checks the set: every message has a label, every labelled request exists, date labels equal the ones
compute_labels.py derives, every .eml parses with the email package.  Usage: venv/bin/python check_corpus.py"""
import os, sys, glob, yaml, email
from email import policy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compute_labels
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other'}
errs = []
labels = yaml.safe_load(open(os.path.join(HERE, 'labels.yaml')))
reqs = {r['id'] for r in yaml.safe_load(open(os.path.join(HERE, 'requests.yaml')))['requests']}
files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(HERE, 'messages', '*.eml')))
lab_files = [l['file'] for l in labels]
if sorted(lab_files) != files: errs.append(f'label/file mismatch: {set(files) ^ set(lab_files)}')
if len(set(lab_files)) != len(lab_files): errs.append('duplicate labels')
for l in labels:
    if l['request'] is not None and l['request'] not in reqs: errs.append(f"{l['file']}: unknown request {l['request']}")
    if l['kind'] not in KINDS: errs.append(f"{l['file']}: bad kind {l['kind']}")
comp = {l['file']: l for l in compute_labels.compute()}
for l in labels:
    c = comp.get(l['file'], {})
    for k in ('due', 'appeal_due', 'estimated', 'request', 'kind', 'tracking_number'):
        if l.get(k, 'ABSENT') != c.get(k, 'ABSENT'): errs.append(f"{l['file']}: {k} {l.get(k)} != computed {c.get(k)}")
for f in files:
    raw = open(os.path.join(HERE, 'messages', f), 'rb').read()
    try:
        m = email.message_from_bytes(raw, policy=policy.default)
        for h in ('From', 'To', 'Date', 'Subject', 'Message-ID'):
            if not m[h]: errs.append(f'{f}: missing {h}')
        for part in m.walk():
            if not part.is_multipart() and part.get_content_maintype() == 'text': part.get_content()
        d = m['Date'].datetime.date()
        if d.strftime('%Y%m%d') != f.split('-')[1][:8]: errs.append(f'{f}: Date header {d} != file name')
        tn = next(l for l in labels if l['file'] == f).get('tracking_number')
        if tn and tn not in raw.decode('latin-1') : errs.append(f'{f}: tracking number {tn} not found in raw message')
    except Exception as e:
        errs.append(f'{f}: parse error {e!r}')
print('\n'.join(errs) if errs else f'OK: {len(files)} messages, {len(labels)} labels')
sys.exit(1 if errs else 0)
