#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, using the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules come from ../shared/rules/jurisdictions.csv (falls back to the copy rules_snapshot_jurisdictions.csv):
response_days/day_type, extension_days/extension_day_type, appeal_days, for the state named by the
agency's jurisdiction (US-TN -> Tennessee, ...).  For this set:
  TN 7 business (no extension number, no appeal)    AR 3 business (none, none)
  VA 5 business + 7 business (no appeal)            DE 15 business (no extension number), appeal 60 calendar
  KY 5 business (none, none)                        MO 3 business (none, none)
  OK no number (none, none)
- acknowledgment (clock received_on_sent_date | received:DATE): due = response_days after that date; if the
  table gives no response_days (OK), no due is set.
- extension: if the table gives extension_days, due = current due (or the initial due from `sent`) + extension;
  otherwise no due is set (the message's estimated date is kept as `estimated`).
- adverse determinations: appeal_due = Date: of the message + appeal_days (calendar), rolled forward to the next
  business day; where the table gives no appeal_days, appeal_due is null.
"N business days after D" = numpy.busday_offset(D, N, roll='backward') = the N-th business day strictly after D,
with holidays.country_holidays('US', subdiv=<state>). Calendar deadlines on a weekend/holiday roll forward.
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
TABLE = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
if not TABLE.exists():
    TABLE = HERE / 'rules_snapshot_jurisdictions.csv'
STATES = {'US-TN': 'Tennessee', 'US-AR': 'Arkansas', 'US-VA': 'Virginia', 'US-DE': 'Delaware',
          'US-KY': 'Kentucky', 'US-MO': 'Missouri', 'US-OK': 'Oklahoma'}
_rows = {r['jurisdiction']: r for r in csv.DictReader(TABLE.open(encoding='utf-8'))}
_hcache = {}

def rule(jur):
    r = _rows[STATES[jur]]
    num = lambda k: int(r[k]) if r[k].strip() else None
    unit = lambda k: 'bd' if r[k].strip() == 'business' else 'cd'
    initial = (unit('day_type'), num('response_days')) if num('response_days') else None
    ext = (unit('extension_day_type'), num('extension_days')) if num('extension_days') else None
    return initial, ext, num('appeal_days')

def hols(jur):
    if jur not in _hcache:
        h = holidays.country_holidays('US', subdiv=jur.split('-')[1], years=range(2025, 2029))
        _hcache[jur] = np.array(sorted(h.keys()), dtype='datetime64[D]')
    return _hcache[jur]

def roll_forward(d, jur):
    return np.busday_offset(np.datetime64(d, 'D'), 0, roll='forward', holidays=hols(jur)).astype(dt.date)

def apply(r, d, jur):
    unit, n = r
    if unit == 'bd':
        return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)
    return roll_forward(d + dt.timedelta(days=n), jur)

def message_date(path):
    with open(path, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()

def compute():
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
            initial, ext, _ = rule(jur)
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if initial:
                    due[rid] = apply(initial, received, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if ext:
                    cur = due.get(rid) or apply(initial, reqs[rid]['sent'], jur)
                    due[rid] = apply(ext, cur, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            appeal_days = rule(jur)[2]
            d = message_date(HERE / 'messages' / f['file'])
            lab['appeal_due'] = roll_forward(d + dt.timedelta(days=appeal_days), jur) if appeal_days else None
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
