"""Messages 031-040 (mid/late October 2026)."""
from common import *

CH = 'CH2PR14MB3913.namprd14.prod.outlook.com'
DV = 'DM6PR12MB4410.namprd12.prod.outlook.com'

# 031 GaDOE final: aggregate extract with small-cell suppression (FERPA wording, not a denial)
write('031-gadoe-final-extract.eml', mixed([
    ('From', 'Marcus Delane <mdelane@gadoe.org>'),
    ('To', plus(11)),
    ('Cc', 'openrecords@gadoe.org'),
    ('Subject', 'RE: Open Records Request: Student discipline incident data reported by districts (SR/Discipline collection), 2023-2026'),
    ('Date', 'Tue, 13 Oct 2026 09:40:33 -0400'),
    ('Message-ID', mid('031', 'gadoe.org')),
    ('In-Reply-To', '<req-011.20261006.2@records.example.org>'),
    ('References', req_mid(11, '2026-10-01') + ' ' + mid('024', 'gadoe.org') + ' <req-011.20261006.2@records.example.org>'),
], """
Hi -

Thanks for getting back to me. Attached is the custom extract you described:
incident type by action taken by school, for 2023-24, 2024-25 and 2025-26,
with a readme.

Counts from 1 to 9 are shown as "TFS" (too few students), and complementary
cells were suppressed where needed so the small counts can't be backed out.
That's how we protect student identities under FERPA; nothing else was held
back. The open records office will close GADOE-2026-0457 on their end.

Marcus
""", [('text/plain', 'GADOE-2026-0457_readme.txt',
       b'Extract: SR discipline, incident type x action x school, SY2024-SY2026.\n'
       b'Suppression: 1-9 students shown as TFS; complementary suppression applied.\n'
       b'Files delivered separately via Kiteworks link (3 CSV files, 41 MB).\n')]))

# 032 Greenville determination letter in PDF: granted, deposit required before production
det = pdf(['GREENVILLE COUNTY SCHOOLS', 'Office of Communications - Freedom of Information', '', 'October 13, 2026', '',
    'Records Desk', 'records@records.example.org', '', 'RE: FOIA #2026-231', '',
    'Dear Requester:', '',
    'This letter is the District\'s determination under S.C. Code Ann. 30-4-30(C). Your request is',
    'granted in part. The District will produce its copies of the school resource officer agreements',
    'and the contracts, amendments and invoices for private security services, 2022 to present.',
    'Portions of the security contracts describing post orders, patrol routes and camera locations will',
    'be redacted under S.C. Code Ann. 30-4-20(c) and 30-4-40(a)(3).', '',
    'The estimated cost of search, retrieval and redaction is $212.00 (8 hours at $26.50 per hour,',
    'the hourly rate of the lowest-paid employee able to fulfill the request). Under 30-4-30(B), a',
    'deposit of 25 percent ($53.00) is required before the District begins retrieving the records.',
    'The records will be produced within thirty calendar days after the deposit is received (thirty-five',
    'days for records more than 24 months old). The balance is due before release.', '',
    'Please contact our office to arrange payment.', '', 'Sincerely,', '', 'Kendra Mabry', 'FOIA Coordinator'],
    'FOIA 2026-231 Determination')
write('032-greenville-determination-deposit-pdf.eml', mixed([
    ('From', 'Kendra Mabry <kmabry@greenville.k12.sc.us>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'FOIA Determination Letter'),
    ('Date', 'Tue, 13 Oct 2026 11:00:48 -0400'),
    ('Message-ID', mid('032', 'greenville.k12.sc.us')),
    ('In-Reply-To', mid('030', 'greenville.k12.sc.us')),
    ('References', mid('022', 'greenville.k12.sc.us') + ' ' + mid('030', 'greenville.k12.sc.us')),
], """
Please see the attached determination letter.

Kendra Mabry
FOIA Coordinator, Greenville County Schools
""", [('application/pdf', 'FOIA_2026-231_Determination.pdf', det)]))

# 033 NC DPI staff out-of-office (cc on our request)
write('033-ncdpi-ooo.eml', plain([
    ('From', 'Renee Whitlock <renee.whitlock@dpi.nc.gov>'),
    ('To', plus(15)),
    ('Subject', "Out of Office: Public Records Request: Parental complaints about curriculum under the Parents' Bill of Rights, 2023-2026"),
    ('Date', 'Tue, 13 Oct 2026 17:20:00 -0400'),
    ('Message-ID', mid('033', 'dpi.nc.gov')),
    ('In-Reply-To', req_mid(15, '2026-10-13')),
    ('References', req_mid(15, '2026-10-13')),
    ('Auto-Submitted', 'auto-replied'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'renee.whitlock@dpi.nc.gov'),
], """
I am out of the office through Friday, October 16, with limited access to email.

For public records requests, please contact publicrecords@dpi.nc.gov.
For media inquiries, please contact the Communications office at (984) 236-2100.

Renee Whitlock
Paralegal, Office of General Counsel
NC Department of Public Instruction
"""))

# 034 Wake NextRequest portal notice: department assigned (nothing substantive)
write('034-wcpss-nextrequest-assigned.eml', alt([
    ('From', 'Wake County Public School System <noreply@nextrequest.com>'),
    ('To', plus(14)),
    ('Subject', '[Records Request 26-402] Department assignment'),
    ('Date', 'Wed, 14 Oct 2026 08:30:15 -0400'),
    ('Message-ID', mid('034', 'nextrequest.com')),
], """
Record request 26-402 has been assigned to the following department(s):
Transportation Services; Purchasing & Contracts

View request: https://wcpss.nextrequest.com/requests/26-402
Wake County Public School System | Powered by NextRequest
""", """
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Record request <a href="https://wcpss.nextrequest.com/requests/26-402">26-402</a> has been assigned to the following department(s):</p>
<ul><li>Transportation Services</li><li>Purchasing &amp; Contracts</li></ul>
<p style="font-size:11px;color:#888">Wake County Public School System | Powered by NextRequest</p></body></html>
"""))

# 035 SCDE staff clarification, informal
write('035-scde-staff-clarify.eml', plain([
    ('From', 'Lauren Pettigrew <lpettigrew@ed.sc.gov>'),
    ('To', 'records@records.example.org'),
    ('Cc', 'foia@ed.sc.gov'),
    ('Subject', 'FOIA 27-061 question'),
    ('Date', 'Thu, 15 Oct 2026 10:00:21 -0400'),
    ('Message-ID', mid('035', 'ed.sc.gov')),
], """
Good morning,

I'm in the Office of Instructional Materials and I've been asked to pull
records for FOIA 27-061. Before I do, could you tell me how much you want?

Districts have appealed 14 instructional materials challenges to the State
Board under Regulation 43-170 since 2024. For each one we have (a) the
district's decision and the appeal letter, (b) the State Instructional
Materials Review Committee packet, which includes the reviewers' notes and
page excerpts from the book, and (c) the Board's final order. The packets are
several hundred pages each. Would (a) and (c) be enough, or do you want the
full committee packets as well? The packets will take our attorneys longer to
review.

We'll wait to hear from you before going further.

Thanks,
Lauren Pettigrew
Education Associate, Office of Instructional Materials
South Carolina Department of Education
"""))

# 036 USC extension: records older than 24 months -> 20 business days; determination by 11/04
write('036-usc-extension-older-records.eml', plain([
    ('From', 'USC FOIA Office <foia@sc.edu>'),
    ('To', plus(13)),
    ('Subject', 'F26-0198 - Notice of Additional Time'),
    ('Date', 'Tue, 20 Oct 2026 10:40:14 -0400'),
    ('Message-ID', mid('036', 'sc.edu')),
    ('In-Reply-To', mid('027', 'sc.edu')),
    ('References', req_mid(13, '2026-10-06') + ' ' + mid('027', 'sc.edu')),
], """
Dear Requester:

Re: FOIA Request F26-0198

A portion of the records responsive to your request (the 2022 and early 2023
event staffing agreements and invoices) are more than twenty-four months old.
Pursuant to S.C. Code Ann. 30-4-30(C), the University has twenty business days
from receipt to make its determination as to those records. The University
anticipates providing its determination and a fee estimate, if any, on or
before November 4, 2026.

The Department of Athletics is also consulting with the Division of Law
Enforcement and Safety regarding portions of the stadium security plan that
may be exempt from disclosure under S.C. Code Ann. 30-4-20(c).

Office of the FOIA Coordinator
University of South Carolina
"""))

# 037 Bounce: our REQ-016 email; copy to a nonexistent Cobb address (Exchange NDR with full original)
write('037-bounce-cobb-ndr.eml', hdrs([
    ('From', 'postmaster@cobbk12.org'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Undeliverable: Open Records Request: Student discipline data and tribunal hearing counts by school, 2023-2026'),
    ('Date', 'Tue, 20 Oct 2026 10:58:09 -0400'),
    ('Message-ID', mid('037', CH)),
    ('Auto-Submitted', 'auto-replied'),
]) + """MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="=_ndr_37"

--=_ndr_37
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Delivery has failed to these recipients or groups:

StudentDiscipline@cobbk12.org
The email address you entered couldn't be found. Please check the
recipient's email address and try to resend the message.

--=_ndr_37
Content-Type: message/delivery-status

Reporting-MTA: dns;CH2PR14MB3913.namprd14.prod.outlook.com

Final-Recipient: rfc822;StudentDiscipline@cobbk12.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 User unknown

--=_ndr_37
Content-Type: message/rfc822

From: Records Desk <records@records.example.org>
Reply-To: records+req-016@records.example.org
To: openrecords@cobbk12.org
Cc: StudentDiscipline@cobbk12.org
Subject: Open Records Request: Student discipline data and tribunal hearing counts by school, 2023-2026
Date: Tue, 20 Oct 2026 10:55:31 -0400
Message-ID: <req-016.20261020.1@records.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Under the Georgia Open Records Act, O.C.G.A. 50-18-70 et seq., please provide
counts of disciplinary incidents, out-of-school suspensions, and student
disciplinary tribunal hearings by school for 2023-24 through 2025-26.

--=_ndr_37--
""")

# 038 Duval extension with new estimated date, REQ-001, after deposit
write('038-duval-security-timeline.eml', plain([
    ('From', 'Tameka Holloway <hollowayt@duvalschools.org>'),
    ('To', plus(1)),
    ('Subject', 'RE: PRR 26-0418 Cost Estimate'),
    ('Date', 'Tue, 20 Oct 2026 16:15:42 -0400'),
    ('Message-ID', mid('038', DV)),
    ('In-Reply-To', '<req-001.20261002.3@records.example.org>'),
    ('References', req_mid(1, '2026-09-08') + ' ' + mid('013', DV) + ' <req-001.20261002.3@records.example.org>'),
] + OUTLOOK('038'), """
Good afternoon,

We received your deposit for PRR 26-0418 on October 2. Procurement has
finished gathering the contracts, but the Office of School Safety and Security
is still reviewing the guardian program records for information that is
confidential and exempt under s. 119.071(3)(a), F.S. The review is taking
longer than we anticipated. We now expect to complete the request by
November 20, 2026.

Thank you for your patience.

Tameka Holloway
Public Records Specialist
"""))

# 039 Cobb acknowledgment of REQ-016 (no threading; second Cobb request)
write('039-cobb-ack-discipline.eml', plain([
    ('From', 'Cobb Schools Open Records <openrecords@cobbk12.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Open Records Request Received - ORR 2026-1046'),
    ('Date', 'Wed, 21 Oct 2026 09:05:50 -0400'),
    ('Message-ID', mid('039', CH)),
] + OUTLOOK('039'), """
Good morning,

The Cobb County School District acknowledges receipt of your Open Records Act
request regarding student discipline and tribunal hearing data, received by
this office on 10/20/2026. Your request has been assigned ORR 2026-1046.

The District will respond within three business days of receipt as required by
O.C.G.A. 50-18-71(b)(1)(A).

Open Records Office
Cobb County School District
"""))

# 040 Cobb three-day letter with cost estimate > $25: must agree in writing
write('040-cobb-fee-estimate-discipline.eml', plain([
    ('From', 'Cobb Schools Open Records <openrecords@cobbk12.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'RE: Open Records Request Received - ORR 2026-1046'),
    ('Date', 'Fri, 23 Oct 2026 15:30:27 -0400'),
    ('Message-ID', mid('040', CH)),
    ('In-Reply-To', mid('039', CH)),
    ('References', mid('039', CH)),
] + OUTLOOK('040'), """
RE: ORR 2026-1046

Responsive records exist. The District maintains discipline incident counts
in its student information system and tribunal hearing logs in the Office of
Student Discipline and Behavioral Interventions. No existing report contains
counts by school in the form requested; the District will produce the
existing data compilations from which those counts can be taken.

The estimated cost to search, retrieve and redact the records is $142.18
(6 hours at $23.70 per hour, less the first quarter hour at no charge). Because
the estimate exceeds $25.00, please confirm in writing that you agree to pay
the estimated cost before the District proceeds. Once we receive your
agreement we anticipate production within ten business days.

Data derived from education records will be released in aggregate form only,
consistent with FERPA.

Open Records Office
Cobb County School District
"""))
