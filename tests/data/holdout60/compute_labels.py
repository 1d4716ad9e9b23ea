#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, using the shared rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Only `due` and `appeal_due` are computed; everything else is copied from facts.yaml.
Rules come from ../../shared/rules/jurisdictions.csv (columns response_days, day_type, extension_days,
extension_day_type, appeal_days), per the dev README:
  - "N business days after D" = the N-th business day strictly after D (numpy.busday_offset, roll='backward'),
    business days excluding Sat/Sun and holidays.country_holidays('US', subdiv=<state>) (no subdiv for US).
  - "N calendar days after D" = D + N, rolled forward to the next business day if it is a weekend/holiday.
  - acknowledgment: due = response rule applied to the received date (stated date, else `sent`).
    No response_days in the table (day_type none: AZ, MT) -> no due.
  - extension: due = extension rule applied to the current due. No extension_days (NM, UT, WY) -> no due.
  - adverse determination: appeal_due = message Date: + appeal_days calendar days, rolled forward;
    no appeal_days in the table (CO, NM, AZ, WY, MT) -> appeal_due: null.
Requires: holidays, numpy, pyyaml.
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
NAMES = {'US': 'United States (federal)', 'US-CO': 'Colorado', 'US-NM': 'New Mexico', 'US-AZ': 'Arizona',
         'US-UT': 'Utah', 'US-ID': 'Idaho', 'US-WY': 'Wyoming', 'US-MT': 'Montana'}
_hcache = {}


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(RULES_CSV, encoding='utf-8'))}
    rules = {}
    for code, name in NAMES.items():
        r = rows[name]
        unit = {'business': 'bd', 'calendar': 'cd'}
        resp = (unit[r['day_type']], int(r['response_days'])) if r['response_days'] and r['day_type'] in unit else None
        ext = (unit[r['extension_day_type'] or r['day_type']], int(r['extension_days'])) if r['extension_days'] else None
        app = int(r['appeal_days']) if r['appeal_days'] else None
        rules[code] = (resp, ext, app)
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
    return add_business(d, n, jur) if unit == 'bd' else roll_forward(d + dt.timedelta(days=n), jur)


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
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            resp, ext, _ = rules[jur]
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if resp:
                    due[rid] = apply(resp, received, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if ext and resp:
                    cur = due.get(rid) or apply(resp, reqs[rid]['sent'], jur)
                    due[rid] = apply(ext, cur, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            app = rules[jur][2]
            lab['appeal_due'] = roll_forward(message_date(HERE / 'messages' / f['file']) + dt.timedelta(days=app), jur) if app else None
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
