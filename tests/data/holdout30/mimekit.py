"""Small helpers used by make_messages.py to write raw RFC 5322 messages, PDFs, DOCX and PNG files.

Everything is written by hand (no third-party packages): the .eml files are assembled as text so that the
header order, boundaries and transfer encodings look like the mail systems they imitate.
"""
import base64, quopri, struct, zlib, io, zipfile, hashlib
from email.header import Header

ORG = 'healthdesk.example.org'


def enc_subject(s):
    """RFC 2047-encode a header value only if it is not ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode(maxlinelen=76)


def fold(line, width=78):
    """fold an unstructured header line at spaces (RFC 5322 2.2.3) if it is long and not already folded"""
    if len(line) <= width or '\n' in line:
        return line
    words = line.split(' ')
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            out.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    out.append(cur)
    return '\n'.join(out)


def headers(pairs):
    out = []
    for k, v in pairs:
        if v is None:
            continue
        out.append(fold('%s: %s' % (k, v)))
    return '\n'.join(out) + '\n'


def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def needs_qp(text):
    if any(ord(c) > 127 for c in text):
        return True
    return any(len(l) > 900 for l in text.split('\n'))


def text_part(text, subtype='plain', charset='utf-8', cte=None, extra=()):
    """return (headers, body) of a leaf text part"""
    if cte is None:
        cte = 'quoted-printable' if needs_qp(text) else '7bit'
    body = qp(text) if cte == 'quoted-printable' else (b64(text) if cte == 'base64' else text)
    h = [('Content-Type', 'text/%s; charset="%s"' % (subtype, charset)), ('Content-Transfer-Encoding', cte)]
    h.extend(extra)
    return h, body


def attachment(data, ctype, filename, inline=False, cid=None, extra=()):
    h = [('Content-Type', '%s; name="%s"' % (ctype, filename)),
         ('Content-Description', filename),
         ('Content-Disposition', '%s; filename="%s"; size=%d' % ('inline' if inline else 'attachment', filename, len(data))),
         ('Content-Transfer-Encoding', 'base64')]
    if cid:
        h.append(('Content-ID', '<%s>' % cid))
    h.extend(extra)
    return h, b64(data)


def multipart(subtype, parts, boundary, extra_params=''):
    """parts: list of (headers, body); returns (headers, body)"""
    lines = []
    for ph, pb in parts:
        lines.append('--' + boundary)
        lines.append(headers(ph).rstrip('\n'))
        lines.append('')
        lines.append(pb.rstrip('\n'))
    lines.append('--' + boundary + '--')
    h = [('Content-Type', 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra_params))]
    return h, '\n'.join(lines) + '\n'


def message(top, part, preamble=None):
    """top: list of header pairs (without Content-Type/CTE); part: (headers, body) of the root entity"""
    ph, pb = part
    allh = list(top) + [('MIME-Version', '1.0')] + list(ph)
    body = pb
    if preamble:
        body = preamble + '\n' + pb
    return (headers(allh) + '\n' + body).encode('utf-8')


# ---------------------------------------------------------------- PDF

def _pdf_escape(s):
    s = s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    return s.encode('latin-1', 'replace').decode('latin-1')


def make_pdf(lines, title='Letter', font_size=10, leading=13, per_page=54):
    """Minimal multi-page PDF with an uncompressed text layer (Helvetica). lines: list of str;
    a line starting with '##' is set in bold."""
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = []  # index 0 -> obj 1
    objs.append(None)  # catalog placeholder
    objs.append(None)  # pages placeholder
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    page_ids = []
    for pg in pages:
        ops = ['BT', '/F1 %d Tf' % font_size, '%d TL' % leading, '72 740 Td']
        for ln in pg:
            if ln.startswith('##'):
                ops.append('/F2 %d Tf (%s) Tj T* /F1 %d Tf' % (font_size, _pdf_escape(ln[2:].strip()), font_size))
            else:
                ops.append('(%s) Tj T*' % _pdf_escape(ln))
        ops.append('ET')
        stream = '\n'.join(ops).encode('latin-1')
        objs.append(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
        content_id = len(objs)
        objs.append(None)
        page_ids.append((len(objs), content_id))
    kids = ' '.join('%d 0 R' % pid for pid, _ in page_ids)
    for pid, cid in page_ids:
        objs[pid - 1] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % cid).encode()
    objs[0] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[1] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, len(page_ids))).encode()
    info_id = len(objs) + 1
    objs.append(('<< /Title (%s) /Producer (FOIAXpress Correspondence) /CreationDate (D:20260101000000) >>' % _pdf_escape(title)).encode('latin-1'))
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(out.tell())
        out.write(b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for off in offsets:
        out.write(b'%010d 00000 n \n' % off)
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info_id, xref))
    return out.getvalue()


# ---------------------------------------------------------------- DOCX

def _xml_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def make_docx(paragraphs, title='Letter', author='DOH'):
    """Minimal valid WordprocessingML package. paragraphs: list of str; '##' prefix = bold."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-20T19:30:00Z</dcterms:created>'
            '</cp:coreProperties>') % (_xml_escape(title), _xml_escape(author))
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application></Properties>')
    body = []
    for p in paragraphs:
        if p.startswith('##'):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xml_escape(p[2:].strip()))
        elif p == '':
            body.append('<w:p/>')
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xml_escape(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="12240" w:h="15840"/>'
           '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>') % ''.join(body)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('docProps/core.xml', core),
                           ('docProps/app.xml', app), ('word/document.xml', doc)]:
            zi = zipfile.ZipInfo(name, date_time=(2026, 10, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode('utf-8'))
    return buf.getvalue()


def docx_text(data):
    import re
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read('word/document.xml').decode('utf-8')
    paras = re.findall(r'<w:p[ >/].*?(?:</w:p>|/>)', xml)
    out = []
    for p in paras:
        out.append(''.join(re.findall(r'<w:t[^>]*>(.*?)</w:t>', p)))
    return '\n'.join(out).replace('&lt;', '<').replace('&gt;', '>').replace('&amp;', '&')


# ---------------------------------------------------------------- PNG

def make_png(w, h, rgb_rows):
    """rgb_rows(y) -> bytes of length 3*w"""
    raw = b''.join(b'\x00' + rgb_rows(y) for y in range(h))
    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def banner_png(w, h, color, stripe):
    def row(y):
        c = stripe if (y % 8) < 2 else color
        return bytes(c) * w
    return make_png(w, h, row)


def mid(seed, domain):
    return '<%s@%s>' % (hashlib.sha1(seed.encode()).hexdigest()[:24].upper(), domain)
