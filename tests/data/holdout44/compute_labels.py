#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml + jurisdictions_subset.csv.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Only `due` and `appeal_due` are computed; everything else is copied from facts.yaml.

Rules (columns response_days, day_type, extension_days, extension_day_type, appeal_days of the rules table
../shared/rules/jurisdictions.csv; the rows used are copied verbatim into jurisdictions_subset.csv):
  - "N business days after D" = the N-th business day strictly after D (numpy.busday_offset(D, N, roll='backward')),
    business days exclude Sat/Sun and holidays.country_holidays('US', subdiv=<state code, None for federal>).
  - "N calendar days after D" = D + N, rolled forward to the next business day if it is a weekend or holiday.
  - acknowledgment with a received date (clock received_on_sent_date | received:YYYY-MM-DD):
    due = response rule applied to that date.
  - extension (clock: extension): due = extension rule applied to the current due date (or, if none was set
    yet, to the response rule applied to the sent date). Where the table gives no extension days (Texas) an
    extension sets no due (the message's estimated date is its only date).
  - adverse determination (denial, no_records, records_final with withholdings): appeal_due = the Date: of the
    message + appeal_days calendar days, rolled forward to the next business day; null where the table gives no
    appeal days (California, Texas).
Requires: holidays, numpy, pyyaml.
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
STATE_NAMES = {'US': 'United States (federal)', 'US-NY': 'New York', 'US-CA': 'California', 'US-IL': 'Illinois',
               'US-TX': 'Texas'}
_hcache = {}


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(HERE / 'jurisdictions_subset.csv', newline=''))}
    rules = {}
    for code, name in STATE_NAMES.items():
        r = rows[name]
        unit = lambda t: {'business': 'bd', 'calendar': 'cd'}[t]
        initial = (unit(r['day_type']), int(r['response_days']))
        ext = (unit(r['extension_day_type']), int(r['extension_days'])) if r['extension_days'] else None
        appeal = int(r['appeal_days']) if r['appeal_days'] else None
        rules[code] = dict(initial=initial, extension=ext, appeal=appeal)
    return rules


def hols(jur):
    if jur not in _hcache:
        sub = None if jur == 'US' else jur.split('-')[1]
        h = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
        _hcache[jur] = np.array(sorted(h.keys()), dtype='datetime64[D]')
    return _hcache[jur]


def add_business(d, n, jur):
    return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)


def roll_forward(d, jur):
    return np.busday_offset(np.datetime64(d, 'D'), 0, roll='forward', holidays=hols(jur)).astype(dt.date)


def apply(rule, d, jur):
    unit, n = rule
    if unit == 'bd':
        return add_business(d, n, jur)
    return roll_forward(d + dt.timedelta(days=n), jur)


def message_date(path):
    with open(path, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def compute():
    rules = load_rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    agencies = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due = {}
    labels = []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = agencies[reqs[rid]['agency']]['jurisdiction'] if rid else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            rule = rules[jur]
            sent = dt.date.fromisoformat(str(reqs[rid]['sent']))
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = sent if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = apply(rule['initial'], received, jur)
                lab['due'] = due[rid]
            elif clock == 'extension':
                if rule['extension'] is None:
                    raise SystemExit('%s: extension clock but %s has no extension days; omit clock' % (f['file'], jur))
                cur = due.get(rid) or apply(rule['initial'], sent, jur)
                due[rid] = apply(rule['extension'], cur, jur)
                lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            n = rules[jur]['appeal']
            if n is None:
                lab['appeal_due'] = None
            else:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=n), jur)
        if f.get('estimated'):
            lab['estimated'] = dt.date.fromisoformat(str(f['estimated']))
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
