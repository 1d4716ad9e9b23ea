#!/usr/bin/env python3
"""Writes messages/*.eml for the holdout39 set. Run from anywhere; deterministic output."""
import sys, os
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import yaml
from emllib import *
from reqtext import BODY, DESC, SENT, SIG

SET = Path(__file__).resolve().parent.parent
REQS = {r['id']: r for r in yaml.safe_load((SET / 'requests.yaml').read_text())['requests']}
INBOX = 'records@lookout.example.org'
DESK = 'The Lookout Records Desk <records@lookout.example.org>'
M = []

def add(fname, text):
    M.append((fname, text))

def plus(rid):
    return REQS[rid]['reply_address']

def rmid(rid):
    return REQS[rid]['message_id']

def thread(rid, *more):
    ids = [rmid(rid)] + list(more)
    return [('In-Reply-To', ids[-1]), ('References', ' '.join(ids))]

def subj(rid):
    return REQS[rid]['subject']

def gmail_quote(rid, who=DESK):
    return 'On %s %s wrote:\n%s' % (SENT[rid][0], who, quote(BODY[rid]))

def outlook_quote(rid, to):
    return ('________________________________\nFrom: The Lookout Records Desk <records@lookout.example.org>\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (SENT[rid][1], to, subj(rid), BODY[rid]))

def outlook_ms_headers(seed, topic):
    return [('Thread-Topic', topic),
            ('Thread-Index', 'AQH' + b64(seed + 'ti', 30) + '=='),
            ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
            ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
            ('x-ms-publictraffictype', 'Email'),
            ('X-MS-Exchange-CrossTenant-OriginalArrivalTime', None),
            ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
            ('X-MS-Exchange-CrossTenant-id', '%s-%s-%s-%s-%s' % (h(seed+'a',8), h(seed+'b',4), h(seed+'c',4), h(seed+'d',4), h(seed+'e',12))),
            ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', 'CH0PR09MB%s' % h(seed+'f',4).upper())]

def outlook_mid(seed, prefix='BN0PR09MB'):
    n = h(seed, 4).upper()
    return '<%s%s%s@%s%s.namprd09.prod.outlook.com>' % (prefix, n, h(seed + 'x', 12).upper(), prefix, n)

def gmail_mid(seed):
    return '<CA%s%s@mail.gmail.com>' % (b64(seed, 24).replace('/', '_').replace('+', '-'), h(seed, 6).upper())

def mso_html(text):
    paras = []
    for blk in text.split('\n\n'):
        inner = '<br>\n'.join(x.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') for x in blk.split('\n'))
        paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % inner)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!--\n'
            'p.MsoNormal, li.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            '--></style></head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'.join(paras) + '\n</div>\n</body>\n</html>\n')

def paras_html(text):
    return '\n'.join('<p>%s</p>' % '<br>\n'.join(x.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') for x in blk.split('\n'))
                     for blk in text.strip('\n').split('\n\n'))

def simple_html(text):
    out = []
    for blk in text.split('\n\n'):
        out.append('<p>%s</p>' % '<br>\n'.join(x.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') for x in blk.split('\n')))
    return '<html><body>\n' + '\n'.join(out) + '\n</body></html>\n'

def ggroup_headers(person, addr, seed):
    return [('Sender', 'foia@vita.virginia.gov'),
            ('Reply-To', '%s <%s>' % (person, addr)),
            ('X-Original-Sender', addr),
            ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@vita.virginia.gov header.s=google header.b=%s; spf=pass (google.com: domain of %s designates 209.85.220.41 as permitted sender) smtp.mailfrom=%s; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=vita.virginia.gov' % (b64(seed, 8), addr, addr)),
            ('Precedence', 'list'),
            ('Mailing-list', 'list foia@vita.virginia.gov; contact foia+owners@vita.virginia.gov'),
            ('List-ID', '<foia.vita.virginia.gov>'),
            ('X-Google-Group-Id', '480377126655'),
            ('List-Post', '<https://groups.google.com/a/vita.virginia.gov/group/foia/post>, <mailto:foia@vita.virginia.gov>'),
            ('List-Help', '<https://support.google.com/a/vita.virginia.gov/bin/topic.py?topic=25838>, <mailto:foia+help@vita.virginia.gov>'),
            ('List-Archive', '<https://groups.google.com/a/vita.virginia.gov/group/foia/>'),
            ('List-Unsubscribe', '<mailto:googlegroups-manage+480377126655+unsubscribe@googlegroups.com>, <https://groups.google.com/a/vita.virginia.gov/group/foia/subscribe>')]

GGROUP_FOOTER = """
--
You received this message because you are subscribed to the Google Groups "VITA FOIA" group.
To unsubscribe from this group and stop receiving emails from it, send an email to foia+unsubscribe@vita.virginia.gov.
"""

# ---------------------------------------------------------------- 001 GSA auto-reply (REQ-001)
add('001-gsa-foia-autoreply.eml', message([
    ('From', 'GSA FOIA Requester Service Center <gsa.foia@gsa.gov>'),
    ('To', plus('REQ-001')),
    ('Subject', 'Automatic reply: ' + subj('REQ-001')),
    ('Date', date('2026-09-08 09:41:37', '-0400')),
    ('Message-ID', gmail_mid('001')),
    *thread('REQ-001'),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Autoreply', 'yes'),
], plain("""Thank you for contacting the U.S. General Services Administration (GSA)
Freedom of Information Act (FOIA) Requester Service Center.

This is an automated response confirming that your message reached the
gsa.foia@gsa.gov mailbox. It is NOT an acknowledgment of a FOIA request.
Requests received by email are entered into the GSA FOIA Public Access Link
(PAL) by our staff, usually within two business days, and PAL will send you
a separate notice with your tracking number.

To submit a new request directly, or to check the status of an existing
request, visit https://gsa.foia.example-pal.gov/ (GSA FOIA PAL).

Questions may be directed to the GSA FOIA Requester Service Center at
(202) 555-0148 or to our FOIA Public Liaison.

Please do not reply to this automated message.
""")))

# ---------------------------------------------------------------- 002 GSA Interact newsletter (null)
nl_text = """GSA Interact | Weekly digest | September 9, 2026

MAS Refresh #31 is live
The latest Multiple Award Schedule refresh updates clauses for identity,
credentialing and access management (ICAM) SINs and adds new
representations for artificial intelligence offerings. Contractors must
accept the mass modification within 90 days.

New: AI Acquisition Resource Guide
Buying AI-enabled products, including computer vision and biometric
solutions? The updated guide walks contracting officers through market
research, testing and responsible-use questions.

Upcoming webinar: Getting on Schedule (September 23, 1:00 PM ET)

Industry Day recap: Login.gov and the future of digital identity

You are receiving this email because you subscribed to GSA Interact
updates. Manage preferences: https://interact.gsa.gov/preferences
Unsubscribe: https://interact.gsa.gov/unsubscribe?u=r3c0rd5
U.S. General Services Administration, 1800 F Street NW, Washington, DC 20405
"""
nl_html = """<html><body style="margin:0;background:#f1f1f1;font-family:Source Sans Pro,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff"><tr><td style="background:#162e51;color:#fff;padding:14px 20px;font-size:20px">GSA Interact <span style="font-size:13px">Weekly digest &middot; September 9, 2026</span></td></tr>
<tr><td style="padding:18px 20px"><h2 style="color:#162e51">MAS Refresh #31 is live</h2>
<p>The latest Multiple Award Schedule refresh updates clauses for identity, credentialing and access management (ICAM) SINs and adds new representations for artificial intelligence offerings. Contractors must accept the mass modification within 90 days.</p>
<h2 style="color:#162e51">New: AI Acquisition Resource Guide</h2>
<p>Buying AI-enabled products, including computer vision and biometric solutions? The updated guide walks contracting officers through market research, testing and responsible-use questions.</p>
<p><a href="https://interact.gsa.gov/events/getting-on-schedule">Upcoming webinar: Getting on Schedule (September 23, 1:00 PM ET)</a></p>
<p><a href="https://interact.gsa.gov/blog/login-gov-industry-day">Industry Day recap: Login.gov and the future of digital identity</a></p></td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#71767a">You are receiving this email because you subscribed to GSA Interact updates. <a href="https://interact.gsa.gov/preferences">Manage preferences</a> | <a href="https://interact.gsa.gov/unsubscribe?u=r3c0rd5">Unsubscribe</a><br>U.S. General Services Administration, 1800 F Street NW, Washington, DC 20405</td></tr>
</table></td></tr></table></body></html>
"""
add('002-gsa-interact-digest.eml', message([
    ('From', 'GSA Interact <noreply@interact.gsa.gov>'),
    ('To', INBOX),
    ('Subject', 'This week on Interact: MAS Refresh #31, AI acquisition guide, Login.gov industry day'),
    ('Date', date('2026-09-09 07:00:04', '-0400')),
    ('Message-ID', '<%s.digest@interact.gsa.gov>' % h('002', 24)),
    ('List-Unsubscribe', '<https://interact.gsa.gov/unsubscribe?u=r3c0rd5>'),
    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
    ('Precedence', 'bulk'),
], multipart('alternative', '==_digest_%s' % h('002b', 12), [plain(nl_text), html(nl_html)])))

# ---------------------------------------------------------------- 003 GSA PAL acknowledgment (REQ-001)
t003 = """Dear Maya Okafor,

The U.S. General Services Administration (GSA) has received your Freedom
of Information Act (FOIA) request and entered it in the GSA FOIA Public
Access Link (PAL).

Tracking Number: GSA-2026-001482
Received Date: 09/08/2026
Requester Category: News Media (pending review)
Request Description: Task orders, delivery orders and BPA calls placed
through the Multiple Award Schedule for facial recognition, face matching
or biometric identification software or services, FY2023-FY2026, and
related market research and ordering guides.

Please refer to this tracking number in all future communications about
this request. You may check its status at any time by logging in to PAL.

The FOIA generally requires a determination within 20 working days of
receipt. Requests that involve voluminous records or consultation with
other agencies or submitters may take longer; if so, we will notify you.

Sincerely,
GSA FOIA Requester Service Center

This is a system-generated message. Please do not reply.
"""
add('003-gsa-pal-ack.eml', message([
    ('From', 'GSA FOIA PAL <foiapal-noreply@gsa.gov>'),
    ('To', INBOX),
    ('Subject', 'FOIA Request GSA-2026-001482 has been received'),
    ('Date', date('2026-09-10 09:02:18', '-0400')),
    ('Message-ID', '<PAL.%s.%s@foiapal.gsa.gov>' % (h('003', 10), '20260910130218')),
    ('X-Mailer', 'FOIAXpress PAL Notification Service'),
], multipart('alternative', '----=_Part_41872_%s' % h('003b', 10), [plain(t003), html(simple_html(t003))])))

# ---------------------------------------------------------------- 004 DHS SecureRelease ack, received next day (REQ-003)
h004 = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#1b1b1b">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #dcdee0">
<tr><td style="background:#005288;color:#fff;padding:10px 16px;font-size:16px"><b>DHS SecureRelease&trade;</b></td></tr>
<tr><td style="padding:16px">
<p>Dear Maya Okafor,</p>
<p>The Department of Homeland Security, Science and Technology Directorate (S&amp;T) FOIA Office has received your Freedom of Information Act request.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td><b>Request Number:</b></td><td>2026-STFO-00231</td></tr>
<tr><td><b>Component:</b></td><td>Science and Technology Directorate</td></tr>
<tr><td><b>Submitted:</b></td><td>09/09/2026 06:12 PM</td></tr>
<tr><td><b>Received Date:</b></td><td>09/10/2026</td></tr>
<tr><td><b>Track:</b></td><td>Complex</td></tr>
</table>
<p><b>Description:</b> %s</p>
<p>Requests submitted after 5:00 p.m. Eastern Time, or on a weekend or federal holiday, are considered received on the next business day.</p>
<p>You can track the status of your request by signing in to DHS SecureRelease. Please reference your request number in all correspondence.</p>
<p>Thank you,<br>S&amp;T FOIA Office</p>
</td></tr>
<tr><td style="background:#f0f0f0;padding:8px 16px;font-size:11px;color:#565c65">This is an automated notification from DHS SecureRelease. Replies to this address are not monitored.</td></tr>
</table></body></html>
""" % DESC['REQ-003'].replace('&', '&amp;')
add('004-dhs-securerelease-ack.eml', message([
    ('From', 'DHS SecureRelease <no-reply@securerelease.dhs.gov>'),
    ('To', INBOX),
    ('Subject', 'Request 2026-STFO-00231 Has Been Received'),
    ('Date', date('2026-09-10 14:30:52', '-0400')),
    ('Message-ID', '<0100019%s-%s-000000@email.securerelease.dhs.gov>' % (h('004', 9), h('004a', 8))),
], html(h004)))

# ---------------------------------------------------------------- 005 GTA ack, Outlook (REQ-005)
t005 = """Good morning Ms. Okafor,

The Georgia Technology Authority received your Open Records Act request on
Thursday, September 10, 2026. We are reviewing it now and will respond
within three business days as provided in O.C.G.A. 50-18-71(b)(1)(A).

Please note that GTA administers statewide technology contracts jointly with
the Department of Administrative Services (DOAS), so some contract records
may be held by DOAS rather than GTA. I will let you know if that is the case.

Regards,

Dana Whitaker
Open Records Officer | Office of General Counsel
Georgia Technology Authority
47 Trinity Avenue SW, Atlanta, GA 30334
dana.whitaker@gta.ga.gov

"""
t005q = t005 + outlook_quote('REQ-005', 'GTA Open Records <openrecords@gta.ga.gov>')
add('005-gta-ack-outlook.eml', message([
    ('From', '"Whitaker, Dana" <dana.whitaker@gta.ga.gov>'),
    ('To', 'The Lookout Records Desk <%s>' % plus('REQ-005')),
    ('CC', 'GTA Open Records <openrecords@gta.ga.gov>'),
    ('Subject', 'RE: ' + subj('REQ-005')),
    ('Date', date('2026-09-11 08:47:09', '-0400')),
    ('Message-ID', outlook_mid('005', 'SJ0PR09MB')),
    *thread('REQ-005'),
    *outlook_ms_headers('005', subj('REQ-005')),
], multipart('alternative', '_000_%s_' % outlook_mid('005', 'SJ0PR09MB')[1:30], [plain(t005q), html(mso_html(t005q))])))

# ---------------------------------------------------------------- 006 GTA three-day notice with timeline (REQ-005)
t006 = """Ms. Okafor,

This is GTA's response within the three-business-day period under
O.C.G.A. 50-18-71(b)(1)(A).

Records responsive to your request exist. They consist of statewide
contract SWC 98000-GTA0417 for license plate recognition and video analytics
services, its three amendments, the pricing exhibit, the service level
agreement, and a vendor security assessment completed by GTA's Office of
Information Security in 2024.

These records are not available within three business days because the
security assessment and portions of the service level agreement must be
reviewed for information exempt under O.C.G.A. 50-18-72(a)(25). We
anticipate that the records will be produced on or before October 9, 2026.
If the cost of search, retrieval and redaction will exceed $25.00, I will
send you an estimate before we proceed.

Regards,

Dana Whitaker
Open Records Officer | Office of General Counsel
Georgia Technology Authority

"""
m005 = outlook_mid('005', 'SJ0PR09MB')
add('006-gta-three-day-timeline.eml', message([
    ('From', '"Whitaker, Dana" <dana.whitaker@gta.ga.gov>'),
    ('To', 'The Lookout Records Desk <%s>' % plus('REQ-005')),
    ('CC', 'GTA Open Records <openrecords@gta.ga.gov>'),
    ('Subject', 'RE: ' + subj('REQ-005')),
    ('Date', date('2026-09-15 16:05:44', '-0400')),
    ('Message-ID', outlook_mid('006', 'SJ0PR09MB')),
    *thread('REQ-005', m005),
    *outlook_ms_headers('006', subj('REQ-005')),
], multipart('alternative', '_000_%s_' % outlook_mid('006', 'SJ0PR09MB')[1:30],
             [plain(t006 + '-----Original Message-----\n' + t005), html(mso_html(t006))])))

# ---------------------------------------------------------------- 007 VITA ack via Google Group (REQ-007)
t007 = """Ms. Okafor,

This acknowledges receipt of your request under the Virginia Freedom of
Information Act, which VITA received on Monday, September 14, 2026. Your
request has been logged as VITA FOIA V27-0112; please use that number when
you write to us about it.

VITA will respond within five working days as required by Va. Code
2.2-3704(B). If we need more time, we will let you know in writing before
that period ends.

Thank you,

Lorraine Beck
FOIA Officer
Virginia Information Technologies Agency
7325 Beaufont Springs Drive, Richmond, VA 23225
"""
add('007-vita-ack-google-group.eml', message([
    ('From', "\"'Lorraine Beck' via VITA FOIA\" <foia@vita.virginia.gov>"),
    ('To', plus('REQ-007')),
    ('Subject', 'Re: ' + subj('REQ-007')),
    ('Date', date('2026-09-16 10:11:26', '-0400')),
    ('Message-ID', gmail_mid('007')),
    *thread('REQ-007'),
    *ggroup_headers('Lorraine Beck', 'lorraine.beck@vita.virginia.gov', '007'),
], multipart('alternative', '000000000000%s' % h('007b', 16), [
    plain(t007 + '\n' + gmail_quote('REQ-007')),
    html('<html><body><div dir="ltr">' + paras_html(t007) + '</div><br><div class="gmail_quote"><div class="gmail_attr">On %s %s wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
         % (SENT['REQ-007'][0], DESK.replace('<', '&lt;').replace('>', '&gt;'), BODY['REQ-007'].replace('&', '&amp;').replace('\n', '<br>\n') + '</body></html>'))])))

# ---------------------------------------------------------------- 008 GSA ack for Login.gov request, no received date (REQ-002)
t008 = """Good afternoon,

Your FOIA request has been received by the GSA FOIA Requester Service
Center and assigned tracking number GSA-2026-001537. It has been placed in
our complex processing track and will be assigned to a FOIA specialist, who
will contact you if any questions arise about the scope of your request.

Please cite GSA-2026-001537 in any correspondence about this request.

Respectfully,
GSA FOIA Requester Service Center
U.S. General Services Administration

"""
add('008-gsa-ack-login.eml', message([
    ('From', 'GSA FOIA Requester Service Center <gsa.foia@gsa.gov>'),
    ('To', plus('REQ-002')),
    ('Subject', 'Re: ' + subj('REQ-002')),
    ('Date', date('2026-09-16 13:45:02', '-0400')),
    ('Message-ID', gmail_mid('008')),
    *thread('REQ-002'),
], plain(t008 + gmail_quote('REQ-002'))))

# ---------------------------------------------------------------- 009 Ohio DAS ack, "approximately 45 business days", number only in subject (REQ-009)
t009 = """Ms. Okafor,

Thank you for your public records request, which the Ohio Department of
Administrative Services received on September 16, 2026. We are gathering
potentially responsive records from the Office of Procurement Services and
the cooperative purchasing program.

We estimate that responsive records will be provided in approximately 45
business days. If any records are withheld or redacted, we will explain the
legal basis for doing so as required by R.C. 149.43(B)(3).

Please reply to this message if you have any questions.

Public Records Unit
Ohio Department of Administrative Services
30 East Broad Street, 40th Floor, Columbus, Ohio 43215

"""
t009q = t009 + outlook_quote('REQ-009', 'DAS Public Records <publicrecords@das.ohio.gov>')
s009 = 'RE: ' + subj('REQ-009') + ' [2026-PRR-0331]'
add('009-ohdas-ack-45-business-days.eml', message([
    ('From', 'DAS Public Records <publicrecords@das.ohio.gov>'),
    ('To', 'The Lookout Records Desk <%s>' % plus('REQ-009')),
    ('Subject', s009),
    ('Date', date('2026-09-17 09:30:15', '-0400')),
    ('Message-ID', outlook_mid('009', 'PH0PR09MB')),
    *thread('REQ-009'),
    *outlook_ms_headers('009', subj('REQ-009')),
], multipart('alternative', '_000_%s_' % outlook_mid('009', 'PH0PR09MB')[1:30], [plain(t009q), html(mso_html(t009q))])))

# ---------------------------------------------------------------- 010/011 NextRequest acks, same address, Police vs Purchasing
def nr_ack(num, rid, dept, when, seed):
    t = """City of San Diego Public Records

Request %s has been received.

Description:
%s

Received: September 17, 2026 via web portal
Department(s): %s

The City will respond within the time allowed by the California Public
Records Act (Government Code section 7920.000 et seq.). You will get an
email each time there is activity on this request.

View this request: https://sandiego.nextrequest.com/requests/%s

This mailbox is not monitored. To contact City staff about this request,
use the "Send message" button on the request page.
Powered by NextRequest
""" % (num, DESC[rid], dept, num)
    hh = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;font-size:14px">'
          '<div style="border-bottom:3px solid #f2a900;padding:8px 0"><b>City of San Diego Public Records</b></div>'
          '<h2 style="font-weight:normal">Request %s has been received.</h2><p><b>Description:</b><br>%s</p>'
          '<p><b>Received:</b> September 17, 2026 via web portal<br><b>Department(s):</b> %s</p>'
          '<p>The City will respond within the time allowed by the California Public Records Act (Government Code section 7920.000 et seq.). You will get an email each time there is activity on this request.</p>'
          '<p><a href="https://sandiego.nextrequest.com/requests/%s">View this request</a></p>'
          '<p style="color:#888;font-size:11px">This mailbox is not monitored. To contact City staff about this request, use the &quot;Send message&quot; button on the request page.<br>Powered by NextRequest</p></body></html>\n'
          % (num, DESC[rid].replace('&', '&amp;'), dept.replace('&', '&amp;'), num))
    return message([
        ('From', 'City of San Diego Public Records <no-reply@nextrequest.com>'),
        ('To', INBOX),
        ('Subject', 'City of San Diego - Request %s received' % num),
        ('Date', when),
        ('Message-ID', '<%s@nextrequest.com>' % h(seed, 32)),
        ('X-Mailgun-Tag', 'request_created'),
    ], multipart('alternative', '--==_mimepart_%s' % h(seed + 'b', 20), [plain(t), html(hh)]))

add('010-sandiego-nextrequest-ack-police.eml', nr_ack('26-5871', 'REQ-011', 'Police', date('2026-09-17 11:02:41', '-0700'), '010'))
add('011-sandiego-nextrequest-ack-purchasing.eml', nr_ack('26-5874', 'REQ-012', 'Purchasing & Contracting', date('2026-09-17 11:04:09', '-0700'), '011'))

# ---------------------------------------------------------------- 012 DHS S&T mailbox auto-response (REQ-004)
add('012-dhs-st-mailbox-autoresponse.eml', message([
    ('From', 'STFOIA <stfoia@hq.dhs.gov>'),
    ('To', plus('REQ-004')),
    ('Subject', 'Automatic reply: ' + subj('REQ-004')),
    ('Date', date('2026-09-21 08:52:55', '-0400')),
    ('Message-ID', outlook_mid('012', 'DM8PR09MB')),
    *thread('REQ-004'),
    ('Auto-Submitted', 'auto-generated'),
    ('X-Auto-Response-Suppress', 'All'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'stfoia@hq.dhs.gov'),
], plain("""Thank you for contacting the DHS Science and Technology Directorate (S&T)
FOIA Office.

This automated reply confirms that your message was delivered. If you
submitted a FOIA request, the S&T FOIA Office will send an acknowledgment
with a request number once it has been logged; this message is not that
acknowledgment. Requests may also be submitted and tracked through DHS
SecureRelease.

Due to a high volume of requests, response times may be longer than usual.

S&T FOIA Office
U.S. Department of Homeland Security
""")))

def gg_parts(text, rid=None, footer=False, seed=''):
    """Gmail/Google Group multipart/alternative with optional quote of our request"""
    tq = text + ('\n' + gmail_quote(rid) if rid else '') + (GGROUP_FOOTER if footer else '')
    hh = '<html><body><div dir="ltr">' + paras_html(text) + '</div>'
    if rid:
        hh += ('<br><div class="gmail_quote"><div class="gmail_attr">On %s %s wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
               % (SENT[rid][0], DESK.replace('<', '&lt;').replace('>', '&gt;'), BODY[rid].replace('&', '&amp;').replace('\n', '<br>\n')))
    if footer:
        hh += '<p></p>-- <br>You received this message because you are subscribed to the Google Groups &quot;VITA FOIA&quot; group.<br>To unsubscribe from this group and stop receiving emails from it, send an email to <a href="mailto:foia+unsubscribe@vita.virginia.gov">foia+unsubscribe@vita.virginia.gov</a>.<br>'
    hh += '</body></html>\n'
    return multipart('alternative', '000000000000%s' % h(seed + 'gg', 16), [plain(tq), html(hh)])

# ---------------------------------------------------------------- 013 VITA seven-work-day extension (REQ-007)
t013 = """Ms. Okafor,

Regarding VITA FOIA V27-0112: pursuant to Va. Code 2.2-3704(B)(4), this
is to inform you that it is not practically possible for VITA to provide
the requested records or to determine whether they are available within
the five-work-day period. The supply-chain risk reviews you asked for are
maintained by Commonwealth Security and Risk Management and must be
reviewed for information excluded from mandatory disclosure.

VITA is therefore taking the additional seven work days allowed by the
statute to respond to your request.

Lorraine Beck
FOIA Officer
Virginia Information Technologies Agency
"""
m007 = gmail_mid('007')
add('013-vita-seven-day-extension.eml', message([
    ('From', "\"'Lorraine Beck' via VITA FOIA\" <foia@vita.virginia.gov>"),
    ('To', plus('REQ-007')),
    ('Subject', 'Re: ' + subj('REQ-007')),
    ('Date', date('2026-09-21 16:48:03', '-0400')),
    ('Message-ID', gmail_mid('013')),
    *thread('REQ-007', m007),
    *ggroup_headers('Lorraine Beck', 'lorraine.beck@vita.virginia.gov', '013'),
], gg_parts(t013, 'REQ-007', footer=True, seed='013')))

# ---------------------------------------------------------------- 014 AZ DPS GovQA ack (REQ-014)
def govqa(ref, subject, text, when, seed, to=INBOX):
    hh = ('<html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">'
          '<table width="620" style="border:1px solid #c9c9c9"><tr><td style="background:#7a1315;color:#fff;padding:8px 12px;font-size:15px">'
          'Arizona Department of Public Safety &mdash; Public Records Center</td></tr><tr><td style="padding:12px">'
          + paras_html(text) + '</td></tr></table></body></html>\n')
    return message([
        ('From', 'Arizona Department of Public Safety <azdps@mycusthelp.net>'),
        ('To', to),
        ('Subject', subject),
        ('Date', when),
        ('Message-ID', '<%s.%s@mycusthelp.net>' % (h(seed, 20), ref)),
        ('X-Mailer', 'GovQA Notification Engine'),
    ], multipart('alternative', '----=_NextPart_%s' % h(seed + 'b', 18), [plain(text), html(hh)]))

add('014-azdps-govqa-ack.eml', govqa('P012877-092226', 'Public Records Request :: P012877-092226', """Dear Maya Okafor,

Thank you for submitting a public records request to the Arizona
Department of Public Safety. Your request has been received and assigned
reference number P012877-092226.

Request summary:
%s

The Department will respond promptly as required by A.R.S. 39-121.01.
Depending on the volume of records and the review required, some requests
take several weeks. If you intend to use the records for a commercial
purpose, A.R.S. 39-121.03 requires a verified statement; please let us
know.

You can monitor the progress of your request, and receive any records,
by logging in to the DPS Public Records Center:
https://azdps.mycusthelp.net/WEBAPP/_rs/(S(x1))/supporthome.aspx

Arizona Department of Public Safety
Public Records Unit
""" % DESC['REQ-014'], date('2026-09-22 10:15:33', '-0700'), '014'))

# ---------------------------------------------------------------- 015 DHS S&T ack letter only in PDF, received date differs (REQ-004)
pdf015 = make_pdf([
    'U.S. Department of Homeland Security', 'Science and Technology Directorate', 'FOIA Office', 'Washington, DC 20528', '',
    'September 24, 2026', '',
    'Maya Okafor', 'The Lookout', 'records@lookout.example.org', '',
    'Re: 2026-STFO-00258', '',
    'Dear Ms. Okafor:', '',
    'This acknowledges receipt of your Freedom of Information Act (FOIA) request to the Department of Homeland Security (DHS), '
    'Science and Technology Directorate (S&T), dated September 21, 2026, and received in this office on September 22, 2026. '
    'You are seeking records describing S&T projects to develop, test or acquire social media monitoring or open-source '
    'intelligence analytics tools, and contracts, other transactions and SBIR award files for such tools.', '',
    'Due to the increasing number of FOIA requests received by this office, we may encounter some delay in processing your '
    'request. Per Section 5.5(a) of the DHS FOIA regulations, 6 C.F.R. Part 5, the Department processes FOIA requests according '
    'to their order of receipt. Although DHS\' goal is to respond within 20 business days of receipt, the FOIA does permit a '
    '10-day extension of this time period in certain circumstances. As your request seeks documents that will require a thorough '
    'and wide-ranging search, S&T may need to invoke that extension; if so, we will notify you in writing.', '',
    'We have provisionally placed you in the news media fee category. We will hold your request for a fee waiver in abeyance '
    'pending the quantification of responsive records.', '',
    'Your request has been assigned reference number 2026-STFO-00258. Please refer to this identifier in any future '
    'correspondence. You may contact this office at stfoia@hq.dhs.gov or (202) 555-0117.', '',
    'Sincerely,', '', 'S&T FOIA Officer',
], title='2026-STFO-00258 Acknowledgment')
add('015-dhs-st-ack-letter-pdf.eml', message([
    ('From', '"Harmon, Keith" <keith.harmon@hq.dhs.gov>'),
    ('To', plus('REQ-004')),
    ('CC', 'STFOIA <stfoia@hq.dhs.gov>'),
    ('Subject', '2026-STFO-00258 Acknowledgment Letter'),
    ('Date', date('2026-09-24 14:12:40', '-0400')),
    ('Message-ID', outlook_mid('015', 'DM8PR09MB')),
    *outlook_ms_headers('015', '2026-STFO-00258 Acknowledgment Letter'),
], multipart('mixed', '_004_%s_' % h('015b', 24), [
    plain("""Good afternoon,

Please see the attached correspondence.

Thank you,
S&T FOIA Office
"""),
    attachment('application/pdf', '2026-STFO-00258 Acknowledgment Letter.pdf', pdf015)])))

# ---------------------------------------------------------------- 016 NextRequest department assignment notice (REQ-012)
t016 = """City of San Diego Public Records

Request 26-5874 has been updated.

Department assignment: Purchasing & Contracting
Point of contact: Purchasing & Contracting Records Staff

No action is needed from you at this time.

View this request: https://sandiego.nextrequest.com/requests/26-5874

This mailbox is not monitored. Powered by NextRequest
"""
add('016-sandiego-nextrequest-assigned.eml', message([
    ('From', 'City of San Diego Public Records <no-reply@nextrequest.com>'),
    ('To', INBOX),
    ('Subject', 'City of San Diego - Request 26-5874 updated'),
    ('Date', date('2026-09-24 12:30:20', '-0700')),
    ('Message-ID', '<%s@nextrequest.com>' % h('016', 32)),
    ('X-Mailgun-Tag', 'department_changed'),
], multipart('alternative', '--==_mimepart_%s' % h('016b', 20), [plain(t016), html(simple_html(t016))])))

# ---------------------------------------------------------------- 017 Ohio DAS clarification, Outlook artefacts (REQ-009)
t017 = """Ms. Okafor,

I'm the records coordinator working on 2026-PRR-0331. As written, the
request would reach every cooperative purchasing contract DAS holds for
these three product types and every purchase order that a city, county,
township or school district placed under them since 2021 - well over
14,000 line items in Ohio Buys.

R.C. 149.43(B)(2) allows us to deny a request that is ambiguous or overly
broad, but we would much rather work with you on scope. Could you let me
know:

  1. Whether you want only the index contracts (STS and cooperative
     contracts) with their amendments and pricing, or also the usage
     reports listing purchases by political subdivisions; and
  2. If you want usage reports, whether a summary by subdivision and year
     would meet your needs instead of individual purchase orders.

Once we hear from you we will resume processing. Thanks!

Brent Halloran
Records Coordinator, Office of Legal Services
Ohio Department of Administrative Services
[cid:image001.png@01DD4C1B.5E2A3F60]
30 East Broad Street | Columbus, Ohio 43215 | das.ohio.gov

"""
m009 = outlook_mid('009', 'PH0PR09MB')
t017q = t017 + '________________________________\nFrom: DAS Public Records <publicrecords@das.ohio.gov>\nSent: Thursday, September 17, 2026 9:30 AM\nTo: The Lookout Records Desk <%s>\nSubject: %s\n\n%s' % (plus('REQ-009'), s009, t009q)
h017 = mso_html(t017).replace('[cid:image001.png@01DD4C1B.5E2A3F60]', '<img width="180" height="42" id="Picture_x0020_1" src="cid:image001.png@01DD4C1B.5E2A3F60" alt="Ohio DAS">')
png = bytes.fromhex('89504e470d0a1a0a0000000d4948445200000001000000010806000000' '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082')
add('017-ohdas-clarification-outlook.eml', message([
    ('From', '"Halloran, Brent" <brent.halloran@das.ohio.gov>'),
    ('To', 'The Lookout Records Desk <%s>' % plus('REQ-009')),
    ('CC', 'DAS Public Records <publicrecords@das.ohio.gov>'),
    ('Subject', s009),
    ('Date', date('2026-09-24 16:20:57', '-0400')),
    ('Message-ID', outlook_mid('017', 'PH0PR09MB')),
    *thread('REQ-009', m009),
    *outlook_ms_headers('017', subj('REQ-009')),
], multipart('related', '_005_%s_' % h('017r', 24), [
    multipart('alternative', '_000_%s_' % h('017a', 24), [plain(t017q), html(h017)]),
    attachment('image/png', 'image001.png', png, inline=True, extra=[('Content-ID', '<image001.png@01DD4C1B.5E2A3F60>')])],
    extra_params=';\n\ttype="multipart/alternative"')))

# ---------------------------------------------------------------- 018/019 NextRequest extensions, same minute, different requests
def nr_note(num, event, staff_msg, when, seed, tag):
    t = """City of San Diego Public Records

Request %s: %s

Message from City staff:
%s

View this request: https://sandiego.nextrequest.com/requests/%s

This mailbox is not monitored. Powered by NextRequest
""" % (num, event, staff_msg, num)
    hh = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;font-size:14px">'
          '<div style="border-bottom:3px solid #f2a900;padding:8px 0"><b>City of San Diego Public Records</b></div>'
          '<h2 style="font-weight:normal">Request %s: %s</h2><p><b>Message from City staff:</b></p><blockquote style="border-left:3px solid #ddd;padding-left:10px">%s</blockquote>'
          '<p><a href="https://sandiego.nextrequest.com/requests/%s">View this request</a></p>'
          '<p style="color:#888;font-size:11px">This mailbox is not monitored. Powered by NextRequest</p></body></html>\n'
          % (num, event, paras_html(staff_msg), num))
    return message([
        ('From', 'City of San Diego Public Records <no-reply@nextrequest.com>'),
        ('To', INBOX),
        ('Subject', 'City of San Diego - Request %s: %s' % (num, event.rstrip('.'))),
        ('Date', when),
        ('Message-ID', '<%s@nextrequest.com>' % h(seed, 32)),
        ('X-Mailgun-Tag', tag),
    ], multipart('alternative', '--==_mimepart_%s' % h(seed + 'b', 20), [plain(t), html(hh)]))

add('018-sandiego-nextrequest-extension-police.eml', nr_note('26-5871', 'due date extended', """Pursuant to Government Code section 7922.535(b), the City is extending
the time to respond to your request by 14 days. Additional time is needed
to search for and collect records from facilities separate from the office
processing the request, and to search for, collect and examine a
voluminous amount of separate and distinct records.""", date('2026-09-28 08:55:12', '-0700'), '018', 'due_date_changed'))

add('019-sandiego-nextrequest-extension-purchasing.eml', nr_note('26-5874', 'due date extended', """The Purchasing & Contracting Department needs additional time to respond
under Government Code section 7922.535(b)(3) because it must consult with
the Police Department and the Department of Information Technology, which
have a substantial interest in the determination. We anticipate providing
a determination on your request by October 12, 2026.""", date('2026-09-28 08:57:40', '-0700'), '019', 'due_date_changed'))

# ---------------------------------------------------------------- 020 GSA clarification from specialist, not threaded (REQ-002)
t020 = """Hello Ms. Okafor,

I am the FOIA specialist assigned to your request GSA-2026-001537
concerning Login.gov. Login.gov is operated by GSA's Technology
Transformation Services (TTS). To conduct a reasonable search, I need you
to clarify the following:

1. By "identity verification vendor contracts," do you mean only the
   contracts and task orders with identity-proofing service providers and
   their modifications, or do you also want the interagency agreements
   between GSA and partner agencies that use Login.gov?
2. By "face-matching assessments," are you seeking final reports only, or
   also drafts, working papers and email discussing them?
3. Your request does not give a date range. Would January 1, 2022 to the
   date of the search be acceptable?

Your request is on hold until we receive your response (5 U.S.C.
552(a)(6)(A)(ii)(I)). If we do not hear from you by October 27, 2026, we
will assume you are no longer interested and will administratively close
the request.

Thank you,

Ashley Moran
Government Information Specialist
GSA FOIA Requester Service Center
U.S. General Services Administration
"""
add('020-gsa-clarification-specialist.eml', message([
    ('From', 'Ashley Moran - H1C <ashley.moran@gsa.gov>'),
    ('To', INBOX),
    ('CC', 'gsa.foia@gsa.gov'),
    ('Subject', 'GSA-2026-001537 - clarification needed'),
    ('Date', date('2026-09-29 11:20:31', '-0400')),
    ('Message-ID', gmail_mid('020')),
], multipart('alternative', '000000000000%s' % h('020b', 16), [plain(t020), html('<html><body><div dir="ltr">' + paras_html(t020) + '</div></body></html>\n')])))

# ---------------------------------------------------------------- 021 VITA asks us to sign a non-disclosure form (REQ-007)
t021 = """Ms. Okafor,

In connection with VITA FOIA V27-0112: part of the responsive material
consists of supplier security assessment questionnaires that vendors
submitted to VITA's Supply Chain Risk Management program under a
confidentiality designation.

Before VITA can make those materials available to you, we ask that you
review, sign and return the attached Non-Disclosure Acknowledgment. Please
return the signed form to this address.

The contracts and modifications themselves do not require the form and
will be provided separately. If you prefer not to sign, please let us know
and we will complete our response with the records that can be released
without it.

Lorraine Beck
FOIA Officer
Virginia Information Technologies Agency
"""
pdf021 = make_pdf([
    'COMMONWEALTH OF VIRGINIA', 'Virginia Information Technologies Agency', '',
    'NON-DISCLOSURE ACKNOWLEDGMENT', 'Supply Chain Risk Management Information', '',
    'Reference: VITA FOIA V27-0112', '',
    'I, the undersigned, acknowledge that I am being given access to supplier security assessment questionnaires and related '
    'supply chain risk information ("Confidential Information") submitted to the Virginia Information Technologies Agency by '
    'third-party suppliers. I agree that I will not publish, disclose, reproduce or distribute the Confidential Information, '
    'in whole or in part, to any person, except as authorized in writing by VITA.', '',
    'I understand that the Confidential Information may contain proprietary information and trade secrets of the suppliers and '
    'information whose disclosure could jeopardize the security of Commonwealth information systems.', '',
    'I agree to return or destroy all copies of the Confidential Information upon VITA\'s request.', '',
    'Name: ______________________________', 'Organization: ______________________', 'Signature: _________________________    Date: __________',
], title='VITA Non-Disclosure Acknowledgment')
add('021-vita-nondisclosure-form.eml', message([
    ('From', "\"'Lorraine Beck' via VITA FOIA\" <foia@vita.virginia.gov>"),
    ('To', plus('REQ-007')),
    ('Subject', 'Re: ' + subj('REQ-007')),
    ('Date', date('2026-09-29 14:40:09', '-0400')),
    ('Message-ID', gmail_mid('021')),
    *thread('REQ-007', m007, gmail_mid('013')),
    *ggroup_headers('Lorraine Beck', 'lorraine.beck@vita.virginia.gov', '021'),
], multipart('mixed', '000000000000%s' % h('021m', 16), [
    gg_parts(t021, None, footer=True, seed='021'),
    attachment('application/pdf', 'VITA_NDA_SCRM_V27-0112.pdf', pdf021)])))

# ---------------------------------------------------------------- 022 City notice to vendor, cc us: mark trade secrets before release (REQ-012)
pdf022 = make_pdf([
    'THE CITY OF SAN DIEGO', 'Purchasing & Contracting Department', '1200 Third Avenue, Suite 200, San Diego, CA 92101', '',
    'October 1, 2026', '',
    'VIA EMAIL', 'Corvid Analytics LLC', 'Attn: Legal Department', 'legal@corvidanalytics.example', '',
    'Re: Notice of California Public Records Act Request No. 26-5874', '    Agreement H2415678 (Real-Time Video Analytics Services)', '',
    'Dear Corvid Analytics LLC:', '',
    'The City of San Diego has received a request under the California Public Records Act (Gov. Code section 7920.000 et seq.) '
    'for copies of the City\'s contracts, amendments, task orders and invoices with your company, including pricing exhibits and '
    'the proposal your company submitted in response to RFP 10089823-26-K.', '',
    'The City intends to release these records. If your company believes that any portion of them contains trade secrets or '
    'other information exempt from disclosure, you must, within ten (10) calendar days of the date of this notice: (1) clearly '
    'mark the specific pages and passages you contend are exempt on the enclosed copy; (2) provide a written explanation of the '
    'legal basis for each claim; and (3) state whether you intend to seek a court order to prevent disclosure.', '',
    'General assertions that an entire document is confidential or proprietary will not be accepted. The City will not withhold '
    'records on your behalf absent a specific designation, and it will not defend your claim in litigation. If we do not hear '
    'from you within ten days, the City will release the records to the requester without redaction.', '',
    'A copy of this notice is being provided to the requester.', '',
    'Sincerely,', '', 'Marisol Gutierrez', 'Principal Procurement Specialist', 'Purchasing & Contracting Department', '',
    'cc: Requester (Request No. 26-5874)', '    Office of the City Attorney',
], title='Third Party Notice 26-5874')
add('022-sandiego-vendor-trade-secret-notice.eml', message([
    ('From', '"Gutierrez, Marisol" <mgutierrez@sandiego.gov>'),
    ('To', 'legal@corvidanalytics.example'),
    ('CC', 'records@lookout.example.org, PurchasingPRA <purchasingpra@sandiego.gov>'),
    ('Subject', 'Notice of Public Records Act Request No. 26-5874 - Agreement H2415678 - Corvid Analytics LLC'),
    ('Date', date('2026-10-01 10:05:27', '-0700')),
    ('Message-ID', outlook_mid('022', 'BY5PR09MB')),
    *outlook_ms_headers('022', 'Notice of Public Records Act Request No. 26-5874 - Agreement H2415678 - Corvid Analytics LLC'),
], multipart('mixed', '_004_%s_' % h('022b', 24), [
    plain("""Good morning,

Please see the attached notice regarding a California Public Records Act
request for records relating to your company's agreement with the City of
San Diego. Your response is due within ten calendar days of the date of
the notice.

Thank you,

Marisol Gutierrez
Principal Procurement Specialist
City of San Diego | Purchasing & Contracting Department
"""),
    attachment('application/pdf', 'Third Party Notice - PRA 26-5874.pdf', pdf022)])))

# ---------------------------------------------------------------- 023 VITA final response, new subject, no threading headers (REQ-007)
t023 = """Ms. Okafor,

Following your email of September 30 declining to sign the non-disclosure
acknowledgment, VITA is completing its response to FOIA V27-0112.

Released (84 pages, via the secure link below, available for 30 days):
  - Contract VA-210318-AXN (video management systems) with modifications
    1 through 4;
  - Contract VA-220902-SKY (unmanned aircraft systems) with modifications
    1 and 2.

Withheld: the supplier security assessment questionnaires and the Supply
Chain Risk Management scoring reports for these vendors are withheld in
their entirety under Va. Code 2.2-3705.2 (information describing the
design, function, operation or access control features of security
systems, and vulnerability assessments of information technology systems)
and 2.2-3705.6 (trade secrets and proprietary information submitted by a
private entity under a promise of confidentiality in connection with a
procurement).

https://vita.app.box.com/s/r9w2ktq7y3v4n6x8a0v27-0112

There is no charge for this response. This concludes VITA's response to
your request.

Lorraine Beck
FOIA Officer
Virginia Information Technologies Agency
(804) 555-0136
"""
add('023-vita-final-new-subject.eml', message([
    ('From', 'Lorraine Beck <lorraine.beck@vita.virginia.gov>'),
    ('To', INBOX),
    ('Subject', 'FOIA V27-0112 - response and records'),
    ('Date', date('2026-10-02 09:40:51', '-0400')),
    ('Message-ID', gmail_mid('023')),
], multipart('alternative', '000000000000%s' % h('023b', 16), [plain(t023), html('<html><body><div dir="ltr">' + paras_html(t023) + '</div></body></html>\n')])))

# ---------------------------------------------------------------- 024 GSA unusual-circumstances letter only in PDF (REQ-001)
pdf024 = make_pdf([
    'U.S. General Services Administration', 'FOIA Requester Service Center (H1C)', '1800 F Street NW, Washington, DC 20405', '',
    'October 5, 2026', '',
    'Maya Okafor', 'The Lookout', 'Via email: records+req-001@lookout.example.org', '',
    'Re: Freedom of Information Act Request GSA-2026-001482', '',
    'Dear Ms. Okafor:', '',
    'This letter concerns your Freedom of Information Act (FOIA) request received by GSA on September 8, 2026, for orders placed '
    'through the Multiple Award Schedule for facial recognition and biometric identification software or services, FY2023-FY2026, '
    'and related market research.', '',
    'Responsive records must be collected from the Federal Acquisition Service and from several regional offices that are '
    'separate from the office processing your request, and many of the orders contain commercial information submitted by '
    'contractors. Under Executive Order 12600 and GSA\'s regulations at 41 C.F.R. Part 105-60, GSA must notify those submitters '
    'and give them an opportunity to object before release. These are unusual circumstances under 5 U.S.C. 552(a)(6)(B)(i) and '
    '(iii). GSA is therefore extending the time limit to respond to your request by ten working days.', '',
    'Because of the number of submitters involved, we will not be able to complete the request within the extended period. We '
    'estimate that we will complete processing by December 18, 2026. You may wish to narrow the scope of your request, for '
    'example to a single fiscal year or to orders above a dollar threshold, which would allow faster processing, or to agree to '
    'an alternative time frame.', '',
    'You may contact our FOIA Public Liaison at (202) 555-0148 or gsa.foia@gsa.gov for assistance. You may also contact the '
    'Office of Government Information Services (OGIS) at the National Archives and Records Administration to inquire about the '
    'FOIA mediation services it offers: Office of Government Information Services, National Archives and Records Administration, '
    '8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; email ogis@nara.gov; telephone 202-741-5770.', '',
    'Sincerely,', '', 'Travis Kendrick', 'GSA FOIA Officer',
], title='GSA-2026-001482 Unusual Circumstances')
add('024-gsa-extension-letter-pdf.eml', message([
    ('From', 'GSA FOIA Requester Service Center <gsa.foia@gsa.gov>'),
    ('To', plus('REQ-001')),
    ('Subject', 'Correspondence regarding your FOIA request'),
    ('Date', date('2026-10-05 09:12:26', '-0400')),
    ('Message-ID', gmail_mid('024')),
    *thread('REQ-001'),
], multipart('mixed', '000000000000%s' % h('024b', 16), [
    plain('Please see the attached letter.\n'),
    attachment('application/pdf', 'GSA-2026-001482_Unusual_Circumstances_Letter.pdf', pdf024)])))

# ---------------------------------------------------------------- 025 GTA ack for the second request, no threading headers, new subject (REQ-006)
t025 = """Ms. Okafor,

GTA received your open records request today, October 5, 2026, for
data-sharing agreements, interconnection agreements and security reviews
related to GBI and DPS camera networks connected through GAnet. We will
respond within three business days.

Regards,

Dana Whitaker
Open Records Officer | Office of General Counsel
Georgia Technology Authority
"""
add('025-gta-ack-no-thread.eml', message([
    ('From', '"Whitaker, Dana" <dana.whitaker@gta.ga.gov>'),
    ('To', INBOX),
    ('Subject', 'Open Records Request - camera network data-sharing agreements'),
    ('Date', date('2026-10-05 14:03:38', '-0400')),
    ('Message-ID', outlook_mid('025', 'SJ0PR09MB')),
    *outlook_ms_headers('025', 'Open Records Request - camera network data-sharing agreements'),
], multipart('alternative', '_000_%s_' % h('025b', 24), [plain(t025), html(mso_html(t025))])))

# ---------------------------------------------------------------- 026 our reply to the GSA specialist bounced after retries (REQ-002)
m020 = gmail_mid('020')
add('026-bounce-gsa-clarification-reply.eml', message([
    ('From', 'MAILER-DAEMON@mx1.lookout.example.org (Mail Delivery System)'),
    ('To', INBOX),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Date', date('2026-10-06 07:31:12', '-0400')),
    ('Message-ID', '<20261006113112.3F9A1C2B47@mx1.lookout.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
], multipart('report', '3F9A1C2B47.1791286272/mx1.lookout.example.org', [
    plain("""This is the mail system at host mx1.lookout.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ashley.moran@gsa.gov>: delivery temporarily suspended: host
    aspmx.l.google.com[142.250.31.26] said: 452-4.2.2 The recipient's inbox is
    out of storage space. Please direct the recipient to
    452-4.2.2 https://support.google.com/mail/?p=OverQuotaTemp (in reply to
    RCPT TO command); message expired after 5 days in queue
""", charset='us-ascii', extra=[('Content-Description', 'Notification')]),
    """Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.lookout.example.org
X-Postfix-Queue-ID: 3F9A1C2B47
X-Postfix-Sender: rfc822; records@lookout.example.org
Arrival-Date: Thu,  1 Oct 2026 07:28:40 -0400 (EDT)

Final-Recipient: rfc822; ashley.moran@gsa.gov
Original-Recipient: rfc822;ashley.moran@gsa.gov
Action: failed
Status: 4.2.2
Remote-MTA: dns; aspmx.l.google.com
Diagnostic-Code: smtp; 452-4.2.2 The recipient's inbox is out of storage
    space. Please direct the recipient to 452-4.2.2
    https://support.google.com/mail/?p=OverQuotaTemp
""",
    """Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <records@lookout.example.org>
Received: by mx1.lookout.example.org (Postfix, from userid 1001)
	id 3F9A1C2B47; Thu,  1 Oct 2026 07:28:40 -0400 (EDT)
From: The Lookout Records Desk <records@lookout.example.org>
Reply-To: records+req-002@lookout.example.org
To: Ashley Moran <ashley.moran@gsa.gov>
Subject: Re: GSA-2026-001537 - clarification needed
Date: Thu, 01 Oct 2026 07:28:36 -0400
Message-ID: <req-002.20261001.2@lookout.example.org>
In-Reply-To: %s
References: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Ms. Moran,

Thank you. 1) Contracts and task orders with identity-proofing providers
and their modifications only; no interagency agreements. 2) Final reports
only. 3) January 1, 2022 to the date of the search is fine.

Maya Okafor
The Lookout
""" % (m020, m020)], extra_params='; report-type=delivery-status')))

# ---------------------------------------------------------------- 027 AZ DPS GovQA payment required (REQ-014)
add('027-azdps-govqa-fee.eml', govqa('P012877-092226', 'Public Records Request :: P012877-092226 - Payment Required', """Dear Maya Okafor,

The Department has located records responsive to your public records
request P012877-092226.

Estimated cost: $48.75
  195 pages of contract and agreement documents x $0.25 per page

Records will be released once payment has been received. The final
amount may be lower if some pages are duplicates or are not responsive.
To pay, log in to the Public Records Center and select "Pay Invoice" on
your request. If payment is not received within 30 days, your request
will be considered withdrawn and closed.

Records concerning ALPR query audits and system retention settings are
still being reviewed and are not included in this estimate.

Arizona Department of Public Safety
Public Records Unit
""", date('2026-10-06 11:50:04', '-0700'), '027'))

# ---------------------------------------------------------------- 028 DHS S&T 10-day extension, HTML only (REQ-003)
h028 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Times New Roman',serif;font-size:12pt">
<p>Dear Ms. Okafor:</p>
<p>This e-mail concerns your Freedom of Information Act (FOIA) request to the DHS Science and Technology Directorate (S&amp;T), <b>2026-STFO-00231</b>, for test and evaluation reports on biometric and facial comparison technologies.</p>
<p>Due to unusual circumstances &ndash; the need to search for and collect records from the Biometric and Identity Technology Center and the Maryland Test Facility, which are separate from the office processing your request, and the need to consult with the Transportation Security Administration and U.S. Customs and Border Protection, which have a substantial interest in the records &ndash; S&amp;T is extending the time limit to respond to your request by ten working days, pursuant to 5 U.S.C. &sect; 552(a)(6)(B).</p>
<p>If you would like to narrow the scope of your request or arrange an alternative time frame for processing, please contact this office. You may also contact the DHS FOIA Public Liaison, or the Office of Government Information Services (OGIS) at ogis@nara.gov, 202-741-5770, for dispute resolution services.</p>
<p>Sincerely,<br>S&amp;T FOIA Office<br>U.S. Department of Homeland Security<br>stfoia@hq.dhs.gov</p>
</div></body></html>
"""
add('028-dhs-st-extension-html.eml', message([
    ('From', 'STFOIA <stfoia@hq.dhs.gov>'),
    ('To', plus('REQ-003')),
    ('Subject', '2026-STFO-00231 - Extension of Time'),
    ('Date', date('2026-10-07 10:00:19', '-0400')),
    ('Message-ID', outlook_mid('028', 'DM8PR09MB')),
    *thread('REQ-003'),
    *outlook_ms_headers('028', '2026-STFO-00231 - Extension of Time'),
], html(h028)))

# ---------------------------------------------------------------- 029 GTA no records for the second request (REQ-006)
t029 = """Ms. Okafor,

GTA has completed its search and has no records responsive to your
request.

GTA provides network connectivity to state agencies over GAnet, but it is
not a party to data-sharing or interconnection agreements between the
Georgia Bureau of Investigation, the Department of Public Safety and local
agencies concerning camera networks, and GTA has not performed security
reviews of those camera networks. You may wish to direct your request to
the GBI Open Records Unit and to the Department of Public Safety.

The Open Records Act does not require an agency to create records that do
not exist (O.C.G.A. 50-18-71(j)). This concludes our response.

Regards,

Dana Whitaker
Open Records Officer | Office of General Counsel
Georgia Technology Authority

"""
m025 = outlook_mid('025', 'SJ0PR09MB')
add('029-gta-no-records.eml', message([
    ('From', '"Whitaker, Dana" <dana.whitaker@gta.ga.gov>'),
    ('To', INBOX),
    ('Subject', 'RE: Open Records Request - camera network data-sharing agreements'),
    ('Date', date('2026-10-08 15:15:02', '-0400')),
    ('Message-ID', outlook_mid('029', 'SJ0PR09MB')),
    ('In-Reply-To', m025), ('References', m025),
    *outlook_ms_headers('029', 'Open Records Request - camera network data-sharing agreements'),
], multipart('alternative', '_000_%s_' % h('029b', 24), [
    plain(t029 + '________________________________\nFrom: Whitaker, Dana <dana.whitaker@gta.ga.gov>\nSent: Monday, October 5, 2026 2:03 PM\nTo: records@lookout.example.org\nSubject: Open Records Request - camera network data-sharing agreements\n\n' + t025),
    html(mso_html(t029))])))

# ---------------------------------------------------------------- 030 GTA cost estimate (REQ-005)
t030 = """Ms. Okafor,

The records responsive to your request are ready for release pending
your approval of costs. Under O.C.G.A. 50-18-71(c) and (d), GTA may charge
for search, retrieval, redaction and production time at the hourly rate
of the lowest-paid full-time employee qualified to perform the work; the
first quarter hour is free.

  Search and retrieval:   2.00 hours
  Review and redaction:   4.50 hours
  Less first 1/4 hour:   -0.25 hours
  Billable time:          6.25 hours x $22.80 = $142.50
  Copies:                 none (electronic production)
  Estimated total:        $142.50

Because the estimate exceeds $25.00, we need your written agreement to pay
before we proceed. Payment can be made by check or through the State's
payment portal once you confirm. The final charge will not exceed the
estimate.

Regards,

Dana Whitaker
Open Records Officer | Office of General Counsel
Georgia Technology Authority

"""
add('030-gta-cost-estimate.eml', message([
    ('From', '"Whitaker, Dana" <dana.whitaker@gta.ga.gov>'),
    ('To', 'The Lookout Records Desk <%s>' % plus('REQ-005')),
    ('Subject', 'RE: ' + subj('REQ-005')),
    ('Date', date('2026-10-09 12:00:45', '-0400')),
    ('Message-ID', outlook_mid('030', 'SJ0PR09MB')),
    *thread('REQ-005', m005, outlook_mid('006', 'SJ0PR09MB')),
    *outlook_ms_headers('030', subj('REQ-005')),
], multipart('alternative', '_000_%s_' % h('030b', 24), [plain(t030), html(mso_html(t030))])))

# ---------------------------------------------------------------- 031 NextRequest "new message" notice, no content (REQ-011)
t031 = """City of San Diego Public Records

There is new activity on request 26-5871.

City staff have posted an update to this request. Sign in to view it:
https://sandiego.nextrequest.com/requests/26-5871

You are receiving this email because you are the requester.
This mailbox is not monitored. Powered by NextRequest
"""
add('031-sandiego-nextrequest-activity.eml', message([
    ('From', 'City of San Diego Public Records <no-reply@nextrequest.com>'),
    ('To', INBOX),
    ('Subject', 'City of San Diego - New activity on request 26-5871'),
    ('Date', date('2026-10-13 10:30:27', '-0700')),
    ('Message-ID', '<%s@nextrequest.com>' % h('031', 32)),
    ('X-Mailgun-Tag', 'note_added'),
], multipart('alternative', '--==_mimepart_%s' % h('031b', 20), [plain(t031), html(simple_html(t031))])))

# ---------------------------------------------------------------- 032 DHS S&T referral of part of the request (REQ-004)
t032 = """Ms. Okafor,

I am writing about your FOIA request 2026-STFO-00258.

Item 2 of your request (contracts, other transactions and SBIR award
files) concerns records maintained by the DHS Office of the Chief
Procurement Officer (OCPO), not by S&T. We have referred that portion of
your request to the DHS Privacy Office, which processes FOIA requests for
OCPO, for direct response to you. The Privacy Office has logged the
referred portion as 2026-HQFO-01873; please contact foia@hq.dhs.gov about
it.

S&T continues to process item 1 (records describing S&T projects on social
media monitoring and OSINT analytics tools) under 2026-STFO-00258.

Respectfully,

Keith Harmon
Government Information Specialist
S&T FOIA Office
U.S. Department of Homeland Security
"""
add('032-dhs-st-referral-part.eml', message([
    ('From', '"Harmon, Keith" <keith.harmon@hq.dhs.gov>'),
    ('To', plus('REQ-004')),
    ('CC', 'STFOIA <stfoia@hq.dhs.gov>'),
    ('Subject', '2026-STFO-00258 - Referral of Item 2 to DHS Privacy Office'),
    ('Date', date('2026-10-14 13:22:10', '-0400')),
    ('Message-ID', outlook_mid('032', 'DM8PR09MB')),
    *outlook_ms_headers('032', '2026-STFO-00258 - Referral of Item 2 to DHS Privacy Office'),
], plain(t032)))

# ---------------------------------------------------------------- 033 DHS S&T fee estimate, hedged (REQ-003)
t033 = """Dear Ms. Okafor:

This concerns your FOIA request 2026-STFO-00231.

As a representative of the news media, you are charged only for
duplication beyond the first 100 pages (6 C.F.R. 5.11). Our search
located approximately 2,750 pages of potentially responsive records.
Should all of them be releasable, duplication fees could be as much as
$265.00 (2,650 pages x $0.10 per page). The actual fee may be lower after
review, and your fee waiver request remains under consideration; if the
waiver is granted, no fee will be charged.

Because the estimated fee exceeds $25.00, we need your written assurance
that you are willing to pay fees up to that amount, or a narrowed request,
before we continue. Your request is tolled until we receive your
response. If we do not hear from you within 10 working days of the date of
this letter, we will administratively close your request.

Sincerely,
S&T FOIA Office
U.S. Department of Homeland Security
"""
add('033-dhs-st-fee-estimate.eml', message([
    ('From', 'STFOIA <stfoia@hq.dhs.gov>'),
    ('To', plus('REQ-003')),
    ('Subject', 'Fee Estimate - FOIA 2026-STFO-00231'),
    ('Date', date('2026-10-20 14:05:33', '-0400')),
    ('Message-ID', outlook_mid('033', 'DM8PR09MB')),
    *outlook_ms_headers('033', 'Fee Estimate - FOIA 2026-STFO-00231'),
], plain(t033)))

# ---------------------------------------------------------------- 034 Ohio DAS ack for the second request (REQ-010)
t034 = """Good morning,

The Department of Administrative Services has received your public
records request dated October 20, 2026, regarding the Ohio Buys solicitation
file and vendor protests for the statewide video surveillance and video
management systems contract. It has been assigned tracking number
2026-PRR-0412.

DAS will respond within a reasonable period of time. Because the
solicitation file includes offerors' proposals, we will need to review
them for trade secret and other exempt information before release.

Public Records Unit
Ohio Department of Administrative Services

"""
add('034-ohdas-ack-ohiobuys.eml', message([
    ('From', 'DAS Public Records <publicrecords@das.ohio.gov>'),
    ('To', 'The Lookout Records Desk <%s>' % plus('REQ-010')),
    ('Subject', 'Public Records Request 2026-PRR-0412 - Received'),
    ('Date', date('2026-10-21 09:18:47', '-0400')),
    ('Message-ID', outlook_mid('034', 'PH0PR09MB')),
    *thread('REQ-010'),
    *outlook_ms_headers('034', subj('REQ-010')),
], multipart('alternative', '_000_%s_' % h('034b', 24), [
    plain(t034 + outlook_quote('REQ-010', 'DAS Public Records <publicrecords@das.ohio.gov>')), html(mso_html(t034))])))

# ---------------------------------------------------------------- 035 colleague forwards GTA final response inline (REQ-005)
t035fw = """Mr. Brandt,

Thank you for your payment of $142.50, received October 13. The records
responsive to Ms. Okafor's request are available at the link below for 30
days:

https://gta.sharefile.com/d-s8f2a71c0e4b4f0b9

  - Statewide Contract SWC 98000-GTA0417 (license plate recognition and
    video analytics services) and Amendments 1-3
  - Exhibit C, Pricing
  - Exhibit D, Service Level Agreement (redacted)
  - Vendor Security Assessment, June 2024 (redacted)

Network architecture details, IP addressing and descriptions of security
controls have been redacted from Exhibit D and the security assessment
under O.C.G.A. 50-18-72(a)(25)(A), because their disclosure would
compromise security against sabotage or criminal acts. This completes
GTA's response to the request.

Regards,

Dana Whitaker
Open Records Officer | Office of General Counsel
Georgia Technology Authority
"""
t035 = """Dana at GTA sent this to me directly after I called about the invoice.
Forwarding so it lands in the GTA license plate reader file. Invoice was
paid Oct 13.

Theo

---------- Forwarded message ---------
From: Whitaker, Dana <dana.whitaker@gta.ga.gov>
Date: Mon, Oct 26, 2026 at 3:58 PM
Subject: Open Records Response - license plate recognition statewide contract
To: Theo Brandt <tbrandt@lookout.example.org>


""" + t035fw
add('035-fwd-gta-final-inline.eml', message([
    ('From', 'Theo Brandt <tbrandt@lookout.example.org>'),
    ('To', INBOX),
    ('Subject', 'Fwd: Open Records Response - license plate recognition statewide contract'),
    ('Date', date('2026-10-26 16:40:13', '-0400')),
    ('Message-ID', gmail_mid('035')),
], multipart('alternative', '000000000000%s' % h('035b', 16), [plain(t035), html('<html><body><div dir="ltr">' + paras_html(t035) + '</div></body></html>\n')])))

# ---------------------------------------------------------------- 036 NextRequest ack for the surveillance-ordinance request (REQ-013)
def nr_ack2(num, rid, dept, recv, when, seed):
    t = """City of San Diego Public Records

Request %s has been received.

Description:
%s

Received: %s via web portal
Department(s): %s

The City will respond within the time allowed by the California Public
Records Act (Government Code section 7920.000 et seq.). You will get an
email each time there is activity on this request.

View this request: https://sandiego.nextrequest.com/requests/%s

This mailbox is not monitored. To contact City staff about this request,
use the "Send message" button on the request page.
Powered by NextRequest
""" % (num, DESC[rid], recv, dept, num)
    return message([
        ('From', 'City of San Diego Public Records <no-reply@nextrequest.com>'),
        ('To', INBOX),
        ('Subject', 'City of San Diego - Request %s received' % num),
        ('Date', when),
        ('Message-ID', '<%s@nextrequest.com>' % h(seed, 32)),
        ('X-Mailgun-Tag', 'request_created'),
    ], multipart('alternative', '--==_mimepart_%s' % h(seed + 'b', 20), [plain(t), html(simple_html(t))]))
add('036-sandiego-nextrequest-ack-trustsd.eml', nr_ack2('26-6530', 'REQ-013', 'Police', 'October 26, 2026', date('2026-10-26 17:10:05', '-0700'), '036'))

# ---------------------------------------------------------------- 037 DSN: cc to a departed VITA employee rejected (REQ-008)
add('037-bounce-vita-cc.eml', message([
    ('From', 'MAILER-DAEMON@mx1.lookout.example.org (Mail Delivery System)'),
    ('To', INBOX),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Date', date('2026-10-27 07:58:31', '-0400')),
    ('Message-ID', '<20261027115831.8B02E1D6A9@mx1.lookout.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
], multipart('report', '8B02E1D6A9.1792843111/mx1.lookout.example.org', [
    plain("""This is the mail system at host mx1.lookout.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kavita.patel@vita.virginia.gov>: host aspmx.l.google.com[142.250.31.27]
    said: 550-5.1.1 The email account that you tried to reach does not exist.
    Please try 550-5.1.1 double-checking the recipient's email address for
    typos or 550-5.1.1 unnecessary spaces. For more information, go to 550
    5.1.1  https://support.google.com/mail/?p=NoSuchUser (in reply to RCPT TO
    command)
""", charset='us-ascii', extra=[('Content-Description', 'Notification')]),
    """Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.lookout.example.org
X-Postfix-Queue-ID: 8B02E1D6A9
X-Postfix-Sender: rfc822; records@lookout.example.org
Arrival-Date: Tue, 27 Oct 2026 07:58:29 -0400 (EDT)

Final-Recipient: rfc822; kavita.patel@vita.virginia.gov
Original-Recipient: rfc822;kavita.patel@vita.virginia.gov
Action: failed
Status: 5.1.1
Remote-MTA: dns; aspmx.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach
    does not exist.
""",
    """Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <records@lookout.example.org>
Received: by mx1.lookout.example.org (Postfix, from userid 1001)
	id 8B02E1D6A9; Tue, 27 Oct 2026 07:58:29 -0400 (EDT)
From: The Lookout Records Desk <records@lookout.example.org>
Reply-To: records+req-008@lookout.example.org
To: VITA FOIA <foia@vita.virginia.gov>
Cc: Kavita Patel <kavita.patel@vita.virginia.gov>
Subject: Virginia FOIA Request: Approvals of facial recognition software
 through VITA enterprise cloud oversight (ECOS)
Date: Tue, 27 Oct 2026 07:58:22 -0400
Message-ID: <req-008.20261027.1@lookout.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""], extra_params='; report-type=delivery-status')))

# ---------------------------------------------------------------- 038 AZ DPS GovQA ack for ACTIC request (REQ-015)
add('038-azdps-govqa-ack-actic.eml', govqa('P013502-102826', 'Public Records Request :: P013502-102826', """Dear Maya Okafor,

Thank you for submitting a public records request to the Arizona
Department of Public Safety. Your request has been received and assigned
reference number P013502-102826.

Request summary:
%s

The Department will respond promptly as required by A.R.S. 39-121.01.
Depending on the volume of records and the review required, some requests
take several weeks.

You can monitor the progress of your request, and receive any records,
by logging in to the DPS Public Records Center:
https://azdps.mycusthelp.net/WEBAPP/_rs/(S(x1))/supporthome.aspx

Arizona Department of Public Safety
Public Records Unit
""" % DESC['REQ-015'], date('2026-10-28 10:40:11', '-0700'), '038'))

# ---------------------------------------------------------------- 039 VITA ack for the ECOS request (REQ-008)
t039 = """Ms. Okafor,

VITA received your Virginia FOIA request on Tuesday, October 27, 2026, and
has logged it as V27-0231. Because November 3 (Election Day) is a state
holiday, the five-work-day response period ends on Wednesday, November 4.

Please note that Ms. Patel, whom you copied, is no longer with VITA; this
group address reaches all of our FOIA staff.

Marcus Greene
FOIA Coordinator
Virginia Information Technologies Agency
"""
add('039-vita-ack-ecos.eml', message([
    ('From', "\"'Marcus Greene' via VITA FOIA\" <foia@vita.virginia.gov>"),
    ('To', plus('REQ-008')),
    ('Subject', 'Re: ' + subj('REQ-008')),
    ('Date', date('2026-10-29 09:25:50', '-0400')),
    ('Message-ID', gmail_mid('039')),
    *thread('REQ-008'),
    *ggroup_headers('Marcus Greene', 'marcus.greene@vita.virginia.gov', '039'),
], gg_parts(t039, 'REQ-008', seed='039')))

# ---------------------------------------------------------------- 040 GSA administrative closure for non-response (REQ-002)
t040 = """Dear Ms. Okafor:

On September 29, 2026, I wrote to ask you to clarify the scope of your
FOIA request GSA-2026-001537 concerning Login.gov and advised that the
request would be closed if we did not hear from you by October 27, 2026.
We have not received a response. GSA has therefore administratively
closed your request as of the date of this letter.

You may submit a new request at any time. If you believe this closure is
in error, you may appeal in writing within 90 calendar days of the date of
this letter. Appeals should be submitted through the GSA FOIA Public
Access Link or emailed to gsa.foia.appeals@gsa.gov, and both the appeal
and the envelope or subject line should be marked "Freedom of Information
Act Appeal."

You may also seek dispute resolution services from our FOIA Public
Liaison or from the Office of Government Information Services (OGIS),
National Archives and Records Administration, 8601 Adelphi Road-OGIS,
College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770.

Sincerely,

Ashley Moran
Government Information Specialist
GSA FOIA Requester Service Center
"""
add('040-gsa-closure-nonresponse.eml', message([
    ('From', 'Ashley Moran - H1C <ashley.moran@gsa.gov>'),
    ('To', INBOX),
    ('CC', 'gsa.foia@gsa.gov'),
    ('Subject', 'GSA-2026-001537 - Administrative Closure'),
    ('Date', date('2026-10-30 11:00:09', '-0400')),
    ('Message-ID', gmail_mid('040')),
    ('In-Reply-To', m020), ('References', m020),
], plain(t040)))

# ---------------------------------------------------------------- 041 SecureRelease "updated" notice (REQ-003)
h041 = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#1b1b1b">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #dcdee0">
<tr><td style="background:#005288;color:#fff;padding:10px 16px;font-size:16px"><b>DHS SecureRelease&trade;</b></td></tr>
<tr><td style="padding:16px">
<p>Dear Maya Okafor,</p>
<p>There has been an update to your request <b>2026-STFO-00231</b>.</p>
<p>Please sign in to DHS SecureRelease to view the update and any correspondence.</p>
<p><a href="https://securerelease.dhs.gov/" style="background:#005288;color:#fff;padding:6px 12px;text-decoration:none">Sign in</a></p>
</td></tr>
<tr><td style="background:#f0f0f0;padding:8px 16px;font-size:11px;color:#565c65">This is an automated notification from DHS SecureRelease. Replies to this address are not monitored.</td></tr>
</table></body></html>
"""
add('041-dhs-securerelease-updated.eml', message([
    ('From', 'DHS SecureRelease <no-reply@securerelease.dhs.gov>'),
    ('To', INBOX),
    ('Subject', 'Request 2026-STFO-00231 Has Been Updated'),
    ('Date', date('2026-11-02 08:15:40', '-0500')),
    ('Message-ID', '<0100019%s-%s-000000@email.securerelease.dhs.gov>' % (h('041', 9), h('041a', 8))),
], multipart('alternative', '----=_Part_%s' % h('041b', 16), [
    plain('Dear Maya Okafor,\n\nThere has been an update to your request 2026-STFO-00231.\n\nPlease sign in to DHS SecureRelease to view the update and any correspondence:\nhttps://securerelease.dhs.gov/\n\nThis is an automated notification from DHS SecureRelease. Replies to this address are not monitored.\n'),
    html(h041)])))

# ---------------------------------------------------------------- 042 VITA extension, number only in subject, no threading headers (REQ-008)
t042 = """Ms. Okafor,

It is not practically possible for VITA to respond to your request within
five work days. The records relate to exception and approval decisions in
the Enterprise Cloud Oversight Service, and several of them require
coordination with the information security officers of the requesting
agencies before we can determine what may be released.

Under Va. Code 2.2-3704(B)(4), VITA is taking the additional seven work
days provided by law.

Marcus Greene
FOIA Coordinator
Virginia Information Technologies Agency
"""
add('042-vita-extension-subject-only.eml', message([
    ('From', "\"'Marcus Greene' via VITA FOIA\" <foia@vita.virginia.gov>"),
    ('To', INBOX),
    ('Subject', 'V27-0231 - additional time needed'),
    ('Date', date('2026-11-04 15:50:22', '-0500')),
    ('Message-ID', gmail_mid('042')),
    *ggroup_headers('Marcus Greene', 'marcus.greene@vita.virginia.gov', '042'),
], gg_parts(t042, None, footer=True, seed='042')))

# ---------------------------------------------------------------- 043 NextRequest clarification (REQ-013)
add('043-sandiego-nextrequest-clarification.eml', nr_note('26-6530', 'message from City staff', """Your request asks for all Surveillance Use Policies, Surveillance Impact
Reports and Annual Surveillance Reports. The adopted policies and reports
for the City's approved surveillance technologies are published at
https://www.sandiego.gov/surveillance and can be downloaded there.

Could you please clarify whether you are seeking only records that are
not posted online (for example, drafts submitted to the Privacy Advisory
Board), and for which technologies? Your request will be on hold until we
hear from you.""", date('2026-11-04 16:30:48', '-0800'), '043', 'message_to_requester'))

# ---------------------------------------------------------------- 044 Ohio DAS first installment (REQ-009)
t044 = """Ms. Okafor,

Thank you for narrowing 2026-PRR-0331 on September 28 to the index
contracts, amendments and pricing for body-worn cameras, automated license
plate readers and gunshot detection, plus an annual summary of purchases
by political subdivision.

Here is our first installment, available in the folder below:

https://dasohio-my.sharepoint.com/:f:/g/personal/brent_halloran_das_ohio_gov/EqT7w2
  - STS contract 534287 (body-worn cameras and digital evidence
    management) with Amendments 1-5 and the current price list
  - Cooperative purchasing usage summary, body-worn cameras, FY2021-FY2026

The ALPR and gunshot detection contracts are still being reviewed with
the vendors' security documentation. We expect to send them in a second
installment.

Brent Halloran
Records Coordinator, Office of Legal Services
Ohio Department of Administrative Services
[cid:image001.png@01DD4C1B.5E2A3F60]

"""
m017 = outlook_mid('017', 'PH0PR09MB')
add('044-ohdas-first-installment.eml', message([
    ('From', '"Halloran, Brent" <brent.halloran@das.ohio.gov>'),
    ('To', 'The Lookout Records Desk <%s>' % plus('REQ-009')),
    ('CC', 'DAS Public Records <publicrecords@das.ohio.gov>'),
    ('Subject', s009),
    ('Date', date('2026-11-06 10:12:33', '-0500')),
    ('Message-ID', outlook_mid('044', 'PH0PR09MB')),
    *thread('REQ-009', m009, m017, '<req-009.20260928.2@lookout.example.org>'),
    *outlook_ms_headers('044', subj('REQ-009')),
], multipart('alternative', '_000_%s_' % h('044b', 24), [
    plain(t044 + '________________________________\nFrom: The Lookout Records Desk <records@lookout.example.org>\nSent: Monday, September 28, 2026 11:04 AM\nTo: Halloran, Brent <brent.halloran@das.ohio.gov>\nSubject: Re: ' + s009[4:] + '\n\nMr. Halloran - the index contracts, amendments and pricing for all three\nproduct types, plus an annual summary of purchases by subdivision, would\nwork. Thanks. Maya\n'),
    html(mso_html(t044).replace('[cid:image001.png@01DD4C1B.5E2A3F60]', '<img width="180" height="42" src="cid:image001.png@01DD4C1B.5E2A3F60" alt="Ohio DAS">'))])))

# ---------------------------------------------------------------- 045 GovQA closure for a request that is not in our register (null)
add('045-azdps-govqa-unknown-request-closed.eml', govqa('P011942-081426', 'Public Records Request :: P011942-081426 - Closed', """Dear Requester,

The status of your public records request P011942-081426 has changed to:
Closed.

To view the details of your request and any documents released, log in
to the DPS Public Records Center:
https://azdps.mycusthelp.net/WEBAPP/_rs/(S(x1))/supporthome.aspx

Arizona Department of Public Safety
Public Records Unit
""", date('2026-11-09 09:00:36', '-0700'), '045'))

# ---------------------------------------------------------------- 046 AZ DPS delay notice with an anticipated date (REQ-015)
add('046-azdps-govqa-delay-actic.eml', govqa('P013502-102826', 'Public Records Request :: P013502-102826 - Status Update', """Dear Maya Okafor,

The Department is still processing your public records request
P013502-102826. Records that may be responsive must be reviewed by the
Arizona Counter Terrorism Information Center and by the Department's Legal
Unit before any release decision is made.

We anticipate providing a response on or before December 18, 2026. Thank
you for your patience.

Arizona Department of Public Safety
Public Records Unit
""", date('2026-11-12 14:00:03', '-0700'), '046'))

# ---------------------------------------------------------------- 047 NextRequest first installment (REQ-011)
add('047-sandiego-nextrequest-first-installment.eml', nr_note('26-5871', 'documents released', """The City has released the first installment of records responsive to
your request:

  - ALPR_query_audit_2024_Q1-Q2.csv
  - ALPR_query_audit_2024_Q3-Q4.csv
  - Smart_Streetlights_ALPR_Annual_Audit_Summary_2024.pdf

Portions of the audit logs identifying officers' personnel numbers and
case numbers have been redacted under Government Code sections 7927.705
and 7923.600. The City is continuing to compile the 2025 and 2026 logs and
will release them in a later installment.""", date('2026-11-13 12:30:14', '-0800'), '047', 'document_released'))

# ---------------------------------------------------------------- 048 GSA first interim release with records PDF (REQ-001)
t048 = """Dear Ms. Okafor:

This is the first interim response to your Freedom of Information Act
request GSA-2026-001482 for Multiple Award Schedule orders for facial
recognition and biometric identification services.

We reviewed 318 pages in this installment. We are releasing 211 pages in
full and 96 pages in part, and withholding 11 pages in full. Information
was withheld under Exemption 4, 5 U.S.C. 552(b)(4) (commercial or
financial information obtained from a person that is privileged or
confidential, including contractor unit pricing, after consultation with
the submitters under Executive Order 12600), and Exemption 6, 5 U.S.C.
552(b)(6) (names and contact information of contractor employees).

We are continuing to process the remaining records and will send further
releases on a rolling basis. Your appeal rights will be described in our
final response.

Sincerely,

Ramon Ellis
Government Information Specialist
GSA FOIA Requester Service Center
"""
pdf048 = make_pdf([
    'GSA-2026-001482 Interim Release 1 - Bates GSA-FR-000001 to GSA-FR-000318 (excerpt)', '',
    'ORDER FOR SUPPLIES OR SERVICES', 'Order number: 47QTCA23F00(b)(4)', 'Schedule: MAS - SIN 54151S Information Technology Professional Services', '',
    'Ordering agency: Department of the Interior, Interior Business Center', 'Contractor: (b)(4)', '',
    'Description: Facial comparison software licenses, identity verification API and implementation support. Period of performance: '
    '12 months from award with two option periods.', '',
    'Line item 0001  Software subscription (annual)  Qty 1  Unit price (b)(4)  Extended (b)(4)',
    'Line item 0002  Implementation services  Qty 400 hours  Unit price (b)(4)  Extended (b)(4)', '',
    'Contractor point of contact: (b)(6)', '',
    '[Pages GSA-FR-000019 through GSA-FR-000029 withheld in full under (b)(4)]',
], title='GSA-2026-001482 Interim Release 1', producer='Adobe Acrobat Pro (redacted)')
add('048-gsa-interim-release-1.eml', message([
    ('From', 'Ramon Ellis - H1C <ramon.ellis@gsa.gov>'),
    ('To', plus('REQ-001')),
    ('CC', 'gsa.foia@gsa.gov'),
    ('Subject', 'GSA-2026-001482 - Interim Release 1'),
    ('Date', date('2026-11-17 09:30:55', '-0500')),
    ('Message-ID', gmail_mid('048')),
    *thread('REQ-001'),
], multipart('mixed', '000000000000%s' % h('048b', 16), [
    plain(t048), attachment('application/pdf', 'GSA-2026-001482_Interim_Release_1.pdf', pdf048)])))

# ---------------------------------------------------------------- 049 SDPD sergeant asks for a call; no number, two SDPD requests open (REQ-013)
add('049-sdpd-sergeant-call-request.eml', message([
    ('From', '"Ortiz, Daniel" <dortiz@pd.sandiego.gov>'),
    ('To', INBOX),
    ('Subject', 'Your records request'),
    ('Date', date('2026-11-19 08:41:19', '-0800')),
    ('Message-ID', outlook_mid('049', 'SN4PR09MB')),
    *outlook_ms_headers('049', 'Your records request'),
], plain("""Good morning,

I'm a sergeant with SDPD's Special Projects and Legal Affairs unit and I've
been asked to help with your request involving our camera systems. Before
we pull anything else I'd like to talk through the scope with you so we
don't send you material you already have.

Could you give me a call at 619-555-0173? I'm in the office 7am to 3pm
Monday through Thursday.

Thanks,
Sgt. Daniel Ortiz #6142
San Diego Police Department
Special Projects and Legal Affairs
""")))

# ---------------------------------------------------------------- 050 NextRequest closure: released with vendor trade-secret redactions (REQ-012)
add('050-sandiego-nextrequest-closed-released.eml', nr_note('26-5874', 'request closed', """Closure reason: Records released (partial)

The City has released the contracts, amendments, task orders and invoices
with Corvid Analytics LLC and Sentry Lumen Inc. responsive to your request
(14 documents).

Following the City's notice of October 1, Corvid Analytics LLC identified
its unit pricing in Exhibit B and sections 4.2 through 4.6 of its technical
proposal as trade secrets. Those portions are redacted under Government
Code section 7927.705 and Evidence Code section 1060. Sentry Lumen Inc. did
not respond to the notice and its records are released without redaction.

This completes the City's response to your request.""", date('2026-11-20 15:10:31', '-0800'), '050', 'request_closed'))

# ---------------------------------------------------------------- 051 DHS S&T no records for the remaining item (REQ-004)
t051 = """Dear Ms. Okafor:

This is the final response to your Freedom of Information Act (FOIA)
request to the DHS Science and Technology Directorate (S&T), 2026-STFO-00258.

As we advised on October 14, 2026, item 2 of your request was referred to
the DHS Privacy Office (2026-HQFO-01873), which will respond to you
directly.

For item 1, S&T searched the records of the Office of Science and
Engineering, the Technology Centers Division, the Office of Mission and
Capability Support and the SBIR Program Office, including electronic
project files and email, using the terms "social media," "open source
intelligence," "OSINT," "sentiment analysis" and "publicly available
information." We did not locate any records responsive to item 1.

You have the right to appeal this determination. Your appeal must be
submitted within 90 days of the date of this letter, to: Privacy Office,
Attn: FOIA Appeals, U.S. Department of Homeland Security, 2707 Martin
Luther King Jr. Ave. SE, Mail Stop 0655, Washington, D.C. 20528-0655, or
electronically through DHS SecureRelease. Both the letter and the envelope
should be marked "FOIA Appeal."

The Office of Government Information Services (OGIS) also mediates
disputes between FOIA requesters and federal agencies as a
non-exclusive alternative to litigation: ogis@nara.gov; 202-741-5770;
toll free 1-877-684-6448.

Sincerely,
S&T FOIA Officer
"""
add('051-dhs-st-no-records.eml', message([
    ('From', 'STFOIA <stfoia@hq.dhs.gov>'),
    ('To', plus('REQ-004')),
    ('Subject', 'Final Response - 2026-STFO-00258'),
    ('Date', date('2026-12-01 09:05:02', '-0500')),
    ('Message-ID', outlook_mid('051', 'DM8PR09MB')),
    *outlook_ms_headers('051', 'Final Response - 2026-STFO-00258'),
], plain(t051)))

# ---------------------------------------------------------------- 052 NextRequest closure for non-response (REQ-013)
add('052-sandiego-nextrequest-closed-nonresponse.eml', nr_note('26-6530', 'request closed', """Closure reason: Requester did not respond

On November 4, 2026 the City asked you to clarify this request, and SDPD
staff also tried to reach you by email on November 19 to discuss its
scope. Because we have not received a response, the City is closing this
request. The adopted Surveillance Use Policies and annual reports remain
available at https://www.sandiego.gov/surveillance. You may submit a new
request at any time.""", date('2026-12-07 09:00:20', '-0800'), '052', 'request_closed'))

# ---------------------------------------------------------------- 053 DHS S&T interim release; number only in the attachment's file name (REQ-003)
pdf053 = make_pdf([
    'S&T-0001', '',
    'UNCLASSIFIED // FOR OFFICIAL USE ONLY [markings released]', '',
    'Biometric Technology Rally 2023 - Summary of Results', 'Maryland Test Facility', '',
    'Purpose: to evaluate the efficiency, effectiveness and user satisfaction of commercial face and iris acquisition systems and '
    'matching algorithms in a high-throughput, unattended screening scenario.', '',
    'Systems tested: 12 acquisition systems and 9 matching algorithms. Test volunteers: 574 (demographic composition in Table 2).', '',
    'Key findings: median transaction times below 5 seconds for 8 of 12 systems; true identification rates with masks ranged from '
    '(b)(7)(E) to (b)(7)(E). Differences in failure-to-acquire rates across skin-tone categories were observed for 3 systems.', '',
    'Test team lead: (b)(6)', '',
    'S&T-0002 through S&T-0212 follow.',
], title='Interim Release 1', producer='Adobe Acrobat Pro (redacted)')
add('053-dhs-st-interim-filename-only.eml', message([
    ('From', '"Harmon, Keith" <keith.harmon@hq.dhs.gov>'),
    ('To', INBOX),
    ('Subject', 'FOIA interim release'),
    ('Date', date('2026-12-08 11:30:44', '-0500')),
    ('Message-ID', outlook_mid('053', 'DM8PR09MB')),
    *outlook_ms_headers('053', 'FOIA interim release'),
], multipart('mixed', '_004_%s_' % h('053b', 24), [
    plain("""Ms. Okafor,

Attached is S&T's first interim release on your request for biometric
test and evaluation reports: 212 pages, Bates S&T-0001 through S&T-0212.
Information withheld under Exemptions (b)(6) and (b)(7)(E) is marked on
the pages. A formal cover letter will follow through SecureRelease.

No fees are assessed for this release. We expect the next release within
about six weeks.

Keith Harmon
Government Information Specialist
S&T FOIA Office
"""),
    attachment('application/pdf', '2026-STFO-00231_Interim_Release_1.pdf', pdf053)])))

# ---------------------------------------------------------------- 054 colleague forwards Ohio DAS final response as an attachment (REQ-009)
inner054 = message([
    ('From', '"Halloran, Brent" <brent.halloran@das.ohio.gov>'),
    ('To', 'Renee Castillo <rcastillo@lookout.example.org>'),
    ('Subject', 'Final response - 2026-PRR-0331'),
    ('Date', date('2026-12-10 16:44:08', '-0500')),
    ('Message-ID', outlook_mid('054i', 'PH0PR09MB')),
], plain("""Ms. Castillo,

As we discussed by phone, the remaining records responsive to public
records request 2026-PRR-0331 are in the folder linked below:

  - Cooperative contract RS900224 (automated license plate recognition
    systems) with Amendments 1-3 and pricing
  - Cooperative contract RS900311 (acoustic gunshot detection) with
    Amendment 1 and pricing
  - Cooperative purchasing usage summaries for both contracts, FY2021-FY2026

https://dasohio-my.sharepoint.com/:f:/g/personal/brent_halloran_das_ohio_gov/Fk9p1Q

Portions of the vendors' system security documentation included in the
contracts have been redacted under R.C. 149.433 (security and
infrastructure records). This completes DAS's response to 2026-PRR-0331,
and the request is now closed.

Brent Halloran
Records Coordinator, Office of Legal Services
Ohio Department of Administrative Services
"""))
add('054-fwd-attached-ohdas-final.eml', message([
    ('From', 'Renee Castillo <rcastillo@lookout.example.org>'),
    ('To', INBOX),
    ('Subject', 'Fwd: Final response - 2026-PRR-0331'),
    ('Date', date('2026-12-11 10:20:19', '-0500')),
    ('Message-ID', '<%s@lookout.example.org>' % h('054', 24)),
], multipart('mixed', '------------%s' % h('054b', 24), [
    plain("""This came to my address because I followed up with DAS by phone on the
Ohio contracts request. Attaching the original so it goes in the file.

-- Renee
"""),
    rfc822(inner054, 'Final response - 2026-PRR-0331.eml')])))

# ---------------------------------------------------------------- 055 AZ DPS final letter only in PDF, partial (REQ-014)
pdf055 = make_pdf([
    'ARIZONA DEPARTMENT OF PUBLIC SAFETY', '2102 West Encanto Boulevard, Phoenix, Arizona 85009', '',
    'December 14, 2026', '',
    'Maya Okafor', 'The Lookout', '',
    'Re: Public Records Request P012877-092226', '',
    'Dear Ms. Okafor:', '',
    'The Department has completed its response to your request for records concerning the Department\'s automated license plate '
    'reader (ALPR) program. Following receipt of your payment of $48.75, the following records are released through the Public '
    'Records Center: the ALPR system contract and Amendments 1 through 4; the Department\'s General Order 4.3.20 governing ALPR '
    'data; and the ALPR data retention schedule approved by the State Library, Archives and Public Records.', '',
    'The Department is withholding the technical appendices to its data-sharing agreements with other law enforcement agencies, '
    'and the ALPR query audit reports, pursuant to A.R.S. 41-1750 and 28 C.F.R. Part 20 (criminal justice information) and '
    'because their release would reveal investigative techniques and would be detrimental to the best interests of the state. '
    'Portions of the released contract describing network configuration have been redacted for the same reasons.', '',
    'This concludes the Department\'s response to your request. Under A.R.S. 39-121.02, a person who has been denied access to '
    'public records may appeal the denial through a special action in superior court.', '',
    'Sincerely,', '', 'Public Records Unit', 'Arizona Department of Public Safety',
], title='Response P012877-092226')
add('055-azdps-final-letter-pdf.eml', message([
    ('From', 'Arizona Department of Public Safety <azdps@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', 'Public Records Request :: P012877-092226 - Completed'),
    ('Date', date('2026-12-14 13:30:27', '-0700')),
    ('Message-ID', '<%s.P012877-092226@mycusthelp.net>' % h('055', 20)),
    ('X-Mailer', 'GovQA Notification Engine'),
], multipart('mixed', '----=_NextPart_%s' % h('055b', 18), [
    plain('Please see the attached response letter.\n\nArizona Department of Public Safety\nPublic Records Unit\n'),
    attachment('application/pdf', 'P012877-092226_Response_Letter.pdf', pdf055)])))

# ---------------------------------------------------------------- 056 AZ DPS denial in full (REQ-015)
add('056-azdps-govqa-denial-actic.eml', govqa('P013502-102826', 'Public Records Request :: P013502-102826 - Response', """Dear Maya Okafor,

The Department has completed its review of your public records request
P013502-102826 for purchase records, licenses, contracts and user guides
for social media monitoring or open-source intelligence tools used by the
Arizona Counter Terrorism Information Center (ACTIC).

The records responsive to your request are withheld in their entirety.
Disclosure of the tools ACTIC uses, their configuration and their
capabilities would reveal investigative techniques and sources used in
ongoing criminal intelligence work, and the Department has determined
that the public interest in confidentiality outweighs the interest in
disclosure (A.R.S. 39-121 and 41-1750; Carlson v. Pima County). No
portion of the records can reasonably be segregated for release.

Under A.R.S. 39-121.02, you may challenge this decision by filing a
special action in superior court. This request is now closed.

Arizona Department of Public Safety
Public Records Unit
""", date('2026-12-17 15:45:09', '-0700'), '056'))

# ---------------------------------------------------------------- 057 GSA final response with withholdings, new subject, no threading (REQ-001)
t057 = """Dear Ms. Okafor:

This is the final response to your Freedom of Information Act request
GSA-2026-001482, received on September 8, 2026, for Multiple Award
Schedule orders for facial recognition and biometric identification
services, FY2023-FY2026, and related market research.

In this final release we reviewed the remaining 211 pages. We are releasing
140 pages in full and 62 pages in part, and withholding 9 pages in full,
under Exemption 4, 5 U.S.C. 552(b)(4) (contractor unit pricing and
technical approaches, after consultation with the submitters under
Executive Order 12600), Exemption 5, 5 U.S.C. 552(b)(5) (pre-decisional
market research drafts) and Exemption 6, 5 U.S.C. 552(b)(6) (personal
contact information). With our interim release of November 17, 2026, this
completes the processing of your request. No fees are charged.

You may appeal this determination within 90 calendar days of the date of
this letter. Appeals should be submitted through the GSA FOIA Public
Access Link or emailed to gsa.foia.appeals@gsa.gov with "Freedom of
Information Act Appeal" in the subject line.

You may contact our FOIA Public Liaison at (202) 555-0148 for further
assistance, or the Office of Government Information Services (OGIS) at
ogis@nara.gov, 202-741-5770, for dispute resolution services.

Sincerely,

Ramon Ellis
Government Information Specialist
GSA FOIA Requester Service Center
"""
add('057-gsa-final-new-subject.eml', message([
    ('From', 'Ramon Ellis - H1C <ramon.ellis@gsa.gov>'),
    ('To', INBOX),
    ('Subject', 'Final response - your MAS facial recognition orders request'),
    ('Date', date('2026-12-21 14:00:47', '-0500')),
    ('Message-ID', gmail_mid('057')),
], multipart('mixed', '000000000000%s' % h('057b', 16), [
    plain(t057),
    attachment('application/pdf', 'Final_Release_Bates_GSA-FR-000319-000529.pdf', make_pdf([
        'GSA Final Release - Bates GSA-FR-000319 to GSA-FR-000529 (excerpt)', '',
        'MARKET RESEARCH REPORT - Facial Recognition and Identity Verification Services',
        '[Draft sections withheld under (b)(5)]', '',
        'Summary of vendor responses to RFI: 17 responses received; 11 vendors hold MAS contracts under SIN 54151S or 541519.',
        'Pricing models: per-transaction (b)(4); enterprise license (b)(4).',
    ], title='Final Release', producer='Adobe Acrobat Pro (redacted)'))])))

# ---------------------------------------------------------------- 058 Ohio DAS out-of-office on our status check (REQ-010)
add('058-ohdas-out-of-office.eml', message([
    ('From', '"Halloran, Brent" <brent.halloran@das.ohio.gov>'),
    ('To', 'The Lookout Records Desk <%s>' % plus('REQ-010')),
    ('Subject', 'Automatic reply: Status check - Public Records Request 2026-PRR-0412'),
    ('Date', date('2026-12-23 08:05:11', '-0500')),
    ('Message-ID', outlook_mid('058', 'PH0PR09MB')),
    ('In-Reply-To', '<req-010.20261223.3@lookout.example.org>'),
    ('References', '%s %s <req-010.20261223.3@lookout.example.org>' % (rmid('REQ-010'), outlook_mid('034', 'PH0PR09MB'))),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    *outlook_ms_headers('058', 'Status check - Public Records Request 2026-PRR-0412'),
], plain("""Thank you for your message. I am out of the office through Monday,
January 4, 2027, with limited access to email. For public records matters
please write to publicrecords@das.ohio.gov and a member of the Public
Records Unit will assist you.

Brent Halloran
Ohio Department of Administrative Services
""")))

# ---------------------------------------------------------------- 059 Ohio DAS: records available for inspection only (REQ-010)
t059 = """Ms. Okafor,

DAS has completed its review of public records request 2026-PRR-0412.

The responsive records are the Ohio Buys solicitation file for RFP
DAS0A1404 (statewide video surveillance and video management systems):
the RFP and addenda, the proposals of the four offerors (about 3,400
pages, received in bound paper form with electronic copies that the
offerors marked as copyrighted), the evaluation committee's scoring
worksheets and award recommendation, and two protest letters with the
Department's decisions.

These records are available for inspection only, at DAS offices, 4200
Surface Road, Columbus, Ohio 43228, by appointment Monday through Friday
between 8:00 a.m. and 4:30 p.m. Information that the offerors identified
as trade secrets, and that DAS agreed meets the definition in R.C.
1333.61(D), has been redacted from the inspection set. Please contact me
to schedule a time. After inspecting, you may identify specific pages
you would like copies of, and we will let you know which can be copied
and at what cost.

If we do not hear from you within 30 days, we will consider this request
complete.

Avery Lin
Public Records Coordinator
Ohio Department of Administrative Services
(614) 555-0162

"""
add('059-ohdas-inspection-only.eml', message([
    ('From', 'DAS Public Records <publicrecords@das.ohio.gov>'),
    ('To', 'The Lookout Records Desk <%s>' % plus('REQ-010')),
    ('Subject', 'RE: Public Records Request 2026-PRR-0412 - Received'),
    ('Date', date('2027-01-06 14:30:02', '-0500')),
    ('Message-ID', outlook_mid('059', 'PH0PR09MB')),
    *thread('REQ-010', outlook_mid('034', 'PH0PR09MB')),
    *outlook_ms_headers('059', subj('REQ-010')),
], multipart('alternative', '_000_%s_' % h('059b', 24), [plain(t059 + '________________________________\nFrom: DAS Public Records <publicrecords@das.ohio.gov>\nSent: Wednesday, October 21, 2026 9:18 AM\nTo: The Lookout Records Desk <%s>\nSubject: Public Records Request 2026-PRR-0412 - Received\n\n' % plus('REQ-010') + t034), html(mso_html(t059))])))

# ---------------------------------------------------------------- 060 vendor marketing mail (null)
t060 = """Hi Records team,

Still tracking FOIA and public records deadlines in a spreadsheet?

RecordTrack reads the acknowledgments, extensions and fee letters that
GovQA, NextRequest and JustFOIA portals send you, and puts every due date
on one calendar. Newsrooms using RecordTrack cut missed follow-ups by 60%.

Book a 15-minute demo this month and get your first quarter free:
https://recordtrack-mail.example.com/demo?utm_source=newsroom

Kira Sandoval
Account Executive, RecordTrack

You're receiving this because your address appears on a public list of
newsroom contacts. Unsubscribe: https://recordtrack-mail.example.com/u/7Hq
"""
add('060-vendor-marketing.eml', message([
    ('From', 'Kira at RecordTrack <kira@recordtrack-mail.example.com>'),
    ('To', INBOX),
    ('Subject', 'Still tracking records deadlines in spreadsheets?'),
    ('Date', date('2027-01-12 10:00:00', '-0600')),
    ('Message-ID', '<%s@recordtrack-mail.example.com>' % h('060', 28)),
    ('List-Unsubscribe', '<https://recordtrack-mail.example.com/u/7Hq>'),
], multipart('alternative', 'b1_%s' % h('060b', 28), [plain(t060), html(simple_html(t060))])))

# ---------------------------------------------------------------- 061 DHS S&T final response with withholdings (REQ-003)
pdf061 = make_pdf([
    'U.S. Department of Homeland Security', 'Science and Technology Directorate', 'FOIA Office', 'Washington, DC 20528', '',
    'January 20, 2027', '',
    'Maya Okafor', 'The Lookout', '',
    'Re: 2026-STFO-00231', '',
    'Dear Ms. Okafor:', '',
    'This is the final response to your Freedom of Information Act (FOIA) request to the DHS Science and Technology Directorate '
    '(S&T), received on September 10, 2026, for test and evaluation reports, rally reports and technical summaries on biometric '
    'and facial comparison technologies from January 1, 2022 to the present.', '',
    'S&T located 2,612 pages of responsive records. With our interim release of December 8, 2026 (212 pages), S&T has reviewed '
    'all of them. In this final release we are producing 1,731 pages in full and 481 pages in part; 188 pages are withheld in '
    'full. Portions are withheld under Exemption 4 (vendor proprietary algorithm performance data submitted in confidence), '
    'Exemption 5 (deliberative process privilege), Exemption 6 (names of test volunteers and contractor staff) and Exemption '
    '7(E) (techniques and procedures for law enforcement screening whose disclosure could reasonably be expected to risk '
    'circumvention of the law). Records originating with TSA and CBP have been referred to those components for direct '
    'response to you.', '',
    'Your fee waiver request is moot because no fees are being charged.', '',
    'You have the right to appeal this determination. Your appeal must be submitted within 90 days of the date of this letter to: '
    'Privacy Office, Attn: FOIA Appeals, U.S. Department of Homeland Security, 2707 Martin Luther King Jr. Ave. SE, Mail Stop '
    '0655, Washington, D.C. 20528-0655, or through DHS SecureRelease.', '',
    'The Office of Government Information Services (OGIS) offers mediation services to resolve disputes between FOIA '
    'requesters and federal agencies: ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.', '',
    'Sincerely,', '', 'S&T FOIA Officer',
], title='2026-STFO-00231 Final Response')
add('061-dhs-st-final-letter.eml', message([
    ('From', 'STFOIA <stfoia@hq.dhs.gov>'),
    ('To', plus('REQ-003')),
    ('Subject', '2026-STFO-00231 Final Response'),
    ('Date', date('2027-01-20 10:30:38', '-0500')),
    ('Message-ID', outlook_mid('061', 'DM8PR09MB')),
    *thread('REQ-003'),
    *outlook_ms_headers('061', '2026-STFO-00231 Final Response'),
], multipart('mixed', '_004_%s_' % h('061b', 24), [
    plain("""Dear Ms. Okafor,

Attached is S&T's final response letter for FOIA request
2026-STFO-00231. The released records (2,212 pages) are available for
download in DHS SecureRelease for 30 days.

S&T FOIA Office
"""),
    attachment('application/pdf', '2026-STFO-00231_Final_Response_Letter.pdf', pdf061)])))
