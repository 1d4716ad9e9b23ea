"""Messages 041-058 (November 2026 - January 2027)."""
from pathlib import Path
from mklib import text, html, attachment, multipart, message, pdf, Part
from common import *
from build_a import write, REQ_SUBJ, DCPAL

# ------------------------------------------------------------------ 041 SSA final, released in full (no withholding)
def m041():
    lines = ['SOCIAL SECURITY ADMINISTRATION', 'Office of Privacy and Disclosure',
             '6401 Security Boulevard, Baltimore, MD 21235', '', 'November 5, 2026', '',
             'Ms. Priya Raman', 'Records Desk, The Capital Ledger', '',
             'Refer to: SSA-2026-011906', '',
             'Dear Ms. Raman:', '',
             'We are responding to your Freedom of Information Act (FOIA) request for policies and '
             'procedures on overpayment recovery and waiver, including records on setting and changing the '
             'default rate at which we withhold benefits to recover overpayments.', '',
             'We searched the Office of the Deputy Commissioner for Operations, the Office of Income Security '
             'Programs, and the Office of Analytics, Review, and Oversight. We are releasing 146 pages in '
             'full, including the relevant sections of our Program Operations Manual System (POMS), the '
             'emergency messages implementing the change in the default withholding rate in 2025, and the '
             'related Federal Register notice and operational guidance. We did not withhold any information.', '',
             'As we told you on October 8, 2026, we referred 14 documents that originated with the Bureau of '
             'the Fiscal Service to that agency. It will respond to you directly about those documents.', '',
             'This completes our response to your request.', '',
             'If you have questions, you may contact our FOIA Public Liaison at foia.request@ssa.gov, or the '
             'Office of Government Information Services (OGIS), ogis@nara.gov.', '',
             'Sincerely,', '', 'Marcus Tillery', 'Government Information Specialist']
    body = """Dear Ms. Raman,

Please see the attached response letter and records for your FOIA request.

Office of Privacy and Disclosure
Social Security Administration
"""
    records = pdf(['POMS GN 02210.030 Withholding Rate for Overpayment Recovery (excerpt)', '',
                   'A. Policy - default rate of withholding ...', 'B. Requests for a lower rate ...'], 'Release')
    subj = 'SSA-2026-011906 - Final Response'
    part = multipart('mixed', [text(body),
                               attachment('SSA-2026-011906 Final Response Letter.pdf', pdf(lines, 'Final Response')),
                               attachment('SSA-2026-011906 Records 146 pp.pdf', records)], 'm041', 'outlook')
    write('041-ssa-final-in-full-overpayment.eml', [
        ('From', 'FOIA Request <foia.request@ssa.gov>'),
        ('To', 'records+req-012@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2026-11-05 10:00:31', utc=True)),
        ('Message-ID', outlook_mid('m041')),
    ] + outlook_headers('m041', subj, True, originator='ssa.gov'), part)

# ------------------------------------------------------------------ 042 Treasury no-records letter (official mailbox)
def m042():
    body = """DEPARTMENT OF THE TREASURY
WASHINGTON, D.C.

November 10, 2026

Priya Raman
records@records.example.org

Re: FOIA Request 2026-OFAC-0437

Dear Ms. Raman:

This is the final response to your Freedom of Information Act (FOIA)
request received by the Department of the Treasury on September 17, 2026,
for Office of Foreign Assets Control (OFAC) records of civil penalties,
Findings of Violation and cautionary letters involving ship-to-ship
transfers of crude oil or petroleum products from January 2023 to the
present.

OFAC's Enforcement Division searched its enforcement case management
system, the Enforcement Division shared drives, and the e-mail accounts of
the attorneys assigned to maritime and petroleum matters, using the vessel
names and terms identified in your request. No records responsive to your
request were located.

Civil penalties and Findings of Violation that OFAC has made public are
posted on OFAC's Civil Penalties and Enforcement Information web page.

You have the right to appeal this determination, including the adequacy of
the search. Your appeal must be in writing, must be received within 90
days of the date of this letter, and should be sent to: FOIA Appeals, FOIA
and Transparency, Office of Privacy, Transparency, and Records, Department
of the Treasury, 1500 Pennsylvania Avenue, NW, Washington, DC 20220, or
by e-mail to FOIAappeals@treasury.gov. Mark both the letter and envelope,
or the subject line, "Freedom of Information Act Appeal."

You may also seek dispute resolution services from Treasury's FOIA Public
Liaison or from the Office of Government Information Services (OGIS),
National Archives and Records Administration (ogis@nara.gov;
877-684-6448).

Sincerely,

Disclosure Officer
Office of Foreign Assets Control
"""
    subj = 'Final Response - FOIA Request 2026-OFAC-0437'
    write('042-treasury-no-records-sts.eml', [
        ('From', 'Treasury FOIA <foia@treasury.gov>'),
        ('To', INBOX),
        ('Subject', subj),
        ('Date', date_hdr('2026-11-10 14:20:00', utc=True)),
        ('Message-ID', outlook_mid('m042', 'gccprd02')),
    ] + outlook_headers('m042', subj, originator='treasury.gov'), text(body))

# ------------------------------------------------------------------ 043 VBA first interim release (486 pages), via Google Group
def m043():
    body = """Ms. Raman,

Thank you for clarifying that you want the quarterly Contract Examination
Quality Review reports (option (a)) and a list of cure notices and
discrepancy reports for item 2.

This is the first interim release on request 26-09817-F. We reviewed 486
pages of quarterly quality review reports for Q1 FY2024 through Q4 FY2025
and are releasing all 486 pages, with limited redactions under FOIA
exemptions (b)(4) (vendor pricing and proprietary staffing figures) and
(b)(6) (names and contact information of vendor employees). The records
are attached.

We are continuing to process the FY2026 reports and the list for item 2.
We expect to make the next release in January 2027. Because this is an
interim release, appeal rights will be provided with our final response.

Renee Okonkwo
Government Information Specialist
FOIA/Privacy Act Office (20M33)
Veterans Benefits Administration
"""
    rel = pdf(['Contract Examination Quality Review - Q1 FY2024 (excerpt)', '',
               'Vendor A - Region 1: accuracy 91.8%  timeliness 88.0%  [b(4)]',
               'Vendor B - Region 2: accuracy 89.5%  timeliness 90.2%  [b(4)]', '...'], 'Release 1')
    subj = 'RE: ' + REQ_SUBJ['REQ-003']
    part = multipart('mixed', [text(body), attachment('26-09817-F_Interim_Release_1.pdf', rel)], 'm043', 'outlook')
    write('043-vba-interim-486-pages-via-group.eml', [
        ('From', '"\'Okonkwo, Renee (VBAVACO)\' via Records Desk" <records@records.example.org>'),
        ('Reply-To', '"Okonkwo, Renee (VBAVACO)" <renee.okonkwo@va.gov>'),
        ('To', 'Records Desk <records+req-003@records.example.org>'),
        ('Subject', subj),
        ('Date', date_hdr('2026-11-12 09:35:48', utc=True)),
        ('Message-ID', outlook_mid('m043')),
        ('In-Reply-To', '<reply-003.20260917.1@records.example.org>'),
        ('References', '<req-003.20260902.1@records.example.org> %s <reply-003.20260917.1@records.example.org>' % outlook_mid('m012', 'namprd09')),
    ] + google_group_headers('renee.okonkwo@va.gov') + outlook_headers('m043', REQ_SUBJ['REQ-003'], True, originator='va.gov'), part)

# ------------------------------------------------------------------ 044 SBA closure for no response to clarification
def m044():
    body = """Dear Ms. Raman:

On October 1, 2026, we asked you to clarify item 2 of your Freedom of
Information Act request SBA-2026-002893, concerning reviews of 8(a)
sole-source awards, and asked for your response by October 29, 2026. As of
the date of this letter we have not received a response.

Accordingly, we have administratively closed your request. If you are
still interested in these records, you may submit a new request.

To the extent you consider this closure an adverse determination, you may
appeal it. Your appeal must be received within 90 calendar days of the
date of this letter and should be addressed to the FOIA Appeals Officer,
Office of General Counsel, U.S. Small Business Administration, 409 Third
Street SW, Washington, DC 20416, or sent by e-mail to foia@sba.gov with
"FOIA Appeal" in the subject line.

You may also contact SBA's FOIA Public Liaison or the Office of Government
Information Services (OGIS) at the National Archives and Records
Administration for dispute resolution services (ogis@nara.gov;
202-741-5770).

Sincerely,

FOIA and Privacy Act Office
U.S. Small Business Administration
"""
    subj = 'SBA-2026-002893 - Administrative Closure'
    write('044-sba-closure-no-response.eml', [
        ('From', 'FOIA <foia@sba.gov>'),
        ('To', 'records+req-013@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2026-11-17 11:00:09', utc=True)),
        ('Message-ID', outlook_mid('m044')),
    ] + outlook_headers('m044', subj, originator='sba.gov'), text(body))

# ------------------------------------------------------------------ 045 DC portal: new correspondence posted (OCFO)
def m045():
    t = """Government of the District of Columbia
FOIA Public Access Link

Dear Priya Raman,

New correspondence has been posted to your request.

   Agency:            Office of the Chief Financial Officer (OCFO)
   Tracking Number:   2026-FOIA-04530

Please log in to the FOIA Public Access Link to view the correspondence.

This is an automated notification. Please do not reply to this e-mail.
"""
    write('045-dcpal-new-correspondence-ocfo.eml', [
        ('From', DCPAL),
        ('To', INBOX),
        ('Subject', 'Correspondence Added to Request 2026-FOIA-04530'),
        ('Date', date_hdr('2026-11-19 08:50:12')),
        ('Message-ID', '<pal.2026FOIA04530.corr.1795096212@foia-dc.gov>'),
    ], text(t))

# ------------------------------------------------------------------ 046 OCFO final response with DC statutory withholding
def m046():
    lines = ['GOVERNMENT OF THE DISTRICT OF COLUMBIA', 'OFFICE OF THE CHIEF FINANCIAL OFFICER',
             'Office of the General Counsel', '', 'November 19, 2026', '',
             'Priya Raman', 'records@records.example.org', '',
             'Re: Freedom of Information Act Request No. 2026-FOIA-04530', '',
             'Dear Ms. Raman:', '',
             'This letter is the final response of the Office of the Chief Financial Officer (OCFO) to your '
             'request under the District of Columbia Freedom of Information Act for Office of Tax and Revenue '
             '(OTR) records concerning real property tax abatements for office-to-residential conversion '
             'projects.', '',
             'On October 15, 2026, the OCFO provided a first installment of 212 pages. With this letter the '
             'OCFO is releasing the remaining 318 pages, consisting of the abatement agreements and the '
             'annual compliance reports for the six projects.', '',
             'The OCFO has withheld the following information:', '',
             '- Income and expense statements and other tax information submitted by the property owners, '
             'under D.C. Official Code § 2-534(a)(6), which exempts information specifically exempted from '
             'disclosure by statute, here D.C. Official Code § 47-1805.04 (confidentiality of tax returns and '
             'tax information); and',
             '- Tenant-level rent rolls, under D.C. Official Code § 2-534(a)(1) (commercial or financial '
             'information obtained from outside the government) and § 2-534(a)(2) (personal privacy).', '',
             'You may appeal this decision to the Mayor of the District of Columbia under D.C. Official Code '
             '§ 2-537. Your appeal should be sent to the Mayor\'s Office of Legal Counsel, FOIA Appeal, 1350 '
             'Pennsylvania Avenue, NW, Suite 407, Washington, DC 20004, or foia.appeals@dc.gov.', '',
             'Sincerely,', '', 'Lorraine Banks', 'FOIA Officer', 'Office of the Chief Financial Officer']
    t = """Ms. Raman,

Attached is the OCFO's final response to FOIA request 2026-FOIA-04530. The
remaining 318 pages are available at the secure link posted in the FOIA
Public Access Link.

Lorraine Banks
FOIA Officer | OCFO Office of the General Counsel
"""
    hb = '<html><body style="font-family:Calibri,sans-serif;font-size:11pt"><p>Ms. Raman,</p>' \
         '<p>Attached is the OCFO&#8217;s final response to FOIA request 2026-FOIA-04530. The remaining 318 pages ' \
         'are available at the secure link posted in the FOIA Public Access Link.</p>' \
         '<p>Lorraine Banks<br>FOIA Officer | OCFO Office of the General Counsel</p></body></html>'
    subj = 'Final Response - DC FOIA 2026-FOIA-04530'
    part = multipart('mixed', [multipart('alternative', [text(t), html(hb)], 'm046a', 'outlook'),
                               attachment('2026-FOIA-04530 Final Response.pdf', pdf(lines, 'Final Response'))], 'm046', 'outlook')
    write('046-ocfo-final-tax-confidentiality.eml', [
        ('From', 'OCFO FOIA <ocfo.foia@dc.gov>'),
        ('To', 'records+req-008@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2026-11-19 09:10:55', utc=True)),
        ('Message-ID', outlook_mid('m046')),
    ] + outlook_headers('m046', subj, True, originator='dc.gov'), part)

# ------------------------------------------------------------------ 047 Treasury contractor interim release (120 pages)
def m047():
    body = """Dear Ms. Raman,

This is the first interim response to your FOIA request 2026-OFAC-0412 for
OFAC specific licenses and license denials involving the Venezuelan oil
sector.

OFAC has reviewed 120 pages of records. We are releasing 96 pages in part
and withholding 24 pages in full. Information has been withheld under FOIA
exemptions (b)(4), to protect commercial and financial information that
the license applicants submitted to OFAC in confidence, and (b)(6), to
protect the personal privacy of individuals named in the records.

OFAC continues to process the remaining potentially responsive records, and
we will send further releases as they are completed. Appeal rights will be
provided with our final response.

Regards,

Jorge Alvarez
FOIA Analyst (Contractor)
FOIA and Transparency | Office of Privacy, Transparency, and Records
U.S. Department of the Treasury

--
Chesapeake Records Group, LLC | Supporting the U.S. Department of the Treasury
"""
    rel = pdf(['OFAC Specific License No. VENEZUELA-EO13850-2025-1187xx (released in part)', '',
               'Licensee: [b(4)]', 'Authorized transactions: ... PdVSA ... [b(4)]', '...'], 'Interim 1')
    subj = '2026-OFAC-0412 - Interim Release 1'
    part = multipart('mixed', [text(body), attachment('2026-OFAC-0412_Interim_Release_1_120pp.pdf', rel)], 'm047', 'outlook')
    write('047-treasury-contractor-interim-120-pages.eml', [
        ('From', 'Jorge Alvarez <jalvarez@chesapeakerecords.com>'),
        ('To', 'records+req-005@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2026-11-20 15:30:02', utc=True)),
        ('Message-ID', outlook_mid('m047', 'namprd11')),
    ] + outlook_headers('m047', subj, True, originator='chesapeakerecords.com'), part)

# ------------------------------------------------------------------ 048 MPD final response, overtime (threaded to the first installment)
def m048():
    body = """Ms. Raman,

This is MPD's final response to your D.C. FOIA request 2026-FOIA-04877.

Attached are (1) overtime hours and cost by district, unit and day for
September 1-30, 2025, and (2) three Office of Budget and Finance
memoranda on overtime spending during the federal surge (11 pages). Names
and employee numbers of individual members have been redacted from the
memoranda under D.C. Official Code § 2-534(a)(2) (personal privacy).

An invoice for the $85.00 programming charge you agreed to is attached;
payment instructions are on the invoice.

If you are dissatisfied with this response, you may appeal to the Mayor
under D.C. Official Code § 2-537 by writing to the Mayor's Office of Legal
Counsel at foia.appeals@dc.gov.

Andre Whitaker
FOIA Specialist
Metropolitan Police Department
"""
    subj = 'RE: Overtime records - first installment'
    part = multipart('mixed', [text(body),
                               attachment('OT_Sep2025_by_unit.csv', b'pay_date,district,unit,ot_hours,ot_cost_usd\n2025-09-01,1D,Patrol Services,298.0,20128.90\n...\n', 'text/csv'),
                               attachment('Invoice_MPD_FOIA_85.00.pdf', pdf(['MPD FOIA Invoice', 'Programming time 2.0 hrs x $42.50 = $85.00'], 'Invoice'))],
                     'm048', 'outlook')
    write('048-mpd-final-overtime-threaded.eml', [
        ('From', '"Whitaker, Andre (MPD)" <andre.whitaker@dc.gov>'),
        ('To', INBOX),
        ('Subject', subj),
        ('Date', date_hdr('2026-11-23 10:15:40', utc=True)),
        ('Message-ID', outlook_mid('m048')),
        ('In-Reply-To', outlook_mid('m034')),
        ('References', outlook_mid('m034')),
    ] + outlook_headers('m048', 'Overtime records - first installment', True, originator='dc.gov'), part)

# ------------------------------------------------------------------ 049 DC portal: request closed (MPD overtime)
def m049():
    t = """Government of the District of Columbia
FOIA Public Access Link

Dear Priya Raman,

The status of your request has changed.

   Agency:            Metropolitan Police Department (MPD)
   Tracking Number:   2026-FOIA-04877
   Status:            Closed

Please log in to the FOIA Public Access Link to view details.

This is an automated notification. Please do not reply to this e-mail.
"""
    write('049-dcpal-status-closed-mpd.eml', [
        ('From', DCPAL),
        ('To', INBOX),
        ('Subject', 'Request 2026-FOIA-04877 Status Changed'),
        ('Date', date_hdr('2026-11-23 10:16:02')),
        ('Message-ID', '<pal.2026FOIA04877.status.1795446962@foia-dc.gov>'),
    ], text(t))

# ------------------------------------------------------------------ 050 State "still interested?" letter
def m050():
    body = """Dear Ms. Raman:

The Office of Information Programs and Services is reviewing its pending
FOIA requests to make the best use of our resources. Our records show that
your request F-2026-14532, for Passport Services processing-time data and
backlog reports, is still open.

Please let us know whether you are still interested in receiving a
response to this request. You may reply to this e-mail or write to
foiastatus@state.gov and include the case number.

If we do not receive a response from you within 30 working days of the
date of this message, we will assume you are no longer interested in the
request and will administratively close it.

Thank you for your patience.

Requester Communications Branch
Office of Information Programs and Services
U.S. Department of State
"""
    subj = 'F-2026-14532 - Confirmation of Continued Interest'
    write('050-state-still-interested.eml', [
        ('From', 'FOIAStatus <foiastatus@state.gov>'),
        ('To', 'records+req-004@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2026-12-03 13:00:41', utc=True)),
        ('Message-ID', outlook_mid('m050', 'gccprd01')),
    ] + outlook_headers('m050', subj, originator='state.gov'), text(body))

# ------------------------------------------------------------------ 051 SSA interim release; number only in the attachment file name
def m051():
    body = """Hello,

Attached is our first interim release on your request for records about
field office closures and reduced public hours. This release is 312 pages.
We withheld the names and direct telephone numbers of non-supervisory
employees under FOIA exemption (b)(6).

We are still reviewing the regional staffing memoranda and expect to send
the rest by our estimated completion date. Appeal rights will come with the
final response.

Grace Hollins
Government Information Specialist
Office of Privacy and Disclosure
Social Security Administration
"""
    rel = pdf(['Field Office Service Changes, FY2025-FY2026 (released records, excerpt)', '',
               'Region III - Office 23B: public hours reduced to 9:00-12:00 effective 03/03/2025',
               'Region V - Office 41C: consolidated with 41A effective 06/30/2025', '...'], 'Interim Release 1')
    subj = 'Interim release - field office records'
    part = multipart('mixed', [text(body), attachment('SSA-2026-011482_Interim_Release_01.pdf', rel)], 'm051', 'outlook')
    write('051-ssa-interim-number-in-filename.eml', [
        ('From', '"Hollins, Grace" <grace.hollins@ssa.gov>'),
        ('To', INBOX),
        ('Subject', subj),
        ('Date', date_hdr('2026-12-09 11:25:16', utc=True)),
        ('Message-ID', outlook_mid('m051')),
    ] + outlook_headers('m051', subj, True, originator='ssa.gov'), part)

# ------------------------------------------------------------------ 052 SBA final response with withholdings (PDF letter)
def m052():
    lines = ['U.S. SMALL BUSINESS ADMINISTRATION', 'FOIA and Privacy Act Office',
             '409 Third Street SW, Washington, DC 20416', '', 'December 10, 2026', '',
             'Priya Raman', 'Records Desk, The Capital Ledger', '', 'RE: FOIA Request SBA-2026-002761', '',
             'Dear Ms. Raman:', '',
             'This is the final response to your Freedom of Information Act request for records of PPP '
             'loans flagged for fraud during forgiveness review, by lender; lender review reports; and '
             'referral memoranda from SBA program offices to the Office of Inspector General. Thank you '
             'for confirming on October 20, 2026 that you are a representative of the news media.', '',
             'The Office of Capital Access and the Office of Credit Risk Management located 2,214 pages of '
             'responsive records. We are releasing 1,904 pages in full or in part and withholding 310 pages '
             'in full under the following FOIA exemptions:', '',
             '(b)(4) - confidential commercial and financial information submitted by lenders;',
             '(b)(6) - names and identifying information of individual borrowers and SBA staff;',
             '(b)(7)(A) - referral memoranda concerning matters that remain under active investigation, '
             'the release of which could reasonably be expected to interfere with enforcement proceedings.', '',
             'Fees: duplication of 1,804 pages beyond the first 100 at $0.15 per page, $270.60. An invoice '
             'is enclosed.', '',
             'You may appeal this determination. Your appeal must be in writing and received within 90 '
             'calendar days of the date of this letter. Address it to the FOIA Appeals Officer, Office of '
             'General Counsel, U.S. Small Business Administration, 409 Third Street SW, Washington, DC 20416, '
             'or send it to foia@sba.gov with "FOIA Appeal" in the subject line.', '',
             'You may also contact SBA\'s FOIA Public Liaison, or the Office of Government Information '
             'Services (OGIS), National Archives and Records Administration (ogis@nara.gov), for dispute '
             'resolution services.', '',
             'Sincerely,', '', 'Denise M. Harrow', 'Government Information Specialist']
    body = """Ms. Raman,

Attached is the final response letter for SBA-2026-002761. The released
records (1,904 pages) are available for download at the link in the letter
packet for 14 days.

FOIA and Privacy Act Office
U.S. Small Business Administration
"""
    subj = 'SBA-2026-002761 Final Response'
    part = multipart('mixed', [text(body), attachment('SBA-2026-002761_Final_Response.pdf', pdf(lines, 'Final Response'))], 'm052', 'outlook')
    write('052-sba-final-b4-b6-b7a.eml', [
        ('From', 'FOIA <foia@sba.gov>'),
        ('To', 'records+req-006@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2026-12-10 16:00:05', utc=True)),
        ('Message-ID', outlook_mid('m052')),
    ] + outlook_headers('m052', subj, True, originator='sba.gov'), part)

# ------------------------------------------------------------------ 053 VBA no-records response for its remaining items
def m053():
    t = """Dear Ms. Raman:

This is the final response of the Veterans Benefits Administration (VBA)
to items 1, 2 and 4 of your Freedom of Information Act request 26-10144-F,
concerning automated decision-support, machine-learning and other
artificial intelligence tools used in processing disability compensation
claims.

VBA's Office of Field Operations, Compensation Service, Office of
Performance Analysis and Integrity and Office of Business Integration
searched their files, shared drives and e-mail using the terms
"artificial intelligence," "machine learning," "decision support,"
"automated rating," and the names of the tools identified in your request.
The searches located no records responsive to items 1, 2 and 4.

As we informed you on October 19, 2026, items 3 and 5 were referred to the
Office of Information and Technology and the Veterans Health
Administration, which will respond to you directly.

You may appeal this response, including the adequacy of our search, to
the Office of General Counsel (024), Department of Veterans Affairs, 810
Vermont Avenue, NW, Washington, DC 20420, or by e-mail to
ogcfoiaappeals@va.gov. Your appeal must be postmarked or electronically
transmitted within 90 days of the date of this letter.

You may also seek dispute resolution services from the VBA FOIA Public
Liaison or from the Office of Government Information Services (OGIS),
National Archives and Records Administration (ogis@nara.gov;
877-684-6448).

Sincerely,

VBA FOIA Officer
Veterans Benefits Administration
"""
    hb = '<html><body style="font-family:Arial;font-size:10pt">' + \
         ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t.split('\n\n')) + '</body></html>'
    subj = '26-10144-F - Final Response (VBA portion)'
    write('053-vba-no-records-ai-tools.eml', [
        ('From', 'FOIA VBACO <foia.vbaco@va.gov>'),
        ('To', 'records+req-011@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2026-12-11 10:40:33', utc=True)),
        ('Message-ID', outlook_mid('m053')),
    ] + outlook_headers('m053', subj, originator='va.gov'),
        multipart('alternative', [text(t), html(hb)], 'm053', 'outlook'))

# ------------------------------------------------------------------ 054 IRS final: partial release citing (b)(3) with IRC 6103
def m054():
    lines = ['Department of the Treasury', 'Internal Revenue Service',
             'Privacy, Governmental Liaison and Disclosure', 'GLDS Support Services, Stop 211',
             'PO Box 621506', 'Atlanta, GA 30362', '',
             'Date: December 17, 2026', '',
             'Priya Raman', 'The Capital Ledger - Records Desk', '',
             '                                   Person to contact: Daniel R. Marquez',
             '                                   Employee ID number: 1000459921',
             '                                   Case number: F26245-0087', '',
             'Dear Ms. Raman:', '',
             'This is our final response to your Freedom of Information Act (FOIA) request dated '
             'September 2, 2026, that we received on September 2, 2026.', '',
             'You asked for the memorandum of understanding between the IRS and the Department of Homeland '
             'Security concerning the sharing of taxpayer address information, implementing guidance, and '
             'records showing the number of address-verification requests received and answered under the '
             'agreement.', '',
             'We located 252 pages of records responsive to your request. We are releasing 214 pages in full '
             'or in part. We are withholding 38 pages in full and portions of other pages under the '
             'following FOIA exemptions:', '',
             'FOIA exemption (b)(3) requires us to withhold information that is specifically exempted from '
             'disclosure by another federal statute. The statute that applies is Internal Revenue Code '
             '(IRC) Section 6103 (26 U.S.C. 6103), which protects returns and return information from '
             'disclosure. The withheld information consists of taxpayer names, addresses and taxpayer '
             'identification numbers contained in address-verification request files and response logs.', '',
             'FOIA exemption (b)(5) protects inter- and intra-agency communications that are deliberative '
             'and predecisional, including draft versions of the agreement and Chief Counsel legal advice.', '',
             'FOIA exemption (b)(6) protects information in personnel and similar files, the release of '
             'which would be a clearly unwarranted invasion of personal privacy: names and telephone numbers '
             'of lower-level employees.', '',
             'FOIA exemption (b)(7)(E) protects techniques and procedures for law enforcement '
             'investigations, including the matching criteria used to process verification requests.', '',
             'The enclosed Notice 393 explains your appeal rights. If you disagree with our determination, '
             'you may file an appeal with the IRS Independent Office of Appeals within 90 days from the date '
             'of this letter: IRS Independent Office of Appeals, FOIA Appeals, M/Stop 55202, 5045 E. Butler '
             'Avenue, Fresno, CA 93727-5136.', '',
             'You may also contact the IRS FOIA Public Liaison, or the Office of Government Information '
             'Services (OGIS) at the National Archives, which offers mediation services '
             '(ogis@nara.gov; 877-684-6448). Contacting the FOIA Public Liaison or OGIS does not stop the '
             '90-day appeal clock.', '',
             'Sincerely,', '', 'Daniel R. Marquez', 'Disclosure Specialist', 'Disclosure Office 2', '',
             'Enclosures: Released records (214 pages); Notice 393']
    body = """Please see the attached final response to your FOIA request and the
released records.

Daniel Marquez
Disclosure Specialist | Privacy, Governmental Liaison and Disclosure
Internal Revenue Service
"""
    rel = pdf(['MEMORANDUM OF UNDERSTANDING BETWEEN THE INTERNAL REVENUE SERVICE', 'AND THE DEPARTMENT OF HOMELAND SECURITY',
               '(released in part)', '', 'Section 4. Verification requests ... [b(7)(E)]',
               'Attachment C - Request log: [38 pages withheld in full, b(3) / 26 U.S.C. 6103]'], 'Released records')
    subj = 'Case F26245-0087 - Final Response'
    part = multipart('mixed', [text(body),
                               attachment('F26245-0087 Final Response Letter.pdf', pdf(lines, 'Letter 3231')),
                               attachment('F26245-0087 Released Records.pdf', rel)], 'm054', 'outlook')
    write('054-irs-final-b3-6103.eml', [
        ('From', 'Marquez Daniel R <daniel.r.marquez@irs.gov>'),
        ('To', INBOX),
        ('Subject', subj),
        ('Date', date_hdr('2026-12-17 14:05:27', utc=True)),
        ('Message-ID', outlook_mid('m054')),
        ('In-Reply-To', outlook_mid('m023')),
        ('References', '%s %s' % (outlook_mid('m010'), outlook_mid('m023'))),
    ] + outlook_headers('m054', 'Case F26245-0087', True, originator='irs.gov'), part)

# ------------------------------------------------------------------ 055 VA PAL notice for a request that is not ours to place (null)
def m055():
    t = """Dear Requester,

The status of your request has been updated.

   Request Number:   25-31877-F
   New Status:       Closed

You may log in to the VA FOIA Public Access Link to view your request:
https://vapal.efoia-host.com/app/Home.aspx

*** This is an automatically generated message. Replies to this address
are not monitored. ***
"""
    write('055-va-pal-unknown-request-null.eml', [
        ('From', 'VA FOIA Public Access Link <vapal-donotreply@efoia-host.com>'),
        ('To', INBOX),
        ('Subject', 'Status Update - Request 25-31877-F'),
        ('Date', date_hdr('2026-12-21 09:00:44')),
        ('Message-ID', '<1797861644390.5177.JavaMail.pal@vapal.efoia-host.com>'),
    ], text(t))

# ------------------------------------------------------------------ 056 colleague forwards State's first interim release
def m056():
    body = """Logging this for the desk - State sent the interim release on the
passport backlog request to me instead of the records address, I think
because I was the one who answered their "still interested" letter. PDFs
are on the team drive.

Owen

---------- Forwarded message ---------
From: FOIAStatus <foiastatus@state.gov>
Date: Thu, Jan 7, 2027 at 4:12 PM
Subject: FOIA Case F-2026-14532 - Interim Response
To: Owen Maddox <omaddox@records.example.org>


Dear Mr. Maddox:

This is the first interim response to the Freedom of Information Act
request submitted by Ms. Priya Raman of The Capital Ledger, case
F-2026-14532, for Passport Services processing-time data and backlog
reports. Thank you for confirming on December 8, 2026 that you remain
interested in this request.

The search of the Bureau of Consular Affairs, Passport Services, has
located 139 documents to date. We have completed review of the first 63
documents. We are releasing 45 documents in full and 12 in part, and are
withholding 6 documents in full. Information was withheld under FOIA
exemptions (b)(5) (deliberative process) and (b)(6) (personal privacy).

We are continuing to process the remaining documents and will send further
releases as they are completed. You will be advised of your appeal rights
in our final response.

Sincerely,
Requester Communications Branch
Office of Information Programs and Services
"""
    write('056-fwd-state-interim-colleague.eml', [
        ('From', 'Owen Maddox <omaddox@records.example.org>'),
        ('To', 'Records Desk <records@records.example.org>'),
        ('Subject', 'Fwd: FOIA Case F-2026-14532 - Interim Response'),
        ('Date', date_hdr('2027-01-08 10:20:03')),
        ('Message-ID', '<CAJx8m2Q4vFt0aK9v7P1wz3RkLdN0yS8@mail.gmail.com>'),
    ], text(body))

# ------------------------------------------------------------------ 057 VBA final release (contract exams)
def m057():
    t = """Dear Ms. Raman:

This is the final response to your Freedom of Information Act request
26-09817-F for Veterans Benefits Administration records on contract medical
disability examination vendors.

On November 12, 2026, we released 486 pages of quarterly quality review
reports. With this letter we are releasing an additional 233 pages: the
FY2026 quarterly quality review reports, the list of cure notices and
contract discrepancy reports you agreed to accept for item 2, and two
briefings to VBA leadership comparing vendor performance (item 3).

We have withheld vendor pricing and proprietary staffing information under
FOIA exemption (b)(4), and the names and contact information of vendor
employees under exemption (b)(6). This completes VBA's response to your
request.

You may appeal this determination to the Office of General Counsel (024),
Department of Veterans Affairs, 810 Vermont Avenue, NW, Washington, DC
20420, or by e-mail to ogcfoiaappeals@va.gov. Your appeal must be
postmarked or electronically transmitted within 90 days of the date of
this letter.

You may also contact the VBA FOIA Public Liaison at foia.vbaco@va.gov, or
the Office of Government Information Services (OGIS) at the National
Archives and Records Administration (ogis@nara.gov; 877-684-6448).

Sincerely,

Renee Okonkwo
Government Information Specialist
FOIA/Privacy Act Office (20M33)
Veterans Benefits Administration
"""
    hb = '<html><body style="font-family:Arial;font-size:10pt">' + \
         ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t.split('\n\n')) + '</body></html>'
    rel = pdf(['Contract Examination Quality Review - FY2026 (excerpt)', '', 'Item 2 list: cure notices and CDRs, FY2024-FY2026', '...'], 'Final release')
    subj = 'FOIA 26-09817-F Final Response'
    part = multipart('mixed', [multipart('alternative', [text(t), html(hb)], 'm057a', 'outlook'),
                               attachment('26-09817-F_Final_Release_233pp.pdf', rel)], 'm057', 'outlook')
    write('057-vba-final-contract-exams.eml', [
        ('From', 'FOIA VBACO <foia.vbaco@va.gov>'),
        ('To', 'records+req-003@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2027-01-14 15:45:19', utc=True)),
        ('Message-ID', outlook_mid('m057')),
    ] + outlook_headers('m057', subj, True, originator='va.gov'), part)

# ------------------------------------------------------------------ 058 SSA final release with (b)(5) and (b)(6)
def m058():
    lines = ['SOCIAL SECURITY ADMINISTRATION', 'Office of Privacy and Disclosure',
             '6401 Security Boulevard, Baltimore, MD 21235', '', 'January 22, 2027', '',
             'Ms. Priya Raman', 'Records Desk, The Capital Ledger', '', 'Refer to: SSA-2026-011482', '',
             'Dear Ms. Raman:', '',
             'This is our final response to your Freedom of Information Act request for records about field '
             'office closures, reductions in public service hours, and field office staffing plans from '
             'January 1, 2025 to the present.', '',
             'On December 9, 2026, we sent you 312 pages. With this letter we are releasing an additional '
             '204 pages, consisting of regional office staffing memoranda and notices to Congress of field '
             'office closures and consolidations. We withheld:', '',
             '- portions of 41 pages of draft decision memoranda and recommendations under FOIA exemption '
             '(b)(5), which protects the deliberative process; and',
             '- the names and direct telephone numbers of non-supervisory employees under exemption (b)(6).', '',
             'If you disagree with this decision, you may appeal in writing to the Executive Director, Office '
             'of Privacy and Disclosure, Social Security Administration, 6401 Security Boulevard, Baltimore, '
             'MD 21235, or through our FOIA appeal web form. Your appeal must be postmarked or electronically '
             'transmitted within 90 days of the date of this letter.', '',
             'You may seek dispute resolution services from our FOIA Public Liaison (foia.request@ssa.gov) or '
             'from the Office of Government Information Services (OGIS), National Archives and Records '
             'Administration, 8601 Adelphi Road-OGIS, College Park, MD 20740-6001 (ogis@nara.gov).', '',
             'Sincerely,', '', 'Grace Hollins', 'Government Information Specialist']
    body = """Dear Ms. Raman,

Please see the attached final response letter and records.

Office of Privacy and Disclosure
Social Security Administration
"""
    subj = 'SSA-2026-011482 - Final Response'
    part = multipart('mixed', [text(body),
                               attachment('SSA-2026-011482 Final Response Letter.pdf', pdf(lines, 'Final Response')),
                               attachment('SSA-2026-011482_Release_02_204pp.pdf',
                                          pdf(['Regional staffing memoranda (released in part, excerpt)', '[b(5)] ...'], 'Release 2'))],
                     'm058', 'outlook')
    write('058-ssa-final-b5-b6.eml', [
        ('From', 'FOIA Request <foia.request@ssa.gov>'),
        ('To', 'records+req-001@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2027-01-22 11:30:50', utc=True)),
        ('Message-ID', outlook_mid('m058')),
    ] + outlook_headers('m058', subj, True, originator='ssa.gov'), part)

ALL = [m041, m042, m043, m044, m045, m046, m047, m048, m049, m050,
       m051, m052, m053, m054, m055, m056, m057, m058]

if __name__ == '__main__':
    for f in ALL:
        f()
    print('built', len(ALL))
