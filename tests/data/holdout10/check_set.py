"""Check the set: every message has a label, every label's request exists, date labels equal the computed ones,
every .eml parses with the email package."""
import os, sys, email, email.policy, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compute_labels
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'acknowledgment','extension','fee_estimate','clarification','records_interim','records_final','no_records',
         'denial','portal_notice','auto_reply','bounce','other'}
err = []
labels = yaml.safe_load(open(os.path.join(HERE, 'labels.yaml')))
rq = {q['id'] for q in yaml.safe_load(open(os.path.join(HERE, 'requests.yaml')))['requests']}
files = sorted(os.listdir(os.path.join(HERE, 'messages')))
lf = [l['file'] for l in labels]
if sorted(lf) != files: err.append(f'label/file mismatch: {set(lf) ^ set(files)}')
if len(set(lf)) != len(lf): err.append('duplicate labels')
for l in labels:
    if l['request'] is not None and l['request'] not in rq: err.append(f"{l['file']}: unknown request {l['request']}")
    if l['kind'] not in KINDS: err.append(f"{l['file']}: bad kind {l['kind']}")
comp = {l['file']: l for l in compute_labels.compute()}
for l in labels:
    c = comp.get(l['file'], {})
    for k in ('due', 'appeal_due'):
        if l.get(k, 'ABSENT') != c.get(k, 'ABSENT'): err.append(f"{l['file']}: {k} {l.get(k)} != computed {c.get(k)}")
for f in files:
    try:
        m = email.message_from_binary_file(open(os.path.join(HERE, 'messages', f), 'rb'), policy=email.policy.default)
        for h in ('From', 'To', 'Date', 'Subject', 'Message-ID'):
            if not m[h]: err.append(f'{f}: missing {h}')
        for part in m.walk():
            if not part.is_multipart(): part.get_content()
    except Exception as e:
        err.append(f'{f}: {e!r}')
print('\n'.join(err) or f'OK: {len(files)} messages, {len(labels)} labels')
sys.exit(1 if err else 0)
