from common import *

# 001 State IPS mailbox auto-response
make('001-state-foiarequest-autoreply.eml', [
    ('From', 'FOIARequest <FOIARequest@state.gov>'), ('To', plus('REQ-001')),
    ('Subject', 'Automatic reply: ' + rsubj('REQ-001')), ('Date', when(2026, 9, 2, 9, 14, 41)),
    ('Message-ID', mid('001', 'BN8PR09MB5521.namprd09.prod.outlook.com')),
    ('In-Reply-To', rmid('REQ-001')), ('References', rmid('REQ-001')),
    ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'FOIARequest@state.gov')],
    text="""Thank you for contacting the U.S. Department of State, Office of Information Programs and Services (IPS).

This is an automated message confirming that your e-mail has reached this mailbox. It is not an
acknowledgment of a Freedom of Information Act request and no case number has been assigned at this time.
Requests that meet the requirements of 22 CFR Part 171 are logged and acknowledged in writing; please allow
several business days for that letter.

To check the status of an existing request, please use the State Department FOIA request portal or write
to FOIAStatus@state.gov and include your case number (F-YYYY-XXXXX).

Please do not reply to this message.
""", facts=dict(request='REQ-001', kind='auto_reply', tracking_number=None, signals=['thread', 'plus'],
               why='State IPS FOIARequest mailbox auto-response; says explicitly it is not an acknowledgment'))

# 002 Gmail bounce of the cc to a USAID staff address (REQ-004)
orig = rmid('REQ-004')
bounce = f"""From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: foia@newsroom.example.org
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: {orig}
In-Reply-To: {orig}
X-Failed-Recipients: mtorres@usaid.gov
Message-ID: <66f7a1c2.170a0220.3b4f.9c01.GMR@mx.google.com>
Date: {when(2026, 9, 3, 8, 47, 12)}
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000b2c11e0620f1a7d3"; report-type=delivery-status

--000000000000b2c11e0620f1a7d3
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to mtorres@usaid.gov because the address couldn't be found, or is unable to
receive mail.

The response from the remote server was:
550 5.1.1 <mtorres@usaid.gov>: Recipient address rejected: User unknown in virtual mailbox table

--000000000000b2c11e0620f1a7d3
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; foia@newsroom.example.org
Arrival-Date: Thu, 03 Sep 2026 05:47:08 -0700 (PDT)
X-Original-Message-ID: {orig}

Final-Recipient: rfc822; mtorres@usaid.gov
Action: failed
Status: 5.1.1
Remote-MTA: dns; usaid-gov.mail.protection.outlook.com. (52.101.41.3, the server for the domain usaid.gov.)
Diagnostic-Code: smtp; 550 5.1.1 <mtorres@usaid.gov>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Thu, 03 Sep 2026 05:47:11 -0700 (PDT)

--000000000000b2c11e0620f1a7d3
Content-Type: text/rfc822-headers

From: FOIA Desk <foia@newsroom.example.org>
Reply-To: {plus('REQ-004')}
To: foia@usaid.gov
Cc: mtorres@usaid.gov
Subject: {rsubj('REQ-004')}
Date: Thu, 03 Sep 2026 08:47:05 -0400
Message-ID: {orig}
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

--000000000000b2c11e0620f1a7d3--
"""
write_raw('002-gmail-dsn-usaid-cc.eml', bounce, dict(request='REQ-004', kind='bounce', tracking_number=None,
          signals=['thread', 'thread-embedded'],
          why='Gmail DSN: the cc copy of our USAID request to a departed staffer bounced (the main foia@ copy went through)'))

# 003 State FOIA portal acknowledgment (HTML only)
make('003-state-portal-ack-html.eml', [
    ('From', 'State Department FOIA <noreply@foia.state.gov>'), ('To', plus('REQ-002')),
    ('Subject', 'FOIA Request F-2026-14210 has been received'), ('Date', when(2026, 9, 4, 6, 2, 17)),
    ('Message-ID', mid('003', 'foia.state.gov'))],
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="600" cellpadding="8"><tr><td style="background:#0a314d;color:#fff"><b>U.S. DEPARTMENT of STATE</b> &mdash; FOIA Public Access Link</td></tr>
<tr><td>
<p>Dear Requester,</p>
<p>Your request <b>F-2026-14210</b>, submitted on <b>09/03/2026</b>, has been received by the Office of Information Programs and Services.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td>Request Number</td><td>F-2026-14210</td></tr>
<tr><td>Received Date</td><td>09/03/2026</td></tr>
<tr><td>Request Type</td><td>FOIA</td></tr>
<tr><td>Description</td><td>Communications between Department officials and registered lobbyists concerning a U.S.&ndash;Democratic Republic of the Congo critical minerals partnership&hellip;</td></tr>
</table>
<p>A letter acknowledging your request and describing how it will be processed will follow. You may track the status of your request at any time by signing in to the portal.</p>
<p style="color:#666;font-size:11px">This is a system-generated message. Replies to this address are not monitored.</p>
</td></tr></table></body></html>""",
    facts=dict(request='REQ-002', kind='acknowledgment', tracking_number='F-2026-14210', clock='received_on_sent_date',
               signals=['plus', 'tracking-new', 'subject'],
               why='State FOIA PAL receipt: F-2026-14210 received 09/03/2026 (= sent); clock from the sent date'))

# 004 State acknowledgment letter in a PDF; received date one day after sent
letter = """United States Department of State
Washington, D.C. 20520

September 8, 2026

Case Number: F-2026-14187

Records Desk
foia+req-001@newsroom.example.org

Dear Requester:

This is to acknowledge receipt of your Freedom of Information Act (FOIA) request to the U.S. Department of State, which the Office of Information Programs and Services (IPS) received on September 3, 2026, for: records of Leahy vetting conducted for units of the Colombian National Police, including INVEST vetting results, decisions and remediation documentation, from January 1, 2022 through December 31, 2025.

Your request has been assigned Case Control Number F-2026-14187. Please refer to this number in all future correspondence about this request.

The Department employs a multi-track system for processing FOIA requests. Based on a preliminary review, your request has been placed in the complex processing track, because it will require searches of several Department offices, including an overseas post, and may involve records that must be reviewed by other agencies before release. Unusual circumstances, as defined in 5 U.S.C. 552(a)(6)(B), may apply to your request; if so, we will notify you in writing.

Unless you advise otherwise, we will treat your request as an agreement to pay up to $25 in applicable fees. Based on the information you provided, we have placed you in the news media fee category. You will be charged only for duplication of records in excess of 100 pages. Your request for a fee waiver will be addressed if fees are assessed.

You may check the status of your request on the Department's FOIA website or by writing to FOIAStatus@state.gov. If you have questions, you may contact our FOIA Requester Service Center at 202-261-8484 or our FOIA Public Liaison at the same number.

""" + OGIS + """

Sincerely,

Requester Liaison Division
Office of Information Programs and Services"""
make('004-state-ack-letter-pdf.eml', [
    ('From', 'FOIAStatus <FOIAStatus@state.gov>'), ('To', plus('REQ-001')),
    ('Subject', 'Acknowledgment Letter - Case Number F-2026-14187'), ('Date', when(2026, 9, 8, 15, 31, 6)),
    ('Message-ID', mid('004', 'SA1PR09MB8840.namprd09.prod.outlook.com')),
    ('X-MS-Has-Attach', 'yes'), ('X-MS-TNEF-Correlator', '')],
    text="Good afternoon,\n\nPlease find attached the acknowledgment letter for your FOIA request to the Department of State.\n\nRegards,\nIPS Requester Liaison Division\n",
    attachments=[('F-2026-14187 Acknowledgment.pdf', 'application/pdf', pdf(letter.split('\n'), 'Acknowledgment'))],
    facts=dict(request='REQ-001', kind='acknowledgment', tracking_number='F-2026-14187', clock='received:2026-09-03',
               signals=['plus', 'tracking-new', 'subject'],
               why='State ack letter (PDF): IPS received the Leahy vetting request Sep 3 (sent Sep 2), complex track, unusual circumstances only "may apply"'))

# 005 USAID acknowledgment: received date after the sent date
make('005-usaid-ack-received-later.eml', [
    ('From', 'USAID FOIA <foia@usaid.gov>'), ('To', plus('REQ-004')),
    ('Subject', 'RE: ' + rsubj('REQ-004')), ('Date', when(2026, 9, 9, 11, 5, 52)),
    ('Message-ID', mid('005', 'usaid.gov')), ('In-Reply-To', rmid('REQ-004')), ('References', rmid('REQ-004'))],
    text="""Dear Requester:

This e-mail acknowledges receipt of your Freedom of Information Act (FOIA) request dated September 3, 2026,
which was received in the USAID FOIA Office on September 8, 2026. Your request was routed to this office
from an individual staff mailbox; the official date of receipt is the date it reached the FOIA Office.

Your request has been assigned tracking number F-00412-26.

You requested: stop-work orders, termination notices and related correspondence for USAID/Guatemala health
sector awards issued or terminated in calendar year 2025.

Please note that, following the 2025 reorganization, some USAID program records have been transferred to the
Department of State. We will advise you if any portion of your request must be referred.

Should you have any questions, please contact the FOIA Office at foia@usaid.gov and reference the tracking
number above.

Respectfully,
USAID FOIA Office
Bureau for Management, Office of Management Services, Information and Records Division
""", facts=dict(request='REQ-004', kind='acknowledgment', tracking_number='F-00412-26', clock='received:2026-09-08',
                signals=['thread', 'plus', 'tracking-new'],
                why='USAID ack: request dated Sep 3 but received by the FOIA Office Sep 8; assigns F-00412-26; clock from Sep 8'))

# 006 Peace Corps ack, Outlook multipart/alternative, quoting our request
t006 = """Good afternoon,

The Peace Corps FOIA Office received your request on September 9, 2026. It has been assigned FOIA No. 26-0147.

We will search the Office of Safety and Security, the Office of Global Operations and the Africa Region for
records responsive to your request. Because records about volunteer evacuations can include sensitive
personal information, please expect that some material may be withheld under the FOIA's privacy exemptions.

If you have any questions, contact us at foia@peacecorps.gov or (202) 692-1236 and cite the FOIA number.

Sincerely,
FOIA/Privacy Act Office
Peace Corps | 1275 First Street NE | Washington, DC 20526""" + quote_request('REQ-006', 'outlook')
h006 = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + \
    t006.split('-----Original')[0].replace('\n\n', '</p><p>').replace('\n', '<br>').join(['<p>', '</p>']) + \
    '<hr><div style="font-size:10pt">' + ('-----Original' + t006.split('-----Original')[1]).replace('\n', '<br>') + '</div></div></body></html>'
make('006-peacecorps-ack-outlook.eml', [
    ('From', 'FOIA <foia@peacecorps.gov>'), ('To', plus('REQ-006')),
    ('Subject', 'RE: ' + rsubj('REQ-006')), ('Date', when(2026, 9, 10, 14, 22, 9)),
    ('Message-ID', mid('006', 'DM6PR09MB4417.namprd09.prod.outlook.com')),
    ('In-Reply-To', rmid('REQ-006')), ('References', rmid('REQ-006')),
    ('Thread-Topic', rsubj('REQ-006')), ('Thread-Index', 'AQHdIyQwq7mKc1x0TUyPk2v9wqVb3Q=='),
    ('X-MS-Exchange-Organization-SCL', '-1'), ('X-MS-Has-Attach', ''), ('Content-Language', 'en-US')],
    text=t006, html=h006,
    facts=dict(request='REQ-006', kind='acknowledgment', tracking_number='26-0147', clock='received_on_sent_date',
               signals=['thread', 'plus', 'tracking-new'],
               why='Peace Corps ack: received Sep 9 (= sent), FOIA No. 26-0147; Outlook reply quoting our request'))

# 007 State portal ack, plain text
make('007-state-portal-ack-plain.eml', [
    ('From', 'State Department FOIA <noreply@foia.state.gov>'), ('To', plus('REQ-003')),
    ('Subject', 'FOIA Request F-2026-14655 has been received'), ('Date', when(2026, 9, 10, 18, 1, 44)),
    ('Message-ID', mid('007', 'foia.state.gov'))],
    text="""Dear Requester,

Your request F-2026-14655, submitted on 09/08/2026, has been received by the Office of Information Programs
and Services.

  Request Number : F-2026-14655
  Received Date  : 09/08/2026
  Request Type   : FOIA
  Description    : Task orders, statements of work and modifications for the local guard force and
                   security support contracts at U.S. Embassy Kyiv, 2023 to present...

A letter acknowledging your request and describing how it will be processed will follow. You may track
the status of your request at any time by signing in to the portal.

This is a system-generated message. Replies to this address are not monitored.
""", facts=dict(request='REQ-003', kind='acknowledgment', tracking_number='F-2026-14655', clock='received_on_sent_date',
                signals=['plus', 'tracking-new', 'subject'],
                why='State FOIA PAL receipt for the Kyiv guard-force request: F-2026-14655 received 09/08/2026 (= sent)'))

# 008 BIS GovDelivery Federal Register bulletin (not about any request)
make('008-bis-govdelivery-entity-list.eml', [
    ('From', 'Bureau of Industry and Security <bis@service.govdelivery.com>'), ('To', 'foia@newsroom.example.org'),
    ('Subject', 'BIS Federal Register Notice: Additions to the Entity List and Revision of Existing Entries'),
    ('Date', when(2026, 9, 11, 8, 30, 2)), ('Message-ID', mid('008', 'public.govdelivery.com')),
    ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USBIS/subscriber/edit?preferences=true>'),
    ('X-Accept-Language', 'en-us, en')],
    html="""<html><body style="font-family:Georgia,serif">
<div style="max-width:640px"><img alt="U.S. Department of Commerce - Bureau of Industry and Security" src="https://content.govdelivery.com/attachments/USBIS/bis_header.png"><h2>Additions to the Entity List and Revision of Existing Entries</h2>
<p>In this final rule, the Bureau of Industry and Security (BIS) amends the Export Administration Regulations (EAR) by adding 19 entities under 23 entries to the Entity List. These entities have been determined by the U.S. Government to be acting contrary to the national security or foreign policy interests of the United States. The End-User Review Committee (ERC) made these determinations.</p>
<p>This rule is effective upon publication in the <i>Federal Register</i>. Comments are not requested.</p>
<p><a href="https://www.federalregister.gov/public-inspection">View the public inspection version</a></p>
<hr><p style="font-size:11px">You are subscribed to BIS updates. <a href="https://public.govdelivery.com/accounts/USBIS/subscriber/edit">Manage subscriptions</a> | This service is provided to you at no charge by the U.S. Department of Commerce.</p></div></body></html>""",
    facts=dict(request=None, kind='other', tracking_number=None, signals=['none'],
               why='BIS GovDelivery Federal Register bulletin about the Entity List; a subscription, not a reply to REQ-009'))

# 009 MCC ack, number only in the subject
make('009-mcc-ack-subject-number.eml', [
    ('From', 'MCC FOIA <foia@mcc.gov>'), ('To', plus('REQ-007')),
    ('Subject', 'RE: ' + rsubj('REQ-007') + ' [FY26-031]'), ('Date', when(2026, 9, 11, 10, 48, 33)),
    ('Message-ID', mid('009', 'mcc.gov')), ('In-Reply-To', rmid('REQ-007')), ('References', rmid('REQ-007'))],
    text="""Hello,

MCC's FOIA office received your request yesterday, September 10, 2026, and has logged it under the number in
the subject line of this message. We are a small office, but we will do our best to respond within the
statutory time frame. Much of the Mozambique compact documentation, including final Environmental and
Social Impact Assessments, is already published on mcc.gov and in the MCC Evaluation Catalog; we will let
you know if we think that material answers part of your request.

Thank you,
MCC FOIA Office
Millennium Challenge Corporation
1099 Fourteenth Street NW, Suite 700, Washington, DC 20005
""" + quote_request('REQ-007'),
    facts=dict(request='REQ-007', kind='acknowledgment', tracking_number='FY26-031', clock='received_on_sent_date',
               signals=['thread', 'plus', 'tracking-new'],
               why='MCC ack says received "yesterday, September 10" (= sent); tracking FY26-031 only in the subject'))

# 010 Commerce FOIA PAL ack for BIS, HTML only, portal address not listed for BIS
make('010-commerce-pal-ack-bis.eml', [
    ('From', 'Commerce FOIA Public Access Link <pal-noreply@doc.gov>'), ('To', plus('REQ-008')),
    ('Subject', 'Request DOC-BIS-2026-001877 Received'), ('Date', when(2026, 9, 14, 7, 15, 0)),
    ('Message-ID', mid('010', 'foiapal.doc.gov'))],
    html="""<html><body><p>Dear Records Desk,</p>
<p>The U.S. Department of Commerce has received your Freedom of Information Act request. The request was received on 09/11/2026 and has been assigned to the <b>Bureau of Industry and Security (BIS)</b> for processing.</p>
<p>Your request number is <b>DOC-BIS-2026-001877</b>.</p>
<p>Request description: <i>All export license applications submitted by or on behalf of Huaqin Semiconductor Co., Ltd., and BIS determinations, return-without-action letters and denial letters concerning those applications&hellip;</i></p>
<p>You can check the status of your request by logging in to the Public Access Link (PAL). Please do not reply to this automated message; correspondence should be directed to the FOIA office of the bureau processing your request.</p>
<p>Thank you,<br>U.S. Department of Commerce FOIA Program</p></body></html>""",
    facts=dict(request='REQ-008', kind='acknowledgment', tracking_number='DOC-BIS-2026-001877', clock='received_on_sent_date',
               signals=['plus', 'tracking-new', 'subject'],
               why='Commerce-wide PAL (doc.gov sender not listed for BIS) receipt, received 09/11/2026 (= sent), routed to BIS'))

dump_facts('part1')
