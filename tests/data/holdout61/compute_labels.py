#!/usr/bin/env python3
"""Derive labels.yaml from facts.yaml + requests.yaml + agencies.yaml + the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules come from ../shared/rules/jurisdictions.csv:
  response_days/day_type           initial clock, counted from the receipt date (the date an acknowledgment
                                   states, else the request's sent date); empty -> an acknowledgment sets no due
  extension_days/extension_day_type added on top of the current due date; empty -> an extension sets no due
                                   (the label then carries only the agency's estimated date, if any)
  appeal_days                      for adverse determinations: calendar days after the Date: header, rolled to
                                   the next business day; empty -> appeal_due: null
"N business days after D" = numpy.busday_offset(D, N, roll='backward'), i.e. the N-th business day strictly after
D (Sat/Sun and holidays excluded). Calendar-day results on a weekend/holiday roll forward to the next business day.
Holidays: holidays.country_holidays('US', subdiv=<state code>) for state requests, no subdivision for federal ones.
Requires: pip install holidays numpy pyyaml
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
STATE_NAMES = {'US': 'United States (federal)', 'US-MD': 'Maryland', 'US-WA': 'Washington', 'US-OR': 'Oregon',
               'US-WI': 'Wisconsin', 'US-IN': 'Indiana', 'US-KY': 'Kentucky', 'US-TN': 'Tennessee'}


def load_rules():
    path = SHARED
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(path, newline='', encoding='utf-8'))}
    rules = {}
    for code, name in STATE_NAMES.items():
        r = rows[name]
        num = lambda k: int(r[k]) if r[k].strip() else None
        unit = lambda k: {'business': 'bd', 'calendar': 'cd'}.get(r[k].strip())
        initial = (unit('day_type'), num('response_days')) if num('response_days') and unit('day_type') else None
        ext = (unit('extension_day_type') or unit('day_type'), num('extension_days')) if num('extension_days') else None
        rules[code] = dict(initial=initial, ext=ext, appeal=num('appeal_days'))
    return rules


_h = {}


def hols(jur):
    if jur not in _h:
        sub = None if jur == 'US' else jur.split('-')[1]
        _h[jur] = np.array(sorted(holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029)).keys()), dtype='datetime64[D]')
    return _h[jur]


def add_business(d, n, jur):
    return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)


def roll_forward(d, jur):
    return np.busday_offset(np.datetime64(d, 'D'), 0, roll='forward', holidays=hols(jur)).astype(dt.date)


def apply(rule, d, jur):
    unit, n = rule
    return add_business(d, n, jur) if unit == 'bd' else roll_forward(d + dt.timedelta(days=n), jur)


def message_date(fn):
    with open(HERE / 'messages' / fn, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def as_date(v):
    return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v))


def compute():
    rules = load_rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due, labels = {}, []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        rule = rules.get(jur) if jur else None
        how = f.get('sets_due')
        if how and not rid:
            raise SystemExit('%s: sets_due without a request' % f['file'])
        if how == 'acknowledgment':
            if rule['initial']:
                due[rid] = apply(rule['initial'], as_date(f['received']), jur)
                lab['due'] = due[rid]
        elif how == 'extension':
            if rule['ext']:
                cur = due.get(rid) or (apply(rule['initial'], as_date(reqs[rid]['sent']), jur) if rule['initial'] else None)
                if cur is None:
                    raise SystemExit('%s: extension without a current due date' % f['file'])
                due[rid] = apply(rule['ext'], cur, jur)
                lab['due'] = due[rid]
        elif how:
            raise SystemExit('%s: unknown sets_due %r' % (f['file'], how))
        if f.get('appeal_window'):
            lab['appeal_due'] = roll_forward(message_date(f['file']) + dt.timedelta(days=rule['appeal']), jur) if rule['appeal'] else None
        if f.get('estimated'):
            lab['estimated'] = as_date(f['estimated'])
        lab['why'] = f['why']
        labels.append(lab)
    return labels


def main():
    labels = compute()
    out = HERE / 'labels.yaml'
    if '--check' in sys.argv:
        old = yaml.safe_load(out.read_text()) if out.exists() else None
        if old != labels:
            for a, b in zip(old or [], labels):
                if a != b:
                    print('MISMATCH', a.get('file'), '\n  have:', a, '\n  want:', b)
            if len(old or []) != len(labels):
                print('MISMATCH count', len(old or []), len(labels))
            sys.exit(1)
        print('labels.yaml OK (%d entries)' % len(labels))
        return
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))


if __name__ == '__main__':
    main()
