#!/usr/bin/env python3
"""Derive labels.yaml from facts.yaml + requests.yaml + agencies.yaml + rules_snapshot.csv.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

rules_snapshot.csv holds the rows of ../shared/rules/jurisdictions.csv used here (columns response_days,
day_type, extension_days, extension_day_type, appeal_days), keyed by jurisdiction code.

Rules (README of the dev corpus, applied to every jurisdiction through the table):
  * clock received_on_sent_date / received:DATE -> due = response_days after the received date
    (business: the N-th business day strictly after; calendar: +N days rolled forward to a business day).
    If the table has no response_days (e.g. Florida), the message sets no due.
  * clock extension -> due = extension_days on top of the current due. No extension_days in the table, or no
    current due -> no due (estimated only).
  * no clock -> the message sets no due (facts say why, e.g. the records law does not reach the body).
  * adverse (denial / no_records / records_final with withholdings) -> appeal_due = Date: of the message +
    appeal_days calendar days, rolled forward to the next business day; null if the table has no appeal_days
    or if facts say appeal_window: false (the records law, and so its appeal, does not apply).
  Business days exclude Sat/Sun and holidays.country_holidays('US', subdiv=<state>) (federal: no subdiv).
Requires: holidays, numpy, pyyaml.
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
_h = {}


def load_rules():
    rules = {}
    for r in csv.DictReader(open(HERE / 'rules_snapshot.csv')):
        unit = lambda t: 'bd' if t == 'business' else 'cd'
        ini = (unit(r['day_type']), int(r['response_days'])) if r['response_days'] else None
        ext = (unit(r['extension_day_type'] or r['day_type']), int(r['extension_days'])) if r['extension_days'] else None
        app = int(r['appeal_days']) if r['appeal_days'] else None
        rules[r['code']] = (ini, ext, app)
    return rules


def hols(jur):
    if jur not in _h:
        sub = None if jur == 'US' else jur.split('-')[1]
        h = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
        _h[jur] = np.array(sorted(h.keys()), dtype='datetime64[D]')
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
        ini, ext, app = rules[jur] if jur else (None, None, None)
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock without request' % f['file'])
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                rec = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock[9:])
                if ini:
                    due[rid] = apply(ini, rec, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if ext and due.get(rid):
                    due[rid] = apply(ext, due[rid], jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse'):
            if f.get('appeal_window') and app:
                lab['appeal_due'] = roll_forward(message_date(f['file']) + dt.timedelta(days=app), jur)
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
