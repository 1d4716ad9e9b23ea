"""Helpers that turn hand-written message definitions into raw RFC 5322 bytes.

Only formatting lives here (headers, MIME parts, transfer encodings, tiny PDFs); every word of every
message is written in tools/msgs_*.py.
"""
import base64, quopri, hashlib, textwrap, datetime as dt, email.utils

ORG = 'coastdesk.example.org'
INBOX = 'records@' + ORG


def plus(rid):
    return 'records+%s@%s' % (rid.lower(), ORG)


def req_mid(rid, sent):
    return '<%s.%s.1@%s>' % (rid.lower(), sent.replace('-', ''), ORG)


def dedent(s):
    return textwrap.dedent(s).strip('\n') + '\n'


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def fmt_date(when):
    """when: 'YYYY-MM-DD HH:MM -0500' -> RFC 5322 date"""
    d = dt.datetime.strptime(when, '%Y-%m-%d %H:%M %z')
    return email.utils.format_datetime(d)


def parse_when(when):
    return dt.datetime.strptime(when, '%Y-%m-%d %H:%M %z')


# ---------- body parts ----------

def _needs_qp(text, charset):
    try:
        text.encode('ascii')
    except UnicodeEncodeError:
        return True
    return any(len(l) > 900 for l in text.split('\n'))


def text_part(text, subtype='plain', charset='utf-8', cte=None, extra_headers=()):
    """Return a MIME leaf (headers + encoded body) as str."""
    if cte is None:
        cte = 'quoted-printable' if _needs_qp(text, charset) else '7bit'
    raw = text.replace('\r\n', '\n')
    hdrs = ['Content-Type: text/%s; charset="%s"' % (subtype, charset),
            'Content-Transfer-Encoding: %s' % cte]
    hdrs += list(extra_headers)
    if cte == 'quoted-printable':
        body = quopri.encodestring(raw.encode(charset)).decode('ascii')
    elif cte == 'base64':
        body = b64(raw.encode(charset))
    else:
        body = raw
    return '\n'.join(hdrs) + '\n\n' + body


def b64(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + '\n'


def attach_part(data, filename, ctype='application/pdf', inline=False):
    disp = 'inline' if inline else 'attachment'
    return ('Content-Type: %s;\n\tname="%s"\nContent-Transfer-Encoding: base64\n'
            'Content-Disposition: %s;\n\tfilename="%s"\n\n' % (ctype, filename, disp, filename)) + b64(data)


def multipart(subtype, parts, boundary, extra=''):
    out = []
    for p in parts:
        out.append('--' + boundary + '\n' + p.rstrip('\n') + '\n')
    body = ''.join(out) + '--' + boundary + '--\n'
    ct = 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra)
    return ct, body


def message(headers, content_type, body, cte=None):
    """headers: list of (name, value). content_type: full value. body: already encoded text."""
    lines = []
    for k, v in headers:
        lines.append('%s: %s' % (k, v))
    lines.append('MIME-Version: 1.0')
    lines.append('Content-Type: ' + content_type)
    if cte:
        lines.append('Content-Transfer-Encoding: ' + cte)
    return ('\n'.join(lines) + '\n\n' + body).encode('utf-8')


def simple(headers, text, subtype='plain', charset='utf-8', cte=None):
    part = text_part(text, subtype, charset, cte)
    hdr, _, body = part.partition('\n\n')
    ct = hdr.split('\n')[0][len('Content-Type: '):]
    enc = hdr.split('\n')[1][len('Content-Transfer-Encoding: '):]
    return message(headers, ct, body, enc)


# ---------- tiny PDF with a real text layer ----------

def _pdf_escape(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(pages, title='Letter', producer='Microsoft\xae Word for Microsoft 365'):
    """pages: list of content-stream strings (already PDF operators). Returns bytes."""
    objs = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font F1, 4 font F2 (bold), 5 info, then page/content pairs
    kids = ' '.join('%d 0 R' % (6 + 2 * i) for i in range(n_pages))
    objs.append('<< /Type /Catalog /Pages 2 0 R >>')
    objs.append('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, n_pages))
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    objs.append('<< /Title (%s) /Producer (%s) >>' % (_pdf_escape(title), _pdf_escape(producer)))
    streams = []
    for i, content in enumerate(pages):
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % (7 + 2 * i))
        data = content.encode('cp1252')
        objs.append(None)
        streams.append((len(objs), data))
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    stream_map = dict(streams)
    for idx, o in enumerate(objs, start=1):
        offsets.append(len(out))
        if o is None:
            data = stream_map[idx]
            out += b'%d 0 obj\n<< /Length %d >>\nstream\n' % (idx, len(data)) + data + b'\nendstream\nendobj\n'
        else:
            out += ('%d 0 obj\n%s\nendobj\n' % (idx, o)).encode('cp1252')
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return bytes(out)


def page_lines(lines, x=72, y=740, size=10, leading=13):
    """One column of text lines. A line starting with '**' is set bold."""
    ops = []
    cy = y
    for ln in lines:
        font = 'F1'
        if ln.startswith('**'):
            font, ln = 'F2', ln[2:]
        if ln:
            ops.append('BT /%s %d Tf %d %d Td (%s) Tj ET' % (font, size, x, cy, _pdf_escape(ln)))
        cy -= leading
    return '\n'.join(ops) + '\n'


def letter_pdf(lines, title='Letter', per_page=52, **kw):
    pages = []
    for i in range(0, len(lines), per_page):
        pages.append(page_lines(lines[i:i + per_page], **kw))
    return pdf(pages, title=title)


def two_column_pdf(head, left, right, tail, title='Letter'):
    """A page with a one-column head, a two-column body and a one-column tail.
    The body is drawn ROW BY ROW (left line i, then right line i), so a text extractor that follows
    the content stream reads across both columns and the words come out of reading order."""
    ops = [page_lines(head, y=740)]
    y0 = 740 - 13 * len(head) - 6
    rows = max(len(left), len(right))
    for i in range(rows):
        y = y0 - 13 * i
        for x, col in ((72, left), (318, right)):
            if i < len(col) and col[i]:
                ops.append('BT /F1 9.5 Tf %d %d Td (%s) Tj ET\n' % (x, y, _pdf_escape(col[i])))
    ops.append(page_lines(tail, y=y0 - 13 * rows - 10))
    return pdf([''.join(ops).replace('/F1 9.5 Tf', '/F1 9 Tf')], title=title)
