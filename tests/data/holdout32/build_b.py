#!/usr/bin/env python3
"""Messages 021-040 of holdout32 (all people, numbers and letters invented)."""
from mklib import *
from build_a import INBOX, plus, OR_URL, or_html, chi_html, NR_BASE, nr_unsub, nr_html, bos_unsub

# 021 -- Boston fee estimate with a payment link (GovQA), plus address
rid = 'R004431-091626'
pay = 'https://bostonma.govqa.us/WEBAPP/_rs/(S(a2m1tqg4y0ds4fz3onsvvx0e))/PaymentCenter.aspx?rid=4431&sSessionID=&amt=175.00'
txt = """Dear Records Desk,

RE: Public Records Request %s - snow removal contracts and contractor
payments, winter 2025-26

The City has identified records responsive to your request held by Public
Works (Snow and Ice Control) and the Auditing Department, including
contracts, change orders, contractor equipment rosters and payment
vouchers. We estimate that producing them will require approximately nine
(9) hours of employee time to search for, segregate and redact the records.

Under M.G.L. c. 66, section 10(d), the City may not charge for the first two
hours of employee time. The remaining seven (7) hours are charged at
$25.00 per hour:

    7 hours x $25.00 = $175.00 (good-faith estimate)

The estimate is based on the information available to us now; the final fee
may be lower, and will not be higher without further notice to you. The City
will begin producing records once payment is received. You may also narrow
your request (for example, to contracts and payment totals only) to reduce
the cost.

Pay online: %s

If we do not receive payment, a narrowed request, or a petition to the
Supervisor of Records regarding this fee within 30 days, your request will
be closed.

Records Access Officer
City of Boston
""" % (rid, pay)
html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">\n'
        '<p style="background:#091f2f;color:#fff;padding:8px"><b>CITY of BOSTON</b> &nbsp;Public Records Center</p>\n'
        '<p>Dear Records Desk,</p>\n<p><b>RE: Public Records Request %s</b> &ndash; snow removal contracts and contractor payments, winter 2025-26</p>\n'
        '<p>The City has identified records responsive to your request held by Public Works (Snow and Ice Control) and the Auditing '
        'Department, including contracts, change orders, contractor equipment rosters and payment vouchers. We estimate that producing '
        'them will require approximately nine (9) hours of employee time to search for, segregate and redact the records.</p>\n'
        '<p>Under M.G.L. c. 66, &sect; 10(d), the City may not charge for the first two hours of employee time. The remaining seven (7) '
        'hours are charged at $25.00 per hour:</p>\n<table border="1" cellpadding="4" style="border-collapse:collapse">'
        '<tr><td>Employee time (after 2 free hours)</td><td>7 hrs</td><td>$25.00/hr</td><td align="right">$175.00</td></tr>'
        '<tr><td colspan="3"><b>Estimated total</b></td><td align="right"><b>$175.00</b></td></tr></table>\n'
        '<p>The estimate is based on the information available to us now; the final fee may be lower, and will not be higher without '
        'further notice to you. The City will begin producing records once payment is received. You may also narrow your request (for '
        'example, to contracts and payment totals only) to reduce the cost.</p>\n'
        '<p><a href="%s" style="background:#fb4d42;color:#fff;padding:6px 12px;text-decoration:none">Pay online</a></p>\n'
        '<p>If we do not receive payment, a narrowed request, or a petition to the Supervisor of Records regarding this fee within 30 days, '
        'your request will be closed.</p>\n<p>Records Access Officer<br>City of Boston</p>\n</body></html>\n') % (rid, pay.replace('&', '&amp;'))
write('021-boston-fee-payment-link.eml', [
    ('From', 'City of Boston Public Records <bostonma@govqa.us>'),
    ('To', plus(8)),
    ('Subject', 'City of Boston Public Records Request :: %s - Fee Estimate' % rid),
    ('Date', 'Wed, 30 Sep 2026 14:09:45 -0400'),
    ('Message-ID', '<20260930180945.1.C19A0E73B5D2F48E@notifications.govqa.us>'),
] + bos_unsub('021'), multipart('alternative', [text_part(txt), text_part(html, 'html', cte='quoted-printable')], boundary('021', 'gq')))

# 022 -- Chicago center: request reassigned from Streets and Sanitation to CPD (transfer inside the portal)
rid = 'C014523-091026'
txt = """City of Chicago - Freedom of Information Act Center

Your request has been reassigned.

Reference No.: %s
Previous department: Streets and Sanitation
New department: Chicago Police Department

Message from Streets and Sanitation:
Thank you for your clarification of 9/18/2026. You indicated that you are
seeking records of vehicles towed to City auto pounds, including vehicles
relocated and later towed. Tow and impound records are created and maintained
by the Chicago Police Department, Auto Pound Section. Your request has
therefore been reassigned to the Chicago Police Department FOIA Section,
which will respond to you directly under this reference number.

Streets and Sanitation does not maintain any other records responsive to
your clarified request.

You can monitor the status of this request through the FOIA Center.
Please do not reply to this message. This mailbox is not monitored.
""" % rid
html = chi_html('Your request has been reassigned', [
    ('Reference No.:', rid), ('Previous department:', 'Streets and Sanitation'), ('New department:', 'Chicago Police Department')],
    '<p><b>Message from Streets and Sanitation:</b></p>\n<p>Thank you for your clarification of 9/18/2026. You indicated that you '
    'are seeking records of vehicles towed to City auto pounds, including vehicles relocated and later towed. Tow and impound '
    'records are created and maintained by the Chicago Police Department, Auto Pound Section. Your request has therefore been '
    'reassigned to the Chicago Police Department FOIA Section, which will respond to you directly under this reference number.</p>\n'
    '<p>Streets and Sanitation does not maintain any other records responsive to your clarified request.</p>', rid, 'CPD')
write('022-chicago-center-reassigned.eml', [
    ('From', '"City of Chicago FOIA Center" <chicagoil@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', 'FOIA Request :: %s - Reassigned' % rid),
    ('Date', 'Thu, 01 Oct 2026 10:22:07 -0500'),
    ('Message-ID', '<0fe4c8a2b7d14a3e95c1d8f6a2b0e7c4@mycusthelp.net>'),
    ('X-Mailer', 'GovQA Notification Service'),
], multipart('alternative', [text_part(txt), text_part(html, 'html', cte='quoted-printable')], boundary('022', 'gq')))

# 023 -- OpenRecords "submitted" for REQ-011 (DOC), plain inbox, number only in the HTML body
rid = 'FOIL-2026-072-08840'
inner = ('<p>Your request <a href="%s">%s</a> has been submitted to the <b>Department of Correction (DOC)</b>.</p>\n'
         '<p>You will receive an acknowledgment from the agency within 5 business days.</p>\n'
         '<p><b>Request Title:</b> Restrictive housing placements and lock-in hours<br><br>\n'
         '<b>Request Description:</b> Records showing, for each month from January 2025 to the present, the number of people '
         'placed in restrictive housing units (including the Enhanced Supervision Housing and Risk Management and Accountability '
         'System units), the length of each placement, and daily lock-in hours recorded for those units.<br><br>\n'
         '<b>Date Submitted:</b> Monday, October 5, 2026</p>\n'
         '<p>You can view the request and take any necessary action at the following webpage: '
         '<a href="%s">%s</a>.</p>') % (OR_URL % rid, rid, OR_URL % rid, OR_URL % rid)
write('023-nycor-submitted-doc-rh.eml', [
    ('From', 'NYC OpenRecords <donotreply@records.nyc.gov>'),
    ('To', INBOX),
    ('Subject', 'OpenRecords: Your request has been submitted'),
    ('Date', 'Mon, 05 Oct 2026 11:45:50 -0400'),
    ('Message-ID', '<177571235011.8840.2249061187@a860-openrecords.nyc.gov>'),
    ('X-Mailer', 'OpenRecords'),
], text_part(or_html(inner, rid), 'html', cte='quoted-printable'))

# 024 -- Boston ack for REQ-013, HTML-only, plain inbox
rid = 'R005871-100726'
html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">\n'
        '<p style="background:#091f2f;color:#fff;padding:8px"><b>CITY of BOSTON</b> &nbsp;Public Records Center</p>\n'
        '<p>Dear Records Desk,</p>\n<p>Thank you for contacting the City of Boston Public Records Center. Your public '
        'records request has been received and assigned reference number <b>%s</b>.</p>\n'
        '<p>Request received: 10/7/2026<br>Summary: Surveillance technology annual reports and City Council approvals '
        '(Surveillance Oversight and Information Sharing Ordinance)</p>\n'
        '<p>Under M.G.L. c. 66, &sect; 10, the City will respond to your request within ten (10) business days of receipt. '
        'If fees apply or additional time is needed, you will be notified in writing.</p>\n'
        '<p>To monitor the progress of your request, or to view messages and documents from the City, log in to the '
        '<a href="https://bostonma.govqa.us/WEBAPP/_rs/(S(kq3v0d2mfw1yx5hb4tpez0ra))/supporthome.aspx">Public Records Center</a>.</p>\n'
        '<p>Records Access Officer<br>City of Boston</p>\n</body></html>\n') % rid
write('024-boston-govqa-ack-html.eml', [
    ('From', 'City of Boston Public Records <bostonma@govqa.us>'),
    ('To', INBOX),
    ('Subject', 'City of Boston Public Records Request :: %s' % rid),
    ('Date', 'Wed, 07 Oct 2026 09:58:12 -0400'),
    ('Message-ID', '<20261007135812.1.4B8E2D07A1C9F360@notifications.govqa.us>'),
], text_part(html, 'html', cte='quoted-printable'))

# 025 -- USMS unusual-circumstances extension (+10 working days), plain text, no threading
write('025-usms-extension.eml', [
    ('From', '"Albright, Dwayne (USMS)" <usms.foia@usdoj.gov>'),
    ('To', plus(3)),
    ('Subject', '2026-USMS-003518 - Extension of Time'),
    ('Date', 'Wed, 07 Oct 2026 15:14:00 -0400'),
    ('Message-ID', '<BN8PR09MB5521D7F0A2E4C9B1305E8C6AD9C18@BN8PR09MB5521.namprd09.prod.outlook.com>'),
    ('Thread-Topic', '2026-USMS-003518 - Extension of Time'),
], text_part(
"""Re: FOIA Request No. 2026-USMS-003518

Dear Requester:

This concerns your Freedom of Information Act request received by the U.S.
Marshals Service on September 10, 2026, for use-of-force reports and task
force officer deputation records of the New York/New Jersey Regional Fugitive
Task Force.

Your request involves "unusual circumstances" within the meaning of
5 U.S.C. 552(a)(6)(B)(i)-(iii): responsive records must be searched for and
collected from the District of New Jersey, the Southern and Eastern Districts
of New York, and the Investigative Operations Division, and the records will
require consultation with other agencies having a substantial interest in
them. Accordingly, we are extending the time limit for responding to your
request by ten (10) working days, to October 23, 2026.

If you would like to narrow the scope of your request, or agree to an
alternative time frame for processing, please contact our FOIA Public
Liaison at (703) 740-3943. You may also contact the Office of Government
Information Services (OGIS) at the National Archives and Records
Administration for mediation services: ogis@nara.gov; 202-741-5770; toll
free 1-877-684-6448.

Sincerely,

Dwayne K. Albright
Government Information Specialist
FOIA/PA Unit, Office of General Counsel
U.S. Marshals Service
""", cte='7bit'))

# 026 -- Boston staff out-of-office to our reply accepting the fee (no number, no request id in headers)
write('026-boston-ooo.eml', [
    ('From', '"Pierre, Shauna" <Shauna.Pierre@boston.gov>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Automatic reply: Public records - payment sent'),
    ('Thread-Topic', 'Public records - payment sent'),
    ('Date', 'Thu, 08 Oct 2026 08:03:41 -0400'),
    ('Message-ID', '<DM6PR09MB4872A6E0F19C2D7B84E3A5C0D1F92@DM6PR09MB4872.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<out-4431pay.20261008.1@records.example.org>'),
    ('References', '<out-4431pay.20261008.1@records.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'Shauna.Pierre@boston.gov'),
], text_part(
"""Thank you for your email. I am out of the office through Tuesday, October 13
with limited access to email. For public records matters, please write to
publicrecords@boston.gov and a member of the Records Access Office will
assist you.

Shauna Pierre
Records Access Officer, Public Works Department
City of Boston
""", cte='7bit'))

# 027 -- OpenRecords: DOC added a note (content only on the portal) -> portal notice
rid = 'FOIL-2026-072-07715'
inner = ('<p>The <b>Department of Correction</b> has added a note to your FOIL request <a href="%s">%s</a>.</p>\n'
         '<p>To read the note, please visit <a href="%s">%s</a> and log in to your OpenRecords account.</p>') % (
         OR_URL % rid, rid, OR_URL % rid, rid)
write('027-nycor-doc-note-added.eml', [
    ('From', 'NYC OpenRecords <donotreply@records.nyc.gov>'),
    ('To', INBOX),
    ('Subject', 'OpenRecords: A note has been added to your request'),
    ('Date', 'Fri, 09 Oct 2026 13:36:29 -0400'),
    ('Message-ID', '<177610658912.7715.3398124460@a860-openrecords.nyc.gov>'),
    ('X-Mailer', 'OpenRecords'),
], text_part(or_html(inner, rid), 'html', cte='quoted-printable'))

# 028 -- Philadelphia: prepayment required (fees over $100), payment link; threaded
payurl = 'https://secure.phila.gov/PaymentCenter/RTK/Pay.aspx?ref=2026-RTK-01182&amt=152.50'
write('028-philly-fee-prepay.eml', [
    ('From', 'Right to Know <righttoknow@phila.gov>'),
    ('To', 'records+req-009@records.example.org'),
    ('Subject', 'RE: Right-to-Know Request: Philadelphia Police Department vehicle pursuit reports and pursuit policy reviews, 2024-2026'),
    ('Thread-Topic', 'Right-to-Know Request: Philadelphia Police Department vehicle pursuit reports and pursuit policy reviews, 2024-2026'),
    ('Date', 'Fri, 16 Oct 2026 11:05:00 -0400'),
    ('Message-ID', '<MN2PR09MB60837C2E91F4A0D5B36E8D1C4A5B3@MN2PR09MB6083.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<MN2PR09MB60831A4C7E2D9F03B5C81E6D9F207@MN2PR09MB6083.namprd09.prod.outlook.com>'),
    ('References', '<req-009.20260917.1@records.example.org> <MN2PR09MB6083F0D9C4B5E1A7D2C63B48E0A21@MN2PR09MB6083.namprd09.prod.outlook.com> <MN2PR09MB60831A4C7E2D9F03B5C81E6D9F207@MN2PR09MB6083.namprd09.prod.outlook.com>'),
], text_part(
"""RE: Right-to-Know Request No. 2026-RTK-01182

Dear Requester:

The Police Department has located approximately 610 pages of records
responsive to your request (pursuit reports and pursuit review memoranda).
Because the records require redaction they will be provided as redacted
copies, at the City's standard rate of $0.25 per page.

    610 pages x $0.25 = $152.50

Under Section 1307(h) of the Right-to-Know Law, the City requires prepayment
when the fees for a request are expected to exceed $100.00. Please remit
$152.50 before the records are released. You may pay online at

    %s

or by check payable to "City of Philadelphia" sent to the address below,
referencing the request number.

If you would prefer to narrow the request (for example, to the pursuit data
fields only, which can be produced as a single spreadsheet for $2.50), please
let us know by reply.

Gregory Mensah
Open Records Officer, City of Philadelphia
1515 Arch Street, 17th Floor, Philadelphia, PA 19102
""" % payurl, cte='7bit'))

# 029 -- SPD installment 1 of 3 released through NextRequest (staff message + documents)
n = '26-4471'
msg1 = ('Installment 1 of 3 is now available: 214 pages of Use of Force reports and crowd-control weapon deployment '
        'logs for January through May 2026. Names and identifying information of community members, and information '
        'about ongoing Force Investigation Team cases, are redacted under RCW 42.56.240(1) and (2); see the exemption '
        'log released with the records. We expect the next installment by November 20, 2026.')
html = nr_html(('<p>Documents have been released for request <a href="%s">#%s</a> by <b>Seattle Police Department</b>.</p>\n'
    '<ul><li>SPD_26-4471_Installment1_UOF_Reports.pdf</li><li>SPD_26-4471_Installment1_Exemption_Log.pdf</li></ul>\n'
    '<p><b>Message:</b></p><blockquote style="border-left:3px solid #ccc;padding-left:10px"><p>%s</p>'
    '<p>Kyle Brandvold<br>Public Disclosure Officer</p></blockquote>\n'
    '<p><a href="%s">View request and download documents</a></p>') % (NR_BASE % n, n, msg1, NR_BASE % n))
write('029-seattle-nr-spd-installment1.eml', [
    ('From', 'City of Seattle <seattle@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@mail.nextrequest.com'),
    ('To', plus(6)),
    ('Subject', '[City of Seattle] Documents released for request #%s' % n),
    ('Date', 'Fri, 16 Oct 2026 14:22:18 -0700'),
    ('Message-ID', '<67102a4a6b2f8_4b8a3fe1c2a0d1b4c71e@nextrequest-worker-5.mail>'),
] + nr_unsub('029'), text_part(html, 'html', cte='quoted-printable'))

# 030 -- NextRequest submitted for REQ-014 (SPD BWV), multipart, plain inbox
n = '26-5190'
txt = """City of Seattle

Your City of Seattle public records request #%s has been submitted.

Request:
Public Records Request: SPD body-worn video retention schedules and deletion
audits. The retention schedule(s) SPD applies to body-worn video, records of
deletions of body-worn video from the evidence management system, and any
audit of body-worn video retention or deletion, 2024-2026.

Received: October 19, 2026 via email
Departments: Police Department

The City will respond within five business days as required by RCW
42.56.520. You will receive an email whenever there is activity on your
request.

View request: %s

Please do not reply to this email; replies are not monitored.
Powered by NextRequest
""" % (n, NR_BASE % n)
html = nr_html(('<h3>Your City of Seattle public records request #%s has been submitted.</h3>\n'
    '<p><b>Request:</b><br>Public Records Request: SPD body-worn video retention schedules and deletion audits. The retention '
    'schedule(s) SPD applies to body-worn video, records of deletions of body-worn video from the evidence management system, and '
    'any audit of body-worn video retention or deletion, 2024-2026.</p>\n<p><b>Received:</b> October 19, 2026 via email<br>'
    '<b>Departments:</b> Police Department</p>\n<p>The City will respond within five business days as required by RCW 42.56.520. '
    'You will receive an email whenever there is activity on your request.</p>\n<p><a href="%s">View request</a></p>') % (n, NR_BASE % n))
write('030-seattle-nr-submitted-spd-bwv.eml', [
    ('From', 'City of Seattle <seattle@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@mail.nextrequest.com'),
    ('To', INBOX),
    ('Subject', 'Your City of Seattle public records request #%s has been submitted' % n),
    ('Date', 'Mon, 19 Oct 2026 08:49:03 -0700'),
    ('Message-ID', '<6713d5cf0e4a7_7c4e3fd9a1c8b0e4a2f3@nextrequest-worker-1.mail>'),
] + nr_unsub('030'), multipart('alternative', [text_part(txt), text_part(html, 'html')], boundary('030')))

# 031 -- Exchange NDR: our REQ-015 request's cc to a retired L&I mailbox bounced
bnd = boundary('031', 'ms')
ndr_txt = """Your message to LI.OpenRecords@phila.gov couldn't be delivered.

LI.OpenRecords wasn't found at phila.gov.

Records Desk    Office 365    LI.OpenRecords
Action Required               Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact the recipient by some
  other means.

Diagnostic information for administrators:
Generating server: PH0PR09MB7512.namprd09.prod.outlook.com
LI.OpenRecords@phila.gov
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
status = """Reporting-MTA: dns;PH0PR09MB7512.namprd09.prod.outlook.com
Received-From-MTA: dns;mx1.records.example.org
Arrival-Date: Tue, 20 Oct 2026 13:14:22 +0000

Final-Recipient: rfc822;LI.OpenRecords@phila.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
orig = """From: Records Desk <records@records.example.org>
To: Right to Know <righttoknow@phila.gov>
CC: LI.OpenRecords@phila.gov
Reply-To: records+req-015@records.example.org
Subject: Right-to-Know Request: Philadelphia L&I imminently dangerous property demolition records, 2025-2026
Date: Tue, 20 Oct 2026 09:14:15 -0400
Message-ID: <req-015.20261020.1@records.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
part = multipart('report', [
    text_part(ndr_txt),
    'Content-Type: message/delivery-status\n\n' + status,
    'Content-Type: text/rfc822-headers\n\n' + orig,
], bnd, params='; report-type=delivery-status')
write('031-bounce-phila-ndr.eml', [
    ('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@phila.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Undeliverable: Right-to-Know Request: Philadelphia L&I imminently dangerous property demolition records, 2025-2026'),
    ('Date', 'Tue, 20 Oct 2026 09:14:27 -0400'),
    ('Message-ID', '<0f7c3a9e1d5b4e2a8c6f0b3d9e1a7c52@PH0PR09MB7512.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<req-015.20261020.1@records.example.org>'),
    ('References', '<req-015.20261020.1@records.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
    ('X-MS-Exchange-Message-Is-Ndr', ''),
], part)

# 032 -- Philadelphia ack for REQ-015 arriving through our Google Group collaborative inbox
write('032-philly-rtk-ack-ggroup.eml', [
    ('From', '"\'Right to Know\' via Records Desk" <records@records.example.org>'),
    ('Reply-To', 'Right to Know <righttoknow@phila.gov>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Right-to-Know Request 2026-RTK-01390 - Acknowledgment'),
    ('Date', 'Tue, 20 Oct 2026 14:31:00 -0400'),
    ('Message-ID', '<PH0PR09MB75128A1D3C6E0F42B9D7E5C1F3A08@PH0PR09MB7512.namprd09.prod.outlook.com>'),
    ('X-Original-Sender', 'righttoknow@phila.gov'),
    ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@phila.gov; spf=pass smtp.mailfrom=righttoknow@phila.gov; dmarc=pass (p=QUARANTINE) header.from=phila.gov'),
    ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
    ('List-ID', '<records.records.example.org>'),
    ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>'),
    ('List-Help', '<https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, <mailto:records+help@records.example.org>'),
    ('X-Spam-Checked-In-Group', 'records@records.example.org'),
    ('Precedence', 'list'),
], text_part(
"""Good afternoon,

The City of Philadelphia Right-to-Know Office received your request under
the Pennsylvania Right-to-Know Law on Tuesday, October 20, 2026. It has been
assigned number 2026-RTK-01390 and referred to the Open Records Officer for
the Department of Licenses and Inspections (L&I), who will respond to you.

Request as received:
  Records of emergency demolitions of properties designated Imminently
  Dangerous, January 2025 to present: demolition contractor invoices, cost
  recovery liens or bills issued to owners, and any list of properties
  demolished under the emergency procedure.

Please note that your email was also addressed to LI.OpenRecords@phila.gov,
which is no longer in use. All L&I requests should be sent to this office.

Under Section 901 of the Law, the City will respond within five (5) business
days of receipt unless additional time is required under Section 902.

Right-to-Know Office
City of Philadelphia Law Department

--
You received this message because you are subscribed to the Google Groups "Records Desk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@records.example.org.
""", cte='quoted-printable'))

# 033 -- Boston law department staff, own address, Safe Links, first batch (interim) with estimate
u_sp = safelink('https://bostongov.sharepoint.com/:f:/s/LawDept-PublicRecords/EgR5871xYz2026_SurveillanceOrdinance?e=Qm4kTz', '033a')
u_pg = safelink('https://www.boston.gov/departments/innovation-and-technology/surveillance-oversight', '033b')
txt = """Hello,

I'm writing about your public records request R005871-100726 (surveillance
technology annual reports and approvals).

I've uploaded a first batch of records to the folder below:

  - Annual Surveillance Reports submitted to the City Council for 2024 and
    2025 (two reports, 46 pages total); and
  - the Council's orders approving the surveillance use policies for the
    ALPR, ShotSpotter replacement pilot and drone programs.

%s

The public versions of several of these are also posted here:
%s

I'm still collecting the department submissions and the Council committee
correspondence. I expect to send the rest by November 20, 2026. Nothing has
been withheld from this batch.

Thanks,

Declan Moriarty
Assistant Corporation Counsel / Records Access Officer
City of Boston Law Department
One City Hall Square, Room 615, Boston, MA 02201
""" % (u_sp, u_pg)
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        '<div style="font-family:Aptos,Calibri,Arial,sans-serif;font-size:12pt">\n<p>Hello,</p>\n'
        '<p>I&#8217;m writing about your public records request R005871-100726 (surveillance technology annual reports and approvals).</p>\n'
        '<p>I&#8217;ve uploaded a first batch of records to <a href="%s" originalsrc="https://bostongov.sharepoint.com/:f:/s/LawDept-PublicRecords/EgR5871xYz2026_SurveillanceOrdinance?e=Qm4kTz" shash="a">this folder</a>:</p>\n'
        '<ul><li>Annual Surveillance Reports submitted to the City Council for 2024 and 2025 (two reports, 46 pages total); and</li>\n'
        '<li>the Council&#8217;s orders approving the surveillance use policies for the ALPR, ShotSpotter replacement pilot and drone programs.</li></ul>\n'
        '<p>The public versions of several of these are also posted <a href="%s" originalsrc="https://www.boston.gov/departments/innovation-and-technology/surveillance-oversight" shash="b">here</a>.</p>\n'
        '<p>I&#8217;m still collecting the department submissions and the Council committee correspondence. I expect to send the rest by '
        'November 20, 2026. Nothing has been withheld from this batch.</p>\n<p>Thanks,</p>\n'
        '<p>Declan Moriarty<br>Assistant Corporation Counsel / Records Access Officer<br>City of Boston Law Department<br>'
        'One City Hall Square, Room 615, Boston, MA 02201</p>\n</div></body></html>\n') % (u_sp.replace('&', '&amp;'), u_pg.replace('&', '&amp;'))
write('033-boston-staff-interim-safelinks.eml', [
    ('From', '"Moriarty, Declan" <Declan.Moriarty@boston.gov>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Surveillance ordinance records - first batch'),
    ('Thread-Topic', 'Surveillance ordinance records - first batch'),
    ('Thread-Index', 'AdtTnE8uF3k0kY2bRr6oJ4m2cVq1xg=='),
    ('Date', 'Wed, 21 Oct 2026 16:02:44 -0400'),
    ('Message-ID', '<DM6PR09MB48720E5B3A9C1D7F26B4E8A0C5D17@DM6PR09MB4872.namprd09.prod.outlook.com>'),
    ('Accept-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('x-ms-exchange-atpmessageproperties', 'SA|SL'),
], multipart('alternative', [text_part(txt, cte='quoted-printable'), text_part(html, 'html', cte='quoted-printable')], boundary('033', 'ms')))

# 034 -- NextRequest due date changed for the SDOT request; HTML-only; department only in HTML
n = '26-4472'
html = nr_html(('<p>The due date for your request <a href="%s">#%s</a> (<b>Seattle Department of Transportation</b>) has been changed.</p>\n'
    '<p style="font-size:16px">The due date for your request has been changed to <b>December 18, 2026</b>.</p>\n'
    '<p><b>Reason:</b> Additional time is needed to give third-party notice to the camera vendor under RCW 42.56.540 before the '
    'contract pricing exhibits are released.</p>\n<p><a href="%s">View request</a></p>') % (NR_BASE % n, n, NR_BASE % n))
write('034-seattle-nr-duedate-sdot-html.eml', [
    ('From', 'City of Seattle <seattle@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@mail.nextrequest.com'),
    ('To', INBOX),
    ('Subject', '[City of Seattle] Request #%s: due date changed' % n),
    ('Date', 'Thu, 22 Oct 2026 10:11:36 -0700'),
    ('Message-ID', '<6717dc08c3d51_1d9e3fb07a6c8e2c7e40@nextrequest-worker-4.mail>'),
] + nr_unsub('034'), text_part(html, 'html', cte='quoted-printable'))

# 035 -- our reply to the NextRequest no-reply address bounced (Postfix DSN from our own MTA)
bnd = '4gZ7mK0x2Qp1.1792763258/mx1.records.example.org'
orig = """Return-Path: <records@records.example.org>
Received: from desk-17.records.example.org (desk-17.records.example.org [10.4.0.17])
	by mx1.records.example.org (Postfix) with ESMTPSA id 4gZ7mK0x2Qp1
	for <no-reply@mail.nextrequest.com>; Fri, 23 Oct 2026 09:40:55 -0400 (EDT)
From: Records Desk <records@records.example.org>
To: no-reply@mail.nextrequest.com
Subject: Re: [City of Seattle] Request #26-4472: due date changed
Date: Fri, 23 Oct 2026 09:40:51 -0400
Message-ID: <out-4472-dd.20261023.1@records.example.org>
In-Reply-To: <6717dc08c3d51_1d9e3fb07a6c8e2c7e40@nextrequest-worker-4.mail>
References: <6717dc08c3d51_1d9e3fb07a6c8e2c7e40@nextrequest-worker-4.mail>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
part = multipart('report', [
    text_part("""This is the mail system at host mx1.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<no-reply@mail.nextrequest.com>: host mx.sendgrid.net[167.89.123.58] said: 550
    5.7.1 This mailbox does not accept incoming mail. Please use the request
    page to contact the agency. (in reply to RCPT TO command)
""", extra='Content-Description: Notification\n'),
    'Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + """Reporting-MTA: dns; mx1.records.example.org
X-Postfix-Queue-ID: 4gZ7mK0x2Qp1
X-Postfix-Sender: rfc822; records@records.example.org
Arrival-Date: Fri, 23 Oct 2026 09:40:55 -0400 (EDT)

Final-Recipient: rfc822; no-reply@mail.nextrequest.com
Original-Recipient: rfc822;no-reply@mail.nextrequest.com
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.sendgrid.net
Diagnostic-Code: smtp; 550 5.7.1 This mailbox does not accept incoming mail.
    Please use the request page to contact the agency.
""",
    'Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n' + orig,
], bnd, params='; report-type=delivery-status')
write('035-bounce-nextrequest-noreply.eml', [
    ('From', 'MAILER-DAEMON@mx1.records.example.org (Mail Delivery System)'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Date', 'Fri, 23 Oct 2026 09:40:58 -0400'),
    ('Message-ID', '<20261023134058.9B21C4E0F7@mx1.records.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
], part)

# 036 -- Philadelphia final response, granted in part / denied in part, letter only in PDF
pdf = make_pdf(wrap_lines([
    'CITY OF PHILADELPHIA', 'LAW DEPARTMENT - RIGHT-TO-KNOW OFFICE', '1515 Arch Street, 17th Floor, Philadelphia, PA 19102', '',
    'October 26, 2026', '', 'Via electronic mail: records+req-009@records.example.org', '',
    'Re: Right-to-Know Request No. 2026-RTK-01182 - FINAL RESPONSE', '',
    'Dear Requester:', '',
    'This is the City of Philadelphia\'s final response to your request under the Right-to-Know Law ("RTKL"), 65 P.S. '
    '67.101 et seq., received September 18, 2026, for Philadelphia Police Department vehicle pursuit reports and '
    'pursuit policy reviews for 2024 through 2026. Your payment of $152.50 was received on October 19, 2026.', '',
    'Your request is GRANTED IN PART and DENIED IN PART.', '',
    'Records provided: (1) the pursuit data extract for January 1, 2024 through September 17, 2026 (1,384 pursuits), with '
    'the names of involved civilians and the exact block location of each pursuit termination redacted; and (2) 41 '
    'pursuit review memoranda for pursuits whose associated investigations are closed, with redactions of personal '
    'identification information under RTKL Section 708(b)(6).', '',
    'Records withheld: 37 pursuit review memoranda and the related Accident Investigation District files concern '
    'incidents that remain the subject of open criminal investigations. These are criminal investigative records '
    'exempt under RTKL Section 708(b)(16) and are protected from disclosure by the Criminal History Record Information '
    'Act, 18 Pa.C.S. 9106(c)(4). The Department has also redacted investigative information from the pursuit '
    'data extract under the same provisions.', '',
    'You have a right to appeal this partial denial in writing to the Pennsylvania Office of Open Records, 333 Market '
    'Street, 16th Floor, Harrisburg, PA 17101-2234, within fifteen (15) business days of the mailing date of this '
    'response, in accordance with Section 1101 of the RTKL. Your appeal must include a copy of your request and this '
    'response and must state the grounds on which you assert the records are public. More information is available '
    'at openrecords.pa.gov.', '',
    'Sincerely,', '', 'Gregory Mensah', 'Open Records Officer', 'City of Philadelphia',
]), '2026-RTK-01182 Final Response')
write('036-philly-final-partial-pdf.eml', [
    ('From', 'Right to Know <righttoknow@phila.gov>'),
    ('To', 'records+req-009@records.example.org'),
    ('Subject', 'Final Response - Right-to-Know Request'),
    ('Date', 'Mon, 26 Oct 2026 16:40:00 -0400'),
    ('Message-ID', '<MN2PR09MB6083B4F21C0D7E9A35D6C8E1F0B94@MN2PR09MB6083.namprd09.prod.outlook.com>'),
    ('X-MS-Has-Attach', 'yes'),
], multipart('mixed', [text_part(
"""Good afternoon,

Please find attached the City's final response to your Right-to-Know request,
together with the responsive records (two files). Please let us know if you
have any trouble opening the attachments.

Right-to-Know Office
City of Philadelphia
""", cte='7bit'),
    attachment('2026-RTK-01182 Final Response Letter.pdf', pdf),
    attachment('Pursuit_Data_2024-2026_redacted.csv',
               'pursuit_id,date,district,initiating_reason,terminated_by,injuries,review_status\n'
               'P24-0001,2024-01-02,25,stolen vehicle,voluntary stop,0,closed\n'
               'P24-0002,2024-01-03,15,traffic violation,supervisor termination,0,closed\n'
               'P24-0003,2024-01-05,39,[REDACTED 708(b)(16)],collision,1,open\n'
               '...\n', 'text/csv'),
], boundary('036', 'ms')))

# 037 -- L&I Open Records Officer: 30-day extension, windows-1252 body with section signs
txt = """RE: Right-to-Know Request 2026-RTK-01390 \u2013 Interim Response

Dear Requester,

The Department of Licenses and Inspections received your request, referred
by the City\u2019s Right-to-Know Office, on October 20, 2026.

Pursuant to \u00a7 902(b) of the Right-to-Know Law, L&I needs up to thirty (30)
additional days to respond because the records, if they exist, are held
at a remote location (the Demolition Unit\u2019s contract files at 1401 JFK
Blvd.) and a legal review is necessary to determine whether any records are
subject to access under the Law.

You can expect a response on or before November 30, 2026.

Angela DiNardo
Open Records Officer
Department of Licenses and Inspections
City of Philadelphia
"""
write('037-philly-li-extension.eml', [
    ('From', '"DiNardo, Angela" <Angela.DiNardo@phila.gov>'),
    ('To', 'records+req-015@records.example.org'),
    ('Subject', '=?windows-1252?Q?2026-RTK-01390_=96_Interim_Response?='),
    ('Date', 'Tue, 27 Oct 2026 10:25:00 -0400'),
    ('Message-ID', '<PH0PR09MB7512F3B6D0A2C49E17D5B8A3E6C21@PH0PR09MB7512.namprd09.prod.outlook.com>'),
    ('Thread-Topic', '2026-RTK-01390 - Interim Response'),
], 'Content-Type: text/plain; charset="windows-1252"\nContent-Transfer-Encoding: quoted-printable\n\n' +
   quopri.encodestring(txt.encode('cp1252')).decode('ascii') + '\n')

# 038 -- USMS acknowledgment for the second request (REQ-016), letter in body, received Oct 14, plain inbox
write('038-usms-ack-second.eml', [
    ('From', 'USMS FOIA <usms.foia@usdoj.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'FOIA Request 2026-USMS-004102'),
    ('Date', 'Tue, 27 Oct 2026 14:02:00 -0400'),
    ('Message-ID', '<BN8PR09MB55216C1A9D4E7F20B8E3D5C7A1F64@BN8PR09MB5521.namprd09.prod.outlook.com>'),
], text_part(
"""U.S. Department of Justice
United States Marshals Service
Office of General Counsel - FOIA/PA Unit

October 27, 2026

Re: Freedom of Information Act Request No. 2026-USMS-004102

Dear Requester:

This acknowledges receipt of your Freedom of Information Act request dated
October 13, 2026, which was received by this office on October 14, 2026.
You requested copies of intergovernmental agreements, detention services
agreements and related modifications under which the USMS houses federal
prisoners in facilities operated by the New York City Department of
Correction.

Your request has been assigned the number above; please use it in any
correspondence. We have referred the search to the Prisoner Operations
Division. We will respond within the time permitted by 5 U.S.C.
552(a)(6)(A)(i), or notify you if unusual circumstances require additional
time.

For assistance, you may contact our FOIA Public Liaison at (703) 740-3943.

Sincerely,

FOIA/PA Unit
Office of General Counsel
U.S. Marshals Service
""", cte='7bit'))

# 039 -- OpenRecords: DOC released files, installment 1 of 4 (records_interim), HTML-only
rid = 'FOIL-2026-072-07715'
fl = 'https://a860-openrecords.nyc.gov/response/%s' % '4f1b27c9'
inner = ('<p>The <b>Department of Correction</b> has responded to your FOIL request <a href="%s">%s</a> with the following file(s):</p>\n'
         '<ul><li style="list-style:none">Installment 1 of 4 &ndash; UOF incident reports and preliminary reviews, RNDC and EMTC, '
         'January&ndash;March 2025: <a href="%s">FOIL-2026-072-07715_Installment_1.pdf</a></li></ul>\n'
         '<p>Additional Information:<br>As agreed in our September correspondence, the Department is producing the Use of Force '
         'Incident Report and preliminary review for each incident at RNDC and EMTC, in four installments. Names of incarcerated '
         'individuals and staff below the rank of captain are redacted under Public Officers Law &sect; 87(2)(b) and (f). '
         'The next installment will follow in approximately 30 days.</p>\n'
         '<p>These links will be valid until Wednesday, December 2, 2026. These records will not be publicly available.</p>\n'
         '<p>Please visit <a href="%s">%s</a> to view additional information and take any necessary action.</p>') % (
         OR_URL % rid, rid, fl, OR_URL % rid, rid)
write('039-nycor-doc-files-installment1.eml', [
    ('From', 'NYC OpenRecords <donotreply@records.nyc.gov>'),
    ('To', INBOX),
    ('Subject', 'OpenRecords Request %s: Response Added' % rid),
    ('Date', 'Mon, 02 Nov 2026 12:30:15 -0500'),
    ('Message-ID', '<177810061503.7715.7723019846@a860-openrecords.nyc.gov>'),
    ('X-Mailer', 'OpenRecords'),
], text_part(or_html(inner, rid), 'html', cte='quoted-printable'))

# 040 -- USMS fee estimate (duplication beyond 100 pages), agree within 30 days
write('040-usms-fee-estimate.eml', [
    ('From', '"Albright, Dwayne (USMS)" <usms.foia@usdoj.gov>'),
    ('To', plus(3)),
    ('Subject', '2026-USMS-003518 - Fee Notification'),
    ('Date', 'Wed, 04 Nov 2026 10:44:00 -0500'),
    ('Message-ID', '<BN8PR09MB5521E2F07B1C4D93A6E0C8B5D2A71@BN8PR09MB5521.namprd09.prod.outlook.com>'),
    ('Thread-Topic', '2026-USMS-003518 - Fee Notification'),
], text_part(
"""Re: FOIA Request No. 2026-USMS-003518

Dear Requester:

The districts have completed their searches for records responsive to your
request. Approximately 1,140 pages of potentially responsive records were
located, most of which exist only on paper in the district offices.

As a representative of the news media you are not charged search or review
fees, and the first 100 pages of duplication are provided without charge
(28 C.F.R. 16.10). Duplication of the remaining pages is charged at $0.10
per page:

    1,040 pages x $0.10 = $104.00 (estimated)

Because the anticipated fees exceed $25.00, we require your written
agreement to pay fees up to this amount before we continue processing
(28 C.F.R. 16.10(e)). The actual fee may be lower if pages are withheld in
full or referred. Please do not send payment now; you will be billed when
the records are released.

If we do not receive your agreement, or a narrowed request, within thirty
(30) days of the date of this letter, we will assume you are no longer
interested and will administratively close your request.

Dwayne K. Albright
Government Information Specialist
FOIA/PA Unit, Office of General Counsel
U.S. Marshals Service
""", cte='7bit'))
