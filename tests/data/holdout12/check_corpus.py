#!/usr/bin/env python3
"""Check the set: every message has a label and vice versa, every label's request exists, kinds are valid,
date labels equal compute_labels.py's, every .eml parses with Python's email package."""
import email, email.policy, os, sys, yaml
import compute_labels

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"acknowledgment", "extension", "fee_estimate", "clarification", "records_interim", "records_final",
         "no_records", "denial", "portal_notice", "auto_reply", "bounce", "other"}
errs = []
reqs = {r["id"] for r in yaml.safe_load(open(os.path.join(HERE, "requests.yaml")))["requests"]}
ags = {a["id"] for a in yaml.safe_load(open(os.path.join(HERE, "agencies.yaml")))["agencies"]}
for r in yaml.safe_load(open(os.path.join(HERE, "requests.yaml")))["requests"]:
    if r["agency"] not in ags:
        errs.append(f"request {r['id']}: unknown agency {r['agency']}")
labels = yaml.safe_load(open(os.path.join(HERE, "labels.yaml")))
files = sorted(f for f in os.listdir(os.path.join(HERE, "messages")) if f.endswith(".eml"))
lf = [l["file"] for l in labels]
if len(set(lf)) != len(lf):
    errs.append("duplicate label entries")
for f in files:
    if f not in lf:
        errs.append(f"{f}: no label")
    m = email.message_from_binary_file(open(os.path.join(HERE, "messages", f), "rb"), policy=email.policy.default)
    for h in ("From", "To", "Date", "Subject", "Message-ID"):
        if m[h] is None:
            errs.append(f"{f}: missing {h}")
    body = m.get_body(preferencelist=("plain", "html"))
    if body is None:
        errs.append(f"{f}: no text body")
    else:
        body.get_content()
for l in labels:
    if l["file"] not in files:
        errs.append(f"{l['file']}: label without message")
    if l["request"] is not None and l["request"] not in reqs:
        errs.append(f"{l['file']}: unknown request {l['request']}")
    if l["kind"] not in KINDS:
        errs.append(f"{l['file']}: bad kind {l['kind']}")
_, out = compute_labels.compute()
for l in labels:
    for key in ("due", "appeal_due"):
        if out[l["file"]].get(key, "ABSENT") != l.get(key, "ABSENT"):
            errs.append(f"{l['file']}: {key} {l.get(key, 'ABSENT')} != computed {out[l['file']].get(key, 'ABSENT')}")
for e in errs:
    print(e)
print(f"{len(files)} messages, {len(labels)} labels, {len(errs)} problems")
sys.exit(1 if errs else 0)
