"""Helpers shared by the part generators: raw RFC 5322 building, minimal text PDFs, facts collection."""
import base64, quopri, hashlib, datetime as dt, email.utils, textwrap
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
MSG = HERE / 'messages'
FACTS = []
ORG = 'records.example.org'

def date(s, tz):
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    sign = 1 if tz[0] == '+' else -1
    off = dt.timezone(sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return email.utils.format_datetime(d.replace(tzinfo=off))

def mid(seed, domain):
    return '<%s@%s>' % (hashlib.sha1(seed.encode()).hexdigest()[:24], domain)

def req_mid(n, sent):
    return '<req-%03d.%s.1@%s>' % (n, sent.replace('-', ''), ORG)

def plus(n):
    return 'records+req-%03d@%s' % (n, ORG)

def _qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')

def plain(text, cte=None):
    text = textwrap.dedent(text).lstrip('\n')
    if cte == 'qp' or any(ord(c) > 127 for c in text) or max(len(l) for l in text.split('\n')) > 900:
        return 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n' + _qp(text)
    return 'Content-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: 7bit\n\n' + text

def html(text):
    text = textwrap.dedent(text).lstrip('\n')
    return 'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n' + _qp(text)

def _boundary(kind, parts):
    return '_%s_%s_' % (kind, hashlib.md5(''.join(parts).encode()).hexdigest()[:20])

def multipart(sub, *parts):
    b = _boundary(sub, parts)
    out = 'Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % (sub, b)
    for p in parts:
        out += '--%s\n%s\n' % (b, p.rstrip('\n'))
    return out + '--%s--\n' % b

def alt(p, h):
    return multipart('alternative', p, h)

def _b64(data):
    s = base64.b64encode(data).decode()
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))

def attach(name, data, ctype='application/pdf'):
    return ('Content-Type: %s;\n\tname="%s"\nContent-Transfer-Encoding: base64\n'
            'Content-Disposition: attachment;\n\tfilename="%s"\n\n%s\n' % (ctype, name, name, _b64(data)))

def attach_text(name, text, ctype='text/plain'):
    return attach(name, textwrap.dedent(text).lstrip('\n').encode('utf-8'), ctype)

def pdf(lines, title='Letter'):
    """A minimal one-or-more-page PDF with a real text layer (Helvetica, 11 pt)."""
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    lines = textwrap.dedent(lines).strip('\n').split('\n')
    pages = [lines[i:i + 58] for i in range(0, len(lines), 58)]
    objs = []
    n_pages = len(pages)
    kids = ' '.join('%d 0 R' % (4 + 2 * i) for i in range(n_pages))
    objs.append('<< /Type /Catalog /Pages 2 0 R >>')
    objs.append('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, n_pages))
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    for pg in pages:
        stream = 'BT\n/F1 10 Tf\n12 TL\n60 740 Td\n' + ''.join('(%s) Tj T*\n' % esc(l) for l in pg) + 'ET\n'
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (len(objs) + 2))
        objs.append('<< /Length %d >>\nstream\n%sendstream' % (len(stream.encode('latin-1')), stream))
    objs.append('<< /Title (%s) /Producer (Records Letter Service) >>' % esc(title))
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i + 1, o)).encode('latin-1')
    x = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    out += ''.join('%010d 00000 n \n' % o for o in offs).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, len(objs), x)).encode()
    return out

def write(fname, headers, body):
    """headers: list of (name, value); body: a part string starting with Content-Type."""
    h = ''.join('%s: %s\n' % (k, v) for k, v in headers if v is not None)
    if not any(k.lower() == 'mime-version' for k, _ in headers):
        h += 'MIME-Version: 1.0\n'
    (MSG / fname).write_text(h + body, encoding='utf-8', newline='\n')

def fact(file, request, kind, tracking=None, clock=None, adverse=False, estimated=None, signals=(), why=''):
    f = {'file': file, 'request': request, 'kind': kind, 'tracking_number': tracking}
    if clock:
        f['clock'] = clock
    if adverse:
        f['adverse_determination'] = True
    if estimated:
        f['estimated'] = estimated
    f['signals'] = list(signals)
    f['why'] = why
    FACTS.append(f)

def quote(text, who, when):
    lines = textwrap.dedent(text).strip('\n').split('\n')
    return 'On %s, %s wrote:\n' % (when, who) + '\n'.join('> ' + l if l else '>' for l in lines) + '\n'
