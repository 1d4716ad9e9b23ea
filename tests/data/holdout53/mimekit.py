"""Small helpers used by build_messages.py to write raw RFC 5322 messages and tiny text PDFs by hand.

Nothing here is clever: headers are written in the order given, bodies are 7bit when they are plain
ASCII with short lines, else quoted-printable; attachments are base64 wrapped at 76 columns.
"""
import base64, hashlib, quopri, textwrap, zlib, datetime as dt
from email.header import Header

CRLF = '\n'   # files are written with LF; the parser accepts either


def date_hdr(stamp, tz):
    """'2026-09-08 10:14:22', '-0700' -> 'Tue, 08 Sep 2026 10:14:22 -0700'"""
    d = dt.datetime.strptime(stamp, '%Y-%m-%d %H:%M:%S')
    return d.strftime('%a, %d %b %Y %H:%M:%S ') + tz


def enc_subject(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def _needs_qp(text):
    try:
        text.encode('ascii')
    except UnicodeEncodeError:
        return True
    return any(len(l) > 900 for l in text.split('\n'))


def text_part(text, subtype='plain', charset='utf-8', force_qp=False, extra_headers=()):
    if not text.endswith('\n'):
        text += '\n'
    lines = ['Content-Type: text/%s; charset="%s"' % (subtype, charset)]
    if force_qp or _needs_qp(text):
        lines.append('Content-Transfer-Encoding: quoted-printable')
        body = quopri.encodestring(text.encode(charset)).decode('ascii')
    else:
        lines.append('Content-Transfer-Encoding: 7bit')
        body = text
    lines.extend(extra_headers)
    return '\n'.join(lines) + '\n\n' + body


def b64_part(data, ctype, filename=None, disposition='attachment', extra_headers=()):
    enc = base64.b64encode(data).decode('ascii')
    wrapped = '\n'.join(enc[i:i + 76] for i in range(0, len(enc), 76))
    lines = []
    if filename:
        lines.append('Content-Type: %s; name="%s"' % (ctype, filename))
        lines.append('Content-Disposition: %s; filename="%s"' % (disposition, filename))
    else:
        lines.append('Content-Type: %s' % ctype)
    lines.append('Content-Transfer-Encoding: base64')
    lines.extend(extra_headers)
    return '\n'.join(lines) + '\n\n' + wrapped + '\n'


def multipart(subtype, parts, boundary, params=''):
    head = 'Content-Type: multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params)
    body = ''
    for p in parts:
        body += '--%s\n%s\n' % (boundary, p.rstrip('\n'))
    body += '--%s--\n' % boundary
    return head + '\n\n' + body


def message(headers, body_part):
    """headers: list of (name, value); body_part: a part string starting with its Content-* headers."""
    out = []
    for k, v in headers:
        out.append('%s: %s' % (k, v))
    out.append('MIME-Version: 1.0')
    return '\n'.join(out) + '\n' + body_part


def boundary(seed):
    return '----=_Part_' + hashlib.sha1(seed.encode()).hexdigest()[:24]


# ---------------------------------------------------------------- PDF
def _pdf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\()':
            out.append('\\' + ch)
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append('\\%03o' % o)
        else:
            out.append({'\u2013': '-', '\u2014': '--', '\u2019': "'", '\u201c': '"', '\u201d': '"'}.get(ch, '?'))
    return ''.join(out)


def wrap_lines(paragraphs, width=92):
    """paragraphs: list of str; '' -> blank line; lines starting with '|' are kept as-is (minus the bar)."""
    lines = []
    for p in paragraphs:
        if p == '':
            lines.append('')
        elif p.startswith('|'):
            lines.append(p[1:])
        else:
            lines.extend(textwrap.wrap(p, width) or [''])
    return lines


def make_pdf(paragraphs, title='Letter', compress=False, font_size=10, width=92, producer='Microsoft: Print To PDF'):
    """Build a small, valid PDF with a real text layer (Helvetica, WinAnsi)."""
    lines = wrap_lines(paragraphs, width)
    per_page = 56
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = {}
    # 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    kids = []
    n = 5
    for pg in pages:
        page_id, content_id = n, n + 1
        n += 2
        kids.append(page_id)
        ops = ['BT', '/F1 %d Tf' % font_size, '%d TL' % (font_size + 4), '56 752 Td']
        for ln in pg:
            ops.append('(%s) Tj T*' % _pdf_escape(ln))
        ops.append('ET')
        stream = ('\n'.join(ops) + '\n').encode('latin-1')
        if compress:
            data = zlib.compress(stream)
            objs[content_id] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream'
        else:
            objs[content_id] = b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'endstream'
        objs[page_id] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> '
                         '/Contents %d 0 R >>' % content_id).encode()
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = ('<< /Title (%s) /Producer (%s) >>' % (_pdf_escape(title), _pdf_escape(producer))).encode('latin-1')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for i in sorted(objs):
        out += b'%010d 00000 n \n' % offsets[i]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return bytes(out)


def pdf_text(data):
    """Crude text extraction for our own PDFs (used by check_corpus.py)."""
    import re
    out = []
    for m in re.finditer(rb'<<([^>]*)>>\s*stream\n(.*?)\n?endstream', data, re.S):
        raw = m.group(2)
        if b'FlateDecode' in m.group(1):
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                continue
        for t in re.finditer(rb'\(((?:\\.|[^\\)])*)\) Tj', raw):
            s = t.group(1)
            s = re.sub(rb'\\([0-7]{3})', lambda x: bytes([int(x.group(1), 8)]), s)
            s = re.sub(rb'\\(.)', rb'\1', s)
            out.append(s.decode('latin-1'))
    return '\n'.join(out)
