#!/usr/bin/env python3
"""Derive labels.yaml from facts.yaml + requests.yaml + agencies.yaml and the rules table.

    python compute_labels.py           # write labels.yaml
    python compute_labels.py --check   # recompute and compare with labels.yaml (exit 1 on mismatch)
    python compute_labels.py --show    # print the computed due/appeal_due per message

Only `due` and `appeal_due` are computed; every other field is copied from the hand-written facts.
Rules come from ../shared/rules/jurisdictions.csv (response_days, day_type, extension_days,
extension_day_type, appeal_days), looked up by the agency's jurisdiction (US = federal row, US-XX = state row).
  - "N business days after D": day 1 is the first business day after D (weekends and holidays skipped).
  - "N calendar days after D": D + N, rolled forward to the next business day if it is not one.
  - acknowledgment (clock ack_sent / ack_received:DATE): due = response period counted from the request's sent
    date, or from the received date the message states.
  - extension: due = extension period added to the current due, only where the table gives extension days
    (an empty extension_day_type falls back to the response day type); otherwise the message sets no due
    and carries only the agency-stated `estimated` date.
  - adverse determination (denial, no_records, records_final with withholdings): appeal_due = Date: of the
    message + appeal_days calendar days, rolled forward; null where the table gives no appeal days.
Holidays: python `holidays`, country US, subdiv = the state's code (none for federal).
The Smithsonian is not an agency under FOIA; it is given jurisdiction US because its Directive 807 policy
mirrors the FOIA periods (see NOTES.md).
"""
import csv, datetime as dt, email, email.policy, email.utils, sys
from pathlib import Path
import holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
NAMES = {'US': 'United States (federal)', 'US-MS': 'Mississippi', 'US-IL': 'Illinois', 'US-IN': 'Indiana',
         'US-MA': 'Massachusetts', 'US-NY': 'New York'}


def load_rules():
    rows = {r['jurisdiction'].strip(): r for r in csv.DictReader(RULES_CSV.open(encoding='utf-8'))}

    def num(v):
        v = (v or '').strip()
        return int(v) if v else None
    out = {}
    for code, name in NAMES.items():
        r = rows[name]
        out[code] = {'response': (num(r['response_days']), r['day_type'].strip()),
                     'extension': (num(r['extension_days']), r['extension_day_type'].strip() or r['day_type'].strip()),
                     'appeal': num(r['appeal_days'])}
    return out


_hol = {}


def is_business(d, jur):
    if jur not in _hol:
        sub = None if jur == 'US' else jur.split('-')[1]
        _hol[jur] = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
    return d.weekday() < 5 and d not in _hol[jur]


def roll(d, jur):
    while not is_business(d, jur):
        d += dt.timedelta(days=1)
    return d


def add_period(d, n, kind, jur):
    if kind == 'business':
        while n > 0:
            d += dt.timedelta(days=1)
            if is_business(d, jur):
                n -= 1
        return d
    if kind == 'calendar':
        return roll(d + dt.timedelta(days=n), jur)
    raise SystemExit('unknown day type %r for %s' % (kind, jur))


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
        rid = f['request']
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        rule = rules.get(jur) if jur else None
        clock = f.get('clock')
        if clock:
            if rule is None:
                raise SystemExit('%s: clock without a request/rule' % f['file'])
            n, kind = rule['response']
            if clock == 'ack_sent' or clock.startswith('ack_received:'):
                start = reqs[rid]['sent'] if clock == 'ack_sent' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due[rid] = add_period(start, n, kind, jur)
                lab['due'] = due[rid]
            elif clock == 'extension':
                en, ekind = rule['extension']
                if en is not None:
                    cur = due.get(rid) or add_period(reqs[rid]['sent'], n, kind, jur)
                    due[rid] = add_period(cur, en, ekind, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            ap = rule['appeal']
            lab['appeal_due'] = roll(msg_date(f['file']) + dt.timedelta(days=ap), jur) if ap else None
        if f.get('estimated'):
            lab['estimated'] = f['estimated']
        lab['why'] = f['why']
        labels.append(lab)
    return labels


def main():
    labels = compute()
    out = HERE / 'labels.yaml'
    if '--show' in sys.argv:
        for l in labels:
            print(l['file'], l['request'], l['kind'], 'due=%s' % l.get('due', '-'), 'appeal=%s' % l.get('appeal_due', '-'))
        return
    if '--check' in sys.argv:
        have = yaml.safe_load(out.read_text()) if out.exists() else None
        if have != labels:
            for a, b in zip(have or [], labels):
                if a != b:
                    print('MISMATCH', b['file'], '\n  have:', a, '\n  want:', b)
            print('labels.yaml differs from facts.yaml-derived labels')
            sys.exit(1)
        print('labels.yaml OK (%d entries)' % len(labels))
        return
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n'
                   + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote labels.yaml (%d entries)' % len(labels))


if __name__ == '__main__':
    main()
