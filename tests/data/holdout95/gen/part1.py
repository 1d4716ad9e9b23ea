from common import *

# 001 NEH FOIA mailbox out-of-office, threaded to REQ-001
add('001-neh-ooo-foia-mailbox.eml', build([
    ('From', 'NEH FOIA <foia@neh.gov>'), ('To', plus('REQ-001')),
    ('Subject', 'Automatic reply: ' + subj('REQ-001')),
    ('Date', date('2026-09-02 16:05')), ('Message-ID', '<BL0PR09MB4471A2C0E4@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('In-Reply-To', req_msgid('REQ-001')), ('References', req_msgid('REQ-001')),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
    ] + ms_headers('FOIA Request: NEH peer review records for FY2026 Public Humanities Projects applications'),
    text="""Thank you for your message to the National Endowment for the Humanities FOIA mailbox.

The FOIA Officer is out of the office through Tuesday, September 8, 2026. Messages are not being read
in the meantime and will be answered in the order received on her return. This automatic reply does not
acknowledge a FOIA request and does not start the time limit for a response.

For urgent matters please call the Office of the General Counsel at 202-606-8322.
"""), 'REQ-001', 'auto_reply',
    'NEH FOIA mailbox out-of-office threaded to REQ-001; says it is not an acknowledgment',
    'Outlook "Automatic reply:" from a one-person FOIA office mailbox; Auto-Submitted header; modeled on small-agency OOO texts that disclaim acknowledgment',
    signals=['thread', 'plus'])

# 002 NEA acknowledgment, received date the day after sent (after-hours)
add('002-nea-ack-after-hours.eml', build([
    ('From', 'NEA FOIA Office <foia@arts.gov>'), ('To', plus('REQ-002')),
    ('Subject', 'RE: ' + subj('REQ-002')), ('Date', date('2026-09-04 09:12')),
    ('Message-ID', '<SA1PR09MB8820C91E3B0F@SA1PR09MB8820.namprd09.prod.outlook.com>'),
    ('In-Reply-To', req_msgid('REQ-002')), ('References', req_msgid('REQ-002')),
    ] + ms_headers('FOIA Request: NEA Grants for Arts Projects dance panel records, FY2026', 'AQHdG7'),
    text="""Good morning,

The National Endowment for the Arts acknowledges your Freedom of Information Act request for panel
records for FY2026 Grants for Arts Projects applications in the Dance discipline. Your email arrived
after 5:00 p.m. Eastern on September 3, so it is logged as received on Friday, September 4, 2026.

Your request number is F26-0086. Please refer to it in any correspondence with us.

We will make every effort to respond within the 20 working days the FOIA provides. Please note that
application materials submitted by outside organizations may require notice to the applicant before
release.

Regards,

FOIA Office
Office of the General Counsel
National Endowment for the Arts
400 7th Street SW, Washington, DC 20506
foia@arts.gov
"""), 'REQ-002', 'acknowledgment',
    'NEA logs the after-hours Sep 3 email as received Sep 4 and assigns F26-0086; clock from Sep 4',
    'NEA OGC acknowledgment by email; received date differs from sent (after 5 p.m. rule in many agency FOIA regs)',
    tracking='F26-0086', clock='received:2026-09-04', signals=['thread', 'plus', 'tracking-new'])

# 003 NEA newsletter (GovDelivery) - not about any request
nl_txt = """National Endowment for the Arts | September 2026

IN THIS ISSUE
* Apply: Challenge America deadline is February 11, 2027
* Podcast: a conversation with a choreographer about touring rural venues
* NEA Jazz Masters nominations are open
* Blog: what the Arts Basic Survey tells us about attendance

Read more at arts.gov/news.

You are receiving this because you subscribed to NEA news. Manage preferences or unsubscribe:
https://public.govdelivery.com/accounts/USNEA/subscriber/edit?preferences=true
"""
nl_html = """<html><body style="font-family:Georgia,serif"><table width="600" align="center"><tr><td>
<img src="https://content.govdelivery.com/attachments/fancy_images/USNEA/2026/09/logo.png" alt="National Endowment for the Arts">
<h2>September 2026</h2>
<ul><li><b>Apply:</b> Challenge America deadline is February 11, 2027</li>
<li><b>Podcast:</b> a conversation with a choreographer about touring rural venues</li>
<li><b>NEA Jazz Masters</b> nominations are open</li>
<li><b>Blog:</b> what the Arts Basic Survey tells us about attendance</li></ul>
<p><a href="https://www.arts.gov/news">Read more</a></p>
<p style="font-size:10px">You are receiving this because you subscribed to NEA news.
<a href="https://public.govdelivery.com/accounts/USNEA/subscriber/edit?preferences=true">Manage preferences</a></p>
</td></tr></table></body></html>"""
add('003-nea-newsletter.eml', build([
    ('From', 'National Endowment for the Arts <nea@public.govdelivery.com>'), ('To', INBOX),
    ('Subject', 'NEA News: Challenge America deadline, Jazz Masters nominations'),
    ('Date', date('2026-09-05 08:00')), ('Message-ID', '<20260905120000.1847223@public.govdelivery.com>'),
    ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USNEA/subscriber/one_click_unsubscribe>'),
    ('Precedence', 'bulk'), ('X-Accountcode', 'USNEA'),
    ], text=nl_txt, html=nl_html), None, 'other',
    'NEA GovDelivery newsletter; agency domain-like sender but about no request',
    'GovDelivery bulletin layout used by NEA and many federal agencies; tests that agency-branded bulk mail is not attached to a request')

# 004 NEH acknowledgment letter in PDF only, signed by Deputy General Counsel
ack_pdf = """NATIONAL ENDOWMENT FOR THE HUMANITIES
Office of the General Counsel
400 7th Street SW, Washington, DC 20506

September 9, 2026

Records Desk
records@records.example.org

Re: FOIA No. 26-117

Dear Requester:

This letter acknowledges receipt of your Freedom of Information Act (FOIA) request dated September 2, 2026,
which the National Endowment for the Humanities (NEH) received on that date. You asked for peer review
records, including panelist evaluations, panel summaries and staff funding recommendations, for
applications to the FY2026 Public Humanities Projects program.

Many of the responsive records were submitted to NEH by applicant organizations or were created by outside
reviewers. Under Executive Order 12600 and NEH's FOIA regulations at 45 CFR part 1171, we will notify
applicants whose materials may contain confidential commercial information and give them an opportunity
to object to disclosure before we make a decision. This may affect the time needed to respond.

You asked to be treated as a representative of the news media. We have granted that request. Fees, if
any, will be limited to duplication beyond the first 100 pages. Because we expect to provide the records
electronically, we do not anticipate charging you, but we will contact you if fees would exceed $50.

Please cite FOIA No. 26-117 in any correspondence about this request.

Sincerely,

Nora Marchetti
Deputy General Counsel and FOIA Officer
"""
add('004-neh-ack-letter-pdf.eml', build([
    ('From', '"Marchetti, Nora" <nmarchetti@neh.gov>'), ('To', plus('REQ-001')), ('Cc', 'NEH FOIA <foia@neh.gov>'),
    ('Subject', 'NEH FOIA acknowledgment'), ('Date', date('2026-09-09 14:40')),
    ('Message-ID', '<BL0PR09MB44712F7D10@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('In-Reply-To', req_msgid('REQ-001')), ('References', req_msgid('REQ-001')),
    ] + ms_headers('FOIA Request: NEH peer review records for FY2026 Public Humanities Projects applications', 'AQHdIGxM'),
    text="Please see the attached letter.\n\nNora Marchetti\nDeputy General Counsel | National Endowment for the Humanities\n",
    attachments=[('Acknowledgment letter.pdf', 'application/pdf', pdf(ack_pdf, 'Acknowledgment'))]),
    'REQ-001', 'acknowledgment',
    'NEH acknowledgment letter (PDF only) assigns FOIA No. 26-117, received Sep 2 (= sent); EO 12600 notice planned',
    'one-line cover email from the Deputy General Counsel with the letter only in a PDF; EO 12600 submitter-notice paragraph and media fee category as in NEH/45 CFR 1171 practice',
    tracking='26-117', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-attachment'])

# 005 NEH short ack, quoting our request
q5 = our_request_text('REQ-003', 'copies of (1) all grant termination notices NEH sent to grantees in April and May 2025, and (2) any list, spreadsheet or tracker of grants selected for termination during that period.')
add('005-neh-ack-short-quoted.eml', build([
    ('From', 'NEH FOIA <foia@neh.gov>'), ('To', plus('REQ-003')),
    ('Subject', 'RE: ' + subj('REQ-003')), ('Date', date('2026-09-10 10:02')),
    ('Message-ID', '<BL0PR09MB4471E03B66@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('In-Reply-To', req_msgid('REQ-003')), ('References', req_msgid('REQ-003')),
    ] + ms_headers('FOIA Request: NEH grant termination notices and termination lists, April-May 2025', 'AQHdIPa0'),
    text="""Received 9/8/2026 - this is FOIA No. 26-121. We'll be in touch.

NEH FOIA Office

-----Original Message-----
From: Records Desk <%s>
Sent: Tuesday, September 8, 2026 11:31 AM
To: NEH FOIA <foia@neh.gov>
Subject: %s

%s
""" % (plus('REQ-003'), subj('REQ-003'), q5)), 'REQ-003', 'acknowledgment',
    'two-line NEH ack: received 9/8/2026 (= sent), FOIA No. 26-121; our request quoted below',
    'terse one-person-office acknowledgment above an Outlook "-----Original Message-----" quote of our request',
    tracking='26-121', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'])

# 006 AmeriCorps FOIAXpress PAL acknowledgment, multipart/alternative
ac_txt = """Dear Records Desk,

Your FOIA request has been received by AmeriCorps and assigned tracking number AC-2026-00298.

Request Received Date: 09/10/2026
Request Type: FOIA
Description: AmeriCorps State and National grant terminations, April 2025 - list and notices...

You can check the status of your request at https://americorps.foiaxpress.com/App/CheckStatus.aspx
using the tracking number above.

AmeriCorps FOIA Office
250 E Street SW, Washington, DC 20525

This is a system-generated message. Please do not reply.
"""
ac_html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Records Desk,</p>
<p>Your FOIA request has been received by AmeriCorps and assigned tracking number <b>AC-2026-00298</b>.</p>
<table border="0" cellpadding="3"><tr><td>Request Received Date:</td><td>09/10/2026</td></tr>
<tr><td>Request Type:</td><td>FOIA</td></tr>
<tr><td>Description:</td><td>AmeriCorps State and National grant terminations, April 2025 - list and notices...</td></tr></table>
<p>You can check the status of your request at <a href="https://americorps.foiaxpress.com/App/CheckStatus.aspx">https://americorps.foiaxpress.com/App/CheckStatus.aspx</a> using the tracking number above.</p>
<p>AmeriCorps FOIA Office<br>250 E Street SW, Washington, DC 20525</p>
<p><i>This is a system-generated message. Please do not reply.</i></p></body></html>"""
add('006-americorps-pal-ack.eml', build([
    ('From', 'AmeriCorps FOIA <foiapal-noreply@americorps.gov>'), ('To', plus('REQ-005')),
    ('Subject', 'FOIA Request AC-2026-00298 Received'), ('Date', date('2026-09-10 15:31')),
    ('Message-ID', '<FXP.20260910193101.00298@americorps.foiaxpress.com>'),
    ], text=ac_txt, html=ac_html), 'REQ-005', 'acknowledgment',
    'FOIAXpress PAL confirms receipt 09/10/2026 (= sent) and assigns AC-2026-00298',
    'FOIAXpress PAL "request received" template (no threading headers, plus-address only)',
    tracking='AC-2026-00298', clock='received_on_sent_date', signals=['plus', 'tracking-new', 'subject'])

# 007 IMLS ack HTML-only
add('007-imls-ack-html.eml', build([
    ('From', 'IMLS FOIA <foia@imls.gov>'), ('To', plus('REQ-004')),
    ('Subject', 'Acknowledgment - FOIA Request IMLS-2026-0042'), ('Date', date('2026-09-11 11:20')),
    ('Message-ID', '<DM6PR09MB5522B7F1AA@DM6PR09MB5522.namprd09.prod.outlook.com>'),
    ('In-Reply-To', req_msgid('REQ-004')),
    ] + ms_headers('Acknowledgment - FOIA Request IMLS-2026-0042', 'AQHdIzz'),
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Requester:</p>
<p>The Institute of Museum and Library Services (IMLS) received your Freedom of Information Act request on
<b>September 9, 2026</b>. You requested correspondence between IMLS and State Library Administrative Agencies
concerning the termination and later reinstatement of Grants to States awards, January 2025 to the present.</p>
<p>Your request has been assigned tracking number <b>IMLS-2026-0042</b>. IMLS will respond as soon as possible.
Because this request calls for correspondence with many state agencies, an extension of time may be
necessary; if so we will let you know in writing.</p>
<p>If you have questions, contact the IMLS FOIA Public Liaison at <a href="mailto:foia@imls.gov">foia@imls.gov</a>.</p>
<p>Sincerely,<br>Office of the General Counsel<br>Institute of Museum and Library Services<br>955 L'Enfant Plaza North SW, Suite 4000, Washington, DC 20024</p>
</div></body></html>"""), 'REQ-004', 'acknowledgment',
    'IMLS ack (HTML only) received Sep 9 (= sent), IMLS-2026-0042; extension only mentioned as possible',
    'HTML-only Outlook message; conditional "an extension of time may be necessary" that must not count as an extension',
    tracking='IMLS-2026-0042', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'])

# 008 NEA ack for REQ-006 arriving through the Google Group
frm, extra = via_group('Tamsin Okafor', 'okafort@arts.gov')
add('008-nea-ack-via-group.eml', build([
    ('From', frm), ('To', 'Records Desk <%s>' % INBOX), ('Subject', 'Your FOIA request F26-0091'),
    ('Date', date('2026-09-15 13:45')), ('Message-ID', '<SA1PR09MB88205D2C1E@SA1PR09MB8820.namprd09.prod.outlook.com>'),
    ('In-Reply-To', req_msgid('REQ-006')), ('References', req_msgid('REQ-006')),
    ] + extra, text="""Hello,

I'm writing from the NEA FOIA office to confirm that we received your September 14, 2026 request for
records about the applicant certification requirements in the FY2027 grant guidelines. It has been
assigned number F26-0091.

Please be aware that records of this kind usually need review by several offices, and a 10-working-day
extension may be needed. We will tell you if that happens.

Thank you,
Tamsin Okafor
Government Information Specialist
National Endowment for the Arts
"""), 'REQ-006', 'acknowledgment',
    'NEA ack of the certification-guidelines request via Google Group rewrite; received Sep 14 (= sent); F26-0091',
    'Google Groups collaborative inbox rewrite ("X via Records Desk", X-Original-Sender, List-ID); hedged "extension may be needed"',
    tracking='F26-0091', clock='received_on_sent_date', signals=['thread', 'tracking-new'])

# 009 ARC acknowledgment signed by the General Counsel, EO 12600
add('009-arc-ack-gc-eo12600.eml', build([
    ('From', 'ARC FOIA <foia@arc.gov>'), ('To', plus('REQ-007')),
    ('Subject', 'RE: ' + subj('REQ-007') + ' [ARC FOIA No. 2026-14]'), ('Date', date('2026-09-16 16:10')),
    ('Message-ID', '<CY8PR09MB9011A1D3C0@CY8PR09MB9011.namprd09.prod.outlook.com>'),
    ('In-Reply-To', req_msgid('REQ-007')), ('References', req_msgid('REQ-007')),
    ] + ms_headers('FOIA Request: ARC POWER grant file, Big Sandy Workforce Alliance (Kentucky)', 'AQHdJlp'),
    text="""Dear Requester:

The Appalachian Regional Commission received your Freedom of Information Act request on September 15,
2026. You asked for the POWER Initiative grant application, grant agreement, budget, and progress
reports for the Big Sandy Workforce Alliance project. We have assigned it ARC FOIA No. 2026-14.

The application and progress reports were submitted to ARC by the grantee. In keeping with Executive
Order 12600 and the submitter-notice provisions of ARC's FOIA regulations, we are notifying the grantee and
allowing 10 working days for it to identify any information it believes is confidential commercial or
financial information. We will consider any objection before deciding what to release.

ARC does not charge fees for requests such as yours where costs are under $25.

Sincerely,

Marcus Kessler
General Counsel and Chief FOIA Officer
Appalachian Regional Commission
1666 Connecticut Avenue NW, Suite 700, Washington, DC 20009
"""), 'REQ-007', 'acknowledgment',
    'ARC GC acknowledges receipt Sep 15 (= sent), ARC FOIA No. 2026-14; submitter notice to grantee under EO 12600',
    'small commission where the General Counsel is also the Chief FOIA Officer; tracking number appended to the subject in brackets',
    tracking='2026-14', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'])

# 010 NEH clarification on REQ-003
add('010-neh-clarify-terminations.eml', build([
    ('From', 'NEH FOIA <foia@neh.gov>'), ('To', plus('REQ-003')),
    ('Subject', 'FOIA No. 26-121 - scope question'), ('Date', date('2026-09-17 09:30')),
    ('Message-ID', '<BL0PR09MB44713C8E9A@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<BL0PR09MB4471E03B66@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('References', req_msgid('REQ-003') + ' <BL0PR09MB4471E03B66@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ] + ms_headers('FOIA No. 26-121 - scope question', 'AQHdJmQ'),
    text="""Hello,

Before we go further with 26-121: NEH sent termination notices for more than 1,400 awards in April and
May 2025. Nearly all of them are the same form letter, with only the grantee name, award number and
project title filled in.

Would it meet your needs if we sent (a) the form letter(s) used, and (b) the list of terminated awards
with grantee, award number, amount and termination date? If you do want every individual notice,
please tell us; that will take considerably longer.

We will hold the request until we hear from you. If we do not hear back within 30 days we may close it.

Thanks,
NEH FOIA Office
"""), 'REQ-003', 'clarification',
    'NEH asks whether the form letters plus the list of terminated awards would do; request held pending answer',
    'informal scope-narrowing email from a small FOIA office, with a 30-day hold/close warning',
    tracking='26-121', signals=['thread', 'plus', 'tracking'])
