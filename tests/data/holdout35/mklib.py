"""Small helpers to write raw RFC 5322 messages and tiny text PDFs for this set (no third-party deps)."""
import base64, quopri, hashlib, textwrap

def _b64(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))

def _qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')

def boundary(seed, style='plain'):
    h = hashlib.md5(seed.encode()).hexdigest()
    if style == 'outlook':
        return '_000_%s%s_' % (h[:20].upper(), 'NAMPRD09PROD')
    if style == 'gmail':
        return '000000000000%s' % h[:16]
    if style == 'java':
        return '----=_Part_%d_%s.%s' % (int(h[:4], 16), int(h[4:12], 16), int(h[12:20], 16))
    return '----=_NextPart_%s' % h[:24]

class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # str (already encoded for transfer)
    def render(self):
        return '\n'.join('%s: %s' % hv for hv in self.headers) + '\n\n' + self.body

def text(t, subtype='plain', charset='utf-8', cte=None):
    if cte is None:
        cte = '7bit' if all(ord(c) < 128 for c in t) and max(len(l) for l in t.split('\n')) < 900 else 'quoted-printable'
    if cte == 'quoted-printable':
        body = _qp(t)
    elif cte == 'base64':
        body = _b64(t.encode(charset))
    else:
        body = t
    return Part([('Content-Type', 'text/%s; charset="%s"' % (subtype, charset)),
                 ('Content-Transfer-Encoding', cte)], body)

def html(t, **kw):
    return text(t, 'html', **kw)

def attachment(filename, data, ctype='application/pdf', inline=False):
    disp = 'inline' if inline else 'attachment'
    return Part([('Content-Type', '%s; name="%s"' % (ctype, filename)),
                 ('Content-Description', filename),
                 ('Content-Disposition', '%s; filename="%s"' % (disp, filename)),
                 ('Content-Transfer-Encoding', 'base64')], _b64(data))

def multipart(subtype, parts, seed, style='plain', extra=''):
    b = boundary(seed + subtype, style)
    body = 'This is a multi-part message in MIME format.\n\n' if style == 'plain' else ''
    for p in parts:
        body += '--%s\n%s\n' % (b, p.render())
    body += '--%s--\n' % b
    ct = 'multipart/%s;\n\tboundary="%s"%s' % (subtype, b, extra)
    return Part([('Content-Type', ct)], body)

def rfc822_headers_part(raw_headers):
    return Part([('Content-Type', 'text/rfc822-headers')], raw_headers.strip('\n') + '\n')

def message(headers, part):
    """headers: list of (name, value) without MIME headers; part: a Part."""
    hs = list(headers) + [('MIME-Version', '1.0')] + part.headers
    return '\n'.join('%s: %s' % hv for hv in hs) + '\n\n' + part.body

# ---------------------------------------------------------------- PDF
def _pdf_escape(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')

def pdf(lines, title='Letter', width=92, per_page=58):
    """Make a small text PDF (Helvetica, WinAnsi) from a list of lines; long lines are wrapped."""
    wrapped = []
    for ln in lines:
        if not ln:
            wrapped.append('')
            continue
        ind = len(ln) - len(ln.lstrip(' '))
        wrapped.extend(textwrap.wrap(ln, width, subsequent_indent=' ' * ind) or [''])
    pages = [wrapped[i:i + per_page] for i in range(0, len(wrapped), per_page)] or [[]]
    objs = []  # bytes of each object, index = obj number - 1
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then (page, content) pairs
    kids = ' '.join('%d 0 R' % (5 + 2 * i) for i in range(n_pages))
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, n_pages)).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append(('<< /Title (%s) /Producer (Correspondence Module 4.2) >>' % _pdf_escape(title)).encode('latin-1'))
    for i, pg in enumerate(pages):
        stream = 'BT\n/F1 10 Tf\n12 TL\n54 750 Td\n' + ''.join('(%s) Tj T*\n' % _pdf_escape(l) for l in pg) + 'ET\n'
        sb = stream.encode('cp1252')
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (6 + 2 * i)).encode())
        objs.append(b'<< /Length %d >>\nstream\n' % len(sb) + sb + b'endstream')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out
