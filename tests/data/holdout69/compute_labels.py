#!/usr/bin/env python3
"""Derive labels.yaml from facts.yaml, requests.yaml, agencies.yaml and the rules table.

    python3 compute_labels.py          # write labels.yaml
    python3 compute_labels.py --check  # recompute and compare with labels.yaml (exit 1 on mismatch)

Only due / appeal_due are computed; the rest is copied from facts.yaml.
Rules: ../shared/rules/jurisdictions.csv row of the agency's jurisdiction (response_days/day_type,
extension_days/extension_day_type, appeal_days).
  - business: "N business days after D" = the N-th business day strictly after D (weekends and the
    state's holidays from `holidays`, country US, subdiv = state code, skipped).
  - calendar: D + N, rolled forward to the next business day when it is not one.
  - clock received_on_sent_date / received:DATE -> due = response period from that date.
  - clock extension -> due = extension period on top of the current due, only where the table has extension
    days; otherwise no due is set (the message may still carry `estimated`).
  - adverse: appeal_due = Date: of the message + appeal_days calendar days, rolled forward; null when the
    table has no appeal days.
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import holidays, yaml

HERE = Path(__file__).resolve().parent
CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
NAMES = {'US': 'United States (federal)', 'US-DC': 'District of Columbia', 'US-PA': 'Pennsylvania',
         'US-MA': 'Massachusetts', 'US-WA': 'Washington', 'US-CO': 'Colorado', 'US-MD': 'Maryland',
         'US-TX': 'Texas', 'US-NY': 'New York', 'US-CA': 'California'}


def rules():
    rows = {r['jurisdiction'].strip(): r for r in csv.DictReader(CSV.open(encoding='utf-8'))}
    num = lambda v: int(v) if (v or '').strip() else None
    out = {}
    for code, name in NAMES.items():
        r = rows[name]
        out[code] = {'resp': (num(r['response_days']), r['day_type'].strip()),
                     'ext': (num(r['extension_days']), (r['extension_day_type'] or '').strip()),
                     'appeal': num(r['appeal_days'])}
    return out


_h = {}


def business(d, jur):
    if jur not in _h:
        sub = None if jur == 'US' else jur.split('-')[1]
        _h[jur] = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
    return d.weekday() < 5 and d not in _h[jur]


def add(d, n, kind, jur):
    if kind == 'business':
        while n:
            d += dt.timedelta(days=1)
            if business(d, jur):
                n -= 1
        return d
    if kind == 'calendar':
        d += dt.timedelta(days=n)
        while not business(d, jur):
            d += dt.timedelta(days=1)
        return d
    raise ValueError(kind)


def msg_date(fn):
    with open(HERE / 'messages' / fn, 'rb') as fh:
        m = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(m['Date'])).date()


def compute():
    R = rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due, labels = {}, []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f['request']
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        clock = f.get('clock')
        if clock:
            n, kind = R[jur]['resp']
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                rec = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock[9:])
                due[rid] = add(rec, n, kind, jur)
                lab['due'] = due[rid]
            elif clock == 'extension':
                en, ekind = R[jur]['ext']
                if en:
                    cur = due.get(rid) or add(reqs[rid]['sent'], n, kind, jur)
                    due[rid] = add(cur, en, ekind, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: bad clock %r' % (f['file'], clock))
        if f.get('adverse'):
            a = R[jur]['appeal']
            lab['appeal_due'] = add(msg_date(f['file']), a, 'calendar', jur) if a else None
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
                    print('MISMATCH', a['file'], '\n  have', a, '\n  want', b)
            sys.exit(1)
        print('labels.yaml OK (%d entries)' % len(labels))
        return
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n'
                   + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote labels.yaml (%d entries)' % len(labels))


if __name__ == '__main__':
    main()
