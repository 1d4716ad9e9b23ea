#!/usr/bin/env python3
"""Check the set: every message has one label and every label one message; every label's
request exists; kinds are valid; date labels equal those re-derived by compute_labels.py;
every .eml parses with Python's email package (headers, Date, body parts)."""
import os, sys, email, email.utils
from email import policy
import yaml
import compute_labels

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"acknowledgment", "extension", "fee_estimate", "clarification", "records_interim", "records_final",
         "no_records", "denial", "portal_notice", "auto_reply", "bounce", "other"}
errs = []
ag = {a["id"] for a in yaml.safe_load(open(os.path.join(HERE, "agencies.yaml")))["agencies"]}
reqs = yaml.safe_load(open(os.path.join(HERE, "requests.yaml")))
rq = {r["id"]: r for r in reqs["requests"]}
for r in rq.values():
    if r["agency"] not in ag:
        errs.append(f"request {r['id']}: unknown agency {r['agency']}")
labels = yaml.safe_load(open(os.path.join(HERE, "labels.yaml")))
files = sorted(f for f in os.listdir(os.path.join(HERE, "messages")) if f.endswith(".eml"))
lf = [l["file"] for l in labels]
if len(lf) != len(set(lf)):
    errs.append("duplicate label entries")
for f in files:
    if f not in lf:
        errs.append(f"{f}: no label")
for l in labels:
    if l["file"] not in files:
        errs.append(f"label for missing file {l['file']}")
    if l["request"] is not None and l["request"] not in rq:
        errs.append(f"{l['file']}: unknown request {l['request']}")
    if l["kind"] not in KINDS:
        errs.append(f"{l['file']}: bad kind {l['kind']}")
    if not l.get("why"):
        errs.append(f"{l['file']}: no why")
comp = {l["file"]: l for l in compute_labels.compute()}
for l in labels:
    c = comp.get(l["file"], {})
    for k in ("due", "appeal_due", "estimated"):
        if (k in l) != (k in c) or l.get(k) != c.get(k):
            errs.append(f"{l['file']}: {k} label {l.get(k, '-')} != computed {c.get(k, '-')}")
prev = None
for f in files:
    raw = open(os.path.join(HERE, "messages", f), "rb").read()
    try:
        m = email.message_from_bytes(raw, policy=policy.default)
        for h in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version"):
            if m[h] is None:
                errs.append(f"{f}: missing {h}")
        d = email.utils.parsedate_to_datetime(m["Date"])
        if d.strftime("%Y%m%d") != f.split("-")[1][:8]:
            errs.append(f"{f}: file name date differs from Date: {m['Date']}")
        if not ("2026-03-02" <= d.date().isoformat() <= "2026-05-15"):
            errs.append(f"{f}: date out of range")
        if prev and d < prev:
            errs.append(f"{f}: out of order")
        prev = d
        for part in m.walk():
            if not part.is_multipart() and part.get_content_maintype() in ("text",):
                part.get_content()
            elif not part.is_multipart():
                part.get_payload(decode=True)
        if m.defects:
            errs.append(f"{f}: defects {m.defects}")
    except Exception as e:
        errs.append(f"{f}: does not parse: {e!r}")
print(f"{len(files)} messages, {len(labels)} labels, {len(rq)} requests")
if errs:
    print("\n".join(errs))
    sys.exit(1)
print("OK")
