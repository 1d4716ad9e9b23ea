"""Compute labels.yaml from facts.yaml, requests.yaml, agencies.yaml and the rules table.
Rules: acknowledgment sets due = received + response_days (jurisdiction's day type);
extension sets due = current due + extension_days (if the table gives none: estimated only, no due);
appeal_due = Date: of message + appeal_days calendar days, rolled to next business day (null if the table has none).
Calendar deadlines landing on weekend/holiday roll forward. Holidays: `holidays` US (federal) or US subdiv=state."""
import csv, sys, os, yaml, holidays
from datetime import date, timedelta
from email import message_from_binary_file
from email.utils import parsedate_to_datetime
HERE=os.path.dirname(os.path.abspath(__file__))
RULES=os.environ.get('RULES', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', 'shared', 'rules', 'jurisdictions.csv'))
NAMES={'US':'United States (federal)','US-CA':'California','US-TX':'Texas','US-NJ':'New Jersey','US-MA':'Massachusetts','US-CO':'Colorado','US-WA':'Washington'}
rules={r['jurisdiction']:r for r in csv.DictReader(open(RULES))}
def hol(j, years=(2026,2027)):
    return holidays.US(years=years) if j=='US' else holidays.US(subdiv=j[3:], years=years)
def is_bd(d,h): return d.weekday()<5 and d not in h
def roll(d,h):
    while not is_bd(d,h): d+=timedelta(1)
    return d
def add(d,n,typ,h):
    if typ=='business':
        while n>0:
            d+=timedelta(1)
            if is_bd(d,h): n-=1
        return d
    return roll(d+timedelta(n),h)
def main(write=True):
    ag={a['id']:a for a in yaml.safe_load(open(os.path.join(HERE,'agencies.yaml')))['agencies']}
    rq={r['id']:r for r in yaml.safe_load(open(os.path.join(HERE,'requests.yaml')))['requests']}
    facts=yaml.safe_load(open(os.path.join(HERE,'facts.yaml')))
    cur={}; out=[]
    for f in facts:
        L={'file':f['file'],'request':f['request'],'kind':f['kind'],'tracking_number':f.get('tracking_number')}
        r=f['request']
        if r:
            j=ag[rq[r]['agency']]['jurisdiction']; R=rules[NAMES[j]]; h=hol(j)
            sent=rq[r]['sent']; sent=sent if isinstance(sent,date) else date.fromisoformat(sent)
            if r not in cur: cur[r]=add(sent,int(R['response_days']),R['day_type'],h)
            if f.get('set_due')=='ack':
                rec=f['received']; rec=rec if isinstance(rec,date) else date.fromisoformat(str(rec))
                cur[r]=add(rec,int(R['response_days']),R['day_type'],h); L['due']=cur[r]
            elif f.get('set_due')=='ext' and R['extension_days']:
                cur[r]=add(cur[r],int(R['extension_days']),R['extension_day_type'] or R['day_type'],h); L['due']=cur[r]
            if f['kind'] in ('denial','no_records','records_final'):
                if f.get('appeal') and R['appeal_days']:
                    with open(os.path.join(HERE,'messages',f['file']),'rb') as fh:
                        md=parsedate_to_datetime(message_from_binary_file(fh)['Date']).date()
                    L['appeal_due']=roll(md+timedelta(int(R['appeal_days'])),h)
                else: L['appeal_due']=None
        if f.get('estimated'):
            e=f['estimated']; L['estimated']=e if isinstance(e,date) else date.fromisoformat(str(e))
        L['why']=f.get('why','')
        out.append(L)
    if write: yaml.safe_dump(out,open(os.path.join(HERE,'labels.yaml'),'w'),sort_keys=False,allow_unicode=True)
    return out
if __name__=='__main__': main(); print('labels.yaml written')
