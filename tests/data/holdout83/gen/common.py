"""Shared helpers for the part generators (gen/part*.py). Written for this set only."""
import datetime as dt, textwrap, hashlib
from pathlib import Path
from email.message import EmailMessage
from email import policy
import yaml

SET = Path(__file__).resolve().parent.parent
MSGDIR = SET / 'messages'
REQS = {r['id']: r for r in yaml.safe_load((SET / 'requests.yaml').read_text())['requests']}
INBOX = 'records@records.example.org'
FACTS = []
DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def D(stamp, tz):
    """'2026-09-08 15:12' + '-0400' -> RFC 5322 date string"""
    d = dt.datetime.strptime(stamp, '%Y-%m-%d %H:%M')
    return '%s, %02d %s %d %02d:%02d:%02d %s' % (DOW[d.weekday()], d.day, MON[d.month - 1], d.year,
                                                 d.hour, d.minute, (d.day * 7) % 60, tz)


def mid(seed, domain):
    return '<%s@%s>' % (hashlib.sha1(seed.encode()).hexdigest()[:24], domain)


def plus(rid):
    return REQS[rid]['reply_address']


def rmid(rid):
    return REQS[rid]['message_id']


def rsubj(rid):
    return REQS[rid]['subject']


def quote(rid, when, who='Records Desk <%s>' % INBOX, body=None):
    """a quoted copy of our request, as mail clients put it under a reply"""
    body = body or ('To whom it may concern:\n\nUnder the applicable public records law, the Records Desk '
                    'requests copies of the following records:\n\n' + rsubj(rid).split(': ', 1)[1] +
                    '\n\nWe prefer electronic copies. Please contact us with any questions.\n\nRecords Desk\n'
                    'records.example.org')
    return '\n\n' + 'On %s, %s wrote:\n' % (when, who) + '\n'.join('> ' + l if l else '>' for l in body.split('\n'))


def pdf(lines, title='Letter'):
    """Minimal hand-written PDF (Helvetica text layer), ~52 lines per page."""
    wrapped = []
    for l in lines:
        wrapped += textwrap.wrap(l, 92) or ['']
    pages = [wrapped[i:i + 52] for i in range(0, len(wrapped), 52)] or [[]]
    objs = []
    def esc(s):
        s = s.encode('latin-1', 'replace').decode('latin-1')
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    n_pages = len(pages)
    # object numbers: 1 catalog, 2 pages, 3 font, 4 info, then (page, content) pairs
    kids = ' '.join('%d 0 R' % (5 + 2 * i) for i in range(n_pages))
    objs.append('<< /Type /Catalog /Pages 2 0 R >>')
    objs.append('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, n_pages))
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append('<< /Title (%s) /Producer (records office scanner) >>' % esc(title))
    for i, pg in enumerate(pages):
        stream = 'BT /F1 10 Tf 13 TL 54 750 Td\n' + '\n'.join('(%s) Tj T*' % esc(l) for l in pg) + '\nET'
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> '
                    '/Contents %d 0 R >>' % (6 + 2 * i))
        objs.append('<< /Length %d >>\nstream\n%s\nendstream' % (len(stream.encode('latin-1')), stream))
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i, o)).encode('latin-1')
    x = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    for o in offs:
        out += ('%010d 00000 n \n' % o).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)).encode()
    return out


def build(headers, text=None, html=None, attachments=(), cte=None):
    """headers: list of (name, value). text/html bodies; attachments: (filename, mimetype, bytes)."""
    m = EmailMessage(policy=policy.default)
    for k, v in headers:
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        m.add_alternative(html, subtype='html')
    elif html is not None:
        m.set_content(html, subtype='html', cte=cte or 'quoted-printable')
    else:
        m.set_content(text or '', cte=cte) if cte else m.set_content(text or '')
    for fn, mt, data in attachments:
        maintype, subtype = mt.split('/')
        if maintype == 'text':
            m.add_attachment(data.decode('utf-8'), subtype=subtype, filename=fn)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'
    return m


def save(fname, msg, **fact):
    path = MSGDIR / fname
    if isinstance(msg, str):
        path.write_bytes(msg.encode('utf-8'))
    else:
        path.write_bytes(msg.as_bytes(policy=policy.default))
    f = {'file': fname, 'request': fact.pop('request'), 'kind': fact.pop('kind'),
         'tracking_number': fact.pop('tracking', None)}
    for k in ('clock', 'adverse_determination', 'estimated'):
        if fact.get(k) is not None:
            f[k] = fact.pop(k)
        else:
            fact.pop(k, None)
    f['signals'] = fact.pop('signals')
    f['why'] = fact.pop('why')
    assert not fact, fact
    FACTS.append(f)


def std(frm, subject, date, msgid, to=INBOX, reply_to=None, extra=()):
    h = [('From', frm), ('To', to), ('Subject', subject), ('Date', date), ('Message-ID', msgid)]
    if reply_to:
        h += [('In-Reply-To', reply_to), ('References', reply_to)]
    return h + list(extra)


def outlook(seed):
    """Microsoft 365 / Exchange style headers"""
    hx = hashlib.md5(seed.encode()).hexdigest()
    return [('Thread-Topic', seed[:60]), ('Thread-Index', 'AQH' + hx[:20] + '=='),
            ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Exchange-CrossTenant-Id', '%s-%s-%s-%s-%s' % (hx[:8], hx[8:12], hx[12:16], hx[16:20], hx[20:32])),
            ('Content-Language', 'en-US')]
