#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml (per-message facts).

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Deadline numbers come from the rules table jurisdictions.csv (columns response_days, day_type, extension_days,
extension_day_type, appeal_days). It is looked up at $JURISDICTIONS_CSV, ../../rules/jurisdictions.csv,
../../shared/rules/jurisdictions.csv (beside the repository); if none exists the snapshot below
(copied from the table, November 2026 version) is used, and when the table is found the snapshot must agree with it.

Rules (README of the dev corpus):
  * acknowledgment: due = response_days after the received date (the date the message states, else `sent`).
    "N business days after D" = the N-th business day strictly after D (numpy.busday_offset, roll='backward');
    calendar-day deadlines landing on a weekend/holiday roll forward to the next business day.
    Rows with day_type none (no number: AZ, OH) -> no due.
  * extension: due = current due + extension_days (extension_day_type). No extension_days (GA, AZ, OH) -> no due.
  * appeal_due for adverse determinations = Date: of the message + appeal_days calendar days, rolled forward;
    only where appeal_days is given (here: federal only).
  * estimated: the stated date, or for "in approximately N business days" the N-th business day after the Date:.
Holidays: holidays.country_holidays('US', subdiv=<state code or None for federal>).
Requires: pip install holidays numpy pyyaml
"""
import sys, os, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
STATE_NAMES = {'US': 'United States (federal)', 'US-AZ': 'Arizona', 'US-CA': 'California', 'US-GA': 'Georgia',
               'US-OH': 'Ohio', 'US-VA': 'Virginia'}
# snapshot: jurisdiction -> (response_days, day_type, extension_days, extension_day_type, appeal_days)
SNAPSHOT = {
    'US': ('20', 'business', '10', 'business', '90'),
    'US-AZ': ('', 'none', '', '', ''),
    'US-CA': ('10', 'calendar', '14', 'calendar', ''),
    'US-GA': ('3', 'business', '', '', ''),
    'US-OH': ('', 'none', '', '', ''),
    'US-VA': ('5', 'business', '7', 'business', ''),
}
COLS = ('response_days', 'day_type', 'extension_days', 'extension_day_type', 'appeal_days')

def find_table():
    cands = [os.environ.get('JURISDICTIONS_CSV'), HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv']
    for c in cands:
        if c and Path(c).is_file():
            return Path(c)
    return None

def load_rules():
    table = find_table()
    if table is None:
        return dict(SNAPSHOT), 'snapshot'
    rows = {r['jurisdiction']: r for r in csv.DictReader(table.open(encoding='utf-8'))}
    rules = {}
    for code, name in STATE_NAMES.items():
        r = rows[name]
        rules[code] = tuple((r[c] or '').strip() for c in COLS)
        if rules[code] != SNAPSHOT[code]:
            raise SystemExit('rules table row %s %r differs from snapshot %r: update SNAPSHOT and re-check labels'
                             % (name, rules[code], SNAPSHOT[code]))
    return rules, str(table)

RULES, RULES_SOURCE = load_rules()
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

def apply(n, unit, d, jur):
    if unit == 'business':
        return add_business(d, n, jur)
    if unit == 'calendar':
        return roll_forward(d + dt.timedelta(days=n), jur)
    raise SystemExit('unknown day type %r' % unit)

def message_date(path):
    with open(path, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()

def initial_due(rid, received, jur):
    resp, dtype = RULES[jur][0], RULES[jur][1]
    if not resp or dtype == 'none':
        return None
    return apply(int(resp), dtype, received, jur)

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
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                d = initial_due(rid, received, jur)
                if d is not None:
                    due[rid] = d
                    lab['due'] = d
            elif clock == 'extension':
                ext, etype = RULES[jur][2], RULES[jur][3]
                if ext:
                    cur = due.get(rid) or initial_due(rid, reqs[rid]['sent'], jur)
                    if cur is None:
                        raise SystemExit('%s: extension without a base due date' % f['file'])
                    due[rid] = apply(int(ext), etype, cur, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid and RULES[jur][4]:
            d = message_date(HERE / 'messages' / f['file'])
            lab['appeal_due'] = roll_forward(d + dt.timedelta(days=int(RULES[jur][4])), jur)
        if f.get('estimated'):
            lab['estimated'] = f['estimated']
        elif f.get('estimated_business_days'):
            d = message_date(HERE / 'messages' / f['file'])
            lab['estimated'] = add_business(d, int(f['estimated_business_days']), jur)
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
        print('labels.yaml OK (%d entries; rules from %s)' % (len(labels), RULES_SOURCE))
        return
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries; rules from %s)' % (out, len(labels), RULES_SOURCE))

if __name__ == '__main__':
    main()
