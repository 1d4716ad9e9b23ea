#!/usr/bin/env python3
"""Messages 021-030 (October 1-8, 2026)."""
from common import *

F = []

# 021 NTTA itemized statement of estimated charges (Tex. Gov't Code 552.2615), body + PDF
stmt = ['NORTH TEXAS TOLLWAY AUTHORITY', 'ITEMIZED STATEMENT OF ESTIMATED CHARGES', 'Tex. Gov\'t Code 552.2615', '',
        'Date: October 1, 2026          Request: P004417-092326', '',
        'Description                                         Qty     Rate      Amount',
        'Labor - locating/compiling (programming, export)   3.0 h   $15.00    $45.00',
        'Overhead (20% of labor)                                               $9.00',
        'Computer resource charge (mid-range server)        1.2 h   $27.00    $32.40',
        'Electronic media / copies                                              $0.00',
        'ESTIMATED TOTAL                                                      $86.40', '',
        'Your request will be considered withdrawn if you do not respond in writing within',
        'ten (10) business days after the date this statement was sent, stating that you',
        '(1) accept the charges, (2) modify the request, or (3) have filed a complaint with',
        'the Office of the Attorney General about the charges.',
        'A less costly alternative: the retention schedule alone is available at no charge.']
m = plain('NTTA Public Information <publicinformation@ntta.org>', plus('REQ-011'),
          'P004417-092326 Itemized Statement of Estimated Charges', '2026-10-01 09:30 -0500',
          mid('021ntta', 'ntta.org'),
          """Good morning,

Attached is an itemized statement of estimated charges for your Public Information Act request
P004417-092326 (toll camera image retention; law enforcement image requests). The estimated charges
exceed $40, so we are required to provide this statement before we begin work.

Please review the statement and let us know how you would like to proceed. Note the response deadline
described in the statement.

Thank you,
Public Information Office
North Texas Tollway Authority | 5900 W. Plano Parkway, Plano, TX 75093
""")
attach_pdf(m, 'P004417-092326_Cost_Estimate.pdf', stmt)
save('021-ntta-itemized-cost.eml', m)
F.append(fact('021-ntta-itemized-cost.eml', 'REQ-011', 'fee_estimate', 'P004417-092326',
              why='TX 552.2615 itemized statement ($86.40) in PDF; request deemed withdrawn without a written answer in 10 business days'))

# 022 Port Authority acknowledgment letter (text), received next day
m = plain('FOI Administrator <foiadmin@panynj.gov>', plus('REQ-012'), 'FOI Reference No. 23981',
          '2026-10-01 14:12 -0400', outlook_mid('022', 'DM6PR09MB4012.namprd09.prod.outlook.com'),
          """THE PORT AUTHORITY OF NY & NJ
Office of the Secretary

October 1, 2026

Re: Freedom of Information Reference No. 23981

Dear Requester:

This acknowledges receipt on September 25, 2026 of your request, made under the Port Authority's
Freedom of Information Code (the "Code"), for copies of the PATH station CCTV video retention policy
and records of subpoenas or law enforcement requests for George Washington Bridge toll data in 2025.

The Port Authority is a bi-state agency and is not subject to the New York Freedom of Information
Law or the New Jersey Open Public Records Act; however, the Code is administered consistent with the
principles of the New York Public Officers Law. Your request is being processed, and we expect to
respond on or about November 5, 2026.

Please refer to the above reference number in any future correspondence.

Very truly yours,
FOI Administrator
""", headers=[('Thread-Topic', 'FOI Reference No. 23981')], rid_thread='REQ-012')
save('022-panynj-ack.eml', m)
F.append(fact('022-panynj-ack.eml', 'REQ-012', 'acknowledgment', '23981', clock='received:2026-09-25', estimated='2026-11-05',
              why='Port Authority FOI Code ack: received Sep 25 (sent Sep 24 after auto-reply), No. 23981; NY row chosen as the letters cite NY POL'))

# 023 MBTA GovQA portal notification, no substance
g = """<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Records Desk,</p>
<p>A message has been posted to your request <b>R001842-091426</b>. To view the message and any attachments,
please log in to the Public Records Center.</p>
<p><a href="https://mbta.mycusthelp.com/WEBAPP/_rs/(S(x4k2))/RequestLogin.aspx">Log in</a></p>
<p style="color:#888">This is an automated message. Replies to this address are not monitored.</p>
</body></html>"""
m = html_only('Public Records Center <noreply@mycusthelp.net>', plus('REQ-005'),
              'Message Center Update :: R001842-091426', '2026-10-02 08:05 -0400', mid('023govqa', 'mycusthelp.net'), g)
save('023-mbta-govqa-update.eml', m)
F.append(fact('023-mbta-govqa-update.eml', 'REQ-005', 'portal_notice', 'R001842-091426',
              why='GovQA message-center notice, no content; number ties it to MBTA R001842-091426'))

# 024 RTD CORA mailbox out-of-office on Cabrini Day
m = plain('RTD CORA Custodian <cora@rtd-denver.com>', plus('REQ-009'),
          'Automatic reply: ' + req('REQ-009')['subject'], '2026-10-05 08:00 -0600', mid('024rtd', 'rtd-denver.com'),
          """RTD administrative offices are closed Monday, October 5, 2026 in observance of Cabrini Day, a
Colorado state holiday. Requests received today will be processed beginning Tuesday, October 6.

For service information call 303.299.6000. This mailbox is for Colorado Open Records Act requests only.
""", headers=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')], rid_thread='REQ-009')
save('024-rtd-holiday-autoreply.eml', m)
F.append(fact('024-rtd-holiday-autoreply.eml', 'REQ-009', 'auto_reply',
              why='RTD CORA mailbox holiday auto-reply (Cabrini Day, a CO holiday) to our REQ-009 email'))

# 025 MBTA clarification via our Google Group collaborative inbox
m = plain("'Brennan, Kevin' via Records Desk <records@records.example.org>", 'Records Desk <records@records.example.org>',
          'R001907-092126 - GLTPS progress reports - clarification needed', '2026-10-05 10:25 -0400',
          outlook_mid('025', 'BL1PR09MB3391.namprd09.prod.outlook.com'),
          """Hello,

I'm following up on your request R001907-092126 for Green Line Train Protection System contractor
progress reports. The contractor submits a monthly progress report through the project's document
control system, and each one runs 150-300 pages with schedule and risk appendices. Since notice to
proceed that is more than 40 reports.

Could you please clarify: (1) the date range you want, and (2) whether the narrative summary
(typically 10-15 pages) would meet your needs, or whether you need the full appendices?

We will pause processing until we hear from you. Once clarified we will provide a fee estimate
if one applies.

Thank you,
Kevin Brennan
Records Access Officer Designee, Capital Transformation
MBTA
""", headers=[('Reply-To', 'Brennan, Kevin <kbrennan@mbta.com>'), ('Cc', 'MBTA Public Records <publicrecords@mbta.com>'),
              ('List-Id', '<records.records.example.org>'), ('X-Original-Sender', 'kbrennan@mbta.com'),
              ('X-Original-From', '"Brennan, Kevin" <kbrennan@mbta.com>'), ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
              ('Precedence', 'list'), ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>')])
save('025-mbta-clarify-google-group.eml', m)
F.append(fact('025-mbta-clarify-google-group.eml', 'REQ-006', 'clarification', 'R001907-092126',
              why='asks for date range / narrower scope of GLTPS reports, processing paused; arrives via Google Group (via display name, X-Original-Sender)'))

# 026 Exchange Online NDR: old SDCRAA clerk address (cc on REQ-015)
r = req('REQ-015')
ndr = f"""From: Microsoft Outlook <postmaster@records.example.org>
To: {INBOX}
Subject: Undeliverable: {r['subject']}
Date: {when('2026-10-06 09:20 -0700')}
Message-ID: <3c1f2a8e-7d21-4b6f-9e0b-26a9cc01d7f5@records.example.org>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="_000_3c1f2a8e7d214b6f9e0b26a9cc01d7f5_"

--_000_3c1f2a8e7d214b6f9e0b26a9cc01d7f5_
Content-Type: text/plain; charset="us-ascii"

Your message to aclerk@san.org couldn't be delivered.

aclerk wasn't found at san.org.

records    Office 365    aclerk
Action Required              Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact your email admin.

Diagnostic information for administrators:
Generating server: SN4PR09MB5542.namprd09.prod.outlook.com
aclerk@san.org
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--_000_3c1f2a8e7d214b6f9e0b26a9cc01d7f5_
Content-Type: message/delivery-status

Reporting-MTA: dns;SN4PR09MB5542.namprd09.prod.outlook.com
Received-From-MTA: dns;records.example.org
Arrival-Date: {when('2026-10-06 09:19 -0700')}

Final-Recipient: rfc822;aclerk@san.org
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_000_3c1f2a8e7d214b6f9e0b26a9cc01d7f5_
Content-Type: text/rfc822-headers

From: Records Desk <{INBOX}>
Reply-To: {r['reply_address']}
To: publicrecords@san.org
Cc: aclerk@san.org
Subject: {r['subject']}
Date: {when('2026-10-06 09:14 -0700')}
Message-ID: {r['message_id']}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_000_3c1f2a8e7d214b6f9e0b26a9cc01d7f5_--
"""
save('026-bounce-exchange-ndr-san.eml', ndr)
F.append(fact('026-bounce-exchange-ndr-san.eml', 'REQ-015', 'bounce',
              why='Exchange NDR for the cc to a retired Airport Authority clerk address; embedded headers carry REQ-015 Message-ID'))

# 027 RTD fee estimate, subject changed, Outlook reply with quote
m = plain('Vega, Marisol <marisol.vega@rtd-denver.com>', plus('REQ-008'), 'Allied Universal records - cost estimate',
          '2026-10-06 11:30 -0600', outlook_mid('027', 'CY4PR09MB2871.namprd09.prod.outlook.com'),
          """Hello,

I have an estimate for the Allied Universal part of your request. The current contract and its
amendments are posted on RTD's procurement page and I can send those at no cost.

The July-August incident reports are another matter. Allied enters them in its own reporting
system and RTD only has access through a contract-administrator login, so I'll have to run and
export them and then redact names of passengers and victims. I estimate 5 hours total. Under
C.R.S. 24-72-205(6) the first hour is free and additional time is billed at $33.58/hour:

    4 hours x $33.58 = $134.32

We require payment before the research and retrieval is done. Let me know if you'd like to
proceed, narrow the dates, or take just the contract.

Marisol Vega
Records Custodian | Board Office
Regional Transportation District
""" + outlook_quote('REQ-008', 'RTD CORA Custodian <cora@rtd-denver.com>'),
          headers=[('Thread-Topic', 'Allied Universal records - cost estimate'),
                   ('Thread-Index', 'AdtLk2o1aYQ3fYbRSw6cG4hW2Hc2lQ==')], rid_thread='REQ-008')
save('027-rtd-fee-estimate-new-subject.eml', m)
F.append(fact('027-rtd-fee-estimate-new-subject.eml', 'REQ-008', 'fee_estimate',
              why='custodian reply with a new subject: $134.32 research fee payable in advance for contractor-held incident reports'))

# 028 NTTA 552.221(d) certification with a date
m = plain('NTTA Public Information <publicinformation@ntta.org>', plus('REQ-011'),
          'P004417-092326 - Notice of Date of Availability', '2026-10-06 16:00 -0500', mid('028ntta', 'ntta.org'),
          """Dear Requester:

Re: Public Information Request P004417-092326

The North Texas Tollway Authority certifies under Section 552.221(d) of the Texas Government Code
that it cannot produce the requested information within ten business days of receipt. Image
request logs are maintained by the Authority's Violations Processing Center contractor and must be
extracted from its case-management application.

The Authority reasonably anticipates that the information will be available on or before
November 13, 2026, provided the estimated charges sent to you on October 1 are accepted.

Public Information Office
North Texas Tollway Authority
""")
save('028-ntta-552221d-date.eml', m)
F.append(fact('028-ntta-552221d-date.eml', 'REQ-011', 'extension', 'P004417-092326', clock='extension', estimated='2026-11-13',
              why='TX 552.221(d) certification with a date (Nov 13); TX table has no extension days, so no due'))

# 029 King County NextRequest document released notice
g = """<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto;border-top:4px solid #00573d;padding:16px">
<p>A document has been released to you for request <b>#26-4471</b>.</p>
<p><a href="https://kingcounty.nextrequest.com/requests/26-4471">View request</a></p>
<p style="font-size:11px;color:#999">Powered by NextRequest. Please do not reply to this email.</p>
</div></body></html>"""
m = html_only('King County Public Records <kingcounty@mail.nextrequest.com>', plus('REQ-007'),
              '[King County Public Records] Document released for request 26-4471', '2026-10-07 09:44 -0700',
              mid('029nr', 'mail.nextrequest.com'), g)
save('029-kcmetro-nextrequest-doc-released.eml', m)
F.append(fact('029-kcmetro-nextrequest-doc-released.eml', 'REQ-007', 'portal_notice', '26-4471',
              why='NextRequest "document released" notice with no substantive text'))

# 030 SDCRAA 14-day extension (Gov. Code 7922.535(b)), staff email
m = plain('Ruiz, Alejandra <aruiz@san.org>', plus('REQ-014'), 'RE: PRA-26-187 - Extension of time',
          '2026-10-08 10:05 -0700', outlook_mid('030', 'BYAPR09MB6044.namprd09.prod.outlook.com'),
          """Good morning,

Regarding public records request PRA-26-187 (biometric boarding agreements), the Airport Authority
is extending the time to respond by 14 days under Government Code section 7922.535(b), because we
need to consult with the airlines that are parties to the agreements and with U.S. Customs and
Border Protection, each of which has a substantial interest in the determination.

We expect to make a determination and begin producing records no later than October 23, 2026.

Alejandra Ruiz
Senior Records Analyst, Office of the Authority Clerk
San Diego County Regional Airport Authority
""", headers=[('Thread-Topic', 'PRA-26-187 - Extension of time')], rid_thread='REQ-014')
save('030-sdcraa-extension.eml', m)
F.append(fact('030-sdcraa-extension.eml', 'REQ-014', 'extension', 'PRA-26-187', clock='extension', estimated='2026-10-23',
              why='CPRA 14-day extension (consultation with airlines/CBP); states Oct 23'))

record(3, F)
