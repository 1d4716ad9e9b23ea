"""Messages 001-010 (September 3 - September 16, 2026)."""
from build_common import *

# 001 ---------------------------------------------------------------- DOI FOIA PAL acknowledgment (BLM, REQ-001)
body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c8c8c8">
<tr><td style="background:#1b3b5a;color:#fff;padding:10px 14px;font-size:13pt">U.S. Department of the Interior &middot; FOIA Public Access Link</td></tr>
<tr><td style="padding:14px">
<p>Dear Records Desk,</p>
<p>This message confirms that your Freedom of Information Act request has been received and logged by the
<b>Bureau of Land Management - Colorado State Office</b>.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:10pt">
<tr><td style="background:#eef2f6">Tracking Number</td><td><b>DOI-BLM-2026-004417</b></td></tr>
<tr><td style="background:#eef2f6">Received Date</td><td>09/02/2026</td></tr>
<tr><td style="background:#eef2f6">Request Type</td><td>FOIA</td></tr>
<tr><td style="background:#eef2f6">Fee Category</td><td>Representative of the News Media (pending review)</td></tr>
<tr><td style="background:#eef2f6">Description</td><td>Wild horse gather records, Piceance-East Douglas HMA, 2024-2026 (gather reports,
contractor daily logs, animal welfare assessments, mortality records)</td></tr>
</table>
<p>You may check the status of this request at any time by signing in to the Public Access Link. Please refer to the
tracking number above in all communication with the processing office.</p>
<p style="font-size:8.5pt;color:#666">This is a system-generated message from an unmonitored mailbox. Replies to this address are not
read. Questions about your request should be directed to the office processing it.</p>
</td></tr></table>
</body></html>
"""
write('001-doi-pal-ack-blm-horses.eml', [
    ('Return-Path', '<foiapal-noreply@doi.gov>'),
    ('From', 'DOI FOIA Public Access Link <foiapal-noreply@doi.gov>'),
    ('To', INBOX),
    ('Subject', 'FOIA Request DOI-BLM-2026-004417 has been received'),
    ('Date', date('2026-09-03 11:12', 'ET')),
    ('Message-ID', '<%s.%s@foiapal.doi.gov>' % (h('001a', 12), h('001b', 8))),
    ('X-Mailer', 'FOIAXpress PAL Notification Service'),
    ('Auto-Submitted', 'auto-generated'),
], html(body))

# 002 ---------------------------------------------------------------- USFS R3 mailbox auto-reply (REQ-002)
body = """Thank you for contacting the USDA Forest Service, Southwestern Region FOIA Service Center.

This automatic reply confirms that your message reached our mailbox. It is not an acknowledgment of a FOIA
request. Requests are logged in the order in which they are received; once your request has been logged, a FOIA
specialist will send you a letter with a tracking number and the date your request was received.

Requests for records held by the Rocky Mountain Region (Colorado, Wyoming, South Dakota, Nebraska and Kansas)
should be sent to that region's FOIA office. Requests for Forest Service national records may be submitted
through the USDA Public Access Link.

Southwestern Region FOIA Service Center
USDA Forest Service
333 Broadway Blvd SE
Albuquerque, NM 87102
"""
write('002-usfs-r3-mailbox-autoreply.eml', [
    ('From', 'FS-R3 FOIA <SM.FS.R3FOIA@usda.gov>'),
    ('To', 'Records Desk <%s>' % plus(2)),
    ('Subject', 'Automatic reply: ' + req(2)['subject']),
    ('Date', date('2026-09-03 10:03')),
    ('Message-ID', outlook_mid('002', 'PH0PR09MB')),
    ('In-Reply-To', req_mid(2)),
    ('References', req_mid(2)),
    ('Auto-Submitted', 'auto-generated'),
    ('X-Auto-Response-Suppress', 'All'),
] + ms_headers('002', req(2)['subject']), text(body))

# 003 ---------------------------------------------------------------- Postfix DSN for our cc to a dead BLM domain (REQ-004)
orig = """Return-Path: <records@records.example.org>
Received: from desk-laptop.records.example.org (desk-laptop.records.example.org [10.20.0.31])
	by mx1.records.example.org (Postfix) with ESMTPSA id 4C1F2A0074
	for <co_foia@co.blm.gov>; Wed,  9 Sep 2026 07:58:12 -0600 (MDT)
From: Records Desk <records@records.example.org>
Reply-To: %s
To: blm_co_foia@blm.gov
Cc: co_foia@co.blm.gov
Subject: %s
Date: Wed, 09 Sep 2026 07:58:09 -0600
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit""" % (plus(4), req(4)['subject'], req_mid(4))
dsn = """Reporting-MTA: dns; mx1.records.example.org
X-Postfix-Queue-ID: 4C1F2A0074
X-Postfix-Sender: rfc822; records@records.example.org
Arrival-Date: Wed,  9 Sep 2026 07:58:12 -0600 (MDT)

Final-Recipient: rfc822; co_foia@co.blm.gov
Original-Recipient: rfc822;co_foia@co.blm.gov
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
    name=co.blm.gov type=AAAA: Host not found"""
notice = """This is the mail system at host mx1.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<co_foia@co.blm.gov>: Host or domain name not found. Name service error for
    name=co.blm.gov type=AAAA: Host not found
"""
write('003-bounce-postfix-blm-cc.eml', [
    ('Return-Path', '<>'),
    ('From', 'Mail Delivery System <MAILER-DAEMON@mx1.records.example.org>'),
    ('To', INBOX),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Date', 'Wed,  9 Sep 2026 07:58:13 -0600 (MDT)'),
    ('Message-ID', '<20260909135813.9A61DA0076@mx1.records.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
], multi('report', [Part('text/plain; charset=us-ascii', notice, None, [('Content-Description', 'Notification')]),
                    Part('message/delivery-status', dsn, None, [('Content-Description', 'Delivery report')]),
                    Part('text/rfc822-headers', orig, None, [('Content-Description', 'Undelivered Message Headers')])],
         '003', '; report-type=delivery-status'), preamble='This is a MIME-encapsulated message.')

# 004 ---------------------------------------------------------------- Reclamation UC Region acknowledgment in the body (REQ-003)
body = """United States Department of the Interior
BUREAU OF RECLAMATION
Upper Colorado Basin Region
125 South State Street, Room 8100
Salt Lake City, UT 84138-1147

UC-1080
2.2.4.21

VIA ELECTRONIC MAIL ONLY

Records Desk
%s

Subject: Freedom of Information Act Request BOR-UC-2026-000219

Dear Records Desk:

We received your Freedom of Information Act (FOIA) request dated September 8, 2026,
on September 8, 2026. You asked for records of Lake Powell release decisions and
communications between Reclamation and the Colorado River Basin States concerning
Glen Canyon Dam operations, January 1, 2025 to the present. Your request has been
assigned control number BOR-UC-2026-000219. Please cite this number in any future
communications with our office regarding your request.

We have classified you as a representative of the news media for fee purposes
under 43 CFR 2.38. Your request for a fee waiver will be addressed separately if
fees are assessed; you have agreed to pay up to $50.00.

Your request has been placed in the complex processing track. We will make every
effort to respond within the statutory time frame; if we need to extend it, we
will notify you in writing. You may contact our FOIA Public Liaison with any
questions about the status of your request.

Sincerely,

Corinne Baptiste
FOIA Officer
Upper Colorado Basin Region
ucbfoia@usbr.gov | 801-524-3611
""" % plus(3)
write('004-usbr-uc-ack-in-body.eml', [
    ('From', 'UCB FOIA <ucbfoia@usbr.gov>'),
    ('To', plus(3)),
    ('Subject', 'FOIA Acknowledgment - BOR-UC-2026-000219'),
    ('Date', date('2026-09-09 15:40')),
    ('Message-ID', gmail_mid('004')),
    ('In-Reply-To', req_mid(3)),
    ('References', req_mid(3)),
], text(body))

# 005 ---------------------------------------------------------------- FWS regional coordinator vacation responder (REQ-005)
write('005-fws-coordinator-ooo.eml', [
    ('From', '"Hollis, Dana" <dana_hollis@fws.gov>'),
    ('To', plus(5)),
    ('Subject', 'Out of office - returning Monday, September 21'),
    ('Date', date('2026-09-10 09:12')),
    ('Message-ID', gmail_mid('005')),
    ('In-Reply-To', req_mid(5)),
    ('References', req_mid(5)),
    ('Auto-Submitted', 'auto-replied'),
], multi('alternative', [
    text("I am on annual leave through Friday, September 18, with no access to email.\n\nFOIA requests are not "
         "held while I am out. New requests for the Mountain-Prairie Region should go to fwsfoia@fws.gov, and the "
         "FOIA team will log them.\n\nDana Hollis\nRegional FOIA Coordinator, Mountain-Prairie Region\n"
         "U.S. Fish and Wildlife Service | Lakewood, Colorado\n"),
    html('<div dir="ltr">I am on annual leave through Friday, September 18, with no access to email.<div><br></div>'
         '<div>FOIA requests are not held while I am out. New requests for the Mountain-Prairie Region should go to '
         '<a href="mailto:fwsfoia@fws.gov">fwsfoia@fws.gov</a>, and the FOIA team will log them.</div><div><br></div>'
         '<div>Dana Hollis<br>Regional FOIA Coordinator, Mountain-Prairie Region<br>U.S. Fish and Wildlife Service | '
         'Lakewood, Colorado</div></div>\n')], '005'))

# 006 ---------------------------------------------------------------- BLM specialist ack through the Google Group (REQ-004)
plain = """Good morning,

The BLM Colorado State Office received your FOIA request on September 9, 2026. It
has been entered into our tracking system as DOI-BLM-2026-004602; please use that
number when you write to us about it.

Because the request needs searches by both the Colorado River Valley Field Office
(Silt) and the State Office Division of Energy, Lands and Minerals, it has been
placed in our complex track. You agreed to pay up to $50. If we expect fees to go
past that amount we will send you an estimate before doing the work.

Your cc to co_foia@co.blm.gov will have bounced - that mailbox was retired in
2021. This address or blm_co_foia@blm.gov reaches us.

Marisol Reyes
Government Information Specialist
BLM Colorado State Office
2850 Youngfield Street, Lakewood, CO 80215
303-239-3717

%s
""" % quoted(4)
html_body = '<div dir="ltr">' + ''.join('<div>%s</div>' % (l or '<br>') for l in plain.split('\n\n' + quoted(4))[0].split('\n')) + \
    '<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + \
    request_text(4).replace('\n', '<br>') + '</blockquote></div></div>\n'
write('006-blm-ack-via-google-group.eml', group_headers('Reyes, Marisol', 'mreyes@blm.gov', '006') + [
    ('To', 'Records Desk <%s>' % INBOX),
    ('Subject', 'Re: ' + req(4)['subject']),
    ('Date', date('2026-09-11 11:47')),
    ('Message-ID', gmail_mid('006')),
    ('In-Reply-To', req_mid(4)),
    ('References', req_mid(4)),
], multi('alternative', [text(plain), html(html_body)], '006'))

# 007 ---------------------------------------------------------------- USFS R3 acknowledgment letter only in a PDF (REQ-002)
letter = [
    '*USDA   United States Department of Agriculture',
    'Forest Service - Southwestern Region',
    '333 Broadway Blvd SE, Albuquerque, NM 87102',
    '', 'File Code: 6270-1', 'Date: September 14, 2026', '',
    'Records Desk', 'records.example.org', 'Sent via email: %s' % plus(2), '',
    '*RE: Freedom of Information Act Request #2026-FS-R3-04471-F', '',
    'Dear Requester:', '',
    'This letter acknowledges receipt of your Freedom of Information Act (FOIA) request dated September 3, 2026. '
    'Your request was logged as received by the Southwestern Region FOIA Service Center on September 8, 2026, '
    'and the statutory time limit is counted from that date.',
    '',
    'You requested prescribed fire burn plans, go/no-go checklists, and escaped-fire or declared-wildfire reviews '
    'for prescribed burns on the Santa Fe and Carson National Forests from January 1, 2023 to the present.', '',
    'Your request has been assigned the tracking number above. Please reference it in all correspondence.', '',
    'For fee purposes we have placed you in the news media category (7 CFR Part 1, Subpart A, Appendix A). News '
    'media requesters are charged for duplication only, after the first 100 pages. Fees may apply; if we anticipate '
    'that fees will exceed the $50.00 you agreed to pay, we will notify you before incurring them.', '',
    'Requests involving several units sometimes need more than 20 working days. If unusual circumstances apply we '
    'will write to you and, where possible, offer you an opportunity to narrow the request.', '',
    'If you have questions, contact Lena Garcia-Ortiz, FOIA Specialist, at lena.garcia-ortiz@usda.gov or '
    '505-842-3292, or our FOIA Public Liaison. You may also seek dispute resolution services from the Office of '
    'Government Information Services (OGIS) at the National Archives, ogis@nara.gov, 877-684-6448.', '',
    'Sincerely,', '', '', 'LENA GARCIA-ORTIZ', 'FOIA Specialist', 'Southwestern Region',
]
write('007-usfs-r3-ack-letter-pdf.eml', [
    ('From', '"Garcia-Ortiz, Lena - FS, NM" <lena.garcia-ortiz@usda.gov>'),
    ('To', '"Records Desk" <%s>' % plus(2)),
    ('Subject', 'FOIA 2026-FS-R3-04471-F Acknowledgment Letter'),
    ('Date', date('2026-09-14 10:03')),
    ('Message-ID', outlook_mid('007', 'PH0PR09MB')),
    ('In-Reply-To', req_mid(2)),
    ('References', req_mid(2)),
] + ms_headers('007', 'FOIA 2026-FS-R3-04471-F Acknowledgment Letter', attach=True), multi('mixed', [
    text('Good morning,\n\nPlease see the attached acknowledgment letter for your FOIA request.\n\nThank you,\n\n'
         'Lena Garcia-Ortiz\nFOIA Specialist | Southwestern Region\nForest Service\nc: 505-842-3292\n'
         'lena.garcia-ortiz@usda.gov\n\n[USDA Forest Service shield]\nCaring for the land and serving people\n\n\n\n\n'
         'This electronic message contains information generated by the USDA solely for the intended recipients. '
         'Any unauthorized interception of this message or the use or disclosure of the information it contains may '
         'violate the law and subject the violator to civil or criminal penalties. If you believe you have received '
         'this message in error, please notify the sender and delete the email immediately.\n', rewrap=True),
    att(pdf(letter, 'FOIA Acknowledgment'), 'application/pdf', '2026-FS-R3-04471-F Acknowledgment.pdf')], '007'))

# 008 ---------------------------------------------------------------- GovQA acknowledgment, Colorado DNR portal (REQ-006)
body = """<html><body style="font-family:Verdana,Geneva,sans-serif;font-size:9pt">
<p>Dear Records Desk,</p>
<p>Thank you for your records request to the <b>Colorado Division of Water Resources</b>. Your request was received on
9/14/2026 and has been assigned reference number <b>C004812-091426</b>.</p>
<p>Requests under the Colorado Open Records Act are answered within three (3) working days. When extenuating
circumstances exist, the custodian may extend that period by up to seven (7) additional working days and will notify
you in writing if that happens.</p>
<table border="1" cellpadding="4" cellspacing="0" style="font-size:9pt;border-collapse:collapse">
<tr style="background:#e6ecd9"><td colspan="2"><b>Request Summary</b></td></tr>
<tr><td>Reference No.</td><td>C004812-091426</td></tr>
<tr><td>Department</td><td>Division of Water Resources - Division 3 (Alamosa)</td></tr>
<tr><td>Received</td><td>9/14/2026</td></tr>
<tr><td>Description</td><td>Well curtailment orders and groundwater rule compliance records, Rio Grande basin, 2025-2026</td></tr>
</table>
<p>You can monitor progress, view messages and retrieve documents through the
<a href="https://coloradodnr.mycusthelp.com/WEBAPP/_rs/(S(x4k2nq))/supporthome.aspx">Colorado DNR Records Center</a>.</p>
<p>Colorado Department of Natural Resources<br>Records Center</p>
<p style="font-size:7.5pt;color:#777">Please do not reply to this message; replies are not monitored.</p>
</body></html>
"""
write('008-govqa-dnr-ack-dwr.eml', [
    ('From', 'Colorado DNR Records Center <coloradodnr@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', 'Colorado Division of Water Resources Records Request :: C004812-091426'),
    ('Date', date('2026-09-14 16:22')),
    ('Message-ID', '<%s@mycusthelp.net>' % h('008', 26)),
    ('X-Mailer', 'GovQA'),
], html(body))

# 009 ---------------------------------------------------------------- State Land Board coordinator, hedged extension (REQ-007)
plain = """Hi there,

Thanks for your request, which we received yesterday (Sept. 15). I'm the CORA
coordinator for the State Land Board and I've started pulling the solar and
recreation lease files.

CORA gives us three working days. Some of these leases carry financial schedules
that have to be reviewed before release, so an extension of up to seven working
days may be needed - if so I'll let you know by Friday. I don't expect any charge;
if research time runs past the first free hour I'll send an estimate before going
further.

Kestrel

--
Kestrel Whitaker
CORA Coordinator
Colorado State Land Board | Department of Natural Resources
1127 Sherman Street, Suite 300, Denver, CO 80203

%s
""" % quoted(7)
write('009-slb-ack-hedged-extension.eml', [
    ('From', '"Whitaker - DNR, Kestrel" <kestrel.whitaker@state.co.us>'),
    ('To', 'Records Desk <%s>' % plus(7)),
    ('Subject', 'Re: ' + req(7)['subject']),
    ('Date', date('2026-09-16 08:45')),
    ('Message-ID', gmail_mid('009')),
    ('In-Reply-To', req_mid(7)),
    ('References', req_mid(7)),
], multi('alternative', [text(plain), html('<div dir="ltr">' + plain.split('\n\n' + quoted(7))[0].replace('\n\n', '<br><br>')
                                           .replace('\n', ' ') + '</div>\n')], '009'))

# 010 ---------------------------------------------------------------- Garfield County clerk, terse; number only in the subject (REQ-008)
q = quoted(8, 'outlook').replace('{to}', 'cora@garfield-county.com')
write('010-garfield-terse-ack.eml', [
    ('From', 'Garfield County CORA <cora@garfield-county.com>'),
    ('To', 'Records Desk <%s>' % plus(8)),
    ('Subject', 'RE: %s [CORA 2026-117]' % req(8)['subject']),
    ('Date', date('2026-09-16 13:10')),
    ('Message-ID', outlook_mid('010', 'BY5PR09MB')),
    ('In-Reply-To', req_mid(8)),
    ('References', req_mid(8)),
] + ms_headers('010', req(8)['subject']), text(
    'Received. We will respond within three business days.\n\n'
    'Clerk to the Board\nGarfield County\n108 8th Street, Suite 213\nGlenwood Springs, CO 81601\n\n' + q + '\n'))
print('part1 done')
