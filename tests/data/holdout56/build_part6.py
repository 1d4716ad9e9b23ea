"""Messages 051-060."""
from build_common import *

# ------------------------------------------------------------------ 051 Iowa DNR field staff out-of-office, threaded to our status check
f = '051-iadnr-ooo-fieldwork.eml'
text = """I am doing field work from November 12 through November 20 with limited
cell coverage and will answer email when I return.

For fish kills or other environmental emergencies, call the DNR 24-hour
spill line at 515-725-8694.

For public records requests, contact the DNR records office through the
Public Records Center.

Amy Kolbe
Iowa DNR - Field Office 1
"""
raw = simple([
    ('From', '"Kolbe, Amy [DNR]" <amy.kolbe@iowadnr.gov>'),
    ('To', 'Records Desk <records@plainsreporter.example.org>'),
    ('Subject', 'Automatic reply: RE: fish kill records request - a few questions'),
    ('Date', 'Thu, 12 Nov 2026 08:05:19 -0600'),
    ('Message-ID', outlook_mid(f, 'namprd09')),
    ('In-Reply-To', '<req-009.20261112.3@plainsreporter.example.org>'),
    ('References', '%s\n <req-009.20261013.2@plainsreporter.example.org>\n <req-009.20261112.3@plainsreporter.example.org>' % outlook_mid('030-iadnr-fishkill-clarification.eml', 'namprd09')),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
] + outlook_extra(f, 'fish kill records request - a few questions'), text)
add(f, raw, 'REQ-009', 'auto_reply', signals=['thread', 'subject'],
    why='DNR field specialist out-of-office in reply to our status check on the fish kill request',
    tests='auto-reply whose References hold an earlier agency message, not our request id; a phone number and dates that are not deadlines',
    modeled_on='Outlook automatic replies from field staff')

# ------------------------------------------------------------------ 052 BPS no records for vape/weapons detection contracts
f = '052-bps-no-records.eml'
text = """Good afternoon,

This responds to open records request #26-00171 for contracts, purchase
orders, quotes and pilot agreements for vape detection sensors and weapons
detection systems from 2023 to the present.

The District searched the Business Office contract files, purchasing
records in our financial system, and the files of the Technology and
Safety & Security departments. The District has not purchased, leased or
piloted vape detectors or weapons detection systems, and we found no
records responsive to your request. Two vendors made unsolicited sales
inquiries by phone in 2025, but no written quotes or proposals were
received.

If you believe the District has not complied with N.D.C.C. 44-04-18, you
may ask the Attorney General for an opinion under N.D.C.C. 44-04-21.1.

Renae Ostlie
Records Coordinator, Legal Services
Bismarck Public Schools
701-555-0176
"""
raw = simple([
    ('From', 'Renae Ostlie <renae.ostlie@bismarckschools.org>'),
    ('To', INBOX),
    ('Subject', 'Open records request #26-00171 - no responsive records'),
    ('Date', 'Tue, 17 Nov 2026 11:30:22 -0600'),
    ('Message-ID', '<CAF%s@mail.gmail.com>' % h(f, 36)),
], text, cte='quoted-printable')
add(f, raw, 'REQ-014', 'no_records', tracking='26-00171', adverse=True, signals=['tracking', 'subject'],
    why='BPS searched contract, purchasing and department files and found no responsive records; ND 30-day AG-opinion window',
    tests='no-records letter that mentions vendor contacts (not records) and describes the search',
    modeled_on='school district no-responsive-records letters')

# ------------------------------------------------------------------ 053 County Attorney partial release citing many exemptions (PDF letter)
f = '053-rileyca-partial-release-many-exemptions.eml'
letter = [
    'OFFICE OF THE RILEY COUNTY ATTORNEY',
    '100 Courthouse Plaza, Manhattan, Kansas 66502',
    '',
    'November 19, 2026',
    '',
    'Re: Kansas Open Records Act Request RCKORA 2026-139',
    '    County Attorney review of the May 17, 2025 officer-involved shooting',
    '',
    'Dear Requester:',
    '',
    'This letter is the County Attorney\'s response to your request. The office located 352 pages of records and seven audio/video recordings. The office is releasing 314 of the 352 pages, in full or in part. Each category of records and the basis for any redaction or withholding is listed below.',
    '',
    '1. County Attorney review letter and findings (August 2025), 14 pages - RELEASED IN FULL.',
    '',
    '2. Riley County Police Department incident report and supplemental narratives, 131 pages - RELEASED IN PART. Names, dates of birth, addresses and telephone numbers of civilian witnesses are redacted under K.S.A. 45-221(a)(30) (clearly unwarranted invasion of personal privacy) and K.S.A. 45-221(a)(10)(C) (identity of witnesses).',
    '',
    '3. Kansas Bureau of Investigation investigative report, 88 pages - RELEASED IN PART. Information identifying confidential sources is redacted under K.S.A. 45-221(a)(10)(D); medical information about the decedent is redacted under K.S.A. 45-221(a)(3) and (a)(30).',
    '',
    '4. Scene diagrams and evidence logs, 61 pages - RELEASED IN PART. Criminal history record information is redacted under K.S.A. 45-221(a)(1) and K.S.A. 22-4707.',
    '',
    '5. Autopsy photographs, 20 pages - WITHHELD under K.S.A. 45-221(a)(30).',
    '',
    '6. Statement of a juvenile witness, 6 pages - WITHHELD under K.S.A. 45-221(a)(1) and K.S.A. 38-2310 (juvenile records closed by statute).',
    '',
    '7. Internal memoranda between assistant county attorneys, 12 pages - WITHHELD under K.S.A. 45-221(a)(2) (attorney work product and privilege) and K.S.A. 45-221(a)(20) (notes and preliminary drafts).',
    '',
    '8. Personnel and training records of the involved officer, 20 pages (duplicates of RCPD records in the file) - WITHHELD under K.S.A. 45-221(a)(4).',
    '',
    '9. Body-worn and in-car camera recordings, 7 files - not released. These are criminal investigation records governed by K.S.A. 45-254 and K.S.A. 45-221(a)(10). Under K.S.A. 45-254(c), the decedent\'s family and their attorney may request to view them.',
    '',
    'Released pages are provided through the link in the accompanying email. No fee is charged. This completes the office\'s response to your request. You may seek review of this decision in district court under K.S.A. 45-222 or by contacting the Office of the Kansas Attorney General.',
    '',
    'Respectfully,',
    '',
    'Bethany Carlisle',
    'Riley County Attorney',
    '',
    'by: Dana Lindquist, Records Custodian',
]
pdfb = pdf(letter, 'County Attorney response RCKORA 2026-139')
body = text_part("""Good afternoon,

Attached is the County Attorney's response to request RCKORA 2026-139. The
released records (314 pages) can be downloaded here until December 19:

https://rileycountyks.sharefile.com/d-s0a92e6b1f7c3

Dana Lindquist
Records Custodian
Riley County Attorney's Office
(785) 555-0164
""")
raw = mixed([
    ('From', 'Riley County Attorney <countyattorney@rileycountyks.gov>'),
    ('To', INBOX),
    ('Subject', 'RCKORA 2026-139 - County Attorney response and released records'),
    ('Date', 'Thu, 19 Nov 2026 15:00:28 -0600'),
    ('Message-ID', outlook_mid(f, 'namprd17')),
] + outlook_extra(f, 'RCKORA 2026-139 - County Attorney response and released records', attach=True), body,
    [attachment('RCKORA 2026-139 Response Letter.pdf', pdfb)], f)
add(f, raw, 'REQ-013', 'records_final', tracking='RCKORA 2026-139', adverse=True,
    signals=['tracking', 'tracking-attachment'],
    why='County Attorney releases 314 of 352 pages and cites many KORA exemptions for redactions and withheld items: a partial release, not a denial; KS has no appeal days',
    tests='exemption-heavy letter (WITHHELD appears five times) whose net effect is a final partial release',
    modeled_on='Kansas county attorney itemized KORA responses for officer-involved shooting files (45-221(a)(10), 45-254)')

# ------------------------------------------------------------------ 054 Iowa DNR fish kill reports from another staffer, informal, no number
f = '054-iadnr-fishkill-final-informal.eml'
text = """Hi -

Amy's out in the field this week and asked me to send these along. Per your
email narrowing the request, these are the final investigation reports for
the fish kills in the northeast Iowa counties (Field Office 1 area) from
January 2024 to now - 14 reports in all. Photos and field notes aren't
included, as you said that was fine.

The zip is too big for email so here's a OneDrive link (good for 30 days):
https://iowagov-my.sharepoint.com/:u:/g/personal/dustin_halvorsen_iowadnr_gov/EfK2mQ7

I think that's everything you asked for, but let me or Amy know if
something's missing.

Dustin

Dustin Halvorsen
Environmental Specialist
Iowa DNR Field Office 1, Manchester
563-555-0198
"""
raw = simple([
    ('From', '"Halvorsen, Dustin [DNR]" <dustin.halvorsen@iowadnr.gov>'),
    ('To', INBOX),
    ('Subject', 'fish kill reports you asked for'),
    ('Date', 'Fri, 20 Nov 2026 09:40:51 -0600'),
    ('Message-ID', outlook_mid(f, 'namprd09')),
] + outlook_extra(f, 'fish kill reports you asked for'), text)
add(f, raw, 'REQ-009', 'records_final', signals=['subject'],
    why='DNR field staffer sends the 14 final fish kill investigation reports (narrowed scope) and says that is everything',
    tests='informal release from a personal .gov address with no number and no thread; the topic words are the only link',
    modeled_on='program staff sending records directly after a records officer routes a request')

# ------------------------------------------------------------------ 055 Indian Affairs FOIA Office no-records letter (PDF) for the transferred request
f = '055-bia-no-records-pdf.eml'
letter = [
    'United States Department of the Interior',
    'BUREAU OF INDIAN AFFAIRS',
    'Indian Affairs FOIA Office',
    '12220 Sunrise Valley Drive, Reston, Virginia 20191',
    '',
    'December 2, 2026',
    '',
    'FOIA Control No. DOI-BIA-2026-004630',
    '',
    'Maren Solberg',
    'The Plains Reporter',
    'Via email',
    '',
    'Dear Ms. Solberg:',
    '',
    'This responds to your Freedom of Information Act (FOIA) request, which the Great Plains Regional Office transferred to this office on October 6, 2026. You requested inspection reports for detention facilities in the Great Plains Region and records of deaths in custody at those facilities from January 1, 2021 to the present.',
    '',
    'The Office of Justice Services, Division of Corrections, searched its facility inspection files, its serious incident reporting system, and the email accounts of the District I corrections specialists for the period requested, using the names of each BIA-operated and BIA-funded facility in the region. The search located no records responsive to your request. Inspections of tribally operated facilities in the region during this period were conducted and documented by the tribes under their contracts, and those records are not Bureau records.',
    '',
    'Although we were unable to locate records responsive to your request, you may consider this response a denial of your request and may appeal it. Your appeal must be received no later than 90 days after the date of this letter. Appeals should be addressed to: FOIA/Privacy Act Appeals Office, U.S. Department of the Interior, 1849 C Street NW, MS-6556 MIB, Washington, DC 20240, or foia.appeals@sol.doi.gov. Please include a copy of your request and this response, and mark the envelope or subject line "FREEDOM OF INFORMATION APPEAL."',
    '',
    'You may also contact our FOIA Public Liaison, or the Office of Government Information Services (OGIS) at the National Archives and Records Administration for mediation services: 8601 Adelphi Road - OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.',
    '',
    'Sincerely,',
    '',
    'Government Information Specialist',
    'Indian Affairs FOIA Office',
]
pdfb = pdf(letter, 'No records response DOI-BIA-2026-004630')
body = text_part("""Please see the attached response to your Freedom of Information Act request.

Indian Affairs FOIA Office
foia@bia.gov
""")
raw = mixed([
    ('From', 'Indian Affairs FOIA <foia@bia.gov>'),
    ('To', plus_to('REQ-010')),
    ('Subject', 'FOIA Response - DOI-BIA-2026-004630'),
    ('Date', 'Wed, 02 Dec 2026 09:00:44 -0500'),
    ('Message-ID', outlook_mid(f)),
] + outlook_extra(f, 'FOIA Response - DOI-BIA-2026-004630', attach=True), body,
    [attachment('DOI-BIA-2026-004630_Final_No_Records.pdf', pdfb)], f)
add(f, raw, 'REQ-010', 'no_records', tracking='DOI-BIA-2026-004630', adverse=True,
    signals=['plus', 'tracking'],
    why='Indian Affairs FOIA Office (after transfer) finds no responsive OJS records; appealable, federal 90 days from the letter date',
    tests='no-records letter from a different office and address (Reston, foia@bia.gov) than the one that logged the request; Eastern time',
    modeled_on='Interior no-records letters with "you may consider this response a denial" appeal paragraph and OGIS')

# ------------------------------------------------------------------ 056 Iowa DNR final installment with withholdings
f = '056-iadnr-final-withholdings.eml'
text = """Re: Public records request ORR-2026-1187

Dear Records Desk:

The second and final installment of records responsive to your request
(Allamakee County files, 880 pages) has been posted to the Iowa DNR Public
Records Center. This completes the Department's response.

The Department has withheld the following:

- 23 pages of private well water test results submitted voluntarily by
  individual landowners, which are confidential under Iowa Code section
  22.7(18); and
- 9 pages of financial statements submitted with two manure management
  plans, which are confidential under Iowa Code section 22.7(6).

All other records were released in full. If you believe the Department has
not complied with Iowa Code chapter 22, you may file a complaint with the
Iowa Public Information Board.

Mark Jensen
Public Records Officer
Iowa Department of Natural Resources
515-555-0127
"""
raw = alternative([
    ('From', '"Jensen, Mark [DNR]" <mark.jensen@iowadnr.gov>'),
    ('To', INBOX),
    ('Subject', 'ORR-2026-1187 - Final Response'),
    ('Date', 'Fri, 04 Dec 2026 14:30:19 -0600'),
    ('Message-ID', outlook_mid(f, 'namprd09')),
] + outlook_extra(f, 'ORR-2026-1187 - Final Response'), text, paras_to_html(text), f)
add(f, raw, 'REQ-001', 'records_final', tracking='ORR-2026-1187', adverse=True, signals=['tracking'],
    why='DNR posts the final installment and withholds well test results (22.7(18)) and financial statements (22.7(6)); Iowa 60-day IPIB window',
    tests='final response with listed withholdings and an IPIB complaint route without a day count',
    modeled_on='Iowa agency final responses citing 22.7 subsections')

# ------------------------------------------------------------------ 057 BIA first interim release with new estimated date
f = '057-bia-interim-release.eml'
text = """FOIA Control No. DOI-BIA-2026-004215

Dear Ms. Solberg:

This is the first interim response to your FOIA request for rights-of-way,
APD concurrence and flaring records for the Fort Berthold Indian
Reservation. We have reviewed 1,240 pages and are releasing 412 pages in
full and 37 pages in part; the remaining pages were duplicates or not
responsive. Portions of the 37 pages are withheld under:

  Exemption 4 (5 U.S.C. 552(b)(4)) - commercial and financial information
  submitted by lease operators, including production volumes and royalty
  calculations obtained from the companies under assurances of
  confidentiality; and
  Exemption 6 (5 U.S.C. 552(b)(6)) - personal information of individual
  Indian allottees, including names of heirs and allotment interest
  percentages.

The released records are available for download from the DOI FOIA Public
Access Link. Processing of the remaining records continues, and we now
estimate that we will complete your request by January 29, 2027. You will
be advised of your appeal rights when we issue our final response.

Sincerely,

Renee Ironshield
Regional FOIA Coordinator
Great Plains Region, Bureau of Indian Affairs
"""
raw = alternative([
    ('From', '"Ironshield, Renee M" <renee.ironshield@bia.gov>'),
    ('To', plus_to('REQ-002')),
    ('Subject', 'FOIA DOI-BIA-2026-004215 - Interim Response 1'),
    ('Date', 'Wed, 16 Dec 2026 11:00:07 -0600'),
    ('Message-ID', outlook_mid(f)),
] + outlook_extra(f, 'FOIA DOI-BIA-2026-004215 - Interim Response 1'), text, paras_to_html(text, 'font-family:Times New Roman,serif;font-size:12pt'), f)
add(f, raw, 'REQ-002', 'records_interim', tracking='DOI-BIA-2026-004215', estimated='2027-01-29',
    signals=['plus', 'tracking'],
    why='BIA first interim release (412 full, 37 in part, Exemptions 4 and 6); processing continues, new estimate Jan 29, 2027',
    tests='interim release with exemptions (appeal rights deferred to final); estimate moved past the earlier Dec 15 date',
    modeled_on='Interior interim release letters (rolling productions)')

# ------------------------------------------------------------------ 058 SDSU final: settlement agreements released with FERPA redactions (PDF notice)
f = '058-sdstate-final-notice-pdf.eml'
letter = [
    'SOUTH DAKOTA STATE UNIVERSITY',
    'Office of the General Counsel - Open Records',
    '',
    'NOTICE OF RESPONSE TO REQUEST FOR RECORDS',
    '(SDCL 1-27-37)',
    '',
    'Request No.: SDSU-OR-2026-058',
    'Requester: Maren Solberg, The Plains Reporter',
    'Date of this notice: 12/18/2026',
    '',
    'RESPONSE (the boxes checked below apply):',
    '',
    '[X] The requested records are provided with this notice: six settlement agreements resolving',
    '      claims against the Department of Athletics or its employees, 2021-2026 (41 pages).',
    '[X] The request is denied in part. Names and identifying details of students are redacted',
    '      from four agreements under FERPA, 20 U.S.C. 1232g, and SDCL 1-27-1.5(5).',
    '      One agreement is withheld in full because it concerns a single identifiable student',
    '      and cannot be redacted without disclosing education records.',
    '[  ] The University does not maintain the requested records.',
    '[  ] The request is unclear.',
    '',
    'This completes the University\'s response to request SDSU-OR-2026-058.',
    '',
    'REVIEW: Under SDCL 1-27-38, a requester whose request is denied in whole or in part may, within',
    '90 days of the denial, file a civil action in circuit court or a written notice of review with',
    'the Office of Hearing Examiners.',
    '',
    'Open Records Officer, South Dakota State University',
]
pdfb = pdf(letter, 'Notice of Response SDSU-OR-2026-058 final')
html = """<html><body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Dear Ms. Solberg,</p>
<p>Attached are the University's final Notice of Response and the settlement agreements responsive to your request.</p>
<p>Courtney Vick<br>Open Records Officer<br>South Dakota State University</p>
</body></html>
"""
agreements = pdf(['SETTLEMENT AGREEMENT AND RELEASE (1 of 6, excerpt)', '',
                  'This Agreement is entered into by the South Dakota Board of Regents, acting on behalf of',
                  'South Dakota State University, and [REDACTED - FERPA] ("Claimant").',
                  'Payment: $45,000.00, inclusive of attorney fees.'], 'Settlement agreements')
raw = mixed([
    ('From', 'Courtney Vick <courtney.vick@sdstate.edu>'),
    ('To', plus_to('REQ-008')),
    ('CC', 'SDSU Open Records <sdsu.openrecords@sdstate.edu>'),
    ('Subject', 'SDSU-OR-2026-058 - Final Notice of Response'),
    ('Date', 'Fri, 18 Dec 2026 16:30:40 -0600'),
    ('Message-ID', outlook_mid(f, 'namprd15')),
] + outlook_extra(f, 'SDSU-OR-2026-058 - Final Notice of Response', attach=True),
    text_part(html, 'html'),
    [attachment('SDSU-OR-2026-058 Final Notice of Response.pdf', pdfb),
     attachment('Athletics Settlement Agreements 2021-2026 (redacted).pdf', agreements)], f)
add(f, raw, 'REQ-008', 'records_final', tracking='SDSU-OR-2026-058', adverse=True, signals=['plus', 'tracking'],
    why='SDSU final notice: agreements provided, denied in part (FERPA redactions, one withheld); SD 90-day review window',
    tests='formal notice form with both "provided" and "denied in part" checked; the 90 days is stated in the form',
    modeled_on='South Dakota notice-of-response forms used for final partial denials')

# ------------------------------------------------------------------ 059 Iowa DNR news release via GovDelivery (null)
f = '059-null-iadnr-news-release.eml'
text = """IOWA DEPARTMENT OF NATURAL RESOURCES - NEWS RELEASE
For immediate release: December 21, 2026

Check ice thickness before heading out this winter

DES MOINES - With the first stretch of cold weather settling in, the Iowa
DNR reminds anglers and hunters that no ice is ever completely safe. Wait
for at least four inches of clear ice before walking out, carry ice picks
and a rope, and never go out alone.

Media contact: DNR Communications, 515-555-0100

You are subscribed to Iowa DNR News Releases. Manage your subscriptions:
https://public.govdelivery.com/accounts/IADNR/subscriber/edit
"""
raw = alternative([
    ('From', 'Iowa Department of Natural Resources <iowadnr@public.govdelivery.com>'),
    ('To', INBOX),
    ('Subject', 'DNR News: Check ice thickness before heading out this winter'),
    ('Date', 'Mon, 21 Dec 2026 10:00:00 -0600'),
    ('Message-ID', '<20261221.%s@public.govdelivery.com>' % h(f, 12)),
    ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/IADNR/subscriber/one_click_unsubscribe?verification=5.%s>' % h(f, 10)),
    ('Precedence', 'bulk'),
], text, paras_to_html(text), f)
add(f, raw, None, 'other', signals=['none'],
    why='Iowa DNR news release from GovDelivery; same agency as two open requests but about neither',
    tests='agency-branded bulk mail that must not attach to an Iowa DNR request',
    modeled_on='GovDelivery news-release subscriptions of state DNRs')

# ------------------------------------------------------------------ 060 BIA final response with exemptions and appeal rights (PDF + body)
f = '060-bia-final-exemptions.eml'
letter = [
    'United States Department of the Interior',
    'BUREAU OF INDIAN AFFAIRS',
    'Great Plains Regional Office',
    '115 Fourth Avenue S.E., Suite 400, Aberdeen, South Dakota 57401',
    '',
    'IN REPLY REFER TO: FOIA Control No. DOI-BIA-2026-004215',
    '',
    'January 14, 2027',
    '',
    'Dear Ms. Solberg:',
    '',
    'This is our final response to your Freedom of Information Act (FOIA) request for rights-of-way, APD concurrence and flaring records for the Fort Berthold Indian Reservation, 2022 to the present. In our first interim response of December 16, 2026, we released 412 pages in full and 37 pages in part. With this letter we are releasing an additional 151 pages in full and 37 pages in part. Information withheld from the 37 pages is withheld under the following exemptions:',
    '',
    'Exemption 4, 5 U.S.C. 552(b)(4): commercial and financial information obtained from lease operators, including production and royalty figures and proprietary well completion data.',
    '',
    'Exemption 5, 5 U.S.C. 552(b)(5): pre-decisional, deliberative portions of draft concurrence memoranda exchanged between the Fort Berthold Agency and the Bureau of Land Management.',
    '',
    'Exemption 6, 5 U.S.C. 552(b)(6): names, allotment numbers and ownership interests of individual Indian allottees and heirs.',
    '',
    'Sixty-two pages originated with the Bureau of Land Management; we have referred them to BLM for direct response to you.',
    '',
    'The fees for this request total $340.00, which you paid on October 26, 2026. This completes our processing of your request.',
    '',
    'You may appeal this response to the Department of the Interior FOIA/Privacy Act Appeals Officer. Your appeal must be received no later than 90 days after the date of this letter, at: FOIA/Privacy Act Appeals Office, U.S. Department of the Interior, 1849 C Street NW, MS-6556 MIB, Washington, DC 20240, or foia.appeals@sol.doi.gov. Mark your appeal "FREEDOM OF INFORMATION APPEAL" and include copies of your request and this letter.',
    '',
    'You may also seek dispute resolution services from our FOIA Public Liaison or from the Office of Government Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi Road - OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448. Using OGIS services does not affect the time to file an appeal.',
    '',
    'Sincerely,',
    '',
    'Renee Ironshield',
    'Regional FOIA Coordinator',
]
pdfb = pdf(letter, 'Final response DOI-BIA-2026-004215')
text = """Good morning,

Attached is our final response letter for FOIA request DOI-BIA-2026-004215.
The released records are posted to your account on the DOI FOIA Public
Access Link.

Renee Ironshield
Regional FOIA Coordinator
Bureau of Indian Affairs - Great Plains Region
605-555-0131
"""
raw = mixed([
    ('From', '"Ironshield, Renee M" <renee.ironshield@bia.gov>'),
    ('To', plus_to('REQ-002')),
    ('Subject', 'FOIA DOI-BIA-2026-004215 - Final Response'),
    ('Date', 'Thu, 14 Jan 2027 10:00:26 -0600'),
    ('Message-ID', outlook_mid(f)),
] + outlook_extra(f, 'FOIA DOI-BIA-2026-004215 - Final Response', attach=True),
    alt_part(text, paras_to_html(text), f), [attachment('DOI-BIA-2026-004215 Final Response.pdf', pdfb)], f)
add(f, raw, 'REQ-002', 'records_final', tracking='DOI-BIA-2026-004215', adverse=True, signals=['plus', 'tracking'],
    why='BIA final response: more pages released, partial withholdings under Exemptions 4, 5, 6, referral of BLM pages; federal 90-day appeal',
    tests='final letter only in the PDF (body just points to it); mentions a referral inside a final response',
    modeled_on='Interior final FOIA letters with exemption list, referral paragraph, 90-day appeal and OGIS language')
