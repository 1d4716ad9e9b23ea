#!/usr/bin/env python3
"""Messages 011-020 (Sep 23 - Oct 1, 2026)."""
import datetime as dt
from common import *  # noqa: F401,F403

IDFPR_HOST = 'CH0PR09MB8937.namprd09.prod.outlook.com'

# 011 IDFPR 5-business-day extension (Outlook, threaded) ------------------------------------------------
s = 'RE: ' + REQS['REQ-007']['subject']
write('011-idfpr-extension-req007.eml', simple([
    ('From', '"FPR.FOIA" <fpr.foia@illinois.gov>'), ('To', 'Records Desk <%s>' % plus('REQ-007')), ('Subject', s),
    ('Date', date_hdr(2026, 9, 23, 10, 12, 'CT', 5)), ('Message-ID', outlook_mid('011', IDFPR_HOST)),
    *thread('REQ-007'), *outlook_headers('011', REQS['REQ-007']['subject'])],
    "Good morning,\n\nThe Illinois Department of Financial and Professional Regulation (IDFPR) received your\n"
    "Freedom of Information Act request on September 16, 2026. It has been assigned FOIA No. F26-3318.\n\n"
    "Pursuant to Section 3(e) of the Freedom of Information Act (5 ILCS 140/3(e)), the Department is\n"
    "extending the time to respond by an additional five (5) business days because:\n\n"
    "  (ii) the requested records require the collection of a substantial number of specified records;\n"
    "  (iv) the requested records have not been located in the course of routine search and additional\n"
    "       efforts are being made to locate them.\n\n"
    "The Department's response is now due on or before September 30, 2026.\n\n"
    "FOIA Unit\nIllinois Department of Financial and Professional Regulation\n555 W. Monroe St., Chicago, IL 60661\n"),
    {'request': 'REQ-007', 'kind': 'extension', 'tracking_number': 'F26-3318', 'clock': 'extension',
     'estimated': dt.date(2026, 9, 30), 'signals': ['thread', 'plus', 'tracking-new'],
     'why': 'IDFPR invokes the 5-business-day extension of 5 ILCS 140/3(e); new due Sep 30; assigns F26-3318',
     'note': 'IL statutory extension listing the 3(e) reasons. Modeled on Illinois state agency extension e-mails.'})

# 012 TDLR GovQA acknowledgment ----------------------------------------------------------------------------
html = html_page([
    '<p>Dear Records Desk,</p>',
    '<p>The Texas Department of Licensing and Regulation (TDLR) has received your request for public information. '
    'Your request was received on <b>9/23/2026</b> and assigned reference number <b>R001146-092326</b>.</p>',
    '<table border="1" cellpadding="4" cellspacing="0" style="font-size:9pt"><tr style="background:#e8e8e8"><td colspan="2">'
    '<b>Request Summary</b></td></tr><tr><td>Reference No.</td><td>R001146-092326</td></tr>'
    '<tr><td>Received</td><td>9/23/2026</td></tr><tr><td>Program</td><td>Air Conditioning and Refrigeration Contractors'
    '</td></tr><tr><td>Description</td><td>Complaints, investigations and final orders, Harris County, 2023-2026</td></tr></table>',
    '<p>Under the Texas Public Information Act, Chapter 552, Government Code, the Department will promptly produce '
    'information that is not excepted from disclosure. If the Department cannot produce the information within '
    '10 business days, you will be notified in writing of a date and time when it will be available.</p>',
    '<p>To check the status of your request or to respond to the Department, visit the '
    '<a href="https://tdlr.govqa.us/WEBAPP/_rs/supporthome.aspx">TDLR Open Records Center</a>.</p>',
    '<p>TDLR Open Records<br>Office of General Counsel</p>'], 'font-family:Verdana,Arial;font-size:9pt')
write('012-tdlr-govqa-ack.eml', simple([
    ('From', 'TDLR Open Records Center <tdlr@govqa.us>'), ('To', plus('REQ-011')),
    ('Subject', 'Public Information Request :: R001146-092326'), ('Date', date_hdr(2026, 9, 23, 13, 55, 'CT', 40)),
    ('Message-ID', '<%s@govqa.us>' % h('012', 28))], html, 'html', cte='quoted-printable'),
    {'request': 'REQ-011', 'kind': 'acknowledgment', 'tracking_number': 'R001146-092326', 'clock': 'received_on_sent_date',
     'signals': ['plus', 'tracking-new'],
     'why': 'GovQA receipt: TDLR received the PIA request 9/23/2026 (= sent), reference R001146-092326',
     'note': 'GovQA HTML receipt with summary table. Modeled on GovQA "Public Information Request ::" notices.'})

# 013 CDI extension via JustFOIA staff message -------------------------------------------------------------
msg = ("Dear Records Desk:\n\nThe California Department of Insurance has reviewed request PRA-2026-0731. Pursuant to\n"
       "Government Code section 7922.535(b), the Department is extending the time to respond by up\n"
       "to 14 days because of the need to search for and collect the requested records from field\n"
       "facilities and divisions separate from the office processing the request (Consumer Services\n"
       "Division and Field Examination Division), and the need to consult with another division having\n"
       "substantial interest in the determination.\n\n"
       "The Department anticipates providing its determination on or before October 12, 2026.\n\n"
       "Public Records Act Unit\nCalifornia Department of Insurance\n")
html = html_page(['<b>A new message has been posted to your request PRA-2026-0731.</b>', '<hr>'] +
                 [p.replace('\n', ' ') for p in msg.strip().split('\n\n')] +
                 ['<hr><small>Sign in to the public portal to reply. Powered by JustFOIA.</small>'])
write('013-cdi-justfoia-extension.eml', alternative([
    ('From', 'California Department of Insurance <no-reply@justfoia.com>'), ('To', plus('REQ-008')),
    ('Subject', 'New Message: PRA-2026-0731'), ('Date', date_hdr(2026, 9, 25, 8, 30, 'PT', 12)),
    ('Message-ID', '<%s@email.justfoia.com>' % h('013', 32))],
    'A new message has been posted to your request PRA-2026-0731.\n\n' + msg, html, '013'),
    {'request': 'REQ-008', 'kind': 'extension', 'tracking_number': 'PRA-2026-0731', 'clock': 'extension',
     'estimated': dt.date(2026, 10, 12), 'signals': ['plus', 'tracking'],
     'why': 'CDI takes the 14-day unusual-circumstances extension of Gov. Code 7922.535(b); determination by Oct 12',
     'note': 'extension inside a portal "new message" notice. Modeled on California agency extension letters.'})

# 014 IRS acknowledgment for the third-party request, HTML letter in the body, subject changed ------------
html = html_page([
    '<p style="font-size:10pt">Department of the Treasury<br>Internal Revenue Service<br>Disclosure Office 4<br>'
    'Philadelphia, PA 19106</p>',
    '<p>Date: September 25, 2026<br>Case Number: 2026-18517<br>Person to Contact: D. Okafor</p>',
    'Dear Requester:',
    'We received your Freedom of Information Act (FOIA) request on September 11, 2026. You asked for examination, '
    'revocation and referral records concerning Harbor Light Ministries Inc. of Scranton, Pennsylvania.',
    'Records of this kind, if they exist, would be "return information" of a third party, which Internal Revenue Code '
    'section 6103 protects from disclosure. We are reviewing your request and will write to you if we need more '
    'information from you to process it.',
    'The statutory response date is October 9, 2026.',
    '<p>Sincerely,<br><br>Daniel Okafor<br>Disclosure Specialist</p>'], 'font-family:Times New Roman;font-size:12pt')
write('014-irs-ack-req002.eml', simple([
    ('From', '"Okafor Daniel C" <Daniel.C.Okafor@irs.gov>'), ('To', INBOX),
    ('Subject', 'Your FOIA request - Harbor Light Ministries'), ('Date', date_hdr(2026, 9, 25, 12, 0, 'ET', 17)),
    ('Message-ID', outlook_mid('014', 'DM8PR09MB6811.namprd09.prod.outlook.com')),
    *outlook_headers('014', 'Your FOIA request - Harbor Light Ministries')], html, 'html', cte='quoted-printable'),
    {'request': 'REQ-002', 'kind': 'acknowledgment', 'tracking_number': '2026-18517', 'clock': 'received:2026-09-11',
     'signals': ['tracking-new', 'subject'],
     'why': 'IRS acknowledges the Harbor Light request as received Sep 11 (sent Sep 10), case 2026-18517',
     'note': 'HTML-only letter body, changed subject, received date one day after sent; second IRS request open. '
             'Modeled on IRS Disclosure Office acknowledgment letters.'})

# 015 WA DOL NextRequest acknowledgment -----------------------------------------------------------------
txt = ("Washington State Department of Licensing\n\nRecord request #26-1732\n\n"
       "Your record request has been received and is being processed. Your request was received on\n"
       "September 28, 2026 via email.\n\nRequest:\nAll records showing disclosures of driver license, ID card or vehicle "
       "record\ninformation by DOL to U.S. Immigration and Customs Enforcement, U.S. Customs and\nBorder Protection or "
       "other federal immigration agencies, 2024-2026 ...\n\n"
       "Under RCW 42.56.520, the Department will respond within five business days.\n\n"
       "View request: https://wadol.nextrequest.com/requests/26-1732\n")
html = html_page(['<b>Washington State Department of Licensing</b>', '<h3>Record request #26-1732</h3>',
                  'Your record request has been received and is being processed. Your request was received on '
                  'September 28, 2026 via email.',
                  '<b>Request:</b><br>All records showing disclosures of driver license, ID card or vehicle record '
                  'information by DOL to U.S. Immigration and Customs Enforcement, U.S. Customs and Border Protection '
                  'or other federal immigration agencies, 2024-2026 ...',
                  'Under RCW 42.56.520, the Department will respond within five business days.',
                  '<a href="https://wadol.nextrequest.com/requests/26-1732">View request</a>'])
write('015-wadol-nextrequest-ack.eml', alternative([
    ('From', 'Washington State Department of Licensing <wadol@mail.nextrequest.com>'), ('To', plus('REQ-013')),
    ('Subject', '[Records Request 26-1732] Request received'), ('Date', date_hdr(2026, 9, 28, 8, 5, 'PT', 33)),
    ('Message-ID', '<%s@mail.nextrequest.com>' % h('015', 24))], txt, html, '015'),
    {'request': 'REQ-013', 'kind': 'acknowledgment', 'tracking_number': '26-1732', 'clock': 'received_on_sent_date',
     'signals': ['plus', 'tracking-new'],
     'why': 'NextRequest receipt: DOL received the request Sep 28 (= sent), request 26-1732',
     'note': 'NextRequest receipt. Modeled on NextRequest "Request received" e-mails and RCW 42.56.520 wording.'})

# 016 VDH staffer, informal clarification from a personal .gov address, quoting our request ---------------
s = 'RE: ' + REQS['REQ-012']['subject']
write('016-vdh-staff-clarification.eml', simple([
    ('From', '"Sills, Kendra (VDH)" <kendra.sills@vdh.virginia.gov>'), ('To', plus('REQ-012')), ('Subject', s),
    ('Date', date_hdr(2026, 9, 28, 16, 40, 'ET', 26)), ('Message-ID', outlook_mid('016', 'MN2PR09MB5520.namprd09.prod.outlook.com')),
    *thread('REQ-012'), *outlook_headers('016', REQS['REQ-012']['subject'])],
    "Hi there,\n\nI'm the FOIA coordinator for the Office of Vital Records and I've got your request. Two\n"
    "quick things before I can get going:\n\n"
    "1) Virginia's FOIA only gives a right of access to citizens of the Commonwealth and to\n"
    "   representatives of newspapers and magazines with circulation in Virginia or radio/TV\n"
    "   stations broadcasting in or into Virginia. Can you confirm that your outlet circulates here?\n\n"
    "2) When you say \"data-sharing agreements,\" do you mean the agreements with SSA for death data,\n"
    "   the NAPHSIS EVVE / STEVE agreements, or agreements with other state agencies? All three?\n\n"
    "Also, just so you know up front - the access logs are going to be tricky, since birth and death\n"
    "records are confidential under Code of Virginia 32.1-271 and the logs show who looked at which\n"
    "record. I'll check with our counsel.\n\nThanks!\nKendra\n\n"
    "Kendra Sills\nFOIA Coordinator | Office of Vital Records\nVirginia Department of Health\n\n"
    + quote('REQ-012') + '\n'),
    {'request': 'REQ-012', 'kind': 'clarification', 'signals': ['thread', 'plus', 'subject'],
     'why': 'VDH coordinator asks us to confirm Virginia circulation (citizen/media requirement) and which agreements we mean',
     'note': 'informal staff e-mail; citizenship/media-standing demand typical of Virginia FOIA plus a scope question. '
             'Modeled on Virginia agency FOIA coordinators and Va. Code 2.2-3704(A).'})

# 017 IDFPR clarification (two licensees named Keel), through the Google Group, no plus address ------------
body = ("Good afternoon,\n\nThe Department is processing your request, FOIA No. F26-3402, for complaint, investigation\n"
        "and disciplinary records concerning physician Martin Keel.\n\n"
        "Department records show two licensees with that name: Martin A. Keel, licensed physician and\n"
        "surgeon, and Martin J. Keel, licensed clinical professional counselor. Please confirm the\n"
        "licensee, preferably by license number, so that we search the correct records.\n\n"
        "Please also note that complaint and investigative files of the Medical Disciplinary Board are\n"
        "confidential under Section 36 of the Medical Practice Act of 1987 (225 ILCS 60/36) and exempt\n"
        "under Section 7(1)(a) of FOIA. Final disciplinary orders, consent orders and the monthly\n"
        "disciplinary reports are public. Please tell us whether you wish to proceed with the public\n"
        "disciplinary records only.\n\nThe Department will continue processing upon receipt of your response.\n\n"
        "FOIA Unit\nIllinois Department of Financial and Professional Regulation\n")
write('017-idfpr-clarification-googlegroup.eml', simple(
    google_group_headers('FPR.FOIA', 'fpr.foia@illinois.gov', '017') + [
        ('To', 'Records Desk <%s>' % INBOX), ('Subject', 'FOIA F26-3402 - Clarification Needed'),
        ('Date', date_hdr(2026, 9, 29, 11, 25, 'CT', 3)), ('Message-ID', outlook_mid('017', IDFPR_HOST))], body),
    {'request': 'REQ-010', 'kind': 'clarification', 'tracking_number': 'F26-3402', 'signals': ['tracking-new', 'body'],
     'why': 'IDFPR asks which of two licensees named Keel we mean and whether to limit to public discipline; new F26-3402',
     'note': "arrives as 'FPR.FOIA' via FOIA Desk (Google Group rewrite: sender only in Reply-To/X-Original-Sender); "
             'no thread, no plus; second IDFPR request open. Modeled on IDFPR practice and 225 ILCS 60/36.'})

# 018 IDFPR final response for the nursing discipline request, PDF letter + CSV ----------------------------
pdf = make_pdf(['ILLINOIS DEPARTMENT OF FINANCIAL AND PROFESSIONAL REGULATION', 'FOIA Unit', '555 West Monroe Street',
                'Chicago, Illinois 60661', '', 'September 30, 2026', '', 'Re: FOIA No. F26-3318', '', 'Dear Requester:', '',
                'This letter responds to your request received September 16, 2026, for disciplinary and consent '
                'orders against registered nurses and licensed practical nurses from January 2025 through August 2026.',
                '', 'Enclosed is a spreadsheet listing the 412 disciplinary actions taken against RN and LPN licensees '
                'during that period, taken from the Department\'s monthly disciplinary reports, with the order type and '
                'the date of each action. Copies of each final order and consent order may be viewed through the '
                'License Lookup on the Department\'s website by selecting the licensee and the "Discipline" link.', '',
                'The Department has redacted licensees\' home addresses and dates of birth, and information about the '
                'health of individual licensees contained in certain consent orders, under Section 7(1)(b) and '
                '7(1)(c) of FOIA (5 ILCS 140/7(1)(b), (c)), as private information and as information whose disclosure '
                'would be a clearly unwarranted invasion of personal privacy.', '',
                'You have a right to have this partial denial reviewed by the Public Access Counselor, Office of the '
                'Illinois Attorney General, 500 S. Second Street, Springfield, Illinois 62701, publicaccess@ilag.gov, '
                'within 60 days of the date of this letter (5 ILCS 140/9.5(a)). You may also seek judicial review '
                'under Section 11 of FOIA.', '', 'Sincerely,', '', 'FOIA Officer'], 'FOIA response F26-3318')
csv = ('action_date,profession,license_type,county,action,order_type\n2025-01-08,Nursing,RN,Cook,Probation,Consent Order\n'
       '2025-01-08,Nursing,LPN,Will,Reprimand,Consent Order\n2025-01-15,Nursing,RN,Sangamon,Suspension,Final Order\n'
       '2025-02-12,Nursing,RN,DuPage,Refuse to Renew,Final Order\n2025-02-12,Nursing,LPN,Peoria,Fine,Consent Order\n'
       '...,,,,(407 more rows),\n').encode()
write('018-idfpr-final-req007.eml', mixed([
    ('From', '"FPR.FOIA" <fpr.foia@illinois.gov>'), ('To', 'Records Desk <%s>' % plus('REQ-007')),
    ('Subject', 'RE: FOIA F26-3318 - Response'), ('Date', date_hdr(2026, 9, 30, 15, 48, 'CT', 51)),
    ('Message-ID', outlook_mid('018', IDFPR_HOST)), *thread('REQ-007', outlook_mid('011', IDFPR_HOST)),
    *outlook_headers('018', 'FOIA F26-3318 - Response', True)],
    text_part('Please find attached the Department\'s response to your FOIA request F26-3318.\n\nFOIA Unit\nIDFPR\n'),
    [attachment('F26-3318 Response Letter.pdf', 'application/pdf', pdf),
     attachment('F26-3318_Nursing_Discipline_2025-2026.csv', 'text/csv', csv)], '018'),
    {'request': 'REQ-007', 'kind': 'records_final', 'tracking_number': 'F26-3318', 'adverse_determination': True,
     'signals': ['thread', 'plus', 'tracking'],
     'why': 'IDFPR releases the public nurse discipline list; home addresses/health details redacted 7(1)(b),(c); PAC review 60 days',
     'note': 'public licensing-board discipline released with privacy redactions (partial denial) - appeal window applies. '
             'Modeled on IDFPR responses and its monthly disciplinary reports.'})

# 019 VDH formal extension, subject changed, no thread headers ----------------------------------------------
write('019-vdh-extension.eml', simple([
    ('From', 'VDH FOIA <foia@vdh.virginia.gov>'), ('To', plus('REQ-012')),
    ('Subject', 'Office of Vital Records - FOIA - additional time'), ('Date', date_hdr(2026, 10, 1, 9, 5, 'ET', 8)),
    ('Message-ID', outlook_mid('019', 'MN2PR09MB5520.namprd09.prod.outlook.com')),
    *outlook_headers('019', 'Office of Vital Records - FOIA - additional time')],
    "Dear Records Desk:\n\nThank you for confirming that your publication circulates in Virginia and that you seek all\n"
    "three categories of data-sharing agreements.\n\n"
    "This is to notify you, in accordance with Code of Virginia 2.2-3704(B)(4), that it is not\n"
    "practically possible to provide the requested records or to determine whether they are available\n"
    "within the five-work-day period, because the records must be retrieved from more than one\n"
    "division and reviewed by counsel. The Virginia Department of Health will therefore respond within\n"
    "the additional seven work days allowed by law, on or before October 13, 2026.\n\n"
    "Sincerely,\n\nFOIA Officer\nVirginia Department of Health\n109 Governor Street, Richmond, VA 23219\n"),
    {'request': 'REQ-012', 'kind': 'extension', 'clock': 'extension', 'estimated': dt.date(2026, 10, 13),
     'signals': ['plus', 'body'],
     'why': 'VDH invokes the 7-work-day extension of Va. Code 2.2-3704(B)(4); response by Oct 13',
     'note': 'formal VA extension; no number, no threading, subject changed. Modeled on Virginia "(B)(4)" letters.'})

# 020 IRS third-party consent demand (clarification), Outlook plain text -----------------------------------
write('020-irs-consent-demand-req002.eml', simple([
    ('From', '"Okafor Daniel C" <Daniel.C.Okafor@irs.gov>'), ('To', INBOX),
    ('Subject', 'FOIA 2026-18517 - third party authorization required'), ('Date', date_hdr(2026, 10, 1, 14, 12, 'ET', 29)),
    ('Message-ID', outlook_mid('020', 'DM8PR09MB6811.namprd09.prod.outlook.com')),
    *outlook_headers('020', 'FOIA 2026-18517 - third party authorization required')],
    "Case Number: 2026-18517\n\nDear Requester:\n\nYour request asks for records about the tax matters of a third party, Harbor Light\n"
    "Ministries Inc. Under Internal Revenue Code section 6103, returns and return information are\n"
    "confidential, and we may release them to you only if the taxpayer authorizes the disclosure.\n\n"
    "To continue processing, please send one of the following:\n\n"
    "  - Form 8821, Tax Information Authorization, signed by an officer of Harbor Light Ministries\n"
    "    Inc. with authority to bind the organization, naming you as the appointee; or\n"
    "  - a written consent, signed and dated by such an officer, that identifies the records and the\n"
    "    person to whom they may be disclosed, together with proof of the officer's authority.\n\n"
    "Your request will not be complete until we receive this authorization; we cannot search for the\n"
    "records in the meantime. If we do not receive it within 35 days of the date of this letter, we\n"
    "will close your request without further action.\n\n"
    "Material about the organization's exempt status that is open to public inspection under IRC\n"
    "section 6104 (such as an approved application and Forms 990) can be obtained without a FOIA\n"
    "request by using Form 4506-A.\n\n"
    "Daniel Okafor\nDisclosure Specialist, Disclosure Office 4\n267-555-0148\n"),
    {'request': 'REQ-002', 'kind': 'clarification', 'tracking_number': '2026-18517', 'signals': ['tracking', 'subject'],
     'why': 'IRS requires Form 8821 / notarized-style third-party consent before it will search; request incomplete (clock stops)',
     'note': 'third-party consent demand under IRC 6103 with a 35-day closure warning. Modeled on IRS "imperfect '
             'request" letters and Form 8821 practice.'})

save_facts('part2')
