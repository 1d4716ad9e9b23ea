"""Recompute every date label of this set from the facts below and the rules table.

Rules (../../shared/rules/jurisdictions.csv): federal 20 business days (+10 extension, appeal 90 calendar);
KS 3 business; AR 3 business; NE 4 business (no fixed extension, no administrative appeal window);
HI 10 business (+10 extension, appeal 365 calendar); DC 15 business (+10 extension, no appeal window).
Business days use `holidays` country US (federal: no subdivision; states: subdiv = state code).
Usage: venv/bin/python compute_labels.py   (prints mismatches against labels.yaml; exit 1 if any)
"""
import csv, datetime as dt, sys, os, yaml, holidays

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.environ.get('RULES_CSV', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', 'shared', 'rules', 'jurisdictions.csv'))
NAMES = {'US': 'United States (federal)', 'US-KS': 'Kansas', 'US-AR': 'Arkansas', 'US-NE': 'Nebraska',
         'US-HI': 'Hawaii', 'US-DC': 'District of Columbia'}

def load_rules():
    rows = {r['jurisdiction']: r for r in csv.DictReader(open(RULES, encoding='utf-8'))}
    out = {}
    for j, n in NAMES.items():
        r = rows[n]
        num = lambda k: int(r[k]) if r[k].strip() else None
        out[j] = dict(resp=num('response_days'), type=r['day_type'], ext=num('extension_days'), appeal=num('appeal_days'))
    return out

RULE = load_rules()

def hol(j):
    if j == 'US':
        return holidays.US(years=range(2026, 2028))
    return holidays.US(subdiv=j[3:], years=range(2026, 2028))

def is_bd(d, j):
    return d.weekday() < 5 and d not in hol(j)

def add_bd(start, n, j):
    d = start
    while n > 0:
        d += dt.timedelta(days=1)
        if is_bd(d, j):
            n -= 1
    return d

def roll(d, j):
    while not is_bd(d, j):
        d += dt.timedelta(days=1)
    return d

def initial_due(received, j):
    r = RULE[j]
    if r['type'] == 'business':
        return add_bd(received, r['resp'], j)
    return roll(received + dt.timedelta(days=r['resp']), j)

def extended_due(current_due, j):
    r = RULE[j]
    if r['ext'] is None:
        return None
    return add_bd(current_due, r['ext'], j)

def appeal_due(determination, j):
    r = RULE[j]
    if r['appeal'] is None:
        return None
    return roll(determination + dt.timedelta(days=r['appeal']), j)

# Facts per message: ('ack', received_date or None=use sent) | ('ext',) | ('appeal',) ; date of message from Date: header
def load_yaml(name):
    return yaml.safe_load(open(os.path.join(HERE, name), encoding='utf-8'))

def compute(facts):
    ag = {a['id']: a['jurisdiction'] for a in load_yaml('agencies.yaml')['agencies']}
    reqs = {r['id']: r for r in load_yaml('requests.yaml')['requests']}
    due = {rid: initial_due(r['sent'], ag[r['agency']]) for rid, r in reqs.items()}
    out = {}
    for f in sorted(facts):
        rid, ev, arg, msgdate = facts[f]
        j = ag[reqs[rid]['agency']]
        res = {}
        if ev == 'ack':
            rec = arg or reqs[rid]['sent']
            due[rid] = initial_due(rec, j)
            res['due'] = due[rid]
        elif ev == 'ext':
            nd = extended_due(due[rid], j)
            if nd is not None:
                due[rid] = nd
                res['due'] = nd
        elif ev == 'appeal':
            res['appeal_due'] = appeal_due(msgdate, j)
        out[f] = res
    return out

if __name__ == '__main__':
    import email
    facts = load_yaml('facts.yaml')
    F = {}
    for f, v in facts.items():
        p = os.path.join(HERE, 'messages', f)
        m = email.message_from_binary_file(open(p, 'rb'))
        d = email.utils.parsedate_to_datetime(m['Date']).date()
        F[f] = (v['request'], v['event'], v.get('received'), d)
    comp = compute(F)
    labels = {l['file']: l for l in load_yaml('labels.yaml')}
    bad = 0
    for f, res in comp.items():
        for k, v in res.items():
            if labels[f].get(k) != v:
                print('MISMATCH', f, k, 'label', labels[f].get(k), 'computed', v); bad += 1
    for f, l in labels.items():
        if f not in comp and (l.get('due') or l.get('appeal_due')):
            print('MISMATCH', f, 'has a date label but no facts'); bad += 1
    print('checked', len(comp), 'date facts;', bad, 'mismatches')
    sys.exit(1 if bad else 0)
