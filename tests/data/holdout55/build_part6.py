#!/usr/bin/env python3
"""Messages 051-059 (November 24, 2026 - January 14, 2027)."""
from build_common import *

R014 = req_mid(14, '20260915')

# ---------------------------------------------------------------- 051 NYS DOH first installment, PDF letter, patient redactions
letter051 = [
    'NEW YORK STATE DEPARTMENT OF HEALTH',
    'Records Access Office  |  Corning Tower, Empire State Plaza, Albany, New York 12237',
    '',
    'November 24, 2026',
    '',
    'Records Desk',
    'records.example.org',
    '',
    'Re: FOIL #26-09-412 - Installment 1',
    '',
    'Dear Records Desk:',
    '',
    'This is the first installment of the Department\'s response to your Freedom of Information Law request for',
    'investigation files and closure letters of the Bureau of Emergency Medical Services and Trauma Systems',
    '(BEMS) concerning ambulance services, 2023 to date.',
    '',
    'Enclosed through the secure file link in the accompanying email are 38 investigation summaries and closure',
    'letters for investigations that were opened and closed in 2023 and 2024 (412 pages).',
    '',
    'Portions of these records have been redacted:',
    '  - the names, dates of birth, addresses and other identifying details of patients, and the description of',
    '    their medical condition and treatment taken from prehospital care reports, which are confidential',
    '    under the Public Health Law and are exempt under Public Officers Law section 87(2)(a);',
    '  - the names and contact information of complainants and witnesses who are private individuals,',
    '    whose disclosure would be an unwarranted invasion of personal privacy (section 87(2)(b)).',
    '',
    'The Department continues to process the remaining records, covering investigations opened in 2025 and',
    '2026, and expects to respond to the remainder of your request on or before January 15, 2027.',
    '',
    'You may appeal the redactions in this installment within 30 days by writing to the Records Access Appeals',
    'Officer, New York State Department of Health, Corning Tower, Room 2364, Empire State Plaza, Albany, New',
    'York 12237, or foilappeals@health.ny.gov.',
    '',
    'Sincerely,',
    '',
    'Records Access Office',
]
t051 = """Dear Records Desk:

Attached is the Department's letter for the first installment of FOIL #26-09-412. The
records (38 files, 412 pages) can be downloaded from the secure link below until
December 24, 2026:

https://securefiles.health.ny.gov/s/7Kp2xQ9vLm3R

Records Access Office
New York State Department of Health
"""
write('051-nysdoh-installment1-pdf.eml', [
    ('From', 'DOH FOIL <foil@health.ny.gov>'),
    ('To', 'Records Desk <%s>' % plus(14)),
    ('Subject', 'FOIL #26-09-412 - Partial Response (Installment 1)'),
    ('Thread-Topic', 'FOIL #26-09-412 - Partial Response (Installment 1)'),
    ('Date', 'Tue, 24 Nov 2026 14:40:06 -0500'),
    ('Message-ID', '<MN2PR09MB48563E2F4A1B4C7D8E90F1A2B3C56@MN2PR09MB4856.namprd09.prod.outlook.com>'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', 'yes'),
], multipart('mixed', [text(t051, charset='us-ascii', cte='7bit'),
                       attachment(pdf(letter051, title='FOIL 26-09-412 Installment 1'), 'application/pdf',
                                  'FOIL 26-09-412 Installment 1 Letter.pdf')], '051'))

# ---------------------------------------------------------------- 052 Maryland OCME mailbox vacation responder (follow-up thread only)
t052 = """Thank you for contacting the OCME Public Information Act office.

The office is closed Thursday, November 26 and Friday, November 27 for the Thanksgiving
holidays, and I am out of the office through Monday, November 30. Your message will be
answered after I return.

For a copy of a death certificate, please contact the Division of Vital Records.

Angela Boateng
PIA Coordinator, Office of the Chief Medical Examiner
"""
write('052-mdocme-gmail-vacation-responder.eml', [
    ('From', 'MDH OCME PIA <mdh.ocmepia@maryland.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Re: Question about the two pending reports'),
    ('Date', 'Wed, 25 Nov 2026 08:01:54 -0500'),
    ('Message-ID', '<CAK7vR2vAuto8Rq3Hm1Ld6Wc0pXz4sNb9eJy2kTf5Ug@mail.gmail.com>'),
    ('In-Reply-To', '<req-006.20261125.4@records.example.org>'),
    ('References', '<req-006.20261125.4@records.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
    ('Precedence', 'bulk'),
], text(t052))

# ---------------------------------------------------------------- 053 reader tip (null)
t053 = """Hello,

I read your article about people dying in county jails and I wanted to tell you about my
nephew. He died in the Shelby County jail in Indiana in March 2023 and we were told it was
natural causes. The coroner never gave us the autopsy report even though we asked twice,
and nobody from the jail has ever talked to us.

Is there any way your reporters could look into it? I can send you what paperwork we have.

Thank you,
Denise Carroway
"""
write('053-reader-tip-null.eml', [
    ('From', 'Denise Carroway <dcarroway64@gmail.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'my nephew died in jail - autopsy'),
    ('Date', 'Mon, 30 Nov 2026 21:14:09 -0500'),
    ('Message-ID', '<CAFx7pQe3Lr9Vn2Ky5Tm8bW1zHc4dJs6gUa0oRf2Xq@mail.gmail.com>'),
], text(t053, charset='UTF-8', fmt_flowed=True))

# ---------------------------------------------------------------- 054 Maricopa final release; two reports withheld at MCAO's request
msg054 = """This is the final release for your request.

Release 2 contains 15 autopsy reports (with toxicology) and the matching investigative
reports, with the same categories of information redacted as in Release 1 (next-of-kin
and witness contact details, dates of birth, Social Security and booking numbers, and
medical information from treating-provider and jail medical records).

Two reports are withheld at the request of the Maricopa County Attorney's Office because
the deaths are the subject of active criminal investigations. The OME has determined
that releasing these records now would be detrimental to the best interests of the
State. You may request them again when the investigations have concluded.

With this release, records for all 31 cases have been addressed (29 released in part,
2 withheld), and your request is now closed.

The records are available in the Public Records Center as W003318-090126_Release2.zip.
"""
h054 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c9c9c9">
<tr><td style="background:#5a2d82;color:#fff;padding:10px 14px;font-size:13pt"><b>Maricopa County Public Records Center</b></td></tr>
<tr><td style="padding:14px">
<p>Records have been released and public records request <b>W003318-090126</b> (Office of the Medical Examiner) has been closed.</p>
<div style="border-left:3px solid #5a2d82;padding:6px 12px;background:#f7f5fa">""" + \
    ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in msg054.strip().split('\n\n')) + """</div>
<p><a href="https://maricopacountyaz.govqa.us/WEBAPP/_rs/(S(x3k1p0gq))/SupportHome.aspx">Log in to the Public Records Center</a> to download the files.</p>
<p style="color:#777;font-size:8pt">Replies to this email are not monitored.</p>
</td></tr></table></body></html>
"""
write('054-mcome-govqa-final-two-withheld.eml', [
    ('From', 'Maricopa County Public Records Center <maricopacountyaz@govqa.us>'),
    ('To', plus(1)),
    ('Subject', 'Public Records Request :: W003318-090126 - Records Released - Request Closed'),
    ('Date', 'Tue, 08 Dec 2026 13:25:37 -0700'),
    ('Message-ID', '<f2a4c6e8b0d14a3c9e7f1b3d5a7c9e1f@govqa.us>'),
    ('X-Mailer', 'GovQA Mailer 9.4'),
], text(h054, 'html'))

# ---------------------------------------------------------------- 055 Maricopa portal: "Completed" with a link only
h055 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c9c9c9">
<tr><td style="background:#5a2d82;color:#fff;padding:10px 14px;font-size:13pt"><b>Maricopa County Public Records Center</b></td></tr>
<tr><td style="padding:14px">
<p>Your request has been completed.</p>
<p><a href="https://maricopacountyaz.govqa.us/WEBAPP/_rs/(S(x3k1p0gq))/RequestLogin.aspx?rid=W003402-091426">Click here to view your request.</a></p>
<p style="color:#777;font-size:8pt">This is an automated message. Replies to this email are not monitored.</p>
</td></tr></table></body></html>
"""
write('055-mcome-govqa-completed-link-only.eml', [
    ('From', 'Maricopa County Public Records Center <maricopacountyaz@govqa.us>'),
    ('To', plus(2)),
    ('Subject', 'Public Records Request :: W003402-091426 Completed'),
    ('Date', 'Wed, 09 Dec 2026 09:00:03 -0700'),
    ('Message-ID', '<0b2d4f6a8c0e4b1d9f3a5c7e9b1d3f5a@govqa.us>'),
    ('X-Mailer', 'GovQA Mailer 9.4'),
], text(h055, 'html'))

# ---------------------------------------------------------------- 056 Parkland closes the request after 61 days without clarification
t056 = """Dear Requestor,

On October 12, 2026, the District asked you in writing to clarify request PIR2026-1002
(correctional health services agreements and mortality reviews). As of today the District
has not received a response.

Under Texas Government Code 552.222(d), a request for which the requestor does not respond
in writing to a request for clarification by the 61st day after the date the clarification
was sent is considered withdrawn. Request PIR2026-1002 has therefore been closed, and no
information has been released.

You are welcome to submit a new request at any time.

Sincerely,

Marisol Ybarra
Open Records Specialist
Office of the General Counsel | Parkland Health

CONFIDENTIALITY NOTICE: This email and any attachments may contain confidential or
legally privileged information, including protected health information. If you are not
the intended recipient, please notify the sender immediately and delete this message.
"""
write('056-parkland-closed-withdrawn-no-response.eml', [
    ('From', 'Parkland Open Records <OpenRecords@phhs.org>'),
    ('To', 'Records Desk <%s>' % plus(9)),
    ('Subject', 'PIR2026-1002 - Request Closed'),
    ('Thread-Topic', 'PIR2026-1002 - Request Closed'),
    ('Date', 'Mon, 14 Dec 2026 10:10:19 -0600'),
    ('Message-ID', '<SN4PR06MB7322D4E5F6A74B8C9D01E2F3A4B5D9@SN4PR06MB7322.namprd06.prod.outlook.com>'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], text(t056))

# ---------------------------------------------------------------- 057 CDC first interim release (PDF) with exemptions and appeal paragraph
letter057 = [
    'DEPARTMENT OF HEALTH & HUMAN SERVICES                         Public Health Service',
    '                                           Centers for Disease Control and Prevention (CDC)',
    '                                           Atlanta GA 30329-4027',
    '',
    'December 15, 2026',
    '',
    'Records Desk',
    'records.example.org',
    '',
    'Re: FOIA Request #26-01873-FOIA - First Interim Response',
    '',
    'Dear Requester:',
    '',
    'This is the first interim response to your Freedom of Information Act request for guidance, training materials',
    'and correspondence concerning the certification and coding of deaths in custody.',
    '',
    'The National Center for Health Statistics (NCHS) located 212 pages of responsive records. After review, 164',
    'pages are released in full, 38 pages are released in part, and 10 pages are withheld in full. The withheld',
    'information is protected by the following exemptions:',
    '',
    '  Exemption 5, 5 U.S.C. 552(b)(5) - draft guidance and staff recommendations that are predecisional and',
    '  deliberative; and',
    '  Exemption 6, 5 U.S.C. 552(b)(6) - personal email addresses and telephone numbers of non-federal',
    '  individuals, and information about identifiable decedents, the release of which would be a clearly',
    '  unwarranted invasion of personal privacy.',
    '',
    'Records of the National Center for Injury Prevention and Control (National Violent Death Reporting System)',
    'are still being reviewed and will be addressed in a later response. We continue to estimate that processing',
    'of your request will be completed by March 31, 2027.',
    '',
    'If you are not satisfied with the withholdings in this interim response, you may administratively appeal to',
    'the Deputy Agency Chief FOIA Officer, Office of the Assistant Secretary for Public Affairs, U.S. Department',
    'of Health and Human Services, via the HHS FOIA appeals portal or by mail to Hubert H. Humphrey Building,',
    '200 Independence Avenue, SW, Washington, DC 20201. Your appeal must be postmarked or electronically',
    'transmitted within 90 days of the date of this response. You may also contact our FOIA Public Liaison',
    '(770-488-6246) or the Office of Government Information Services (ogis@nara.gov; 202-741-5770).',
    '',
    'Sincerely,',
    '',
    'Lorraine T. Whitcomb',
    'Government Information Specialist',
    'CDC/ATSDR FOIA Office',
]
t057 = """Please see the attached interim response to your FOIA request. The released records
(202 pages) are attached as a separate file in the secure download link below.

https://foia.cdc.gov/download/26-01873-FOIA/interim1

CDC/ATSDR FOIA Office
"""
write('057-cdc-interim-release-pdf.eml', [
    ('From', 'CDC FOIA Office <FOIARequests@cdc.gov>'),
    ('To', plus(16)),
    ('Subject', 'FOIA Interim Response'),
    ('Date', 'Tue, 15 Dec 2026 15:35:48 -0500'),
    ('Message-ID', '<DM6PR09MB53246C7D8E9F4A0B1C23D4E5F6A91@DM6PR09MB5324.namprd09.prod.outlook.com>'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', 'yes'),
], multipart('mixed', [text(t057, charset='us-ascii', cte='7bit'),
                       attachment(pdf(letter057, title='Interim Response'), 'application/pdf',
                                  '26-01873-FOIA Interim Response 1.pdf')], '057'))

# ---------------------------------------------------------------- 058 CDC no-records final (PDF), 90-day appeal + OGIS
letter058 = [
    'DEPARTMENT OF HEALTH & HUMAN SERVICES                         Public Health Service',
    '                                           Centers for Disease Control and Prevention (CDC)',
    '                                           Atlanta GA 30329-4027',
    '',
    'January 12, 2027',
    '',
    'Records Desk',
    'records.example.org',
    '',
    'Re: FOIA Request #27-00041-FOIA - Final Response',
    '',
    'Dear Requester:',
    '',
    'This is the final response to your Freedom of Information Act request of October 5, 2026, for Overdose Data',
    'to Action (OD2A) progress reports and EMS overdose data files submitted to CDC by the Arizona Department of',
    'Health Services for budget periods 2024 through 2026.',
    '',
    'The National Center for Injury Prevention and Control, Division of Overdose Prevention, and the CDC Office',
    'of Grants Services searched their award files and the grants management system for progress reports and',
    'data submissions from the Arizona Department of Health Services. No responsive records were located. CDC',
    'records show that the Arizona Department of Health Services was not an OD2A recipient for those budget',
    'periods; OD2A funding in Arizona during that time was awarded to local health departments. If you would like',
    'records of those recipients, you may submit a new request.',
    '',
    'If you are not satisfied with this response, you may administratively appeal to the Deputy Agency Chief FOIA',
    'Officer, Office of the Assistant Secretary for Public Affairs, U.S. Department of Health and Human Services,',
    'Hubert H. Humphrey Building, 200 Independence Avenue, SW, Washington, DC 20201, or through the HHS FOIA',
    'appeals portal. Your appeal must be postmarked or electronically transmitted within 90 days of the date of',
    'this response.',
    '',
    'You may contact our FOIA Public Liaison at 770-488-6246 for further assistance. You may also contact the',
    'Office of Government Information Services (OGIS) at the National Archives and Records Administration to',
    'inquire about the FOIA mediation services they offer: OGIS, 8601 Adelphi Road-OGIS, College Park, Maryland',
    '20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.',
    '',
    'There are no fees for this request.',
    '',
    'Sincerely,',
    '',
    'Marcus D. Bell',
    'Government Information Specialist',
    'CDC/ATSDR FOIA Office',
]
t058 = """Please see the attached final response to your FOIA request #27-00041-FOIA.

CDC/ATSDR FOIA Office
FOIARequests@cdc.gov
"""
write('058-cdc-no-records-final-pdf.eml', [
    ('From', 'CDC FOIA Office <FOIARequests@cdc.gov>'),
    ('To', plus(17)),
    ('Subject', 'FOIA Final Response - #27-00041-FOIA'),
    ('Date', 'Tue, 12 Jan 2027 11:00:27 -0500'),
    ('Message-ID', '<DM6PR09MB53249A0B1C2D4E3F5A67B8C9D0E91@DM6PR09MB5324.namprd09.prod.outlook.com>'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', 'yes'),
], multipart('mixed', [text(t058, charset='us-ascii', cte='7bit'),
                       attachment(pdf(letter058, title='27-00041-FOIA Final Response'), 'application/pdf',
                                  '27-00041-FOIA Final Response.pdf')], '058'))

# ---------------------------------------------------------------- 059 NYS DOH final installment; open files withheld; 30-day appeal
t059 = """Dear Records Desk:

Re: FOIL #26-09-412 - Installment 2 (Final)

This is the second and final installment of the Department's response to your Freedom
of Information Law request for BEMS investigation files and closure letters concerning
ambulance services.

Available through the secure link below are 51 investigation summaries and closure
letters for investigations opened in 2025 and 2026 (587 pages), redacted in the same
manner as the first installment: patient identifying and medical information from
prehospital care reports (Public Officers Law section 87(2)(a)) and the names and
contact information of private complainants and witnesses (section 87(2)(b)).

Nine investigation files that remain open are withheld in full. They were compiled for
law enforcement purposes, and their disclosure would interfere with the Department's
pending investigations (section 87(2)(e)(i)); they also consist of inter-agency and
intra-agency materials that are not final determinations (section 87(2)(g)).

You may appeal this determination within 30 days by writing to the Records Access
Appeals Officer, New York State Department of Health, Corning Tower, Room 2364, Empire
State Plaza, Albany, New York 12237, or foilappeals@health.ny.gov.

This completes the Department's response to FOIL #26-09-412.

https://securefiles.health.ny.gov/s/Qm8Tz4Wc1Ny6

Records Access Office
New York State Department of Health
"""
h059 = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + \
    ''.join('<p class="MsoNormal">%s</p>' % p.replace('\n', ' ') for p in t059.strip().split('\n\n')) + '</div></body></html>\n'
write('059-nysdoh-final-installment-open-files-withheld.eml', [
    ('From', 'DOH FOIL <foil@health.ny.gov>'),
    ('To', 'Records Desk <%s>' % plus(14)),
    ('Subject', 'FOIL #26-09-412 - Final Response'),
    ('Thread-Topic', 'FOIL #26-09-412 - Final Response'),
    ('Date', 'Thu, 14 Jan 2027 14:20:33 -0500'),
    ('Message-ID', '<MN2PR09MB4856C1D2E3F44A5B6C78D9E0F1A56@MN2PR09MB4856.namprd09.prod.outlook.com>'),
    ('References', R014),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], multipart('alternative', [text(t059), text(h059, 'html')], '059'))

print('part6 done')
