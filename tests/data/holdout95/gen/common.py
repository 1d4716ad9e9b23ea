"""Shared helpers for the holdout95 message generators (part1.py .. part6.py)."""
import base64, datetime as dt, textwrap, quopri
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email import message_from_bytes
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
OUT = HERE / 'messages'
ORG = 'records.example.org'
INBOX = 'records@records.example.org'

REQ = {  # id: (sent date, subject)
    'REQ-001': ('2026-09-02', 'FOIA Request: NEH peer review records for FY2026 Public Humanities Projects applications'),
    'REQ-002': ('2026-09-03', 'FOIA Request: NEA Grants for Arts Projects dance panel records, FY2026'),
    'REQ-003': ('2026-09-08', 'FOIA Request: NEH grant termination notices and termination lists, April-May 2025'),
    'REQ-004': ('2026-09-09', 'FOIA Request: IMLS Grants to States termination and reinstatement correspondence, 2025-2026'),
    'REQ-005': ('2026-09-10', 'FOIA Request: AmeriCorps State and National grant terminations, April 2025 - list and notices'),
    'REQ-006': ('2026-09-14', 'FOIA Request: NEA records on grant applicant certification requirements in FY2027 guidelines'),
    'REQ-007': ('2026-09-15', 'FOIA Request: ARC POWER grant file, Big Sandy Workforce Alliance (Kentucky)'),
    'REQ-008': ('2026-09-16', 'FOIA Request: Delta Regional Authority SEDAP grant files, Mississippi projects 2024-2025'),
    'REQ-009': ('2026-09-21', 'FOIA Request: IMLS reduction-in-force notices and administrative leave records, 2025'),
    'REQ-010': ('2026-09-22', 'FOIA Request: Denali Commission bulk fuel tank farm grants, Yukon-Kuskokwim villages 2019-2025'),
    'REQ-011': ('2026-09-24', 'FOIA Request: FEC communications with the White House about Commissioner removals, 2025'),
    'REQ-012': ('2026-10-01', 'FOIA Request: AmeriCorps NCCC Southern Region campus (Vicksburg) closure records'),
    'REQ-013': ('2026-10-06', 'FOIA Request: FEC records of OMB/OIRA review of FEC rulemakings, 2025-2026'),
    'REQ-014': ('2026-10-13', 'FOIA Request: NEH National Garden of American Heroes statue grant program records'),
}


def req_msgid(rid):
    return '<%s.%s.1@%s>' % (rid.lower(), REQ[rid][0].replace('-', ''), ORG)


def plus(rid):
    return 'records+%s@%s' % (rid.lower(), ORG)


def subj(rid):
    return REQ[rid][1]


def date(s, tz='-0400'):
    """'2026-09-09 10:14' -> RFC 5322 date string."""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    return d.strftime('%a, %d %b %Y %H:%M:%S ') + tz


def our_request_text(rid, body):
    """Text of our outgoing request, for quoting."""
    return ('Dear FOIA Officer:\n\nUnder the Freedom of Information Act, 5 U.S.C. 552, I request ' + body +
            '\n\nWe are members of the news media and ask to be placed in that fee category. We agree to pay '
            'fees up to $50; please contact us before incurring more. We prefer electronic records.\n\n'
            'Thank you,\nRecords Desk\nrecords@records.example.org')


def quote(text, who, when):
    lines = ['On %s, %s wrote:' % (when, who)]
    lines += ['> ' + l if l else '>' for l in text.split('\n')]
    return '\n'.join(lines)


def _pdf_escape(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(text, title='Letter'):
    """Minimal multi-page PDF (Helvetica 10pt) with a real text layer."""
    lines = []
    for para in text.split('\n'):
        lines += textwrap.wrap(para, 112) or ['']
    pages = [lines[i:i + 58] for i in range(0, len(lines), 58)] or [['']]
    objs = []  # index i -> object number i+1
    objs.append('<< /Type /Catalog /Pages 2 0 R >>')
    kids = ' '.join('%d 0 R' % (4 + 2 * i) for i in range(len(pages)))
    objs.append('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, len(pages)))
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    for i, pg in enumerate(pages):
        stream = 'BT\n/F1 9 Tf\n11.5 TL\n60 745 Td\n' + ''.join('(%s) Tj T*\n' % _pdf_escape(l) for l in pg) + 'ET'
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (5 + 2 * i))
        objs.append('<< /Length %d >>\nstream\n%s\nendstream' % (len(stream.encode('latin-1')), stream))
    objs.append('<< /Title (%s) /Producer (Acrobat PDFMaker 24 for Word) >>' % _pdf_escape(title))
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (n, o)).encode('latin-1')
    x = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    out += b''.join(b'%010d 00000 n \n' % o for o in offs)
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, len(objs), x)).encode()
    return out


def _text(s, sub='plain', cs='utf-8', cte=None):
    p = MIMEText(s, sub, cs)
    if cte == 'qp':
        del p['Content-Transfer-Encoding']
        p.set_payload(quopri.encodestring(s.encode(cs)).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'quoted-printable'
    elif cte == '7bit' or cte == '8bit':
        del p['Content-Transfer-Encoding']
        p.set_payload(s.encode(cs).decode('ascii', 'replace') if cte == '7bit' else s)
        p['Content-Transfer-Encoding'] = cte
    return p


def build(headers, text=None, html=None, attachments=(), cs='utf-8', cte='qp', boundary=None):
    """headers: list of (name, value) in order. text/html bodies; attachments: (filename, mimetype, bytes)."""
    if text is not None and html is not None:
        body = MIMEMultipart('alternative', boundary=(boundary + '_alt') if boundary else None)
        body.attach(_text(text, 'plain', cs, cte))
        body.attach(_text(html, 'html', cs, cte))
    elif html is not None:
        body = _text(html, 'html', cs, cte)
    else:
        body = _text(text or '', 'plain', cs, cte)
    if attachments:
        msg = MIMEMultipart('mixed', boundary=boundary)
        msg.attach(body)
        for fn, mt, data in attachments:
            if isinstance(data, MIMEMessage) or mt == 'message/rfc822':
                msg.attach(data)
                continue
            maj, mn = mt.split('/')
            if maj == 'text':
                a = MIMEText(data.decode('utf-8') if isinstance(data, bytes) else data, mn, 'utf-8')
            else:
                a = MIMEApplication(data, mn, name=fn)
            a.add_header('Content-Disposition', 'attachment', filename=fn)
            msg.attach(a)
    else:
        msg = body
    # headers first, in the given order
    ct = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in headers:
        msg[k] = v
    msg['MIME-Version'] = '1.0'
    for k, v in ct:
        if k.lower() != 'mime-version':
            msg[k] = v
    return msg.as_bytes()


def write(fname, data):
    OUT.mkdir(exist_ok=True)
    (OUT / fname).write_bytes(data if isinstance(data, bytes) else data.encode())


def ms_headers(topic, idx='AQHc'):
    """Microsoft 365 / Outlook headers."""
    return [('Thread-Topic', topic), ('Thread-Index', idx + 'kF3xQm9s0YpTqE6Wb1nDz2v8aLw=='),
            ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
            ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
            ('X-MS-Exchange-Organization-SCL', '-1'),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-Originating-IP', '[10.20.4.17]')]


def via_group(name, addr):
    """Google Group collaborative inbox rewrite: returns (From value, extra headers)."""
    frm = '"%s via Records Desk" <%s>' % (name, INBOX)
    extra = [('Reply-To', '%s <%s>' % (name, addr)), ('X-Original-From', '%s <%s>' % (name, addr)),
             ('X-Original-Sender', addr), ('Precedence', 'list'),
             ('Mailing-list', 'list %s; contact records+owners@%s' % (INBOX, ORG)),
             ('List-ID', '<records.%s>' % ORG), ('X-Spam-Checked-In-Group', INBOX),
             ('X-Google-Group-Id', '418830275511'),
             ('List-Archive', '<https://groups.google.com/a/%s/group/records/>' % ORG),
             ('List-Help', '<https://support.google.com/a/%s/bin/topic.py?topic=25838>, <mailto:records+help@%s>' % (ORG, ORG))]
    return frm, extra

MESSAGES = []  # filled by parts: dict(file, facts..., note)


def add(file, data, request, kind, why, note, tracking=None, clock=None, adverse=False, estimated=None, signals=()):
    write(file, data)
    f = {'file': file, 'request': request, 'kind': kind, 'tracking_number': tracking}
    if clock:
        f['clock'] = clock
    if adverse:
        f['adverse_determination'] = True
    if estimated:
        f['estimated'] = dt.date.fromisoformat(estimated)
    f['signals'] = list(signals) or ['none']
    f['why'] = why
    f['note'] = note
    MESSAGES.append(f)


def dsn(headers, human, status, original, boundary, orig_type='message/rfc822'):
    """Raw multipart/report DSN (built by hand: the email package cannot flatten delivery-status strings)."""
    h = ''.join('%s: %s\n' % (k, v) for k, v in headers)
    return (h + 'MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n'
            '\tboundary="%s"\n\nThis is a MIME-encapsulated message.\n\n--%s\n'
            'Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n%s\n'
            '--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n%s\n'
            '--%s\nContent-Description: Undelivered Message\nContent-Type: %s\n\n%s\n--%s--\n'
            % (boundary, boundary, human, boundary, status, boundary, orig_type, original, boundary)).encode()
