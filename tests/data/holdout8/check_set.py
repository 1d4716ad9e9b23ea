#!/usr/bin/env python3
"""Checks the set: every message has exactly one label and every label a message; every label's request
exists; kinds are valid; due/appeal_due equal compute_labels.py; every .eml parses with the email package;
each labelled tracking number appears somewhere in the message (headers, text, attachment names or PDF text)."""
import email, os, re, sys, zlib
from email import policy
import yaml
import compute_labels as C

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other'}
errors = []
labels = yaml.safe_load(open(os.path.join(HERE, 'labels.yaml')))
facts, requests, agencies = C.load()
req_ids = {r['id'] for r in requests}
ag_ids = {a['id'] for a in agencies}
for r in requests:
    if r['agency'] not in ag_ids:
        errors.append('request %s: unknown agency' % r['id'])
files = sorted(f for f in os.listdir(os.path.join(HERE, 'messages')) if f.endswith('.eml'))
lab = {}
for l in labels:
    if l['file'] in lab:
        errors.append('duplicate label ' + l['file'])
    lab[l['file']] = l
for f in files:
    if f not in lab:
        errors.append('no label for ' + f)
for f in lab:
    if f not in files:
        errors.append('label without message ' + f)
computed = C.compute(facts, requests, agencies)

def pdf_text(b):
    out = b.decode('latin-1')
    for m in re.finditer(rb'stream\r?\n(.*?)endstream', b, re.S):
        try:
            out += zlib.decompress(m.group(1)).decode('latin-1')
        except Exception:
            pass
    return out

for f in files:
    l = lab.get(f)
    raw = open(os.path.join(HERE, 'messages', f), 'rb').read()
    try:
        msg = email.message_from_bytes(raw, policy=policy.default)
        for h in ('From', 'To', 'Date', 'Subject', 'Message-ID'):
            if not msg[h]:
                errors.append('%s: missing %s' % (f, h))
        hay = str(msg.get('Subject', '')) + raw.decode('latin-1')
        for part in msg.walk():
            if part.is_multipart():
                continue
            fn = part.get_filename()
            if fn:
                hay += ' ' + fn
            ct = part.get_content_type()
            payload = part.get_payload(decode=True) or b''
            if ct == 'application/pdf':
                hay += pdf_text(payload)
            elif ct.startswith('text/') or ct.startswith('message/'):
                hay += part.get_content() if ct.startswith('text/') else payload.decode('latin-1', 'replace')
    except Exception as e:
        errors.append('%s: does not parse: %r' % (f, e))
        continue
    if not l:
        continue
    if l.get('request') is not None and l['request'] not in req_ids:
        errors.append('%s: unknown request %s' % (f, l['request']))
    if l.get('kind') not in KINDS:
        errors.append('%s: bad kind %s' % (f, l.get('kind')))
    tn = l.get('tracking_number')
    if tn and tn.lower() not in hay.lower() and tn.replace('-', ' ').lower() not in hay.lower():
        errors.append('%s: tracking number %s not found in message' % (f, tn))
    c = computed.get(f, {})
    for k in ('due', 'appeal_due'):
        if (k in c) != (k in l) or (k in c and c[k] != l[k]):
            errors.append('%s: %s label %r != computed %r' % (f, k, l.get(k, '<absent>'), c.get(k, '<absent>')))
print('%d messages, %d labels, %d errors' % (len(files), len(labels), len(errors)))
for e in errors:
    print('  ' + e)
sys.exit(1 if errors else 0)
