from lib import *

# 001 VHA central FOIA mailbox auto-response, threaded
add('001-va-autoreply.eml', plain(
    'VHA FOIA Office <vhafoia@va.gov>', 'Records Desk <%s>' % plus('REQ-001'),
    'Automatic reply: ' + R['REQ-001']['subject'], date('2026-09-08 09:41'), mid('001', 'va.gov'),
    """Thank you for contacting the Veterans Health Administration (VHA) FOIA Office.

This is an automated message confirming that this mailbox received your e-mail. It is
NOT an acknowledgment of a FOIA request and does not assign a request number. Requests
are logged in the order received and routed to the VA medical center or program office
that maintains the records. You will receive a separate acknowledgment with your FOIA
tracking number.

Please do not send medical records requests, requests for your own health information, or
requests to amend your records to this mailbox. Veterans seeking their own records should
contact the Release of Information office at their VA medical center.

To check the status of an existing request, use the VA Public Access Link (PAL).

VHA FOIA Office (10B)
810 Vermont Avenue NW, Washington, DC 20420
""", extra=thread('REQ-001') + [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                                 ('X-MS-Exchange-Organization-AuthAs', 'Internal')]),
    request='REQ-001', kind='auto_reply', signals=['thread', 'plus'],
    why='VHA FOIA mailbox auto-response; says it is not an acknowledgment and gives no number')

# 002 Harris Health OGC ack; number only in the subject
add('002-harris-ack.eml', plain(
    'Harris Health Public Information <publicinformation@harrishealth.org>', 'records@records.example.org',
    'PIR 26-1187 - Acknowledgment of Request', date('2026-09-08 15:22', 'CDT'), mid('002', 'harrishealth.org'),
    """Good afternoon,

Harris Health System received your request for public information on September 8, 2026,
regarding contracts and payments to travel nurse and staffing agencies. Your request is
being processed under the Texas Public Information Act, Chapter 552 of the Texas
Government Code. Please reference the number in the subject line of this email in any
future correspondence.

If Harris Health cannot produce the information within ten business days, we will certify
that fact in writing and set a date and hour within a reasonable time when the information
will be available. If we believe any of the information is excepted from disclosure, we
will request a ruling from the Office of the Attorney General and notify you.

Thank you,

Public Information Coordinator
Office of General Counsel | Harris Health System
4800 Fournace Place, Bellaire, TX 77401

""" + PRIV_HOSP + '\n', extra=[('X-MS-Has-Attach', ''), ('Thread-Topic', 'PIR 26-1187 - Acknowledgment of Request'),
                             ('Thread-Index', 'AdxBq3F0Zk9k2mPTQ2S9b8cJ1hQv1A==')]),
    request='REQ-006', kind='acknowledgment', tracking_number='PIR 26-1187', clock='received_on_sent_date',
    signals=['subject', 'tracking-new'],
    why='Harris Health OGC acknowledges receipt Sept 8 (= sent); number only in the subject; HIPAA footer is boilerplate')

# 003 Exchange NDR for our REQ-004 request to a retired IHS address
bnd = 'NDR_b7c1_2026'
ndr = """Content-Type: multipart/report; report-type=delivery-status;
	boundary="%s"

--%s
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to ihsfoia@ihs.hhs.gov couldn't be delivered.

ihsfoia wasn't found at ihs.hhs.gov.

records  Office 365  ihsfoia
Action Required                       Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Retype the recipient's address, then resend the message.

Diagnostic information for administrators:
Generating server: BN8PR09MB5521.namprd09.prod.outlook.com
ihsfoia@ihs.hhs.gov
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--%s
Content-Type: message/delivery-status

Reporting-MTA: dns;BN8PR09MB5521.namprd09.prod.outlook.com
Received-From-MTA: dns;mail.records.example.org
Arrival-Date: Wed, 9 Sep 2026 14:05:51 +0000

Final-Recipient: rfc822;ihsfoia@ihs.hhs.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--%s
Content-Type: text/rfc822-headers

From: Records Desk <records@records.example.org>
Reply-To: %s
To: ihsfoia@ihs.hhs.gov
Subject: %s
Date: Wed, 9 Sep 2026 10:05:44 -0400
Message-ID: %s

--%s--
""" % (bnd, bnd, bnd, bnd, plus('REQ-004'), R['REQ-004']['subject'], R['REQ-004']['message_id'], bnd)
import email as _e
m3 = _e.message_from_string(
    'From: Microsoft Outlook <postmaster@ihs.hhs.gov>\nTo: records@records.example.org\n'
    'Subject: Undeliverable: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n'
    'Auto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr: \n' % (
        R['REQ-004']['subject'], date('2026-09-09 10:06'), mid('003', 'BN8PR09MB5521.namprd09.prod.outlook.com')) + ndr,
    policy=POL)
add('003-ihs-bounce-ndr.eml', m3, request='REQ-004', kind='bounce', signals=['thread-embedded', 'subject'],
    why='Office 365 NDR: our REQ-004 request to the retired ihsfoia@ihs.hhs.gov address was not delivered')

# 004 compliance newsletter (not a reply)
add('004-newsletter-hipaa.eml', alt(
    'Compliance Weekly <news@hccompliance-weekly.example.com>', 'records@records.example.org',
    'This week: OCR right-of-access settlements, hospital price transparency fines',
    date('2026-09-10 06:00'), mid('004', 'hccompliance-weekly.example.com'),
    """COMPLIANCE WEEKLY - September 10, 2026

1. OCR announces three HIPAA right-of-access settlements. Hospitals that took more than 30
   days to give patients copies of their records paid between $15,000 and $80,000.
2. CMS fines two hospital systems for price transparency violations; the machine-readable
   file requirement is now checked quarterly.
3. Peer review privilege: a state appeals court narrows the protection for incident reports
   shared with a staffing agency.
4. Webinar: Responding to public records requests at public hospitals - what HIPAA does and
   does not let you withhold.

You receive this newsletter because you subscribed at a conference. Unsubscribe:
https://hccompliance-weekly.example.com/u/8812
""", """<html><body><h2>Compliance Weekly</h2><p>September 10, 2026</p><ol>
<li>OCR announces three HIPAA right-of-access settlements.</li>
<li>CMS fines two hospital systems for price transparency violations.</li>
<li>Peer review privilege: a state appeals court narrows protection for incident reports.</li>
<li>Webinar: Responding to public records requests at public hospitals.</li></ol>
<p><a href="https://hccompliance-weekly.example.com/u/8812">Unsubscribe</a></p></body></html>
""", extra=[('List-Unsubscribe', '<https://hccompliance-weekly.example.com/u/8812>'), ('Precedence', 'bulk')]),
    request=None, kind='other', signals=['none'],
    why='trade newsletter about HIPAA, price transparency and peer review; belongs to no request')

# 005 VA PAL acknowledgment (HTML only)
add('005-va-pal-ack.eml', html_only(
    'VA FOIA Public Access Link <vapal-noreply@va.gov>', 'records@records.example.org',
    'FOIA Request 26-11402-F Submitted', date('2026-09-11 08:02'), mid('005', 'va.gov'),
    """<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Records Desk,</p>
<p>The Department of Veterans Affairs has received your Freedom of Information Act request.
The request was received on <b>09/08/2026</b> and has been assigned tracking number
<b>26-11402-F</b>.</p>
<table border="1" cellpadding="3" style="font-size:10pt">
<tr><td>Tracking Number</td><td>26-11402-F</td></tr>
<tr><td>Received Date</td><td>09/08/2026</td></tr>
<tr><td>Processing Office</td><td>VISN 22 / Phoenix VA Health Care System FOIA</td></tr>
<tr><td>Description</td><td>Contracts, task orders and modifications with nurse staffing agencies
supporting the Phoenix VA Health Care System, FY2023 through FY2026</td></tr>
</table>
<p>You may check the status of your request at any time through the Public Access Link.
Please do not reply to this automated message.</p>
<p>Department of Veterans Affairs FOIA Service</p>
</body></html>
"""), request='REQ-001', kind='acknowledgment', tracking_number='26-11402-F', clock='received_on_sent_date',
    signals=['subject', 'tracking-new'], why='VA PAL acknowledgment: received 09/08/2026 (= sent), assigns 26-11402-F; no thread headers')

# 006 IHS ack letter only in PDF; number in file name and PDF; received a day after sent
m6 = plain('IHS FOIA Office <foia@ihs.gov>', 'records@records.example.org', 'FOIA Acknowledgment',
           date('2026-09-11 13:30'), mid('006', 'ihs.gov'),
           """Good afternoon,

Please see the attached correspondence regarding your Freedom of Information Act request.

Thank you,
IHS FOIA Office
5600 Fishers Lane, Mail Stop 09E70
Rockville, MD 20857
""")
attach_pdf(m6, 'IHS26-0412_Acknowledgment.pdf', [
    'DEPARTMENT OF HEALTH & HUMAN SERVICES          Indian Health Service', 'Rockville MD 20857', '',
    'September 11, 2026', '', 'Records Desk', 'records@records.example.org', '',
    'Re: Freedom of Information Act Request IHS26-0412', '',
    'Dear Requester:', '',
    'This letter acknowledges receipt of your Freedom of Information Act (FOIA) request, which the',
    'Indian Health Service (IHS) FOIA Office received on September 10, 2026. You requested contracts,',
    'task orders and modifications between the IHS Great Plains Area and locum tenens or physician',
    'staffing firms, 2022 through 2026.', '',
    'Your request has been assigned the number above. Please cite it in any communication with us.',
    'We will make every effort to respond within the statutory time limit. Records that contain',
    'patient information protected by the Privacy Act, HIPAA or 25 U.S.C. 1675 are not within the',
    'scope of a contract request and will not be searched.', '',
    'You have been placed in the news media fee category. You will not be charged for search or',
    'review; duplication fees after the first 100 pages may apply. We will notify you before',
    'incurring fees above $25.00.', '',
    'If you have questions, contact our FOIA Requester Service Center at (301) 443-6177 or the',
    'IHS FOIA Public Liaison. You may also contact the Office of Government Information Services',
    '(OGIS) at the National Archives and Records Administration, ogis@nara.gov, 202-741-5770.', '',
    'Sincerely,', '', 'IHS FOIA Officer'])
add('006-ihs-ack-pdf.eml', m6, request='REQ-004', kind='acknowledgment', tracking_number='IHS26-0412',
    clock='received:2026-09-10', signals=['tracking-filename', 'tracking-attachment', 'subject'],
    why='IHS ack letter in PDF only: received Sept 10 (sent Sept 9, first copy bounced), number IHS26-0412 in file name and PDF')

# 007 Monroe County GovQA (mycusthelp) FOIL ack with approximate date
add('007-monroe-govqa-ack.eml', html_only(
    'Monroe County FOIL Center <monroecountyny@mycusthelp.net>', 'records@records.example.org',
    'Monroe County FOIL Request :: F000781-091126', date('2026-09-14 11:48'), mid('007', 'mycusthelp.net'),
    """<html><body style="font-family:Tahoma;font-size:9pt">
<p>Dear Records Desk:</p>
<p>This acknowledges receipt of your Freedom of Information Law request, received by the
Monroe County Records Access Officer on 9/11/2026. Your reference number is
<b>F000781-091126</b>.</p>
<p><b>Request:</b> Monroe Community Hospital - NYSDOH statements of deficiencies (CMS-2567),
plans of correction, and contracts with nursing staffing agencies.</p>
<p>Pursuant to Public Officers Law &sect;89(3)(a), the County anticipates that it will grant or deny
your request, in whole or in part, on or before <b>10/23/2026</b>. Records containing resident
health information are confidential under Public Health Law &sect;18 and federal law and will not
be disclosed.</p>
<p>You can monitor the progress of your request at
<a href="https://monroecountyny.mycusthelp.com/WEBAPP/_rs/">the FOIL Center</a>.</p>
<p>Monroe County Department of Law - Records Access</p>
</body></html>
"""), request='REQ-014', kind='acknowledgment', tracking_number='F000781-091126', clock='received_on_sent_date',
    estimated='2026-10-23', signals=['subject', 'tracking-new'],
    why='GovQA FOIL ack from a portal address no agency lists; received 9/11 (= sent); approximate date 10/23/2026')

# 008 Palomar Health NextRequest ack, hedged extension wording
add('008-palomar-nextrequest-ack.eml', alt(
    'Palomar Health Public Records <no-reply@nextrequest.com>', 'records@records.example.org',
    '[Records Request] Palomar Health request #26-219 has been submitted', date('2026-09-14 16:10', 'PDT'),
    mid('008', 'nextrequest.com'),
    """Palomar Health

Your record request #26-219 has been submitted.

Request received: September 14, 2026
Request: CDPH inspection reports, statements of deficiencies, administrative penalties and
ambulance diversion logs for Palomar Medical Center Escondido and Palomar Medical Center
Poway, 2024-2026.

The District will respond within ten days as required by Government Code section 7922.535.
An extension of up to fourteen additional days may be needed if records must be collected
from the facilities or reviewed for confidential patient information.

View request: https://palomarhealth.nextrequest.com/requests/26-219
""", """<html><body><h3>Palomar Health</h3><p>Your record request <b>#26-219</b> has been submitted.</p>
<p>Request received: September 14, 2026</p>
<p>The District will respond within ten days as required by Government Code section 7922.535.
An extension of up to fourteen additional days may be needed if records must be collected
from the facilities or reviewed for confidential patient information.</p>
<p><a href="https://palomarhealth.nextrequest.com/requests/26-219">View request 26-219</a></p></body></html>
"""), request='REQ-008', kind='acknowledgment', tracking_number='26-219', clock='received_on_sent_date',
    signals=['subject', 'tracking-new'],
    why='NextRequest (no-reply@nextrequest.com) ack #26-219, received Sept 14; an extension "may be needed" is only hedged')

# 009 Tomah VAMC FOIA officer, personal va.gov address, received date differs
add('009-va-tomah-ack.eml', plain(
    '"Kowalczyk, Dana M." <Dana.Kowalczyk@va.gov>', 'Records Desk <%s>' % plus('REQ-002'),
    'RE: ' + R['REQ-002']['subject'], date('2026-09-15 14:26', 'CDT'), mid('009', 'va.gov'),
    """Hello,

I'm the FOIA Officer for the Tomah VA Medical Center. Your request for Community Living
Center inspection and survey reports was forwarded to our facility by the VHA FOIA Office
and received here on September 14, 2026. It has been assigned FOIA number 26-11519-F.

Just so you know up front, some CLC review documents are quality-management records and may
be confidential under 38 U.S.C. 5705. I'll let you know what we find once the program office
completes its search.

Thanks,
Dana Kowalczyk
FOIA/Privacy Officer
Tomah VA Medical Center | 500 E. Veterans St., Tomah, WI 54660
608-372-3971 x6xxx

This e-mail may contain Privacy Act, HIPAA-protected and/or VA-sensitive information.
If you received it in error, delete it and notify the sender.

""" + quote(ours('REQ-002')) + '\n', extra=thread('REQ-002') + [('Thread-Topic', R['REQ-002']['subject'])]),
    request='REQ-002', kind='acknowledgment', tracking_number='26-11519-F', clock='received:2026-09-14',
    signals=['thread', 'plus', 'tracking-new'],
    why='facility FOIA officer writes from a personal va.gov address; received Sept 14 (sent Sept 10); assigns 26-11519-F')

# 010 IHS ack for REQ-005, plain, number in body only
add('010-ihs-ack-surveys.eml', plain(
    'IHS FOIA Office <foia@ihs.gov>', 'Records Desk <%s>' % plus('REQ-005'),
    'Your FOIA request', date('2026-09-16 10:02'), mid('010', 'ihs.gov'),
    """Dear Requester,

The IHS FOIA Office received your request on September 15, 2026 for CMS survey reports and
plans of correction for the Rosebud and Pine Ridge IHS Hospitals, 2019 to present. Your
request number is IHS26-0433.

Requests are processed on a first-in, first-out basis within our simple and complex
queues. Because your request involves records of two service units and may involve records
created by the Centers for Medicare & Medicaid Services, it has been placed in the complex
queue.

Sincerely,
IHS FOIA Office
"""), request='REQ-005', kind='acknowledgment', tracking_number='IHS26-0433', clock='received_on_sent_date',
    signals=['plus', 'tracking-new', 'subject'], why='IHS acknowledges REQ-005 received Sept 15 (= sent), number IHS26-0433 in the body only')
