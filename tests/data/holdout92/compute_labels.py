#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, using the rules table.

    python3 compute_labels.py          # write labels.yaml
    python3 compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules come from ../shared/rules/jurisdictions.csv (response_days, day_type, extension_days,
extension_day_type, appeal_days), looked up by the state named in the agency's jurisdiction (US = federal row).
  - acknowledgment (clock received_on_sent_date | received:DATE): due = response_days after the received date
    (request `sent`, or the date the letter states). No response_days in the table -> due: null.
  - extension (clock extension): due = extension_days on top of the current due. No extension_days -> due: null
    (the agency's own date goes to `estimated`).
  - adverse_determination: appeal_due = appeal_days calendar days after the Date: of the message, rolled
    forward to the next business day; no appeal_days in the table -> appeal_due: null.
"N business days after D" = numpy.busday_offset(D, N, roll='backward') with holidays excluded, i.e. the N-th
business day strictly after D. Calendar-day deadlines landing on a weekend/holiday roll forward.
Holidays: holidays.country_holidays('US', subdiv=<state code>) (no subdiv for US).
Requires: holidays, numpy, pyyaml.
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
STATE = {'US': 'United States (federal)', 'US-OH': 'Ohio', 'US-TX': 'Texas', 'US-GA': 'Georgia', 'US-WI': 'Wisconsin',
         'US-WA': 'Washington', 'US-CA': 'California'}
_hcache = {}

def rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(RULES_CSV.open(encoding='utf-8'))}
    out = {}
    for code, name in STATE.items():
        r = rows[name]
        num = lambda k: int(r[k]) if r[k].strip() else None
        out[code] = {'resp': num('response_days'), 'resp_type': r['day_type'].strip(),
                     'ext': num('extension_days'), 'ext_type': r['extension_day_type'].strip(), 'appeal': num('appeal_days')}
    return out

def hols(jur):
    if jur not in _hcache:
        sub = None if jur == 'US' else jur.split('-')[1]
        h = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
        _hcache[jur] = np.array(sorted(h.keys()), dtype='datetime64[D]')
    return _hcache[jur]

def add_days(d, n, kind, jur):
    if kind == 'business':
        return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)
    if kind == 'calendar':
        return roll_forward(d + dt.timedelta(days=n), jur)
    raise SystemExit('unknown day type %r' % kind)

def roll_forward(d, jur):
    return np.busday_offset(np.datetime64(d, 'D'), 0, roll='forward', holidays=hols(jur)).astype(dt.date)

def message_date(path):
    with open(path, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()

def compute():
    R = rules()
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
                raise SystemExit('%s: clock without request' % f['file'])
            r = R[jur]
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = add_days(received, r['resp'], r['resp_type'], jur) if r['resp'] else None
            elif clock == 'extension':
                if r['ext'] is None:
                    due[rid] = None
                else:
                    cur = due.get(rid)
                    if cur is None:
                        cur = add_days(reqs[rid]['sent'], r['resp'], r['resp_type'], jur)
                    due[rid] = add_days(cur, r['ext'], r['ext_type'], jur)
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
            lab['due'] = due[rid]
        if f.get('adverse_determination') and rid:
            a = R[jur]['appeal']
            lab['appeal_due'] = roll_forward(message_date(HERE / 'messages' / f['file']) + dt.timedelta(days=a), jur) if a else None
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
