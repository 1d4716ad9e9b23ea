#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml and the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules come from jurisdictions.csv (default ../shared/rules/jurisdictions.csv, override with RULES_CSV):
  response_days/day_type        -> due set by an acknowledgment, counted from the received date
                                   (the date the letter states, else the request's sent date)
  extension_days/extension_day_type -> due set by an extension, added to the current due date
                                   (or to the initial due computed from the sent date if none was set)
  appeal_days                   -> appeal_due for adverse determinations: calendar days after the
                                   message's Date:, rolled forward to the next business day
Empty response_days: an acknowledgment sets no due. Empty extension_days: an extension sets no due
(only `estimated`). Empty appeal_days: appeal_due is null.
"N business days after D" = the N-th business day strictly after D (numpy.busday_offset, roll backward).
Calendar-day deadlines that land on a weekend or holiday roll forward to the next business day.
Holidays: holidays.country_holidays('US', subdiv=<state code>) (federal: no subdivision).
"""
import csv, os, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(os.environ.get('RULES_CSV', str(Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv')))
STATE_NAMES = {'US': 'United States (federal)', 'US-IL': 'Illinois', 'US-NY': 'New York', 'US-CO': 'Colorado',
               'US-MN': 'Minnesota', 'US-GA': 'Georgia', 'US-CA': 'California'}
_hcache = {}


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(RULES_CSV, newline=''))}
    rules = {}
    for code, name in STATE_NAMES.items():
        r = rows[name]
        unit = lambda t: {'business': 'bd', 'calendar': 'cd'}.get(t)
        initial = (unit(r['day_type']), int(r['response_days'])) if r['response_days'] and unit(r['day_type']) else None
        ext = None
        if r['extension_days']:
            ext = (unit(r['extension_day_type'] or r['day_type']), int(r['extension_days']))
        appeal = int(r['appeal_days']) if r['appeal_days'] else None
        rules[code] = (initial, ext, appeal)
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
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            initial, ext, _ = rules[jur]
            new = None
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if initial:
                    new = apply(initial, received, jur)
            elif clock == 'extension':
                if ext and initial:
                    cur = due.get(rid) or apply(initial, reqs[rid]['sent'], jur)
                    new = apply(ext, cur, jur)
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
            if new:
                due[rid] = new
                lab['due'] = new
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse determination without a request' % f['file'])
            appeal = rules[jur][2]
            d = message_date(HERE / 'messages' / f['file'])
            lab['appeal_due'] = roll_forward(d + dt.timedelta(days=appeal), jur) if appeal else None
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
