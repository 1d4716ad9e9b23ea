#!/usr/bin/env python3
"""Derive labels.yaml from facts.yaml + requests.yaml + agencies.yaml + the shared rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with labels.yaml (exit 1 on difference)

Rules come from ../../shared/rules/jurisdictions.csv (columns response_days, day_type, extension_days,
extension_day_type, appeal_days), looked up by the agency's jurisdiction (US -> the federal row, US-DC -> the
District of Columbia row). Business days exclude Saturdays, Sundays and the `holidays` package's US holidays
(subdiv None for federal, 'DC' for US-DC). "N business days after D" is the N-th business day strictly after D.
Calendar deadlines landing on a weekend/holiday roll forward to the next business day.

  acknowledgment: due = received date (the date the letter states, else the sent date) + response days
  extension:      due = current due (or sent + response days if none yet) + extension days;
                  no extension days in the table -> no due (estimated only)
  appeal_window:  appeal_due = Date: of the message + appeal days (calendar), rolled forward;
                  no appeal days in the table -> appeal_due: null
Requires: holidays, numpy, pyyaml.
"""
import sys, csv, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
ROW_NAME = {'US': 'United States (federal)', 'US-DC': 'District of Columbia'}

def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(RULES_CSV, newline='', encoding='utf-8'))}
    out = {}
    for code, name in ROW_NAME.items():
        r = rows[name]
        num = lambda v: int(v) if v.strip() else None
        out[code] = {'response': (num(r['response_days']), r['day_type']),
                     'extension': (num(r['extension_days']), r['extension_day_type'] or r['day_type']),
                     'appeal': num(r['appeal_days'])}
    return out

_h = {}
def hol(jur):
    if jur not in _h:
        sub = None if jur == 'US' else jur.split('-')[1]
        _h[jur] = np.array(sorted(holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029)).keys()),
                           dtype='datetime64[D]')
    return _h[jur]

def roll(d, jur):
    return np.busday_offset(np.datetime64(d, 'D'), 0, roll='forward', holidays=hol(jur)).astype(dt.date)

def add(d, n, day_type, jur):
    if day_type == 'business':
        return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hol(jur)).astype(dt.date)
    if day_type == 'calendar':
        return roll(d + dt.timedelta(days=n), jur)
    raise ValueError('day type %r' % day_type)

def msg_date(name):
    with open(HERE / 'messages' / name, 'rb') as fh:
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
        rule = rules.get(jur)
        how = f.get('sets_due')
        if how:
            n, t = rule['response']
            if how == 'acknowledgment':
                rec = f['received']
                if f.get('received_source') == 'sent' and rec != reqs[rid]['sent']:
                    raise SystemExit('%s: received_source sent but date differs' % f['file'])
                due[rid] = add(rec, n, t, jur)
                lab['due'] = due[rid]
            elif how == 'extension':
                en, et = rule['extension']
                if en is not None:
                    cur = due.get(rid) or add(reqs[rid]['sent'], n, t, jur)
                    due[rid] = add(cur, en, et, jur)
                    lab['due'] = due[rid]
            else:
                raise SystemExit('%s: bad sets_due %r' % (f['file'], how))
        if f.get('appeal_window'):
            a = rule['appeal']
            lab['appeal_due'] = roll(msg_date(f['file']) + dt.timedelta(days=a), jur) if a else None
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
