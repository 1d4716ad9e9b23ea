"""Shared helpers for the generator part files (build .eml files and small text-layer PDFs)."""
import email.policy, email.utils, hashlib, datetime as dt
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
OUT = HERE / 'messages'
FACTS = []
POL = email.policy.default.clone(linesep='\n', max_line_length=78)
ORG = 'records.example.org'
INBOX = 'records@records.example.org'
GROUP = 'records-desk@records.example.org'

def req_mid(n, sent):
    return '<req-%03d.%s.1@records.example.org>' % (n, sent.replace('-', ''))

def plus(n):
    return 'records+req-%03d@records.example.org' % n

def mid(seed, domain):
    return '<%s@%s>' % (hashlib.sha1(seed.encode()).hexdigest()[:24], domain)

def pdf(lines, title='letter'):
    """Minimal one-page PDF with a Helvetica text layer."""
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    y = 740
    ops = ['BT', '/F1 10 Tf', '14 TL', '60 %d Td' % y]
    for ln in lines:
        ops.append('(%s) Tj T*' % esc(ln))
    ops.append('ET')
    stream = '\n'.join(ops).encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            ('<< /Title (%s) /Producer (OmniPage Document Converter) >>' % esc(title)).encode('latin-1')]
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return bytes(out)

def build(headers, text=None, html=None, attachments=(), cte=None):
    """headers: list of (name, value) in order. attachments: (filename, ctype, bytes) or ('rfc822', EmailMessage)."""
    m = EmailMessage(policy=POL)
    for k, v in headers:
        if k == 'From' and ' via Records Desk <' in v and not v.startswith('"'):
            name, addr = v.split(' <', 1)
            v = '"%s" <%s' % (name, addr)  # Google Groups quotes the rewritten display name
        m[k] = v
    if text is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype='html')
    elif html is not None:
        m.set_content(html, subtype='html', cte=cte) if cte else m.set_content(html, subtype='html')
    for a in attachments:
        if a[0] == 'rfc822':
            m.add_attachment(a[1], filename=a[2] if len(a) > 2 else None)
        else:
            fn, ct, data = a
            maintype, sub = ct.split('/')
            if maintype == 'text':
                m.add_attachment(data.decode() if isinstance(data, bytes) else data, subtype=sub, filename=fn)
            else:
                m.add_attachment(data, maintype=maintype, subtype=sub, filename=fn)
    return m

def emit(fname, msg, **facts):
    (OUT / fname).write_bytes(msg.as_bytes(policy=POL))
    f = {'file': fname}
    f.update(facts)
    FACTS.append(f)

def date(s):
    """'2026-09-08 14:10 -0400' -> RFC 2822 date"""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M %z')
    return email.utils.format_datetime(d)

def emit_raw(fname, raw, **facts):
    (OUT / fname).write_bytes(raw.lstrip('\n').encode('utf-8'))
    f = {'file': fname}
    f.update(facts)
    FACTS.append(f)
