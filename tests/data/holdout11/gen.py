"""Builds messages/*.eml and facts.yaml for this set."""
import datetime as dt, os, glob, yaml
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from fpdf import FPDF
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'messages')
INBOX = 'openrecords@tenantpower.example.org'
REQS = {r['id']: r for r in yaml.safe_load(open(os.path.join(HERE, 'requests.yaml')))['requests']}
TZ = {'E': dt.timezone(dt.timedelta(hours=-4)), 'C': dt.timezone(dt.timedelta(hours=-5)),
      'Es': dt.timezone(dt.timedelta(hours=-5)), 'Cs': dt.timezone(dt.timedelta(hours=-6)), 'Z': dt.timezone.utc}
MSGS = []

def pdf(lines):
    p = FPDF(); p.add_page(); p.set_font('Helvetica', size=10)
    for ln in lines.split('\n'):
        p.multi_cell(0, 5, ln if ln else ' ', new_x='LMARGIN', new_y='NEXT')
    return bytes(p.output())

def add(date, hm, tz, frm, subj, text=None, html=None, to=INBOX, req=None, irt=False, att=(), hdr=None,
        charset='utf-8', cte=None, mid_dom=None, **fact):
    y, m, d = map(int, date.split('-')); hh, mm = map(int, hm.split(':'))
    when = dt.datetime(y, m, d, hh, mm, tzinfo=TZ[tz])
    msg = EmailMessage()
    msg['From'] = frm; msg['To'] = to; msg['Subject'] = subj
    msg['Date'] = format_datetime(when)
    dom = mid_dom or frm.split('@')[-1].strip('>')
    msg['Message-ID'] = make_msgid(idstring=f'{date.replace("-", "")}{hh}{mm}', domain=dom)
    msg['MIME-Version'] = '1.0'
    if irt and req:
        msg['In-Reply-To'] = REQS[req]['message_id']; msg['References'] = REQS[req]['message_id']
    for k, v in (hdr or {}).items(): msg[k] = v
    kw = {'charset': charset}
    if cte: kw['cte'] = cte
    if text is not None and html is not None:
        msg.set_content(text, **kw); msg.add_alternative(html, subtype='html')
    elif html is not None:
        msg.set_content(html, subtype='html', **kw)
    else:
        msg.set_content(text, **kw)
    for fn, data, mt in att:
        ma, sa = mt.split('/')
        if isinstance(data, str): msg.add_attachment(data, subtype=sa, filename=fn)
        else: msg.add_attachment(data, maintype=ma, subtype=sa, filename=fn)
    fact.update(request=req, date=dt.date(y, m, d))
    MSGS.append((when, msg.as_bytes(), fact))

def quote(req, who='Tenant Power Network', sent_day='Tue, Sep 1, 2026'):
    r = REQS[req]
    return (f"\n\n-----Original Message-----\nFrom: {who} <{r['reply_address']}>\nSent: {sent_day}\n"
            f"To: records office\nSubject: {r['subject']}\n\nTo the Records Access Officer:\n\n"
            f"Under the applicable public records law, Tenant Power Network requests the records described in the "
            f"subject line. We ask for electronic copies and a fee waiver, as the records will be used for "
            f"public education about tenants' housing conditions.\n\nThank you,\nOpen Records Desk\nTenant Power Network\n")

def raw_bounce(date, hm, tz, req, to_addr, reason):
    y, m, d = map(int, date.split('-')); hh, mm = map(int, hm.split(':'))
    when = dt.datetime(y, m, d, hh, mm, tzinfo=TZ[tz]); r = REQS[req]
    b = 'b0unce' + date.replace('-', '')
    s = f"""From: Mail Delivery Subsystem <MAILER-DAEMON@mx1.tenantpower.example.org>
To: {r['reply_address']}
Subject: Undelivered Mail Returned to Sender
Date: {format_datetime(when)}
Message-ID: <dsn.{date.replace('-', '')}.{hh}{mm}@mx1.tenantpower.example.org>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.tenantpower.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<{to_addr}>: host {to_addr.split('@')[1]}[203.0.113.25] said: {reason}

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.tenantpower.example.org
Arrival-Date: {format_datetime(when)}

Final-Recipient: rfc822; {to_addr}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; {reason}

--{b}
Content-Type: text/rfc822-headers

From: Open Records Desk <{r['reply_address']}>
To: {to_addr}
Subject: {r['subject']}
Message-ID: {r['message_id']}
Date: {format_datetime(when - dt.timedelta(minutes=1))}

--{b}--
"""
    return when, s.replace('\n', '\r\n').encode()

def bounce(date, hm, tz, req, to_addr, reason, **fact):
    when, data = raw_bounce(date, hm, tz, req, to_addr, reason)
    y, m, d = map(int, date.split('-'))
    fact.update(request=req, date=dt.date(y, m, d)); MSGS.append((when, data, fact))

exec(open(os.path.join(HERE, 'messages_src.py'), encoding='utf-8').read())

if __name__ == '__main__':
    for f in glob.glob(os.path.join(OUT, '*.eml')): os.remove(f)
    MSGS.sort(key=lambda x: x[0])
    facts = []
    for i, (when, data, fact) in enumerate(MSGS, 1):
        fn = f'{i:03d}-{when.strftime("%Y%m%d")}.eml'
        open(os.path.join(OUT, fn), 'wb').write(data)
        f = {'file': fn}; f.update(fact); f.setdefault('tracking_number', None); facts.append(f)
    yaml.safe_dump(facts, open(os.path.join(HERE, 'facts.yaml'), 'w'), sort_keys=False, width=200)
    print(len(facts), 'messages')
