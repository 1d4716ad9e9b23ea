"""Messages 001-010."""
from gen_common import *

M = []

# 001 Anchorage JustFOIA acknowledgment (AKDT)
t = """Municipality of Anchorage - Public Records Request

Dear Records Desk,

Your public records request has been received and entered into our tracking system.

Request Number: 2026-PRR-3307
Date Received: 09/08/2026
Department: Maintenance & Operations - Street Maintenance
Description: Snow removal contracts and plow GPS data, winter 2025-26

The Municipality responds to public records requests under AS 40.25.110-.120 and Anchorage
Municipal Code 3.90. Most requests are completed within 10 working days. If more time is
needed we will let you know.

Track this request: https://anchorageak.justfoia.com/publicportal/home/track

Municipal Clerk's Office - Public Records
This is an automated message sent through JustFOIA. Replies to this address are not monitored.
"""
h = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p><b>Municipality of Anchorage - Public Records Request</b></p>
<p>Dear Records Desk,</p>
<p>Your public records request has been received and entered into our tracking system.</p>
<table border="0" cellpadding="3"><tr><td>Request Number:</td><td><b>2026-PRR-3307</b></td></tr>
<tr><td>Date Received:</td><td>09/08/2026</td></tr>
<tr><td>Department:</td><td>Maintenance &amp; Operations - Street Maintenance</td></tr>
<tr><td>Description:</td><td>Snow removal contracts and plow GPS data, winter 2025-26</td></tr></table>
<p>The Municipality responds to public records requests under AS 40.25.110-.120 and Anchorage Municipal Code 3.90.
Most requests are completed within 10 working days. If more time is needed we will let you know.</p>
<p><a href="https://anchorageak.justfoia.com/publicportal/home/track">Track this request</a></p>
<p style="color:#777">Municipal Clerk's Office - Public Records<br>This is an automated message sent through JustFOIA. Replies to this address are not monitored.</p>
</body></html>"""
M.append(('001-anc-justfoia-ack.eml', build([
    ('From', 'Municipality of Anchorage Public Records <noreply@justfoia.com>'),
    ('To', REQ['REQ-008'][1]),
    ('Subject', 'Public Records Request 2026-PRR-3307 Received'),
    ('Date', 'Tue, 08 Sep 2026 09:05:41 -0800'),
    ('Message-ID', mid('001', 'justfoia.com')),
], text=t, html=h), fact('001-anc-justfoia-ack.eml', 'REQ-008', 'acknowledgment', '2026-PRR-3307', ['plus', 'tracking-new', 'subject'],
    'JustFOIA (MOA) confirms receipt 09/08/2026 (= sent) and assigns 2026-PRR-3307; AK 10 working days', clock='received_on_sent_date')))

# 002 HPD auto-reply
hd = [('From', 'HPD Records <hpdrecords@honolulupd.org>'), ('To', REQ['REQ-001'][1]),
      ('Subject', 'Automatic reply: ' + REQ['REQ-001'][2]), ('Date', 'Tue, 08 Sep 2026 14:22:07 -1000'),
      ('Message-ID', mid('002', 'honolulupd.org')), ('Auto-Submitted', 'auto-replied'),
      ('X-MS-Exchange-Inbox-Rules-Loop', 'hpdrecords@honolulupd.org'), ('X-Auto-Response-Suppress', 'All'),
      ('In-Reply-To', REQ['REQ-001'][0]), ('References', REQ['REQ-001'][0])]
M.append(('002-hpd-autoreply.eml', build(hd, text="""Mahalo for contacting the Honolulu Police Department, Records and Identification Division.

This mailbox receives requests for government records under HRS Chapter 92F (UIPA). Requests are
reviewed in the order received. You will receive a written acknowledgment or a Notice to
Requester once your request has been reviewed by staff.

Police reports for traffic accidents and incident reports must be requested in person at the
Alapai headquarters, 801 S. Beretania Street, Window 1, 7:45 a.m. to 4:00 p.m., Monday-Friday
(excluding State holidays).

This is an automatic reply. Please do not respond to this message.
"""), fact('002-hpd-autoreply.eml', 'REQ-001', 'auto_reply', None, ['thread', 'plus'],
    'HPD records mailbox automatic reply (Auto-Submitted, "Automatic reply:"), promises a later acknowledgment')))

# 003 Honolulu DPP via NextRequest
t = """Honolulu DPP Records

Request 26-1187 has been submitted

Your record request 26-1187 was received on September 9, 2026 and has been submitted to the
City and County of Honolulu, Department of Planning and Permitting.

Request: DPP notices of violation for illegal short-term rentals, 2024-2026 (received by email
and entered by staff)

Under HAR 2-71-13, the department will respond within ten business days, or notify you if
extenuating circumstances require additional time.

View request: https://honoluludpp.nextrequest.com/requests/26-1187

Questions? Contact dppuipa@honolulu.gov
Do not reply to this email.
"""
h = """<html><body><div style="max-width:600px;font-family:Helvetica,Arial,sans-serif">
<h2 style="color:#1d4f91">Honolulu DPP Records</h2>
<p><b>Request 26-1187 has been submitted</b></p>
<p>Your record request 26-1187 was received on September 9, 2026 and has been submitted to the City and County of Honolulu, Department of Planning and Permitting.</p>
<p><i>Request:</i> DPP notices of violation for illegal short-term rentals, 2024-2026 (received by email and entered by staff)</p>
<p>Under HAR 2-71-13, the department will respond within ten business days, or notify you if extenuating circumstances require additional time.</p>
<p><a href="https://honoluludpp.nextrequest.com/requests/26-1187" style="background:#1d4f91;color:#fff;padding:6px 12px">View request</a></p>
<p style="font-size:11px;color:#888">Questions? Contact dppuipa@honolulu.gov<br>Do not reply to this email.</p></div></body></html>"""
M.append(('003-dpp-nextrequest-ack.eml', build([
    ('From', 'Honolulu DPP Records <no-reply@nextrequest.com>'), ('To', INBOX),
    ('Subject', '[Records Request 26-1187] Your request has been received'),
    ('Date', 'Wed, 09 Sep 2026 07:48:12 -1000'), ('Message-ID', mid('003', 'nextrequest.com')),
], text=t, html=h), fact('003-dpp-nextrequest-ack.eml', 'REQ-003', 'acknowledgment', '26-1187', ['tracking-new', 'subject'],
    'NextRequest portal for Honolulu DPP: received Sep 9 (= sent), assigns 26-1187; no plus address, no thread; topic words identify it',
    clock='received_on_sent_date')))

# 004 OIP newsletter (null)
t = """OIP WHAT'S NEW
Office of Information Practices, State of Hawaii
September 9, 2026

* Free UIPA and Sunshine Law training, Oct. 6 (online). Agency records officers will walk through
  the OIP model forms: Notice to Requester, Acknowledgment to Requester, and the Request to Access
  a Government Record. Registration link on oip.hawaii.gov.

* Reminder to agencies: the $30 general fee waiver and the $60 public-interest fee waiver
  (HAR 2-71-31) apply to search, review and segregation fees, not to copy costs.

* OIP opinion summaries (F27-01 through F27-03) are now posted.

You are receiving this because you subscribed to OIP's What's New list. To unsubscribe, reply
with UNSUBSCRIBE in the subject line.
"""
M.append(('004-oip-whatsnew-null.eml', build([
    ('From', 'Office of Information Practices <oip@hawaii.gov>'), ('To', INBOX),
    ('Subject', "OIP What's New: UIPA training, fee waiver reminder"), ('Date', 'Wed, 09 Sep 2026 12:00:03 -1000'),
    ('Message-ID', mid('004', 'hawaii.gov')), ('List-Unsubscribe', '<mailto:oip@hawaii.gov?subject=UNSUBSCRIBE>'),
    ('Precedence', 'bulk'),
], text=t), fact('004-oip-whatsnew-null.eml', None, 'other', None, ['none'],
    'OIP newsletter from hawaii.gov (same domain as DLNR) mentioning UIPA forms and fee waivers; not about any request')))

# 005 County of Maui Corporation Counsel acknowledgment, received date differs
hd = [('From', 'Kehau Alapa\'i <Kehau.Alapai@mauicounty.gov>'), ('To', REQ['REQ-006'][1]),
      ('Subject', 'RE: ' + REQ['REQ-006'][2]), ('Date', 'Thu, 10 Sep 2026 08:15:33 -1000'),
      ('Message-ID', mid('005', 'mauicounty.gov')), ('Thread-Topic', REQ['REQ-006'][2]),
      ('Thread-Index', 'AdtAq1x0b2R0aGVyZWNvcmRzZGVzaw=='), ('X-MS-Has-Attach', ''),
      ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('Content-Language', 'en-US')]
thread(hd, 'REQ-006')
M.append(('005-maui-ack-received-0910.eml', build(hd, text="""Aloha,

This acknowledges your request for records under HRS Chapter 92F. Your email was forwarded to
the Department of the Corporation Counsel from the Office of the Mayor, and our office received
it on September 10, 2026. It has been assigned County tracking number RR 2026-233.

The records you describe are held by the Maui Emergency Management Agency (MEMA). We are
coordinating with MEMA and will send you a Notice to Requester within ten business days of
receipt. Please include RR 2026-233 in any correspondence.

Mahalo,

Kehau Alapa'i
Legal Clerk III / UIPA Coordinator
Department of the Corporation Counsel, County of Maui
200 S. High Street, Wailuku, HI 96793
""" + quote_request('REQ-006', 'Wednesday, September 9, 2026 9:12 AM')),
    fact('005-maui-ack-received-0910.eml', 'REQ-006', 'acknowledgment', 'RR 2026-233', ['thread', 'plus', 'tracking-new'],
         'Maui Corp Counsel ack: received Sep 10 (sent Sep 9, routed via Mayor); clock from Sep 10; assigns RR 2026-233',
         clock='received:2026-09-10')))

# 006 DLNR Exchange NDR for our request's cc (bounce)
ndr_mid = mid('006', 'hawaii.gov')
t = """Content-Type: multipart/report; report-type=delivery-status;
\tboundary="=_ndr_6f1a0c2e"
MIME-Version: 1.0
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hawaii.gov>
To: <records+req-004@records.example.org>
Subject: Undeliverable: {subj}
Date: Thu, 10 Sep 2026 11:02:19 -1000
Message-ID: {mid}
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr: 
In-Reply-To: {rmid}
References: {rmid}

--=_ndr_6f1a0c2e
Content-Type: text/plain; charset="us-ascii"

Your message to glenn.m.kuahiwi@hawaii.gov couldn't be delivered.

glenn.m.kuahiwi wasn't found at hawaii.gov.

Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:
Message-ID: {rmid}
Subject: {subj}
Date: Thu, 10 Sep 2026 08:40:02 -0400

--=_ndr_6f1a0c2e
Content-Type: message/delivery-status

Reporting-MTA: dns;SN7PR09MB1234.namprd09.prod.outlook.com
Received-From-MTA: dns;mail.records.example.org
Arrival-Date: Thu, 10 Sep 2026 21:02:17 +0000

Final-Recipient: rfc822;glenn.m.kuahiwi@hawaii.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--=_ndr_6f1a0c2e
Content-Type: text/rfc822-headers

From: Records Desk <records@records.example.org>
Reply-To: records+req-004@records.example.org
To: dlnr.uipa@hawaii.gov
Cc: glenn.m.kuahiwi@hawaii.gov
Subject: {subj}
Date: Thu, 10 Sep 2026 08:40:02 -0400
Message-ID: {rmid}

--=_ndr_6f1a0c2e--
""".format(subj=REQ['REQ-004'][2], mid=ndr_mid, rmid=REQ['REQ-004'][0])
M.append(('006-dlnr-ndr-bounce.eml', raw(t), fact('006-dlnr-ndr-bounce.eml', 'REQ-004', 'bounce', None, ['thread', 'thread-embedded', 'plus'],
    'Exchange NDR: the cc copy of our DLNR request to a departed DOCARE staffer failed (the main address was fine)')))

# 007 NSB out-of-office
hd = [('From', 'Della Ahsoak <della.ahsoak@north-slope.org>'), ('To', REQ['REQ-010'][1]),
      ('Subject', 'Out of Office: ' + REQ['REQ-010'][2]), ('Date', 'Fri, 11 Sep 2026 10:03:55 -0800'),
      ('Message-ID', mid('007', 'north-slope.org')), ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]
thread(hd, 'REQ-010')
M.append(('007-nsb-ooo.eml', build(hd, text="""I am traveling to Point Hope and Point Lay for village permit hearings and will be back in the
Utqiagvik office on Monday, September 14. Internet in the villages is limited, so I may not see
your email until I return.

For urgent permitting matters please call the Planning & Community Services front desk at
(907) 852-0320. For records requests, the Borough Clerk's office is at (907) 852-0200.

Quyanaq,
Della Ahsoak
Land Management Regulation, North Slope Borough
"""), fact('007-nsb-ooo.eml', 'REQ-010', 'auto_reply', None, ['thread', 'plus'],
    'NSB planning staffer out-of-office while in the villages; remote-office delay, no answer')))

# 008 NPS acknowledgment (DOI FOIAXpress, Eastern time server)
t = """United States Department of the Interior
NATIONAL PARK SERVICE
FOIA Office
12795 W. Alameda Parkway, Lakewood, CO 80228

September 14, 2026

Via email: records+req-013@records.example.org

Re: FOIA Request DOI-NPS-2026-004417

Dear Requester:

This letter acknowledges receipt of your Freedom of Information Act (FOIA) request dated
September 10, 2026, which the National Park Service (NPS) received the same day. You asked for
"Hawaii Volcanoes National Park eruption-area closure and visitor incident records, 2025-2026."
Your request has been assigned control number DOI-NPS-2026-004417. Please cite this number in
any future communications about your request.

Your request has been forwarded to the FOIA coordinator for Hawaii Volcanoes National Park
(HAVO) for a search. We have classified you as a representative of the news media for fee
purposes (43 CFR 2.38); you will be charged only for duplication beyond the first 100 pages.

We have placed your request in the complex processing track. The FOIA requires a determination
within 20 workdays; the NPS may extend this time limit by 10 workdays in unusual circumstances,
and we will notify you if that becomes necessary.

If you have questions, you may contact our FOIA Requester Service Center at (855) NPS-FOIA or
nps_foia@nps.gov, or our FOIA Public Liaison. You may also contact the Office of Government
Information Services (OGIS) at the National Archives and Records Administration for mediation
services: ogis@nara.gov, (202) 741-5770, toll free (877) 684-6448.

Sincerely,

Charis Wilder
Government Information Specialist
National Park Service
"""
M.append(('008-nps-havo-ack.eml', build([
    ('From', 'NPS FOIA <nps_foia@nps.gov>'), ('To', REQ['REQ-013'][1]),
    ('Subject', 'FOIA Request DOI-NPS-2026-004417 - Acknowledgment'), ('Date', 'Mon, 14 Sep 2026 08:11:20 -0400'),
    ('Message-ID', mid('008', 'nps.gov')),
], text=t), fact('008-nps-havo-ack.eml', 'REQ-013', 'acknowledgment', 'DOI-NPS-2026-004417', ['plus', 'tracking-new', 'subject'],
    'NPS (DOI) ack letter: received Sep 10 (= sent), assigns DOI-NPS-2026-004417; Eastern-time server for a Hawaii park',
    clock='received_on_sent_date')))

# 009 State of Alaska GovQA acknowledgment (portal address not listed for any agency)
t = """Dear Records Desk,

Thank you for submitting a public records request to the State of Alaska. Your request has
been received and is being processed.

Reference #: R004412-091426
Agency: Department of Environmental Conservation
Date Received: 9/14/2026
Description: ADEC spill reports for North Slope facilities, 2024-2026

Under 2 AAC 96.325, state agencies respond as soon as practicable and within 10 working days.
If fees will apply you will receive a fee notice before any work that incurs a charge.

You can monitor the progress of your request at the link below and you will receive an email
when your request has been completed.

https://alaska.govqa.us/WEBAPP/_rs/(S(x1y2z3))/SupportHome.aspx

State of Alaska Public Records Center
"""
M.append(('009-akdec-govqa-ack.eml', build([
    ('From', 'State of Alaska Public Records Center <alaska@mycusthelp.net>'), ('To', INBOX),
    ('Subject', 'Public Records Request :: R004412-091426'), ('Date', 'Mon, 14 Sep 2026 10:25:08 -0800'),
    ('Message-ID', mid('009', 'mycusthelp.net')),
], text=t), fact('009-akdec-govqa-ack.eml', 'REQ-012', 'acknowledgment', 'R004412-091426', ['tracking-new', 'subject'],
    'State of Alaska GovQA (serves all departments; vendor address) ack for DEC: received 9/14 (= sent), R004412-091426',
    clock='received_on_sent_date')))

# 010 DLNR acknowledgment, received Sep 11 (sent Sep 10); thread, no plus
hd = [('From', 'Ululani Kekona <ululani.k.kekona@hawaii.gov>'), ('To', DESK), ('Cc', 'dlnr.uipa@hawaii.gov'),
      ('Subject', 'RE: ' + REQ['REQ-004'][2] + ' [UIPA-26-118]'), ('Date', 'Mon, 14 Sep 2026 15:47:40 -1000'),
      ('Message-ID', mid('010', 'hawaii.gov')), ('Thread-Topic', REQ['REQ-004'][2]), ('X-MS-Has-Attach', '')]
thread(hd, 'REQ-004')
M.append(('010-dlnr-ack-received-0911.eml', build(hd, text="""Aloha Records Desk,

The Department of Land and Natural Resources received your UIPA request for DOCARE citation
records on September 11, 2026, after it was routed from the Chairperson's office to the
Division of Conservation and Resources Enforcement. It is logged as UIPA-26-118.

DOCARE branch offices on Kauai, Maui, Molokai and Hawaii Island keep their own citation books,
so we are asking each branch to search. We will send a Notice to Requester (or an
Acknowledgment to Requester if extenuating circumstances apply) within ten business days
of receipt.

Mahalo,
Ululani Kekona
Office Assistant / UIPA liaison
DLNR Division of Conservation and Resources Enforcement
1151 Punchbowl Street, Room 311, Honolulu, HI 96813
"""), fact('010-dlnr-ack-received-0911.eml', 'REQ-004', 'acknowledgment', 'UIPA-26-118', ['thread', 'tracking-new', 'subject'],
    'DLNR DOCARE ack: received Sep 11 (sent Sep 10), clock from Sep 11; number only in subject and body',
    clock='received:2026-09-11')))
