#!/usr/bin/env python3
"""Derive labels.yaml of holdout32 from facts.yaml + requests.yaml + agencies.yaml, the shared rules table and
the Date: headers of messages/*.eml.

    python3 compute_labels.py            # (re)write labels.yaml
    python3 compute_labels.py --check    # recompute and compare with labels.yaml; exit 1 on any difference
    python3 compute_labels.py --explain  # print how each date label was obtained

Rules: ../../shared/rules/jurisdictions.csv (beside the repository) (columns response_days, day_type, extension_days, extension_day_type,
appeal_days), the row chosen by the agency's jurisdiction code. Rows used by this set:

  code    row                       response       extension        appeal
  US      United States (federal)   20 business    +10 business     90
  US-NY   New York                   5 business    +20 business     30
  US-IL   Illinois                   5 business    +5 business      60
  US-WA   Washington                 5 business    -                -
  US-MA   Massachusetts             10 business    -                90
  US-PA   Pennsylvania               5 business    +30 calendar     15

Conventions (dev README, "Deadline rules used for labels"):
- clock received_on_sent_date | received:DATE -> due = response_days after the day of receipt (the date the
  message states, else the request's `sent`).
- clock extension -> due = current due + extension_days (current due = the last due set for the request by an
  earlier message, else counted from `sent`). No extension_days in the table -> due: null; the date the agency
  states goes to `estimated`.
- "N business days after D" = the N-th business day strictly after D, numpy.busday_offset(D, N, roll='backward');
  business days exclude Saturdays, Sundays and holidays.country_holidays('US', subdiv=None for US, else the state
  code). Calendar-day results on a weekend or holiday roll forward to the next business day.
- appeal: true (denial / no_records / records_final with withholdings) -> appeal_due = the message's Date: (its
  own local date) + appeal_days calendar days, rolled forward to the next business day; no appeal_days -> null.
  The table gives appeal_days without a day type; like the federal 90 days they are counted as calendar days
  (Pennsylvania's notes say its 15 days are business days; the table's number is used as calendar days, as in
  the other sets built from this table).
Everything else (request, kind, tracking_number, estimated, why) is copied from facts.yaml.
Requires: holidays, numpy, pyyaml.
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
CSV = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
if not CSV.exists():
    CSV = HERE.parent.parent / 'shared' / 'rules' / 'jurisdictions.csv'
ROW = {'US': 'United States (federal)', 'US-NY': 'New York', 'US-IL': 'Illinois', 'US-WA': 'Washington',
       'US-MA': 'Massachusetts', 'US-PA': 'Pennsylvania'}
EXPECTED = {  # copy of the rows, checked against the CSV so a silent change in the table is noticed
    'US': ((20, 'business'), (10, 'business'), 90),
    'US-NY': ((5, 'business'), (20, 'business'), 30),
    'US-IL': ((5, 'business'), (5, 'business'), 60),
    'US-WA': ((5, 'business'), None, None),
    'US-MA': ((10, 'business'), None, 90),
    'US-PA': ((5, 'business'), (30, 'calendar'), 15),
}


def _num(v):
    v = (v or '').strip()
    return int(v) if v else None


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(CSV.open(encoding='utf-8'))}
    rules = {}
    for code, name in ROW.items():
        r = rows[name]
        resp = _num(r['response_days'])
        ext = _num(r['extension_days'])
        rules[code] = ((resp, r['day_type'].strip()) if resp is not None else None,
                       (ext, r['extension_day_type'].strip() or 'business') if ext is not None else None,
                       _num(r['appeal_days']))
        if rules[code] != EXPECTED[code]:
            raise SystemExit('rules table row %s changed: %r != %r' % (name, rules[code], EXPECTED[code]))
    return rules


_hc = {}


def hols(jur):
    if jur not in _hc:
        sub = None if jur == 'US' else jur.split('-')[1]
        h = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
        _hc[jur] = np.array(sorted(h.keys()), dtype='datetime64[D]')
    return _hc[jur]


def roll_forward(d, jur):
    return np.busday_offset(np.datetime64(d, 'D'), 0, roll='forward', holidays=hols(jur)).astype(dt.date)


def add(d, rule, jur):
    n, kind = rule
    if kind == 'business':
        return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)
    return roll_forward(d + dt.timedelta(days=n), jur)


def message_date(fn):
    with open(HERE / 'messages' / fn, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def compute(explain=False):
    rules = load_rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due = {}
    labels = []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        resp, ext, appeal = rules[jur] if rid else (None, None, None)
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock without request' % f['file'])
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                rec = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                d = add(rec, resp, jur) if resp else None
                note = '%s: received %s + %s %s (%s) = %s' % (f['file'], rec, resp[0], resp[1], jur, d) if resp else 'no response days'
            elif clock == 'extension':
                cur = due.get(rid) or (add(reqs[rid]['sent'], resp, jur) if resp else None)
                d = add(cur, ext, jur) if (ext and cur) else None
                note = '%s: current due %s + %s (%s) = %s' % (f['file'], cur, ext, jur, d)
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
            if d is not None:
                due[rid] = d
            lab['due'] = d
            if explain:
                print(note)
        if f.get('appeal'):
            if not rid:
                raise SystemExit('%s: appeal without request' % f['file'])
            md = message_date(f['file'])
            lab['appeal_due'] = roll_forward(md + dt.timedelta(days=appeal), jur) if appeal else None
            if explain:
                print('%s: appeal %s + %s calendar days (%s) = %s' % (f['file'], md, appeal, jur, lab['appeal_due']))
        if f.get('estimated'):
            lab['estimated'] = f['estimated']
        lab['why'] = f['why']
        labels.append(lab)
    return labels


def main():
    labels = compute('--explain' in sys.argv)
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
    if '--explain' in sys.argv:
        return
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))


if __name__ == '__main__':
    main()
