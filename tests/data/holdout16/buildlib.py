"""Helpers used by build_messages.py to write the .eml files of this set (raw RFC 5322 text, built by hand
so that header order, boundaries and transfer encodings look like the mail systems they imitate)."""
import base64, hashlib, quopri, datetime as dt, email.utils, urllib.parse
from email.header import Header

ORG = 'newsroom.example.org'
INBOX = 'records@' + ORG


def h(seed, n=32):
    """deterministic hex string from a seed"""
    out = ''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(('%s/%d' % (seed, i)).encode()).hexdigest()
        i += 1
    return out[:n]


def hexup(seed, n):
    return h(seed, n).upper()


def parse_date(s):
    return email.utils.parsedate_to_datetime(s)


def utc_str(d, plus_seconds=0):
    d = d.astimezone(dt.timezone.utc) + dt.timedelta(seconds=plus_seconds)
    return d.strftime('%a, %d %b %Y %H:%M:%S +0000')


def enc_subject(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode(maxlinelen=76)


def qp(text, charset='utf-8'):
    raw = text.replace('\r\n', '\n').encode(charset)
    out = quopri.encodestring(raw).decode('ascii')
    return out


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def part(ctype, body, cte='7bit', charset='utf-8', filename=None, disposition=None, extra=None):
    """one leaf MIME part as text"""
    lines = []
    if ctype.startswith('text/'):
        lines.append('Content-Type: %s; charset="%s"' % (ctype, charset))
    elif filename:
        lines.append('Content-Type: %s;\n\tname="%s"' % (ctype, filename))
    else:
        lines.append('Content-Type: %s' % ctype)
    if extra:
        lines.extend(extra)
    if cte:
        lines.append('Content-Transfer-Encoding: %s' % cte)
    if filename or disposition:
        disp = disposition or 'attachment'
        if filename:
            lines.append('Content-Disposition: %s;\n\tfilename="%s"' % (disp, filename))
        else:
            lines.append('Content-Disposition: %s' % disp)
    if cte == 'quoted-printable':
        payload = qp(body, charset)
    elif cte == 'base64':
        payload = b64(body if isinstance(body, bytes) else body.encode(charset))
    else:
        payload = body if isinstance(body, str) else body.decode(charset)
    if not payload.endswith('\n'):
        payload += '\n'
    return '\n'.join(lines) + '\n\n' + payload


def multipart(subtype, boundary, parts, extra_params=''):
    head = 'Content-Type: multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra_params)
    body = ''
    for p in parts:
        body += '--%s\n%s' % (boundary, p if p.endswith('\n') else p + '\n')
    body += '--%s--\n' % boundary
    return head, body


def multipart_part(subtype, boundary, parts, extra_params=''):
    head, body = multipart(subtype, boundary, parts, extra_params)
    return head + '\n\n' + body


def message(headers, content_head, body):
    """headers: list of (name, value); content_head: the Content-Type(+CTE) header text"""
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append('%s: %s' % (k, v))
    out.append('MIME-Version: 1.0')
    out.append(content_head)
    return '\n'.join(out) + '\n\n' + body


def single(ctype, text, cte='7bit', charset='utf-8'):
    """content head + body for a single-part message"""
    head = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s' % (ctype, charset, cte)
    if cte == 'quoted-printable':
        body = qp(text, charset)
    elif cte == 'base64':
        body = b64(text.encode(charset))
    else:
        body = text
    if not body.endswith('\n'):
        body += '\n'
    return head, body


# ---------------------------------------------------------------- Microsoft 365 (our tenant) inbound headers
TENANT = '6f1c2a9e-4b7d-4e21-9a3c-8d5e0f7b2c41'
MBX = ['BN8PR12MB3361', 'CH3PR12MB7596', 'SJ0PR12MB5455', 'DM6PR12MB4284']


def m365_inbound(seed, date, mailfrom_domain, ip, helo, dkim_domain=None, spf='pass', dmarc='pass', scl=1,
                 bcl=0, extra=None):
    d = parse_date(date)
    mbx = MBX[int(h(seed, 2), 16) % len(MBX)]
    edge = ['BN1PEPF0000468D', 'CH2PEPF0000009F', 'SN1PEPF0002636B', 'DS3PEPF000099DA'][int(h(seed + 'e', 2), 16) % 4]
    fe = ['MN2PR16CA0021', 'BY3PR05CA0047', 'CH0PR13CA0058', 'SA9PR11CA0012'][int(h(seed + 'f', 2), 16) % 4]
    dk = dkim_domain or mailfrom_domain
    nm = '%s-%s-%s-%s-%s' % (h(seed + 'n', 8), h(seed + 'n1', 4), h(seed + 'n2', 4), h(seed + 'n3', 4), h(seed + 'n4', 12))
    lines = [
        ('Received', 'from %s.namprd12.prod.outlook.com (2603:10b6:208:1f3::%s)\n by %s.namprd12.prod.outlook.com with HTTPS; %s'
         % (fe, h(seed + 'v6', 2), mbx, utc_str(d, 9))),
        ('Received', 'from %s.namprd05.prod.outlook.com (2603:10b6:806:2d:cafe::%s) by\n %s.outlook.office365.com (2603:10b6:208:1f3::%s) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8989.%d via Frontend\n Transport; %s'
         % (edge, h(seed + 'c', 2), fe, h(seed + 'v6', 2), 10 + int(h(seed + 'x', 2), 16) % 20, utc_str(d, 8))),
        ('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100'
         % (spf, ip, mailfrom_domain, dk, dmarc, dk)),
        ('Received-SPF', '%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
         % (spf.capitalize(), mailfrom_domain, ip, ip, helo)),
    ]
    if extra:
        lines.extend(extra)
    tail = [
        ('X-MS-Exchange-Organization-ExpirationStartTime', utc_str(d, 8).replace('+0000', '(UTC)')),
        ('X-MS-Exchange-Organization-ExpirationStartTimeReason', 'OriginalSubmit'),
        ('X-MS-Exchange-Organization-Network-Message-Id', nm),
        ('X-MS-Exchange-Organization-MessageDirectionality', 'Incoming'),
        ('X-MS-Exchange-Organization-SCL', str(scl)),
        ('X-MS-Exchange-Organization-AuthSource', '%s.namprd05.prod.outlook.com' % edge),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
        ('X-MS-Exchange-Transport-EndToEndLatency', '00:00:0%d.%07d' % (1 + int(h(seed + 'l', 1), 16) % 8, int(h(seed + 'm', 5), 16) % 10000000)),
        ('X-Forefront-Antispam-Report', 'CIP:%s;CTRY:US;LANG:en;SCL:%d;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:%s;CAT:NONE;SFS:(13230040)(8096899003)(4076899003);DIR:INB;'
         % (ip, scl, helo, helo)),
        ('X-Microsoft-Antispam', 'BCL:%d;ARA:13230040|8096899003|4076899003;' % bcl),
    ]
    return lines, tail


def m365_internal(seed, date):
    d = parse_date(date)
    mbx = MBX[int(h(seed, 2), 16) % len(MBX)]
    return [
        ('Received', 'from %s.namprd12.prod.outlook.com ([fe80::%s:%s]) by\n %s.namprd12.prod.outlook.com ([fe80::%s:%s%%4]) with mapi id\n 15.20.8989.021; %s'
         % (mbx, h(seed + 'a', 4), h(seed + 'b', 4), mbx, h(seed + 'a', 4), h(seed + 'b', 4), utc_str(d, 1))),
    ], [
        ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
        ('X-MS-Exchange-Organization-AuthMechanism', '04'),
        ('X-MS-Exchange-Organization-AuthSource', '%s.namprd12.prod.outlook.com' % mbx),
        ('X-MS-Exchange-Organization-SCL', '-1'),
    ]


def safelink(url, seed, rcpt=INBOX):
    q = urllib.parse.quote(url, safe='')
    data = '05%%7C02%%7C%s%%7C%s%%7C%s%%7C0%%7C0%%7C6389%s%%7CUnknown%%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWUsIlYiOiIwLjAuMDAwMCIsIlAiOiJXaW4zMiIsIkFOIjoiTWFpbCIsIldUIjoyfQ%%3D%%3D%%7C0%%7C%%7C%%7C' % (
        urllib.parse.quote(rcpt, safe=''), h(seed + 'sl', 32), TENANT.replace('-', ''), str(int(h(seed + 'ts', 12), 16))[:11])
    sdata = base64.b64encode(bytes.fromhex(h(seed + 'sd', 64))).decode()[:43]
    return 'https://nam12.safelinks.protection.outlook.com/?url=%s&data=%s&sdata=%s%%3D&reserved=0' % (
        q, data, urllib.parse.quote(sdata, safe=''))


# ---------------------------------------------------------------- minimal PDF with a real text layer
def _pdf_str(s):
    b = s.encode('cp1252', 'replace')
    out = ''
    for c in b:
        ch = chr(c)
        if ch in '()\\':
            out += '\\' + ch
        elif c < 32 or c > 126:
            out += '\\%03o' % c
        else:
            out += ch
    return out


def pdf(lines, title='Letter', producer='Microsoft: Print To PDF', lines_per_page=54, font_size=10):
    """lines: list of str (one text line each); returns bytes of a small valid PDF (Helvetica, WinAnsi)."""
    pages = [lines[i:i + lines_per_page] for i in range(0, max(len(lines), 1), lines_per_page)] or [[]]
    objs = []  # index 0 -> obj 1
    # 1 catalog, 2 pages, 3 font, then per page: page obj, content obj; last info
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    info_id = 4 + 2 * n_pages
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % p for p in page_ids), n_pages)).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    for i, pl in enumerate(pages):
        lead = font_size + 3
        stream = 'BT\n/F1 %d Tf\n%d TL\n60 748 Td\n' % (font_size, lead)
        for ln in pl:
            stream += '(%s) Tj T*\n' % _pdf_str(ln)
        stream += 'ET\n'
        sb = stream.encode('latin-1')
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (page_ids[i] + 1)).encode())
        objs.append(b'<< /Length ' + str(len(sb)).encode() + b' >>\nstream\n' + sb + b'endstream')
    objs.append(('<< /Title (%s) /Producer (%s) /CreationDate (D:20260101000000) >>' % (_pdf_str(title), _pdf_str(producer))).encode())
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += ('%d 0 obj\n' % (i + 1)).encode() + o + b'\nendobj\n'
    xref = len(out)
    out += ('xref\n0 %d\n' % (len(objs) + 1)).encode()
    out += b'0000000000 65535 f \n'
    for off in offsets:
        out += ('%010d 00000 n \n' % off).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info_id, xref)).encode()
    return out


def wrap(text, width=92):
    """wrap a paragraph-structured text into PDF lines (blank lines kept)"""
    import textwrap
    out = []
    for para in text.split('\n'):
        if not para.strip():
            out.append('')
            continue
        ind = len(para) - len(para.lstrip(' '))
        out.extend(textwrap.wrap(para, width=width, subsequent_indent=' ' * ind) or [''])
    return out


# ---------------------------------------------------------------- HTML helpers
def outlook_html(paras, sig=None):
    """Outlook/Word style HTML from a list of paragraph strings (already HTML-escaped where needed)"""
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n.MsoChpDefault\n\t{font-size:10.0pt;}\n'
            '@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
            '--></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n')
    body = ''
    for p in paras:
        if p == '':
            body += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        else:
            body += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % p
    if sig:
        body += sig
    return head + body + '</div>\n</body>\n</html>\n'


def esc(s):
    import html
    return html.escape(s, quote=False)
