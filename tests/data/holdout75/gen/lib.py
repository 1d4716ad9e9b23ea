"""Shared helpers for the generator part files (part1.py .. part6.py)."""
import email.policy, email.utils, hashlib, textwrap
from email.message import EmailMessage
from pathlib import Path
import yaml

SET = Path(__file__).resolve().parent.parent
MSGS = SET / 'messages'
REQ = {r['id']: r for r in yaml.safe_load((SET / 'requests.yaml').read_text())['requests']}
INBOX = 'records@records.example.org'
DESK = 'Records Desk <records@records.example.org>'
FACTS = []


def plus(rid):
    return REQ[rid]['reply_address']


def mid(rid):
    return REQ[rid]['message_id']


def subj(rid):
    return REQ[rid]['subject']


def newid(seed, domain):
    return '<%s@%s>' % (hashlib.sha1(seed.encode()).hexdigest()[:28], domain)


def fact(file, request, kind, tracking=None, signals=('subject',), clock=None, adverse=False,
         estimated=None, why=''):
    f = {'file': file, 'request': request, 'kind': kind, 'tracking_number': tracking,
         'signals': list(signals)}
    if clock:
        f['clock'] = clock
    if adverse:
        f['adverse_determination'] = True
    if estimated:
        f['estimated'] = estimated
    f['why'] = why
    FACTS.append(f)


def quote_request(rid, when, body):
    """Outlook-style or Gmail-style quoted copy of our outgoing request."""
    lines = ['', '', 'On %s, Records Desk <%s> wrote:' % (when, plus(rid))]
    lines += ['> ' + l if l else '>' for l in body.strip('\n').split('\n')]
    return '\n'.join(lines) + '\n'


def request_text(rid, extra=''):
    r = REQ[rid]
    topic = r['subject'].split(': ', 1)[1]
    return ('To the records officer:\n\nUnder the applicable public records law, the Records Desk requests '
            'copies of the following records:\n\n%s.\n%s\nWe prefer electronic copies. Please contact us at '
            'this address with any questions.\n\nRecords Desk\nrecords.example.org\n' % (topic, extra))


def build(file, headers, text=None, html=None, attachments=(), charset='utf-8', cte=None):
    """headers: list of (name, value) in order. Body: text, html or both (multipart/alternative)."""
    m = EmailMessage(policy=email.policy.SMTP)
    for k, v in headers:
        m[k] = v
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'
    kw = {}
    if cte:
        kw['cte'] = cte
    if text is not None:
        m.set_content(text, charset=charset, **kw)
        if html is not None:
            m.add_alternative(html, subtype='html', charset=charset, **kw)
    elif html is not None:
        m.set_content(html, subtype='html', charset=charset, **kw)
    for name, data, ctype in attachments:
        maintype, subtype = ctype.split('/')
        if isinstance(data, str):
            m.add_attachment(data, subtype=subtype, filename=name)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    write(file, m.as_bytes(policy=email.policy.SMTP))


def write(file, data):
    if isinstance(data, str):
        data = data.replace('\r\n', '\n').encode('utf-8')
    else:
        data = data.replace(b'\r\n', b'\n')
    (MSGS / file).write_bytes(data)


def pdf(lines, title='Letter'):
    """Minimal one-or-more-page PDF with a real text layer (Helvetica, WinAnsi)."""
    pages, cur = [], []
    for l in lines:
        for w in (textwrap.wrap(l, 92) or ['']):
            cur.append(w)
            if len(cur) >= 52:
                pages.append(cur)
                cur = []
    if cur:
        pages.append(cur)
    objs = []
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    kids = ' '.join('%d 0 R' % (4 + 2 * i) for i in range(len(pages)))
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, len(pages))).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    for i, pl in enumerate(pages):
        ops = ['BT', '/F1 10 Tf', '13 TL', '54 740 Td']
        for l in pl:
            esc = l.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
            ops.append('(%s) Tj T*' % esc)
        ops.append('ET')
        stream = '\n'.join(ops).encode('cp1252', 'replace')
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> '
                     '/Contents %d 0 R >>' % (5 + 2 * i)).encode())
        objs.append(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
    info_n = len(objs) + 1
    objs.append(('<< /Title (%s) /Producer (records office) >>' % title).encode())
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % n + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info_n, x)
    return bytes(out)
