#!/usr/bin/env python3
"""Messages 001-010 (Sep 8 - Sep 22, 2026)."""
import datetime as dt
from common import *  # noqa: F401,F403

# 001 IRS FOIA mailbox auto-response: e-mail requests are not accepted --------------------------------
s = 'Automatic reply: ' + REQS['REQ-001']['subject']
write('001-irs-mailbox-autoreply.eml', simple([
    ('From', 'IRS FOIA Status <irs.foia.status@irs.gov>'), ('To', plus('REQ-001')), ('Subject', s),
    ('Date', date_hdr(2026, 9, 8, 17, 2, 'ET', 41)), ('Message-ID', outlook_mid('001', 'SA1PR09MB8120.namprd09.prod.outlook.com')),
    *thread('REQ-001'), ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
    *outlook_headers('001', s)],
    "Thank you for contacting the IRS Freedom of Information Act (FOIA) program.\n\n"
    "This is an automated message. This mailbox is used to answer questions about the status of\n"
    "FOIA requests that have already been assigned a case number. The IRS does not accept FOIA\n"
    "requests by email, and messages sent to this address are not treated as requests.\n\n"
    "To make a request, use the National FOIA Portal at www.foia.gov, or send a signed request by\n"
    "fax or by mail to the IRS Disclosure Scanning Operation. Requests for your own tax records\n"
    "are usually answered faster by ordering a transcript at www.irs.gov.\n\n"
    "If you already have a case number, reply with the number and a caseworker will respond when\n"
    "available. Do not include Social Security numbers or other sensitive information in email.\n"),
    {'request': 'REQ-001', 'kind': 'auto_reply', 'signals': ['thread', 'plus'],
     'why': 'IRS status-mailbox auto-responder threaded to our request; says e-mailed requests are not accepted',
     'note': 'auto-responder that sounds like a rejection (IRS does not take FOIA by e-mail); still an auto_reply, '
             'not a denial. Modeled on IRS FOIA web guidance (requests by portal, fax or mail).'})

# 002 Open FOIL NY - request created for Taxation and Finance (portal address, no agency listing) -----
html = html_page([
    '<table width="600" style="border:1px solid #ccc"><tr><td style="background:#00205b;color:#fff;padding:8px">'
    '<b>Open FOIL NY</b></td></tr><tr><td style="padding:10px">',
    'Dear Records Desk,',
    'Your request under the New York Freedom of Information Law has been submitted to the '
    '<b>Department of Taxation and Finance</b>.',
    '<table cellpadding="3"><tr><td>Request Number:</td><td><b>DTF-26-00417</b></td></tr>'
    '<tr><td>Date Received:</td><td>09/09/2026</td></tr>'
    '<tr><td>Description:</td><td>Personal income tax residency audits - aggregate counts by county and outcome, '
    '2019-2025, and current audit guidelines</td></tr></table>',
    'The agency will respond to your request in accordance with Public Officers Law section 89(3). '
    'You will receive email updates when the status changes. Do not reply to this message; '
    'sign in to Open FOIL NY to send a message to the agency.',
    '</td></tr></table>'], 'font-family:Arial;font-size:10pt')
write('002-openfoil-dtf-ack.eml', simple([
    ('From', 'Open FOIL NY <noreply@openfoil.ny.gov>'), ('To', INBOX), ('Subject', 'FOIL Request DTF-26-00417 Submitted'),
    ('Date', date_hdr(2026, 9, 10, 9, 14, 'ET', 7)), ('Message-ID', '<%s.openfoil@openfoil.ny.gov>' % h('002', 20))],
    html, 'html', cte='quoted-printable'),
    {'request': 'REQ-003', 'kind': 'acknowledgment', 'tracking_number': 'DTF-26-00417', 'clock': 'received_on_sent_date',
     'signals': ['tracking-new', 'subject'],
     'why': 'Open FOIL NY records the DTF request as received 09/09/2026 (= sent) and assigns DTF-26-00417',
     'note': 'state portal that serves many NY agencies from one unlisted address; agency named only in the body. '
             'Modeled on Open FOIL NY submission notices.'})

# 003 Open FOIL NY - DMV, received date differs from sent -------------------------------------------
txt = ("Open FOIL NY\n\nDear Records Desk,\n\nYour request under the New York Freedom of Information Law has been "
       "submitted to the\nDepartment of Motor Vehicles.\n\nRequest Number: DMV-26-01288\nDate Received: 09/10/2026\n"
       "Description: DMV bulk record sales, purchaser agreements and DPPA permissible-use\ncertifications, 2022-2026\n\n"
       "Note: requests e-mailed to the agency after 5:00 p.m. or on a non-business day are\nentered as received on the "
       "next business day.\n\nYou will receive email updates when the status changes. Do not reply to this message.\n")
html = html_page(['<b>Open FOIL NY</b>', 'Dear Records Desk,',
                  'Your request under the New York Freedom of Information Law has been submitted to the '
                  '<b>Department of Motor Vehicles</b>.',
                  '<table cellpadding="3"><tr><td>Request Number:</td><td><b>DMV-26-01288</b></td></tr>'
                  '<tr><td>Date Received:</td><td>09/10/2026</td></tr><tr><td>Description:</td><td>DMV bulk record '
                  'sales, purchaser agreements and DPPA permissible-use certifications, 2022-2026</td></tr></table>',
                  '<i>Note: requests e-mailed to the agency after 5:00 p.m. or on a non-business day are entered as '
                  'received on the next business day.</i>',
                  'You will receive email updates when the status changes. Do not reply to this message.'])
write('003-openfoil-dmv-ack.eml', alternative([
    ('From', 'Open FOIL NY <noreply@openfoil.ny.gov>'), ('To', INBOX), ('Subject', 'FOIL Request DMV-26-01288 Submitted'),
    ('Date', date_hdr(2026, 9, 10, 9, 31, 'ET', 52)), ('Message-ID', '<%s.openfoil@openfoil.ny.gov>' % h('003', 20))],
    txt, html, '003'),
    {'request': 'REQ-004', 'kind': 'acknowledgment', 'tracking_number': 'DMV-26-01288', 'clock': 'received:2026-09-10',
     'signals': ['tracking-new', 'subject'],
     'why': 'Open FOIL NY logs the DMV request as received 09/10/2026 (sent 9/9 after hours); clock from 9/10',
     'note': 'same portal address as 002 but another agency; stated received date differs from sent. '
             'Modeled on Open FOIL NY notices and NY agencies logging after-hours e-mail next day.'})

# 004 IRS e-News via GovDelivery (null) -----------------------------------------------------------------
txt = ("e-News for Tax Professionals    Issue Number: 2026-37\n\nInside This Issue\n\n"
       "1. Get ready for filing season: IP PIN opt-in opens for all taxpayers in January\n"
       "2. Security Summit reminds practitioners of identity theft schemes targeting preparers\n"
       "3. Updated Form 8821 instructions: tax information authorizations for third parties\n"
       "4. Disaster relief for taxpayers in parts of three states\n\n"
       "1. IP PIN opt-in\nAn Identity Protection PIN is a six-digit number that prevents someone else from filing a\n"
       "return with a taxpayer's SSN. Practitioners should encourage clients to enroll...\n\n"
       "You are subscribed to e-News for Tax Professionals for Internal Revenue Service.\n"
       "To unsubscribe or change your subscriber preferences, visit the subscriber preferences page.\n"
       "This email was sent to foia@newsdesk.example.org using GovDelivery Communications Cloud on behalf of\n"
       "the Internal Revenue Service.\n")
html = html_page(['<h2 style="color:#00599c">e-News for Tax Professionals</h2><p>Issue Number: 2026-37</p>',
                  '<b>Inside This Issue</b><ol><li>Get ready for filing season: IP PIN opt-in opens for all taxpayers in '
                  'January</li><li>Security Summit reminds practitioners of identity theft schemes targeting preparers</li>'
                  '<li>Updated Form 8821 instructions: tax information authorizations for third parties</li>'
                  '<li>Disaster relief for taxpayers in parts of three states</li></ol>',
                  '<small>You are subscribed to e-News for Tax Professionals for Internal Revenue Service. '
                  'This email was sent to foia@newsdesk.example.org using GovDelivery Communications Cloud.</small>'])
write('004-irs-enews-newsletter.eml', alternative([
    ('From', 'IRS e-News <irs@public.govdelivery.com>'), ('To', INBOX), ('Subject', 'e-News for Tax Professionals 2026-37'),
    ('Date', date_hdr(2026, 9, 14, 11, 0, 'ET', 3)), ('Message-ID', '<20260914150003.%s@public.govdelivery.com>' % h('004', 10)),
    ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USIRS/subscriber/one_click_unsubscribe?verification=%s>' % h('004u', 20)),
    ('Precedence', 'bulk'), ('X-Accountcode', 'USIRS_2')], txt, html, '004'),
    {'request': None, 'kind': 'other', 'signals': ['none'],
     'why': 'IRS subscription newsletter (GovDelivery); mentions identity theft and IP PINs but answers no request',
     'note': 'newsletter from the IRS on the same topics as REQ-009/REQ-002 (IP PIN, Form 8821) - a topic-match trap. '
             'Modeled on IRS e-News for Tax Professionals.'})

# 005 Pennsylvania Revenue RTK Office acknowledgment (Outlook, threaded) ------------------------------
s = 'RE: ' + REQS['REQ-005']['subject']
write('005-padr-ack.eml', simple([
    ('From', '"RA, RVRTK" <ra-rvrtk@pa.gov>'), ('To', 'Records Desk <%s>' % plus('REQ-005')), ('Subject', s),
    ('Date', date_hdr(2026, 9, 15, 10, 3, 'ET', 18)), ('Message-ID', outlook_mid('005', 'PH0PR09MB7446.namprd09.prod.outlook.com')),
    *thread('REQ-005'), *outlook_headers('005', REQS['REQ-005']['subject'])],
    "Good morning,\n\nThe Pennsylvania Department of Revenue's Right-to-Know Office received your request on\n"
    "September 14, 2026. Your request has been assigned tracking number RTK-2026-1053. Please\n"
    "reference this number in any future correspondence.\n\n"
    "Under Section 901 of the Right-to-Know Law, 65 P.S. 67.901, the Department's response is due\n"
    "within five business days of receipt. If the Department determines that one of the\n"
    "circumstances listed in Section 902 applies, you will receive an interim response within that\n"
    "period.\n\nPlease be aware that tax returns and information obtained from taxpayers are confidential\n"
    "under the Tax Reform Code of 1971 and the Fiscal Code and are not public records.\n\n"
    "Right-to-Know Office\nPennsylvania Department of Revenue\n\n" + quote('REQ-005', 'ra-rvrtk@pa.gov') + '\n'),
    {'request': 'REQ-005', 'kind': 'acknowledgment', 'tracking_number': 'RTK-2026-1053', 'clock': 'received_on_sent_date',
     'signals': ['thread', 'plus', 'tracking-new'],
     'why': 'PA Revenue RTK Office confirms receipt on Sep 14 (= sent) and assigns RTK-2026-1053',
     'note': 'Outlook reply quoting our request; warns of tax confidentiality up front (not a denial yet). '
             'Modeled on PA agency RTK acknowledgment e-mails.'})

# 006 DTF Records Access Office acknowledgment - letter only in the PDF -------------------------------
pdf = make_pdf(['NEW YORK STATE DEPARTMENT OF TAXATION AND FINANCE', 'Office of Counsel - Records Access Office',
                'W.A. Harriman Campus, Albany, NY 12227', '', 'September 16, 2026', '', 'Records Desk',
                'foia@newsdesk.example.org', '', 'Re: FOIL Request DTF-26-00417', '', 'Dear Requester:', '',
                'This acknowledges receipt of your request under the Freedom of Information Law (Public Officers Law, '
                'Article 6), received by this office on September 9, 2026, for aggregate counts of personal income tax '
                'residency audits by county and outcome for 2019 through 2025 and for the current audit guidelines.', '',
                'Please be advised that Tax Law sections 697(e) and 1825 prohibit the disclosure of reports and returns '
                'and of information about the particulars set forth in them. Statistical information that does not '
                'identify any taxpayer may be released.', '',
                'We are reviewing Department files to determine whether responsive records exist and, if so, whether '
                'they may be disclosed. We anticipate that a determination will be made on or before '
                'October 14, 2026.', '', 'Sincerely,', '', 'Records Access Officer'], 'FOIL acknowledgment')
write('006-dtf-rao-ack-letter.eml', mixed([
    ('From', 'NYS DTF FOIL Office <foil.office@tax.ny.gov>'), ('To', INBOX), ('Subject', 'Correspondence - DTF-26-00417'),
    ('Date', date_hdr(2026, 9, 16, 14, 20, 'ET', 9)), ('Message-ID', outlook_mid('006', 'BL0PR09MB4630.namprd09.prod.outlook.com')),
    *outlook_headers('006', 'Correspondence - DTF-26-00417', True)],
    text_part('Please see the attached correspondence.\n\nRecords Access Office\nNYS Department of Taxation and Finance\n'),
    [attachment('DTF-26-00417_ack.pdf', 'application/pdf', pdf)], '006'),
    {'request': 'REQ-003', 'kind': 'acknowledgment', 'tracking_number': 'DTF-26-00417', 'clock': 'received_on_sent_date',
     'estimated': dt.date(2026, 10, 14), 'signals': ['tracking', 'subject'],
     'why': 'DTF Records Access Officer acknowledges (received Sep 9 = sent) and estimates a determination by Oct 14',
     'note': 'letter only in the PDF; NY 5-day acknowledgment with approximate date; cites Tax Law 697(e) secrecy. '
             'Modeled on NY state agency FOIL acknowledgment letters.'})

# 007 CDI JustFOIA acknowledgment ------------------------------------------------------------------------
html = html_page(['<div style="font-family:Helvetica,Arial;font-size:14px;color:#333">',
                  '<img alt="California Department of Insurance" src="https://cdi.justfoia.com/logo.png" width="180">',
                  'Dear Records Desk,',
                  'Thank you for your California Public Records Act request to the <b>California Department of '
                  'Insurance</b>. Your request was received on <b>9/17/2026</b> and has been assigned reference number '
                  '<b>PRA-2026-0731</b>.',
                  'The Department will determine whether the request seeks disclosable records within 10 days, as '
                  'provided in Government Code section 7922.535. You can view the status of your request and any '
                  'released documents in the <a href="https://cdi.justfoia.com/publicportal/home/track">public portal</a>.',
                  '<span style="color:#888;font-size:11px">Powered by JustFOIA. This is an automated message; replies to '
                  'this address are not monitored.</span>', '</div>'])
write('007-cdi-justfoia-ack.eml', simple([
    ('From', 'California Department of Insurance <no-reply@justfoia.com>'), ('To', plus('REQ-008')),
    ('Subject', 'Request Received: PRA-2026-0731'), ('Date', date_hdr(2026, 9, 17, 11, 40, 'PT', 22)),
    ('Message-ID', '<%s@email.justfoia.com>' % h('007', 32))], html, 'html'),
    {'request': 'REQ-008', 'kind': 'acknowledgment', 'tracking_number': 'PRA-2026-0731', 'clock': 'received_on_sent_date',
     'signals': ['plus', 'tracking-new'],
     'why': 'JustFOIA receipt: CDI received the CPRA request 9/17/2026 (= sent), number PRA-2026-0731',
     'note': 'HTML-only JustFOIA notice from a shared no-reply address. Modeled on JustFOIA receipt e-mails.'})

# 008 IRS acknowledgment letter (PDF), received date differs ---------------------------------------------
pdf = make_pdf(['Department of the Treasury', 'Internal Revenue Service', 'Disclosure Office 10', 'Stop 211',
                'New Carrollton, MD 20706', '', 'Date: September 17, 2026', 'Case Number: 2026-18422',
                'Person to Contact: R. Hollis, Disclosure Specialist', 'Employee ID: 1000291845', '', 'Records Desk',
                'foia@newsdesk.example.org', '', 'Dear Requester:', '',
                'We received your Freedom of Information Act (FOIA) request through the National FOIA Portal on '
                'September 10, 2026. You asked for contracts, privacy impact assessments and data-sharing agreements '
                'for third-party identity verification services (ID.me), 2021-2026.', '',
                'We have placed you in the news media requester category. You will not be charged search or review '
                'fees; duplication beyond the first 100 pages may be charged at $0.20 per page.', '',
                'The statutory response date for your request is October 8, 2026. We may not be able to complete our '
                'search by that date because the records may be located in more than one office. If so, we will write '
                'to you before that date.', '',
                'If you have questions, contact the person named above and refer to the case number.', '', 'Sincerely,',
                '', 'Disclosure Manager', 'Disclosure Office 10'], 'Letter 5674')
write('008-irs-ack-letter-req001.eml', mixed([
    ('From', '"Hollis Renee M" <Renee.M.Hollis@irs.gov>'), ('To', INBOX), ('Subject', 'FOIA case 2026-18422'),
    ('Date', date_hdr(2026, 9, 17, 15, 5, 'ET', 30)), ('Message-ID', outlook_mid('008', 'DM8PR09MB6811.namprd09.prod.outlook.com')),
    *outlook_headers('008', 'FOIA case 2026-18422', True)],
    text_part('Please see the attached letter regarding your FOIA request.\n\nRenee Hollis\nDisclosure Specialist\n'
              'IRS Privacy, Governmental Liaison and Disclosure\n'),
    [attachment('2026-18422 Acknowledgement.pdf', 'application/pdf', pdf)], '008'),
    {'request': 'REQ-001', 'kind': 'acknowledgment', 'tracking_number': '2026-18422', 'clock': 'received:2026-09-10',
     'signals': ['tracking-new', 'body'],
     'why': 'IRS ack letter assigns 2026-18422; received Sep 10 via the National FOIA Portal (sent Sep 8); clock from Sep 10',
     'note': 'no threading (we resubmitted through FOIA.gov after 001); topic only in the PDF; hedged "may not be able". '
             'Modeled on IRS FOIA acknowledgment letters.'})

# 009 PA Revenue interim response (30-day extension), PDF + short body -----------------------------------
pdf = make_pdf(['COMMONWEALTH OF PENNSYLVANIA', 'DEPARTMENT OF REVENUE', 'Office of Chief Counsel', '',
                'September 21, 2026', '', 'VIA ELECTRONIC MAIL', 'Records Desk', '', 'Re: Right-to-Know Request RTK-2026-1053',
                '', 'Dear Requester:', '',
                'The Department received your request under the Right-to-Know Law (RTKL), 65 P.S. 67.101 et seq., on '
                'September 14, 2026, seeking records of sales tax license revocations and tax-clearance refusals for '
                'vape and tobacco retailers from 2024 through 2026.', '',
                'This is an interim response under Section 902 of the RTKL. The Department requires additional time to '
                'respond because: a legal review is necessary to determine whether the records are records subject to '
                'access under the RTKL; and the extent or nature of the request precludes a response within the '
                'required time period.', '',
                'The Department expects to respond to your request on or before October 21, 2026.', '',
                'Sincerely,', '', 'Agency Open Records Officer', 'Pennsylvania Department of Revenue'], 'Interim Response')
s = 'RE: ' + REQS['REQ-005']['subject']
write('009-padr-interim-extension-req005.eml', mixed([
    ('From', '"RA, RVRTK" <ra-rvrtk@pa.gov>'), ('To', 'Records Desk <%s>' % plus('REQ-005')), ('Subject', s),
    ('Date', date_hdr(2026, 9, 21, 16, 45, 'ET', 2)), ('Message-ID', outlook_mid('009', 'PH0PR09MB7446.namprd09.prod.outlook.com')),
    *thread('REQ-005', outlook_mid('005', 'PH0PR09MB7446.namprd09.prod.outlook.com')),
    *outlook_headers('009', REQS['REQ-005']['subject'], True)],
    text_part('Please see the attached interim response.\n\nRight-to-Know Office\nPennsylvania Department of Revenue\n'),
    [attachment('RTK-2026-1053 Interim Response.pdf', 'application/pdf', pdf)], '009'),
    {'request': 'REQ-005', 'kind': 'extension', 'tracking_number': 'RTK-2026-1053', 'clock': 'extension',
     'estimated': dt.date(2026, 10, 21), 'signals': ['thread', 'plus', 'tracking'],
     'why': 'RTKL section 902 interim response: 30-day extension for legal review, response expected by Oct 21',
     'note': 'PA "interim response" = extension, letter in PDF only. Modeled on PA agency 902 interim letters.'})

# 010 PA Revenue interim response for the second request, plain text, no threading ----------------------
write('010-padr-interim-extension-req006.eml', simple([
    ('From', '"RA, RVRTK" <ra-rvrtk@pa.gov>'), ('To', INBOX),
    ('Subject', 'Right-to-Know Request - Interim Response - RTK-2026-1061'),
    ('Date', date_hdr(2026, 9, 22, 15, 10, 'ET', 44)), ('Message-ID', outlook_mid('010', 'PH0PR09MB7446.namprd09.prod.outlook.com')),
    *outlook_headers('010', 'Right-to-Know Request - Interim Response - RTK-2026-1061')],
    "Dear Requester,\n\nOn September 15, 2026, the Department of Revenue received your Right-to-Know request for\n"
    "monthly realty transfer tax collections by county from January 2020 through August 2026. Your\n"
    "request has been assigned RTK-2026-1061.\n\n"
    "Pursuant to Section 902(b) of the Right-to-Know Law, this is notice that the Department needs up\n"
    "to thirty (30) additional calendar days to respond, because the records must be retrieved and\n"
    "compiled from more than one bureau and staffing limitations prevent a timely response. The\n"
    "Department expects to respond on or before October 22, 2026.\n\n"
    "If you have any questions, please reply to this email and include the RTK number.\n\n"
    "Right-to-Know Office\nPennsylvania Department of Revenue\n"),
    {'request': 'REQ-006', 'kind': 'extension', 'tracking_number': 'RTK-2026-1061', 'clock': 'extension',
     'estimated': dt.date(2026, 10, 22), 'signals': ['tracking-new', 'subject'],
     'why': 'second PA Revenue request (realty transfer tax): 30-day 902 extension, assigns RTK-2026-1061, by Oct 22',
     'note': 'same sender as 005/009 but another request, no thread headers, to the plain inbox: topic decides. '
             'Modeled on PA agency interim responses.'})

save_facts('part1')
