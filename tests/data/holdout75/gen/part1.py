"""Messages 001-010."""
from lib import *

# 001 San Jose Clerk NextRequest portal: ack for Mayor's calendars
f = '001-sj-nextrequest-ack-mayor-calendars.eml'
build(f, [('From', 'City of San José Records Center <sanjoseca@mail.nextrequest.com>'),
          ('To', plus('REQ-001')),
          ('Subject', 'Your City of San José record request #26-3371 has been submitted'),
          ('Date', 'Tue, 08 Sep 2026 14:05:12 -0700'),
          ('Message-ID', newid(f, 'mail.nextrequest.com'))],
      html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<div style="background:#0b3d66;color:#fff;padding:12px"><b>City of San Jos&eacute; &middot; Public Records Center</b></div>
<div style="padding:14px">
<p>Your record request <b>#26-3371</b> has been submitted and routed by the Office of the City Clerk.</p>
<p><b>Request:</b> All calendars, daily schedules and meeting invitations of the Mayor, including scheduling
calendars maintained by the Mayor's staff, January 1 through August 31, 2026.</p>
<p><b>Department(s):</b> Office of the Mayor<br><b>Received:</b> September 8, 2026</p>
<p>The City will respond within 10 days as provided by the California Public Records Act (Gov. Code &sect; 7922.535).
You will be notified by email when documents are released or when your request is updated.</p>
<p><a href="https://sanjoseca.nextrequest.com/requests/26-3371">View request #26-3371</a></p>
</div>
<div style="font-size:11px;color:#888;padding:8px">You are receiving this email because you made a request through the City of San Jos&eacute; Public Records Center. Powered by NextRequest.</div>
</body></html>""")
fact(f, 'REQ-001', 'acknowledgment', '26-3371', ['plus', 'tracking-new', 'subject'], 'received_on_sent_date',
     why='Clerk portal (NextRequest, shared by all departments) confirms the Mayor calendar request, received Sep 8, #26-3371')

# 002 same portal, council request, sent to the bare inbox
f = '002-sj-nextrequest-ack-downtown-west.eml'
build(f, [('From', 'City of San José Records Center <sanjoseca@mail.nextrequest.com>'),
          ('To', INBOX),
          ('Subject', 'Your City of San José record request #26-3372 has been submitted'),
          ('Date', 'Tue, 08 Sep 2026 14:07:40 -0700'),
          ('Message-ID', newid(f, 'mail.nextrequest.com'))],
      text="""Your record request #26-3372 has been submitted.

Request:
Emails, text messages and letters between any member of the City Council (or
Council office staff) and developers, their consultants or registered lobbyists
concerning Downtown West or the Diridon Station Area Plan, January 1, 2025 to
present.

Department(s): City Council; Office of the City Clerk
Received: September 8, 2026

The City will respond within 10 days as provided by the California Public
Records Act. View your request: https://sanjoseca.nextrequest.com/requests/26-3372

Powered by NextRequest
""", html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="background:#0b3d66;color:#fff;padding:12px"><b>City of San Jos&eacute; &middot; Public Records Center</b></div>
<p>Your record request <b>#26-3372</b> has been submitted.</p>
<p><b>Request:</b> Emails, text messages and letters between any member of the City Council (or Council office staff)
and developers, their consultants or registered lobbyists concerning Downtown West or the Diridon Station Area Plan,
January 1, 2025 to present.</p>
<p><b>Department(s):</b> City Council; Office of the City Clerk<br><b>Received:</b> September 8, 2026</p>
<p>The City will respond within 10 days as provided by the California Public Records Act.</p>
<p><a href="https://sanjoseca.nextrequest.com/requests/26-3372">View request #26-3372</a></p>
<p style="font-size:11px;color:#888">Powered by NextRequest</p></body></html>""")
fact(f, 'REQ-002', 'acknowledgment', '26-3372', ['tracking-new', 'subject'], 'received_on_sent_date',
     why='same shared Clerk portal, no plus address: council/Downtown West description places it; #26-3372, received Sep 8')

# 003 Exchange NDR for our cc to a former council aide (Austin)
f = '003-austin-exchange-ndr.eml'
b = 'B_' + hashlib.sha1(f.encode()).hexdigest()[:20]
write(f, """From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@austintexas.gov>
To: <%(to)s>
Date: Wed, 9 Sep 2026 13:15:02 +0000
Subject: Undeliverable: %(subj)s
Message-ID: %(id)s
Content-Language: en-US
X-MS-Exchange-Message-Is-Ndr:
X-MS-PublicTrafficType: Email
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="%(b)s"

--%(b)s
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to d.okafor@austintexas.gov couldn't be delivered.

d.okafor wasn't found at austintexas.gov.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Retype the recipient's address, then resend the message.
- If you continue to experience problems, contact your email admin.

Diagnostic information for administrators:
Generating server: DM6PR09MB5512.namprd09.prod.outlook.com
d.okafor@austintexas.gov
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--%(b)s
Content-Type: message/delivery-status

Reporting-MTA: dns;DM6PR09MB5512.namprd09.prod.outlook.com
Received-From-MTA: dns;mail.records.example.org
Arrival-Date: Wed, 9 Sep 2026 13:14:58 +0000

Final-Recipient: rfc822;d.okafor@austintexas.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--%(b)s
Content-Type: text/rfc822-headers

From: Records Desk <records@records.example.org>
Reply-To: %(to)s
To: publicinformation@austintexas.gov
Cc: d.okafor@austintexas.gov, district9@austintexas.gov
Subject: %(subj)s
Date: Wed, 9 Sep 2026 08:14:40 -0500
Message-ID: %(orig)s

--%(b)s--
""" % dict(to=plus('REQ-003'), subj=subj('REQ-003'), id=newid(f, 'namprd09.prod.outlook.com'), b=b, orig=mid('REQ-003')))
fact(f, 'REQ-003', 'bounce', None, ['thread-embedded', 'plus', 'subject'],
     why='Exchange NDR: our cc to a departed council aide bounced; original Message-ID of REQ-003 in the returned headers')

# 004 council aide out-of-office (Outlook)
f = '004-austin-d9-ooo.eml'
build(f, [('From', '"Ruiz, Marisol" <marisol.ruiz@austintexas.gov>'),
          ('To', plus('REQ-003')),
          ('Subject', 'Automatic reply: ' + subj('REQ-003')),
          ('Thread-Topic', subj('REQ-003')),
          ('Thread-Index', 'AQHdIYx3k2Lw7mKf0EqgWZ0u1c9eAQ=='),
          ('Date', 'Wed, 9 Sep 2026 09:12:31 -0500'),
          ('Message-ID', newid(f, 'SA1PR09MB8833.namprd09.prod.outlook.com')),
          ('In-Reply-To', mid('REQ-003')), ('References', mid('REQ-003')),
          ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
          ('X-MS-Exchange-Inbox-Rules-Loop', 'marisol.ruiz@austintexas.gov'),
          ('X-MS-Has-Attach', ''), ('Content-Language', 'en-US')],
      text="""Thank you for your email. I am out of the office through Monday, September 14,
with limited access to email.

For scheduling requests for Council Member Alvarado-Reyes, please contact
district9@austintexas.gov. Public information requests should be submitted
through the City's Public Information Request Center at austintexas.gov/pir.

Marisol Ruiz
Policy Aide | Office of Council Member Alvarado-Reyes, District 9
""")
fact(f, 'REQ-003', 'auto_reply', None, ['thread', 'plus'],
     why='Outlook automatic reply from the District 9 policy aide we copied; no substance')

# 005 Austin GovQA ack (council texts)
f = '005-austin-govqa-ack-texts.eml'
build(f, [('From', 'City of Austin Public Information Center <austintx@govqa.us>'),
          ('To', plus('REQ-003')),
          ('Subject', 'Public Information Request :: R004812-090926'),
          ('Date', 'Thu, 10 Sep 2026 11:40:09 -0500'),
          ('Message-ID', newid(f, 'govqa.us'))],
      html="""<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Dear Records Desk,</p>
<p>Thank you for submitting a public information request to the City of Austin. The City received your request on
<b>9/9/2026</b> and it has been assigned reference number <b>R004812-090926</b>.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr><td>Department(s)</td><td>Mayor and Council; Law Department</td></tr>
<tr><td>Request</td><td>Text messages, including messages on personal devices, between Council Member
Alvarado-Reyes or her staff and developers or lobbyists for South Central Waterfront projects, 1/1/2026 - 9/1/2026.</td></tr>
</table>
<p>Under the Texas Public Information Act (Tex. Gov't Code ch. 552) the City will promptly produce the information or,
if it cannot do so within 10 business days, will notify you in writing of a date and hour when it will be available.
If the City wishes to withhold information it will seek a ruling from the Office of the Attorney General and notify you.</p>
<p>To monitor your request, log in to the <a href="https://austintx.govqa.us/WEBAPP/_rs/supporthome.aspx">Public Information Center</a>.</p>
<p>City of Austin Public Information Office</p>
</body></html>""")
fact(f, 'REQ-003', 'acknowledgment', 'R004812-090926', ['plus', 'tracking-new', 'subject'], 'received_on_sent_date',
     why='GovQA acknowledgment: received 9/9/2026 (= sent), reference R004812-090926')

# 006 Seattle GovQA ack (Mayor texts)
f = '006-seattle-govqa-ack-texts.eml'
build(f, [('From', 'City of Seattle Public Records Request Center <seattle@govqa.us>'),
          ('To', plus('REQ-005')),
          ('Subject', 'Seattle Public Records Request :: C051277-091026'),
          ('Date', 'Thu, 10 Sep 2026 16:20:44 -0700'),
          ('Message-ID', newid(f, 'govqa.us'))],
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Records Desk:</p>
<p>The City of Seattle received your public records request on <b>September 10, 2026</b>. Your request has been
assigned reference number <b>C051277-091026</b> and routed to the <b>Office of the Mayor</b>.</p>
<p><i>Request summary:</i> Text messages sent or received by the Mayor on any city-issued or personal phone with
developers or their representatives concerning the comprehensive plan update, January-August 2026.</p>
<p>Under RCW 42.56.520, within five business days of receipt the City will provide the records, acknowledge your
request and give a reasonable estimate of the time needed to respond, ask for clarification, or deny the request.</p>
<p>Please reference C051277-091026 in all correspondence.</p>
<p>Seattle Public Records Request Center</p></body></html>""")
fact(f, 'REQ-005', 'acknowledgment', 'C051277-091026', ['plus', 'tracking-new', 'subject'], 'received_on_sent_date',
     why='Seattle GovQA acknowledgment; received Sep 10 (= sent); WA 5-business-day rule from the table')

# 007 city newsletter (no request)
f = '007-sj-mayor-newsletter.eml'
build(f, [('From', 'City of San José <sanjose@public.govdelivery.com>'),
          ('To', INBOX),
          ('Subject', "This Week in San José: Downtown West groundbreaking, budget town halls and the Mayor's calendar of events"),
          ('Date', 'Fri, 11 Sep 2026 08:02:00 -0700'),
          ('Message-ID', newid(f, 'public.govdelivery.com')),
          ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/CASANJOSE/subscriber/edit?preferences=true>'),
          ('X-Accountcode', 'CASANJOSE_12')],
      text="""THIS WEEK IN SAN JOSE

* Downtown West: first residential tower breaks ground next to Diridon Station
* Join the Mayor at neighborhood budget town halls (see the calendar of events)
* City Council returns from recess on September 15 - agendas on the Clerk's site
* Public records? The City Clerk's Public Records Center is open 24/7

Manage your subscriptions: https://public.govdelivery.com/accounts/CASANJOSE/subscriber/edit
""", html="""<html><body><h2>This Week in San Jos&eacute;</h2><ul>
<li>Downtown West: first residential tower breaks ground next to Diridon Station</li>
<li>Join the Mayor at neighborhood budget town halls (see the calendar of events)</li>
<li>City Council returns from recess on September 15 &ndash; agendas on the Clerk's site</li>
<li>Public records? The City Clerk's Public Records Center is open 24/7</li></ul>
<p style="font-size:10px">Manage your subscriptions. Powered by GovDelivery.</p></body></html>""")
fact(f, None, 'other', None, ['none'],
     why="city GovDelivery newsletter mentioning Downtown West and the Mayor's calendar; belongs to no request")

# 008 San Jose clarification on council request
f = '008-sj-nextrequest-clarify.eml'
build(f, [('From', 'City of San José Records Center <sanjoseca@mail.nextrequest.com>'),
          ('To', INBOX),
          ('Subject', '[Records Center] Record request #26-3372 - message from the City'),
          ('Date', 'Mon, 14 Sep 2026 10:00:31 -0700'),
          ('Message-ID', newid(f, 'mail.nextrequest.com'))],
      html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>A message was added to record request <b>#26-3372</b> by Office of the City Clerk staff:</p>
<blockquote style="border-left:3px solid #0b3d66;padding-left:10px">
Good morning. To help the Council offices search efficiently, please clarify the following:<br><br>
1. Which Council offices should be searched (all ten districts, or specific districts)?<br>
2. Please list the developers, consultants or lobbying firms whose correspondence you are seeking, or search terms
we may use (the Downtown West project involves more than forty consultants).<br>
3. Do you want text messages and messages on personal accounts? Under <i>City of San Jose v. Superior Court</i> (2017),
Councilmembers will be asked to search their own personal accounts and devices and certify the search, which adds time.<br><br>
Your request will be placed on hold until we receive your response. Please reply through the portal.
</blockquote>
<p><a href="https://sanjoseca.nextrequest.com/requests/26-3372">View request #26-3372</a></p>
<p style="font-size:11px;color:#888">Powered by NextRequest</p></body></html>""")
fact(f, 'REQ-002', 'clarification', '26-3372', ['tracking', 'subject'],
     why='Clerk asks which Council offices, which developers, and whether personal accounts are wanted; request on hold')

# 009 Denver council ack
f = '009-denver-council-ack.eml'
build(f, [('From', 'Denver City Council Records <councilrecords@denvergov.org>'),
          ('To', plus('REQ-007')),
          ('Subject', 'RE: ' + subj('REQ-007')),
          ('Date', 'Mon, 14 Sep 2026 13:25:18 -0600'),
          ('Message-ID', newid(f, 'denvergov.org')),
          ('In-Reply-To', mid('REQ-007')), ('References', mid('REQ-007'))],
      text="""Good afternoon,

The Denver City Council office received your Colorado Open Records Act
request today, September 14, 2026. It has been logged as CORA 2026-0412.

Under C.R.S. 24-72-203(3)(b) the custodian has three working days to
respond, which may be extended by up to seven additional working days if
extenuating circumstances exist. Please note that the City charges for
research and retrieval time beyond the first hour at the rate allowed by
C.R.S. 24-72-205(6); we will send an estimate before any charges are
incurred.

Thank you,

Council Records Coordinator
Denver City Council | 1437 Bannock St., Room 451 | Denver, CO 80202
""")
fact(f, 'REQ-007', 'acknowledgment', 'CORA 2026-0412', ['thread', 'plus', 'tracking-new'], 'received_on_sent_date',
     why='Denver council ack, received Sep 14 (= sent), CORA 2026-0412; CO 3 working days')

# 010 Council Member's chief of staff: CM will search her own phone
f = '010-austin-d9-staff-own-phone.eml'
body = """Hi there,

This is Kelsey, chief of staff for CM Alvarado-Reyes. We got your request
this morning. Just a heads up on how this works on our end: all PIRs are
handled by the PIR team in the Law Department, so the official response
will come from them through the portal.

On the texts - the CM uses her personal cell for some calls and texts and
she is going to go through her own phone herself this week and screenshot
anything with the folks listed in your request. I'll pass whatever she
finds to our PIR coordinator. We don't have access to her phone, so it has
to be her. She does not use Signal or WhatsApp for city business as far as
I know.

If you can live with a narrower window (say March to August) it would go
faster, but totally your call.

Kelsey Tran
Chief of Staff | Council Member Alvarado-Reyes, District 9
City of Austin | 512-978-2109
"""
build(f, [('From', '"Tran, Kelsey" <kelsey.tran@austintexas.gov>'),
          ('To', plus('REQ-003')),
          ('Subject', 'RE: ' + subj('REQ-003')),
          ('Thread-Topic', subj('REQ-003')),
          ('Thread-Index', 'AQHdIYx3k2Lw7mKf0EqgWZ0u1c9eAYABmN4w'),
          ('Date', 'Tue, 15 Sep 2026 09:48:03 -0500'),
          ('Message-ID', newid(f, 'SA1PR09MB8833.namprd09.prod.outlook.com')),
          ('In-Reply-To', mid('REQ-003')), ('References', mid('REQ-003')),
          ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')],
      text=body + quote_request('REQ-003', 'Wed, Sep 9, 2026 at 8:14 AM', request_text('REQ-003')))
fact(f, 'REQ-003', 'other', None, ['thread', 'plus', 'subject'],
     why="council member's chief of staff (informal): the CM will search her own personal phone; PIR team will respond")
