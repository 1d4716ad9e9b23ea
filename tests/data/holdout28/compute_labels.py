#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml + the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Only due / appeal_due are computed; everything else is copied from facts.yaml.
Rules come from ../../shared/rules/jurisdictions.csv (found via RULES_CSV below), one row per jurisdiction:
  response_days/day_type          clock set by an acknowledgment, counted from the received date the letter
                                  states (else the request's sent date)
  extension_days/extension_day_type  added to the current due date by an extension; empty = the extension sets no
                                  due (the label then carries only the agency's estimated date)
  appeal_days                     calendar days after the Date: of an adverse determination, rolled forward to
                                  the next business day; empty = appeal_due null
"N business days after D" = numpy.busday_offset(D, N, roll='backward', holidays=...), i.e. the N-th business day
strictly after D. Calendar deadlines that land on a weekend/holiday roll forward to the next business day.
Holidays: holidays.country_holidays('US', subdiv=<state code or None for federal>).
Requires: holidays, numpy, pyyaml.
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
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
    for row in csv.DictReader(open(RULES_CSV, newline='', encoding='utf-8')):
        name = row['jurisdiction']
        code = 'US' if name.startswith('United States') else 'US-' + STATES[name.split(' (')[0]]
        init = (UNIT[row['day_type']], int(row['response_days'])) if row['response_days'] and row['day_type'] in UNIT else None
        ext = (UNIT[row['extension_day_type'] or row['day_type']], int(row['extension_days'])) if row['extension_days'] else None
        appeal = int(row['appeal_days']) if row['appeal_days'] else None
        rules[code] = {'initial': init, 'extension': ext, 'appeal': appeal}
    return rules


RULES = load_rules()
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
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    agencies = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due = {}  # request id -> current due date
    labels = []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        clock = f.get('clock')
        jur = agencies[reqs[rid]['agency']]['jurisdiction'] if rid else None
        rule = RULES[jur] if jur else None
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if rule['initial'] is None:
                    raise SystemExit('%s: %s has no response clock' % (f['file'], jur))
                due[rid] = apply(rule['initial'], received, jur)
                lab['due'] = due[rid]
            elif clock == 'extension':
                if rule['extension'] is not None:
                    cur = due.get(rid) or apply(rule['initial'], reqs[rid]['sent'], jur)
                    due[rid] = apply(rule['extension'], cur, jur)
                    lab['due'] = due[rid]
                # no extension length in the rules table: the extension sets no due (estimated only)
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            if rule['appeal'] is None:
                lab['appeal_due'] = None
            else:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=rule['appeal']), jur)
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
    out.write_text('# Generated by compute_labels.py from facts.yaml and the rules table; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))


if __name__ == '__main__':
    main()
