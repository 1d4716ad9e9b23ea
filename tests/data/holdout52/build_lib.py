"""Helpers for build.py: message assembly, minimal PDF writer, header sets."""
import base64, hashlib, datetime as dt, email.utils, textwrap
from email.message import EmailMessage
from email import policy
from zoneinfo import ZoneInfo

ET = ZoneInfo('America/New_York')
CT = ZoneInfo('America/Chicago')
PT = ZoneInfo('America/Los_Angeles')
UTC = dt.timezone.utc

ORG = 'ledgerdesk.example.org'
INBOX = 'foia@' + ORG


def plus(n):
    return 'foia+req-%03d@%s' % (n, ORG)


REQ_MID = {
    1: '<req-001.20260902.1@ledgerdesk.example.org>',
    2: '<req-002.20260909.1@ledgerdesk.example.org>',
    3: '<req-003.20260903.1@ledgerdesk.example.org>',
    4: '<req-004.20260902.1@ledgerdesk.example.org>',
    5: '<req-005.20260908.1@ledgerdesk.example.org>',
    6: '<req-006.20260910.1@ledgerdesk.example.org>',
    7: '<req-007.20260914.1@ledgerdesk.example.org>',
    8: '<req-008.20260914.2@ledgerdesk.example.org>',
    9: '<req-009.20260915.1@ledgerdesk.example.org>',
    10: '<req-010.20260916.1@ledgerdesk.example.org>',
    11: '<req-011.20260916.2@ledgerdesk.example.org>',
    12: '<req-012.20260921.1@ledgerdesk.example.org>',
    13: '<req-013.20260922.1@ledgerdesk.example.org>',
    14: '<req-014.20261005.1@ledgerdesk.example.org>',
    15: '<req-015.20260922.2@ledgerdesk.example.org>',
}


def d(y, m, day, hh, mm, tz, ss=0):
    return dt.datetime(y, m, day, hh, mm, ss, tzinfo=tz)


def fmt_date(t):
    return email.utils.format_datetime(t)


def hexid(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def outlook_mid(seed, host='SA1PR09MB8812'):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return '<%s%s@%s.namprd09.prod.outlook.com>' % (host, h[:24], host)


def o365_headers(seed, topic, attach=False):
    h = hashlib.sha1(seed.encode()).digest()
    tindex = base64.b64encode(b'\x01\xdc' + h[:20]).decode()
    return [
        ('Thread-Topic', topic),
        ('Thread-Index', tindex),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes' if attach else ''),
        ('X-MS-TNEF-Correlator', ''),
        ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
        ('X-MS-Exchange-Organization-SCL', '1'),
        ('X-MS-Exchange-CrossTenant-Network-Message-Id', '%s-%s-%s' % (hexid(seed + 'a', 8), hexid(seed + 'b', 4), hexid(seed + 'c', 12))),
        ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', 'PH%dPR09MB%04d' % (h[0] % 8, int.from_bytes(h[1:3], 'big') % 10000)),
    ]


def google_group_headers(orig_sender, group='foia'):
    return [
        ('X-Original-Sender', orig_sender),
        ('X-Original-Authentication-Results', 'mx.google.com; spf=pass (google.com: domain of %s designates 192.0.2.41 as permitted sender) smtp.mailfrom=%s' % (orig_sender, orig_sender)),
        ('Precedence', 'list'),
        ('Mailing-list', 'list %s@%s; contact %s+owners@%s' % (group, ORG, group, ORG)),
        ('List-ID', '<%s.%s>' % (group, ORG)),
        ('X-Google-Group-Id', '482913307715'),
        ('List-Post', '<https://groups.google.com/a/%s/group/%s/post>, <mailto:%s@%s>' % (ORG, group, group, ORG)),
        ('List-Help', '<https://support.google.com/a/%s/bin/topic.py?topic=25838>, <mailto:%s+help@%s>' % (ORG, group, ORG)),
        ('List-Archive', '<https://groups.google.com/a/%s/group/%s/>' % (ORG, group)),
        ('List-Unsubscribe', '<mailto:googlegroups-manage+482913307715+unsubscribe@googlegroups.com>, <https://groups.google.com/a/%s/group/%s/subscribe>' % (ORG, group)),
    ]


def build(headers, text=None, html=None, attachments=(), charset='utf-8', cte=None):
    """headers: list of (name, value) in order. Returns bytes."""
    m = EmailMessage(policy=policy.default)
    for k, v in headers:
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text, charset=charset, cte=cte) if cte else m.set_content(text, charset=charset)
        m.add_alternative(html, subtype='html')
    elif html is not None:
        m.set_content(html, subtype='html', charset=charset)
    else:
        if cte:
            m.set_content(text, charset=charset, cte=cte)
        else:
            m.set_content(text, charset=charset)
    for a in attachments:
        data, mtype, fname = a
        maintype, subtype = mtype.split('/')
        if maintype == 'text':
            m.add_attachment(data.decode('utf-8') if isinstance(data, bytes) else data, subtype=subtype, filename=fname)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m.as_bytes(policy=policy.default.clone(max_line_length=998))


# ---------------------------------------------------------------- PDF
def _esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def make_pdf(text, title='Letter', width=92):
    """Minimal multi-page PDF with a real text layer (Helvetica, WinAnsi). text: str with \n."""
    lines = []
    for para in text.split('\n'):
        if not para.strip():
            lines.append('')
            continue
        lines.extend(textwrap.wrap(para, width=width, break_long_words=False) or [''])
    per = 52
    pages = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then (page, content) pairs
    kids = []
    nxt = 5
    page_objs = []
    for pg in pages:
        pid, cid = nxt, nxt + 1
        nxt += 2
        kids.append(pid)
        body = 'BT\n/F1 10 Tf\n13 TL\n60 752 Td\n' + ''.join('(%s) Tj T*\n' % _esc(l) for l in pg) + 'ET\n'
        bb = body.encode('cp1252')
        page_objs.append((pid, cid, bb))
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), n_pages)).encode()
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = ('<< /Title (%s) /Producer (Correspondence Generator 4.2) >>' % _esc(title)).encode('cp1252')
    for pid, cid, bb in page_objs:
        objs[pid] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cid).encode()
        objs[cid] = b'<< /Length %d >>\nstream\n' % len(bb) + bb + b'endstream'
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for i in range(1, nxt):
        offsets[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % nxt
    for i in range(1, nxt):
        out += b'%010d 00000 n \n' % offsets[i]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (nxt, xref)
    return bytes(out)
