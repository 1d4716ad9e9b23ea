#!/usr/bin/env python3
"""Writes messages/*.eml for this set. All people, numbers and letters are invented for the set.

    python make_messages.py
"""
from pathlib import Path
import datetime as dt
from mailkit import (date_hdr, hexid, enc_header, text, attachment, raw_part, multipart, message, pdf, wrap)

HERE = Path(__file__).resolve().parent
OUT = HERE / 'messages'
ORG = 'newsdesk.example.net'
INBOX = 'records@' + ORG
DESK = 'Records Desk <%s>' % INBOX
UTC = dt.timezone.utc


def plus(n):
    return 'records+req-%03d@%s' % (n, ORG)


def req_mid(n, sent):
    return '<req-%03d.%s.1@%s>' % (n, sent.replace('-', ''), ORG)


SENT = {1: '2026-09-08', 2: '2026-09-09', 3: '2026-09-10', 4: '2026-09-14', 5: '2026-09-15', 6: '2026-09-16',
        7: '2026-09-17', 8: '2026-09-21', 9: '2026-09-22', 10: '2026-09-24', 11: '2026-09-29', 12: '2026-10-05',
        13: '2026-10-13', 14: '2026-10-20', 15: '2026-11-02'}
SUBJ = {
    1: 'FOIA Request: REAC physical inspection reports and HUD correspondence for Housing Authority of the City of Bridgeton properties, 2022-2026',
    2: 'OPRA Request: Housing Choice Voucher waiting list data and Fairfield Terrace work orders, 2024-2026',
    3: 'FOI Request: Zoning complaints and enforcement actions involving short-term rentals, 2024-2026',
    4: 'APRA Request: Appraisals and valuation records for the proposed City acquisition of the Fairmount Street mill parcel (Plat 19, Lot 47)',
    5: 'FOIA Request: FHEO Title VIII complaint records naming New England municipalities as respondents (zoning and land use), 2021-2026',
    6: 'FOAA Request: Rental housing inspection reports and notices of violation, 2024-2026',
    7: 'Public Records Request: Accessory dwelling unit and short-term rental zoning permits, 2024-2026',
    8: 'OPRA Request: Security camera coverage, 2025 security assessment and video retention logs at Housing Authority sites',
    9: 'Right-to-Know Request: Foreclosure deeds recorded 2025-2026 and the Registry indexing / e-recording vendor agreement',
    10: 'FOIA Request: Property maintenance code violations and vacant property registrations, 2024-2026',
    11: 'FOI Request: Site plan application file for the proposed self-storage facility on Route 81',
    12: 'FOIA Request: HUD monitoring letters and findings for New Castle County, Delaware HOME and CDBG programs, 2023-2026',
    13: 'APRA Request: Tax stabilization agreements and assessor exemption lists, 2022-2026',
    14: 'FOIA Request: Rezoning applications and accessory dwelling unit permits for Red Lion Crossing LLC properties on Route 40',
    15: 'FOAA Request: Dangerous building and condemnation orders for the former mill housing on River Street, 2023-2026',
}


def M(n):
    return req_mid(n, SENT[n])


def fold_subject(s):
    """fold a long Subject header at a space (RFC 5322 folding)"""
    s = enc_header(s)
    if len(s) < 70 or s.startswith('=?'):
        return s
    words, lines, cur = s.split(' '), [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > 68:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def H(frm, to, subject, date, mid, irt=None, refs=None, extra=None, cc=None):
    h = ['From: ' + frm, 'To: ' + to]
    if cc:
        h.append('Cc: ' + cc)
    h += ['Subject: ' + fold_subject(subject), 'Date: ' + date, 'Message-ID: ' + mid]
    if irt:
        h.append('In-Reply-To: ' + irt)
    if refs:
        h.append('References: ' + refs)
    return h + (extra or [])


def outlook_extra(topic, seed, lang='en-US', attach=False):
    return ['Thread-Topic: ' + fold_subject(topic), 'Thread-Index: AQH' + hexid(seed, 22) + '==',
            'X-MS-Has-Attach: ' + ('yes' if attach else ''), 'X-MS-TNEF-Correlator:',
            'Accept-Language: ' + lang, 'Content-Language: ' + lang,
            'X-MS-Exchange-Organization-SCL: -1', 'x-ms-exchange-senderadcheck: 1',
            'X-MS-Exchange-CrossTenant-Network-Message-Id: ' + hexid(seed + 'n', 8) + '-' + hexid(seed + 'm', 4) + '-4d21-' + hexid(seed + 'o', 4) + '-' + hexid(seed + 'p', 12)]


def gg_extra(orig, group='records'):
    return ['X-Original-Sender: ' + orig, 'X-Original-Authentication-Results: mx.google.com; spf=pass',
            'Precedence: list', 'Mailing-list: list %s@%s; contact %s+owners@%s' % (group, ORG, group, ORG),
            'List-ID: <%s.%s>' % (group, ORG), 'X-Google-Group-Id: 418305772290',
            'List-Post: <mailto:%s@%s>' % (group, ORG),
            'List-Help: <https://support.google.com/a/%s/bin/topic.py?topic=25838>, <mailto:%s+help@%s>' % (ORG, group, ORG),
            'List-Unsubscribe: <mailto:googlegroups-manage+418305772290+unsubscribe@googlegroups.com>']


def quote_lines(s, prefix='> '):
    return '\n'.join((prefix + l).rstrip() for l in s.split('\n'))


REQ_BODY = {
    2: """To the Custodian of Records:

Under the Open Public Records Act, N.J.S.A. 47:1A-1 et seq., we request copies of:

1. Monthly summary reports for the Housing Choice Voucher (Section 8) waiting list from January 2024 to the present (number of applicants, preference categories, dates the list was opened or closed).
2. Monthly HCV lease-up / utilization reports for the same period.
3. Maintenance work orders for the Fairfield Terrace development, January 2024 to the present, including the date opened, the problem reported, and the date closed.

Electronic copies by email are preferred. We are a news organization and do not seek these records for a commercial purpose.

Thank you,
Records Desk
newsdesk.example.net""",
    3: """Dear Land Use Office:

Pursuant to the Connecticut Freedom of Information Act, Conn. Gen. Stat. Sec. 1-200 et seq., please provide copies of:

1. Complaints received by the Zoning Enforcement Officer concerning short-term rentals (Airbnb/VRBO or similar) from January 1, 2024 to the present;
2. Notices of violation and cease and desist orders issued in connection with those complaints;
3. Correspondence between the ZEO and property owners regarding those complaints.

Electronic copies are preferred. If any part of this request is denied, please cite the exemption.

Records Desk
newsdesk.example.net""",
    4: """Dear Records Officer:

Under the Access to Public Records Act, R.I. Gen. Laws 38-2-1 et seq., we request:

1. Any appraisals, broker opinions of value or appraisal reviews prepared for or obtained by the City concerning the Fairmount Street mill parcel (Assessor's Plat 19, Lot 47);
2. The Tax Assessor's field card and valuation history for that parcel, 2020 to present;
3. Correspondence between the Tax Assessor, the Planning Department and the Office of the City Solicitor regarding the proposed acquisition, January 2025 to present.

Please send records electronically.

Records Desk
newsdesk.example.net""",
    7: """Hello,

Under Vermont's Public Records Act, 1 V.S.A. 315-320, we request copies of:

1. Zoning permits issued for accessory dwelling units (ADUs), January 2024 to the present;
2. Any zoning permits, registrations or conditions relating to short-term rentals for the same period;
3. Development Review Board decisions involving ADUs or short-term rentals for the same period.

Electronic copies are fine. Thank you.

Records Desk
newsdesk.example.net""",
    13: """Dear Records Officer:

Pursuant to the Access to Public Records Act, R.I. Gen. Laws 38-2-1 et seq., we request:

1. All tax stabilization (tax treaty) agreements in effect at any time from January 1, 2022 to the present;
2. The Assessor's annual lists of properties receiving a tax stabilization or exemption, with assessed values, 2022-2026.

Electronic copies preferred.

Records Desk
newsdesk.example.net""",
}


def save(name, data):
    (OUT / name).write_bytes(data)


def build():
    OUT.mkdir(exist_ok=True)
    for p in OUT.glob('*.eml'):
        p.unlink()

    # ------------------------------------------------------------------ 001 HUD PAL ack (REQ-001)
    d = date_hdr('2026-09-08 14:12:33')
    plain = """Dear Records Desk,

This is to confirm that your Freedom of Information Act (FOIA) request to the U.S.
Department of Housing and Urban Development was received on 09/08/2026.

Request Tracking Number: 26-FI-HQ-01874
Requester Category: News Media
Description: REAC physical inspection reports and HUD correspondence for Housing
Authority of the City of Bridgeton properties, 2022-2026

Please refer to the tracking number above in any communication about this request.
You may check the status of your request at any time by logging in to the HUD FOIA
Public Access Link (PAL).

Fees may apply to the processing of your request. You will be notified in advance
if fees are expected to exceed the amount you agreed to pay.

This is an automated message from the HUD FOIA Public Access Link. Please do not
reply to this email.
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222">
<div style="background:#0b3d91;color:#fff;padding:10px 14px;font-size:15px"><b>U.S. Department of Housing and Urban Development</b><br>FOIA Public Access Link</div>
<div style="padding:14px">
<p>Dear Records Desk,</p>
<p>This is to confirm that your Freedom of Information Act (FOIA) request to the U.S. Department of Housing and Urban Development was received on <b>09/08/2026</b>.</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr><td style="border:1px solid #ccc"><b>Request Tracking Number</b></td><td style="border:1px solid #ccc">26-FI-HQ-01874</td></tr>
<tr><td style="border:1px solid #ccc"><b>Requester Category</b></td><td style="border:1px solid #ccc">News Media</td></tr>
<tr><td style="border:1px solid #ccc"><b>Description</b></td><td style="border:1px solid #ccc">REAC physical inspection reports and HUD correspondence for Housing Authority of the City of Bridgeton properties, 2022-2026</td></tr>
</table>
<p>Please refer to the tracking number above in any communication about this request. You may check the status of your request at any time by logging in to the <a href="https://hudfoia.entellitrak.com/etk-hud-foia-prod/page.request.do?page=page.home">HUD FOIA Public Access Link (PAL)</a>.</p>
<p>Fees may apply to the processing of your request. You will be notified in advance if fees are expected to exceed the amount you agreed to pay.</p>
<p style="color:#777;font-size:10px">This is an automated message from the HUD FOIA Public Access Link. Please do not reply to this email.</p>
</div></body></html>
"""
    e = multipart('alternative', [text(plain), text(html, 'html', cte='quoted-printable')], '----=_Part_88213_1790442711.1788890953112')
    save('001-hud-pal-ack.eml', message(H('HUD FOIA Public Access Link <hudfoiapal@hud.gov>', plus(1),
         'FOIA Request 26-FI-HQ-01874 Submitted', d, '<1788890953112.88213.hudpal@hudfoia-app02.hud.gov>',
         extra=['Auto-Submitted: auto-generated', 'X-Mailer: FOIAXpress PAL Notification Service']), e))

    # ------------------------------------------------------------------ 002 Bridgeton HA OPRA ack (REQ-002)
    d = date_hdr('2026-09-10 09:15:07')
    body = """Good morning,

The Housing Authority of the City of Bridgeton received your Open Public Records
Act request on Wednesday, September 9, 2026. It has been logged as OPRA-26-041.

Please be advised that under N.J.S.A. 47:1A-5(i), the custodian must grant or deny
access as soon as possible, but not later than seven (7) business days after
receiving the request. A response to your request is therefore due no later than
Friday, September 18, 2026. If additional time is required, you will be notified
in writing before that date.

Items 1 and 2 (waiting list and lease-up reports) are kept by our Section 8
office. Item 3 (Fairfield Terrace work orders) is kept by Maintenance and may
require redaction before release.

Thank you,

Denise Carrow
Executive Assistant / Custodian of Records
Housing Authority of the City of Bridgeton
Bridgeton, NJ 08302
(856) 555-0142

-----Original Message-----
From: Records Desk <records@newsdesk.example.net>
Sent: Wednesday, September 9, 2026 10:41 AM
To: opra@bridgetonha.org
Subject: %s

%s
""" % (SUBJ[2], REQ_BODY[2])
    save('002-bha-opra-ack.eml', message(H('Denise Carrow <opra@bridgetonha.org>', plus(2), 'RE: ' + SUBJ[2], d,
         '<000b01dd40f2$8a1c2e40$9e548ac0$@bridgetonha.org>', irt=M(2), refs=M(2),
         extra=['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AQJ' + hexid('bha002', 20), 'Content-Language: en-us']),
         text(body)))

    # ------------------------------------------------------------------ 003 Killingworth ack via Google Group (REQ-003)
    d = date_hdr('2026-09-10 11:02:41')
    body = """Good morning,

Your FOI request was received by the Land Use Office today, September 10, 2026.

Under Conn. Gen. Stat. Sec. 1-206(a) the Town has four (4) business days to respond
to a request, so you should hear from us by Wednesday, September 16.

Complaint files are kept by our Zoning Enforcement Officer, Marcia Bellamy. Marcia
is part-time (Tuesdays and Thursdays), so I have passed your request on to her and
she may contact you directly.

Kathleen Duffy
Land Use Administrative Assistant
Town of Killingworth
323 Route 81, Killingworth, CT 06419
860-555-0127

On Thu, Sep 10, 2026 at 8:16 AM Records Desk <records@newsdesk.example.net> wrote:
%s
""" % quote_lines(REQ_BODY[3])
    save('003-killingworth-ack-google-group.eml', message(
        H('"\'Kathleen Duffy\' via Records Desk" <records@newsdesk.example.net>', plus(3), 'Re: ' + SUBJ[3], d,
          '<CAJ7x' + hexid('kw003', 28) + '@mail.gmail.com>', irt=M(3), refs=M(3),
          extra=['Reply-To: Kathleen Duffy <landuse@townofkillingworth.com>'] + gg_extra('landuse@townofkillingworth.com')),
        text(body, cte='quoted-printable')))

    # ------------------------------------------------------------------ 004 Killingworth town newsletter (null)
    d = date_hdr('2026-09-11 08:00:12')
    plain = """Killingworth Town News - September 2026

PUBLIC HEARING: The Planning & Zoning Commission will continue its public hearing on
proposed amendments to the Zoning Regulations concerning short-term rentals and
accessory apartments on Tuesday, September 22 at 7:00 PM in the Town Office
Building, Room 6. Draft text is posted on the Land Use page.

TRANSFER STATION: Fall hours begin October 1 (Wed, Sat and Sun 8 AM - 3 PM).
Brush and leaf drop-off is free for residents with a current sticker.

TAX COLLECTOR: The second installment of real estate taxes on the October 2025
Grand List is due January 1, 2027.

ROUTE 81 PAVING: Expect lane closures near the Town Office Building the week of
September 14.

HARVEST FESTIVAL: Saturday, October 3 at Parmelee Farm.

You are receiving this email because you signed up for Town of Killingworth news.
Unsubscribe: https://visitor.constantcontact.com/do?p=un&m=001kX7Ee
Town of Killingworth | 323 Route 81 | Killingworth, CT 06419
"""
    html = """<html><body style="margin:0;background:#eef2ee"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Georgia,serif;font-size:15px;color:#333">
<tr><td style="background:#2f5d3a;color:#fff;padding:18px;font-size:22px">Killingworth Town News<br><span style="font-size:13px">September 2026</span></td></tr>
<tr><td style="padding:16px"><h3 style="color:#2f5d3a">Public Hearing</h3><p>The Planning &amp; Zoning Commission will continue its public hearing on proposed amendments to the Zoning Regulations concerning short-term rentals and accessory apartments on <b>Tuesday, September 22 at 7:00 PM</b> in the Town Office Building, Room 6. Draft text is posted on the Land Use page.</p>
<h3 style="color:#2f5d3a">Transfer Station</h3><p>Fall hours begin October 1 (Wed, Sat and Sun 8 AM &ndash; 3 PM). Brush and leaf drop-off is free for residents with a current sticker.</p>
<h3 style="color:#2f5d3a">Tax Collector</h3><p>The second installment of real estate taxes on the October 2025 Grand List is due January 1, 2027.</p>
<h3 style="color:#2f5d3a">Route 81 Paving</h3><p>Expect lane closures near the Town Office Building the week of September 14.</p>
<h3 style="color:#2f5d3a">Harvest Festival</h3><p>Saturday, October 3 at Parmelee Farm.</p></td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px">You are receiving this email because you signed up for Town of Killingworth news.<br><a href="https://visitor.constantcontact.com/do?p=un&amp;m=001kX7Ee">Unsubscribe</a><br>Town of Killingworth | 323 Route 81 | Killingworth, CT 06419</td></tr>
</table></td></tr></table></body></html>
"""
    e = multipart('alternative', [text(plain), text(html, 'html', cte='quoted-printable')], '_----------=_MCPart_1957305518')
    save('004-killingworth-newsletter.eml', message(H('Town of Killingworth <news@townofkillingworth.com>', INBOX,
         'Killingworth Town News - September 2026: P&Z hearing, transfer station hours', d,
         '<1141377812390.1109933221417@ccsend.com>',
         extra=['Sender: Town of Killingworth <news=townofkillingworth.com@shared1.ccsend.com>',
                'List-Unsubscribe: <https://visitor.constantcontact.com/do?p=un&m=001kX7Ee>',
                'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk', 'X-Campaign-Activity-ID: 7f1e2a90-5d1b-4c1e-9a57-33d0c2b4e1aa']), e))

    # ------------------------------------------------------------------ 005 Killingworth ZEO from Gmail, "end of next week" (REQ-003)
    d = date_hdr('2026-09-14 07:48:19')
    plain = """Hi,

Kathy in the Land Use office passed your FOI request along to me. I'm the Zoning
Enforcement Officer for Killingworth - I'm only in the office Tuesdays and Thursdays,
so I'm writing from my own email, sorry about that.

I went through the log and there are somewhere around 25-30 short-term rental
complaints since January 2024, plus a handful of NOVs and two cease and desist
orders. Most of these are paper files, so I have to pull them and scan them. I
should have everything to you by the end of next week.

Marcia

Marcia Bellamy
Zoning Enforcement Officer
Town of Killingworth Land Use Office
323 Route 81, Killingworth CT 06419
Office: 860-555-0131 (Tue/Thu)
"""
    html = '<div dir="ltr">' + plain.replace('&', '&amp;').replace('\n\n', '</div><div dir="ltr"><br></div><div dir="ltr">').replace('\n', '<br>') + '</div>\n'
    e = multipart('alternative', [text(plain), text(html, 'html', cte='quoted-printable')], '000000000000c5a40b063e1f9d27')
    save('005-killingworth-zeo-gmail-end-of-next-week.eml', message(H('Marcia Bellamy <mbellamy.zeo@gmail.com>', INBOX,
         'FOI request - STR complaints', d, '<CAM9q' + hexid('zeo005', 30) + '@mail.gmail.com>',
         extra=['X-Gm-Message-State: AOJu0Yw' + hexid('gm5', 20)]), e))

    # ------------------------------------------------------------------ 006 Woonsocket APRA ack (REQ-004)
    d = date_hdr('2026-09-14 15:30:52')
    body = """Good afternoon,

The City of Woonsocket acknowledges receipt of your request under the Access to
Public Records Act, received today, September 14, 2026. Your request has been
assigned APRA number 26-APRA-117. Please refer to this number in any
correspondence.

Pursuant to R.I. Gen. Laws Sec. 38-2-7, the City has ten (10) business days from
receipt to respond, which in this case is on or before September 28, 2026. That
period may be extended for up to twenty (20) additional business days for good
cause, with written notice to you.

Your request has been forwarded to the Tax Assessor's Office and the Planning
Department to search for responsive records. Please note that a reasonable charge
for search and retrieval ($15.00/hour after the first hour) and copies ($0.15/page)
may apply; you will be notified of any cost before it is incurred.

Regards,

Megan Desrosiers
Paralegal / APRA Coordinator
Office of the City Solicitor
City of Woonsocket
169 Main Street, Woonsocket, RI 02895
(401) 555-0160

________________________________
From: Records Desk <records@newsdesk.example.net>
Sent: Monday, September 14, 2026 9:02 AM
To: APRA <apra@woonsocketri.org>
Cc: Assessor <assessor@woonsocketri.org>
Subject: %s

%s
""" % (SUBJ[4], REQ_BODY[4])
    save('006-woonsocket-apra-ack.eml', message(H('APRA <apra@woonsocketri.org>', 'Records Desk <%s>' % plus(4), 'RE: ' + SUBJ[4], d,
         '<BL0PR09MB4417' + hexid('w006', 12).upper() + '@BL0PR09MB4417.namprd09.prod.outlook.com>', irt=M(4), refs=M(4),
         extra=outlook_extra('APRA Request: Appraisals and valuation records for the proposed City acquisition of the Fairmount Street mill parcel (Plat 19, Lot 47)', 'w006')),
         text(body, cte='quoted-printable')))

    # ------------------------------------------------------------------ 007 HUD mailbox auto-reply (REQ-005)
    d = date_hdr('2026-09-15 10:03:05')
    body = """Thank you for contacting the U.S. Department of Housing and Urban Development
(HUD) Freedom of Information Act Branch.

This is an automated response confirming only that your message reached this
mailbox. It is not an acknowledgment of a FOIA request. Requests are reviewed and
routed to the HUD office most likely to maintain the records; that office will send
you an acknowledgment letter with a tracking number.

To submit or check on a request, please use the HUD FOIA Public Access Link. For
questions about a pending request, contact the FOIA Public Liaison.

Please do not reply to this message.
"""
    save('007-hud-autoreply.eml', message(H('HUD FOIA <foia@hud.gov>', DESK, 'Automatic reply: ' + SUBJ[5], d,
         '<SA1PR09MB8822' + hexid('h007', 10).upper() + '@SA1PR09MB8822.namprd09.prod.outlook.com>', irt=M(5), refs=M(5),
         extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: foia@hud.gov',
                'Content-Language: en-US']), text(body)))

    # ------------------------------------------------------------------ 008 Sanford CivicPlus form-mailer (REQ-006)
    d = date_hdr('2026-09-16 13:27:44')
    plain = """Form submission received

Freedom of Access Act (FOAA) Request

The following form was submitted via SanfordMaine.org:

Submission #: 2483
Date Submitted: 9/16/2026 1:27:39 PM

Requester Name: Records Desk
Organization: newsdesk.example.net
Email Address: records+req-006@newsdesk.example.net
Phone: (not provided)
Department: Code Enforcement
Description of Records Requested: Rental housing inspection reports and notices of
violation issued by the Code Enforcement Office, January 1, 2024 to the present,
including re-inspection results.
Preferred Format: Electronic (email)
I understand that fees may apply: Yes

This is an automated notification. Your submission has been forwarded to the
appropriate department. Please do not reply to this email.
"""
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<h2 style="color:#1b4f72;margin-bottom:2px">Form submission received</h2>
<div style="color:#555;margin-bottom:12px">Freedom of Access Act (FOAA) Request</div>
<p>The following form was submitted via SanfordMaine.org:</p>
<p><b>Submission #:</b> 2483<br><b>Date Submitted:</b> 9/16/2026 1:27:39 PM</p>
<table cellpadding="5" style="border-collapse:collapse">
<tr><td style="border-bottom:1px solid #ddd"><b>Requester Name</b></td><td style="border-bottom:1px solid #ddd">Records Desk</td></tr>
<tr><td style="border-bottom:1px solid #ddd"><b>Organization</b></td><td style="border-bottom:1px solid #ddd">newsdesk.example.net</td></tr>
<tr><td style="border-bottom:1px solid #ddd"><b>Email Address</b></td><td style="border-bottom:1px solid #ddd">records+req-006@newsdesk.example.net</td></tr>
<tr><td style="border-bottom:1px solid #ddd"><b>Phone</b></td><td style="border-bottom:1px solid #ddd">(not provided)</td></tr>
<tr><td style="border-bottom:1px solid #ddd"><b>Department</b></td><td style="border-bottom:1px solid #ddd">Code Enforcement</td></tr>
<tr><td style="border-bottom:1px solid #ddd"><b>Description of Records Requested</b></td><td style="border-bottom:1px solid #ddd">Rental housing inspection reports and notices of violation issued by the Code Enforcement Office, January 1, 2024 to the present, including re-inspection results.</td></tr>
<tr><td style="border-bottom:1px solid #ddd"><b>Preferred Format</b></td><td style="border-bottom:1px solid #ddd">Electronic (email)</td></tr>
<tr><td style="border-bottom:1px solid #ddd"><b>I understand that fees may apply</b></td><td style="border-bottom:1px solid #ddd">Yes</td></tr>
</table>
<p style="font-size:12px;color:#777">This is an automated notification. Your submission has been forwarded to the appropriate department. Please do not reply to this email.</p>
</body></html>
"""
    e = multipart('alternative', [text(plain), text(html, 'html', cte='quoted-printable')], '--boundary_2483_' + hexid('cp008', 12))
    save('008-sanford-civicplus-form.eml', message(H('"City of Sanford, ME" <noreply@civicplus.com>', plus(6),
         'Form submission received: Freedom of Access Act (FOAA) Request', d, '<' + hexid('cp008m', 24) + '@civicplus.com>',
         extra=['Auto-Submitted: auto-generated', 'X-Mailer: CivicPlus Form Center']), e))

    # ------------------------------------------------------------------ 009 Bridgeton HA extension (REQ-002)
    d = date_hdr('2026-09-17 10:20:30')
    body = """Good morning,

RE: OPRA-26-041

The Authority requires additional time to respond to your request. The Section 8
reports (items 1 and 2) are being compiled by our HCV Coordinator, and the
Fairfield Terrace work orders (item 3) cover roughly 1,100 tickets that must be
reviewed so that tenant names, unit numbers and contact information can be removed
before release.

We anticipate providing a response on or before Friday, October 2, 2026. If you do
not agree to this extension, please let me know in writing.

Thank you for your patience,

Denise Carrow
Executive Assistant / Custodian of Records
Housing Authority of the City of Bridgeton
(856) 555-0142
"""
    save('009-bha-extension.eml', message(H('Denise Carrow <opra@bridgetonha.org>', plus(2), 'RE: ' + SUBJ[2], d,
         '<001301dd46b7$02aa7fd0$07ff7f70$@bridgetonha.org>', irt='<000b01dd40f2$8a1c2e40$9e548ac0$@bridgetonha.org>',
         refs=M(2) + ' <000b01dd40f2$8a1c2e40$9e548ac0$@bridgetonha.org>',
         extra=['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AQJ' + hexid('bha009', 20), 'Content-Language: en-us']),
         text(body)))

    # ------------------------------------------------------------------ 010 Hinesburg ack from outlook.com (REQ-007)
    d = date_hdr('2026-09-17 16:55:03')
    body = """Hi there,

Got your request today (9/17). Under the Public Records Act, 1 V.S.A. Sec. 318, the
Town has three business days to produce the records or let you know where things
stand - so by Tuesday, September 22.

Heads up that I'm the part-time zoning administrator (Mon/Wed/Thu) and the 2024
permit files are in binders in the vault, so I may need to take the extension the
statute allows. I'll let you know by Tuesday either way.

Alex Trombley
Zoning Administrator
Town of Hinesburg Planning & Zoning
10632 Route 116, Hinesburg, VT 05461
802-555-0119

________________________________
From: Records Desk <records@newsdesk.example.net>
Sent: Thursday, September 17, 2026 8:30 AM
To: hinesburgzoning@outlook.com <hinesburgzoning@outlook.com>
Subject: %s

%s
""" % (SUBJ[7], REQ_BODY[7])
    save('010-hinesburg-outlook-ack.eml', message(H('Hinesburg Zoning <hinesburgzoning@outlook.com>', DESK, 'RE: ' + SUBJ[7], d,
         '<SN7P220MB0913' + hexid('vt010', 12).upper() + '@SN7P220MB0913.NAMP220.PROD.OUTLOOK.COM>', irt=M(7), refs=M(7),
         extra=outlook_extra('Public Records Request: Accessory dwelling unit and short-term rental zoning permits, 2024-2026', 'vt010')),
         text(body, cte='quoted-printable')))

    # ------------------------------------------------------------------ 011 HUD Region I ack letter in PDF (REQ-005)
    d = date_hdr('2026-09-18 12:10:16')
    letter = ['##U.S. Department of Housing and Urban Development', 'Office of Fair Housing and Equal Opportunity, Region I',
              'Thomas P. O\'Neill, Jr. Federal Building', '10 Causeway Street, Boston, MA 02222', '', 'September 18, 2026', '',
              'Records Desk', 'newsdesk.example.net', 'records@newsdesk.example.net', '',
              '##Re: FOIA Request No. 26-FI-R1-00412', '', 'Dear Requester:', '']
    letter += wrap('This acknowledges receipt of your Freedom of Information Act (FOIA) request dated September 15, 2026, seeking '
                   'Title VIII fair housing complaint records in which a New England municipality is named as a respondent, concerning '
                   'zoning and land use, from 2021 to 2026. Your request was referred by the FOIA Branch in Washington and was received '
                   'in the Region I FOIA office on September 17, 2026. It has been assigned the tracking number shown above.')
    letter += [''] + wrap('For fee purposes you have been placed in the news media category. You will be charged duplication fees only, '
                          'after the first 100 pages. We will contact you before incurring fees above $25.00.')
    letter += [''] + wrap('We will make every effort to respond within the statutory time frame. If unusual circumstances apply, we may '
                          'need to extend the time limit, and we will notify you in writing.')
    letter += [''] + wrap('If you have questions, please contact the Region I FOIA Liaison at R1FOIALiaison@hud.gov or (617) 555-0188 '
                          'and refer to the tracking number above.')
    letter += ['', 'Sincerely,', '', 'Region I FOIA Liaison', 'Office of Fair Housing and Equal Opportunity']
    e = multipart('mixed', [text("""Please see the attached acknowledgment letter for FOIA request 26-FI-R1-00412.

Region I FOIA Liaison
U.S. Department of Housing and Urban Development
"""), attachment(pdf(letter, 'FOIA Acknowledgment 26-FI-R1-00412'), 'application/pdf', 'Acknowledgment_26-FI-R1-00412.pdf')],
                  '_004_SA9PR09MB6611A3F2E9_')
    save('011-hud-r1-ack-pdf.eml', message(H('Region I FOIA Liaison <R1FOIALiaison@hud.gov>', INBOX, 'FOIA Acknowledgment - 26-FI-R1-00412', d,
         '<SA9PR09MB6611' + hexid('h011', 12).upper() + '@SA9PR09MB6611.namprd09.prod.outlook.com>',
         extra=outlook_extra('FOIA Acknowledgment - 26-FI-R1-00412', 'h011', attach=True)), e))

    # ------------------------------------------------------------------ 012 Sanford clerk ack (REQ-006)
    d = date_hdr('2026-09-21 09:40:11')
    body = """Dear Requester,

This letter acknowledges receipt of your Freedom of Access Act request, submitted
through the City's website on September 16, 2026, for rental housing inspection
reports and notices of violation issued by the Code Enforcement Office from January
1, 2024 to the present. Your request has been logged as FOAA 2026-058.

Maine law (1 M.R.S. Sec. 408-A(3)) requires the City to acknowledge a request within
five working days of receipt and to provide a good faith, nonbinding estimate of the
time needed to respond. Based on the volume of inspection files, our estimate is
that the Code Enforcement Office will respond by October 23, 2026.

Please note that the City may charge for staff time spent searching, retrieving and
compiling records after the first two hours. If the cost is expected to exceed $30,
you will receive an estimate before work continues.

Sincerely,

Office of the City Clerk
City of Sanford
919 Main Street, Sanford, ME 04073
"""
    save('012-sanford-clerk-ack.eml', message(H('Sanford City Clerk <cityclerk@sanfordmaine.org>', plus(6),
         'FOAA 2026-058 - Acknowledgment', d, '<' + hexid('me012', 20) + '@sanfordmaine.org>',
         extra=['X-Mailer: Microsoft Outlook 16.0']), text(body)))

    # ------------------------------------------------------------------ 013 Postfix DSN: REQ-009 to a wrong Registry address
    d = date_hdr('2026-09-22 10:05:18')
    qid = '4cXQ2r1Kmbz7tWd'
    notif = """This is the mail system at host mx1.newsdesk.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<registerofdeeds@sullivancountynh.gov>: host
    sullivancountynh-gov.mail.protection.outlook.com[52.101.41.17] said: 550
    5.4.1 Recipient address rejected: Access denied. For more information see
    https://aka.ms/EXOSmtpErrors (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx1.newsdesk.example.net
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; records@newsdesk.example.net
Arrival-Date: Tue, 22 Sep 2026 10:05:15 -0400 (EDT)

Final-Recipient: rfc822; registerofdeeds@sullivancountynh.gov
Original-Recipient: rfc822;registerofdeeds@sullivancountynh.gov
Action: failed
Status: 5.4.1
Remote-MTA: dns; sullivancountynh-gov.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
    For more information see https://aka.ms/EXOSmtpErrors
""" % qid
    orig = """Return-Path: <records@newsdesk.example.net>
Received: by mx1.newsdesk.example.net (Postfix, from userid 1001)
	id %s; Tue, 22 Sep 2026 10:05:15 -0400 (EDT)
From: Records Desk <records@newsdesk.example.net>
Reply-To: records+req-009@newsdesk.example.net
To: Sullivan County Registry of Deeds <registerofdeeds@sullivancountynh.gov>
Subject: Right-to-Know Request: Foreclosure deeds recorded 2025-2026 and the
 Registry indexing / e-recording vendor agreement
Date: Tue, 22 Sep 2026 10:05:11 -0400
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""" % (qid, M(9))
    e = multipart('report', [
        raw_part(['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], notif),
        raw_part(['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], dsn),
        raw_part(['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'], orig)],
        qid + '.1790085918/mx1.newsdesk.example.net', params='; report-type=delivery-status',
        preamble='This is a MIME-encapsulated message.')
    save('013-bounce-postfix-sullivan.eml', message(['From: MAILER-DAEMON@mx1.newsdesk.example.net (Mail Delivery System)',
         'To: ' + INBOX, 'Subject: Undelivered Mail Returned to Sender', 'Date: ' + d,
         'Message-ID: <20260922140518.' + qid + '@mx1.newsdesk.example.net>', 'Auto-Submitted: auto-replied'], e))

    # ------------------------------------------------------------------ 014 Hinesburg extension with a date (REQ-007)
    d = date_hdr('2026-09-22 15:45:27')
    body = """Hello again,

As mentioned last week, I need to extend the time to respond to your request.

NOTICE OF EXTENSION - 1 V.S.A. Sec. 318

The Town of Hinesburg is extending the time to respond to your public records
request received September 17, 2026 by ten (10) business days because of unusual
circumstances: the 2024 zoning permit files are stored in the Town Hall vault and
must be searched by hand, and the DRB decisions need to be pulled from several
separate application files. The Town expects to provide the records on or before
Tuesday, October 6, 2026.

The permit log for 2024-2025 is an Excel export I can send sooner if that helps.

Alex Trombley
Zoning Administrator
Town of Hinesburg Planning & Zoning
802-555-0119

________________________________
From: Hinesburg Zoning <hinesburgzoning@outlook.com>
Sent: Thursday, September 17, 2026 4:55 PM
To: Records Desk <records@newsdesk.example.net>
Subject: RE: %s

Hi there,

Got your request today (9/17). Under the Public Records Act, 1 V.S.A. Sec. 318, the
Town has three business days to produce the records or let you know where things
stand - so by Tuesday, September 22.
""" % SUBJ[7]
    prev = '<SN7P220MB0913' + hexid('vt010', 12).upper() + '@SN7P220MB0913.NAMP220.PROD.OUTLOOK.COM>'
    save('014-hinesburg-extension.eml', message(H('Hinesburg Zoning <hinesburgzoning@outlook.com>', DESK, 'RE: ' + SUBJ[7], d,
         '<SN7P220MB0913' + hexid('vt014', 12).upper() + '@SN7P220MB0913.NAMP220.PROD.OUTLOOK.COM>', irt=prev, refs=M(7) + ' ' + prev,
         extra=outlook_extra('Public Records Request: Accessory dwelling unit and short-term rental zoning permits, 2024-2026', 'vt014')),
         text(body, cte='quoted-printable')))

    # ------------------------------------------------------------------ 015 Sullivan Registry terse ack, received 9/24 (REQ-009)
    d = date_hdr('2026-09-24 10:30:02')
    body = """Rec'd your RSA 91-A request 9/24/26 (foreclosure deeds 2025-26 + vendor
agreement). We will respond within 5 business days as required by RSA 91-A:4, IV.

L. Pellerin
Deputy Register
Sullivan County Registry of Deeds
"""
    save('015-sullivan-ack-terse.eml', message(H('Sullivan County Registry of Deeds <deeds@sullivancountynh.gov>', INBOX,
         'Right to Know request', d, '<MN2PR09MB5230' + hexid('nh015', 10).upper() + '@MN2PR09MB5230.namprd09.prod.outlook.com>',
         extra=['Content-Language: en-US']), text(body)))

    # ------------------------------------------------------------------ 016 NCC JustFOIA ack (REQ-010)
    d = date_hdr('2026-09-24 18:18:40', tz=UTC)
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="620" cellpadding="10" style="border:1px solid #c9d3df">
<tr><td style="background:#12355b;color:#fff;font-size:16px"><b>New Castle County</b> &ndash; Freedom of Information Act Requests</td></tr>
<tr><td>
<p>Dear Records Desk,</p>
<p>Thank you for submitting a FOIA request to New Castle County. Your request has been received and routed to the <b>Department of Land Use</b>.</p>
<p><b>Request Number:</b> NCC-FOIA-2026-0412<br>
<b>Date Received:</b> 09/24/2026<br>
<b>Description:</b> Property maintenance code violations and vacant property registrations, 2024-2026</p>
<p>Under 29 <i>Del. C.</i> &sect; 10003(h), the County will respond to your request as soon as possible, but in any event within fifteen (15) business days of receipt. If additional time is needed, you will be notified in writing with a good-faith estimate of when a response will be provided.</p>
<p>You can view the status of your request and any documents released to you by signing in to the <a href="https://newcastlecountyde.justfoia.com/publicportal/home/track">FOIA portal</a>.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">This message was sent by JustFOIA on behalf of New Castle County. Replies to this address are not monitored.</td></tr>
</table></body></html>
"""
    save('016-ncc-justfoia-ack.eml', message(H('New Castle County FOIA via JustFOIA <notifications@justfoia.com>', INBOX,
         'Request NCC-FOIA-2026-0412 Received', d, '<0100019a' + hexid('de016', 24) + '-000000@email.amazonses.com>',
         extra=['Auto-Submitted: auto-generated', 'Feedback-ID: 1.us-east-1.' + hexid('fb', 30) + ':AmazonSES']),
         text(html, 'html', cte='quoted-printable')))

    # ------------------------------------------------------------------ 017 ZEO Gmail interim with 2024 files (REQ-003)
    d = date_hdr('2026-09-25 16:50:09')
    zeo005 = '<CAM9q' + hexid('zeo005', 30) + '@mail.gmail.com>'
    zeo017 = '<CAM9q' + hexid('zeo017', 30) + '@mail.gmail.com>'
    plain = """Hi,

Here's the first batch - the 2024 complaints (11 files) with the NOVs that went
with them, scanned into one PDF.

2025 and 2026 are next. A couple of those involve a property where the owner has
an appeal pending before the ZBA, so I want to check with Kathy before I send
anything on those.

Marcia

Marcia Bellamy
Zoning Enforcement Officer
Town of Killingworth Land Use Office

On Mon, Sep 14, 2026 at 7:48 AM Marcia Bellamy <mbellamy.zeo@gmail.com> wrote:
> Hi,
>
> Kathy in the Land Use office passed your FOI request along to me. I'm the Zoning
> Enforcement Officer for Killingworth - I'm only in the office Tuesdays and Thursdays,
> so I'm writing from my own email, sorry about that.
>
> I went through the log and there are somewhere around 25-30 short-term rental
> complaints since January 2024, plus a handful of NOVs and two cease and desist
> orders. Most of these are paper files, so I have to pull them and scan them. I
> should have everything to you by the end of next week.
>
> Marcia
"""
    scan = ['##TOWN OF KILLINGWORTH - ZONING ENFORCEMENT', 'Short-term rental complaints, calendar year 2024 (scanned file copies)', '']
    rows = [('ZE-24-003', '01/19/2024', 'Roast Meat Hill Rd', 'Whole-house rental, parking on lawn', 'NOV 02/06/2024; complied'),
            ('ZE-24-011', '03/02/2024', 'Route 148', 'Rental advertised for 12 guests', 'No violation found'),
            ('ZE-24-015', '04/22/2024', 'Green Hill Rd', 'Noise, trash at road', 'NOV 05/09/2024; complied'),
            ('ZE-24-019', '05/30/2024', 'Beckwith Rd', 'Cabin rented nightly', 'NOV 06/18/2024'),
            ('ZE-24-020', '06/03/2024', 'Route 81', 'Events/weddings at rental', 'Referred to P&Z; special permit req.'),
            ('ZE-24-024', '06/27/2024', 'Pond Meadow Rd', 'Septic overflow at rental', 'Referred to CRDHD'),
            ('ZE-24-027', '07/15/2024', 'Roast Meat Hill Rd', 'Repeat complaint (ZE-24-003)', 'Warning letter'),
            ('ZE-24-031', '08/01/2024', 'Bar Gate Trail', 'Camper rented on lot', 'NOV 08/20/2024; removed'),
            ('ZE-24-036', '08/26/2024', 'Lake Wimpus area', 'Boat launch use by renters', 'Not zoning; closed'),
            ('ZE-24-040', '10/08/2024', 'Route 80', 'Accessory apt. rented short-term', 'NOV 10/29/2024; appealed'),
            ('ZE-24-044', '11/14/2024', 'Stevens Rd', 'Rental sign in ROW', 'Sign removed')]
    for r in rows:
        scan.append('%-10s  %-10s  %-20s  %-34s  %s' % r)
    scan += ['', 'Complainant names and telephone numbers appear on the original intake sheets, which are attached.',
             'Prepared by M. Bellamy, ZEO, 09/24/2026']
    e = multipart('mixed', [multipart('alternative', [text(plain), text('<div dir="ltr">' + plain.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>') + '</div>\n', 'html', cte='quoted-printable')], '000000000000e1b7c2063f2c1a55'),
                            attachment(pdf(scan, 'Scan 2026-09-24', producer='HP Scan', font_size=8, compress=True), 'application/pdf', 'STR complaints 2024.pdf')],
                  '000000000000e1b7c4063f2c1a57')
    save('017-killingworth-zeo-interim.eml', message(H('Marcia Bellamy <mbellamy.zeo@gmail.com>', INBOX, 'Re: FOI request - STR complaints', d,
         zeo017, irt=zeo005, refs=zeo005, extra=['X-Gm-Message-State: AOJu0Yx' + hexid('gm17', 20)]), e))

    # ------------------------------------------------------------------ 018 Woonsocket 20-business-day extension (REQ-004)
    d = date_hdr('2026-09-28 11:20:44')
    body = """Good morning,

Re: APRA Request 26-APRA-117

Pursuant to R.I. Gen. Laws Sec. 38-2-3(e), the City is extending the time to
respond to your request by twenty (20) business days for good cause. Your request
seeks records maintained by three departments (Tax Assessor, Planning and the
Office of the City Solicitor), and the responsive correspondence must be reviewed
by the Law Department before release.

The City will respond on or before October 27, 2026.

Regards,

Megan Desrosiers
Paralegal / APRA Coordinator
Office of the City Solicitor
City of Woonsocket
"""
    w006 = '<BL0PR09MB4417' + hexid('w006', 12).upper() + '@BL0PR09MB4417.namprd09.prod.outlook.com>'
    save('018-woonsocket-extension.eml', message(H('APRA <apra@woonsocketri.org>', 'Records Desk <%s>' % plus(4), 'RE: ' + SUBJ[4], d,
         '<BL0PR09MB4417' + hexid('w018', 12).upper() + '@BL0PR09MB4417.namprd09.prod.outlook.com>', irt=w006, refs=M(4) + ' ' + w006,
         extra=outlook_extra('APRA Request: Appraisals and valuation records for the proposed City acquisition of the Fairmount Street mill parcel (Plat 19, Lot 47)', 'w018')),
         text(body)))

    # ------------------------------------------------------------------ 019 Bridgeton HA security denial (REQ-008)
    d = date_hdr('2026-09-29 13:00:55')
    body = """Dear Requester:

RE: OPRA-26-044 - Security camera coverage, 2025 security assessment and video
retention logs

The Housing Authority of the City of Bridgeton received your OPRA request on
September 21, 2026. After review, your request is DENIED in its entirety for the
following reasons:

1. Camera coverage (locations, fields of view and site maps showing camera
   placement): exempt under N.J.S.A. 47:1A-1.1 as "security measures and
   surveillance techniques which, if disclosed, would create a risk to the safety
   of persons, property, electronic data or software."

2. 2025 security assessment prepared for the Authority: exempt under N.J.S.A.
   47:1A-1.1 as emergency or security information or procedures for buildings or
   facilities which, if disclosed, would jeopardize the security of the buildings
   or the persons in them.

3. Video retention logs: these logs identify which cameras record, how long
   footage is kept and when it is overwritten. Disclosure would reveal the same
   surveillance capabilities described in item 1 and they are withheld on the same
   basis.

You have the right to challenge this denial by filing a complaint with the
Government Records Council within forty-five (45) calendar days of this denial, or
by filing an action in the Superior Court of New Jersey. Information is available
at www.nj.gov/grc.

Sincerely,

Luis M. Ortega
Executive Director
Housing Authority of the City of Bridgeton
"""
    save('019-bha-security-denial.eml', message(H('Luis Ortega <lortega@bridgetonha.org>', plus(8), 'RE: ' + SUBJ[8], d,
         '<002a01dd5031$6b9f7e10$42de7a30$@bridgetonha.org>', irt=M(8), refs=M(8),
         cc='Denise Carrow <opra@bridgetonha.org>', extra=['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: en-us']), text(body)))

    # ------------------------------------------------------------------ 020 HUD Region I clarification (REQ-005)
    d = date_hdr('2026-09-29 15:35:20')
    body = """Good afternoon,

I am writing about FOIA request 26-FI-R1-00412, which is assigned to me in the
Region I Office of Fair Housing and Equal Opportunity.

To conduct an adequate search we need you to clarify the scope of your request:

1. "Complaint records" - are you seeking (a) the case listing from our case
   management system (case number, filing date, respondent, basis, issue, closure
   type), or (b) the complete investigative files for each complaint? Complete
   files for the period would likely run to tens of thousands of pages.

2. "Municipalities" - should we include complaints in which a housing authority or
   a regional planning agency is the respondent, or only cities and towns?

3. Please confirm the date range is complaints FILED from January 1, 2021 through
   the date of search.

Your request will be placed on hold until we receive your reply. If we do not hear
from you within 20 working days of the date of this email, we will assume you are
no longer interested and close the request administratively.

Thank you,

Region I FOIA Liaison
Office of Fair Housing and Equal Opportunity
U.S. Department of Housing and Urban Development
(617) 555-0188
"""
    save('020-hud-r1-clarification.eml', message(H('Region I FOIA Liaison <R1FOIALiaison@hud.gov>', INBOX,
         'FOIA 26-FI-R1-00412 - clarification needed', d,
         '<SA9PR09MB6611' + hexid('h020', 12).upper() + '@SA9PR09MB6611.namprd09.prod.outlook.com>',
         extra=outlook_extra('FOIA 26-FI-R1-00412 - clarification needed', 'h020')), text(body)))

    # ------------------------------------------------------------------ 021 Sullivan Registry invites in-person inspection (REQ-009)
    d = date_hdr('2026-09-30 10:12:37')
    body = """Foreclosure deeds are recorded documents and are open to the public. You are
welcome to search them yourself on the public terminals here at the Registry,
14 Main St, Newport, M-F 8:00-4:30. The index can also be searched online. The
Registry does not compile lists or run custom reports for requesters.

The agreement with our indexing/e-recording vendor is on file in this office and
you may come in and inspect it. Please let us know what day you plan to come so we
can have it pulled for you. If you want paper copies of anything while you're here,
those are $1.00/page.

L. Pellerin
Deputy Register
Sullivan County Registry of Deeds
"""
    save('021-sullivan-inspect-in-person.eml', message(H('Sullivan County Registry of Deeds <deeds@sullivancountynh.gov>', INBOX,
         'RE: Right to Know request', d, '<MN2PR09MB5230' + hexid('nh021', 10).upper() + '@MN2PR09MB5230.namprd09.prod.outlook.com>',
         irt='<MN2PR09MB5230' + hexid('nh015', 10).upper() + '@MN2PR09MB5230.namprd09.prod.outlook.com>',
         extra=['Content-Language: en-US']), text(body)))

    # ------------------------------------------------------------------ 022 Sanford CEO fee estimate (REQ-006)
    d = date_hdr('2026-10-01 14:35:06')
    body = """Good afternoon,

RE: FOAA 2026-058 (rental housing inspection reports and notices of violation)

We have identified approximately 430 rental inspection reports and 96 notices of
violation for the period January 2024 to date. Many of the reports list tenant
names and phone numbers and the occupants' medical equipment notes, which must be
redacted before release.

Our estimate is 8 hours of staff time to retrieve, compile and redact the records.
Under 1 M.R.S. Sec. 408-A(8), the first two hours are free and the City may charge
up to $25.00 per hour after that, so the estimated cost is $150.00 (6 hours x
$25.00). Because the estimate is over $100, the City may require payment in advance
before we begin the redaction work.

Please let us know whether you would like us to proceed, or if you would like to
narrow the request (for example, to notices of violation only, or to a single year).

Ray Gagnon
Code Enforcement Officer
City of Sanford
919 Main Street, Sanford, ME 04073
(207) 555-0175
"""
    save('022-sanford-fee-estimate.eml', message(H('Ray Gagnon <rgagnon@sanfordmaine.org>', plus(6), 'FOAA 2026-058 - cost estimate', d,
         '<' + hexid('me022', 20) + '@sanfordmaine.org>', extra=['X-Mailer: Microsoft Outlook 16.0']), text(body)))

    # ------------------------------------------------------------------ 023 Bridgeton HA part-timer from AOL, subject "Records" (REQ-002)
    d = date_hdr('2026-10-02 15:58:31')
    body = """Good afternoon,

Attached are the HCV waiting list summaries and the lease-up reports you asked for
(Jan 2024 - Aug 2026). The Fairfield Terrace work orders will follow once Denise
finishes the redactions.

Thank you,

Office of the Executive Director
Housing Authority of the City of Bridgeton
"""
    wl = ['##HOUSING AUTHORITY OF THE CITY OF BRIDGETON', 'Housing Choice Voucher Program - Waiting List Summary', '',
          'Month     Applicants  Local pref.  Elderly/Disabled  List status',
          '01/2024   1,842       611          402               Closed',
          '06/2024   1,805       598          396               Closed',
          '11/2024   2,614       803          517               Opened 11/04 - 11/08',
          '03/2025   2,571       790          509               Closed',
          '09/2025   2,498       772          498               Closed',
          '03/2026   2,406       751          482               Closed',
          '08/2026   2,377       744          479               Closed', '',
          '##Lease-up / utilization', 'Month     Vouchers authorized  Leased  Utilization',
          '01/2024   612                  571     93.3%', '01/2025   612                  584     95.4%',
          '01/2026   618                  590     95.5%', '08/2026   618                  596     96.4%', '',
          'Source: HCV Coordinator monthly board reports.']
    e = multipart('mixed', [multipart('alternative', [text(body), text('<html><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' + body.replace('\n', '<br>') + '</div></body></html>\n', 'html', cte='quoted-printable')], '----=_Part_1204882_1733019275.1790971111206'),
                            attachment(pdf(wl, 'HCV Waitlist Summary'), 'application/pdf', 'HCV_Waitlist_Summary_2024-2026.pdf')],
                  '----=_Part_1204881_920442611.1790971111206')
    save('023-bha-aol-records.eml', message(H('BHA Office <bhaoffice.bridgeton@aol.com>', 'records@newsdesk.example.net', 'Records', d,
         '<1790971111206.1204883.' + hexid('aol23', 6) + '@mail.yahoo.com>',
         extra=['X-Mailer: WebService/1.1.24561 AolMailNorrin', 'X-Originating-Ip: [173.63.118.20]']), e))

    # ------------------------------------------------------------------ 024 Register's out-of-office (REQ-009)
    d = date_hdr('2026-10-05 09:01:14')
    ourreply = '<reply-009.20261005.1@newsdesk.example.net>'
    body = """I am out of the office through Friday, October 9, 2026. For Registry business,
please call the Registry at (603) 555-0110 or email deeds@sullivancountynh.gov.

Patricia Lacasse
Register of Deeds, Sullivan County
"""
    save('024-sullivan-ooo.eml', message(H('Patricia Lacasse <placasse@sullivancountynh.gov>', DESK,
         'Automatic reply: RE: Right to Know request', d, '<MN2PR09MB5230' + hexid('nh024', 10).upper() + '@MN2PR09MB5230.namprd09.prod.outlook.com>',
         irt=ourreply, refs=M(9) + ' <MN2PR09MB5230' + hexid('nh021', 10).upper() + '@MN2PR09MB5230.namprd09.prod.outlook.com> ' + ourreply,
         extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: placasse@sullivancountynh.gov']),
         text(body)))

    # ------------------------------------------------------------------ 025 HUD unusual-circumstances extension (REQ-001)
    d = date_hdr('2026-10-05 11:44:09')
    body = """Dear Records Desk:

Re: FOIA Request 26-FI-HQ-01874

This concerns your Freedom of Information Act request received by the Department
of Housing and Urban Development on September 8, 2026, for Real Estate Assessment
Center (REAC) physical inspection reports and related correspondence for the
Housing Authority of the City of Bridgeton, 2022 to 2026.

Unusual circumstances apply to the processing of your request, as defined in
5 U.S.C. 552(a)(6)(B)(iii), because the records must be searched for and collected
from the Real Estate Assessment Center and the Newark Field Office of Public and
Indian Housing, which are separate from the office processing your request, and
because a voluminous amount of records is involved. We are therefore extending
the time limit to respond by ten (10) additional working days.

We currently estimate that we will complete processing of your request by
December 18, 2026. We may be able to respond sooner if you narrow the scope of your
request, for example by limiting it to the inspection reports only.

You may contact our FOIA Public Liaison at (202) 555-0134 or foia@hud.gov for any
further assistance or to discuss any aspect of your request. Additionally, you may
contact the Office of Government Information Services (OGIS) at the National
Archives and Records Administration to inquire about the FOIA mediation services
they offer. The contact information for OGIS is as follows: Office of Government
Information Services, National Archives and Records Administration, 8601 Adelphi
Road-OGIS, College Park, Maryland 20740-6001, e-mail at ogis@nara.gov; telephone
at 202-741-5770; toll free at 1-877-684-6448.

Sincerely,

FOIA Branch
Office of the Executive Secretariat
U.S. Department of Housing and Urban Development
"""
    save('025-hud-extension.eml', message(H('HUD FOIA <foia@hud.gov>', plus(1), 'FOIA Request 26-FI-HQ-01874 - Extension of Time', d,
         '<SA1PR09MB8822' + hexid('h025', 12).upper() + '@SA1PR09MB8822.namprd09.prod.outlook.com>',
         extra=outlook_extra('FOIA Request 26-FI-HQ-01874 - Extension of Time', 'h025')), text(body)))

    # ------------------------------------------------------------------ 026 AOL/Yahoo bounce of our reply to the part-timer (REQ-002)
    d = date_hdr('2026-10-05 16:10:40')
    aolmid = '<1790971111206.1204883.' + hexid('aol23', 6) + '@mail.yahoo.com>'
    body = """Sorry, we were unable to deliver your message to the following address.

<bhaoffice.bridgeton@aol.com>:
552: 5.2.2 Mailbox full. The mailbox for this recipient is over its storage quota.

--- Below this line is a copy of the message.

Received: from mx1.newsdesk.example.net (EHLO mx1.newsdesk.example.net) ([198.51.100.25])
  by mta4041.aol.mail.gq1.yahoo.com with ESMTPS; Mon, 05 Oct 2026 20:10:37 +0000
From: Records Desk <records@newsdesk.example.net>
Reply-To: records+req-002@newsdesk.example.net
To: BHA Office <bhaoffice.bridgeton@aol.com>
Cc: Denise Carrow <opra@bridgetonha.org>
Subject: Re: Records
Date: Mon, 05 Oct 2026 16:10:31 -0400
Message-ID: <reply-002.20261005.1@newsdesk.example.net>
In-Reply-To: %s
References: %s %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Thank you for the waiting list and lease-up reports for OPRA-26-041. Could you
tell us when the Fairfield Terrace work orders are expected?

Records Desk
""" % (aolmid, M(2), aolmid)
    save('026-bounce-aol-mailbox-full.eml', message(['From: MAILER-DAEMON@yahoo.com', 'To: ' + INBOX,
         'Subject: Failure Notice', 'Date: Mon, 05 Oct 2026 20:10:40 +0000',
         'Message-ID: <' + hexid('yb026', 18) + '@mta4041.aol.mail.gq1.yahoo.com>', 'Auto-Submitted: auto-replied'],
         text(body)))

    # ------------------------------------------------------------------ 027 HUD PAL ack #2 (REQ-012)
    d = date_hdr('2026-10-06 08:30:02')
    plain = """Dear Records Desk,

This is to confirm that your Freedom of Information Act (FOIA) request to the U.S.
Department of Housing and Urban Development was received on 10/05/2026.

Request Tracking Number: 26-FI-HQ-02290
Requester Category: News Media
Description: HUD monitoring letters and findings for New Castle County, Delaware
HOME and CDBG programs, 2023-2026

Please refer to the tracking number above in any communication about this request.
You may check the status of your request at any time by logging in to the HUD FOIA
Public Access Link (PAL).

This is an automated message from the HUD FOIA Public Access Link. Please do not
reply to this email.
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222">
<div style="background:#0b3d91;color:#fff;padding:10px 14px;font-size:15px"><b>U.S. Department of Housing and Urban Development</b><br>FOIA Public Access Link</div>
<div style="padding:14px"><p>Dear Records Desk,</p>
<p>This is to confirm that your Freedom of Information Act (FOIA) request to the U.S. Department of Housing and Urban Development was received on <b>10/05/2026</b>.</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr><td style="border:1px solid #ccc"><b>Request Tracking Number</b></td><td style="border:1px solid #ccc">26-FI-HQ-02290</td></tr>
<tr><td style="border:1px solid #ccc"><b>Requester Category</b></td><td style="border:1px solid #ccc">News Media</td></tr>
<tr><td style="border:1px solid #ccc"><b>Description</b></td><td style="border:1px solid #ccc">HUD monitoring letters and findings for New Castle County, Delaware HOME and CDBG programs, 2023-2026</td></tr>
</table>
<p>Please refer to the tracking number above in any communication about this request.</p>
<p style="color:#777;font-size:10px">This is an automated message from the HUD FOIA Public Access Link. Please do not reply to this email.</p>
</div></body></html>
"""
    e = multipart('alternative', [text(plain), text(html, 'html', cte='quoted-printable')], '----=_Part_90117_1633820114.1791289802466')
    save('027-hud-pal-ack-2.eml', message(H('HUD FOIA Public Access Link <hudfoiapal@hud.gov>', plus(12),
         'FOIA Request 26-FI-HQ-02290 Submitted', d, '<1791289802466.90117.hudpal@hudfoia-app01.hud.gov>',
         extra=['Auto-Submitted: auto-generated', 'X-Mailer: FOIAXpress PAL Notification Service']), e))

    # ------------------------------------------------------------------ 028 Hinesburg interim with CSV (REQ-007)
    d = date_hdr('2026-10-06 17:22:48')
    body = """Hi,

Here's the first part: the zoning permit log export for ADUs and short-term rental
conversions, January 2024 - December 2025 (CSV, 31 permits). The 2026 permits and
the DRB decisions are still being pulled from the application files - I'll send
those as soon as I'm back in on Monday.

Alex Trombley
Zoning Administrator
Town of Hinesburg Planning & Zoning
"""
    csvdata = ('permit_no,issued,street,use,units,conditions\n'
               '24-07,2024-02-14,Silver St,Accessory dwelling unit (detached),1,"Owner occupancy of primary or ADU"\n'
               '24-15,2024-04-02,Richmond Rd,Accessory dwelling unit (attached),1,\n'
               '24-22,2024-05-09,Pond Rd,ADU conversion of garage,1,"Septic capacity letter required"\n'
               '24-31,2024-06-20,North Rd,Short-term rental - whole dwelling,0,"Max 8 occupants; parking on site"\n'
               '24-40,2024-08-01,Texas Hill Rd,Accessory dwelling unit (detached),1,\n'
               '24-58,2024-10-17,Route 116,ADU within primary dwelling,1,\n'
               '25-04,2025-01-23,Mechanicsville Rd,Accessory dwelling unit (detached),1,"DRB conditional use approval 12/2024"\n'
               '25-11,2025-03-13,Buck Hill Rd,Short-term rental - ADU,0,"Registered w/ Town per ordinance"\n'
               '25-19,2025-04-24,Shelburne Falls Rd,Accessory dwelling unit (attached),1,\n'
               '25-33,2025-07-10,Lincoln Hill Rd,ADU conversion of barn,1,"Stormwater plan"\n'
               '25-47,2025-09-18,Baldwin Rd,Accessory dwelling unit (detached),1,\n'
               '25-61,2025-12-04,Charlotte Rd,Short-term rental - whole dwelling,0,"Max 6 occupants"\n')
    e = multipart('mixed', [text(body), attachment(csvdata.encode(), 'text/csv', 'ADU_STR_permits_2024-2025.csv')],
                  '_005_SN7P220MB0913' + hexid('vt028', 8).upper() + '_')
    prev14 = '<SN7P220MB0913' + hexid('vt014', 12).upper() + '@SN7P220MB0913.NAMP220.PROD.OUTLOOK.COM>'
    save('028-hinesburg-interim.eml', message(H('Hinesburg Zoning <hinesburgzoning@outlook.com>', DESK, 'RE: ' + SUBJ[7], d,
         '<SN7P220MB0913' + hexid('vt028', 12).upper() + '@SN7P220MB0913.NAMP220.PROD.OUTLOOK.COM>', irt=prev14,
         refs=M(7) + ' <SN7P220MB0913' + hexid('vt010', 12).upper() + '@SN7P220MB0913.NAMP220.PROD.OUTLOOK.COM> ' + prev14,
         extra=outlook_extra('Public Records Request: Accessory dwelling unit and short-term rental zoning permits, 2024-2026', 'vt028', attach=True)), e))

    # ------------------------------------------------------------------ 029 Killingworth per-page and per-sheet fees for plans (REQ-011)
    d = date_hdr('2026-10-07 10:40:15')
    body = """Good morning,

I have pulled the file for the Route 81 self-storage site plan (P&Z Application
#2026-14). It contains 96 letter/legal size pages (application, staff reports,
engineering review, correspondence and minutes) and 19 full-size plan sheets
(24" x 36"), including the site, grading, drainage and landscaping plans.

We do not have a large-format scanner, so plan sheets are copied at the print shop.
Copy fees are:

  96 letter/legal pages x $0.50 per page (C.G.S. Sec. 1-212)  = $ 48.00
  19 plan sheets (24x36) x $4.00 per sheet                  = $ 76.00
                                                     Total  = $124.00

Payment (check payable to "Town of Killingworth") is required before the copies
are made. Alternatively, you are welcome to come in and inspect the complete file
and the full-size plans at the Land Use Office at no charge, Monday - Thursday,
8:30 to 3:30. Please let me know which you prefer.

Kathleen Duffy
Land Use Administrative Assistant
Town of Killingworth
860-555-0127
"""
    save('029-killingworth-plan-copy-fees.eml', message(H('Kathleen Duffy <landuse@townofkillingworth.com>', plus(11), 'RE: ' + SUBJ[11], d,
         '<CAJ7x' + hexid('kw029', 28) + '@mail.gmail.com>', irt=M(11), refs=M(11)), text(body)))

    # ------------------------------------------------------------------ 030 NCC JustFOIA extension with good-faith estimate (REQ-010)
    d = date_hdr('2026-10-08 13:55:21', tz=UTC)
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="620" cellpadding="10" style="border:1px solid #c9d3df">
<tr><td style="background:#12355b;color:#fff;font-size:16px"><b>New Castle County</b> &ndash; Freedom of Information Act Requests</td></tr>
<tr><td>
<p>Dear Records Desk,</p>
<p>You have a new message regarding request <b>NCC-FOIA-2026-0412</b>:</p>
<blockquote style="border-left:3px solid #12355b;padding-left:10px;margin-left:4px">
Pursuant to 29 <i>Del. C.</i> &sect; 10003(h)(2), the County requires additional time to respond to your request. The responsive records are voluminous and are maintained in two separate systems (the code enforcement case system and the vacant property registration database), and they must be reviewed for personal information before release. The County's good-faith estimate is that a response will be provided by <b>November 20, 2026</b>.<br><br>
Priya Raman, FOIA Coordinator<br>Department of Land Use
</blockquote>
<p>Sign in to the <a href="https://newcastlecountyde.justfoia.com/publicportal/home/track">FOIA portal</a> to view your request.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">This message was sent by JustFOIA on behalf of New Castle County. Replies to this address are not monitored.</td></tr>
</table></body></html>
"""
    save('030-ncc-justfoia-extension.eml', message(H('New Castle County FOIA via JustFOIA <notifications@justfoia.com>', INBOX,
         'New message on request NCC-FOIA-2026-0412', d, '<0100019a' + hexid('de030', 24) + '-000000@email.amazonses.com>',
         extra=['Auto-Submitted: auto-generated']), text(html, 'html', cte='quoted-printable')))

    # ------------------------------------------------------------------ 031 HUD Region I fee estimate (REQ-005)
    d = date_hdr('2026-10-09 11:15:42')
    plain = """Good morning,

RE: FOIA 26-FI-R1-00412 - fee estimate

Thank you for your October 1 clarification limiting your request to the case
listing for complaints filed January 1, 2021 to date in which a city or town is a
respondent, plus the determinations/closure letters for those cases.

We located 63 cases. The case listing can be produced electronically, but the
determinations and closure letters exist only as scanned paper in the case files
and must be printed, reviewed and redacted page by page. We estimate 1,850 pages.

As a news media requester you are charged duplication fees only, and the first 100
pages are provided without charge:

    1,750 pages x $0.10 per page = $175.00 (estimate)

The actual charge may be lower if fewer pages are responsive. Because the estimated
fee exceeds $25.00, we require your written agreement to pay fees up to $175.00
before we continue processing. Your request is on hold pending your response. If we
do not receive your agreement within 20 working days, your request will be closed.

You may wish to narrow your request (for example, to the case listing only, which
would involve no fee).

Region I FOIA Liaison
Office of Fair Housing and Equal Opportunity
U.S. Department of Housing and Urban Development
"""
    html = '<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + plain.replace('&', '&amp;').replace('\n\n', '</p><p>').replace('\n', '<br>') + '</div></body></html>\n'
    e = multipart('alternative', [text(plain), text(html, 'html', cte='quoted-printable')], '_000_SA9PR09MB6611' + hexid('h031', 10).upper() + '_')
    h020 = '<SA9PR09MB6611' + hexid('h020', 12).upper() + '@SA9PR09MB6611.namprd09.prod.outlook.com>'
    save('031-hud-r1-fee-estimate.eml', message(H('Region I FOIA Liaison <R1FOIALiaison@hud.gov>', INBOX,
         'RE: FOIA 26-FI-R1-00412 - clarification needed', d, '<SA9PR09MB6611' + hexid('h031', 12).upper() + '@SA9PR09MB6611.namprd09.prod.outlook.com>',
         irt='<reply-005.20261001.1@newsdesk.example.net>', refs=h020 + ' <reply-005.20261001.1@newsdesk.example.net>',
         extra=outlook_extra('FOIA 26-FI-R1-00412 - clarification needed', 'h031')), e))

    # ------------------------------------------------------------------ 032 Colleague forwards the ZEO's call request (REQ-003)
    d = date_hdr('2026-10-09 14:02:55')
    body = """Marcia (the Killingworth ZEO) sent this to me directly - I think she found my
name on the story about the P&Z hearing. Can someone on the desk call her Tuesday
or Thursday? I'm in court all day Tuesday.

Tessa

---------- Forwarded message ---------
From: Marcia Bellamy <mbellamy.zeo@gmail.com>
Date: Thu, Oct 8, 2026 at 3:12 PM
Subject: STR complaint files
To: Tessa Okafor <tokafor@newsdesk.example.net>


Hi Tessa,

I think you're with the group that sent the FOI for the short-term rental
complaints. Could you or someone from your office give me a call at the Land Use
office on Tuesday or Thursday? A few of the 2025 complaints involve a property
where the owner has appealed my order to the ZBA and I'd like to talk through what
I can send before the hearing.

Thanks,
Marcia Bellamy
Zoning Enforcement Officer
Town of Killingworth
860-555-0131 (Tue/Thu)
"""
    save('032-fwd-zeo-call-request.eml', message(H('Tessa Okafor <tokafor@newsdesk.example.net>', INBOX,
         'Fwd: STR complaint files', d, '<CAK2r' + hexid('tess032', 30) + '@mail.gmail.com>'), text(body)))

    # ------------------------------------------------------------------ 033 Exchange NDR from Woonsocket for REQ-013's cc
    d = date_hdr('2026-10-13 17:31:09')
    notif = """Your message to jmarchand@woonsocketri.org couldn't be delivered.

jmarchand wasn't found at woonsocketri.org.

records      Office 365      jmarchand
Action Required                Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to get this message, contact the recipient by some other means
  (by phone, for example) and ask them to tell their email admin about this
  problem.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address can't be found at the
destination domain.

Original Message Details
Created Date:   10/13/2026 9:31:02 PM
Sender Address: records@newsdesk.example.net
Recipient Address:  jmarchand@woonsocketri.org
Subject:    APRA Request: Tax stabilization agreements and assessor exemption
lists, 2022-2026

Error Details
Error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
jmarchand@woonsocketri.org not found by SMTP address lookup
Message rejected by:    BL0PR09MB4417.namprd09.prod.outlook.com
"""
    dsn = """Reporting-MTA: dns;BL0PR09MB4417.namprd09.prod.outlook.com
Received-From-MTA: dns;mx1.newsdesk.example.net
Arrival-Date: Tue, 13 Oct 2026 21:31:03 +0000

Final-Recipient: rfc822;jmarchand@woonsocketri.org
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 jmarchand@woonsocketri.org not found by SMTP address lookup
"""
    orig = """Received: from mx1.newsdesk.example.net (198.51.100.25) by
 BL0PR09MB4417.mail.protection.outlook.com; Tue, 13 Oct 2026 21:31:03 +0000
From: Records Desk <records@newsdesk.example.net>
Reply-To: records+req-013@newsdesk.example.net
To: APRA <apra@woonsocketri.org>
Cc: Joseph Marchand <jmarchand@woonsocketri.org>
Subject: APRA Request: Tax stabilization agreements and assessor exemption
 lists, 2022-2026
Date: Tue, 13 Oct 2026 17:30:58 -0400
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""" % M(13)
    e = multipart('report', [multipart('alternative', [text(notif),
                                                       text('<html><body><p><b>Your message to jmarchand@woonsocketri.org couldn\'t be delivered.</b></p><p>jmarchand wasn\'t found at woonsocketri.org.</p><p>Status code: 550 5.1.10</p><p>Original subject: APRA Request: Tax stabilization agreements and assessor exemption lists, 2022-2026</p></body></html>\n', 'html', cte='quoted-printable')],
                                         '_000_' + hexid('ndr33a', 16) + '_'),
                             raw_part(['Content-Type: message/delivery-status'], dsn),
                             raw_part(['Content-Type: text/rfc822-headers'], orig)],
                  '_001_' + hexid('ndr33b', 16) + '_', params='; report-type=delivery-status')
    save('033-bounce-exchange-woonsocket.eml', message(['From: Microsoft Outlook <postmaster@woonsocketri.onmicrosoft.com>',
         'To: ' + INBOX, 'Subject: Undeliverable: APRA Request: Tax stabilization agreements and assessor exemption\n lists, 2022-2026',
         'Date: ' + d, 'Message-ID: <' + hexid('ndr33m', 24) + '@BL0PR09MB4417.namprd09.prod.outlook.com>',
         'Auto-Submitted: auto-replied', 'Content-Language: en-US', 'X-MS-Exchange-Message-Is-Ndr:'], e))

    # ------------------------------------------------------------------ 034 Woonsocket ack #2, received Oct 14 (REQ-013)
    d = date_hdr('2026-10-14 09:20:33')
    body = """Good morning,

The City of Woonsocket acknowledges your Access to Public Records Act request for
tax stabilization agreements and the Assessor's exemption lists. Your email arrived
after the close of business on October 13 and is deemed received on Wednesday,
October 14, 2026. It has been assigned APRA number 26-APRA-131.

The City will respond within ten (10) business days of receipt, on or before
October 28, 2026, as required by R.I. Gen. Laws Sec. 38-2-7.

Please note that the cc address on your request (Mr. Marchand) is no longer in
service; the Assessor's Office can be reached at assessor@woonsocketri.org.

Regards,

Megan Desrosiers
Paralegal / APRA Coordinator
Office of the City Solicitor
City of Woonsocket

________________________________
From: Records Desk <records@newsdesk.example.net>
Sent: Tuesday, October 13, 2026 5:30 PM
To: APRA <apra@woonsocketri.org>
Cc: Joseph Marchand <jmarchand@woonsocketri.org>
Subject: %s

%s
""" % (SUBJ[13], REQ_BODY[13])
    save('034-woonsocket-apra-ack-2.eml', message(H('APRA <apra@woonsocketri.org>', 'Records Desk <%s>' % plus(13), 'RE: ' + SUBJ[13], d,
         '<BL0PR09MB4417' + hexid('w034', 12).upper() + '@BL0PR09MB4417.namprd09.prod.outlook.com>', irt=M(13), refs=M(13),
         extra=outlook_extra(SUBJ[13], 'w034')), text(body, cte='quoted-printable')))

    # ------------------------------------------------------------------ 035 Sanford CEO out-of-office (REQ-006)
    d = date_hdr('2026-10-15 08:02:51')
    ourreply6 = '<reply-006.20261015.1@newsdesk.example.net>'
    body = """Thank you for your email. I am out of the office attending code officer
training through Friday, October 23, with limited access to email. For urgent code
enforcement matters, please call the Code Enforcement Office at (207) 555-0175.

Ray Gagnon
Code Enforcement Officer, City of Sanford
"""
    save('035-sanford-ooo.eml', message(H('Ray Gagnon <rgagnon@sanfordmaine.org>', 'Records Desk <%s>' % plus(6),
         'Automatic reply: RE: FOAA 2026-058 - cost estimate', d, '<' + hexid('me035', 20) + '@sanfordmaine.org>',
         irt=ourreply6, refs='<' + hexid('me022', 20) + '@sanfordmaine.org> ' + ourreply6,
         extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All']), text(body)))

    # ------------------------------------------------------------------ 036 Bridgeton HA final, partial, Spanish lines (REQ-002)
    d = date_hdr('2026-10-16 13:45:10')
    body = """Good afternoon,

Please find attached the Authority's final response to OPRA-26-041 together with
the redacted Fairfield Terrace work orders. The waiting list and lease-up reports
were sent to you on October 2.

Si necesita esta informaci\u00f3n en espa\u00f1ol o tiene preguntas, comun\u00edquese con la oficina de la
Autoridad al (856) 555-0142. Esta respuesta incluye \u00f3rdenes de trabajo con la informaci\u00f3n
personal de los inquilinos eliminada para proteger su privacidad.

Thank you,

Denise Carrow
Executive Assistant / Custodian of Records
Housing Authority of the City of Bridgeton
"""
    letter = ['##HOUSING AUTHORITY OF THE CITY OF BRIDGETON', 'Bridgeton, New Jersey 08302  |  (856) 555-0142', '',
              'October 16, 2026', '', 'Records Desk', 'newsdesk.example.net', '', '##RE: OPRA Request OPRA-26-041 - Final Response', '']
    letter += wrap('This letter completes the Authority\'s response to your Open Public Records Act request received September 9, 2026. '
                   'Items 1 and 2 (Housing Choice Voucher waiting list summaries and lease-up reports) were provided on October 2, 2026. '
                   'Enclosed with this letter are 1,087 Fairfield Terrace maintenance work orders (item 3) for January 2024 through August 2026.')
    letter += [''] + wrap('The work orders have been redacted to remove tenant names, unit numbers, telephone numbers and notes describing '
                          'household members or medical conditions. This information is withheld under N.J.S.A. 47:1A-1, which requires '
                          'a public agency to safeguard information in which a citizen has a reasonable expectation of privacy, and under '
                          'N.J.S.A. 47:1A-1.1, which excludes unlisted telephone numbers and personal information from the definition of a '
                          'government record. Building numbers, dates, the problem reported and the dates closed are released in full.')
    letter += [''] + wrap('If you disagree with this decision, you may file a Denial of Access Complaint with the Government Records Council '
                          'within forty-five (45) calendar days, or file an action in the Superior Court of New Jersey.')
    letter += [''] + wrap('AVISO EN ESPA\u00d1OL: Esta carta completa la respuesta de la Autoridad a su solicitud de registros p\u00fablicos '
                          'OPRA-26-041. La informaci\u00f3n personal de los inquilinos (nombres, n\u00fameros de apartamento y tel\u00e9fonos) fue '
                          'eliminada. Si no est\u00e1 de acuerdo, puede presentar una queja ante el Government Records Council dentro de '
                          'cuarenta y cinco (45) d\u00edas.')
    letter += ['', 'Sincerely,', '', 'Denise Carrow', 'Custodian of Records']
    wo = ['##Fairfield Terrace - Maintenance Work Orders (redacted)', 'WO#     Opened      Bldg  Unit       Problem                         Closed']
    wo += ['%-7s %-11s %-5s %-10s %-31s %s' % r for r in [
        ('24-0007', '01/03/2024', '2', '[REDACTED]', 'No heat', '01/03/2024'),
        ('24-0019', '01/08/2024', '5', '[REDACTED]', 'Kitchen sink leak', '01/10/2024'),
        ('24-0142', '03/21/2024', '3', '[REDACTED]', 'Mold in bathroom ceiling', '04/15/2024'),
        ('24-0388', '07/30/2024', '1', '[REDACTED]', 'Smoke detector chirping', '07/30/2024'),
        ('25-0051', '02/02/2025', '4', '[REDACTED]', 'Water heater failure', '02/06/2025'),
        ('25-0410', '08/14/2025', '2', '[REDACTED]', 'Pest control - roaches', '08/29/2025'),
        ('26-0233', '05/19/2026', '6', '[REDACTED]', 'Window will not lock', '05/22/2026')]]
    wo += ['', '... (excerpt; 1,087 work orders in full production) ...']
    e = multipart('mixed', [text(body, cte='quoted-printable'),
                            attachment(pdf(letter, 'OPRA-26-041 Final Response'), 'application/pdf', 'OPRA-26-041_Final_Response.pdf'),
                            attachment(pdf(wo, 'Fairfield Terrace work orders', compress=True, font_size=8), 'application/pdf', 'Fairfield_Terrace_Work_Orders_REDACTED.pdf')],
                  '----=_NextPart_000_0041_01DD5E22.7A1B0C40')
    save('036-bha-final-partial-spanish.eml', message(H('Denise Carrow <opra@bridgetonha.org>', plus(2), 'OPRA-26-041 Final Response', d,
         '<004101dd5e22$7a1b0c40$6e5124c0$@bridgetonha.org>', irt='<reply-002.20261005.1@newsdesk.example.net>',
         refs=M(2) + ' <reply-002.20261005.1@newsdesk.example.net>', extra=['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: en-us']), e))

    # ------------------------------------------------------------------ 037 Hinesburg final, HTML-only (REQ-007)
    d = date_hdr('2026-10-19 10:30:12')
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>
<body dir="ltr"><div style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Hi,<br><br>
Attached is the rest of your request:<br>
<ul><li>2026 zoning permits for ADUs and short-term rentals (7 permits, January&ndash;September 2026)</li>
<li>Development Review Board decisions involving ADUs or short-term rentals, 2024&ndash;2026 (5 decisions)</li></ul>
Together with the CSV I sent on October 6, that completes the Town's response to your public records request. Nothing was withheld.<br><br>
The full-size site plans that go with the DRB decisions are on paper only. If you want copies of any of those, let me know which ones.<br><br>
Alex Trombley<br>Zoning Administrator<br>Town of Hinesburg Planning &amp; Zoning<br>802-555-0119
</div></body></html>
"""
    drb = ['##TOWN OF HINESBURG - DEVELOPMENT REVIEW BOARD', 'Decisions involving ADUs / short-term rentals, 2024-2026', '',
           'DRB-24-03  Conditional use - detached ADU over 900 sq ft, Mechanicsville Rd  APPROVED w/ conditions 12/03/2024',
           'DRB-25-02  Appeal of ZA denial - STR in accessory structure, North Rd        DENIED 02/18/2025',
           'DRB-25-09  Conditional use - ADU in barn, Lincoln Hill Rd                    APPROVED 06/17/2025',
           'DRB-26-01  Variance - ADU setback, Silver St                                 APPROVED 03/03/2026',
           'DRB-26-05  Conditional use - STR with 4 bedrooms, Charlotte Rd               CONTINUED / WITHDRAWN 07/2026', '',
           '##2026 zoning permits (ADU / STR)',
           '26-03  01/29/2026  Richmond Rd       ADU (attached)', '26-09  03/12/2026  Silver St         ADU (detached)',
           '26-14  04/09/2026  Buck Hill Rd      STR - whole dwelling', '26-22  05/21/2026  Route 116         ADU conversion',
           '26-30  06/25/2026  Texas Hill Rd     ADU (detached)', '26-37  08/06/2026  North Rd          STR registration renewal',
           '26-41  09/10/2026  Pond Rd           ADU (within dwelling)']
    e = multipart('mixed', [text(html, 'html', cte='quoted-printable'),
                            attachment(pdf(drb, 'Hinesburg DRB decisions and 2026 permits'), 'application/pdf', 'Hinesburg_2026_permits_and_DRB_decisions.pdf')],
                  '_004_SN7P220MB0913' + hexid('vt037', 8).upper() + '_')
    prev28 = '<SN7P220MB0913' + hexid('vt028', 12).upper() + '@SN7P220MB0913.NAMP220.PROD.OUTLOOK.COM>'
    save('037-hinesburg-final-html.eml', message(H('Hinesburg Zoning <hinesburgzoning@outlook.com>', DESK, 'RE: ' + SUBJ[7], d,
         '<SN7P220MB0913' + hexid('vt037', 12).upper() + '@SN7P220MB0913.NAMP220.PROD.OUTLOOK.COM>', irt=prev28,
         refs=M(7) + ' ' + prev28, extra=outlook_extra('Public Records Request: Accessory dwelling unit and short-term rental zoning permits, 2024-2026', 'vt037', attach=True)), e))

    # ------------------------------------------------------------------ 038 HUD transfer to Region III (REQ-012)
    d = date_hdr('2026-10-20 09:05:37')
    body = """Dear Records Desk:

Re: FOIA Request 26-FI-HQ-02290

Your request for monitoring letters and findings concerning New Castle County,
Delaware's HOME and CDBG programs has been assigned to the Office of Community
Planning and Development in HUD's Philadelphia Regional Office (Region III), which
conducts monitoring for grantees in Delaware. Region III will search for
responsive records and respond to you directly.

Your tracking number remains 26-FI-HQ-02290. Please direct questions to the
Region III FOIA Liaison at R3FOIA@hud.gov.

Sincerely,

FOIA Branch
Office of the Executive Secretariat
U.S. Department of Housing and Urban Development
"""
    save('038-hud-transfer-region3.eml', message(H('HUD FOIA <foia@hud.gov>', plus(12), 'FOIA Request 26-FI-HQ-02290 - Assignment to Region III', d,
         '<SA1PR09MB8822' + hexid('h038', 12).upper() + '@SA1PR09MB8822.namprd09.prod.outlook.com>',
         extra=outlook_extra('FOIA Request 26-FI-HQ-02290 - Assignment to Region III', 'h038')), text(body)))

    # ------------------------------------------------------------------ 039 NCC JustFOIA ack #2 (REQ-014)
    d = date_hdr('2026-10-20 19:10:04', tz=UTC)
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="620" cellpadding="10" style="border:1px solid #c9d3df">
<tr><td style="background:#12355b;color:#fff;font-size:16px"><b>New Castle County</b> &ndash; Freedom of Information Act Requests</td></tr>
<tr><td>
<p>Dear Records Desk,</p>
<p>Thank you for submitting a FOIA request to New Castle County. Your request has been received and routed to the <b>Department of Land Use</b>.</p>
<p><b>Request Number:</b> NCC-FOIA-2026-0467<br>
<b>Date Received:</b> 10/20/2026<br>
<b>Description:</b> Rezoning applications and accessory dwelling unit permits for Red Lion Crossing LLC properties on Route 40</p>
<p>Under 29 <i>Del. C.</i> &sect; 10003(h), the County will respond to your request as soon as possible, but in any event within fifteen (15) business days of receipt. If additional time is needed, you will be notified in writing with a good-faith estimate of when a response will be provided.</p>
<p>You can view the status of your request and any documents released to you by signing in to the <a href="https://newcastlecountyde.justfoia.com/publicportal/home/track">FOIA portal</a>.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">This message was sent by JustFOIA on behalf of New Castle County. Replies to this address are not monitored.</td></tr>
</table></body></html>
"""
    save('039-ncc-justfoia-ack-2.eml', message(H('New Castle County FOIA via JustFOIA <notifications@justfoia.com>', INBOX,
         'Request NCC-FOIA-2026-0467 Received', d, '<0100019a' + hexid('de039', 24) + '-000000@email.amazonses.com>',
         extra=['Auto-Submitted: auto-generated']), text(html, 'html', cte='quoted-printable')))

    # ------------------------------------------------------------------ 040 HUD interim release #1, letter in PDF (REQ-001)
    d = date_hdr('2026-10-21 16:20:18')
    letter = ['##U.S. Department of Housing and Urban Development', 'Office of the Executive Secretariat - FOIA Branch',
              '451 Seventh Street, S.W., Washington, DC 20410', '', 'October 21, 2026', '', 'Records Desk', 'records+req-001@newsdesk.example.net', '',
              '##Re: FOIA Request 26-FI-HQ-01874 - Interim Response No. 1', '', 'Dear Records Desk:', '']
    letter += wrap('This is the first interim response to your Freedom of Information Act request for Real Estate Assessment Center (REAC) '
                   'physical inspection reports and related correspondence for the Housing Authority of the City of Bridgeton, 2022-2026.')
    letter += [''] + wrap('We have reviewed 318 pages. 296 pages are released in full and 22 pages are released in part. Information withheld '
                          'consists of the names, personal telephone numbers and unit-level resident details of residents appearing in inspection '
                          'notes, withheld under Exemption 6 of the FOIA, 5 U.S.C. 552(b)(6), because release would constitute a clearly '
                          'unwarranted invasion of personal privacy.')
    letter += [''] + wrap('We are continuing to process the remaining records, which consist mainly of correspondence between the Newark Field '
                          'Office and the Authority. We anticipate making a further release within approximately 30 days. Appeal rights will be '
                          'provided with our final response.')
    letter += ['', 'Sincerely,', '', 'FOIA Branch', 'Office of the Executive Secretariat']
    e = multipart('mixed', [text("""Records Desk,

Attached please find HUD's first interim response to FOIA request 26-FI-HQ-01874.
The 318 pages released with it have been posted to your request in the HUD FOIA
Public Access Link.

FOIA Branch
U.S. Department of Housing and Urban Development
"""), attachment(pdf(letter, 'Interim Response 1 - 26-FI-HQ-01874', compress=True), 'application/pdf', '26-FI-HQ-01874_Interim_Response_1.pdf')],
                  '_002_SA1PR09MB8822' + hexid('h040', 8).upper() + '_')
    save('040-hud-interim-1.eml', message(H('HUD FOIA <foia@hud.gov>', plus(1), 'FOIA 26-FI-HQ-01874 Interim Release', d,
         '<SA1PR09MB8822' + hexid('h040', 12).upper() + '@SA1PR09MB8822.namprd09.prod.outlook.com>',
         extra=outlook_extra('FOIA 26-FI-HQ-01874 Interim Release', 'h040', attach=True)), e))

    # ------------------------------------------------------------------ 041 NCC asks for parcel IDs (REQ-014)
    d = date_hdr('2026-10-22 11:33:47')
    body = """Good morning,

RE: FOIA Request NCC-FOIA-2026-0467

Your request asks for rezoning applications and accessory dwelling unit permits
for "properties owned by Red Lion Crossing LLC along Route 40." The Department of
Land Use indexes rezoning, plan and permit files by tax parcel number and site
address; our systems cannot be searched by owner name.

So that we can conduct the search, please provide the New Castle County tax parcel
number(s) (format: 10-032.20-114) or the street address(es) of the properties you
are interested in. Parcel numbers can be found using the County's parcel search on
our website.

Your request will be held until we receive this information. If we do not hear
from you within 30 days, we will consider the request withdrawn.

Priya Raman
FOIA Coordinator
New Castle County Department of Land Use
87 Reads Way, New Castle, DE 19720
(302) 555-0152
"""
    save('041-ncc-parcel-clarification.eml', message(H('Land Use FOIA <landusefoia@nccde.org>', INBOX,
         'NCC-FOIA-2026-0467 - parcel information needed', d,
         '<MW4PR09MB9120' + hexid('de041', 12).upper() + '@MW4PR09MB9120.namprd09.prod.outlook.com>',
         extra=outlook_extra('NCC-FOIA-2026-0467 - parcel information needed', 'de041')), text(body)))

    # ------------------------------------------------------------------ 042 Killingworth clerk final, quoting the ZEO's earlier reply (REQ-003)
    d = date_hdr('2026-10-23 14:05:30')
    body = """Hello,

Following up on Marcia's email below. Marcia spoke with your reporter last week,
and the ZBA has since decided the appeal, so we can send the rest.

Attached are the 2025 and 2026 short-term rental complaint files (17 complaints),
the related notices of violation, the two cease and desist orders, and the ZBA
decision. With the 2024 files Marcia sent on September 25, this completes the
Town's response to your FOI request.

Kathleen Duffy
Land Use Administrative Assistant
Town of Killingworth

On Fri, Sep 25, 2026 at 4:50 PM Marcia Bellamy <mbellamy.zeo@gmail.com> wrote:
> Hi,
>
> Here's the first batch - the 2024 complaints (11 files) with the NOVs that went
> with them, scanned into one PDF.
>
> 2025 and 2026 are next. A couple of those involve a property where the owner has
> an appeal pending before the ZBA, so I want to check with Kathy before I send
> anything on those.
>
> Marcia
"""
    files = ['##TOWN OF KILLINGWORTH - ZONING ENFORCEMENT', 'Short-term rental complaints 2025-2026 (scanned file copies)', '']
    files += ['%-10s %-11s %-20s %s' % r for r in [
        ('ZE-25-006', '02/11/2025', 'Route 80', 'C&D order 03/04/2025 (accessory apt. rented nightly) - appealed to ZBA'),
        ('ZE-25-013', '04/07/2025', 'Roast Meat Hill Rd', 'NOV 04/29/2025; complied'),
        ('ZE-25-021', '06/02/2025', 'Green Hill Rd', 'No violation found'),
        ('ZE-25-029', '07/21/2025', 'Route 148', 'C&D order 08/12/2025 (events at rental)'),
        ('ZE-26-004', '03/16/2026', 'Beckwith Rd', 'NOV 04/02/2026; permit obtained'),
        ('ZE-26-012', '06/30/2026', 'Stevens Rd', 'Open')]]
    files += ['', 'ZBA Appeal #25-04 (Route 80): Order of ZEO upheld, decision 10/13/2026.']
    e = multipart('mixed', [text(body), attachment(pdf(files, 'STR complaints 2025-2026', producer='HP Scan', compress=True, font_size=9),
                                                   'application/pdf', 'STR complaints 2025-2026 + C&D orders.pdf')],
                  '000000000000f3a2d70640a91b11')
    save('042-killingworth-final-quotes-zeo.eml', message(
        H('"\'Kathleen Duffy\' via Records Desk" <records@newsdesk.example.net>', INBOX, 'Re: FOI request - STR complaints', d,
          '<CAJ7x' + hexid('kw042', 28) + '@mail.gmail.com>', irt=zeo017, refs=zeo005 + ' ' + zeo017,
          extra=['Reply-To: Kathleen Duffy <landuse@townofkillingworth.com>'] + gg_extra('landuse@townofkillingworth.com')), e))

    # ------------------------------------------------------------------ 043 Woonsocket appraisal denial (REQ-004)
    d = date_hdr('2026-10-26 10:15:02')
    letter = ['##CITY OF WOONSOCKET', 'OFFICE OF THE CITY SOLICITOR', '169 Main Street, Woonsocket, Rhode Island 02895', '',
              'October 26, 2026', '', 'VIA ELECTRONIC MAIL', 'Records Desk', 'records+req-004@newsdesk.example.net', '',
              '##Re: APRA Request 26-APRA-117', '', 'Dear Requester:', '']
    letter += wrap('The City has completed its review of your request under the Access to Public Records Act ("APRA") for (1) appraisals, '
                   'broker opinions of value and appraisal reviews concerning the Fairmount Street mill parcel (Plat 19, Lot 47); (2) the Tax '
                   'Assessor\'s field card and valuation history for that parcel; and (3) correspondence among the Tax Assessor, the Planning '
                   'Department and this Office regarding the proposed acquisition.')
    letter += [''] + wrap('Your request is denied. The City has not completed its acquisition of the parcel, and negotiations with the owner '
                          'are ongoing. The two appraisals and one appraisal review located are exempt under R.I. Gen. Laws Sec. 38-2-2(4)(N), '
                          'which excludes from the definition of public records real estate appraisals and evaluations made for or by an '
                          'agency relative to the acquisition of property, until such time as all of the property has been acquired or all '
                          'proceedings or transactions have been terminated or abandoned. The correspondence consists of communications with '
                          'the City Solicitor seeking and providing legal advice about the acquisition and is withheld under R.I. Gen. Laws '
                          'Sec. 38-2-2(4)(A)(I)(b) (attorney-client) and under Sec. 38-2-2(4)(N), as it discusses the appraised values.')
    letter += [''] + wrap('The Assessor\'s field card for Plat 19, Lot 47 is a public record that is available on the City\'s online assessment '
                          'database and at the Assessor\'s counter; it is not being withheld, but no separate copy is provided with this letter.')
    letter += [''] + wrap('You may appeal this denial to the Mayor, as chief administrative officer, under R.I. Gen. Laws Sec. 38-2-8(a). '
                          'You may also file a complaint with the Department of Attorney General or in Superior Court as provided in '
                          'Sec. 38-2-8(b).')
    letter += ['', 'Very truly yours,', '', 'Office of the City Solicitor', 'City of Woonsocket']
    e = multipart('mixed', [text("""Please see the attached response to APRA request 26-APRA-117.

Megan Desrosiers
Paralegal / APRA Coordinator
Office of the City Solicitor
"""), attachment(pdf(letter, 'APRA 26-APRA-117 response'), 'application/pdf', '26-APRA-117 Response Letter.pdf')],
                  '_003_BL0PR09MB4417' + hexid('w043', 8).upper() + '_')
    w018 = '<BL0PR09MB4417' + hexid('w018', 12).upper() + '@BL0PR09MB4417.namprd09.prod.outlook.com>'
    save('043-woonsocket-appraisal-denial.eml', message(H('APRA <apra@woonsocketri.org>', 'Records Desk <%s>' % plus(4), 'RE: ' + SUBJ[4], d,
         '<BL0PR09MB4417' + hexid('w043', 12).upper() + '@BL0PR09MB4417.namprd09.prod.outlook.com>', irt=w018, refs=M(4) + ' ' + w006 + ' ' + w018,
         extra=outlook_extra('APRA Request: Appraisals and valuation records for the proposed City acquisition of the Fairmount Street mill parcel (Plat 19, Lot 47)', 'w043', attach=True)), e))

    # ------------------------------------------------------------------ 044 Woonsocket assessor final release by download link (REQ-013)
    d = date_hdr('2026-10-27 15:40:26')
    body = """Good afternoon,

Re: APRA 26-APRA-131

The records responsive to your request are available for download at the link
below. The link will remain active until November 26, 2026.

https://woonsocketri-my.sharepoint.com/:f:/g/personal/assessor_woonsocketri_org/EkT3vq9Lr0hFm2cW8aY1pQwB4n7x?e=Qf7Tz2

The folder contains:
  - 14 tax stabilization agreements in effect at any time from 2022 to date (PDF)
  - Assessor's stabilization/exemption lists with assessed values, tax years
    2022 through 2026 (Excel)

No records were withheld and there is no charge. This completes the City's
response to your request.

Gerard Pelletier
Tax Assessor
City of Woonsocket
"""
    w034 = '<BL0PR09MB4417' + hexid('w034', 12).upper() + '@BL0PR09MB4417.namprd09.prod.outlook.com>'
    save('044-woonsocket-download-link.eml', message(H('Assessor <assessor@woonsocketri.org>', 'Records Desk <%s>' % plus(13), 'RE: ' + SUBJ[13], d,
         '<BL0PR09MB4417' + hexid('w044', 12).upper() + '@BL0PR09MB4417.namprd09.prod.outlook.com>', irt=w034, refs=M(13) + ' ' + w034,
         cc='APRA <apra@woonsocketri.org>', extra=outlook_extra(SUBJ[13], 'w044')), text(body)))

    # ------------------------------------------------------------------ 045 Sanford interim (REQ-006)
    d = date_hdr('2026-10-29 13:22:39')
    body = """Hello,

RE: FOAA 2026-058

Thank you for your payment of $150.00, received October 20. Attached is the first
installment: rental inspection reports and notices of violation for calendar year
2024 (212 pages), with tenant names, phone numbers and medical notes redacted.

The 2025 and 2026 records are still being redacted. We expect to send them, along
with a final letter, within the next several weeks.

Ray Gagnon
Code Enforcement Officer
City of Sanford
"""
    insp = ['##CITY OF SANFORD - CODE ENFORCEMENT', 'Rental inspection reports and NOVs, 2024 (installment 1 of 2) - FOAA 2026-058', '',
            'Report     Date        Address              Result', 'RI-24-0012 01/17/2024  Main St (6 units)    Pass',
            'RI-24-0048 02/22/2024  River St (12 units)  Fail - egress windows; NOV 24-011',
            'RI-24-0101 04/03/2024  Lebanon St (3 units) Fail - smoke alarms; re-insp pass 04/24',
            'RI-24-0177 06/12/2024  School St (4 units)  Pass', 'RI-24-0230 08/08/2024  Riverside Ave (8)    Fail - heat; NOV 24-058',
            '', 'Tenant names / contact details: [REDACTED - 1 M.R.S. 402(3)]']
    e = multipart('mixed', [text(body), attachment(pdf(insp, 'FOAA 2026-058 installment 1', compress=True), 'application/pdf', 'FOAA_2026-058_Installment_1.pdf')],
                  '----=_NextPart_000_00A2_01DD6B10.4C2E6F30')
    save('045-sanford-interim.eml', message(H('Ray Gagnon <rgagnon@sanfordmaine.org>', 'Records Desk <%s>' % plus(6), 'FOAA 2026-058 - records (1 of 2)', d,
         '<' + hexid('me045', 20) + '@sanfordmaine.org>', extra=['X-Mailer: Microsoft Outlook 16.0']), e))

    # ------------------------------------------------------------------ 046 HUD Exchange newsletter (null)
    d = date_hdr('2026-11-03 09:12:00')
    plain = """HUD Exchange Mailing List

CDBG and HOME Program Updates - November 2026

* New CPD Monitoring Handbook chapters posted: Exhibits for HOME and CDBG grantee
  monitoring have been updated. Grantees should review the revised exhibits before
  their next on-site or remote monitoring visit.
* HOME-ARP reporting reminder: quarterly performance reports are due in IDIS.
* Webinar: Consolidated Plan basics for small entitlement communities, November 18.
* Updated income limits FAQs are available.

Visit the HUD Exchange for details.

You are subscribed to the HUD Exchange mailing list. To manage your subscriptions
or unsubscribe, visit your subscriber preferences page. This service is provided
to you at no charge by the U.S. Department of Housing and Urban Development.
"""
    html = '<html><body style="font-family:Arial;font-size:14px"><div style="background:#1a3e6f;color:#fff;padding:12px"><b>HUD Exchange</b> Mailing List</div><h2>CDBG and HOME Program Updates &ndash; November 2026</h2><ul><li><b>New CPD Monitoring Handbook chapters posted:</b> Exhibits for HOME and CDBG grantee monitoring have been updated. Grantees should review the revised exhibits before their next on-site or remote monitoring visit.</li><li><b>HOME-ARP reporting reminder:</b> quarterly performance reports are due in IDIS.</li><li><b>Webinar:</b> Consolidated Plan basics for small entitlement communities, November 18.</li><li>Updated income limits FAQs are available.</li></ul><p style="font-size:11px;color:#777">You are subscribed to the HUD Exchange mailing list. <a href="https://public.govdelivery.com/accounts/USHUDEXCHANGE/subscriber/edit">Manage preferences or unsubscribe</a>. This service is provided to you at no charge by the U.S. Department of Housing and Urban Development.</p></body></html>\n'
    e = multipart('alternative', [text(plain), text(html, 'html', cte='quoted-printable')], '----=_Part_5530277_1218839641.1793715120000')
    save('046-hud-exchange-newsletter.eml', message(H('HUD Exchange <news@info.hudexchange.info>', INBOX,
         'CDBG and HOME Program Updates - November 2026', d, '<20261103141200.' + hexid('gd46', 10) + '@public.govdelivery.com>',
         extra=['List-Unsubscribe: <https://public.govdelivery.com/accounts/USHUDEXCHANGE/subscriber/one_click_unsubscribe?verification=1.' + hexid('u46', 16) + '>',
                'Precedence: bulk', 'X-Accountcode: USHUDEXCHANGE']), e))

    # ------------------------------------------------------------------ 047 Sanford asks for address or map/lot (REQ-015)
    d = date_hdr('2026-11-04 10:40:55')
    body = """Good morning,

We received your FOAA request of November 2 for dangerous building and
condemnation orders for "the former mill housing on River Street." It has been
logged as FOAA 2026-071.

There are a number of multi-family buildings on River Street that were originally
mill housing, and our property files are organized by street number and by the
Assessor's Map/Lot. Could you please tell us the street number(s) of the buildings
you mean, or the Map and Lot number(s) from the Assessor's tax maps (for example,
K18-0042)? We will begin the search as soon as we hear back from you.

Tina Ouellette
Office Clerk, Code Enforcement Office
City of Sanford
(207) 555-0175
"""
    save('047-sanford-address-clarification.eml', message(H('Sanford Code Enforcement <codeenforcement@sanfordmaine.org>', 'Records Desk <%s>' % plus(15),
         'RE: ' + SUBJ[15], d, '<' + hexid('me047', 20) + '@sanfordmaine.org>', irt=M(15), refs=M(15),
         extra=['X-Mailer: Microsoft Outlook 16.0']), text(body)))

    # ------------------------------------------------------------------ 048 JustFOIA update with no request number (REQ-014)
    d = date_hdr('2026-11-05 17:00:09', tz=UTC)
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="620" cellpadding="10" style="border:1px solid #c9d3df">
<tr><td style="background:#12355b;color:#fff;font-size:16px"><b>New Castle County</b> &ndash; Freedom of Information Act Requests</td></tr>
<tr><td>
<p>Dear Records Desk,</p>
<p>There has been an update to one of your requests. The status is now <b>In Progress</b>.</p>
<p>Sign in to the <a href="https://newcastlecountyde.justfoia.com/publicportal/home/track">FOIA portal</a> to view the details.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">This message was sent by JustFOIA on behalf of New Castle County. Replies to this address are not monitored.</td></tr>
</table></body></html>
"""
    save('048-justfoia-update-no-number.eml', message(H('New Castle County FOIA via JustFOIA <notifications@justfoia.com>', INBOX,
         'Your request has been updated', d, '<0100019a' + hexid('de048', 24) + '-000000@email.amazonses.com>',
         extra=['Auto-Submitted: auto-generated']), text(html, 'html', cte='quoted-printable')))

    # ------------------------------------------------------------------ 049 HUD PAL status change (REQ-001)
    d = date_hdr('2026-11-06 10:20:44')
    plain = """Dear Records Desk,

The status of your FOIA request 26-FI-HQ-01874 has been updated.

New Status: Processing - Interim Response Sent

To view the details of your request, please log in to the HUD FOIA Public Access
Link (PAL).

This is an automated message from the HUD FOIA Public Access Link. Please do not
reply to this email.
"""
    html = '<html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px"><div style="background:#0b3d91;color:#fff;padding:10px 14px;font-size:15px"><b>U.S. Department of Housing and Urban Development</b><br>FOIA Public Access Link</div><div style="padding:14px"><p>Dear Records Desk,</p><p>The status of your FOIA request <b>26-FI-HQ-01874</b> has been updated.</p><p><b>New Status:</b> Processing - Interim Response Sent</p><p>To view the details of your request, please log in to the HUD FOIA Public Access Link (PAL).</p><p style="color:#777;font-size:10px">This is an automated message from the HUD FOIA Public Access Link. Please do not reply to this email.</p></div></body></html>\n'
    e = multipart('alternative', [text(plain), text(html, 'html', cte='quoted-printable')], '----=_Part_97701_1190327781.1793978444120')
    save('049-hud-pal-status.eml', message(H('HUD FOIA Public Access Link <hudfoiapal@hud.gov>', plus(1),
         'FOIA Request 26-FI-HQ-01874 Status Update', d, '<1793978444120.97701.hudpal@hudfoia-app02.hud.gov>',
         extra=['Auto-Submitted: auto-generated', 'X-Mailer: FOIAXpress PAL Notification Service']), e))

    # ------------------------------------------------------------------ 050 Sullivan Registry closes: nobody came to inspect (REQ-009)
    d = date_hdr('2026-11-09 11:11:21')
    body = """We have not heard from anyone or seen anyone from your organization at the
Registry since our 9/30 email offering the records for inspection. The vendor
agreement was pulled and held at the counter for 30 days. We are considering your
Right to Know request closed.

The records remain open to the public during regular business hours if you wish
to come in.

L. Pellerin
Deputy Register
Sullivan County Registry of Deeds
"""
    save('050-sullivan-closed-no-inspection.eml', message(H('Sullivan County Registry of Deeds <deeds@sullivancountynh.gov>', INBOX,
         'Right to Know request - closed', d, '<MN2PR09MB5230' + hexid('nh050', 10).upper() + '@MN2PR09MB5230.namprd09.prod.outlook.com>',
         extra=['Content-Language: en-US']), text(body)))

    # ------------------------------------------------------------------ 051 Killingworth site plan file released (REQ-011)
    d = date_hdr('2026-11-13 14:30:18')
    body = """Good afternoon,

We received your check for $124.00 on November 10 - thank you. Attached is the
scanned application file for P&Z Application #2026-14 (Route 81 self-storage site
plan), 96 pages. The 19 full-size plan sheets were copied at the print shop and
were mailed to you today in a tube.

That completes your FOI request.

Kathleen Duffy
Land Use Administrative Assistant
Town of Killingworth
"""
    idx = ['##TOWN OF KILLINGWORTH PLANNING & ZONING COMMISSION', 'Application #2026-14 - Site Plan, Self-Storage Facility, Route 81', '',
           'Contents of file (96 pages):', '  Application form and fee receipt (4)', '  Statement of use and narrative (6)',
           '  Staff report, Land Use Office (9)', '  Town Engineer review letters 05/12/2026 and 06/30/2026 (11)',
           '  Inland Wetlands Commission report (5)', '  Fire Marshal comments (2)', '  Traffic memo (14)', '  Correspondence - public (29)',
           '  Minutes 06/09, 07/14, 08/11/2026 (12)', '  Decision letter - approved with conditions 08/11/2026 (4)', '',
           'Full-size plan sheets (19) - mailed separately.']
    e = multipart('mixed', [text(body), attachment(pdf(idx, 'PZC 2026-14 file'), 'application/pdf', 'PZC_2026-14_Route81_SitePlan_file.pdf')],
                  '000000000000a81f2c0641b0c9e3')
    k029 = '<CAJ7x' + hexid('kw029', 28) + '@mail.gmail.com>'
    save('051-killingworth-site-plan-final.eml', message(H('Kathleen Duffy <landuse@townofkillingworth.com>', plus(11), 'RE: ' + SUBJ[11], d,
         '<CAJ7x' + hexid('kw051', 28) + '@mail.gmail.com>', irt='<reply-011.20261008.1@newsdesk.example.net>',
         refs=M(11) + ' ' + k029 + ' <reply-011.20261008.1@newsdesk.example.net>'), e))

    # ------------------------------------------------------------------ 052 HUD Region III no records, PDF letter (REQ-012)
    d = date_hdr('2026-11-16 10:05:40')
    letter = ['##U.S. Department of Housing and Urban Development', 'Philadelphia Regional Office - Region III', 'Office of Community Planning and Development',
              '1835 Market Street, Philadelphia, PA 19103', '', 'November 16, 2026', '', 'Records Desk', 'records@newsdesk.example.net', '',
              '##Re: FOIA Request 26-FI-HQ-02290', '', 'Dear Records Desk:', '']
    letter += wrap('This responds to your Freedom of Information Act request, received October 5, 2026, for monitoring letters and findings '
                   'issued by HUD concerning New Castle County, Delaware\'s HOME Investment Partnerships and Community Development Block '
                   'Grant programs from 2023 to 2026.')
    letter += [''] + wrap('The Region III Office of Community Planning and Development searched its grantee monitoring files, the Grants '
                          'Management Process system and the CPD shared correspondence drive using the grantee name and program identifiers. '
                          'No monitoring letters or findings were issued to New Castle County during the period you requested; the County\'s '
                          'most recent on-site monitoring of these programs took place in fiscal year 2022. We therefore located no records '
                          'responsive to your request.')
    letter += [''] + wrap('You may contact our FOIA Public Liaison at (202) 555-0134 for further assistance. You may also contact the Office of '
                          'Government Information Services (OGIS) at the National Archives and Records Administration, 8601 Adelphi Road-OGIS, '
                          'College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.')
    letter += [''] + wrap('If you are not satisfied with this response, you may file an administrative appeal. Your appeal must be postmarked or '
                          'electronically transmitted within 90 calendar days of the date of this letter, addressed to the Office of General '
                          'Counsel, FOIA Appeals, U.S. Department of Housing and Urban Development, 451 Seventh Street, S.W., Washington, DC '
                          '20410, or submitted through the HUD FOIA Public Access Link. Please mark the envelope or subject line "Freedom of '
                          'Information Act Appeal."')
    letter += ['', 'Sincerely,', '', 'Region III FOIA Liaison', 'Office of Community Planning and Development']
    e = multipart('mixed', [text('Please see the attached final response to FOIA request 26-FI-HQ-02290.\n\nRegion III FOIA Liaison\n'),
                            attachment(pdf(letter, 'Final response 26-FI-HQ-02290'), 'application/pdf', 'Final_Response_26-FI-HQ-02290.pdf')],
                  '_002_DM8PR09MB7342' + hexid('h052', 8).upper() + '_')
    save('052-hud-r3-no-records.eml', message(H('Region III FOIA <R3FOIA@hud.gov>', INBOX, 'Final Response - FOIA 26-FI-HQ-02290', d,
         '<DM8PR09MB7342' + hexid('h052', 12).upper() + '@DM8PR09MB7342.namprd09.prod.outlook.com>',
         extra=outlook_extra('Final Response - FOIA 26-FI-HQ-02290', 'h052', attach=True)), e))

    # ------------------------------------------------------------------ 053 JustFOIA: new document (REQ-010)
    d = date_hdr('2026-11-19 14:30:02', tz=UTC)
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="620" cellpadding="10" style="border:1px solid #c9d3df">
<tr><td style="background:#12355b;color:#fff;font-size:16px"><b>New Castle County</b> &ndash; Freedom of Information Act Requests</td></tr>
<tr><td>
<p>Dear Records Desk,</p>
<p>A new document has been added to request <b>NCC-FOIA-2026-0412</b>.</p>
<p>Sign in to the <a href="https://newcastlecountyde.justfoia.com/publicportal/home/track">FOIA portal</a> to view or download it.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">This message was sent by JustFOIA on behalf of New Castle County. Replies to this address are not monitored.</td></tr>
</table></body></html>
"""
    save('053-ncc-justfoia-new-document.eml', message(H('New Castle County FOIA via JustFOIA <notifications@justfoia.com>', INBOX,
         'New document available - NCC-FOIA-2026-0412', d, '<0100019a' + hexid('de053', 24) + '-000000@email.amazonses.com>',
         extra=['Auto-Submitted: auto-generated']), text(html, 'html', cte='quoted-printable')))

    # ------------------------------------------------------------------ 054 JustFOIA: request closed with staff message (REQ-010)
    d = date_hdr('2026-11-19 14:31:15', tz=UTC)
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="620" cellpadding="10" style="border:1px solid #c9d3df">
<tr><td style="background:#12355b;color:#fff;font-size:16px"><b>New Castle County</b> &ndash; Freedom of Information Act Requests</td></tr>
<tr><td>
<p>Dear Records Desk,</p>
<p>Your request <b>NCC-FOIA-2026-0412</b> has been <b>closed</b>.</p>
<p><b>Message from the Department of Land Use:</b></p>
<blockquote style="border-left:3px solid #12355b;padding-left:10px;margin-left:4px">
The Department has completed its response to your request. The following records are available in the Documents tab of the portal:<br>
&bull; Property maintenance code violation cases opened January 1, 2024 &ndash; October 31, 2026 (export, 2,314 cases)<br>
&bull; Vacant property registrations for the same period (export, 688 registrations)<br>
&bull; Vacant Property Registration program annual summaries, 2024 and 2025<br><br>
All responsive records have been provided in full. There is no fee for this request.<br><br>
Priya Raman, FOIA Coordinator, Department of Land Use
</blockquote>
<p>Sign in to the <a href="https://newcastlecountyde.justfoia.com/publicportal/home/track">FOIA portal</a> to download your documents. Documents remain available for 60 days.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">This message was sent by JustFOIA on behalf of New Castle County. Replies to this address are not monitored.</td></tr>
</table></body></html>
"""
    save('054-ncc-justfoia-closed-final.eml', message(H('New Castle County FOIA via JustFOIA <notifications@justfoia.com>', INBOX,
         'Request NCC-FOIA-2026-0412 Closed', d, '<0100019a' + hexid('de054', 24) + '-000000@email.amazonses.com>',
         extra=['Auto-Submitted: auto-generated']), text(html, 'html', cte='quoted-printable')))

    # ------------------------------------------------------------------ 055 Sanford no records (REQ-015)
    d = date_hdr('2026-11-19 15:12:33')
    body = """Good afternoon,

RE: FOAA 2026-071

Thank you for providing the Map/Lot numbers K18-0042 and K18-0043 (River Street).
The Code Enforcement Office searched the property files for both lots, the
dangerous building log kept under 17 M.R.S. Sec. 2851 et seq., and the City
Council agendas for 2023 to date. No dangerous building orders, condemnation
notices or placarding orders were issued for either property during that period,
so we have no records responsive to your request.

If you disagree with this response, you may appeal to the Superior Court within
30 days of receiving this notice, as provided in 1 M.R.S. Sec. 409(1).

Ray Gagnon
Code Enforcement Officer
City of Sanford
"""
    save('055-sanford-no-records.eml', message(H('Ray Gagnon <rgagnon@sanfordmaine.org>', 'Records Desk <%s>' % plus(15),
         'RE: ' + SUBJ[15], d, '<' + hexid('me055', 20) + '@sanfordmaine.org>', irt='<reply-015.20261105.1@newsdesk.example.net>',
         refs=M(15) + ' <' + hexid('me047', 20) + '@sanfordmaine.org> <reply-015.20261105.1@newsdesk.example.net>',
         extra=['X-Mailer: Microsoft Outlook 16.0']), text(body)))

    # ------------------------------------------------------------------ 056 NCC no records, letter (REQ-014)
    d = date_hdr('2026-11-24 10:48:05')
    body = """Good morning,

Please see the attached response to FOIA request NCC-FOIA-2026-0467.

Priya Raman
FOIA Coordinator
New Castle County Department of Land Use
"""
    letter = ['##NEW CASTLE COUNTY', 'DEPARTMENT OF LAND USE', '87 Reads Way, New Castle, Delaware 19720', '', 'November 24, 2026', '',
              'Records Desk', 'records@newsdesk.example.net', '', '##Re: FOIA Request NCC-FOIA-2026-0467', '', 'Dear Requester:', '']
    letter += wrap('This responds to your request under the Delaware Freedom of Information Act, 29 Del. C. Ch. 100, for rezoning applications '
                   'and accessory dwelling unit permits for properties on Route 40. On October 23, 2026 you identified tax parcels '
                   '10-032.20-114 and 10-032.20-115.')
    letter += [''] + wrap('The Department searched its land development plan records, rezoning case files and building permit system for both '
                          'parcels for the period January 1, 2020 to the present. No rezoning applications have been filed and no accessory '
                          'dwelling unit permits have been applied for or issued for either parcel. Accordingly, the Department has no '
                          'records responsive to your request.')
    letter += [''] + wrap('If you believe this response violates the Freedom of Information Act, you may petition the Chief Deputy Attorney '
                          'General for a determination under 29 Del. C. Sec. 10005(e).')
    letter += ['', 'Sincerely,', '', 'Priya Raman', 'FOIA Coordinator']
    e = multipart('mixed', [text(body), attachment(pdf(letter, 'NCC-FOIA-2026-0467 response', producer='Adobe PDF Library 23.1'), 'application/pdf', 'NCC-FOIA-2026-0467_Response.pdf')],
                  '_004_MW4PR09MB9120' + hexid('de056', 8).upper() + '_')
    de041 = '<MW4PR09MB9120' + hexid('de041', 12).upper() + '@MW4PR09MB9120.namprd09.prod.outlook.com>'
    save('056-ncc-no-records.eml', message(H('Land Use FOIA <landusefoia@nccde.org>', INBOX, 'NCC-FOIA-2026-0467 - Response', d,
         '<MW4PR09MB9120' + hexid('de056', 12).upper() + '@MW4PR09MB9120.namprd09.prod.outlook.com>',
         irt='<reply-014.20261023.1@newsdesk.example.net>', refs=de041 + ' <reply-014.20261023.1@newsdesk.example.net>',
         extra=outlook_extra('NCC-FOIA-2026-0467 - Response', 'de056', attach=True)), e))

    # ------------------------------------------------------------------ 057 Sanford final: empty body, PDF letter (REQ-006)
    d = date_hdr('2026-12-02 11:00:27')
    letter = ['##CITY OF SANFORD, MAINE', 'Code Enforcement Office', '919 Main Street, Sanford, ME 04073', '', 'December 2, 2026', '',
              'Records Desk', 'newsdesk.example.net', '', '##RE: FOAA 2026-058 - Final Response', '']
    letter += wrap('This letter completes the City\'s response to your Freedom of Access Act request for rental housing inspection reports '
                   'and notices of violation, January 2024 to the present. The 2024 records were provided on October 29, 2026. The '
                   '2025 and 2026 records (318 pages) are available at the link below, which will remain active for 30 days:')
    letter += ['', 'https://sanfordmaine.sharefile.com/d-s7e2c41a9b0f4d3c8', '']
    letter += wrap('As with the first installment, the names and telephone numbers of tenants and notes about occupants\' medical equipment '
                   'were redacted. No other information was withheld. The $150.00 paid on October 20 covers the full request; no additional '
                   'charge is due.')
    letter += [''] + wrap('If you believe any part of this response amounts to a denial, you may appeal to the Superior Court within 30 calendar '
                          'days under 1 M.R.S. Sec. 409(1).')
    letter += ['', 'Sincerely,', '', 'Ray Gagnon', 'Code Enforcement Officer']
    e = multipart('mixed', [text('\n'), attachment(pdf(letter, 'FOAA 2026-058 Final Response'), 'application/pdf', 'FOAA_2026-058_Final_Response.pdf')],
                  '----=_NextPart_000_00C7_01DD7A3E.91B7D2A0')
    save('057-sanford-final-empty-body-pdf.eml', message(H('Sanford Code Enforcement <codeenforcement@sanfordmaine.org>', 'Records Desk <%s>' % plus(6),
         'FOAA 2026-058', d, '<' + hexid('me057', 20) + '@sanfordmaine.org>', extra=['X-Mailer: Microsoft Outlook 16.0']), e))

    # ------------------------------------------------------------------ 058 HUD final, partial, appeal + OGIS (REQ-001)
    d = date_hdr('2026-12-10 14:25:51')
    letter = ['##U.S. Department of Housing and Urban Development', 'Office of the Executive Secretariat - FOIA Branch',
              '451 Seventh Street, S.W., Washington, DC 20410', '', 'December 10, 2026', '', 'Records Desk', 'records+req-001@newsdesk.example.net', '',
              '##Re: FOIA Request 26-FI-HQ-01874 - Final Response', '', 'Dear Records Desk:', '']
    letter += wrap('This is the final response to your Freedom of Information Act request for Real Estate Assessment Center (REAC) physical '
                   'inspection reports and related correspondence for the Housing Authority of the City of Bridgeton, 2022-2026. Our first '
                   'interim response, dated October 21, 2026, released 318 pages.')
    letter += [''] + wrap('We have now reviewed an additional 164 pages. Of these, 141 pages are released in full, 19 pages are released in '
                          'part, and 4 pages are withheld in full. Portions of the records are withheld under the following exemptions:')
    letter += [''] + wrap('Exemption 5, 5 U.S.C. 552(b)(5), which protects inter- and intra-agency records that are predecisional and '
                          'deliberative. The 4 pages withheld in full are internal draft comments by Newark Field Office staff on a proposed '
                          'corrective action plan before the Department reached a final position.')
    letter += [''] + wrap('Exemption 6, 5 U.S.C. 552(b)(6), which protects information about individuals in personnel and similar files where '
                          'release would be a clearly unwarranted invasion of personal privacy (names and unit-level details of residents).')
    letter += [''] + wrap('You may contact our FOIA Public Liaison at (202) 555-0134 or foia@hud.gov for further assistance and to discuss any '
                          'aspect of your request. You may also contact the Office of Government Information Services (OGIS) at the National '
                          'Archives and Records Administration to inquire about the FOIA mediation services they offer: 8601 Adelphi Road-OGIS, '
                          'College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.')
    letter += [''] + wrap('If you are not satisfied with this response, you may administratively appeal by writing to the Office of General '
                          'Counsel, FOIA Appeals, U.S. Department of Housing and Urban Development, 451 Seventh Street, S.W., Washington, DC '
                          '20410, or through the HUD FOIA Public Access Link. Your appeal must be postmarked or electronically transmitted '
                          'within 90 days of the date of this response.')
    letter += ['', 'Sincerely,', '', 'FOIA Branch', 'Office of the Executive Secretariat']
    e = multipart('mixed', [text("""Records Desk,

Attached is HUD's final response to FOIA request 26-FI-HQ-01874. The released
records (164 pages) have been posted to your request in the HUD FOIA Public Access
Link.

FOIA Branch
U.S. Department of Housing and Urban Development
"""), attachment(pdf(letter, 'Final Response - 26-FI-HQ-01874', compress=True), 'application/pdf', '26-FI-HQ-01874_Final_Response.pdf')],
                  '_002_SA1PR09MB8822' + hexid('h058', 8).upper() + '_')
    save('058-hud-final-partial.eml', message(H('HUD FOIA <foia@hud.gov>', plus(1), 'FOIA 26-FI-HQ-01874 Final Response', d,
         '<SA1PR09MB8822' + hexid('h058', 12).upper() + '@SA1PR09MB8822.namprd09.prod.outlook.com>',
         extra=outlook_extra('FOIA 26-FI-HQ-01874 Final Response', 'h058', attach=True)), e))

    # ------------------------------------------------------------------ 059 Woonsocket tax-bill notice (null)
    d = date_hdr('2027-01-04 07:30:00')
    plain = """City of Woonsocket - Tax Collector

Reminder: the third quarter installment of your FY2027 real estate and tangible
property tax is due on or before January 15, 2027.

Account: 0045117
Property location: 1 Commerce Dr (tangible - newsroom equipment)
Amount due this quarter: $312.48

Pay online through the City's payment portal, by mail, or in person at City Hall,
169 Main Street. Payments received after January 15 are subject to interest at
the statutory rate.

This is an automated notice. Please do not reply to this email.
"""
    html = '<html><body style="font-family:Arial;font-size:14px"><h3>City of Woonsocket &ndash; Tax Collector</h3><p>Reminder: the third quarter installment of your FY2027 real estate and tangible property tax is due on or before <b>January 15, 2027</b>.</p><p>Account: 0045117<br>Property location: 1 Commerce Dr (tangible - newsroom equipment)<br>Amount due this quarter: <b>$312.48</b></p><p>Pay online through the City\'s payment portal, by mail, or in person at City Hall, 169 Main Street. Payments received after January 15 are subject to interest at the statutory rate.</p><p style="font-size:11px;color:#777">This is an automated notice. Please do not reply to this email.</p></body></html>\n'
    e = multipart('alternative', [text(plain), text(html, 'html', cte='quoted-printable')], '=_ic_' + hexid('tx59', 20))
    save('059-woonsocket-tax-bill.eml', message(H('City of Woonsocket Tax Collector <taxcollector@woonsocketri.org>', INBOX,
         'Your City of Woonsocket tax bill - 3rd quarter installment due January 15, 2027', d, '<' + hexid('tx59m', 24) + '@invoicecloud.net>',
         extra=['Sender: noreply@invoicecloud.net', 'Auto-Submitted: auto-generated', 'Precedence: bulk']), e))

    # ------------------------------------------------------------------ 060 HUD Region I final, partial (REQ-005)
    d = date_hdr('2027-01-12 15:50:37')
    letter = ['##U.S. Department of Housing and Urban Development', 'Office of Fair Housing and Equal Opportunity, Region I',
              '10 Causeway Street, Boston, MA 02222', '', 'January 12, 2027', '', 'Records Desk', 'records@newsdesk.example.net', '',
              '##Re: FOIA Request No. 26-FI-R1-00412', '', 'Dear Requester:', '']
    letter += wrap('This is the final response to your Freedom of Information Act request, as clarified on October 1, 2026, for the case listing '
                   'of Title VIII complaints filed from January 1, 2021 in which a New England city or town is a respondent, and the '
                   'determinations and closure letters for those cases. You agreed on October 13, 2026 to pay fees up to $175.00.')
    letter += [''] + wrap('We located 63 cases. We are releasing the case listing (3 pages) and 1,604 pages of determinations and closure letters. '
                          '1,122 pages are released in full and 482 pages are released in part. We have withheld the names, addresses and other '
                          'identifying information of complainants, aggrieved persons and witnesses under Exemptions 6 and 7(C) of the FOIA, '
                          '5 U.S.C. 552(b)(6) and (b)(7)(C). Complaint investigations are conducted for law enforcement purposes under the Fair '
                          'Housing Act, and release of this information could reasonably be expected to constitute an unwarranted invasion of '
                          'personal privacy.')
    letter += [''] + wrap('The fee for this request is $150.70 (1,507 billable pages at $0.10 per page). An invoice will be sent separately.')
    letter += [''] + wrap('You may contact the FOIA Public Liaison at (202) 555-0134 for further assistance, or the Office of Government '
                          'Information Services (OGIS) at the National Archives and Records Administration: 8601 Adelphi Road-OGIS, College '
                          'Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.')
    letter += [''] + wrap('You may appeal this determination to the Office of General Counsel, FOIA Appeals, U.S. Department of Housing and Urban '
                          'Development, 451 Seventh Street, S.W., Washington, DC 20410, or through the HUD FOIA Public Access Link. Your appeal '
                          'must be postmarked or electronically transmitted within 90 calendar days of the date of this letter.')
    letter += ['', 'Sincerely,', '', 'Region I FOIA Liaison', 'Office of Fair Housing and Equal Opportunity']
    plain = """Good afternoon,

Attached is the final response letter for FOIA request 26-FI-R1-00412. The released
records (1,607 pages) will be sent through a secure file transfer link in a
separate email.

Region I FOIA Liaison
Office of Fair Housing and Equal Opportunity
"""
    e = multipart('mixed', [text(plain), attachment(pdf(letter, 'Final response 26-FI-R1-00412'), 'application/pdf', 'Final_Response_26-FI-R1-00412.pdf')],
                  '_004_SA9PR09MB6611' + hexid('h060', 8).upper() + '_')
    save('060-hud-r1-final.eml', message(H('Region I FOIA Liaison <R1FOIALiaison@hud.gov>', INBOX, 'FOIA 26-FI-R1-00412 - Final Response', d,
         '<SA9PR09MB6611' + hexid('h060', 12).upper() + '@SA9PR09MB6611.namprd09.prod.outlook.com>',
         extra=outlook_extra('FOIA 26-FI-R1-00412 - Final Response', 'h060', attach=True)), e))


if __name__ == '__main__':
    build()
    print('wrote', len(list(OUT.glob('*.eml'))), 'messages')
