"""Derive every date label (due, appeal_due) from facts.yaml, the request register and the
rules table (../shared/rules/jurisdictions.csv (beside the repository)). Writes labels.yaml.
Usage: venv/bin/python compute_labels.py [--print]"""
import csv, datetime as dt, email, email.utils, os, sys
import holidays, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.environ.get('RULES_CSV', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', 'shared', 'rules', 'jurisdictions.csv'))
STATE = {'US-NH': 'New Hampshire', 'US-RI': 'Rhode Island', 'US-ID': 'Idaho', 'US-MT': 'Montana', 'US-ME': 'Maine',
         'US': 'United States (federal)'}

def rules():
    r = {}
    for row in csv.DictReader(open(RULES)):
        r[row['jurisdiction']] = row
    return r

def hol(jur):
    if jur == 'US':
        return holidays.US(years=range(2025, 2028))
    return holidays.US(subdiv=jur[3:], years=range(2025, 2028))

def is_bd(d, H):
    return d.weekday() < 5 and d not in H

def add_bd(d, n, H):
    while n > 0:
        d += dt.timedelta(days=1)
        if is_bd(d, H):
            n -= 1
    return d

def roll(d, H):
    while not is_bd(d, H):
        d += dt.timedelta(days=1)
    return d

def add_days(d, n, kind, H):
    if kind == 'business':
        return add_bd(d, n, H)
    return roll(d + dt.timedelta(days=n), H)

def msg_date(path):
    m = email.message_from_binary_file(open(path, 'rb'))
    return email.utils.parsedate_to_datetime(m['Date']).date()   # date as written in the header's own zone

def compute():
    R = rules()
    ag = {a['id']: a for a in yaml.safe_load(open(os.path.join(HERE, 'agencies.yaml')))['agencies']}
    rq = {q['id']: q for q in yaml.safe_load(open(os.path.join(HERE, 'requests.yaml')))['requests']}
    facts = yaml.safe_load(open(os.path.join(HERE, 'facts.yaml')))
    due = {}
    labels = []
    for f in facts:
        lab = {'file': f['file'], 'request': f['request'], 'kind': f['kind'],
               'tracking_number': f.get('tracking_number')}
        req = rq.get(f['request']) if f['request'] else None
        if req:
            jur = ag[req['agency']]['jurisdiction']
            row = R[STATE[jur]]; H = hol(jur)
            rd = int(row['response_days']) if row['response_days'] else None
            ed = int(row['extension_days']) if row['extension_days'] else None
            ad = int(row['appeal_days']) if row['appeal_days'] else None
            def base():
                return add_days(req['sent'], rd, row['day_type'], H) if rd else None
            if f['kind'] == 'acknowledgment':
                start = f.get('received') or req['sent']
                if isinstance(start, str): start = dt.date.fromisoformat(start)
                due[req['id']] = add_days(start, rd, row['day_type'], H) if rd else None
                lab['due'] = due[req['id']]
            elif f['kind'] == 'extension':
                cur = due.get(req['id'], base())
                if ed and cur:
                    due[req['id']] = add_days(cur, ed, row['extension_day_type'], H)
                    lab['due'] = due[req['id']]
            if f['kind'] in ('denial', 'no_records') or (f['kind'] == 'records_final' and f.get('withheld')):
                d = msg_date(os.path.join(HERE, 'messages', f['file']))
                lab['appeal_due'] = roll(d + dt.timedelta(days=ad), H) if ad else None
        if f.get('estimated'):
            e = f['estimated']
            lab['estimated'] = dt.date.fromisoformat(e) if isinstance(e, str) else e
        lab['why'] = f['why']
        labels.append(lab)
    return labels

if __name__ == '__main__':
    labels = compute()
    if '--print' in sys.argv:
        for l in labels:
            print(l['file'], l['request'], l['kind'], l.get('due', ''), l.get('appeal_due', ''))
    else:
        yaml.safe_dump(labels, open(os.path.join(HERE, 'labels.yaml'), 'w'), sort_keys=False, allow_unicode=True, width=200)
