#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, with every deadline taken from the
rules table (shared/rules/jurisdictions.csv) and holidays from the `holidays` package.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules (README "Deadline rules used for labels", numbers read from the table's columns):
  response_days/day_type          clock from the received date (the date an acknowledgment states, else `sent`);
                                  day_type none -> no due at all (Arizona).
  extension_days/extension_day_type  added on top of the current due date; empty -> an extension sets no due
                                  (the message keeps only its estimated date).
  appeal_days                     days after the Date: of an adverse message (denial, no_records,
                                  records_final with withholdings), rolled forward to a business day;
                                  empty -> appeal_due: null.
"N business days after D" = the N-th business day strictly after D (weekends and the jurisdiction's holidays
excluded: holidays.country_holidays('US', subdiv=<state>) or the federal list for US). A calendar-day deadline
that lands on a weekend or holiday rolls forward to the next business day.
Requires: pip install holidays pyyaml
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import holidays, yaml

HERE = Path(__file__).resolve().parent
TABLE_CANDIDATES = [HERE.parent.parent / 'shared' / 'rules' / 'jurisdictions.csv',
                    HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv']
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


def load_table():
    for p in TABLE_CANDIDATES:
        if p.exists():
            with open(p, newline='', encoding='utf-8') as fh:
                return {row['jurisdiction']: row for row in csv.DictReader(fh)}
    raise SystemExit('rules table jurisdictions.csv not found')


TABLE = load_table()


def rule(jur):
    name = 'United States (federal)' if jur == 'US' else STATES[jur.split('-')[1]]
    row = TABLE[name]
    num = lambda s: int(s) if s and s.strip() else None
    return {
        'response': (num(row['response_days']), row['day_type']) if row['day_type'] in ('business', 'calendar') and num(row['response_days']) else None,
        'extension': (num(row['extension_days']), row['extension_day_type'] or row['day_type']) if num(row['extension_days']) else None,
        'appeal': num(row['appeal_days']),
    }


_h = {}


def hols(jur):
    if jur not in _h:
        sub = None if jur == 'US' else jur.split('-')[1]
        _h[jur] = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
    return _h[jur]


def is_bd(d, jur):
    return d.weekday() < 5 and d not in hols(jur)


def add_business(d, n, jur):
    while n > 0:
        d += dt.timedelta(days=1)
        if is_bd(d, jur):
            n -= 1
    return d


def roll_forward(d, jur):
    while not is_bd(d, jur):
        d += dt.timedelta(days=1)
    return d


def apply(r, d, jur):
    n, unit = r
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
        r = rule(jur) if jur else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock without request' % f['file'])
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if r['response']:
                    due[rid] = apply(r['response'], received, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if r['extension']:
                    cur = due.get(rid)
                    if cur is None and r['response']:
                        cur = apply(r['response'], reqs[rid]['sent'], jur)
                    if cur is not None:
                        due[rid] = apply(r['extension'], cur, jur)
                        lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse') and rid:
            if r['appeal']:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=r['appeal']), jur)
            else:
                lab['appeal_due'] = None
        if f.get('estimated'):
            e = f['estimated']
            lab['estimated'] = e if isinstance(e, dt.date) else dt.date.fromisoformat(e)
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
