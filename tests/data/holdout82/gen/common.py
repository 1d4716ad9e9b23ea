"""Shared helpers for the generator part files: build raw RFC 5322 messages and small PDFs."""
import base64, hashlib, zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / 'messages'
US = 'Records Desk <records@records.example.org>'

def req_mid(n, date):
    return '<req-%03d.%s.1@records.example.org>' % (n, date.replace('-', ''))

def plus(n):
    return 'records+req-%03d@records.example.org' % n

def mid(seed, domain):
    return '<%s@%s>' % (hashlib.sha1(seed.encode()).hexdigest()[:24], domain)

def b64(data):
    s = base64.b64encode(data).decode()
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))

def pdf(lines, title='Letter'):
    """minimal one-page (or multi-page) PDF with a real text layer (Helvetica)."""
    pages = [lines[i:i + 48] for i in range(0, len(lines), 48)] or [[]]
    objs = []
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    kids = ' '.join('%d 0 R' % (4 + 2 * i) for i in range(len(pages)))
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, len(pages))).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    for i, pl in enumerate(pages):
        parts = ['BT /F1 10 Tf 13 TL 60 750 Td']
        for ln in pl:
            esc = ln.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
            parts.append('(%s) Tj T*' % esc)
        parts.append('ET')
        stream = '\n'.join(parts).encode('cp1252', 'replace')
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (5 + 2 * i)).encode())
        objs.append(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info << /Title (%s) >> >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, title.encode(), x)
    return bytes(out)

def hdrs(h):
    return ''.join('%s: %s\n' % (k, v) for k, v in h)

def plain(h, body, charset='utf-8', cte='7bit'):
    return hdrs(h) + 'MIME-Version: 1.0\nContent-Type: text/plain; charset="%s"\nContent-Transfer-Encoding: %s\n\n%s\n' % (charset, cte, body.strip('\n'))

def html_only(h, body):
    return hdrs(h) + 'MIME-Version: 1.0\nContent-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: 7bit\n\n%s\n' % body.strip('\n')

def alt_part(text, html, b):
    return ('Content-Type: multipart/alternative; boundary="%s"\n\n--%s\nContent-Type: text/plain; charset="utf-8"\n'
            'Content-Transfer-Encoding: 7bit\n\n%s\n\n--%s\nContent-Type: text/html; charset="utf-8"\n'
            'Content-Transfer-Encoding: 7bit\n\n%s\n\n--%s--\n' % (b, b, text.strip('\n'), b, html.strip('\n'), b))

def alt(h, text, html, b='=_alt_0001'):
    return hdrs(h) + 'MIME-Version: 1.0\n' + alt_part(text, html, b)

def mixed(h, text, atts, html=None, b='=_mix_0001'):
    """atts: list of (content_type, filename, bytes)"""
    s = hdrs(h) + 'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="%s"\n\n--%s\n' % (b, b)
    if html is not None:
        s += alt_part(text, html, b + '_a')
    else:
        s += 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 7bit\n\n%s\n' % text.strip('\n')
    for ct, fn, data in atts:
        s += '\n--%s\nContent-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\nContent-Transfer-Encoding: base64\n\n%s\n' % (b, ct, fn, fn, b64(data))
    return s + '\n--%s--\n' % b

def write(fname, raw):
    OUT.mkdir(exist_ok=True)
    (OUT / fname).write_bytes(raw.replace('\r\n', '\n').encode('utf-8'))

def quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.strip('\n').split('\n'))

OUTLOOK = lambda seed: [('Thread-Index', base64.b64encode(hashlib.md5(seed.encode()).digest()[:22]).decode()),
                        ('X-MS-Has-Attach', ''), ('X-MS-Exchange-Organization-SCL', '-1'),
                        ('Accept-Language', 'en-US'), ('Content-Language', 'en-US')]
