"""Checks the set: every message has one label and every label one message; every label's request exists;
kinds are valid; dates in labels.yaml equal the ones compute_labels.py derives; every .eml parses with
Python's email package; stated tracking numbers match the agency's pattern and appear in the message."""
import email, email.policy, os, re, sys, zlib, yaml
from compute_labels import compute, HERE

KINDS = {"acknowledgment", "extension", "fee_estimate", "clarification", "records_interim", "records_final",
         "no_records", "denial", "portal_notice", "auto_reply", "bounce", "other"}
errs = []
ag = {a["id"]: a for a in yaml.safe_load(open(os.path.join(HERE, "agencies.yaml")))["agencies"]}
reqs = {r["id"]: r for r in yaml.safe_load(open(os.path.join(HERE, "requests.yaml")))["requests"]}
labels = yaml.safe_load(open(os.path.join(HERE, "labels.yaml")))
files = sorted(f for f in os.listdir(os.path.join(HERE, "messages")) if f.endswith(".eml"))
lab_files = [l["file"] for l in labels]
if len(set(lab_files)) != len(lab_files): errs.append("duplicate label entries")
for f in files:
    if f not in lab_files: errs.append(f"{f}: no label")
    if not re.fullmatch(r"\d{3}-\d{8}\.eml", f): errs.append(f"{f}: bad file name")
for f in lab_files:
    if f not in files: errs.append(f"{f}: label without message")
for r in reqs.values():
    if r["agency"] not in ag: errs.append(f"{r['id']}: unknown agency")

def all_text(msg):
    out = [str(v) for k, v in msg.items()]
    for part in msg.walk():
        fn = part.get_filename()
        if fn: out.append(fn)
        ct = part.get_content_type()
        if ct.startswith("text/") or ct == "message/delivery-status":
            try: out.append(part.get_content() if ct.startswith("text/") else str(part))
            except Exception: out.append(part.get_payload(decode=True).decode("latin-1"))
        elif ct == "application/pdf":
            raw = part.get_payload(decode=True)
            for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
                try: out.append(zlib.decompress(m.group(1)).decode("latin-1"))
                except Exception: out.append(m.group(1).decode("latin-1"))
    return "\n".join(out)

prev = None
for l in labels:
    f = l["file"]; path = os.path.join(HERE, "messages", f)
    if l["kind"] not in KINDS: errs.append(f"{f}: bad kind {l['kind']}")
    if l["request"] is not None and l["request"] not in reqs: errs.append(f"{f}: unknown request {l['request']}")
    if not os.path.exists(path): continue
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    for h in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version"):
        if msg[h] is None: errs.append(f"{f}: missing {h}")
    if msg.defects: errs.append(f"{f}: defects {msg.defects}")
    for part in msg.walk():
        if part.defects: errs.append(f"{f}: part defects {part.defects}")
    d = msg["Date"].datetime
    if d.date().strftime("%Y%m%d") != f[4:12]: errs.append(f"{f}: Date header does not match file name")
    if prev and d < prev: errs.append(f"{f}: out of chronological order")
    prev = d
    if not ("2026-04-06" <= d.date().isoformat() <= "2026-06-19"): errs.append(f"{f}: date outside window")
    tn = l.get("tracking_number")
    if tn:
        text = all_text(msg)
        if tn not in text: errs.append(f"{f}: tracking number {tn} not found in message")
        if l["request"]:
            pat = ag[reqs[l["request"]]["agency"]].get("tracking_pattern")
            if pat and not re.search(pat, tn): errs.append(f"{f}: {tn} does not match pattern {pat}")
    if l["kind"] in ("acknowledgment", "extension") and l["request"] is None: errs.append(f"{f}: {l['kind']} without request")

computed = {c["file"]: c for c in compute()}
for l in labels:
    c = computed.get(l["file"])
    if c is None: errs.append(f"{l['file']}: not in facts"); continue
    for k in ("request", "kind", "tracking_number", "due", "appeal_due", "estimated"):
        if (k in l) != (k in c) or l.get(k) != c.get(k):
            errs.append(f"{l['file']}: {k} label={l.get(k, '<absent>')} computed={c.get(k, '<absent>')}")

if errs:
    print("\n".join(errs)); print(f"FAILED: {len(errs)} problem(s)"); sys.exit(1)
print(f"OK: {len(files)} messages, {len(labels)} labels, {len(reqs)} requests, {len(ag)} agencies")
