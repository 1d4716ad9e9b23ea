"""Messages 011-020."""
from common import *

# 011: Pueblo clerk ack for the vendor-contract request, arriving through the Google Group inbox
build('011-pueblo-ack-vendors-via-group.eml', [
    ('From', "'Pueblo City Clerk' via Records Desk <records@records.example.org>"),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Reply-To', 'Pueblo City Clerk <cityclerk@pueblo.us>'),
    ('Subject', 'RE: CORA Request: Parks and aquatics concession and vendor contracts, 2023-2026'),
    ('Date', date('2026-09-16 09:17', 'MT')), ('Message-ID', mid('011', 'pueblo.us')),
    ('In-Reply-To', req_mid(7, '2026-09-15')), ('References', req_mid(7, '2026-09-15')),
    ('X-Original-Sender', 'cityclerk@pueblo.us'), ('X-Original-From', 'Pueblo City Clerk <cityclerk@pueblo.us>'),
    ('Sender', 'records@records.example.org')] + GROUP,
    """Received 9/15/2026 and logged as CORA 2026-0389. Forwarded to Parks & Recreation and Purchasing.

Response within three working days or notice of extension.

City Clerk's Office
City of Pueblo
""")

# 012: Knoxville GovQA (mycusthelp) acknowledgment, HTML only
build('012-knox-portal-ack-311.eml', [
    ('From', 'City of Knoxville Public Records <knoxvilletn@mycusthelp.net>'),
    ('To', 'records+req-009@records.example.org'),
    ('Subject', 'City of Knoxville Public Records Request :: W004512-091626'),
    ('Date', date('2026-09-16 16:02')), ('Message-ID', mid('012', 'mycusthelp.net'))],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><table style="font-family:Verdana;font-size:9pt" width="640">
<tr><td><img src="https://knoxvilletn.mycusthelp.net/WEBAPP/_rs/images/knox_logo.png" alt="City of Knoxville"></td></tr>
<tr><td>
<p>Dear Records Desk:</p>
<p>Thank you for your public records request. The City of Knoxville received your request on 9/16/2026 and
assigned it reference number <b>W004512-091626</b>.</p>
<p><u>Request details:</u> Knox 311 call and service request data (call date/time, request type, department
assigned, status, closure date) January 2025 to present, and any monthly or quarterly 311 call-center
performance reports.</p>
<p>Under the Tennessee Public Records Act, T.C.A. &sect; 10-7-503, if records are not promptly available the City
will, within seven (7) business days, make them available, deny the request in writing, or provide a Records
Request Response Form stating the time reasonably necessary to produce them.</p>
<p>To check the status of your request or to view your records, please log in to the
<a href="https://knoxvilletn.mycusthelp.net/WEBAPP/_rs/supporthome.aspx">Public Records Center</a>.</p>
<p>City of Knoxville Law Department<br>Public Records</p>
</td></tr></table></body></html>""")

# 013: Roanoke code enforcement inspector asks to clarify (reply quoting our request)
REQ5 = """Pursuant to the Virginia Freedom of Information Act, I request copies of complaints,
inspection notes, notices of violation and correspondence concerning short-term rentals
(Airbnb/VRBO-type lodging) handled by the Code Enforcement Division from January 1, 2025
to the present."""
build('013-roa-code-staff-clarify.eml', [
    ('From', '"Pruitt, Desmond" <desmond.pruitt@roanokeva.gov>'),
    ('To', 'records+req-005@records.example.org'),
    ('Cc', '"Whitfield, Corinne" <corinne.whitfield@roanokeva.gov>'),
    ('Subject', 'RE: Virginia FOIA Request: Code enforcement records on short-term rentals, 2025-2026'),
    ('Date', date('2026-09-17 10:40')), ('Message-ID', mid('013', 'x', 'outlook')),
    ('In-Reply-To', req_mid(5, '2026-09-10')), ('References', req_mid(5, '2026-09-10')),
    ('Thread-Topic', 'Virginia FOIA Request: Code enforcement records on short-term rentals, 2025-2026')],
    f"""Morning,

Corinne in the Clerk's office asked me to reach out on your request. Problem is our case system
doesn't have a "short-term rental" case type. Those complaints get entered as zoning use
violations, noise, trash, parking, etc., same as any other house, so I can't just run a report.

Can you help me narrow it? Any of these would work:
 - a list of addresses you're interested in, or
 - just the zoning "unpermitted use" cases (that's where most of the STR ones end up), or
 - a shorter window, like the last 6 months, and I'll read through the case notes by hand.

Let me know which way you want to go and I'll get started. Until I hear back I'm going to hold
this one.

Desmond Pruitt
Code Enforcement Inspector II
Neighborhood Services / Code Enforcement Division
City of Roanoke

-----Original Message-----
From: Records Desk <records@records.example.org>
Sent: Thursday, September 10, 2026 2:52 PM
To: cityclerk@roanokeva.gov
Subject: Virginia FOIA Request: Code enforcement records on short-term rentals, 2025-2026

{REQ5}
""")

# 014: Pueblo extension, CORA 24-72-203(3)(b), 7 working days
build('014-pueblo-extension-pools.eml', [
    ('From', 'Pueblo City Clerk <cityclerk@pueblo.us>'),
    ('To', 'records+req-006@records.example.org'),
    ('Subject', 'CORA 2026-0388 extension'),
    ('Date', date('2026-09-18 11:30', 'MT')), ('Message-ID', mid('014', 'pueblo.us'))],
    """Pursuant to C.R.S. 24-72-203(3)(b), extenuating circumstances exist and the City is taking up to
seven additional working days to respond to CORA 2026-0388. Parks staff are checking which
office holds the inspection reports.

Expected response by 9/29/2026.

City Clerk's Office
City of Pueblo
""")

# 015: Pueblo fee estimate, letter only in a PDF attachment
fee = pdf(["CITY OF PUEBLO", "Office of the City Clerk", "1 City Hall Place, Pueblo, Colorado 81003", "",
           "September 18, 2026", "", "Records Desk", "records@records.example.org", "",
           "RE: Colorado Open Records Act Request - CORA No. 2026-0389",
           "Parks and aquatics concession and vendor contracts, 2023-2026", "",
           "Dear Requester:", "",
           "The City has reviewed your request. Responsive contracts are held by Parks and Recreation and",
           "by the Purchasing Division and must be retrieved from two document systems and an off-site",
           "box of pre-2024 concession files. We estimate four (4) hours of research and retrieval time.",
           "", "Pursuant to C.R.S. 24-72-205(6) and the City's CORA policy, the first hour is provided at no",
           "charge. The remaining time is billed at the statutory maximum rate:", "",
           "     Research and retrieval: 3.0 hours x $41.37          $124.11",
           "     Electronic copies (PDF)                               $0.00",
           "     ESTIMATED TOTAL                                     $124.11", "",
           "Payment of the estimated amount is required before the City begins the work. Checks may be",
           "made payable to the City of Pueblo, or call the Clerk's Office to pay by card. If we do not",
           "receive payment or hear from you within 30 days, your request will be closed.", "",
           "If the actual time is less than estimated, the difference will be refunded.", "",
           "Sincerely,", "", "Marisol Quintana-Reyes", "Deputy City Clerk / Records Custodian"],
          title='CORA 2026-0389 Fee Estimate')
build('015-pueblo-fee-estimate-pdf.eml', [
    ('From', 'Pueblo City Clerk <cityclerk@pueblo.us>'),
    ('To', 'records+req-007@records.example.org'),
    ('Subject', 'Open records request - estimate'),
    ('Date', date('2026-09-18 14:05', 'MT')), ('Message-ID', mid('015', 'pueblo.us'))],
    """Please see the attached.

City Clerk's Office
City of Pueblo
""", attachments=[('CORA 2026-0389 Fee Estimate.pdf', 'application/pdf', fee)])

# 016: Pueblo clerk mailbox auto-responder; no thread headers, generic subject
build('016-pueblo-clerk-autoreply.eml', [
    ('From', 'Pueblo City Clerk <cityclerk@pueblo.us>'),
    ('To', 'records@records.example.org'),
    ('Subject', "Thank you for contacting the Pueblo City Clerk's Office"),
    ('Date', date('2026-09-21 10:01', 'MT')), ('Message-ID', mid('016', 'pueblo.us')),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'bulk')],
    """Thank you for your email. This is an automatic reply.

The City Clerk's Office is currently experiencing a high volume of requests. Colorado Open
Records Act requests are answered within three working days of receipt, not counting the day
received. Requests received after 4:30 p.m. or on a City holiday are considered received the
next working day.

For marriage licenses, liquor licensing or municipal elections please call (719) 553-2655.
""")

# 017: Postfix bounce from pueblo.us for the cc to a retired animal services mailbox
raw('017-bounce-pueblo-animal.eml', f"""
From: MAILER-DAEMON@mx1.pueblo.us (Mail Delivery System)
To: records@records.example.org
Subject: Undelivered Mail Returned to Sender
Date: {date('2026-09-21 10:02', 'MT')}
Message-ID: <20260921160211.4C1E83A0B2@mx1.pueblo.us>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="4C1E83A0B2.1790006531/mx1.pueblo.us"

This is a MIME-encapsulated message.

--4C1E83A0B2.1790006531/mx1.pueblo.us
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.pueblo.us.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<animalservices@pueblo.us>: user unknown; mailbox disabled (account retired
    2025-06-30)

--4C1E83A0B2.1790006531/mx1.pueblo.us
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.pueblo.us
X-Postfix-Queue-ID: 4C1E83A0B2
Arrival-Date: Mon, 21 Sep 2026 10:01:58 -0600 (MDT)

Final-Recipient: rfc822; animalservices@pueblo.us
Original-Recipient: rfc822;animalservices@pueblo.us
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; user unknown; mailbox disabled

--4C1E83A0B2.1790006531/mx1.pueblo.us
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <records@records.example.org>
From: Records Desk <records@records.example.org>
Reply-To: records+req-008@records.example.org
To: cityclerk@pueblo.us
Cc: animalservices@pueblo.us
Subject: CORA Request: Animal services intake logs and euthanasia records, 2025-2026
Date: Mon, 21 Sep 2026 11:59:40 -0400
Message-ID: {req_mid(8, '2026-09-21')}

--4C1E83A0B2.1790006531/mx1.pueblo.us--
""")

# 018: unrelated GovDelivery newsletter from the parks department (request: null)
build('018-grr-parks-newsletter-null.eml', [
    ('From', 'City of Grand Rapids <grandrapidsmi@public.govdelivery.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Parks & Rec Fall Guide: pool season wrap-up, leaf pickup and new programs'),
    ('Date', date('2026-09-21 15:44')), ('Message-ID', mid('018', 'public.govdelivery.com')),
    ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/MIGRANDRAPIDS/subscriber/edit?preferences=true>'),
    ('X-Accept-Language', 'en-us'), ('Precedence', 'bulk')],
    """GRAND RAPIDS PARKS & RECREATION - FALL 2026

Thanks for a record pool season!
More than 61,000 visits to our five outdoor pools and splash pads this summer. Pools are now
closed for the season; Briggs and Richmond will be drained and winterized by October 2.

Fall programs are open for registration
Pickleball leagues, adaptive yoga, and Youth Cross Country start October 5. Register at
grandrapidsmi.gov/parks.

Leaf pickup schedule
Curbside leaf collection begins November 2. See the map for your ward's week.

You are receiving this because you subscribed to Parks & Recreation news.
Manage your subscriptions: https://public.govdelivery.com/accounts/MIGRANDRAPIDS/subscriber/edit
""", html="""<html><body style="font-family:Georgia,serif">
<h1 style="color:#2e7d32">Grand Rapids Parks &amp; Recreation &ndash; Fall 2026</h1>
<h3>Thanks for a record pool season!</h3>
<p>More than 61,000 visits to our five outdoor pools and splash pads this summer. Pools are now closed for the season;
Briggs and Richmond will be drained and winterized by October 2.</p>
<h3>Fall programs are open for registration</h3>
<p>Pickleball leagues, adaptive yoga, and Youth Cross Country start October 5. Register at grandrapidsmi.gov/parks.</p>
<h3>Leaf pickup schedule</h3><p>Curbside leaf collection begins November 2. See the map for your ward's week.</p>
<p style="font-size:11px;color:#777">You are receiving this because you subscribed to Parks &amp; Recreation news.
<a href="https://public.govdelivery.com/accounts/MIGRANDRAPIDS/subscriber/edit">Manage your subscriptions</a></p>
</body></html>""")

# 019: NextRequest message carrying a statutory extension for the 311 request
build('019-grr-nextrequest-extension-311.eml', [
    ('From', 'City of Grand Rapids Public Records <grandrapidsmi@mail.nextrequest.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', '[City of Grand Rapids] Request #26-1231 - a message was sent to you'),
    ('Date', date('2026-09-22 09:30')), ('Message-ID', mid('019', 'mail.nextrequest.com')),
    ('X-Mailer', 'NextRequest Notifications')],
    """Request #26-1231

Message from the City of Grand Rapids:

  Pursuant to MCL 15.235(2)(d), the City is extending the period to respond to your request by
  up to 10 business days. The 311 data is stored in the City's customer relationship management
  system and Information Technology staff must build and validate the export.

View the request: https://grandrapidsmi.nextrequest.com/requests/26-1231

You are receiving this email because you submitted or follow this request.
""")

# 020: Knoxville GovQA ack, short-term rental request (plain text version of their template)
build('020-knox-portal-ack-str.eml', [
    ('From', 'City of Knoxville Public Records <knoxvilletn@mycusthelp.net>'),
    ('To', 'records+req-010@records.example.org'),
    ('Subject', 'City of Knoxville Public Records Request :: W004601-092226'),
    ('Date', date('2026-09-22 13:15')), ('Message-ID', mid('020', 'mycusthelp.net'))],
    """Dear Records Desk:

Thank you for your public records request. The City of Knoxville received your request on
9/22/2026 and assigned it reference number W004601-092226.

Request details: complaints, inspection reports, notices of violation and citations concerning
short-term rental units operating without a permit, January 2024 to present.

Under the Tennessee Public Records Act, T.C.A. Sec. 10-7-503, if records are not promptly
available the City will, within seven (7) business days, make them available, deny the request
in writing, or provide a Records Request Response Form stating the time reasonably necessary
to produce them.

To check the status of your request or to view your records, please log in to the Public
Records Center: https://knoxvilletn.mycusthelp.net/WEBAPP/_rs/supporthome.aspx

City of Knoxville Law Department
Public Records
""")
