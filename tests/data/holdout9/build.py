import os, yaml, datetime as dt
from build_lib import *
import compute_labels as CL

H = os.path.dirname(os.path.abspath(__file__))
AG = [
 dict(id='fsis', name='USDA Food Safety and Inspection Service', jurisdiction='US', emails=['FSIS.FOIA@usda.gov'], domains=['usda.gov'], tracking_pattern=r'\b20\d\d-FSIS-\d{5}-F\b'),
 dict(id='ssa', name='Social Security Administration', jurisdiction='US', emails=['FOIA.PA.Officers@ssa.gov'], domains=['ssa.gov'], tracking_pattern=r'\bSSA-20\d\d-\d{6}\b'),
 dict(id='faa', name='Federal Aviation Administration (U.S. Department of Transportation)', jurisdiction='US', emails=['noreply-foia@dot.gov'], domains=['faa.gov', 'dot.gov'], tracking_pattern=r'\b20\d\d-\d{5}\b'),
 dict(id='kdhe', name='Kansas Department of Health and Environment', jurisdiction='US-KS', emails=['KDHE.KORA@ks.gov'], domains=['ks.gov', 'kdhe.ks.gov'], tracking_pattern=r'\bR\d{6}-\d{6}\b'),
 dict(id='asp', name='Arkansas State Police', jurisdiction='US-AR', emails=['foia@asp.arkansas.gov'], domains=['asp.arkansas.gov'], tracking_pattern=r'\bFOI-26-\d{4}\b'),
 dict(id='ndcs', name='Nebraska Department of Correctional Services', jurisdiction='US-NE', emails=['doc.publicrecords@nebraska.gov'], domains=['nebraska.gov'], tracking_pattern=r'\bR\d{6}-\d{6}\b'),
 dict(id='hdcr', name='Hawaii Department of Corrections and Rehabilitation', jurisdiction='US-HI', emails=['dcr.uipa@hawaii.gov'], domains=['hawaii.gov'], tracking_pattern=r'\bUIPA[- ]26-\d{3}\b'),
 dict(id='mpd', name='District of Columbia Metropolitan Police Department', jurisdiction='US-DC', emails=['mpd.foia@dc.gov'], domains=['dc.gov'], tracking_pattern=r'\b2026-FOIA-\d{5}\b'),
]
R = [
 ('REQ-001','fsis','FOIA Request: Salmonella verification sampling results, poultry establishments in Kansas, 2024-2026','2026-07-06'),
 ('REQ-002','fsis','FOIA Request: Noncompliance records and suspension letters, beef slaughter establishments in Kansas and Nebraska, 2025-2026','2026-07-08'),
 ('REQ-003','ssa','FOIA Request: Kansas Disability Determination Services pending caseload and processing time reports, FY2024-FY2026','2026-07-07'),
 ('REQ-004','ssa','FOIA Request: Field office visitor wait-time data, Kansas and Arkansas field offices, 2025-2026','2026-07-14'),
 ('REQ-005','faa','FOIA Request: Enforcement investigation reports, Part 135 air ambulance operators based in Kansas, 2022-2026','2026-07-09'),
 ('REQ-006','kdhe','KORA Request: Foodborne outbreak investigation summaries, 2025','2026-07-06'),
 ('REQ-007','kdhe','KORA Request: Communications with county health departments about the June 2026 E. coli O157 cluster','2026-07-13'),
 ('REQ-008','asp','FOIA Request: Criminal Investigation Division case files on in-custody deaths at county jails, 2025','2026-07-07'),
 ('REQ-009','asp','FOIA Request: Vehicle pursuit policy and pursuit after-action summaries, 2024-2026','2026-07-15'),
 ('REQ-010','ndcs','Public Records Request: Deaths in custody and mortality review reports, 2025-2026','2026-07-08'),
 ('REQ-011','ndcs','Public Records Request: Staff overtime hours, Tecumseh State Correctional Institution, 2025','2026-07-20'),
 ('REQ-012','hdcr','UIPA Request: Inmate health care services contract and amendments, Oahu Community Correctional Center','2026-07-10'),
 ('REQ-013','hdcr','UIPA Request: Halawa Correctional Facility incident reports involving medical emergencies, January-June 2026','2026-08-12'),
 ('REQ-014','mpd','FOIA Request: Naloxone administration reports by MPD officers, 2024-2026','2026-07-09'),
 ('REQ-015','mpd','FOIA Request: Citations and arrests of unlicensed street food vendors, 2025','2026-07-16'),
 ('REQ-017','asp','FOIA Request: Dash and body camera video, I-30 multi-vehicle crash near Benton, June 2026','2026-09-08'),
 ('REQ-016','faa','FOIA Request: Aviation medical examiner designation terminations, Central Region, 2023-2026','2026-08-20'),
]
def mid(rid, sent): return '<%s.%s.1@%s>' % (rid.lower(), sent.replace('-',''), ORG)
def plus(rid): return 'foia+%s@%s' % (rid.lower(), ORG)
REQS = {r[0]: dict(id=r[0], agency=r[1], subject=r[2], sent=dt.date.fromisoformat(r[3]), message_id=mid(r[0], r[3]), reply_address=plus(r[0]), tracking_number=None) for r in R}
REQS['REQ-009']['tracking_number'] = None

MSGS = []  # (file, msgobj, label dict, fact)
def add(n, date8, tag, m, request, kind, tn=None, fact=None, estimated=None, why=''):
    f = '%03d-%s.eml' % (n, date8)
    lab = dict(file=f, request=request, kind=kind, tracking_number=tn)
    if estimated: lab['estimated'] = dt.date.fromisoformat(estimated)
    lab['why'] = why
    MSGS.append((f, m, lab, fact, tag))

def D(s, tz='-0500'):
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    return d.strftime('%a, %d %b %Y %H:%M:%S ') + tz

def quote(rid, who='Capitol Sentinel Bureau <foia@capitolsentinel.example.com>', when=None):
    r = REQS[rid]
    when = when or r['sent'].strftime('%a, %b %d, %Y')
    return ('\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: records office\nSubject: %s\n\n'
            'To whom it may concern:\n\nPursuant to the applicable public records law, I request copies of the records described in the subject line.\n'
            'Please contact me if fees will exceed $50. Electronic copies are preferred.\n\nRecords Desk, Capitol Sentinel Bureau\n' % (who, when, r['subject']))

exec(open(os.path.join(H, 'messages_def.py'), encoding='utf-8').read())
DROP = {'hdcr ooo', 'kdhe ooo', 'ndcs 011 ack via portal'}
MSGS[:] = [x for x in MSGS if x[4] not in DROP]

def main():
    import email.utils as eu
    MSGS.sort(key=lambda x: eu.parsedate_to_datetime(x[1]['Date']))
    for i, x in enumerate(MSGS):
        d = eu.parsedate_to_datetime(x[1]['Date']).strftime('%Y%m%d')
        f = '%03d-%s.eml' % (i + 1, d)
        x[2]['file'] = f
        MSGS[i] = (f,) + x[1:]
    yaml.safe_dump({'agencies': AG}, open(os.path.join(H,'agencies.yaml'),'w'), sort_keys=False, allow_unicode=True, width=200)
    yaml.safe_dump({'organization_domain': ORG, 'inbox_address': INBOX, 'requests': list(REQS.values())}, open(os.path.join(H,'requests.yaml'),'w'), sort_keys=False, width=200)
    md = os.path.join(H, 'messages')
    for f in os.listdir(md): os.remove(os.path.join(md, f))
    facts = {}
    for f, m, lab, fact, tag in MSGS:
        open(os.path.join(md, f), 'wb').write(m.as_bytes())
        if fact:
            facts[f] = dict(request=lab['request'], event=fact[0], **({'received': dt.date.fromisoformat(fact[1])} if len(fact) > 1 and fact[1] else {}))
    yaml.safe_dump(facts, open(os.path.join(H,'facts.yaml'),'w'), sort_keys=True)
    import email
    F = {}
    for f, v in facts.items():
        m = email.message_from_binary_file(open(os.path.join(md, f), 'rb'))
        F[f] = (v['request'], v['event'], v.get('received'), email.utils.parsedate_to_datetime(m['Date']).date())
    comp = CL.compute(F)
    labels = []
    for f, m, lab, fact, tag in MSGS:
        l = dict(lab); why = l.pop('why')
        for k, v in comp.get(f, {}).items(): l[k] = v
        if fact and fact[0] == 'appeal' and 'appeal_due' not in l: l['appeal_due'] = None
        l['why'] = why
        labels.append(l)
    yaml.safe_dump(labels, open(os.path.join(H,'labels.yaml'),'w'), sort_keys=False, width=200, allow_unicode=True)
    print(len(MSGS), 'messages')
main()
