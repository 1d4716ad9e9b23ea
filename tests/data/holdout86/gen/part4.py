from common import *

# 031 our reply to the Smartsheet automation address bounced (Postfix DSN from our own MTA)
dsn = """From: Mail Delivery System <MAILER-DAEMON@mx1.records.example.org>
To: records@records.example.org
Subject: Undelivered Mail Returned to Sender
Date: Wed, 14 Oct 2026 09:02:17 -0400
Message-ID: %(mid)s
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
 boundary="7A1C23B04E.1792069337/mx1.records.example.org"

--7A1C23B04E.1792069337/mx1.records.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<automation@app.smartsheet.com>: host mx.app.smartsheet.com[52.10.44.8] said:
    550 5.7.1 This address does not accept incoming mail. Please contact the
    sender directly. (in reply to RCPT TO command)

--7A1C23B04E.1792069337/mx1.records.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.records.example.org
X-Postfix-Queue-ID: 7A1C23B04E
Arrival-Date: Wed, 14 Oct 2026 09:02:14 -0400 (EDT)

Final-Recipient: rfc822; automation@app.smartsheet.com
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.app.smartsheet.com
Diagnostic-Code: smtp; 550 5.7.1 This address does not accept incoming mail.

--7A1C23B04E.1792069337/mx1.records.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Records Desk <records@records.example.org>
Reply-To: records+req-114@records.example.org
To: Smartsheet Automations <automation@app.smartsheet.com>
Subject: Re: CR911 Public Records Request Received - CR911-PRR-0193
Date: Wed, 14 Oct 2026 09:02:10 -0400
Message-ID: <req-114.20261014.2@records.example.org>
In-Reply-To: %(sm)s
References: %(rq)s %(sm)s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Thank you. The five business days have passed; can you tell us when CR911 expects
to respond to CR911-PRR-0193?

Records Desk

--7A1C23B04E.1792069337/mx1.records.example.org--
""" % {'mid': '<20261014130217.7A1C23B04E@mx1.records.example.org>', 'sm': mid('027', 'app.smartsheet.com'), 'rq': req_mid('REQ-114')}
write('031-bounce-smartsheet-noreply.eml', dsn)

# 032 FTA asks to narrow (tolls the clock), threaded to the ack
write('032-fta-clarification.eml', msg([
    ('From', 'FTA FOIA <fta.foia@dot.gov>'),
    ('To', 'Records Desk <records+req-115@records.example.org>'),
    ('Subject', 'RE: FOIA Acknowledgment - 2026-FTA-0318 - Request for Clarification'),
    ('Date', 'Wed, 14 Oct 2026 14:11:02 -0400'),
    ('Message-ID', mid('032', 'dot.gov')),
    ('In-Reply-To', mid('016', 'dot.gov')),
    ('References', mid('016', 'dot.gov')),
], text="""Dear Requester:

We are writing about FOIA request 2026-FTA-0318. As written, the request for "all
correspondence" between FTA and two metropolitan planning organizations over nearly
four years would reach thousands of emails across the Region 6 and Region 9 offices,
the Office of Program Management and the Office of Chief Counsel.

To allow us to conduct a reasonable search, please clarify:

  1. Which FTA offices or custodians you want searched (for example, the Regional
     Administrators and the regional triennial review staff); and
  2. Whether search terms such as "triennial", "finding", "corrective action" or
     "deficiency" would capture the records you seek.

In accordance with 49 CFR 7.24, the time limit for responding to your request is
tolled until we receive your response. If we do not receive a response within 30
calendar days of this letter, we will assume you are no longer interested and will
administratively close the request.

Sincerely,
FTA FOIA Office
Office of Chief Counsel, Federal Transit Administration
"""))

# 033 JustFOIA invoice: estimated charges for the 911 recordings (hedged deposit language)
write('033-sotol-justfoia-fee.eml', msg([
    ('From', 'Sotol County Public Information <sotolcountytx@justfoia.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Request #2026-0488 - Cost Estimate'),
    ('Date', 'Thu, 15 Oct 2026 11:48:36 -0500'),
    ('Message-ID', mid('033', 'justfoia.com')),
], html="""<html><body style="font-family:'Segoe UI',Arial;font-size:10pt">
<div style="border:1px solid #c9d3df;padding:14px;max-width:560px">
<p><b>Sotol County &ndash; Public Information Requests</b></p>
<p>A message from <b>Lower Pecos 9-1-1 Emergency Communication District</b> regarding request 2026-0488:</p>
<blockquote style="border-left:3px solid #9ab;padding-left:8px">
Per Texas Government Code 552.2615, the estimated charges for this request are:<br>
Audio recordings (4 calls + radio, 1 CD or electronic file) &ndash; $1.00<br>
Labor to locate, compile and redact audio, 3.5 hrs @ $15.00 &ndash; $52.50<br>
Overhead 20% &ndash; $10.50<br>
<b>Total estimate: $64.00</b><br><br>
Please reply through the portal within 10 business days stating whether you accept the charges or want to modify the request. If we do not hear from you, the request will be considered withdrawn. The District may ask for payment before the recordings are released.
</blockquote>
<p>Respond or view the invoice at <a href="https://sotolcountytx.justfoia.com/publicportal/home/track">the public portal</a>.</p>
<p style="font-size:8pt;color:#777">This message was sent by JustFOIA on behalf of Sotol County. Replies to this email are not monitored.</p>
</div></body></html>"""))

# 034 FTA extension for unusual circumstances, with estimated completion date and OGIS language
write('034-fta-extension.eml', msg([
    ('From', 'FTA FOIA <fta.foia@dot.gov>'),
    ('To', 'Records Desk <records+req-115@records.example.org>'),
    ('Subject', '2026-FTA-0318 Unusual Circumstances Extension'),
    ('Date', 'Tue, 20 Oct 2026 09:30:12 -0400'),
    ('Message-ID', mid('034', 'dot.gov')),
    ('In-Reply-To', mid('032', 'dot.gov')),
    ('References', mid('016', 'dot.gov') + ' ' + mid('032', 'dot.gov')),
], text="""Dear Requester:

Thank you for narrowing FOIA request 2026-FTA-0318 to the Region 6 and Region 9
Regional Administrators and triennial review staff, using the search terms you
provided.

Because responsive records must be searched for and collected from two regional
offices that are separate from the office processing the request, unusual
circumstances apply under 5 U.S.C. 552(a)(6)(B)(i), and we are extending the time
to respond by ten working days. We also expect that records will require
consultation with NCTCOG and SACOG. Based on our current backlog, we estimate
completing your request by January 29, 2027.

You may contact the FTA FOIA Public Liaison at (202) 366-4043 for assistance. You
may also contact the Office of Government Information Services (OGIS) at the
National Archives and Records Administration to inquire about the FOIA mediation
services they offer: ogis@nara.gov; telephone 202-741-5770; toll free
1-877-684-6448.

Sincerely,
FTA FOIA Office
"""))

# 035 Smartsheet status change, no substance
write('035-cr911-smartsheet-status.eml', msg([
    ('From', 'Smartsheet Automations <automation@app.smartsheet.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Update: CR911-PRR-0193 status changed'),
    ('Date', 'Tue, 20 Oct 2026 12:00:04 -0700'),
    ('Message-ID', mid('035', 'app.smartsheet.com')),
], html="""<html><body style="font-family:Arial;font-size:10pt">
<p>A row you submitted was updated in <b>CR911 Public Records Log</b>.</p>
<table cellpadding="3" border="1" cellspacing="0" style="font-size:10pt">
<tr><td>Request ID</td><td>CR911-PRR-0193</td></tr>
<tr><td>Status</td><td><s>New</s> &rarr; <b>In Progress</b></td></tr>
<tr><td>Modified</td><td>10/20/26 12:00 PM</td></tr>
</table>
<p style="font-size:8pt;color:#999">Sent by Smartsheet on behalf of CR911. Automated message - replies are not monitored.</p>
</body></html>"""))

# 036 colleague forwards the jail authority's acknowledgment of REQ-109 (inline forward)
write('036-fwd-rrrja-ack-minutes.eml', msg([
    ('From', 'Priya Raman <praman@records.example.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Fwd: Board minutes / per diem request'),
    ('Date', 'Tue, 20 Oct 2026 16:12:51 -0400'),
    ('Message-ID', mid('036', 'records.example.org')),
], text="""This came to me because I cc'd myself on the jail minutes request. Forwarding
for the log.

Priya

---------- Forwarded message ---------
From: Tammy Oakes <toakes@rrrja.org>
Date: Tue, Oct 20, 2026 at 3:55 PM
Subject: Board minutes / per diem request
To: Priya Raman <praman@records.example.org>, <records@records.example.org>

Ms. Raman,

We received your request yesterday (10/19) for the Authority board minutes and the
FY2026 per diem billing to the member localities. Minutes for July 2025 - June 2026
are approved and available. The per diem invoices are kept by our finance office,
and I will let you know if there is a charge to pull them.

Tammy Oakes
FOIA Officer
Rappahannock Ridge Regional Jail Authority
"""))

# 037 PSRC first installment with estimate for the next one
write('037-psrc-installment-1.eml', msg([
    ('From', 'Dana Ostrowski <dostrowski@psrc.org>'),
    ('To', 'Records Desk <records+req-113@records.example.org>'),
    ('Subject', 'RE: PRR-2026-058 - clarification needed'),
    ('Date', 'Wed, 21 Oct 2026 13:40:27 -0700'),
    ('Message-ID', mid('037', 'psrc.org')),
    ('In-Reply-To', mid('026', 'psrc.org')),
    ('References', req_mid('REQ-113') + ' ' + mid('014', 'psrc.org') + ' ' + mid('026', 'psrc.org')),
], text="""Hello,

Thank you for clarifying that you want a) and b), with invoices since 2024.

This is the first installment for PRR-2026-058: the UrbanSim support contracts,
their scopes of work and amendments (9 documents), available at the link below.

Installment 2 (the SoundCast consultant contracts and all invoices since 2024) is
expected on or before November 18, 2026. One consultant has been notified under
RCW 42.56.540 because its invoices include staff hourly rates.

https://psrc.sharefile.com/d-prr2026058-1

Dana Ostrowski
Public Records Officer | Puget Sound Regional Council
"""))

# 038 Jail authority: cost estimate for per diem invoices, clock paused under 2.2-3704(F)
write('038-rrrja-cost-estimate.eml', msg([
    ('From', 'Tammy Oakes <toakes@rrrja.org>'),
    ('To', 'records@records.example.org'),
    ('Cc', 'Priya Raman <praman@records.example.org>'),
    ('Subject', 'RE: Board minutes / per diem request - cost estimate'),
    ('Date', 'Fri, 23 Oct 2026 10:14:08 -0400'),
    ('Message-ID', mid('038', 'rrrja.org')),
], text="""Ms. Raman / Records Desk,

The minutes are no charge. The per diem invoices for FY2026 are 12 monthly
invoices to each of the 4 member localities plus backup jail-day reports. Finance
estimates 5 hours to retrieve and copy them from the accounting system.

Estimated cost: 5 hours x $31.20 (hourly rate of the lowest-paid staff able to do
the work) = $156.00, plus $0.00 for electronic copies. Total: $156.00.

Under Va. Code 2.2-3704(F), the time to respond is tolled until you tell us whether
you want to proceed. We only ask for a deposit when an estimate is over $200, so
just a yes is fine.

Tammy Oakes
FOIA Officer, RRRJA
"""))

# 039 Solid-waste authority counsel: no EPD NOV correspondence; refers to EPD
write('039-cvswa-no-records-epd.eml', msg([
    ('From', 'Walter Bynum <wbynum@harlansprings-ga.gov>'),
    ('To', 'Records Desk <records+req-107@records.example.org>'),
    ('Cc', 'admin@cvswa.org'),
    ('Subject', 'RE: Open records request - tipping fees / EPD'),
    ('Date', 'Fri, 23 Oct 2026 15:31:40 -0400'),
    ('Message-ID', mid('039', 'harlansprings-ga.gov')),
    ('In-Reply-To', mid('030', 'cvswa.org')),
    ('References', req_mid('REQ-107') + ' ' + mid('024', 'harlansprings-ga.gov') + ' ' + mid('030', 'cvswa.org')),
], text="""Good afternoon,

We have now searched the off-site files and the Authority's email. The Authority
has not received any notice of violation from Georgia EPD since 2024, and there is
no correspondence with EPD about violations. The only EPD letters on file are
routine permit renewal acknowledgments, which your request did not ask for.

So there are no records responsive to the second part of your request. If you
believe EPD issued an NOV to the landfill operator, EPD's Land Protection Branch
would have it; their open records contact is openrecords@dnr.ga.gov.

This completes the Authority's response.

Walter Bynum
Counsel, Chattahoochee Valley Regional Solid Waste Authority
"""))

# 040 SACOG NextRequest: a message was added (no substantive text in the email)
write('040-sacog-nextrequest-message.eml', msg([
    ('From', 'SACOG Public Records <sacog@mail.nextrequest.com>'),
    ('To', plus('REQ-101')),
    ('Subject', '[Records Request] New message on request #26-341'),
    ('Date', 'Mon, 26 Oct 2026 10:05:59 -0700'),
    ('Message-ID', mid('040', 'mail.nextrequest.com')),
], text="""A new message was posted to record request #26-341.

To read the message and respond, visit:
https://sacog.nextrequest.com/requests/26-341

-- Powered by NextRequest. Please do not reply to this email.
"""))
