#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, using the rules table.

    python3 compute_labels.py          # write labels.yaml
    python3 compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules come from ../shared/rules/jurisdictions.csv (override with RULES_CSV=path), columns response_days,
day_type, extension_days, extension_day_type, appeal_days:
  acknowledgment (clock received_on_sent_date | received:DATE): due = received + response_days
  extension (clock extension): due = current due (or sent + response_days) + extension_days
  adverse determination: appeal_due = Date: of the message + appeal_days calendar days, rolled forward
  "N business days after D" = the N-th business day strictly after D (numpy.busday_offset, roll='backward');
  calendar deadlines landing on a weekend/holiday roll forward to the next business day.
  Holidays: holidays.country_holidays('US', subdiv=<state>) (no subdivision for US).
  No response_days (day_type none) -> an acknowledgment sets no due; no extension_days -> an extension sets no
  due (only `estimated`); no appeal_days -> appeal_due: null. `due` is omitted where a message sets none.
Requires: holidays, numpy, pyyaml.
"""
import csv
import datetime as dt
import email
import email.policy
import email.utils
import os
import sys
from pathlib import Path

import holidays
import numpy as np
import yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = os.environ.get('RULES_CSV', str(Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'))
NAMES = {'US': 'United States (federal)', 'US-IL': 'Illinois', 'US-MI': 'Michigan', 'US-OH': 'Ohio',
         'US-WI': 'Wisconsin', 'US-MN': 'Minnesota', 'US-NY': 'New York', 'US-PA': 'Pennsylvania',
         'US-CA': 'California', 'US-TX': 'Texas'}
_hcache = {}


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(RULES_CSV, newline='', encoding='utf-8'))}
    rules = {}
    for code, name in NAMES.items():
        r = rows[name]
        unit = {'business': 'bd', 'calendar': 'cd'}
        init = (unit[r['day_type']], int(r['response_days'])) if r['response_days'].strip() and r['day_type'] in unit else None
        ext = None
        if r['extension_days'].strip():
            ext = (unit[r['extension_day_type'] or r['day_type']], int(r['extension_days']))
        appeal = int(r['appeal_days']) if r['appeal_days'].strip() else None
        rules[code] = (init, ext, appeal)
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
        init, ext, appeal = rules[jur] if jur else (None, None, None)
        clock = f.get('clock')
        if clock and not rid:
            raise SystemExit('%s: clock fact without a request' % f['file'])
        if clock == 'received_on_sent_date' or (clock or '').startswith('received:'):
            received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
            if init:
                due[rid] = apply(init, received, jur)
                lab['due'] = due[rid]
        elif clock == 'extension':
            if ext:
                cur = due.get(rid) or (apply(init, reqs[rid]['sent'], jur) if init else None)
                if cur is None:
                    raise SystemExit('%s: extension without a base due date' % f['file'])
                due[rid] = apply(ext, cur, jur)
                lab['due'] = due[rid]
        elif clock:
            raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse determination without a request' % f['file'])
            if appeal:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=appeal), jur)
            else:
                lab['appeal_due'] = None
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
