#!/usr/bin/env python3
"""Derive labels.yaml for the holdout21 set (child welfare and health services) from facts.yaml,
requests.yaml, agencies.yaml, the shared rules table and the Date: headers of messages/*.eml.

    python3 compute_labels.py          # (re)write labels.yaml
    python3 compute_labels.py --check  # recompute and compare with labels.yaml; exit 1 on any difference

Rules come from ../../shared/rules/jurisdictions.csv (columns response_days, day_type, extension_days,
extension_day_type, appeal_days), for the rows this set uses:

  code    row                       response        extension       appeal
  US      United States (federal)   20 business     +10 business    90 days
  US-IL   Illinois                   5 business     +5 business     60 days
  US-TN   Tennessee                  7 business     -               -
  US-OH   Ohio                       none           -               -
  US-WA   Washington                 5 business     -               -
  US-MA   Massachusetts             10 business     -               90 days
  US-MN   Minnesota                  none           -               -

How a fact becomes a label (dev README, "Deadline rules used for labels"):
- clock: received_on_sent_date | received:YYYY-MM-DD -> due = N days after the day of receipt (the date the
  message states, else the request's `sent`). "N business days after D" = the N-th business day strictly after
  D (numpy.busday_offset(D, N, roll='backward')); business days exclude Saturdays, Sundays and the holidays of
  holidays.country_holidays('US', subdiv=None for US, else the state code). Calendar-day results on a weekend
  or holiday roll forward to the next business day. No response days in the table -> due: null.
- clock: extension -> due = current due + extension days (current due = the last due set for the request, else
  counted from `sent`). No extension days in the table -> due: null (the agency's own date is `estimated`).
- appeal: true (denial / no_records / records_final with withholdings) -> appeal_due = the message's Date:
  (its local date) + appeal_days calendar days, rolled forward to the next business day; no appeal days in the
  table -> appeal_due: null. The table gives no day type for appeal windows; calendar days are used.
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
ROW = {'US': 'United States (federal)', 'US-IL': 'Illinois', 'US-TN': 'Tennessee', 'US-OH': 'Ohio',
       'US-WA': 'Washington', 'US-MA': 'Massachusetts', 'US-MN': 'Minnesota'}
# copy of the CSV rows used (checked against the CSV whenever it is present)
RULES = {
    'US': dict(response=(20, 'business'), extension=(10, 'business'), appeal=90),
    'US-IL': dict(response=(5, 'business'), extension=(5, 'business'), appeal=60),
    'US-TN': dict(response=(7, 'business'), extension=None, appeal=None),
    'US-OH': dict(response=None, extension=None, appeal=None),
    'US-WA': dict(response=(5, 'business'), extension=None, appeal=None),
    'US-MA': dict(response=(10, 'business'), extension=None, appeal=90),
    'US-MN': dict(response=None, extension=None, appeal=None),
}
_hcache = {}


def rules_from_csv():
    out = {}
    with open(CSV, newline='') as fh:
        rows = {r['jurisdiction']: r for r in csv.DictReader(fh)}
    for code, name in ROW.items():
        r = rows[name]
        resp = (int(r['response_days']), r['day_type']) if r['response_days'].strip() else None
        ext = (int(r['extension_days']), r['extension_day_type'] or r['day_type']) if r['extension_days'].strip() else None
        app = int(r['appeal_days']) if r['appeal_days'].strip() else None
        out[code] = dict(response=resp, extension=ext, appeal=app)
    return out


def hols(jur):
    if jur not in _hcache:
        sub = None if jur == 'US' else jur.split('-')[1]
        h = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
        _hcache[jur] = np.array(sorted(h.keys()), dtype='datetime64[D]')
    return _hcache[jur]


def add_days(d, rule, jur):
    n, kind = rule
    if kind == 'business':
        return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)
    return roll_forward(d + dt.timedelta(days=n), jur)


def roll_forward(d, jur):
    return np.busday_offset(np.datetime64(d, 'D'), 0, roll='forward', holidays=hols(jur)).astype(dt.date)


def message_date(path):
    with open(path, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def compute():
    if CSV.exists():
        got = rules_from_csv()
        if got != RULES:
            raise SystemExit('rules table differs from RULES copy:\n%s\n%s' % (got, RULES))
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
                raise SystemExit('%s: clock without request' % f['file'])
            rule = RULES[jur]
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = add_days(received, rule['response'], jur) if rule['response'] else None
            elif clock == 'extension':
                if rule['extension'] is None:
                    due[rid] = None
                else:
                    cur = due.get(rid)
                    if cur is None:
                        if rule['response'] is None:
                            raise SystemExit('%s: extension with no base' % f['file'])
                        cur = add_days(reqs[rid]['sent'], rule['response'], jur)
                    due[rid] = add_days(cur, rule['extension'], jur)
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
            lab['due'] = due[rid]
        if f.get('appeal'):
            if not rid:
                raise SystemExit('%s: appeal without request' % f['file'])
            days = RULES[jur]['appeal']
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
