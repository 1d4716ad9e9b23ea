#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml and the rules table.

    python3 compute_labels.py          # write labels.yaml
    python3 compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules come from the rules table jurisdictions.csv (columns response_days, day_type, extension_days,
extension_day_type, appeal_days), looked up by the state named in the agency's jurisdiction (US-MO -> Missouri).
  - acknowledgment with clock received_on_sent_date / received:DATE: due = response_days after the received date
    (business: N-th business day strictly after the date; calendar: date + N, rolled forward to a business day).
    If day_type is none (no number) the message sets no due.
  - extension: due = current due + extension_days; if the table has no extension days, no due (estimated only).
  - adverse_determination: appeal_due = message Date + appeal_days calendar days, rolled forward to a business day;
    appeal_due: null if the table gives no appeal days.
Business days exclude Sat/Sun and holidays.country_holidays('US', subdiv=<state>) (federal: no subdivision).
Requires: holidays, numpy, pyyaml.
"""
import csv, os, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
TABLE = Path(os.environ.get('RULES_CSV', Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'))
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
    rows = {r['jurisdiction']: r for r in csv.DictReader(TABLE.open(newline='', encoding='utf-8'))}
    def num(s):
        return int(s) if s and s.strip() else None
    rules = {}
    for code, name in list(STATES.items()) + [('US', None)]:
        r = rows['United States (federal)'] if code == 'US' else rows[name]
        jur = 'US' if code == 'US' else 'US-' + code
        rules[jur] = {'initial': (r['day_type'], num(r['response_days'])) if num(r['response_days']) else None,
                      'ext': (r['extension_day_type'] or r['day_type'], num(r['extension_days'])) if num(r['extension_days']) else None,
                      'appeal': num(r['appeal_days'])}
    return rules


_h = {}
def hols(jur):
    if jur not in _h:
        sub = None if jur == 'US' else jur.split('-')[1]
        h = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
        _h[jur] = np.array(sorted(h.keys()), dtype='datetime64[D]')
    return _h[jur]


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
    raise SystemExit('unknown day type %r' % unit)


def message_date(path):
    with open(path, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def compute():
    rules = load_rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    agencies = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due, labels = {}, []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = agencies[reqs[rid]['agency']]['jurisdiction'] if rid else None
        rule = rules[jur] if jur else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock without request' % f['file'])
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if rule['initial']:
                    due[rid] = apply(rule['initial'], received, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if rule['ext']:
                    cur = due.get(rid) or (apply(rule['initial'], reqs[rid]['sent'], jur) if rule['initial'] else None)
                    if cur is None:
                        raise SystemExit('%s: extension with no base due' % f['file'])
                    due[rid] = apply(rule['ext'], cur, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            if rule['appeal']:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=rule['appeal']), jur)
            else:
                lab['appeal_due'] = None
        if f.get('estimated'):
            lab['estimated'] = dt.date.fromisoformat(str(f['estimated']))
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
