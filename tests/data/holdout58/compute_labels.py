#!/usr/bin/env python3
"""Derive labels.yaml from facts.yaml + requests.yaml + agencies.yaml and the rules table.

    python compute_labels.py           # write labels.yaml
    python compute_labels.py --check   # recompute and compare with labels.yaml
    python compute_labels.py --explain # print how every date label was derived

Rules (README "Deadline rules", numbers from ../shared/rules/jurisdictions.csv, or $RULES_CSV):
  * acknowledgment: due = response_days after the received date (the date the letter states, else the
    request's sent date). Business days: the N-th business day strictly after the date (weekends and the
    jurisdiction's public holidays excluded; `holidays` country US, subdiv = state, none for federal).
    Calendar days: date + N, rolled forward to the next business day. No response_days -> no due.
  * extension: due = extension_days (extension_day_type) on top of the current due date (the last due set
    for the request, else the initial due counted from the sent date). No extension_days -> no due.
  * appeal_due (denial / no_records / records_final with withholdings): appeal_days calendar days after the
    message's Date: (local date), rolled forward to the next business day; null when the table has no appeal days.
Requires: holidays, pyyaml (numpy not needed).
"""
import csv, os, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(os.environ.get('RULES_CSV', Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'))
STATES = {'US': 'United States (federal)', 'US-NV': 'Nevada', 'US-NJ': 'New Jersey', 'US-PA': 'Pennsylvania',
          'US-OH': 'Ohio', 'US-MI': 'Michigan', 'US-CO': 'Colorado', 'US-VA': 'Virginia', 'US-IL': 'Illinois'}


def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(RULES_CSV, newline='', encoding='utf-8'))}
    out = {}
    for code, name in STATES.items():
        r = rows[name]
        num = lambda s: int(s) if s and s.strip() else None
        out[code] = dict(
            response=(num(r['response_days']), r['day_type']) if num(r['response_days']) else None,
            extension=(num(r['extension_days']), r['extension_day_type']) if num(r['extension_days']) else None,
            appeal=num(r['appeal_days']))
    return out


_hol = {}


def hol(jur):
    if jur not in _hol:
        sub = None if jur == 'US' else jur.split('-')[1]
        _hol[jur] = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
    return _hol[jur]


def is_business(d, jur):
    return d.weekday() < 5 and d not in hol(jur)


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
    n, kind = rule
    if kind == 'business':
        return add_business(d, n, jur)
    if kind == 'calendar':
        return roll_forward(d + dt.timedelta(days=n), jur)
    raise ValueError('unknown day type %r' % kind)


def msg_date(fname):
    with open(HERE / 'messages' / fname, 'rb') as fh:
        m = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(m['Date'])).date()


def compute(explain=False):
    rules = load_rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    due = {}
    labels = []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        rule = rules[jur] if jur else None
        how = None
        sets = f.get('sets_due')
        if sets and not rid:
            raise SystemExit('%s: sets_due without a request' % f['file'])
        if sets == 'acknowledgment':
            received = f.get('received') or reqs[rid]['sent']
            if rule['response']:
                due[rid] = apply(rule['response'], received, jur)
                lab['due'] = due[rid]
                how = '%s %s: %d %s days after received %s -> %s' % (rid, jur, rule['response'][0], rule['response'][1], received, due[rid])
            else:
                how = '%s %s: no response days in the rules table -> no due' % (rid, jur)
        elif sets == 'extension':
            if rule['extension']:
                cur = due.get(rid)
                if cur is None:
                    if not rule['response']:
                        raise SystemExit('%s: extension without any base due date' % f['file'])
                    cur = apply(rule['response'], reqs[rid]['sent'], jur)
                due[rid] = apply(rule['extension'], cur, jur)
                lab['due'] = due[rid]
                how = '%s %s: %d %s days on current due %s -> %s' % (rid, jur, rule['extension'][0], rule['extension'][1], cur, due[rid])
            else:
                how = '%s %s: no extension days in the rules table -> no due (estimated only)' % (rid, jur)
        elif sets:
            raise SystemExit('%s: unknown sets_due %r' % (f['file'], sets))
        if f.get('appeal_window'):
            if not rid:
                raise SystemExit('%s: appeal_window without a request' % f['file'])
            if rule['appeal']:
                d = msg_date(f['file'])
                lab['appeal_due'] = roll_forward(d + dt.timedelta(days=rule['appeal']), jur)
                how = (how + '; ' if how else '') + '%s %s: appeal %d calendar days after %s -> %s' % (rid, jur, rule['appeal'], d, lab['appeal_due'])
            else:
                lab['appeal_due'] = None
                how = (how + '; ' if how else '') + '%s %s: no appeal days -> appeal_due null' % (rid, jur)
        if f.get('estimated'):
            lab['estimated'] = f['estimated']
        lab['why'] = f['why']
        labels.append(lab)
        if explain and how:
            print('%-48s %s' % (f['file'], how))
    return labels


def main():
    labels = compute(explain='--explain' in sys.argv)
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
    if '--explain' in sys.argv:
        return
    out.write_text('# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' +
                   yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out, len(labels)))


if __name__ == '__main__':
    main()
