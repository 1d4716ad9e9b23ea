#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, using the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Only `due` and `appeal_due` are computed; everything else is copied from facts.yaml.
Rules come from ../../shared/rules/jurisdictions.csv (the row of each jurisdiction):
  response_days/day_type          initial deadline counted from the date the agency received the request
                                  (the received date the letter states, else our `sent` date)
  extension_days/extension_day_type  added on top of the current due date; if the table gives no extension
                                  days, an extension sets no due (the label keeps only `estimated`)
  appeal_days                     calendar days after the Date: of the adverse determination, rolled forward to
                                  the next business day; no appeal_days in the table -> appeal_due: null
"N business days after D" = numpy.busday_offset(D, N, roll='backward') = N-th business day strictly after D.
Calendar deadlines that land on a weekend or holiday roll forward to the next business day.
Holidays: holidays.country_holidays('US', subdiv=<state code or None for federal>).
Requires: holidays numpy pyyaml.
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
CSV = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
STATE_CODES = {'Kentucky': 'KY', 'Alabama': 'AL', 'Mississippi': 'MS', 'West Virginia': 'WV',
               'Delaware': 'DE', 'Indiana': 'IN'}
_hcache = {}


def load_rules():
    rules = {}
    for row in csv.DictReader(CSV.open(newline='')):
        name = row['jurisdiction']
        if name.startswith('United States'):
            code = 'US'
        elif name in STATE_CODES:
            code = 'US-' + STATE_CODES[name]
        else:
            continue
        unit = {'business': 'bd', 'calendar': 'cd'}
        initial = (unit[row['day_type']], int(row['response_days'])) if row['response_days'] else None
        ext = (unit[row['extension_day_type']], int(row['extension_days'])) if row['extension_days'] else None
        appeal = int(row['appeal_days']) if row['appeal_days'] else None
        rules[code] = {'initial': initial, 'ext': ext, 'appeal': appeal}
    return rules


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


def compute():
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
        r = rules[jur] if jur else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = apply(r['initial'], received, jur)
                lab['due'] = due[rid]
            elif clock == 'extension':
                if r['ext'] is not None:
                    cur = due.get(rid) or apply(r['initial'], reqs[rid]['sent'], jur)
                    due[rid] = apply(r['ext'], cur, jur)
                    lab['due'] = due[rid]
                # no extension days in the table: the extension sets no due (estimated only)
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse determination without a request' % f['file'])
            if r['appeal'] is None:
                lab['appeal_due'] = None
            else:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=r['appeal']), jur)
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
