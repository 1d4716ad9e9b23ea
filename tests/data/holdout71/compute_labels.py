#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, using the rules table
../shared/rules/jurisdictions.csv (response_days, day_type, extension_days, extension_day_type, appeal_days).

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules (README of the dev set):
  - clock received_on_sent_date / received:DATE -> due = response_days after that date.
  - clock extension -> due = extension_days on top of the current due (initial due from `sent` if none yet);
    where the table gives no extension days the message sets no due (an estimated date only, if stated).
  - where the table gives no response days (day_type none) an acknowledgment sets no due.
  - "N business days after D" = the N-th business day strictly after D (numpy.busday_offset roll='backward');
    business days exclude weekends and holidays.country_holidays('US', subdiv=<state>) (federal: no subdiv).
  - calendar-day deadlines landing on a weekend/holiday roll forward to the next business day.
  - adverse determination (denial / no_records / records_final with withholdings): appeal_due = appeal_days
    calendar days after the Date: of the message, rolled forward; null where the table gives no appeal days.
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
TABLE = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
CODE = {'US': 'United States (federal)', 'US-TX': 'Texas', 'US-MI': 'Michigan', 'US-IL': 'Illinois',
        'US-GA': 'Georgia', 'US-NY': 'New York', 'US-MO': 'Missouri', 'US-IN': 'Indiana'}
_rows = {r['jurisdiction']: r for r in csv.DictReader(TABLE.open())}
_h = {}

def rule(jur):
    r = _rows[CODE[jur]]
    unit = lambda t: 'bd' if t == 'business' else 'cd'
    init = (unit(r['day_type']), int(r['response_days'])) if r['response_days'].strip() else None
    ext = (unit(r['extension_day_type']), int(r['extension_days'])) if r['extension_days'].strip() else None
    app = int(r['appeal_days']) if r['appeal_days'].strip() else None
    return init, ext, app

def hols(jur):
    if jur not in _h:
        sub = None if jur == 'US' else jur.split('-')[1]
        _h[jur] = np.array(sorted(holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029)).keys()),
                           dtype='datetime64[D]')
    return _h[jur]

def add(rl, d, jur):
    unit, n = rl
    if unit == 'bd':
        return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)
    return roll_forward(d + dt.timedelta(days=n), jur)

def roll_forward(d, jur):
    return np.busday_offset(np.datetime64(d, 'D'), 0, roll='forward', holidays=hols(jur)).astype(dt.date)

def msg_date(fn):
    with open(HERE / 'messages' / fn, 'rb') as fh:
        m = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(m['Date'])).date()

def compute():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due, labels = {}, []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        clock = f.get('clock')
        if clock:
            init, ext, _ = rule(jur)
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                rec = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if init:
                    due[rid] = add(init, rec, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if ext:
                    cur = due.get(rid) or add(init, reqs[rid]['sent'], jur)
                    due[rid] = add(ext, cur, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination'):
            app = rule(jur)[2]
            lab['appeal_due'] = roll_forward(msg_date(f['file']) + dt.timedelta(days=app), jur) if app else None
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
            sys.exit(1)
        print('labels.yaml OK (%d entries)' % len(labels))
        return
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))

if __name__ == '__main__':
    main()
