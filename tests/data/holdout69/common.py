"""Shared helpers for the build_part*.py scripts of this set (messages + facts.yaml fragments)."""
import email.utils, email.policy, datetime as dt, hashlib, base64, zlib
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
MSGS = HERE / 'messages'
MSGS.mkdir(exist_ok=True)
INBOX = 'records@records.example.org'
DESK = 'Records Desk <records@records.example.org>'
POL = email.policy.default.clone(linesep='\n', max_line_length=78)


def req(rid):
    for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']:
        if r['id'] == rid:
            return r
    raise KeyError(rid)


def plus(rid):
    return 'records+%s@records.example.org' % rid.lower()


def when(s):
    """'2026-09-08 16:42 -0400' -> RFC 5322 date string"""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M %z')
    return email.utils.format_datetime(d)


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return '<%s@%s>' % (h[:24], domain)


def outlook_mid(seed, host='namprd09.prod.outlook.com'):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return '<%s%s@%s>' % ('BN0P', h[:32], host.upper())


def quote(rid, who='Records Desk', date_str=None):
    """our original request quoted Outlook/Gmail style"""
    r = req(rid)
    d = date_str or r['sent'].strftime('%a, %b %-d, %Y')
    body = REQUEST_BODIES.get(rid, 'Please provide records described in the subject line.')
    lines = ['On %s, %s <%s> wrote:' % (d, who, INBOX), '> ' + r['subject'], '>']
    for ln in body.split('\n'):
        lines.append(('> ' + ln).rstrip())
    return '\n'.join(lines)


def outlook_quote(rid, to_line):
    r = req(rid)
    body = REQUEST_BODIES.get(rid, '')
    return ('\n________________________________\nFrom: Records Desk <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n'
            % (r['reply_address'], r['sent'].strftime('%A, %B %-d, %Y 9:14 AM'), to_line, r['subject'], body))


REQUEST_BODIES = {}


def thread(msg, rid, extra_refs=()):
    m = req(rid)['message_id']
    msg['In-Reply-To'] = m
    msg['References'] = ' '.join([m] + list(extra_refs))


def base(frm, to, subject, date, msgid, headers=()):
    msg = EmailMessage(policy=POL)
    msg['From'] = frm
    msg['To'] = to
    msg['Subject'] = subject
    msg['Date'] = when(date)
    msg['Message-ID'] = msgid
    for k, v in headers:
        msg[k] = v
    return msg


def plain(frm, to, subject, date, msgid, body, headers=(), charset='utf-8', cte=None, rid_thread=None):
    msg = base(frm, to, subject, date, msgid, headers)
    if rid_thread:
        thread(msg, rid_thread)
    kw = {'charset': charset}
    if cte:
        kw['cte'] = cte
    msg.set_content(body, **kw)
    return msg


def html_only(frm, to, subject, date, msgid, html, headers=(), rid_thread=None):
    msg = base(frm, to, subject, date, msgid, headers)
    if rid_thread:
        thread(msg, rid_thread)
    msg.set_content(html, subtype='html', charset='utf-8', cte='quoted-printable')
    return msg


def alternative(frm, to, subject, date, msgid, text, html, headers=(), rid_thread=None):
    msg = base(frm, to, subject, date, msgid, headers)
    if rid_thread:
        thread(msg, rid_thread)
    msg.set_content(text, charset='utf-8', cte='quoted-printable')
    msg.add_alternative(html, subtype='html', charset='utf-8', cte='quoted-printable')
    return msg


def attach_pdf(msg, filename, lines):
    msg.add_attachment(make_pdf(lines), maintype='application', subtype='pdf', filename=filename)
    return msg


def attach_bytes(msg, filename, data, maintype, subtype):
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg


def _esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def make_pdf(lines, title='Letter'):
    """Small valid PDF (Helvetica text layer), one page per ~54 lines; lines may be '' for blank."""
    pages = [lines[i:i + 54] for i in range(0, max(len(lines), 1), 54)] or [[]]
    objs = []  # bytes of each object body, index+1 = object number
    font_no = 3
    page_nos = []
    # reserve: 1 catalog, 2 pages, 3 font, then page/content pairs, then info
    body_objs = {}
    n = 4
    for pg in pages:
        ops = ['BT', '/F1 10 Tf', '13 TL', '60 750 Td']
        for ln in pg:
            ops.append('(%s) Tj T*' % _esc(ln.encode('latin-1', 'replace').decode('latin-1')))
        ops.append('ET')
        stream = '\n'.join(ops).encode('latin-1')
        body_objs[n] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> '
                        '/Contents %d 0 R >>' % (n + 1)).encode()
        body_objs[n + 1] = b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream'
        page_nos.append(n)
        n += 2
    info_no = n
    body_objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    body_objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % p for p in page_nos), len(page_nos))).encode()
    body_objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    body_objs[info_no] = ('<< /Title (%s) /Producer (Records Management System) >>' % _esc(title)).encode()
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for k in sorted(body_objs):
        offsets[k] = len(out)
        out += b'%d 0 obj\n' % k + body_objs[k] + b'\nendobj\n'
    xref = len(out)
    total = max(body_objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % total
    for k in range(1, total):
        out += b'%010d 00000 n \n' % offsets[k]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (total, info_no, xref)
    return bytes(out)


def save(fname, msg):
    data = msg if isinstance(msg, (bytes, str)) else msg.as_bytes(policy=POL)
    if isinstance(data, str):
        data = data.encode('utf-8')
    (MSGS / fname).write_bytes(data)


def dsn(fname, date, rid, bad_rcpt, diag, mta='mx1.records.example.org', qid='6FQ2kT0Zp3zR1'):
    r = req(rid)
    d = when(date)
    bnd = '%s.%s/%s' % (qid, abs(hash(fname)) % 10**10, mta)
    text = f"""From: MAILER-DAEMON@{mta} (Mail Delivery System)
To: {INBOX}
Subject: Undelivered Mail Returned to Sender
Date: {d}
Message-ID: <{qid}.{date[:10].replace('-', '')}@{mta}>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="{bnd}"

This is a MIME-encapsulated message.

--{bnd}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host {mta}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<{bad_rcpt}>: {diag}

--{bnd}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; {mta}
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; {r['reply_address']}
Arrival-Date: {d}

Final-Recipient: rfc822; {bad_rcpt}
Original-Recipient: rfc822;{bad_rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; {diag.split('said: ')[-1]}

--{bnd}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <{r['reply_address']}>
From: Records Desk <{INBOX}>
Reply-To: {r['reply_address']}
To: {bad_rcpt}
Subject: {r['subject']}
Date: {when(r['sent'].isoformat() + ' 09:14 -0400')}
Message-ID: {r['message_id']}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--{bnd}--
"""
    save(fname, text)


def record(part, facts):
    """merge this part's facts into facts.yaml (replace entries for the same files), sorted by file"""
    path = HERE / 'facts.yaml'
    head = ('# Per-message facts (hand-written). compute_labels.py derives due / appeal_due from them.\n'
            '# clock: received_on_sent_date | received:YYYY-MM-DD (receipt date the letter states) | extension\n'
            '# adverse: true for denial / no_records / records_final with withholdings (appeal window applies)\n'
            '# estimated: agency-stated completion date in the message\n')
    old = yaml.safe_load(path.read_text()) if path.exists() else []
    old = old or []
    names = {f['file'] for f in facts}
    for f in facts:
        if not (MSGS / f['file']).exists():
            raise SystemExit('part %s: %s not written' % (part, f['file']))
    merged = sorted([f for f in old if f['file'] not in names] + facts, key=lambda f: f['file'])
    path.write_text(head + yaml.safe_dump(merged, sort_keys=False, allow_unicode=True, width=1000))
    print('part %s: %d messages, facts.yaml now %d entries' % (part, len(facts), len(merged)))


def fact(file, request, kind, tracking=None, clock=None, adverse=False, estimated=None, why=''):
    f = {'file': file, 'request': request, 'kind': kind, 'tracking_number': tracking}
    if clock:
        f['clock'] = clock
    if adverse:
        f['adverse'] = True
    if estimated:
        f['estimated'] = dt.date.fromisoformat(estimated)
    f['why'] = why
    return f


REQUEST_BODIES.update({
    'REQ-001': 'Under WMATA\'s Public Access to Records Policy, please provide the current retention schedule for\nMetrorail station CCTV video, any SOP governing release or preservation of station video, and the\nnumber of video preservation requests received in FY2026.',
    'REQ-002': 'Under the PARP, please provide the current contract (and amendments) for Metro Transit Police\nbody-worn cameras, including data storage, retention and vendor access terms.',
    'REQ-003': 'Under the Pennsylvania Right-to-Know Law, please provide railcar camera video from the\nMarket-Frankford Line car involved in the August 14, 2026 incident near 46th Street station\n(approx. 5:40-6:10 p.m.).',
    'REQ-004': 'Under the Right-to-Know Law, please provide the SEPTA Key fare collection contract with Conduent\n(and amendments), and any provisions or agreements on sharing rider account or tap data.',
    'REQ-005': 'Under G.L. c. 66, s. 10, please provide the MBTA\'s retention policy for station and vehicle CCTV\nvideo and any log of requests for video footage (internal, police, public) from Jan. 2025 to date.',
    'REQ-006': 'Under G.L. c. 66, s. 10, please provide monthly progress reports submitted by the contractor for the\nGreen Line Train Protection System project.',
    'REQ-007': 'Under RCW 42.56, please provide onboard camera video from the Route 7 coach involved in the\nSeptember 2, 2026 disturbance at Rainier Ave S & S Henderson St, and Metro\'s video retention SOP.',
    'REQ-008': 'Under the Colorado Open Records Act, please provide RTD\'s current contract with Allied Universal for\nsecurity services and incident reports submitted under it for July-August 2026.',
    'REQ-009': 'Under CORA, please provide any log or list of law-enforcement requests for Denver Union Station\nsurveillance video, January 2025 to date.',
    'REQ-010': 'Under the Maryland Public Information Act, please provide MDTA\'s retention schedule for toll plate\nimages, the E-ZPass Maryland customer service center contract provisions on image data, and any\nagreements or logs for sharing plate data with law enforcement.',
    'REQ-011': 'Under the Texas Public Information Act, please provide NTTA\'s retention schedule for toll camera\nimages and a list of law enforcement requests for toll images in 2025-2026.',
    'REQ-012': 'Under the Port Authority\'s Freedom of Information Code, please provide the PATH station CCTV video\nretention policy and records of subpoenas or law enforcement requests for GWB toll data in 2025.',
    'REQ-013': 'Under the Port Authority\'s FOI Code, please provide incident logs kept by the AirTrain JFK\noperator for January through June 2026.',
    'REQ-014': 'Under the California Public Records Act, please provide agreements with airlines and U.S. Customs\nand Border Protection on biometric (facial comparison) boarding at San Diego International Airport.',
    'REQ-015': 'Under the CPRA, please provide the Airport Authority\'s retention policy for terminal CCTV video and\na list of requests for terminal footage received in 2026.',
})
