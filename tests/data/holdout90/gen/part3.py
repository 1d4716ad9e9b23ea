from common import *

# 021 Denver acknowledgment for the encampment request, HTML, plus address
m = build([
    ('From', 'Denver CORA Requests <cora@denvergov.org>'),
    ('To', plus(11)),
    ('Subject', 'CORA 26-1306 Received'),
    ('Date', date('2026-10-01 16:40 -0600')),
    ('Message-ID', mid('021', 'denvergov.org')),
], html="""<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Dear Records Desk,</p>
<p>The City and County of Denver received your Colorado Open Records Act request on <b>October 1, 2026</b>.
It has been assigned number <b>CORA 26-1306</b>.</p>
<p><b>Request:</b> Records of encampment cleanups (notices of cleanup posted, schedules, after-action reports and
property storage logs), July 1 - September 30, 2026.</p>
<p>The custodian will respond within three working days, or within seven additional working days if
extenuating circumstances exist (C.R.S. 24-72-203(3)).</p>
<p>CORA Team<br>Denver City Attorney's Office</p>
</body></html>
""")
emit('021-denver-ack-encampments.eml', m, request='REQ-011', kind='acknowledgment', tracking_number='CORA 26-1306',
     clock='received_on_sent_date', signals=['plus', 'tracking-new'],
     why='Denver ack: received Oct 1 (= sent), CORA 26-1306; CO 3 working days (Cabrini Day Oct 5 skipped)')

# 022 EGLE extension from Sep 22, forwarded late by a colleague
m = build([
    ('From', 'Priya Raman <praman@records.example.org>'),
    ('To', INBOX),
    ('Subject', 'Fwd: Notice of Extension - EGLE-2026-03318'),
    ('Date', date('2026-10-05 15:02 -0400')),
    ('Message-ID', mid('022', 'mail.gmail.com')),
], text="""Sorry, this has been sitting in my inbox since the 22nd - I was cc'd on the PFAS
request and Michigan replied only to me. Can someone log it?

P

---------- Forwarded message ---------
From: Whitcomb, Dana (EGLE) <WhitcombD@michigan.gov>
Date: Tue, Sep 22, 2026 at 3:48 PM
Subject: Notice of Extension - EGLE-2026-03318
To: praman@records.example.org <praman@records.example.org>


Dear Requester:

RE: FOIA Request EGLE-2026-03318 (PFAS sampling and enforcement correspondence,
Huron River watershed)

Pursuant to Section 5(2)(d) of the Michigan Freedom of Information Act, MCL
15.235(2)(d), the Department is extending the time to respond to your request
by ten (10) business days. The extension is necessary because responsive records
are held by the Water Resources Division and the Remediation and Redevelopment
Division, and must be collected from both.

Dana Whitcomb
FOIA Coordinator
Michigan Department of Environment, Great Lakes, and Energy
""")
emit('022-fwd-late-egle-extension.eml', m, request='REQ-008', kind='extension', tracking_number='EGLE-2026-03318',
     clock='extension', signals=['tracking'],
     why='Colleague forwards two weeks late an EGLE notice dated Sep 22 taking the MI 10-business-day extension (on top of the Sep 22 due)')

# 023 Exchange NDR for our Line 5 request sent to a retired DEQ address
raw = """
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@michigan.gov>
To: records+req-014@records.example.org
Subject: Undeliverable: FOIA Request: Line 5 tunnel permit correspondence with Enbridge, 2025-2026
Date: %s
Message-ID: %s
In-Reply-To: %s
References: %s
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="_000_ndr_BN8PR09MB3521_"

--_000_ndr_BN8PR09MB3521_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to DEQ-FOIA@michigan.gov couldn't be delivered.

DEQ-FOIA wasn't found at michigan.gov.

Action Required: The email address you entered couldn't be found. Check the
recipient's address and try again. If the problem continues, contact the
recipient by some other means (phone, for example).

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
not found by SMTP address lookup'

--_000_ndr_BN8PR09MB3521_
Content-Type: message/delivery-status

Reporting-MTA: dns; BN8PR09MB3521.namprd09.prod.outlook.com
Received-From-MTA: dns; mx.records.example.org
Arrival-Date: Tue, 6 Oct 2026 12:02:11 +0000

Final-Recipient: rfc822; DEQ-FOIA@michigan.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 not found by SMTP address lookup

--_000_ndr_BN8PR09MB3521_
Content-Type: text/rfc822-headers

From: Records Desk <records+req-014@records.example.org>
To: DEQ-FOIA@michigan.gov
Subject: FOIA Request: Line 5 tunnel permit correspondence with Enbridge, 2025-2026
Date: Tue, 06 Oct 2026 08:02:00 -0400
Message-ID: %s
Reply-To: records+req-014@records.example.org

--_000_ndr_BN8PR09MB3521_--
""" % (date('2026-10-06 08:02 -0400'), mid('023', 'BN8PR09MB3521.namprd09.prod.outlook.com'),
       req_mid(14, '2026-10-06'), req_mid(14, '2026-10-06'), req_mid(14, '2026-10-06'))
emit_raw('023-bounce-egle-old-deq-address.eml', raw, request='REQ-014', kind='bounce', tracking_number=None,
     signals=['thread', 'thread-embedded', 'plus'], why='Exchange NDR: our Line 5 request to the retired DEQ-FOIA@michigan.gov address was rejected (550 5.1.10)')

# 024 CBP unusual-circumstances letter only in a PDF, number in the file name and letter
letter = pdf([
    'U.S. Customs and Border Protection', 'FOIA Division', '90 K Street NE, Washington, DC 20229', '',
    'October 6, 2026', '', 'Re: CBP-FO-2026-184233', '', 'Dear Requester:', '',
    'This letter concerns your FOIA request for use-of-force incident reports at the San Ysidro Port',
    'of Entry. Responsive records must be collected from the San Diego Field Office and reviewed by',
    'the Office of Professional Responsibility. These are unusual circumstances under',
    '5 U.S.C. 552(a)(6)(B)(iii), and CBP is extending the time to respond by ten working days.', '',
    'If you would like to narrow your request or arrange an alternative time frame, please contact',
    'the CBP FOIA Public Liaison. You may also contact the Office of Government Information Services',
    '(OGIS) at the National Archives, ogis@nara.gov, 202-741-5770.', '',
    'Sincerely,', 'CBP FOIA Division'], 'Unusual Circumstances')
m = build([
    ('From', 'CBP FOIA <no-reply@securerelease.us>'),
    ('To', plus(1)),
    ('Subject', 'Correspondence regarding your FOIA request'),
    ('Date', date('2026-10-06 11:00 -0400')),
    ('Message-ID', mid('024', 'securerelease.us')),
], text="""Dear Requester,

Please see the attached correspondence regarding your FOIA request. You may also
view it in SecureRelease.

CBP FOIA Division
This is a system-generated message. Do not reply to this email.
""", attachments=[('CBP-FO-2026-184233_Unusual_Circumstances.pdf', 'application/pdf', letter)])
emit('024-cbp-extension-pdf-only.eml', m, request='REQ-001', kind='extension', tracking_number='CBP-FO-2026-184233',
     clock='extension', signals=['plus', 'tracking-filename', 'tracking-attachment'],
     why='Generic SecureRelease email; the unusual-circumstances letter (+10 working days) is only in the PDF, number only in file name and PDF')

# 025 Denver extension sent to the former employee's forwarding address
m = build([
    ('Resent-From', 'tkeller@records.example.org'),
    ('Resent-To', INBOX),
    ('Resent-Date', date('2026-10-06 16:31 -0600')),
    ('X-Forwarded-To', INBOX),
    ('From', '"Gallegos, Marisol - CAO Paralegal" <Marisol.Gallegos@denvergov.org>'),
    ('To', 'Tom Keller <tkeller@records.example.org>'),
    ('Subject', 'CORA 26-1306 - extenuating circumstances'),
    ('Date', date('2026-10-06 16:31 -0600')),
    ('Message-ID', mid('025', 'denvergov.org')),
], text="""Mr. Keller,

The custodian of records for Denver Human Services and the Department of
Transportation and Infrastructure has determined that extenuating circumstances
exist for your request CORA 26-1306 (encampment cleanups): the request is broadly
stated and covers records held by several departments. Under C.R.S.
24-72-203(3)(b), the City will take up to seven additional working days to
respond.

Marisol Gallegos
Paralegal | Denver City Attorney's Office
""")
emit('025-denver-extension-former-employee.eml', m, request='REQ-011', kind='extension', tracking_number='CORA 26-1306',
     clock='extension', signals=['tracking'],
     why="Denver takes CO +7 working days for extenuating circumstances; addressed to former employee's forwarding address (Resent-From)")

# 026 DOCCS extension forwarded by the reporter, Outlook style
m = build([
    ('From', 'Priya Raman <praman@records.example.org>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'FW: 26-FOIL-0147'),
    ('Date', date('2026-10-07 10:48 -0400')),
    ('Message-ID', mid('026', 'records.example.org')),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
], text="""FYI for the HALT log - they're pushing it back a month.

________________________________
From: DOCCS FOIL <foil@doccs.ny.gov>
Sent: Tuesday, October 6, 2026 4:55 PM
To: Raman, Priya <praman@records.example.org>
Subject: 26-FOIL-0147

Dear Ms. Raman:

We are still searching for records responsive to your request, log number
26-FOIL-0147. Due to the volume of records involved and the need to consult the
Office of Special Housing, the Department requires additional time. We now
anticipate that a response will be provided on or about November 4, 2026.

Records Access Office
NYS DOCCS
""")
emit('026-fwd-doccs-extension.eml', m, request='REQ-006', kind='extension', tracking_number='26-FOIL-0147',
     clock='extension', estimated='2026-11-04', signals=['tracking'],
     why='Reporter forwards (FW:) DOCCS notice pushing the approximate date to Nov 4; NY +20 business days on the table')

# 027 DOL extension for the poultry request, to the desk's main address (no plus)
m = build([
    ('From', 'OSHA FOIA <foiarequests@dol.gov>'),
    ('To', INBOX),
    ('Subject', '2026-F-10422 - Extension of Time'),
    ('Date', date('2026-10-08 09:05 -0400')),
    ('Message-ID', mid('027', 'dol.gov')),
], text="""Dear Requester:

This is in reference to your FOIA request 2026-F-10422 for heat-illness
inspection case files for Georgia poultry processing establishments.

The records you seek are maintained in the Atlanta-East and Savannah Area
Offices and must be retrieved and reviewed for personal information before
release. Because of these unusual circumstances, we are taking an additional ten
working days to respond, as allowed by 5 U.S.C. 552(a)(6)(B)(i). An extension
beyond that may be needed; if so we will contact you to discuss narrowing the
request or an alternative time frame. You may also contact OGIS.

OSHA Office of Communications - FOIA
""")
emit('027-dol-extension-main-address.eml', m, request='REQ-004', kind='extension', tracking_number='2026-F-10422',
     clock='extension', signals=['tracking'], why='OSHA takes +10 working days for unusual circumstances (further extension only "may" be needed)')

# 028 EGLE acknowledgment of the re-sent Line 5 request
m = build([
    ('From', 'EGLE FOIA <egle-foia@michigan.gov>'),
    ('To', plus(14)),
    ('Subject', 'FOIA Request EGLE-2026-03702 - Received'),
    ('Date', date('2026-10-08 11:30 -0400')),
    ('Message-ID', mid('028', 'michigan.gov')),
], text="""Your Freedom of Information Act request regarding Line 5 tunnel permit
correspondence between EGLE and Enbridge Energy (2025-2026) was received by the
FOIA Coordinator on October 7, 2026, one business day after it was emailed, and
assigned number EGLE-2026-03702.

You will receive a response within five business days of receipt unless the
response period is extended under MCL 15.235(2).

EGLE FOIA Office
""")
emit('028-egle-ack-line5.eml', m, request='REQ-014', kind='acknowledgment', tracking_number='EGLE-2026-03702',
     clock='received:2026-10-07', signals=['plus', 'tracking-new'],
     why='EGLE ack of the re-sent Line 5 request: deemed received Oct 7 (sent Oct 6), EGLE-2026-03702')

# 029 DOCCS acknowledgment of the heat request, relayed via the Google Group
m = build([
    ('From', "'DOCCS FOIL' via Records Desk <records-desk@records.example.org>"),
    ('Reply-To', 'DOCCS FOIL <foil@doccs.ny.gov>'),
    ('To', 'records-desk@records.example.org'),
    ('Subject', 'FOIL Acknowledgment - 26-FOIL-0163'),
    ('Date', date('2026-10-08 14:00 -0400')),
    ('Message-ID', mid('029', 'doccs.ny.gov')),
    ('List-Id', '<records-desk.records.example.org>'),
    ('X-Original-Sender', 'foil@doccs.ny.gov'),
    ('Precedence', 'list'),
], text="""This will acknowledge receipt on October 5, 2026 of your Freedom of Information
Law request for records concerning heat-related incidents, heat emergency plans
and cooling measures in Department facilities during summer 2026.

Your request has been assigned log number 26-FOIL-0163.

We anticipate that a response will be provided to you on or about November 5,
2026.

Records Access Office
NYS Department of Corrections and Community Supervision
""")
emit('029-group-doccs-ack-heat.eml', m, request='REQ-007', kind='acknowledgment', tracking_number='26-FOIL-0163',
     clock='received_on_sent_date', estimated='2026-11-05', signals=['subject', 'tracking-new'],
     why="DOCCS ack via the Google Group ('DOCCS FOIL' via Records Desk); received Oct 5 = sent; approximate date Nov 5")

# 030 WSP GovQA portal notice, no content
m = build([
    ('From', 'Washington State Patrol Public Records <wsp@govqa.us>'),
    ('To', plus(9)),
    ('Subject', 'Public Records Request W004512-091126 has been updated'),
    ('Date', date('2026-10-13 07:15 -0700')),
    ('Message-ID', mid('030', 'govqa.us')),
], text="""Your request W004512-091126 has been updated.

To view the update, log in to the WSP Public Records Center:
https://wsp.govqa.us/WEBAPP/_rs/

Please do not reply to this message.
""")
emit('030-wsp-govqa-updated.eml', m, request='REQ-009', kind='portal_notice', tracking_number='W004512-091126',
     signals=['plus', 'tracking'], why='GovQA "has been updated" notice with no substantive text')
