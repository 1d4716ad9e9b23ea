"""Messages 041-050 (late October - early November 2026)."""
from common import *

CH = 'CH2PR14MB3913.namprd14.prod.outlook.com'
DV = 'DM6PR12MB4410.namprd12.prod.outlook.com'

# 041 Gwinnett GovQA closure for non-response to the cost estimate (number only in subject)
write('041-gwinnett-govqa-closed-nonresponse.eml', html_only([
    ('From', 'Gwinnett County Public Schools Open Records <gcpsopenrecords@govqa.us>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Open Records Request :: R000612-092226 - Closed'),
    ('Date', 'Mon, 26 Oct 2026 09:00:03 -0400'),
    ('Message-ID', mid('041', 'govqa.us')),
], """
<html><body style="font-family:Verdana,sans-serif;font-size:9pt">
<p>Dear Records Desk,</p>
<p>On September 25, 2026 the District provided an estimate of the cost to produce the records you requested
regarding weapons detection systems and security vendor contracts, and asked for your written agreement to pay
before proceeding. As of today we have not received your agreement or a narrowed request.</p>
<p>Your request has therefore been <b>closed</b> and no records will be produced. You are welcome to submit a new
request at any time through the Open Records Center.</p>
<p>Open Records Office<br>Gwinnett County Public Schools</p>
<p style="font-size:8pt;color:#777">Please do not reply to this email.</p>
</body></html>
"""))

# 042 Duval final installment of book-removal records (REQ-002), FERPA redactions; number without space
write('042-duval-books-final.eml', plain([
    ('From', 'Tameka Holloway <hollowayt@duvalschools.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'PRR26-0419 Final Installment'),
    ('Date', 'Tue, 27 Oct 2026 11:11:38 -0400'),
    ('Message-ID', mid('042', DV)),
] + OUTLOOK('042'), """
Good morning,

The second and final installment for PRR26-0419 is now available at the link
below (objection forms, school and district reconsideration committee minutes,
and the district's removed and restricted materials list for 2025-26).

https://dcps-my.sharepoint.com/:f:/g/personal/hollowayt/PRR26-0419-inst2

As with the first installment, student names and other personally
identifiable information from education records have been redacted pursuant
to FERPA, 20 U.S.C. 1232g, and s. 1002.221, F.S. All other information has
been provided. There is no charge.

With this installment, your request is complete and will be closed.

Respectfully,
Tameka Holloway
Public Records Specialist
Office of Public Records | Duval County Public Schools
"""))

# 043 Wake NextRequest closure with released docs; driver personnel records withheld
write('043-wcpss-nextrequest-closed-final.eml', alt([
    ('From', 'Wake County Public School System <noreply@nextrequest.com>'),
    ('To', plus(14)),
    ('Subject', '[Records Request 26-402] closed'),
    ('Date', 'Wed, 28 Oct 2026 13:45:00 -0400'),
    ('Message-ID', mid('043', 'nextrequest.com')),
], """
Record request 26-402 has been closed.

Message from Wake County Public School System:
"Released: the 2024 and 2025 agreements with the contracted transportation
provider for exceptional children and specialty routes, two amendments,
monthly invoices January 2024-September 2026, and 37 route complaint emails
forwarded to the contractor. Driver names, disciplinary history and background
check results in the complaint files are confidential personnel information
under N.C.G.S. 115C-319 and were redacted; student names were redacted under
FERPA. This completes the request."

Documents released: 18
https://wcpss.nextrequest.com/requests/26-402
""", """
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Record request <a href="https://wcpss.nextrequest.com/requests/26-402">26-402</a> has been <b>closed</b>.</p>
<p><b>Message from Wake County Public School System:</b></p>
<blockquote style="border-left:3px solid #2a6ebb;padding-left:10px">Released: the 2024 and 2025 agreements with the contracted transportation
provider for exceptional children and specialty routes, two amendments, monthly invoices January 2024&ndash;September 2026, and 37 route complaint
emails forwarded to the contractor. Driver names, disciplinary history and background check results in the complaint files are confidential
personnel information under N.C.G.S. &sect; 115C-319 and were redacted; student names were redacted under FERPA. This completes the request.</blockquote>
<p>Documents released: 18</p><p style="font-size:11px;color:#888">Powered by NextRequest</p></body></html>
"""))

# 044 SCDE first installment after clarification; remaining by 12/18 (estimated)
write('044-scde-installment1.eml', plain([
    ('From', 'Lauren Pettigrew <lpettigrew@ed.sc.gov>'),
    ('To', 'records@records.example.org'),
    ('Cc', 'foia@ed.sc.gov'),
    ('Subject', 'RE: FOIA 27-061 question'),
    ('Date', 'Thu, 29 Oct 2026 10:20:44 -0400'),
    ('Message-ID', mid('044', 'ed.sc.gov')),
    ('In-Reply-To', '<req-012.20261016.2@records.example.org>'),
    ('References', mid('035', 'ed.sc.gov') + ' <req-012.20261016.2@records.example.org>'),
], """
Hi,

Thanks for narrowing it to the district decisions, appeal letters and the
Board's final orders. Here is the first batch for FOIA 27-061: the 2024 and
2025 appeals (9 of the 14), shared through the Department's file transfer
site (link expires in 14 days):

https://sftp.ed.sc.gov/link/27-061-batch1

The remaining five appeals are still with our Office of General Counsel. I'm
told we should be able to send those by December 18, 2026.

Lauren
"""))

# 045 Duval acknowledgment of someone else's request, sent to us by mistake (belongs to none)
write('045-duval-misdirected-ack-null.eml', plain([
    ('From', 'DCPS Office of Public Records <publicrecords@duvalschools.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'PRR 26-0977 - Acknowledgment'),
    ('Date', 'Fri, 30 Oct 2026 08:00:19 -0400'),
    ('Message-ID', mid('045', DV)),
] + OUTLOOK('045'), """
Good morning Mr. Whitfield,

Your public records request received on 10/29/2026 has been logged as
PRR 26-0977.

Request as received: "Travel expenses and charter bus invoices for the
Ribault High School football team's away games, 2025 season."

The request has been routed to Athletics and Accounts Payable. We will be in
touch.

Respectfully,
Office of Public Records | Duval County Public Schools
"""))

# 046 NC DPI: no responsive records; letter in PDF; number only in the attachment's file name
nr = pdf(['NORTH CAROLINA DEPARTMENT OF PUBLIC INSTRUCTION', 'Office of General Counsel', '6301 Mail Service Center, Raleigh, NC 27699', '',
    'November 2, 2026', '', 'Records Desk', '', 'Re: Public records request dated October 13, 2026', '',
    'Dear Requester:', '',
    'You requested copies of parental complaints concerning curriculum or instructional materials',
    'submitted under the Parents\' Bill of Rights (S.L. 2023-106) from 2023 to the present.', '',
    'Under G.S. 115C-76.60, parental concerns are submitted to and resolved by the local board of',
    'education, and a parent may request a hearing before the State Board of Education only after',
    'the local process is complete. The Department searched the records of the Office of General',
    'Counsel, the State Board of Education and the Office of Academic Standards, and did not locate',
    'any complaint, hearing request or related record responsive to your request. Local boards',
    'report only summary counts in their annual report, which is published on the Department\'s',
    'website and was not within the scope of your request.', '',
    'Accordingly, the Department has no records responsive to your request. You may wish to direct',
    'requests for complaint records to the individual local school administrative units.', '',
    'Sincerely,', '', 'Office of General Counsel', 'NC Department of Public Instruction'], 'Response')
write('046-ncdpi-no-records-pdf.eml', mixed([
    ('From', 'NCDPI Public Records <publicrecords@dpi.nc.gov>'),
    ('To', plus(15)),
    ('Subject', 'Response to your public records request'),
    ('Date', 'Mon, 02 Nov 2026 14:00:09 -0500'),
    ('Message-ID', mid('046', 'dpi.nc.gov')),
], """
Good afternoon,

Please see the attached response to your public records request.

Public Records Office
NC Department of Public Instruction
""", [('application/pdf', 'NCDPI_PRR_2026-318_response.pdf', nr)]))

# 047 Sunrise counsel supplements: transportation subcontract obtained; response complete
sub = pdf(['STUDENT TRANSPORTATION SUBCONTRACT AGREEMENT (as produced)', '',
    'Between EdVantage Schools Management, LLC, on behalf of Sunrise Coast Charter Academies,',
    'and Coastal Student Transit, LLC', '', 'Term: August 1, 2024 - July 31, 2027',
    'Services: home-to-school transportation, 11 routes; field trips on request',
    'Rate: per-route daily rate per Schedule A', '', 'Schedule A - Rates (2 pages)',
    'Schedule B - Insurance certificates'], 'Transportation Subcontract')
write('047-sunrise-counsel-final.eml', mixed([
    ('From', 'Elena Farris <efarris@farrisweldonlaw.com>'),
    ('To', plus(5)),
    ('Cc', 'Maya Okafor <mokafor@records.example.org>, board@sunrisecoastcharter.org'),
    ('Subject', 'Sunrise Coast Charter Academies - Supplemental Response'),
    ('Date', 'Wed, 04 Nov 2026 10:30:27 -0500'),
    ('Message-ID', mid('047', 'farrisweldonlaw.com')),
], """
Ms. Okafor and Records Desk:

As promised in our October 5 letter, the Board has obtained from EdVantage
Schools Management, LLC the student transportation subcontract with Coastal
Student Transit, LLC, which is attached. EdVantage has informed the Board
that it received no written complaints about the transportation
subcontractor during the period requested; the Board's own files contain
none.

Insurance certificates in Schedule B show policy numbers, which are not
exempt and have been left unredacted. With this supplement, the Board
considers its response to your request complete.

Elena Farris
Farris Weldon, P.A.
Counsel to the Governing Board, Sunrise Coast Charter Academies, Inc.
""", [('application/pdf', 'Sunrise - Transportation Subcontract (Coastal Student Transit).pdf', sub)]))

# 048 Cobb staff asks for a phone call; no number, no threading (other)
write('048-cobb-staff-call-request.eml', plain([
    ('From', 'Dwight Okonkwo <dwight.okonkwo@cobbk12.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Your request'),
    ('Date', 'Thu, 05 Nov 2026 09:12:40 -0500'),
    ('Message-ID', mid('048', CH)),
] + OUTLOOK('048'), """
Good morning,

I'm with Student Discipline and Behavioral Interventions. Open Records passed
along your request for the tribunal hearing numbers. Before I pull the logs,
could you give me a call? The hearing logs are kept by hearing date, not by
school, and I want to make sure what we send is actually useful to you.

My direct line is 770-426-3300 ext. 4412. I'm in the office most mornings.

Thanks,
Dwight Okonkwo
Coordinator, Student Discipline and Behavioral Interventions
Cobb County School District
"""))

# 049 Forsyth final release: archived 2022 files; request complete; FERPA redactions
write('049-forsyth-final.eml', plain([
    ('From', "'Forsyth County Schools Open Records' via Records Desk <records@records.example.org>"),
    ('Reply-To', 'Forsyth County Schools Open Records <openrecords@forsyth.k12.ga.us>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'FCS-ORR-26-114 - final records'),
    ('Date', 'Mon, 09 Nov 2026 11:00:12 -0500'),
    ('Message-ID', '<CAF7q2mc8Rr1HuA0qKw@mail.gmail.com>'),
    ('In-Reply-To', '<CAF7q2mZb5Tq0pLw2eD@mail.gmail.com>'),
    ('References', req_mid(9, '2026-09-22') + ' <CAF7q2mZb5Tq0pLw2eD@mail.gmail.com>'),
    ('Sender', 'records@records.example.org'), ('List-Id', '<records.records.example.org>'),
    ('X-Original-Sender', 'openrecords@forsyth.k12.ga.us'), ('Precedence', 'list'),
], """
Hello,

The final records for FCS-ORR-26-114, the 2022-23 reconsideration files
retrieved from archive and the district removal lists, are at:
https://drive.google.com/drive/folders/1FCS-ORR-26-114-final

As before, student names and identifying details were redacted under FERPA.
Two middle schools had no reconsideration requests in 2022-23, so there are
no files for them. This completes your request, and it is now closed.

Open Records | Forsyth County Schools
"""))

# 050 EdVantage outside counsel reaffirms refusal (letter in PDF)
den = pdf(['MERCER BLACKWOOD LLP', '200 East Las Olas Boulevard, Fort Lauderdale, Florida 33301', '', 'November 10, 2026', '',
    'Via email: records+req-006@records.example.org', '', 'Records Desk', '',
    'Re: Public records request to EdVantage Schools Management, LLC; your letter of October 20, 2026', '',
    'Dear Records Desk:', '',
    'This firm represents EdVantage Schools Management, LLC. We have reviewed your letter contending',
    'that EdVantage is "acting on behalf of" Sunrise Coast Charter Academies under section 119.011(2),',
    'Florida Statutes, and the totality-of-factors test of News & Sun-Sentinel Co. v. Schwab.', '',
    'EdVantage respectfully disagrees. EdVantage was not created by a public agency, is not funded',
    'directly by the State, performs no governmental function delegated by law, and the governing',
    'board of the school retains all decision-making authority. Its management-fee invoices and',
    'internal business records are not public records, and EdVantage declines to produce them.', '',
    'As you know, the school\'s governing board has already produced the management agreement and',
    'the transportation subcontract, which are the records that document the school\'s official',
    'business. Nothing in this letter waives any right or defense of EdVantage.', '',
    'Very truly yours,', '', 'Jonathan Mercer', 'Mercer Blackwood LLP'], 'Letter to Records Desk')
write('050-edvantage-counsel-denial-pdf.eml', mixed([
    ('From', 'Jonathan Mercer <jmercer@mercerblackwood.com>'),
    ('To', 'Records Desk <%s>' % plus(6)),
    ('Cc', 'legal@edvantageschools.com'),
    ('Subject', 'RE: Follow-up: public records request to EdVantage Schools Management'),
    ('Date', 'Tue, 10 Nov 2026 15:00:51 -0500'),
    ('Message-ID', mid('050', 'mercerblackwood.com')),
    ('In-Reply-To', '<req-006.20261020.2@records.example.org>'),
    ('References', req_mid(6, '2026-09-15') + ' ' + mid('008', 'edvantageschools.com') + ' <req-006.20261020.2@records.example.org>'),
], """
Please see the attached correspondence on behalf of EdVantage Schools
Management, LLC.

Jonathan Mercer
Mercer Blackwood LLP
""", [('application/pdf', '2026-11-10 Ltr to Records Desk.pdf', den)]))
