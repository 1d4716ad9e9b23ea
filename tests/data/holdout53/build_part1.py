"""Messages 001-010 (September 8-14, 2026)."""
from build_common import *
from mimekit import text_part, b64_part, multipart, boundary, date_hdr, make_pdf


def m001():
    # Postfix DSN from UCLA's internal relay: the cc copy of REQ-001 to an old Athletics business-office list failed.
    b = boundary('001')
    human = """This is the mail system at host smtp-relay2.it.ucla.edu.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<athbusoffice@athletics.ucla.edu>: host mail-in.athletics.ucla.edu[164.67.21.80]
    said: 550 5.1.1 <athbusoffice@athletics.ucla.edu>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    status = """Reporting-MTA: dns; smtp-relay2.it.ucla.edu
X-Postfix-Queue-ID: 4Qm7Hk2bXnz9vRt
X-Postfix-Sender: rfc822; records@quadledger.example.org
Arrival-Date: Tue,  8 Sep 2026 09:58:37 -0700 (PDT)

Final-Recipient: rfc822; athbusoffice@athletics.ucla.edu
Original-Recipient: rfc822;athbusoffice@athletics.ucla.edu
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail-in.athletics.ucla.edu
Diagnostic-Code: smtp; 550 5.1.1 <athbusoffice@athletics.ucla.edu>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    orig = """Return-Path: <records@quadledger.example.org>
Received: from mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])
	by smtp-relay2.it.ucla.edu (Postfix) with ESMTPS id 4Qm7Hk2bXnz9vRt;
	Tue,  8 Sep 2026 09:58:37 -0700 (PDT)
From: Quad Ledger Records Desk <records@quadledger.example.org>
Reply-To: records+req-001@quadledger.example.org
To: UCLA Public Records <publicrecords@finance.ucla.edu>
Cc: athbusoffice@athletics.ucla.edu
Subject: %s
Date: Tue, 08 Sep 2026 09:58:21 -0700
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
""" % (subj('REQ-001'), mid('REQ-001'))
    body = multipart('report', [
        text_part(human, extra_headers=['Content-Description: Notification']),
        'Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + status,
        'Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n' + orig,
    ], b, params='; report-type=delivery-status')
    hs = std('MAILER-DAEMON@smtp-relay2.it.ucla.edu (Mail Delivery System)', 'records@quadledger.example.org',
             'Tue, 08 Sep 2026 09:58:39 -0700 (PDT)', 'Undelivered Mail Returned to Sender',
             '<20260908165839.7C1F8402A1@smtp-relay2.it.ucla.edu>',
             extra=[('Auto-Submitted', 'auto-replied')])
    save('001-ucla-dsn-athletics-cc.eml', hs, body)


def m002():
    txt = """Thank you for writing to the U.S. Department of Education FOIA Service Center.

This automatic reply confirms only that your message reached the EDFOIAManager
mailbox. It is not an acknowledgment of a Freedom of Information Act request.
Requests are logged in the order they arrive; once your request is entered you
will receive an acknowledgment letter with a request number (for example,
26-00000-F). Please allow up to five business days for that letter.

To check on a request that already has a number, use the FOIA Public Access
Link or call the FOIA Service Center at (202) 401-8365. Please do not resend
the same request, as duplicates slow processing for everyone.

This mailbox does not accept Privacy Act requests for student loan records;
for those, please contact Federal Student Aid.
"""
    hs = std('EDFOIAManager <EDFOIAManager@ed.gov>', 'Quad Ledger Records Desk <records@quadledger.example.org>',
             'Tue, 8 Sep 2026 21:49:12 +0000', 'Automatic reply: ' + subj('REQ-014'),
             outlook_mid('002', 'namprd09'), irt=mid('REQ-014'), refs=mid('REQ-014'),
             extra=[('Thread-Topic', subj('REQ-014')), ('Thread-Index', thread_index('002')),
                    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                    ('X-MS-Exchange-Inbox-Rules-Loop', 'EDFOIAManager@ed.gov'),
                    ('X-MS-Exchange-Organization-AutoResponse', 'AutoReply'),
                    ('Accept-Language', 'en-US'), ('Content-Language', 'en-US')])
    save('002-ed-autoreply-fsa.eml', hs, text_part(txt))


def m003():
    inner = """<p>Dear Quad Ledger Records Desk:</p>
<p>Thank you for contacting The Ohio State University. Your public records request has been entered in the
Public Records Center and will be handled under Ohio Revised Code 149.43.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:9pt">
<tr><td style="background:#eeeeee"><b>Reference #</b></td><td>R002915-090926</td></tr>
<tr><td style="background:#eeeeee"><b>Received</b></td><td>9/9/2026</td></tr>
<tr><td style="background:#eeeeee"><b>Campus / Unit</b></td><td>Columbus &ndash; Department of Athletics</td></tr>
<tr><td style="background:#eeeeee"><b>Request</b></td><td>Amendments to the head football coach employment agreement executed 1/1/2024 to present;
current all-sports apparel and equipment agreement with amendments.</td></tr>
<tr><td style="background:#eeeeee"><b>Delivery</b></td><td>Electronic</td></tr>
</table>
<p>Ohio law does not set a fixed number of days for a response. Our office will provide responsive public records
promptly and within a reasonable period of time, taking into account the volume of records and the review needed.
Where records or portions of records are exempt from disclosure we will tell you the legal basis.</p>
<p>Please keep the reference number above for any questions about this request.</p>
<p>Office of Public Records<br>The Ohio State University</p>"""
    hs = std(OSU_PORTAL_FROM, 'records@quadledger.example.org', 'Wed, 9 Sep 2026 10:05:33 -0400',
             'Public Records Request :: R002915-090926', '<0f3a81c2b7d94e1e9c21a7e1d0b5a644@govqa.us>',
             extra=[('X-Mailer', 'GovQA Notification Service'), ('Auto-Submitted', 'auto-generated')])
    save('003-osu-govqa-ack-athletics.eml', hs, text_part(osu_portal_html(inner), 'html', force_qp=True))


def m004():
    txt = """Good morning,

This acknowledges receipt of your California Public Records Act request
(below), which our office received on September 8, 2026. It has been assigned
PRR #26-4410. Please include that number in any correspondence about this
request.

We have asked UCLA Athletics to search for the coaching agreements and the
multimedia rights agreement. Within 10 days of receipt, as Government Code
section 7922.535 requires, we will let you know whether the University has
disclosable records and when we expect to provide them.

Best,

Denise Okafor
Public Records Analyst
Records Management & Information Practices
UCLA Administrative Policies & Compliance Office
publicrecords@finance.ucla.edu | 310-794-8741
""" + quote_outlook('REQ-001')
    hs = std('Okafor, Denise <dokafor@finance.ucla.edu>', 'Quad Ledger Records Desk <records+req-001@quadledger.example.org>',
             'Wed, 9 Sep 2026 18:20:47 +0000', 'RE: ' + subj('REQ-001'), outlook_mid('004'),
             irt=mid('REQ-001'), refs=mid('REQ-001'), cc='UCLA Public Records <publicrecords@finance.ucla.edu>',
             extra=outlook_headers('004', subj('REQ-001')))
    save('004-ucla-ack-prr-26-4410.eml', hs, text_part(txt))


def m005():
    plain = """Dear Requestor,

The University of Texas at Austin received your request for public
information on September 9, 2026. The request has been assigned tracking
number 2026-PIR-01473. Please refer to this number in any communication with
our office.

Requested: emails of the President and the Executive Vice President and
Provost containing "SB 37", "Senate Bill 37", "curriculum review" or
"general education review", June 1 - August 31, 2026.

The University will promptly release information that is not excepted from
disclosure under the Texas Public Information Act. If we cannot produce the
information within ten business days, we will certify that in writing and
set a date and hour within a reasonable time when it will be available. If
we believe any of the information is excepted from disclosure, we will ask
the Office of the Attorney General for a decision within ten business days of
receiving your request and send you a copy of that correspondence.

If charges will exceed $40, we will send you an itemized statement before
proceeding.

Public Information Office
Office of the Vice President for Legal Affairs
The University of Texas at Austin
"""
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Requestor,</p>
<p>The University of Texas at Austin received your request for public information on <b>September 9, 2026</b>.
The request has been assigned tracking number <b>2026-PIR-01473</b>. Please refer to this number in any
communication with our office.</p>
<p><i>Requested:</i> emails of the President and the Executive Vice President and Provost containing
&quot;SB 37&quot;, &quot;Senate Bill 37&quot;, &quot;curriculum review&quot; or &quot;general education review&quot;,
June 1 &ndash; August 31, 2026.</p>
<p>The University will promptly release information that is not excepted from disclosure under the Texas Public
Information Act. If we cannot produce the information within ten business days, we will certify that in writing and
set a date and hour within a reasonable time when it will be available. If we believe any of the information is
excepted from disclosure, we will ask the Office of the Attorney General for a decision within ten business days of
receiving your request and send you a copy of that correspondence.</p>
<p>If charges will exceed $40, we will send you an itemized statement before proceeding.</p>
<p style="color:#bf5700"><b>Public Information Office</b><br>Office of the Vice President for Legal Affairs<br>
The University of Texas at Austin</p>
</body></html>"""
    b = boundary('005')
    body = multipart('alternative', [text_part(plain), text_part(html, 'html', force_qp=True)], b)
    hs = std('UT Austin Public Information <publicinfo@austin.utexas.edu>',
             'records+req-003@quadledger.example.org', 'Wed, 9 Sep 2026 19:30:02 +0000',
             'Public Information Request 2026-PIR-01473 - Acknowledgment', outlook_mid('005', 'namprd06'),
             irt=mid('REQ-003'), refs=mid('REQ-003'), extra=outlook_headers('005', 'Public Information Request 2026-PIR-01473 - Acknowledgment'))
    save('005-utaustin-ack-emails.eml', hs, body)


def m006():
    txt = """Hello,

We received your Open Records Act request today for UGA Police Department
incident reports for Milledge Avenue and South Milledge Avenue chapter
houses, August 15 - September 5, 2026.

Under O.C.G.A. 50-18-71(b)(1)(A) we will respond within three business days.
I have sent the request to the UGA Police Department's records section and
will be back in touch once I hear what they have.

Thank you,

Whitney Callahan
Open Records Manager
Division of Marketing & Communications
University of Georgia
286 Oconee Street, Suite 200 North, Athens, GA 30602
706-542-8090
""" + quote_outlook('REQ-009')
    hs = std('Whitney Callahan <ugaopenrecordsrequest@uga.edu>', 'Quad Ledger Records Desk <records+req-009@quadledger.example.org>',
             'Thu, 10 Sep 2026 20:02:18 +0000', 'RE: ' + subj('REQ-009'), outlook_mid('006', 'namprd02'),
             irt=mid('REQ-009'), refs=mid('REQ-009'), extra=outlook_headers('006', subj('REQ-009')))
    save('006-uga-ack-police-reports.eml', hs, text_part(txt))


def m007():
    txt = """                          UNITED STATES DEPARTMENT OF EDUCATION
                               OFFICE OF THE SECRETARY
                                FOIA Service Center

September 11, 2026

Teresa Quintanilla
The Quad Ledger
records@quadledger.example.org

Re: FOIA Request No. 26-02311-F

Dear Ms. Quintanilla:

This letter acknowledges receipt of your Freedom of Information Act (FOIA)
request to the U.S. Department of Education (Department), dated September 8,
2026, and received in this office on September 9, 2026. You requested:

     Contract modifications issued in calendar years 2025 and 2026 to the
     contracts of the Federal Student Aid (FSA) loan servicers, and the
     quarterly servicer performance scorecards or performance metrics
     reports prepared by FSA for the same period.

Your request has been assigned the number above. Please use it in all
communications about this request.

We have placed you in the "representative of the news media" fee category.
You will not be charged for search or review time, and the first 100 pages of
duplication are provided at no cost. We will notify you before incurring fees
above $25.

The Department will make every effort to respond within the 20 working days
provided by the FOIA. Because the records you seek may need to be collected
from more than one office and reviewed by the contractors whose information
they contain, it is possible that unusual circumstances will apply; if so, we
will let you know in writing.

If you have questions, you may contact the FOIA Service Center at (202)
401-8365 or EDFOIAManager@ed.gov, or the Department's FOIA Public Liaison at
the same number. You may also contact the Office of Government Information
Services (OGIS) at the National Archives and Records Administration, which
offers mediation services to FOIA requesters (ogis@nara.gov; 202-741-5770;
toll free 1-877-684-6448).

Sincerely,

FOIA Service Center
Office of the Executive Secretariat
"""
    hs = std('EDFOIAManager <EDFOIAManager@ed.gov>', 'records@quadledger.example.org',
             'Fri, 11 Sep 2026 13:14:55 +0000', 'FOIA Request Acknowledgment - 26-02311-F',
             outlook_mid('007', 'namprd09'), extra=outlook_headers('007', 'FOIA Request Acknowledgment - 26-02311-F'))
    save('007-ed-ack-letter-26-02311-F.eml', hs, text_part(txt))


def m008():
    html = """<html><head><style>p{margin:0 0 10px 0}</style></head>
<body style="font-family:Georgia,serif;font-size:11pt;color:#00274c">
<div style="border-bottom:3px solid #ffcb05;padding-bottom:6px;margin-bottom:12px"><b>UNIVERSITY OF MICHIGAN</b>
&nbsp;|&nbsp; Freedom of Information Act Office</div>
<p>Dear Quad Ledger Records Desk:</p>
<p>The University of Michigan FOIA Office has received your request dated September 10, 2026 for contracts,
purchase orders, statements of work and amendments with vendors of automated license plate reader cameras or
services (all campuses, including Michigan Medicine), January 1, 2023 to the present.</p>
<p>Under MCL 15.235(1), a request sent by email is not considered received until one business day after it is
transmitted. Your request is therefore considered received on <b>Friday, September 11, 2026</b>, and has been
assigned <b>FOIA #2026-0934</b>.</p>
<p>The University will respond within five business days, on or before September 18, 2026, by granting the
request, denying it, granting it in part, or issuing a notice extending the response period as the Act
allows.</p>
<p>The University's FOIA Procedures and Guidelines and Written Public Summary are available on our website.</p>
<p>Sincerely,<br>FOIA Office<br>University of Michigan<br>2025 Fleming Administration Building<br>
503 Thompson Street, Ann Arbor, MI 48109-1340</p>
</body></html>"""
    hs = std('U-M FOIA Office <foia-email@umich.edu>', 'records+req-005@quadledger.example.org',
             'Fri, 11 Sep 2026 13:40:09 -0400', 'FOIA Request #2026-0934', gmail_mid('008'),
             irt=mid('REQ-005'), refs=mid('REQ-005'))
    save('008-umich-ack-html-2026-0934.eml', hs, text_part(html, 'html', force_qp=True))


def m009():
    txt = """Hi,

Quick note on your Milledge Avenue request. Most of the fraternity and
sorority houses on Milledge and South Milledge are off campus, and calls to
those addresses are normally answered by the Athens-Clarke County Police
Department, not UGA Police. UGA does not keep ACCPD's reports.

So that you don't lose time, I forwarded your request this morning to the
ACCPD open records unit (openrecords@accgov.com). They will respond to you
directly under their own process.

We will still answer for the UGA Police reports themselves by tomorrow, as
promised.

Whitney

Whitney Callahan
Open Records Manager
Division of Marketing & Communications
University of Georgia
706-542-8090
"""
    hs = std('Whitney Callahan <ugaopenrecordsrequest@uga.edu>', 'Quad Ledger Records Desk <records+req-009@quadledger.example.org>',
             'Mon, 14 Sep 2026 14:31:40 +0000', 'RE: ' + subj('REQ-009'), outlook_mid('009', 'namprd02'),
             irt=outlook_mid('006', 'namprd02'), refs=mid('REQ-009') + ' ' + outlook_mid('006', 'namprd02'),
             extra=outlook_headers('009', subj('REQ-009')))
    save('009-uga-referral-accpd.eml', hs, text_part(txt))


def m010():
    txt = """Thank you for contacting the UCLA Police Department Records Unit.

The Records Unit window is open Monday - Friday, 8:00 a.m. to 4:00 p.m.,
excluding University holidays. Messages received after hours are read on the
next business day.

Requests for police records under the California Public Records Act are
processed with the UCLA Records Management & Information Practices office,
which will send you a written acknowledgment. For crime and incident reports
involving you, please use the Report Request form on our website.

For emergencies dial 911. For non-emergency police service call (310)
825-1491.

UCLA Police Department - Records Unit
"""
    hs = std('UCPD Records <records@ucpd.ucla.edu>', 'Quad Ledger Records Desk <records@quadledger.example.org>',
             'Mon, 14 Sep 2026 18:42:06 -0700', 'Automatic reply: ' + subj('REQ-002'), outlook_mid('010'),
             irt=mid('REQ-002'), refs=mid('REQ-002'),
             extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                    ('X-MS-Exchange-Organization-AutoResponse', 'OOF'),
                    ('Thread-Topic', subj('REQ-002')), ('Thread-Index', thread_index('010'))])
    save('010-ucpd-autoreply.eml', hs, text_part(txt))


def build():
    for f in (m001, m002, m003, m004, m005, m006, m007, m008, m009, m010):
        f()


if __name__ == '__main__':
    build()
