#!/usr/bin/env python3
"""Messages 001-010 (September 8-21, 2026)."""
from emlkit import (Leaf, Multi, text, html, pdf_part, write, quote, make_pdf, plus, REQ_MID, REQ_SUBJ,
                    rand_boundary)

OUR_REQ1 = """To the Records Custodian, Tallapoosa County Sheriff's Office:

Under the Alabama Open Records Act, Ala. Code Sec. 36-12-40, I request copies of:

1. Incident reports, death reports and notifications to the Alabama Law
   Enforcement Agency for every person who died in custody at the
   Tallapoosa County Jail from January 1, 2021 to the present; and
2. The current contract or agreement with the jail's medical services
   provider, and any amendments.

Electronic copies by email are preferred. Please tell me in advance if fees
will exceed $50.

Thank you,
Records Desk
records@records.example.org"""

OUR_REQ5 = """Dear Custodian of Records:

Pursuant to the Mississippi Public Records Act of 1983, Miss. Code Ann.
Sec. 25-61-1 et seq., please provide:

(1) the current contract for food service at the Harrison County Adult
    Detention Center, with amendments and the most recent bid tabulation; and
(2) kitchen and food-service inspection reports for the Detention Center
    from January 1, 2024 to the present.

Electronic copies are fine. Please contact me if costs will exceed $40.

Records Desk
records@records.example.org"""


def m001():
    b = rand_boundary(1)
    plain = """SUNSHINE DISPATCH - September 2026
Southeast Open Government Coalition

TWO YEARS OF CLOCKS IN ALABAMA
Since October 2024, Alabama custodians have had to acknowledge a standard
records request and then give a substantive answer on a timeline. Our
members report that sheriffs' offices still answer from personal accounts
and that few agencies cite the new sections in their letters.

MISSISSIPPI: ETHICS COMMISSION ORDERS
Three public records orders this summer found that county boards missed
the seven-working-day deadline without the written explanation the Act
requires.

GEORGIA FEES
A reminder that a Georgia agency must give an estimate before it searches
when the cost will exceed $25, and that the requester's agreement is what
starts the work.

WORKSHOP
Records requests for jail and prison deaths, online, October 14, 2026.

You are receiving this because you subscribed at a coalition event.
Unsubscribe: https://seogc-news.org/u/8f2c1
Southeast Open Government Coalition, P.O. Box 1187, Birmingham, AL 35201"""
    htm = """<html><body style="font-family:Georgia,serif;max-width:620px">
<h2 style="color:#7a2e0e">Sunshine Dispatch &mdash; September 2026</h2>
<p style="color:#555">Southeast Open Government Coalition</p>
<h3>Two years of clocks in Alabama</h3>
<p>Since October 2024, Alabama custodians have had to acknowledge a standard records request and then give a
substantive answer on a timeline. Our members report that sheriffs&rsquo; offices still answer from personal
accounts and that few agencies cite the new sections in their letters.</p>
<h3>Mississippi: Ethics Commission orders</h3>
<p>Three public records orders this summer found that county boards missed the seven-working-day deadline
without the written explanation the Act requires.</p>
<h3>Georgia fees</h3>
<p>A reminder that a Georgia agency must give an estimate before it searches when the cost will exceed $25,
and that the requester&rsquo;s agreement is what starts the work.</p>
<h3>Workshop</h3>
<p>Records requests for jail and prison deaths, online, October 14, 2026.</p>
<hr><p style="font-size:11px;color:#888">You are receiving this because you subscribed at a coalition event.
<a href="https://seogc-news.org/u/8f2c1">Unsubscribe</a><br>
Southeast Open Government Coalition, P.O. Box 1187, Birmingham, AL 35201</p>
</body></html>"""
    mime = Multi('alternative', [text(plain, cte='quoted-printable'), html(htm)], b)
    return write('001-seogc-newsletter.eml', [
        ('From', 'Southeast Open Government Coalition <bulletin@seogc-news.org>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'Sunshine Dispatch: two years of deadlines under Alabama\'s records law'),
        ('Date', 'Tue, 08 Sep 2026 07:15:22 -0500'),
        ('Message-ID', '<20260908121522.5d1c@mta2.seogc-news.org>'),
        ('List-Unsubscribe', '<https://seogc-news.org/u/8f2c1>, <mailto:unsubscribe@seogc-news.org>'),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('Precedence', 'bulk'),
    ], mime)


def m002():
    htm = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #c9c9c9">
<tr><td style="background:#1b365d;color:#fff;padding:10px 14px;font-size:16px">Alabama Open Records Center</td></tr>
<tr><td style="padding:14px">
<p>Records Desk,</p>
<p>Your public records request has been received by the <b>Alabama Department of Corrections</b>
and entered in the Alabama Open Records Center.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:12px">
<tr><td>Request Number</td><td><b>ADOC-26-00418</b></td></tr>
<tr><td>Agency</td><td>Department of Corrections &ndash; Public Records</td></tr>
<tr><td>Date Received</td><td>09/09/2026</td></tr>
<tr><td>Description</td><td>Incident reports and use-of-force summaries, Donaldson Correctional Facility,
January 2024 to present</td></tr>
<tr><td>Status</td><td>Acknowledged</td></tr>
</table>
<p>This notice is the acknowledgment required by Ala. Code &sect; 36-12-44(a). Unless your request is
designated time-intensive, the agency will provide a substantive response within fifteen (15) business
days of this acknowledgment. Fees for copies and for staff time on time-intensive requests may apply;
you will be notified before any fee is incurred.</p>
<p>Please do not reply to this email. To add information or view documents, sign in at
<a href="https://openrecords.alabama.gov/requests/ADOC-26-00418">openrecords.alabama.gov</a>.</p>
</td></tr>
<tr><td style="background:#eee;padding:8px 14px;font-size:11px;color:#666">This is an automated message
from the Alabama Open Records Center. Messages sent to this address are not read.</td></tr>
</table></body></html>"""
    return write('002-adoc-portal-ack.eml', [
        ('From', 'Alabama Open Records Center <noreply@openrecords.alabama.gov>'),
        ('To', plus(2)),
        ('Subject', 'Request ADOC-26-00418 received - Alabama Open Records Center'),
        ('Date', 'Wed, 09 Sep 2026 10:02:41 -0500'),
        ('Message-ID', '<0100019a1f3c2b7e-6e1d4f2a-ADOC-26-00418@openrecords.alabama.gov>'),
        ('Auto-Submitted', 'auto-generated'),
    ], html(htm))


def m003():
    b = rand_boundary(3, 'outlook')
    orig = """Received: from mx1.records.example.org (203.0.113.25) by
 CH2PR09MB4410.namprd09.prod.outlook.com; Thu, 10 Sep 2026 21:48:02 +0000
From: Records Desk <records@records.example.org>
Reply-To: records+req-003@records.example.org
To: countyattorney@mobilecountyal.gov
Cc: dcourtney@mobilecountyal.gov
Subject: Open Records Request: Mobile County Metro Jail medical services
 contract, amendments and invoices
Date: Thu, 10 Sep 2026 16:47:55 -0500
Message-ID: <req-003.20260910.1@records.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear County Attorney:

Under the Alabama Open Records Act, Ala. Code Sec. 36-12-40, I request
copies of the Mobile County Commission's current contract for inmate
medical services at Mobile County Metro Jail, all amendments since 2022,
and the invoices paid under it from January 2025 to the present.

Records Desk
records@records.example.org
"""
    plain = """Your message to dcourtney@mobilecountyal.gov couldn't be delivered.

dcourtney wasn't found at mobilecountyal.gov.

Records Desk                Office 365                dcourtney
Action Required                                       Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Retype the recipient's address, then resend the message.
- If you're using the auto-complete list, remove the stale entry.

Diagnostic information for administrators:

Generating server: CH2PR09MB4410.namprd09.prod.outlook.com

dcourtney@mobilecountyal.gov
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound;
Recipient dcourtney@mobilecountyal.gov not found by SMTP address lookup'
"""
    dsn = """Reporting-MTA: dns;CH2PR09MB4410.namprd09.prod.outlook.com
Received-From-MTA: dns;mx1.records.example.org
Arrival-Date: Thu, 10 Sep 2026 21:48:02 +0000

Final-Recipient: rfc822;dcourtney@mobilecountyal.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 dcourtney@mobilecountyal.gov not found by SMTP address lookup"""
    mime = Multi('report', [
        text(plain),
        Leaf('message/delivery-status', dsn, charset=None),
        Leaf('message/rfc822', orig, charset=None),
    ], b, params='; report-type=delivery-status')
    return write('003-bounce-mobileco-cc.eml', [
        ('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mobilecountyal.gov>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'Undeliverable: ' + REQ_SUBJ[3]),
        ('Date', 'Thu, 10 Sep 2026 21:48:05 +0000'),
        ('Message-ID', '<7a3f0c1e-55d2-4c8b-9a6e-1f0d2c3b4a59@CH2PR09MB4410.namprd09.prod.outlook.com>'),
        ('In-Reply-To', REQ_MID[3]),
        ('References', REQ_MID[3]),
        ('Auto-Submitted', 'auto-replied'),
        ('X-MS-Exchange-Message-Is-Ndr', ''),
        ('Content-Language', 'en-US'),
    ], mime)


def m004():
    htm = """<html><body style="font-family:Verdana,Arial;font-size:9pt">
<p>Dear Records Desk,</p>
<p>Thank you for your interest in the public records of the City of Jackson. Your request has been
received and is being processed in accordance with the Mississippi Public Records Act of 1983,
Miss. Code Ann. &sect; 25-61-1 et seq.</p>
<p>Your request was received in this office on <b>9/14/2026</b> and given the reference number
<b>R002957-091426</b> for tracking purposes.</p>
<p><b>Records Requested:</b> Jackson Police Department use-of-force reports, January 2025 to present,
and the Department&rsquo;s current body-worn camera policy.<br>
<b>Department:</b> Police Department &ndash; Records Unit</p>
<p>You can monitor the progress of your request and download records at the link below. Please keep the
reference number for your records; you will need it to reply to the City about this request.</p>
<p><a href="https://jacksonms.govqa.us/WEBAPP/_rs/(S(x1y2z3))/RequestLogin.aspx">Public Records Center</a></p>
<p>City of Jackson<br>Office of the City Attorney &ndash; Public Records</p>
<p style="font-size:8pt;color:#777">This message was sent from an unmonitored address. Please use the
Public Records Center to communicate about this request.</p>
</body></html>"""
    return write('004-jackson-govqa-ack-uof.eml', [
        ('From', 'City of Jackson Public Records Center <jacksonms@govqa.us>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'Public Records Request :: R002957-091426'),
        ('Date', 'Mon, 14 Sep 2026 09:31:17 -0500'),
        ('Message-ID', '<5c81f0a7d2e94b3c8e2a77b1@govqa.us>'),
    ], html(htm))


def m005():
    b = rand_boundary(5, 'gmail')
    reply = "Received. Will get it to the Sheriff and let you know something."
    qhead = "On Tue, Sep 8, 2026 at 3:12 PM Records Desk <records@records.example.org> wrote:"
    plain = reply + "\n\n" + qhead + "\n\n" + quote(OUR_REQ1) + "\n"
    qhtml = '<br>'.join(l.replace('&', '&amp;') for l in OUR_REQ1.split('\n'))
    htm = ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
           'padding-left:1ex">%s</blockquote></div>' % (reply, qhead.replace('<', '&lt;').replace('>', '&gt;'), qhtml))
    mime = Multi('alternative', [text(plain, cte='quoted-printable'), html(htm)], b)
    return write('005-tallapoosa-gmail-ack-via-group.eml', [
        ('From', '"\'Tallapoosa SO Records\' via Records Desk" <records@records.example.org>'),
        ('Reply-To', 'Tallapoosa SO Records <tallapoosaso.records@gmail.com>'),
        ('To', 'Records Desk <%s>' % plus(1)),
        ('Subject', 'Re: ' + REQ_SUBJ[1]),
        ('Date', 'Mon, 14 Sep 2026 14:07:33 -0500'),
        ('Message-ID', '<CAJ7pQx0hT5b=Fk2m9vR3oKx8wqL4nDz1sY6u@mail.gmail.com>'),
        ('In-Reply-To', REQ_MID[1]),
        ('References', REQ_MID[1]),
        ('Sender', 'records@records.example.org'),
        ('X-Original-Sender', 'tallapoosaso.records@gmail.com'),
        ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@gmail.com; spf=pass '
         'smtp.mailfrom=tallapoosaso.records@gmail.com; dmarc=pass header.from=gmail.com'),
        ('X-Original-From', 'Tallapoosa SO Records <tallapoosaso.records@gmail.com>'),
        ('Precedence', 'list'),
        ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
        ('List-ID', '<records.records.example.org>'),
        ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, '
         '<mailto:records@records.example.org>'),
        ('List-Help', '<https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, '
         '<mailto:records+help@records.example.org>'),
        ('X-Spam-Checked-In-Group', 'records@records.example.org'),
    ], mime)


def m006():
    body = """I am out of the office through Friday, September 18 and will return on
Monday, September 21, 2026. Open records requests received while I am out
are being logged and will be handled in the order received.

For anything time-sensitive, please contact the Open Records Office at
openrecords@savannahga.gov or (912) 651-6400.

Danielle Brower
Open Records Coordinator
City of Savannah"""
    return write('006-savannah-ooo.eml', [
        ('From', 'Danielle Brower <dbrower@savannahga.gov>'),
        ('To', 'Records Desk <records@records.example.org>'),
        ('Subject', 'Automatic reply: ' + REQ_SUBJ[6]),
        ('Thread-Topic', REQ_SUBJ[6]),
        ('Thread-Index', 'AQHdJ7xk2m0Vq1n8SUuT3s9Yc1mH7w=='),
        ('Date', 'Wed, 16 Sep 2026 11:05:09 -0400'),
        ('Message-ID', '<BL0PR09MB71247E1C0E5A0F2B@BL0PR09MB7124.namprd09.prod.outlook.com>'),
        ('In-Reply-To', REQ_MID[6]),
        ('References', REQ_MID[6]),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
        ('X-MS-Exchange-Inbox-Rules-Loop', 'dbrower@savannahga.gov'),
        ('Content-Language', 'en-US'),
    ], text(body))


def m007():
    b = rand_boundary(7, 'outlook')
    reply = """Good morning,

This email confirms that the Harrison County Board of Supervisors received
your public records request on Wednesday, September 16, 2026. (Your email
came in after our office closed on the 15th, so it was logged the next
business day.) It has been assigned number PR26-0117.

Under Miss. Code Ann. Sec. 25-61-5, the County has seven (7) working days
to produce the records or respond. Some of the inspection reports may be
kept at the Detention Center rather than in this office, so an extension
may be needed. If it is, I will notify you in writing before the seventh
working day.

Copies are $.50 per page under the Board's public records policy;
electronic records sent by email are usually at no charge. I will let you
know if any cost applies before anything is copied.

Thank you,

Renee Ladner
Deputy Clerk, Board of Supervisors
Harrison County, Mississippi
1801 23rd Avenue, Gulfport, MS 39501
(228) 865-4036"""
    quoted = """From: Records Desk <records@records.example.org>
Sent: Tuesday, September 15, 2026 6:12 PM
To: Public Records <publicrecords@co.harrison.ms.us>
Subject: %s

%s""" % (REQ_SUBJ[5], OUR_REQ5)
    plain = reply + "\n\n________________________________\n" + quoted + "\n"
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">%s</div>'
           '<hr style="display:inline-block;width:98%%"><div id="divRplyFwdMsg"><font face="Calibri" '
           'style="font-size:11pt">%s</font></div></body></html>' % (
               '<br>'.join(reply.split('\n')), '<br>'.join(quoted.replace('<', '&lt;').replace('>', '&gt;').split('\n'))))
    mime = Multi('alternative', [text(plain, cte='quoted-printable'), html(htm)], b)
    return write('007-harrison-ack-outlook.eml', [
        ('From', 'Renee Ladner <rladner@co.harrison.ms.us>'),
        ('To', 'Records Desk <%s>' % plus(5)),
        ('CC', 'Public Records <publicrecords@co.harrison.ms.us>'),
        ('Subject', 'RE: ' + REQ_SUBJ[5]),
        ('Thread-Topic', REQ_SUBJ[5]),
        ('Thread-Index', 'AQHdJ4Qm8bLxk0ZpTEmN6wq2rV9c5Q=='),
        ('Date', 'Wed, 16 Sep 2026 10:40:52 -0500'),
        ('Message-ID', '<SA1PR09MB8832C4F1A7B2E3D9@SA1PR09MB8832.namprd09.prod.outlook.com>'),
        ('In-Reply-To', REQ_MID[5]),
        ('References', REQ_MID[5]),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-MS-TNEF-Correlator', ''),
        ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
        ('X-OriginatorOrg', 'co.harrison.ms.us'),
    ], mime)


def m008():
    b = rand_boundary(8, 'outlook')
    lines = [
        'MOBILE COUNTY COMMISSION',
        'OFFICE OF THE COUNTY ATTORNEY',
        'Government Plaza - 205 Government Street - Mobile, Alabama 36644',
        '',
        'September 17, 2026',
        '',
        'VIA ELECTRONIC MAIL',
        'Records Desk',
        'records@records.example.org',
        '',
        '          Re:  Open Records Request - Metro Jail Medical Services Contract',
        '               Our File No. MC-ORR-26-031',
        '',
        'Dear Sir or Madam:',
        '',
        'This office acknowledges receipt on September 11, 2026 of your request dated',
        'September 10, 2026, made under the Alabama Open Records Act, Ala. Code Sec.',
        '36-12-40 et seq., for (1) the Mobile County Commission\'s current contract for',
        'inmate medical services at Mobile County Metro Jail, (2) amendments to that',
        'contract since 2022, and (3) invoices paid under it from January 2025 to the',
        'present.',
        '',
        'This letter is the acknowledgment provided for by Ala. Code Sec. 36-12-44(a).',
        'Please be advised that the invoices requested are maintained by the',
        'Commission\'s Finance Department and will require review before release. If',
        'the request is determined to be time-intensive, you will be so notified in',
        'writing, together with an estimate of any staff time and copy charges.',
        '',
        'The right of inspection under the Act extends to citizens of Alabama. The',
        'Commission may ask you to confirm residency before records are released.',
        '',
        'Please reference the file number above in any further correspondence.',
        '',
        'Very truly yours,',
        '',
        '/s/ J. Whitfield Rowe',
        'J. Whitfield Rowe',
        'County Attorney',
        '',
        'JWR/tp',
        'cc:  County Administrator',
        '     Finance Director',
    ]
    pdf = make_pdf([lines], title='Scan_20260917_151802', producer='Canon iR-ADV C5840 PDF',
                   creator='Canon iR-ADV C5840 / OCR', font='Times-Roman', size=11, leading=14,
                   scanned=True, seed=8, date='20260917151802')
    body = """Please see the attached correspondence from the County Attorney's office.

Thank you,

Tonya Pettaway
Legal Assistant
Mobile County Attorney's Office
205 Government Street, Mobile, AL 36644
(251) 574-5000"""
    mime = Multi('mixed', [text(body), pdf_part(pdf, 'Scan_20260917_151802.pdf')], b)
    return write('008-mobileco-scanned-ack-letter.eml', [
        ('From', 'Tonya Pettaway <tpettaway@mobilecountyal.gov>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'Scanned document from MC Legal'),
        ('Thread-Topic', 'Scanned document from MC Legal'),
        ('Thread-Index', 'AdknZ2p6W0m1x4QKTa2V7v8f0tYw3Q=='),
        ('Date', 'Thu, 17 Sep 2026 15:20:44 -0500'),
        ('Message-ID', '<CH2PR09MB44105A0D9E71F3B6@CH2PR09MB4410.namprd09.prod.outlook.com>'),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
        ('X-OriginatorOrg', 'mobilecountyal.gov'),
    ], mime)


def m009():
    b = rand_boundary(9, 'outlook')
    plain = """Dear Requester:

The Georgia Bureau of Investigation (GBI) received your request under the
Georgia Open Records Act, O.C.G.A. Sec. 50-18-70 et seq., on September 17,
2026. You asked for the investigative case files for officer-involved
shooting investigations that the GBI closed in calendar year 2025. Your
request has been assigned Open Records Request No. 26-ORR-0392.

Pursuant to O.C.G.A. Sec. 50-18-71(b)(1)(A), please be advised that records
responsive to your request exist. Because the files are voluminous and
contain material that must be reviewed for information excepted from
disclosure under O.C.G.A. Sec. 50-18-72 (including medical information,
identifying information of certain witnesses, and images of deceased
persons), the records cannot be made available within three business days.

Responsive records will be available within thirty (30) business days, on
or before October 30, 2026. Files will be released on a rolling basis as
their review is completed. You will be advised of any costs before records
are copied.

Please refer to 26-ORR-0392 in any correspondence about this request.

Sincerely,

Caroline Estes
Open Records Unit, Office of Legal Counsel
Georgia Bureau of Investigation
3121 Panthersville Road, Decatur, GA 30034"""
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">%s</div></body></html>'
           % ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in plain.split('\n\n')))
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('009-gbi-ack-available-within.eml', [
        ('From', 'GBI Open Records <openrecords@gbi.ga.gov>'),
        ('Sender', 'Caroline Estes <caroline.estes@gbi.ga.gov>'),
        ('To', plus(7)),
        ('Subject', 'GBI Open Records Request 26-ORR-0392'),
        ('Thread-Topic', 'GBI Open Records Request 26-ORR-0392'),
        ('Thread-Index', 'AdkoLq1Rv7e0PQyZQhm3K2xWn4bT9g=='),
        ('Date', 'Fri, 18 Sep 2026 11:12:06 -0400'),
        ('Message-ID', '<DM6PR09MB5567B0C3E8A14D27@DM6PR09MB5567.namprd09.prod.outlook.com>'),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-OriginatorOrg', 'gbi.ga.gov'),
    ], mime)


def m010():
    b = rand_boundary(10)
    plain = """Open Records Request OR-2026-1043

Dear Records Desk:

The City of Savannah received your Open Records Act request on September 16,
2026 for the Savannah Police Department's license plate reader contract(s),
data-sharing agreements with other agencies, and audit logs of searches of
license plate reader data from January 2025 to the present.

Under O.C.G.A. Sec. 50-18-71(d), when the estimated cost of producing records
exceeds $25.00, the City must notify you of the estimate before beginning the
search, and the search will not begin until you agree in writing to pay the
estimated cost.

ESTIMATE OF COSTS
  Search, retrieval, review and redaction (SPD Technology Unit and
  Records), 6.0 hours, less the first quarter hour at no charge:
    5.75 hours x $32.18 per hour (lowest-paid full-time
    employee qualified to perform the work) .................. $185.04
  Copies: records will be produced electronically ................ $0.00
  ESTIMATED TOTAL ............................................. $185.04

This is an estimate only; you will be billed the actual cost, which may be
lower. Audit log data that identifies license plates of individual vehicles
may be withheld or redacted under O.C.G.A. Sec. 35-1-22.

Please reply to this email stating that you agree to pay the estimated cost.
Your request will be placed on hold until we receive your agreement. If we do
not hear from you, the request will be closed.

Danielle Brower
Open Records Coordinator
City of Savannah - Office of the City Attorney
openrecords@savannahga.gov | (912) 651-6400"""
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt"><pre style="font-family:Consolas,'
           'monospace;font-size:10pt">%s</pre></body></html>' % plain.replace('&', '&amp;'))
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('010-savannah-fee-agreement-before-search.eml', [
        ('From', 'City of Savannah Open Records <openrecords@savannahga.gov>'),
        ('To', 'Records Desk <%s>' % plus(6)),
        ('Subject', 'RE: ' + REQ_SUBJ[6] + ' [OR-2026-1043]'),
        ('Date', 'Mon, 21 Sep 2026 13:30:27 -0400'),
        ('Message-ID', '<BL0PR09MB7124A28F5E0C91D3@BL0PR09MB7124.namprd09.prod.outlook.com>'),
        ('In-Reply-To', REQ_MID[6]),
        ('References', REQ_MID[6]),
        ('Thread-Topic', REQ_SUBJ[6]),
        ('Content-Language', 'en-US'),
    ], mime)


if __name__ == '__main__':
    for f in [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010]:
        print(f())
