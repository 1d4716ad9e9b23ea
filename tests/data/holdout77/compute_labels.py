#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, with deadline numbers read from
../shared/rules/jurisdictions.csv (response_days, day_type, extension_days, extension_day_type, appeal_days).

    python3 compute_labels.py          # write labels.yaml
    python3 compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules (per the dev README):
  * acknowledgment (clock received_on_sent_date / received:DATE): due = response_days after the received date.
  * extension (clock extension): due = extension_days on top of the current due date (or of the initial due
    computed from `sent` when no acknowledgment set one). No extension_days in the table -> no due is set
    (the message keeps only its estimated date).
  * "N business days after D" = the N-th business day strictly after D (numpy.busday_offset, roll='backward').
    Calendar-day deadlines that land on a weekend/holiday roll forward to the next business day.
    Holidays: holidays.country_holidays('US', subdiv=<state code>, or none for federal).
  * appeal_due (facts adverse_determination: true): appeal_days after the Date: header of the message,
    calendar days rolled forward; appeal_days empty in the table -> appeal_due: null.
    Exception: Pennsylvania's 15 appeal days are BUSINESS days (65 P.S. 67.1101(a)(1), as the table's notes
    say); the table has no appeal day-type column, so this is set in APPEAL_DAY_TYPE below.
Requires: holidays, numpy, pyyaml.
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
STATE = {'AL': 'Alabama', 'AK': 'Alaska', 'AZ': 'Arizona', 'AR': 'Arkansas', 'CA': 'California', 'CO': 'Colorado',
         'CT': 'Connecticut', 'DE': 'Delaware', 'DC': 'District of Columbia', 'FL': 'Florida', 'GA': 'Georgia',
         'HI': 'Hawaii', 'ID': 'Idaho', 'IL': 'Illinois', 'IN': 'Indiana', 'IA': 'Iowa', 'KS': 'Kansas',
         'KY': 'Kentucky', 'LA': 'Louisiana', 'ME': 'Maine', 'MD': 'Maryland', 'MA': 'Massachusetts',
         'MI': 'Michigan', 'MN': 'Minnesota', 'MS': 'Mississippi', 'MO': 'Missouri', 'MT': 'Montana',
         'NE': 'Nebraska', 'NV': 'Nevada', 'NH': 'New Hampshire', 'NJ': 'New Jersey', 'NM': 'New Mexico',
         'NY': 'New York', 'NC': 'North Carolina', 'ND': 'North Dakota', 'OH': 'Ohio', 'OK': 'Oklahoma',
         'OR': 'Oregon', 'PA': 'Pennsylvania', 'RI': 'Rhode Island', 'SC': 'South Carolina', 'SD': 'South Dakota',
         'TN': 'Tennessee', 'TX': 'Texas', 'UT': 'Utah', 'VT': 'Vermont', 'VA': 'Virginia', 'WA': 'Washington',
         'WV': 'West Virginia', 'WI': 'Wisconsin', 'WY': 'Wyoming'}
APPEAL_DAY_TYPE = {'US-PA': 'business'}
_hcache, _rules = {}, {}


def rules(jur):
    if not _rules:
        for row in csv.DictReader(RULES_CSV.open()):
            _rules[row['jurisdiction']] = row
    name = 'United States (federal)' if jur == 'US' else STATE[jur.split('-')[1]]
    row = _rules[name]
    num = lambda s: int(s) if s.strip() else None
    return {'resp': (num(row['response_days']), row['day_type']),
            'ext': (num(row['extension_days']), row['extension_day_type'] or row['day_type']),
            'appeal': (num(row['appeal_days']), APPEAL_DAY_TYPE.get(jur, 'calendar'))}


def hols(jur):
    if jur not in _hcache:
        sub = None if jur == 'US' else jur.split('-')[1]
        h = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
        _hcache[jur] = np.array(sorted(h.keys()), dtype='datetime64[D]')
    return _hcache[jur]


def add_days(d, n, unit, jur):
    if unit == 'business':
        return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)
    if unit == 'calendar':
        return np.busday_offset(np.datetime64(d + dt.timedelta(days=n), 'D'), 0, roll='forward',
                                holidays=hols(jur)).astype(dt.date)
    raise SystemExit('unknown day type %r for %s' % (unit, jur))


def message_date(path):
    with open(path, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def compute():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    agencies = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due, labels = {}, []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = agencies[reqs[rid]['agency']]['jurisdiction'] if rid else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            r = rules(jur)
            (n0, u0), (ne, ue) = r['resp'], r['ext']
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if n0 is None:
                    raise SystemExit('%s: no response period for %s' % (f['file'], jur))
                due[rid] = add_days(received, n0, u0, jur)
                lab['due'] = due[rid]
            elif clock == 'extension':
                if ne is not None:
                    cur = due.get(rid) or add_days(reqs[rid]['sent'], n0, u0, jur)
                    due[rid] = add_days(cur, ne, ue, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            n, unit = rules(jur)['appeal']
            lab['appeal_due'] = add_days(message_date(HERE / 'messages' / f['file']), n, unit, jur) if n else None
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
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))


if __name__ == '__main__':
    main()
