#!/usr/bin/env python3
"""Re-derive every date label (due, appeal_due) from facts.yaml, requests.yaml,
agencies.yaml, the Date: header of each message and the rules table.

facts.yaml lists, per message file: request, kind, tracking_number, why, and the
facts that drive dates:
  received: YYYY-MM-DD   acknowledgment stating (or implying) the date of receipt
  starts_clock: true     acknowledgment without a stated date: clock runs from `sent`
  extends: true          statutory extension on top of the request's current due date
  appeal: true           adverse determination: appeal window runs from the Date: header
  estimated: YYYY-MM-DD  agency-stated estimated completion date (copied as is)
Usage: python compute_labels.py [--write]   (--write rewrites labels.yaml)
"""
import csv, datetime as dt, email, email.utils, os, sys
from email import policy
import holidays, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.environ.get("RULES_CSV", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "rules", "jurisdictions.csv"))
STATE_NAMES = {"US": "United States (federal)", "US-AZ": "Arizona", "US-CO": "Colorado",
               "US-NC": "North Carolina", "US-TN": "Tennessee"}


def load_rules():
    rows = {}
    with open(RULES, newline="") as f:
        for r in csv.DictReader(f):
            rows.setdefault(r["jurisdiction"], r)
    out = {}
    for code, name in STATE_NAMES.items():
        r = rows[name]
        num = lambda v: int(v) if v.strip() else None
        out[code] = dict(resp=num(r["response_days"]), day_type=r["day_type"],
                         ext=num(r["extension_days"]), ext_type=r["extension_day_type"] or r["day_type"],
                         appeal=num(r["appeal_days"]))
    return out


def hol(code, years=(2026, 2027)):
    if code == "US":
        return holidays.US(years=years)
    return holidays.US(subdiv=code.split("-")[1], years=years)


def is_bday(d, h):
    return d.weekday() < 5 and d not in h


def add_days(start, n, day_type, h):
    if day_type == "business":
        d, k = start, 0
        while k < n:
            d += dt.timedelta(days=1)
            if is_bday(d, h):
                k += 1
        return d
    d = start + dt.timedelta(days=n)
    while not is_bday(d, h):
        d += dt.timedelta(days=1)
    return d


def msg_date(path):
    with open(path, "rb") as f:
        m = email.message_from_binary_file(f, policy=policy.default)
    return email.utils.parsedate_to_datetime(m["Date"]).date()


def compute():
    rules = load_rules()
    ag = {a["id"]: a for a in yaml.safe_load(open(os.path.join(HERE, "agencies.yaml")))["agencies"]}
    rq = {r["id"]: r for r in yaml.safe_load(open(os.path.join(HERE, "requests.yaml")))["requests"]}
    facts = yaml.safe_load(open(os.path.join(HERE, "facts.yaml")))
    due_now = {}
    labels = []
    for fa in sorted(facts, key=lambda x: x["file"]):
        lab = {"file": fa["file"], "request": fa["request"], "kind": fa["kind"],
               "tracking_number": fa.get("tracking_number")}
        rid = fa["request"]
        if rid:
            code = ag[rq[rid]["agency"]]["jurisdiction"]
            R, h = rules[code], hol(code)
            if "received" in fa or fa.get("starts_clock"):
                start = fa.get("received") or rq[rid]["sent"]
                if isinstance(start, str):
                    start = dt.date.fromisoformat(start)
                if R["resp"]:
                    due_now[rid] = add_days(start, R["resp"], R["day_type"], h)
                    lab["due"] = due_now[rid]
            if fa.get("extends"):
                if R["resp"] and R["ext"]:
                    base = due_now.get(rid) or add_days(rq[rid]["sent"], R["resp"], R["day_type"], h)
                    due_now[rid] = add_days(base, R["ext"], R["ext_type"], h)
                    lab["due"] = due_now[rid]
            if fa.get("appeal"):
                d = msg_date(os.path.join(HERE, "messages", fa["file"]))
                lab["appeal_due"] = add_days(d, R["appeal"], "calendar", h) if R["appeal"] else None
        if fa.get("estimated"):
            lab["estimated"] = fa["estimated"]
        lab["why"] = fa["why"]
        labels.append(lab)
    return labels


if __name__ == "__main__":
    labels = compute()
    if "--write" in sys.argv:
        with open(os.path.join(HERE, "labels.yaml"), "w") as f:
            yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=200)
        print(f"wrote {len(labels)} labels")
    else:
        for l in labels:
            print(l["file"], l["request"], l["kind"], l.get("due", ""), l.get("appeal_due", ""))
