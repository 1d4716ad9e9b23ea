#!/usr/bin/env python3
"""Writes messages/*.eml for this set. Bodies are hand-written below; run once, then check_corpus.py.
(Deterministic: no randomness; ids and boundaries are derived from file names.)"""
import datetime as dt
from pathlib import Path
from mimelib import *

HERE = Path(__file__).resolve().parent
OUT = HERE / 'messages'
PDT, PST, EDT, EST, CDT, CST, MST = tz(-7), tz(-8), tz(-4), tz(-5), tz(-5), tz(-6), tz(-7)
M = []


def D(y, mo, d, hh, mm, z, ss=0):
    return dt.datetime(y, mo, d, hh, mm, ss, tzinfo=z)


def add(fn, date, frm, to, subject, mid, body, irt=None, refs=None, cc=None, extra=None, inbound=None, reply_to=None):
    hdr = []
    hdr += m365_inbound(date, fn, **(inbound or {}))
    hdr.append('From: %s' % frm)
    hdr.append('To: %s' % to)
    if cc:
        hdr.append('CC: %s' % cc)
    if reply_to:
        hdr.append('Reply-To: %s' % reply_to)
    hdr.append('Subject: %s' % enc_header(subject))
    hdr.append('Date: %s' % fmt_date(date))
    hdr.append('Message-ID: %s' % mid)
    if irt:
        hdr.append('In-Reply-To: %s' % irt)
    if refs:
        hdr.append('References: %s' % refs)
    hdr += extra or []
    M.append((fn, render_eml(hdr, body)))


def ext(host, ip, dom, attach=False):
    return dict(sender_host=host, sender_ip=ip, mailfrom_domain=dom, has_attach=attach)


def RID(n, d):
    return '<req-%s.%s.1@%s>' % (n, d, ORG)


def B(fn, k=''):
    return '_%s_%s_' % (k or '000', h(fn + k, 20))


# ---------------------------------------------------------------- our outgoing request texts (for quotes)
REQ_TEXT = {
    '102': """To the FERC FOIA Office:

Under the Freedom of Information Act, 5 U.S.C. 552, Powerdesk News requests
copies of communications (emails, letters, meeting notes and calendar
entries) between staff of the Office of Energy Market Regulation or the
Office of the General Counsel and employees of PJM Interconnection, L.L.C.
concerning the price collar (cap and floor) for the Base Residual Auction,
from January 1, 2025 through August 31, 2026. This includes, but is not
limited to, communications relating to Docket Nos. ER25-1357-000 and
EL25-46-000.

We are a news organization and request placement in the news media fee
category. Electronic copies are preferred.

Priya Raman
Records Desk, Powerdesk News
records@powerdesk.example.org""",
    '105': """Records Access Officer
New York State Department of Public Service

Pursuant to the New York Freedom of Information Law, Public Officers Law
Article 6, I request copies of the following records:

1. Reports, data responses and staff notes relating to the Department's
   investigation of the Consolidated Edison outages during the July 2026
   heat wave, including records in Case 26-E-0389;
2. Communications between Department staff and Con Edison about outage
   restoration times in Queens and the Bronx, July 10-31, 2026.

Please provide records electronically. Thank you.

Priya Raman
Records Desk, Powerdesk News""",
    '108': """FOIA Officer, Illinois Commerce Commission

Under the Illinois Freedom of Information Act, 5 ILCS 140, Powerdesk News
requests staff compliance reviews, audit workpapers and correspondence with
Peoples Gas Light and Coke Company regarding the Pipeline Retirement Program
(formerly the System Modernization Program), January 1, 2025 to present.

We are a news media organization; this request is not for a commercial
purpose. Electronic delivery preferred.

Priya Raman, Records Desk
Powerdesk News""",
}


# ================================================================ 001 CPUC NextRequest ack (REQ-101)
fn = '001-cpuc-nextrequest-ack.eml'
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="background:#00467f;color:#fff;padding:14px 18px;font-size:18px">
California Public Utilities Commission &ndash; Public Records Portal</td></tr>
<tr><td style="padding:18px">
<p>Your record request <b>#26-3417</b> has been submitted.</p>
<p><b>Request received:</b> September 8, 2026<br>
<b>Request text:</b> Public Safety Power Shutoff (PSPS) post-event reports submitted by Pacific Gas and Electric Company for de-energization events in 2025 and 2026, and Safety and Enforcement Division (SED) staff review notes, deficiency findings and data requests relating to those reports.</p>
<p>The CPUC will determine whether the request seeks copies of disclosable public records within 10 days of receipt, as provided by Government Code &sect; 7922.535. Many PSPS reports are already posted on the CPUC website and in the docket card for R.18-12-005; staff may direct you there. Duplication fees may apply to physical copies.</p>
<p>You can track the status of this request, upload documents and send messages at <a href="https://cpuc.nextrequest.com/requests/26-3417">cpuc.nextrequest.com/requests/26-3417</a>.</p>
<p style="color:#666;font-size:12px">This is an automated message from the California Public Utilities Commission public records portal, powered by NextRequest. Please do not reply to this email.</p>
</td></tr></table></body></html>"""
add(fn, D(2026, 9, 8, 11, 2, PDT), 'California Public Utilities Commission <cpuc-records@mail.nextrequest.com>', INBOX,
    'Your record request #26-3417 has been submitted', '<%s.a1@geopod-ismtpd-3.mail.nextrequest.com>' % h(fn, 22),
    Text(html, 'html', cte='quoted-printable'), inbound=ext('o7.mail.nextrequest.com', '203.0.113.17', 'mail.nextrequest.com'),
    extra=['X-Mailer: NextRequest Notifications', 'Auto-Submitted: auto-generated'])

# ================================================================ 002 NRC mailbox auto-reply (REQ-103)
fn = '002-nrc-autoreply.eml'
txt = """Thank you for contacting the U.S. Nuclear Regulatory Commission FOIA office.

This automated message confirms that your email reached the FOIA.Resource
mailbox. It is NOT an acknowledgment of a Freedom of Information Act request.
Requests are reviewed and logged in the order received, and you will receive a
separate acknowledgment that includes your NRC FOIA reference number.

Please note: requests received after 4:30 p.m. Eastern Time, or on a weekend or
Federal holiday, are considered received on the next business day.

Many NRC records are already publicly available in the Agencywide Documents
Access and Management System (ADAMS) at https://www.nrc.gov/reading-rm/adams.html.

For questions about a pending request, contact the NRC FOIA Public Liaison at
301-415-7169.
"""
add(fn, D(2026, 9, 9, 18, 41, EDT, 12), 'FOIA Resource <FOIA.Resource@nrc.gov>', plus('103'),
    'Automatic reply: FOIA Request: NRC inspection findings and allegations concerning Diablo Canyon license renewal, 2024-2026',
    outlook_mid(fn, 'SA1PR09MB11093.namprd09.prod.outlook.com'), Text(txt),
    irt=RID('103', '20260909'), refs=RID('103', '20260909'),
    inbound=ext('mail-dm6gcc02on2101.outbound.protection.office365.us', '198.51.100.23', 'nrc.gov'),
    extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: FOIA.Resource@nrc.gov',
           'Content-Language: en-US'])

# ================================================================ 003 FERC eSubscription (null)
fn = '003-ferc-esubscription-null.eml'
txt = """Federal Energy Regulatory Commission - eSubscription Notification

The following issuance/filing has been posted in a docket to which you are
subscribed.

Docket(s):        ER25-1357-000
Filed By:         PJM Interconnection, L.L.C.
Accession No.:    20260910-5012
Filed Date:       09/09/2026
Description:      Compliance filing of PJM Interconnection, L.L.C. in response
                  to the Commission's July 24, 2026 order regarding the Base
                  Residual Auction price collar.

Docket(s):        ER25-1357-001
Filed By:         Joint Consumer Advocates
Accession No.:    20260910-5031
Filed Date:       09/10/2026
Description:      Protest of Joint Consumer Advocates under ER25-1357.

View the documents in eLibrary: https://elibrary.ferc.gov/eLibrary/search

You are receiving this email because records@powerdesk.example.org is
subscribed to one or more dockets through FERC eSubscription. To manage your
subscriptions, sign in at https://ferconline.ferc.gov/eSubscription.aspx.
This mailbox is not monitored; please do not reply.
"""
add(fn, D(2026, 9, 10, 9, 14, EDT, 40), 'FERC eSubscription <eSubscription@ferc.gov>', INBOX,
    'FERC eSubscription: ER25-1357-000 PJM Interconnection, L.L.C.', '<esub.%s@ferc.gov>' % h(fn, 18), Text(txt),
    inbound=ext('smtp-relay2.ferc.gov', '192.0.2.41', 'ferc.gov'), extra=['Precedence: bulk', 'Auto-Submitted: auto-generated'])

# ================================================================ 004 FERC ack (REQ-102), threaded, [EXTERNAL]
fn = '004-ferc-ack-pjm.eml'
ours = 'FOIA Request: FERC staff communications with PJM on the capacity auction price collar, Jan. 2025 - Aug. 2026'
subj = 'RE: [EXTERNAL] ' + ours
quote = """
From: Records Desk <records+req-102@powerdesk.example.org>
Sent: Tuesday, September 8, 2026 10:12 AM
To: FOIA-CEII <foia-ceii@ferc.gov>
Subject: [EXTERNAL] %s

CAUTION: This email originated from outside of FERC. Do not click links or
open attachments unless you recognize the sender and know the content is safe.

%s
""" % (ours, REQ_TEXT['102'])
txt = """Good afternoon,

The Federal Energy Regulatory Commission received your Freedom of Information
Act request on September 8, 2026. It has been assigned FOIA No. FY26-297.
Please reference this number in any future correspondence about the request.

You asked for communications between Commission staff and PJM Interconnection
regarding the Base Residual Auction price collar. Please note that the public
filings in Docket Nos. ER25-1357-000 and EL25-46-000 are available in eLibrary
and will not be duplicated in our response.

Based on your description, you have been placed in the news media fee
category; you will be charged duplication fees only, and the first 100 pages
are free. The Commission will make a determination within 20 working days as
provided in 18 CFR 388.108(c). If unusual circumstances apply - for example,
if we need to consult with PJM as the submitter of commercially sensitive
information - we may need to extend that time, and we will let you know in
writing.

Regards,

Kendra Holloway
Government Information Specialist
Office of External Affairs, FOIA/CEII Team
Federal Energy Regulatory Commission
888 First Street, NE, Washington, DC 20426
202-502-6088 | foia-ceii@ferc.gov
"""
html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + \
    ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in txt.strip().split('\n\n')) + \
    '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p>' + \
    quote.strip().replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</p></div></div></body></html>'
add(fn, D(2026, 9, 10, 15, 22, EDT, 7), '"Holloway, Kendra" <Kendra.Holloway@ferc.gov>', plus('102'), subj,
    outlook_mid(fn, 'DM8PR09MB6642.namprd09.prod.outlook.com'),
    Multi('alternative', [Text(txt + '\n' + quote), Text(html, 'html', cte='quoted-printable')], B(fn)),
    irt=RID('102', '20260908'), refs=RID('102', '20260908'), cc='FOIA-CEII <foia-ceii@ferc.gov>',
    inbound=ext('mail-bn8gcc02on2098.outbound.protection.office365.us', '192.0.2.44', 'ferc.gov'),
    extra=outlook_sender(fn, '[EXTERNAL] ' + ours))

# ================================================================ 005 NRC ack Diablo (REQ-103), plain inbox
fn = '005-nrc-ack-diablo.eml'
txt = """Dear Requester:

We received your Freedom of Information Act (FOIA) request on September 10,
2026. Your request was submitted by email after 4:30 p.m. on September 9 and
is therefore considered received the next business day.

Your request has been assigned the following reference number, which you
should use in any future communications with us about your request:

        NRC-2026-000412

Description: Inspection findings, allegation records and related
correspondence concerning the license renewal of Diablo Canyon Power Plant,
Units 1 and 2 (Docket Nos. 50-275 and 50-323), January 1, 2024 to the
present. The license renewal application (ADAMS Accession No. ML23340A201)
and inspection reports such as IR 05000275/2026-002 are already publicly
available in ADAMS and will not be reproduced.

To ensure the most equitable treatment possible of all requesters, the NRC
processes requests on a first-in, first-out basis using a multiple-track
system. Based on your description of the records, we estimate that completion
of your request will take more than 30 working days, because we must search
for and collect records from the Region IV office and consult with the Office
of Investigations. We will advise you of any change in the estimated time.

For fee purposes (10 CFR 9.33), we have placed your request in the news media
category. You will not be charged search or review fees; the first 100 pages
of duplication are free.

If you have questions, please contact the FOIA specialist assigned to your
request, Andrea Whitlock, at 301-415-3382, or the NRC FOIA Public Liaison at
301-415-7169.

FOIA, Library, and Information Collections Branch
Office of the Chief Information Officer
U.S. Nuclear Regulatory Commission
"""
add(fn, D(2026, 9, 14, 10, 3, EDT), 'FOIA Resource <FOIA.Resource@nrc.gov>', INBOX,
    'NRC FOIA Request Acknowledgment - NRC-2026-000412', outlook_mid(fn, 'SA1PR09MB11093.namprd09.prod.outlook.com'),
    Text(txt), inbound=ext('mail-dm6gcc02on2101.outbound.protection.office365.us', '198.51.100.23', 'nrc.gov'),
    extra=outlook_sender(fn, 'NRC FOIA Request Acknowledgment - NRC-2026-000412'))

# ================================================================ 006 bounce from illinois.gov gateway (REQ-108)
fn = '006-icc-bounce-stale-address.eml'
orig_hdrs = """Received: from SJ0PR12MB6781.namprd12.prod.outlook.com ([fe80::4c1d:2a0b:9e1:77f3]) by SJ0PR12MB6781.namprd12.prod.outlook.com; Wed, 16 Sep 2026 13:45:09 +0000
From: Records Desk <records@powerdesk.example.org>
Reply-To: records+req-108@powerdesk.example.org
To: "icc.foia@illinois.gov" <icc.foia@illinois.gov>
CC: "CCS.FOIA.Officer@illinois.gov" <CCS.FOIA.Officer@illinois.gov>
Subject: FOIA Request: ICC staff records on Peoples Gas pipeline retirement program compliance, 2025-2026
Date: Wed, 16 Sep 2026 08:45:07 -0500
Message-ID: <req-108.20260916.1@powerdesk.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
"""
expl = """This is the mail system at host ilmx02.illinois.gov.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<CCS.FOIA.Officer@illinois.gov>: host illinois-gov.mail.protection.outlook.com[52.101.42.0]
    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    CCS.FOIA.Officer@illinois.gov not found by SMTP address lookup (in reply to
    RCPT TO command)
"""
dsn = """Reporting-MTA: dns; ilmx02.illinois.gov
X-Postfix-Queue-ID: 4h2KqR1Zx9z9vF3
X-Postfix-Sender: rfc822; records@powerdesk.example.org
Arrival-Date: Wed, 16 Sep 2026 08:45:11 -0500 (CDT)

Final-Recipient: rfc822; CCS.FOIA.Officer@illinois.gov
Original-Recipient: rfc822;CCS.FOIA.Officer@illinois.gov
Action: failed
Status: 5.1.10
Remote-MTA: dns; illinois-gov.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    CCS.FOIA.Officer@illinois.gov not found by SMTP address lookup
"""
add(fn, D(2026, 9, 16, 8, 45, CDT, 14), 'Mail Delivery System <MAILER-DAEMON@ilmx02.illinois.gov>', INBOX,
    'Undelivered Mail Returned to Sender', '<20260916134514.4h2KqR1Zx9z9vF3@ilmx02.illinois.gov>',
    Multi('report', [Text(expl, extra=['Content-Description: Notification']),
                     Raw('message/delivery-status', dsn, ['Content-Description: Delivery report']),
                     Raw('text/rfc822-headers', orig_hdrs, ['Content-Description: Undelivered Message Headers'])],
          B(fn), params='; report-type=delivery-status'),
    inbound=ext('ilmx02.illinois.gov', '198.51.100.90', 'ilmx02.illinois.gov'), extra=['Auto-Submitted: auto-replied'])

# ================================================================ 007 BOEM ack letter in PDF (REQ-104)
fn = '007-boem-ack-letter-pdf.eml'
letter = """United States Department of the Interior
BUREAU OF OCEAN ENERGY MANAGEMENT
45600 Woodland Road, VAM-BOEM FOIA
Sterling, VA 20166

September 16, 2026

Via Electronic Mail: records+req-104@powerdesk.example.org

Priya Raman
Powerdesk News

RE: Freedom of Information Act (FOIA) Request No. BOEM-2026-00873

Dear Ms. Raman:

This letter acknowledges your FOIA request dated September 10, 2026, and received by the Bureau of Ocean Energy Management (BOEM) FOIA Office on September 11, 2026. Your request has been assigned number BOEM-2026-00873. Please cite this number in any future communications with our office regarding your request.

Description of the Requested Records
You requested records concerning the stop-work order issued for the Empire Wind 1 project on Lease OCS-A 0512 and the subsequent lifting of that order, including communications between BOEM and the lessee, and briefing materials prepared for the Office of the Secretary, from March 1, 2025 to the present. Public comments and decision documents posted to regulations.gov in docket BOEM-2025-0031 are publicly available and are excluded from the scope of your request unless you advise otherwise.

Processing Track
We use multiple tracks to process requests. Your request has been placed in the Complex track because it will require searches in more than one office and consultation with other bureaus. We will make every reasonable effort to respond as quickly as possible.

Fees
Based on the information you provided, we have not yet determined your fee category. If we anticipate that fees will exceed $50.00, or your fee commitment, we will notify you before incurring them.

If you have any questions about your request, you may contact the BOEM FOIA Office at boemfoia@boem.gov or (703) 787-1818. You may also contact our FOIA Public Liaison or the Office of Government Information Services (OGIS) at the National Archives and Records Administration for dispute resolution services.

Sincerely,

BOEM FOIA Officer"""
txt = """Good morning,

Please see the attached letter regarding your Freedom of Information Act
request.

BOEM FOIA Office
Bureau of Ocean Energy Management
(703) 787-1818
"""
add(fn, D(2026, 9, 16, 10, 30, EDT, 51), 'BOEM FOIA <boemfoia@boem.gov>', plus('104'), 'FOIA Request Acknowledgment',
    '<CAF%s@mail.gmail.com>' % h(fn, 40), Multi('mixed', [Text(txt), Attach('application/pdf', 'Acknowledgment_Letter.pdf', pdf(letter.split('\n'), 'FOIA Acknowledgment'))], B(fn)),
    inbound=ext('mail-sor-f69.google.com', '209.85.220.69', 'boem.gov', attach=True))

# ================================================================ 008 PUCT ack (REQ-106) threaded, [EXT]
fn = '008-puct-ack.eml'
ours = 'PIA Request: PUCT weatherization inspection reports for generation resources, winter 2025-2026'
txt = """Good afternoon,

The Public Utility Commission of Texas received your request for public
information on September 14, 2026. It has been assigned tracking number
PIR 26-0412; please include that number in any correspondence about this
request.

You have asked for the weatherization inspection reports, inspection
checklists and any notices of violation for electric generation resources
inspected by Commission staff for the 2025-2026 winter season. Staff
conducts these inspections under 16 TAC 25.55 in Project No. 51840; the
winter preparedness filings themselves are public in the Interchange under
Project No. 58013.

If the Commission seeks to withhold any of the information, it will request
a ruling from the Office of the Attorney General within 10 business days of
receipt, as Government Code 552.301 requires, and we will send you a copy of
that request. If charges for the information will exceed $40, you will
receive an itemized estimate first.

Regards,

Open Records
Legal Division
Public Utility Commission of Texas
1701 N. Congress Avenue, Austin, TX 78701

-----Original Message-----
From: Records Desk <records+req-106@powerdesk.example.org>
Sent: Monday, September 14, 2026 9:31 AM
To: PUC Open Records <openrecords@puc.texas.gov>
Subject: [EXT] %s

Under the Texas Public Information Act, Gov't Code ch. 552, Powerdesk News
requests copies of weatherization inspection reports, checklists and any
notices of violation for generation resources inspected by PUCT staff for
the 2025-2026 winter season.
""" % ours
add(fn, D(2026, 9, 16, 14, 12, CDT, 33), 'PUC Open Records <openrecords@puc.texas.gov>', plus('106'), 'RE: [EXT] ' + ours,
    outlook_mid(fn, 'SN4PR0901MB2207.namprd09.prod.outlook.com'), Text(txt), irt=RID('106', '20260914'), refs=RID('106', '20260914'),
    inbound=ext('mail-sn1gcc02on2112.outbound.protection.office365.us', '203.0.113.61', 'puc.texas.gov'),
    extra=outlook_sender(fn, '[EXT] ' + ours))

# ================================================================ 009 FERC ack dam safety (REQ-107), plain inbox
fn = '009-ferc-ack-dam-safety.eml'
txt = """Dear Requester:

This acknowledges receipt of your Freedom of Information Act (FOIA) request
received by the Federal Energy Regulatory Commission on September 15, 2026.
Your request has been assigned FOIA No. FY26-311.

You requested dam safety inspection reports, deficiency letters and related
correspondence for Commission-licensed hydroelectric projects located in
Michigan, from January 1, 2020 to the present, including Project Nos.
P-10615 and P-2436.

Please be advised that dam safety inspection reports and related
engineering documents frequently contain Critical Energy/Electric
Infrastructure Information (CEII). Records determined to be CEII are
exempt from disclosure under the FOIA but may be available to you through
a separate CEII request under 18 CFR 388.113.

We will contact you if we require clarification or if any fees apply.

FOIA/CEII Team
Office of External Affairs
Federal Energy Regulatory Commission
foia-ceii@ferc.gov | 202-502-6088
"""
add(fn, D(2026, 9, 17, 9, 20, EDT, 2), 'FOIA-CEII <foia-ceii@ferc.gov>', INBOX, 'Acknowledgment - FOIA No. FY26-311',
    outlook_mid(fn, 'DM8PR09MB6642.namprd09.prod.outlook.com'), Text(txt),
    inbound=ext('mail-bn8gcc02on2098.outbound.protection.office365.us', '192.0.2.44', 'ferc.gov'),
    extra=outlook_sender(fn, 'Acknowledgment - FOIA No. FY26-311'))

# ================================================================ 010 ACC mailbox auto-reply (REQ-109)
fn = '010-acc-autoreply.eml'
txt = """Thank you for contacting the Arizona Corporation Commission, Records
Management Section.

This is an automated confirmation that your message was delivered to our
mailbox. Public records requests are reviewed in the order received.

Please note that documents filed in Commission dockets, including
applications, testimony and decisions, are available without a records
request through eDocket at https://edocket.azcc.gov.

This mailbox does not accept filings. Please do not reply to this message.
"""
add(fn, D(2026, 9, 17, 11, 5, MST, 19), 'ACC Records Management <records@azcc.gov>', plus('109'),
    'Automatic reply: Public Records Request: ACC staff correspondence with APS on the data center large-load tariff',
    outlook_mid(fn, 'BYAPR05MB4471.namprd05.prod.outlook.com'), Text(txt), irt=RID('109', '20260917'), refs=RID('109', '20260917'),
    inbound=ext('mail-byapr05on2091.outbound.protection.outlook.com', '203.0.113.88', 'azcc.gov'),
    extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'Content-Language: en-US'])

# ================================================================ 011 NY DPS ack (REQ-105) multipart/alternative, received date differs
fn = '011-nydps-ack-coned.eml'
ours = 'FOIL Request: DPS staff investigation records on Con Edison July 2026 heat-wave outages'
txt = """Re: FOIL Request DPS-26-00231

Dear Ms. Raman:

The Department of Public Service received your Freedom of Information Law
(FOIL) request by email after business hours on Friday, September 11, 2026.
Pursuant to 16 NYCRR 6-1.1 and Department practice, requests received after
5:00 p.m. are deemed received on the next business day; your request is
therefore considered received on Monday, September 14, 2026. It has been
assigned FOIL Request No. DPS-26-00231.

Your request seeks records relating to the Department's investigation of the
Consolidated Edison Company of New York outages during the July 2026 heat
wave, including records in Case 26-E-0389. Please be aware that filings in
that case, and in the related Matter 26-01544, are publicly available in the
Department's Document and Matter Management (DMM) system and need not be
requested under FOIL.

The Department is conducting a search for the remaining records. We
anticipate that we will be able to grant or deny access to the records, in
whole or in part, on or before October 13, 2026.

Sincerely,

Records Access Officer
New York State Department of Public Service
Three Empire State Plaza, Albany, NY 12223

________________________________
From: Records Desk <records+req-105@powerdesk.example.org>
Sent: Friday, September 11, 2026 5:48 PM
To: DPS Records Access <dps.sm.recordsaccess@dps.ny.gov>
Subject: %s

ATTENTION: This email came from an external source. Do not open attachments
or click on links from unknown senders or unexpected emails.

%s
""" % (ours, REQ_TEXT['105'])
html = '<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">' + \
    ''.join('<p>%s</p>' % p.replace('&', '&amp;').replace('\n', ' ') for p in txt.split('________________________________')[0].strip().split('\n\n')) + \
    '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><font face="Calibri" size="2"><b>From:</b> Records Desk &lt;records+req-105@powerdesk.example.org&gt;<br><b>Sent:</b> Friday, September 11, 2026 5:48 PM<br><b>To:</b> DPS Records Access &lt;dps.sm.recordsaccess@dps.ny.gov&gt;<br><b>Subject:</b> ' + ours + '</font></div>' + \
    '<p style="background:#ffeb9c">ATTENTION: This email came from an external source. Do not open attachments or click on links from unknown senders or unexpected emails.</p><pre>' + REQ_TEXT['105'] + '</pre></div></body></html>'
add(fn, D(2026, 9, 17, 16, 40, EDT, 25), 'DPS Records Access <dps.sm.recordsaccess@dps.ny.gov>', plus('105'), 'RE: [EXTERNAL] ' + ours,
    outlook_mid(fn, 'BL0PR09MB4356.namprd09.prod.outlook.com'),
    Multi('alternative', [Text(txt), Text(html, 'html', cte='quoted-printable')], B(fn)),
    irt=RID('105', '20260911'), refs=RID('105', '20260911'),
    inbound=ext('mail-bl0gcc02on2127.outbound.protection.office365.us', '198.51.100.140', 'dps.ny.gov'),
    extra=outlook_sender(fn, ours))

# ================================================================ 012 CPUC NextRequest extension (REQ-101): number only in subject
fn = '012-cpuc-nextrequest-extension.eml'
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="background:#00467f;color:#fff;padding:14px 18px;font-size:18px">
California Public Utilities Commission &ndash; Public Records Portal</td></tr>
<tr><td style="padding:18px">
<p>The due date for your request has been extended.</p>
<p><b>New due date:</b> 10/02/2026</p>
<p><b>Reason:</b> Unusual circumstances (Gov. Code &sect; 7922.535(c)): the need to search for and collect the requested records from field facilities or other establishments that are separate from the office processing the request, and the need to consult with another agency or among two or more components of the agency having a substantial interest in the determination of the request.</p>
<p><a href="https://cpuc.nextrequest.com/requests">View your request</a></p>
<p style="color:#666;font-size:12px">This is an automated message from the California Public Utilities Commission public records portal, powered by NextRequest. Please do not reply to this email.</p>
</td></tr></table></body></html>"""
add(fn, D(2026, 9, 18, 17, 2, PDT, 44), 'California Public Utilities Commission <cpuc-records@mail.nextrequest.com>', INBOX,
    'Request #26-3417: due date extended', '<%s.a1@geopod-ismtpd-5.mail.nextrequest.com>' % h(fn, 22),
    Text(html, 'html', cte='quoted-printable'), inbound=ext('o7.mail.nextrequest.com', '203.0.113.17', 'mail.nextrequest.com'),
    extra=['X-Mailer: NextRequest Notifications', 'Auto-Submitted: auto-generated'])

# ================================================================ 013 our own tenant NDR (REQ-110)
fn = '013-bounce-m365-ndr-gapsc.eml'
ours = 'Open Records Request: Georgia PSC staff communications with Georgia Power on large-load data center contracts'
plain = """Delivery has failed to these recipients or groups:

records@psc.state.ga.us
The domain name in the email address is incorrect. Check the address.

The following organization rejected your message: powerdesk.example.org.

Diagnostic information for administrators:

Generating server: SJ0PR12MB6781.namprd12.prod.outlook.com

records@psc.state.ga.us
Remote Server returned '550 5.4.310 DNS domain psc.state.ga.us does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=psc.state.ga.us] [SJ0PR12MB6781.namprd12.prod.outlook.com 2026-09-21T13:31:04.118Z 08DE1F8C2A7B44D1]'
"""
html = """<html><body><p><b><font color="#000066" size="3" face="Segoe UI">Your message to records@psc.state.ga.us couldn't be delivered.</font></b></p>
<p>psc.state.ga.us couldn't be found.</p>
<table><tr><td>records</td><td>Office 365</td><td>psc.state.ga.us</td></tr><tr><td>Sender</td><td></td><td>Action Required</td></tr></table>
<p><b>Domain not found</b></p>
<p>The domain name in the email address is incorrect. Check the address.</p>
<p>Diagnostic information for administrators:<br>Generating server: SJ0PR12MB6781.namprd12.prod.outlook.com<br>records@psc.state.ga.us<br>Remote Server returned '550 5.4.310 DNS domain psc.state.ga.us does not exist [Message=InfoDomainNonexistent]'</p>
</body></html>"""
dsn = """Reporting-MTA: dns;SJ0PR12MB6781.namprd12.prod.outlook.com
Received-From-MTA: dns;SJ0PR12MB6781.namprd12.prod.outlook.com
Arrival-Date: Mon, 21 Sep 2026 13:30:58 +0000

Final-Recipient: rfc822;records@psc.state.ga.us
Action: failed
Status: 5.4.310
Diagnostic-Code: smtp;550 5.4.310 DNS domain psc.state.ga.us does not exist [Message=InfoDomainNonexistent]
"""
orig = """From: Records Desk <records@powerdesk.example.org>
Reply-To: records+req-110@powerdesk.example.org
To: Georgia PSC Open Records <openrecords@psc.ga.gov>, "records@psc.state.ga.us"
	<records@psc.state.ga.us>
Subject: %s
Date: Mon, 21 Sep 2026 09:30:55 -0400
Message-ID: <req-110.20260921.1@powerdesk.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Open Records Officer, Georgia Public Service Commission

Under the Georgia Open Records Act, O.C.G.A. 50-18-70 et seq., Powerdesk
News requests communications between Commission staff and Georgia Power
Company concerning contracts with large-load (data center) customers,
including records relating to Docket No. 56310, January 1, 2025 to present.

Priya Raman, Records Desk, Powerdesk News
""" % ours
add(fn, D(2026, 9, 21, 9, 31, EDT, 4), 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@powerdesk.example.org>', INBOX,
    'Undeliverable: ' + ours, '<%s@%s>' % (h(fn, 32), TENANT_MBX),
    Multi('report', [Multi('alternative', [Text(plain), Text(html, 'html')], B(fn, '001')),
                     Raw('message/delivery-status', dsn), Raw('message/rfc822', orig)], B(fn, '002'), params='; report-type=delivery-status'),
    inbound=dict(internal=True, has_attach=True), extra=['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: ', 'Content-Language: en-US'])

# ================================================================ 014 GA PSC ack (REQ-110)
fn = '014-gapsc-ack.eml'
txt = """Good morning,

The Commission received your Open Records Act request yesterday, September
21. I have sent it to our Utilities Division and the Office of General
Counsel for a search.

As the Act requires, we will respond within three business days, either
with the records or with a description of the responsive records, a
timeline for producing them, and an estimate of any costs.

In the meantime, please note that all public filings in Docket No. 56310,
including Georgia Power's large-load contract reports and the Public
Interest Advocacy Staff testimony, are posted on our Facts system at
https://psc.ga.gov/facts-advanced-search/ at no charge.

Thank you,

Tamika Boyd
Open Records Officer
Georgia Public Service Commission
244 Washington Street SW, Atlanta, GA 30334
(404) 656-4501
"""
add(fn, D(2026, 9, 22, 10, 15, EDT, 41), 'Tamika Boyd <tboyd@psc.ga.gov>', plus('110'), 'RE: ' + ours,
    outlook_mid(fn, 'CH0PR05MB8844.namprd05.prod.outlook.com'), Text(txt), irt=RID('110', '20260921'), refs=RID('110', '20260921'),
    inbound=ext('mail-ch0pr05on2119.outbound.protection.outlook.com', '203.0.113.122', 'psc.ga.gov'), extra=outlook_sender(fn, ours))
GA_ACK = outlook_mid(fn, 'CH0PR05MB8844.namprd05.prod.outlook.com')

# ================================================================ 015 ACC ack (REQ-109) AZ: no statutory days; estimated date
fn = '015-acc-ack.eml'
ours = 'Public Records Request: ACC staff correspondence with APS on the data center large-load tariff'
txt = """Ms. Raman,

Your public records request received on September 17, 2026 has been logged
as PRR 2026-087.

Staff will search Utilities Division and Commissioner office email for
correspondence with Arizona Public Service Company about the proposed
large-load (data center) tariff. Filings in the underlying rate matter,
Docket No. E-01345A-25-0132, are available on eDocket and will not be
included.

We anticipate providing a response by October 9, 2026. If copy charges
apply, I will let you know the amount before anything is released.

Lorena Castillo
Records Management Section
Arizona Corporation Commission
1200 W. Washington Street, Phoenix, AZ 85007
602-542-3931
"""
add(fn, D(2026, 9, 22, 14, 2, MST, 9), 'Lorena Castillo <lcastillo@azcc.gov>', plus('109'), 'RE: [EXTERNAL] ' + ours,
    outlook_mid(fn, 'BYAPR05MB4471.namprd05.prod.outlook.com'), Text(txt), irt=RID('109', '20260917'), refs=RID('109', '20260917'),
    inbound=ext('mail-byapr05on2091.outbound.protection.outlook.com', '203.0.113.88', 'azcc.gov'), extra=outlook_sender(fn, '[EXTERNAL] ' + ours))
ACC_ACK = outlook_mid(fn, 'BYAPR05MB4471.namprd05.prod.outlook.com')


# ---------------------------------------------------------------- JustFOIA template (shared sender for two counties)
def justfoia_html(heading, rows, message=None, link=None, footer_org=None):
    r = ''.join('<tr><td style="padding:4px 10px 4px 0;color:#555;white-space:nowrap">%s</td><td style="padding:4px 0">%s</td></tr>' % (k, v) for k, v in rows)
    msg = ('<div style="margin:14px 0;padding:12px;background:#f4f6f8;border-left:4px solid #2b6cb0">%s</div>' % message) if message else ''
    lk = ('<p><a href="%s" style="background:#2b6cb0;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">View Request</a></p>' % link) if link else ''
    foot = footer_org or 'This message was sent on behalf of a government agency using JustFOIA.'
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#eef1f4">'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="620" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px 0;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1a202c">'
            '<tr><td style="padding:20px 24px;border-bottom:1px solid #e2e8f0"><span style="font-size:20px;font-weight:600">%s</span></td></tr>'
            '<tr><td style="padding:20px 24px"><table cellpadding="0" cellspacing="0">%s</table>%s%s</td></tr>'
            '<tr><td style="padding:14px 24px;font-size:11px;color:#718096;border-top:1px solid #e2e8f0">%s Replies to this address are not monitored.<br>Powered by JustFOIA</td></tr>'
            '</table></td></tr></table></body></html>') % (heading, r, msg, lk, foot)


JF = 'JustFOIA <notifications@justfoia.com>'
JF_IN = ext('o1.email.justfoia.com', '203.0.113.200', 'email.justfoia.com')


def jf_mid(fn):
    return '<%s.%s@email.justfoia.com>' % (h(fn, 24), h(fn + 'x', 6))


# ================================================================ 016 Burke JustFOIA ack (REQ-112)
fn = '016-justfoia-burke-ack.eml'
html = justfoia_html('Burke County, Georgia &ndash; Open Records Request', [
    ('Status', 'Received'), ('Request #', 'R-2026-0093'), ('Date Received', '09/23/2026'),
    ('Requester', 'Priya Raman (Powerdesk News)'),
    ('Request Details', 'Emergency Management Agency records: alert and notification siren test and maintenance logs for the Plant Vogtle 10-mile emergency planning zone, and after-action reports for off-site radiological emergency exercises, 2024-2026.')],
    message='Thank you for your request. Under the Georgia Open Records Act, O.C.G.A. &sect; 50-18-71(b)(1)(A), the County will respond within three business days with the records, or with a description of responsive records and a timeline for production. A reasonable charge for search, retrieval and copying may apply; you will be notified of any estimate first.',
    link='https://burkecountyga.justfoia.com/publicportal/home/track')
add(fn, D(2026, 9, 23, 13, 18, EDT, 26), JF, INBOX, 'Request R-2026-0093 has been received', jf_mid(fn),
    Text(html, 'html', cte='quoted-printable'), inbound=JF_IN, extra=['Auto-Submitted: auto-generated'])

# ================================================================ 017 ICC extension, first message, assigns number (REQ-108)
fn = '017-icc-extension.eml'
ours = 'FOIA Request: ICC staff records on Peoples Gas pipeline retirement program compliance, 2025-2026'
txt = """Dear Ms. Raman:

The Illinois Commerce Commission received your Freedom of Information Act
request on September 16, 2026. It has been assigned number FOIA-26-318.
Please refer to that number in any further correspondence.

Pursuant to Section 3(e) of the Act, 5 ILCS 140/3(e), the Commission is
extending the time to respond to your request by five business days, to
September 30, 2026, for the following reasons:

  (ii)  the requested records require the collection of a substantial number
        of specified records;
  (iii) the request is couched in categorical terms and requires an
        extensive search for the records responsive to it; and
  (vi)  the request requires consultation with Peoples Gas, which has a
        substantial interest in the determination because portions of the
        records were submitted with a claim of confidentiality.

Staff's reports filed in the Commission's investigation of the Pipeline
Retirement Program, Docket No. 26-0381, and in the Peoples Gas rate case,
Docket No. 23-0069, are publicly available on e-Docket at
https://www.icc.illinois.gov/docket and need not be requested under FOIA.

Sincerely,

Jordan Pruitt
FOIA Officer
Illinois Commerce Commission
527 East Capitol Avenue, Springfield, IL 62701

From: Records Desk <records+req-108@powerdesk.example.org>
Sent: Wednesday, September 16, 2026 8:45 AM
To: ICC FOIA <icc.foia@illinois.gov>
Cc: CCS.FOIA.Officer@illinois.gov
Subject: [External] %s

%s
""" % (ours, REQ_TEXT['108'])
ICC_EXT = outlook_mid(fn, 'SA0PR09MB6170.namprd09.prod.outlook.com')
add(fn, D(2026, 9, 23, 15, 10, CDT, 51), 'ICC FOIA <icc.foia@illinois.gov>', plus('108'), 'RE: [External] ' + ours, ICC_EXT,
    Text(txt), irt=RID('108', '20260916'), refs=RID('108', '20260916'),
    inbound=ext('mail-sa0gcc02on2130.outbound.protection.office365.us', '198.51.100.92', 'illinois.gov'),
    extra=outlook_sender(fn, '[External] ' + ours))

# ================================================================ 018 Appling JustFOIA ack (REQ-113), received date later than sent
fn = '018-justfoia-appling-ack.eml'
html = justfoia_html('Appling County, GA &ndash; Open Records', [
    ('Status', 'Received'), ('Request #', 'R-2026-0101'), ('Date Received', '09/24/2026'),
    ('Requester', 'Priya Raman'),
    ('Request Details', 'Payment-in-lieu-of-taxes (PILOT) and tax abatement agreements between Appling County or the Development Authority of Appling County and Georgia Power Company relating to Plant Hatch, and records of payments received under them, 2020-2026.')],
    message='Your request was entered by the County Clerk&rsquo;s office on the date shown above. The County will respond within three business days as required by O.C.G.A. &sect; 50-18-71. Records of the Development Authority are maintained separately and may require additional time.',
    link='https://applingcountyga.justfoia.com/publicportal/home/track')
add(fn, D(2026, 9, 24, 8, 55, EDT, 3), JF, INBOX, 'Request R-2026-0101 has been received', jf_mid(fn),
    Text(html, 'html', cte='quoted-printable'), inbound=JF_IN, extra=['Auto-Submitted: auto-generated'])

# ================================================================ 019 NRC ack Palisades (REQ-111), same template as 005
fn = '019-nrc-ack-palisades.eml'
txt = """Dear Requester:

We received your Freedom of Information Act (FOIA) request on September 22,
2026.

Your request has been assigned the following reference number, which you
should use in any future communications with us about your request:

        NRC-2026-000455

Description: Communications between NRC Region III staff and Holtec
Decommissioning International or Palisades Energy, LLC concerning the
restart of the Palisades Nuclear Plant (Docket No. 50-255), January 1, 2025
to the present. Correspondence docketed under Docket No. 50-255, including
the restart inspection plan (ADAMS Accession No. ML25127A044), is publicly
available in ADAMS.

To ensure the most equitable treatment possible of all requesters, the NRC
processes requests on a first-in, first-out basis using a multiple-track
system. Based on your description of the records, we estimate that completion
of your request will take between 21 and 30 working days. We will advise you
of any change in the estimated time.

For fee purposes (10 CFR 9.33), we have placed your request in the news media
category.

If you have questions, please contact the FOIA specialist assigned to your
request, Sharon Delacroix, at 301-415-0622, or the NRC FOIA Public Liaison at
301-415-7169.

FOIA, Library, and Information Collections Branch
Office of the Chief Information Officer
U.S. Nuclear Regulatory Commission
"""
add(fn, D(2026, 9, 24, 11, 30, EDT, 17), 'FOIA Resource <FOIA.Resource@nrc.gov>', INBOX,
    'NRC FOIA Request Acknowledgment - NRC-2026-000455', outlook_mid(fn, 'SA1PR09MB11093.namprd09.prod.outlook.com'),
    Text(txt), inbound=ext('mail-dm6gcc02on2101.outbound.protection.office365.us', '198.51.100.23', 'nrc.gov'),
    extra=outlook_sender(fn, 'NRC FOIA Request Acknowledgment - NRC-2026-000455'))

# ================================================================ 020 GA PSC fee estimate letter (PDF) (REQ-110)
fn = '020-gapsc-fee-estimate-pdf.eml'
letter = """GEORGIA PUBLIC SERVICE COMMISSION
244 Washington Street SW, Atlanta, Georgia 30334-5701
Office of the Executive Secretary

September 24, 2026

Priya Raman
Powerdesk News
Via email: records+req-110@powerdesk.example.org

Re: Open Records Request received September 21, 2026

Dear Ms. Raman:

This letter responds to your request under the Georgia Open Records Act, O.C.G.A. § 50-18-70 et seq., within the three business days provided by § 50-18-71(b)(1)(A).

The Commission has identified records responsive to your request. They consist of approximately 1,900 email messages and attachments exchanged between Utilities Division staff and Georgia Power Company from January 1, 2025 to the present regarding contracts with large-load customers, many of which relate to Docket No. 56310. Documents already filed in that docket (for example, Document Filing #219847) are available on the Commission's website and are not included in this estimate.

Estimated cost. Under O.C.G.A. § 50-18-71(c), the Commission may charge for the time needed to search, retrieve, review and redact records, at the hourly rate of the lowest-paid full-time employee who can perform the work, with no charge for the first fifteen minutes:

    Staff time, search/retrieval/redaction: 5.0 hours at $25.00/hour
    Less first 15 minutes at no charge:     (0.25 hours)
    Billable time: 4.75 hours               $118.75
    Electronic copies:                        $0.00
    ESTIMATED TOTAL:                         $118.75

Because the estimate exceeds $25.00, the Commission will not proceed until you agree in writing to pay the estimated costs (§ 50-18-71(d)). Upon receipt of your agreement and payment, we anticipate producing the non-exempt records within fifteen business days. Please be advised that certain documents were filed as trade secrets in Docket No. 56310 and may be withheld under O.C.G.A. § 50-18-72(a)(34).

Sincerely,

Tamika Boyd
Open Records Officer"""
txt = """Ms. Raman,

Please see the attached response to your open records request.

Tamika Boyd
Open Records Officer
Georgia Public Service Commission
"""
add(fn, D(2026, 9, 24, 15, 47, EDT, 30), 'Tamika Boyd <tboyd@psc.ga.gov>', plus('110'), 'RE: Open Records Request: Georgia PSC staff communications with Georgia Power on large-load data center contracts',
    outlook_mid(fn, 'CH0PR05MB8844.namprd05.prod.outlook.com'),
    Multi('mixed', [Text(txt), Attach('application/pdf', 'ORR Response - Powerdesk News - 09-24-2026.pdf', pdf(letter.split('\n'), 'Open Records Response'))], B(fn)),
    irt=GA_ACK, refs=RID('110', '20260921') + ' ' + GA_ACK,
    inbound=ext('mail-ch0pr05on2119.outbound.protection.outlook.com', '203.0.113.122', 'psc.ga.gov', attach=True),
    extra=outlook_sender(fn, 'Open Records Request: Georgia PSC staff communications with Georgia Power on large-load data center contracts'))
GA_FEE = outlook_mid(fn, 'CH0PR05MB8844.namprd05.prod.outlook.com')

# ================================================================ 021 phishing (null)
fn = '021-phish-m365-quarantine-null.eml'
html = """<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<div style="background:#0078d4;color:#fff;padding:12px;font-size:18px">Microsoft 365</div>
<p>Hello records,</p>
<p>3 incoming messages for <b>records@powerdesk.example.org</b> were held in quarantine and will be deleted in 24 hours.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>From</th><th>Subject</th><th>Received</th></tr>
<tr><td>foia-notify@govdocs-portal.net</td><td>FOIA Response Documents (Final) &ndash; 14 pages</td><td>9/24/2026</td></tr>
<tr><td>records@agency-filesecure.com</td><td>Public Records Release &ndash; Invoice Paid</td><td>9/24/2026</td></tr>
<tr><td>noreply@docusign-alerts.info</td><td>Please review: Records Request Agreement</td><td>9/25/2026</td></tr>
</table>
<p><a href="https://m365-secure-notice.com/quarantine/release?u=records%40powerdesk.example.org">Release messages to inbox</a></p>
<p style="color:#777;font-size:11px">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</body></html>"""
add(fn, D(2026, 9, 25, 6, 12, tz(0), 55), 'Microsoft 365 Admin <no-reply@m365-secure-notice.com>', INBOX,
    'Action required: 3 messages held for records@powerdesk.example.org', '<%s@m365-secure-notice.com>' % h(fn, 20),
    Text(html, 'html', cte='quoted-printable'), inbound=dict(sender_host='vps-4417.hostserv-eu.net', sender_ip='203.0.113.250', mailfrom_domain='m365-secure-notice.com', scl=5))

# ================================================================ 022 Burke extension via JustFOIA message (REQ-112)
fn = '022-justfoia-burke-timeline.eml'
html = justfoia_html('Burke County, Georgia &ndash; New Message', [
    ('Request #', 'R-2026-0093'), ('Status', 'In Progress')],
    message='Good morning Ms. Raman,<br><br>The EMA Director has located the siren test and maintenance records you asked for. The exercise after-action reports were prepared jointly with Southern Nuclear and the Georgia Emergency Management and Homeland Security Agency, and we need to review them with both before anything is released. We expect to provide a response on or before <b>October 9, 2026</b>.<br><br>Deborah Few<br>Deputy County Clerk, Burke County Board of Commissioners',
    link='https://burkecountyga.justfoia.com/publicportal/home/track')
add(fn, D(2026, 9, 28, 10, 2, EDT, 11), JF, INBOX, 'New message regarding request R-2026-0093', jf_mid(fn),
    Text(html, 'html', cte='quoted-printable'), inbound=JF_IN, extra=['Auto-Submitted: auto-generated'])

# ================================================================ 023 PUCT 552.221(d) certification (REQ-106), new subject, no threading
fn = '023-puct-certification-of-delay.eml'
txt = """Ms. Raman,

Re: Public Information Request PIR 26-0412

Pursuant to Texas Government Code section 552.221(d), I certify that the
Public Utility Commission of Texas cannot produce the information you
requested within ten business days of receipt. The inspection reports are
maintained by the Commission's Infrastructure and Reliability Division and by
the contractor that performed field inspections, and must be collected and
reviewed before release.

The Commission reasonably anticipates that the information will be available
on or before October 16, 2026. Information the Commission believes may be
excepted from disclosure is the subject of a separate notice.

Marcus Webb
Attorney, Legal Division
Public Utility Commission of Texas
(512) 936-7265
"""
add(fn, D(2026, 9, 28, 9, 14, CDT, 45), 'Marcus Webb <marcus.webb@puc.texas.gov>', plus('106'), 'Certification of Delay - PIR 26-0412',
    outlook_mid(fn, 'SN4PR0901MB2207.namprd09.prod.outlook.com'), Text(txt),
    inbound=ext('mail-sn1gcc02on2112.outbound.protection.office365.us', '203.0.113.61', 'puc.texas.gov'),
    extra=outlook_sender(fn, 'Certification of Delay - PIR 26-0412'))

# ================================================================ 024 PUCT notice of AG ruling request (REQ-106) -> other
fn = '024-puct-ag-ruling-notice.eml'
letter = """PUBLIC UTILITY COMMISSION OF TEXAS
1701 N. Congress Avenue, P.O. Box 13326, Austin, Texas 78711-3326

September 28, 2026

Office of the Attorney General
Open Records Division
P.O. Box 12548
Austin, Texas 78711-2548

Re: Request for Decision under Texas Government Code § 552.301; PUCT Tracking No. PIR 26-0412

Dear Open Records Division:

On September 14, 2026, the Public Utility Commission of Texas (Commission) received a written request from Priya Raman of Powerdesk News for weatherization inspection reports, checklists and notices of violation for electric generation resources inspected for the 2025-2026 winter season (Project No. 51840).

The Commission believes the requested information is excepted from required public disclosure under section 552.101 of the Government Code in conjunction with section 418.181 (critical infrastructure), and that portions may be excepted under section 552.110 (commercial information). The Commission has notified the affected generation resource entities under section 552.305 so that they may submit their own arguments.

The Commission will submit its written comments, a copy of the request and representative samples of the information within fifteen business days of receipt of the request, as required by section 552.301(e).

Sincerely,

Marcus Webb
Attorney, Legal Division

cc: Priya Raman, Powerdesk News (w/o enclosures)"""
txt = """Ms. Raman,

As required by Government Code section 552.301(d), attached is a copy of the
Commission's letter to the Office of the Attorney General requesting a
decision on whether the weatherization inspection information you requested
may be withheld. You may submit your own comments to the Attorney General
explaining why the information should be released.

Information not covered by the ruling request will be addressed under
separate cover.

Marcus Webb
Attorney, Legal Division
Public Utility Commission of Texas
"""
add(fn, D(2026, 9, 28, 16, 40, CDT, 2), 'Marcus Webb <marcus.webb@puc.texas.gov>', plus('106'), 'PIR 26-0412 - Request for Attorney General Decision',
    outlook_mid(fn, 'SN4PR0901MB2207.namprd09.prod.outlook.com'),
    Multi('mixed', [Text(txt), Attach('application/pdf', 'PIR 26-0412 Letter to OAG.pdf', pdf(letter.split('\n'), 'Request for Decision'))], B(fn)),
    inbound=ext('mail-sn1gcc02on2112.outbound.protection.office365.us', '203.0.113.61', 'puc.texas.gov', attach=True),
    extra=outlook_sender(fn, 'PIR 26-0412 - Request for Attorney General Decision'))

# ================================================================ 025 ICC interim (REQ-108)
fn = '025-icc-interim.eml'
letter = """ILLINOIS COMMERCE COMMISSION
527 East Capitol Avenue, Springfield, Illinois 62701

September 30, 2026

Priya Raman, Powerdesk News
Re: FOIA-26-318 - First Installment

Dear Ms. Raman:

Enclosed is the first installment of records responsive to your request: Staff's quarterly Pipeline Retirement Program compliance reports for Q1 2025 through Q2 2026 (24 pages). These reports are released in full.

Records held by the Safety and Reliability Division, including audit workpapers and correspondence with Peoples Gas, are still being collected and reviewed for information submitted under a claim of confidentiality. They will be provided on a rolling basis as review is completed.

Sincerely,
Jordan Pruitt, FOIA Officer"""
txt = """Ms. Raman,

Attached is the first installment of records responsive to FOIA-26-318. The
remaining records from the Safety and Reliability Division are being reviewed
and will be sent on a rolling basis.

Jordan Pruitt
FOIA Officer
Illinois Commerce Commission
"""
ours = 'FOIA Request: ICC staff records on Peoples Gas pipeline retirement program compliance, 2025-2026'
ICC_INT = outlook_mid(fn, 'SA0PR09MB6170.namprd09.prod.outlook.com')
add(fn, D(2026, 9, 30, 16, 22, CDT, 8), 'ICC FOIA <icc.foia@illinois.gov>', plus('108'), 'RE: [External] ' + ours, ICC_INT,
    Multi('mixed', [Text(txt), Attach('application/pdf', 'FOIA-26-318_Installment_1.pdf', pdf(letter.split('\n'), 'FOIA-26-318 Installment 1'))], B(fn)),
    irt=ICC_EXT, refs=RID('108', '20260916') + ' ' + ICC_EXT,
    inbound=ext('mail-sa0gcc02on2130.outbound.protection.office365.us', '198.51.100.92', 'illinois.gov', attach=True),
    extra=outlook_sender(fn, '[External] ' + ours))


def nextrequest_html(inner):
    return """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="background:#00467f;color:#fff;padding:14px 18px;font-size:18px">
California Public Utilities Commission &ndash; Public Records Portal</td></tr>
<tr><td style="padding:18px">
%s
<p style="color:#666;font-size:12px">This is an automated message from the California Public Utilities Commission public records portal, powered by NextRequest. Please do not reply to this email.</p>
</td></tr></table></body></html>""" % inner


NR = 'California Public Utilities Commission <cpuc-records@mail.nextrequest.com>'
NR_IN = ext('o7.mail.nextrequest.com', '203.0.113.17', 'mail.nextrequest.com')
NR_X = ['X-Mailer: NextRequest Notifications', 'Auto-Submitted: auto-generated']

# ================================================================ 026 DOI PAL ack for BOEM (REQ-114) from unlisted doi.gov
fn = '026-doi-pal-ack-boem-bbg1.eml'
txt = """Dear Priya Raman,

Your Freedom of Information Act request has been received by the following
office: Bureau of Ocean Energy Management (BOEM).

Request Number:      BOEM-2026-00951
Received Date:       09/29/2026
Processing Track:    Complex
Request Description: Records of BOEM's bid adequacy and fair market value
review for Gulf of America Oil and Gas Lease Sale BBG1, including Resource
Evaluation tract evaluations, second-round bid adequacy memoranda and the
list of high bids rejected or accepted after review.

You can check the status of your request at any time by logging in to the
Public Access Link (PAL). Please reference the request number above in any
correspondence.

This is a system-generated message. Please do not reply.

U.S. Department of the Interior - FOIA Public Access Link
"""
html = '<html><body style="font-family:Arial;font-size:13px"><p>Dear Priya Raman,</p><p>Your Freedom of Information Act request has been received by the following office: <b>Bureau of Ocean Energy Management (BOEM)</b>.</p><table cellpadding="4"><tr><td>Request Number:</td><td><b>BOEM-2026-00951</b></td></tr><tr><td>Received Date:</td><td>09/29/2026</td></tr><tr><td>Processing Track:</td><td>Complex</td></tr><tr><td valign="top">Request Description:</td><td>Records of BOEM&#39;s bid adequacy and fair market value review for Gulf of America Oil and Gas Lease Sale BBG1, including Resource Evaluation tract evaluations, second-round bid adequacy memoranda and the list of high bids rejected or accepted after review.</td></tr></table><p>You can check the status of your request at any time by logging in to the Public Access Link (PAL). Please reference the request number above in any correspondence.</p><p style="color:#888">This is a system-generated message. Please do not reply.<br>U.S. Department of the Interior - FOIA Public Access Link</p></body></html>'
add(fn, D(2026, 10, 1, 11, 40, EDT, 36), 'DOI FOIA Public Access Link <foia-pal-noreply@doi.gov>', INBOX, 'Request BOEM-2026-00951 has been received',
    '<%s.JavaMail.foiapal@pal.doi.gov>' % h(fn, 20), Multi('alternative', [Text(txt), Text(html, 'html', cte='quoted-printable')], B(fn)),
    inbound=ext('smtp-pal.doi.gov', '192.0.2.150', 'doi.gov'), extra=['Auto-Submitted: auto-generated'])

# ================================================================ 027 FERC extension letter PDF (REQ-102)
fn = '027-ferc-extension-pdf.eml'
letter = """FEDERAL ENERGY REGULATORY COMMISSION
WASHINGTON, DC 20426

OFFICE OF EXTERNAL AFFAIRS

October 1, 2026

Ms. Priya Raman
Powerdesk News
Via email: records+req-102@powerdesk.example.org

Re: FOIA No. FY26-297

Dear Ms. Raman:

This letter concerns your Freedom of Information Act (FOIA) request received by the Federal Energy Regulatory Commission (Commission) on September 8, 2026, seeking communications between Commission staff and PJM Interconnection, L.L.C. (PJM) regarding the Base Residual Auction price collar.

Unusual circumstances, as defined in 5 U.S.C. § 552(a)(6)(B)(iii), apply to your request. We need to search for and collect records from the Office of Energy Market Regulation, the Office of the General Counsel and the Office of Enforcement, and we must consult with PJM, as the submitter of information that may be commercially sensitive, before any release, in accordance with 18 CFR 388.112 and Executive Order 12,600. Accordingly, the Commission is extending the time limit for responding to your request by ten working days, as permitted by 5 U.S.C. § 552(a)(6)(B)(i).

Because we anticipate that processing your request will take longer than the additional ten working days, we are offering you the opportunity to limit the scope of your request so that it may be processed within that time, or to arrange an alternative time frame with us. Our current estimate for completing your request is December 18, 2026.

You may contact our FOIA Public Liaison, Leonard Ames, at 202-502-8389 or foia-ceii@ferc.gov for further assistance. You may also contact the Office of Government Information Services (OGIS) at the National Archives and Records Administration to inquire about the FOIA mediation services they offer: Office of Government Information Services, National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; e-mail ogis@nara.gov; telephone 202-741-5770; toll free 1-877-684-6448.

Sincerely,

Denise A. Hartwell
Director, Office of External Affairs"""
txt = """Please see the attached letter.

FOIA/CEII Team
Federal Energy Regulatory Commission
"""
add(fn, D(2026, 10, 1, 14, 5, EDT, 20), 'FOIA-CEII <foia-ceii@ferc.gov>', plus('102'), 'FOIA No. FY26-297 - Notice of Extension',
    outlook_mid(fn, 'DM8PR09MB6642.namprd09.prod.outlook.com'),
    Multi('mixed', [Text(txt), Attach('application/pdf', 'FY26-297 Extension Letter.pdf', pdf(letter.split('\n'), 'FOIA Extension'))], B(fn)),
    inbound=ext('mail-bn8gcc02on2098.outbound.protection.office365.us', '192.0.2.44', 'ferc.gov', attach=True),
    extra=outlook_sender(fn, 'FOIA No. FY26-297 - Notice of Extension'))

# ================================================================ 028 Appling JustFOIA invoice (REQ-113)
fn = '028-justfoia-appling-invoice.eml'
html = justfoia_html('Appling County, GA &ndash; Invoice Issued', [
    ('Request #', 'R-2026-0101'), ('Invoice #', 'INV-2026-0044'), ('Amount Due', '$41.25'), ('Status', 'Awaiting Payment')],
    message='Appling County has estimated the cost of fulfilling your open records request:<br><br>Search, retrieval and copying &ndash; 3.0 hours at $15.00/hour = $45.00<br>Less first 15 minutes at no charge = ($3.75)<br><b>Total: $41.25</b><br><br>Responsive records will be released once payment is received. Payment may be made online through the portal. If payment is not received within 30 days, the request may be closed.<br><br>Appling County Board of Commissioners, Baxley, Georgia',
    link='https://applingcountyga.justfoia.com/publicportal/home/track')
add(fn, D(2026, 10, 1, 15, 30, EDT, 12), JF, INBOX, 'Invoice issued for request R-2026-0101', jf_mid(fn),
    Text(html, 'html', cte='quoted-printable'), inbound=JF_IN, extra=['Auto-Submitted: auto-generated'])

# ================================================================ 029 CPUC NextRequest documents released, interim (REQ-101)
fn = '029-cpuc-nextrequest-interim.eml'
html = nextrequest_html("""<p>Documents have been released for request <b>#26-3417</b>.</p>
<p><b>14 documents</b> are now available to download.</p>
<p><b>Message from the California Public Utilities Commission:</b></p>
<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:10px">This first production contains the public versions of PG&amp;E&rsquo;s PSPS post-event reports for the 2025 de-energization events, as filed in R.18-12-005, and SED&rsquo;s transmittal letters. SED&rsquo;s review notes and data requests are being reviewed for information PG&amp;E designated confidential under General Order 66-D. We expect to release those on a rolling basis.<br>&mdash; Elena Marsh, Attorney, Legal Division</blockquote>
<p><a href="https://cpuc.nextrequest.com/requests/26-3417">View documents</a></p>""")
add(fn, D(2026, 10, 2, 16, 48, PDT, 5), NR, INBOX, 'Documents released for request #26-3417', '<%s.a1@geopod-ismtpd-2.mail.nextrequest.com>' % h(fn, 22),
    Text(html, 'html', cte='quoted-printable'), inbound=NR_IN, extra=NR_X)

# ================================================================ 030 CPUC NextRequest ack (REQ-115)
fn = '030-cpuc-nextrequest-ack-citations.eml'
html = nextrequest_html("""<p>Your record request <b>#26-3802</b> has been submitted.</p>
<p><b>Request received:</b> October 5, 2026<br>
<b>Request text:</b> Citations issued by the Safety and Enforcement Division under the Electric Safety Citation Program to electrical corporations from January 1, 2024 to the present, any appeals of those citations, and staff analyses of those appeals.</p>
<p>The CPUC will determine whether the request seeks copies of disclosable public records within 10 days of receipt, as provided by Government Code &sect; 7922.535. Duplication fees may apply to physical copies.</p>
<p>You can track the status of this request at <a href="https://cpuc.nextrequest.com/requests/26-3802">cpuc.nextrequest.com/requests/26-3802</a>.</p>""")
add(fn, D(2026, 10, 5, 10, 21, PDT, 48), NR, INBOX, 'Your record request #26-3802 has been submitted', '<%s.a1@geopod-ismtpd-5.mail.nextrequest.com>' % h(fn, 22),
    Text(html, 'html', cte='quoted-printable'), inbound=NR_IN, extra=NR_X)

# ================================================================ 031 GA PSC press release (null)
fn = '031-gapsc-press-release-null.eml'
txt = """FOR IMMEDIATE RELEASE
October 6, 2026

PSC Sets Hearing Schedule on Georgia Power Large-Load Contract Rules

ATLANTA - The Georgia Public Service Commission today adopted a procedural
schedule for its review of Georgia Power Company's proposed terms for
contracts with large-load customers such as data centers (Docket No. 56310).

Hearings on the Company's direct case will begin November 17, 2026, with
Public Interest Advocacy Staff and intervenor testimony due December 8. The
Commission expects to vote on the proposal at its January 2027
Administrative Session.

"Georgians deserve to know that the cost of serving these very large
customers will not land on residential bills," the Commission chairman said.

Members of the public may comment in Docket No. 56310 at psc.ga.gov or by
mail to the Executive Secretary, 244 Washington Street SW, Atlanta, GA 30334.

Media contact: Communications Office, (404) 656-4501

###

You are receiving this message because you subscribed to Georgia PSC news
releases. Unsubscribe: https://psc.ga.gov/news/unsubscribe
"""
html = '<html><body style="font-family:Georgia,serif;font-size:14px">' + ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in txt.strip().split('\n\n')) + '</body></html>'
add(fn, D(2026, 10, 6, 10, 0, EDT, 31), 'Georgia Public Service Commission <pscnews@psc.ga.gov>', INBOX,
    'News Release: PSC Sets Hearing Schedule on Georgia Power Large-Load Contract Rules (Docket No. 56310)', '<%s@psc.ga.gov>' % h(fn, 24),
    Multi('alternative', [Text(txt), Text(html, 'html', cte='quoted-printable')], B(fn)),
    inbound=ext('mail-ch0pr05on2119.outbound.protection.outlook.com', '203.0.113.122', 'psc.ga.gov'),
    extra=['Precedence: bulk', 'List-Unsubscribe: <https://psc.ga.gov/news/unsubscribe>'])

# ================================================================ 032 ACC fee estimate (REQ-109)
fn = '032-acc-fee-estimate.eml'
ours = 'Public Records Request: ACC staff correspondence with APS on the data center large-load tariff'
txt = """Ms. Raman,

Re: PRR 2026-087

The search for your request is complete. Staff located 412 pages of email
and attachments exchanged with Arizona Public Service Company about the
large-load tariff.

Under A.R.S. 39-121.01(D)(1) and the Commission's fee schedule, copies of
public records provided for a non-commercial purpose are charged at $0.10
per page. The total for this request is $41.20 (412 pages x $0.10). There is
no charge for staff time.

Please remit payment by check payable to the Arizona Corporation Commission,
or call me at 602-542-3931 to pay by card. We will send the records once
payment is received. Please be aware that a small number of messages with
the Legal Division may be withheld as privileged; if so, the amount due
would be reduced accordingly.

Lorena Castillo
Records Management Section
Arizona Corporation Commission

From: Lorena Castillo <lcastillo@azcc.gov>
Sent: Tuesday, September 22, 2026 2:02 PM
To: Records Desk <records+req-109@powerdesk.example.org>
Subject: RE: [EXTERNAL] %s

Ms. Raman,

Your public records request received on September 17, 2026 has been logged
as PRR 2026-087.
[...]
""" % ours
ACC_FEE = outlook_mid(fn, 'BYAPR05MB4471.namprd05.prod.outlook.com')
add(fn, D(2026, 10, 9, 9, 5, MST, 27), 'Lorena Castillo <lcastillo@azcc.gov>', plus('109'), 'RE: [EXTERNAL] ' + ours, ACC_FEE, Text(txt),
    irt=ACC_ACK, refs=RID('109', '20260917') + ' ' + ACC_ACK,
    inbound=ext('mail-byapr05on2091.outbound.protection.outlook.com', '203.0.113.88', 'azcc.gov'), extra=outlook_sender(fn, '[EXTERNAL] ' + ours))

# ================================================================ 033 BOEM fee estimate (REQ-104)
fn = '033-boem-fee-estimate.eml'
txt = """Dear Ms. Raman:

RE: FOIA Request No. BOEM-2026-00873 - Fee Estimate

We have completed an initial search for records responsive to your request
about the Empire Wind 1 stop-work order (Lease OCS-A 0512).

Your request did not describe how Powerdesk News disseminates information to
the public, so at this time we have placed it in the "other" fee category
(43 CFR 2.38). Requesters in this category receive two hours of search time
and 100 pages of duplication without charge.

    Search (professional), 7 hours at $42.00/hour     $294.00
    Less 2 hours at no charge                         ($84.00)
    Duplication (electronic format)                     $0.00
    Estimated total                                   $210.00

This is an estimate; actual fees may be lower. We will not continue
processing your request until you either (1) agree in writing to pay fees up
to $210.00, (2) narrow the scope of your request to reduce fees, or (3)
provide information showing that you qualify as a representative of the news
media, in which case search fees would not apply. If we do not hear from you
within 20 workdays of the date of this email, we will presume you are no
longer interested and close your request.

As noted in our acknowledgment, material posted on regulations.gov in docket
BOEM-2025-0031 remains outside the scope of your request.

Dana Whitcomb
Government Information Specialist
BOEM FOIA Office
(703) 787-1818
"""
add(fn, D(2026, 10, 13, 9, 40, EDT, 14), 'Dana Whitcomb <dana.whitcomb@boem.gov>', plus('104'), 'BOEM-2026-00873 Fee Estimate',
    '<CAF%s@mail.gmail.com>' % h(fn, 40), Text(txt), cc='BOEM FOIA <boemfoia@boem.gov>',
    inbound=ext('mail-sor-f41.google.com', '209.85.220.41', 'boem.gov'))

# ================================================================ 034 NY DPS extension with date certain (REQ-105)
fn = '034-nydps-extension.eml'
ours = 'FOIL Request: DPS staff investigation records on Con Edison July 2026 heat-wave outages'
NY_ACK = outlook_mid('011-nydps-ack-coned.eml', 'BL0PR09MB4356.namprd09.prod.outlook.com')
txt = """Re: FOIL Request DPS-26-00231

Dear Ms. Raman:

The Department has identified a substantial volume of records responsive to
your request - approximately 3,400 pages of outage reports, staff data
requests and utility responses relating to Case 26-E-0389 - some of which
Consolidated Edison submitted with a request for trade secret protection
under 16 NYCRR 6-1.3. Before those records can be released, the Department
must give Con Edison an opportunity to respond.

Because the Department is unable to grant access to the records within
twenty business days of its acknowledgment of your request, Public Officers
Law section 89(3)(a) requires a written explanation and a date certain. The
Department expects to grant or deny access to the records, in whole or in
part, by November 24, 2026.

Sincerely,

Records Access Officer
New York State Department of Public Service
"""
NY_EXT = outlook_mid(fn, 'BL0PR09MB4356.namprd09.prod.outlook.com')
add(fn, D(2026, 10, 13, 15, 55, EDT, 40), 'DPS Records Access <dps.sm.recordsaccess@dps.ny.gov>', plus('105'), 'RE: [EXTERNAL] ' + ours, NY_EXT,
    Text(txt), irt=NY_ACK, refs=RID('105', '20260911') + ' ' + NY_ACK,
    inbound=ext('mail-bl0gcc02on2127.outbound.protection.office365.us', '198.51.100.140', 'dps.ny.gov'), extra=outlook_sender(fn, ours))

# ================================================================ 035 NY DPS staff out-of-office (REQ-105)
fn = '035-nydps-ooo.eml'
FOLLOW = '<req-105.20261014.1@%s>' % ORG
txt = """I am out of the office through Monday, October 19, with limited access to
email. For FOIL requests and status inquiries, please write to the Records
Access mailbox at dps.sm.recordsaccess@dps.ny.gov. For media inquiries, please
contact the Office of Public Affairs at 518-474-7080.

Gerald Novak
Office of General Counsel
New York State Department of Public Service
"""
add(fn, D(2026, 10, 14, 8, 2, EDT, 7), '"Novak, Gerald (DPS)" <Gerald.Novak@dps.ny.gov>', 'Records Desk <records@powerdesk.example.org>',
    'Automatic reply: [EXTERNAL] RE: [EXTERNAL] ' + ours, outlook_mid(fn, 'BL0PR09MB4356.namprd09.prod.outlook.com'), Text(txt),
    irt=FOLLOW, refs=' '.join([RID('105', '20260911'), NY_ACK, NY_EXT, FOLLOW]),
    inbound=ext('mail-bl0gcc02on2127.outbound.protection.office365.us', '198.51.100.140', 'dps.ny.gov'),
    extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'Content-Language: en-US'])

# ================================================================ 036 CPUC attorney clarification, HTML-only (REQ-115)
fn = '036-cpuc-clarification-html.eml'
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt;color:#000">
<p>Hello Ms. Raman,</p>
<p>I&rsquo;m the attorney handling your Public Records Act request 26-3802 (Electric Safety Citation Program). Before SED starts searching, I want to make sure we look in the right places:</p>
<ol>
<li>Should the request include citations issued to communications infrastructure providers under the same citation program, or only those issued to electrical corporations?</li>
<li>By &ldquo;appeals,&rdquo; do you mean the appeal filings themselves? Those are docketed as K.-series proceedings (for example, K.25-03-009) and are public on the Docket Card, so we would simply point you there. Or are you asking for SED staff&rsquo;s internal analyses of the appeals?</li>
</ol>
<p>Could you reply through the portal or to this email? We will hold the request until we hear back, and the response period will run from your clarification.</p>
<p>Thank you,</p>
<p>Elena Marsh<br>Attorney, Legal Division<br>California Public Utilities Commission<br>505 Van Ness Avenue, San Francisco, CA 94102<br>(415) 703-2015</p>
</div></body></html>"""
add(fn, D(2026, 10, 14, 13, 17, PDT, 50), '"Marsh, Elena" <elena.marsh@cpuc.ca.gov>', INBOX, 'PRA request 26-3802 - scope question',
    outlook_mid(fn, 'BY5PR09MB5519.namprd09.prod.outlook.com'), Text(html, 'html', cte='quoted-printable'),
    inbound=ext('mail-by5gcc02on2091.outbound.protection.office365.us', '198.51.100.77', 'cpuc.ca.gov'),
    extra=outlook_sender(fn, 'PRA request 26-3802 - scope question'))

# ================================================================ 037 NY DPS ack second request (REQ-116), same template
fn = '037-nydps-ack-billing.eml'
ours116 = 'FOIL Request: DPS consumer complaint records on NYSEG and RG&E billing errors, 2025-2026'
txt = """Re: FOIL Request DPS-26-00268

Dear Ms. Raman:

The Department of Public Service received your Freedom of Information Law
(FOIL) request on October 13, 2026. It has been assigned FOIL Request No.
DPS-26-00268.

Your request seeks consumer complaint records concerning billing errors by
New York State Electric & Gas Corporation (NYSEG) and Rochester Gas and
Electric Corporation (RG&E) from January 2025 to the present. Related
filings in Case 25-E-0375 and Case 25-G-0378 are publicly available in the
Department's Document and Matter Management (DMM) system.

The Department is conducting a search for responsive records. We anticipate
that we will be able to grant or deny access to the records, in whole or in
part, on or before November 12, 2026.

Sincerely,

Records Access Officer
New York State Department of Public Service

________________________________
From: Records Desk <records+req-116@powerdesk.example.org>
Sent: Tuesday, October 13, 2026 11:20 AM
To: DPS Records Access <dps.sm.recordsaccess@dps.ny.gov>
Subject: %s

Pursuant to the Freedom of Information Law, please provide records of
consumer complaints to the Department's Office of Consumer Services about
billing errors by NYSEG and RG&E, January 2025 to present, in electronic
form.
""" % ours116
NY2_ACK = outlook_mid(fn, 'BL0PR09MB4356.namprd09.prod.outlook.com')
add(fn, D(2026, 10, 15, 14, 30, EDT, 21), 'DPS Records Access <dps.sm.recordsaccess@dps.ny.gov>', plus('116'), 'RE: [EXTERNAL] ' + ours116, NY2_ACK,
    Text(txt), irt=RID('116', '20261013'), refs=RID('116', '20261013'),
    inbound=ext('mail-bl0gcc02on2127.outbound.protection.office365.us', '198.51.100.140', 'dps.ny.gov'), extra=outlook_sender(fn, ours116))

# ================================================================ 038 GA PSC final, new subject, no threading (REQ-110)
fn = '038-gapsc-final.eml'
txt = """Ms. Raman,

Thank you for your payment of $118.75, received October 9.

The responsive records (1,742 pages of email and attachments) are available
for download at the link below until November 18, 2026:

https://gapsc.sharefile.com/d-s8c41b0e2f7a44d19

Approximately 160 pages were withheld because they were filed and
designated as trade secrets in Docket No. 56310 under Commission Rule
515-3-1-.11, and are exempt from disclosure under O.C.G.A.
50-18-72(a)(34). Personal cell phone numbers of Georgia Power employees were
redacted under O.C.G.A. 50-18-72(a)(20).

This completes the Commission's response to your request.

Tamika Boyd
Open Records Officer
Georgia Public Service Commission
"""
add(fn, D(2026, 10, 19, 11, 45, EDT, 9), 'Tamika Boyd <tboyd@psc.ga.gov>', plus('110'), 'Open Records Request - responsive records (Docket No. 56310)',
    outlook_mid(fn, 'CH0PR05MB8844.namprd05.prod.outlook.com'), Text(txt),
    inbound=ext('mail-ch0pr05on2119.outbound.protection.outlook.com', '203.0.113.122', 'psc.ga.gov'),
    extra=outlook_sender(fn, 'Open Records Request - responsive records (Docket No. 56310)'))

# ================================================================ 039 NRC clarification (REQ-111)
fn = '039-nrc-clarification.eml'
txt = """Good morning,

I am the FOIA specialist assigned to your request NRC-2026-000455, which
seeks all communications between NRC Region III staff and Holtec regarding
the restart of the Palisades Nuclear Plant.

Much of that correspondence is docketed under Docket No. 50-255 and is
already publicly available in ADAMS - for example, the restart readiness
inspection reports (IR 05000255/2026-001 and -002) and the confirmatory
action letter (ADAMS Accession No. ML26058A310). To make sure our search is
useful to you, could you please confirm:

  1. whether you are seeking only non-docketed communications (emails,
     text messages, meeting notes), and
  2. whether we may limit the search to the Division of Operating Reactor
     Safety and members of the Palisades Restart Panel.

Your request is on hold while we wait for your answer, and the time for
responding to it will resume when we receive your clarification. If we do
not hear from you within 20 working days, we will assume you are no longer
interested in these records and will administratively close the request.

Thank you,

Sharon Delacroix
Government Information Specialist
FOIA, Library, and Information Collections Branch
U.S. Nuclear Regulatory Commission
301-415-0622
"""
add(fn, D(2026, 10, 20, 11, 8, EDT, 33), '"Delacroix, Sharon" <Sharon.Delacroix@nrc.gov>', INBOX, 'NRC-2026-000455 - Request for Clarification',
    outlook_mid(fn, 'SA1PR09MB11093.namprd09.prod.outlook.com'), Text(txt),
    inbound=ext('mail-dm6gcc02on2101.outbound.protection.office365.us', '198.51.100.23', 'nrc.gov'),
    extra=outlook_sender(fn, 'NRC-2026-000455 - Request for Clarification'))

# ================================================================ 040 CPUC NextRequest portal notice (REQ-101)
fn = '040-cpuc-nextrequest-updated.eml'
html = nextrequest_html("""<p>Request <b>#26-3417</b> has been updated.</p>
<p>Log in to the portal to view the latest activity on your request.</p>
<p><a href="https://cpuc.nextrequest.com/requests/26-3417">View request</a></p>""")
add(fn, D(2026, 10, 20, 9, 12, PDT, 27), NR, INBOX, 'Request #26-3417 has been updated', '<%s.a1@geopod-ismtpd-3.mail.nextrequest.com>' % h(fn, 22),
    Text(html, 'html', cte='quoted-printable'), inbound=NR_IN, extra=NR_X)

# ================================================================ 041 JustFOIA generic update, no county, no number (REQ-112; not placeable)
fn = '041-justfoia-update-unplaceable.eml'
html = justfoia_html('Your request has been updated', [('Update', 'A document was added to your request.')],
                     message='Sign in to the public portal to view documents and messages related to your request.',
                     link='https://www.justfoia.com/publicportal/requests/8f3c2d71-5a0e-4b9c-9e16-c07b1fa2d4e3')
add(fn, D(2026, 10, 21, 16, 4, EDT, 58), JF, INBOX, 'Your request has been updated', jf_mid(fn),
    Text(html, 'html', cte='quoted-printable'), inbound=JF_IN, extra=['Auto-Submitted: auto-generated'])

# ================================================================ 042 ICC no records (REQ-117) - appeal window lands on Christmas
fn = '042-icc-no-records.eml'
ours117 = 'FOIA Request: ICC audits of Ameren Illinois vegetation management, 2025'
txt = """Dear Ms. Raman:

The Illinois Commerce Commission received your Freedom of Information Act
request on October 19, 2026, for audits of Ameren Illinois Company's
vegetation management program conducted in 2025. Your request has been
assigned FOIA-26-344.

Staff of the Safety and Reliability Division searched the Division's audit
files, the Division's shared drives and the email of the engineers assigned
to Ameren Illinois. The Commission did not conduct or commission an audit of
Ameren Illinois' vegetation management program in 2025, and the search
located no records responsive to your request.

You may be interested in Ameren Illinois' annual reliability report and
Staff's assessment of it, which are filed in Docket No. 25-0574 and are
publicly available on e-Docket.

You have a right to seek review of this response by the Public Access
Counselor (PAC) of the Office of the Attorney General, 500 S. Second Street,
Springfield, Illinois 62701, public.access@ilag.gov, (877) 299-3642, within
60 days of the date of this letter (5 ILCS 140/9.5(a)). You also have the
right to seek judicial review under Section 11 of the Act.

Sincerely,

Jordan Pruitt
FOIA Officer
Illinois Commerce Commission
"""
add(fn, D(2026, 10, 26, 10, 10, CDT, 16), 'ICC FOIA <icc.foia@illinois.gov>', plus('117'), 'RE: [External] ' + ours117,
    outlook_mid(fn, 'SA0PR09MB6170.namprd09.prod.outlook.com'), Text(txt), irt=RID('117', '20261019'), refs=RID('117', '20261019'),
    inbound=ext('mail-sa0gcc02on2130.outbound.protection.office365.us', '198.51.100.92', 'illinois.gov'), extra=outlook_sender(fn, '[External] ' + ours117))

# ================================================================ 043 BOEM extension (REQ-114) plain text letter
fn = '043-boem-extension-bbg1.eml'
txt = """Dear Ms. Raman:

RE: Freedom of Information Act Request No. BOEM-2026-00951

This concerns your FOIA request received by the Bureau of Ocean Energy
Management on September 29, 2026, for records of BOEM's bid adequacy review
for Lease Sale BBG1.

We are taking a 10-workday extension under 43 CFR 2.19 because unusual
circumstances apply: the responsive records include proprietary geological
and geophysical information and bid information submitted by companies, and
we must give those submitters notice and an opportunity to object before we
make a release determination (43 CFR 2.27), and we need to consult with the
Office of the Solicitor.

We anticipate that we will need more than 10 additional workdays. Our current
estimated date for completing your request is January 29, 2027. You may
narrow the scope of your request or arrange an alternative time frame by
contacting our office. You may also seek dispute resolution services from our
FOIA Public Liaison or from the Office of Government Information Services
(OGIS), National Archives and Records Administration, ogis@nara.gov,
202-741-5770 or 1-877-684-6448.

BOEM FOIA Office
Bureau of Ocean Energy Management
45600 Woodland Road, Sterling, VA 20166
(703) 787-1818 | boemfoia@boem.gov
"""
add(fn, D(2026, 10, 27, 10, 0, EDT, 45), 'BOEM FOIA <boemfoia@boem.gov>', INBOX, 'BOEM-2026-00951 - Notice of Unusual Circumstances',
    '<CAF%s@mail.gmail.com>' % h(fn, 40), Text(txt), inbound=ext('mail-sor-f69.google.com', '209.85.220.69', 'boem.gov'))

# ================================================================ 044 ICC final with withholdings, PDF (REQ-108)
fn = '044-icc-final-pdf.eml'
ours = 'FOIA Request: ICC staff records on Peoples Gas pipeline retirement program compliance, 2025-2026'
letter = """ILLINOIS COMMERCE COMMISSION
527 East Capitol Avenue, Springfield, Illinois 62701

October 27, 2026

Priya Raman
Powerdesk News
Via email

Re: FOIA-26-318 - Final Response

Dear Ms. Raman:

This is the Commission's final response to your Freedom of Information Act request received September 16, 2026, for Staff compliance reviews, audit workpapers and correspondence with Peoples Gas Light and Coke Company regarding the Pipeline Retirement Program. The first installment (24 pages) was provided on September 30, 2026.

Enclosed with this response are 187 additional pages. Portions of these records have been withheld as follows:

1. Section 7(1)(f), 5 ILCS 140/7(1)(f): preliminary drafts, notes, recommendations and other records in which opinions are expressed or policies are formulated. Staff's draft audit findings and internal recommendation memoranda (31 pages) are withheld in part.

2. Section 7(1)(g), 5 ILCS 140/7(1)(g): trade secrets and commercial or financial information obtained from a business where the information was furnished under a claim that it is proprietary, privileged or confidential. Peoples Gas' contractor unit pricing and pipe-segment risk scores, submitted under 220 ILCS 5/4-404, are redacted (18 pages).

Public filings in Docket No. 26-0381 are available on e-Docket and are not duplicated here.

You have a right to seek review of this response by the Public Access Counselor of the Office of the Attorney General, 500 S. Second Street, Springfield, Illinois 62701, (877) 299-3642, public.access@ilag.gov. A request for review must be filed within 60 days after the date of this final denial (5 ILCS 140/9.5(a)). You also have the right to seek judicial review under Section 11 of the Act.

Sincerely,

Jordan Pruitt
FOIA Officer
Illinois Commerce Commission"""
txt = """Ms. Raman,

Attached is the Commission's final response to your request, with the
remaining records. This closes the request.

Jordan Pruitt
FOIA Officer
Illinois Commerce Commission
"""
add(fn, D(2026, 10, 27, 14, 40, CDT, 22), 'ICC FOIA <icc.foia@illinois.gov>', plus('108'), 'RE: [External] ' + ours + ' - Final Response',
    outlook_mid(fn, 'SA0PR09MB6170.namprd09.prod.outlook.com'),
    Multi('mixed', [Text(txt), Attach('application/pdf', 'FOIA-26-318 Final Response.pdf', pdf(letter.split('\n'), 'FOIA-26-318 Final Response'))], B(fn)),
    irt=ICC_INT, refs=' '.join([RID('108', '20260916'), ICC_EXT, ICC_INT]),
    inbound=ext('mail-sa0gcc02on2130.outbound.protection.office365.us', '198.51.100.92', 'illinois.gov', attach=True),
    extra=outlook_sender(fn, '[External] ' + ours))

# ================================================================ 045 colleague forwards DPS clarification as attachment (REQ-116)
fn = '045-fwd-attached-nydps-clarification.eml'
inner = """Received: from BL0PR09MB4356.namprd09.prod.outlook.com (2001:489a:200:187::6) by
 DM6PR09MB5221.namprd09.prod.outlook.com with HTTPS; Wed, 28 Oct 2026 13:05:44 +0000
From: DPS Records Access <dps.sm.recordsaccess@dps.ny.gov>
To: Maya Okonkwo <mokonkwo@powerdesk.example.org>
Subject: FOIL DPS-26-00268 - clarification needed
Thread-Topic: FOIL DPS-26-00268 - clarification needed
Date: Wed, 28 Oct 2026 09:05:41 -0400
Message-ID: <BL0PR09MB4356C0FFEE2026A1@BL0PR09MB4356.namprd09.prod.outlook.com>
References: <req-116.20261013.1@powerdesk.example.org>
Content-Language: en-US
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Ms. Okonkwo,

You are listed as the contact for FOIL Request DPS-26-00268 (consumer
complaints about NYSEG and RG&E billing errors).

Complaints to the Office of Consumer Services are kept as individual case
files that contain customers' names, addresses, account numbers and, often,
medical or payment-hardship information. Before we proceed, please clarify
whether you are seeking:

  (a) the individual complaint files, which would require extensive
      redaction and would take considerably longer; or
  (b) aggregate figures, such as counts of billing complaints by month and
      by utility, to the extent the Department has such a record.

Please note that the Department is not required to create a new record in
response to a FOIL request. We will hold the request until we hear from you.

Records Access Officer
New York State Department of Public Service
"""
note = """Forwarding as an attachment for the log. DPS wrote to me rather than the
desk. I think (b) aggregate by month is what we want - Priya, can you answer
them from the records inbox so it stays on the thread?

Maya

Maya Okonkwo | Reporter, Powerdesk News
"""
add(fn, D(2026, 10, 28, 10, 20, EDT, 13), 'Maya Okonkwo <mokonkwo@powerdesk.example.org>', 'Records Desk <records@powerdesk.example.org>',
    'FW: FOIL DPS-26-00268 - clarification needed', outlook_mid(fn, 'SJ0PR12MB6781.namprd12.prod.outlook.com'),
    Multi('mixed', [Text(note), Raw('message/rfc822', inner, ['Content-Disposition: attachment;\n\tfilename="FOIL DPS-26-00268 - clarification needed.eml"'])], B(fn)),
    inbound=dict(internal=True, has_attach=True), extra=outlook_sender(fn, 'FOIL DPS-26-00268 - clarification needed'))

# ================================================================ 046 DOI PAL status change (REQ-114) portal notice
fn = '046-doi-pal-status-boem-bbg1.eml'
txt = """The status of your FOIA request has changed.

Request Number: BOEM-2026-00951
New Status:     In Process - Submitter Notice
Office:         Bureau of Ocean Energy Management (BOEM)

Log in to the Public Access Link (PAL) to view details.

This is a system-generated message. Please do not reply.
U.S. Department of the Interior - FOIA Public Access Link
"""
add(fn, D(2026, 11, 2, 13, 20, EST, 5), 'DOI FOIA Public Access Link <foia-pal-noreply@doi.gov>', INBOX, 'Status update for request BOEM-2026-00951',
    '<%s.JavaMail.foiapal@pal.doi.gov>' % h(fn, 20), Text(txt), inbound=ext('smtp-pal.doi.gov', '192.0.2.150', 'doi.gov'),
    extra=['Auto-Submitted: auto-generated'])

# ================================================================ 047 Appling closed for non-payment (REQ-113) -> other
fn = '047-justfoia-appling-closed-unpaid.eml'
html = justfoia_html('Request R-2026-0101 Closed', [
    ('Request #', 'R-2026-0101'), ('Status', 'Closed'), ('Closure Reason', 'Invoice not paid')],
    message='This request is being closed because payment of invoice INV-2026-0044 was not received within 30 days of the date it was issued. If you still wish to obtain these records, you may submit a new request at any time.<br><br>Office of the County Clerk, Appling County, Georgia',
    link='https://applingcountyga.justfoia.com/publicportal/home/track')
add(fn, D(2026, 11, 3, 9, 30, EST, 40), JF, INBOX, 'Request R-2026-0101 has been closed', jf_mid(fn),
    Text(html, 'html', cte='quoted-printable'), inbound=JF_IN, extra=['Auto-Submitted: auto-generated'])

# ================================================================ 048 ACC final, letter as .docx stand-in; number only in file name (REQ-109)
fn = '048-acc-final-docx.eml'
docx = """ARIZONA CORPORATION COMMISSION
1200 West Washington Street, Phoenix, Arizona 85007

November 3, 2026

Priya Raman
Powerdesk News
records+req-109@powerdesk.example.org

Re: Public Records Request received September 17, 2026

Dear Ms. Raman:

The Arizona Corporation Commission has completed its response to your request for correspondence between Commission staff and Arizona Public Service Company (APS) concerning the proposed large-load (data center) tariff.

Records released: 398 pages of email and attachments, provided through the download link in the accompanying email.

Records withheld: Fourteen (14) pages consisting of communications between Utilities Division staff and attorneys in the Commission's Legal Division seeking or providing legal advice about the tariff have been withheld under the attorney-client privilege and the work-product doctrine, which are recognized exceptions to disclosure under Arizona's public records law. In addition, customer-specific load data that APS provided under the protective agreement in Docket No. E-01345A-25-0132 has been redacted from six pages.

If you believe any record has been wrongly withheld, you may bring a special action in superior court under A.R.S. § 39-121.02.

Sincerely,

Lorena Castillo
Records Management Section"""
txt = """Ms. Raman,

Thank you for your payment of $39.80 (398 pages at $0.10), received
October 27. The released records can be downloaded here through December 3:

https://azcc.sharefile.com/d-s41f7c09a2be4c6c8

The Commission's response letter is attached.

Lorena Castillo
Records Management Section
Arizona Corporation Commission
"""
add(fn, D(2026, 11, 3, 13, 15, MST, 3), 'Lorena Castillo <lcastillo@azcc.gov>', plus('109'), 'Records - Public Records Request (APS large-load tariff)',
    outlook_mid(fn, 'BYAPR05MB4471.namprd05.prod.outlook.com'),
    Multi('mixed', [Text(txt), Attach('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'PRR 2026-087 Response Letter.docx', docx.encode('utf-8'))], B(fn)),
    inbound=ext('mail-byapr05on2091.outbound.protection.outlook.com', '203.0.113.88', 'azcc.gov', attach=True),
    extra=outlook_sender(fn, 'Records - Public Records Request (APS large-load tariff)'))

# ================================================================ 049 Burke closure = denial in full (REQ-112); same subject template as 047
fn = '049-justfoia-burke-closed-denial.eml'
html = justfoia_html('Request R-2026-0093 Closed', [
    ('Request #', 'R-2026-0093'), ('Status', 'Closed'), ('Closure Reason', 'Records exempt from disclosure')],
    message='Ms. Raman,<br><br>After review with Southern Nuclear Operating Company and the Georgia Emergency Management and Homeland Security Agency, Burke County has determined that the records responsive to your request &ndash; the alert and notification siren test and maintenance logs and the after-action reports for off-site emergency exercises at Plant Vogtle &ndash; are exempt from disclosure under O.C.G.A. &sect; 50-18-72(a)(25)(A), which covers security plans, vulnerability assessments and emergency response plans whose disclosure would compromise security against sabotage or criminal or terrorist acts. The records are withheld in their entirety.<br><br>General information about the siren system and emergency planning zone is available in the Plant Vogtle public emergency information calendar distributed by Southern Nuclear.<br><br>Deborah Few<br>Deputy County Clerk, Burke County Board of Commissioners',
    link='https://burkecountyga.justfoia.com/publicportal/home/track')
add(fn, D(2026, 11, 10, 11, 20, EST, 19), JF, INBOX, 'Request R-2026-0093 has been closed', jf_mid(fn),
    Text(html, 'html', cte='quoted-printable'), inbound=JF_IN, extra=['Auto-Submitted: auto-generated'])

# ================================================================ 050 colleague forward (Outlook inline header block) of BOEM referral (REQ-104)
fn = '050-fwd-boem-referral.eml'
txt = """FYI for the log - BOEM sent this to me instead of the desk. They've
referred part of the Empire Wind records to BSEE and to the Secretary's
office, so we'll be getting separate numbers from those two.

-Maya

________________________________
From: Whitcomb, Dana <dana.whitcomb@boem.gov>
Sent: Thursday, November 12, 2026 2:41 PM
To: Maya Okonkwo <mokonkwo@powerdesk.example.org>
Cc: BOEM FOIA <boemfoia@boem.gov>
Subject: BOEM-2026-00873 - Referral of Records

Ms. Okonkwo,

In processing FOIA request BOEM-2026-00873, we located 214 pages of records
that originated with the Bureau of Safety and Environmental Enforcement
(BSEE) and 37 pages that originated with the Office of the Secretary (OS).
In accordance with 43 CFR 2.13, we have referred those records to BSEE and
OS for a release determination and direct response to you. BSEE has
assigned tracking number BSEE-2026-00140 and OS has assigned
OS-2026-01877; please contact those offices directly about the referred
records.

BOEM continues to process the remaining records and expects to send a first
interim release in December. Thank you for confirming your willingness to
pay fees up to $210.00 and for the information on your news media status;
we have updated your fee category accordingly.

Dana Whitcomb
Government Information Specialist
BOEM FOIA Office
"""
add(fn, D(2026, 11, 12, 16, 5, EST, 31), 'Maya Okonkwo <mokonkwo@powerdesk.example.org>', 'Records Desk <records@powerdesk.example.org>',
    'FW: BOEM-2026-00873 - Referral of Records', outlook_mid(fn, 'SJ0PR12MB6781.namprd12.prod.outlook.com'), Text(txt),
    inbound=dict(internal=True), extra=outlook_sender(fn, 'BOEM-2026-00873 - Referral of Records'))

# ================================================================ 051 FERC denial in full, PDF (REQ-107); appeal window ends on Presidents Day
fn = '051-ferc-denial-dam-safety-pdf.eml'
letter = """FEDERAL ENERGY REGULATORY COMMISSION
WASHINGTON, DC 20426

OFFICE OF EXTERNAL AFFAIRS

November 17, 2026

Ms. Priya Raman
Powerdesk News
Via email: records@powerdesk.example.org

Re: FOIA No. FY26-311

Dear Ms. Raman:

This letter responds to your Freedom of Information Act (FOIA) request received September 15, 2026, seeking dam safety inspection reports, deficiency letters and related correspondence for Commission-licensed hydroelectric projects in Michigan from January 1, 2020 to the present.

A search of the records of the Division of Dam Safety and Inspections, Chicago Regional Office, located 41 inspection reports, 17 deficiency letters and associated correspondence, totaling approximately 1,260 pages, concerning Project Nos. P-10615, P-2436 and P-2785. Each of these records contains detailed engineering and vulnerability information about dams and appurtenant structures that the Commission has designated as Critical Energy/Electric Infrastructure Information (CEII).

The records are withheld in their entirety under FOIA Exemption 3, 5 U.S.C. § 552(b)(3), because section 215A(d)(1) of the Federal Power Act, 16 U.S.C. § 824o-1(d)(1), exempts CEII from disclosure under the FOIA, and under Exemption 7(F), 5 U.S.C. § 552(b)(7)(F), because release could reasonably be expected to endanger the life or physical safety of individuals living downstream of these structures. We have reviewed the records and determined that no reasonably segregable, non-exempt portions can be released.

You may request access to CEII by submitting a CEII request and non-disclosure agreement under 18 CFR 388.113. Public information about these projects, including license orders, is available in eLibrary.

You may appeal this determination by writing to the General Counsel, Federal Energy Regulatory Commission, 888 First Street, NE, Washington, DC 20426, or by email to foia-ceii@ferc.gov, within 90 days of the date of this letter, in accordance with 18 CFR 388.110. Please mark your appeal "Freedom of Information Act Appeal."

You may contact our FOIA Public Liaison, Leonard Ames, at 202-502-8389 for further assistance, or the Office of Government Information Services (OGIS) at the National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.

Sincerely,

Denise A. Hartwell
Director, Office of External Affairs"""
txt = """Please see the attached determination letter regarding your FOIA request.

FOIA/CEII Team
Federal Energy Regulatory Commission
"""
add(fn, D(2026, 11, 17, 10, 30, EST, 12), 'FOIA-CEII <foia-ceii@ferc.gov>', INBOX, 'FOIA No. FY26-311 - Determination',
    outlook_mid(fn, 'DM8PR09MB6642.namprd09.prod.outlook.com'),
    Multi('mixed', [Text(txt), Attach('application/pdf', 'FY26-311 Determination.pdf', pdf(letter.split('\n'), 'FOIA Determination'))], B(fn)),
    inbound=ext('mail-bn8gcc02on2098.outbound.protection.office365.us', '192.0.2.44', 'ferc.gov', attach=True),
    extra=outlook_sender(fn, 'FOIA No. FY26-311 - Determination'))

# ================================================================ 052 CPUC NextRequest closed: final with redactions (REQ-101)
fn = '052-cpuc-nextrequest-closed-final.eml'
html = nextrequest_html("""<p>Your California Public Utilities Commission record request <b>#26-3417</b> has been closed.</p>
<p><b>Closure reason:</b> Records released (partial)</p>
<p><b>Message from the California Public Utilities Commission:</b></p>
<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:10px">The CPUC has completed its response to your request. Today&rsquo;s final production (41 documents) contains SED&rsquo;s review notes, deficiency findings and data requests concerning PG&amp;E&rsquo;s 2025 and 2026 PSPS post-event reports, together with PG&amp;E&rsquo;s data responses. Portions have been redacted: customer names and medical baseline status are withheld under Gov. Code &sect; 7927.705 and Public Utilities Code &sect; 8386; information PG&amp;E designated confidential under General Order 66-D (circuit-level critical infrastructure details) is withheld under Pub. Util. Code &sect; 583 and Gov. Code &sect; 7927.705. No other records were withheld.<br>&mdash; Elena Marsh, Attorney, Legal Division</blockquote>
<p><a href="https://cpuc.nextrequest.com/requests/26-3417">View documents</a></p>""")
add(fn, D(2026, 11, 19, 15, 20, PST, 38), NR, INBOX, 'Your California Public Utilities Commission record request #26-3417 has been closed',
    '<%s.a1@geopod-ismtpd-4.mail.nextrequest.com>' % h(fn, 22), Text(html, 'html', cte='quoted-printable'), inbound=NR_IN, extra=NR_X)

# ================================================================ 053 NY DPS no records, letter as .docx stand-in (REQ-116)
fn = '053-nydps-no-records-docx.eml'
OUR_CLAR = '<req-116.20261029.1@%s>' % ORG
docx = """STATE OF NEW YORK
DEPARTMENT OF PUBLIC SERVICE
THREE EMPIRE STATE PLAZA, ALBANY, NY 12223-1350

November 20, 2026

Priya Raman
Powerdesk News
Via email

Re: FOIL Request DPS-26-00268

Dear Ms. Raman:

This responds to your Freedom of Information Law request received October 13, 2026, as clarified by your email of October 29, 2026, in which you asked for aggregate counts of consumer complaints about billing errors by New York State Electric & Gas Corporation and Rochester Gas and Electric Corporation, by month, from January 2025 to the present.

The Department's complaint tracking system classifies complaints by broad category (for example, "billing/charges"), but it does not contain, and the Department does not maintain, a report or other record that compiles complaints about billing errors by month and by utility. Public Officers Law § 89(3)(a) does not require an agency to prepare a record not in its possession or maintained by it. Accordingly, after a diligent search, the Department has no records responsive to your request as clarified.

The Department publishes monthly complaint rates per 100,000 customers for each major utility on its website; those figures are not broken out by complaint type.

You may appeal this determination within 30 days by writing to: Records Access Appeals Officer, New York State Department of Public Service, Three Empire State Plaza, Albany, New York 12223-1350, or by email to dps.sm.foilappeals@dps.ny.gov. The appeals officer will respond within ten business days of receipt of an appeal.

Sincerely,

Records Access Officer"""
txt = """Ms. Raman,

Please see the attached determination regarding FOIL Request DPS-26-00268.

Records Access Officer
New York State Department of Public Service
"""
add(fn, D(2026, 11, 20, 14, 10, EST, 47), 'DPS Records Access <dps.sm.recordsaccess@dps.ny.gov>', plus('116'),
    'RE: [EXTERNAL] RE: FOIL DPS-26-00268 - clarification needed', outlook_mid(fn, 'BL0PR09MB4356.namprd09.prod.outlook.com'),
    Multi('mixed', [Text(txt), Attach('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'DPS-26-00268 Determination.docx', docx.encode('utf-8'))], B(fn)),
    irt=OUR_CLAR, refs=RID('116', '20261013') + ' <BL0PR09MB4356C0FFEE2026A1@BL0PR09MB4356.namprd09.prod.outlook.com> ' + OUR_CLAR,
    inbound=ext('mail-bl0gcc02on2127.outbound.protection.office365.us', '198.51.100.140', 'dps.ny.gov', attach=True),
    extra=outlook_sender(fn, 'FOIL DPS-26-00268 - clarification needed'))

# ================================================================ 054 NY DPS final, granted in part (REQ-105)
fn = '054-nydps-final-coned.eml'
ours = 'FOIL Request: DPS staff investigation records on Con Edison July 2026 heat-wave outages'
txt = """Re: FOIL Request DPS-26-00231

Dear Ms. Raman:

Your request is granted in part. 2,911 pages of records are available at the
secure file transfer link below until December 24, 2026:

https://sft.dps.ny.gov/link/7Q2mX4vRkT

The following information has been withheld or redacted:

  - Con Edison's feeder-level network maps and outage management system
    extracts, which the Department determined on November 9, 2026 to be
    trade secret and critical infrastructure information under 16 NYCRR
    6-1.3, are withheld under Public Officers Law sections 87(2)(d) and
    87(2)(f);
  - draft staff analyses and recommendations that are not final agency
    policy or determinations are withheld under section 87(2)(g); and
  - personal cell phone numbers of utility employees are redacted under
    section 87(2)(b).

Records already filed in Case 26-E-0389 are available in DMM and were not
duplicated.

You may appeal this determination within 30 days by writing to the Records
Access Appeals Officer, New York State Department of Public Service, Three
Empire State Plaza, Albany, New York 12223-1350, or by email to
dps.sm.foilappeals@dps.ny.gov.

Sincerely,

Records Access Officer
New York State Department of Public Service
"""
html = '<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">' + ''.join(
    '<p>%s</p>' % p.replace('&', '&amp;').replace('\n', ' ') for p in txt.strip().split('\n\n')) + '</div></body></html>'
add(fn, D(2026, 11, 24, 15, 45, EST, 26), 'DPS Records Access <dps.sm.recordsaccess@dps.ny.gov>', plus('105'), 'RE: [EXTERNAL] ' + ours,
    outlook_mid(fn, 'BL0PR09MB4356.namprd09.prod.outlook.com'), Multi('alternative', [Text(txt), Text(html, 'html', cte='quoted-printable')], B(fn)),
    irt=NY_EXT, refs=' '.join([RID('105', '20260911'), NY_ACK, NY_EXT]),
    inbound=ext('mail-bl0gcc02on2127.outbound.protection.office365.us', '198.51.100.140', 'dps.ny.gov'), extra=outlook_sender(fn, ours))

# ================================================================ 055 CPUC NextRequest closed: no responsive records (REQ-115), same template as 052
fn = '055-cpuc-nextrequest-closed-no-records.eml'
html = nextrequest_html("""<p>Your California Public Utilities Commission record request <b>#26-3802</b> has been closed.</p>
<p><b>Closure reason:</b> No responsive records</p>
<p><b>Message from the California Public Utilities Commission:</b></p>
<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:10px">Thank you for your October 16 clarification (citations issued to electrical corporations only; SED staff analyses of citation appeals). The citations themselves are posted on the CPUC&rsquo;s Electric Safety Citations web page, and the appeal filings are public in the K.-series proceedings, so they are not reproduced here. SED searched its enforcement files and the email of the staff assigned to the appeals and located no separate staff analyses of the appeals; SED&rsquo;s positions are set out in its filed responses in those proceedings. Accordingly, the CPUC has no records responsive to the remaining part of your request.<br>&mdash; Elena Marsh, Attorney, Legal Division</blockquote>
<p><a href="https://cpuc.nextrequest.com/requests/26-3802">View request</a></p>""")
add(fn, D(2026, 12, 1, 11, 0, PST, 9), NR, INBOX, 'Your California Public Utilities Commission record request #26-3802 has been closed',
    '<%s.a1@geopod-ismtpd-2.mail.nextrequest.com>' % h(fn, 22), Text(html, 'html', cte='quoted-printable'), inbound=NR_IN, extra=NR_X)

# ================================================================ 056 NRC final response, NRC Form 464 in PDF (REQ-103)
fn = '056-nrc-final-form464-pdf.eml'
letter = """NRC FORM 464 Part I                     U.S. NUCLEAR REGULATORY COMMISSION
RESPONSE TO FREEDOM OF INFORMATION ACT (FOIA) REQUEST

FOIA Number: NRC-2026-000412          Response Number: 1
Response Type:  [ ] INTERIM   [X] FINAL

Requester: Priya Raman, Powerdesk News          Date: 12/08/2026

Description of Requested Records:
Inspection findings, allegation records and related correspondence concerning the license renewal of Diablo Canyon Power Plant, Units 1 and 2 (Docket Nos. 50-275 and 50-323), January 1, 2024 to the present.

PART I. -- INFORMATION RELEASED
[X] Agency records subject to the request are enclosed. Released records (412 pages) are also available in public ADAMS under package Accession No. ML26336A118, including inspection report IR 05000275/2026-003 and the enforcement correspondence in EA-26-017.
[ ] Records subject to the request have been referred to another Federal agency.

PART I.A -- FEES
[X] Since the minimum fee threshold was not met, you will not be charged fees.

PART I.B -- INFORMATION NOT LOCATED OR WITHHELD FROM DISCLOSURE
[X] We have withheld certain information pursuant to the FOIA exemptions described, and for the reasons stated, in Part II.
Note: Agencies may treat three discrete categories of law enforcement and national security records as not subject to the FOIA ("exclusions"). 5 U.S.C. 552(c). This is a standard notification given to all requesters; it should not be taken to mean that any excluded records do, or do not, exist.

PART I.C -- COMMENTS
This completes the NRC's processing of your request.

PART I.D -- RIGHTS AND CONTACTS
You may appeal this final determination within 90 calendar days of the date of this response by sending a letter or email to the FOIA Officer, at U.S. Nuclear Regulatory Commission, Washington, D.C. 20555-0001, or FOIA.Resource@nrc.gov. Please be sure to include on your letter or email that it is a "FOIA Appeal." You have the right to seek assistance from the NRC's FOIA Public Liaison (301-415-7169) or from the Office of Government Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, MD 20740-6001, ogis@nara.gov, 202-741-5770.

NRC FORM 464 Part II
APPLICABLE EXEMPTIONS
[X] Exemption 5: The withheld information is protected by the deliberative process privilege (predecisional Allegation Review Board notes and draft inspection findings that were not adopted).
[X] Exemption 6: The withheld information consists of names and other personally identifying information whose disclosure would constitute a clearly unwarranted invasion of personal privacy.
[X] Exemption 7(C): The withheld information consists of the identities of allegers and individuals interviewed during allegation follow-up, compiled for law enforcement purposes.
Pages withheld in part: 63. Pages withheld in full: 9.

Signature - FOIA Officer:  Andrea Whitlock"""
txt = """Please see the attached response to your Freedom of Information Act request.
Released records are available in public ADAMS under the package accession
number listed in the response.

FOIA, Library, and Information Collections Branch
U.S. Nuclear Regulatory Commission
"""
add(fn, D(2026, 12, 8, 14, 26, EST, 41), 'FOIA Resource <FOIA.Resource@nrc.gov>', INBOX, 'NRC FOIA Response - NRC-2026-000412 - Final',
    outlook_mid(fn, 'SA1PR09MB11093.namprd09.prod.outlook.com'),
    Multi('mixed', [Text(txt), Attach('application/pdf', 'NRC-2026-000412 Final Response.pdf', pdf(letter.split('\n'), 'NRC Form 464'))], B(fn)),
    inbound=ext('mail-dm6gcc02on2101.outbound.protection.office365.us', '198.51.100.23', 'nrc.gov', attach=True),
    extra=outlook_sender(fn, 'NRC FOIA Response - NRC-2026-000412 - Final'))

# ================================================================ 057 PUCT denial after AG ruling (REQ-106); ruling number is not a tracking number
fn = '057-puct-denial-after-ag-ruling.eml'
ruling = """OFFICE OF THE ATTORNEY GENERAL
STATE OF TEXAS

December 4, 2026

Mr. Marcus Webb
Attorney, Legal Division
Public Utility Commission of Texas
P.O. Box 13326
Austin, Texas 78711-3326

OR2026-028817

Dear Mr. Webb:

You ask whether certain information is subject to required public disclosure under the Public Information Act (the "Act"), chapter 552 of the Government Code. Your request was assigned ID# 2026-0418871.

The Public Utility Commission of Texas (the "commission") received a request for weatherization inspection reports, checklists and notices of violation for electric generation resources for the 2025-2026 winter season. You claim the submitted information is excepted from disclosure under sections 552.101 and 552.110 of the Government Code. We have considered the exceptions you claim and reviewed the submitted representative sample of information.

Section 552.101 excepts from disclosure information considered to be confidential by law, including section 418.181 of the Government Code, which makes confidential those documents that identify the technical details of particular vulnerabilities of critical infrastructure to an act of terrorism. Upon review, we find the submitted inspection reports, checklists and notices identify technical details of particular vulnerabilities of generation facilities. Accordingly, the commission must withhold the submitted information under section 552.101 in conjunction with section 418.181. As our ruling is dispositive, we need not address your remaining argument.

This letter ruling is limited to the particular information at issue in this request and limited to the facts as presented to us.

Sincerely,

Open Records Division"""
txt = """Ms. Raman,

Re: PIR 26-0412

On December 4, 2026, the Office of the Attorney General issued Open Records
Letter Ruling OR2026-028817 (copy attached) on the Commission's request for a
decision. The Attorney General concluded that the Commission must withhold
the weatherization inspection reports, checklists and notices of violation
in their entirety under Government Code section 552.101 in conjunction with
section 418.181.

In accordance with the ruling, the requested information is withheld in
full, and no records will be released. This concludes the Commission's
response to your request. Questions about the ruling may be directed to the
Attorney General's Open Government Hotline at (512) 478-6736.

Marcus Webb
Attorney, Legal Division
Public Utility Commission of Texas
"""
add(fn, D(2026, 12, 10, 9, 45, CST, 50), 'Marcus Webb <marcus.webb@puc.texas.gov>', plus('106'),
    'PIR 26-0412 - Response following Attorney General ruling OR2026-028817', outlook_mid(fn, 'SN4PR0901MB2207.namprd09.prod.outlook.com'),
    Multi('mixed', [Text(txt), Attach('application/pdf', 'OR2026-028817.pdf', pdf(ruling.split('\n'), 'OR2026-028817'))], B(fn)),
    inbound=ext('mail-sn1gcc02on2112.outbound.protection.office365.us', '203.0.113.61', 'puc.texas.gov', attach=True),
    extra=outlook_sender(fn, 'PIR 26-0412 - Response following Attorney General ruling OR2026-028817'))

# ================================================================ 058 BOEM first interim, mentions appeal rights (REQ-104)
fn = '058-boem-interim.eml'
txt = """Dear Ms. Raman:

RE: Freedom of Information Act Request No. BOEM-2026-00873 - First Interim Response

This is BOEM's first interim response to your request for records
concerning the Empire Wind 1 stop-work order (Lease OCS-A 0512).

We have reviewed 326 pages. 301 pages are released in full and 25 pages are
released in part. The redacted information is withheld under:

  - Exemption 5, 5 U.S.C. 552(b)(5), deliberative process privilege:
    draft briefing papers and staff recommendations prepared for the
    Office of the Secretary before the decision to lift the order; and
  - Exemption 6, 5 U.S.C. 552(b)(6): personal mobile phone numbers and
    personal email addresses of lessee employees.

The 251 pages we referred to BSEE and the Office of the Secretary on
November 12 will be answered directly by those offices. We are continuing
to process the remaining records and anticipate completing our response to
your request by March 31, 2027.

You may appeal the withholdings in this interim response to the Department
of the Interior's FOIA/Privacy Act Appeals Officer, 1849 C Street, NW, MS
6556, Washington, DC 20240, or FOIA.Appeals@sol.doi.gov; see 43 CFR 2.57
through 2.59 for the time limits and requirements. You may also contact our
FOIA Public Liaison or the Office of Government Information Services (OGIS)
for dispute resolution services.

The released records are available at:
https://boem.app.box.com/s/3kq9v1x0d2b7pz5w

Dana Whitcomb
Government Information Specialist
BOEM FOIA Office
(703) 787-1818
"""
add(fn, D(2026, 12, 10, 15, 30, EST, 2), 'Dana Whitcomb <dana.whitcomb@boem.gov>', plus('104'), 'BOEM-2026-00873 - First Interim Response',
    '<CAF%s@mail.gmail.com>' % h(fn, 40), Text(txt), cc='Maya Okonkwo <mokonkwo@powerdesk.example.org>, BOEM FOIA <boemfoia@boem.gov>',
    inbound=ext('mail-sor-f41.google.com', '209.85.220.41', 'boem.gov'))

# ================================================================ 059 BOEM phone-call request, no number, no topic (REQ-114; hard to place)
fn = '059-boem-call-request-ambiguous.eml'
txt = """Hello,

I'm the Government Information Specialist now handling your request with
BOEM's FOIA office - the specialist who had it before me has moved to
another assignment. I have a couple of questions about the scope that
would be easier to talk through than to put in a letter.

Could someone from your team give me a call this week? I'm generally
available 9:00 to 3:30 Eastern at 703-787-1644.

Thanks,
Renee

Renee Alvarado
Government Information Specialist
Bureau of Ocean Energy Management
"""
add(fn, D(2026, 12, 14, 10, 12, EST, 24), 'Renee Alvarado <renee.alvarado@boem.gov>', INBOX, 'Your FOIA request',
    '<CAF%s@mail.gmail.com>' % h(fn, 40), Text(txt), inbound=ext('mail-sor-f41.google.com', '209.85.220.41', 'boem.gov'))

# ================================================================ 060 colleague forwards FERC final (full release, no appeal) (REQ-102)
fn = '060-fwd-ferc-final-full-release.eml'
txt = """Forwarding - FERC sent the final on FY26-297 to me because I'm listed as
the contact. Full release, nothing withheld: 318 pages on the link below.
Can you log it and close it out on our side?

Theo

________________________________
From: Holloway, Kendra <Kendra.Holloway@ferc.gov>
Sent: Friday, December 18, 2026 3:02 PM
To: Theo Lindqvist <tlindqvist@powerdesk.example.org>
Cc: FOIA-CEII <foia-ceii@ferc.gov>
Subject: FOIA No. FY26-297 - Final Response

Mr. Lindqvist,

This is the Commission's final response to FOIA No. FY26-297, your
organization's request for communications between Commission staff and PJM
Interconnection, L.L.C. concerning the Base Residual Auction price collar.

Our search located 318 pages of responsive records. After consultation with
PJM under 18 CFR 388.112, PJM did not object to release, and the records are
released in full. No fees are assessed. The records can be downloaded from:

https://ferc.box.com/s/fy26-297-final

Documents already filed in Docket Nos. ER25-1357-000 and EL25-46-000 are
available in eLibrary and were not duplicated. This completes the processing
of your request.

Kendra Holloway
Government Information Specialist
Office of External Affairs, FOIA/CEII Team
Federal Energy Regulatory Commission
"""
add(fn, D(2026, 12, 18, 16, 20, EST, 15), 'Theo Lindqvist <tlindqvist@powerdesk.example.org>', 'Records Desk <records@powerdesk.example.org>',
    'FW: FOIA No. FY26-297 - Final Response', outlook_mid(fn, 'SJ0PR12MB6781.namprd12.prod.outlook.com'), Text(txt),
    inbound=dict(internal=True), extra=outlook_sender(fn, 'FOIA No. FY26-297 - Final Response'))

# ================================================================ 061 BOEM final with withholdings, PDF; generic subject (REQ-114)
fn = '061-boem-final-bbg1-pdf.eml'
letter = """United States Department of the Interior
BUREAU OF OCEAN ENERGY MANAGEMENT
45600 Woodland Road, VAM-BOEM FOIA
Sterling, VA 20166

January 28, 2027

Via Electronic Mail: records@powerdesk.example.org

Priya Raman
Powerdesk News

RE: Freedom of Information Act (FOIA) Request No. BOEM-2026-00951

Dear Ms. Raman:

We are writing to provide the final response to your FOIA request received on September 29, 2026, for records of BOEM's bid adequacy and fair market value review for Gulf of America Oil and Gas Lease Sale BBG1.

We located 187 pages of responsive records. 121 pages are released in full, 44 pages are released in part and 22 pages are withheld in full, under the following exemptions:

Exemption 4 (5 U.S.C. 552(b)(4)) protects trade secrets and commercial or financial information obtained from a person that is privileged or confidential. We have withheld proprietary geological and geophysical data and interpretations, and tract-specific resource estimates derived from them, that bidders and data licensors customarily keep private and provided to the Government under an assurance of confidentiality (see 30 CFR 551.14).

Exemption 5 (5 U.S.C. 552(b)(5)) protects inter- and intra-agency records that would be privileged in civil litigation. We have withheld portions of draft tract evaluation memoranda and staff recommendations under the deliberative process privilege.

Appeal Rights
You may appeal this response to the Department's FOIA/Privacy Act Appeals Officer, U.S. Department of the Interior, 1849 C Street, NW, MS 6556, Washington, DC 20240, or FOIA.Appeals@sol.doi.gov. Your appeal must be in writing and must meet the requirements and time limits of 43 CFR 2.57 through 2.59. Please mark it "FREEDOM OF INFORMATION APPEAL."

Dispute Resolution
The 2007 FOIA amendments created the Office of Government Information Services (OGIS) to offer mediation services to resolve disputes between FOIA requesters and Federal agencies as a non-exclusive alternative to litigation. You may contact OGIS at 8601 Adelphi Road-OGIS, College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770 or 1-877-684-6448. You may also contact BOEM's FOIA Public Liaison.

Fees
There are no fees associated with this response.

Sincerely,

BOEM FOIA Officer"""
txt = """Attached is the final response to your Freedom of Information Act request.
The released records are available at the link below for 30 days.

https://boem.app.box.com/s/8wz1m0c4r7t2hq6y

BOEM FOIA Office
(703) 787-1818
"""
add(fn, D(2027, 1, 28, 11, 10, EST, 33), 'BOEM FOIA <boemfoia@boem.gov>', INBOX, 'FOIA Final Response',
    '<CAF%s@mail.gmail.com>' % h(fn, 40),
    Multi('mixed', [Text(txt), Attach('application/pdf', 'BOEM-2026-00951_Final_Response.pdf', pdf(letter.split('\n'), 'FOIA Final Response'))], B(fn)),
    inbound=ext('mail-sor-f69.google.com', '209.85.220.69', 'boem.gov', attach=True))


# ---------------------------------------------------------------- write
if __name__ == '__main__':
    for old in OUT.glob('*.eml'):
        old.unlink()
    names = [fn for fn, _ in M]
    assert len(names) == len(set(names))
    for fn, raw in M:
        (OUT / fn).write_bytes(raw.encode('ascii'))
    print('wrote %d messages' % len(M))
