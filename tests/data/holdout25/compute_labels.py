#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, using the rules table
../../../../shared/rules/jurisdictions.csv (columns response_days, day_type, extension_days, extension_day_type, appeal_days).

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules (README of the dev corpus, applied to this set's jurisdictions):
- acknowledgment clock (`received_on_sent_date` or `received:YYYY-MM-DD`): due = receipt + response_days
  (business: N-th business day strictly after receipt; calendar: receipt + N days, rolled forward to the next
  business day). No response_days in the table (e.g. Wisconsin) -> the message sets no due.
- `extension`: due = current due + extension_days (same arithmetic). No extension_days in the table -> no due
  (the agency's own date goes to `estimated` only).
- `duplicate`: a second delivery of a letter already counted; due is restated unchanged.
- adverse_determination (denial / no_records / records_final with withholdings): appeal_due = Date: of the message
  + appeal_days calendar days, rolled forward to the next business day; no appeal_days -> appeal_due: null.
Business days skip Saturdays, Sundays and holidays.country_holidays('US', subdiv=<state>) (federal: no subdiv).
Requires: pip install holidays numpy pyyaml
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
TABLE = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
STATES = {'Alabama': 'AL', 'Alaska': 'AK', 'Arizona': 'AZ', 'Arkansas': 'AR', 'California': 'CA', 'Colorado': 'CO',
          'Connecticut': 'CT', 'Delaware': 'DE', 'District of Columbia': 'DC', 'Florida': 'FL', 'Georgia': 'GA',
          'Hawaii': 'HI', 'Idaho': 'ID', 'Illinois': 'IL', 'Indiana': 'IN', 'Iowa': 'IA', 'Kansas': 'KS',
          'Kentucky': 'KY', 'Louisiana': 'LA', 'Maine': 'ME', 'Maryland': 'MD', 'Massachusetts': 'MA',
          'Michigan': 'MI', 'Minnesota': 'MN', 'Mississippi': 'MS', 'Missouri': 'MO', 'Montana': 'MT',
          'Nebraska': 'NE', 'Nevada': 'NV', 'New Hampshire': 'NH', 'New Jersey': 'NJ', 'New Mexico': 'NM',
          'New York': 'NY', 'North Carolina': 'NC', 'North Dakota': 'ND', 'Ohio': 'OH', 'Oklahoma': 'OK',
          'Oregon': 'OR', 'Pennsylvania': 'PA', 'Rhode Island': 'RI', 'South Carolina': 'SC', 'South Dakota': 'SD',
          'Tennessee': 'TN', 'Texas': 'TX', 'Utah': 'UT', 'Vermont': 'VT', 'Virginia': 'VA', 'Washington': 'WA',
          'West Virginia': 'WV', 'Wisconsin': 'WI', 'Wyoming': 'WY'}
UNIT = {'business': 'bd', 'calendar': 'cd'}


def load_rules():
    rules = {}
    with open(TABLE, newline='') as fh:
        for row in csv.DictReader(fh):
            name = row['jurisdiction'].strip()
            code = 'US' if name.startswith('United States') else 'US-' + STATES[name]
            initial = (UNIT[row['day_type']], int(row['response_days'])) if row['response_days'].strip() and row['day_type'] in UNIT else None
            ext = (UNIT[row['extension_day_type']], int(row['extension_days'])) if row['extension_days'].strip() and row['extension_day_type'] in UNIT else None
            appeal = int(row['appeal_days']) if row['appeal_days'].strip() else None
            rules[code] = {'initial': initial, 'ext': ext, 'appeal': appeal}
    return rules


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
        rule = rules[jur] if jur else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if rule['initial']:
                    due[rid] = apply(rule['initial'], received, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if rule['ext']:
                    cur = due.get(rid) or (apply(rule['initial'], reqs[rid]['sent'], jur) if rule['initial'] else None)
                    if cur is None:
                        raise SystemExit('%s: extension without a current due date' % f['file'])
                    due[rid] = apply(rule['ext'], cur, jur)
                    lab['due'] = due[rid]
            elif clock == 'duplicate':
                if rid in due:
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse determination without a request' % f['file'])
            if rule['appeal']:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=rule['appeal']), jur)
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
    class NoAlias(yaml.SafeDumper):
        def ignore_aliases(self, data):
            return True
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                   yaml.dump(labels, Dumper=NoAlias, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))


if __name__ == '__main__':
    main()
