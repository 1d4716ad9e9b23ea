#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml and the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml
    python compute_labels.py --explain  # print how every date label was reached

Rules come from ../shared/rules/jurisdictions.csv (columns response_days, day_type, extension_days,
extension_day_type, appeal_days), applied as the dev README says:
  * acknowledgment with a stated received date (clock received:YYYY-MM-DD) or received on the sent date
    (clock received_on_sent_date): due = received + response_days.
  * extension (clock extension): due = current due (or, if no earlier message set one, sent + response_days)
    + extension_days. No extension_days in the table -> the extension sets no due (estimated only).
  * no response_days in the table -> an acknowledgment sets no due.
  * adverse determination (denial / no_records / records_final with withholdings): appeal_due = Date: of the
    message + appeal_days calendar days, rolled forward to the next business day; no appeal_days -> null.
"N business days after D" is the N-th business day strictly after D. Business days exclude Saturdays, Sundays
and holidays from the `holidays` package: country US with no subdivision for federal requests, subdiv = the
state code for state requests. Calendar deadlines landing on a weekend or holiday roll forward.
Requires: holidays, pyyaml.
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
STATE_NAMES = {
    'AL': 'Alabama', 'AK': 'Alaska', 'AZ': 'Arizona', 'AR': 'Arkansas', 'CA': 'California', 'CO': 'Colorado',
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
    rows = {r['jurisdiction']: r for r in csv.DictReader(RULES_CSV.open(newline='', encoding='utf-8'))}
    out = {}
    for code in ['US'] + ['US-' + s for s in STATE_NAMES]:
        name = 'United States (federal)' if code == 'US' else STATE_NAMES[code[3:]]
        r = rows.get(name)
        if not r:
            continue
        def rule(n, t):
            if not n.strip():
                return None
            return ('bd' if t.strip() == 'business' else 'cd', int(n))
        out[code] = {
            'initial': rule(r['response_days'], r['day_type']),
            'extension': rule(r['extension_days'], r['extension_day_type'] or r['day_type']),
            'appeal': int(r['appeal_days']) if r['appeal_days'].strip() else None,
        }
    return out


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
    unit, n = rule
    if unit == 'bd':
        return add_business(d, n, jur)
    return roll_forward(d + dt.timedelta(days=n), jur)


def message_date(path):
    with open(path, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def compute(explain=False):
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
        rl = rules.get(jur) if jur else None
        clock = f.get('clock')
        note = ''
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if rl['initial']:
                    due[rid] = apply(rl['initial'], received, jur)
                    lab['due'] = due[rid]
                    note = 'received %s + %s %s (%s) -> %s' % (received, rl['initial'][1], rl['initial'][0], jur, due[rid])
                else:
                    note = '%s sets no response days -> no due' % jur
            elif clock == 'extension':
                if rl['extension'] and (due.get(rid) or rl['initial']):
                    cur = due.get(rid) or apply(rl['initial'], reqs[rid]['sent'], jur)
                    due[rid] = apply(rl['extension'], cur, jur)
                    lab['due'] = due[rid]
                    note = 'current due %s + %s %s (%s) -> %s' % (cur, rl['extension'][1], rl['extension'][0], jur, due[rid])
                else:
                    note = '%s has no extension days -> no due (estimated only)' % jur
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            if rl['appeal']:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=rl['appeal']), jur)
                note += ' appeal: %s + %d cd (%s) -> %s' % (d, rl['appeal'], jur, lab['appeal_due'])
            else:
                lab['appeal_due'] = None
                note += ' appeal: %s has no appeal days -> null' % jur
        if f.get('estimated'):
            lab['estimated'] = dt.date.fromisoformat(str(f['estimated']))
        lab['why'] = f['why']
        labels.append(lab)
        if explain and note:
            print('%-48s %s' % (f['file'], note.strip()))
    return labels


def main():
    labels = compute('--explain' in sys.argv)
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
    if '--explain' in sys.argv:
        return
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))


if __name__ == '__main__':
    main()
