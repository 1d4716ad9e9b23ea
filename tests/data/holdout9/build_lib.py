import base64, datetime as dt, os
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email import message_from_string, policy
from email.utils import format_datetime
from fpdf import FPDF

ORG = 'capitolsentinel.example.com'
INBOX = 'foia@' + ORG

def pdf_bytes(title, text):
    p = FPDF(); p.add_page(); p.set_font('Helvetica', 'B', 12)
    p.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT"); p.ln(3); p.set_font('Helvetica', size=10)
    for para in text.strip().split('\n'):
        p.multi_cell(0, 5, para.encode('latin-1', 'replace').decode('latin-1') if para else ' ', new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())

def hdr(m, frm, to, date, subj, mid, irt=None, refs=None, extra=None):
    m['From'] = frm; m['To'] = to; m['Date'] = date; m['Subject'] = subj
    m['Message-ID'] = mid
    if 'MIME-Version' not in m: m['MIME-Version'] = '1.0'
    if irt: m['In-Reply-To'] = irt
    if refs: m['References'] = refs
    for k, v in (extra or {}).items(): m[k] = v

def T(text, sub, charset):
    if charset == 'utf-8':
        try:
            text.encode('ascii'); charset = 'us-ascii'
        except UnicodeEncodeError:
            pass
    p = MIMEText(text, sub, charset)
    if 'MIME-Version' in p: del p['MIME-Version']
    return p

def build(kind, frm, to, date, subj, mid, text=None, html=None, irt=None, refs=None, extra=None,
          pdf=None, charset='utf-8', attach_rfc822=None, txt_attach=None):
    """kind: plain | html | alt ; pdf = (filename, title, text)"""
    if kind == 'plain':
        body = T(text, 'plain', charset)
    elif kind == 'html':
        body = T(html, 'html', charset)
    else:
        body = MIMEMultipart('alternative'); body.attach(T(text, 'plain', charset)); body.attach(T(html, 'html', charset))
    if pdf or txt_attach:
        m = MIMEMultipart('mixed'); m.attach(body)
        if pdf:
            a = MIMEApplication(pdf_bytes(pdf[1], pdf[2]), 'pdf'); a.add_header('Content-Disposition', 'attachment', filename=pdf[0]); m.attach(a)
        if txt_attach:
            a = MIMEText(txt_attach[1], 'plain', 'utf-8'); a.add_header('Content-Disposition', 'attachment', filename=txt_attach[0]); m.attach(a)
    else:
        m = body
    hdr(m, frm, to, date, subj, mid, irt, refs, extra)
    return m

def bounce(frm, to, date, subj, mid, report_text, dsn_fields, orig):
    m = MIMEMultipart('report', report_type='delivery-status')
    m.attach(MIMEText(report_text, 'plain', 'us-ascii'))
    from email.mime.base import MIMEBase
    d = MIMEBase('message', 'delivery-status'); d.set_payload([message_from_string(b) for b in dsn_fields.strip().split('\n\n')]); m.attach(d)
    m.attach(MIMEMessage(message_from_string(orig)))
    hdr(m, frm, to, date, subj, mid)
    return m
