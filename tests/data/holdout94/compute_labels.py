#!/usr/bin/env python3
"""Derive labels.yaml from facts.yaml + requests.yaml + agencies.yaml and the rules table.

    python compute_labels.py          # write labels.yaml
    python compute_labels.py --check  # recompute and compare with the existing labels.yaml

Rules come from ../shared/rules/jurisdictions.csv (response_days, day_type, extension_days,
extension_day_type, appeal_days). Jurisdictions in this set: US (ICE), US-GA, US-AL, US-MS, US-SC, US-LA.
  due (acknowledgment)  = receipt date (the date the message states, else `sent`) + response_days
                          (business: day 1 = first business day after receipt; calendar: rolled forward to the
                          next business day). US 20 bd; GA 3 bd; AL 10 cd; MS 7 bd; SC 10 bd; LA 3 bd.
  due (extension)       = current due + extension_days (US +10 bd, MS +7 bd). GA/AL/SC/LA have no extension
                          days in the table -> the extension sets no due (key omitted; estimated only).
  appeal_due            = Date: of the adverse message + appeal_days calendar days, rolled forward to the next
                          business day (US only: 90); states have no appeal days -> appeal_due: null.
Business days exclude Sat/Sun and holidays.country_holidays('US', subdiv=<state>) (observed dates; no subdiv for US).
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import holidays, yaml

HERE = Path(__file__).resolve().parent
TABLE = Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv'
STATES = {'Alabama': 'AL', 'Alaska': 'AK', 'Arizona': 'AZ', 'Arkansas': 'AR', 'California': 'CA', 'Colorado': 'CO',
          'Connecticut': 'CT', 'Delaware': 'DE', 'Florida': 'FL', 'Georgia': 'GA', 'Hawaii': 'HI', 'Idaho': 'ID',
          'Illinois': 'IL', 'Indiana': 'IN', 'Iowa': 'IA', 'Kansas': 'KS', 'Kentucky': 'KY', 'Louisiana': 'LA',
          'Maine': 'ME', 'Maryland': 'MD', 'Massachusetts': 'MA', 'Michigan': 'MI', 'Minnesota': 'MN',
          'Mississippi': 'MS', 'Missouri': 'MO', 'Montana': 'MT', 'Nebraska': 'NE', 'Nevada': 'NV',
          'New Hampshire': 'NH', 'New Jersey': 'NJ', 'New Mexico': 'NM', 'New York': 'NY', 'North Carolina': 'NC',
          'North Dakota': 'ND', 'Ohio': 'OH', 'Oklahoma': 'OK', 'Oregon': 'OR', 'Pennsylvania': 'PA',
          'Rhode Island': 'RI', 'South Carolina': 'SC', 'South Dakota': 'SD', 'Tennessee': 'TN', 'Texas': 'TX',
          'Utah': 'UT', 'Vermont': 'VT', 'Virginia': 'VA', 'Washington': 'WA', 'West Virginia': 'WV',
          'Wisconsin': 'WI', 'Wyoming': 'WY', 'District of Columbia': 'DC'}

def load_rules():
    rules = {}
    for row in csv.DictReader(open(TABLE, newline='', encoding='utf-8')):
        name = row['jurisdiction']
        code = 'US' if name.startswith('United States') else 'US-' + STATES.get(name, name)
        num = lambda k: int(row[k]) if row[k].strip() else None
        rules[code] = dict(resp=num('response_days'), resp_type=row['day_type'], ext=num('extension_days'),
                           ext_type=row['extension_day_type'] or row['day_type'], appeal=num('appeal_days'))
    return rules

_h = {}
def hols(jur):
    if jur not in _h:
        sub = None if jur == 'US' else jur.split('-')[1]
        _h[jur] = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
    return _h[jur]

def is_bd(d, jur):
    return d.weekday() < 5 and d not in hols(jur)

def add_bd(d, n, jur):
    while n > 0:
        d += dt.timedelta(days=1)
        if is_bd(d, jur):
            n -= 1
    return d

def roll(d, jur):
    while not is_bd(d, jur):
        d += dt.timedelta(days=1)
    return d

def add(d, n, kind, jur):
    if kind == 'business':
        return add_bd(d, n, jur)
    return roll(d + dt.timedelta(days=n), jur)

def msg_date(path):
    m = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    return email.utils.parsedate_to_datetime(m['Date']).date()

def compute():
    rules = load_rules()
    reqs = {r['id']: r for r in yaml.safe_load(open(HERE / 'requests.yaml'))['requests']}
    ags = {a['id']: a for a in yaml.safe_load(open(HERE / 'agencies.yaml'))['agencies']}
    facts = yaml.safe_load(open(HERE / 'facts.yaml'))
    current_due, labels = {}, []
    for f in facts:
        lab = {k: f[k] for k in ('file', 'request', 'kind', 'tracking_number')}
        rid = f['request']
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        R = rules.get(jur) if jur else None
        clock = f.get('clock')
        if clock:
            if clock == 'extension':
                base = current_due.get(rid) or add(reqs[rid]['sent'], R['resp'], R['resp_type'], jur)
                due = add(base, R['ext'], R['ext_type'], jur) if R['ext'] else None
            else:
                start = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                due = add(start, R['resp'], R['resp_type'], jur) if R['resp'] else None
            if due:
                lab['due'] = due
                current_due[rid] = due
        if f.get('adverse_determination'):
            lab['appeal_due'] = (roll(msg_date(HERE / 'messages' / f['file']) + dt.timedelta(days=R['appeal']), jur)
                                 if R and R['appeal'] else None)
        if f.get('estimated'):
            lab['estimated'] = dt.date.fromisoformat(str(f['estimated']))
        lab['why'] = f['why']
        labels.append(lab)
    return labels

def main():
    labels = compute()
    text = '# Generated by compute_labels.py from facts.yaml; do not edit by hand.\n' + \
           yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=200)
    if '--check' in sys.argv:
        old = (HERE / 'labels.yaml').read_text()
        print('labels.yaml up to date' if old == text else 'labels.yaml DIFFERS from recomputed labels')
        sys.exit(0 if old == text else 1)
    (HERE / 'labels.yaml').write_text(text)
    print(f'wrote {len(labels)} labels')

if __name__ == '__main__':
    main()
