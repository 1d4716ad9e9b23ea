#!/usr/bin/env python3
"""Messages 051-059 (November 13, 2026 - January 8, 2027)."""
from common import *

F = []

# 051 colleague forwards an MDTA installment that went to her own address
m = plain('Priya Shah <pshah@records.example.org>', 'Records Desk <records@records.example.org>',
          'Fwd: MDTA-PIA-2026-0412 - first installment', '2026-11-13 11:00 -0500', mid('051fwd', 'records.example.org'),
          """Landed in my inbox instead of the desk's - logging it here. Attachments are in the shared drive.
-P

---------- Forwarded message ---------
From: MDTA Public Information Act Office <mdtapia@mdta.maryland.gov>
Date: Thu, Nov 12, 2026 at 4:41 PM
Subject: MDTA-PIA-2026-0412 - first installment
To: Priya Shah <pshah@records.example.org>


Dear Ms. Shah:

Enclosed is the first installment of records responsive to MPIA request MDTA-PIA-2026-0412:

  - MDTA Records Retention and Disposal Schedule, items 61-64 (toll transaction images: retained
    for the life of the transaction plus 3 years when a toll or penalty is due; otherwise purged
    after 45 days);
  - Sections C.4 and C.9 of the E-ZPass Maryland customer service center contract (image data
    handling and retention).

Records concerning the sharing of plate data with law enforcement remain under review. We will
send the remaining records with our final response.

Sincerely,
PIA Coordinator
Maryland Transportation Authority
""")
save('051-fwd-mdta-interim.eml', m)
F.append(fact('051-fwd-mdta-interim.eml', 'REQ-010', 'records_interim', 'MDTA-PIA-2026-0412',
              why='colleague forwards (Fwd:) an MDTA installment sent to her own address; number and topic identify REQ-010'))

# 052 vendor marketing (request: null)
g = """<html><body style="font-family:Segoe UI,Arial;font-size:14px"><div style="max-width:620px;margin:auto">
<h2 style="color:#c4122f">Drowning in transit video requests?</h2>
<p>Public records requests for CCTV and onboard camera footage are up 40% at U.S. transit agencies. Join our free
webinar <b>&ldquo;Redacting transit video at scale&rdquo;</b> on December 2 with records officers from three regional
authorities.</p>
<p><a href="https://events.example-redact.com/transit-video">Save my seat</a></p>
<p style="font-size:11px;color:#777">You received this because you attended a records-management event. <a href="https://events.example-redact.com/u">Unsubscribe</a></p>
</div></body></html>"""
m = html_only('ClearFrame Redaction <events@example-redact.com>', 'records@records.example.org',
              'Webinar: Redacting transit video at scale (Dec 2)', '2026-11-17 09:00 -0500', mid('052mkt', 'example-redact.com'), g,
              headers=[('List-Unsubscribe', '<https://events.example-redact.com/u>'), ('Precedence', 'bulk')])
save('052-vendor-webinar-null.eml', m)
F.append(fact('052-vendor-webinar-null.eml', None, 'other', why='vendor marketing about transit video requests; belongs to no request'))

# 053 SDCRAA final installment with SSI withholdings
m = plain('Ruiz, Alejandra <aruiz@san.org>', plus('REQ-014'), 'RE: PRA-26-187 - Final installment',
          '2026-11-20 15:30 -0800', outlook_mid('053', 'BYAPR09MB6044.namprd09.prod.outlook.com'),
          """Good afternoon,

Attached is the final installment for PRA-26-187: the biometric boarding participation agreements
between the Airport Authority and four airlines operating at SAN, with the equipment license
addenda.

Portions of two addenda are withheld. Network and equipment-placement diagrams are Sensitive
Security Information under 49 C.F.R. part 1520, which the Authority is prohibited from disclosing
(Gov. Code 7927.705), and per-gate pricing from one carrier is withheld under Gov. Code 7922.000
because the public interest in nondisclosure clearly outweighs disclosure. All other records are
produced in full.

This completes the Authority's response.

Alejandra Ruiz
Senior Records Analyst, Office of the Authority Clerk
San Diego County Regional Airport Authority
""", headers=[('Thread-Topic', 'PRA-26-187 - Final installment')], rid_thread='REQ-014')
attach_pdf(m, 'PRA-26-187_Final_Installment.pdf', ['Biometric Boarding Participation Agreements (4)', 'Equipment license addenda',
                                                  '[SSI WITHHELD - 49 CFR 1520]'])
save('053-sdcraa-final-ssi.eml', m)
F.append(fact('053-sdcraa-final-ssi.eml', 'REQ-014', 'records_final', 'PRA-26-187', adverse=True,
              why='final installment with SSI and catch-all withholdings; CA table has no appeal days'))

# 054 MBTA final with redactions (HTML-only)
g = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear Records Desk:</p>
<p>Re: Public Records Request <b>R001842-091426</b></p>
<p>Attached is the log of requests for CCTV video footage received by the MBTA Transit Police Video Unit from
January 1, 2025 through September 14, 2026 (3,206 entries). This completes the MBTA&rsquo;s response.</p>
<p>The MBTA has redacted the names and contact information of private individuals who requested footage under
G.L. c. 4, &sect; 7(26)(c), and the case numbers and narrative fields of open criminal investigations under
G.L. c. 4, &sect; 7(26)(f).</p>
<p>You may appeal this response to the Supervisor of Records within ninety (90) calendar days (950 CMR 32.08) and
may also seek judicial review under G.L. c. 66, &sect; 10A(c).</p>
<p>Records Access Officer<br>Massachusetts Bay Transportation Authority</p></body></html>"""
m = html_only('MBTA Public Records <publicrecords@mbta.com>', plus('REQ-005'), 'R001842-091426 - Final Response',
              '2026-12-03 10:00 -0500', mid('054mbta', 'mbta.com'), g)
attach_bytes(m, 'R001842-091426_Video_Request_Log_Redacted.pdf', make_pdf(['MBTA TPD Video Unit - Footage Request Log', '2025-01-01 to 2026-09-14', '[REDACTED c/f]']),
             'application', 'pdf')
save('054-mbta-final-redacted.eml', m)
F.append(fact('054-mbta-final-redacted.eml', 'REQ-005', 'records_final', 'R001842-091426', adverse=True,
              why='final: video request log with (c)/(f) redactions; MA appeal 90 days'))

# 055 MDTA final letter in PDF, partial denial
letter = ['MARYLAND TRANSPORTATION AUTHORITY', '2310 Broening Highway, Baltimore, MD 21224', '', 'December 10, 2026', '',
          'RE: Maryland Public Information Act Request MDTA-PIA-2026-0412', '', 'Dear Records Desk:', '',
          'This is the MDTA\'s final response to your request. Enclosed are the MDTA\'s memoranda of',
          'understanding with the Maryland State Police and the Maryland Coordination and Analysis',
          'Center concerning access to toll plate data (19 pages).', '',
          'The MDTA denies access to the law enforcement query logs maintained by its customer',
          'service center contractor for the MDTA. These are records of investigations conducted by',
          'law enforcement agencies, and disclosure would be contrary to the public interest',
          '(GP 4-351(b)). Individual plate read data is also personal information that the MDTA may',
          'not disclose under GP 4-331 and Transportation Article 21-1414.', '',
          'Under GP 4-203(c) you may seek review of this decision by the Public Access Ombudsman,',
          'file a complaint with the Public Information Act Compliance Board, or seek judicial review',
          'under GP 4-362.', '', 'Sincerely,', 'PIA Coordinator', 'Maryland Transportation Authority']
m = plain('MDTA Public Information Act Office <mdtapia@mdta.maryland.gov>', 'records@records.example.org',
          'MDTA-PIA-2026-0412 Final Response', '2026-12-10 14:00 -0500', mid('055mdta', 'mdta.maryland.gov'),
          'Please see the attached final response and enclosures.\n\nMDTA PIA Office\n')
attach_pdf(m, 'MDTA-PIA-2026-0412_Final_Letter.pdf', letter)
attach_pdf(m, 'MDTA_MOUs_MSP_MCAC.pdf', ['MEMORANDUM OF UNDERSTANDING', 'MDTA and Maryland State Police', 'Access to toll plate data'])
save('055-mdta-final-partial-denial.eml', m)
F.append(fact('055-mdta-final-partial-denial.eml', 'REQ-010', 'records_final', 'MDTA-PIA-2026-0412', adverse=True,
              why='final letter in PDF: MOUs released, contractor-kept query logs denied (GP 4-351); MD table has no appeal days'))

# 056 WMATA final release, nothing withheld
m = plain('Tanisha Greer <tgreer@wmata.com>', plus('REQ-002'), 'PARP 27-0104 - Final Release',
          '2026-12-14 11:00 -0500', outlook_mid('056', 'MN2PR09MB5120.namprd09.prod.outlook.com'),
          """Good morning,

Attached is the second and final release for PARP 27-0104: Modifications 4-6 to the MTPD body-worn
camera contract and the vendor's cloud evidence-storage terms (data retention, ownership and vendor
access provisions), 188 pages. The vendor did not object to release and nothing has been withheld.

This completes WMATA's response. Thank you for your patience.

Tanisha Greer
PARP Specialist | Office of General Counsel, WMATA
""", headers=[('Thread-Topic', 'PARP 27-0104 - Final Release')])
m['In-Reply-To'] = outlook_mid('048', 'MN2PR09MB5120.namprd09.prod.outlook.com')
m['References'] = outlook_mid('019', 'MN2PR09MB5120.namprd09.prod.outlook.com') + ' ' + outlook_mid('048', 'MN2PR09MB5120.namprd09.prod.outlook.com')
attach_pdf(m, 'PARP_27-0104_Release_2.pdf', ['WMATA Contract - MTPD Body-Worn Camera System', 'Modifications 4-6; evidence storage terms'])
save('056-wmata-final-full.eml', m)
F.append(fact('056-wmata-final-full.eml', 'REQ-002', 'records_final', '27-0104',
              why='second and final release, nothing withheld'))

# 057 Port Authority denial, letter in PDF, cp1252 body
letter = ['THE PORT AUTHORITY OF NY & NJ', 'Office of the Secretary', '', 'December 15, 2026', '',
          'Re: Freedom of Information Reference No. 23981', '', 'Dear Requester:', '',
          'This is a response to your request for the PATH station CCTV video retention policy and',
          'records of law enforcement requests for George Washington Bridge toll data in 2025.', '',
          'Your request is denied. The PATH CCTV retention policy is exempt from disclosure under',
          'Section 2.1(n) of the Code as a record which, if disclosed, would jeopardize the Port',
          'Authority\'s capacity to guarantee the security of its facilities and personnel. Records',
          'of law enforcement requests for toll data are exempt under Section 2.1(e) of the Code',
          '(compiled for law enforcement purposes) and Section 2.1(b) (unwarranted invasion of',
          'personal privacy).', '',
          'You may appeal this decision by writing, within 30 days, to the FOI Appeals Officer,',
          'The Port Authority of New York and New Jersey, 4 World Trade Center, 150 Greenwich',
          'Street, 24th Floor, New York, NY 10007.', '', 'Very truly yours,', 'FOI Administrator']
m = plain('FOI Administrator <foiadmin@panynj.gov>', plus('REQ-012'), 'FOI Reference No. 23981 - Response',
          '2026-12-15 16:30 -0500', outlook_mid('057', 'DM6PR09MB4012.namprd09.prod.outlook.com'),
          'Dear Requester,\n\nPlease see the attached response to your Freedom of Information request. We\u2019re unable to release the records requested.\n\nFOI Administrator\nThe Port Authority of New York and New Jersey\n',
          headers=[('Thread-Topic', 'FOI Reference No. 23981 - Response')], charset='windows-1252', cte='quoted-printable')
m['In-Reply-To'] = outlook_mid('044', 'DM6PR09MB4012.namprd09.prod.outlook.com')
m['References'] = req('REQ-012')['message_id'] + ' ' + outlook_mid('044', 'DM6PR09MB4012.namprd09.prod.outlook.com')
attach_pdf(m, 'FOI_23981_Response.pdf', letter)
save('057-panynj-denial-pdf.eml', m)
F.append(fact('057-panynj-denial-pdf.eml', 'REQ-012', 'denial', '23981', adverse=True,
              why='both items withheld in full under FOI Code exemptions; letter in PDF; appeal 30 days (NY row)'))

# 058 Port Authority analyst out of office, answering our reply to the clarification
m = plain('Lisa Marchetti <lmarchetti@panynj.gov>', plus('REQ-013'), 'Automatic reply: RE: FOI 24107 - AirTrain incident logs',
          '2026-12-21 08:40 -0500', outlook_mid('058', 'DM6PR09MB4012.namprd09.prod.outlook.com'),
          """I am out of the office from December 21 through January 4 with limited access to email. For FOI
matters please write to foiadmin@panynj.gov. Thank you.
""", headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
              ('In-Reply-To', '<req-013.20261221.2@records.example.org>'),
              ('References', req('REQ-013')['message_id'] + ' ' + outlook_mid('045', 'DM6PR09MB4012.namprd09.prod.outlook.com') + ' <req-013.20261221.2@records.example.org>')])
save('058-panynj-analyst-ooo.eml', m)
F.append(fact('058-panynj-analyst-ooo.eml', 'REQ-013', 'auto_reply',
              why='analyst out-of-office answering our follow-up on FOI 24107; References carry the REQ-013 Message-ID'))

# 059 Port Authority final with privacy redactions
m = plain('FOI Administrator <foiadmin@panynj.gov>', plus('REQ-013'), 'FOI Reference No. 24107 - Response',
          '2027-01-08 14:15 -0500', outlook_mid('059', 'DM6PR09MB4012.namprd09.prod.outlook.com'),
          """Dear Requester:

Re: Freedom of Information Reference No. 24107

In response to your request, as clarified, for AirTrain JFK incident records for January through
June 2026, enclosed are the operator's monthly operating reports and the incident notifications it
submitted to the Port Authority under the operations and maintenance agreement (96 pages).

Names, badge numbers and contact information of passengers and operator employees have been
redacted under Section 2.1(b) of the Freedom of Information Code (unwarranted invasion of personal
privacy). The operator's internal control-center logs are not in the Port Authority's possession.

You may appeal the redactions within 30 days to the FOI Appeals Officer at the address on our
website.

Very truly yours,
FOI Administrator
The Port Authority of New York and New Jersey
""", headers=[('Thread-Topic', 'FOI Reference No. 24107 - Response')], rid_thread='REQ-013')
attach_pdf(m, 'FOI_24107_Responsive_Records.pdf', ['AirTrain JFK Monthly Operating Reports, Jan-Jun 2026', 'Incident notifications', '[REDACTED 2.1(b)]'])
save('059-panynj-final-redacted.eml', m)
F.append(fact('059-panynj-final-redacted.eml', 'REQ-013', 'records_final', '24107', adverse=True,
              why='release of PA-held operator reports with privacy redactions; contractor logs not held; NY appeal 30 days'))

record(6, F)
