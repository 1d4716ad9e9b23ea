#!/usr/bin/env python3
"""Shared helpers for the build_part*.py scripts: raw MIME assembly and minimal text PDFs.

Messages are written byte-for-byte (LF line endings) so every header is under our control.
"""
import base64, quopri, hashlib, zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / 'messages'
ORG = 'records.example.org'
INBOX = 'records@records.example.org'


def req_mid(n, date):
    """Message-ID of our outgoing request n (as in requests.yaml)."""
    return '<req-%03d.%s.1@records.example.org>' % (n, date)


def plus(n):
    return 'records+req-%03d@records.example.org' % n


def fold(name, value, width=76):
    """Fold a header value on spaces so no physical line exceeds ~width chars."""
    words = value.split(' ')
    lines, cur = [], name + ': '
    for w in words:
        if len(cur) + len(w) + 1 > width and cur.strip() not in (name + ':',):
            lines.append(cur.rstrip())
            cur = '\t' + w + ' '
        else:
            cur += w + ' '
    lines.append(cur.rstrip())
    return '\n'.join(lines)


def bnd(seed):
    return '_%s_' % hashlib.md5(seed.encode()).hexdigest()[:24]


class Part:
    def __init__(self, headers, body=None, parts=None, boundary=None, preamble=None):
        self.headers = headers      # list of raw header lines (already folded)
        self.body = body            # encoded body text (str) for leaf parts
        self.parts = parts or []
        self.boundary = boundary
        self.preamble = preamble

    def render(self, with_headers=True):
        out = []
        if with_headers:
            out.extend(self.headers)
            out.append('')
        if self.parts:
            if self.preamble:
                out.append(self.preamble)
                out.append('')
            for p in self.parts:
                out.append('--' + self.boundary)
                out.append(p.render())
            out.append('--' + self.boundary + '--')
            out.append('')
        else:
            out.append(self.body.rstrip('\n'))
        return '\n'.join(out)


def _encode(data, cte):
    if cte == 'quoted-printable':
        return quopri.encodestring(data).decode('ascii')
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii')
    if cte in ('7bit', '8bit'):
        return data.decode('ascii' if cte == '7bit' else 'latin-1')
    raise ValueError(cte)


def text(body, subtype='plain', charset='utf-8', cte='quoted-printable', extra=(), fmt_flowed=False):
    data = body.replace('\r\n', '\n').encode(charset)
    ct = 'Content-Type: text/%s; charset="%s"' % (subtype, charset)
    if fmt_flowed:
        ct += '; format=flowed'
    return Part([ct, 'Content-Transfer-Encoding: ' + cte] + list(extra), body=_encode(data, cte))


def multipart(subtype, parts, seed, extra=(), preamble=None, params=''):
    b = bnd(seed + subtype)
    h = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, params, b)] + list(extra)
    return Part(h, parts=parts, boundary=b, preamble=preamble)


def attachment(data, ctype, filename, inline=False, extra=()):
    disp = 'inline' if inline else 'attachment'
    h = ['Content-Type: %s;\n\tname="%s"' % (ctype, filename),
         'Content-Transfer-Encoding: base64',
         'Content-Disposition: %s;\n\tfilename="%s"' % (disp, filename)] + list(extra)
    return Part(h, body=base64.encodebytes(data).decode('ascii'))


def raw_part(headers, body):
    """A leaf part whose body is given verbatim (e.g. message/delivery-status, text/rfc822-headers)."""
    return Part(list(headers), body=body)


def write(fname, headers, root):
    """headers: list of (name, value) or raw folded strings; root: Part (its headers become top-level)."""
    lines = []
    for h in headers:
        if isinstance(h, tuple):
            n, v = h
            lines.append(fold(n, v) if len(n) + len(v) > 76 and ' ' in v else '%s: %s' % (n, v))
        else:
            lines.append(h)
    if not any(l.lower().startswith('mime-version:') for l in lines):
        lines.append('MIME-Version: 1.0')
    text_out = '\n'.join(lines + root.headers) + '\n\n' + root.render(with_headers=False)
    if not text_out.endswith('\n'):
        text_out += '\n'
    OUT.mkdir(exist_ok=True)
    (OUT / fname).write_bytes(text_out.encode('latin-1') if any(ord(c) > 127 for c in text_out) else text_out.encode('ascii'))
    return OUT / fname


# ---------------------------------------------------------------- minimal PDF with a text layer
def _pdf_escape(s):
    s = s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    return s.encode('cp1252', 'replace').decode('latin-1')


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ''
    indent = len(line) - len(line.lstrip(' '))
    for w in line.split(' '):
        if cur and len(cur) + len(w) + 1 > width:
            out.append(cur)
            cur = ' ' * indent + w
        else:
            cur = (cur + ' ' + w) if cur else w
    if cur:
        out.append(cur)
    return out


def pdf(lines, title='Letter', producer='Microsoft Word for Microsoft 365', width=108, per_page=64,
        font_size=9, compress=False):
    """Build a small PDF (Helvetica, one text object per page) from a list of text lines."""
    wrapped = []
    for l in lines:
        wrapped.extend(_wrap(l, width))
    pages = [wrapped[i:i + per_page] for i in range(0, len(wrapped), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    info_id = font_id + 1
    kids = []
    for i, pl in enumerate(pages):
        pid, cid = 3 + 2 * i, 4 + 2 * i
        kids.append(pid)
        lead = font_size + 2
        stream = 'BT\n/F1 %d Tf\n%d TL\n56 752 Td\n' % (font_size, lead)
        stream += ''.join('(%s) Tj T*\n' % _pdf_escape(t) for t in pl)
        stream += 'ET\n'
        sdata = stream.encode('latin-1')
        if compress:
            sdata = zlib.compress(sdata)
            objs[cid] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(sdata) + sdata + b'\nendstream'
        else:
            objs[cid] = b'<< /Length %d >>\nstream\n' % len(sdata) + sdata + b'endstream'
        objs[pid] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> '
                     '/Contents %d 0 R >>' % (font_id, cid)).encode()
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), n_pages)).encode()
    objs[font_id] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[info_id] = ('<< /Title (%s) /Producer (%s) >>' % (_pdf_escape(title), _pdf_escape(producer))).encode('latin-1')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n'
    xref = len(out)
    n = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % n
    for k in range(1, n):
        out += b'%010d 00000 n \n' % offsets[k]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (n, info_id, xref)
    return bytes(out)


def quote(text_block, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text_block.strip('\n').split('\n'))
