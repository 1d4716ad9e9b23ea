#!/usr/bin/env python3
"""Builds messages/*.eml, facts.yaml and NOTES.md table of this set from the definitions below.
Run: python tools/build.py   (no network; needs pyyaml)"""
import sys, datetime as dt, email.utils
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from common import *

M = []

def add(slug, when, tz, headers, part, request, kind, tracking=None, clock=None, received=None, adverse=False,
        determination_date=None, estimated=None, signals=(), why='', note=''):
    date = date_hdr(when, tz)
    hdrs = []
    names = [h[0] for h in headers]
    for h in headers:
        hdrs.append(h)
        if h[0] == 'Subject' and 'Date' not in names:
            hdrs.append(('Date', date))
    M.append(dict(slug=slug, date=date, raw=message(hdrs, part), request=request, kind=kind, tracking=tracking,
                  clock=clock, received=received, adverse=adverse, determination_date=determination_date,
                  estimated=estimated, signals=list(signals), why=why, note=note))

# =====================================================================================================
# 2026-09-02  Henderson County (NC) JustFOIA acknowledgment, shared no-reply sender
add('henderson-justfoia-received', '2026-09-02 10:14', '-0400', [
    ('From', 'JustFOIA Notifications <no-reply@justfoia.com>'),
    ('To', plus('REQ-015')),
    ('Subject', 'Public Records Request PRR-2026-117 Received'),
    ('Message-ID', '<%s@notify.justfoia.com>' % hid('m001', 32)),
    ('X-Mailer', 'JustFOIA Notification Service'),
    ('Auto-Submitted', 'auto-generated'),
 ], multipart('alternative', [
    text(W("Henderson County, NC - Public Records Center",
           "Hello Records Desk,",
           "Your public records request has been received and assigned to the Emergency Services department.",
           "|Request Number: PRR-2026-117\nDate Received: 09/02/2026\nDepartment: Emergency Services\nDescription: Hurricane Helene debris removal contracts, debris monitoring\nreports and load-ticket summaries, EOC activation and situation logs\n(9/25/2024 - 10/31/2024)",
           "Under the North Carolina Public Records Act (N.C.G.S. 132-6), the County will provide copies as promptly as possible. Large or complex requests may take additional time; you will be notified by email when there is an update.",
           "Track your request: https://hendersoncountync.justfoia.com/publicportal/home/track",
           "This message was sent from an unmonitored address. Please do not reply.")),
    html('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">'
         '<div style="background:#1f4e79;color:#fff;padding:10px"><b>Henderson County, NC &ndash; Public Records Center</b></div>'
         '<p>Hello Records Desk,</p><p>Your public records request has been received and assigned to the <b>Emergency Services</b> department.</p>'
         '<table cellpadding="4"><tr><td><b>Request Number</b></td><td>PRR-2026-117</td></tr>'
         '<tr><td><b>Date Received</b></td><td>09/02/2026</td></tr><tr><td><b>Department</b></td><td>Emergency Services</td></tr>'
         '<tr><td><b>Description</b></td><td>Hurricane Helene debris removal contracts, debris monitoring reports and load-ticket summaries, EOC activation and situation logs (9/25/2024 &ndash; 10/31/2024)</td></tr></table>'
         '<p>Under the North Carolina Public Records Act (N.C.G.S. &sect; 132-6), the County will provide copies as promptly as possible. '
         'Large or complex requests may take additional time; you will be notified by email when there is an update.</p>'
         '<p><a href="https://hendersoncountync.justfoia.com/publicportal/home/track">Track your request</a></p>'
         '<p style="color:#888;font-size:11px">This message was sent from an unmonitored address. Please do not reply.</p></body></html>'),
 ], 'm001'),
 request='REQ-015', kind='acknowledgment', tracking='PRR-2026-117', clock='acknowledgment', received='2026-09-02',
 signals=['plus', 'tracking-new', 'subject'],
 why='JustFOIA (shared no-reply sender) logs the Helene debris request as PRR-2026-117, received 09/02; NC sets no number, so no due',
 note='JustFOIA "request received" notification from the vendor\'s shared no-reply address (agency named only in the body); modeled on JustFOIA public-portal notifications.')

# 2026-09-02  our own MTA bounces the copy sent to Henderson's retired .org domain
orig_015 = ('From: Records Desk <records@ledger.example.org>\nReply-To: %s\n'
            'To: emergencyservices@hendersoncountync.gov\nCc: es.director@hendersoncountync.org\n'
            'Subject: %s\nDate: Wed, 02 Sep 2026 10:02:11 -0400\nMessage-ID: %s\nMIME-Version: 1.0\n'
            'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 7bit\n' % (plus('REQ-015'), subj('REQ-015'), rmid('REQ-015')))
add('bounce-postfix-henderson-old-domain', '2026-09-02 10:15', '-0400', [
    ('From', 'MAILER-DAEMON@mail.ledger.example.org (Mail Delivery System)'),
    ('To', INBOX),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Message-ID', '<20260902141502.6C1D21E4A3@mail.ledger.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
 ], multipart('report', [
    text("This is the mail system at host mail.ledger.example.org.\n\n"
         "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
         "For further assistance, please send mail to postmaster.\n\n"
         "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
         "                   The mail system\n\n"
         "<es.director@hendersoncountync.org>: Host or domain name not found. Name service\n"
         "    error for name=hendersoncountync.org type=A: Host not found\n"),
    raw_part('message/delivery-status', "Reporting-MTA: dns; mail.ledger.example.org\nX-Postfix-Queue-ID: 6C1D21E4A3\n"
         "X-Postfix-Sender: rfc822; records@ledger.example.org\nArrival-Date: Wed,  2 Sep 2026 10:02:12 -0400 (EDT)\n\n"
         "Final-Recipient: rfc822; es.director@hendersoncountync.org\nOriginal-Recipient: rfc822;es.director@hendersoncountync.org\n"
         "Action: failed\nStatus: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
         "    for name=hendersoncountync.org type=A: Host not found\n", [('Content-Description', 'Delivery report')]),
    raw_part('text/rfc822-headers', orig_015, [('Content-Description', 'Undelivered Message Headers')]),
 ], 'm002', params='; report-type=delivery-status'),
 request='REQ-015', kind='bounce', signals=['thread-embedded', 'subject'],
 why='Postfix DSN: the Cc copy of our Helene request to a retired hendersoncountync.org address failed (domain not found); the main copy went through',
 note='Postfix "Undelivered Mail Returned to Sender" with text/rfc822-headers of our request (Message-ID only inside the report); modeled on stock Postfix bounce text.')

# 2026-09-02  FEMA FOIA mailbox auto-response
add('fema-mailbox-autoresponse', '2026-09-02 14:31', '-0400', [
    ('From', 'FEMA-FOIA <fema-foia@fema.dhs.gov>'),
    ('To', plus('REQ-001')),
    ('Subject', 'Automatic reply: ' + subj('REQ-001')),
    ('Message-ID', outlook_mid('m003')),
    ('In-Reply-To', rmid('REQ-001')),
    ('References', rmid('REQ-001')),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'fema-foia@fema.dhs.gov'),
 ] + outlook_headers('m003', subj('REQ-001')), text(W(
    "Thank you for contacting the FEMA Freedom of Information Act (FOIA) Office.",
    "This automated message confirms that your email reached our mailbox. It is NOT an acknowledgment of your request. Requests are logged in the order received and you will receive a separate acknowledgment with a tracking number once your request has been entered in the DHS SecureRelease system.",
    "To submit a new request or check the status of an existing request, please use SecureRelease (https://securerelease.dhs.gov). Status inquiries sent to this mailbox may take longer to answer.",
    "FEMA FOIA Office\nInformation Management Division\nFederal Emergency Management Agency")),
 request='REQ-001', kind='auto_reply', signals=['thread', 'plus'],
 why='FEMA FOIA mailbox auto-response; explicitly not an acknowledgment, no number',
 note='Exchange mailbox auto-response that says it is not an acknowledgment; modeled on DHS component FOIA mailbox auto-replies.')

# 2026-09-04  WEM / DMA records custodian acknowledgment quoting our request
add('wem-ack-quoted', '2026-09-04 09:02', '-0500', [
    ('From', 'DMA Records Custodian <dmarecords@wisconsin.gov>'),
    ('To', 'Records Desk <%s>' % plus('REQ-004')),
    ('Subject', re_('REQ-004')),
    ('Message-ID', outlook_mid('m004', 'CH0PR09MB')),
    ('In-Reply-To', rmid('REQ-004')),
    ('References', rmid('REQ-004')),
 ] + outlook_headers('m004', subj('REQ-004')), text(W(
    "Good morning,",
    "The Wisconsin Department of Military Affairs received your public records request for Wisconsin Emergency Management records on September 3, 2026. It has been logged as DMA PRR 2026-031; please reference that number in future correspondence.",
    "We will respond as soon as practicable and without delay, as required by Wis. Stat. 19.35(4)(a). WEM program staff will need to locate the county review letters and monitoring files, and we will let you know if we anticipate any costs. Under Wis. Stat. 19.35(3)(c), location costs may be charged only if they total $50.00 or more.",
    "Respectfully,",
    "|Karin Solberg\nParalegal / Records Custodian\nWisconsin Department of Military Affairs\n2400 Wright Street | Madison, WI 53704")
    + quote_outlook('REQ-004', 'Thursday, September 3, 2026 11:47 AM', 'DMA Records Custodian <dmarecords@wisconsin.gov>'),
    charset='windows-1252', cte='quoted-printable'),
 request='REQ-004', kind='acknowledgment', tracking='DMA PRR 2026-031', clock='acknowledgment', received='2026-09-03',
 signals=['thread', 'plus', 'tracking-new'],
 why='DMA records custodian confirms receipt Sep 3 and assigns DMA PRR 2026-031; WI has no fixed deadline so no due',
 note='Outlook reply with the request quoted below a divider, cp1252 quoted-printable; WI "as soon as practicable and without delay" wording from DOJ Office of Open Government guidance.')

# 2026-09-08  MSP FOIA Unit acknowledgment - emailed request deemed received next business day
add('msp-ack-deemed-received', '2026-09-08 11:40', '-0400', [
    ('From', 'MSP FOIA <MSPFOIA@michigan.gov>'),
    ('To', plus('REQ-006')),
    ('Subject', 'FOIA Request 26-01937 - Acknowledgment'),
    ('Message-ID', outlook_mid('m005', 'PH0PR09MB')),
 ] + outlook_headers('m005', 'FOIA Request 26-01937 - Acknowledgment'), multipart('alternative', [
    text(W("Dear Requester:",
      "The Michigan State Police (MSP) FOIA Unit has received your request for records of the Emergency Management and Homeland Security Division concerning Disaster and Emergency Contingency Fund grants to counties, 2024-2026.",
      "Your email was transmitted on Friday, September 4, 2026. Under Section 5(1) of the Michigan Freedom of Information Act, MCL 15.235(1), a request sent by electronic mail is not considered received until one business day after transmission. Your request is therefore considered received on Tuesday, September 8, 2026, and has been assigned FOIA number 26-01937.",
      "The Department will respond within five business days of the date of receipt as required by MCL 15.235(2), unless that period is extended by written notice. Fees may apply under MCL 15.234; if so, you will receive a detailed itemization before any work that requires a deposit begins.",
      "Please direct questions to MSPFOIA@michigan.gov and include the FOIA number.",
      "FOIA Unit\nMichigan State Police\n7150 Harris Drive, Dimondale, MI 48821")),
    html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
      '<div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Dear Requester:</p>'
      '<p>The Michigan State Police (MSP) FOIA Unit has received your request for records of the Emergency Management and Homeland Security Division concerning Disaster and Emergency Contingency Fund grants to counties, 2024-2026.</p>'
      '<p>Your email was transmitted on Friday, September 4, 2026. Under Section 5(1) of the Michigan Freedom of Information Act, MCL 15.235(1), a request sent by electronic mail is not considered received until one business day after transmission. '
      'Your request is therefore considered received on <b>Tuesday, September 8, 2026</b>, and has been assigned FOIA number <b>26-01937</b>.</p>'
      '<p>The Department will respond within five business days of the date of receipt as required by MCL 15.235(2), unless that period is extended by written notice. Fees may apply under MCL 15.234; if so, you will receive a detailed itemization before any work that requires a deposit begins.</p>'
      '<p>Please direct questions to MSPFOIA@michigan.gov and include the FOIA number.</p>'
      '<p>FOIA Unit<br>Michigan State Police<br>7150 Harris Drive, Dimondale, MI 48821</p></div></body></html>'),
 ], 'm005'),
 request='REQ-006', kind='acknowledgment', tracking='26-01937', clock='acknowledgment', received='2026-09-08',
 signals=['plus', 'tracking-new', 'subject'],
 why='MSP: emailed Fri Sep 4, deemed received Tue Sep 8 (MCL 15.235(1), Labor Day between); 5 MI business days from Sep 8; fee "may" apply',
 note='Michigan acknowledgment applying the one-business-day rule for emailed requests (MCL 15.235(1), as quoted in AG Opinion 7172); Outlook multipart/alternative.')

# 2026-09-09  Minnesota DPS via GovQA (mycusthelp shared sender), HTML only
add('mndps-govqa-ack-html', '2026-09-09 16:05', '-0500', [
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', plus('REQ-008')),
    ('Subject', 'Data Request :: R002291-090926'),
    ('Message-ID', '<%s.govqa@mycusthelp.net>' % hid('m006', 24)),
    ('Auto-Submitted', 'auto-generated'),
 ], html('<html><body style="font-family:Verdana,Arial;font-size:12px;color:#222">'
    '<table width="640" cellpadding="10" style="border:1px solid #b7c4d4"><tr><td style="background:#003865;color:#fff">'
    '<b>Minnesota Department of Public Safety</b><br>Data Requests</td></tr><tr><td>'
    '<p>Dear Records Desk,</p>'
    '<p>Thank you for your data request. Your request was received on 9/9/2026 and has been assigned reference number <b>R002291-090926</b>. '
    'Please use this number in all communication about this request.</p>'
    '<p><b>Division:</b> Homeland Security and Emergency Management<br>'
    '<b>Summary:</b> State Public Disaster Assistance payments to counties, 2024-2026</p>'
    '<p>The Minnesota Government Data Practices Act (Minn. Stat. Chapter 13) requires us to respond to requests in an appropriate and prompt manner and within a reasonable amount of time. '
    'Response time depends on the volume of data requested and the review needed. Copies of public data may be subject to a charge under Minn. Stat. &sect; 13.03, subd. 3(c); '
    'you will be told of any charge before copies are provided.</p>'
    '<p>To monitor the progress of your request or to correspond with staff, log in to the <a href="https://mn-dps.mycusthelp.com/WEBAPP/_rs/(S(x4b2k1))/supporthome.aspx">Public Records Center</a>.</p>'
    '<p>Minnesota Department of Public Safety<br>Data Practices Office</p></td></tr></table>'
    '<p style="font-size:10px;color:#777">Replies to this message are not monitored.</p></body></html>'),
 request='REQ-008', kind='acknowledgment', tracking='R002291-090926', clock='acknowledgment', received='2026-09-09',
 signals=['plus', 'tracking-new', 'subject'],
 why='GovQA confirms the MN DPS/HSEM data request received 9/9 as R002291-090926; MN sets no number so no due',
 note='HTML-only GovQA acknowledgment from the vendor-wide mycusthelp.net no-reply address; MN "appropriate and prompt manner" wording from Minn. Stat. 13.03 subd. 2.')

# 2026-09-11  Marathon County Health Department - terse front-desk acknowledgment
add('marathon-terse-ack', '2026-09-11 13:47', '-0500', [
    ('From', 'Marathon County Health Department <health@marathoncounty.gov>'),
    ('To', 'Records Desk <%s>' % plus('REQ-010')),
    ('Subject', re_('REQ-010')),
    ('Message-ID', outlook_mid('m007', 'MN2PR09MB')),
    ('In-Reply-To', rmid('REQ-010')),
    ('References', rmid('REQ-010')),
 ] + outlook_headers('m007', subj('REQ-010')), text(
    "Received. I sent this over to our preparedness coordinator and will get back to\nyou when we have the documents.\n\nThanks,\nBecky\n\n"
    "Rebecca Lindemann | Administrative Specialist\nMarathon County Health Department\n1000 Lake View Drive, Suite 100 | Wausau, WI 54403\n"),
 request='REQ-010', kind='acknowledgment', clock='acknowledgment',
 signals=['thread', 'plus'],
 why='one-line "Received" from the county health front desk; no number, no received date stated; WI no due',
 note='Terse county-clerk style acknowledgment with no tracking number; modeled on small county health department replies.')

# 2026-09-14  Kent County Health Department acknowledgment
add('kent-ack', '2026-09-14 15:20', '-0400', [
    ('From', 'KCHD FOIA <hdfoia@accesskent.com>'),
    ('To', plus('REQ-012')),
    ('Subject', 'FOIA HD-2026-0412 - Request Received'),
    ('Message-ID', outlook_mid('m009', 'DM6PR09MB')),
    ('In-Reply-To', rmid('REQ-012')),
 ] + outlook_headers('m009', 'FOIA HD-2026-0412 - Request Received'), text(W(
    "Dear Records Desk,",
    "The Kent County Health Department received your Freedom of Information Act request on 09/14/2026. Your request has been assigned number HD-2026-0412.",
    "Under MCL 15.235(2) the Department will respond within five (5) business days after receipt by granting the request, denying it, granting it in part and denying it in part, or issuing a notice extending the response period by not more than ten (10) business days.",
    "Please note that records of individual communicable disease cases are confidential under Michigan law and will not be released.",
    "Kent County Health Department\nFOIA Coordinator\n700 Fuller Ave NE, Grand Rapids, MI 49503")),
 request='REQ-012', kind='acknowledgment', tracking='HD-2026-0412', clock='acknowledgment', received='2026-09-14',
 signals=['thread', 'plus', 'tracking-new'],
 why='Kent County HD acknowledges receipt 09/14 (= sent) and assigns HD-2026-0412; MI 5 business days',
 note='Michigan county FOIA coordinator acknowledgment restating the MCL 15.235(2) options; In-Reply-To only, no References.')

# 2026-09-15  Microsoft 365 NDR from wisconsin.gov for a retired WEM address
orig_005 = ('From: Records Desk <records@ledger.example.org>\nReply-To: %s\nTo: dmarecords@wisconsin.gov\n'
            'Cc: wem.recovery@wisconsin.gov\nSubject: %s\nDate: Tue, 15 Sep 2026 09:28:40 -0500\nMessage-ID: %s\n'
            'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 7bit\n\n' %
            (plus('REQ-005'), subj('REQ-005'), rmid('REQ-005'))) + REQUEST_TEXT['REQ-005']
add('bounce-m365-wem-retired-address', '2026-09-15 09:31', '-0500', [
    ('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@wisconsin.gov>'),
    ('To', INBOX),
    ('Subject', 'Undeliverable: ' + subj('REQ-005')),
    ('Message-ID', '<%s@CH0PR09MB7311.namprd09.prod.outlook.com>' % hid('m010', 32)),
    ('Auto-Submitted', 'auto-replied'),
    ('X-MS-Exchange-Message-Is-Ndr', ''),
 ], multipart('report', [
    multipart('alternative', [
        text("Your message to wem.recovery@wisconsin.gov couldn't be delivered.\n\nwem.recovery wasn't found at wisconsin.gov.\n\n"
             "records    Office 365    wem.recovery\nAction Required                 Recipient\n\nUnknown To address\n\n"
             "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
             "- Retype the recipient's address, then resend the message.\n- If you're using the Auto-Complete List, remove the entry and retype it.\n\n"
             "Diagnostic information for administrators:\n\nGenerating server: CH0PR09MB7311.namprd09.prod.outlook.com\n\n"
             "wem.recovery@wisconsin.gov\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n"),
        html('<html><body><div style="font-family:Segoe UI,sans-serif"><p style="font-size:16px;color:#c00000"><b>Your message to wem.recovery@wisconsin.gov couldn\'t be delivered.</b></p>'
             '<p>wem.recovery wasn\'t found at wisconsin.gov.</p><p><b>Unknown To address</b></p>'
             '<p>Diagnostic information for administrators:<br>Generating server: CH0PR09MB7311.namprd09.prod.outlook.com<br>wem.recovery@wisconsin.gov<br>'
             'Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'</p></div></body></html>'),
    ], 'm010a'),
    raw_part('message/delivery-status', "Reporting-MTA: dns;CH0PR09MB7311.namprd09.prod.outlook.com\n"
             "Received-From-MTA: dns;mail.ledger.example.org\nArrival-Date: Tue, 15 Sep 2026 14:28:43 +0000\n\n"
             "Final-Recipient: rfc822;wem.recovery@wisconsin.gov\nAction: failed\nStatus: 5.1.10\n"
             "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"),
    raw_part('message/rfc822', orig_005),
 ], 'm010', params='; report-type=delivery-status'),
 request='REQ-005', kind='bounce', signals=['thread-embedded', 'subject'],
 why='Exchange Online NDR: the Cc copy of our flood-damage request to a retired WEM address was rejected; returned message carries the REQ-005 Message-ID',
 note='Microsoft 365 NDR (multipart/report with the full returned message); modeled on Exchange Online "Undeliverable" reports.')

# 2026-09-15  MSP notice of extension, PDF only, statute section but no new date
ext_lines = ["MICHIGAN STATE POLICE", "FREEDOM OF INFORMATION ACT UNIT", "7150 Harris Drive, Dimondale, Michigan 48821", "",
    "September 15, 2026", "", "Records Desk", "Great Lakes Ledger", "records+req-006@ledger.example.org", "",
    "RE: FOIA Request No. 26-01937", "", "NOTICE OF EXTENSION", "",
    "Dear Requester:", "",
    "The Michigan State Police is in receipt of your request for public records under the Michigan Freedom of Information Act (FOIA), MCL 15.231 et seq., seeking Disaster and Emergency Contingency Fund grant records of the Emergency Management and Homeland Security Division.", "",
    "Pursuant to Section 5(2)(d) of the FOIA, MCL 15.235(2)(d), this notice extends the period for the Department's response to your request for not more than 10 business days. The extension is necessary because the records are maintained by the division in several file locations and must be retrieved and examined before a determination can be made.", "",
    "No action is required on your part at this time. If fees apply, you will receive a detailed itemization under MCL 15.234.", "",
    "Sincerely,", "", "FOIA Unit", "Michigan State Police"]
add('msp-extension-pdf-no-date', '2026-09-15 14:55', '-0400', [
    ('From', 'MSP FOIA <MSPFOIA@michigan.gov>'),
    ('To', plus('REQ-006')),
    ('Subject', 'FOIA 26-01937'),
    ('Message-ID', outlook_mid('m011', 'PH0PR09MB')),
 ] + outlook_headers('m011', 'FOIA 26-01937'), multipart('mixed', [
    text("Please see the attached correspondence.\n\nMSP FOIA Unit\n"),
    attachment('26-01937 Notice of Extension.pdf', pdf(ext_lines, 'Notice of Extension')),
 ], 'm011'),
 request='REQ-006', kind='extension', tracking='26-01937', clock='extension',
 signals=['plus', 'tracking'],
 why='MCL 15.235(2)(d) extension of "not more than 10 business days", no new date stated: Sep 15 due + 10 MI business days',
 note='Letter only in a PDF; the extension cites the statute section and the number of days but gives no date; modeled on Michigan state-agency extension notices.')

# 2026-09-16  FEMA acknowledgment letter only in a PDF; number only inside the PDF; received date differs
fema_ack = ["U.S. Department of Homeland Security", "Federal Emergency Management Agency", "Information Management Division, Disclosure Branch",
    "500 C Street SW, Mail Stop 3172", "Washington, DC 20472-3172", "", "September 16, 2026", "",
    "Records Desk", "Great Lakes Ledger", "Sent via e-mail to: records+req-001@ledger.example.org", "",
    "Re: FOIA Request 2026-FEFO-01482", "", "Dear Requester:", "",
    "This letter acknowledges receipt of your September 2, 2026 Freedom of Information Act (FOIA) request to the Federal Emergency Management Agency (FEMA), for records relating to Public Assistance projects and debris monitoring for Henderson County, North Carolina, under DR-4827-NC. Your request was received in this office on September 3, 2026.", "",
    "Due to the increasing number of FOIA requests received by this office, we may encounter some delay in processing your request. Per Section 5.5(a) of the DHS FOIA regulations, 6 C.F.R. Part 5, FEMA processes FOIA requests according to their order of receipt. Although FEMA's goal is to respond within 20 business days of receipt of your request, the FOIA does permit a 10-day extension of this time period in certain circumstances under 6 C.F.R. 5.5(c). As your request seeks documents that will require a thorough and wide-ranging search, FEMA may need to invoke this extension. If we do, we will notify you in writing.", "",
    "Provisions of the FOIA allow us to recover part of the cost of complying with your request. We have placed you in the news media category; you will be charged duplication fees only, after the first 100 pages. In the event that fees exceed $25.00 you will be contacted before charges are incurred. Your request for a fee waiver will be held in abeyance.", "",
    "We have queried the appropriate component(s) of FEMA for responsive records. If any responsive records are located, they will be reviewed for determination of releasability. Please be assured that one of the analysts in our office will respond to your request as expeditiously as possible.", "",
    "Your request has been assigned reference number 2026-FEFO-01482. Please refer to this identifier in any future correspondence. You may contact this office at (202) 646-3323 or fema-foia@fema.dhs.gov, or the FEMA FOIA Public Liaison at the same address.", "",
    "Sincerely,", "", "Terrence Vail", "Acting FOIA Officer", "Disclosure Branch"]
add('fema-ack-letter-pdf-only', '2026-09-16 10:02', '-0400', [
    ('From', 'FEMA-FOIA <fema-foia@fema.dhs.gov>'),
    ('To', plus('REQ-001')),
    ('Subject', 'FEMA FOIA Correspondence'),
    ('Message-ID', outlook_mid('m012', 'BN8PR09MB')),
 ] + outlook_headers('m012', 'FEMA FOIA Correspondence'), multipart('mixed', [
    text("Please see the attached correspondence regarding your Freedom of Information Act request.\n\nFEMA FOIA Office\n"),
    attachment('FOIA_Acknowledgment_Letter.pdf', pdf(fema_ack, 'FOIA Acknowledgment')),
 ], 'm012'),
 request='REQ-001', kind='acknowledgment', tracking='2026-FEFO-01482', clock='acknowledgment', received='2026-09-03',
 signals=['plus', 'tracking-attachment'],
 why='FEMA letter (PDF only) assigns 2026-FEFO-01482 and states receipt Sep 3 (sent Sep 2): 20 federal business days from Sep 3; extension only "may" be invoked',
 note='Acknowledgment only in a PDF, number only in the PDF text, hedged "may need to invoke" extension; modeled on DHS/FEMA acknowledgment letters (6 C.F.R. 5.5).')

# 2026-09-16  Olmsted County out-of-office
add('olmsted-ooo', '2026-09-16 16:40', '-0500', [
    ('From', '"Kjellberg, Ingrid" <ingrid.kjellberg@olmstedcounty.gov>'),
    ('To', 'Records Desk <%s>' % plus('REQ-014')),
    ('Subject', 'Automatic reply: ' + subj('REQ-014')),
    ('Message-ID', outlook_mid('m013', 'SN6PR09MB')),
    ('In-Reply-To', rmid('REQ-014')),
    ('References', rmid('REQ-014')),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
 ] + outlook_headers('m013', subj('REQ-014')), text(W(
    "I am out of the office at the Minnesota public health preparedness conference and will return on Monday, September 21. I will have limited access to email.",
    "For data practices requests to Public Health Services, please write to publichealth@olmstedcounty.gov. For urgent public health matters call 507-328-7500.",
    "Ingrid Kjellberg\nPublic Health Services | Olmsted County")),
 request='REQ-014', kind='auto_reply', signals=['thread', 'plus'],
 why='Out-of-office from the Public Health staffer our request was addressed to',
 note='Exchange out-of-office ("Automatic reply:") threaded to our request.')

# 2026-09-17  JustFOIA "new message" notice with no content
add('henderson-justfoia-new-message', '2026-09-17 11:03', '-0400', [
    ('From', 'JustFOIA Notifications <no-reply@justfoia.com>'),
    ('To', plus('REQ-015')),
    ('Subject', 'New Message Regarding Your Request PRR-2026-117'),
    ('Message-ID', '<%s@notify.justfoia.com>' % hid('m014', 32)),
    ('Auto-Submitted', 'auto-generated'),
 ], html('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">'
    '<div style="background:#1f4e79;color:#fff;padding:10px"><b>Henderson County, NC &ndash; Public Records Center</b></div>'
    '<p>You have a new message regarding request <b>PRR-2026-117</b>.</p>'
    '<p>For your privacy, message contents are not included in email notifications. Please <a href="https://hendersoncountync.justfoia.com/publicportal/home/track">log in to the Public Records Center</a> to read and respond.</p>'
    '<p style="color:#888;font-size:11px">This message was sent from an unmonitored address. Please do not reply.</p></body></html>'),
 request='REQ-015', kind='portal_notice', tracking='PRR-2026-117', signals=['plus', 'tracking'],
 why='JustFOIA says a message is waiting in the portal; nothing substantive in the email',
 note='Portal "new message" notification with the content withheld from email; JustFOIA style.')

# 2026-09-21  Kent County extension with a stated date
add('kent-extension-dated', '2026-09-21 10:26', '-0400', [
    ('From', 'KCHD FOIA <hdfoia@accesskent.com>'),
    ('To', plus('REQ-012')),
    ('Subject', 'RE: FOIA HD-2026-0412 - Request Received'),
    ('Message-ID', outlook_mid('m015', 'DM6PR09MB')),
    ('In-Reply-To', outlook_mid('m009', 'DM6PR09MB')),
    ('References', rmid('REQ-012') + ' ' + outlook_mid('m009', 'DM6PR09MB')),
 ] + outlook_headers('m015', 'FOIA HD-2026-0412 - Request Received'), text(W(
    "Dear Records Desk,",
    "NOTICE OF EXTENSION - FOIA HD-2026-0412",
    "Pursuant to MCL 15.235(2)(d), the Kent County Health Department is extending the time to respond to your request by ten (10) business days. Additional time is needed because responsive records are held by both the Communicable Disease and Emergency Preparedness programs and must be reviewed for confidential health information.",
    "A response will be issued on or before Monday, October 5, 2026.",
    "Kent County Health Department\nFOIA Coordinator")),
 request='REQ-012', kind='extension', tracking='HD-2026-0412', clock='extension', estimated='2026-10-05',
 signals=['thread', 'plus', 'tracking'],
 why='MCL 15.235(2)(d) 10-business-day extension on the Sep 21 due date; states a response date of Oct 5',
 note='Michigan extension with the new date spelled out; modeled on county FOIA coordinator notices.')

# 2026-09-21  DHS SecureRelease acknowledgment (shared DHS sender) delivered through our Google Group
add('fema-securerelease-ack-via-group', '2026-09-21 17:12', '-0400', google_group('DHS SecureRelease', 'noreply@securerelease.dhs.gov') + [
    ('To', INBOX),
    ('Subject', 'Request 2026-FEFO-01611 has been received'),
    ('Message-ID', '<%s@securerelease.dhs.gov>' % hid('m016', 30)),
    ('X-Original-To', INBOX),
 ], multipart('alternative', [
    text(W("DHS SecureRelease",
      "Your request has been received by the Federal Emergency Management Agency (FEMA).",
      "|Request Number: 2026-FEFO-01611\nReceived Date: 09/21/2026\nComponent: Federal Emergency Management Agency\nRequest Type: FOIA\nDescription: IPAWS alerting authority applications, memoranda of agreement and\nalert logs for county alerting authorities in Michigan, Minnesota and Wisconsin",
      "You can view the status of your request at any time by logging in to SecureRelease. Please do not reply to this automated message; this mailbox is not monitored.")),
    html('<html><body style="font-family:Arial,sans-serif;font-size:13px"><h3 style="color:#005288">DHS SecureRelease</h3>'
      '<p>Your request has been received by the Federal Emergency Management Agency (FEMA).</p>'
      '<table border="0" cellpadding="3"><tr><td>Request Number:</td><td><b>2026-FEFO-01611</b></td></tr><tr><td>Received Date:</td><td>09/21/2026</td></tr>'
      '<tr><td>Component:</td><td>Federal Emergency Management Agency</td></tr><tr><td>Request Type:</td><td>FOIA</td></tr>'
      '<tr><td>Description:</td><td>IPAWS alerting authority applications, memoranda of agreement and alert logs for county alerting authorities in Michigan, Minnesota and Wisconsin</td></tr></table>'
      '<p>You can view the status of your request at any time by logging in to <a href="https://securerelease.dhs.gov/app/Home.aspx">SecureRelease</a>. '
      'Please do not reply to this automated message; this mailbox is not monitored.</p></body></html>'),
 ], 'm016'),
 request='REQ-003', kind='acknowledgment', tracking='2026-FEFO-01611', clock='acknowledgment', received='2026-09-21',
 signals=['tracking-new', 'subject'],
 why='SecureRelease confirms FEMA received the IPAWS request 09/21 (= sent) as 2026-FEFO-01611; delivered via the Google Group so From is our own list',
 note='Portal receipt from the DHS-wide SecureRelease sender, rewritten by our Google Group ("via Records Desk", X-Original-Sender); no plus-address or thread headers.')

# 2026-09-22  Exchange Online NDR from michigan.gov, only the headers of our request returned
orig_007 = ('Received: from mail.ledger.example.org (mail.ledger.example.org [203.0.113.25])\n\tby mx.michigan.gov with ESMTPS; Tue, 22 Sep 2026 13:07:52 -0400\n'
            'From: Records Desk <records@ledger.example.org>\nReply-To: %s\nTo: MSPFOIA@michigan.gov\n'
            'Cc: MSP-EMHSD-Planning@michigan.gov\nSubject: %s\nDate: Tue, 22 Sep 2026 13:07:49 -0400\nMessage-ID: %s\n'
            'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\n' % (plus('REQ-007'), subj('REQ-007'), rmid('REQ-007')))
add('bounce-m365-msp-cc', '2026-09-22 13:08', '-0400', [
    ('From', 'postmaster@michigan.gov'),
    ('To', INBOX),
    ('Subject', 'Undeliverable: ' + subj('REQ-007')),
    ('Message-ID', '<%s@PH0PR09MB8841.namprd09.prod.outlook.com>' % hid('m017', 32)),
    ('Auto-Submitted', 'auto-replied'),
 ], multipart('report', [
    text("Delivery has failed to these recipients or groups:\n\nMSP-EMHSD-Planning@michigan.gov\n"
         "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\n"
         "If the problem continues, please contact your helpdesk.\n\n\n\n\n\nDiagnostic information for administrators:\n\n"
         "Generating server: PH0PR09MB8841.namprd09.prod.outlook.com\n\nMSP-EMHSD-Planning@michigan.gov\n"
         "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n"),
    raw_part('message/delivery-status', "Reporting-MTA: dns;PH0PR09MB8841.namprd09.prod.outlook.com\n\n"
             "Final-Recipient: rfc822;MSP-EMHSD-Planning@michigan.gov\nAction: failed\nStatus: 5.1.1\n"
             "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n"),
    raw_part('text/rfc822-headers', orig_007),
 ], 'm017', params='; report-type=delivery-status'),
 request='REQ-007', kind='bounce', signals=['thread-embedded', 'subject'],
 why='postmaster NDR for the Cc to a non-existent EMHSD mailbox; returned headers carry the REQ-007 Message-ID; MSPFOIA copy delivered',
 note='Older-style Exchange "Delivery has failed" NDR sent from postmaster@, headers-only return.')

# 2026-09-22  WEM program staff acknowledgment delivered through the Google Group, states a different received date
add('wem-staff-ack-via-group', '2026-09-22 15:47', '-0500', google_group('Olufsen, Derek - DMA', 'derek.olufsen@wisconsin.gov') + [
    ('To', 'Records Desk <%s>' % plus('REQ-005')),
    ('Subject', re_('REQ-005')),
    ('Message-ID', outlook_mid('m018', 'CH0PR09MB')),
    ('In-Reply-To', rmid('REQ-005')),
    ('References', rmid('REQ-005')),
 ], text(W(
    "Hello,",
    "I'm the Recovery Section supervisor at Wisconsin Emergency Management. Our records custodian logged your flood damage assessment request as DMA-PRR-2026-036 with a received date of 9/16, since it came in after our office closed on the 15th. I'll be pulling the records together on our end.",
    "FYI the wem.recovery mailbox you copied was retired last year, so anything sent there bounces. The custodian address (dmarecords@wisconsin.gov) or my address is best.",
    "Derek",
    "|Derek Olufsen\nRecovery Section Supervisor\nWisconsin Emergency Management\n2400 Wright Street, Madison, WI 53704\n(608) 242-3200")
    + '\n' + quote_gt('REQ-005', 'Tue, Sep 15, 2026 at 9:28 AM')),
 request='REQ-005', kind='acknowledgment', tracking='DMA-PRR-2026-036', clock='acknowledgment', received='2026-09-16',
 signals=['thread', 'plus', 'tracking-new'],
 why='WEM supervisor confirms the request was logged as DMA-PRR-2026-036, received 9/16 (sent 9/15); WI has no number so no due',
 note='Program staff writing informally from a state-wide wisconsin.gov address, delivered via our Google Group; request quoted with ">" lines.')

# 2026-09-23  FEMA acknowledgment for the Region 5 request, plain text, received the day after sending
add('fema-ack-region5', '2026-09-23 09:15', '-0400', [
    ('From', 'FEMA-FOIA <fema-foia@fema.dhs.gov>'),
    ('To', plus('REQ-002')),
    ('Subject', 'FEMA FOIA Request 2026-FEFO-01530 - Acknowledgment'),
    ('Message-ID', outlook_mid('m019', 'BN8PR09MB')),
 ] + outlook_headers('m019', 'FEMA FOIA Request 2026-FEFO-01530 - Acknowledgment'), text(W(
    "Dear Requester:",
    "This acknowledges receipt of your Freedom of Information Act (FOIA) request to the Federal Emergency Management Agency (FEMA), dated September 8, 2026, and received in this office on September 9, 2026. You are seeking Emergency Management Performance Grant (EMPG) monitoring reports prepared by FEMA Region 5 for Michigan, Minnesota and Wisconsin, and state after-action reviews submitted to or prepared by Region 5, fiscal years 2023 through 2026.",
    "Your request has been assigned FOIA tracking number 2026-FEFO-01530. Please refer to this number in all correspondence.",
    "FEMA will make every effort to respond within twenty (20) working days. We have queried the FEMA Region 5 Grants Management and Response Divisions for responsive records. If your request requires an extension of time, we will notify you.",
    "If you have any questions, please contact this office at fema-foia@fema.dhs.gov. You may also contact the FEMA FOIA Public Liaison, or the Office of Government Information Services (OGIS) at the National Archives and Records Administration, which offers mediation services to resolve disputes between FOIA requesters and federal agencies: 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; e-mail ogis@nara.gov; telephone 202-741-5770 or toll free 1-877-684-6448.",
    "Sincerely,\n\nFEMA FOIA Office\nDisclosure Branch")),
 request='REQ-002', kind='acknowledgment', tracking='2026-FEFO-01530', clock='acknowledgment', received='2026-09-09',
 signals=['plus', 'tracking-new', 'subject'],
 why='FEMA acknowledges the Region 5 EMPG/AAR request dated Sep 8, received Sep 9, as 2026-FEFO-01530; 20 business days from Sep 9',
 note='Plain-text federal acknowledgment with the OGIS paragraph and a received date one day after the sent date; no thread headers.')

# 2026-09-29  MSP fee itemization (granted, deposit required)
fee_lines = ["MICHIGAN STATE POLICE - DETAILED COST ITEMIZATION", "Freedom of Information Act, MCL 15.234", "",
    "FOIA Request No.: 26-01937", "Date: September 29, 2026", "Requester: Records Desk, Great Lakes Ledger", "",
    "1. Labor cost to search for, locate and examine records", "   9.0 hours x $31.42 (hourly wage of lowest-paid capable employee)      $282.78",
    "   Fringe benefits (50% cap per MCL 15.234(3))                              $141.39",
    "   Less first 15 minutes (no charge)                                         -$11.78",
    "2. Labor cost to separate exempt from nonexempt information                  $0.00",
    "3. Cost of computer discs / non-paper media (emailed)                        $0.00",
    "4. Duplication (electronic records; no paper copies)                           $0.00",
    "5. Mailing                                                                      $0.00", "",
    "ESTIMATED TOTAL                                                              $412.39", "",
    "Good-faith deposit required (50% of estimate, MCL 15.234(8)):              $206.20", "",
    "This is an estimate. The actual fee may be higher or lower. The estimated time frame to provide the records is 20 business days after receipt of the deposit."]
add('msp-fee-itemization', '2026-09-29 10:44', '-0400', [
    ('From', '"Teller, Anne Marie (MSP)" <TellerA@michigan.gov>'),
    ('To', 'Records Desk <%s>' % plus('REQ-006')),
    ('Subject', 'FOIA 26-01937 - Granted / Fee Deposit Required'),
    ('Message-ID', outlook_mid('m021', 'PH0PR09MB')),
 ] + outlook_headers('m021', 'FOIA 26-01937 - Granted / Fee Deposit Required'), multipart('mixed', [
    multipart('alternative', [
        text(W("Good morning,",
          "Your request 26-01937 is granted. However, because the search for Disaster and Emergency Contingency Fund grant files will take considerable staff time, a fee applies under MCL 15.234. The attached detailed cost itemization estimates the total at $412.39.",
          "Before we begin, a good-faith deposit of $206.20 (50% of the estimate) is required under MCL 15.234(8). Checks should be payable to the State of Michigan and mailed to the MSP FOIA Unit, 7150 Harris Drive, Dimondale, MI 48821, with the FOIA number on the check. The request will be considered abandoned if the deposit is not received within 45 days of this notice.",
          "The estimated time frame to provide the records is 20 business days after we receive the deposit. This is a good-faith estimate only and is not binding.",
          "Anne Marie Teller\nFOIA Coordinator\nMichigan State Police | FOIA Unit\n517-284-3145")),
        html('<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Good morning,</p>'
          '<p>Your request 26-01937 is <b>granted</b>. However, because the search for Disaster and Emergency Contingency Fund grant files will take considerable staff time, a fee applies under MCL 15.234. The attached detailed cost itemization estimates the total at <b>$412.39</b>.</p>'
          '<p>Before we begin, a good-faith deposit of <b>$206.20</b> (50% of the estimate) is required under MCL 15.234(8). Checks should be payable to the State of Michigan and mailed to the MSP FOIA Unit, 7150 Harris Drive, Dimondale, MI 48821, with the FOIA number on the check. The request will be considered abandoned if the deposit is not received within 45 days of this notice.</p>'
          '<p>The estimated time frame to provide the records is 20 business days after we receive the deposit. This is a good-faith estimate only and is not binding.</p>'
          '<p>Anne Marie Teller<br>FOIA Coordinator<br>Michigan State Police | FOIA Unit<br>517-284-3145</p></div></body></html>'),
    ], 'm021a'),
    attachment('26-01937 Detailed Cost Itemization.pdf', pdf(fee_lines, 'Detailed Cost Itemization')),
 ], 'm021'),
 request='REQ-006', kind='fee_estimate', tracking='26-01937', signals=['plus', 'tracking'],
 why='MSP grants but requires a 50% good-faith deposit ($206.20 of $412.39) before processing (MCL 15.234(8))',
 note='Michigan "granted, deposit required" notice with a detailed cost itemization PDF; modeled on the Michigan FOIA standard itemization form.')

# 2026-09-29  MSP extension for REQ-007 with received date (deemed next business day) and a stated date
add('msp-extension-dated', '2026-09-29 16:20', '-0400', [
    ('From', 'MSP FOIA <MSPFOIA@michigan.gov>'),
    ('To', plus('REQ-007')),
    ('Subject', 'FOIA Request 26-02204 - Notice of Extension'),
    ('Message-ID', outlook_mid('m022', 'PH0PR09MB')),
 ] + outlook_headers('m022', 'FOIA Request 26-02204 - Notice of Extension'), text(W(
    "Dear Requester:",
    "Your request for local emergency management program reviews and county plan compliance letters of the Emergency Management and Homeland Security Division was sent by email on September 22, 2026 and, under MCL 15.235(1), is considered received on September 23, 2026. It has been assigned FOIA number 26-02204.",
    "The Department is invoking its right under MCL 15.235(2)(d) to extend the time for its response by up to ten (10) additional business days. You will receive a response on or before October 14, 2026.",
    "FOIA Unit\nMichigan State Police")),
 request='REQ-007', kind='extension', tracking='26-02204', clock='extension', received='2026-09-23', estimated='2026-10-14',
 signals=['plus', 'tracking-new', 'subject'],
 why='first MSP notice: request deemed received Sep 23 (sent Sep 22); 5 MI business days -> Sep 30, +10 business days -> Oct 14, the date stated',
 note='Extension notice that also states the deemed-received date and a new date (MCL 15.235(1), (2)(d)); first message to carry the number.')

# 2026-09-30  FEMA unusual-circumstances extension for REQ-001 with an estimated completion date
add('fema-extension-unusual-circumstances', '2026-09-30 12:15', '-0400', [
    ('From', '"Oduya, Lorraine" <lorraine.oduya@fema.dhs.gov>'),
    ('To', plus('REQ-001')),
    ('Cc', 'FEMA-FOIA <fema-foia@fema.dhs.gov>'),
    ('Subject', '2026-FEFO-01482 - Notice of Unusual Circumstances'),
    ('Message-ID', outlook_mid('m023', 'BN8PR09MB')),
 ] + outlook_headers('m023', '2026-FEFO-01482 - Notice of Unusual Circumstances'), multipart('alternative', [
    text(W("Good afternoon,",
      "I am the Government Information Specialist assigned to your FOIA request 2026-FEFO-01482 for Public Assistance and debris records for Henderson County, North Carolina (DR-4827-NC).",
      "FEMA is invoking a 10-working-day extension of the time limit to respond to your request, as provided by 5 U.S.C. 552(a)(6)(B) and 6 C.F.R. 5.5(c). Unusual circumstances exist because the records must be searched for and collected from FEMA Region 4 and the North Carolina Joint Field Office, which are separate from the office processing your request, and because your request seeks a voluminous amount of records (preliminary searches of Grants Portal and the debris monitoring files indicate more than 6,000 pages).",
      "Because we will need more than the additional 10 working days, we estimate that we will complete processing of your request by January 29, 2027. You may narrow the scope of your request (for example, to the determination memoranda and monthly debris monitoring summaries only) or agree to an alternative time frame; please contact me if you wish to do so.",
      "You may contact our FOIA Public Liaison at fema-foia@fema.dhs.gov for any further assistance and to discuss any aspect of your request. Additionally, you may contact the Office of Government Information Services (OGIS) at the National Archives and Records Administration to inquire about the FOIA mediation services they offer. The contact information for OGIS is: Office of Government Information Services, National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; e-mail at ogis@nara.gov; telephone at 202-741-5770; toll free at 1-877-684-6448.",
      "Respectfully,\n\nLorraine Oduya\nGovernment Information Specialist\nFEMA Disclosure Branch")),
    html('<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
      '<p>Good afternoon,</p><p>I am the Government Information Specialist assigned to your FOIA request 2026-FEFO-01482 for Public Assistance and debris records for Henderson County, North Carolina (DR-4827-NC).</p>'
      '<p>FEMA is invoking a 10-working-day extension of the time limit to respond to your request, as provided by 5 U.S.C. &sect; 552(a)(6)(B) and 6 C.F.R. &sect; 5.5(c). Unusual circumstances exist because the records must be searched for and collected from FEMA Region 4 and the North Carolina Joint Field Office, which are separate from the office processing your request, and because your request seeks a voluminous amount of records (preliminary searches of Grants Portal and the debris monitoring files indicate more than 6,000 pages).</p>'
      '<p>Because we will need more than the additional 10 working days, we estimate that we will complete processing of your request by <b>January 29, 2027</b>. You may narrow the scope of your request (for example, to the determination memoranda and monthly debris monitoring summaries only) or agree to an alternative time frame; please contact me if you wish to do so.</p>'
      '<p>You may contact our FOIA Public Liaison at fema-foia@fema.dhs.gov for any further assistance and to discuss any aspect of your request. Additionally, you may contact the Office of Government Information Services (OGIS) at the National Archives and Records Administration to inquire about the FOIA mediation services they offer. The contact information for OGIS is: Office of Government Information Services, National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; e-mail at ogis@nara.gov; telephone at 202-741-5770; toll free at 1-877-684-6448.</p>'
      '<p>Respectfully,<br><br>Lorraine Oduya<br>Government Information Specialist<br>FEMA Disclosure Branch</p></div></body></html>'),
 ], 'm023'),
 request='REQ-001', kind='extension', tracking='2026-FEFO-01482', clock='extension', estimated='2027-01-29',
 signals=['plus', 'tracking'],
 why='federal unusual-circumstances extension (+10 business days on the Oct 2 due date); estimated completion Jan 29, 2027',
 note='Federal (a)(6)(B) extension with narrowing offer, FOIA Public Liaison and OGIS paragraph; modeled on DHS component extension letters.')

# 2026-10-01  Henderson County staff interim release quoting our request
add('henderson-interim-contracts', '2026-10-01 11:52', '-0400', [
    ('From', 'Kelly Ammons <kelly.ammons@hendersoncountync.gov>'),
    ('To', 'Records Desk <%s>' % plus('REQ-015')),
    ('Subject', re_('REQ-015')),
    ('Message-ID', outlook_mid('m024', 'CY8PR09MB')),
    ('In-Reply-To', rmid('REQ-015')),
    ('References', rmid('REQ-015')),
 ] + outlook_headers('m024', subj('REQ-015')), multipart('mixed', [
    text(W("Good morning,",
      "Attached are the first records for your request (PRR-2026-117 in the portal). These are the two debris removal contracts and the debris monitoring contract, with all amendments.",
      "The monitoring reports are the bulk of this. The monitor's daily reports and load-ticket summaries run to several thousand pages, so we will send them in batches as our staff can review them. The EOC activation and situation logs will come after that.",
      "Thank you for your patience,",
      "|Kelly Ammons\nAdministrative Support Specialist\nHenderson County Emergency Services\nHendersonville, NC")
      + '\n' + quote_gt('REQ-015', 'Wed, Sep 2, 2026 at 10:02 AM'), charset='utf-8'),
    attachment('Debris_Removal_Contracts_Ridgeline_CarolinaStorm.pdf', pdf([
        "HENDERSON COUNTY, NORTH CAROLINA", "CONTRACT FOR DISASTER DEBRIS REMOVAL SERVICES (EXCERPT)", "",
        "Contract No. 2024-ES-117A  |  Contractor: Ridgeline Recovery LLC", "Effective: October 4, 2024  |  Amendment 1: December 12, 2024", "",
        "Unit rates: vegetative debris collect/haul 0-15 mi $8.90/CY; C&D debris $10.40/CY; hazardous trees (6-12 in.) $85.00/tree.", "",
        "Contract No. 2024-ES-117B  |  Contractor: Carolina Storm Services, Inc.", "Effective: October 4, 2024", "",
        "Contract No. 2024-ES-118  |  Debris Monitoring: Bluepoint Disaster Monitoring LLC", "Effective: October 2, 2024; hourly rates per Exhibit B."],
        'Debris contracts')),
 ], 'm024'),
 request='REQ-015', kind='records_interim', tracking='PRR-2026-117', signals=['thread', 'plus', 'tracking'],
 why='first batch (contracts) released; monitoring reports and EOC logs to follow in batches',
 note='County staff reply with the request quoted and a PDF; rolling release wording modeled on county public-records staff emails.')

# 2026-10-02  Marathon County final release, terse
add('marathon-final-terse', '2026-10-02 14:09', '-0500', [
    ('From', '"Lindemann, Rebecca" <rebecca.lindemann@marathoncounty.gov>'),
    ('To', 'Records Desk <%s>' % plus('REQ-010')),
    ('Subject', 'RE: ' + re_('REQ-010')),
    ('Message-ID', outlook_mid('m025', 'MN2PR09MB')),
    ('In-Reply-To', outlook_mid('m007', 'MN2PR09MB')),
    ('References', rmid('REQ-010') + ' ' + outlook_mid('m007', 'MN2PR09MB')),
 ] + outlook_headers('m025', subj('REQ-010')), multipart('mixed', [
    text("Attached. This should be everything - the PHEP deliverables for both budget\nperiods and the AAR from the April 2025 drive-through POD exercise. No charge.\n\n"
         "Becky\n\nRebecca Lindemann | Administrative Specialist\nMarathon County Health Department\n"),
    attachment('PHEP_Deliverables_BP2024-25_BP2025-26.pdf', pdf([
        "Marathon County Health Department", "Public Health Emergency Preparedness (PHEP) - Contract Deliverables", "",
        "Budget Period 2024-25: Jurisdictional Risk Assessment update (submitted 03/28/2025); ORR/MCM operational readiness self-review; Workforce training log.",
        "Budget Period 2025-26: Continuity of Operations plan annex; Medical Countermeasure dispensing plan update; Exercise and improvement plan."], 'PHEP deliverables')),
    attachment('AAR_IP_DriveThru_POD_Exercise_April2025.pdf', pdf([
        "After-Action Report / Improvement Plan", "Marathon County Drive-Through Point of Dispensing Full-Scale Exercise", "April 17, 2025 - Marathon Park, Wausau", "",
        "Strengths: traffic flow; volunteer check-in.", "Areas for improvement: radio interoperability with Sheriff's Office; forms at lane 3."], 'AAR')),
 ], 'm025'),
 request='REQ-010', kind='records_final', signals=['thread', 'plus'],
 why='county releases all PHEP deliverables and the exercise AAR ("should be everything"), no charge, nothing withheld',
 note='Terse county reply "Attached. This should be everything" with two small PDFs; final without closing formalities.')

# 2026-10-05  Kent County partial denial citing medical privacy; letter only in PDF; number only in the file name
kent_pd = ["KENT COUNTY HEALTH DEPARTMENT", "700 Fuller Avenue NE  |  Grand Rapids, Michigan 49503", "", "October 5, 2026", "",
    "Records Desk", "Great Lakes Ledger", "", "Re: Your Freedom of Information Act request received September 14, 2026", "",
    "Dear Records Desk:", "",
    "The Kent County Health Department (KCHD) has completed its review of your request under the Michigan Freedom of Information Act (FOIA), MCL 15.231 et seq., for records of the Department's response to the 2025-2026 measles outbreak. Your request is GRANTED IN PART and DENIED IN PART.", "",
    "Records released (enclosed, 146 pages): outbreak press releases and media advisories; public exposure-site notifications; weekly aggregate case counts by age group; vaccination clinic schedules and dose counts; communications with the Michigan Department of Health and Human Services that do not identify individuals.", "",
    "Records withheld: individual case investigation forms, line lists, contact-tracing logs and exposure notification letters to named individuals. These records contain medical and health information about identifiable persons and are exempt from disclosure under MCL 15.243(1)(a) (information of a personal nature, the disclosure of which would constitute a clearly unwarranted invasion of an individual's privacy) and MCL 15.243(1)(d) (records exempted from disclosure by statute), including the confidentiality of communicable disease reports under the Michigan Public Health Code and its rules (Mich Admin Code, R 325.181) and, to the extent KCHD acts as a covered entity, the HIPAA Privacy Rule, 45 CFR Parts 160 and 164. Small-cell counts (fewer than 6 cases) in the aggregate tables have been suppressed for the same reason.", "",
    "Under MCL 15.240, you have the right to appeal this partial denial. You may submit a written appeal to the Kent County Board of Commissioners, c/o County Administrator/Controller, 300 Monroe Avenue NW, Grand Rapids, MI 49503. The appeal must state the word \"appeal\" and identify the reason or reasons for reversal of the denial. Alternatively, you may commence a civil action in the Kent County Circuit Court to compel disclosure within 180 days after the Department's final determination to deny your request. If you prevail in such an action, the court shall award reasonable attorneys' fees, costs and disbursements, and may award punitive damages under MCL 15.240(7).", "",
    "There is no charge for this response.", "", "Sincerely,", "", "Marisa Vander Laan", "FOIA Coordinator", "Kent County Health Department"]
add('kent-partial-denial-medical-privacy', '2026-10-05 13:30', '-0400', [
    ('From', 'KCHD FOIA <hdfoia@accesskent.com>'),
    ('To', 'records@ledger.example.org'),
    ('Subject', 'FOIA Response'),
    ('Message-ID', outlook_mid('m026', 'DM6PR09MB')),
 ] + outlook_headers('m026', 'FOIA Response'), multipart('mixed', [
    text("Please see the attached response to your Freedom of Information Act request.\n\nKent County Health Department\n"),
    attachment('HD-2026-0412 Response.pdf', pdf(kent_pd, 'FOIA Response')),
 ], 'm026'),
 request='REQ-012', kind='records_final', tracking='HD-2026-0412', adverse=True,
 signals=['tracking-filename', 'subject'],
 why='granted in part / denied in part: case-level health records withheld (MCL 15.243(1)(a),(d); R 325.181; HIPAA); MI 180-day window from Oct 5',
 note='Partial denial citing medical privacy, letter only in PDF, number only in the attachment file name, no thread headers or plus address; MCL 15.240 appeal paragraph.')

# 2026-10-05  WEM referral of the county-held part of REQ-005 (other)
add('wem-referral-counties', '2026-10-05 15:58', '-0500', [
    ('From', '"Olufsen, Derek - DMA" <derek.olufsen@wisconsin.gov>'),
    ('To', 'Records Desk <%s>' % plus('REQ-005')),
    ('Cc', 'DMA Records Custodian <dmarecords@wisconsin.gov>, "Pruitt, Angela" <angela.pruitt@milwaukeecountywi.gov>'),
    ('Subject', 'RE: DMA-PRR-2026-036 - county IDA worksheets'),
    ('Message-ID', outlook_mid('m027', 'CH0PR09MB')),
    ('In-Reply-To', outlook_mid('m018', 'CH0PR09MB')),
    ('References', rmid('REQ-005') + ' ' + outlook_mid('m018', 'CH0PR09MB')),
 ] + outlook_headers('m027', 'DMA-PRR-2026-036 - county IDA worksheets'), text(W(
    "Hello again,",
    "One part of DMA-PRR-2026-036 we can't fill from our files: the county initial damage assessment (IDA) worksheets. Counties enter those in their own systems and only send us a rollup, so the detailed worksheets belong to the county emergency management offices. I've copied Angela Pruitt, who handles records for Milwaukee County Emergency Management; the Waukesha, Washington and Ozaukee offices would need to be asked separately.",
    "We are still working on the rest (the joint PDA summaries with FEMA and the Governor's request package), and the custodian will be in touch about costs.",
    "Derek")),
 request='REQ-005', kind='other', tracking='DMA-PRR-2026-036', signals=['thread', 'plus', 'tracking'],
 why='referral notice: county IDA worksheets belong to county offices (Milwaukee contact copied); WEM continues with the state records',
 note='Transfer/referral of part of a request to another government, written informally by program staff; modeled on Wisconsin practice that a custodian need not create or obtain records it does not hold.')

# 2026-10-07  FEMA clarification for REQ-002
add('fema-clarification-region5', '2026-10-07 14:25', '-0400', [
    ('From', '"Feld, Marcus" <marcus.feld@fema.dhs.gov>'),
    ('To', plus('REQ-002')),
    ('Subject', '2026-FEFO-01530 - Request for Clarification'),
    ('Message-ID', outlook_mid('m028', 'BN8PR09MB')),
 ] + outlook_headers('m028', '2026-FEFO-01530 - Request for Clarification'), text(W(
    "Good afternoon,",
    "I have been assigned your FOIA request 2026-FEFO-01530. Before the program offices can conduct a reasonable search, I need clarification on two points:",
    "|1. \"Monitoring reports\": Region 5 Grants Management performs EMPG monitoring through\n   desk reviews and site visits. Are you seeking only the final monitoring\n   reports/letters sent to each state, or also the working papers and checklists?\n\n"
    "2. \"After-action reviews\": state after-action reports are prepared by the states and\n   are not routinely submitted to FEMA. Are you seeking (a) state AARs that happen to\n   be in FEMA's files, (b) FEMA Region 5's own after-action or hotwash documents for\n   disasters in those states, or both?",
    "Please respond within 30 working days of the date of this email. The time for responding to your request is tolled while we await your reply, 5 U.S.C. 552(a)(6)(A)(ii)(I). If we do not receive a response, we will assume you are no longer interested in this request and it will be administratively closed.",
    "Thank you,\n\nMarcus Feld\nGovernment Information Specialist\nFEMA Disclosure Branch")),
 request='REQ-002', kind='clarification', tracking='2026-FEFO-01530', signals=['plus', 'tracking'],
 why='FEMA asks two scope questions and tolls the clock pending our answer; 30 working days or administrative closure',
 note='Federal clarification/tolling letter by the assigned analyst, numbered questions; modeled on FOIA (a)(6)(A)(ii)(I) tolling practice.')

# 2026-10-08  GovQA message with the clarification text for REQ-008
add('mndps-govqa-clarification', '2026-10-08 09:37', '-0500', [
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', plus('REQ-008')),
    ('Subject', 'Data Request :: R002291-090926 - Message from Minnesota DPS'),
    ('Message-ID', '<%s.govqa@mycusthelp.net>' % hid('m029', 24)),
    ('Auto-Submitted', 'auto-generated'),
 ], multipart('alternative', [
    text(W("Minnesota Department of Public Safety - Data Requests",
      "A message has been posted to your data request R002291-090926:",
      "|----------------------------------------------------------------------",
      "Your request asks for \"all payments to counties under the State Public Disaster Assistance program, 2024-2026.\" HSEM can provide the payment ledger (county, disaster, date, amount) and the award letters. The county applications and their damage documentation are also responsive, but they total roughly 3,000 pages and would take considerably longer to review. Please let us know which of these you want: (1) ledger and award letters only, or (2) ledger, award letters and applications. We will hold your request until we hear from you.",
      "- Colleen Ostrowski, Data Practices Analyst",
      "|----------------------------------------------------------------------",
      "To reply, log in to the Public Records Center and open your request. Replies to this email are not monitored.")),
    html('<html><body style="font-family:Verdana,Arial;font-size:12px"><p><b>Minnesota Department of Public Safety &ndash; Data Requests</b></p>'
      '<p>A message has been posted to your data request <b>R002291-090926</b>:</p><blockquote style="border-left:3px solid #ccc;padding-left:8px">'
      '<p>Your request asks for &quot;all payments to counties under the State Public Disaster Assistance program, 2024-2026.&quot; HSEM can provide the payment ledger (county, disaster, date, amount) and the award letters. '
      'The county applications and their damage documentation are also responsive, but they total roughly 3,000 pages and would take considerably longer to review. '
      'Please let us know which of these you want: (1) ledger and award letters only, or (2) ledger, award letters and applications. We will hold your request until we hear from you.</p>'
      '<p>&ndash; Colleen Ostrowski, Data Practices Analyst</p></blockquote>'
      '<p>To reply, <a href="https://mn-dps.mycusthelp.com/WEBAPP/_rs/(S(x4b2k1))/RequestOpen.aspx?rqst=2291">log in to the Public Records Center</a> and open your request. Replies to this email are not monitored.</p></body></html>'),
 ], 'm029'),
 request='REQ-008', kind='clarification', tracking='R002291-090926', signals=['plus', 'tracking', 'subject'],
 why='HSEM asks us to choose between ledger/award letters and the full applications; request held until we answer',
 note='GovQA message notification that does carry the staff text (unlike a bare "updated" notice); shared mycusthelp.net sender.')

# 2026-10-09  FEMA analyst out-of-office in reply to our clarification answer
add('fema-analyst-ooo', '2026-10-09 08:05', '-0400', [
    ('From', '"Feld, Marcus" <marcus.feld@fema.dhs.gov>'),
    ('To', 'Records Desk <%s>' % plus('REQ-002')),
    ('Subject', 'Automatic reply: RE: 2026-FEFO-01530 - Request for Clarification'),
    ('Message-ID', outlook_mid('m030', 'BN8PR09MB')),
    ('In-Reply-To', '<req-002.20261008.2@ledger.example.org>'),
    ('References', rmid('REQ-002') + ' ' + outlook_mid('m028', 'BN8PR09MB') + ' <req-002.20261008.2@ledger.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
 ] + outlook_headers('m030', 'RE: 2026-FEFO-01530 - Request for Clarification'), text(W(
    "I am on leave from October 9 through October 19, 2026 and will respond when I return. For FOIA matters that need attention before then, please write to fema-foia@fema.dhs.gov and include your tracking number.",
    "Marcus Feld\nFEMA Disclosure Branch")),
 request='REQ-002', kind='auto_reply', tracking='2026-FEFO-01530', signals=['thread', 'plus', 'tracking'],
 why='analyst out-of-office replying to our clarification answer; References carries the REQ-002 request id',
 note='Out-of-office to our follow-up (not to the request itself); subject carries the number.')

# 2026-10-09  colleague forwards Kent County's no-records response that went only to her
add('fwd-kent-no-records-pod', '2026-10-09 11:20', '-0400', [
    ('From', 'Priya Natarajan <pnatarajan@ledger.example.org>'),
    ('To', 'Records Desk <records@ledger.example.org>'),
    ('Subject', 'Fwd: FOIA Request - Closed POD agreements'),
    ('Message-ID', '<CAJ%s@mail.gmail.com>' % hid('m031', 40)),
 ], text(
    "For the log -- Kent answered me directly instead of the desk address. I think\nthis closes out the POD one unless we want to go to county EM.\n\nPriya\n\n"
    "---------- Forwarded message ---------\n"
    "From: KCHD FOIA <hdfoia@accesskent.com>\nDate: Thu, Oct 8, 2026 at 3:42 PM\nSubject: FOIA Request - Closed POD agreements\n"
    "To: Priya Natarajan <pnatarajan@ledger.example.org>\n\n\n" + W(
    "Dear Ms. Natarajan,",
    "The Kent County Health Department received your FOIA request on October 1, 2026 (KCHD FOIA HD-2026-0467) for closed point-of-dispensing (POD) agreements and medical countermeasure dispensing plans.",
    "Your request is denied because, after a diligent search of the Department's Emergency Preparedness program files, the Department has no records responsive to the request. Executed closed POD agreements with employers were transferred to Kent County Emergency Management when that office assumed the closed POD program in 2023, and the Department no longer maintains them. Pursuant to MCL 15.235(5)(b), this notice serves as the Department's certificate that the public records you requested do not exist under the name given by you or by another name reasonably known to the Department. You may wish to direct your request to Kent County Emergency Management.",
    "You have the right to appeal this determination to the Kent County Board of Commissioners under MCL 15.240(1)(a), or to commence an action in circuit court within 180 days of this determination under MCL 15.240(1)(b).",
    "Kent County Health Department\nFOIA Coordinator"), format_flowed=False),
 request='REQ-013', kind='no_records', tracking='HD-2026-0467', adverse=True, determination_date='2026-10-08',
 signals=['tracking-new', 'subject'],
 why='forwarded Kent no-records notice (MCL 15.235(5)(b) certificate) dated Oct 8; MI 180-day window counted from the agency determination, not the forward',
 note='Forward by a colleague ("Fwd:", Gmail layout); the agency date is inside the body; Michigan treats a no-records certificate as a denial with appeal rights.')

# 2026-10-13  WEM status letter in PDF with day-month dates and an anticipated completion date
wem_letter = ["STATE OF WISCONSIN", "DEPARTMENT OF MILITARY AFFAIRS", "Office of the Legal Counsel",
    "2400 Wright Street, Post Office Box 14587, Madison, Wisconsin 53708-0587", "", "12 October 2026", "",
    "Records Desk", "Great Lakes Ledger", "records+req-004@ledger.example.org", "",
    "SUBJECT: Public Records Request DMA-PRR-2026-031 (Wisconsin Emergency Management county program reviews)", "",
    "1. On 3 September 2026 the Department received your request for Wisconsin Emergency Management (WEM) reviews of county emergency management programs and Emergency Management Performance Grant subaward monitoring records for 2024 through the present.", "",
    "2. WEM regional staff have located approximately 1,900 pages of potentially responsive records across the six WEM regions. Each record must be reviewed before release, including application of the public interest balancing test to portions that describe county security and continuity arrangements.", "",
    "3. Because of the volume of records and the staff available to review them, the Department will not be able to complete its response as quickly as first anticipated. The Department anticipates completing its response on or before 13 November 2026 and may provide records in installments before that date.", "",
    "4. The Department has not assessed any fees for this request. Questions may be directed to the undersigned at dmarecords@wisconsin.gov.", "",
    "FOR THE ADJUTANT GENERAL:", "", "KARIN SOLBERG", "Paralegal / Records Custodian"]
add('wem-letter-day-month-dates', '2026-10-13 08:50', '-0500', [
    ('From', 'DMA Records Custodian <dmarecords@wisconsin.gov>'),
    ('To', plus('REQ-004')),
    ('Subject', 'DMA-PRR-2026-031'),
    ('Message-ID', outlook_mid('m032', 'CH0PR09MB')),
 ] + outlook_headers('m032', 'DMA-PRR-2026-031'), multipart('mixed', [
    text("Please find attached correspondence regarding your public records request.\n\nDMA Records Custodian\n"),
    attachment('DMA-PRR-2026-031 Status Letter.pdf', pdf(wem_letter, 'Status letter')),
 ], 'm032'),
 request='REQ-004', kind='extension', tracking='DMA-PRR-2026-031', clock='extension', estimated='2026-11-13',
 signals=['plus', 'tracking', 'subject'],
 why='DMA letter dated "12 October 2026" says the response will take longer, anticipated by "13 November 2026"; WI has no extension days so no due, estimated only',
 note='Military-style letter (Department of Military Affairs) with day-month-year dates ("12 October 2026") only in a PDF; extension without a statutory period.')

# 2026-10-14  SecureRelease status notice for REQ-001 (no content)
add('fema-securerelease-status', '2026-10-14 06:02', '-0400', [
    ('From', 'DHS SecureRelease <noreply@securerelease.dhs.gov>'),
    ('To', INBOX),
    ('Subject', 'Status Update for Request 2026-FEFO-01482'),
    ('Message-ID', '<%s@securerelease.dhs.gov>' % hid('m034', 30)),
    ('Auto-Submitted', 'auto-generated'),
 ], text(W("The status of your FOIA request has been updated.",
    "Please log in to SecureRelease (https://securerelease.dhs.gov) to view the current status and any correspondence. Do not reply to this email; this mailbox is not monitored.")),
 request='REQ-001', kind='portal_notice', tracking='2026-FEFO-01482', signals=['tracking'],
 why='SecureRelease status-change email; nothing substantive; the number appears only in the subject',
 note='Bare portal status notice from the DHS-wide sender to the group address; tracking number only in the subject.')

# 2026-10-14  MSP denial (security exemption), MI appeal 180 days
add('msp-denial-security', '2026-10-14 15:30', '-0400', [
    ('From', 'MSP FOIA <MSPFOIA@michigan.gov>'),
    ('To', plus('REQ-007')),
    ('Subject', 'FOIA Request 26-02204 - Response'),
    ('Message-ID', outlook_mid('m033', 'PH0PR09MB')),
    ('In-Reply-To', outlook_mid('m022', 'PH0PR09MB')),
 ] + outlook_headers('m033', 'FOIA Request 26-02204 - Response'), text(W(
    "Dear Requester:",
    "This is the Department's response to FOIA request 26-02204 for local emergency management program reviews and county plan compliance letters of the Emergency Management and Homeland Security Division, 2023-2026.",
    "Your request is DENIED. The responsive records are local program capability reviews and plan compliance assessments that evaluate each county's emergency operations plan, warning and communications capabilities, continuity of government arrangements and critical-facility protections, and identify the gaps in each. These records are exempt from disclosure in their entirety under MCL 15.243(1)(y), which exempts records or information of measures designed to protect the security or safety of persons or property, including emergency response plans and vulnerability assessments, unless disclosure would not impair a public body's ability to protect that security or safety. The Department has determined that disclosure would impair that ability, and that the exempt material cannot reasonably be separated from any nonexempt material.",
    "Under MCL 15.240, you may (1) submit a written appeal to the Director of the Michigan State Police, 7150 Harris Drive, Dimondale, MI 48821, which must specifically state the word \"appeal\" and identify the reason or reasons the denial should be reversed; or (2) commence a civil action in the Michigan Court of Claims to compel disclosure within 180 days after the Department's final determination to deny the request. If you prevail in such an action you may receive reasonable attorneys' fees, costs and disbursements, and punitive damages if the court finds the Department arbitrarily and capriciously violated the FOIA.",
    "FOIA Unit\nMichigan State Police")),
 request='REQ-007', kind='denial', tracking='26-02204', adverse=True, signals=['plus', 'tracking', 'thread'],
 why='withheld in full under MCL 15.243(1)(y) (security/emergency plans); MI 180-day appeal/suit window from Oct 14',
 note='Full denial with the Michigan MCL 15.240 rights paragraph; In-Reply-To points to MSP\'s own earlier notice, not to our request.')


# 2026-10-15  Olmsted County Attorney answers for Public Health from another domain: cost of summary data
add('olmsted-county-attorney-summary-cost', '2026-10-15 10:40', '-0500', [
    ('From', '"Breuer, Hannah" <hannah.breuer@co.olmsted.mn.us>'),
    ('To', 'records@ledger.example.org'),
    ('Cc', 'Olmsted County Public Health <publichealth@olmstedcounty.gov>'),
    ('Subject', 'Olmsted County - response to your data request (Public Health / heat illness)'),
    ('Message-ID', outlook_mid('m035', 'SN6PR09MB')),
 ] + outlook_headers('m035', 'Olmsted County - response to your data request (Public Health / heat illness)'), text(W(
    "Dear Records Desk:",
    "This office represents Olmsted County Public Health Services and is responding on its behalf to your data practices request dated September 16, 2026, concerning heat-related illness surveillance and cooling centers for summer 2026.",
    "Public Health does not maintain weekly heat-illness counts in the form you requested. The underlying emergency department visit data that the County receives through the state syndromic surveillance system are private data on individuals and health data under Minn. Stat. 13.3805, subd. 1, and cannot be released. We read your request, as you indicated, as asking for summary data only. Under Minn. Stat. 13.05, subd. 7, the County will prepare summary data on request, and the requester may be required to pay the County's cost of preparing it.",
    "Staff estimate that preparing weekly summary counts for May 1 through September 15, 2026, with counts under 5 suppressed, will take approximately 6 hours at $38.75 per hour, for an estimated cost of $232.50. The actual cost may be somewhat lower. Please confirm in writing that you wish the County to prepare the summary data at this cost; staff will not begin until we receive your confirmation.",
    "The cooling center records (City-County cooling center activation notices, hours and daily visitor counts) are public and will be provided electronically without charge together with the summary data.",
    "Very truly yours,",
    "|Hannah Breuer\nAssistant Olmsted County Attorney, Civil Division\nOlmsted County Attorney's Office\n151 4th Street SE, Rochester, MN 55904")),
 request='REQ-014', kind='fee_estimate', signals=['subject'],
 why='county attorney (co.olmsted.mn.us, not the health department domain) asks us to agree to $232.50 for summary data before work starts',
 note='County attorney answering for the health department from another domain, no thread headers or plus address; Minn. Stat. 13.05 subd. 7 summary-data cost wording.')

# 2026-10-16  unrelated: FEMA Region 5 GovDelivery newsletter
add('fema-region5-newsletter', '2026-10-16 07:00', '-0500', [
    ('From', 'FEMA Region 5 <fema@service.govdelivery.com>'),
    ('To', INBOX),
    ('Subject', 'FEMA Region 5 Update: Winter Preparedness, Hazard Mitigation Funding Workshops'),
    ('Message-ID', '<20261016.%s@public.govdelivery.com>' % hid('m036', 16)),
    ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USDHSFEMA/subscriber/one_click_unsubscribe?verification=5.%s>' % hid('m036u', 20)),
    ('Precedence', 'bulk'),
    ('X-Accountcode', 'USDHSFEMA_1004'),
 ], multipart('alternative', [
    text(W("FEMA Region 5 Update - October 2026",
      "Winter is coming to the Great Lakes. Use the Ready.gov winter weather checklist to prepare your home and vehicle, and check on older neighbors during extreme cold.",
      "Hazard Mitigation Assistance workshops: FEMA Region 5 will hold virtual application development workshops for state and tribal applicants on November 4 and November 18.",
      "Region 5 serves Illinois, Indiana, Michigan, Minnesota, Ohio, Wisconsin and 36 federally recognized tribal nations.",
      "You are subscribed to FEMA Region 5 updates. Manage your subscriptions at https://public.govdelivery.com/accounts/USDHSFEMA/subscriber/edit")),
    html('<html><body style="font-family:Arial"><h2 style="color:#005288">FEMA Region 5 Update &ndash; October 2026</h2>'
      '<p><b>Winter is coming to the Great Lakes.</b> Use the Ready.gov winter weather checklist to prepare your home and vehicle, and check on older neighbors during extreme cold.</p>'
      '<p><b>Hazard Mitigation Assistance workshops:</b> FEMA Region 5 will hold virtual application development workshops for state and tribal applicants on November 4 and November 18.</p>'
      '<p style="font-size:11px;color:#666">Region 5 serves Illinois, Indiana, Michigan, Minnesota, Ohio, Wisconsin and 36 federally recognized tribal nations. '
      '<a href="https://public.govdelivery.com/accounts/USDHSFEMA/subscriber/edit">Manage subscriptions</a></p></body></html>'),
 ], 'm036'),
 request=None, kind='other', signals=['none'],
 why='FEMA Region 5 GovDelivery newsletter; same agency and region as REQ-002 but not about any request',
 note='Bulk subscriber newsletter from an agency we have open requests with (trap for agency-only matching).')

# 2026-10-20  Marathon County clarification for the nitrate request
add('marathon-nitrate-clarify', '2026-10-20 09:12', '-0500', [
    ('From', '"Lindemann, Rebecca" <rebecca.lindemann@marathoncounty.gov>'),
    ('To', 'Records Desk <%s>' % plus('REQ-011')),
    ('Subject', re_('REQ-011')),
    ('Message-ID', outlook_mid('m037', 'MN2PR09MB')),
    ('In-Reply-To', rmid('REQ-011')),
    ('References', rmid('REQ-011')),
 ] + outlook_headers('m037', subj('REQ-011')), text(
    "Hi,\n\nQuick question from our environmental health folks before they pull this. Do\nyou want the individual well test results? Those list the owner name and\nproperty address, so they'd have to go through them and we might charge for\nthat. Or would the summary by town work for you (number of wells tested, how\nmany over 10 mg/L)? That one they can just print.\n\nLet me know which and we'll go from there.\n\nBecky\n"),
 request='REQ-011', kind='clarification', signals=['thread', 'plus'],
 why='county asks whether we want individual well results (owner names/addresses) or the town-level summary before proceeding',
 note='Informal clarification question from county staff with a hedged possible charge ("we might charge").')

# 2026-10-20  JustFOIA acknowledgment for REQ-016
add('henderson-justfoia-received-ems', '2026-10-20 10:05', '-0400', [
    ('From', 'JustFOIA Notifications <no-reply@justfoia.com>'),
    ('To', plus('REQ-016')),
    ('Subject', 'Public Records Request PRR-2026-162 Received'),
    ('Message-ID', '<%s@notify.justfoia.com>' % hid('m038', 32)),
    ('Auto-Submitted', 'auto-generated'),
 ], html('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">'
    '<div style="background:#1f4e79;color:#fff;padding:10px"><b>Henderson County, NC &ndash; Public Records Center</b></div>'
    '<p>Hello Records Desk,</p><p>Your public records request has been received and assigned to the <b>Emergency Services</b> department.</p>'
    '<table cellpadding="4"><tr><td><b>Request Number</b></td><td>PRR-2026-162</td></tr>'
    '<tr><td><b>Date Received</b></td><td>10/20/2026</td></tr><tr><td><b>Department</b></td><td>Emergency Services</td></tr>'
    '<tr><td><b>Description</b></td><td>EMS response-time data (CAD) and mutual aid requests, January 2025 &ndash; present</td></tr></table>'
    '<p>Under the North Carolina Public Records Act (N.C.G.S. &sect; 132-6), the County will provide copies as promptly as possible.</p>'
    '<p><a href="https://hendersoncountync.justfoia.com/publicportal/home/track">Track your request</a></p>'
    '<p style="color:#888;font-size:11px">This message was sent from an unmonitored address. Please do not reply.</p></body></html>'),
 request='REQ-016', kind='acknowledgment', tracking='PRR-2026-162', clock='acknowledgment', received='2026-10-20',
 signals=['plus', 'tracking-new', 'subject'],
 why='JustFOIA logs the EMS response-time request as PRR-2026-162, received 10/20; NC sets no number so no due',
 note='HTML-only JustFOIA receipt; same template as the first Henderson receipt, different request.')

# 2026-10-22  colleague forwards an informal MN HSEM staff email asking for a call
add('fwd-mn-hsem-call-request', '2026-10-22 08:31', '-0500', [
    ('From', 'Tom Brekke <tbrekke@ledger.example.org>'),
    ('To', 'records@ledger.example.org'),
    ('Subject', 'Fwd: alerting data request'),
    ('Message-ID', '<CAK%s@mail.gmail.com>' % hid('m039', 40)),
 ], multipart('alternative', [
    text("This guy emailed me directly (my name must be on the request). I think it's\nthe Minnesota alerting one? Can whoever has it call him back.\n\n"
         "---------- Forwarded message ---------\nFrom: Vang, Nathan (DPS) <nathan.vang@state.mn.us>\n"
         "Date: Wed, Oct 21, 2026 at 4:44 PM\nSubject: alerting data request\nTo: tbrekke@ledger.example.org <tbrekke@ledger.example.org>\n\n\n"
         + W("Hi Tom,",
             "I'm the IPAWS program coordinator at HSEM. Data Practices passed me your request about the county alerting agreements and the WEA logs. Some of what you asked for, like the COG credentials and the alert origination software settings, is security information under 13.37 and we'd have to keep it out, but I think we can get you most of what you're after without much trouble.",
             "Would you be able to give me a call sometime this week? It would be easier to walk through what's in the logs by phone. 651-201-7417.",
             "Thanks,\nNate\n\nNathan Vang | IPAWS Program Coordinator\nHomeland Security and Emergency Management\nMinnesota Department of Public Safety")),
    html('<div dir="ltr">This guy emailed me directly (my name must be on the request). I think it\'s the Minnesota alerting one? Can whoever has it call him back.<br><br>'
         '<div class="gmail_quote">---------- Forwarded message ---------<br>From: <b>Vang, Nathan (DPS)</b> &lt;nathan.vang@state.mn.us&gt;<br>Date: Wed, Oct 21, 2026 at 4:44 PM<br>'
         'Subject: alerting data request<br>To: tbrekke@ledger.example.org &lt;tbrekke@ledger.example.org&gt;<br><br>'
         '<p>Hi Tom,</p><p>I\'m the IPAWS program coordinator at HSEM. Data Practices passed me your request about the county alerting agreements and the WEA logs. '
         'Some of what you asked for, like the COG credentials and the alert origination software settings, is security information under 13.37 and we\'d have to keep it out, but I think we can get you most of what you\'re after without much trouble.</p>'
         '<p>Would you be able to give me a call sometime this week? It would be easier to walk through what\'s in the logs by phone. 651-201-7417.</p>'
         '<p>Thanks,<br>Nate</p><p>Nathan Vang | IPAWS Program Coordinator<br>Homeland Security and Emergency Management<br>Minnesota Department of Public Safety</p></div></div>'),
 ], 'm039'),
 request='REQ-009', kind='other', signals=['subject'],
 why='forwarded HSEM staff email asking for a phone call about the alerting agreements/WEA logs; no number, matched by agency and topic only',
 note='Forward by a colleague of a program staffer\'s informal email from a state-wide state.mn.us address; call request (other).')

# 2026-10-26  FEMA fee estimate for REQ-003
add('fema-fee-estimate-ipaws', '2026-10-26 11:30', '-0400', [
    ('From', 'FEMA-FOIA <fema-foia@fema.dhs.gov>'),
    ('To', plus('REQ-003')),
    ('Subject', 'FOIA 2026-FEFO-01611 - Fee Estimate / Request for Commitment to Pay'),
    ('Message-ID', outlook_mid('m040', 'BN8PR09MB')),
 ] + outlook_headers('m040', 'FOIA 2026-FEFO-01611 - Fee Estimate / Request for Commitment to Pay'), text(W(
    "Dear Requester:",
    "This concerns your FOIA request 2026-FEFO-01611 for IPAWS alerting authority applications, memoranda of agreement and alert logs for county alerting authorities in Michigan, Minnesota and Wisconsin.",
    "Your request did not include information sufficient for FEMA to determine that you qualify as a representative of the news media. Accordingly, we have placed you in the \"all other requesters\" fee category under 6 C.F.R. 5.11(c)(1)(iii). Requesters in this category are charged for search time beyond the first two hours and for duplication beyond the first 100 pages.",
    "The IPAWS Program Management Office advises that locating the alerting authority files and extracting the alert logs from the IPAWS-OPEN message archive will require approximately 9 hours of professional search time. At $48.00 per hour, less the first two hours provided without charge, the estimated search fee is $336.00. Records will be provided electronically, so no duplication fees are expected.",
    "Because the estimated fees exceed $25.00, we require your written commitment to pay fees up to this amount before we continue processing, 6 C.F.R. 5.11(e). If you believe you qualify for the news media category, please provide supporting information. You may also narrow your request to reduce costs. If we do not receive a response within 30 working days, we will assume you are no longer interested and close your request.",
    "Sincerely,\n\nFEMA FOIA Office\nDisclosure Branch")),
 request='REQ-003', kind='fee_estimate', tracking='2026-FEFO-01611', signals=['plus', 'tracking'],
 why='FEMA puts us in the all-other category and estimates $336.00 search fees; processing stops until we commit to pay',
 note='Federal fee estimate with fee-category determination and commitment-to-pay requirement; modeled on 6 C.F.R. 5.11 practice.')

# 2026-10-27  WEM cost estimate for REQ-005 (prepayment)
add('wem-location-cost-prepay', '2026-10-27 13:02', '-0500', [
    ('From', 'DMA Records Custodian <dmarecords@wisconsin.gov>'),
    ('To', plus('REQ-005')),
    ('Subject', 'DMA PRR 2026-036 - cost estimate'),
    ('Message-ID', outlook_mid('m041', 'CH0PR09MB')),
 ] + outlook_headers('m041', 'DMA PRR 2026-036 - cost estimate'), text(W(
    "Good afternoon,",
    "WEM staff have estimated the time needed to locate the records responsive to DMA PRR 2026-036 (joint preliminary damage assessment summaries and the Governor's request package for the August 2025 flooding).",
    "Under Wis. Stat. 19.35(3)(c), an authority may charge the actual, necessary and direct cost of locating records when that cost is $50.00 or more. Locating these records is expected to take about 3.6 hours of staff time at $24.00 per hour (the hourly rate of the lowest-paid employee capable of performing the search), or $86.40. Records will be provided electronically, so there is no copy charge.",
    "Because the estimated cost exceeds $5.00, the Department requires prepayment under Wis. Stat. 19.35(3)(f). Please send a check payable to the Department of Military Affairs, referencing DMA PRR 2026-036, to the address below, or contact me if you would like to narrow the request to reduce the cost. We will hold the request until payment is received.",
    "Karin Solberg\nParalegal / Records Custodian\nWisconsin Department of Military Affairs\nPO Box 14587, Madison, WI 53708-0587"), charset='windows-1252', cte='quoted-printable'),
 request='REQ-005', kind='fee_estimate', tracking='DMA PRR 2026-036', signals=['plus', 'tracking'],
 why='Wis. Stat. 19.35(3)(c) location cost $86.40, prepayment required under 19.35(3)(f); request held until payment',
 note='Wisconsin location-cost estimate with prepayment over $5 (Wis. Stat. 19.35(3)(c),(f)); number written with spaces here, dashes elsewhere.')

# 2026-10-29  GovQA invoice: pay online, amount only behind the link
add('mndps-govqa-invoice-link-only', '2026-10-29 09:55', '-0500', [
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', plus('REQ-008')),
    ('Subject', 'Data Request :: R002291-090926 - Invoice Ready for Payment'),
    ('Message-ID', '<%s.govqa@mycusthelp.net>' % hid('m042', 24)),
    ('Auto-Submitted', 'auto-generated'),
 ], html('<html><body style="font-family:Verdana,Arial;font-size:12px">'
    '<table width="640" cellpadding="10" style="border:1px solid #b7c4d4"><tr><td style="background:#003865;color:#fff"><b>Minnesota Department of Public Safety</b><br>Data Requests</td></tr><tr><td>'
    '<p>Dear Records Desk,</p>'
    '<p>An invoice has been generated for your data request <b>R002291-090926</b> for the cost of copies of public data (Minn. Stat. &sect; 13.03, subd. 3(c)).</p>'
    '<p>Payment is required before the data will be released. To review the invoice amount and pay online by credit card or e-check, please use the link below:</p>'
    '<p style="text-align:center"><a href="https://mn-dps.mycusthelp.com/WEBAPP/_rs/(S(x4b2k1))/Invoice.aspx?inv=INV-0004417&amp;rqst=2291" '
    'style="background:#78be20;color:#fff;padding:8px 16px;text-decoration:none"><b>View and Pay Invoice</b></a></p>'
    '<p>If payment is not received within 30 days, your request may be closed. Questions about the invoice can be submitted through the Public Records Center.</p>'
    '<p>Minnesota Department of Public Safety<br>Data Practices Office</p></td></tr></table>'
    '<p style="font-size:10px;color:#777">Replies to this message are not monitored.</p></body></html>'),
 request='REQ-008', kind='fee_estimate', tracking='R002291-090926', signals=['plus', 'tracking', 'subject'],
 why='GovQA says payment is required before release and asks us to pay online; the amount is only in the linked invoice',
 note='Pay-online notice whose amount is only behind a link (GovQA invoice page); HTML only.')

# 2026-10-30  MSP no-records response for REQ-017, HTML only
add('msp-no-records-sirens-html', '2026-10-30 14:20', '-0400', [
    ('From', 'MSP FOIA <MSPFOIA@michigan.gov>'),
    ('To', plus('REQ-017')),
    ('Subject', 'FOIA Request 26-02731 - Final Response'),
    ('Message-ID', outlook_mid('m043', 'PH0PR09MB')),
 ] + outlook_headers('m043', 'FOIA Request 26-02731 - Final Response'), html(
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
    '<p>Dear Requester:</p>'
    '<p>The Michigan State Police received your request for Emergency Management and Homeland Security Division records of outdoor warning siren failures and county notifications, 2025-2026, and assigned it FOIA number 26-02731.</p>'
    '<p>Your request is <b>denied</b> because the Department does not possess the records you requested. Outdoor warning sirens in Michigan are owned, tested and maintained by local units of government; EMHSD does not receive or keep siren failure or test reports. '
    'Pursuant to MCL 15.235(5)(b), this notice serves as the Department&#39;s certificate that the requested public records do not exist under the name given by you or by another name reasonably known to the Department.</p>'
    '<p>Under MCL 15.240, you may submit a written appeal to the Director of the Michigan State Police that specifically states the word &quot;appeal&quot; and identifies the reason(s) the denial should be reversed, or you may commence a civil action in the Michigan Court of Claims within 180 days after this final determination.</p>'
    '<p>FOIA Unit<br>Michigan State Police</p></div></body></html>'),
 request='REQ-017', kind='no_records', tracking='26-02731', adverse=True, signals=['plus', 'tracking-new', 'subject'],
 why='MSP certifies no responsive records (MCL 15.235(5)(b)); worded as "denied"; MI 180-day window from Oct 30',
 note='Michigan no-records certificate phrased as a denial, HTML-only Outlook body; first and only message for this request.')

# 2026-11-03  JustFOIA clarification for REQ-016 (text included in email)
add('henderson-justfoia-clarification', '2026-11-03 10:18', '-0500', [
    ('From', 'JustFOIA Notifications <no-reply@justfoia.com>'),
    ('To', plus('REQ-016')),
    ('Subject', 'Clarification Needed - Request PRR-2026-162'),
    ('Message-ID', '<%s@notify.justfoia.com>' % hid('m044', 32)),
    ('Auto-Submitted', 'auto-generated'),
 ], multipart('alternative', [
    text(W("Henderson County, NC - Public Records Center",
      "Henderson County Emergency Services needs more information to process request PRR-2026-162.",
      "|Message from staff:",
      "The CAD system holds about 41,000 EMS incidents for January 2025 to date. Please tell us (1) which time stamps you need (call received, unit dispatched, en route, on scene, transport, at hospital) and (2) whether you want incident-level rows or monthly averages by station. Incident-level rows will not include patient or address information. For mutual aid, do you mean requests Henderson County made to other agencies, requests we received, or both?",
      "Please respond through the Public Records Center. If we do not hear from you within 30 days, this request may be closed.",
      "https://hendersoncountync.justfoia.com/publicportal/home/track")),
    html('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px"><div style="background:#1f4e79;color:#fff;padding:10px"><b>Henderson County, NC &ndash; Public Records Center</b></div>'
      '<p>Henderson County Emergency Services needs more information to process request <b>PRR-2026-162</b>.</p><p><b>Message from staff:</b></p>'
      '<p style="border-left:3px solid #1f4e79;padding-left:8px">The CAD system holds about 41,000 EMS incidents for January 2025 to date. Please tell us (1) which time stamps you need (call received, unit dispatched, en route, on scene, transport, at hospital) and (2) whether you want incident-level rows or monthly averages by station. Incident-level rows will not include patient or address information. For mutual aid, do you mean requests Henderson County made to other agencies, requests we received, or both?</p>'
      '<p>Please respond through the Public Records Center. If we do not hear from you within 30 days, this request may be closed.</p>'
      '<p><a href="https://hendersoncountync.justfoia.com/publicportal/home/track">Public Records Center</a></p></body></html>'),
 ], 'm044'),
 request='REQ-016', kind='clarification', tracking='PRR-2026-162', signals=['plus', 'tracking', 'subject'],
 why='county asks which CAD time stamps, row-level vs monthly, and which direction of mutual aid; 30 days or closure',
 note='Portal email that carries a staff clarification message (substantive), with a conditional closure warning.')

# 2026-11-05  MSP final release for REQ-006 after deposit
add('msp-final-decf', '2026-11-05 11:45', '-0500', [
    ('From', '"Teller, Anne Marie (MSP)" <TellerA@michigan.gov>'),
    ('To', 'Records Desk <%s>' % plus('REQ-006')),
    ('Subject', 'RE: FOIA 26-01937 - Granted / Fee Deposit Required'),
    ('Message-ID', outlook_mid('m045', 'PH0PR09MB')),
    ('In-Reply-To', '<req-006.20261013.2@ledger.example.org>'),
    ('References', rmid('REQ-006') + ' ' + outlook_mid('m021', 'PH0PR09MB') + ' <req-006.20261013.2@ledger.example.org>'),
 ] + outlook_headers('m045', 'RE: FOIA 26-01937 - Granted / Fee Deposit Required'), multipart('mixed', [
    text(W("Good morning,",
      "We received your deposit on October 19. Attached are the Disaster and Emergency Contingency Fund grant files for fiscal years 2024 through 2026 (grant applications, Governor's declaration letters, award letters and closeout documents for 14 counties), released in full.",
      "The actual cost came to $389.10. After your $206.20 deposit, the balance due is $182.90; an invoice is attached. Please remit within 30 days.",
      "This completes our response to FOIA 26-01937.",
      "Anne Marie Teller\nFOIA Coordinator\nMichigan State Police | FOIA Unit")
      + '\n-----Original Message-----\nFrom: Records Desk <records@ledger.example.org>\nSent: Tuesday, October 13, 2026 9:12 AM\n'
        'To: Teller, Anne Marie (MSP) <TellerA@michigan.gov>\nSubject: RE: FOIA 26-01937 - Granted / Fee Deposit Required\n\n'
        'Ms. Teller, a check for the $206.20 deposit went out today. Please proceed.\nRecords Desk\n'),
    attachment('DECF_Grant_Files_FY2024-FY2026.pdf', pdf([
        "Michigan State Police - Emergency Management and Homeland Security Division",
        "Disaster and Emergency Contingency Fund (DECF) - Grants to Local Units, FY2024-FY2026", "",
        "Alpena County - 2025 ice storm - award $100,000.00 (closed)", "Montmorency County - 2025 ice storm - award $100,000.00 (closed)",
        "Cheboygan County - 2025 ice storm - award $100,000.00 (open)", "Kalamazoo County - 2024 tornado - award $74,215.33 (closed)",
        "... 10 further counties listed in the enclosed grant files ..."], 'DECF grant files')),
    attachment('Invoice_26-01937.pdf', pdf(["STATE OF MICHIGAN - MICHIGAN STATE POLICE", "INVOICE - FOIA 26-01937", "",
        "Actual cost of search, examination and separation: $389.10", "Less deposit received 10/19/2026: -$206.20", "BALANCE DUE: $182.90"], 'Invoice')),
 ], 'm045'),
 request='REQ-006', kind='records_final', tracking='26-01937', signals=['thread', 'plus', 'tracking'],
 why='MSP releases the DECF grant files in full and says this completes the response; balance invoice attached (no withholdings)',
 note='Final release threaded to our deposit reply (Outlook "-----Original Message-----" quote) with a balance-due invoice; not a fee estimate.')

# 2026-11-09  FEMA analyst asks for a call without naming the request (hard to place)
add('fema-analyst-call-unplaced', '2026-11-09 13:00', '-0500', [
    ('From', '"Hollis, Dwayne" <dwayne.hollis@fema.dhs.gov>'),
    ('To', 'records@ledger.example.org'),
    ('Subject', 'Your FOIA request'),
    ('Message-ID', outlook_mid('m046', 'BN8PR09MB')),
 ] + outlook_headers('m046', 'Your FOIA request'), text(W(
    "Good afternoon,",
    "I'm the Government Information Specialist now handling one of your pending requests with FEMA. I left a voicemail at the number listed on the request this morning. Could you give me a call at 202-646-2871 when you have a moment? It shouldn't take more than a few minutes.",
    "Thank you,\nDwayne Hollis\nGovernment Information Specialist\nFEMA Disclosure Branch")),
 request='REQ-003', kind='other', signals=['none'],
 why='FEMA analyst asks for a call about "one of your pending requests" with no number or topic; three FEMA requests are open. Truth: it is the IPAWS request awaiting our fee commitment',
 note='Deliberately unplaceable from the message alone (new analyst, no number, no topic, no thread); label carries the true request.')

# 2026-11-12  WEM first installment via Google Group with new estimated completion date
add('wem-interim-installment-via-group', '2026-11-12 10:30', '-0600', google_group('DMA Records Custodian', 'dmarecords@wisconsin.gov') + [
    ('To', 'Records Desk <%s>' % plus('REQ-004')),
    ('Subject', 'RE: ' + subj('REQ-004') + ' [DMA PRR 2026-031]'),
    ('Message-ID', outlook_mid('m047', 'CH0PR09MB')),
    ('In-Reply-To', outlook_mid('m004', 'CH0PR09MB')),
    ('References', rmid('REQ-004') + ' ' + outlook_mid('m004', 'CH0PR09MB')),
 ], text(W(
    "Good morning,",
    "The first installment of records responsive to DMA PRR 2026-031 is available for download at the link below (412 pages). It contains the 2024 county program review letters and EMPG subaward monitoring checklists for the East Central, Northeast and Southeast WEM regions.",
    "|https://wisconsin.box.com/s/7d2kq0v1h3prr2026031inst1  (link expires 12/12/2026)",
    "Review of the remaining regions and of the 2025-2026 records is taking longer than expected. We now anticipate providing the final installment on or before December 11, 2026.",
    "Karin Solberg\nParalegal / Records Custodian\nWisconsin Department of Military Affairs")),
 request='REQ-004', kind='records_interim', tracking='DMA PRR 2026-031', estimated='2026-12-11',
 signals=['thread', 'plus', 'tracking'],
 why='first installment (412 pages) with the rest now expected by Dec 11, 2026',
 note='Rolling release delivered through the Google Group with a download link and a revised completion estimate.')

# 2026-11-18  MN DPS first set for REQ-009 (reference first appears here)
add('mndps-interim-alerting-agreements', '2026-11-18 15:02', '-0600', [
    ('From', '"Ostrowski, Colleen (DPS)" <colleen.ostrowski@state.mn.us>'),
    ('To', 'Records Desk <%s>' % plus('REQ-009')),
    ('Subject', 'RE: ' + subj('REQ-009')),
    ('Message-ID', outlook_mid('m048', 'SA1PR09MB')),
    ('In-Reply-To', rmid('REQ-009')),
    ('References', rmid('REQ-009')),
 ] + outlook_headers('m048', subj('REQ-009')), multipart('mixed', [
    text(W("Hello,",
      "Following up on your conversation with Nate Vang in HSEM, here is the first part of the data for request R002514-100626: the memoranda of agreement and alerting authority designations for the 87 counties and 11 tribal nations that are IPAWS alerting authorities in Minnesota. Collaborative Operating Group (COG) identifiers and credential information in the agreements are security information under Minn. Stat. 13.37, subd. 1(a), and have been redacted.",
      "The Wireless Emergency Alert and IPAWS message logs for 2025-2026 are being exported and reviewed now. We expect to send them in December.",
      "Colleen Ostrowski\nData Practices Analyst\nMinnesota Department of Public Safety")),
    attachment('R002514-100626_Part1_Alerting_Authority_MOAs.pdf', pdf([
        "Minnesota Department of Public Safety - HSEM", "IPAWS Alerting Authority Memoranda of Agreement (Part 1 of response R002514-100626)", "",
        "Aitkin County Sheriff's Office - MOA executed 03/14/2025 - COG ID [REDACTED 13.37]",
        "Anoka County Emergency Management - MOA executed 01/22/2025 - COG ID [REDACTED 13.37]",
        "... 96 further agreements ..."], 'MOAs part 1')),
 ], 'm048'),
 request='REQ-009', kind='records_interim', tracking='R002514-100626', signals=['thread', 'plus', 'tracking-new'],
 why='first part (alerting MOAs, security info redacted) released; WEA/IPAWS logs to follow in December',
 note='Interim release from a staff analyst at a state-wide state.mn.us address; first message to state the GovQA reference for this request.')

# 2026-11-20  Olmsted Public Health final, no thread headers, changed subject
add('olmsted-final-summary', '2026-11-20 11:11', '-0600', [
    ('From', '"Kjellberg, Ingrid" <ingrid.kjellberg@olmstedcounty.gov>'),
    ('To', plus('REQ-014')),
    ('Cc', '"Breuer, Hannah" <hannah.breuer@co.olmsted.mn.us>'),
    ('Subject', 'Heat illness data request - summary data and cooling center records'),
    ('Message-ID', outlook_mid('m049', 'SN6PR09MB')),
 ] + outlook_headers('m049', 'Heat illness data request - summary data and cooling center records'), multipart('mixed', [
    text(W("Hello,",
      "Following Hannah Breuer's letter of October 15 and your reply agreeing to the cost, attached are (1) weekly summary counts of heat-related emergency department visits by Olmsted County residents, May 1 - September 15, 2026 (counts under 5 suppressed), and (2) the cooling center activation notices and daily visitor counts for the Rochester Public Library, 125 Live and the Olmsted County Government Center.",
      "Finance will send the invoice for the summary data separately. This completes your request.",
      "Ingrid Kjellberg\nPublic Health Services | Olmsted County")),
    attachment('Heat_ED_Visits_Weekly_Summary_2026.pdf', pdf(["Olmsted County Public Health Services", "Heat-related illness ED visits, county residents, weekly summary (MMWR week), 2026", "",
        "Week 22: <5", "Week 26: 11", "Week 27: 19", "Week 28: 8", "Week 30: 14", "Weeks with counts under 5 are suppressed."], 'Heat summary')),
    attachment('Cooling_Center_Logs_2026.pdf', pdf(["Cooling center activations 2026", "June 23-26: Government Center, 125 Live, Rochester Public Library - 211 visits",
        "July 14-17: same sites - 348 visits"], 'Cooling centers')),
 ], 'm049'),
 request='REQ-014', kind='records_final', signals=['plus', 'subject'],
 why='summary data and cooling center records released; "This completes your request"; nothing withheld beyond what we asked to exclude',
 note='Final release with changed subject and no thread headers; invoice to follow separately (not a fee request).')

# 2026-11-24  Marathon County sends records with no topic words in the email (PDF text identifies it)
add('marathon-ambiguous-scan', '2026-11-24 09:40', '-0600', [
    ('From', 'Marathon County Health Department <health@marathoncounty.gov>'),
    ('To', 'records@ledger.example.org'),
    ('Subject', 'Records request'),
    ('Message-ID', outlook_mid('m050', 'MN2PR09MB')),
 ] + outlook_headers('m050', 'Records request'), multipart('mixed', [
    text("Here's what we have. Let me know if you need anything else.\n\nMarathon County Health Department\n"),
    attachment('Scan_20261124_0932.pdf', pdf(["Marathon County Health Department - Environmental Health", "Private Well Program: Nitrate Sampling Summary by Town, 2025-2026", "",
        "Town            Wells tested   >10 mg/L", "Rib Mountain         64            9", "Stettin              41            6", "Wausau (town)        38            3",
        "Maine                52           11", "", "Advisory letters sent to owners of wells above 10 mg/L: 2025 - 71; 2026 - 58 (form letter attached).",
        "Program annual report 2025 attached."], 'Scan')),
 ], 'm050'),
 request='REQ-011', kind='records_final', signals=['none'],
 why='county sends the nitrate summary (town-level) with a bare email; only the scanned PDF text ties it to REQ-011 rather than the closed PHEP request',
 note='Bare "Here\'s what we have" email with a generically named scan; only the attachment text identifies the request.')

# 2026-11-30  unrelated: phishing disguised as a document-share "payment" notice
add('docshare-phish', '2026-11-30 08:15', '-0500', [
    ('From', '"Secure Document Center" <no-reply@docs-share-notify.com>'),
    ('To', INBOX),
    ('Subject', 'Records Request Payment Document Shared With You'),
    ('Message-ID', '<%s@docs-share-notify.com>' % hid('m051', 28)),
 ], html('<html><body style="font-family:Arial"><p>Hello,</p><p>A document <b>&quot;Public_Records_Invoice_Payment.pdf&quot;</b> has been shared with you for review and signature.</p>'
    '<p><a href="http://docs-share-notify.com/review?id=9d1f0">REVIEW DOCUMENT</a></p>'
    '<p>Your access will expire in 24 hours. Sign in with your email password to view.</p><p>Secure Document Center</p></body></html>'),
 request=None, kind='other', signals=['none'],
 why='credential phishing that imitates a records-fee document share; belongs to no request',
 note='Phishing that uses records-request words ("payment", "invoice") to attract a fee classification.')

# 2026-12-01  WEM final for REQ-005 with redactions (WI: no appeal days)
add('wem-final-redacted-flood', '2026-12-01 14:27', '-0600', [
    ('From', '"Olufsen, Derek - DMA" <derek.olufsen@wisconsin.gov>'),
    ('To', 'Records Desk <%s>' % plus('REQ-005')),
    ('Cc', 'DMA Records Custodian <dmarecords@wisconsin.gov>'),
    ('Subject', 'DMA-PRR-2026-036 records (August 2025 flooding)'),
    ('Message-ID', outlook_mid('m052', 'CH0PR09MB')),
 ] + outlook_headers('m052', 'DMA-PRR-2026-036 records (August 2025 flooding)'), text(W(
    "Hello,",
    "Your payment was received, thank you. The records for DMA-PRR-2026-036 are at the link below: the joint preliminary damage assessment summaries for Milwaukee, Waukesha, Washington and Ozaukee counties, the Individual Assistance and Public Assistance PDA workbooks, and the Governor's request package for a major disaster declaration with its enclosures.",
    "|https://wisconsin.box.com/s/k2r8x4dmaprr2026036final",
    "The Individual Assistance workbooks list damaged homes. Names, telephone numbers and street addresses of private homeowners have been redacted. Applying the public records balancing test, the Department concluded that the public interest in protecting the privacy and safety of disaster survivors in their homes outweighs the public interest in disclosure of that information; the counts, damage categories and municipalities remain visible. Financial account numbers in two county documents were redacted under Wis. Stat. 19.36(13).",
    "This completes DMA-PRR-2026-036. Under Wis. Stat. 19.35(4)(b), this determination is subject to review by mandamus under Wis. Stat. 19.37(1) or upon application to the Attorney General or a district attorney.",
    "Derek Olufsen\nRecovery Section Supervisor\nWisconsin Emergency Management")),
 request='REQ-005', kind='records_final', tracking='DMA-PRR-2026-036', adverse=True,
 signals=['plus', 'tracking'],
 why='final release with homeowner-privacy (balancing test) and 19.36(13) redactions; WI table gives no appeal days so appeal_due null',
 note='Wisconsin final with redactions and the 19.35(4)(b) mandamus notice; download link instead of attachment.')

# 2026-12-08  JustFOIA closure for non-response to clarification (REQ-016)
add('henderson-justfoia-closed-no-response', '2026-12-08 10:00', '-0500', [
    ('From', 'JustFOIA Notifications <no-reply@justfoia.com>'),
    ('To', plus('REQ-016')),
    ('Subject', 'Request PRR-2026-162 Closed'),
    ('Message-ID', '<%s@notify.justfoia.com>' % hid('m053', 32)),
    ('Auto-Submitted', 'auto-generated'),
 ], multipart('alternative', [
    text(W("Henderson County, NC - Public Records Center",
      "Request PRR-2026-162 has been closed.",
      "|Closure reason: No response to request for clarification",
      "The County asked for clarification of this request on 11/03/2026 and did not receive a response within 30 days. In accordance with the County's public records procedures, the request has been closed without further action. You are welcome to submit a new request at any time.",
      "https://hendersoncountync.justfoia.com/publicportal/home/newrequest")),
    html('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px"><div style="background:#1f4e79;color:#fff;padding:10px"><b>Henderson County, NC &ndash; Public Records Center</b></div>'
      '<p>Request <b>PRR-2026-162</b> has been closed.</p><p><b>Closure reason:</b> No response to request for clarification</p>'
      '<p>The County asked for clarification of this request on 11/03/2026 and did not receive a response within 30 days. In accordance with the County\'s public records procedures, the request has been closed without further action. You are welcome to submit a new request at any time.</p>'
      '<p><a href="https://hendersoncountync.justfoia.com/publicportal/home/newrequest">Submit a new request</a></p></body></html>'),
 ], 'm053'),
 request='REQ-016', kind='denial', tracking='PRR-2026-162', adverse=True, signals=['plus', 'tracking', 'subject'],
 why='request closed without records for failure to answer the clarification (a rejection of the request); NC has no appeal days so appeal_due null',
 note='Administrative closure for non-response, with substantive reason text (not a bare status change); portal template.')

# 2026-12-09  FEMA first interim release for REQ-001
add('fema-interim-release-1', '2026-12-09 16:15', '-0500', [
    ('From', '"Oduya, Lorraine" <lorraine.oduya@fema.dhs.gov>'),
    ('To', plus('REQ-001')),
    ('Subject', '2026-FEFO-01482 - Interim Response 1 of 3'),
    ('Message-ID', outlook_mid('m054', 'BN8PR09MB')),
 ] + outlook_headers('m054', '2026-FEFO-01482 - Interim Response 1 of 3'), multipart('mixed', [
    text(W("Dear Requester:",
      "This is the first interim response to your Freedom of Information Act request 2026-FEFO-01482 for Public Assistance and debris monitoring records for Henderson County, North Carolina (DR-4827-NC).",
      "For this release FEMA reviewed 1,146 pages. Of those, 1,002 pages are released in full and 144 pages are released in part. Portions are withheld under FOIA Exemption 4, 5 U.S.C. 552(b)(4) (contractor unit pricing breakdowns and proprietary cost data submitted by the debris contractors), and Exemption 6, 5 U.S.C. 552(b)(6) (names, personal telephone numbers and home addresses of private property owners on right-of-entry forms).",
      "FEMA continues to process the remaining records and anticipates two further releases. Your appeal rights will be described in our final response, which will cover all records withheld in this and later releases.",
      "The records are available for download in SecureRelease under your request number.",
      "Sincerely,\n\nLorraine Oduya\nGovernment Information Specialist\nFEMA Disclosure Branch")),
    attachment('2026-FEFO-01482_Interim_1_Index.pdf', pdf(["FEMA FOIA 2026-FEFO-01482 - Interim Release 1 - Document Index", "",
        "PW 00213 Cat A Debris - Henderson County - Determination Memo - RIF", "PW 00219 Cat B EPM - Henderson County - RIP (b)(4)",
        "Debris Monitoring Daily Reports Oct 2024 - RIP (b)(6)", "Right-of-Entry forms (PPDR) - RIP (b)(6)"], 'Interim index')),
 ], 'm054'),
 request='REQ-001', kind='records_interim', tracking='2026-FEFO-01482', signals=['plus', 'tracking'],
 why='first of three releases with (b)(4)/(b)(6) redactions; more to come, appeal rights deferred to the final response',
 note='Federal interim release letter ("Interim Response 1 of 3") with exemption citations but no appeal clock.')

# 2026-12-10  GovQA completion with records for REQ-008
add('mndps-govqa-completed-records', '2026-12-10 11:03', '-0600', [
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', plus('REQ-008')),
    ('Subject', 'Data Request :: R002291-090926 - Completed'),
    ('Message-ID', '<%s.govqa@mycusthelp.net>' % hid('m055', 24)),
    ('Auto-Submitted', 'auto-generated'),
 ], multipart('alternative', [
    text(W("Minnesota Department of Public Safety - Data Requests",
      "Your data request R002291-090926 has been completed.",
      "|Message from staff:",
      "Thank you for your payment. Attached in the Public Records Center are the State Public Disaster Assistance payment ledger for 2024-2026 (SPDA_Payments_2024-2026.xlsx) and the 23 award letters to counties. As you requested, the county applications are not included. All data provided are public. This completes your request.",
      "Log in to download your documents: https://mn-dps.mycusthelp.com/WEBAPP/_rs/(S(x4b2k1))/supporthome.aspx")),
    html('<html><body style="font-family:Verdana,Arial;font-size:12px"><p><b>Minnesota Department of Public Safety &ndash; Data Requests</b></p>'
      '<p>Your data request <b>R002291-090926</b> has been completed.</p><p><b>Message from staff:</b></p>'
      '<p>Thank you for your payment. Attached in the Public Records Center are the State Public Disaster Assistance payment ledger for 2024-2026 (SPDA_Payments_2024-2026.xlsx) and the 23 award letters to counties. As you requested, the county applications are not included. All data provided are public. This completes your request.</p>'
      '<p><a href="https://mn-dps.mycusthelp.com/WEBAPP/_rs/(S(x4b2k1))/supporthome.aspx">Log in to download your documents</a></p></body></html>'),
 ], 'm055'),
 request='REQ-008', kind='records_final', tracking='R002291-090926', signals=['plus', 'tracking', 'subject'],
 why='portal completion that releases the ledger and award letters and says the request is complete; nothing withheld',
 note='Portal "Completed" email that carries a staff message releasing records (records_final, not a bare portal notice).')

# 2026-12-15  FEMA no-records final response for REQ-002 (PDF letter + short body)
fema_nr = ["U.S. Department of Homeland Security", "Federal Emergency Management Agency", "Disclosure Branch", "500 C Street SW, Mail Stop 3172, Washington, DC 20472-3172", "",
    "December 15, 2026", "", "Records Desk, Great Lakes Ledger", "Via e-mail: records+req-002@ledger.example.org", "", "Re: FEMA FOIA 2026-FEFO-01530 - Final Response", "", "Dear Requester:",  "",
    "This is the final response to your Freedom of Information Act (FOIA) request to the Federal Emergency Management Agency (FEMA), dated September 8, 2026, and received in this office on September 9, 2026, as clarified by your email of October 8, 2026. You sought final EMPG monitoring reports or letters sent by FEMA Region 5 to Michigan, Minnesota and Wisconsin for fiscal years 2023 through 2026, and FEMA Region 5 after-action or hotwash documents for disasters in those states.", "",
    "A search of the FEMA Region 5 Grants Management Division, the Region 5 Response Division and the FEMA Grants Programs Directorate was conducted. Region 5 advises that EMPG monitoring for these fiscal years was carried out through desk reviews recorded as data entries in the FEMA grants management system, and that no monitoring reports or letters were issued to the three states. The Response Division located no after-action or hotwash documents for disasters in those states during the period. We were unable to identify any records responsive to your request.", "",
    "While an adequate search was conducted, you have the right to appeal this determination that no records exist within FEMA that would be responsive to your request. Should you wish to do so, you must send your appeal and a copy of this letter, within 90 days of the date of this letter, to: FEMA, Office of Chief Counsel, Attn: FOIA Appeals, 500 C Street SW, Mail Stop 3172, Washington, DC 20472-3172, or electronically to fema-foia@fema.dhs.gov. Your envelope or email subject line should be marked \"FOIA Appeal.\"", "",
    "The Office of Government Information Services (OGIS) also mediates disputes between FOIA requesters and Federal agencies as a non-exclusive alternative to litigation. You may contact OGIS at 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; e-mail ogis@nara.gov; telephone 202-741-5770; toll free 1-877-684-6448. You may also contact the FEMA FOIA Public Liaison at fema-foia@fema.dhs.gov.", "",
    "There is no charge for this request.", "", "Sincerely,", "", "Terrence Vail", "Acting FOIA Officer", "Disclosure Branch"]
add('fema-no-records-region5', '2026-12-15 12:40', '-0500', [
    ('From', 'FEMA-FOIA <fema-foia@fema.dhs.gov>'),
    ('To', plus('REQ-002')),
    ('Subject', 'FEMA FOIA 2026-FEFO-01530 Final Response'),
    ('Message-ID', outlook_mid('m057', 'BN8PR09MB')),
 ] + outlook_headers('m057', 'FEMA FOIA 2026-FEFO-01530 Final Response'), multipart('mixed', [
    text("Good afternoon,\n\nPlease find attached FEMA's final response to your FOIA request 2026-FEFO-01530.\n\nFEMA FOIA Office\n"),
    attachment('2026-FEFO-01530 Final Response.pdf', pdf(fema_nr, 'Final Response')),
 ], 'm057'),
 request='REQ-002', kind='no_records', tracking='2026-FEFO-01530', adverse=True, signals=['plus', 'tracking'],
 why='FEMA found no responsive records after searching three offices; appeal within 90 days of the letter date (Dec 15)',
 note='Federal no-records letter in PDF with appeal paragraph, OGIS and Public Liaison; modeled on DHS component "no records" final responses.')

# 2026-12-17  Henderson final batch, changed subject, no thread headers
add('henderson-final-batch', '2026-12-17 15:33', '-0500', [
    ('From', 'Kelly Ammons <kelly.ammons@hendersoncountync.gov>'),
    ('To', 'records@ledger.example.org'),
    ('Subject', 'PRR-2026-117 - final batch'),
    ('Message-ID', outlook_mid('m058', 'CY8PR09MB')),
 ] + outlook_headers('m058', 'PRR-2026-117 - final batch'), text(W(
    "Hi,",
    "Here is the last of it. The link has the remaining debris monitoring reports (February through June 2025) and the EOC activation and situation logs exported from WebEOC for September 25 - October 31, 2024.",
    "|https://hendersoncountync.sharefile.com/d-s4f2a9c81e0b47d6",
    "That should close out PRR-2026-117. If anything looks missing let me know and I'll check with the director.",
    "Kelly\n\nKelly Ammons\nAdministrative Support Specialist\nHenderson County Emergency Services")),
 request='REQ-015', kind='records_final', tracking='PRR-2026-117', signals=['tracking'],
 why='last batch of the Helene debris records plus EOC logs; "That should close out PRR-2026-117"; nothing withheld',
 note='Informal final from county staff with a file-share link; no thread headers, no plus address, subject changed to the portal number.')

# 2026-12-22  MN DPS final for REQ-009 with security-information redactions (MN: no appeal days)
add('mndps-final-wea-logs', '2026-12-22 10:48', '-0600', [
    ('From', '"Ostrowski, Colleen (DPS)" <colleen.ostrowski@state.mn.us>'),
    ('To', 'Records Desk <%s>' % plus('REQ-009')),
    ('Subject', 'RE: ' + subj('REQ-009')),
    ('Message-ID', outlook_mid('m059', 'SA1PR09MB')),
    ('In-Reply-To', outlook_mid('m048', 'SA1PR09MB')),
    ('References', rmid('REQ-009') + ' ' + outlook_mid('m048', 'SA1PR09MB')),
 ] + outlook_headers('m059', subj('REQ-009')), multipart('mixed', [
    text(W("Hello,",
      "Attached is the second and final part of the response to R002514-100626: the IPAWS message log for Minnesota alerting authorities, January 1, 2025 through October 31, 2026 (2,184 messages, including 312 Wireless Emergency Alerts), with event code, originator, date/time, area and message text.",
      "The originator COG ID, originating IP address and the alert origination software account fields have been removed. Those fields are security information under Minn. Stat. 13.37, subd. 1(a), because their disclosure would be likely to substantially jeopardize the security of the state's alerting systems. All other data in the log are public.",
      "This completes your request. If you believe data were improperly withheld, you may ask the Commissioner of Administration for an advisory opinion under Minn. Stat. 13.072.",
      "Colleen Ostrowski\nData Practices Analyst\nMinnesota Department of Public Safety")),
    attachment('IPAWS_Message_Log_MN_2025-2026.csv', ("event_code,originator,sent_utc,area,wea,message\n"
        "TOR,Blue Earth County EM,2025-05-18T22:41Z,Blue Earth,Y,Tornado Warning in this area until 6:15 PM\n"
        "CAE,Hennepin County EM,2025-07-02T14:05Z,Hennepin,N,Air quality alert...\n"
        "FFW,St. Louis County EM,2026-06-09T03:17Z,St. Louis,Y,Flash Flood Warning...\n").encode(), 'text/csv'),
 ], 'm059'),
 request='REQ-009', kind='records_final', tracking='R002514-100626', adverse=True, signals=['thread', 'plus', 'tracking'],
 why='final part released with fields withheld as security information (13.37); MN table gives no appeal days so appeal_due null',
 note='Minnesota final with partial withholding and advisory-opinion pointer (no deadline); CSV attachment.')

# 2027-01-05  FEMA denial for REQ-003 (withheld in full)
add('fema-denial-ipaws', '2027-01-05 14:10', '-0500', [
    ('From', 'FEMA-FOIA <fema-foia@fema.dhs.gov>'),
    ('To', plus('REQ-003')),
    ('Subject', 'FOIA Request 2026-FEFO-01611 - Final Response'),
    ('Message-ID', outlook_mid('m060', 'BN8PR09MB')),
 ] + outlook_headers('m060', 'FOIA Request 2026-FEFO-01611 - Final Response'), text(W(
    "Dear Requester:",
    "This is the final response to your Freedom of Information Act (FOIA) request to the Federal Emergency Management Agency (FEMA), received on September 21, 2026, for IPAWS alerting authority applications, memoranda of agreement (MOAs) and alert logs for county alerting authorities in Michigan, Minnesota and Wisconsin. Following your November 10, 2026 commitment to pay fees, the IPAWS Program Management Office conducted a search and located 1,318 pages of responsive records.",
    "After careful review, FEMA has determined that the responsive records are exempt from disclosure in their entirety. The alerting authority applications and MOAs contain Collaborative Operating Group (COG) identifiers, digital certificate and system access information, and network configuration details; the alert logs as maintained in the IPAWS-OPEN archive are organized by COG and contain the same access identifiers in every entry. These records are withheld in full under FOIA Exemption 7(E), 5 U.S.C. 552(b)(7)(E), because their release would disclose techniques and guidelines for protecting the integrity of the national alerting system and could reasonably be expected to risk circumvention of the law, and under Exemption 7(F), 5 U.S.C. 552(b)(7)(F), because release could reasonably be expected to endanger the life or physical safety of individuals who rely on the alerting system. Names and contact information of county and state personnel are also withheld under Exemption 6, 5 U.S.C. 552(b)(6). We have considered the foreseeable harm standard and have determined that no reasonably segregable, non-exempt portions can be released. Public alert message text is available from the IPAWS public archive on data.gov.",
    "Because no records are being released, no fees will be charged.",
    "You have the right to appeal this determination. Your appeal must be in writing and must be received or postmarked within 90 days of the date of this letter. Address it to FEMA, Office of Chief Counsel, Attn: FOIA Appeals, 500 C Street SW, Mail Stop 3172, Washington, DC 20472-3172, or email it to fema-foia@fema.dhs.gov with \"FOIA Appeal\" in the subject line.",
    "You may seek dispute resolution services from the FEMA FOIA Public Liaison at fema-foia@fema.dhs.gov, or from the Office of Government Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.",
    "Sincerely,\n\nDwayne Hollis\nGovernment Information Specialist\nFEMA Disclosure Branch")),
 request='REQ-003', kind='denial', tracking='2026-FEFO-01611', adverse=True, signals=['plus', 'tracking'],
 why='all 1,318 pages withheld in full under (b)(7)(E), (b)(7)(F) and (b)(6); federal appeal within 90 days of Jan 5, 2027',
 note='Federal full denial with foreseeable-harm and segregability statements, appeal and OGIS paragraphs; plain text with long paragraphs.')

# 2027-01-05  SecureRelease closed notice for REQ-003
add('fema-securerelease-closed', '2027-01-05 14:11', '-0500', [
    ('From', 'DHS SecureRelease <noreply@securerelease.dhs.gov>'),
    ('To', INBOX),
    ('Subject', 'Status Update for Request 2026-FEFO-01611'),
    ('Message-ID', '<%s@securerelease.dhs.gov>' % hid('m061', 30)),
    ('Auto-Submitted', 'auto-generated'),
 ], text(W("The status of your request 2026-FEFO-01611 has changed to: Closed.",
    "Please log in to SecureRelease (https://securerelease.dhs.gov) to view correspondence. Do not reply to this email; this mailbox is not monitored.")),
 request='REQ-003', kind='portal_notice', tracking='2026-FEFO-01611', signals=['tracking'],
 why='SecureRelease status change to Closed one minute after the denial email; nothing substantive',
 note='Bare portal status notice that follows a substantive letter (must not override the denial).')

# 2027-01-13  unrelated: Minnesota DPS news release delivered through the Google Group
add('mndps-news-release-via-group', '2027-01-13 09:00', '-0600', google_group('Minnesota DPS', 'mndps@public.govdelivery.com') + [
    ('To', INBOX),
    ('Subject', 'NEWS RELEASE: HSEM Opens Applications for 2027 Hazard Mitigation Grants'),
    ('Message-ID', '<20270113.%s@public.govdelivery.com>' % hid('m062', 16)),
    ('X-Accountcode', 'MNDPS_711'),
 ], multipart('alternative', [
    text(W("MINNESOTA DEPARTMENT OF PUBLIC SAFETY - NEWS RELEASE", "January 13, 2027",
      "HSEM Opens Applications for 2027 Hazard Mitigation Grants",
      "ST. PAUL - The Minnesota Department of Public Safety Homeland Security and Emergency Management division (HSEM) is accepting applications from counties, cities and tribal nations for hazard mitigation projects. Letters of intent are due March 1.",
      "Media contact: DPS Communications, 651-201-7571")),
    html('<html><body style="font-family:Arial"><p><b>MINNESOTA DEPARTMENT OF PUBLIC SAFETY &ndash; NEWS RELEASE</b><br>January 13, 2027</p>'
      '<h3>HSEM Opens Applications for 2027 Hazard Mitigation Grants</h3><p>ST. PAUL &ndash; The Minnesota Department of Public Safety Homeland Security and Emergency Management division (HSEM) is accepting applications from counties, cities and tribal nations for hazard mitigation projects. Letters of intent are due March 1.</p>'
      '<p>Media contact: DPS Communications, 651-201-7571</p></body></html>'),
 ], 'm062'),
 request=None, kind='other', signals=['none'],
 why='MN DPS news release to a subscriber list; same agency/division as REQ-008 and REQ-009 but not about any request',
 note='Agency press release delivered through our Google Group (From rewritten "via Records Desk"); trap for agency-only matching.')

# 2027-01-20  FEMA final for REQ-001 with withholdings
add('fema-final-release-withholdings', '2027-01-20 15:25', '-0500', [
    ('From', '"Oduya, Lorraine" <lorraine.oduya@fema.dhs.gov>'),
    ('To', plus('REQ-001')),
    ('Subject', '2026-FEFO-01482 - Final Response'),
    ('Message-ID', outlook_mid('m063', 'BN8PR09MB')),
 ] + outlook_headers('m063', '2026-FEFO-01482 - Final Response'), multipart('mixed', [
    text(W("Dear Requester:",
      "Attached is FEMA's final response to FOIA request 2026-FEFO-01482. Records for this third and final release are available in SecureRelease.",
      "Lorraine Oduya\nGovernment Information Specialist\nFEMA Disclosure Branch")),
    attachment('2026-FEFO-01482 Final Response Letter.pdf', pdf(["U.S. Department of Homeland Security", "Federal Emergency Management Agency", "Disclosure Branch", "",
        "January 20, 2027", "", "Records Desk, Great Lakes Ledger", "", "Re: FOIA Request 2026-FEFO-01482 - Final Response", "", "Dear Requester:", "",
        "This is the final response to your Freedom of Information Act (FOIA) request for Public Assistance project records and debris monitoring records for Henderson County, North Carolina, under DR-4827-NC. With our interim releases of December 9, 2026 and January 8, 2027, FEMA has now processed 6,412 pages.", "",
        "In this final release FEMA reviewed 2,208 pages: 1,940 pages are released in full, 259 pages are released in part, and 9 pages are withheld in full. Across all three releases, information was withheld under Exemption 4, 5 U.S.C. 552(b)(4) (contractor unit-price breakdowns and proprietary cost data), Exemption 5, 5 U.S.C. 552(b)(5) (deliberative, pre-decisional eligibility analyses by Region 4 staff), and Exemption 6, 5 U.S.C. 552(b)(6) (personal information of private property owners and contractor employees).", "",
        "You have the right to appeal the withholdings in this and our earlier interim responses. Your appeal must be in writing and received or postmarked within 90 days of the date of this letter, addressed to FEMA, Office of Chief Counsel, Attn: FOIA Appeals, 500 C Street SW, Mail Stop 3172, Washington, DC 20472-3172, or sent to fema-foia@fema.dhs.gov with \"FOIA Appeal\" in the subject line.", "",
        "The Office of Government Information Services (OGIS) offers mediation services: 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448. You may also contact the FEMA FOIA Public Liaison at fema-foia@fema.dhs.gov.", "",
        "Duplication fees were waived. This completes the processing of your request.", "", "Sincerely,", "", "Terrence Vail", "FOIA Officer"], 'Final Response')),
 ], 'm063'),
 request='REQ-001', kind='records_final', tracking='2026-FEFO-01482', adverse=True, signals=['plus', 'tracking'],
 why='final release with (b)(4), (b)(5), (b)(6) withholdings; federal appeal within 90 days of Jan 20, 2027',
 note='Federal final release letter in PDF with exemption list, appeal, OGIS; mentions an interim release we did not receive by email (portal only).')


NOTES_HEAD = """# holdout40 - county-level emergency management and public health (records desk of the Great Lakes Ledger)

60 messages (Sep 2, 2026 - Jan 20, 2027) for 17 requests to 8 agencies: FEMA (federal FOIA, US); Wisconsin Emergency
Management via the Department of Military Affairs records custodian (US-WI); Michigan State Police, Emergency Management
and Homeland Security Division (US-MI); Minnesota Department of Public Safety, HSEM (US-MN, GovQA portal); Marathon
County Health Department (US-WI); Kent County Health Department (US-MI); Olmsted County Public Health Services (US-MN,
answered in part by the County Attorney from co.olmsted.mn.us); Henderson County Emergency Services (US-NC, JustFOIA
portal). Three messages belong to no request. All people, numbers, amounts and letters are invented and written for
this set; agency names, addresses and statute citations are real public facts.

Files: `agencies.yaml`, `requests.yaml`, `messages/`, `labels.yaml` (format of the dev README); `facts.yaml`
(per-message facts: request, kind, tracking number, clock = acknowledgment/extension with the received date the
letter states, adverse_determination, determination_date for forwards, estimated date, signals, why);
`compute_labels.py` (derives every due/appeal_due from facts + the rules table, `--check` compares);
`check_corpus.py` (parsing, files, date order, request ids, kinds, tracking presence, thread/plus consistency,
PDF text layers, sizes; runs compute_labels --check); `rules_snapshot.csv` (the five rows of
../../shared/rules/jurisdictions.csv (beside the repository) used, as a fallback); `tools/` (build.py writes messages/, facts.yaml and
this file; mk.py hand-writes MIME and minimal PDFs with a text layer; common.py shared text).

Deadline rules (from the rules table): US 20 business days, +10 business days extension, appeal 90 calendar days;
US-MI 5 business days, +10 business days, appeal 180 calendar days (the table's court-filing window); US-WI, US-MN,
US-NC have no number, so acknowledgments and extensions carry `due: null` and adverse determinations carry
`appeal_due: null`. Holidays: `holidays` US with the state subdivision (MI counts Election Day Nov 3 and the day
after Thanksgiving). Appeal windows run from the agency's own date (message 029 is a forward: Oct 8, not Oct 9).

Labeling choices worth knowing:
- Michigan emailed requests are deemed received one business day later (MCL 15.235(1)); where MSP states that date
  (005, 020) the clock counts from it. 020 is an extension that states the received date; the initial 5 days are
  counted from it and the 10-day extension added (result equals the date MSP states, Oct 14).
- 051 (closure for not answering a clarification) is labeled `denial` (request rejected without records).
- 044 names no request (new FEMA analyst, no number/topic, three FEMA requests open); labeled with the true request
  (REQ-003, which was waiting on our fee commitment), not null.
- 048 is labeled REQ-011: only the scanned PDF's text (nitrate summary) ties it to the request.
- 043 (final release with a balance-due invoice) is `records_final`, not `fee_estimate`; 047 likewise ("invoice
  will come separately").
- Partial releases with withholdings in WI/MN (050, 056) are `records_final` with `appeal_due: null`.
- Tracking numbers are labeled exactly as written in each message (WEM writes both "DMA PRR 2026-031" and
  "DMA-PRR-2026-031").

Public material consulted for tone and format: dev corpus README (format only); the rules table notes (MCL 15.235,
15.240 via Michigan AG Opinion 7172; Wis. Stat. 19.35 via WI DOJ Office of Open Government; Minn. Stat. 13.03, 13.04;
N.C.G.S. 132-6); DHS FOIA regulations 6 C.F.R. Part 5 (5.5 timing, 5.11 fees) and the OGIS contact paragraph as
used in federal letters; Michigan FOIA detailed cost itemization practice (MCL 15.234); Wis. Stat. 19.35(3),
19.36(13); Minn. Stat. 13.05 subd. 7, 13.37, 13.3805, 13.072; GovQA, JustFOIA, DHS SecureRelease and GovDelivery
notification layouts; Exchange Online / Postfix bounce formats; Google Groups collaborative-inbox headers.

## Messages
"""

# =====================================================================================================
def main():
    out = SET / 'messages'
    for p in out.glob('*.eml'):
        p.unlink()
    M.sort(key=lambda m: email.utils.parsedate_to_datetime(m['date']))
    facts, notes = [], []
    for i, m in enumerate(M, 1):
        fn = '%03d-%s.eml' % (i, m['slug'])
        (out / fn).write_bytes(m['raw'])
        f = {'file': fn, 'request': m['request'], 'kind': m['kind'], 'tracking_number': m['tracking']}
        if m['clock']:
            f['clock'] = m['clock']
            f['received'] = m['received']
        if m['adverse']:
            f['adverse_determination'] = True
        if m['determination_date']:
            f['determination_date'] = m['determination_date']
        if m['estimated']:
            f['estimated'] = m['estimated']
        f['signals'] = m['signals']
        f['why'] = m['why']
        facts.append(f)
        notes.append('- `%s` (%s, %s): %s' % (fn, m['request'] or 'null', m['kind'], m['note']))
    head = ('# Per-message facts (hand-written in tools/build.py; this file is written by it).\n'
            '# clock: acknowledgment | extension (absent = the message does not set the statutory clock)\n'
            '# received: the date the message says the agency received the request (null = not stated -> the request\'s sent date)\n'
            '#   for an extension, a stated received date re-bases the initial period before the extension is added\n'
            '# adverse_determination: denial / no_records / records_final with withholdings (appeal window applies where the table has one)\n'
            '# determination_date: the agency\'s date when the message is a forward (default: the Date: header)\n'
            '# estimated: an agency-stated estimated completion / response date\n'
            '# signals: what links the message to its request (thread, thread-embedded, plus, tracking, tracking-new,\n'
            '#   tracking-attachment, tracking-filename, subject, none)\n')
    (SET / 'facts.yaml').write_text(head + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
    (SET / 'NOTES.md').write_text(NOTES_HEAD + '\n'.join(notes) + '\n')
    nt = SET / 'tools' / 'notes_table.md'
    if nt.exists():
        nt.unlink()
    print('wrote %d messages' % len(M))

if __name__ == '__main__':
    main()
