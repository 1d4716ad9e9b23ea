"""Messages 011-020."""
from build_common import *

# ------------------------------------------------------------------ 011 NSP written explanation of delay: "within 30 days", no date
f = '011-nsp-delay-within-30-days.eml'
text = """Re: Request No. 2026-PR-0588

Dear Ms. Solberg:

This is the Nebraska State Patrol's written explanation under Neb. Rev. Stat.
84-712(4)(c) concerning your public records request received September 10,
2026.

Despite a good-faith effort, the Patrol cannot complete your request within
four business days. Your request covers more than four years of pursuit
reports. Those reports are kept by troop area and must be retrieved from each
troop and reviewed before release, and some relate to criminal cases that
are still open, which may be withheld under 84-712.05(5).

The Patrol anticipates that it will be able to complete its response within
30 days. As provided in 84-712(4)(c), you may modify or prioritize the items
in your request if you would like to receive some records sooner; for
example, the pursuit policy (item 1) could be provided separately.

If the cost of providing the records is expected to exceed $50.00, you will
receive an estimate before the work is done.

Sincerely,

Jennifer Kovar
Paralegal | Legal Division
Nebraska State Patrol
Office: 402-555-0188
"""
html = paras_to_html(text)
raw = alternative([
    ('From', '"Kovar, Jennifer" <jennifer.kovar@nebraska.gov>'),
    ('To', plus_to('REQ-003')),
    ('Subject', 'RE: ' + req_subject('REQ-003')),
    ('Date', 'Wed, 16 Sep 2026 15:05:51 +0000'),
    ('Message-ID', outlook_mid(f)),
    ('In-Reply-To', outlook_mid('004-nsp-ack-quoted.eml')),
    ('References', '%s\n %s' % (req_mid('REQ-003'), outlook_mid('004-nsp-ack-quoted.eml'))),
] + outlook_extra(f, req_subject('REQ-003')), text, html, f)
add(f, raw, 'REQ-003', 'extension', tracking='2026-PR-0588', clock='extension',
    signals=['thread', 'plus', 'tracking'],
    why='NE 84-712(4)(c) written explanation of delay on day 4: completion "within 30 days", no date stated; NE has no extension days, so no due and no estimated date',
    tests='extension whose only time statement is a relative "within 30 days" (no date to extract); mentions $50 fee threshold conditionally',
    modeled_on='Nebraska agencies\' 84-712(4)(c) delay letters offering to let the requester modify or prioritize')

# ------------------------------------------------------------------ 012 Abilene clerk acknowledgment; tracking only as "Ref: 26-0417" in signature
f = '012-abilene-clerk-ack-ref-signature.eml'
text = """Good morning,

We received your Kansas Open Records Act request on Tuesday, September 15
for the separation agreement with our former city administrator and the
related correspondence. Because this involves a personnel matter, the City
Attorney will need to review it before anything is released. I expect to
have an answer for you by Friday, September 25.

Thank you for your patience.

Kelsey Marr, CMC
City Clerk / Records Custodian
City of Abilene, Kansas
419 N Broadway | PO Box 519
Abilene, KS 67410
785-555-0119
Ref: 26-0417
"""
raw = simple([
    ('From', 'Kelsey Marr <kmarr@abilenecityhall.com>'),
    ('To', INBOX),
    ('Subject', 'Your KORA request'),
    ('Date', 'Wed, 16 Sep 2026 11:48:30 -0500'),
    ('Message-ID', '<%s@abilenecityhall.com>' % h(f, 22)),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
], text)
add(f, raw, 'REQ-006', 'acknowledgment', tracking='26-0417', clock='sent', estimated='2026-09-25',
    signals=['subject', 'tracking-new'],
    why='Abilene clerk confirms the KORA request received Sep 15 (= sent) and expects an answer by Sep 25; number only as "Ref: 26-0417" in the signature',
    tests='no thread headers, bare inbox, generic subject; tracking number only in the signature block; acknowledgment with an expected date',
    modeled_on='Kansas small-city clerk (records custodian) emails; clerks who stamp a file reference under their signature')

# ------------------------------------------------------------------ 013 Bismarck Public Schools JustFOIA acknowledgment
f = '013-bps-justfoia-ack.eml'
text = """Bismarck Public Schools
Open Records Request #26-00148

Your request has been received.

Date Received: 9/16/2026
Requester: Records Desk (The Plains Reporter)
Request: Restraint and seclusion incident reports and documentation forms,
and any building-level or district-level restraint/seclusion counts,
school years 2023-24 through 2025-26.

Under N.D.C.C. 44-04-18, the District will respond within a reasonable
time. If additional time may be needed to locate, review or redact records,
we will let you know. Records that are confidential under state or federal
law, including student education records protected by FERPA, will not be
released.

You can check the status of this request at
https://bismarckschoolsnd.justfoia.com/publicportal/home/track

Please do not reply to this email.
"""
raw = simple([
    ('From', 'Bismarck Public Schools <no-reply@justfoia.com>'),
    ('To', INBOX),
    ('Subject', 'Open Records Request #26-00148 has been received'),
    ('Date', 'Wed, 16 Sep 2026 15:30:44 -0500'),
    ('Message-ID', '<0100019%s-%s-000000@email.amazonses.com>' % (h(f, 13), h(f + 'u', 8))),
], text)
add(f, raw, 'REQ-007', 'acknowledgment', tracking='26-00148', clock='sent',
    signals=['subject', 'tracking-new'],
    why='JustFOIA confirms the BPS request received 9/16/2026 (= sent) as #26-00148; ND sets only "reasonable time", so no due',
    tests='same JustFOIA sender as Riley County; North Dakota has no day count; hedged "additional time may be needed" is not an extension',
    modeled_on='JustFOIA acknowledgments for school districts')

# ------------------------------------------------------------------ 014 phishing (null)
f = '014-null-phish-quota.eml'
html = """<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p><b>Microsoft 365</b></p>
<p>Your mailbox <b>records@plainsreporter.example.org</b> has exceeded its storage quota (99.6%).</p>
<p>Incoming messages, including <b>public records responses and FOIA correspondence</b>, will be held until you verify your account.</p>
<p><a href="https://plainsreporter-example-mail.com/owa/verify?id=records">Verify mailbox now</a></p>
<p style="font-size:11px;color:#777">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</body></html>
"""
raw = build([
    ('From', 'Microsoft 365 Admin <no-reply@plainsreporter-example-mail.com>'),
    ('To', INBOX),
    ('Subject', 'Action required: mailbox storage exceeded - pending messages held'),
    ('Date', 'Thu, 17 Sep 2026 06:30:17 -0400'),
    ('Message-ID', '<%s@plainsreporter-example-mail.com>' % h(f, 20)),
], html, 'text/html; charset="utf-8"', '7bit')
add(f, raw, None, 'other', signals=['none'],
    why='phishing imitating a Microsoft 365 quota warning; mentions FOIA correspondence but is about no request',
    tests='spam that names public-records correspondence',
    modeled_on='common credential-phishing quota notices')

# ------------------------------------------------------------------ 015 Iowa DNR GovQA "request updated" (portal notice)
f = '015-iadnr-govqa-updated.eml'
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Records Desk,</p>
<p>Public records request <b>ORR-2026-1187</b> has been updated. To view the update or respond, please log in to the Iowa DNR Public Records Center.</p>
<p><a href="https://iowadnr.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">https://iowadnr.mycusthelp.com/WEBAPP/_rs/supporthome.aspx</a></p>
<p>Iowa DNR Public Records</p>
<p style="font-size:8pt;color:#777">Please do not reply to this message.</p>
</body></html>
"""
raw = build([
    ('From', 'Iowa DNR Public Records Center <iowadnr@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', 'Iowa DNR Public Records Request :: ORR-2026-1187 - Request Updated'),
    ('Date', 'Fri, 18 Sep 2026 09:00:21 -0500'),
    ('Message-ID', '<%s@mycusthelp.net>' % h(f, 30)),
], html, 'text/html; charset="utf-8"', '7bit')
add(f, raw, 'REQ-001', 'portal_notice', tracking='ORR-2026-1187', signals=['tracking'],
    why='GovQA says ORR-2026-1187 was updated; no substantive content in the email',
    tests='content-free portal update notice',
    modeled_on='GovQA "request updated" notifications')

# ------------------------------------------------------------------ 016 BPS clarification (no thread, bare inbox)
f = '016-bps-clarification.eml'
text = """Good afternoon,

I'm the records coordinator for Bismarck Public Schools and I'm working on
open records request #26-00148 (restraint and seclusion, 2023-24 through
2025-26).

Before we go further I need to check what you are after, because the answer
changes the work a lot:

1. Do you want the individual incident documentation forms? Those are
   student education records under FERPA and state law. Even with names
   removed, most forms describe the student, the setting and the staff
   involved closely enough to identify the child, so we would expect to
   withhold most or all of them.

2. Or would building-level counts work for you (number of restraint and
   seclusion incidents by school and school year, and number of students
   involved, with small numbers suppressed)? We can produce those from our
   student information system fairly quickly.

3. Do you also want the District's written restraint and seclusion policy
   and procedures? Those are public and I can send them right away.

We will hold the request until we hear back from you. Feel free to call me
if that's easier.

Renae Ostlie
Records Coordinator, Legal Services
Bismarck Public Schools
806 N Washington St, Bismarck, ND 58501
701-555-0176
"""
raw = simple([
    ('From', 'Renae Ostlie <renae.ostlie@bismarckschools.org>'),
    ('To', INBOX),
    ('Subject', 'Open records request #26-00148 - clarification needed'),
    ('Date', 'Thu, 24 Sep 2026 14:10:09 -0500'),
    ('Message-ID', '<CAF%s@mail.gmail.com>' % h(f, 36)),
], text)
add(f, raw, 'REQ-007', 'clarification', tracking='26-00148', signals=['tracking', 'subject'],
    why='BPS asks whether we want incident forms (FERPA-protected) or building-level counts and holds the request until we answer',
    tests='clarification from a Google Workspace school address, numbered questions; "hold the request" = clock stops',
    modeled_on='school district records coordinators narrowing student-record requests (FERPA)')

# ------------------------------------------------------------------ 017 SDSU formal Notice of Response (PDF) with estimate
f = '017-sdstate-notice-of-response-pdf.eml'
letter = [
    'SOUTH DAKOTA STATE UNIVERSITY',
    'Office of the General Counsel - Open Records',
    'Brookings, South Dakota 57007',
    '',
    'NOTICE OF RESPONSE TO REQUEST FOR RECORDS',
    '(SDCL 1-27-37)',
    '',
    'Request No.: SDSU-OR-2026-058',
    'Requester: Maren Solberg, The Plains Reporter',
    'Date written request received: 09/22/2026',
    'Date of this notice: 09/24/2026',
    'Records requested: Title IX annual reports (2021-2026); settlement agreements resolving claims',
    '  against the Department of Athletics or its employees (2021-2026).',
    '',
    'RESPONSE (the box checked below applies):',
    '',
    '[  ] The requested records are provided with this notice.',
    '[  ] The requested records are available for inspection at the location shown below.',
    '[X] The request is acknowledged. The University needs additional time to respond.',
    '      Estimated date the University will respond: October 30, 2026',
    '      Reason: Records must be gathered from the Title IX Office and the Department of',
    '      Athletics and reviewed for information protected by FERPA (20 U.S.C. 1232g) and',
    '      SDCL 1-27-1.5. Settlement agreements may also require review by the Board of',
    '      Regents general counsel, and additional time may be needed for those records.',
    '[  ] The request is denied in whole or in part (see reasons attached).',
    '[  ] The University does not maintain the requested records.',
    '[  ] The request is unclear. Please clarify within 10 business days (SDCL 1-27-37).',
    '',
    'FEES: Fees may be charged under SDCL 1-27-35 for staff time beyond one hour and for copies.',
    'If the estimated fee exceeds $50.00, an estimate will be sent and payment may be required',
    'before the records are produced.',
    '',
    'If your request is denied in whole or in part, you may seek review as provided in',
    'SDCL 1-27-38.',
    '',
    'Open Records Officer, South Dakota State University',
    'sdsu.openrecords@sdstate.edu | 605-555-0150',
]
pdfb = pdf(letter, 'Notice of Response SDSU-OR-2026-058')
html = """<html><body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Dear Ms. Solberg,</p>
<p>Attached is the University's Notice of Response to your open records request.</p>
<p>Open Records Officer<br>South Dakota State University<br>Office of the General Counsel</p>
</body></html>
"""
raw = mixed([
    ('From', 'SDSU Open Records <sdsu.openrecords@sdstate.edu>'),
    ('To', plus_to('REQ-008')),
    ('Subject', 'SDSU-OR-2026-058 Notice of Response'),
    ('Date', 'Thu, 24 Sep 2026 16:55:00 -0500'),
    ('Message-ID', outlook_mid(f, 'namprd15')),
] + outlook_extra(f, 'SDSU-OR-2026-058 Notice of Response', attach=True),
    text_part(html, 'html'), [attachment('SDSU-OR-2026-058 Notice of Response.pdf', pdfb)], f)
add(f, raw, 'REQ-008', 'acknowledgment', tracking='SDSU-OR-2026-058', clock='sent', estimated='2026-10-30',
    signals=['plus', 'tracking-new'],
    why='SD formal Notice of Response (PDF) checks "acknowledged" with estimated response Oct 30; received 09/22 (= sent); SD 10 business days',
    tests='SD notice-of-response form with many unchecked boxes (denied, no records, clarify) that must be ignored; estimate only in the PDF',
    modeled_on='South Dakota "Notice of Response to Request for Records" forms used by state agencies and Regents institutions')

# ------------------------------------------------------------------ 018 Iowa DNR good-faith reasonable delay (22.8(4)(d)) with date
f = '018-iadnr-good-faith-delay.eml'
text = """Re: Public records request ORR-2026-1187 (CAFO records, Winneshiek and
Allamakee counties)

Dear Records Desk:

The Department has located roughly 1,900 pages of inspection reports,
manure management plan reviews and compliance correspondence responsive to
your request. Some of these files contain information that may be
confidential under Iowa law, including private well test results tied to
individual landowners and personal financial information submitted with
manure management plans.

Under Iowa Code section 22.8(4)(d), the Department is taking a good-faith,
reasonable delay in permitting access to these records so that it can
determine whether any of them are confidential. This delay will not exceed
twenty calendar days. We expect to complete our review and respond by
October 15, 2026.

A fee may apply for staff time spent retrieving and copying records beyond
the first hour. If so, we will send you an estimate before that work is
done.

Mark Jensen
Public Records Officer
Iowa Department of Natural Resources
Wallace State Office Building, 502 E. 9th Street
Des Moines, IA 50319
515-555-0127
"""
html = paras_to_html(text)
raw = alternative([
    ('From', '"Jensen, Mark [DNR]" <mark.jensen@iowadnr.gov>'),
    ('To', INBOX),
    ('Subject', 'ORR-2026-1187 - Notice of reasonable delay'),
    ('Date', 'Fri, 25 Sep 2026 10:12:36 -0500'),
    ('Message-ID', outlook_mid(f, 'namprd09')),
] + outlook_extra(f, 'ORR-2026-1187 - Notice of reasonable delay'), text, html, f)
add(f, raw, 'REQ-001', 'extension', tracking='ORR-2026-1187', clock='extension', estimated='2026-10-15',
    signals=['tracking', 'subject'],
    why='Iowa 22.8(4)(d) good-faith reasonable delay, not over 20 calendar days, response expected Oct 15; Iowa has no extension days, so estimated only',
    tests='Iowa "20-day letter": good-faith delay with a stated date; hedged fee ("may apply") is not a fee estimate',
    modeled_on='Iowa agency notices citing 22.8(4)(d) and IPIB guidance on the 20-calendar-day limit')

# ------------------------------------------------------------------ 019 Abilene denial by city attorney, via Google Group
f = '019-abilene-denial-via-group.eml'
text = """Mr. Reyes:

I serve as City Attorney for the City of Abilene and write on behalf of the
City's records custodian in response to your Kansas Open Records Act
request of September 15, 2026 for the separation agreement between the City
and its former city administrator and all related correspondence.

After review, the City declines to produce the requested records, for the
following reasons:

1. The separation agreement and the documents that preceded it are
   individually identifiable records pertaining to an employee and are not
   required to be disclosed under K.S.A. 45-221(a)(4).

2. Correspondence among City Commissioners, the former administrator's
   counsel and this office concerning the separation is privileged
   attorney-client communication (K.S.A. 45-221(a)(2)), and drafts of the
   agreement are notes and preliminary drafts under K.S.A. 45-221(a)(20).

3. Release of the remaining correspondence would constitute a clearly
   unwarranted invasion of personal privacy (K.S.A. 45-221(a)(30)).

For your information, the total amount paid under the agreement was stated
in the minutes of the City Commission meeting of August 24, 2026, which are
posted on the City's website.

If you believe this response is in error, you may contact the Office of the
Kansas Attorney General or the Dickinson County Attorney, or seek relief in
district court under K.S.A. 45-222.

Lauren Pettijohn
City Attorney, City of Abilene
Pettijohn Law Office, LLC
785-555-0102
"""
raw = simple([
    ('From', "'Lauren Pettijohn' via Records Desk <records@plainsreporter.example.org>"),
    ('Reply-To', 'Lauren Pettijohn <lpettijohn@pettijohnlawks.com>'),
    ('To', plus_to('REQ-006')),
    ('CC', 'Kelsey Marr <kmarr@abilenecityhall.com>'),
    ('Subject', 'RE: ' + req_subject('REQ-006')),
    ('Date', 'Fri, 25 Sep 2026 15:40:18 -0500'),
    ('Message-ID', '<%s@pettijohnlawks.com>' % h(f, 24)),
    ('In-Reply-To', req_mid('REQ-006')),
    ('References', req_mid('REQ-006')),
    ('Sender', 'records@plainsreporter.example.org'),
    ('X-Original-Sender', 'lpettijohn@pettijohnlawks.com'),
    ('X-Original-From', 'Lauren Pettijohn <lpettijohn@pettijohnlawks.com>'),
    ('Precedence', 'list'),
    ('Mailing-list', 'list records@plainsreporter.example.org; contact records+owners@plainsreporter.example.org'),
    ('List-ID', '<records.plainsreporter.example.org>'),
    ('X-Google-Group-Id', '418293556071'),
    ('List-Post', '<https://groups.google.com/a/plainsreporter.example.org/group/records/post>, <mailto:records@plainsreporter.example.org>'),
    ('List-Help', '<https://support.google.com/a/plainsreporter.example.org/bin/topic.py?topic=25838>, <mailto:records+help@plainsreporter.example.org>'),
    ('List-Archive', '<https://groups.google.com/a/plainsreporter.example.org/group/records/>'),
], text)
add(f, raw, 'REQ-006', 'denial', adverse=True, signals=['thread', 'plus', 'subject'],
    why='City Attorney withholds the separation agreement and all correspondence (45-221(a)(4), (a)(2), (a)(20), (a)(30)); KS has no appeal days',
    tests='Google Group collaborative inbox delivery ("via Records Desk", X-Original-Sender) from a private law-firm domain no agency lists',
    modeled_on='Kansas city attorneys\' KORA denial letters for personnel-related records')

# ------------------------------------------------------------------ 020 Iowa DNR GovQA acknowledgment for the fish kill request
f = '020-iadnr-govqa-ack-fishkill.eml'
text = """Dear Records Desk,

Thank you for contacting the Iowa Department of Natural Resources. Your
public records request has been received and is being processed.

Your request was received on 9/28/2026 and has been assigned reference
number ORR-2026-1263.

Request details:
Fish kill investigation reports, field notes, photographs and any
enforcement referrals for fish kills investigated by the DNR from January 1,
2024 to the present.

To monitor the progress of this request, log in to the Public Records
Center:
https://iowadnr.mycusthelp.com/WEBAPP/_rs/supporthome.aspx

Iowa DNR Public Records
"""
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Dear Records Desk,</p>
<p>Thank you for contacting the Iowa Department of Natural Resources. Your public records request has been received and is being processed.</p>
<p>Your request was received on <b>9/28/2026</b> and has been assigned reference number <b>ORR-2026-1263</b>.</p>
<p><b>Request details:</b><br>Fish kill investigation reports, field notes, photographs and any enforcement referrals for fish kills investigated by the DNR from January 1, 2024 to the present.</p>
<p>To monitor the progress of this request, log in to the <a href="https://iowadnr.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">Public Records Center</a>.</p>
<p>Iowa DNR Public Records</p>
</body></html>
"""
raw = alternative([
    ('From', 'Iowa DNR Public Records Center <iowadnr@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', 'Iowa DNR Public Records Request :: ORR-2026-1263'),
    ('Date', 'Mon, 28 Sep 2026 11:05:47 -0500'),
    ('Message-ID', '<%s@mycusthelp.net>' % h(f, 30)),
], text, html, f)
add(f, raw, 'REQ-009', 'acknowledgment', tracking='ORR-2026-1263', clock='sent',
    signals=['subject', 'tracking-new'],
    why='GovQA confirms the fish kill request received 9/28/2026 (= sent) as ORR-2026-1263; Iowa 20 calendar days',
    tests='second request at the same agency and portal; must be told apart from ORR-2026-1187 by topic',
    modeled_on='GovQA/mycusthelp acknowledgment (multipart variant)')
