#!/usr/bin/env python3
"""Derive labels.yaml from facts.yaml + requests.yaml + agencies.yaml + the rules table + the Date: headers.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml (exit 1 on mismatch)

Rules, read from the jurisdictions.csv row of each agency's jurisdiction (columns response_days, day_type,
extension_days, extension_day_type, appeal_days):
  acknowledgment (clock received_on_sent_date | received:YYYY-MM-DD): due = received + response_days.
      No response_days in the row (e.g. Minnesota) -> due: null.
  extension (clock extension): due = current due + extension_days (current due = the last one set for the request,
      else sent + response_days). No extension_days in the row (NJ, MA, MN) -> due: null (the message only gives an
      estimated date, copied from facts.yaml).
  adverse determination (denial, no_records, records_final with withholdings): appeal_due = Date: of the message +
      appeal_days; no appeal_days in the row (CA, OR, MN) -> appeal_due: null.
  "N business days after D" = numpy.busday_offset(D, N, roll='backward') over weekends and the `holidays` package's
  holidays for the state (federal: country US, no subdivision) = the N-th business day strictly after D.
  Calendar-day results that land on a weekend or holiday roll forward to the next business day.
  The table has no day-type column for appeal_days: appeal windows are counted in calendar days except where the row's
  notes say business days (Pennsylvania: "Appeal to OOR within 15 BUSINESS days"), see APPEAL_DAY_TYPE.
Requires: holidays, numpy, pyyaml.
"""
import csv, os, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
STATE_NAMES = {'US': 'United States (federal)', 'US-NJ': 'New Jersey', 'US-OR': 'Oregon', 'US-MN': 'Minnesota',
               'US-MI': 'Michigan', 'US-MA': 'Massachusetts', 'US-PA': 'Pennsylvania', 'US-CA': 'California'}
APPEAL_DAY_TYPE = {'US-PA': 'business'}   # from the Pennsylvania row's notes; every other window is calendar days
_hcache = {}

def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(RULES_CSV.open(encoding='utf-8'))}
    rules = {}
    for code, name in STATE_NAMES.items():
        r = rows[name]
        num = lambda k: int(r[k]) if r[k].strip() else None
        rules[code] = {
            'response': (r['day_type'], num('response_days')) if num('response_days') else None,
            'extension': (r['extension_day_type'] or r['day_type'], num('extension_days')) if num('extension_days') else None,
            'appeal': (APPEAL_DAY_TYPE.get(code, 'calendar'), num('appeal_days')) if num('appeal_days') else None,
        }
    return rules

def hols(jur):
    if jur not in _hcache:
        sub = None if jur == 'US' else jur.split('-')[1]
        h = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
        _hcache[jur] = np.array(sorted(h.keys()), dtype='datetime64[D]')
    return _hcache[jur]

def add(d, rule, jur):
    unit, n = rule
    if unit == 'business':
        return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)
    if unit != 'calendar':
        raise ValueError(unit)
    e = d + dt.timedelta(days=n)
    return np.busday_offset(np.datetime64(e, 'D'), 0, roll='forward', holidays=hols(jur)).astype(dt.date)

def message_date(fn):
    with open(HERE / 'messages' / fn, 'rb') as fh:
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
                raise SystemExit('%s: clock without request' % f['file'])
            r = rules[jur]
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = add(received, r['response'], jur) if r['response'] else None
            elif clock == 'extension':
                if r['extension'] is None:
                    due[rid] = None
                else:
                    cur = due.get(rid)
                    if cur is None:
                        if r['response'] is None:
                            raise SystemExit('%s: extension without a base deadline' % f['file'])
                        cur = add(reqs[rid]['sent'], r['response'], jur)
                    due[rid] = add(cur, r['extension'], jur)
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
            lab['due'] = due[rid]
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse without request' % f['file'])
            ap = rules[jur]['appeal']
            lab['appeal_due'] = add(message_date(f['file']), ap, jur) if ap else None
        if f.get('estimated'):
            est = f['estimated']
            lab['estimated'] = est if isinstance(est, dt.date) else dt.date.fromisoformat(str(est))
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
