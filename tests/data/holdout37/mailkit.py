"""Small helpers used by make_messages.py to write raw RFC 5322 messages and tiny text-layer PDFs.

Nothing here knows about labels; it only renders bytes.
"""
import base64, datetime as dt, email.utils, hashlib, quopri, zlib
from email.header import Header
from zoneinfo import ZoneInfo

ET = ZoneInfo('America/New_York')


def date_hdr(s, tz=ET, fmt=None):
    """'2026-09-08 14:12:33' local time in tz -> RFC 5322 date string"""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)
    if fmt == 'utc':
        d = d.astimezone(dt.timezone.utc)
        return d.strftime('%a, %d %b %Y %H:%M:%S +0000')
    return email.utils.format_datetime(d)


def hexid(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def enc_header(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def b64(data):
    s = base64.b64encode(data).decode()
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


class Part:
    """a MIME entity: header lines + body text (already transfer-encoded)"""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        return '\n'.join(self.headers) + '\n\n' + self.body


def text(body, subtype='plain', charset='utf-8', cte=None, extra=None):
    raw = body.encode(charset)
    if cte is None:
        cte = '7bit' if all(b < 128 for b in raw) and max((len(l) for l in body.split('\n')), default=0) < 900 else 'quoted-printable'
    if cte == '7bit':
        enc = body
    elif cte == 'quoted-printable':
        enc = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        enc = b64(raw)
    elif cte == '8bit':
        enc = body
    else:
        raise ValueError(cte)
    if not enc.endswith('\n'):
        enc += '\n'
    h = ['Content-Type: text/%s; charset="%s"' % (subtype, charset), 'Content-Transfer-Encoding: ' + cte]
    return Part(h + (extra or []), enc)


def attachment(data, ctype, filename, inline=False, extra=None):
    disp = 'inline' if inline else 'attachment'
    h = ['Content-Type: %s;\n\tname="%s"' % (ctype, filename),
         'Content-Transfer-Encoding: base64',
         'Content-Disposition: %s;\n\tfilename="%s"' % (disp, filename)]
    return Part(h + (extra or []), b64(data) + '\n')


def raw_part(headers, body):
    return Part(headers, body if body.endswith('\n') else body + '\n')


def multipart(subtype, parts, boundary, params='', preamble=None):
    h = ['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params)]
    out = []
    if preamble:
        out.append(preamble + '\n')
    for p in parts:
        out.append('--' + boundary + '\n' + p.render())
    out.append('--' + boundary + '--\n')
    return Part(h, '\n'.join(out))


def message(headers, entity):
    """headers: list of 'Name: value' lines (top-level, without Content-*); entity: Part"""
    lines = list(headers)
    if not any(l.lower().startswith('mime-version:') for l in lines):
        lines.append('MIME-Version: 1.0')
    return ('\n'.join(lines + entity.headers) + '\n\n' + entity.body).encode('utf-8')


# ---------------------------------------------------------------- PDF
def _pdf_str(s):
    b = s.encode('cp1252')
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5c):
            out.append('\\' + chr(c))
        elif c < 32 or c > 126:
            out.append('\\%03o' % c)
        else:
            out.append(chr(c))
    return '(' + ''.join(out) + ')'


def pdf(lines, title='Letter', compress=False, producer='Microsoft Word', lines_per_page=None, font_size=10):
    """Build a small PDF with a real text layer. lines: list of str; a line starting with '##' is bold."""
    lines_per_page = lines_per_page or int(690 / (font_size + 3))
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
    objs = []  # (num, bytes)
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 info, then per page: page obj, content obj
    page_nums = [6 + 2 * i for i in range(n_pages)]
    objs.append((1, b'<< /Type /Catalog /Pages 2 0 R >>'))
    kids = ' '.join('%d 0 R' % p for p in page_nums)
    objs.append((2, ('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, n_pages)).encode()))
    objs.append((3, b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'))
    objs.append((4, b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'))
    objs.append((5, ('<< /Title %s /Producer %s >>' % (_pdf_str(title), _pdf_str(producer))).encode('latin-1')))
    lead = font_size + 3
    for i, pl in enumerate(pages):
        ops = ['BT', '/F1 %d Tf' % font_size, '%d TL' % lead, '60 750 Td']
        cur = 'F1'
        for ln in pl:
            want = 'F2' if ln.startswith('##') else 'F1'
            t = ln[2:].strip() if ln.startswith('##') else ln
            if want != cur:
                ops.append('/%s %d Tf' % (want, font_size))
                cur = want
            ops.append(_pdf_str(t) + ' Tj T*')
        if n_pages > 1:
            ops.append('/F1 8 Tf')
            ops.append('0 -%d Td' % 10)
            ops.append(_pdf_str('Page %d of %d' % (i + 1, n_pages)) + ' Tj')
        ops.append('ET')
        stream = ('\n'.join(ops) + '\n').encode('latin-1')
        if compress:
            data = zlib.compress(stream)
            cobj = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream'
        else:
            cobj = b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'endstream'
        pn = page_nums[i]
        objs.append((pn, ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % (pn + 1)).encode()))
        objs.append((pn + 1, cobj))
    objs.sort()
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for num, body in objs:
        offsets[num] = len(out)
        out += b'%d 0 obj\n' % num + body + b'\nendobj\n'
    xref = len(out)
    total = max(offsets) + 1
    out += b'xref\n0 %d\n' % total
    out += b'0000000000 65535 f \n'
    for i in range(1, total):
        out += b'%010d 00000 n \n' % offsets[i]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (total, xref)
    return bytes(out)


def wrap(s, width=88):
    """wrap a paragraph into lines for a PDF page"""
    import textwrap
    out = []
    for para in s.split('\n'):
        if not para.strip():
            out.append('')
            continue
        out.extend(textwrap.wrap(para, width) or [''])
    return out
