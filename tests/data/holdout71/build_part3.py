#!/usr/bin/env python3
"""Messages 021-030 (October 1-8, 2026)."""
from common import *

facts = []
R = REQ

# 021 MEDC fee notice with deposit (granted, costs itemized in PDF) ------------------------------------------
r = R['REQ-005']
txt = ('Dear Requester,\n\nRe: FOIA Request F26-0388\n\nYour request is granted as to existing, nonexempt records. The MEDC has '
       'determined that\nfailure to charge a fee would result in unreasonably high costs, and the estimated fee to process\n'
       'your request is $194.24, as shown on the attached Detailed Cost Itemization.\n\n'
       'Because the estimated fee exceeds $50.00, a good-faith deposit of $97.12 (50%) is required before the\n'
       'MEDC will continue processing your request (MCL 15.234(8)). Our best-efforts estimate is that the\n'
       'records will be provided within 15 business days after the deposit is received. This estimate is not\n'
       'binding and the final fee may be somewhat lower or higher.\n\n'
       'Portions of the records may be exempt from disclosure; any withholding will be explained in our final\n'
       'response, together with your appeal rights.\n\nPayment may be made by check payable to the Michigan Strategic '
       'Fund.\n\nMEDC FOIA Coordinator\n')
htm = '<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in txt.split('\n\n')) + '</body></html>'
item = pdf(['DETAILED COST ITEMIZATION - FOIA F26-0388', '', 'Labor - search, locate, examine: 4.25 hrs x $31.18 = $132.52',
            'Labor - separate/delete exempt material: 1.75 hrs x $31.18 = $54.57',
            'Copies (electronic media): $7.15', 'TOTAL ESTIMATED FEE: $194.24', 'DEPOSIT REQUIRED (50%): $97.12'])
m = build('MEDC FOIA <foia@michigan.org>', INBOX, 'FOIA F26-0388 - Notice of Fee and Deposit',
          date_hdr('2026-10-01 11:00', '-0400'), mid('021', 'michigan.org'), text=txt, html=htm,
          attachments=[('Detailed Cost Itemization F26-0388.pdf', 'application/pdf', item)])
write('021-medc-fee-deposit.eml', m)
facts.append(F('021-medc-fee-deposit.eml', 'REQ-005', 'fee_estimate', 'F26-0388', signals=['subject', 'tracking'],
               why='MEDC grants but requires 50% good-faith deposit of $97.12 before processing; estimate in business days only'))

# 022 GovQA "request updated" notice (no substance) -------------------------------------------------------
html = ('<html><body style="font-family:Verdana;font-size:9pt"><p>Dear Capitol Wire Records Desk,</p>'
        '<p>Your Open Records Request <b>R000482-091626</b> has been updated. To view the update, please log in to '
        'the Open Records Center and select &quot;My Request Center&quot;.</p>'
        '<p><a href="https://gwcca.mycusthelp.com/WEBAPP/_rs/(S(x1))/supporthome.aspx">Open Records Center</a></p>'
        '<p>Please do not reply to this message.</p></body></html>')
m = build('GWCCA Open Records Center <noreply@mycusthelp.net>', INBOX,
          'Open Records Request :: R000482-091626 has been updated', date_hdr('2026-10-01 15:10', '-0400'),
          mid('022', 'mycusthelp.net'), html=html)
write('022-gwcca-govqa-updated.eml', m)
facts.append(F('022-gwcca-govqa-updated.eml', 'REQ-009', 'portal_notice', 'R000482-091626',
               signals=['subject', 'tracking'], why='GovQA "has been updated" notice with no substantive text'))

# 023 MEDC staffer out-of-office on REQ-006 (cc'd on our request) ----------------------------------------------
r = R['REQ-006']
m = build('Oyelaran, Travis (MEDC) <oyelarant@michigan.org>', r['reply_address'], 'Automatic reply: ' + r['subject'],
          date_hdr('2026-10-02 08:05', '-0400'), mid('023', 'michigan.org'), irt=r['message_id'], refs=r['message_id'],
          extra=[('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Inbox-Rules-Loop', 'oyelarant@michigan.org')],
          text='I am traveling for a business attraction mission and will return on Monday, October 12.\n'
               'I will have limited access to e-mail. For Freedom of Information Act requests, please write to\n'
               'foia@michigan.org. For urgent matters contact the Business Development front desk at 517-555-0140.\n')
write('023-medc-ooo.eml', m)
facts.append(F('023-medc-ooo.eml', 'REQ-006', 'auto_reply', signals=['thread', 'plus'],
               why='MEDC staffer cc\'d on the NDA request is out of office; points to foia@ mailbox'))

# 024 Texas Governor partial release; rest held pending Attorney General ruling --------------------------------
r = R['REQ-003']
body = ('Dear Records Desk,\n\nThank you for clarifying that your request PIR-26-1184 concerns the Texas Enterprise Fund grant\n'
        'to Sabine Digital Infrastructure LLC for its Collin County facility.\n\n'
        'Attached are the grant agreement and its two amendments. The annual compliance reports contain\n'
        'information that Sabine Digital has marked as proprietary. Under Section 552.305 of the Government\n'
        'Code we have notified the company of your request, and today we asked the Office of the Attorney\n'
        'General for a decision on whether that information may be withheld. A copy of our letter to the\n'
        'Attorney General is attached. The Attorney General generally has 45 business days to issue a ruling;\n'
        'we will release the remaining records in accordance with that ruling.\n\n'
        'Sincerely,\nLaurel Whitcomb\nPublic Information Coordinator\nOffice of the Governor\n')
agr = pdf(['TEXAS ENTERPRISE FUND GRANT AGREEMENT', 'Between the Office of the Governor and Sabine Digital Infrastructure LLC',
           'Agreement No. TEF-2024-031', '', 'Section 4. Job creation targets ...', 'Section 9. Repayment (clawback) ...'])
agl = pdf(['October 2, 2026', 'The Honorable Attorney General of Texas, Open Records Division',
           'Re: Request for decision under Gov\'t Code 552.301, Office of the Governor tracking no. PIR-26-1184',
           'The Office takes no position on the proprietary claims of the third party and has notified it under 552.305.'])
m = build('Laurel Whitcomb <laurel.whitcomb@gov.texas.gov>', r['reply_address'], 'RE: ' + r['subject'] + ' [PIR-26-1184]',
          date_hdr('2026-10-02 14:25', '-0500'), mid('024', 'gov.texas.gov'), irt=mid('010', 'gov.texas.gov'),
          refs=r['message_id'] + ' ' + mid('010', 'gov.texas.gov'), text=body,
          attachments=[('TEF Agreement and Amendments.pdf', 'application/pdf', agr),
                       ('PIR-26-1184 Letter to OAG.pdf', 'application/pdf', agl)])
write('024-txgov-partial-ag-ruling.eml', m)
facts.append(F('024-txgov-partial-ag-ruling.eml', 'REQ-003', 'records_interim', 'PIR-26-1184',
               signals=['thread', 'plus', 'tracking'],
               why='releases agreement and amendments; compliance reports held pending AG ruling after 552.305 notice'))

# 025 copy of the 552.305 notice sent to the company (letter addressed to someone else) -----------------------
note = pdf(['OFFICE OF THE GOVERNOR', 'October 2, 2026', '', 'Sabine Digital Infrastructure LLC', 'Attn: General Counsel',
            '', 'Re: Notice under Section 552.305(d), Texas Government Code - PIR-26-1184', '',
            'The Office of the Governor has received a request for information that may include your proprietary '
            'information. You may submit to the Attorney General, within 10 business days of receiving this notice, '
            'a letter stating each reason the information should be withheld and explaining how it applies. If you do '
            'not, the Attorney General may conclude that you have no protected interest in the information.',
            '', 'cc: Requestor (w/o enclosures)'])
m = build('Laurel Whitcomb <laurel.whitcomb@gov.texas.gov>', R['REQ-003']['reply_address'],
          'PIR-26-1184 - copy of third party notice', date_hdr('2026-10-02 14:31', '-0500'), mid('025', 'gov.texas.gov'),
          text='As required by Section 552.305(d)(3), attached is a copy of the notice sent today to the third party\n'
               'whose information is at issue in your request. No action is required from you.\n\nLaurel Whitcomb\n',
          attachments=[('552.305 Notice - Sabine Digital.pdf', 'application/pdf', note)])
write('025-txgov-third-party-notice-copy.eml', m)
facts.append(F('025-txgov-third-party-notice-copy.eml', 'REQ-003', 'other', 'PIR-26-1184',
               signals=['plus', 'tracking'],
               why='copy of the 552.305(d) notice to the company; informational, no action by us; not a response kind'))

# 026 Exchange NDR from EDCKC: our follow-up to counsel bounced (mailbox full) ---------------------------------
r = R['REQ-014']
human = ('Delivery has failed to these recipients or groups:\n\nhlindgren@edckc.com\nThe recipient\'s mailbox is full and '
         'can\'t accept messages now. Please try resending your message later, or contact the recipient directly.\n\n'
         'Diagnostic information for administrators:\nGenerating server: CH2PR14MB4021.namprd14.prod.outlook.com\n'
         'hlindgren@edckc.com\nRemote server returned \'554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:'
         'QuotaExceededException.MapiExceptionShutoffQuotaExceeded\'')
status = ('Reporting-MTA: dns;CH2PR14MB4021.namprd14.prod.outlook.com\nReceived-From-MTA: dns;mail-sor-f41.google.com\n'
          'Arrival-Date: Mon, 5 Oct 2026 17:00:12 +0000\n\nFinal-Recipient: rfc822;hlindgren@edckc.com\nAction: failed\n'
          'Status: 5.2.2\nDiagnostic-Code: smtp;554 5.2.2 mailbox full')
hdrs = ('From: Capitol Wire Records Desk <records@capitolwire.example.org>\nTo: Heather Lindgren <hlindgren@edckc.com>\n'
        'Subject: Re: Your records request\nDate: Mon, 5 Oct 2026 11:59:58 -0500\n'
        'Message-ID: <fu-014.20261005.2@capitolwire.example.org>\nIn-Reply-To: %s\nReferences: %s %s\n'
        % (mid('020', 'edckc.com'), r['message_id'], mid('020', 'edckc.com')))
raw = dsn('Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@edckc.com>', INBOX,
          'Undeliverable: Re: Your records request', date_hdr('2026-10-05 12:00', '-0500'),
          mid('026', 'CH2PR14MB4021.namprd14.prod.outlook.com'), human, status, hdrs, boundary='=_ndr_5c1b')
write_raw('026-bounce-edckc-ndr.eml', raw)
facts.append(F('026-bounce-edckc-ndr.eml', 'REQ-014', 'bounce', signals=['thread-embedded'],
               why='Exchange NDR (mailbox full) for our follow-up to EDCKC counsel; original headers reference REQ-014'))

# 027 EDA extension letter (unusual circumstances), Outlook multipart -----------------------------------------
r = R['REQ-001']
txt = ('Re: FOIA Request DOC-EDA-2026-001842\n\nDear Requester:\n\n'
       'This concerns your Freedom of Information Act request for the investment file for EDA award 06-79-06231.\n'
       'Because your request requires a search for and collection of records from the Chicago Regional Office,\n'
       'and consultation with the grant recipient as a submitter of business information under Executive Order\n'
       '12600, unusual circumstances apply. We are therefore extending the time limit to respond by ten additional\n'
       'working days, as provided in 5 U.S.C. 552(a)(6)(B)(i).\n\n'
       'We do not expect to complete processing within that period. Our current estimate is that we will\n'
       'complete our response by December 18, 2026. You may wish to narrow the scope of your request or agree\n'
       'to an alternative time frame; please contact our FOIA Public Liaison, Ms. Monica Estrella, at\n'
       'mestrella@eda.gov. You may also contact the Office of Government Information Services (OGIS) at the\n'
       'National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001,\n'
       'ogis@nara.gov, 202-741-5770, to inquire about its dispute resolution services.\n\n'
       'Sincerely,\n\nGerald Pinkney\nGovernment Information Specialist\nEconomic Development Administration\n')
htm = '<html><body style="font-family:Times New Roman">' + ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in txt.split('\n\n')) + '</body></html>'
m = build('EDA FOIA Office <foia@eda.gov>', r['reply_address'], 'FOIA Request DOC-EDA-2026-001842 - Extension of Time',
          date_hdr('2026-10-06 10:45', '-0400'), mid('027', 'eda.gov'), text=txt, html=htm,
          extra=[('Content-Language', 'en-US'), ('Thread-Index', 'AdxVq1k9o8Yb2C6dT0y2lQfHk8Xw1Q==')])
write('027-eda-extension.eml', m)
facts.append(F('027-eda-extension.eml', 'REQ-001', 'extension', 'DOC-EDA-2026-001842', 'extension', estimated='2026-12-18',
               signals=['plus', 'tracking'],
               why='unusual-circumstances +10 working days (EO 12600 submitter consultation), OGIS paragraph, estimate Dec 18'))

# 028 Texas Governor itemized statement of charges ------------------------------------------------------------
body = ('ITEMIZED STATEMENT OF ESTIMATED CHARGES\nTexas Government Code Section 552.2615\n\n'
        'Requestor: Capitol Wire Records Desk\nRequest No.: PIR-26-1257\nDate: October 6, 2026\n\n'
        'Your request for information will result in charges exceeding $40.00. The estimated charges are:\n\n'
        '  Labor (locating, compiling, manipulating data) 38 hours @ $15.00 ..... $  570.00\n'
        '  Overhead (20% of labor) ........................................ $  114.00\n'
        '  Redaction of confidential information (programming/manual) ...... $  795.00\n'
        '  Electronic media ............................................. $    7.20\n'
        '  TOTAL ESTIMATED CHARGES ........................................ $1,486.20\n\n'
        'The actual charges may be more or less than this estimate. You must respond in writing within 10\n'
        'business days of the date of this statement stating that you (1) accept the charges, (2) wish to\n'
        'modify the request, or (3) have sent a complaint to the Office of the Attorney General. If you do not\n'
        'respond, your request will be considered withdrawn. A deposit may be required before work begins.\n\n'
        'A less costly alternative may be available: the list of applicants and award amounts is posted at\n'
        'gov.texas.gov/tsif.\n\nPublic Information Coordinator\nOffice of the Governor\n')
m = build('Public Information <publicinformation@gov.texas.gov>', INBOX, 'Cost Estimate - PIR-26-1257',
          date_hdr('2026-10-06 15:20', '-0500'), mid('028', 'gov.texas.gov'), text=body)
write('028-txgov-cost-estimate.eml', m)
facts.append(F('028-txgov-cost-estimate.eml', 'REQ-004', 'fee_estimate', 'PIR-26-1257', signals=['subject', 'tracking'],
               why='552.2615 itemized statement $1,486.20; respond in 10 business days or withdrawn; deposit "may" be required'))

# 029 EDCKC staffer writing for the TIF Commission: partial referral, subject changed --------------------------
r = R['REQ-013']
body = ('Hi,\n\nI handle records for the TIF Commission (EDCKC staffs the Commission under contract) and wanted to give\n'
        'you a heads-up on your request 26-4417 before the due date.\n\n'
        'The Commission has the plan amendments and the certifications of cost it approved, and those will be\n'
        'posted to the portal. The invoices and back-up the developer submits with each reimbursement request\n'
        'are kept by the City\'s Finance Department, Debt Management Division, which pays the TIF notes. If you\n'
        'want that material you will need to send a separate request to Finance through the City\'s portal.\n\n'
        'Thanks,\nMarcus Delaney\nTIF Program Manager\nEconomic Development Corporation of Kansas City, MO\n816-555-0172\n')
m = build('Marcus Delaney <mdelaney@edckc.com>', INBOX, 'Crossroads ballpark district - where the records are',
          date_hdr('2026-10-07 13:00', '-0500'), mid('029', 'edckc.com'), text=body)
write('029-kctif-referral-edckc-staff.eml', m)
facts.append(F('029-kctif-referral-edckc-staff.eml', 'REQ-013', 'other', '26-4417', signals=['tracking', 'subject'],
               why='referral of part of the request to City Finance; sent from edckc.com (the EDCKC domain) but about the TIF Commission request 26-4417'))

# 030 IEDC acknowledgment ------------------------------------------------------------------------------------
r = R['REQ-015']
txt = ('Good morning,\n\nThe Indiana Economic Development Corporation received your public records request on 10/06/2026.\n'
       'It has been logged as PRR-2026-0512.\n\n'
       'The IEDC will respond within a reasonable time as required by the Access to Public Records Act,\n'
       'IC 5-14-3. Please note that records relating to negotiations with industrial, research or commercial\n'
       'prospects may be excepted from disclosure while negotiations are ongoing (IC 5-14-3-4(b)(5)).\n\n'
       'Thank you,\nIEDC Public Records\nOne North Capitol, Suite 700, Indianapolis, IN 46204\n')
htm = '<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in txt.split('\n\n')) + '</body></html>'
m = build('IEDC Public Records <publicrecords@iedc.in.gov>', r['reply_address'], 'PRR-2026-0512 received',
          date_hdr('2026-10-08 09:00', '-0400'), mid('030', 'iedc.in.gov'), text=txt, html=htm)
write('030-iedc-ack.eml', m)
facts.append(F('030-iedc-ack.eml', 'REQ-015', 'acknowledgment', 'PRR-2026-0512', 'received_on_sent_date',
               signals=['plus', 'tracking-new'],
               why='IEDC logs request received 10/06 (= sent); IN 7 calendar days'))

save_facts(3, facts)
print('part3: %d messages' % len(facts))
