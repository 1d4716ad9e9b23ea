#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml and the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules come from the rules table jurisdictions.csv (columns response_days, day_type, extension_days,
extension_day_type, appeal_days), read from ../../shared/rules/ (beside the repository) (or $RULES_CSV); rules_snapshot.csv in
this folder is a copy of the rows used, read only when the shared table is not there.

  due, acknowledgment (clock received_on_sent_date | received:DATE): response_days after the receipt date.
      A jurisdiction whose day_type is none (Florida) sets no due.
  due, extension (clock extension): extension_days on top of the request's current due date (the due
      from the sent date if no earlier message set one). A jurisdiction with no extension_days sets no due.
  appeal_due (adverse_determination): appeal_days calendar days after the Date: of the message, rolled
      forward to the next business day; null where the table gives no appeal_days.
  "N business days after D" = numpy.busday_offset(D, N, roll='backward'), the N-th business day strictly
  after D; calendar deadlines landing on a weekend or holiday roll forward to the next business day.
  Holidays: holidays.country_holidays('US', subdiv=<state code, none for US>).
Requires: pip install holidays numpy pyyaml
"""
import os, sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
ROW_NAME = {'US': 'United States (federal)', 'US-LA': 'Louisiana', 'US-MS': 'Mississippi', 'US-AL': 'Alabama',
            'US-TX': 'Texas', 'US-FL': 'Florida'}
_hcache = {}


def rules_table():
    cands = [os.environ.get('RULES_CSV'), str(HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'),
             str(HERE / 'rules_snapshot.csv')]
    for c in cands:
        if c and Path(c).exists():
            with open(c, newline='') as fh:
                return {r['jurisdiction']: r for r in csv.DictReader(fh)}, c
    raise SystemExit('rules table not found')


def rule(jur, table):
    r = table[ROW_NAME[jur]]
    unit = {'business': 'bd', 'calendar': 'cd'}

    def num(k):
        return int(r[k]) if r[k].strip() else None
    initial = (unit[r['day_type']], num('response_days')) if r['day_type'] in unit and num('response_days') else None
    ext = (unit.get(r['extension_day_type'], 'bd'), num('extension_days')) if num('extension_days') else None
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
    table, _ = rules_table()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    agencies = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due = {}
    labels = []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = agencies[reqs[rid]['agency']]['jurisdiction'] if rid else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            initial, ext, _ = rule(jur, table)
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
        if f.get('adverse_determination') and rid:
            _, _, appeal = rule(jur, table)
            if appeal:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=appeal), jur)
            else:
                lab['appeal_due'] = None
        if f.get('estimated'):
            lab['estimated'] = f['estimated'] if isinstance(f['estimated'], dt.date) else dt.date.fromisoformat(str(f['estimated']))
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
    print('wrote %s (%d entries), rules from %s' % (out, len(labels), rules_table()[1]))


if __name__ == '__main__':
    main()
