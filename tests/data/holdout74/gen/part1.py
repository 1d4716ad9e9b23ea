from genlib import *

# 001 Metro Nashville GovQA acknowledgment (unlisted govqa sender, plus-address)
write('001-mnpd-govqa-ack.eml', [
    ('From', 'Metro Nashville Public Records Center <metronashvilletn@govqa.us>'),
    ('To', plus(1)), ('Subject', 'Public Records Request :: P004512-090826'),
    ('Date', date('2026-09-08 15:12', '-0500')), ('Message-ID', mid('001', 'govqa.us'))],
    html('''
    <html><body style="font-family:Arial,sans-serif;font-size:10pt">
    <p>Dear Records Desk,</p>
    <p>Thank you for your interest in public records of the Metropolitan Government of Nashville and Davidson County.
    Your request has been received and is being processed under the Tennessee Public Records Act,
    T.C.A. &sect; 10-7-503.</p>
    <table border="1" cellpadding="4" cellspacing="0" style="font-size:9pt">
    <tr><td><b>Reference #</b></td><td>P004512-090826</td></tr>
    <tr><td><b>Date Received</b></td><td>9/8/2026</td></tr>
    <tr><td><b>Department</b></td><td>Police Department (MNPD)</td></tr>
    <tr><td><b>Description</b></td><td>Flock Safety ALPR contract, data-sharing agreements with other agencies, and system audit logs, 2024-2026</td></tr>
    </table>
    <p>Please note that the Tennessee Public Records Act grants the right of inspection to Tennessee citizens.
    The records custodian may ask you to verify citizenship before records are produced.</p>
    <p>You can monitor the progress of your request at the <a href="https://nashvilletn.govqa.us/WEBAPP/_rs/">Public Records Center</a>.
    Replies to this message are not monitored.</p>
    </body></html>
    '''))
fact('001-mnpd-govqa-ack.eml', 'REQ-001', 'acknowledgment', 'P004512-090826', clock='received_on_sent_date',
     signals=['plus', 'tracking-new', 'subject'], why='Nashville GovQA confirms receipt 9/8/2026 (= sent) and assigns P004512-090826; TN 7 business days')

# 002 Microsoft 365 NDR for our REQ-002 mail to an old TDOC address
orig = '''Received: from mail.records.example.org (203.0.113.25) by BN8NAM11FT.mail.protection.outlook.com
From: Records Desk <records@records.example.org>
Reply-To: records+req-002@records.example.org
To: <tdoc.openrecords@tn.gov>
Subject: Public Records Request: Restrictive housing placement data and reviews, 2023-2026
Date: Tue, 8 Sep 2026 16:38:02 -0400
Message-ID: <req-002.20260908.1@records.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
'''
write('002-bounce-tdoc-ndr.eml', [
    ('From', 'Microsoft Outlook <postmaster@tn.gov>'), ('To', 'records@records.example.org'),
    ('Subject', 'Undeliverable: Public Records Request: Restrictive housing placement data and reviews, 2023-2026'),
    ('Date', date('2026-09-08 20:39', '+0000')), ('Message-ID', mid('002', 'BN8PR09MB.namprd09.prod.outlook.com')),
    ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', ''),
    ('Content-Language', 'en-US')],
    multipart('report; report-type=delivery-status', plain('''
    Delivery has failed to these recipients or groups:

    tdoc.openrecords@tn.gov
    The email address you entered couldn't be found. Please check the recipient's email
    address and try to resend the message. If the problem continues, please contact your
    email admin.

    Diagnostic information for administrators:
    Generating server: BN8PR09MB4412.namprd09.prod.outlook.com
    tdoc.openrecords@tn.gov
    Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
    '''), 'Content-Type: message/delivery-status\n\nReporting-MTA: dns;BN8PR09MB4412.namprd09.prod.outlook.com\n'
          'Arrival-Date: Tue, 8 Sep 2026 20:38:05 +0000\n\nFinal-Recipient: rfc822;tdoc.openrecords@tn.gov\n'
          'Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound\n',
          'Content-Type: text/rfc822-headers\n\n' + orig))
fact('002-bounce-tdoc-ndr.eml', 'REQ-002', 'bounce', signals=['thread-embedded', 'subject'],
     why='Exchange Online NDR: our REQ-002 email to a retired TDOC address was not delivered (original headers embedded)')

# 003 TDOC acknowledgment, received date (re-sent copy) differs from sent
write('003-tdoc-ack.eml', [
    ('From', 'TDOC Public Records <tdoc.publicrecords@tn.gov>'), ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'RE: Public Records Request: Restrictive housing placement data and reviews, 2023-2026'),
    ('Date', date('2026-09-09 10:05', '-0500')), ('Message-ID', mid('003', 'SA1PR09MB7710.namprd09.prod.outlook.com')),
    ('In-Reply-To', '<req-002.20260909.2@records.example.org>'),
    ('References', req_mid(2, '2026-09-08') + ' <req-002.20260909.2@records.example.org>'),
    ('Thread-Topic', 'Public Records Request: Restrictive housing placement data and reviews, 2023-2026'),
    ('Thread-Index', 'AdsgQm2+ZxkP0d1nT0uK6cFz9eF1yA=='), ('X-MS-Has-Attach', ''), ('Content-Language', 'en-US')],
    plain('''
    Good morning,

    The Tennessee Department of Correction received your public records request on
    September 9, 2026 (your resent copy; the address on your first email is no longer
    in service). It has been logged as TDOC-PRR-26-0387. Please reference that number
    in any follow-up.

    Under T.C.A. 10-7-503(a)(2)(B), the Department will, within seven business days,
    either make the records available, deny the request in writing, or provide you a
    Records Request Response Form with the time reasonably necessary to produce them.

    Regards,

    Office of General Counsel - Public Records
    Tennessee Department of Correction
    Rachel Jackson Building, 320 Sixth Avenue North
    Nashville, TN 37243
    '''))
fact('003-tdoc-ack.eml', 'REQ-002', 'acknowledgment', 'TDOC-PRR-26-0387', clock='received:2026-09-09',
     signals=['thread', 'tracking-new'], why='TDOC logs TDOC-PRR-26-0387; states received Sept 9 (resent copy), not the Sept 8 sent date; 7 business days from Sept 9')

# 004 Arkansas State Police auto-responder
write('004-asp-autoreply.eml', [
    ('From', 'ASP FOI <foi@asp.arkansas.gov>'), ('To', plus(3)),
    ('Subject', 'Automatic reply: Arkansas FOIA Request: Vehicle pursuit policy and pursuit review reports, 2024-2025'),
    ('Date', date('2026-09-09 10:31', '-0500')), ('Message-ID', mid('004', 'asp.arkansas.gov')),
    ('In-Reply-To', req_mid(3, '2026-09-09')), ('References', req_mid(3, '2026-09-09')),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    plain('''
    Thank you for contacting the Arkansas State Police Freedom of Information office.

    This is an automated message confirming delivery to this mailbox only. It is not a
    response to your request. Requests are handled in the order received.

    Accident reports are available online at https://www.ark.org/asp-crash/ and are not
    processed through this mailbox. Background check requests must be made through the
    Identification Bureau.

    Arkansas State Police | 1 State Police Plaza Drive | Little Rock, AR 72209
    '''))
fact('004-asp-autoreply.eml', 'REQ-003', 'auto_reply', signals=['thread', 'plus'],
     why='ASP FOI mailbox auto-responder; says explicitly it is not a response')

# 005 MNPD denial for non-citizen (GovQA + OORC form PDF)
form = pdf('''
RECORDS REQUEST RESPONSE
(Office of Open Records Counsel form - Tennessee Public Records Act)

Metropolitan Nashville Police Department - Central Records / Public Records Unit
200 James Robertson Parkway, Nashville, TN 37201

Date: September 10, 2026
Requestor: Records Desk, records.example.org, Washington, DC
Request received: September 8, 2026          Reference: P004512-090826

Records requested: Flock Safety ALPR contract, data-sharing agreements, audit logs 2024-2026

[ ] The records are available and will be produced as described below.
[X] Your request is DENIED for the following reason:
    The Tennessee Public Records Act, T.C.A. 10-7-503(a)(2)(A), provides a right of
    access to citizens of Tennessee. The request and mailing address provided are
    outside Tennessee, and no proof of Tennessee citizenship was provided. The
    Metropolitan Government does not extend the right of inspection to non-citizens.
[ ] Additional time is reasonably necessary to produce the records.

Nothing in this response prevents a Tennessee citizen from submitting a request
for the same records. A Tennessee driver license or other government-issued photo
identification showing a Tennessee address is sufficient proof of citizenship.

Under T.C.A. 10-7-505, a person denied access may petition for access in the
chancery court of the county where the records are located.

Public Records Request Coordinator, MNPD
''', 'Records Request Response')
write('005-mnpd-denial-noncitizen.eml', [
    ('From', 'Metro Nashville Public Records Center <metronashvilletn@govqa.us>'),
    ('To', plus(1)), ('Subject', '[Records Center] Response to Public Records Request :: P004512-090826'),
    ('Date', date('2026-09-10 14:20', '-0500')), ('Message-ID', mid('005', 'govqa.us'))],
    multipart('mixed', html('''
    <html><body style="font-family:Arial,sans-serif;font-size:10pt">
    <p>A response has been issued for public records request P004512-090826.</p>
    <p>Please see the attached Records Request Response.</p>
    <p>Metro Nashville Police Department<br>Public Records Unit</p>
    <p style="font-size:8pt;color:#666">To view your request history, log in to the Public Records Center.</p>
    </body></html>'''), attach('P004512-090826_Response.pdf', form)))
fact('005-mnpd-denial-noncitizen.eml', 'REQ-001', 'denial', 'P004512-090826', adverse=True,
     signals=['plus', 'tracking'], why='OORC response form (PDF) denies: TN Public Records Act limited to Tennessee citizens; no appeal window in table (TN)')

# 006 VADOC clarification: citizenship / media circulating in Virginia
write('006-vadoc-clarify-citizenship.eml', [
    ('From', '"FOIA, VADOC" <foia@vadoc.virginia.gov>'), ('To', 'Records Desk <records@records.example.org>'),
    ('Cc', plus(4)),
    ('Subject', 'RE: Virginia FOIA Request: Restraint chair use reports and restraint policy, 2024-2026 [26-FOI-1187]'),
    ('Date', date('2026-09-10 16:02', '-0400')), ('Message-ID', mid('006', 'CH3PR09MB8800.namprd09.prod.outlook.com')),
    ('In-Reply-To', req_mid(4, '2026-09-09')), ('References', req_mid(4, '2026-09-09')),
    ('Thread-Topic', 'Virginia FOIA Request: Restraint chair use reports and restraint policy, 2024-2026'),
    ('Thread-Index', 'AdshBq1qFOIvadoc0912XkP2aa=='), ('Content-Language', 'en-US')],
    alt(plain('''
    Good afternoon,

    The Department has assigned your request number 26-FOI-1187.

    Under Va. Code 2.2-3704(A), the Virginia Freedom of Information Act gives access to
    public records to citizens of the Commonwealth and to representatives of newspapers
    and magazines with circulation in the Commonwealth, and of radio and television
    stations broadcasting in or into the Commonwealth. Your request gives a Washington,
    D.C. address.

    Before we proceed, please tell us whether you are a Virginia citizen or, if you are
    requesting as media, identify the publication or station and its circulation or
    broadcast area in Virginia. Your request is on hold until we hear from you. If we
    do not receive a response, we will consider the request withdrawn.

    Thank you,
    FOIA Unit
    Virginia Department of Corrections
    P.O. Box 26963, Richmond, VA 23261
    '''), html('''
    <html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
    <p>Good afternoon,</p>
    <p>The Department has assigned your request number <b>26-FOI-1187</b>.</p>
    <p>Under Va. Code &sect; 2.2-3704(A), the Virginia Freedom of Information Act gives access to public records to
    citizens of the Commonwealth and to representatives of newspapers and magazines with circulation in the
    Commonwealth, and of radio and television stations broadcasting in or into the Commonwealth. Your request gives a
    Washington, D.C. address.</p>
    <p>Before we proceed, please tell us whether you are a Virginia citizen or, if you are requesting as media,
    identify the publication or station and its circulation or broadcast area in Virginia. Your request is on hold
    until we hear from you. If we do not receive a response, we will consider the request withdrawn.</p>
    <p>Thank you,<br>FOIA Unit<br>Virginia Department of Corrections<br>P.O. Box 26963, Richmond, VA 23261</p>
    </div></body></html>''')))
fact('006-vadoc-clarify-citizenship.eml', 'REQ-004', 'clarification', '26-FOI-1187',
     signals=['thread', 'plus', 'tracking-new'], why='VADOC asks us to show Virginia citizenship or media circulation in VA before processing; request on hold')

# 007 ASP denial, no threading, changed subject
write('007-asp-denial-citizen.eml', [
    ('From', 'Wendell Price <wendell.price@asp.arkansas.gov>'), ('To', 'records@records.example.org'),
    ('Subject', 'FOI request - pursuit reports'),
    ('Date', date('2026-09-11 09:15', '-0500')), ('Message-ID', mid('007', 'asp.arkansas.gov'))],
    plain('''
    Records Desk,

    I received your FOI request for ASP's pursuit policy and pursuit review reports for
    2024-2025.

    The Arkansas Freedom of Information Act, Ark. Code Ann. 25-19-105(a)(1)(A), gives the
    right to inspect and copy public records to citizens of the State of Arkansas. Your
    request came from a Washington, D.C. organization and does not state that you are an
    Arkansas citizen, so the Department is declining it.

    If an Arkansas citizen wishes to request these records, we will process that request.

    Wendell Price
    FOI Coordinator, Legal Section
    Arkansas State Police
    '''))
fact('007-asp-denial-citizen.eml', 'REQ-003', 'denial', adverse=True, signals=['subject'],
     why='ASP declines: Arkansas FOIA limited to Arkansas citizens; no thread headers, subject changed; AR has no appeal window')

# 008 LMPD denial: no statement of Kentucky residency
write('008-lmpd-denial-residency.eml', [
    ('From', 'LMPD Open Records <lmpdopenrecords@louisvilleky.gov>'), ('To', plus(5)),
    ('Subject', 'Open Records Request ORR-26-04102 - Response'),
    ('Date', date('2026-09-11 11:47', '-0400')), ('Message-ID', mid('008', 'louisvilleky.gov')),
    ('In-Reply-To', req_mid(5, '2026-09-10'))],
    html('''
    <html><body style="font-family:Times New Roman,serif;font-size:12pt">
    <p>RE: Open Records Request ORR-26-04102</p>
    <p>Dear Requester:</p>
    <p>The Louisville Metro Police Department received your request on September 10, 2026 for records of
    Special Response Team deployments in 2025 and 2026.</p>
    <p>KRS 61.872(2)(a) permits a public agency to require a written application describing the records and
    containing a statement of the manner in which the applicant is a resident of the Commonwealth under
    KRS 61.870(10). Your request does not contain such a statement, and the address you provided is in the
    District of Columbia. Your request is therefore denied.</p>
    <p>You may submit a new request that includes the required residency statement. A form is available at
    louisvilleky.gov/government/police/open-records.</p>
    <p>Pursuant to KRS 61.880(2), you may seek review of this decision by the Attorney General, 700 Capital Avenue,
    Suite 118, Frankfort, Kentucky 40601, by forwarding a copy of your request and this response.</p>
    <p>Sincerely,<br>Open Records Unit<br>Louisville Metro Police Department</p>
    </body></html>'''))
fact('008-lmpd-denial-residency.eml', 'REQ-005', 'denial', 'ORR-26-04102', adverse=True,
     signals=['thread', 'plus', 'tracking-new'], why='LMPD denies: no KRS 61.872(2)(a) statement of Kentucky residency; AG review mentioned but table has no KY appeal days')

# 009 Delaware FOIA portal acknowledgment (unlisted portal sender)
write('009-dedoe-portal-ack.eml', [
    ('From', 'Delaware FOIA Request Portal <noreply@foia.delaware.gov>'), ('To', plus(6)),
    ('Subject', 'FOIA Request DOE-2026-0154 Received'),
    ('Date', date('2026-09-11 13:30', '-0400')), ('Message-ID', mid('009', 'foia.delaware.gov'))],
    plain('''
    Thank you for submitting a Freedom of Information Act request to the State of Delaware.

    Agency: Department of Education
    Request Number: DOE-2026-0154
    Date Received: 09/10/2026
    Request Summary: School bus contractor inspection and driver certification records

    Under 29 Del. C. 10003(h)(1), the agency will respond within 15 business days of receipt
    by granting or denying access, or by advising that additional time is needed.

    This mailbox is not monitored. Use the portal to correspond with the agency's FOIA
    Coordinator.
    '''))
fact('009-dedoe-portal-ack.eml', 'REQ-006', 'acknowledgment', 'DOE-2026-0154', clock='received_on_sent_date',
     signals=['plus', 'tracking-new', 'subject'], why='Delaware state FOIA portal (address not listed for DOE) confirms receipt 09/10 (= sent); DE 15 business days')

# 010 TDOC clarification: proof of Tennessee citizenship
write('010-tdoc-clarify-id.eml', [
    ('From', 'TDOC Public Records <tdoc.publicrecords@tn.gov>'), ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'RE: TDOC-PRR-26-0387 - proof of Tennessee citizenship needed'),
    ('Date', date('2026-09-14 08:55', '-0500')), ('Message-ID', mid('010', 'SA1PR09MB7710.namprd09.prod.outlook.com')),
    ('In-Reply-To', mid('003', 'SA1PR09MB7710.namprd09.prod.outlook.com')),
    ('References', req_mid(2, '2026-09-08') + ' ' + mid('003', 'SA1PR09MB7710.namprd09.prod.outlook.com')),
    ('Thread-Index', 'AdsgQm2+ZxkP0d1nT0uK6cFz9eF1yAABc3Q='), ('Content-Language', 'en-US')],
    plain('''
    Good morning,

    Before we can produce records for TDOC-PRR-26-0387, the Department needs to verify
    Tennessee citizenship. T.C.A. 10-7-503(a)(7)(A) allows a records custodian to require
    a requestor to show a government-issued photo identification that includes the
    requestor's address.

    Please send a copy of a Tennessee driver license or other acceptable photo ID
    showing a Tennessee address. If the request is being made on behalf of a Tennessee
    citizen, that person should be named as the requestor and provide the identification.

    The request will be held until we receive it.

    Office of General Counsel - Public Records
    Tennessee Department of Correction
    '''))
fact('010-tdoc-clarify-id.eml', 'REQ-002', 'clarification', 'TDOC-PRR-26-0387',
     signals=['thread', 'tracking'], why='TDOC asks for proof of Tennessee citizenship (photo ID, 10-7-503(a)(7)(A)) before production; request held')
