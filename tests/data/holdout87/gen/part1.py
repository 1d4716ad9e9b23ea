from lib import msg, raw, pdf, fx, plus, quote, US
from reqs import subj, body, mid, sent

MSGS = []
def add(slug, date, eml, facts, note):
    MSGS.append((slug, date, eml, facts, note))

# --- TX OAG GovQA acknowledgment, REQ-101 (HTML only)
add('txoag-govqa-ack', 'Tue, 08 Sep 2026 15:12:44 -0500', msg([
    ('From', 'Texas OAG Public Information <txoag@govqa.us>'), ('To', plus('REQ-101')),
    ('Subject', 'Texas OAG Public Information Request :: R011842-090826'),
    ('Date', 'Tue, 08 Sep 2026 15:12:44 -0500'), ('Message-ID', '<6f21c0a9e4b84d1f.R011842@txoag.govqa.us>')],
    html="""<html><body style="font-family:Tahoma,sans-serif;font-size:10pt">
<p>Records Desk,</p>
<p>The Office of the Attorney General of Texas has received your request for information. The request was
logged on <b>9/8/2026</b> and assigned reference <b>R011842-090826</b>.</p>
<p>Your request is being handled under Chapter 552 of the Texas Government Code. The OAG Public Information
Coordinator will contact you if clarification is needed or if the estimated cost of copies will exceed $40.00.</p>
<table cellpadding="3" border="1" style="border-collapse:collapse;font-size:9pt">
<tr><td><b>Reference #</b></td><td>R011842-090826</td></tr>
<tr><td><b>Received</b></td><td>9/8/2026</td></tr>
<tr><td><b>Description</b></td><td>Outside counsel contracts and invoices, litigation against technology companies, 2022-present</td></tr>
<tr><td><b>Delivery</b></td><td>Electronic</td></tr></table>
<p>You can view the status of this request at any time in the <a href="https://txoag.govqa.us/WEBAPP/_rs/">OAG Public Information Center</a>.</p>
<p style="color:#777">Please do not reply to this automated notification.</p>
</body></html>"""),
    fx('REQ-101', 'acknowledgment', 'R011842-090826', 'GovQA logs the OAG request on 9/8/2026 (= sent) as R011842-090826; TX 10 business days',
       ['plus', 'tracking-new'], clock='received_on_sent_date'),
    'GovQA acknowledgment (HTML only) of the Texas OAG as holder of its own records; modeled on GovQA "request received" mails')

# --- FL AG mailbox auto-reply, REQ-103
add('flag-autoreply', 'Wed, 09 Sep 2026 10:04:12 -0400', msg([
    ('From', 'Public Records Unit <publicrecords@myfloridalegal.com>'), ('To', plus('REQ-103')),
    ('Subject', 'Automatic reply: ' + subj('REQ-103')), ('Date', 'Wed, 09 Sep 2026 10:04:12 -0400'),
    ('Message-ID', '<BN8PR09MB4412A1C0E@BN8PR09MB4412.namprd09.prod.outlook.com>'),
    ('In-Reply-To', mid('REQ-103')), ('References', mid('REQ-103')),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    text="""Thank you for contacting the Public Records Unit of the Florida Office of the Attorney General.

This automated message confirms that your e-mail reached our mailbox. It is not an acknowledgment that a
public records request has been opened. Requests are reviewed in the order they arrive and a staff member
will contact you with a request number.

If you wish to file a consumer complaint, please do not use this mailbox; complaints may be filed online
through the Attorney General's website or by calling the Fraud Hotline.

Public Records Unit
Office of the Attorney General
PL-01, The Capitol, Tallahassee, Florida 32399
"""),
    fx('REQ-103', 'auto_reply', None, 'FL AG public-records mailbox auto-reply threaded to our request; says it is not an acknowledgment', ['thread', 'plus']),
    'Outlook auto-reply from a state AG public-records mailbox; modeled on mailbox confirmations that disclaim being an acknowledgment')

# --- FL AG acknowledgment, REQ-103, quotes our request
add('flag-ack-complaints', 'Fri, 11 Sep 2026 14:30:05 -0400', msg([
    ('From', 'Denise Alvarado <publicrecords@myfloridalegal.com>'), ('To', plus('REQ-103')),
    ('Subject', 'RE: ' + subj('REQ-103')), ('Date', 'Fri, 11 Sep 2026 14:30:05 -0400'),
    ('Message-ID', '<BN8PR09MB44129F3D2@BN8PR09MB4412.namprd09.prod.outlook.com>'),
    ('In-Reply-To', mid('REQ-103')), ('References', mid('REQ-103'))],
    text="""Good afternoon,

The Office of the Attorney General acknowledges your public records request below. It has been assigned
number PRR 2026-0419; please reference this number in any future correspondence.

Consumer complaint files are maintained by the Consumer Protection Division. Once the Division has
identified the responsive complaints we will let you know whether a special service charge under section
119.07(4)(d), Florida Statutes, applies. A charge may be required if the request calls for extensive use of
staff time to locate and redact confidential information; if so, you will receive an estimate before any
work beyond the initial search is done.

Please be aware that complaints related to an active investigation are confidential under section
501.2065, Florida Statutes, until the investigation is completed or ceases to be active.

Thank you,

Denise Alvarado
Government Analyst II, Public Records Unit
Office of the Attorney General

From: Records Desk <records@records.example.org>
Sent: Wednesday, September 9, 2026 9:58 AM
To: Public Records Unit
Subject: """ + subj('REQ-103') + "\n\n" + body('REQ-103') + "\n\nThank you,\nRecords Desk\n"),
    fx('REQ-103', 'acknowledgment', 'PRR 2026-0419', 'FL AG acknowledges and assigns PRR 2026-0419; fee "may" apply; FL has no statutory day count, so no due',
       ['thread', 'plus', 'tracking-new']),
    'Florida AG staff acknowledgment with conditional special-service-charge wording (s. 119.07(4)(d)) and s. 501.2065 caution; Outlook top-posted reply')

# --- NY OAG acknowledgment letter in PDF; received date differs from sent
ny_ack = pdf([
    'STATE OF NEW YORK', 'OFFICE OF THE ATTORNEY GENERAL', 'Records Access Office', '28 Liberty Street, New York, NY 10005', '',
    'September 14, 2026', '', 'Records Desk', 'records+req-105@records.example.org', '',
    'Re: FOIL-2026-00871', '', 'Dear Requester:', '',
    'This letter acknowledges receipt of your request under the Freedom of Information Law (Public',
    'Officers Law, Article 6), which was received by the Records Access Office on September 11, 2026.',
    'You requested the BrightPath Student Lending assurance of discontinuance and records concerning',
    'the distribution of the restitution fund.', '',
    'Your request has been forwarded to the appropriate bureau to search for responsive records. We',
    'anticipate that we will be able to grant or deny your request, in whole or in part, on or about',
    'October 9, 2026. If we are unable to respond by that date, you will be notified in writing.', '',
    'Please refer to the number above in any correspondence about this request.', '',
    'Sincerely,', '', 'Records Access Officer', 'Office of the New York State Attorney General'],
    'FOIL-2026-00871 Acknowledgment')
add('nyoag-ack-pdf', 'Mon, 14 Sep 2026 11:20:31 -0400', msg([
    ('From', 'FOIL <foil@ag.ny.gov>'), ('To', plus('REQ-105')),
    ('Subject', 'FOIL-2026-00871 - Acknowledgment'), ('Date', 'Mon, 14 Sep 2026 11:20:31 -0400'),
    ('Message-ID', '<MN2PR14MB3170C7F20E11@MN2PR14MB3170.namprd14.prod.outlook.com>'),
    ('Thread-Topic', 'FOIL-2026-00871 - Acknowledgment'), ('Thread-Index', 'AdtFq2p0Xkq9vR3sTuyFZ8m1dW4bNQ=='),
    ('X-MS-Has-Attach', 'yes'), ('X-MS-Exchange-Organization-SCL', '-1'), ('Content-Language', 'en-US')],
    text='Please see the attached correspondence regarding your Freedom of Information Law request.\n\nRecords Access Office\nNew York State Office of the Attorney General\n',
    attachments=[('FOIL-2026-00871 Ack Letter.pdf', ny_ack, 'application/pdf')]),
    fx('REQ-105', 'acknowledgment', 'FOIL-2026-00871', 'NY OAG ack letter (PDF) says received Sept 11 (sent Sept 10); approximate date Oct 9',
       ['plus', 'tracking-new'], clock='received:2026-09-11', estimated='2026-10-09'),
    'NY FOIL acknowledgment with approximate date (POL 89(3)(a)) only in a PDF letter; received date later than the sent date; no threading headers')

# --- IL AG acknowledgment, REQ-107
add('iloag-ack', 'Tue, 15 Sep 2026 09:45:10 -0500', msg([
    ('From', 'FOIA Officer <foia@ilag.gov>'), ('To', plus('REQ-107')),
    ('Subject', 'RE: ' + subj('REQ-107')), ('Date', 'Tue, 15 Sep 2026 09:45:10 -0500'),
    ('Message-ID', '<SA1PR09MB8121D0B@SA1PR09MB8121.namprd09.prod.outlook.com>'),
    ('In-Reply-To', mid('REQ-107')), ('References', mid('REQ-107'))],
    text="""Dear Requester:

The Office of the Illinois Attorney General received your Freedom of Information Act request on
September 14, 2026. Your request has been assigned number 2026 FOIA 04418.

We are reviewing your request for consumer complaints concerning Prairie Sun Solar LLC and will respond
in accordance with the time limits of the Act.

Sincerely,

FOIA Officer
Office of the Illinois Attorney General
115 South LaSalle Street, Chicago, Illinois 60603
"""),
    fx('REQ-107', 'acknowledgment', '2026 FOIA 04418', 'IL AG acknowledges receipt on Sept 14 (= sent), number 2026 FOIA 04418; IL 5 business days',
       ['thread', 'plus', 'tracking-new'], clock='received_on_sent_date'),
    'Short Illinois AG FOIA acknowledgment with a space-separated number format; threaded reply')

# --- FL AG acknowledgment via our Google Group collaborative inbox, REQ-104
add('flag-ack-opioid-ggroup', 'Wed, 16 Sep 2026 13:30:22 -0400', msg([
    ('From', "'Public Records Unit' via Records Desk <records@records.example.org>"),
    ('Reply-To', 'Public Records Unit <publicrecords@myfloridalegal.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'PRR 2026-0447 - Opioid settlement records'), ('Date', 'Wed, 16 Sep 2026 13:30:22 -0400'),
    ('Message-ID', '<BN8PR09MB4412E67A1@BN8PR09MB4412.namprd09.prod.outlook.com>'),
    ('X-Original-Sender', 'publicrecords@myfloridalegal.com'),
    ('X-Original-Authentication-Results', 'mx.google.com; spf=pass smtp.mailfrom=publicrecords@myfloridalegal.com'),
    ('Precedence', 'list'), ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
    ('List-ID', '<records.records.example.org>'), ('X-Google-Group-Id', '518804211377'),
    ('List-Help', '<https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, <mailto:records+help@records.example.org>')],
    text="""Good afternoon,

Your public records request received September 15, 2026 has been assigned PRR 2026-0447. You asked for
records of opioid settlement disbursements to regional and county entities in FY 2025-26 and for
correspondence with the Opioid Abatement Task Force.

We are coordinating with the divisions that may hold responsive records and will follow up as soon as
possible. Portions of this request may concern records maintained by another state agency; if so we will
let you know.

Public Records Unit
Office of the Attorney General

--
You received this message because you are subscribed to the Google Groups "Records Desk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@records.example.org.
"""),
    fx('REQ-104', 'acknowledgment', 'PRR 2026-0447', 'FL AG ack delivered through our Google Group ("via Records Desk"); new number PRR 2026-0447; FL sets no due',
       ['subject', 'tracking-new']),
    'Google Groups collaborative inbox delivery (via display name, X-Original-Sender, List-ID) of a Florida AG acknowledgment; no plus address, no thread headers')

# --- AZ AG via NextRequest acknowledgment, REQ-109 (shared sender address)
add('azag-nextrequest-ack', 'Wed, 16 Sep 2026 16:02:40 -0700', msg([
    ('From', 'Arizona Attorney General <noreply@nextrequest.com>'), ('To', plus('REQ-109')),
    ('Subject', '[Records Request] Request 26-1432 has been received'), ('Date', 'Wed, 16 Sep 2026 16:02:40 -0700'),
    ('Message-ID', '<nr.26-1432.ack.81fa20@nextrequest.com>')],
    text="""Your record request 26-1432 has been received and is being processed.

Request:
Records showing expenditures from the Attorney General's share of opioid settlement funds since July 1,
2024, and records of distributions to counties and cities under the One Arizona distribution agreement.

The Arizona Attorney General's Office will respond promptly in accordance with A.R.S. 39-121.01. You can
view the request and any responsive documents here: https://azag.nextrequest.com/requests/26-1432

You are receiving this email because you submitted a request. Please do not reply to this email.
""",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h3 style="color:#1a3d6d">Request 26-1432 received</h3>
<p>Your record request <b>26-1432</b> has been received and is being processed.</p>
<p><b>Request:</b><br>Records showing expenditures from the Attorney General's share of opioid settlement funds since July 1, 2024,
and records of distributions to counties and cities under the One Arizona distribution agreement.</p>
<p>The Arizona Attorney General's Office will respond promptly in accordance with A.R.S. 39-121.01.</p>
<p><a href="https://azag.nextrequest.com/requests/26-1432">View request 26-1432</a></p>
<p style="font-size:11px;color:#888">You are receiving this email because you submitted a request. Please do not reply to this email.</p>
</body></html>"""),
    fx('REQ-109', 'acknowledgment', '26-1432', 'NextRequest acknowledgment for the Arizona AG (shared noreply@nextrequest.com sender); AZ has no day count so no due',
       ['plus', 'tracking-new', 'subject']),
    'NextRequest receipt for an AG office from a portal address no agency lists; multipart/alternative')
