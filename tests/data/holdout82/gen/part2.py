"""Messages 011-020 (late September 2026)."""
from common import *

# 011 Cobb 3-business-day written description + timeline (extension, estimated 10/02)
write('011-cobb-three-day-letter.eml', plain([
    ('From', 'Cobb Schools Open Records <openrecords@cobbk12.org>'),
    ('To', plus(7)),
    ('Subject', 'ORR 2026-0871 - Three Business Day Response'),
    ('Date', 'Mon, 21 Sep 2026 15:48:36 -0400'),
    ('Message-ID', mid('011', 'CH2PR14MB3913.namprd14.prod.outlook.com')),
    ('In-Reply-To', mid('009', 'CH2PR14MB3913.namprd14.prod.outlook.com')),
    ('References', req_mid(7, '2026-09-16') + ' ' + mid('009', 'CH2PR14MB3913.namprd14.prod.outlook.com')),
] + OUTLOOK('011'), """
RE: Open Records Request ORR 2026-0871

This letter is the District's response within three business days as required
by O.C.G.A. 50-18-71(b)(1)(A).

Responsive records exist but are not available within three business days.
The records the District has identified are:

  - Superintendent Employment Agreement approved by the Board (2020);
  - First and Second Amendments to the Employment Agreement;
  - Board meeting minutes reflecting votes on the agreement and amendments;
  - Payroll summaries of any performance or retention payments, 2020-2026.

The District anticipates making these records available on or before
October 2, 2026. Based on the search and retrieval time involved, the District
does not expect the cost to exceed $25.00, and no charge will be assessed.
Certain personal information (home address, personal telephone numbers, Social
Security and bank account numbers, and insurance and medical information) is
exempt under O.C.G.A. 50-18-72(a)(20) and (a)(21) and will be redacted.

Open Records Office
Cobb County School District
"""))

# 012 Gwinnett GovQA acknowledgment (received 09/22, sent 09/21 after hours) - HTML only
write('012-gwinnett-govqa-ack.eml', html_only([
    ('From', 'Gwinnett County Public Schools Open Records <gcpsopenrecords@govqa.us>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Open Records Request :: R000612-092226'),
    ('Date', 'Tue, 22 Sep 2026 08:14:51 -0400'),
    ('Message-ID', mid('012', 'govqa.us')),
], """
<html><body style="font-family:Verdana,sans-serif;font-size:9pt">
<table width="640" style="border:1px solid #00477f"><tr><td style="background:#00477f;color:#fff;padding:6px">
<b>Gwinnett County Public Schools &mdash; Open Records Center</b></td></tr><tr><td style="padding:10px">
<p>Dear Records Desk,</p>
<p>Thank you for your Open Records request. Your request was received on <b>9/22/2026</b> and has been
assigned reference number <b>R000612-092226</b>.</p>
<p><b>Request details:</b> Contracts, purchase orders, pilot agreements and performance evaluations for weapons
detection systems and school security vendors, January 2024 to present.</p>
<p>Requests submitted after 5:00 p.m. or on weekends and holidays are considered received the next business day.
Pursuant to O.C.G.A. &sect; 50-18-71, a response will be provided within three (3) business days.</p>
<p>To monitor the progress or update this request, please log into the
<a href="https://gcpsk12ga.govqa.us/WEBAPP/_rs/supporthome.aspx">Open Records Center</a>.</p>
</td></tr></table></body></html>
"""))

# 013 Duval special service charge letter, PDF only (REQ-001)
letter = pdf([
    'DUVAL COUNTY PUBLIC SCHOOLS', 'Office of Public Records', '1701 Prudential Drive, Jacksonville, Florida 32207', '',
    'September 22, 2026', '', 'Records Desk', 'records@records.example.org', '',
    'Re: Public Records Request PRR 26-0418 - School security services contracts', '',
    'Dear Requester:', '',
    'The District has reviewed your request. Responsive records are located in the Office of School',
    'Safety and Security, Procurement Services and the Office of General Counsel. Because of the volume',
    'of records and the review required to protect information made exempt or confidential by',
    'section 119.071(3)(a), Florida Statutes (security and firesafety plans and related information),',
    'fulfilling the request will require extensive clerical and supervisory assistance.',
    '',
    'Pursuant to section 119.07(4)(d), Florida Statutes, and School Board Policy 9.40, the District',
    'assesses a special service charge based on the actual labor cost of the lowest-paid personnel',
    'capable of performing the work:', '',
    '   Search and retrieval, Procurement (6.0 hours x $31.18)            $187.08',
    '   Review and redaction, School Safety (3.0 hours x $38.47)          $115.41',
    '   Duplication (electronic delivery)                                   $0.00',
    '   ------------------------------------------------------------------------',
    '   Estimated total                                                   $302.49', '',
    'A deposit of the full estimated amount is required before work begins. If the actual cost is',
    'less than the deposit, the difference will be refunded. If we do not receive payment or hear',
    'from you within 30 days of this letter, the request will be considered withdrawn.',
    '', 'Payment may be made by check payable to "Duval County Public Schools" referencing PRR 26-0418.',
    '', 'Respectfully,', '', 'Tameka Holloway', 'Public Records Specialist'], 'PRR 26-0418 Cost Estimate')
write('013-duval-special-service-charge-pdf.eml', mixed([
    ('From', 'Tameka Holloway <hollowayt@duvalschools.org>'),
    ('To', plus(1)),
    ('Subject', 'PRR 26-0418 Cost Estimate'),
    ('Date', 'Tue, 22 Sep 2026 14:30:10 -0400'),
    ('Message-ID', mid('013', 'DM6PR12MB4410.namprd12.prod.outlook.com')),
    ('In-Reply-To', mid('002', 'DM6PR12MB4410.namprd12.prod.outlook.com')),
    ('References', req_mid(1, '2026-09-08') + ' ' + mid('002', 'DM6PR12MB4410.namprd12.prod.outlook.com')),
] + OUTLOOK('013'), """
Good afternoon,

Please see the attached correspondence regarding your request.

Tameka Holloway
Public Records Specialist
Office of Public Records | Duval County Public Schools
""", [('application/pdf', 'PRR 26-0418 Cost Estimate.pdf', letter)]))

GG = lambda sender, disp: [('Sender', 'records@records.example.org'), ('List-Id', '<records.records.example.org>'),
    ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
    ('X-Original-Sender', sender), ('X-Original-From', disp), ('Precedence', 'list')]

# 014 Forsyth acknowledgment via our Google Group inbox (received 9/22)
write('014-forsyth-ack-google-group.eml', plain([
    ('From', "'Forsyth County Schools Open Records' via Records Desk <records@records.example.org>"),
    ('Reply-To', 'Forsyth County Schools Open Records <openrecords@forsyth.k12.ga.us>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Open Records Request FCS-ORR-26-114 received'),
    ('Date', 'Wed, 23 Sep 2026 09:10:44 -0400'),
    ('Message-ID', '<CAF7q2mXk1a9P0sLrT4@mail.gmail.com>'),
    ('In-Reply-To', req_mid(9, '2026-09-22')),
    ('References', req_mid(9, '2026-09-22')),
] + GG('openrecords@forsyth.k12.ga.us', 'Forsyth County Schools Open Records <openrecords@forsyth.k12.ga.us>'), """
Hello,

Forsyth County Schools received your Open Records Act request on September 22,
2026. It has been logged as FCS-ORR-26-114.

You asked for: reconsideration requests for media center materials, committee
recommendations and decisions, and the list of titles removed from school media
centers, 2022 to present.

We will respond within three business days as required by law.

Open Records | Forsyth County Schools
1120 Dahlonega Highway, Cumming, GA 30040

--
You received this message because you are subscribed to the Google Groups "Records Desk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@records.example.org.
"""))

# 015 Polk NextRequest portal notice (nothing substantive)
write('015-polk-nextrequest-update.eml', alt([
    ('From', 'Polk County Public Schools <noreply@nextrequest.com>'),
    ('To', plus(3)),
    ('Subject', '[Records Request 26-1187] Request updated'),
    ('Date', 'Wed, 23 Sep 2026 17:02:13 -0400'),
    ('Message-ID', mid('015', 'nextrequest.com')),
], """
Record request 26-1187 has been updated.

Log in to view the latest activity on this request:
https://polkschoolsfl.nextrequest.com/requests/26-1187

Polk County Public Schools | Powered by NextRequest
""", """
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Record request <a href="https://polkschoolsfl.nextrequest.com/requests/26-1187">26-1187</a> has been updated.</p>
<p><a href="https://polkschoolsfl.nextrequest.com/requests/26-1187" style="background:#2a6ebb;color:#fff;padding:6px 12px;text-decoration:none">View request</a></p>
<p style="font-size:11px;color:#888">Polk County Public Schools | Powered by NextRequest</p></body></html>
"""))

# 016 Gwinnett GovQA three-day response with cost estimate (must agree before processing)
write('016-gwinnett-govqa-cost-estimate.eml', html_only([
    ('From', 'Gwinnett County Public Schools Open Records <gcpsopenrecords@govqa.us>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Open Records Request :: R000612-092226 - Estimated Cost'),
    ('Date', 'Fri, 25 Sep 2026 11:20:05 -0400'),
    ('Message-ID', mid('016', 'govqa.us')),
], """
<html><body style="font-family:Verdana,sans-serif;font-size:9pt">
<p>Dear Records Desk,</p>
<p>This is the District&rsquo;s response under O.C.G.A. &sect; 50-18-71(b)(1)(A) to reference number R000612-092226.</p>
<p>Responsive records exist and include the master agreement and pilot agreement with the weapons detection vendor,
purchase orders, the 2025 security vendor RFP file and performance evaluations. Producing them will take an estimated
7.5 hours of search, retrieval and redaction by the lowest-paid qualified employee:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:9pt">
<tr><td>Search/retrieval/redaction: 7.5 hrs @ $24.87</td><td align="right">$186.53</td></tr>
<tr><td>Copies (electronic)</td><td align="right">$0.00</td></tr>
<tr><td><b>Estimated total</b></td><td align="right"><b>$186.53</b></td></tr></table>
<p>Because the estimated cost exceeds $25.00, O.C.G.A. &sect; 50-18-71(d) requires your written agreement to pay
before we proceed. <b>Your request is on hold.</b> Please reply through the Open Records Center to accept the
estimate or to narrow your request. Records describing specific security measures (camera placement, screening
procedures, vulnerability assessments) may be withheld under O.C.G.A. &sect; 50-18-72(a)(25).</p>
<p>Once you agree, we anticipate the records can be produced within ten business days.</p>
<p>Open Records Office<br>Gwinnett County Public Schools</p>
<p style="font-size:8pt;color:#777">Please do not reply to this email. Log in to the
<a href="https://gcpsk12ga.govqa.us/WEBAPP/_rs/supporthome.aspx">Open Records Center</a> to respond.</p>
</body></html>
"""))

# 017 Forsyth 3-day letter: needs more time, hedged; rolling production to begin by 10/09
write('017-forsyth-three-day-extension.eml', alt([
    ('From', "'Forsyth County Schools Open Records' via Records Desk <records@records.example.org>"),
    ('Reply-To', 'Forsyth County Schools Open Records <openrecords@forsyth.k12.ga.us>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Re: Open Records Request FCS-ORR-26-114 received'),
    ('Date', 'Fri, 25 Sep 2026 16:40:19 -0400'),
    ('Message-ID', '<CAF7q2mYw3Zr88uTqk1@mail.gmail.com>'),
    ('In-Reply-To', '<CAF7q2mXk1a9P0sLrT4@mail.gmail.com>'),
    ('References', req_mid(9, '2026-09-22') + ' <CAF7q2mXk1a9P0sLrT4@mail.gmail.com>'),
] + GG('openrecords@forsyth.k12.ga.us', 'Forsyth County Schools Open Records <openrecords@forsyth.k12.ga.us>'), """
Hello again,

Regarding FCS-ORR-26-114: responsive records exist, but they are held at each
school's media center and by the Division of Academics, and they cannot all be
gathered within three business days. The records are (1) reconsideration
request forms, (2) school and district committee recommendations and
decisions, and (3) the removal lists posted for 2022-23 through 2025-26.

We expect to begin producing records on a rolling basis by October 9, 2026,
although additional time may be needed for the 2022 files, which are in
archived storage. Student names on any forms will be redacted.

Thank you for your patience.
Open Records | Forsyth County Schools
""", """
<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello again,</p>
<p>Regarding <b>FCS-ORR-26-114</b>: responsive records exist, but they are held at each school&rsquo;s media center and by the
Division of Academics, and they cannot all be gathered within three business days. The records are (1) reconsideration request
forms, (2) school and district committee recommendations and decisions, and (3) the removal lists posted for 2022-23 through 2025-26.</p>
<p>We expect to begin producing records on a rolling basis by <b>October 9, 2026</b>, although additional time may be needed for the
2022 files, which are in archived storage. Student names on any forms will be redacted.</p>
<p>Thank you for your patience.<br>Open Records | Forsyth County Schools</p>
</body></html>
"""))

# 018 Duval first installment of book-removal records (REQ-002) with CSV index
csv_index = ('doc_no,school,title,objection_date,committee_decision\n'
             '0419-001,Mandarin HS,"The Bluest Eye",2024-02-13,Removed\n'
             '0419-002,Fletcher MS,"Drama",2024-03-05,Retained\n'
             '0419-003,Paxon SAS,"Beloved",2024-04-22,Restricted (grades 11-12)\n'
             '0419-004,Stanton College Prep,"Nineteen Minutes",2024-05-01,Removed\n'
             '0419-005,Kernan MS,"Out of Darkness",2024-09-17,Removed\n').encode()
write('018-duval-books-installment1.eml', mixed([
    ('From', 'Tameka Holloway <hollowayt@duvalschools.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'PRR 26-0419 - Installment 1'),
    ('Date', 'Mon, 28 Sep 2026 10:05:57 -0400'),
    ('Message-ID', mid('018', 'DM6PR12MB4410.namprd12.prod.outlook.com')),
] + OUTLOOK('018'), """
Good morning,

Attached is the first installment of records responsive to PRR 26-0419: an index
of the objection files for the 2024-25 school year. The objection forms and
committee minutes listed in the index are available for download at the link
below for 30 days.

https://dcps-my.sharepoint.com/:f:/g/personal/hollowayt/PRR26-0419-inst1

The names and identifying information of students referenced in a few of the
objection forms have been redacted under FERPA (20 U.S.C. 1232g) and section
1002.221, Florida Statutes. Parent objectors' names are not redacted.

Records for the 2025-26 school year are still being compiled by Library Media
Services and will be provided in a second installment.

Respectfully,
Tameka Holloway
Public Records Specialist
""", [('text/csv', 'PRR 26-0419 Installment 1 Index.csv', csv_index)]))

# 019 Greenville out-of-office for fall break (REQ-010)
write('019-greenville-autoreply.eml', plain([
    ('From', 'GCS FOIA <foia@greenville.k12.sc.us>'),
    ('To', plus(10)),
    ('Subject', 'Automatic reply: FOIA Request: School resource officer agreements and private security contracts, 2022-2026'),
    ('Date', 'Tue, 29 Sep 2026 09:31:00 -0400'),
    ('Message-ID', mid('019', 'greenville.k12.sc.us')),
    ('In-Reply-To', req_mid(10, '2026-09-29')),
    ('References', req_mid(10, '2026-09-29')),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Autoreply', 'yes'),
], """
Thank you for your message. The FOIA office is staffed on a limited basis
this week. Requests received will be logged and processed in the order
received when staff return on Thursday, October 1.

Greenville County Schools
Office of Communications / FOIA
"""))

# 020 Polk final release: aggregate data, FERPA redactions/suppression (not a denial)
write('020-polk-nextrequest-closed-final.eml', alt([
    ('From', 'Polk County Public Schools <noreply@nextrequest.com>'),
    ('To', plus(3)),
    ('Subject', '[Records Request 26-1187] closed'),
    ('Date', 'Wed, 30 Sep 2026 12:00:41 -0400'),
    ('Message-ID', mid('020', 'nextrequest.com')),
], """
Record request 26-1187 has been closed.

Message from Polk County Public Schools:
"Thank you for your clarification. Three Excel workbooks have been released
with aggregate counts of referrals, in-school suspensions, out-of-school
suspensions and expulsions by school, race/ethnicity, sex, ESE and ELL status
for 2023-24, 2024-25 and 2025-26. Cells representing fewer than 10 students
have been suppressed, and no student-level data is included, to protect
personally identifiable information in education records under FERPA
(20 U.S.C. 1232g) and s. 1002.22, F.S. This completes your request."

Documents released: 3
View: https://polkschoolsfl.nextrequest.com/requests/26-1187
""", """
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Record request <a href="https://polkschoolsfl.nextrequest.com/requests/26-1187">26-1187</a> has been <b>closed</b>.</p>
<p><b>Message from Polk County Public Schools:</b></p>
<blockquote style="border-left:3px solid #2a6ebb;padding-left:10px">Thank you for your clarification. Three Excel workbooks have been released
with aggregate counts of referrals, in-school suspensions, out-of-school suspensions and expulsions by school, race/ethnicity, sex, ESE and
ELL status for 2023-24, 2024-25 and 2025-26. Cells representing fewer than 10 students have been suppressed, and no student-level data is
included, to protect personally identifiable information in education records under FERPA (20 U.S.C. 1232g) and s. 1002.22, F.S.
This completes your request.</blockquote>
<p>Documents released: 3</p><p style="font-size:11px;color:#888">Powered by NextRequest</p></body></html>
"""))
