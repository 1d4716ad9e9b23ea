from common import *

# 041 AmeriCorps no-records on the remaining part of AC-2027-00004 (no threading)
add('041-americorps-no-records-nccc.eml', build([
    ('From', 'Keisha Dunmore <kdunmore@americorps.gov>'), ('To', plus('REQ-012')), ('Cc', 'FOIA <foia@americorps.gov>'),
    ('Subject', 'Final Response - FOIA AC-2027-00004'), ('Date', date('2026-11-12 10:20', '-0500')),
    ('Message-ID', '<DS7PR09MB6733E55A81@DS7PR09MB6733.namprd09.prod.outlook.com>'),
    ], text="""Dear Requester:

This is AmeriCorps' final response to the portion of FOIA request AC-2027-00004 that was not referred to
the General Services Administration. You asked for cost analyses, environmental assessments, and closure
decision records for the NCCC Southern Region campus in Vicksburg, Mississippi.

The NCCC program office, the Office of the Chief Financial Officer and the Office of the Chief Executive
Officer searched their electronic files and email for records from January 2025 to the date of the
search. No responsive records were located. Program staff advised that no campus-specific cost analysis
or environmental assessment was prepared, and that the closure was carried out under the agency-wide
decision announced in April 2025 rather than a campus-specific decision document.

You may appeal this determination within 90 days of the date of this letter by writing to the AmeriCorps
FOIA Appeals Officer, Office of General Counsel, 250 E Street SW, Washington, DC 20525, or foia@americorps.gov.
You may also contact our FOIA Public Liaison, or the Office of Government Information Services (OGIS) at
ogis@nara.gov or 1-877-684-6448.

Sincerely,
Keisha Dunmore
FOIA Officer
"""), 'REQ-012', 'no_records',
    'AmeriCorps finds no cost analyses, environmental assessments or closure decision documents for Vicksburg; 90-day appeal',
    'no-records letter in the body, not threaded; only the number and topic words link it',
    tracking='AC-2027-00004', adverse=True, signals=['plus', 'tracking', 'subject'])

# 042 DRA administrative closure for no response to the clarification (windows-1252, smart quotes)
add('042-dra-closed-no-response-cp1252.eml', build([
    ('From', 'Amelia Strickland <astrickland@dra.gov>'), ('To', plus('REQ-008')),
    ('Subject', 'RE: ' + subj('REQ-008')), ('Date', date('2026-11-13 13:45', '-0600')),
    ('Message-ID', '<MN2PR09MB610421C8F3@MN2PR09MB6104.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<MN2PR09MB61049B2C77@MN2PR09MB6104.namprd09.prod.outlook.com>'),
    ('References', req_msgid('REQ-008') + ' <MN2PR09MB6104E6E0A1@MN2PR09MB6104.namprd09.prod.outlook.com> <MN2PR09MB61049B2C77@MN2PR09MB6104.namprd09.prod.outlook.com>'),
    ] + ms_headers('FOIA Request: Delta Regional Authority SEDAP grant files, Mississippi projects 2024-2025', 'AQHdU1t'),
    text="""Hello,

I haven\u2019t heard back on my October 1 questions about the scope of your SEDAP request, and I wasn\u2019t able
to reach anyone at the number in your signature. Because I can\u2019t search without knowing which files you
want, I\u2019m closing the request as of today.

This isn\u2019t a judgment on the merits \u2013 you\u2019re welcome to send a new, narrower request at any time and
I\u2019ll be glad to help. If you believe this closure was in error, you may appeal in writing to the
Federal Co-Chairman, Delta Regional Authority, 236 Sharkey Avenue, Suite 400, Clarksdale, MS 38614,
within 90 days of this message. You may also contact the Office of Government Information Services at
ogis@nara.gov.

Amelia Strickland
General Counsel, Delta Regional Authority
""", cs='windows-1252'), 'REQ-008', 'denial',
    'DRA closes the request for no answer to the scope questions; states appeal rights (administrative closure as rejection)',
    'closure for non-response with appeal and OGIS lines, in windows-1252 with curly quotes; no number',
    adverse=True, signals=['thread', 'plus'])

# 043 IMLS denial in full (PDF letter), ex 6
imls_pdf = """INSTITUTE OF MUSEUM AND LIBRARY SERVICES
Office of the General Counsel
955 L'Enfant Plaza North SW, Suite 4000, Washington, DC 20024

November 16, 2026

Records Desk
records@records.example.org

RE: FOIA Request IMLS-2026-0049

Dear Requester:

On October 5, 2026 you clarified that your request seeks the individual specific reduction-in-force
notices and administrative leave notices issued to IMLS employees in 2025, and not agency-level records.

IMLS located 61 individual notices (148 pages). Each notice is addressed to a named employee and sets out
the employee's position, grade, tenure group, retention standing, and separation or leave status. These
are personnel records about identifiable individuals. We have determined that their release would
constitute a clearly unwarranted invasion of personal privacy, and that redaction of names would not
prevent identification because IMLS is a small agency whose staff and positions are publicly known.
The notices are therefore withheld in full under FOIA exemption 6, 5 U.S.C. 552(b)(6). We also
considered whether any reasonably segregable portion could be released, and concluded none could be
released without identifying the employees. We note that the blank template notice is public.

This is a denial of your request. You may appeal by writing to the IMLS General Counsel (FOIA Appeal),
at the address above or foia@imls.gov, within 90 calendar days of the date of this letter.

For further assistance you may contact the IMLS FOIA Public Liaison at foia@imls.gov, or the Office of
Government Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi
Road-OGIS, College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770; 1-877-684-6448.

Sincerely,

Deputy General Counsel
"""
add('043-imls-denial-ex6-pdf.eml', build([
    ('From', 'IMLS FOIA <foia@imls.gov>'), ('To', plus('REQ-009')),
    ('Subject', 'RE: FOIA IMLS-2026-0049'), ('Date', date('2026-11-16 14:00', '-0500')),
    ('Message-ID', '<DM6PR09MB55229E2A51@DM6PR09MB5522.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<DM6PR09MB5522F01D3B@DM6PR09MB5522.namprd09.prod.outlook.com>'),
    ('References', '<DM6PR09MB55220A9C44@DM6PR09MB5522.namprd09.prod.outlook.com> <DM6PR09MB5522F01D3B@DM6PR09MB5522.namprd09.prod.outlook.com>'),
    ] + ms_headers('FOIA IMLS-2026-0049', 'AQHdVa9'),
    text="Please find IMLS's response attached.\n",
    attachments=[('IMLS-2026-0049 Response.pdf', 'application/pdf', pdf(imls_pdf, 'FOIA response'))]),
    'REQ-009', 'denial',
    'IMLS withholds all 61 individual RIF/leave notices in full under ex 6 (small agency, redaction ineffective); 90-day appeal',
    'denial letter only in the PDF; cover email one line; threaded to the IMLS ack/clarification chain',
    tracking='IMLS-2026-0049', adverse=True, signals=['thread', 'plus', 'tracking'])

# 044 IMLS second interim release
add('044-imls-interim-2.eml', build([
    ('From', 'IMLS FOIA <foia@imls.gov>'), ('To', plus('REQ-004')),
    ('Subject', 'IMLS-2026-0042 - second interim response'), ('Date', date('2026-11-19 10:05', '-0500')),
    ('Message-ID', '<DM6PR09MB5522C44B19@DM6PR09MB5522.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<DM6PR09MB55227B1E08@DM6PR09MB5522.namprd09.prod.outlook.com>'),
    ] + ms_headers('IMLS-2026-0042 - second interim response', 'AQHdVqA'),
    text="""Dear Requester:

This is the second interim response to IMLS-2026-0042. We are releasing 377 pages of correspondence with
the State Library Administrative Agencies of Maryland through Oklahoma. As before, personal mobile
numbers are redacted under exemption 6.

Link (available 30 days): https://imls.app.box.com/s/7tq0v3ninterim2

The last group of states and territories is under review, along with internal IMLS records that require
consultation with the Department of Justice because of related litigation. We will send a final response
when that is complete.

Office of the General Counsel
Institute of Museum and Library Services
"""), 'REQ-004', 'records_interim',
    'IMLS second interim release (377 pages, ex 6) for IMLS-2026-0042; final still to come',
    'plain-text sibling of the HTML first interim; mentions DOJ consultation because of litigation',
    tracking='IMLS-2026-0042', signals=['thread', 'plus', 'tracking'])

# 045 Colleague forwards an NEH interim release that came to her directly
add('045-fwd-colleague-neh-garden-interim.eml', build([
    ('From', 'Priya Raman <praman@records.example.org>'), ('To', 'Records Desk <%s>' % INBOX),
    ('Subject', 'Fwd: FOIA 27-009 first batch'), ('Date', date('2026-11-20 12:30', '-0500')),
    ('Message-ID', '<CAPr4m9nFwd27009x@mail.gmail.com>'),
    ], text="""NEH sent this to me instead of the desk (I think because my name was on the follow-up call). Logging
it here. The spreadsheet is worth a look - 150+ applicants.

P.

---------- Forwarded message ---------
From: NEH FOIA <foia@neh.gov>
Date: Thu, Nov 19, 2026 at 4:48 PM
Subject: FOIA 27-009 first batch
To: Priya Raman <praman@records.example.org>


Ms. Raman,

As a first installment on FOIA No. 27-009, attached are the National Garden notice of funding
opportunity, its two amendments, and a list of applicants showing applicant name, city and state, and the
historical figure proposed (8 pages and one spreadsheet). Nothing has been withheld from these.

Applications and review records are still being processed and will follow with our final response, which
we continue to expect by December 18.

NEH FOIA Office
""", attachments=[('27-009_applicant_list.csv', 'text/csv',
    b'applicant,city,state,figure\nStudio A (name),Cincinnati,OH,Harriet Tubman\nStudio B (name),Provo,UT,Amelia Earhart\n')]),
    'REQ-014', 'records_interim',
    'colleague forwards NEH first installment on 27-009 (NOFO, amendments, applicant list); applications to follow',
    'Gmail "Fwd:" by a newsroom colleague of a release sent to her personally; sender domain is ours, agency only in the quoted header',
    tracking='27-009', signals=['tracking', 'subject'])

# 046 NEH final release in full on REQ-003, no withholdings
add('046-neh-final-full-terminations.eml', build([
    ('From', 'NEH FOIA <foia@neh.gov>'), ('To', plus('REQ-003')),
    ('Subject', 'FOIA No. 26-121 - records'), ('Date', date('2026-11-23 11:15', '-0500')),
    ('Message-ID', '<BL0PR09MB4471B1C7D4@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<BL0PR09MB44713C8E9A@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('References', req_msgid('REQ-003') + ' <BL0PR09MB44713C8E9A@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ] + ms_headers('FOIA No. 26-121 - scope question', 'AQHdWB3'),
    text="""Hello,

Following your call with Theresa Brennan of our Office of Grant Management, you agreed to accept the form
termination letters and the list of terminated awards in place of every individual notice. Attached are:

  - the three versions of the form termination letter used in April and May 2025 (5 pages), and
  - a spreadsheet listing 1,432 terminated awards with grantee, award number, award amount, and
    termination date.

These records are released in full; nothing has been withheld. There is no fee. This completes our
response to FOIA No. 26-121, and we are closing the request.

NEH FOIA Office
""", attachments=[('26-121 form letters.pdf', 'application/pdf',
    pdf('NATIONAL ENDOWMENT FOR THE HUMANITIES\n\nNotice of Grant Termination\n\nDear [Grantee]:\n\nThis letter provides notice '
        'that the National Endowment for the Humanities is terminating your grant [Award Number] in accordance with '
        '2 CFR 200.340(a)(4)...', 'Form letters')),
    ('26-121 terminated awards.csv', 'text/csv', b'award_number,grantee,amount,termination_date\nXX-000001-22,Example Historical Society,60000,2025-04-02\n')]),
    'REQ-003', 'records_final',
    'NEH final response on 26-121: form letters and list of 1,432 terminated awards released in full, no fee, closed',
    'final release in full (no withholdings, so no appeal window) after a phone narrowing; mentions the staffer from 024',
    tracking='26-121', signals=['thread', 'plus', 'tracking'])

# 047 PAL notice: new correspondence posted
add('047-americorps-pal-correspondence-posted.eml', build([
    ('From', 'AmeriCorps FOIA <foiapal-noreply@americorps.gov>'), ('To', plus('REQ-005')),
    ('Subject', 'New Correspondence Available - AC-2026-00298'), ('Date', date('2026-11-30 06:45', '-0500')),
    ('Message-ID', '<FXP.20261130114502.00298@americorps.foiaxpress.com>'),
    ], html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Records Desk,</p>
<p>New correspondence regarding your request <b>AC-2026-00298</b> has been posted to your Public Access Link account.
Please log in to view it.</p>
<p><a href="https://americorps.foiaxpress.com/App/Home.aspx">Log in to PAL</a></p>
<p><i>This is a system-generated message. Please do not reply.</i></p></body></html>"""),
    'REQ-005', 'portal_notice',
    'PAL says new correspondence was posted for AC-2026-00298; no content in the email',
    'FOIAXpress PAL "new correspondence" notice with no substantive text',
    tracking='AC-2026-00298', signals=['plus', 'tracking'])

# 048 AmeriCorps first interim release
add('048-americorps-interim-1.eml', build([
    ('From', 'Keisha Dunmore <kdunmore@americorps.gov>'), ('To', plus('REQ-005')), ('Cc', 'FOIA <foia@americorps.gov>'),
    ('Subject', 'AC-2026-00298 - interim release 1 of 2'), ('Date', date('2026-12-02 10:20', '-0500')),
    ('Message-ID', '<DS7PR09MB67330B7C3E@DS7PR09MB6733.namprd09.prod.outlook.com>'),
    ], text="""Good morning,

The first interim release for AC-2026-00298 is posted in your PAL account (the notice you received on
November 30). It contains the list of 1,031 AmeriCorps State and National grants terminated in April 2025,
with grantee, state, award amount and termination date, and the 212 termination notices sent to
grantees in the first week.

Email addresses and direct phone numbers of grantee staff are redacted under exemption 6. We anticipate
one further and final release in January 2027, covering the remaining notices and grantee
correspondence.

Keisha Dunmore
FOIA Officer, AmeriCorps
"""), 'REQ-005', 'records_interim',
    'AmeriCorps interim release 1 of 2 (termination list and 212 notices, ex 6); more in January',
    'staff email explaining what the earlier PAL notice posted; "1 of 2" rolling release',
    tracking='AC-2026-00298', signals=['plus', 'tracking'])

# 049 NEA denial in full, HTML only
add('049-nea-denial-ex5-html.eml', build([
    ('From', 'NEA FOIA Office <foia@arts.gov>'), ('To', plus('REQ-006')),
    ('Subject', 'Final Response - NEA FOIA F26-0091'), ('Date', date('2026-12-04 15:00', '-0500')),
    ('Message-ID', '<SA1PR09MB8820D7A6C0@SA1PR09MB8820.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<SA1PR09MB88204F3A90@SA1PR09MB8820.namprd09.prod.outlook.com>'),
    ('References', req_msgid('REQ-006') + ' <SA1PR09MB88204F3A90@SA1PR09MB8820.namprd09.prod.outlook.com>'),
    ] + ms_headers('Final Response - NEA FOIA F26-0091', 'AQHdXr0'),
    html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Requester:</p>
<p>This is the final response of the National Endowment for the Arts to your FOIA request <b>F26-0091</b> for
records about the applicant certification requirements in the FY2027 grant guidelines.</p>
<p>The NEA located 87 pages of responsive records: draft versions of the certification language, internal
email among the Office of the Chair, Office of Grants Management and Office of the General Counsel
discussing those drafts, and legal memoranda. All of these records are <b>withheld in full</b> under FOIA
exemption 5, 5 U.S.C. &sect; 552(b)(5), which protects predecisional and deliberative communications and
attorney-client privileged communications. We have considered the foreseeable harm standard and
determined that release would harm the candid internal discussion of policy that the privilege protects.
No reasonably segregable factual material could be released. The final guidelines are public at
arts.gov.</p>
<p>You may appeal this decision. Your appeal must be in writing, addressed to the Chairman, National
Endowment for the Arts, 400 7th Street SW, Washington, DC 20506, or sent to foia@arts.gov, and must be
received within 90 days of the date of this letter.</p>
<p>You may also seek dispute resolution services from our FOIA Public Liaison at foia@arts.gov or
from OGIS at the National Archives (ogis@nara.gov; 202-741-5770; toll-free 1-877-684-6448).</p>
<p>Sincerely,<br>Acting General Counsel and Chief FOIA Officer<br>National Endowment for the Arts</p>
</div></body></html>"""), 'REQ-006', 'denial',
    'NEA withholds all 87 pages on F26-0091 in full under ex 5 (deliberative, attorney-client); 90-day appeal',
    'HTML-only full denial signed by the (Acting) General Counsel, foreseeable-harm sentence and OGIS paragraph',
    tracking='F26-0091', adverse=True, signals=['thread', 'plus', 'tracking'])

# 050 FEC final response with partial withholdings
add('050-fec-final-2027-004.eml', build([
    ('From', 'FEC FOIA <foia@fec.gov>'), ('To', plus('REQ-013')),
    ('Subject', 'FOIA Request No. 2027-004 - Final Response'), ('Date', date('2026-12-09 11:30', '-0500')),
    ('Message-ID', '<7e02b9d46f5c4a18@fec.gov>'),
    ('In-Reply-To', '<9c31f6e8b70a4e52@fec.gov>'), ('References', req_msgid('REQ-013') + ' <5b9e20d4a1c84f07@fec.gov> <9c31f6e8b70a4e52@fec.gov>'),
    ], text="""Dear Requester:

Thank you for the information about your organization you provided on November 6, 2026. The Commission
has placed your request in the news media fee category; no fees will be charged.

This is the final response to FOIA Request No. 2027-004. The Commission located 263 pages of responsive
records. We are releasing 201 pages in full and 48 pages in part, and withholding 14 pages in full.

Withheld information consists of (1) draft regulatory text and staff analysis exchanged before
Commission action, withheld under exemption 5 (deliberative process privilege), 5 U.S.C. 552(b)(5), and
(2) personal telephone numbers and email addresses of OMB and FEC staff, withheld under exemption 6,
5 U.S.C. 552(b)(6).

You may appeal this determination within 90 calendar days of the date of this letter. Address your
appeal to FOIA Appeals, Office of General Counsel, Federal Election Commission, 1050 First Street NE,
Washington, DC 20463, or FOIA@fec.gov with "FOIA Appeal" in the subject line. You may also contact our
FOIA Public Liaison at (202) 694-1650, or OGIS at ogis@nara.gov or 202-741-5770.

Sincerely,
FOIA Requester Service Center
Federal Election Commission
""", cte='7bit', attachments=[('2027-004 Release.pdf', 'application/pdf',
    pdf('FEC FOIA 2027-004 RELEASE\n\nFrom: (b)(6)@omb.eop.gov\nTo: Policy Division\nSubject: EO 14215 submission\n\n[Draft text withheld - (b)(5)]', 'Release'))]),
    'REQ-013', 'records_final',
    'FEC final on 2027-004: media category granted, 263 pages with ex 5 and ex 6 withholdings; 90-day appeal',
    'formal FEC final response in plain text with a PDF release; resolves the earlier fee estimate',
    tracking='2027-004', adverse=True, signals=['thread', 'plus', 'tracking'])
