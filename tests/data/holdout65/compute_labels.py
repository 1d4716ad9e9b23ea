#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, using the rules table.

    python compute_labels.py            # write labels.yaml
    python compute_labels.py --check    # recompute and compare with the existing labels.yaml
    python compute_labels.py --rules PATH/jurisdictions.csv

Rules come from the shared rules table (columns response_days, day_type, extension_days,
extension_day_type, appeal_days) for the jurisdictions of this set's agencies (US-CA, US-WA, US-OR):
  - "N business days after D" = the N-th business day strictly after D (numpy.busday_offset, roll
    backward), weekends and that state's holidays (holidays.country_holidays('US', subdiv=STATE)) excluded.
  - "N calendar days after D" = D + N, rolled forward to the next business day if it is a weekend/holiday.
  - acknowledgment (clock received_on_sent_date / received:DATE): due = initial period after the receipt date.
  - extension (clock extension): due = extension period on top of the current due date (or of the initial
    period from the sent date if no acknowledgment set one). If the table gives no extension days, the
    message sets no due (only its estimated date is labeled).
  - adverse determination: appeal_due = Date: of the message + appeal_days calendar days rolled forward;
    null where the table gives no appeal days.
Requires: pip install holidays numpy pyyaml
"""
import csv
import datetime as dt
import email
import email.policy
import email.utils
import sys
from pathlib import Path

import holidays
import numpy as np
import yaml

HERE = Path(__file__).resolve().parent
STATE_NAMES = {'US': 'United States (federal)', 'US-CA': 'California', 'US-WA': 'Washington', 'US-OR': 'Oregon',
               'US-TX': 'Texas', 'US-IL': 'Illinois', 'US-PA': 'Pennsylvania', 'US-NY': 'New York'}
_hcache = {}


def rules_path():
    if '--rules' in sys.argv:
        return Path(sys.argv[sys.argv.index('--rules') + 1])
    for p in (Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv',):
        if p.exists():
            return p
    raise SystemExit('rules table jurisdictions.csv not found; pass --rules PATH')


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(rules_path(), newline='', encoding='utf-8'))}
    out = {}
    for code, name in STATE_NAMES.items():
        r = rows.get(name)
        if not r:
            continue
        unit = lambda t: {'business': 'bd', 'calendar': 'cd'}.get((t or '').strip())
        initial = (unit(r['day_type']), int(r['response_days'])) if r['response_days'].strip() and unit(r['day_type']) else None
        ext = None
        if r['extension_days'].strip():
            ext = (unit(r['extension_day_type']) or unit(r['day_type']), int(r['extension_days']))
        appeal = int(r['appeal_days']) if r['appeal_days'].strip() else None
        out[code] = {'initial': initial, 'ext': ext, 'appeal': appeal}
    return out


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
        rule = rules.get(jur) if jur else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            if rule is None or rule['initial'] is None:
                raise SystemExit('%s: no rules for %s' % (f['file'], jur))
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = apply(rule['initial'], received, jur)
                lab['due'] = due[rid]
            elif clock == 'extension':
                if rule['ext'] is not None:
                    cur = due.get(rid) or apply(rule['initial'], reqs[rid]['sent'], jur)
                    due[rid] = apply(rule['ext'], cur, jur)
                    lab['due'] = due[rid]
                # no extension days in the table: the extension sets no due
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            if rule and rule['appeal']:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=rule['appeal']), jur)
            else:
                lab['appeal_due'] = None
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
    out.write_text('# Generated by compute_labels.py from facts.yaml and the rules table; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))


if __name__ == '__main__':
    main()
