#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, with the rules table.

    python compute_labels.py                      # write labels.yaml
    python compute_labels.py --check              # recompute and compare with the existing labels.yaml
    python compute_labels.py --rules PATH         # rules table (default ../shared/rules/jurisdictions.csv beside the repository)

Only due / appeal_due are computed; everything else is copied from facts.yaml.

Rules (columns response_days, day_type, extension_days, extension_day_type, appeal_days of the rules table):
  - acknowledgment clock (received_on_sent_date / received:DATE): due = response_days after the received date.
    No response_days (Florida, Ohio: "promptly") -> no due.
  - extension clock: due = extension_days after the current due (or after the sent-date due if no earlier message
    set one). No extension_days (Texas, Georgia, Florida, Ohio) -> no due (the message's estimated date only).
  - "N business days after D" = the N-th business day strictly after D (numpy.busday_offset, roll='backward');
    business days exclude Saturdays, Sundays and holidays.country_holidays('US', subdiv=<state>) (federal: no subdiv).
    Calendar-day results that fall on a weekend/holiday roll forward to the next business day.
  - adverse_determination: appeal_due = appeal_days calendar days after the message's Date: (local date), rolled
    forward; if the table gives no appeal days, appeal_due = null.
Requires: pip install holidays numpy pyyaml
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
DEFAULT_RULES = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
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
_hcache = {}


def load_rules(path):
    rows = {}
    with open(path, newline='', encoding='utf-8') as fh:
        for r in csv.DictReader(fh):
            rows[r['jurisdiction'].strip()] = r
    return rows


def rule_for(rows, jur):
    name = 'United States (federal)' if jur == 'US' else STATES[jur.split('-')[1]]
    r = rows[name]

    def num(k):
        v = (r.get(k) or '').strip()
        return int(v) if v else None

    def unit(k):
        v = (r.get(k) or '').strip().lower()
        return {'business': 'bd', 'calendar': 'cd'}.get(v)
    initial = (unit('day_type'), num('response_days')) if num('response_days') and unit('day_type') else None
    ext = (unit('extension_day_type') or unit('day_type'), num('extension_days')) if num('extension_days') else None
    return initial, ext, num('appeal_days')


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


def compute(rules_path=DEFAULT_RULES):
    rows = load_rules(rules_path)
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    agencies = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due = {}
    labels = []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = agencies[reqs[rid]['agency']]['jurisdiction'] if rid else None
        initial, ext, appeal = rule_for(rows, jur) if jur else (None, None, None)
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if initial:
                    due[rid] = apply(initial, received, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if ext:
                    cur = due.get(rid) or (apply(initial, reqs[rid]['sent'], jur) if initial else None)
                    if cur:
                        due[rid] = apply(ext, cur, jur)
                        lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse determination without a request' % f['file'])
            if appeal:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=appeal), jur)
            else:
                lab['appeal_due'] = None
        if f.get('estimated'):
            lab['estimated'] = f['estimated']
        lab['why'] = f['why']
        labels.append(lab)
    return labels


def main():
    rules = DEFAULT_RULES
    if '--rules' in sys.argv:
        rules = Path(sys.argv[sys.argv.index('--rules') + 1])
    labels = compute(rules)
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
