"""Small helpers used by build_messages.py to write raw RFC 5322 messages and tiny text-layer PDFs.

Only the standard library is used. Every message is written byte-for-byte by hand (headers in the order
real systems emit them), so Outlook / GovQA / Smartsheet / Google Groups header sets can be reproduced.
"""
import base64, hashlib, quopri, textwrap

# ---------------------------------------------------------------- PDF
def _pdf_escape(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    s = s.replace('\u2013', '-').replace('\u2014', '--').replace('\u00a7', 'Sec.').replace('\u00b6', 'P.')
    s = s.encode('ascii', 'replace').decode('ascii')
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def make_pdf(lines, title='Letter', width=92, per_page=60):
    """Return bytes of a minimal PDF (Helvetica, uncompressed text layer) with the given lines."""
    wrapped = []
    for ln in lines:
        if not ln.strip():
            wrapped.append('')
            continue
        indent = len(ln) - len(ln.lstrip(' '))
        wrapped.extend(textwrap.wrap(ln, width=width, subsequent_indent=' ' * indent, break_on_hyphens=False) or [''])
    pages = [wrapped[i:i + per_page] for i in range(0, len(wrapped), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    info_id = font_id + 1
    kids = []
    for i, pg in enumerate(pages):
        page_id, content_id = 3 + 2 * i, 4 + 2 * i
        kids.append('%d 0 R' % page_id)
        stream = 'BT\n/F1 10 Tf\n12 TL\n56 750 Td\n' + ''.join('(%s) Tj T*\n' % _pdf_escape(l) for l in pg) + 'ET\n'
        objs[page_id] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> '
                         '/Contents %d 0 R >>' % (font_id, content_id))
        objs[content_id] = '<< /Length %d >>\nstream\n%sendstream' % (len(stream.encode('latin-1')), stream)
    objs[1] = '<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join(kids), n_pages)
    objs[font_id] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[info_id] = '<< /Title (%s) /Producer (Correspondence Generator 4.2) >>' % _pdf_escape(title)
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += ('%d 0 obj\n%s\nendobj\n' % (k, objs[k])).encode('latin-1')
    xref = len(out)
    size = max(objs) + 1
    out += ('xref\n0 %d\n0000000000 65535 f \n' % size).encode()
    for k in range(1, size):
        out += ('%010d 00000 n \n' % offsets[k]).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (size, info_id, xref)).encode()
    return out


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # str (already encoded for transfer)

    def render(self):
        return ''.join('%s: %s\n' % hv for hv in self.headers) + '\n' + self.body


def _qp(text, charset):
    return quopri.encodestring(text.encode(charset)).decode('ascii')


def text(body, subtype='plain', charset='utf-8', cte=None, extra=()):
    if cte is None:
        try:
            body.encode('ascii')
            cte = '7bit'
            if any(len(l) > 990 for l in body.split('\n')):
                cte = 'quoted-printable'
        except UnicodeEncodeError:
            cte = 'quoted-printable'
    if cte == 'quoted-printable':
        enc = _qp(body, charset)
    elif cte == 'base64':
        enc = base64.encodebytes(body.encode(charset)).decode('ascii')
    else:
        enc = body
    if not enc.endswith('\n'):
        enc += '\n'
    h = [('Content-Type', 'text/%s; charset="%s"' % (subtype, charset)), ('Content-Transfer-Encoding', cte)]
    return Part(h + list(extra), enc)


def html(body, charset='utf-8', cte=None):
    return text(body, 'html', charset, cte)


def attachment(data, ctype, filename, disposition='attachment', extra=()):
    enc = base64.encodebytes(data).decode('ascii')
    h = [('Content-Type', '%s;\n\tname="%s"' % (ctype, filename)),
         ('Content-Description', filename),
         ('Content-Disposition', '%s;\n\tfilename="%s"; size=%d' % (disposition, filename, len(data))),
         ('Content-Transfer-Encoding', 'base64')]
    return Part(h + list(extra), enc)


def raw_part(ctype, body, extra=()):
    return Part([('Content-Type', ctype)] + list(extra), body if body.endswith('\n') else body + '\n')


def boundary(seed, style='outlook'):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == 'outlook':
        return '_%s_%s_' % (seed[:3] if seed[:3].isdigit() else '000', h[:24])
    if style == 'google':
        return '000000000000' + h[:16]
    return '----=_Part_%s_%s' % (int(h[:6], 16), int(h[6:14], 16))


def multipart(subtype, parts, bnd, params=''):
    body = ''
    for p in parts:
        body += '--%s\n%s' % (bnd, p.render())
        if not body.endswith('\n'):
            body += '\n'
    body += '--%s--\n' % bnd
    return Part([('Content-Type', 'multipart/%s;\n\tboundary="%s"%s' % (subtype, bnd, params))], body)


def message(headers, top):
    """headers: list of (name, value) placed before the MIME headers of the top part."""
    out = ''.join('%s: %s\n' % hv for hv in headers)
    out += 'MIME-Version: 1.0\n'
    out += top.render()
    return out
