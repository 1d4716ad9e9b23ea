from common import *

# 001 DOCCS out-of-office to the reporter who signed the request; her mailbox rule forwards it
m = build([
    ('Received', 'from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2101.outbound.protection.outlook.com [40.107.243.101]) by mx.records.example.org; Tue, 08 Sep 2026 15:42:31 -0400'),
    ('X-Forwarded-To', INBOX),
    ('X-Forwarded-For', 'praman@records.example.org ' + INBOX),
    ('From', '"Halloran, Bridget (DOCCS)" <Bridget.Halloran@doccs.ny.gov>'),
    ('To', 'Priya Raman <praman@records.example.org>'),
    ('Subject', 'Automatic reply: FOIL Request: HALT Solitary Confinement Law compliance reports and segregation data'),
    ('Date', date('2026-09-08 15:42 -0400')),
    ('Message-ID', mid('001', 'NAM12.prod.outlook.com')),
    ('In-Reply-To', req_mid(6, '2026-09-08')),
    ('References', req_mid(6, '2026-09-08')),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'Bridget.Halloran@doccs.ny.gov'),
    ('X-MS-Has-Attach', ''),
    ('Content-Language', 'en-US'),
], text="""Thank you for your message. I am out of the office through Monday, September 14
with limited access to email.

Requests under the Freedom of Information Law should be directed to the DOCCS
Records Access Office at foil@doccs.ny.gov, which is monitored daily. Requests
sent to my individual address are not logged as received until they reach that
mailbox.

For media inquiries please contact the Office of Public Information at
(518) 457-8182.

Bridget Halloran
Records Access Officer
NYS Department of Corrections and Community Supervision
""")
emit('001-doccs-ooo-reporter-rule.eml', m, request='REQ-006', kind='auto_reply', tracking_number=None,
     signals=['thread'], why='Out-of-office from the DOCCS records access officer, sent to the reporter and auto-forwarded by her mailbox rule (X-Forwarded-To); threaded to the HALT request')

# 002 CBP SecureRelease acknowledgment (HTML only) to the plus address
m = build([
    ('From', 'CBP FOIA <no-reply@securerelease.us>'),
    ('To', plus(1)),
    ('Subject', 'Acknowledgment of FOIA Request CBP-FO-2026-184233'),
    ('Date', date('2026-09-09 10:17 -0400')),
    ('Message-ID', mid('002', 'securerelease.us')),
], html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p><img alt="U.S. Customs and Border Protection" src="https://securerelease.us/images/cbp-seal-small.png"></p>
<p>Dear Requester,</p>
<p>U.S. Customs and Border Protection (CBP) acknowledges receipt of your Freedom of Information Act (FOIA)
request received on <b>09/08/2026</b>. Your request has been assigned tracking number
<b>CBP-FO-2026-184233</b>. Please cite this number in any future correspondence.</p>
<p><b>Request description:</b> Use-of-force incident reports for the San Ysidro Port of Entry, January 1, 2022
through December 31, 2025, including Use of Force Incident Reports and related memoranda.</p>
<p>CBP processes requests on a first-in, first-out basis. The FOIA requires a determination within 20 working days.
Because your request may require searches in field offices and consultation with other components, unusual
circumstances may apply, in which case CBP may extend the response time by up to ten additional working days
as allowed by 5 U.S.C. &sect; 552(a)(6)(B).</p>
<p>You have been placed in the <i>news media</i> fee category. You will be notified if fees exceed $25.00.</p>
<p>You may check the status of your request at <a href="https://securerelease.us">SecureRelease</a>.
Questions may be directed to the CBP FOIA Public Liaison.</p>
<p>Sincerely,<br>CBP FOIA Division<br>Privacy and Diversity Office</p>
<p style="font-size:8pt;color:#666">This is a system-generated message. Do not reply to this email.</p>
</body></html>
""")
emit('002-cbp-securerelease-ack.eml', m, request='REQ-001', kind='acknowledgment', tracking_number='CBP-FO-2026-184233',
     clock='received_on_sent_date', signals=['plus', 'tracking-new'],
     why='SecureRelease ack: received 09/08/2026 (= sent), assigns CBP-FO-2026-184233; unusual circumstances only "may" apply')

# 003 VA acknowledgment letter (PDF) sent to a reporter, forwarded with a comment on top
letter = pdf([
    'DEPARTMENT OF VETERANS AFFAIRS', 'Veterans Health Administration', 'FOIA Service (10A7)', '',
    'September 10, 2026', '', 'Marcus Boyd', 'Records Desk', '', 'RE: FOIA Request 26-14872-F', '',
    'Dear Mr. Boyd:', '',
    'This letter acknowledges receipt of your Freedom of Information Act (FOIA) request dated',
    'September 9, 2026, which this office received on September 10, 2026. You requested appointment',
    'wait-time audit reports, scheduling integrity reviews and related correspondence for the Phoenix',
    'VA Health Care System for January 2024 through August 2026.', '',
    'Your request has been assigned FOIA tracking number 26-14872-F. We will make every effort to',
    'respond within 20 business days. You have been placed in the news media fee category.', '',
    'If you have questions, contact the VHA FOIA Service at vhafoia2@va.gov or the VA FOIA Public',
    'Liaison. You may also contact the Office of Government Information Services (OGIS).', '',
    'Sincerely,', 'VHA FOIA Officer'], 'FOIA 26-14872-F Acknowledgment')
m = build([
    ('From', 'Marcus Boyd <mboyd@records.example.org>'),
    ('To', INBOX),
    ('Subject', 'Fwd: FOIA Request 26-14872-F'),
    ('Date', date('2026-09-10 16:05 -0400')),
    ('Message-ID', '<CAKq7x0fJ3m9vQ2_003@mail.gmail.com>'),
], text="""can someone log this? VA sent it to me instead of the desk address. I think it's
the Phoenix one but the letter is the attachment, I didn't open it.

M.

---------- Forwarded message ---------
From: VHA FOIA Service <vhafoia2@va.gov>
Date: Thu, Sep 10, 2026 at 2:31 PM
Subject: FOIA Request 26-14872-F
To: mboyd@records.example.org <mboyd@records.example.org>


Good afternoon,

Please see the attached correspondence regarding your FOIA request.

Respectfully,
VHA FOIA Service
""", attachments=[('FOIA 26-14872-F Acknowledgment.pdf', 'application/pdf', letter)])
emit('003-fwd-va-ack-pdf.eml', m, request='REQ-003', kind='acknowledgment', tracking_number='26-14872-F',
     clock='received:2026-09-10', signals=['subject', 'tracking-new'],
     why='Colleague forward ("can someone log this?"); VA letter in PDF says received Sep 10 (request sent Sep 9), clock from Sep 10')

# 004 OGIS newsletter relayed through the team Google Group
m = build([
    ('From', "'OGIS' via Records Desk <records-desk@records.example.org>"),
    ('Reply-To', 'OGIS <ogis@nara.gov>'),
    ('To', 'Records Desk <records-desk@records.example.org>'),
    ('Subject', 'The FOIA Ombudsman - September 2026: mediation tips and agency backlog updates'),
    ('Date', date('2026-09-11 09:00 -0400')),
    ('Message-ID', mid('004', 'nara.gov')),
    ('List-Id', '<records-desk.records.example.org>'),
    ('Mailing-list', 'list records-desk@records.example.org; contact records-desk+owners@records.example.org'),
    ('List-Unsubscribe', '<mailto:records-desk+unsubscribe@records.example.org>'),
    ('X-Original-Sender', 'ogis@nara.gov'),
    ('Precedence', 'list'),
], text="""THE FOIA OMBUDSMAN
Office of Government Information Services - National Archives

In this issue
- Working with an agency after it invokes unusual circumstances
- Fee category disputes: what news media requesters should include
- Backlog snapshot: Customs and Border Protection and Veterans Affairs report
  growth in complex-track requests

WHEN AN AGENCY EXTENDS
The FOIA lets an agency take ten more working days when unusual circumstances
exist. If it needs more than that, the agency must offer you the chance to narrow
the request or agree on an alternative time frame, and must tell you about our
dispute resolution services. Keep a copy of the letter and note the tracking
number.

FEE CATEGORIES
Requesters seeking news media status should describe how they disseminate
information to the public...

You are receiving this because you subscribed to OGIS updates.
To unsubscribe, reply with UNSUBSCRIBE in the subject line.
""")
emit('004-group-ogis-newsletter.eml', m, request=None, kind='other', tracking_number=None, signals=['none'],
     why='OGIS newsletter relayed by the Google Group ("via Records Desk"); mentions CBP and VA but answers no request')

# 005 DOL acknowledgment to the desk's old alias, no threading headers
m = build([
    ('X-Original-To', 'foia@examplenews.org'),
    ('Delivered-To', INBOX),
    ('Received', 'from relay.examplenews.org (relay.examplenews.org [192.0.2.44]) by mx.records.example.org; Mon, 14 Sep 2026 11:26:40 -0400'),
    ('From', 'DOL FOIA Requests <foiarequests@dol.gov>'),
    ('To', 'foia@examplenews.org'),
    ('Subject', 'FOIA Request No. 2026-F-10422 - Acknowledgment'),
    ('Date', date('2026-09-14 11:26 -0400')),
    ('Message-ID', mid('005', 'dol.gov')),
    ('X-MS-Exchange-Organization-SCL', '1'),
], text="""Dear Requester:

This acknowledges receipt of your Freedom of Information Act (FOIA) request to
the U.S. Department of Labor, received September 10, 2026. Your request seeks
inspection case files, including heat-illness hazard alert letters and citations,
for poultry processing establishments in Georgia inspected by OSHA from 2023 to
the present.

Your request has been assigned FOIA request number 2026-F-10422 and forwarded to
the Occupational Safety and Health Administration, Office of Communications FOIA
unit, for processing. It has been placed in the complex processing track.

Please refer to the request number above in any communication about this request.
You can check its status on the Department's FOIA portal or by contacting the
OSHA FOIA Public Liaison.

Sincerely,
Office of the Solicitor - FOIA Office
U.S. Department of Labor
""")
emit('005-dol-ack-old-alias.eml', m, request='REQ-004', kind='acknowledgment', tracking_number='2026-F-10422',
     clock='received_on_sent_date', signals=['subject', 'tracking-new'],
     why='DOL ack sent to the old alias foia@examplenews.org (X-Original-To), no thread headers; received Sep 10 = sent; topic identifies the poultry heat request')

# 006 WSP GovQA acknowledgment with a first-installment estimate
m = build([
    ('From', 'Washington State Patrol Public Records <wsp@govqa.us>'),
    ('To', plus(9)),
    ('Subject', 'Washington State Patrol Public Records Request :: W004512-091126'),
    ('Date', date('2026-09-14 13:48 -0700')),
    ('Message-ID', mid('006', 'govqa.us')),
], text="""Dear Records Desk,

The Washington State Patrol received your public records request on 9/11/2026.
It has been assigned reference number W004512-091126.

Records requested: All vehicle pursuit reports (Pursuit Review Form 3000-334-010)
and all revisions of the pursuit policy (Regulation Manual 8.00.130) from
January 1, 2024 to present.

In accordance with RCW 42.56.520, this letter acknowledges your request. Based
on the volume of responsive records, we anticipate providing the first
installment of records on or before October 16, 2026. Records will be produced in
installments as they are reviewed.

You can monitor the status of this request and receive records through the WSP
Public Records Center: https://wsp.govqa.us/WEBAPP/_rs/

Public Disclosure Unit
Washington State Patrol
""")
emit('006-wsp-govqa-ack.eml', m, request='REQ-009', kind='acknowledgment', tracking_number='W004512-091126',
     clock='received_on_sent_date', estimated='2026-10-16', signals=['plus', 'tracking-new'],
     why='GovQA ack: received 9/11 (= sent), W004512-091126, first installment estimated Oct 16; WA 5 business days')

# 007 DOCCS acknowledgment, we were BCC'd
m = build([
    ('Delivered-To', INBOX),
    ('From', 'DOCCS FOIL <foil@doccs.ny.gov>'),
    ('To', 'undisclosed-recipients:;'),
    ('Subject', 'FOIL Acknowledgment - 26-FOIL-0147'),
    ('Date', date('2026-09-15 09:31 -0400')),
    ('Message-ID', mid('007', 'doccs.ny.gov')),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
], text="""This will acknowledge receipt on September 8, 2026 of your request under the
Freedom of Information Law (Public Officers Law, Article 6) for records of the
Department of Corrections and Community Supervision concerning reports of
compliance with the Humane Alternatives to Long-Term (HALT) Solitary Confinement
Act and data on segregated confinement.

Your request has been assigned log number 26-FOIL-0147.

The Department is conducting a search to determine whether responsive records
exist. We anticipate that a response will be provided to you on or about
October 6, 2026. If records are located, a fee of $0.25 per page may be charged
for copies, and you will be advised of any cost before the records are sent.

Records Access Office
NYS Department of Corrections and Community Supervision
The Harriman State Campus - Building 2
1220 Washington Avenue, Albany, NY 12226
""")
emit('007-doccs-ack-bcc.eml', m, request='REQ-006', kind='acknowledgment', tracking_number='26-FOIL-0147',
     clock='received_on_sent_date', estimated='2026-10-06', signals=['subject', 'tracking-new'],
     why='DOCCS ack with To: undisclosed-recipients (we were BCC); received Sep 8 = sent; approximate response date Oct 6; "may" fee')

# 008 EGLE acknowledgment relayed by the Google Group (From rewritten)
m = build([
    ('From', "'Whitcomb, Dana (EGLE)' via Records Desk <records-desk@records.example.org>"),
    ('Reply-To', '"Whitcomb, Dana (EGLE)" <WhitcombD@michigan.gov>'),
    ('To', 'Records Desk <records-desk@records.example.org>'),
    ('Subject', 'RE: FOIA Request: PFAS sampling results and enforcement correspondence, Huron River watershed'),
    ('Date', date('2026-09-16 14:02 -0400')),
    ('Message-ID', mid('008', 'michigan.gov')),
    ('In-Reply-To', req_mid(8, '2026-09-14')),
    ('References', req_mid(8, '2026-09-14')),
    ('List-Id', '<records-desk.records.example.org>'),
    ('Mailing-list', 'list records-desk@records.example.org; contact records-desk+owners@records.example.org'),
    ('X-Original-Sender', 'WhitcombD@michigan.gov'),
    ('X-Original-From', '"Whitcomb, Dana (EGLE)" <WhitcombD@michigan.gov>'),
    ('Precedence', 'list'),
], text="""Good afternoon,

The Michigan Department of Environment, Great Lakes, and Energy (EGLE) has
received your request for public records under the Michigan Freedom of
Information Act, MCL 15.231 et seq. Because your request was sent by email, it is
considered received by the FOIA Coordinator one business day after it was
transmitted (MCL 15.235(1)); the date of receipt is therefore September 15, 2026.

Your request has been assigned number EGLE-2026-03318. Please reference this
number in all correspondence.

A response will be issued within five business days of receipt unless the
Department extends the response period as permitted by MCL 15.235(2).

Dana Whitcomb
FOIA Coordinator, Materials Management Division
Michigan Department of Environment, Great Lakes, and Energy
517-284-6700

-- 
You received this message because you are subscribed to the Google Groups "Records Desk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records-desk+unsubscribe@records.example.org.
""")
emit('008-group-egle-ack.eml', m, request='REQ-008', kind='acknowledgment', tracking_number='EGLE-2026-03318',
     clock='received:2026-09-15', signals=['thread', 'tracking-new'],
     why="EGLE ack relayed by the Google Group ('Name' via Records Desk); email request deemed received Sep 15 (sent Sep 14); MI 5 business days")

# 009 Denver acknowledgment to a former employee's address that forwards
m = build([
    ('Resent-From', 'tkeller@records.example.org'),
    ('Resent-To', INBOX),
    ('Resent-Date', date('2026-09-17 10:55 -0600')),
    ('X-Forwarded-To', INBOX),
    ('From', 'Denver CORA Requests <cora@denvergov.org>'),
    ('To', 'Tom Keller <tkeller@records.example.org>'),
    ('Subject', 'CORA 26-1187 Received'),
    ('Date', date('2026-09-17 10:55 -0600')),
    ('Message-ID', mid('009', 'denvergov.org')),
], text="""Dear Tom Keller,

The City and County of Denver received your Colorado Open Records Act (CORA)
request on September 16, 2026. Your request has been assigned number
CORA 26-1187.

Request: Contracts, amendments, invoices and performance or accuracy reports
for the gunshot detection system used by the Denver Police Department,
2022-2026.

Under C.R.S. 24-72-203(3), the custodian will respond within three working
days, or within seven additional working days if extenuating circumstances
exist. Please note that CORA allows the City to charge for research and
retrieval time exceeding one hour; you will be notified of any estimated fees
before work begins.

Thank you,
CORA Team | Denver City Attorney's Office
""")
emit('009-denver-ack-former-employee.eml', m, request='REQ-010', kind='acknowledgment', tracking_number='CORA 26-1187',
     clock='received_on_sent_date', signals=['subject', 'tracking-new'],
     why="Denver ack addressed to former employee Tom Keller, whose address forwards (Resent-From); received Sep 16 = sent; CO 3 working days")

# 010 Boston GovQA acknowledgment, multipart/alternative
txt = """Dear Records Desk:

Thank you for your public records request to the City of Boston. Your request,
received on 9/17/2026, has been assigned reference number R001873-091726.

Description: Overtime payment records and overtime slips for officers assigned to
the Boston Police Department Youth Violence Strike Force, January 2025 to present.

Under M.G.L. c. 66, section 10, the City will respond within ten (10) business
days. You can track this request at https://bostonma.govqa.us.

City of Boston Public Records
"""
m = build([
    ('From', 'City of Boston Public Records <bostonma@govqa.us>'),
    ('To', plus(12)),
    ('Subject', 'Public Records Request :: R001873-091726'),
    ('Date', date('2026-09-18 11:20 -0400')),
    ('Message-ID', mid('010', 'govqa.us')),
], text=txt, html='<html><body><div style="font-family:Tahoma;font-size:10pt">' + txt.replace('\n\n', '</p><p>').replace('\n', ' ').join(['<p>', '</p>']) + '</div></body></html>')
emit('010-boston-govqa-ack.eml', m, request='REQ-012', kind='acknowledgment', tracking_number='R001873-091726',
     clock='received_on_sent_date', signals=['plus', 'tracking-new'],
     why='GovQA ack from Boston: received 9/17 (= sent), R001873-091726; MA 10 business days')
