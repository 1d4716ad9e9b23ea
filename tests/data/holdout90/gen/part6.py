from common import *

# 052 Boston records officer's out-of-office to our fee acceptance (no thread to the request itself)
m = build([
    ('From', '"Shea, Kathleen" <kathleen.shea@pd.boston.gov>'),
    ('To', 'Records Desk <records+req-012@records.example.org>'),
    ('Subject', 'Automatic reply: R001873-091726 - fee accepted'),
    ('Date', date('2026-12-02 09:14 -0500')),
    ('Message-ID', mid('052', 'pd.boston.gov')),
    ('In-Reply-To', '<desk-reply.20261202.1@records.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
], text="""I am out of the office until Monday, December 7. Public records requests
should be submitted through the City's Public Records Center. For urgent
matters, contact the Office of the Legal Advisor at 617-343-4550.
""")
emit('052-boston-ooo.eml', m, request='REQ-012', kind='auto_reply', tracking_number=None,
     signals=['plus', 'subject'], why="BPD records officer's out-of-office answering our fee acceptance; plus address and number in subject")

# 053 EGLE final release via the Google Group, with withholdings
m = build([
    ('From', "'Whitcomb, Dana (EGLE)' via Records Desk <records-desk@records.example.org>"),
    ('Reply-To', '"Whitcomb, Dana (EGLE)" <WhitcombD@michigan.gov>'),
    ('To', 'records-desk@records.example.org'),
    ('Subject', 'EGLE-2026-03318 - records'),
    ('Date', date('2026-12-07 14:30 -0500')),
    ('Message-ID', mid('053', 'michigan.gov')),
    ('List-Id', '<records-desk.records.example.org>'),
    ('X-Original-Sender', 'WhitcombD@michigan.gov'),
    ('Precedence', 'list'),
], text="""Good afternoon,

Your deposit was received on November 9. The records responsive to FOIA request
EGLE-2026-03318 (PFAS sampling and enforcement correspondence, Huron River
watershed) are now available through the link below, which expires in 14 days.

The release contains 2,318 pages of sampling results, violation notices and
correspondence. Nine documents (61 pages) were withheld as attorney-client
communications under MCL 15.243(1)(g), and personal phone numbers were redacted
under MCL 15.243(1)(a). The balance of $218.06 is due within 30 days; an invoice
is attached to the Department's notice in the portal.

This completes our response. Under MCL 15.240 you may appeal the withholding to
the Director in writing or commence an action in the Court of Claims within 180
days.

Dana Whitcomb
FOIA Coordinator, EGLE
""")
emit('053-group-egle-final.eml', m, request='REQ-008', kind='records_final', tracking_number='EGLE-2026-03318',
     adverse_determination=True, signals=['tracking'],
     why='EGLE completes the PFAS request: 2,318 pages, 9 documents withheld under (1)(g); MI appeal 180 days; via the Google Group')

# 054 Bounce of our administrative appeal to a wrong EGLE address (Postfix, references the request)
raw = """
From: Mail Delivery System <MAILER-DAEMON@mx.records.example.org>
To: records+req-014@records.example.org
Subject: Undelivered Mail Returned to Sender
Date: %s
Message-ID: %s
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="4C7D31A0B2.1765289112/mx.records.example.org"

--4C7D31A0B2.1765289112/mx.records.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<EGLE-Director@michigan.gov>: host michigan-gov.mail.protection.outlook.com
    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    EGLE-Director@michigan.gov not found by SMTP address lookup

--4C7D31A0B2.1765289112/mx.records.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.records.example.org
Arrival-Date: Wed,  9 Dec 2026 09:05:10 -0500 (EST)

Final-Recipient: rfc822; EGLE-Director@michigan.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound

--4C7D31A0B2.1765289112/mx.records.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Records Desk <records+req-014@records.example.org>
To: EGLE-Director@michigan.gov
Subject: FOIA APPEAL - EGLE-2026-03702 (Line 5 tunnel permit correspondence)
Date: Wed, 09 Dec 2026 09:05:02 -0500
Message-ID: <appeal-014.20261209.1@records.example.org>
References: %s

--4C7D31A0B2.1765289112/mx.records.example.org--
""" % (date('2026-12-09 09:05 -0500'), mid('054', 'mx.records.example.org'), req_mid(14, '2026-10-06'))
emit_raw('054-bounce-egle-appeal.eml', raw, request='REQ-014', kind='bounce', tracking_number=None,
     signals=['thread-embedded', 'plus', 'subject'], why='Postfix DSN: our FOIA appeal for EGLE-2026-03702 to EGLE-Director@michigan.gov was rejected; embedded References carry the request')

# 055 CBP clarification about the towers request, to the account contact, auto-forwarded
m = build([
    ('X-Forwarded-To', INBOX),
    ('X-Forwarded-For', 'eortiz@records.example.org ' + INBOX),
    ('From', '"FOIA Specialist, CBP" <cbpfoia@cbp.dhs.gov>'),
    ('To', 'eortiz@records.example.org'),
    ('Subject', 'Request for clarification - CBP-FO-2026-186901'),
    ('Date', date('2026-12-14 10:10 -0500')),
    ('Message-ID', mid('055', 'cbp.dhs.gov')),
], text="""Good morning,

I am processing CBP-FO-2026-186901. The Office of Acquisition has identified
the base contract and 11 task orders. Several task orders incorporate technical
data packages and system performance specifications (roughly 4,000 additional
pages) that would require consultation with the vendor and with the Office of
Information and Technology.

Please let me know whether you want those technical attachments included, or
whether the contract documents, statements of work and modifications alone
would satisfy your request. Your request will be placed on hold until we
receive your response; if we don't hear back within 30 working days we will
close it.

FOIA Specialist
U.S. Customs and Border Protection
""")
emit('055-cbp-clarification-reporter-rule.eml', m, request='REQ-002', kind='clarification', tracking_number='CBP-FO-2026-186901',
     signals=['tracking'], why='CBP asks whether technical attachments are wanted; request on hold; sent to the account contact and auto-forwarded')

# 056 DOCCS final response re-sent by the reporter as an attachment
inner = build([
    ('From', 'DOCCS FOIL <foil@doccs.ny.gov>'),
    ('To', '"Raman, Priya" <praman@records.example.org>'),
    ('Subject', 'FOIL 26-FOIL-0147 - Response'),
    ('Date', date('2026-12-16 15:40 -0500')),
    ('Message-ID', mid('056-inner', 'doccs.ny.gov')),
], text="""Dear Ms. Raman:

We have received your payment. Enclosed please find records responsive to
your request, log number 26-FOIL-0147: the Department's HALT Act compliance
reports for 2024 and 2025 and monthly segregated confinement census data
(1,212 pages).

Twenty-eight pages of disciplinary hearing records have been withheld in full,
and names of incarcerated individuals redacted throughout, as disclosure would
constitute an unwarranted invasion of personal privacy, Public Officers Law
sections 87(2)(b) and 89(2).

You may appeal this determination within 30 days to the Records Access Appeals
Officer. This completes the Department's response to your request.

Records Access Office
NYS DOCCS
""")
m = build([
    ('From', 'Priya Raman <praman@records.example.org>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'HALT records are in'),
    ('Date', date('2026-12-17 08:55 -0500')),
    ('Message-ID', mid('056', 'records.example.org')),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
], text="""Attaching DOCCS's email - the files came on a disc, I have it at my desk.
Can someone close this out in the log? Appeal clock is 30 days on the withheld
pages.

Priya
""", attachments=[('rfc822', inner, 'FOIL 26-FOIL-0147 - Response.eml')])
emit('056-fwd-attached-doccs-final.eml', m, request='REQ-006', kind='records_final', tracking_number='26-FOIL-0147',
     adverse_determination=True, determination_date='2026-12-16', signals=['tracking'],
     why='Reporter re-sends the DOCCS final response (dated Dec 16) as an attachment under a new subject; 28 pages withheld; NY appeal 30 days from the agency letter date')

# 057 WSP final installment, sent to the reporter and auto-forwarded
m = build([
    ('X-Forwarded-To', INBOX),
    ('X-Forwarded-For', 'eortiz@records.example.org ' + INBOX),
    ('From', '"Pruitt, Caleb (WSP)" <Caleb.Pruitt@wsp.wa.gov>'),
    ('To', '"Ortiz, Elena" <eortiz@records.example.org>'),
    ('Subject', 'W004512-091126 - final installment'),
    ('Date', date('2027-01-05 09:50 -0800')),
    ('Message-ID', mid('057', 'wsp.wa.gov')),
    ('In-Reply-To', mid('033', 'wsp.wa.gov')),
    ('References', mid('014', 'wsp.wa.gov') + ' ' + mid('033', 'wsp.wa.gov')),
], text="""Ms. Ortiz,

Installment 4, the final installment for request W004512-091126, is now
available in the Public Records Center. It contains the pursuit review forms
for July 2025 through September 2026 and the three final versions of
Regulation Manual 8.00.130 adopted in 2024-2026 (188 pages). Redactions were
made under RCW 42.56.240(1) and RCW 46.52.120, as described in the log.

With this installment your request is complete and will be closed.

Caleb Pruitt
Public Records Officer, Washington State Patrol
""")
emit('057-wsp-final-reporter-rule.eml', m, request='REQ-009', kind='records_final', tracking_number='W004512-091126',
     adverse_determination=True, signals=['tracking'],
     why='WSP final installment with redactions, request closed; auto-forwarded from the reporter; WA no appeal days, appeal_due null')

# 058 CBP final response, letter text in HTML body, via the Google Group
m = build([
    ('From', "'CBP FOIA' via Records Desk <records-desk@records.example.org>"),
    ('Reply-To', 'CBP FOIA <no-reply@securerelease.us>'),
    ('To', 'records-desk@records.example.org'),
    ('Subject', 'Final Response - CBP-FO-2026-184233'),
    ('Date', date('2027-01-12 11:35 -0500')),
    ('Message-ID', mid('058', 'securerelease.us')),
    ('List-Id', '<records-desk.records.example.org>'),
    ('X-Original-Sender', 'no-reply@securerelease.us'),
    ('Precedence', 'list'),
], html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Requester,</p>
<p>This is the final response to your FOIA request <b>CBP-FO-2026-184233</b> for use-of-force incident reports at
the San Ysidro Port of Entry. CBP reviewed an additional 486 pages and is releasing 451 pages in part and
withholding 35 pages in full under 5 U.S.C. &sect; 552(b)(6), (b)(7)(C) and (b)(7)(E).</p>
<p>You may appeal this decision. Your appeal must be electronically submitted through SecureRelease or
postmarked within 90 days from the date of this letter. You may also seek dispute resolution services from the
CBP FOIA Public Liaison or from OGIS (ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448).</p>
<p>Sincerely,<br>CBP FOIA Division</p>
<p style="font-size:8pt">You received this message because you are subscribed to the Google Groups "Records Desk" group.</p>
</body></html>
""")
emit('058-group-cbp-final.eml', m, request='REQ-001', kind='records_final', tracking_number='CBP-FO-2026-184233',
     adverse_determination=True, signals=['tracking'],
     why="CBP final response with (b)(6)/(b)(7)(C)/(b)(7)(E) withholdings relayed by the Google Group ('CBP FOIA' via Records Desk); appeal 90 days")

# 059 VA no-records response for part of the contracts request, BCC'd
m = build([
    ('Delivered-To', INBOX),
    ('From', 'VHA FOIA Service <vhafoia2@va.gov>'),
    ('To', 'undisclosed-recipients:;'),
    ('Subject', 'FOIA Request 26-16021-F - Final Response'),
    ('Date', date('2027-01-14 13:05 -0500')),
    ('Message-ID', mid('059', 'va.gov')),
], text="""Dear Requester:

This is the final response to FOIA request 26-16021-F. As agreed by telephone
on November 25, 2026, the request was limited to community care network
contract modifications issued to the VISN 22 region in fiscal year 2026.

The Office of Procurement searched the contract writing system and the Region
4 contract file and found no modifications issued specifically for VISN 22 in
that period; network modifications are issued at the Region 4 level and were
not part of the narrowed request. Therefore, no responsive records were located.

You may appeal this no-records response to the Office of General Counsel (024)
within 90 days of the date of this letter, or seek help from the VA FOIA Public
Liaison or OGIS.

VHA FOIA Service
""")
emit('059-va-no-records-bcc.eml', m, request='REQ-015', kind='no_records', tracking_number='26-16021-F',
     adverse_determination=True, signals=['tracking'],
     why='VA no-records final response on the narrowed community care request; we are BCC (undisclosed-recipients); appeal 90 days')
