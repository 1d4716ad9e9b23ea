from build_lib import M, REQ, quoted, pdf, safelink, INBOX
from msgs_federal import L

# ---------------- Arizona DPS ----------------
M("2026-03-04 14:26:51 -0700", "DPS Public Records <publicrecords@azdps.gov>",
  "RE: " + REQ["REQ-08"]["subject"],
  text="""Good afternoon,

The Arizona Department of Public Safety has received your public records request and assigned it number PRR 26-00388. Requests are handled in the order received; the current processing time for policy and training records is roughly 20 to 30 business days, although this is an estimate and not a commitment.

If there are costs associated with your request you will be notified before any work is done.

Thank you,
Records and Public Information Unit
Arizona Department of Public Safety
2102 W. Encanto Blvd., Phoenix, AZ 85009
""" + quoted("REQ-08", style="outlook", when="9:41 AM").replace("{to}", "DPS Public Records <publicrecords@azdps.gov>"),
  irt=REQ["REQ-08"]["message_id"],
  label=L("REQ-08", "acknowledgment", "PRR 26-00388", "Acknowledgment with number; Arizona law sets no day count, so no due date", starts_clock=True))

M("2026-03-13 10:03:29 -0700", "=?iso-8859-1?q?Aurelio_Pe=F1a?= <apena@azdps.gov>",
  "PRR 26-00388 - clarificaci\u00f3n / question on scope",
  text="""Hello,

I am working on PRR 26-00388. Before I send this to the Highway Patrol Division, can you tell me whether you want only General Orders and Division Orders, or also training bulletins and lesson plans from the Arizona Law Enforcement Academy? Also, is there a date range you are interested in? The General Order on A.R.S. 11-1051 has been revised several times since 2010.

Once I hear back from you I will put the request back in the queue.

Gracias,
Aurelio Pe\u00f1a
Public Records Specialist
Arizona Department of Public Safety
""",
  charset="iso-8859-1", cte="quoted-printable",
  label=L("REQ-08", "clarification", "PRR 26-00388", "Asks which document types and date range; request paused; iso-8859-1 body and encoded sender name"))

M("2026-03-20 08:55:14 -0700", "DPS Public Records <publicrecords@azdps.gov>",
  "Your request for body camera footage from the January 14 stop",
  text="""Good morning,

This confirms that we received your request for body-worn camera video and the report from the traffic stop on I-10 on January 14. It has been logged as PRR 26-00517.

Video requests are reviewed by the Digital Evidence Unit and the investigating division before release. We will contact you once that review is complete.

Records and Public Information Unit
""",
  label=L("REQ-09", "acknowledgment", "PRR 26-00517", "Acknowledgment under a new subject, topic paraphrased; Arizona: no statutory due date", starts_clock=True))

M("2026-04-03 17:12:40 -0400", "Daniela Soto <dsoto@borderjustice.example.org>",
  "Fwd: PRR 26-00517 Response",
  text="""Forwarding for the log -- DPS came back to me directly on the I-10 video. Can we talk Monday about next steps?

Daniela

---------- Forwarded message ---------
From: DPS Public Records <publicrecords@azdps.gov>
Date: Fri, Apr 3, 2026 at 1:48 PM
Subject: PRR 26-00517 Response
To: Daniela Soto <dsoto@borderjustice.example.org>


Ms. Soto,

The Department has reviewed your request for body-worn camera video and the incident report for the January 14, 2026 traffic stop on Interstate 10.

The stop resulted in a criminal referral that remains under active investigation and prosecution. Under A.R.S. 39-121 et seq. and Arizona case law (Carlson v. Pima County; Cox Arizona Publications v. Collins), the Department may withhold records where release would be detrimental to the best interests of the State. Disclosure at this time could interfere with the pending prosecution. Accordingly, your request is denied in its entirety.

You may resubmit your request once the criminal case is resolved. Under A.R.S. 39-121.02 you may bring a special action in superior court if you disagree with this decision.

Records and Public Information Unit
Arizona Department of Public Safety
""",
  to="BJC Records Desk <foia@borderjustice.example.org>",
  label=L("REQ-09", "denial", "PRR 26-00517", "Colleague forwards DPS denial of the video in full (pending prosecution); no administrative appeal in AZ", appeal=True))

M("2026-04-09 15:30:02 -0700", "Pena, Aurelio <apena@azdps.gov>",
  "PRR 26-00388 - Records Release",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0;font-size:11pt;font-family:"Calibri",sans-serif}</style></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Good afternoon,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Per your email of March 16 limiting the request to General Orders and Highway Patrol Division Orders from 2020 to present, the responsive records are available for download here: <a href=\"""" + safelink("https://azdps.sharefile.com/d-s8c1f0a2b3e44d0a9") + """\">PRR 26-00388 Records</a>. The link expires in 30 days.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Included: GO 4.1.60 (Immigration Status Inquiries, revisions 2020, 2022, 2025) and HPD Order 24-07. Two pages of HPD Order 24-07 containing radio procedures have been redacted under A.R.S. 39-121 as disclosure would be detrimental to officer safety. This completes your request and it is now closed.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Aurelio Pe&ntilde;a<br>Public Records Specialist<br>Arizona Department of Public Safety</p>
</div></body></html>""",
  label=L("REQ-08", "records_final", "PRR 26-00388", "Final release via Safe Links-wrapped download link, small redaction; request closed", appeal=True))

# ---------------- Maricopa County Sheriff's Office (GovQA) ----------------
bounce_raw = ("From: Mail Delivery Subsystem <MAILER-DAEMON@mail.borderjustice.example.org>\r\n"
 "To: foia@borderjustice.example.org\r\n"
 "Date: Mon, 02 Mar 2026 09:17:03 -0700\r\n"
 "Subject: Undelivered Mail Returned to Sender\r\n"
 "Message-ID: <20260302161703.4F2A81C0457@mail.borderjustice.example.org>\r\n"
 "Auto-Submitted: auto-replied\r\n"
 "MIME-Version: 1.0\r\n"
 "Content-Type: multipart/report; report-type=delivery-status; boundary=\"4F2A81C0457.1772468223/mail.borderjustice.example.org\"\r\n\r\n"
 "This is a MIME-encapsulated message.\r\n\r\n"
 "--4F2A81C0457.1772468223/mail.borderjustice.example.org\r\n"
 "Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
 "This is the mail system at host mail.borderjustice.example.org.\r\n\r\n"
 "I'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n"
 "<records@mcso.maricopa.gov>: host mx1.maricopa.gov[198.51.100.25] said: 550 5.1.1\r\n"
 "    <records@mcso.maricopa.gov>: Recipient address rejected: User unknown in\r\n    virtual mailbox table (in reply to RCPT TO command)\r\n\r\n"
 "--4F2A81C0457.1772468223/mail.borderjustice.example.org\r\n"
 "Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
 "Reporting-MTA: dns; mail.borderjustice.example.org\r\nArrival-Date: Mon,  2 Mar 2026 09:16:58 -0700 (MST)\r\n\r\n"
 "Final-Recipient: rfc822; records@mcso.maricopa.gov\r\nAction: failed\r\nStatus: 5.1.1\r\n"
 "Diagnostic-Code: smtp; 550 5.1.1 <records@mcso.maricopa.gov>: Recipient address\r\n    rejected: User unknown in virtual mailbox table\r\n\r\n"
 "--4F2A81C0457.1772468223/mail.borderjustice.example.org\r\n"
 "Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
 "From: Border Justice Clinic <foia@borderjustice.example.org>\r\n"
 "To: records@mcso.maricopa.gov\r\n"
 "Subject: " + REQ["REQ-10"]["subject"] + "\r\n"
 "Date: Mon, 2 Mar 2026 09:16:55 -0700\r\n"
 "Message-ID: " + REQ["REQ-10"]["message_id"] + "\r\n"
 "Reply-To: " + REQ["REQ-10"]["reply_address"] + "\r\n\r\n"
 "--4F2A81C0457.1772468223/mail.borderjustice.example.org--\r\n").encode()
M("2026-03-02 09:17:03 -0700", "x", "x", raw=bounce_raw,
  label=L("REQ-10", "bounce", None, "DSN for our emailed MCSO request (wrong address); original Message-ID in the returned headers"))

M("2026-03-03 08:02:45 -0700", "Maricopa County Sheriff's Office <mcsorecords@mycusthelp.net>",
  "Public Records Request :: P004121-030226",
  html="""<html><body style="font-family:Verdana;font-size:12px">
<p>Dear Border Justice Clinic,</p>
<p>Thank you for your interest in public records of the Maricopa County Sheriff's Office. Your request has been received and is being processed in accordance with the Arizona Public Records Law, A.R.S. &sect; 39-121 et seq. Your request was received in this office on <b>3/2/2026</b> and given the reference number <b>P004121-030226</b> for tracking purposes.</p>
<p><b>Record(s) Requested:</b> ICE detainers (I-247A) received and release notifications sent to ICE, Maricopa County jails, calendar year 2025.</p>
<p>You can monitor the progress of your request at the link below and you'll receive an email when your request has been completed. Again, thank you for using the MCSO Public Records Center.</p>
<p><a href="https://mcso.mycusthelp.com/WEBAPP/_rs/(S(3ksz1fb2wplc0h4v))/supporthome.aspx">MCSO Public Records Center</a></p>
<p style="font-size:10px;color:#777">This is an automated message; please do not reply.</p></body></html>""",
  label=L("REQ-10", "acknowledgment", "P004121-030226", "GovQA receipt after the portal resubmission; AZ has no day count", received="2026-03-02"))

M("2026-03-10 12:00:00 -0700", "MCSO Public Information Office <pio@mcso.org>",
  "MEDIA ADVISORY: Sheriff's Office to Host Community Town Hall on Jail Operations",
  html="""<html><body><table width="640" align="center" style="font-family:Georgia"><tr><td>
<h2 style="color:#5a3e1b">MARICOPA COUNTY SHERIFF'S OFFICE</h2>
<p><b>FOR IMMEDIATE RELEASE</b> &mdash; March 10, 2026</p>
<p>PHOENIX &mdash; The Maricopa County Sheriff's Office will host a community town hall on March 19 at 6 p.m. at the South Mountain Community Center to discuss jail intake procedures, visitation and the Office's compliance reporting. Members of the public and media are welcome.</p>
<p>Media contact: Public Information Office, 602-876-1801</p>
<p style="font-size:10px">You are receiving this email because you subscribed to MCSO news releases. <a href="https://mcso.org/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>""",
  hdrs={"List-Unsubscribe": "<https://mcso.org/unsubscribe>", "Precedence": "bulk"},
  label=L(None, "other", None, "Press release from the agency's PIO list; belongs to no request"))

M("2026-03-16 13:45:09 -0700", "Maricopa County Sheriff's Office <mcsorecords@mycusthelp.net>",
  "MCSO Public Records Center - Request Updated",
  html="""<html><body style="font-family:Verdana;font-size:12px">
<p>A message has been posted to your public records request <b>P004121-030226</b>.</p>
<p>To view the message, please log into the <a href="https://mcso.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">MCSO Public Records Center</a> and select &quot;My Records Center.&quot;</p>
<p style="font-size:10px;color:#777">Please do not reply to this email.</p></body></html>""",
  label=L("REQ-10", "portal_notice", "P004121-030226", "GovQA 'message posted' notice, no content"))

M("2026-04-01 09:12:00 -0700", "Maricopa County Sheriff's Office <mcsorecords@mycusthelp.net>",
  "Payment Required :: P004121-030226",
  html="""<html><body style="font-family:Verdana;font-size:12px">
<p>Dear Border Justice Clinic,</p>
<p>The records responsive to your request <b>P004121-030226</b> have been located. Copies of the responsive records are subject to the following charges:</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-size:12px">
<tr><td>Detainer / notification records, electronic copies (850 pages @ $0.05)</td><td>$42.50</td></tr>
<tr><td><b>Total Due</b></td><td><b>$42.50</b></td></tr></table>
<p>Your request will be placed on hold until payment is received. Payment can be made online through the Public Records Center. If payment is not received within 30 days, your request will be considered withdrawn and closed.</p>
<p>MCSO Records Custodian</p></body></html>""",
  label=L("REQ-10", "fee_estimate", "P004121-030226", "GovQA payment-required notice; request on hold until paid"))

M("2026-04-14 11:31:18 -0700", "Maricopa County Sheriff's Office <mcsorecords@mycusthelp.net>",
  "Request Closed :: P004388-031626",
  html="""<html><body style="font-family:Verdana;font-size:12px">
<p>Dear Border Justice Clinic,</p>
<p>Your public records request <b>P004388-031626</b> has been closed.</p>
<p><b>Response:</b> The Maricopa County Sheriff's Office did not have a 287(g) agreement with U.S. Immigration and Customs Enforcement during the period you requested and maintains no task force rosters or monthly 287(g) reports for that period. After a search of the Enforcement Support and Custody Bureaus, no responsive records were located.</p>
<p>Thank you for using the MCSO Public Records Center.</p></body></html>""",
  label=L("REQ-11", "no_records", "P004388-031626", "No 287(g) records; first message carrying REQ-11's number; same portal as REQ-10 (similar topic)", appeal=True))

M("2026-04-24 15:05:41 -0700", "Maricopa County Sheriff's Office <mcsorecords@mycusthelp.net>",
  "Records Available :: P004121-030226",
  html="""<html><body style="font-family:Verdana;font-size:12px">
<p>Dear Border Justice Clinic,</p>
<p>Thank you for your payment. A first installment of records responsive to your request <b>P004121-030226</b> (detainers received January through June 2025) has been uploaded to the Public Records Center. The remaining records (July through December 2025) are still being reviewed for redaction of personal identifying information, and we anticipate completing them by <b>05/15/2026</b>.</p>
<p><a href="https://mcso.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">Log in to view your records</a></p></body></html>""",
  label=L("REQ-10", "records_interim", "P004121-030226", "First installment released, rest expected by a stated date", estimated="2026-05-15"))

M("2026-05-11 10:14:27 -0700", "Maricopa County Sheriff's Office <mcsorecords@mycusthelp.net>",
  "Request Completed :: P004121-030226",
  html="""<html><body style="font-family:Verdana;font-size:12px">
<p>Dear Border Justice Clinic,</p>
<p>The remaining records for request <b>P004121-030226</b> have been released and your request is now complete. Dates of birth, booking photographs and medical information were redacted as required by A.R.S. 39-121 and A.R.S. 31-221. No records were withheld in full.</p>
<p>Thank you for using the MCSO Public Records Center.</p></body></html>""",
  label=L("REQ-10", "records_final", "P004121-030226", "Final installment with redactions; request complete", appeal=True))

# ---------------- Denver PD / Aurora PD (one GovQA no-reply address) ----------------
CO = "Public Records Center <donotreply@mycusthelp.net>"
M("2026-03-10 07:40:22 -0600", CO,
  "Denver Police Department Records Request R012877-030926 Received",
  html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Requester,</p>
<p>The Denver Police Department received your records request on <b>March 9, 2026</b>. The reference number for your request is <b>R012877-030926</b>.</p>
<p>Requests for criminal justice records are processed under the Colorado Criminal Justice Records Act (CCJRA); other records are processed under the Colorado Open Records Act (CORA). Under CORA the City has three working days to respond, which may be extended by up to seven additional working days if extenuating circumstances exist.</p>
<p>Research and retrieval fees may apply after the first hour of staff time.</p>
<p>Denver Police Department &ndash; Records Unit</p></body></html>""",
  label=L("REQ-12", "acknowledgment", "R012877-030926", "GovQA acknowledgment from the no-reply address shared with Aurora; CO 3 working days", received="2026-03-09"))

M("2026-03-12 16:50:05 -0600", CO,
  "Records Request R012877-030926 - Extension",
  text="""RE: Records request R012877-030926

Dear Requester,

Pursuant to C.R.S. 24-72-203(3)(b), the custodian finds that extenuating circumstances exist because the request is broadly stated and encompasses a large volume of email that must be retrieved by Technology Services and reviewed. The time to respond is extended by seven (7) working days.

Denver Police Department - Records Unit
""",
  html="""<p>RE: Records request R012877-030926</p><p>Dear Requester,</p>
<p>Pursuant to C.R.S. 24-72-203(3)(b), the custodian finds that extenuating circumstances exist because the request is broadly stated and encompasses a large volume of email that must be retrieved by Technology Services and reviewed. The time to respond is extended by seven (7) working days.</p>
<p>Denver Police Department - Records Unit</p>""",
  label=L("REQ-12", "extension", "R012877-030926", "CORA extension of 7 working days", extends=True))

M("2026-03-27 09:03:11 -0600", CO,
  "Aurora Police Department Records Request W000913-032626",
  html="""<html><body style="font-family:Arial;font-size:13px">
<p>Thank you for submitting your request to the City of Aurora. Your request for calls for service at the Aurora ICE Processing Center was received on 3/26/2026 and assigned reference number <b>W000913-032626</b>.</p>
<p>Aurora Police Records will respond within the time frames set by the Colorado Open Records Act. You may track the request in the City of Aurora Public Records Portal.</p>
<p>Aurora Police Department &ndash; Records Section</p></body></html>""",
  label=L("REQ-13", "acknowledgment", "W000913-032626", "Aurora via the same no-reply as Denver; 3 working days skip Cesar Chavez Day (Mar 31)", received="2026-03-26"))

M("2026-03-30 14:22:47 -0600", CO,
  "Records Request R012877-030926 Completed",
  html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Requester,</p>
<p>Your request R012877-030926 has been completed. 214 pages of email between Department personnel and ICE Enforcement and Removal Operations, Denver Field Office, are available for download in the Public Records Center.</p>
<p>Portions have been redacted and 17 emails have been withheld in full under C.R.S. 24-72-305(5) because they relate to open criminal investigations, and the custodian has determined under the CCJRA that release of those records would be contrary to the public interest. Personal contact information of third parties has also been redacted.</p>
<p>Research time totaled 1.5 hours; the first hour is free, and no fee has been charged.</p>
<p>Denver Police Department &ndash; Records Unit</p></body></html>""",
  label=L("REQ-12", "records_final", "R012877-030926", "Final release with some emails withheld under the CCJRA; no administrative appeal in CO", appeal=True))

M("2026-04-02 11:18:30 -0600", CO,
  "Aurora Police Records - Clarification Needed - W000913-032626",
  html="""<html><body style="font-family:Arial;font-size:13px">
<p>Hello,</p>
<p>Regarding request <b>W000913-032626</b>: our CAD system returns more than 1,900 calls for service tied to 3130 N. Oakland St. for 2025, most of them administrative (transport escorts, alarm calls). Would you like the full list, or only calls with a medical, death or disturbance disposition? Please respond through the portal; the request will remain on hold until we receive your reply.</p>
<p>Aurora Police Department &ndash; Records Section</p></body></html>""",
  label=L("REQ-13", "clarification", "W000913-032626", "Asks to narrow the CAD list; on hold"))

aurora_bounce = ("From: Microsoft Outlook <postmaster@auroragov.org>\r\n"
 "To: foia@borderjustice.example.org\r\n"
 "Date: Thu, 16 Apr 2026 10:02:18 -0600\r\n"
 "Subject: Undeliverable: RE: Aurora Police Records - Clarification Needed - W000913-032626\r\n"
 "Message-ID: <a91be2f0-7d3c-4f1e-b8a2-55c0d9e1f3a7@auroragov.org>\r\n"
 "In-Reply-To: <req-13.20260416.3@borderjustice.example.org>\r\n"
 "Auto-Submitted: auto-replied\r\n"
 "MIME-Version: 1.0\r\n"
 "Content-Type: multipart/report; report-type=delivery-status; boundary=\"_000_dsn_aurora_\"\r\n\r\n"
 "--_000_dsn_aurora_\r\nContent-Type: text/html; charset=\"us-ascii\"\r\n\r\n"
 "<html><body><p><b><font color=\"#000066\" size=\"3\">Your message to kmaldonado@auroragov.org couldn't be delivered.</font></b></p>"
 "<p>kmaldonado wasn't found at auroragov.org.</p><p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>\r\n"
 "--_000_dsn_aurora_\r\nContent-Type: message/delivery-status\r\n\r\n"
 "Reporting-MTA: dns;BN8PR09MB4321.namprd09.prod.outlook.com\r\n\r\n"
 "Final-recipient: RFC822; kmaldonado@auroragov.org\r\nAction: failed\r\nStatus: 5.1.10\r\n"
 "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound\r\n\r\n"
 "--_000_dsn_aurora_\r\nContent-Type: text/rfc822-headers\r\n\r\n"
 "From: Border Justice Clinic <foia@borderjustice.example.org>\r\nTo: kmaldonado@auroragov.org\r\n"
 "Subject: RE: Aurora Police Records - Clarification Needed - W000913-032626\r\n"
 "Message-ID: <req-13.20260416.3@borderjustice.example.org>\r\n"
 "References: " + REQ["REQ-13"]["message_id"] + "\r\n\r\n"
 "--_000_dsn_aurora_--\r\n").encode()
M("2026-04-16 10:02:18 -0600", "x", "x", raw=aurora_bounce,
  label=L("REQ-13", "bounce", "W000913-032626", "Exchange NDR for our follow-up to an Aurora clerk; number in the returned subject"))

M("2026-04-17 13:40:09 -0600", CO,
  "Request W000913-032626 Closed",
  html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Requester,</p>
<p>As narrowed in your portal message of April 6, the CAD summary of calls for service with medical, death or disturbance dispositions at 3130 N. Oakland St. for calendar year 2025 (112 calls) is attached to your request in the portal. Names of patients and callers have been redacted. Your request is now closed.</p>
<p>Aurora Police Department &ndash; Records Section</p></body></html>""",
  label=L("REQ-13", "records_final", "W000913-032626", "Final CAD release with name redactions; closed", appeal=True))
