#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, using the rules table
../shared/rules/jurisdictions.csv (response_days, day_type, extension_days, extension_day_type, appeal_days).

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules (as in the dev set README):
  * acknowledgment clock (received_on_sent_date | received:DATE): due = response_days after the received date.
    business days: the N-th business day strictly after the received date (numpy.busday_offset, roll='backward');
    calendar days: received + N, rolled forward to the next business day.
    No response_days in the table (Florida, North Carolina): the message sets no due (key omitted).
  * extension clock: due = current due (or initial due from `sent`) + extension_days. No extension_days in the
    table (Florida, Georgia, South Carolina, North Carolina): no due, the stated date is only `estimated`.
  * adverse_determination: appeal_due = Date: + appeal_days calendar days rolled forward; no appeal_days -> null.
  * Holidays: holidays.country_holidays('US', subdiv=<state code or None>).
Requires: holidays, numpy, pyyaml.
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
NAMES = {'US': 'United States (federal)', 'US-FL': 'Florida', 'US-GA': 'Georgia', 'US-SC': 'South Carolina',
         'US-NC': 'North Carolina'}
_h = {}

def rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(RULES_CSV.open(encoding='utf-8'))}
    out = {}
    for code, name in NAMES.items():
        r = rows[name]
        unit = {'business': 'bd', 'calendar': 'cd'}
        init = (unit[r['day_type']], int(r['response_days'])) if r['response_days'] and r['day_type'] in unit else None
        ext = (unit[r['extension_day_type'] or r['day_type']], int(r['extension_days'])) if r['extension_days'] else None
        app = int(r['appeal_days']) if r['appeal_days'] else None
        out[code] = (init, ext, app)
    return out

def hols(jur):
    if jur not in _h:
        sub = None if jur == 'US' else jur.split('-')[1]
        h = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
        _h[jur] = np.array(sorted(h.keys()), dtype='datetime64[D]')
    return _h[jur]

def roll_forward(d, jur):
    return np.busday_offset(np.datetime64(d, 'D'), 0, roll='forward', holidays=hols(jur)).astype(dt.date)

def apply(rule, d, jur):
    unit, n = rule
    if unit == 'bd':
        return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)
    return roll_forward(d + dt.timedelta(days=n), jur)

def message_date(path):
    with open(path, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()

def compute():
    R = rules()
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
            if not rid:
                raise SystemExit('%s: clock without request' % f['file'])
            init, ext, _ = R[jur]
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                rec = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if init:
                    due[rid] = apply(init, rec, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if ext:
                    cur = due.get(rid) or (apply(init, reqs[rid]['sent'], jur) if init else None)
                    if cur:
                        due[rid] = apply(ext, cur, jur)
                        lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            app = R[jur][2]
            lab['appeal_due'] = roll_forward(message_date(HERE / 'messages' / f['file']) + dt.timedelta(days=app), jur) if app else None
        if f.get('estimated'):
            e = f['estimated']
            lab['estimated'] = e if isinstance(e, dt.date) else dt.date.fromisoformat(str(e))
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
