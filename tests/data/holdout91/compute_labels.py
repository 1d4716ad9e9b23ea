#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, using the rules table
../shared/rules/jurisdictions.csv (response_days, day_type, extension_days, extension_day_type, appeal_days)
and the `holidays` package (country US, subdiv = state code).

    python3 compute_labels.py          # write labels.yaml
    python3 compute_labels.py --check  # recompute and compare with labels.yaml

Rules applied (README of the dev corpus):
  - acknowledgment with clock received:<date> / received_on_sent_date: due = received + response_days
    ("N business days after D" = N-th business day strictly after D; calendar deadlines landing on a weekend
    or holiday roll forward to the next business day). No response_days in the table -> no due.
  - extension: due = current due (or the initial due from the sent date) + extension_days. No extension_days
    in the table -> the extension sets no due (estimated only).
  - adverse_determination (denial / no_records / records_final with withholdings): appeal_due = Date: of the
    message + appeal_days calendar days, rolled forward to the next business day; no appeal_days -> null.
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
TABLE = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
STATES = {'US-CA': 'California', 'US-NY': 'New York', 'US-TX': 'Texas', 'US-MI': 'Michigan',
          'US-PA': 'Pennsylvania', 'US-AZ': 'Arizona', 'US-WA': 'Washington', 'US': 'United States (federal)'}

def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(TABLE.open())}
    rules = {}
    for code, name in STATES.items():
        r = rows[name]
        def rule(n, t):
            if not n.strip():
                return None
            return ('bd' if t.strip() == 'business' else 'cd', int(n))
        rules[code] = {
            'initial': rule(r['response_days'], r['day_type']),
            'extension': rule(r['extension_days'], r['extension_day_type'] or r['day_type']),
            'appeal': int(r['appeal_days']) if r['appeal_days'].strip() else None,
        }
    return rules

RULES = load_rules()
_h = {}

def hols(jur):
    if jur not in _h:
        sub = None if jur == 'US' else jur.split('-')[1]
        h = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
        _h[jur] = np.array(sorted(h.keys()), dtype='datetime64[D]')
    return _h[jur]

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
                raise SystemExit('%s: clock without request' % f['file'])
            rl = RULES[jur]
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if rl['initial']:
                    due[rid] = apply(rl['initial'], received, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if rl['extension']:
                    cur = due.get(rid)
                    if cur is None and rl['initial']:
                        cur = apply(rl['initial'], reqs[rid]['sent'], jur)
                    if cur is not None:
                        due[rid] = apply(rl['extension'], cur, jur)
                        lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            days = RULES[jur]['appeal']
            if days:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=days), jur)
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
