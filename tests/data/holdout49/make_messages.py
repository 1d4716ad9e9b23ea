#!/usr/bin/env python3
"""Writes messages/*.eml and facts.yaml for this set. All wording is written for this set; people, numbers,
letters, events and companies below are invented (agency names and statutes are real).

    python make_messages.py      # rewrites messages/ and facts.yaml (then run compute_labels.py)

Each message is declared with its Date (aware datetime) and its hand-written facts; files are numbered
in Date order. Facts keys: request, kind, tracking_number, clock (received_on_sent_date | received:YYYY-MM-DD |
extension), adverse (true when an appeal window would apply: denial, no_records, records_final with
withholdings), estimated, signals, why.
"""
import base64, sys, datetime as dt
sys.dont_write_bytecode = True
from pathlib import Path
import yaml
from mimelib import (when, rfcdate, hexid, boundary, headers, leaf, attachment, multipart, message, single, pdf)

HERE = Path(__file__).resolve().parent
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
ORG = 'powerdesk.example.org'
INBOX = 'records@powerdesk.example.org'
DESK = 'Records Desk <records@powerdesk.example.org>'
MSGS = []


def plus(rid):
    return REQS[rid]['reply_address']


def rmid(rid):
    return REQS[rid]['message_id']


def subj(rid):
    return REQS[rid]['subject']


def fold(s, width=72):
    """fold a long header value onto continuation lines"""
    words = s.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def add(slug, date, raw, **facts):
    MSGS.append({'slug': slug, 'date': date, 'raw': raw, 'facts': facts})


def outlook(seed, topic, host='SA1PR09MB8123', attach=False, lang='en-US'):
    ti = base64.b64encode(bytes.fromhex(hexid('ti' + seed, 44))).decode()
    return [('Thread-Topic', fold(topic)), ('Thread-Index', ti),
            ('X-MS-Has-Attach', 'yes' if attach else None), ('X-MS-TNEF-Correlator', ''),
            ('Accept-Language', lang), ('Content-Language', lang),
            ('X-MS-Exchange-Organization-SCL', '-1'),
            ('X-MS-Exchange-Organization-AuthSource', '%s.namprd09.prod.outlook.com' % host),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal')]


def outlook_mid(seed, host='SA1PR09MB8123'):
    return '<%s@%s.namprd09.prod.outlook.com>' % ((host + hexid(seed, 24)).upper(), host)


def gmail_mid(seed):
    return '<CA%s@mail.gmail.com>' % base64.b64encode(bytes.fromhex(hexid(seed, 48))).decode().replace('/', '_').replace('+', '-').rstrip('=')


def quote_lines(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


# our outgoing request bodies (short; used where an agency quotes or a bounce returns them)
REQ_BODY = {
    'REQ-003': """To the FOIA Officer:

Under the Freedom of Information Act, 5 U.S.C. 552, we request copies of all
Form OE-417 Electric Emergency Incident and Disturbance Reports (initial,
update and final) filed with the Department for incidents affecting Texas,
California, Georgia or Arizona from January 1, 2025 through August 31, 2026,
including the narrative and restoration fields.

We are a news organization and ask to be placed in the news media fee
category. We prefer electronic copies.

Records Desk
Powerdesk News
""",
    'REQ-011': """Dear Records Officer,

Under the Georgia Open Records Act, O.C.G.A. 50-18-70 et seq., we request
copies of email and letter correspondence between Commissioners or
Commission staff and Georgia Power Company employees or representatives
about the rate case in Docket No. 56310, from January 1, 2025 to the date
of your search.

Electronic copies are preferred. Please tell us in advance if the cost will
exceed $50.

Records Desk
Powerdesk News
""",
    'REQ-014': """Dear Records Custodian,

Under the Arizona Public Records Law, A.R.S. 39-121 et seq., we request the
Office of Pipeline Safety's inspection, investigation and incident records
concerning the August 2026 natural gas explosion on East Cottonwood Lane in
Casa Grande, including photographs, field notes, operator reports and
correspondence with the operator.

This request is made for news reporting and not for a commercial purpose.

Records Desk
Powerdesk News
""",
}


# ============================================================ September 2026

# PUCT GovQA acknowledgment from the shared GovQA sender (not listed for any agency)
d = when('2026-09-08 09:16:41', 'CDT')
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c9c9c9">
<tr><td style="background:#1f3a5f;color:#fff;padding:10px 14px;font-size:13pt"><b>Public Utility Commission of Texas</b><br><span style="font-size:9pt">Public Information Center</span></td></tr>
<tr><td style="padding:14px">
<p>Dear Records Desk,</p>
<p>Thank you for contacting the Public Utility Commission of Texas. We received your request for public information on <b>9/8/2026</b>. Your request has been given reference number <b>P004812-090826</b>; please include this number whenever you contact us about the request.</p>
<p><b>Request summary:</b> Utility outage reports, restoration updates and emergency operations plan filings for the August 2026 Gulf Coast storm.</p>
<p>The Commission processes requests under the Texas Public Information Act, Chapter 552 of the Texas Government Code. Information that has already been filed in a Commission project or docket is public and can be viewed at no charge on the PUC Interchange (interchange.puc.texas.gov).</p>
<p>You can follow the status of your request or send us a message through the <a href="https://puctx.mycusthelp.com/WEBAPP/_rs/(S(4kq2vbxw3mzn0lh1ydcefr5t))/supporthome.aspx">Public Information Center</a>.</p>
<p>Legal Division &ndash; Open Records<br>Public Utility Commission of Texas<br>1701 N. Congress Avenue, Austin, TX 78701</p>
</td></tr></table>
<p style="font-size:8pt;color:#777">This message was sent from an unmonitored mailbox. Replies to this address are not delivered.</p>
</body></html>
"""
add('puct-govqa', d, message([
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', plus('REQ-007')),
    ('Subject', 'Public Information Request P004812-090826 has been received'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s@mycusthelp.net>' % hexid('puct-ack-007', 28)),
    ('X-Mailer', 'GovQA Notification Service'),
], leaf('text/html', html, 'quoted-printable')),
    request='REQ-007', kind='acknowledgment', tracking_number='P004812-090826', clock='received_on_sent_date',
    signals=['plus', 'tracking-new'],
    why='GovQA notice from the shared mycusthelp sender: PUCT received the storm-outage request 9/8/2026 (= sent), reference P004812-090826; TX 10 business days')

# FERC mailbox auto-reply, threaded
d = when('2026-09-08 18:43:09', 'EDT')
t = """Thank you for writing to the Federal Energy Regulatory Commission's FOIA and
CEII mailbox.

This automatic reply confirms only that your message reached the mailbox. It
is not an acknowledgment of a Freedom of Information Act request and no FOIA
number has been assigned yet. A member of the FOIA team will send a formal
acknowledgment letter.

Messages that arrive after 5:00 p.m. Eastern Time, or on a Saturday, Sunday
or federal holiday, are logged as received on the next business day.

Requests for Critical Energy/Electric Infrastructure Information (CEII) are
handled under 18 CFR 388.113 and are not FOIA requests. The CEII request form
and non-disclosure agreement are on ferc.gov under "CEII".

FERC FOIA Team
Office of External Affairs
"""
add('ferc-mailbox', d, single([
    ('From', 'FOIA-CEII <foia-ceii@ferc.gov>'),
    ('To', plus('REQ-001')),
    ('Subject', fold('Automatic reply: ' + subj('REQ-001'))),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('ferc-ar-001', 'DM8PR09MB6620')),
    ('In-Reply-To', rmid('REQ-001')),
    ('References', rmid('REQ-001')),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'foia-ceii@ferc.gov'),
] + outlook('ferc-ar-001', subj('REQ-001'), 'DM8PR09MB6620'), 'text/plain', t),
    request='REQ-001', kind='auto_reply', tracking_number=None, signals=['thread', 'plus'],
    why='FERC FOIA/CEII mailbox auto-reply threaded to our request; says it is not an acknowledgment and no number yet')

# Google DSN: our REQ-003 request's cc to a dead DOE address
d = when('2026-09-09 17:55:48', 'EDT')
orig_d = when('2026-09-09 17:55:12', 'EDT')
b1 = boundary('dsn-003-a', 'gmail')
b2 = boundary('dsn-003-b', 'gmail')
alt = multipart('alternative', [
    leaf('text/plain', """
** Address not found **

Your message wasn't delivered to oe417@hq.doe.gov because the address
couldn't be found, or is unable to receive mail.

Learn more at https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <oe417@hq.doe.gov>: Recipient address rejected: User unknown in
virtual mailbox table
"""),
    leaf('text/html', """<html><head></head><body><table cellpadding="0" cellspacing="0" style="max-width:600px"><tr><td style="font-family:Google Sans,Roboto,Helvetica,Arial,sans-serif;font-size:24px;color:#202124;padding-bottom:12px">Address not found</td></tr>
<tr><td style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:#202124;line-height:1.43">Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>oe417@hq.doe.gov</b></a> because the address couldn't be found, or is unable to receive mail.</td></tr>
<tr><td style="padding-top:20px;font-size:12px;color:#5f6368">The response was:<p style="font-family:monospace">550 5.1.1 &lt;oe417@hq.doe.gov&gt;: Recipient address rejected: User unknown in virtual mailbox table</p></td></tr></table></body></html>
""", 'quoted-printable'),
], b2)
status = """Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; records@powerdesk.example.org
Arrival-Date: Wed, 09 Sep 2026 14:55:12 -0700 (PDT)
X-Original-Message-ID: <req-003.20260909.1@powerdesk.example.org>

Final-Recipient: rfc822; oe417@hq.doe.gov
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx-in-1.doe.gov. (192.0.2.41, the server for the domain hq.doe.gov.)
Diagnostic-Code: smtp; 550 5.1.1 <oe417@hq.doe.gov>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Wed, 09 Sep 2026 14:55:47 -0700 (PDT)
"""
orig = headers([
    ('From', DESK), ('Reply-To', plus('REQ-003')),
    ('To', 'FOIA-Central <foia-central@hq.doe.gov>'), ('Cc', 'oe417@hq.doe.gov'),
    ('Subject', fold(subj('REQ-003'))), ('Date', rfcdate(orig_d)),
    ('Message-ID', rmid('REQ-003')), ('MIME-Version', '1.0'),
    ('Content-Type', 'text/plain; charset="UTF-8"')]) + '\n' + REQ_BODY['REQ-003']
rfc = 'Content-Type: message/rfc822\n\n' + orig
add('dsn-google', d, message([
    ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
    ('To', INBOX),
    ('Subject', 'Delivery Status Notification (Failure)'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s.%s@mx.google.com>' % (hexid('dsn003m', 16), hexid('dsn003n', 8))),
    ('Auto-Submitted', 'auto-replied'),
    ('References', rmid('REQ-003')),
    ('In-Reply-To', rmid('REQ-003')),
    ('X-Failed-Recipients', 'oe417@hq.doe.gov'),
], multipart('report', [alt, status, rfc], b1, '; report-type=delivery-status')),
    request='REQ-003', kind='bounce', tracking_number=None, signals=['thread', 'thread-embedded'],
    why='Gmail DSN: the cc of our OE-417 request to a retired DOE address failed (the main To: was delivered)')

# ORNL Site Office staff out-of-office (Outlook, science.doe.gov)
d = when('2026-09-10 08:05:33', 'EDT')
t = """I am out of the office through Friday, September 18, with no access to email.

FOIA requests for the ORNL Site Office are processed by the Oak Ridge Office
FOIA Officer. Please send new requests to foia@orem.doe.gov.

For urgent site office business please call the front office at
(865) 555-0142.

Carla Hensley
Management Analyst
U.S. Department of Energy, ORNL Site Office
"""
add('ornlso-ooo', d, single([
    ('From', '"Hensley, Carla (SC-ORNL)" <carla.hensley@science.doe.gov>'),
    ('To', DESK.replace(INBOX, plus('REQ-005'))),
    ('Subject', fold('Automatic reply: ' + subj('REQ-005'))),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('oro-ooo-005', 'BN0PR09MB7421')),
    ('In-Reply-To', rmid('REQ-005')),
    ('References', rmid('REQ-005')),
    ('Auto-Submitted', 'auto-generated'),
    ('X-Auto-Response-Suppress', 'All'),
] + outlook('oro-ooo-005', subj('REQ-005'), 'BN0PR09MB7421'), 'text/plain', t, 'quoted-printable'),
    request='REQ-005', kind='auto_reply', tracking_number=None, signals=['thread', 'plus'],
    why='site office staff out-of-office reply to our request; points to the Oak Ridge Office FOIA mailbox')

# Denton GovQA acknowledgment, same shared sender as PUCT
d = when('2026-09-10 14:22:10', 'CDT')
t = """City of Denton - Public Information Request

Thank you for your interest in the public records of the City of Denton.
Your request has been received and is being processed under Chapter 552 of
the Texas Government Code (Public Information Act).

Reference #:     R012093-091026
Date received:   9/10/2026
Department:      Denton Municipal Electric / City Attorney's Office
Description:     Denton Municipal Electric data center interconnection,
                 power supply and facilities agreements

Requests for utility records are reviewed by the City Attorney's Office.
If the City believes some of the information may be withheld, it will ask
the Office of the Attorney General for a decision and will notify you
within ten business days.

Track your request: https://dentontx.mycusthelp.com/WEBAPP/_rs/supporthome.aspx

City of Denton Public Records
This mailbox is not monitored.
"""
hb = t.replace('&', '&amp;').replace('\n\n', '</p><p>').replace('\n', '<br>')
add('denton-govqa', d, message([
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', plus('REQ-015')),
    ('Subject', 'City of Denton Public Information Request :: R012093-091026'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s@mycusthelp.net>' % hexid('denton-ack-015', 28)),
    ('X-Mailer', 'GovQA Notification Service'),
], multipart('alternative', [leaf('text/plain', t),
                             leaf('text/html', '<html><body style="font-family:Tahoma;font-size:10pt"><p>' + hb + '</p></body></html>', 'quoted-printable')],
             boundary('denton-ack-015', 'govqa'))),
    request='REQ-015', kind='acknowledgment', tracking_number='R012093-091026', clock='received_on_sent_date',
    signals=['plus', 'tracking-new'],
    why='GovQA (shared sender) confirms Denton received the data-center PIA request 9/10/2026 (= sent); TX 10 business days')

# FERC acknowledgment letter as PDF, to the main inbox, no thread headers
d = when('2026-09-11 11:02:57', 'EDT')
letter = """FEDERAL ENERGY REGULATORY COMMISSION
WASHINGTON, D.C. 20426

OFFICE OF EXTERNAL AFFAIRS

September 11, 2026

Records Desk
Powerdesk News
records@powerdesk.example.org

Re: FOIA No. FY26-131

Dear Requester:

This letter acknowledges receipt of your request under the Freedom of Information Act (FOIA), 5 U.S.C. 552, dated September 8, 2026, seeking large-load (data center) interconnection agreements filed with or reviewed by the Commission and related correspondence of Commission staff, 2025-2026. Because your email arrived after the close of business, your request was received in the FOIA office on September 9, 2026, and that date begins the statutory processing period. Your request has been assigned FOIA No. FY26-131; please refer to that number in all communications about this request.

Please be aware that some responsive records may contain Critical Energy/Electric Infrastructure Information (CEII) as defined in 18 CFR 388.113(c), or information that submitters filed with a request for privileged treatment under 18 CFR 388.112. Before any such information is released, the Commission must give the submitter notice and an opportunity to object, consistent with 18 CFR 388.112(d) and Executive Order 12600. This may affect the time needed to respond.

For fee purposes you have been placed in the news media category; you will not be charged search or review fees, and the first 100 pages of duplication are provided without charge.

If you have questions, please contact the FOIA team at foia-ceii@ferc.gov or the Commission's FOIA Public Liaison at (202) 555-0186. You may also contact the Office of Government Information Services (OGIS) at the National Archives and Records Administration, which offers mediation services to resolve disputes between FOIA requesters and federal agencies, at ogis@nara.gov or 1-877-684-6448.

Sincerely,

Marisol V. Grant
FOIA Specialist
Office of External Affairs
"""
bm = boundary('ferc-ack-001', 'outlook')
add('ferc-pdf', d, message([
    ('From', 'FOIA-CEII <foia-ceii@ferc.gov>'),
    ('To', INBOX),
    ('Subject', 'FOIA No. FY26-131 Acknowledgment'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('ferc-ack-001', 'DM8PR09MB6620')),
] + outlook('ferc-ack-001', 'FOIA No. FY26-131 Acknowledgment', 'DM8PR09MB6620', attach=True),
    multipart('mixed', [
        leaf('text/plain', """Good morning,

Please find attached the acknowledgment letter for your Freedom of
Information Act request. Please use the FOIA number in any future
correspondence.

FERC FOIA Team
Office of External Affairs
"""),
        attachment('FY26-131 Acknowledgment Letter.pdf', pdf(letter, 'FY26-131 Acknowledgment'), 'application/pdf'),
    ], bm)),
    request='REQ-001', kind='acknowledgment', tracking_number='FY26-131', clock='received:2026-09-09',
    signals=['tracking-new', 'subject'],
    why='FERC PDF letter assigns FY26-131 and states the after-hours Sep 8 request was received Sep 9; only FERC request open then')

# CPUC NextRequest acknowledgment (REQ-009)
d = when('2026-09-11 10:30:22', 'PDT')
t = """Your record request #26-1187 has been submitted.

California Public Utilities Commission

Request received: September 11, 2026

Request:
PSPS de-energization post-event reports and Safety and Enforcement Division
correspondence, 2025-2026 (see full description in the portal)

The CPUC will respond to your request within 10 calendar days as provided by
Government Code section 7922.535. If the Commission needs more time because
of unusual circumstances, it may extend that period by up to 14 days and will
tell you in writing.

Many CPUC records, including the utilities' Public Safety Power Shutoff
post-event reports, are already published on the CPUC website.

View your request: https://cpuc.nextrequest.com/requests/26-1187

You are receiving this email because you submitted a request through the
CPUC public records portal. Please do not reply to this email.
"""
h = """<html><body style="margin:0;background:#f4f5f7">
<div style="max-width:600px;margin:0 auto;background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<div style="background:#00467f;color:#fff;padding:16px 20px;font-size:18px">California Public Utilities Commission</div>
<div style="padding:20px">
<p style="font-size:16px"><b>Your record request #26-1187 has been submitted.</b></p>
<p><b>Request received:</b> September 11, 2026</p>
<p><b>Request:</b><br>PSPS de-energization post-event reports and Safety and Enforcement Division correspondence, 2025-2026 (see full description in the portal)</p>
<p>The CPUC will respond to your request within 10 calendar days as provided by Government Code section 7922.535. If the Commission needs more time because of unusual circumstances, it may extend that period by up to 14 days and will tell you in writing.</p>
<p>Many CPUC records, including the utilities' Public Safety Power Shutoff post-event reports, are already published on the CPUC website.</p>
<p style="text-align:center;margin:24px 0"><a href="https://cpuc.nextrequest.com/requests/26-1187" style="background:#00467f;color:#fff;padding:10px 18px;border-radius:3px;text-decoration:none">View request</a></p>
</div>
<div style="padding:12px 20px;font-size:11px;color:#888;border-top:1px solid #eee">You are receiving this email because you submitted a request through the CPUC public records portal. Please do not reply to this email. Powered by NextRequest.</div>
</div></body></html>
"""
add('cpuc-nextrequest', d, message([
    ('From', 'California Public Utilities Commission <californiapuc@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@nextrequest.com'),
    ('To', plus('REQ-009')),
    ('Subject', '[Records Request] Your California Public Utilities Commission public records request #26-1187 has been submitted.'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s.%s@mail.nextrequest.com>' % (hexid('cpuc-ack-009a', 20), hexid('cpuc-ack-009b', 10))),
    ('X-Mailgun-Tag', 'request_submitted'),
], multipart('alternative', [leaf('text/plain', t), leaf('text/html', h, 'quoted-printable')], boundary('cpuc-ack-009'))),
    request='REQ-009', kind='acknowledgment', tracking_number='26-1187', clock='received_on_sent_date',
    signals=['plus', 'tracking-new'],
    why='NextRequest ack: PSPS request #26-1187 received Sep 11 (= sent); a 14-day extension is only mentioned as possible; CA 10 calendar days')

# NRC acknowledgment, multipart/alternative, threaded
d = when('2026-09-14 13:40:18', 'EDT')
t = """Good afternoon,

The U.S. Nuclear Regulatory Commission (NRC) acknowledges receipt of your
Freedom of Information Act (FOIA) request dated and received September 14,
2026. Your request has been assigned the following reference number:

    NRC-2026-000687

Please use this number in any future communications about your request.

Your request seeks records concerning loss-of-offsite-power events and
co-located data-center loads at operating reactors from 2024 to 2026. It has
been placed in the complex processing track.

Fees: you have been placed in the news media category. You will not be
charged for search or review, and the first 100 pages of duplication are
free. We do not expect fees in this matter to exceed $25.00; if they will,
we will contact you first.

Many NRC records, including licensee event reports, inspection reports and
docketed correspondence, are already publicly available in the Agencywide
Documents Access and Management System (ADAMS). Where a responsive record is
already public, we will identify it by its ADAMS accession number (for
example ML26123A456) rather than send a copy.

If you have questions, contact the FOIA Public Liaison at (301) 555-0170 or
reply to this message.

FOIA, Library, and Information Collections Branch
Office of the Chief Information Officer
U.S. Nuclear Regulatory Commission
"""
h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head><body lang="EN-US"><div class="WordSection1">' + ''.join(
    '<p class="MsoNormal">%s</p><p class="MsoNormal">&nbsp;</p>' % para.replace('\n', ' ').replace('&', '&amp;') for para in t.strip().split('\n\n')) + '</div></body></html>'
add('nrc-outlook', d, message([
    ('From', 'FOIA Resource <FOIA.Resource@nrc.gov>'),
    ('To', DESK.replace(INBOX, plus('REQ-006'))),
    ('Subject', 'NRC FOIA Request NRC-2026-000687 - Acknowledgment'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('nrc-ack-006', 'PH0PR09MB9876')),
    ('In-Reply-To', rmid('REQ-006')),
    ('References', rmid('REQ-006')),
] + outlook('nrc-ack-006', 'NRC FOIA Request NRC-2026-000687 - Acknowledgment', 'PH0PR09MB9876'),
    multipart('alternative', [leaf('text/plain', t, 'quoted-printable'), leaf('text/html', h, 'quoted-printable')], boundary('nrc-ack-006', 'outlook'))),
    request='REQ-006', kind='acknowledgment', tracking_number='NRC-2026-000687', clock='received_on_sent_date',
    signals=['thread', 'plus', 'tracking-new'],
    why='NRC acknowledges the request received Sep 14 (= sent) as NRC-2026-000687; fees not expected to exceed $25 (no fee estimate)')

# DOE HQ acknowledgment (REQ-003), received date differs from sent
d = when('2026-09-16 09:12:40', 'EDT')
t = """Records Desk
Powerdesk News

Re: HQ-2026-01873-F

This is to acknowledge receipt of your request for information under the
Freedom of Information Act (FOIA), 5 U.S.C. 552, dated September 9, 2026.
Your request was received in this office on September 10, 2026, and has been
assigned the number above. Please refer to it in any correspondence.

You asked for copies of all Form OE-417 Electric Emergency Incident and
Disturbance Reports filed for incidents affecting Texas, California, Georgia
or Arizona from January 1, 2025 through August 31, 2026, including narrative
and restoration fields.

Your request has been sent to the Office of Cybersecurity, Energy Security,
and Emergency Response (CESER) to search for responsive records. OE-417
submissions may include information that the submitting utilities consider
confidential commercial information. If so, DOE will notify the submitters
before any release, as required by Executive Order 12600 and 10 CFR 1004.11.

You have been placed in the news media fee category. Search and review fees
do not apply to you, but duplication fees may be charged after the first 100
pages. We will contact you if fees are expected to exceed $50.

If you have any questions, please contact the FOIA Public Liaison at
(202) 555-0164 or foia-central@hq.doe.gov. You may also contact the Office
of Government Information Services (OGIS) at the National Archives and
Records Administration for mediation services (ogis@nara.gov;
1-877-684-6448).

Sincerely,

Renee T. Calloway
FOIA Officer
Office of Public Information
U.S. Department of Energy
"""
add('doehq-outlook', d, single([
    ('From', 'FOIA-Central <foia-central@hq.doe.gov>'),
    ('To', plus('REQ-003')),
    ('Subject', 'HQ-2026-01873-F Acknowledgement Letter'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('doe-ack-003', 'SJ0PR09MB6611')),
] + outlook('doe-ack-003', 'HQ-2026-01873-F Acknowledgement Letter', 'SJ0PR09MB6611'), 'text/plain', t),
    request='REQ-003', kind='acknowledgment', tracking_number='HQ-2026-01873-F', clock='received:2026-09-10',
    signals=['plus', 'tracking-new'],
    why='DOE HQ ack assigns HQ-2026-01873-F; request dated Sep 9 but received in the office Sep 10, clock from Sep 10; fees only "may" apply')

# Georgia PSC terse ack quoting our request (REQ-011)
d = when('2026-09-17 10:05:51', 'EDT')
t = """Received. Logged as ORR 2026-141.

We will respond within three business days as required by O.C.G.A.
50-18-71(b)(1)(A).

T. Pruitt
Records Management Officer
Georgia Public Service Commission
244 Washington Street SW, Atlanta, GA 30334

-----Original Message-----
From: Records Desk <records@powerdesk.example.org>
Sent: Wednesday, September 16, 2026 2:12 PM
To: GPSC Open Records <openrecords@psc.ga.gov>
Subject: """ + subj('REQ-011') + """

""" + REQ_BODY['REQ-011']
add('gapsc-reply', d, single([
    ('From', 'GPSC Open Records <openrecords@psc.ga.gov>'),
    ('To', DESK.replace(INBOX, plus('REQ-011'))),
    ('Subject', fold('RE: ' + subj('REQ-011'))),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('gapsc-ack-011', 'CH3PR09MB7770')),
    ('In-Reply-To', rmid('REQ-011')),
    ('References', rmid('REQ-011')),
] + outlook('gapsc-ack-011', subj('REQ-011'), 'CH3PR09MB7770'), 'text/plain', t),
    request='REQ-011', kind='acknowledgment', tracking_number='ORR 2026-141', clock='received_on_sent_date',
    signals=['thread', 'plus', 'tracking-new'],
    why='terse GA PSC reply quoting our request: logged ORR 2026-141; GA 3 business days from Sep 16')

# Arizona Corporation Commission acknowledgment (REQ-013) - no statutory number in AZ
d = when('2026-09-17 11:48:02', 'MST')
t = """Thank you for your public records request.

Your request has been received by the Arizona Corporation Commission,
Records Management Section, on 9/17/2026 and assigned number PRR26-0934.
Requests are processed in the order received, and the Commission will
respond promptly as required by A.R.S. 39-121.01(D).

You indicated that your request is not for a commercial purpose.

PLEASE NOTE: Documents filed in a Commission docket are public records and
are available at no charge through eDocket (edocket.azcc.gov). Docket
Control does not email or mail copies of docketed filings in response to
public records requests; please search eDocket using the docket number.

Records Management Section
Arizona Corporation Commission
1200 W. Washington Street, Phoenix, AZ 85007
"""
add('azcc-records', d, single([
    ('From', 'ACC Records Management <publicrecords@azcc.gov>'),
    ('To', plus('REQ-013')),
    ('Subject', 'Public Records Request PRR26-0934 Received'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('azcc-ack-013', 'BYAPR09MB4411')),
] + outlook('azcc-ack-013', 'Public Records Request PRR26-0934 Received', 'BYAPR09MB4411'), 'text/plain', t),
    request='REQ-013', kind='acknowledgment', tracking_number='PRR26-0934', clock='received_on_sent_date',
    signals=['plus', 'tracking-new'],
    why='ACC ack assigns PRR26-0934 (received 9/17 = sent); Arizona has no statutory day count, so no due')

# FERC specialist ack for REQ-002: subject changed, threaded
d = when('2026-09-18 15:30:14', 'EDT')
t = """Hello,

Your FOIA request dated September 15 regarding communications in Docket No.
RP26-118 (Mid-Plains Gas Transmission) has been assigned FOIA No. FY26-139,
and I am the specialist handling it.

Just so you are aware, the Commission's rules require off-the-record
communications in a contested proceeding to be placed in the public record
of the docket, so much of what you are asking for may already be in
eLibrary. I have asked the Office of Energy Market Regulation and the Office
of the General Counsel to search and will let you know what they find.

Thanks,

Dan Ortega
Government Information Specialist
Office of External Affairs
Federal Energy Regulatory Commission
(202) 555-0177
"""
add('ferc-specialist', d, single([
    ('From', '"Ortega, Daniel" <Daniel.Ortega@ferc.gov>'),
    ('To', DESK.replace(INBOX, plus('REQ-002'))),
    ('Subject', 'Your FOIA request - FY26-139'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('ferc-ack-002', 'DM8PR09MB6620')),
    ('In-Reply-To', rmid('REQ-002')),
    ('References', rmid('REQ-002')),
] + outlook('ferc-ack-002', 'Your FOIA request - FY26-139', 'DM8PR09MB6620'), 'text/plain', t),
    request='REQ-002', kind='acknowledgment', tracking_number='FY26-139', clock='received_on_sent_date',
    signals=['thread', 'plus', 'tracking-new'],
    why='FERC specialist assigns FY26-139 in a reply with a changed subject; no received date stated, clock from sent date Sep 15')

# Georgia PSC fee estimate, arriving through the Google Group collaborative inbox ("via")
d = when('2026-09-21 16:10:27', 'EDT')
t = """Good afternoon,

Here is our estimate for ORR 2026-141, as required by O.C.G.A. 50-18-71(d).

1. Filings in Docket No. 56310 (testimony, hearing transcripts, data
request responses, orders) are posted to the Commission's docket search at
psc.ga.gov/search/facts-docket/?docketId=56310. Because they are already
published we do not reproduce docketed filings in response to open records
requests. They are available now at no charge.

2. Email and letter correspondence between Commissioners or staff and
Georgia Power: IT estimates the search terms you provided will return about
1,400 messages. Staff time to search, retrieve, review and redact is
estimated at 4.5 hours at $24.18 per hour (hourly rate of the lowest-paid
full-time employee able to do the work), with no charge for the first
quarter hour:

    4.25 hours x $24.18 = $102.77

Records will be provided electronically, so there is no copying charge.

Because the estimate is more than $25.00, we need your written agreement to
pay the estimated cost before we begin. Once we have it, we expect to have
the records to you by October 9, 2026. The actual charge may be lower.

Theresa Pruitt
Records Management Officer
Georgia Public Service Commission
(404) 555-0123
"""
add('gapsc-via-group', d, single([
    ('From', '"Theresa Pruitt via Records Desk" <records@powerdesk.example.org>'),
    ('Reply-To', 'Theresa Pruitt <tpruitt@psc.ga.gov>'),
    ('To', DESK),
    ('Subject', 'ORR 2026-141 - Estimated cost and timeline'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('gapsc-fee-011', 'CH3PR09MB7770')),
    ('X-Original-Sender', 'tpruitt@psc.ga.gov'),
    ('X-Original-Authentication-Results', 'mx.google.com;       dkim=pass header.i=@psc.ga.gov;       spf=pass smtp.mailfrom=tpruitt@psc.ga.gov;       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=psc.ga.gov'),
    ('Precedence', 'list'),
    ('Mailing-list', 'list records@powerdesk.example.org; contact records+owners@powerdesk.example.org'),
    ('List-ID', '<records.powerdesk.example.org>'),
    ('X-Spam-Checked-In-Group', 'records@powerdesk.example.org'),
    ('X-Google-Group-Id', '718204553917'),
    ('List-Post', '<https://groups.google.com/a/powerdesk.example.org/group/records/post>, <mailto:records@powerdesk.example.org>'),
    ('List-Help', '<https://support.google.com/a/powerdesk.example.org/bin/topic.py?topic=25838>, <mailto:records+help@powerdesk.example.org>'),
    ('List-Archive', '<https://groups.google.com/a/powerdesk.example.org/group/records/>'),
    ('List-Unsubscribe', '<mailto:googlegroups-manage+718204553917+unsubscribe@googlegroups.com>, <https://groups.google.com/a/powerdesk.example.org/group/records/subscribe>'),
], 'text/plain', t, 'quoted-printable'),
    request='REQ-011', kind='fee_estimate', tracking_number='ORR 2026-141', estimated='2026-10-09',
    signals=['tracking'],
    why='GA PSC needs written agreement to pay $102.77 before searching email; docketed filings pointed to the docket site; records expected Oct 9')

# CPUC NextRequest extension (REQ-009)
d = when('2026-09-21 17:05:40', 'PDT')
h = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:0 auto">
<div style="background:#00467f;color:#fff;padding:14px 20px;font-size:17px">California Public Utilities Commission</div>
<div style="padding:18px 20px">
<p><b>Record request #26-1187 - due date changed</b></p>
<p>The due date for this request has been changed to <b>October 5, 2026</b>.</p>
<p><b>Reason:</b> Pursuant to Government Code section 7922.535(b), the Commission is extending the time to respond to your request by fourteen (14) days because of unusual circumstances: the need to search for and collect the requested records from field offices and other establishments that are separate from the office processing the request, and the need to consult with another agency having a substantial interest in the determination of the request.</p>
<p>Requested: PSPS de-energization post-event reports and Safety and Enforcement Division correspondence, 2025-2026</p>
<p><a href="https://cpuc.nextrequest.com/requests/26-1187">View request #26-1187</a></p>
</div>
<div style="padding:10px 20px;font-size:11px;color:#888">Please do not reply to this email. Powered by NextRequest.</div>
</div></body></html>
"""
add('cpuc-nextrequest', d, message([
    ('From', 'California Public Utilities Commission <californiapuc@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@nextrequest.com'),
    ('To', plus('REQ-009')),
    ('Subject', '[Records Request] Request #26-1187: due date changed'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s.%s@mail.nextrequest.com>' % (hexid('cpuc-ext-009a', 20), hexid('cpuc-ext-009b', 10))),
    ('X-Mailgun-Tag', 'due_date_changed'),
], leaf('text/html', h, 'base64')),
    request='REQ-009', kind='extension', tracking_number='26-1187', clock='extension',
    signals=['plus', 'tracking'],
    why='CPRA 14-day extension by written notice on the Sep 21 due date (new date Oct 5 = computed due); HTML-only, base64')

# CPUC NextRequest acknowledgment (REQ-010), shorter template
d = when('2026-09-21 17:20:03', 'PDT')
t = """Thank you for submitting a public records request to the California Public
Utilities Commission.

Request #26-1242
Received: 9/21/2026
Description: Gas pipeline safety inspection reports and audit findings for
PG&E and SoCalGas, 2024-2026

We will be in touch about your request. You can check its status at any
time at https://cpuc.nextrequest.com/requests/26-1242

- CPUC Public Records Office
"""
add('cpuc-nextrequest', d, message([
    ('From', 'California Public Utilities Commission <californiapuc@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@nextrequest.com'),
    ('To', plus('REQ-010')),
    ('Subject', '[Records Request] Request #26-1242 received'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s.%s@mail.nextrequest.com>' % (hexid('cpuc-ack-010a', 20), hexid('cpuc-ack-010b', 10))),
    ('X-Mailgun-Tag', 'request_submitted'),
], multipart('alternative', [leaf('text/plain', t),
                             leaf('text/html', '<html><body><p>' + t.replace('&', '&amp;').replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></body></html>', 'quoted-printable')],
             boundary('cpuc-ack-010'))),
    request='REQ-010', kind='acknowledgment', tracking_number='26-1242', clock='received_on_sent_date',
    signals=['plus', 'tracking-new'],
    why='NextRequest ack for the pipeline-safety request, #26-1242 received 9/21 (= sent); CA 10 calendar days')

# PUCT partial release + request for AG decision (REQ-007), letter and AG request as PDF
d = when('2026-09-22 15:40:55', 'CDT')
ag = """PUBLIC UTILITY COMMISSION OF TEXAS
1701 N. Congress Avenue, P.O. Box 13326, Austin, Texas 78711-3326

September 22, 2026

VIA ELECTRONIC SUBMISSION
Office of the Attorney General
Open Records Division
P.O. Box 12548
Austin, Texas 78711-2548

Re: Request for a decision under Tex. Gov't Code 552.301; PUC reference P004812-090826

Dear Open Records Division:

On September 8, 2026, the Public Utility Commission of Texas (Commission) received a request for utility outage reports, restoration updates and emergency operations plan filings for the August 2026 Gulf Coast storm. The Commission has released most of the responsive information. The Commission asks for a decision about the remaining information, which consists of (1) annexes to electric utilities' emergency operations plans identifying critical facilities, substation locations and restoration priorities, and (2) utility cybersecurity and communications details included in restoration updates.

The Commission believes this information is excepted from disclosure under section 552.101 of the Government Code in conjunction with section 418.181 (critical infrastructure) and under section 552.139 (computer network security). The Commission will submit its written comments, a copy of the request, and representative samples of the information within fifteen business days, as required by section 552.301(e).

The affected utilities have been notified under section 552.305 and may submit their own arguments.

Sincerely,

Andrew P. Keller
Attorney, Legal Division

cc: Records Desk, Powerdesk News (requestor) (w/o enclosures)
"""
t = """Dear Requestor:

This responds to your request received September 8, 2026, reference
P004812-090826.

1. Outage reports and restoration updates that electric utilities filed with
the Commission for the August 2026 Gulf Coast storm are public filings in
Project No. 58890 and can be viewed and downloaded at no cost from the PUC
Interchange: https://interchange.puc.texas.gov/search/filings/?UtilityType=A&ControlNumber=58890
These filings are not reproduced in response to public information requests.

2. Responsive Commission staff email and situation reports (211 pages) are
being released today through the Public Information Center.

3. Portions of the utilities' emergency operations plan annexes and certain
cybersecurity details may be excepted from disclosure. The Commission has
asked the Office of the Attorney General for a decision, as required by
Gov't Code 552.301. A copy of our letter to the Attorney General is
attached. You may send comments to the Attorney General about why this
information should be released. We will notify you when we receive the
ruling.

Legal Division - Open Records
Public Utility Commission of Texas
"""
add('puct-legal', d, message([
    ('From', 'PUC Legal Division - Open Records <openrecords@puc.texas.gov>'),
    ('To', plus('REQ-007')),
    ('Subject', 'PIR P004812-090826 - Partial Release and Request for Attorney General Decision'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('puct-int-007', 'SN7PR09MB5050')),
] + outlook('puct-int-007', 'PIR P004812-090826 - Partial Release and Request for Attorney General Decision', 'SN7PR09MB5050', attach=True),
    multipart('mixed', [leaf('text/plain', t),
                        attachment('P004812-090826 OAG Request.pdf', pdf(ag, 'Request for AG decision'), 'application/pdf')],
              boundary('puct-int-007', 'outlook'))),
    request='REQ-007', kind='records_interim', tracking_number='P004812-090826',
    signals=['plus', 'tracking'],
    why='PUCT points to docket-posted filings, releases staff email and asks the AG to rule on critical-infrastructure annexes; more to come')

# DOE newsletter (null)
d = when('2026-09-23 10:00:05', 'EDT')
h = """<html><body style="margin:0;background:#eef1f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#222">
<tr><td style="background:#0b2d4f;padding:18px;color:#fff;font-size:20px">ENERGY.GOV &nbsp;|&nbsp; This Week at DOE</td></tr>
<tr><td style="padding:18px">
<h2 style="font-size:18px;margin:0 0 8px">DOE announces $410 million for grid resilience and outage prevention</h2>
<p>States, tribes and utilities in 19 states will receive Grid Resilience Formula Grants to harden distribution lines, add backup power at critical facilities, and shorten restoration after severe weather.</p>
<h2 style="font-size:18px;margin:18px 0 8px">Winter Reliability Outlook: what to watch</h2>
<p>Our analysts walk through new data-center demand, gas supply and the OE-417 incident trends from last winter.</p>
<h2 style="font-size:18px;margin:18px 0 8px">Speeding up interconnection for large loads</h2>
<p>Read the Secretary's remarks on partnering with national laboratories to bring new computing capacity online.</p>
<p style="margin-top:24px"><a href="https://www.energy.gov/newsroom">More news from the newsroom</a></p>
</td></tr>
<tr><td style="padding:12px 18px;font-size:11px;color:#777">You are subscribed to Energy.gov updates for records@powerdesk.example.org. <a href="https://public.govdelivery.com/accounts/USDOE/subscriber/edit">Manage preferences</a> | <a href="https://public.govdelivery.com/accounts/USDOE/subscriber/one_click_unsubscribe">Unsubscribe</a>. U.S. Department of Energy, 1000 Independence Ave SW, Washington, DC 20585.</td></tr>
</table></td></tr></table></body></html>
"""
add('energygov-bulletin', d, message([
    ('From', '"U.S. Department of Energy" <usdoe@public.govdelivery.com>'),
    ('To', INBOX),
    ('Subject', 'This Week at DOE: grid resilience grants, winter reliability, large-load interconnection'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s.%s@public.govdelivery.com>' % ('20260923.' + hexid('doe-news', 8), hexid('doe-news2', 6))),
    ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USDOE/subscriber/one_click_unsubscribe?verification=5.a91f0c>'),
    ('Precedence', 'bulk'),
    ('X-Accountcode', 'USDOE'),
], leaf('text/html', h, 'quoted-printable')),
    request=None, kind='other', tracking_number=None, signals=['none'],
    why='DOE GovDelivery newsletter on grid and large-load topics; not a reply to any request')

# Oak Ridge Office FOIA acknowledgment (REQ-005): received after transfer from the site office
d = when('2026-09-24 09:30:12', 'EDT')
h = """<html><body style="font-family:'Times New Roman',serif;font-size:12pt">
<p>Department of Energy<br>Oak Ridge Office<br>P.O. Box 2001<br>Oak Ridge, Tennessee 37831</p>
<p>September 24, 2026</p>
<p>Records Desk<br>Powerdesk News</p>
<p><b>SUBJECT: Freedom of Information Act Request ORO-2026-00419-F</b></p>
<p>This acknowledges your request under the Freedom of Information Act (FOIA), 5 U.S.C. &sect; 552, dated September 10, 2026, for Oak Ridge National Laboratory (ORNL) Site Office records on power supply and grid interconnection for new computing and data-center load at ORNL. Your request was sent to the ORNL Site Office and forwarded to this office, where it was received on September 21, 2026. It has been assigned the number above.</p>
<p>Responsive records may include information submitted to the Department by the Tennessee Valley Authority, by the laboratory's management and operating contractor, or by private parties. Where that is the case, the Department will give the submitter notice and an opportunity to object before it releases the information, as required by Executive Order 12600 and 10 CFR 1004.11. This may lengthen the time needed to process your request.</p>
<p>Fees may be assessed for duplication beyond the first 100 pages. We will notify you before incurring charges greater than $15.</p>
<p>If you have questions, please contact me at (865) 555-0150 or foia@orem.doe.gov. You may also contact DOE's FOIA Public Liaison or the Office of Government Information Services (OGIS) at ogis@nara.gov.</p>
<p>Sincerely,</p>
<p>Gregory L. Ashby<br>FOIA Officer<br>Oak Ridge Office</p>
</body></html>
"""
add('oro-foia', d, message([
    ('From', 'Oak Ridge Office FOIA <foia@orem.doe.gov>'),
    ('To', INBOX),
    ('Subject', 'FOIA Request ORO-2026-00419-F - Acknowledgement'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('oro-ack-005', 'BN0PR09MB7421')),
] + outlook('oro-ack-005', 'FOIA Request ORO-2026-00419-F - Acknowledgement', 'BN0PR09MB7421'),
    leaf('text/html', h, 'quoted-printable')),
    request='REQ-005', kind='acknowledgment', tracking_number='ORO-2026-00419-F', clock='received:2026-09-21',
    signals=['tracking-new', 'subject'],
    why='Oak Ridge Office ack: request dated Sep 10 reached the FOIA office Sep 21 after transfer; ORO-2026-00419-F; fees "may" apply')

# Denton: AG decision request and third-party notice (552.305) - no records released yet
d = when('2026-09-24 14:50:31', 'CDT')
letter = """CITY OF DENTON
CITY ATTORNEY'S OFFICE
215 E. McKinney Street, Denton, Texas 76201

September 24, 2026

Office of the Attorney General
Open Records Division
Austin, Texas

Re: Public Information Request R012093-091026 (received September 10, 2026)

Dear Open Records Division:

The City of Denton received a request for Denton Municipal Electric (DME) data center interconnection, power supply and facilities agreements. The City seeks a decision as to whether portions of the responsive information may be withheld.

The City claims that pricing terms, load ramp schedules, and negotiating positions in the responsive agreements and term sheets are excepted from disclosure under section 552.133 of the Government Code (public power utility competitive matters), as determined by the governing body. Portions of the information may also be proprietary to third parties. Pursuant to section 552.305(d), the City has notified Tract Nine Compute, LLC and Lone Elm Data Partners, LLC of the request and of their right to submit arguments to your office within ten business days of receiving notice.

The City will submit its arguments and the information at issue within fifteen business days of receiving the request, as required by section 552.301(e).

Sincerely,

Leticia Gomez
Paralegal, on behalf of the City Attorney

cc: Records Desk, Powerdesk News (requestor)
    Tract Nine Compute, LLC
    Lone Elm Data Partners, LLC
"""
t = """Good afternoon,

Please find attached a copy of the City's letter to the Office of the
Attorney General regarding your request. The City is asking for a ruling on
whether some of the requested information may be withheld, and has notified
the two companies whose proprietary information may be involved, as
required by Section 552.305 of the Texas Government Code.

The City cannot release the information at issue until the Attorney General
rules. The Attorney General generally has 45 business days to issue a
decision. We will contact you once the ruling is received.

Leticia Gomez
Paralegal | City Attorney's Office
City of Denton
940-555-0138
"""
add('denton-cao', d, message([
    ('From', 'Leticia Gomez <Leticia.Gomez@cityofdenton.com>'),
    ('To', plus('REQ-015')),
    ('Subject', 'R012093-091026 - Notice of Request for Attorney General Decision'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('denton-305-015', 'CY4PR09MB2345')),
] + outlook('denton-305-015', 'R012093-091026 - Notice of Request for Attorney General Decision', 'CY4PR09MB2345', attach=True),
    multipart('mixed', [leaf('text/plain', t),
                        attachment('R012093-091026_OAG_Request_Letter.pdf', pdf(letter, 'Request for AG decision'), 'application/pdf')],
              boundary('denton-305-015', 'outlook'))),
    request='REQ-015', kind='extension', tracking_number='R012093-091026', clock='extension',
    signals=['plus', 'tracking'],
    why='Denton asks the AG to rule and gives third-party (552.305) notice; nothing released; TX has no extension days so no new due')

# Red Clay EMC member-services auto-reply
d = when('2026-09-24 16:05:44', 'EDT')
t = """Thank you for contacting Red Clay EMC!

Your message has been received by our Member Services team. Our office hours
are Monday through Friday, 8:00 a.m. to 5:00 p.m. A member services
representative will respond within two business days.

To report an outage, please call 1-800-555-0199 or text OUT to 85700. You
can also view current outages on our outage map at redclayemc.com/outages.

Red Clay Electric Membership Corporation
Your Touchstone Energy(R) Cooperative
"""
add('redclay-memberservices', d, single([
    ('From', 'Red Clay EMC Member Services <memberservices@redclayemc.com>'),
    ('To', plus('REQ-017')),
    ('Subject', fold('Re: ' + subj('REQ-017'))),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s@redclayemc.com>' % hexid('emc-ar-017', 30)),
    ('In-Reply-To', rmid('REQ-017')),
    ('References', rmid('REQ-017')),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Autoreply', 'yes'),
    ('Precedence', 'auto_reply'),
], 'text/plain', t),
    request='REQ-017', kind='auto_reply', tracking_number=None, signals=['thread', 'plus'],
    why='cooperative member-services auto-responder (office hours, outage line); not an answer')

# DOE HQ acknowledgment for REQ-004 (no received date differing)
d = when('2026-09-29 10:15:09', 'EDT')
t = """Records Desk
Powerdesk News

Re: FOIA Request HQ-2026-02011-F

This acknowledges receipt on September 22, 2026 of your Freedom of
Information Act request for Department of Energy records on siting AI data
centers on DOE land, including interconnection and power-supply studies.
Your request has been assigned the number above and has been sent to the
Office of Policy, the Office of Electricity, the Loan Programs Office and
the Office of Critical and Emerging Technologies for search. Records held
by DOE field and site offices may be referred to those offices for direct
response.

As a representative of the news media you will be charged only duplication
fees after the first 100 pages.

Please contact the FOIA Public Liaison at (202) 555-0164 with any questions.

Office of Public Information
U.S. Department of Energy
"""
add('doehq-outlook', d, single([
    ('From', 'FOIA-Central <foia-central@hq.doe.gov>'),
    ('To', plus('REQ-004')),
    ('Subject', 'FOIA Request HQ-2026-02011-F'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('doe-ack-004', 'SJ0PR09MB6611')),
] + outlook('doe-ack-004', 'FOIA Request HQ-2026-02011-F', 'SJ0PR09MB6611'), 'text/plain', t),
    request='REQ-004', kind='acknowledgment', tracking_number='HQ-2026-02011-F', clock='received_on_sent_date',
    signals=['plus', 'tracking-new'],
    why='DOE HQ acknowledges the data-center siting request received Sep 22 (= sent) as HQ-2026-02011-F')

# Red Clay EMC: not subject to the Open Records Act (PDF letter)
d = when('2026-09-29 13:30:20', 'EDT')
letter = """RED CLAY ELECTRIC MEMBERSHIP CORPORATION
Office of the General Counsel

September 29, 2026

Records Desk
Powerdesk News
records@powerdesk.example.org

Re: Your request dated September 24, 2026 under the Georgia Open Records Act

Dear Records Desk:

We received your request for large-load and data center service agreements and interconnection studies, which you submitted under the Georgia Open Records Act, O.C.G.A. 50-18-70 et seq.

Red Clay Electric Membership Corporation is a nonprofit electric membership corporation organized under the Georgia Electric Membership Corporation Act, O.C.G.A. 46-3-170 et seq. The Corporation is owned by the members it serves. It is not a state or local government entity, it was not created by and does not act on behalf of any public agency, and it is not an "agency" as that term is defined in O.C.G.A. 50-18-70(b)(1). The Open Records Act therefore does not apply to the Corporation or its records, and we respectfully decline your request.

In addition, service agreements with individual members, including large-load customers, contain confidential commercial terms that the Corporation does not release.

Information about the Corporation's retail rate schedules, including its large-load service schedule, is published on our website. Members may inspect certain corporate records as provided in the Corporation's bylaws.

Sincerely,

Lorraine Banks
General Counsel
"""
add('redclay-counsel', d, message([
    ('From', 'Lorraine Banks <lbanks@redclayemc.com>'),
    ('To', INBOX),
    ('Subject', 'Your September 24 records request'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s@redclayemc.com>' % hexid('emc-den-017', 30)),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
], multipart('mixed', [leaf('text/plain', 'Please see the attached letter.\n\nLorraine Banks\nGeneral Counsel\nRed Clay EMC\n'),
                       attachment('Red Clay EMC response 2026-09-29.pdf', pdf(letter, 'Response to records request'), 'application/pdf')],
             boundary('emc-den-017'))),
    request='REQ-017', kind='denial', tracking_number=None, adverse=True,
    signals=['subject'],
    why='cooperative says it is not an agency under O.C.G.A. 50-18-70(b)(1) and declines in full; letter only in PDF; GA has no appeal window')

# CPUC clarification through NextRequest (REQ-010)
d = when('2026-09-29 14:10:47', 'PDT')
t = """A message was sent to you regarding record request #26-1242:

Ruby Tran (Safety and Enforcement Division) wrote:

Good afternoon. Your request asks for "all gas pipeline safety inspection
reports and audit findings for PG&E and SoCalGas, 2024-2026." In that
period SED's Gas Safety and Reliability Branch conducted more than 300
standard audits and several thousand field inspections of these two
operators. Final audit letters and the operators' responses are already
posted on the CPUC website (Gas Safety and Reliability Branch audit page).

To help us locate the records you need, could you tell us whether you are
seeking (a) only the posted audit letters, (b) audits of specific divisions
or districts, or (c) field inspection records connected with a particular
incident or facility? A date range narrower than three years would also
help.

Please respond through the portal. We will hold your request until we hear
from you.

View request #26-1242: https://cpuc.nextrequest.com/requests/26-1242
Please do not reply to this email.
"""
add('cpuc-nextrequest', d, message([
    ('From', 'California Public Utilities Commission <californiapuc@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@nextrequest.com'),
    ('To', plus('REQ-010')),
    ('Subject', '[Records Request] Request #26-1242 - message from California Public Utilities Commission'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s.%s@mail.nextrequest.com>' % (hexid('cpuc-clar-010a', 20), hexid('cpuc-clar-010b', 10))),
    ('X-Mailgun-Tag', 'message_to_requester'),
], multipart('alternative', [leaf('text/plain', t),
                             leaf('text/html', '<html><body style="font-family:Helvetica,Arial"><p>' + t.replace('&', '&amp;').replace('"', '&quot;').replace('\n\n', '</p><p>').replace('\n', ' ') + '</p></body></html>', 'quoted-printable')],
             boundary('cpuc-clar-010'))),
    request='REQ-010', kind='clarification', tracking_number='26-1242',
    signals=['plus', 'tracking'],
    why='SED staff message via NextRequest asks us to narrow the pipeline-inspection request and holds it until we answer')

# Tule Ridge RWD: terse ack, no threading, changed subject, windows-1252
d = when('2026-09-30 08:47:15', 'PDT')
t = """Hello,

We got your public records request on 9/23 about the power outages and
generators. Our board secretary’s out this week. We will get back to you
within the 10 days the law allows.

Marlene Ochs
Office Manager
Tule Ridge Rural Water District
(559) 555-0117
"""
add('tuleridge-office', d, single([
    ('From', '"Tule Ridge RWD" <office@tuleridgewater.org>'),
    ('To', INBOX),
    ('Subject', 'records request'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<000a01dd%s$%s$%s@tuleridgewater.org>' % (hexid('rwd1', 8), hexid('rwd2', 8), hexid('rwd3', 8))),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
    ('Thread-Index', 'Adz5' + base64.b64encode(bytes.fromhex(hexid('rwd-ti', 24))).decode()[:24]),
], 'text/plain', t, 'quoted-printable', 'windows-1252'),
    request='REQ-016', kind='acknowledgment', tracking_number=None, clock='received_on_sent_date',
    signals=['subject'],
    why='water district office manager confirms receipt on 9/23 (= sent); no number, no threading; CA 10 days from Sep 23 = Sat Oct 3, rolls to Oct 5')

# ============================================================ October 2026

# DOE HQ specialist asks to clarify (REQ-003), informal, personal .gov address
d = when('2026-10-01 11:20:36', 'EDT')
t = """Hi,

I'm the FOIA specialist working on your OE-417 request (HQ-2026-01873-F).

CESER tells me the public OE-417 summary data (date, reporting entity, area
affected, event type, demand loss and customers affected) is already posted
in the annual summaries on the Office of Electricity / CESER website. Are you
after the full forms, including the narrative and the contact fields, or
would the posted summary data meet your needs?

If it's the full forms, we'll have to notify each submitting utility before
release, which will add quite a bit of time. If we don't hear back from you
within 20 working days we'll have to administratively close the request, so
please let me know either way.

Thanks,
Marcus

Marcus Bell
Government Information Specialist
Office of Public Information
U.S. Department of Energy
(202) 555-0164
"""
add('doehq-specialist', d, single([
    ('From', '"Bell, Marcus" <Marcus.Bell@hq.doe.gov>'),
    ('To', plus('REQ-003')),
    ('Subject', 'OE-417 request - quick question (HQ-2026-01873-F)'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('doe-clar-003', 'SJ0PR09MB6611')),
] + outlook('doe-clar-003', 'OE-417 request - quick question (HQ-2026-01873-F)', 'SJ0PR09MB6611'), 'text/plain', t),
    request='REQ-003', kind='clarification', tracking_number='HQ-2026-01873-F',
    signals=['plus', 'tracking'],
    why='DOE specialist asks whether posted OE-417 summaries suffice or full forms are wanted; will close if no answer in 20 working days')

# ACC: docketed records are on eDocket, not emailed; rest to follow (REQ-013)
d = when('2026-10-01 14:00:09', 'MST')
t = """Good afternoon,

Regarding PRR26-0934:

Filings in Docket No. E-01345A-25-0105, including Commissioners' letters
to the docket, ex parte notices, staff reports and public comments, are
public and available on eDocket. Consistent with Commission practice, we do
not email copies of docketed documents. Search eDocket (edocket.azcc.gov)
for the docket number; there are currently 1,312 filings in that docket.

The remaining portion of your request (Commissioner and Utilities Division
email with APS that was not filed in the docket) has been sent to IT for a
search. We anticipate providing those records on or before November 2, 2026.

Jolene Tsosie
Records Management Section
Arizona Corporation Commission
"""
add('azcc-records', d, single([
    ('From', 'ACC Records Management <publicrecords@azcc.gov>'),
    ('To', plus('REQ-013')),
    ('Subject', 'RE: PRR26-0934'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('azcc-int-013', 'BYAPR09MB4411')),
] + outlook('azcc-int-013', 'RE: PRR26-0934', 'BYAPR09MB4411'), 'text/plain', t),
    request='REQ-013', kind='records_interim', tracking_number='PRR26-0934', estimated='2026-11-02',
    signals=['plus', 'tracking'],
    why='ACC points to docket-posted filings (no email copies) and says non-docketed email will follow by Nov 2; interim, AZ so no due')

# FERC final response for REQ-002: all records already public in eLibrary (HTML-only)
d = when('2026-10-02 11:20:18', 'EDT')
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:'Times New Roman',serif;font-size:12pt">
<p style="text-align:center"><b>FEDERAL ENERGY REGULATORY COMMISSION</b><br>Washington, D.C. 20426</p>
<p>October 2, 2026</p>
<p>Records Desk<br>Powerdesk News</p>
<p>Re: FOIA No. FY26-139</p>
<p>Dear Requester:</p>
<p>This letter responds to your request under the Freedom of Information Act (FOIA), 5 U.S.C. &sect; 552, received September 15, 2026, for (1) ex parte and other off-the-record communications in Docket No. RP26-118-000, Mid-Plains Gas Transmission Company, and (2) communications between Commission staff and the pipeline or its customers concerning the rate case.</p>
<p>The Office of Energy Market Regulation and the Office of the General Counsel searched for responsive records. Under Rule 2201 of the Commission's Rules of Practice and Procedure, 18 CFR 385.2201, off-the-record communications received in a contested on-the-record proceeding, and staff memoranda summarizing oral communications, are placed in the public record of the proceeding. The responsive records have been placed in the record of Docket No. RP26-118-000 and are available in eLibrary under the following accession numbers:</p>
<ul>
<li>20260721-4012 &ndash; Memorandum of off-the-record communication (customer group meeting)</li>
<li>20260804-4001 &ndash; Letter from Senator's office, with staff notice of exempt communication</li>
<li>20260826-4019 &ndash; Memorandum of oral communication (pipeline counsel, procedural schedule)</li>
<li>20260903-4007 &ndash; Notice of prohibited off-the-record communication and attachments</li>
</ul>
<p>Settlement discussions among the parties are not part of the record, and Commission staff did not create other records of communications with the pipeline or its customers outside the docket. Because the responsive records are publicly available, no records are enclosed and no fees are charged. This completes the processing of your request.</p>
<p>If you believe the search was inadequate, you may file an administrative appeal with the General Counsel within 90 days of the date of this letter, as provided in 18 CFR 388.110. You may also seek assistance from the Commission's FOIA Public Liaison at (202) 555-0186, or contact the Office of Government Information Services (OGIS), which offers mediation services, at ogis@nara.gov or 1-877-684-6448.</p>
<p>Sincerely,</p>
<p>Kenneth R. Pham<br>Director, Office of External Affairs</p>
</body></html>
"""
add('ferc-html', d, message([
    ('From', 'FOIA-CEII <foia-ceii@ferc.gov>'),
    ('To', plus('REQ-002')),
    ('Subject', 'FOIA No. FY26-139 - Final Response'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('ferc-fin-002', 'DM8PR09MB6620')),
] + outlook('ferc-fin-002', 'FOIA No. FY26-139 - Final Response', 'DM8PR09MB6620'), leaf('text/html', h, 'quoted-printable')),
    request='REQ-002', kind='records_final', tracking_number='FY26-139', adverse=False,
    signals=['plus', 'tracking'],
    why='final response: all responsive records are docket-posted in eLibrary (accession numbers listed), nothing withheld; appeal text is only about search adequacy, so no appeal_due')

# PUCT GovQA acknowledgment (REQ-008), plain-text template
d = when('2026-10-05 10:02:26', 'CDT')
t = """Public Utility Commission of Texas - Public Information Center

Dear Records Desk,

Your request for public information was received on 10/5/2026 and has been
assigned reference number P005330-100526.

Summary: Large-load (data center) interconnection correspondence and ERCOT
studies under SB 6

Please keep this reference number; you will need it to check the status of
your request or to send us a message at
https://puctx.mycusthelp.com/WEBAPP/_rs/supporthome.aspx

Do not reply to this email; replies to this address are not received.
"""
add('puct-govqa', d, single([
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', plus('REQ-008')),
    ('Subject', 'Public Information Request P005330-100526 has been received'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s@mycusthelp.net>' % hexid('puct-ack-008', 28)),
    ('X-Mailer', 'GovQA Notification Service'),
], 'text/plain', t),
    request='REQ-008', kind='acknowledgment', tracking_number='P005330-100526', clock='received_on_sent_date',
    signals=['plus', 'tracking-new'],
    why='GovQA (shared sender) confirms PUCT received the large-load request 10/5/2026 (= sent) as P005330-100526')
RWD_ACK_MID = '<000a01dd%s$%s$%s@tuleridgewater.org>' % (hexid('rwd1', 8), hexid('rwd2', 8), hexid('rwd3', 8))

# Tule Ridge board secretary from a personal Gmail: 14-day extension (REQ-016)
d = when('2026-10-05 16:30:58', 'PDT')
t = """Hi, this is Dale, board secretary for Tule Ridge RWD. Marlene passed your
request along to me.

We're going to need the extra 14 days the law allows. The generator run logs
and the outage notices are kept out at the Well 4 pump station and our GM
(Roy) has to pull them, and he has been tied up with the Well 7 rebuild. You
should have everything by October 19.

Thanks for your patience,
Dale Ruiz
Board Secretary, Tule Ridge Rural Water District

On Wed, Sep 30, 2026 at 8:47 AM Tule Ridge RWD <office@tuleridgewater.org> wrote:
""" + quote_lines("""Hello,

We got your public records request on 9/23 about the power outages and
generators. Our board secretary’s out this week. We will get back to you
within the 10 days the law allows.

Marlene Ochs
Office Manager
Tule Ridge Rural Water District
(559) 555-0117""") + '\n'
bg = boundary('rwd-ext-016', 'gmail')
add('tuleridge-gmail', d, message([
    ('From', 'Dale Ruiz <daleruiz.trrwd@gmail.com>'),
    ('To', INBOX),
    ('Cc', '"Tule Ridge RWD" <office@tuleridgewater.org>'),
    ('Subject', 'Re: records request'),
    ('Date', rfcdate(d)),
    ('Message-ID', gmail_mid('rwd-ext-016')),
    ('In-Reply-To', RWD_ACK_MID),
    ('References', RWD_ACK_MID),
], multipart('alternative', [leaf('text/plain', t, 'quoted-printable'),
                             leaf('text/html', '<div dir="ltr">' + t.split('\nOn Wed')[0].replace('\n\n', '<br><br>').replace('\n', ' ') + '</div><br><div class="gmail_quote">On Wed, Sep 30, 2026 at 8:47 AM Tule Ridge RWD &lt;office@tuleridgewater.org&gt; wrote:<br><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Hello,<br><br>We got your public records request on 9/23 about the power outages and generators. Our board secretary’s out this week. We will get back to you within the 10 days the law allows.<br><br>Marlene Ochs<br>Office Manager<br>Tule Ridge Rural Water District</blockquote></div>\n', 'quoted-printable')],
             bg)),
    request='REQ-016', kind='extension', tracking_number=None, clock='extension', estimated='2026-10-19',
    signals=['thread-known', 'subject'],
    why='district board secretary (personal Gmail) takes the 14-day CPRA extension on the Oct 5 due date; promises records by Oct 19')

# CPUC NextRequest documents released, more to come (REQ-009)
d = when('2026-10-05 16:45:12', 'PDT')
h = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333"><div style="max-width:600px;margin:0 auto">
<div style="background:#00467f;color:#fff;padding:14px 20px;font-size:17px">California Public Utilities Commission</div>
<div style="padding:18px 20px">
<p><b>Documents released for record request #26-1187</b></p>
<p>14 documents have been released to you.</p>
<p><b>Message from the CPUC:</b> Today's release contains SED's data requests and correspondence with PG&amp;E, SCE and SDG&amp;E about the PSPS events of October 2025, January 2026 and June 2026. The utilities' PSPS post-event reports are filed in Rulemaking R.18-12-005 and posted on the CPUC's PSPS web page, so we have not duplicated them here. Review of the remaining records (internal SED email) is continuing, and we expect to complete our response by November 6, 2026.</p>
<p><a href="https://cpuc.nextrequest.com/requests/26-1187">View documents</a></p>
</div><div style="padding:10px 20px;font-size:11px;color:#888">Please do not reply to this email. Powered by NextRequest.</div></div></body></html>
"""
add('cpuc-nextrequest', d, message([
    ('From', 'California Public Utilities Commission <californiapuc@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@nextrequest.com'),
    ('To', plus('REQ-009')),
    ('Subject', '[Records Request] Documents released for request #26-1187'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s.%s@mail.nextrequest.com>' % (hexid('cpuc-int-009a', 20), hexid('cpuc-int-009b', 10))),
    ('X-Mailgun-Tag', 'documents_released'),
], leaf('text/html', h, 'quoted-printable')),
    request='REQ-009', kind='records_interim', tracking_number='26-1187', estimated='2026-11-06',
    signals=['plus', 'tracking'],
    why='portal release of 14 documents with a staff note: post-event reports are web-posted, internal email still under review (Nov 6)')

# ACC Exchange NDR: the OPS distribution list refuses outside mail (REQ-014)
d = when('2026-10-06 10:12:37', 'MST')
orig_d = when('2026-10-06 10:12:20', 'MST')
bo = boundary('azcc-ndr-014', 'outlook')
ba = boundary('azcc-ndr-014a', 'outlook')
ndr_txt = """Your message to pipelinesafety@azcc.gov couldn't be delivered.

The group pipelinesafety only accepts messages from people in its
organization or on its allowed senders list, and your email address isn't
on the list.

records       Office 365       pipelinesafety
Action Required                Recipient

How to Fix It
Contact the group owner and ask to be added to the allowed senders list.

Diagnostic information for administrators:
Generating server: BYAPR09MB4411.namprd09.prod.outlook.com
pipelinesafety@azcc.gov
Remote Server returned '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group'
"""
ndr_html = '<html><body><p><b><font color="#000066" size="3">Your message to pipelinesafety@azcc.gov couldn\'t be delivered.</font></b></p><p>The group pipelinesafety only accepts messages from people in its organization or on its allowed senders list, and your email address isn\'t on the list.</p><table><tr><td>records</td><td>Office 365</td><td>pipelinesafety</td></tr><tr><td>Action Required</td><td></td><td>Recipient</td></tr></table><p><b>How to Fix It</b><br>Contact the group owner and ask to be added to the allowed senders list.</p><p>Diagnostic information for administrators:<br>Generating server: BYAPR09MB4411.namprd09.prod.outlook.com<br>pipelinesafety@azcc.gov<br>Remote Server returned \'550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required\'</p></body></html>'
ds = """Content-Type: message/delivery-status

Reporting-MTA: dns;BYAPR09MB4411.namprd09.prod.outlook.com
Received-From-MTA: dns;mail-sor-f41.google.com
Arrival-Date: Tue, 6 Oct 2026 17:12:24 +0000

Final-Recipient: rfc822;pipelinesafety@azcc.gov
Action: failed
Status: 5.7.133
Diagnostic-Code: smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group
"""
orig = headers([
    ('From', DESK), ('Reply-To', plus('REQ-014')),
    ('To', 'ACC Records Management <publicrecords@azcc.gov>'), ('Cc', 'pipelinesafety@azcc.gov'),
    ('Subject', fold(subj('REQ-014'))), ('Date', rfcdate(orig_d)),
    ('Message-ID', rmid('REQ-014')), ('MIME-Version', '1.0'),
    ('Content-Type', 'text/plain; charset="UTF-8"')]) + '\n' + REQ_BODY['REQ-014']
add('azcc-ndr', d, message([
    ('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@azcc.onmicrosoft.com>'),
    ('To', INBOX),
    ('Subject', fold('Undeliverable: ' + subj('REQ-014'))),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('azcc-ndr-014', 'BYAPR09MB4411')),
    ('Auto-Submitted', 'auto-replied'),
    ('X-MS-Exchange-Message-Is-Ndr', ''),
    ('Content-Language', 'en-US'),
], multipart('report', [
    multipart('alternative', [leaf('text/plain', ndr_txt), leaf('text/html', ndr_html)], ba),
    ds,
    'Content-Type: message/rfc822\n\n' + orig,
], bo, '; report-type=delivery-status')),
    request='REQ-014', kind='bounce', tracking_number=None, signals=['thread-embedded'],
    why='Exchange NDR: the Pipeline Safety group address rejects outside senders; only link is the returned original (Message-ID of REQ-014)')

# FERC submitter notice (EO 12600) + 10-day extension (REQ-001)
d = when('2026-10-07 15:05:44', 'EDT')
t = """FEDERAL ENERGY REGULATORY COMMISSION
Washington, D.C. 20426

October 7, 2026

Re: FOIA No. FY26-131 - Submitter notice and extension of time

Dear Requester:

This concerns your request under the Freedom of Information Act (FOIA),
received September 9, 2026, for large-load interconnection agreements and
related staff correspondence.

The Commission's search located approximately 600 pages of responsive
records. Many of them were filed by PJM Interconnection, L.L.C., Southwest
Power Pool, Inc., and several large-load customers with requests for
privileged treatment under 18 CFR 388.112, and some may contain Critical
Energy/Electric Infrastructure Information (CEII). As required by 18 CFR
388.112(d) and Executive Order 12600, the Commission has notified the
submitters of your request and given them an opportunity to object to
disclosure before we make a determination.

Because of the need to consult with these submitters and to collect records
from several Commission offices, unusual circumstances exist under 5 U.S.C.
552(a)(6)(B)(i), and the Commission is extending the time limit to respond
by ten working days. We anticipate sending our response on or before
November 13, 2026.

If you would like to narrow your request, or agree to an alternative time
frame, please contact the FOIA team or the FOIA Public Liaison at
(202) 555-0186. You may also seek dispute resolution services from the
Office of Government Information Services (OGIS) at ogis@nara.gov or
1-877-684-6448.

Sincerely,

Marisol V. Grant
FOIA Specialist
Office of External Affairs
"""
add('ferc-letter', d, single([
    ('From', 'FOIA-CEII <foia-ceii@ferc.gov>'),
    ('To', INBOX),
    ('Subject', 'FOIA No. FY26-131 - Submitter Notice and Extension of Time'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('ferc-ext-001', 'DM8PR09MB6620')),
] + outlook('ferc-ext-001', 'FOIA No. FY26-131 - Submitter Notice and Extension of Time', 'DM8PR09MB6620'), 'text/plain', t),
    request='REQ-001', kind='extension', tracking_number='FY26-131', clock='extension', estimated='2026-11-13',
    signals=['tracking'],
    why='FERC EO 12600 submitter notice plus unusual-circumstances extension of 10 working days on the Oct 7 due date; response expected Nov 13')

# ACC acknowledgment for REQ-014 (after the NDR)
d = when('2026-10-08 09:10:05', 'MST')
t = """Thank you for your public records request.

Your request has been received by the Arizona Corporation Commission,
Records Management Section, on 10/6/2026 and assigned number PRR26-1027.

Your message was also addressed to the Office of Pipeline Safety's internal
distribution list, which does not accept outside mail. Please send all
public records requests to publicrecords@azcc.gov.

Requests are processed in the order received, and the Commission will
respond promptly as required by A.R.S. 39-121.01(D).

Records Management Section
Arizona Corporation Commission
"""
add('azcc-records', d, single([
    ('From', 'ACC Records Management <publicrecords@azcc.gov>'),
    ('To', plus('REQ-014')),
    ('Subject', 'Public Records Request PRR26-1027 Received'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('azcc-ack-014', 'BYAPR09MB4411')),
] + outlook('azcc-ack-014', 'Public Records Request PRR26-1027 Received', 'BYAPR09MB4411'), 'text/plain', t),
    request='REQ-014', kind='acknowledgment', tracking_number='PRR26-1027', clock='received_on_sent_date',
    signals=['plus', 'tracking-new'],
    why='ACC acknowledges the pipeline-investigation request received 10/6 (= sent) as PRR26-1027; AZ has no day count, so no due')

# PUCT attorney asks for clarification (REQ-008)
d = when('2026-10-08 11:25:50', 'CDT')
t = """Good morning,

I am writing about your public information request P005330-100526, received
October 5, 2026, for "large-load (data center) interconnection
correspondence and ERCOT studies under SB 6."

Under Texas Government Code 552.222(b), we ask that you clarify the
following so that we can identify the information you are seeking:

1. Correspondence: do you mean communications between Commission staff and
   ERCOT, transmission service providers, or large-load customers (or all
   three)? Communications of individual Commissioners' offices?

2. Date range: please give a beginning and ending date.

3. Filings in Project No. 58481 (large load interconnection standards) are
   public and available on the PUC Interchange. Do you want us to exclude
   filed documents from the search?

4. "ERCOT studies": the Commission holds ERCOT large-load interconnection
   studies only to the extent they were filed with or sent to the
   Commission. Please tell us if there are particular studies you want.

Please respond through the Public Information Center or by email to
openrecords@puc.texas.gov. Under Section 552.222(d), if we do not receive a
written response by the 61st day after this request for clarification, your
request will be considered withdrawn.

Kaitlyn Ochoa
Attorney, Legal Division
Public Utility Commission of Texas
"""
h = '<html><body style="font-family:Calibri,Arial;font-size:11pt"><p>' + t.replace('&', '&amp;').replace('"', '&quot;').replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></body></html>'
add('puct-attorney', d, message([
    ('From', '"Ochoa, Kaitlyn" <Kaitlyn.Ochoa@puc.texas.gov>'),
    ('To', plus('REQ-008')),
    ('Cc', 'openrecords@puc.texas.gov'),
    ('Subject', 'PIR P005330-100526 - Request for Clarification'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('puct-clar-008', 'SN7PR09MB5050')),
] + outlook('puct-clar-008', 'PIR P005330-100526 - Request for Clarification', 'SN7PR09MB5050'),
    multipart('alternative', [leaf('text/plain', t), leaf('text/html', h, 'quoted-printable')], boundary('puct-clar-008', 'outlook'))),
    request='REQ-008', kind='clarification', tracking_number='P005330-100526',
    signals=['plus', 'tracking'],
    why='PUCT attorney asks four clarification questions under 552.222(b); request withdrawn if no answer by day 61')

# Bounce: our emailed clarification sent to the GovQA no-reply address (REQ-008)
PUCT_ACK8_MID = '<%s@mycusthelp.net>' % hexid('puct-ack-008', 28)
d = when('2026-10-09 10:01:19', 'CDT')
orig_d = when('2026-10-09 10:01:02', 'CDT')
bq = boundary('govqa-dsn-008')
t = """This is the mail system at host mx2.mycusthelp.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<noreply@mycusthelp.net>: host inbound.mycusthelp.net[198.51.100.23] said:
    550 5.7.1 <noreply@mycusthelp.net>: Recipient address rejected: This
    mailbox does not accept incoming mail. Please use the portal to
    communicate about your request. (in reply to RCPT TO command)
"""
ds = """Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mx2.mycusthelp.net
X-Postfix-Queue-ID: 4Hq9mR1Zb7z3XkP
X-Postfix-Sender: rfc822; records@powerdesk.example.org
Arrival-Date: Fri,  9 Oct 2026 15:01:04 +0000 (UTC)

Final-Recipient: rfc822; noreply@mycusthelp.net
Original-Recipient: rfc822;noreply@mycusthelp.net
Action: failed
Status: 5.7.1
Remote-MTA: dns; inbound.mycusthelp.net
Diagnostic-Code: smtp; 550 5.7.1 <noreply@mycusthelp.net>: Recipient address
    rejected: This mailbox does not accept incoming mail.
"""
oh = """Content-Type: text/rfc822-headers
Content-Description: Undelivered Message Headers

""" + headers([
    ('Return-Path', '<records@powerdesk.example.org>'),
    ('From', DESK),
    ('To', 'Public Records Center <noreply@mycusthelp.net>'),
    ('Subject', 'Re: Public Information Request P005330-100526 has been received'),
    ('Date', rfcdate(orig_d)),
    ('Message-ID', '<CAJ7w%s@mail.gmail.com>' % hexid('ourreply008', 30)),
    ('In-Reply-To', PUCT_ACK8_MID),
    ('References', PUCT_ACK8_MID),
    ('MIME-Version', '1.0'),
    ('Content-Type', 'text/plain; charset="UTF-8"')])
add('dsn-postfix', d, message([
    ('From', 'MAILER-DAEMON@mx2.mycusthelp.net (Mail Delivery System)'),
    ('To', INBOX),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<20261009150119.4Hq9mR1Zb7z3XkP@mx2.mycusthelp.net>'),
    ('Auto-Submitted', 'auto-replied'),
], multipart('report', ['Content-Description: Notification\n' + leaf('text/plain', t), ds, oh], bq, '; report-type=delivery-status')),
    request='REQ-008', kind='bounce', tracking_number='P005330-100526', signals=['thread-known', 'tracking'],
    why='Postfix DSN: our emailed answer to the PUCT clarification went to the GovQA no-reply address and was rejected; link is the returned subject/In-Reply-To')

# Georgia PSC final release with withholdings (REQ-011)
d = when('2026-10-09 16:45:03', 'EDT')
letter = """GEORGIA PUBLIC SERVICE COMMISSION
244 Washington Street SW, Atlanta, Georgia 30334

October 9, 2026

Records Desk, Powerdesk News
records@powerdesk.example.org

Re: Open Records Request ORR 2026-141

This letter completes the Commission's response to your request of September 16, 2026 for correspondence between Commissioners or Commission staff and Georgia Power Company about the rate case in Docket No. 56310.

Records produced: 1,212 email messages with attachments, in four PDF volumes, available for download at the link provided in the cover email.

Records withheld in whole or in part:
- 38 messages between Commission staff and the Commission's attorneys, withheld as attorney-client communications and attorney work product (O.C.G.A. 50-18-72(a)(41) and (42)).
- Portions of 3 messages containing information Georgia Power submitted as trade secrets under O.C.G.A. 50-18-72(a)(34), redacted.
- Personal cell phone numbers of staff, redacted as exempt personal information (O.C.G.A. 50-18-72).

Docketed filings in Docket No. 56310 are available on the Commission's website and were not reproduced.

Invoice: 4.0 hours of staff time less the first quarter hour, 3.75 x $24.18 = $90.68. Payment instructions are enclosed.

Theresa Pruitt
Records Management Officer
"""
t = """Thank you for agreeing to the estimate. The records for ORR 2026-141 are
ready: 1,212 emails in four PDF volumes at
https://gapsc.sharefile.com/d-s7e2a91c4b0d (link expires November 9).

Our response letter and invoice are attached. Some messages were withheld
or redacted as explained in the letter. The final charge is $90.68, lower
than the estimate.

Theresa Pruitt
Records Management Officer
Georgia Public Service Commission
"""
add('gapsc-officer', d, message([
    ('From', 'Theresa Pruitt <tpruitt@psc.ga.gov>'),
    ('To', DESK),
    ('Subject', 'RE: ORR 2026-141 - Estimated cost and timeline'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('gapsc-fin-011', 'CH3PR09MB7770')),
    ('In-Reply-To', outlook_mid('gapsc-fee-011', 'CH3PR09MB7770')),
    ('References', outlook_mid('gapsc-fee-011', 'CH3PR09MB7770')),
] + outlook('gapsc-fin-011', 'ORR 2026-141 - Estimated cost and timeline', 'CH3PR09MB7770', attach=True),
    multipart('mixed', [leaf('text/plain', t),
                        attachment('ORR 2026-141 Response Letter and Invoice.pdf', pdf(letter, 'ORR 2026-141'), 'application/pdf')],
              boundary('gapsc-fin-011', 'outlook'))),
    request='REQ-011', kind='records_final', tracking_number='ORR 2026-141', adverse=True,
    signals=['thread-known', 'tracking'],
    why='GA PSC completes ORR 2026-141: 1,212 emails released, privileged and trade-secret material withheld; GA has no appeal window')

# CPUC portal notice only (REQ-010)
d = when('2026-10-14 09:00:31', 'PDT')
t = """A message has been added to record request #26-1242.

To read it, log in to the CPUC public records portal:
https://cpuc.nextrequest.com/requests/26-1242

Please do not reply to this email.
"""
add('cpuc-nextrequest', d, single([
    ('From', 'California Public Utilities Commission <californiapuc@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@nextrequest.com'),
    ('To', plus('REQ-010')),
    ('Subject', '[Records Request] Request #26-1242 has a new message'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s.%s@mail.nextrequest.com>' % (hexid('cpuc-pn-010a', 20), hexid('cpuc-pn-010b', 10))),
    ('X-Mailgun-Tag', 'message_added'),
], 'text/plain', t),
    request='REQ-010', kind='portal_notice', tracking_number='26-1242',
    signals=['plus', 'tracking'],
    why='NextRequest says a message was added; the content is only in the portal')

# Georgia PSC ack for REQ-012: after-hours email logged as received next day; no threading
d = when('2026-10-15 10:40:22', 'EDT')
t = """Your open records request dated 10/13/2026 (Pipeline Safety inspection and
incident records, Henry County gas line rupture, April 2026) arrived after
5:00 p.m. and was logged as received on 10/14/2026.

Request number: ORR2026-163

A response will follow within three business days.

GPSC Open Records
"""
add('gapsc-openrecords', d, single([
    ('From', 'GPSC Open Records <openrecords@psc.ga.gov>'),
    ('To', INBOX),
    ('Subject', 'ORR2026-163'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('gapsc-ack-012', 'CH3PR09MB7770')),
] + outlook('gapsc-ack-012', 'ORR2026-163', 'CH3PR09MB7770'), 'text/plain', t),
    request='REQ-012', kind='acknowledgment', tracking_number='ORR2026-163', clock='received:2026-10-14',
    signals=['tracking-new', 'subject'],
    why='GA PSC logs the after-hours Oct 13 request as received Oct 14 (ORR2026-163, no space); 3 GA business days from Oct 14')

# NRC interim response: tracking only in the attachment (name and letter)
d = when('2026-10-16 14:30:48', 'EDT')
letter = """NRC FORM 464 Part I
U.S. NUCLEAR REGULATORY COMMISSION
RESPONSE TO FREEDOM OF INFORMATION ACT (FOIA) REQUEST

NRC-2026-000687          RESPONSE TYPE: INTERIM (No. 1)          DATE: 10/16/2026

REQUESTER: Records Desk, Powerdesk News

DESCRIPTION OF REQUESTED RECORDS: Records on loss-of-offsite-power events and co-located data-center loads at operating reactors, 2024-2026.

PART I. - INFORMATION RELEASED

Agency records subject to the request are already available in public ADAMS or on microfiche in the NRC Public Document Room:
  ML25104A233  Licensee Event Report 2025-002-00, loss of offsite power during grid disturbance
  ML25167A210  Event notification follow-up, dual-unit LOOP
  ML25203A118  Special inspection report, offsite power reliability
  ML25311A045  Letter to licensee re: large-load interconnection and offsite power analysis
  ML26034A407  Public meeting summary, co-located load configurations at operating reactors
  ML26090A152  Licensee Event Report 2026-001-00, partial loss of offsite power
  ML26141A377  Regulatory issue summary draft comments (public)
  (16 additional accession numbers are listed in the enclosure)

We are continuing to process the remaining records, which consist of internal NRC staff email and draft documents, and will respond further when that review is complete.

Fees: None at this time.

SIGNATURE - FREEDOM OF INFORMATION ACT OFFICER
Stephanie A. Blake, Government Information Specialist
"""
add('nrc-form464', d, message([
    ('From', 'FOIA Resource <FOIA.Resource@nrc.gov>'),
    ('To', plus('REQ-006')),
    ('Subject', 'NRC FOIA - Interim Response'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('nrc-int-006', 'PH0PR09MB9876')),
] + outlook('nrc-int-006', 'NRC FOIA - Interim Response', 'PH0PR09MB9876', attach=True),
    multipart('mixed', [leaf('text/plain', """Please see the attached interim response to your FOIA request.

Publicly available records can be viewed in ADAMS at
https://adams.nrc.gov/wba/ by searching the accession numbers listed.

FOIA, Library, and Information Collections Branch
U.S. Nuclear Regulatory Commission
"""), attachment('NRC-2026-000687 Interim Response 1.pdf', pdf(letter, 'NRC Form 464 interim'), 'application/pdf')],
              boundary('nrc-int-006', 'outlook'))),
    request='REQ-006', kind='records_interim', tracking_number='NRC-2026-000687',
    signals=['plus', 'tracking-filename', 'tracking-attachment'],
    why='NRC Form 464 interim: ADAMS accession numbers for docket-posted records, internal email still in review; number only in the PDF and its name')

# Oak Ridge Office: EO 12600 submitter review and 10-day extension (REQ-005)
d = when('2026-10-19 15:15:27', 'EDT')
h = """<html><body style="font-family:'Times New Roman',serif;font-size:12pt">
<p>October 19, 2026</p>
<p><b>SUBJECT: Freedom of Information Act Request ORO-2026-00419-F &ndash; Submitter Notice and Extension</b></p>
<p>This concerns your FOIA request for ORNL Site Office records on power supply and grid interconnection for new computing and data-center load at Oak Ridge National Laboratory.</p>
<p>The ORNL Site Office located responsive records, including a power supply arrangement and related correspondence among the Department, the Tennessee Valley Authority and UT-Battelle, LLC, and proposal materials that a private developer submitted in response to the Department's 2025 request for information on data-center development on DOE land. Some of this information may be confidential commercial information. In accordance with Executive Order 12600 and 10 CFR 1004.11, we have notified the submitters of your request and given them ten working days to object to disclosure.</p>
<p>Because your request requires consultation with the submitters and with the site office, unusual circumstances exist, and we are extending the time to respond by ten working days as provided in 5 U.S.C. &sect; 552(a)(6)(B). We anticipate providing our response by <b>December 18, 2026</b>.</p>
<p>You may contact me or DOE's FOIA Public Liaison to discuss narrowing your request or an alternative time frame. You may also contact the Office of Government Information Services (OGIS) at ogis@nara.gov or 1-877-684-6448 for mediation services.</p>
<p>Gregory L. Ashby<br>FOIA Officer, Oak Ridge Office</p>
</body></html>
"""
add('oro-foia', d, message([
    ('From', 'Oak Ridge Office FOIA <foia@orem.doe.gov>'),
    ('To', INBOX),
    ('Subject', 'ORO-2026-00419-F - Submitter Notice and Extension of Time'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('oro-ext-005', 'BN0PR09MB7421')),
] + outlook('oro-ext-005', 'ORO-2026-00419-F - Submitter Notice and Extension of Time', 'BN0PR09MB7421'),
    leaf('text/html', h, 'quoted-printable')),
    request='REQ-005', kind='extension', tracking_number='ORO-2026-00419-F', clock='extension', estimated='2026-12-18',
    signals=['tracking'],
    why='EO 12600 submitter notice (TVA, contractor, developer) and 10-working-day unusual-circumstances extension on the Oct 20 due date (Columbus Day skipped); response by Dec 18')

# Georgia PSC: no responsive records; interstate line is PHMSA's (REQ-012)
d = when('2026-10-19 16:00:40', 'EDT')
t = """We have completed the search for ORR2026-163.

The Commission has no records responsive to your request. The April 2026
rupture in Henry County occurred on an interstate transmission pipeline.
The Commission's Pipeline Safety Office did not inspect that facility or
investigate the incident; interstate pipelines are under the jurisdiction
of the Pipeline and Hazardous Materials Safety Administration (PHMSA), U.S.
Department of Transportation. You may wish to send your request to PHMSA's
FOIA office.

This closes ORR2026-163.

GPSC Open Records
"""
add('gapsc-openrecords', d, single([
    ('From', 'GPSC Open Records <openrecords@psc.ga.gov>'),
    ('To', INBOX),
    ('Subject', 'RE: ORR2026-163'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('gapsc-nr-012', 'CH3PR09MB7770')),
    ('In-Reply-To', outlook_mid('gapsc-ack-012', 'CH3PR09MB7770')),
    ('References', outlook_mid('gapsc-ack-012', 'CH3PR09MB7770')),
] + outlook('gapsc-nr-012', 'ORR2026-163', 'CH3PR09MB7770'), 'text/plain', t),
    request='REQ-012', kind='no_records', tracking_number='ORR2026-163', adverse=True,
    signals=['thread-known', 'tracking'],
    why='GA PSC has no records: the ruptured line is interstate (PHMSA); suggests PHMSA; GA has no appeal window')

# Tule Ridge final, Gmail with CSV and PDF attachments (REQ-016)
d = when('2026-10-19 15:20:09', 'PDT')
csv = """station,event_start,event_end,cause,generator,run_hours,fuel_gal,notes
Well 4,2025-10-21 04:10,2025-10-23 18:40,PG&E PSPS,Cat C9 250kW,62.5,410,
Well 7,2025-10-21 04:10,2025-10-22 09:15,PG&E PSPS,Kohler 150REOZJ,4.2,31,generator failed to transfer - low pressure zone B
Well 7,2025-10-22 09:15,2025-10-23 18:40,PG&E PSPS,rental 200kW,33.4,240,rental hooked up 10/22
Well 4,2026-01-13 22:05,2026-01-14 15:30,PG&E PSPS,Cat C9 250kW,17.4,118,
Well 7,2026-01-13 22:05,2026-01-14 15:30,PG&E PSPS,Kohler 150REOZJ,17.4,126,
Well 4,2026-06-26 11:00,2026-06-27 20:15,PG&E PSPS,Cat C9 250kW,33.2,221,
Well 7,2026-06-26 11:00,2026-06-27 20:15,PG&E PSPS,Kohler 150REOZJ,33.2,230,
"""
notice = """TULE RIDGE RURAL WATER DISTRICT

BOIL WATER NOTICE
October 22, 2025

Due to a loss of water pressure in Zone B during the power shutoff, customers on Oak Flat Road, Ridge Lane and Upper Tule Road should bring tap water to a rolling boil for one minute before drinking or cooking. This notice remains in effect until the District notifies you that sampling shows the water is safe.

Issued in coordination with the State Water Resources Control Board, Division of Drinking Water.

Rescinded October 25, 2025.

Questions: District Office, (559) 555-0117
"""
t = """Here's what we have.

1) Generator run log for the Well 4 and Well 7 pump stations for the three
shutoffs (Oct 2025, Jan 2026, June 2026) - spreadsheet attached.
2) The boil water notice we put out Oct 22, 2025 after pressure dropped in
Zone B during the shutoff (we rescinded it Oct 25).
3) We don't have letters or emails with PG&E about the shutoffs. Roy deals
with their rep by phone.

That's everything the District has on this.

Dale
"""
bgm = boundary('rwd-fin-016', 'gmail')
add('tuleridge-gmail', d, message([
    ('From', 'Dale Ruiz <daleruiz.trrwd@gmail.com>'),
    ('To', INBOX),
    ('Subject', 'Re: records request'),
    ('Date', rfcdate(d)),
    ('Message-ID', gmail_mid('rwd-fin-016')),
    ('In-Reply-To', gmail_mid('rwd-ext-016')),
    ('References', RWD_ACK_MID + ' ' + gmail_mid('rwd-ext-016')),
], multipart('mixed', [
    multipart('alternative', [leaf('text/plain', t), leaf('text/html', '<div dir="ltr">' + t.replace('&', '&amp;').replace('\n\n', '<br><br>').replace('\n', '<br>') + '</div>\n', 'quoted-printable')], boundary('rwd-fin-016-alt', 'gmail')),
    attachment('Generator run log 2025-2026.csv', csv.encode(), 'text/csv'),
    attachment('Boil Water Notice 10-22-25.pdf', pdf(notice, 'Boil Water Notice'), 'application/pdf'),
], bgm)),
    request='REQ-016', kind='records_final', tracking_number=None, adverse=False,
    signals=['thread-known', 'subject'],
    why='district sends generator log and boil-water notice and says that is everything (no PG&E correspondence exists); nothing withheld')

# DOE HQ: part of REQ-004 transferred to the Oak Ridge Office (new ORO number for that part)
d = when('2026-10-20 13:00:16', 'EDT')
t = """Good afternoon,

This is to let you know that the portion of your request HQ-2026-02011-F
that seeks interconnection and power-supply studies for Oak Ridge National
Laboratory has been transferred to the Oak Ridge Office FOIA Officer, who
will respond to you directly. That office has assigned the transferred
portion its own number, ORO-2026-00471-F.

Headquarters will continue to process the rest of your request (records of
the Office of Policy, the Office of Electricity, the Loan Programs Office
and the Office of Critical and Emerging Technologies on siting data centers
on DOE land).

Marcus Bell
Government Information Specialist
Office of Public Information
U.S. Department of Energy
"""
add('doehq-specialist', d, single([
    ('From', '"Bell, Marcus" <Marcus.Bell@hq.doe.gov>'),
    ('To', plus('REQ-004')),
    ('Subject', 'HQ-2026-02011-F - partial transfer to Oak Ridge Office'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('doe-xfer-004', 'SJ0PR09MB6611')),
] + outlook('doe-xfer-004', 'HQ-2026-02011-F - partial transfer to Oak Ridge Office', 'SJ0PR09MB6611'), 'text/plain', t),
    request='REQ-004', kind='other', tracking_number='HQ-2026-02011-F',
    signals=['plus', 'tracking'],
    why='transfer notice: ORNL portion of the HQ request sent to the Oak Ridge Office (new number ORO-2026-00471-F, not REQ-005); HQ continues')

# FERC eSubscription notice on the RP26-118 docket (null)
d = when('2026-10-21 04:12:55', 'EDT')
t = """This is an eSubscription notification from the Federal Energy Regulatory
Commission.

Docket(s): RP26-118-000
Lead Applicant: Mid-Plains Gas Transmission Company
Filing Type: Initial Brief
Description: Initial Brief of Mid-Plains Gas Transmission Company under
RP26-118.
Filed Date: 10/20/2026
Accession No.: 20261020-5188

To view this document, visit
https://elibrary.ferc.gov/eLibrary/filelist?accession_number=20261020-5188

To modify your subscriptions, log in to FERC Online at
https://ferconline.ferc.gov. This is an automated message; please do not
reply.
"""
add('ferc-esubscription', d, single([
    ('From', 'eSubscription <eSubscription@ferc.gov>'),
    ('To', INBOX),
    ('Subject', 'FERC eSubscription Notification: RP26-118-000 Initial Brief'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s.esub@ferc.gov>' % hexid('ferc-esub', 20)),
    ('Precedence', 'bulk'),
    ('Auto-Submitted', 'auto-generated'),
], 'text/plain', t),
    request=None, kind='other', tracking_number=None, signals=['none'],
    why='FERC docket-subscription alert for the same docket as REQ-002; a docket notice, not a reply to our FOIA request')

# PUCT GovQA: clarification received, clock restarts (REQ-008)
d = when('2026-10-21 08:12:30', 'CDT')
h = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Dear Records Desk,</p>
<p>The Public Utility Commission of Texas received your clarification for request <b>P005330-100526</b> on <b>10/20/2026</b>.</p>
<p>Under Section 552.222 of the Texas Government Code, the time for responding to your request is now counted from the date the clarification was received.</p>
<p>Clarified request: Communications between Commission staff and ERCOT or transmission service providers about large-load (data center) interconnection, January 1, 2026 to October 5, 2026, excluding documents filed in Project No. 58481.</p>
<p>Public Information Center<br>Public Utility Commission of Texas</p>
<p style="font-size:8pt;color:#777">Replies to this address are not received. Use the Public Information Center to send a message.</p>
</body></html>
"""
add('puct-govqa', d, message([
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', plus('REQ-008')),
    ('Subject', 'Public Information Request P005330-100526 :: Clarification Received'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s@mycusthelp.net>' % hexid('puct-reack-008', 28)),
    ('X-Mailer', 'GovQA Notification Service'),
], leaf('text/html', h, 'quoted-printable')),
    request='REQ-008', kind='acknowledgment', tracking_number='P005330-100526', clock='received:2026-10-20',
    signals=['plus', 'tracking'],
    why='GovQA confirms the clarification was received 10/20/2026 and the 10-business-day clock restarts from that date')

# Conference promotion (null)
d = when('2026-10-27 07:30:00', 'EDT')
h = """<html><body style="font-family:Georgia,serif;background:#faf7f0"><div style="max-width:620px;margin:0 auto;background:#fff;padding:24px">
<h1 style="font-size:22px;color:#7a2e0e">Utility Records &amp; Compliance Forum 2027</h1>
<p style="font-size:15px">February 9-11, 2027 &middot; Austin, Texas</p>
<p><b>Early-bird pricing ends Friday.</b> Join records officers, regulatory counsel and journalists for three days on:</p>
<ul><li>Handling CEII and critical-infrastructure requests without stalling your FOIA queue</li>
<li>Submitter notice under Executive Order 12600: timelines that hold up</li>
<li>Data-center interconnection: what regulators can (and cannot) disclose</li>
<li>Public-records obligations of cooperatives and municipal utilities</li></ul>
<p><a href="https://urcforum.example.com/register?src=em1027" style="background:#7a2e0e;color:#fff;padding:8px 14px;text-decoration:none">Register now - save $300</a></p>
<p style="font-size:11px;color:#888">You are receiving this because you attended a past event or subscribed at urcforum.example.com. <a href="https://urcforum.example.com/unsubscribe">Unsubscribe</a></p>
</div></body></html>
"""
add('promo-forum', d, message([
    ('From', 'Utility Records & Compliance Forum <events@urcforum-mail.com>'),
    ('To', INBOX),
    ('Subject', 'Early-bird ends Friday: FOIA, CEII & data-center disclosure sessions (Austin, Feb 2027)'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s@urcforum-mail.com>' % hexid('promo', 26)),
    ('List-Unsubscribe', '<https://urcforum.example.com/unsubscribe>'),
    ('Precedence', 'bulk'),
], leaf('text/html', h, 'quoted-printable')),
    request=None, kind='other', tracking_number=None, signals=['none'],
    why='conference marketing that uses FOIA/CEII/data-center words; not about any request')

# ============================================================ November 2026 - January 2027

# PUCT itemized statement of estimated charges (REQ-008), letter in PDF
d = when('2026-11-03 16:20:14', 'CST')
letter = """PUBLIC UTILITY COMMISSION OF TEXAS
ITEMIZED STATEMENT OF ESTIMATED CHARGES
(Texas Government Code 552.2615)

Date: November 3, 2026
Requestor: Records Desk, Powerdesk News
Reference No.: P005330-100526
Request (as clarified October 20, 2026): Communications between Commission staff and ERCOT or transmission service providers about large-load (data center) interconnection, January 1, 2026 - October 5, 2026, excluding filings in Project No. 58481.

Estimated charges (1 TAC 70.3):
  Personnel time to locate, compile and manipulate information, 8.0 hours x $15.00 ..... $120.00
  Overhead (20% of personnel charge) ................................................... $24.00
  Electronic delivery (no media charge) ................................................ $0.00
  TOTAL ESTIMATED CHARGES .............................................................. $144.00

Because the estimated charges exceed $100.00, the Commission requires a deposit of the full estimated amount before it begins (Gov't Code 552.263).

You must respond in writing within 10 business days after the date this statement was sent, stating that you (1) accept the estimated charges, (2) wish to modify the request to reduce the charges, or (3) withdraw the request. If you do not respond by that time, the request is considered automatically withdrawn (Gov't Code 552.2615(b)).

You may be able to reduce the charges by limiting the request to particular staff members or a shorter time period, or by inspecting the information in person.

Legal Division - Open Records, Public Utility Commission of Texas
"""
add('puct-legal', d, message([
    ('From', 'PUC Legal Division - Open Records <openrecords@puc.texas.gov>'),
    ('To', plus('REQ-008')),
    ('Subject', 'Itemized Statement of Estimated Charges - P005330-100526'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('puct-fee-008', 'SN7PR09MB5050')),
] + outlook('puct-fee-008', 'Itemized Statement of Estimated Charges - P005330-100526', 'SN7PR09MB5050', attach=True),
    multipart('mixed', [leaf('text/plain', """Please see the attached itemized statement of estimated charges for your
request. A written response is required within 10 business days.

Legal Division - Open Records
Public Utility Commission of Texas
"""), attachment('P005330-100526 Cost Estimate.pdf', pdf(letter, 'Itemized statement'), 'application/pdf')],
        boundary('puct-fee-008', 'outlook'))),
    request='REQ-008', kind='fee_estimate', tracking_number='P005330-100526',
    signals=['plus', 'tracking'],
    why='Texas 552.2615 itemized statement: $144.00 with full deposit; respond in 10 business days or the request is withdrawn')

# DOE HQ specialist asks for a call - cannot tell which of two DOE HQ requests (truly REQ-004)
d = when('2026-11-04 09:47:03', 'EST')
t = """Good morning,

Could someone from your office give me a call when you have a moment?
I have a couple of questions about the scope of your FOIA request and
would like to talk through some options for getting you something sooner.

I'm at (202) 555-0164, or reply with a good time to reach you.

Thanks,
Marcus

Marcus Bell
Government Information Specialist
Office of Public Information
U.S. Department of Energy
"""
add('doehq-specialist', d, single([
    ('From', '"Bell, Marcus" <Marcus.Bell@hq.doe.gov>'),
    ('To', INBOX),
    ('Subject', 'FOIA request - call?'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('doe-call-004', 'SJ0PR09MB6611')),
] + outlook('doe-call-004', 'FOIA request - call?', 'SJ0PR09MB6611'), 'text/plain', t),
    request='REQ-004', kind='other', tracking_number=None,
    signals=['none'],
    why='DOE specialist asks for a phone call about "your FOIA request"; he handles both DOE HQ requests, nothing in the message says which (story: the HQ siting request, REQ-004)')

# DOE HQ extension with estimated completion date (REQ-003)
d = when('2026-11-05 14:30:22', 'EST')
t = """Records Desk
Powerdesk News

Re: HQ-2026-01873-F - Extension of time and estimated completion date

This concerns your FOIA request for Form OE-417 reports. Based on your
October 2, 2026 clarification that you want the complete forms, including
the narrative and contact fields, the Office of Cybersecurity, Energy
Security, and Emergency Response has located approximately 1,650 pages of
forms submitted by 212 reporting entities.

Because the forms contain information submitted by utilities and balancing
authorities that may be confidential commercial information, DOE must give
each submitter notice and an opportunity to object before release
(Executive Order 12600; 10 CFR 1004.11). In addition, information in the
forms may be designated Critical Electric Infrastructure Information by the
Department under section 215A(d) of the Federal Power Act.

For these reasons, unusual circumstances exist and DOE is extending the
time limit to respond to your request by ten working days under
5 U.S.C. 552(a)(6)(B)(i). Given the volume and the number of submitters,
our estimated date of completion is January 29, 2027. We intend to release
records on a rolling basis as submitter reviews are completed.

You may contact the FOIA Public Liaison at (202) 555-0164 to discuss
limiting the scope of your request or an alternative time frame, or contact
the Office of Government Information Services (OGIS) at ogis@nara.gov or
1-877-684-6448.

Renee T. Calloway
FOIA Officer
Office of Public Information
"""
add('doehq-outlook', d, single([
    ('From', 'FOIA-Central <foia-central@hq.doe.gov>'),
    ('To', plus('REQ-003')),
    ('Subject', 'HQ-2026-01873-F - Extension / Estimated Completion Date'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('doe-ext-003', 'SJ0PR09MB6611')),
] + outlook('doe-ext-003', 'HQ-2026-01873-F - Extension / Estimated Completion Date', 'SJ0PR09MB6611'), 'text/plain', t),
    request='REQ-003', kind='extension', tracking_number='HQ-2026-01873-F', clock='extension', estimated='2027-01-29',
    signals=['plus', 'tracking'],
    why='DOE invokes the 10-working-day extension (EO 12600 submitter notice, CEII review) on the Oct 8 due date; estimated completion Jan 29, 2027')

# CPUC closes REQ-009 with withholdings
d = when('2026-11-09 17:10:36', 'PST')
h = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333"><div style="max-width:600px;margin:0 auto">
<div style="background:#00467f;color:#fff;padding:14px 20px;font-size:17px">California Public Utilities Commission</div>
<div style="padding:18px 20px">
<p><b>Record request #26-1187 has been closed.</b></p>
<p><b>Closure reason:</b> Records released, some withheld or redacted.</p>
<p><b>Message from the CPUC:</b> With today's release of 24 additional documents (SED internal email regarding the 2025-2026 PSPS events), the Commission has completed its response to your request. Portions of the records were withheld: information the utilities submitted under a claim of confidentiality pursuant to Public Utilities Code section 583 and General Order 66-D, including customer-level medical baseline data and circuit-specific critical facility lists (Gov. Code &sect; 7927.705); and attorney-client privileged communications with the CPUC Legal Division (Gov. Code &sect; 7927.705; Evid. Code &sect; 954). The utilities' public post-event reports remain available on the CPUC's PSPS web page.</p>
<p><a href="https://cpuc.nextrequest.com/requests/26-1187">View request #26-1187</a></p>
</div><div style="padding:10px 20px;font-size:11px;color:#888">Please do not reply to this email. Powered by NextRequest.</div></div></body></html>
"""
add('cpuc-nextrequest', d, message([
    ('From', 'California Public Utilities Commission <californiapuc@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@nextrequest.com'),
    ('To', plus('REQ-009')),
    ('Subject', '[Records Request] Request #26-1187 has been closed'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s.%s@mail.nextrequest.com>' % (hexid('cpuc-fin-009a', 20), hexid('cpuc-fin-009b', 10))),
    ('X-Mailgun-Tag', 'request_closed'),
], leaf('text/html', h, 'quoted-printable')),
    request='REQ-009', kind='records_final', tracking_number='26-1187', adverse=True,
    signals=['plus', 'tracking'],
    why='NextRequest closure with a staff message: final 24 documents released, PUC 583/GO 66-D and privileged material withheld; CA has no appeal window')

# ACC final: number only in the attachment file name (REQ-013)
d = when('2026-11-10 15:00:44', 'MST')
records = """From: Utilities Division Staff <udstaff@azcc.gov>
Sent: Tuesday, March 17, 2026 9:14 AM
To: APS Regulatory Affairs
Subject: Data request follow-up - test year adjustments

Thank you for the updated schedules. Staff will need the workpapers supporting the post-test-year plant adjustments by March 27 to keep the procedural schedule.

----------------------------------------------------------------------

From: Commissioner's Office
Sent: Thursday, May 7, 2026 3:42 PM
To: APS Government Affairs
Subject: Public comment meeting logistics

Confirming the Prescott public comment session on June 2. Please have customer service staff available to take billing questions after the session. [personal phone number redacted]

----------------------------------------------------------------------

From: Utilities Division Staff <udstaff@azcc.gov>
Sent: Monday, August 10, 2026 11:05 AM
To: APS Regulatory Affairs
Subject: Formula rate proposal - clarification

Staff's direct testimony will address the formula rate proposal. Please confirm whether the data-center load forecast in Schedule F-1 includes the contracts executed after the test year.

[3 additional messages withheld: attorney-client privileged communications with the Legal Division]
"""
add('azcc-records', d, message([
    ('From', 'ACC Records Management <publicrecords@azcc.gov>'),
    ('To', INBOX),
    ('Subject', 'Your Public Records Request'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('azcc-fin-013', 'BYAPR09MB4411')),
] + outlook('azcc-fin-013', 'Your Public Records Request', 'BYAPR09MB4411', attach=True),
    multipart('mixed', [leaf('text/plain', """Good afternoon,

Attached are the non-docketed records responsive to your request for
Commissioner and Utilities Division correspondence with APS concerning the
pending rate case. Several messages were withheld as privileged
attorney-client communications with the Commission's Legal Division, and
personal telephone numbers were redacted.

Docketed filings remain available on eDocket. This concludes your request.

Jolene Tsosie
Records Management Section
Arizona Corporation Commission
"""), attachment('PRR26-0934_Responsive_Records.pdf', pdf(records, 'Responsive records'), 'application/pdf')],
        boundary('azcc-fin-013', 'outlook'))),
    request='REQ-013', kind='records_final', tracking_number='PRR26-0934', adverse=True,
    signals=['tracking-filename', 'subject'],
    why='ACC final release of non-docketed APS email with privileged messages withheld; number only in the attachment name; AZ has no appeal window')

# FERC final response with CEII and Exemption 4 withholdings (REQ-001)
d = when('2026-11-13 16:30:09', 'EST')
letter = """FEDERAL ENERGY REGULATORY COMMISSION
WASHINGTON, D.C. 20426

November 13, 2026

Records Desk
Powerdesk News

Re: FOIA No. FY26-131 - Final Response

Dear Requester:

This letter responds to your Freedom of Information Act (FOIA) request received September 9, 2026, for large-load (data center) interconnection agreements and related Commission staff correspondence, 2025-2026.

The Commission located 612 pages of responsive records. We are releasing 431 pages in full and 153 pages in part, and withholding 28 pages in full, as follows.

Exemption 3, 5 U.S.C. 552(b)(3), in conjunction with section 215A(d)(1) of the Federal Power Act, 16 U.S.C. 824o-1(d)(1): one-line diagrams, load-flow and short-circuit study results, and substation and transmission facility details designated as Critical Electric Infrastructure Information (CEII) under 18 CFR 388.113. These pages are withheld in full (28 pages) or in part.

Exemption 4, 5 U.S.C. 552(b)(4): customer identities, load ramp schedules, and pricing terms that large-load customers and the transmission providers submitted in confidence with requests for privileged treatment. The submitters were notified under 18 CFR 388.112(d) and Executive Order 12600; after considering their objections, the Commission determined that this information is confidential commercial information.

Exemption 6, 5 U.S.C. 552(b)(6): personal telephone numbers and email addresses of private individuals.

Access to CEII: Although CEII is exempt from release to the public under FOIA, you may ask for access to CEII by filing a CEII request under 18 CFR 388.113, which requires a description of your need for the information and a signed non-disclosure agreement.

You may appeal this determination by writing to the General Counsel within 90 days of the date of this letter, as provided in 18 CFR 388.110. Your appeal should be marked "Freedom of Information Act Appeal." You may also seek assistance from the Commission's FOIA Public Liaison at (202) 555-0186, or contact the Office of Government Information Services (OGIS) at the National Archives and Records Administration, which offers mediation services (ogis@nara.gov; 1-877-684-6448).

The released records are enclosed. There are no fees.

Sincerely,

Kenneth R. Pham
Director, Office of External Affairs
"""
add('ferc-pdf', d, message([
    ('From', 'FOIA-CEII <foia-ceii@ferc.gov>'),
    ('To', INBOX),
    ('Subject', 'FOIA No. FY26-131 Final Response'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('ferc-fin-001', 'DM8PR09MB6620')),
] + outlook('ferc-fin-001', 'FOIA No. FY26-131 Final Response', 'DM8PR09MB6620', attach=True),
    multipart('mixed', [leaf('text/plain', """Good afternoon,

Attached please find the final response letter for FOIA No. FY26-131. The
released records (584 pages) are available for download for 30 days at
https://ferc.box.com/s/fy26131release (too large to attach).

FERC FOIA Team
"""), attachment('FY26-131 Final Response Letter.pdf', pdf(letter, 'FY26-131 Final Response'), 'application/pdf')],
        boundary('ferc-fin-001', 'outlook'))),
    request='REQ-001', kind='records_final', tracking_number='FY26-131', adverse=True,
    signals=['tracking'],
    why='FERC final: 431 pages full, 153 in part, 28 withheld (CEII under (b)(3)/FPA 215A, (b)(4) after submitter notice, (b)(6)); federal appeal 90 days')

# ACC withholds the open investigation file in full (REQ-014)
d = when('2026-11-16 10:30:55', 'MST')
t = """Re: PRR26-1027

The Commission's Office of Pipeline Safety is still investigating the
August 2026 natural gas explosion on East Cottonwood Lane in Casa Grande.
The investigation is open and no incident report has been issued.

The Commission has determined that releasing the investigative file at this
time, including field notes, photographs, operator statements and
correspondence with the operator, would be detrimental to the best
interests of the State because it could compromise the ongoing
investigation and any enforcement action that may follow (see Carlson v.
Pima County, 141 Ariz. 487 (1984)). The records are therefore withheld in
their entirety.

When the investigation is closed, the Office of Pipeline Safety's incident
report will be filed and made public, and you may renew your request at
that time.

Jolene Tsosie
Records Management Section
Arizona Corporation Commission
"""
add('azcc-records', d, single([
    ('From', 'ACC Records Management <publicrecords@azcc.gov>'),
    ('To', plus('REQ-014')),
    ('Subject', 'PRR26-1027 - Response'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('azcc-den-014', 'BYAPR09MB4411')),
] + outlook('azcc-den-014', 'PRR26-1027 - Response', 'BYAPR09MB4411'), 'text/plain', t),
    request='REQ-014', kind='denial', tracking_number='PRR26-1027', adverse=True,
    signals=['plus', 'tracking'],
    why='ACC withholds the open pipeline investigation file in full under the best-interests-of-the-state test; AZ has no appeal window')

# PUCT GovQA closure for non-response to the cost estimate (REQ-008)
d = when('2026-11-20 06:00:12', 'CST')
h = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Dear Records Desk,</p>
<p>Your public information request <b>P005330-100526</b> has been closed.</p>
<p><b>Reason:</b> Withdrawn &ndash; no response to the itemized statement of estimated charges sent 11/3/2026 (Texas Government Code &sect; 552.2615(b)).</p>
<p>If you would still like the information, you may submit a new request through the Public Information Center.</p>
<p>Public Utility Commission of Texas</p>
<p style="font-size:8pt;color:#777">Replies to this address are not received.</p>
</body></html>
"""
add('puct-govqa', d, message([
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', plus('REQ-008')),
    ('Subject', 'Public Information Request P005330-100526 has been closed'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s@mycusthelp.net>' % hexid('puct-close-008', 28)),
    ('X-Mailer', 'GovQA Notification Service'),
], leaf('text/html', h, 'quoted-printable')),
    request='REQ-008', kind='denial', tracking_number='P005330-100526', adverse=True,
    signals=['plus', 'tracking'],
    why='request closed as withdrawn by law for non-response to the cost estimate (552.2615(b)); nothing released; TX has no appeal window')

# PUCT final after the AG ruling (REQ-007)
d = when('2026-12-01 11:00:27', 'CST')
ruling = """THE ATTORNEY GENERAL OF TEXAS

November 24, 2026

Mr. Andrew P. Keller
Attorney, Legal Division
Public Utility Commission of Texas

OR2026-031277

Dear Mr. Keller:

You ask whether certain information is subject to required public disclosure under the Public Information Act, chapter 552 of the Government Code. Your request was assigned ID# 918204.

The Public Utility Commission of Texas (the commission) received a request for utility outage reports, restoration updates and emergency operations plan filings for the August 2026 Gulf Coast storm. You claim that portions of the submitted information are excepted from disclosure under sections 552.101 and 552.139 of the Government Code. We have considered the exceptions you claim and reviewed the submitted representative sample of information.

Section 418.181 of the Government Code provides that documents or portions of documents in the possession of a governmental entity are confidential if they identify the technical details of particular vulnerabilities of critical infrastructure to an act of terrorism. Upon review, we find the commission has demonstrated that the marked critical facility lists, substation locations and restoration priority tables identify such vulnerabilities. The commission must withhold the marked information under section 552.101 in conjunction with section 418.181. The commission must also withhold the marked network and communications details under section 552.139. The commission must release the remaining information.

This ruling is limited to the particular information at issue in this request and limited to the facts as presented to us.

Sincerely,
Open Records Division
"""
t = """Dear Requestor:

Re: PIR P004812-090826

The Office of the Attorney General has issued Open Records Letter Ruling
OR2026-031277 (attached). As the ruling requires, the Commission is
withholding the marked portions of the utilities' emergency operations plan
annexes (critical facility lists, substation locations and restoration
priorities) under Gov't Code 552.101 in conjunction with 418.181, and
network and communications details under 552.139.

The remaining information, 96 pages, has been released to you today in the
Public Information Center. This completes the Commission's response to your
request.

Legal Division - Open Records
Public Utility Commission of Texas
"""
add('puct-legal', d, message([
    ('From', 'PUC Legal Division - Open Records <openrecords@puc.texas.gov>'),
    ('To', plus('REQ-007')),
    ('Subject', 'PIR P004812-090826 - Attorney General Ruling and Final Release'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('puct-fin-007', 'SN7PR09MB5050')),
] + outlook('puct-fin-007', 'PIR P004812-090826 - Attorney General Ruling and Final Release', 'SN7PR09MB5050', attach=True),
    multipart('mixed', [leaf('text/plain', t),
                        attachment('OR2026-031277.pdf', pdf(ruling, 'OR2026-031277'), 'application/pdf')],
              boundary('puct-fin-007', 'outlook'))),
    request='REQ-007', kind='records_final', tracking_number='P004812-090826', adverse=True,
    signals=['plus', 'tracking'],
    why='after AG ruling OR2026-031277 PUCT withholds critical-infrastructure portions and releases the rest, completing the request; TX has no appeal window')

# PUCT GovQA status change to Closed (REQ-007)
d = when('2026-12-01 11:05:02', 'CST')
h = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Records Desk,</p>
<p>The status of public information request <b>P004812-090826</b> has been changed to <b>Closed</b>.</p>
<p>To view the request history and any documents, log in to the <a href="https://puctx.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">Public Information Center</a>.</p>
<p style="font-size:8pt;color:#777">Replies to this address are not received.</p></body></html>
"""
add('puct-govqa', d, message([
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', 'Public Information Request P004812-090826 - Status Changed'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s@mycusthelp.net>' % hexid('puct-closed-007', 28)),
    ('X-Mailer', 'GovQA Notification Service'),
], leaf('text/html', h, '7bit')),
    request='REQ-007', kind='portal_notice', tracking_number='P004812-090826',
    signals=['tracking'],
    why='GovQA status change to Closed from the shared sender to the main inbox; nothing substantive')

# CPUC final for REQ-010 (after the clarification)
d = when('2026-12-01 16:30:40', 'PST')
t = """Record request #26-1242 has been closed.

Closure reason: Records released with redactions.

Message from the CPUC:
As clarified in your October 13 portal message, the Commission has
released the 2024 and 2025 General Order 112-F audit reports, violation
letters and operator responses for PG&E's Sierra and North Valley divisions
and for SoCalGas's Inland and Desert districts (61 documents). Maps, valve
and regulator station locations, and facility-specific security details
have been redacted because the public interest in protecting gas
infrastructure from deliberate harm clearly outweighs the public interest
in disclosure of those details (Gov. Code 7922.000), and information the
operators submitted under Public Utilities Code section 583 has been
redacted. This completes the Commission's response.

View request: https://cpuc.nextrequest.com/requests/26-1242
Please do not reply to this email.
"""
add('cpuc-nextrequest', d, message([
    ('From', 'California Public Utilities Commission <californiapuc@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@nextrequest.com'),
    ('To', plus('REQ-010')),
    ('Subject', '[Records Request] Request #26-1242 has been closed'),
    ('Date', rfcdate(d)),
    ('Message-ID', '<%s.%s@mail.nextrequest.com>' % (hexid('cpuc-fin-010a', 20), hexid('cpuc-fin-010b', 10))),
    ('X-Mailgun-Tag', 'request_closed'),
], multipart('alternative', [leaf('text/plain', t),
                             leaf('text/html', '<html><body style="font-family:Helvetica,Arial"><p>' + t.replace('&', '&amp;').replace('\n\n', '</p><p>').replace('\n', ' ') + '</p></body></html>', 'quoted-printable')],
             boundary('cpuc-fin-010'))),
    request='REQ-010', kind='records_final', tracking_number='26-1242', adverse=True,
    signals=['plus', 'tracking'],
    why='NextRequest closure releasing 61 pipeline audit documents with infrastructure redactions (7922.000, PUC 583); CA has no appeal window')

# DOE HQ final: no records for the HQ portion (REQ-004)
d = when('2026-12-10 11:00:51', 'EST')
t = """Records Desk
Powerdesk News

Re: HQ-2026-02011-F - Final Response

This is the final response to your Freedom of Information Act request for
Department of Energy records on siting AI data centers on DOE land,
including interconnection and power-supply studies.

As we informed you on October 20, 2026, the portion of your request
concerning Oak Ridge National Laboratory was transferred to the Oak Ridge
Office, which will respond directly.

The Office of Policy, the Office of Electricity, the Loan Programs Office
and the Office of Critical and Emerging Technologies searched their
electronic and paper files using the terms in your request. No records
responsive to your request were located at Headquarters. Site-specific
interconnection and power-supply studies are maintained by the field and
site offices that manage the individual laboratory sites.

This response may be considered a denial of your request. You may appeal
the adequacy of the search to the Office of Hearings and Appeals,
HG-1, L'Enfant Plaza, U.S. Department of Energy, 1000 Independence Avenue
SW, Washington, DC 20585, or by email to OHA.filings@hq.doe.gov, within 90
calendar days of the date of this letter. Please write "Freedom of
Information Act Appeal" on the envelope or in the subject line.

You may also contact the FOIA Public Liaison at (202) 555-0164, or the
Office of Government Information Services (OGIS) at ogis@nara.gov or
1-877-684-6448, for dispute resolution services.

Renee T. Calloway
FOIA Officer
Office of Public Information
"""
add('doehq-outlook', d, single([
    ('From', 'FOIA-Central <foia-central@hq.doe.gov>'),
    ('To', plus('REQ-004')),
    ('Subject', 'HQ-2026-02011-F Final Response'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('doe-fin-004', 'SJ0PR09MB6611')),
] + outlook('doe-fin-004', 'HQ-2026-02011-F Final Response', 'SJ0PR09MB6611'), 'text/plain', t),
    request='REQ-004', kind='no_records', tracking_number='HQ-2026-02011-F', adverse=True,
    signals=['plus', 'tracking'],
    why='DOE HQ found no responsive records for the HQ portion (ORNL part transferred earlier); federal appeal 90 days from Dec 10')

# Denton final after the AG ruling, arriving through the Google Group ("via")
d = when('2026-12-16 14:00:18', 'CST')
letter = """CITY OF DENTON - CITY ATTORNEY'S OFFICE

December 16, 2026

Records Desk, Powerdesk News

Re: Public Information Request R012093-091026

The Office of the Attorney General issued Open Records Letter Ruling OR2026-033410 on December 11, 2026, concerning your request for Denton Municipal Electric data center interconnection, power supply and facilities agreements.

In accordance with the ruling, the City is:
- withholding pricing, load ramp schedules and negotiating terms under section 552.133 of the Government Code (public power utility competitive matters);
- withholding the marked proprietary engineering information of Tract Nine Compute, LLC under section 552.110(b);
- releasing the remaining information: the executed Interconnection and Facilities Agreement (redacted), the Council agenda information packets and resolutions, and related DME staff email (212 pages).

Lone Elm Data Partners, LLC did not submit arguments to the Attorney General, and its information is released.

There is no charge for this release. This completes the City's response to your request.

City Attorney's Office
"""
t = """Good afternoon,

The Attorney General's ruling on your request has been received. Attached
is the City's letter explaining what is being released and withheld. The
released records (212 pages) are available in the Public Records Center
under R012093-091026.

Leticia Gomez
Paralegal | City Attorney's Office
City of Denton
"""
add('denton-via-group', d, message([
    ('From', '"Leticia Gomez via Records Desk" <records@powerdesk.example.org>'),
    ('Reply-To', 'Leticia Gomez <Leticia.Gomez@cityofdenton.com>'),
    ('To', DESK),
    ('Subject', 'R012093-091026 - Attorney General Ruling and Release'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('denton-fin-015', 'CY4PR09MB2345')),
    ('X-Original-Sender', 'leticia.gomez@cityofdenton.com'),
    ('X-Original-Authentication-Results', 'mx.google.com;       dkim=pass header.i=@cityofdenton.com;       spf=pass smtp.mailfrom=Leticia.Gomez@cityofdenton.com;       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=cityofdenton.com'),
    ('Precedence', 'list'),
    ('Mailing-list', 'list records@powerdesk.example.org; contact records+owners@powerdesk.example.org'),
    ('List-ID', '<records.powerdesk.example.org>'),
    ('X-Google-Group-Id', '718204553917'),
    ('List-Post', '<https://groups.google.com/a/powerdesk.example.org/group/records/post>, <mailto:records@powerdesk.example.org>'),
    ('List-Archive', '<https://groups.google.com/a/powerdesk.example.org/group/records/>'),
    ('List-Unsubscribe', '<mailto:googlegroups-manage+718204553917+unsubscribe@googlegroups.com>, <https://groups.google.com/a/powerdesk.example.org/group/records/subscribe>'),
], multipart('mixed', [leaf('text/plain', t),
                       attachment('R012093-091026 Release Letter.pdf', pdf(letter, 'Release letter'), 'application/pdf')],
             boundary('denton-fin-015', 'outlook'))),
    request='REQ-015', kind='records_final', tracking_number='R012093-091026', adverse=True,
    signals=['tracking'],
    why='Denton releases 212 pages after AG ruling, withholding under 552.133 and 552.110; arrives "via" the Google Group; TX has no appeal window')

# NRC final, forwarded by a colleague the same evening (REQ-006)
d = when('2026-12-17 17:40:29', 'EST')
letter = """NRC FORM 464 Part I
U.S. NUCLEAR REGULATORY COMMISSION
RESPONSE TO FREEDOM OF INFORMATION ACT (FOIA) REQUEST

NRC-2026-000687          RESPONSE TYPE: FINAL          DATE: 12/17/2026

REQUESTER: Rosa Alvarez, Powerdesk News

PART I. - INFORMATION RELEASED
Records subject to the request that are publicly available in ADAMS were identified in Interim Response No. 1 (23 records).
Agency records subject to the request are enclosed (18 records released in part).
Records subject to the request that contain information originated by or of interest to another Federal agency have been referred to that agency: 3 records referred to the Federal Energy Regulatory Commission for direct response to you.

PART I.C - COMMENTS
Four records are withheld in their entirety and eighteen are released with redactions, as described in Part II.

PART II.A - APPLICABLE EXEMPTIONS
Exemption 3: Security-Related Information (Safeguards) under Section 147 of the Atomic Energy Act and 10 CFR 73.21 - offsite power configuration drawings and switchyard details.
Exemption 5: Deliberative process privilege - predecisional staff drafts and email discussing the regulatory treatment of co-located loads.
Exemption 6: Personal privacy - personal phone numbers of licensee and NRC staff.

APPEAL RIGHTS: You may appeal this determination within 90 calendar days of the date of this response by sending an email to the FOIA Officer, FOIA.Resource@nrc.gov, with "FOIA Appeal" in the subject line. You may also contact the NRC FOIA Public Liaison at (301) 555-0170, or the Office of Government Information Services (OGIS) at ogis@nara.gov or 1-877-684-6448.

SIGNATURE - FREEDOM OF INFORMATION ACT OFFICER
Stephanie A. Blake, Government Information Specialist
"""
t = """This came to me directly instead of the desk box (I'm listed as the contact
on the NRC request). Logging it here - looks like the last of it. The
attachment has their Form 464; the 18 records are on the NRC's file share.

Rosa

---------- Forwarded message ---------
From: FOIA Resource <FOIA.Resource@nrc.gov>
Date: Thu, Dec 17, 2026 at 3:12 PM
Subject: NRC FOIA NRC-2026-000687 - Final Response
To: Rosa Alvarez <ralvarez@powerdesk.example.org>


Ms. Alvarez,

Please see the attached final response to your FOIA request. The records
released in part can be downloaded from the link below until January 15,
2027:
https://nrc.app.box.com/s/nrc2026000687final

FOIA, Library, and Information Collections Branch
U.S. Nuclear Regulatory Commission
"""
add('fwd-colleague', d, message([
    ('From', 'Rosa Alvarez <ralvarez@powerdesk.example.org>'),
    ('To', INBOX),
    ('Subject', 'Fwd: NRC FOIA NRC-2026-000687 - Final Response'),
    ('Date', rfcdate(d)),
    ('Message-ID', gmail_mid('fwd-nrc-006')),
], multipart('mixed', [
    multipart('alternative', [leaf('text/plain', t), leaf('text/html', '<div dir="ltr">' + t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>') + '</div>\n', 'quoted-printable')], boundary('fwd-nrc-006-alt', 'gmail')),
    attachment('NRC-2026-000687 Final Response.pdf', pdf(letter, 'NRC Form 464 final'), 'application/pdf'),
], boundary('fwd-nrc-006', 'gmail'))),
    request='REQ-006', kind='records_final', tracking_number='NRC-2026-000687', adverse=True,
    signals=['tracking'],
    why='colleague forwards the NRC final (Form 464): 18 released in part, 4 withheld, 3 referred to FERC; letter and forward both Dec 17, appeal 90 days')

# ============================================================ January 2027

# Oak Ridge Office final response (REQ-005)
d = when('2027-01-08 10:00:15', 'EST')
letter = """Department of Energy
Oak Ridge Office
P.O. Box 2001, Oak Ridge, Tennessee 37831

January 8, 2027

Records Desk
Powerdesk News

SUBJECT: Final Response to Freedom of Information Act Request ORO-2026-00419-F

This is the final response to your request for ORNL Site Office records on power supply and grid interconnection for new computing and data-center load at Oak Ridge National Laboratory.

The ORNL Site Office located 147 pages of responsive records. The submitters of commercial information (the Tennessee Valley Authority, UT-Battelle, LLC, and one private developer) were notified under Executive Order 12600 and 10 CFR 1004.11 and given an opportunity to object. After considering their responses, we are releasing 96 pages in full and 51 pages in part.

Withheld information:
- Exemption 4, 5 U.S.C. 552(b)(4): energy pricing, demand charges and contract term provisions in the power supply arrangement, and the developer's financial and site-layout information, which are confidential commercial information.
- Exemption 6, 5 U.S.C. 552(b)(6): personal telephone numbers and email addresses of contractor employees.

Because information has been withheld, this may be considered a partial denial. You may appeal to the Office of Hearings and Appeals, U.S. Department of Energy, 1000 Independence Avenue SW, Washington, DC 20585, or OHA.filings@hq.doe.gov, within 90 calendar days of the date of this letter.

You may also contact DOE's FOIA Public Liaison or the Office of Government Information Services (OGIS) at ogis@nara.gov or 1-877-684-6448 for mediation services.

There are no fees for processing your request.

Gregory L. Ashby
FOIA Officer, Oak Ridge Office
"""
recs = """ORNL SITE OFFICE - RESPONSIVE RECORDS (RELEASED IN PART)

Memorandum: Power supply planning for Building 5800 computing expansion
... TVA delivery point capacity at the 161-kV substation is expected to be sufficient through FY2028 ... [(b)(4)]

Letter, UT-Battelle to ORNL Site Office: Load growth estimate for AI computing facility, 2026-2030 ... [(b)(4)] MW by 2029 ...

Email chain: Data-center RFI follow-up - developer site visit, contact [(b)(6)]
"""
add('oro-foia', d, message([
    ('From', 'Oak Ridge Office FOIA <foia@orem.doe.gov>'),
    ('To', INBOX),
    ('Subject', 'Final Response to Your FOIA Request'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('oro-fin-005', 'BN0PR09MB7421')),
] + outlook('oro-fin-005', 'Final Response to Your FOIA Request', 'BN0PR09MB7421', attach=True),
    multipart('mixed', [leaf('text/plain', """Please see the attached final response letter and responsive records.

Oak Ridge Office FOIA
"""), attachment('ORO-2026-00419-F_Final_Response_Letter.pdf', pdf(letter, 'Final response'), 'application/pdf'),
        attachment('ORO-2026-00419-F_Responsive_Records_Redacted.pdf', pdf(recs, 'Responsive records'), 'application/pdf')],
        boundary('oro-fin-005', 'outlook'))),
    request='REQ-005', kind='records_final', tracking_number='ORO-2026-00419-F', adverse=True,
    signals=['tracking-filename', 'tracking-attachment'],
    why='Oak Ridge final: 96 pages full, 51 in part ((b)(4) after submitter notice, (b)(6)); number only in the attachments; federal appeal 90 days')

# DOE HQ first rolling release (REQ-003)
d = when('2027-01-14 15:00:33', 'EST')
letter = """U.S. Department of Energy
Washington, DC 20585

January 14, 2027

Records Desk
Powerdesk News

Re: HQ-2026-01873-F - Interim Release No. 1

This is the first interim response to your Freedom of Information Act request for Form OE-417 Electric Emergency Incident and Disturbance Reports for Texas, California, Georgia and Arizona, January 2025 - August 2026.

Submitter review is complete for reports filed by entities in Texas and Arizona. We are releasing 418 pages, 377 in full and 41 in part. Information has been withheld under:
- Exemption 3, 5 U.S.C. 552(b)(3), in conjunction with section 215A(d)(1) of the Federal Power Act, 16 U.S.C. 824o-1(d)(1): facility-specific details designated as Critical Electric Infrastructure Information;
- Exemption 4: operational information the submitters showed to be confidential commercial information;
- Exemption 6: names, direct telephone numbers and email addresses of utility contacts.

Submitter review of reports from California and Georgia entities is continuing. Because of the number of submitters who have asked for more time, we now estimate completing your request by March 31, 2027. We will make further releases as reviews are completed.

Your right to appeal the withholdings in this and later releases will be explained in our final response. You may contact the FOIA Public Liaison at (202) 555-0164 or OGIS (ogis@nara.gov; 1-877-684-6448).

Renee T. Calloway
FOIA Officer
"""
add('doehq-outlook', d, message([
    ('From', 'FOIA-Central <foia-central@hq.doe.gov>'),
    ('To', plus('REQ-003')),
    ('Subject', 'HQ-2026-01873-F Interim Release 1'),
    ('Date', rfcdate(d)),
    ('Message-ID', outlook_mid('doe-int-003', 'SJ0PR09MB6611')),
] + outlook('doe-int-003', 'HQ-2026-01873-F Interim Release 1', 'SJ0PR09MB6611', attach=True),
    multipart('mixed', [leaf('text/plain', """Attached is the first interim release letter for HQ-2026-01873-F. The
released records (418 pages) are available for 30 days at
https://doe.app.box.com/s/hq202601873finterim1

Office of Public Information
U.S. Department of Energy
"""), attachment('HQ-2026-01873-F Interim Release 1.pdf', pdf(letter, 'Interim Release 1'), 'application/pdf')],
        boundary('doe-int-003', 'outlook'))),
    request='REQ-003', kind='records_interim', tracking_number='HQ-2026-01873-F', estimated='2027-03-31',
    signals=['plus', 'tracking'],
    why='first rolling release of OE-417 forms (TX/AZ) with CEII and (b)(4)/(b)(6) redactions; rest pending submitter review, new estimate Mar 31, 2027')


# ============================================================ write files

def main():
    out = HERE / 'messages'
    out.mkdir(exist_ok=True)
    for p in out.glob('*.eml'):
        p.unlink()
    msgs = sorted(MSGS, key=lambda m: m['date'])
    facts = []
    for i, m in enumerate(msgs, 1):
        fn = '%03d-%s.eml' % (i, m['slug'])
        (out / fn).write_bytes(m['raw'].encode('utf-8'))
        f = {'file': fn}
        f.update(m['facts'])
        facts.append(f)
    head = ('# Hand-written per-message facts (written out by make_messages.py from the declarations there).\n'
            '# clock: received_on_sent_date | received:YYYY-MM-DD | extension; absent = the message does not set the clock.\n'
            '# adverse: true where an appeal window would apply (denial, no_records, records_final with withholdings).\n'
            '# signals: thread (In-Reply-To/References = our request), thread-embedded (our Message-ID inside a bounce),\n'
            '#   thread-known (threads to an earlier agency message in the set), plus (plus-address in To:),\n'
            '#   tracking (number stated earlier), tracking-new, tracking-filename, tracking-attachment, subject, none.\n')
    (HERE / 'facts.yaml').write_text(head + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %d messages' % len(msgs))


if __name__ == '__main__':
    main()
