#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, with deadlines from the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules come from ../shared/rules/jurisdictions.csv (response_days, day_type, extension_days,
extension_day_type, appeal_days):
  * "N business days after D" = the N-th business day strictly after D; business days exclude Saturdays,
    Sundays and holidays.country_holidays('US', subdiv=<state>) (federal: no subdivision).
  * calendar-day deadlines that land on a weekend/holiday roll forward to the next business day.
  * acknowledgment clock: due = received (stated received date, else the request's sent date) + response
    days; no response days in the table (e.g. Wisconsin) -> no due.
  * extension clock: due = current due (or initial due from the sent date) + extension days; no extension
    days in the table -> no due (the message's estimated date is kept).
  * appeal_due (adverse determinations only): date of determination (determination_date fact, else the
    Date: header) + appeal_days; no appeal days in the table -> null. The table has no appeal day type:
    calendar days, except Pennsylvania whose notes say 15 BUSINESS days (65 P.S. 67.1101).
Requires: pip install holidays pyyaml
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import holidays, yaml

HERE = Path(__file__).resolve().parent
TABLE = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
NAMES = {'US': 'United States (federal)', 'US-UT': 'Utah', 'US-VA': 'Virginia', 'US-WA': 'Washington',
         'US-MI': 'Michigan', 'US-PA': 'Pennsylvania', 'US-NY': 'New York', 'US-WI': 'Wisconsin'}
APPEAL_DAY_TYPE = {'US-PA': 'business'}   # from the table's notes column; all others calendar


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(TABLE.open(encoding='utf-8'))}
    rules = {}
    for code, name in NAMES.items():
        r = rows[name]
        def rule(n, t):
            return (int(n), t) if n.strip() and t.strip() in ('business', 'calendar') else None
        rules[code] = {'initial': rule(r['response_days'], r['day_type']),
                       'extension': rule(r['extension_days'], r['extension_day_type']),
                       'appeal': rule(r['appeal_days'], APPEAL_DAY_TYPE.get(code, 'calendar'))}
    return rules


_h = {}


def is_business(d, jur):
    if jur not in _h:
        _h[jur] = holidays.country_holidays('US', subdiv=None if jur == 'US' else jur[3:], years=range(2025, 2029))
    return d.weekday() < 5 and d not in _h[jur]


def apply(rule, d, jur):
    n, t = rule
    if t == 'business':
        while n:
            d += dt.timedelta(days=1)
            if is_business(d, jur):
                n -= 1
        return d
    d += dt.timedelta(days=n)
    while not is_business(d, jur):
        d += dt.timedelta(days=1)
    return d


def message_date(fn):
    with open(HERE / 'messages' / fn, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def compute():
    rules = load_rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due, labels = {}, []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        clock = f.get('clock')
        if clock:
            R = rules[jur]
            sent = reqs[rid]['sent']
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                rec = sent if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if R['initial']:
                    due[rid] = apply(R['initial'], rec, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if R['extension'] and R['initial']:
                    cur = due.get(rid) or apply(R['initial'], sent, jur)
                    due[rid] = apply(R['extension'], cur, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse determination without a request' % f['file'])
            rule = rules[jur]['appeal']
            if rule:
                d = f.get('determination_date') or message_date(f['file'])
                if isinstance(d, str):
                    d = dt.date.fromisoformat(d)
                lab['appeal_due'] = apply(rule, d, jur)
            else:
                lab['appeal_due'] = None
        if f.get('estimated'):
            e = f['estimated']
            lab['estimated'] = dt.date.fromisoformat(e) if isinstance(e, str) else e
        lab['why'] = f['why']
        labels.append(lab)
    return labels


def main():
    labels = compute()
    out = HERE / 'labels.yaml'
    if '--check' in sys.argv:
        old = yaml.safe_load(out.read_text())
        if old != labels:
            for a, b in zip(old, labels):
                if a != b:
                    print('MISMATCH', a.get('file'), '\n  have:', a, '\n  want:', b)
            sys.exit(1)
        print('labels.yaml OK (%d entries)' % len(labels))
        return
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))


if __name__ == '__main__':
    main()
