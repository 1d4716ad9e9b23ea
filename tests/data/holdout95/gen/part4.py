from common import *

# 031 AmeriCorps referral of the lease portion to GSA (other)
add('031-americorps-referral-gsa.eml', build([
    ('From', 'Keisha Dunmore <kdunmore@americorps.gov>'), ('To', plus('REQ-012')), ('Cc', 'FOIA <foia@americorps.gov>'),
    ('Subject', 'AC-2027-00004 - partial referral to GSA'), ('Date', date('2026-10-15 14:30')),
    ('Message-ID', '<DS7PR09MB67339C4D10@DS7PR09MB6733.namprd09.prod.outlook.com>'),
    ], text="""Good afternoon,

Regarding AC-2027-00004 (NCCC Vicksburg campus): the campus facility was leased through the General
Services Administration, and the lease itself, the lease termination documents and related negotiations
are GSA records. We have referred that part of your request to GSA's FOIA office, which will respond to
you directly and may assign its own tracking number.

AmeriCorps continues to process the remainder of your request (cost analyses, environmental assessments
and closure decision records held by AmeriCorps).

Keisha Dunmore
FOIA Officer, AmeriCorps
"""), 'REQ-012', 'other',
    'AmeriCorps refers the lease portion of AC-2027-00004 to GSA; rest still in process (referral notice)',
    'partial referral/transfer notice; another agency will answer directly',
    tracking='AC-2027-00004', signals=['plus', 'tracking'])

# 032 Denali fee estimate letter (PDF), number only in the file name
fee_pdf = """DENALI COMMISSION
510 L Street, Suite 410, Anchorage, Alaska 99501

October 20, 2026

Records Desk
records@records.example.org

Re: Freedom of Information Act request received September 22, 2026

Dear Requester:

We have completed an initial search for records of bulk fuel tank farm projects in Yukon-Kuskokwim
villages funded between 2019 and 2025. We identified 23 project files. Files before 2022 exist only on
paper and must be retrieved from off-site storage and scanned.

We estimate approximately 6,000 pages. Because you are a representative of the news media, you are
charged duplication costs only, and the first 100 pages are free. At $0.10 per page for the remaining
5,900 pages, the estimated fee is $590.00.

This exceeds the $50 you agreed to pay. We will not process your request further until you either
(1) agree in writing to pay up to $590.00, or (2) narrow your request. For example, limiting the request
to grant agreements, final inspection reports and closeout reports would reduce the volume to about
900 pages (estimated $80.00). If we do not receive your response within 30 calendar days of the date of
this letter, we will assume you are no longer interested and close the request.

Sincerely,

Rachel McCallister
General Counsel / FOIA Officer
"""
add('032-denali-fee-estimate-pdf.eml', build([
    ('From', 'Rachel McCallister <rmccallister@denali.gov>'), ('To', plus('REQ-010')),
    ('Subject', 'RE: Your records request'), ('Date', date('2026-10-20 12:00', '-0800')),
    ('Message-ID', '<BY5PR09MB54106E2F09@BY5PR09MB5410.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<BY5PR09MB5410D7B3F6@BY5PR09MB5410.namprd09.prod.outlook.com>'),
    ('References', req_msgid('REQ-010') + ' <BY5PR09MB5410D7B3F6@BY5PR09MB5410.namprd09.prod.outlook.com>'),
    ] + ms_headers('Your records request', 'AQHdQeG'),
    text="Please see attached regarding fees.\n\nRachel McCallister\nDenali Commission\n",
    attachments=[('Denali FOIA 26-09 Fee Letter.pdf', 'application/pdf', pdf(fee_pdf, 'Fee letter'))]),
    'REQ-010', 'fee_estimate',
    'Denali fee letter (PDF): estimated $590 duplication for ~6,000 pages; processing stops until we agree or narrow',
    'fee-estimate letter only in a PDF whose file name carries the number (26-09); the letter text itself has none',
    tracking='26-09', signals=['thread', 'plus', 'tracking-filename'])

# 033 Denali GC out-of-office in answer to our fee reply
add('033-denali-gc-ooo-travel.eml', build([
    ('From', 'Rachel McCallister <rmccallister@denali.gov>'), ('To', plus('REQ-010')),
    ('Subject', 'Automatic reply: RE: Your records request'), ('Date', date('2026-10-21 08:31', '-0800')),
    ('Message-ID', '<BY5PR09MB54100FE5D2@BY5PR09MB5410.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<req-010.20261021.2@records.example.org>'),
    ('References', req_msgid('REQ-010') + ' <BY5PR09MB54106E2F09@BY5PR09MB5410.namprd09.prod.outlook.com> <req-010.20261021.2@records.example.org>'),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
    ] + ms_headers('Your records request', 'AQHdQfa'),
    text="""I am traveling to project sites in western Alaska through October 30 with very limited email and
phone access. I will respond when I return. For urgent Commission business, please call our main office
at 907-271-1414.

Rachel McCallister
"""), 'REQ-010', 'auto_reply',
    'Denali GC travel out-of-office answering our reply to the fee letter',
    'Outlook auto-reply threaded through our own reply (Message-ID ours, not in the register)',
    signals=['thread', 'plus'])

# 034 IMLS first interim release with a download link
add('034-imls-interim-1.eml', build([
    ('From', 'IMLS FOIA <foia@imls.gov>'), ('To', plus('REQ-004')),
    ('Subject', 'IMLS-2026-0042 - first interim response'), ('Date', date('2026-10-22 15:20')),
    ('Message-ID', '<DM6PR09MB55227B1E08@DM6PR09MB5522.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<DM6PR09MB5522B7F1AA@DM6PR09MB5522.namprd09.prod.outlook.com>'),
    ] + ms_headers('IMLS-2026-0042 - first interim response', 'AQHdRgC'),
    html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Requester:</p>
<p>This is the first interim response to your request IMLS-2026-0042. IMLS has reviewed correspondence with
State Library Administrative Agencies in 18 states (Alabama through Maine, alphabetically) and is releasing
412 pages. We redacted the personal mobile telephone numbers of state employees under FOIA exemption 6,
5 U.S.C. 552(b)(6).</p>
<p>The records are available for 30 days at this link:
<a href="https://imls.app.box.com/s/q8x2mf0kz1interim1">https://imls.app.box.com/s/q8x2mf0kz1interim1</a></p>
<p>We are continuing to process correspondence for the remaining states and the District of Columbia and
territories and expect to make a further release next month. Your appeal rights will be described in our
final response.</p>
<p>Office of the General Counsel<br>Institute of Museum and Library Services</p>
</div></body></html>"""), 'REQ-004', 'records_interim',
    'IMLS first interim release (412 pages, ex 6 phone numbers) for 18 states; more to come',
    'HTML-only interim release by file-share link; appeal rights deferred to the final response',
    tracking='IMLS-2026-0042', signals=['thread', 'plus', 'tracking'])

# 035 FEC fee estimate, hedged, fee category questioned
add('035-fec-fee-estimate-category.eml', build([
    ('From', 'FEC FOIA <foia@fec.gov>'), ('To', plus('REQ-013')),
    ('Subject', 'FOIA Request No. 2027-004 - Fee Estimate'), ('Date', date('2026-11-03 10:45', '-0500')),
    ('Message-ID', '<9c31f6e8b70a4e52@fec.gov>'),
    ('In-Reply-To', '<5b9e20d4a1c84f07@fec.gov>'), ('References', req_msgid('REQ-013') + ' <5b9e20d4a1c84f07@fec.gov>'),
    ], text="""Dear Requester:

Our initial search for FOIA Request No. 2027-004 indicates that responsive records are held by the Office
of General Counsel's Policy Division and by the Office of the Staff Director, and that a full search of
email will take approximately six hours.

Your request did not include information showing that you qualify as a representative of the news
media (for example, a description of your organization's publications and distribution). Unless you
provide that information, the Commission will place your request in the "all other requesters"
category. In that category the first two hours of search are free, and the remaining four hours at
$65.00 per hour would come to an estimated $260.00. Actual fees may be lower.

Because this exceeds the amount you stated you would pay, we are tolling the processing of your request
under 11 CFR 4.9. Please, within 20 working days, either (a) agree to pay fees up to $260.00,
(b) provide information supporting news media status, or (c) narrow the request, for example by
limiting it to correspondence with OIRA staff. If we do not hear from you, we will close the request.

FOIA Requester Service Center
Federal Election Commission
""", cte='7bit'), 'REQ-013', 'fee_estimate',
    'FEC: estimated $260 search fees in "all other" category unless we show media status; processing tolled',
    'fee estimate combined with a fee-category question, hedged ("may be lower"), three options offered',
    tracking='2027-004', signals=['thread', 'plus', 'tracking'])

# 036 ARC final response (PDF letter) with exemption 4 and 6 withholdings
arc_pdf = """APPALACHIAN REGIONAL COMMISSION
1666 Connecticut Avenue NW, Suite 700, Washington, DC 20009

November 4, 2026

Records Desk
records@records.example.org

Re: ARC FOIA No. 2026-14

Dear Requester:

This is ARC's final response to your Freedom of Information Act request for the POWER Initiative grant
file of the Big Sandy Workforce Alliance. We located 214 pages: the application narrative, budget and
budget justification, grant agreement and two amendments, and six quarterly progress reports.

The grantee objected to release of its budget justification and of the per-participant cost figures in
its progress reports. After considering its objection, ARC has concluded that the negotiated indirect
cost rate detail and vendor quotations in the budget justification are confidential commercial
information, and we are withholding them under FOIA exemption 4, 5 U.S.C. 552(b)(4). ARC did not agree
that the per-participant cost figures are confidential; they are released. We also withheld the names
of individual program participants, home addresses, and salary amounts for named staff under exemption
6, 5 U.S.C. 552(b)(6). In total, 9 pages are withheld in part and 2 pages in full. The remaining pages
are released in full. The grantee was notified of this decision on October 27, 2026.

You may appeal this response in writing to the Executive Director, Appalachian Regional Commission, at
the address above or foia@arc.gov. Your appeal must be postmarked or electronically transmitted within
90 days of the date of this letter. Please mark the letter and envelope "Freedom of Information Act
Appeal."

You may also seek dispute resolution services from ARC's FOIA Public Liaison at foia@arc.gov, or from
the Office of Government Information Services (OGIS), National Archives and Records Administration,
8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free
1-877-684-6448.

Sincerely,

Marcus Kessler
General Counsel and Chief FOIA Officer
"""
add('036-arc-final-partial-pdf.eml', build([
    ('From', 'ARC FOIA <foia@arc.gov>'), ('To', plus('REQ-007')),
    ('Subject', 'ARC FOIA No. 2026-14 - final response'), ('Date', date('2026-11-04 16:02', '-0500')),
    ('Message-ID', '<CY8PR09MB90113E9B44@CY8PR09MB9011.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<CY8PR09MB9011C7A0D5@CY8PR09MB9011.namprd09.prod.outlook.com>'),
    ('References', req_msgid('REQ-007') + ' <CY8PR09MB9011C7A0D5@CY8PR09MB9011.namprd09.prod.outlook.com>'),
    ] + ms_headers('ARC FOIA No. 2026-14 - final response', 'AQHdSkW'),
    text="Attached are ARC's response letter and the released records.\n\nARC FOIA\n",
    attachments=[('2026-14 Final Response Letter.pdf', 'application/pdf', pdf(arc_pdf, 'Final response')),
                 ('2026-14 Released Records.pdf', 'application/pdf',
                  pdf('ARC POWER GRANT PA-20xxx - BIG SANDY WORKFORCE ALLIANCE\nApplication narrative (excerpt)\n\n'
                      'Project summary: training for 240 dislocated coal workers in industrial maintenance...\n\n'
                      '[Page 41 withheld in full - (b)(4)]\n[Budget justification line 7: (b)(4)]\n[Staff salary: (b)(6)]',
                      'Released records'))]),
    'REQ-007', 'records_final',
    'ARC final response releases 214 pages with ex 4 (after submitter objection) and ex 6 withholdings; 90-day appeal',
    'final letter in PDF after the EO 12600 process, noting the grantee was told of the decision; OGIS paragraph',
    tracking='2026-14', adverse=True, signals=['thread', 'plus', 'tracking'])

# 037 FEC no records
add('037-fec-no-records-2026-188.eml', build([
    ('From', 'FEC FOIA <foia@fec.gov>'), ('To', plus('REQ-011')),
    ('Subject', 'FOIA Request No. 2026-188 - Final Response'), ('Date', date('2026-11-05 09:40', '-0500')),
    ('Message-ID', '<2d8f0a6c11e94b3a@fec.gov>'),
    ], text="""Dear Requester:

This responds to your Freedom of Information Act request, FOIA Request No. 2026-188, for communications
between the Commission or its Commissioners and the Executive Office of the President concerning the
removal or resignation of Commissioners in 2025.

The FOIA Requester Service Center asked the Office of the Commissioners, the Office of the Staff
Director, the Office of General Counsel and the Office of the Chief Information Officer to search email
accounts and files of current and former Commissioners and their staff for the period January 1 through
December 31, 2025, using the search terms listed in the enclosed search summary. These searches located
no records responsive to your request.

You may appeal this no-records determination. Your appeal must be in writing and received by the
Commission within 90 calendar days of the date of this letter, and should be addressed to the FOIA
Appeals, Office of General Counsel, Federal Election Commission, 1050 First Street NE, Washington, DC
20463, or emailed to FOIA@fec.gov with "FOIA Appeal" in the subject line.

You may contact the Commission's FOIA Public Liaison at (202) 694-1650 for further assistance, or the
Office of Government Information Services (OGIS) at the National Archives and Records Administration,
ogis@nara.gov, 202-741-5770, to inquire about mediation services.

Sincerely,
FOIA Requester Service Center
Federal Election Commission
""", cte='7bit', attachments=[('2026-188 search summary.txt', 'text/plain',
    b'Search terms: "Commissioner" AND ("White House" OR "WHO" OR "PPO" OR "Presidential Personnel")\n'
    b'Custodians: 6 Commissioner offices, Staff Director, OGC front office\nDate range: 01/01/2025-12/31/2025\nResults: 0 responsive\n')]),
    'REQ-011', 'no_records',
    'FEC final response: searches of Commissioner, Staff Director, OGC and OCIO records found nothing; 90-day appeal',
    'no-records letter with search description and OGIS paragraph, no threading headers; number in subject and body',
    tracking='2026-188', adverse=True, signals=['plus', 'tracking'])

# 038 NEA first interim release via the Google Group
frm, extra = via_group('NEA FOIA Office', 'foia@arts.gov')
add('038-nea-interim-via-group.eml', build([
    ('From', frm), ('To', 'Records Desk <%s>' % INBOX), ('Subject', 'F26-0086 - first release'),
    ('Date', date('2026-11-05 14:12', '-0500')), ('Message-ID', '<SA1PR09MB8820A02B71@SA1PR09MB8820.namprd09.prod.outlook.com>'),
    ] + extra, text="""Dear Requester:

Thank you for confirming, through our main mailbox, your agreement to pay fees for F26-0086, and our
apologies that the contact named in our fee notice had left the agency.

Enclosed via the link below is our first release: 318 pages of panelist comments and scoring summaries
for Dance applications reviewed at the first FY2026 panel meeting. We redacted applicants' personal
information (home addresses and telephone numbers of individual artists) under exemption 6. Panel
members' names are public and are not redacted.

https://nea.sharepoint.com/:f:/s/OGC-FOIA/EkT2_F26-0086_release1

We expect to complete the request, including the second panel meeting, in December. An invoice will be
sent with the final release.

FOIA Office
National Endowment for the Arts
"""), 'REQ-002', 'records_interim',
    'NEA first installment (318 pages, ex 6 personal info) for F26-0086; rest expected in December',
    'rolling release by SharePoint link delivered through the Google Group (From rewritten); refers back to the bounced fee reply',
    tracking='F26-0086', signals=['tracking'])

# 039 NEH interim release for REQ-001
add('039-neh-interim-peer-review.eml', build([
    ('From', '"Marchetti, Nora" <nmarchetti@neh.gov>'), ('To', plus('REQ-001')), ('Cc', 'NEH FOIA <foia@neh.gov>'),
    ('Subject', 'FOIA No. 26-117 - partial release'), ('Date', date('2026-11-10 11:11', '-0500')),
    ('Message-ID', '<BL0PR09MB44718C5B2D@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<BL0PR09MB4471D05F18@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('References', req_msgid('REQ-001') + ' <BL0PR09MB4471D05F18@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ] + ms_headers('FOIA No. 26-117 - partial release', 'AQHdT0r'),
    text="""Dear Requester:

While we wait for responses from several applicants to our submitter notices, NEH is releasing the
records that do not require further consultation: the written evaluations for the 14 funded applications
whose applicants did not object, 196 pages in all.

We have redacted the names and other identifying details of the individual peer reviewers under FOIA
exemption 6. NEH promises reviewers confidentiality, and disclosing which reviewer wrote which
evaluation would be an unwarranted invasion of personal privacy. Staff notes in the margins of two
evaluations are withheld under exemption 5 as predecisional and deliberative.

The files are attached. The remaining records, including the panel summaries and the materials for
applicants who objected, will follow with our final response. Appeal rights will be provided then.

Nora Marchetti
Deputy General Counsel and FOIA Officer
""", attachments=[('26-117 Interim Release 1.pdf', 'application/pdf',
    pdf('NEH PUBLIC HUMANITIES PROJECTS - FY2026 - REVIEWER EVALUATIONS (INTERIM RELEASE 1)\n\nApplication GI-3xxxxx-26\n'
        'Reviewer: (b)(6)\nRating: Excellent\nComments: The project team is well qualified...\n[(b)(5)]\n', 'Interim release'))]),
    'REQ-001', 'records_interim',
    'NEH partial release of 196 pages of reviewer evaluations (ex 6 reviewer identities, ex 5 staff notes); rest with final',
    'interim release while submitter objections are pending; appeal rights deferred',
    tracking='26-117', signals=['thread', 'plus', 'tracking'])

# 040 NEH extension on REQ-014
add('040-neh-extension-garden.eml', build([
    ('From', 'NEH FOIA <foia@neh.gov>'), ('To', plus('REQ-014')),
    ('Subject', 'RE: ' + subj('REQ-014')), ('Date', date('2026-11-10 15:30', '-0500')),
    ('Message-ID', '<BL0PR09MB4471F7E611@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<BL0PR09MB4471A93E27@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('References', req_msgid('REQ-014') + ' <BL0PR09MB4471A93E27@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ] + ms_headers('FOIA Request: NEH National Garden of American Heroes statue grant program records', 'AQHdT3c'),
    text="""Dear Requester,

Regarding FOIA No. 27-009: NEH received more than 150 applications from individual sculptors and studios
under the National Garden program. We must review each for personal information and notify studios that
submitted pricing and business information. We are therefore taking a 10-working-day extension under
5 U.S.C. 552(a)(6)(B).

We now estimate that we will be able to respond by December 18, 2026. You may contact our FOIA Public
Liaison or OGIS if you have concerns about this timeline.

NEH FOIA Office
"""), 'REQ-014', 'extension',
    'NEH extends 27-009 by 10 working days (150+ applications, submitter notice); estimate Dec 18',
    'standard NEH extension email in the request thread, sent on the original due date',
    tracking='27-009', clock='extension', estimated='2026-12-18', signals=['thread', 'plus', 'tracking'])
