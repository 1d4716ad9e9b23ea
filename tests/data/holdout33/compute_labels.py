#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, using the rules table
../../shared/rules/jurisdictions.csv (beside the repository) (columns response_days, day_type, extension_days, extension_day_type,
appeal_days) and the `holidays` package.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules as applied here (README of the dev corpus + SETBRIEF):
  * initial due = response_days after the received date (the date the message states, else the request's sent
    date); business = the N-th business day strictly after that date (Sat/Sun and the jurisdiction's holidays,
    holidays.country_holidays('US', subdiv=<state>) - no subdiv for US federal); calendar = date + N, rolled
    forward to the next business day if it lands on a weekend/holiday.
  * no response_days in the table (day_type none: ND, MT) -> an acknowledgment sets no due.
  * extension = extension_days on top of the current due (same counting); no extension_days in the table
    (WY, SD) -> the extension sets no due (only `estimated`, if the message states a date).
  * appeal_due (denial / no_records / records_final with withholdings) = Date: of the message + appeal_days
    calendar days, rolled forward to the next business day; no appeal_days in the table -> appeal_due: null.
Requires: pip install holidays numpy pyyaml
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
STATE_NAMES = {'US': 'United States (federal)', 'US-AK': 'Alaska', 'US-WY': 'Wyoming', 'US-MS': 'Mississippi',
               'US-SD': 'South Dakota', 'US-ND': 'North Dakota', 'US-MT': 'Montana'}
_h = {}


def rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(RULES_CSV.open(encoding='utf-8'))}
    out = {}
    for code, name in STATE_NAMES.items():
        r = rows[name]
        num = lambda k: int(r[k]) if r[k].strip() else None
        out[code] = {
            'initial': (r['day_type'], num('response_days')) if num('response_days') and r['day_type'] in ('business', 'calendar') else None,
            'extension': (r['extension_day_type'] or r['day_type'], num('extension_days')) if num('extension_days') else None,
            'appeal': num('appeal_days'),
        }
    return out


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
    return roll_forward(d + dt.timedelta(days=n), jur)


def message_date(path):
    with open(path, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def compute():
    R = rules()
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
            rule = R[jur]
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if rule['initial']:
                    due[rid] = apply(rule['initial'], received, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if rule['extension']:
                    cur = due.get(rid) or (apply(rule['initial'], reqs[rid]['sent'], jur) if rule['initial'] else None)
                    if cur is None:
                        raise SystemExit('%s: extension with no current due' % f['file'])
                    due[rid] = apply(rule['extension'], cur, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse determination without a request' % f['file'])
            if R[jur]['appeal']:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=R[jur]['appeal']), jur)
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
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))


if __name__ == '__main__':
    main()
