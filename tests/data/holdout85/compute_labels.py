#!/usr/bin/env python3
"""Derive labels.yaml from facts.yaml + requests.yaml + agencies.yaml and the rules table.

    python compute_labels.py           # write labels.yaml
    python compute_labels.py --check   # recompute and compare with labels.yaml (exit 1 on mismatch)

Rules come from ../shared/rules/jurisdictions.csv (response_days, day_type, extension_days,
extension_day_type, appeal_days), looked up by the state name of the agency's jurisdiction:
  - acknowledgment (clock received_on_sent_date | received:DATE): due = receipt + response_days
    (business: the N-th business day after receipt; calendar: receipt + N, rolled forward to a business day).
    No response_days (Ohio, Wisconsin) -> no due.
  - extension: due = current due + extension_days; the rules table gives no extension days for any
    jurisdiction in this set, so extensions set no due (the estimated date is kept).
  - adverse determinations: appeal_due = Date: of the message + appeal_days calendar days, rolled forward;
    null where the table gives no appeal days (all but Indiana here).
Business days exclude Sat/Sun and holidays.country_holidays('US', subdiv=<state>).
Needs: holidays, pyyaml.
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
STATE = {'US': 'United States (federal)', 'US-TN': 'Tennessee', 'US-MO': 'Missouri', 'US-IN': 'Indiana',
         'US-OH': 'Ohio', 'US-WI': 'Wisconsin', 'US-NE': 'Nebraska'}


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(RULES_CSV.open(encoding='utf-8'))}
    out = {}
    for code, name in STATE.items():
        r = rows[name]
        num = lambda k: int(r[k]) if r[k].strip() else None
        out[code] = {'resp': num('response_days'), 'resp_type': r['day_type'], 'ext': num('extension_days'),
                     'ext_type': r['extension_day_type'], 'appeal': num('appeal_days')}
    return out


_h = {}
def is_business(d, jur):
    if jur not in _h:
        sub = None if jur == 'US' else jur.split('-')[1]
        _h[jur] = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
    return d.weekday() < 5 and d not in _h[jur]


def add_days(start, n, kind, jur):
    if kind == 'business':
        d, k = start, 0
        while k < n:
            d += dt.timedelta(days=1)
            if is_business(d, jur):
                k += 1
        return d
    d = start + dt.timedelta(days=n)
    while not is_business(d, jur):
        d += dt.timedelta(days=1)
    return d


def msg_date(fn):
    with open(HERE / 'messages' / fn, 'rb') as fh:
        m = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(m['Date'])).date()


def compute():
    rules = load_rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = sorted(yaml.safe_load((HERE / 'facts.yaml').read_text()), key=lambda f: f['file'])
    due, labels = {}, []
    for f in facts:
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'],
               'tracking_number': None if f.get('tracking_number') is None else str(f['tracking_number'])}
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        rule = rules.get(jur)
        clock = f.get('clock')
        if clock and not rid:
            raise SystemExit('%s: clock without request' % f['file'])
        if clock and clock != 'extension':
            received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
            if rule['resp']:
                due[rid] = add_days(received, rule['resp'], rule['resp_type'], jur)
                lab['due'] = due[rid]
        elif clock == 'extension':
            if rule['ext']:
                cur = due.get(rid) or add_days(reqs[rid]['sent'], rule['resp'], rule['resp_type'], jur)
                due[rid] = add_days(cur, rule['ext'], rule['ext_type'] or rule['resp_type'], jur)
                lab['due'] = due[rid]
        if f.get('adverse'):
            lab['appeal_due'] = add_days(msg_date(f['file']), rule['appeal'], 'calendar', jur) if rule['appeal'] else None
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
        print('labels.yaml matches facts.yaml (%d entries)' % len(labels))
        return
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote labels.yaml (%d entries)' % len(labels))


if __name__ == '__main__':
    main()
