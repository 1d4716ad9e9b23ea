#!/usr/bin/env python3
"""Re-derive every date label (due, appeal_due) of this set from the facts in facts.yaml.

Rules (from ../../shared/rules/jurisdictions.csv via RULES below):
  US     20 business days from receipt (+10 business for unusual circumstances); appeal 90 calendar days
         from the determination date, rolled to the next business day.
  US-TX  10 business days; no fixed extension length (extension -> estimated only).
  US-PA  5 business days; extension = 30 calendar days after the 5 business days (rolled forward);
         appeal to OOR 15 business days after the determination.
  US-WV  5 business days; no fixed extension length.
  US-OH, US-FL  no number in the law: no due label.
Business days exclude weekends and the jurisdiction's holidays (`holidays`, country US, subdiv = state).
Usage: compute_labels.py           print computed dates
       compute_labels.py --write   write them into labels.yaml
"""
import datetime as dt, os, sys
import holidays, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = {  # response_days, day_type, extension_days, extension_day_type, appeal_days, appeal_day_type
    'US':    (20, 'business', 10, 'business', 90, 'calendar'),
    'US-TX': (10, 'business', None, None, None, None),
    'US-PA': (5, 'business', 30, 'calendar', 15, 'business'),
    'US-WV': (5, 'business', None, None, None, None),
    'US-OH': (None, None, None, None, None, None),
    'US-FL': (None, None, None, None, None, None),
}

def hol(j):
    sub = None if j == 'US' else j.split('-')[1]
    return holidays.country_holidays('US', subdiv=sub, years=range(2025, 2028))

def is_bd(d, j):
    return d.weekday() < 5 and d not in hol(j)

def add_bd(d, n, j):
    while n > 0:
        d += dt.timedelta(days=1)
        if is_bd(d, j):
            n -= 1
    return d

def roll(d, j):
    while not is_bd(d, j):
        d += dt.timedelta(days=1)
    return d

def response_due(received, j):
    n, t = RULES[j][0], RULES[j][1]
    if n is None:
        return None
    return add_bd(received, n, j) if t == 'business' else roll(received + dt.timedelta(days=n), j)

def extended_due(current_due, received, j):
    n, t = RULES[j][2], RULES[j][3]
    if n is None:
        return None
    if t == 'business':
        return add_bd(current_due, n, j)
    return roll(response_due(received, j) + dt.timedelta(days=n), j)

def appeal_due(date, j):
    n, t = RULES[j][4], RULES[j][5]
    if n is None:
        return None
    return add_bd(date, n, j) if t == 'business' else roll(date + dt.timedelta(days=n), j)

def compute(facts, requests, agencies):
    jur = {a['id']: a['jurisdiction'] for a in agencies}
    reqs = {r['id']: r for r in requests}
    state = {}   # request -> (received, current due)
    out = {}
    for f in sorted(facts, key=lambda x: x['file']):
        res = {}
        r = f.get('request')
        if r:
            j = jur[reqs[r]['agency']]
            rec, due = state.get(r, (reqs[r]['sent'], None))
            rule = f.get('due_rule')
            if rule == 'ack':
                rec = f.get('received') or reqs[r]['sent']
                due = response_due(rec, j)
                if f.get('ack_with_extension'):
                    due = extended_due(due, rec, j)
                if due is not None:
                    res['due'] = due
            elif rule == 'extension':
                if due is None:
                    due = response_due(rec, j)
                new = extended_due(due, rec, j)
                if new is not None:
                    due = new
                    res['due'] = due
            state[r] = (rec, due)
            if f.get('appeal'):
                a = appeal_due(f['date'], j)
                res['appeal_due'] = a
        out[f['file']] = res
    return out

def load():
    y = lambda n: yaml.safe_load(open(os.path.join(HERE, n)))
    return y('facts.yaml'), y('requests.yaml')['requests'], y('agencies.yaml')['agencies']

if __name__ == '__main__':
    facts, requests, agencies = load()
    out = compute(facts, requests, agencies)
    if '--write' in sys.argv:
        path = os.path.join(HERE, 'labels.yaml')
        labels = yaml.safe_load(open(path))
        for l in labels:
            c = out[l['file']]
            for k in ('due', 'appeal_due'):
                l.pop(k, None)
            l.update(c)
        order = ['file', 'request', 'kind', 'tracking_number', 'due', 'appeal_due', 'estimated', 'why']
        labels = [{k: l[k] for k in order if k in l} for l in labels]
        yaml.safe_dump(labels, open(path, 'w'), sort_keys=False, allow_unicode=True, width=200)
    for k, v in out.items():
        if v:
            print(k, {a: str(b) for a, b in v.items()})
