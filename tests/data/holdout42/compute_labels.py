#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml (per-message facts).

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Only `due` and `appeal_due` are computed; everything else is copied from facts.yaml.

Rules come from the rules table ../shared/rules/jurisdictions.csv (beside the repository) (columns response_days, day_type,
extension_days, extension_day_type, appeal_days). The numbers used for this set are also written in RULES below
and checked against the table when it is present:
  US     20 business days after receipt; extension +10 business days; appeal 90 days
  US-ID   3 business days; extension +7 business days; appeal (court petition) 180 days
  US-KS   3 business days; no extension days; no appeal days
  US-NE   4 business days; no extension days; no appeal days
  US-WY  30 calendar days from acknowledged receipt; no extension days; no appeal days
  US-MT  no day count ("none"): an acknowledgment sets no due; no extension or appeal days
Conventions (README of the dev corpus):
  "N business days after D" = numpy.busday_offset(D, N, roll='backward', holidays=...), the N-th business day
  strictly after D. Calendar deadlines that land on a weekend/holiday roll forward to the next business day.
  Holidays: holidays.country_holidays('US', subdiv=<state code or None>).
  Acknowledgment: the clock counts from the received date the message states, else from the request's `sent`.
  Extension: extension days are added on top of the current due; where the table gives none, the extension sets
  no due (the label has `estimated` only and no `due` key). Same for an acknowledgment where the table gives no
  response days (Montana).
  Appeal: appeal_due = Date: of the adverse message + appeal days (calendar), rolled forward; where the table
  gives no appeal days, appeal_due is null.
Requires: pip install holidays numpy pyyaml
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
TABLE = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'
STATE_NAMES = {'US': 'United States (federal)', 'US-ID': 'Idaho', 'US-KS': 'Kansas', 'US-NE': 'Nebraska',
               'US-WY': 'Wyoming', 'US-MT': 'Montana'}
# jurisdiction: (initial, extension, appeal_days); initial/extension as (unit, n), unit 'bd' business, 'cd' calendar
RULES = {
    'US': (('bd', 20), ('bd', 10), 90),
    'US-ID': (('bd', 3), ('bd', 7), 180),
    'US-KS': (('bd', 3), None, None),
    'US-NE': (('bd', 4), None, None),
    'US-WY': (('cd', 30), None, None),
    'US-MT': (None, None, None),
}
_hcache = {}


def rules_from_table():
    """Read the same numbers from the rules table (if it is available) so a drift is caught."""
    if not TABLE.exists():
        return None
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(TABLE, encoding='utf-8'))}
    out = {}
    unit = {'business': 'bd', 'calendar': 'cd'}
    for jur, name in STATE_NAMES.items():
        r = rows[name]
        init = (unit[r['day_type']], int(r['response_days'])) if r['response_days'] and r['day_type'] in unit else None
        ext = None
        if r['extension_days']:
            ext = (unit[r['extension_day_type'] or r['day_type']], int(r['extension_days']))
        app = int(r['appeal_days']) if r['appeal_days'] else None
        out[jur] = (init, ext, app)
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
    table = rules_from_table()
    if table is not None and table != RULES:
        raise SystemExit('rules table disagrees with RULES:\n table %r\n here  %r' % (table, RULES))
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    agencies = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due = {}  # request id -> current statutory due date
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
            new = None
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if initial:
                    new = apply(initial, received, jur)
            elif clock == 'extension':
                if ext:
                    cur = due.get(rid) or apply(initial, reqs[rid]['sent'], jur)
                    new = apply(ext, cur, jur)
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
            if new is not None:
                due[rid] = new
                lab['due'] = new
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse determination without a request' % f['file'])
            appeal_days = RULES[jur][2]
            if appeal_days:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=appeal_days), jur)
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
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))


if __name__ == '__main__':
    main()
