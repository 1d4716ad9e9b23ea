"""Derive every date label (due, appeal_due) from facts.yaml + requests.yaml + agencies.yaml
and the rules table; writes labels.yaml.  Usage: venv/bin/python compute_labels.py [--print]"""
import csv, datetime as dt, os, sys, yaml, holidays
HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.environ.get('RULES_CSV', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', 'shared', 'rules', 'jurisdictions.csv'))
STATE = {'US': 'United States (federal)', 'US-NY': 'New York', 'US-IL': 'Illinois', 'US-GA': 'Georgia',
         'US-TX': 'Texas', 'US-MI': 'Michigan'}

def load_rules():
    out = {}
    for r in csv.DictReader(open(RULES, encoding='utf-8')):
        out[r['jurisdiction']] = r
    return {j: out[n] for j, n in STATE.items()}

def hol(j, years=(2026, 2027)):
    sub = None if j == 'US' else j.split('-')[1]
    return holidays.country_holidays('US', subdiv=sub, years=list(years))

def is_bd(d, h): return d.weekday() < 5 and d not in h

def add_bd(d, n, h):
    while n > 0:
        d += dt.timedelta(days=1)
        if is_bd(d, h): n -= 1
    return d

def roll(d, h):
    while not is_bd(d, h): d += dt.timedelta(days=1)
    return d

def add_days(d, n, kind, h):
    if kind == 'business': return add_bd(d, n, h)
    return roll(d + dt.timedelta(days=n), h)

def compute():
    rules = load_rules()
    ag = {a['id']: a for a in yaml.safe_load(open(os.path.join(HERE, 'agencies.yaml')))['agencies']}
    reqs = {r['id']: r for r in yaml.safe_load(open(os.path.join(HERE, 'requests.yaml')))['requests']}
    facts = yaml.safe_load(open(os.path.join(HERE, 'facts.yaml')))
    cur = {}
    for rid, r in reqs.items():
        j = ag[r['agency']]['jurisdiction']; ru = rules[j]; h = hol(j)
        cur[rid] = add_days(r['sent'], int(ru['response_days']), ru['day_type'], h)
    labels = []
    for f in facts:
        lab = {'file': f['file'], 'request': f['request'], 'kind': f['kind'],
               'tracking_number': f.get('tracking_number')}
        rid = f['request']
        if rid:
            j = ag[reqs[rid]['agency']]['jurisdiction']; ru = rules[j]; h = hol(j)
            rule = f.get('due_rule')
            if rule == 'ack':
                start = f.get('received') or reqs[rid]['sent']
                cur[rid] = add_days(start, int(ru['response_days']), ru['day_type'], h)
                lab['due'] = cur[rid]
            elif rule == 'extend':
                if ru['extension_days']:
                    cur[rid] = add_days(cur[rid], int(ru['extension_days']), ru['extension_day_type'] or ru['day_type'], h)
                    lab['due'] = cur[rid]
            if f.get('appeal'):
                lab['appeal_due'] = (roll(f['date'] + dt.timedelta(days=int(ru['appeal_days'])), h)
                                     if ru['appeal_days'] else None)
        if 'estimated' in f: lab['estimated'] = f['estimated']
        lab['why'] = f['why']
        labels.append(lab)
    return labels

if __name__ == '__main__':
    labels = compute()
    if '--print' in sys.argv:
        print(yaml.safe_dump(labels, sort_keys=False, allow_unicode=True))
    else:
        with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as fh:
            yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=200)
        print('wrote', len(labels), 'labels')
