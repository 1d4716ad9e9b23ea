"""Helpers used by build_messages.py to write the .eml files of this set (deterministic output)."""
import hashlib, datetime as dt, textwrap, email.utils, email.policy
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / 'messages'
POLICY = email.policy.default.clone(linesep='\n', max_line_length=78)

TZ = {'EDT': -4, 'EST': -5, 'CDT': -5, 'CST': -6, 'PDT': -7, 'PST': -8}

REQ_SUBJ = {}
REQ_SENT = {}


def when(s, tz):
    """'2026-09-08 16:47' + 'EDT' -> aware datetime"""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=TZ[tz])))


def hx(seed, n=24):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def req_mid(rid):
    n = rid.split('-')[1]
    return '<req-%s.%s.1@records.example.org>' % (n, REQ_SENT[rid].replace('-', ''))


def plus(rid):
    return 'records+req-%s@records.example.org' % rid.split('-')[1]


def dedent(s):
    return textwrap.dedent(s).lstrip('\n')


def qaddr(s):
    """'Name, With Comma <a@b>' -> '"Name, With Comma" <a@b>' (already quoted names are kept)"""
    import re
    mm = re.fullmatch(r'\s*([^"<]+?)\s*<([^>]+)>\s*', s)
    if not mm:
        return s
    return email.utils.formataddr((mm.group(1), mm.group(2)))


ADDR_HEADERS = ('Reply-To', 'X-Original-From')


def new(frm, to, subject, date, mid, irt=None, refs=None, extra=None, cc=None):
    m = EmailMessage(policy=POLICY)
    m['From'] = qaddr(frm)
    m['To'] = qaddr(to)
    if cc:
        m['Cc'] = qaddr(cc)
    m['Subject'] = subject
    m['Date'] = email.utils.format_datetime(date)
    m['Message-ID'] = mid
    if irt:
        m['In-Reply-To'] = irt
    if refs:
        m['References'] = refs
    for k, v in (extra or []):
        m[k] = qaddr(v) if k in ADDR_HEADERS else v
    m['MIME-Version'] = '1.0'
    return m


def outlook_headers(seed, topic, org):
    return [
        ('Thread-Topic', topic),
        ('Thread-Index', 'AQH' + hashlib.md5(seed.encode()).hexdigest()[:25] + '=='),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'no'),
        ('X-MS-Exchange-Organization-SCL', '1'),
        ('X-OriginatorOrg', org),
        ('X-MS-Exchange-CrossTenant-Id', '%s-%s-%s-%s-%s' % (hx(seed + 't', 8), hx(seed + 'u', 4), hx(seed + 'v', 4),
                                                              hx(seed + 'w', 4), hx(seed + 'x', 12))),
    ]


def outlook_mid(seed, host='namprd09.prod.outlook.com'):
    box = 'SA1PR09MB' + str(int(hx(seed, 6), 16) % 9000 + 1000)
    return '<%s%s@%s.%s>' % (box, hx(seed, 20).upper(), box, host)


def group_headers(orig_from, orig_sender, seed):
    """Google Groups collaborative-inbox delivery headers for records@records.example.org"""
    return [
        ('Reply-To', orig_from),
        ('X-Original-Sender', orig_sender),
        ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@%s; spf=pass (google.com: domain of %s designates 23.103.200.%d as permitted sender) smtp.mailfrom=%s' % (
            orig_sender.split('@')[1], orig_sender, int(hx(seed, 2), 16) % 200 + 10, orig_sender)),
        ('X-Original-From', orig_from),
        ('Precedence', 'list'),
        ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
        ('List-ID', '<records.records.example.org>'),
        ('X-Spam-Checked-In-Group', 'records@records.example.org'),
        ('X-Google-Group-Id', '583920174466'),
        ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>'),
        ('List-Help', '<https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, <mailto:records+help@records.example.org>'),
        ('List-Archive', '<https://groups.google.com/a/records.example.org/group/records/>'),
        ('List-Unsubscribe', '<mailto:googlegroups-manage+583920174466+unsubscribe@googlegroups.com>, <https://groups.google.com/a/records.example.org/group/records/subscribe>'),
    ]


def pdf_escape(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def make_pdf(lines, title='Letter'):
    """Minimal multi-page PDF with a Helvetica text layer (ASCII only)."""
    wrapped = []
    for ln in lines:
        if not ln:
            wrapped.append('')
            continue
        wrapped.extend(textwrap.wrap(ln, 92) or [''])
    pages = [wrapped[i:i + 56] for i in range(0, len(wrapped), 56)] or [[]]
    objs = []  # index 0 -> obj 1
    npages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then per page: page obj, content obj
    kids = ' '.join('%d 0 R' % (5 + 2 * i) for i in range(npages))
    objs.append('<< /Type /Catalog /Pages 2 0 R >>')
    objs.append('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, npages))
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append('<< /Title (%s) /Producer (Correspondence Manager) >>' % pdf_escape(title))
    for i, pg in enumerate(pages):
        stream = 'BT\n/F1 10 Tf\n12.5 TL\n56 746 Td\n' + ''.join('(%s) Tj T*\n' % pdf_escape(l) for l in pg) + 'ET\n'
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (6 + 2 * i))
        objs.append('<< /Length %d >>\nstream\n%sendstream' % (len(stream.encode('latin-1')), stream))
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i + 1, o)).encode('latin-1')
    xref = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    for off in offsets:
        out += ('%010d 00000 n \n' % off).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)).encode()
    return out


def write(name, msg):
    data = msg if isinstance(msg, (bytes, str)) else msg.as_bytes(policy=POLICY)
    if isinstance(data, str):
        data = data.encode('utf-8')
    (OUT / name).write_bytes(data)
