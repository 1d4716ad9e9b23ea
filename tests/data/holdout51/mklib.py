"""Helpers used by build_messages.py to write the .eml files of this set by hand (raw headers, MIME, PDFs)."""
import base64, hashlib, quopri, textwrap, datetime as dt, email.utils
from email.header import Header
from zoneinfo import ZoneInfo

NY = ZoneInfo('America/New_York')


def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def date_hdr(s):
    """'2026-09-08 10:14' (Eastern local time) -> RFC 5322 date string"""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=NY)
    d = d.replace(second=int(h(s, 2), 16) % 60)
    return email.utils.format_datetime(d)


def fold(name, value):
    """fold a header at spaces to keep lines short; RFC 2047-encode non-ASCII"""
    try:
        value.encode('ascii')
    except UnicodeEncodeError:
        return '%s: %s' % (name, Header(value, 'utf-8', header_name=name).encode())
    line = name + ':'
    out = []
    for w in value.split(' '):
        if len(line) + 1 + len(w) > 76 and line.strip() and not line.endswith(':'):
            out.append(line)
            line = ' ' + w
        else:
            line += ' ' + w
    out.append(line)
    return '\n'.join(out)


def headers(pairs):
    lines = []
    for k, v in pairs:
        if v is None:
            continue
        if k in ('Subject', 'Thread-Topic'):
            lines.append(fold(k, v))
        else:
            lines.append('%s: %s' % (k, v))
    return '\n'.join(lines)


def enc_text(text, subtype='plain', charset='utf-8', cte=None):
    """a leaf text part: returns (part headers, body)"""
    raw = text.encode(charset)
    if cte is None:
        cte = '7bit' if all(b < 128 for b in raw) and max(len(l) for l in text.split('\n')) < 990 else 'quoted-printable'
    if cte == 'quoted-printable':
        body = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        body = b64(raw)
    else:
        body = text
    hdr = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s' % (subtype, charset, cte)
    return hdr, body


def b64(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def attachment(data, filename, ctype='application/pdf'):
    hdr = ('Content-Type: %s;\n\tname="%s"\nContent-Description: %s\nContent-Disposition: attachment;\n'
           '\tfilename="%s"; size=%d\nContent-Transfer-Encoding: base64') % (ctype, filename, filename, filename, len(data))
    return hdr, b64(data)


def multipart(subtype, boundary, parts, extra=''):
    """returns (Content-Type header, body) for a multipart made of (hdr, body) parts"""
    ct = 'Content-Type: multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra)
    chunks = []
    for ph, pb in parts:
        chunks.append('--%s\n%s\n\n%s\n' % (boundary, ph, pb.rstrip('\n')))
    body = '\n'.join(chunks) + '\n--%s--\n' % boundary
    return ct, body


def message(hdr_pairs, content):
    """content = (Content-Type/CTE header lines, body)"""
    ch, body = content
    return (headers(hdr_pairs) + '\nMIME-Version: 1.0\n' + ch + '\n\n' + body.rstrip('\n') + '\n').encode('utf-8')


# ---------------------------------------------------------------- HTML helpers
def outlook_html(text):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        p = (p.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')).replace('\n', '<br>\n')
        out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % p)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            '@page WordSection1 {size:8.5in 11.0in; margin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1 {page:WordSection1;}\n'
            '--></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + '\n'.join(out) + '\n</div>\n</body>\n</html>\n')


def gmail_html(text, quote_intro=None, quoted=None):
    def esc(s):
        return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    body = '<div dir="ltr">' + '<br>'.join(esc(l) if l else '' for l in text.strip('\n').split('\n')) + '</div>'
    if quote_intro:
        body += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                 'padding-left:1ex">%s</blockquote></div>' % (esc(quote_intro), '<br>'.join(esc(l) for l in quoted.strip('\n').split('\n'))))
    return body + '\n'


def gt_quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))


# ---------------------------------------------------------------- PDF writer
LATIN = {'\u2014': '-', '\u2013': '-', '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2022': '-'}


def _pdfstr(s):
    for a, b in LATIN.items():
        s = s.replace(a, b)
    s = s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    return s.encode('latin-1')


def make_pdf(lines, title='Letter', producer='Microsoft: Print To PDF', font='Helvetica', size=10.5, scanned=False,
             creator=None, date='20260901120000-04\'00\''):
    """Small text-layer PDF. lines: list of str (already wrapped; '' = blank line). Splits into pages of 54 lines."""
    per = 50 if scanned else 54
    pages = [lines[i:i + per] for i in range(0, max(len(lines), 1), per)]
    objs = []  # index 0 -> obj 1

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pgs = add(None)
    fnt = add(('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>' % font).encode())
    kids = []
    for pi, pl in enumerate(pages):
        cs = []
        if scanned:
            cs.append(b'q 0.955 0.952 0.935 rg 0 0 612 792 re f Q')
            seed = int(h(title + str(pi), 8), 16)
            for k in range(40):  # speckles like a photocopy
                seed = (seed * 1103515245 + 12345) & 0x7fffffff
                x, y = seed % 600, (seed >> 10) % 790
                cs.append(('q 0.55 g %d %d 0.8 0.8 re f Q' % (x, y)).encode())
            cs.append(b'q 0.4 g 40 30 1.2 730 re f Q')
            cs.append(('BT /F1 %.1f Tf %.1f TL 0.99985 0.0175 -0.0175 0.99985 66 738 Tm' % (size, size * 1.32)).encode())
        else:
            cs.append(('BT /F1 %.1f Tf %.1f TL 1 0 0 1 64 742 Tm' % (size, size * 1.3)).encode())
        for l in pl:
            cs.append(b'(' + _pdfstr(l) + b') Tj T*')
        cs.append(b'ET')
        if len(pages) > 1:
            cs.append(('BT /F1 8 Tf 1 0 0 1 290 30 Tm (Page %d of %d) Tj ET' % (pi + 1, len(pages))).encode())
        stream = b'\n'.join(cs)
        c = add(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
        p = add(('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> '
                 '/Contents %d 0 R >>' % (pgs, fnt, c)).encode())
        kids.append(p)
    objs[cat - 1] = ('<< /Type /Catalog /Pages %d 0 R >>' % pgs).encode()
    objs[pgs - 1] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
    info = add(b'<< /Title (' + _pdfstr(title) + b') /Producer (' + _pdfstr(producer) + b')' +
               ((b' /Creator (' + _pdfstr(creator) + b')') if creator else b'') +
               b' /CreationDate (D:' + date.encode() + b') >>')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, cat, info, x)
    return out


def wrap(text, width=92):
    out = []
    for para in text.strip('\n').split('\n'):
        if not para.strip():
            out.append('')
            continue
        ind = len(para) - len(para.lstrip(' '))
        out.extend(textwrap.wrap(para, width, subsequent_indent=' ' * ind, break_on_hyphens=False) or [''])
    return out
