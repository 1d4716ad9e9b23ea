#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, using the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Only due / appeal_due are computed; everything else is copied from facts.yaml.

Rules come from ../../shared/rules/jurisdictions.csv (columns response_days, day_type, extension_days,
extension_day_type, appeal_days), looked up by the jurisdiction of the request's agency:
  US     -> "United States (federal)"   20 business; +10 business; appeal 90 days
  US-IL  -> Illinois                    5 business; +5 business; appeal 60 days
  US-MN  -> Minnesota                   no number: an acknowledgment sets no due; no appeal days
  US-NC  -> North Carolina              no number: an acknowledgment sets no due; no appeal days
  US-NV  -> Nevada                      5 business; no extension days (extension = estimated only); no appeal days
Counting:
  "N business days after D" = numpy.busday_offset(D, N, roll='backward', holidays=H), i.e. the N-th business day
  strictly after D (day 1 = first business day after receipt).
  Calendar-day periods (and all appeal windows, counted in calendar days from the Date: of the adverse message)
  that land on a weekend or holiday roll forward to the next business day.
  H = holidays.country_holidays('US', subdiv=None for US, else the state code).
Clock facts:
  received_on_sent_date / received:<date>  -> due = initial period after that date (if the table has one)
  extension -> due = current due (or initial period after `sent` if none yet) + extension period
               (if the table has no extension days the message sets no due; its stated date is `estimated`)
Adverse determinations get appeal_due; where the table has no appeal days, appeal_due is null.
Requires: pip install holidays numpy pyyaml
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
if not RULES_CSV.exists():
    RULES_CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
NAMES = {'US': 'United States (federal)', 'US-IL': 'Illinois', 'US-MN': 'Minnesota',
         'US-NC': 'North Carolina', 'US-NV': 'Nevada'}
_hcache = {}


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(RULES_CSV, newline='', encoding='utf-8'))}
    rules = {}
    for code, name in NAMES.items():
        r = rows[name]

        def per(n, t):
            if not (n or '').strip():
                return None
            t = (t or '').strip()
            if t not in ('business', 'calendar'):
                raise SystemExit('%s: unknown day type %r' % (name, t))
            return ('bd' if t == 'business' else 'cd', int(n))
        rules[code] = {
            'initial': per(r['response_days'], r['day_type']),
            'ext': per(r['extension_days'], r['extension_day_type'] or r['day_type']),
            'appeal': int(r['appeal_days']) if (r['appeal_days'] or '').strip() else None,
        }
    return rules


def hols(jur):
    if jur not in _hcache:
        sub = None if jur == 'US' else jur.split('-')[1]
        h = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
        _hcache[jur] = np.array(sorted(h.keys()), dtype='datetime64[D]')
    return _hcache[jur]


def add_business(d, n, jur):
    return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(jur)).astype(dt.date)


def roll_forward(d, jur):
    return np.busday_offset(np.datetime64(d, 'D'), 0, roll='forward', holidays=hols(jur)).astype(dt.date)


def apply(rule, d, jur):
    unit, n = rule
    if unit == 'bd':
        return add_business(d, n, jur)
    return roll_forward(d + dt.timedelta(days=n), jur)


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
        rule = rules[jur] if rid else None
        clock = f.get('clock')
        if clock:
            if not rid:
                raise SystemExit('%s: clock fact without a request' % f['file'])
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if rule['initial']:
                    due[rid] = apply(rule['initial'], received, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if rule['ext']:
                    if rid in due:
                        cur = due[rid]
                    elif rule['initial']:
                        cur = apply(rule['initial'], reqs[rid]['sent'], jur)
                    else:
                        raise SystemExit('%s: extension without an initial period' % f['file'])
                    due[rid] = apply(rule['ext'], cur, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination'):
            if not rid:
                raise SystemExit('%s: adverse determination without a request' % f['file'])
            if rule['appeal']:
                dd = message_date(HERE / 'messages' / f['file'])
                lab['appeal_due'] = roll_forward(dd + dt.timedelta(days=rule['appeal']), jur)
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
