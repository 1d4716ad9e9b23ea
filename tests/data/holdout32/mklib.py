"""Small helpers to write raw RFC 5322 messages and tiny text-layer PDFs for the holdout32 set."""
import base64, quopri, hashlib, textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / 'messages'


def _b(seed):
    return hashlib.sha1(seed.encode()).hexdigest()


def boundary(seed, style='nr'):
    h = _b(seed)
    if style == 'nr':          # Rails / NextRequest style
        return '--==_mimepart_%s_%s' % (h[:12], h[12:20])
    if style == 'ms':          # Exchange / Outlook style
        return '_000_%s%s_' % (h[:20].upper(), 'NAMPR09MB')
    if style == 'gq':          # GovQA / .NET style
        return '----=_NextPart_%s_%s' % (h[:4].upper(), h[4:12].upper())
    if style == 'gm':          # Gmail style
        return '000000000000%s' % h[:16]
    return '=_%s' % h[:24]


def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return '\n'.join(textwrap.wrap(base64.b64encode(data).decode('ascii'), 76))


def text_part(text, subtype='plain', charset='utf-8', cte='7bit', extra=''):
    if cte == 'quoted-printable':
        body = qp(text)
    elif cte == 'base64':
        body = b64(text.encode(charset))
    else:
        body = text
    h = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (subtype, charset, cte)
    return h + extra + '\n' + body.rstrip('\n') + '\n'


def multipart(subtype, parts, bnd, params=''):
    h = 'Content-Type: multipart/%s;\n\tboundary="%s"%s\n' % (subtype, bnd, params)
    body = ''
    for p in parts:
        body += '--%s\n%s' % (bnd, p)
    body += '--%s--\n' % bnd
    return h + '\n' + body


def attachment(filename, data, ctype='application/pdf'):
    return ('Content-Type: %s;\n\tname="%s"\nContent-Transfer-Encoding: base64\n'
            'Content-Disposition: attachment;\n\tfilename="%s"\n\n%s\n') % (ctype, filename, filename, b64(data))


def write(name, headers, part):
    """headers: list of (name, value) in order; part: string starting with Content-Type header lines."""
    lines = []
    for k, v in headers:
        lines.append('%s: %s' % (k, v))
    lines.append('MIME-Version: 1.0')
    raw = '\n'.join(lines) + '\n' + part
    OUT.mkdir(exist_ok=True)
    (OUT / name).write_bytes(raw.encode('utf-8'))
    return name


# ---------------------------------------------------------------- PDF
def _esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def make_pdf(lines, title="Letter", per_page=52, size=10):
    """Minimal PDF 1.4 with a real text layer (Helvetica), one text line per entry, ASCII only."""
    for l in lines:
        l.encode('ascii')
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = []  # index = object number - 1
    objs.append(None)  # 1 catalog
    objs.append(None)  # 2 pages
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')  # 3 font
    page_nums = []
    for pg in pages:
        stream = 'BT\n/F1 %d Tf\n%d TL\n56 748 Td\n' % (size, size + 3)
        stream += ''.join('(%s) Tj T*\n' % _esc(l) for l in pg)
        stream += 'ET\n'
        sb = stream.encode('latin-1')
        objs.append(b'<< /Length %d >>\nstream\n' % len(sb) + sb + b'endstream')
        content_no = len(objs)
        objs.append(None)
        page_no = len(objs)
        objs[page_no - 1] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> '
                             '/Contents %d 0 R >>' % content_no).encode()
        page_nums.append(page_no)
    objs[0] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[1] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % n for n in page_nums), len(page_nums))).encode()
    objs.append(('<< /Title (%s) /Producer (PDF writer) >>' % _esc(title)).encode())
    info_no = len(objs)
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info_no, xref)
    return out


def wrap_lines(paragraphs, width=92):
    """paragraphs: list of strings ('' = blank line); long ones are wrapped for the PDF."""
    out = []
    for p in paragraphs:
        if not p:
            out.append('')
        else:
            out.extend(textwrap.wrap(p, width) or [''])
    return out


def safelink(url, seed):
    from urllib.parse import quote
    h = _b(seed)
    return ('https://nam12.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%%7C%s%%7C'
            '%s%%7C0%%7C0%%7C638%s%%7CUnknown%%7CTWFpbGZsb3d8eyJWIjoiMC4wLjAwMDAifQ%%3D%%3D%%7C0%%7C%%7C%%7C'
            '&sdata=%s%%3D&reserved=0') % (quote(url, safe=''), h[:32], h[8:40], h[:15],
                                              base64.b64encode(bytes.fromhex(h)).decode().rstrip('=').replace('+', '%2B').replace('/', '%2F'))
