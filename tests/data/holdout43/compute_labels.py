#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml + the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules come from ../shared/rules/jurisdictions.csv (columns response_days, day_type, extension_days,
extension_day_type, appeal_days), read at run time, for the jurisdictions of this set:
  US     20 business days; extension +10 business days; appeal 90 calendar days after the Date: of the
         adverse determination, rolled forward to the next business day (README rule for federal FOIA).
  US-AZ  no number ("promptly")          -> acknowledgment sets due: null; extension sets no due
  US-WI  no number ("as soon as practicable") -> same as AZ
  US-GA  3 business days; no extension days -> extension sets no due (estimated only); no appeal days
  US-NV  5 business days; no extension days -> extension sets no due; no appeal days
  US-PA  5 business days; extension +30 calendar days; appeal 15 days, counted in the row's day_type
         (business; the row's notes say "15 BUSINESS days") after the Date: of the adverse determination.
"N business days after D" = numpy.busday_offset(D, N, roll='backward', holidays=...), i.e. the N-th business
day strictly after D. Calendar deadlines that land on a weekend/holiday roll forward to the next business day.
Holidays: holidays.country_holidays('US', subdiv=<state code or None for US>).
Where the table gives no appeal days, an adverse determination gets appeal_due: null.
Requires: holidays, numpy, pyyaml.
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
STATE_NAMES = {'US': 'United States (federal)', 'US-AZ': 'Arizona', 'US-GA': 'Georgia', 'US-NV': 'Nevada',
               'US-PA': 'Pennsylvania', 'US-WI': 'Wisconsin'}
UNIT = {'business': 'bd', 'calendar': 'cd'}
_hcache = {}


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(RULES_CSV.open(newline='', encoding='utf-8'))}
    rules = {}
    for jur, name in STATE_NAMES.items():
        r = rows[name]
        initial = (UNIT[r['day_type']], int(r['response_days'])) if r['response_days'].strip() else None
        ext = (UNIT[r['extension_day_type'] or r['day_type']], int(r['extension_days'])) \
            if r['extension_days'].strip() else None
        if r['appeal_days'].strip():
            # federal: calendar days per the README; states: the row's day_type
            unit = 'cd' if jur == 'US' else UNIT[r['day_type']]
            appeal = (unit, int(r['appeal_days']))
        else:
            appeal = None
        rules[jur] = (initial, ext, appeal)
    return rules


def hols(jur):
    if jur not in _hcache:
        sub = None if jur == 'US' else jur.split('-')[1]
        h = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
        _hcache[jur] = np.array(sorted(h.keys()), dtype='datetime64[D]')
    return _hcache[jur]


def apply(rule, d, jur):
    unit, n = rule
    if unit == 'bd':
        return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)
    d2 = d + dt.timedelta(days=n)
    return np.busday_offset(np.datetime64(d2, 'D'), 0, roll='forward', holidays=hols(jur)).astype(dt.date)


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
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else \
                    dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = apply(initial, received, jur) if initial else None
                lab['due'] = due[rid]
            elif clock == 'extension':
                if ext is not None:
                    cur = due.get(rid) or apply(initial, reqs[rid]['sent'], jur)
                    due[rid] = apply(ext, cur, jur)
                    lab['due'] = due[rid]
                # no extension days in the table: the extension sets no due (estimated only)
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse determination without a request' % f['file'])
            appeal = rules[jur][2]
            if appeal:
                d = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = apply(appeal, d, jur)
            else:
                lab['appeal_due'] = None
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
