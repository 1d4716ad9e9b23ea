"""Small helpers used by build_messages.py to write realistic raw .eml files (LF line endings).

Nothing here decides labels; it only renders MIME text, minimal PDFs and Microsoft 365 receive headers.
"""
import base64, quopri, hashlib, textwrap, datetime as dt, email.utils
from email.header import Header

ORG = 'powerdesk.example.org'
INBOX = 'records@' + ORG
TENANT_MBX = 'SJ0PR12MB6781.namprd12.prod.outlook.com'
TENANT_FE = 'MW4PEPF00021A3C.namprd12.prod.outlook.com'


def plus(n):
    return 'records+req-%s@%s' % (n, ORG)


def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def fmt_date(d):
    return email.utils.format_datetime(d)


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


def enc_header(s):
    """RFC 2047 encode a header value if it is not ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode(maxlinelen=76)


def b64wrap(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode('utf-8'), quotetabs=False).decode('ascii')


class Text:
    def __init__(self, text, subtype='plain', charset='utf-8', cte=None, extra=None):
        self.text, self.subtype, self.charset, self.cte, self.extra = text, subtype, charset, cte, extra or []

    def render(self):
        raw = self.text
        cte = self.cte
        if cte is None:
            try:
                raw.encode('ascii')
                cte = '7bit'
            except UnicodeEncodeError:
                cte = 'quoted-printable'
        if cte == '7bit':
            raw.encode('ascii')
            body = raw
        elif cte == 'quoted-printable':
            body = quopri.encodestring(raw.encode(self.charset), quotetabs=False).decode('ascii')
        elif cte == 'base64':
            body = b64wrap(raw.encode(self.charset))
        else:
            raise ValueError(cte)
        hdr = ['Content-Type: text/%s; charset="%s"' % (self.subtype, self.charset),
               'Content-Transfer-Encoding: %s' % cte] + self.extra
        return '\n'.join(hdr) + '\n\n' + body.rstrip('\n') + '\n'


class Attach:
    def __init__(self, ctype, filename, data, inline=False):
        self.ctype, self.filename, self.data, self.inline = ctype, filename, data, inline

    def render(self):
        disp = 'inline' if self.inline else 'attachment'
        hdr = ['Content-Type: %s;\n\tname="%s"' % (self.ctype, self.filename),
               'Content-Description: %s' % self.filename,
               'Content-Disposition: %s;\n\tfilename="%s"; size=%d' % (disp, self.filename, len(self.data)),
               'Content-Transfer-Encoding: base64']
        return '\n'.join(hdr) + '\n\n' + b64wrap(self.data) + '\n'


class Raw:
    """a part given as ready text (message/rfc822, message/delivery-status, text/rfc822-headers)"""
    def __init__(self, ctype, text, extra=None):
        self.ctype, self.text, self.extra = ctype, text, extra or []

    def render(self):
        hdr = ['Content-Type: %s' % self.ctype] + self.extra
        return '\n'.join(hdr) + '\n\n' + self.text.rstrip('\n') + '\n'


class Multi:
    def __init__(self, subtype, parts, boundary, params=''):
        self.subtype, self.parts, self.boundary, self.params = subtype, parts, boundary, params

    def render(self):
        body = ''
        for p in self.parts:
            body += '--%s\n' % self.boundary + p.render()
        body += '--%s--\n' % self.boundary
        return 'Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (self.subtype, self.boundary, self.params) + body


def pdf(lines, title='Letter'):
    """Minimal uncompressed PDF (Helvetica, WinAnsi) with a real text layer; wraps long lines."""
    wrapped = []
    for ln in lines:
        if not ln:
            wrapped.append('')
            continue
        wrapped.extend(textwrap.wrap(ln, 92, subsequent_indent='') or [''])
    pages = [wrapped[i:i + 54] for i in range(0, len(wrapped), 54)] or [[]]

    def esc(s):
        b = s.encode('cp1252')
        out = ''
        for c in b:
            ch = chr(c)
            if ch in '\\()':
                out += '\\' + ch
            elif c < 32 or c > 126:
                out += '\\%03o' % c
            else:
                out += ch
        return out
    objs = []  # index 0 -> obj 1
    objs.append('<< /Type /Catalog /Pages 2 0 R >>')
    n_pages = len(pages)
    kids = ' '.join('%d 0 R' % (4 + 2 * i) for i in range(n_pages))
    objs.append('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, n_pages))
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    for i, pg in enumerate(pages):
        stream = 'BT\n/F1 10 Tf\n13 TL\n56 750 Td\n' + ''.join('(%s) Tj T*\n' % esc(l) for l in pg) + 'ET\n'
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (5 + 2 * i))
        objs.append('<< /Length %d >>\nstream\n%sendstream' % (len(stream.encode('latin-1')), stream))
    objs.append('<< /Title (%s) /Producer (Microsoft Word - Save as PDF) >>' % esc(title))
    info = len(objs)
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i + 1, o)).encode('latin-1')
    xref = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    for off in offsets:
        out += ('%010d 00000 n \n' % off).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info, xref)).encode()
    return out


def m365_inbound(date, seed, sender_host=None, sender_ip=None, mailfrom_domain=None, internal=False,
                 has_attach=False, scl=1):
    """Headers Exchange Online adds when our tenant receives a message (newest first)."""
    u = date.astimezone(dt.timezone.utc)
    t1 = fmt_date(u + dt.timedelta(seconds=2))
    t0 = fmt_date(u + dt.timedelta(seconds=1))
    nid = '%s-%s-%s-%s-%s' % (h(seed + 'a', 8), h(seed + 'b', 4), h(seed + 'c', 4), h(seed + 'd', 4), h(seed + 'e', 12))
    hdrs = []
    if internal:
        hdrs.append('Received: from %s (2603:10b6:a03:4a1::9) by %s with HTTPS; %s' % (TENANT_MBX, TENANT_MBX, t1))
        hdrs.append('X-MS-Exchange-Organization-AuthAs: Internal')
        hdrs.append('X-MS-Exchange-Organization-AuthMechanism: 04')
        hdrs.append('X-MS-Exchange-Organization-AuthSource: %s' % TENANT_MBX)
        hdrs.append('X-MS-Exchange-Organization-Network-Message-Id: %s' % nid)
        hdrs.append('X-MS-Exchange-Organization-SCL: -1')
    else:
        hdrs.append('Received: from %s (2603:10b6:303:6c::19) by %s with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9012.17; %s'
                    % (TENANT_FE, TENANT_MBX, t1))
        hdrs.append('Received: from %s (%s) by %s (10.167.242.66) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9012.17 via Frontend Transport; %s'
                    % (sender_host, sender_ip, TENANT_FE, t0))
        hdrs.append('Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100'
                    % (sender_ip, mailfrom_domain, mailfrom_domain, mailfrom_domain))
        hdrs.append('Received-SPF: Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (mailfrom_domain, sender_ip, sender_ip, sender_host))
        hdrs.append('X-MS-Exchange-Organization-ExpirationStartTime: %s' % t0)
        hdrs.append('X-MS-Exchange-Organization-Network-Message-Id: %s' % nid)
        hdrs.append('X-MS-Exchange-Organization-AuthSource: %s' % TENANT_FE)
        hdrs.append('X-MS-Exchange-Organization-AuthAs: Anonymous')
        hdrs.append('X-MS-Exchange-Organization-SCL: %d' % scl)
        hdrs.append('X-Forefront-Antispam-Report: CIP:%s;CTRY:US;LANG:en;SCL:%d;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:%s;CAT:NONE;SFS:;DIR:INB;' % (sender_ip, scl, sender_host, sender_host))
        hdrs.append('X-Microsoft-Antispam: BCL:0;')
    hdrs.append('X-MS-Has-Attach: %s' % ('yes' if has_attach else ''))
    hdrs.append('X-MS-TNEF-Correlator: ')
    hdrs.append('X-MS-Exchange-Transport-EndToEndLatency: 00:00:01.%04d' % (int(h(seed, 4), 16) % 9999))
    hdrs.append('X-MS-Exchange-Processed-By-BccFoldering: 15.20.9012.011')
    return hdrs


def outlook_sender(seed, topic):
    """Headers an Outlook/Exchange sender adds (Thread-Topic/Thread-Index etc.)."""
    ti = base64.b64encode(hashlib.sha1(seed.encode()).digest() + hashlib.md5(seed.encode()).digest()[:6]).decode()
    return ['Thread-Topic: %s' % enc_header(topic), 'Thread-Index: %s' % ti,
            'Accept-Language: en-US', 'Content-Language: en-US', 'X-MS-Exchange-Organization-RecordReviewCfmType: 0']


def outlook_mid(seed, host='BN0PR09MB7345.namprd09.prod.outlook.com'):
    return '<%s@%s>' % (host.split('.')[0] + h(seed, 12).upper(), host)


def render_eml(headers, body):
    """headers: list of 'Name: value' strings (already folded). body: a MIME node."""
    return '\n'.join(headers) + '\nMIME-Version: 1.0\n' + body.render()
