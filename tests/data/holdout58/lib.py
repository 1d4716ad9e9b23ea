"""Shared helpers for the build_part*.py scripts of this set (messages/ is written by them).

Only the standard library is used: email.message for MIME, a hand-written PDF writer with a real
text layer (Helvetica, uncompressed content streams), and small helpers for header blocks.
"""
import email.policy, email.utils, hashlib, base64, datetime as dt
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / 'messages'
OUT.mkdir(exist_ok=True)

INBOX = 'records@records.example.org'
DESK = 'Records Desk <records@records.example.org>'
REQUESTER = 'Sam Okafor'
COLLEAGUE = ('Priya Raman', 'praman@records.example.org')

# Our outgoing requests: (id, Message-ID, plus address, sent date, subject, body) used when agencies quote them.
REQ = {}
_BODIES = {
 1: ("Under the Freedom of Information Act, 5 U.S.C. 552, I request copies of (1) all offers in compromise\n"
     "accepted by TTB from January 1, 2021 to the present, and (2) all notices of suspension, annulment or\n"
     "revocation of basic permits issued under the Federal Alcohol Administration Act in the same period,\n"
     "including any final orders."),
 2: ("Pursuant to the Nevada Public Records Act, NRS Chapter 239, I request copies of all disciplinary\n"
     "complaints filed by the Board with the Nevada Gaming Commission from January 1, 2022 to the present,\n"
     "the stipulations for settlement resolving them, and any list or log of fines imposed."),
 3: ("Under the Pennsylvania Right-to-Know Law, 65 P.S. 67.101 et seq., I request: (1) all consent agreements\n"
     "between the Board's Office of Enforcement Counsel and licensees approved from January 1, 2024 to the\n"
     "present; (2) any log of fines and civil penalties for the same period; and (3) monthly or quarterly\n"
     "statistics on enrollments in the Board's casino, iGaming and sports wagering self-exclusion programs."),
 4: ("Pursuant to the Open Public Records Act, N.J.S.A. 47:1A-1 et seq., I request records showing the number\n"
     "of persons added to and removed from the casino self-exclusion list and the internet gaming\n"
     "self-exclusion list, by month, from January 2023 to the present. I do not seek any names."),
 5: ("Pursuant to Ohio Revised Code 149.43, I request copies of all retailer compliance audits, inspection\n"
     "reports and notices of suspension or revocation of lottery sales agent licenses for retailers located\n"
     "in Cuyahoga County, January 1, 2024 to the present."),
 6: ("Under the FOIA, I request the basic permit application (TTB F 5100.24) filed by Harbor Point Distilling\n"
     "Co. (Baltimore, MD), the application investigation report or field investigation summary prepared on\n"
     "that application, and any letter approving or denying the permit."),
 7: ("Pursuant to NRS Chapter 239, I request the Board's investigative report or summary prepared on the\n"
     "application of Redstone Sports Wagering LLC for a nonrestricted license, the Board's recommendation to\n"
     "the Commission, and any correspondence with the applicant about the application."),
 8: ("Under the Michigan Freedom of Information Act, MCL 15.231 et seq., I request all inspection reports,\n"
     "notices of violation and formal complaints issued by the CRA to adult-use marijuana retailers located\n"
     "in the City of Detroit from January 1, 2025 to the present."),
 9: ("Pursuant to the Colorado Open Records Act, C.R.S. 24-72-201 et seq., I request all MED inspection\n"
     "reports, notices of violation, stipulations and final agency orders concerning retail marijuana stores\n"
     "located in the City and County of Denver, January 1, 2025 to the present."),
 10: ("Pursuant to OPRA, I request all Director's actions, civil penalty assessments and consent orders\n"
      "entered with internet gaming permit holders and sports wagering licensees from January 1, 2024 to\n"
      "the present, including any complaints filed by the Division that preceded them."),
 11: ("Under the Right-to-Know Law, I request the interactive gaming certificate application filed by\n"
      "Keystone Interactive LLC, the Bureau of Investigations and Enforcement background investigation\n"
      "report on that applicant, and the Board's order approving or denying the certificate."),
 12: ("Pursuant to the Virginia Freedom of Information Act, Va. Code 2.2-3700 et seq., I request records of\n"
      "all violation reports, consent settlements and civil penalties imposed on retail licensees located in\n"
      "the City of Richmond from January 1, 2025 to the present. I am a Virginia-based reporter."),
 13: ("Under the Illinois Freedom of Information Act, 5 ILCS 140, I request all liquor license applications,\n"
      "plans of operation, and Local Liquor Control Commission suspension or revocation orders for licensed\n"
      "premises in the 27th Ward, January 1, 2025 to the present."),
 14: ("Under the Michigan FOIA, I request the state operating license application filed by Lakeshore\n"
      "Cultivation Partners LLC and any background investigation summary or report prepared by the CRA on\n"
      "that applicant and its supplemental applicants."),
 15: ("Pursuant to R.C. 149.43, I request records of Ohio Lottery Security Division investigations into prizes\n"
      "claimed by lottery retailers, retailer owners or retailer employees from January 1, 2023 to the\n"
      "present, including investigative reports and any resulting license actions."),
 16: ("Pursuant to CORA, I request all license applications submitted to the MED by Front Range Botanicals LLC,\n"
      "any suitability or background investigation findings, and any letter approving or denying a license."),
}


def _load():
    import yaml
    data = yaml.safe_load((HERE / 'requests.yaml').read_text())
    for r in data['requests']:
        n = int(r['id'].split('-')[1])
        REQ[n] = dict(id=r['id'], mid=r['message_id'], plus=r['reply_address'], sent=r['sent'],
                      subject=r['subject'], body=_BODIES[n])
_load()


def rfc_date(y, mo, d, h, mi, tz='-0400', sec=0):
    sign = 1 if tz[0] == '+' else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    t = dt.datetime(y, mo, d, h, mi, sec, tzinfo=dt.timezone(off))
    return email.utils.format_datetime(t)


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return '<%s.%s@%s>' % (h[:16].upper(), h[16:24], domain)


def thread_index(seed):
    return base64.b64encode(hashlib.md5(seed.encode()).digest() + b'\x01\x02\x03\x04\x05\x06').decode()


def request_text(n, date_line=True):
    r = REQ[n]
    s = r['sent']
    lines = []
    if date_line:
        lines.append('Date: %s' % s.strftime('%B %-d, %Y'))
    lines.append('Subject: %s' % r['subject'])
    lines.append('')
    lines.append('To the records officer:')
    lines.append('')
    lines += r['body'].split('\n')
    lines += ['', 'Please send records electronically to the address below. If any portion is withheld, please',
              'cite the exemption for each withholding and release all segregable portions.', '',
              'Thank you,', REQUESTER, 'Records Desk, Example Newsroom', 'records@records.example.org']
    return lines


def quote(lines, prefix='> '):
    return '\n'.join((prefix + l).rstrip() for l in lines)


def outlook_quote(n, sender_line='Records Desk <records@records.example.org>', to_line=None, sent=None):
    r = REQ[n]
    s = r['sent']
    sent = sent or s.strftime('%A, %B %-d, %Y') + ' 9:14 AM'
    out = ['', '________________________________', 'From: %s' % sender_line, 'Sent: %s' % sent,
           'To: %s' % (to_line or 'Records'), 'Subject: %s' % r['subject'], '']
    out += request_text(n, date_line=False)[2:]
    return '\n'.join(out)


# ---------------------------------------------------------------- MIME builders
def plain(text, cte=None, charset='utf-8'):
    m = EmailMessage()
    if cte:
        m.set_content(text, charset=charset, cte=cte)
    else:
        m.set_content(text, charset=charset)
    return m


def html_only(html):
    m = EmailMessage()
    m.set_content(html, subtype='html')
    return m


def alt(text, html):
    m = EmailMessage()
    m.set_content(text)
    m.add_alternative(html, subtype='html')
    return m


def attach(m, data, maintype, subtype, filename):
    if not m.is_multipart() or m.get_content_type() != 'multipart/mixed':
        m.make_mixed()
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def attach_pdf(m, filename, pages, title=None):
    return attach(m, make_pdf(pages, title=title or filename), 'application', 'pdf', filename)


def attach_text(m, filename, text, subtype='plain'):
    if not m.is_multipart() or m.get_content_type() != 'multipart/mixed':
        m.make_mixed()
    m.add_attachment(text, subtype=subtype, filename=filename)
    return m


def finish(fname, m, headers):
    """Put `headers` (list of (name, value)) first, in order, then the MIME headers."""
    mime = [(k, v) for k, v in m.items()]
    for k in set(k for k, _ in mime):
        del m[k]
    for k, v in headers:
        m[k] = v
    if not any(k.lower() == 'mime-version' for k, _ in headers):
        m['MIME-Version'] = '1.0'
    for k, v in mime:
        if k.lower() == 'mime-version':
            continue
        m[k] = v
    data = m.as_bytes(policy=email.policy.default.clone(linesep='\n', max_line_length=78))
    (OUT / fname).write_bytes(data)
    return fname


def o365(seed, topic, date, tenant='cityofchicago.org', has_attach=False):
    """Typical Microsoft 365 headers added by Exchange Online (date: the RFC 5322 Date string)."""
    h = hashlib.sha1(seed.encode()).hexdigest()
    utc = email.utils.parsedate_to_datetime(date).astimezone(dt.timezone.utc)
    arrival = utc.strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % (int(h[4:8], 16) % 10000)
    return [
        ('Thread-Topic', topic),
        ('Thread-Index', thread_index(seed)),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Exchange-Organization-SCL', '1'),
        ('X-MS-Exchange-CrossTenant-Network-Message-Id', '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])),
        ('X-MS-Exchange-CrossTenant-originalarrivaltime', arrival),
        ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', 'SA1PR09MB%04d.namprd09.prod.outlook.com' % (int(h[:4], 16) % 9999)),
        ('x-ms-publictraffictype', 'Email'),
        ('X-OriginatorOrg', tenant),
    ] + ([('X-MS-Has-Attach', 'yes')] if has_attach else [])


def google_group(orig_name, orig_addr):
    """Headers a Google Groups collaborative inbox adds when it rewrites a DMARC-protected sender."""
    return [
        ('X-Original-Sender', orig_addr),
        ('X-Original-Authentication-Results', 'mx.google.com; dmarc=pass (p=QUARANTINE) header.from=%s' % orig_addr.split('@')[1]),
        ('Precedence', 'list'),
        ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
        ('List-ID', '<records.records.example.org>'),
        ('X-Google-Group-Id', '618304492771'),
        ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>'),
        ('List-Help', '<https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, <mailto:records+help@records.example.org>'),
        ('List-Archive', '<https://groups.google.com/a/records.example.org/group/records/>'),
        ('List-Unsubscribe', '<mailto:googlegroups-manage+618304492771+unsubscribe@googlegroups.com>, <https://groups.google.com/a/records.example.org/group/records/subscribe>'),
    ]


def gg_from(name):
    return "'%s' via Records Desk <records@records.example.org>" % name


# ---------------------------------------------------------------- DSN
def dsn(text, reporting_mta, recipient, status, diag, original_headers, arrival=None, html=None, orig_full=None):
    rep = MIMEMultipart('report')
    rep.set_param('report-type', 'delivery-status')
    if html:
        a = MIMEMultipart('alternative')
        a.attach(MIMEText(text, 'plain', 'us-ascii'))
        a.attach(MIMEText(html, 'html', 'us-ascii'))
        rep.attach(a)
    else:
        rep.attach(MIMEText(text, 'plain', 'us-ascii'))
    ds = Message()
    ds.set_type('message/delivery-status')
    b1 = Message()
    b1['Reporting-MTA'] = 'dns; ' + reporting_mta
    if arrival:
        b1['Arrival-Date'] = arrival
    b2 = Message()
    b2['Final-Recipient'] = 'rfc822; ' + recipient
    b2['Action'] = 'failed'
    b2['Status'] = status
    b2['Diagnostic-Code'] = 'smtp; ' + diag
    ds.set_payload([b1, b2])
    rep.attach(ds)
    if orig_full is not None:
        part = MIMEBase('message', 'rfc822')
        part.set_payload([orig_full])
        rep.attach(part)
    else:
        h = MIMEText(original_headers, 'rfc822-headers', 'us-ascii')
        rep.attach(h)
    return rep


# ---------------------------------------------------------------- PDF
def _esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def make_pdf(pages, title='Letter'):
    """pages: list of pages, each a list of lines. A line starting with '**' is set in bold, '##' larger bold.
    Returns bytes of a small valid PDF 1.4 with a text layer."""
    objs = []  # index i -> bytes of object i+1
    objs.append(None)  # 1 catalog
    objs.append(None)  # 2 pages
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')  # 3
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')  # 4
    kids = []
    for lines in pages:
        parts = ['BT', '72 742 Td', '13 TL']
        for ln in lines:
            if ln.startswith('##'):
                parts += ['/F2 13 Tf', '(%s) Tj T*' % _esc(ln[2:].strip())]
            elif ln.startswith('**'):
                parts += ['/F2 10 Tf', '(%s) Tj T*' % _esc(ln[2:].strip())]
            else:
                parts += ['/F1 10 Tf', '(%s) Tj T*' % _esc(ln)]
        parts.append('ET')
        stream = '\n'.join(parts).encode('cp1252')
        objs.append(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
        content_no = len(objs)
        objs.append(None)
        page_no = len(objs)
        objs[page_no - 1] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % content_no).encode()
        kids.append(page_no)
    objs[0] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[1] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
    objs.append(('<< /Title (%s) /Producer (Microsoft: Print To PDF) /CreationDate (D:20260101000000) >>' % _esc(title)).encode('cp1252'))
    info_no = len(objs)
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info_no, xref)
    return bytes(out)


def wrap(text, width=92):
    """Wrap a paragraph text (with blank lines) into lines for a PDF page."""
    import textwrap
    out = []
    for para in text.split('\n'):
        if not para.strip():
            out.append('')
            continue
        if para.startswith(('**', '##')):
            out.append(para)
            continue
        out += textwrap.wrap(para, width) or ['']
    return out


def paginate(lines, per_page=52):
    return [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
