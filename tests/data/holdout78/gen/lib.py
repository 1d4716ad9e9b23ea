"""Shared helpers for the generator part files: build .eml bytes, tiny text PDFs, registry of facts."""
import email.policy, email.utils, zlib
from email.message import EmailMessage

POL = email.policy.default.clone(linesep='\n', max_line_length=78)
MESSAGES = []  # (filename, bytes, fact)
INBOX = 'records@records.example.org'

def req_mid(n, sent):
    return '<req-%03d.%s.1@records.example.org>' % (n, sent.replace('-', ''))

def plus(n):
    return 'records+req-%03d@records.example.org' % n

def pdf(lines, title='Letter'):
    """Minimal one-or-more page PDF with a real text layer (Helvetica), hand-written objects."""
    pages = [lines[i:i + 48] for i in range(0, len(lines), 48)] or [[]]
    objs = []
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    kids = ' '.join('%d 0 R' % (4 + 2 * i) for i in range(len(pages)))
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, len(pages))).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    for i, pg in enumerate(pages):
        ops = ['BT', '/F1 10 Tf', '13 TL', '60 740 Td']
        for ln in pg:
            s = ln.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
            ops.append('(%s) Tj T*' % s)
        ops.append('ET')
        stream = zlib.compress('\n'.join(ops).encode('cp1252', 'replace'))
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (5 + 2 * i)).encode())
        objs.append(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(stream) + stream + b'\nendstream')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % n + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info << /Title (%s) /Producer (Microsoft Word - Print to PDF) >> >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, title.encode(), x)
    return out

def build(headers, text=None, html=None, attachments=(), rfc822=None, cte='quoted-printable', charset='utf-8'):
    m = EmailMessage(policy=POL)
    for k, v in headers:
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text, subtype='plain', cte=cte, charset=charset)
        m.add_alternative(html, subtype='html', cte=cte, charset=charset)
    elif html is not None:
        m.set_content(html, subtype='html', cte=cte, charset=charset)
    else:
        m.set_content(text or '', subtype='plain', cte=cte, charset=charset)
    for name, ctype, data in attachments:
        mt, st = ctype.split('/')
        if mt == 'text':
            m.add_attachment(data, subtype=st, filename=name, cte='quoted-printable')
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    if rfc822 is not None:
        inner = email.message_from_bytes(rfc822, policy=POL)
        m.add_attachment(inner, filename='Forwarded message.eml')
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'
    return m.as_bytes(policy=POL)

def outlook(topic, idx):
    return [('Thread-Topic', topic), ('Thread-Index', idx), ('X-MS-Has-Attach', ''),
            ('X-MS-TNEF-Correlator', ''), ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Exchange-Organization-SCL', '1')]

def gg(name, addr):
    """Google Group collaborative inbox delivery: 'via' display name and list headers."""
    return [('From', "'%s' via Records Desk <%s>" % (name, INBOX)), ('Reply-To', '%s <%s>' % (name, addr)),
            ('X-Original-Sender', addr), ('X-Original-From', '%s <%s>' % (name, addr)),
            ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
            ('List-Id', '<records.records.example.org>'), ('Precedence', 'list'),
            ('X-Google-Group-Id', '771203948815')]

def add(fn, data, request, kind, tracking=None, signals=('subject',), why='', clock=None, adverse=False, estimated=None):
    f = {'file': fn, 'request': request, 'kind': kind, 'tracking_number': tracking}
    if clock:
        f['clock'] = clock
    if adverse:
        f['adverse_determination'] = True
    if estimated:
        f['estimated'] = estimated
    f['signals'] = list(signals)
    f['why'] = why
    MESSAGES.append((fn, data, f))
