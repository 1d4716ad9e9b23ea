"""Shared helpers for the part generators (gen_part*.py). build_all.py collects every part's MSGS,
orders them by Date, names the files NNN-slug.eml and writes messages/, facts.yaml and NOTES.md."""
import datetime as dt, email.utils, hashlib, zlib
from email.message import EmailMessage
from email.policy import SMTP
import yaml
from pathlib import Path

HERE = Path(__file__).resolve().parent
REQ = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
INBOX = 'records@records.example.org'
DESK = 'Records Desk <records@records.example.org>'


def plus(rid):
    return REQ[rid]['reply_address']


def rmid(rid):
    return REQ[rid]['message_id']


def when(s):
    """'2026-09-08 16:52 -0400' -> aware datetime"""
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M %z')


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return '<%s@%s>' % (h[:24], domain)


def outlook_mid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    box = 'SA1PR09MB' + h[:4]
    return '<%s%s@%s.namprd09.prod.outlook.com>' % (box, h[4:20], box)


def new(frm, to, subject, date, msgid, cc=None, in_reply_to=None, references=None, extra=()):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = email.utils.format_datetime(when(date))
    m['Message-ID'] = msgid
    if in_reply_to:
        m['In-Reply-To'] = in_reply_to
    if references:
        m['References'] = references
    for k, v in extra:
        m[k] = v
    return m


def outlook_headers(seed, topic):
    h = hashlib.sha1(('ti' + seed).encode()).hexdigest()
    return [('Thread-Topic', topic), ('Thread-Index', 'AdsY' + h[:24] + '=='),
            ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
            ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
            ('X-MS-Exchange-CrossTenant-id', '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32]))]


def group_headers(orig_sender):
    return [('List-Id', '<records.records.example.org>'),
            ('X-Original-Sender', orig_sender),
            ('X-Original-From', orig_sender),
            ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
            ('Precedence', 'list'),
            ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>')]


def quote(text, who, when_str):
    lines = ['', 'On %s, %s wrote:' % (when_str, who)] + ['> ' + l if l else '>' for l in text.split('\n')]
    return '\n'.join(lines)


def outlook_quote(frm, sent, to, subject, text):
    return '\n'.join(['', '', '________________________________',
                      'From: %s' % frm, 'Sent: %s' % sent, 'To: %s' % to, 'Subject: %s' % subject, '', text])


def _pdf_escape(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(lines, title='Letter', compress=False):
    """Minimal one-or-more-page PDF with a real text layer (Helvetica 10pt, 60 lines per page)."""
    pages = [lines[i:i + 60] for i in range(0, max(len(lines), 1), 60)] or [[]]
    objs = []  # (num, bytes)
    n_pages = len(pages)
    font_num = 3 + 2 * n_pages
    info_num = font_num + 1
    kids = ' '.join('%d 0 R' % (3 + 2 * i) for i in range(n_pages))
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, n_pages)).encode())
    for i, pl in enumerate(pages):
        content = 'BT\n/F1 10 Tf\n12 TL\n56 750 Td\n' + ''.join('(%s) Tj T*\n' % _pdf_escape(l) for l in pl) + 'ET\n'
        data = content.encode('latin-1')
        if compress:
            data = zlib.compress(data)
            stream = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream'
        else:
            stream = b'<< /Length %d >>\nstream\n' % len(data) + data + b'endstream'
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> '
                     '/Contents %d 0 R >>' % (font_num, 4 + 2 * i)).encode())
        objs.append(stream)
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append(('<< /Title (%s) /Producer (Correspondence Module) >>' % _pdf_escape(title)).encode())
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info_num, xref)
    return bytes(out)


def attach_pdf(m, lines, filename, title='Letter'):
    m.add_attachment(pdf(lines, title), maintype='application', subtype='pdf', filename=filename)


def as_bytes(m):
    if isinstance(m, (bytes, str)):
        b = m.encode('utf-8') if isinstance(m, str) else m
        return b.replace(b'\r\n', b'\n')
    return m.as_bytes(policy=SMTP).replace(b'\r\n', b'\n')


def entry(slug, date, request, kind, why, note, msg, tracking=None, clock=None, adverse=False, estimated=None,
          signals=()):
    return dict(slug=slug, date=when(date), request=request, kind=kind, tracking_number=tracking, clock=clock,
                adverse_determination=adverse, estimated=estimated, why=why, note=note, msg=msg,
                signals=list(signals))
