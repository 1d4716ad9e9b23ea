#!/usr/bin/env python3
"""Messages 001-010 (September 8-18, 2026)."""
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from common import *

facts = []
R = REQ

# 001 EDA mailbox auto-response ---------------------------------------------------------------
r = R['REQ-001']
m = build('EDA FOIA Office <foia@eda.gov>', r['reply_address'], 'Automatic reply: ' + r['subject'],
          date_hdr('2026-09-08 14:02', '-0400'), mid('001', 'eda.gov'), irt=r['message_id'], refs=r['message_id'],
          extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                 ('X-MS-Exchange-Inbox-Rules-Loop', 'foia@eda.gov'), ('Thread-Topic', r['subject'])],
          text='Thank you for contacting the Economic Development Administration (EDA) FOIA Office.\n\n'
               'This automated message confirms that your e-mail reached our mailbox. It is NOT an acknowledgment\n'
               'of a Freedom of Information Act request. Requests are entered into the Department of Commerce\n'
               'FOIA Public Access Link (PAL), and the system will e-mail you a tracking number once your request\n'
               'has been logged.\n\nFor status questions please contact the EDA FOIA Public Liaison at 202-482-0000.\n\n'
               'EDA FOIA Office\nU.S. Department of Commerce\n')
write('001-eda-autoreply.eml', m)
facts.append(F('001-eda-autoreply.eml', 'REQ-001', 'auto_reply', signals=['thread'],
               why='EDA FOIA mailbox auto-response threaded to our request; says it is not an acknowledgment'))

# 002 Commerce PAL acknowledgment (HTML only; PAL address serves all Commerce bureaus) -----------
r = R['REQ-001']
html = ('<html><body style="font-family:Arial;font-size:10pt">'
        '<p>Dear Capitol Wire Records Desk,</p>'
        '<p>The U.S. Department of Commerce has received your Freedom of Information Act (FOIA) request. '
        'Your request has been assigned to the <b>Economic Development Administration (EDA)</b> and given '
        'tracking number <b>DOC-EDA-2026-001842</b>.</p>'
        '<table border="1" cellpadding="3" cellspacing="0" style="font-size:9pt">'
        '<tr><td>Request Number</td><td>DOC-EDA-2026-001842</td></tr>'
        '<tr><td>Date Received</td><td>09/08/2026</td></tr>'
        '<tr><td>Component</td><td>EDA</td></tr>'
        '<tr><td>Request Description</td><td>Investment file for EDA award 06-79-06231 (Lakeshore '
        'Semiconductor Supplier Park)...</td></tr>'
        '<tr><td>Processing Track</td><td>Complex</td></tr></table>'
        '<p>You may check the status of your request at any time by logging in to PAL. Please refer to the '
        'tracking number in any correspondence.</p>'
        '<p>This is a system-generated message. Please do not reply to this e-mail.</p>'
        '<p>Department of Commerce FOIA Public Access Link</p></body></html>')
m = build('DOC FOIA PAL <foiapal-noreply@doc.gov>', r['reply_address'],
          'FOIA Request DOC-EDA-2026-001842 Submitted', date_hdr('2026-09-09 10:15', '-0400'),
          mid('002', 'foiapal.doc.gov'), html=html)
write('002-doc-pal-ack.eml', m)
facts.append(F('002-doc-pal-ack.eml', 'REQ-001', 'acknowledgment', 'DOC-EDA-2026-001842', 'received_on_sent_date',
               signals=['plus', 'tracking-new'],
               why='Commerce PAL (doc.gov, not EDA\'s own address) logs the EDA request received 09/08/2026 = sent; federal 20 business days'))

# 003 Texas Governor acknowledgment, threaded, plain ------------------------------------------
r = R['REQ-003']
body = ('Good morning,\n\nThe Office of the Governor received your request for public information on September 9,\n'
        '2026. It has been assigned tracking number PIR-26-1184; please include that number in any\n'
        'future correspondence about this request.\n\n'
        'Please be aware that some of the information you asked for may have been submitted to our office by\n'
        'a private business. If so, the Public Information Act may require us to notify that business under\n'
        'Section 552.305 of the Government Code and ask the Office of the Attorney General for a decision\n'
        'before any of that information can be released. We will let you know if that becomes necessary.\n\n'
        'Sincerely,\n\nLaurel Whitcomb\nPublic Information Coordinator\nOffice of the Governor\n'
        'Economic Development and Tourism\n\n' + our_request_text('REQ-003'))
m = build('Public Information <publicinformation@gov.texas.gov>', r['reply_address'], 'RE: ' + r['subject'],
          date_hdr('2026-09-10 09:40', '-0500'), mid('003', 'gov.texas.gov'), irt=r['message_id'],
          refs=r['message_id'], text=body, extra=[('X-Mailer', 'Microsoft Outlook 16.0')])
write('003-txgov-ack.eml', m)
facts.append(F('003-txgov-ack.eml', 'REQ-003', 'acknowledgment', 'PIR-26-1184', 'received_on_sent_date',
               signals=['thread', 'tracking-new'],
               why='Governor\'s office confirms receipt Sept 9 (= sent), assigns PIR-26-1184; hedged third-party notice warning; TX 10 business days'))

# 004 MEDC acknowledgment, no threading headers ---------------------------------------------------
r = R['REQ-005']
body = ('Dear Requester:\n\nThe Michigan Economic Development Corporation (MEDC) received your Freedom of Information Act\n'
        'request on 9/10/2026, seeking the Michigan Strategic Fund grant agreement with Northwood Cells LLC\n'
        '(Project Pinewood) and related reports.\n\n'
        'Your request has been assigned FOIA number F26-0388. Under MCL 15.235(2) a response will be issued\n'
        'within five (5) business days of receipt unless the time is extended by up to ten (10) business days\n'
        'by written notice.\n\nRegards,\n\nFOIA Coordinator\nMichigan Economic Development Corporation\n'
        '300 N. Washington Square, Lansing, MI 48913\n')
m = build('MEDC FOIA <foia@michigan.org>', INBOX, 'FOIA Request F26-0388 - Received',
          date_hdr('2026-09-11 11:05', '-0400'), mid('004', 'michigan.org'), text=body)
write('004-medc-ack.eml', m)
facts.append(F('004-medc-ack.eml', 'REQ-005', 'acknowledgment', 'F26-0388', 'received_on_sent_date',
               signals=['subject', 'tracking-new'],
               why='MEDC confirms receipt 9/10/2026 (= sent), no thread headers, plain inbox address; MI 5 business days'))

# 005 trade newsletter mentioning our agencies ----------------------------------------------------
txt = ('INCENTIVES WEEKLY - September 14, 2026\n\n'
       '1. Michigan Strategic Fund approves three Critical Industry Program awards; MEDC says the\n'
       '   agreements include new clawback terms.\n'
       '2. Texas Enterprise Fund: Governor announces $7.5 million grant for a Collin County data center.\n'
       '3. Georgia World Congress Center Authority board extends hotel-motel tax pledge for stadium events.\n'
       '4. Opinion: why site-selection NDAs are here to stay.\n\n'
       'You are receiving this because you subscribed at incentivesweekly.example.com.\n'
       'Unsubscribe: https://incentivesweekly.example.com/u/8812\n')
htm = '<html><body>' + ''.join('<p>%s</p>' % l for l in txt.split('\n') if l) + '</body></html>'
m = build('Incentives Weekly <editors@incentivesweekly.example.com>', INBOX,
          'This week: MSF clawbacks, a Texas Enterprise Fund award, GWCCA hotel tax',
          date_hdr('2026-09-14 07:00', '-0400'), mid('005', 'incentivesweekly.example.com'), text=txt, html=htm,
          extra=[('List-Unsubscribe', '<https://incentivesweekly.example.com/u/8812>'), ('Precedence', 'bulk')])
write('005-newsletter-incentives.eml', m)
facts.append(F('005-newsletter-incentives.eml', None, 'other',
               why='trade newsletter naming MEDC, the Texas Enterprise Fund and GWCCA; not about any request'))

# 006 ISFA terse ack delivered through our Google Group inbox, quoting our request ------------------
r = R['REQ-007']
body = ('Received your FOIA request 9/14/26. Response due 9/21/26.\n\nD. Kowalczyk\nFOIA Officer\n'
        'Illinois Sports Facilities Authority\n\n' + our_request_text('REQ-007'))
m = build("'Denise Kowalczyk' via Records Desk <records@capitolwire.example.org>", INBOX, 'RE: ' + r['subject'],
          date_hdr('2026-09-15 08:51', '-0500'), mid('006', 'isfauthority.com'), irt=r['message_id'],
          refs=r['message_id'], reply_to='Denise Kowalczyk <dkowalczyk@isfauthority.com>', text=body,
          extra=[('X-Original-Sender', 'dkowalczyk@isfauthority.com'),
                 ('X-Original-From', 'Denise Kowalczyk <dkowalczyk@isfauthority.com>'),
                 ('Mailing-list', 'list records@capitolwire.example.org; contact records+owners@capitolwire.example.org'),
                 ('List-Id', 'Records Desk <records.capitolwire.example.org>'),
                 ('List-Post', '<mailto:records@capitolwire.example.org>'), ('Precedence', 'list')])
write('006-isfa-ack-googlegroup.eml', m)
facts.append(F('006-isfa-ack-googlegroup.eml', 'REQ-007', 'acknowledgment', None, 'received_on_sent_date',
               signals=['thread'],
               why='terse ISFA receipt via Google Group ("via Records Desk"); states due 9/21 = IL 5 business days from 9/14; no number'))

# 007 Google DSN: our GWCCA request's cc to a dead legacy domain -----------------------------------
r = R['REQ-009']
human = ('** Address not found **\n\nYour message wasn\'t delivered to openrecords@gwcc.com because the '
         'domain gwcc.com couldn\'t be found. Check for typos or unnecessary spaces and try again.\n\n'
         'The response from the remote server was:\nDNS Error: DNS type \'mx\' lookup of gwcc.com responded '
         'with code NXDOMAIN\nDomain name not found: gwcc.com')
status = ('Reporting-MTA: dns; googlemail.com\nArrival-Date: Wed, 16 Sep 2026 10:02:41 -0400\n\n'
          'Final-Recipient: rfc822; openrecords@gwcc.com\nAction: failed\nStatus: 5.1.2\n'
          'Diagnostic-Code: smtp; DNS type \'mx\' lookup of gwcc.com responded with code NXDOMAIN\n'
          'Last-Attempt-Date: Wed, 16 Sep 2026 10:03:12 -0400')
hdrs = ('From: Capitol Wire Records Desk <records@capitolwire.example.org>\n'
        'To: openrecords@gwcca.org\nCc: openrecords@gwcc.com\nReply-To: %s\nSubject: %s\n'
        'Date: Wed, 16 Sep 2026 10:02:39 -0400\nMessage-ID: %s\n' % (r['reply_address'], r['subject'], r['message_id']))
raw = dsn('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', INBOX, 'Delivery Status Notification (Failure)',
          date_hdr('2026-09-16 10:03', '-0400'), mid('007', 'mx.google.com'), human, status, hdrs, irt=r['message_id'])
write_raw('007-bounce-gwcca-cc.eml', raw)
facts.append(F('007-bounce-gwcca-cc.eml', 'REQ-009', 'bounce', signals=['thread', 'thread-embedded'],
               why='Google DSN: cc of our GWCCA request to legacy gwcc.com domain failed (main address was delivered)'))

# 008 GWCCA GovQA acknowledgment (HTML, shared mycusthelp sender) -----------------------------------
html = ('<html><body style="font-family:Verdana;font-size:9pt"><p>Dear Capitol Wire Records Desk,</p>'
        '<p>Thank you for your interest in public records of the <b>Georgia World Congress Center Authority</b>. '
        'Your request has been received and is being processed in accordance with the Georgia Open Records Act, '
        'O.C.G.A. &sect; 50-18-70 et seq.</p><p>Your request was received in this office on 9/16/2026 and given the '
        'reference number <b>R000482-091626</b> for tracking purposes.</p>'
        '<p><b>Records Requested:</b> Hosting agreements for events at Mercedes-Benz Stadium (2025-2027) and '
        'records of incentive or subsidy payments made by the Authority to event owners.</p>'
        '<p>You can monitor the progress of your request at the link below and you will receive an email when '
        'your request has been completed.</p><p><a href="https://gwcca.mycusthelp.com/WEBAPP/_rs/(S(x1))/'
        'supporthome.aspx">GWCCA Open Records Center</a></p></body></html>')
m = build('GWCCA Open Records Center <noreply@mycusthelp.net>', INBOX,
          'Georgia World Congress Center Authority :: Open Records Request :: R000482-091626',
          date_hdr('2026-09-17 09:12', '-0400'), mid('008', 'mycusthelp.net'), html=html)
write('008-gwcca-govqa-ack.eml', m)
facts.append(F('008-gwcca-govqa-ack.eml', 'REQ-009', 'acknowledgment', 'R000482-091626', 'received_on_sent_date',
               signals=['subject', 'tracking-new'],
               why='GovQA (shared mycusthelp.net sender) confirms GWCCA receipt 9/16/2026 = sent; GA 3 business days'))

# 009 MEDC extension: letter only in PDF, number only in file name and PDF -----------------------------
due0 = bd(D('2026-09-10'), 5, 'MI')
newdue = bd(due0, 10, 'MI')
letter = ['Michigan Economic Development Corporation', '300 N. Washington Square, Lansing, MI 48913', '',
          'September 17, 2026', '', 'Capitol Wire Records Desk', 'records@capitolwire.example.org', '',
          'RE: Freedom of Information Act Request F26-0388 - NOTICE OF EXTENSION', '',
          'Dear Requester:',
          'The Michigan Economic Development Corporation received your request under the Freedom of Information '
          'Act (FOIA), MCL 15.231 et seq., on September 10, 2026. Pursuant to MCL 15.235(2)(d), this notice extends '
          'the time for the MEDC to respond to your request by ten (10) business days. A response will be issued '
          'on or before %s.' % long(newdue), '',
          'The extension is necessary because the records you seek are maintained in several program areas and '
          'include information furnished by a business that must be reviewed for exemptions under MCL 15.243.', '',
          'Sincerely,', 'FOIA Coordinator', 'Michigan Economic Development Corporation']
m = build('MEDC FOIA <foia@michigan.org>', INBOX, 'MEDC FOIA Request', date_hdr('2026-09-17 16:30', '-0400'),
          mid('009', 'michigan.org'), text='Please see the attached correspondence regarding your FOIA request.\n\n'
          'MEDC FOIA Office\n', attachments=[('F26-0388 Notice of Extension.pdf', 'application/pdf',
                                               pdf(letter, 'Notice of Extension'))])
write('009-medc-extension-pdf.eml', m)
facts.append(F('009-medc-extension-pdf.eml', 'REQ-005', 'extension', 'F26-0388', 'extension',
               estimated=newdue.isoformat(), signals=['tracking-filename', 'tracking-attachment'],
               why='MEDC notice (PDF only) extends 10 business days under MCL 15.235(2)(d); number only in file name/PDF; states new date'))

# 010 Texas Governor clarification, threaded, quoting our request ---------------------------------------
r = R['REQ-003']
body = ('Hello,\n\nI am writing about your request PIR-26-1184. "Project Bluebonnet" is not a name this office uses\n'
        'in its records; Texas Enterprise Fund awards are tracked by the name of the company and the\n'
        'community where the project is located. Could you tell us the company name or the city/county of\n'
        'the project, and whether you want performance reports for every year of the agreement or only the\n'
        'most recent reporting period?\n\n'
        'Under Section 552.222 of the Government Code, the time for our response is suspended until we\n'
        'receive your clarification. If we do not hear from you within 61 days, the request will be\n'
        'considered withdrawn.\n\nThank you,\nLaurel Whitcomb\nPublic Information Coordinator\n\n'
        + our_request_text('REQ-003'))
m = build('Laurel Whitcomb <laurel.whitcomb@gov.texas.gov>', r['reply_address'],
          'RE: ' + r['subject'] + ' [PIR-26-1184]', date_hdr('2026-09-18 13:20', '-0500'),
          mid('010', 'gov.texas.gov'), irt=r['message_id'], refs=r['message_id'], text=body)
write('010-txgov-clarification.eml', m)
facts.append(F('010-txgov-clarification.eml', 'REQ-003', 'clarification', 'PIR-26-1184',
               signals=['thread', 'plus', 'tracking'],
               why='asks for company name/county and report years; clock suspended under 552.222'))

save_facts(1, facts)
print('part1: %d messages' % len(facts))
