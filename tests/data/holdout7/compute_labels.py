#!/usr/bin/env python3
"""Recompute every date label (due, appeal_due) from facts.yaml + requests.yaml + the rules table,
and write labels.yaml.  Usage: venv/bin/python compute_labels.py [--print]"""
import csv, datetime as dt, os, sys
import holidays, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.environ.get("RULES_CSV", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "rules", "jurisdictions.csv"))
STATE_NAMES = {"US": "United States (federal)", "US-OR": "Oregon", "US-WA": "Washington", "US-WI": "Wisconsin",
               "US-PA": "Pennsylvania", "US-AL": "Alabama", "US-IA": "Iowa"}
# Appeal-day type is not a column in the table; PA's notes say 15 BUSINESS days (65 P.S. 67.1101(a)(1)).
APPEAL_DAY_TYPE = {"US-PA": "business"}


def load_rules():
    out = {}
    for r in csv.DictReader(open(RULES, encoding="utf-8")):
        for code, name in STATE_NAMES.items():
            if r["jurisdiction"] == name:
                num = lambda k: int(r[k]) if r[k].strip() else None
                out[code] = dict(response=num("response_days"), rtype=r["day_type"],
                                 ext=num("extension_days"), etype=r["extension_day_type"] or r["day_type"],
                                 appeal=num("appeal_days"))
    return out


def hol(jur):
    years = range(2025, 2028)
    return holidays.US(years=years) if jur == "US" else holidays.US(subdiv=jur[3:], years=years)


def is_bd(d, h):
    return d.weekday() < 5 and d not in h


def add_days(start, n, kind, h):
    d = start
    if kind == "business":
        left = n
        while left:
            d += dt.timedelta(days=1)
            if is_bd(d, h):
                left -= 1
        return d
    d = start + dt.timedelta(days=n)
    while not is_bd(d, h):
        d += dt.timedelta(days=1)
    return d


def compute(facts, requests, agencies, rules):
    reqs = {r["id"]: r for r in requests["requests"]}
    jur_of = {a["id"]: a["jurisdiction"] for a in agencies["agencies"]}
    due = {}
    labels = []
    for f in facts:
        lab = {"file": f["file"], "request": f["request"], "kind": f["kind"],
               "tracking_number": f.get("tracking_number")}
        rid = f["request"]
        if rid:
            r = reqs[rid]
            jur = jur_of[r["agency"]]
            ru, h = rules[jur], hol(jur)
            clock = f.get("clock")
            if clock == "start":
                base = f.get("received") or r["sent"]
                if ru["response"]:
                    due[rid] = add_days(base, ru["response"], ru["rtype"], h)
                    lab["due"] = due[rid]
            elif clock == "extend":
                if ru["ext"]:
                    cur = due.get(rid) or add_days(r["sent"], ru["response"], ru["rtype"], h)
                    due[rid] = add_days(cur, ru["ext"], ru["etype"], h)
                    lab["due"] = due[rid]
            if f.get("adverse"):
                if ru["appeal"]:
                    lab["appeal_due"] = add_days(f["date"], ru["appeal"], APPEAL_DAY_TYPE.get(jur, "calendar"), h)
                else:
                    lab["appeal_due"] = None
        if "estimated" in f:
            lab["estimated"] = f["estimated"]
        lab["why"] = f["why"]
        labels.append(lab)
    return labels


def load_all():
    y = lambda n: yaml.safe_load(open(os.path.join(HERE, n), encoding="utf-8"))
    return y("facts.yaml"), y("requests.yaml"), y("agencies.yaml"), load_rules()


if __name__ == "__main__":
    labels = compute(*load_all())
    if "--print" in sys.argv:
        for l in labels:
            print(l["file"], l["kind"], l.get("due", ""), l.get("appeal_due", ""), l.get("estimated", ""))
    else:
        with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
            yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=200)
        print("wrote", len(labels), "labels")
