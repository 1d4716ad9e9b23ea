#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, with the deadline numbers read
from the rules table (../../shared/rules/jurisdictions.csv, or RULES_CSV in the environment).

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules (README "Deadline rules used for labels", applied to each jurisdiction's row of the table):
  * acknowledgment (clock: received_on_sent_date | received:DATE): due = response_days after the received
    date, counted as day_type. No response_days in the table (Arizona) -> due: null.
  * extension (clock: extension): due = extension_days (extension_day_type) on top of the current due date
    (or of the rule applied to the sent date if no acknowledgment set one). No extension_days in the table
    -> the message sets no due (only `estimated`, if stated).
  * adverse_determination: appeal_due = appeal_days calendar days after the Date: of the message, rolled
    forward to the next business day; no appeal_days in the table -> appeal_due: null.
  * "N business days after D" = numpy.busday_offset(D, N, roll='backward', holidays=...), i.e. the N-th
    business day strictly after D; business days exclude Sat/Sun and holidays.country_holidays('US',
    subdiv=<state or None for federal>). Calendar-day deadlines landing on a weekend/holiday roll forward.
Requires: holidays, numpy, pyyaml.
"""
import csv, os, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
STATES = {'AL': 'Alabama', 'AK': 'Alaska', 'AZ': 'Arizona', 'AR': 'Arkansas', 'CA': 'California', 'CO': 'Colorado',
          'CT': 'Connecticut', 'DE': 'Delaware', 'FL': 'Florida', 'GA': 'Georgia', 'HI': 'Hawaii', 'ID': 'Idaho',
          'IL': 'Illinois', 'IN': 'Indiana', 'IA': 'Iowa', 'KS': 'Kansas', 'KY': 'Kentucky', 'LA': 'Louisiana',
          'ME': 'Maine', 'MD': 'Maryland', 'MA': 'Massachusetts', 'MI': 'Michigan', 'MN': 'Minnesota',
          'MS': 'Mississippi', 'MO': 'Missouri', 'MT': 'Montana', 'NE': 'Nebraska', 'NV': 'Nevada',
          'NH': 'New Hampshire', 'NJ': 'New Jersey', 'NM': 'New Mexico', 'NY': 'New York', 'NC': 'North Carolina',
          'ND': 'North Dakota', 'OH': 'Ohio', 'OK': 'Oklahoma', 'OR': 'Oregon', 'PA': 'Pennsylvania',
          'RI': 'Rhode Island', 'SC': 'South Carolina', 'SD': 'South Dakota', 'TN': 'Tennessee', 'TX': 'Texas',
          'UT': 'Utah', 'VT': 'Vermont', 'VA': 'Virginia', 'WA': 'Washington', 'WV': 'West Virginia',
          'WI': 'Wisconsin', 'WY': 'Wyoming', 'DC': 'District of Columbia'}
_hcache, _rules = {}, None


def rules(jur):
    global _rules
    if _rules is None:
        with open(RULES_CSV, newline='', encoding='utf-8') as fh:
            _rules = {r['jurisdiction']: r for r in csv.DictReader(fh)}
    name = 'United States (federal)' if jur == 'US' else STATES[jur.split('-')[1]]
    r = _rules[name]

    def num(k):
        return int(r[k]) if r[k].strip() else None
    resp = (r['day_type'].strip(), num('response_days')) if num('response_days') else None
    ext = (r['extension_day_type'].strip(), num('extension_days')) if num('extension_days') else None
    return resp, ext, num('appeal_days')


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
    if unit == 'business':
        return add_business(d, n, jur)
    if unit == 'calendar':
        return roll_forward(d + dt.timedelta(days=n), jur)
    raise SystemExit('unknown day type %r for %s' % (unit, jur))


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
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            resp, ext, _ = rules(jur)
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = apply(resp, received, jur) if resp else None
                lab['due'] = due[rid]
            elif clock == 'extension':
                if ext:
                    cur = due.get(rid)
                    if cur is None:
                        if not resp:
                            raise SystemExit('%s: extension days but no base due' % f['file'])
                        cur = apply(resp, reqs[rid]['sent'], jur)
                    due[rid] = apply(ext, cur, jur)
                    lab['due'] = due[rid]
                # no extension days in the table: the message sets no due (estimated only)
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse determination without a request' % f['file'])
            appeal_days = rules(jur)[2]
            if appeal_days:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=appeal_days), jur)
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
