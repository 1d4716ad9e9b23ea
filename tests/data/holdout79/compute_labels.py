#!/usr/bin/env python3
"""Derive labels.yaml from facts.yaml + requests.yaml + agencies.yaml + the shared rules table.

    python3 compute_labels.py          # write labels.yaml
    python3 compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules come from ../shared/rules/jurisdictions.csv (columns response_days, day_type, extension_days,
extension_day_type, appeal_days), looked up by state name for each agency's jurisdiction (US-AZ -> Arizona):
  * acknowledgment (clock: received_on_sent_date | received:DATE): due = response_days after the received date.
    'business': the N-th business day strictly after receipt (weekends and the state's holidays from the
    `holidays` package, subdiv = state code, are skipped). 'calendar': receipt + N days, rolled forward to the
    next business day. day_type 'none' or no response_days (Arizona): no due.
  * extension (clock: extension): due = current due + extension_days; when the table gives no extension days
    (all five states here) the extension sets no due and only `estimated` is kept.
  * adverse_determination (denial / no_records / records_final with withholdings): appeal_due = Date: of the
    message + appeal_days calendar days, rolled forward to the next business day; null when appeal_days is empty.
Requires: holidays, pyyaml.
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
STATES = {'US-AZ': 'Arizona', 'US-NM': 'New Mexico', 'US-NV': 'Nevada', 'US-UT': 'Utah', 'US-TX': 'Texas'}

def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(RULES_CSV.open(encoding='utf-8'))}
    out = {}
    for code, name in STATES.items():
        r = rows[name]
        num = lambda k: int(r[k]) if r[k].strip() else None
        out[code] = dict(resp=num('response_days'), resp_type=r['day_type'].strip(),
                         ext=num('extension_days'), ext_type=r['extension_day_type'].strip(),
                         appeal=num('appeal_days'))
    return out

_hol = {}
def is_business(d, jur):
    if jur not in _hol:
        _hol[jur] = holidays.country_holidays('US', subdiv=jur.split('-')[1], years=range(2025, 2029))
    return d.weekday() < 5 and d not in _hol[jur]

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

def add_days(d, n, kind, jur):
    if kind == 'business':
        return add_business(d, n, jur)
    if kind == 'calendar':
        return roll_forward(d + dt.timedelta(days=n), jur)
    raise ValueError('day type %r' % kind)

def message_date(fn):
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
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        rule = rules.get(jur)
        clock = f.get('clock')
        if clock and not rid:
            raise SystemExit('%s: clock without request' % f['file'])
        if clock in ('received_on_sent_date',) or (clock or '').startswith('received:'):
            received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
            if rule['resp'] is not None and rule['resp_type'] in ('business', 'calendar'):
                due[rid] = add_days(received, rule['resp'], rule['resp_type'], jur)
                lab['due'] = due[rid]
        elif clock == 'extension':
            if rule['ext'] is not None:
                cur = due.get(rid) or add_days(reqs[rid]['sent'], rule['resp'], rule['resp_type'], jur)
                due[rid] = add_days(cur, rule['ext'], rule['ext_type'] or rule['resp_type'], jur)
                lab['due'] = due[rid]
        elif clock:
            raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('adverse_determination') and rid:
            if rule['appeal'] is not None:
                lab['appeal_due'] = roll_forward(message_date(f['file']) + dt.timedelta(days=rule['appeal']), jur)
            else:
                lab['appeal_due'] = None
        if f.get('estimated'):
            e = f['estimated']
            lab['estimated'] = dt.date.fromisoformat(e) if isinstance(e, str) else e
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
