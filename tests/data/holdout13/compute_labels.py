"""Re-derive every date label (due, appeal_due, estimated) from facts.yaml + requests.yaml + agencies.yaml and the
rules table. `python compute_labels.py` prints differences with labels.yaml; `--write` fills the dates in labels.yaml."""
import csv, sys, os, datetime as dt, yaml, holidays
D=os.path.dirname(os.path.abspath(__file__))
RULES=os.environ.get('RULES_CSV', os.path.join(D, '..', '..', '..', '..', 'shared', 'rules', 'jurisdictions.csv'))
NAMES={'US':'United States (federal)','US-OR':'Oregon','US-MN':'Minnesota','US-GA':'Georgia','US-NC':'North Carolina','US-SC':'South Carolina','US-WI':'Wisconsin'}
rules={r['jurisdiction']:r for r in csv.DictReader(open(RULES))}
ag={a['id']:a for a in yaml.safe_load(open(f'{D}/agencies.yaml'))['agencies']}
reqs={r['id']:r for r in yaml.safe_load(open(f'{D}/requests.yaml'))['requests']}
def hol(j): return holidays.US(subdiv=None if j=='US' else j[3:],years=range(2026,2028))
def isbiz(d,j): return d.weekday()<5 and d not in hol(j)
def addbiz(d,n,j):
    while n>0:
        d+=dt.timedelta(1)
        if isbiz(d,j): n-=1
    return d
def roll(d,j):
    while not isbiz(d,j): d+=dt.timedelta(1)
    return d
def num(x): return int(x) if x and x.strip().isdigit() else None
def D_(x): return x if isinstance(x,dt.date) else dt.date.fromisoformat(str(x))
def compute():
    facts=yaml.safe_load(open(f'{D}/facts.yaml')); cur={}; out={}
    for f in facts:
        o={}; rid=f['request']
        if rid:
            j=ag[reqs[rid]['agency']]['jurisdiction']; r=rules[NAMES[j]]
            rd,rt=num(r['response_days']),r['day_type']; ed=num(r['extension_days'])
            base=D_(reqs[rid]['sent'])
            if rid not in cur and rd: cur[rid]=addbiz(base,rd,j) if rt=='business' else roll(base+dt.timedelta(rd),j)
            if f['kind']=='acknowledgment' and rd:
                b=D_(f.get('received',base))
                cur[rid]=addbiz(b,rd,j) if rt=='business' else roll(b+dt.timedelta(rd),j)
                o['due']=cur[rid]
            if f['kind']=='extension' and ed and not f.get('nonstat'):
                cur[rid]=addbiz(cur[rid],ed,j) if r['extension_day_type']=='business' else roll(cur[rid]+dt.timedelta(ed),j)
                o['due']=cur[rid]
            if f['kind'] in ('denial','no_records') or (f['kind']=='records_final' and f.get('withheld')):
                ad=num(r['appeal_days'])
                o['appeal_due']=roll(D_(f['date'])+dt.timedelta(ad),j) if ad else None
        if 'estimated' in f: o['estimated']=D_(f['estimated'])
        out[f['file']]=o
    return out
if __name__=='__main__':
    comp=compute(); labels=yaml.safe_load(open(f'{D}/labels.yaml')); bad=0
    for l in labels:
        c=comp[l['file']]
        if '--write' in sys.argv:
            for k in ('due','appeal_due','estimated'): l.pop(k,None)
            why=l.pop('why'); l.update(c); l['why']=why
        else:
            for k in ('due','appeal_due','estimated'):
                if (k in l)!=(k in c) or l.get(k)!=c.get(k): bad+=1; print('MISMATCH',l['file'],k,l.get(k),c.get(k))
    if '--write' in sys.argv: yaml.safe_dump(labels,open(f'{D}/labels.yaml','w'),sort_keys=False,allow_unicode=True,width=200); print('written')
    else: print('mismatches:',bad); sys.exit(1 if bad else 0)
