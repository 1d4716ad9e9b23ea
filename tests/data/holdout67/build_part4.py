#!/usr/bin/env python3
"""Messages 031-040 (Oct 13 - Oct 21, 2026)."""
import datetime as dt
from common import *  # noqa: F401,F403

VDH_HOST = 'MN2PR09MB5520.namprd09.prod.outlook.com'

# 031 VDH staffer: part of our follow-up referred to another office (other) ------------------------------
ours = '<req-012.20261002.3@newsdesk.example.org>'
s = 'RE: Office of Vital Records - FOIA - additional time'
write('031-vdh-referral-health-statistics.eml', simple([
    ('From', '"Sills, Kendra (VDH)" <kendra.sills@vdh.virginia.gov>'), ('To', plus('REQ-012')),
    ('Cc', '"Tull, Raymond (VDH)" <raymond.tull@vdh.virginia.gov>'), ('Subject', s),
    ('Date', date_hdr(2026, 10, 13, 13, 2, 'ET', 55)), ('Message-ID', outlook_mid('031', VDH_HOST)),
    ('In-Reply-To', ours), ('References', '%s %s' % (req_mid('REQ-012'), ours)), *outlook_headers('031', s)],
    "Hi again,\n\nQuick note on the death counts by cause and locality that you asked about in your\n"
    "October 2 follow-up: Vital Records doesn't produce those tables. They come from the Division of\n"
    "Health Statistics in the Office of Information Management, so I've passed that piece to their\n"
    "FOIA contact, Raymond Tull (copied here). He'll answer that part separately, and it may be\n"
    "something already posted on the VDH statistics pages.\n\n"
    "The response on the agreements and the access logs is coming from our FOIA office later today.\n\n"
    "Kendra\n"),
    {'request': 'REQ-012', 'kind': 'other', 'signals': ['thread', 'plus'],
     'why': 'VDH refers the death-statistics part of our follow-up to the Division of Health Statistics (transfer notice)',
     'note': 'internal referral/transfer by an informal staffer, cc to the receiving office. Modeled on state agency '
             'practice of routing data questions to a statistics office.'})

# 032 VDH final response, HTML only: agreements released, access logs withheld ---------------------------
html = html_page([
    '<p><b>COMMONWEALTH of VIRGINIA</b><br>Department of Health<br>Office of Vital Records</p>',
    'October 13, 2026', 'Dear Records Desk:',
    'This responds to your request under the Virginia Freedom of Information Act, received September 24, 2026, for '
    'data-sharing agreements of the Office of Vital Records and for death-record access logs from 2023 through 2026.',
    '<b>Records provided.</b> The following agreements (86 pages in total) are available for download at the secure '
    'link below until October 27, 2026: the agreement with the Social Security Administration for the exchange of death '
    'data; the NAPHSIS agreements for the Electronic Verification of Vital Events (EVVE) and the State and Territorial '
    'Exchange of Vital Events (STEVE); and memoranda of agreement with the Department of Motor Vehicles and the '
    'Department of Elections. Contact names and telephone numbers of non-state employees have been redacted.',
    '<b>Records withheld.</b> The access logs identify the individual birth and death records viewed or certified and '
    'the persons who requested them. Birth and death records and information from them are confidential under Code of '
    'Virginia &sect; 32.1-271 and may be disclosed only as that section permits; the logs are therefore withheld in '
    'their entirety under &sect; 2.2-3704(B)(1) as records excluded from disclosure by law.',
    'There is no charge for this response.',
    '<a href="https://vdh.sharefile.com/d-s8f2a91c4e">Download records (expires 10/27/2026)</a>',
    '<p>Sincerely,<br>FOIA Officer<br>Virginia Department of Health</p>'])
write('032-vdh-final-agreements.eml', simple([
    ('From', 'VDH FOIA <foia@vdh.virginia.gov>'), ('To', plus('REQ-012')), ('Subject', 'FOIA Response - Office of Vital Records'),
    ('Date', date_hdr(2026, 10, 13, 16, 50, 'ET', 4)), ('Message-ID', outlook_mid('032', VDH_HOST)),
    *outlook_headers('032', 'FOIA Response - Office of Vital Records')], html, 'html', cte='quoted-printable'),
    {'request': 'REQ-012', 'kind': 'records_final', 'adverse_determination': True, 'signals': ['plus', 'body'],
     'why': 'VDH releases the data-sharing agreements (redacted) and withholds the access logs under 32.1-271; VA has no appeal',
     'note': 'HTML-only final response with a download link, partial withholding by statute; no number. Modeled on '
             'Virginia agency responses citing 2.2-3704(B)(1).'})

# 033 Exchange NDR: our FOIL appeal to the address DMV gave bounced -------------------------------------
ours_mid = '<req-014.20261014.2@newsdesk.example.org>'
orig = our_mail('REQ-014', 'foil.appeals@dmv.ny.gov', 'FOIL Appeal - DMV-26-01593', date_hdr(2026, 10, 14, 9, 11, 'ET', 50),
                ours_mid, 'To the Records Access Appeals Officer:\n\nWe appeal the October 13, 2026 denial of FOIL request\n'
                'DMV-26-01593. Section 202 of the Vehicle and Traffic Law does not bar release of records\n'
                'of license suspensions of a public official with identifying details redacted ...\n\nRecords Desk',
                '<%s>' % outlook_mid('029', 'MW4PR09MB9160.namprd09.prod.outlook.com').strip('<>'))
txt = ("Your message to foil.appeals@dmv.ny.gov couldn't be delivered.\n\nfoil.appeals wasn't found at dmv.ny.gov.\n\n"
       "Records Desk    Office 365    foil.appeals\nAction Required                Recipient\n\nUnknown To address\n\n"
       "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
       "- Retype the recipient's address, then resend the message.\n\n"
       "Diagnostic information for administrators:\n\nGenerating server: MW4PR09MB9160.namprd09.prod.outlook.com\n\n"
       "foil.appeals@dmv.ny.gov\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
       "foil.appeals@dmv.ny.gov not found by SMTP address lookup'\n")
status = ("Reporting-MTA: dns;MW4PR09MB9160.namprd09.prod.outlook.com\nReceived-From-MTA: dns;mail.newsdesk.example.org\n"
          "Arrival-Date: Wed, 14 Oct 2026 13:11:52 +0000\n\nFinal-Recipient: rfc822;foil.appeals@dmv.ny.gov\nAction: failed\n"
          "Status: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
rep = multipart('report', [text_part(txt), raw_part('message/delivery-status', status), rfc822_part(orig)],
                '_002_%s_' % h('033', 24), '; report-type=delivery-status')
write('033-bounce-dmv-appeal.eml', render([
    ('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@dmv.ny.gov>'), ('To', INBOX),
    ('Subject', 'Undeliverable: FOIL Appeal - DMV-26-01593'), ('Date', date_hdr(2026, 10, 14, 9, 12, 'ET', 0)),
    ('Message-ID', '<%s@MW4PR09MB9160.namprd09.prod.outlook.com>' % h('033m', 32)), ('In-Reply-To', ours_mid),
    ('References', ours_mid), ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', '')], rep),
    {'request': 'REQ-014', 'kind': 'bounce', 'tracking_number': 'DMV-26-01593', 'signals': ['thread-embedded', 'tracking'],
     'why': 'Exchange NDR: our FOIL appeal to the appeals address named in the DMV denial was rejected (recipient not found)',
     'note': 'DSN for our own appeal; the only thread link is our Message-ID (not the request\'s) and the embedded '
             'original. Modeled on Exchange Online NDRs.'})

# 034 VDH no-records for the genealogy-index request (second VDH request; no number, no thread) -----------
write('034-vdh-no-records-req017.eml', simple([
    ('From', 'VDH FOIA <foia@vdh.virginia.gov>'), ('To', INBOX), ('Subject', 'FOIA response - vital records index data'),
    ('Date', date_hdr(2026, 10, 14, 11, 20, 'ET', 31)), ('Message-ID', outlook_mid('034', VDH_HOST)),
    *outlook_headers('034', 'FOIA response - vital records index data')],
    "Dear Records Desk:\n\nThis responds to your request of October 5, 2026, for records of sales or licenses of\n"
    "Virginia birth and death index data to commercial genealogy companies from 2020 to 2026.\n\n"
    "The Virginia Department of Health has not sold or licensed birth or death index data to any\n"
    "commercial genealogy company during that period, and after a search of the Office of Vital\n"
    "Records and the Office of Procurement the Department has no records responsive to your request\n"
    "(Code of Virginia 2.2-3704(B)(3)).\n\n"
    "For your information, birth records become public after 100 years and death records after 25\n"
    "years, when they are transferred to the Library of Virginia under 32.1-271(D). Any arrangement\n"
    "with genealogy companies for those older records would be held by the Library, not by VDH.\n\n"
    "Sincerely,\nFOIA Officer\nVirginia Department of Health\n"),
    {'request': 'REQ-017', 'kind': 'no_records', 'adverse_determination': True, 'signals': ['subject', 'body'],
     'why': 'VDH has no records of sales/licenses of index data to genealogy firms; points to the Library of Virginia; VA no appeal',
     'note': 'no-records letter that also mentions another custodian (not a transfer); two VDH requests open. Modeled on '
             'Virginia (B)(3) responses and 32.1-271(D).'})

# 035 GovQA status change (portal notice) ---------------------------------------------------------------
html = html_page(['Dear Records Desk,',
                  'The status of your public information request <b>R001146-092326</b> has been changed to '
                  '<b>Pending - Attorney General Ruling</b>.',
                  'To view the request or any messages, please log in to the '
                  '<a href="https://tdlr.govqa.us/WEBAPP/_rs/supporthome.aspx">TDLR Open Records Center</a>.',
                  '<small>This is an automated message. Please do not reply.</small>'], 'font-family:Verdana;font-size:9pt')
write('035-tdlr-govqa-status.eml', simple([
    ('From', 'TDLR Open Records Center <tdlr@govqa.us>'), ('To', plus('REQ-011')),
    ('Subject', 'Public Information Request :: R001146-092326 - Status Update'), ('Date', date_hdr(2026, 10, 16, 8, 31, 'CT', 16)),
    ('Message-ID', '<%s@govqa.us>' % h('035', 28))], html, 'html'),
    {'request': 'REQ-011', 'kind': 'portal_notice', 'tracking_number': 'R001146-092326', 'signals': ['plus', 'tracking'],
     'why': 'GovQA status change to Pending - Attorney General Ruling; no substantive text',
     'note': 'bare status notice. Modeled on GovQA status-change e-mails.'})

# 036 PA Office of Open Records training announcement (null; pa.gov domain like PA Revenue) -----------------
txt = ("PENNSYLVANIA OFFICE OF OPEN RECORDS\n\nFree webinar: The Right-to-Know Law for Requesters\n"
       "Tuesday, November 10, 2026, 10:00 a.m. - 11:30 a.m.\n\nJoin OOR attorneys for an overview of how to file a request, "
       "what agencies must do\nwithin five business days, how 30-day extensions work, and how to file an appeal with\n"
       "the OOR. Registration is free but required.\n\nAlso this month: the OOR's annual report shows appeals involving "
       "tax and revenue\nrecords rose 12 percent.\n\nYou are receiving this because you subscribed to OOR updates. "
       "Unsubscribe: https://www.openrecords.pa.gov/unsubscribe\n")
write('036-pa-oor-webinar-newsletter.eml', simple([
    ('From', 'Office of Open Records <openrecords@pa.gov>'), ('To', INBOX),
    ('Subject', 'OOR Webinar Nov. 10: The Right-to-Know Law for Requesters'), ('Date', date_hdr(2026, 10, 19, 12, 0, 'ET', 0)),
    ('Message-ID', '<%s@pa.gov>' % h('036', 30)), ('Precedence', 'bulk'),
    ('List-Unsubscribe', '<https://www.openrecords.pa.gov/unsubscribe>')], txt),
    {'request': None, 'kind': 'other', 'signals': ['none'],
     'why': 'PA Office of Open Records webinar announcement; same pa.gov domain as PA Revenue but no request',
     'note': 'bulk announcement from the appeals office of the same state, same domain as an agency we wrote to; '
             'dates in it are not deadlines. Modeled on OOR training notices.'})

# 037 PA Revenue final response: denial under tax confidentiality statutes (PDF) ---------------------------
pdf = make_pdf(['COMMONWEALTH OF PENNSYLVANIA', 'DEPARTMENT OF REVENUE', 'Office of Chief Counsel', '', 'October 20, 2026', '',
                'VIA ELECTRONIC MAIL', 'Records Desk', '', 'Re: Right-to-Know Request RTK-2026-1053 - FINAL RESPONSE', '',
                'Dear Requester:', '',
                'The Department has completed its review of your request for records of sales tax license revocations '
                'and tax-clearance refusals for vape and tobacco retailers from 2024 through 2026. Your request is DENIED.',
                '', 'Records concerning the revocation or refusal of an individual taxpayer\'s sales tax license, and a '
                'taxpayer\'s tax-clearance status, consist of information obtained from returns, audits and collection '
                'activity. Such information is confidential under Section 274 of the Tax Reform Code of 1971 (72 P.S. '
                '7274) and Section 731 of the Fiscal Code (72 P.S. 731). Records that are confidential under a state '
                'statute are not public records (65 P.S. 67.102, 67.305(a)(3)). In addition, records of the Department\'s '
                'noncriminal investigations of taxpayers are exempt under Section 708(b)(17) of the RTKL.', '',
                'The Department does not maintain a list of revoked licenses by industry in any other form, and the RTKL '
                'does not require the Department to create a record that does not exist (65 P.S. 67.705).', '',
                'You have a right to appeal this denial in writing to the Office of Open Records, 333 Market Street, '
                '16th Floor, Harrisburg, PA 17101-2234, within fifteen (15) business days of the mailing date of this '
                'response. An appeal must include a copy of the request and of this response and state the reasons '
                'the record is public. See 65 P.S. 67.1101.', '', 'Sincerely,', '', 'Agency Open Records Officer'],
               'Final Response')
write('037-padr-denial-req005.eml', mixed([
    ('From', '"RA, RVRTK" <ra-rvrtk@pa.gov>'), ('To', 'Records Desk <%s>' % plus('REQ-005')),
    ('Subject', 'RE: ' + REQS['REQ-005']['subject']), ('Date', date_hdr(2026, 10, 20, 14, 45, 'ET', 20)),
    ('Message-ID', outlook_mid('037', 'PH0PR09MB7446.namprd09.prod.outlook.com')),
    *thread('REQ-005', outlook_mid('009', 'PH0PR09MB7446.namprd09.prod.outlook.com')),
    *outlook_headers('037', REQS['REQ-005']['subject'], True)],
    text_part('Please see the attached final response to your Right-to-Know request.\n\nRight-to-Know Office\n'),
    [attachment('RTK-2026-1053 Final Response.pdf', 'application/pdf', pdf)], '037'),
    {'request': 'REQ-005', 'kind': 'denial', 'tracking_number': 'RTK-2026-1053', 'adverse_determination': True,
     'signals': ['thread', 'plus', 'tracking'],
     'why': 'PA Revenue denies in full: tax confidentiality (72 P.S. 7274, 731), 708(b)(17); OOR appeal (15 days, table read as calendar)',
     'note': 'statutory confidentiality denial in a PDF. The letter says 15 BUSINESS days; the label uses the table\'s 15 as '
             'calendar days like every other appeal (see conventions). Modeled on PA Revenue RTK denials.'})

# 038 IRS hedged fee estimate (requester category in doubt), new case number in the body only -------------
write('038-irs-fee-estimate-req009.eml', simple([
    ('From', '"Tran Minh Q" <Minh.Q.Tran@irs.gov>'), ('To', INBOX), ('Subject', 'FOIA request - identity theft statistics by state'),
    ('Date', date_hdr(2026, 10, 20, 15, 30, 'ET', 11)), ('Message-ID', outlook_mid('038', 'DM8PR09MB5102.namprd09.prod.outlook.com')),
    *outlook_headers('038', 'FOIA request - identity theft statistics by state')],
    "Dear Requester:\n\nWe received your FOIA request on September 22, 2026 and assigned it case number 2026-19960.\n"
    "You asked for the number of identity theft refund fraud cases and Identity Protection PIN\n"
    "issuances by state for fiscal years 2021 through 2026.\n\n"
    "The IRS does not keep a report in this form. Producing the counts would require a computer\n"
    "query of our case-management data by our Research, Applied Analytics and Statistics office.\n\n"
    "Your request did not include enough information for us to place you in the news media category.\n"
    "As an \"all other\" requester, you receive two hours of search and 100 pages free, and fees may\n"
    "apply for the rest. We estimate that search and computer programming may cost up to $255.80\n"
    "(4 hours at $63.95 per hour). If you send information supporting news media status, search fees\n"
    "would not apply and only duplication costs could be charged.\n\n"
    "Please tell us in writing within 10 business days whether you agree to pay fees up to this\n"
    "amount, or send the information about your requester category. We will not process your request\n"
    "further until we hear from you; if we do not, we will close the request.\n\n"
    "Some state-level statistics are already published in the IRS Data Book and the National Taxpayer\n"
    "Advocate's reports.\n\nMinh Tran\nDisclosure Specialist\n"),
    {'request': 'REQ-009', 'kind': 'fee_estimate', 'tracking_number': '2026-19960', 'signals': ['tracking-new', 'subject'],
     'why': 'IRS estimates fees "may" reach $255.80 unless we support news-media status; processing on hold until we answer',
     'note': 'hedged federal fee letter that also first states the case number and received date (no ack came). '
             'Modeled on IRS fee/requester-category letters under 26 CFR 601.702.'})

# 039 PA Revenue staff out-of-office (we wrote to the records officer after the denial) ---------------------
ours = '<req-005.20261020.3@newsdesk.example.org>'
s = 'Automatic reply: RTK-2026-1053 question about public license lists'
write('039-padr-ooo.eml', simple([
    ('From', '"Wierzbicki, Tomasz" <twierzbick@pa.gov>'), ('To', 'Records Desk <%s>' % plus('REQ-005')), ('Subject', s),
    ('Date', date_hdr(2026, 10, 21, 9, 0, 'ET', 2)), ('Message-ID', outlook_mid('039', 'PH0PR09MB7446.namprd09.prod.outlook.com')),
    ('In-Reply-To', ours), ('References', '%s %s' % (req_mid('REQ-005'), ours)), ('Auto-Submitted', 'auto-replied'),
    *outlook_headers('039', s)],
    "Thank you for your message. I am out of the office until Monday, October 26, 2026.\n"
    "For Right-to-Know matters, please write to RA-RVRTK@pa.gov. For appeals, see the Office of\nOpen Records website.\n"),
    {'request': 'REQ-005', 'kind': 'auto_reply', 'tracking_number': 'RTK-2026-1053', 'signals': ['thread', 'plus', 'tracking'],
     'why': 'PA Revenue records officer out-of-office reply to our follow-up on RTK-2026-1053',
     'note': 'OOO whose subject carries the tracking number from our own subject line. Modeled on Outlook automatic replies.'})

# 040 DTF no-records for the data-broker request (plus address, new number) ---------------------------------
write('040-dtf-no-records-req016.eml', simple([
    ('From', 'Carolyn Vaughan <carolyn.vaughan@tax.ny.gov>'), ('To', plus('REQ-016')), ('Subject', 'FOIL DTF-26-00583 - response'),
    ('Date', date_hdr(2026, 10, 21, 14, 10, 'ET', 7)), ('Message-ID', outlook_mid('040', 'BL0PR09MB4630.namprd09.prod.outlook.com')),
    *outlook_headers('040', 'FOIL DTF-26-00583 - response')],
    "Dear Requester:\n\nRe: FOIL Request DTF-26-00583\n\n"
    "You requested contracts and communications with commercial data brokers used in personal income\n"
    "tax residency audits, 2022 through 2026. A diligent search of the records of the Audit Division\n"
    "and the Procurement Services Bureau found no records responsive to your request. The Department\n"
    "has not contracted with commercial data brokers for residency audit purposes during that period.\n\n"
    "You may appeal this determination within 30 days by writing to the Records Access Appeals Officer,\n"
    "Office of Counsel, NYS Department of Taxation and Finance, W.A. Harriman Campus, Albany, NY 12227.\n\n"
    "Carolyn Vaughan\nRecords Access Office\n"),
    {'request': 'REQ-016', 'kind': 'no_records', 'tracking_number': 'DTF-26-00583', 'adverse_determination': True,
     'signals': ['plus', 'tracking-new'],
     'why': 'DTF found no data-broker contracts or communications for residency audits; appeal within 30 days',
     'note': 'no-records with appeal rights from the same DTF staffer as 030 (other DTF request). Modeled on NY FOIL '
             'no-records letters.'})

save_facts('part4')
