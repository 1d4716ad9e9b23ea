#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml + the rules table.

    python compute_labels.py           # write labels.yaml
    python compute_labels.py --check   # recompute and compare with the existing labels.yaml
    python compute_labels.py --preview REQ-001 [received|extension]   # print dates (used while writing letters)

Rules (numbers read from ../shared/rules/jurisdictions.csv: response_days, day_type, extension_days,
extension_day_type, appeal_days):
  * acknowledgment (clock: received_on_sent_date | received:YYYY-MM-DD): due = receipt + response_days.
  * extension (clock: extension): due = current due + extension_days; where the table gives no extension
    days the message sets no due (its stated date goes to `estimated` only).
  * "N business days after D" = the N-th business day strictly after D (Sat/Sun and holidays excluded).
    Calendar-day deadlines that land on a weekend/holiday roll forward to the next business day.
  * appeal (adverse_determination: true): Date: of the message + appeal_days calendar days, rolled forward;
    where the table gives no appeal days, appeal_due is null.
  * holidays: holidays.country_holidays('US', subdiv=<state code>) (no subdiv for federal).
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import holidays, yaml

HERE = Path(__file__).resolve().parent
TABLE = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
STATE_CODES = {'New York': 'NY', 'Pennsylvania': 'PA', 'Illinois': 'IL', 'California': 'CA', 'Texas': 'TX',
               'Virginia': 'VA', 'Washington': 'WA'}


def load_rules():
    rules = {}
    with open(TABLE, newline='', encoding='utf-8') as fh:
        for row in csv.DictReader(fh):
            name = row['jurisdiction']
            if name.startswith('United States'):
                code = 'US'
            elif name in STATE_CODES:
                code = 'US-' + STATE_CODES[name]
            else:
                continue
            num = lambda s: int(s) if s.strip() else None  # noqa: E731
            rules[code] = {
                'initial': (row['day_type'], num(row['response_days'])),
                'extension': (row['extension_day_type'], num(row['extension_days'])),
                'appeal_days': num(row['appeal_days']),
            }
    return rules


RULES = load_rules()
_hol = {}


def hols(jur):
    if jur not in _hol:
        sub = None if jur == 'US' else jur.split('-')[1]
        _hol[jur] = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
    return _hol[jur]


def is_business(d, jur):
    return d.weekday() < 5 and d not in hols(jur)


def add_business(d, n, jur):
    while n > 0:
        d += dt.timedelta(days=1)
        if is_business(d, jur):
            n -= 1
    return d


def roll_forward(d, jur):
    while not is_business(d, jur):
        d += dt.timedelta(days=1)
    return d


def apply(rule, d, jur):
    unit, n = rule
    if n is None:
        return None
    if unit == 'business':
        return add_business(d, n, jur)
    if unit == 'calendar':
        return roll_forward(d + dt.timedelta(days=n), jur)
    raise SystemExit('unknown day type %r for %s' % (unit, jur))


def message_date(name):
    with open(HERE / 'messages' / name, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def load():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    return reqs, ags


def compute():
    reqs, ags = load()
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text()) or []
    due, labels = {}, []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock without request' % f['file'])
            r = RULES[jur]
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                rec = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock[9:])
                due[rid] = apply(r['initial'], rec, jur)
                lab['due'] = due[rid]
            elif clock == 'extension':
                cur = due.get(rid) or apply(r['initial'], reqs[rid]['sent'], jur)
                new = apply(r['extension'], cur, jur) if cur else None
                if new is not None:  # no extension days in the table: no due, estimated only
                    due[rid] = new
                    lab['due'] = new
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            days = RULES[jur]['appeal_days']
            lab['appeal_due'] = roll_forward(message_date(f['file']) + dt.timedelta(days=days), jur) if days else None
        if f.get('estimated'):
            lab['estimated'] = f['estimated']
        lab['why'] = f['why']
        labels.append(lab)
    return labels


def preview(rid, what, base=None):
    reqs, ags = load()
    jur = ags[reqs[rid]['agency']]['jurisdiction']
    d = dt.date.fromisoformat(base) if base else reqs[rid]['sent']
    rule = RULES[jur]['initial' if what == 'received' else 'extension']
    print(rid, jur, what, d, '->', apply(rule, d, jur))


def main():
    if '--preview' in sys.argv:
        a = sys.argv[sys.argv.index('--preview') + 1:]
        preview(a[0], a[1] if len(a) > 1 else 'received', a[2] if len(a) > 2 else None)
        return
    labels = compute()
    out = HERE / 'labels.yaml'
    if '--check' in sys.argv:
        old = yaml.safe_load(out.read_text())
        if old != labels:
            for a, b in zip(old, labels):
                if a != b:
                    print('MISMATCH', a.get('file'), '\n  have:', a, '\n  want:', b)
            if len(old) != len(labels):
                print('MISMATCH count', len(old), len(labels))
            sys.exit(1)
        print('labels.yaml OK (%d entries)' % len(labels))
        return
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))


if __name__ == '__main__':
    main()
