"""Messages 051-059 (November 17, 2026 - January 20, 2027)."""
from build_common import *

OGIS = ('The 2007 FOIA amendments created the Office of Government Information Services (OGIS) to offer mediation '
        'services to resolve disputes between FOIA requesters and Federal agencies as a non-exclusive alternative to '
        'litigation. You may contact OGIS at: Office of Government Information Services, National Archives and Records '
        'Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; '
        'toll free 1-877-684-6448. Using OGIS services does not affect the timing of filing an appeal.')

# 051 ---------------------------------------------------------------- FWS no-records letter, HTML only (REQ-017)
htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Times New Roman',serif;font-size:12pt">
<p style="text-align:center"><b>United States Department of the Interior</b><br>FISH AND WILDLIFE SERVICE<br>
Mountain-Prairie Region<br>134 Union Boulevard, Lakewood, Colorado 80228</p>
<p>November 17, 2026</p>
<p>Records Desk<br>records+req-017@records.example.org</p>
<p><b>Re: Freedom of Information Act Request FWS-2026-02011</b></p>
<p>Dear Records Desk:</p>
<p>This is the final response to your Freedom of Information Act (FOIA) request, received on October 6, 2026, for
candidate conservation agreements with assurances (CCAAs) and critical habitat consultation records for the
Gunnison sage-grouse from 2024 to the present.</p>
<p>The Western Colorado Ecological Services Field Office in Grand Junction searched the Tracking and Integrated
Logging System (TAILS), its shared drives, and the email accounts of the two biologists assigned to the species,
using the terms "Gunnison sage-grouse", "GUSG", "CCAA" and "critical habitat" for January 1, 2024 through
October 6, 2026. The search located no records responsive to your request. The Gunnison sage-grouse CCAA and
the critical habitat designation predate your date range, and no new agreements or consultations were recorded
in that period.</p>
<p>Although a search that locates no records is not a denial of records, you may consider it an adverse
determination. You may appeal by writing to the Department of the Interior, FOIA Appeals Office, 1849 C Street NW,
MS-6556 MIB, Washington, DC 20240, or FOIA.Appeals@sol.doi.gov. Your appeal must be received no later than 90 days
after the date of this letter.</p>
<p>%s</p>
<p>Sincerely,</p><p>Dana Hollis<br>Regional FOIA Coordinator, Mountain-Prairie Region</p>
</body></html>
""" % OGIS
write('051-fws-no-records-html.eml', [
    ('From', 'FWS FOIA <fwsfoia@fws.gov>'),
    ('To', plus(17)),
    ('Subject', 'Final Response - FWS-2026-02011'),
    ('Date', date('2026-11-17 14:40')),
    ('Message-ID', gmail_mid('051')),
], html(htm))

# 052 ---------------------------------------------------------------- BLM first interim release, estimate for the rest (REQ-001)
body = """Hello,

The first interim release for DOI-BLM-2026-004417 is now posted to your Public
Access Link account: 214 pages, consisting of the 2024 and 2025 gather reports and
the contractor's daily gather logs.

Names and telephone numbers of contractor employees and private landowners have
been redacted under FOIA Exemption 6. Appeal rights will be provided with our final
response.

The remaining records - the Comprehensive Animal Welfare Program assessments and
the mortality records - are still under review. We anticipate sending the final
release on or before December 18, 2026.

Marisol Reyes
Government Information Specialist
BLM Colorado State Office
303-239-3717
"""
write('052-blm-first-interim-release.eml', [
    ('From', '"Reyes, Marisol" <mreyes@blm.gov>'),
    ('To', plus(1)),
    ('Cc', 'blm_co_foia@blm.gov'),
    ('Subject', 'DOI-BLM-2026-004417 - first interim release'),
    ('Date', date('2026-11-20 13:05')),
    ('Message-ID', gmail_mid('052')),
], multi('alternative', [text(body), html('<div dir="ltr">' + body.replace('\n\n', '<br><br>').replace('\n', ' ') + '</div>\n')], '052'))

# 053 ---------------------------------------------------------------- FWS final response letter in PDF, partial withholding (REQ-005)
letter = [
    '*United States Department of the Interior', 'FISH AND WILDLIFE SERVICE', 'Mountain-Prairie Region',
    '134 Union Boulevard, Lakewood, Colorado 80228', '', 'December 2, 2026', '', 'Records Desk', plus(5), '',
    '*Re: FOIA Request FWS-2026-01733 - Final Response', '', 'Dear Records Desk:', '',
    'This is the final response to your Freedom of Information Act (FOIA) request for records of the implementation in '
    'Colorado of the 10(j) rule for the gray wolf, including lethal take authorizations and depredation records. On '
    'October 19, 2026 you agreed to pay fees of up to $235.00.', '',
    'We located 4,544 pages of responsive records. We are releasing 1,947 pages in full and 2,411 pages in part, and we '
    'are withholding 186 pages in full, under the following exemptions:', '',
    'Exemption 5 (5 U.S.C. 552(b)(5)) protects inter-agency and intra-agency records that would be privileged in '
    'litigation. We withheld draft management documents and internal staff recommendations under the deliberative '
    'process privilege. Their release would harm the Service\'s decision-making by discouraging candid discussion.', '',
    'Exemption 6 (5 U.S.C. 552(b)(6)) protects information in personnel and similar files whose disclosure would be a '
    'clearly unwarranted invasion of personal privacy. We withheld the names, addresses and telephone numbers of '
    'livestock producers and private landowners.', '',
    'The released records are available in your Public Access Link account. Fees for this request total $212.10; an '
    'invoice will be sent separately.', '',
    'You may appeal this response by writing to the Department of the Interior, FOIA Appeals Office, 1849 C Street NW, '
    'MS-6556 MIB, Washington, DC 20240, or FOIA.Appeals@sol.doi.gov. Your appeal must be received no later than 90 days '
    'after the date of this letter.', '', OGIS, '',
    'Sincerely,', '', '', 'Dana Hollis', 'Regional FOIA Coordinator',
]
write('053-fws-final-partial-pdf.eml', [
    ('From', 'FWS FOIA <fwsfoia@fws.gov>'),
    ('To', plus(5)),
    ('Subject', 'FWS-2026-01733 Final Response'),
    ('Date', date('2026-12-02 10:30')),
    ('Message-ID', gmail_mid('053')),
    ('In-Reply-To', gmail_mid('037')),
    ('References', '%s %s' % (req_mid(5), gmail_mid('037'))),
], multi('mixed', [
    text('Please find attached our final response to your FOIA request. The released records are available in your '
         'Public Access Link account.\n\nFWS FOIA Office\n', rewrap=True),
    att(pdf(letter, 'Final Response'), 'application/pdf', 'FWS-2026-01733 Final Response Letter.pdf')], '053'))

# 054 ---------------------------------------------------------------- Montana FWP first installment (REQ-016)
ours = req_mid(16, '20261012', 2)
body = """Good afternoon,

Thank you for clarifying your request on October 12. The first installment for
PRR-01093 is ready at the State File Transfer Service link below (available for
14 days):

  - grizzly conflict database export for Regions 1 and 2, January 2025 through
    October 2026 (961 records); and
  - relocation narratives for Region 1 (38 reports).

Region 2 relocation narratives and the necropsy reports from the Wildlife Health
Lab in Bozeman will follow. I will send you a cost estimate for the necropsy
portion before we start on it.

https://transfer.mt.gov/Download/7c41e0b2-PRR01093-part1

Brenna Kowalczyk
Paralegal, Legal Unit
Montana Fish, Wildlife & Parks
"""
write('054-mt-fwp-first-installment.eml', [
    ('From', '"Kowalczyk, Brenna" <brenna.kowalczyk@mt.gov>'),
    ('To', 'Records Desk <%s>' % plus(16)),
    ('Cc', 'Dylan Harjo <dharjo@records.example.org>'),
    ('Subject', 'RE: PRR-01093 Grizzly bear records - clarification needed'),
    ('Date', date('2026-12-04 15:15')),
    ('Message-ID', outlook_mid('054', 'CY8PR09MB')),
    ('In-Reply-To', ours),
    ('References', '%s %s' % (outlook_mid('035in', 'CY8PR09MB'), ours)),
] + ms_headers('054', 'PRR-01093 Grizzly bear records - clarification needed'), text(body))

# 055 ---------------------------------------------------------------- Reclamation referral of WAPA records (REQ-003)
body = """Subject: Freedom of Information Act Request BOR-UC-2026-000219 - Referral

Dear Records Desk:

While searching for records responsive to your request, we located 61 pages that
originated with the Western Area Power Administration (WAPA), a component of the
Department of Energy. These concern hydropower scheduling at Glen Canyon Dam.

Under 43 CFR 2.23, we have referred those 61 pages to WAPA for review and a direct
response to you. WAPA may be reached at its FOIA office, P.O. Box 281213,
Lakewood, CO 80228-8213, or FOIA@wapa.gov.

We are continuing to process the remaining records under BOR-UC-2026-000219 and
will release them to you on a rolling basis.

Sincerely,

Corinne Baptiste
FOIA Officer
Upper Colorado Basin Region
"""
write('055-usbr-referral-to-wapa.eml', [
    ('From', 'UCB FOIA <ucbfoia@usbr.gov>'),
    ('To', plus(3)),
    ('Subject', 'BOR-UC-2026-000219 - Referral of records'),
    ('Date', date('2026-12-09 11:00')),
    ('Message-ID', gmail_mid('055')),
    ('In-Reply-To', gmail_mid('029')),
    ('References', '%s %s %s' % (req_mid(3), gmail_mid('004'), gmail_mid('029'))),
], text(body))

# 056 ---------------------------------------------------------------- BLM final response letter in PDF, generic subject (REQ-001)
letter = [
    '*United States Department of the Interior', 'BUREAU OF LAND MANAGEMENT', 'Colorado State Office',
    '2850 Youngfield Street, Lakewood, Colorado 80215', '', 'In Reply Refer To:', '1278 (CO-930)', 'DOI-BLM-2026-004417', '',
    'December 18, 2026', '', 'VIA EMAIL', 'Records Desk', plus(1), '',
    'Dear Records Desk:', '',
    'This is our final response to your Freedom of Information Act (FOIA) request for wild horse gather records for the '
    'Piceance-East Douglas Herd Management Area, 2024-2026. On November 20, 2026 we made a first interim release of 214 '
    'pages. With this letter we are releasing the remaining records: 388 pages, of which 357 are released in full or with '
    'redactions and 31 are withheld in full.', '',
    'Exemption 5 (5 U.S.C. 552(b)(5)): we withheld in full a 31-page draft gather decision memorandum and staff comments '
    'on it, under the deliberative process privilege.', '',
    'Exemption 6 (5 U.S.C. 552(b)(6)): we redacted the names and telephone numbers of contractor employees and private '
    'landowners, and the names of private veterinarians, whose privacy interests outweigh any public interest in '
    'disclosure.', '',
    'Your request for a fee waiver is granted; there is no charge. The records are posted to your Public Access Link '
    'account.', '',
    'You may appeal this response by writing to the Department of the Interior, FOIA Appeals Office, 1849 C Street NW, '
    'MS-6556 MIB, Washington, DC 20240, or FOIA.Appeals@sol.doi.gov. Your appeal must be received no later than 90 days '
    'after the date of this letter. Mark it "FREEDOM OF INFORMATION APPEAL".', '', OGIS, '',
    'Sincerely,', '', '', 'Marisol Reyes', 'Government Information Specialist',
]
write('056-blm-final-letter-pdf.eml', [
    ('From', 'BLM CO FOIA <blm_co_foia@blm.gov>'),
    ('To', plus(1)),
    ('Subject', 'Correspondence regarding your FOIA request'),
    ('Date', date('2026-12-18 16:00')),
    ('Message-ID', gmail_mid('056')),
], multi('mixed', [
    text('Please see the attached letter regarding your Freedom of Information Act request.\n\nBLM Colorado FOIA\n'),
    att(pdf(letter, 'Final response'), 'application/pdf', 'DOI-BLM-2026-004417_Final_Response.pdf')], '056'))

# 057 ---------------------------------------------------------------- Montana FWP cost estimate for the remainder (REQ-016)
body = """Good morning,

Following up on PRR-01093. The remaining records are the Region 2 relocation
narratives (about 40 reports) and 27 necropsy reports from the Wildlife Health
Lab. Gathering and reviewing them will take about 14 hours of staff time.

Under MCA 2-6-1006, FWP may charge the actual cost of fulfilling a request. Our
rate is $25.00 per hour after the first hour, so the estimated cost is $325.00.
Please let me know whether you would like us to go ahead. We will need payment of
the estimate before work starts; if the actual cost is lower we will refund the
difference. If we do not hear from you within 30 days, we will close the
remaining portion of the request.

Brenna Kowalczyk
Paralegal, Legal Unit
Montana Fish, Wildlife & Parks
"""
write('057-mt-fwp-cost-estimate.eml', [
    ('From', '"Kowalczyk, Brenna" <brenna.kowalczyk@mt.gov>'),
    ('To', 'Records Desk <%s>' % plus(16)),
    ('Subject', 'PRR-01093 - estimate for remaining records'),
    ('Date', date('2027-01-08 10:40')),
    ('Message-ID', outlook_mid('057', 'CY8PR09MB')),
    ('In-Reply-To', outlook_mid('054', 'CY8PR09MB')),
    ('References', '%s %s' % (req_mid(16, '20261012', 2), outlook_mid('054', 'CY8PR09MB'))),
] + ms_headers('057', 'PRR-01093 - estimate for remaining records'), text(body))

# 058 ---------------------------------------------------------------- USFS final response letter in PDF (REQ-002)
letter = [
    '*USDA   United States Department of Agriculture', 'Forest Service - Southwestern Region',
    '333 Broadway Blvd SE, Albuquerque, NM 87102', '', 'File Code: 6270-1', 'Date: January 14, 2027', '',
    'Records Desk', 'Sent via email: %s' % plus(2), '',
    '*RE: Freedom of Information Act Request #2026-FS-R3-04471-F - Final Response', '', 'Dear Requester:', '',
    'This is the final response to your FOIA request received in this office on September 8, 2026. On October 15, '
    '2026 you agreed to narrow the request to (1) the burn plans, go/no-go checklists and reviews for the seven '
    'prescribed burns on the Santa Fe and Carson National Forests that escaped or were converted to wildfires from 2023 '
    'to 2026, and (2) a list of all prescribed burn entries.', '',
    'We located 1,046 pages. We are releasing 981 pages in full and 65 pages in part. The list of burn entries is '
    'enclosed as a spreadsheet.', '',
    'Information was withheld under Exemption 5 (5 U.S.C. 552(b)(5)), deliberative process privilege: preliminary '
    'findings and recommendations in draft escaped-fire reviews; and Exemption 6 (5 U.S.C. 552(b)(6)): personal telephone '
    'numbers and the names of private landowners.', '',
    'Fees for this request were less than $25.00 and have been waived.', '',
    'You may appeal this determination. Your appeal must be in writing and received within 90 calendar days of the date '
    'of this letter. Send it to: USDA Forest Service, FOIA Appeals, 201 14th Street SW, Mail Stop 1143, Washington, DC '
    '20250, or by email to SM.FS.WOFOIA@usda.gov, marked "FOIA APPEAL".', '', OGIS, '',
    'Sincerely,', '', '', 'LENA GARCIA-ORTIZ', 'FOIA Specialist', 'Southwestern Region',
]
write('058-usfs-final-letter-pdf.eml', [
    ('From', '"Garcia-Ortiz, Lena - FS, NM" <lena.garcia-ortiz@usda.gov>'),
    ('To', '"Records Desk" <%s>' % plus(2)),
    ('Subject', 'FOIA 2026-FS-R3-04471-F Final Response'),
    ('Date', date('2027-01-14 09:55')),
    ('Message-ID', outlook_mid('058', 'PH0PR09MB')),
] + ms_headers('058', 'FOIA 2026-FS-R3-04471-F Final Response', attach=True), multi('mixed', [
    text('Good morning,\n\nAttached is the final response letter for your FOIA request. The records will follow by '
         'secure file transfer (Box) today.\n\nLena Garcia-Ortiz\nFOIA Specialist | Southwestern Region\nForest Service\n'),
    att(pdf(letter, 'Final Response'), 'application/pdf', '2026-FS-R3-04471-F Final Response Letter.pdf')], '058'))

# 059 ---------------------------------------------------------------- Reclamation first interim release, revised estimate (REQ-003)
body = """Subject: Freedom of Information Act Request BOR-UC-2026-000219 - Interim Release 1

Dear Records Desk:

This is our first interim response to your request. We are releasing 418 pages:
372 pages in full and 46 pages with redactions under Exemption 5 (deliberative
process privilege) and Exemption 6 (personal privacy). The records are available
at the link below for 30 days.

https://usbr.box.com/s/0q9x4bor-uc-2026-000219-r1

Consultation with other agencies on the remaining records is taking longer than
we expected. We now estimate that we will complete processing of your request by
March 31, 2027. Appeal rights will be provided with our final response.

Sincerely,

Corinne Baptiste
FOIA Officer
Upper Colorado Basin Region
"""
write('059-usbr-interim-release-1.eml', [
    ('From', 'UCB FOIA <ucbfoia@usbr.gov>'),
    ('To', plus(3)),
    ('Subject', 'BOR-UC-2026-000219 - Interim Release 1'),
    ('Date', date('2027-01-20 13:20')),
    ('Message-ID', gmail_mid('059')),
    ('In-Reply-To', gmail_mid('055')),
    ('References', '%s %s %s' % (req_mid(3), gmail_mid('029'), gmail_mid('055'))),
], text(body))
print('part6 done')
