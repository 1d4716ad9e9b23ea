"""Messages 021-030 (early October 2026)."""
from common import *

CH = 'CH2PR14MB3913.namprd14.prod.outlook.com'
# 021 Cobb produces the superintendent contract records (REQ-007), personal info redacted
contract = pdf(['COBB COUNTY SCHOOL DISTRICT', 'SUPERINTENDENT EMPLOYMENT AGREEMENT (excerpt, as produced)', '',
    'ORR 2026-0871 - Production 1 of 1', '',
    'Section 3. Term. The term of this Agreement shall commence July 1, 2020 and end June 30, 2024,',
    'as extended by the First Amendment (through June 30, 2026) and the Second Amendment',
    '(through June 30, 2029).', '',
    'Section 4. Compensation. Base annual salary as set by the Board. Performance incentive of up to',
    'ten percent of base salary upon the Board\'s annual evaluation.', '',
    'Section 12. Notices. Superintendent: [REDACTED - O.C.G.A. 50-18-72(a)(20)(A)]', '',
    'Attachment B: Payroll summary of incentive payments FY2021-FY2026 (6 pages)'], 'ORR 2026-0871 Production')
write('021-cobb-final-supt-contract.eml', mixed([
    ('From', 'Cobb Schools Open Records <openrecords@cobbk12.org>'),
    ('To', plus(7)),
    ('Subject', 'ORR 2026-0871 - Records Production'),
    ('Date', 'Thu, 01 Oct 2026 10:22:17 -0400'),
    ('Message-ID', mid('021', CH)),
    ('In-Reply-To', mid('011', CH)),
    ('References', req_mid(7, '2026-09-16') + ' ' + mid('009', CH) + ' ' + mid('011', CH)),
] + OUTLOOK('021'), """
Good morning,

Attached please find the records responsive to ORR 2026-0871: the
Superintendent's Employment Agreement, the First and Second Amendments, the
Board minutes approving each, and a payroll summary of incentive payments.

The Superintendent's home address and personal contact information have been
redacted pursuant to O.C.G.A. 50-18-72(a)(20)(A). No other information was
withheld. There is no charge for this request.

This request is now closed.

Open Records Office
Cobb County School District
""", [('application/pdf', 'ORR 2026-0871 Production.pdf', contract)]))

# 022 Greenville acknowledgment; number only in body; received 9/29
write('022-greenville-ack.eml', plain([
    ('From', 'Kendra Mabry <kmabry@greenville.k12.sc.us>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Your FOIA request'),
    ('Date', 'Thu, 01 Oct 2026 14:10:39 -0400'),
    ('Message-ID', mid('022', 'greenville.k12.sc.us')),
], """
Good afternoon,

Greenville County Schools received your Freedom of Information Act request
for school resource officer agreements and private security contracts on
September 29, 2026. It has been assigned FOIA #2026-231.

Under S.C. Code Ann. 30-4-30(C), the District will notify you of its
determination within ten business days of receipt. Please note that if the
records requested are more than twenty-four months old, the District has
twenty business days to make that determination.

Kendra Mabry
FOIA Coordinator, Office of Communications
Greenville County Schools
"""))

# 023 Georgia DOE via JustFOIA acknowledgment
write('023-gadoe-justfoia-ack.eml', alt([
    ('From', 'Georgia Department of Education via JustFOIA <georgiadoe@justfoia.com>'),
    ('To', plus(11)),
    ('Subject', 'Request GADOE-2026-0457 Received'),
    ('Date', 'Fri, 02 Oct 2026 09:00:26 -0400'),
    ('Message-ID', mid('023', 'justfoia.com')),
], """
Georgia Department of Education - Open Records

Your Open Records request has been received.

Request #: GADOE-2026-0457
Received: 10/01/2026
Description: Student discipline incident data reported by districts through
the Student Record discipline collection, 2023-2026.

Under O.C.G.A. 50-18-71 the Department will respond within three business days.
Track your request: https://gadoe.justfoia.com/publicportal/home/track

This is an automated notification from JustFOIA. Please do not reply.
""", """
<html><body style="font-family:Arial;font-size:10pt">
<table width="600" cellpadding="8" style="border:1px solid #ccc">
<tr><td style="background:#002f6c;color:#fff"><b>Georgia Department of Education &ndash; Open Records</b></td></tr>
<tr><td><p>Your Open Records request has been received.</p>
<p><b>Request #:</b> GADOE-2026-0457<br><b>Received:</b> 10/01/2026<br>
<b>Description:</b> Student discipline incident data reported by districts through the Student Record discipline collection, 2023-2026.</p>
<p>Under O.C.G.A. &sect; 50-18-71 the Department will respond within three business days.</p>
<p><a href="https://gadoe.justfoia.com/publicportal/home/track">Track your request</a></p></td></tr>
<tr><td style="font-size:8pt;color:#777">This is an automated notification from JustFOIA. Please do not reply.</td></tr>
</table></body></html>
"""))

# 024 GaDOE program staff clarification from a personal .org address, quoting our request
REQ11 = """Under the Georgia Open Records Act, please provide the student discipline
incident data reported by each school district to the Department through the
Student Record (SR) discipline collection for school years 2023-24, 2024-25 and
2025-26: incident type, action taken and counts by school.
Records Desk"""
write('024-gadoe-staff-clarify.eml', plain([
    ('From', 'Marcus Delane <mdelane@gadoe.org>'),
    ('To', plus(11)),
    ('Subject', 'RE: Open Records Request: Student discipline incident data reported by districts (SR/Discipline collection), 2023-2026'),
    ('Date', 'Mon, 05 Oct 2026 13:30:02 -0400'),
    ('Message-ID', mid('024', 'gadoe.org')),
    ('In-Reply-To', req_mid(11, '2026-10-01')),
    ('References', req_mid(11, '2026-10-01')),
], """
Hi there -

I work on the discipline data collection and our open records folks asked me
to reach out on GADOE-2026-0457. Quick question before we pull anything.

The school-level discipline counts (incident types and actions) are already
published on our public data downloads, with small numbers suppressed. Is
that what you need, or are you asking for a custom extract (for example,
incident type by action by school, or by subgroup)? A custom extract would
still be aggregate and suppressed for FERPA; we cannot release student-level
records. Just let me know which, and I'll get it moving.

Thanks,
Marcus

Marcus Delane | Data Collections Specialist
Georgia Department of Education | 205 Jesse Hill Jr. Drive SE, Atlanta, GA 30334

________________________________
From: Records Desk <records@records.example.org>
Sent: Thursday, October 1, 2026 10:03 AM
To: openrecords@gadoe.org
Subject: Open Records Request: Student discipline incident data reported by districts (SR/Discipline collection), 2023-2026

""" + quote(REQ11)))

# 025 SCDE acknowledgment via Smartsheet (state agency intake form automation)
write('025-scde-smartsheet-ack.eml', alt([
    ('From', 'Smartsheet Automations <automations@app.smartsheet.com>'),
    ('Reply-To', 'foia@ed.sc.gov'),
    ('To', 'records@records.example.org'),
    ('Subject', 'SCDE FOIA Request Log: FOIA 27-061 - Received'),
    ('Date', 'Mon, 05 Oct 2026 16:12:48 -0400'),
    ('Message-ID', mid('025', 'app.smartsheet.com')),
], """
South Carolina Department of Education
FOIA Request Log

A request you submitted has been logged.

FOIA Number:     27-061
Date Received:   10/05/2026
Requester:       Records Desk
Subject:         Instructional materials challenge appeals (Reg. 43-170)
Status:          Received
Assigned Office: Office of General Counsel

Under S.C. Code 30-4-30(C) the Department will notify you of its determination
within ten business days of receipt (twenty business days for records more
than 24 months old).

This message was sent by Smartsheet on behalf of foia@ed.sc.gov.
""", """
<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p><b>South Carolina Department of Education &mdash; FOIA Request Log</b></p>
<p>A request you submitted has been logged.</p>
<table cellpadding="4" style="border-collapse:collapse" border="1">
<tr><td>FOIA Number</td><td>27-061</td></tr><tr><td>Date Received</td><td>10/05/2026</td></tr>
<tr><td>Requester</td><td>Records Desk</td></tr><tr><td>Subject</td><td>Instructional materials challenge appeals (Reg. 43-170)</td></tr>
<tr><td>Status</td><td>Received</td></tr><tr><td>Assigned Office</td><td>Office of General Counsel</td></tr></table>
<p>Under S.C. Code &sect; 30-4-30(C) the Department will notify you of its determination within ten business days of receipt
(twenty business days for records more than 24 months old).</p>
<p style="font-size:8pt;color:#888">This message was sent by Smartsheet on behalf of foia@ed.sc.gov.</p></body></html>
"""))

# 026 Colleague forwards the charter school counsel's first response (inline forward)
write('026-fwd-sunrise-counsel-interim.eml', plain([
    ('From', 'Maya Okafor <mokafor@records.example.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Fwd: Sunrise Coast Charter Academies - Response to Public Records Request'),
    ('Date', 'Tue, 06 Oct 2026 08:47:12 -0400'),
    ('Message-ID', '<a81f0c2e-77d1-4b1e-9d0a-5c3f2e6b1a07@records.example.org>'),
], """
This came to me directly (the board's lawyer had my card from the August
meeting). Filing it with the Sunrise Coast request. Attachments are in the
shared drive under Charters/Sunrise.

Maya

---------- Forwarded message ---------
From: Elena Farris <efarris@farrisweldonlaw.com>
Date: Mon, Oct 5, 2026 at 5:18 PM
Subject: Sunrise Coast Charter Academies - Response to Public Records Request
To: Maya Okafor <mokafor@records.example.org>
Cc: board@sunrisecoastcharter.org

Ms. Okafor:

This firm represents the Governing Board of Sunrise Coast Charter Academies,
Inc. The Board has received the public records request your organization sent
on September 15, 2026, and responds as follows.

The Board is producing today (1) the Management Agreement between the Board
and EdVantage Schools Management, LLC, with all amendments, and (2) the
employment agreement of the school's Executive Director.

As to the student transportation contract, the bus service is provided by a
subcontractor of EdVantage, and the Board does not have a copy of that
subcontract in its files. The Board has asked EdVantage to provide it and any
related complaint records, and will supplement this response when they are
received. This is therefore a partial response.

Elena Farris
Farris Weldon, P.A.
Counsel to the Governing Board, Sunrise Coast Charter Academies, Inc.
"""))

# 027 USC acknowledgment (received 10/07; sent 10/06)
write('027-usc-ack.eml', plain([
    ('From', 'USC FOIA Office <foia@sc.edu>'),
    ('To', plus(13)),
    ('Subject', 'F26-0198 Acknowledgment - Athletics security and event staffing contracts'),
    ('Date', 'Wed, 07 Oct 2026 15:05:22 -0400'),
    ('Message-ID', mid('027', 'sc.edu')),
    ('In-Reply-To', req_mid(13, '2026-10-06')),
    ('References', req_mid(13, '2026-10-06')),
], """
Dear Requester:

The University of South Carolina received your Freedom of Information Act
request on October 7, 2026 (your email arrived after business hours on
October 6). Your request has been assigned number F26-0198.

You requested contracts, amendments and invoices for stadium security and
event staffing services used by the Department of Athletics from 2022 to the
present.

The University will notify you of its determination within the time allowed by
S.C. Code Ann. 30-4-30(C). Records will be provided upon payment of any fees,
which will be communicated to you in advance.

Office of the FOIA Coordinator
University of South Carolina
Columbia, SC 29208
"""))

# 028 Forsyth first rolling release (FERPA redactions)
write('028-forsyth-installment1.eml', plain([
    ('From', "'Forsyth County Schools Open Records' via Records Desk <records@records.example.org>"),
    ('Reply-To', 'Forsyth County Schools Open Records <openrecords@forsyth.k12.ga.us>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'FCS-ORR-26-114 - first set of records'),
    ('Date', 'Wed, 07 Oct 2026 16:30:55 -0400'),
    ('Message-ID', '<CAF7q2mZb5Tq0pLw2eD@mail.gmail.com>'),
    ('In-Reply-To', '<CAF7q2mYw3Zr88uTqk1@mail.gmail.com>'),
    ('References', req_mid(9, '2026-09-22') + ' <CAF7q2mXk1a9P0sLrT4@mail.gmail.com> <CAF7q2mYw3Zr88uTqk1@mail.gmail.com>'),
    ('Sender', 'records@records.example.org'), ('List-Id', '<records.records.example.org>'),
    ('X-Original-Sender', 'openrecords@forsyth.k12.ga.us'), ('Precedence', 'list'),
], """
Hello,

The first set of records for FCS-ORR-26-114 is available here:
https://drive.google.com/drive/folders/1FCS-ORR-26-114-set1

This set contains the reconsideration forms and committee decisions for the
2023-24, 2024-25 and 2025-26 school years (412 pages). Where a form names a
student, the student's name and identifying details were redacted as
required by FERPA; the remainder of each record is released.

The 2022-23 files are being retrieved from archive and will follow.

Open Records | Forsyth County Schools
"""))

# 029 Wake County NextRequest acknowledgment (same shared NextRequest sender as Polk)
write('029-wcpss-nextrequest-ack.eml', alt([
    ('From', 'Wake County Public School System <noreply@nextrequest.com>'),
    ('To', plus(14)),
    ('Subject', '[Records Request 26-402] has been submitted'),
    ('Date', 'Thu, 08 Oct 2026 11:02:31 -0400'),
    ('Message-ID', mid('029', 'nextrequest.com')),
], """
Wake County Public School System

Your record request 26-402 has been submitted.

Request:
Agreements, amendments and invoices with contracted student transportation
providers (bus contractors), and complaints about contractor performance,
January 2024 to present.

WCPSS responds to public records requests as promptly as possible under
N.C.G.S. 132-6. You will be notified by email when there are updates.
https://wcpss.nextrequest.com/requests/26-402
""", """
<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:18px">
<p style="font-size:18px"><b>Wake County Public School System</b></p>
<p>Your record request <a href="https://wcpss.nextrequest.com/requests/26-402">26-402</a> has been submitted.</p>
<p style="background:#f5f5f5;padding:8px"><b>Request:</b><br>Agreements, amendments and invoices with contracted student transportation
providers (bus contractors), and complaints about contractor performance, January 2024 to present.</p>
<p>WCPSS responds to public records requests as promptly as possible under N.C.G.S. &sect; 132-6.</p>
<p style="font-size:11px;color:#888">Powered by NextRequest</p></div></body></html>
"""))

# 030 Greenville referral: SRO agreements held by the Sheriff; rest continues (other)
write('030-greenville-referral.eml', plain([
    ('From', 'Kendra Mabry <kmabry@greenville.k12.sc.us>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'SRO agreements - forwarded to GCSO'),
    ('Date', 'Fri, 09 Oct 2026 10:15:07 -0400'),
    ('Message-ID', mid('030', 'greenville.k12.sc.us')),
], """
Good morning,

A note on part of FOIA #2026-231. The school resource officer program is
operated under agreements administered by the Greenville County Sheriff's
Office and the municipal police departments. The District's copies of the
current agreements will be included in our response, but deployment
schedules, SRO incident reports and officer assignment records are records of
the law enforcement agencies, not the District.

I have forwarded that portion of your request to the Sheriff's Office FOIA
unit (foia@greenvillecounty.org); they will respond to you directly. We are
continuing to process the rest of your request, including the private
security contracts.

Kendra Mabry
FOIA Coordinator, Greenville County Schools
"""))
