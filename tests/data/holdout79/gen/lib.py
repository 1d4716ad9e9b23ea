"""Shared helpers for the generator part files (part1.py ... part6.py)."""
import hashlib, datetime as dt, email.utils
from email.message import EmailMessage
from email import policy
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
OUT = SET / 'messages'
ORG = 'records.example.org'
INBOX = 'records@records.example.org'
FACTS = []   # filled by msg(); build.py writes facts.yaml

TZ = {'MST': -7, 'MDT': -6, 'PDT': -7, 'PST': -8, 'CDT': -5, 'CST': -6, 'EDT': -4, 'EST': -5, 'UTC': 0}

def date(s, tz):
    """'2026-09-08 09:41' + 'MST' -> RFC 5322 date string"""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=dt.timezone(dt.timedelta(hours=TZ[tz])))
    return email.utils.format_datetime(d)

def mid(fn, domain, style='hex'):
    h = hashlib.sha1(fn.encode()).hexdigest()
    if style == 'outlook':
        return '<%s%s@%s>' % (h[:4].upper() + 'PR0' + h[4:8].upper(), 'MB' + h[8:20].upper(), domain)
    if style == 'gmail':
        return '<CA+%s%s@mail.gmail.com>' % (h[:20], h[20:32].upper())
    return '<%s.%s@%s>' % (h[:16], h[16:24], domain)

def req_mid(n, sent):
    return '<req-%03d.%s.1@records.example.org>' % (n, sent.replace('-', ''))

def pdf(lines, title='Letter'):
    """Minimal one-or-two-page PDF with a real text layer (Helvetica), hand-written objects."""
    def esc(t):
        return t.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    pages, cur = [], []
    for ln in lines:
        cur.append(ln)
        if len(cur) == 52:
            pages.append(cur); cur = []
    if cur or not pages:
        pages.append(cur)
    objs = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, then (page, content) pairs, then info
    kids = ' '.join('%d 0 R' % (4 + 2 * i) for i in range(n_pages))
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, n_pages)).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    for i, pg in enumerate(pages):
        body = ['BT', '/F1 10 Tf', '13 TL', '60 740 Td']
        for ln in pg:
            body.append('(%s) Tj T*' % esc(ln))
        body.append('ET')
        stream = '\n'.join(body).encode('cp1252')
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (5 + 2 * i)).encode())
        objs.append(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
    objs.append(('<< /Title (%s) /Producer (Hand-made PDF) >>' % esc(title)).encode())
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, len(objs), xref)
    return bytes(out)

def msg(fn, headers, text=None, html=None, attachments=(), facts=None, cte=None):
    """headers: list of (name, value) in order. Builds plain / html-only / alternative / mixed."""
    m = EmailMessage(policy=policy.default.clone(linesep='\n', max_line_length=78))
    for k, v in headers:
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        m.add_alternative(html, subtype='html')
    elif html is not None:
        m.set_content(html, subtype='html', cte=cte) if cte else m.set_content(html, subtype='html')
    else:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
    for name, data, ctype in attachments:
        maintype, subtype = ctype.split('/')
        if isinstance(data, str):
            m.add_attachment(data, subtype=subtype, filename=name)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'
    write(fn, m.as_bytes(policy=m.policy), facts)

def write(fn, raw, facts):
    if isinstance(raw, str):
        raw = raw.encode('utf-8')
    (OUT / fn).write_bytes(raw)
    f = {'file': fn}
    f.update(facts)
    FACTS.append(f)

def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))

import yaml, base64
_REQ = {r['id']: r for r in yaml.safe_load((SET / 'requests.yaml').read_text())['requests']}

def R(n):
    return _REQ['REQ-%03d' % n]

def thread(n):
    m = R(n)['message_id']
    return [('In-Reply-To', m), ('References', m)]

def outlook(fn, topic, attach=False):
    h = hashlib.md5(fn.encode()).digest()
    return [('Thread-Topic', topic),
            ('Thread-Index', base64.b64encode(b'\x01\xdc' + h[:20]).decode()),
            ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
            ('X-MS-Has-Attach', 'yes' if attach else ''),
            ('X-MS-TNEF-Correlator', ''),
            ('X-MS-Exchange-Organization-SCL', '-1'),
            ('X-Originating-IP', '[10.%d.%d.%d]' % (h[1], h[2], h[3]))]

def group_via(name, addr, orig_from_display):
    """Google Group collaborative inbox: the copy we get is re-sent by the group."""
    return [('From', "'%s' via Records Desk <records@records.example.org>" % name),
            ('Reply-To', '%s <%s>' % (orig_from_display, addr)),
            ('X-Original-Sender', addr),
            ('X-Original-Authentication-Results', 'mx.google.com; spf=pass smtp.mailfrom=%s' % addr),
            ('Precedence', 'list'),
            ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
            ('List-ID', '<records.records.example.org>'),
            ('X-Google-Group-Id', '804417726391'),
            ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>'),
            ('List-Help', '<https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, <mailto:records+help@records.example.org>')]

SPANISH_EP = ('Si necesita esta comunicacion en espanol, o tiene preguntas sobre su solicitud, '
              'comuniquese con nosotros por correo electronico o al 915-212-0000.')
