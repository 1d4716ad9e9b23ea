"""Messages 001-010 (September 8-16, 2026)."""
from common import build, req_mid, plus, quote, INBOX

GOVQA_FOOT = ('To monitor the progress or update this request please log into the Public Records Center.\n'
              'This is an automated notification. Please do not reply to this message.')

# 001 Memphis GovQA acknowledgment (shared mycusthelp.net sender, plus-address)
t = """Dear Records Desk,

Thank you for your interest in the public records of the City of Memphis. Your request has been
received and is being processed in accordance with the Tennessee Public Records Act, T.C.A. 10-7-503.

Your request was received in this office on 9/8/2026 and was given the reference number
P041882-090826 for tracking purposes.

Records Requested: Body-worn camera video of all Memphis Police Department officers present at the
traffic stop on Poplar Avenue near S. Highland St. on March 14, 2026 (approx. 21:40 hrs), and all
response-to-resistance reports completed for that incident.

Department: Police Services - Central Records

Please note: the right of access under the TPRA extends to citizens of the State of Tennessee. Staff
may ask you to verify Tennessee citizenship before records are produced.

""" + GOVQA_FOOT + "\n\nCity of Memphis Public Records Center\n"
h = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Records Desk,</p>
<p>Thank you for your interest in the public records of the <b>City of Memphis</b>. Your request has been received
and is being processed in accordance with the Tennessee Public Records Act, T.C.A. 10-7-503.</p>
<p>Your request was received in this office on <b>9/8/2026</b> and was given the reference number
<b>P041882-090826</b> for tracking purposes.</p>
<p><b>Records Requested:</b> Body-worn camera video of all Memphis Police Department officers present at the traffic
stop on Poplar Avenue near S. Highland St. on March 14, 2026 (approx. 21:40 hrs), and all response-to-resistance
reports completed for that incident.</p>
<p><b>Department:</b> Police Services - Central Records</p>
<p><i>Please note: the right of access under the TPRA extends to citizens of the State of Tennessee. Staff may ask you to
verify Tennessee citizenship before records are produced.</i></p>
<p>To monitor the progress or update this request please log into the
<a href="https://memphistn.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">Public Records Center</a>.</p>
<p style="color:#777">This is an automated notification. Please do not reply to this message.</p>
<p>City of Memphis Public Records Center</p></body></html>"""
build('001-memphis-govqa-ack.eml', {
    'From': 'City of Memphis Public Records Center <noreply@mycusthelp.net>',
    'To': plus(1), 'Date': '2026-09-08 14:22 -0500',
    'Subject': 'City of Memphis Public Records Request :: P041882-090826',
    'Message-ID': '<1f0c2a71.8841.govqa.P041882@mycusthelp.net>'}, text=t, html=h)

# 002 SLMPD mailbox auto-responder, threaded
t = """Thank you for contacting the St. Louis Metropolitan Police Department, Office of the Custodian of Records.

This mailbox is monitored Monday through Friday, 8:00 a.m. to 4:00 p.m., excluding City holidays. Requests
received after 4:00 p.m. or on a weekend or holiday are considered received on the next business day.

This automated message confirms delivery to the mailbox only. It is not a response to your request under
Section 610.023, RSMo. A staff member will contact you.

Requests for accident reports should be made through the Central Records counter, 1915 Olive Street.
"""
build('002-slmpd-autoreply.eml', {
    'From': 'SLMPD Custodian of Records <custodianofrecords@slmpd.org>', 'To': plus(3),
    'Date': '2026-09-09 17:06 -0500',
    'Subject': 'Automatic reply: Sunshine Law Request: SLMPD use-of-force reports and Force Investigation Unit summaries, 2024-2025',
    'Message-ID': '<AM9P190MB1182A0D71E3F@AM9P190MB1182.namprd19.prod.outlook.com>',
    'In-Reply-To': req_mid(3, '2026-09-09'), 'References': req_mid(3, '2026-09-09'),
    'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All',
    'X-MS-Exchange-Inbox-Rules-Loop': 'custodianofrecords@slmpd.org'}, text=t)

# 003 coalition newsletter (belongs to no request)
t = """HEARTLAND OPEN RECORDS COALITION - Weekly Sunshine Roundup
September 9, 2026

1. Missouri: A Cole County judge ruled that a city may not charge attorney review time when it
   answers a Sunshine request for police video. Custodians must still act within three business days.
2. Indiana: The Public Access Counselor issued an informal opinion on the investigatory-records
   exception and body-worn camera recordings after a request to a suburban department was denied.
3. Wisconsin: New guidance from the Office of Open Government on fees for redacting audio and video.
4. Training: "Getting police records in the Midwest" - a free webinar for reporters, Sept. 24.

You are receiving this because you subscribed at heartlandopenrecords.example.net.
Unsubscribe: https://heartlandopenrecords.example.net/u/7f2c1
"""
build('003-newsletter-null.eml', {
    'From': 'Heartland Open Records Coalition <news@heartlandopenrecords.example.net>', 'To': INBOX,
    'Date': '2026-09-09 18:30 -0500', 'Subject': 'Weekly Sunshine Roundup: Missouri video fees, Indiana PAC on investigatory records',
    'Message-ID': '<roundup-2026-09-09.44a1@heartlandopenrecords.example.net>',
    'List-Unsubscribe': '<https://heartlandopenrecords.example.net/u/7f2c1>', 'Precedence': 'bulk'}, text=t)

# 004 KCPD JustFOIA acknowledgment
h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" cellpadding="6" style="border:1px solid #ccd"><tr><td style="background:#1b3a5c;color:#fff">
<b>Kansas City Missouri Police Department</b> &middot; Sunshine Requests</td></tr>
<tr><td><p>Your request has been received.</p>
<table cellpadding="3"><tr><td><b>Request Number:</b></td><td>2026-SR-00593</td></tr>
<tr><td><b>Received Date:</b></td><td>09/10/2026</td></tr>
<tr><td><b>Request Type:</b></td><td>Sunshine Law - Video</td></tr>
<tr><td><b>Description:</b></td><td>All body-worn camera and in-car (dash) camera video from officers at the
officer-involved shooting on Prospect Avenue, June 2, 2026.</td></tr></table>
<p>Pursuant to Section 610.023.3 RSMo, the custodian will act on your request no later than the end of the
third business day following the date the request is received.</p>
<p>You can track the status of this request, view messages and pay invoices at
<a href="https://kcpdmo.justfoia.com/publicportal/home/track">kcpdmo.justfoia.com</a>.</p>
</td></tr></table><p style="font-size:11px;color:#888">Powered by JustFOIA</p></body></html>"""
build('004-kcpd-justfoia-ack.eml', {
    'From': 'Kansas City Missouri Police Department <notifications@justfoia.com>',
    'Reply-To': 'sunshinerequests@kcpd.org', 'To': plus(5), 'Date': '2026-09-10 11:47 -0500',
    'Subject': 'Request 2026-SR-00593 Received', 'Message-ID': '<jf.0b91d7e2c4.2026-SR-00593@justfoia.com>'}, html=h)

# 005 SLMPD acknowledgment, deemed received next business day, quotes our request
ours = """To the Custodian of Records:

Under the Missouri Sunshine Law, Chapter 610 RSMo, we request copies of: (1) all use-of-force reports
completed by SLMPD officers from January 1, 2024 through December 31, 2025; and (2) summaries or closing
memoranda of Force Investigation Unit investigations completed in the same period.

We prefer electronic copies. Please contact us before incurring fees above $100.

Records Desk, The River & Plains Ledger"""
t = """Good morning,

This confirms receipt of your Sunshine Law request. Because your email arrived after 4:00 p.m. on
Wednesday, 9/9/2026, it is deemed received Thursday, September 10, 2026. Your request has been
assigned number SR 2026-0412. Please reference that number in any correspondence.

Use-of-force reports for a two-year period are held in several systems and will require review
before release. A fee may apply under Section 610.026 RSMo; if so, you will receive an estimate
before any work that would incur charges is done.

Respectfully,

T. Reeves
Office of the Custodian of Records
St. Louis Metropolitan Police Department
1915 Olive Street, St. Louis, MO 63103

-----Original Message-----
From: Records Desk <%s>
Sent: Wednesday, September 9, 2026 4:51 PM
To: SLMPD Custodian of Records <custodianofrecords@slmpd.org>
Subject: Sunshine Law Request: SLMPD use-of-force reports and Force Investigation Unit summaries, 2024-2025

%s
""" % (plus(3), ours)
build('005-slmpd-ack-received.eml', {
    'From': 'Reeves, Tamika <treeves@slmpd.org>', 'To': plus(3), 'Date': '2026-09-11 09:12 -0500',
    'Subject': 'RE: Sunshine Law Request: SLMPD use-of-force reports and Force Investigation Unit summaries, 2024-2025',
    'Message-ID': '<SA1PR19MB5512C3E0A7B1@SA1PR19MB5512.namprd19.prod.outlook.com>',
    'In-Reply-To': req_mid(3, '2026-09-09'), 'References': req_mid(3, '2026-09-09'),
    'Thread-Topic': 'Sunshine Law Request: SLMPD use-of-force reports and Force Investigation Unit summaries, 2024-2025',
    'Thread-Index': 'AQHdFp2kR0m3Y1xVZk2Wq8a1bC3dEw==', 'X-MS-Has-Attach': '',
    'X-MS-Exchange-Organization-SCL': '1'}, text=t, charset='windows-1252')

# 006 Memphis: asks for proof of Tennessee citizenship (Outlook, no thread headers)
t = """Good afternoon,

Re: Public Records Request P041882-090826

The Tennessee Public Records Act extends the right to inspect and receive copies of public records
to Tennessee citizens (T.C.A. 10-7-503(a)(2)(A)). Before the Memphis Police Department can continue
with this request, please provide proof of Tennessee citizenship for the person making the request,
such as a copy of a valid Tennessee driver license or state ID. You may upload the document through
the Public Records Center or reply to this email.

Your request will remain on hold until we receive this information. If we do not hear from you
within 30 days the request will be closed.

Thank you,

Denise Harwell
Public Records Coordinator
City of Memphis | Office of the City Attorney
125 N. Main Street, Room 336, Memphis, TN 38103
"""
build('006-memphis-clarify-residency.eml', {
    'From': 'Harwell, Denise <denise.harwell@memphistn.gov>', 'To': plus(1), 'Date': '2026-09-14 13:38 -0500',
    'Subject': 'P041882-090826 - Proof of Tennessee citizenship needed',
    'Message-ID': '<CH0PR09MB7741E2B1F0D4@CH0PR09MB7741.namprd09.prod.outlook.com>',
    'Thread-Topic': 'P041882-090826 - Proof of Tennessee citizenship needed', 'Thread-Index': 'AdlGq5ZrT1n8hX2pQeyiM0K4vY7cSA==',
    'X-MS-Exchange-Organization-AuthAs': 'Internal', 'X-OriginatorOrg': 'memphistn.gov'}, text=t)

# 007 Memphis GovQA ack for the ShotSpotter request (plain text variant)
t = """Dear Records Desk,

Thank you for your interest in the public records of the City of Memphis. Your request has been received
and is being processed in accordance with the Tennessee Public Records Act, T.C.A. 10-7-503.

Your request was received in this office on 9/14/2026 and was given the reference number P042310-091426
for tracking purposes.

Records Requested: Contract(s), amendments, invoices and payment records between the City of Memphis and
ShotSpotter, Inc. / SoundThinking, Inc., 2023 to present, and a log of ShotSpotter alerts (date, time,
location, MPD response) from January 1, 2023 to the date of this request.

Department: Police Services; Finance - Procurement

""" + GOVQA_FOOT + "\n\nCity of Memphis Public Records Center\n"
build('007-memphis-govqa-ack-shotspotter.eml', {
    'From': 'City of Memphis Public Records Center <noreply@mycusthelp.net>', 'To': plus(2),
    'Date': '2026-09-14 15:02 -0500', 'Subject': 'City of Memphis Public Records Request :: P042310-091426',
    'Message-ID': '<5ac9e310.1120.govqa.P042310@mycusthelp.net>'}, text=t)

# 008 KCPD: delay notice with earliest date (Missouri 610.023.3)
t = """Re: Sunshine Request 2026-SR-00593

This is to advise you, as required by Section 610.023.3 RSMo, that access to the records you requested
cannot be provided within three business days.

Reason for the delay: your request covers approximately eleven hours of body-worn camera and in-car
video recorded by nine officers. Each recording must be located in the Department's digital evidence
system and reviewed to determine whether it is a closed record under Section 610.100 RSMo (investigative
reports and mobile video recordings) and whether any portion must be redacted.

The earliest date on which we anticipate being able to provide a determination and any open records is
October 30, 2026.

Office of General Counsel - Sunshine Requests
Kansas City Missouri Police Department
1125 Locust Street, Kansas City, MO 64106
"""
build('008-kcpd-extension.eml', {
    'From': 'KCPD Sunshine Requests <sunshinerequests@kcpd.org>', 'To': plus(5), 'Date': '2026-09-15 09:20 -0500',
    'Subject': 'Sunshine Request 2026-SR-00593 - Notice of Delay', 'Message-ID': '<20260915142004.7731.kcpd@kcpd.org>'}, text=t)

# 009 IMPD NextRequest acknowledgment
t = """Indianapolis Public Records

Your record request #26-4418 has been submitted.

Request:
Use-of-force reports and all body-worn camera recordings for the arrest on E. 38th St. near N. Sherman
Dr. on April 27, 2026 (IMPD case number unknown).

The City of Indianapolis and Marion County will respond to your request within seven (7) days of
receipt as required by Indiana Code 5-14-3-9. A response may be an acknowledgment and a statement of
how and when the agency intends to comply.

View request #26-4418: https://indianapolisin.nextrequest.com/requests/26-4418

Questions? Contact impdrecords@indy.gov.
"""
h = """<div style="font-family:Arial"><h3 style="color:#23395d">Indianapolis Public Records</h3>
<p>Your record request <a href="https://indianapolisin.nextrequest.com/requests/26-4418">#26-4418</a> has been submitted.</p>
<p><b>Request:</b><br>Use-of-force reports and all body-worn camera recordings for the arrest on E. 38th St. near N. Sherman
Dr. on April 27, 2026 (IMPD case number unknown).</p>
<p>The City of Indianapolis and Marion County will respond to your request within seven (7) days of receipt as
required by Indiana Code 5-14-3-9. A response may be an acknowledgment and a statement of how and when the agency
intends to comply.</p><p>Questions? Contact impdrecords@indy.gov.</p></div>"""
build('009-impd-nextrequest-ack.eml', {
    'From': 'Indianapolis Public Records <indianapolisin@mail.nextrequest.com>', 'To': plus(7),
    'Date': '2026-09-15 11:05 -0400', 'Subject': '[Records Request #26-4418] Your request has been received',
    'Message-ID': '<nr.26-4418.created.0a7f1@mail.nextrequest.com>'}, text=t, html=h)

# 010 Columbus GovQA acknowledgment (same shared sender as Memphis)
t = """Dear Requester,

Thank you for contacting the City of Columbus. Your public records request has been received and
assigned reference number C012584-091626.

Summary: Columbus Division of Police - ShotSpotter contract, amendments and alert data

Received: 9/16/2026

Under Ohio Revised Code 149.43, public records responsive to your request will be made available
within a reasonable period of time. Requests involving large volumes of records, video, or review for
exempt information may take longer. You will be notified through the Public Records Center when your
request is updated.

""" + GOVQA_FOOT + "\n\nCity of Columbus | Department of Public Safety\n"
build('010-columbus-govqa-ack.eml', {
    'From': 'City of Columbus Public Records <noreply@mycusthelp.net>', 'To': plus(9),
    'Date': '2026-09-16 12:31 -0400', 'Subject': 'Public Records Request :: C012584-091626',
    'Message-ID': '<77e02bc4.0f3a.govqa.C012584@mycusthelp.net>'}, text=t)
