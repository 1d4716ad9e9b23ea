"""Shared helpers for the build_partN.py scripts of this set.

Each part builds ~10 messages: it writes messages/NNN-....eml and a facts fragment
parts/facts_partN.yaml + parts/notes_partN.md.  build_finish.py merges the fragments into
facts.yaml and NOTES.md.  Everything is written under this folder only.
"""
import datetime as dt
import email.policy
import email.utils
import hashlib
import textwrap
from email.message import EmailMessage
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
MSGS = HERE / 'messages'
PARTS = HERE / 'parts'
ORG = 'pacificledger.example.org'
INBOX = 'records@' + ORG
POLICY = email.policy.default.clone(linesep='\n', max_line_length=78)

# shared portal senders (listed by no agency)
GOVQA = 'PublicRecordsCenter@mycusthelp.net'
NEXTREQ = 'messages@nextrequest.com'


def plus(n):
    return 'records+req-%03d@%s' % (n, ORG)


def req_mid(n, sent):
    return '<req-%03d.%s.1@%s>' % (n, sent.replace('-', ''), ORG)


REQ_SENT = {1: '2026-09-08', 2: '2026-09-15', 3: '2026-09-09', 4: '2026-09-10', 5: '2026-09-08',
            6: '2026-09-22', 7: '2026-09-14', 8: '2026-09-09', 9: '2026-09-21', 10: '2026-09-16',
            11: '2026-09-10', 12: '2026-09-17', 13: '2026-09-11', 14: '2026-10-05', 15: '2026-10-01',
            16: '2026-09-28'}


def rmid(n):
    """Message-ID of our outgoing request n"""
    return req_mid(n, REQ_SENT[n])


def date_hdr(y, mo, d, h, mi, s=0, tz=None):
    """RFC 5322 date in Pacific time (PDT until 2026-11-01 02:00, PST after) unless tz (minutes) given"""
    if tz is None:
        tz = -420 if dt.datetime(y, mo, d, h, mi) < dt.datetime(2026, 11, 1, 2, 0) else -480
    t = dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(minutes=tz)))
    return email.utils.format_datetime(t)


def utc_of(y, mo, d, h, mi, s=0):
    """same instant as the Pacific local time, written in +0000 (as Exchange Online often does)"""
    tz = -420 if dt.datetime(y, mo, d, h, mi) < dt.datetime(2026, 11, 1, 2, 0) else -480
    t = dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(minutes=tz)))
    return email.utils.format_datetime(t.astimezone(dt.timezone.utc))


def hexid(seed, n=32):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def new_msg(headers):
    """headers: list of (name, value) in the order they should appear"""
    m = EmailMessage(policy=POLICY)
    for k, v in headers:
        m[k] = v
    return m


def set_text(m, text, charset='utf-8', cte=None):
    kw = {'charset': charset}
    if cte:
        kw['cte'] = cte
    m.set_content(text, **kw)


def set_alt(m, text, html, charset='utf-8', cte=None):
    kw = {'charset': charset}
    if cte:
        kw['cte'] = cte
    m.set_content(text, **kw)
    m.add_alternative(html, subtype='html', **kw)


def set_html(m, html, charset='utf-8', cte=None):
    kw = {'charset': charset}
    if cte:
        kw['cte'] = cte
    m.set_content(html, subtype='html', **kw)


def attach_pdf(m, pdf_bytes, filename):
    m.add_attachment(pdf_bytes, maintype='application', subtype='pdf', filename=filename)


def wrap(text, width=72):
    """wrap single-line paragraphs (separated by blank lines); multi-line paragraphs are kept as written"""
    out = []
    for para in text.strip('\n').split('\n\n'):
        if '\n' in para or para.startswith((' ', '>')):
            out.append(para)
        else:
            out.append('\n'.join(textwrap.wrap(para, width, break_on_hyphens=False, break_long_words=False)))
    return '\n\n'.join(out) + '\n'


# ---------------------------------------------------------------- minimal PDF with a text layer
def _pdf_esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def make_pdf(text, width=88, title='Letter'):
    """one or more Letter pages of Helvetica 10pt text; paragraphs are wrapped at `width` chars"""
    lines = []
    for raw in text.strip('\n').split('\n'):
        if len(raw) > width:
            lines.extend(textwrap.wrap(raw, width, break_on_hyphens=False, break_long_words=False))
        else:
            lines.append(raw)
    pages = [lines[i:i + 58] for i in range(0, len(lines), 58)] or [[]]
    objs = []  # index 0 -> object 1
    n_pages = len(pages)
    font_obj = 3 + 2 * n_pages
    info_obj = font_obj + 1
    objs.append('<< /Type /Catalog /Pages 2 0 R >>')
    kids = ' '.join('%d 0 R' % (3 + 2 * i) for i in range(n_pages))
    objs.append('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, n_pages))
    for i, pg in enumerate(pages):
        stream = 'BT\n/F1 10 Tf\n12.5 TL\n60 740 Td\n' + ''.join('(%s) Tj T*\n' % _pdf_esc(l) for l in pg) + 'ET\n'
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> '
                    '/Contents %d 0 R >>' % (font_obj, 4 + 2 * i))
        objs.append('<< /Length %d >>\nstream\n%sendstream' % (len(stream.encode('latin-1')), stream))
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append('<< /Title (%s) /Producer (Records Letter Generator 4.2) >>' % _pdf_esc(title))
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i + 1, o)).encode('latin-1')
    xref = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    for off in offsets:
        out += ('%010d 00000 n \n' % off).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, info_obj, xref)).encode()
    return bytes(out)


# ---------------------------------------------------------------- output
def write_msg(fname, m):
    MSGS.mkdir(parents=True, exist_ok=True)
    data = m if isinstance(m, (bytes, str)) else m.as_bytes(policy=POLICY)
    if isinstance(data, str):
        data = data.encode('utf-8')
    (MSGS / fname).write_bytes(data)


def write_part(n, facts, notes):
    """facts: list of dicts (file, request, kind, tracking_number, clock?, adverse_determination?, estimated?,
    signals, why); notes: list of 'file: line' strings"""
    PARTS.mkdir(parents=True, exist_ok=True)
    (PARTS / ('facts_part%d.yaml' % n)).write_text(
        yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
    (PARTS / ('notes_part%d.md' % n)).write_text(''.join('- `%s` %s\n' % (f, t) for f, t in notes))
    print('part %d: %d messages' % (n, len(facts)))


def fact(file, request, kind, tracking, why, signals, clock=None, adverse=False, estimated=None):
    f = {'file': file, 'request': request, 'kind': kind, 'tracking_number': tracking}
    if clock:
        f['clock'] = clock
    if adverse:
        f['adverse_determination'] = True
    if estimated:
        f['estimated'] = dt.date.fromisoformat(estimated)
    f['signals'] = signals
    f['why'] = why
    return f


def rid(n):
    return 'REQ-%03d' % n


def esc(s):
    import html as _h
    return _h.escape(s, quote=False)
