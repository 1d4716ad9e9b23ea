"""Small helpers used by build_messages.py to write raw RFC 5322 messages and tiny text PDFs by hand."""
import base64, hashlib, quopri, textwrap

ORG = 'capitolwatch.example.org'
INBOX = 'records@' + ORG
DESK = 'Capitol Watch Records Desk'


def plus(n):
    return 'records+req-%03d@%s' % (n, ORG)


def req_mid(n, sent):
    return '<req-%03d.%s.1@%s>' % (n, sent.replace('-', ''), ORG)


def hexid(seed, n=24):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def bnd(seed, style='outlook'):
    h = hexid('b' + seed, 20)
    if style == 'outlook':
        return '_000_%s_' % h
    if style == 'gmail':
        return '000000000000%s' % h[:12]
    if style == 'apple':
        return 'Apple-Mail-%s-%s' % (h[:8].upper(), h[8:12].upper())
    return '----=_Part_%s' % h


def qp(s):
    return quopri.encodestring(s.encode('utf-8')).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def headers(pairs):
    return '\n'.join('%s: %s' % (k, v) for k, v in pairs if v is not None)


def part_text(body, ctype='text/plain', charset='utf-8', cte=None):
    if cte is None:
        cte = 'quoted-printable' if (any(len(l) > 76 for l in body.split('\n')) or not body.isascii()) else '7bit'
    payload = qp(body) if cte == 'quoted-printable' else body
    return 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n\n%s' % (ctype, charset, cte, payload)


def part_attach(data, filename, ctype='application/pdf'):
    return ('Content-Type: %s;\n\tname="%s"\nContent-Description: %s\nContent-Disposition: attachment;\n\tfilename="%s"\n'
            'Content-Transfer-Encoding: base64\n\n%s' % (ctype, filename, filename, filename, b64(data)))


def multipart(subtype, boundary, parts, extra=''):
    ct = 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra)
    body = ''
    for p in parts:
        body += '--%s\n%s\n' % (boundary, p.rstrip('\n'))
    body += '--%s--\n' % boundary
    return ct, body


def assemble(pairs, ctype, body, cte=None):
    pairs = list(pairs) + [('MIME-Version', '1.0'), ('Content-Type', ctype)]
    if cte:
        pairs.append(('Content-Transfer-Encoding', cte))
    return headers(pairs) + '\n\n' + body


def simple(pairs, body, ctype='text/plain', charset='utf-8', cte=None):
    p = part_text(body, ctype, charset, cte)
    head, payload = p.split('\n\n', 1)
    ct = head.split('\n')[0][len('Content-Type: '):]
    enc = head.split('\n')[1][len('Content-Transfer-Encoding: '):]
    return assemble(pairs, ct, payload, enc)


def html_wrap(paras, style='font-family:Calibri,Arial,sans-serif;font-size:11pt'):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body><div style="%s">' % style]
    for p in paras:
        out.append(p if p.startswith('<') else '<p>%s</p>' % p)
    out.append('</div></body></html>')
    return '\n'.join(out)


# ---------------------------------------------------------------- PDF
def _esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(lines, title='Letter', width=92):
    """Minimal one-font PDF (Helvetica, 10pt) with a real text layer; wraps long lines; pages of 62 lines."""
    wrapped = []
    for line in lines:
        if not line:
            wrapped.append('')
            continue
        wrapped.extend(textwrap.wrap(line, width) or [''])
    pages = [wrapped[i:i + 62] for i in range(0, len(wrapped), 62)] or [[]]
    objs = []  # index 0 -> obj 1
    objs.append('<< /Type /Catalog /Pages 2 0 R >>')
    kids_placeholder = len(objs)
    objs.append(None)  # pages
    font_no = 3
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    page_nos = []
    for pg in pages:
        stream = 'BT\n/F1 10 Tf\n13 TL\n56 750 Td\n' + ''.join('(%s) Tj T*\n' % _esc(l) for l in pg) + 'ET\n'
        objs.append('<< /Length %d >>\nstream\n%sendstream' % (len(stream.encode('latin-1')), stream))
        content_no = len(objs)
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> '
                    '/Contents %d 0 R >>' % (font_no, content_no))
        page_nos.append(len(objs))
    objs[kids_placeholder] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % n for n in page_nos), len(page_nos))
    objs.append('<< /Title (%s) /Producer (Office letter export) >>' % _esc(title))
    info_no = len(objs)
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i, o)).encode('latin-1')
    xref = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    for off in offsets:
        out += ('%010d 00000 n \n' % off).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info_no, xref)).encode()
    return out
