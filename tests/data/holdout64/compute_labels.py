#!/usr/bin/env python3
"""Derive labels.yaml from facts.yaml + requests.yaml + agencies.yaml and the rules table.

    python3 compute_labels.py          # write labels.yaml
    python3 compute_labels.py --check  # recompute and compare with labels.yaml

Rules come from ../shared/rules/jurisdictions.csv (response_days, day_type, extension_days,
extension_day_type, appeal_days); the row is chosen by jurisdiction ('US' = the federal row, 'US-XX' = that state).
  - acknowledgment clock: due = response_days after the received date (the date the letter states, else the
    request's sent date). Business days: day 1 is the first business day after receipt; weekends and the
    `holidays` package's US holidays (subdivision for states) do not count. Calendar deadlines that land on a
    weekend or holiday roll forward to the next business day.
  - extension clock: due = extension_days on top of the current due date (computed from sent if none yet).
    No extension_days in the table -> the extension sets no due (estimated only).
  - appeal: for adverse determinations, appeal_due = Date: of the message + appeal_days calendar days, rolled
    forward to the next business day; no appeal_days in the table -> appeal_due: null.
Every other field is copied from facts.yaml. Requires pyyaml and holidays.
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
STATES = {'AL': 'Alabama', 'AK': 'Alaska', 'AZ': 'Arizona', 'AR': 'Arkansas', 'CA': 'California', 'CO': 'Colorado',
          'CT': 'Connecticut', 'DE': 'Delaware', 'DC': 'District of Columbia', 'FL': 'Florida', 'GA': 'Georgia',
          'HI': 'Hawaii', 'ID': 'Idaho', 'IL': 'Illinois', 'IN': 'Indiana', 'IA': 'Iowa', 'KS': 'Kansas',
          'KY': 'Kentucky', 'LA': 'Louisiana', 'ME': 'Maine', 'MD': 'Maryland', 'MA': 'Massachusetts',
          'MI': 'Michigan', 'MN': 'Minnesota', 'MS': 'Mississippi', 'MO': 'Missouri', 'MT': 'Montana',
          'NE': 'Nebraska', 'NV': 'Nevada', 'NH': 'New Hampshire', 'NJ': 'New Jersey', 'NM': 'New Mexico',
          'NY': 'New York', 'NC': 'North Carolina', 'ND': 'North Dakota', 'OH': 'Ohio', 'OK': 'Oklahoma',
          'OR': 'Oregon', 'PA': 'Pennsylvania', 'RI': 'Rhode Island', 'SC': 'South Carolina', 'SD': 'South Dakota',
          'TN': 'Tennessee', 'TX': 'Texas', 'UT': 'Utah', 'VT': 'Vermont', 'VA': 'Virginia', 'WA': 'Washington',
          'WV': 'West Virginia', 'WI': 'Wisconsin', 'WY': 'Wyoming'}


def load_rules():
    rows = {}
    with open(RULES_CSV, newline='') as fh:
        for row in csv.DictReader(fh):
            rows[row['jurisdiction'].strip()] = row
    return rows


def rule_for(jur, rows):
    key = 'United States (federal)' if jur == 'US' else STATES[jur.split('-')[1]]
    row = rows[key]
    num = lambda s: int(s) if s and s.strip().isdigit() else None
    return {'response': (num(row['response_days']), row['day_type'].strip()),
            'extension': (num(row['extension_days']), (row['extension_day_type'] or row['day_type']).strip()),
            'appeal': num(row['appeal_days'])}


_hol = {}


def hol(jur):
    if jur not in _hol:
        sub = None if jur == 'US' else jur.split('-')[1]
        _hol[jur] = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
    return _hol[jur]


def is_business(d, jur):
    return d.weekday() < 5 and d not in hol(jur)


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


def add_days(d, n, day_type, jur):
    if day_type == 'business':
        return add_business(d, n, jur)
    return roll_forward(d + dt.timedelta(days=n), jur)


def message_date(fname):
    with open(HERE / 'messages' / fname, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def compute():
    rows = load_rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due, labels = {}, []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f['request']
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        rule = rule_for(jur, rows) if rid else None
        clock = f.get('clock')
        if clock:
            n, kind = rule['response']
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                rec = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock[9:])
                if n:
                    due[rid] = add_days(rec, n, kind, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                en, ekind = rule['extension']
                if en:
                    cur = due.get(rid) or add_days(reqs[rid]['sent'], n, kind, jur)
                    due[rid] = add_days(cur, en, ekind, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            days = rule['appeal']
            lab['appeal_due'] = (roll_forward(message_date(f['file']) + dt.timedelta(days=days), jur)
                                 if days else None)
        if f.get('estimated'):
            e = f['estimated']
            lab['estimated'] = e if isinstance(e, dt.date) else dt.date.fromisoformat(str(e))
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
            sys.exit(1)
        print('labels.yaml OK (%d entries)' % len(labels))
        return
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out.name, len(labels)))


if __name__ == '__main__':
    main()
