#!/usr/bin/env python3
"""Writes messages/*.eml for this set. The wording of every letter is in this file (written for this set).

    python3 build.py        # (re)write messages/
Only the standard library is used; PDFs are written by hand with a text layer (Helvetica, WinAnsi).
"""
import base64, hashlib, quopri
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / 'messages'
MESSAGES = []


def h(seed, n=24):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def wrap76(s):
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def encode(body, charset='utf-8', cte='7bit'):
    if cte == '7bit':
        body.encode('ascii')  # must be plain ASCII
        return body
    raw = body.replace('\n', '\r\n').encode(charset) if cte == 'base64' else body.encode(charset)
    if cte == 'base64':
        return wrap76(base64.b64encode(raw).decode())
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    raise ValueError(cte)


def leaf(body, ctype='text/plain', charset='utf-8', cte='7bit', extra=()):
    hdr = ['Content-Type: %s; charset="%s"' % (ctype, charset), 'Content-Transfer-Encoding: %s' % cte]
    hdr += list(extra)
    return '\n'.join(hdr) + '\n\n' + encode(body, charset, cte).rstrip('\n') + '\n'


def attachment(data, ctype, filename, inline=False):
    disp = 'inline' if inline else 'attachment'
    return ('Content-Type: %s;\n\tname="%s"\nContent-Transfer-Encoding: base64\n'
            'Content-Disposition: %s;\n\tfilename="%s"\n\n%s\n') % (
        ctype, filename, disp, filename, wrap76(base64.b64encode(data).decode()))


def rfc822(raw, filename=None):
    hdr = 'Content-Type: message/rfc822'
    if filename:
        hdr += ';\n\tname="%s"\nContent-Disposition: attachment;\n\tfilename="%s"' % (filename, filename)
    return hdr + '\n\n' + raw.rstrip('\n') + '\n'


def multipart(subtype, parts, boundary, params=''):
    """returns (content-type header value, body, as a MIME entity string with its own header)"""
    body = ''.join('--%s\n%s' % (boundary, p) for p in parts) + '--%s--\n' % boundary
    ctv = 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params)
    return 'Content-Type: %s\n\n%s' % (ctv, body)


def pdf(lines, title='Letter'):
    """Minimal valid PDF, one or more pages of Helvetica 10pt text (WinAnsi)."""
    wrapped = []
    for ln in lines:
        while len(ln) > 92:
            cut = ln.rfind(' ', 0, 92)
            cut = cut if cut > 20 else 92
            wrapped.append(ln[:cut])
            ln = '    ' + ln[cut:].lstrip()
        wrapped.append(ln)
    pages = [wrapped[i:i + 58] for i in range(0, len(wrapped), 58)] or [[]]

    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    objs = {}
    n_pages = len(pages)
    font_id = 3
    first_page = 4
    kids = []
    for i, pg in enumerate(pages):
        pid, cid = first_page + 2 * i, first_page + 2 * i + 1
        kids.append('%d 0 R' % pid)
        stream = 'BT\n/F1 10 Tf\n12.5 TL\n54 752 Td\n' + ''.join('(%s) Tj T*\n' % esc(l) for l in pg) + 'ET\n'
        sb = stream.encode('cp1252')
        objs[pid] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> '
                     '/Contents %d 0 R >>' % (font_id, cid)).encode()
        objs[cid] = b'<< /Length %d >>\nstream\n' % len(sb) + sb + b'endstream'
    info_id = first_page + 2 * n_pages
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join(kids), n_pages)).encode()
    objs[font_id] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[info_id] = ('<< /Title (%s) /Producer (Records Letter Service) >>' % esc(title)).encode('cp1252')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n'
    xref = len(out)
    n = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % n
    for k in range(1, n):
        out += b'%010d 00000 n \n' % offsets[k]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (n, info_id, xref)
    return bytes(out)


def msg(fname, headers, entity):
    """headers: list of (name, value) pairs, written in order; entity: a MIME entity (its own Content-* header)."""
    lines = ['%s: %s' % (k, v) for k, v in headers]
    raw = '\n'.join(lines) + '\nMIME-Version: 1.0\n' + entity
    MESSAGES.append((fname, raw))
    return raw


def o365(seed, org, topic, arrival, attach=False):
    """typical headers on mail from a Microsoft 365 tenant; arrival like '18 Sep 2026 13:12:04.1234 (UTC)'"""
    ti = base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()
    return [('Thread-Topic', topic), ('Thread-Index', ti),
            ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', ''),
            ('Content-Language', 'en-US'), ('X-MS-PublicTrafficType', 'Email'),
            ('X-MS-Exchange-CrossTenant-OriginalArrivalTime', arrival),
            ('X-OriginatorOrg', org)]


def o365_id(seed, box='BN8PR09MB'):
    srv = box + str(int(h(seed, 6), 16) % 9000 + 1000)
    return '<%s%s@%s.namprd09.prod.outlook.com>' % (srv, h(seed, 20).upper(), srv)


def gmail_id(seed):
    return '<CA+%s@mail.gmail.com>' % base64.b64encode(hashlib.md5(seed.encode()).digest()).decode().rstrip('=').replace('/', '_')


def group_headers(sender, gid='618227405513'):
    """headers added when mail passes the records@ Google Group (collaborative inbox)"""
    return [('X-Original-Sender', sender),
            ('X-Original-Authentication-Results', 'mx.google.com; spf=pass smtp.mailfrom=%s' % sender.split('@')[1]),
            ('Precedence', 'list'),
            ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
            ('List-ID', '<records.records.example.org>'),
            ('X-Google-Group-Id', gid),
            ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>'),
            ('List-Help', '<https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, <mailto:records+help@records.example.org>'),
            ('List-Archive', '<https://groups.google.com/a/records.example.org/group/records/>')]


def openrecords_html(agency_line, rows_html, request_id, title):
    page = 'https://a860-openrecords.nyc.gov/request/view/%s' % request_id
    return ('<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>%s</title></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            '<table width="640" cellpadding="0" cellspacing="0" style="border-top:6px solid #1a3668">\n'
            '<tr><td style="padding:14px 18px"><img src="https://a860-openrecords.nyc.gov/static/img/nyc_logo.png" alt="NYC" height="28">'
            '&nbsp;<span style="font-size:18px;color:#1a3668">OpenRecords</span></td></tr>\n'
            '<tr><td style="padding:0 18px">\n%s\n%s\n'
            '<p>Please visit <a href="%s">%s</a> to view additional information and take any necessary action.</p>\n'
            '</td></tr>\n<tr><td style="padding:18px;font-size:11px;color:#666;border-top:1px solid #ddd">'
            'This is an automated message from NYC OpenRecords. Replies to this address are not monitored. '
            'To contact the agency, use the &ldquo;Contact the Agency&rdquo; option on the request page.<br>'
            'NYC Department of Records and Information Services &middot; 31 Chambers Street, New York, NY 10007</td></tr>\n'
            '</table>\n</body>\n</html>\n') % (title, agency_line, rows_html, page, request_id)


def govqa(center, ref, heading, paras, portal_url, status=None):
    text = '%s\n\n' % heading + '\n\n'.join(paras)
    if status:
        text += '\n\nRequest status: %s' % status
    text += ('\n\nReference No.: %s\n\nTo review your request, log in to the %s:\n%s\n\n'
             '** This is an automatically generated email. Please do not reply. **\n') % (ref, center, portal_url)
    html = ('<html><body style="font-family:Verdana,sans-serif;font-size:12px">\n'
            '<div style="background:#2b4c7e;color:#fff;padding:8px 12px;font-size:15px">%s</div>\n'
            '<div style="padding:10px 12px">\n<p><b>%s</b></p>\n%s\n%s'
            '<p>Reference No.: <b>%s</b></p>\n<p>To review your request, log in to the <a href="%s">%s</a>.</p>\n'
            '<p style="color:#888;font-size:10px">** This is an automatically generated email. Please do not reply. **</p>\n'
            '</div></body></html>\n') % (center, heading,
                                          '\n'.join('<p>%s</p>' % p.replace('\n', '<br>\n') for p in paras),
                                          ('<p>Request status: <b>%s</b></p>\n' % status) if status else '',
                                          ref, portal_url, center)
    return text, html


# ----------------------------------------------------------------------------------------------------------
# Messages. Our side: Records Desk <records@records.example.org> (a Google Group used as a collaborative inbox);
# reporters Dana Whitfield, Marcus Oyelaran, Priya Raman.
OR_FROM = 'NYC OpenRecords <noreply@records.nyc.gov>'
INBOX = 'records@records.example.org'


def or_id(seed):
    return '<%s.%s@a860-openrecords.nyc.gov>' % (h(seed, 16), h(seed + 'x', 8))


# 001 NYPD stop data: OpenRecords submission receipt
msg('001-openrecords-nypd-submitted.eml', [
    ('From', OR_FROM), ('To', INBOX),
    ('Subject', '[FOIL-2026-056-18342] Request Submitted to New York City Police Department (NYPD)'),
    ('Date', 'Tue, 08 Sep 2026 14:06:11 -0400'), ('Message-ID', or_id('001')),
], leaf(openrecords_html(
    '<p>Your request <a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-056-18342">FOIL-2026-056-18342</a> '
    'has been successfully submitted to the New York City Police Department (NYPD). The details of your request are shown below.</p>',
    '<p><b>Request Title:</b> NYPD stop report (PD344-151) data with command and location fields, 2025</p>\n'
    '<p><b>Request Description:</b> An electronic extract of all stop reports (form PD344-151) completed in calendar year 2025, '
    'including the fields for the reporting command, precinct of occurrence, location of stop (street address or intersection), '
    'date and time, suspected crime, whether a frisk or search was conducted, and the outcome of the stop. We ask for the data '
    'in CSV or another machine-readable format.</p>\n'
    '<p><b>Date Submitted:</b> 09/08/2026</p>\n'
    '<p>The agency will acknowledge your request within 5 business days of receipt.</p>',
    'FOIL-2026-056-18342', 'Request Submitted'), 'text/html', 'utf-8', 'quoted-printable'))

# 002 NYPD stop data: agency acknowledgment with approximate date, hedged fee language
msg('002-openrecords-nypd-ack-stops.eml', [
    ('From', OR_FROM), ('To', INBOX),
    ('Subject', '[FOIL-2026-056-18342] Acknowledged'),
    ('Date', 'Tue, 15 Sep 2026 10:41:52 -0400'), ('Message-ID', or_id('002')),
], leaf(openrecords_html(
    '<p>The New York City Police Department (NYPD) has acknowledged your FOIL request '
    '<a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-056-18342">FOIL-2026-056-18342</a>.</p>',
    '<p>You can expect a response on or about Tuesday, January 12, 2027.</p>\n'
    '<p>Additional Information:<br>Your request has been assigned to the FOIL Unit for search and review. '
    'Please note that where electronic records require more than two hours of employee time to extract, a fee for that time '
    'may be charged under Public Officers Law &sect; 87(1)(c). You will be notified before any charge is incurred.</p>',
    'FOIL-2026-056-18342', 'Acknowledged'), 'text/html', 'utf-8', 'quoted-printable'))

# 003 NYSP via the state's GovQA FOIL centre: receipt
_t, _h = govqa('New York State FOIL Center', 'R003461-091526',
               'Dear Records Desk,',
               ['Thank you for submitting a Freedom of Information Law request to the New York State Police. '
                'Your request was received on 9/15/2026 and has been given the reference number R003461-091526 '
                'for tracking purposes.',
                'Records Requested: All traffic stop demographic data collected by the Division for stops conducted in '
                '2024 and 2025, including stop date, Troop and zone, reason for the stop, the driver\'s perceived race, '
                'ethnicity, sex and age, whether a search was conducted, and the outcome of the stop.',
                'The Division will respond to your request within five business days of receipt, as required by '
                'Public Officers Law Section 89(3)(a). You can monitor the progress of your request at the link below.'],
               'https://nysfoil.govqa.us/WEBAPP/_rs/(S(q3x0v2))/supporthome.aspx')
msg('003-govqa-nysp-received.eml', [
    ('From', 'New York State FOIL Center <nysfoil@govqa.us>'), ('To', INBOX),
    ('Subject', 'New York State Police FOIL Request :: R003461-091526'),
    ('Date', 'Tue, 15 Sep 2026 16:22:07 -0400'), ('Message-ID', '<%s@govqa.us>' % h('003', 32)),
    ('X-Mailer', 'GovQA Notification Service'),
], multipart('alternative', [leaf(_t), leaf(_h, 'text/html')], '----=_Part_%s' % h('003b', 12)))

# 004 NYPD discipline: acknowledgment
msg('004-openrecords-nypd-ack-discipline.eml', [
    ('From', OR_FROM), ('To', INBOX),
    ('Subject', '[FOIL-2026-056-18407] Acknowledged'),
    ('Date', 'Wed, 16 Sep 2026 09:18:30 -0400'), ('Message-ID', or_id('004')),
], leaf(openrecords_html(
    '<p>The New York City Police Department (NYPD) has acknowledged your FOIL request '
    '<a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-056-18407">FOIL-2026-056-18407</a>.</p>',
    '<p>You can expect a response on or about Wednesday, February 3, 2027.</p>\n'
    '<p>Additional Information:<br>Records concerning disciplinary matters that are still pending before the '
    'Deputy Commissioner of Trials are not final and may not be available until a final determination is made.</p>',
    'FOIL-2026-056-18407', 'Acknowledged'), 'text/html', 'utf-8', 'quoted-printable'))

# 005 Jersey City: our emailed OPRA request bounced from an old clerk address (Microsoft 365 NDR)
_orig007 = '''From: Records Desk <records@records.example.org>
Reply-To: records+req-007@records.example.org
To: cityclerk@jcnj.org
Subject: OPRA Request: Jersey City housing and construction code complaints and inspection reports, four addresses
Date: Wed, 16 Sep 2026 10:59:40 -0400
Message-ID: <req-007.20260916.1@records.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

To the Custodian of Records, City of Jersey City:

Under the Open Public Records Act, N.J.S.A. 47:1A-1 et seq., we request
copies of all housing code and construction code complaints received by
the City from January 1, 2024 to the present, and all resulting
inspection reports, notices of violation and re-inspection records, for
the following addresses: 31 Kensington Avenue, 410 Ocean Avenue,
88 Bidwell Avenue and 2600 Kennedy Boulevard.

We prefer electronic copies sent by email.

Records Desk
records.example.org
'''
_ndr_txt = '''Your message to cityclerk@jcnj.org couldn't be delivered.

cityclerk wasn't found at jcnj.org.

records   Office 365   cityclerk
Action Required                Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Send the message again following these steps: In Outlook, open this non-delivery
  report (NDR) and choose Send Again from the Report ribbon.
- Retype the entire address and then resend.

Diagnostic information for administrators:

Generating server: CH0PR09MB7714.namprd09.prod.outlook.com

cityclerk@jcnj.org
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient cityclerk@jcnj.org not found by SMTP address lookup'
'''
_dsn = '''Reporting-MTA: dns;CH0PR09MB7714.namprd09.prod.outlook.com
Received-From-MTA: dns;mx1.records.example.org
Arrival-Date: Wed, 16 Sep 2026 15:03:02 +0000

Final-Recipient: rfc822;cityclerk@jcnj.org
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient cityclerk@jcnj.org not found by SMTP address lookup
'''
msg('005-bounce-jcnj-ndr.eml', [
    ('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@jcnj.org>'), ('To', INBOX),
    ('Subject', 'Undeliverable: OPRA Request: Jersey City housing and construction code complaints and inspection reports, four addresses'),
    ('Date', 'Wed, 16 Sep 2026 15:03:04 +0000'),
    ('Message-ID', '<%s@CH0PR09MB7714.namprd09.prod.outlook.com>' % h('005', 32)),
    ('In-Reply-To', '<req-007.20260916.1@records.example.org>'),
    ('References', '<req-007.20260916.1@records.example.org>'),
    ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', ''),
    ('Content-Language', 'en-US'),
], multipart('report', [leaf(_ndr_txt), 'Content-Type: message/delivery-status\n\n' + _dsn, rfc822(_orig007)],
             '_000_%s_' % h('005b', 20), '; report-type=delivery-status'))

# 006 Paterson: City Clerk staff out-of-office (Exchange)
msg('006-paterson-ooo.eml', [
    ('From', 'Sonia Batista <sbatista@patersonnj.gov>'), ('To', 'records+req-008@records.example.org'),
    ('Subject', 'Automatic reply: OPRA Request: Paterson Police internal affairs summaries and major discipline reports, 2022-2025'),
    ('Date', 'Wed, 16 Sep 2026 13:40:19 -0400'), ('Message-ID', o365_id('006', 'MN2PR09MB')),
    ('In-Reply-To', '<req-008.20260916.1@records.example.org>'),
    ('References', '<req-008.20260916.1@records.example.org>'),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'sbatista@patersonnj.gov'),
] + o365('006', 'patersonnj.gov', 'OPRA Request: Paterson Police internal affairs summaries and major discipline reports, 2022-2025',
         '16 Sep 2026 17:40:19.0412 (UTC)'),
    leaf('''I am out of the office through Monday, September 21, 2026.

OPRA requests that arrive while I am away will be logged when I return.
For anything urgent, please call the Office of the City Clerk at
(973) 321-1310.

Sonia Batista
Office of the City Clerk | City of Paterson
155 Market Street, Paterson, NJ 07505
'''))

# 007 DOB: acknowledgment with approximate date
msg('007-openrecords-dob-ack.eml', [
    ('From', OR_FROM), ('To', INBOX),
    ('Subject', '[FOIL-2026-810-07719] Acknowledged'),
    ('Date', 'Thu, 17 Sep 2026 15:55:02 -0400'), ('Message-ID', or_id('007')),
], leaf(openrecords_html(
    '<p>The Department of Buildings (DOB) has acknowledged your FOIL request '
    '<a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-810-07719">FOIL-2026-810-07719</a>.</p>',
    '<p>You can expect a response on or about Friday, October 16, 2026.</p>\n'
    '<p>Additional Information:<br>Complaint histories and inspection dispositions for the four listed properties '
    'are being retrieved from BIS and DOB NOW. Archived paper inspection records, if any, are kept at the Bronx '
    'borough office.</p>',
    'FOIL-2026-810-07719', 'Acknowledged'), 'text/html', 'utf-8', 'quoted-printable'))

# 008 Jersey City: terse clerk acknowledgment of the re-sent request (received 9/17)
msg('008-jcnj-ack-terse.eml', [
    ('From', '"Kowal, Marta" <MKowal@jcnj.org>'), ('To', 'records+req-007@records.example.org'),
    ('Subject', 'RE: OPRA Request: Jersey City housing and construction code complaints and inspection reports, four addresses'),
    ('Date', 'Fri, 18 Sep 2026 09:12:44 -0400'), ('Message-ID', o365_id('008', 'CH0PR09MB')),
    ('In-Reply-To', '<req-007.20260917.2@records.example.org>'),
    ('References', '<req-007.20260916.1@records.example.org> <req-007.20260917.2@records.example.org>'),
] + o365('008', 'jcnj.org', 'OPRA Request: Jersey City housing and construction code complaints and inspection reports, four addresses',
         '18 Sep 2026 13:12:44.8810 (UTC)'),
    leaf('''Rec'd 9/17/26. Logged as C26-1187. Sent to Housing Code Enforcement and
Construction Code.

M. Kowal
Deputy City Clerk / OPRA
City of Jersey City | 280 Grove Street | Jersey City, NJ 07302
'''))

# 009 SCOC: acknowledgment, states received Sep 15 (request sent after hours Sep 14); number only in the body
msg('009-scoc-ack.eml', [
    ('From', '"Harlan, Michael (SCOC)" <Michael.Harlan@scoc.ny.gov>'), ('To', 'records+req-005@records.example.org'),
    ('Subject', 'RE: FOIL Request: Commission of Correction Medical Review Board reports on deaths in local jails, 2024-2026'),
    ('Date', 'Fri, 18 Sep 2026 11:20:05 -0400'), ('Message-ID', o365_id('009', 'BL0PR09MB')),
    ('In-Reply-To', '<req-005.20260914.1@records.example.org>'),
    ('References', '<req-005.20260914.1@records.example.org>'),
] + o365('009', 'ny.gov', 'FOIL Request: Commission of Correction Medical Review Board reports on deaths in local jails, 2024-2026',
         '18 Sep 2026 15:20:05.2207 (UTC)'),
    leaf('''Good morning,

The New York State Commission of Correction received your Freedom of
Information Law request by email. Because it arrived after 5:00 p.m. on
September 14, it was logged as received on September 15, 2026, and has
been assigned FOIL log number F26-0418. Please refer to that number in
any correspondence about this request.

Responsive records are maintained by the Commission's Medical Review
Board and must be located and reviewed before they can be released. We
anticipate that a determination on your request will be made on or
before October 27, 2026.

Michael T. Harlan
Records Access Officer
New York State Commission of Correction
Alfred E. Smith State Office Building, 80 South Swan Street, Albany, NY 12210

-----Original Message-----
From: Records Desk <records@records.example.org>
Sent: Monday, September 14, 2026 6:12 PM
To: FOIL (SCOC) <foil@scoc.ny.gov>
Subject: FOIL Request: Commission of Correction Medical Review Board reports on deaths in local jails, 2024-2026

Records Access Officer:

Under the New York Freedom of Information Law, Public Officers Law
Article 6, we request copies of the final reports of the Commission's
Medical Review Board concerning deaths of incarcerated persons in New
York City Department of Correction facilities and county jails that
occurred from January 1, 2024 to the present, together with any
recommendations the Commission issued to the facilities concerned.

Records Desk
'''))

# 010 ECPO: acknowledgment quoting our request; M365
msg('010-ecpo-ack.eml', [
    ('From', 'OPRA Custodian <OPRA@njecpo.org>'), ('To', 'records+req-009@records.example.org'),
    ('Subject', 'ECPO-OPRA-26-0614 Acknowledgment'),
    ('Date', 'Fri, 18 Sep 2026 14:30:12 -0400'), ('Message-ID', o365_id('010', 'SA1PR09MB')),
] + o365('010', 'njecpo.org', 'ECPO-OPRA-26-0614 Acknowledgment', '18 Sep 2026 18:30:12.5531 (UTC)'),
    leaf('''The Essex County Prosecutor's Office received your OPRA request on
September 17, 2026. It has been assigned No. ECPO-OPRA-26-0614.

A response will be provided within seven business days of receipt as
required by N.J.S.A. 47:1A-5(i).

Lorraine Dubose
Custodian of Records
Essex County Prosecutor's Office
Veterans Courthouse, 50 West Market Street, Newark, NJ 07102

________________________________
From: Records Desk <records@records.example.org>
Sent: Thursday, September 17, 2026 9:48 AM
To: OPRA Custodian <OPRA@njecpo.org>
Subject: OPRA Request: Essex County Prosecutor's Office internal affairs oversight records, 2023-2025

Custodian of Records:

Under OPRA we request, for 2023 through 2025: (1) internal affairs
investigation summaries and reports that municipal police departments in
Essex County submitted to the Prosecutor's Office under the Attorney
General's Internal Affairs Policy & Procedures; (2) the Prosecutor's
Office's own reviews or audits of those departments' internal affairs
functions; (3) any reports of major discipline received by the Office.

Records Desk
'''))

# 011 NYC DOC: acknowledgment
msg('011-openrecords-doc-ack.eml', [
    ('From', OR_FROM), ('To', INBOX),
    ('Subject', '[FOIL-2026-072-03391] Acknowledged'),
    ('Date', 'Mon, 21 Sep 2026 12:02:47 -0400'), ('Message-ID', or_id('011')),
], leaf(openrecords_html(
    '<p>The Department of Correction (DOC) has acknowledged your FOIL request '
    '<a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-072-03391">FOIL-2026-072-03391</a>.</p>',
    '<p>You can expect a response on or about Friday, December 18, 2026.</p>\n'
    '<p>Additional Information:<br>The Department is reviewing your request in coordination with its Investigation '
    'Division and the Office of the General Counsel.</p>',
    'FOIL-2026-072-03391', 'Acknowledged'), 'text/html', 'utf-8', 'quoted-printable'))

# 012 Newark: clerk acknowledgment, hedged special service charge
msg('012-newark-ack.eml', [
    ('From', 'City Clerk OPRA <opra@newarknj.gov>'), ('To', 'records+req-010@records.example.org'),
    ('Subject', 'OPRA Request No. OPRA-2026-02210 - Acknowledgement of Receipt'),
    ('Date', 'Tue, 22 Sep 2026 10:05:33 -0400'), ('Message-ID', o365_id('012', 'PH0PR09MB')),
    ('In-Reply-To', '<req-010.20260921.1@records.example.org>'),
    ('References', '<req-010.20260921.1@records.example.org>'),
] + o365('012', 'newarknj.gov', 'OPRA Request No. OPRA-2026-02210 - Acknowledgement of Receipt', '22 Sep 2026 14:05:33.0017 (UTC)'),
    leaf('''Dear Requestor:

The Office of the City Clerk acknowledges receipt on 09/21/2026 of your
Open Public Records Act request for Newark Police Division stop report
data for calendar year 2025. Your request has been assigned OPRA Request
No. OPRA-2026-02210 and forwarded to the Department of Public Safety.

Pursuant to N.J.S.A. 47:1A-5(i), the custodian will respond as soon as
possible but not later than seven (7) business days after receipt.
Please be advised that if fulfilling the request involves an
extraordinary expenditure of time and effort or substantial use of
information technology, a special service charge may be assessed under
N.J.S.A. 47:1A-5(c) and (d). You would be notified of any such charge
before work is performed.

OPRA Unit
Office of the City Clerk
City of Newark, 920 Broad Street, Room 216, Newark, NJ 07102
'''))

# 013 BPD: acknowledgment that came in through the Google Group (From rewritten, "via Records Desk")
msg('013-bpd-ack-via-group.eml', [
    ('From', '"\'Pierce, Sharonda\' via Records Desk" <records@records.example.org>'),
    ('Reply-To', '"Pierce, Sharonda" <Sharonda.Pierce@baltimorepolice.org>'),
    ('To', 'records+req-011@records.example.org'),
    ('Subject', "RE: PIA Request: Baltimore Police Department sustained misconduct case files (Anton's Law), 2023-2025"),
    ('Date', 'Tue, 22 Sep 2026 15:47:26 -0400'), ('Message-ID', o365_id('013', 'DM5PR09MB')),
    ('In-Reply-To', '<req-011.20260922.1@records.example.org>'),
    ('References', '<req-011.20260922.1@records.example.org>'),
] + group_headers('Sharonda.Pierce@baltimorepolice.org'),
    leaf('''Good afternoon,

This email acknowledges receipt of your Maryland Public Information Act
request dated September 22, 2026, which has been assigned BPD PIA #26-1877.

Under General Provisions Article, Section 4-203, the Department has
30 days to respond. If it will take the Department more than 10 working
days to produce responsive records, you will receive a letter stating
the reason for the delay, an estimate of the time needed, and an
estimate of any fees.

Sharonda Pierce
PIA Coordinator, Legal Affairs Division
Baltimore Police Department
242 W. 29th Street, Baltimore, MD 21211

--
You received this message because you are subscribed to the Google Groups "Records Desk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@records.example.org.
'''))

# 014 NJ Government Records Council newsletter (not about any request)
_grc_t = '''GRC UPDATE - September 2026
New Jersey Government Records Council

FALL OPRA TRAINING
The Council will hold two free virtual sessions for records custodians,
requestors and municipal attorneys: Wednesday, October 14 and Wednesday,
November 18, 2026, 10:00 a.m. to noon. Topics include the special service
charge, requests for police records, and how to write a lawful denial.

REMINDER: COMPLAINT FILING WINDOW
Since the 2024 amendments to OPRA, a Denial of Access Complaint must be
filed with the Council within 45 calendar days of the custodian's
response or of the custodian's failure to respond. The Council cannot
accept complaints from anonymous requestors.

RECENT FINAL DECISIONS (summaries)
- Ortega v. Township of Millbrook (Monmouth) - a custodian who closed a
  request as "overly broad" without seeking clarification unlawfully
  denied access.
- Frasier v. Borough of Kent Lake (Sussex) - internal affairs files
  remain exempt; the Council has no authority over common-law access
  claims.
Full decisions are posted on the Council's website.

You are receiving this message because you subscribed to GRC updates.
Unsubscribe: https://www.nj.gov/grc/unsubscribe
Government Records Council, 101 South Broad Street, PO Box 819, Trenton, NJ 08625
'''
msg('014-grc-newsletter.eml', [
    ('From', 'NJ Government Records Council <grc.updates@dca.nj.gov>'), ('To', INBOX),
    ('Subject', 'GRC Update: fall OPRA training sessions, filing window reminder, recent decisions'),
    ('Date', 'Wed, 23 Sep 2026 08:00:00 -0400'), ('Message-ID', '<grc-update-2026-09.%s@dca.nj.gov>' % h('014', 10)),
    ('List-Unsubscribe', '<https://www.nj.gov/grc/unsubscribe>'), ('Precedence', 'bulk'),
], multipart('alternative', [leaf(_grc_t),
    leaf('<html><body style="font-family:Georgia,serif">\n' + ''.join(
        '<p>%s</p>\n' % para.replace('\n', ' ') for para in _grc_t.split('\n\n')) + '</body></html>\n', 'text/html')],
    '==GRC_%s' % h('014b', 10)))

# 015 DPSCS: Google Workspace vacation responder from the PIA representative
msg('015-dpscs-ooo.eml', [
    ('From', 'Carl Ebersole <carl.ebersole@maryland.gov>'), ('To', 'records+req-012@records.example.org'),
    ('Subject', 'Out of Office - returning 9/28'),
    ('Date', 'Wed, 23 Sep 2026 18:41:03 -0400'), ('Message-ID', gmail_id('015')),
    ('In-Reply-To', '<req-012.20260923.1@records.example.org>'),
    ('References', '<req-012.20260923.1@records.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
], leaf('''I am out of the office until Monday, September 28, 2026, and will have no
access to email. Public Information Act requests for the Department of
Public Safety and Correctional Services may also be sent to
dpscs.pia@maryland.gov, where they will be logged in my absence.

Carl Ebersole
PIA Representative | Office of the Secretary
Maryland Department of Public Safety and Correctional Services
'''))

# 016 Paterson: clerk transfers the request to the Police Division custodian; subject replaced, no threading
msg('016-paterson-transfer.eml', [
    ('From', 'Office of the City Clerk <cityclerk@patersonnj.gov>'), ('To', 'records+req-008@records.example.org'),
    ('Subject', 'Records request - transferred'),
    ('Date', 'Thu, 24 Sep 2026 11:15:48 -0400'), ('Message-ID', o365_id('016', 'MN2PR09MB')),
] + o365('016', 'patersonnj.gov', 'Records request - transferred', '24 Sep 2026 15:15:48.1174 (UTC)'),
    leaf('''Your OPRA request dated 9/16/2026 (Police internal affairs summaries and
major discipline reports) has been transferred to the records custodian
of the Paterson Police Division, which maintains those records. The
Division will respond to you directly.

Please note the Police Division has operated under the supervision of
the Office of the Attorney General since 2023. Some records may be held
by that Office.

Office of the City Clerk
City of Paterson
'''))

# 017 ECPO: denial letter (PDF only) forwarded by a reporter to the desk with a comment on top
_ecpo_letter = pdf([
    'ESSEX COUNTY PROSECUTOR\'S OFFICE',
    'Veterans Courthouse, 50 West Market Street, Newark, New Jersey 07102',
    '',
    'September 28, 2026',
    '',
    'VIA EMAIL',
    'Records Desk',
    'records.example.org',
    '',
    'Re: OPRA Request No. ECPO-OPRA-26-0614',
    '',
    'Dear Requestor:',
    '',
    'This Office has reviewed your request received September 17, 2026 for (1) internal affairs',
    'investigation summaries and reports submitted by municipal police departments in Essex County,',
    '(2) this Office\'s reviews or audits of those departments\' internal affairs functions, and',
    '(3) reports of major discipline received by this Office, for 2023 through 2025.',
    '',
    'Your request is denied in its entirety.',
    '',
    'Internal affairs reports and files are confidential under the Attorney General\'s Internal Affairs',
    'Policy & Procedures, which has the force of law for law enforcement agencies, and are exempt as',
    'personnel records under N.J.S.A. 47:1A-10. To the extent the records concern matters referred for',
    'criminal review, they are criminal investigatory records exempt under N.J.S.A. 47:1A-1.1. Reviews',
    'of agency internal affairs units prepared by this Office are advisory, consultative and deliberative',
    'material exempt under N.J.S.A. 47:1A-1.1.',
    '',
    'Summaries of major discipline are published by each law enforcement agency on its own website, as',
    'the Internal Affairs Policy & Procedures requires. Those publications are not records maintained by',
    'this Office for purposes of your request.',
    '',
    'You may challenge this denial by filing a Denial of Access Complaint with the Government Records',
    'Council within 45 calendar days, or by filing an action in the Superior Court of New Jersey.',
    '',
    'Lorraine Dubose',
    'Custodian of Records',
], 'ECPO-OPRA-26-0614 Response')
_fwd017 = '''Desk - ECPO sent their answer to me instead of the records address (I
called Lorraine last week to ask about timing). Flat denial on all three
items. I think we take the IA audit piece to the GRC; the 45 days start
today. Dana, can you look at this before Friday?

Priya

---------- Forwarded message ---------
From: Dubose, Lorraine <LDubose@njecpo.org>
Date: Mon, Sep 28, 2026 at 3:10 PM
Subject: OPRA Response - ECPO-OPRA-26-0614
To: Priya Raman <praman@records.example.org>


Please see attached response to your OPRA request.

Lorraine Dubose
Custodian of Records
Essex County Prosecutor's Office
'''
msg('017-fwd-ecpo-denial-pdf.eml', [
    ('From', 'Priya Raman <praman@records.example.org>'), ('To', INBOX),
    ('Cc', 'Dana Whitfield <dwhitfield@records.example.org>'),
    ('Subject', 'Fwd: OPRA Response - ECPO-OPRA-26-0614'),
    ('Date', 'Mon, 28 Sep 2026 15:52:10 -0400'), ('Message-ID', gmail_id('017')),
], multipart('mixed', [leaf(_fwd017), attachment(_ecpo_letter, 'application/pdf', 'ECPO-OPRA-26-0614 Response.pdf')],
             '000000000000%s' % h('017b', 16)))

# 018 Jersey City: terse extension with a new date; subject is only the log number; no threading
msg('018-jcnj-extension.eml', [
    ('From', '"Kowal, Marta" <MKowal@jcnj.org>'), ('To', 'records+req-007@records.example.org'),
    ('Subject', 'C26-1187'),
    ('Date', 'Mon, 28 Sep 2026 16:48:02 -0400'), ('Message-ID', o365_id('018', 'CH0PR09MB')),
] + o365('018', 'jcnj.org', 'C26-1187', '28 Sep 2026 20:48:02.3340 (UTC)'),
    leaf('''Extension needed. Housing Code Enforcement still pulling inspection
files from storage. Response by 10/9/26.

M. Kowal
Deputy City Clerk / OPRA
'''))

# 019 NYSP GovQA: "request updated" with no content
_t, _h = govqa('New York State FOIL Center', 'R003461-091526', 'Dear Records Desk,',
               ['Your New York State Police FOIL request has been updated. To view the update, please log in to '
                'the FOIL Center using the link below.'],
               'https://nysfoil.govqa.us/WEBAPP/_rs/(S(q3x0v2))/supporthome.aspx')
msg('019-govqa-nysp-updated.eml', [
    ('From', 'New York State FOIL Center <nysfoil@govqa.us>'), ('To', INBOX),
    ('Subject', 'Your request has been updated :: R003461-091526'),
    ('Date', 'Tue, 29 Sep 2026 08:30:55 -0400'), ('Message-ID', '<%s@govqa.us>' % h('019', 32)),
    ('X-Mailer', 'GovQA Notification Service'),
], multipart('alternative', [leaf(_t), leaf(_h, 'text/html')], '----=_Part_%s' % h('019b', 12)))

# 020 Newark: special service charge, forwarded twice between reporters (Fwd: Fwd:) with comments
_fwd020 = '''Desk - logging this for the Newark stop-data request. Marcus says we go
ahead (budget OK up to $500). I'll send the clerk our acceptance tomorrow
morning unless somebody objects tonight.

-P

---------- Forwarded message ---------
From: Marcus Oyelaran <moyelaran@records.example.org>
Date: Wed, Sep 30, 2026 at 4:58 PM
Subject: Fwd: OPRA-2026-02210 special service charge
To: Priya Raman <praman@records.example.org>


Priya - Newark wants money before they run the query. $412.80 feels
steep but it's inside what we budgeted. Can you take it? It came to me
because I called the clerk's office last week.

M.

---------- Forwarded message ---------
From: OPRA Unit <opra@newarknj.gov>
Date: Wed, Sep 30, 2026 at 3:41 PM
Subject: OPRA-2026-02210 special service charge
To: <moyelaran@records.example.org>


Dear Requestor:

The Newark Police Division maintains stop reports in its records
management system. Extracting calendar year 2025 stop data with the
fields you requested will require approximately 12 hours of work by the
Division of Information Technology.

Pursuant to N.J.S.A. 47:1A-5(c), a special service charge of $412.80
(12 hours at $34.40 per hour, the hourly rate of the lowest-paid
employee capable of performing the work) applies to this request. A
deposit of 50% ($206.40) is required before work begins.

Please advise in writing within five (5) business days whether you
accept the charge. If we do not receive a response, the request will be
considered closed. You have the right to challenge the special service
charge before the Government Records Council.

OPRA Unit
Office of the City Clerk, City of Newark
'''
msg('020-fwd-fwd-newark-fee.eml', [
    ('From', 'Priya Raman <praman@records.example.org>'), ('To', INBOX),
    ('Cc', 'Marcus Oyelaran <moyelaran@records.example.org>'),
    ('Subject', 'Fwd: Fwd: OPRA-2026-02210 special service charge'),
    ('Date', 'Wed, 30 Sep 2026 17:25:41 -0400'), ('Message-ID', gmail_id('020')),
], multipart('alternative', [leaf(_fwd020),
    leaf('<div dir="ltr">' + _fwd020.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n')
         + '</div>\n', 'text/html')], '000000000000%s' % h('020b', 16)))

# 021 Baltimore DHCD: our request bounced at our own outbound MTA (Postfix DSN, headers of the original only)
_dsn021_txt = '''This is the mail system at host mx1.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dhcd.pia@baltimorecity.gov>: host
    baltimorecity-gov.mail.protection.outlook.com[52.101.11.4] said: 550 5.4.1
    Recipient address rejected: Access denied. [BN1PEPF0000468D.namprd09.prod.outlook.com]
    (in reply to RCPT TO command)
'''
_dsn021 = '''Reporting-MTA: dns; mx1.records.example.org
X-Postfix-Queue-ID: 4Ht7Qk1vZ9z3xR2
X-Postfix-Sender: rfc822; records@records.example.org
Arrival-Date: Thu,  1 Oct 2026 10:12:31 -0400 (EDT)

Final-Recipient: rfc822; dhcd.pia@baltimorecity.gov
Original-Recipient: rfc822;dhcd.pia@baltimorecity.gov
Action: failed
Status: 5.4.1
Remote-MTA: dns; baltimorecity-gov.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
'''
_hdr021 = '''Received: from [10.20.0.17] (desk-laptop.records.example.org [10.20.0.17])
	by mx1.records.example.org (Postfix) with ESMTPSA id 4Ht7Qk1vZ9z3xR2
	for <dhcd.pia@baltimorecity.gov>; Thu,  1 Oct 2026 10:12:31 -0400 (EDT)
From: Records Desk <records@records.example.org>
Reply-To: records+req-013@records.example.org
To: dhcd.pia@baltimorecity.gov
Subject: PIA Request: Baltimore DHCD housing code complaints and inspection notices, 2025-2026
Date: Thu, 1 Oct 2026 10:12:29 -0400
Message-ID: <req-013.20261001.1@records.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
'''
msg('021-bounce-postfix-dhcd.eml', [
    ('From', 'MAILER-DAEMON@mx1.records.example.org (Mail Delivery System)'), ('To', INBOX),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Date', 'Thu,  1 Oct 2026 10:12:33 -0400 (EDT)'), ('Message-ID', '<20261001141233.5C1E23A0F1@mx1.records.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
], multipart('report', [leaf(_dsn021_txt, extra=['Content-Description: Notification']),
                        'Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + _dsn021,
                        'Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n' + _hdr021],
             '4Ht7Qk1vZ9z3xR2.1790000353/mx1.records.example.org', '; report-type=delivery-status'))

# 022 Paterson Police Division: no responsive records; GRC 45 days; new subject, no threading
msg('022-paterson-pd-no-records.eml', [
    ('From', '"Carrasquillo, Ruben" <RCarrasquillo@patersonnj.gov>'), ('To', 'records+req-008@records.example.org'),
    ('Subject', 'OPRA - IA summaries / major discipline'),
    ('Date', 'Fri, 02 Oct 2026 14:05:19 -0400'), ('Message-ID', o365_id('022', 'MN2PR09MB')),
] + o365('022', 'patersonnj.gov', 'OPRA - IA summaries / major discipline', '02 Oct 2026 18:05:19.6620 (UTC)'),
    leaf('''Good afternoon,

I am the records custodian for the Paterson Police Division. The City
Clerk transferred your OPRA request to the Division on 9/24/2026.

After a search, the Division has no records responsive to your request
for internal affairs summaries or major discipline reports for 2022
through 2025. Since March 2023 the Division's internal affairs function
has been supervised by the Office of the Attorney General, and any such
records would be maintained by that Office. Requests to the Attorney
General go through the Department of Law and Public Safety's OPRA
custodian.

If you disagree with this response, you may file a complaint with the
Government Records Council within 45 days or bring an action in Superior
Court.

Det. R. Carrasquillo
Records Custodian
Paterson Police Division
111 Broadway, Paterson, NJ 07505
'''))

# 023 DPSCS: acknowledgment only in a PDF letter; states received September 24 (sent Sept 23 after hours)
_dpscs_ack = pdf([
    'STATE OF MARYLAND',
    'DEPARTMENT OF PUBLIC SAFETY AND CORRECTIONAL SERVICES',
    'Office of the Secretary',
    '6776 Reisterstown Road, Suite 310, Baltimore, Maryland 21215',
    '',
    'October 2, 2026',
    '',
    'Records Desk',
    'records+req-012@records.example.org',
    '',
    'RE: Maryland Public Information Act Request, DPSCS No. 26-PIA-0931',
    '',
    'Dear Requestor:',
    '',
    'The Department of Public Safety and Correctional Services received your request under the',
    'Maryland Public Information Act, General Provisions Article ("GP") Sections 4-101 et seq., on',
    'September 24, 2026. You requested records relating to deaths of persons detained at the Baltimore',
    'Central Booking and Intake Center from January 1, 2024 to the present, including incident',
    'reports, death notifications, and investigative reports.',
    '',
    'Because the Department anticipates that it will take more than ten (10) working days to produce',
    'responsive records, this letter is sent under GP Section 4-203(b)(2). Records must be retrieved',
    'from the Intelligence and Investigative Division and from the facility and reviewed for',
    'information that may not be disclosed. The Department expects to respond to your request no',
    'later than October 23, 2026.',
    '',
    'The first two hours of search and preparation time are free (GP Section 4-206). At this time the',
    'Department does not expect fees to exceed that amount; if this changes you will be notified before',
    'any fee is incurred.',
    '',
    'Please refer to DPSCS No. 26-PIA-0931 in any correspondence.',
    '',
    'Sincerely,',
    'Carl Ebersole',
    'PIA Representative',
], 'DPSCS PIA Acknowledgment')
msg('023-dpscs-ack-pdf.eml', [
    ('From', 'DPSCS PIA <dpscs.pia@maryland.gov>'), ('To', 'records+req-012@records.example.org'),
    ('Subject', 'PIA Request - Acknowledgment'),
    ('Date', 'Fri, 02 Oct 2026 16:20:40 -0400'), ('Message-ID', gmail_id('023')),
], multipart('mixed', [leaf('''Please find attached correspondence regarding your Public Information Act request.

PIA Unit | Office of the Secretary
Maryland Department of Public Safety and Correctional Services
'''), attachment(_dpscs_ack, 'application/pdf', '26-PIA-0931_Acknowledgment.pdf')], '000000000000%s' % h('023b', 16)))

# 024 Delaware state FOIA portal: submission receipt for DOC (HTML only)
msg('024-delaware-portal-doc-received.eml', [
    ('From', 'Delaware FOIA Portal <noreply@foia.delaware.gov>'), ('To', INBOX),
    ('Subject', 'FOIA Request DOC-2026-00412 Received'),
    ('Date', 'Mon, 05 Oct 2026 13:10:22 -0400'), ('Message-ID', '<%s@foia.delaware.gov>' % h('024', 28)),
], leaf('''<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<div style="background:#00366c;color:#fff;padding:10px 14px"><b>State of Delaware</b> &middot; Freedom of Information Act Requests</div>
<div style="padding:12px 14px">
<p>Thank you for submitting a Freedom of Information Act request.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Request Number</b></td><td>DOC-2026-00412</td></tr>
<tr><td><b>Public Body</b></td><td>Department of Correction</td></tr>
<tr><td><b>Date Received</b></td><td>10/05/2026</td></tr>
<tr><td><b>Description</b></td><td>Records of in-custody deaths at Department of Correction facilities, January 1, 2024 to present:
death notifications, incident reports, mortality reviews and investigative summaries.</td></tr>
</table>
<p>Under 29 <i>Del. C.</i> &sect; 10003(h)(1), the public body will respond within 15 business days by providing access,
denying the request, or advising that additional time is needed.</p>
<p>Track the status of your request at <a href="https://foia.delaware.gov/requests">foia.delaware.gov</a>.</p>
<p style="font-size:11px;color:#666">This mailbox is not monitored. Please do not reply to this message.</p>
</div></body></html>
''', 'text/html', 'utf-8', 'quoted-printable'))

# 025 BPD: ten-working-day letter with a fee range and prepayment (fee estimate), estimated first release date
msg('025-bpd-fee-notice.eml', [
    ('From', '"Pierce, Sharonda" <Sharonda.Pierce@baltimorepolice.org>'), ('To', 'records+req-011@records.example.org'),
    ('Subject', 'BPD PIA #26-1877 - Ten Working Day Letter'),
    ('Date', 'Mon, 05 Oct 2026 15:30:09 -0400'), ('Message-ID', o365_id('025', 'DM5PR09MB')),
] + o365('025', 'baltimorepolice.org', 'BPD PIA #26-1877 - Ten Working Day Letter', '05 Oct 2026 19:30:09.7712 (UTC)'),
    leaf('''Dear Requestor:

This letter concerns your Maryland Public Information Act request,
BPD PIA #26-1877, for Internal Affairs case files in sustained
misconduct matters closed between 2023 and 2025. It is provided under
General Provisions Article ("GP") Section 4-203(b)(2) because the
Department will need more than ten working days to produce responsive
records.

Reason for delay: the Department estimates that the request covers
approximately 140 sustained Internal Affairs cases. Each file must be
retrieved and reviewed, and information that must be withheld under the
PIA (for example medical information and the identities of witnesses
and complainants) must be redacted.

Estimated time: the Department anticipates that it will complete its
production of responsive records by December 18, 2026.

Estimated fees: $280.00 to $520.00. The first two hours of search and
preparation are free (GP Section 4-206(c)); the remaining time is
charged at the prorated salary of the lowest-paid employee able to do
the work. A prepayment of $280.00 is required before the Department
begins processing. You may ask for a fee waiver under GP Section
4-206(e) by explaining why a waiver would be in the public interest.

Please let me know how you would like to proceed.

Sharonda Pierce
PIA Coordinator, Legal Affairs Division
Baltimore Police Department
''', 'text/plain', 'utf-8', 'quoted-printable'))

# 026 Baltimore City PIA centre (GovQA/mycusthelp): acknowledgment, received 10/2 (our first email bounced on 10/1)
_t, _h = govqa('Baltimore City Public Information Act Center', 'R014620-100226', 'Dear Records Desk,',
               ['The City of Baltimore has acknowledged your Maryland Public Information Act request received on '
                '10/2/2026. Your request has been routed to: Department of Housing & Community Development.',
                'Request description: Housing code complaints (311 service requests) and the resulting inspection '
                'notices and violation notices issued by DHCD, January 1, 2025 to present.',
                'Under the Public Information Act the agency will grant or deny your request within 30 days of receipt. '
                'If more than 10 working days are needed to produce records, the agency will tell you why, how long it '
                'expects to take, and the estimated fees.'],
               'https://baltimorecitymd.mycusthelp.com/WEBAPP/_rs/(S(bx14f2))/supporthome.aspx',
               status='Acknowledged')
msg('026-govqa-dhcd-ack.eml', [
    ('From', 'Baltimore City PIA Center <baltimorecitymd@mycusthelp.net>'), ('To', INBOX),
    ('Subject', 'Public Information Act Request :: R014620-100226'),
    ('Date', 'Tue, 06 Oct 2026 09:05:14 -0400'), ('Message-ID', '<%s@mycusthelp.net>' % h('026', 32)),
    ('X-Mailer', 'GovQA Notification Service'),
], multipart('alternative', [leaf(_t), leaf(_h, 'text/html')], '----=_Part_%s' % h('026b', 12)))

# 027 Wilmington: acknowledgment, hedged "may be needed" extension, threaded reply
msg('027-wilmington-ack.eml', [
    ('From', '"Lucas, Andre" <ALucas@wilmingtonde.gov>'), ('To', 'records+req-015@records.example.org'),
    ('Subject', 'RE: FOIA Request: Wilmington Police Department Office of Professional Standards complaint and discipline records, 2022-2025'),
    ('Date', 'Wed, 07 Oct 2026 11:45:37 -0400'), ('Message-ID', o365_id('027', 'BY5PR09MB')),
    ('In-Reply-To', '<req-015.20261006.1@records.example.org>'),
    ('References', '<req-015.20261006.1@records.example.org>'),
] + o365('027', 'wilmingtonde.gov', 'FOIA Request: Wilmington Police Department Office of Professional Standards complaint and discipline records, 2022-2025',
         '07 Oct 2026 15:45:37.1009 (UTC)'),
    leaf('''Good morning,

The City of Wilmington received your FOIA request on October 6, 2026 and
has assigned it FOIA No. 2026-0317.

Under 29 Del. C. Section 10003(h)(1) the City will respond within fifteen
business days. If additional time may be needed to review records with
the Police Department, I will let you know in writing and give you a
good-faith estimate of when we will respond.

Andre Lucas
FOIA Coordinator, City of Wilmington Law Department
Louis L. Redding City/County Building, 800 N. French Street, Wilmington, DE 19801
'''))

# 028 NYSP via GovQA: clarification request posted by staff
_t, _h = govqa('New York State FOIL Center', 'R003461-091526', 'Dear Records Desk,',
               ['The New York State Police has posted the following message regarding your FOIL request:',
                '"Your request seeks all traffic stop demographic data collected by the Division for 2024 and 2025. '
                'Before the Division can search, please clarify whether you are seeking (1) the stop-level records '
                'entered in the Division\'s electronic ticketing and stop reporting system, which would be provided '
                'as a data extract with personal identifiers removed, or (2) the aggregate summary reports prepared '
                'by the Division. Please also tell us whether you are interested in all Troops or only particular '
                'Troops. If we do not receive your clarification within 30 days, your request will be closed."',
                'To respond, log in to the FOIL Center and reply to this message.'],
               'https://nysfoil.govqa.us/WEBAPP/_rs/(S(q3x0v2))/supporthome.aspx',
               status='Awaiting Requester Response')
msg('028-govqa-nysp-clarification.eml', [
    ('From', 'New York State FOIL Center <nysfoil@govqa.us>'), ('To', INBOX),
    ('Subject', 'Clarification Needed :: R003461-091526'),
    ('Date', 'Thu, 08 Oct 2026 10:20:16 -0400'), ('Message-ID', '<%s@govqa.us>' % h('028', 32)),
    ('X-Mailer', 'GovQA Notification Service'),
], multipart('alternative', [leaf(_t), leaf(_h, 'text/html')], '----=_Part_%s' % h('028b', 12)))

# 029 Jersey City: final response with a PDF of records; one address had nothing
_jc_records = pdf([
    'CITY OF JERSEY CITY - DIVISION OF HOUSING CODE ENFORCEMENT',
    'Complaint / Inspection History - produced for OPRA C26-1187',
    '',
    '31 KENSINGTON AVE',
    '  2024-03-11  Complaint: no heat, apt 3F        Insp 2024-03-13  Violation issued, HCE-24-0877',
    '  2024-04-02  Re-inspection                      Abated',
    '  2025-11-20  Complaint: water leak, ceiling    Insp 2025-11-24  Violation issued, HCE-25-3120',
    '',
    '410 OCEAN AVE',
    '  2024-07-19  Complaint: rodents, common areas  Insp 2024-07-23  Violation issued, HCE-24-2291',
    '  2024-09-05  Re-inspection                      Not abated - summons issued',
    '',
    '2600 KENNEDY BLVD (Construction Code Official)',
    '  2025-02-14  Complaint: work without permit    Insp 2025-02-18  Stop Work Order issued',
    '  2025-03-30  Permit issued, SWO lifted',
    '',
    '88 BIDWELL AVE',
    '  No complaints or inspections found for the period requested.',
], 'C26-1187 records')
msg('029-jcnj-final.eml', [
    ('From', '"Kowal, Marta" <MKowal@jcnj.org>'), ('To', 'records+req-007@records.example.org'),
    ('Subject', 'RE: C26-1187'),
    ('Date', 'Fri, 09 Oct 2026 15:58:21 -0400'), ('Message-ID', o365_id('029', 'CH0PR09MB')),
    ('In-Reply-To', '<req-007.20260929.3@records.example.org>'),
    ('References', '%s <req-007.20260929.3@records.example.org>' % o365_id('018', 'CH0PR09MB')),
] + o365('029', 'jcnj.org', 'C26-1187', '09 Oct 2026 19:58:21.4471 (UTC)', attach=True),
    multipart('mixed', [leaf('''Attached: Housing Code Enforcement and Construction Code records for
31 Kensington, 410 Ocean and 2600 Kennedy. Nothing on file for
88 Bidwell for the period.

This completes your request.

M. Kowal
Deputy City Clerk / OPRA

-----Original Message-----
From: Records Desk <records+req-007@records.example.org>
Sent: Tuesday, September 29, 2026 9:02 AM
To: Kowal, Marta <MKowal@jcnj.org>
Subject: Re: C26-1187

Thanks - noted. We'll look for the response by 10/9.
'''), attachment(_jc_records, 'application/pdf', 'C26-1187 HCE records.pdf')], '_004_%s_' % h('029b', 20)))

# 030 NYC DOC: fee estimate letter only in a PDF; body names no request; number in the attachment name and letter
_doc_fee = pdf([
    'THE CITY OF NEW YORK - DEPARTMENT OF CORRECTION',
    'Legal Division, 75-20 Astoria Boulevard, East Elmhurst, NY 11370',
    '',
    'October 13, 2026',
    '',
    'Re: FOIL Request FOIL-2026-072-03391',
    '',
    'Dear Requester:',
    '',
    'You requested records concerning deaths in the custody of the Department from January 1, 2025 to',
    'the present, including incident reports, notifications and video footage of the incidents.',
    '',
    'The Department has identified fixed-camera and handheld video associated with the incidents. To',
    'produce the video, Department staff must locate, copy and redact footage to obscure the faces of',
    'other incarcerated individuals and non-uniformed staff. We estimate this will take 22 hours of',
    'employee time.',
    '',
    'Under Public Officers Law Section 87(1)(c)(iv), an agency may charge the hourly salary of the',
    'lowest-paid employee with the skill to prepare a record where more than two hours are needed.',
    'At $31.16 per hour for 20 billable hours, the estimated cost is $623.20. Payment would be due',
    'before the video is released.',
    '',
    'Please tell us in writing within 30 days whether you wish to proceed with the video portion of',
    'your request, narrow it, or withdraw it. Processing of the video portion is suspended until we',
    'hear from you. Review of the written records continues.',
    '',
    'Renata Osei',
    'Agency Records Access Officer',
], 'FOIL fee estimate')
msg('030-nycdoc-fee-estimate-pdf.eml', [
    ('From', '"Osei, Renata" <ROsei@doc.nyc.gov>'), ('To', INBOX),
    ('Subject', 'Your FOIL Request'),
    ('Date', 'Tue, 13 Oct 2026 14:15:50 -0400'), ('Message-ID', o365_id('030', 'DM6PR09MB')),
] + o365('030', 'doc.nyc.gov', 'Your FOIL Request', '13 Oct 2026 18:15:50.9021 (UTC)', attach=True),
    multipart('mixed', [leaf('''Good afternoon,

Please see the attached letter regarding your FOIL request.

Renata Osei
Agency Records Access Officer | Legal Division
NYC Department of Correction
'''), attachment(_doc_fee, 'application/pdf', 'FOIL-2026-072-03391_Fee_Estimate.pdf')], '_004_%s_' % h('030b', 20)))

# 031 Baltimore DHCD: liaison asks to narrow; subject replaced; sent to the portal account address
msg('031-dhcd-clarification.eml', [
    ('From', '"Okafor, Denise (DHCD)" <Denise.Okafor@baltimorecity.gov>'), ('To', INBOX),
    ('Subject', 'Question about your request'),
    ('Date', 'Wed, 14 Oct 2026 10:02:58 -0400'), ('Message-ID', o365_id('031', 'BN8PR09MB')),
] + o365('031', 'baltimorecity.gov', 'Question about your request', '14 Oct 2026 14:02:58.3356 (UTC)'),
    leaf('''Hi,

I'm the PIA liaison for Housing and I'm working on R014620-100226
(housing code complaints and inspection notices, 2025 to present).

As written, the request would cover every 311 housing complaint in the
city - roughly 38,000 service requests last year - plus every notice
that came out of them. Could you narrow it? For example to specific
addresses or a council district, or only complaints that led to a
violation notice. Once I hear back I can give you a better idea of
timing and whether there would be a fee.

Thanks,
Denise

Denise Okafor
PIA Liaison | Baltimore City Department of Housing & Community Development
417 E. Fayette Street, Baltimore, MD 21202
'''))

# 032 NYC DOC: out-of-office reply to our answer to the fee letter (threads to message 030)
msg('032-nycdoc-ooo.eml', [
    ('From', '"Osei, Renata" <ROsei@doc.nyc.gov>'), ('To', INBOX),
    ('Subject', 'Automatic reply: RE: Your FOIL Request'),
    ('Date', 'Wed, 14 Oct 2026 16:31:07 -0400'), ('Message-ID', o365_id('032', 'DM6PR09MB')),
    ('In-Reply-To', '<req-004.20261014.2@records.example.org>'),
    ('References', '%s <req-004.20261014.2@records.example.org>' % o365_id('030', 'DM6PR09MB')),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
] + o365('032', 'doc.nyc.gov', 'Your FOIL Request', '14 Oct 2026 20:31:07.0043 (UTC)'),
    leaf('''Thank you for your email. I am out of the office and will return on
Tuesday, October 20. For FOIL matters in my absence, please write to
foil@doc.nyc.gov.
'''))

# 033 DOB: extension with a new date, citing POL 89(3)(a)
msg('033-openrecords-dob-extension.eml', [
    ('From', OR_FROM), ('To', INBOX),
    ('Subject', '[FOIL-2026-810-07719] Extended'),
    ('Date', 'Thu, 15 Oct 2026 17:10:44 -0400'), ('Message-ID', or_id('033')),
], leaf(openrecords_html(
    '<p>The Department of Buildings (DOB) has extended the time to respond to your FOIL request '
    '<a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-810-07719">FOIL-2026-810-07719</a>.</p>',
    '<p>You can expect a response on or about Friday, November 13, 2026.</p>\n'
    '<p>Additional Information:<br>Pursuant to Public Officers Law &sect; 89(3)(a), the Department requires additional '
    'time to locate complaint and inspection records kept at the Bronx borough office, some of which predate DOB NOW '
    'and are stored in archived files.</p>',
    'FOIL-2026-810-07719', 'Extended'), 'text/html', 'utf-8', 'quoted-printable'))

# 034 BPD: 30-day extension with requester consent, GP 4-203(d), new date
msg('034-bpd-extension-consent.eml', [
    ('From', '"Pierce, Sharonda" <Sharonda.Pierce@baltimorepolice.org>'), ('To', 'records+req-011@records.example.org'),
    ('Subject', 'BPD PIA #26-1877 - Request for Extension'),
    ('Date', 'Tue, 20 Oct 2026 13:33:25 -0400'), ('Message-ID', o365_id('034', 'DM5PR09MB')),
    ('In-Reply-To', '<req-011.20261009.2@records.example.org>'),
    ('References', '%s <req-011.20261009.2@records.example.org>' % o365_id('025', 'DM5PR09MB')),
] + o365('034', 'baltimorepolice.org', 'BPD PIA #26-1877 - Request for Extension', '20 Oct 2026 17:33:25.5583 (UTC)'),
    leaf('''Dear Requestor:

Thank you for your prepayment of $280.00, received October 9, 2026.

Under General Provisions Article Section 4-203(d), the time limits of
the PIA may be extended by up to 30 days with the consent of the
applicant. The Department asks that you agree to extend the deadline to
respond to BPD PIA #26-1877 to November 23, 2026. The Department will
make its determination by that date and will then release records on a
rolling basis.

Please reply to this email to confirm your consent.

Sharonda Pierce
PIA Coordinator, Legal Affairs Division
Baltimore Police Department
'''))

# 035 NYPD: FOIL Unit sergeant asks for clarification; arrives through the Google Group; new subject, no threading
msg('035-nypd-clarification-via-group.eml', [
    ('From', '"\'Brenner, Alan\' via Records Desk" <records@records.example.org>'),
    ('Reply-To', '"Brenner, Alan" <Alan.Brenner@nypd.org>'),
    ('To', INBOX),
    ('Subject', 'FOIL - need more info'),
    ('Date', 'Thu, 22 Oct 2026 11:12:39 -0400'), ('Message-ID', o365_id('035', 'MW4PR09MB')),
] + group_headers('Alan.Brenner@nypd.org'),
    leaf('''Good morning,

I'm with the NYPD Legal Bureau FOIL Unit and have been assigned your
request FOIL-2026-056-18407 concerning Department Advocate's Office
records. Before we can start the search, please clarify:

1) Are you seeking the charges and specifications for every member of
   service against whom charges were served from 2023 through 2025, or
   only for cases that ended in a finding of guilty?

2) By "trial decisions," do you mean the Deputy Commissioner of Trials'
   reports and recommendations, the Police Commissioner's final
   determinations, or both?

You can answer through the OpenRecords portal or by replying to this
email. If we don't hear back within 30 days, the request may be closed.

Sgt. Alan Brenner
Legal Bureau - FOIL Unit
New York City Police Department
One Police Plaza, New York, NY 10038

--
You received this message because you are subscribed to the Google Groups "Records Desk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@records.example.org.
'''))

# 036 SCOC: extension letter only in a PDF; cites POL 89(3)(a); new date
_scoc_ext = pdf([
    'STATE OF NEW YORK',
    'STATE COMMISSION OF CORRECTION',
    'Alfred E. Smith State Office Building, 80 South Swan Street, 12th Floor, Albany, New York 12210',
    '',
    'October 26, 2026',
    '',
    'Records Desk',
    'Via email: records+req-005@records.example.org',
    '',
    'Re: Freedom of Information Law Request, Log No. F26-0418',
    '',
    'Dear Requester:',
    '',
    'On September 18, 2026 this office acknowledged your request for final reports of the Medical Review',
    'Board concerning deaths of incarcerated persons in local correctional facilities from January 1, 2024',
    'to the present, and advised that a determination could be expected on or before October 27, 2026.',
    '',
    'The Commission has located a substantial number of responsive reports. Each must be reviewed for',
    'information protected by Public Health Law Section 18, Mental Hygiene Law Section 33.13 and other',
    'provisions before it can be released. The Commission is therefore unable to grant access within',
    'twenty business days of its acknowledgment.',
    '',
    'Pursuant to Public Officers Law Section 89(3)(a), the Commission anticipates that it will grant or',
    'deny access to the records, in whole or in part, by December 9, 2026. Records may be released on a',
    'rolling basis as their review is completed.',
    '',
    'Sincerely,',
    'Michael T. Harlan',
    'Records Access Officer',
], 'F26-0418 extension')
msg('036-scoc-extension-pdf.eml', [
    ('From', '"Harlan, Michael (SCOC)" <Michael.Harlan@scoc.ny.gov>'), ('To', 'records+req-005@records.example.org'),
    ('Subject', 'FOIL F26-0418'),
    ('Date', 'Mon, 26 Oct 2026 09:47:03 -0400'), ('Message-ID', o365_id('036', 'BL0PR09MB')),
] + o365('036', 'ny.gov', 'FOIL F26-0418', '26 Oct 2026 13:47:03.6650 (UTC)', attach=True),
    multipart('mixed', [leaf('Please see attached.\n\nMichael T. Harlan\nRecords Access Officer | NYS Commission of Correction\n'),
                        attachment(_scoc_ext, 'application/pdf', 'F26-0418 ltr 10-26-26.pdf')], '_004_%s_' % h('036b', 20)))

# 037 Delaware DOC: more time needed with a good-faith estimate, 29 Del. C. 10003(h)(2)
msg('037-dedoc-extension.eml', [
    ('From', '"Ruark, Jillian (DOC)" <Jillian.Ruark@delaware.gov>'), ('To', 'records+req-014@records.example.org'),
    ('Subject', 'RE: FOIA Request: Delaware Department of Correction in-custody death records, 2024-2026'),
    ('Date', 'Mon, 26 Oct 2026 14:22:18 -0400'), ('Message-ID', o365_id('037', 'SN6PR09MB')),
    ('In-Reply-To', '<req-014.20261005.1@records.example.org>'),
    ('References', '<req-014.20261005.1@records.example.org>'),
] + o365('037', 'delaware.gov', 'FOIA Request: Delaware Department of Correction in-custody death records, 2024-2026',
         '26 Oct 2026 18:22:18.2204 (UTC)'),
    leaf('''Good afternoon,

I am writing about your FOIA request DOC-2026-00412 for records of
in-custody deaths at Department of Correction facilities.

The Department is not able to complete its response within fifteen
business days. The responsive records include medical and investigative
files that must be reviewed by the Department of Justice before any
determination can be made. Pursuant to 29 Del. C. Section 10003(h)(2),
our good-faith estimate is that the Department will respond by
December 4, 2026.

Jillian Ruark
FOIA Coordinator
Delaware Department of Correction
245 McKee Road, Dover, DE 19904
'''))

# 038 Wilmington: denial of item 1 under Delaware FOIA exemptions and LEOBOR; cp1252 quoted-printable; new subject
msg('038-wilmington-denial.eml', [
    ('From', '"Lucas, Andre" <ALucas@wilmingtonde.gov>'), ('To', 'records+req-015@records.example.org'),
    ('Subject', 'FOIA Response'),
    ('Date', 'Tue, 27 Oct 2026 16:40:02 -0400'), ('Message-ID', o365_id('038', 'BY5PR09MB')),
] + o365('038', 'wilmingtonde.gov', 'FOIA Response', '27 Oct 2026 20:40:02.8876 (UTC)'),
    leaf('''Re: FOIA No. 2026-0317

Dear Requestor:

You asked for (1) Office of Professional Standards (\u201cOPS\u201d) complaint
files and their dispositions for complaints against Wilmington Police
Department officers from 2022 through 2025, and (2) any annual summary
reports of OPS activity for the same years.

As to item 1, the City denies your request. Records of internal
investigations of police officers are exempt from disclosure under
29 Del. C. \u00a7 10002(o)(1) (personnel files), \u00a7 10002(o)(3)
(investigatory files compiled for law-enforcement purposes) and
\u00a7 10002(o)(6) (records exempt by statute), read together with the
confidentiality provisions of the Law Enforcement Officers\u2019 Bill of
Rights, 11 Del. C. \u00a7 9200 et seq.

As to item 2, the Police Department is still searching and the City
will respond to that item separately.

You may petition the Chief Deputy Attorney General for a determination
whether this denial violates FOIA, under 29 Del. C. \u00a7 10005(e).

Andre Lucas
FOIA Coordinator \u2013 City of Wilmington Law Department
''', 'text/plain', 'windows-1252', 'quoted-printable'))

# 039 Our voicemail system: a Baltimore City number asks for a call back, no topic (a human cannot tell BPD from DHCD)
_wav = (b'RIFF' + (36 + 800).to_bytes(4, 'little') + b'WAVEfmt ' + (16).to_bytes(4, 'little') + (1).to_bytes(2, 'little')
        + (1).to_bytes(2, 'little') + (8000).to_bytes(4, 'little') + (8000).to_bytes(4, 'little') + (1).to_bytes(2, 'little')
        + (8).to_bytes(2, 'little') + b'data' + (800).to_bytes(4, 'little') + bytes([128]) * 800)
msg('039-voicemail-baltimore-callback.eml', [
    ('From', 'Records Desk Voicemail <voicemail@records.example.org>'), ('To', INBOX),
    ('Subject', 'New voicemail from (410) 396-4417'),
    ('Date', 'Wed, 28 Oct 2026 14:52:30 -0400'), ('Message-ID', '<vm-20261028185230-4104%s@voice.records.example.org>' % h('039', 8)),
], multipart('mixed', [leaf('''You received a new voicemail.

From: (410) 396-4417  BALTIMORE MD
Received: Wednesday, October 28, 2026 at 2:51 PM
Duration: 0:34

Transcription (automated; may contain errors):
"Hi, this is Tanya calling from the city, uh, records office, returning
your call about the request you sent over. I just had a quick question
about the dates you're looking for. If you could give me a call back at
four one oh, three nine six, four four one seven. Thank you, bye."
'''), attachment(_wav, 'audio/wav', 'voicemail-20261028-1451.wav')], '----=_vm_%s' % h('039b', 12)))

# 040 NYPD: Records Access Officer asks for a call; no number, no topic; two NYPD requests are open
msg('040-nypd-call-request.eml', [
    ('From', '"Vance, Dolores" <Dolores.Vance@nypd.org>'), ('To', INBOX),
    ('Subject', 'FOIL request'),
    ('Date', 'Thu, 29 Oct 2026 10:05:56 -0400'), ('Message-ID', o365_id('040', 'MW4PR09MB')),
] + o365('040', 'nypd.org', 'FOIL request', '29 Oct 2026 14:05:56.1193 (UTC)'),
    leaf('''Hello,

Please give me a call at (646) 610-5187 when you have a moment regarding
your FOIL request.

Thank you,

Lt. Dolores Vance
Records Access Officer
NYPD Legal Bureau - FOIL Unit
'''))

# 041 DPSCS: final response, death log released, investigative and medical records withheld (MD: no appeal window)
_dpscs_log = pdf([
    'DPSCS - Baltimore Central Booking and Intake Center',
    'In-custody deaths, January 1, 2024 - September 24, 2026 (released under 26-PIA-0931)',
    '',
    'Date of death   Age  Sex  Location                 Manner (OCME)         Status',
    '2024-02-09      41   M    Housing unit M-2         Accident (overdose)   Closed',
    '2024-05-27      58   M    Infirmary                Natural               Closed',
    '2024-08-14      33   M    Intake holding           Suicide               Closed',
    '2024-11-30      29   F    Women\'s unit             Pending               Under review',
    '2025-01-18      46   M    Housing unit J-1         Accident (overdose)   Closed',
    '2025-04-05      62   M    Hospital (transferred)   Natural               Closed',
    '2025-06-22      37   M    Housing unit M-4         Homicide              Under investigation',
    '2025-10-03      51   M    Intake holding           Pending               Under review',
    '2026-02-16      24   M    Housing unit J-3         Suicide               Under review',
    '2026-05-08      44   M    Infirmary                Natural               Closed',
    '2026-08-29      39   M    Housing unit M-1         Pending               Under investigation',
], 'BCBIC in-custody deaths')
msg('041-dpscs-final-partial.eml', [
    ('From', 'DPSCS PIA <dpscs.pia@maryland.gov>'), ('To', 'records+req-012@records.example.org'),
    ('Subject', '26-PIA-0931 Response'),
    ('Date', 'Mon, 02 Nov 2026 15:15:44 -0500'), ('Message-ID', gmail_id('041')),
], multipart('mixed', [leaf('''Dear Requestor:

This is the Department's response to your Public Information Act request,
DPSCS No. 26-PIA-0931.

Attached is a log of the eleven in-custody deaths at the Baltimore
Central Booking and Intake Center from January 1, 2024 through
September 24, 2026, showing the date, age, sex, location, the manner of
death as determined by the Office of the Chief Medical Examiner where a
determination has been made, and the status of the Department's review.

The Department is withholding incident reports, reports of the
Intelligence and Investigative Division and death notification packets.
These are investigatory records under General Provisions Article ("GP")
Section 4-351; for the deaths still under review or investigation,
including investigations by the Office of the Attorney General's
Independent Investigations Division, disclosure would interfere with
those proceedings. Medical and psychological information about the
deceased is withheld under GP Section 4-329.

You may contact the Public Access Ombudsman to try to resolve a dispute
about this response (GP Section 4-1B-04), or you may seek judicial
review under GP Section 4-362.

PIA Unit | Office of the Secretary
Maryland Department of Public Safety and Correctional Services
'''), attachment(_dpscs_log, 'application/pdf', 'BCBIC_InCustody_Deaths_2024-2026.pdf')], '000000000000%s' % h('041b', 16)))

# 042 NYSP via GovQA: closed for no response to the clarification; framed as not reasonably described; appeal rights
_t, _h = govqa('New York State FOIL Center', 'R003461-091526', 'Dear Records Desk,',
               ['Your FOIL request to the New York State Police has been closed.',
                'On October 8, 2026 the Division asked you to clarify the records you are seeking. No response was '
                'received. Because the request as submitted does not reasonably describe the records sought, as '
                'required by Public Officers Law Section 89(3)(a), the Division is unable to process it and the '
                'request has been closed. You may submit a new request at any time.',
                'If you consider this response a denial of access, you may appeal in writing within 30 days to the '
                'Records Access Appeals Officer, New York State Police, Office of Counsel, 1220 Washington Avenue, '
                'Building 22, Albany, NY 12226.'],
               'https://nysfoil.govqa.us/WEBAPP/_rs/(S(q3x0v2))/supporthome.aspx', status='Closed')
msg('042-govqa-nysp-closed.eml', [
    ('From', 'New York State FOIL Center <nysfoil@govqa.us>'), ('To', INBOX),
    ('Subject', 'Request Closed :: R003461-091526'),
    ('Date', 'Thu, 05 Nov 2026 09:00:12 -0500'), ('Message-ID', '<%s@govqa.us>' % h('042', 32)),
    ('X-Mailer', 'GovQA Notification Service'),
], multipart('alternative', [leaf(_t), leaf(_h, 'text/html')], '----=_Part_%s' % h('042b', 12)))

# 043 Our follow-up to an ECPO staff member who has left bounced (Gmail DSN with the original message)
_orig043 = '''Return-Path: <records@records.example.org>
From: Records Desk <records@records.example.org>
Reply-To: records+req-009@records.example.org
To: Kevin Matos <KMatos@njecpo.org>
Subject: Re: OPRA request - police disciplinary records
Date: Fri, 6 Nov 2026 10:30:51 -0500
Message-ID: <req-009.20261106.3@records.example.org>
In-Reply-To: <req-009.20260917.1@records.example.org>
References: <req-009.20260917.1@records.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Mr. Matos,

Following up on our conversation last month: could you tell us whether
the Prosecutor's Office keeps the annual internal affairs summary
reports that municipal departments send in each January? We would like
to narrow our request to those reports before filing anything further.

Records Desk
'''
msg('043-bounce-gmail-ecpo.eml', [
    ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', INBOX),
    ('Subject', 'Delivery Status Notification (Failure)'),
    ('Date', 'Fri, 06 Nov 2026 07:31:02 -0800'), ('Message-ID', '<6f1b%s.050a0220.1cdb6.4a2eSMTPIN_ADDED_MISSING@mx.google.com>' % h('043', 8)),
    ('References', '<req-009.20261106.3@records.example.org>'),
    ('In-Reply-To', '<req-009.20261106.3@records.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
], multipart('report', [
    multipart('related', [leaf('''
** Address not found **

Your message wasn't delivered to KMatos@njecpo.org because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient KMatos@njecpo.org not found by SMTP address lookup
''')], '000000000000%s' % h('043c', 16)),
    'Content-Type: message/delivery-status\n\n' + '''Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 06 Nov 2026 07:30:52 -0800 (PST)
X-Original-Message-ID: <req-009.20261106.3@records.example.org>

Final-Recipient: rfc822; KMatos@njecpo.org
Action: failed
Status: 5.1.10
Remote-MTA: dns; njecpo-org.mail.protection.outlook.com. (52.101.41.18, the server for the domain njecpo.org.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient KMatos@njecpo.org not found by SMTP address lookup
Last-Attempt-Date: Fri, 06 Nov 2026 07:31:02 -0800 (PST)
''', rfc822(_orig043)], '000000000000%s' % h('043b', 16), '; report-type=delivery-status'))

# 044 Wilmington: item 2 - no responsive records; new subject; arrives through the Google Group
msg('044-wilmington-no-records-via-group.eml', [
    ('From', '"\'Lucas, Andre\' via Records Desk" <records@records.example.org>'),
    ('Reply-To', '"Lucas, Andre" <ALucas@wilmingtonde.gov>'),
    ('To', 'records+req-015@records.example.org'),
    ('Subject', 'FOIA 2026-0317 - item 2'),
    ('Date', 'Mon, 09 Nov 2026 12:20:48 -0500'), ('Message-ID', o365_id('044', 'BY5PR09MB')),
] + group_headers('ALucas@wilmingtonde.gov'),
    leaf('''Good afternoon,

This completes the City's response to FOIA No. 2026-0317. As to item 2 of
your request, the Police Department's Office of Professional Standards did
not prepare annual summary reports of its activity for 2022 through 2025,
and the City has no records responsive to that item.

As with the City's October 27 response on item 1, you may petition the
Chief Deputy Attorney General under 29 Del. C. Section 10005(e).

Andre Lucas
FOIA Coordinator, City of Wilmington Law Department

--
You received this message because you are subscribed to the Google Groups "Records Desk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@records.example.org.
'''))

# 045 DOB newsletter from an agency domain, not about our request
_dobn = '''BUILDINGS BULLETIN - November 2026
NYC Department of Buildings

FACADE INSPECTIONS: CYCLE 10 FILING WINDOW
Owners of buildings taller than six stories in sub-cycle 10B must file
facade inspection reports by February 21, 2027.

TRACK YOUR COMPLAINT IN DOB NOW
Anyone who files a complaint through 311 can now follow the inspection
and its disposition in DOB NOW: Public Portal, using the complaint number
on the 311 confirmation.

SAFETY REMINDER
Heat season runs through May 31. Tenants without heat or hot water
should call 311; complaints about heat are handled by HPD.

You are receiving this bulletin because you subscribed at nyc.gov/buildings.
Manage your subscription: https://www1.nyc.gov/site/buildings/subscribe
NYC Department of Buildings, 280 Broadway, New York, NY 10007
'''
msg('045-dob-bulletin.eml', [
    ('From', 'NYC Buildings <buildingsnews@buildings.nyc.gov>'), ('To', INBOX),
    ('Subject', 'Buildings Bulletin: facade filing window, track complaints in DOB NOW'),
    ('Date', 'Tue, 10 Nov 2026 11:00:03 -0500'), ('Message-ID', '<bulletin-2026-11.%s@buildings.nyc.gov>' % h('045', 10)),
    ('List-Unsubscribe', '<https://www1.nyc.gov/site/buildings/subscribe>'), ('Precedence', 'bulk'),
], multipart('alternative', [leaf(_dobn), leaf('<html><body style="font-family:Helvetica,Arial">\n' + ''.join(
    '<p>%s</p>\n' % para.replace('\n', ' ') for para in _dobn.split('\n\n')) + '</body></html>\n', 'text/html')],
    '==DOB_%s' % h('045b', 10)))

# 046 DOB: first files released, rest promised by a date
msg('046-openrecords-dob-interim.eml', [
    ('From', OR_FROM), ('To', INBOX),
    ('Subject', '[FOIL-2026-810-07719] Response Added'),
    ('Date', 'Thu, 12 Nov 2026 16:20:09 -0500'), ('Message-ID', or_id('046')),
], leaf(openrecords_html(
    '<p>The Department of Buildings (DOB) has added the following file(s) to your request '
    '<a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-810-07719">FOIL-2026-810-07719</a>:</p>',
    '<ul><li>Complaint history - 2350 Walton Ave (BIS export).xlsx</li>\n'
    '<li>Complaint history - 1881 Grand Concourse (BIS export).xlsx</li></ul>\n'
    '<p>Additional Information:<br>This is a partial release. Complaint dispositions and inspection reports for '
    '745 East 175th Street and 1420 Sheridan Avenue are still under review and are expected to be released by '
    'December 11, 2026.</p>',
    'FOIL-2026-810-07719', 'Response Added'), 'text/html', 'utf-8', 'quoted-printable'))

# 047 Newark: first production; the OPRA number appears only in the attachment's file name
_csv1 = ('stop_id,stop_date,stop_time,precinct,reason,frisk,search,outcome,officer_id\n'
         + ''.join('NPD25-%05d,2025-%02d-%02d,%02d:%02d,%s,%s,%s,%s,%s,%d\n' % (
             i + 1, 1 + i % 6, 1 + (i * 7) % 28, (i * 5) % 24, (i * 13) % 60,
             ['1st', '2nd', '3rd', '4th', '5th'][i % 5],
             ['Traffic violation', 'Suspicious activity', 'Call for service', 'Observed offense'][i % 4],
             'Y' if i % 5 == 0 else 'N', 'Y' if i % 7 == 0 else 'N',
             ['Warning', 'Summons', 'Arrest', 'No action'][i % 4], 7100 + (i * 37) % 900) for i in range(60)))
msg('047-newark-interim-attachment-name.eml', [
    ('From', '"Whitaker, Tamika" <TWhitaker@newarknj.gov>'), ('To', 'records+req-010@records.example.org'),
    ('Subject', 'stop data - first production'),
    ('Date', 'Fri, 13 Nov 2026 10:48:27 -0500'), ('Message-ID', o365_id('047', 'PH0PR09MB')),
] + o365('047', 'newarknj.gov', 'stop data - first production', '13 Nov 2026 15:48:27.3318 (UTC)', attach=True),
    multipart('mixed', [leaf('''Good morning,

Attached is the first production (January - June 2025). The second half
of the year will follow once IT finishes the extract.

T. Whitaker
OPRA Unit, Office of the City Clerk
City of Newark
'''), attachment(_csv1.encode(), 'text/csv', 'OPRA-2026-02210_production_01.csv')], '_004_%s_' % h('047b', 20)))

# 048 NYC DOC: OpenRecords says the request was updated (point of contact), nothing substantive
msg('048-openrecords-doc-updated.eml', [
    ('From', OR_FROM), ('To', INBOX),
    ('Subject', '[FOIL-2026-072-03391] Request Updated'),
    ('Date', 'Tue, 17 Nov 2026 09:30:40 -0500'), ('Message-ID', or_id('048')),
], leaf(openrecords_html(
    '<p>The Department of Correction (DOC) has updated your request '
    '<a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-072-03391">FOIL-2026-072-03391</a>.</p>',
    '<p>The point of contact for this request has changed.</p>',
    'FOIL-2026-072-03391', 'Request Updated'), 'text/html', 'utf-8', 'quoted-printable'))

# 049 Baltimore City PIA centre: completed; spreadsheet released, complainant identities redacted (MD: no appeal window)
_t, _h = govqa('Baltimore City Public Information Act Center', 'R014620-100226', 'Dear Records Desk,',
               ['Your Public Information Act request has been completed. The Department of Housing & Community '
                'Development has posted the following message:',
                '"Attached is a spreadsheet of housing code complaints (311 service requests) and the inspection and '
                'violation notices that resulted from them for the five addresses you listed on October 16, 2026, '
                'covering January 1, 2025 through October 2, 2026. The names, telephone numbers and email addresses of '
                'complainants have been redacted under General Provisions Article Sections 4-351 and 4-311. This '
                'completes the Department\'s response. If you disagree with this response you may contact the Public '
                'Access Ombudsman or seek judicial review under GP Section 4-362."',
                'The responsive document(s) are available in the PIA Center: DHCD_R014620_complaints_5_addresses.xlsx'],
               'https://baltimorecitymd.mycusthelp.com/WEBAPP/_rs/(S(bx14f2))/supporthome.aspx', status='Completed')
msg('049-govqa-dhcd-final.eml', [
    ('From', 'Baltimore City PIA Center <baltimorecitymd@mycusthelp.net>'), ('To', INBOX),
    ('Subject', 'Public Information Act Request :: R014620-100226 - Completed'),
    ('Date', 'Thu, 19 Nov 2026 14:40:51 -0500'), ('Message-ID', '<%s@mycusthelp.net>' % h('049', 32)),
    ('X-Mailer', 'GovQA Notification Service'),
], multipart('alternative', [leaf(_t), leaf(_h, 'text/html')], '----=_Part_%s' % h('049b', 12)))

# 050 NYPD discipline: closing letter (granted in part) forwarded same day by a reporter to a colleague, desk cc'd
_close050 = '''The New York City Police Department (NYPD) has closed your FOIL request
FOIL-2026-056-18407 with the following reason(s):

Granted in Part / Denied in Part

Records responsive to your request, as clarified on October 26, 2026, have
been uploaded to the request page: the Police Commissioner's final
determinations and the Deputy Commissioner of Trials' reports and
recommendations in cases that resulted in a finding of guilty from 2023
through 2025 (912 pages).

Records concerning charges that did not result in a finding of guilty,
and cases still pending, are withheld under Public Officers Law
Section 87(2)(b), as disclosure would constitute an unwarranted invasion
of personal privacy, and Section 87(2)(e)(i) where a related criminal
matter remains open. Names of complainants and civilian witnesses have
been redacted under Section 87(2)(b).

You may appeal this decision within 30 days by writing to the Records
Access Appeals Officer, NYPD Legal Bureau, One Police Plaza, Room 1406,
New York, NY 10038, or by using the Appeal option on the request page.
'''
_fwd050 = '''Dana - NYPD closed the discipline FOIL this afternoon. We got the final
determinations and trial reports for guilty findings (912 pp., already
on the drive), but everything on dismissed and pending cases is withheld
under 87(2)(b) and (e). Appeal window is 30 days, so let's decide before
the holidays. Cc'ing the desk so it's logged.

M.

---------- Forwarded message ---------
From: NYC OpenRecords <noreply@records.nyc.gov>
Date: Mon, Nov 30, 2026 at 3:12 PM
Subject: [FOIL-2026-056-18407] Request Closed
To: <records@records.example.org>


''' + _close050
msg('050-fwd-nypd-discipline-closed.eml', [
    ('From', 'Marcus Oyelaran <moyelaran@records.example.org>'),
    ('To', 'Dana Whitfield <dwhitfield@records.example.org>'), ('Cc', INBOX),
    ('Subject', 'Fwd: [FOIL-2026-056-18407] Request Closed'),
    ('Date', 'Mon, 30 Nov 2026 17:05:14 -0500'), ('Message-ID', gmail_id('050')),
], multipart('alternative', [leaf(_fwd050),
    leaf('<div dir="ltr">' + _fwd050.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n')
         + '</div>\n', 'text/html')], '000000000000%s' % h('050b', 16)))

# 051 NYPD stop data: extension with a new date, citing POL 89(3)(a)
msg('051-openrecords-nypd-extension.eml', [
    ('From', OR_FROM), ('To', INBOX),
    ('Subject', '[FOIL-2026-056-18342] Extended'),
    ('Date', 'Thu, 03 Dec 2026 12:00:31 -0500'), ('Message-ID', or_id('051')),
], leaf(openrecords_html(
    '<p>The New York City Police Department (NYPD) has extended the time to respond to your FOIL request '
    '<a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-056-18342">FOIL-2026-056-18342</a>.</p>',
    '<p>You can expect a response on or about Wednesday, March 3, 2027.</p>\n'
    '<p>Additional Information:<br>Pursuant to Public Officers Law &sect; 89(3)(a), additional time is required because '
    'the stop report extract must be reviewed for records sealed under Criminal Procedure Law &sect;&sect; 160.50 and '
    '160.55 before it can be released. Portions may be released sooner as review is completed.</p>',
    'FOIL-2026-056-18342', 'Extended'), 'text/html', 'utf-8', 'quoted-printable'))

# 052 Delaware portal: status changed, no content (HTML only)
msg('052-delaware-portal-status.eml', [
    ('From', 'Delaware FOIA Portal <noreply@foia.delaware.gov>'), ('To', INBOX),
    ('Subject', 'FOIA Request DOC-2026-00412 - Status Update'),
    ('Date', 'Fri, 04 Dec 2026 08:15:10 -0500'), ('Message-ID', '<%s@foia.delaware.gov>' % h('052', 28)),
], leaf('''<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<div style="background:#00366c;color:#fff;padding:10px 14px"><b>State of Delaware</b> &middot; Freedom of Information Act Requests</div>
<div style="padding:12px 14px">
<p>The status of your request <b>DOC-2026-00412</b> has changed to: <b>Response Under Review</b>.</p>
<p>Log in at <a href="https://foia.delaware.gov/requests">foia.delaware.gov</a> to see details.</p>
<p style="font-size:11px;color:#666">This mailbox is not monitored. Please do not reply to this message.</p>
</div></body></html>
''', 'text/html', 'utf-8', 'quoted-printable'))

# 053 Delaware DOC: final response letter in a PDF; list released, files withheld; AG petition
_dedoc_final = pdf([
    'STATE OF DELAWARE - DEPARTMENT OF CORRECTION',
    'Office of the Commissioner, 245 McKee Road, Dover, Delaware 19904',
    '',
    'December 7, 2026',
    '',
    'Records Desk (records+req-014@records.example.org)',
    '',
    'Re: FOIA Request DOC-2026-00412',
    '',
    'Dear Requestor:',
    '',
    'This letter responds to your request received October 5, 2026 for records of in-custody deaths at',
    'Department of Correction facilities from January 1, 2024 to the present.',
    '',
    'The Department is providing (1) a list of the 19 deaths of persons in Department custody during the',
    'period, with the date, facility, age and, where determined by the Division of Forensic Science, the',
    'manner of death; and (2) Department policy on notification and review of in-custody deaths.',
    '',
    'The Department is withholding medical records, mortality review reports, and Internal Affairs',
    'investigative files. These records are exempt under 29 Del. C. Section 10002(o)(1) (medical and',
    'personnel files), Section 10002(o)(3) (investigatory files compiled for civil or criminal law-',
    'enforcement purposes) and Section 10002(o)(6) (records exempt from disclosure by statute or common',
    'law).',
    '',
    'If you believe this response violates FOIA, you may petition the Chief Deputy Attorney General for',
    'a determination under 29 Del. C. Section 10005(e).',
    '',
    'Sincerely,',
    'Jillian Ruark, FOIA Coordinator',
    '',
    'Attachment A - In-custody deaths, 1/1/2024 - 10/5/2026 (19 entries)',
    'JTVCC: 8   SCI: 5   HRYCI: 4   BWCI: 1   Community Corrections: 1',
], 'DOC-2026-00412 Response')
msg('053-dedoc-final-pdf.eml', [
    ('From', '"Ruark, Jillian (DOC)" <Jillian.Ruark@delaware.gov>'), ('To', 'records+req-014@records.example.org'),
    ('Subject', 'DOC-2026-00412 Final Response'),
    ('Date', 'Mon, 07 Dec 2026 16:02:37 -0500'), ('Message-ID', o365_id('053', 'SN6PR09MB')),
] + o365('053', 'delaware.gov', 'DOC-2026-00412 Final Response', '07 Dec 2026 21:02:37.9902 (UTC)', attach=True),
    multipart('mixed', [leaf('''Good afternoon,

Please see the attached response letter and records.

Jillian Ruark
FOIA Coordinator | Delaware Department of Correction
'''), attachment(_dedoc_final, 'application/pdf', 'DOC-2026-00412 Response Letter.pdf')], '_004_%s_' % h('053b', 20)))

# 054 SCOC: first release (2024 reports), rest by a date
_scoc_idx = pdf([
    'NYS COMMISSION OF CORRECTION - MEDICAL REVIEW BOARD',
    'Final reports released under FOIL Log No. F26-0418 - Release 1 (deaths in 2024)',
    '',
    'MRB No.      Facility                                  Date of death',
    '2024-M-011   NYC DOC - Robert N. Davoren Complex        2024-01-22',
    '2024-M-019   Erie County Holding Center                 2024-02-14',
    '2024-M-027   NYC DOC - Otis Bantum Correctional Center  2024-03-30',
    '2024-M-034   Monroe County Jail                         2024-04-18',
    '2024-M-041   NYC DOC - Eric M. Taylor Center            2024-05-09',
    '2024-M-052   Onondaga County Justice Center             2024-06-26',
    '2024-M-058   NYC DOC - George R. Vierno Center          2024-07-11',
    '2024-M-066   Albany County Correctional Facility        2024-08-03',
    '2024-M-071   NYC DOC - North Infirmary Command          2024-08-29',
    '2024-M-080   Suffolk County Jail (Riverhead)            2024-09-17',
    '2024-M-088   NYC DOC - Anna M. Kross Center             2024-10-06',
    '2024-M-093   Westchester County Jail                    2024-10-28',
    '2024-M-101   NYC DOC - Robert N. Davoren Complex        2024-11-19',
    '2024-M-107   Nassau County Correctional Center          2024-12-12',
    '',
    'Medical information of the deceased redacted (Public Health Law s. 18; Mental Hygiene Law s. 33.13).',
], 'F26-0418 release 1 index')
msg('054-scoc-interim.eml', [
    ('From', '"Harlan, Michael (SCOC)" <Michael.Harlan@scoc.ny.gov>'), ('To', 'records+req-005@records.example.org'),
    ('Subject', 'RE: FOIL F26-0418 - first release'),
    ('Date', 'Wed, 09 Dec 2026 13:30:18 -0500'), ('Message-ID', o365_id('054', 'BL0PR09MB')),
    ('In-Reply-To', '<req-005.20261027.2@records.example.org>'),
    ('References', '%s <req-005.20261027.2@records.example.org>' % o365_id('036', 'BL0PR09MB')),
] + o365('054', 'ny.gov', 'FOIL F26-0418', '09 Dec 2026 18:30:18.4417 (UTC)', attach=True),
    multipart('mixed', [leaf('''Good afternoon,

Attached is an index of the Medical Review Board final reports for
deaths that occurred in 2024 (14 reports). The reports themselves, with
medical information redacted, have been uploaded to the file share link
sent to you separately.

The Commission continues to review the reports for 2025 and 2026 and
anticipates completing its response by January 13, 2027.

Michael T. Harlan
Records Access Officer
New York State Commission of Correction
'''), attachment(_scoc_idx, 'application/pdf', 'MRB_2024_release1_index.pdf')], '_004_%s_' % h('054b', 20)))

# 055 DOB: closed, disclosed in part, withholding under 87(2)(g) and (e); appeal 30 days
msg('055-openrecords-dob-closed.eml', [
    ('From', OR_FROM), ('To', INBOX),
    ('Subject', '[FOIL-2026-810-07719] Closed'),
    ('Date', 'Thu, 10 Dec 2026 15:45:26 -0500'), ('Message-ID', or_id('055')),
], leaf(openrecords_html(
    '<p>The Department of Buildings (DOB) has closed your FOIL request '
    '<a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-810-07719">FOIL-2026-810-07719</a> '
    'for the following reason(s):</p>',
    '<ul><li><b>Disclosed in Part</b> &ndash; Records have been provided to you; portions have been withheld.</li></ul>\n'
    '<p>Files added: Inspection reports and complaint dispositions &ndash; 745 E 175 St.pdf; '
    'Inspection reports and complaint dispositions &ndash; 1420 Sheridan Ave.pdf</p>\n'
    '<p>Inspectors&rsquo; internal field notes and communications with the Law Department concerning an open '
    'OATH/ECB matter at 1420 Sheridan Avenue are withheld under Public Officers Law &sect; 87(2)(g) (inter-agency or '
    'intra-agency materials) and &sect; 87(2)(e)(i) (would interfere with a pending judicial proceeding).</p>\n'
    '<p>You may appeal this decision within 30 days by writing to the DOB Records Access Appeals Officer, '
    'Office of the General Counsel, 280 Broadway, 7th Floor, New York, NY 10007, or by using the Appeal option on the '
    'request page.</p>',
    'FOIL-2026-810-07719', 'Closed'), 'text/html', 'utf-8', 'quoted-printable'))

# 056 Newark: second and final production, nothing withheld; threads to message 047
_csv2 = _csv1.replace('2025-0', '2025-1').replace('NPD25-0', 'NPD25-1')
msg('056-newark-final.eml', [
    ('From', '"Whitaker, Tamika" <TWhitaker@newarknj.gov>'), ('To', 'records+req-010@records.example.org'),
    ('Subject', 'RE: stop data - first production'),
    ('Date', 'Mon, 14 Dec 2026 11:20:02 -0500'), ('Message-ID', o365_id('056', 'PH0PR09MB')),
    ('In-Reply-To', '<req-010.20261116.4@records.example.org>'),
    ('References', '%s <req-010.20261116.4@records.example.org>' % o365_id('047', 'PH0PR09MB')),
] + o365('056', 'newarknj.gov', 'stop data - first production', '14 Dec 2026 16:20:02.1180 (UTC)', attach=True),
    multipart('mixed', [leaf('''Good morning,

Attached is the second and final production (July - December 2025). This
completes OPRA request OPRA-2026-02210. The deposit you paid covers the
full special service charge; no further payment is due.

T. Whitaker
OPRA Unit, Office of the City Clerk

-----Original Message-----
From: Records Desk <records+req-010@records.example.org>
Sent: Monday, November 16, 2026 10:14 AM
To: Whitaker, Tamika <TWhitaker@newarknj.gov>
Subject: Re: stop data - first production

Thank you. Do you have an estimate for the July-December file?
'''), attachment(_csv2.encode(), 'text/csv', 'OPRA-2026-02210_production_02.csv')], '_004_%s_' % h('056b', 20)))

# 057 NYC DOC: denial in full via OpenRecords; appeal 30 days
msg('057-openrecords-doc-denied.eml', [
    ('From', OR_FROM), ('To', INBOX),
    ('Subject', '[FOIL-2026-072-03391] Denied'),
    ('Date', 'Thu, 17 Dec 2026 17:30:05 -0500'), ('Message-ID', or_id('057')),
], leaf(openrecords_html(
    '<p>The Department of Correction (DOC) has denied your FOIL request '
    '<a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-072-03391">FOIL-2026-072-03391</a> '
    'for the following reason(s):</p>',
    '<ul><li>The records are exempt under Public Officers Law &sect; 87(2)(e)(i): deaths in the Department&rsquo;s '
    'custody are investigated by the New York State Attorney General&rsquo;s Office of Special Investigation under '
    'Executive Law &sect; 70-b, and disclosure would interfere with those investigations.</li>\n'
    '<li>Medical information is exempt under &sect; 87(2)(a), read with Public Health Law &sect; 18, and &sect; 87(2)(b).</li>\n'
    '<li>Reviews prepared by the NYC Board of Correction are records of the Board, not the Department. You may direct '
    'a request for them to the Board of Correction.</li></ul>\n'
    '<p>You may appeal this decision within 30 days by writing to the Records Access Appeals Officer, '
    'NYC Department of Correction, Legal Division, 75-20 Astoria Boulevard, East Elmhurst, NY 11370, or by using the '
    'Appeal option on the request page.</p>',
    'FOIL-2026-072-03391', 'Denied'), 'text/html', 'utf-8', 'quoted-printable'))

# 058 BPD: first rolling release; through the Google Group; next release date is not a completion date
msg('058-bpd-interim-via-group.eml', [
    ('From', '"\'Pierce, Sharonda\' via Records Desk" <records@records.example.org>'),
    ('Reply-To', '"Pierce, Sharonda" <Sharonda.Pierce@baltimorepolice.org>'),
    ('To', 'records+req-011@records.example.org'),
    ('Subject', 'BPD PIA #26-1877 - Release 1 of 4'),
    ('Date', 'Wed, 06 Jan 2027 14:10:44 -0500'), ('Message-ID', o365_id('058', 'DM5PR09MB')),
] + group_headers('Sharonda.Pierce@baltimorepolice.org'),
    leaf('''Good afternoon,

The first release for BPD PIA #26-1877 is available at the secure link
below (35 sustained Internal Affairs case files closed in 2023). The
link expires in 30 days.

https://bpdfiles.baltimorepolice.org/s/PIA26-1877-R1

Redactions were made under General Provisions Article Section 4-351 and
Section 4-329 (witness and complainant identities, medical information,
and information about ongoing investigations). Three further releases
will follow; the next is expected on or about February 5, 2027.

Sharonda Pierce
PIA Coordinator, Legal Affairs Division
Baltimore Police Department

--
You received this message because you are subscribed to the Google Groups "Records Desk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@records.example.org.
'''))

# 059 Phishing that imitates the OpenRecords portal (not about any request)
msg('059-phish-openrecords.eml', [
    ('From', '"NYC 0penRecords Support" <support@openrecords-nyc-portal.com>'), ('To', INBOX),
    ('Subject', 'Action required: verify your account to download your FOIL response'),
    ('Date', 'Fri, 08 Jan 2027 09:14:26 -0500'), ('Message-ID', '<%s@openrecords-nyc-portal.com>' % h('059', 20)),
], leaf('''<html><body style="font-family:Arial">
<p>Dear user,</p>
<p>A response to your FOIL request has been posted. Due to a security upgrade, all accounts must be
verified within <b>48 hours</b> or pending responses will be deleted.</p>
<p><a href="http://openrecords-nyc-portal.com/verify?u=records">VERIFY ACCOUNT AND DOWNLOAD</a></p>
<p>NYC OpenRecords Support Team</p>
</body></html>
''', 'text/html', 'utf-8', 'quoted-printable'))

# 060 SCOC: final response, 2025 reports released, 2026 withheld; appeal 30 days
msg('060-scoc-final.eml', [
    ('From', '"Harlan, Michael (SCOC)" <Michael.Harlan@scoc.ny.gov>'), ('To', 'records+req-005@records.example.org'),
    ('Subject', 'FOIL F26-0418 - final response'),
    ('Date', 'Wed, 13 Jan 2027 16:10:37 -0500'), ('Message-ID', o365_id('060', 'BL0PR09MB')),
] + o365('060', 'ny.gov', 'FOIL F26-0418 - final response', '13 Jan 2027 21:10:37.5521 (UTC)'),
    leaf('''Good afternoon,

This completes the Commission's response to FOIL log number F26-0418.

The Medical Review Board final reports for deaths that occurred in 2025
(17 reports) have been uploaded to the same file share as the first
release. As before, medical and mental health information about the
deceased has been redacted under Public Officers Law Section 87(2)(a),
read with Public Health Law Section 18 and Mental Hygiene Law Section
33.13.

Reports concerning deaths in 2026 have not been finalized by the Board.
Draft reports and the Board's working papers are withheld as
intra-agency materials under Public Officers Law Section 87(2)(g).

You may appeal this determination within 30 days by writing to the
Commission's FOIL Appeals Officer at the address below.

Michael T. Harlan
Records Access Officer
New York State Commission of Correction
Alfred E. Smith State Office Building, 80 South Swan Street, Albany, NY 12210
'''))

# 061 NYPD stop data: first quarters released, rest by the extended date
msg('061-openrecords-nypd-interim.eml', [
    ('From', OR_FROM), ('To', INBOX),
    ('Subject', '[FOIL-2026-056-18342] Response Added'),
    ('Date', 'Thu, 14 Jan 2027 15:05:58 -0500'), ('Message-ID', or_id('061')),
], leaf(openrecords_html(
    '<p>The New York City Police Department (NYPD) has added the following file(s) to your request '
    '<a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-056-18342">FOIL-2026-056-18342</a>:</p>',
    '<ul><li>Stop reports 2025 Q1-Q2 (command, precinct, location).csv</li></ul>\n'
    '<p>Additional Information:<br>This is a partial release. Stop reports for the third and fourth quarters of 2025 '
    'will be released on or before March 3, 2027. Records sealed under Criminal Procedure Law &sect;&sect; 160.50 and '
    '160.55 have been removed from the extract.</p>',
    'FOIL-2026-056-18342', 'Response Added'), 'text/html', 'utf-8', 'quoted-printable'))


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob('*.eml'):
        old.unlink()
    names = [n for n, _ in MESSAGES]
    assert names == sorted(names) and len(set(names)) == len(names), 'file names out of order'
    for name, raw in MESSAGES:
        (OUT / name).write_bytes(raw.encode('ascii'))
    print('wrote %d messages to %s' % (len(MESSAGES), OUT))


if __name__ == '__main__':
    main()
