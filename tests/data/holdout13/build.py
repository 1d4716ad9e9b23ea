import yaml, datetime as dt, os
from email.message import EmailMessage
from email.utils import format_datetime
from fpdf import FPDF
D=os.path.dirname(os.path.abspath(__file__)); ORG='pulsehealth.example.com'; INBOX='records@'+ORG
AG=[dict(id='cms',name='Centers for Medicare & Medicaid Services',jurisdiction='US',emails=['FOIA_Request@cms.hhs.gov'],domains=['cms.hhs.gov'],tracking_pattern=r'\b20\d\d-\d\d-\d{4}\b'),
dict(id='fda',name='Food and Drug Administration, Division of Freedom of Information',jurisdiction='US',emails=['FDAFOIA@fda.hhs.gov'],domains=['fda.hhs.gov'],tracking_pattern=r'\b20\d\d-\d{4}\b'),
dict(id='dea',name='Drug Enforcement Administration, FOIA/PA Unit',jurisdiction='US',emails=['DEA.FOIA@dea.gov'],domains=['dea.gov','usdoj.gov'],tracking_pattern=r'\b\d\d-\d{5}-F\b'),
dict(id='oha',name='Oregon Health Authority',jurisdiction='US-OR',emails=['OHA.PublicRecords@oha.oregon.gov'],domains=['oha.oregon.gov','odhsoha.oregon.gov'],tracking_pattern=r'\bPRR[- ]?\d{4}-\d{3,4}\b'),
dict(id='mdh',name='Minnesota Department of Health',jurisdiction='US-MN',emails=['health.datapractices@state.mn.us'],domains=['state.mn.us'],tracking_pattern=r'\bDP-\d{2}-\d{4}\b'),
dict(id='gdc',name='Georgia Department of Corrections',jurisdiction='US-GA',emails=['openrecords@gdc.ga.gov'],domains=['gdc.ga.gov'],tracking_pattern=r'\bORR\d{6}\b'),
dict(id='ncdhhs',name='North Carolina Department of Health and Human Services',jurisdiction='US-NC',emails=[],domains=['dhhs.nc.gov'],tracking_pattern=r'\bR\d{6}-\d{6}\b'),
dict(id='scdhec',name='South Carolina Department of Health and Environmental Control',jurisdiction='US-SC',emails=[],domains=['dhec.sc.gov'],tracking_pattern=r'\bP\d{6}-\d{6}\b'),
dict(id='wdhs',name='Wisconsin Department of Health Services',jurisdiction='US-WI',emails=['dhsopenrecords@dhs.wisconsin.gov'],domains=['dhs.wisconsin.gov'],tracking_pattern=r'\bDHS-PRR-\d{4}-\d{3,4}\b')]
R=[('REQ-01','cms','FOIA Request: CMS-2567 statements of deficiencies, Oregon nursing facilities, 2023-2026','2026-10-05',None),
('REQ-02','cms','FOIA Request: Payroll-Based Journal staffing audit findings, Oregon and Washington SNFs','2026-10-07',None),
('REQ-03','fda','FOIA Request: Warning letters and 483s, compounding pharmacies, naloxone/fentanyl products','2026-10-06',None),
('REQ-04','dea','FOIA Request: Orders to show cause / registration revocations, Georgia pharmacies 2022-2026','2026-10-08',None),
('REQ-05','oha','Public records request: hospital complaint investigation reports, 2025-2026','2026-10-13',None),
('REQ-06','oha','Public records request: 2025 unintentional overdose death counts by county','2026-10-14',None),
('REQ-07','mdh','Data request: nursing home maltreatment investigation reports (OHFC), 2025','2026-10-13',None),
('REQ-08','mdh','Data request: adverse health events reports by hospital, 2024-2025','2026-10-20',None),
('REQ-09','gdc','Open Records Act request: inmate medical services contract and amendments','2026-10-15',None),
('REQ-10','gdc','Open Records Act request: deaths in custody with medical cause, 2024-2026','2026-10-21',None),
('REQ-11','ncdhhs','Public records request: adult care home penalties and plans of protection, 2025','2026-10-19',None),
('REQ-12','ncdhhs','Public records request: overdose ED visit surveillance data by county, 2025','2026-10-26',None),
('REQ-13','scdhec','FOIA request: hospital inspection reports, Upstate region, 2024-2026','2026-10-22',None),
('REQ-14','scdhec','FOIA request: nursing home complaint investigation summaries, 2025','2026-10-28',None),
('REQ-15','wdhs','Open records request: opioid settlement fund expenditure reports','2026-11-02',None),
('REQ-16','wdhs','Open records request: nursing home citations and forfeitures, 2025-2026','2026-11-04',None)]
RQ={r[0]:dict(id=r[0],agency=r[1],subject=r[2],sent=dt.date.fromisoformat(r[3]),message_id=f'<{r[0].lower()}.{r[3].replace("-","")}.1@{ORG}>',reply_address=f'records+{r[0].lower()}@{ORG}',tracking_number=r[4]) for r in R}
MSGS=[]
def m(date,frm,subj,body,label,req=None,html=None,htmlonly=False,pdf=None,pdfname=None,to=INBOX,thread=False,quote=False,hdr=None,charset=None,slug='msg'):
    MSGS.append(locals())
from content import define
define(m,RQ)
def mkpdf(text):
    p=FPDF(); p.add_page(); p.set_font('Helvetica',size=10)
    for line in text.split('\n'): p.multi_cell(0,5,line.encode('latin-1','replace').decode('latin-1'),new_x='LMARGIN',new_y='NEXT')
    return bytes(p.output())
import glob
for _f in glob.glob(D+'/messages/*.eml'): os.remove(_f)
labels=[]; facts=[]
for i,x in enumerate(sorted(MSGS,key=lambda x:x['date']),1):
    d=x['date']; fn=f'{i:03d}-{d:%Y%m%d}.eml'
    e=EmailMessage(); e['From']=x['frm']; e['To']=x['to']; e['Subject']=x['subj']; e['Date']=format_datetime(d)
    e['Message-ID']=f'<{d:%Y%m%d%H%M%S}.{i}.{(sum(map(ord,x["subj"]))*7919)%99991}@{x["frm"].split("@")[-1].strip(">")}>'
    for k,v in (x['hdr'] or {}).items(): e[k]=v
    req=RQ.get(x['req']) if x['req'] else None
    body=x['body']
    if x['quote'] and req:
        body+=f"\n\n-----Original Message-----\nFrom: Pulse Health Desk <{INBOX}>\nSent: {req['sent']:%A, %B %d, %Y}\nSubject: {req['subject']}\n\n"+'\n'.join('> '+l for l in ["To whom it may concern:","Under the applicable public records law, Pulse Health Desk requests copies of the records described in the subject line.","Please send records electronically to "+req['reply_address']+".","Thank you,","Records Desk, Pulse Health Desk"])
    if x['thread'] and req:
        e['In-Reply-To']=req['message_id']; e['References']=req['message_id']
    cs=x['charset'] or 'utf-8'
    if x['htmlonly']: e.set_content(x['html'],subtype='html',charset=cs)
    else:
        e.set_content(body,charset=cs)
        if x['html']: e.add_alternative(x['html'],subtype='html',charset=cs)
    if x['pdf']: e.add_attachment(mkpdf(x['pdf']),maintype='application',subtype='pdf',filename=x['pdfname'] or 'letter.pdf')
    open(f'{D}/messages/{fn}','wb').write(bytes(e))
    L=x['label']; lab=dict(file=fn,request=x['req'],kind=L['kind'],tracking_number=L.get('tn'))
    f=dict(file=fn,request=x['req'],kind=L['kind'],date=d.date().isoformat())
    for k in ('received','estimated','withheld','nonstat'):
        if k in L: f[k]=L[k]
    facts.append(f); lab['why']=L['why']; labels.append(lab)
yaml.safe_dump({'agencies':AG},open(f'{D}/agencies.yaml','w'),sort_keys=False,allow_unicode=True)
rq=[dict(v,sent=v['sent']) for v in RQ.values()]
yaml.safe_dump(dict(organization_domain=ORG,inbox_address=INBOX,requests=rq),open(f'{D}/requests.yaml','w'),sort_keys=False)
yaml.safe_dump(facts,open(f'{D}/facts.yaml','w'),sort_keys=False)
yaml.safe_dump(labels,open(f'{D}/labels.yaml','w'),sort_keys=False,allow_unicode=True,width=200)
print(len(MSGS))
