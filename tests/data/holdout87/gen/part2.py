from lib import msg, raw, pdf, fx, plus, quote, US
from reqs import subj, body, mid, sent

MSGS = []
def add(slug, date, eml, facts, note):
    MSGS.append((slug, date, eml, facts, note))

# --- IL AG extension under 3(e), REQ-107
add('iloag-extension', 'Mon, 21 Sep 2026 10:15:48 -0500', msg([
    ('From', 'FOIA Officer <foia@ilag.gov>'), ('To', plus('REQ-107')),
    ('Subject', 'RE: 2026 FOIA 04418 - Prairie Sun Solar'), ('Date', 'Mon, 21 Sep 2026 10:15:48 -0500'),
    ('Message-ID', '<SA1PR09MB81214E2@SA1PR09MB8121.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<SA1PR09MB8121D0B@SA1PR09MB8121.namprd09.prod.outlook.com>'),
    ('References', mid('REQ-107') + ' <SA1PR09MB8121D0B@SA1PR09MB8121.namprd09.prod.outlook.com>')],
    text="""Dear Requester:

This letter concerns your Freedom of Information Act request, 2026 FOIA 04418. Pursuant to section 3(e)
of FOIA (5 ILCS 140/3(e)), the Office of the Attorney General is extending the time to respond to your
request by five business days, because the requested records are stored in whole or in part at other
locations than the office having charge of the requested records (3(e)(i)) and because the request
requires the collection of a substantial number of specified records (3(e)(ii)).

This office will respond to your request on or before September 28, 2026.

Sincerely,

FOIA Officer
Office of the Illinois Attorney General
"""),
    fx('REQ-107', 'extension', '2026 FOIA 04418', 'IL AG takes the 5-business-day 3(e) extension and names Sept 28',
       ['thread', 'plus', 'tracking'], clock='extension', estimated='2026-09-28'),
    'Illinois section 3(e) extension letter citing the statutory reasons by number; modeled on IL state-agency extension notices')

# --- TX OAG GovQA acknowledgment 2, REQ-102 (multipart, different template)
add('txoag-govqa-ack-calendar', 'Mon, 21 Sep 2026 14:48:03 -0500', msg([
    ('From', 'Texas OAG Public Information <txoag@govqa.us>'), ('To', plus('REQ-102')),
    ('Subject', 'Texas OAG Public Information Request :: R012377-092126'), ('Date', 'Mon, 21 Sep 2026 14:48:03 -0500'),
    ('Message-ID', '<0b7d55e1a9f34c02.R012377@txoag.govqa.us>')],
    text="""Records Desk,

Thank you for your request for public information. Your request was received 9/21/2026 and has been given
reference number R012377-092126.

Summary: AG calendar July 1 - Aug 31, 2026; AG/First Assistant emails referring to multistate litigation
coalitions.

Requests for an official's calendar and e-mail frequently require a review for information the Act makes
confidential. If the OAG intends to withhold any information it will ask for a decision as the Act requires
and notify you.

OAG Public Information Center: https://txoag.govqa.us/WEBAPP/_rs/
""",
    html="""<html><body style="font-family:Tahoma,sans-serif;font-size:10pt"><p>Records Desk,</p>
<p>Thank you for your request for public information. Your request was received <b>9/21/2026</b> and has been given reference number <b>R012377-092126</b>.</p>
<p><i>Summary:</i> AG calendar July 1 - Aug 31, 2026; AG/First Assistant emails referring to multistate litigation coalitions.</p>
<p>Requests for an official's calendar and e-mail frequently require a review for information the Act makes confidential. If the OAG intends
to withhold any information it will ask for a decision as the Act requires and notify you.</p>
<p><a href="https://txoag.govqa.us/WEBAPP/_rs/">OAG Public Information Center</a></p></body></html>"""),
    fx('REQ-102', 'acknowledgment', 'R012377-092126', 'GovQA acknowledgment for the calendar/email request, received 9/21/2026 (= sent), R012377-092126',
       ['plus', 'tracking-new'], clock='received_on_sent_date'),
    'Second GovQA acknowledgment from the same OAG portal, multipart/alternative, different template wording')

# --- TX OAG partial release + ruling request to its own Open Records Division, REQ-101 (PDF letter)
tx_letter = pdf([
    'OFFICE OF THE ATTORNEY GENERAL OF TEXAS', 'Public Information Coordinator', 'P.O. Box 12548, Austin, Texas 78711-2548', '',
    'September 22, 2026', '', 'Via e-mail: records+req-101@records.example.org', '',
    'Re: Public Information Request R011842-090826', '', 'Dear Requester:', '',
    'The Office of the Attorney General (OAG) received your request on September 8, 2026 for outside',
    'counsel contracts and the invoices submitted under them for litigation against technology companies.', '',
    'Enclosed are the eleven outside counsel contracts, which are made public by section 552.022(a)(3)',
    'of the Government Code. Portions of the invoices consist of attorney fee bills and privileged',
    'attorney-client communications relating to pending litigation. The OAG believes that information is',
    'excepted from disclosure under sections 552.101, 552.103 and 552.111 and Texas Rule of Evidence 503.',
    '', 'As required by section 552.301, the OAG has today asked the Open Records Division for a decision',
    'about the invoices. The Open Records Division is the part of this office that rules on requests for',
    'decisions from every governmental body in Texas; it considers requests in which the OAG itself holds',
    'the information in the same way and the Public Information Coordinator takes no part in the ruling.',
    'A copy of our letter to the Open Records Division, with the confidential information redacted, is',
    'enclosed. You may submit written comments to the Open Records Division stating why the information',
    'should or should not be released (Gov\'t Code 552.304).', '',
    'We will release any invoice information the ruling does not allow us to withhold.', '',
    'Sincerely,', '', 'Public Information Coordinator', 'Office of the Attorney General of Texas'],
    'R011842-090826 letter')
contracts = pdf(['OAG OUTSIDE COUNSEL CONTRACTS 2022-2026 (11 documents)', '', 'OCC 22-0147  Renwick Dale LLP  - deceptive trade practices, platform A',
                 'OCC 23-0032  Haskell & Torre PC - data privacy, platform B', 'OCC 23-0219  Marbury Quist LLP - antitrust, search',
                 '...', 'Pages 1-214 produced in the OAG portal.'], 'contracts index')
add('txoag-partial-ruling-request', 'Tue, 22 Sep 2026 11:05:19 -0500', msg([
    ('From', 'OAG Public Information Coordinator <publicinformation@oag.texas.gov>'), ('To', plus('REQ-101')),
    ('Subject', 'R011842-090826 - partial release; request for decision'), ('Date', 'Tue, 22 Sep 2026 11:05:19 -0500'),
    ('Message-ID', '<DM6PR17MB2450B8F1@DM6PR17MB2450.namprd17.prod.outlook.com>')],
    text='Please see the attached letter and the enclosed records responsive to your request R011842-090826.\n\nOffice of the Attorney General of Texas\nPublic Information Coordinator\n',
    attachments=[('R011842-090826_Letter.pdf', tx_letter, 'application/pdf'),
                 ('OCC_Contracts_Index.pdf', contracts, 'application/pdf')]),
    fx('REQ-101', 'records_interim', 'R011842-090826', 'TX OAG releases the contracts now and asks its own Open Records Division to rule on the invoices; more to come',
       ['plus', 'tracking']),
    'Texas OAG as holder: 552.301 ruling request to its own Open Records Division with partial release; letter explains the ORD role for all bodies')

# --- PA OAG right-to-know officer out of office, REQ-111
add('paoag-ooo', 'Wed, 23 Sep 2026 08:10:02 -0400', msg([
    ('From', 'Kowalczyk, Marianne <mkowalczyk@attorneygeneral.gov>'), ('To', plus('REQ-111')),
    ('Subject', 'Automatic reply: ' + subj('REQ-111')), ('Date', 'Wed, 23 Sep 2026 08:10:02 -0400'),
    ('Message-ID', '<PH0PR11MB49877A21@PH0PR11MB4987.namprd11.prod.outlook.com>'),
    ('In-Reply-To', mid('REQ-111')), ('References', mid('REQ-111')),
    ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Inbox-Rules-Loop', 'mkowalczyk@attorneygeneral.gov')],
    text="""I am out of the office through Friday, September 25, with limited access to email.

Right-to-Know Law requests should be sent to righttoknow@attorneygeneral.gov, which is monitored daily.
If your matter is urgent please call the Office of Attorney General main line.

Marianne Kowalczyk
Open Records Officer (Agency), Office of Attorney General
"""),
    fx('REQ-111', 'auto_reply', None, 'PA OAG open records officer out-of-office reply to our request (she was cc)', ['thread', 'plus']),
    'Outlook out-of-office from a named open-records officer at a PA office; threaded to the request')

# --- AZ NextRequest generic update, REQ-109
add('azag-nextrequest-updated', 'Thu, 24 Sep 2026 10:40:55 -0700', msg([
    ('From', 'Arizona Attorney General <noreply@nextrequest.com>'), ('To', plus('REQ-109')),
    ('Subject', '[Records Request] Request 26-1432 has been updated'), ('Date', 'Thu, 24 Sep 2026 10:40:55 -0700'),
    ('Message-ID', '<nr.26-1432.upd.3a91c4@nextrequest.com>')],
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Request <b>26-1432</b> has been updated. Log in to see the latest activity on this request.</p>
<p><a href="https://azag.nextrequest.com/requests/26-1432">https://azag.nextrequest.com/requests/26-1432</a></p>
<p style="font-size:11px;color:#888">Arizona Attorney General's Office &middot; Powered by NextRequest</p></body></html>"""),
    fx('REQ-109', 'portal_notice', '26-1432', 'NextRequest "has been updated" notice with no substantive text', ['plus', 'tracking', 'subject']),
    'Content-free NextRequest update notice (HTML only)')

# --- IL AG final response with partial withholding, PAC review rights, REQ-107
add('iloag-final-partial', 'Mon, 28 Sep 2026 16:40:27 -0500', msg([
    ('From', 'FOIA Officer <foia@ilag.gov>'), ('To', plus('REQ-107')),
    ('Subject', 'RE: 2026 FOIA 04418 - Prairie Sun Solar'), ('Date', 'Mon, 28 Sep 2026 16:40:27 -0500'),
    ('Message-ID', '<SA1PR09MB8121A90@SA1PR09MB8121.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<SA1PR09MB81214E2@SA1PR09MB8121.namprd09.prod.outlook.com>'),
    ('References', mid('REQ-107') + ' <SA1PR09MB81214E2@SA1PR09MB8121.namprd09.prod.outlook.com>')],
    text="""Dear Requester:

This is the response of the Office of the Attorney General to 2026 FOIA 04418.

Attached are 63 consumer complaints concerning Prairie Sun Solar LLC received between January 2022 and
September 2026, with the Consumer Fraud Bureau's letters to the company. The names, home addresses,
telephone numbers, e-mail addresses and account numbers of complainants have been redacted under
sections 7(1)(b) and 7(1)(c) of FOIA (5 ILCS 140/7(1)(b), (c)).

Nineteen complaints received since March 2026 are being withheld in their entirety under section
7(1)(d)(i) of FOIA, because their disclosure would interfere with a pending law enforcement proceeding
being conducted by this office.

You have a right to have the denial of your request reviewed by the Public Access Counselor (PAC) by
filing a Request for Review within 60 days after the date of this denial (5 ILCS 140/9.5(a)). Although
the PAC is part of the Office of the Attorney General, it reviews denials by this office in the same
manner as denials by any other public body: Public Access Counselor, 500 South Second Street,
Springfield, Illinois 62701, publicaccess@ilag.gov. You also have the right to seek judicial review under
section 11 of FOIA.

Sincerely,

FOIA Officer
Office of the Illinois Attorney General
""",
    attachments=[('2026 FOIA 04418 - Responsive Complaints (redacted).pdf',
                  pdf(['Prairie Sun Solar LLC - consumer complaints (redacted)', 'Complaint 2022-CF-018841 ...', '63 complaints, 212 pages'], 'complaints'),
                  'application/pdf')]),
    fx('REQ-107', 'records_final', '2026 FOIA 04418', 'IL AG releases redacted complaints, withholds 19 under 7(1)(d)(i) pending investigation; PAC review in 60 days',
       ['thread', 'plus', 'tracking'], adverse=True),
    'Illinois AG final response with pending-investigation withholding; notes that its own PAC reviews the office\'s denials like any other body\'s')

# --- TX OAG GovQA clarification, REQ-102
add('txoag-govqa-clarify', 'Tue, 29 Sep 2026 09:30:14 -0500', msg([
    ('From', 'Texas OAG Public Information <txoag@govqa.us>'), ('To', plus('REQ-102')),
    ('Subject', 'Clarification Needed :: R012377-092126'), ('Date', 'Tue, 29 Sep 2026 09:30:14 -0500'),
    ('Message-ID', '<e3ac02b1d9c84f77.R012377.clar@txoag.govqa.us>')],
    html="""<html><body style="font-family:Tahoma,sans-serif;font-size:10pt"><p>Records Desk,</p>
<p>The OAG needs more information to process request <b>R012377-092126</b>.</p>
<p>Item 2 of your request asks for e-mails that "refer to any multistate litigation coalition." The OAG participates in a large
number of multistate matters. Please clarify by (a) identifying the coalitions or cases you are interested in, or (b) providing
specific search terms, and (c) confirming whether you want e-mails of the Attorney General only or also of the First Assistant.</p>
<p>Under section 552.222(b) of the Government Code, the OAG may ask a requester to clarify a request. Under section 552.222(d),
if we do not receive a written response by the 61st day after this notice, your request will be considered withdrawn.</p>
<p>Please respond through the <a href="https://txoag.govqa.us/WEBAPP/_rs/">OAG Public Information Center</a>; replies to this e-mail are not monitored.</p>
</body></html>"""),
    fx('REQ-102', 'clarification', 'R012377-092126', 'OAG asks us to name coalitions/search terms and custodians under 552.222(b); withdrawn after 61 days',
       ['plus', 'tracking']),
    'GovQA clarification request citing 552.222 and the 61-day withdrawal rule')

# --- Our reply to the GovQA no-reply address bounced (DSN), REQ-102
add('bounce-govqa-noreply', 'Tue, 29 Sep 2026 11:02:37 -0400', raw("""
Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx1.records.example.org>
To: records@records.example.org
Subject: Undelivered Mail Returned to Sender
Date: Tue, 29 Sep 2026 11:02:37 -0400
Message-ID: <20260929150237.7C1A4E0B12@mx1.records.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="7C1A4E0B12.1790694157/mx1.records.example.org"

This is a MIME-encapsulated message.

--7C1A4E0B12.1790694157/mx1.records.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<txoag@govqa.us>: host mx.govqa.us[52.14.201.18] said: 550 5.1.1
    <txoag@govqa.us>: Recipient address rejected: This mailbox does not accept
    incoming mail (in reply to RCPT TO command)

--7C1A4E0B12.1790694157/mx1.records.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.records.example.org
X-Postfix-Queue-ID: 7C1A4E0B12
Arrival-Date: Tue, 29 Sep 2026 11:02:35 -0400 (EDT)

Final-Recipient: rfc822; txoag@govqa.us
Original-Recipient: rfc822;txoag@govqa.us
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.govqa.us
Diagnostic-Code: smtp; 550 5.1.1 <txoag@govqa.us>: Recipient address rejected:
    This mailbox does not accept incoming mail

--7C1A4E0B12.1790694157/mx1.records.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Records Desk <records@records.example.org>
Reply-To: records+req-102@records.example.org
To: Texas OAG Public Information <txoag@govqa.us>
Subject: Re: Clarification Needed :: R012377-092126
Date: Tue, 29 Sep 2026 11:02:30 -0400
Message-ID: <req-102.20260929.2@records.example.org>
In-Reply-To: <e3ac02b1d9c84f77.R012377.clar@txoag.govqa.us>
References: <req-102.20260921.1@records.example.org> <e3ac02b1d9c84f77.R012377.clar@txoag.govqa.us>

--7C1A4E0B12.1790694157/mx1.records.example.org--
""".replace('\n', '\n')),
    fx('REQ-102', 'bounce', None, 'our e-mailed clarification to the GovQA no-reply address was rejected; embedded headers reference REQ-102',
       ['thread-embedded']),
    'Postfix DSN for our own reply to a portal no-reply address (common real mistake); only headers of the original returned')

# --- PA OAG 30-day extension (interim response) in PDF; number only in the attachment, REQ-111
pa_ext = pdf([
    'COMMONWEALTH OF PENNSYLVANIA', 'OFFICE OF ATTORNEY GENERAL', 'Right-to-Know Office', 'Strawberry Square, Harrisburg, PA 17120', '',
    'September 29, 2026', '', 'Records Desk (via e-mail)', '', 'RE: Right-to-Know Request RTK-2026-0312', '', 'Dear Requester:', '',
    'On September 22, 2026 the Office of Attorney General (OAG) received your request under the',
    'Right-to-Know Law, 65 P.S. 67.101 et seq., for correspondence with the Pennsylvania Opioid Trust.', '',
    'Under Section 902(b) of the Law, this letter is to notify you that the OAG requires up to an',
    'additional thirty (30) days to respond, because: a legal review is necessary to determine whether',
    'the records are subject to access; and the extent or nature of the request precludes a response',
    'within the required time period. A response is expected on or before October 29, 2026.', '',
    'If you have questions, please contact this office and refer to the number above.', '',
    'Sincerely,', 'Open Records Officer', 'Office of Attorney General'], 'RTK-2026-0312 interim response')
add('paoag-extension-pdf', 'Tue, 29 Sep 2026 15:20:41 -0400', msg([
    ('From', 'OAG Right-to-Know <righttoknow@attorneygeneral.gov>'), ('To', plus('REQ-111')),
    ('Subject', 'Right-to-Know Law - Interim Response'), ('Date', 'Tue, 29 Sep 2026 15:20:41 -0400'),
    ('Message-ID', '<PH0PR11MB4987C0D3@PH0PR11MB4987.namprd11.prod.outlook.com>')],
    text='Good afternoon,\n\nPlease find attached correspondence regarding your Right-to-Know request.\n\nOffice of Attorney General\nRight-to-Know Office\n',
    attachments=[('RTK-2026-0312 Interim Response.pdf', pa_ext, 'application/pdf')]),
    fx('REQ-111', 'extension', 'RTK-2026-0312', 'PA OAG section 902 interim response: +30 days, response expected Oct 29; number only in the PDF and its file name',
       ['plus', 'tracking-new'], clock='extension', estimated='2026-10-29'),
    'Pennsylvania 902(b) interim response in a PDF attachment only; generic subject, no thread headers')

# --- MI AG acknowledgment; received date next business day (MCL 15.235), REQ-113
add('miag-ack', 'Wed, 30 Sep 2026 10:00:09 -0400', msg([
    ('From', 'AG-FOIA <ag-foia@michigan.gov>'), ('To', plus('REQ-113')),
    ('Subject', 'RE: ' + subj('REQ-113')), ('Date', 'Wed, 30 Sep 2026 10:00:09 -0400'),
    ('Message-ID', '<CH0PR09MB7740F2C1@CH0PR09MB7740.namprd09.prod.outlook.com>'),
    ('In-Reply-To', mid('REQ-113')), ('References', mid('REQ-113')),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('X-MS-Has-Attach', '')],
    text="""Good morning,

The Department of Attorney General acknowledges your Freedom of Information Act request, assigned
FOIA-26-0588. Because your request was transmitted by e-mail, under MCL 15.235(1) it is considered
received on September 30, 2026, the first business day after transmission.

The Department will respond within the time allowed by MCL 15.235(2).

FOIA Coordinator
Michigan Department of Attorney General
525 W. Ottawa Street, Lansing, MI 48933

-----Original Message-----
""" + quote(body('REQ-113')) + '\n'),
    fx('REQ-113', 'acknowledgment', 'FOIA-26-0588', 'MI AG: e-mailed request deemed received Sept 30 (sent Sept 29) per MCL 15.235(1); FOIA-26-0588',
       ['thread', 'plus', 'tracking-new'], clock='received:2026-09-30'),
    'Michigan acknowledgment applying the e-mail "received next business day" rule; quotes our request')
