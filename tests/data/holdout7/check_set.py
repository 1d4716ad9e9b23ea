#!/usr/bin/env python3
"""Checks the set: every message has exactly one label, every label's file and request exist, kinds are valid,
date labels equal the ones recomputed by compute_labels.py, and every .eml parses with the email package."""
import email, email.policy, glob, os, sys, datetime as dt
import yaml
from compute_labels import compute, load_all

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"acknowledgment", "extension", "fee_estimate", "clarification", "records_interim", "records_final",
         "no_records", "denial", "portal_notice", "auto_reply", "bounce", "other"}
errors = []
labels = yaml.safe_load(open(os.path.join(HERE, "labels.yaml")))
reqs = {r["id"] for r in yaml.safe_load(open(os.path.join(HERE, "requests.yaml")))["requests"]}
agencies = {a["id"] for a in yaml.safe_load(open(os.path.join(HERE, "agencies.yaml")))["agencies"]}
for r in yaml.safe_load(open(os.path.join(HERE, "requests.yaml")))["requests"]:
    if r["agency"] not in agencies:
        errors.append("request %s: unknown agency %s" % (r["id"], r["agency"]))
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "messages", "*.eml")))
labelled = [l["file"] for l in labels]
if len(set(labelled)) != len(labelled):
    errors.append("duplicate labels")
for f in files:
    if f not in labelled:
        errors.append("no label for " + f)
for l in labels:
    if l["file"] not in files:
        errors.append("label for missing file " + l["file"])
    if l["request"] is not None and l["request"] not in reqs:
        errors.append("%s: unknown request %s" % (l["file"], l["request"]))
    if l["kind"] not in KINDS:
        errors.append("%s: bad kind %s" % (l["file"], l["kind"]))
computed = {c["file"]: c for c in compute(*load_all())}
for l in labels:
    c = computed.get(l["file"], {})
    for k in ("due", "appeal_due"):
        if (k in l) != (k in c) or l.get(k) != c.get(k):
            errors.append("%s: %s %r != computed %r" % (l["file"], k, l.get(k), c.get(k)))
for f in files:
    raw = open(os.path.join(HERE, "messages", f), "rb").read()
    try:
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type"):
            if m[h] is None:
                errors.append("%s: missing %s" % (f, h))
        d = m["Date"].datetime.date()
        if d.strftime("%Y%m%d") != f[4:12]:
            errors.append("%s: Date header %s does not match file name" % (f, d))
        for part in m.walk():
            if not part.is_multipart():
                part.get_content()
    except Exception as e:
        errors.append("%s: parse error %s" % (f, e))
print("%d messages, %d labels" % (len(files), len(labels)))
print("\n".join(errors) or "OK")
sys.exit(1 if errors else 0)
