"""Messages 001-010 (September 2026)."""
from common import *

# 001 Duval auto-reply to REQ-001
write('001-duval-autoreply.eml', plain([
    ('From', 'DCPS Office of Public Records <publicrecords@duvalschools.org>'),
    ('To', plus(1)),
    ('Subject', 'Automatic reply: Public Records Request: School security services contracts, guardian program and armed-guard vendors, 2023-2026'),
    ('Date', 'Tue, 08 Sep 2026 16:40:12 -0400'),
    ('Message-ID', mid('001', 'DM6PR12MB4410.namprd12.prod.outlook.com')),
    ('In-Reply-To', req_mid(1, '2026-09-08')),
    ('References', req_mid(1, '2026-09-08')),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
] + OUTLOOK('001'), """
Thank you for contacting the Duval County Public Schools Office of Public Records.

This mailbox is monitored Monday through Friday, 8:00 a.m. to 4:30 p.m. Your email
has been received and will be reviewed and logged in the order it was received. You
will receive a separate message with your request number once it has been entered.

Requests for student records of your own child should be directed to the school
your child attends. Requests for employment verification should be sent to
Human Resources Services.

This is an automated message. Please do not reply.
"""))

# 002 Duval acknowledgment REQ-001
write('002-duval-ack-security.eml', plain([
    ('From', 'Tameka Holloway <hollowayt@duvalschools.org>'),
    ('To', plus(1)),
    ('Cc', 'DCPS Office of Public Records <publicrecords@duvalschools.org>'),
    ('Subject', 'RE: Public Records Request: School security services contracts, guardian program and armed-guard vendors, 2023-2026'),
    ('Date', 'Wed, 09 Sep 2026 10:12:44 -0400'),
    ('Message-ID', mid('002', 'DM6PR12MB4410.namprd12.prod.outlook.com')),
    ('In-Reply-To', req_mid(1, '2026-09-08')),
    ('References', req_mid(1, '2026-09-08')),
] + OUTLOOK('002'), """
Good morning,

The Office of Public Records has received your public records request dated
September 8, 2026 and it has been assigned number PRR 26-0418. Please reference
this number in all future correspondence.

Your request has been forwarded to the Office of School Safety and Security and
to Procurement Services to identify responsive records. Once the departments have
completed their review we will contact you with either the records or a cost
estimate, if one applies.

Please be advised that pursuant to Section 119.07(4)(d), Florida Statutes, a
special service charge may be assessed if the nature or volume of the records
requires extensive use of information technology resources or extensive
clerical or supervisory assistance.

Respectfully,

Tameka Holloway
Public Records Specialist
Office of Public Records | Duval County Public Schools
1701 Prudential Drive, Jacksonville, FL 32207
(904) 390-2000

Florida has a very broad public records law. Most written communications to or
from school district officials are public records available to the public and
media upon request. Your email communications may be subject to public disclosure.
"""))

# 003 Duval acknowledgment REQ-002 (HTML only, no threading headers)
write('003-duval-ack-books-html.eml', html_only([
    ('From', 'DCPS Office of Public Records <publicrecords@duvalschools.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'PRR 26-0419 - Acknowledgment'),
    ('Date', 'Wed, 09 Sep 2026 10:19:03 -0400'),
    ('Message-ID', mid('003', 'DM6PR12MB4410.namprd12.prod.outlook.com')),
] + OUTLOOK('003'), """
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Your public records request received on 09/08/2026 has been logged as <b>PRR 26-0419</b>.</p>
<p><u>Request as received:</u><br>
<i>&ldquo;All objection forms (Form 6.01 or equivalent) filed against library or instructional materials,
the minutes and decisions of the school-level and district reconsideration committees, and lists of titles
removed or restricted, from January 1, 2024 to present.&rdquo;</i></p>
<p>The request has been routed to Library Media Services and Teaching &amp; Learning. We will be in touch.</p>
<p>Respectfully,<br>Tameka Holloway<br>Public Records Specialist<br>Office of Public Records | Duval County Public Schools</p>
<p style="font-size:8pt;color:#666">Under Florida law, e-mail addresses are public records. If you do not want your
e-mail address released in response to a public records request, do not send electronic mail to this entity.</p>
</div></body></html>
"""))

# 004 newsletter, belongs to no request
write('004-newsletter-null.eml', alt([
    ('From', 'K-12 Policy Dispatch <newsletter@k12policydispatch.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'This week: book-challenge laws, SRO staffing, and the FERPA question nobody can answer'),
    ('Date', 'Thu, 10 Sep 2026 07:00:00 -0400'),
    ('Message-ID', mid('004', 'mail.k12policydispatch.com')),
    ('List-Unsubscribe', '<https://k12policydispatch.com/u/8f2a61>'),
    ('Precedence', 'bulk'),
], """
K-12 POLICY DISPATCH - Week of September 7, 2026

1. Book challenges: three Southeastern states revise reconsideration rules
   Florida's State Board updates the objection form; South Carolina's
   Regulation 43-170 appeals keep climbing.

2. School security: districts rebid armed-guard and weapons-screening contracts
   after a year of mixed results.

3. Records requests and FERPA: when does a redaction become a denial?
   Our explainer on what districts may (and may not) withhold.

Read online: https://k12policydispatch.com/issues/2026-09-10
You are receiving this because you subscribed at k12policydispatch.com.
Unsubscribe: https://k12policydispatch.com/u/8f2a61
""", """
<html><body style="font-family:Georgia,serif;max-width:620px">
<h2 style="color:#14365d">K-12 Policy Dispatch</h2><p><i>Week of September 7, 2026</i></p>
<h3>1. Book challenges: three Southeastern states revise reconsideration rules</h3>
<p>Florida's State Board updates the objection form; South Carolina's Regulation 43-170 appeals keep climbing.</p>
<h3>2. School security: districts rebid armed-guard and weapons-screening contracts</h3>
<p>After a year of mixed results, several districts are back on the market.</p>
<h3>3. Records requests and FERPA: when does a redaction become a denial?</h3>
<p>Our explainer on what districts may (and may not) withhold.</p>
<p><a href="https://k12policydispatch.com/issues/2026-09-10">Read online</a> |
<a href="https://k12policydispatch.com/u/8f2a61">Unsubscribe</a></p>
</body></html>
"""))

# 005 Polk NextRequest acknowledgment (shared NextRequest sender)
write('005-polk-nextrequest-ack.eml', alt([
    ('From', 'Polk County Public Schools <noreply@nextrequest.com>'),
    ('To', plus(3)),
    ('Subject', '[Records Request 26-1187] has been submitted'),
    ('Date', 'Thu, 10 Sep 2026 14:03:27 -0400'),
    ('Message-ID', mid('005', 'nextrequest.com')),
], """
Polk County Public Schools

Your record request 26-1187 has been submitted.

Request:
Student discipline data (office referrals, in-school and out-of-school
suspensions, expulsions) by school and by student demographic group, school
years 2023-24 through 2025-26.

You will be notified by email when there are updates to your request.
You can view the request and any documents at:
https://polkschoolsfl.nextrequest.com/requests/26-1187

Questions? Reply through the portal; this mailbox is not monitored.
""", """
<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:18px">
<p style="font-size:18px"><b>Polk County Public Schools</b></p>
<p>Your record request <a href="https://polkschoolsfl.nextrequest.com/requests/26-1187">26-1187</a> has been submitted.</p>
<p style="background:#f5f5f5;padding:8px"><b>Request:</b><br>Student discipline data (office referrals, in-school and out-of-school
suspensions, expulsions) by school and by student demographic group, school years 2023-24 through 2025-26.</p>
<p>You will be notified by email when there are updates to your request.</p>
<p style="font-size:11px;color:#888">Questions? Reply through the portal; this mailbox is not monitored. Powered by NextRequest.</p>
</div></body></html>
"""))

# 006 Bounce: our REQ-004 email to a retired FDOE address (Exchange NDR with embedded headers)
write('006-bounce-fldoe-ndr.eml', hdrs([
    ('From', 'Microsoft Outlook <postmaster@fldoe.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Undeliverable: Public Records Request: Complaints received by the Department about district curriculum and instructional materials, 2024-2026'),
    ('Date', 'Mon, 14 Sep 2026 09:02:51 -0400'),
    ('Message-ID', mid('006', 'BN8PR09MB3571.namprd09.prod.outlook.com')),
    ('Auto-Submitted', 'auto-replied'),
]) + """MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="=_ndr_6"

--=_ndr_6
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Your message to PRRequests@fldoe.org couldn't be delivered.

PRRequests wasn't found at fldoe.org.

Action Required: Recipient - Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact the recipient by some other means.

Diagnostic information for administrators:
Generating server: BN8PR09MB3571.namprd09.prod.outlook.com
PRRequests@fldoe.org
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--=_ndr_6
Content-Type: message/delivery-status

Reporting-MTA: dns;BN8PR09MB3571.namprd09.prod.outlook.com
Received-From-MTA: dns;mail.records.example.org
Arrival-Date: Mon, 14 Sep 2026 13:02:47 +0000

Final-Recipient: rfc822;PRRequests@fldoe.org
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--=_ndr_6
Content-Type: text/rfc822-headers

From: Records Desk <records@records.example.org>
Reply-To: records+req-004@records.example.org
To: PublicRecords@fldoe.org
Cc: PRRequests@fldoe.org
Subject: Public Records Request: Complaints received by the Department about district curriculum and instructional materials, 2024-2026
Date: Mon, 14 Sep 2026 09:02:40 -0400
Message-ID: <req-004.20260914.1@records.example.org>

--=_ndr_6--
""")

# 007 Polk clarification via NextRequest
write('007-polk-nextrequest-clarify.eml', alt([
    ('From', 'Polk County Public Schools <noreply@nextrequest.com>'),
    ('To', plus(3)),
    ('Subject', '[Records Request 26-1187] Message from Polk County Public Schools'),
    ('Date', 'Mon, 14 Sep 2026 15:30:09 -0400'),
    ('Message-ID', mid('007', 'nextrequest.com')),
], """
A message was added to record request 26-1187:

"Good afternoon. Before we can run this report, please clarify two points.
(1) Are you requesting aggregate counts only? Student-level rows, even
without names, are education records protected by FERPA and s. 1002.22,
F.S., and would not be released. (2) For 'demographic group,' do you want
the state reporting categories (race/ethnicity, sex, ESE, ELL) or something
else? We will hold the request until we hear from you.
- Dana Whitcomb, Records Management"

View the request: https://polkschoolsfl.nextrequest.com/requests/26-1187
""", """
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>A message was added to record request <a href="https://polkschoolsfl.nextrequest.com/requests/26-1187">26-1187</a>:</p>
<blockquote style="border-left:3px solid #2a6ebb;padding-left:10px">Good afternoon. Before we can run this report, please clarify two points.
(1) Are you requesting aggregate counts only? Student-level rows, even without names, are education records protected by FERPA and
s. 1002.22, F.S., and would not be released. (2) For &lsquo;demographic group,&rsquo; do you want the state reporting categories
(race/ethnicity, sex, ESE, ELL) or something else? We will hold the request until we hear from you.<br>&ndash; Dana Whitcomb, Records Management</blockquote>
<p style="font-size:11px;color:#888">Powered by NextRequest</p></body></html>
"""))

# 008 EdVantage (management company) refuses: not subject to Chapter 119; quotes our request
REQ6 = """Under Chapter 119, Florida Statutes, I request copies of the following records
relating to Sunrise Coast Charter Academies:
1. Invoices for management fees billed to Sunrise Coast, July 2024 to present;
2. Any subcontract for student transportation (bus service), and vendor
   performance complaints about that subcontractor;
3. Communications with the Sunrise Coast governing board about transportation.
EdVantage performs services on behalf of a public charter school; see
News & Sun-Sentinel Co. v. Schwab, Twitty & Hanser Architectural Group, 596
So. 2d 1029 (Fla. 1992).
Records Desk"""
write('008-edvantage-not-subject.eml', plain([
    ('From', 'Brenda Castellanos <bcastellanos@edvantageschools.com>'),
    ('To', 'Records Desk <%s>' % plus(6)),
    ('Subject', 'RE: Public Records Request: Sunrise Coast Charter Academies management fees, transportation subcontracts and related records'),
    ('Date', 'Wed, 16 Sep 2026 11:45:30 -0400'),
    ('Message-ID', mid('008', 'edvantageschools.com')),
    ('In-Reply-To', req_mid(6, '2026-09-15')),
    ('References', req_mid(6, '2026-09-15')),
], """
Good morning,

I am writing on behalf of the Legal Department of EdVantage Schools Management,
LLC in response to your email below.

EdVantage is a private Florida limited liability company. It is not an "agency"
as defined in section 119.011(2), Florida Statutes, and it does not maintain
public records for Sunrise Coast Charter Academies. Invoices, subcontracts and
internal communications of EdVantage are proprietary business records of a
private entity and are not subject to Chapter 119. We therefore decline to
produce records in response to your request.

To the extent you seek records of the school, please direct your request to the
governing board of Sunrise Coast Charter Academies, Inc., which is the public
charter school's records custodian: board@sunrisecoastcharter.org.

This response is not a waiver of any position EdVantage may take.

Brenda Castellanos
Senior Paralegal, Legal Department
EdVantage Schools Management, LLC
Fort Lauderdale, Florida

-----Original Message-----
From: Records Desk <records@records.example.org>
Sent: Tuesday, September 15, 2026 9:14 AM
To: legal@edvantageschools.com
Subject: Public Records Request: Sunrise Coast Charter Academies management fees, transportation subcontracts and related records

""" + quote(REQ6)))

# 009 Cobb acknowledgment REQ-007 (Outlook)
write('009-cobb-ack-supt.eml', plain([
    ('From', 'Cobb Schools Open Records <openrecords@cobbk12.org>'),
    ('To', plus(7)),
    ('Subject', 'RE: Open Records Request: Superintendent employment contract, amendments and performance bonuses, 2020-2026 [ORR 2026-0871]'),
    ('Date', 'Thu, 17 Sep 2026 08:55:02 -0400'),
    ('Message-ID', mid('009', 'CH2PR14MB3913.namprd14.prod.outlook.com')),
    ('In-Reply-To', req_mid(7, '2026-09-16')),
    ('References', req_mid(7, '2026-09-16')),
] + OUTLOOK('009'), """
Good morning,

The Cobb County School District acknowledges receipt of your Open Records Act
request, received by this office on 9/16/2026. Your request has been assigned
ORR 2026-0871.

In accordance with O.C.G.A. 50-18-71(b)(1)(A), the District will respond within
three business days of receipt, either by producing records or, if responsive
records exist but cannot be made available within that time, by providing a
description of the records and a timeline for their production.

Thank you,

Open Records Office
Cobb County School District
514 Glover Street, Marietta, GA 30060
"""))

# 010 FLDOE acknowledgment REQ-004 (states received 9/15; sent 9/14)
write('010-fldoe-ack.eml', plain([
    ('From', 'FDOE Public Records <publicrecords@fldoe.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Public Records Request - Curriculum/Instructional Materials Complaints'),
    ('Date', 'Thu, 17 Sep 2026 13:20:18 -0400'),
    ('Message-ID', mid('010', 'BN8PR09MB3571.namprd09.prod.outlook.com')),
] + OUTLOOK('010'), """
Dear Requester:

This will acknowledge your public records request, which the Florida Department
of Education's Office of the General Counsel received on September 15, 2026,
seeking complaints received by the Department concerning district curriculum and
instructional materials from January 2024 to the present.

The Department is reviewing your request to determine whether responsive
records exist. The Department will respond within a reasonable time. Please
note that if a request requires extensive use of information technology
resources or clerical or supervisory assistance, a special service charge may
apply under section 119.07(4)(d), Florida Statutes; you would be notified of any
charge in advance.

Sincerely,

Public Records Unit
Office of the General Counsel
Florida Department of Education
325 West Gaines Street, Tallahassee, Florida 32399
"""))
