"""Helpers for building the .eml files of this set (used by gen/part*.py, driven by gen/build.py)."""
import datetime as dt, hashlib, zlib, email.utils
from email.message import EmailMessage
from email import policy

POL = policy.default.clone(linesep='\n', max_line_length=78)
ORG = 'records.example.org'
INBOX = 'records@records.example.org'
TZ = {'EST': -5, 'CST': -6, 'PST': -8, 'ET': -5, 'EDT': -4, 'CT': -6, 'CDT': -5, 'MT': -7, 'MST': -7, 'PT': -8, 'PDT': -7, 'UTC': 0}


def date(s, tz='EDT'):
    """'2026-09-08 10:14' in the given zone -> RFC 5322 date string"""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=dt.timezone(dt.timedelta(hours=TZ[tz])))
    return email.utils.format_datetime(d)


def mid(seed, domain):
    return '<%s@%s>' % (hashlib.sha1(seed.encode()).hexdigest()[:24], domain)


def req_mid(rid, sent):
    return '<%s.%s.1@records.example.org>' % (rid.lower(), sent.replace('-', ''))


def plus(rid):
    return 'records+%s@records.example.org' % rid.lower()


def base(frm, to, subject, date_s, msgid, extra=None):
    m = EmailMessage(policy=POL)
    m['From'] = frm
    m['To'] = to
    m['Subject'] = subject
    m['Date'] = date_s
    m['Message-ID'] = msgid
    for k, v in (extra or []):
        m[k] = v
    return m


def plain(frm, to, subject, date_s, msgid, body, extra=None, charset='utf-8'):
    m = base(frm, to, subject, date_s, msgid, extra)
    m.set_content(body, charset=charset, cte='quoted-printable' if any(ord(c) > 127 for c in body) else '7bit')
    return m


def html_only(frm, to, subject, date_s, msgid, html, extra=None):
    m = base(frm, to, subject, date_s, msgid, extra)
    m.set_content(html, subtype='html', cte='quoted-printable')
    return m


def alt(frm, to, subject, date_s, msgid, text, html, extra=None):
    m = base(frm, to, subject, date_s, msgid, extra)
    m.set_content(text, cte='quoted-printable')
    m.add_alternative(html, subtype='html', cte='quoted-printable')
    return m


def attach_pdf(m, filename, lines):
    m.add_attachment(pdf(lines), maintype='application', subtype='pdf', filename=filename)
    return m


def attach_text(m, filename, text, subtype='plain'):
    m.add_attachment(text.encode('utf-8'), maintype='text', subtype=subtype, filename=filename)
    return m


def _esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(lines):
    """A small real PDF (one or more Letter pages, Helvetica 10pt) whose text layer holds the given lines."""
    pages = [lines[i:i + 56] for i in range(0, len(lines), 56)] or [[]]
    objs = []
    kids = []
    n_pages = len(pages)
    # object numbers: 1 catalog, 2 pages, 3 font, then per page: page obj, content obj
    for i, pl in enumerate(pages):
        ops = ['BT', '/F1 10 Tf', '13 TL', '60 740 Td']
        for ln in pl:
            ln = ln.encode('latin-1', 'replace').decode('latin-1')
            ops.append('(%s) Tj T*' % _esc(ln))
        ops.append('ET')
        stream = zlib.compress('\n'.join(ops).encode('latin-1'))
        pno, cno = 4 + 2 * i, 5 + 2 * i
        kids.append(pno)
        objs.append((pno, b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cno))
        objs.append((cno, b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(stream) + stream + b'\nendstream'))
    head = [(1, b'<< /Type /Catalog /Pages 2 0 R >>'),
            (2, b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) + b'] /Count %d >>' % n_pages),
            (3, b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')]
    allobjs = sorted(head + objs)
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for n, body in allobjs:
        offs[n] = len(out)
        out += b'%d 0 obj\n' % n + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(allobjs) + 1)
    for n, _ in allobjs:
        out += b'%010d 00000 n \n' % offs[n]
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(allobjs) + 1, xref)
    return bytes(out)


def quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.strip('\n').split('\n'))


PRIV_HOSP = ('CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use\n'
             'of the intended recipient(s) and may contain confidential and privileged information,\n'
             'including protected health information (PHI) subject to HIPAA (45 C.F.R. Parts 160 and 164).\n'
             'Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n'
             'intended recipient, please contact the sender by reply e-mail and destroy all copies of the\n'
             'original message.')


import yaml as _yaml
from pathlib import Path as _P
R = {r['id']: r for r in _yaml.safe_load((_P(__file__).resolve().parent.parent / 'requests.yaml').read_text())['requests']}


def thread(rid, *more):
    """In-Reply-To / References pointing at our outgoing request (plus optional later ids)."""
    m = R[rid]['message_id']
    refs = ' '.join([m] + list(more))
    return [('In-Reply-To', (list(more) or [m])[-1]), ('References', refs)]


def ours(rid):
    """the text of our outgoing request, for quoting"""
    r = R[rid]
    return ('From: Records Desk <%s>\nSent: %s\nSubject: %s\n\nTo the records officer:\n\n'
            'Under the applicable public records law, we request copies of the following records:\n%s.\n\n'
            'We ask to receive records electronically. We are a news organization and ask that fees be\n'
            'waived or limited to duplication. Please contact us at this address with any questions.\n\n'
            'Records Desk\n' % (plus(rid), r['sent'], r['subject'], r['subject'].split(': ', 1)[1]))


MESSAGES = []


def add(file, m, **facts):
    facts.setdefault('tracking_number', None)
    MESSAGES.append((file, m, facts))
