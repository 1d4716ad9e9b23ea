"""Shared helpers for build_part*.py: MIME assembly, dates, Message-IDs, header sets, small text-layer PDFs.

Every message is assembled by hand (not by email.generator) so that header order, boundaries and
encodings look like the systems they imitate. Everything is deterministic (seeded by the file name).
"""
import base64, hashlib, quopri, textwrap, datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo
import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE / 'messages'
OUT.mkdir(exist_ok=True)
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
ZONES = {'MT': 'America/Denver', 'ET': 'America/New_York', 'AZ': 'America/Phoenix',
         'BOISE': 'America/Boise', 'UTC': 'UTC'}
# local time (Mountain) at which each of our requests went out
SENT_AT = {'REQ-001': '09:14', 'REQ-002': '10:02', 'REQ-003': '08:47', 'REQ-004': '07:58', 'REQ-005': '09:11',
           'REQ-006': '08:30', 'REQ-007': '14:05', 'REQ-008': '09:40', 'REQ-009': '18:41', 'REQ-010': '08:55',
           'REQ-011': '11:20', 'REQ-012': '09:01', 'REQ-013': '15:35', 'REQ-014': '10:10', 'REQ-015': '07:44',
           'REQ-016': '08:30', 'REQ-017': '16:50'}
DESK = 'Records Desk <records@records.example.org>'
INBOX = 'records@records.example.org'


def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def date(stamp, zone='MT'):
    """'2026-09-03 09:12' local time in zone -> RFC 5322 date string with the right offset (DST aware)."""
    t = dt.datetime.strptime(stamp, '%Y-%m-%d %H:%M').replace(tzinfo=ZoneInfo(ZONES[zone]))
    return t.strftime('%a, %d %b %Y %H:%M:') + '%02d ' % (int(h(stamp + zone, 4), 16) % 60) + t.strftime('%z')


def human_date(stamp, zone='MT'):
    t = dt.datetime.strptime(stamp, '%Y-%m-%d %H:%M')
    return t.strftime('%a, %b ') + str(t.day) + t.strftime(', %Y at ') + t.strftime('%I:%M %p').lstrip('0')


def rid(n):
    return 'REQ-%03d' % n


def req(n):
    return REQS[rid(n)]


def req_mid(n, day=None, k=1):
    r = req(n)
    d = day or str(r['sent']).replace('-', '')
    return '<req-%03d.%s.%d@records.example.org>' % (n, d, k)


def plus(n):
    return req(n)['reply_address']


def sent_stamp(n):
    return '%s %s' % (req(n)['sent'], SENT_AT[rid(n)])


def outlook_mid(seed, pod='SJ0PR09MB'):
    x = h(seed, 28).upper()
    return '<%s%s%s@%s%s.namprd09.prod.outlook.com>' % (pod, x[:4], x[4:], pod, x[:4])


def gmail_mid(seed):
    raw = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    raw = raw.replace('/', '').replace('+', '').replace('=', '')
    return '<CA%s%s@mail.gmail.com>' % ('K' if int(h(seed, 2), 16) % 2 else 'J', raw[:40])


def ms_headers(seed, topic, attach=False, lang='en-US'):
    ti = base64.b64encode(hashlib.sha256(('ti' + seed).encode()).digest()[:22]).decode()
    return [('Thread-Topic', topic), ('Thread-Index', ti), ('Accept-Language', lang), ('Content-Language', lang),
            ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', ''),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Exchange-CrossTenant-Network-Message-Id', '%s-%s-%s-%s-%s' % (
                h(seed, 8), h(seed + '1', 4), h(seed + '2', 4), h(seed + '3', 4), h(seed + '4', 12))),
            ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
            ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', 'SJ0PR09MB%s' % h(seed, 4).upper())]


def group_headers(orig_name, orig_addr, seed):
    """Google Groups collaborative inbox rewriting a DMARC-strict sender ('X via Records Desk')."""
    return [('From', '"\'%s\' via Records Desk" <%s>' % (orig_name, INBOX)),
            ('Reply-To', '"%s" <%s>' % (orig_name, orig_addr)),
            ('Sender', INBOX),
            ('X-Original-Sender', orig_addr),
            ('X-Original-From', '"%s" <%s>' % (orig_name, orig_addr)),
            ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@%s; spf=pass; '
             'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=%s' % (orig_addr.split('@')[1], orig_addr.split('@')[1])),
            ('Precedence', 'list'),
            ('Mailing-list', 'list %s; contact records+owners@records.example.org' % INBOX),
            ('List-ID', '<records.records.example.org>'),
            ('X-Google-Group-Id', str(int(h(seed, 10), 16))[:12]),
            ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:%s>' % INBOX),
            ('List-Help', '<https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, '
             '<mailto:records+help@records.example.org>'),
            ('List-Archive', '<https://groups.google.com/a/records.example.org/group/records/>'),
            ('List-Unsubscribe', '<mailto:googlegroups-manage+%s+unsubscribe@googlegroups.com>' % h(seed, 12))]


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, ctype, payload='', cte=None, headers=None, children=None):
        self.ctype, self.payload, self.cte = ctype, payload, cte
        self.headers = headers or []
        self.children = children


def wrap(s, width=76):
    out = []
    for line in s.split('\n'):
        out.append(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) if len(line) > width else line)
    return '\n'.join(out)


def _encode(s, enc, charset):
    if enc == '7bit':
        return s
    if enc == 'qp':
        return quopri.encodestring(s.encode(charset)).decode('ascii')
    if enc == 'b64':
        return b64(s.encode(charset))
    if enc == '8bit':
        return s
    raise ValueError(enc)


CTE = {'7bit': '7bit', 'qp': 'quoted-printable', 'b64': 'base64', '8bit': '8bit'}


def text(s, enc='7bit', charset='utf-8', rewrap=False, fmt_flowed=False):
    s = wrap(s) if rewrap else s
    if enc == '7bit' and not s.isascii():
        enc = 'qp'
    ct = 'text/plain; charset="%s"' % charset + ('; format=flowed' if fmt_flowed else '')
    return Part(ct, _encode(s, enc, charset), CTE[enc])


def html(s, enc='qp', charset='utf-8'):
    return Part('text/html; charset="%s"' % charset, _encode(s, enc, charset), CTE[enc])


def b64(data):
    e = base64.b64encode(data).decode()
    return '\n'.join(e[i:i + 76] for i in range(0, len(e), 76))


def att(data, mime, filename, inline=False):
    if isinstance(data, str):
        data = data.encode('utf-8')
    disp = 'inline' if inline else 'attachment'
    return Part('%s;\n\tname="%s"' % (mime, filename), b64(data), 'base64',
                [('Content-Disposition', '%s;\n\tfilename="%s"' % (disp, filename))])


def rfc822(raw):
    return Part('message/rfc822', raw.rstrip('\n'), '7bit')


def multi(sub, parts, seed, extra=''):
    return Part('multipart/%s;\n\tboundary="%s"%s' % (sub, '_%s_%s_' % ('00%d' % (len(seed) % 5), h(seed + sub, 20)), extra),
                children=parts)


def _bnd(p):
    return p.ctype.split('boundary="')[1].split('"')[0]


def render(p):
    lines = []
    if p.children is None:
        return p.payload.rstrip('\n')
    b = _bnd(p)
    for c in p.children:
        lines.append('--' + b)
        lines.append('Content-Type: ' + c.ctype)
        if c.cte:
            lines.append('Content-Transfer-Encoding: ' + c.cte)
        for k, v in c.headers:
            lines.append('%s: %s' % (k, v))
        lines.append('')
        lines.append(render(c))
    lines.append('--' + b + '--')
    return '\n'.join(lines)


def write(fname, headers, body, preamble=None):
    """headers: list of (name, value) in order; MIME-Version/Content-Type/CTE are appended from body."""
    lines = ['%s: %s' % (k, v) for k, v in headers if v is not None]
    if not any(k.lower() == 'mime-version' for k, _ in headers):
        lines.append('MIME-Version: 1.0')
    lines.append('Content-Type: ' + body.ctype)
    if body.cte and body.children is None:
        lines.append('Content-Transfer-Encoding: ' + body.cte)
    lines.append('')
    if preamble and body.children is not None:
        lines.append(preamble)
        lines.append('')
    lines.append(render(body))
    raw = '\n'.join(lines) + '\n'
    (OUT / fname).write_bytes(raw.encode('utf-8'))
    return raw


# ---------------------------------------------------------------- quoting our request
def request_text(n):
    r = req(n)
    what = r['subject'].split(':', 1)[1].strip()
    law = {'FOIA': 'the Freedom of Information Act, 5 U.S.C. 552', 'CORA': 'the Colorado Open Records Act, C.R.S. 24-72-201 et seq.',
           'IPRA': 'the New Mexico Inspection of Public Records Act, NMSA 1978, 14-2-1 et seq.',
           'GRAMA': 'the Government Records Access and Management Act, Utah Code 63G-2'}.get(r['subject'].split(' ')[0])
    law = law or {'az_gfd': 'the Arizona public records law, A.R.S. 39-121 et seq.',
                  'idfg': 'the Idaho Public Records Act, Idaho Code 74-101 et seq.',
                  'wy_seo': 'the Wyoming Public Records Act, W.S. 16-4-201 et seq.',
                  'wgfd': 'the Wyoming Public Records Act, W.S. 16-4-201 et seq.',
                  'mt_fwp': 'Article II, Section 9 of the Montana Constitution and MCA 2-6-1003'}[r['agency']]
    return ('To whom it may concern:\n\nUnder %s, the Records Desk requests copies of the following records:\n\n'
            '%s.\n\nElectronic copies are preferred. We are a news organization and ask that fees be waived or '
            'reduced; we agree to pay up to $50 without further approval. Please send correspondence to %s.\n\n'
            'Thank you,\nRecords Desk\nrecords.example.org' % (law, what, r['reply_address']))


def quoted(n, style='gmail'):
    body = request_text(n)
    st = sent_stamp(n)
    if style == 'gmail':
        head = 'On %s Records Desk <%s> wrote:' % (human_date(st), plus(n))
        return head + '\n' + '\n'.join('> ' + l if l else '>' for l in wrap(body, 72).split('\n'))
    if style == 'outlook':
        t = dt.datetime.strptime(st, '%Y-%m-%d %H:%M')
        return ('________________________________\nFrom: Records Desk <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
                % (plus(n), t.strftime('%A, %B ') + str(t.day) + t.strftime(', %Y ') + t.strftime('%I:%M %p').lstrip('0'),
                   '{to}', req(n)['subject'], body))
    raise ValueError(style)


# ---------------------------------------------------------------- PDF with a text layer
def _pdf_esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(lines, title='Letter', width=92, per_page=54):
    """Minimal PDF 1.4, Helvetica, one text line per Tj. Lines starting with '*' are set in bold."""
    flat = []
    for l in lines:
        bold = l.startswith('*')
        l = l[1:] if bold else l
        assert l.isascii(), l
        chunks = textwrap.wrap(l, width, break_long_words=False, break_on_hyphens=False) or ['']
        flat += [('*' if bold else '') + c for c in chunks]
    pages = [flat[i:i + per_page] for i in range(0, len(flat), per_page)] or [[]]
    objs = ['<< /Type /Catalog /Pages 2 0 R >>', None,
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>']
    kids = []
    for pi, pg in enumerate(pages):
        ops = ['BT', '/F1 10 Tf', '13 TL', '60 740 Td']
        for l in pg:
            if l.startswith('*'):
                ops += ['/F2 10 Tf', '(%s) Tj T*' % _pdf_esc(l[1:]), '/F1 10 Tf']
            else:
                ops.append('(%s) Tj T*' % _pdf_esc(l))
        ops += ['ET', 'BT /F1 8 Tf 280 30 Td (Page %d of %d) Tj ET' % (pi + 1, len(pages))]
        stream = '\n'.join(ops)
        objs.append('<< /Length %d >>\nstream\n%s\nendstream' % (len(stream), stream))
        cnum = len(objs)
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % cnum)
        kids.append(len(objs))
    objs[1] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))
    objs.append('<< /Title (%s) /Producer (Correspondence Generator 4.2) >>' % _pdf_esc(title))
    info = len(objs)
    out, offs = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', []
    for i, o in enumerate(objs):
        offs.append(len(out.encode('latin-1')))
        out += '%d 0 obj\n%s\nendobj\n' % (i + 1, o)
    xref = len(out.encode('latin-1'))
    out += 'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    out += ''.join('%010d 00000 n \n' % o for o in offs)
    out += 'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info, xref)
    return out.encode('latin-1')


# ---------------------------------------------------------------- DOI FOIAXpress PAL notifications (one sender for all DOI bureaus)
PAL_FROM = 'DOI FOIA Public Access Link <foiapal-noreply@doi.gov>'


def pal_html(intro, rows, outro):
    trs = ''.join('<tr><td style="background:#eef2f6">%s</td><td>%s</td></tr>\n' % r for r in rows)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">\n'
            '<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c8c8c8">\n'
            '<tr><td style="background:#1b3b5a;color:#fff;padding:10px 14px;font-size:13pt">U.S. Department of the Interior '
            '&middot; FOIA Public Access Link</td></tr>\n<tr><td style="padding:14px">\n<p>Dear Records Desk,</p>\n'
            '<p>%s</p>\n<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:10pt">\n%s'
            '</table>\n<p>%s</p>\n<p style="font-size:8.5pt;color:#666">This is a system-generated message from an '
            'unmonitored mailbox. Replies to this address are not\nread. Questions about your request should be directed '
            'to the office processing it.</p>\n</td></tr></table>\n</body></html>\n' % (intro, trs, outro))


def pal_headers(fname, subject, stamp):
    return [('Return-Path', '<foiapal-noreply@doi.gov>'), ('From', PAL_FROM), ('To', INBOX), ('Subject', subject),
            ('Date', date(stamp, 'ET')), ('Message-ID', '<%s.%s@foiapal.doi.gov>' % (h(fname + 'a', 12), h(fname + 'b', 8))),
            ('X-Mailer', 'FOIAXpress PAL Notification Service'), ('Auto-Submitted', 'auto-generated')]


# ---------------------------------------------------------------- Utah Open Records Portal (one sender for every Utah entity)
UORP_FROM = 'Utah Open Records Portal <no-reply@openrecords.utah.gov>'


def uorp_headers(fname, subject, stamp):
    return [('From', UORP_FROM), ('To', INBOX), ('Subject', subject), ('Date', date(stamp)),
            ('Message-ID', '<%s@openrecords.utah.gov>' % h(fname, 24)), ('Auto-Submitted', 'auto-generated'),
            ('X-Entity-Ref-ID', h(fname + 'x', 20))]
