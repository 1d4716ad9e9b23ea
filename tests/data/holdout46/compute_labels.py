#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml + jurisdictions_subset.csv.

    python3 compute_labels.py          # write labels.yaml
    python3 compute_labels.py --check  # recompute and compare with the existing labels.yaml

Only `due` and `appeal_due` are computed; everything else is copied from facts.yaml.

Rules come from the columns response_days, day_type, extension_days, extension_day_type and appeal_days of the
rules table ../shared/rules/jurisdictions.csv (the four rows used are copied verbatim to jurisdictions_subset.csv):
    US-WA  5 business days; no extension days; no appeal days
    US-OR  5 business days; extension +10 business days; no appeal days
    US-AK  10 business days; extension +10 business days; no appeal days
    US-HI  10 business days; extension +10 business days; appeal 365 calendar days
  - "N business days after D" = the N-th business day strictly after D (numpy.busday_offset(D, N, roll='backward')),
    business days exclude Sat/Sun and holidays.country_holidays('US', subdiv=<state code>).
  - "N calendar days after D" = D + N, rolled forward to the next business day if it is a weekend or holiday.
  - acknowledgment with a received date (clock received_on_sent_date | received:YYYY-MM-DD):
    due = response rule applied to that date (the sent date of requests.yaml, or the date the letter states).
  - extension (clock: extension): due = extension rule applied to the current due date (or, if none was set yet,
    to the response rule applied to the sent date). Where the table gives no extension days (Washington) an
    extension sets no due; the message's estimated date is its only date.
  - adverse determination (denial, no_records, records_final with withholdings): appeal_due = the Date: of the
    message + appeal_days calendar days, rolled forward; null where the table gives no appeal days.
Requires: holidays, numpy, pyyaml.
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
STATE_NAMES = {'US-WA': 'Washington', 'US-OR': 'Oregon', 'US-AK': 'Alaska', 'US-HI': 'Hawaii'}
_hcache = {}


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(HERE / 'jurisdictions_subset.csv', newline=''))}
    unit = {'business': 'bd', 'calendar': 'cd'}
    rules = {}
    for code, name in STATE_NAMES.items():
        r = rows[name]
        rules[code] = dict(
            initial=(unit[r['day_type']], int(r['response_days'])),
            extension=(unit[r['extension_day_type']], int(r['extension_days'])) if r['extension_days'] else None,
            appeal=int(r['appeal_days']) if r['appeal_days'] else None)
    return rules


def hols(jur):
    if jur not in _hcache:
        h = holidays.country_holidays('US', subdiv=jur.split('-')[1], years=range(2025, 2030))
        _hcache[jur] = np.array(sorted(h.keys()), dtype='datetime64[D]')
    return _hcache[jur]


def add_business(d, n, jur):
    return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)


def roll_forward(d, jur):
    return np.busday_offset(np.datetime64(d, 'D'), 0, roll='forward', holidays=hols(jur)).astype(dt.date)


def apply(rule, d, jur):
    u, n = rule
    return add_business(d, n, jur) if u == 'bd' else roll_forward(d + dt.timedelta(days=n), jur)


def message_date(path):
    with open(path, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def compute():
    rules = load_rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    agencies = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due, labels = {}, []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = agencies[reqs[rid]['agency']]['jurisdiction'] if rid else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            rule = rules[jur]
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = apply(rule['initial'], received, jur)
                lab['due'] = due[rid]
            elif clock == 'extension':
                if rule['extension'] is not None:
                    cur = due.get(rid) or apply(rule['initial'], reqs[rid]['sent'], jur)
                    due[rid] = apply(rule['extension'], cur, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            days = rules[jur]['appeal']
            if days is None:
                lab['appeal_due'] = None
            else:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=days), jur)
        if f.get('estimated'):
            lab['estimated'] = f['estimated']
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
