#!/usr/bin/env python3
"""Derive labels.yaml from facts.yaml + requests.yaml + agencies.yaml, using the rules table
../shared/rules/jurisdictions.csv and the `holidays` package.

    python3 compute_labels.py          # write labels.yaml
    python3 compute_labels.py --check  # recompute and compare with labels.yaml

Rules (per the corpus README):
  * initial due = response_days after the date of receipt (business days: N-th business day strictly after
    receipt; calendar days: receipt + N, rolled forward to the next business day).
  * clock 'received:YYYY-MM-DD' counts from that stated date; 'received_on_sent_date' from requests.yaml sent.
  * clock 'extension' adds extension_days (extension_day_type) on top of the current due date; no extension
    days in the table -> the extension sets no due (only estimated, if stated).
  * adverse determinations: appeal_due = Date: of the message + appeal_days calendar days, rolled forward to
    the next business day; null when the table gives no appeal days.
Business days exclude Saturdays, Sundays and holidays.country_holidays('US', subdiv=<state or None>).
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
STATE_NAMES = {'US': 'United States (federal)'}  # only federal requests in this set


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(RULES_CSV.open(encoding='utf-8'))}
    out = {}
    for code, name in STATE_NAMES.items():
        r = rows[name]
        num = lambda k: int(r[k]) if r[k].strip() else None
        out[code] = dict(response=(num('response_days'), r['day_type']),
                         extension=(num('extension_days'), r['extension_day_type'] or r['day_type']),
                         appeal=num('appeal_days'))
    return out


_h = {}


def is_business(d, jur):
    if jur not in _h:
        sub = None if jur == 'US' else jur.split('-')[1]
        _h[jur] = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
    return d.weekday() < 5 and d not in _h[jur]


def add_business(d, n, jur):
    while n > 0:
        d += dt.timedelta(days=1)
        if is_business(d, jur):
            n -= 1
    return d


def roll_forward(d, jur):
    while not is_business(d, jur):
        d += dt.timedelta(days=1)
    return d


def apply(rule, d, jur):
    n, unit = rule
    if unit == 'business':
        return add_business(d, n, jur)
    return roll_forward(d + dt.timedelta(days=n), jur)


def msg_date(fname):
    with open(HERE / 'messages' / fname, 'rb') as fh:
        m = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(m['Date'])).date()


def compute():
    rules = load_rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    agencies = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due, labels = {}, []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = agencies[reqs[rid]['agency']]['jurisdiction'] if rid else None
        rule = rules.get(jur)
        clock = f.get('clock')
        if clock:
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                rec = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = apply(rule['response'], rec, jur)
                lab['due'] = due[rid]
            elif clock == 'extension':
                if rule['extension'][0] is not None:
                    cur = due.get(rid) or apply(rule['response'], reqs[rid]['sent'], jur)
                    due[rid] = apply(rule['extension'], cur, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            lab['appeal_due'] = (roll_forward(msg_date(f['file']) + dt.timedelta(days=rule['appeal']), jur)
                                 if rule['appeal'] else None)
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
            sys.exit(1)
        print('labels.yaml OK (%d entries)' % len(labels))
        return
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))


if __name__ == '__main__':
    main()
