"""Check the set: every message has a label, every label's request exists, date labels equal computed ones, every .eml parses."""
import os, sys, yaml, email
from email import policy
HERE=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,HERE)
import compute_labels
KINDS={'acknowledgment','extension','fee_estimate','clarification','records_interim','records_final','no_records','denial','portal_notice','auto_reply','bounce','other'}
err=[]
labels=yaml.safe_load(open(os.path.join(HERE,'labels.yaml')))
rq={r['id'] for r in yaml.safe_load(open(os.path.join(HERE,'requests.yaml')))['requests']}
files=sorted(f for f in os.listdir(os.path.join(HERE,'messages')) if f.endswith('.eml'))
lf=[l['file'] for l in labels]
for f in files:
    if f not in lf: err.append(f'no label: {f}')
    m=email.message_from_bytes(open(os.path.join(HERE,'messages',f),'rb').read(),policy=policy.default)
    for h in ('From','To','Date','Subject','Message-ID'):
        if not m[h]: err.append(f'{f}: missing {h}')
    try:
        for p in m.walk():
            if not p.is_multipart(): p.get_content()
    except Exception as e: err.append(f'{f}: {e}')
for l in labels:
    if l['file'] not in files: err.append(f"label without file: {l['file']}")
    if l['request'] is not None and l['request'] not in rq: err.append(f"{l['file']}: unknown request {l['request']}")
    if l['kind'] not in KINDS: err.append(f"{l['file']}: bad kind")
comp={c['file']:c for c in compute_labels.main(write=False)}
for l in labels:
    c=comp[l['file']]
    for k in ('due','appeal_due','estimated'):
        if l.get(k)!=c.get(k) or (k in l)!=(k in c): err.append(f"{l['file']}: {k} {l.get(k)} != {c.get(k)}")
print('\n'.join(err) if err else f'OK: {len(files)} messages, {len(labels)} labels')
sys.exit(1 if err else 0)
