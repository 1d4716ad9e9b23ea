"""Small helpers to assemble raw RFC 5322 messages and minimal text PDFs by hand."""
import base64, quopri, hashlib, textwrap, datetime as dt

def hid(seed, n=20):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]

def date_hdr(s, tz):
    """'2026-09-02 10:14' + '-0400' -> RFC 5322 date string"""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    return d.strftime('%a, %d %b %Y %H:%M:') + '%02d' % (int(hid(s + tz, 4), 16) % 60) + ' ' + tz

def enc_body(text, cte, charset):
    if not text.endswith('\n'):
        text += '\n'
    raw = text.encode(charset)
    if cte == '7bit' or cte == '8bit':
        return raw.decode(charset)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    if cte == 'base64':
        b = base64.b64encode(raw.replace(b'\n', b'\r\n')).decode('ascii')
        return '\n'.join(b[i:i + 76] for i in range(0, len(b), 76)) + '\n'
    raise ValueError(cte)

class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body
    def render(self):
        return ''.join('%s: %s\n' % h for h in self.headers) + '\n' + self.body

def text(body, subtype='plain', charset='utf-8', cte=None, format_flowed=False):
    if cte is None:
        cte = '7bit' if all(ord(c) < 128 for c in body) and max(len(l) for l in body.split('\n')) < 900 else 'quoted-printable'
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if format_flowed:
        ct += '; format=flowed'
    return Part([('Content-Type', ct), ('Content-Transfer-Encoding', cte)], enc_body(body, cte, charset))

def html(body, **kw):
    return text(body, subtype='html', **kw)

def attachment(filename, data, ctype='application/pdf', inline=False):
    b = base64.b64encode(data).decode('ascii')
    b = '\n'.join(b[i:i + 76] for i in range(0, len(b), 76)) + '\n'
    disp = 'inline' if inline else 'attachment'
    return Part([('Content-Type', '%s;\n\tname="%s"' % (ctype, filename)),
                 ('Content-Description', filename),
                 ('Content-Disposition', '%s;\n\tfilename="%s"' % (disp, filename)),
                 ('Content-Transfer-Encoding', 'base64')], b)

def raw_part(ctype, body, extra=()):
    return Part([('Content-Type', ctype)] + list(extra), body if body.endswith('\n') else body + '\n')

def multipart(subtype, parts, seed, params=''):
    bnd = '_%03d_%s_' % (len(parts), hid(seed + subtype, 24))
    body = ''
    for p in parts:
        body += '--%s\n%s\n' % (bnd, p.render().rstrip('\n'))
    body += '--%s--\n' % bnd
    return Part([('Content-Type', 'multipart/%s;\n\tboundary="%s"%s' % (subtype, bnd, params))], body)

def message(headers, part):
    """headers: list of (name, value); part: Part (its headers become the top-level content headers)"""
    out = ''.join('%s: %s\n' % h for h in headers)
    out += 'MIME-Version: 1.0\n'
    out += part.render()
    return out.encode('utf-8')

# ---------------------------------------------------------------- PDF
def _esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')

def pdf(lines, title='Letter', width=92, font_size=10):
    """Minimal multi-page PDF with a real text layer (Helvetica, WinAnsiEncoding, uncompressed)."""
    wrapped = []
    for ln in lines:
        if ln == '':
            wrapped.append('')
        else:
            ind = len(ln) - len(ln.lstrip(' '))
            wrapped.extend(textwrap.wrap(ln, width=width, subsequent_indent=' ' * ind, break_on_hyphens=False, break_long_words=False) or [''])
    per = 58
    pages = [wrapped[i:i + per] for i in range(0, len(wrapped), per)] or [[]]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then (page, content) pairs
    kids = []
    nxt = 5
    for pg in pages:
        pid, cid = nxt, nxt + 1
        nxt += 2
        kids.append(pid)
        stream = 'BT\n/F1 %d Tf\n%d TL\n56 752 Td\n' % (font_size, font_size + 3)
        stream += ''.join('(%s) Tj T*\n' % _esc(l) for l in pg)
        stream += 'ET\n'
        sb = stream.encode('cp1252')
        objs[cid] = b'<< /Length %d >>\nstream\n' % len(sb) + sb + b'endstream'
        objs[pid] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> '
                     '/Contents %d 0 R >>' % cid).encode()
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), n_pages)).encode()
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = ('<< /Title (%s) /Producer (Records Letter Writer 3.2) >>' % _esc(title)).encode('cp1252')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = {}
    for i in range(1, nxt):
        offs[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % nxt
    for i in range(1, nxt):
        out += b'%010d 00000 n \n' % offs[i]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (nxt, xref)
    return out
