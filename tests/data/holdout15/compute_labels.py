#!/usr/bin/env python3
"""Derive labels.yaml for the holdout15 set from requests.yaml, agencies.yaml, facts.yaml and the
Date: headers of messages/*.eml.

    python compute_labels.py          # (re)write labels.yaml
    python compute_labels.py --check  # recompute and compare with labels.yaml; exit 1 on mismatch

Deadline rules come from the shared rules table ../../shared/rules/jurisdictions.csv (columns
response_days, day_type, extension_days, extension_day_type, appeal_days). The rows this set needs
are also copied below (RULES); when the CSV is present the script checks that the copy agrees.

  jurisdiction  response            extension          appeal
  US            20 business days    +10 business days  90 calendar days
  US-AK         10 business days    +10 business days  -
  US-MS          7 business days    + 7 business days  -
  US-ND         none (reasonable)   -                  30 calendar days
  US-VT          3 business days    +10 business days  -
  US-WY         30 calendar days    -                  -

How the numbers are applied
- Acknowledgment (clock received_on_sent_date / received:DATE): due = N days after the day of receipt
  (the received date the agency states, else the request's `sent`). "N business days after D" =
  numpy.busday_offset(D, N, roll='backward', holidays=...) = the N-th business day strictly after D.
  Calendar-day deadlines landing on a weekend or holiday roll forward to the next business day.
  No response days in the table (ND) -> due: null.
- Extension (clock extension): due = current due + extension days (current due = the last due set
  for the request, else counted from `sent`). No extension days in the table (WY) -> due: null
  (the agency's own date goes in `estimated` only).
- Appeal: for adverse determinations (denial, no_records, records_final with withholdings),
  appeal_due = Date: of the message + appeal_days calendar days, rolled forward to the next business
  day; no appeal days in the table -> appeal_due: null.
- Holidays: holidays.country_holidays('US', subdiv=None for US, else the state code).
Requires: holidays, numpy, pyyaml.
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
CSV = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
STATE_NAMES = {'US': 'United States (federal)', 'US-AK': 'Alaska', 'US-MS': 'Mississippi',
               'US-ND': 'North Dakota', 'US-VT': 'Vermont', 'US-WY': 'Wyoming'}
# (response_days, day_type, extension_days, extension_day_type, appeal_days) as in jurisdictions.csv
RULES = {
    'US': (20, 'business', 10, 'business', 90),
    'US-AK': (10, 'business', 10, 'business', None),
    'US-MS': (7, 'business', 7, 'business', None),
    'US-ND': (None, 'none', None, None, 30),
    'US-VT': (3, 'business', 10, 'business', None),
    'US-WY': (30, 'calendar', None, None, None),
}


def _int(s):
    s = (s or '').strip()
    return int(s) if s else None


def check_rules_against_csv():
    if not CSV.exists():
        return
    rows = {r['jurisdiction']: r for r in csv.DictReader(CSV.open(encoding='utf-8'))}
    for code, name in STATE_NAMES.items():
        r = rows[name]
        got = (_int(r['response_days']), r['day_type'].strip(), _int(r['extension_days']),
               (r['extension_day_type'].strip() or None) if _int(r['extension_days']) else None,
               _int(r['appeal_days']))
        if got != RULES[code]:
            raise SystemExit('rules for %s differ from %s: %r vs %r' % (code, CSV, got, RULES[code]))


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


def count(d, n, unit, jur):
    if unit == 'business':
        return add_business(d, n, jur)
    if unit == 'calendar':
        return roll_forward(d + dt.timedelta(days=n), jur)
    raise ValueError(unit)


def message_date(path):
    with open(path, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def compute():
    check_rules_against_csv()
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
            rdays, rtype, edays, etype, _ = RULES[jur]
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = count(received, rdays, rtype, jur) if rdays is not None else None
                lab['due'] = due[rid]
            elif clock == 'extension':
                if edays is None:
                    lab['due'] = None
                else:
                    cur = due.get(rid)
                    if cur is None:
                        if rdays is None:
                            raise SystemExit('%s: extension with no base deadline' % f['file'])
                        cur = count(reqs[rid]['sent'], rdays, rtype, jur)
                    due[rid] = count(cur, edays, etype, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse determination without a request' % f['file'])
            appeal_days = RULES[jur][4]
            if appeal_days is None:
                lab['appeal_due'] = None
            else:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=appeal_days), jur)
        if f.get('estimated'):
            est = f['estimated']
            lab['estimated'] = est if isinstance(est, dt.date) else dt.date.fromisoformat(str(est))
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
