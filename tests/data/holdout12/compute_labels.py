#!/usr/bin/env python3
"""Recompute every date label (due, appeal_due) from facts.yaml, requests.yaml, agencies.yaml and the
rules table (jurisdictions.csv). `--write` rewrites the date fields of labels.yaml; default prints a diff."""
import csv, datetime as dt, email, os, sys, email.utils
import holidays, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
RULES_CSV = os.environ.get("RULES_CSV", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "rules", "jurisdictions.csv"))
NAMES = {"US": "United States (federal)", "US-CA": "California", "US-FL": "Florida", "US-VA": "Virginia",
         "US-CO": "Colorado", "US-KY": "Kentucky", "US-IL": "Illinois"}

def load_rules():
    rows = {r["jurisdiction"]: r for r in csv.DictReader(open(RULES_CSV, encoding="utf-8"))}
    out = {}
    for code, name in NAMES.items():
        r = rows[name]
        num = lambda v: int(v) if v.strip() else None
        out[code] = dict(resp=num(r["response_days"]), resp_type=r["day_type"], ext=num(r["extension_days"]),
                         ext_type=r["extension_day_type"], appeal=num(r["appeal_days"]))
    return out

def hol(code):
    if code == "US":
        return holidays.US(years=range(2026, 2028))
    return holidays.US(subdiv=code.split("-")[1], years=range(2026, 2028))

def is_bd(d, h):
    return d.weekday() < 5 and d not in h

def add_business(d, n, h):
    while n > 0:
        d += dt.timedelta(days=1)
        if is_bd(d, h):
            n -= 1
    return d

def roll(d, h):
    while not is_bd(d, h):
        d += dt.timedelta(days=1)
    return d

def add_days(d, n, typ, h):
    if typ == "business":
        return add_business(d, n, h)
    return roll(d + dt.timedelta(days=n), h)

def msg_date(path):
    m = email.message_from_binary_file(open(path, "rb"))
    return email.utils.parsedate_to_datetime(m["Date"]).date()

def compute():
    rules = load_rules()
    ag = {a["id"]: a for a in yaml.safe_load(open(os.path.join(HERE, "agencies.yaml")))["agencies"]}
    reqs = {r["id"]: r for r in yaml.safe_load(open(os.path.join(HERE, "requests.yaml")))["requests"]}
    facts = {f["file"]: f for f in yaml.safe_load(open(os.path.join(HERE, "facts.yaml")))}
    labels = yaml.safe_load(open(os.path.join(HERE, "labels.yaml")))
    due = {}
    out = {}
    for lab in sorted(labels, key=lambda l: l["file"]):
        f = facts.get(lab["file"], {})
        rid = lab["request"]
        res = {}
        if rid:
            code = ag[reqs[rid]["agency"]]["jurisdiction"]
            R, h = rules[code], hol(code)
            k = lab["kind"]
            if k == "acknowledgment":
                start = f.get("received") or reqs[rid]["sent"]
                if isinstance(start, str):
                    start = dt.date.fromisoformat(start)
                d = add_days(start, R["resp"], R["resp_type"], h) if R["resp"] else None
                due[rid] = d
                res["due"] = d
            elif k == "extension":
                cur = due.get(rid)
                if cur is None and R["resp"]:
                    s = reqs[rid]["sent"]
                    cur = add_days(s, R["resp"], R["resp_type"], h)
                if R["ext"] and cur is not None:
                    d = add_days(cur, R["ext"], R["ext_type"], h)
                    due[rid] = d
                    res["due"] = d
                else:
                    res["due"] = None
            if k in ("denial", "no_records") or (k == "records_final" and f.get("withheld")):
                md = f.get("decided") or msg_date(os.path.join(HERE, "messages", lab["file"]))
                if isinstance(md, str):
                    md = dt.date.fromisoformat(md)
                res["appeal_due"] = roll(md + dt.timedelta(days=R["appeal"]), h) if R["appeal"] else None
        out[lab["file"]] = res
    return labels, out

def main():
    labels, out = compute()
    bad = 0
    for lab in labels:
        for key in ("due", "appeal_due"):
            want = out[lab["file"]].get(key, "ABSENT")
            have = lab.get(key, "ABSENT")
            if want != have:
                bad += 1
                if "--write" in sys.argv:
                    if want == "ABSENT":
                        lab.pop(key, None)
                    else:
                        lab[key] = want
                else:
                    print(f"{lab['file']}: {key} label={have} computed={want}")
    if "--write" in sys.argv:
        order = ["file", "request", "kind", "tracking_number", "due", "appeal_due", "estimated", "why"]
        labels = [{k: l[k] for k in order if k in l} for l in labels]
        with open(os.path.join(HERE, "labels.yaml"), "w") as fh:
            yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=200)
        print(f"wrote labels.yaml ({bad} date fields set)")
    else:
        print("date labels OK" if not bad else f"{bad} date mismatches")
        sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
