#!/usr/bin/env python3
"""Messages 031-040 (October 8-20, 2026)."""
from common import *

facts = []
R = REQ
GG = [('List-Id', 'Records Desk <records.capitolwire.example.org>'), ('List-Post', '<mailto:records@capitolwire.example.org>'),
      ('Mailing-list', 'list records@capitolwire.example.org; contact records+owners@capitolwire.example.org'),
      ('Precedence', 'list')]

def html_paras(txt, style='font-family:Calibri;font-size:11pt'):
    return '<html><body style="%s">' % style + ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in txt.split('\n\n')) + '</body></html>'

# 031 MEDC no-records (a denial under Michigan law), with appeal rights -------------------------------------
r = R['REQ-006']
body = ('RE: FOIA Request F26-0411 - NOTICE OF DENIAL (NO RECORDS)\n\n'
        'Dear Requester:\n\nYour request under the Freedom of Information Act, received October 1, 2026, sought all\n'
        'nondisclosure or confidentiality agreements signed by MEDC staff with companies or site-selection\n'
        'consultants from January 1, 2024 to date.\n\n'
        'After a diligent search of the files of the Business Development, Legal and Site Readiness groups, the\n'
        'MEDC has determined that no records responsive to your request exist. Confidentiality agreements for\n'
        'prospective projects are executed by the companies\' consultants, not by the MEDC. Your request is\n'
        'therefore denied under MCL 15.235(5)(b), as the records do not exist under the name given by you or\n'
        'by another name reasonably known to the MEDC.\n\n'
        'Under MCL 15.240 you may (1) submit a written appeal to the President and CEO of the MEDC that\n'
        'specifically states the word "appeal" and identifies the reason for reversal, or (2) commence a civil\n'
        'action in the Court of Claims within 180 days after this determination.\n\n'
        'MEDC FOIA Coordinator\n')
m = build('MEDC FOIA <foia@michigan.org>', r['reply_address'], 'FOIA F26-0411 - Response',
          date_hdr('2026-10-08 11:10', '-0400'), mid('031', 'michigan.org'), text=body)
write('031-medc-no-records.eml', m)
facts.append(F('031-medc-no-records.eml', 'REQ-006', 'no_records', 'F26-0411', adverse=True,
               signals=['plus', 'tracking-new', 'subject'],
               why='MEDC finds no NDAs (signed by consultants, not MEDC); Michigan calls it a denial; 180-day appeal/suit window'))

# 032 GWCCA partial release through GovQA; rest pending trade-secret affidavits --------------------------------
html = ('<html><body style="font-family:Verdana;font-size:9pt"><p>RE: Open Records Request R000482-091626</p>'
        '<p>Dear Capitol Wire Records Desk,</p><p>Thank you for your payment. The first set of responsive records, '
        'consisting of the hosting agreements for 2025 events at Mercedes-Benz Stadium, is now available in the '
        'Open Records Center.</p><p>The hosting agreements for 2026 and 2027 events contain information the event '
        'owners have identified as trade secrets. Under O.C.G.A. &sect; 50-18-72(a)(34) the Authority has notified the '
        'event owners, who may submit an affidavit supporting their claim. We anticipate releasing the remaining '
        'records, with any necessary redactions, by <b>10/20/2026</b>.</p>'
        '<p>GWCCA Open Records Office</p></body></html>')
m = build('GWCCA Open Records Center <noreply@mycusthelp.net>', INBOX,
          'Georgia World Congress Center Authority :: Records Available :: R000482-091626',
          date_hdr('2026-10-08 16:00', '-0400'), mid('032', 'mycusthelp.net'), html=html)
write('032-gwcca-govqa-interim.eml', m)
facts.append(F('032-gwcca-govqa-interim.eml', 'REQ-009', 'records_interim', 'R000482-091626', estimated='2026-10-20',
               signals=['subject', 'tracking'],
               why='first set (2025 agreements) released; 2026-27 agreements await trade-secret affidavits; rest by 10/20'))

# 033 IEDC counsel acknowledges for the Foundation: it IS a public agency; received next day ---------------------
body = ('Dear Records Desk:\n\nI write on behalf of the Indiana Economic Development Foundation, Inc. (the "Foundation") in\n'
        'response to the public records request you e-mailed to the Foundation on the evening of October 6, 2026.\n'
        'The Foundation received your request on October 7, 2026.\n\n'
        'The Foundation is a nonprofit corporation, but because it is supported by and administers funds on\n'
        'behalf of the IEDC, it is treated as a "public agency" for purposes of the Access to Public Records Act,\n'
        'IC 5-14-3-2. The Foundation will therefore respond to your request under APRA. The IEDC Office of\n'
        'General Counsel is handling public records matters for the Foundation, and you may direct further\n'
        'correspondence to me.\n\n'
        'We will contact you when we have an estimate of the volume of responsive records.\n\n'
        'Sincerely,\n\nAndrea Kessling\nDeputy General Counsel\nIndiana Economic Development Corporation\n')
m = build('Kessling, Andrea <akessling@iedc.in.gov>', INBOX, 'Indiana Economic Development Foundation - records request',
          date_hdr('2026-10-09 10:30', '-0400'), mid('033', 'iedc.in.gov'), text=body, html=html_paras(body))
write('033-iedf-ack-by-iedc-counsel.eml', m)
facts.append(F('033-iedf-ack-by-iedc-counsel.eml', 'REQ-016', 'acknowledgment', None, 'received:2026-10-07',
               signals=['subject'],
               why='IEDC counsel (iedc.in.gov) answers for the Foundation: treated as a public agency; received Oct 7 (sent Oct 6 evening); IN 7 days'))

# 034 ISFA officer asks for a call, through the Google Group, new subject, no threading ---------------------------
body = ('Hi,\n\nI got your request about the hotel tax numbers and the bond reports. Could someone there give me a\n'
        'call when you have a minute? Most of the debt service information is already posted on EMMA and I\n'
        'want to make sure we send you what you actually need rather than a big stack of duplicates.\n\n'
        'Denise\n312-555-0119\n')
m = build("'Denise Kowalczyk' via Records Desk <records@capitolwire.example.org>", INBOX, 'quick question',
          date_hdr('2026-10-09 14:45', '-0500'), mid('034', 'isfauthority.com'),
          reply_to='Denise Kowalczyk <dkowalczyk@isfauthority.com>', text=body,
          extra=[('X-Original-Sender', 'dkowalczyk@isfauthority.com'),
                 ('X-Original-From', 'Denise Kowalczyk <dkowalczyk@isfauthority.com>')] + GG)
write('034-isfa-call-request-googlegroup.eml', m)
facts.append(F('034-isfa-call-request-googlegroup.eml', 'REQ-008', 'other', signals=['subject'],
               why='ISFA officer asks for a phone call; only topic words (hotel tax, bonds) tie it to REQ-008 not REQ-007'))

# 035 ISFA final release of hotel tax / bond reports, no withholding ------------------------------------------
r = R['REQ-008']
body = ('Thank you for the call this morning. As discussed, attached are:\n\n'
        '  1. Monthly Hotel Tax receipts certified by the Illinois Department of Revenue, FY2024-FY2026\n'
        '  2. Annual debt service schedules for the Authority\'s Series 2014 and 2019 bonds\n\n'
        'This completes the Authority\'s response to your request. No records were withheld.\n\n'
        'Denise Kowalczyk\nFOIA Officer\nIllinois Sports Facilities Authority\n')
csv1 = ('month,hotel_tax_receipts_usd\n2023-07,4120551.18\n2023-08,4389102.77\n2026-06,4711890.02\n').encode()
csv2 = ('series,fiscal_year,principal,interest\n2014,2026,9850000,3120400\n2019,2026,6400000,2877150\n').encode()
m = build('ISFA FOIA <foia@isfauthority.com>', r['reply_address'], 'RE: ' + r['subject'],
          date_hdr('2026-10-13 16:20', '-0500'), mid('035', 'isfauthority.com'), irt=r['message_id'], refs=r['message_id'],
          text=body, attachments=[('Hotel_Tax_Receipts_FY24-FY26.csv', 'text/csv', csv1),
                                  ('Debt_Service_Schedules.csv', 'text/csv', csv2)])
write('035-isfa-final-hotel-tax.eml', m)
facts.append(F('035-isfa-final-hotel-tax.eml', 'REQ-008', 'records_final', signals=['thread', 'plus'],
               why='complete release of hotel tax receipts and debt service schedules; nothing withheld'))

# 036 GWCCA GovQA acknowledgment of the hotel request ------------------------------------------------------------
html = ('<html><body style="font-family:Verdana;font-size:9pt"><p>Dear Capitol Wire Records Desk,</p>'
        '<p>Thank you for your interest in public records of the <b>Georgia World Congress Center Authority</b>. '
        'Your request was received in this office on 10/13/2026 and given the reference number <b>R000517-101326</b> '
        'for tracking purposes.</p><p><b>Records Requested:</b> The development agreement for the convention center '
        'hotel and records of the public financing for it.</p><p>You will receive an email when your request has been '
        'completed.</p></body></html>')
m = build('GWCCA Open Records Center <noreply@mycusthelp.net>', INBOX,
          'Georgia World Congress Center Authority :: Open Records Request :: R000517-101326',
          date_hdr('2026-10-14 09:30', '-0400'), mid('036', 'mycusthelp.net'), html=html)
write('036-gwcca-govqa-ack-2.eml', m)
facts.append(F('036-gwcca-govqa-ack-2.eml', 'REQ-010', 'acknowledgment', 'R000517-101326', 'received_on_sent_date',
               signals=['subject', 'tracking-new'],
               why='second GovQA ack; received 10/13 = sent; GA 3 business days'))

# 037 EDA fee estimate from a staffer's own address; tracking only in subject ------------------------------------
r = R['REQ-002']
body = ('Hello,\n\nI am the analyst assigned to your request. Based on the information you provided we have not been able\n'
        'to place you in the news media fee category, so for now the request is in the "all other requesters"\n'
        'category: the first two hours of search and first 100 pages are free.\n\n'
        'Our search will likely involve the Office of Regional Affairs and the Tech Hubs program office. We\n'
        'estimate about 9 additional hours of professional search time at $46.00 per hour, or roughly $414.00.\n'
        'Fees may be lower if the search goes faster. Because the estimate exceeds $25.00, under 15 CFR 4.11 we\n'
        'need your written agreement to pay, or a narrowed request, before we go further; the request is on\n'
        'hold until then. If you believe you qualify as news media, please send a short description of your\n'
        'publication and we will reconsider.\n\nThanks,\nGerald Pinkney\nGovernment Information Specialist, EDA\n')
m = build('Pinkney, Gerald (EDA) <gpinkney@eda.gov>', INBOX, 'DOC-EDA-2026-001911 -- fees',
          date_hdr('2026-10-14 15:00', '-0400'), mid('037', 'eda.gov'), text=body)
write('037-eda-fee-estimate.eml', m)
facts.append(F('037-eda-fee-estimate.eml', 'REQ-002', 'fee_estimate', 'DOC-EDA-2026-001911', signals=['subject', 'tracking'],
               why='about $414 search fees "may" apply; written agreement needed, request on hold; number only in subject'))

# 038 GWCCA clarification through GovQA ---------------------------------------------------------------------------
html = ('<html><body style="font-family:Verdana;font-size:9pt"><p>RE: Open Records Request R000517-101326</p>'
        '<p>Dear Capitol Wire Records Desk,</p><p>In order to respond to your request we need additional information. '
        'Please clarify (1) whether you are seeking the 2021 hotel development agreement with the hotel developer, '
        'the 2018 pre-development agreement, or both; and (2) what you mean by &quot;public financing.&quot; The hotel '
        'bonds were issued by the Authority, but the tax allocation arrangements were approved by other bodies whose '
        'records the Authority does not hold.</p><p>Your request will be placed on hold until we receive your response. '
        'Requests that remain on hold for 30 days without a response will be closed.</p>'
        '<p>GWCCA Open Records Office</p></body></html>')
m = build('GWCCA Open Records Center <noreply@mycusthelp.net>', INBOX,
          'Georgia World Congress Center Authority :: Clarification Needed :: R000517-101326',
          date_hdr('2026-10-16 11:40', '-0400'), mid('038', 'mycusthelp.net'), html=html)
write('038-gwcca-govqa-clarification.eml', m)
facts.append(F('038-gwcca-govqa-clarification.eml', 'REQ-010', 'clarification', 'R000517-101326',
               signals=['subject', 'tracking'], why='asks which agreement and what "public financing" means; request on hold'))

# 039 ISFA final production with heavy redactions and PAC review rights ---------------------------------------------
r = R['REQ-007']
body = ('This is the Authority\u2019s final response to your FOIA request of September 14, 2026.\n\n'
        'The attached production contains 212 pages of correspondence between the Authority, the Chicago White Sox\n'
        'and their consultants. Portions of 141 pages are redacted and 19 pages are withheld in full under:\n\n'
        '  - Section 7(1)(f): preliminary drafts, notes and recommendations in which opinions are expressed;\n'
        '  - Section 7(1)(g): commercial and financial information obtained from the team under a claim that it is\n'
        '    proprietary, privileged or confidential, disclosure of which would cause competitive harm;\n'
        '  - Section 7(1)(c): personal information (personal cell phone numbers and e-mail addresses).\n\n'
        'You have a right to seek review of this denial by the Public Access Counselor, Office of the Illinois\n'
        'Attorney General, 500 S. Second Street, Springfield, IL 62701, publicaccess@ilag.gov, within 60 days of\n'
        'the date of this letter (5 ILCS 140/9.5(a)). You may also seek judicial review under 5 ILCS 140/11.\n\n'
        'Denise Kowalczyk\nFOIA Officer\nIllinois Sports Facilities Authority\n')
att = pdf(['ISFA FOIA Production 2 (final) - 212 pages', '', 'From: [REDACTED 7(1)(c)]', 'Subject: Term sheet v4',
           '[REDACTED 7(1)(f)] [REDACTED 7(1)(g)]', 'Page withheld in full - 7(1)(g)'])
m = build('ISFA FOIA <foia@isfauthority.com>', r['reply_address'], 'RE: FOIA - extension of time',
          date_hdr('2026-10-19 17:05', '-0500'), mid('039', 'isfauthority.com'), irt=mid('019', 'isfauthority.com'),
          refs=mid('012', 'isfauthority.com') + ' ' + mid('019', 'isfauthority.com'), text=body,
          attachments=[('ISFA_FOIA_Production_2_Final_Redacted.pdf', 'application/pdf', att)])
write('039-isfa-final-redacted.eml', m)
facts.append(F('039-isfa-final-redacted.eml', 'REQ-007', 'records_final', adverse=True, signals=['plus', 'thread'],
               why='final production heavily redacted under 7(1)(f),(g),(c); stale subject; PAC review within 60 days'))

# 040 ESD extension for 89(5) business-submitter notice, Outlook, threaded ---------------------------------------
r = R['REQ-011']
txt = ('Dear Requester:\n\nRe: FOIL 26-0917\n\nESD has located records responsive to your request. Certain of these records '
       'were submitted to ESD by the\nbusiness enterprise participating in the Excelsior Jobs Program, which requested at '
       'the time of\nsubmission that they be excepted from disclosure under Public Officers Law \u00a787(2)(d).\n\n'
       'In accordance with Public Officers Law \u00a789(5), ESD has notified the business enterprise of your request and '
       'has\ngiven it ten business days to submit a written statement of the necessity for continued exception.\n'
       'ESD therefore requires additional time to respond, and anticipates granting or denying your request, in whole\n'
       'or in part, on or before November 18, 2026.\n\nRecords Access Officer\nEmpire State Development\n')
m = build('FOIL <foil@esd.ny.gov>', r['reply_address'], 'RE: ' + r['subject'] + ' - FOIL 26-0917',
          date_hdr('2026-10-20 10:00', '-0400'), mid('040', 'esd.ny.gov'), irt=mid('015', 'esd.ny.gov'),
          refs=r['message_id'] + ' ' + mid('015', 'esd.ny.gov'), text=txt, html=html_paras(txt),
          extra=[('Content-Language', 'en-US'), ('Thread-Index', 'AQHdLx1k2Vb0r8pZQkSyn1fQ7uXyAgAmBcDE')])
write('040-esd-extension-89-5.eml', m)
facts.append(F('040-esd-extension-89-5.eml', 'REQ-011', 'extension', 'FOIL 26-0917', 'extension', estimated='2026-11-18',
               signals=['thread', 'plus', 'tracking'],
               why='ESD needs more time for POL 89(5) notice to the business; NY +20 business days; anticipates Nov 18'))

save_facts(4, facts)
print('part4: %d messages' % len(facts))
