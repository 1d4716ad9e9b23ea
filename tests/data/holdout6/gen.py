"""Writes messages/*.eml and facts.yaml (label facts without computed dates)."""
import os, yaml
from msgs6 import M
os.makedirs("messages", exist_ok=True)
for f in os.listdir("messages"): os.remove(os.path.join("messages", f))
facts = []
import email.utils
built = [(m, m["msg"]()) for m in M]
built.sort(key=lambda mm: email.utils.parsedate_to_datetime(mm[1]["Date"]))
for i, (m, msg) in enumerate(built, 1):
    assert m["d"] == email.utils.parsedate_to_datetime(msg["Date"]).date().isoformat(), m["n"]
    fn = f"{i:03d}-{m['d'].replace('-','')}.eml"
    with open(os.path.join("messages", fn), "wb") as fh:
        fh.write(msg.as_bytes())
    e = {"file": fn, "request": m["req"], "kind": m["kind"], "tracking_number": m["tn"]}
    if "clock" in m: e["clock"] = m["clock"]
    if m.get("appeal"): e["appeal"] = True
    if m.get("est"): e["estimated"] = m["est"]
    e["why"] = m["why"]; e["note"] = m["note"]
    facts.append(e)
with open("facts.yaml", "w") as fh:
    fh.write("# Facts behind labels.yaml: clock = how the message sets the response clock\n"
             "#   sent: acknowledgment, clock from the request's sent date; {received: D}: clock from the stated receipt date;\n"
             "#   extend: statutory extension on top of the current due date. appeal: adverse determination (appeal window from the Date: header).\n")
    yaml.safe_dump({"messages": facts}, fh, sort_keys=False, allow_unicode=True, width=200)
print(len(facts), "messages")
