#!/usr/bin/env python3
"""Derive labels.yaml for this corpus set from requests.yaml, agencies.yaml,
message_facts.yaml and the Date: headers of messages/*.eml.

    python compute_labels.py          # (re)write labels.yaml
    python compute_labels.py --check  # verify labels.yaml matches; exit 1 if not

Deadline rules (numbers from shared/rules/jurisdictions.csv, with its citations):
  US     federal FOIA 5 U.S.C. 552(a)(6): 20 business days; extension +10 business days;
         appeal 90 calendar days after the adverse determination (Date: of the message)
  US-NJ  OPRA, N.J.S.A. 47:1A-1 et seq.; 47:1A-5(i): 7 business days; no extension rule;
         GRC complaint within 45 calendar days of a denial (N.J.S.A. 47:1A-6 as amended by P.L.2024, c.16)
  US-KY  Open Records Act, KRS 61.870-61.884; KRS 61.880(1): 5 business days; no extension rule
         (KRS 61.872(5) storage notices give a date, not a statutory extension); no appeal window in the table
  US-CT  Conn. Gen. Stat. 1-200 et seq.; 1-206(a): 4 business days; no extension rule;
         appeal to the FOI Commission within 30 (calendar) days of a denial, 1-206(b)(1)
Business days skip weekends and `holidays` public holidays (federal: country US; a state:
subdiv = state code). "N business days after receipt" = numpy.busday_offset(receipt, N,
roll='backward', holidays=...). Calendar-day deadlines that land on a weekend/holiday roll
forward. Extensions add to the current due date. If an acknowledgment states a received
date, the clock counts from it; otherwise from the request's `sent` date.
appeal_due (denial, no_records, records_final with withholdings) = the message's Date: + appeal_days,
for jurisdictions with appeal_days; a weekend/holiday end rolls forward.
Requires: holidays, numpy, pyyaml.
"""
import datetime
import email
import email.policy
import email.utils
import os
import sys

import holidays
import numpy
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

RULES = {
    'US':    {'base': ('business', 20), 'ext': ('business', 10), 'appeal_days': 90},
    'US-NJ': {'base': ('business', 7),  'ext': None, 'appeal_days': 45},
    'US-KY': {'base': ('business', 5),  'ext': None, 'appeal_days': None},
    'US-CT': {'base': ('business', 4),  'ext': None, 'appeal_days': 30},
}
YEARS = [2025, 2026, 2027]


def holiday_list(jur):
    if jur == 'US':
        h = holidays.country_holidays('US', years=YEARS)
    else:
        h = holidays.country_holidays('US', subdiv=jur.split('-')[1], years=YEARS)
    return sorted(numpy.datetime64(d, 'D') for d in h.keys())


def to_date(x):
    return datetime.date.fromisoformat(str(numpy.datetime64(x, 'D')))


def add(start, rule, jur):
    kind, n = rule
    hol = holiday_list(jur)
    if kind == 'business':
        return to_date(numpy.busday_offset(numpy.datetime64(start, 'D'), n, roll='backward', holidays=hol))
    d = start + datetime.timedelta(days=n)
    return to_date(numpy.busday_offset(numpy.datetime64(d, 'D'), 0, roll='forward', holidays=hol))


def message_date(path):
    with open(path, 'rb') as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def compute():
    agencies = {a['id']: a for a in yaml.safe_load(open(os.path.join(HERE, 'agencies.yaml')))['agencies']}
    reqs = {r['id']: r for r in yaml.safe_load(open(os.path.join(HERE, 'requests.yaml')))['requests']}
    facts = yaml.safe_load(open(os.path.join(HERE, 'message_facts.yaml')))
    files = sorted(f for f in os.listdir(os.path.join(HERE, 'messages')) if f.endswith('.eml'))
    assert files == [f['file'] for f in facts], 'message_facts.yaml must list every .eml in file order'
    current_due = {}
    labels = []
    for f in facts:
        rid = f['request']
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        if rid is not None:
            req = reqs[rid]
            jur = agencies[req['agency']]['jurisdiction']
            rule = RULES[jur]
            sent = req['sent']
            if f['kind'] == 'acknowledgment':
                start = f.get('received') or sent
                current_due[rid] = add(start, rule['base'], jur)
                lab['due'] = current_due[rid]
            if f.get('extension'):
                assert f['kind'] == 'extension' and rule['ext'], f['file']
                if rid not in current_due:
                    current_due[rid] = add(sent, rule['base'], jur)
                current_due[rid] = add(current_due[rid], rule['ext'], jur)
                lab['due'] = current_due[rid]
            adverse = f['kind'] in ('denial', 'no_records') or (f['kind'] == 'records_final' and f.get('withholdings'))
            if rule['appeal_days'] and adverse:
                d = message_date(os.path.join(HERE, 'messages', f['file']))
                lab['appeal_due'] = add(d, ('calendar', rule['appeal_days']), jur)
        if f.get('estimated'):
            lab['estimated'] = f['estimated']
        lab['why'] = f['why']
        labels.append(lab)
    return labels


def q(s):
    return '"' + str(s).replace('\\', '\\\\').replace('"', '\\"') + '"'


def dump(labels):
    out = ['# Ground truth for this set. Generated by compute_labels.py from message_facts.yaml; do not edit by hand.']
    for l in labels:
        out.append('- file: %s' % l['file'])
        out.append('  request: %s' % (l['request'] if l['request'] else 'null'))
        out.append('  kind: %s' % l['kind'])
        out.append('  tracking_number: %s' % (q(l['tracking_number']) if l['tracking_number'] else 'null'))
        for k in ('due', 'appeal_due', 'estimated'):
            if k in l:
                out.append('  %s: %s' % (k, l[k].isoformat()))
        out.append('  why: %s' % q(l['why']))
    return '\n'.join(out) + '\n'


def main():
    labels = compute()
    path = os.path.join(HERE, 'labels.yaml')
    if '--check' in sys.argv:
        have = yaml.safe_load(open(path))
        want = yaml.safe_load(dump(labels))
        if have != want:
            for h, w in zip(have, want):
                if h != w:
                    print('MISMATCH', h.get('file'), '\n  have:', h, '\n  want:', w)
            if len(have) != len(want):
                print('MISMATCH: %d labels, expected %d' % (len(have), len(want)))
            sys.exit(1)
        print('labels.yaml OK (%d messages)' % len(labels))
        return
    with open(path, 'w') as fh:
        fh.write(dump(labels))
    print('wrote %s (%d messages)' % (path, len(labels)))


if __name__ == '__main__':
    main()
