#!/usr/bin/env python3
"""Derive labels.yaml from facts.yaml + requests.yaml + agencies.yaml + the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml
    python compute_labels.py --rules  # print the rules read from the table

Rules (all numbers read from jurisdictions.csv, columns response_days, day_type, extension_days,
extension_day_type, appeal_days):
  - acknowledgment (clock received_on_sent_date / received:DATE): due = response_days after the received date
    (business: the N-th business day strictly after the date; calendar: date + N, rolled forward to a business day)
  - extension (clock extension): where the table has extension_days, due = extension_days on top of the current
    due date (or of the sent-based due if no acknowledgment set one); where it has none, the message sets no due
  - adverse determination (denial / no_records / records_final with withholdings): appeal_due = appeal_days
    calendar days after the message Date: (local date in the sender's offset), rolled forward to the next
    business day; null where the table has no appeal days
  - estimated: a stated date, or end_of_next_week = Friday of the week after the message's week
Business days exclude Sat/Sun and holidays.country_holidays('US', subdiv=<state>) (federal: no subdiv).
Requires: holidays, numpy, pyyaml.
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
STATE_NAMES = {'US': 'United States (federal)', 'US-NJ': 'New Jersey', 'US-CT': 'Connecticut', 'US-RI': 'Rhode Island',
               'US-ME': 'Maine', 'US-NH': 'New Hampshire', 'US-VT': 'Vermont', 'US-DE': 'Delaware'}
_h = {}


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(RULES_CSV.open(encoding='utf-8'))}
    rules = {}
    for code, name in STATE_NAMES.items():
        r = rows[name]
        unit = {'business': 'bd', 'calendar': 'cd'}
        initial = (unit[r['day_type']], int(r['response_days'])) if r['response_days'] else None
        ext = (unit[r['extension_day_type'] or r['day_type']], int(r['extension_days'])) if r['extension_days'] else None
        appeal = int(r['appeal_days']) if r['appeal_days'] else None
        rules[code] = {'initial': initial, 'extension': ext, 'appeal_days': appeal}
    return rules


def hols(jur):
    if jur not in _h:
        sub = None if jur == 'US' else jur.split('-')[1]
        _h[jur] = np.array(sorted(holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029)).keys()), dtype='datetime64[D]')
    return _h[jur]


def add_business(d, n, jur):
    return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)


def roll_forward(d, jur):
    return np.busday_offset(np.datetime64(d, 'D'), 0, roll='forward', holidays=hols(jur)).astype(dt.date)


def apply(rule, d, jur):
    unit, n = rule
    return add_business(d, n, jur) if unit == 'bd' else roll_forward(d + dt.timedelta(days=n), jur)


def message_date(fn):
    with open(HERE / 'messages' / fn, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date']))


def local_date(fn):
    """the calendar date of the message in US Eastern time (all agencies here are in that zone)"""
    from zoneinfo import ZoneInfo
    return message_date(fn).astimezone(ZoneInfo('America/New_York')).date()


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
        R = rules[jur] if jur else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock without request' % f['file'])
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                rec = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = apply(R['initial'], rec, jur)
                lab['due'] = due[rid]
            elif clock == 'extension':
                if R['extension']:
                    cur = due.get(rid) or apply(R['initial'], reqs[rid]['sent'], jur)
                    due[rid] = apply(R['extension'], cur, jur)
                    lab['due'] = due[rid]
                # no extension days in the table: the message sets no due (estimated only)
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            if R['appeal_days']:
                lab['appeal_due'] = roll_forward(local_date(f['file']) + dt.timedelta(days=R['appeal_days']), jur)
            else:
                lab['appeal_due'] = None
        est = f.get('estimated')
        if est == 'end_of_next_week':
            d = local_date(f['file'])
            lab['estimated'] = d + dt.timedelta(days=(4 - d.weekday()) + 7)
        elif est:
            lab['estimated'] = est
        lab['why'] = f['why']
        labels.append(lab)
    return labels


def main():
    if '--rules' in sys.argv:
        for k, v in load_rules().items():
            print(k, v)
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
