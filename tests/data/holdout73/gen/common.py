"""Shared helpers for the holdout73 message generators (part1..part6)."""
import datetime as dt, email.utils, email.policy, hashlib, textwrap, yaml
from email.message import EmailMessage
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
MSGDIR = SET / 'messages'
REQS = {r['id']: r for r in yaml.safe_load((SET / 'requests.yaml').read_text())['requests']}
DESK = 'FOIA Desk <foia@newsroom.example.org>'
FACTS = []


def when(y, m, d, hh=10, mi=0, ss=0):
    """RFC 5322 date in US Eastern time (EDT until 2026-11-01, EST after)."""
    t = dt.datetime(y, m, d, hh, mi, ss)
    off = -4 if dt.datetime(2026, 3, 8) <= t < dt.datetime(2026, 11, 1, 2) else -5
    return email.utils.format_datetime(t.replace(tzinfo=dt.timezone(dt.timedelta(hours=off))))


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return '<%s.%s@%s>' % (h[:16].upper(), h[16:24], domain)


def rmid(rid):
    return REQS[rid]['message_id']


def plus(rid):
    return REQS[rid]['reply_address']


def rsubj(rid):
    return REQS[rid]['subject']


def quote_request(rid, style='gmail'):
    r = REQS[rid]
    topic = r['subject'].split(': ', 1)[1]
    d = r['sent']
    body = ("To the FOIA Officer:\n\nUnder the Freedom of Information Act, 5 U.S.C. 552, I request copies of the "
            "following records: %s.\n\nI am a reporter for a news organization and request news-media fee status and a "
            "waiver of fees. Electronic records are preferred.\n\nThank you,\nRecords Desk\nfoia@newsroom.example.org" % topic)
    wrapped = '\n'.join(textwrap.fill(p, 76) if p else '' for p in body.split('\n'))
    if style == 'outlook':
        head = ("\n\n-----Original Message-----\nFrom: FOIA Desk <%s>\nSent: %s\nTo: FOIA Office\nSubject: %s\n\n"
                % (r['reply_address'], d.strftime('%A, %B %-d, %Y 9:12 AM'), r['subject']))
        return head + wrapped + '\n'
    head = '\n\nOn %s at 9:12 AM FOIA Desk <%s> wrote:\n' % (d.strftime('%a, %b %-d, %Y'), r['reply_address'])
    return head + '\n'.join('> ' + l if l else '>' for l in wrapped.split('\n')) + '\n'


def pdf(lines, title='Letter'):
    """Minimal uncompressed PDF (Helvetica, text layer) from a list of lines; wraps long lines."""
    out = []
    for l in lines:
        out += textwrap.wrap(l, 92) or ['']
    pages = [out[i:i + 58] for i in range(0, len(out), 58)] or [[]]
    esc = lambda s: s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    objs = []
    kids = []
    n_pages = len(pages)
    # object numbering: 1 catalog, 2 pages, 3 font, 4 info, then per page: page, contents
    for i, pg in enumerate(pages):
        pnum, cnum = 5 + 2 * i, 6 + 2 * i
        kids.append('%d 0 R' % pnum)
        stream = 'BT\n/F1 10 Tf\n13 TL\n54 750 Td\n' + ''.join('(%s) Tj T*\n' % esc(l) for l in pg) + 'ET\n'
        objs.append((pnum, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cnum))
        objs.append((cnum, '<< /Length %d >>\nstream\n%sendstream' % (len(stream.encode('latin-1')), stream)))
    objs = [(1, '<< /Type /Catalog /Pages 2 0 R >>'),
            (2, '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join(kids), n_pages)),
            (3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
            (4, '<< /Title (%s) /Producer (Correspondence Module) >>' % esc(title))] + objs
    objs.sort()
    buf = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for num, body in objs:
        offs.append(len(buf))
        buf += ('%d 0 obj\n%s\nendobj\n' % (num, body)).encode('latin-1')
    xref = len(buf)
    buf += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    for o in offs:
        buf += ('%010d 00000 n \n' % o).encode()
    buf += ('trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)).encode()
    return buf


def quote_name(v):
    import re
    m = re.match(r'^([^"<]+?) <([^>]+)>$', v)
    if m and re.search(r'[,.()@]', m.group(1)):
        return '"%s" <%s>' % (m.group(1), m.group(2))
    return v


def make(fname, headers, text=None, html=None, attachments=(), facts=None):
    """headers: list of (name, value). attachments: list of (filename, mime, bytes)."""
    msg = EmailMessage(policy=email.policy.default)
    for k, v in headers:
        if k in ('From', 'To', 'Cc', 'Reply-To'):
            v = quote_name(v)
        msg[k] = v
    if text is not None and html is not None:
        msg.set_content(text)
        msg.add_alternative(html, subtype='html')
    elif html is not None:
        msg.set_content(html, subtype='html')
    else:
        msg.set_content(text or '')
    for name, mime, data in attachments:
        if not msg.is_multipart() or msg.get_content_type() != 'multipart/mixed':
            msg.make_mixed()
        maintype, subtype = mime.split('/')
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    write_raw(fname, msg.as_bytes(policy=email.policy.default), facts)


def write_raw(fname, data, facts):
    if isinstance(data, str):
        data = data.encode('utf-8')
    (MSGDIR / fname).write_bytes(data)
    f = {'file': fname}
    f.update(facts)
    FACTS.append(f)


def dump_facts(part):
    (SET / 'facts.d' / ('%s.yaml' % part)).write_text(
        yaml.safe_dump(FACTS, sort_keys=False, allow_unicode=True, width=1000))
    print(part, len(FACTS), 'messages')


OGIS = ("You may contact the Office of Government Information Services (OGIS) at the National Archives and Records "
        "Administration to inquire about the FOIA mediation services they offer. OGIS, Room 2510, 8601 Adelphi Road, "
        "College Park, Maryland 20740-6001; e-mail ogis@nara.gov; telephone 202-741-5770; toll free 1-877-684-6448.")
