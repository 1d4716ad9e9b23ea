#!/usr/bin/env python3
"""Derive labels.yaml from facts.yaml, requests.yaml, agencies.yaml and the rules table.

    python3 compute_labels.py          # write labels.yaml
    python3 compute_labels.py --check  # recompute and compare with labels.yaml (exit 1 on a difference)

Rules come from ../shared/rules/jurisdictions.csv (columns response_days, day_type, extension_days,
extension_day_type, appeal_days), as the set README prescribes:
  - acknowledgment: due = received + response_days (received = the date the letter states, else `sent`)
  - extension: due = current due + extension_days; where the table has no extension_days the extension
    sets no due (the label keeps only the agency's estimated date)
  - adverse determination (denial, no_records, records_final with withholdings): appeal_due = Date: of the
    message + appeal_days calendar days, rolled forward to the next business day; null where the table has
    no appeal_days
  "N business days after D" is the N-th business day strictly after D; business days exclude Saturdays,
  Sundays and the state's public holidays (`holidays`, country US, subdiv = state code; federal: no subdiv).
  Calendar-day deadlines that land on a weekend or holiday roll forward to the next business day.
Requires: holidays, pyyaml.
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import holidays, yaml

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
    rows = {r['jurisdiction'].strip(): r for r in csv.DictReader(RULES_CSV.open(encoding='utf-8'))}
    rules = {}
    for code in ['US'] + ['US-' + s for s in STATES]:
        name = 'United States (federal)' if code == 'US' else STATES[code[3:]]
        r = rows.get(name)
        if r is None:
            continue

        def num(col):
            v = (r.get(col) or '').strip()
            return int(v) if v else None
        resp = (num('response_days'), r['day_type'].strip()) if num('response_days') is not None else None
        ext = (num('extension_days'), (r['extension_day_type'] or r['day_type']).strip()) \
            if num('extension_days') is not None else None
        rules[code] = {'response': resp, 'extension': ext, 'appeal': num('appeal_days')}
    return rules


_hol = {}


def is_business(d, jur):
    if jur not in _hol:
        sub = None if jur == 'US' else jur.split('-')[1]
        _hol[jur] = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
    return d.weekday() < 5 and d not in _hol[jur]


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


def apply(rule, start, jur):
    n, kind = rule
    if kind == 'business':
        return add_business(start, n, jur)
    if kind == 'calendar':
        return roll_forward(start + dt.timedelta(days=n), jur)
    raise SystemExit('%s: day type %r has no count' % (jur, kind))


def message_date(fname):
    with open(HERE / 'messages' / fname, 'rb') as fh:
        m = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(m['Date'])).date()  # the date as written in the header's zone


def compute():
    rules = load_rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due, labels = {}, []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        rule = rules.get(jur) if jur else None
        clock = f.get('clock')
        if clock:
            if rid is None:
                raise SystemExit('%s: clock without a request' % f['file'])
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock[9:])
                if rule['response'] is None:
                    raise SystemExit('%s: %s has no response days' % (f['file'], jur))
                due[rid] = apply(rule['response'], received, jur)
                lab['due'] = due[rid]
            elif clock == 'extension':
                if rule['extension'] is not None:
                    cur = due.get(rid) or apply(rule['response'], reqs[rid]['sent'], jur)
                    due[rid] = apply(rule['extension'], cur, jur)
                    lab['due'] = due[rid]
                # else: no extension days in the table -> no due (estimated only)
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination'):
            if rid is None:
                raise SystemExit('%s: adverse determination without a request' % f['file'])
            days = rule['appeal']
            lab['appeal_due'] = roll_forward(message_date(f['file']) + dt.timedelta(days=days), jur) if days else None
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
                    print('MISMATCH %s\n  have: %s\n  want: %s' % (a.get('file'), a, b))
            if len(old) != len(labels):
                print('MISMATCH count %d != %d' % (len(old), len(labels)))
            sys.exit(1)
        print('labels.yaml OK (%d entries)' % len(labels))
        return
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n'
                   + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))


if __name__ == '__main__':
    main()
