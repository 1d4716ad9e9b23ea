"""Compute every date label (due, appeal_due) from facts.yaml, requests.yaml, agencies.yaml and the
rules table (jurisdictions.csv), using the `holidays` package. Writes labels.yaml.

Rules (dev README): business-day clocks count from the first business day after receipt; calendar-day
clocks add N days and roll a weekend/holiday forward; extension = extension_days on top of the current
due date (no extension_days in the table -> no new due, estimate only); appeal = appeal_days calendar days
after the Date: of the adverse message, rolled forward to a business day; no appeal_days -> appeal_due null.
"""
import csv, datetime as dt, email, email.utils, os, sys, yaml
import holidays

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.environ.get("RULES_CSV", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "rules", "jurisdictions.csv"))
STATE = {"US": "United States (federal)", "US-MD": "Maryland", "US-IN": "Indiana", "US-LA": "Louisiana",
         "US-OK": "Oklahoma", "US-NM": "New Mexico", "US-MI": "Michigan"}

def load_rules():
    rows = {r["jurisdiction"]: r for r in csv.DictReader(open(RULES, encoding="utf-8"))}
    return {code: rows[name] for code, name in STATE.items()}

def hol(code):
    sub = None if code == "US" else code.split("-")[1]
    return holidays.country_holidays("US", subdiv=sub, years=range(2026, 2028))

def is_bd(d, h): return d.weekday() < 5 and d not in h

def roll(d, h):
    while not is_bd(d, h): d += dt.timedelta(days=1)
    return d

def add_days(start, n, day_type, h):
    if day_type == "business":
        d, k = start, 0
        while k < n:
            d += dt.timedelta(days=1)
            if is_bd(d, h): k += 1
        return d
    return roll(start + dt.timedelta(days=n), h)

def as_date(x): return x if isinstance(x, dt.date) else dt.date.fromisoformat(str(x))

def header_date(path):
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh)
    return email.utils.parsedate_to_datetime(msg["Date"]).date()   # local date as written by the sender

def compute(base=HERE):
    rules = load_rules()
    ag = {a["id"]: a for a in yaml.safe_load(open(os.path.join(base, "agencies.yaml")))["agencies"]}
    reqs = {r["id"]: r for r in yaml.safe_load(open(os.path.join(base, "requests.yaml")))["requests"]}
    facts = yaml.safe_load(open(os.path.join(base, "facts.yaml")))["messages"]
    current = {}
    for rid, r in reqs.items():
        code = ag[r["agency"]]["jurisdiction"]; row = rules[code]
        if row["response_days"]:
            current[rid] = add_days(as_date(r["sent"]), int(row["response_days"]), row["day_type"], hol(code))
    out = []
    for f in sorted(facts, key=lambda x: x["file"]):
        lab = {"file": f["file"], "request": f["request"], "kind": f["kind"], "tracking_number": f["tracking_number"]}
        rid = f["request"]
        if rid:
            code = ag[reqs[rid]["agency"]]["jurisdiction"]; row = rules[code]; h = hol(code)
            clock = f.get("clock")
            if clock is not None and row["response_days"]:
                if clock == "sent":
                    current[rid] = add_days(as_date(reqs[rid]["sent"]), int(row["response_days"]), row["day_type"], h)
                    lab["due"] = current[rid]
                elif isinstance(clock, dict) and "received" in clock:
                    current[rid] = add_days(as_date(clock["received"]), int(row["response_days"]), row["day_type"], h)
                    lab["due"] = current[rid]
                elif clock == "extend" and row["extension_days"]:
                    current[rid] = add_days(current[rid], int(row["extension_days"]), row["extension_day_type"], h)
                    lab["due"] = current[rid]
            if f.get("appeal"):
                if row["appeal_days"]:
                    d0 = header_date(os.path.join(base, "messages", f["file"]))
                    lab["appeal_due"] = add_days(d0, int(row["appeal_days"]), "calendar", h)
                else:
                    lab["appeal_due"] = None
        if f.get("estimated"): lab["estimated"] = as_date(f["estimated"])
        lab["why"] = f["why"]
        out.append(lab)
    return out

if __name__ == "__main__":
    labels = compute()
    with open(os.path.join(HERE, "labels.yaml"), "w") as fh:
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=200)
    print(f"wrote {len(labels)} labels")
