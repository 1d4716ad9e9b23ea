"""Messages 011-020 (September 17-28, 2026)."""
from common import build, raw, req_mid, plus, quote, pdf_bytes, INBOX, ORG

# 011 DSN: our Milwaukee request also went to a retired mailbox
orig_mid = req_mid(11, '2026-09-17')
dsn = """From: Mail Delivery System <MAILER-DAEMON@mx1.%(org)s>
To: records+req-011@%(org)s
Date: Thu, 17 Sep 2026 09:41:27 -0500
Subject: Undelivered Mail Returned to Sender
Message-ID: <20260917144127.4C1D2E0061@mx1.%(org)s>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="4C1D2E0061.1789656087/mx1.%(org)s"

This is a MIME-encapsulated message.

--4C1D2E0061.1789656087/mx1.%(org)s
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.%(org)s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<mpdrecords@milwaukee.gov>: host milwaukee-gov.mail.protection.outlook.com[52.101.40.12]
    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient mpdrecords@milwaukee.gov
    not found by SMTP address lookup (in reply to RCPT TO command)

--4C1D2E0061.1789656087/mx1.%(org)s
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.%(org)s
X-Postfix-Queue-ID: 4C1D2E0061
Arrival-Date: Thu, 17 Sep 2026 09:41:22 -0500

Final-Recipient: rfc822; mpdrecords@milwaukee.gov
Original-Recipient: rfc822;mpdrecords@milwaukee.gov
Action: failed
Status: 5.1.10
Remote-MTA: dns; milwaukee-gov.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found

--4C1D2E0061.1789656087/mx1.%(org)s
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Records Desk <records+req-011@%(org)s>
Reply-To: records+req-011@%(org)s
To: mpdopenrecords@milwaukee.gov
Cc: mpdrecords@milwaukee.gov
Subject: Open Records Request: MPD body-worn and squad video and use-of-force reports, vehicle pursuit of July 19, 2026
Date: Thu, 17 Sep 2026 09:41:20 -0500
Message-ID: %(mid)s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--4C1D2E0061.1789656087/mx1.%(org)s--
""" % {'org': ORG, 'mid': orig_mid}
raw('011-bounce-milwaukee-cc.eml', dsn)

# 012 Milwaukee acknowledgment, threaded, plain text
t = """Good morning,

The Milwaukee Police Department Open Records Section received your request on September 17, 2026.
It has been assigned Open Records Request number OR 26-01873.

Your request includes body-worn camera and squad video. All video must be reviewed and redacted as
required by law before release. Please be advised that Wisconsin law permits a law enforcement agency
to charge the actual, necessary and direct cost of redacting audio or video content. If a redaction
fee applies, you will be sent an estimate before any work that would incur the charge begins.

Requests are processed in the order in which they are received. You will be contacted when the
records are ready or if we need more information.

Open Records Section
Milwaukee Police Department
749 W. State Street, Milwaukee, WI 53233
"""
build('012-milwaukee-ack.eml', {
    'From': 'MPD Open Records <mpdopenrecords@milwaukee.gov>', 'To': plus(11), 'Date': '2026-09-18 08:54 -0500',
    'Subject': 'RE: Open Records Request: MPD body-worn and squad video and use-of-force reports, vehicle pursuit of July 19, 2026',
    'Message-ID': '<DM6PR04MB4410A92F7E16@DM6PR04MB4410.namprd04.prod.outlook.com>',
    'In-Reply-To': orig_mid, 'References': orig_mid,
    'Thread-Topic': 'Open Records Request: MPD body-worn and squad video and use-of-force reports, vehicle pursuit of July 19, 2026',
    'X-MS-Exchange-Organization-AuthSource': 'DM6PR04MB4410.namprd04.prod.outlook.com'}, text=t)

# 013 IMPD NextRequest: routed to department (no substance)
t = """Indianapolis Public Records

Request #26-4418 has been assigned to the following department(s): Indianapolis Metropolitan Police
Department - Records.

No action is needed from you at this time.

View request #26-4418: https://indianapolisin.nextrequest.com/requests/26-4418
"""
build('013-impd-nextrequest-routed.eml', {
    'From': 'Indianapolis Public Records <indianapolisin@mail.nextrequest.com>', 'To': plus(7),
    'Date': '2026-09-21 09:12 -0400', 'Subject': '[Records Request #26-4418] Department assignment',
    'Message-ID': '<nr.26-4418.dept.5c22e@mail.nextrequest.com>'}, text=t)

# 014 SLMPD staff out-of-office on the LPR request
t = """I am out of the office at training through Monday, September 28, with limited access to email.

Sunshine Law requests are still being logged. If your matter concerns a new request, please send it to
custodianofrecords@slmpd.org. For accident reports, call Central Records at 314-444-5541.

T. Reeves
"""
build('014-slmpd-ooo.eml', {
    'From': 'Reeves, Tamika <treeves@slmpd.org>', 'To': plus(4), 'Date': '2026-09-21 10:03 -0500',
    'Subject': 'Automatic reply: Sunshine Law Request: SLMPD automated license plate reader (Flock) contracts and data-sharing agreements',
    'Message-ID': '<SA1PR19MB5512F04C88D2@SA1PR19MB5512.namprd19.prod.outlook.com>',
    'In-Reply-To': req_mid(4, '2026-09-21'), 'References': req_mid(4, '2026-09-21'),
    'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'}, text=t)

# 015 IMPD NextRequest acknowledgment for the gang database request
t = """Indianapolis Public Records

Your record request #26-4507 has been submitted.

Request:
Records describing the criteria for entering a person into IMPD's gang database or gang intelligence
file, the number of persons currently entered, and any audits of the database, 2020-present.

The City of Indianapolis and Marion County will respond to your request within seven (7) days of
receipt as required by Indiana Code 5-14-3-9.

View request #26-4507: https://indianapolisin.nextrequest.com/requests/26-4507
"""
build('015-impd-nextrequest-ack-gang.eml', {
    'From': 'Indianapolis Public Records <indianapolisin@mail.nextrequest.com>', 'To': plus(8),
    'Date': '2026-09-22 14:40 -0400', 'Subject': '[Records Request #26-4507] Your request has been received',
    'Message-ID': '<nr.26-4507.created.9be40@mail.nextrequest.com>'}, text=t)

# 016 Memphis: OORC records request response form (PDF only) with estimated time
pdf = pdf_bytes([
    'CITY OF MEMPHIS - PUBLIC RECORDS REQUEST RESPONSE FORM',
    'Tennessee Public Records Act, T.C.A. 10-7-503(a)(2)(B)', '',
    'Date: September 22, 2026', 'Request Reference No.: P042310-091426',
    'Requestor: Records Desk, The River & Plains Ledger', '',
    'Records requested: ShotSpotter / SoundThinking contract, amendments, invoices,',
    'payment records (2023-present) and a log of ShotSpotter alerts.', '',
    'Your request has been reviewed and the following response is provided:', '',
    '[ ] The records are available and copies are enclosed.',
    '[ ] The request is denied for the following reason(s): ____________________',
    '[X] It is not practicable to promptly provide the requested records because',
    '    additional time is necessary to: locate and retrieve the records from',
    '    Police Services and Finance - Procurement; review the alert data for',
    '    confidential information. The time reasonably necessary to produce the',
    '    records is estimated to be on or before: November 20, 2026.', '',
    'If fees apply you will be notified of the estimated cost before copies are made.', '',
    'Public Records Coordinator, City of Memphis', 'publicrecords@memphistn.gov'], 'Records Request Response Form')
build('016-memphis-response-form-pdf.eml', {
    'From': 'City of Memphis Public Records <publicrecords@memphistn.gov>', 'To': plus(2),
    'Date': '2026-09-22 16:15 -0500', 'Subject': 'Your City of Memphis public records request - response form attached',
    'Message-ID': '<CH0PR09MB77419C3310AB@CH0PR09MB7741.namprd09.prod.outlook.com>'},
    text='Please see the attached correspondence regarding your public records request.\n\nCity of Memphis Public Records\n',
    attachments=[('Records_Request_Response_Form.pdf', 'application/pdf', pdf)])

# 017 Omaha records unit: Google Group collaborative inbox ("via"), threaded
t = """Good afternoon,

Received. Your request has been logged as ORR-26-0331 and assigned to me.

Under Neb. Rev. Stat. 84-712 you will receive the records, a written denial, or a written explanation
of any delay within four business days.

Lt. Carla Brandt
Omaha Police Department - Records Unit
505 S. 15th Street, Omaha, NE 68102

On Wed, Sep 23, 2026 at 8:12 AM Records Desk <%s> wrote:
> Under the Nebraska public records statutes, Neb. Rev. Stat. 84-712 et seq., we request
> records showing the criteria OPD uses to designate a person as a gang member or associate,
> the number of persons so designated as of the date of this request, and any audits.
""" % plus(13)
build('017-omaha-googlegroup-ack.eml', {
    'From': "'Carla Brandt' via OPD Records Unit <opdrecords@cityofomaha.org>", 'To': plus(13),
    'Reply-To': 'Carla Brandt <carla.brandt@cityofomaha.org>', 'Date': '2026-09-23 13:27 -0500',
    'Subject': 'Re: Public Records Request: OPD gang database / gang member designation criteria and counts',
    'Message-ID': '<CAK7v1c2mQ0wR8ZtYf3uG2=pH5e@mail.gmail.com>',
    'In-Reply-To': req_mid(13, '2026-09-23'), 'References': req_mid(13, '2026-09-23'),
    'X-Original-Sender': 'carla.brandt@cityofomaha.org', 'Mailing-list': 'list opdrecords@cityofomaha.org; contact opdrecords+owners@cityofomaha.org',
    'List-Id': '<opdrecords.cityofomaha.org>', 'Precedence': 'list',
    'List-Help': '<https://support.google.com/a/cityofomaha.org/bin/topic.py?topic=25838>, <mailto:opdrecords+help@cityofomaha.org>'}, text=t)

# 018 Memphis: video redaction cost estimate, HTML only
h = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Good morning,</p>
<p>Thank you for providing proof of Tennessee citizenship. Below is the estimated cost to produce the records for
request <b>P041882-090826</b>. Fees are assessed under the City's schedule of reasonable charges (Memphis Code
2-28-17) and the Office of Open Records Counsel schedule. The first hour of labor is not charged.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Item</th><th>Quantity</th><th>Rate</th><th>Amount</th></tr>
<tr><td>Body-worn camera video review and redaction (7 files, 4 h 52 m run time)</td><td>15.25 hrs less 1 hr</td><td>$27.86/hr</td><td>$397.01</td></tr>
<tr><td>Response-to-resistance reports, redacted (23 pages)</td><td>23</td><td>$0.15/page</td><td>$3.45</td></tr>
<tr><td>Delivery via Axon Evidence.com share link</td><td>1</td><td>no charge</td><td>$0.00</td></tr>
<tr><td colspan="3"><b>Estimated total</b></td><td><b>$400.46</b></td></tr></table>
<p>This is an estimate; the actual charge may be lower if less redaction is required. <b>Payment is required before
the records are produced.</b> Payment may be made online through the Public Records Center or by check payable to
"City of Memphis". If we do not receive payment or a response within 30 days, the request will be closed.</p>
<p>Sincerely,<br>Central Records - Open Records Unit<br>Memphis Police Department<br>170 N. Main Street, Memphis, TN 38103</p>
</body></html>"""
build('018-memphis-fee-estimate-html.eml', {
    'From': 'MPD Central Records <mpdcentralrecords@memphistn.gov>', 'To': plus(1), 'Date': '2026-09-24 10:48 -0500',
    'Subject': 'Cost Estimate - Request P041882-090826 (BWC video)',
    'Message-ID': '<CH0PR09MB7741B77D02E5@CH0PR09MB7741.namprd09.prod.outlook.com>'}, html=h)

# 019 Columbus: first release (contract), data to follow; PDF attachment
pdf = pdf_bytes([
    'SOUNDTHINKING, INC. - CITY OF COLUMBUS', 'ShotSpotter Respond Subscription Services Agreement',
    'Second Amendment (excerpt as maintained by the Division of Police)', '',
    'Term: December 1, 2023 through November 30, 2026', 'Coverage area: 10.5 square miles (Linden, Hilltop, South Side)',
    'Annual subscription fee: $65,000 per square mile', 'Purchase order: PO 2023-0471; Council Ordinance 2957-2023', '',
    'Vendor shall deliver incident alerts to the Division within 60 seconds of detection.',
    'Data generated by the service is licensed to the City for law enforcement purposes.'], 'ShotSpotter agreement excerpt')
t = """Hello,

Attached is the first release for public records request C012584-091626: the ShotSpotter (SoundThinking)
subscription agreement and its second amendment.

The alert data export you asked for is being prepared by the Technology Bureau. We will provide it as a
separate release when it is ready and reviewed. Your request remains open.

Thank you,

Renee Hollis
Public Records Unit | Columbus Division of Police
120 Marconi Blvd., Columbus, OH 43215
"""
build('019-columbus-interim-contract.eml', {
    'From': 'Hollis, Renee <rhollis@columbuspolice.org>', 'To': plus(9), 'Cc': 'publicrecords@columbus.gov',
    'Date': '2026-09-24 15:20 -0400', 'Subject': 'RE: Public Records Request :: C012584-091626 - Release 1',
    'Message-ID': '<BN8PR14MB31627DE4A1C0@BN8PR14MB3162.namprd14.prod.outlook.com>',
    'X-MS-Has-Attach': 'yes'}, text=t,
    attachments=[('ShotSpotter_Agreement_Amend2.pdf', 'application/pdf', pdf)])

# 020 IMPD asks to identify records with reasonable particularity (NextRequest message with text)
t = """Indianapolis Public Records

A message was sent to you regarding record request #26-4507:

"Under Indiana Code 5-14-3-3(a)(1), a request must identify the records sought with reasonable
particularity. IMPD does not maintain a single system called a 'gang database'. To allow us to search,
please tell us (1) which records you are seeking - for example, a written directive, statistical reports,
or specific data fields - (2) the date range, and (3) whether 'audits' refers to internal reviews,
compliance reports, or something else. If we do not receive a response within 30 days, this request may
be closed." - IMPD Records

View request #26-4507: https://indianapolisin.nextrequest.com/requests/26-4507
"""
build('020-impd-clarify-particularity.eml', {
    'From': 'Indianapolis Public Records <indianapolisin@mail.nextrequest.com>', 'To': plus(8),
    'Date': '2026-09-28 15:33 -0400', 'Subject': '[Records Request #26-4507] New message from the City',
    'Message-ID': '<nr.26-4507.msg.31d08@mail.nextrequest.com>'}, text=t)
