#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, using the rules table
../shared/rules/jurisdictions.csv (response_days, day_type, extension_days, extension_day_type, appeal_days).

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules applied (per the corpus README):
  * "N business days after D" = the N-th business day strictly after D (numpy.busday_offset, roll='backward');
    business days exclude Sat/Sun and holidays.country_holidays('US', subdiv=<state>) (no subdiv for US).
  * calendar-day deadlines landing on a weekend/holiday roll forward to the next business day.
  * acknowledgment: due = response rule applied to the received date (stated date if the letter gives one,
    else the request's sent date). No response_days in the table (e.g. Ohio) -> no due.
  * extension: due = extension rule applied to the current due. No extension_days (GA, TX, WA, OH) -> no due,
    the message's estimated date only.
  * appeal_due: only for adverse determinations where appeal_days is given (federal: 90 calendar days after
    the Date: of the message, rolled forward).
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
TABLE = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
STATE = {'US': 'United States (federal)', 'US-CA': 'California', 'US-TX': 'Texas', 'US-GA': 'Georgia',
         'US-OH': 'Ohio', 'US-VA': 'Virginia', 'US-WA': 'Washington'}

def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(TABLE.open(encoding='utf-8'))}
    rules = {}
    for code, name in STATE.items():
        r = rows[name]
        unit = lambda t: {'business': 'bd', 'calendar': 'cd'}.get(t)
        init = (unit(r['day_type']), int(r['response_days'])) if r['response_days'] and unit(r['day_type']) else None
        ext = (unit(r['extension_day_type'] or r['day_type']), int(r['extension_days'])) if r['extension_days'] else None
        appeal = int(r['appeal_days']) if r['appeal_days'] else None
        rules[code] = (init, ext, appeal)
    return rules

RULES = load_rules()
_h = {}

def hols(jur):
    if jur not in _h:
        sub = None if jur == 'US' else jur.split('-')[1]
        _h[jur] = np.array(sorted(holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029)).keys()),
                           dtype='datetime64[D]')
    return _h[jur]

def add_business(d, n, jur):
    return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)

def roll_forward(d, jur):
    return np.busday_offset(np.datetime64(d, 'D'), 0, roll='forward', holidays=hols(jur)).astype(dt.date)

def apply(rule, d, jur):
    unit, n = rule
    return add_business(d, n, jur) if unit == 'bd' else roll_forward(d + dt.timedelta(days=n), jur)

def message_date(path):
    with open(path, 'rb') as fh:
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
            init, ext, _ = RULES[jur]
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                rec = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if init:
                    due[rid] = apply(init, rec, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if ext and init:
                    cur = due.get(rid) or apply(init, reqs[rid]['sent'], jur)
                    due[rid] = apply(ext, cur, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid and RULES[jur][2]:
            d = message_date(HERE / 'messages' / f['file'])
            lab['appeal_due'] = roll_forward(d + dt.timedelta(days=RULES[jur][2]), jur)
        if f.get('estimated'):
            lab['estimated'] = f['estimated'] if isinstance(f['estimated'], dt.date) else dt.date.fromisoformat(str(f['estimated']))
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
