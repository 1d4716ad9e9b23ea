#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml and the shared rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Only `due` and `appeal_due` are computed; everything else is copied from facts.yaml.

Rules come from ../shared/rules/jurisdictions.csv (columns response_days, day_type, extension_days,
extension_day_type, appeal_days), looked up by the agency's jurisdiction code:
  US -> "United States (federal)"; US-XX -> that state's row; US-PR (Puerto Rico) has NO row.
  - clock received / received_on_sent_date: due = receipt + response_days, if the row gives response_days;
    otherwise (no row, or day_type none, e.g. Puerto Rico and Florida) no due is set.
  - clock extension: due = current due (or sent + response_days) + extension_days, if the row gives
    extension_days; otherwise the extension sets no due (New Mexico, Texas, Puerto Rico).
  - adverse_determination: appeal_due = Date: of the message + appeal_days calendar days, rolled forward to the
    next business day, if the row gives appeal_days; otherwise appeal_due is null.
"N business days after D" = the N-th business day strictly after D. Calendar-day deadlines that land on a
weekend or holiday roll forward to the next business day. Holidays: holidays.country_holidays('US', subdiv=state)
(no subdivision for federal).
Requires: pip install holidays pyyaml
"""
import csv
import datetime as dt
import email
import email.policy
import email.utils
import sys
from pathlib import Path

import holidays
import yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
if not RULES_CSV.exists():  # copy of shared/ laid beside the set
    RULES_CSV = HERE.parent.parent / 'shared' / 'rules' / 'jurisdictions.csv'

STATES = {
    'AL': 'Alabama', 'AK': 'Alaska', 'AZ': 'Arizona', 'AR': 'Arkansas', 'CA': 'California', 'CO': 'Colorado',
    'CT': 'Connecticut', 'DE': 'Delaware', 'DC': 'District of Columbia', 'FL': 'Florida', 'GA': 'Georgia',
    'HI': 'Hawaii', 'ID': 'Idaho', 'IL': 'Illinois', 'IN': 'Indiana', 'IA': 'Iowa', 'KS': 'Kansas',
    'KY': 'Kentucky', 'LA': 'Louisiana', 'ME': 'Maine', 'MD': 'Maryland', 'MA': 'Massachusetts',
    'MI': 'Michigan', 'MN': 'Minnesota', 'MS': 'Mississippi', 'MO': 'Missouri', 'MT': 'Montana',
    'NE': 'Nebraska', 'NV': 'Nevada', 'NH': 'New Hampshire', 'NJ': 'New Jersey', 'NM': 'New Mexico',
    'NY': 'New York', 'NC': 'North Carolina', 'ND': 'North Dakota', 'OH': 'Ohio', 'OK': 'Oklahoma',
    'OR': 'Oregon', 'PA': 'Pennsylvania', 'RI': 'Rhode Island', 'SC': 'South Carolina', 'SD': 'South Dakota',
    'TN': 'Tennessee', 'TX': 'Texas', 'UT': 'Utah', 'VT': 'Vermont', 'VA': 'Virginia', 'WA': 'Washington',
    'WV': 'West Virginia', 'WI': 'Wisconsin', 'WY': 'Wyoming', 'PR': 'Puerto Rico',
}


def load_rules():
    rows = {r['jurisdiction'].strip(): r for r in csv.DictReader(RULES_CSV.open(encoding='utf-8'))}

    def num(v):
        v = (v or '').strip()
        return int(v) if v else None

    def rule(n, unit):
        unit = (unit or '').strip()
        if n is None or unit not in ('business', 'calendar'):
            return None
        return (unit, n)

    out = {}
    for code in ['US'] + ['US-' + s for s in STATES]:
        name = 'United States (federal)' if code == 'US' else STATES[code.split('-')[1]]
        r = rows.get(name)
        if r is None:
            out[code] = {'row': False, 'initial': None, 'ext': None, 'appeal': None}
            continue
        out[code] = {
            'row': True,
            'initial': rule(num(r['response_days']), r['day_type']),
            # extension_day_type may be blank when days are given; fall back to the response day type
            'ext': rule(num(r['extension_days']), r['extension_day_type'] or r['day_type']),
            'appeal': num(r['appeal_days']),
        }
    return out


RULES = load_rules()
_hcache = {}


def hols(jur):
    if jur not in _hcache:
        sub = None if jur == 'US' else jur.split('-')[1]
        _hcache[jur] = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
    return _hcache[jur]


def is_business(d, jur):
    return d.weekday() < 5 and d not in hols(jur)


def add_business(d, n, jur):
    while n > 0:
        d += dt.timedelta(days=1)
        if is_business(d, jur):
            n -= 1
    return d


def roll_forward(d, jur):
    while not is_business(d, jur):
        d += dt.timedelta(days=1)
    return d


def apply(rule, d, jur):
    unit, n = rule
    if unit == 'business':
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
    due = {}
    labels = []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = agencies[reqs[rid]['agency']]['jurisdiction'] if rid else None
        rules = RULES.get(jur, {'row': False, 'initial': None, 'ext': None, 'appeal': None}) if jur else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if rules['initial']:
                    due[rid] = apply(rules['initial'], received, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if rules['ext']:
                    cur = due.get(rid)
                    if cur is None and rules['initial']:
                        cur = apply(rules['initial'], reqs[rid]['sent'], jur)
                    if cur is not None:
                        due[rid] = apply(rules['ext'], cur, jur)
                        lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            if rules['appeal']:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=rules['appeal']), jur)
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
