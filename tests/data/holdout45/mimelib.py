"""Small helpers used by build_messages.py to write raw RFC 5322 messages and tiny text-layer PDFs."""
import base64, quopri, hashlib, textwrap


def hx(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n].upper()


def boundary(seed, style='outlook'):
    h = hashlib.md5(seed.encode()).hexdigest()
    if style == 'outlook':
        return '_000_%s%s_' % (h[:20].upper(), h[20:28])
    if style == 'gmail':
        return '000000000000%s' % h[:16]
    return '----=_Part_%s_%s' % (int(h[:6], 16), int(h[6:14], 16))


def b64(data):
    return base64.encodebytes(data).decode('ascii')


def qp(text, charset):
    return quopri.encodestring(text.encode(charset)).decode('ascii')


def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', extra=None):
    """returns (header lines, body) for a leaf text part"""
    if not text.endswith('\n'):
        text += '\n'
    if cte == 'quoted-printable':
        body = qp(text, charset)
    elif cte == 'base64':
        body = b64(text.encode(charset))
    elif cte in ('7bit', '8bit'):
        body = text
    else:
        raise ValueError(cte)
    hdr = ['Content-Type: text/%s; charset="%s"' % (subtype, charset),
           'Content-Transfer-Encoding: %s' % cte]
    if extra:
        hdr += extra
    return hdr, body


def attach(data, ctype, filename, inline=False):
    hdr = ['Content-Type: %s;\n\tname="%s"' % (ctype, filename),
           'Content-Description: %s' % filename,
           'Content-Disposition: %s;\n\tfilename="%s"; size=%d' % ('inline' if inline else 'attachment', filename, len(data)),
           'Content-Transfer-Encoding: base64']
    return hdr, b64(data)


def multipart(subtype, parts, bnd, params=''):
    hdr = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, (' ' + params + ';') if params else '', bnd)]
    out = []
    for ph, pb in parts:
        out.append('--%s\n%s\n\n%s' % (bnd, '\n'.join(ph), pb if pb.endswith('\n') else pb + '\n'))
    body = ''.join(out) + '--%s--\n' % bnd
    return hdr, body


def message(headers, part, preamble=None):
    """headers: list of 'Name: value' strings (already folded); part: (hdr lines, body)"""
    ph, pb = part
    lines = list(headers) + ['MIME-Version: 1.0'] + ph
    txt = '\n'.join(lines) + '\n\n'
    if preamble:
        txt += preamble + '\n'
    txt += pb
    if not txt.endswith('\n'):
        txt += '\n'
    return txt


# ---------------------------------------------------------------- PDF
def _pdf_str(s):
    b = s.encode('cp1252')
    out = []
    for ch in b:
        c = chr(ch)
        if c in '()\\':
            out.append('\\' + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append('\\%03o' % ch)
    return ''.join(out)


def pdf(paragraphs, title='Letter', width=92, lines_per_page=58):
    """paragraphs: list of str ('' = blank line); long paragraphs are wrapped. Returns bytes of a
    minimal PDF (Helvetica, WinAnsi) with an uncompressed text layer, one or more pages."""
    lines = []
    for p in paragraphs:
        if p == '':
            lines.append('')
            continue
        for sub in p.split('\n'):
            lines.extend(textwrap.wrap(sub, width) or [''])
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
    objs = []  # index 0 -> obj 1
    npages = len(pages)
    # obj numbering: 1 catalog, 2 pages, 3 font, 4 info, then per page: page obj, content obj
    kids = ' '.join('%d 0 R' % (5 + 2 * i) for i in range(npages))
    objs.append('<< /Type /Catalog /Pages 2 0 R >>')
    objs.append('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, npages))
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append('<< /Title (%s) /Producer (Records Office Letter Export) >>' % _pdf_str(title))
    for i, pl in enumerate(pages):
        content = ['BT', '/F1 10 Tf', '13 TL', '60 742 Td']
        for ln in pl:
            content.append('(%s) Tj T*' % _pdf_str(ln))
        content.append('ET')
        stream = '\n'.join(content)
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (6 + 2 * i))
        objs.append('<< /Length %d >>\nstream\n%s\nendstream' % (len(stream.encode('latin-1')), stream))
    out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for n, o in enumerate(objs, 1):
        offsets.append(len(out.encode('latin-1')))
        out += '%d 0 obj\n%s\nendobj\n' % (n, o)
    xref = len(out.encode('latin-1'))
    out += 'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for off in offsets:
        out += '%010d 00000 n \n' % off
    out += 'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out.encode('latin-1')
