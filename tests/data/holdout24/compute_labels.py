#!/usr/bin/env python3
"""Derive labels.yaml of holdout24 from facts.yaml + requests.yaml + agencies.yaml and the rules table.

    python3 compute_labels.py           # write labels.yaml
    python3 compute_labels.py --check   # recompute and compare with the existing labels.yaml
    python3 compute_labels.py --explain # print how each date was obtained

Rules come from ../../../../shared/rules/jurisdictions.csv (columns response_days, day_type, extension_days,
extension_day_type, appeal_days), row chosen by the agency's jurisdiction code. Conventions (dev README,
"Deadline rules used for labels"):
  * sets_due ack_sent / ack_received:DATE -> due = response_days after the day of receipt (the received date
    the message states, else the request's `sent`). No response_days in the table (US-MN) -> due: null.
  * sets_due extension -> due = current due + extension_days (extension_day_type). No extension_days in the
    table, or no current due because the table has no response days -> due: null (the agency's own date, if
    any, is only `estimated`). If no earlier message set the due date, the current due is first computed
    from the request's `sent`.
  * "N business days after D" = the N-th business day strictly after D (numpy.busday_offset(D, N,
    roll='backward')); business days exclude Saturdays, Sundays and holidays.country_holidays('US',
    subdiv=None for US, else the state code). Calendar-day results that fall on a weekend or holiday roll
    forward to the next business day.
  * appeal_window: true (denial / no_records / records_final with withholdings) -> appeal_due = the local
    date in the message's Date: header + appeal_days calendar days, rolled forward to the next business day.
    No appeal_days in the table -> appeal_due: null. The table gives appeal_days without a day type; like
    the federal 90 days they are counted as calendar days (this matters for US-PA, whose notes say the
    15-day Right-to-Know appeal window is in business days; see NOTES.md).
Everything else (request, kind, tracking_number, estimated, why) is copied from facts.yaml.
Requires: holidays, numpy, pyyaml.
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
CSV = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
NAMES = {'US': 'United States (federal)', 'US-IL': 'Illinois', 'US-TX': 'Texas', 'US-PA': 'Pennsylvania',
         'US-CA': 'California', 'US-GA': 'Georgia', 'US-CO': 'Colorado', 'US-MN': 'Minnesota'}


def _num(v):
    v = (v or '').strip()
    return int(v) if v else None


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(CSV.open(encoding='utf-8'))}
    rules = {}
    for code, name in NAMES.items():
        r = rows[name]
        rules[code] = dict(response=_num(r['response_days']), rtype=r['day_type'].strip(),
                           ext=_num(r['extension_days']), etype=r['extension_day_type'].strip(),
                           appeal=_num(r['appeal_days']))
    return rules


_h = {}


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


def add_days(d, n, kind, jur):
    if kind == 'business':
        return add_business(d, n, jur)
    if kind == 'calendar':
        return roll_forward(d + dt.timedelta(days=n), jur)
    raise ValueError('day type %r' % kind)


def message_date(path):
    with open(path, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def compute(explain=False):
    rules = load_rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due = {}
    labels = []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        R = rules[jur] if jur else None
        how = []
        sd = f.get('sets_due')
        if sd:
            if not rid:
                raise SystemExit('%s: sets_due without a request' % f['file'])
            if sd == 'ack_sent' or sd.startswith('ack_received:'):
                received = reqs[rid]['sent'] if sd == 'ack_sent' else dt.date.fromisoformat(sd.split(':', 1)[1])
                if R['response'] is None:
                    due[rid] = None
                    how.append('%s: no response days -> due null' % jur)
                else:
                    due[rid] = add_days(received, R['response'], R['rtype'], jur)
                    how.append('received %s + %d %s (%s) = %s' % (received, R['response'], R['rtype'], jur, due[rid]))
            elif sd == 'extension':
                if rid not in due:
                    due[rid] = (add_days(reqs[rid]['sent'], R['response'], R['rtype'], jur)
                                if R['response'] is not None else None)
                    how.append('no earlier due: from sent %s -> %s' % (reqs[rid]['sent'], due[rid]))
                cur = due[rid]
                if cur is None or R['ext'] is None:
                    due[rid] = None
                    how.append('%s: no extension days (or no current due) -> due null' % jur)
                else:
                    due[rid] = add_days(cur, R['ext'], R['etype'], jur)
                    how.append('current %s + %d %s = %s' % (cur, R['ext'], R['etype'], due[rid]))
            else:
                raise SystemExit('%s: unknown sets_due %r' % (f['file'], sd))
            lab['due'] = due[rid]
        if f.get('appeal_window'):
            if not rid:
                raise SystemExit('%s: appeal_window without a request' % f['file'])
            if R['appeal'] is None:
                lab['appeal_due'] = None
                how.append('%s: no appeal days -> appeal_due null' % jur)
            else:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=R['appeal']), jur)
                how.append('appeal: %s + %d calendar = %s' % (d, R['appeal'], lab['appeal_due']))
        if f.get('estimated'):
            lab['estimated'] = f['estimated']
        lab['why'] = f['why']
        labels.append(lab)
        if explain and how:
            print('%-45s %s' % (f['file'], '; '.join(how)))
    return labels


def main():
    labels = compute('--explain' in sys.argv)
    out = HERE / 'labels.yaml'
    if '--explain' in sys.argv:
        return
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
