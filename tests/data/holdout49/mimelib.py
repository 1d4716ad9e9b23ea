"""Small helpers used by make_messages.py to write raw RFC 5322 messages by hand (no agency data here)."""
import base64, hashlib, quopri, email.utils, datetime as dt

TZ = {
    'EDT': dt.timezone(dt.timedelta(hours=-4)), 'EST': dt.timezone(dt.timedelta(hours=-5)),
    'CDT': dt.timezone(dt.timedelta(hours=-5)), 'CST': dt.timezone(dt.timedelta(hours=-6)),
    'MST': dt.timezone(dt.timedelta(hours=-7)),
    'PDT': dt.timezone(dt.timedelta(hours=-7)), 'PST': dt.timezone(dt.timedelta(hours=-8)),
}


def when(s, tz):
    """'2026-09-08 09:16:04' + 'CDT' -> aware datetime"""
    return dt.datetime.fromisoformat(s).replace(tzinfo=TZ[tz])


def rfcdate(d):
    return email.utils.format_datetime(d)


def hexid(seed, n=32):
    h = ''
    i = 0
    while len(h) < n:
        h += hashlib.sha1(('%s/%d' % (seed, i)).encode()).hexdigest()
        i += 1
    return h[:n]


def boundary(seed, style='plain'):
    x = hexid('b' + seed, 24)
    if style == 'outlook':
        return '_%s_%s_' % ('00' + x[0], x[1:21])
    if style == 'gmail':
        return '0000000000' + x[:18]
    if style == 'govqa':
        return '----=_NextPart_%s_%s.%s' % (x[:3].upper(), x[3:7].upper(), x[7:15].upper())
    return '===============%s==' % int(x[:16], 16)


def headers(pairs):
    """pairs: list of (name, value); value may contain pre-folded continuation lines"""
    return ''.join('%s: %s\n' % (k, v) for k, v in pairs if v is not None)


def enc_text(text, cte, charset='utf-8'):
    raw = text.encode(charset)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    if cte == 'base64':
        return base64.encodebytes(raw).decode('ascii')
    if cte in ('7bit', '8bit'):
        return raw.decode(charset)
    raise ValueError(cte)


def leaf(ctype, text, cte='7bit', charset='utf-8', extra=()):
    body = enc_text(text, cte, charset)
    if not body.endswith('\n'):
        body += '\n'
    h = [('Content-Type', '%s; charset="%s"' % (ctype, charset)), ('Content-Transfer-Encoding', cte)] + list(extra)
    return headers(h) + '\n' + body


def attachment(filename, data, ctype, inline=False, extra_ct=''):
    b = base64.encodebytes(data).decode('ascii')
    disp = 'inline' if inline else 'attachment'
    h = [('Content-Type', '%s;\n\tname="%s"%s' % (ctype, filename, extra_ct)),
         ('Content-Description', filename),
         ('Content-Disposition', '%s;\n\tfilename="%s"; size=%d' % (disp, filename, len(data))),
         ('Content-Transfer-Encoding', 'base64')]
    return headers(h) + '\n' + b


def multipart(subtype, parts, bnd, params=''):
    out = 'Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (subtype, bnd, params)
    for p in parts:
        out += '--%s\n%s' % (bnd, p)
        if not p.endswith('\n'):
            out += '\n'
    out += '--%s--\n' % bnd
    return out


def message(top_headers, body_with_ct):
    """top_headers without Content-Type; body_with_ct starts with its own Content-Type header block"""
    return headers(top_headers) + 'MIME-Version: 1.0\n' + body_with_ct


def single(top_headers, ctype, text, cte='7bit', charset='utf-8'):
    return headers(top_headers) + 'MIME-Version: 1.0\n' + leaf(ctype, text, cte, charset)


# ---------------------------------------------------------------- minimal PDF writer (text layer, Helvetica)

def _pdf_str(s):
    b = s.encode('cp1252')
    out = []
    for ch in b:
        c = chr(ch)
        if c in '()\\':
            out.append('\\' + c)
        elif ch < 32 or ch > 126:
            out.append('\\%03o' % ch)
        else:
            out.append(c)
    return '(' + ''.join(out) + ')'


def _wrap(line, width):
    import textwrap
    if not line.strip():
        return ['']
    ind = len(line) - len(line.lstrip(' '))
    return textwrap.wrap(line, width=width, subsequent_indent=' ' * ind, break_on_hyphens=False) or ['']


def pdf(text, title='', width=95, lines_per_page=58):
    """text: lines separated by \n; long lines are wrapped. Returns bytes of a valid uncompressed PDF 1.4."""
    lines = []
    for ln in text.split('\n'):
        lines.extend(_wrap(ln, width))
    pages = [lines[i:i + lines_per_page] for i in range(0, max(len(lines), 1), lines_per_page)]
    objs = []  # index 0 -> obj 1
    objs.append('<< /Type /Catalog /Pages 2 0 R >>')
    kids_placeholder = len(objs)
    objs.append(None)  # pages
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')  # obj 3
    page_ids = []
    for pg in pages:
        stream = 'BT\n/F1 10 Tf\n12 TL\n56 750 Td\n' + ''.join('%s Tj T*\n' % _pdf_str(l) for l in pg) + 'ET\n'
        sb = stream.encode('latin-1')
        objs.append('<< /Length %d >>\nstream\n%sendstream' % (len(sb), stream))
        cid = len(objs)
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cid)
        page_ids.append(len(objs))
    objs[kids_placeholder] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % i for i in page_ids), len(page_ids))
    objs.append('<< /Title %s /Producer (PDF writer for test letters) >>' % _pdf_str(title or 'Letter'))
    info_id = len(objs)
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += ('%d 0 obj\n' % i).encode() + o.encode('latin-1') + b'\nendobj\n'
    xref = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    for off in offsets:
        out += ('%010d 00000 n \n' % off).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info_id, xref)).encode()
    return out


def pdf_text(data):
    """crude text extraction for checks: concatenated (...) Tj strings of an uncompressed PDF made by pdf()"""
    import re
    s = data.decode('latin-1')
    out = []
    for m in re.finditer(r'\(((?:\\.|[^\\)])*)\) Tj', s):
        t = re.sub(r'\\([0-7]{3})', lambda x: chr(int(x.group(1), 8)), m.group(1))
        t = re.sub(r'\\(.)', r'\1', t)
        out.append(t.encode('latin-1').decode('cp1252'))
    return '\n'.join(out)
