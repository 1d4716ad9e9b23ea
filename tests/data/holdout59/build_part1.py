#!/usr/bin/env python3
"""Messages 001-010 (Sep 8 - Sep 16, 2026)."""
from build_common import *

MESSAGES = []

def add(file, headers, body, f):
    MESSAGES.append({'file': file, 'headers': headers, 'body': body, 'facts': f})


# ---------------------------------------------------------------- 001 CalPERS mailbox auto-responder
R = 'REQ-101'
t = """Thank you for contacting the CalPERS Public Records Act (PRA) Unit.

This automated message confirms that your email reached the PRA mailbox. It
is not an acknowledgment of a Public Records Act request, and no request
number has been assigned. A PRA Coordinator will review your message and
respond to you separately.

Please note:
  * This mailbox is for requests for CalPERS public records only. Members
    and employers with questions about an account should call 888 CalPERS
    (or 888-225-7377) or log in to myCalPERS.
  * Requests are handled in the order received, Monday through Friday,
    8:00 a.m. to 5:00 p.m., excluding State holidays.

CalPERS Public Records Act Unit
Legal Office
"""
h = t.replace('\n\n', '</p><p>').replace('\n', ' ')
add('001-calpers-pra-autoreply.eml', [
    ('From', 'CalPERS Public Records Act <pra@calpers.ca.gov>'),
    ('To', 'Records Desk <%s>' % plus(R)),
    ('Subject', 'Automatic reply: ' + SUBJ[R]),
    ('Thread-Topic', SUBJ[R]),
    ('Thread-Index', 'AQHdIFk2c3Bq0b7vQ0yL3yq8mW1nOA=='),
    ('Date', 'Tue, 08 Sep 2026 10:14:37 -0700'),
    ('Message-ID', mid('001', 'BY5PR09MB5211.namprd09.prod.outlook.com', 'outlook')),
    ('In-Reply-To', RMID(R)),
    ('References', RMID(R)),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'pra@calpers.ca.gov'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('X-MS-Exchange-Organization-SCL', '-1'),
    ('X-MS-TNEF-Correlator', ''),
], alt([text(t), html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                      '<body><div style="font-family:Calibri,sans-serif;font-size:11pt"><p>' + h + '</p></div></body></html>')],
       '001', 'outlook'),
    facts(R, 'auto_reply', None, ['thread', 'plus'],
          'CalPERS PRA mailbox auto-response to our request; says it is not an acknowledgment and assigns no number'))


# ---------------------------------------------------------------- 002 FRTIB acknowledgment (plain letter in body)
R = 'REQ-113'
t = """September 9, 2026

Records Desk
records+req-113@records.example.org

Re: Freedom of Information Act Request FRTIB-2026-0093

Dear Requester:

This letter acknowledges receipt of your Freedom of Information Act (FOIA)
request to the Federal Retirement Thrift Investment Board (FRTIB or Agency),
which this office received on September 9, 2026. You requested:

    "Travel authorizations, travel vouchers and expense reports, with
    supporting receipts, for each member of the FRTIB Board and for the
    Executive Director, January 1, 2024 to the date of the search."

Your request has been assigned tracking number FRTIB-2026-0093. Please
refer to this number in any communication about your request.

Based on the information in your letter, we have placed your request in
the "representative of the news media" fee category. Requesters in this
category are charged duplication fees only, and the first 100 pages are
provided at no charge. We do not expect fees at this time. If we
anticipate charges above $25.00, we will notify you before processing
continues.

The FOIA generally requires an agency to make a determination within 20
working days of receipt. Travel records are maintained by the Office of
Finance and by our travel management service provider, and we will let you
know promptly if we need additional time.

If you have questions, you may contact the FOIA Office at foia@frtib.gov or
the FRTIB FOIA Public Liaison at (202) 942-1660. You may also contact the
Office of Government Information Services (OGIS) at the National Archives
and Records Administration, which offers mediation services to resolve
disputes between FOIA requesters and Federal agencies as a non-exclusive
alternative to litigation: Office of Government Information Services,
National Archives and Records Administration, 8601 Adelphi Road - OGIS,
College Park, Maryland 20740-6001; email ogis@nara.gov; telephone
202-741-5770; toll free 1-877-684-6448.

Sincerely,

FOIA Office
Office of General Counsel
Federal Retirement Thrift Investment Board
77 K Street, NE
Washington, DC 20002
"""
add('002-frtib-ack-letter.eml', [
    ('From', 'FRTIB FOIA <foia@frtib.gov>'),
    ('To', plus(R)),
    ('Subject', 'FRTIB-2026-0093 Acknowledgment of FOIA Request'),
    ('Date', 'Wed, 09 Sep 2026 15:02:11 -0400'),
    ('Message-ID', mid('002', 'frtib.gov')),
    ('In-Reply-To', RMID(R)),
    ('References', RMID(R)),
], text(t),
    facts(R, 'acknowledgment', 'FRTIB-2026-0093', ['thread', 'plus', 'tracking-new'],
          'FRTIB letter acknowledges the travel request received Sep 9 (= sent) and assigns FRTIB-2026-0093; 20 working days',
          clock='received_on_sent_date'))


# ---------------------------------------------------------------- 003 Postfix DSN: our OC request to a dead address
R = 'REQ-103'
notice = """This is the mail system at host mx1.ocgov.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<treasurer.records@ttc.ocgov.com>: host
    ocgov-com.mail.protection.outlook.com[52.101.194.17] said: 550 5.1.10
    RESOLVER.ADR.RecipientNotFound; Recipient treasurer.records@ttc.ocgov.com
    not found by SMTP address lookup (in reply to RCPT TO command)
"""
status = """Reporting-MTA: dns; mx1.ocgov.com
X-Postfix-Queue-ID: 4Gq7Lk0Zx9z1RtB
X-Postfix-Sender: rfc822; records@records.example.org
Arrival-Date: Wed,  9 Sep 2026 16:40:58 -0700 (PDT)

Final-Recipient: rfc822; treasurer.records@ttc.ocgov.com
Original-Recipient: rfc822;treasurer.records@ttc.ocgov.com
Action: failed
Status: 5.1.10
Remote-MTA: dns; ocgov-com.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    treasurer.records@ttc.ocgov.com not found by SMTP address lookup
"""
orig = """Return-Path: <records@records.example.org>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
	by mx1.ocgov.com (Postfix) with ESMTPS id 4Gq7Lk0Zx9z1RtB
	for <treasurer.records@ttc.ocgov.com>; Wed,  9 Sep 2026 16:40:58 -0700 (PDT)
From: Records Desk <records@records.example.org>
Reply-To: records+req-103@records.example.org
To: treasurer.records@ttc.ocgov.com
Subject: %s
Date: Wed, 9 Sep 2026 16:40:31 -0700
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
""" % (SUBJ[R], RMID(R))
add('003-octtc-bounce-postfix.eml', [
    ('Return-Path', '<>'),
    ('From', 'MAILER-DAEMON@mx1.ocgov.com (Mail Delivery System)'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Date', 'Wed, 09 Sep 2026 16:41:03 -0700 (PDT)'),
    ('Message-ID', '<20260909234103.5A1C2E0031@mx1.ocgov.com>'),
    ('Auto-Submitted', 'auto-replied'),
], report([text(notice, extra=['Content-Description: Notification']),
           {'kind': 'leaf', 'ctype': 'message/delivery-status', 'charset': 'us-ascii', 'cte': '7bit',
            'text': status, 'extra': ['Content-Description: Delivery report']},
           text(orig, subtype='rfc822-headers', extra=['Content-Description: Undelivered Message Headers'])],
          '003'),
    facts(R, 'bounce', None, ['thread-embedded'],
          'Postfix DSN: our CPRA request to the old Treasurer-Tax Collector address was rejected (recipient not found)'))


# ---------------------------------------------------------------- 004 CalPERS acknowledgment, Microsoft 365
R = 'REQ-101'
t = """Good morning,

CalPERS received your Public Records Act request on September 8, 2026. Your
request has been assigned tracking number PRA-26-0871; please include it in
any correspondence regarding this request.

You asked for the annual reports prepared under Government Code section
7514.7 (private equity fees, expenses and carried interest) for fiscal
years 2021-22 through 2025-26, and the fee and expense reporting templates
received from general partners for those funds.

CalPERS will notify you within 10 days of receipt whether the request seeks
disclosable public records in its possession, as required by Government
Code section 7922.535. Please be aware that records relating to alternative
investments are subject to Government Code section 7928.710, which makes
certain information public while exempting other information provided by
the general partners.

Thank you,

Dana Whitcomb
PRA Coordinator | Legal Office
California Public Employees' Retirement System
400 Q Street, Sacramento, CA 95811
(916) 795-3675 | pra@calpers.ca.gov
"""
hb = ''.join('<p class="MsoNormal">%s</p>' % p.replace('\n', ' ') if p.strip() else '<p class="MsoNormal">&nbsp;</p>'
             for p in t.split('\n\n'))
add('004-calpers-ack-m365.eml', [
    ('From', '"Whitcomb, Dana" <Dana.Whitcomb@calpers.ca.gov>'),
    ('To', 'Records Desk <%s>' % plus(R)),
    ('CC', 'CalPERS Public Records Act <pra@calpers.ca.gov>'),
    ('Subject', 'RE: ' + SUBJ[R]),
    ('Thread-Topic', SUBJ[R]),
    ('Thread-Index', 'AQHdIFk2c3Bq0b7vQ0yL3yq8mW1nOLMa9w2k'),
    ('Date', 'Thu, 10 Sep 2026 11:37:52 -0700'),
    ('Message-ID', mid('004', 'BY5PR09MB5211.namprd09.prod.outlook.com', 'outlook')),
    ('References', RMID(R)),
    ('In-Reply-To', RMID(R)),
    ('Accept-Language', 'en-US'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('X-MS-TNEF-Correlator', ''),
    ('x-ms-exchange-organization-authas', 'Internal'),
    ('x-ms-publictraffictype', 'Email'),
    ('X-OriginatorOrg', 'calpers.ca.gov'),
], alt([text(t), html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>'
                      'p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>'
                      '<body lang="EN-US"><div class="WordSection1">' + hb + '</div></body></html>')], '004', 'outlook'),
    facts(R, 'acknowledgment', 'PRA-26-0871', ['thread', 'plus', 'tracking-new'],
          'CalPERS PRA Coordinator confirms receipt Sep 8 (= sent) and assigns PRA-26-0871; CA 10 calendar days',
          clock='received_on_sent_date'))


# ---------------------------------------------------------------- 005 TRS via GovQA (shared no-reply sender)
R = 'REQ-104'
hb = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c8d3e0">
<tr><td style="background:#00305e;color:#fff;padding:10px 14px;font-size:13pt">Teacher Retirement System of Texas &ndash; Public Information Center</td></tr>
<tr><td style="padding:14px">
<p>Dear Records Desk,</p>
<p>The Teacher Retirement System of Texas (TRS) has received your request for public information. The request was received on <b>9/10/2026</b> and has been assigned reference number <b>R000913-091026</b>.</p>
<p>Requests are processed under Chapter 552 of the Texas Government Code (the Public Information Act). If TRS cannot produce the information within ten business days, you will be notified in writing of the date and hour when it will be available.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:9pt">
<tr><td style="background:#eef2f7"><b>Reference #</b></td><td>R000913-091026</td></tr>
<tr><td style="background:#eef2f7"><b>Received</b></td><td>9/10/2026</td></tr>
<tr><td style="background:#eef2f7"><b>Department</b></td><td>Legal &amp; Compliance &ndash; Public Information</td></tr>
<tr><td style="background:#eef2f7"><b>Description</b></td><td>Investment Management Committee minutes and private equity fee and carried-interest reports, 2023&ndash;2026</td></tr>
</table>
<p>You can check the status of the request or send a message to staff by logging in to the <a href="https://trstexas.mycusthelp.com/WEBAPP/_rs/(S(x2w1))/supporthome.aspx">TRS Public Information Center</a>. Replies to this email are not monitored.</p>
<p>Public Information Office<br>Teacher Retirement System of Texas<br>1000 Red River Street, Austin, Texas 78701</p>
</td></tr></table>
</body></html>
"""
add('005-trs-govqa-ack.eml', [
    ('From', '"Teacher Retirement System of Texas" <noreply@mycusthelp.net>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'TRS Public Information Request R000913-091026 Received'),
    ('Date', 'Thu, 10 Sep 2026 14:05:40 -0500'),
    ('Message-ID', mid('005', 'mycusthelp.net')),
    ('X-Mailer', 'GovQA Notification Service'),
], html(hb),
    facts(R, 'acknowledgment', 'R000913-091026', ['subject', 'tracking-new'],
          'GovQA (shared no-reply sender) logs the TRS IMC-minutes/PE-fee request received 9/10 as R000913-091026; TX 10 business days',
          clock='received_on_sent_date'))


# ---------------------------------------------------------------- 006 OC Treasurer-Tax Collector, terse, no threading
R = 'REQ-103'
t = """Hello,

We received your records request on 9/10/2026 for the Treasurer-Tax
Collector's travel and expense claims. Staff is reviewing it and we will
respond within 10 days as required under the CPRA.

Angela Ramirez
Administrative Manager II | Treasurer-Tax Collector
County of Orange
601 N. Ross Street, Santa Ana, CA 92701
"""
add('006-octtc-ack-terse-nothread.eml', [
    ('From', 'Angela Ramirez <Angela.Ramirez@ttc.ocgov.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'RE: CPRA request - travel/expense claims'),
    ('Date', 'Fri, 11 Sep 2026 15:52:09 -0700'),
    ('Message-ID', mid('006', 'SN4PR09MB7710.namprd09.prod.outlook.com', 'outlook')),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], text(t),
    facts(R, 'acknowledgment', None, ['subject'],
          'OC T-TC says it received the (re-sent) request on 9/10 although we first sent it Sep 9 (bounced); clock from Sep 10; no number',
          clock='received:2026-09-10'))


# ---------------------------------------------------------------- 007 NY OSC acknowledgment splitting the request in two
R = 'REQ-107'
t = """Dear Requester:

The Office of the State Comptroller (OSC) received your request under the
Freedom of Information Law (FOIL) on September 11, 2026. You asked for
records of the New York State Common Retirement Fund concerning (1) fee and
expense disclosures received from private equity general partners, and
(2) placement agent disclosures, certifications and related records, each
for 2020 to the present.

Because the two parts of your request concern records kept by different
OSC divisions, we have logged them as two requests:

    FOIL-2026-0612   Private equity fee and expense disclosures
                     (Division of Pension Investment and Cash Management)
    FOIL-2026-0613   Placement agent records
                     (Office of the Chief Investment Officer - Compliance)

Please cite the appropriate number when you write to us about either part.

In accordance with Section 89(3)(a) of the Public Officers Law, we expect to
respond to both requests on or before October 23, 2026. If we cannot
respond by that date, we will write to you, explain the reason, and give a
date certain by which we will respond.

Records Access Office
Office of the New York State Comptroller
110 State Street, 15th Floor
Albany, New York 12236
foil@osc.ny.gov
"""
add('007-nyosc-ack-split-two-numbers.eml', [
    ('From', 'OSC Records Access <foil@osc.ny.gov>'),
    ('To', plus(R)),
    ('Subject', 'FOIL-2026-0612 and FOIL-2026-0613 - Acknowledgment'),
    ('Date', 'Mon, 14 Sep 2026 10:12:26 -0400'),
    ('Message-ID', mid('007', 'osc.ny.gov')),
    ('In-Reply-To', RMID(R)),
    ('References', RMID(R)),
], text(t),
    facts(R, 'acknowledgment', 'FOIL-2026-0612', ['thread', 'plus', 'tracking-new'],
          'OSC acknowledges receipt Sep 11 and splits the request into FOIL-2026-0612 (fees) and FOIL-2026-0613 (placement agents); approx. date Oct 23; NY 5 business days',
          clock='received_on_sent_date', estimated='2026-10-23'))


# ---------------------------------------------------------------- 008 Houston via GovQA (same shared sender), windows-1252
R = 'REQ-106'
hb = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Dear Records Desk,</p>
<p>Thank you for submitting a Public Information Request to the City of Houston. Your request was received on 9/15/2026 and has been assigned to the <b>Finance Department</b> for processing.</p>
<p>Your reference number is <b>W114305-091526</b>.</p>
<p>Request description: &#8220;Procurement card (P-card) transaction detail for Finance Department cardholders, fiscal years 2025 and 2026.&#8221;</p>
<p>The City will promptly produce information that is public. If the information cannot be produced within ten business days, the City will certify that fact in writing and set a date and hour within a reasonable time when it will be available. If the City wishes to withhold any information, it will request a decision from the Office of the Attorney General within ten business days as required by Section 552.301 of the Texas Government Code.</p>
<p>To track your request, log in to the <a href="https://houstontx.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">City of Houston Public Information Center</a>.</p>
<p>City of Houston<br>Public Information Center</p>
<p style="font-size:8pt;color:#777">This message was sent from an unmonitored address. Please do not reply to this email.</p>
</body></html>
"""
add('008-houston-govqa-ack.eml', [
    ('From', '"City of Houston Public Information" <noreply@mycusthelp.net>'),
    ('To', plus(R)),
    ('Subject', 'Public Information Request W114305-091526 has been received'),
    ('Date', 'Tue, 15 Sep 2026 13:30:02 -0500'),
    ('Message-ID', mid('008', 'mycusthelp.net')),
    ('X-Mailer', 'GovQA Notification Service'),
], html(hb, charset='windows-1252'),
    facts(R, 'acknowledgment', 'W114305-091526', ['plus', 'subject', 'tracking-new'],
          'GovQA (same shared no-reply sender as TRS) logs the Houston P-card request received 9/15 as W114305-091526; TX 10 business days',
          clock='received_on_sent_date'))


# ---------------------------------------------------------------- 009 Bureau of the Fiscal Service acknowledgment
R = 'REQ-115'
t = """DEPARTMENT OF THE TREASURY
BUREAU OF THE FISCAL SERVICE
Disclosure Services - FOIA and Transparency
Parkersburg, WV 26106-1328

September 15, 2026

Re: FOIA Request 2026-FOIA-01187

Dear Requester:

This acknowledges receipt of your Freedom of Information Act request dated
September 14, 2026, which the Bureau of the Fiscal Service (Fiscal Service)
received on September 14, 2026. You requested aggregate statistics on
matured unredeemed savings bonds (bonds that have reached final maturity
and have not been redeemed), by state of the registered owner's address,
including counts and face and redemption values, for fiscal years 2015
through 2026.

Your request has been assigned number 2026-FOIA-01187. Please refer to this
number in future correspondence. Your request is being processed under the
Department of the Treasury FOIA regulations at 31 CFR part 1, subpart A.

We have placed your request in our complex processing track because it
requires the compilation of data from the savings bond systems maintained
by the Office of Retail Securities. We will notify you if unusual
circumstances require additional time.

For questions about your request, contact Disclosure Services at
foia@fiscal.treasury.gov or our FOIA Public Liaison at (304) 480-8125. You
may also seek dispute resolution services from the Office of Government
Information Services (OGIS), National Archives and Records Administration,
8601 Adelphi Road - OGIS, College Park, MD 20740-6001; ogis@nara.gov;
202-741-5770 or 1-877-684-6448.

Sincerely,

Disclosure Officer
Bureau of the Fiscal Service
"""
add('009-bfs-ack.eml', [
    ('From', 'Fiscal Service FOIA <foia@fiscal.treasury.gov>'),
    ('To', plus(R)),
    ('Subject', 'Acknowledgment - FOIA Request 2026-FOIA-01187'),
    ('Date', 'Tue, 15 Sep 2026 16:02:44 -0400'),
    ('Message-ID', mid('009', 'fiscal.treasury.gov')),
    ('In-Reply-To', RMID(R)),
    ('References', RMID(R)),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
], text(t),
    facts(R, 'acknowledgment', '2026-FOIA-01187', ['thread', 'plus', 'tracking-new'],
          'Fiscal Service acknowledges the savings bond statistics request received Sep 14 (= sent) as 2026-FOIA-01187; federal 20 working days',
          clock='received_on_sent_date'))


# ---------------------------------------------------------------- 010 newsletter (belongs to no request)
hb = """<!DOCTYPE html><html><body style="margin:0;background:#f3f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif">
<tr><td style="padding:18px 24px;border-bottom:3px solid #1b4d3e"><span style="font-size:22px;color:#1b4d3e">Public Funds Brief</span><br>
<span style="font-size:12px;color:#666">Wednesday, September 16, 2026 &middot; Pensions, treasuries and public investment</span></td></tr>
<tr><td style="padding:18px 24px;font-size:15px;line-height:1.5">
<h2 style="font-size:18px">CalPERS fee report puts private equity carried interest at $1.9 billion</h2>
<p>The nation's largest public pension fund released its annual private equity fee and expense report under California's 2016 disclosure law, showing carried interest paid on realized gains across more than 300 partnerships. Trustees are expected to discuss the report at the November Investment Committee meeting.</p>
<h2 style="font-size:18px">New York Common posts fiscal first-quarter return</h2>
<p>The $280 billion New York State Common Retirement Fund reported a preliminary return for the quarter ended June 30. The Comptroller's office said the fund's private equity portfolio lagged public equities.</p>
<h2 style="font-size:18px">Texas teachers' fund adds to private credit</h2>
<p>The Teacher Retirement System of Texas approved new commitments to private credit managers at its September board meeting.</p>
<h2 style="font-size:18px">Unclaimed property: states report record returns</h2>
<p>Several state treasurers reported record claim payouts in fiscal 2026 as automatic-return programs expand.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888">You are receiving this email because records@records.example.org subscribed to Public Funds Brief.
<a href="https://publicfundsbrief.com/u/9f31c2">Unsubscribe</a> &middot; Public Funds Brief, 1200 G Street NW, Washington, DC 20005</td></tr>
</table></body></html>
"""
tt = """PUBLIC FUNDS BRIEF - Wednesday, September 16, 2026

CalPERS fee report puts private equity carried interest at $1.9 billion
The nation's largest public pension fund released its annual private equity
fee and expense report under California's 2016 disclosure law...

New York Common posts fiscal first-quarter return

Texas teachers' fund adds to private credit

Unclaimed property: states report record returns

Unsubscribe: https://publicfundsbrief.com/u/9f31c2
"""
add('010-newsletter-public-funds.eml', [
    ('From', 'Public Funds Brief <news@publicfundsbrief.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'CalPERS PE fee report; NY Common Q1; TRS private credit; record unclaimed property returns'),
    ('Date', 'Wed, 16 Sep 2026 06:00:12 -0400'),
    ('Message-ID', '<20260916100012.3f1e9a7c41@mta3.publicfundsbrief.com>'),
    ('List-Unsubscribe', '<https://publicfundsbrief.com/u/9f31c2>, <mailto:unsubscribe@publicfundsbrief.com>'),
    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
    ('Precedence', 'bulk'),
    ('X-Campaign-ID', 'pfb-20260916'),
], alt([text(tt), html(hb)], '010'),
    facts(None, 'other', None, ['none'],
          'industry newsletter to the desk subscription; mentions CalPERS PE fees, NY Common and TRS but is about no request'))
