#!/usr/bin/env python3
"""Messages 011-020 (September 23 - October 2, 2026)."""
from emlkit import Leaf, Multi, text, html, write, quote, plus, REQ_MID, REQ_SUBJ, rand_boundary

OUR_REQ8 = """To the Records Custodian, Tallapoosa County Sheriff's Office:

Under the Alabama Open Records Act, I request a copy of the Sheriff's
Office policy on vehicle pursuits now in effect, and all pursuit reports or
pursuit review forms completed from January 1, 2024 to the present.

Records Desk
records@records.example.org"""

OUR_REQ9 = """Dear FOIA Officer:

Under the South Carolina Freedom of Information Act, S.C. Code Ann.
Sec. 30-4-10 et seq., I request:

1. Every memorandum of understanding or agreement between the Richland
   County Sheriff's Department and a school district for school resource
   officers in effect at any time from 2023 to the present; and
2. Incident reports written by school resource officers that record an arrest
   or a use of force on school grounds, January 1, 2023 to the present.

Please notify me of any fees over $50 before they are incurred.

Records Desk"""


def m011():
    htm = """<html><body style="font-family:Verdana,Arial;font-size:9pt">
<p>Dear Records Desk,</p>
<p>RE: Public Records Request, reference number <b>R002957-091426</b>, received 9/14/2026.</p>
<p>The City of Jackson is not able to produce the records you requested within seven (7) working days.
The use-of-force reports responsive to your request must be located in the Police Department&rsquo;s
records system and each one reviewed and redacted for information that is exempt from disclosure,
including investigative records under Miss. Code Ann. &sect; 25-61-12 and personal information of
juveniles and victims.</p>
<p>This notice is the written explanation required by Miss. Code Ann. &sect; 25-61-5(1)(b). The City will
produce the records, or respond to your request, no later than <b>10/2/2026</b>, which is fourteen (14)
working days from receipt of the request.</p>
<p>You may view the status of your request in the <a href="https://jacksonms.govqa.us/WEBAPP/_rs/">Public
Records Center</a>.</p>
<p>City of Jackson<br>Public Records</p>
</body></html>"""
    return write('011-jackson-govqa-extension.eml', [
        ('From', 'City of Jackson Public Records Center <jacksonms@govqa.us>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'Public Records Request :: R002957-091426 - Additional Time Required'),
        ('Date', 'Wed, 23 Sep 2026 16:40:03 -0500'),
        ('Message-ID', '<a0e4b7c95d1f4e0a9c3b22f8@govqa.us>'),
    ], html(htm))


def m012():
    body = """Good morning,

Your request under the South Carolina Freedom of Information Act was
received by the Richland County Sheriff's Department on September 22, 2026
and has been assigned tracking number F26-1187. Please use that number when
you contact us about this request.

Under S.C. Code Sec. 30-4-30(C), the Department will notify you within ten
business days whether your request is approved or denied. Fees for search,
retrieval and redaction may apply under the Department's fee schedule; if
so, you will receive an estimate, and a deposit may be required before the
work begins.

Please be aware that records of law enforcement contacts with juveniles
are generally protected from disclosure by S.C. Code Sec. 63-19-2020.

Sgt. Tamika Pressley
FOIA Coordinator
Richland County Sheriff's Department
5623 Two Notch Road, Columbia, SC 29223
803-576-3000

-----Original Message-----
From: Records Desk <records@records.example.org>
Sent: Tuesday, September 22, 2026 9:41 AM
To: FOIA <foia@rcsd.net>
Subject: %s

%s""" % (REQ_SUBJ[9], OUR_REQ9)
    return write('012-rcsd-ack-outlook.eml', [
        ('From', 'Tamika Pressley <tpressley@rcsd.net>'),
        ('To', 'Records Desk <%s>' % plus(9)),
        ('CC', 'FOIA <foia@rcsd.net>'),
        ('Subject', 'RE: ' + REQ_SUBJ[9]),
        ('Thread-Topic', REQ_SUBJ[9]),
        ('Thread-Index', 'AQHdLBr9QnX1Vw0kREmK3bZ8f5c2aQ=='),
        ('Date', 'Thu, 24 Sep 2026 08:55:31 -0400'),
        ('Message-ID', '<MN2PR14MB40963F2A1D0B7C58@MN2PR14MB4096.namprd14.prod.outlook.com>'),
        ('In-Reply-To', REQ_MID[9]),
        ('References', REQ_MID[9]),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-MS-TNEF-Correlator', ''),
        ('X-OriginatorOrg', 'rcsd.net'),
    ], text(body))


def m013():
    b = rand_boundary(13)
    plain = """South Carolina Department of Corrections
FOIA Request Received

Request ID: SCDC-FOIA-2026-0388
Submitted: 09/23/2026
Requester: Records Desk

Your Freedom of Information Act request has been received by the South
Carolina Department of Corrections and is being reviewed. You will be
notified of the Department's determination within the time set by
S.C. Code Ann. Sec. 30-4-30.

Request description:
Managed-access cell phone system contract (with amendments) and monthly
counts of contraband cell phones seized, by institution, 2023 to present.

Track your request: https://scdc.justfoia.com/publicportal/home/track

This is an automated message. Replies to this address are not delivered."""
    htm = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<div style="border-top:4px solid #00355f;padding:12px">
<h3 style="margin:0 0 8px 0">South Carolina Department of Corrections</h3>
<p><b>FOIA Request Received</b></p>
<p>Request ID: <b>SCDC-FOIA-2026-0388</b><br>Submitted: 09/23/2026<br>Requester: Records Desk</p>
<p>Your Freedom of Information Act request has been received by the South Carolina Department of
Corrections and is being reviewed. You will be notified of the Department&rsquo;s determination within the
time set by S.C. Code Ann. &sect; 30-4-30.</p>
<p><i>Request description:</i> Managed-access cell phone system contract (with amendments) and monthly
counts of contraband cell phones seized, by institution, 2023 to present.</p>
<p><a href="https://scdc.justfoia.com/publicportal/home/track">Track your request</a></p>
<p style="color:#888;font-size:12px">This is an automated message. Replies to this address are not
delivered. Powered by JustFOIA.</p></div></body></html>"""
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('013-scdc-justfoia-ack.eml', [
        ('From', 'SC Department of Corrections <noreply@justfoia.com>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'FOIA Request Received - SCDC-FOIA-2026-0388'),
        ('Date', 'Thu, 24 Sep 2026 10:15:48 -0400'),
        ('Message-ID', '<0101019a2b4c77d1-3f2e8b61-scdc-0388@email.justfoia.com>'),
        ('Auto-Submitted', 'auto-generated'),
    ], mime)


def m014():
    b = rand_boundary(14)
    plain = """City of New Orleans

Your record request #26-5127 has been received and is being processed.

Request received: September 24, 2026
Department(s): New Orleans Police Department

Request:
"Minutes of the NOPD Use of Force Review Board and the case summaries
presented to it, January 2025 to the present."

Under the Louisiana Public Records Law, La. R.S. 44:1 et seq., records that
are not immediately available will be certified by the custodian with a date
on which they will be made available.

You can view the request and any documents released at
https://nola.nextrequest.com/requests/26-5127

Questions about this request? Reply through the portal rather than to
this email."""
    htm = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<p style="font-size:18px"><b>City of New Orleans</b></p>
<p>Your record request <a href="https://nola.nextrequest.com/requests/26-5127">#26-5127</a> has been received
and is being processed.</p>
<p><b>Request received:</b> September 24, 2026<br><b>Department(s):</b> New Orleans Police Department</p>
<p><b>Request:</b><br>&ldquo;Minutes of the NOPD Use of Force Review Board and the case summaries presented to
it, January 2025 to the present.&rdquo;</p>
<p>Under the Louisiana Public Records Law, La. R.S. 44:1 et seq., records that are not immediately available
will be certified by the custodian with a date on which they will be made available.</p>
<p>Questions about this request? Reply through the portal rather than to this email.</p>
<p style="font-size:11px;color:#999">Powered by NextRequest</p></body></html>"""
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('014-nopd-nextrequest-ack.eml', [
        ('From', 'City of New Orleans <nola@mail.nextrequest.com>'),
        ('To', 'records@records.example.org'),
        ('Subject', '[Records Request] Your City of New Orleans record request #26-5127 has been received'),
        ('Date', 'Thu, 24 Sep 2026 14:02:19 -0500'),
        ('Message-ID', '<66f3101b2c4e1_5a3f2ad1c5d0b4c8@nextrequest-mailer.mail>'),
        ('Auto-Submitted', 'auto-generated'),
    ], mime)


def m015():
    b = rand_boundary(15, 'outlook')
    reply = """Good afternoon,

This is written notice under Miss. Code Ann. Sec. 25-61-5(1)(b) that the
County is unable to produce all of the records requested in PR26-0117
within seven working days. The food service contract is in this office, but
the kitchen inspection reports are kept by jail administration at the Adult
Detention Center, and we are still gathering them.

The County will produce the records no later than Tuesday, October 6, 2026,
which is fourteen working days from the day we received your request.

Renee Ladner
Deputy Clerk, Board of Supervisors
Harrison County, Mississippi
(228) 865-4036"""
    quoted = """From: Renee Ladner <rladner@co.harrison.ms.us>
Sent: Wednesday, September 16, 2026 10:40 AM
To: Records Desk <records+req-005@records.example.org>
Cc: Public Records <publicrecords@co.harrison.ms.us>
Subject: RE: %s

Good morning,

This email confirms that the Harrison County Board of Supervisors received
your public records request on Wednesday, September 16, 2026. [...]""" % REQ_SUBJ[5]
    plain = reply + "\n\n________________________________\n" + quoted + "\n"
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">%s</div><hr>'
           '<div id="divRplyFwdMsg" style="font-size:11pt">%s</div></body></html>' % (
               '<br>'.join(reply.split('\n')),
               '<br>'.join(quoted.replace('<', '&lt;').replace('>', '&gt;').split('\n'))))
    mime = Multi('alternative', [text(plain, cte='quoted-printable'), html(htm)], b)
    return write('015-harrison-extension-14-days.eml', [
        ('From', 'Renee Ladner <rladner@co.harrison.ms.us>'),
        ('To', 'Records Desk <%s>' % plus(5)),
        ('CC', 'Public Records <publicrecords@co.harrison.ms.us>'),
        ('Subject', 'RE: ' + REQ_SUBJ[5]),
        ('Thread-Topic', REQ_SUBJ[5]),
        ('Thread-Index', 'AQHdJ4Qm8bLxk0ZpTEmN6wq2rV9c5YAAbq3X'),
        ('Date', 'Fri, 25 Sep 2026 15:30:12 -0500'),
        ('Message-ID', '<SA1PR09MB88320B7E2C5D9A41@SA1PR09MB8832.namprd09.prod.outlook.com>'),
        ('In-Reply-To', '<SA1PR09MB8832C4F1A7B2E3D9@SA1PR09MB8832.namprd09.prod.outlook.com>'),
        ('References', REQ_MID[5] + '\n <SA1PR09MB8832C4F1A7B2E3D9@SA1PR09MB8832.namprd09.prod.outlook.com>'),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-OriginatorOrg', 'co.harrison.ms.us'),
    ], mime)


def m016():
    body = """Do you want just the policy or the reports too? Reports would be a lot of paper, we dont have them on the computer before 2025.

On Mon, Sep 21, 2026 at 10:02 AM Records Desk <records@records.example.org> wrote:

%s
""" % quote(OUR_REQ8)
    return write('016-tallapoosa-gmail-clarify-pursuits.eml', [
        ('From', 'Tallapoosa SO Records <tallapoosaso.records@gmail.com>'),
        ('To', 'Records Desk <%s>' % plus(8)),
        ('Subject', 'Re: ' + REQ_SUBJ[8]),
        ('Date', 'Mon, 28 Sep 2026 10:20:47 -0500'),
        ('Message-ID', '<CAJ7pQx3Lw0r9Tq=Vb1Nf6Uo2kXg8mYs5cE4a@mail.gmail.com>'),
        ('In-Reply-To', REQ_MID[8]),
        ('References', REQ_MID[8]),
    ], text(body, cte='quoted-printable'))


def m017():
    b = rand_boundary(17)
    msg = ("Good morning. The NOPD Public Integrity Bureau is compiling the Use of Force Review Board minutes and "
           "the case summaries for the period you requested. Because of the number of meetings involved and the "
           "review required under La. R.S. 44:3 for summaries of cases that remain open, the records are in "
           "active use and not immediately available. We anticipate providing responsive records by "
           "October 30, 2026. Thank you for your patience.")
    plain = """City of New Orleans

A message was added to record request #26-5127:

%s

- NOPD Public Records (Legal Bureau)

View request: https://nola.nextrequest.com/requests/26-5127
Please reply through the portal.""" % msg
    htm = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">'
           '<p style="font-size:18px"><b>City of New Orleans</b></p><p>A message was added to record request '
           '<a href="https://nola.nextrequest.com/requests/26-5127">#26-5127</a>:</p>'
           '<blockquote style="border-left:3px solid #ccc;padding-left:10px">%s<br><br>&ndash; NOPD Public '
           'Records (Legal Bureau)</blockquote><p>Please reply through the portal.</p>'
           '<p style="font-size:11px;color:#999">Powered by NextRequest</p></body></html>' % msg)
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('017-nopd-nextrequest-message-extension.eml', [
        ('From', 'City of New Orleans <nola@mail.nextrequest.com>'),
        ('To', 'records@records.example.org'),
        ('Subject', '[Records Request] Record request #26-5127: new message'),
        ('Date', 'Tue, 29 Sep 2026 11:45:02 -0500'),
        ('Message-ID', '<66f9827e4d1a7_5a3f2ad1c5d0c912@nextrequest-mailer.mail>'),
        ('Auto-Submitted', 'auto-generated'),
    ], mime)


def m018():
    htm = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #c9c9c9">
<tr><td style="background:#1b365d;color:#fff;padding:10px 14px;font-size:16px">Alabama Open Records Center</td></tr>
<tr><td style="padding:14px">
<p>Request <b>ADOC-26-00418</b> has been updated.</p>
<p>A new message is available in your request history. Sign in to the Alabama Open Records Center to read it
and to respond.</p>
<p><a href="https://openrecords.alabama.gov/requests/ADOC-26-00418">View request ADOC-26-00418</a></p>
</td></tr>
<tr><td style="background:#eee;padding:8px 14px;font-size:11px;color:#666">This is an automated message
from the Alabama Open Records Center. Messages sent to this address are not read.</td></tr>
</table></body></html>"""
    return write('018-adoc-portal-updated.eml', [
        ('From', 'Alabama Open Records Center <noreply@openrecords.alabama.gov>'),
        ('To', plus(2)),
        ('Subject', 'Request ADOC-26-00418 has been updated'),
        ('Date', 'Wed, 30 Sep 2026 09:05:55 -0500'),
        ('Message-ID', '<0100019a3c0e91aa-2b7d5c10-ADOC-26-00418@openrecords.alabama.gov>'),
        ('Auto-Submitted', 'auto-generated'),
    ], html(htm))


def m019():
    body = """Your public records request was received on 9/29/26 and has been
assigned PRR 26-2231. You will receive a response in accordance with
La. R.S. 44:32 and 44:33.

JPSO Public Records
Jefferson Parish Sheriff's Office
1233 Westbank Expressway, Harvey, LA 70058"""
    return write('019-jpso-ack-prr.eml', [
        ('From', 'JPSO Public Records <publicrecords@jpso.com>'),
        ('To', plus(12)),
        ('Subject', 'RE: ' + REQ_SUBJ[12]),
        ('Date', 'Wed, 30 Sep 2026 13:33:40 -0500'),
        ('Message-ID', '<000a01dd3151$5e2b7c90$1a8275b0$@jpso.com>'),
        ('In-Reply-To', REQ_MID[12]),
        ('References', REQ_MID[12]),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Content-Language', 'en-us'),
    ], text(body))


def m020():
    body = """We have had 3 deaths in custody since 2021. Do you want just the incident reports? The ALEA investigation files are not ours you would have to ask them for those. The medical contract I think is thru the county commission not us.

Brenda

On Mon, Sep 14, 2026 at 2:07 PM Tallapoosa SO Records <tallapoosaso.records@gmail.com> wrote:

> Received. Will get it to the Sheriff and let you know something.
>
> On Tue, Sep 8, 2026 at 3:12 PM Records Desk <records@records.example.org> wrote:
>
>> To the Records Custodian, Tallapoosa County Sheriff's Office:
>>
>> Under the Alabama Open Records Act, Ala. Code Sec. 36-12-40, I request copies of: [...]
"""
    return write('020-tallapoosa-gmail-clarify-deaths.eml', [
        ('From', 'Tallapoosa SO Records <tallapoosaso.records@gmail.com>'),
        ('To', 'Records Desk <%s>' % plus(1)),
        ('Subject', 'Re: ' + REQ_SUBJ[1]),
        ('Date', 'Fri, 02 Oct 2026 10:10:15 -0500'),
        ('Message-ID', '<CAJ7pQx5nR2e=Hs8Kd0Wq3Yb7mLu1Tg9vZ6c@mail.gmail.com>'),
        ('In-Reply-To', '<CAJ7pQx0hT5b=Fk2m9vR3oKx8wqL4nDz1sY6u@mail.gmail.com>'),
        ('References', REQ_MID[1] + ' <CAJ7pQx0hT5b=Fk2m9vR3oKx8wqL4nDz1sY6u@mail.gmail.com>'),
    ], text(body, cte='quoted-printable'))


if __name__ == '__main__':
    for f in [m011, m012, m013, m014, m015, m016, m017, m018, m019, m020]:
        print(f())
