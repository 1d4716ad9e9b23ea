#!/usr/bin/env python3
"""Derive labels.yaml from requests.yaml + agencies.yaml + facts.yaml, using the rules table
../shared/rules/jurisdictions.csv (response_days, day_type, extension_days, extension_day_type, appeal_days).

    python3 compute_labels.py          # write labels.yaml
    python3 compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules applied (only due / appeal_due are computed; everything else is copied from facts.yaml):
- acknowledgment (clock received_on_sent_date | received:DATE): due = received + response_days (business or
  calendar). If the table gives no response_days (AZ, FL) the acknowledgment sets no due.
- extension: due = current due (or sent + response_days) + extension_days. If the table gives no extension days
  (TX, AZ, FL) the extension sets no due (estimated only).
- "N business days after D" = the N-th business day strictly after D (weekends and holidays.country_holidays('US',
  subdiv=<state>) excluded). Calendar deadlines landing on a weekend/holiday roll forward to the next business day.
- appeal_due (adverse determinations only): Date: of the message + appeal_days calendar days, rolled forward to
  the next business day; null where the table gives no appeal days (TX, AZ, FL).
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
NAMES = {'US': 'United States (federal)', 'US-TX': 'Texas', 'US-FL': 'Florida', 'US-NY': 'New York', 'US-IL': 'Illinois',
         'US-AZ': 'Arizona', 'US-PA': 'Pennsylvania', 'US-MI': 'Michigan'}


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(RULES_CSV, newline='', encoding='utf-8'))}
    rules = {}
    for code, name in NAMES.items():
        r = rows[name]
        unit = lambda t: 'bd' if t.strip() == 'business' else 'cd'
        ini = (unit(r['day_type']), int(r['response_days'])) if r['response_days'].strip() else None
        ext = (unit(r['extension_day_type']), int(r['extension_days'])) if r['extension_days'].strip() else None
        app = int(r['appeal_days']) if r['appeal_days'].strip() else None
        rules[code] = (ini, ext, app)
    return rules


_h = {}
def hols(jur):
    if jur not in _h:
        sub = None if jur == 'US' else jur.split('-')[1]
        _h[jur] = np.array(sorted(holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029)).keys()), dtype='datetime64[D]')
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
    rules = load_rules()
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
            ini, ext, _ = rules[jur]
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                rec = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if ini:
                    due[rid] = apply(ini, rec, jur)
                    lab['due'] = due[rid]
            elif clock == 'extension':
                if ext and ini:
                    cur = due.get(rid) or apply(ini, reqs[rid]['sent'], jur)
                    due[rid] = apply(ext, cur, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            app = rules[jur][2]
            lab['appeal_due'] = roll_forward(message_date(HERE / 'messages' / f['file']) + dt.timedelta(days=app), jur) if app else None
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
