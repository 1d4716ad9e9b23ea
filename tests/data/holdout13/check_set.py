"""Checks: every message has one label, every label's request exists, date labels equal compute_labels' values,
every .eml parses with the email package and has the required headers, kinds are valid."""
import os, sys, email, yaml
from email import policy
sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
import compute_labels as C
D=C.D; errs=[]
KINDS={'acknowledgment','extension','fee_estimate','clarification','records_interim','records_final','no_records','denial','portal_notice','auto_reply','bounce','other'}
files=sorted(f for f in os.listdir(f'{D}/messages') if f.endswith('.eml'))
labels=yaml.safe_load(open(f'{D}/labels.yaml')); lf=[l['file'] for l in labels]
if sorted(lf)!=files or len(set(lf))!=len(lf): errs.append('label/file mismatch')
for l in labels:
    if l['request'] is not None and l['request'] not in C.reqs: errs.append(f"{l['file']}: unknown request")
    if l['kind'] not in KINDS: errs.append(f"{l['file']}: bad kind")
comp=C.compute()
for l in labels:
    for k in ('due','appeal_due','estimated'):
        if l.get(k,'-')!=comp[l['file']].get(k,'-'): errs.append(f"{l['file']}: {k} {l.get(k)} != {comp[l['file']].get(k)}")
for f in files:
    m=email.message_from_bytes(open(f'{D}/messages/{f}','rb').read(),policy=policy.default)
    for h in ('From','To','Date','Subject','Message-ID','MIME-Version','Content-Type'):
        if m[h] is None: errs.append(f'{f}: no {h}')
    if m.get_body(('plain','html')) is None: errs.append(f'{f}: no body')
    m['Date'].datetime
print('\n'.join(errs) or f'OK: {len(files)} messages, {len(labels)} labels'); sys.exit(1 if errs else 0)
