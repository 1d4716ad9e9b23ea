#!/usr/bin/env python3
"""Write messages/*.eml and facts.yaml for the holdout15 set.

Every message below is written by hand (headers, wording, attachments); this script only
encodes them, sorts them by their Date: header and numbers the files 001-... in that order.
The per-message facts (request, kind, tracking number, clock facts, estimated date, signals,
why) are hand-written next to each message and copied verbatim into ../facts.yaml.
No deadline is computed here: compute_labels.py derives every due / appeal_due.

    python tools/build_messages.py
"""
import email.utils
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mimekit import (INBOX, GROUP, plus, req_mid, leaf, attachment, multipart, message,  # noqa: E402
                     group_headers, o365_headers, o365_mid, gmail_mid, make_pdf, wrap)

HERE = Path(__file__).resolve().parent.parent
MSGS = []

REQ = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}


def subj(rid):
    return REQ[rid]['subject']


def mid(rid):
    return REQ[rid]['message_id']


def add(slug, date, facts, raw):
    MSGS.append({'slug': slug, 'date': date, 'facts': facts, 'raw': raw})


def F(request, kind, tracking=None, clock=None, adverse=False, estimated=None, signals=('none',), why=''):
    f = {'request': request, 'kind': kind, 'tracking_number': tracking}
    if clock:
        f['clock'] = clock
    if adverse:
        f['adverse_determination'] = True
    if estimated:
        f['estimated'] = estimated
    f['signals'] = list(signals)
    f['why'] = why
    return f


SIG = """Dana Whitcomb
Records Editor, The Ledger Desk
records@ledgerdesk.example.org | (202) 555-0143"""

REQUEST_TEXT = {
    'REQ-001': """Under the Freedom of Information Act, 5 U.S.C. 552, I request copies of deficiency letters and
examination closing letters issued by the Division of Examinations to registered investment advisers
that provide advice exclusively or primarily through automated digital platforms ("robo-advisers"),
issued from January 1, 2023 through December 31, 2025. The Ledger Desk is a representative of the
news media; I ask for a fee waiver, and in any case agree to pay up to $100.""",
    'REQ-002': """Under the FOIA, I request records of tips, complaints and referrals (TCRs) received by the
Commission from January 1, 2022 to the present that name any operator of cryptocurrency kiosks
("crypto ATMs"), and any referral memoranda concerning those operators.""",
    'REQ-006': """Under the Alaska Public Records Act, AS 40.25.110-.120, I request copies of the license application
files, approval letters, surety bond records, and any examination or enforcement correspondence for each
person licensed under AS 06.55 that operates virtual currency kiosks (cryptocurrency ATMs) in Alaska,
from January 1, 2022 to the present. Electronic copies by email are preferred.""",
    'REQ-009': """Under the Mississippi Public Records Act of 1983, Miss. Code Ann. 25-61-1 et seq., I request copies of
complaints received by the Charities Division about organizations that solicit contributions in the name
of police officers, firefighters or emergency medical personnel, and any records showing how those
complaints were resolved, from January 1, 2020 to the present.""",
    'REQ-010': """Pursuant to N.D.C.C. 44-04-18, I request (1) a log or export of consumer complaints the Department
received about pharmacy benefit managers from January 1, 2022 to the present (complaint date, PBM name,
complaint type, disposition), and (2) any market conduct examination reports of pharmacy benefit managers
completed in that period.""",
    'REQ-011': """Under the Vermont Public Records Act, 1 V.S.A. 315-320, I request copies of complaints received by the
Department about operators of virtual currency kiosks licensed as money transmitters, and any examination
reports or consent orders concerning those licensees, from January 1, 2023 to the present.""",
    'REQ-013': """Under the Wyoming Public Records Act, W.S. 16-4-201 et seq., I request records of complaints received by
the Secretary of State's office about commercial registered agents, and records of any compliance or
enforcement actions taken against commercial registered agents, from January 1, 2022 to the present.""",
}


def outlook_quote(rid, sent_line, to_line):
    return """
________________________________
From: Records Desk <%s>
Sent: %s
To: %s
Subject: %s

%s

%s
""" % (INBOX, sent_line, to_line, subj(rid), REQUEST_TEXT[rid], SIG)


def gmail_quote(rid, on_line):
    body = REQUEST_TEXT[rid] + '\n\n' + SIG
    return '\n%s\n\n' % on_line + '\n'.join('> ' + l if l else '>' for l in body.split('\n')) + '\n'


# =====================================================================================
# September 2026
# =====================================================================================

# --- SEC auto-reply to REQ-001 -------------------------------------------------------
add('sec-autoreply', 'Tue, 01 Sep 2026 15:47:12 -0400',
    F('REQ-001', 'auto_reply', signals=['thread'],
      why='SEC FOIA mailbox auto-response threaded to our request; says it is not an acknowledgment'),
    lambda: message([
        ('Return-Path', '<>'),
        ('Received', 'from mx0a-sec.gov (mx0a-sec.gov. [162.138.64.21]) by mx.google.com with ESMTPS id a7sor18812qkd.2026.09.01.12.47.12 for <records@ledgerdesk.example.org>; Tue, 01 Sep 2026 12:47:12 -0700 (PDT)'),
        ('From', 'SEC FOIA Office <foiapa@sec.gov>'),
        ('To', 'Records Desk <%s>' % INBOX),
        ('Subject', 'Automatic reply: ' + subj('REQ-001')),
        ('Date', 'Tue, 01 Sep 2026 15:47:12 -0400'),
        ('Message-ID', o365_mid('sec-autoreply-001')),
        ('In-Reply-To', mid('REQ-001')),
        ('References', mid('REQ-001')),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
        ('MIME-Version', '1.0'),
    ] + o365_headers('FOIA Request: SEC examination deficiency letters issued to robo-advisers, 2023-2025', 'sec1'),
        leaf('text/plain', """Thank you for writing to the U.S. Securities and Exchange Commission, Office of FOIA Services.

This is an automated message. It confirms only that your email reached the foiapa@sec.gov
mailbox. It is NOT an acknowledgment of a Freedom of Information Act or Privacy Act request, and no
request number has been assigned. If your message is a FOIA request, you will receive a separate
acknowledgment letter with a request number once the request has been logged.

Requests that arrive after 5:30 p.m. Eastern Time, or on a weekend or federal holiday, are logged
as received on the next business day.

To check on a request that has already been assigned a number, please call our FOIA Requester
Service Center at (202) 551-7900 and have your request number ready.

Many Commission records are already public. Before submitting a request, you may wish to search
EDGAR (www.sec.gov/edgar) and our FOIA Library.

Office of FOIA Services
U.S. Securities and Exchange Commission
100 F Street NE, Mail Stop 2465
Washington, DC 20549
""")))

# --- FTC FOIAXpress PAL acknowledgment, REQ-003 -----------------------------------------
add('ftc-pal-ack', 'Wed, 02 Sep 2026 11:06:40 -0400',
    F('REQ-003', 'acknowledgment', 'FOIA-2026-01802', clock='received_on_sent_date', signals=['plus', 'tracking-new', 'subject'],
      why='FTC PAL: request received 09/02/2026 (= sent) and assigned FOIA-2026-01802'),
    lambda: message([
        ('From', 'FTC FOIA Public Access Link <foiapal-noreply@ftc.gov>'),
        ('To', plus('REQ-003')),
        ('Subject', 'FOIA Request FOIA-2026-01802 Submitted'),
        ('Date', 'Wed, 02 Sep 2026 11:06:40 -0400'),
        ('Message-ID', '<1830562791.44711.1788361600412@foiapal.ftc.gov>'),
        ('MIME-Version', '1.0'),
        ('X-Mailer', 'FOIAXpress PAL Notification Service'),
    ], leaf('text/html', """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<table width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#1b3a5c;color:#ffffff;padding:10px;font-size:13pt"><b>Federal Trade Commission</b> &nbsp;|&nbsp; FOIA Public Access Link</td></tr>
<tr><td style="padding:14px">
<p>Dear Dana Whitcomb,</p>
<p>The Federal Trade Commission's Freedom of Information Act (FOIA) Office received your request on <b>09/02/2026</b>.
Your request has been assigned tracking number <b>FOIA-2026-01802</b>. Please use this number in all
communications about the request.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:9pt">
<tr><td><b>Tracking Number</b></td><td>FOIA-2026-01802</td></tr>
<tr><td><b>Requester</b></td><td>Dana Whitcomb, The Ledger Desk</td></tr>
<tr><td><b>Received Date</b></td><td>09/02/2026</td></tr>
<tr><td><b>Request Type</b></td><td>FOIA</td></tr>
<tr><td><b>Fee Category</b></td><td>Pending determination</td></tr>
<tr><td><b>Description</b></td><td>Complaints in the Consumer Sentinel Network that reference cryptocurrency ATMs, bitcoin ATMs or
virtual currency kiosks, submitted January 1, 2024 through June 30, 2026, including narrative fields,
with consumer identifying information redacted.</td></tr>
</table>
<p>The FOIA generally provides 20 business days to make a determination on a request. You can follow the
status of this request by signing in to the FOIA Public Access Link (PAL) at
<a href="https://foiapal.ftc.gov/app/Home.aspx">https://foiapal.ftc.gov/app/Home.aspx</a>.</p>
<p>This mailbox is not monitored. For questions, write to <a href="mailto:foia@ftc.gov">foia@ftc.gov</a>
or call the FOIA Requester Service Center at (202) 326-2013.</p>
<p style="color:#777777;font-size:8pt">This is a system-generated message from FOIAXpress PAL.</p>
</td></tr></table>
</body></html>
""", cte='quoted-printable')))

# --- SEC acknowledgment, REQ-001, received date differs from sent ------------------------
add('sec-ack-deficiency', 'Fri, 04 Sep 2026 10:22:05 -0400',
    F('REQ-001', 'acknowledgment', '26-04518-FOIA', clock='received:2026-09-02', signals=['thread', 'plus', 'tracking-new'],
      why='SEC acknowledgment assigns 26-04518-FOIA; request dated Sep 1 but logged received Sep 2 (arrived after 5:30 pm); clock from Sep 2'),
    lambda: message([
        ('From', 'FOIAPA <foiapa@sec.gov>'),
        ('To', plus('REQ-001')),
        ('Subject', 'RE: ' + subj('REQ-001') + ' [26-04518-FOIA]'),
        ('Date', 'Fri, 04 Sep 2026 10:22:05 -0400'),
        ('Message-ID', o365_mid('sec-ack-001')),
        ('In-Reply-To', mid('REQ-001')),
        ('References', mid('REQ-001')),
        ('MIME-Version', '1.0'),
    ] + o365_headers('FOIA Request: SEC examination deficiency letters issued to robo-advisers, 2023-2025', 'sec3'),
        leaf('text/plain', """September 4, 2026

Ms. Dana Whitcomb
The Ledger Desk

RE: Freedom of Information Act (FOIA), 5 U.S.C. 552
    Request No. 26-04518-FOIA

Dear Ms. Whitcomb:

This letter acknowledges receipt of your FOIA request dated September 1, 2026, for deficiency
letters and examination closing letters issued by the Division of Examinations to investment
advisers that operate primarily through automated digital platforms, January 1, 2023 through
December 31, 2025. Because your email reached the Office of FOIA Services after the close of
business, your request was received in this office on September 2, 2026, and that is the date
from which we count the time to respond.

For fee purposes, we have placed you in the "representative of the news media" category. You will
not be charged search or review fees, and the first 100 pages of duplication are provided at no
charge. We will rule on your fee waiver request if chargeable fees are expected to exceed $25.00.

Please be aware that the records you seek may be held in more than one Division and regional
office. If unusual circumstances apply under 5 U.S.C. 552(a)(6)(B), we may need additional time
to respond, and we will tell you in writing if that happens.

If you have questions, please contact me at (202) 551-7900 or foiapa@sec.gov, and refer to the
request number above.

Sincerely,

Tamika R. Ellison
FOIA Research Specialist
Office of FOIA Services
""")))

# --- FEC acknowledgment, REQ-005, via Google Group with DMARC rewrite ---------------------
add('fec-ack-ai-ads', 'Tue, 08 Sep 2026 09:31:50 -0400',
    F('REQ-005', 'acknowledgment', '2026-117', clock='received_on_sent_date', signals=['thread', 'tracking-new', 'subject'],
      why='FEC acknowledges FOIA 2026-117, received Sep 3 (= sent); arrives through the Google Group with From rewritten'),
    lambda: message(group_headers('FEC FOIA', 'foia@fec.gov', True) + [
        ('To', GROUP),
        ('Cc', 'Dana Whitcomb <dwhitcomb@ledgerdesk.example.org>'),
        ('Subject', 'FOIA 2026-117 Acknowledgment'),
        ('Date', 'Tue, 08 Sep 2026 09:31:50 -0400'),
        ('Message-ID', o365_mid('fec-ack-005')),
        ('In-Reply-To', mid('REQ-005')),
        ('References', mid('REQ-005')),
        ('MIME-Version', '1.0'),
    ], multipart('alternative', [
        leaf('text/plain', """Dear Ms. Whitcomb:

The Federal Election Commission's FOIA Requester Service Center received your Freedom of
Information Act request on September 3, 2026. Your request seeks records concerning complaints,
staff analyses and Commission correspondence about campaign advertising that uses artificial
intelligence to misrepresent candidates, from January 1, 2023 to the present.

Your request has been assigned FOIA No. 2026-117. Please refer to this number in any future
correspondence.

Please note that many FEC records are already public, including closed enforcement files
(MURs), advisory opinions and rulemaking comments. Our search will cover non-public records only.

Sincerely,
FOIA Requester Service Center
Federal Election Commission
1050 First Street, NE, Washington, DC 20463
(202) 694-1650
"""),
        leaf('text/html', """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Ms. Whitcomb:</p>
<p>The Federal Election Commission's FOIA Requester Service Center received your Freedom of Information Act
request on September 3, 2026. Your request seeks records concerning complaints, staff analyses and Commission
correspondence about campaign advertising that uses artificial intelligence to misrepresent candidates,
from January 1, 2023 to the present.</p>
<p>Your request has been assigned <b>FOIA No. 2026-117</b>. Please refer to this number in any future correspondence.</p>
<p>Please note that many FEC records are already public, including closed enforcement files (MURs), advisory opinions
and rulemaking comments. Our search will cover non-public records only.</p>
<p>Sincerely,<br>FOIA Requester Service Center<br>Federal Election Commission<br>1050 First Street, NE, Washington, DC 20463<br>(202) 694-1650</p>
</div>
""", cte='quoted-printable'),
    ], 'fec-ack')))

# --- phishing, null -----------------------------------------------------------------
add('phish-secure-docs', 'Tue, 08 Sep 2026 12:14:33 -0400',
    F(None, 'other', signals=['none'],
      why='credential-phishing mail posing as a secure document notice about FOIA records; belongs to no request'),
    lambda: message([
        ('From', '"Secure Document Center" <notify@docsign-secure-mail.com>'),
        ('To', INBOX),
        ('Subject', 'Action required: FOIA_Response_Records.pdf shared with you'),
        ('Date', 'Tue, 08 Sep 2026 12:14:33 -0400'),
        ('Message-ID', '<8f1c2e77a0b4.20260908161433@docsign-secure-mail.com>'),
        ('MIME-Version', '1.0'),
    ], leaf('text/html', """<html><body style="font-family:Arial;font-size:11pt">
<div style="border:1px solid #ccc;padding:18px;width:520px">
<p style="font-size:15pt;color:#2a5db0"><b>Secure Document Center</b></p>
<p>A government agency has shared <b>FOIA_Response_Records.pdf</b> (4 pages) with records@ledgerdesk.example.org.</p>
<p>This document will expire in 48 hours. To review and download, verify your email account below.</p>
<p><a href="http://docsign-secure-mail.com/v/9a7c1?u=records%40ledgerdesk.example.org" style="background:#2a5db0;color:#fff;padding:8px 18px;text-decoration:none">REVIEW DOCUMENT</a></p>
<p style="font-size:8pt;color:#888">Do not share this email. Secure Document Center, all rights reserved.</p>
</div></body></html>
""", cte='quoted-printable')))

# --- Alaska DCCED acknowledgment (staff reply, quoting request), REQ-006 ---------------
add('akdcced-ack-kiosks', 'Wed, 09 Sep 2026 10:48:11 -0800',
    F('REQ-006', 'acknowledgment', None, clock='received_on_sent_date', signals=['thread', 'plus', 'subject'],
      why='Division of Banking and Securities confirms receipt 9/8 (= sent), cites 10 working days; a fee "may" apply (hedged, not an estimate); no number'),
    lambda: message([
        ('From', '"Kvasnikoff, Marisol M (CED)" <marisol.kvasnikoff@alaska.gov>'),
        ('To', 'Records Desk <%s>' % plus('REQ-006')),
        ('Subject', 'RE: ' + subj('REQ-006')),
        ('Date', 'Wed, 09 Sep 2026 10:48:11 -0800'),
        ('Message-ID', o365_mid('ak-ack-006')),
        ('In-Reply-To', mid('REQ-006')),
        ('References', mid('REQ-006')),
        ('MIME-Version', '1.0'),
    ] + o365_headers(subj('REQ-006'), 'ak6'),
        leaf('text/plain', """Good morning Dana,

This confirms we received your public records request yesterday, 9/8. I'm the licensing
examiner coordinating it for the Division of Banking and Securities. Under 2 AAC 96.325 we have
10 working days to respond, and I'll be in touch before then.

Heads up that we currently have several money transmitter licensees with kiosk networks, and the
application files are fairly large. If pulling and reviewing everything takes more than five
person-hours in a calendar month, there may be a fee, and if so I'll send you an estimate before
we do that work so you can decide whether to narrow.

Thanks,
Marisol

Marisol Kvasnikoff
Licensing Examiner III
Division of Banking and Securities
Alaska Department of Commerce, Community, and Economic Development
550 W 7th Ave, Suite 1850, Anchorage, AK 99501
907-269-8140
""" + outlook_quote('REQ-006', 'Tuesday, September 8, 2026 9:14 AM', 'CED DBS Licensing <dbs.licensing@alaska.gov>'),
        cte='quoted-printable')))

# --- Mississippi SOS acknowledgment, REQ-008, new subject, no thread headers ----------
add('mssos-ack-securities', 'Thu, 10 Sep 2026 10:15:27 -0500',
    F('REQ-008', 'acknowledgment', 'PRR2026-0418', clock='received_on_sent_date', signals=['plus', 'tracking-new', 'subject'],
      why='MS SOS Public Records Office logs request PRR2026-0418 received Sep 9 (= sent); 7 working days'),
    lambda: message([
        ('From', 'SOS Public Records <publicrecords@sos.ms.gov>'),
        ('To', '"records+req-008@ledgerdesk.example.org" <%s>' % plus('REQ-008')),
        ('Subject', 'Public Records Request PRR2026-0418 - Acknowledgment'),
        ('Date', 'Thu, 10 Sep 2026 10:15:27 -0500'),
        ('Message-ID', o365_mid('ms-ack-008', 'namprd04')),
        ('MIME-Version', '1.0'),
    ] + o365_headers('Public Records Request PRR2026-0418 - Acknowledgment', 'ms8'),
        multipart('alternative', [
            leaf('text/plain', """Dear Ms. Whitcomb,

The Mississippi Secretary of State's Office received your public records request on
September 9, 2026. It has been assigned tracking number PRR2026-0418.

Request: Securities Division cease-and-desist orders, administrative orders and complaint log
concerning cryptocurrency investment schemes, January 1, 2023 to present.

In accordance with the Mississippi Public Records Act and the Agency's public records rule
(Title 1, Part 2, Chapter 4), the Agency will respond within seven (7) working days of receipt by
providing the records, a cost estimate, an estimate of when the records will be available, a
request for clarification, or a denial. Records are released only after any applicable fees
have been paid.

Please reference PRR2026-0418 in all correspondence.

Public Records Office
Mississippi Secretary of State
401 Mississippi Street | Jackson, MS 39201
publicrecords@sos.ms.gov
""", charset='windows-1252'),
            leaf('text/html', """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>
<div style="font-family:'Times New Roman',serif;font-size:12pt">
<p>Dear Ms. Whitcomb,</p>
<p>The Mississippi Secretary of State&#8217;s Office received your public records request on September 9, 2026.
It has been assigned tracking number <b>PRR2026-0418</b>.</p>
<p><u>Request:</u> Securities Division cease-and-desist orders, administrative orders and complaint log concerning
cryptocurrency investment schemes, January 1, 2023 to present.</p>
<p>In accordance with the Mississippi Public Records Act and the Agency&#8217;s public records rule (Title 1, Part 2,
Chapter 4), the Agency will respond within seven (7) working days of receipt by providing the records, a cost
estimate, an estimate of when the records will be available, a request for clarification, or a denial. Records
are released only after any applicable fees have been paid.</p>
<p>Please reference PRR2026-0418 in all correspondence.</p>
<p>Public Records Office<br>Mississippi Secretary of State<br>401 Mississippi Street | Jackson, MS 39201<br>publicrecords@sos.ms.gov</p>
</div></body></html>
""", cte='quoted-printable', charset='windows-1252'),
        ], 'ms-ack')))

# --- SEC acknowledgment, REQ-002, via group (rewritten), no thread headers ------------
add('sec-ack-tcr-group', 'Mon, 14 Sep 2026 11:22:48 -0400',
    F('REQ-002', 'acknowledgment', '26-04702-FOIA', clock='received_on_sent_date', signals=['subject', 'tracking-new'],
      why='SEC acknowledgment of the crypto-kiosk TCR request (26-04702-FOIA), received Sep 10 (= sent); via Google Group, From rewritten, no thread headers'),
    lambda: message(group_headers('FOIAPA', 'foiapa@sec.gov', True) + [
        ('To', GROUP),
        ('Subject', 'Your FOIA Request 26-04702-FOIA'),
        ('Date', 'Mon, 14 Sep 2026 11:22:48 -0400'),
        ('Message-ID', o365_mid('sec-ack-002')),
        ('MIME-Version', '1.0'),
    ], leaf('text/plain', """September 14, 2026

Ms. Dana Whitcomb
The Ledger Desk

RE: Freedom of Information Act (FOIA), 5 U.S.C. 552
    Request No. 26-04702-FOIA

Dear Ms. Whitcomb:

This letter acknowledges receipt of your FOIA request, received in this office on
September 10, 2026, for tips, complaints and referrals naming operators of cryptocurrency kiosks,
January 1, 2022 to the present, and related referral memoranda.

Your request has been assigned the number shown above. Please cite it in any communication about
this request. You have been placed in the news media fee category.

We will make every effort to respond within the statutory time limit. If you have questions,
please contact our FOIA Requester Service Center at (202) 551-7900.

Sincerely,

Jerome Vasquez-Hill
FOIA Lead Research Specialist
Office of FOIA Services
U.S. Securities and Exchange Commission
""")))

# --- Exchange Online NDR for our REQ-010 cc to a departed ND employee -----------------
def _nd_ndr():
    orig_hdrs = """Received: from mail-qk1-f180.google.com (209.85.222.180) by BN1GCC01FT012.mail.protection.office365.us
Return-Path: records@ledgerdesk.example.org
From: Records Desk <records@ledgerdesk.example.org>
Date: Mon, 14 Sep 2026 13:04:51 -0500
Message-ID: <req-010.20260914.1@ledgerdesk.example.org>
Subject: North Dakota Open Records Request: Pharmacy benefit manager complaints and market conduct examinations, 2022-2026
To: North Dakota Insurance Department <insurance@nd.gov>
CC: Brent Halvorson <bhalvorson@nd.gov>
Reply-To: records+req-010@ledgerdesk.example.org
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
"""
    human = leaf('text/plain', """Delivery has failed to these recipients or groups:

bhalvorson@nd.gov
The email address you entered couldn't be found. Please check the recipient's email address and try
to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: BN1GCC01MB5013.USAGCC01.PROD.OUTLOOK.COM

bhalvorson@nd.gov
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient bhalvorson@nd.gov not found by SMTP address lookup'

Original message headers:

""" + orig_hdrs)
    status = leaf('message/delivery-status', """Reporting-MTA: dns;BN1GCC01MB5013.USAGCC01.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail-qk1-f180.google.com
Arrival-Date: Mon, 14 Sep 2026 18:04:53 +0000

Final-Recipient: rfc822;bhalvorson@nd.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient bhalvorson@nd.gov not found by SMTP address lookup
""")
    rh = leaf('text/rfc822-headers', orig_hdrs)
    return message([
        ('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nd.gov>'),
        ('To', INBOX),
        ('Subject', 'Undeliverable: ' + subj('REQ-010')),
        ('Date', 'Mon, 14 Sep 2026 13:05:39 -0500'),
        ('Message-ID', '<a91f0c6e-2b7d-4e33-9c51-6d0f8e2a7b14@BN1GCC01MB5013.USAGCC01.PROD.OUTLOOK.COM>'),
        ('In-Reply-To', mid('REQ-010')),
        ('References', mid('REQ-010')),
        ('Auto-Submitted', 'auto-replied'),
        ('X-MS-Exchange-Message-Is-Ndr', ''),
        ('Content-Language', 'en-US'),
        ('MIME-Version', '1.0'),
    ], multipart('report', [human, status, rh], 'nd-ndr', '; report-type=delivery-status'))


add('bounce-nd-cc', 'Mon, 14 Sep 2026 13:05:39 -0500',
    F('REQ-010', 'bounce', signals=['thread', 'thread-embedded'],
      why='Exchange Online NDR: the cc copy of our ND request to a departed employee failed (the main copy went to insurance@nd.gov)'),
    _nd_ndr)

# --- ND Insurance acknowledgment, no number, no statutory deadline, estimate ---------
add('ndins-ack-pbm', 'Tue, 15 Sep 2026 09:48:03 -0500',
    F('REQ-010', 'acknowledgment', None, clock='received_on_sent_date', estimated='2026-10-30', signals=['thread', 'plus', 'subject'],
      why='ND Insurance Dept PIO confirms receipt (Sep 14); ND law sets no fixed number of days, so no due; best estimate for completing both parts Oct 30'),
    lambda: message([
        ('From', '"Stromme, Kari L." <kstromme@nd.gov>'),
        ('To', 'Records Desk <%s>' % plus('REQ-010')),
        ('Subject', 'RE: ' + subj('REQ-010')),
        ('Date', 'Tue, 15 Sep 2026 09:48:03 -0500'),
        ('Message-ID', o365_mid('nd-ack-010', 'USAGCC01')),
        ('In-Reply-To', mid('REQ-010')),
        ('References', mid('REQ-010')),
        ('MIME-Version', '1.0'),
    ] + o365_headers(subj('REQ-010'), 'nd10'),
        leaf('text/plain', """Hi Dana,

We received your open records request yesterday afternoon. Brent Halvorson is no longer with the
Department, so please send anything on this to me or to insurance@nd.gov going forward.

Part 1 (the PBM complaint data) should be straightforward - our consumer assistance staff can
export it from the complaint system, and I'll send it as soon as it's ready.

Part 2 needs more care. Market conduct examination work papers are confidential under
N.D.C.C. 26.1-03-11.1, so our legal staff will need to go through the reports before anything is
released. Our best estimate for completing both parts is October 30.

There's no charge for the first hour of locating records. If it looks like we'll go past that, I'll
let you know before we do the work.

Kari Stromme
Public Information Officer
North Dakota Insurance Department
600 E Boulevard Ave, Dept 401, Bismarck ND 58505
701.328.2440
""" + outlook_quote('REQ-010', 'Monday, September 14, 2026 1:04 PM', 'Insurance <insurance@nd.gov>; "Halvorson, Brent" <bhalvorson@nd.gov>'),
        cte='quoted-printable')))

# --- FTC PAL acknowledgment REQ-004 (number already in register) ----------------------
add('ftc-pal-ack-databrokers', 'Wed, 16 Sep 2026 08:10:19 -0400',
    F('REQ-004', 'acknowledgment', 'FOIA-2026-01877', clock='received_on_sent_date', signals=['tracking', 'subject'],
      why='FTC PAL acknowledgment of FOIA-2026-01877 (number already known from the online submission); received 09/15/2026 (= sent)'),
    lambda: message([
        ('From', 'FTC FOIA Public Access Link <foiapal-noreply@ftc.gov>'),
        ('To', INBOX),
        ('Subject', 'FOIA Request FOIA-2026-01877 Acknowledgement'),
        ('Date', 'Wed, 16 Sep 2026 08:10:19 -0400'),
        ('Message-ID', '<1830562791.51902.1789560619087@foiapal.ftc.gov>'),
        ('MIME-Version', '1.0'),
        ('X-Mailer', 'FOIAXpress PAL Notification Service'),
    ], multipart('alternative', [
        leaf('text/plain', """Federal Trade Commission - FOIA Public Access Link

Dear Dana Whitcomb,

This acknowledges receipt of your Freedom of Information Act request, tracking number
FOIA-2026-01877, received by the FTC FOIA Office on 09/15/2026.

Description: Correspondence between FTC staff and companies that sell or license precise
geolocation data (data brokers), January 1, 2024 to present.

Your request has been placed in the complex processing track. You may check the status of your
request at https://foiapal.ftc.gov.

This is a system-generated message. Please do not reply.
"""),
        leaf('text/html', """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p style="background:#1b3a5c;color:#fff;padding:8px"><b>Federal Trade Commission</b> | FOIA Public Access Link</p>
<p>Dear Dana Whitcomb,</p>
<p>This acknowledges receipt of your Freedom of Information Act request, tracking number <b>FOIA-2026-01877</b>,
received by the FTC FOIA Office on <b>09/15/2026</b>.</p>
<p><b>Description:</b> Correspondence between FTC staff and companies that sell or license precise geolocation data
(data brokers), January 1, 2024 to present.</p>
<p>Your request has been placed in the complex processing track. You may check the status of your request at
<a href="https://foiapal.ftc.gov">https://foiapal.ftc.gov</a>.</p>
<p style="font-size:8pt;color:#777">This is a system-generated message. Please do not reply.</p>
</body></html>
""", cte='quoted-printable'),
    ], 'ftc-ack-4')))

# --- VT DFR acknowledgment, REQ-011, with "extension may be needed" -------------------
add('vtdfr-ack-kiosks', 'Thu, 17 Sep 2026 11:40:55 -0400',
    F('REQ-011', 'acknowledgment', 'DFR-PRR-2026-0147', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'],
      why='VT DFR logs DFR-PRR-2026-0147 received Sep 16 (= sent); 3 business days; says an extension "may be needed" (hedged, not an extension)'),
    lambda: message([
        ('From', '=?utf-8?Q?Ouellette=2C_Ren=C3=A9e?= <renee.ouellette@vermont.gov>'),
        ('To', 'Records Desk <%s>' % plus('REQ-011')),
        ('Cc', 'DFR - Public Records <dfr.publicrecords@vermont.gov>'),
        ('Subject', 'RE: ' + subj('REQ-011')),
        ('Date', 'Thu, 17 Sep 2026 11:40:55 -0400'),
        ('Message-ID', o365_mid('vt-ack-011', 'namprd09')),
        ('In-Reply-To', mid('REQ-011')),
        ('References', mid('REQ-011')),
        ('MIME-Version', '1.0'),
    ] + o365_headers(subj('REQ-011'), 'vt11'),
        multipart('alternative', [
            leaf('text/plain', """Dear Ms. Whitcomb,

The Department of Financial Regulation received your request under the Vermont Public Records
Act on September 16, 2026, and has logged it as DFR-PRR-2026-0147.

Under 1 V.S.A. § 318, the Department will respond within three business days of receipt. Because
your request reaches into examination files of money transmitter licensees held by the Banking
Division, an extension under § 318 may be needed; if so, we will notify you in writing with the
reason and the date by which we expect to respond.

Thank you,

Renée Ouellette
Paralegal / Records Liaison
Vermont Department of Financial Regulation
89 Main Street, Montpelier, VT 05620-3101
""", cte='quoted-printable'),
            leaf('text/html', """<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Dear Ms. Whitcomb,</p>
<p>The Department of Financial Regulation received your request under the Vermont Public Records Act on
September 16, 2026, and has logged it as <b>DFR-PRR-2026-0147</b>.</p>
<p>Under 1 V.S.A. &sect; 318, the Department will respond within three business days of receipt. Because your request
reaches into examination files of money transmitter licensees held by the Banking Division, an extension under
&sect; 318 may be needed; if so, we will notify you in writing with the reason and the date by which we expect to respond.</p>
<p>Thank you,</p>
<p>Ren&eacute;e Ouellette<br>Paralegal / Records Liaison<br>Vermont Department of Financial Regulation<br>89 Main Street, Montpelier, VT 05620-3101</p>
</div>
""", cte='quoted-printable'),
        ], 'vt-ack-11')))

# --- MS SOS extension, REQ-008; number only in the subject -----------------------------
add('mssos-extension', 'Fri, 18 Sep 2026 16:30:02 -0500',
    F('REQ-008', 'extension', 'PRR2026-0418', clock='extension', estimated='2026-09-29', signals=['thread', 'plus', 'tracking'],
      why='MS SOS takes the additional seven working days (records expected by Sept 29); tracking number only in the subject'),
    lambda: message([
        ('From', '"Crenshaw, Ashley" <acrenshaw@sos.ms.gov>'),
        ('To', plus('REQ-008')),
        ('Cc', 'SOS Public Records <publicrecords@sos.ms.gov>'),
        ('Subject', 'RE: PRR2026-0418'),
        ('Date', 'Fri, 18 Sep 2026 16:30:02 -0500'),
        ('Message-ID', o365_mid('ms-ext-008', 'namprd04')),
        ('In-Reply-To', mid('REQ-008')),
        ('References', mid('REQ-008')),
        ('MIME-Version', '1.0'),
    ] + o365_headers('PRR2026-0418', 'ms8b'),
        leaf('text/plain', """Ms. Whitcomb,

The Securities Division is still gathering the orders and complaint entries responsive to your
request, and staff must review the complaint records for information that is exempt from
disclosure. The Agency will therefore need an additional seven (7) working days, as permitted by
Miss. Code Ann. Section 25-61-5. We anticipate providing a response, including any cost
estimate, on or before Tuesday, September 29, 2026.

Thank you for your patience.

Ashley Crenshaw
Public Records Coordinator
Office of the Mississippi Secretary of State
(601) 359-1350
""", charset='windows-1252')))

# --- WY SOS acknowledgment, REQ-013; received date differs (after hours) ----------------
add('wysos-ack', 'Mon, 21 Sep 2026 09:02:44 -0600',
    F('REQ-013', 'acknowledgment', 'SOS-PR-26-044', clock='received:2026-09-18', signals=['thread', 'plus', 'tracking-new', 'subject'],
      why='WY SOS acknowledges receipt as of Sept 18 (email arrived after close of business Sept 17); SOS-PR-26-044; fees "may" apply'),
    lambda: message([
        ('From', 'SOS Public Records <sos.records@wyo.gov>'),
        ('To', plus('REQ-013')),
        ('Subject', 'Re: ' + subj('REQ-013')),
        ('Date', 'Mon, 21 Sep 2026 09:02:44 -0600'),
        ('Message-ID', gmail_mid('wy-ack-013')),
        ('In-Reply-To', mid('REQ-013')),
        ('References', mid('REQ-013')),
        ('MIME-Version', '1.0'),
    ], leaf('text/plain', """Good morning,

The Wyoming Secretary of State's Office acknowledges receipt of your public records request.
Because your email arrived after the close of business on Thursday, September 17, the Office's
acknowledged date of receipt is Friday, September 18, 2026. Your request number is SOS-PR-26-044.

Your request will be handled by the Business Division's compliance staff. Under W.S. 16-4-202,
records will be made available as soon as practicable. Please be aware that fees may apply if
your request requires extensive staff time or copying; you will be notified of any costs before
they are incurred.

Thank you,

Travis Engberg
Public Records Officer
Wyoming Secretary of State's Office
Herschler Building East, 122 W 25th St, Suite 100, Cheyenne, WY 82002
""" + gmail_quote('REQ-013', 'On Thu, Sep 17, 2026 at 6:41 PM Records Desk <records@ledgerdesk.example.org> wrote:'))))

# --- VT DFR extension, REQ-011, stated new date -----------------------------------------
add('vtdfr-extension', 'Mon, 21 Sep 2026 11:40:09 -0400',
    F('REQ-011', 'extension', 'DFR-PRR-2026-0147', clock='extension', estimated='2026-10-05', signals=['thread', 'plus', 'tracking'],
      why='VT DFR invokes unusual circumstances: up to 10 more business days, response by Oct 5'),
    lambda: message([
        ('From', '=?utf-8?Q?Ouellette=2C_Ren=C3=A9e?= <renee.ouellette@vermont.gov>'),
        ('To', 'Records Desk <%s>' % plus('REQ-011')),
        ('Cc', 'DFR - Public Records <dfr.publicrecords@vermont.gov>'),
        ('Subject', 'RE: ' + subj('REQ-011') + ' (DFR-PRR-2026-0147)'),
        ('Date', 'Mon, 21 Sep 2026 11:40:09 -0400'),
        ('Message-ID', o365_mid('vt-ext-011', 'namprd09')),
        ('In-Reply-To', o365_mid('vt-ack-011', 'namprd09')),
        ('References', mid('REQ-011') + ' ' + o365_mid('vt-ack-011', 'namprd09')),
        ('MIME-Version', '1.0'),
    ] + o365_headers(subj('REQ-011'), 'vt11b'),
        leaf('text/plain', """Dear Ms. Whitcomb,

Re: Public records request DFR-PRR-2026-0147

The Department must search for and collect records from the Banking Division's licensing and
examination files, and from the Consumer Services complaint system, and then review examination
material for confidential supervisory information. These are unusual circumstances within the
meaning of 1 V.S.A. § 318. The Department is therefore extending the time to respond by up to ten
business days. We expect to respond to your request no later than Monday, October 5, 2026.

Sincerely,

Renée Ouellette
Paralegal / Records Liaison
Vermont Department of Financial Regulation
""", cte='quoted-printable')))

# --- GovQA acknowledgment, Anchorage, REQ-014 (shared sender) -----------------------------
add('govqa-anchorage-ack', 'Mon, 21 Sep 2026 14:12:30 -0800',
    F('REQ-014', 'acknowledgment', 'R004512-092126', clock='received_on_sent_date', signals=['subject', 'tracking-new'],
      why='shared GovQA sender; body names the Municipality of Anchorage and the APD crypto-ATM request; received 9/21/2026 (= sent)'),
    lambda: message([
        ('From', 'Public Records Center <donotreply@govqa.us>'),
        ('To', INBOX),
        ('Subject', 'Public Records Request :: R004512-092126'),
        ('Date', 'Mon, 21 Sep 2026 14:12:30 -0800'),
        ('Message-ID', '<20260921221230.7F3A2C0118@mail.govqa.us>'),
        ('MIME-Version', '1.0'),
    ], leaf('text/html', """<html><body style="font-family:Verdana,Geneva,sans-serif;font-size:9pt">
<p>Dear Dana Whitcomb,</p>
<p>Thank you for your interest in public records of the <b>Municipality of Anchorage</b>. Your request was received
in this office on <b>9/21/2026</b> and given the reference number <b>R004512-092126</b> for tracking purposes.</p>
<p><b>Record(s) Requested:</b> Anchorage Police Department case reports, fraud complaints and related records
for incidents in which victims were directed to deposit money into cryptocurrency ATMs (bitcoin kiosks),
January 1, 2024 to present; and any APD bulletins or training materials on cryptocurrency ATM scams.</p>
<p><b>Department:</b> Police - Records Section</p>
<p>Your request will be reviewed and you will be notified when it has been completed or if additional
information is needed. You can monitor the progress of your request at the link below.</p>
<p><a href="https://secure.govqa.us/WEBAPP/_rs/(S(x4k2mq1zrt0f5c3lwbnv2p))/RequestLogin.aspx">Public Records Center</a></p>
<p>Please note: this email address cannot accept replies.</p>
</body></html>
""", cte='quoted-printable')))

# --- Alaska DCCED fee estimate, REQ-006 ---------------------------------------------------
add('akdcced-fee-estimate', 'Mon, 21 Sep 2026 17:55:21 -0800',
    F('REQ-006', 'fee_estimate', None, signals=['thread', 'plus', 'subject'],
      why='AK DBS: 14 person-hours, first 5 free, 9 x $38.24 = $344.16 to be paid before the work; offers to narrow'),
    lambda: message([
        ('From', '"Kvasnikoff, Marisol M (CED)" <marisol.kvasnikoff@alaska.gov>'),
        ('To', 'Records Desk <%s>' % plus('REQ-006')),
        ('Subject', 'RE: ' + subj('REQ-006')),
        ('Date', 'Mon, 21 Sep 2026 17:55:21 -0800'),
        ('Message-ID', o365_mid('ak-fee-006')),
        ('In-Reply-To', o365_mid('ak-ack-006')),
        ('References', mid('REQ-006') + ' ' + o365_mid('ak-ack-006')),
        ('MIME-Version', '1.0'),
    ] + o365_headers(subj('REQ-006'), 'ak6b'),
        leaf('text/plain', """Dana,

I've finished scoping your request. We have four money transmitter licensees that operate
virtual currency kiosks in Alaska, and their files (applications, bond riders, change-of-control
filings, exam correspondence) come to roughly 2,300 pages. Staff will need to review all of it
for confidential financial and examination information before release.

We estimate 14 person-hours. The first 5 hours in a calendar month are free under AS 40.25.110(c),
so the chargeable time is 9 hours x $38.24 (hourly rate of the lowest-paid employee able to do
the work) = $344.16.

Per 2 AAC 96.360 we need payment of the estimate before we begin. You can pay by check to
"State of Alaska" or by card over the phone. If you'd like to narrow the request instead - for
example, approval letters and bond records only, without the full application files - the cost
would likely fall under the free hours. Just let me know which way you want to go.

Marisol

Marisol Kvasnikoff
Licensing Examiner III
Division of Banking and Securities
907-269-8140
""")))

# --- FTC fee estimate, REQ-003, letter in body + PDF copy -------------------------------
_FTC_FEE_LETTER = """Federal Trade Commission
Office of the General Counsel
Washington, DC 20580

September 23, 2026

Dana Whitcomb
The Ledger Desk

Re: FOIA-2026-01802

Dear Ms. Whitcomb:

This concerns your Freedom of Information Act request for Consumer Sentinel Network complaints
that mention cryptocurrency ATMs or virtual currency kiosks, submitted January 1, 2024 through
June 30, 2026.

A preliminary query indicates approximately 2,900 responsive complaint records. Producing them
requires a custom extraction from the Sentinel database by a contractor programmer, and a review
of free-text narrative fields for personal information. You have been placed in the news media
fee category, so you will not be charged for search or review time. The cost of the computer
extraction is a duplication cost under 16 C.F.R. 4.8, and we estimate it as follows:

    Programmer time, 6 hours at $81.00 per hour ............ $486.00
    Electronic production (spreadsheet) .................... no charge
    Estimated total ........................................ $486.00

Your request did not state a willingness to pay fees above $25.00. Under 16 C.F.R. 4.8(e), we
will not process the request further until you agree in writing to pay the estimated fees or
modify the request to reduce them (for example, by limiting it to complaints from a particular
state or a shorter period). The time limit for responding is tolled while we wait for your reply.
If we do not hear from you within 10 business days of the date of this letter, we will close the
request.

If you have questions, contact me at (202) 326-2763 or wokafor@ftc.gov.

Sincerely,

Wallace Okafor
Government Information Specialist
FOIA Office
"""

add('ftc-fee-estimate', 'Wed, 23 Sep 2026 10:15:36 -0400',
    F('REQ-003', 'fee_estimate', 'FOIA-2026-01802', signals=['tracking', 'subject'],
      why='FTC estimates $486.00 programmer extraction cost; processing stops until we agree to pay or narrow; new message, no threading'),
    lambda: message([
        ('From', '"Okafor, Wallace" <wokafor@ftc.gov>'),
        ('To', 'dwhitcomb@ledgerdesk.example.org'),
        ('Cc', INBOX),
        ('Subject', 'FOIA-2026-01802 - fee estimate, response needed'),
        ('Date', 'Wed, 23 Sep 2026 10:15:36 -0400'),
        ('Message-ID', o365_mid('ftc-fee-003')),
        ('MIME-Version', '1.0'),
    ] + o365_headers('FOIA-2026-01802 - fee estimate, response needed', 'ftc3', True),
        multipart('mixed', [
            leaf('text/plain', """Ms. Whitcomb,

Please see the attached letter about the estimated fees for your request FOIA-2026-01802 (Consumer
Sentinel complaints mentioning cryptocurrency ATMs). In short: the extraction will cost about
$486.00, and we need your written agreement to pay it, or a narrowed request, before we can go
further. The full text of the letter is also below.

Thank you,
Wallace Okafor

""" + _FTC_FEE_LETTER),
            attachment('application/pdf', 'FOIA-2026-01802 Fee Letter.pdf',
                       make_pdf(wrap(_FTC_FEE_LETTER), 'FOIA-2026-01802 Fee Letter')),
        ], 'ftc-fee')))

# --- GovQA acknowledgment, Cheyenne, REQ-015 (same shared sender) -------------------
add('govqa-cheyenne-ack', 'Thu, 24 Sep 2026 09:05:14 -0600',
    F('REQ-015', 'acknowledgment', 'R000871-092426', clock='received:2026-09-24', signals=['subject', 'tracking-new'],
      why='same shared GovQA sender; body names the City of Cheyenne; received 9/24/2026 although emailed 9/23 (clock from 9/24)'),
    lambda: message([
        ('From', 'Public Records Center <donotreply@govqa.us>'),
        ('To', INBOX),
        ('Subject', 'Public Records Request :: R000871-092426'),
        ('Date', 'Thu, 24 Sep 2026 09:05:14 -0600'),
        ('Message-ID', '<20260924150514.2B91DC0457@mail.govqa.us>'),
        ('MIME-Version', '1.0'),
    ], leaf('text/html', """<html><body style="font-family:Verdana,Geneva,sans-serif;font-size:9pt">
<p>Dear Dana Whitcomb,</p>
<p>Thank you for your interest in public records of the <b>City of Cheyenne</b>. Your request was received in
this office on <b>9/24/2026</b> and given the reference number <b>R000871-092426</b> for tracking purposes.</p>
<p><b>Record(s) Requested:</b> Development agreements, economic development incentive agreements, and utility
service agreements between the City and any cryptocurrency mining operation or data center facility,
January 1, 2021 to present. (Request received by email to the City Clerk on 9/23/2026 after business hours
and entered by staff.)</p>
<p><b>Department:</b> City Clerk</p>
<p>Your request will be reviewed and you will be notified when it has been completed or if additional
information is needed. You can monitor the progress of your request at the link below.</p>
<p><a href="https://secure.govqa.us/WEBAPP/_rs/(S(c0h8e2yxq1m4kz7rvf5nd3w))/RequestLogin.aspx">Public Records Center</a></p>
<p>Please note: this email address cannot accept replies.</p>
</body></html>
""", cte='quoted-printable')))


# --- Gmail DSN: our REQ-009 went to a mistyped address ---------------------------------
def _gmail_dsn_ms():
    orig = message([
        ('From', 'Records Desk <%s>' % INBOX),
        ('To', 'publicrecord@sos.ms.gov'),
        ('Reply-To', plus('REQ-009')),
        ('Subject', subj('REQ-009')),
        ('Date', 'Thu, 24 Sep 2026 11:43:58 -0500'),
        ('Message-ID', mid('REQ-009')),
        ('MIME-Version', '1.0'),
    ], leaf('text/plain', 'To the Public Records Office:\n\n' + REQUEST_TEXT['REQ-009'] +
            '\n\nElectronic copies are preferred. Please contact me if fees will exceed $50.\n\n' + SIG + '\n')).decode()
    alt = multipart('alternative', [
        leaf('text/plain', """** Address not found **

Your message wasn't delivered to publicrecord@sos.ms.gov because the address couldn't be found, or
is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <publicrecord@sos.ms.gov>: Recipient address rejected: User unknown in virtual mailbox table
"""),
        leaf('text/html', """<html><body><div style="font-family:Google Sans,Roboto,Arial,sans-serif;font-size:14px">
<h2 style="font-weight:400">Address not found</h2>
<p>Your message wasn't delivered to <b>publicrecord@sos.ms.gov</b> because the address couldn't be found, or is unable to receive mail.</p>
<p>The response from the remote server was:</p>
<p style="font-family:monospace">550 5.1.1 &lt;publicrecord@sos.ms.gov&gt;: Recipient address rejected: User unknown in virtual mailbox table</p>
</div></body></html>
""", cte='quoted-printable'),
    ], 'dsn-ms-alt')
    status = leaf('message/delivery-status', """Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 24 Sep 2026 09:43:58 -0700 (PDT)
X-Original-Message-ID: <req-009.20260924.1@ledgerdesk.example.org>

Final-Recipient: rfc822; publicrecord@sos.ms.gov
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.sos.ms.gov. (204.212.50.17, the server for the domain sos.ms.gov.)
Diagnostic-Code: smtp; 550 5.1.1 <publicrecord@sos.ms.gov>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Thu, 24 Sep 2026 09:44:06 -0700 (PDT)
""")
    rfc = ('Content-Type: message/rfc822\n', orig)
    return message([
        ('Return-Path', '<>'),
        ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
        ('To', INBOX),
        ('Auto-Submitted', 'auto-replied'),
        ('Subject', 'Delivery Status Notification (Failure)'),
        ('Date', 'Thu, 24 Sep 2026 16:44:07 +0000'),
        ('Message-ID', '<66f3c9a7.050a0220.1c8e3b.91d2.GMR@mx.google.com>'),
        ('In-Reply-To', mid('REQ-009')),
        ('References', mid('REQ-009')),
        ('X-Failed-Recipients', 'publicrecord@sos.ms.gov'),
        ('MIME-Version', '1.0'),
    ], multipart('report', [alt, status, rfc], 'dsn-ms', '; report-type=delivery-status'))


add('bounce-gmail-ms-typo', 'Thu, 24 Sep 2026 16:44:07 +0000',
    F('REQ-009', 'bounce', signals=['thread', 'thread-embedded'],
      why='Gmail DSN: our REQ-009 request to a mistyped MS SOS address (publicrecord@) was rejected; original attached'),
    _gmail_dsn_ms)

# --- FEC newsletter (null, but topic words overlap REQ-005) ------------------------------
add('fec-weekly-digest', 'Fri, 25 Sep 2026 13:00:04 -0400',
    F(None, 'other', signals=['none'],
      why='FEC GovDelivery newsletter from an agency we have requests with; mentions AI ads but answers no request'),
    lambda: message([
        ('From', 'Federal Election Commission <fec@public.govdelivery.com>'),
        ('To', INBOX),
        ('Subject', 'FEC Weekly Digest: Week of September 21, 2026'),
        ('Date', 'Fri, 25 Sep 2026 13:00:04 -0400'),
        ('Message-ID', '<20260925170004.USFEC.1187214.9e3a@public.govdelivery.com>'),
        ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USFEC/subscriber/edit?preferences=true>'),
        ('X-Accountcode', 'USFEC_1'),
        ('MIME-Version', '1.0'),
    ], multipart('alternative', [
        leaf('text/plain', """FEC WEEKLY DIGEST - Week of September 21, 2026

Commission meetings
- On September 24 the Commission held an open meeting. Agenda documents, including a draft
  interpretive rule on fraudulent misrepresentation and artificially generated content in
  campaign communications, are posted on fec.gov.

Reporting reminders
- October Quarterly reports are due October 15, 2026.
- Pre-General reports are due October 22, 2026.

Enforcement
- The Commission made public 6 closed Matters Under Review (MURs) this week.

Outreach
- Webinar: Reporting in-kind contributions, October 6, 2026, 2:00 p.m. ET.

You are receiving this because you subscribed to FEC updates. Manage preferences or unsubscribe:
https://public.govdelivery.com/accounts/USFEC/subscriber/edit?preferences=true
"""),
        leaf('text/html', """<html><body style="font-family:Georgia,serif;font-size:11pt;color:#112e51">
<h2>FEC Weekly Digest</h2><p><i>Week of September 21, 2026</i></p>
<h3>Commission meetings</h3>
<p>On September 24 the Commission held an open meeting. Agenda documents, including a draft interpretive rule on
fraudulent misrepresentation and artificially generated content in campaign communications, are posted on fec.gov.</p>
<h3>Reporting reminders</h3><ul><li>October Quarterly reports are due October 15, 2026.</li><li>Pre-General reports are due October 22, 2026.</li></ul>
<h3>Enforcement</h3><p>The Commission made public 6 closed Matters Under Review (MURs) this week.</p>
<h3>Outreach</h3><p>Webinar: Reporting in-kind contributions, October 6, 2026, 2:00 p.m. ET.</p>
<p style="font-size:8pt">You are receiving this because you subscribed to FEC updates.
<a href="https://public.govdelivery.com/accounts/USFEC/subscriber/edit?preferences=true">Manage preferences or unsubscribe</a></p>
</body></html>
""", cte='quoted-printable'),
    ], 'fec-digest')))

# --- MS SOS acknowledgment of the re-sent REQ-009, received date after sent ------------------
add('mssos-ack-charities', 'Mon, 28 Sep 2026 11:30:41 -0500',
    F('REQ-009', 'acknowledgment', 'PRR2026-0447', clock='received:2026-09-25', signals=['subject', 'tracking-new'],
      why='MS SOS logs the re-sent charities request as received Fri Sep 25 (first copy bounced Sep 24) and assigns PRR2026-0447; no thread headers'),
    lambda: message([
        ('From', 'SOS Public Records <publicrecords@sos.ms.gov>'),
        ('To', INBOX),
        ('Subject', 'Public Records Request PRR2026-0447 - Acknowledgment'),
        ('Date', 'Mon, 28 Sep 2026 11:30:41 -0500'),
        ('Message-ID', o365_mid('ms-ack-009', 'namprd04')),
        ('MIME-Version', '1.0'),
    ] + o365_headers('Public Records Request PRR2026-0447 - Acknowledgment', 'ms9'),
        leaf('text/plain', """Dear Ms. Whitcomb,

The Mississippi Secretary of State's Office received your public records request on Friday,
September 25, 2026. It has been assigned tracking number PRR2026-0447.

Request: Complaints received by the Charities Division concerning organizations soliciting in the
name of police, fire or EMS personnel, and records of their resolution, January 1, 2020 to present.

The Agency will respond within seven (7) working days of receipt by providing the records, a cost
estimate, an estimate of when the records will be available, a request for clarification, or a
denial.

Please note that our public records address is publicrecords@sos.ms.gov (with an "s").

Public Records Office
Mississippi Secretary of State
""", charset='windows-1252')))

# --- Alaska DCCED Commissioner's office: transfer of REQ-007 to the division ------------------
add('akdcced-transfer', 'Mon, 28 Sep 2026 14:02:10 -0800',
    F('REQ-007', 'other', signals=['thread', 'plus', 'subject'],
      why="DCCED Commissioner's office forwards the payday-lender request to the Division of Banking and Securities (internal transfer notice)"),
    lambda: message([
        ('From', '"Ahgupuk, Jenna R (CED)" <jenna.ahgupuk@alaska.gov>'),
        ('To', 'Records Desk <%s>' % plus('REQ-007')),
        ('Cc', 'CED DBS Licensing <dbs.licensing@alaska.gov>'),
        ('Subject', 'RE: ' + subj('REQ-007')),
        ('Date', 'Mon, 28 Sep 2026 14:02:10 -0800'),
        ('Message-ID', o365_mid('ak-transfer-007')),
        ('In-Reply-To', mid('REQ-007')),
        ('References', mid('REQ-007')),
        ('MIME-Version', '1.0'),
    ] + o365_headers(subj('REQ-007'), 'ak7'),
        leaf('text/plain', """Good afternoon,

The Commissioner's office received your request on 9/22. Examination reports and complaint files
for deferred deposit advance licensees are kept by the Division of Banking and Securities, not by
this office, so I have forwarded your request to the Division's records contact (copied here).
The Division will respond to you directly, and the response time continues to run from 9/22.

Best,

Jenna Ahgupuk
Special Assistant / Public Records Coordinator
Office of the Commissioner
Alaska Department of Commerce, Community, and Economic Development
""")))


# --- Colleague forwards MS SOS cost estimate as an attachment (message/rfc822) -------------
def _ms_fee_fwd():
    inner = message([
        ('From', '"Crenshaw, Ashley" <acrenshaw@sos.ms.gov>'),
        ('To', 'Priya Natarajan <pnatarajan@ledgerdesk.example.org>'),
        ('Subject', 'PRR 2026-0418 Cost Estimate'),
        ('Date', 'Mon, 28 Sep 2026 16:40:12 -0500'),
        ('Message-ID', o365_mid('ms-fee-008-inner', 'namprd04')),
        ('MIME-Version', '1.0'),
    ], leaf('text/plain', """Ms. Natarajan,

I am writing about public records request PRR 2026-0418 (Securities Division orders and complaints
concerning cryptocurrency investment schemes), which lists you as the contact for The Ledger Desk.

The Securities Division has identified 11 administrative orders and approximately 140 pages of
complaint records. The estimated cost of compliance is as follows:

    Staff time to search, review and redact: 6.0 hours x $23.25 = $139.50
    Electronic copies (PDF by email):                             $0.00
    Postage:                                                      $0.00
    Estimated total:                                            $148.50*

    *includes a $9.00 processing charge under the Agency's fee schedule

Pursuant to Miss. Code Ann. Section 25-61-7 and Agency rule, payment of the estimated cost must
be received before the records are released. Checks should be made payable to the Mississippi
Secretary of State and reference PRR 2026-0418. If the actual cost is lower, the difference will
be refunded.

If we do not receive payment or a response within 30 days, the request will be considered
withdrawn.

Ashley Crenshaw
Public Records Coordinator
Office of the Mississippi Secretary of State
""", charset='windows-1252')).decode('utf-8')
    return message([
        ('From', 'Priya Natarajan <pnatarajan@ledgerdesk.example.org>'),
        ('To', 'Records Desk <%s>' % INBOX),
        ('Subject', 'Fwd: PRR 2026-0418 Cost Estimate'),
        ('Date', 'Tue, 29 Sep 2026 08:55:19 -0400'),
        ('Message-ID', gmail_mid('priya-fwd-ms-fee')),
        ('MIME-Version', '1.0'),
    ], multipart('mixed', [
        leaf('text/plain', """MS SOS sent this to me instead of the desk address (I was the contact on an old request).
Attaching the original. Dana - OK to pay? It's under our $200 threshold.

Priya
"""),
        ('Content-Type: message/rfc822\nContent-Disposition: attachment; filename="PRR 2026-0418 Cost Estimate.eml"\n', inner),
    ], 'priya-fwd'))


add('fwd-mssos-fee-estimate', 'Tue, 29 Sep 2026 08:55:19 -0400',
    F('REQ-008', 'fee_estimate', 'PRR 2026-0418', signals=['tracking', 'subject'],
      why='colleague forwards (as .eml attachment) the MS SOS cost estimate of $148.50, payable before release; number written with a space'),
    _ms_fee_fwd)

# --- GovQA clarification, Anchorage, REQ-014 (substantive text in a portal message) -----------
add('govqa-anchorage-clarify', 'Tue, 29 Sep 2026 12:10:48 -0800',
    F('REQ-014', 'clarification', 'R004512-092126', signals=['tracking', 'subject'],
      why='GovQA message with APD staff questions (full reports or case list? date range); request on hold pending reply'),
    lambda: message([
        ('From', 'Public Records Center <donotreply@govqa.us>'),
        ('To', INBOX),
        ('Subject', 'Public Records Request :: R004512-092126 - Clarification Needed'),
        ('Date', 'Tue, 29 Sep 2026 12:10:48 -0800'),
        ('Message-ID', '<20260929201048.0C55AC0118@mail.govqa.us>'),
        ('MIME-Version', '1.0'),
    ], leaf('text/html', """<html><body style="font-family:Verdana,Geneva,sans-serif;font-size:9pt">
<p>Dear Dana Whitcomb,</p>
<p>The Municipality of Anchorage needs additional information to process your public records request
<b>R004512-092126</b>.</p>
<p><b>Message from APD Records:</b><br>
1. Are you asking for copies of the full case reports, or would a list of case numbers with the report date,
offense code and reported loss amount meet your needs? Full reports in cases that are still open are
generally not releasable.<br>
2. Your request says &quot;2024 to present.&quot; Please confirm an end date (for example, September 21, 2026).<br>
3. For &quot;bulletins or training materials,&quot; do you mean internal APD documents only, or also public
advisories posted on the Municipality website?</p>
<p>Your request has been placed on hold until we receive your response. Please log in to the Public Records
Center to respond. If we do not hear from you within 30 days, the request may be closed.</p>
<p><a href="https://secure.govqa.us/WEBAPP/_rs/(S(x4k2mq1zrt0f5c3lwbnv2p))/RequestLogin.aspx">Public Records Center</a></p>
<p>Please note: this email address cannot accept replies.</p>
</body></html>
""", cte='quoted-printable')))

# --- FEC extension with OGIS paragraph, via group, REQ-005 ---------------------------------
_FEC_EXT = """Dear Ms. Whitcomb:

This concerns your Freedom of Information Act request, FOIA No. 2026-117, received on
September 3, 2026.

Your request requires us to search for and collect records from several offices, including the
Office of General Counsel, the Office of Compliance and the offices of individual Commissioners,
and to consult with those offices before release. Because of these unusual circumstances, we are
extending the time limit for responding by ten working days, as permitted by 5 U.S.C.
552(a)(6)(B)(i). We expect to make a determination on your request by October 19, 2026.

If you would like to narrow the scope of your request so that it can be processed more quickly,
or agree to an alternative time frame, please contact our FOIA Public Liaison at (202) 694-1650 or
foia@fec.gov. You may also contact the Office of Government Information Services (OGIS) at the
National Archives and Records Administration to inquire about the FOIA mediation services they
offer: Office of Government Information Services, National Archives and Records Administration,
8601 Adelphi Road - OGIS, College Park, Maryland 20740-6001; email ogis@nara.gov; telephone
202-741-5770; toll free 1-877-684-6448.

Sincerely,

Lorraine Fitzgibbon
FOIA Public Liaison
Federal Election Commission
"""

add('fec-extension-group', 'Wed, 30 Sep 2026 15:20:33 -0400',
    F('REQ-005', 'extension', '2026-117', clock='extension', estimated='2026-10-19', signals=['thread', 'tracking'],
      why='FEC takes the 10-working-day unusual-circumstances extension (determination by Oct 19) with OGIS paragraph; via Google Group'),
    lambda: message(group_headers('FEC FOIA', 'foia@fec.gov', True) + [
        ('To', GROUP),
        ('Subject', 'RE: FOIA 2026-117 Acknowledgment'),
        ('Date', 'Wed, 30 Sep 2026 15:20:33 -0400'),
        ('Message-ID', o365_mid('fec-ext-005')),
        ('In-Reply-To', o365_mid('fec-ack-005')),
        ('References', mid('REQ-005') + ' ' + o365_mid('fec-ack-005')),
        ('MIME-Version', '1.0'),
    ], multipart('alternative', [
        leaf('text/plain', _FEC_EXT),
        leaf('text/html', '<div style="font-family:Calibri,sans-serif;font-size:11pt">' +
             ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in _FEC_EXT.split('\n\n')) + '</div>\n', cte='quoted-printable'),
    ], 'fec-ext')))

# --- GovQA notice with no reference and no agency name (hard to place), REQ-015 ---------------
add('govqa-message-available-unplaced', 'Thu, 01 Oct 2026 13:45:10 +0000',
    F('REQ-015', 'portal_notice', None, signals=['none'],
      why='shared GovQA sender, no reference number or agency name, UTC timestamp: cannot be placed from the message; it was the Cheyenne clerk posting a scope note'),
    lambda: message([
        ('From', 'Public Records Center <donotreply@govqa.us>'),
        ('To', INBOX),
        ('Subject', 'Public Records Center - New Message'),
        ('Date', 'Thu, 01 Oct 2026 13:45:10 +0000'),
        ('Message-ID', '<20261001134510.91E7FC0457@mail.govqa.us>'),
        ('MIME-Version', '1.0'),
    ], leaf('text/html', """<html><body style="font-family:Verdana,Geneva,sans-serif;font-size:9pt">
<p>Dear Requester,</p>
<p>You have a new message regarding your public records request. Please log in to the Public Records Center
to view the message and respond if necessary.</p>
<p><a href="https://secure.govqa.us/WEBAPP/_rs/supporthome.aspx">Log in to the Public Records Center</a></p>
<p>Please note: this email address cannot accept replies.</p>
</body></html>
""", cte='quoted-printable')))

# --- FTC PAL status change, REQ-003 --------------------------------------------------------
add('ftc-pal-status', 'Thu, 01 Oct 2026 10:12:00 -0400',
    F('REQ-003', 'portal_notice', 'FOIA-2026-01802', signals=['plus', 'tracking', 'subject'],
      why='FOIAXpress PAL status change to In Process after fee agreement; no substantive text'),
    lambda: message([
        ('From', 'FTC FOIA Public Access Link <foiapal-noreply@ftc.gov>'),
        ('To', plus('REQ-003')),
        ('Subject', 'FOIA Request FOIA-2026-01802 Status Update'),
        ('Date', 'Thu, 01 Oct 2026 10:12:00 -0400'),
        ('Message-ID', '<1830562791.60318.1790863920554@foiapal.ftc.gov>'),
        ('MIME-Version', '1.0'),
        ('X-Mailer', 'FOIAXpress PAL Notification Service'),
    ], leaf('text/html', """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p style="background:#1b3a5c;color:#fff;padding:8px"><b>Federal Trade Commission</b> | FOIA Public Access Link</p>
<p>The status of your request <b>FOIA-2026-01802</b> has changed.</p>
<table cellpadding="4" border="1" style="border-collapse:collapse;font-size:9pt">
<tr><td>Previous Status</td><td>On Hold - Fee Related</td></tr>
<tr><td>Current Status</td><td>In Process</td></tr>
</table>
<p>Sign in to <a href="https://foiapal.ftc.gov">https://foiapal.ftc.gov</a> to view details.</p>
<p style="font-size:8pt;color:#777">This is a system-generated message. Please do not reply.</p>
</body></html>
""", cte='quoted-printable')))

# --- VT DFR acknowledgment REQ-012, via group with rewrite -----------------------------------
add('vtdfr-ack-captives-group', 'Fri, 02 Oct 2026 09:14:27 -0400',
    F('REQ-012', 'acknowledgment', 'DFR-PRR-2026-0163', clock='received_on_sent_date', signals=['thread', 'tracking-new', 'subject'],
      why='VT DFR logs the captive-insurer request DFR-PRR-2026-0163 received Oct 1 (= sent); arrives via the Google Group with From rewritten'),
    lambda: message(group_headers('DFR - Public Records', 'dfr.publicrecords@vermont.gov', True) + [
        ('To', 'Records Desk <%s>' % INBOX),
        ('Cc', GROUP),
        ('Subject', 'RE: ' + subj('REQ-012')),
        ('Date', 'Fri, 02 Oct 2026 09:14:27 -0400'),
        ('Message-ID', o365_mid('vt-ack-012', 'namprd09')),
        ('In-Reply-To', mid('REQ-012')),
        ('References', mid('REQ-012')),
        ('MIME-Version', '1.0'),
    ], leaf('text/plain', """Dear Ms. Whitcomb,

The Department of Financial Regulation received your public records request on October 1, 2026
(correspondence between the Department and captive insurance companies owned by hospitals or
health systems, 2022 to present). It has been logged as DFR-PRR-2026-0163.

The Department will respond within three business days of receipt as required by 1 V.S.A. § 318.

DFR Public Records
Vermont Department of Financial Regulation
""", cte='quoted-printable')))

# --- GovQA extension, Anchorage, REQ-014, stated new due date -----------------------------------
add('govqa-anchorage-extension', 'Fri, 02 Oct 2026 15:41:02 -0800',
    F('REQ-014', 'extension', 'R004512-092126', clock='extension', estimated='2026-10-21', signals=['tracking', 'subject'],
      why='GovQA notice with staff text: Municipality extends 10 working days, new due date 10/21/2026'),
    lambda: message([
        ('From', 'Public Records Center <donotreply@govqa.us>'),
        ('To', INBOX),
        ('Subject', 'Public Records Request :: R004512-092126 - Due Date Extended'),
        ('Date', 'Fri, 02 Oct 2026 15:41:02 -0800'),
        ('Message-ID', '<20261002234102.5D0A1C0118@mail.govqa.us>'),
        ('MIME-Version', '1.0'),
    ], leaf('text/html', """<html><body style="font-family:Verdana,Geneva,sans-serif;font-size:9pt">
<p>Dear Dana Whitcomb,</p>
<p>Thank you for your clarification. The Municipality of Anchorage requires additional time to respond to your
request <b>R004512-092126</b>. Responsive records must be gathered from more than one Anchorage Police Department
unit (Financial Crimes and the Records Section) and reviewed for information that is protected under
AS 40.25.120(a)(6).</p>
<p>The time to respond has been extended by ten (10) working days.</p>
<p><b>New Due Date:</b> 10/21/2026</p>
<p><a href="https://secure.govqa.us/WEBAPP/_rs/(S(x4k2mq1zrt0f5c3lwbnv2p))/RequestLogin.aspx">Public Records Center</a></p>
<p>Please note: this email address cannot accept replies.</p>
</body></html>
""", cte='quoted-printable')))

# --- AK DBS extension for REQ-007 ------------------------------------------------------------------
add('akdcced-extension-payday', 'Mon, 05 Oct 2026 16:20:37 -0800',
    F('REQ-007', 'extension', None, clock='extension', estimated='2026-10-22', signals=['thread', 'plus', 'subject'],
      why='AK DBS takes the additional 10 working days for the payday-lender request (response by Oct 22); AK holidays Oct 12 and Oct 19 count'),
    lambda: message([
        ('From', '"Lindqvist, Ted (CED)" <ted.lindqvist@alaska.gov>'),
        ('To', 'Records Desk <%s>' % plus('REQ-007')),
        ('Cc', '"Ahgupuk, Jenna R (CED)" <jenna.ahgupuk@alaska.gov>'),
        ('Subject', 'RE: ' + subj('REQ-007')),
        ('Date', 'Mon, 05 Oct 2026 16:20:37 -0800'),
        ('Message-ID', o365_mid('ak-ext-007')),
        ('In-Reply-To', o365_mid('ak-transfer-007')),
        ('References', mid('REQ-007') + ' ' + o365_mid('ak-transfer-007')),
        ('MIME-Version', '1.0'),
    ] + o365_headers(subj('REQ-007'), 'ak7b'),
        leaf('text/plain', """Hello,

I'm handling your deferred deposit advance request for the Division of Banking and Securities
(Jenna forwarded it to us on 9/28). We have eleven licensees in the period you asked about and
five years of exam files and complaint records to go through, so we're taking the additional
10 working days allowed under 2 AAC 96.325. You should have our response by Thursday, October 22.

Note that state offices are closed Monday Oct 12 and Monday Oct 19 (Alaska Day observed).

Ted Lindqvist
Financial Examiner IV
Division of Banking and Securities
907-269-8151
""")))

# =====================================================================================
# October - November 2026
# =====================================================================================

# --- Dana forwards VT DFR final response (REQ-011), sent to her own address -------------------
_VT_FINAL_LETTER = """VERMONT DEPARTMENT OF FINANCIAL REGULATION
89 Main Street, Montpelier, VT 05620-3101

October 5, 2026

Dana Whitcomb
The Ledger Desk

Re: Public records request DFR-PRR-2026-0147

Dear Ms. Whitcomb:

This responds to your request of September 16, 2026, for complaints about operators of virtual
currency kiosks licensed as money transmitters, and examination reports and consent orders
concerning those licensees, January 1, 2023 to the present.

1. Complaints. The Department located 43 complaints about four licensees. Copies are enclosed.
Names, addresses, telephone numbers, account and wallet identifiers of complainants have been
redacted to protect personal privacy (1 V.S.A. 317(c)(7) and (c)(1)).

2. Consent orders. Two consent orders are enclosed in full; both are also posted on the
Department's website.

3. Examination reports. The Department holds examination reports for two licensees. Reports of
examination and related supervisory correspondence are confidential under 8 V.S.A. 22 and are
therefore exempt from public inspection under 1 V.S.A. 317(c)(1). They are withheld in full.

This completes the Department's response to your request. If you believe records have been
improperly withheld, you may appeal to the Commissioner of Financial Regulation in writing at the
address above. The Commissioner will decide the appeal within five business days.

Sincerely,

Emily Trask
General Counsel
"""


def _vt_final_fwd():
    pdf_letter = make_pdf(wrap(_VT_FINAL_LETTER), 'DFR-PRR-2026-0147 Response')
    pdf_complaints = make_pdf(wrap("""DFR Consumer Services - complaints re: virtual currency kiosk licensees (redacted)
Complaint No. | Received | Licensee | Summary
C-23-0412 | 03/14/2023 | [licensee A] | Caller told to pay 'fine' in bitcoin at kiosk; $4,800 loss | [redacted]
C-23-0977 | 07/02/2023 | [licensee B] | Fee disclosure not posted on machine
C-24-0118 | 01/19/2024 | [licensee A] | Romance scam; daily limit exceeded at two locations
C-24-1530 | 10/30/2024 | [licensee C] | Refund refused after reported fraud within 24 hours
... 39 further entries in the full release (43 total) ..."""), 'Kiosk complaints 2023-2026 redacted')
    fwd_text = """Filing for the desk - DFR sent the kiosk response to me directly last night instead of the
records address. Exam reports withheld; worth an appeal to the Commissioner?

-D

---------- Forwarded message ---------
From: Ouellette, Renée <renee.ouellette@vermont.gov>
Date: Mon, Oct 5, 2026 at 4:52 PM
Subject: DFR-PRR-2026-0147 - response
To: Dana Whitcomb <dwhitcomb@ledgerdesk.example.org>
Cc: DFR - Public Records <dfr.publicrecords@vermont.gov>


Dear Ms. Whitcomb,

Attached please find the Department's response to your public records request DFR-PRR-2026-0147
(virtual currency kiosk complaints and examination records), together with the redacted complaint
records and two consent orders. Examination reports are withheld as explained in the letter.

Renée Ouellette
Paralegal / Records Liaison
Vermont Department of Financial Regulation
"""
    html = '<div dir="ltr">' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in fwd_text.split('\n\n')) + '</div>\n'
    return message([
        ('From', 'Dana Whitcomb <dwhitcomb@ledgerdesk.example.org>'),
        ('To', 'Records Desk <%s>' % INBOX),
        ('Subject', 'Fwd: DFR-PRR-2026-0147 - response'),
        ('Date', 'Tue, 06 Oct 2026 08:31:44 -0400'),
        ('Message-ID', gmail_mid('dana-fwd-vt-final')),
        ('MIME-Version', '1.0'),
    ], multipart('mixed', [
        multipart('alternative', [leaf('text/plain', fwd_text, cte='quoted-printable'),
                                  leaf('text/html', html, cte='quoted-printable')], 'vtf-alt'),
        attachment('application/pdf', 'DFR-PRR-2026-0147 Response Letter.pdf', pdf_letter),
        attachment('application/pdf', 'Kiosk complaints 2023-2026 redacted.pdf', pdf_complaints),
    ], 'vtf'))


add('fwd-vtdfr-final-kiosks', 'Tue, 06 Oct 2026 08:31:44 -0400',
    F('REQ-011', 'records_final', 'DFR-PRR-2026-0147', adverse=True, signals=['tracking', 'subject'],
      why='colleague forward of the VT DFR final response: complaints released with redactions, exam reports withheld; VT table has no appeal days'),
    _vt_final_fwd)

# --- VT DFR denial, REQ-012, letter only in PDF; number only in attachment ---------------------
_VT_DENIAL = """VERMONT DEPARTMENT OF FINANCIAL REGULATION
Office of General Counsel
89 Main Street, Montpelier, VT 05620-3101

October 6, 2026

Dana Whitcomb
The Ledger Desk
records@ledgerdesk.example.org

Re: Public records request DFR-PRR-2026-0163

Dear Ms. Whitcomb:

On October 1, 2026, the Department received your request for correspondence between the
Department and captive insurance companies owned by hospitals or health systems, January 1, 2022
to the present.

Your request is denied. Records the Department obtains or creates in licensing, examining and
supervising captive insurance companies, including correspondence with those companies, are
confidential under 8 V.S.A. 6002 and 6008 and may not be made public by the Department. They are
therefore exempt from public inspection and copying under 1 V.S.A. 317(c)(1). Because the
confidentiality applies to the records as a whole, there are no non-exempt portions that can be
reasonably segregated and released.

Publicly available information about licensed captive insurers, including the list of licensed
companies and their domicile dates, can be found on the Department's website.

You may appeal this decision to the Commissioner of Financial Regulation by writing to the address
above. The Commissioner will make a determination on the appeal within five business days after
receiving it. The official responsible for this denial is the undersigned.

Sincerely,

Emily Trask
General Counsel
"""

add('vtdfr-denial-captives-pdf', 'Tue, 06 Oct 2026 10:05:31 -0400',
    F('REQ-012', 'denial', 'DFR-PRR-2026-0163', adverse=True, signals=['thread', 'plus', 'tracking-filename', 'subject'],
      why='VT DFR denies the captive request in full (8 V.S.A. 6002/6008, 1 V.S.A. 317(c)(1)); letter only in PDF; VT has no appeal days in the table'),
    lambda: message([
        ('From', 'DFR - Public Records <dfr.publicrecords@vermont.gov>'),
        ('To', 'Records Desk <%s>' % plus('REQ-012')),
        ('Subject', 'RE: ' + subj('REQ-012')),
        ('Date', 'Tue, 06 Oct 2026 10:05:31 -0400'),
        ('Message-ID', o365_mid('vt-denial-012', 'namprd09')),
        ('In-Reply-To', o365_mid('vt-ack-012', 'namprd09')),
        ('References', mid('REQ-012') + ' ' + o365_mid('vt-ack-012', 'namprd09')),
        ('MIME-Version', '1.0'),
    ] + o365_headers(subj('REQ-012'), 'vt12', True),
        multipart('mixed', [
            leaf('text/plain', """Dear Ms. Whitcomb,

Please see the attached letter responding to your public records request.

DFR Public Records
"""),
            attachment('application/pdf', 'DFR-PRR-2026-0163 Response.pdf', make_pdf(wrap(_VT_DENIAL), 'DFR-PRR-2026-0163')),
        ], 'vt-den')))

# --- MS SOS clarification, REQ-009 ----------------------------------------------------------
add('mssos-clarification-charities', 'Tue, 06 Oct 2026 14:22:19 -0500',
    F('REQ-009', 'clarification', 'PRR2026-0447', signals=['tracking', 'subject'],
      why='MS SOS Charities Division asks which organizations and which complaint types; time suspended pending answer'),
    lambda: message([
        ('From', '"Hemphill, Yolanda" <yhemphill@sos.ms.gov>'),
        ('To', 'Records Desk <%s>' % INBOX),
        ('Cc', 'SOS Public Records <publicrecords@sos.ms.gov>'),
        ('Subject', 'PRR2026-0447 - Clarification Needed'),
        ('Date', 'Tue, 06 Oct 2026 14:22:19 -0500'),
        ('Message-ID', o365_mid('ms-clar-009', 'namprd04')),
        ('MIME-Version', '1.0'),
    ] + o365_headers('PRR2026-0447 - Clarification Needed', 'ms9b'),
        multipart('alternative', [
            leaf('text/plain', """Ms. Whitcomb,

Before the Charities Division can search for records responsive to PRR2026-0447, we need you to
clarify two points:

1. Are you requesting complaints about registered charitable organizations only, or also
   complaints about professional fundraisers and solicitors acting on their behalf?

2. Some complaints are received by our office and referred to the Attorney General's Consumer
   Protection Division. Do you want our records of those referrals as well?

Under the Agency's rule, the time to respond is suspended until we receive your clarification.
If we do not hear from you within 30 days, the request will be closed.

Yolanda Hemphill
Charities Division
Office of the Mississippi Secretary of State
""", charset='windows-1252'),
            leaf('text/html', """<div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Ms. Whitcomb,</p>
<p>Before the Charities Division can search for records responsive to PRR2026-0447, we need you to clarify two points:</p>
<ol><li>Are you requesting complaints about registered charitable organizations only, or also complaints about professional
fundraisers and solicitors acting on their behalf?</li>
<li>Some complaints are received by our office and referred to the Attorney General&#8217;s Consumer Protection Division.
Do you want our records of those referrals as well?</li></ol>
<p>Under the Agency&#8217;s rule, the time to respond is suspended until we receive your clarification. If we do not hear
from you within 30 days, the request will be closed.</p>
<p>Yolanda Hemphill<br>Charities Division<br>Office of the Mississippi Secretary of State</p></div>
""", cte='quoted-printable', charset='windows-1252'),
        ], 'ms-clar')))

# --- SEC denial (7(A) categorical), REQ-002, via group, new subject --------------------------
add('sec-denial-tcr-group', 'Thu, 08 Oct 2026 16:02:57 -0400',
    F('REQ-002', 'denial', '26-04702-FOIA', adverse=True, signals=['tracking', 'subject'],
      why='SEC withholds all TCR records in full under 7(A), 6, 7(C); appeal 90 days; OGIS; via Google Group, subject changed'),
    lambda: message(group_headers('FOIAPA', 'foiapa@sec.gov', True) + [
        ('To', GROUP),
        ('Subject', '26-04702-FOIA Final Response'),
        ('Date', 'Thu, 08 Oct 2026 16:02:57 -0400'),
        ('Message-ID', o365_mid('sec-denial-002')),
        ('MIME-Version', '1.0'),
    ], leaf('text/plain', """October 8, 2026

Ms. Dana Whitcomb
The Ledger Desk

RE: Freedom of Information Act (FOIA), 5 U.S.C. 552
    Request No. 26-04702-FOIA

Dear Ms. Whitcomb:

This letter responds to your request for tips, complaints and referrals naming operators of
cryptocurrency kiosks, received January 1, 2022 to the present, and related referral memoranda.

Based on the information you provided, we conducted a search of the Commission's Tips,
Complaints and Referrals system and consulted with the Division of Enforcement. We have determined
that the responsive records are part of, or related to, ongoing enforcement proceedings and
investigations, and their release could reasonably be expected to interfere with those
proceedings. The records are therefore withheld in their entirety under 5 U.S.C. 552(b)(7)(A).
In addition, the records contain the names and personal information of complainants and other
third parties, which are protected under 5 U.S.C. 552(b)(6) and (b)(7)(C).

Please note that this response should not be construed as an indication that any particular
person or entity is, or is not, the subject of an investigation.

You have the right to appeal this determination to the Commission's Office of the General
Counsel. Your appeal must be received within ninety (90) calendar days of the date of this
letter. Send it by email to foiapa@sec.gov, or by mail to the Office of FOIA Services, 100 F
Street NE, Mail Stop 2465, Washington, DC 20549, and mark it "Freedom of Information Act Appeal."

You may seek dispute resolution services from our FOIA Public Liaison at (202) 551-7900 or
foiapa@sec.gov, or from the Office of Government Information Services (OGIS), National Archives
and Records Administration, 8601 Adelphi Road - OGIS, College Park, MD 20740-6001; ogis@nara.gov;
(202) 741-5770 or toll-free 1-877-684-6448.

Sincerely,

Jerome Vasquez-Hill
FOIA Lead Research Specialist
Office of FOIA Services
""")))

# --- FTC referral notice, REQ-003 --------------------------------------------------------------
add('ftc-referral-cfpb', 'Fri, 09 Oct 2026 11:18:26 -0400',
    F('REQ-003', 'other', 'FOIA-2026-01802', signals=['tracking', 'subject'],
      why='FTC refers 37 CFPB-originated complaint records to the CFPB for direct response; processing of the rest continues (referral notice)'),
    lambda: message([
        ('From', '"Okafor, Wallace" <wokafor@ftc.gov>'),
        ('To', 'dwhitcomb@ledgerdesk.example.org'),
        ('Cc', INBOX),
        ('Subject', 'RE: FOIA-2026-01802 - fee estimate, response needed'),
        ('Date', 'Fri, 09 Oct 2026 11:18:26 -0400'),
        ('Message-ID', o365_mid('ftc-referral-003')),
        ('In-Reply-To', '<CAJdwhitcomb.20260924.fee-ok@mail.gmail.com>'),
        ('References', o365_mid('ftc-fee-003') + ' <CAJdwhitcomb.20260924.fee-ok@mail.gmail.com>'),
        ('MIME-Version', '1.0'),
    ] + o365_headers('FOIA-2026-01802 - fee estimate, response needed', 'ftc3b'),
        leaf('text/plain', """Ms. Whitcomb,

Thank you for agreeing to pay the estimated fees; your request is back in process.

While running the extraction we found 37 complaint records that were submitted to the Consumer
Financial Protection Bureau and shared with the FTC through Consumer Sentinel. Because those
records originated with the CFPB, we have referred them to the CFPB's FOIA Office for a direct
response to you, as provided in 16 C.F.R. 4.11(a)(3). You may contact the CFPB about the referral
at FOIA@consumerfinance.gov or (855) 444-3642.

We are continuing to process the remaining records and will send our response when complete.

Wallace Okafor
Government Information Specialist
FTC FOIA Office
""")))

# --- FTC clarification via PAL correspondence, REQ-004 -----------------------------------------
add('ftc-pal-clarification-databrokers', 'Tue, 13 Oct 2026 09:40:15 -0400',
    F('REQ-004', 'clarification', 'FOIA-2026-01877', signals=['plus', 'tracking', 'subject'],
      why='FTC says the data-broker request does not reasonably describe records; asks to name companies/offices; 30-day deadline or closure'),
    lambda: message([
        ('From', 'FTC FOIA Public Access Link <foiapal-noreply@ftc.gov>'),
        ('To', plus('REQ-004')),
        ('Subject', 'Correspondence regarding FOIA Request FOIA-2026-01877'),
        ('Date', 'Tue, 13 Oct 2026 09:40:15 -0400'),
        ('Message-ID', '<1830562791.66240.1791898815301@foiapal.ftc.gov>'),
        ('MIME-Version', '1.0'),
        ('X-Mailer', 'FOIAXpress PAL Notification Service'),
    ], leaf('text/html', """<html><body style="font-family:'Times New Roman',serif;font-size:11pt">
<p>October 13, 2026</p>
<p>Dana Whitcomb<br>The Ledger Desk</p>
<p>Re: FOIA-2026-01877</p>
<p>Dear Ms. Whitcomb:</p>
<p>This is in reference to your Freedom of Information Act request for correspondence between FTC staff and
companies that sell or license precise geolocation data, January 1, 2024 to the present.</p>
<p>FTC staff communicate with a very large number of companies in the course of investigations, rulemakings,
workshops and compliance monitoring, and the agency does not maintain a list of &quot;data brokers.&quot; As written,
your request would require staff to determine which of thousands of correspondents fall within that category,
and so it does not reasonably describe the records sought as required by 16 C.F.R. 4.11(a)(1)(i)(D).</p>
<p>To allow us to search, please identify (1) the specific companies whose correspondence you seek, and/or
(2) the FTC offices or matters (for example, a named rulemaking or public workshop) you are interested in.
A narrower request will also be processed more quickly.</p>
<p>If we do not receive your response within 30 calendar days of the date of this letter, we will assume you
are no longer interested in this request and will administratively close it.</p>
<p>Sincerely,<br>Dione Stearns<br>Assistant General Counsel<br>FOIA Office</p>
</body></html>
""", cte='quoted-printable')))

# --- WY SOS staffer asks for a phone call, REQ-013; new subject, no threading ----------------------
add('wysos-call-request', 'Wed, 14 Oct 2026 13:27:09 -0600',
    F('REQ-013', 'other', None, signals=['subject'],
      why='WY SOS compliance analyst asks for a phone call to discuss scope (no formal clarification, clock not stopped); new subject, no threading'),
    lambda: message([
        ('From', 'Jolene Barcus <jolene.barcus@wyo.gov>'),
        ('To', INBOX),
        ('Subject', 'registered agent request - can you call me?'),
        ('Date', 'Wed, 14 Oct 2026 13:27:09 -0600'),
        ('Message-ID', gmail_mid('wy-call-013')),
        ('MIME-Version', '1.0'),
    ], multipart('alternative', [
        leaf('text/plain', """Hi Dana,

I'm the compliance analyst pulling records for your request about commercial registered agents.
Before I go much further, could you give me a call? There's a lot of material (complaint emails,
letters we sent to agents, and the address-verification project we ran in 2024-2025) and I want
to make sure I'm pulling what's actually useful to you.

I'm at 307-777-5334, usually best between 8 and 4.

Thanks,
Jolene

--
Jolene Barcus
Compliance Analyst, Business Division
Wyoming Secretary of State's Office
"""),
        leaf('text/html', """<div dir="ltr">Hi Dana,<div><br></div><div>I'm the compliance analyst pulling records for your request about commercial registered agents. Before I go much further, could you give me a call? There's a lot of material (complaint emails, letters we sent to agents, and the address-verification project we ran in 2024-2025) and I want to make sure I'm pulling what's actually useful to you.</div><div><br></div><div>I'm at 307-777-5334, usually best between 8 and 4.</div><div><br></div><div>Thanks,</div><div>Jolene</div><div><br></div>-- <br><div>Jolene Barcus<br>Compliance Analyst, Business Division<br>Wyoming Secretary of State's Office</div></div>
""", cte='quoted-printable'),
    ], 'wy-call')))

# --- ND interim release with CSV attachment, REQ-010 ------------------------------------------------
_ND_CSV = """complaint_no,date_received,pbm,complaint_type,disposition
22-0114,2022-02-03,PBM A,Claim denial / reimbursement,Closed - resolved in favor of complainant
22-0387,2022-05-19,PBM B,Pharmacy reimbursement below cost,Closed - referred to examination
22-0902,2022-11-08,PBM A,Network access,Closed - no violation found
23-0221,2023-03-14,PBM C,Mail-order steering,Closed - resolved
23-0640,2023-07-27,PBM B,Pharmacy audit practices,Closed - corrective action
24-0075,2024-01-22,PBM D,Pharmacy reimbursement below cost,Closed - resolved
24-0518,2024-06-30,PBM A,Claim denial / reimbursement,Closed - no violation found
25-0033,2025-01-09,PBM C,Appeal process,Closed - resolved in favor of complainant
25-0711,2025-08-18,PBM B,Pharmacy reimbursement below cost,Open
26-0242,2026-04-02,PBM D,Network access,Open
"""

add('ndins-interim-complaints', 'Thu, 15 Oct 2026 15:02:44 -0500',
    F('REQ-010', 'records_interim', None, signals=['thread', 'plus', 'subject'],
      why='ND Insurance sends part 1 (PBM complaint log, CSV); market conduct materials still under legal review (rolling release)'),
    lambda: message([
        ('From', '"Stromme, Kari L." <kstromme@nd.gov>'),
        ('To', 'Records Desk <%s>' % plus('REQ-010')),
        ('Subject', 'RE: ' + subj('REQ-010')),
        ('Date', 'Thu, 15 Oct 2026 15:02:44 -0500'),
        ('Message-ID', o365_mid('nd-interim-010', 'USAGCC01')),
        ('In-Reply-To', o365_mid('nd-ack-010', 'USAGCC01')),
        ('References', mid('REQ-010') + ' ' + o365_mid('nd-ack-010', 'USAGCC01')),
        ('MIME-Version', '1.0'),
    ] + o365_headers(subj('REQ-010'), 'nd10b', True),
        multipart('mixed', [
            leaf('text/plain', """Hi Dana,

Attached is part 1 of your request: the PBM complaint log from our complaint system, 1/1/2022
through 9/30/2026. I've converted it to CSV. Complainant names and pharmacy/member identifiers are
not included - the export only has the fields you listed. (The file attached here is the summary
tab; let me know if you want the full 118-row export as Excel instead.)

Part 2, the market conduct examination materials, is still with our legal staff. I'll send it as
soon as they've finished their review.

Kari
"""),
            attachment('text/csv', 'PBM_complaints_2022-2026.csv', _ND_CSV.encode()),
        ], 'nd-int')))

# --- WY SOS notice of additional time, REQ-013 (WY has no statutory extension) ----------------------
add('wysos-extension-notice', 'Fri, 16 Oct 2026 11:48:30 -0600',
    F('REQ-013', 'extension', 'SOS-PR-26-044', clock='extension', estimated='2026-11-13', signals=['plus', 'tracking', 'subject'],
      why='WY SOS gives notice it needs more time for good cause, records by Nov 13; WY table has no extension days so no due'),
    lambda: message([
        ('From', 'SOS Public Records <sos.records@wyo.gov>'),
        ('To', plus('REQ-013')),
        ('Subject', 'SOS-PR-26-044 - Notice of Additional Time Needed'),
        ('Date', 'Fri, 16 Oct 2026 11:48:30 -0600'),
        ('Message-ID', gmail_mid('wy-ext-013')),
        ('MIME-Version', '1.0'),
    ], leaf('text/plain', """Dear Ms. Whitcomb,

RE: Public Records Request SOS-PR-26-044 (complaints and compliance actions concerning
commercial registered agents)

The Secretary of State's Office is not able to provide all responsive records within thirty days
of its acknowledged receipt of your request. Good cause exists: the request covers more than four
years of complaint correspondence and compliance files, and staff must review the records for
personal information that is confidential under W.S. 16-4-203 before release.

The Office anticipates providing the responsive records no later than November 13, 2026. If the
records are ready sooner, we will send them sooner.

Travis Engberg
Public Records Officer
Wyoming Secretary of State's Office
""")))

# --- FEC first interim release, REQ-005, via group ----------------------------------------------------
_FEC_INT = """Dear Ms. Whitcomb:

This is the first interim response to your Freedom of Information Act request, FOIA No. 2026-117.

We have completed review of 63 pages of records. Of these, 51 pages are released in full and 12
pages are released in part. Information has been withheld under 5 U.S.C. 552(b)(5), which protects
pre-decisional and deliberative material, including staff recommendations to the Commission, and
5 U.S.C. 552(b)(6), which protects personal privacy. The released pages are attached.

Approximately 400 pages remain under review. We will continue to release records on a rolling
basis and anticipate completing processing by December 11, 2026. You will be advised of your
appeal rights in our final response.

Sincerely,

Lorraine Fitzgibbon
FOIA Public Liaison
Federal Election Commission
"""

add('fec-interim-group', 'Mon, 19 Oct 2026 14:30:08 -0400',
    F('REQ-005', 'records_interim', '2026-117', estimated='2026-12-11', signals=['thread', 'tracking'],
      why='FEC first interim release (63 pages, b5/b6 redactions), ~400 pages remain, completion expected Dec 11; via Google Group'),
    lambda: message(group_headers('FEC FOIA', 'foia@fec.gov', True) + [
        ('To', GROUP),
        ('Subject', 'RE: FOIA 2026-117 Acknowledgment - Interim Release 1'),
        ('Date', 'Mon, 19 Oct 2026 14:30:08 -0400'),
        ('Message-ID', o365_mid('fec-int-005')),
        ('In-Reply-To', o365_mid('fec-ext-005')),
        ('References', mid('REQ-005') + ' ' + o365_mid('fec-ack-005') + ' ' + o365_mid('fec-ext-005')),
        ('MIME-Version', '1.0'),
    ], multipart('mixed', [
        leaf('text/plain', _FEC_INT),
        attachment('application/pdf', 'FOIA 2026-117 Interim Release 1.pdf', make_pdf(wrap(
            """FEDERAL ELECTION COMMISSION - FOIA 2026-117 - INTERIM RELEASE 1 (pages FEC-117-0001 to FEC-117-0063)

[Cover index]
FEC-117-0001 - 0014  Comments received on petition for rulemaking (AI-generated content), released in full
FEC-117-0015 - 0038  Public correspondence forwarded to Office of General Counsel, released in full
FEC-117-0039 - 0050  Staff memorandum to the Commission, released in part, (b)(5)
FEC-117-0051 - 0063  Email correspondence, released in full / in part, (b)(6)"""), 'FOIA 2026-117 Interim 1')),
    ], 'fec-int')))

# --- GovQA "message posted" notice, Anchorage, REQ-014 --------------------------------------------------
add('govqa-anchorage-message-posted', 'Tue, 20 Oct 2026 10:03:55 -0800',
    F('REQ-014', 'portal_notice', 'R004512-092126', signals=['tracking', 'subject'],
      why='GovQA: a message was posted on R004512-092126, log in to view; no substantive text'),
    lambda: message([
        ('From', 'Public Records Center <donotreply@govqa.us>'),
        ('To', INBOX),
        ('Subject', 'Public Records Request :: R004512-092126 - New Message'),
        ('Date', 'Tue, 20 Oct 2026 10:03:55 -0800'),
        ('Message-ID', '<20261020180355.3AA70C0118@mail.govqa.us>'),
        ('MIME-Version', '1.0'),
    ], leaf('text/html', """<html><body style="font-family:Verdana,Geneva,sans-serif;font-size:9pt">
<p>Dear Dana Whitcomb,</p>
<p>A new message has been posted to your public records request <b>R004512-092126</b>. Please log in to the
Public Records Center to view it.</p>
<p><a href="https://secure.govqa.us/WEBAPP/_rs/(S(x4k2mq1zrt0f5c3lwbnv2p))/RequestLogin.aspx">Public Records Center</a></p>
<p>Please note: this email address cannot accept replies.</p>
</body></html>
""", cte='quoted-printable')))

# --- GovQA closure with denial text, Anchorage, REQ-014 -------------------------------------------------
add('govqa-anchorage-denial', 'Wed, 21 Oct 2026 16:15:40 -0800',
    F('REQ-014', 'denial', 'R004512-092126', adverse=True, signals=['tracking', 'subject'],
      why='GovQA closure: APD withholds all 41 crypto-ATM fraud case reports under AS 40.25.120(a)(6); no bulletins beyond a public advisory; AK has no appeal days'),
    lambda: message([
        ('From', 'Public Records Center <donotreply@govqa.us>'),
        ('To', INBOX),
        ('Subject', 'Public Records Request :: R004512-092126 - Closed'),
        ('Date', 'Wed, 21 Oct 2026 16:15:40 -0800'),
        ('Message-ID', '<20261022001540.6E4D2C0118@mail.govqa.us>'),
        ('MIME-Version', '1.0'),
    ], leaf('text/html', """<html><body style="font-family:Verdana,Geneva,sans-serif;font-size:9pt">
<p>Dear Dana Whitcomb,</p>
<p>Your public records request <b>R004512-092126</b> submitted to the Municipality of Anchorage has been closed
with the following response:</p>
<blockquote style="border-left:3px solid #999;padding-left:8px">
The Anchorage Police Department identified 41 case reports from January 1, 2024 through September 21, 2026 in
which victims reported depositing funds into cryptocurrency ATMs. Each of these cases remains under active
investigation or has been referred for prosecution. Disclosure could reasonably be expected to interfere with
enforcement proceedings and would disclose the identities of victims and witnesses. The reports, and the
list of case numbers with loss amounts that you accepted as an alternative, are therefore withheld in their
entirety under AS 40.25.120(a)(6)(A) and (C).<br><br>
APD has no internal bulletins or training materials specific to cryptocurrency ATMs. The public advisory
&quot;Scammers and Bitcoin ATMs&quot; (March 2025) remains available on the Municipality website.<br><br>
If you disagree with this decision, you may seek review in the Superior Court as provided in AS 40.25.125.
</blockquote>
<p><a href="https://secure.govqa.us/WEBAPP/_rs/(S(x4k2mq1zrt0f5c3lwbnv2p))/RequestLogin.aspx">Public Records Center</a></p>
<p>Please note: this email address cannot accept replies.</p>
</body></html>
""", cte='quoted-printable')))

# --- AK DBS final response REQ-007, new subject, no threading -------------------------------------------
add('akdcced-final-payday', 'Thu, 22 Oct 2026 15:30:12 -0800',
    F('REQ-007', 'records_final', None, adverse=True, signals=['subject'],
      why='AK DBS releases the deferred-deposit complaint log (consumer names redacted) and withholds exam reports (AS 06.01.025); new subject, no threading; AK no appeal days'),
    lambda: message([
        ('From', '"Lindqvist, Ted (CED)" <ted.lindqvist@alaska.gov>'),
        ('To', INBOX),
        ('Cc', 'CED DBS Licensing <dbs.licensing@alaska.gov>'),
        ('Subject', 'Records response - deferred deposit advance licensees (your 9/22 request)'),
        ('Date', 'Thu, 22 Oct 2026 15:30:12 -0800'),
        ('Message-ID', o365_mid('ak-final-007')),
        ('MIME-Version', '1.0'),
    ] + o365_headers('Records response - deferred deposit advance licensees (your 9/22 request)', 'ak7c', True),
        multipart('mixed', [
            leaf('text/plain', """Hello,

This is the Division of Banking and Securities' response to your 9/22 public records request about
deferred deposit advance (payday) licensees, 2021 to present.

1. Complaints: attached is our complaint log for deferred deposit advance licensees, 1/1/2021 -
   9/30/2026 (212 entries). Consumer names, account numbers and contact information are redacted.

2. Examination reports: we conducted 19 examinations of 11 licensees in this period. Examination
   reports and the information in them are confidential under AS 06.01.025 and are not public
   records subject to disclosure (AS 40.25.120(a)(4)). They are withheld in full. The list of
   licensees and any public enforcement orders are on our website.

There is no charge for this request. This completes our response.

Ted Lindqvist
Financial Examiner IV
Division of Banking and Securities
"""),
            attachment('application/pdf', 'DDA complaint log 2021-2026 (redacted).pdf', make_pdf(wrap(
                """Division of Banking and Securities - Deferred Deposit Advance Licensees - Complaint Log (redacted)
Period: 01/01/2021 - 09/30/2026   Entries: 212
No. | Date | Licensee | Issue | Outcome
DDA-21-004 | 01/22/2021 | Licensee 03 | Rollover beyond limit | Refund ordered
DDA-21-019 | 04/05/2021 | Licensee 07 | Collection calls to employer | Closed, no violation
DDA-22-031 | 06/14/2022 | Licensee 03 | Fee over statutory maximum | Refund ordered
DDA-24-008 | 02/27/2024 | Licensee 11 | Online lender not licensed | Referred to Enforcement
... (208 further entries) ..."""), 'DDA complaint log')),
        ], 'ak-final7')))


# --- Gmail DSN: our follow-up on REQ-006 to a full mailbox ---------------------------------------
def _gmail_dsn_ak():
    fu_id = '<CAJfollowup.req006.20261026@mail.gmail.com>'
    orig = message([
        ('From', 'Records Desk <%s>' % INBOX),
        ('To', '"Kvasnikoff, Marisol M (CED)" <marisol.kvasnikoff@alaska.gov>'),
        ('Reply-To', plus('REQ-006')),
        ('Subject', 'Re: ' + subj('REQ-006')),
        ('Date', 'Mon, 26 Oct 2026 10:03:41 -0400'),
        ('Message-ID', fu_id),
        ('In-Reply-To', o365_mid('ak-fee-006')),
        ('References', mid('REQ-006') + ' ' + o365_mid('ak-ack-006') + ' ' + o365_mid('ak-fee-006')),
        ('MIME-Version', '1.0'),
    ], leaf('text/plain', """Hi Marisol,

Following up: we mailed a check for $344.16 on September 28 for the kiosk licensee files. Can you
confirm it arrived and let us know when to expect the records?

Thanks,
Dana
""")).decode()
    alt = leaf('text/plain', """** Message not delivered **

There was a problem delivering your message to marisol.kvasnikoff@alaska.gov. The recipient's
mailbox is full and can't accept messages now.

The response from the remote server was:
552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
""")
    status = leaf('message/delivery-status', """Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 26 Oct 2026 07:03:41 -0700 (PDT)
X-Original-Message-ID: <CAJfollowup.req006.20261026@mail.gmail.com>

Final-Recipient: rfc822; marisol.kvasnikoff@alaska.gov
Action: failed
Status: 5.2.2
Remote-MTA: dns; alaska-gov.mail.protection.outlook.com. (52.101.40.8)
Diagnostic-Code: smtp; 552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
Last-Attempt-Date: Mon, 26 Oct 2026 07:04:02 -0700 (PDT)
""")
    return message([
        ('Return-Path', '<>'),
        ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
        ('To', INBOX),
        ('Auto-Submitted', 'auto-replied'),
        ('Subject', 'Delivery Status Notification (Failure)'),
        ('Date', 'Mon, 26 Oct 2026 14:04:02 +0000'),
        ('Message-ID', '<671cf5d2.5d0a0220.2a9c1f.04b7.GMR@mx.google.com>'),
        ('In-Reply-To', fu_id),
        ('References', fu_id),
        ('X-Failed-Recipients', 'marisol.kvasnikoff@alaska.gov'),
        ('MIME-Version', '1.0'),
    ], multipart('report', [alt, status, ('Content-Type: message/rfc822\n', orig)], 'dsn-ak', '; report-type=delivery-status'))


add('bounce-gmail-ak-mailbox-full', 'Mon, 26 Oct 2026 14:04:02 +0000',
    F('REQ-006', 'bounce', signals=['thread-embedded'],
      why="Gmail DSN: our REQ-006 payment follow-up to the AK examiner bounced (mailbox full); the request's Message-ID is only in the embedded original"),
    _gmail_dsn_ak)

# --- AK: covering examiner replies with no topic words (hard to place), REQ-006 --------------------
add('akdcced-covering-note-unplaced', 'Tue, 27 Oct 2026 09:12:33 -0800',
    F('REQ-006', 'other', None, signals=['none'],
      why='AK DBS examiner covering for a colleague says he is checking where things stand; no topic, number or threading; only the mention of the bouncing mailbox ties it to REQ-006'),
    lambda: message([
        ('From', '"Lindqvist, Ted (CED)" <ted.lindqvist@alaska.gov>'),
        ('To', INBOX),
        ('Subject', 'RE: follow up'),
        ('Date', 'Tue, 27 Oct 2026 09:12:33 -0800'),
        ('Message-ID', o365_mid('ak-cover-006')),
        ('MIME-Version', '1.0'),
    ] + o365_headers('follow up', 'ak6c'),
        leaf('text/plain', """Hi Dana,

Marisol is out on extended leave and her mailbox is full, so if you wrote to her directly it
probably bounced - sorry about that. Your note to the licensing inbox reached me; I'm covering her
files. I'm checking with the examiner who has them on where things stand and will get back to you
by the end of the week.

Ted
""")))

# --- MS SOS final response, REQ-008 ----------------------------------------------------------------
_MS_FINAL = """OFFICE OF THE SECRETARY OF STATE - STATE OF MISSISSIPPI
Public Records Office
401 Mississippi Street, Jackson, MS 39201

October 28, 2026

Dana Whitcomb
The Ledger Desk

Re: Public Records Request PRR2026-0418

Dear Ms. Whitcomb:

The Agency received your payment of $148.50 on October 2, 2026. This letter completes the
Agency's response to your request for Securities Division orders and complaints concerning
cryptocurrency investment schemes, January 1, 2023 to present.

Released: eleven (11) administrative orders, including cease-and-desist orders and consent
orders, totaling 96 pages. Each is enclosed.

Withheld: complaint records received by the Securities Division (approximately 140 pages).
These records are part of the Division's investigative files and are exempt from disclosure under
Miss. Code Ann. Section 75-71-607 and Section 25-61-12. Because the actual staff time was lower
than estimated, a refund of $46.50 will be issued.

Sincerely,

Ashley Crenshaw
Public Records Coordinator
"""

add('mssos-final-securities', 'Wed, 28 Oct 2026 13:45:06 -0500',
    F('REQ-008', 'records_final', 'PRR2026-0418', adverse=True, signals=['plus', 'tracking', 'subject'],
      why='MS SOS releases 11 Securities Division orders and withholds complaint files (75-71-607, 25-61-12); MS has no appeal days'),
    lambda: message([
        ('From', '"Crenshaw, Ashley" <acrenshaw@sos.ms.gov>'),
        ('To', plus('REQ-008')),
        ('Cc', 'Priya Natarajan <pnatarajan@ledgerdesk.example.org>'),
        ('Subject', 'PRR2026-0418 - Records Response'),
        ('Date', 'Wed, 28 Oct 2026 13:45:06 -0500'),
        ('Message-ID', o365_mid('ms-final-008', 'namprd04')),
        ('MIME-Version', '1.0'),
    ] + o365_headers('PRR2026-0418 - Records Response', 'ms8c', True),
        multipart('mixed', [
            leaf('text/plain', """Ms. Whitcomb,

Attached are the Agency's response letter and the administrative orders released in response to
PRR2026-0418. Complaint records are withheld as explained in the letter.

Ashley Crenshaw
Public Records Coordinator
Office of the Mississippi Secretary of State
""", charset='windows-1252'),
            attachment('application/pdf', 'PRR2026-0418 Response Letter.pdf', make_pdf(wrap(_MS_FINAL), 'PRR2026-0418')),
        ], 'ms-final')))

# --- MS SOS out-of-office, REQ-009; number not in this message ---------------------------------------
add('mssos-ooo-charities', 'Thu, 29 Oct 2026 08:00:51 -0500',
    F('REQ-009', 'auto_reply', None, signals=['subject'],
      why="Outlook out-of-office from the Charities Division contact in reply to our clarification answer; subject is our request's subject"),
    lambda: message([
        ('From', '"Hemphill, Yolanda" <yhemphill@sos.ms.gov>'),
        ('To', 'Records Desk <%s>' % INBOX),
        ('Subject', 'Automatic reply: Re: ' + subj('REQ-009')),
        ('Date', 'Thu, 29 Oct 2026 08:00:51 -0500'),
        ('Message-ID', o365_mid('ms-ooo-009', 'namprd04')),
        ('In-Reply-To', '<CAJclarify.req009.20261029@mail.gmail.com>'),
        ('References', '<CAJclarify.req009.20261029@mail.gmail.com>'),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
        ('MIME-Version', '1.0'),
    ] + o365_headers('Re: ' + subj('REQ-009'), 'ms9c'),
        leaf('text/plain', """I am out of the office through Monday, November 9, with limited access to email. For Charities
Division matters that need immediate attention, please call (601) 359-1633. Public records
questions may be sent to publicrecords@sos.ms.gov.

Yolanda Hemphill
Charities Division
""", charset='windows-1252')))

# --- ND out-of-office, REQ-010 ---------------------------------------------------------------------------
add('ndins-ooo', 'Mon, 02 Nov 2026 07:30:18 -0600',
    F('REQ-010', 'auto_reply', None, signals=['thread', 'subject'],
      why='ND PIO out-of-office in reply to our follow-up (References carry the request Message-ID)'),
    lambda: message([
        ('From', '"Stromme, Kari L." <kstromme@nd.gov>'),
        ('To', 'Records Desk <%s>' % INBOX),
        ('Subject', 'Automatic reply: Following up: ' + subj('REQ-010')),
        ('Date', 'Mon, 02 Nov 2026 07:30:18 -0600'),
        ('Message-ID', o365_mid('nd-ooo-010', 'USAGCC01')),
        ('In-Reply-To', '<CAJfollowup.req010.20261102@mail.gmail.com>'),
        ('References', mid('REQ-010') + ' <CAJfollowup.req010.20261102@mail.gmail.com>'),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
        ('MIME-Version', '1.0'),
    ] + o365_headers('Following up: ' + subj('REQ-010'), 'nd10c'),
        leaf('text/plain', """Thank you for your message. I am out of the office November 2-6 and will respond when I return.
For media inquiries or open records requests needing immediate attention, please contact
insurance@nd.gov or call 701.328.2440.

Kari Stromme
Public Information Officer
North Dakota Insurance Department
""")))

# --- SEC first interim release, REQ-001 ------------------------------------------------------------------
_SEC_INT = """November 4, 2026

Ms. Dana Whitcomb
The Ledger Desk

RE: Freedom of Information Act (FOIA), 5 U.S.C. 552
    Request No. 26-04518-FOIA

Dear Ms. Whitcomb:

This is the first interim response to your request for deficiency letters and examination
closing letters issued to advisers that operate primarily through automated digital platforms.

We have processed the first 250 pages of potentially responsive records. We are releasing 174
pages in full and 38 pages in part; 38 pages are withheld in full. Information has been withheld
under the following FOIA exemptions:

  - 5 U.S.C. 552(b)(4): confidential commercial and financial information submitted by the firms;
  - 5 U.S.C. 552(b)(6): names and personal information of firm employees and clients;
  - 5 U.S.C. 552(b)(8): information contained in or related to examination reports prepared for
    the use of an agency responsible for the regulation or supervision of financial institutions.

The released pages are attached. Approximately 900 pages remain to be processed. We will make
further releases on a rolling basis and estimate that we will complete processing by
January 15, 2027. Appeal rights will be provided with our final response.

If you have questions, contact the FOIA Requester Service Center at (202) 551-7900.

Sincerely,

Tamika R. Ellison
FOIA Research Specialist
Office of FOIA Services
"""

add('sec-interim-deficiency', 'Wed, 04 Nov 2026 11:10:27 -0500',
    F('REQ-001', 'records_interim', '26-04518-FOIA', estimated='2027-01-15', signals=['plus', 'tracking', 'subject'],
      why='SEC first interim release (212 pages released, b4/b6/b8), ~900 pages remain, estimated completion Jan 15, 2027'),
    lambda: message([
        ('From', 'FOIAPA <foiapa@sec.gov>'),
        ('To', plus('REQ-001')),
        ('Subject', '26-04518-FOIA - First Interim Response'),
        ('Date', 'Wed, 04 Nov 2026 11:10:27 -0500'),
        ('Message-ID', o365_mid('sec-int-001')),
        ('MIME-Version', '1.0'),
    ] + o365_headers('26-04518-FOIA - First Interim Response', 'sec1c', True),
        multipart('mixed', [
            leaf('text/plain', _SEC_INT),
            attachment('application/pdf', '26-04518-FOIA_Interim1_Release.pdf', make_pdf(wrap(
                """U.S. Securities and Exchange Commission - Office of FOIA Services
Request 26-04518-FOIA - Interim Release 1 - Bates SEC-FOIA-0000001 to SEC-FOIA-0000212

[Release index]
0000001-0000046  Deficiency letters, Division of Examinations, 2023 (redacted (b)(6), (b)(8))
0000047-0000131  Deficiency letters and firm responses, 2024 (redacted (b)(4), (b)(6), (b)(8))
0000132-0000212  Examination closing letters (no further action), 2023-2024 (released in full)"""),
                '26-04518-FOIA Interim 1')),
        ], 'sec-int')))

# --- WY SOS records released in full (personal address), REQ-013 ---------------------------------------------
add('wysos-final-registered-agents', 'Thu, 12 Nov 2026 14:05:19 -0700',
    F('REQ-013', 'records_final', 'SOS-PR-26-044', signals=['tracking', 'subject'],
      why='WY SOS analyst sends a download link: complaint and compliance records released, no redactions needed, no charge'),
    lambda: message([
        ('From', 'Jolene Barcus <jolene.barcus@wyo.gov>'),
        ('To', INBOX),
        ('Cc', 'SOS Public Records <sos.records@wyo.gov>'),
        ('Subject', 'SOS-PR-26-044 records'),
        ('Date', 'Thu, 12 Nov 2026 14:05:19 -0700'),
        ('Message-ID', gmail_mid('wy-final-013')),
        ('MIME-Version', '1.0'),
    ], multipart('alternative', [
        leaf('text/plain', """Hi Dana,

Thanks for talking through the scope with me last month. The records for SOS-PR-26-044 are ready:

https://drive.google.com/drive/folders/1wYsOsPR26044-registered-agents (link expires December 14)

The folder has 1,146 pages:
 - complaints about commercial registered agents received 1/1/2022 - 10/31/2026 (212 files)
 - letters the Business Division sent to commercial registered agents, including notices of
   non-compliance and the address-verification letters from 2024-2025
 - the list of commercial registered agent registrations that were revoked or not renewed

After review, nothing had to be redacted; the complaint forms only ask for business contact
details. There's no charge for this request. That completes it on our end - let me know if you
have trouble opening anything.

Jolene

--
Jolene Barcus
Compliance Analyst, Business Division
Wyoming Secretary of State's Office
"""),
        leaf('text/html', """<div dir="ltr"><p>Hi Dana,</p><p>Thanks for talking through the scope with me last month. The records for SOS-PR-26-044 are ready:</p>
<p><a href="https://drive.google.com/drive/folders/1wYsOsPR26044-registered-agents">Registered agent records - SOS-PR-26-044</a> (link expires December 14)</p>
<p>The folder has 1,146 pages:</p><ul><li>complaints about commercial registered agents received 1/1/2022 - 10/31/2026 (212 files)</li>
<li>letters the Business Division sent to commercial registered agents, including notices of non-compliance and the address-verification letters from 2024-2025</li>
<li>the list of commercial registered agent registrations that were revoked or not renewed</li></ul>
<p>After review, nothing had to be redacted; the complaint forms only ask for business contact details. There's no charge for this request. That completes it on our end - let me know if you have trouble opening anything.</p>
<p>Jolene</p>-- <br>Jolene Barcus<br>Compliance Analyst, Business Division<br>Wyoming Secretary of State's Office</div>
""", cte='quoted-printable'),
    ], 'wy-final')))

# --- FTC administrative closure for no response to clarification, REQ-004 ------------------------------------
add('ftc-pal-closure-nonresponse', 'Mon, 16 Nov 2026 10:22:47 -0500',
    F('REQ-004', 'denial', 'FOIA-2026-01877', adverse=True, signals=['plus', 'tracking', 'subject'],
      why='FTC administratively closes FOIA-2026-01877 because we did not answer the Oct 13 clarification letter; gives 90-day appeal rights (request rejected)'),
    lambda: message([
        ('From', 'FTC FOIA Public Access Link <foiapal-noreply@ftc.gov>'),
        ('To', plus('REQ-004')),
        ('Subject', 'Correspondence regarding FOIA Request FOIA-2026-01877'),
        ('Date', 'Mon, 16 Nov 2026 10:22:47 -0500'),
        ('Message-ID', '<1830562791.80117.1794846167920@foiapal.ftc.gov>'),
        ('MIME-Version', '1.0'),
        ('X-Mailer', 'FOIAXpress PAL Notification Service'),
    ], multipart('alternative', [
        leaf('text/plain', """November 16, 2026

Dana Whitcomb
The Ledger Desk

Re: FOIA-2026-01877

Dear Ms. Whitcomb:

By letter dated October 13, 2026, we asked you to clarify your request for correspondence between
FTC staff and companies that sell or license precise geolocation data, because the request did not
reasonably describe the records sought. We advised that if we did not receive a response within
30 calendar days, we would close the request.

We have not received a response. Accordingly, we have administratively closed your request. You
are welcome to submit a new request that identifies specific companies, offices or matters.

If you believe this action is in error, you may file an administrative appeal within 90 days of
the date of this letter by writing to the General Counsel, Federal Trade Commission, 600
Pennsylvania Avenue NW, Washington, DC 20580, or by email to FOIAAppeals@ftc.gov. You may also
contact our FOIA Public Liaison at (202) 326-2013, or the Office of Government Information
Services (OGIS), National Archives and Records Administration, at ogis@nara.gov or 1-877-684-6448,
for dispute resolution services.

Sincerely,
Dione Stearns
Assistant General Counsel
"""),
        leaf('text/html', """<html><body style="font-family:'Times New Roman',serif;font-size:11pt">
<p>November 16, 2026</p><p>Dana Whitcomb<br>The Ledger Desk</p><p>Re: FOIA-2026-01877</p><p>Dear Ms. Whitcomb:</p>
<p>By letter dated October 13, 2026, we asked you to clarify your request for correspondence between FTC staff and companies
that sell or license precise geolocation data, because the request did not reasonably describe the records sought. We advised
that if we did not receive a response within 30 calendar days, we would close the request.</p>
<p>We have not received a response. Accordingly, we have administratively closed your request. You are welcome to submit a new
request that identifies specific companies, offices or matters.</p>
<p>If you believe this action is in error, you may file an administrative appeal within 90 days of the date of this letter by
writing to the General Counsel, Federal Trade Commission, 600 Pennsylvania Avenue NW, Washington, DC 20580, or by email to
FOIAAppeals@ftc.gov. You may also contact our FOIA Public Liaison at (202) 326-2013, or the Office of Government Information
Services (OGIS), National Archives and Records Administration, at ogis@nara.gov or 1-877-684-6448, for dispute resolution services.</p>
<p>Sincerely,<br>Dione Stearns<br>Assistant General Counsel</p></body></html>
""", cte='quoted-printable'),
    ], 'ftc-close')))

# --- MS SOS no records, REQ-009 --------------------------------------------------------------------------------
add('mssos-no-records-charities', 'Mon, 16 Nov 2026 11:00:03 -0600',
    F('REQ-009', 'no_records', 'PRR2026-0447', adverse=True, signals=['tracking', 'subject'],
      why='MS SOS Charities Division found no complaints within the clarified scope; MS has no appeal days'),
    lambda: message([
        ('From', '"Hemphill, Yolanda" <yhemphill@sos.ms.gov>'),
        ('To', 'Records Desk <%s>' % INBOX),
        ('Cc', 'SOS Public Records <publicrecords@sos.ms.gov>'),
        ('Subject', 'RE: PRR2026-0447 - Clarification Needed'),
        ('Date', 'Mon, 16 Nov 2026 11:00:03 -0600'),
        ('Message-ID', o365_mid('ms-norec-009', 'namprd04')),
        ('In-Reply-To', '<CAJclarify.req009.20261029@mail.gmail.com>'),
        ('References', o365_mid('ms-clar-009', 'namprd04') + ' <CAJclarify.req009.20261029@mail.gmail.com>'),
        ('MIME-Version', '1.0'),
    ] + o365_headers('PRR2026-0447 - Clarification Needed', 'ms9d'),
        leaf('text/plain', """Ms. Whitcomb,

Thank you for your clarification of October 29 (complaints about registered charities and
professional fundraisers soliciting in the name of police, fire or EMS personnel, including any
referrals to the Attorney General).

The Charities Division searched its complaint database and correspondence files for January 1,
2020 to the present. No complaints meeting that description were located, and the Division has
no record of referrals to the Attorney General concerning such organizations. Accordingly, there
are no records responsive to PRR2026-0447, and the request is now closed.

Registration statements and annual financial reports of registered charities remain available
through the Agency's online charities search.

Yolanda Hemphill
Charities Division
Office of the Mississippi Secretary of State
""", charset='windows-1252')))

# --- ND final response via the Google Group (no rewrite), letter in PDF, REQ-010 ---------------------------------
_ND_FINAL = """NORTH DAKOTA INSURANCE DEPARTMENT
600 East Boulevard Avenue, Dept. 401, Bismarck, ND 58505-0320

November 19, 2026

Dana Whitcomb
The Ledger Desk

Re: Open records request received September 14, 2026 - pharmacy benefit managers

Dear Ms. Whitcomb:

This letter completes the Department's response to your request. Part 1 (the PBM complaint log)
was provided on October 15, 2026.

Part 2 - market conduct examinations. The Department completed two market conduct examinations of
pharmacy benefit managers between January 1, 2022 and the present. The final, adopted examination
reports are public and are enclosed (62 pages).

The Department is withholding the examination work papers, draft reports and related
correspondence with the examined companies. Those records are confidential under N.D.C.C.
26.1-03-11.1 and are therefore exempt from the open records law, N.D.C.C. 44-04-18.

Under N.D.C.C. 44-04-21.1, you may ask the Attorney General to review this decision by
submitting a request for an opinion within 30 days of the date of this letter.

Sincerely,

Kari Stromme
Public Information Officer
"""

add('ndins-final-group-pdf', 'Thu, 19 Nov 2026 16:40:21 -0600',
    F('REQ-010', 'records_final', None, adverse=True, signals=['subject'],
      why='ND releases final exam reports, withholds work papers (26.1-03-11.1); letter in PDF; via Google Group (From kept); ND appeal 30 days'),
    lambda: message(group_headers('Stromme, Kari L.', 'kstromme@nd.gov', False) + [
        ('To', GROUP),
        ('Subject', 'ND Insurance Dept - records response (PBM market conduct exams)'),
        ('Date', 'Thu, 19 Nov 2026 16:40:21 -0600'),
        ('Message-ID', o365_mid('nd-final-010', 'USAGCC01')),
        ('MIME-Version', '1.0'),
    ] + o365_headers('ND Insurance Dept - records response (PBM market conduct exams)', 'nd10d', True),
        multipart('mixed', [
            leaf('text/plain', """Dana,

Attached is the Department's letter completing your request, with the two final market conduct
examination reports. I've sent this one to the desk address on your letterhead.

Kari
"""),
            attachment('application/pdf', 'Open Records Response - PBM Market Conduct.pdf', make_pdf(wrap(_ND_FINAL), 'ND Open Records Response')),
        ], 'nd-final')))

# --- FEC no records, REQ-016, first reply on the request (number first appears) -------------------------------
add('fec-no-records-crypto', 'Tue, 24 Nov 2026 12:30:55 -0500',
    F('REQ-016', 'no_records', '2026-131', adverse=True, signals=['thread', 'plus', 'tracking-new', 'subject'],
      why='FEC final response FOIA 2026-131: no RAD referrals involving cryptocurrency contributions located; appeal 90 days; first message on the request'),
    lambda: message([
        ('From', 'FEC FOIA <foia@fec.gov>'),
        ('To', plus('REQ-016')),
        ('Subject', 'FOIA 2026-131 - Final Response'),
        ('Date', 'Tue, 24 Nov 2026 12:30:55 -0500'),
        ('Message-ID', o365_mid('fec-norec-016')),
        ('In-Reply-To', mid('REQ-016')),
        ('References', mid('REQ-016')),
        ('MIME-Version', '1.0'),
    ] + o365_headers('FOIA 2026-131 - Final Response', 'fec16'),
        leaf('text/plain', """Dear Ms. Whitcomb:

This is the final response to your Freedom of Information Act request, received September 29,
2026, and assigned FOIA No. 2026-131, for Reports Analysis Division referrals involving
contributions made in cryptocurrency, January 1, 2023 to the present.

The Reports Analysis Division and the Office of General Counsel searched their referral tracking
systems and electronic files using the terms "cryptocurrency," "bitcoin," "digital asset" and
"virtual currency." No responsive records were located.

You may appeal this response, including the adequacy of our search, within 90 calendar days of
the date of this letter. Appeals should be addressed to the FOIA Appeals Officer, Federal Election
Commission, 1050 First Street NE, Washington, DC 20463, or sent to FOIA@fec.gov, and should be
marked "FOIA Appeal."

You may also seek dispute resolution services from our FOIA Public Liaison at (202) 694-1650, or
from the Office of Government Information Services, National Archives and Records Administration,
8601 Adelphi Road - OGIS, College Park, MD 20740-6001; ogis@nara.gov; 1-877-684-6448.

Sincerely,
FOIA Requester Service Center
Federal Election Commission
""")))

# --- Newsletter (null) ------------------------------------------------------------------------------------------------
add('newsletter-foia-wire', 'Mon, 30 Nov 2026 07:00:12 -0500',
    F(None, 'other', signals=['none'],
      why='third-party transparency newsletter; mentions SEC 7(A) denials and crypto kiosks but belongs to no request'),
    lambda: message([
        ('From', 'The FOIA Wire <digest@foiawire.example.com>'),
        ('To', INBOX),
        ('Subject', 'The FOIA Wire: SEC leans on 7(A), crypto kiosk records, and a busy week for OGIS'),
        ('Date', 'Mon, 30 Nov 2026 07:00:12 -0500'),
        ('Message-ID', '<newsletter.20261130.48213@foiawire.example.com>'),
        ('List-Unsubscribe', '<https://foiawire.example.com/unsubscribe?u=records%40ledgerdesk.example.org>'),
        ('Precedence', 'bulk'),
        ('MIME-Version', '1.0'),
    ], leaf('text/html', """<html><body style="font-family:Georgia,serif;max-width:600px">
<h1>The FOIA Wire</h1><p><i>Monday, November 30, 2026</i></p>
<h2>SEC leans on 7(A)</h2>
<p>Requesters report a run of categorical Exemption 7(A) denials from the SEC's Office of FOIA Services for tips-and-complaints
records, including requests naming cryptocurrency kiosk operators. Appeals are due 90 days from the denial letter.</p>
<h2>State regulators and crypto kiosks</h2>
<p>Several state banking regulators have begun posting kiosk complaint data after a wave of scam losses. Vermont and Alaska regulators
say examination reports remain confidential by statute.</p>
<h2>OGIS</h2><p>The Office of Government Information Services closed a record number of mediation cases in fiscal 2026.</p>
<p style="font-size:8pt">You are receiving this because you subscribed at foiawire.example.com.
<a href="https://foiawire.example.com/unsubscribe?u=records%40ledgerdesk.example.org">Unsubscribe</a></p>
</body></html>
""", cte='quoted-printable')))

# --- AK DBS final response REQ-006, threads to the unplaceable covering note --------------------------------
add('akdcced-final-kiosks', 'Tue, 01 Dec 2026 14:20:09 -0900',
    F('REQ-006', 'records_final', None, adverse=True, signals=['subject'],
      why='AK DBS releases kiosk money-transmitter licensee files after payment, with financial/exam redactions; threads only to the covering note; AK no appeal days'),
    lambda: message([
        ('From', '"Lindqvist, Ted (CED)" <ted.lindqvist@alaska.gov>'),
        ('To', INBOX),
        ('Cc', 'CED DBS Licensing <dbs.licensing@alaska.gov>'),
        ('Subject', 'RE: follow up'),
        ('Date', 'Tue, 01 Dec 2026 14:20:09 -0900'),
        ('Message-ID', o365_mid('ak-final-006')),
        ('In-Reply-To', o365_mid('ak-cover-006')),
        ('References', o365_mid('ak-cover-006')),
        ('MIME-Version', '1.0'),
    ] + o365_headers('follow up', 'ak6d', True),
        multipart('mixed', [
            leaf('text/plain', """Hi Dana,

Thanks for your patience. Your check for $344.16 was logged on 11/20 (it had been routed to
Marisol's desk while she was out). Attached is the index for the money transmitter licensee files
for the four virtual currency kiosk operators; the files themselves (about 2,100 pages) are in
the secure share link that will arrive in a separate email from ShareFile.

Redactions: personal financial statements and background-check information of control persons,
and bank account numbers, under AS 40.25.120(a)(4) and AS 06.55; examination findings under
AS 06.01.025. Approval letters, surety bond records and the public parts of the applications are
released.

That completes the request.

Ted Lindqvist
Financial Examiner IV
Division of Banking and Securities
"""),
            attachment('application/pdf', 'MT kiosk licensee files - index.pdf', make_pdf(wrap(
                """Division of Banking and Securities - Money transmitter licensees operating virtual currency kiosks
Release index (public records request received 9/8/2026)
Licensee 1 - application (redacted), approval letter, bond rider, 2024 change of control - 612 pp.
Licensee 2 - application (redacted), approval letter, bond - 488 pp.
Licensee 3 - application (redacted), approval letter, bond, 2025 exam closing letter (findings redacted) - 577 pp.
Licensee 4 - application (redacted), approval letter, bond - 431 pp."""), 'MT kiosk index')),
        ], 'ak-final6')))

# --- GovQA closure: Cheyenne no records ------------------------------------------------------------------------
add('govqa-cheyenne-no-records', 'Thu, 03 Dec 2026 10:10:44 -0700',
    F('REQ-015', 'no_records', 'R000871-092426', adverse=True, signals=['tracking', 'subject'],
      why='GovQA closure: City of Cheyenne has no agreements with crypto-mining/data-center facilities; points to BOPU and other entities; WY has no appeal days'),
    lambda: message([
        ('From', 'Public Records Center <donotreply@govqa.us>'),
        ('To', INBOX),
        ('Subject', 'Public Records Request :: R000871-092426 - Closed'),
        ('Date', 'Thu, 03 Dec 2026 10:10:44 -0700'),
        ('Message-ID', '<20261203171044.8B1F0C0457@mail.govqa.us>'),
        ('MIME-Version', '1.0'),
    ], leaf('text/html', """<html><body style="font-family:Verdana,Geneva,sans-serif;font-size:9pt">
<p>Dear Dana Whitcomb,</p>
<p>Your public records request <b>R000871-092426</b> has been closed with the following response:</p>
<blockquote style="border-left:3px solid #999;padding-left:8px">
The City Clerk's Office searched the records of the City Clerk, City Attorney, Planning and Development, and the
Mayor's Office for development agreements, incentive agreements and utility service agreements between the City
of Cheyenne and cryptocurrency mining operations or data center facilities. No responsive records were located.<br><br>
For your information, water and sewer service in Cheyenne is provided by the Board of Public Utilities (BOPU),
and electric service by a private utility; both are separate from the City. Incentive agreements for data
centers in the area have been entered into by Laramie County and Cheyenne LEADS, not by the City. You may wish
to direct your request to those entities.
</blockquote>
<p><a href="https://secure.govqa.us/WEBAPP/_rs/(S(c0h8e2yxq1m4kz7rvf5nd3w))/RequestLogin.aspx">Public Records Center</a></p>
<p>Please note: this email address cannot accept replies.</p>
</body></html>
""", cte='quoted-printable')))

# --- FEC final response, REQ-005, via group ----------------------------------------------------------------------------
_FEC_FINAL = """Dear Ms. Whitcomb:

This is the final response to your Freedom of Information Act request, FOIA No. 2026-117, for
records concerning campaign advertising that uses artificial intelligence to misrepresent
candidates. Our first interim response was sent on October 19, 2026.

We have now completed our review of the remaining 412 pages. We are releasing 298 pages in full and
87 pages in part, and withholding 27 pages in full. Material has been withheld under 5 U.S.C.
552(b)(5), which protects the deliberative process and attorney work product (including draft
interpretive rules and staff recommendations to the Commission), and 5 U.S.C. 552(b)(6), which
protects personal privacy. The released records are available for download at the link below for
30 days:

https://www.fec.gov/foia-share/2026-117-final/

There are no fees for this request.

You may appeal this response within 90 calendar days of the date of this letter. Appeals should
be addressed to the FOIA Appeals Officer, Federal Election Commission, 1050 First Street NE,
Washington, DC 20463, or sent to FOIA@fec.gov, with "FOIA Appeal" in the subject line.

You may seek dispute resolution services from our FOIA Public Liaison at (202) 694-1650 or from the
Office of Government Information Services (OGIS), National Archives and Records Administration,
8601 Adelphi Road - OGIS, College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770; toll free
1-877-684-6448.

Sincerely,

Lorraine Fitzgibbon
FOIA Public Liaison
Federal Election Commission
"""

add('fec-final-group', 'Tue, 08 Dec 2026 15:55:30 -0500',
    F('REQ-005', 'records_final', '2026-117', adverse=True, signals=['thread', 'tracking'],
      why='FEC final response on FOIA 2026-117: partial release with b5/b6 withholdings; appeal 90 days; via Google Group'),
    lambda: message(group_headers('FEC FOIA', 'foia@fec.gov', True) + [
        ('To', GROUP),
        ('Subject', 'RE: FOIA 2026-117 Acknowledgment - Final Response'),
        ('Date', 'Tue, 08 Dec 2026 15:55:30 -0500'),
        ('Message-ID', o365_mid('fec-final-005')),
        ('In-Reply-To', o365_mid('fec-int-005')),
        ('References', mid('REQ-005') + ' ' + o365_mid('fec-ack-005') + ' ' + o365_mid('fec-ext-005') + ' ' + o365_mid('fec-int-005')),
        ('MIME-Version', '1.0'),
    ], multipart('alternative', [
        leaf('text/plain', _FEC_FINAL),
        leaf('text/html', '<div style="font-family:Calibri,sans-serif;font-size:11pt">' +
             ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in _FEC_FINAL.split('\n\n')) + '</div>\n', cte='quoted-printable'),
    ], 'fec-final')))

# --- FTC final response, REQ-003 ------------------------------------------------------------------------------------------
_FTC_FINAL = """Federal Trade Commission
Office of the General Counsel
Washington, DC 20580

December 15, 2026

Dana Whitcomb
The Ledger Desk

Re: FOIA-2026-01802

Dear Ms. Whitcomb:

This is the final response to your Freedom of Information Act request for Consumer Sentinel
Network complaints mentioning cryptocurrency ATMs or virtual currency kiosks, January 1, 2024
through June 30, 2026.

We located 2,908 responsive complaint records. As we advised on October 9, 2026, 37 records that
originated with the Consumer Financial Protection Bureau were referred to that agency. The
remaining 2,871 records are released to you in a spreadsheet available at the secure link below.

We have redacted consumers' names, street addresses, telephone numbers, email addresses, account
numbers and similar identifying details under FOIA Exemptions 6 and 7(C), 5 U.S.C. 552(b)(6) and
(b)(7)(C), because release would be an unwarranted invasion of personal privacy. Names of
companies complained about have not been redacted.

The fee for this request is $486.00, as agreed. An invoice is attached.

You may appeal any adverse determination within 90 days of the date of this letter by writing to
the General Counsel at the address above or to FOIAAppeals@ftc.gov. You may also contact our FOIA
Public Liaison at (202) 326-2013, or the Office of Government Information Services (OGIS),
National Archives and Records Administration, 8601 Adelphi Road - OGIS, College Park, MD
20740-6001, ogis@nara.gov, 1-877-684-6448, for dispute resolution services.

Sincerely,

Dione Stearns
Assistant General Counsel
"""

add('ftc-final-sentinel', 'Tue, 15 Dec 2026 10:30:18 -0500',
    F('REQ-003', 'records_final', 'FOIA-2026-01802', adverse=True, signals=['plus', 'tracking', 'subject'],
      why='FTC final: 2,871 Sentinel complaints released with b6/b7(C) redactions, invoice for $486 (already agreed); appeal 90 days'),
    lambda: message([
        ('From', '"Okafor, Wallace" <wokafor@ftc.gov>'),
        ('To', plus('REQ-003')),
        ('Cc', 'dwhitcomb@ledgerdesk.example.org'),
        ('Subject', 'FOIA-2026-01802 Final Response'),
        ('Date', 'Tue, 15 Dec 2026 10:30:18 -0500'),
        ('Message-ID', o365_mid('ftc-final-003')),
        ('MIME-Version', '1.0'),
    ] + o365_headers('FOIA-2026-01802 Final Response', 'ftc3c', True),
        multipart('mixed', [
            leaf('text/plain', """Ms. Whitcomb,

Our final response letter and invoice for FOIA-2026-01802 are attached. The spreadsheet of
complaints (2,871 rows) can be downloaded for the next 14 days at:

https://ftc.box.gov/s/foia-2026-01802-final

Wallace Okafor
Government Information Specialist
FTC FOIA Office
"""),
            attachment('application/pdf', 'FOIA-2026-01802 Final Response Letter.pdf', make_pdf(wrap(_FTC_FINAL), 'FOIA-2026-01802 Final')),
            attachment('application/pdf', 'FOIA-2026-01802 Invoice.pdf', make_pdf(wrap(
                """FEDERAL TRADE COMMISSION - FOIA INVOICE
Request: FOIA-2026-01802       Invoice date: 12/15/2026
Requester: Dana Whitcomb, The Ledger Desk
Programmer time (extraction), 6.0 hours at $81.00 ........ $486.00
Amount due ................................................ $486.00
Pay online at pay.gov (FTC FOIA Fees) or by check payable to the Federal Trade Commission."""), 'Invoice')),
        ], 'ftc-final')))

# --- SEC final response, REQ-001, letter only in a PDF; number only in the attachment ------------------------------
_SEC_FINAL = """U.S. SECURITIES AND EXCHANGE COMMISSION
Office of FOIA Services
100 F Street NE, Washington, DC 20549

January 12, 2027

Ms. Dana Whitcomb
The Ledger Desk

RE: Freedom of Information Act (FOIA), 5 U.S.C. 552
    Request No. 26-04518-FOIA

Dear Ms. Whitcomb:

This is the final response to your request for deficiency letters and examination closing
letters issued by the Division of Examinations to advisers operating primarily through automated
digital platforms, January 1, 2023 through December 31, 2025. Our first interim response was sent
on November 4, 2026.

We have processed the remaining 894 pages. We are releasing 611 pages in full and 197 pages in
part; 86 pages are withheld in full. In total, for this request, 1,144 pages were reviewed and
1,020 pages released in full or in part. Information has been withheld under:

  - 5 U.S.C. 552(b)(4), confidential commercial or financial information;
  - 5 U.S.C. 552(b)(6), personal privacy; and
  - 5 U.S.C. 552(b)(8), information contained in or related to examination, operating or
    condition reports prepared by, on behalf of, or for the use of an agency responsible for the
    regulation or supervision of financial institutions.

The released records are enclosed on the accompanying secure file transfer.

You have the right to appeal this determination to the Office of the General Counsel. Your appeal
must be received within ninety (90) calendar days of the date of this letter, by email to
foiapa@sec.gov or by mail to the Office of FOIA Services, 100 F Street NE, Mail Stop 2465,
Washington, DC 20549, marked "Freedom of Information Act Appeal."

You may seek dispute resolution services from our FOIA Public Liaison at (202) 551-7900, or from
the Office of Government Information Services (OGIS), National Archives and Records
Administration, 8601 Adelphi Road - OGIS, College Park, MD 20740-6001; ogis@nara.gov;
(202) 741-5770; toll free 1-877-684-6448.

Sincerely,

Tamika R. Ellison
FOIA Research Specialist
Office of FOIA Services
"""

add('sec-final-pdf-only', 'Tue, 12 Jan 2027 09:44:51 -0500',
    F('REQ-001', 'records_final', '26-04518-FOIA', adverse=True, signals=['tracking-filename', 'tracking-attachment'],
      why='SEC final response letter only in a PDF; generic subject and body; request number only in the attachment name and text; b4/b6/b8 withholdings; appeal 90 days'),
    lambda: message([
        ('From', 'FOIAPA <foiapa@sec.gov>'),
        ('To', INBOX),
        ('Subject', 'SEC FOIA Correspondence'),
        ('Date', 'Tue, 12 Jan 2027 09:44:51 -0500'),
        ('Message-ID', o365_mid('sec-final-001')),
        ('MIME-Version', '1.0'),
    ] + o365_headers('SEC FOIA Correspondence', 'sec1d', True),
        multipart('mixed', [
            leaf('text/plain', """Please see the attached correspondence from the U.S. Securities and Exchange Commission,
Office of FOIA Services.

Records referenced in the letter will be delivered through the SEC's secure file transfer
system in a separate notification.

This mailbox is used for outgoing correspondence. Questions may be directed to the FOIA
Requester Service Center at (202) 551-7900.
"""),
            attachment('application/pdf', '26-04518-FOIA_Final_Response.pdf', make_pdf(wrap(_SEC_FINAL), 'Final Response')),
        ], 'sec-final')))


# =====================================================================================

def main():
    import datetime as dt
    MSGS.sort(key=lambda m: email.utils.parsedate_to_datetime(m['date']))
    outdir = HERE / 'messages'
    outdir.mkdir(exist_ok=True)
    for old in outdir.glob('*.eml'):
        old.unlink()
    facts = []
    for i, m in enumerate(MSGS, 1):
        fn = '%03d-%s.eml' % (i, m['slug'])
        raw = m['raw']()
        # the Date: written in the headers must be the one used for sorting
        assert ('Date: %s\n' % m['date']).encode() in raw, fn
        (outdir / fn).write_bytes(raw)
        f = {'file': fn}
        f.update(m['facts'])
        facts.append(f)
    head = """# Per-message facts for the holdout15 set (hand-written in tools/build_messages.py next to each message).
# compute_labels.py derives due / appeal_due from these facts, requests.yaml, agencies.yaml and
# ../../shared/rules/jurisdictions.csv (copied here as the RULES table in compute_labels.py).
# clock: received_on_sent_date | received:YYYY-MM-DD (the date the agency states it received the request)
#        | extension; absent = the message does not set the clock.
# adverse_determination: true for denial / no_records / records_final with withholdings.
# estimated: a completion / response date the agency states in this message.
# signals: what ties the message to its request: thread (In-Reply-To/References to our request),
#   thread-embedded (our request's Message-ID only inside a bounce), plus (plus-address in To/Cc),
#   tracking (a number known from the register or an earlier message), tracking-new (first assigned
#   here), tracking-filename / tracking-attachment (only in an attachment name / attachment text),
#   subject (subject or body wording about the records), none.
"""
    (HERE / 'facts.yaml').write_text(head + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %d messages' % len(MSGS))


if __name__ == '__main__':
    main()
