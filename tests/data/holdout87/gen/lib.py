"""Shared helpers for the generator part files (gen/part*.py).

Each part defines MSGS = [ (file_name, eml_bytes, facts_dict), ... ]; build.py writes the .eml files and
collects the facts into facts.yaml.
"""
import email.policy
from email.message import EmailMessage

POL = email.policy.default.clone(linesep='\n', max_line_length=78)
US = 'records@records.example.org'


def plus(req):
    return 'records+%s@records.example.org' % req.lower()


def req_mid(req, sent):
    return '<%s.%s.1@records.example.org>' % (req.lower(), sent.replace('-', ''))


def pdf(lines, title='Letter'):
    """A minimal one-or-more page PDF with a real text layer (Helvetica, 10 pt)."""
    pages, cur = [], []
    for ln in lines:
        cur.append(ln)
        if len(cur) >= 58:
            pages.append(cur)
            cur = []
    if cur or not pages:
        pages.append(cur)
    objs = []  # list of bytes bodies, object number = index + 1
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(None)  # pages, filled later
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    kids = []
    for pg in pages:
        ops = ['BT', '/F1 10 Tf', '12 TL', '60 750 Td']
        for ln in pg:
            s = ln.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
            ops.append('(%s) Tj T*' % s)
        ops.append('ET')
        stream = '\n'.join(ops).encode('cp1252', 'replace')
        objs.append(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
        cnum = len(objs)
        objs.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cnum)
        kids.append(len(objs))
    objs[1] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (b' '.join(b'%d 0 R' % k for k in kids), len(kids))
    objs.append(b'<< /Title (%s) /Producer (Letter generator) >>' % title.encode('latin-1'))
    info = len(objs)
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, body in enumerate(objs):
        offs.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info, xref)
    return out


def msg(headers, text=None, html=None, attachments=(), cte=None):
    """headers: list of (name, value) in order. text/html: bodies. attachments: (filename, bytes, mime)."""
    m = EmailMessage(policy=POL)
    for k, v in headers:
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        m.add_alternative(html, subtype='html')
    elif html is not None:
        m.set_content(html, subtype='html', cte=cte) if cte else m.set_content(html, subtype='html')
    else:
        m.set_content(text or '', cte=cte) if cte else m.set_content(text or '')
    for fn, data, mime in attachments:
        if isinstance(data, EmailMessage):
            m.add_attachment(data, filename=fn) if fn else m.add_attachment(data)
            continue
        maint, sub = mime.split('/')
        if maint == 'text':
            m.add_attachment(data.decode('utf-8'), subtype=sub, filename=fn)
        else:
            m.add_attachment(data, maintype=maint, subtype=sub, filename=fn)
    return m.as_bytes(policy=POL)


def raw(s):
    """A hand-written message (e.g. a DSN); normalise line endings."""
    return s.lstrip('\n').replace('\r\n', '\n').encode('utf-8')


def fx(request, kind, tracking=None, why='', signals=('none',), clock=None, adverse=False, estimated=None):
    d = {'request': request, 'kind': kind, 'tracking_number': tracking}
    if clock:
        d['clock'] = clock
    if adverse:
        d['adverse_determination'] = True
    if estimated:
        d['estimated'] = estimated
    d['signals'] = list(signals)
    d['why'] = why
    return d


def quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.strip('\n').split('\n'))
