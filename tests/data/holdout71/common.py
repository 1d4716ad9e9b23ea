"""Shared helpers for the build_partN.py scripts of this set (economic-development agencies).

Each part writes its .eml files into messages/ and its per-message facts into facts.d/partN.yaml;
merge_facts() (run by the last part) concatenates them into facts.yaml.
"""
import datetime as dt, email.utils, hashlib, base64, textwrap
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders, policy
from pathlib import Path
import numpy as np, holidays, yaml

HERE = Path(__file__).resolve().parent
MSGS = HERE / 'messages'
ORG = 'capitolwire.example.org'
INBOX = 'records@' + ORG
DESK = 'Capitol Wire Records Desk'

REQS = yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']
REQ = {r['id']: r for r in REQS}

# ---------- dates used in letter text (labels are computed separately by compute_labels.py) ----------
_h = {}
def hols(sub):
    if sub not in _h:
        h = holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029))
        _h[sub] = np.array(sorted(h.keys()), dtype='datetime64[D]')
    return _h[sub]

def bd(d, n, sub=None):
    return np.busday_offset(np.datetime64(d, 'D'), n, roll='backward', holidays=hols(sub)).astype(dt.date)

def D(s):
    return dt.date.fromisoformat(s)

def us(d):      # 9/21/2026
    return '%d/%d/%d' % (d.month, d.day, d.year)

def long(d):    # September 21, 2026
    return d.strftime('%B ') + str(d.day) + d.strftime(', %Y')

# ---------- message construction ----------
def mid(tag, domain):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return '<%s.%s@%s>' % (h[:16], h[16:24], domain)

def date_hdr(s, tz='-0500'):
    """s = 'YYYY-MM-DD HH:MM' local; tz offset string"""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    sign = -1 if tz[0] == '-' else 1
    off = dt.timezone(sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return email.utils.format_datetime(d.replace(tzinfo=off))

def headers(m, frm, to, subject, date, msgid, reply_to=None, irt=None, refs=None, extra=None):
    m['From'] = frm
    m['To'] = to
    m['Subject'] = subject
    m['Date'] = date
    m['Message-ID'] = msgid
    if irt:
        m['In-Reply-To'] = irt
    if refs:
        m['References'] = refs
    if reply_to:
        m['Reply-To'] = reply_to
    for k, v in (extra or []):
        m[k] = v
    return m

def text_part(body, subtype='plain', charset='utf-8'):
    return MIMEText(body, subtype, charset)

def build(frm, to, subject, date, msgid, text=None, html=None, attachments=(), charset='utf-8', **kw):
    """text only, html only, alternative (both); attachments -> multipart/mixed.
    attachments: list of (filename, mimetype, bytes)"""
    if text is not None and html is not None:
        body = MIMEMultipart('alternative')
        body.attach(text_part(text, charset=charset))
        body.attach(text_part(html, 'html', charset))
    elif html is not None:
        body = text_part(html, 'html', charset)
    else:
        body = text_part(text, charset=charset)
    if attachments:
        outer = MIMEMultipart('mixed')
        outer.attach(body)
        for fn, ctype, data in attachments:
            maj, sub = ctype.split('/')
            p = MIMEBase(maj, sub, name=fn)
            p.set_payload(data)
            encoders.encode_base64(p)
            p.add_header('Content-Disposition', 'attachment', filename=fn)
            outer.attach(p)
        body = outer
    headers(body, frm, to, subject, date, msgid, **kw)
    return body

def write(fn, m):
    MSGS.mkdir(exist_ok=True)
    data = m.as_bytes(policy=policy.SMTP)
    (MSGS / fn).write_bytes(data)

def quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.splitlines())

def our_request_text(rid):
    r = REQ[rid]
    return ('On %s, %s <%s> wrote:\n%s' % (r['sent'].strftime('%a, %b %d, %Y'), DESK, r['reply_address'],
            quote('To the records officer:\n\n' + r['body'] + '\n\nThank you,\nRecords Desk\nCapitol Wire')))

# ---------- minimal PDF with a text layer ----------
def pdf(lines, title='Letter'):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    wrapped = []
    for l in lines:
        wrapped.extend(textwrap.wrap(l, 92) or [''])
    pages = [wrapped[i:i + 52] for i in range(0, len(wrapped), 52)] or [[]]
    objs = []
    objs.append('<< /Type /Catalog /Pages 2 0 R >>')
    kids = ' '.join('%d 0 R' % (4 + 2 * i) for i in range(len(pages)))
    objs.append('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, len(pages)))
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    for i, pg in enumerate(pages):
        stream = 'BT /F1 10 Tf 13 TL 60 750 Td\n' + ''.join('(%s) Tj T*\n' % esc(l) for l in pg) + 'ET'
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> '
                    '/Contents %d 0 R >>' % (5 + 2 * i))
        objs.append('<< /Length %d >>\nstream\n%s\nendstream' % (len(stream.encode('latin-1')), stream))
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (n, o)).encode('latin-1')
    x = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    out += ''.join('%010d 00000 n \n' % o for o in offs).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info << /Title (%s) >> >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, esc(title), x)).encode('latin-1')
    return out

# ---------- facts ----------
def save_facts(part, facts):
    d = HERE / 'facts.d'
    d.mkdir(exist_ok=True)
    (d / ('part%d.yaml' % part)).write_text(yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))

def merge_facts():
    allf = []
    for p in sorted((HERE / 'facts.d').glob('part*.yaml'), key=lambda p: int(p.stem[4:])):
        allf.extend(yaml.safe_load(p.read_text()) or [])
    allf.sort(key=lambda f: f['file'])
    hdr = ('# Per-message facts (hand-written ground truth); compute_labels.py derives due / appeal_due from them.\n'
           '# clock: received_on_sent_date | received:YYYY-MM-DD (date the letter says it received the request) |\n'
           '#        extension (extension on top of the current due); absent = message does not set the clock.\n'
           '# adverse_determination: true for denial / no_records / records_final with withholdings.\n'
           '# estimated: completion date stated by the agency in this message.\n')
    (HERE / 'facts.yaml').write_text(hdr + yaml.safe_dump(allf, sort_keys=False, allow_unicode=True, width=1000))
    print('facts.yaml: %d entries' % len(allf))

def F(file, request, kind, tracking=None, clock=None, adverse=False, estimated=None, why='', signals=()):
    f = {'file': file, 'request': request, 'kind': kind, 'tracking_number': tracking}
    if clock:
        f['clock'] = clock
    if adverse:
        f['adverse_determination'] = True
    if estimated:
        f['estimated'] = estimated
    f['signals'] = list(signals) or ['none']
    f['why'] = why
    return f

# ---------- text of our outgoing requests (for quoting) ----------
BODIES = {
 'REQ-001': 'Under the Freedom of Information Act, 5 U.S.C. 552, I request the investment file for EDA award\n'
            '06-79-06231 (Lakeshore Semiconductor Supplier Park), including the application, the economic impact\n'
            'and job-creation projections, the grant agreement and special award conditions, and progress reports.',
 'REQ-002': 'Under FOIA I request records of EDA Tech Hubs Phase 2 award negotiations, 2025-2026, including\n'
            'site-visit reports, scoring memoranda and correspondence with consortium leads.',
 'REQ-003': 'Under the Texas Public Information Act I request the Texas Enterprise Fund grant agreement for the\n'
            'project known as Project Bluebonnet, all amendments, and the annual performance/compliance reports.',
 'REQ-004': 'Under the Texas Public Information Act I request applications submitted to the Texas Semiconductor\n'
            'Innovation Fund in 2025-2026 and any nondisclosure agreements signed by the Office with applicants.',
 'REQ-005': 'Under the Michigan FOIA I request the Michigan Strategic Fund Critical Industry Program grant agreement\n'
            'with Northwood Cells LLC (Project Pinewood), its amendments, milestone reports and clawback notices.',
 'REQ-006': 'Under the Michigan FOIA I request all nondisclosure or confidentiality agreements signed by MEDC\n'
            'staff with companies or site-selection consultants from January 1, 2024 to date.',
 'REQ-007': 'Under the Illinois FOIA I request records of negotiations between ISFA and the Chicago White Sox\n'
            'about a lease amendment or a new ballpark, 2025-2026, including term sheets and correspondence.',
 'REQ-008': 'Under the Illinois FOIA I request monthly hotel tax receipts reported to ISFA and bond debt service\n'
            'reports for fiscal years 2024 through 2026.',
 'REQ-009': 'Under the Georgia Open Records Act I request hosting agreements for events at Mercedes-Benz Stadium\n'
            '(2025-2027) and records of incentive or subsidy payments made by the Authority to event owners.',
 'REQ-010': 'Under the Georgia Open Records Act I request the development agreement for the convention center\n'
            'hotel and records of the public financing for it.',
 'REQ-011': 'Under the New York Freedom of Information Law I request the Excelsior Jobs Program agreement for\n'
            'Project Mohawk, the annual job reports, and any recapture (clawback) correspondence.',
 'REQ-012': 'Under FOIL I request nondisclosure agreements signed by ESD with companies or site consultants in\n'
            '2025-2026 and correspondence with site-selection consultants about prospective projects.',
 'REQ-013': 'Under the Missouri Sunshine Law I request TIF plan amendments for the Crossroads Ballpark District and\n'
            'the developer reimbursement (certification of costs) requests submitted to the Commission.',
 'REQ-014': 'Under the Missouri Sunshine Law I request nondisclosure agreements and incentive term sheets that\n'
            'EDCKC signed or exchanged with companies considering Kansas City sites, 2025-2026.',
 'REQ-015': 'Under the Indiana Access to Public Records Act I request the EDGE and READI agreements for the project\n'
            'known as Project Cardinal and any clawback or repayment notices.',
 'REQ-016': 'Under the Indiana Access to Public Records Act I request the Foundation\'s records of expenditures for\n'
            'trade missions and economic development travel in 2025-2026, including the donors funding them.',
}
for _r in REQS:
    _r['body'] = BODIES[_r['id']]

def write_raw(fn, text):
    MSGS.mkdir(exist_ok=True)
    (MSGS / fn).write_bytes(text.replace('\r\n', '\n').replace('\n', '\r\n').encode('utf-8'))

def dsn(frm, to, subject, date, msgid, human, status_block, orig_headers, irt=None, boundary='dsn=_b0undary_1'):
    th = ('In-Reply-To: %s\r\nReferences: %s\r\n' % (irt, irt)) if irt else ''
    return ('From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n%sAuto-Submitted: auto-replied\n'
            'MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n boundary="%s"\n\n'
            'This is a MIME-encapsulated message.\n\n--%s\nContent-Type: text/plain; charset="utf-8"\n\n%s\n\n'
            '--%s\nContent-Type: message/delivery-status\n\n%s\n\n--%s\nContent-Type: text/rfc822-headers\n\n%s\n'
            '--%s--\n' % (frm, to, subject, date, msgid, th, boundary, boundary, human, boundary, status_block,
                          boundary, orig_headers, boundary))
