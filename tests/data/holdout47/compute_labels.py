#!/usr/bin/env python3
"""Derive labels.yaml from facts.yaml + requests.yaml + agencies.yaml and the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Only due and appeal_due are computed; everything else is copied from facts.yaml.

Rules (read from ../shared/rules/jurisdictions.csv, falling back to the copy rules_snapshot.csv):
  acknowledgment  due = response_days after the received date (the date the message states, else the
                  request's sent date). business: the N-th business day strictly after that date;
                  calendar: that date + N, rolled forward to the next business day.
  extension       due = current due (or the initial due from the sent date if no ack was seen) +
                  extension_days of extension_day_type. No extension_days in the table -> no due
                  (the label keeps only the agency's estimated date).
  adverse         (denial / no_records / records_final with withholdings) appeal_due = appeal_days
                  calendar days after the date of the message (its Date: header, local date), rolled
                  forward to the next business day; no appeal_days in the table -> appeal_due: null.
Business days exclude Saturdays, Sundays and public holidays from the `holidays` package: country US,
no subdivision for federal (US), subdiv = the state code for US-XX.
Requires: pyyaml, holidays, numpy.
"""
import csv
import datetime as dt
import email
import email.policy
import email.utils
import sys
from pathlib import Path

import holidays
import numpy as np
import yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
SNAPSHOT = HERE / 'rules_snapshot.csv'
STATE_NAMES = {'US': 'United States (federal)', 'US-MI': 'Michigan', 'US-MA': 'Massachusetts'}


def load_rules():
    src = RULES_CSV if RULES_CSV.exists() else SNAPSHOT
    rows = {r['jurisdiction']: r for r in csv.DictReader(src.open(newline='', encoding='utf-8'))}
    rules = {}
    for code, name in STATE_NAMES.items():
        r = rows[name]
        num = lambda k: int(r[k]) if r[k].strip() else None  # noqa: E731
        rules[code] = dict(response=(num('response_days'), r['day_type'].strip()),
                           extension=(num('extension_days'), r['extension_day_type'].strip() or r['day_type'].strip()),
                           appeal=num('appeal_days'))
    return rules


_hcache = {}


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


def apply(n, unit, d, jur):
    if unit == 'business':
        return add_business(d, n, jur)
    if unit == 'calendar':
        return roll_forward(d + dt.timedelta(days=n), jur)
    raise SystemExit('unknown day type %r for %s' % (unit, jur))


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
        rule = rules[jur] if rid else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            n, unit = rule['response']
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = apply(n, unit, received, jur)
                lab['due'] = due[rid]
            elif clock == 'extension':
                en, eunit = rule['extension']
                if en is not None:
                    cur = due.get(rid) or apply(n, unit, reqs[rid]['sent'], jur)
                    due[rid] = apply(en, eunit, cur, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse'):
            if not rid:
                raise SystemExit('%s: adverse without a request' % f['file'])
            if rule['appeal'] is None:
                lab['appeal_due'] = None
            else:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=rule['appeal']), jur)
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
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n'
                   + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))


if __name__ == '__main__':
    main()
