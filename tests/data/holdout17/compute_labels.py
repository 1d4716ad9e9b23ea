#!/usr/bin/env python3
"""Compute labels.yaml for this set from facts.yaml, requests.yaml, agencies.yaml and the shared rules table.

    python compute_labels.py            # (re)write labels.yaml
    python compute_labels.py --check    # recompute and compare with labels.yaml; exit 1 on any difference
    python compute_labels.py --explain  # also print how each date was reached

Rules (taken from ../../shared/rules/jurisdictions.csv, columns response_days, day_type, extension_days,
extension_day_type, appeal_days; the README of the dev corpus states the same conventions):
  * acknowledgment with clock received:D -> due = D + response_days. Business days: the N-th business day
    after D (D itself is day 0). Calendar days: D + N, rolled forward to the next business day if it falls on a
    weekend or holiday.
  * extension -> due = current due + extension_days (same counting). If the table has no extension days for the
    jurisdiction, the message sets no due (only the agency's own estimate is labelled).
  * appeal: true -> appeal_due = Date: of the message (its own local date) + appeal_days calendar days, rolled
    forward to the next business day; null when the table has no appeal days.
  * holidays: `holidays` package, country US; subdiv = the state for state jurisdictions, none for federal.
Requires holidays and PyYAML (e.g. the project's .venv/bin/python, or pip install --user holidays pyyaml).
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/

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
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(RULES_CSV, newline='', encoding='utf-8'))}

    def num(s):
        s = (s or '').strip()
        return int(s) if s else None

    def rule_for(code):
        name = 'United States (federal)' if code == 'US' else STATES[code.split('-')[1]]
        r = rows[name]
        return {
            'response': (num(r['response_days']), r['day_type'].strip()),
            'extension': (num(r['extension_days']), (r['extension_day_type'] or '').strip()),
            'appeal_days': num(r['appeal_days']),
        }
    return rule_for


class Calendar:
    def __init__(self, jur):
        sub = None if jur == 'US' else jur.split('-')[1]
        self.h = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2030))

    def business(self, d):
        return d.weekday() < 5 and d not in self.h

    def add_business(self, d, n):
        while n > 0:
            d += dt.timedelta(days=1)
            if self.business(d):
                n -= 1
        return d

    def roll(self, d):
        while not self.business(d):
            d += dt.timedelta(days=1)
        return d

    def add(self, d, n, kind):
        if kind == 'business':
            return self.add_business(d, n)
        if kind == 'calendar':
            return self.roll(d + dt.timedelta(days=n))
        raise ValueError('no day type %r' % kind)


def msg_date(path):
    with open(path, 'rb') as fh:
        m = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(m['Date'])).date()


def compute(explain=False):
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    agencies = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    rule_for = load_rules()
    due = {}
    out = []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        note = ''
        if rid:
            jur = agencies[reqs[rid]['agency']]['jurisdiction']
            rule, cal = rule_for(jur), Calendar(jur)
        clock = f.get('clock')
        if clock:
            if clock.startswith('received:'):
                received = dt.date.fromisoformat(clock.split(':', 1)[1])
                n, kind = rule['response']
                due[rid] = cal.add(received, n, kind)
                lab['due'] = due[rid]
                note = f'{jur}: received {received} + {n} {kind} -> {due[rid]}'
            elif clock == 'extension':
                n, kind = rule['extension']
                if n is None:
                    note = f'{jur}: table has no extension days -> no due'
                else:
                    cur = due.get(rid) or cal.add(reqs[rid]['sent'], *rule['response'])
                    due[rid] = cal.add(cur, n, kind)
                    lab['due'] = due[rid]
                    note = f'{jur}: current due {cur} + {n} {kind} -> {due[rid]}'
            else:
                raise SystemExit(f"{f['file']}: unknown clock {clock!r}")
        if f.get('appeal'):
            days = rule['appeal_days']
            if days is None:
                lab['appeal_due'] = None
                note += f' | {jur}: no appeal days -> appeal_due null'
            else:
                d0 = msg_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = cal.roll(d0 + dt.timedelta(days=days))
                note += f' | {jur}: {d0} + {days} calendar -> {lab["appeal_due"]}'
        if f.get('estimated'):
            lab['estimated'] = f['estimated']
        lab['why'] = f['why']
        out.append(lab)
        if explain and note:
            print(f"{f['file']}: {note}")
    return out


def main():
    labels = compute(explain='--explain' in sys.argv)
    path = HERE / 'labels.yaml'
    if '--check' in sys.argv:
        have = yaml.safe_load(path.read_text())
        if have != labels:
            for a, b in zip(have, labels):
                if a != b:
                    print('MISMATCH', a.get('file'), '\n  have:', a, '\n  want:', b)
            if len(have) != len(labels):
                print('MISMATCH: %d labels, %d computed' % (len(have), len(labels)))
            sys.exit(1)
        print('labels.yaml matches compute_labels.py (%d entries)' % len(labels))
        return
    path.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                    yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (path, len(labels)))


if __name__ == '__main__':
    main()
