#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml and the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Only due / appeal_due are computed; everything else is copied from facts.yaml.
Rules table: ../shared/rules/jurisdictions.csv (or $RULES_CSV), columns response_days, day_type,
extension_days, extension_day_type, appeal_days.  Rows used here:
  US    (United States (federal))  20 business, +10 business, appeal 90
  US-IA (Iowa)                     20 calendar, no extension, appeal 60
  US-NE (Nebraska)                  4 business, no extension, no appeal days
  US-KS (Kansas)                    3 business, no extension, no appeal days
  US-ND (North Dakota)             no day count ("reasonable time"), appeal 30
  US-SD (South Dakota)             10 business, no extension, appeal 90
  - clock sent / received:DATE (acknowledgment): due = response_days after the received date (the request's
    sent date for 'sent'). No response_days (North Dakota) -> no due.
  - clock extension: due = extension_days on top of the current due (or the sent-date due if no message set
    one yet). No extension_days -> no due (the message's estimated date only).
  - "N business days after D" = numpy.busday_offset(D, N, roll='backward'): the N-th business day strictly
    after D; business days skip weekends and holidays.country_holidays('US', subdiv=<state>) (federal: no subdiv).
    Calendar-day results that land on a weekend/holiday roll forward to the next business day.
  - adverse_determination: appeal_due = appeal_days calendar days after the message's Date: (its own local
    date), rolled forward; if the table gives no appeal days, appeal_due = null.
Requires: pip install holidays numpy pyyaml
"""
import csv, os, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(os.environ.get('RULES_CSV', Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'))
ROWNAME = {'US': 'United States (federal)', 'US-IA': 'Iowa', 'US-NE': 'Nebraska', 'US-KS': 'Kansas',
           'US-ND': 'North Dakota', 'US-SD': 'South Dakota'}
_hcache = {}


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(RULES_CSV, newline='', encoding='utf-8'))}
    rules = {}
    for code, name in ROWNAME.items():
        r = rows[name]
        def num(k):
            return int(r[k]) if r[k].strip() else None
        initial = (r['day_type'].strip(), num('response_days')) if num('response_days') else None
        ext = (r['extension_day_type'].strip() or r['day_type'].strip(), num('extension_days')) if num('extension_days') else None
        rules[code] = {'initial': initial, 'extension': ext, 'appeal': num('appeal_days')}
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
    due = {}
    labels = []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = agencies[reqs[rid]['agency']]['jurisdiction'] if rid else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock without a request' % f['file'])
            rule = rules[jur]
            if clock == 'sent' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'sent' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if rule['initial']:
                    due[rid] = apply(rule['initial'], received, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if rule['extension']:
                    cur = due.get(rid) or (apply(rule['initial'], reqs[rid]['sent'], jur) if rule['initial'] else None)
                    if cur:
                        due[rid] = apply(rule['extension'], cur, jur)
                        lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            n = rules[jur]['appeal']
            if n:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=n), jur)
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
