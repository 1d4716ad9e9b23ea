#!/usr/bin/env python3
"""Messages 001-020 of holdout32 (all people, numbers and letters invented)."""
from mklib import *

INBOX = 'records@records.example.org'
def plus(n):
    return 'records+req-%03d@records.example.org' % n

# ------------------------------------------------------------------ NYC OpenRecords template
OR_URL = 'https://a860-openrecords.nyc.gov/request/view/%s'

def or_html(inner, rid):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>NYC OpenRecords</title></head>\n'
            '<body style="margin:0;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#212121">\n'
            '<table width="100%" cellpadding="0" cellspacing="0" style="background:#1b3e6d"><tr>\n'
            '<td style="padding:12px 18px;color:#ffffff;font-size:18px"><b>NYC</b> OpenRecords</td></tr></table>\n'
            '<div style="padding:18px 22px;max-width:640px">\n' + inner +
            '\n<hr style="border:0;border-top:1px solid #ccc">\n'
            '<p style="font-size:11px;color:#666">This is an automatically generated message from NYC OpenRecords, '
            'the City of New York&#39;s portal for Freedom of Information Law (FOIL) requests. Please do not reply to this '
            'email; replies are not delivered to the agency. To contact the agency about request '
            '<a href="%s">%s</a>, use the request page.</p>\n' % (OR_URL % rid, rid) +
            '<p style="font-size:11px;color:#666">NYC Department of Records and Information Services &middot; 31 Chambers Street, New York, NY 10007</p>\n'
            '</div></body></html>\n')

# 001 -- OpenRecords "submitted" for REQ-001 (NYPD), HTML-only, plain inbox; agency only in HTML + code 056
rid = 'FOIL-2026-056-18342'
inner = ('<p>Your request <a href="%s">%s</a> has been submitted to the <b>New York City Police Department (NYPD)</b>.</p>\n'
         '<p>You will receive an acknowledgment from the agency within 5 business days.</p>\n'
         '<p><b>Request Title:</b> Strategic Response Group deployments and overtime<br><br>\n'
         '<b>Request Description:</b> Pursuant to the New York Freedom of Information Law, Public Officers Law &sect;&sect; 84-90, '
         'records sufficient to show each deployment of the NYPD Strategic Response Group (SRG) from January 1, 2024 '
         'to the present, including date, borough, assignment type and number of members; SRG overtime hours and '
         'overtime cost by month; and any after-action reports for SRG deployments to demonstrations.<br><br>\n'
         '<b>Date Submitted:</b> Tuesday, September 8, 2026</p>\n'
         '<p>You can view the request and take any necessary action at the following webpage: '
         '<a href="%s">%s</a>.</p>') % (OR_URL % rid, rid, OR_URL % rid, OR_URL % rid)
write('001-nycor-submitted-nypd-html.eml', [
    ('From', 'NYC OpenRecords <donotreply@records.nyc.gov>'),
    ('To', INBOX),
    ('Subject', 'OpenRecords Request %s Submitted' % rid),
    ('Date', 'Tue, 08 Sep 2026 10:47:12 -0400'),
    ('Message-ID', '<177314803212.18342.4471902231@a860-openrecords.nyc.gov>'),
    ('X-Mailer', 'OpenRecords'),
], text_part(or_html(inner, rid), 'html', cte='quoted-printable'))

# 002 -- OpenRecords "submitted" for REQ-002 (DOC), to plus address
rid = 'FOIL-2026-072-07715'
inner = ('<p>Your request <a href="%s">%s</a> has been submitted to the <b>Department of Correction (DOC)</b>.</p>\n'
         '<p>You will receive an acknowledgment from the agency within 5 business days.</p>\n'
         '<p><b>Request Title:</b> Use of force reports, Rikers Island<br><br>\n'
         '<b>Request Description:</b> Under FOIL, copies of use-of-force incident reports (including the '
         'Use of Force Incident Report Form and preliminary reviews) for incidents at Rikers Island facilities from '
         'January 1, 2025 to the present, and all reviews, findings or audit memoranda of the Department&#39;s Use of '
         'Force Auditor concerning those incidents.<br><br>\n'
         '<b>Date Submitted:</b> Tuesday, September 8, 2026</p>\n'
         '<p>You can view the request and take any necessary action at the following webpage: '
         '<a href="%s">%s</a>.</p>') % (OR_URL % rid, rid, OR_URL % rid, OR_URL % rid)
write('002-nycor-submitted-doc-html.eml', [
    ('From', 'NYC OpenRecords <donotreply@records.nyc.gov>'),
    ('To', plus(2)),
    ('Subject', 'OpenRecords Request %s Submitted' % rid),
    ('Date', 'Tue, 08 Sep 2026 10:52:40 -0400'),
    ('Message-ID', '<177314836040.7715.9902114875@a860-openrecords.nyc.gov>'),
    ('X-Mailer', 'OpenRecords'),
], text_part(or_html(inner, rid), 'html', cte='quoted-printable'))

# 003 -- USMS FOIA mailbox auto-reply, threaded to REQ-003
write('003-usms-autoreply.eml', [
    ('From', 'USMS FOIA <usms.foia@usdoj.gov>'),
    ('To', plus(3)),
    ('Subject', 'Automatic reply: FOIA Request: USMS New York/New Jersey Regional Fugitive Task Force use-of-force reports and task force officer deputations, 2023-2026'),
    ('Date', 'Wed, 09 Sep 2026 09:31:05 -0400'),
    ('Message-ID', '<BN8PR09MB5521A0C3D9F1E4B77C2E1A44D9912@BN8PR09MB5521.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<req-003.20260909.1@records.example.org>'),
    ('References', '<req-003.20260909.1@records.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('Thread-Topic', 'FOIA Request: USMS New York/New Jersey Regional Fugitive Task Force use-of-force reports and task force officer deputations, 2023-2026'),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
], text_part(
"""Thank you for contacting the United States Marshals Service (USMS) Freedom of
Information Act/Privacy Act (FOIA/PA) Unit.

This is an automated response confirming that this mailbox received your
message. It is not an acknowledgment of a FOIA/PA request and does not assign
a request number. If your message is a request for records, you will receive
a separate acknowledgment letter once it has been reviewed and logged.

Requests are processed in the order in which they are received. Please do not
submit duplicate requests, as this may delay processing.

Requests may also be submitted through the National FOIA Portal at
https://www.foia.gov. General information about the USMS FOIA program is
available at https://www.usmarshals.gov/foia.

USMS FOIA/PA Unit
Office of General Counsel
U.S. Marshals Service
CG-3, 15th Floor
Washington, DC 20530-0001
""", cte='7bit'))

# ------------------------------------------------------------------ Chicago FOIA center (GovQA-style)
def chi_html(title, rows, body_html, rid, dept_code):
    link = 'https://chicagoil.govqa.us/WEBAPP/_rs/(S(x2kq0v4fdz1nq3jqk5mbbn0c))/RequestEdit.aspx?rid=%s&coid=%s' % (rid[1:7].lstrip('0'), dept_code)
    trs = ''.join('<tr><td style="padding:4px 10px 4px 0;color:#555"><b>%s</b></td><td style="padding:4px 0">%s</td></tr>\n' % r for r in rows)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Verdana,Arial,sans-serif;font-size:12px">\n'
            '<div style="background:#41b6e6;padding:10px;color:#fff;font-size:16px"><b>City of Chicago</b> &ndash; Freedom of Information Act Center</div>\n'
            '<h3 style="color:#333">%s</h3>\n<table style="font-size:12px">\n%s</table>\n%s\n'
            '<p>You can monitor the status of this request and retrieve documents at any time through the '
            '<a href="%s">FOIA Center</a>.</p>\n'
            '<p style="font-size:10px;color:#888">Please do not reply to this message. This mailbox is not monitored.</p>\n'
            '</body></html>\n') % (title, trs, body_html, link)

# 004 -- CPD ack via the City FOIA center; display name names CPD; HTML-only, plain inbox
rid = 'C014522-091026'
html = chi_html('FOIA Request Received', [
    ('Reference No.:', rid), ('Department:', 'Chicago Police Department'),
    ('Date Received:', '9/10/2026'), ('Request Type:', 'FOIA - Media'),
    ('Summary:', 'CEIS (gang database) audits and access logs, 2023-present')],
    '<p>Dear Records Desk,</p>\n<p>Thank you for your Freedom of Information Act request. Your request has been '
    'received and assigned the reference number above. Please use this number in any communication about the request.</p>\n'
    '<p>Under 5 ILCS 140/3(d), the Department will respond within five (5) business days after receipt unless the '
    'time for response is extended as permitted by Section 3(e).</p>', rid, 'CPD')
write('004-chicago-center-ack-cpd.eml', [
    ('From', '"Chicago Police Department - FOIA" <chicagoil@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', 'FOIA Request :: %s' % rid),
    ('Date', 'Thu, 10 Sep 2026 13:14:51 -0500'),
    ('Message-ID', '<8d2f61c0b7a54e1c9a3e60f1b2d74e15@mycusthelp.net>'),
    ('X-Mailer', 'GovQA Notification Service'),
], text_part(html, 'html', cte='quoted-printable'))

# 005 -- Streets and Sanitation ack via the same center; generic display name; dept only in HTML
rid = 'C014523-091026'
html = chi_html('FOIA Request Received', [
    ('Reference No.:', rid), ('Department:', 'Streets and Sanitation'),
    ('Date Received:', '9/10/2026'), ('Request Type:', 'FOIA - Media'),
    ('Summary:', 'Vehicle relocation and tow records, 2025-2026')],
    '<p>Dear Records Desk,</p>\n<p>Thank you for your Freedom of Information Act request. Your request has been '
    'received and assigned the reference number above. Please use this number in any communication about the request.</p>\n'
    '<p>Under 5 ILCS 140/3(d), the Department will respond within five (5) business days after receipt unless the '
    'time for response is extended as permitted by Section 3(e).</p>', rid, 'DSS')
write('005-chicago-center-ack-dss.eml', [
    ('From', '"City of Chicago FOIA Center" <chicagoil@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', 'FOIA Request :: %s' % rid),
    ('Date', 'Thu, 10 Sep 2026 13:16:02 -0500'),
    ('Message-ID', '<31c9a07e4f2b4d0d8e55a1c6b0e93f27@mycusthelp.net>'),
    ('X-Mailer', 'GovQA Notification Service'),
], text_part(html, 'html', cte='quoted-printable'))

# ------------------------------------------------------------------ Seattle NextRequest
NR_BASE = 'https://seattle.nextrequest.com/requests/%s'
def nr_unsub(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return [('List-Unsubscribe', '<https://u4471822.ct.sendgrid.net/asm/unsubscribe/?user_id=4471822&data=%s>, <mailto:unsubscribe-%s@em2231.nextrequest.com?subject=unsubscribe>' % (h[:40], h[:12])),
            ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
            ('X-SG-EID', base64.b64encode(bytes.fromhex(h)).decode()),
            ('X-Entity-ID', h[:22])]
import hashlib, base64

def nr_html(inner):
    return ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;font-size:14px">\n'
            '<div style="background:#003da5;color:#fff;padding:10px 14px"><b>City of Seattle</b> &middot; Public Records</div>\n'
            '<div style="padding:12px 14px">\n' + inner +
            '\n<p style="font-size:11px;color:#888">Please do not reply to this email; replies are not monitored. '
            'To communicate with City staff about your request, use the request page.<br>Powered by NextRequest</p>\n'
            '</div></body></html>\n')

# 006 -- NextRequest submitted, SPD, multipart, plus address, List-Unsubscribe
n = '26-4471'
txt = """City of Seattle

Your City of Seattle public records request #%s has been submitted.

Request:
Public Records Request: SPD crowd-control weapons deployment reports, 2026
demonstrations. Under the Public Records Act, RCW 42.56, all Use of Force
reports, Blast Ball / OC / 40mm deployment logs and related supervisory
reviews for crowd-control weapons used at demonstrations in Seattle between
January 1, 2026 and the date of this request.

Received: September 14, 2026 via email
Departments: Police Department

The City will respond within five business days as required by RCW
42.56.520. You will receive an email whenever there is activity on your
request.

View request: %s

Please do not reply to this email; replies are not monitored.
Powered by NextRequest
""" % (n, NR_BASE % n)
html = nr_html(('<h3>Your City of Seattle public records request #%s has been submitted.</h3>\n'
    '<p><b>Request:</b><br>Public Records Request: SPD crowd-control weapons deployment reports, 2026 demonstrations. '
    'Under the Public Records Act, RCW 42.56, all Use of Force reports, Blast Ball / OC / 40mm deployment logs and '
    'related supervisory reviews for crowd-control weapons used at demonstrations in Seattle between January 1, 2026 and '
    'the date of this request.</p>\n<p><b>Received:</b> September 14, 2026 via email<br><b>Departments:</b> Police Department</p>\n'
    '<p>The City will respond within five business days as required by RCW 42.56.520. You will receive an email whenever '
    'there is activity on your request.</p>\n<p><a href="%s">View request</a></p>') % (n, NR_BASE % n))
bnd = boundary('006')
write('006-seattle-nr-submitted-spd.eml', [
    ('From', 'City of Seattle <seattle@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@mail.nextrequest.com'),
    ('To', plus(6)),
    ('Subject', 'Your City of Seattle public records request #%s has been submitted' % n),
    ('Date', 'Mon, 14 Sep 2026 09:02:44 -0700'),
    ('Message-ID', '<66f5a2d41c93e_4b8a3fe1c2a0d1b4219f@nextrequest-worker-7.mail>'),
] + nr_unsub('006'), multipart('alternative', [text_part(txt), text_part(html, 'html')], bnd))

# 007 -- NextRequest submitted, SDOT, HTML-only, plain inbox; department only in HTML
n = '26-4472'
html = nr_html(('<h3>Your City of Seattle public records request #%s has been submitted.</h3>\n'
    '<p><b>Request:</b><br>Public Records Request: school-zone speed camera siting studies and vendor contract. '
    'Copies of any studies, rankings or memoranda used to select school zones for automated speed enforcement cameras '
    'installed or planned in 2025-2026, and the current contract and amendments with the camera vendor.</p>\n'
    '<p><b>Received:</b> September 14, 2026 via email<br><b>Departments:</b> Seattle Department of Transportation</p>\n'
    '<p>The City will respond within five business days as required by RCW 42.56.520. You will receive an email whenever '
    'there is activity on your request.</p>\n<p><a href="%s">View request</a></p>') % (n, NR_BASE % n))
write('007-seattle-nr-submitted-sdot-html.eml', [
    ('From', 'City of Seattle <seattle@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@mail.nextrequest.com'),
    ('To', INBOX),
    ('Subject', 'Your City of Seattle public records request #%s has been submitted' % n),
    ('Date', 'Mon, 14 Sep 2026 09:06:10 -0700'),
    ('Message-ID', '<66f5a3a2b71f4_4b8a3fe1c2a0d1b4223a@nextrequest-worker-3.mail>'),
] + nr_unsub('007'), text_part(html, 'html', cte='quoted-printable'))

# 008 -- OpenRecords "acknowledged" for REQ-001 with an estimated date; HTML-only; agency only in HTML
rid = 'FOIL-2026-056-18342'
inner = ('<p>The <b>New York City Police Department</b> has acknowledged your FOIL request <a href="%s">%s</a>.</p>\n'
         '<p>You can expect a response on or about Tuesday, December 8, 2026.<br><br>\n'
         'Additional Information:<br>\n'
         'Your request has been assigned to the Legal Bureau FOIL Unit. Before a determination can be made, further '
         'review is necessary to locate responsive records and to assess whether any exemptions under Public Officers '
         'Law &sect; 87(2) apply. We estimate this request will be completed by the date above; if more time is needed you '
         'will be notified through OpenRecords.<br><br>\n'
         'Please visit <a href="%s">%s</a> to view additional information and take any necessary action.</p>') % (
         OR_URL % rid, rid, OR_URL % rid, rid)
write('008-nycor-acknowledged-nypd.eml', [
    ('From', 'NYC OpenRecords <donotreply@records.nyc.gov>'),
    ('To', INBOX),
    ('Subject', 'OpenRecords Request %s Acknowledged' % rid),
    ('Date', 'Tue, 15 Sep 2026 15:41:27 -0400'),
    ('Message-ID', '<177389888701.18342.1162004318@a860-openrecords.nyc.gov>'),
    ('X-Mailer', 'OpenRecords'),
], text_part(or_html(inner, rid), 'html', cte='quoted-printable'))

# 009 -- DOC FOIL officer writes from her own doc.nyc.gov address (outside the portal): clarification
write('009-doc-staff-clarify.eml', [
    ('From', '"Vasquez, Tamika" <Tamika.Vasquez@doc.nyc.gov>'),
    ('To', '"records@records.example.org" <records@records.example.org>'),
    ('Subject', 'FOIL-2026-072-07715 -- scope question'),
    ('Thread-Topic', 'FOIL-2026-072-07715 -- scope question'),
    ('Thread-Index', 'AdtFk2c9rJ0d1xQ7S0mC4Vb8n3Kp2w=='),
    ('Date', 'Tue, 15 Sep 2026 16:58:03 -0400'),
    ('Message-ID', '<SA1PR09MB8810C4F61D2B33A9E07B5F1AC1D62@SA1PR09MB8810.namprd09.prod.outlook.com>'),
    ('Accept-Language', 'en-US'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('X-MS-TNEF-Correlator', ''),
    ('x-ms-exchange-organization-authas', 'Internal'),
], text_part(
"""Good afternoon,

I am the FOIL officer handling your request FOIL-2026-072-07715, which came in
through OpenRecords last week. Before we start pulling anything I want to
make sure we are searching for the right material.

As written, the request covers every use-of-force incident at all Rikers
Island facilities since January 1, 2025. That is several thousand incidents,
and each packet (incident report, witness reports, injury-to-inmate reports,
preliminary review) has to be reviewed and redacted page by page. We would
not be able to finish that in any reasonable time frame.

Could you let me know:

1. Whether you would accept the Use of Force Incident Report form and the
   preliminary review only, without the witness statements and medical
   attachments;
2. Whether a narrower period or specific facilities (e.g., RNDC, EMTC)
   would work; and
3. What you mean by "Use of Force Auditor reviews" -- the Auditor's
   quarterly summaries, or the case-level review memos?

We will hold the request until we hear from you. You can answer by reply to
this email or through the OpenRecords request page.

Thank you,

Tamika Vasquez
Agency Attorney / FOIL Officer
Legal Division
New York City Department of Correction
75-20 Astoria Blvd., East Elmhurst, NY 11370
""", cte='quoted-printable'))

# 010 -- Boston Public Records Center (GovQA) ack for REQ-008, multipart, plus address
rid = 'R004431-091626'
def bos_unsub(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return [('List-Unsubscribe', '<mailto:bounce+%s-unsub@notifications.govqa.us>' % h[:14]),
            ('X-Mailgun-Sid', base64.b64encode(h[:24].encode()).decode()),
            ('X-Mailgun-Tag', 'bostonma')]
txt = """Dear Records Desk,

Thank you for contacting the City of Boston Public Records Center. Your public
records request has been received and assigned reference number %s.

Request received: 9/16/2026
Summary: Snow removal contracts and contractor payments, winter 2025-26

Under M.G.L. c. 66, section 10, the City will respond to your request within
ten (10) business days of receipt. If fees apply or additional time is
needed, you will be notified in writing.

To monitor the progress of your request, or to view messages and documents
from the City, log in to the Public Records Center:
https://bostonma.govqa.us/WEBAPP/_rs/(S(a2m1tqg4y0ds4fz3onsvvx0e))/supporthome.aspx

Records Access Officer
City of Boston
""" % rid
html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">\n'
        '<p style="background:#091f2f;color:#fff;padding:8px"><b>CITY of BOSTON</b> &nbsp;Public Records Center</p>\n'
        '<p>Dear Records Desk,</p>\n<p>Thank you for contacting the City of Boston Public Records Center. Your public '
        'records request has been received and assigned reference number <b>%s</b>.</p>\n'
        '<p>Request received: 9/16/2026<br>Summary: Snow removal contracts and contractor payments, winter 2025-26</p>\n'
        '<p>Under M.G.L. c. 66, &sect; 10, the City will respond to your request within ten (10) business days of receipt. '
        'If fees apply or additional time is needed, you will be notified in writing.</p>\n'
        '<p>To monitor the progress of your request, or to view messages and documents from the City, log in to the '
        '<a href="https://bostonma.govqa.us/WEBAPP/_rs/(S(a2m1tqg4y0ds4fz3onsvvx0e))/supporthome.aspx">Public Records Center</a>.</p>\n'
        '<p>Records Access Officer<br>City of Boston</p>\n</body></html>\n') % rid
write('010-boston-govqa-ack.eml', [
    ('From', 'City of Boston Public Records <bostonma@govqa.us>'),
    ('To', plus(8)),
    ('Subject', 'City of Boston Public Records Request :: %s' % rid),
    ('Date', 'Wed, 16 Sep 2026 11:20:33 -0400'),
    ('Message-ID', '<20260916152033.1.7E5A3C0B91D4F2A6@notifications.govqa.us>'),
] + bos_unsub('010'), multipart('alternative', [text_part(txt), text_part(html, 'html')], boundary('010', 'gq')))

# 011 -- CPD extension via the center, multipart; 3(e) reasons; states Sept 24
rid = 'C014522-091026'
txt = """City of Chicago - Freedom of Information Act Center

Reference No.: %s
Department: Chicago Police Department

Dear Records Desk,

The Chicago Police Department is in receipt of your FOIA request, received on
September 10, 2026, for audits and access logs of the Criminal Enterprise
Information System (CEIS).

Pursuant to 5 ILCS 140/3(e), the Department is extending the time to respond
to your request by five (5) business days for the following reasons:

 [X] (i) the requested records are stored in whole or in part at other
     locations than the office having charge of the requested records;
 [X] (iii) the request requires the collection of a substantial number of
     specified records;
 [X] (vi) the request requires an examination of records to determine
     whether some or all are exempt from disclosure.

The Department will respond to your request on or before September 24, 2026.

Office of Legal Affairs - FOIA Section
Chicago Police Department

Please do not reply to this message. This mailbox is not monitored.
""" % rid
html = chi_html('Extension of Time to Respond', [('Reference No.:', rid), ('Department:', 'Chicago Police Department')],
    '<p>Dear Records Desk,</p>\n<p>The Chicago Police Department is in receipt of your FOIA request, received on September 10, '
    '2026, for audits and access logs of the Criminal Enterprise Information System (CEIS).</p>\n'
    '<p>Pursuant to 5 ILCS 140/3(e), the Department is extending the time to respond to your request by five (5) business days '
    'for the following reasons:</p>\n<ul><li>(i) the requested records are stored in whole or in part at other locations than '
    'the office having charge of the requested records;</li>\n<li>(iii) the request requires the collection of a substantial '
    'number of specified records;</li>\n<li>(vi) the request requires an examination of records to determine whether some or '
    'all are exempt from disclosure.</li></ul>\n<p>The Department will respond to your request on or before <b>September 24, '
    '2026</b>.</p>\n<p>Office of Legal Affairs &ndash; FOIA Section<br>Chicago Police Department</p>', rid, 'CPD')
write('011-chicago-cpd-extension.eml', [
    ('From', '"Chicago Police Department - FOIA" <chicagoil@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', 'FOIA Request :: %s - Extension' % rid),
    ('Date', 'Thu, 17 Sep 2026 15:05:48 -0500'),
    ('Message-ID', '<b3e0a4c2d1f84c6a9f7e2b05c8d1a6e3@mycusthelp.net>'),
    ('X-Mailer', 'GovQA Notification Service'),
], multipart('alternative', [text_part(txt), text_part(html, 'html', cte='quoted-printable')], boundary('011', 'gq')))

# 012 -- colleague forwards the Streets and Sanitation officer's question (sent to her personally)
write('012-fwd-dss-clarify.eml', [
    ('From', 'Dana Whitfield <dana.whitfield@records.example.org>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Fwd: FOIA C014523-091026 - relocations vs. tows?'),
    ('Date', 'Thu, 17 Sep 2026 17:40:19 -0500'),
    ('Message-ID', '<CAJ8kP2v3yQfT0Xw9sG1mH4dN7aL2cE5rB6uZ0oV8iK3jW1pD4g@mail.gmail.com>'),
], text_part(
"""Streets & San sent this to me instead of the desk (I was the contact name on
the request). Can whoever owns the towing request answer her? I'd say we want
both, but relocations are the priority.

-- Dana

---------- Forwarded message ---------
From: Okafor, Marisol <Marisol.Okafor@cityofchicago.org>
Date: Thu, Sep 17, 2026 at 2:12 PM
Subject: FOIA C014523-091026 - relocations vs. tows?
To: Dana Whitfield <dana.whitfield@records.example.org>


Ms. Whitfield,

I'm the FOIA officer for the Department of Streets and Sanitation and I have
your request C014523-091026 for "vehicle relocation and tow records,
2025-2026."

Before I send this to our Bureau of Traffic Services I need you to clarify
what you are looking for:

- "Relocations" - when S&S moves a car for street cleaning, snow or a
  special event, the driver logs the new location. Those are kept as
  relocation tickets in our system and we can run them as a spreadsheet.
- "Tows" - vehicles towed to a City auto pound. Most tows to the pounds are
  ordered by the Police Department and the tow reports are CPD records, not
  ours.

Do you want relocations, tows ordered by S&S only, or both? If you can also
tell me whether you want every record or monthly counts by ward, that would
help a lot. Under 5 ILCS 140/3 I will hold the request until I hear back.

Thank you,
Marisol Okafor
FOIA Officer
Department of Streets and Sanitation
City of Chicago
""", cte='quoted-printable'))

# 013 -- Philadelphia Right-to-Know Office ack; received date Sept 18 (after hours); quotes our request
write('013-philly-rtk-ack-quoted.eml', [
    ('From', 'Right to Know <righttoknow@phila.gov>'),
    ('To', '"records+req-009@records.example.org" <records+req-009@records.example.org>'),
    ('Subject', 'RE: Right-to-Know Request: Philadelphia Police Department vehicle pursuit reports and pursuit policy reviews, 2024-2026'),
    ('Thread-Topic', 'Right-to-Know Request: Philadelphia Police Department vehicle pursuit reports and pursuit policy reviews, 2024-2026'),
    ('Thread-Index', 'AQHcJ2vQk1R9d0Qm0U2kM3yVt8rJxA=='),
    ('Date', 'Fri, 18 Sep 2026 10:12:00 -0400'),
    ('Message-ID', '<MN2PR09MB6083F0D9C4B5E1A7D2C63B48E0A21@MN2PR09MB6083.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<req-009.20260917.1@records.example.org>'),
    ('References', '<req-009.20260917.1@records.example.org>'),
    ('Accept-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], text_part(
"""Good morning,

The City of Philadelphia Right-to-Know Office acknowledges your request for
records under the Pennsylvania Right-to-Know Law, 65 P.S. 67.101 et seq.
Your request was emailed after 5:00 p.m. on Thursday, September 17, 2026
and is therefore deemed received by the Open Records Officer on Friday,
September 18, 2026.

Your request has been assigned number 2026-RTK-01182 and forwarded to the
Philadelphia Police Department's Right-to-Know liaison. Please refer to this
number in any future correspondence.

Under Section 901 of the Law, the City has five (5) business days from the
date of receipt to respond. If the City requires additional time for one of
the reasons listed in Section 902, you will receive written notice within
that period.

Thank you,

Gregory Mensah
Open Records Officer
City of Philadelphia - Office of the City Solicitor, Right-to-Know Office
1515 Arch Street, 17th Floor
Philadelphia, PA 19102
righttoknow@phila.gov

________________________________
From: Records Desk <records@records.example.org>
Sent: Thursday, September 17, 2026 6:41 PM
To: Right to Know <righttoknow@phila.gov>
Subject: Right-to-Know Request: Philadelphia Police Department vehicle pursuit reports and pursuit policy reviews, 2024-2026

Open Records Officer:

Under the Pennsylvania Right-to-Know Law, we request from the Philadelphia
Police Department:

1. Vehicle pursuit reports (or the pursuit data fields recorded for each
   pursuit) for January 1, 2024 through the date of this request;
2. Any review, audit or after-action memo evaluating compliance with the
   Department's vehicle pursuit directive during the same period.

Electronic copies are preferred. Please contact us before incurring fees
over $50.

Records Desk
records.example.org
""", cte='quoted-printable'))

# 014 -- SPD message via NextRequest: RCW 42.56.520 acknowledgment with an estimate
n = '26-4471'
msgtxt = ("Thank you for your public records request. The Seattle Police Department Public Disclosure Unit has "
          "begun work on it. Responsive records are held by several units (Force Investigation Team, Force Review "
          "Unit and the Training Section), and video is not included unless you ask for it.")
txt = """City of Seattle

Request #%s has a new message from Seattle Police Department:

Hello,

%s

Under RCW 42.56.520, this letter acknowledges your request. We estimate this
request will be completed by December 4, 2026. Records will be produced in
installments as they are reviewed; you will be notified through this portal
each time an installment is released.

Kyle Brandvold
Public Disclosure Officer
Seattle Police Department

View request: %s

Please do not reply to this email; replies are not monitored.
Powered by NextRequest
""" % (n, '\n'.join(textwrap.wrap(msgtxt, 76)), NR_BASE % n)
html = nr_html(('<p>Request <a href="%s">#%s</a> has a new message from <b>Seattle Police Department</b>:</p>\n'
    '<blockquote style="border-left:3px solid #ccc;padding-left:10px"><p>Hello,</p><p>%s</p>\n'
    '<p>Under RCW 42.56.520, this letter acknowledges your request. We estimate this request will be completed by '
    'December 4, 2026. Records will be produced in installments as they are reviewed; you will be notified through this '
    'portal each time an installment is released.</p>\n<p>Kyle Brandvold<br>Public Disclosure Officer<br>Seattle Police '
    'Department</p></blockquote>\n<p><a href="%s">View request</a></p>') % (NR_BASE % n, n, msgtxt, NR_BASE % n))
write('014-seattle-nr-spd-message-estimate.eml', [
    ('From', 'City of Seattle <seattle@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@mail.nextrequest.com'),
    ('To', plus(6)),
    ('Subject', '[City of Seattle] Request #%s has a new message' % n),
    ('Date', 'Mon, 21 Sep 2026 10:33:19 -0700'),
    ('Message-ID', '<670f1b6f8d0a2_7c4e3fd9a1c8b0e4817c@nextrequest-worker-2.mail>'),
] + nr_unsub('014'), multipart('alternative', [text_part(txt), text_part(html, 'html')], boundary('014')))

# 015 -- SDOT disclosure officer from her own seattle.gov address; Safe Links; no number in subject
u1 = safelink('https://seattle.nextrequest.com/requests/26-4472', '015a')
u2 = safelink('https://www.seattle.gov/transportation/projects-and-programs/safety-first/school-safety/school-zone-cameras', '015b')
txt = """Hello,

I am the public disclosure officer at the Seattle Department of
Transportation and I will be handling your request for school-zone speed
camera siting studies and the camera vendor contract (our portal request
26-4472).

This is our acknowledgment under RCW 42.56.520. I have asked our Vision Zero
team and Contracts for records. We estimate this request will be completed
by November 13, 2026; I may release records in more than one installment if
the siting memos come back first.

Some background material is already public on our school-zone camera page:
%s

You can follow the request and download records here:
%s

Best,

Priya Natarajan
Public Disclosure Officer
Seattle Department of Transportation
priya.natarajan@seattle.gov | 206-684-5000
""" % (u2, u1)
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n<p>Hello,</p>\n'
        '<p>I am the public disclosure officer at the Seattle Department of Transportation and I will be handling your '
        'request for school-zone speed camera siting studies and the camera vendor contract (our portal request 26-4472).</p>\n'
        '<p>This is our acknowledgment under RCW 42.56.520. I have asked our Vision Zero team and Contracts for records. '
        'We estimate this request will be completed by November 13, 2026; I may release records in more than one installment '
        'if the siting memos come back first.</p>\n'
        '<p>Some background material is already public on our <a href="%s" originalsrc="https://www.seattle.gov/transportation/projects-and-programs/safety-first/school-safety/school-zone-cameras" shash="x">school-zone camera page</a>.</p>\n'
        '<p>You can follow the request and download records <a href="%s" originalsrc="https://seattle.nextrequest.com/requests/26-4472" shash="y">here</a>.</p>\n'
        '<p>Best,</p>\n<p>Priya Natarajan<br>Public Disclosure Officer<br>Seattle Department of Transportation<br>'
        'priya.natarajan@seattle.gov | 206-684-5000</p>\n</div></body></html>\n') % (u2.replace('&', '&amp;'), u1.replace('&', '&amp;'))
write('015-sdot-staff-ack-safelinks.eml', [
    ('From', '"Natarajan, Priya" <Priya.Natarajan@seattle.gov>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Your public records request - speed cameras'),
    ('Thread-Topic', 'Your public records request - speed cameras'),
    ('Thread-Index', 'AdtIu1bLq8wT4lYcQg6f0x9ZkR2mEw=='),
    ('Date', 'Mon, 21 Sep 2026 16:47:55 -0700'),
    ('Message-ID', '<CO6PR09MB7718E3D2A4F0B9C1E6D58A7F2B310@CO6PR09MB7718.namprd09.prod.outlook.com>'),
    ('Accept-Language', 'en-US'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('X-MS-Exchange-Organization-SCL', '-1'),
    ('x-ms-exchange-atpmessageproperties', 'SA|SL'),
], multipart('alternative', [text_part(txt, cte='quoted-printable'), text_part(html, 'html', cte='quoted-printable')], boundary('015', 'ms')))

# 016 -- OpenRecords "submitted" for REQ-010 (NYPD drones), plus address
rid = 'FOIL-2026-056-19107'
inner = ('<p>Your request <a href="%s">%s</a> has been submitted to the <b>New York City Police Department (NYPD)</b>.</p>\n'
         '<p>You will receive an acknowledgment from the agency within 5 business days.</p>\n'
         '<p><b>Request Title:</b> UAS flight logs and deployment policy<br><br>\n'
         '<b>Request Description:</b> Flight logs for all NYPD unmanned aircraft system (drone) flights from January 1, '
         '2025 to the present, showing date, time, location and purpose code, together with the current UAS deployment '
         'policy and any Technical Assistance Response Unit guidance on drone use at demonstrations and large events.<br><br>\n'
         '<b>Date Submitted:</b> Tuesday, September 22, 2026</p>\n'
         '<p>You can view the request and take any necessary action at the following webpage: '
         '<a href="%s">%s</a>.</p>') % (OR_URL % rid, rid, OR_URL % rid, OR_URL % rid)
write('016-nycor-submitted-nypd-drones.eml', [
    ('From', 'NYC OpenRecords <donotreply@records.nyc.gov>'),
    ('To', plus(10)),
    ('Subject', 'OpenRecords Request %s Submitted' % rid),
    ('Date', 'Tue, 22 Sep 2026 12:08:37 -0400'),
    ('Message-ID', '<177496011705.19107.5530917742@a860-openrecords.nyc.gov>'),
    ('X-Mailer', 'OpenRecords'),
], text_part(or_html(inner, rid), 'html', cte='quoted-printable'))

# 017 -- USMS acknowledgment letter only in a PDF; received Sept 10; number in PDF and file name only
pdf = make_pdf(wrap_lines([
    'U.S. Department of Justice', 'United States Marshals Service', 'Office of General Counsel',
    'Washington, DC 20530-0001', '', 'September 23, 2026', '', 'Records Desk', 'records.example.org',
    'records+req-003@records.example.org', '',
    'Re: Freedom of Information Act Request No. 2026-USMS-003518', '',
    'Dear Requester:', '',
    'This acknowledges receipt of your Freedom of Information Act (FOIA) request to the United States Marshals '
    'Service (USMS), dated September 9, 2026 and received in this office on September 10, 2026, in which you seek '
    'use-of-force reports and task force officer deputation records concerning the New York/New Jersey Regional '
    'Fugitive Task Force for 2023 through 2026. Your request has been assigned the number above. Please cite it '
    'in any correspondence with this office.', '',
    'Your request has been placed in our complex processing track. Records responsive to your request may be '
    'located in more than one district office and may require consultation with other components of the '
    'Department of Justice and with the state and local agencies that participate in the task force. We will '
    'make every effort to respond within the time limits of the FOIA, 5 U.S.C. 552(a)(6)(A)(i).', '',
    'You requested to be classified as a representative of the news media for fee purposes. That request is '
    'granted. You will not be charged search or review fees; duplication charges may apply to paper records '
    'beyond the first 100 pages. We will notify you before incurring fees above $25.00.', '',
    'You may contact our FOIA Public Liaison at (703) 740-3943 or usms.foia@usdoj.gov for any further assistance '
    'or to discuss any aspect of your request. Additionally, you may contact the Office of Government Information '
    'Services (OGIS) at the National Archives and Records Administration to inquire about the FOIA mediation '
    'services they offer: 8601 Adelphi Road, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770.', '',
    'Sincerely,', '', 'Dwayne K. Albright', 'Government Information Specialist', 'FOIA/PA Unit, Office of General Counsel',
]), 'Acknowledgment')
bnd = boundary('017', 'ms')
write('017-usms-ack-letter-pdf.eml', [
    ('From', 'USMS FOIA <usms.foia@usdoj.gov>'),
    ('To', plus(3)),
    ('Subject', 'FOIA Request Acknowledgment'),
    ('Date', 'Wed, 23 Sep 2026 14:26:00 -0400'),
    ('Message-ID', '<BN8PR09MB55218E0D7C2A1B64F3D91E5AD9A47@BN8PR09MB5521.namprd09.prod.outlook.com>'),
    ('Thread-Topic', 'FOIA Request Acknowledgment'),
    ('X-MS-Has-Attach', 'yes'),
], multipart('mixed', [text_part(
"""Please see the attached correspondence regarding your FOIA request to the
U.S. Marshals Service.

USMS FOIA/PA Unit
""", cte='7bit'), attachment('2026-USMS-003518_Acknowledgment.pdf', pdf)], bnd))

# 018 -- CPD: unduly burdensome letter (3(g)) as PDF from the CPD FOIA mailbox; chance to narrow
pdf = make_pdf(wrap_lines([
    'CHICAGO POLICE DEPARTMENT', 'Office of Legal Affairs - Freedom of Information Section',
    '3510 South Michigan Avenue, Chicago, Illinois 60653', '', 'September 24, 2026', '',
    'Records Desk', 'records@records.example.org', '',
    'RE: FOIA Request C014522-091026', '',
    'Dear Records Desk:', '',
    'The Chicago Police Department (CPD) has reviewed your request received September 10, 2026, seeking "all audits '
    'of the Criminal Enterprise Information System (CEIS) and all access logs for CEIS from January 1, 2023 to the '
    'present."', '',
    'The CEIS access log is a continuously generated system table. For the period requested it contains in excess '
    'of 4.1 million entries, each of which identifies the Department member and the subject record viewed. Each '
    'entry would have to be reviewed to determine whether the identity of the subject individual is exempt under '
    '5 ILCS 140/7(1)(c) and 7(1)(d). Compliance with the request as written would be unduly burdensome for the '
    'Department, and the burden on the Department outweighs the public interest in the information. 5 ILCS 140/3(g).', '',
    'Before denying your request on this basis, the Department offers you the opportunity to reduce the request to '
    'manageable proportions. For example, you may consider limiting the request to (a) the CEIS audit reports '
    'only, without access logs; (b) aggregate counts of log-ins by unit and month; or (c) a shorter period. Please '
    'reply with an amended request. If we do not receive a response, the Department will consider the request '
    'withdrawn.', '',
    'Sincerely,', '', 'Sgt. Renata Kowalczyk', 'FOIA Officer', 'Chicago Police Department',
]), 'C014522-091026')
write('018-cpd-burdensome-letter-pdf.eml', [
    ('From', 'CPD FOIA <foia@chicagopolice.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'FOIA C014522-091026 - Opportunity to Narrow'),
    ('Date', 'Thu, 24 Sep 2026 16:51:30 -0500'),
    ('Message-ID', '<CH0PR09MB7390B1E4A7C2D08F5E31C9B6A7E44@CH0PR09MB7390.namprd09.prod.outlook.com>'),
    ('X-MS-Has-Attach', 'yes'),
], multipart('mixed', [text_part(
"""Please see attached correspondence regarding your FOIA request.

Freedom of Information Section
Chicago Police Department
""", cte='7bit'), attachment('C014522-091026 Burdensome Letter.pdf', pdf)], boundary('018', 'ms')))

# 019 -- Philadelphia interim response: 30-day extension (Section 902), threaded
write('019-philly-rtk-extension.eml', [
    ('From', 'Right to Know <righttoknow@phila.gov>'),
    ('To', 'records+req-009@records.example.org'),
    ('Subject', 'RE: Right-to-Know Request: Philadelphia Police Department vehicle pursuit reports and pursuit policy reviews, 2024-2026'),
    ('Thread-Topic', 'Right-to-Know Request: Philadelphia Police Department vehicle pursuit reports and pursuit policy reviews, 2024-2026'),
    ('Thread-Index', 'AQHcJ2vQk1R9d0Qm0U2kM3yVt8rJxAHc7kq2'),
    ('Date', 'Fri, 25 Sep 2026 15:30:00 -0400'),
    ('Message-ID', '<MN2PR09MB60831A4C7E2D9F03B5C81E6D9F207@MN2PR09MB6083.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<MN2PR09MB6083F0D9C4B5E1A7D2C63B48E0A21@MN2PR09MB6083.namprd09.prod.outlook.com>'),
    ('References', '<req-009.20260917.1@records.example.org> <MN2PR09MB6083F0D9C4B5E1A7D2C63B48E0A21@MN2PR09MB6083.namprd09.prod.outlook.com>'),
], text_part(
"""RE: Right-to-Know Request No. 2026-RTK-01182

Dear Requester:

This is an interim response to your request under the Pennsylvania
Right-to-Know Law, received by the City on September 18, 2026.

Pursuant to Section 902(b) of the Law, 65 P.S. 67.902(b), the City requires
up to thirty (30) additional days to respond for the following reasons:

  [X] the request requires redaction of records that contain both public
      and non-public information;
  [X] the records are located at a remote location (Police Department
      Research and Planning Unit and the Accident Investigation District);
  [ ] a timely response cannot be accomplished due to bona fide staffing
      limitations;
  [X] a legal review is necessary to determine whether the records are
      subject to access under the Law;
  [ ] the requester has not complied with the agency's policies regarding
      access to records;
  [ ] the requester refuses to pay applicable fees;
  [ ] the extent or nature of the request precludes a response within the
      required time period.

You should expect a response on or before October 26, 2026. If you have
questions, please reply to this email and reference the number above.

Gregory Mensah
Open Records Officer, City of Philadelphia
""", cte='7bit'))

# 020 -- NextRequest weekly digest listing two requests (SPD and SDOT): belongs to neither alone
txt = """City of Seattle - weekly summary of your public records requests

Here is a summary of activity on your requests for the week of September 21-27,
2026.

#26-4471  Public Records Request: SPD crowd-control weapons deployment
          reports, 2026 demonstrations
          Status: Open - In progress | 1 new message
          %s

#26-4472  Public Records Request: SDOT school-zone speed camera siting
          studies and vendor contract
          Status: Open - In progress | No new activity
          %s

To change how often you receive these summaries, update your notification
settings on your profile page.

Powered by NextRequest
""" % (NR_BASE % '26-4471', NR_BASE % '26-4472')
html = nr_html('<h3>Weekly summary of your public records requests</h3>\n<p>Activity for the week of September 21&ndash;27, 2026.</p>\n'
    '<table cellpadding="6" style="border-collapse:collapse;font-size:13px">\n'
    '<tr style="background:#eef"><th align="left">Request</th><th align="left">Description</th><th align="left">Status</th></tr>\n'
    '<tr><td><a href="%s">#26-4471</a></td><td>Public Records Request: SPD crowd-control weapons deployment reports, 2026 demonstrations</td><td>Open &ndash; 1 new message</td></tr>\n'
    '<tr><td><a href="%s">#26-4472</a></td><td>Public Records Request: SDOT school-zone speed camera siting studies and vendor contract</td><td>Open &ndash; no new activity</td></tr>\n'
    '</table>\n<p>To change how often you receive these summaries, update your notification settings on your profile page.</p>' % (NR_BASE % '26-4471', NR_BASE % '26-4472'))
write('020-seattle-nr-weekly-digest.eml', [
    ('From', 'City of Seattle <seattle@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@mail.nextrequest.com'),
    ('To', INBOX),
    ('Subject', 'Your weekly public records summary'),
    ('Date', 'Mon, 28 Sep 2026 06:00:14 -0700'),
    ('Message-ID', '<6717f0ee2a4c1_1d9e3fb07a6c8e2c55a1@nextrequest-digest-1.mail>'),
    ('Precedence', 'bulk'),
] + nr_unsub('020'), multipart('alternative', [text_part(txt), text_part(html, 'html')], boundary('020')))
