import os, zlib, email.utils, yaml
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from fpdf import FPDF
HERE = os.path.dirname(os.path.abspath(__file__))
REQ = {q['id']: q for q in yaml.safe_load(open(os.path.join(HERE, 'requests.yaml')))['requests']}
INBOX = 'records@fairshift.example.org'
FACTS = []
N = [0]

def pdf_bytes(text):
    p = FPDF(); p.add_page(); p.set_font('Helvetica', size=10)
    for line in text.split('\n'):
        p.multi_cell(0, 5, line.encode('latin-1', 'replace').decode('latin-1') or ' ', new_x='LMARGIN', new_y='NEXT')
    return bytes(p.output())

def quote(req_id, who='Fair Shift Project Records Desk'):
    q = REQ[req_id]
    return (f"\n\n-----Original Message-----\nFrom: {who} <{q['reply_address']}>\nSent: {q['sent']}\n"
            f"Subject: {q['subject']}\n\nTo whom it may concern:\n\nUnder the applicable public records law, the Fair Shift "
            f"Project requests copies of the records described in the subject line. We ask for electronic copies and a fee "
            f"waiver as a nonprofit organization.\n\nThank you,\nRecords Desk, Fair Shift Project\n")

def msg(date, frm, subj, text=None, html=None, to=INBOX, irt=None, pdf=None, att=None, hdr=None, charset='utf-8',
        fact=None, mid=None, tz='-0400', time='10:12:00'):
    N[0] += 1
    fn = f"{N[0]:03d}-{date.replace('-', '')}.eml"
    parts = []
    if text is not None and html is not None:
        body = MIMEMultipart('alternative')
        body.attach(MIMEText(text, 'plain', charset)); body.attach(MIMEText(html, 'html', charset))
    elif html is not None:
        body = MIMEText(html, 'html', charset)
    else:
        body = MIMEText(text, 'plain', charset)
    if pdf or att:
        m = MIMEMultipart('mixed'); m.attach(body)
        if pdf:
            name, txt = pdf
            a = MIMEApplication(pdf_bytes(txt), 'pdf'); a.add_header('Content-Disposition', 'attachment', filename=name); m.attach(a)
        if att:
            name, txt = att
            a = MIMEText(txt, 'plain', 'utf-8'); a.add_header('Content-Disposition', 'attachment', filename=name); m.attach(a)
    else:
        m = body
    y, mo, d = date.split('-')
    import datetime as dt
    dd = dt.datetime.strptime(f'{date} {time} {tz}', '%Y-%m-%d %H:%M:%S %z')
    m['From'] = frm; m['To'] = to; m['Subject'] = subj
    m['Date'] = email.utils.format_datetime(dd)
    dom = frm.split('@')[-1].strip('>')
    m['Message-ID'] = mid or f"<{N[0]:03d}{date.replace('-', '')}.{zlib.crc32(subj.encode()) % 99991}@{dom}>"
    if irt:
        m['In-Reply-To'] = irt; m['References'] = irt
    for k, v in (hdr or {}).items():
        m[k] = v
    if 'MIME-Version' not in m: m['MIME-Version'] = '1.0'
    open(os.path.join(HERE, 'messages', fn), 'wb').write(m.as_bytes())
    f = dict(fact); f['file'] = fn
    FACTS.append(f)
    return fn

def save():
    out = []
    for f in FACTS:
        d = {'file': f.pop('file')}; d.update(f); out.append(d)
    yaml.safe_dump(out, open(os.path.join(HERE, 'facts.yaml'), 'w'), sort_keys=False, allow_unicode=True, width=200)
