"""Small helpers to write realistic .eml files and tiny text-layer PDFs by hand."""
import base64, hashlib, quopri, textwrap, datetime as dt

def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]

def b64(seed, n=22):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:n]

def date(s, tz):
    """'2026-09-10 09:02:11', '-0400' -> RFC 5322 date"""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    return d.strftime('%a, %d %b %Y %H:%M:%S ') + tz

def fold(name, value):
    """fold long header values at spaces (continuation lines start with a space)"""
    line = '%s: %s' % (name, value)
    if len(line) <= 78:
        return line
    words = value.split(' ')
    out, cur = [], name + ':'
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur.strip() and cur != name + ':':
            out.append(cur)
            cur = ' ' + w
        else:
            cur = cur + ' ' + w
    out.append(cur)
    return '\n'.join(out)

def headers(pairs):
    return '\n'.join(fold(k, v) for k, v in pairs if v is not None)

def needs_qp(text):
    return any(ord(c) > 127 for c in text) or any(len(l) > 900 for l in text.split('\n'))

def enc_text(text, charset='utf-8', force=None):
    """return (cte, encoded body)"""
    cte = force or ('quoted-printable' if needs_qp(text) else '7bit')
    if cte == 'quoted-printable':
        body = quopri.encodestring(text.replace('\n', '\r\n').encode(charset)).decode('ascii')
        body = body.replace('\r\n', '\n').replace('=0D\n', '\n').replace('=0D', '')
        return cte, body
    if cte == 'base64':
        raw = base64.b64encode(text.encode(charset)).decode()
        return cte, '\n'.join(raw[i:i + 76] for i in range(0, len(raw), 76))
    return cte, text

def leaf(ctype, text, charset='utf-8', force=None, extra=()):
    cte, body = enc_text(text, charset, force)
    hd = [('Content-Type', '%s; charset="%s"' % (ctype, charset)), ('Content-Transfer-Encoding', cte)]
    hd += list(extra)
    return headers(hd) + '\n\n' + body.rstrip('\n') + '\n'

def plain(text, **kw):
    return leaf('text/plain', text, **kw)

def html(text, **kw):
    return leaf('text/html', text, **kw)

def multipart(subtype, boundary, parts, extra_params=''):
    head = 'Content-Type: multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra_params)
    body = ''
    for p in parts:
        body += '--%s\n%s\n' % (boundary, p.rstrip('\n'))
    body += '--%s--\n' % boundary
    return head + '\n\n' + body

def attachment(ctype, filename, data, inline=False, extra=()):
    raw = base64.b64encode(data).decode()
    lines = '\n'.join(raw[i:i + 76] for i in range(0, len(raw), 76))
    disp = 'inline' if inline else 'attachment'
    hd = [('Content-Type', '%s;\n\tname="%s"' % (ctype, filename)),
          ('Content-Description', filename),
          ('Content-Disposition', '%s;\n\tfilename="%s"; size=%d' % (disp, filename, len(data))),
          ('Content-Transfer-Encoding', 'base64')] + list(extra)
    return '\n'.join('%s: %s' % kv for kv in hd) + '\n\n' + lines + '\n'

def rfc822(eml_text, filename=None):
    hd = 'Content-Type: message/rfc822'
    if filename:
        hd += ';\n\tname="%s"\nContent-Disposition: attachment;\n\tfilename="%s"' % (filename, filename)
    return hd + '\n\n' + eml_text.rstrip('\n') + '\n'

def message(hdr_pairs, body_with_ct):
    """body_with_ct starts with its own Content-Type (and CTE) headers, then blank line, then body"""
    return headers(hdr_pairs) + '\nMIME-Version: 1.0\n' + body_with_ct.rstrip('\n') + '\n'

def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.rstrip('\n').split('\n'))

# ---------------------------------------------------------------- PDF
def _pdf_escape(s):
    s = s.replace('\u2013', '-').replace('\u2014', '-').replace('\u2019', "'").replace('\u201c', '"').replace('\u201d', '"')
    s = s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    return s.encode('cp1252', 'replace')

def make_pdf(paragraphs, title='Letter', width=92, font_size=10, producer='Microsoft Word - Letter'):
    """paragraphs: list of str ('' = blank line). Returns bytes of a valid PDF with a text layer."""
    lines = []
    for p in paragraphs:
        if p == '':
            lines.append('')
        else:
            lines.extend(textwrap.wrap(p, width) or [''])
    per_page = 62
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = []  # list of bytes, object i+1
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then per page: page obj, content obj
    kids = ' '.join('%d 0 R' % (5 + 2 * i) for i in range(n_pages))
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, n_pages)).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append(b'<< /Title (' + _pdf_escape(title) + b') /Producer (' + _pdf_escape(producer) + b') >>')
    for i, pg in enumerate(pages):
        stream = b'BT\n/F1 %d Tf\n%d TL\n56 742 Td\n' % (font_size, font_size + 3)
        for l in pg:
            stream += b'(' + _pdf_escape(l) + b') Tj T*\n'
        stream += b'ET\n'
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (6 + 2 * i)).encode())
        objs.append(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'endstream')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n' % (len(objs) + 1)
    out += b'0000000000 65535 f \n'
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out
