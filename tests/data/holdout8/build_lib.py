import datetime as dt, os, email.utils
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email import policy, encoders
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, 'messages')
TZ = {'E': dt.timezone(dt.timedelta(hours=-4)), 'C': dt.timezone(dt.timedelta(hours=-5)),
      'Z': dt.timezone.utc}

def when(s, z='E'):
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=TZ[z])
    assert d.weekday() < 5 or 'allow_weekend' in os.environ, s
    return d

def pdf_bytes(text, title=None):
    p = FPDF()
    p.add_page()
    p.set_font('Helvetica', size=10)
    if title:
        p.set_font('Helvetica', 'B', 11)
        p.multi_cell(0, 6, title)
        p.set_font('Helvetica', size=10)
        p.ln(2)
    p.multi_cell(0, 5, text)
    return bytes(p.output())

def build(fname, date, frm, to, subject, text=None, html=None, attachments=(), irt=None, refs=None,
          headers=None, charset='utf-8', cte=None, msgid_domain=None, cc=None, reply_to=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = email.utils.format_datetime(date)
    dom = msgid_domain or frm.split('@')[-1].strip('>').strip()
    m['Message-ID'] = email.utils.make_msgid(idstring=fname.split('-')[0], domain=dom)
    if reply_to:
        m['Reply-To'] = reply_to
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = refs or irt
    elif refs:
        m['References'] = refs
    for k, v in (headers or {}).items():
        m[k] = v
    kw = {}
    if cte:
        kw['cte'] = cte
    if text is not None and html is not None:
        m.set_content(text, charset=charset, **kw)
        m.add_alternative(html, subtype='html', charset=charset, **kw)
    elif html is not None:
        m.set_content(html, subtype='html', charset=charset, **kw)
    else:
        m.set_content(text, charset=charset, **kw)
    for name, data, mime in attachments:
        mt, st = mime.split('/')
        if mt == 'text':
            m.add_attachment(data.decode('utf-8') if isinstance(data, bytes) else data, subtype=st,
                             filename=name)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    write(fname, m.as_bytes(policy=policy.SMTP))

def write(fname, b):
    os.makedirs(MSGDIR, exist_ok=True)
    with open(os.path.join(MSGDIR, fname), 'wb') as f:
        f.write(b)

def dsn(fname, date, to, reporting, failed_rcpt, status, diag, orig_headers, subject_line):
    b = '000000000000dsn' + fname[:3] + 'a5f0b2c'
    ds_date = email.utils.format_datetime(date)
    human = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be "
             "found, or is unable to receive mail.\n\nLearn more at https://support.google.com/mail/?p=NoSuchUser\n\n"
             "The response from the remote server was:\n\n%s\n" % (failed_rcpt, diag))
    raw = f"""Delivered-To: {to}
Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: {to}
Auto-Submitted: auto-replied
Subject: {subject_line}
Date: {ds_date}
Message-ID: {email.utils.make_msgid(idstring='dsn', domain='mx.google.com')}
MIME-Version: 1.0
Content-Type: multipart/report; boundary="{b}"; report-type=delivery-status

--{b}
Content-Type: text/plain; charset="UTF-8"

{human}
--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; {reporting}
Arrival-Date: {ds_date}

Final-Recipient: rfc822; {failed_rcpt}
Action: failed
Status: {status}
Remote-MTA: dns; mx.{failed_rcpt.split('@')[1]}
Diagnostic-Code: smtp; {diag}
Last-Attempt-Date: {ds_date}

--{b}
Content-Type: text/rfc822-headers

{orig_headers}
--{b}--
"""
    write(fname, raw.replace('\n', '\r\n').encode('utf-8'))
