"""Small helpers used by build_messages.py to write realistic .eml files and tiny text-layer PDFs.

Nothing here decides a label: labels come from facts.yaml via compute_labels.py.
"""
import base64, hashlib, random, textwrap, uuid
import datetime as dt
from email import charset as _cs
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

ORG = 'ledgercollab.example.org'
INBOX = 'records@' + ORG


def plus(n):
    return 'records+req-%03d@%s' % (n, ORG)


def req_mid(n, sent):
    return '<req-%03d.%s.1@%s>' % (n, sent.replace('-', ''), ORG)


# ---------------------------------------------------------------- dates and ids
def D(stamp, tz):
    """'2026-09-08 14:02:11', '-0400' -> RFC 5322 date string"""
    d = dt.datetime.strptime(stamp, '%Y-%m-%d %H:%M:%S')
    return d.strftime('%a, %d %b %Y %H:%M:%S ') + tz


class Ids:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def hex(self, n):
        return ''.join(self.r.choice('0123456789abcdef') for _ in range(n))

    def HEX(self, n):
        return self.hex(n).upper()

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def outlook(self, tenant='namprd09'):
        dd = tenant[-2:]
        host = self.r.choice(['SA1PR%sMB', 'BN0PR%sMB', 'PH0PR%sMB', 'DM8PR%sMB', 'CY1PR%sMB']) % dd + str(self.r.randint(1000, 9999))
        return '<%s%s@%s.%s.prod.outlook.com>' % (host, self.HEX(28), host, tenant)

    def gmail(self):
        alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'
        return '<CA%s@mail.gmail.com>' % ''.join(self.r.choice(alphabet) for _ in range(44))

    def ses(self):
        return '<0100019%s-%s-000000@email.amazonses.com>' % (self.hex(9), self.uuid())

    def thread_index(self):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(22))).decode()


# ---------------------------------------------------------------- MIME parts
def _charset(name, enc):
    c = _cs.Charset(name)
    c.body_encoding = {'qp': _cs.QP, 'b64': _cs.BASE64}[enc]
    return c


def text(body, subtype='plain', charset='utf-8', enc='qp'):
    if enc == '7bit':
        body.encode('ascii')
        return MIMEText(body, subtype, 'us-ascii')
    return MIMEText(body, subtype, _charset(charset, enc))


def alternative(plain, html, boundary=None, charset='utf-8', enc='qp'):
    m = MIMEMultipart('alternative', boundary=boundary)
    m.attach(text(plain, 'plain', charset, enc))
    m.attach(text(html, 'html', charset, enc))
    return m


_br = random.Random(4242)


def mixed(parts, boundary=None, style='gmail'):
    if boundary is None:
        h = ''.join(_br.choice('0123456789abcdef') for _ in range(16))
        boundary = {'gmail': '000000000000' + h, 'java': '----=_Part_%d_%d.%d' % (_br.randint(10000, 99999), _br.randint(10 ** 8, 10 ** 9), _br.randint(10 ** 12, 10 ** 13)),
                    'outlook': '_004_' + h.upper() * 2 + '_'}[style]
    m = MIMEMultipart('mixed', boundary=boundary)
    for p in parts:
        m.attach(p)
    return m


def attachment(data, filename, maintype='application', subtype='pdf'):
    if maintype == 'application':
        p = MIMEApplication(data, subtype)
    else:
        p = MIMEText(data.decode('utf-8'), subtype, _charset('utf-8', 'b64'))
    p.add_header('Content-Disposition', 'attachment', filename=filename)
    p.set_param('name', filename)
    return p


HEAD_ORDER = ['Return-Path', 'Received', 'From', 'Sender', 'Reply-To', 'To', 'Cc', 'Subject', 'Thread-Topic', 'Thread-Index',
              'Date', 'Message-ID', 'In-Reply-To', 'References']


def finish(root, headers):
    """put our headers first (in the given order), MIME headers after; return bytes with LF line ends"""
    mime = [(k, v) for k, v in root._headers]
    root._headers = []
    for k, v in headers:
        if v is not None:
            root[k] = v
    for k, v in mime:
        root[k] = v
    for part in root.walk():
        if part is not root and 'MIME-Version' in part:
            del part['MIME-Version']
    data = root.as_bytes()
    return data.replace(b'\r\n', b'\n')


# ---------------------------------------------------------------- PDF with a text layer
def _pdf_escape(s):
    b = s.encode('cp1252')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def pdf(pages, title='Letter', producer='Microsoft Word for Microsoft 365', mono=False, size=10):
    """pages: list of lists of lines. A line starting with '# ' is bold (12pt). '{R:label}' inside a
    line is drawn as a black redaction box with the label in white (the label stays in the text layer).
    Long plain lines are wrapped."""
    lead = size + 3
    width_chars = 88 if not mono else 82
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_obj = add(None)
    f1 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /' + (b'Courier' if mono else b'Helvetica') + b' /Encoding /WinAnsiEncoding >>')
    f2 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /' + (b'Courier-Bold' if mono else b'Helvetica-Bold') + b' /Encoding /WinAnsiEncoding >>')
    kids = []
    for lines in pages:
        ops = []
        y = 742
        flat = []
        for ln in lines:
            if ln.startswith('# ') or '{R:' in ln or len(ln) <= width_chars:
                flat.append(ln)
            else:
                ind = len(ln) - len(ln.lstrip(' '))
                flat.extend(textwrap.wrap(ln, width_chars, subsequent_indent=' ' * ind) or [''])
        for ln in flat:
            if ln.startswith('# '):
                ops.append(b'BT /F2 12 Tf 56 %d Td (' % y + _pdf_escape(ln[2:]) + b') Tj ET')
                y -= lead + 2
                continue
            x = 56.0
            cw = 0.6 * size if mono else 0.5 * size
            rest = ln
            while rest:
                i = rest.find('{R:')
                seg, rest2 = (rest, '') if i < 0 else (rest[:i], rest[i:])
                if seg:
                    ops.append(b'BT /F1 %d Tf %.1f %d Td (' % (size, x, y) + _pdf_escape(seg) + b') Tj ET')
                    x += cw * len(seg)
                if rest2:
                    j = rest2.index('}')
                    label = rest2[3:j]
                    w = cw * (len(label) + 2)
                    ops.append(b'0 g %.1f %d %.1f %d re f' % (x, y - 3, w, size + 3))
                    ops.append(b'1 g BT /F1 %d Tf %.1f %d Td (' % (size - 1, x + cw, y) + _pdf_escape(label) + b') Tj ET 0 g')
                    x += w + cw
                    rest = rest2[j + 1:]
                else:
                    rest = ''
            y -= lead
        stream = b'\n'.join(ops)
        content = add(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
        kids.append(add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>'
                        % (pages_obj, f1, f2, content)))
    objs[cat - 1] = b'<< /Type /Catalog /Pages %d 0 R >>' % pages_obj
    objs[pages_obj - 1] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (b' '.join(b'%d 0 R' % k for k in kids), len(kids))
    info = add(b'<< /Title (' + _pdf_escape(title) + b') /Producer (' + _pdf_escape(producer) + b') >>')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, cat, info, xref)
    return bytes(out)


def quote(body, who, when):
    """Outlook/Gmail-style quoted original"""
    q = '\n'.join('> ' + l if l else '>' for l in body.strip('\n').split('\n'))
    return 'On %s, %s wrote:\n%s\n' % (when, who, q)
