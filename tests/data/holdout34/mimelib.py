"""Small helpers used by build_messages.py to write raw RFC 5322 messages and tiny text PDFs."""
import base64, quopri, textwrap, zlib

def b64(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))

def qp(text, charset='utf-8'):
    return quopri.encodestring(text.encode(charset)).decode('ascii')

def hdr_block(headers):
    out = []
    for k, v in headers:
        out.append('%s: %s' % (k, v))
    return '\n'.join(out)

def leaf(ctype, body, charset='utf-8', cte=None, extra=None):
    """Return (headers_text, body_text) for a single text part."""
    try:
        body.encode('ascii')
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if cte is None:
        cte = '7bit' if ascii_ok else 'quoted-printable'
    if cte == 'quoted-printable':
        enc = qp(body, charset)
    elif cte == 'base64':
        enc = b64(body.encode(charset))
    else:
        enc = body
    h = ['Content-Type: %s; charset="%s"' % (ctype, charset), 'Content-Transfer-Encoding: %s' % cte]
    if extra:
        h += extra
    return '\n'.join(h), enc

def attachment(filename, ctype, data, inline=False):
    h = ['Content-Type: %s;\n\tname="%s"' % (ctype, filename),
         'Content-Transfer-Encoding: base64',
         'Content-Disposition: %s;\n\tfilename="%s"' % ('inline' if inline else 'attachment', filename)]
    return '\n'.join(h), b64(data)

def multipart(subtype, parts, boundary):
    """parts: list of (headers_text, body_text). Returns (content-type header value, body)."""
    out = []
    for h, b in parts:
        out.append('--%s\n%s\n\n%s' % (boundary, h, b.rstrip('\n')))
    out.append('--%s--\n' % boundary)
    return 'multipart/%s;\n\tboundary="%s"' % (subtype, boundary), '\n'.join(out)

def message(headers, part):
    """headers: list of (k, v) without MIME headers; part: (headers_text, body_text) of the top entity."""
    ph, body = part
    return hdr_block(headers) + '\nMIME-Version: 1.0\n' + ph + '\n\n' + body.rstrip('\n') + '\n'

def mp_part(subtype, parts, boundary):
    ct, body = multipart(subtype, parts, boundary)
    return 'Content-Type: ' + ct, body

# ---------------------------------------------------------------- PDF
def _esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')

def make_pdf(text, title='Letter', width=92):
    """Minimal PDF 1.4 with a real text layer (Helvetica, WinAnsi). text: str with \n; long lines wrapped."""
    lines = []
    for raw in text.split('\n'):
        if not raw.strip():
            lines.append('')
            continue
        lines.extend(textwrap.wrap(raw, width=width, break_long_words=False) or [''])
    per_page = 58
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = []  # index 0 -> obj 1
    objs.append(None)  # catalog placeholder
    objs.append(None)  # pages placeholder
    font_id = 3
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    kids = []
    for pg in pages:
        content = ['BT', '/F1 10 Tf', '13 TL', '56 750 Td']
        for ln in pg:
            content.append('(%s) Tj T*' % _esc(ln))
        content.append('ET')
        stream = '\n'.join(content).encode('cp1252', 'replace')
        comp = zlib.compress(stream)
        objs.append(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(comp) + comp + b'\nendstream')
        cid = len(objs)
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>' % (font_id, cid)).encode())
        kids.append(len(objs))
    objs[0] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[1] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
    objs.append(('<< /Title (%s) /Producer (records letter) >>' % _esc(title)).encode('cp1252', 'replace'))
    info_id = len(objs)
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info_id, xref)
    return bytes(out)
