#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml and the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules come from ../shared/rules/jurisdictions.csv (response_days, day_type, extension_days,
extension_day_type, appeal_days) for the jurisdiction of the request's agency (US = federal row,
US-XX = that state's row).
  acknowledgment (clock received_on_sent_date / received:DATE): due = receipt + response_days
  extension (clock extension): due = current due + extension_days; if the table gives no extension
      days, the extension sets no due (the label carries only the agency's estimated date)
  adverse determination: appeal_due = determination date + appeal_days calendar days, rolled forward to
      the next business day; appeal_due: null where the table gives no appeal days. The determination date
      is the message's Date:, or the agency letter's date (fact determination_date) when a colleague
      forwarded the letter later.
"N business days after D" = the N-th business day strictly after D (numpy.busday_offset, roll backward).
Calendar-day deadlines landing on a weekend/holiday roll forward to the next business day.
Holidays: holidays.country_holidays('US', subdiv=None for US, else the state code).
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
TABLE = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
STATES = {'US': 'United States (federal)', 'US-NY': 'New York', 'US-MI': 'Michigan', 'US-WA': 'Washington',
          'US-CO': 'Colorado', 'US-MA': 'Massachusetts', 'US-VA': 'Virginia'}
_rows = {r['jurisdiction']: r for r in csv.DictReader(TABLE.open(encoding='utf-8'))}
_hcache = {}

def rule(jur):
    r = _rows[STATES[jur]]
    def num(k):
        return int(r[k]) if r[k].strip() else None
    unit = {'business': 'bd', 'calendar': 'cd'}
    initial = (unit[r['day_type']], num('response_days')) if num('response_days') else None
    ext = (unit.get(r['extension_day_type'] or r['day_type']), num('extension_days')) if num('extension_days') else None
    return initial, ext, num('appeal_days')

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

def apply(r, d, jur):
    unit, n = r
    return add_business(d, n, jur) if unit == 'bd' else roll_forward(d + dt.timedelta(days=n), jur)

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
            appeal = rule(jur)[2]
            if appeal:
                d = f.get('determination_date')
                d = dt.date.fromisoformat(str(d)) if d else message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=appeal), jur)
            else:
                lab['appeal_due'] = None
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
