#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml + the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Only due / appeal_due are computed; every other field is copied from facts.yaml.
Rules come from the rules table (columns response_days, day_type, extension_days, extension_day_type,
appeal_days): ../../shared/rules/jurisdictions.csv (beside the repository) when present, else the copy rules_snapshot.csv beside this file.
  US     20 business days after receipt; extension +10 business days; appeal 90 calendar days
  US-MI   5 business days after receipt; extension +10 business days; appeal 180 calendar days
  US-WI, US-MN, US-NC  no number in the table: an acknowledgment or extension sets no due (due: null);
         no appeal days: appeal_due: null
"N business days after D" = the N-th business day strictly after D (numpy.busday_offset, roll='backward'),
business days excluding Sat/Sun and holidays.country_holidays('US', subdiv=<state>) (no subdiv for US).
Calendar-day deadlines landing on a weekend/holiday roll forward to the next business day.
Clock: an acknowledgment counts from the received date it states (facts 'received'), else the request's sent date.
An extension adds the extension period to the current due date; if the extension letter states a received date,
the initial period is first re-counted from that date. Appeal windows run from the agency's determination date
(facts 'determination_date' for forwards, else the Date: header of the message).
Requires: pip install holidays numpy pyyaml
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
STATE_NAMES = {'US': 'United States (federal)', 'US-WI': 'Wisconsin', 'US-MI': 'Michigan', 'US-MN': 'Minnesota',
               'US-NC': 'North Carolina'}

def load_rules():
    src = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
    if not src.exists():
        src = HERE / 'rules_snapshot.csv'
    rows = {r['jurisdiction']: r for r in csv.DictReader(src.open(encoding='utf-8'))}
    rules = {}
    for code, name in STATE_NAMES.items():
        r = rows[name]
        unit = {'business': 'bd', 'calendar': 'cd'}
        initial = (unit[r['day_type']], int(r['response_days'])) if r['response_days'] and r['day_type'] in unit else None
        ext = None
        if r['extension_days']:
            ext = (unit[r['extension_day_type'] or r['day_type']], int(r['extension_days']))
        appeal = int(r['appeal_days']) if r['appeal_days'] else None
        rules[code] = (initial, ext, appeal)
    return rules

RULES = load_rules()
_hcache = {}

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

def as_date(v):
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))

def message_date(path):
    with open(path, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()

def compute():
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
            initial, ext, _ = RULES[jur]
            received = as_date(f.get('received'))
            if clock == 'acknowledgment':
                base = received or as_date(reqs[rid]['sent'])
                due[rid] = apply(initial, base, jur) if initial else None
            elif clock == 'extension':
                if received:
                    cur = apply(initial, received, jur) if initial else None
                else:
                    cur = due.get(rid)
                    if cur is None and initial:
                        cur = apply(initial, as_date(reqs[rid]['sent']), jur)
                due[rid] = apply(ext, cur, jur) if (ext and cur) else None
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
            lab['due'] = due[rid]
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse determination without a request' % f['file'])
            appeal = RULES[jur][2]
            det = as_date(f.get('determination_date')) or message_date(HERE / 'messages' / f['file'])
            lab['appeal_due'] = roll_forward(det + dt.timedelta(days=appeal), jur) if appeal else None
        if f.get('estimated'):
            lab['estimated'] = as_date(f['estimated'])
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
