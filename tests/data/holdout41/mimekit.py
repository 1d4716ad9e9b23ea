"""Small helpers used by build_messages.py to write raw RFC 5322 messages and tiny text PDFs by hand."""
import base64, quopri, textwrap, datetime as dt
from zoneinfo import ZoneInfo
from email.utils import format_datetime

TZ = {'ET': 'America/New_York', 'CT': 'America/Chicago', 'PT': 'America/Los_Angeles', 'UTC': 'UTC'}


def when(stamp, tz):
    """'2026-09-02 14:10:33' local time in tz -> aware datetime"""
    d = dt.datetime.strptime(stamp, '%Y-%m-%d %H:%M:%S' if stamp.count(':') == 2 else '%Y-%m-%d %H:%M')
    return d.replace(tzinfo=ZoneInfo(TZ[tz]))


def rfcdate(d):
    return format_datetime(d)


# ---------------------------------------------------------------- MIME parts
class Leaf:
    def __init__(self, ctype, payload, charset=None, cte='7bit', filename=None, disposition=None, extra=None):
        self.ctype, self.payload, self.charset, self.cte = ctype, payload, charset, cte
        self.filename, self.disposition, self.extra = filename, disposition, extra or []

    def render(self):
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset
        if self.filename and self.disposition != 'none':
            ct += ';\n\tname="%s"' % self.filename
        h = ['Content-Type: ' + ct]
        if self.cte:
            h.append('Content-Transfer-Encoding: ' + self.cte)
        if self.filename and self.disposition != 'none':
            h.append('Content-Disposition: %s;\n\tfilename="%s"' % (self.disposition or 'attachment', self.filename))
        h += self.extra
        data = self.payload
        if isinstance(data, str):
            data = data.encode(self.charset or 'ascii')
        if self.cte == 'base64':
            body = base64.encodebytes(data)
        elif self.cte == 'quoted-printable':
            body = quopri.encodestring(data.replace(b'\r\n', b'\n'))
        else:
            body = data
        if not body.endswith(b'\n'):
            body += b'\n'
        return ('\n'.join(h) + '\n\n').encode('ascii') + body


class Multi:
    def __init__(self, subtype, parts, boundary, params=''):
        self.subtype, self.parts, self.boundary, self.params = subtype, parts, boundary, params

    def render(self):
        head = 'Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (self.subtype, self.boundary, self.params)
        out = head.encode('ascii')
        for p in self.parts:
            out += ('--%s\n' % self.boundary).encode('ascii') + p.render()
        out += ('--%s--\n' % self.boundary).encode('ascii')
        return out


class Embedded:
    """message/rfc822 or text/rfc822-headers or message/delivery-status part holding raw bytes"""
    def __init__(self, ctype, raw, extra=None):
        self.ctype, self.raw, self.extra = ctype, raw, extra or []

    def render(self):
        h = ['Content-Type: ' + self.ctype] + self.extra
        raw = self.raw if isinstance(self.raw, bytes) else self.raw.encode('ascii')
        if not raw.endswith(b'\n'):
            raw += b'\n'
        return ('\n'.join(h) + '\n\n').encode('ascii') + raw


def text(s, sub='plain', cs='utf-8', cte=None):
    if cte is None:
        try:
            s.encode('ascii')
            cte = '7bit'
        except UnicodeEncodeError:
            cte = 'quoted-printable'
    return Leaf('text/' + sub, s, charset=cs, cte=cte)


def attach(data, ctype, filename, cte='base64'):
    return Leaf(ctype, data, cte=cte, filename=filename, disposition='attachment')


def message(headers, body):
    """headers: list of (name, value); body: Leaf/Multi. Returns bytes."""
    lines = []
    for k, v in headers:
        lines.append('%s: %s' % (k, v))
    lines.append('MIME-Version: 1.0')
    top = b'\n'.join(l.encode('ascii') for l in lines) + b'\n'
    return top + body.render()


# ---------------------------------------------------------------- PDF
def _pdf_str(s):
    out = []
    for ch in s:
        if ch in '\\()':
            out.append('\\' + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            b = ch.encode('cp1252', errors='replace')[0]
            out.append('\\%03o' % b)
    return '(' + ''.join(out) + ')'


def pdf(paragraphs, title='Letter', width=92, per_page=60):
    """paragraphs: list of strings ('' = blank line). Long strings are wrapped. Returns PDF bytes with a text layer."""
    lines = []
    for p in paragraphs:
        if p == '':
            lines.append('')
        else:
            lines += textwrap.wrap(p, width) or ['']
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    info_id = font_id + 1
    kids = []
    for i, pl in enumerate(pages):
        page_id, cont_id = 3 + 2 * i, 4 + 2 * i
        kids.append(page_id)
        stream = 'BT\n/F1 10 Tf\n12 TL\n56 750 Td\n' + ''.join('%s Tj T*\n' % _pdf_str(l) for l in pl) + 'ET\n'
        sb = stream.encode('latin-1')
        objs[cont_id] = b'<< /Length %d >>\nstream\n' % len(sb) + sb + b'endstream'
        objs[page_id] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> '
                         '/Contents %d 0 R >>' % (font_id, cont_id)).encode()
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), n_pages)).encode()
    objs[font_id] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[info_id] = ('<< /Title %s /Producer (Correspondence Generator 4.2) >>' % _pdf_str(title)).encode('latin-1')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = {}
    for i in range(1, info_id + 1):
        offsets[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (info_id + 1)
    for i in range(1, info_id + 1):
        out += b'%010d 00000 n \n' % offsets[i]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (info_id + 1, info_id, xref)
    return out
