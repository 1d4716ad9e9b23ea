"""Messages 051-060 (November 2026 - January 2027)."""
from common import *

CH = 'CH2PR14MB3913.namprd14.prod.outlook.com'
DV = 'DM6PR12MB4410.namprd12.prod.outlook.com'

# 051 FLDOE no records
write('051-fldoe-no-records.eml', plain([
    ('From', 'FDOE Public Records <publicrecords@fldoe.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'RE: Public Records Request - Curriculum/Instructional Materials Complaints'),
    ('Date', 'Thu, 12 Nov 2026 09:45:30 -0500'),
    ('Message-ID', mid('051', 'BN8PR09MB3571.namprd09.prod.outlook.com')),
    ('In-Reply-To', mid('010', 'BN8PR09MB3571.namprd09.prod.outlook.com')),
    ('References', mid('010', 'BN8PR09MB3571.namprd09.prod.outlook.com')),
] + OUTLOOK('051'), """
Dear Requester:

The Department has completed its search for records responsive to your request
received September 15, 2026, for complaints received by the Department
concerning district curriculum and instructional materials from January 2024
to the present.

Under section 1006.28(2)(a), Florida Statutes, objections to instructional and
library materials are filed with and resolved by the district school board;
districts then report the outcomes to the Department annually, and those
reports are published at https://www.fldoe.org/academics/standards/instructional-materials/.
Your request, as written, sought complaints submitted to the Department
itself. The Bureau of Standards and Instructional Support, the Office of
Parental Involvement and the Office of the General Counsel searched their files
and email and found no records responsive to your request.

If you would like the district-submitted annual reports instead, please
submit a new request.

Sincerely,
Public Records Unit
Office of the General Counsel
Florida Department of Education
"""))

# 052 Greenville final production with security redactions
write('052-greenville-final.eml', plain([
    ('From', 'Kendra Mabry <kmabry@greenville.k12.sc.us>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'FOIA #2026-231 - records'),
    ('Date', 'Fri, 13 Nov 2026 10:00:05 -0500'),
    ('Message-ID', mid('052', 'greenville.k12.sc.us')),
    ('In-Reply-To', '<req-010.20261016.2@records.example.org>'),
    ('References', mid('032', 'greenville.k12.sc.us') + ' <req-010.20261016.2@records.example.org>'),
], """
Good morning,

Thank you for your deposit, received October 16. The records responsive to
FOIA #2026-231 are available for download here until December 13:

https://greenvilleschools.sharefile.com/d-s8f27a1c

Included: the District's copies of the SRO agreements with the Greenville
County Sheriff's Office and four municipal police departments (2022-2026),
and the contracts, amendments and invoices with the private security
provider. As stated in our determination letter, post orders, patrol routes
and camera locations were redacted under S.C. Code Ann. 30-4-20(c).

The final cost was $198.75; with your $53.00 deposit, the balance of $145.75
is due. An invoice is in the folder. This completes the District's response.

Kendra Mabry
FOIA Coordinator, Greenville County Schools
"""))

# 053 SCDE Smartsheet status-change notice (nothing substantive)
write('053-scde-smartsheet-status.eml', alt([
    ('From', 'Smartsheet Automations <automations@app.smartsheet.com>'),
    ('Reply-To', 'foia@ed.sc.gov'),
    ('To', 'records@records.example.org'),
    ('Subject', 'SCDE FOIA Request Log: FOIA 27-061 - Status Changed'),
    ('Date', 'Mon, 16 Nov 2026 07:30:00 -0500'),
    ('Message-ID', mid('053', 'app.smartsheet.com')),
], """
South Carolina Department of Education - FOIA Request Log

A row was updated.

FOIA Number: 27-061
Status:      In Production -> Legal Review
Modified:    11/16/2026 7:29 AM

This message was sent by Smartsheet on behalf of foia@ed.sc.gov.
""", """
<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p><b>South Carolina Department of Education &mdash; FOIA Request Log</b></p><p>A row was updated.</p>
<table cellpadding="4" border="1" style="border-collapse:collapse">
<tr><td>FOIA Number</td><td>27-061</td></tr><tr><td>Status</td><td><s>In Production</s> &rarr; Legal Review</td></tr>
<tr><td>Modified</td><td>11/16/2026 7:29 AM</td></tr></table>
<p style="font-size:8pt;color:#888">This message was sent by Smartsheet on behalf of foia@ed.sc.gov.</p></body></html>
"""))

# 054 Wake staff: follow-up search found no RFP scoring sheets (no records), subject changed
write('054-wcpss-followup-no-records.eml', plain([
    ('From', 'Andre Whitfield-Simms <awhitfieldsimms@wcpss.net>'),
    ('To', plus(14)),
    ('Subject', 'Bus contractor evaluation sheets (26-402 follow up)'),
    ('Date', 'Tue, 17 Nov 2026 13:00:44 -0500'),
    ('Message-ID', mid('054', 'wcpss.net')),
    ('In-Reply-To', '<req-014.20261112.2@records.example.org>'),
    ('References', '<req-014.20261112.2@records.example.org>'),
], """
Hello,

You asked after request 26-402 closed whether we had the evaluation or
scoring sheets from the procurement that selected the contracted
transportation provider. Purchasing searched the solicitation files and the
Transportation Services shared drive. There are no scoring sheets: the
provider was engaged through a cooperative purchasing contract awarded by
another public entity, so WCPSS did not run its own evaluation. We have no
records responsive to that question.

Regards,
Andre Whitfield-Simms
Public Records Officer
Wake County Public School System
"""))

# 055 Vendor webinar invitation (belongs to no request)
write('055-vendor-webinar-null.eml', alt([
    ('From', 'RecordPoint K-12 Events <events@recordsflowhq.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Webinar Dec 3: FERPA, redaction and the three-business-day clock'),
    ('Date', 'Wed, 18 Nov 2026 09:00:00 -0500'),
    ('Message-ID', mid('055', 'mail.recordsflowhq.com')),
    ('List-Unsubscribe', '<mailto:unsubscribe@recordsflowhq.com>'),
], """
Join us on December 3 at 2 p.m. ET for a free webinar for school district
records officers: handling FERPA redactions, special service charges, and
Georgia's three-business-day response letters without missing a deadline.

Register: https://recordsflowhq.com/webinars/k12-dec3
Unsubscribe: mailto:unsubscribe@recordsflowhq.com
""", """
<html><body style="font-family:Arial,sans-serif"><h2>FERPA, redaction and the three-business-day clock</h2>
<p>Join us on <b>December 3 at 2 p.m. ET</b> for a free webinar for school district records officers: handling FERPA redactions,
special service charges, and Georgia&rsquo;s three-business-day response letters without missing a deadline.</p>
<p><a href="https://recordsflowhq.com/webinars/k12-dec3">Register now</a></p>
<p style="font-size:9px">Unsubscribe: unsubscribe@recordsflowhq.com</p></body></html>
"""))

# 056 Cobb final release for REQ-016, FERPA aggregate/suppression
write('056-cobb-final-discipline.eml', plain([
    ('From', 'Cobb Schools Open Records <openrecords@cobbk12.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'ORR #2026-1046 - Records Production'),
    ('Date', 'Thu, 19 Nov 2026 10:10:26 -0500'),
    ('Message-ID', mid('056', CH)),
    ('In-Reply-To', '<req-016.20261026.2@records.example.org>'),
    ('References', mid('040', CH) + ' <req-016.20261026.2@records.example.org>'),
] + OUTLOOK('056'), """
Good morning,

The records responsive to ORR #2026-1046 are available at the link below:
https://cobbk12org.sharepoint.com/:f:/s/OpenRecords/ORR2026-1046

The production consists of discipline incident and out-of-school suspension
counts by school for 2023-24 through 2025-26, and the student disciplinary
tribunal hearing log with student names, ID numbers and hearing outcomes
removed. Counts under 10 are shown as "<10" so that individual students cannot
be identified, as required by FERPA. The remainder of the records is produced
without redaction.

The actual cost was $130.33. An invoice will be mailed separately. This
request is now closed.

Open Records Office
Cobb County School District
"""))

# 057 Duval final response for REQ-001: PDF letter, security exemptions
fin = pdf(['DUVAL COUNTY PUBLIC SCHOOLS', 'Office of Public Records', '', 'November 20, 2026', '',
    'Re: PRR 26-0418 - School security services contracts, guardian program and armed-guard vendors', '',
    'Dear Requester:', '',
    'The District has completed its response to your request. The following records are provided:',
    '  1. Contracts and amendments with two armed-guard security vendors, 2023-2026;',
    '  2. Guardian program memoranda of understanding with the Jacksonville Sheriff\'s Office;',
    '  3. Invoices and payment records for security services, 2023-2026 (212 pages).', '',
    'Portions of the vendor post orders and the school-by-school staffing schedules have been',
    'redacted because they are confidential and exempt under section 119.071(3)(a), Florida',
    'Statutes, as information that would reveal the District\'s security or firesafety systems.',
    'Guardian names are exempt under section 1006.12(3)(c)2., Florida Statutes. No records were',
    'withheld in their entirety.', '',
    'The actual cost was $271.06. A refund of $31.43 from your deposit of $302.49 will be mailed.', '',
    'This request is now closed.', '', 'Respectfully,', '', 'Tameka Holloway', 'Public Records Specialist'],
    'PRR 26-0418 Final Response')
write('057-duval-security-final-pdf.eml', mixed([
    ('From', 'Tameka Holloway <hollowayt@duvalschools.org>'),
    ('To', plus(1)),
    ('Subject', 'RE: PRR 26-0418 Cost Estimate'),
    ('Date', 'Fri, 20 Nov 2026 15:55:09 -0500'),
    ('Message-ID', mid('057', DV)),
    ('In-Reply-To', mid('038', DV)),
    ('References', req_mid(1, '2026-09-08') + ' ' + mid('013', DV) + ' ' + mid('038', DV)),
] + OUTLOOK('057'), """
Good afternoon,

Please see the attached final response letter. The records are available at:
https://dcps-my.sharepoint.com/:f:/g/personal/hollowayt/PRR26-0418-final

Tameka Holloway
Public Records Specialist
""", [('application/pdf', 'PRR 26-0418 Final Response.pdf', fin)]))

# 058 Bounce: our follow-up to a USC athletics staffer (Postfix, user unknown)
write('058-bounce-usc-postfix.eml', hdrs([
    ('From', 'Mail Delivery System <MAILER-DAEMON@mail.records.example.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Date', 'Tue, 24 Nov 2026 11:00:37 -0500'),
    ('Message-ID', '<20261124160037.4C2A81E0B7@mail.records.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
]) + """MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="4C2A81E0B7.1795705237/mail.records.example.org"

--4C2A81E0B7.1795705237/mail.records.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<tbrannon@mailbox.sc.edu>: host mx1.sc.edu[129.252.1.30] said: 550 5.1.1
    <tbrannon@mailbox.sc.edu>: Recipient address rejected: User unknown in
    relay recipient table (in reply to RCPT TO command)

--4C2A81E0B7.1795705237/mail.records.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.records.example.org
Arrival-Date: Tue, 24 Nov 2026 11:00:35 -0500

Final-Recipient: rfc822; tbrannon@mailbox.sc.edu
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <tbrannon@mailbox.sc.edu>: Recipient address rejected: User unknown

--4C2A81E0B7.1795705237/mail.records.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Records Desk <records@records.example.org>
Reply-To: records+req-013@records.example.org
To: tbrannon@mailbox.sc.edu
Cc: foia@sc.edu
Subject: Re: F26-0198 - Notice of Additional Time
Date: Tue, 24 Nov 2026 11:00:33 -0500
Message-ID: <req-013.20261124.3@records.example.org>
In-Reply-To: """ + mid('036', 'sc.edu') + """
References: <req-013.20261006.1@records.example.org> """ + mid('036', 'sc.edu') + """
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Mr. Brannon, the November 4 date for F26-0198 has passed. Can you tell us
when the Athletics Department expects to release the event staffing
contracts?

Records Desk

--4C2A81E0B7.1795705237/mail.records.example.org--
""")

# 059 USC final: contracts released; stadium security plan withheld in full
write('059-usc-final-security-withheld.eml', plain([
    ('From', 'USC FOIA Office <foia@sc.edu>'),
    ('To', plus(13)),
    ('Subject', 'F26-0198 - Final Response'),
    ('Date', 'Wed, 02 Dec 2026 14:30:48 -0500'),
    ('Message-ID', mid('059', 'sc.edu')),
    ('In-Reply-To', '<req-013.20261124.4@records.example.org>'),
    ('References', req_mid(13, '2026-10-06') + ' ' + mid('036', 'sc.edu') + ' <req-013.20261124.4@records.example.org>'),
], """
Dear Requester:

Re: FOIA Request F26-0198

The University has completed its response to your request. Provided at the
link below are the Department of Athletics' agreements with its event staffing
and crowd management contractor for 2022 through 2026, all amendments, and
invoices for the 2024, 2025 and 2026 football seasons.

https://sc.box.com/s/f26-0198-final

The stadium security operations plan that is incorporated by reference in the
agreements is withheld in its entirety under S.C. Code Ann. 30-4-20(c), as a
record containing security plans and devices proposed, adopted, installed or
utilized by a public body, the disclosure of which would clearly jeopardize
public safety. Staffing post assignments in Exhibit C were redacted on the same
basis.

No fee is being charged. This request is now closed.

Office of the FOIA Coordinator
University of South Carolina
"""))

# 060 SCDE final (January): remaining appeals; formal letter from the FOIA office
write('060-scde-final.eml', plain([
    ('From', 'SCDE FOIA <foia@ed.sc.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'FOIA 27-061 - Final Production'),
    ('Date', 'Fri, 08 Jan 2027 11:00:14 -0500'),
    ('Message-ID', mid('060', 'ed.sc.gov')),
    ('In-Reply-To', mid('044', 'ed.sc.gov')),
    ('References', mid('035', 'ed.sc.gov') + ' ' + mid('044', 'ed.sc.gov')),
], """
Dear Requester:

Please accept our apologies for the delay past the date Ms. Pettigrew gave
you. The Department is providing the remaining records responsive to FOIA
27-061 as narrowed: the district decisions, appeal letters and State Board of
Education final orders for the five remaining instructional materials appeals
under Regulation 43-170.

https://sftp.ed.sc.gov/link/27-061-batch2

No records were withheld or redacted. There is no charge. This completes the
Department's response, and FOIA 27-061 is closed.

Office of General Counsel
South Carolina Department of Education
1429 Senate Street, Columbia, SC 29201
"""))
