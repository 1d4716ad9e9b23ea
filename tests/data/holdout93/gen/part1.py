"""Messages 001-010."""
from common import *

NR = 'City of Grand Rapids Public Records <grandrapidsmi@mail.nextrequest.com>'

def nr_ack(fn, n, num, when, desc, depts, received):
    text = f"""City of Grand Rapids - FOIA Requests

Request #{num} has been received

Thank you for submitting a Freedom of Information Act request to the City of Grand Rapids.
Your request was received on {received} and has been routed to: {depts}.

Request description:
"{desc}"

Under the Michigan Freedom of Information Act (MCL 15.235), the City will respond within five (5)
business days after receipt, unless that period is extended by written notice for not more than ten (10)
additional business days.

You can follow the status of your request, read messages and download released documents at
https://grandrapidsmi.nextrequest.com/requests/{num}

Questions? Reply through the portal or contact the Office of the City Clerk, FOIA Unit, at
foia@grandrapidsmi.gov.
"""
    html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<div style="max-width:620px;margin:auto;border:1px solid #dde">
<div style="background:#00395d;color:#fff;padding:14px 18px;font-size:17px">City of Grand Rapids &middot; FOIA Requests</div>
<div style="padding:18px">
<h2 style="font-size:18px;margin-top:0">Request #{num} has been received</h2>
<p>Thank you for submitting a Freedom of Information Act request to the City of Grand Rapids.
Your request was received on <b>{received}</b> and has been routed to: <b>{depts}</b>.</p>
<p style="background:#f4f6f8;padding:10px;border-left:3px solid #00395d"><i>{desc}</i></p>
<p>Under the Michigan Freedom of Information Act (MCL 15.235), the City will respond within five (5) business days after
receipt, unless that period is extended by written notice for not more than ten (10) additional business days.</p>
<p><a href="https://grandrapidsmi.nextrequest.com/requests/{num}" style="background:#00395d;color:#fff;padding:8px 14px;text-decoration:none">View request {num}</a></p>
<p style="font-size:12px;color:#666">Questions? Reply through the portal or contact the Office of the City Clerk, FOIA Unit, at foia@grandrapidsmi.gov.</p>
</div></div>
<p style="font-size:11px;color:#999;text-align:center">Powered by NextRequest</p>
</body></html>"""
    build(fn, [('From', NR), ('To', 'records+req-%03d@records.example.org' % n),
               ('Subject', f'[City of Grand Rapids] Request #{num} has been received'),
               ('Date', when), ('Message-ID', mid(fn, 'mail.nextrequest.com')),
               ('X-Mailer', 'NextRequest Notifications'), ('Auto-Submitted', 'auto-generated')], text, html)

nr_ack('001-grr-nextrequest-ack-pools.eml', 1, '26-1184', date('2026-09-08 10:20'),
       'All inspection reports for City-operated swimming pools and splash pads (Richmond, Briggs, Garfield, '
       'Martin Luther King and Westown) from January 1, 2024 to date, including pool operator logs of chlorine/pH readings.',
       'Parks and Recreation', 'September 8, 2026')
nr_ack('002-grr-nextrequest-ack-library-challenges.eml', 2, '26-1185', date('2026-09-08 10:22'),
       'Copies of all requests for reconsideration of library materials received by Grand Rapids Public Library '
       'from 2022 to the present, and the written decisions on each.',
       'Grand Rapids Public Library', 'September 8, 2026')

# 003/004: Roanoke GovQA acknowledgments
GQ = 'City of Roanoke Public Records Center <roanokeva@govqa.us>'
def gq_ack(fn, n, ref, when, recv, summary):
    text = f"""Dear Records Desk,

Thank you for your interest in public records of the City of Roanoke. Your request has been
received and is being processed in accordance with the Virginia Freedom of Information Act,
Code of Virginia Sec. 2.2-3700 et seq.

Your request was received in this office on {recv} and given the reference number {ref}
for tracking purposes.

Record(s) Requested: {summary}

You can monitor the progress of your request at the link below, and you will receive an email
when your request has been completed.

https://roanokeva.govqa.us/WEBAPP/_rs/(S(x1c4pq))/supporthome.aspx

Office of the City Clerk
City of Roanoke, Virginia
215 Church Avenue SW, Room 456
Roanoke, VA 24011
"""
    build(fn, [('From', GQ), ('To', 'records+req-%03d@records.example.org' % n),
               ('Subject', f'Public Records Request :: {ref}'), ('Date', when),
               ('Message-ID', mid(fn, 'govqa.us')), ('X-Mailer', 'GovQA')], text)

gq_ack('003-roa-govqa-ack-animal.eml', 4, 'R002318-090926', date('2026-09-09 11:05'), '9/9/2026',
       'Intake and outcome logs for the animal shelter serving the City, January 2023 to present, and '
       'monthly or annual euthanasia statistics for the same period.')
gq_ack('004-roa-govqa-ack-str.eml', 5, 'R002331-091026', date('2026-09-10 15:40'), '9/10/2026',
       'Complaints, inspection notes, notices of violation and correspondence concerning short-term rentals '
       '(Airbnb/VRBO type) handled by Code Enforcement, 1/1/2025 to present.')

# 005: GR library staff clarification, informal, from a staff address, quoting our request
REQ2 = """Under the Michigan Freedom of Information Act, MCL 15.231 et seq., I request copies of all
requests for reconsideration of library materials received by Grand Rapids Public Library from
January 1, 2022 to the present, and the written decisions on each.

Please provide records electronically. Thank you.

Records Desk"""
build('005-grr-library-staff-clarify.eml', [
    ('From', 'Tamsin Oyelaran <toyelaran@grandrapidsmi.gov>'),
    ('To', 'records+req-002@records.example.org'),
    ('Cc', 'FOIA Unit <foia@grandrapidsmi.gov>'),
    ('Subject', 'RE: FOIA Request: Grand Rapids Public Library requests for reconsideration of library materials, 2022-2026'),
    ('Date', date('2026-09-11 13:12')), ('Message-ID', mid('005', 'x', 'outlook')),
    ('In-Reply-To', req_mid(2, '2026-09-08')), ('References', req_mid(2, '2026-09-08')),
    ('Thread-Topic', 'FOIA Request: Grand Rapids Public Library requests for reconsideration of library materials, 2022-2026'),
    ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')],
    f"""Hi there,

The Clerk's office passed your FOIA (#26-1185) over to me since I keep the collection
files here at Main. Before I start pulling things, I want to make sure I get you the right stuff.

We get two kinds of "challenges":
  1. the formal Request for Reconsideration form (the one that goes to the review committee
     and gets a written decision), and
  2. comment cards / emails where someone just says they don't like a book. Those don't get
     a formal decision and there are a LOT more of them.

Are you looking for only #1, or both? If both, could we limit #2 to 2024 forward? Going back
to 2022 on comment cards would mean digging through boxes at every branch.

Just reply here and let me know. I'll hold off until I hear from you.

Thanks!
Tamsin

Tamsin Oyelaran | Collection Development Librarian
Grand Rapids Public Library
111 Library St NE, Grand Rapids, MI 49503

________________________________
From: Records Desk <records@records.example.org>
Sent: Tuesday, September 8, 2026 9:41 AM
To: FOIA Unit <foia@grandrapidsmi.gov>
Subject: FOIA Request: Grand Rapids Public Library requests for reconsideration of library materials, 2022-2026

{REQ2}
""")

# 006: Exchange NDR for our REQ-003 email to a dead 311 mailbox
raw('006-bounce-ndr-grr-311.eml', f"""
From: Microsoft Outlook <postmaster@records.example.org>
To: records@records.example.org
Subject: Undeliverable: FOIA Request: 311 customer service request data, January 2025 - August 2026
Date: {date('2026-09-14 09:02')}
Message-ID: <a7c4d1f0-3e19-4b7e-9f55-0c2e6a9d1b33@records.example.org>
In-Reply-To: {req_mid(3, '2026-09-14')}
References: {req_mid(3, '2026-09-14')}
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="ndr_b1c2d3e4"

--ndr_b1c2d3e4
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to customerservice311@grandrapidsmi.gov couldn't be delivered.

customerservice311 wasn't found at grandrapidsmi.gov.

Action Required: Recipient
  Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- Contact the recipient by some other means (by phone, for example) to confirm you're
  using the right address.

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
customerservice311@grandrapidsmi.gov not found by SMTP address lookup'

Original message headers:

From: Records Desk <records@records.example.org>
Reply-To: records+req-003@records.example.org
To: customerservice311@grandrapidsmi.gov
Subject: FOIA Request: 311 customer service request data, January 2025 - August 2026
Date: Mon, 14 Sep 2026 08:58:10 -0400
Message-ID: {req_mid(3, '2026-09-14')}

--ndr_b1c2d3e4
Content-Type: message/delivery-status

Reporting-MTA: dns;BN8PR05MB6611.namprd05.prod.outlook.com
Received-From-MTA: dns;mail.records.example.org
Arrival-Date: Mon, 14 Sep 2026 12:58:11 +0000

Final-Recipient: rfc822;customerservice311@grandrapidsmi.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--ndr_b1c2d3e4
Content-Type: text/rfc822-headers

From: Records Desk <records@records.example.org>
Reply-To: records+req-003@records.example.org
To: customerservice311@grandrapidsmi.gov
Subject: FOIA Request: 311 customer service request data, January 2025 - August 2026
Date: Mon, 14 Sep 2026 08:58:10 -0400
Message-ID: {req_mid(3, '2026-09-14')}

--ndr_b1c2d3e4--
""")

# 007: GR clerk FOIA coordinator extension (Outlook, plain text)
build('007-grr-clerk-extension-pools.eml', [
    ('From', 'FOIA Unit <foia@grandrapidsmi.gov>'),
    ('To', 'records+req-001@records.example.org'),
    ('Subject', 'FOIA #26-1184 - Notice of Extension'),
    ('Date', date('2026-09-14 16:30')), ('Message-ID', mid('007', 'x', 'outlook')),
    ('Thread-Topic', 'FOIA #26-1184 - Notice of Extension'), ('Content-Language', 'en-US')],
    """Dear Requester:

RE: Freedom of Information Act Request #26-1184 (pool inspection reports and chemistry logs)

The City of Grand Rapids received your request on September 8, 2026. Pursuant to MCL 15.235(2)(d),
the City is extending the time for its response by ten (10) business days. Parks and Recreation
staff need additional time to locate operator logs that are kept on site at each aquatic facility
and were boxed up at the close of the 2026 season.

The City's response will be issued on or before September 29, 2026.

If you have any questions, please reference the FOIA number above.

Sincerely,

Danielle Ruiz-Hadley
FOIA Coordinator
Office of the City Clerk
City of Grand Rapids
300 Monroe Ave NW, Grand Rapids, MI 49503
""")

# 008: GR NextRequest ack of the 311 request resubmitted through the portal; received the next day
nr_ack('008-grr-nextrequest-ack-311.eml', 3, '26-1231', date('2026-09-15 08:47'),
       'Export of all 311 customer service requests (service request number, category, date opened, date closed, '
       'status, ward, and location) from January 1, 2025 through August 31, 2026, in CSV format.',
       '311 Customer Service; Information Technology', 'September 15, 2026')
import re
p = OUT / '008-grr-nextrequest-ack-311.eml'
p.write_bytes(p.read_bytes().replace(b'To: records+req-003@records.example.org', b'To: records@records.example.org'))

# 009: Roanoke deputy clerk, 7-day extension (Va. Code 2.2-3704(B)(4)), Outlook reply on GovQA subject
build('009-roa-clerk-extension-animal.eml', [
    ('From', '"Whitfield, Corinne" <corinne.whitfield@roanokeva.gov>'),
    ('To', 'records+req-004@records.example.org'),
    ('Subject', 'RE: Public Records Request :: R002318-090926'),
    ('Date', date('2026-09-15 12:10')), ('Message-ID', mid('009', 'x', 'outlook')),
    ('Thread-Topic', 'Public Records Request :: R002318-090926'), ('Content-Language', 'en-US')],
    """Good afternoon,

This is in reference to your Virginia Freedom of Information Act request received September 9, 2026
(reference R002318-090926) for shelter intake logs and euthanasia statistics.

Please be advised that it is not practically possible to provide the requested records or to
determine whether they are available within the five working days required by law. The records
are maintained in the shelter's animal management database and must be exported and reviewed
by staff at the Roanoke Center for Animal Care and Protection. Accordingly, and pursuant to
Va. Code Sec. 2.2-3704(B)(4), the City will require an additional seven (7) working days in
which to respond to your request.

Thank you for your patience.

Corinne Whitfield
Deputy City Clerk / FOIA Officer
City of Roanoke
(540) 853-2541
""")

# 010: Pueblo clerk, terse ack
build('010-pueblo-clerk-ack-pools.eml', [
    ('From', 'Pueblo City Clerk <cityclerk@pueblo.us>'),
    ('To', 'records+req-006@records.example.org'),
    ('Subject', 'RE: CORA Request: Public swimming pool inspection reports, 2025 and 2026 seasons'),
    ('Date', date('2026-09-16 09:15', 'MT')), ('Message-ID', mid('010', 'pueblo.us')),
    ('In-Reply-To', req_mid(6, '2026-09-15')), ('References', req_mid(6, '2026-09-15'))],
    """Received 9/15/2026. Your request is logged as CORA 2026-0388.

We will respond within three working days or let you know if an extension is needed.

City Clerk's Office
City of Pueblo
1 City Hall Place, Pueblo CO 81003
""")
