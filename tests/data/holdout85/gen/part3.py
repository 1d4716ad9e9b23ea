"""Messages 021-030 (September 29 - October 9, 2026)."""
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email import message_from_string
from common import build, raw, req_mid, plus, quote, date_hdr, INBOX, ORG, OUT

GG = {'Mailing-list': 'list opdrecords@cityofomaha.org; contact opdrecords+owners@cityofomaha.org',
      'List-Id': '<opdrecords.cityofomaha.org>', 'Precedence': 'list'}

# 021 Omaha: extraordinary-circumstances letter with earliest practicable date
t = """Records Desk,

Re: ORR-26-0331, gang designation records

This is the written explanation required by Neb. Rev. Stat. 84-712(4). Despite a good-faith effort we
cannot complete your request within four business days. The records you asked for are kept by the Gang
Unit in more than one system, and the count of designated persons has to be run by the Crime Analysis
Unit and reviewed by the City Law Department before anything is released.

The earliest practicable date for our response is October 23, 2026. No fee is expected at this time;
if that changes you will receive an estimate first.

Lt. Carla Brandt
Omaha Police Department - Records Unit
"""
build('021-omaha-extension.eml', dict({
    'From': "'Carla Brandt' via OPD Records Unit <opdrecords@cityofomaha.org>", 'To': plus(13),
    'Date': '2026-09-29 14:02 -0500', 'Subject': 'ORR-26-0331 - delay notice',
    'Message-ID': '<CAK7v1c3Zr8fN1qPkq0=Tz4uYbW@mail.gmail.com>',
    'References': req_mid(13, '2026-09-23') + ' <CAK7v1c2mQ0wR8ZtYf3uG2=pH5e@mail.gmail.com>',
    'X-Original-Sender': 'carla.brandt@cityofomaha.org'}, **GG), text=t)

# 022 KCPD JustFOIA acknowledgment for overtime request
h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" cellpadding="6" style="border:1px solid #ccd"><tr><td style="background:#1b3a5c;color:#fff">
<b>Kansas City Missouri Police Department</b> &middot; Sunshine Requests</td></tr>
<tr><td><p>Your request has been received.</p>
<table cellpadding="3"><tr><td><b>Request Number:</b></td><td>2026-SR-00741</td></tr>
<tr><td><b>Received Date:</b></td><td>10/01/2026</td></tr>
<tr><td><b>Request Type:</b></td><td>Sunshine Law - Records</td></tr>
<tr><td><b>Description:</b></td><td>Overtime hours worked and overtime pay by officer (name, rank, unit) for
calendar year 2025, as an electronic spreadsheet.</td></tr></table>
<p>Pursuant to Section 610.023.3 RSMo, the custodian will act on your request no later than the end of the
third business day following the date the request is received.</p>
<p>Track this request at <a href="https://kcpdmo.justfoia.com/publicportal/home/track">kcpdmo.justfoia.com</a>.</p>
</td></tr></table><p style="font-size:11px;color:#888">Powered by JustFOIA</p></body></html>"""
build('022-kcpd-justfoia-ack-overtime.eml', {
    'From': 'Kansas City Missouri Police Department <notifications@justfoia.com>',
    'Reply-To': 'sunshinerequests@kcpd.org', 'To': plus(6), 'Date': '2026-10-01 10:18 -0500',
    'Subject': 'Request 2026-SR-00741 Received', 'Message-ID': '<jf.5d0e6a8b13.2026-SR-00741@justfoia.com>'}, html=h)

# 023 SLMPD cost estimate, new subject, no threading
t = """Records Desk,

Below is the estimated cost to fulfill Sunshine request SR-2026-0412 (use-of-force reports and Force
Investigation Unit summaries, 2024-2025), calculated under Section 610.026 RSMo.

  Research and retrieval, clerical staff, 18 hours at $21.50/hr ......... $387.00
  Duplication to CD-R, 2 discs at $5.00 ................................. $10.00
  Postage (certified) ...................................................  $9.45
  ESTIMATED TOTAL ....................................................... $406.45

Staff time is charged at the hourly rate of the lowest-paid employee able to do the work. This is an
estimate only; you will be billed actual cost, which may be higher or lower. Records will be provided on
CD and mailed, as the Department cannot send files of this size by email.

Payment of the estimate is required in advance. Please send a check or money order payable to the
St. Louis Metropolitan Police Department, referencing SR-2026-0412, to the address below. Work will begin
when payment is received.

T. Reeves
Office of the Custodian of Records
St. Louis Metropolitan Police Department
1915 Olive Street, St. Louis, MO 63103
"""
build('023-slmpd-fee-estimate.eml', {
    'From': 'Reeves, Tamika <treeves@slmpd.org>', 'To': plus(3), 'Date': '2026-10-02 11:25 -0500',
    'Subject': 'Cost estimate for Sunshine request SR-2026-0412',
    'Message-ID': '<SA1PR19MB55120B61D944@SA1PR19MB5512.namprd19.prod.outlook.com>',
    'Thread-Topic': 'Cost estimate for Sunshine request SR-2026-0412'}, text=t, charset='windows-1252')

# 024 Columbus GovQA acknowledgment for the IAB request
t = """Dear Requester,

Thank you for contacting the City of Columbus. Your public records request has been received and
assigned reference number C012977-100526.

Summary: Columbus Division of Police - Internal Affairs Bureau investigation summaries, 2025

Received: 10/5/2026

Under Ohio Revised Code 149.43, public records responsive to your request will be made available
within a reasonable period of time. You will be notified through the Public Records Center when your
request is updated.

To monitor the progress or update this request please log into the Public Records Center.
This is an automated notification. Please do not reply to this message.

City of Columbus | Department of Public Safety
"""
build('024-columbus-govqa-ack-iab.eml', {
    'From': 'City of Columbus Public Records <noreply@mycusthelp.net>', 'To': plus(10),
    'Date': '2026-10-05 09:44 -0400', 'Subject': 'Public Records Request :: C012977-100526',
    'Message-ID': '<a41c7d02.6b1e.govqa.C012977@mycusthelp.net>'}, text=t)

# 025 SLMPD refers the LPR request to the City (quotes our request)
ours = """To the Custodian of Records:

Under Chapter 610 RSMo we request all contracts, amendments, purchase orders and memoranda of
understanding for automated license plate reader cameras or services (including Flock Safety) used
by SLMPD, and any agreements to share ALPR data with other agencies, January 1, 2022 to present.

Records Desk, The River & Plains Ledger"""
t = """Good afternoon,

I am back in the office and have reviewed your request below.

The license plate reader camera agreements were entered into by the City of St. Louis through the
Board of Public Service and the Supply Commissioner, not by the Police Department, and the Department
is not the custodian of those contracts. Please direct that part of your request to the City of
St. Louis Custodian of Records, City Hall, 1200 Market Street, Room 212, or by email to
sunshine@stlouis-mo.gov.

Data-sharing agreements, if any, would be held by the Real Time Crime Center; I have asked them to
check and will let you know what they find.

T. Reeves
Office of the Custodian of Records, SLMPD

-----Original Message-----
From: Records Desk <%s>
Sent: Monday, September 21, 2026 9:58 AM
To: SLMPD Custodian of Records <custodianofrecords@slmpd.org>
Subject: Sunshine Law Request: SLMPD automated license plate reader (Flock) contracts and data-sharing agreements

%s
""" % (plus(4), ours)
build('025-slmpd-referral-city.eml', {
    'From': 'Reeves, Tamika <treeves@slmpd.org>', 'To': plus(4), 'Date': '2026-10-06 13:51 -0500',
    'Subject': 'RE: Sunshine Law Request: SLMPD automated license plate reader (Flock) contracts and data-sharing agreements',
    'Message-ID': '<SA1PR19MB551277A0E3F5@SA1PR19MB5512.namprd19.prod.outlook.com>',
    'In-Reply-To': req_mid(4, '2026-09-21'), 'References': req_mid(4, '2026-09-21')}, text=t)

# 026 Milwaukee mailbox auto-reply (section closed for training)
t = """Thank you for contacting the Milwaukee Police Department Open Records Section.

The Open Records Section is closed October 6 through October 9, 2026 for staff training. Requests
received during this time will be logged and processed in the order received when staff return.

This is an automated reply. Please do not respond to this message.
"""
build('026-milwaukee-autoreply.eml', {
    'From': 'MPD Open Records <mpdopenrecords@milwaukee.gov>', 'To': plus(12), 'Date': '2026-10-06 15:02 -0500',
    'Subject': 'Automatic reply: Open Records Request: MPD automated license plate reader contracts and audit logs',
    'Message-ID': '<DM6PR04MB44103B0A61C9@DM6PR04MB4410.namprd04.prod.outlook.com>',
    'In-Reply-To': req_mid(12, '2026-10-06'), 'References': req_mid(12, '2026-10-06'),
    'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'}, text=t)

# 027 Omaha home-grown portal: received date differs from submission date
t = """CITY OF OMAHA - PUBLIC RECORDS REQUEST CONFIRMATION

Request number: ORR26-0378
Department: Police
Submitted: 10/07/2026 6:42 PM
Received (business hours): 10/08/2026
Subject: OPD overtime expenditures by unit, 2024-2025

Requests submitted after 5:00 PM or on a weekend or holiday are received on the next business day.
Under Neb. Rev. Stat. 84-712 the City will respond within four business days of receipt.

Check status: https://records.cityofomaha.org/status?r=ORR26-0378
Do not reply to this automated message. Questions: opdrecords@cityofomaha.org
"""
build('027-omaha-portal-ack-received.eml', {
    'From': 'City of Omaha Records Requests <records-noreply@cityofomaha.org>', 'To': plus(14),
    'Date': '2026-10-08 08:05 -0500', 'Subject': 'Public records request ORR26-0378 received',
    'Message-ID': '<orr26-0378.confirm.20261008130500@records.cityofomaha.org>'}, text=t)

# 028 KCPD JustFOIA invoice / estimate
t = """Kansas City Missouri Police Department - Sunshine Requests

An invoice has been issued for request 2026-SR-00741.

  Report programming / data extraction (Information Services), 4.0 hrs x $37.00 = $148.00
  Invoice total: $148.00

Under Section 610.026 RSMo the Department may require payment of fees in advance. This request has been
placed on hold and no further work will be performed until the invoice is paid. The final cost may
differ slightly from the estimate. Invoices not paid within 30 days will be cancelled and the request
closed.

Pay online: https://kcpdmo.justfoia.com/publicportal/home/invoices

Powered by JustFOIA
"""
build('028-kcpd-justfoia-invoice.eml', {
    'From': 'Kansas City Missouri Police Department <notifications@justfoia.com>',
    'Reply-To': 'sunshinerequests@kcpd.org', 'To': plus(6), 'Date': '2026-10-08 10:30 -0500',
    'Subject': 'Invoice Issued - Request 2026-SR-00741', 'Message-ID': '<jf.c8e3a1ff20.2026-SR-00741@justfoia.com>'}, text=t)

# 029 Exchange NDR from stlouis-mo.gov for our follow-up to the City (original attached)
m = MIMEMultipart('report', report_type='delivery-status')
m['From'] = 'Microsoft Outlook <postmaster@stlouis-mo.gov>'
m['To'] = plus(4)
m['Date'] = date_hdr('2026-10-08 11:02 -0500')
m['Subject'] = 'Undeliverable: Sunshine Law Request: SLMPD automated license plate reader (Flock) contracts and data-sharing agreements'
m['Message-ID'] = '<8c41f0e2-3b7a-4a11-9d0e-NDR@SN6PR09MB4021.namprd09.prod.outlook.com>'
m['Auto-Submitted'] = 'auto-replied'
m.attach(MIMEText("""Your message to sunshine@stlouis-mo.gov couldn't be delivered.

sunshine wasn't found at stlouis-mo.gov.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Retype the recipient's address, then resend the message.
""", 'plain', 'utf-8'))
ds = MIMEText('', 'plain')
ds = message_from_string('Content-Type: message/delivery-status\n\nReporting-MTA: dns;SN6PR09MB4021.namprd09.prod.outlook.com\n'
                         'Received-From-MTA: dns;mx1.' + ORG + '\nArrival-Date: Thu, 8 Oct 2026 16:02:11 +0000\n\n'
                         'Final-Recipient: rfc822;sunshine@stlouis-mo.gov\nAction: failed\nStatus: 5.1.1\n'
                         'Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n')
m.attach(ds)
fw = """From: Records Desk <records+req-004@%(org)s>
To: sunshine@stlouis-mo.gov
Subject: Sunshine Law Request: SLMPD automated license plate reader (Flock) contracts and data-sharing agreements
Date: Thu, 8 Oct 2026 11:02:05 -0500
Message-ID: <req-004.20261008.2@%(org)s>
References: %(mid)s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

To the City of St. Louis Custodian of Records:

The SLMPD custodian advised that the City holds the license plate reader camera agreements. Please treat
the request below as a Sunshine Law request to the City.

> Under Chapter 610 RSMo we request all contracts, amendments, purchase orders and memoranda of
> understanding for automated license plate reader cameras or services (including Flock Safety) used
> by SLMPD, and any agreements to share ALPR data with other agencies, January 1, 2022 to present.
""" % {'org': ORG, 'mid': req_mid(4, '2026-09-21')}
m.attach(MIMEMessage(message_from_string(fw)))
(OUT / '029-bounce-stlouis-city.eml').write_bytes(m.as_bytes())

# 030 Memphis: first installment via Evidence.com share link
t = """Good afternoon,

Payment for request P041882-090826 was received on October 5. Thank you.

The first installment is now available: three of the seven body-worn camera recordings, with redactions,
have been shared with you through Axon Evidence.com:

  https://memphispd.evidence.com/share/a7Qx2LmV0pR3sT9u

The link expires on November 8, 2026. Please download the files before then.

The remaining four recordings and the response-to-resistance reports are still in redaction review and
will be sent in a second installment.

MPD Central Records - Open Records Unit
"""
h = '<html><body style="font-family:Calibri,Arial">' + ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t.strip().split('\n\n')).replace(
    'https://memphispd.evidence.com/share/a7Qx2LmV0pR3sT9u', '<a href="https://memphispd.evidence.com/share/a7Qx2LmV0pR3sT9u">https://memphispd.evidence.com/share/a7Qx2LmV0pR3sT9u</a>') + '</body></html>'
build('030-memphis-interim-evidence.eml', {
    'From': 'MPD Central Records <mpdcentralrecords@memphistn.gov>', 'To': plus(1), 'Date': '2026-10-09 14:36 -0500',
    'Subject': 'P041882-090826 - Partial release (installment 1 of 2)',
    'Message-ID': '<CH0PR09MB7741D0E5A2C8@CH0PR09MB7741.namprd09.prod.outlook.com>'}, text=t, html=h)
