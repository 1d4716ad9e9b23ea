#!/usr/bin/env python3
"""Writes messages/*.eml for this set (hand-written content; run once, output is committed).

    python make_messages.py
"""
import sys
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from mailkit import (hx, b64seed, ew, qp, b64, headers, leaf, attachment, multipart, message, simple,  # noqa: E402
                     make_pdf, outlook_headers, gmail_mid, ggroup_headers)

ORG = 'newsdesk.example.org'
INBOX = 'foia@' + ORG
DESK = 'Southwest Ledger Records Desk'
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}


def R(n):
    return REQS['REQ-%03d' % n]


def plus(n):
    return R(n)['reply_address']


def rmid(n):
    return R(n)['message_id']


def rsub(n):
    return R(n)['subject']


OUT = []


def add(fn, raw):
    OUT.append((fn, raw))


# ============================================================ 001 ICE mailbox auto-response (REQ-003)
mid, ol = outlook_headers('001', 'FOIA Request: ICE detainers (Form I-247A) lodged with the Pima County Adult Detention Complex, 2024-2026')
add('001-ice-mailbox-autoresponse.eml', simple([
    ('From', 'ICE FOIA <ice-foia@ice.dhs.gov>'),
    ('To', '%s <%s>' % (DESK, plus(3))),
    ('Subject', 'Automatic reply: ' + rsub(3)),
    ('Date', 'Tue, 08 Sep 2026 10:02:51 -0400'),
    ('Message-ID', mid),
    ('In-Reply-To', rmid(3)),
    ('References', rmid(3)),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
] + ol, """\
Thank you for contacting the U.S. Immigration and Customs Enforcement (ICE)
Freedom of Information Act (FOIA) Office.

This automated message confirms only that your e-mail reached the ICE FOIA
mailbox. It is NOT an acknowledgment of a FOIA request and no tracking number
has been assigned by this message. Requests received by e-mail are entered
into our case management system in the order received, and you will receive
a separate acknowledgment that includes your request number.

To check the status of a request that has already been assigned a number,
please use the SecureRelease portal or call the ICE FOIA Requester Service
Center at (866) 633-1182.

Please do not reply to this automated message.
"""))

# ============================================================ 002 USCIS FIRST acknowledgment (REQ-001)
txt = """\
Dear Ana Lucero,

U.S. Citizenship and Immigration Services (USCIS) received your Freedom of
Information Act (FOIA) request on 09/08/2026.

  Control Number:  COW2026004581
  Request Type:    FOIA - Agency Records (non A-file)
  Processing Queue: Track 2 - Complex

Description provided: Records reflecting referrals of applicants for
immigration benefits from USCIS to ICE, including Notices to Appear issued
or referred under the 2025 NTA policy memorandum, statistics and guidance,
January 1, 2025 to present.

Please reference control number COW2026004581 in all correspondence about
this request. You can follow its progress in FIRST (https://first.uscis.gov)
under "Check Case Status".

USCIS processes FOIA requests in the order received within each track.

This is a system-generated message. Replies to this address are not
monitored. For questions, write to uscis.foia@uscis.dhs.gov.
"""
html = """\
<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Dear Ana Lucero,</p>
<p>U.S. Citizenship and Immigration Services (USCIS) received your Freedom of Information Act (FOIA) request on <b>09/08/2026</b>.</p>
<table cellpadding="3" style="font-size:10pt">
<tr><td>Control Number:</td><td><b>COW2026004581</b></td></tr>
<tr><td>Request Type:</td><td>FOIA &ndash; Agency Records (non A-file)</td></tr>
<tr><td>Processing Queue:</td><td>Track 2 &ndash; Complex</td></tr>
</table>
<p>Description provided: Records reflecting referrals of applicants for immigration benefits from USCIS to ICE, including Notices to Appear issued or referred under the 2025 NTA policy memorandum, statistics and guidance, January 1, 2025 to present.</p>
<p>Please reference control number COW2026004581 in all correspondence about this request. You can follow its progress in <a href="https://first.uscis.gov">FIRST</a> under &ldquo;Check Case Status&rdquo;.</p>
<p>USCIS processes FOIA requests in the order received within each track.</p>
<p style="color:#666">This is a system-generated message. Replies to this address are not monitored. For questions, write to uscis.foia@uscis.dhs.gov.</p>
</body></html>
"""
ct, body = multipart('alternative', [leaf(txt), leaf(html, 'text/html')], '----=_Part_20260908_' + hx('002', 10))
add('002-uscis-first-ack.eml', message([
    ('From', 'USCIS FIRST <first.noreply@uscis.dhs.gov>'),
    ('To', plus(1)),
    ('Subject', 'FOIA Request Received - Control Number COW2026004581'),
    ('Date', 'Tue, 08 Sep 2026 14:37:09 -0400'),
    ('Message-ID', '<%s.%s.JavaMail.first@first.uscis.gov>' % (hx('002a', 12), hx('002b', 8))),
], ct, body))

# ============================================================ 003 USCIS A-file acknowledgment (REQ-002)
mid, ol = outlook_headers('003', 'USCIS FOIA/PA Acknowledgment - NRC2026118820', tenant='BN8PR09MB')
add('003-uscis-ack-afile.eml', simple([
    ('From', 'USCIS FOIA <uscis.foia@uscis.dhs.gov>'),
    ('To', plus(2)),
    ('Subject', 'USCIS FOIA/PA Acknowledgment - NRC2026118820'),
    ('Date', 'Thu, 10 Sep 2026 09:15:33 -0500'),
    ('Message-ID', mid),
] + ol, """\
Dear Ms. Lucero:

We received your request for records on September 10, 2026. Your request was
submitted after business hours on September 9 and is considered received on
the next business day.

Your request has been assigned control number NRC2026118820. Please cite this
number whenever you contact us about this request.

Subject of record: HECTOR MANUEL VILLALOBOS RUIZ
Records sought:    Alien file (A-file) and related immigration records

Your request has been placed in Track 2, which is used for requests for
A-files and other voluminous or complex records. Requests in each track are
handled in the order they are received.

Because you are requesting records about an individual other than yourself,
we may need additional information from you before we can process your
request. If so, we will contact you.

Sincerely,

National Records Center
FOIA/PA Office
U.S. Citizenship and Immigration Services
P.O. Box 648010
Lee's Summit, MO 64064-8010
"""))

# ============================================================ 004 ICE acknowledgment, several spellings (REQ-003)
mid, ol = outlook_headers('004', 'ICE FOIA Request 2026-ICFO-10873')
add('004-ice-ack-spellings.eml', simple([
    ('From', 'ICE FOIA <ice-foia@ice.dhs.gov>'),
    ('To', plus(3)),
    ('Subject', 'ICE FOIA Request 2026-ICFO-10873'),
    ('Date', 'Thu, 10 Sep 2026 16:48:20 -0400'),
    ('Message-ID', mid),
    ('In-Reply-To', rmid(3)),
    ('References', rmid(3)),
] + ol, """\
Dear Ms. Lucero,

This acknowledges receipt of your Freedom of Information Act (FOIA) request
to U.S. Immigration and Customs Enforcement (ICE), dated September 8, 2026,
and received by this office on September 8, 2026. You are seeking copies of
Forms I-247A (Immigration Detainer - Notice of Action) lodged with the Pima
County Adult Detention Complex from January 1, 2024 to the present, and
related correspondence with the Pima County Sheriff's Department.

Your request has been assigned FOIA case number 2026-ICFO-10873. Depending
on where you look, you may see this number written as 2026ICFO10873 (the
SecureRelease display) or ICFO-10873 (our telephone line); these all refer
to the same case. Please cite 2026-ICFO-10873 in any future correspondence.

Due to the increasing number of FOIA requests received by this office, we
may encounter some delay in processing your request. ICE processes requests
on a first-in, first-out basis (6 C.F.R. 5.5(a)). If a search of one or more
field offices is needed, ICE may need to invoke the 10-day extension
available under 5 U.S.C. 552(a)(6)(B); you will be notified if it does.

ICE has deferred a decision on your request for a fee waiver until it
determines whether fees will be assessed.

If you have any questions, you may contact the ICE FOIA Public Liaison at
(866) 633-1182. You may also contact the Office of Government Information
Services (OGIS) at the National Archives and Records Administration, which
offers mediation services to resolve disputes between FOIA requesters and
Federal agencies, at ogis@nara.gov or 1-877-684-6448.

Regards,

ICE FOIA Office
Immigration and Customs Enforcement
500 12th Street SW, Stop 5009
Washington, DC 20536-5009
"""))

# ============================================================ 005 ICE ack, complex track, quotes request in full (REQ-004)
REQ4_TEXT = """\
Dear FOIA Officer:

Pursuant to the Freedom of Information Act, 5 U.S.C. 552, and the DHS
regulations at 6 C.F.R. Part 5, the Southwest Ledger requests the following
records:

1. The current Memorandum of Agreement between ICE and the Missouri State
Highway Patrol under Section 287(g) of the Immigration and Nationality Act,
including any Task Force Model annex, and every prior version or amendment
signed since January 1, 2025.

2. The same records for Greenville County, South Carolina (Jail Enforcement
Model), covering the Greenville County Detention Center.

3. Nomination packages or lists of officers approved for 287(g) designation
under either agreement (names may be redacted if you believe that is
required), and records showing the dates training was completed.

4. Agendas, minutes and attendance lists for steering committee meetings held
under either agreement, January 1, 2025 to the date of your search.

We are a news organization and ask to be placed in the news media fee
category; we also request a waiver of fees because disclosure will
contribute significantly to public understanding of the 287(g) program. If
fees will exceed $50, please contact us first. Electronic records are
preferred.

Our internal reference for this request is REQ-004.

Thank you,

Ana Lucero
Records Desk, Southwest Ledger
foia+req-004@newsdesk.example.org
"""
mid, ol = outlook_headers('005', rsub(4))
add('005-ice-ack-complex-quoted.eml', simple([
    ('From', 'ICE FOIA <ice-foia@ice.dhs.gov>'),
    ('To', '"%s" <%s>' % (DESK, plus(4))),
    ('Subject', 'RE: ' + rsub(4)),
    ('Date', 'Fri, 11 Sep 2026 11:20:14 -0400'),
    ('Message-ID', mid),
    ('In-Reply-To', rmid(4)),
    ('References', rmid(4)),
] + ol, """\
Good morning,

Your FOIA request, received by the ICE FOIA Office on September 10, 2026,
has been assigned tracking number 2026-ICFO-11206.

Because the records you describe would have to be located in more than one
office (the 287(g) Program Office within Enforcement and Removal Operations
and the St. Louis and Atlanta field offices), your request has been placed
in the complex processing track. Complex-track requests are worked in the
order received.

Your request for news media status and a fee waiver is under review.

A copy of your request as we received it appears below for your records.

ICE FOIA Office

-----Original Message-----
From: Southwest Ledger Records Desk <foia@newsdesk.example.org>
Sent: Thursday, September 10, 2026 8:52 AM
To: ICE-FOIA <ice-foia@ice.dhs.gov>
Subject: %s

%s""" % (rsub(4), REQ4_TEXT)))

# ============================================================ 006 SecureRelease ack for CBP (REQ-005)
html = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1b1b1b">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d6d7d9">
<tr><td style="background:#112e51;color:#fff;padding:12px 16px;font-size:16px">SecureRelease &mdash; FOIA Request Acknowledgment</td></tr>
<tr><td style="padding:16px">
<p>Dear Ana Lucero,</p>
<p>U.S. Customs and Border Protection (CBP) has received your Freedom of Information Act (FOIA) request and assigned it tracking number <b>CBP-FO-2026-104233</b>.</p>
<p>Requests submitted after 5:00 p.m. Eastern Time, or on a weekend or federal holiday, are considered received on the next business day. Your request was received on <b>09/14/2026</b>.</p>
<p><b>Request summary:</b> Tucson Sector vehicle pursuit reports and pursuit-related use of force records, January 2025 &ndash; present; agreements, MOUs and operations orders between U.S. Border Patrol and the Pima County Sheriff&#39;s Department; records of transfers of Tucson Sector apprehensions to ICE custody.</p>
<p>CBP receives a very large number of FOIA requests and processes them in the order received. Based on current workloads, requests of this type are generally completed <b>within 60 to 90 days</b>. Requests requiring consultation with other offices may take longer.</p>
<p>You indicated that you are willing to pay fees up to $25.00. You will be contacted before any fees above that amount are incurred.</p>
<p>You may check the status of your request at any time by signing in to SecureRelease. Some screens show the number without the prefix (2026-104233); please use the full number CBP-FO-2026-104233 when contacting CBP.</p>
<p>Sincerely,<br>FOIA Division<br>U.S. Customs and Border Protection</p>
</td></tr>
<tr><td style="padding:8px 16px;font-size:11px;color:#5b616b;border-top:1px solid #d6d7d9">This is an automated message sent from SecureRelease. Please do not reply to this e-mail.</td></tr>
</table>
</body></html>
"""
add('006-securerelease-cbp-ack.eml', simple([
    ('From', 'SecureRelease <no-reply@securerelease.us>'),
    ('To', INBOX),
    ('Subject', 'FOIA Request CBP-FO-2026-104233 Acknowledgment'),
    ('Date', 'Mon, 14 Sep 2026 13:05:42 -0400'),
    ('Message-ID', '<%s@securerelease.us>' % hx('006', 32)),
], html, 'text/html', cte='base64'))

# ============================================================ 007/008 NextRequest acks (REQ-007, REQ-008)
def nextrequest_ack(num, title, desc, extra_txt='', extra_html=''):
    txt = """\
Pima County Sheriff's Department

Your record request #%s has been submitted.

Request: %s

%s

Received: September 14, 2026 via email
Department: Records Section

The Records Section will review your request and respond promptly as
required by Arizona's public records law (A.R.S. 39-121 et seq.). You will
receive an email when documents are released or if staff need more
information from you.
%s
View request #%s: https://pimasheriffaz.nextrequest.com/requests/%s

You are receiving this email because you are the requester on this request.
""" % (num, title, desc, extra_txt, num, num)
    html = """\
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:0 auto">
<p style="font-size:18px;color:#0b4f6c"><b>Pima County Sheriff&#39;s Department</b></p>
<p>Your record request <b>#%s</b> has been submitted.</p>
<p><b>Request:</b> %s</p>
<p>%s</p>
<p><b>Received:</b> September 14, 2026 via email<br><b>Department:</b> Records Section</p>
<p>The Records Section will review your request and respond promptly as required by Arizona&#39;s public records law (A.R.S. 39-121 et seq.). You will receive an email when documents are released or if staff need more information from you.</p>
%s
<p><a href="https://pimasheriffaz.nextrequest.com/requests/%s" style="background:#0b4f6c;color:#fff;padding:8px 14px;text-decoration:none">View request #%s</a></p>
<p style="font-size:11px;color:#888">You are receiving this email because you are the requester on this request.</p>
</div></body></html>
""" % (num, title, desc, extra_html, num, num)
    return txt, html


t, h = nextrequest_ack('26-1187', 'ICE detainer and release-notification logs, Jan 2025 - Aug 2026',
                       'Logs or lists of ICE detainers received by the Adult Detention Complex and notifications of '
                       'release given to ICE, January 1, 2025 through August 31, 2026.')
ct, body = multipart('alternative', [leaf(t), leaf(h, 'text/html')], '--==_mimepart_' + hx('007', 24))
add('007-pima-nextrequest-ack-detainers.eml', message([
    ('From', "Pima County Sheriff's Department <pimasheriffaz@mail.nextrequest.com>"),
    ('To', INBOX),
    ('Subject', "[Records Request] Your Pima County Sheriff's Department request #26-1187 has been received"),
    ('Date', 'Tue, 15 Sep 2026 08:41:06 -0700'),
    ('Message-ID', '<%s@mail.nextrequest.com>' % hx('007m', 28)),
], ct, body))

t, h = nextrequest_ack('26-1190', 'BWC video and report - Ajo Way stop 08/21/2026',
                       'Body-worn camera recordings of all deputies present and the incident report for the traffic '
                       'stop on W. Ajo Way on August 21, 2026 at which U.S. Border Patrol agents assisted.',
                       '\nRequests for video recordings require review and redaction and usually take\nlonger than '
                       'requests for documents. Staff will contact you if additional time is\nneeded.\n',
                       '<p>Requests for video recordings require review and redaction and usually take longer than '
                       'requests for documents. Staff will contact you if additional time is needed.</p>')
ct, body = multipart('alternative', [leaf(t), leaf(h, 'text/html')], '--==_mimepart_' + hx('008', 24))
add('008-pima-nextrequest-ack-bwc.eml', message([
    ('From', "Pima County Sheriff's Department <pimasheriffaz@mail.nextrequest.com>"),
    ('To', INBOX),
    ('Subject', "[Records Request] Your Pima County Sheriff's Department request #26-1190 has been received"),
    ('Date', 'Tue, 15 Sep 2026 08:43:51 -0700'),
    ('Message-ID', '<%s@mail.nextrequest.com>' % hx('008m', 28)),
], ct, body))

# ============================================================ 009 DSN bounce of the Kinney County request (REQ-009)
dsn_text = """\
This is the mail system at host mx2.newsdesk.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<sheriff@co.kinney.tx.us>: host mail.co.kinney.tx.us[198.51.100.24] said:
    552 5.2.2 <sheriff@co.kinney.tx.us>: Mailbox quota exceeded (in reply to
    RCPT TO command)
"""
dsn_status = """\
Reporting-MTA: dns; mx2.newsdesk.example.org
X-Postfix-Queue-ID: 4hC2Lq1xYzz9sWk
X-Postfix-Sender: rfc822; foia@newsdesk.example.org
Arrival-Date: Tue, 15 Sep 2026 14:02:37 -0700 (MST)

Final-Recipient: rfc822; sheriff@co.kinney.tx.us
Original-Recipient: rfc822;sheriff@co.kinney.tx.us
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.co.kinney.tx.us
Diagnostic-Code: smtp; 552 5.2.2 <sheriff@co.kinney.tx.us>: Mailbox quota
    exceeded
"""
orig_hdrs = """\
Return-Path: <foia@newsdesk.example.org>
Received: from desk-laptop.newsdesk.example.org (unknown [203.0.113.40])
\tby mx2.newsdesk.example.org (Postfix) with ESMTPSA id 4hC2Lq1xYzz9sWk
\tfor <sheriff@co.kinney.tx.us>; Tue, 15 Sep 2026 14:02:37 -0700 (MST)
From: Southwest Ledger Records Desk <foia@newsdesk.example.org>
Reply-To: foia+req-009@newsdesk.example.org
To: sheriff@co.kinney.tx.us
Subject: %s
Date: Tue, 15 Sep 2026 14:02:30 -0700
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""" % (rsub(9), rmid(9))
parts = [
    'Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n' + dsn_text,
    'Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + dsn_status,
    'Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n' + orig_hdrs,
]
ct, body = multipart('report', parts, '4hC2Lr0PZ1z9sWm.1789506158/mx2.newsdesk.example.org', ';\n\treport-type=delivery-status')
add('009-bounce-dsn-kinney.eml', message([
    ('Return-Path', '<>'),
    ('From', 'Mail Delivery System <MAILER-DAEMON@mx2.newsdesk.example.org>'),
    ('To', 'foia@newsdesk.example.org'),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Date', 'Tue, 15 Sep 2026 14:03:01 -0700 (MST)'),
    ('Message-ID', '<20260915210301.4hC2Lr0PZ1z9sWm@mx2.newsdesk.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
], ct, 'This is a MIME-encapsulated message.\n\n' + body))

# ============================================================ 010 CBP staff ack (REQ-006)
mid, ol = outlook_headers('010', rsub(6), tenant='DM6PR09MB')
add('010-cbp-ack-del-rio.eml', simple([
    ('From', 'CBP FOIA <cbpfoia@cbp.dhs.gov>'),
    ('To', plus(6)),
    ('Subject', 'RE: %s [CBP-FO-2026-104977]' % rsub(6)),
    ('Date', 'Wed, 16 Sep 2026 15:30:27 -0400'),
    ('Message-ID', mid),
    ('In-Reply-To', rmid(6)),
    ('References', rmid(6)),
] + ol, """\
Good afternoon,

Your FOIA request received by e-mail on September 14, 2026 has been entered
into SecureRelease under tracking number CBP-FO-2026-104977. (In our
older case listings the same request may show as CBP 2026-104977.)

Going forward you will receive automated notices from SecureRelease about
this request; substantive correspondence will also come from this office.
Your request will be processed in the order received.

v/r

Paulette Kimura
Government Information Specialist
FOIA Division, Privacy and Diversity Office
U.S. Customs and Border Protection

"""))

# ============================================================ 011 Louisiana DPSC acknowledgment / 44:33 certification (REQ-011)
mid, ol = outlook_headers('011', rsub(11), tenant='CH2PR14MB')
mid = mid.replace('namprd09', 'namprd14')
body = """\
Ms. Lucero,

The Department received your public records request on September 16, 2026.
It has been logged as PRR-26-417; please reference that number in any
follow-up.

In accordance with La. R.S. 44:33(B), please be advised that the records
you requested are not immediately available. The cooperative agreement and
the monthly per diem invoices are maintained by the Office of Management and
Finance and by the business office at Louisiana State Penitentiary, and
they must be gathered and reviewed for information that is exempt from
disclosure, including security-sensitive information concerning the
operation of a correctional facility (La. R.S. 44:3 and 44:4.1).

We anticipate that the Department will be in a position to respond to your
request on or before Friday, October 9, 2026.

Thank you for your patience.

Lacey Broussard
Paralegal \u2013 Legal Services
Louisiana Department of Public Safety & Corrections \u2013 Corrections Services
P.O. Box 94304, Baton Rouge, LA 70804
"""
add('011-la-dpsc-ack-certification.eml', simple([
    ('From', 'Lacey Broussard <lacey.broussard@la.gov>'),
    ('To', '"Southwest Ledger Records Desk" <%s>' % plus(11)),
    ('Cc', 'DOC Public Records <doc.publicrecords@la.gov>'),
    ('Subject', 'RE: ' + rsub(11)),
    ('Date', 'Thu, 17 Sep 2026 14:12:48 -0500'),
    ('Message-ID', mid),
    ('In-Reply-To', rmid(11)),
    ('References', rmid(11)),
] + ol, body, charset='windows-1252'))

# ============================================================ 012 phishing "secure document" (null)
html = """\
<html><body style="margin:0;background:#f3f3f3">
<table align="center" width="560" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px">
<tr><td style="padding:20px;background:#1d6fb8;color:#fff;font-size:18px">&#128274; Secure Document Delivery</td></tr>
<tr><td style="padding:20px">
<p>Hello foia,</p>
<p>You have received <b>1 (one)</b> encrypted document through our Secure Document Portal.</p>
<table style="font-size:13px;border:1px solid #ddd" cellpadding="6">
<tr><td>Sender:</td><td>Records &amp; FOIA Office</td></tr>
<tr><td>Document:</td><td>FOIA_Response_Final_Release.pdf (2.4 MB)</td></tr>
<tr><td>Ref #:</td><td>SDN-88412-FOIA</td></tr>
<tr><td>Expires:</td><td>24 hours</td></tr>
</table>
<p>To view the document you must verify your identity with your email account password.</p>
<p style="text-align:center"><a href="https://docsecure-delivery.net.r-verify.top/auth?u=foia%40newsdesk.example.org" style="background:#1d6fb8;color:#fff;padding:10px 24px;text-decoration:none">REVIEW SECURE DOCUMENT</a></p>
<p style="font-size:11px;color:#999">If you do not review this document within 24 hours it will be permanently deleted from the server.<br>&copy; 2026 SecureDoc Services. All rights reserved.</p>
</td></tr></table>
</body></html>
"""
add('012-phish-secure-document.eml', simple([
    ('From', '"FOIA Secure Document Center" <notify@docsecure-delivery.net>'),
    ('To', INBOX),
    ('Subject', 'Secure Document: FOIA Release Package awaiting your review'),
    ('Date', 'Thu, 17 Sep 2026 22:48:13 +0000'),
    ('Message-ID', '<%s@docsecure-delivery.net>' % hx('012', 20)),
    ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
], html, 'text/html'))

# ============================================================ 013 Alabama AOC acknowledgment (REQ-012)
mid, ol = outlook_headers('013', rsub(12), tenant='MN2PR11MB')
mid = mid.replace('namprd09', 'namprd11')
add('013-al-aoc-ack.eml', simple([
    ('From', 'Renee Whitlock <renee.whitlock@alacourt.gov>'),
    ('To', plus(12)),
    ('Subject', 'RE: ' + rsub(12)),
    ('Date', 'Fri, 18 Sep 2026 09:05:17 -0500'),
    ('Message-ID', mid),
    ('In-Reply-To', rmid(12)),
    ('References', rmid(12)),
] + ol, """\
Ms. Lucero,

This e-mail acknowledges that the Administrative Office of Courts received
your request dated September 17, 2026 on that date. Your request has been
forwarded to the AOC Legal Division for review, and someone from that
division will respond to you.

Please note that the AOC is an agency of the Unified Judicial System.

Thank you,

Renee Whitlock
Administrative Assistant, Legal Division
Alabama Administrative Office of Courts
300 Dexter Avenue, Montgomery, AL 36104
"""))

# ============================================================ 014 USCIS clarification: DOB + consent (REQ-002)
mid, ol = outlook_headers('014', 'NRC2026118820 - Additional Information Needed', tenant='BN8PR09MB')
add('014-uscis-clarification-consent.eml', simple([
    ('From', 'USCIS FOIA <uscis.foia@uscis.dhs.gov>'),
    ('To', plus(2)),
    ('Subject', 'NRC2026118820 - Additional Information Needed'),
    ('Date', 'Fri, 18 Sep 2026 13:40:02 -0500'),
    ('Message-ID', mid),
] + ol, """\
Dear Ms. Lucero:

This is in reference to your Freedom of Information Act (FOIA) request,
control number NRC2026118820, for records relating to HECTOR MANUEL
VILLALOBOS RUIZ.

Records about an individual are protected by the Privacy Act and by FOIA
exemptions (b)(6) and (b)(7)(C). Before we can search for or release records
about a third party, we need the following:

  1. The subject's date of birth;
  2. The subject's country and city of birth;
  3. The subject's Alien Registration Number (A-Number), if known; and
  4. The subject's signed consent authorizing USCIS to release his records
     to you. The consent must include the subject's full name, current
     address, date and place of birth, and be either notarized or signed
     under penalty of perjury pursuant to 28 U.S.C. 1746. You may use Form
     G-639 or DHS's Certification of Identity form, but neither is required.

Please send the information by replying to this e-mail or by uploading it
in FIRST under control number NRC2026118820.

Processing of your request is on hold until we receive this information. If
we do not receive it within 30 calendar days from the date of this notice,
we will presume that you are no longer interested in the records and will
administratively close your request.

Sincerely,

National Records Center
FOIA/PA Office
U.S. Citizenship and Immigration Services
"""))

# ============================================================ 015 Kinney clerk, personal Gmail, new subject, no threading (REQ-009)
t = """\
Good morning,

We got your records request for the trespass arrests. The sheriffs email
box was full last week so it didnt come thru, I got the copy you mailed to
the front office on Friday 9/18 so that is our received date.

I am working on it but there are a lot of them since 2025, I will let you
know about the cost before I pull everything.

Lola Trevino
Records
Kinney County Sheriff's Office
Brackettville, TX
(830) 563-2734
"""
h = """\
<div dir="ltr"><div>Good morning,</div><div><br></div><div>We got your records request for the trespass arrests. The sheriffs email box was full last week so it didnt come thru, I got the copy you mailed to the front office on Friday 9/18 so that is our received date.</div><div><br></div><div>I am working on it but there are a lot of them since 2025, I will let you know about the cost before I pull everything.</div><div><br></div><div>Lola Trevino</div><div>Records</div><div>Kinney County Sheriff&#39;s Office</div><div>Brackettville, TX</div><div>(830) 563-2734</div></div>
"""
ct, body = multipart('alternative', [leaf(t, charset='UTF-8'), leaf(h, 'text/html', charset='UTF-8')], '000000000000' + hx('015', 16))
add('015-kinney-gmail-ack-new-subject.eml', message([
    ('From', 'Lola Trevino <lola.trevino77@gmail.com>'),
    ('To', INBOX),
    ('Subject', 'open records - trespass arrests'),
    ('Date', 'Mon, 21 Sep 2026 10:22:41 -0500'),
    ('Message-ID', gmail_mid('015')),
], ct, body))

# ============================================================ 016 Greenville JustFOIA ack via Google Group (REQ-013)
html = """\
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="600" cellpadding="10" style="border:1px solid #cfd8dc">
<tr><td style="background:#23395d;color:#fff"><b>Greenville County, South Carolina &middot; FOIA Requests</b></td></tr>
<tr><td>
<p>Ana Lucero,</p>
<p>Thank you for submitting a Freedom of Information Act request to Greenville County. Your request has been received and assigned request number <b>FOI26-0933</b>.</p>
<p><b>Request number:</b> FOI 26-0933<br>
<b>Date received:</b> 9/21/2026<br>
<b>Department:</b> Detention Center<br>
<b>Description:</b> 287(g) Jail Enforcement Model records for the Greenville County Detention Center, January 2025 to present: memorandum of agreement, monthly statistics, ICE notification logs, steering committee materials.</p>
<p>Pursuant to S.C. Code Ann. &sect; 30-4-30(C), the County will notify you of its determination within ten (10) business days of receipt of your request, excluding Saturdays, Sundays and legal public holidays (twenty (20) business days if the records are more than twenty-four months old). You may be required to pay a deposit before records are searched for or copied.</p>
<p>You can track your request at <a href="https://greenvillecountysc.justfoia.com/publicportal/home/track">greenvillecountysc.justfoia.com</a> using request number FOI26-0933.</p>
<p>Greenville County FOIA Office</p>
</td></tr></table>
</body></html>
"""
add('016-greenville-justfoia-ack-ggroup.eml', simple([
    ('From', '"\'Greenville County FOIA\' via FOIA Desk" <foia@newsdesk.example.org>'),
    ('Reply-To', 'Greenville County FOIA <foia@greenvillecounty.org>'),
    ('To', plus(13)),
    ('Subject', 'Greenville County FOIA Request FOI26-0933 Received'),
    ('Date', 'Tue, 22 Sep 2026 09:31:55 -0400'),
    ('Message-ID', '<%s@notify.justfoia.com>' % hx('016', 30)),
] + ggroup_headers('greenvillecountysc@notify.justfoia.com'), html, 'text/html'))

# ============================================================ 017/018 MSHP GovQA acks (REQ-014, REQ-015)
def govqa_ack(ref, date_recv, desc):
    return """\
<html><body style="font-family:Verdana,Arial;font-size:9pt">
<p>Dear Ana Lucero,</p>
<p>Thank you for your Sunshine Law request to the Missouri State Highway Patrol. Your request was received in this office on %s and has been given reference number <b>%s</b> for tracking purposes.</p>
<p><b>Records requested:</b> %s</p>
<p>Under Section 610.023.3 RSMo, each request for access to a public record shall be acted upon as soon as possible, but in no event later than the end of the third business day following the date the request is received by the custodian of records. If access is not granted immediately, you will be given an explanation and the earliest date and time the records will be available.</p>
<p>You can monitor the progress of your request at the link below and you will receive an email when your request has been completed.</p>
<p><a href="https://mshp.mycusthelp.com/WEBAPP/_rs/(S(x))/supporthome.aspx">Missouri State Highway Patrol Public Records Center</a></p>
<p>Patrol Records Division<br>Missouri State Highway Patrol</p>
</body></html>
""" % (date_recv, ref, desc)


add('017-mshp-govqa-ack-287g.eml', simple([
    ('From', 'Missouri State Highway Patrol Public Records Center <mshp@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', 'Missouri State Highway Patrol Sunshine Request :: P052318-092226'),
    ('Date', 'Wed, 23 Sep 2026 08:12:30 -0500'),
    ('Message-ID', '<%s@mycusthelp.net>' % hx('017', 26)),
], govqa_ack('P052318-092226', '9/22/2026',
             'MSHP 287(g) Task Force Model memorandum of agreement, standard operating procedures, and '
             'encounter/arrest reports prepared under the agreement, 2025-2026.'), 'text/html'))

add('018-mshp-govqa-ack-video.eml', simple([
    ('From', 'Missouri State Highway Patrol Public Records Center <mshp@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', 'Missouri State Highway Patrol Sunshine Request :: P052377-092326'),
    ('Date', 'Thu, 24 Sep 2026 08:09:12 -0500'),
    ('Message-ID', '<%s@mycusthelp.net>' % hx('018', 26)),
], govqa_ack('P052377-092326', '9/23/2026',
             'In-car (dash) camera and body-worn camera video, Troop I traffic stop on Interstate 44 near Rolla, '
             'August 14, 2026, after which the driver was transferred to ICE.'), 'text/html'))

# ============================================================ 019 MSHP 610.023.3 explanation / earliest date (REQ-014)
mid, ol = outlook_headers('019', 'Sunshine Request P052318-092226 - Response Time', tenant='SN6PR16MB')
mid = mid.replace('namprd09', 'namprd16')
add('019-mshp-extension-earliest-date.eml', simple([
    ('From', 'Carla Whitten <carla.whitten@mshp.dps.mo.gov>'),
    ('To', INBOX),
    ('Subject', 'Sunshine Request P052318-092226 - Response Time'),
    ('Date', 'Fri, 25 Sep 2026 15:44:09 -0500'),
    ('Message-ID', mid),
] + ol, """\
Ms. Lucero:

This is in response to your Sunshine Law request received September 22, 2026
(reference P052318-092226) for the Patrol's 287(g) agreement, standard
operating procedures and encounter reports.

The records you requested are maintained by three separate divisions (Field
Operations Bureau, Criminal Investigation Bureau and the Training Division),
and the encounter reports must be reviewed individually for information
that is closed under Sections 610.021 and 610.100, RSMo. For these reasons,
the records cannot be made available within three business days.

As required by Section 610.023.3, RSMo, this is our explanation of the
delay. The earliest date we anticipate the records will be available is
October 23, 2026. If portions are ready sooner, we will release them as
they are completed.

Sincerely,

Carla Whitten
Sunshine Law Coordinator / Custodian of Records
Patrol Records Division
Missouri State Highway Patrol
1510 E. Elm St., Jefferson City, MO 65101
"""))

# ============================================================ 020 MSHP GovQA clarification (REQ-015)
add('020-mshp-govqa-clarification.eml', simple([
    ('From', 'Missouri State Highway Patrol Public Records Center <mshp@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', 'Sunshine Request P052377-092326 - Additional Information Required'),
    ('Date', 'Mon, 28 Sep 2026 10:30:44 -0500'),
    ('Message-ID', '<%s@mycusthelp.net>' % hx('020', 26)),
], """\
<html><body style="font-family:Verdana,Arial;font-size:9pt">
<p>Dear Ana Lucero,</p>
<p>Your Sunshine request <b>P052377-092326</b> requires clarification before the Patrol can proceed. Two patrol vehicles and three troopers were involved in the August 14, 2026 stop. Please respond to the following:</p>
<ol>
<li>Do you want in-car (MVR) video from <u>both</u> patrol vehicles, or only from the vehicle of the initiating trooper?</li>
<li>Do you also want body-worn camera video from each trooper on scene, or in-car video only?</li>
<li>Please confirm the time frame. The stop began at approximately 1:40 p.m.; recordings continue through the transport. Do you want the full recordings or only the portion at the roadside?</li>
</ol>
<p>Your request will be placed on hold until we receive your response. You may reply by logging in to the Public Records Center and selecting &quot;My Request Center&quot;.</p>
<p>Patrol Records Division<br>Missouri State Highway Patrol</p>
</body></html>
""", 'text/html'))

# ============================================================ 021 Alabama AOC denial: not subject to the Act (REQ-012)
letter = """\
|STATE OF ALABAMA
|ADMINISTRATIVE OFFICE OF COURTS
|300 Dexter Avenue, Montgomery, Alabama 36104

|September 29, 2026

|Ms. Ana Lucero
|Southwest Ledger Records Desk
|foia+req-012@newsdesk.example.org

Re: Request dated September 17, 2026 - AOC guidance and communications on immigration detainers and courthouse arrests

Dear Ms. Lucero:

I write in response to the above request, which you made under the Alabama Open Records Act, Ala. Code Section 36-12-40 et seq.

The Administrative Office of Courts is an arm of the Unified Judicial System and operates under the direction of the Chief Justice of the Supreme Court of Alabama. The request procedures and timelines in the Open Records Act, including those added in 2024, do not apply to the judicial branch, and the AOC is therefore not subject to a request made under that Act. The AOC accordingly declines your request as submitted.

This letter is not a determination about whether any particular record exists. Access to court records is governed by rules adopted by the Supreme Court of Alabama. Requests for data maintained in the statewide court case management system must be made to the Administrative Director of Courts by application under Rule 33 of the Alabama Rules of Judicial Administration, and copies of filings in an individual case may be obtained from the clerk of the court in which the case is pending. Administrative memoranda issued by the AOC to circuit clerks that have been made public are posted on the Alabama Judicial System website.

Nothing in this letter waives any privilege or exemption that may apply to the records described in your request.

Sincerely,

Michael R. Haskins
Staff Attorney, Legal Division
"""
mid, ol = outlook_headers('021', rsub(12), tenant='MN2PR11MB', has_attach=True)
mid = mid.replace('namprd09', 'namprd11')
parts = [leaf("""\
Ms. Lucero,

Please see the attached letter responding to your request of September 17,
2026.

Michael R. Haskins
Staff Attorney, Legal Division
Alabama Administrative Office of Courts
"""),
         attachment('AOC_Response_Lucero_2026-09-29.pdf', 'application/pdf',
                    make_pdf(letter, 'AOC response', 'Microsoft Word for Microsoft 365'))]
ct, body = multipart('mixed', parts, '_004_' + mid[1:25] + '_')
add('021-al-aoc-denial-not-subject.eml', message([
    ('From', 'Michael Haskins <michael.haskins@alacourt.gov>'),
    ('To', plus(12)),
    ('Cc', 'Renee Whitlock <renee.whitlock@alacourt.gov>'),
    ('Subject', 'RE: ' + rsub(12)),
    ('Date', 'Tue, 29 Sep 2026 11:02:38 -0500'),
    ('Message-ID', mid),
    ('In-Reply-To', rmid(12)),
    ('References', rmid(12)),
] + ol, ct, body))

# ============================================================ 022 CBP partial transfer to ICE (REQ-005)
mid, ol = outlook_headers('022', 'CBP-FO-2026-104233 - Partial Referral to ICE', tenant='DM6PR09MB')
add('022-cbp-transfer-part-to-ice.eml', simple([
    ('From', 'CBP FOIA <cbpfoia@cbp.dhs.gov>'),
    ('To', INBOX),
    ('Subject', 'CBP-FO-2026-104233 - Partial Referral to U.S. Immigration and Customs Enforcement'),
    ('Date', 'Tue, 29 Sep 2026 16:10:55 -0400'),
    ('Message-ID', mid),
] + ol, """\
Dear Ms. Lucero:

This concerns your Freedom of Information Act request CBP-FO-2026-104233,
received by U.S. Customs and Border Protection on September 14, 2026.

Item 3 of your request seeks records of transfers of Tucson Sector
apprehensions into the custody of ICE Enforcement and Removal Operations.
Records documenting the receipt, booking and housing of those individuals
are created and maintained by U.S. Immigration and Customs Enforcement, a
separate component of the Department of Homeland Security. In accordance with
6 C.F.R. 5.4(d), we have transferred that portion of your request to the ICE
FOIA Office for processing and direct response to you:

    U.S. Immigration and Customs Enforcement
    Freedom of Information Act Office
    500 12th Street SW, Stop 5009
    Washington, DC 20536-5009
    ice-foia@ice.dhs.gov

ICE will assign its own tracking number to the transferred portion. CBP
continues to process items 1, 2 and 4 of your request under
CBP-FO-2026-104233.

If you have questions about this transfer, you may contact the CBP FOIA
Public Liaison at (202) 325-0150.

Sincerely,

Paulette Kimura
Government Information Specialist
FOIA Division
U.S. Customs and Border Protection
"""))

# ============================================================ 023 Kinney itemized statement (REQ-009)
our_reply_mid = '<req-009.20260921.2@newsdesk.example.org>'
stmt = """\
|KINNEY COUNTY SHERIFF'S OFFICE
|Brackettville, Texas

|ITEMIZED STATEMENT OF ESTIMATED CHARGES
|Texas Government Code Section 552.2615

|Requestor: Ana Lucero, Southwest Ledger
|Date of request received: 09/18/2026
|Date of this statement: 09/30/2026
|Records: Criminal trespass arrests (Operation Lone Star), 01/01/2025 - 09/18/2026

|  Personnel charge (locating, compiling, redacting)  6.0 hrs x $15.00   $  90.00
|  Overhead charge (20% of personnel charge)                            $  18.00
|  Paper copies / scans                         312 pp x $0.10         $  31.20
|  ---------------------------------------------------------------------------
|  ESTIMATED TOTAL                                                      $ 139.20

This is an estimate. The actual charge may be more or less than shown. If the actual charge will exceed this estimate by more than 20 percent you will be notified.

You must respond in writing within 10 business days of the date of this statement stating that you (1) accept the charges, (2) wish to modify the request, or (3) have sent a complaint regarding the charges to the Office of the Attorney General. If you do not respond within 10 business days your request is considered withdrawn (Section 552.2615(b)).

A less costly alternative: the arrest log only (no reports) is about 14 pages and can be provided at no charge.
"""
t = """\
Ms Lucero,

Attached is the cost estimate for your trespass arrest request, it comes to
$139.20. You have to let me know in writing in 10 business days if you want
to go ahead, change it or cancel or it will be withdrawn, that is the state
law not me. Could come out a little less if there is fewer pages than I
think.

Lola
Kinney County Sheriff's Office - Records

On Mon, Sep 21, 2026 at 1:05 PM Southwest Ledger Records Desk <foia@newsdesk.example.org> wrote:
> Dear Ms. Trevino,
>
> Thank you for letting us know. Please go ahead and send a cost estimate
> before pulling the reports.
>
> Ana Lucero
> Southwest Ledger
"""
h = """\
<div dir="ltr">Ms Lucero,<div><br></div><div>Attached is the cost estimate for your trespass arrest request, it comes to $139.20. You have to let me know in writing in 10 business days if you want to go ahead, change it or cancel or it will be withdrawn, that is the state law not me. Could come out a little less if there is fewer pages than I think.</div><div><br></div><div>Lola</div><div>Kinney County Sheriff&#39;s Office - Records</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Sep 21, 2026 at 1:05 PM Southwest Ledger Records Desk &lt;<a href="mailto:foia@newsdesk.example.org">foia@newsdesk.example.org</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Dear Ms. Trevino,<br><br>Thank you for letting us know. Please go ahead and send a cost estimate before pulling the reports.<br><br>Ana Lucero<br>Southwest Ledger</blockquote></div>
"""
alt_ct, alt_body = multipart('alternative', [leaf(t, charset='UTF-8'), leaf(h, 'text/html', charset='UTF-8')], '000000000000' + hx('023a', 16))
ct, body = multipart('mixed', ['Content-Type: ' + alt_ct + '\n\n' + alt_body,
                               attachment('Cost estimate trespass.pdf', 'application/pdf',
                                          make_pdf(stmt, 'Itemized statement', 'Microsoft: Print To PDF'))],
                     '000000000000' + hx('023b', 16))
add('023-kinney-gmail-itemized-statement.eml', message([
    ('From', 'Lola Trevino <lola.trevino77@gmail.com>'),
    ('To', 'Southwest Ledger Records Desk <foia@newsdesk.example.org>'),
    ('Subject', 'Re: open records - trespass arrests'),
    ('Date', 'Wed, 30 Sep 2026 14:55:03 -0500'),
    ('Message-ID', gmail_mid('023')),
    ('In-Reply-To', our_reply_mid),
    ('References', '%s %s' % (gmail_mid('015'), our_reply_mid)),
], ct, body))

# ============================================================ 024 Pima County Attorney denial, ongoing investigation (REQ-008)
mid, ol = outlook_headers('024', 'Public Records Request 26-1190 - Ajo Way stop BWC video', tenant='BY5PR04MB')
mid = mid.replace('namprd09', 'namprd04')
pcsd_fwd = '<BL0PR04MB6610%s@BL0PR04MB6610.namprd04.prod.outlook.com>' % hx('024f', 16).upper()
add('024-pcao-denial-ongoing-investigation.eml', simple([
    ('From', 'Jonathan Beltran <Jonathan.Beltran@pcao.pima.gov>'),
    ('To', '"Southwest Ledger Records Desk" <%s>' % plus(8)),
    ('Cc', 'PCSD Records <records@pimasheriff.org>'),
    ('Subject', 'Public Records Request 26-1190 - Ajo Way stop BWC video'),
    ('Date', 'Thu, 01 Oct 2026 09:47:26 -0700'),
    ('Message-ID', mid),
    ('In-Reply-To', pcsd_fwd),
    ('References', '%s %s' % (rmid(8), pcsd_fwd)),
] + ol, """\
Ms. Lucero:

This office represents the Pima County Sheriff's Department in connection
with your public records request (Sheriff's Department request no. 26-1190)
for body-worn camera recordings and the incident report concerning the
August 21, 2026 traffic stop on West Ajo Way.

The incident remains the subject of an open and active criminal
investigation by the Department's Criminal Investigations Division, and the
matter has been submitted to this Office for a charging review. Under
Arizona law, a custodian may withhold public records when disclosure would
be detrimental to the best interests of the State, which includes
disclosure that would interfere with an ongoing criminal investigation or
prosecution. See A.R.S. 39-121 et seq.; Carlson v. Pima County, 141 Ariz.
487 (1984). Release of the recordings and report at this stage could reveal
the identities and statements of witnesses who have not yet been
interviewed and could compromise the integrity of the investigation.

For these reasons the Department is withholding the requested recordings and
the report in their entirety at this time. Once the investigation and any
resulting prosecution have concluded, you may renew your request and the
Department will re-evaluate it at that time. You may also seek review of
this decision as provided in A.R.S. 39-121.02.

Jonathan Beltran
Deputy County Attorney | Civil Division
Pima County Attorney's Office
32 N. Stone Ave., Suite 2100, Tucson, AZ 85701

CONFIDENTIALITY NOTICE: This message may contain information that is
privileged or confidential. If you are not the intended recipient, please
notify the sender and delete this message.
"""))

# ============================================================ 025 Kinney ack of the second request (REQ-010)
t = """\
Got this one too, we received it 9/28. I will check with the jail
administrator on what we have.

Lola
Kinney County Sheriff's Office - Records

On Mon, Sep 28, 2026 at 9:14 AM Southwest Ledger Records Desk <foia+req-010@newsdesk.example.org> wrote:
> Dear Custodian of Records:
>
> Under the Texas Public Information Act, Gov't Code ch. 552, the
> Southwest Ledger requests records showing each person arrested by the
> Kinney County Sheriff's Office and released from county custody to U.S.
> Border Patrol or ICE, January 1, 2025 to present.
>
> Ana Lucero
> Southwest Ledger
"""
h = """\
<div dir="ltr">Got this one too, we received it 9/28. I will check with the jail administrator on what we have.<div><br></div><div>Lola</div><div>Kinney County Sheriff&#39;s Office - Records</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Sep 28, 2026 at 9:14 AM Southwest Ledger Records Desk &lt;foia+req-010@newsdesk.example.org&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Dear Custodian of Records:<br><br>Under the Texas Public Information Act, Gov&#39;t Code ch. 552, the Southwest Ledger requests records showing each person arrested by the Kinney County Sheriff&#39;s Office and released from county custody to U.S. Border Patrol or ICE, January 1, 2025 to present.<br><br>Ana Lucero<br>Southwest Ledger</blockquote></div>
"""
ct, body = multipart('alternative', [leaf(t, charset='UTF-8'), leaf(h, 'text/html', charset='UTF-8')], '000000000000' + hx('025', 16))
add('025-kinney-gmail-ack-release-records.eml', message([
    ('From', 'Lola Trevino <lola.trevino77@gmail.com>'),
    ('To', 'Southwest Ledger Records Desk <%s>' % plus(10)),
    ('Subject', 'Re: ' + rsub(10)),
    ('Date', 'Thu, 01 Oct 2026 16:20:37 -0500'),
    ('Message-ID', gmail_mid('025')),
    ('In-Reply-To', rmid(10)),
    ('References', rmid(10)),
], ct, body))

# ============================================================ 026 USCIS 10-business-day extension (REQ-001)
mid, ol = outlook_headers('026', 'COW2026004581 - Unusual Circumstances', tenant='BN8PR09MB')
add('026-uscis-extension-unusual.eml', simple([
    ('From', 'USCIS FOIA <uscis.foia@uscis.dhs.gov>'),
    ('To', plus(1)),
    ('Subject', 'COW2026004581 - Unusual Circumstances'),
    ('Date', 'Mon, 05 Oct 2026 09:00:41 -0500'),
    ('Message-ID', mid),
] + ol, """\
Dear Ms. Lucero:

This concerns your Freedom of Information Act (FOIA) request, control number
COW2026004581, received September 8, 2026, for records about referrals of
benefit applicants to ICE under the 2025 Notice to Appear policy.

Your request requires the search for and collection of records from
offices that are separate from the office processing the request (the Field
Operations Directorate and the Fraud Detection and National Security
Directorate) and consultation with another component of the Department of
Homeland Security that has a substantial interest in the records. These are
unusual circumstances under 5 U.S.C. 552(a)(6)(B)(i) and 6 C.F.R. 5.5(c).
We are therefore extending the time limit for responding to your request by
ten (10) additional working days.

If you would like to narrow the scope of your request or agree to an
alternative time frame for processing, please contact our FOIA Public
Liaison at uscis.foia@uscis.dhs.gov or (816) 350-5785. You may also contact
the Office of Government Information Services (OGIS) at
ogis@nara.gov or 1-877-684-6448 for dispute resolution services.

Sincerely,

National Records Center
FOIA/PA Office
U.S. Citizenship and Immigration Services
"""))

# ============================================================ 027 Greenville determination + deposit, via Google Group (REQ-013)
mid, ol = outlook_headers('027', 'FOI26-0933 - Determination and Fee Estimate', tenant='PH0PR02MB')
mid = mid.replace('namprd09', 'namprd02')
add('027-greenville-fee-estimate-ggroup.eml', simple([
    ('From', '"\'Tamika Rhodes\' via FOIA Desk" <foia@newsdesk.example.org>'),
    ('Reply-To', 'Tamika Rhodes <trhodes@greenvillecounty.org>'),
    ('To', 'Southwest Ledger Records Desk <%s>' % plus(13)),
    ('Subject', 'FOI26-0933 - Determination and Fee Estimate'),
    ('Date', 'Mon, 05 Oct 2026 15:12:19 -0400'),
    ('Message-ID', mid),
] + ggroup_headers('trhodes@greenvillecounty.org') + ol, """\
Ms. Lucero,

Greenville County has reviewed your request FOIA #26-0933 (FOI26-0933) for
287(g) Jail Enforcement Model records of the Greenville County Detention
Center. The County has determined that the requested records, to the extent
they exist, are public and will be made available, subject to redaction of
information exempt under S.C. Code Ann. 30-4-40(a)(2) (unreasonable
invasion of personal privacy) and 30-4-40(a)(3) (law enforcement records).

The estimated cost to fulfil your request is:

    Search and retrieval      5.0 hours @ $27.00 = $135.00
    Review and redaction      1.5 hours @ $27.00 =  $40.50
    Electronic copies                             no charge
    Estimated total                                $175.50

Under S.C. Code Ann. 30-4-30(B), the County requires a deposit of 25% of the
estimated total ($43.88) before work begins. The balance is due before the
records are released. Records will be produced within thirty (30) calendar
days after the deposit is received. If you would like to narrow your request
to reduce the cost, please let me know.

Payment may be made by check to Greenville County or by card through the
JustFOIA portal.

Tamika Rhodes
FOIA Coordinator
Greenville County Detention Center
20 McGee Street, Greenville, SC 29601
"""))

# ============================================================ 028 NextRequest clarification (REQ-007)
t = """\
Pima County Sheriff's Department

A message was added to request #26-1187:

"Ms. Lucero - the Jail Management System does not keep a 'log' of ICE
release notifications as such. We can run a report from JMS of bookings
that carried an ICE detainer flag, showing booking date, most serious
charge, release date and release type, or we can pull the individual I-247A
forms that were scanned into each booking file (roughly 1,100 bookings).
Please let us know which you want, or both. The second option will take
considerably longer. We will hold the request until we hear from you."

- R. Amaya, Records Section

Reply to this message: https://pimasheriffaz.nextrequest.com/requests/26-1187
"""
h = """\
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:0 auto">
<p style="font-size:18px;color:#0b4f6c"><b>Pima County Sheriff&#39;s Department</b></p>
<p>A message was added to request <b>#26-1187</b>:</p>
<blockquote style="border-left:3px solid #0b4f6c;padding-left:10px">Ms. Lucero &ndash; the Jail Management System does not keep a &lsquo;log&rsquo; of ICE release notifications as such. We can run a report from JMS of bookings that carried an ICE detainer flag, showing booking date, most serious charge, release date and release type, or we can pull the individual I-247A forms that were scanned into each booking file (roughly 1,100 bookings). Please let us know which you want, or both. The second option will take considerably longer. We will hold the request until we hear from you.<br><br>&ndash; R. Amaya, Records Section</blockquote>
<p><a href="https://pimasheriffaz.nextrequest.com/requests/26-1187">Reply to this message</a></p>
</div></body></html>
"""
ct, body = multipart('alternative', [leaf(t), leaf(h, 'text/html')], '--==_mimepart_' + hx('028', 24))
add('028-pima-nextrequest-clarification.eml', message([
    ('From', "Pima County Sheriff's Department <pimasheriffaz@mail.nextrequest.com>"),
    ('To', INBOX),
    ('Subject', '[Records Request] Message regarding request #26-1187'),
    ('Date', 'Tue, 06 Oct 2026 11:30:18 -0700'),
    ('Message-ID', '<%s@mail.nextrequest.com>' % hx('028m', 28)),
], ct, body))

# ============================================================ 029 SecureRelease ack for ICE (REQ-016)
html = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1b1b1b">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d6d7d9">
<tr><td style="background:#112e51;color:#fff;padding:12px 16px;font-size:16px">SecureRelease &mdash; FOIA Request Acknowledgment</td></tr>
<tr><td style="padding:16px">
<p>Dear Ana Lucero,</p>
<p>U.S. Immigration and Customs Enforcement (ICE) has received your Freedom of Information Act (FOIA) request and assigned it tracking number <b>2026-ICFO-13590</b>.</p>
<p>Your request was received on <b>10/05/2026</b>.</p>
<p><b>Request summary:</b> Intergovernmental service agreements, task orders and modifications covering ICE detainees housed at Louisiana State Penitentiary (&ldquo;Camp 57&rdquo;), and records of transfers of detainees into and out of that facility, 2025 &ndash; present.</p>
<p>ICE processes requests on a first-in, first-out basis. You will be notified by e-mail when the status of your request changes or when documents are available.</p>
<p>Sincerely,<br>ICE FOIA Office</p>
</td></tr>
<tr><td style="padding:8px 16px;font-size:11px;color:#5b616b;border-top:1px solid #d6d7d9">This is an automated message sent from SecureRelease. Please do not reply to this e-mail.</td></tr>
</table>
</body></html>
"""
add('029-securerelease-ice-ack-camp57.eml', simple([
    ('From', 'SecureRelease <no-reply@securerelease.us>'),
    ('To', INBOX),
    ('Subject', 'FOIA Request 2026-ICFO-13590 Acknowledgment'),
    ('Date', 'Wed, 07 Oct 2026 12:01:33 -0400'),
    ('Message-ID', '<%s@securerelease.us>' % hx('029', 32)),
], html, 'text/html', cte='base64'))

# ============================================================ 030 MSHP video redaction fee estimate, hourly (REQ-015)
mid, ol = outlook_headers('030', 'P052377-092326 Cost Estimate - In-car and Body-worn Camera Video', tenant='SN6PR16MB')
mid = mid.replace('namprd09', 'namprd16')
add('030-mshp-video-redaction-fee.eml', simple([
    ('From', 'Dale Kessinger <dale.kessinger@mshp.dps.mo.gov>'),
    ('To', INBOX),
    ('Cc', 'Carla Whitten <carla.whitten@mshp.dps.mo.gov>'),
    ('Subject', 'P052377-092326 Cost Estimate - In-car and Body-worn Camera Video'),
    ('Date', 'Thu, 08 Oct 2026 13:25:50 -0500'),
    ('Message-ID', mid),
] + ol, """\
Ms. Lucero,

Thank you for clarifying your request. You asked for the complete in-car
video from both patrol vehicles and the body-worn camera video of all three
troopers for the August 14, 2026 stop on I-44.

We located five recordings totalling approximately 3 hours 52 minutes:

    Car 1 in-car video          52 min
    Car 2 in-car video          47 min
    BWC - Trooper 1             41 min
    BWC - Trooper 2             38 min
    BWC - Trooper 3             54 min

Before release, each recording must be reviewed in full and redacted to
remove the faces and identifying information of the two passengers who were
not arrested, a juvenile, and the in-car computer screen, using our video
redaction software. Our experience is that redaction takes about two and a
half hours of analyst time for each hour of video.

Estimated cost:

    Video review and redaction   9.75 hours x $31.62/hour   $308.30
    Digital delivery (download link)                            $5.00
    Estimated total                                           $313.30

The hourly rate is the average hourly rate of the staff member who performs
the redaction, as allowed by Section 610.026, RSMo. This is an estimate; you
will be billed the actual cost, which may be lower or higher.

Payment is required before redaction begins. Under Missouri law, a request
for public records is considered withdrawn if the requester does not remit
all fees within 30 days of a request for payment. Payment may be made by
check payable to "Missouri State Highway Patrol" or by card by calling the
Patrol Records Division at (573) 526-6153.

Dale Kessinger
Video Records Analyst
Patrol Records Division
Missouri State Highway Patrol
"""))

# ============================================================ 031 Louisiana DPSC extension with new date (REQ-011)
ack_mid = outlook_headers('011', '', tenant='CH2PR14MB')[0].replace('namprd09', 'namprd14')
mid, ol = outlook_headers('031', rsub(11), tenant='CH2PR14MB')
mid = mid.replace('namprd09', 'namprd14')
add('031-la-dpsc-extension.eml', simple([
    ('From', 'Lacey Broussard <lacey.broussard@la.gov>'),
    ('To', '"Southwest Ledger Records Desk" <%s>' % plus(11)),
    ('Subject', 'RE: %s (PRR-26-417)' % rsub(11)),
    ('Date', 'Fri, 09 Oct 2026 10:40:12 -0500'),
    ('Message-ID', mid),
    ('In-Reply-To', ack_mid),
    ('References', '%s %s' % (rmid(11), ack_mid)),
] + ol, """\
Ms. Lucero,

I wanted to update you on PRR-26-417. The business office has located the
cooperative endeavor agreement and the invoices through June, but we are
still waiting on the per diem billing reconciliation for July and August.
Legal Services also has to finish its review of the agreement appendices,
which describe security staffing and housing assignments.

We now anticipate that the records will be ready on or before Friday,
October 30, 2026. We apologize for the delay and appreciate your patience.

Lacey Broussard
Paralegal \u2013 Legal Services
Louisiana Department of Public Safety & Corrections \u2013 Corrections Services

-----Original Message-----
From: Lacey Broussard
Sent: Thursday, September 17, 2026 2:12 PM
To: Southwest Ledger Records Desk <foia+req-011@newsdesk.example.org>
Subject: RE: %s

Ms. Lucero,

The Department received your public records request on September 16, 2026.
It has been logged as PRR-26-417; please reference that number in any
follow-up. [...]
""" % rsub(11), charset='windows-1252'))

# ============================================================ 032 CBP 10-working-day extension (REQ-005)
mid, ol = outlook_headers('032', 'CBP-FO-2026-104233 - Extension of Time', tenant='DM6PR09MB')
add('032-cbp-extension-unusual.eml', simple([
    ('From', 'CBP FOIA <cbpfoia@cbp.dhs.gov>'),
    ('To', INBOX),
    ('Subject', 'CBP-FO-2026-104233 - Extension of Time'),
    ('Date', 'Tue, 13 Oct 2026 14:05:31 -0400'),
    ('Message-ID', mid),
] + ol, """\
Dear Ms. Lucero:

This letter concerns your Freedom of Information Act (FOIA) request
CBP-FO-2026-104233, received September 14, 2026.

The records responsive to items 1, 2 and 4 of your request are located at
Tucson Sector headquarters and at several Border Patrol stations, and some
must be reviewed in consultation with the Office of Chief Counsel. Because
of these unusual circumstances, CBP is extending the time to respond to your
request by ten (10) working days, as permitted by 5 U.S.C. 552(a)(6)(B)(i)
and 6 C.F.R. 5.5(c).

You may narrow the scope of your request or arrange an alternative time
frame by contacting the CBP FOIA Public Liaison at (202) 325-0150. You may
also seek dispute resolution services from the Office of Government
Information Services (OGIS), National Archives and Records Administration,
8601 Adelphi Road, College Park, MD 20740-6001; ogis@nara.gov;
202-741-5770; toll free 1-877-684-6448.

Sincerely,

FOIA Division
U.S. Customs and Border Protection
"""))

# ============================================================ 033 Kinney no records (REQ-010)
t = """\
Ms Lucero,

I checked with the jail administrator. The Operation Lone Star trespass
arrestees are not held in our county jail, they are booked at the state
processing center and go to the TDCJ Briscoe unit, and our office does not
release anybody from our custody to Border Patrol or ICE. So we do not have
any records of releases to Border Patrol or ICE for the dates you asked.

If you want the booking records from the processing center that would be a
different request to the state.

Lola
Kinney County Sheriff's Office - Records
"""
h = '<div dir="ltr">' + ''.join('<div>%s</div>' % (l.replace("'", '&#39;') or '<br>') for l in t.split('\n')) + '</div>\n'
ct, body = multipart('alternative', [leaf(t, charset='UTF-8'), leaf(h, 'text/html', charset='UTF-8')], '000000000000' + hx('033', 16))
add('033-kinney-gmail-no-records.eml', message([
    ('From', 'Lola Trevino <lola.trevino77@gmail.com>'),
    ('To', 'Southwest Ledger Records Desk <%s>' % plus(10)),
    ('Subject', 'Re: ' + rsub(10)),
    ('Date', 'Thu, 15 Oct 2026 11:11:46 -0500'),
    ('Message-ID', gmail_mid('033')),
    ('In-Reply-To', gmail_mid('025')),
    ('References', '%s %s' % (rmid(10), gmail_mid('025'))),
], ct, body))

# ============================================================ 034 Kinney final release (REQ-009)
our_pay_mid = '<req-009.20261005.3@newsdesk.example.org>'
csv = """\
arrest_date,offense,statute,arresting_agency,disposition_location
2025-01-04,Criminal Trespass,PC 30.05,KCSO,Briscoe Unit
2025-01-04,Criminal Trespass,PC 30.05,KCSO,Briscoe Unit
2025-01-11,Criminal Trespass,PC 30.05,DPS,Briscoe Unit
2025-02-02,Criminal Trespass,PC 30.05,KCSO,Briscoe Unit
2025-02-19,Criminal Trespass; Evading,PC 30.05; PC 38.04,KCSO,Briscoe Unit
2025-03-07,Criminal Trespass,PC 30.05,DPS,Segovia Unit
"""
notice = """\
|KINNEY COUNTY SHERIFF'S OFFICE - RECORDS

|Response to public information request of Ana Lucero, Southwest Ledger
|Received 09/18/2026. Charges paid 10/14/2026 ($131.40 actual).

The following information has been redacted from the enclosed arrest reports: Texas driver's license and identification numbers (Gov't Code 552.130), dates of birth and social security numbers (Gov't Code 552.101 and 552.147).

Enclosed: spreadsheet of criminal trespass arrests 01/01/2025 - 09/18/2026 (1,046 rows) and 298 pages of arrest reports.
"""
t = """\
Ms Lucero, got the payment, thank you. It came to $131.40 so a little less
than the estimate.

The spreadsheet of all the trespass arrests is attached and the arrest
reports are in the second file. I had to take out DL numbers and dates of
birth, it is on the sheet. That is everything for your request.

Lola
Kinney County Sheriff's Office - Records
"""
h = '<div dir="ltr">' + ''.join('<div>%s</div>' % (l or '<br>') for l in t.split('\n')) + '</div>\n'
alt_ct, alt_body = multipart('alternative', [leaf(t, charset='UTF-8'), leaf(h.replace("'", '&#39;'), 'text/html', charset='UTF-8')], '000000000000' + hx('034a', 16))
ct, body = multipart('mixed', ['Content-Type: ' + alt_ct + '\n\n' + alt_body,
                               attachment('trespass arrests 2025-2026.csv', 'text/csv', csv.encode()),
                               attachment('Redaction notice and reports.pdf', 'application/pdf',
                                          make_pdf(notice, 'Redaction notice', 'Microsoft: Print To PDF'))],
                     '000000000000' + hx('034b', 16))
add('034-kinney-gmail-final-release.eml', message([
    ('From', 'Lola Trevino <lola.trevino77@gmail.com>'),
    ('To', 'Southwest Ledger Records Desk <foia@newsdesk.example.org>'),
    ('Subject', 'Re: open records - trespass arrests'),
    ('Date', 'Mon, 19 Oct 2026 15:37:22 -0500'),
    ('Message-ID', gmail_mid('034')),
    ('In-Reply-To', our_pay_mid),
    ('References', '%s %s %s %s' % (gmail_mid('015'), '<req-009.20260921.2@newsdesk.example.org>', gmail_mid('023'), our_pay_mid)),
], ct, body))

# ============================================================ 035 USCIS closure for missing consent (REQ-002)
letter = """\
|U.S. Department of Homeland Security
|U.S. Citizenship and Immigration Services
|National Records Center, FOIA/PA Office
|P.O. Box 648010, Lee's Summit, MO 64064-8010

|October 20, 2026

|Ana Lucero
|Southwest Ledger Records Desk

|Dear Ana Lucero:

|RE: NRC2026118820
|Subject of record: HECTOR MANUEL VILLALOBOS RUIZ

We received your request for records on September 10, 2026. On September 18, 2026, we wrote to ask you to provide the subject's date of birth, place of birth and his signed consent to the release of his records to you, and advised that your request would be closed if we did not receive the information within 30 days.

As of the date of this letter, we have not received the requested information or the consent form. Without the consent of the subject or proof of death, records about a living third party, if any exist, would be exempt from disclosure under FOIA exemptions (b)(6) and (b)(7)(C), 5 U.S.C. 552(b)(6) and (b)(7)(C), because their release could reasonably be expected to constitute an unwarranted invasion of personal privacy. Accordingly, we are closing your request.

You may submit a new request with the subject's signed consent at any time.

You have the right to appeal this determination. Your appeal must be received within 90 days of the date of this letter. You may file an appeal online through FIRST (https://first.uscis.gov) or by mail to: USCIS FOIA/PA Appeals Office, 150 Space Center Loop, Suite 500, Lee's Summit, MO 64064-2139. Both the envelope and letter of appeal should be clearly marked "Freedom of Information Act/Privacy Act Appeal."

You may also seek dispute resolution services from the USCIS FOIA Public Liaison at (816) 350-5785 or from the Office of Government Information Services (OGIS) at ogis@nara.gov or 1-877-684-6448.

Sincerely,

Terrence M. Vaughn
Director, FOIA Operations
"""
mid, ol = outlook_headers('035', 'NRC2026118820 - Final Action', tenant='BN8PR09MB', has_attach=True)
parts = [leaf("""\
Dear Ms. Lucero:

Please see the attached correspondence regarding control number
NRC2026118820.

National Records Center
FOIA/PA Office
"""), attachment('NRC2026118820_Closure.pdf', 'application/pdf', make_pdf(letter, 'NRC2026118820', 'FIPS Correspondence'))]
ct, body = multipart('mixed', parts, '_004_' + mid[1:25] + '_')
add('035-uscis-closure-no-consent.eml', message([
    ('From', 'USCIS FOIA <uscis.foia@uscis.dhs.gov>'),
    ('To', plus(2)),
    ('Subject', 'NRC2026118820 - Final Action'),
    ('Date', 'Tue, 20 Oct 2026 09:20:05 -0500'),
    ('Message-ID', mid),
] + ol, ct, body))

# ============================================================ 036 CBP no records via SecureRelease (REQ-006)
html = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1b1b1b">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d6d7d9">
<tr><td style="background:#112e51;color:#fff;padding:12px 16px;font-size:16px">SecureRelease &mdash; Correspondence</td></tr>
<tr><td style="padding:16px">
<p>Dear Ana Lucero,</p>
<p>This is the final response to your Freedom of Information Act (FOIA) request to U.S. Customs and Border Protection (CBP), tracking number <b>CBP-FO-2026-104977</b>, received on 09/14/2026, seeking communications between the U.S. Border Patrol Del Rio Sector and the Kinney County Sheriff&#39;s Office concerning the handoff of persons arrested for criminal trespass, January 1, 2025 to present.</p>
<p>CBP conducted a search of the e-mail accounts of the Del Rio Sector Chief&#39;s office and the Brackettville Station Patrol Agent in Charge, and of the station&#39;s shared operational files, using the terms &ldquo;Kinney,&rdquo; &ldquo;KCSO,&rdquo; &ldquo;trespass,&rdquo; &ldquo;OLS&rdquo; and &ldquo;handoff&rdquo;. The search did not locate any records responsive to your request.</p>
<p>You have the right to appeal this determination. Your appeal must be submitted within 90 days of the date of this letter through SecureRelease or by mail to: U.S. Customs and Border Protection, FOIA Appeals, Policy and Litigation Branch, 90 K Street NE, 10th Floor, Washington, DC 20229-1181. Please mark the envelope &ldquo;FOIA Appeal&rdquo;.</p>
<p>You may also contact the CBP FOIA Public Liaison at (202) 325-0150, or the Office of Government Information Services (OGIS) at ogis@nara.gov or 1-877-684-6448.</p>
<p>Sincerely,<br>FOIA Division<br>U.S. Customs and Border Protection</p>
</td></tr>
<tr><td style="padding:8px 16px;font-size:11px;color:#5b616b;border-top:1px solid #d6d7d9">This is an automated message sent from SecureRelease. Please do not reply to this e-mail.</td></tr>
</table>
</body></html>
"""
add('036-securerelease-cbp-no-records.eml', simple([
    ('From', 'SecureRelease <no-reply@securerelease.us>'),
    ('To', INBOX),
    ('Subject', 'Correspondence for FOIA Request CBP-FO-2026-104977'),
    ('Date', 'Wed, 21 Oct 2026 10:45:16 -0400'),
    ('Message-ID', '<%s@securerelease.us>' % hx('036', 32)),
], html, 'text/html', cte='base64'))

# ============================================================ 037 SecureRelease status closed (REQ-006)
html = """\
<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
<p>The status of FOIA request <b>CBP-FO-2026-104977</b> has changed to <b>Closed</b>.</p>
<p><a href="https://securerelease.us/app/requests">Sign in to SecureRelease</a> to view details.</p>
<p style="font-size:11px;color:#5b616b">This is an automated message sent from SecureRelease. Please do not reply to this e-mail.</p>
</body></html>
"""
add('037-securerelease-status-closed.eml', simple([
    ('From', 'SecureRelease <no-reply@securerelease.us>'),
    ('To', INBOX),
    ('Subject', 'FOIA Request CBP-FO-2026-104977 Status Update'),
    ('Date', 'Wed, 21 Oct 2026 10:46:02 -0400'),
    ('Message-ID', '<%s@securerelease.us>' % hx('037', 32)),
], html, 'text/html'))

# ============================================================ 038 MSHP GovQA partial release (REQ-014)
add('038-mshp-govqa-interim.eml', simple([
    ('From', 'Missouri State Highway Patrol Public Records Center <mshp@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', 'Sunshine Request :: P052318-092226 - Partial Release'),
    ('Date', 'Fri, 23 Oct 2026 14:30:27 -0500'),
    ('Message-ID', '<%s@mycusthelp.net>' % hx('038', 26)),
], """\
<html><body style="font-family:Verdana,Arial;font-size:9pt">
<p>Dear Ana Lucero,</p>
<p>The Missouri State Highway Patrol has released records in partial response to your Sunshine request <b>P052318-092226</b>. The following documents are available for download in the Public Records Center:</p>
<table border="1" cellpadding="4" cellspacing="0" style="font-size:9pt;border-collapse:collapse">
<tr><th>Document</th><th>Pages</th></tr>
<tr><td>287(g) Memorandum of Agreement, Task Force Model (executed 2025)</td><td>14</td></tr>
<tr><td>General Order 52-07, Immigration Enforcement Task Force</td><td>9</td></tr>
<tr><td>Task force training completion roster (names of troopers redacted)</td><td>3</td></tr>
</table>
<p>The Patrol is continuing to compile and review the encounter and arrest reports prepared under the agreement and will release them as soon as that review is complete.</p>
<p><a href="https://mshp.mycusthelp.com/WEBAPP/_rs/(S(x))/supporthome.aspx">Log in to the Public Records Center</a></p>
<p>Patrol Records Division<br>Missouri State Highway Patrol</p>
</body></html>
""", 'text/html'))

# ============================================================ 039 NextRequest first installment (REQ-007)
t = """\
Pima County Sheriff's Department

Documents have been released on request #26-1187:

  * JMS_ICE_detainer_bookings_2025.xlsx
  * Records_Section_note_26-1187.pdf

Message from staff:

"Per your reply, this is the first installment: the JMS report of bookings
with an ICE detainer flag for calendar year 2025. We are working on the 2026
report (through Aug. 31) and the scanned I-247A forms and will release them
on this request when they are ready. Dates of birth and booking photos are
not included."

- R. Amaya, Records Section

View documents: https://pimasheriffaz.nextrequest.com/requests/26-1187
"""
h = """\
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:0 auto">
<p style="font-size:18px;color:#0b4f6c"><b>Pima County Sheriff&#39;s Department</b></p>
<p>Documents have been released on request <b>#26-1187</b>:</p>
<ul><li>JMS_ICE_detainer_bookings_2025.xlsx</li><li>Records_Section_note_26-1187.pdf</li></ul>
<p>Message from staff:</p>
<blockquote style="border-left:3px solid #0b4f6c;padding-left:10px">Per your reply, this is the first installment: the JMS report of bookings with an ICE detainer flag for calendar year 2025. We are working on the 2026 report (through Aug. 31) and the scanned I-247A forms and will release them on this request when they are ready. Dates of birth and booking photos are not included.<br><br>&ndash; R. Amaya, Records Section</blockquote>
<p><a href="https://pimasheriffaz.nextrequest.com/requests/26-1187">View documents</a></p>
</div></body></html>
"""
ct, body = multipart('alternative', [leaf(t), leaf(h, 'text/html')], '--==_mimepart_' + hx('039', 24))
add('039-pima-nextrequest-interim.eml', message([
    ('From', "Pima County Sheriff's Department <pimasheriffaz@mail.nextrequest.com>"),
    ('To', INBOX),
    ('Subject', '[Records Request] Documents released on request #26-1187'),
    ('Date', 'Tue, 27 Oct 2026 16:02:40 -0700'),
    ('Message-ID', '<%s@mail.nextrequest.com>' % hx('039m', 28)),
], ct, body))

# ============================================================ 040 JustFOIA new-message notice, direct (REQ-013)
add('040-greenville-justfoia-new-message.eml', simple([
    ('From', 'Greenville County FOIA <greenvillecountysc@notify.justfoia.com>'),
    ('To', plus(13)),
    ('Subject', 'New message on request FOI26-0933'),
    ('Date', 'Wed, 28 Oct 2026 09:00:12 -0400'),
    ('Message-ID', '<%s@notify.justfoia.com>' % hx('040', 30)),
], """\
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>You have a new message regarding your request <b>FOI26-0933</b>.</p>
<p>Please <a href="https://greenvillecountysc.justfoia.com/publicportal/home/track">log in to the Greenville County FOIA portal</a> to read and respond to the message.</p>
<p style="color:#777;font-size:11px">This mailbox is not monitored. Please do not reply to this email.</p>
</body></html>
""", 'text/html'))

# ============================================================ 041 Louisiana DPSC release by ShareFile link (REQ-011)
mid41, ol = outlook_headers('041', 'PRR-26-417 - Records Available', tenant='CH2PR14MB')
mid41 = mid41.replace('namprd09', 'namprd14')
add('041-la-dpsc-sharefile-release.eml', simple([
    ('From', 'Lacey Broussard <lacey.broussard@la.gov>'),
    ('To', '"Southwest Ledger Records Desk" <%s>' % plus(11)),
    ('Subject', 'PRR-26-417 - Records Available'),
    ('Date', 'Fri, 30 Oct 2026 11:15:39 -0500'),
    ('Message-ID', mid41),
] + ol, """\
Ms. Lucero,

The Department's response to your public records request PRR-26-417 is
complete. The responsive records are available for download through the
State's secure file-sharing service at the link below. The link will remain
active for 14 days.

    https://lasdoc.sharefile.com/d-s8f2a1c77e3b4d09

The folder contains 212 pages:

  - Cooperative endeavor agreement between the Department and U.S.
    Immigration and Customs Enforcement, with two amendments
  - Monthly per diem invoices and payment records, January through August
    2026

Portions of Appendix B to the agreement (post orders, housing-unit layouts
and security staffing levels) have been redacted as security-sensitive
information exempt under La. R.S. 44:3. No other information was withheld.

For security reasons, the password to open the folder will be sent to you
in a separate e-mail.

This concludes the Department's response to your request.

Lacey Broussard
Paralegal \u2013 Legal Services
Louisiana Department of Public Safety & Corrections \u2013 Corrections Services
""", charset='windows-1252'))

# ============================================================ 042 Louisiana DPSC passcode mail (REQ-011)
mid, ol = outlook_headers('042', 'PRR-26-417 - access code', tenant='CH2PR14MB')
mid = mid.replace('namprd09', 'namprd14')
add('042-la-dpsc-passcode.eml', simple([
    ('From', 'Lacey Broussard <lacey.broussard@la.gov>'),
    ('To', '"Southwest Ledger Records Desk" <%s>' % plus(11)),
    ('Subject', 'PRR-26-417 - access code'),
    ('Date', 'Fri, 30 Oct 2026 11:17:02 -0500'),
    ('Message-ID', mid),
] + ol, """\
Access code for the ShareFile folder sent a few minutes ago:

    Cmp57-rel#4417

It is case sensitive.

Lacey Broussard
Paralegal \u2013 Legal Services
""", charset='windows-1252'))

# ============================================================ 043 ICE extension with estimated date (REQ-016)
mid, ol = outlook_headers('043', '2026-ICFO-13590 \u2013 Extension of Time')
add('043-ice-extension-camp57.eml', simple([
    ('From', 'ICE FOIA <ice-foia@ice.dhs.gov>'),
    ('To', INBOX),
    ('Subject', ew('ICE FOIA Request 2026-ICFO-13590 \u2013 Extension of Time')),
    ('Date', 'Mon, 02 Nov 2026 15:30:44 -0500'),
    ('Message-ID', mid),
] + ol, """\
Dear Ms. Lucero,

This concerns your Freedom of Information Act (FOIA) request to U.S.
Immigration and Customs Enforcement (ICE), 2026-ICFO-13590, received on
October 5, 2026, for agreements and transfer records concerning ICE
detainees housed at Louisiana State Penitentiary.

Your request requires a search of the New Orleans Field Office and the
Office of Acquisition Management, and consultation with another agency that
has a substantial interest in the records. ICE is therefore invoking a
10-day extension of the time to respond, as provided in 5 U.S.C.
552(a)(6)(B)(i). Based on the volume of records identified so far, ICE
currently estimates that a response will be issued by December 18, 2026.

You may limit the scope of your request, or arrange an alternative time
frame, by contacting the ICE FOIA Public Liaison at (866) 633-1182. You may
also contact OGIS at ogis@nara.gov or 1-877-684-6448.

Regards,

ICE FOIA Office
"""))

# ============================================================ 044 SecureRelease "a document has been added" (REQ-003)
add('044-securerelease-document-added.eml', simple([
    ('From', 'SecureRelease <no-reply@securerelease.us>'),
    ('To', INBOX),
    ('Subject', 'FOIA Request 2026-ICFO-10873 - Document Added'),
    ('Date', 'Wed, 04 Nov 2026 08:30:07 -0500'),
    ('Message-ID', '<%s@securerelease.us>' % hx('044', 32)),
], """\
<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
<p>A document has been added to your request.</p>
<p><a href="https://securerelease.us/app/requests/2026ICFO10873/documents">View document</a></p>
<p style="font-size:11px;color:#5b616b">This is an automated message sent from SecureRelease. Please do not reply to this e-mail.</p>
</body></html>
""", 'text/html'))

# ============================================================ 045 ICE final, letter only in PDF named by number (REQ-003)
letter = """\
|U.S. Department of Homeland Security
|U.S. Immigration and Customs Enforcement
|Freedom of Information Act Office
|500 12th Street SW, Stop 5009, Washington, DC 20536-5009

|November 4, 2026

|Ana Lucero
|Southwest Ledger Records Desk

|RE: ICE FOIA Case Number 2026-ICFO-10873

Dear Ms. Lucero:

This is the final response to your Freedom of Information Act (FOIA) request to U.S. Immigration and Customs Enforcement (ICE), dated September 8, 2026. You seek Forms I-247A lodged with the Pima County Adult Detention Complex from January 1, 2024 to the present, and related correspondence with the Pima County Sheriff's Department.

ICE conducted a search of the Enforcement and Removal Operations (ERO) Phoenix Field Office and the ERO Law Enforcement Systems and Analysis Division for records responsive to your request. A total of 1,312 pages were located. Of those pages, ICE has determined that 96 pages are releasable in their entirety, 1,203 pages are partially releasable pursuant to FOIA exemptions (b)(6), (b)(7)(C) and (b)(7)(E), and 13 pages are withheld in full pursuant to exemption (b)(7)(E), 5 U.S.C. 552(b)(6), (b)(7)(C) and (b)(7)(E).

FOIA Exemption 6 exempts from disclosure personnel or medical files and similar files the release of which would cause a clearly unwarranted invasion of personal privacy. ICE has applied Exemption 6 together with Exemption 7(C), which protects records compiled for law enforcement purposes the release of which could reasonably be expected to constitute an unwarranted invasion of personal privacy, to the names, dates of birth, identification numbers and other identifying information of detained individuals, third parties and law enforcement personnel.

FOIA Exemption 7(E) protects records compiled for law enforcement purposes that would disclose techniques and procedures for law enforcement investigations or prosecutions, or guidelines whose disclosure could reasonably be expected to risk circumvention of the law. ICE has applied Exemption 7(E) to database codes, case-category identifiers, internal routing information and the criteria used to prioritize detainer issuance.

You have the right to appeal this determination. Should you wish to do so, you must send your appeal and a copy of this letter, within 90 days of the date of this letter, through SecureRelease or to: U.S. Immigration and Customs Enforcement, Office of the Principal Legal Advisor, U.S. Department of Homeland Security, 500 12th Street SW, Mail Stop 5900, Washington, D.C. 20536-5900, following the procedures in 6 C.F.R. 5.8. Your envelope and letter should be marked "FOIA Appeal." Copies of the FOIA and DHS regulations are available at www.dhs.gov/foia.

The Office of Government Information Services (OGIS) also mediates disputes between FOIA requesters and Federal agencies as a non-exclusive alternative to litigation. You may contact OGIS at ogis@nara.gov, 202-741-5770, or toll free 1-877-684-6448. If you have questions, you may contact the ICE FOIA Public Liaison at (866) 633-1182.

Sincerely,

ICE FOIA Office
"""
parts = [leaf('Please see the attached correspondence.\n\nICE FOIA Office\n', cte='7bit', charset='us-ascii'),
         attachment('2026-ICFO-10873_Final.pdf', 'application/pdf', make_pdf(letter, 'Final Response', 'Adobe PDF Library 23.8.53'))]
mid, ol = outlook_headers('045', 'ICE FOIA Final Response', has_attach=True)
ct, body = multipart('mixed', parts, '_004_' + mid[1:25] + '_')
add('045-ice-final-pdf-only.eml', message([
    ('From', 'ICE FOIA <ice-foia@ice.dhs.gov>'),
    ('To', INBOX),
    ('Subject', 'ICE FOIA Final Response'),
    ('Date', 'Wed, 04 Nov 2026 08:52:18 -0500'),
    ('Message-ID', mid),
] + ol, ct, body))

# ============================================================ 046 Greenville first production via Google Group (REQ-013)
moa = """\
|GREENVILLE COUNTY DETENTION CENTER
|FOIA RELEASE - FOI26-0933 - PART 1

Contents: Memorandum of Agreement between U.S. Immigration and Customs Enforcement and Greenville County, South Carolina (Jail Enforcement Model), executed 2025, 18 pages; agenda of the 287(g) steering committee meeting of March 2026, 2 pages.

No information has been redacted from the documents in this part.
"""
mid, ol = outlook_headers('046', 'FOI26-0933 - first production', tenant='PH0PR02MB', has_attach=True)
mid = mid.replace('namprd09', 'namprd02')
parts = [leaf("""\
Ms. Lucero,

Deposit received - thank you. Attached is the first part of our production
for FOI 26-0933: the current 287(g) Memorandum of Agreement and the agenda
for the March 2026 steering committee meeting.

The monthly encounter statistics and the ICE notification logs will follow
once the redactions are complete. I expect to have those to you by the end
of November.

Tamika Rhodes
FOIA Coordinator
Greenville County Detention Center
"""), attachment('FOI26-0933_Part1.pdf', 'application/pdf', make_pdf(moa, 'FOI26-0933 Part 1', 'Adobe Acrobat Pro (64-bit) 24'))]
ct, body = multipart('mixed', parts, '_004_' + mid[1:25] + '_')
add('046-greenville-interim-ggroup.eml', message([
    ('From', '"\'Tamika Rhodes\' via FOIA Desk" <foia@newsdesk.example.org>'),
    ('Reply-To', 'Tamika Rhodes <trhodes@greenvillecounty.org>'),
    ('To', 'Southwest Ledger Records Desk <%s>' % plus(13)),
    ('Subject', 'FOI26-0933 - first production'),
    ('Date', 'Fri, 06 Nov 2026 13:14:55 -0500'),
    ('Message-ID', mid),
] + ggroup_headers('trhodes@greenvillecounty.org') + ol, ct, body))

# ============================================================ 047 ICE analyst, ambiguous call request (null)
mid, ol = outlook_headers('047', 'Your FOIA request - quick call?')
add('047-ice-analyst-ambiguous-call.eml', simple([
    ('From', 'Gavin Sato <Gavin.Sato@ice.dhs.gov>'),
    ('To', INBOX),
    ('Subject', 'Your FOIA request - quick call?'),
    ('Date', 'Mon, 09 Nov 2026 10:05:37 -0500'),
    ('Message-ID', mid),
] + ol, """\
Good morning Ms. Lucero,

I've been assigned your request about ICE's agreements with state and local
partner agencies. Before I send out search tasks I'd like to talk through
the scope and the date range with you - some of what you asked for may
already be posted in the ICE FOIA Library, and narrowing could save you
several months.

Could you give me a call at (202) 732-4591 some time this week? I'm in
between 8:30 and 4:00 Eastern.

Thanks,

Gavin Sato
Government Information Specialist
ICE FOIA Office
"""))

# ============================================================ 048 USCIS interim release (REQ-001)
letter = """\
|U.S. Department of Homeland Security
|U.S. Citizenship and Immigration Services
|National Records Center, FOIA/PA Office

|November 10, 2026

|Ana Lucero
|Southwest Ledger Records Desk

|RE: COW2026004581 - Interim Response 1

Dear Ana Lucero:

This is an interim response to your Freedom of Information Act request for records reflecting referrals of benefit applicants to U.S. Immigration and Customs Enforcement under the 2025 Notice to Appear policy memorandum.

We have completed review of the first set of potentially responsive records, 240 pages of policy guidance, operational instructions and statistical reports. We are releasing 168 pages in their entirety and 72 pages in part. Information has been withheld under FOIA exemptions (b)(5), (b)(6) and (b)(7)(C), 5 U.S.C. 552(b)(5), (b)(6) and (b)(7)(C), to protect deliberative, pre-decisional material and the names and contact information of USCIS employees.

We are continuing to review additional records, including records referred to us by another component, and will send further releases as they are completed. You will be advised of your appeal rights when we issue our final response.

Sincerely,

Terrence M. Vaughn
Director, FOIA Operations
"""
mid, ol = outlook_headers('048', 'COW2026004581 - Interim Response', tenant='BN8PR09MB', has_attach=True)
parts = [leaf("""\
Dear Ms. Lucero:

Attached are our interim response letter and the first release of records
(240 pages) for control number COW2026004581.

National Records Center
FOIA/PA Office
"""), attachment('COW2026004581_Interim_1.pdf', 'application/pdf', make_pdf(letter, 'Interim Response', 'FIPS Correspondence'))]
ct, body = multipart('mixed', parts, '_004_' + mid[1:25] + '_')
add('048-uscis-interim.eml', message([
    ('From', 'USCIS FOIA <uscis.foia@uscis.dhs.gov>'),
    ('To', plus(1)),
    ('Subject', 'COW2026004581 - Interim Response'),
    ('Date', 'Tue, 10 Nov 2026 15:40:22 -0600'),
    ('Message-ID', mid),
] + ol, ct, body))

# ============================================================ 049 colleague forwards MSHP video release (REQ-015)
inner = """\
---------- Forwarded message ---------
From: Dale Kessinger <dale.kessinger@mshp.dps.mo.gov>
Date: Fri, Nov 13, 2026 at 2:41 PM
Subject: P052377-092326 - Video Release
To: Marisol Ortega <mortega@newsdesk.example.org>
Cc: Carla Whitten <carla.whitten@mshp.dps.mo.gov>


Ms. Ortega,

Thank you for the payment taken by phone today ($299.07, actual cost; the
redaction took 9.3 hours). The redacted in-car and body-worn camera
recordings for Sunshine request P052377-092326 are available for download
at the link below. The link expires December 13, 2026.

https://mshp.evidence.com/axon/share/8f3c1d29e6b04a7c

Redacted from the recordings: the faces and voices of the two passengers
who were not arrested, the juvenile passenger, and the in-car computer
screen, which displays closed criminal history information (Sections
610.021 and 610.120, RSMo). Nothing else was withheld.

This completes the Patrol's response to your request.

Dale Kessinger
Video Records Analyst
Patrol Records Division
Missouri State Highway Patrol
"""
t = "For the I-44 stop file - link works, I checked.\n\n" + inner
h = ('<div dir="ltr">For the I-44 stop file - link works, I checked.<br><br><div class="gmail_quote">'
     + inner.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</div></div>\n')
ct, body = multipart('alternative', [leaf(t, charset='UTF-8'), leaf(h, 'text/html', charset='UTF-8')], '000000000000' + hx('049', 16))
add('049-fwd-colleague-mshp-video.eml', message([
    ('From', 'Marisol Ortega <mortega@newsdesk.example.org>'),
    ('To', 'Southwest Ledger Records Desk <foia@newsdesk.example.org>'),
    ('Subject', 'Fwd: P052377-092326 - Video Release'),
    ('Date', 'Mon, 16 Nov 2026 09:12:30 -0700'),
    ('Message-ID', '<CAM%s@mail.gmail.com>' % b64seed('049', 40).replace('/', '_').replace('+', '-')),
], ct, body))

# ============================================================ 050 MSHP final with closed reports (REQ-014)
rel = """\
|MISSOURI STATE HIGHWAY PATROL - PATROL RECORDS DIVISION
|Sunshine Request P052318-092226 - Final Release

Enclosed: 63 encounter and arrest reports prepared under the 287(g) Task Force Model agreement, January 2025 - September 2026, 241 pages. Redacted: names, dates of birth and addresses of persons not arrested; driver license numbers.

Withheld: 4 reports relating to active investigations, closed under Section 610.100.3, RSMo.
"""
mid, ol = outlook_headers('050', 'Sunshine Request P052318 - Final Response', tenant='SN6PR16MB', has_attach=True)
mid = mid.replace('namprd09', 'namprd16')
parts = [leaf("""\
Ms. Lucero:

This completes the Patrol's response to your Sunshine Law request
P052318-092226. Attached are 63 encounter and arrest reports prepared under
the Patrol's 287(g) Task Force Model agreement from January 2025 through
September 2026 (241 pages).

Personal information of individuals who were not arrested and driver
license numbers have been redacted. Four additional reports relate to
active investigations and are closed pursuant to Section 610.100.3, RSMo;
they are being withheld in their entirety at this time. Those reports may
become available once the investigations are inactive.

There is no charge for this release. The request is now closed.

Carla Whitten
Sunshine Law Coordinator / Custodian of Records
Patrol Records Division
Missouri State Highway Patrol
"""), attachment('P052318-092226_Encounter_Reports_Redacted.pdf', 'application/pdf', make_pdf(rel, 'Final Release', 'Adobe Acrobat Pro 2020'))]
ct, body = multipart('mixed', parts, '_004_' + mid[1:25] + '_')
add('050-mshp-final-closed-reports.eml', message([
    ('From', 'Carla Whitten <carla.whitten@mshp.dps.mo.gov>'),
    ('To', INBOX),
    ('Subject', 'Sunshine Request P052318 - Final Response'),
    ('Date', 'Fri, 20 Nov 2026 14:48:06 -0600'),
    ('Message-ID', mid),
] + ol, ct, body))

# ============================================================ 051 NextRequest closure with final release (REQ-007)
t = """\
Pima County Sheriff's Department

Request #26-1187 has been closed.

Closure reason: Documents released

Documents released:
  * JMS_ICE_detainer_bookings_2026_Jan-Aug.xlsx
  * I-247A_scans_2026_part1.pdf
  * I-247A_scans_2026_part2.pdf

Message from staff:

"This completes your request. Dates of birth, home addresses and booking
photographs have been redacted from the I-247A scans because the privacy
interests of the individuals outweigh the public interest in that
information. Thank you for your patience."

- R. Amaya, Records Section

View request #26-1187: https://pimasheriffaz.nextrequest.com/requests/26-1187
"""
h = """\
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:0 auto">
<p style="font-size:18px;color:#0b4f6c"><b>Pima County Sheriff&#39;s Department</b></p>
<p>Request <b>#26-1187</b> has been closed.</p>
<p><b>Closure reason:</b> Documents released</p>
<p>Documents released:</p>
<ul><li>JMS_ICE_detainer_bookings_2026_Jan-Aug.xlsx</li><li>I-247A_scans_2026_part1.pdf</li><li>I-247A_scans_2026_part2.pdf</li></ul>
<p>Message from staff:</p>
<blockquote style="border-left:3px solid #0b4f6c;padding-left:10px">This completes your request. Dates of birth, home addresses and booking photographs have been redacted from the I-247A scans because the privacy interests of the individuals outweigh the public interest in that information. Thank you for your patience.<br><br>&ndash; R. Amaya, Records Section</blockquote>
<p><a href="https://pimasheriffaz.nextrequest.com/requests/26-1187">View request #26-1187</a></p>
</div></body></html>
"""
ct, body = multipart('alternative', [leaf(t), leaf(h, 'text/html')], '--==_mimepart_' + hx('051', 24))
add('051-pima-nextrequest-closed-final.eml', message([
    ('From', "Pima County Sheriff's Department <pimasheriffaz@mail.nextrequest.com>"),
    ('To', INBOX),
    ('Subject', '[Records Request] Request #26-1187 has been closed'),
    ('Date', 'Tue, 24 Nov 2026 10:30:51 -0700'),
    ('Message-ID', '<%s@mail.nextrequest.com>' % hx('051m', 28)),
], ct, body))

# ============================================================ 052 ICE interim release 1 via Google Group (REQ-004)
letter = """\
|U.S. Immigration and Customs Enforcement - Freedom of Information Act Office

|December 1, 2026

|RE: ICE FOIA Case Number 2026-ICFO-11206 - Interim Release 1

Dear Ms. Lucero:

This is the first interim response to your Freedom of Information Act request for 287(g) agreements, nomination records and steering committee records concerning the Missouri State Highway Patrol and Greenville County, South Carolina.

ICE has processed 146 pages. 98 pages are released in full and 48 pages are released in part under FOIA exemptions (b)(6), (b)(7)(C) and (b)(7)(E). The redacted information consists of names and contact details of officers and ICE personnel, and internal system codes.

ICE continues to process the remaining records, including records held by the St. Louis and Atlanta field offices, and will make further releases on a rolling basis. Appeal rights will be provided with the final response.

Sincerely,
ICE FOIA Office
"""
mid, ol = outlook_headers('052', '2026-ICFO-11206 Interim Release 1', has_attach=True)
parts = [leaf("""\
Dear Ms. Lucero,

Attached is ICE's first interim release for FOIA case 2026-ICFO-11206
(146 pages) together with the cover letter.

ICE FOIA Office
"""), attachment('2026-ICFO-11206_Interim_1.pdf', 'application/pdf', make_pdf(letter, 'Interim Release 1', 'Adobe PDF Library 23.8.53'))]
ct, body = multipart('mixed', parts, '_004_' + mid[1:25] + '_')
add('052-ice-interim-287g-ggroup.eml', message([
    ('From', '"\'ICE FOIA\' via FOIA Desk" <foia@newsdesk.example.org>'),
    ('Reply-To', 'ICE FOIA <ice-foia@ice.dhs.gov>'),
    ('To', 'foia@newsdesk.example.org'),
    ('Subject', '2026-ICFO-11206 Interim Release 1'),
    ('Date', 'Tue, 01 Dec 2026 11:00:29 -0500'),
    ('Message-ID', mid),
] + ggroup_headers('ice-foia@ice.dhs.gov') + ol, ct, body))

# ============================================================ 053 newsletter (null)
t = """\
THE DOCKET - weekly notes on immigration enforcement and the courts
December 3, 2026

1. Detainers keep climbing
ICE lodged more detainers with county jails in fiscal 2026 than in any year
since the program began publishing data; Arizona and Texas border counties
account for a growing share.

2. Camp 57, one year on
A year after ICE detainees began arriving at Louisiana State Penitentiary,
state and federal officials still have not published the per diem rate.
Advocates say public records requests have gone unanswered.

3. FOIA backlog
DHS components reported a combined backlog of more than 200,000 open FOIA
requests at the end of the fiscal year.

You are receiving this because you subscribed at immigrationdocket-weekly.com.
Unsubscribe: https://immigrationdocket-weekly.com/u/8c1e77
"""
h = '<html><body style="font-family:Georgia,serif;font-size:15px;max-width:620px">' + ''.join(
    '<p>%s</p>' % p.replace('\n', ' ') for p in t.strip().split('\n\n')) + '</body></html>\n'
ct, body = multipart('alternative', [leaf(t), leaf(h, 'text/html')], 'b1_' + hx('053', 32))
add('053-newsletter-docket.eml', message([
    ('From', 'The Docket <news@immigrationdocket-weekly.com>'),
    ('To', INBOX),
    ('Subject', 'The Docket: detainers climb, Camp 57 one year on, the FOIA backlog'),
    ('Date', 'Thu, 03 Dec 2026 07:00:04 -0500'),
    ('Message-ID', '<%s@mail.immigrationdocket-weekly.com>' % hx('053', 24)),
    ('List-Unsubscribe', '<https://immigrationdocket-weekly.com/u/8c1e77>, <mailto:unsubscribe@immigrationdocket-weekly.com>'),
    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
    ('Precedence', 'bulk'),
], ct, body))

# ============================================================ 054 Greenville final release, direct (REQ-013)
fin = """\
|GREENVILLE COUNTY DETENTION CENTER
|FOIA RELEASE - FOI26-0933 - PART 2 (FINAL)

Contents: monthly 287(g) encounter statistics, January 2025 - September 2026 (21 pages); ICE notification log (64 pages).

Redacted under S.C. Code Ann. 30-4-40(a)(2): names, dates of birth and booking numbers of detainees.
"""
mid, ol = outlook_headers('054', 'FOI26-0933 - final production', tenant='PH0PR02MB', has_attach=True)
mid = mid.replace('namprd09', 'namprd02')
parts = [leaf("""\
Ms. Lucero,

Attached is the final part of the County's production for FOI26-0933: the
monthly 287(g) encounter statistics for January 2025 through September 2026
and the ICE notification log. Detainee names, dates of birth and booking
numbers were redacted under S.C. Code Ann. 30-4-40(a)(2).

We received the balance of $131.62 on November 30. This completes the
County's response and your request is now closed.

Tamika Rhodes
FOIA Coordinator
Greenville County Detention Center
"""), attachment('FOI26-0933_Part2_Final.pdf', 'application/pdf', make_pdf(fin, 'FOI26-0933 Part 2', 'Adobe Acrobat Pro (64-bit) 24'))]
ct, body = multipart('mixed', parts, '_004_' + mid[1:25] + '_')
add('054-greenville-final.eml', message([
    ('From', 'Tamika Rhodes <trhodes@greenvillecounty.org>'),
    ('To', 'Southwest Ledger Records Desk <%s>' % plus(13)),
    ('Subject', 'FOI26-0933 - final production'),
    ('Date', 'Fri, 04 Dec 2026 15:20:44 -0500'),
    ('Message-ID', mid),
] + ol, ct, body))

# ============================================================ 055 CBP interim release (REQ-005)
letter = """\
|U.S. Customs and Border Protection - FOIA Division
|90 K Street NE, Washington, DC 20229-1181

|December 8, 2026

|Ana Lucero, Southwest Ledger Records Desk
|RE: CBP-FO-2026-104233 - Interim Response

Dear Ms. Lucero:

This is an interim response to your FOIA request for Tucson Sector vehicle pursuit records and agreements between U.S. Border Patrol and the Pima County Sheriff's Department.

CBP has reviewed 328 pages. 211 pages are released in full and 117 pages are released in part. Information was withheld under exemptions (b)(6) and (b)(7)(C) to protect the names and identifying information of agents, deputies and members of the public, and under exemption (b)(7)(E) to protect radio channels, sensor locations and pursuit termination criteria.

CBP is continuing to review approximately 400 additional pages of pursuit reports and will provide a further response.

Sincerely,
FOIA Division
"""
mid, ol = outlook_headers('055', 'CBP-FO-2026-104233 - Interim Response', tenant='DM6PR09MB', has_attach=True)
parts = [leaf("""\
Dear Ms. Lucero:

Please find attached CBP's interim response to FOIA request
CBP-FO-2026-104233 and the first release of records.

FOIA Division
U.S. Customs and Border Protection
"""), attachment('CBP-FO-2026-104233_Interim.pdf', 'application/pdf', make_pdf(letter, 'Interim Response', 'Adobe PDF Library 23.8.53'))]
ct, body = multipart('mixed', parts, '_004_' + mid[1:25] + '_')
add('055-cbp-interim.eml', message([
    ('From', 'CBP FOIA <cbpfoia@cbp.dhs.gov>'),
    ('To', INBOX),
    ('Subject', 'CBP-FO-2026-104233 - Interim Response'),
    ('Date', 'Tue, 08 Dec 2026 13:00:26 -0500'),
    ('Message-ID', mid),
] + ol, ct, body))

# ============================================================ 056 ICE analyst out-of-office (REQ-004)
ice_interim_mid = outlook_headers('052', '')[0]
our_followup = '<req-004.20261209.2@newsdesk.example.org>'
mid, ol = outlook_headers('056', 'RE: 2026-ICFO-11206 Interim Release 1')
add('056-ice-analyst-ooo.eml', simple([
    ('From', 'Kendra Oyelaran <Kendra.Oyelaran@ice.dhs.gov>'),
    ('To', 'Southwest Ledger Records Desk <foia@newsdesk.example.org>'),
    ('Subject', 'Automatic reply: RE: 2026-ICFO-11206 Interim Release 1'),
    ('Date', 'Thu, 10 Dec 2026 09:32:10 -0500'),
    ('Message-ID', mid),
    ('In-Reply-To', our_followup),
    ('References', '%s %s %s' % (rmid(4), ice_interim_mid, our_followup)),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
] + ol, """\
I am out of the office from December 10 through January 4 with no access to
e-mail. Your message will not be forwarded.

For questions about a pending FOIA request, please write to
ice-foia@ice.dhs.gov or contact my backup, Trent Mayhew
(Trent.Mayhew@ice.dhs.gov).
"""))

# ============================================================ 057 Exchange NDR for our follow-up to the backup (REQ-004)
our_mid = '<req-004.20261210.3@newsdesk.example.org>'
orig = """\
From: Southwest Ledger Records Desk <foia@newsdesk.example.org>
Reply-To: foia+req-004@newsdesk.example.org
To: Trent.Mayhew@ice.dhs.gov
Subject: 2026-ICFO-11206 - status of remaining pages
Date: Thu, 10 Dec 2026 09:44:51 -0500
Message-ID: %s
In-Reply-To: %s
References: %s %s %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Mr. Mayhew,

Ms. Oyelaran's auto-reply named you as her backup. Could you tell us when
ICE expects to release the field office records for 2026-ICFO-11206? The
first interim release (146 pages) arrived December 1.

Thank you,
Ana Lucero
Southwest Ledger Records Desk
""" % (our_mid, mid, rmid(4), ice_interim_mid, mid)
ndr_txt = """\
Your message to Trent.Mayhew@ice.dhs.gov couldn't be delivered.

Trent.Mayhew wasn't found at ice.dhs.gov.

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
ndr_html = """\
<html><body><p><b><font color="#000066" size="3">Your message to Trent.Mayhew@ice.dhs.gov couldn't be delivered.</font></b></p>
<p>Trent.Mayhew wasn't found at ice.dhs.gov.</p>
<table cellpadding="4"><tr><td>foia</td><td>Office 365</td><td>Trent.Mayhew</td></tr><tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<p style="font-size:11px">Diagnostic information for administrators:<br>Generating server: SA1PR09MB7702.namprd09.prod.outlook.com<br>Trent.Mayhew@ice.dhs.gov<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</body></html>
"""
alt_ct, alt_body = multipart('alternative', [leaf(ndr_txt, cte='7bit', charset='us-ascii'), leaf(ndr_html, 'text/html', cte='7bit', charset='us-ascii')], '_001_' + hx('057a', 20) + '_')
status = """\
Reporting-MTA: dns;SA1PR09MB7702.namprd09.prod.outlook.com
Received-From-MTA: dns;mx2.newsdesk.example.org
Arrival-Date: Thu, 10 Dec 2026 14:44:55 +0000

Final-Recipient: rfc822;Trent.Mayhew@ice.dhs.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
ct, body = multipart('report', ['Content-Type: ' + alt_ct + '\n\n' + alt_body,
                                'Content-Type: message/delivery-status\n\n' + status,
                                'Content-Type: message/rfc822\n\n' + orig],
                     '_002_' + hx('057b', 20) + '_', '; report-type=delivery-status')
add('057-bounce-ndr-ice-backup.eml', message([
    ('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ice.dhs.gov>'),
    ('To', 'foia@newsdesk.example.org'),
    ('Subject', 'Undeliverable: 2026-ICFO-11206 - status of remaining pages'),
    ('Date', 'Thu, 10 Dec 2026 09:45:00 -0500'),
    ('Message-ID', '<%s@SA1PR09MB7702.namprd09.prod.outlook.com>' % hx('057', 32)),
    ('Auto-Submitted', 'auto-replied'),
    ('X-MS-Exchange-Message-Is-Ndr', ''),
], ct, body))

# ============================================================ 058 USCIS final response (REQ-001)
letter = """\
|U.S. Department of Homeland Security
|U.S. Citizenship and Immigration Services
|National Records Center, FOIA/PA Office
|P.O. Box 648010, Lee's Summit, MO 64064-8010

|December 15, 2026

|Ana Lucero
|Southwest Ledger Records Desk

|RE: COW2026004581 - Final Response

Dear Ana Lucero:

This is the final response to your Freedom of Information Act (FOIA) request, received September 8, 2026, for records reflecting referrals of benefit applicants to ICE under the 2025 Notice to Appear policy memorandum.

On November 10, 2026, we released 240 pages to you. We have now completed review of the remaining records. We located an additional 415 pages. We are releasing 301 pages in their entirety and 98 pages in part, and we are withholding 16 pages in full.

We have withheld information under the following exemptions: (b)(5), which protects inter-agency or intra-agency deliberative and pre-decisional material, including draft guidance and internal recommendations; (b)(6) and (b)(7)(C), which protect the names, telephone numbers and e-mail addresses of USCIS and ICE employees and the identifying information of benefit applicants; and (b)(7)(E), which protects techniques and procedures for law enforcement investigations, including referral criteria and system codes whose release could risk circumvention of the law. Sixty-one pages originated with U.S. Immigration and Customs Enforcement and were processed in consultation with that component.

You have the right to appeal this determination. Your appeal must be received within 90 days of the date of this letter. You may file an appeal online through FIRST (https://first.uscis.gov) or by mail to: USCIS FOIA/PA Appeals Office, 150 Space Center Loop, Suite 500, Lee's Summit, MO 64064-2139. Both the envelope and letter of appeal should be clearly marked "Freedom of Information Act/Privacy Act Appeal."

You may seek dispute resolution services from our FOIA Public Liaison at (816) 350-5785 or from the Office of Government Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi Road, College Park, MD 20740-6001; ogis@nara.gov; 1-877-684-6448.

Sincerely,

Terrence M. Vaughn
Director, FOIA Operations
"""
mid, ol = outlook_headers('058', 'COW2026004581 - Final Response', tenant='BN8PR09MB', has_attach=True)
parts = [leaf("""\
Dear Ms. Lucero:

Attached are the final response letter and the remaining releasable records
for control number COW2026004581. This completes the processing of your
request.

National Records Center
FOIA/PA Office
"""), attachment('COW2026004581_Final_Response.pdf', 'application/pdf', make_pdf(letter, 'Final Response', 'FIPS Correspondence'))]
ct, body = multipart('mixed', parts, '_004_' + mid[1:25] + '_')
add('058-uscis-final.eml', message([
    ('From', 'USCIS FOIA <uscis.foia@uscis.dhs.gov>'),
    ('To', plus(1)),
    ('Subject', 'COW2026004581 - Final Response'),
    ('Date', 'Tue, 15 Dec 2026 10:10:48 -0600'),
    ('Message-ID', mid),
] + ol, ct, body))

# ============================================================ 059 ICE no records (REQ-016)
html = """\
<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Ms. Lucero,</p>
<p>This is the final response to your Freedom of Information Act (FOIA) request to U.S. Immigration and Customs Enforcement (ICE), <b>2026-ICFO-13590</b>, received on October 5, 2026, for intergovernmental service agreements, task orders and modifications covering ICE detainees housed at Louisiana State Penitentiary, and records of transfers of detainees into and out of that facility.</p>
<p>ICE searched the Office of Acquisition Management contract files, the ERO New Orleans Field Office, and the ERO Custody Management Division for records responsive to your request. Those searches did not locate any intergovernmental service agreement, task order or contract modification between ICE and the State of Louisiana or the Louisiana Department of Public Safety and Corrections for the housing of detainees at Louisiana State Penitentiary, and no transfer records identifying that facility. Based on the information you provided, ICE has no records responsive to your request.</p>
<p>You have the right to appeal this determination. Should you wish to do so, you must send your appeal within 90 days of the date of this letter, through SecureRelease or to: U.S. Immigration and Customs Enforcement, Office of the Principal Legal Advisor, U.S. Department of Homeland Security, 500 12th Street SW, Mail Stop 5900, Washington, D.C. 20536-5900, following the procedures in 6 C.F.R. 5.8. Your envelope and letter should be marked &ldquo;FOIA Appeal.&rdquo;</p>
<p>The Office of Government Information Services (OGIS) also mediates disputes between FOIA requesters and Federal agencies as a non-exclusive alternative to litigation: ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.</p>
<p>Regards,<br>ICE FOIA Office</p>
</body></html>
"""
t = ('Dear Ms. Lucero,\n\nThis is the final response to your FOIA request 2026-ICFO-13590. ICE searched the Office of '
     'Acquisition Management, the ERO New Orleans Field Office and the ERO Custody Management Division and did '
     'not locate any records responsive to your request. Please see the HTML version of this message for your '
     'appeal rights.\n\nICE FOIA Office\n')
mid, ol = outlook_headers('059', 'ICE FOIA Request 2026-ICFO-13590 - Final Response')
ct, body = multipart('alternative', [leaf(t), leaf(html, 'text/html', cte='base64')], '_000_' + mid[1:25] + '_')
add('059-ice-no-records-camp57.eml', message([
    ('From', 'ICE FOIA <ice-foia@ice.dhs.gov>'),
    ('To', INBOX),
    ('Subject', 'ICE FOIA Request 2026-ICFO-13590 - Final Response'),
    ('Date', 'Thu, 07 Jan 2027 14:25:39 -0500'),
    ('Message-ID', mid),
] + ol, ct, body))

# ============================================================ 060 CBP final with (b)(7)(E) (REQ-005)
letter = """\
|U.S. Customs and Border Protection - FOIA Division
|90 K Street NE, Washington, DC 20229-1181

|January 12, 2027

|Ana Lucero, Southwest Ledger Records Desk
|RE: CBP-FO-2026-104233 - Final Response

Dear Ms. Lucero:

This is the final response to your Freedom of Information Act (FOIA) request, received September 14, 2026, for Tucson Sector vehicle pursuit records and agreements between U.S. Border Patrol and the Pima County Sheriff's Department. Item 3 of your request was transferred to ICE on September 29, 2026.

CBP has completed its review of the remaining 407 pages. 122 pages are released in full and 285 pages are released in part. CBP has withheld information pursuant to FOIA exemptions (b)(6) and (b)(7)(C), 5 U.S.C. 552(b)(6) and (b)(7)(C), to protect names, badge numbers and other identifying information of Border Patrol agents, sheriff's deputies and members of the public; and exemption (b)(7)(E), 5 U.S.C. 552(b)(7)(E), which protects law enforcement techniques and procedures, to withhold radio frequencies, sensor and camera locations, tire-deflation device deployment procedures and pursuit termination criteria, the release of which could reasonably be expected to risk circumvention of the law.

You have the right to appeal this determination within 90 days of the date of this letter. Appeals may be submitted through SecureRelease or by mail to: U.S. Customs and Border Protection, FOIA Appeals, Policy and Litigation Branch, 90 K Street NE, 10th Floor, Washington, DC 20229-1181. Both the letter and envelope should be clearly marked "FOIA Appeal".

You may contact the CBP FOIA Public Liaison at (202) 325-0150, or the Office of Government Information Services (OGIS), National Archives and Records Administration, at ogis@nara.gov, 202-741-5770 or 1-877-684-6448, for dispute resolution services.

Sincerely,
FOIA Division
"""
mid, ol = outlook_headers('060', 'CBP-FO-2026-104233 - Final Response', tenant='DM6PR09MB', has_attach=True)
parts = [leaf("""\
Dear Ms. Lucero:

Attached is CBP's final response to FOIA request CBP-FO-2026-104233 and the
final release of records (407 pages, released in full or in part).

FOIA Division
U.S. Customs and Border Protection
"""), attachment('CBP-FO-2026-104233_Final.pdf', 'application/pdf', make_pdf(letter, 'Final Response', 'Adobe PDF Library 23.8.53'))]
ct, body = multipart('mixed', parts, '_004_' + mid[1:25] + '_')
add('060-cbp-final-b7e.eml', message([
    ('From', 'CBP FOIA <cbpfoia@cbp.dhs.gov>'),
    ('To', INBOX),
    ('Subject', 'CBP-FO-2026-104233 - Final Response'),
    ('Date', 'Tue, 12 Jan 2027 11:50:13 -0500'),
    ('Message-ID', mid),
] + ol, ct, body))


def main():
    d = HERE / 'messages'
    d.mkdir(exist_ok=True)
    for old in d.glob('*.eml'):
        old.unlink()
    for fn, raw in OUT:
        raw.encode('ascii')
        (d / fn).write_bytes(raw.encode('ascii'))
    print('wrote %d messages' % len(OUT))


if __name__ == '__main__':
    main()
