"""Small helpers shared by build_part*.py: hand-built MIME messages and minimal text PDFs.

Messages are written byte-for-byte as composed here (no re-folding by the email package), so header
layouts of Outlook, Gmail, Google Groups, GovQA, NextRequest etc. can be imitated closely.
"""
import base64, quopri, random, zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSGDIR = HERE / 'messages'
MSGDIR.mkdir(exist_ok=True)

REQ_MID = {n: '<req-%03d.%s.1@records.example.org>' % (n, d) for n, d in {
    1: '20260908', 2: '20260909', 3: '20260910', 4: '20260914', 5: '20260915', 6: '20260916',
    7: '20260917', 8: '20260921', 9: '20260922', 10: '20260923', 11: '20260924', 12: '20260929',
    13: '20261005', 14: '20261013', 15: '20261019', 16: '20261026'}.items()}
REQ_SUBJ = {
    1: "Open Records Request: Tallapoosa County Jail in-custody deaths and jail medical provider records, 2021-2026",
    2: "Open Records Request: Incident reports and use-of-force summaries, Donaldson Correctional Facility, 2024-2026",
    3: "Open Records Request: Mobile County Metro Jail medical services contract, amendments and invoices",
    4: "Public Records Request: Jackson Police Department use-of-force reports and body-worn camera policy, 2025-2026",
    5: "Public Records Request: Harrison County Adult Detention Center food service contract and inspection reports",
    6: "Open Records Request: Savannah Police Department license plate reader contract, data-sharing agreements and audit logs",
    7: "Open Records Request: GBI officer-involved shooting investigative case files closed in 2025",
    8: "Open Records Request: Tallapoosa County Sheriff's Office vehicle pursuit policy and pursuit reports, 2024-2026",
    9: "FOIA Request: Richland County Sheriff's Department school resource officer agreements and incident reports, 2023-2026",
    10: "FOIA Request: SCDC managed-access cell phone system contract and contraband phone seizure counts",
    11: "Public Records Request: NOPD Use of Force Review Board minutes and case summaries, 2025-2026",
    12: "Public Records Request: JPSO internal affairs complaints against Crime Suppression Unit deputies, 2023-2026",
    13: "Open Records Request: ADOC monthly correctional staffing and post-vacancy reports, 2025-2026",
    14: "Public Records Request: NOPD facial recognition search requests and approvals log, 2024-2026",
    15: "Public Records Request: Jackson Police Department wrecker rotation list and towing complaints, 2025-2026",
    16: "Open Records Request: Savannah Police Department overtime payments by officer, 2025-2026",
}


def plus(n):
    return 'records+req-%03d@records.example.org' % n


def fold_subject(s, first=len('Subject: ')):
    """fold a long Subject at spaces so header lines stay under ~78 chars"""
    words, lines, cur = s.split(' '), [], ''
    limit = 78 - first
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur, limit = w, 77
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\r\n '.join(lines).replace('\r\n', '\n')


def b64(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text, charset='utf-8'):
    return quopri.encodestring(text.encode(charset)).decode('ascii')


def rand_boundary(seed, style='plain'):
    r = random.Random(seed)
    h = ''.join(r.choice('0123456789abcdef') for _ in range(24))
    if style == 'outlook':
        return '_000_%s_' % h.upper()[:20]
    if style == 'gmail':
        return '000000000000%s' % h[:16]
    return '----=_Part_%d_%s' % (r.randint(10000, 99999), h[:12])


class Leaf:
    def __init__(self, ctype, body, cte='7bit', charset='utf-8', filename=None, inline=False, extra=None,
                 disposition=True):
        self.ctype, self.body, self.cte, self.charset = ctype, body, cte, charset
        self.filename, self.inline, self.extra, self.disposition = filename, inline, extra or [], disposition

    def headers(self):
        h = []
        if self.ctype.startswith('text/') and self.charset:
            ct = '%s; charset="%s"' % (self.ctype, self.charset)
        else:
            ct = self.ctype
        if self.filename:
            ct += ';\n\tname="%s"' % self.filename
        h.append('Content-Type: ' + ct)
        h.extend(self.extra)
        h.append('Content-Transfer-Encoding: ' + self.cte)
        if self.filename and self.disposition:
            h.append('Content-Disposition: %s;\n\tfilename="%s"' % ('inline' if self.inline else 'attachment',
                                                                   self.filename))
        return h

    def payload(self):
        b = self.body
        if isinstance(b, bytes):
            return b64(b) if self.cte == 'base64' else b.decode('ascii')
        if self.cte == 'quoted-printable':
            return qp(b, self.charset or 'utf-8').rstrip('\n')
        if self.cte == 'base64':
            return b64(b.encode(self.charset or 'utf-8'))
        return b.rstrip('\n')

    def render(self):
        return '\n'.join(self.headers()) + '\n\n' + self.payload() + '\n'


class Multi:
    def __init__(self, subtype, parts, boundary, params=''):
        self.subtype, self.parts, self.boundary, self.params = subtype, parts, boundary, params

    def headers(self):
        return ['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (self.subtype, self.boundary, self.params)]

    def payload(self):
        out = []
        for p in self.parts:
            out.append('--' + self.boundary + '\n' + p.render())
        out.append('--' + self.boundary + '--\n')
        return '\n'.join(out)

    def render(self):
        return '\n'.join(self.headers()) + '\n\n' + self.payload()


def text(body, cte='7bit', charset='utf-8'):
    if cte == '7bit' and any(ord(c) > 127 for c in body):
        cte = 'quoted-printable'
    return Leaf('text/plain', body, cte=cte, charset=charset)


def html(body, cte='quoted-printable', charset='utf-8'):
    return Leaf('text/html', body, cte=cte, charset=charset)


def pdf_part(data, filename, inline=False):
    return Leaf('application/pdf', data, cte='base64', charset=None, filename=filename, inline=inline)


def write(name, headers, mime):
    """headers: list of (name, value) in order, without MIME-Version/Content-* (taken from mime)."""
    lines = []
    for k, v in headers:
        if k == 'Subject':
            v = fold_subject(v)
        lines.append('%s: %s' % (k, v))
    lines.append('MIME-Version: 1.0')
    lines.extend(mime.headers())
    data = '\n'.join(lines) + '\n\n' + mime.payload()
    if not data.endswith('\n'):
        data += '\n'
    for i, ln in enumerate(data.split('\n')):
        assert len(ln) <= 998, (name, i)
    (MSGDIR / name).write_bytes(data.encode('utf-8'))
    return name


def quote(text_, prefix='> '):
    return '\n'.join((prefix + ln).rstrip() for ln in text_.strip('\n').split('\n'))


# ---------------------------------------------------------------- PDF
def _esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def make_pdf(pages, title='', producer='', creator='', font='Helvetica', size=10, leading=13,
             scanned=False, seed=0, date='20260101090000'):
    """pages: list of lists of text lines. Returns PDF bytes with a real text layer.
    scanned=True imitates an office scanner + OCR: a small grey noise image covers the page and the
    text is drawn invisibly (render mode 3) on top, as Paper Capture / FineReader output does."""
    objs = []  # list of bytes bodies; object number = index+1

    def add(body):
        objs.append(body)
        return len(objs)

    cat = add(None)
    pages_obj = add(None)
    font_obj = add(('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>' % font).encode())
    img_obj = None
    if scanned:
        r = random.Random(seed)
        w, h = 34, 44
        raw = bytearray()
        for y in range(h):
            raw.append(0)
            for x in range(w):
                raw.append(238 + r.randint(0, 17) if r.random() > 0.04 else 200 + r.randint(0, 40))
        comp = zlib.compress(bytes(raw))
        img_obj = add(b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
                      b'/BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 '
                      b'/BitsPerComponent 8 /Columns %d >> /Length %d >>\nstream\n' % (w, h, w, len(comp))
                      + comp + b'\nendstream')
    page_ids = []
    for lines in pages:
        ops = []
        if scanned:
            ops.append('q 612 0 0 792 0 0 cm /Im1 Do Q')
        ops.append('BT /F1 %d Tf %d TL %s72 740 Td' % (size, leading, '3 Tr ' if scanned else ''))
        for ln in lines:
            ops.append('(%s) Tj T*' % _esc(ln))
        ops.append('ET')
        stream = '\n'.join(ops).encode('cp1252')
        content = add(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
        res = '<< /Font << /F1 %d 0 R >>%s >>' % (font_obj, (' /XObject << /Im1 %d 0 R >>' % img_obj) if img_obj else '')
        pid = add(('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources %s /Contents %d 0 R >>'
                   % (pages_obj, res, content)).encode())
        page_ids.append(pid)
    objs[cat - 1] = ('<< /Type /Catalog /Pages %d 0 R >>' % pages_obj).encode()
    objs[pages_obj - 1] = ('<< /Type /Pages /Kids [%s] /Count %d >>'
                           % (' '.join('%d 0 R' % p for p in page_ids), len(page_ids))).encode()
    info = add(('<< /Title (%s) /Producer (%s) /Creator (%s) /CreationDate (D:%s) >>'
                % (_esc(title), _esc(producer), _esc(creator), date)).encode('cp1252'))
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, body in enumerate(objs):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offsets:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (
        len(objs) + 1, cat, info, xref)
    return bytes(out)


def paginate(lines, per_page=52):
    return [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
