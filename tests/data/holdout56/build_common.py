"""Shared helpers for building the holdout56 messages (Plains states set).

Each build_partN.py calls add(file, raw_bytes, facts...) for its messages; build_all.py writes
messages/*.eml and facts.yaml from the collected entries.  Nothing here computes a date label.
"""
import base64, hashlib, quopri, textwrap

ORG = 'plainsreporter.example.org'
INBOX = 'records@' + ORG
DESK = 'Records Desk <%s>' % INBOX

# our outgoing requests (must agree with requests.yaml)
REQ = {
    'REQ-001': ('2026-09-08', 'Iowa Open Records Request (Ch. 22): CAFO inspection and manure management plan compliance records, Winneshiek and Allamakee counties, 2023-2026'),
    'REQ-002': ('2026-09-09', 'FOIA Request: Fort Berthold Reservation oil and gas rights-of-way, APD concurrence and flaring records, 2022-2026'),
    'REQ-003': ('2026-09-09', 'Nebraska Public Records Request: NSP vehicle pursuit policy and pursuit reports, 2022-2026'),
    'REQ-004': ('2026-09-10', 'KORA Request: Riley County Attorney diversion program agreements, policies and participant statistics, 2023-2026'),
    'REQ-005': ('2026-09-14', 'Iowa Chapter 22 Request: March 2026 water main break, boil advisory and engineering report'),
    'REQ-006': ('2026-09-15', 'KORA Request: City administrator separation agreement and related correspondence'),
    'REQ-007': ('2026-09-16', 'ND Open Records Request: Bismarck Public Schools restraint and seclusion reports, 2023-2026'),
    'REQ-008': ('2026-09-22', 'SDCL 1-27 Request: SDSU Title IX annual reports and athletics settlement agreements, 2021-2026'),
    'REQ-009': ('2026-09-28', 'Iowa Open Records Request (Ch. 22): DNR fish kill investigation reports, 2024-2026'),
    'REQ-010': ('2026-10-01', 'FOIA Request: BIA Great Plains Region detention facility inspections and in-custody death records, 2021-2026'),
    'REQ-011': ('2026-10-05', 'Nebraska Public Records Request: NSP Interstate 80 drug interdiction seizure and forfeiture records, 2024-2026'),
    'REQ-012': ('2026-10-07', 'SDCL 1-27 Request: SDSU University Police use-of-force reports, 2024-2026'),
    'REQ-013': ('2026-10-13', 'KORA Request: County Attorney review of the May 2025 officer-involved shooting on Tuttle Creek Boulevard'),
    'REQ-014': ('2026-10-20', 'ND Open Records Request: Bismarck Public Schools vape detector and weapons detection system contracts'),
}


def req_mid(rid, n=1):
    sent = REQ[rid][0].replace('-', '')
    return '<%s.%s.%d@%s>' % (rid.lower(), sent, n, ORG)


def req_subject(rid):
    return REQ[rid][1]


def plus(rid):
    return 'records+%s@%s' % (rid.lower(), ORG)


def plus_to(rid):
    return 'Records Desk <%s>' % plus(rid)


MESSAGES = []


def add(file, raw, request, kind, why, tracking=None, clock=None, adverse=False, estimated=None,
        signals=('subject',), modeled_on='', tests=''):
    """register one message; clock: 'sent' | 'received:YYYY-MM-DD' | 'extension' | None"""
    if isinstance(raw, str):
        raw = raw.encode('utf-8')
    MESSAGES.append(dict(file=file, raw=raw, request=request, kind=kind, tracking_number=tracking,
                         clock=clock, adverse=adverse, estimated=estimated, why=why,
                         signals=list(signals), modeled_on=modeled_on, tests=tests))


# ---------------------------------------------------------------- ids and headers

def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def outlook_mid(seed, tenant='namprd09'):
    x = h(seed, 24).upper()
    box = 'SJ0PR09MB%s' % h(seed + 'b', 4).upper()
    return '<%s%s@%s.%s.prod.outlook.com>' % (box, x, box, tenant)


def thread_index(seed):
    return base64.b64encode(hashlib.md5(seed.encode()).digest() + b'\x01\xdb\x3c' + bytes.fromhex(h(seed, 8))).decode()


def boundary(seed):
    return '_%s_' % h(seed, 28)


def headers(pairs):
    """pairs: list of (name, value); multi-line values must already be folded"""
    return ''.join('%s: %s\n' % (k, v) for k, v in pairs if v is not None)


def outlook_extra(seed, topic, attach=False):
    return [
        ('Thread-Topic', topic),
        ('Thread-Index', thread_index(seed)),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes' if attach else None),
        ('X-MS-TNEF-Correlator', ''),
        ('X-MS-Exchange-Organization-SCL', '1'),
        ('X-MS-Exchange-CrossTenant-Network-Message-Id', '%s-%s-%s-%s-%s' % (h(seed + '1', 8), h(seed + '2', 4), h(seed + '3', 4), h(seed + '4', 4), h(seed + '5', 12))),
        ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', 'SJ0PR09MB%s' % h(seed + 'b', 4).upper()),
    ]


# ---------------------------------------------------------------- bodies

def wrap76(b):
    s = base64.b64encode(b).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def text_part(text, subtype='plain', cte=None, charset='utf-8', with_headers=True):
    """returns (content-type-headers, encoded body) as one string when with_headers, else tuple"""
    if cte is None:
        try:
            text.encode('ascii')
            cte = '7bit'
        except UnicodeEncodeError:
            cte = 'quoted-printable'
    if charset == 'utf-8':
        data = text.encode('utf-8')
    else:
        data = text.encode(charset)
    if cte == '7bit':
        body = text
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data).decode('ascii')
    elif cte == 'base64':
        body = wrap76(data.replace(b'\n', b'\r\n'))
    elif cte == '8bit':
        body = data.decode(charset)
    else:
        raise ValueError(cte)
    hdr = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (subtype, charset, cte)
    if with_headers:
        return hdr + '\n' + body.rstrip('\n') + '\n'
    return hdr, body.rstrip('\n') + '\n'


def attachment(filename, data, ctype='application/pdf', inline=False):
    disp = 'inline' if inline else 'attachment'
    return ('Content-Type: %s;\n\tname="%s"\nContent-Description: %s\nContent-Disposition: %s;\n\tfilename="%s"; size=%d\n'
            'Content-Transfer-Encoding: base64\n\n%s\n' % (ctype, filename, filename, disp, filename, len(data), wrap76(data)))


def multipart(subtype, parts, bnd):
    out = ''
    for p in parts:
        out += '--%s\n%s\n' % (bnd, p.rstrip('\n'))
    out += '--%s--\n' % bnd
    return out


def mp_header(subtype, bnd, extra=''):
    return 'multipart/%s;\n\tboundary="%s"%s' % (subtype, bnd, extra)


def build(hdr_pairs, body_str, content_type=None, cte=None):
    """assemble a whole message; if content_type is given it is added as the Content-Type header
    (body_str is then the raw body); otherwise body_str must begin with its own Content-Type headers"""
    pairs = list(hdr_pairs) + [('MIME-Version', '1.0')]
    if content_type:
        pairs.append(('Content-Type', content_type))
        if cte:
            pairs.append(('Content-Transfer-Encoding', cte))
        return headers(pairs) + '\n' + body_str
    hdr, _, body = body_str.partition('\n\n')
    return headers(pairs) + hdr + '\n\n' + body


def simple(hdr_pairs, text, subtype='plain', cte=None, charset='utf-8'):
    return build(hdr_pairs, text_part(text, subtype, cte, charset))


def alternative(hdr_pairs, text, html, seed, cte_text=None, cte_html=None, outer=None):
    bnd = boundary(seed + 'alt')
    body = multipart('alternative', [text_part(text, 'plain', cte_text), text_part(html, 'html', cte_html)], bnd)
    return build(hdr_pairs, body, mp_header('alternative', bnd))


def mixed(hdr_pairs, first_part, attachments, seed):
    """first_part: a part string (headers+body) or a nested multipart string"""
    bnd = boundary(seed + 'mix')
    body = multipart('mixed', [first_part] + list(attachments), bnd)
    return build(hdr_pairs, body, mp_header('mixed', bnd))


def alt_part(text, html, seed):
    bnd = boundary(seed + 'altp')
    return 'Content-Type: %s\n\n%s' % (mp_header('alternative', bnd), multipart('alternative', [text_part(text, 'plain'), text_part(html, 'html')], bnd))


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def paras_to_html(text, style='font-family:Calibri,Arial,sans-serif;font-size:11pt'):
    ps = []
    for block in text.strip('\n').split('\n\n'):
        ps.append('<p>%s</p>' % '<br>\n'.join(html_escape(l) for l in block.split('\n')))
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body><div style="%s">\n%s\n</div></body></html>\n' % (style, '\n'.join(ps))


def quote_lines(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))


# ---------------------------------------------------------------- minimal PDF with a text layer

def _pdf_escape(s):
    out = []
    for ch in s:
        c = ord(ch)
        if ch in '()\\':
            out.append('\\' + ch)
        elif 32 <= c < 127:
            out.append(ch)
        else:
            try:
                b = ch.encode('cp1252')
                out.append('\\%03o' % b[0])
            except UnicodeEncodeError:
                out.append('?')
    return ''.join(out)


def pdf(lines, title='Letter', width=92, font_size=10, leading=13):
    """lines: list of strings (long ones are wrapped). Returns bytes of a small valid PDF."""
    wrapped = []
    for l in lines:
        if l.startswith('\x00'):  # preformatted
            wrapped.append(l[1:])
            continue
        if len(l) <= width:
            wrapped.append(l)
        else:
            wrapped.extend(textwrap.wrap(l, width, subsequent_indent='' if not l.startswith('  ') else '    '))
    per_page = 54
    pages = [wrapped[i:i + per_page] for i in range(0, len(wrapped), per_page)] or [[]]
    objs = []  # index 0 -> obj 1
    objs.append(None)  # catalog placeholder
    objs.append(None)  # pages placeholder
    font_obj = 3
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    page_ids = []
    for pg in pages:
        stream = 'BT\n/F1 %d Tf\n%d TL\n56 750 Td\n' % (font_size, leading)
        stream += ''.join('(%s) Tj T*\n' % _pdf_escape(l) for l in pg)
        stream += 'ET\n'
        sb = stream.encode('latin-1')
        objs.append('<< /Length %d >>\nstream\n%s\nendstream' % (len(sb), stream))
        cid = len(objs)
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>' % (font_obj, cid))
        page_ids.append(len(objs))
    objs[0] = '<< /Type /Catalog /Pages 2 0 R >>'
    objs[1] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % i for i in page_ids), len(page_ids))
    objs.append('<< /Title (%s) /Producer (Records Letter Generator 2.1) >>' % _pdf_escape(title))
    info = len(objs)
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i, o)).encode('latin-1')
    xref = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    for off in offsets:
        out += ('%010d 00000 n \n' % off).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info, xref)).encode()
    return out
