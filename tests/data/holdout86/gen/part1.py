from common import *

# 001 SACOG NextRequest acknowledgment (multipart/alternative, plus-address)
write('001-sacog-nextrequest-ack.eml', msg([
    ('From', 'SACOG Public Records <sacog@mail.nextrequest.com>'),
    ('To', plus('REQ-101')),
    ('Subject', '[Records Request] Your SACOG public records request #26-341 has been submitted'),
    ('Date', 'Tue, 08 Sep 2026 14:10:22 -0700'),
    ('Message-ID', mid('001', 'mail.nextrequest.com')),
    ('X-Mailer', 'NextRequest'),
], text="""Your record request #26-341 has been submitted and received by Sacramento Area Council of Governments.

Request text:
"All consultant contracts, task orders, amendments and invoices for work on the
2027 Metropolitan Transportation Plan / Sustainable Communities Strategy update..."

Received: September 8, 2026 via email

You can view the status of your request at any time:
https://sacog.nextrequest.com/requests/26-341

SACOG responds to requests under the California Public Records Act (Gov. Code
section 7920.000 et seq.). You will receive an email when documents are released
or the request is updated.

-- Powered by NextRequest. Please do not reply to this email.
""", html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td style="background:#00507a;color:#fff;padding:12px">
<b>Sacramento Area Council of Governments</b></td></tr>
<tr><td style="padding:16px">
<p>Your record request <b>#26-341</b> has been submitted and received by Sacramento Area Council of Governments.</p>
<p style="color:#666"><i>&ldquo;All consultant contracts, task orders, amendments and invoices for work on the 2027 Metropolitan Transportation Plan / Sustainable Communities Strategy update&hellip;&rdquo;</i></p>
<p>Received: September 8, 2026 via email</p>
<p><a href="https://sacog.nextrequest.com/requests/26-341" style="background:#00507a;color:#fff;padding:8px 14px;text-decoration:none">View request 26-341</a></p>
<p style="font-size:11px;color:#888">SACOG responds to requests under the California Public Records Act (Gov. Code &sect; 7920.000 et seq.). Powered by NextRequest. Please do not reply to this email.</p>
</td></tr></table></body></html>"""))

# 002 NCTCOG acknowledgment quoting our request, threaded, TX PIA, hedged cost remark
write('002-nctcog-ack-quoted.eml', msg([
    ('From', 'NCTCOG Open Records <openrecords@nctcog.org>'),
    ('To', 'Records Desk <records+req-104@records.example.org>'),
    ('Subject', 'RE: ' + REQS['REQ-104']['subject']),
    ('Date', 'Wed, 09 Sep 2026 10:22:41 -0500'),
    ('Message-ID', mid('002', 'nctcog.org')),
    ('In-Reply-To', req_mid('REQ-104')),
    ('References', req_mid('REQ-104')),
    ('Thread-Topic', 'Texas PIA Request: Grant applications submitted to FTA'),
    ('Thread-Index', 'AdtCq3wHk2bq0L9aQm6iZfWl8tYx1A=='),
    ('X-MS-Has-Attach', ''),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
], text="""Good morning,

The North Central Texas Council of Governments received your request for public
information on September 9, 2026. It has been logged as PIR 26-0917; please
reference that number in any future correspondence.

Transportation Department staff are gathering the grant applications now. If the
cost of providing copies will exceed $40.00, you will receive an itemized
statement of estimated charges before any work is done, as required by Section
552.2615 of the Government Code. Electronic records are usually provided at no
charge.

Regards,

Open Records Coordinator
North Central Texas Council of Governments
616 Six Flags Drive | Arlington, TX 76011
openrecords@nctcog.org

""" + quote('REQ-104', 'Wed, Sep 9, 2026 at 8:02 AM')))

# 003 ARC out-of-office auto-reply, threaded
write('003-arc-ooo.eml', msg([
    ('From', 'Karen Whitlow <kwhitlow@atlantaregional.org>'),
    ('To', 'Records Desk <records+req-106@records.example.org>'),
    ('Subject', 'Automatic reply: ' + REQS['REQ-106']['subject']),
    ('Date', 'Thu, 10 Sep 2026 17:05:09 -0400'),
    ('Message-ID', mid('003', 'atlantaregional.org')),
    ('In-Reply-To', req_mid('REQ-106')),
    ('References', req_mid('REQ-106')),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'kwhitlow@atlantaregional.org'),
], text="""I am out of the office attending the GAMPO conference and will return on Monday,
September 14. Open records requests sent to me will be logged upon my return. For
urgent matters please call the ARC main line at 470-378-1600.

Karen Whitlow
Records Manager | Atlanta Regional Commission
"""))

# 004 SACOG newsletter - not about any request
write('004-sacog-newsletter.eml', msg([
    ('From', 'SACOG <news@sacog.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Regional Pulse | September 2026: Blueprint workshops, Green Means Go awards'),
    ('Date', 'Fri, 11 Sep 2026 09:00:03 -0700'),
    ('Message-ID', mid('004', 'mail.sacog.org')),
    ('List-Unsubscribe', '<https://sacog.us4.list-manage.com/unsubscribe?u=8c1a&id=77d2>'),
    ('Precedence', 'bulk'),
], html="""<html><body style="font-family:Georgia,serif;max-width:620px">
<h2 style="color:#00507a">Regional Pulse</h2>
<p>September 2026 &middot; Sacramento Area Council of Governments</p>
<h3>Join a Blueprint workshop</h3>
<p>We are hosting six community workshops this fall on the next update of the regional plan. Residents of El Dorado, Placer, Sacramento, Sutter, Yolo and Yuba counties can drop in to share where they think housing and transit should go.</p>
<h3>Green Means Go awards</h3>
<p>The SACOG Board approved $14 million in Green Means Go grants for infill infrastructure in 11 cities.</p>
<h3>Public records</h3>
<p>Did you know SACOG posts board packets and contracts on its website? Visit our transparency page before filing a records request.</p>
<p style="font-size:11px;color:#777">You are receiving this email because you subscribed at sacog.org. <a href="https://sacog.us4.list-manage.com/unsubscribe?u=8c1a&amp;id=77d2">Unsubscribe</a></p>
</body></html>"""))

# 005 ARC acknowledgment: received date (Fri Sep 11) differs from sent (Thu Sep 10), GA 3-day response with timeline
write('005-arc-ack-received-date.eml', msg([
    ('From', 'Karen Whitlow <kwhitlow@atlantaregional.org>'),
    ('To', 'Records Desk <records+req-106@records.example.org>'),
    ('Subject', 'RE: ' + REQS['REQ-106']['subject']),
    ('Date', 'Mon, 14 Sep 2026 11:40:17 -0400'),
    ('Message-ID', mid('005', 'atlantaregional.org')),
    ('In-Reply-To', req_mid('REQ-106')),
    ('References', req_mid('REQ-106')),
    ('Thread-Index', 'AdtEfa1Jm0yB7c3WQdKq9n2s1oLZrA=='),
    ('X-MS-Has-Attach', ''),
], text="""Good morning,

Your email arrived after 5:00 p.m. on Thursday, so the Atlanta Regional Commission
considers your Open Records Act request received on Friday, September 11, 2026.

The Executive Director's employment agreement and its amendments are held by our
Human Resources and Legal offices. We expect to have them reviewed and ready for
release on or before September 30, 2026. There is no charge for electronic copies
of records of this size.

Thank you,

Karen Whitlow
Records Manager
Atlanta Regional Commission
229 Peachtree Street NE, Suite 100 | Atlanta, GA 30303
""", html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Your email arrived after 5:00 p.m. on Thursday, so the Atlanta Regional Commission considers your Open Records Act request received on <b>Friday, September 11, 2026</b>.</p>
<p>The Executive Director&rsquo;s employment agreement and its amendments are held by our Human Resources and Legal offices. We expect to have them reviewed and ready for release on or before <b>September 30, 2026</b>. There is no charge for electronic copies of records of this size.</p>
<p>Thank you,</p>
<p>Karen Whitlow<br>Records Manager<br>Atlanta Regional Commission<br>229 Peachtree Street NE, Suite 100 | Atlanta, GA 30303</p>
</body></html>"""))

# 006 Exchange NDR for our REQ-108 request to a dead jail address
ndr = """From: postmaster@rrrja.org
To: records@records.example.org
Subject: Undeliverable: %(subj)s
Date: Mon, 14 Sep 2026 13:02:55 -0400
Message-ID: %(mid)s
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
 boundary="NDR_b7e2c1_0914"

--NDR_b7e2c1_0914
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

foia@rrrja.org
The email address you entered couldn't be found. Please check the recipient's
email address and try to resend the message. If the problem continues, please
contact your helpdesk.

Diagnostic information for administrators:

Generating server: MAIL01.rrrja.local

foia@rrrja.org
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

--NDR_b7e2c1_0914
Content-Type: message/delivery-status

Reporting-MTA: dns;MAIL01.rrrja.local
Arrival-Date: Mon, 14 Sep 2026 17:02:51 +0000

Final-Recipient: rfc822;foia@rrrja.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--NDR_b7e2c1_0914
Content-Type: text/rfc822-headers

From: Records Desk <records@records.example.org>
Reply-To: records+req-108@records.example.org
To: foia@rrrja.org
Subject: %(subj)s
Date: Mon, 14 Sep 2026 12:58:10 -0400
Message-ID: %(rmid)s

--NDR_b7e2c1_0914--
""" % {'subj': REQS['REQ-108']['subject'], 'mid': mid('006', 'MAIL01.rrrja.local'), 'rmid': req_mid('REQ-108')}
write('006-rrrja-exchange-ndr.eml', ndr)

# 007 Jail authority: terse ack of the resent request, states received Sep 15 (sent Sep 14); no number
write('007-rrrja-ack-terse.eml', msg([
    ('From', 'Tammy Oakes <toakes@rrrja.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'FOIA request'),
    ('Date', 'Tue, 15 Sep 2026 16:30:44 -0400'),
    ('Message-ID', mid('007', 'rrrja.org')),
], text="""Received your FOIA request for the death reviews and medical contract 9/15/2026.
The address you used before is no longer active, use records@rrrja.org.

Tammy Oakes
Administrative Assistant / FOIA Officer
Rappahannock Ridge Regional Jail Authority
"""))

# 008 Oro Delta County GovQA center acknowledges the DRCA request (portal address serves several county agencies)
write('008-orodelta-govqa-ack.eml', msg([
    ('From', 'Oro Delta County Public Records Center <orodeltacountyca@govqa.us>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Public Records Request :: R000512-091526'),
    ('Date', 'Wed, 16 Sep 2026 10:02:13 -0700'),
    ('Message-ID', mid('008', 'govqa.us')),
], html="""<html><body style="font-family:Verdana,Arial;font-size:9pt">
<p>Dear Records Desk,</p>
<p>Thank you for using the Oro Delta County Public Records Center. Your request has been received and assigned reference number <b>R000512-091526</b>.</p>
<table border="1" cellspacing="0" cellpadding="4" style="font-size:9pt">
<tr><td>Reference No.</td><td>R000512-091526</td></tr>
<tr><td>Date Received</td><td>9/15/2026</td></tr>
<tr><td>Department</td><td>Delta Regional Communications Authority (9-1-1)</td></tr>
<tr><td>Description</td><td>CAD incident log and 911 audio, structure fire, Alder Court, Las Lomas, 09/12/2026</td></tr>
</table>
<p>Requests for records of the Delta Regional Communications Authority are processed by the Authority's Clerk of the Board. Under the California Public Records Act you will be notified within 10 days whether disclosable records exist.</p>
<p>To check status, log in to the <a href="https://orodeltacountyca.govqa.us/WEBAPP/_rs/supporthome.aspx">Public Records Center</a>. Replies to this address are not monitored.</p>
</body></html>"""))

# 009 NOACA acknowledgment with an anticipated date (Ohio: no statutory deadline)
write('009-noaca-ack-estimate.eml', msg([
    ('From', 'NOACA Public Records <publicrecords@mpo.noaca.org>'),
    ('To', 'Records Desk <records+req-111@records.example.org>'),
    ('Subject', 'PRR 2026-044 - Acknowledgment'),
    ('Date', 'Wed, 16 Sep 2026 15:20:00 -0400'),
    ('Message-ID', mid('009', 'mpo.noaca.org')),
    ('In-Reply-To', req_mid('REQ-111')),
], text="""Dear Requester:

The Northeast Ohio Areawide Coordinating Agency acknowledges your public records
request dated September 16, 2026, for 2026 board meeting packets and
correspondence concerning Transportation Improvement Program amendments. It has
been assigned number PRR 2026-044.

Board packets are posted at www.noaca.org/board. Staff are compiling the TIP
correspondence, which must be reviewed for attorney-client privileged material. We
anticipate providing the responsive records by October 9, 2026.

Ohio Revised Code 149.43(B) requires that records be made available within a
reasonable period of time.

Sincerely,

Office of the General Counsel
Northeast Ohio Areawide Coordinating Agency
1299 Superior Avenue, Cleveland, Ohio 44114
"""))

# 010 SACOG NextRequest: due date extended (CPRA 14-day extension)
write('010-sacog-nextrequest-extension.eml', msg([
    ('From', 'SACOG Public Records <sacog@mail.nextrequest.com>'),
    ('To', plus('REQ-101')),
    ('Subject', '[Records Request] Request #26-341 has been updated'),
    ('Date', 'Thu, 17 Sep 2026 08:45:30 -0700'),
    ('Message-ID', mid('010', 'mail.nextrequest.com')),
], text="""Record request #26-341 has been updated.

Due date changed: September 18, 2026 -> October 2, 2026

Message from SACOG:
"Pursuant to Government Code section 7922.535, SACOG is extending the time to
respond to your request by 14 days. The records sought are held by several
consultants and the Finance division, and a voluminous amount of separate and
distinct records is involved. We will provide a determination, and any releasable
records, by October 2, 2026."

View the request: https://sacog.nextrequest.com/requests/26-341

-- Powered by NextRequest. Please do not reply to this email.
"""))
