"""Messages 001-010."""
from common import *

# 001 Postfix DSN from our own relay: old secretary@ address of Cedar Fork FPD no longer exists
r = REQS['REQ-001']
dsn = f"""From: MAILER-DAEMON@relay.records.example.org (Mail Delivery System)
To: records+req-001@records.example.org
Subject: Undelivered Mail Returned to Sender
Date: {date('2026-09-08 09:14')}
Message-ID: <20260908141402.5C1E2A0412@relay.records.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5C1E2A0412.1788876842/relay.records.example.org"

This is a MIME-encapsulated message.

--5C1E2A0412.1788876842/relay.records.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<secretary@cedarforkfire.org>: host mx.cedarforkfire.org[198.51.100.23] said:
    550 5.1.1 <secretary@cedarforkfire.org>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--5C1E2A0412.1788876842/relay.records.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.records.example.org
X-Postfix-Queue-ID: 5C1E2A0412
X-Postfix-Sender: rfc822; records+req-001@records.example.org
Arrival-Date: Tue,  8 Sep 2026 09:13:58 -0500 (CDT)

Final-Recipient: rfc822; secretary@cedarforkfire.org
Original-Recipient: rfc822;secretary@cedarforkfire.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.cedarforkfire.org
Diagnostic-Code: smtp; 550 5.1.1 <secretary@cedarforkfire.org>: Recipient
    address rejected: User unknown in virtual mailbox table

--5C1E2A0412.1788876842/relay.records.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Records Desk <records@records.example.org>
Reply-To: {r['reply_address']}
To: secretary@cedarforkfire.org, cedarforkfpd.clerk@gmail.com
Subject: {r['subject']}
Date: Tue, 8 Sep 2026 09:13:55 -0500
Message-ID: {r['message_id']}

--5C1E2A0412.1788876842/relay.records.example.org--
"""
save('001-cedarfork-bounce-postfix.eml', dsn.replace('\n', '\r\n'), request='REQ-001', kind='bounce',
     signals=['thread-embedded', 'plus'], why='Postfix DSN: our Sunshine request could not reach the dead secretary@ address of the district (copy to the clerk gmail went through)')

# 002 clerk replies from gmail on her phone
m = new('Kathy Renner <cedarforkfpd.clerk@gmail.com>', plus('REQ-001'), 'Re: ' + REQS['REQ-001']['subject'],
        date('2026-09-08 19:42'), mid('002', 'mail.gmail.com'))
thread(m, 'REQ-001')
txt = ("Got it. I'll get this to Chief Voss and to Dale (board president). Board meets the 17th so some of this "
       "may have to wait on them. Budgets I can probably scan at the station this week.\n\nKathy\n\nSent from my iPhone\n")
m.set_content(txt)
m.add_alternative('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
                  "Got it. I'll get this to Chief Voss and to Dale (board president). Board meets the 17th so some of this may have "
                  "to wait on them. Budgets I can probably scan at the station this week.<div><br></div><div>Kathy<br><br>"
                  '<div dir="ltr">Sent from my iPhone</div></div></body></html>', subtype='html')
save('002-cedarfork-clerk-iphone-ack.eml', m, request='REQ-001', kind='acknowledgment', clock='received_on_sent_date',
     signals=['thread', 'plus'], why='district clerk confirms from her gmail (iPhone) that she has the request the same evening; MO 3 business days from Sep 8')

# 003 Outlook.com automatic reply from the KY water district office
m = new('North Laurel Water District <nlwd.office@outlook.com>', plus('REQ-002'),
        'Automatic reply: ' + REQS['REQ-002']['subject'], date('2026-09-09 10:05', 'ET'),
        mid('003', 'SN7PR19MB4410.namprd19.prod.outlook.com'), Auto_Submitted='auto-replied',
        X_Auto_Response_Suppress='All')
thread(m, 'REQ-002')
outlook_headers(m, '003')
m.set_content(wrap("""
Thank you for contacting North Laurel Water District. I am out of the office through Friday, September 11.

To report a leak or a main break please call the office at (606) 555-0148; after hours the on-call operator can be
reached at (606) 555-0190. Payments can be made at the drop box at the office or online.

Tammy Gentry
Office Manager
"""))
save('003-nlaurel-outlook-autoreply.eml', m, request='REQ-002', kind='auto_reply', signals=['thread', 'plus'],
     why='Outlook automatic reply (office manager out through Sep 11); not an answer')

# 004 library district newsletter (Mailchimp) - belongs to no request
m = new('Prairie Creek Public Library District <news@prairiecreeklibrary.org>', 'records@records.example.org',
        'Fall at Prairie Creek: author visits, seed library wrap-up & a new board meeting time', date('2026-09-10 07:00'),
        mid('004', 'mail175.atl221.mcsv.net'), List_Unsubscribe='<https://prairiecreeklibrary.us14.list-manage.com/unsubscribe?u=8a1f&id=22c9>',
        Precedence='bulk', X_Mailer='Mailchimp Mailer - **CID22c97d1aa0a1d5f8b3c1**')
m.set_content(wrap("""
FALL AT PRAIRIE CREEK

Author visit: Thursday, October 1, 7 p.m. - mystery writer Helen Marsh at the Main Library.

Seed library: thank you to everyone who returned seeds this summer. Drop-off ends September 30.

Board of Trustees: beginning in October the Board will meet on the third Tuesday of each month at 6:30 p.m.
Agendas are posted at least 48 hours ahead on our website.

Homebound delivery is available for residents of the district. Call (815) 555-0170.

You are receiving this email because you signed up at prairiecreeklibrary.org.
Unsubscribe: https://prairiecreeklibrary.us14.list-manage.com/unsubscribe
"""))
m.add_alternative('<html><body style="font-family:Georgia,serif"><h1 style="color:#2e5e3e">Fall at Prairie Creek</h1>'
                  '<p><b>Author visit:</b> Thursday, October 1, 7 p.m. &ndash; mystery writer Helen Marsh at the Main Library.</p>'
                  '<p><b>Seed library:</b> thank you to everyone who returned seeds this summer. Drop-off ends September 30.</p>'
                  '<p><b>Board of Trustees:</b> beginning in October the Board will meet on the third Tuesday of each month at 6:30 p.m.</p>'
                  '<p>Homebound delivery is available for residents of the district. Call (815) 555-0170.</p>'
                  '<p style="font-size:11px;color:#777">You are receiving this email because you signed up at prairiecreeklibrary.org. '
                  '<a href="https://prairiecreeklibrary.us14.list-manage.com/unsubscribe">Unsubscribe</a></p></body></html>', subtype='html')
save('004-prairiecreek-newsletter.eml', m, request=None, kind='other', signals=['none'],
     why='library district Mailchimp newsletter from an agency domain; not about any request')

# 005 IL FOIA officer ack, HTML-only Outlook, quotes our request
req3 = """To the FOIA Officer:

Under the Illinois Freedom of Information Act (5 ILCS 140), we request:

1. Minutes and verbatim recordings of all closed sessions of the Board of
   Trustees held between January 1, 2025 and August 31, 2026.
2. Any separation, resignation or settlement agreement with the former
   Library Director, and any related Board resolution.

Electronic copies are preferred. Our reference is REQ-003.

Records Desk"""
m = new('Prairie Creek PLD FOIA <foia@prairiecreeklibrary.org>', plus('REQ-003'),
        'RE: ' + REQS['REQ-003']['subject'], date('2026-09-11 10:22'),
        mid('005', 'CH3PR11MB7741.namprd11.prod.outlook.com'))
thread(m, 'REQ-003')
outlook_headers(m, '005')
qh = req3.replace('&', '&amp;').replace('<', '&lt;').replace('\n', '<br>\n')
m.set_content(f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif}}</style></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Good morning,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The Prairie Creek Public Library District received your Freedom of Information Act request on
<b>September 10, 2026</b>. It has been logged as <b>FOIA No. 2026-041</b>; please use that number in any correspondence.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Under Section 3(d) of the Act the District will respond within five business days after receipt, unless
the time is extended as allowed by Section 3(e), in which case you will be notified in writing.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you,</p>
<p class="MsoNormal">Renee Kowalski<br>Business Manager &amp; FOIA Officer<br>Prairie Creek Public Library District<br>
411 W. Locust St., Prairie Creek, IL 60950 | (815) 555-0170</p><p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Records Desk &lt;{REQS['REQ-003']['reply_address']}&gt;<br><b>Sent:</b> Thursday, September 10, 2026 9:02 AM<br>
<b>To:</b> FOIA &lt;foia@prairiecreeklibrary.org&gt;<br><b>Subject:</b> {REQS['REQ-003']['subject']}</p></div>
<p class="MsoNormal">{qh}</p></div></body></html>""", subtype='html')
save('005-prairiecreek-ack-html.eml', m, request='REQ-003', kind='acknowledgment', tracking_number='2026-041',
     clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'],
     why='HTML-only Outlook ack: received Sep 10 (= sent), FOIA No. 2026-041; IL 5 business days')

# 006 second ack, new subject, no threading; deemed received next day (after business hours)
m = new('Prairie Creek PLD FOIA <foia@prairiecreeklibrary.org>', plus('REQ-004'),
        'FOIA No. 2026-042 - Acknowledgment', date('2026-09-11 10:31'),
        mid('006', 'CH3PR11MB7741.namprd11.prod.outlook.com'))
outlook_headers(m, '006')
m.set_content(wrap("""
Good morning,

This acknowledges your Freedom of Information Act request for requests for reconsideration (challenges) of library
materials filed from 2023 through 2026 and the District's written decisions on them.

Your email arrived at 4:52 p.m. on September 10, after the District's business office closed at 4:30 p.m.; under
the District's FOIA procedures it is therefore treated as received on Friday, September 11, 2026. It has been
assigned FOIA No. 2026-042.

You can expect a response within five business days of receipt as provided in 5 ILCS 140/3(d).

Renee Kowalski
Business Manager & FOIA Officer
Prairie Creek Public Library District
"""))
save('006-prairiecreek-ack-deemed-next-day.eml', m, request='REQ-004', kind='acknowledgment', tracking_number='2026-042',
     clock='received:2026-09-11', signals=['plus', 'subject', 'tracking-new'],
     why='no thread headers; ack says request arrived after hours Sep 10 and is deemed received Sep 11; FOIA No. 2026-042')

# 007 KY: scanned letter only in PDF; number only in file name and PDF text
m = new('North Laurel Water District <nlwd.office@outlook.com>', plus('REQ-002'),
        'RE: ' + REQS['REQ-002']['subject'], date('2026-09-14 08:47', 'ET'),
        mid('007', 'SN7PR19MB4410.namprd19.prod.outlook.com'))
thread(m, 'REQ-002')
outlook_headers(m, '007')
m.set_content("Please see attached letter.\n\nThank you,\nTammy\n\nNorth Laurel Water District\n(606) 555-0148\n")
attach_pdf(m, 'ORR 26-031 response.pdf', [
    'NORTH LAUREL WATER DISTRICT', '1870 Keavy Road  -  London, Kentucky 40744', '',
    'September 11, 2026', '', 'Records Desk', 'records@records.example.org', '',
    'Re: Open Records Request ORR 26-031 (received September 9, 2026)', '',
    'Dear Requester:', '',
    'The District received your request under the Kentucky Open Records Act, KRS 61.870 to 61.884, on September 9, 2026, for '
    'boil-water notices and main-break logs for 2025 and 2026.',
    '',
    'The boil-water advisories are kept electronically and will be provided. The main-break logs are handwritten daily '
    'field sheets kept by the Field Superintendent at the Keavy maintenance shop and are in storage. Pursuant to KRS 61.872(5), '
    'the records are not immediately available. We expect to have copies ready no later than October 2, 2026, and will '
    'send them to you by email at that time.',
    '', 'Sincerely,', '', '/s/ Tammy Gentry', 'Tammy Gentry, Office Manager and Records Custodian'], 'ORR 26-031')
save('007-nlaurel-pdf-delay-letter.eml', m, request='REQ-002', kind='extension', tracking_number='ORR 26-031',
     estimated='2026-10-02', signals=['thread', 'plus', 'tracking-filename'],
     why='scanned letter (PDF only): records in storage, KRS 61.872(5) delay to Oct 2; KY table has no extension days so no new due')

# 008 board attorney answers instead of the clerk: fee estimate, no threading, different domain
m = new('Gregory Holland <gholland@hollandmeyerlaw.com>', 'records@records.example.org',
        'Cedar Fork Fire Protection District - Sunshine Law Request', date('2026-09-14 15:20'),
        mid('008', 'hollandmeyerlaw.com'), cc='Kathy Renner <cedarforkfpd.clerk@gmail.com>')
m.set_content(wrap("""
Good afternoon,

This firm serves as general counsel to the Cedar Fork Fire Protection District. The District's clerk forwarded me
your Sunshine Law request received on September 8, 2026, for Board minutes, annual budgets and the employment
agreement with the Fire Chief for 2024 through 2026.

Under Section 610.026, RSMo, the District may charge ten cents per page for paper copies and the hourly rate of its
lowest-paid employee capable of doing the search and copying. The District estimates approximately 380 pages
($38.00) and 2.5 hours of clerical time at $21.40 per hour ($53.50), for an estimated total of $91.50. The District
requires payment in advance; a check payable to "Cedar Fork Fire Protection District" may be mailed to P.O. Box 118,
Cedar Fork, MO 65622. Upon receipt we will have the clerk scan and email the records.

Minutes of closed meetings will be reviewed separately, as many are closed under Section 610.021.

Please direct any further correspondence on this request to me.

Gregory A. Holland
Holland & Meyer, LLC
301 S. Main Street, Suite 4
Bolivar, Missouri 65613
(417) 555-0132
"""))
save('008-cedarfork-attorney-fee-estimate.eml', m, request='REQ-001', kind='fee_estimate', signals=['subject'],
     why='board attorney (unlisted law-firm domain, no threading) answers for the FPD: $91.50 estimate under 610.026, prepayment required')

# 009 LA mosquito district director, multipart/alternative
m = new('"Dr. Paul Thibodeaux" <director@btmad.org>', plus('REQ-005'), 'RE: ' + REQS['REQ-005']['subject'],
        date('2026-09-15 09:10'), mid('009', 'btmad.org'))
thread(m, 'REQ-005')
t = wrap("""
Good morning,

We received your public records request Monday (September 14). The 2026 aerial contract is on file here. The daily
pesticide application logs are kept by each truck route and the aerial logs come from the contractor, so they need to
be compiled and reviewed before copying, as allowed under La. R.S. 44:33.

I'll send you an estimate of the copy cost in the next couple of days.

Paul Thibodeaux, Ph.D.
Director
Bayou Teche Mosquito Abatement District
""")
m.set_content(t)
m.add_alternative('<div dir="ltr">' + t.replace('\n\n', '<br><br>').replace('\n', ' ') + '</div>', subtype='html')
save('009-bayouteche-ack.eml', m, request='REQ-005', kind='acknowledgment', clock='received_on_sent_date',
     signals=['thread', 'plus'], why='district director confirms the request arrived Mon Sep 14 (= sent); LA 3 business days')

# 010 Yahoo vacation auto-response from the cemetery clerk
m = new('Mill Creek Cemetery <millcreekcemetery@yahoo.com>', plus('REQ-006'),
        'Auto Response: ' + REQS['REQ-006']['subject'], date('2026-09-16 06:02'), mid('010', 'mail.yahoo.com'),
        Auto_Submitted='auto-replied')
thread(m, 'REQ-006')
m.set_content(wrap("""
I am gone to help with fall harvest and will be back about September 28. I check email only now and then.
For a burial or to locate a grave please call Ron at 785-555-0163.

Deb Hoffmann, Clerk
Mill Creek Cemetery District No. 1
"""))
save('010-millcreek-yahoo-vacation.eml', m, request='REQ-006', kind='auto_reply', signals=['thread', 'plus'],
     why='Yahoo vacation responder of the cemetery clerk (away until about Sep 28)')

write_facts('part1')
