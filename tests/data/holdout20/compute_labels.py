#!/usr/bin/env python3
"""Derive labels.yaml for the holdout20 set (elections administration) from facts.yaml, requests.yaml,
agencies.yaml, the shared rules table and the Date: headers of messages/*.eml.

    python compute_labels.py          # (re)write labels.yaml
    python compute_labels.py --check  # recompute and compare with labels.yaml; exit 1 on any difference

Rules: ../../shared/rules/jurisdictions.csv, columns response_days, day_type, extension_days,
extension_day_type, appeal_days. The rows this set uses are copied in RULES below and compared with the CSV
whenever it is present (the script stops if they disagree):

  code    row                        response          extension           appeal
  US      United States (federal)    20 business       +10 business        90 days
  US-GA   Georgia                     3 business        -                   -
  US-PA   Pennsylvania                5 business       +30 calendar        15 days
  US-AZ   Arizona                     none              -                   -
  US-WI   Wisconsin                   none              -                   -
  US-MI   Michigan                    5 business       +10 business       180 days
  US-NV   Nevada                      5 business        -                   -
  US-NC   North Carolina              none              -                   -

How a fact becomes a label (README of the dev corpus, "Deadline rules used for labels"):
- ack_sent / ack_received:DATE -> due = N days after the day of receipt (the received date the message states,
  else the request's `sent`). "N business days after D" = the N-th business day strictly after D
  (numpy.busday_offset(D, N, roll='backward')); business days exclude Saturdays, Sundays and the holidays of
  holidays.country_holidays('US', subdiv=None for US, else the state code). Calendar-day results that fall
  on a weekend or holiday roll forward to the next business day. No response days in the table -> due: null.
- extension -> due = current due + extension days (current due = the last due set for the request, else counted
  from `sent`). No extension days in the table -> due: null (the agency's own date goes to `estimated`).
- appeal: true -> appeal_due = Date: of the message (its local date) + appeal_days calendar days, rolled
  forward to the next business day; no appeal days in the table -> appeal_due: null. The table has no day
  type for appeal windows; calendar days are used for every jurisdiction, as the README does for federal
  FOIA (see NOTES.md about Pennsylvania, whose notes describe 15 business days).
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
ROW = {'US': 'United States (federal)', 'US-GA': 'Georgia', 'US-PA': 'Pennsylvania', 'US-AZ': 'Arizona',
       'US-WI': 'Wisconsin', 'US-MI': 'Michigan', 'US-NV': 'Nevada', 'US-NC': 'North Carolina'}
# code: (response_days, day_type, extension_days, extension_day_type, appeal_days)
RULES = {
    'US': (20, 'business', 10, 'business', 90),
    'US-GA': (3, 'business', None, None, None),
    'US-PA': (5, 'business', 30, 'calendar', 15),
    'US-AZ': (None, 'none', None, None, None),
    'US-WI': (None, 'none', None, None, None),
    'US-MI': (5, 'business', 10, 'business', 180),
    'US-NV': (5, 'business', None, None, None),
    'US-NC': (None, 'none', None, None, None),
}


def _num(v):
    v = (v or '').strip()
    return int(v) if v else None


def verify_rules():
    if not CSV.exists():
        print('note: %s not found; using the copied rules' % CSV, file=sys.stderr)
        return
    rows = {r['jurisdiction']: r for r in csv.DictReader(CSV.open(encoding='utf-8'))}
    for code, name in ROW.items():
        r = rows[name]
        ext = _num(r['extension_days'])
        got = (_num(r['response_days']), r['day_type'].strip(), ext,
               (r['extension_day_type'].strip() or None) if ext is not None else None, _num(r['appeal_days']))
        if got != RULES[code]:
            raise SystemExit('rules for %s disagree with %s: table %r, copy %r' % (code, CSV, got, RULES[code]))


_hol = {}


def hols(jur):
    if jur not in _hol:
        sub = None if jur == 'US' else jur.split('-', 1)[1]
        h = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
        _hol[jur] = np.array(sorted(h.keys()), dtype='datetime64[D]')
    return _hol[jur]


def business_after(d, n, jur):
    return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)


def roll_forward(d, jur):
    return np.busday_offset(np.datetime64(d, 'D'), 0, roll='forward', holidays=hols(jur)).astype(dt.date)


def count(d, n, unit, jur):
    if unit == 'business':
        return business_after(d, n, jur)
    if unit == 'calendar':
        return roll_forward(d + dt.timedelta(days=n), jur)
    raise ValueError('unknown day type %r' % unit)


def message_date(name):
    with open(HERE / 'messages' / name, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def as_date(v):
    return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v))


def compute():
    verify_rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due = {}
    labels = []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock without a request' % f['file'])
            rdays, rtype, edays, etype, _ = RULES[jur]
            if clock == 'ack_sent' or clock.startswith('ack_received:'):
                received = reqs[rid]['sent'] if clock == 'ack_sent' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = count(received, rdays, rtype, jur) if rdays is not None else None
                lab['due'] = due[rid]
            elif clock == 'extension':
                if edays is None:
                    lab['due'] = None
                else:
                    cur = due.get(rid)
                    if cur is None:
                        if rdays is None:
                            raise SystemExit('%s: extension without a base due date' % f['file'])
                        cur = count(reqs[rid]['sent'], rdays, rtype, jur)
                    due[rid] = count(cur, edays, etype, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('appeal'):
            if not rid:
                raise SystemExit('%s: appeal without a request' % f['file'])
            adays = RULES[jur][4]
            lab['appeal_due'] = None if adays is None else roll_forward(
                message_date(f['file']) + dt.timedelta(days=adays), jur)
        if f.get('estimated'):
            lab['estimated'] = as_date(f['estimated'])
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
