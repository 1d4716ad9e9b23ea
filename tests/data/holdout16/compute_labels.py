#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml and the shared rules table.

    python compute_labels.py                 # write labels.yaml
    python compute_labels.py --check         # recompute and compare with the existing labels.yaml
    python compute_labels.py --rules FILE    # use another copy of jurisdictions.csv

Only `due` and `appeal_due` are computed; everything else is copied from facts.yaml.

Rules (read from the rules table, columns response_days, day_type, extension_days, extension_day_type,
appeal_days; the row is chosen by the agency's jurisdiction code):
  - acknowledgment (clock: received_on_sent_date | received:DATE): due = response_days after the day of
    receipt (the received date the letter states, else the request's sent date). No response_days (e.g.
    Oklahoma) -> no due.
  - extension (clock: extension): due = extension_days on top of the current due (or of the due computed from
    the sent date if no acknowledgment was seen). No extension_days (SD, NV, UT, NM, OK) -> no due; the
    stated date is only `estimated`.
  - adverse determination (denial / no_records / records_final with withholdings): appeal_due = appeal_days
    calendar days after the Date: of the message, rolled forward to the next business day; no appeal_days ->
    appeal_due: null.
"N business days after D" = the N-th business day strictly after D. Business days exclude Saturdays, Sundays
and holidays.country_holidays('US', subdiv=<state code or None for federal>). Calendar-day deadlines that land
on a weekend or holiday roll forward to the next business day.
Requires: holidays, PyYAML.
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import holidays, yaml

HERE = Path(__file__).resolve().parent
DEFAULT_RULES = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
STATE_NAMES = {
    'AL': 'Alabama', 'AK': 'Alaska', 'AZ': 'Arizona', 'AR': 'Arkansas', 'CA': 'California', 'CO': 'Colorado',
    'CT': 'Connecticut', 'DE': 'Delaware', 'DC': 'District of Columbia', 'FL': 'Florida', 'GA': 'Georgia',
    'HI': 'Hawaii', 'ID': 'Idaho', 'IL': 'Illinois', 'IN': 'Indiana', 'IA': 'Iowa', 'KS': 'Kansas',
    'KY': 'Kentucky', 'LA': 'Louisiana', 'ME': 'Maine', 'MD': 'Maryland', 'MA': 'Massachusetts', 'MI': 'Michigan',
    'MN': 'Minnesota', 'MS': 'Mississippi', 'MO': 'Missouri', 'MT': 'Montana', 'NE': 'Nebraska', 'NV': 'Nevada',
    'NH': 'New Hampshire', 'NJ': 'New Jersey', 'NM': 'New Mexico', 'NY': 'New York', 'NC': 'North Carolina',
    'ND': 'North Dakota', 'OH': 'Ohio', 'OK': 'Oklahoma', 'OR': 'Oregon', 'PA': 'Pennsylvania',
    'RI': 'Rhode Island', 'SC': 'South Carolina', 'SD': 'South Dakota', 'TN': 'Tennessee', 'TX': 'Texas',
    'UT': 'Utah', 'VT': 'Vermont', 'VA': 'Virginia', 'WA': 'Washington', 'WV': 'West Virginia',
    'WI': 'Wisconsin', 'WY': 'Wyoming',
}


def load_rules(path):
    rows = {}
    with open(path, newline='', encoding='utf-8') as fh:
        for r in csv.DictReader(fh):
            rows[r['jurisdiction'].strip()] = r
    return rows


def rule_for(rules, jur):
    if jur == 'US':
        row = next(v for k, v in rules.items() if k.startswith('United States'))
    else:
        row = rules[STATE_NAMES[jur.split('-')[1]]]

    def num(col):
        v = (row.get(col) or '').strip()
        return int(v) if v else None

    resp = (num('response_days'), (row.get('day_type') or '').strip())
    ext = (num('extension_days'), (row.get('extension_day_type') or '').strip() or (row.get('day_type') or '').strip())
    return {'response': resp if resp[0] else None, 'extension': ext if ext[0] else None,
            'appeal_days': num('appeal_days')}


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
    n, unit = rule
    if unit == 'business':
        return add_business(d, n, jur)
    if unit == 'calendar':
        return roll_forward(d + dt.timedelta(days=n), jur)
    raise SystemExit('unknown day type %r for %s' % (unit, jur))


def message_date(path):
    with open(path, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def compute(rules_path):
    rules = load_rules(rules_path)
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    agencies = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due = {}
    labels = []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = agencies[reqs[rid]['agency']]['jurisdiction'] if rid else None
        rule = rule_for(rules, jur) if rid else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if rule['response']:
                    due[rid] = apply(rule['response'], received, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if rule['extension']:
                    cur = due.get(rid)
                    if cur is None and rule['response']:
                        cur = apply(rule['response'], reqs[rid]['sent'], jur)
                    if cur is not None:
                        due[rid] = apply(rule['extension'], cur, jur)
                        lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            if rule['appeal_days']:
                d = f.get('determination_date') or message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=rule['appeal_days']), jur)
            else:
                lab['appeal_due'] = None
        if f.get('estimated'):
            lab['estimated'] = f['estimated']
        lab['why'] = f['why']
        labels.append(lab)
    return labels


def main():
    rules_path = DEFAULT_RULES
    if '--rules' in sys.argv:
        rules_path = Path(sys.argv[sys.argv.index('--rules') + 1])
    labels = compute(rules_path)
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
