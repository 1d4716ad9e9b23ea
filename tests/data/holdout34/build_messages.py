#!/usr/bin/env python3
"""Writes messages/*.eml and facts.yaml for this set (the messages are hand-written here; facts are the
hand-labelled ground truth that compute_labels.py turns into labels.yaml).  python build_messages.py"""
import sys, re, email.utils, datetime as dt
from pathlib import Path
import yaml
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from mimelib import leaf, attachment, mp_part, message, make_pdf

REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
INBOX = 'records@records.example.org'
def P(n): return 'records+req-%03d@records.example.org' % n
def RMID(n): return REQS['REQ-%03d' % n]['message_id']
def RSUBJ(n): return REQS['REQ-%03d' % n]['subject']
MSGS = []

def add(slug, date, raw, request, kind, tracking, why, signals, clock=None, adverse=False, estimated=None,
        wording=''):
    MSGS.append(dict(slug=slug, date=date, raw=raw, request=request, kind=kind, tracking=tracking, why=why,
                     signals=signals, clock=clock, adverse=adverse, estimated=estimated, wording=wording))

def H(*pairs):
    return list(pairs)

def quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

OUTLOOK = lambda idx: [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Thread-Index', idx),
                       ('Content-Language', 'en-US'), ('X-MS-Exchange-Organization-AuthAs', 'Internal')]

REQ_TEXT = {
 4: """To the Public Records Officer:

Under the Oregon Public Records Law, ORS 192.311 to 192.478, we request
copies of the following records of Portland Community College:

1. Contracts, statements of work, renewals and invoices for remote
   proctoring services (for example Honorlock, Proctorio, Respondus) and
   for AI-writing detection tools, July 1, 2022 to the present;
2. Usage or utilization reports provided by those vendors, by term.

We ask for electronic copies and a waiver of fees in the public interest.

Records Desk
records@records.example.org""",
 8: """To the FOIA Coordinator:

Under the Michigan Freedom of Information Act, MCL 15.231 et seq., we
request copies of:

1. Use-of-force reports prepared by the University of Michigan-Dearborn
   Department of Public Safety (police), January 1, 2023 to the present;
2. The department's current body-worn camera policy and any earlier
   versions in effect since 2023.

Electronic copies are preferred. Please tell us in advance of any fee
above $50.

Records Desk
records@records.example.org""",
 15: """FOIA Service Center
U.S. Department of Education

Under the Freedom of Information Act, 5 U.S.C. 552, we request:

1. Dismissal letters issued by the Office for Civil Rights (OCR) in Title IX
   complaints against institutions in New Jersey and Oregon, January 1, 2024
   to the present;
2. Case processing data for those complaints (docket number, institution,
   date received, date closed, type of closure).

We are a news organization and ask to be placed in the news media fee
category.

Records Desk""",
}

# ============================================================ September 2026
def justfoia_html(host, district, heading, rows, para, link_label='View Request'):
    rows_html = ''.join('<tr><td style="padding:4px 8px;color:#555;width:150px">%s</td><td style="padding:4px 8px">%s</td></tr>\n' % r for r in rows)
    dn = ('<p style="margin:0 0 12px 0">%s</p>\n' % district) if district else ''
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="margin:0;background:#f2f4f7;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">\n'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #dde2ea">\n'
            '<tr><td style="background:#1f3b63;color:#ffffff;padding:14px 20px;font-size:16px"><b>%s</b></td></tr>\n'
            '<tr><td style="padding:20px">\n%s%s'
            '<table cellpadding="0" cellspacing="0" style="margin:8px 0 16px 0;font-size:13px">\n%s</table>\n'
            '<p style="margin:0 0 16px 0">%s</p>\n'
            '<p><a href="https://%s/publicportal/home/track" style="background:#2d6cdf;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">%s</a></p>\n'
            '</td></tr>\n<tr><td style="padding:10px 20px;font-size:11px;color:#888;border-top:1px solid #eee">'
            'This message was sent from an unmonitored address. Please do not reply to this email. '
            'Powered by JustFOIA.</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n') % (
                heading, dn, '', rows_html, para, host, link_label)

# 001 Montclair JustFOIA acknowledgment (HTML only)
d = 'Tue, 08 Sep 2026 15:02:17 -0400'
html = justfoia_html('montclairschools.justfoia.com', 'Montclair Public Schools has received your public records request.',
    'Request Received',
    [('Request Number', '2026-114'), ('Date Received', '09/08/2026'), ('Request Type', 'OPRA - Government Records'),
     ('Description', 'Student transportation contracts, bid specifications and invoices, 2023-2026'),
     ('Response Due', '09/17/2026')],
    'Under the Open Public Records Act, the custodian of records must grant or deny access as soon as possible, '
    'but not later than seven (7) business days after receiving the request (N.J.S.A. 47:1A-5(i)). '
    'You will be notified by email when the status of your request changes.')
raw = message(H(('From', 'JustFOIA <noreply@justfoia.com>'), ('To', P(1)),
    ('Subject', 'Request Received - 2026-114'), ('Date', d),
    ('Message-ID', '<0100019a2f7c1e5b-5c1d0c8e-6f2a-4b1e-9a3e-1f0e2b7d9c41-000000@email.amazonses.com>'),
    ('X-SES-Outgoing', '2026.09.08-54.240.8.31')), leaf('text/html', html))
add('mps-justfoia-ack', d, raw, 'REQ-001', 'acknowledgment', '2026-114',
    'JustFOIA confirms OPRA request received 09/08/2026 as 2026-114; 7 NJ business days -> Sep 17',
    ['plus', 'tracking-new', 'subject'], clock='received_on_sent_date',
    wording='JustFOIA receipt notices (request number, date received, due date) and N.J.S.A. 47:1A-5(i) seven-business-day rule as stated on GRC pages')

# 002 PCC out-of-office (threaded)
d = 'Wed, 09 Sep 2026 12:41:05 -0700'
body = """I am out of the office through Friday, September 11, with limited access
to email. I will respond when I return on Monday, September 14.

Public records requests sent to records-request-group@pcc.edu are still
being logged while I am away. For media inquiries needing an answer today,
please call the PCC newsroom line at 971-722-8865.

Mara Lindqvist
Public Records Coordinator
Portland Community College
"""
raw = message(H(('From', 'Mara Lindqvist <mara.lindqvist@pcc.edu>'), ('To', 'Records Desk <%s>' % P(4)),
    ('Subject', 'Automatic reply: ' + RSUBJ(4)), ('Date', d),
    ('Message-ID', '<CAJx8w3kT9p2Lr0v5Hq@mail.gmail.com>'), ('In-Reply-To', RMID(4)), ('References', RMID(4)),
    ('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')), leaf('text/plain', body))
add('pcc-ooo', d, raw, 'REQ-004', 'auto_reply', None,
    'Gmail vacation responder of the PCC records coordinator, threaded to our request; no answer',
    ['thread', 'plus'], wording='Google Workspace vacation responder format (Auto-Submitted: auto-replied)')

# 003 bounce: our REQ-006 copy to an old UMN address (Postfix DSN)
d = 'Wed, 09 Sep 2026 16:18:44 -0500'
txt = """This is the mail system at host mail.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<public-data@umn.edu>: host mx-a.umn.edu[134.84.119.107] said: 550 5.1.1
    <public-data@umn.edu>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
status = """Reporting-MTA: dns; mail.records.example.org
X-Postfix-Queue-ID: 4Q7kLm2vXz
X-Postfix-Sender: rfc822; records@records.example.org
Arrival-Date: Wed,  9 Sep 2026 16:18:41 -0500 (CDT)

Final-Recipient: rfc822; public-data@umn.edu
Original-Recipient: rfc822;public-data@umn.edu
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx-a.umn.edu
Diagnostic-Code: smtp; 550 5.1.1 <public-data@umn.edu>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
orig = """Return-Path: <records@records.example.org>
Received: by mail.records.example.org (Postfix, from userid 1001)
	id 4Q7kLm2vXz; Wed,  9 Sep 2026 16:18:41 -0500 (CDT)
From: Records Desk <records@records.example.org>
Reply-To: %s
To: datarequest@umn.edu, public-data@umn.edu
Subject: %s
Date: Wed, 09 Sep 2026 16:18:40 -0500
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""" % (P(6), RSUBJ(6), RMID(6))
parts = [leaf('text/plain', txt, extra=['Content-Description: Notification']),
         ('Content-Description: Delivery report\nContent-Type: message/delivery-status', status),
         ('Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers', orig)]
ct, body = mp_part('report; report-type=delivery-status', parts, '4Q7kLm2vXz.1789424324/mail.records.example.org')
raw = message(H(('From', 'MAILER-DAEMON@mail.records.example.org (Mail Delivery System)'), ('To', INBOX),
    ('Subject', 'Undelivered Mail Returned to Sender'), ('Date', d),
    ('Message-ID', '<20260909211844.5B2F1C0A1E@mail.records.example.org>'), ('Auto-Submitted', 'auto-replied')), (ct, body))
add('bounce-umn-old-address', d, raw, 'REQ-006', 'bounce', None,
    'Postfix DSN: the copy of our UMN data request to a retired address bounced (the datarequest@ copy went through)',
    ['thread-embedded'], wording='standard Postfix bounce (RFC 3464 multipart/report with text/rfc822-headers)')

# 004 UMN ServiceNow acknowledgment (HTML only, RITM in subject is not the tracking number)
d = 'Thu, 10 Sep 2026 10:14:52 -0500'
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
<div style="background:#7a0019;color:#ffcc33;padding:10px 16px;font-size:15px"><b>University of Minnesota</b> &nbsp;|&nbsp; Data Request Center</div>
<div style="padding:16px">
<p>Hello Records Desk,</p>
<p>Thank you for submitting a request through the University of Minnesota Data Request Center. Your request has been
assigned to the Data Access and Privacy (DAP) Office and logged as <b>UDAP 26-0183</b>.</p>
<table style="font-size:13px;border-collapse:collapse" cellpadding="4">
<tr><td style="color:#777">Request</td><td>REQ0197456</td></tr>
<tr><td style="color:#777">Requested item</td><td>RITM0213377</td></tr>
<tr><td style="color:#777">Short description</td><td>Generative AI contracts and OIT email about AI vendors, 2023-2026</td></tr>
<tr><td style="color:#777">Opened</td><td>2026-09-10 10:14:31</td></tr>
<tr><td style="color:#777">State</td><td>Open</td></tr>
</table>
<p>Under the Minnesota Government Data Practices Act (Minn. Stat. &sect; 13.03), the University responds to requests for
public data in an appropriate and prompt manner and within a reasonable amount of time. Requests are handled in the order
received; narrowly drawn requests generally move faster than requests for large volumes of email.</p>
<p>Based on the current volume of open requests, we estimate that this request will take <b>approximately 6-8 weeks</b>
to complete. We will contact you if we need clarification or if the estimate changes. There is no charge to inspect public
data; copies of more than 100 pages may be subject to the University's cost policy.</p>
<p>You can check the status of this request at any time in the <a href="https://umn.service-now.com/drc?id=ticket&amp;table=sc_req_item">Data Request Center</a>.</p>
<p>Data Access and Privacy Office<br>Office of the General Counsel<br>University of Minnesota</p>
</div>
<div style="font-size:10px;color:#999;padding:8px 16px">This is an automated notification from a system mailbox. Replies to this
message are added to your request as comments.<br>Ref:MSG0451187</div>
</body></html>
"""
raw = message(H(('From', 'University of Minnesota <umn@service-now.com>'), ('To', INBOX),
    ('Subject', 'RITM0213377 - Your data request has been received'), ('Date', d),
    ('Message-ID', '<Email.a41c7e2b1b9f2e50d3a7c9e1f04bcb6a@umn.service-now.com>'),
    ('X-ServiceNow-Source', 'Notification-6b1d4f7e1b2b2e10a3c9'), ('X-ServiceNow-SysEmail-Version', '2')),
    leaf('text/html', html))
add('umn-servicenow-ack', d, raw, 'REQ-006', 'acknowledgment', 'UDAP 26-0183',
    'ServiceNow receipt logs the request as UDAP 26-0183 (RITM0213377 is the ticket id); MN sets no deadline; "approximately 6-8 weeks" is not a date',
    ['tracking-new', 'subject'], clock='received_on_sent_date',
    wording='UMN Data Request Center / DAP office pages (MGDPA "appropriate and prompt", narrower requests first) and ServiceNow notification layout (RITM, REQ, Ref:MSG watermark)')

# 005 ED acknowledgment letter only in a PDF
d = 'Fri, 11 Sep 2026 09:55:30 -0400'
letter = """UNITED STATES DEPARTMENT OF EDUCATION
FOIA Service Center
400 Maryland Avenue, SW
Washington, DC 20202-4536

September 11, 2026

Records Desk
records+req-015@records.example.org

Re: Freedom of Information Act Request No. 26-03817-F

Dear Requester:

This letter acknowledges receipt of your Freedom of Information Act (FOIA) request dated September 9, 2026, which the
U.S. Department of Education (Department) received on September 10, 2026. Your request has been assigned the number
above; please refer to it in any correspondence about this request.

You requested: dismissal letters issued by the Office for Civil Rights (OCR) in Title IX complaints against
institutions in New Jersey and Oregon, January 1, 2024 to the present, and case processing data for those complaints.

Your request has been forwarded to the Office for Civil Rights for a search for responsive records. Based on the
description, we have placed your request in the complex processing track.

Fee category: you have been placed in the "representative of the news media" category. You will not be charged for
search or review; duplication beyond the first 100 pages may be charged, although records released electronically carry
no duplication cost.

The FOIA provides 20 working days to make a determination. Because your request may require a search of records held in
OCR regional offices apart from the office processing it, the Department may need to take an extension of up to 10
additional working days under 5 U.S.C. 552(a)(6)(B). You will be notified in writing if that occurs.

If you have questions, you may contact the analyst assigned to your request, or our FOIA Public Liaison, at
EDFOIAManager@ed.gov or 202-401-8365. You may also contact the Office of Government Information Services (OGIS) at the
National Archives and Records Administration, which offers mediation services: OGIS, 8601 Adelphi Road - OGIS, College
Park, MD 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.

Sincerely,

FOIA Service Center
U.S. Department of Education
"""
pdf = make_pdf(letter, 'Acknowledgment 26-03817-F')
body = """Good morning,

Please see the attached correspondence regarding your Freedom of
Information Act request.

Thank you,
FOIA Service Center
U.S. Department of Education
EDFOIAManager@ed.gov
"""
ct, mb = mp_part('mixed', [leaf('text/plain', body), attachment('26-03817-F Acknowledgment Letter.pdf', 'application/pdf', pdf)],
                 '_004_BN8PR09MB36421D7E4A1E7C0B5F2E9B3DD4A2BN8PR09MB3642_')
raw = message(H(('From', 'EDFOIAManager <EDFOIAManager@ed.gov>'), ('To', P(15)),
    ('Subject', 'FOIA Request 26-03817-F - Acknowledgment'), ('Date', d),
    ('Message-ID', '<BN8PR09MB36421D7E4A1E7C0B5F2E9B3DD4A2@BN8PR09MB3642.namprd09.prod.outlook.com>')) + OUTLOOK('AdtE3kq7yC1vN0cWQvG1nO5d2pXo8w=='),
    (ct, mb))
add('ed-ack-letter-pdf', d, raw, 'REQ-015', 'acknowledgment', '26-03817-F',
    'ED acknowledgment letter (PDF only) assigns 26-03817-F and states receipt on Sep 10 (sent Sep 9): 20 federal business days from Sep 10; the extension is only "may need"',
    ['plus', 'tracking-new'], clock='received:2026-09-10',
    wording='ED FOIA FAQ and fee pages (20 business days, possible 10-day extension, news media fee category, EDFOIAManager contact) and standard OGIS paragraph')

# 006 PCC acknowledgment via the college's Google Group, quoting our request
d = 'Mon, 14 Sep 2026 09:22:11 -0700'
body = """Good morning,

Apologies for the slower personal reply - I was out last week.

This confirms that Portland Community College received your public records
request on Wednesday, September 9, 2026, and that PCC is the custodian of
the records you describe. It has been logged as PCC-PRR-0097.

Under ORS 192.329, within ten business days after the date by which this
acknowledgment was due, we will either complete our response or send you
a written estimate of when it will be complete. I'm reaching out to the
Office of Online Learning and Purchasing now for the contracts and usage
reports.

A fee may apply if staff time goes beyond 30 minutes; if so I will send an
estimate before any work is billed, and I'll consider your fee waiver
request at that time.

Thanks,
Mara

Mara Lindqvist (she/her)
Public Records Coordinator
Communications & Public Relations
Portland Community College

On Wed, Sep 9, 2026 at 8:03 AM Records Desk <records@records.example.org> wrote:
""" + quote(REQ_TEXT[4]) + '\n'
raw = message(H(('From', "'Mara Lindqvist' via PCC Public Records <records-request-group@pcc.edu>"),
    ('Reply-To', 'Mara Lindqvist <mara.lindqvist@pcc.edu>'),
    ('To', 'Records Desk <%s>' % P(4)), ('Cc', 'PCC Public Records <records-request-group@pcc.edu>'),
    ('Subject', 'Re: ' + RSUBJ(4)), ('Date', d),
    ('Message-ID', '<CAJx8w3nR2a0bQ7@mail.gmail.com>'), ('In-Reply-To', RMID(4)), ('References', RMID(4)),
    ('X-Original-Sender', 'mara.lindqvist@pcc.edu'),
    ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@pcc.edu; spf=pass smtp.mailfrom=mara.lindqvist@pcc.edu'),
    ('Precedence', 'list'), ('Mailing-list', 'list records-request-group@pcc.edu; contact records-request-group+owners@pcc.edu'),
    ('List-ID', '<records-request-group.pcc.edu>'), ('X-Google-Group-Id', '583019276415'),
    ('List-Post', '<https://groups.google.com/a/pcc.edu/group/records-request-group/post>, <mailto:records-request-group@pcc.edu>'),
    ('List-Help', '<https://support.google.com/a/pcc.edu/bin/topic.py?topic=25838>, <mailto:records-request-group+help@pcc.edu>')),
    leaf('text/plain', body))
add('pcc-ack-google-group', d, raw, 'REQ-004', 'acknowledgment', 'PCC-PRR-0097',
    'PCC ack through its Google Group (From is the group address): received Sep 9 = sent; OR acknowledgment step 5 business days -> Sep 16; fee only "may" apply',
    ['thread', 'plus', 'tracking-new'], clock='received_on_sent_date',
    wording='PCC public records page (records-request-group@pcc.edu Google Group, staff-time fee) and ORS 192.329 two-step timeline; Google Groups "via" headers')

# 007 / 008 JustFOIA acks for two districts from one address, same minute block
d = 'Mon, 14 Sep 2026 15:31:40 -0400'
html = justfoia_html('montclairschools.justfoia.com', 'Montclair Public Schools has received your public records request.',
    'Request Received',
    [('Request Number', '2026-121'), ('Date Received', '09/14/2026'), ('Request Type', 'OPRA - Government Records'),
     ('Description', 'Employee separation agreements and settlement payments, 2022-2026'), ('Response Due', '09/23/2026')],
    'Under the Open Public Records Act, the custodian of records must grant or deny access as soon as possible, '
    'but not later than seven (7) business days after receiving the request (N.J.S.A. 47:1A-5(i)). '
    'You will be notified by email when the status of your request changes.')
raw = message(H(('From', 'JustFOIA <noreply@justfoia.com>'), ('To', INBOX),
    ('Subject', 'Request Received - 2026-121'), ('Date', d),
    ('Message-ID', '<0100019a4b1d2f77-8e2a41c0-3b6d-4f0e-a1d2-7c9b0e5f6a13-000000@email.amazonses.com>'),
    ('X-SES-Outgoing', '2026.09.14-54.240.8.44')), leaf('text/html', html))
add('mps-justfoia-ack-2', d, raw, 'REQ-002', 'acknowledgment', '2026-121',
    'JustFOIA receipt for the Montclair separation-agreements request, 2026-121, received 09/14; 7 NJ business days -> Sep 23',
    ['tracking-new', 'subject'], clock='received_on_sent_date',
    wording='JustFOIA receipt notice; same template and sender as the Bloomfield notice sixteen minutes later')

d = 'Mon, 14 Sep 2026 15:47:02 -0400'
rows = [('Request Number', 'BPS-2026-0047'), ('Date Received', '09/14/2026'), ('Request Type', 'OPRA - Government Records'),
        ('Description', 'HIB investigation reports, Bloomfield Middle School, 2025-2026 school year'), ('Response Due', '09/23/2026')]
html = justfoia_html('bloomfieldschools.justfoia.com', 'Bloomfield Public Schools has received your public records request.',
    'Request Received', rows,
    'Under the Open Public Records Act, the custodian of records must grant or deny access as soon as possible, '
    'but not later than seven (7) business days after receiving the request (N.J.S.A. 47:1A-5(i)). '
    'You will be notified by email when the status of your request changes.')
text = """Request Received

Bloomfield Public Schools has received your public records request.

Request Number: BPS-2026-0047
Date Received: 09/14/2026
Request Type: OPRA - Government Records
Description: HIB investigation reports, Bloomfield Middle School, 2025-2026 school year
Response Due: 09/23/2026

Under the Open Public Records Act, the custodian of records must grant or
deny access as soon as possible, but not later than seven (7) business days
after receiving the request (N.J.S.A. 47:1A-5(i)). You will be notified by
email when the status of your request changes.

View Request: https://bloomfieldschools.justfoia.com/publicportal/home/track

This message was sent from an unmonitored address. Please do not reply to
this email. Powered by JustFOIA.
"""
ct, mb = mp_part('alternative', [leaf('text/plain', text), leaf('text/html', html)], '----=_Part_88213_1432907713.1789415222410')
raw = message(H(('From', 'JustFOIA <noreply@justfoia.com>'), ('To', INBOX),
    ('Subject', 'Request Received - BPS-2026-0047'), ('Date', d),
    ('Message-ID', '<0100019a4b2bd0e1-2f7c9d13-90aa-4c5e-b6f8-0d3e4a1c7b22-000000@email.amazonses.com>'),
    ('X-SES-Outgoing', '2026.09.14-54.240.8.44')), (ct, mb))
add('bps-justfoia-ack', d, raw, 'REQ-003', 'acknowledgment', 'BPS-2026-0047',
    'Same JustFOIA sender and template as 007, but for Bloomfield (district name, per-district host): BPS-2026-0047, due Sep 23',
    ['tracking-new', 'subject'], clock='received_on_sent_date',
    wording='JustFOIA receipt notice for a second district on the same platform address')

# 009 Montclair custodian asks for more time; number written "OPRA #26-114"; no thread headers
d = 'Tue, 15 Sep 2026 11:20:36 -0400'
text = """Good morning,

I am writing about OPRA #26-114 (student transportation contracts, bid
specifications and invoices, 2023-2026).

The request covers three school years of route contracts, quotes and
jointure agreements with the Essex Regional Educational Services
Commission, along with the monthly invoices, a portion of which are in
off-site storage. The District needs additional time to retrieve and
review these records. We anticipate providing a response on or before
Friday, October 2, 2026.

If you do not agree to this extension, please let me know in writing.

Thank you for your patience.

Thomas Greco
Business Administrator/Board Secretary
Custodian of Records
Montclair Board of Education
22 Valley Road, Montclair, NJ 07042
(973) 509-4000
"""
html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + \
    '\n'.join('<p style="margin:0">%s</p>' % (l if l else '&nbsp;') for l in text.replace('&', '&amp;').split('\n')) + '</div></body></html>\n'
ct, mb = mp_part('alternative', [leaf('text/plain', text), leaf('text/html', html)], '_000_MN2PR04MB6990A3F1C2E7D98B1E4A0C77C25A2MN2PR04MB6990namp_')
raw = message(H(('From', '"Greco, Thomas" <tgreco@montclair.k12.nj.us>'), ('To', '"records@records.example.org" <records@records.example.org>'),
    ('Subject', 'OPRA #26-114 - Extension of Time'), ('Thread-Topic', 'OPRA #26-114 - Extension of Time'), ('Date', d),
    ('Message-ID', '<MN2PR04MB6990A3F1C2E7D98B1E4A0C77C25A2@MN2PR04MB6990.namprd04.prod.outlook.com>'),
    ('Accept-Language', 'en-US')) + OUTLOOK('AQHc2kq1bE3v0Yw9R0mK7a9s1Xl6gA=='), (ct, mb))
add('mps-extension-numfmt', d, raw, 'REQ-001', 'extension', '26-114',
    'Montclair custodian takes more time on "OPRA #26-114" (= 2026-114), response by Oct 2; NJ table has no extension days -> no new due',
    ['tracking', 'subject'], clock='extension', estimated='2026-10-02',
    wording='NJ custodian extension letters (anticipated date, requester may object) as discussed on GRC decision pages; Outlook/Exchange Online headers')

# 010 MBTA GovQA acknowledgment
d = 'Wed, 16 Sep 2026 08:03:12 -0400'
text = """Dear Records Desk,

Thank you for your interest in the public records of the Massachusetts Bay
Transportation Authority. Your request has been received and is being
processed in accordance with the Massachusetts Public Records Law, M.G.L.
c. 66, Section 10.

Your request was received on 9/15/2026 and given the reference number
R001872-091526 for tracking purposes.

Records Requested: Red Line track defect and speed restriction inspection
reports, January 2025 - August 2026.

The MBTA will respond within ten (10) business days of receipt, on or
before 9/29/2026. If the MBTA needs more time or must assess a fee, you will
be notified in writing within that period.

You can monitor the progress of your request at the link below and you will
receive an email when your request has been completed.

https://mbta.mycusthelp.com/WEBAPP/_rs/(S(x2l0qkq5e3rj0m4w1z0fvc2a))/RequestLogin.aspx

Records Access Officer
Massachusetts Bay Transportation Authority
10 Park Plaza, Boston, MA 02116
"""
html = '<html><body style="font-family:Verdana,Arial;font-size:12px">\n<p>' + text.replace('\n\n', '</p>\n<p>') + '</p>\n</body></html>\n'
ct, mb = mp_part('alternative', [leaf('text/plain', text), leaf('text/html', html)], '--boundary_118_3f0d5c2e-6d5b-4c3a-a8c1-5f6e9d0b1a77')
raw = message(H(('From', 'MBTA Public Records <mbta@mycusthelp.net>'), ('To', P(10)),
    ('Subject', 'MBTA Public Records Request :: R001872-091526'), ('Date', d),
    ('Message-ID', '<7d1c2e9a-3b42-4f7e-9c1d-0a8b6e5f4d21@mycusthelp.net>')), (ct, mb))
add('mbta-govqa-ack', d, raw, 'REQ-010', 'acknowledgment', 'R001872-091526',
    'GovQA ack: received 9/15/2026 = sent, R001872-091526; MA 10 business days -> Sep 29 (stated)',
    ['plus', 'tracking-new', 'subject'], clock='received_on_sent_date',
    wording='MBTA GovQA auto-acknowledgment as seen on MuckRock MBTA requests (R001051-101923 format) and MA 10-business-day rule')

# 011 conference invitation (null)
d = 'Wed, 16 Sep 2026 13:30:00 -0400'
text = """Campus Records & Transparency Summit 2026
November 12-13, 2026 | Ohio Union, Columbus, Ohio

You're invited.

Two days for reporters, student journalists and records officers on getting
public records out of colleges, school districts and transit agencies:

- FERPA and the "education records" shield: what it does and doesn't cover
- Reading a FOIA denial letter: exemptions, appeals and deadlines
- Athletics, NIL and revenue sharing: what the public can see
- Working with portals (GovQA, NextRequest, JustFOIA) without losing track

Early registration ($95, students free) closes October 9.
Register: https://opencampusrecords.org/summit2026

Questions? Reply to this email or write hello@opencampusrecords.org.

You are receiving this because you attended a past Open Campus Records
event. Unsubscribe: https://opencampusrecords.org/u/8c2f1a
"""
html = """<html><body style="font-family:Georgia,serif;background:#faf7f0">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px">
<h1 style="color:#0b3d5c">Campus Records &amp; Transparency Summit 2026</h1>
<p><b>November 12-13, 2026</b> | Ohio Union, Columbus, Ohio</p>
<p>Two days for reporters, student journalists and records officers on getting public records out of colleges, school districts and transit agencies:</p>
<ul><li>FERPA and the &ldquo;education records&rdquo; shield: what it does and doesn&rsquo;t cover</li>
<li>Reading a FOIA denial letter: exemptions, appeals and deadlines</li>
<li>Athletics, NIL and revenue sharing: what the public can see</li>
<li>Working with portals (GovQA, NextRequest, JustFOIA) without losing track</li></ul>
<p>Early registration ($95, students free) closes October 9.</p>
<p><a href="https://opencampusrecords.org/summit2026" style="background:#c8102e;color:#fff;padding:10px 18px;text-decoration:none">Save your seat</a></p>
<p style="font-size:11px;color:#888">You are receiving this because you attended a past Open Campus Records event. <a href="https://opencampusrecords.org/u/8c2f1a">Unsubscribe</a></p>
</div></body></html>
"""
ct, mb = mp_part('alternative', [leaf('text/plain', text), leaf('text/html', html)], '=-=-=_mc_2b7e1f00a9_=-=-=')
raw = message(H(('From', 'Open Campus Records <hello@opencampusrecords.org>'), ('To', INBOX),
    ('Subject', "You're invited: Campus Records & Transparency Summit, Nov. 12-13"), ('Date', d),
    ('Message-ID', '<20260916173000.8c2f1a.0b3d@mail.opencampusrecords.org>'),
    ('List-Unsubscribe', '<https://opencampusrecords.org/u/8c2f1a>, <mailto:unsubscribe@opencampusrecords.org>'),
    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')), (ct, mb))
add('conference-invite', d, raw, None, 'other', None,
    'conference invitation full of FOIA/FERPA/portal words; belongs to no request',
    ['none'], wording='invented event mailing (Mailchimp-style list headers)')

# 012 UM-Dearborn forwards the request to the Ann Arbor FOIA Office (transfer)
d = 'Thu, 17 Sep 2026 14:05:48 -0400'
body = """Hello,

Thank you for your request. Freedom of Information Act requests for the
University of Michigan, including the Dearborn and Flint campuses, are
processed centrally by the University's FOIA Office in Ann Arbor rather
than by our department.

I have forwarded your request to the FOIA Office today (copied here). They
will contact you directly and assign a tracking number. Please send any
further correspondence about this request to foia-email@umich.edu.

Best regards,

Renee Okafor
Administrative Coordinator
Department of Public Safety
University of Michigan-Dearborn

On Wed, Sep 16, 2026 at 9:12 AM Records Desk <records@records.example.org> wrote:
""" + quote(REQ_TEXT[8]) + '\n'
raw = message(H(('From', 'Renee Okafor <rokafor@umich.edu>'), ('To', 'Records Desk <%s>' % P(8)),
    ('Cc', 'foia-email@umich.edu'), ('Subject', 'Re: ' + RSUBJ(8)), ('Date', d),
    ('Message-ID', '<CAFk2Yt1v8QeD3mW@mail.gmail.com>'), ('In-Reply-To', RMID(8)), ('References', RMID(8))),
    leaf('text/plain', body))
add('umd-transfer', d, raw, 'REQ-008', 'other', None,
    'UM-Dearborn police staff say the request has been sent on to the central UM FOIA Office in Ann Arbor (transfer notice)',
    ['thread', 'plus'], wording='UM FOIA procedures page (all requests go to the University FOIA Office, foia-email@umich.edu)')

# 013 Montclair district newsletter (null) mentioning transportation
d = 'Fri, 18 Sep 2026 16:00:00 -0400'
html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#00467f;color:#fff;padding:16px;font-size:20px">MPS Weekly &mdash; September 18, 2026</td></tr>
<tr><td style="padding:16px">
<h3>Transportation update</h3>
<p>Thank you for your patience during the first two weeks of school. The Transportation Office has added two courtesy
busing routes for Glenfield and Buzz Aldrin middle schools and adjusted afternoon pickup times on routes 12 and 17.
Updated route sheets are posted in the Parent Portal. Questions about routes go to transportation@montclair.k12.nj.us.</p>
<h3>Board of Education meeting</h3>
<p>The Board meets Monday, September 21 at 7:30 p.m. at the George Inness Annex. The agenda, including the 2026-27
transportation jointure renewals, is posted on the district website.</p>
<h3>Picture day</h3>
<p>Picture day for elementary schools is September 29-October 2.</p>
<p style="font-size:11px;color:#777">Montclair Public Schools &middot; 22 Valley Road, Montclair, NJ 07042<br>
You are receiving this email because you subscribed to district news.
<a href="https://www.montclair.k12.nj.us/unsubscribe?u=4471">Unsubscribe</a></p>
</td></tr></table></body></html>
"""
raw = message(H(('From', 'Montclair Public Schools <communications@montclair.k12.nj.us>'), ('To', INBOX),
    ('Subject', 'MPS Weekly: Transportation update, Board meeting Sept. 21'), ('Date', d),
    ('Message-ID', '<mps-weekly-20260918.4471@montclair.k12.nj.us>'),
    ('List-Unsubscribe', '<https://www.montclair.k12.nj.us/unsubscribe?u=4471>'), ('Precedence', 'bulk')),
    leaf('text/html', html))
add('mps-newsletter', d, raw, None, 'other', None,
    'district newsletter from the Montclair domain that talks about transportation and jointures; not about our request',
    ['none'], wording='district weekly e-newsletter (invented content)')

# 014 UM FOIA Office acknowledgment with a received date two days after sent
d = 'Mon, 21 Sep 2026 10:12:09 -0400'
body = """Dear Records Desk:

The University of Michigan FOIA Office received your request under the
Michigan Freedom of Information Act, MCL 15.231 et seq., on September 18,
2026, when it was forwarded to us by the UM-Dearborn Department of Public
Safety. Your request has been assigned tracking number F-26-0588.

You asked for use-of-force reports prepared by the UM-Dearborn Department
of Public Safety from January 1, 2023 to the present, and the department's
body-worn camera policy, including earlier versions in effect since 2023.

Under MCL 15.235(2), the University will respond to your request within
five business days of receipt, by September 25, 2026. Please include the
tracking number in any correspondence with our office.

Sincerely,

FOIA Office
University of Michigan
2025 Fleming Administration Building
503 Thompson Street
Ann Arbor, MI 48109-1340
foia-email@umich.edu
"""
raw = message(H(('From', 'University of Michigan FOIA Office <foia-email@umich.edu>'), ('To', INBOX),
    ('Subject', 'FOIA Request F-26-0588 - Acknowledgment'), ('Date', d),
    ('Message-ID', '<CAMuFOIA7c2Qk9w1x@mail.gmail.com>')), leaf('text/plain', body))
add('um-foia-ack', d, raw, 'REQ-008', 'acknowledgment', 'F-26-0588',
    'UM FOIA Office ack: received Sep 18 (forwarded from Dearborn; sent Sep 16), F-26-0588; 5 MI business days -> Sep 25',
    ['tracking-new', 'subject'], clock='received:2026-09-18',
    wording='UM FOIA Office procedures (central office, five business days, Fleming Building address)')

# 015 UMN ServiceNow acknowledgment for the second UMN request (multipart; REQ0198803 is a ServiceNow id)
d = 'Mon, 21 Sep 2026 11:48:30 -0500'
text = """University of Minnesota | Data Request Center

Hello Records Desk,

Thank you for submitting a request through the University of Minnesota
Data Request Center. Your request has been assigned to the Data Access and
Privacy (DAP) Office and logged as UDAP 26-0197.

Request: REQ0198803
Requested item: RITM0214562
Short description: Athletics revenue-sharing agreements and House settlement compliance records
Opened: 2026-09-21 11:48:02
State: Open

Under the Minnesota Government Data Practices Act (Minn. Stat. 13.03), the
University responds to requests for public data in an appropriate and
prompt manner and within a reasonable amount of time. Because this request
involves records held by Intercollegiate Athletics, DAP will coordinate the
search with that unit. We will contact you if we need clarification.

Data Access and Privacy Office
Office of the General Counsel
University of Minnesota

This is an automated notification from a system mailbox. Replies to this
message are added to your request as comments.
Ref:MSG0452930
"""
html = '<html><body style="font-family:Arial;font-size:13px">\n' + '\n'.join('<p>%s</p>' % p.replace('\n', '<br>\n') for p in text.replace('&', '&amp;').split('\n\n')) + '\n</body></html>\n'
ct, mb = mp_part('alternative', [leaf('text/plain', text), leaf('text/html', html)], '----=_Part_441120_1877324110.1790009310457')
raw = message(H(('From', 'University of Minnesota <umn@service-now.com>'), ('To', INBOX),
    ('Subject', 'RITM0214562 - Your data request has been received'), ('Date', d),
    ('Message-ID', '<Email.c09e3f6b1b1f6e50d3a7c9e1f04bcb71@umn.service-now.com>'),
    ('X-ServiceNow-Source', 'Notification-6b1d4f7e1b2b2e10a3c9'), ('X-ServiceNow-SysEmail-Version', '2')), (ct, mb))
add('umn-servicenow-ack-2', d, raw, 'REQ-007', 'acknowledgment', 'UDAP 26-0197',
    'second UMN ServiceNow receipt: UDAP 26-0197 for the athletics request (RITM0214562 and REQ0198803 are ServiceNow ids); MN has no deadline',
    ['tracking-new', 'subject'], clock='received_on_sent_date',
    wording='same ServiceNow notification as 004, with a ServiceNow "REQ" number that resembles our own ids')

# 016 Bloomfield denial under FERPA, letter only in the PDF attached to a JustFOIA notice
d = 'Tue, 22 Sep 2026 13:10:27 -0400'
letter = """BLOOMFIELD PUBLIC SCHOOLS
Office of the Business Administrator/Board Secretary
155 Broad Street, Bloomfield, New Jersey 07003

September 22, 2026

Records Desk
Via JustFOIA

Re: OPRA Request BPS-2026-0047 - HIB investigation reports, Bloomfield Middle School

Dear Requester:

The Bloomfield Board of Education received your request under the Open Public Records Act (OPRA), N.J.S.A. 47:1A-1
et seq., on September 14, 2026, for harassment, intimidation and bullying (HIB) investigation reports for Bloomfield
Middle School for the 2025-2026 school year.

Your request is DENIED.

HIB investigation reports document allegations about, statements from, and findings concerning identified students.
They are student records under N.J.A.C. 6A:32-2.1 and education records under the Family Educational Rights and
Privacy Act (FERPA), 20 U.S.C. 1232g, and its regulations, 34 C.F.R. Part 99. OPRA does not abrogate the
confidentiality of records made confidential by another statute, regulation or federal law (N.J.S.A. 47:1A-9(a)), and
N.J.A.C. 6A:32-7.5 limits access to student records to authorized persons. Redaction is not a reasonable alternative:
given the size of the school and the detail in each report, removing names would not prevent identification of the
students involved.

Aggregate HIB data for the District is reported to the New Jersey Department of Education through the Student Safety
Data System and is published in the Department's annual Commissioner's Report on Violence, Vandalism, HIB and Substance
Abuse. The Superintendent's semiannual HIB reports to the Board are read into the minutes of public meetings.

If you disagree with this decision, you may challenge it by filing a complaint with the Government Records Council
within 45 calendar days of this denial, or by filing an action in the Superior Court of New Jersey.

Sincerely,

Custodian of Records
Bloomfield Board of Education
"""
pdf = make_pdf(letter, 'BPS-2026-0047 Response')
text = """Response Issued

A response has been issued for your public records request
BPS-2026-0047 with Bloomfield Public Schools.

Status: Closed - Denied
Please see the attached response letter.

View Request: https://bloomfieldschools.justfoia.com/publicportal/home/track

This message was sent from an unmonitored address. Please do not reply to
this email. Powered by JustFOIA.
"""
ct, mb = mp_part('mixed', [leaf('text/plain', text), attachment('BPS-2026-0047_Response.pdf', 'application/pdf', pdf)],
                 '----=_Part_90211_77120348.1789492227019')
raw = message(H(('From', 'JustFOIA <noreply@justfoia.com>'), ('To', INBOX),
    ('Subject', 'Response Issued - BPS-2026-0047'), ('Date', d),
    ('Message-ID', '<0100019a6e0c41b3-90c1d2e7-5a4f-4b0c-8d7e-2e3f1a6b9c58-000000@email.amazonses.com>')), (ct, mb))
add('bps-justfoia-denial-pdf', d, raw, 'REQ-003', 'denial', 'BPS-2026-0047',
    'Bloomfield denies the HIB reports in full as FERPA/N.J.A.C. 6A:32 student records (letter in PDF); NJ 45-day GRC window',
    ['tracking', 'subject'], adverse=True,
    wording='NJ district OPRA denials citing FERPA and N.J.A.C. 6A:32 student-record rules; GRC 45-day complaint window (P.L.2024, c.16)')

# 017 Montclair portal notice: only the per-district host and the number
d = 'Tue, 22 Sep 2026 16:45:51 -0400'
html = justfoia_html('montclairschools.justfoia.com', '',
    'New Message', [('Request Number', '2026-121'), ('Status', 'In Progress')],
    'There is a new message regarding your public records request. Log in to the public portal to read and respond to it.',
    'Open Message Center')
raw = message(H(('From', 'JustFOIA <noreply@justfoia.com>'), ('To', INBOX),
    ('Subject', 'New Message Regarding Your Request'), ('Date', d),
    ('Message-ID', '<0100019a6ec7a2d4-11ab5f3e-7c2d-4e8a-9b0f-6d5c4e3b2a19-000000@email.amazonses.com>')), leaf('text/html', html))
add('mps-justfoia-newmessage', d, raw, 'REQ-002', 'portal_notice', '2026-121',
    'JustFOIA says a message is waiting; no district name, only the montclairschools host and 2026-121',
    ['tracking'], wording='JustFOIA "new message" notification (content only in the portal)')

# 018 SEPTA acknowledgment
d = 'Tue, 22 Sep 2026 17:20:03 -0400'
body = """Dear Requester:

This acknowledges that the Southeastern Pennsylvania Transportation
Authority (SEPTA) received your request under the Pennsylvania
Right-to-Know Law, 65 P.S. 67.101 et seq., on September 21, 2026.

Your request has been assigned number RTK-26-0412. Please refer to this
number in all correspondence.

The Open Records Officer will respond within five (5) business days of
receipt, as provided in Section 901 of the Law, or will notify you in
writing if additional time is required under Section 902.

SEPTA Legal Department - Right to Know
1234 Market Street, 5th Floor
Philadelphia, PA 19107
righttoknow@septa.org
"""
raw = message(H(('From', 'SEPTA Right to Know <righttoknow@septa.org>'), ('To', P(12)),
    ('Subject', 'Acknowledgment - RTK-26-0412'), ('Date', d),
    ('Message-ID', '<SJ0PR12MB5487F0A1B3C2D4E5F6A7B8C9D0E1@SJ0PR12MB5487.namprd12.prod.outlook.com>')),
    leaf('text/plain', body))
add('septa-ack', d, raw, 'REQ-012', 'acknowledgment', 'RTK-26-0412',
    'SEPTA ack: received Sep 21 = sent, RTK-26-0412; PA 5 business days -> Sep 28',
    ['plus', 'tracking-new'], clock='received_on_sent_date',
    wording='PA agency RTKL acknowledgments and 65 P.S. 67.901/902 (five business days, or notice of extension)')

# 019 BART NextRequest acknowledgment
d = 'Wed, 23 Sep 2026 09:02:44 -0700'
text = """BART Public Records

Your record request #26-2214 has been received and is being processed.

Request received: September 22, 2026
Request: Next-generation fare gate contract, change orders and fare evasion
incident reports, 2023-2026

Under the California Public Records Act, the District will respond within
10 days of receipt to let you know whether it has disclosable records. If
records are released they will be posted to your request page.

View request 26-2214: https://bart.nextrequest.com/requests/26-2214

Questions? Contact the Office of the District Secretary, (510) 464-6083.

You are receiving this email because you made a request on the BART
NextRequest portal.
"""
html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d2433">
<div style="border-bottom:3px solid #0099d8;padding:8px 0"><b>BART Public Records</b></div>
<p>Your record request <a href="https://bart.nextrequest.com/requests/26-2214">#26-2214</a> has been received and is being processed.</p>
<p><b>Request received:</b> September 22, 2026<br><b>Request:</b> Next-generation fare gate contract, change orders and fare evasion incident reports, 2023-2026</p>
<p>Under the California Public Records Act, the District will respond within 10 days of receipt to let you know whether it has disclosable records. If records are released they will be posted to your request page.</p>
<p>Questions? Contact the Office of the District Secretary, (510) 464-6083.</p>
<p style="font-size:11px;color:#777">You are receiving this email because you made a request on the BART NextRequest portal.</p>
</body></html>
"""
ct, mb = mp_part('alternative', [leaf('text/plain', text), leaf('text/html', html)], '--==_mimepart_66f18e24a1b2c_3e5f2ac4d8e1')
raw = message(H(('From', 'BART Public Records <donotreply@nextrequest.com>'), ('To', INBOX),
    ('Subject', '[Records Request] Your request #26-2214 has been received'), ('Date', d),
    ('Message-ID', '<66f18e24a1b2c_3e5f2ac4d8e1@nextrequest-mailer-7f9c.mail>')), (ct, mb))
add('bart-nextrequest-ack', d, raw, 'REQ-014', 'acknowledgment', '26-2214',
    'NextRequest receipt for BART #26-2214, received Sep 22 = sent; CA 10 calendar days -> Oct 2',
    ['tracking-new', 'subject'], clock='received_on_sent_date',
    wording='bart.nextrequest.com FAQ (10 calendar days, 14-day extension) and NextRequest receipt emails')

# 020 ED analyst asks for clarification (Outlook, threaded to our request)
d = 'Thu, 24 Sep 2026 14:37:19 -0400'
body = """Good afternoon,

I'm the FOIA analyst assigned to your request, 26-03817-F.

OCR tells me there were roughly 1,150 Title IX complaints against New
Jersey and Oregon institutions that were dismissed or otherwise closed
between January 2024 and now. Before we task the regional offices I need
you to clarify two things:

1. "Case processing data" - do you want an export of case-level fields
   (docket number, institution, date received, date closed, closure type)
   from OCR's case management system, or something else, such as reports?
2. Do you want the dismissal letters for all ~1,150 cases, or would a
   narrower set work (for example, one calendar year, or only
   postsecondary institutions)?

Please reply within 10 working days. If I don't hear back by October 8 we
may administratively close the request. Your request is on hold until we
receive your answer.

Thanks,

Kendra Baptiste
Government Information Specialist
FOIA Service Center
U.S. Department of Education
"""
raw = message(H(('From', '"Baptiste, Kendra" <Kendra.Baptiste@ed.gov>'), ('To', '"Records Desk" <%s>' % P(15)),
    ('Subject', 'RE: ' + RSUBJ(15)), ('Thread-Topic', RSUBJ(15)), ('Date', d),
    ('Message-ID', '<BN8PR09MB3642C91E0F7A2D4B6E1C3A5F9D4E@BN8PR09MB3642.namprd09.prod.outlook.com>'),
    ('In-Reply-To', RMID(15)), ('References', RMID(15))) + OUTLOOK('AQHdLq0wE8r5kD2bR0aJ9cX1vT4mPg=='),
    leaf('text/plain', body))
add('ed-clarification', d, raw, 'REQ-015', 'clarification', '26-03817-F',
    'ED analyst asks what "case processing data" means and whether to narrow the ~1,150 letters; request on hold',
    ['thread', 'plus', 'tracking'], wording='FOIA (a)(6)(A)(ii) one-time tolling for information; ED analyst emails as quoted on MuckRock threads (informal, 10-working-day reply window)')

# 021 UM extension notice with a date
d = 'Fri, 25 Sep 2026 15:40:12 -0400'
body = """Dear Records Desk:

Re: FOIA Request F-26-0588

Pursuant to MCL 15.235(2)(d), the University of Michigan is extending the
time to respond to your request by ten (10) business days. The University
will respond on or before October 9, 2026.

The extension is needed because the responsive records must be collected
from the UM-Dearborn Department of Public Safety and reviewed before a
determination can be made.

Sincerely,

FOIA Office
University of Michigan
foia-email@umich.edu
"""
raw = message(H(('From', 'University of Michigan FOIA Office <foia-email@umich.edu>'), ('To', INBOX),
    ('Subject', 'FOIA Request F-26-0588 - Notice of Extension'), ('Date', d),
    ('Message-ID', '<CAMuFOIA9r4Tz0p2q@mail.gmail.com>')), leaf('text/plain', body))
add('um-extension', d, raw, 'REQ-008', 'extension', 'F-26-0588',
    'MCL 15.235(2)(d) extension of 10 business days on the Sep 25 due date -> Oct 9 (stated)',
    ['tracking'], clock='extension', estimated='2026-10-09',
    wording='MI FOIA extension notices (one 10-business-day extension, AG Op. 7172) and UM Mackinac Center account of UM extensions')

# 022 SEPTA 30-day extension letter in PDF
d = 'Mon, 28 Sep 2026 10:30:55 -0400'
letter = """SOUTHEASTERN PENNSYLVANIA TRANSPORTATION AUTHORITY
Legal Department - Open Records Officer
1234 Market Street, Philadelphia, PA 19107

September 28, 2026

Records Desk
records+req-012@records.example.org

Re: Right-to-Know Request RTK-26-0412

INTERIM RESPONSE - NOTICE OF EXTENSION (65 P.S. 67.902)

Dear Requester:

On September 21, 2026, SEPTA received your request for Silverliner IV fire and smoke incident reports and related
inspection records, 2024 to the present.

Your request is under review. SEPTA requires additional time to respond for the following reasons:

[X] the request requires redaction of a record in accordance with Section 706;
[X] the request requires retrieval of records stored at a remote location (Regional Rail maintenance facilities);
[X] a legal review is necessary to determine whether the records are subject to access under the Law.

SEPTA expects to respond to your request on or before October 28, 2026. The records, if released, will be provided
electronically; SEPTA does not anticipate fees for electronic copies.

Sincerely,

Janelle Whitaker
Open Records Officer
"""
pdf = make_pdf(letter, 'RTK-26-0412 Interim Response')
body = """Please see the attached interim response regarding RTK-26-0412.

Janelle Whitaker
Open Records Officer | SEPTA Legal Department
1234 Market Street, Philadelphia, PA 19107
"""
ct, mb = mp_part('mixed', [leaf('text/plain', body), attachment('RTK-26-0412 Interim Response.pdf', 'application/pdf', pdf)],
                 '_002_SJ0PR12MB54870E3C1B5A47F9D2A6C8E1B4F3SJ0PR12MB5487namp_')
raw = message(H(('From', '"Whitaker, Janelle" <JWhitaker@septa.org>'), ('To', P(12)),
    ('Subject', 'RTK-26-0412 - Interim Response'), ('Date', d),
    ('Message-ID', '<SJ0PR12MB54870E3C1B5A47F9D2A6C8E1B4F3@SJ0PR12MB5487.namprd12.prod.outlook.com>')) + OUTLOOK('AdtPq1vH3k7Lm9R0aZ2cE5wB8yN4jQ=='),
    (ct, mb))
add('septa-extension-pdf', d, raw, 'REQ-012', 'extension', 'RTK-26-0412',
    'PA Section 902 notice (PDF): 30 calendar days on the Sep 28 due date -> Oct 28; expected response Oct 28',
    ['plus', 'tracking'], clock='extension', estimated='2026-10-28',
    wording='65 P.S. 67.902(b) notice elements (reasons checklist, expected date, fee estimate) and PNA hotline on 30-calendar-day extensions')

# 023 Montclair special service charge (reply to our reply to 009; Outlook, quoted-printable utf-8)
d = 'Tue, 29 Sep 2026 10:05:41 -0400'
text = """Good morning,

Thank you for agreeing to the extension on OPRA 2026-114.

Having now located the records, we can tell you the request involves
approximately 2,300 pages: route contracts and quotes for 2023-24 through
2025-26, the jointure agreements with the Essex Regional Educational Services Commission, and 36 months of contractor
invoices. Roughly half are paper records in off-site storage that must be
retrieved, scanned and reviewed for student information (student names and
home stops appear on some route sheets attached to the invoices).

Because of the volume and the time involved, the District will assess a
special service charge under N.J.S.A. 47:1A-5(c). We estimate 14 hours of
work beyond ordinary retrieval, performed by the Accounts Payable clerk,
the lowest-paid employee able to do it, at $31.40 per hour:

    14 hours x $31.40 = $439.60 special service charge
    Electronic delivery: no duplication charge

Please let us know in writing whether you accept the special service
charge or would like to narrow the request (for example, to contracts and
bid specifications only, which would not carry the charge). We will hold
the request until we hear from you; work will begin once the charge is
accepted and a deposit of 50% ($219.80) is received.

Thomas Greco
Business Administrator/Board Secretary
Custodian of Records
Montclair Board of Education

From: Records Desk <records@records.example.org>
Sent: Tuesday, September 15, 2026 3:02 PM
To: Greco, Thomas <tgreco@montclair.k12.nj.us>
Subject: Re: OPRA #26-114 - Extension of Time

We agree to the extension to October 2. Thank you.
"""
html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + \
    '\n'.join('<p style="margin:0">%s</p>' % (l.replace('  ', '&nbsp; ') if l else '&nbsp;') for l in text.replace('&', '&amp;').split('\n')) + '</div></body></html>\n'
text_u = text.replace("Thank you for agreeing", "Thank you for agreeing").replace(' x $31.40', ' \u00d7 $31.40').replace('2023-24 through\n2025-26', '2023\u201324 through\n2025\u201326')
html_u = html.replace(' x $31.40', ' &times; $31.40')
ct, mb = mp_part('alternative', [leaf('text/plain', text_u, cte='quoted-printable'), leaf('text/html', html_u, cte='quoted-printable')],
                 '_000_MN2PR04MB69904B7E2D1C0A9F8E7D6C5B4A39MN2PR04MB6990namp_')
raw = message(H(('From', '"Greco, Thomas" <tgreco@montclair.k12.nj.us>'), ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'RE: OPRA #26-114 - Extension of Time'), ('Thread-Topic', 'OPRA #26-114 - Extension of Time'), ('Date', d),
    ('Message-ID', '<MN2PR04MB69904B7E2D1C0A9F8E7D6C5B4A39@MN2PR04MB6990.namprd04.prod.outlook.com>'),
    ('In-Reply-To', '<req-001.20260915.2@records.example.org>'),
    ('References', '<MN2PR04MB6990A3F1C2E7D98B1E4A0C77C25A2@MN2PR04MB6990.namprd04.prod.outlook.com> <req-001.20260915.2@records.example.org>')) + OUTLOOK('AQHc2kq1bE3v0Yw9R0mK7a9s1Xl6gAI0sT8n'),
    (ct, mb))
add('mps-special-service-charge', d, raw, 'REQ-001', 'fee_estimate', '2026-114',
    'Montclair assesses a $439.60 OPRA special service charge (14 h) and holds the request until accepted; thread continues 009',
    ['thread', 'tracking', 'subject'],
    wording='N.J.S.A. 47:1A-5(c) special service charge practice (lowest-paid capable employee, hours beyond ordinary retrieval) per GRC decisions and NJ OPRA law blogs')

# 024 MBTA GovQA fee estimate
d = 'Tue, 29 Sep 2026 16:52:18 -0400'
text = """Dear Records Desk,

RE: Public Records Request R001872-091526

The MBTA has identified records responsive to your request for Red Line
track defect and speed restriction inspection reports, January 2025 -
August 2026. The Engineering and Maintenance department estimates that
approximately 1,400 pages of inspection reports exist, kept in the track
inspection application and in scanned daily speed-restriction bulletins.

Pursuant to M.G.L. c. 66, Section 10(d), the MBTA may charge for the time
needed to search for, compile, segregate and redact records, after the
first four (4) hours, at a rate not to exceed $25.00 per hour.

    Estimated search, compilation and segregation time:   22 hours
    Less four hours at no charge:                          -4 hours
    Billable time: 18 hours x $25.00 =                  $450.00

The MBTA will not begin producing records until payment is received. You
may pay through the portal using the link below. If you would like to
narrow your request to reduce the fee, please reply through the portal.

If you believe this fee estimate is unreasonable, you may appeal to the
Supervisor of Records under 950 CMR 32.08.

https://mbta.mycusthelp.com/WEBAPP/_rs/(S(x2l0qkq5e3rj0m4w1z0fvc2a))/RequestLogin.aspx

Records Access Officer
Massachusetts Bay Transportation Authority
"""
html = '<html><body style="font-family:Verdana,Arial;font-size:12px"><pre style="font-family:Verdana,Arial">' + text.replace('&', '&amp;') + '</pre></body></html>\n'
ct, mb = mp_part('alternative', [leaf('text/plain', text), leaf('text/html', html)], '--boundary_131_0c8e2f1a-4d7b-4a66-b2c9-8e1f3d5a7c90')
raw = message(H(('From', 'MBTA Public Records <mbta@mycusthelp.net>'), ('To', P(10)),
    ('Subject', 'MBTA Public Records Request :: R001872-091526 - Fee Estimate'), ('Date', d),
    ('Message-ID', '<a92f0c41-7e1d-4b0a-8c3f-5d2e9b1a6f07@mycusthelp.net>')), (ct, mb))
add('mbta-govqa-fee-estimate', d, raw, 'REQ-010', 'fee_estimate', 'R001872-091526',
    'MBTA fee estimate: 18 billable hours x $25 = $450, no production until paid (first 4 hours free)',
    ['plus', 'tracking'], wording='M.G.L. c. 66 s. 10(d) fee rules (4 free hours for agencies, $25/hour) and Pioneer Institute accounts of MBTA fee estimates')

# 025 PCC estimated completion date (Oregon second step)
d = 'Wed, 30 Sep 2026 11:15:32 -0700'
body = """Hi,

Following up on PCC-PRR-0097 (proctoring and AI-detection software
contracts and usage reports).

The contracts and invoices are gathered. The usage reports have to be run
by the Office of Online Learning from the vendors' dashboards, term by
term, and then checked for student information before release, which will
take some time. Our estimated completion date is November 6, 2026.

Your request for a fee waiver is granted; there will be no charge.

Mara

Mara Lindqvist (she/her)
Public Records Coordinator
Portland Community College
"""
raw = message(H(('From', 'Mara Lindqvist <mara.lindqvist@pcc.edu>'), ('To', 'Records Desk <%s>' % P(4)),
    ('Subject', 'PCC-PRR-0097 - estimated completion date'), ('Date', d),
    ('Message-ID', '<CAJx8w3pV6c1nL4@mail.gmail.com>')), leaf('text/plain', body))
add('pcc-extension', d, raw, 'REQ-004', 'extension', 'PCC-PRR-0097',
    'ORS 192.329 second step: written estimated completion date Nov 6; OR table +10 business days on the Sep 16 due -> Sep 30',
    ['plus', 'tracking'], clock='extension', estimated='2026-11-06',
    wording='ORS 192.329(5) "written statement with a reasonable estimated completion date" as mirrored in OAR 646-020-0030')

# 026 BART extension without a specific date
d = 'Thu, 01 Oct 2026 17:05:09 -0700'
text = """BART Public Records

The due date for record request #26-2214 has been extended.

Message from the Office of the District Secretary:

Pursuant to Government Code section 7922.535(b) and (c), the District is
extending the time to respond to your request by up to 14 days. Unusual
circumstances exist because responsive records must be searched for and
collected from the Maintenance and Engineering field offices and from BART
Police, which are separate from the office processing the request, and
because a voluminous amount of separate and distinct records is involved.

View request 26-2214: https://bart.nextrequest.com/requests/26-2214
"""
html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d2433">
<div style="border-bottom:3px solid #0099d8;padding:8px 0"><b>BART Public Records</b></div>
<p>The due date for record request <a href="https://bart.nextrequest.com/requests/26-2214">#26-2214</a> has been extended.</p>
<p><b>Message from the Office of the District Secretary:</b></p>
<blockquote>Pursuant to Government Code section 7922.535(b) and (c), the District is extending the time to respond to your request by up to 14 days. Unusual circumstances exist because responsive records must be searched for and collected from the Maintenance and Engineering field offices and from BART Police, which are separate from the office processing the request, and because a voluminous amount of separate and distinct records is involved.</blockquote>
</body></html>
"""
ct, mb = mp_part('alternative', [leaf('text/plain', text), leaf('text/html', html)], '--==_mimepart_66fc8d35b7c1e_4a2e1bd0f9a2')
raw = message(H(('From', 'BART Public Records <donotreply@nextrequest.com>'), ('To', INBOX),
    ('Subject', '[Records Request] Request #26-2214 due date extended'), ('Date', d),
    ('Message-ID', '<66fc8d35b7c1e_4a2e1bd0f9a2@nextrequest-mailer-7f9c.mail>')), (ct, mb))
add('bart-nextrequest-extension', d, raw, 'REQ-014', 'extension', '26-2214',
    'CPRA unusual-circumstances extension "by up to 14 days" with no date: Oct 2 + 14 calendar days -> Oct 16',
    ['tracking'], clock='extension',
    wording='Gov. Code 7922.535(b),(c) unusual circumstances (field facilities, voluminous records); NextRequest due-date-extended email')

# 027 Montclair partial release: employee personal information redacted (PDF letter)
d = 'Fri, 02 Oct 2026 14:22:30 -0400'
letter = """MONTCLAIR BOARD OF EDUCATION
Office of the Business Administrator/Board Secretary
22 Valley Road, Montclair, New Jersey 07042

October 2, 2026

Records Desk
records@records.example.org

Re: OPRA Request No. 2026-121 - Employee separation agreements and settlement payments, 2022-2026

Dear Requester:

Your request under the Open Public Records Act, received September 14, 2026, is GRANTED IN PART.

The District has located fourteen (14) separation and settlement agreements entered into between January 1, 2022 and
the date of your request, together with the related Board resolutions and payment records (212 pages). These have been
uploaded to your request in the JustFOIA portal.

The following information has been redacted:

1. Home addresses, personal telephone numbers and personal email addresses of employees, and dates of birth - N.J.S.A.
   47:1A-1 (citizen's reasonable expectation of privacy) and 47:1A-1.1;
2. Social Security numbers and bank account numbers for direct-deposit payments - N.J.S.A. 47:1A-1.1;
3. Information concerning employees' medical conditions, leave and benefits elections - N.J.S.A. 47:1A-1.1 and
   Executive Order No. 26 (McGreevey 2002), information concerning medical history;
4. Names of students referenced in two agreements - FERPA, 20 U.S.C. 1232g, and N.J.A.C. 6A:32-7.

The amounts paid, the employees' names, titles, dates of separation and the reasons stated in the agreements are
released, as required by N.J.S.A. 47:1A-10.

You may challenge this decision by filing a complaint with the Government Records Council within 45 calendar days, or
by filing an action in the Superior Court of New Jersey.

Sincerely,

Thomas Greco
Business Administrator/Board Secretary, Custodian of Records
"""
pdf = make_pdf(letter, 'OPRA 2026-121 Response')
text = """Good afternoon,

Attached is the District's response to OPRA Request No. 2026-121. The
records themselves (212 pages) have been uploaded to your request in the
JustFOIA portal.

Thomas Greco
Business Administrator/Board Secretary
Montclair Board of Education
"""
ct, mb = mp_part('mixed', [leaf('text/plain', text), attachment('OPRA 2026-121 Response Letter.pdf', 'application/pdf', pdf)],
                 '_004_MN2PR04MB6990E1F2A3B4C5D6E7F8091A2B3CMN2PR04MB6990namp_')
raw = message(H(('From', '"Greco, Thomas" <tgreco@montclair.k12.nj.us>'), ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'OPRA Request No. 2026-121 - Response'), ('Date', d),
    ('Message-ID', '<MN2PR04MB6990E1F2A3B4C5D6E7F8091A2B3C@MN2PR04MB6990.namprd04.prod.outlook.com>')) + OUTLOOK('AQHdQx3m7R1a9b0cZ4eF2gH6iJ8kLw=='),
    (ct, mb))
add('mps-partial-release', d, raw, 'REQ-002', 'records_final', '2026-121',
    'Montclair grants in part: 14 agreements released with employee home addresses, phones, DOB, SSNs and medical data redacted; GRC 45 days',
    ['tracking', 'subject'], adverse=True,
    wording='NJ OPRA partial grants (47:1A-1 privacy, 47:1A-1.1, EO 26, 47:1A-10 settlement data public) and the GRC complaint paragraph')

# 028 UMN ServiceNow clarification: narrow the time frame (only the RITM number)
d = 'Mon, 05 Oct 2026 09:40:18 -0500'
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
<div style="background:#7a0019;color:#ffcc33;padding:10px 16px;font-size:15px"><b>University of Minnesota</b> &nbsp;|&nbsp; Data Request Center</div>
<div style="padding:16px">
<p>A comment has been added to your request <b>RITM0213377</b> (Generative AI contracts and OIT email about AI vendors, 2023-2026).</p>
<p style="border-left:3px solid #ccc;padding-left:10px"><i>Comment from Data Access and Privacy:</i><br>
Hello, an initial search of Office of Information Technology email for the fourteen vendor names in your request, January
2023 to the present, returned more than 38,000 messages. We are asking you to narrow the time frame of the email portion
of your request to a window of no more than six months, or to name specific OIT staff whose email should be searched.
The contracts and invoices portion is not affected and we are continuing to work on it. We will hold the email portion
until we hear from you.</p>
<p>To respond, reply to this email and keep the reference below in the message, or add a comment in the
<a href="https://umn.service-now.com/drc?id=ticket&amp;table=sc_req_item">Data Request Center</a>.</p>
</div>
<div style="font-size:10px;color:#999;padding:8px 16px">Ref:MSG0458821</div>
</body></html>
"""
raw = message(H(('From', 'University of Minnesota <umn@service-now.com>'), ('To', INBOX),
    ('Subject', 'RITM0213377 - Additional information needed for your request'), ('Date', d),
    ('Message-ID', '<Email.e1a97b3c1bd32e50d3a7c9e1f04bcb02@umn.service-now.com>'),
    ('X-ServiceNow-Source', 'Notification-9a7c3e1b1b6b2e10a3d1')), leaf('text/html', html))
add('umn-servicenow-clarification', d, raw, 'REQ-006', 'clarification', None,
    'UMN asks us to narrow the email time frame to six months; only the ServiceNow RITM id and the short description identify the request',
    ['subject'], wording='UMN OGC FAQ (narrow requests processed first; email searches) and ServiceNow comment notifications')

# 029 bounce: our reply to the Bloomfield denial sent to the JustFOIA no-reply address (Gmail DSN)
d = 'Mon, 05 Oct 2026 12:02:47 -0400'
text = """
** Address not found **

Your message wasn't delivered to noreply@justfoia.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <noreply@justfoia.com>: Recipient address rejected: This mailbox is not monitored
"""
status = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 05 Oct 2026 09:02:44 -0700 (PDT)
X-Original-Message-ID: <req-003.20261005.2@records.example.org>

Final-Recipient: rfc822; noreply@justfoia.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (3.211.80.41, the server for the domain justfoia.com.)
Diagnostic-Code: smtp; 550 5.1.1 <noreply@justfoia.com>: Recipient address rejected: This mailbox is not monitored
Last-Attempt-Date: Mon, 05 Oct 2026 09:02:47 -0700 (PDT)
"""
orig = """From: Records Desk <records@records.example.org>
Reply-To: %s
To: noreply@justfoia.com
Subject: Re: Response Issued - BPS-2026-0047
Date: Mon, 5 Oct 2026 12:02:40 -0400
Message-ID: <req-003.20261005.2@records.example.org>
In-Reply-To: <0100019a6e0c41b3-90c1d2e7-5a4f-4b0c-8d7e-2e3f1a6b9c58-000000@email.amazonses.com>
References: %s <0100019a6e0c41b3-90c1d2e7-5a4f-4b0c-8d7e-2e3f1a6b9c58-000000@email.amazonses.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Dear Custodian,

Regarding BPS-2026-0047: we do not seek student names. Would the District
release the HIB investigation reports with all student identifying
information removed, or the Superintendent's semiannual HIB reports to the
Board for 2025-2026?

Records Desk
""" % (P(3), RMID(3))
parts = [leaf('text/plain', text), ('Content-Type: message/delivery-status', status),
         ('Content-Type: message/rfc822', orig)]
ct, mb = mp_part('report; report-type=delivery-status', parts, '000000000000d4c1a0062a7f3e19')
raw = message(H(('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', INBOX),
    ('Subject', 'Delivery Status Notification (Failure)'), ('Date', d),
    ('Message-ID', '<6701e3a7.050a0220.2f1b3c.9d41.GMR@mx.google.com>'), ('Auto-Submitted', 'auto-replied')), (ct, mb))
add('bounce-justfoia-noreply', d, raw, 'REQ-003', 'bounce', 'BPS-2026-0047',
    'Gmail DSN: our reply to the Bloomfield denial went to the unmonitored JustFOIA address and bounced; the returned message carries BPS-2026-0047 and our References',
    ['thread-embedded', 'tracking'], wording='Gmail "Address not found" DSN with message/rfc822 of the returned mail')

# 030 ED PAL status change (portal notice)
d = 'Tue, 06 Oct 2026 08:30:02 -0400'
text = """Dear Requester,

The status of your FOIA request 26-03817-F has been changed to "In Process".

To view details of your request, please log in to the Public Access Link:
https://foiapal.ed.gov/palMain.aspx

This is a system-generated email. Please do not reply.
"""
raw = message(H(('From', 'FOIA PAL <noreply-foiaxpress@ed.gov>'), ('To', INBOX),
    ('Subject', 'Status Update for Request 26-03817-F'), ('Date', d),
    ('Message-ID', '<20261006123002.FXP.26-03817-F.4412@foiapal.ed.gov>')), leaf('text/plain', text))
add('ed-pal-status', d, raw, 'REQ-015', 'portal_notice', '26-03817-F',
    'FOIAXpress PAL status change to "In Process" after our clarification; nothing substantive',
    ['tracking'], wording='FOIAXpress PAL system status emails')

# 031 PCC no records; number only in the subject; through the Google Group again
d = 'Wed, 07 Oct 2026 13:48:26 -0700'
body = """Hi there,

Thanks for your October 5 request for communications with Flock Safety
about license plate reader cameras on PCC campuses.

Public Safety, Purchasing and Facilities searched their email and contract
files for "Flock", "ALPR" and "license plate" from January 2023 forward.
PCC has no records responsive to your request. The college does not
operate license plate reader cameras, and we found no contract, quote,
demonstration or correspondence with Flock Safety.

There is no charge, and this closes the request. If you believe records
are being withheld, you may petition the Multnomah County District
Attorney to review the matter under ORS 192.415.

Mara

Mara Lindqvist (she/her)
Public Records Coordinator
Portland Community College
"""
raw = message(H(('From', "'Mara Lindqvist' via PCC Public Records <records-request-group@pcc.edu>"),
    ('Reply-To', 'Mara Lindqvist <mara.lindqvist@pcc.edu>'), ('To', INBOX),
    ('Subject', 'Your records request (PCC-PRR-0112)'), ('Date', d),
    ('Message-ID', '<CAJx8w3sQ1y7uM9@mail.gmail.com>'),
    ('X-Original-Sender', 'mara.lindqvist@pcc.edu'), ('Precedence', 'list'),
    ('Mailing-list', 'list records-request-group@pcc.edu; contact records-request-group+owners@pcc.edu'),
    ('List-ID', '<records-request-group.pcc.edu>'), ('X-Google-Group-Id', '583019276415')), leaf('text/plain', body))
add('pcc-no-records', d, raw, 'REQ-005', 'no_records', 'PCC-PRR-0112',
    'PCC found no Flock/ALPR records; number only in the subject; Oregon table gives no appeal window (DA petition has no deadline)',
    ['subject', 'tracking-new'], adverse=True,
    wording='PSU/PCC practice (petition to Multnomah County DA, ORS 192.415) and Oregon no-records replies')

# 032 ED unusual-circumstances extension, HTML only, with OGIS paragraph
d = 'Thu, 08 Oct 2026 10:20:44 -0400'
html = """<html><body style="font-family:'Times New Roman',serif;font-size:12pt">
<p style="text-align:center"><b>UNITED STATES DEPARTMENT OF EDUCATION</b><br>FOIA SERVICE CENTER</p>
<p>October 8, 2026</p>
<p>Records Desk<br>records+req-015@records.example.org</p>
<p>Re: FOIA Request No. 26-03817-F</p>
<p>Dear Requester:</p>
<p>Thank you for your clarification of September 30, 2026. You confirmed that you seek (1) the dismissal letters for Title IX
complaints against postsecondary institutions in New Jersey and Oregon closed between January 1, 2024 and September 10,
2026, and (2) an export of the case-level fields listed in your request.</p>
<p>Your request requires a search for and collection of records from OCR&rsquo;s New York and Seattle regional offices, which
are separate from the office processing the request, and involves a voluminous amount of records. These are unusual
circumstances under 5&nbsp;U.S.C. &sect;&nbsp;552(a)(6)(B)(i), and the Department is therefore extending the time limit to respond to
your request by ten (10) additional working days.</p>
<p>Because we will not be able to complete the request within that extended period, we are offering you the opportunity to
further limit its scope or to agree to an alternative time frame (5&nbsp;U.S.C. &sect;&nbsp;552(a)(6)(B)(ii)). Our current estimated
date of completion is <b>December 18, 2026</b>. We intend to release records on a rolling basis as they are processed.</p>
<p>You may contact our FOIA Public Liaison at EDFOIAManager@ed.gov or 202-401-8365 for assistance. You also have the right to
seek dispute resolution services from the Office of Government Information Services (OGIS), National Archives and Records
Administration, 8601 Adelphi Road&ndash;OGIS, College Park, Maryland 20740-6001; e-mail at ogis@nara.gov; telephone at
202-741-5770; toll free at 1-877-684-6448.</p>
<p>Sincerely,</p>
<p>FOIA Service Center<br>U.S. Department of Education</p>
</body></html>
"""
raw = message(H(('From', 'EDFOIAManager <EDFOIAManager@ed.gov>'), ('To', P(15)),
    ('Subject', 'FOIA Request 26-03817-F - Extension of Time'), ('Date', d),
    ('Message-ID', '<BN8PR09MB3642F17A2C9E4D0B8A6C1E3F5D7B@BN8PR09MB3642.namprd09.prod.outlook.com>')) + OUTLOOK('AdtZ2p1vH8w4Yk0cT3mE9rQ5nB7xLg=='),
    leaf('text/html', html))
add('ed-extension-html', d, raw, 'REQ-015', 'extension', '26-03817-F',
    'ED takes the 10-working-day unusual-circumstances extension on the Oct 8 due date -> Oct 23; estimated completion Dec 18',
    ['plus', 'tracking'], clock='extension', estimated='2026-12-18',
    wording='5 U.S.C. 552(a)(6)(B)(i)-(ii) extension letters with alternative-time-frame offer, FOIA Public Liaison and OGIS paragraph')

# 033 UM fee notice: number only in the attachment name and PDF text; generic subject; no thread
d = 'Fri, 09 Oct 2026 16:10:37 -0400'
letter = """UNIVERSITY OF MICHIGAN
FOIA Office
2025 Fleming Administration Building, 503 Thompson Street, Ann Arbor, MI 48109-1340

October 9, 2026

Records Desk
records@records.example.org

Re: FOIA Request F-26-0588

Dear Records Desk:

This responds to your request under the Michigan Freedom of Information Act for UM-Dearborn Department of Public Safety
use-of-force reports, January 1, 2023 to the present, and the department's body-worn camera policy.

The University has identified approximately 52 use-of-force reports and three versions of the body-worn camera policy.
Some information in the reports may be exempt from disclosure; any exemptions will be explained in the final response.
Before the
University processes your request further, a fee is required as itemized below (MCL 15.234):

  Labor - search, location and examination (6.5 hours at $38.12)          $247.78
  Labor - separating and deleting exempt information (5.5 hours at $38.12) $209.66
  Labor - duplication/publication, electronic (0.75 hour at $30.69)        $23.02
  Non-paper physical media                                                 $0.00
  Mailing                                                                  $0.00
  TOTAL ESTIMATED COST                                                     $480.46

Because the estimated fee exceeds $50, the University requires a good-faith deposit of 50%, or $240.23, before it will
continue processing your request (MCL 15.234(8)). Our best-efforts estimate is that the response will be completed
within 30 business days after the deposit is received. This estimate is not binding.

If the deposit is not received within 48 days after the date of this notice, your request will be considered abandoned.
Payment may be made by check payable to the "University of Michigan" or through the FOIA Office payment link.

Sincerely,

FOIA Office
University of Michigan
"""
pdf = make_pdf(letter, 'Fee Notice')
body = """Dear Records Desk,

Attached please find the University's response to your Freedom of
Information Act request.

FOIA Office
University of Michigan
"""
ct, mb = mp_part('mixed', [leaf('text/plain', body), attachment('F-26-0588 Fee Notice.pdf', 'application/pdf', pdf)],
                 '000000000000a7b3c2062a9d1e4f')
raw = message(H(('From', 'University of Michigan FOIA Office <foia-email@umich.edu>'), ('To', INBOX),
    ('Subject', 'Response to your FOIA request'), ('Date', d),
    ('Message-ID', '<CAMuFOIA2b8Hy6k1w@mail.gmail.com>')), (ct, mb))
add('um-fee-notice-pdf', d, raw, 'REQ-008', 'fee_estimate', 'F-26-0588',
    'UM itemized fee $480.46 with a 50% good-faith deposit ($240.23) required before processing; number only in the attachment name/PDF',
    ['tracking-filename', 'tracking-attachment'],
    wording='MCL 15.234 detailed itemization form (labor categories, 50% deposit over $50, 48-day abandonment) and Michigan Daily/Mackinac accounts of UM fees')

# 034 MBTA GovQA payment received (portal notice)
d = 'Tue, 13 Oct 2026 09:05:40 -0400'
text = """Dear Records Desk,

A payment of $450.00 has been received for public records request
R001872-091526. Thank you.

Request status: In Progress

You can view the request and any messages at:
https://mbta.mycusthelp.com/WEBAPP/_rs/(S(x2l0qkq5e3rj0m4w1z0fvc2a))/RequestLogin.aspx

This is an automated message. Please do not reply.
"""
raw = message(H(('From', 'MBTA Public Records <mbta@mycusthelp.net>'), ('To', P(10)),
    ('Subject', 'MBTA Public Records Request :: R001872-091526 - Payment Received'), ('Date', d),
    ('Message-ID', '<e4b1f6a0-2c9d-47e3-b8a5-1d0c7f3e9a64@mycusthelp.net>')), leaf('text/plain', text))
add('mbta-govqa-payment', d, raw, 'REQ-010', 'portal_notice', 'R001872-091526',
    'GovQA payment receipt and status "In Progress"; no substantive content',
    ['plus', 'tracking'], wording='GovQA payment-received notification')

# 035 SEPTA out-of-office, threaded to REQ-013
d = 'Tue, 13 Oct 2026 14:40:12 -0400'
body = """I am out of the office Tuesday, October 13 and Wednesday, October 14,
returning Thursday, October 15.

Right-to-Know requests received while I am away are logged by the Legal
Department, and the five-business-day response period is not affected.
For urgent matters please call the Legal Department at 215-580-7000.

Janelle Whitaker
Open Records Officer
"""
raw = message(H(('From', '"Whitaker, Janelle" <JWhitaker@septa.org>'), ('To', 'Records Desk <%s>' % P(13)),
    ('Subject', 'Automatic reply: ' + RSUBJ(13)), ('Date', d),
    ('Message-ID', '<SJ0PR12MB5487AUTO1a2b3c4d5e6f70819@SJ0PR12MB5487.namprd12.prod.outlook.com>'),
    ('In-Reply-To', RMID(13)), ('References', RMID(13)),
    ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'JWhitaker@septa.org')),
    leaf('text/plain', body))
add('septa-ooo', d, raw, 'REQ-013', 'auto_reply', None,
    'Outlook automatic reply from the SEPTA Open Records Officer to our internal-affairs request',
    ['thread', 'plus'], wording='Exchange "Automatic reply:" format')

# 036 UM fee notice for the DEI emails request, with 48-day abandonment language
d = 'Wed, 14 Oct 2026 11:30:05 -0400'
body = """Dear Records Desk:

Re: FOIA Request F-26-0641

Your request under the Michigan Freedom of Information Act, sent by email
on October 7, 2026, is deemed received by the University on October 8,
2026 (requests received electronically are deemed received the next
business day). You asked for email between the Office of the President and
members of the Board of Regents about closing the Office of Diversity,
Equity and Inclusion, March 1 through April 30, 2025.

The University estimates the cost of processing your request as follows
(MCL 15.234):

  Search, location and examination: 4.0 hours at $44.30      $177.20
  Separating and deleting exempt material: 4.0 hours at $44.30  $177.20
  Duplication/publication (electronic): 0.25 hour at $32.00      $8.00
  Total estimated cost                                         $362.40

Because the estimated cost exceeds $50, a good-faith deposit of $181.20
(50%) is required before the University will process the request. We
estimate completion within 25 business days after receipt of the deposit;
this is a best-efforts estimate and is not binding.

If the deposit is not received within 48 days after the date of this
notice, your request will be considered abandoned and closed.

FOIA Office
University of Michigan
foia-email@umich.edu
"""
raw = message(H(('From', 'University of Michigan FOIA Office <foia-email@umich.edu>'), ('To', P(9)),
    ('Subject', 'FOIA Request F-26-0641 - Fee Notice'), ('Date', d),
    ('Message-ID', '<CAMuFOIA4d1Lp8n3v@mail.gmail.com>')), leaf('text/plain', body))
add('um-fee-notice-2', d, raw, 'REQ-009', 'fee_estimate', 'F-26-0641',
    'UM fee notice for the DEI email request: $362.40, deposit $181.20, abandoned after 48 days; deemed received Oct 8',
    ['plus', 'tracking-new', 'subject'],
    wording='UM FOIA procedures (electronic requests deemed received next business day) and MCL 15.234 deposit/abandonment rule')

# 037 SEPTA acknowledgment of REQ-013
d = 'Wed, 14 Oct 2026 16:02:31 -0400'
body = """Dear Requester:

This acknowledges that the Southeastern Pennsylvania Transportation
Authority (SEPTA) received your request under the Pennsylvania
Right-to-Know Law, 65 P.S. 67.101 et seq., on October 13, 2026.

Your request has been assigned number RTK-26-0467. Please refer to this
number in all correspondence.

The Open Records Officer will respond within five (5) business days of
receipt, as provided in Section 901 of the Law, or will notify you in
writing if additional time is required under Section 902.

SEPTA Legal Department - Right to Know
1234 Market Street, 5th Floor
Philadelphia, PA 19107
righttoknow@septa.org
"""
raw = message(H(('From', 'SEPTA Right to Know <righttoknow@septa.org>'), ('To', P(13)),
    ('Subject', 'Acknowledgment - RTK-26-0467'), ('Date', d),
    ('Message-ID', '<SJ0PR12MB54871C2D3E4F5A6B7C8D9E0F1A2B@SJ0PR12MB5487.namprd12.prod.outlook.com>')),
    leaf('text/plain', body))
add('septa-ack-2', d, raw, 'REQ-013', 'acknowledgment', 'RTK-26-0467',
    'SEPTA ack: received Oct 13 = sent, RTK-26-0467; 5 PA business days -> Oct 20',
    ['plus', 'tracking-new'], clock='received_on_sent_date',
    wording='same SEPTA acknowledgment template as 018')

# 038 BART first release (rolling), with a date for the next installment
d = 'Thu, 15 Oct 2026 15:20:19 -0700'
text = """BART Public Records

Documents have been released for record request #26-2214.

Released documents (5):
- Contract 15PC-110 Next Generation Fare Gates - Conformed Agreement.pdf
- Contract 15PC-110 Change Order No. 1.pdf
- Contract 15PC-110 Change Order No. 2.pdf
- Contract 15PC-110 Change Order No. 3.pdf
- Fare gate installation schedule, rev. 2025-06.pdf

Message from the Office of the District Secretary:

This is the first installment of records responsive to your request. The
District is continuing to gather and review the fare evasion incident
reports, which require redaction. We anticipate the next release by
November 13, 2026.

View request 26-2214: https://bart.nextrequest.com/requests/26-2214
"""
html = '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">' + '\n'.join('<p>%s</p>' % p.replace('\n', '<br>\n') for p in text.split('\n\n')) + '</body></html>\n'
ct, mb = mp_part('alternative', [leaf('text/plain', text), leaf('text/html', html)], '--==_mimepart_670ee9f3c4a1d_5b3f2ce1a0b3')
raw = message(H(('From', 'BART Public Records <donotreply@nextrequest.com>'), ('To', INBOX),
    ('Subject', '[Records Request] Documents released for request #26-2214'), ('Date', d),
    ('Message-ID', '<670ee9f3c4a1d_5b3f2ce1a0b3@nextrequest-mailer-7f9c.mail>')), (ct, mb))
add('bart-nextrequest-released-1', d, raw, 'REQ-014', 'records_interim', '26-2214',
    'first BART installment (contract and change orders); incident reports to follow, next release anticipated Nov 13',
    ['tracking', 'subject'], estimated='2026-11-13',
    wording='NextRequest "documents released" emails and CPRA rolling production')

def umn_html(subject_line, inner, ref):
    return ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
<div style="background:#7a0019;color:#ffcc33;padding:10px 16px;font-size:15px"><b>University of Minnesota</b> &nbsp;|&nbsp; Data Request Center</div>
<div style="padding:16px">
<p>%s</p>
%s
<p>Data Access and Privacy Office<br>Office of the General Counsel<br>University of Minnesota</p>
</div>
<div style="font-size:10px;color:#999;padding:8px 16px">This is an automated notification from a system mailbox.<br>%s</div>
</body></html>
""" % (subject_line, inner, ref))

# 039 UMN first installment (rolling release)
d = 'Mon, 19 Oct 2026 10:05:33 -0500'
html = umn_html('An update has been posted to your request <b>RITM0213377</b> (UDAP 26-0183).',
"""<p><b>Installment 1 of an anticipated 3</b></p>
<p>The first installment of public data responsive to your request is now available in the Data Request Center: contracts,
amendments and invoices for ChatGPT Edu (OpenAI), Microsoft 365 Copilot, Google Gemini for Education and Zoom AI
Companion, FY2024 through FY2027 (186 pages).</p>
<p>Thank you for narrowing the email portion of your request to January 1 - June 30, 2025. We are now reviewing that email
and expect to release it in two further installments. Installments are released as they are completed.</p>
<p><a href="https://umn.service-now.com/drc?id=ticket&amp;table=sc_req_item">View and download</a></p>""", 'Ref:MSG0463310')
raw = message(H(('From', 'University of Minnesota <umn@service-now.com>'), ('To', INBOX),
    ('Subject', 'RITM0213377 - Data available for your request'), ('Date', d),
    ('Message-ID', '<Email.4f2d8c1a1b173a50d3a7c9e1f04bcb19@umn.service-now.com>'),
    ('X-ServiceNow-Source', 'Notification-2c4e8a1b1b6b2e10a3d7')), leaf('text/html', html))
add('umn-servicenow-installment-1', d, raw, 'REQ-006', 'records_interim', 'UDAP 26-0183',
    'UMN installment 1 of 3 (AI contracts and invoices); email portion narrowed to Jan-Jun 2025 still to come',
    ['tracking', 'subject'], wording='UMN DAP practice of releasing data in installments; ServiceNow update notifications')

# 040 SEPTA denial of the internal affairs files (cp1252 body, PDF letter)
d = 'Tue, 20 Oct 2026 11:02:48 -0400'
letter = """SOUTHEASTERN PENNSYLVANIA TRANSPORTATION AUTHORITY
Legal Department - Open Records Officer
1234 Market Street, Philadelphia, PA 19107

October 20, 2026

Records Desk
records+req-013@records.example.org

Re: Right-to-Know Request RTK-26-0467 - FINAL RESPONSE

Dear Requester:

On October 13, 2026, SEPTA received your request for SEPTA Transit Police internal affairs investigation files closed
in 2025. After review, your request is DENIED for the following reasons:

1. The files are records of noncriminal investigations, including complaints, investigative materials, notes,
   correspondence and reports, which are exempt under Section 708(b)(17) of the Right-to-Know Law, 65 P.S. 67.708(b)(17).
2. To the extent the files relate to criminal investigations, they are exempt under Section 708(b)(16) and protected by
   the Criminal History Record Information Act, 18 Pa.C.S. 9106(c)(4).
3. Records of written criticism of an employee and grievance material are exempt under Section 708(b)(7)(iv) and (vii).

You have a right to appeal this denial in writing to the Office of Open Records, 333 Market Street, 16th Floor,
Harrisburg, PA 17101-2234, within fifteen (15) business days of the mailing date of this response (65 P.S. 67.1101).
The appeal must include a copy of your request and of this response and must state the grounds on which you assert
that the records are public. An appeal form is available at openrecords.pa.gov.

Sincerely,

Janelle Whitaker
Open Records Officer
"""
pdf = make_pdf(letter, 'RTK-26-0467 Final Response')
body = "Please see the attached final response to Right-to-Know request RTK-26-0467.\n\nRegards,\n\nJanelle Whitaker\nOpen Records Officer \u2013 SEPTA Legal Department\n\u201cMoving Forward\u201d\n"
ct, mb = mp_part('mixed', [leaf('text/plain', body, charset='windows-1252', cte='quoted-printable'),
                           attachment('RTK-26-0467 Final Response.pdf', 'application/pdf', pdf)],
                 '_004_SJ0PR12MB5487D2E3F4A5B6C7D8E9F0A1B2C3SJ0PR12MB5487namp_')
raw = message(H(('From', '"Whitaker, Janelle" <JWhitaker@septa.org>'), ('To', P(13)),
    ('Subject', 'RTK-26-0467 - Final Response'), ('Date', d),
    ('Message-ID', '<SJ0PR12MB5487D2E3F4A5B6C7D8E9F0A1B2C3@SJ0PR12MB5487.namprd12.prod.outlook.com>')) + OUTLOOK('AdtiR5m2pK8w1vY3cN7eQ0aT4bF6hg=='),
    (ct, mb))
add('septa-denial', d, raw, 'REQ-013', 'denial', 'RTK-26-0467',
    'SEPTA denies the internal affairs files in full (708(b)(17), (b)(16), CHRIA); OOR appeal within 15 business days (row notes: business days) -> Nov 10',
    ['plus', 'tracking'], adverse=True,
    wording='PA RTKL denial letters (708(b)(16)/(17), CHRIA) with OOR appeal paragraph (15 business days, 65 P.S. 67.1101)')

# 041 MBTA new estimated date (no extension days under MA in the table)
d = 'Tue, 20 Oct 2026 15:31:09 -0400'
body = """Good afternoon,

Thank you for your payment on R001872-091526 and for your patience.

The Engineering and Maintenance department has begun exporting the
inspection reports. Because the reports must be reviewed for
security-sensitive information about signal and track infrastructure
(G.L. c. 4, s. 7(26)(n)) before release, the MBTA will produce the records
in two installments, with the production completed by November 20, 2026.

Please let me know if you have any questions.

Records Access Officer
MBTA Law Department
10 Park Plaza, Room 7760, Boston, MA 02116

-----Original Message-----
From: Records Desk <records+req-010@records.example.org>
Sent: Monday, October 19, 2026 10:12 AM
To: MBTA.RAO@mbta.com
Subject: R001872-091526 - timeline

Hello, we paid the fee on October 13. Could you tell us when to expect
the records?
"""
raw = message(H(('From', 'MBTA Records Access Officer <MBTA.RAO@mbta.com>'), ('To', P(10)),
    ('Subject', 'RE: R001872-091526 - timeline'), ('Date', d),
    ('Message-ID', '<BL1PR08MB7261A0B9C8D7E6F5A4B3C2D1E0F9@BL1PR08MB7261.namprd08.prod.outlook.com>'),
    ('In-Reply-To', '<req-010.20261019.3@records.example.org>'), ('References', '<req-010.20261019.3@records.example.org>')) + OUTLOOK('AQHdVz9k3m1rT8b2Y0wE4qH7nC5xJg=='),
    leaf('text/plain', body))
add('mbta-extension', d, raw, 'REQ-010', 'extension', 'R001872-091526',
    'MBTA sets a completion date of Nov 20 (two installments); MA table has no extension days -> no new due',
    ['plus', 'tracking'], clock='extension', estimated='2026-11-20',
    wording='MA c. 66 s. 10(b)(vi) "reasonable timeframe" responses and c. 4 s. 7(26)(n) security segregation')

# 042 ED PAL acknowledgment for REQ-016, received the day after it was sent
d = 'Wed, 21 Oct 2026 09:10:55 -0400'
text = """Dear Requester,

Your Freedom of Information Act request has been received by the U.S.
Department of Education on 10/02/2026 and has been assigned request number
26-04122-F.

Request description: Student Privacy Policy Office FERPA complaint
investigation records involving New Jersey school districts, 2023-2026.

Processing track: Simple
Fee category: News Media

You may check the status of your request at any time through the Public
Access Link: https://foiapal.ed.gov/palMain.aspx

This is a system-generated email. Please do not reply.
"""
html = '<html><body style="font-family:Arial;font-size:13px">' + '\n'.join('<p>%s</p>' % p.replace('\n', '\n') for p in text.split('\n\n')) + '</body></html>\n'
ct, mb = mp_part('alternative', [leaf('text/plain', text), leaf('text/html', html)], '=_fxp_7731a2c0e4f9')
raw = message(H(('From', 'FOIA PAL <noreply-foiaxpress@ed.gov>'), ('To', INBOX),
    ('Subject', 'Acknowledgment of Request 26-04122-F'), ('Date', d),
    ('Message-ID', '<20261021131055.FXP.26-04122-F.9021@foiapal.ed.gov>')), (ct, mb))
add('ed-pal-ack-2', d, raw, 'REQ-016', 'acknowledgment', '26-04122-F',
    'PAL acknowledgment arriving three weeks late: received 10/02/2026 (sent Oct 1), 26-04122-F; 20 federal business days from Oct 2',
    ['tracking-new', 'subject'], clock='received:2026-10-02',
    wording='FOIAXpress PAL acknowledgment emails (received date, request number, track, fee category)')

# 043 UMN Athletics compliance staffer asks for a call (no thread, vague subject)
d = 'Mon, 26 Oct 2026 13:17:42 -0500'
body = """Hi there,

I'm working with DAP on your data request about our revenue-sharing
agreements. Before we start pulling documents it would really help to talk
through what you mean by "compliance records" - under the House settlement
there's a lot that could fit (roster limit certifications, NIL Go
submissions, the revenue-sharing cap reports, etc.) and I'd rather get you
the right things than a pile of PDFs.

Would you have 15 minutes on Wednesday or Thursday this week? My direct
line is below.

Thanks,
Bret

Bret Hollis
Associate Athletics Director for Compliance
Intercollegiate Athletics | University of Minnesota
612-626-0000
"""
raw = message(H(('From', 'Bret Hollis <holli052@umn.edu>'), ('To', INBOX),
    ('Subject', 'your data request - quick call?'), ('Date', d),
    ('Message-ID', '<CAE9pQ1rW8t3Yb6@mail.gmail.com>')), leaf('text/plain', body))
add('umn-athletics-call', d, raw, 'REQ-007', 'other', None,
    'UMN Athletics compliance lead asks for a phone call about scope; only the topic (revenue sharing, House settlement) and signature place it',
    ['subject'], wording='program staff writing informally from a personal university address, as the UMN policy FAQ describes units helping DAP')

# 044 colleague forwards SEPTA's final letter (partial withholding)
d = 'Wed, 28 Oct 2026 16:40:05 -0400'
letter = """SOUTHEASTERN PENNSYLVANIA TRANSPORTATION AUTHORITY
Legal Department - Open Records Officer
1234 Market Street, Philadelphia, PA 19107

October 28, 2026

Priya Raman
Records Desk

Re: Right-to-Know Request RTK-26-0412 - FINAL RESPONSE

Dear Ms. Raman:

This is SEPTA's final response to your request, received September 21, 2026, for Silverliner IV fire and smoke
incident reports and related inspection records, 2024 to the present. Your request is GRANTED IN PART and DENIED IN
PART.

Granted: SEPTA is providing 38 incident reports, the related Regional Rail car inspection records and the summary
reports submitted to the Federal Railroad Administration (418 pages), by secure download link.

Denied in part / redacted:
1. Schematics and descriptions of car electrical and propulsion systems whose disclosure would be reasonably likely to
   jeopardize public safety or the physical security of a building, public utility or resource (Section 708(b)(3)),
   and security-sensitive information about infrastructure (Section 708(b)(2));
2. Employee identification numbers, home addresses and personal telephone numbers of crew members (Section 708(b)(6));
3. Passenger names and medical information in three incident reports (Section 708(b)(5) and (b)(6)).
CCTV still images attached to seven reports are withheld as video records of a transit agency under Section 708(b)(3).

You have a right to appeal this partial denial in writing to the Office of Open Records, 333 Market Street, 16th Floor,
Harrisburg, PA 17101-2234, within fifteen (15) business days of the mailing date of this response (65 P.S. 67.1101).

Sincerely,

Janelle Whitaker
Open Records Officer
"""
pdf = make_pdf(letter, 'RTK-26-0412 Final Response')
text = """Desk - SEPTA sent the final response on the Silverliner fire request to
me instead of the desk address (I'm the named requester on the form).
Letter attached. They withheld the CCTV stills and some of the inspection
detail, so we may want to appeal. Logging it here.

Priya

---------- Forwarded message ---------
From: Whitaker, Janelle <JWhitaker@septa.org>
Date: Wed, Oct 28, 2026 at 3:58 PM
Subject: RTK-26-0412 - Final Response
To: Priya Raman <praman@records.example.org>


Ms. Raman,

Attached is SEPTA's final response to RTK-26-0412. The records are
available at the secure link below until November 27, 2026.

https://septa.sharefile.com/d-s8c1f0a4b7e2

Janelle Whitaker
Open Records Officer | SEPTA Legal Department
"""
ct, mb = mp_part('mixed', [leaf('text/plain', text), attachment('RTK-26-0412 Final Response.pdf', 'application/pdf', pdf)],
                 '000000000000f1e2d3062b0c9a8b')
raw = message(H(('From', 'Priya Raman <praman@records.example.org>'), ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Fwd: RTK-26-0412 - Final Response'), ('Date', d),
    ('Message-ID', '<CAH7vNq2pR5s0Kc@mail.gmail.com>')), (ct, mb))
add('fwd-septa-final', d, raw, 'REQ-012', 'records_final', 'RTK-26-0412',
    'colleague forwards SEPTA final response: 418 pages released, schematics/CCTV/personal data withheld; OOR appeal 15 business days from Oct 28',
    ['tracking', 'subject'], adverse=True,
    wording='PA RTKL partial grants (708(b)(2),(3),(5),(6)) and OOR appeal paragraph; Gmail forward format')

# 045 UMN ServiceNow state change for the athletics request (portal notice; RITM only)
d = 'Thu, 29 Oct 2026 08:12:40 -0500'
html = umn_html('Your request <b>RITM0214562</b> has been updated.',
"""<table style="font-size:13px" cellpadding="4">
<tr><td style="color:#777">Short description</td><td>Athletics revenue-sharing agreements and House settlement compliance records</td></tr>
<tr><td style="color:#777">State</td><td>Work in Progress</td></tr>
<tr><td style="color:#777">Assignment group</td><td>DAP - Data Requests</td></tr>
</table>
<p><a href="https://umn.service-now.com/drc?id=ticket&amp;table=sc_req_item">View your request</a></p>""", 'Ref:MSG0467025')
raw = message(H(('From', 'University of Minnesota <umn@service-now.com>'), ('To', INBOX),
    ('Subject', 'RITM0214562 has been updated'), ('Date', d),
    ('Message-ID', '<Email.7b3e9d2c1b5b3e50d3a7c9e1f04bcb44@umn.service-now.com>'),
    ('X-ServiceNow-Source', 'Notification-1f3a5c7e1b6b2e10a3d9')), leaf('text/html', html))
add('umn-servicenow-updated', d, raw, 'REQ-007', 'portal_notice', None,
    'ServiceNow state change to Work in Progress on RITM0214562 (the athletics request); no content, no UDAP number',
    ['subject'], wording='ServiceNow requested-item update notification')

# 046 MBTA partial release for REQ-011: employee personal information redacted (first message on this request)
d = 'Tue, 03 Nov 2026 15:44:21 -0500'
text = """Dear Records Desk,

RE: Public Records Request R002015-102026

The MBTA has completed its response to your request, received October 20,
2026, for bus operator assault and workplace injury reports, 2025-2026.

The MBTA is providing 312 pages: Transit Police assault-on-operator
incident reports, Bus Operations injury-on-duty reports (form OPS-27) and
the monthly summary counts by garage. The records are available for
download in the portal.

Portions of the records have been redacted under the following exemptions:

- Names, employee ID numbers, home addresses, personal telephone numbers,
  dates of birth and medical information of injured employees - G.L. c. 4,
  s. 7(26)(c) (personnel and medical files; unwarranted invasion of
  personal privacy) and s. 7(26)(o) (home address and telephone number of
  an agency employee);
- Names and contact information of passengers and witnesses - G.L. c. 4,
  s. 7(26)(c);
- Criminal offender record information - G.L. c. 6, s. 172, via
  c. 4, s. 7(26)(a).

This completes the MBTA's response. If you are not satisfied, you may
appeal to the Supervisor of Records within ninety (90) days, 950 CMR 32.08,
and may also seek judicial review under G.L. c. 66, s. 10A(c).

Records Access Officer
Massachusetts Bay Transportation Authority
"""
html = '<html><body style="font-family:Verdana,Arial;font-size:12px"><pre style="font-family:Verdana,Arial;white-space:pre-wrap">' + text.replace('&', '&amp;') + '</pre></body></html>\n'
ct, mb = mp_part('alternative', [leaf('text/plain', text), leaf('text/html', html)], '--boundary_207_6b1e3c9a-0f4d-4e2b-9a7c-2d8e5f1b3a60')
raw = message(H(('From', 'MBTA Public Records <mbta@mycusthelp.net>'), ('To', P(11)),
    ('Subject', 'MBTA Public Records Request :: R002015-102026 - Request Completed'), ('Date', d),
    ('Message-ID', '<3c7e9a15-6d2b-4f80-a1c4-9e0b2d7f5a38@mycusthelp.net>')), (ct, mb))
add('mbta-partial-release', d, raw, 'REQ-011', 'records_final', 'R002015-102026',
    'MBTA completes REQ-011 with employee names, IDs, home addresses, DOB and medical data redacted (c. 4 s. 7(26)(c),(o)); Supervisor appeal 90 days',
    ['plus', 'tracking-new', 'subject'], adverse=True,
    wording='MA exemption (c), (o) redactions and 950 CMR 32.08 appeal paragraph in MBTA responses')

# 047 UMN second installment (multipart)
d = 'Wed, 04 Nov 2026 14:25:09 -0600'
text = """University of Minnesota | Data Request Center

An update has been posted to your request RITM0213377 (UDAP 26-0183).

Installment 2 of 3

The second installment is now available in the Data Request Center:
Office of Information Technology email mentioning the listed AI vendors,
January 1 - March 31, 2025 (1,042 pages). Private personnel data and
security information have been redacted as required by Minn. Stat. 13.43
and 13.37.

The final installment (April 1 - June 30, 2025) is in review.

Data Access and Privacy Office
Office of the General Counsel
University of Minnesota

This is an automated notification from a system mailbox.
Ref:MSG0470212
"""
html = umn_html('An update has been posted to your request <b>RITM0213377</b> (UDAP 26-0183).',
"""<p><b>Installment 2 of 3</b></p>
<p>The second installment is now available in the Data Request Center: Office of Information Technology email mentioning the
listed AI vendors, January 1 - March 31, 2025 (1,042 pages). Private personnel data and security information have been
redacted as required by Minn. Stat. &sect;&sect; 13.43 and 13.37.</p>
<p>The final installment (April 1 - June 30, 2025) is in review.</p>""", 'Ref:MSG0470212')
ct, mb = mp_part('alternative', [leaf('text/plain', text), leaf('text/html', html)], '----=_Part_502231_1201993845.1793823909112')
raw = message(H(('From', 'University of Minnesota <umn@service-now.com>'), ('To', INBOX),
    ('Subject', 'RITM0213377 - Data available for your request'), ('Date', d),
    ('Message-ID', '<Email.91c4e7a21b1c7e50d3a7c9e1f04bcb87@umn.service-now.com>'),
    ('X-ServiceNow-Source', 'Notification-2c4e8a1b1b6b2e10a3d7')), (ct, mb))
add('umn-servicenow-installment-2', d, raw, 'REQ-006', 'records_interim', 'UDAP 26-0183',
    'UMN installment 2 of 3 (Jan-Mar 2025 OIT email, redacted); final installment still in review',
    ['tracking', 'subject'], wording='same ServiceNow installment notice as 039, multipart this time')

# 048 PCC final release (thread reply through the group)
d = 'Fri, 06 Nov 2026 12:03:57 -0800'
body = """Hi,

Good news - we're done with PCC-PRR-0097 on schedule. The records are in
the shared folder below (link expires December 6):

https://drive.google.com/drive/folders/1pCCprr0097xYz

- Honorlock master services agreement (2022) and renewals (2023, 2024,
  2025), with invoices
- Turnitin license agreement including the AI-writing detection addendum
  (2023) and invoices
- Honorlock and Turnitin usage reports by term, Fall 2022 - Summer 2026
  (exam sessions and submissions per term; no student data)

Nothing was withheld. This completes PCC's response to your request, at no
charge.

Mara

Mara Lindqvist (she/her)
Public Records Coordinator
Portland Community College

On Wed, Sep 30, 2026 at 11:15 AM Mara Lindqvist <mara.lindqvist@pcc.edu> wrote:
> Following up on PCC-PRR-0097 (proctoring and AI-detection software
> contracts and usage reports).
> ...
> Our estimated completion date is November 6, 2026.
"""
raw = message(H(('From', "'Mara Lindqvist' via PCC Public Records <records-request-group@pcc.edu>"),
    ('Reply-To', 'Mara Lindqvist <mara.lindqvist@pcc.edu>'),
    ('To', 'Records Desk <%s>' % P(4)), ('Cc', 'PCC Public Records <records-request-group@pcc.edu>'),
    ('Subject', 'Re: PCC-PRR-0097 - estimated completion date'), ('Date', d),
    ('Message-ID', '<CAJx8w3uZ4k2mD6@mail.gmail.com>'),
    ('In-Reply-To', '<CAJx8w3pV6c1nL4@mail.gmail.com>'), ('References', '<CAJx8w3pV6c1nL4@mail.gmail.com>'),
    ('X-Original-Sender', 'mara.lindqvist@pcc.edu'), ('Precedence', 'list'),
    ('Mailing-list', 'list records-request-group@pcc.edu; contact records-request-group+owners@pcc.edu'),
    ('List-ID', '<records-request-group.pcc.edu>'), ('X-Google-Group-Id', '583019276415')), leaf('text/plain', body))
add('pcc-final', d, raw, 'REQ-004', 'records_final', 'PCC-PRR-0097',
    'PCC releases all proctoring/AI-detection contracts and usage reports, nothing withheld; request complete',
    ['plus', 'tracking'], wording='informal college records-coordinator completion email with a shared-drive link')

# 049 Montclair JustFOIA closure with records (HTML only)
d = 'Mon, 09 Nov 2026 10:41:12 -0500'
html = justfoia_html('montclairschools.justfoia.com', 'Montclair Public Schools has completed your public records request.',
    'Request Completed',
    [('Request Number', '2026-114'), ('Status', 'Closed'), ('Closure Reason', 'Records Provided')],
    'Message from the custodian: &ldquo;Thank you for your payment of the special service charge. The transportation contracts, '
    'bid specifications, jointure agreements and contractor invoices for 2023-24 through 2025-26 (2,284 pages) are attached to '
    'your request in the portal. All responsive records are provided in full. This completes the District&rsquo;s response.&rdquo;', 'Download Records')
raw = message(H(('From', 'JustFOIA <noreply@justfoia.com>'), ('To', P(1)),
    ('Subject', 'Request Completed - 2026-114'), ('Date', d),
    ('Message-ID', '<0100019b0a4d7c21-4e8f1a2b-9c3d-4a5e-b7f0-8d1c2e3f4a56-000000@email.amazonses.com>')), leaf('text/html', html))
add('mps-justfoia-completed', d, raw, 'REQ-001', 'records_final', '2026-114',
    'JustFOIA closure "Records Provided" with the custodian releasing the transportation records in full',
    ['plus', 'tracking', 'subject'], wording='JustFOIA request-completed email carrying the custodian\'s closing message')

# 050 ED first interim release via PAL (HTML+text)
d = 'Mon, 16 Nov 2026 11:18:30 -0500'
text = """Dear Requester,

Records have been released for your FOIA request 26-03817-F.

Interim Response No. 1: The Department is releasing 418 pages of OCR
dismissal letters (New Jersey postsecondary institutions, 2024) with
portions withheld under FOIA Exemption 6, 5 U.S.C. 552(b)(6), to protect
the names and identifying details of complainants, students and
witnesses. The case-level data export will be provided with a later
release. The Department will continue to process your request and release
records monthly.

To download the records, log in to the Public Access Link:
https://foiapal.ed.gov/palMain.aspx

This is a system-generated email. Please do not reply.
"""
html = '<html><body style="font-family:Arial;font-size:13px">' + '\n'.join('<p>%s</p>' % p.replace('\n', '\n') for p in text.split('\n\n')) + '</body></html>\n'
ct, mb = mp_part('alternative', [leaf('text/plain', text), leaf('text/html', html)], '=_fxp_8c02b4d1a6e3')
raw = message(H(('From', 'FOIA PAL <noreply-foiaxpress@ed.gov>'), ('To', INBOX),
    ('Subject', 'Records Released for Request 26-03817-F'), ('Date', d),
    ('Message-ID', '<20261116161830.FXP.26-03817-F.5120@foiapal.ed.gov>')), (ct, mb))
add('ed-pal-interim', d, raw, 'REQ-015', 'records_interim', '26-03817-F',
    'ED interim release 1 (418 pages, Exemption 6 redactions); more releases monthly',
    ['tracking'], wording='FOIAXpress PAL release notices and rolling production language')

# 051 UM final response, partial (letter in PDF plus short text)
d = 'Wed, 18 Nov 2026 14:55:16 -0500'
letter = """UNIVERSITY OF MICHIGAN
FOIA Office
2025 Fleming Administration Building, 503 Thompson Street, Ann Arbor, MI 48109-1340

November 18, 2026

Records Desk
records@records.example.org

Re: FOIA Request F-26-0588 - Final Response

Dear Records Desk:

Thank you for your deposit of $240.23. This is the University's final response to your request for UM-Dearborn
Department of Public Safety use-of-force reports, January 1, 2023 to the present, and the department's body-worn
camera policy.

Your request is GRANTED IN PART and DENIED IN PART.

Granted: 49 use-of-force reports (163 pages) and three versions of the body-worn camera policy (2021, 2024, 2026) are
provided with this letter.

Denied in part: information of a personal nature whose disclosure would constitute a clearly unwarranted invasion of
privacy, including the names, dates of birth and addresses of members of the public and of juveniles, has been
redacted under MCL 15.243(1)(a). Three reports concerning open investigations are withheld in full as investigating
records compiled for law enforcement purposes whose disclosure would interfere with law enforcement proceedings, MCL
15.243(1)(b)(i).

The actual cost of processing your request was $236.40, which is less than your deposit; a refund of $3.83 will be
mailed to you.

Under MCL 15.240, you may (1) submit a written appeal to the Office of the President, University of Michigan, 2074
Fleming Administration Building, Ann Arbor, MI 48109-1340, specifically stating the word "appeal" and identifying the
reason the denial should be reversed; or (2) commence a civil action in the Michigan Court of Claims within 180 days
after the University's final determination to deny the request. If you prevail in court, you may be awarded
reasonable attorneys' fees, costs and disbursements, and damages as provided in MCL 15.240(7).

Sincerely,

FOIA Office
University of Michigan
"""
pdf = make_pdf(letter, 'F-26-0588 Final Response')
body = """Dear Records Desk,

Please see the attached final response to FOIA Request F-26-0588. The
responsive records are available for download for 30 days at:
https://umich.box.com/s/f26-0588-release

FOIA Office
University of Michigan
"""
ct, mb = mp_part('mixed', [leaf('text/plain', body), attachment('F-26-0588 Final Response.pdf', 'application/pdf', pdf)],
                 '0000000000004b2c1d062c8e7f3a')
raw = message(H(('From', 'University of Michigan FOIA Office <foia-email@umich.edu>'), ('To', INBOX),
    ('Subject', 'FOIA Request F-26-0588 - Final Response'), ('Date', d),
    ('Message-ID', '<CAMuFOIA6f3Mq2r8x@mail.gmail.com>')), (ct, mb))
add('um-final-partial', d, raw, 'REQ-008', 'records_final', 'F-26-0588',
    'UM final: 49 reports and policies released, privacy redactions and 3 open-investigation reports withheld; MI 180-day window',
    ['tracking', 'subject'], adverse=True,
    wording='MCL 15.240 appeal/court notice required in MI denials (appeal to the head of the public body, 180 days) and MCL 15.243(1)(a),(b)')

# 052 ED analyst out-of-office on our follow-up (threaded via References)
d = 'Mon, 23 Nov 2026 08:01:26 -0500'
body = """Thank you for your message. I am out of the office November 23 through
November 27 and will return on Monday, November 30.

For questions about a pending FOIA request, please write to
EDFOIAManager@ed.gov or call the FOIA Service Center at 202-401-8365.

Kendra Baptiste
FOIA Service Center
"""
raw = message(H(('From', '"Baptiste, Kendra" <Kendra.Baptiste@ed.gov>'), ('To', '"Records Desk" <%s>' % P(15)),
    ('Subject', 'Automatic reply: RE: ' + RSUBJ(15)), ('Date', d),
    ('Message-ID', '<BN8PR09MB3642AUTO7e6d5c4b3a291807@BN8PR09MB3642.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<req-015.20261123.4@records.example.org>'),
    ('References', '%s <BN8PR09MB3642C91E0F7A2D4B6E1C3A5F9D4E@BN8PR09MB3642.namprd09.prod.outlook.com> <req-015.20261123.4@records.example.org>' % RMID(15)),
    ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')), leaf('text/plain', body))
add('ed-ooo', d, raw, 'REQ-015', 'auto_reply', None,
    'Thanksgiving out-of-office from the ED analyst, answering our follow-up in the REQ-015 thread',
    ['thread', 'plus'], wording='Exchange Online automatic reply')

# 053 UMN closing letter: request "fulfilled" (PDF), trade secret redactions
d = 'Tue, 01 Dec 2026 09:30:44 -0600'
letter = """UNIVERSITY OF MINNESOTA
Data Access and Privacy Office, Office of the General Counsel
360 McNamara Alumni Center, 200 Oak Street SE, Minneapolis, MN 55455

December 1, 2026

Records Desk

Re: Data request UDAP-26-0183 - Generative AI contracts and OIT email about AI vendors

Dear Records Desk:

This letter confirms that your data request has been fulfilled.

The third and final installment, Office of Information Technology email mentioning the listed AI vendors from April 1
to June 30, 2025 (1,071 pages), is now available in the Data Request Center. Together with the installments released
on October 19 and November 4, 2026, the University has provided 2,299 pages of public data.

Some data were not released because they are not public:
- pricing schedules and technical architecture documents supplied by two vendors, classified as nonpublic trade secret
  information under Minn. Stat. 13.37, subd. 1(b);
- security information about University systems, classified as private or nonpublic under Minn. Stat. 13.37, subd. 2;
- private personnel data on individual employees under Minn. Stat. 13.43.

With this letter your request is closed. If you have questions about this response, please contact the Data Access
and Privacy Office at 612-625-3497.

Sincerely,

Data Access and Privacy Office
University of Minnesota
"""
pdf = make_pdf(letter, 'UDAP-26-0183 Closing Letter')
html = umn_html('Your request <b>RITM0213377</b> has been fulfilled and closed.',
"""<p>The final installment and a closing letter have been posted to your request. The closing letter is also attached to
this email.</p>
<p><a href="https://umn.service-now.com/drc?id=ticket&amp;table=sc_req_item">View your request</a></p>""", 'Ref:MSG0478830')
ct, mb = mp_part('mixed', [leaf('text/html', html), attachment('UDAP-26-0183 Closing Letter.pdf', 'application/pdf', pdf)],
                 '----=_Part_611904_902338101.1796139044127')
raw = message(H(('From', 'University of Minnesota <umn@service-now.com>'), ('To', INBOX),
    ('Subject', 'RITM0213377 - Your request has been fulfilled'), ('Date', d),
    ('Message-ID', '<Email.d82f1a6b1b9d7e50d3a7c9e1f04bcb93@umn.service-now.com>'),
    ('X-ServiceNow-Source', 'Notification-8e2b4d6f1b6b2e10a3e1')), (ct, mb))
add('umn-servicenow-fulfilled', d, raw, 'REQ-006', 'records_final', 'UDAP-26-0183',
    'UMN final installment; closing letter (PDF) says the request is "fulfilled", some trade secret/security data withheld; MN has no appeal window',
    ['tracking-attachment', 'subject'], adverse=True,
    wording='UMN DAP closing letters (fulfilled/closed) and Minn. Stat. 13.37/13.43 classifications')

# 054 UM closes the DEI emails request as abandoned (closure for non-response)
d = 'Wed, 02 Dec 2026 10:07:52 -0500'
body = """Dear Records Desk:

Re: FOIA Request F-26-0641

On October 14, 2026, the University notified you that a good-faith
deposit of $181.20 was required before it would process your request for
email between the Office of the President and the Regents about closing
the Office of Diversity, Equity and Inclusion.

More than 48 days have passed and the University has not received the
deposit. Under MCL 15.234(8), your request is considered abandoned, and it
has been closed. No further action will be taken on this request.

You may submit a new request at any time.

FOIA Office
University of Michigan
foia-email@umich.edu
"""
raw = message(H(('From', 'University of Michigan FOIA Office <foia-email@umich.edu>'), ('To', P(9)),
    ('Subject', 'FOIA Request F-26-0641 - Request Closed'), ('Date', d),
    ('Message-ID', '<CAMuFOIA8h5Ns4t0z@mail.gmail.com>')), leaf('text/plain', body))
add('um-abandoned', d, raw, 'REQ-009', 'other', 'F-26-0641',
    'closure for non-response: deposit not paid within 48 days, UM deems the request abandoned (not a denial of records)',
    ['plus', 'tracking'], wording='MCL 15.234(8) 48-day abandonment rule as described in Michigan FOIA procedures')

# 055 BART final closure with redactions
d = 'Fri, 04 Dec 2026 16:28:03 -0800'
text = """BART Public Records

Record request #26-2214 has been closed.

Closure reason: Records released with redactions

Message from the Office of the District Secretary:

The District has released the remaining 41 fare evasion incident reports
(2023-2026). Personal identifying information of passengers and juveniles
has been redacted under Government Code sections 7927.700 and 7923.600,
and information about fare gate security system design has been withheld
under Government Code section 7929.210. With this release the District has
completed its response to your request.

View request 26-2214: https://bart.nextrequest.com/requests/26-2214
"""
html = '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">' + '\n'.join('<p>%s</p>' % p.replace('\n', '\n') for p in text.split('\n\n')) + '</body></html>\n'
ct, mb = mp_part('alternative', [leaf('text/plain', text), leaf('text/html', html)], '--==_mimepart_6750f2d3e5b1a_6c4a3df2b1c4')
raw = message(H(('From', 'BART Public Records <donotreply@nextrequest.com>'), ('To', INBOX),
    ('Subject', '[Records Request] Request #26-2214 has been closed'), ('Date', d),
    ('Message-ID', '<6750f2d3e5b1a_6c4a3df2b1c4@nextrequest-mailer-7f9c.mail>')), (ct, mb))
add('bart-nextrequest-closed', d, raw, 'REQ-014', 'records_final', '26-2214',
    'BART closes 26-2214 releasing the last incident reports with privacy and security redactions; CA has no appeal window',
    ['tracking', 'subject'], adverse=True,
    wording='NextRequest closure emails with closure reason and CPRA section citations (7927.700, 7923.600, 7929.210)')

# 056 PAL notice for an old 2025 ED request that is not in the register (null)
d = 'Mon, 07 Dec 2026 08:45:11 -0500'
text = """Dear Requester,

The status of your FOIA request 25-02210-F has been changed to "Closed".

To view details of your request, please log in to the Public Access Link:
https://foiapal.ed.gov/palMain.aspx

This is a system-generated email. Please do not reply.
"""
raw = message(H(('From', 'FOIA PAL <noreply-foiaxpress@ed.gov>'), ('To', INBOX),
    ('Subject', 'Status Update for Request 25-02210-F'), ('Date', d),
    ('Message-ID', '<20261207134511.FXP.25-02210-F.1187@foiapal.ed.gov>')), leaf('text/plain', text))
add('ed-pal-old-case', d, raw, None, 'portal_notice', '25-02210-F',
    'PAL status "Closed" for 25-02210-F, a 2025 ED request that is not in the register; same sender and template as the REQ-015 notices',
    ['none'], wording='FOIAXpress PAL status email')

# 057 ED no-records letter for REQ-016 (PDF), OGIS and appeal paragraphs
d = 'Thu, 10 Dec 2026 13:12:40 -0500'
letter = """UNITED STATES DEPARTMENT OF EDUCATION
FOIA Service Center
400 Maryland Avenue, SW
Washington, DC 20202-4536

December 10, 2026

Records Desk
records+req-016@records.example.org

Re: Freedom of Information Act Request No. 26-04122-F

Dear Requester:

This is the Department's final response to your Freedom of Information Act request, received October 2, 2026, for
records of Student Privacy Policy Office (SPPO) investigations of FERPA complaints involving New Jersey school
districts, 2023 to the present.

SPPO searched its complaint tracking system and the shared electronic files of its complaint resolution team using the
names of New Jersey local education agencies and the terms "New Jersey" and "NJ" for the period January 1, 2023 to
October 2, 2026. The search located no records responsive to your request. SPPO advises that complaints concerning New
Jersey districts received in that period were resolved through technical assistance without opening an investigation,
and that technical-assistance correspondence falls outside the scope of your request as written.

You have the right to appeal this response, including the adequacy of the search. Your appeal must be received within
90 calendar days of the date of this letter. Appeals may be submitted through the Public Access Link or by email to
EDFOIAAppeals@ed.gov, and should be marked "Freedom of Information Act Appeal."

You may also contact our FOIA Public Liaison at 202-401-8365 or EDFOIAManager@ed.gov, and you may seek dispute resolution
services from the Office of Government Information Services (OGIS), National Archives and Records Administration,
8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.

Sincerely,

FOIA Service Center
U.S. Department of Education
"""
pdf = make_pdf(letter, '26-04122-F Final Response')
body = """Good afternoon,

Please see the attached final response to your FOIA request.

Thank you,
FOIA Service Center
U.S. Department of Education
"""
ct, mb = mp_part('mixed', [leaf('text/plain', body), attachment('26-04122-F Final Response.pdf', 'application/pdf', pdf)],
                 '_004_BN8PR09MB3642A9B8C7D6E5F4A3B2C1D0E9F8BN8PR09MB3642_')
raw = message(H(('From', 'EDFOIAManager <EDFOIAManager@ed.gov>'), ('To', P(16)),
    ('Subject', 'FOIA Request 26-04122-F - Final Response'), ('Date', d),
    ('Message-ID', '<BN8PR09MB3642A9B8C7D6E5F4A3B2C1D0E9F8@BN8PR09MB3642.namprd09.prod.outlook.com>')) + OUTLOOK('AdtxK4m8pR2w6vZ1cB5eT9aQ3nH7jg=='),
    (ct, mb))
add('ed-no-records', d, raw, 'REQ-016', 'no_records', '26-04122-F',
    'ED/SPPO found no responsive records (PDF letter); federal appeal 90 days from Dec 10 -> Mar 10, 2027',
    ['plus', 'tracking'], adverse=True,
    wording='federal no-records letters (search description, appeal of adequacy within 90 days, OGIS paragraph)')

# 058 MBTA final release for REQ-010 (full)
d = 'Tue, 15 Dec 2026 10:19:27 -0500'
text = """Dear Records Desk,

RE: Public Records Request R001872-091526

The MBTA has completed its response to your request for Red Line track
defect and speed restriction inspection reports, January 2025 - August
2026. The second and final installment (track inspection reports, April
2025 - August 2026, 804 pages) is now available in the portal, in addition
to the first installment released on November 20, 2026.

After review, no information was redacted or withheld from either
installment. Your request is now closed.

https://mbta.mycusthelp.com/WEBAPP/_rs/(S(x2l0qkq5e3rj0m4w1z0fvc2a))/RequestLogin.aspx

Records Access Officer
Massachusetts Bay Transportation Authority
"""
html = '<html><body style="font-family:Verdana,Arial;font-size:12px"><pre style="font-family:Verdana,Arial;white-space:pre-wrap">' + text + '</pre></body></html>\n'
ct, mb = mp_part('alternative', [leaf('text/plain', text), leaf('text/html', html)], '--boundary_288_9d2f4b1c-3e6a-4c7d-8b0e-1f5a2c9d7e43')
raw = message(H(('From', 'MBTA Public Records <mbta@mycusthelp.net>'), ('To', P(10)),
    ('Subject', 'MBTA Public Records Request :: R001872-091526 - Request Completed'), ('Date', d),
    ('Message-ID', '<5f0b8d27-1a3c-4e9f-9b6d-7c2e0a4f8b15@mycusthelp.net>')), (ct, mb))
add('mbta-final', d, raw, 'REQ-010', 'records_final', 'R001872-091526',
    'MBTA final installment; nothing redacted or withheld; request closed',
    ['plus', 'tracking'], wording='GovQA request-completed email with the Records Access Officer\'s closing text')

# 059 ED final response for REQ-015 with Exemption 6 / 7(C) withholdings (HTML + text, letter PDF)
d = 'Fri, 08 Jan 2027 15:02:10 -0500'
letter = """UNITED STATES DEPARTMENT OF EDUCATION
FOIA Service Center
400 Maryland Avenue, SW
Washington, DC 20202-4536

January 8, 2027

Records Desk
records+req-015@records.example.org

Re: Freedom of Information Act Request No. 26-03817-F - Final Response

Dear Requester:

This is the final response to your FOIA request, as clarified on September 30, 2026, for OCR dismissal letters in
Title IX complaints against postsecondary institutions in New Jersey and Oregon closed between January 1, 2024 and
September 10, 2026, and an export of case-level processing data.

With this response the Department is releasing the remaining 744 pages of dismissal letters and a spreadsheet export
of 1,146 case records. Together with the interim release of November 16, 2026, the Department has released 1,162 pages
and one spreadsheet. Records were released in part.

Portions have been withheld under the following exemptions:
- Exemption 6, 5 U.S.C. 552(b)(6): names, contact information and identifying details of complainants, students,
  witnesses and respondents, the release of which would constitute a clearly unwarranted invasion of personal privacy;
- Exemption 7(C), 5 U.S.C. 552(b)(7)(C): the same categories of information in letters arising from OCR's civil
  enforcement investigations.

You may appeal this response. Your appeal must be received within 90 calendar days of the date of this letter, through
the Public Access Link or by email to EDFOIAAppeals@ed.gov, marked "Freedom of Information Act Appeal."

You may contact our FOIA Public Liaison at 202-401-8365 or EDFOIAManager@ed.gov for further assistance, and you may
contact the Office of Government Information Services (OGIS) at the National Archives and Records Administration to
inquire about the FOIA mediation services they offer: 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001;
ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.

Sincerely,

FOIA Service Center
U.S. Department of Education
"""
pdf = make_pdf(letter, '26-03817-F Final Response')
text = """Good afternoon,

Attached is the Department's final response to FOIA request 26-03817-F.
The released records are available in the Public Access Link.

FOIA Service Center
U.S. Department of Education
"""
html = '<html><body style="font-family:Calibri,Arial;font-size:11pt"><p>Good afternoon,</p><p>Attached is the Department&#8217;s final response to FOIA request 26&#8209;03817&#8209;F. The released records are available in the Public Access Link.</p><p>FOIA Service Center<br>U.S. Department of Education</p></body></html>\n'
alt = mp_part('alternative', [leaf('text/plain', text), leaf('text/html', html)], '_000_BN8PR09MB3642B1C2D3E4F5A6B7C8D9E0F1A2BN8PR09MB3642_')
ct, mb = mp_part('mixed', [alt, attachment('26-03817-F Final Response.pdf', 'application/pdf', pdf)],
                 '_004_BN8PR09MB3642B1C2D3E4F5A6B7C8D9E0F1A2BN8PR09MB3642_')
raw = message(H(('From', 'EDFOIAManager <EDFOIAManager@ed.gov>'), ('To', P(15)),
    ('Subject', 'FOIA Request 26-03817-F - Final Response'), ('Date', d),
    ('Message-ID', '<BN8PR09MB3642B1C2D3E4F5A6B7C8D9E0F1A2@BN8PR09MB3642.namprd09.prod.outlook.com>')) + OUTLOOK('AdthP2n6qS0x4wY8cD3eR7aU1mK5jg=='),
    (ct, mb))
add('ed-final-partial', d, raw, 'REQ-015', 'records_final', '26-03817-F',
    'ED final response: remaining letters and data export released in part (Exemptions 6, 7(C)); appeal 90 days from Jan 8 -> Apr 8, 2027',
    ['plus', 'tracking'], adverse=True,
    wording='federal partial-release letters with Exemption 6/7(C) paragraphs, 90-day appeal and OGIS language')

# 060 JustFOIA platform maintenance notice (null) from the shared no-reply address
d = 'Tue, 12 Jan 2027 12:00:00 -0500'
html = justfoia_html('justfoia.com', '',
    'Scheduled Maintenance', [('When', 'Saturday, January 16, 2027, 10:00 p.m. - 2:00 a.m. ET'), ('Affected', 'All public portals')],
    'JustFOIA public portals will be unavailable during scheduled maintenance. Requests submitted by email during this window '
    'will be entered when service resumes. No action is needed on your part.', 'Status Page')
raw = message(H(('From', 'JustFOIA <noreply@justfoia.com>'), ('To', INBOX),
    ('Subject', 'Scheduled Maintenance - Public Portal'), ('Date', d),
    ('Message-ID', '<0100019c4a1e7f00-6a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d-000000@email.amazonses.com>')), leaf('text/html', html))
add('justfoia-maintenance', d, raw, None, 'other', None,
    'JustFOIA platform maintenance notice from the same address both districts use; about no request',
    ['none'], wording='vendor maintenance announcement (invented)')

# ============================================================ write out
def main():
    out = HERE / 'messages'
    for p in out.glob('*.eml'):
        p.unlink()
    prev = None
    facts = []
    for i, m in enumerate(MSGS, 1):
        when = email.utils.parsedate_to_datetime(m['date'])
        assert prev is None or when >= prev, ('out of order', i, m['slug'])
        prev = when
        fn = '%03d-%s.eml' % (i, m['slug'])
        (out / fn).write_bytes(m['raw'].encode('ascii'))
        f = {'file': fn, 'request': m['request'], 'kind': m['kind'], 'tracking_number': m['tracking']}
        if m['clock']:
            f['clock'] = m['clock']
        if m['adverse']:
            f['adverse_determination'] = True
        if m['estimated']:
            f['estimated'] = m['estimated']
        f['signals'] = m['signals']
        f['why'] = m['why']
        f['wording'] = m['wording']
        facts.append(f)
    head = ('# Per-message facts (hand-written ground truth; written out by build_messages.py).\n'
            '# clock: received_on_sent_date | received:YYYY-MM-DD (receipt date the acknowledgment states) | extension\n'
            '#   (absent = the message does not set the clock). adverse_determination: denial / no_records / final with\n'
            '#   withholdings (appeal window from the Date: of the message where the rules table gives appeal days).\n'
            '# estimated: a completion/response date the agency states in the message. signals: what links the message\n'
            '#   to its request (thread, thread-embedded, plus, tracking, tracking-new, tracking-filename,\n'
            '#   tracking-attachment, subject, none). wording: what real practice the text is modeled on.\n')
    (HERE / 'facts.yaml').write_text(head + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %d messages' % len(MSGS))

if __name__ == '__main__':
    main()
