from common import *

# 041 Jail authority withholds the mortality reviews in full (no records released in this letter)
write('041-rrrja-denial-reviews.eml', msg([
    ('From', 'Tammy Oakes <toakes@rrrja.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'RE: FOIA request - mortality reviews'),
    ('Date', 'Mon, 26 Oct 2026 16:00:19 -0400'),
    ('Message-ID', mid('041', 'rrrja.org')),
    ('In-Reply-To', mid('020', 'rrrja.org')),
    ('References', mid('007', 'rrrja.org') + ' ' + mid('012', 'rrrja.org') + ' ' + mid('020', 'rrrja.org')),
], text="""This is the rest of the response to your request of September 15.

The Authority has three mortality reviews for deaths in custody since January 2023.
After review by the Authority's counsel, all three are withheld in their entirety:

- Va. Code 2.2-3705.5(1): health records of the individuals, which may be released
  only to the personal representative; and
- Va. Code 2.2-3706.1(B): two of the deaths remain under investigation by the
  Virginia State Police, and the reviews are part of the criminal investigative file.
- The reviews are also records of a quality-assurance review by the contracted
  medical provider, protected by Va. Code 8.01-581.17.

No segregable portion can be released. Together with the medical contract sent on
October 1, this completes our response.

Tammy Oakes
FOIA Officer
Rappahannock Ridge Regional Jail Authority
"""))

# 042 GovQA acknowledges the second DRCA request
write('042-orodelta-govqa-ack-contract.eml', msg([
    ('From', 'Oro Delta County Public Records Center <orodeltacountyca@govqa.us>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Public Records Request :: R000587-102626'),
    ('Date', 'Tue, 27 Oct 2026 08:12:40 -0700'),
    ('Message-ID', mid('042', 'govqa.us')),
], html="""<html><body style="font-family:Verdana,Arial;font-size:9pt">
<p>Dear Records Desk,</p>
<p>Thank you for using the Oro Delta County Public Records Center. Your request has been received and assigned reference number <b>R000587-102626</b>.</p>
<table border="1" cellspacing="0" cellpadding="4" style="font-size:9pt">
<tr><td>Reference No.</td><td>R000587-102626</td></tr>
<tr><td>Date Received</td><td>10/26/2026</td></tr>
<tr><td>Department</td><td>Delta Regional Communications Authority (9-1-1)</td></tr>
<tr><td>Description</td><td>Executive director employment contract; legal services agreement with City of Las Lomas</td></tr>
</table>
<p>Under the California Public Records Act you will be notified within 10 days whether disclosable records exist.</p>
<p>To check status, log in to the <a href="https://orodeltacountyca.govqa.us/WEBAPP/_rs/supporthome.aspx">Public Records Center</a>. Replies to this address are not monitored.</p>
</body></html>"""))

# 043 Ohio solid waste district: Google Group collaborative inbox; fee estimate before scanning
write('043-mvjswd-ggroup-fee.eml', msg([
    ('From', '"Jim Marsh via MVJSWD Records" <records@mvjswd.org>'),
    ('Reply-To', 'records@mvjswd.org'),
    ('To', 'Records Desk <records+req-112@records.example.org>'),
    ('Subject', 'Re: ' + REQS['REQ-112']['subject']),
    ('Date', 'Wed, 28 Oct 2026 13:27:44 -0400'),
    ('Message-ID', '<CAF3k9z+Qh2mV0pLq1rWm8fT4x@mail.gmail.com>'),
    ('In-Reply-To', req_mid('REQ-112')),
    ('References', req_mid('REQ-112')),
    ('List-Id', '<records.mvjswd.org>'),
    ('X-Original-Sender', 'jmarsh@stantoncountyoh.gov'),
    ('X-Original-From', 'Jim Marsh <jmarsh@stantoncountyoh.gov>'),
    ('Mailing-list', 'list records@mvjswd.org; contact records+owners@mvjswd.org'),
    ('Precedence', 'list'),
], text="""Hi,

Sorry for the slow reply, I am the only full-time staff at the District (our office
is in the Stanton County engineer's building). The current hauler contracts (2023
and 2025) are electronic and I can send those free. The 2019-2022 contracts and
the 2021 recycling audit are paper, in storage at the county records center.

The county records center charges to retrieve and scan boxes: I figure about 3
boxes, $15 per box retrieval plus 5 cents a page for scanning, roughly 900 pages.
So about $90.00 total. Let me know if you want me to go ahead with the paper part
and I will send an invoice; I can't start the retrieval until you say OK.

Jim Marsh
Director, Miami Valley Joint Solid Waste Management District

--
You received this message because you are subscribed to the Google Groups "MVJSWD Records" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@mvjswd.org.
"""))

# 044 Google "Address not found" for a NOACA staffer who left; our follow-up on PRR 2026-044
g = """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: records@records.example.org
Subject: Delivery Status Notification (Failure)
Date: Mon, 02 Nov 2026 08:41:09 -0800
Message-ID: %(mid)s
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
 boundary="000000000000a1b2c3d4e5f60718"

--000000000000a1b2c3d4e5f60718
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to jkeller@mpo.noaca.org because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--000000000000a1b2c3d4e5f60718
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 02 Nov 2026 08:41:07 -0800

Final-Recipient: rfc822; jkeller@mpo.noaca.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--000000000000a1b2c3d4e5f60718
Content-Type: message/rfc822

From: Records Desk <records@records.example.org>
Reply-To: records+req-111@records.example.org
To: jkeller@mpo.noaca.org
Subject: Question about withheld emails, PRR 2026-044
Date: Mon, 02 Nov 2026 11:41:03 -0500
Message-ID: <req-111.20261102.2@records.example.org>
References: %(rq)s %(fin)s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Mr. Keller, could you tell us whether any of the eleven withheld emails in
PRR 2026-044 were also sent to ODOT staff? That could affect the privilege claim.

Records Desk

--000000000000a1b2c3d4e5f60718--
""" % {'mid': '<000000000000b7f1e2a3c4d5e6f7@google.com>', 'rq': req_mid('REQ-111'), 'fin': mid('028', 'mpo.noaca.org')}
write('044-bounce-google-noaca.eml', g)

# 045 Shared counsel: transfer of part of the request to the City of Las Lomas clerk (no tracking number)
write('045-laslomas-counsel-transfer.eml', msg([
    ('From', '"Patel, Anand" <apatel@laslomasca.gov>'),
    ('To', 'records@records.example.org'),
    ('Cc', 'City Clerk <cityclerk@laslomasca.gov>, Marisol Ybarra <mybarra@deltarca.org>'),
    ('Subject', 'Your request for the DRCA director contract and legal services agreement'),
    ('Date', 'Tue, 03 Nov 2026 10:48:02 -0800'),
    ('Message-ID', mid('045', 'laslomasca.gov')),
    ('Thread-Index', 'AdtUq9v0c3Bf1Xg5T0O7jW2kNnA8lQ=='),
], text="""Dear Records Desk:

Since I am the subject of part of your recent request, I want to explain how it
will be handled. The Las Lomas City Attorney's Office serves as DRCA's general
counsel under a legal services agreement between the City and the Authority. The
City's copy of that agreement, and the City's billing to DRCA under it, are City
records. I have therefore forwarded that part of your request to the Las Lomas City
Clerk, copied here, who will process it under the City's procedures and respond to
you directly.

The Executive Director's employment contract is a DRCA record. Ms. Ybarra will
respond to that part through the county portal.

Anand Patel
Senior Deputy City Attorney, City of Las Lomas
"""))

# 046 JustFOIA: request completed, records released with confidential caller data redacted
write('046-sotol-justfoia-final.eml', msg([
    ('From', 'Sotol County Public Information <sotolcountytx@justfoia.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Request #2026-0488 - Completed'),
    ('Date', 'Wed, 04 Nov 2026 14:20:10 -0600'),
    ('Message-ID', mid('046', 'justfoia.com')),
], html="""<html><body style="font-family:'Segoe UI',Arial;font-size:10pt">
<div style="border:1px solid #c9d3df;padding:14px;max-width:560px">
<p><b>Sotol County &ndash; Public Information Requests</b></p>
<p>Your request 2026-0488 has been marked <b>Completed</b> by Lower Pecos 9-1-1 Emergency Communication District.</p>
<blockquote style="border-left:3px solid #9ab;padding-left:8px">
Payment of $64.00 was received 10/29/2026. The CAD event chronology and the four 9-1-1 call recordings are now available for download in the portal. The name, address and telephone number of each 9-1-1 caller, which are confidential under Texas Health and Safety Code &sect;772.318 and excepted from disclosure by Gov't Code &sect;552.101, have been redacted from the chronology and muted in the audio. The radio traffic is included. This completes the District's response.
</blockquote>
<p><a href="https://sotolcountytx.justfoia.com/publicportal/home/track">Download your records</a> (available for 60 days).</p>
<p style="font-size:8pt;color:#777">This message was sent by JustFOIA on behalf of Sotol County. Replies to this email are not monitored.</p>
</div></body></html>"""))

# 047 Water authority: Virginia 7-working-day extension; Election Day holiday in between; first contact gives number
write('047-brrwa-extension.eml', msg([
    ('From', 'Blue Ridge Regional Water Authority <foia@brrwa.org>'),
    ('To', 'Records Desk <records+req-110@records.example.org>'),
    ('Subject', 'FOIA 26-31 (PFAS sampling) - additional time needed'),
    ('Date', 'Mon, 09 Nov 2026 15:06:33 -0500'),
    ('Message-ID', mid('047', 'brrwa.org')),
    ('In-Reply-To', req_mid('REQ-110')),
    ('References', req_mid('REQ-110')),
], text="""Dear Records Desk:

The Blue Ridge Regional Water Authority received your Virginia FOIA request on
November 2, 2026; we have logged it as FOIA 26-31.

Pursuant to Va. Code 2.2-3704(B)(4), this letter notifies you that it is not
practically possible to provide the requested records or determine whether they
are available within the five-work-day period. The PFAS results are held by our
contract laboratory and the consultant reports include drafts that counsel must
review. The Authority will respond within the additional seven work days allowed
by the statute.

Please note that the Authority's offices were closed on Tuesday, November 3 for
Election Day.

Sincerely,

Rebecca Tolliver, Clerk of the Board and FOIA Officer
Blue Ridge Regional Water Authority
"""))

# 048 CR911 public records officer: needs more time, new estimate (WA: no statutory extension days)
write('048-cr911-revised-estimate.eml', msg([
    ('From', 'Shawna Pruitt <spruitt@cr911.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'CR911-PRR-0193 revised estimate'),
    ('Date', 'Mon, 09 Nov 2026 16:40:05 -0800'),
    ('Message-ID', mid('048', 'cr911.org')),
    ('X-MS-Has-Attach', ''),
    ('Thread-Index', 'AdtY9c1KzZ8x2cWhQh2bK3o1vQ3u2Q=='),
], text="""Hello,

Sorry our automated mailbox bounced your question; it can't take replies. Please
write to me or to publicrecords@cr911.org.

For CR911-PRR-0193 (CAD logs and audio, October 3 officer-involved shooting): the
Independent Investigation Team led by the county sheriff has asked us to hold the
audio while it consults with the prosecutor. We need more time to coordinate with
the investigating agency and to review for exemptions. Our revised estimate for a
response is December 11, 2026. If that changes I will let you know.

Shawna Pruitt
Public Records Officer
Cascade Regional 911 Communications
(360) 555-0148
""", html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello,</p>
<p>Sorry our automated mailbox bounced your question; it can't take replies. Please write to me or to publicrecords@cr911.org.</p>
<p>For CR911-PRR-0193 (CAD logs and audio, October 3 officer-involved shooting): the Independent Investigation Team led by the county sheriff has asked us to hold the audio while it consults with the prosecutor. We need more time to coordinate with the investigating agency and to review for exemptions. Our revised estimate for a response is <b>December 11, 2026</b>. If that changes I will let you know.</p>
<p>Shawna Pruitt<br>Public Records Officer<br>Cascade Regional 911 Communications<br>(360) 555-0148</p>
</div></body></html>"""))

# 049 Jail authority: minutes and per diem invoices released in full
write('049-rrrja-final-minutes.eml', msg([
    ('From', 'Tammy Oakes <toakes@rrrja.org>'),
    ('To', 'records@records.example.org'),
    ('Cc', 'Priya Raman <praman@records.example.org>'),
    ('Subject', 'RE: Board minutes / per diem request - cost estimate'),
    ('Date', 'Fri, 13 Nov 2026 11:02:58 -0500'),
    ('Message-ID', mid('049', 'rrrja.org')),
    ('In-Reply-To', mid('038', 'rrrja.org')),
    ('References', mid('038', 'rrrja.org')),
], text="""Attached are the FY2026 board minutes (11 meetings) and the per diem invoices to
the four member localities with the jail-day reports. Payment of $156.00 received,
thank you. Nothing was withheld. This request is complete.

Tammy Oakes
FOIA Officer, RRRJA
""", attachments=[('RRRJA FY2026 minutes and per diem invoices.pdf', pdf('RAPPAHANNOCK RIDGE REGIONAL JAIL AUTHORITY\nBoard of Directors - Minutes, July 16, 2025\nPer diem billing FY2026 - member localities: 4\nJail days billed July 2025: 6,812 at $38.00'), 'application/pdf')]))

# 050 PSRC second and final installment; request closed
write('050-psrc-final-installment.eml', msg([
    ('From', 'Dana Ostrowski <dostrowski@psrc.org>'),
    ('To', 'Records Desk <records+req-113@records.example.org>'),
    ('Subject', 'PRR-2026-058 - Installment 2 (final)'),
    ('Date', 'Wed, 18 Nov 2026 14:55:12 -0800'),
    ('Message-ID', mid('050', 'psrc.org')),
    ('In-Reply-To', mid('037', 'psrc.org')),
    ('References', req_mid('REQ-113') + ' ' + mid('026', 'psrc.org') + ' ' + mid('037', 'psrc.org')),
], text="""Hello,

The second and final installment for PRR-2026-058 is ready: the SoundCast
consultant contracts and amendments and all invoices since January 2024 (31
documents). The notified consultant did not seek an injunction, so the invoices are
released in full.

https://psrc.sharefile.com/d-prr2026058-2

With this installment PSRC has completed its response and PRR-2026-058 is closed.

Dana Ostrowski
Public Records Officer | Puget Sound Regional Council
"""))
