"""Shared helpers for the holdout94 message generators (part files p1..p6)."""
import datetime as dt, email.utils, hashlib, re
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email import encoders, charset as _cs
from pathlib import Path
import yaml

SET = Path(__file__).resolve().parent.parent
REQS = {r['id']: r for r in yaml.safe_load(open(SET / 'requests.yaml'))['requests']}
INBOX = 'records@records.example.org'
QP = _cs.Charset('utf-8'); QP.body_encoding = _cs.QP

def when(s, tz=None):
    """'2026-09-08 10:02' Eastern time (EDT until Nov 1 2026, EST after) unless tz given as hours."""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    if tz is None:
        tz = -4 if d < dt.datetime(2026, 11, 1, 2) else -5
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=tz)))

def date_hdr(s, tz=None):
    return email.utils.format_datetime(when(s, tz))

def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f'<{h[:20]}.{h[20:28]}@{domain}>'

def req(rid):
    return REQS[rid]

def plus(rid):
    return REQS[rid]['reply_address']

def text(s, subtype='plain', enc='qp'):
    if all(ord(c) < 128 for c in s) and enc != 'b64' and max((len(l) for l in s.split('\n')), default=0) < 990:
        p = MIMEText(s, subtype, 'us-ascii')
    elif enc == 'b64':
        p = MIMEText(s, subtype, 'utf-8')
    else:
        p = MIMEText(s, subtype, QP)
    return p

def alt(plain, html):
    m = MIMEMultipart('alternative')
    m.attach(text(plain)); m.attach(text(html, 'html'))
    return m

def mixed(*parts):
    m = MIMEMultipart('mixed')
    for p in parts:
        m.attach(p)
    return m

def pdf_part(filename, lines, title='Letter'):
    p = MIMEApplication(make_pdf(lines, title), 'pdf')
    p.add_header('Content-Disposition', 'attachment', filename=filename)
    p.set_param('name', filename)
    return p

def txt_attachment(filename, content, subtype='plain'):
    p = MIMEText(content, subtype, 'utf-8')
    p.add_header('Content-Disposition', 'attachment', filename=filename)
    return p

def _pdf_esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')

def make_pdf(lines, title='Letter'):
    """Minimal one-or-more-page PDF with a real text layer (Helvetica, WinAnsi)."""
    pages = [lines[i:i + 58] for i in range(0, max(len(lines), 1), 58)] or [[]]
    objs = []
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    kids = ' '.join(f'{3 + 2 * i} 0 R' for i in range(len(pages)))
    objs.append(f'<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>'.encode())
    font_no = 3 + 2 * len(pages)
    for i, pg in enumerate(pages):
        content = 'BT\n/F1 10 Tf\n12 TL\n56 750 Td\n' + ''.join(f'({_pdf_esc(l)}) Tj T*\n' for l in pg) + 'ET\n'
        cb = content.encode('latin-1', 'replace')
        objs.append(f'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font_no} 0 R >> >> /Contents {4 + 2 * i} 0 R >>'.encode())
        objs.append(b'<< /Length ' + str(len(cb)).encode() + b' >>\nstream\n' + cb + b'endstream')
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append(f'<< /Title ({_pdf_esc(title)}) /Producer (Acrobat PDFMaker 24 for Word) >>'.encode())
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f'{n} 0 obj\n'.encode() + o + b'\nendobj\n'
    x = len(out)
    out += f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'.encode()
    for o in offs:
        out += f'{o:010d} 00000 n \n'.encode()
    out += f'trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\nstartxref\n{x}\n%%EOF\n'.encode()
    return bytes(out)

def finish(headers, body):
    """headers: list of (name, value) in the order they should appear; body: a MIME part."""
    ctype = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    for k, v in headers:
        body[k] = v
    if 'MIME-Version' not in [k for k, _ in headers]:
        body['MIME-Version'] = '1.0'
    for k, v in ctype:
        if k.lower() != 'mime-version':
            body[k] = v
    for p in body.walk():
        if p is not body and 'MIME-Version' in p:
            del p['MIME-Version']
    return body.as_bytes()

LAWS = {'Georgia': ('Georgia Open Records Act, O.C.G.A. 50-18-70 et seq.', 'three business days'),
        'Alabama': ('Alabama Open Records Act, Ala. Code 36-12-40 et seq.', 'a reasonable time'),
        'Mississippi': ('Mississippi Public Records Act of 1983, Miss. Code 25-61-1 et seq.', 'seven working days'),
        'SC': ('South Carolina Freedom of Information Act, S.C. Code 30-4-10 et seq.', 'ten business days'),
        'Louisiana': ('Louisiana Public Records Act, La. R.S. 44:1 et seq.', 'three days'),
        'FOIA': ('Freedom of Information Act, 5 U.S.C. 552', 'twenty working days')}

def request_text(rid):
    r = REQS[rid]
    pre, topic = r['subject'].split(': ', 1)
    key = next(k for k in LAWS if k in pre)
    law, days = LAWS[key]
    return (f"To the Records Custodian:\n\nPursuant to the {law}, we request\ncopies of the following records: "
            f"{topic}.\n\nWe ask that you respond within {days} as the law provides. Electronic copies\n"
            f"by email are preferred. If fees will exceed $50, please tell us before copying.\n\n"
            f"Records Desk\nrecords.example.org\n")

def ct(s):
    """Central time (CDT until Nov 1 2026, CST after)."""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    return date_hdr(s, -5 if d < dt.datetime(2026, 11, 1, 2) else -6)

def quoted(rid, who=None, style='outlook'):
    r = REQS[rid]
    d = dt.datetime.strptime(str(r['sent']), '%Y-%m-%d')
    body = request_text(rid)
    if style == 'outlook':
        head = (f"\n________________________________\nFrom: Records Desk <{r['reply_address']}>\n"
                f"Sent: {d.strftime('%A, %B')} {d.day}, {d.year} 9:14 AM\nTo: {who}\nSubject: {r['subject']}\n\n")
        return head + body
    head = f"\nOn {d.strftime('%a, %b')} {d.day}, {d.year} at 9:14 AM Records Desk <{r['reply_address']}> wrote:\n"
    return head + ''.join('> ' + l + '\n' if l else '>\n' for l in body.rstrip('\n').split('\n'))

def threaded(rid):
    m = REQS[rid]['message_id']
    return [('In-Reply-To', m), ('References', m)]

def outlook_hdrs(seed, topic):
    h = hashlib.md5(seed.encode()).hexdigest()
    return [('Thread-Topic', topic), ('Thread-Index', 'AQH' + h[:24] + '=='),
            ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Exchange-CrossTenant-Id', f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}')]

def fact(file, request, kind, tracking=None, clock=None, adverse=None, estimated=None, signals=('none',), why='', note=''):
    f = {'file': file, 'request': request, 'kind': kind, 'tracking_number': tracking}
    if clock: f['clock'] = clock
    if adverse is not None: f['adverse_determination'] = adverse
    if estimated: f['estimated'] = estimated
    f['signals'] = list(signals)
    f['why'] = why
    f['note'] = note
    return f

def dsn(file_seed, date, reporting_mta, rcpt, status, diag, orig_rid, orig_to, subject_prefix='Undelivered Mail Returned to Sender',
        from_hdr='MAIL DELIVERY SYSTEM <MAILER-DAEMON@mx1.records.example.org>', human=None):
    r = REQS[orig_rid]
    m = MIMEMultipart('report', report_type='delivery-status')
    human = human or (f"This is the mail system at host mx1.records.example.org.\n\nI'm sorry to have to inform you that your message could not\n"
                      f"be delivered to one or more recipients. It's attached below.\n\n<{rcpt}>: host {reporting_mta} said: {diag}\n")
    m.attach(text(human))
    import email as _em
    ds = MIMEBase('message', 'delivery-status')
    blocks = [f"Reporting-MTA: dns; mx1.records.example.org\nArrival-Date: {date}\n",
              f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: {status}\n"
              f"Remote-MTA: dns; {reporting_mta}\nDiagnostic-Code: smtp; {diag}\n"]
    ds.set_payload([_em.message_from_string(b) for b in blocks])
    m.attach(ds)
    hd = MIMEBase('text', 'rfc822-headers')
    hd.set_payload(f"From: Records Desk <{r['reply_address']}>\nTo: {orig_to}\nSubject: {r['subject']}\n"
                   f"Date: {date}\nMessage-ID: {r['message_id']}\nReply-To: {r['reply_address']}\n")
    m.attach(hd)
    return m
