"""Messages 021-030."""
from build_common import *

# ------------------------------------------------------------------ 021 Decorah first batch (interim) with small PDFs
f = '021-decorah-interim-attachments.eml'
body = text_part("""Here's the first batch - the three boil advisory notices and the council
minutes from March 16 and April 6 where the break came up.

Dave is still pulling the SCADA logs and the engineering report is with the
city attorney. I'll send the rest when I have it. No charge for these.

Wanda

Wanda Hegg
City Clerk
City of Decorah
563-555-0142
""")
a1 = pdf(['CITY OF DECORAH - PUBLIC NOTICE', '', 'BOIL WATER ADVISORY', 'Issued: March 9, 2026, 6:40 p.m.', '',
          'Due to a water main break on Montgomery Street, customers north of Water Street should boil',
          'water for one minute before drinking or cooking until further notice.', '',
          'UPDATE: March 10, 2026 - advisory area expanded to include College Drive.', '',
          'LIFTED: March 12, 2026, 4:15 p.m. - two consecutive days of satisfactory bacteriological samples.'],
         'Boil advisory notices')
a2 = pdf(['CITY OF DECORAH - CITY COUNCIL', 'Minutes, Regular Session, March 16, 2026', '',
          'Item 7. Public Works Director D. Brandt reported on the March 9 main break on Montgomery',
          'Street. A 1938 cast-iron main failed. Council directed staff to obtain an engineering',
          'assessment of the distribution system from Fehr Graham.', '',
          'Minutes, Regular Session, April 6, 2026', '',
          'Item 4. Council approved a professional services agreement for the assessment.'],
         'Council minutes')
raw = mixed([
    ('From', 'Wanda Hegg <whegg@decorahia.org>'),
    ('To', plus_to('REQ-005')),
    ('Subject', 'RE: ' + req_subject('REQ-005')),
    ('Date', 'Tue, 29 Sep 2026 13:44:02 -0500'),
    ('Message-ID', outlook_mid(f, 'namprd14')),
    ('In-Reply-To', outlook_mid('009-decorah-clerk-ack.eml', 'namprd14')),
    ('References', '%s\n %s' % (req_mid('REQ-005'), outlook_mid('009-decorah-clerk-ack.eml', 'namprd14'))),
] + outlook_extra(f, req_subject('REQ-005'), attach=True), body,
    [attachment('Boil Advisory Notices March 2026.pdf', a1), attachment('Council Minutes 2026-03-16 and 04-06.pdf', a2)], f)
add(f, raw, 'REQ-005', 'records_interim', signals=['thread', 'plus'],
    why='clerk sends the boil notices and minutes; SCADA logs and engineering report still to come',
    tests='informal partial release with attachments and "I\'ll send the rest"',
    modeled_on='small-city clerk releases sent in batches')

# ------------------------------------------------------------------ 022 Postfix bounce: our follow-up to a dead Abilene clerk alias
f = '022-bounce-postfix-abilene.eml'
bnd = boundary(f)
orig = """Return-Path: <records@plainsreporter.example.org>
Received: from mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])
	by mail.abilenecityhall.com (Postfix) with ESMTPS id 4F1C22A0B3
	for <cityclerk@abilenecityhall.com>; Thu,  1 Oct 2026 09:18:51 -0500 (CDT)
From: Tomas Reyes <treyes@plainsreporter.example.org>
Reply-To: records+req-006@plainsreporter.example.org
To: cityclerk@abilenecityhall.com
Cc: Records Desk <records@plainsreporter.example.org>
Subject: Re: KORA Request: City administrator separation agreement and related correspondence
Date: Thu, 1 Oct 2026 09:18:44 -0500
Message-ID: <req-006.20261001.2@plainsreporter.example.org>
In-Reply-To: <%s>
References: %s
 <%s>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Ms. Marr,

Thank you for forwarding our request to the City Attorney. We disagree that
the separation agreement itself is exempt: K.S.A. 45-221(a)(4) does not
cover the terms of a settlement paid with public funds. Please reconsider
release of the agreement itself; we will narrow the correspondence portion
to letters exchanged with the former administrator's counsel.

Tomas Reyes
Records Desk, The Plains Reporter
""" % (h('019-abilene-denial-via-group.eml', 24) + '@pettijohnlawks.com', req_mid('REQ-006'),
       h('019-abilene-denial-via-group.eml', 24) + '@pettijohnlawks.com')
p1 = """Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.abilenecityhall.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<cityclerk@abilenecityhall.com>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <cityclerk@abilenecityhall.com>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
"""
p2 = """Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.abilenecityhall.com
X-Postfix-Queue-ID: 4F1C22A0B3
X-Postfix-Sender: rfc822; records@plainsreporter.example.org
Arrival-Date: Thu,  1 Oct 2026 09:18:51 -0500 (CDT)

Final-Recipient: rfc822; cityclerk@abilenecityhall.com
Original-Recipient: rfc822;cityclerk@abilenecityhall.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 550 5.1.1 <cityclerk@abilenecityhall.com>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
p3 = 'Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n' + orig
raw = build([
    ('Return-Path', '<>'),
    ('From', 'MAILER-DAEMON@mail.abilenecityhall.com (Mail Delivery System)'),
    ('To', 'records@plainsreporter.example.org'),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Date', 'Thu,  1 Oct 2026 09:18:52 -0500 (CDT)'),
    ('Message-ID', '<20261001141852.7A9D52A0B4@mail.abilenecityhall.com>'),
    ('Auto-Submitted', 'auto-replied'),
], multipart('report', [p1, p2, p3], bnd), mp_header('report', bnd, '; report-type=delivery-status'))
add(f, raw, 'REQ-006', 'bounce', signals=['thread-embedded'],
    why='Postfix bounce of our reconsideration letter to the city\'s dead cityclerk@ alias; returned message carries REQ-006 References',
    tests='DSN with the full returned message (message/rfc822) whose References point to our request; the bounced text argues an exemption',
    modeled_on='Postfix "Undelivered Mail Returned to Sender" reports from small municipal mail servers')

# ------------------------------------------------------------------ 023 NSP PIO out-of-office on REQ-011
f = '023-nsp-ooo.eml'
text = """I am out of the office Monday, October 5 through Friday, October 9 for
training and will have limited access to email.

Public records requests should be sent to nsp.publicrecords@nebraska.gov.
For media inquiries, please call the NSP Public Information Office at
402-555-0100.

Lt. Adam Tvrdy
Public Information Officer
Nebraska State Patrol
"""
raw = simple([
    ('From', '"Tvrdy, Adam" <adam.tvrdy@nebraska.gov>'),
    ('To', plus_to('REQ-011')),
    ('Subject', 'Automatic reply: ' + req_subject('REQ-011')),
    ('Date', 'Mon, 05 Oct 2026 10:32:06 -0500'),
    ('Message-ID', outlook_mid(f)),
    ('In-Reply-To', req_mid('REQ-011')),
    ('References', req_mid('REQ-011')),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
] + outlook_extra(f, req_subject('REQ-011')), text)
add(f, raw, 'REQ-011', 'auto_reply', signals=['thread', 'plus'],
    why='NSP PIO out-of-office triggered by the cc of our I-80 seizure request',
    tests='out-of-office with dates (Oct 5-9) that are not deadlines',
    modeled_on='Outlook automatic replies from state police public information officers')

# ------------------------------------------------------------------ 024 BIA transfer/referral of REQ-010 to the Indian Affairs FOIA Office / OJS
f = '024-bia-referral-ojs.eml'
text = """IN REPLY REFER TO:
FOIA Control No. DOI-BIA-2026-004630

October 6, 2026

Maren Solberg
The Plains Reporter
Via email: records+req-010@plainsreporter.example.org

Dear Ms. Solberg:

This responds to your Freedom of Information Act (FOIA) request dated
October 1, 2026, which the Great Plains Regional Office logged under the
control number above. You requested inspection reports for detention
facilities in the Great Plains Region and records of deaths in custody at
those facilities from January 1, 2021 to the present.

The Great Plains Regional Office does not maintain the records you
described. Detention programs funded or operated by the Bureau of Indian
Affairs are administered by the Office of Justice Services (OJS), Division
of Corrections, and records of tribally operated facilities are generally
held by the tribes themselves. We have therefore transferred your request
to the Indian Affairs FOIA Office so that it can be processed for records
of OJS. Your request keeps the control number above. The Indian Affairs
FOIA Office will contact you directly, and the time for responding runs
from its receipt of the transferred request.

If you have questions about this transfer, you may contact me or the
Indian Affairs FOIA Public Liaison at foia@bia.gov. You may also contact
the Office of Government Information Services (OGIS) at the National
Archives and Records Administration for mediation services: 8601 Adelphi
Road - OGIS, College Park, Maryland 20740-6001; ogis@nara.gov;
202-741-5770.

Sincerely,

Renee Ironshield
Regional FOIA Coordinator
Great Plains Region
"""
html = paras_to_html(text, 'font-family:Times New Roman,serif;font-size:12pt')
raw = alternative([
    ('From', '"Ironshield, Renee M" <renee.ironshield@bia.gov>'),
    ('To', plus_to('REQ-010')),
    ('Subject', 'FOIA DOI-BIA-2026-004630 - Transfer of Request'),
    ('Date', 'Tue, 06 Oct 2026 10:30:40 -0500'),
    ('Message-ID', outlook_mid(f)),
] + outlook_extra(f, 'FOIA DOI-BIA-2026-004630 - Transfer of Request'), text, html, f)
add(f, raw, 'REQ-010', 'other', tracking='DOI-BIA-2026-004630', signals=['plus', 'tracking-new'],
    why='transfer notice: the regional office does not hold detention records and transfers the request to the Indian Affairs FOIA Office (OJS); not an acknowledgment or no-records answer',
    tests='referral/transfer letter that assigns a number and says "does not maintain" (not a no_records determination)',
    modeled_on='Interior FOIA transfers between bureaus/offices under 43 CFR 2.13 with OGIS paragraph')

# ------------------------------------------------------------------ 025 BIA unusual-circumstances extension with estimated completion
f = '025-bia-extension-unusual.eml'
text = """IN REPLY REFER TO:
FOIA Control No. DOI-BIA-2026-004215

October 8, 2026

Dear Ms. Solberg:

This letter concerns your Freedom of Information Act (FOIA) request
received by the Great Plains Regional Office on September 10, 2026, for
rights-of-way, APD concurrence and flaring records for the Fort Berthold
Indian Reservation.

We are taking a 10-workday extension of the time limit to respond to your
request under 5 U.S.C. 552(a)(6)(B)(i) and 43 CFR 2.19, because unusual
circumstances apply: we need to search for and collect records from the
Fort Berthold Agency in New Town, North Dakota, which is separate from the
office processing your request, and we need to consult with the Bureau of
Land Management North Dakota Field Office, which has a substantial interest
in some of the records.

We do not expect to complete processing within the extended time limit.
You may limit the scope of your request so that it can be processed more
quickly (for example, by limiting it to rights-of-way granted in 2024 and
later), or agree to an alternative time frame. We currently estimate that
we will complete processing of your request by December 15, 2026.

You may contact our FOIA Public Liaison for help. You may also contact the
Office of Government Information Services (OGIS) at the National Archives
and Records Administration to inquire about the FOIA mediation services
they offer. OGIS: 8601 Adelphi Road - OGIS, College Park, Maryland
20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.

Sincerely,

Renee Ironshield
Regional FOIA Coordinator
Great Plains Region, Bureau of Indian Affairs
"""
raw = simple([
    ('From', '"Ironshield, Renee M" <renee.ironshield@bia.gov>'),
    ('To', plus_to('REQ-002')),
    ('Subject', 'FOIA DOI-BIA-2026-004215 - Time Extension (Unusual Circumstances)'),
    ('Date', 'Thu, 08 Oct 2026 09:10:15 -0500'),
    ('Message-ID', outlook_mid(f)),
] + outlook_extra(f, 'FOIA DOI-BIA-2026-004215 - Time Extension (Unusual Circumstances)'), text)
add(f, raw, 'REQ-002', 'extension', tracking='DOI-BIA-2026-004215', clock='extension', estimated='2026-12-15',
    signals=['plus', 'tracking'],
    why='FOIA unusual-circumstances extension (+10 workdays on the Oct 8 due date) with an estimated completion of Dec 15, 2026',
    tests='federal extension letter with both a statutory extension and a later estimated date; restates the Sep 10 receipt date',
    modeled_on='Interior 43 CFR 2.19 unusual-circumstances letters offering to narrow and the OGIS paragraph')

# ------------------------------------------------------------------ 026 NSP denial (HTML-only letter) for I-80 seizure records
f = '026-nsp-denial-seizures.eml'
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Times New Roman,serif;font-size:12pt">
<p align="center"><b>NEBRASKA STATE PATROL</b><br>Legal Division<br>Lincoln, Nebraska</p>
<p>October 8, 2026</p>
<p>Maren Solberg<br>The Plains Reporter<br>records+req-011@plainsreporter.example.org</p>
<p><b>Re: Public Records Request No. 2026-PR-0671</b></p>
<p>Dear Ms. Solberg:</p>
<p>The Nebraska State Patrol received your request on October 5, 2026. You asked for seizure reports, property and evidence logs, and asset forfeiture case records for drug interdiction stops on Interstate 80 from January 1, 2024 to the present.</p>
<p>Your request is <b>denied</b>. The records you describe are records developed or received by a law enforcement agency in the course of investigating violations of criminal law, and they may be withheld from the public under Neb. Rev. Stat. &sect; 84-712.05(5). Many of the seizures remain the subject of pending prosecutions or forfeiture actions.</p>
<p>Forfeiture actions are filed in the district court of the county where the property was seized, and court filings may be available from the clerk of that court. Aggregate seizure and forfeiture data that agencies report under state law may be available from the Nebraska Crime Commission.</p>
<p>As required by Neb. Rev. Stat. &sect; 84-712.04, you are advised that you may seek review of this denial by petitioning the Attorney General under &sect; 84-712.03 or by filing an action in the district court. The officials responsible for this decision are Colonel Daniel Ostrander, Superintendent, and Capt. Mara Hollins, Legal Counsel.</p>
<p>Sincerely,</p>
<p>Capt. Mara Hollins<br>Legal Counsel<br>Nebraska State Patrol</p>
</body></html>
"""
raw = build([
    ('From', 'NSP Public Records <nsp.publicrecords@nebraska.gov>'),
    ('To', plus_to('REQ-011')),
    ('Subject', 'Request No. 2026-PR-0671 - Response to Public Records Request'),
    ('Date', 'Thu, 08 Oct 2026 14:22:10 -0500'),
    ('Message-ID', outlook_mid(f)),
    ('In-Reply-To', req_mid('REQ-011')),
    ('References', req_mid('REQ-011')),
] + outlook_extra(f, 'Request No. 2026-PR-0671 - Response to Public Records Request'), html, 'text/html; charset="utf-8"', '7bit')
add(f, raw, 'REQ-011', 'denial', tracking='2026-PR-0671', adverse=True, signals=['thread', 'plus', 'tracking-new'],
    why='NSP denies the I-80 seizure request in full as investigatory records (84-712.05(5)); NE table has no appeal days, so appeal_due null',
    tests='HTML-only denial letter whose first message for the request assigns a new number; review rights under 84-712.03 named without a day count',
    modeled_on='Nebraska denial letters with the 84-712.04 review-rights and responsible-officials paragraph')

# ------------------------------------------------------------------ 027 SDSU acknowledgment for REQ-012, received next day
f = '027-sdstate-ack-received-next-day.eml'
text = """Dear Ms. Solberg,

NOTICE OF RESPONSE - SDSU-OR-2026-066

Your written request for South Dakota State University Police Department
use-of-force reports (January 1, 2024 to present) was sent after business
hours on October 7 and was received by the University on October 8, 2026.

This notice acknowledges your request. The University will provide the
records, deny the request in whole or in part, or give you an estimate of
the time needed, within ten business days of receipt as required by SDCL
1-27-37.

Please note that the University Police Department's daily crime and fire
log is already public and can be viewed on the UPD website.

Courtney Vick
Open Records Officer
South Dakota State University
sdsu.openrecords@sdstate.edu
"""
raw = simple([
    ('From', 'Courtney Vick <courtney.vick@sdstate.edu>'),
    ('To', plus_to('REQ-012')),
    ('CC', 'SDSU Open Records <sdsu.openrecords@sdstate.edu>'),
    ('Subject', 'Open records request - University Police use of force (SDSU-OR-2026-066)'),
    ('Date', 'Fri, 09 Oct 2026 08:40:33 -0500'),
    ('Message-ID', outlook_mid(f, 'namprd15')),
] + outlook_extra(f, 'Open records request - University Police use of force (SDSU-OR-2026-066)'), text)
add(f, raw, 'REQ-012', 'acknowledgment', tracking='SDSU-OR-2026-066', clock='received:2026-10-08',
    signals=['plus', 'tracking-new', 'subject'],
    why='SDSU notice acknowledges the Oct 7 after-hours request as received Oct 8 and assigns SDSU-OR-2026-066; SD 10 business days from Oct 8',
    tests='received date one day after sent; no date stated for the response; second SDSU request',
    modeled_on='SD notice-of-response acknowledgments sent as plain email by an open records officer')

# ------------------------------------------------------------------ 028 Riley County JustFOIA "new message" notice (HTML only)
f = '028-rileyca-justfoia-message.eml'
html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto;border-top:4px solid #4b2e83">
<p>A new message has been added to your open records request <b>RCKORA 2026-114</b> with Riley County, Kansas.</p>
<p>Please log in to the public portal to view the message and any documents.</p>
<p><a href="https://rileycountyks.justfoia.com/publicportal/home/track">View Request</a></p>
<p style="font-size:11px;color:#888">This is an automated message. Replies to this address are not monitored.<br>Powered by JustFOIA</p>
</div></body></html>
"""
raw = build([
    ('From', '"Riley County, KS" <no-reply@justfoia.com>'),
    ('To', INBOX),
    ('Subject', 'Riley County, KS - New Message on Request RCKORA 2026-114'),
    ('Date', 'Fri, 09 Oct 2026 10:00:12 -0500'),
    ('Message-ID', '<0100019%s-%s-000000@email.amazonses.com>' % (h(f, 13), h(f + 'u', 8))),
], html, 'text/html; charset="utf-8"', '7bit')
add(f, raw, 'REQ-004', 'portal_notice', tracking='RCKORA 2026-114', signals=['tracking'],
    why='JustFOIA says a message was added to RCKORA 2026-114; the email itself carries no content',
    tests='content-free portal notice from the shared JustFOIA sender',
    modeled_on='JustFOIA "new message" notifications')

# ------------------------------------------------------------------ 029 Riley County fee estimate (prepayment under KORA)
f = '029-rileyca-fee-estimate.eml'
text = """Good morning,

The records responsive to request RCKORA 2026-114 are ready for release
once the fee below is paid.

  Retrieval and redaction of 27 executed diversion agreements
  2.5 hours of staff time at $19.50/hour ............ $48.75
  Copies (provided electronically) .................. $ 0.00
  Total ............................................. $48.75

Under K.S.A. 45-218(f), the office requires payment of the fee in advance.
You may pay by check made payable to the Riley County Attorney's Office
(please write the request number on the check) or by card in person at our
office. When payment is received, the agreements, the office's diversion
guidelines and the participant counts will be emailed to you.

Please let me know if you have any questions.

Dana Lindquist
Records Custodian
Riley County Attorney's Office
(785) 555-0164
"""
html = '<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt"><pre style="font-family:Consolas,monospace;font-size:10pt">%s</pre></body></html>\n' % html_escape(text)
raw = alternative([
    ('From', 'Dana Lindquist <dlindquist@rileycountyks.gov>'),
    ('To', INBOX),
    ('Subject', 'RCKORA 2026-114 - Fee Estimate'),
    ('Date', 'Fri, 09 Oct 2026 10:02:55 -0500'),
    ('Message-ID', outlook_mid(f, 'namprd17')),
] + outlook_extra(f, 'RCKORA 2026-114 - Fee Estimate'), text, html, f)
add(f, raw, 'REQ-004', 'fee_estimate', tracking='RCKORA 2026-114', signals=['tracking'],
    why='custodian asks for $48.75 in advance (45-218(f)) before releasing the diversion records',
    tests='itemized fee table with prepayment; sent two minutes after the portal notice it duplicates',
    modeled_on='Kansas KORA fee letters (staff time + advance payment)')

# ------------------------------------------------------------------ 030 Iowa DNR fish kill clarification (informal, program staff)
f = '030-iadnr-fishkill-clarification.eml'
text = """Hi,

I'm with the DNR Environmental Services Division and I've been asked to help
with your request ORR-2026-1263 on fish kills. A few questions before we
start pulling files:

- Statewide, or particular counties or watersheds? We investigated about
  120 fish kills from 2024 to now.
- The photographs run to several thousand images. Do you want all of them,
  or just the ones attached to the final reports?
- Field notes are mostly handwritten and scanned into the case files. Would
  the final investigation report for each kill (which summarizes the field
  work, the dead fish count and the cause) be enough?

If you can narrow it down, we can get you the records a lot faster.

Thanks,
Amy

Amy Kolbe
Environmental Specialist Senior
Iowa Department of Natural Resources - Field Office 1 (Manchester)
563-555-0193
"""
raw = simple([
    ('From', '"Kolbe, Amy [DNR]" <amy.kolbe@iowadnr.gov>'),
    ('To', INBOX),
    ('Subject', 'fish kill records request - a few questions'),
    ('Date', 'Fri, 09 Oct 2026 15:15:27 -0500'),
    ('Message-ID', outlook_mid(f, 'namprd09')),
] + outlook_extra(f, 'fish kill records request - a few questions'), text)
add(f, raw, 'REQ-009', 'clarification', tracking='ORR-2026-1263', signals=['tracking', 'subject'],
    why='DNR field specialist asks us to narrow scope (area, photos, field notes) before pulling files',
    tests='informal clarification from a program staffer, number mentioned once in the body',
    modeled_on='program staff helping records officers narrow environmental file requests')
