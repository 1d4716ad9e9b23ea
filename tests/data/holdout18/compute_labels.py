#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml and the shared rules table.

    python compute_labels.py                 # write labels.yaml
    python compute_labels.py --check         # recompute and compare with the existing labels.yaml
    python compute_labels.py --rules FILE    # use another copy of jurisdictions.csv

Only `due` and `appeal_due` are computed; everything else is copied from facts.yaml.

Rules, read from the rules table (columns response_days, day_type, extension_days, extension_day_type,
appeal_days), row chosen by the agency's jurisdiction code (US = the federal row, US-XX = that state):
  - acknowledgment (clock: received_on_sent_date | received:DATE): due = response_days after the day of
    receipt (the received date the letter states, else the request's sent date). No response_days (North
    Dakota) -> due: null.
  - extension (clock: extension): due = extension_days on top of the current due (or of the due computed from
    the sent date when no acknowledgment set one). No extension_days (KS, NE, IA, SD, ND) -> due: null; the
    date the agency states is kept only as `estimated`.
  - adverse determination (denial / no_records / records_final with withholdings): appeal_due = appeal_days
    calendar days after the Date: of the message (its own calendar date), rolled forward to the next business
    day; no appeal_days (MD, KS, NE, VT) -> appeal_due: null.
"N business days after D" = the N-th business day strictly after D. Business days exclude Saturdays, Sundays
and holidays.country_holidays('US', subdiv=<state code, or none for federal>). Calendar-day deadlines that land
on a weekend or holiday roll forward to the next business day.
Requires: holidays, PyYAML (e.g. the project's .venv/bin/python, or pip install --user holidays pyyaml).
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import holidays, yaml

HERE = Path(__file__).resolve().parent
DEFAULT_RULES = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
STATE_NAMES = {'US-MD': 'Maryland', 'US-KS': 'Kansas', 'US-NE': 'Nebraska', 'US-IA': 'Iowa',
               'US-SD': 'South Dakota', 'US-ND': 'North Dakota', 'US-VT': 'Vermont'}
_hcache = {}


def load_rules(path):
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(path, newline='', encoding='utf-8'))}
    out = {}
    for code, name in [('US', 'United States (federal)')] + list(STATE_NAMES.items()):
        r = rows[name]
        num = lambda k: int(r[k]) if r[k].strip() else None
        out[code] = {
            'initial': (r['day_type'], num('response_days')) if num('response_days') else None,
            'extension': (r['extension_day_type'], num('extension_days')) if num('extension_days') else None,
            'appeal_days': num('appeal_days'),
        }
    return out


def hols(jur):
    if jur not in _hcache:
        sub = None if jur == 'US' else jur.split('-')[1]
        _hcache[jur] = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
    return _hcache[jur]


def is_business(d, jur):
    return d.weekday() < 5 and d not in hols(jur)


def add_business(d, n, jur):
    while n > 0:
        d += dt.timedelta(days=1)
        if is_business(d, jur):
            n -= 1
    return d


def roll_forward(d, jur):
    while not is_business(d, jur):
        d += dt.timedelta(days=1)
    return d


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


def compute(rules_path):
    rules = load_rules(rules_path)
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
            sent = reqs[rid]['sent']
            if isinstance(sent, str):
                sent = dt.date.fromisoformat(sent)
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = sent if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = apply(rule['initial'], received, jur) if rule['initial'] else None
            elif clock == 'extension':
                if rule['extension'] is None:
                    due[rid] = None
                else:
                    cur = due.get(rid)
                    if cur is None:
                        cur = apply(rule['initial'], sent, jur)
                    due[rid] = apply(rule['extension'], cur, jur)
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
            lab['due'] = due[rid]
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse determination without a request' % f['file'])
            if rule['appeal_days']:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=rule['appeal_days']), jur)
            else:
                lab['appeal_due'] = None
        if f.get('estimated'):
            e = f['estimated']
            lab['estimated'] = e if isinstance(e, dt.date) else dt.date.fromisoformat(e)
        lab['why'] = f['why']
        labels.append(lab)
    return labels


def main():
    rules_path = DEFAULT_RULES
    if '--rules' in sys.argv:
        rules_path = Path(sys.argv[sys.argv.index('--rules') + 1])
    labels = compute(rules_path)
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
