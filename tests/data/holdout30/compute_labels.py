#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, with the deadline numbers read from
the shared rules table ../../shared/rules/jurisdictions.csv (columns response_days, day_type, extension_days,
extension_day_type, appeal_days).

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules (only due / appeal_due are computed; everything else is copied from facts.yaml):
  acknowledgment clock  received date (the request's `sent`, or the date the message says the agency received it)
                        + response_days (business or calendar); no due if the row has no response_days.
  extension clock       current due + extension_days (business or calendar); no due if the row has none
                        (the message's stated date is kept as `estimated`).
  appeal_due            for adverse determinations: Date: of the message + appeal_days calendar days, rolled
                        forward to the next business day; null if the row has no appeal_days.
"N business days after D" = numpy.busday_offset(D, N, roll='backward', holidays=...), i.e. the N-th business day
strictly after D. Calendar deadlines that land on a weekend/holiday roll forward to the next business day.
Holidays: holidays.country_holidays('US', subdiv=<state code>) for state rows, subdiv=None for US.
Requires: pip install holidays numpy pyyaml
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
TABLE = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
if not TABLE.exists():
    TABLE = HERE.parent.parent / 'shared' / 'rules' / 'jurisdictions.csv'
STATES = {
    'AL': 'Alabama', 'AK': 'Alaska', 'AZ': 'Arizona', 'AR': 'Arkansas', 'CA': 'California', 'CO': 'Colorado',
    'CT': 'Connecticut', 'DE': 'Delaware', 'DC': 'District of Columbia', 'FL': 'Florida', 'GA': 'Georgia',
    'HI': 'Hawaii', 'ID': 'Idaho', 'IL': 'Illinois', 'IN': 'Indiana', 'IA': 'Iowa', 'KS': 'Kansas', 'KY': 'Kentucky',
    'LA': 'Louisiana', 'ME': 'Maine', 'MD': 'Maryland', 'MA': 'Massachusetts', 'MI': 'Michigan', 'MN': 'Minnesota',
    'MS': 'Mississippi', 'MO': 'Missouri', 'MT': 'Montana', 'NE': 'Nebraska', 'NV': 'Nevada', 'NH': 'New Hampshire',
    'NJ': 'New Jersey', 'NM': 'New Mexico', 'NY': 'New York', 'NC': 'North Carolina', 'ND': 'North Dakota',
    'OH': 'Ohio', 'OK': 'Oklahoma', 'OR': 'Oregon', 'PA': 'Pennsylvania', 'RI': 'Rhode Island',
    'SC': 'South Carolina', 'SD': 'South Dakota', 'TN': 'Tennessee', 'TX': 'Texas', 'UT': 'Utah', 'VT': 'Vermont',
    'VA': 'Virginia', 'WA': 'Washington', 'WV': 'West Virginia', 'WI': 'Wisconsin', 'WY': 'Wyoming'}
_rows = None
_hcache = {}


def rule(jur):
    """(initial, extension, appeal_days) for a jurisdiction code; initial/extension are (unit, n) or None"""
    global _rows
    if _rows is None:
        with open(TABLE, newline='') as fh:
            _rows = {r['jurisdiction']: r for r in csv.DictReader(fh)}
    name = 'United States (federal)' if jur == 'US' else STATES[jur.split('-')[1]]
    r = _rows[name]

    def clock(n, t):
        if not n.strip():
            return None
        return ('bd' if t.strip() == 'business' else 'cd', int(n))
    initial = clock(r['response_days'], r['day_type'])
    ext = clock(r['extension_days'], r['extension_day_type'] or r['day_type'])
    appeal = int(r['appeal_days']) if r['appeal_days'].strip() else None
    return initial, ext, appeal


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


def apply(r, d, jur):
    unit, n = r
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
    due = {}  # request id -> current statutory due date
    labels = []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        clock = f.get('clock')
        jur = agencies[reqs[rid]['agency']]['jurisdiction'] if rid else None
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            initial, ext, _ = rule(jur)
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if initial:
                    due[rid] = apply(initial, received, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if ext:
                    cur = due.get(rid) or (apply(initial, reqs[rid]['sent'], jur) if initial else None)
                    if cur is None:
                        raise SystemExit('%s: extension without a current due date' % f['file'])
                    due[rid] = apply(ext, cur, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            appeal = rule(jur)[2]
            if appeal is None:
                lab['appeal_due'] = None
            else:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=appeal), jur)
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
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))


if __name__ == '__main__':
    main()
