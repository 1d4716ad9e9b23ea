#!/usr/bin/env python3
"""Messages 021-030 (October 2-8, 2026)."""
from emlkit import (Leaf, Multi, text, html, pdf_part, write, quote, make_pdf, plus, REQ_MID, REQ_SUBJ,
                    rand_boundary)


def m021():
    b = rand_boundary(21)
    lines = [
        'JEFFERSON PARISH SHERIFF\'S OFFICE',
        'Legal Division - Public Records',
        '1233 Westbank Expressway, Harvey, Louisiana 70058',
        '',
        'October 2, 2026',
        '',
        'Records Desk',
        'records@records.example.org',
        '',
        'RE:  Public Records Request PRR 26-2231',
        '     Internal affairs complaints - Crime Suppression Unit, 2023-2026',
        '',
        'Dear Requester:',
        '',
        'The Jefferson Parish Sheriff\'s Office received your public records request on',
        'September 29, 2026. The records you describe are maintained by the Public',
        'Integrity Bureau and are presently in active use in pending administrative and',
        'criminal matters, and they are not immediately available.',
        '',
        'Pursuant to La. R.S. 44:33(B)(1), I hereby certify that the requested records are',
        'in active use, and I fix Wednesday, October 21, 2026, at 10:00 a.m. as the date',
        'and hour on which the Sheriff\'s Office will state its determination and on which',
        'any records that are subject to disclosure will be available for inspection or',
        'copying.',
        '',
        'Please be advised that records pertaining to pending criminal litigation, or',
        'criminal litigation that is reasonably anticipated, are exempt from disclosure',
        'under La. R.S. 44:3(A)(1) and may be withheld.',
        '',
        'Sincerely,',
        '',
        'Capt. Renard Boudreaux',
        'Custodian of Records',
        'Jefferson Parish Sheriff\'s Office',
    ]
    pdf = make_pdf([lines], title='PRR 26-2231 Certification', producer='Microsoft: Print To PDF',
                   creator='Microsoft Word', date='20261002143900')
    body = """Please see the attached correspondence regarding PRR 26-2231.

JPSO Public Records
Jefferson Parish Sheriff's Office"""
    mime = Multi('mixed', [text(body), pdf_part(pdf, 'PRR 26-2231 Certification.pdf')], b)
    return write('021-jpso-3day-certification-pdf.eml', [
        ('From', 'JPSO Public Records <publicrecords@jpso.com>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'PRR 26-2231 - Custodian\'s Certification'),
        ('Date', 'Fri, 02 Oct 2026 14:50:26 -0500'),
        ('Message-ID', '<001b01dd32ef$0a7c1e40$1f745ac0$@jpso.com>'),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Content-Language', 'en-us'),
    ], mime)


def m022():
    htm = """<html><body style="font-family:Verdana,Arial;font-size:9pt">
<p>Dear Records Desk,</p>
<p>The City of Jackson has located records responsive to your public records request
<b>R002957-091426</b>. Under Miss. Code Ann. &sect; 25-61-7 and the City&rsquo;s public records fee schedule,
the estimated cost of producing the records is shown below.</p>
<table border="1" cellspacing="0" cellpadding="4" style="font-size:9pt;border-collapse:collapse">
<tr style="background:#e6e6e6"><td>Item</td><td>Quantity</td><td>Rate</td><td>Amount</td></tr>
<tr><td>Search, review and redaction (Records Unit)</td><td>3.5 hrs</td><td>$22.00</td><td>$77.00</td></tr>
<tr><td>Copies</td><td>19 pages</td><td>$0.50</td><td>$9.50</td></tr>
<tr><td colspan="3"><b>Estimated total</b></td><td><b>$86.50</b></td></tr>
</table>
<p>Payment of the estimated cost is required before the records are produced. Your request has been placed
on hold pending payment. You may pay online through the Public Records Center. If payment is not received
within thirty (30) days, your request will be considered withdrawn.</p>
<p>City of Jackson<br>Public Records</p>
</body></html>"""
    return write('022-jackson-govqa-fee-estimate.eml', [
        ('From', 'City of Jackson Public Records Center <jacksonms@govqa.us>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'Public Records Request :: R002957-091426 - Payment Required'),
        ('Date', 'Fri, 02 Oct 2026 16:05:38 -0500'),
        ('Message-ID', '<e73d0b1a5f8c4a21b6d094c3@govqa.us>'),
    ], html(htm))


def m023():
    htm = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #c9c9c9">
<tr><td style="background:#1b365d;color:#fff;padding:10px 14px;font-size:16px">Alabama Open Records Center</td></tr>
<tr><td style="padding:14px">
<p>Records Desk,</p>
<p>Your public records request has been received by the <b>Alabama Department of Corrections</b>
and entered in the Alabama Open Records Center.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:12px">
<tr><td>Request Number</td><td><b>ADOC-26-00577</b></td></tr>
<tr><td>Agency</td><td>Department of Corrections &ndash; Public Records</td></tr>
<tr><td>Date Received</td><td>10/05/2026</td></tr>
<tr><td>Description</td><td>Monthly correctional staffing reports and post-vacancy reports, all facilities,
January 2025 to present</td></tr>
<tr><td>Status</td><td>Acknowledged</td></tr>
</table>
<p>This notice is the acknowledgment required by Ala. Code &sect; 36-12-44(a). Unless your request is
designated time-intensive, the agency will provide a substantive response within fifteen (15) business
days of this acknowledgment. Fees for copies and for staff time on time-intensive requests may apply;
you will be notified before any fee is incurred.</p>
<p>Please do not reply to this email. To add information or view documents, sign in at
<a href="https://openrecords.alabama.gov/requests/ADOC-26-00577">openrecords.alabama.gov</a>.</p>
</td></tr>
<tr><td style="background:#eee;padding:8px 14px;font-size:11px;color:#666">This is an automated message
from the Alabama Open Records Center. Messages sent to this address are not read.</td></tr>
</table></body></html>"""
    return write('023-adoc-portal-ack-staffing.eml', [
        ('From', 'Alabama Open Records Center <noreply@openrecords.alabama.gov>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'Request ADOC-26-00577 received - Alabama Open Records Center'),
        ('Date', 'Mon, 05 Oct 2026 09:02:13 -0500'),
        ('Message-ID', '<0100019a5d7f03c4-91e2ab7f-ADOC-26-00577@openrecords.alabama.gov>'),
        ('Auto-Submitted', 'auto-generated'),
    ], html(htm))


def m024():
    b = rand_boundary(24, 'gmail')
    orig = """Return-Path: <records@records.example.org>
Received: by mail-qt1-f171.google.com with SMTP id d75a77b69052e-4b2f
        for <tallapoosaso.records@gmail.com>; Mon, 05 Oct 2026 11:40:58 -0700 (PDT)
From: Records Desk <records@records.example.org>
Reply-To: records+req-001@records.example.org
To: Tallapoosa SO Records <tallapoosaso.records@gmail.com>
Subject: Re: Open Records Request: Tallapoosa County Jail in-custody deaths
 and jail medical provider records, 2021-2026
Date: Mon, 5 Oct 2026 13:40:52 -0500
Message-ID: <req-001.20261005.2@records.example.org>
In-Reply-To: <CAJ7pQx5nR2e=Hs8Kd0Wq3Yb7mLu1Tg9vZ6c@mail.gmail.com>
References: <req-001.20260908.1@records.example.org>
 <CAJ7pQx0hT5b=Fk2m9vR3oKx8wqL4nDz1sY6u@mail.gmail.com>
 <CAJ7pQx5nR2e=Hs8Kd0Wq3Yb7mLu1Tg9vZ6c@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Thanks, Brenda. Yes - the incident reports for all three deaths, 2021 to
now, are what we need. We'll ask ALEA for its files separately and send
the medical contract request to the County Commission.

Records Desk
"""
    plain = """** Message not delivered **

Your message couldn't be delivered to tallapoosaso.records@gmail.com
because the recipient's inbox is full. The recipient needs to free up
space or add storage before they can receive more email.

The response was:

552-5.2.2 The recipient's inbox is out of storage space and inactive.
Please direct the recipient to
552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm
"""
    htm = """<html><head></head><body>
<table cellpadding="0" cellspacing="0" style="padding-top:32px;background-color:#ffffff"><tr><td>
<p style="font-family:Google Sans,Roboto,Helvetica,Arial,sans-serif;font-size:24px;color:#d93025">
Message not delivered</p>
<p style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;color:#202124">Your message couldn't
be delivered to <b>tallapoosaso.records@gmail.com</b> because the recipient's inbox is full. The recipient
needs to free up space or add storage before they can receive more email.</p>
<p style="font-family:monospace;font-size:12px;color:#3c4043">The response was:<br>552-5.2.2 The recipient's
inbox is out of storage space and inactive. Please direct the recipient to 552 5.2.2
https://support.google.com/mail/?p=OverQuotaPerm</p>
</td></tr></table></body></html>"""
    dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 05 Oct 2026 11:40:58 -0700 (PDT)
X-Original-Message-ID: <req-001.20261005.2@records.example.org>

Final-Recipient: rfc822; tallapoosaso.records@gmail.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.115.26, the server
 for the domain gmail.com.)
Diagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage
 space and inactive. 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm
Last-Attempt-Date: Mon, 05 Oct 2026 11:41:02 -0700 (PDT)"""
    inner = Multi('alternative', [text(plain), html(htm)], b + 'a')
    mime = Multi('report', [inner, Leaf('message/delivery-status', dsn, charset=None),
                            Leaf('message/rfc822', orig, charset=None)], b,
                 params='; report-type=delivery-status')
    return write('024-bounce-gmail-overquota-tallapoosa.eml', [
        ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
        ('To', 'records@records.example.org'),
        ('Auto-Submitted', 'auto-replied'),
        ('Subject', 'Delivery Status Notification (Failure)'),
        ('Date', 'Mon, 05 Oct 2026 11:41:02 -0700'),
        ('Message-ID', '<66fd84ae.050a0220.1c3e2b.91f3.GMR@mx.google.com>'),
        ('References', '<req-001.20261005.2@records.example.org>'),
        ('In-Reply-To', '<req-001.20261005.2@records.example.org>'),
        ('X-Failed-Recipients', 'tallapoosaso.records@gmail.com'),
    ], mime)


def m025():
    body = """Good morning,

Regarding tracking number F26-1187:

Part of your request seeks records more than twenty-four months old (the
school resource officer agreements and incident reports from 2023 and
early 2024). For those records, S.C. Code Sec. 30-4-30(C) gives the
Department twenty business days to make its determination. The Department
will notify you of its determination on or before October 20, 2026.

If the Department determines that records will be released, a fee estimate
will accompany that notice.

Sgt. Tamika Pressley
FOIA Coordinator
Richland County Sheriff's Department
803-576-3000

-----Original Message-----
From: Tamika Pressley <tpressley@rcsd.net>
Sent: Thursday, September 24, 2026 8:55 AM
To: Records Desk <records+req-009@records.example.org>
Cc: FOIA <foia@rcsd.net>
Subject: RE: %s

Good morning,

Your request under the South Carolina Freedom of Information Act was
received by the Richland County Sheriff's Department on September 22, 2026
and has been assigned tracking number F26-1187. [...]""" % REQ_SUBJ[9]
    return write('025-rcsd-20-business-days-older-records.eml', [
        ('From', 'Tamika Pressley <tpressley@rcsd.net>'),
        ('To', 'Records Desk <%s>' % plus(9)),
        ('CC', 'FOIA <foia@rcsd.net>'),
        ('Subject', 'RE: ' + REQ_SUBJ[9]),
        ('Thread-Topic', REQ_SUBJ[9]),
        ('Thread-Index', 'AQHdLBr9QnX1Vw0kREmK3bZ8f5c2aYAC7tPw'),
        ('Date', 'Tue, 06 Oct 2026 10:30:44 -0400'),
        ('Message-ID', '<MN2PR14MB4096D1E07A5B3F92@MN2PR14MB4096.namprd14.prod.outlook.com>'),
        ('In-Reply-To', '<MN2PR14MB40963F2A1D0B7C58@MN2PR14MB4096.namprd14.prod.outlook.com>'),
        ('References', REQ_MID[9] + '\n <MN2PR14MB40963F2A1D0B7C58@MN2PR14MB4096.namprd14.prod.outlook.com>'),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-OriginatorOrg', 'rcsd.net'),
    ], text(body))


def m026():
    b = rand_boundary(26, 'outlook')
    contract = [
        'FOOD SERVICE AGREEMENT',
        'Harrison County Adult Detention Center',
        '',
        'This Agreement is entered into by the Harrison County Board of Supervisors',
        '("County") and Gulf Coast Correctional Dining, LLC ("Contractor").',
        '',
        '1. TERM. October 1, 2024 through September 30, 2027, with two optional',
        '   one-year renewals by order of the Board.',
        '2. SERVICES. Contractor shall prepare and serve three meals daily to',
        '   inmates, including medical and religious diets.',
        '3. PRICE. $1.87 per meal served for the first contract year; adjusted',
        '   annually by the CPI-U, not to exceed 3 percent.',
        '4. INSPECTIONS. Contractor shall permit inspection of the kitchen by the',
        '   County, the Sheriff, and any health authority at any time.',
        '',
        'Amendment No. 1 (October 1, 2025): price per meal $1.92.',
        '',
        'Bid tabulation, RFP 2024-14 (opened July 23, 2024):',
        '  Gulf Coast Correctional Dining, LLC ......... $1.87/meal',
        '  Southern Institutional Foods, Inc. .......... $2.04/meal',
        '  Magnolia Correctional Services .............. $2.11/meal',
    ]
    pdf = make_pdf([contract], title='PR26-0117 Food Service Agreement', producer='Adobe PDF Library 23.1',
                   creator='Acrobat PDFMaker 23 for Word', date='20261006150200')
    reply = """Good afternoon,

Attached for PR26-0117 is the food service agreement for the Adult
Detention Center, Amendment No. 1, and the bid tabulation from the 2024
RFP. There is no charge for these.

Jail administration is still pulling the kitchen inspection reports. I
will send whatever they have as soon as I receive it.

Renee Ladner
Deputy Clerk, Board of Supervisors
Harrison County, Mississippi"""
    alt = Multi('alternative', [text(reply), html(
        '<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">%s</div></body></html>'
        % '<br>'.join(reply.split('\n')))], b + 'alt')
    mime = Multi('mixed', [alt, pdf_part(pdf, 'PR26-0117 Food Service Agreement and Bid Tab.pdf')], b)
    return write('026-harrison-interim-contract.eml', [
        ('From', 'Renee Ladner <rladner@co.harrison.ms.us>'),
        ('To', 'Records Desk <%s>' % plus(5)),
        ('Subject', 'RE: ' + REQ_SUBJ[5]),
        ('Thread-Topic', REQ_SUBJ[5]),
        ('Thread-Index', 'AQHdJ4Qm8bLxk0ZpTEmN6wq2rV9c5YAAbq3XgAJx1Ko='),
        ('Date', 'Tue, 06 Oct 2026 15:10:09 -0500'),
        ('Message-ID', '<SA1PR09MB8832E91F0C3A7B55@SA1PR09MB8832.namprd09.prod.outlook.com>'),
        ('In-Reply-To', '<SA1PR09MB88320B7E2C5D9A41@SA1PR09MB8832.namprd09.prod.outlook.com>'),
        ('References', REQ_MID[5] + '\n <SA1PR09MB8832C4F1A7B2E3D9@SA1PR09MB8832.namprd09.prod.outlook.com>'
         '\n <SA1PR09MB88320B7E2C5D9A41@SA1PR09MB8832.namprd09.prod.outlook.com>'),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
        ('X-OriginatorOrg', 'co.harrison.ms.us'),
    ], mime)


def m027():
    b = rand_boundary(27)
    msg = ("SCDC has reviewed your request. Before we can proceed, please clarify the following: (1) For the "
           "managed-access system, do you want only the contract with the vendor and its amendments, or also "
           "task orders, site acceptance documents and invoices? (2) For contraband cell phones, SCDC records "
           "seizure incidents, not individual devices, by month and institution. Would incident counts meet "
           "your need? Please respond through the portal. If we do not receive a response within ten business "
           "days, the request may be closed.")
    plain = """South Carolina Department of Corrections

A new message has been posted to your request SCDC-FOIA-2026-0388.

"%s"

FOIA Office, Office of General Counsel

Respond: https://scdc.justfoia.com/publicportal/home/track

This is an automated message. Replies to this address are not delivered.""" % msg
    htm = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px"><div style="border-top:4px '
           'solid #00355f;padding:12px"><h3 style="margin:0 0 8px 0">South Carolina Department of Corrections</h3>'
           '<p>A new message has been posted to your request <b>SCDC-FOIA-2026-0388</b>.</p><blockquote>%s<br><br>'
           'FOIA Office, Office of General Counsel</blockquote><p><a href="https://scdc.justfoia.com/publicportal/'
           'home/track">Respond in the portal</a></p><p style="color:#888;font-size:12px">This is an automated '
           'message. Replies to this address are not delivered. Powered by JustFOIA.</p></div></body></html>' % msg)
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('027-scdc-justfoia-clarification.eml', [
        ('From', 'SC Department of Corrections <noreply@justfoia.com>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'New message on request SCDC-FOIA-2026-0388'),
        ('Date', 'Wed, 07 Oct 2026 12:20:31 -0400'),
        ('Message-ID', '<0101019a6a1be2f0-7c0d45e3-scdc-0388@email.justfoia.com>'),
        ('Auto-Submitted', 'auto-generated'),
    ], mime)


def m028():
    b = rand_boundary(28, 'gmail')
    hdrs = """Return-Path: <records@records.example.org>
From: Records Desk <records@records.example.org>
Reply-To: records+req-010@records.example.org
To: SC Department of Corrections <noreply@justfoia.com>
Subject: Re: New message on request SCDC-FOIA-2026-0388
Date: Wed, 7 Oct 2026 13:04:40 -0400
Message-ID: <req-010.20261007.2@records.example.org>
In-Reply-To: <0101019a6a1be2f0-7c0d45e3-scdc-0388@email.justfoia.com>
References: <0101019a6a1be2f0-7c0d45e3-scdc-0388@email.justfoia.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
"""
    plain = """** Address not found **

Your message wasn't delivered to noreply@justfoia.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <noreply@justfoia.com>: Recipient address rejected: This mailbox
does not accept incoming mail. Please respond through the portal.
"""
    dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 07 Oct 2026 10:04:41 -0700 (PDT)
X-Original-Message-ID: <req-010.20261007.2@records.example.org>

Final-Recipient: rfc822; noreply@justfoia.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (52.94.8.121, the
 server for the domain justfoia.com.)
Diagnostic-Code: smtp; 550 5.1.1 <noreply@justfoia.com>: Recipient address
 rejected: This mailbox does not accept incoming mail.
Last-Attempt-Date: Wed, 07 Oct 2026 10:04:43 -0700 (PDT)"""
    mime = Multi('report', [text(plain), Leaf('message/delivery-status', dsn, charset=None),
                            Leaf('text/rfc822-headers', hdrs, charset=None)], b,
                 params='; report-type=delivery-status')
    return write('028-bounce-justfoia-noreply.eml', [
        ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
        ('To', 'records@records.example.org'),
        ('Auto-Submitted', 'auto-replied'),
        ('Subject', 'Delivery Status Notification (Failure)'),
        ('Date', 'Wed, 07 Oct 2026 10:04:43 -0700'),
        ('Message-ID', '<6704147b.170a0220.2e5d91.04c1.GMR@mx.google.com>'),
        ('X-Failed-Recipients', 'noreply@justfoia.com'),
    ], mime)


def m029():
    b = rand_boundary(29, 'outlook')
    lines = [
        'MOBILE COUNTY COMMISSION',
        'OFFICE OF THE COUNTY ATTORNEY',
        'Government Plaza - 205 Government Street - Mobile, Alabama 36644',
        '',
        'October 8, 2026',
        '',
        'VIA ELECTRONIC MAIL',
        'Records Desk',
        'records@records.example.org',
        '',
        '          Re:  Open Records Request - Metro Jail Medical Services Contract',
        '               Our File No. MC-ORR-26-031',
        '               NOTICE OF TIME-INTENSIVE REQUEST',
        '',
        'Dear Sir or Madam:',
        '',
        'Further to our letter of September 17, 2026, please be advised that your request',
        'has been determined to be a time-intensive request within the meaning of Ala.',
        'Code Sec. 36-12-43, as it will require more than eight hours of staff time to',
        'retrieve, review and redact. The invoices requested comprise approximately',
        '1,400 pages in twenty-one monthly billing packets, each of which contains',
        'protected health information of inmates that must be redacted before release.',
        '',
        'The Commission anticipates providing a substantive response to your request on',
        'or before November 20, 2026. Should additional time be required, you will be',
        'notified in writing.',
        '',
        'Staff time in excess of eight hours may be charged in accordance with the',
        'Commission\'s fee schedule. Any such charge will be communicated to you in',
        'advance, and no charge will be incurred without your approval.',
        '',
        'Very truly yours,',
        '',
        '/s/ J. Whitfield Rowe',
        'J. Whitfield Rowe',
        'County Attorney',
        '',
        'JWR/tp',
    ]
    pdf = make_pdf([lines], title='MC-ORR-26-031 Time-Intensive Notice', producer='Canon iR-ADV C5840 PDF',
                   creator='Canon iR-ADV C5840 / OCR', font='Times-Roman', size=11, leading=14,
                   scanned=True, seed=29, date='20261008094000')
    body = """Good morning,

Please see the attached letter from Mr. Rowe regarding your open records
request.

Tonya Pettaway
Legal Assistant
Mobile County Attorney's Office
(251) 574-5000"""
    mime = Multi('mixed', [text(body), pdf_part(pdf, 'MC-ORR-26-031 Time-Intensive Notice.pdf')], b)
    return write('029-mobileco-time-intensive-notice-pdf.eml', [
        ('From', 'Tonya Pettaway <tpettaway@mobilecountyal.gov>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'Open Records Request - Jail Medical Contract'),
        ('Thread-Topic', 'Open Records Request - Jail Medical Contract'),
        ('Thread-Index', 'AdkzQ0b8mE7tRfZTRg6n2bq3Jv1u9A=='),
        ('Date', 'Thu, 08 Oct 2026 09:45:20 -0500'),
        ('Message-ID', '<CH2PR09MB4410F0B2A6D87E13@CH2PR09MB4410.namprd09.prod.outlook.com>'),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
        ('X-OriginatorOrg', 'mobilecountyal.gov'),
    ], mime)


def m030():
    body = """Desk - GBI's lawyer emailed me directly since my name is on the request
letter. Can someone call him this week? I'm in Macon covering the trial
through Friday. I'd take the files with closed prosecutions first.

Keisha

---------- Forwarded message ---------
From: Jonathan Pruitt <jonathan.pruitt@gbi.ga.gov>
Date: Thu, Oct 8, 2026 at 1:47 PM
Subject: Open Records Request 26-ORR-0392 - scheduling a call
To: Keisha Odom <kodom@records.example.org>


Ms. Odom,

I am an attorney in the GBI Office of Legal Counsel assisting with your
request for the 2025 officer-involved shooting case files. Several of
those files were returned to district attorneys whose prosecution
decisions are still pending, and a number include body-worn camera and
dash camera video that is large and slow to review.

I would like to talk with you by phone about which files you would like us
to process first and whether you need the video or only the written case
reports. Please call me at 404-270-8850 or send me two or three times that
work for you this week or next.

Thank you,

Jonathan Pruitt
Staff Attorney, Office of Legal Counsel
Georgia Bureau of Investigation
"""
    return write('030-fwd-gbi-call-request.eml', [
        ('From', 'Keisha Odom <kodom@records.example.org>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'Fwd: Open Records Request 26-ORR-0392 - scheduling a call'),
        ('Date', 'Thu, 08 Oct 2026 14:12:09 -0400'),
        ('Message-ID', '<CAK2n9Rb7wQe0sDm4Hx1Vf8p3TzNc6Lj5Ya@mail.gmail.com>'),
        ('In-Reply-To', '<DM6PR09MB556741C8A0E3B7F2@DM6PR09MB5567.namprd09.prod.outlook.com>'),
        ('References', '<DM6PR09MB556741C8A0E3B7F2@DM6PR09MB5567.namprd09.prod.outlook.com>'),
    ], text(body))


if __name__ == '__main__':
    for f in [m021, m022, m023, m024, m025, m026, m027, m028, m029, m030]:
        print(f())
