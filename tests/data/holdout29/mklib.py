"""Helpers used by make_messages.py to write the .eml files and small PDFs of this set.

Not part of the set's format; kept so the messages can be regenerated. Only writes under messages/.
"""
import random, zlib, textwrap, email.policy
from email.message import EmailMessage
from email.headerregistry import Address  # noqa
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / 'messages'
POLICY = email.policy.default.clone(linesep='\n', max_line_length=78)
REQ = {}  # filled by make_messages: rid -> dict(subject, message_id, reply_address, sent)


# ---------------------------------------------------------------- PDF
def _esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def _wrap(lines, width=92):
    out = []
    for ln in lines:
        if ln.startswith('**'):
            out.append(ln)
            continue
        if len(ln) <= width:
            out.append(ln)
        else:
            ind = len(ln) - len(ln.lstrip(' '))
            out += textwrap.wrap(ln, width, subsequent_indent=' ' * ind) or ['']
    return out


def make_pdf(text, title='Letter', producer='Letter Generator', creator=None, scanned=False, seed=1):
    """text: str with \\n-separated lines ('**' prefix = bold line, '\\f' = page break).
    Returns PDF bytes with a real text layer (Helvetica, WinAnsiEncoding).
    scanned=True: each page is a grey raster image with the text drawn invisibly on top (OCR layer)."""
    pages = []
    for chunk in text.split('\f'):
        lines = _wrap(chunk.strip('\n').split('\n'))
        while lines:
            pages.append(lines[:56])
            lines = lines[56:]
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    kids = []
    nxt = 5
    rnd = random.Random(seed)
    for lines in pages:
        page_id, cont_id = nxt, nxt + 1
        nxt += 2
        img_id = None
        ops = []
        if scanned:
            img_id = nxt
            nxt += 1
            w, h = 306, 396
            px = bytearray([246]) * (w * h)
            y = 375
            for ln in lines:  # grey bars where the text lines are, a little skew and speckle
                n = min(len(ln.lstrip('*')), 92)
                if n:
                    x0 = 28 + rnd.randint(0, 1)
                    for yy in range(y, y + 3):
                        if 0 <= yy < h:
                            row = (h - 1 - yy) * w
                            for xx in range(x0, min(w - 10, x0 + int(n * 2.55))):
                                if rnd.random() < 0.8:
                                    px[row + xx] = rnd.choice((70, 90, 110, 140))
                y -= 6.5
                y = int(y)
            for _ in range(900):
                px[rnd.randrange(w * h)] = rnd.choice((180, 200, 120))
            data = zlib.compress(bytes(px), 9)
            objs[img_id] = (b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
                            b'/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n' % (w, h, len(data))
                            + data + b'\nendstream')
            ops.append('q 612 0 0 792 0 0 cm /Im1 Do Q')
            ops.append('BT 3 Tr')
        else:
            ops.append('BT')
        ops.append('13 TL 60 748 Td')
        cur = None
        for ln in lines:
            font = 'F2' if ln.startswith('**') else 'F1'
            ln = ln[2:] if ln.startswith('**') else ln
            if font != cur:
                ops.append('/%s 10 Tf' % font)
                cur = font
            ops.append('(%s) Tj T*' % _esc(ln))
        ops.append('ET')
        stream = '\n'.join(ops).encode('cp1252')
        objs[cont_id] = b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream'
        res = b'/Font << /F1 3 0 R /F2 4 0 R >>'
        if img_id:
            res += b' /XObject << /Im1 %d 0 R >>' % img_id
        objs[page_id] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << %s >> /Contents %d 0 R >>'
                         % (res, cont_id))
        kids.append(page_id)
    objs[2] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids).encode(), len(kids))
    info_id = nxt
    info = '<< /Title (%s) /Producer (%s)' % (_esc(title), _esc(producer))
    if creator:
        info += ' /Creator (%s)' % _esc(creator)
    info += ' /CreationDate (D:20260101000000) >>'
    objs[info_id] = info.encode('cp1252')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    n = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % n
    for i in range(1, n):
        out += b'%010d 00000 n \n' % offs[i]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (n, info_id, xref)
    return bytes(out)


# ---------------------------------------------------------------- mail
def new(headers):
    """headers: list of (name, value) in the order they should appear."""
    m = EmailMessage(policy=POLICY)
    for k, v in headers:
        m[k] = v
    return m


def write(fn, m):
    data = m.as_bytes(policy=POLICY.clone(max_line_length=160))
    (OUT / fn).write_bytes(data)


def quote(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split('\n'))


def wrap(text, width=72):
    """re-wrap paragraphs separated by blank lines; lines starting with space/>/- are kept."""
    out = []
    for para in text.strip('\n').split('\n\n'):
        ls = para.split('\n')
        if any(l.startswith((' ', '>', '-', '*', '|')) or l.endswith(':') and len(ls) > 1 for l in ls) or len(ls) > 1 and all(len(l) < 60 for l in ls):
            out.append(para)
        else:
            out.append(textwrap.fill(' '.join(ls), width))
    return '\n\n'.join(out) + '\n'
