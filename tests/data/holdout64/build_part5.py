#!/usr/bin/env python3
"""Messages 041-050 (November 18 - December 10, 2026)."""
from common import (INBOX, ORG, ET, fact, group_headers, hdate, make_pdf, merge_facts, message, mid_gmail, mid_o365,
                    o365_headers, plus, quote, req, save, when, wrap)
import pal

F = []

# 041 ---------------------------------------------------------------- CDC consultation notice, reply to our status check
fn = '041-cdc-consultation-notice.eml'
r = req('REQ-003')
ours_id = '<status.req-003.20261116.1@%s>' % ORG
t = when(2026, 11, 18, 10, 10)
ours = wrap("""
    Hello, could you tell us where request #26-01942-FOIA stands? Your October 9 letter estimated January 29.
    Thank you. -- Watch Desk Records Team
""")
body = wrap("""
    Good morning,

    Thank you for checking in. Your request is still on track for our January estimate. Here is where things
    stand.

    The program offices have finished their searches, and we have about 640 pages of responsive records. Of
    those, 212 pages contain information provided by the health departments of two states. Under the HHS FOIA
    regulations we have sent those pages to the state agencies for consultation, and we need their views before
    we can decide what can be released. The remaining pages are in review now.

    If the consultations take longer than expected, we will release the other records first so that you are not
    kept waiting for everything.

    CDC/ATSDR FOIA Office
""") + '\n' + quote('From: FOIA Desk <%s>\nSent: Monday, November 16, 2026 3:02 PM\nSubject: Status of '
                    '#26-01942-FOIA\n\n' % INBOX + ours)
m = message([('From', 'CDC FOIA Requests <FOIARequests@cdc.gov>'), ('To', plus('REQ-003')),
             ('Subject', 'RE: Status of #26-01942-FOIA'), ('Date', hdate(t)), ('Message-ID', mid_o365(fn, 'DM6PR09MB')),
             ('In-Reply-To', ours_id), ('References', '%s %s' % (r['message_id'], ours_id))] +
            o365_headers(fn, 'Status of #26-01942-FOIA', 'DM6PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-003', 'other', '26-01942-FOIA', 'status answer: 212 pages sent to two state health departments for '
              'consultation; no new date, no release', signals=['thread', 'plus', 'tracking']))

# 042 ---------------------------------------------------------------- EPA R5 interim release via PAL (substantive)
fn = '042-epa-r5-pal-interim-release.eml'
t = when(2026, 11, 19, 13, 30)
rows = [('Request Number', 'EPA-R5-2026-007713'), ('Release', 'Interim Release 1'), ('Documents', '3 files (312 pages)')]
paras = ['Documents have been released on your request. Sign in to PAL and open the request to download them.',
         'Message from the processing office: This first interim release contains fenceline monitoring summaries '
         'and the 2023-2025 inspection reports for two of the three facilities. Portions are withheld under '
         'Exemption 6 (personal privacy). Material that the companies have claimed as confidential business '
         'information is still under review and will be addressed in a later release. We expect to make additional '
         'releases as the review continues.']
m = pal.pal_message(fn, t, 'FOIA Request EPA-R5-2026-007713 - Documents Released', 'U.S. Environmental Protection Agency',
                    rows, paras)
save(fn, m)
F.append(fact(fn, 'REQ-005', 'records_interim', 'EPA-R5-2026-007713', 'PAL notice with a substantive office message: first '
              'interim release (312 pages, some (b)(6)), CBI material to follow', signals=['tracking']))

# 043 ---------------------------------------------------------------- NRC interim response, Form 464 with ADAMS numbers
fn = '043-nrc-interim-form464.eml'
t = when(2026, 11, 20, 9, 0)
letter = """
NRC FORM 464 Part I                U.S. NUCLEAR REGULATORY COMMISSION
            RESPONSE TO FREEDOM OF INFORMATION ACT (FOIA) REQUEST

FOIA/Reference Number: NRC-2026-000412          Response Number: 1
Response Type: [X] INTERIM   [ ] FINAL

Requester: Watch Desk Records Team                Date: November 20, 2026

Description of Requested Records:
Inspection reports, allegation records and enforcement correspondence concerning the restart of the
Harbor Point Nuclear Generating Station, January 2024 to present.

PART I. -- INFORMATION RELEASED
[X] The NRC has made some of the requested records publicly available in ADAMS:
      ML26201A114   Harbor Point - Restart Readiness Inspection Report 05000417/2026-010
      ML26215A062   Harbor Point - Integrated Inspection Report 05000417/2026-002
      ML26229A310   Letter to licensee, Apparent Violation, EA-26-061
      ML26243A007   Harbor Point - Emergency Preparedness Program Inspection Report
[X] Agency records subject to the request are enclosed (14 records, 212 pages, released in full).
[X] We are continuing to process your request.

PART I.A -- FEES
[X] Since the minimum fee threshold was not met, you will not be charged fees.

PART I.D -- COMMENTS
Allegation and Office of Investigations records are still being reviewed and will be addressed in a later
response. Please refer to the FOIA number above in any correspondence.

Signature - Government Information Specialist:  Stephanie R. Blaylock
"""
m = message([('From', 'FOIA Resource <FOIA.Resource@nrc.gov>'), ('To', INBOX),
             ('Subject', 'NRC-2026-000412 Interim Response 1'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'PH1PR09MB'))] + o365_headers(fn, 'Interim Response 1', 'PH1PR09MB'),
            text=wrap("""
                Attached is an interim response to your FOIA request (NRC Form 464 Part I). Four records are publicly
                available in ADAMS at the accession numbers listed on the form. Fourteen records are enclosed in the
                second attachment and released in full. We are continuing to process the rest of your request.

                NRC FOIA Office
            """),
            attachments=[('NRC-2026-000412 Resp 1 Interim.pdf', make_pdf(letter, 'NRC Form 464'), 'application/pdf'),
                         ('NRC-2026-000412 Resp 1 Records.pdf',
                          make_pdf('[Records enclosure: 14 records, 212 pages - first pages only in this copy]\n\n'
                                   'Harbor Point Nuclear Generating Station\nRestart Readiness Meeting Summary\n',
                                   'Records'), 'application/pdf')])
save(fn, m)
F.append(fact(fn, 'REQ-007', 'records_interim', 'NRC-2026-000412', 'NRC Form 464 marked INTERIM: ADAMS accession numbers plus '
              '212 enclosed pages, continuing to process', signals=['tracking']))

# 044 ---------------------------------------------------------------- OSHA interim release via download link
fn = '044-osha-interim-download-link.eml'
t = when(2026, 11, 24, 15, 10)
body = wrap("""
    Good afternoon,

    This is the first release on your FOIA request 2026-F-11842 (heat-illness inspections at warehouses).

    Enclosed via the link below are the case files for 12 closed inspections, 1,046 pages in all. Names and
    identifying details of employees, including any medical information about workers treated for heat illness,
    have been redacted under Exemptions 6 and 7(C).

    Nine of the inspections you asked about are still open (citations contested or within the contest period).
    Those files are being withheld for now under Exemption 7(A), because release could interfere with the
    enforcement proceedings. We will look at them again when the cases close. The case files for the other 20
    closed inspections are still being collected from the Area Offices and will follow in a later release.

    Download: https://dol.sharefile.example/d-s8f2a1c4e9b7
    The link expires on December 8, 2026. The password will come in a separate email.

    Renee Whitaker
    FOIA Coordinator, Directorate of Enforcement Programs
    Occupational Safety and Health Administration
    U.S. Department of Labor
""")
m = message([('From', 'Whitaker, Renee - OSHA <Whitaker.Renee@dol.gov>'), ('To', INBOX),
             ('Subject', 'FOIA 2026-F-11842 - first release (closed inspections)'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'DM8PR09MB'))] + o365_headers(fn, 'first release', 'DM8PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-012', 'records_interim', '2026-F-11842', 'first release by download link: 12 closed files with (b)(6)/(7)(C) '
              'redactions, open files withheld for now under (7)(A), 20 more to follow; the link expiry is not an '
              'estimate', signals=['tracking']))

# 045 ---------------------------------------------------------------- colleague forwards FDA "still interested" letter
fn = '045-fwd-fda-still-interested.eml'
t = when(2026, 11, 30, 10, 25)
fda = wrap("""
    Dear Requester:

    On October 20, 2026, we asked you to clarify the scope of your Freedom of Information Act request, FOI
    Request 2026-7219, for recall correspondence and adverse event records concerning over-the-counter eye drop
    products. We have not received a response.

    Please let us know whether you are still interested in pursuing this request. If we do not hear from you by
    December 30, 2026, we will assume that you are no longer interested and will administratively close your
    request. This letter is not a denial of your request.

    You may respond by replying to this email or by calling the FOIA Requester Service Center at 301-796-3900.

    Ngozi Adeyemi
    Government Information Specialist
    FDA Division of Freedom of Information
""")
body = wrap("""
    FDA sent this to me directly (I'm the contact on the eye drop request). Didn't we answer Ngozi's question
    in October? I can't find it in the sent folder. Can whoever has it reply to her before the 30th?

    Priya
""") + '\n---------- Forwarded message ---------\nFrom: Adeyemi, Ngozi <Ngozi.Adeyemi@fda.hhs.gov>\nDate: Mon, ' \
    'Nov 30, 2026 at 9:02 AM\nSubject: FOI Request 2026-7219 - Do you wish to continue?\nTo: Priya Raman ' \
    '<priya.raman@%s>\n\n\n' % ORG + fda
m = message([('From', 'Priya Raman <priya.raman@%s>' % ORG), ('To', INBOX),
             ('Subject', 'Fwd: FOI Request 2026-7219 - Do you wish to continue?'), ('Date', hdate(t)),
             ('Message-ID', mid_gmail(fn))], text=body)
save(fn, m)
F.append(fact(fn, 'REQ-002', 'other', '2026-7219', 'colleague forwards FDA "still interested" letter: answer by Dec 30 or the '
              'request is closed; not a clarification question and expressly not a denial', signals=['tracking']))

# 046 ---------------------------------------------------------------- CDC no records for the remaining portion
fn = '046-cdc-no-records.eml'
t = when(2026, 12, 1, 14, 0)
txt = wrap("""
    Dear Requester:

    This is the final response to your Freedom of Information Act request #27-00077-FOIA for National
    Wastewater Surveillance System vendor contracts and communications. As we told you on November 3, 2026,
    37 pages originating with the General Services Administration were referred to GSA for direct response.

    For the remainder of your request, the National Center for Emerging and Zoonotic Infectious Diseases and
    the Office of Acquisition Services searched their electronic files and the email accounts of the program
    and contracting staff assigned to the vendor awards. The searches located no records responsive to your
    request. Program staff explained that vendor communications for these awards were handled by the GSA
    contracting officer rather than by CDC.

    If you are not satisfied with our response, you may administratively appeal it to the Deputy Agency Chief
    FOIA Officer, U.S. Department of Health and Human Services, through the HHS FOIA appeals portal. Your
    appeal must be postmarked or electronically submitted within 90 days of the date of this response. You
    may also contact our FOIA Public Liaison at 770-488-6246 or the Office of Government Information Services
    (OGIS) at ogis@nara.gov.

    Sincerely,
    CDC/ATSDR FOIA Office
""")
htm = ('<html><body style="font-family:Calibri,Arial;font-size:11pt">' +
       ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in txt.strip().split('\n\n')[:-1]) +
       '<p>Sincerely,<br>CDC/ATSDR FOIA Office</p></body></html>')
m = message([('From', 'CDC FOIA Requests <FOIARequests@cdc.gov>'), ('To', INBOX),
             ('Subject', 'Final Response - #27-00077-FOIA'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'DM6PR09MB'))] + o365_headers(fn, 'Final Response', 'DM6PR09MB'),
            text=txt, html=htm)
save(fn, m)
F.append(fact(fn, 'REQ-013', 'no_records', '27-00077-FOIA', 'CDC final: no records for the part it kept (the rest went to '
              'GSA); HHS appeal within 90 days', adverse=True, signals=['tracking']))

# 047 ---------------------------------------------------------------- FDA interim release via download link, via group
fn = '047-fda-interim-release-via-group.eml'
t = when(2026, 12, 3, 9, 50)
body = wrap("""
    Good morning,

    This is the first interim release on FOI Request 2026-6841 (Forms FDA 483 and establishment inspection
    reports for infant formula manufacturers).

    This release covers three facilities: 240 pages, released in part. We redacted trade secret and
    confidential commercial information under Exemption 4 (formulations, process parameters, supplier
    identities) and names of non-supervisory firm employees under Exemption 6. Each redaction is marked with the
    exemption that applies.

    You can download the records from FDA's secure file transfer site:
    https://sft.fda.example/w/kQ7r2Xb9TzM
    The link expires on January 2, 2027.

    We are continuing to process the remaining records (about 900 pages) and plan to send the next release in
    January.

    Lucia Hernandez
    Government Information Specialist
    Division of Freedom of Information, FDA
""")
m = message([('From', "'Hernandez, Lucia' via FOIA Desk <foia-desk@watchdesk.example.org>"), ('To', INBOX),
             ('Reply-To', 'Hernandez, Lucia <Lucia.Hernandez@fda.hhs.gov>'),
             ('Subject', 'FOI Request 2026-6841 - Interim Release #1'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'BY5PR09MB'))] + group_headers('Lucia.Hernandez@fda.hhs.gov', fn), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-001', 'records_interim', '2026-6841', 'first interim release by download link (240 pages, (b)(4)/(b)(6)); '
              'more in January; relayed by our Google Group; link expiry is not an estimate', signals=['tracking']))

# 048 ---------------------------------------------------------------- NRC denial in full (Form 464), second NRC request
fn = '048-nrc-denial-ffd-form464.eml'
t = when(2026, 12, 7, 16, 30)
letter = """
NRC FORM 464 Part I                U.S. NUCLEAR REGULATORY COMMISSION
            RESPONSE TO FREEDOM OF INFORMATION ACT (FOIA) REQUEST

FOIA/Reference Number: NRC-2026-000455          Response Number: 1
Response Type: [ ] INTERIM   [X] FINAL

Requester: Watch Desk Records Team                Date: December 7, 2026

Description of Requested Records:
Fitness-for-duty event reports submitted by power reactor licensees under 10 CFR 26.719, January 2022 to
present (scope as clarified by the requester on November 4, 2026).

PART I.B -- INFORMATION NOT LOCATED OR WITHHELD FROM DISCLOSURE
[X] We have withheld records in their entirety. The NRC located 186 event reports (604 pages). Each report
    concerns an identifiable individual's test results, conduct or medical condition. Because the details of
    each report would identify the individual even if names were removed, no reasonably segregable portion
    can be released. The records are withheld under the exemptions identified in Part II.

PART I.C -- COMMENTS
You may appeal this final determination within 90 calendar days of the date of this response by sending an
appeal to the FOIA Officer, U.S. Nuclear Regulatory Commission, Washington, DC 20555-0001, or by email to
FOIA.Resource@nrc.gov. Please mark the envelope or subject line "FOIA Appeal." You may also seek the
assistance of the FOIA Public Liaison (301-415-7169) or the Office of Government Information Services (OGIS).

PART II.A -- APPLICABLE EXEMPTIONS
[X] Exemption 6: personnel and medical files and similar files, the disclosure of which would constitute a
    clearly unwarranted invasion of personal privacy.
[X] Exemption 7(C): records compiled for law enforcement purposes whose disclosure could reasonably be
    expected to constitute an unwarranted invasion of personal privacy.

Signature - FOIA Officer:  [signed]
"""
m = message([('From', 'FOIA Resource <FOIA.Resource@nrc.gov>'), ('To', INBOX),
             ('Subject', 'NRC-2026-000455 Final Response'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'PH1PR09MB'))] + o365_headers(fn, 'Final Response', 'PH1PR09MB'),
            text='Please see the attached final response to your FOIA request.\n\nNRC FOIA Office\n',
            attachments=[('NRC-2026-000455 Resp 1 Final.pdf', make_pdf(letter, 'NRC Form 464'), 'application/pdf')])
save(fn, m)
F.append(fact(fn, 'REQ-008', 'denial', 'NRC-2026-000455', 'NRC Form 464 FINAL: all 186 event reports withheld in full under '
              '(b)(6) and (b)(7)(C); 90-day appeal', adverse=True, signals=['tracking']))

# 049 ---------------------------------------------------------------- CPSC interim release, reply to the agency's own mail
fn = '049-cpsc-interim-download.eml'
t = when(2026, 12, 9, 11, 15)
prev = mid_o365('020-cpsc-6b-notice-via-group.eml', 'IA1PR09MB')
body = wrap("""
    Hi again,

    The Section 6(b) review has closed for five of the nine firms, so here is the first batch on S26-0231:
    164 incident reports (IPII entries, consumer reports from SaferProducts.gov intake, and in-depth
    investigation summaries), 611 pages in all. Consumer names, addresses, phone numbers and medical details
    are redacted under Exemption 6.

    Download link (Box): https://cpsc.box.example/s/7hq2m0v1x4ld
    The link is good for 30 days.

    The records for the other four firms are still in 6(b) review. I expect to release those in January.

    Best,
    Julia Moreno
    FOIA Specialist, Division of the Secretariat
    U.S. Consumer Product Safety Commission
""")
m = message([('From', 'Moreno, Julia <JMoreno@cpsc.gov>'), ('To', INBOX),
             ('Subject', 'RE: Your FOIA request S26-0231 - infant loungers'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'IA1PR09MB')), ('In-Reply-To', prev), ('References', prev)] +
            o365_headers(fn, 'Your FOIA request S26-0231', 'IA1PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-010', 'records_interim', 'S26-0231', 'first batch (611 pages, (b)(6)) by download link; four firms still '
              'in 6(b) review, release expected in January (no specific date)', signals=['tracking']))

# 050 ---------------------------------------------------------------- NIH final release in full, download link
fn = '050-nih-final-release-in-full.eml'
t = when(2026, 12, 10, 10, 0)
body = wrap("""
    Dear Requester:

    This is the final response to your Freedom of Information Act request, NIH FOIA Case No. 66318, for Office
    of Laboratory Animal Welfare noncompliance reports and correspondence. Thank you for your payment of the
    $360.00 fee.

    OLAW located 1,342 pages of responsive records. After review, we are releasing all of them in full. No
    information has been withheld.

    The records can be downloaded here until January 24, 2027:
    https://nih.app.box.example/s/olaw-66318-final

    This completes the processing of your request. If you have questions about this response, you may contact
    me or the NIH FOIA Public Liaison at 301-496-5633.

    Sincerely,

    Daniel Okafor
    Government Information Specialist
    NIH FOIA Office
""")
m = message([('From', 'Okafor, Daniel (NIH/OD) [E] <daniel.okafor@nih.gov>'), ('To', plus('REQ-004')),
             ('Cc', 'NIH FOIA <nihfoia@od.nih.gov>'), ('Subject', 'NIH FOIA Case No. 66318 - Final Response'),
             ('Date', hdate(t)), ('Message-ID', mid_o365(fn, 'CH0PR09MB'))] +
            o365_headers(fn, 'Final Response', 'CH0PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-004', 'records_final', '66318', 'NIH final response releasing all 1,342 pages in full by download link; '
              'nothing withheld, so no appeal_due', signals=['plus', 'tracking']))

merge_facts(F)
print('part5: %d messages' % len(F))
