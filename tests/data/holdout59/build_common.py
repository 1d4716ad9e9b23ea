#!/usr/bin/env python3
"""Shared helpers for the build_partN.py scripts of this set.

Every message is assembled by hand (headers in the order a real mail system writes them) so that
the .eml files look like what lands in the shared inbox. Attachments are real small files: PDFs with
a text layer (written by hand, Helvetica, WinAnsiEncoding), a minimal .xlsx (zip of SpreadsheetML
with inline strings) and CSV text.

Each part script defines MESSAGES: a list of dicts
    {'file': ..., 'headers': [(name, value), ...], 'body': <part>, 'facts': {...}}
where <part> is built with text(), html(), attach(), alt(), mixed(), report(), rfc822().
build_all.py writes messages/ and facts.yaml from them.
"""
import base64, hashlib, io, quopri, textwrap, zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / 'messages'

ORG = 'records.example.org'
INBOX = 'records@records.example.org'


def plus(req):
    """reply address used on the outgoing request, e.g. REQ-104 -> records+req-104@..."""
    return 'records+%s@%s' % (req.lower(), ORG)


def req_mid(req, sent):
    """Message-ID of our outgoing request email (as in requests.yaml)"""
    return '<%s.%s.1@%s>' % (req.lower(), sent.replace('-', ''), ORG)


def our_mid(req, date, n):
    """Message-ID of a later email of ours (follow-up, reply) for a request"""
    return '<%s.%s.%d@%s>' % (req.lower(), date.replace('-', ''), n, ORG)


def mid(seed, domain, style='hex'):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == 'outlook':
        s = h.upper()
        return '<%s%s@%s>' % ('SJ0PR09MB', s[:12], domain)
    if style == 'gmail':
        return '<CA%s%s@mail.gmail.com>' % (h[:20], h[20:36].upper())
    if style == 'java':
        return '<%d.%d.JavaMail.foiapal@%s>' % (int(h[:8], 16), int(h[8:13], 16), domain)
    return '<%s.%s@%s>' % (h[:16], h[16:28], domain)


def boundary(seed, style='plain'):
    h = hashlib.md5(seed.encode()).hexdigest()
    if style == 'outlook':
        return '_000_%s%s_' % (h[:20].upper(), 'namprd09prodoutlook')
    if style == 'outlook-mixed':
        return '_004_%s%s_' % (h[:20].upper(), 'namprd09prodoutlook')
    if style == 'google':
        return '000000000000%s' % h[:16]
    return '----=_Part_%d_%s' % (int(h[:6], 16) % 900000 + 100000, h[6:22])


# ---------------------------------------------------------------- parts

def _needs_qp(s):
    return any(ord(c) > 126 for c in s) or any(len(l) > 900 for l in s.split('\n'))


def text(s, charset='utf-8', cte=None, subtype='plain', extra=None):
    if cte is None:
        cte = 'quoted-printable' if _needs_qp(s) else '7bit'
    return {'kind': 'leaf', 'ctype': 'text/%s' % subtype, 'charset': charset, 'cte': cte, 'text': s,
            'extra': extra or []}


def html(s, charset='utf-8', cte='quoted-printable'):
    return text(s, charset=charset, cte=cte, subtype='html')


def attach(data, ctype, filename, inline=False, name_param=True, extra=None):
    return {'kind': 'attach', 'ctype': ctype, 'data': data, 'filename': filename, 'inline': inline,
            'name_param': name_param, 'extra': extra or []}


def multi(subtype, parts, seed, style='plain', params=''):
    return {'kind': 'multi', 'ctype': 'multipart/%s' % subtype, 'parts': parts,
            'boundary': boundary(seed + subtype, style), 'params': params}


def alt(parts, seed, style='plain'):
    return multi('alternative', parts, seed, style)


def mixed(parts, seed, style='plain'):
    return multi('mixed', parts, seed, style)


def report(parts, seed, style='plain'):
    return multi('report', parts, seed, style, params='; report-type=delivery-status')


def rfc822(raw, filename=None, ctype='message/rfc822'):
    return {'kind': 'rfc822', 'ctype': ctype, 'raw': raw, 'filename': filename}


def _b64(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def render(part):
    """-> (list of header lines, body string)"""
    k = part['kind']
    if k == 'leaf':
        hdr = ['Content-Type: %s; charset="%s"' % (part['ctype'], part['charset']),
               'Content-Transfer-Encoding: %s' % part['cte']] + part['extra']
        s = part['text']
        if part['cte'] == 'quoted-printable':
            body = quopri.encodestring(s.encode(part['charset'])).decode('ascii')
        elif part['cte'] == 'base64':
            body = _b64(s.encode(part['charset']))
        else:
            s.encode('ascii') if part['cte'] == '7bit' else None
            body = s
        return hdr, body
    if k == 'attach':
        fn = part['filename']
        ct = part['ctype'] + (';\n\tname="%s"' % fn if part['name_param'] else '')
        disp = ('inline' if part['inline'] else 'attachment') + ';\n\tfilename="%s"' % fn
        hdr = ['Content-Type: %s' % ct, 'Content-Disposition: %s' % disp,
               'Content-Transfer-Encoding: base64'] + part['extra']
        return hdr, _b64(part['data'])
    if k == 'rfc822':
        hdr = ['Content-Type: %s' % part['ctype']]
        if part.get('filename'):
            hdr[0] += ';\n\tname="%s"' % part['filename']
            hdr.append('Content-Disposition: attachment;\n\tfilename="%s"' % part['filename'])
        return hdr, part['raw'].rstrip('\n')
    if k == 'multi':
        b = part['boundary']
        hdr = ['Content-Type: %s%s;\n\tboundary="%s"' % (part['ctype'], part['params'], b)]
        chunks = []
        for p in part['parts']:
            h, body = render(p)
            chunks.append('--%s\n%s\n\n%s' % (b, '\n'.join(h), body.rstrip('\n')))
        body = '\n'.join(chunks) + '\n--%s--\n' % b
        return hdr, body
    raise ValueError(k)


def build(headers, body, mime_version=True):
    """headers: list of (name, value) written in order; Content-* come from the body part."""
    lines = ['%s: %s' % (n, v) for n, v in headers]
    if mime_version and not any(n.lower() == 'mime-version' for n, _ in headers):
        lines.append('MIME-Version: 1.0')
    h, b = render(body)
    return '\n'.join(lines + h) + '\n\n' + b.rstrip('\n') + '\n'


# ---------------------------------------------------------------- attachments

def _pdf_escape(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def make_pdf(text_block, title='Letter', width=92, size=10):
    """A small valid PDF (1.4) whose pages carry the given text as real text (Helvetica, WinAnsi)."""
    lines = []
    for para in text_block.split('\n'):
        if not para.strip():
            lines.append('')
            continue
        lines.extend(textwrap.wrap(para, width=width, replace_whitespace=False,
                                   drop_whitespace=True) or [''])
    per_page = 60
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    kids = []
    next_id = 5
    for pg in pages:
        pid, cid = next_id, next_id + 1
        next_id += 2
        kids.append(pid)
        ops = ['BT', '/F1 %d Tf' % size, '%d TL' % (size + 2), '56 748 Td']
        for ln in pg:
            ops.append('(%s) Tj T*' % _pdf_escape(ln))
        ops.append('ET')
        stream = '\n'.join(ops).encode('cp1252')
        objs[cid] = b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream'
        objs[pid] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
                     '/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cid).encode()
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), n_pages)).encode()
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = ('<< /Title (%s) /Producer (Records Management Letter Service) >>' % _pdf_escape(title)).encode('cp1252')
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for i in range(1, next_id):
        offsets[i] = out.tell()
        out.write(b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n' % next_id)
    out.write(b'0000000000 65535 f \n')
    for i in range(1, next_id):
        out.write(b'%010d 00000 n \n' % offsets[i])
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (next_id, xref))
    return out.getvalue()


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _x(s):
    return str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def make_xlsx(rows, sheet='Sheet1'):
    """Minimal valid .xlsx: numbers as numbers, everything else as inline strings."""
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(v)))
        sheet_rows.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    files = {
        '[Content_Types].xml':
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>',
        '_rels/.rels':
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        'xl/workbook.xml':
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet),
        'xl/_rels/workbook.xml.rels':
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>',
        'xl/worksheets/sheet1.xml':
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData>%s</sheetData></worksheet>' % ''.join(sheet_rows),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 10, 1, 16, 50, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content)
    return buf.getvalue()


def quote(s, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in s.split('\n'))


# ---------------------------------------------------------------- our outgoing requests (for quoting)

REQUEST_TEXT = {
    'REQ-101': (
        "Under the California Public Records Act (Gov. Code 7920.000 et seq.), I request copies of the\n"
        "annual reports CalPERS prepared under Government Code 7514.7 on fees, expenses and carried\n"
        "interest for each private equity fund, for fiscal years 2021-22 through 2025-26, and any\n"
        "fee and expense reporting templates received from general partners for those funds.\n"
        "Electronic copies are preferred. Please contact me if fees will exceed $50."),
    'REQ-102': (
        "Under the California Public Records Act, I request copies of all Placement Agent Disclosure\n"
        "forms and related placement agent fee information submitted to CalPERS by external managers\n"
        "since January 1, 2023, and the log of placement agent disclosures kept by the Investment Office."),
    'REQ-109': (
        "Pursuant to Ohio Revised Code 149.43, I request copies of travel and expense reimbursement\n"
        "records (expense reports, receipts and reimbursement approvals) for each member of the OPERS\n"
        "Board of Trustees for calendar years 2024 through 2026 to date.\n"
        "Electronic records by email are fine. Thank you."),
}


# ---------------------------------------------------------------- register look-ups
import yaml as _yaml
_REG = _yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']
SUBJ = {r['id']: r['subject'] for r in _REG}
SENT = {r['id']: str(r['sent']) for r in _REG}


def RMID(req):
    """Message-ID of our outgoing request"""
    return req_mid(req, SENT[req])


def facts(request, kind, tracking=None, signals=('none',), why='', clock=None, adverse=False, estimated=None):
    f = {'request': request, 'kind': kind, 'tracking_number': tracking}
    if clock:
        f['clock'] = clock
    if adverse:
        f['adverse_determination'] = True
    if estimated:
        f['estimated'] = estimated
    f['signals'] = list(signals)
    f['why'] = why
    return f
