"""Small helpers to write raw RFC 5322 / MIME messages and minimal text PDFs by hand (no third-party libs)."""
import base64, quopri, textwrap, hashlib
from email.header import Header

# ---------------------------------------------------------------- headers
def enc_header(value, charset='utf-8'):
    """RFC 2047-encode a header value only if it is not plain ASCII."""
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


def fold(name, value, width=76):
    """Fold a long ASCII header value at spaces (continuation lines start with one space)."""
    line = '%s: %s' % (name, value)
    if len(line) <= width or ' ' not in value:
        return line
    out, cur = [], name + ':'
    for word in value.split(' '):
        if len(cur) + 1 + len(word) > width and cur.strip() != name + ':':
            out.append(cur)
            cur = ' ' + word
        else:
            cur = cur + ' ' + word
    out.append(cur)
    return '\n'.join(out)


def headers(pairs):
    lines = []
    for k, v in pairs:
        if v is None:
            continue
        if '\n' in v:
            lines.append('%s: %s' % (k, v))
            continue
        try:
            v.encode('ascii')
            lines.append(fold(k, v))
        except UnicodeEncodeError:
            lines.append(enc_addr_or_text(k, v))
    return '\n'.join(lines) + '\n'


def enc_addr_or_text(k, v):
    try:
        v.encode('ascii')
        return v
    except UnicodeEncodeError:
        pass
    if k.lower() in ('subject', 'thread-topic'):
        return '%s: %s' % (k, Header(v, 'utf-8', maxlinelen=76, header_name=k).encode())
    # address header: encode display name only:  Name <addr>
    name, _, addr = v.rpartition('<')
    name = name.strip().strip('"')
    return '%s: %s <%s' % (k, Header(name, 'utf-8').encode(), addr)


# ---------------------------------------------------------------- bodies
def encode_body(data, cte):
    if isinstance(data, str):
        raise TypeError('bytes expected')
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii')
    if cte == 'quoted-printable':
        s = quopri.encodestring(data).decode('ascii')
        return s if s.endswith('\n') else s + '\n'
    s = data.decode('ascii')  # 7bit
    return s if s.endswith('\n') else s + '\n'


def text(body, subtype='plain', charset='utf-8', cte=None, extra=None):
    data = body.encode(charset)
    if cte is None:
        try:
            body.encode('ascii')
            cte = '7bit'
        except UnicodeEncodeError:
            cte = 'quoted-printable'
        if cte == '7bit' and any(len(l) > 900 for l in body.split('\n')):
            cte = 'quoted-printable'
    h = [('Content-Type', 'text/%s; charset="%s"' % (subtype, charset)),
         ('Content-Transfer-Encoding', cte)]
    if extra:
        h += extra
    return headers(h) + '\n' + encode_body(data, cte)


def attachment(data, ctype, filename, cte='base64', disposition='attachment', extra=None):
    h = [('Content-Type', '%s; name="%s"' % (ctype, filename)),
         ('Content-Description', filename),
         ('Content-Disposition', '%s; filename="%s"; size=%d' % (disposition, filename, len(data))),
         ('Content-Transfer-Encoding', cte)]
    if extra:
        h += extra
    return headers(h) + '\n' + encode_body(data, cte)


def boundary(seed):
    return '_%s_' % hashlib.sha1(seed.encode()).hexdigest()[:28]


def multipart(subtype, parts, seed, params='', preamble=None):
    b = boundary(seed + subtype)
    out = headers([('Content-Type', 'multipart/%s;%s boundary="%s"' % (subtype, params, b))]) + '\n'
    if preamble:
        out += preamble + '\n'
    for p in parts:
        out += '--%s\n%s' % (b, p if p.endswith('\n') else p + '\n')
    out += '--%s--\n' % b
    return out


def raw_part(header_pairs, body):
    return headers(header_pairs) + '\n' + (body if body.endswith('\n') else body + '\n')


def message(top_headers, body_part):
    """top_headers: list of (name, value); body_part: output of text()/multipart()."""
    return headers(top_headers) + ('MIME-Version: 1.0\n' if not any(k == 'MIME-Version' for k, _ in top_headers) else '') + body_part


# ---------------------------------------------------------------- PDF
def _pdf_escape(s):
    s = s.replace('\u02bb', "'").replace('\u2018', "'").replace('\u2019', "'").replace('\u2013', '-').replace('\u2014', '--')
    s = s.replace('\u201c', '"').replace('\u201d', '"').replace('\u0101', 'a').replace('\u0113', 'e').replace('\u012b', 'i')
    s = s.replace('\u014d', 'o').replace('\u016b', 'u').replace('\u2610', '[ ]').replace('\u2612', '[X]')
    b = s.encode('cp1252', 'replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def make_pdf(pages, title='Letter', wrap=92):
    """pages: list of pages; each page a list of lines. A line starting with '##' is set in bold;
    long lines are wrapped. Returns bytes of a minimal PDF 1.4 with a real text layer (Helvetica, WinAnsi)."""
    objs = []  # index 0 -> obj 1

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    f2 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    kids = []
    for page in pages:
        lines = []
        for ln in page:
            bold = ln.startswith('##')
            t = ln[2:].strip() if bold else ln
            wrapped = textwrap.wrap(t, wrap, break_long_words=False, replace_whitespace=False) or ['']
            for w in wrapped:
                lines.append((bold, w))
        stream = [b'BT', b'/F1 10 Tf', b'13 TL', b'64 742 Td']
        cur = None
        for bold, w in lines:
            font = b'/F2' if bold else b'/F1'
            if font != cur:
                stream.append(font + b' 10 Tf')
                cur = font
            stream.append(b'(' + _pdf_escape(w) + b') Tj T*')
        stream.append(b'ET')
        data = b'\n'.join(stream) + b'\n'
        content = add(b'<< /Length %d >>\nstream\n' % len(data) + data + b'endstream')
        kids.append(add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>'
                        % (pages_id, f1, f2, content)))
    objs[cat - 1] = b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id
    objs[pages_id - 1] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (b' '.join(b'%d 0 R' % k for k in kids), len(kids))
    info = add(b'<< /Title (' + _pdf_escape(title) + b') /Producer (Microsoft Word - Print to PDF) >>')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    out += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, cat, info, xref)
    return bytes(out)
