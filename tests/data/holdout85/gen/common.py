"""Shared helpers for the holdout85 message generators (each partN.py writes ~10 .eml files)."""
import base64, email.utils, datetime as dt
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / 'messages'
ORG = 'riverplains.example.org'
INBOX = 'records@' + ORG


def req_mid(n, sent):
    return '<req-%03d.%s.1@%s>' % (n, sent.replace('-', ''), ORG)


def plus(n):
    return 'records+req-%03d@%s' % (n, ORG)


def date_hdr(s):
    """'2026-09-08 10:14 -0500' -> RFC 5322 date"""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M %z')
    return email.utils.format_datetime(d)


def pdf_bytes(lines, title='Letter'):
    """Minimal one-page PDF with a real text layer (Helvetica), written by hand."""
    def esc(t):
        return t.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    ops = ['BT', '/F1 10 Tf', '12 TL', '54 760 Td']
    for ln in lines:
        ops.append('(%s) Tj T*' % esc(ln))
    ops.append('ET')
    stream = '\n'.join(ops).encode('latin-1')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
        ('<< /Title (%s) /Producer (records desk test set) >>' % esc(title)).encode('latin-1'),
    ]
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return bytes(out)


def _headers(m, h):
    for k, v in h.items():
        if v is None:
            continue
        if k == 'Date':
            v = date_hdr(v)
        m[k] = v


def build(fname, headers, text=None, html=None, attachments=(), charset='utf-8'):
    """headers: ordered dict of header -> value (Date given as 'YYYY-MM-DD HH:MM +zzzz').
    text/html: bodies (both -> multipart/alternative). attachments: (filename, ctype, bytes)."""
    if text is not None and html is not None:
        body = MIMEMultipart('alternative')
        body.attach(MIMEText(text, 'plain', charset))
        body.attach(MIMEText(html, 'html', charset))
    elif html is not None:
        body = MIMEText(html, 'html', charset)
    else:
        body = MIMEText(text, 'plain', charset)
    if attachments:
        m = MIMEMultipart('mixed')
        m.attach(body)
        for fn, ctype, data in attachments:
            maintype, sub = ctype.split('/')
            if maintype == 'text':
                a = MIMEText(data.decode('utf-8'), sub, 'utf-8')
            else:
                a = MIMEApplication(data, _subtype=sub)
            a.add_header('Content-Disposition', 'attachment', filename=fn)
            m.attach(a)
    else:
        m = body
    # put our headers first
    top = MIMEMultipart() if False else None
    hdrs = list(m.items())
    for k, _ in hdrs:
        del m[k]
    _headers(m, headers)
    if 'MIME-Version' not in headers:
        m['MIME-Version'] = '1.0'
    for k, v in hdrs:
        if k.lower() != 'mime-version':
            m[k] = v
    OUT.mkdir(exist_ok=True)
    (OUT / fname).write_bytes(m.as_bytes())
    return m


def raw(fname, data):
    """write a hand-built message (bytes or str) verbatim"""
    OUT.mkdir(exist_ok=True)
    if isinstance(data, str):
        data = data.replace('\r\n', '\n').encode('utf-8')
    (OUT / fname).write_bytes(data)


def quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.strip('\n').split('\n'))
