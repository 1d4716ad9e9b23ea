"""Shared helpers for the message generator parts (gen/part*.py)."""
import hashlib, datetime as dt
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent.parent / 'messages'
OUT.mkdir(exist_ok=True)
TZ = {'ET': 'America/New_York', 'CT': 'America/Chicago', 'MT': 'America/Denver', 'UTC': 'UTC'}
POL = policy.default.clone(linesep='\n', max_line_length=78)


def date(s, tz='ET'):
    """'2026-09-08 10:20' in a US zone -> RFC 5322 Date string"""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=ZoneInfo(TZ[tz]))
    return format_datetime(d)


def mid(seed, domain, style='plain'):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == 'outlook':
        return '<%s%s@%s.namprd%s.prod.outlook.com>' % (h[:4].upper() + 'PR0', h[4:22].upper(), h[22:26].upper() + 'PR05MB' + h[26:30].upper(), h[30:32])
    if style == 'google':
        return '<CA+%s%s@mail.gmail.com>' % (h[:20], h[20:36].upper())
    return '<%s.%s@%s>' % (h[:16], h[16:28], domain)


def req_mid(n, d, k=1):
    return '<req-%03d.%s.%d@records.example.org>' % (n, d.replace('-', ''), k)


def pdf(lines, title='Letter'):
    """Minimal one- or two-page PDF with a real text layer (Helvetica, WinAnsi, ASCII text)."""
    def esc(t):
        return t.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    pages, cur = [], []
    for ln in lines:
        cur.append(ln)
        if len(cur) == 58:
            pages.append(cur); cur = []
    if cur or not pages:
        pages.append(cur)
    objs = []  # index 0 -> obj 1
    npages = len(pages)
    page_ids = [3 + 2 * i for i in range(npages)]
    font_id = 3 + 2 * npages
    info_id = font_id + 1
    objs.append('<< /Type /Catalog /Pages 2 0 R >>')
    objs.append('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % p for p in page_ids), npages))
    for i, pg in enumerate(pages):
        stream = 'BT\n/F1 10 Tf\n12 TL\n56 740 Td\n' + ''.join('(%s) Tj T*\n' % esc(l) for l in pg) + 'ET\n'
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>' % (font_id, page_ids[i] + 1))
        objs.append('<< /Length %d >>\nstream\n%sendstream' % (len(stream.encode('latin-1')), stream))
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append('<< /Title (%s) /Producer (Records Letter Generator 2.1) >>' % esc(title))
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i + 1, o)).encode('latin-1')
    xref = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    for o in offs:
        out += ('%010d 00000 n \n' % o).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info_id, xref)).encode()
    return out


def build(fn, headers, text=None, html=None, attachments=(), charset='utf-8', cte=None):
    msg = EmailMessage(policy=POL)
    for k, v in headers:
        msg[k] = v
    if text is not None and html is not None:
        msg.set_content(text, charset=charset, cte=cte) if cte else msg.set_content(text, charset=charset)
        msg.add_alternative(html, subtype='html')
    elif html is not None:
        msg.set_content(html, subtype='html', charset=charset)
    else:
        msg.set_content(text, charset=charset, cte=cte) if cte else msg.set_content(text, charset=charset)
    for name, ctype, data in attachments:
        maintype, subtype = ctype.split('/')
        if maintype == 'text':
            msg.add_attachment(data if isinstance(data, str) else data.decode(), subtype=subtype, filename=name)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    (OUT / fn).write_bytes(msg.as_bytes(policy=POL))


def raw(fn, text):
    (OUT / fn).write_bytes(text.lstrip('\n').encode('utf-8'))


def quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.strip('\n').split('\n'))


GROUP = [('List-Id', '"Records Desk" <records.records.example.org>'),
         ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
         ('Precedence', 'list'),
         ('List-Help', '<https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, <mailto:records+help@records.example.org>')]
