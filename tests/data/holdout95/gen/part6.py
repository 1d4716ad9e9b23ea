from common import *

# 051 Denali first interim release after narrowing
add('051-denali-interim-narrowed.eml', build([
    ('From', 'Rachel McCallister <rmccallister@denali.gov>'), ('To', plus('REQ-010')),
    ('Subject', 'RE: Your records request - first set of records'), ('Date', date('2026-12-10 12:40', '-0900')),
    ('Message-ID', '<BY5PR09MB5410A8D0C3@BY5PR09MB5410.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<req-010.20261102.3@records.example.org>'),
    ('References', req_msgid('REQ-010') + ' <BY5PR09MB54106E2F09@BY5PR09MB5410.namprd09.prod.outlook.com> <req-010.20261102.3@records.example.org>'),
    ] + ms_headers('Your records request', 'AQHdZ0d'),
    text="""Hi,

Thanks for narrowing to grant agreements, final inspection reports and closeout reports. Attached is the
first set, covering the 11 projects completed from 2022 on (electronic files, 388 pages). I redacted the
personal cell phone numbers of village contacts and tank operators (exemption 6) and nothing else.

The older paper files are back from storage and are being scanned now. I expect to send the rest, with
an invoice for the scanning, in January.

Rachel McCallister
General Counsel / FOIA Officer, Denali Commission
""", attachments=[('BulkFuel_2022-2025_release1.pdf', 'application/pdf',
    pdf('DENALI COMMISSION - BULK FUEL UPGRADE PROJECTS - GRANT AGREEMENTS AND CLOSEOUT (RELEASE 1)\n\n'
        'Project: Tank farm replacement, [village], AK\nGrantee: Alaska Energy Authority\nFinal inspection: passed 08/2023\n'
        'Operator contact: (b)(6)', 'Release 1'))]),
    'REQ-010', 'records_interim',
    'Denali first release after we narrowed: 388 pages for 2022-2025 projects (ex 6 cell numbers); paper files to follow',
    'informal interim release from the GC in Alaska time, threaded through our narrowing reply; no number in the message',
    signals=['thread', 'plus'])

# 052 FEC press digest - not about any request
add('052-fec-press-digest-null.eml', build([
    ('From', 'FEC Press Office <press@fec.gov>'), ('To', INBOX),
    ('Subject', 'FEC Weekly Digest: December 7 - 11, 2026'), ('Date', date('2026-12-11 17:05', '-0500')),
    ('Message-ID', '<digest.20261211.wk50@fec.gov>'), ('Precedence', 'bulk'),
    ('List-Unsubscribe', '<mailto:press-unsubscribe@fec.gov>'),
    ], text="""FEDERAL ELECTION COMMISSION - WEEKLY DIGEST
Week of December 7 - 11, 2026

Commission meetings
* Open meeting of December 10: the Commission approved Advisory Opinion 2026-19 and discussed a
  draft notice of proposed rulemaking.

Enforcement
* The Commission made public 4 closed Matters Under Review.

Outreach
* Webinar on 2027 reporting deadlines for PACs, January 13, 2027.

Freedom of Information Act
* The FEC's Chief FOIA Officer Report will be posted in March. Requesters may submit requests
  at foia@fec.gov.

To unsubscribe from the Weekly Digest, reply with "unsubscribe" or write to press@fec.gov.
""", cte='7bit'), None, 'other',
    'FEC weekly press digest from an fec.gov address; mentions FOIA but is about no request',
    'agency press digest from the same domain as two open FEC requests; FOIA paragraph as a trap',
    signals=['none'])

# 053 NEH final response on REQ-001 (PDF letter), ex 4/5/6
neh_final = """NATIONAL ENDOWMENT FOR THE HUMANITIES
Office of the General Counsel
400 7th Street SW, Washington, DC 20506

December 15, 2026

Records Desk
records@records.example.org

Re: FOIA No. 26-117 - Final Response

Dear Requester:

This is NEH's final response to your request for peer review records for the FY2026 Public Humanities
Projects program. On November 10, 2026 we released 196 pages. With this letter we release an additional
342 pages, consisting of reviewer evaluations for the remaining applications, panel summaries, and the
staff funding recommendations presented to the National Council on the Humanities.

We are withholding the following information:

- Exemption 6, 5 U.S.C. 552(b)(6): the names and identifying details of individual peer reviewers, and
  the home addresses and personal contact information of project directors.
- Exemption 5, 5 U.S.C. 552(b)(5): staff funding recommendations and staff comments on panel ratings, to
  the extent they reflect the predecisional deliberations of NEH staff before the Chair's funding
  decisions. Factual portions such as ratings tallies are released.
- Exemption 4, 5 U.S.C. 552(b)(4): budget detail for three applicants that objected to disclosure under
  Executive Order 12600 and showed that the information is confidential commercial information. Those
  applicants were notified of our decision on December 8, 2026.

In all, 131 pages are released in part and 17 pages are withheld in full.

You may appeal this response by writing to the NEH General Counsel, 400 7th Street SW, Washington, DC
20506, or foia@neh.gov. Your appeal must be submitted within 90 calendar days of the date of this
letter. Please mark it "FOIA Appeal."

You may also contact NEH's FOIA Public Liaison at foia@neh.gov, or the Office of Government Information
Services (OGIS) at the National Archives and Records Administration to inquire about mediation services:
OGIS, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free
1-877-684-6448.

Sincerely,

Nora Marchetti
Deputy General Counsel and FOIA Officer
"""
add('053-neh-final-peer-review-pdf.eml', build([
    ('From', '"Marchetti, Nora" <nmarchetti@neh.gov>'), ('To', plus('REQ-001')), ('Cc', 'NEH FOIA <foia@neh.gov>'),
    ('Subject', 'FOIA No. 26-117 - final response'), ('Date', date('2026-12-15 16:20', '-0500')),
    ('Message-ID', '<BL0PR09MB44712E0B9F@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<BL0PR09MB44718C5B2D@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('References', req_msgid('REQ-001') + ' <BL0PR09MB44718C5B2D@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ] + ms_headers('FOIA No. 26-117 - final response', 'AQHeAa4'),
    text="Attached are our final response letter and the second release.\n\nNora Marchetti\nDeputy General Counsel | NEH\n",
    attachments=[('26-117 Final Response.pdf', 'application/pdf', pdf(neh_final, 'Final response')),
                 ('26-117 Release 2.pdf', 'application/pdf',
                  pdf('NEH PUBLIC HUMANITIES PROJECTS - FY2026 - PANEL SUMMARIES (RELEASE 2)\n\nPanel PH-2: (b)(6)\n'
                      'Ratings tally: E 3, VG 2\nStaff recommendation: [(b)(5)]\nBudget detail: [(b)(4)]', 'Release 2'))]),
    'REQ-001', 'records_final',
    'NEH final on 26-117: 342 more pages, ex 4/5/6 withholdings after submitter process; 90-day appeal',
    'final letter only in the PDF, signed by the Deputy General Counsel; grant peer-review withholdings and OGIS paragraph',
    tracking='26-117', adverse=True, signals=['thread', 'plus', 'tracking'])

# 054 NEA final release with invoice
add('054-nea-final-invoice.eml', build([
    ('From', 'NEA FOIA Office <foia@arts.gov>'), ('To', plus('REQ-002')),
    ('Subject', 'F26-0086 - final release and invoice'), ('Date', date('2026-12-18 13:10', '-0500')),
    ('Message-ID', '<SA1PR09MB8820F1C2A7@SA1PR09MB8820.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<SA1PR09MB8820A02B71@SA1PR09MB8820.namprd09.prod.outlook.com>'),
    ] + ms_headers('F26-0086 - final release and invoice', 'AQHeBv1'),
    text="""Dear Requester:

This is the final response to F26-0086. We are releasing 1,106 pages covering the second FY2026 Dance
panel meeting, for a total of 1,424 pages in both releases. As in our first release, home addresses and
personal telephone numbers of individual applicants are redacted under exemption 6, 5 U.S.C. 552(b)(6).
In addition, 22 pages of staff notes prepared for the National Council on the Arts are withheld in full
under exemption 5 as predecisional and deliberative.

The final fee is $198.60 (1,324 billable pages at $0.15), which is less than our estimate. An invoice
with payment instructions through Pay.gov is attached.

You may appeal the withholdings within 90 days of the date of this letter by writing to the Chairman,
National Endowment for the Arts, 400 7th Street SW, Washington, DC 20506, or foia@arts.gov. You may also
contact our FOIA Public Liaison or the Office of Government Information Services (OGIS) at
ogis@nara.gov, 202-741-5770.

FOIA Office
National Endowment for the Arts
""", attachments=[('F26-0086_Invoice.pdf', 'application/pdf',
    pdf('NATIONAL ENDOWMENT FOR THE ARTS - FOIA INVOICE\nRequest: F26-0086\nDuplication: 1,324 pages x $0.15 = $198.60\n'
        'Pay at pay.gov (NEA FOIA Fees)\nDue within 30 days', 'Invoice'))]),
    'REQ-002', 'records_final',
    'NEA final release on F26-0086 (ex 6 redactions, ex 5 pages withheld) with a $198.60 invoice; 90-day appeal',
    'final release with invoice after records are produced (a bill, not a pre-processing fee estimate)',
    tracking='F26-0086', adverse=True, signals=['thread', 'plus', 'tracking'])

# 055 IMLS final response
add('055-imls-final-0042.eml', build([
    ('From', 'IMLS FOIA <foia@imls.gov>'), ('To', plus('REQ-004')),
    ('Subject', 'IMLS-2026-0042 - final response'), ('Date', date('2027-01-08 10:30', '-0500')),
    ('Message-ID', '<DM6PR09MB5522A5F3E0@DM6PR09MB5522.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<DM6PR09MB5522C44B19@DM6PR09MB5522.namprd09.prod.outlook.com>'),
    ] + ms_headers('IMLS-2026-0042 - final response', 'AQHeD9q'),
    html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Requester:</p>
<p>This is the final response to your request <b>IMLS-2026-0042</b>. With this release of 296 pages
(correspondence with the remaining states, the District of Columbia and the territories), IMLS has released
1,085 pages in total.</p>
<p>After consultation with the Department of Justice, IMLS is withholding 41 pages of internal
email and draft letters concerning the reinstatement of awards under exemption 5, 5 U.S.C. &sect; 552(b)(5)
(deliberative process and attorney work product privileges), and continues to redact personal mobile numbers
under exemption 6.</p>
<p>Link (available 30 days): <a href="https://imls.app.box.com/s/c1final0042">https://imls.app.box.com/s/c1final0042</a></p>
<p>You may appeal this response in writing to the IMLS General Counsel at foia@imls.gov within 90 calendar days
of the date of this letter. You may also contact the IMLS FOIA Public Liaison or the Office of Government
Information Services (OGIS), ogis@nara.gov, 202-741-5770, 1-877-684-6448.</p>
<p>Office of the General Counsel<br>Institute of Museum and Library Services</p>
</div></body></html>"""), 'REQ-004', 'records_final',
    'IMLS final release on IMLS-2026-0042 (296 pages; 41 pages withheld ex 5, ex 6 redactions); 90-day appeal',
    'HTML-only final response after DOJ consultation, with appeal and OGIS paragraphs',
    tracking='IMLS-2026-0042', adverse=True, signals=['thread', 'plus', 'tracking'])

# 056 AmeriCorps final release via PAL email with letter PDF
ac_final = """AmeriCorps
Office of General Counsel - FOIA
250 E Street SW, Washington, DC 20525

January 21, 2027

Records Desk
records@records.example.org

RE: FOIA Request AC-2026-00298

Dear Requester:

This is AmeriCorps' second and final release in response to your request for records of AmeriCorps
State and National grant terminations in April 2025. This release contains the remaining 819 termination
notices and 604 pages of correspondence between AmeriCorps and grantees about the terminations.

We have redacted grantee staff email addresses and direct phone numbers, and the names of AmeriCorps
members mentioned in grantee correspondence, under exemption 6, 5 U.S.C. 552(b)(6). We withheld 37 pages
of internal AmeriCorps email discussing which grants to select for termination under exemption 5,
5 U.S.C. 552(b)(5), deliberative process privilege.

You may appeal within 90 days of the date of this letter to the FOIA Appeals Officer, Office of General
Counsel, at the address above or foia@americorps.gov. You may contact our FOIA Public Liaison or the
Office of Government Information Services (OGIS), ogis@nara.gov, 202-741-5770, 1-877-684-6448.

Sincerely,
Keisha Dunmore
FOIA Officer
"""
add('056-americorps-final-pal-pdf.eml', build([
    ('From', 'AmeriCorps FOIA <foiapal-noreply@americorps.gov>'), ('To', plus('REQ-005')),
    ('Subject', 'Request AC-2026-00298 - Final Response'), ('Date', date('2027-01-21 14:00', '-0500')),
    ('Message-ID', '<FXP.20270121190002.00298@americorps.foiaxpress.com>'),
    ], text="""Dear Records Desk,

Your request AC-2026-00298 has been completed. The response letter is attached, and the released
records are available in your Public Access Link account.

https://americorps.foiaxpress.com/App/Home.aspx

This is a system-generated message. Please do not reply.
""", attachments=[('AC-2026-00298_Final_Response_Letter.pdf', 'application/pdf', pdf(ac_final, 'Final response'))]),
    'REQ-005', 'records_final',
    'AmeriCorps final release on AC-2026-00298 (letter PDF via PAL): ex 5 and ex 6 withholdings; 90-day appeal',
    'portal completion notice whose substance is in the attached letter (not a bare portal_notice)',
    tracking='AC-2026-00298', adverse=True, signals=['plus', 'tracking'])

# 057 NEH final response on REQ-014
add('057-neh-final-garden.eml', build([
    ('From', 'NEH FOIA <foia@neh.gov>'), ('To', plus('REQ-014')),
    ('Subject', 'RE: ' + subj('REQ-014')), ('Date', date('2027-01-26 15:45', '-0500')),
    ('Message-ID', '<BL0PR09MB44713D6A80@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<BL0PR09MB4471F7E611@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('References', req_msgid('REQ-014') + ' <BL0PR09MB4471A93E27@BL0PR09MB4471.namprd09.prod.outlook.com> <BL0PR09MB4471F7E611@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ] + ms_headers('FOIA Request: NEH National Garden of American Heroes statue grant program records', 'AQHeGq2'),
    text="""Dear Requester,

We apologize for missing our December estimate. This is NEH's final response to FOIA No. 27-009.

We are releasing 1,140 pages: the 154 applications received (narratives and images), the review panel
rosters and rating sheets, and the award letters for the 34 funded sculptors and studios. Under
exemption 6 we redacted home addresses, personal email and phone numbers, and Social Security and tax
identification numbers. Under exemption 4 we redacted pricing breakdowns submitted by eleven studios
that objected after our Executive Order 12600 notice. Panelist comments are released, but
the names of reviewers attached to individual ratings are withheld under exemption 6.

The records are attached as a link below (available 60 days):
https://neh.box.com/s/27009finalrelease

You may appeal this response in writing to the NEH General Counsel (foia@neh.gov) within 90 calendar
days of the date of this letter. You may also contact our FOIA Public Liaison, or the Office of Government
Information Services (OGIS) at ogis@nara.gov or 202-741-5770.

NEH FOIA Office
Office of the General Counsel
"""), 'REQ-014', 'records_final',
    'NEH final on 27-009 (late): 1,140 pages with ex 4 and ex 6 redactions; 90-day appeal',
    'late final response apologizing for the missed estimate; grant applications with submitter-notice redactions',
    tracking='27-009', adverse=True, signals=['thread', 'plus', 'tracking'])
