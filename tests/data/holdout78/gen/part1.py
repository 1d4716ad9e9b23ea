"""Messages 001-010."""
from lib import add, build, pdf, outlook, gg, req_mid, plus, INBOX

# 001 Lathrop City Clerk auto-responder to REQ-001
m = req_mid(1, '2026-09-08')
add('001-lathrop-clerk-autoreply.eml', build([
    ('From', 'City of Lathrop City Clerk <cityclerk@ci.lathrop.ca.us>'),
    ('To', plus(1)),
    ('Subject', 'Automatic reply: CPRA Request: City of Lathrop contracts and change orders for the Lathrop Road widening project, 2023-2026'),
    ('Date', 'Tue, 08 Sep 2026 15:02:11 -0700'),
    ('Message-ID', '<a41c90e2f7d84b1a9f3e@CY4PR14MB1123.namprd14.prod.outlook.com>'),
    ('In-Reply-To', m), ('References', m),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
] + outlook('CPRA Request: City of Lathrop contracts and change orders for the Lathrop Road widening project, 2023-2026', 'AQHbL6y2XHk0tEN9Q2yXc8a1B0mZ7w==')[:2],
text="""Thank you for contacting the City of Lathrop City Clerk's Office.

This mailbox is monitored Monday through Thursday, 7:30 a.m. to 6:00 p.m.
City Hall is closed on Fridays.

Public records requests are logged in the order received. A member of our
staff will contact you if we need more information. Please do not reply to
this automated message.

City Clerk's Office | 390 Towne Centre Drive, Lathrop, CA 95330 | (209) 941-7230
"""), 'REQ-001', 'auto_reply', signals=['thread', 'plus'],
    why='Lathrop City Clerk mailbox auto-responder threaded to our request; no acknowledgment, no number')

# 002 RMCSD District Secretary acknowledges REQ-002, quoting the request
m = req_mid(2, '2026-09-09')
add('002-rmcsd-secretary-ack.eml', build([
    ('From', 'Amelia Strand <districtsecretary@rmcsd.org>'),
    ('To', plus(2)),
    ('Subject', 'RE: CPRA Request: Rancho Murieta CSD water loss audits and closed-session settlement agreements, 2022-2026'),
    ('Date', 'Wed, 09 Sep 2026 10:14:37 -0700'),
    ('Message-ID', '<0d2e6b1c88f34f0c@rmcsd.org>'),
    ('In-Reply-To', m), ('References', m),
], text="""Good morning,

This email confirms that the District received your Public Records Act
request today, September 9, 2026. I have forwarded it to District Counsel
for review, and you should hear from the District or its counsel within the
time provided by the Public Records Act.

Thank you,

Amelia Strand
District Secretary / Board Clerk
Rancho Murieta Community Services District
15160 Jackson Road, Rancho Murieta, CA 95683
(916) 354-3700

-----Original Message-----
From: Records Desk <records+req-002@records.example.org>
Sent: Wednesday, September 9, 2026 8:03 AM
To: District Secretary <districtsecretary@rmcsd.org>
Subject: CPRA Request: Rancho Murieta CSD water loss audits and closed-session settlement agreements, 2022-2026

Under the California Public Records Act (Gov. Code 7920.000 et seq.), I
request copies of: (1) the District's validated annual water loss audits
submitted to DWR for 2022 through 2026; (2) any settlement agreement
approved or reported out of closed session from January 2022 to date.
"""), 'REQ-002', 'acknowledgment', clock='received_on_sent_date', signals=['thread', 'plus'],
    why='District Secretary (own staff) confirms receipt on Sep 9 (= sent) and says counsel will review; no number')

# 003 RecordsBridge (vendor) acknowledgment for Lodi USD, HTML only
add('003-recordsbridge-lodi-ack.eml', build([
    ('From', 'Lodi Unified School District Records Center <notifications@recordsbridge.com>'),
    ('To', plus(3)),
    ('Subject', 'Request Received - LUSD-2026-0412'),
    ('Date', 'Thu, 10 Sep 2026 09:31:52 -0700'),
    ('Message-ID', '<rb.lusd.0412.1.1789058312@mailer.recordsbridge.com>'),
    ('X-Mailer', 'RecordsBridge Notify 4.2'),
], html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#222">
<div style="background:#0b4f6c;color:#fff;padding:10px 14px"><b>Lodi Unified School District</b> &middot; Public Records Center</div>
<p>Hello Records Desk,</p>
<p>Your public records request has been received and logged. Lodi Unified School District uses
RecordsBridge to process requests under the California Public Records Act.</p>
<table cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr><td style="border:1px solid #ccc"><b>Request #</b></td><td style="border:1px solid #ccc">LUSD-2026-0412</td></tr>
<tr><td style="border:1px solid #ccc"><b>Received</b></td><td style="border:1px solid #ccc">09/10/2026</td></tr>
<tr><td style="border:1px solid #ccc"><b>Description</b></td><td style="border:1px solid #ccc">Student transportation contracts; bus driver background check policies</td></tr>
<tr><td style="border:1px solid #ccc"><b>Status</b></td><td style="border:1px solid #ccc">Submitted</td></tr>
</table>
<p>The District will notify you of its determination within the time required by law. You can
track your request at <a href="https://lodiusd.recordsbridge.com/requests/LUSD-2026-0412">lodiusd.recordsbridge.com</a>.</p>
<p style="color:#777;font-size:11px">RecordsBridge Public Records Services processes requests on behalf of the
District under contract. Replies to this address are not monitored.</p>
</body></html>"""), 'REQ-003', 'acknowledgment', 'LUSD-2026-0412', clock='received_on_sent_date',
    signals=['plus', 'tracking-new', 'subject'],
    why='vendor portal (RecordsBridge) logs the Lodi USD request received 09/10 (= sent) as LUSD-2026-0412')

# 004 Marchetti Oyelaran LLP (acting City Attorney) acknowledgment, letter only in PDF
letter = ["MARCHETTI OYELARAN LLP", "Attorneys at Law", "2291 W. March Lane, Suite B-140, Stockton, CA 95207", "",
  "September 11, 2026", "", "VIA EMAIL ONLY", "Records Desk", "records@records.example.org", "",
  "Re: City of Lathrop - Public Records Act Request No. PRA 26-117", "    Lathrop Road widening contracts and change orders", "    Our File: 4417.0031", "",
  "Dear Requester:", "",
  "This office serves as City Attorney for the City of Lathrop and responds on the City's behalf to",
  "your request under the California Public Records Act. Your email was sent after the close of",
  "business on September 8, 2026, and was received by the City Clerk on September 9, 2026. The",
  "City has assigned it number PRA 26-117.", "",
  "The City is identifying and collecting responsive records from the Public Works Department and",
  "its contract engineer. We will notify you of the City's determination within ten days of",
  "receipt as required by Government Code section 7922.535, or advise you if additional time is",
  "needed under the unusual circumstances described in that section.", "",
  "Please direct any questions about this request to the undersigned.", "",
  "Very truly yours,", "", "Julia Ferrante", "Deputy City Attorney, City of Lathrop", "MARCHETTI OYELARAN LLP", "",
  "cc: Teresa Vargas, City Clerk"]
add('004-moa-lathrop-ack-pdf.eml', build([
    ('From', 'Julia Ferrante <jferrante@moallp.com>'),
    ('To', INBOX),
    ('Cc', 'Teresa Vargas <tvargas@ci.lathrop.ca.us>'),
    ('Subject', 'City of Lathrop - Public Records Act Request'),
    ('Date', 'Fri, 11 Sep 2026 16:40:08 -0700'),
    ('Message-ID', '<SJ0PR11MB5127C1A09E2F44@SJ0PR11MB5127.namprd11.prod.outlook.com>'),
] + outlook('City of Lathrop - Public Records Act Request', 'AQHbJDk3xY2N0a6Pj0+cR2vvl9zK8A=='),
text="""Good afternoon,

Please see the attached correspondence regarding your recent request.

Julia Ferrante
Marchetti Oyelaran LLP
2291 W. March Lane, Suite B-140 | Stockton, CA 95207
T (209) 555-0184 | jferrante@moallp.com

CONFIDENTIALITY NOTICE: This e-mail may contain privileged attorney-client
communications. If you received it in error, please notify the sender and
delete it.
""", attachments=[('2026-09-11 Ltr to Requester re PRA 26-117.pdf', 'application/pdf', pdf(letter, 'PRA 26-117'))]),
    'REQ-001', 'acknowledgment', '26-117', clock='received:2026-09-09', signals=['subject', 'tracking-new', 'tracking-filename'],
    why='outside City Attorney firm (own domain) acknowledges in a PDF letter: received by Clerk Sep 9 (sent Sep 8), PRA 26-117; client named only in subject/letter')

# 005 Dripping Springs City Secretary acknowledgment (own staff), threaded
m = req_mid(4, '2026-09-14')
add('005-dripping-citysec-ack.eml', build([
    ('From', 'Andrea Cunningham <acunningham@cityofdrippingsprings.com>'),
    ('To', plus(4)),
    ('Subject', 'RE: PIA Request: Dripping Springs wastewater discharge permit correspondence with TCEQ, 2024-2026'),
    ('Date', 'Mon, 14 Sep 2026 14:05:44 -0500'),
    ('Message-ID', '<7f1d3a0b2c@cityofdrippingsprings.com>'),
    ('In-Reply-To', m), ('References', m),
], text="""Hello,

The City of Dripping Springs received your Public Information Act request on
September 14, 2026. It has been assigned PIR #2026-214. Please reference that
number in any future correspondence.

Because the request involves correspondence with outside counsel and our
engineers, it has been sent to the City Attorney's office for review.

Thank you,
Andrea Cunningham, TRMC
City Secretary
City of Dripping Springs
511 Mercer Street | Dripping Springs, TX 78620
"""), 'REQ-004', 'acknowledgment', '2026-214', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'],
    why='City Secretary (own) confirms receipt Sep 14 and assigns PIR #2026-214; TX 10 business days')

# 006 DSN: our REQ-005 could not be delivered to the old WTCPUA address
m = req_mid(5, '2026-09-15')
dsn = """From: MAILER-DAEMON@mx2.records.example.org (Mail Delivery System)
To: records@records.example.org
Subject: Undelivered Mail Returned to Sender
Date: Tue, 15 Sep 2026 08:12:40 -0500
Message-ID: <20260915131240.3F0A1B22C9@mx2.records.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3F0A1B22C9.1789477960/mx2.records.example.org"

This is a MIME-encapsulated message.

--3F0A1B22C9.1789477960/mx2.records.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<publicinfo@wtcpua.org>: host wtcpua-org.mail.protection.outlook.com[52.101.40.7]
    said: 550 5.4.1 Recipient address rejected: Access denied.
    [CH2PEPF0000013D.namprd02.prod.outlook.com] (in reply to RCPT TO command)

--3F0A1B22C9.1789477960/mx2.records.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.records.example.org
X-Postfix-Queue-ID: 3F0A1B22C9
X-Postfix-Sender: rfc822; records+req-005@records.example.org
Arrival-Date: Tue, 15 Sep 2026 08:12:37 -0500 (CDT)

Final-Recipient: rfc822; publicinfo@wtcpua.org
Original-Recipient: rfc822;publicinfo@wtcpua.org
Action: failed
Status: 5.4.1
Remote-MTA: dns; wtcpua-org.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.

--3F0A1B22C9.1789477960/mx2.records.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Records Desk <records+req-005@records.example.org>
To: publicinfo@wtcpua.org
Subject: PIA Request: WTCPUA water impact fee studies and developer agreements, 2021-2026
Date: Tue, 15 Sep 2026 08:12:31 -0500
Message-ID: %s
MIME-Version: 1.0

--3F0A1B22C9.1789477960/mx2.records.example.org--
""" % m
add('006-bounce-wtcpua-old-address.eml', dsn.encode(), 'REQ-005', 'bounce', signals=['thread-embedded', 'subject'],
    why='Postfix DSN: our WTCPUA request to a dead publicinfo@ address was rejected; original Message-ID in the returned headers')

# 007 Highland Park Borough Clerk acknowledgment, Outlook multipart
m = req_mid(6, '2026-09-16')
t = """Good morning,

The Borough of Highland Park acknowledges receipt of your OPRA request on
September 16, 2026. Your request has been logged as OPRA #26-188.

Under N.J.S.A. 47:1A-5(i), the Borough will respond as soon as possible but
not later than seven (7) business days after receipt. Records that are
available electronically will be sent to this email address.

Joan Hervey, RMC
Municipal Clerk / Custodian of Records
Borough of Highland Park
221 South Fifth Avenue, Highland Park, NJ 08904
"""
add('007-hpboro-clerk-ack.eml', build([
    ('From', '"Hervey, Joan" <clerk@hpboro.com>'),
    ('To', plus(6)),
    ('Subject', 'RE: OPRA Request: Borough of Highland Park redevelopment agreements and PILOT payments, 2020-2026'),
    ('Date', 'Wed, 16 Sep 2026 11:48:03 -0400'),
    ('Message-ID', '<BN8PR09MB3410E2D6F5B1C9@BN8PR09MB3410.namprd09.prod.outlook.com>'),
    ('In-Reply-To', m), ('References', m),
] + outlook('OPRA Request: Borough of Highland Park redevelopment agreements and PILOT payments, 2020-2026', 'AQHbKFe0cMl6q1d2TUm8dP+zj5vT3g=='),
text=t, html='<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + t.replace('\n\n', '</p><p>').replace('\n', ' ') + '</div></body></html>'),
    'REQ-006', 'acknowledgment', '26-188', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'],
    why='Borough Clerk (own) acknowledges OPRA request received Sep 16 as OPRA #26-188; NJ 7 business days')

# 008 Kolbeck Alvarado & Rusk PLLC (general counsel) acknowledges the resent WTCPUA request
add('008-kar-wtcpua-ack.eml', build([
    ('From', 'Marisol Alvarado <malvarado@karlawtx.com>'),
    ('To', plus(5)),
    ('Cc', 'WTCPUA Info <info@wtcpua.org>'),
    ('Subject', 'WTCPUA - Public Information Request W-0926-03'),
    ('Date', 'Thu, 17 Sep 2026 13:20:19 -0500'),
    ('Message-ID', '<DM6PR05MB6650A8C4E2@DM6PR05MB6650.namprd05.prod.outlook.com>'),
    ('In-Reply-To', '<req-005.20260916.2@records.example.org>'),
    ('References', '<req-005.20260916.2@records.example.org>'),
] + outlook('WTCPUA - Public Information Request W-0926-03', 'AdmKtp3lM0c5yRkXQ1i5p4Gm0jw9Ow=='),
text="""Good afternoon,

Our firm serves as general counsel to the West Travis County Public Utility
Agency and handles its responses under the Texas Public Information Act.

The Agency received your request on September 16, 2026, when you re-sent it
to info@wtcpua.org (the publicinfo@ address was retired last year). The
request has been logged as W-0926-03. We are gathering the impact fee studies
and the developer agreements and will follow up with a cost estimate if
charges are expected to exceed $40.

Regards,

Marisol Alvarado
Kolbeck Alvarado & Rusk, PLLC
700 Lavaca Street, Suite 1050 | Austin, Texas 78701
512.555.0147 | malvarado@karlawtx.com
"""), 'REQ-005', 'acknowledgment', 'W-0926-03', clock='received:2026-09-16', signals=['plus', 'tracking-new', 'subject'],
    why='general counsel firm (own domain) acknowledges for WTCPUA: received Sep 16 after resend (sent Sep 15), number W-0926-03')

# 009 Delgado Whitlock & Brennan (Board Attorney) asks the requester to clarify REQ-007; no threading
add('009-dwb-hpboe-clarification.eml', build([
    ('From', 'Kevin Brennan <kbrennan@dwblawnj.com>'),
    ('To', INBOX),
    ('Cc', 'Michael Grosso <mgrosso@hpschools.net>'),
    ('Subject', 'OPRA Request - Separation Agreements / Legal Invoices'),
    ('Date', 'Fri, 18 Sep 2026 10:02:55 -0400'),
    ('Message-ID', '<CH0PR04MB8123F0A27D@CH0PR04MB8123.namprd04.prod.outlook.com>'),
] + outlook('OPRA Request - Separation Agreements / Legal Invoices', 'AdmJr1x0Pk7e3Q9LRuO7c1XW0Xr2Hg=='),
text="""DELGADO WHITLOCK & BRENNAN, P.C.
Board Attorney - Highland Park Board of Education
1 Kennedy Plaza, Suite 300, New Brunswick, NJ 08901

Dear Sir or Madam:

The Business Administrator/Board Secretary has referred your OPRA request of
September 16, 2026 (District log OPRA-2026-041) to this office.

Item 1 (separation agreements) can be processed as written.

Item 2 seeks "all legal invoices" for 2024-2026 without identifying a vendor
or billing period. The Board retains several law firms and consultants. To
permit the custodian to locate the records without research, please identify
the firm(s) and the months you are seeking. OPRA does not require a custodian
to conduct research among records (MAG Entertainment, LLC v. Div. of Alcoholic
Beverage Control, 375 N.J. Super. 534 (App. Div. 2005)).

The time for a response is suspended until we receive your clarification.

Very truly yours,
Kevin P. Brennan, Esq.
"""), 'REQ-007', 'clarification', 'OPRA-2026-041', signals=['subject', 'tracking-new'],
    why='school board attorney firm (own domain) asks to narrow the legal-invoices item; Board named only in letterhead; clock suspended')

# 010 Marchetti Oyelaran: 14-day CPRA extension for PRA 26-117, threaded to their own earlier mail
add('010-moa-lathrop-extension.eml', build([
    ('From', 'Julia Ferrante <jferrante@moallp.com>'),
    ('To', INBOX),
    ('Cc', 'Teresa Vargas <tvargas@ci.lathrop.ca.us>'),
    ('Subject', 'RE: City of Lathrop - Public Records Act Request (PRA 26-117)'),
    ('Date', 'Fri, 18 Sep 2026 15:45:30 -0700'),
    ('Message-ID', '<SJ0PR11MB51279B3D1C0A77@SJ0PR11MB5127.namprd11.prod.outlook.com>'),
    ('In-Reply-To', '<SJ0PR11MB5127C1A09E2F44@SJ0PR11MB5127.namprd11.prod.outlook.com>'),
    ('References', '<SJ0PR11MB5127C1A09E2F44@SJ0PR11MB5127.namprd11.prod.outlook.com>'),
] + outlook('City of Lathrop - Public Records Act Request', 'AQHbJDk3xY2N0a6Pj0+cR2vvl9zK8AAB3kQ2'),
text="""Good afternoon,

Following up on our September 11 letter on PRA 26-117. The responsive
construction files are held partly by the City's contract engineer and
partly in Public Works' off-site storage, and the change order packages
include bidder financial statements that must be reviewed before release.

Under Government Code section 7922.535(b), the City is extending the time to
respond by 14 days because of the need to search for and collect records
from field facilities separate from the office processing the request and
to consult with another agency. The City expects to notify you of its
determination on or before October 5, 2026, and anticipates producing
records on a rolling basis after that.

Julia Ferrante
Deputy City Attorney | City of Lathrop
Marchetti Oyelaran LLP
"""), 'REQ-001', 'extension', '26-117', clock='extension', signals=['tracking', 'subject'],
    why='outside City Attorney takes the CPRA 14-day unusual-circumstances extension for PRA 26-117; Sep 21 + 14 = Oct 5')
