#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, using the shared rules table.

    python3 compute_labels.py            # write labels.yaml
    python3 compute_labels.py --check    # recompute and compare with the existing labels.yaml

Only due / appeal_due are computed; request, kind, tracking_number, estimated and why are copied from facts.yaml.

Rules, read from ../shared/rules/jurisdictions.csv (response_days, day_type, extension_days,
extension_day_type, appeal_days):
  clock: received_on_sent_date | received:YYYY-MM-DD
      due = response_days (business or calendar) after the received date (the request's `sent` date unless the
      message states another). A state with no response_days (Arizona: none) -> the message sets no due.
  clock: extension
      due = extension_days after the current due (the last due set for the request, else the due computed from the
      sent date). A state with no extension_days -> no due (the stated estimate only).
  adverse_determination: true  (denial, no_records, records_final with withholdings)
      appeal_due = appeal_days calendar days after the message's Date: (its local date), rolled forward to the next
      business day; a jurisdiction with no appeal_days gets appeal_due: null.
  "N business days after D" = the N-th business day strictly after D (numpy.busday_offset, roll='backward').
  Business days exclude Saturdays, Sundays and holidays.country_holidays('US', subdiv=<state>) (federal: none).
  Calendar-day results that fall on a weekend or holiday roll forward to the next business day.
Requires: holidays, numpy, pyyaml.
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
NAMES = {'US': 'United States (federal)', 'US-AZ': 'Arizona', 'US-IL': 'Illinois', 'US-IN': 'Indiana',
         'US-MD': 'Maryland', 'US-TX': 'Texas', 'US-CA': 'California', 'US-CO': 'Colorado', 'US-NY': 'New York'}
UNIT = {'business': 'bd', 'calendar': 'cd'}
_hol = {}


def rules():
    table = {r['jurisdiction'].strip(): r for r in csv.DictReader(open(RULES_CSV, newline='', encoding='utf-8'))}
    out = {}
    for jur, name in NAMES.items():
        r = table[name]
        num = lambda k: int(r[k]) if (r.get(k) or '').strip() else None
        initial = (UNIT[r['day_type']], num('response_days')) if num('response_days') and r['day_type'] in UNIT else None
        ext_unit = UNIT.get((r.get('extension_day_type') or '').strip()) or (initial[0] if initial else None)
        ext = (ext_unit, num('extension_days')) if num('extension_days') and ext_unit else None
        out[jur] = (initial, ext, num('appeal_days'))
    return out


def hols(jur):
    if jur not in _hol:
        sub = None if jur == 'US' else jur.split('-')[1]
        h = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
        _hol[jur] = np.array(sorted(h.keys()), dtype='datetime64[D]')
    return _hol[jur]


def add_business(d, n, jur):
    return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)


def roll_forward(d, jur):
    return np.busday_offset(np.datetime64(d, 'D'), 0, roll='forward', holidays=hols(jur)).astype(dt.date)


def apply(rule, d, jur):
    unit, n = rule
    return add_business(d, n, jur) if unit == 'bd' else roll_forward(d + dt.timedelta(days=n), jur)


def message_date(fname):
    with open(HERE / 'messages' / fname, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def compute():
    R = rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due, labels = {}, []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        initial, ext, appeal = R[jur] if jur else (None, None, None)
        clock = f.get('clock')
        if clock and not rid:
            raise SystemExit('%s: clock without request' % f['file'])
        if clock in ('received_on_sent_date',) or (clock or '').startswith('received:'):
            got = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
            if initial:
                due[rid] = apply(initial, got, jur)
                lab['due'] = due[rid]
        elif clock == 'extension':
            if ext:
                cur = due.get(rid) or (apply(initial, reqs[rid]['sent'], jur) if initial else None)
                if cur:
                    due[rid] = apply(ext, cur, jur)
                    lab['due'] = due[rid]
        elif clock:
            raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse determination without request' % f['file'])
            lab['appeal_due'] = roll_forward(message_date(f['file']) + dt.timedelta(days=appeal), jur) if appeal else None
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
