import os, sys, shutil, subprocess, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
for p in ["build_part1.py"] + [f"build_part{i}.py" for i in range(2, 9)]:
    exec(open(os.path.join(HERE, p)).read())
md = os.path.join(HERE, "messages"); shutil.rmtree(md, ignore_errors=True); os.makedirs(md)
DROP = {"This week in public records: school safety edition", "ATF News: National Firearms Commerce and Trafficking Assessment Volume III", "Request OESE-2026-0345 - Correspondence Available"}
MSGS[:] = [m for m in MSGS if str(m["msg"]["Subject"]) not in DROP]
MSGS.sort(key=lambda m: m["date"])
labels, facts = [], []
for i, m in enumerate(MSGS, 1):
    fn = f"{i:03d}-{m['date'].strftime('%Y%m%d')}.eml"
    open(os.path.join(md, fn), "wb").write(m["msg"].as_bytes())
    labels.append(dict(file=fn, **m["label"]))
    if m["facts"]: facts.append(dict(file=fn, **m["facts"]))
yaml.safe_dump(dict(agencies=AGENCIES), open(os.path.join(HERE, "agencies.yaml"), "w"), sort_keys=False, width=200)
yaml.safe_dump(dict(organization_domain=ORG, inbox_address=INBOX, requests=list(REQS.values())), open(os.path.join(HERE, "requests.yaml"), "w"), sort_keys=False, width=200)
yaml.safe_dump(facts, open(os.path.join(HERE, "facts.yaml"), "w"), sort_keys=False)
yaml.safe_dump(labels, open(os.path.join(HERE, "labels.yaml"), "w"), sort_keys=False, width=200, allow_unicode=True)
print(len(MSGS), "messages")
