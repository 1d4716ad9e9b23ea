#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml and the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Only `due` and `appeal_due` are computed; everything else is copied from facts.yaml.
Rules come from ../../shared/rules/jurisdictions.csv (columns response_days, day_type, extension_days,
extension_day_type, appeal_days), looked up by the agency's jurisdiction code (US, US-CA, ...):
  - acknowledgment clock: response_days after the received date (the sent date unless the message states
    another received date). Business days: the N-th business day strictly after the date (numpy
    busday_offset, holidays = `holidays` country US, subdiv = the state, none for federal). Calendar days:
    date + N, rolled forward to the next business day if it lands on a weekend/holiday.
    No response_days in the table (AZ, FL) -> due: null.
  - extension clock: extension_days on top of the current due date (the last computed one, else the
    statutory due counted from the sent date). No extension_days (TX, NM, AZ, FL) -> due: null.
  - adverse determination: appeal_days calendar days after the message's Date:, rolled forward; no
    appeal_days (all states here) -> appeal_due: null.
Requires: pip install holidays numpy pyyaml
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
STATE_NAMES = {'US': 'United States (federal)', 'US-CA': 'California', 'US-TX': 'Texas', 'US-NM': 'New Mexico',
               'US-AZ': 'Arizona', 'US-FL': 'Florida'}
_hcache = {}


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(RULES_CSV, newline='', encoding='utf-8'))}
    out = {}
    for code, name in STATE_NAMES.items():
        r = rows[name]

        def rule(n, unit):
            if not n.strip():
                return None
            if unit not in ('business', 'calendar'):
                raise SystemExit('%s: unknown day type %r' % (name, unit))
            return ('bd' if unit == 'business' else 'cd', int(n))
        out[code] = {
            'initial': rule(r['response_days'], r['day_type']),
            'extension': rule(r['extension_days'], r['extension_day_type'] or r['day_type']),
            'appeal': int(r['appeal_days']) if r['appeal_days'].strip() else None,
        }
    return out


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
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            r = rules[jur]
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = apply(r['initial'], received, jur) if r['initial'] else None
            elif clock == 'extension':
                cur = due.get(rid)
                if cur is None and r['initial']:
                    cur = apply(r['initial'], reqs[rid]['sent'], jur)
                due[rid] = apply(r['extension'], cur, jur) if (r['extension'] and cur) else None
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
            lab['due'] = due[rid]
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse determination without a request' % f['file'])
            days = rules[jur]['appeal']
            lab['appeal_due'] = roll_forward(message_date(HERE / 'messages' / f['file']) + dt.timedelta(days=days), jur) if days else None
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
