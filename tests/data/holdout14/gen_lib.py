import os, yaml, hashlib
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from fpdf import FPDF
REQ={r['id']:r for r in yaml.safe_load(open('requests.yaml'))['requests']}
FACTS=[]; N=[0]
INBOX='foia@roadwork.example.org'
def pdf_bytes(text):
    p=FPDF(); p.add_page(); p.set_font('Helvetica',size=10)
    for line in text.split('\n'):
        p.multi_cell(0,5,line.encode('latin-1','replace').decode('latin-1') or ' ', new_x='LMARGIN', new_y='NEXT')
    return bytes(p.output())
def mk(date, frm, subj, text=None, html=None, to=None, req=None, reply=False, pdf=None, hdr=None, charset='utf-8', att_txt=None, facts=None, tag='msg'):
    N[0]+=1; n=N[0]
    d,t=date.split(' ') if ' ' in date else (date,'10:15')
    hh,mm=t.split(':'); y,mo,da=map(int,d.split('-'))
    dt=datetime(y,mo,da,int(hh),int(mm),tzinfo=timezone(timedelta(hours=-5 if mo>=11 else -4)))
    m=EmailMessage()
    m['From']=frm; m['To']=to or INBOX; m['Subject']=subj; m['Date']=format_datetime(dt)
    dom=frm.split('@')[-1].strip('>')
    m['Message-ID']=f"<{n:03d}{d.replace('-','')}.{int(hashlib.md5(subj.encode()).hexdigest()[:5],16)}@{dom}>"
    m['MIME-Version']='1.0'
    if reply and req:
        m['In-Reply-To']=REQ[req]['message_id']; m['References']=REQ[req]['message_id']
    for k,v in (hdr or {}).items(): m[k]=v
    if text is not None: m.set_content(text, charset=charset)
    if html is not None:
        if text is None: m.set_content(html, subtype='html', charset=charset)
        else: m.add_alternative(html, subtype='html', charset=charset)
    if pdf:
        name,body=pdf; m.add_attachment(pdf_bytes(body), maintype='application', subtype='pdf', filename=name)
    if att_txt:
        name,body=att_txt; m.add_attachment(body, filename=name)
    fn=f"{n:03d}-{d.replace('-','')}.eml"
    open(os.path.join('messages',fn),'wb').write(bytes(m))
    f=dict(file=fn); f.update(facts or {}); FACTS.append(f)
def quote(req, body):
    r=REQ[req]
    return "\n\n-----Original Message-----\nFrom: Roadwork Accountability Project <%s>\nSent: %s\nSubject: %s\n\n"%(r['reply_address'],r['sent'],r['subject'])+"\n".join('> '+l for l in body.split('\n'))
def save():
    yaml.safe_dump(FACTS, open('facts.yaml','w'), sort_keys=False, allow_unicode=True)
