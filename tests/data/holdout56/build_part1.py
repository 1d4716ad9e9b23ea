"""Messages 001-010."""
from build_common import *

# ------------------------------------------------------------------ 001 Iowa DNR GovQA acknowledgment (HTML only)
f = '001-iadnr-govqa-ack.eml'
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c9d3c2">
<tr><td style="background:#2f5d34;color:#fff;padding:10px 14px;font-size:13pt"><b>Iowa Department of Natural Resources</b><br>
<span style="font-size:9pt">Public Records Center</span></td></tr>
<tr><td style="padding:14px">
<p>Dear Records Desk,</p>
<p>Thank you for contacting the Iowa Department of Natural Resources. Your public records request has been received and is being processed.</p>
<p>Your request was received on <b>9/8/2026</b> and has been assigned reference number <b>ORR-2026-1187</b>. Please use this number when you check on the status of your request or contact the Department about it.</p>
<p><b>Request details:</b><br>
CAFO inspection reports, manure management plan reviews and annual updates, and NPDES/operating permit compliance correspondence for confinement feeding operations in Winneshiek and Allamakee counties, January 1, 2023 to the present.</p>
<p>Requests under Iowa Code chapter 22 are handled in the order received. Staff must locate the records and, where necessary, determine whether any record is confidential under Iowa Code section 22.7 or another provision of law before it is released. You will be notified through this Center if the Department needs more information from you or if fees apply.</p>
<p>To monitor the progress of this request or to upload additional information, log in to the Public Records Center:<br>
<a href="https://iowadnr.mycusthelp.com/WEBAPP/_rs/(S(vq2f0n1kx4))/supporthome.aspx">https://iowadnr.mycusthelp.com/WEBAPP/_rs/supporthome.aspx</a></p>
<p>Iowa DNR Public Records</p>
</td></tr>
<tr><td style="background:#eef2ea;padding:8px 14px;font-size:8pt;color:#555">This message was sent from an unmonitored address. Please do not reply to this email; use the Public Records Center link above.</td></tr>
</table>
</body></html>
"""
raw = build([
    ('Return-Path', '<iowadnr@mycusthelp.net>'),
    ('Received', 'from mail26.mycusthelp.net (mail26.mycusthelp.net [64.91.238.26])\n\tby mx.plainsreporter.example.org with ESMTPS id 7c2e10a4\n\tfor <records@plainsreporter.example.org>; Tue, 08 Sep 2026 14:12:38 -0500'),
    ('From', 'Iowa DNR Public Records Center <iowadnr@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', 'Iowa DNR Public Records Request :: ORR-2026-1187'),
    ('Date', 'Tue, 08 Sep 2026 14:12:31 -0500'),
    ('Message-ID', '<%s@mycusthelp.net>' % h(f, 30)),
], html, 'text/html; charset="utf-8"', '7bit')
add(f, raw, 'REQ-001', 'acknowledgment', tracking='ORR-2026-1187', clock='sent',
    signals=['subject', 'tracking-new'],
    why='DNR Public Records Center (GovQA) confirms receipt 9/8/2026 (= sent) and assigns ORR-2026-1187; Iowa 20 calendar days',
    tests='HTML-only GovQA acknowledgment to the bare inbox (no plus, no thread); request matched by topic words',
    modeled_on='GovQA/mycusthelp "request received" template used by state agencies')

# ------------------------------------------------------------------ 002 BIA mailbox auto-reply
f = '002-bia-autoreply.eml'
text = """This is an automated response from the Bureau of Indian Affairs, Great Plains
Regional Office FOIA mailbox.

Your message has been received. This reply does not confirm that your request
has been logged or assigned a control number, and it is not a determination on
your request. The Regional FOIA Coordinator reviews this mailbox during normal
business hours (Monday - Friday, 8:00 a.m. to 4:30 p.m. Central).

Requests for Indian Affairs records may also be submitted through the
Department of the Interior FOIA portal. Once your request is logged you will
receive a letter with a DOI-BIA control number; please use that number on all
later correspondence.

Please do not include social security numbers or other sensitive personal
information in email to this mailbox.
"""
raw = simple([
    ('From', 'BIA Great Plains FOIA <gpro.foia@bia.gov>'),
    ('To', plus_to('REQ-002')),
    ('Subject', 'Automatic reply: ' + req_subject('REQ-002')),
    ('Date', 'Wed, 09 Sep 2026 09:03:12 -0500'),
    ('Message-ID', outlook_mid(f)),
    ('In-Reply-To', req_mid('REQ-002')),
    ('References', req_mid('REQ-002')),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
] + outlook_extra(f, req_subject('REQ-002')), text)
add(f, raw, 'REQ-002', 'auto_reply', signals=['thread', 'plus'],
    why='BIA Great Plains FOIA mailbox auto-response threaded to our request; says it is not a logging or determination',
    tests='mailbox auto-responder that mentions control numbers and determinations but is not an acknowledgment',
    modeled_on='federal FOIA mailbox auto-replies (Outlook "Automatic reply:" with Auto-Submitted)')

# ------------------------------------------------------------------ 003 Google DSN: cc to an old NSP address bounced
f = '003-bounce-gmail-nsp.eml'
bnd = boundary(f)
orig_hdrs = """Return-Path: <records@plainsreporter.example.org>
Received: by mail-pj1-f54.google.com with SMTP id 98e67ed59e1d1-2f4b5c0a1e3so
        for <nsp.legalcounsel@nebraska.gov>; Wed, 09 Sep 2026 08:44:57 -0700 (PDT)
From: Records Desk <records@plainsreporter.example.org>
Reply-To: records+req-003@plainsreporter.example.org
To: nsp.publicrecords@nebraska.gov
Cc: nsp.legalcounsel@nebraska.gov
Subject: %s
Date: Wed, 09 Sep 2026 10:44:55 -0500
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
""" % (req_subject('REQ-003'), req_mid('REQ-003'))
part1 = """Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to nsp.legalcounsel@nebraska.gov because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
nsp.legalcounsel@nebraska.gov not found by SMTP address lookup
"""
part2 = """Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; records@plainsreporter.example.org
Arrival-Date: Wed, 09 Sep 2026 08:44:57 -0700 (PDT)
X-Original-Message-ID: %s

Final-Recipient: rfc822; nsp.legalcounsel@nebraska.gov
Action: failed
Status: 5.1.10
Remote-MTA: dns; nebraska-gov.mail.protection.outlook.gov. (2001:489a:2202:e1::7, the server
 for the domain nebraska.gov.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 nsp.legalcounsel@nebraska.gov not found by SMTP address lookup
Last-Attempt-Date: Wed, 09 Sep 2026 08:45:02 -0700 (PDT)
""" % req_mid('REQ-003')
part3 = 'Content-Type: text/rfc822-headers\n\n' + orig_hdrs
raw = build([
    ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
    ('To', INBOX),
    ('Subject', 'Delivery Status Notification (Failure)'),
    ('Date', 'Wed, 09 Sep 2026 08:45:03 -0700'),
    ('Message-ID', '<%s.%s@mx.google.com>' % (h(f, 20), h(f + 'x', 8))),
    ('Auto-Submitted', 'auto-replied'),
], multipart('report', [part1, part2, part3], bnd), mp_header('report', bnd, '; report-type=delivery-status'))
add(f, raw, 'REQ-003', 'bounce', signals=['thread-embedded'],
    why='Gmail DSN: the cc copy of our NSP request to a retired legal-counsel address was rejected (5.1.10); only link is the embedded Message-ID',
    tests='DSN whose only link is the returned headers (Message-ID, subject); the main To: copy was delivered',
    modeled_on='Gmail "Address not found" DSN against an Exchange Online recipient')

# ------------------------------------------------------------------ 004 NSP acknowledgment, received date differs from sent, quotes our request
f = '004-nsp-ack-quoted.eml'
our_req3 = """To the Nebraska State Patrol records custodian:

Under the Nebraska Public Records Statutes, Neb. Rev. Stat. sections 84-712
through 84-712.09, I request copies of the following:

1. The Nebraska State Patrol vehicle pursuit policy (general order or
   equivalent) currently in effect, and each version in effect at any time
   since January 1, 2022.
2. All pursuit reports, pursuit review forms or pursuit summaries completed
   for pursuits initiated by NSP troopers from January 1, 2022 to the date
   of this request.
3. Any annual or periodic pursuit analysis prepared for NSP command staff in
   the same period.

Electronic copies by email are preferred. If any portion is withheld,
please cite the specific exemption. Please let me know in advance if fees
will exceed $50.

Thank you,
Maren Solberg
Records Desk, The Plains Reporter
records+req-003@plainsreporter.example.org"""
text = """Good morning,

The Nebraska State Patrol received your written public records request dated
September 9, 2026 on September 10, 2026. Your request has been assigned
Request No. 2026-PR-0588. Please include this number on any future
correspondence about this request.

Under Neb. Rev. Stat. 84-712(4), the Patrol will, within four business days
after actual receipt, provide the records, deny the request in writing, or
provide a written explanation of why the request cannot be completed in that
time along with the earliest practicable date.

Thank you,

Jennifer Kovar
Paralegal | Legal Division
Nebraska State Patrol
Lincoln, Nebraska
Office: 402-555-0188
jennifer.kovar@nebraska.gov

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is
for the sole use of the intended recipient(s) and may contain confidential
and privileged information.

From: Records Desk <records@plainsreporter.example.org>
Sent: Wednesday, September 9, 2026 10:44 AM
To: NSP Public Records <nsp.publicrecords@nebraska.gov>
Cc: nsp.legalcounsel@nebraska.gov
Subject: %s

CAUTION: This email originated from outside of the State of Nebraska. Do not
click links or open attachments unless you recognize the sender.

%s
""" % (req_subject('REQ-003'), our_req3)
raw = simple([
    ('From', '"Kovar, Jennifer" <jennifer.kovar@nebraska.gov>'),
    ('To', plus_to('REQ-003')),
    ('CC', 'NSP Public Records <nsp.publicrecords@nebraska.gov>'),
    ('Subject', 'RE: ' + req_subject('REQ-003')),
    ('Date', 'Thu, 10 Sep 2026 13:31:47 +0000'),
    ('Message-ID', outlook_mid(f)),
    ('In-Reply-To', req_mid('REQ-003')),
    ('References', req_mid('REQ-003')),
] + outlook_extra(f, req_subject('REQ-003')), text)
add(f, raw, 'REQ-003', 'acknowledgment', tracking='2026-PR-0588', clock='received:2026-09-10',
    signals=['thread', 'plus', 'tracking-new'],
    why='NSP says the Sep 9 request was received Sep 10 and assigns 2026-PR-0588; NE 4 business days from Sep 10',
    tests='acknowledgment with a received date later than the sent date; quotes our request (with its own numbers 1-3 and "$50") below; Date in UTC',
    modeled_on='Nebraska agency acknowledgments restating 84-712(4) options; Outlook reply quoting with From/Sent/To block and external-mail caution banner')

# ------------------------------------------------------------------ 005 Riley County JustFOIA acknowledgment
f = '005-rileyca-justfoia-ack.eml'
text = """Riley County, Kansas - Open Records Request Received

Thank you for submitting an open records request to Riley County, Kansas.

Request Number: RCKORA 2026-114
Department: County Attorney
Date Received: 09/10/2026
Description: Diversion program agreements (blank forms and executed agreements
with personal identifiers redacted), written charging or diversion
eligibility policies, and annual counts of diversion participants, 2023 to
present.

Under the Kansas Open Records Act (K.S.A. 45-218), a public agency must act
on a request as soon as possible, but not later than the end of the third
business day after the request is received. If access cannot be provided
within that time, the records custodian will give you a detailed explanation
and the earliest date the records will be available.

Track your request:
https://rileycountyks.justfoia.com/publicportal/home/track

This is an automated message. Replies to this address are not monitored.
Powered by JustFOIA
"""
html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto;border-top:4px solid #4b2e83">
<h2 style="font-weight:400">Open Records Request Received</h2>
<p>Thank you for submitting an open records request to <b>Riley County, Kansas</b>.</p>
<table style="font-size:14px" cellpadding="4">
<tr><td><b>Request Number:</b></td><td>RCKORA 2026-114</td></tr>
<tr><td><b>Department:</b></td><td>County Attorney</td></tr>
<tr><td><b>Date Received:</b></td><td>09/10/2026</td></tr>
<tr><td valign="top"><b>Description:</b></td><td>Diversion program agreements (blank forms and executed agreements with personal identifiers redacted), written charging or diversion eligibility policies, and annual counts of diversion participants, 2023 to present.</td></tr>
</table>
<p>Under the Kansas Open Records Act (K.S.A. 45-218), a public agency must act on a request as soon as possible, but not later than the end of the third business day after the request is received. If access cannot be provided within that time, the records custodian will give you a detailed explanation and the earliest date the records will be available.</p>
<p><a href="https://rileycountyks.justfoia.com/publicportal/home/track" style="background:#4b2e83;color:#fff;padding:8px 14px;text-decoration:none">Track your request</a></p>
<p style="font-size:11px;color:#888">This is an automated message. Replies to this address are not monitored.<br>Powered by JustFOIA</p>
</div></body></html>
"""
raw = alternative([
    ('From', '"Riley County, KS" <no-reply@justfoia.com>'),
    ('To', INBOX),
    ('Subject', 'Riley County, KS - Request RCKORA 2026-114 Received'),
    ('Date', 'Thu, 10 Sep 2026 16:40:09 -0500'),
    ('Message-ID', '<0100019%s-%s-000000@email.amazonses.com>' % (h(f, 13), h(f + 'u', 8))),
    ('X-SES-Outgoing', '2026.09.10-54.240.8.33'),
], text, html, f)
add(f, raw, 'REQ-004', 'acknowledgment', tracking='RCKORA 2026-114', clock='sent',
    signals=['subject', 'tracking-new'],
    why='JustFOIA confirms the County Attorney KORA request received 09/10/2026 (= sent) as RCKORA 2026-114; KS 3 business days',
    tests='shared JustFOIA sender (no-reply@justfoia.com, listed by no agency); tracking number with an internal space',
    modeled_on='JustFOIA "request received" notifications sent via Amazon SES for Kansas counties')

# ------------------------------------------------------------------ 006 Iowa FOI Council newsletter (null)
f = '006-null-iowa-foi-newsletter.eml'
text = """IOWA FREEDOM OF INFORMATION COUNCIL - SEPTEMBER BULLETIN

In this issue
- IPIB caseload: the Iowa Public Information Board opened 41 new formal
  complaints in the first half of 2026, most about delayed records responses.
- Reminder: Iowa Code 22.8(4)(d) lets a custodian take a good-faith,
  reasonable delay of up to 20 calendar days to decide whether a record is
  confidential. It is not a general extension, and it does not pause the
  requester's right to complain to IPIB within 60 days.
- Fee questions: custodians may charge the reasonable cost of supervising
  examination and copying, but not for the time spent deciding whether a
  record is confidential (see IPIB advisory opinions).
- Save the date: Sunshine Week panel, March 2027, Des Moines.

You are receiving this bulletin because you subscribed at iowafoic.org.
Unsubscribe: https://iowafoic.org/newsletter/unsubscribe?u=7f2a19
"""
html = paras_to_html(text)
raw = alternative([
    ('From', 'Iowa Freedom of Information Council <news@iowafoic.org>'),
    ('To', INBOX),
    ('Subject', 'FOI Bulletin: IPIB caseload, the 20-day rule, and fee questions'),
    ('Date', 'Fri, 11 Sep 2026 07:00:02 -0500'),
    ('Message-ID', '<%s@mail.iowafoic.org>' % h(f, 26)),
    ('List-Unsubscribe', '<https://iowafoic.org/newsletter/unsubscribe?u=7f2a19>'),
    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
    ('Precedence', 'bulk'),
], text, html, f)
add(f, raw, None, 'other', signals=['none'],
    why='Iowa FOI Council newsletter; mentions Chapter 22 deadlines and IPIB but is about none of our requests',
    tests='bulk newsletter full of deadline words (20 calendar days, 60 days) that must not become a label',
    modeled_on='state FOI council member bulletins')

# ------------------------------------------------------------------ 007 BIA acknowledgment letter in PDF, received Sep 10
f = '007-bia-ack-letter-pdf.eml'
letter = [
    'United States Department of the Interior',
    'BUREAU OF INDIAN AFFAIRS',
    'Great Plains Regional Office',
    '115 Fourth Avenue S.E., Suite 400',
    'Aberdeen, South Dakota 57401',
    '',
    'IN REPLY REFER TO: FOIA Control No. DOI-BIA-2026-004215',
    '',
    'September 14, 2026',
    '',
    'Via electronic mail: records+req-002@plainsreporter.example.org',
    '',
    'Maren Solberg',
    'The Plains Reporter',
    '',
    'Dear Ms. Solberg:',
    '',
    'This letter acknowledges receipt of your Freedom of Information Act (FOIA) request dated September 9, 2026, which the Great Plains Regional Office received on September 10, 2026. You requested rights-of-way grants, Application for Permit to Drill (APD) concurrence records, and flaring or venting correspondence for oil and gas operations on the Fort Berthold Indian Reservation, January 1, 2022 to the present. Your request has been assigned the control number above; please cite it in any communication with us.',
    '',
    'We have placed your request in the complex processing track. Records responsive to your request may be located at the Fort Berthold Agency in New Town, North Dakota, and may contain information submitted by third parties, which may require consultation under Executive Order 12600 and 43 CFR 2.27.',
    '',
    'Based on the information you provided, we have classified you as a representative of the news media for fee purposes. You will not be charged for search or review time, and the first 100 pages of duplication are provided at no charge. We will notify you before incurring fees greater than $50.00.',
    '',
    'FOIA generally requires an agency to make a determination on a request within 20 workdays of receipt. If unusual circumstances apply, we will notify you in writing and may extend the time limit by up to 10 additional workdays.',
    '',
    'You may contact our FOIA Public Liaison for assistance or to discuss any aspect of your request. You may also contact the Office of Government Information Services (OGIS) at the National Archives and Records Administration to inquire about the FOIA mediation services they offer: Office of Government Information Services, National Archives and Records Administration, 8601 Adelphi Road - OGIS, College Park, Maryland 20740-6001; email ogis@nara.gov; telephone 202-741-5770; toll free 1-877-684-6448.',
    '',
    'Sincerely,',
    '',
    'Renee Ironshield',
    'Regional FOIA Coordinator',
    'Great Plains Region',
]
pdfb = pdf(letter, 'FOIA Acknowledgment DOI-BIA-2026-004215')
body = text_part("""Good morning,

Please find attached our acknowledgment letter for your recent FOIA request
to the Great Plains Regional Office.

Renee Ironshield
Regional FOIA Coordinator
Bureau of Indian Affairs - Great Plains Region
605-555-0131
""")
raw = mixed([
    ('From', '"Ironshield, Renee M" <renee.ironshield@bia.gov>'),
    ('To', plus_to('REQ-002')),
    ('Subject', 'FOIA DOI-BIA-2026-004215 - Acknowledgment'),
    ('Date', 'Mon, 14 Sep 2026 09:15:22 -0500'),
    ('Message-ID', outlook_mid(f)),
] + outlook_extra(f, 'FOIA DOI-BIA-2026-004215 - Acknowledgment', attach=True), body,
    [attachment('DOI-BIA-2026-004215 Acknowledgment.pdf', pdfb)], f)
add(f, raw, 'REQ-002', 'acknowledgment', tracking='DOI-BIA-2026-004215', clock='received:2026-09-10',
    signals=['plus', 'tracking-new'],
    why='BIA acknowledgment letter (PDF) assigns DOI-BIA-2026-004215 and states received Sep 10 (sent Sep 9); 20 workdays from Sep 10',
    tests='federal acknowledgment with received date only in the PDF letter; mentions 10-workday extension conditionally (not an extension)',
    modeled_on='Interior/BIA FOIA acknowledgment letters (complex track, news-media fee category, OGIS paragraph)')

# ------------------------------------------------------------------ 008 Riley County records custodian letter, PDF only, no thread
f = '008-rileyca-custodian-letter-pdf.eml'
letter = [
    'OFFICE OF THE RILEY COUNTY ATTORNEY',
    '100 Courthouse Plaza, Manhattan, Kansas 66502',
    '',
    'September 14, 2026',
    '',
    'Records Desk, The Plains Reporter',
    'records@plainsreporter.example.org',
    '',
    'Re: Kansas Open Records Act Request RCKORA 2026-114',
    '',
    'Dear Requester:',
    '',
    'The Riley County Attorney\'s Office received your request under the Kansas Open Records Act, K.S.A. 45-215 et seq., on September 10, 2026. You asked for diversion agreement forms and executed agreements, written diversion eligibility or charging policies, and annual counts of diversion participants from 2023 to the present.',
    '',
    'As required by K.S.A. 45-218(d), I am writing within three business days to explain why access cannot be provided immediately. Executed diversion agreements are kept in individual criminal case files, some of which are sealed or involve juvenile offenders. Each agreement must be pulled and reviewed to remove information that is not subject to disclosure, including criminal history record information and information that would identify juveniles or victims (K.S.A. 45-221(a)(1), (a)(10) and (a)(30)).',
    '',
    'The earliest date on which I expect the records to be available is October 9, 2026. The blank forms and the office\'s written diversion guidelines may be ready sooner, and I will send them as soon as they are.',
    '',
    'K.S.A. 45-219 allows the office to charge a reasonable fee for staff time and copies. If a fee is due, you will receive an estimate before any copies are prepared.',
    '',
    'Respectfully,',
    '',
    'Dana Lindquist',
    'Records Custodian',
    'Riley County Attorney\'s Office',
    '(785) 555-0164',
]
pdfb = pdf(letter, 'KORA custodian letter')
body = text_part("""Good afternoon,

Please see the attached letter from the records custodian for the County
Attorney's Office regarding your recent request.

Dana Lindquist
Office Manager / Records Custodian
Riley County Attorney's Office
(785) 555-0164
""")
raw = mixed([
    ('From', 'Dana Lindquist <dlindquist@rileycountyks.gov>'),
    ('To', INBOX),
    ('Subject', 'KORA request - County Attorney records'),
    ('Date', 'Mon, 14 Sep 2026 13:20:05 -0500'),
    ('Message-ID', outlook_mid(f, 'namprd17')),
] + outlook_extra(f, 'KORA request - County Attorney records', attach=True), body,
    [attachment('RCKORA 2026-114 custodian letter.pdf', pdfb)], f)
add(f, raw, 'REQ-004', 'extension', tracking='RCKORA 2026-114', clock='extension', estimated='2026-10-09',
    signals=['tracking-filename', 'tracking-attachment', 'subject'],
    why='KORA 45-218(d) custodian letter: access not immediate, earliest availability Oct 9; KS has no extension days so no new due',
    tests='letter only in PDF; tracking only in attachment name and PDF text; no thread headers; generic subject',
    modeled_on='Kansas "records custodian" 3-business-day letters giving a detailed explanation and earliest date')

# ------------------------------------------------------------------ 009 Decorah clerk terse acknowledgment
f = '009-decorah-clerk-ack.eml'
text = """Got it. I'll start pulling what we have. The engineering report has to go
past the city attorney first so that piece may take longer.

Wanda Hegg
City Clerk
City of Decorah
400 Claiborne Drive
Decorah, IA 52101
563-555-0142
"""
raw = simple([
    ('From', 'Wanda Hegg <whegg@decorahia.org>'),
    ('To', plus_to('REQ-005')),
    ('Subject', 'RE: ' + req_subject('REQ-005')),
    ('Date', 'Tue, 15 Sep 2026 08:02:40 -0500'),
    ('Message-ID', outlook_mid(f, 'namprd14')),
    ('In-Reply-To', req_mid('REQ-005')),
    ('References', req_mid('REQ-005')),
] + outlook_extra(f, req_subject('REQ-005')), text)
add(f, raw, 'REQ-005', 'acknowledgment', clock='sent', signals=['thread', 'plus'],
    why='Decorah clerk confirms she is pulling the records (no number, no date); Iowa 20 calendar days from the Sep 14 request',
    tests='terse small-city clerk acknowledgment without tracking number or dates',
    modeled_on='small-town Iowa city clerk replies')

# ------------------------------------------------------------------ 010 Decorah clerk reply-all by mistake: internal note reaches us
f = '010-decorah-replyall-internal.eml'
our_req5 = """Dear City Clerk,

Under Iowa Code chapter 22, I request copies of the following City of Decorah
records:

1. All boil advisory notices and related public notices issued in connection
   with the water main break in March 2026;
2. Water system pressure and SCADA alarm logs for March 8-14, 2026;
3. Any engineering report or assessment of the break and the distribution
   system prepared for the City, including drafts submitted to the City;
4. City Council minutes or agenda materials discussing the break.

Electronic copies are fine. Please tell me in advance if copying costs will
exceed $25.

Thank you,
Tomas Reyes
Records Desk, The Plains Reporter"""
text = """Dave \u2013 another records request on the water main break, see below. Can you
pull the boil advisory notices (I think there were three, 3/9, 3/10 and the
lift on 3/12) and the SCADA pressure logs for that week?

Don't send anything on the Fehr Graham report yet. Laura wants to look at it
first since ours still says DRAFT on every page. No huge rush but the 20 days
is running on this one.

Thx
W

-----Original Message-----
From: Records Desk <records+req-005@plainsreporter.example.org>
Sent: Monday, September 14, 2026 2:18 PM
To: City Clerk <cityclerk@decorahia.org>
Subject: %s

%s
""" % (req_subject('REQ-005'), our_req5)
raw = simple([
    ('From', 'Wanda Hegg <whegg@decorahia.org>'),
    ('To', 'Dave Brandt <dbrandt@decorahia.org>'),
    ('CC', plus_to('REQ-005')),
    ('Subject', 'RE: ' + req_subject('REQ-005')),
    ('Date', 'Tue, 15 Sep 2026 08:26:13 -0500'),
    ('Message-ID', outlook_mid(f, 'namprd14')),
    ('In-Reply-To', req_mid('REQ-005')),
    ('References', req_mid('REQ-005')),
] + outlook_extra(f, req_subject('REQ-005')), text)
add(f, raw, 'REQ-005', 'other', signals=['thread', 'plus'],
    why='clerk meant to forward our request to the public works director but replied all; internal note, not an answer to us',
    tests='internal staff note reaching us by reply-all; mentions "the 20 days" and a DRAFT report but sets nothing',
    modeled_on='reply-all mistakes in small-city Outlook mail (forward to department head with requester still copied)')
