#!/usr/bin/env python3
"""Writes messages/*.eml for this set (all names, numbers and letters are invented for the set).

    python build_messages.py

The texts below are the ground material; labels live in facts.yaml and are derived by compute_labels.py.
"""
import base64, hashlib, datetime as dt, uuid
from pathlib import Path
import yaml
from mailkit import (make_pdf, text, html, attachment, raw_part, multipart, message, boundary, Part)

HERE = Path(__file__).resolve().parent
OUT = HERE / 'messages'
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
ORG = 'records.example.org'
DESK = 'Records Desk <records@records.example.org>'
MSGS = []


def add(name, raw):
    MSGS.append((name, raw))


def rid(n):
    return REQS['REQ-%03d' % n]


def mid(n):
    return rid(n)['message_id']


def plus(n):
    return rid(n)['reply_address']


def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def guid(seed):
    return str(uuid.UUID(hashlib.md5(seed.encode()).hexdigest()))


def thread_index(seed):
    return base64.b64encode(b'\x01\x01\xdc' + hashlib.sha1(seed.encode()).digest()[:19]).decode()


def exo_id(seed, srv):
    return '<%s@%s>' % (h(seed, 36).upper(), srv)


def m365_headers(seed, topic, srv, org, attach=False, internal=False):
    """Typical Exchange Online (GCC) header block that follows Content-Language in real mail."""
    hdrs = [('Thread-Topic', topic), ('Thread-Index', thread_index(seed)),
            ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
            ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', ''),
            ('msip_labels', ''),
            ('X-MS-Exchange-Organization-SCL', '-1'),
            ('X-MS-Exchange-Organization-AuthSource', srv),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal' if internal else 'Anonymous'),
            ('X-MS-Exchange-CrossTenant-Network-Message-Id', guid(seed + 'net')),
            ('X-MS-Exchange-CrossTenant-id', guid(org)),
            ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
            ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
            ('X-MS-Exchange-CrossTenant-AuthSource', srv),
            ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', srv.split('.')[0]),
            ('X-OriginatorOrg', org)]
    return hdrs


def request_body(n):
    """Our outgoing request text (what agencies quote back)."""
    return REQUEST_TEXT[n].strip('\n') + '\n\nThank you,\n\nRecords Desk\nThe Example Ledger\nrecords@records.example.org | (555) 010-4400\n'


def outlook_quote(n, sent_line, to_line, body=None, subject=None):
    body = body if body is not None else request_body(n)
    return ('\n________________________________\nFrom: Records Desk <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (plus(n), sent_line, to_line, subject or rid(n)['subject'], body))


def gmail_quote(n, on_line, body=None):
    body = body if body is not None else request_body(n)
    return '\n\nOn %s Records Desk <%s> wrote:\n' % (on_line, plus(n)) + ''.join(
        ('> ' + l).rstrip() + '\n' for l in body.split('\n'))


REQUEST_TEXT = {
    1: """To the FAA FOIA Office:

Under the Freedom of Information Act, 5 U.S.C. 552, The Example Ledger requests copies of the
following records for Ronald Reagan Washington National Airport (DCA):

1. Runway incursion reports and Mandatory Occurrence Reports (MORs) for DCA Airport Traffic Control
   Tower and Potomac TRACON, January 1, 2023 through the date of the search;
2. Loss-of-separation event records (including Air Traffic Organization event reviews) for the same
   facilities and period;
3. Summaries or minutes of Runway Safety Action Team (RSAT) meetings for DCA in that period.

We are a news organization and ask to be placed in the news-media fee category. Please send records
electronically. If any record is withheld, please cite the exemption and release all reasonably
segregable portions.""",
    2: """To the FAA FOIA Office:

Under the FOIA, 5 U.S.C. 552, we request the following records for Potomac Consolidated TRACON (PCT),
fiscal years 2024 through 2026:

1. Monthly staffing reports showing certified professional controller (CPC) and trainee counts;
2. Overtime hours worked by controllers, by pay period;
3. Fatigue-mitigation waivers or exceptions granted to the PCT schedule.

We request a waiver of all fees because disclosure will contribute significantly to public
understanding of air traffic control staffing in the National Capital Region, and we are a member of
the news media. Electronic copies are preferred.""",
    3: """To the NTSB FOIA Requester Service Center:

Under the FOIA, we request all correspondence between the National Transportation Safety Board and the
Washington Metropolitan Area Transit Authority (WMATA), January 1, 2024 to the date of the search,
concerning open safety recommendations issued to WMATA, including status-update letters from WMATA
and NTSB classification letters.

We ask for news-media fee status and electronic delivery.""",
    4: """To the NTSB FOIA Requester Service Center:

Under the FOIA, we request records of any NTSB investigation, preliminary inquiry, notification or
docket concerning highway-rail grade crossing collisions on U.S. Highway 2 between Havre and Shelby,
Montana, from January 1, 2025 to the date of the search.

We ask for news-media fee status and electronic delivery.""",
    5: """To the FMCSA FOIA Team:

Under the FOIA, 5 U.S.C. 552, we request:

1. Every imminent-hazard out-of-service order issued in calendar years 2025 and 2026 to a motor
   carrier whose principal place of business is in Connecticut or Delaware;
2. The compliance investigation or compliance review report underlying each such order.

We are a news organization; please place us in the news-media fee category. Electronic copies are
preferred.""",
    6: """To the FMCSA FOIA Team:

Under the FOIA, we request records reflecting FMCSA's review of the adoption by Connecticut and
Delaware of the English-language-proficiency out-of-service criterion in their Motor Carrier Safety
Assistance Program (MCSAP) enforcement, May 1, 2025 to the date of the search, including
correspondence between FMCSA (headquarters or the Connecticut and Delaware Division offices) and the
state lead agencies.

News-media fee category requested; electronic delivery preferred.""",
    7: """To the DDOT FOIA Officer:

Under the District of Columbia Freedom of Information Act, D.C. Official Code 2-531 et seq., we request:

1. A list of automated traffic enforcement (ATE) camera locations with camera type (speed, red light,
   stop sign, bus lane, truck restriction);
2. Monthly counts of citations issued, by camera, FY2025 and FY2026 to date;
3. Citation payment and adjudication data by camera for the same period;
4. Invoices paid to the ATE program vendor in FY2025 and FY2026.

Electronic copies in spreadsheet form are preferred.""",
    8: """To the DDOT FOIA Officer:

Under the D.C. FOIA, we request (1) work orders for streetlight outages in Wards 7 and 8 opened between
January 1, 2025 and the date of the search, and (2) contractor performance reports for the citywide
streetlight maintenance contract for the same period.""",
    9: """To the PARP Administrator:

Under WMATA's Public Access to Records Policy, we request wheelset inspection records, wheel-gauge
measurement reports and defect reports for 7000-series railcars from January 1, 2024 to the date of
the search, together with any corrective action plans on 7000-series wheelsets in that period.

We are a news organization and request a waiver of fees.""",
    10: """To the CTDOT FOI Administrator:

Under the Connecticut Freedom of Information Act, Conn. Gen. Stat. 1-210 and 1-212, we request copies
of the routine and in-depth inspection reports and the load rating calculations for both spans of the
Gold Star Memorial Bridge (I-95 over the Thames River, New London-Groton), 2022 to the present.

Electronic copies are preferred.""",
    11: """To the CTDOT FOI Administrator:

Under the Connecticut FOI Act, we request emails sent or received by the Walk Bridge Program
manager and the Office of Construction concerning the Walk Bridge replacement schedule or change
orders, January 1 through August 31, 2026.""",
    12: """To the DelDOT FOIA Coordinator:

Under the Delaware Freedom of Information Act, 29 Del. C. 10001 et seq., we request:

1. Reviews of fatal pedestrian crashes (including multidisciplinary crash review summaries) on US 13
   and on Route 40, 2023 to the present;
2. Corridor safety studies or road safety audits for US 13 and Route 40 completed in that period.

Please tell us in advance if fees will exceed $50.""",
    13: """To the Division of Highways FOIA Officer:

Under the West Virginia Freedom of Information Act, W. Va. Code 29B-1-1 et seq., we request all
emergency contracts, purchase orders and invoices for landslide (slip) repairs on state routes in
Kanawha and Boone counties from January 1, 2015 to the present.""",
    14: """To the Division of Highways FOIA Officer:

Under the West Virginia FOIA, we request bridge closure notices and weight-posting notices issued for
District 1 structures from January 1, 2025 to the present, and the current list of posted and closed
bridges in District 1.""",
    15: """To the MDT Public Records Officer:

Under Article II, Section 9 of the Montana Constitution and MCA 2-6-1003, we request (1) road safety
audits for U.S. Highway 2 between Havre and Shelby completed from 2021 to the present, and (2) crash
data for that corridor for 2021 through 2026.""",
    16: """To the Maine Turnpike Authority Public Access Officer:

Under the Maine Freedom of Access Act, 1 M.R.S. 408-A, we request:

1. Contracts and amendments for the open-road tolling conversion, including the toll systems
   integrator contract, 2024 to the present;
2. Engineer's estimates prepared for those projects;
3. Monthly revenue from toll-violation fees and unpaid-toll invoices, January 2024 to the present.""",
    17: """To the NTSB FOIA Requester Service Center:

Under the FOIA, we request the cockpit voice recorder audio and any transcript of it for the August
2026 runway excursion of a regional jet at Charleston Yeager Airport (CRW), West Virginia.

News-media fee category requested.""",
}


# =====================================================================================================
# helpers for recurring systems
# =====================================================================================================
GG_ID = '581203349817'


def google_group_headers(orig_name, orig_addr, domain):
    return [('X-Original-Sender', orig_addr.lower()),
            ('X-Original-Authentication-Results', 'mx.google.com;       dkim=pass header.i=@%s header.s=selector1 header.b=Qm3xVb1k;       '
             'spf=pass (google.com: domain of %s designates 52.100.163.20 as permitted sender) smtp.mailfrom=%s;       '
             'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=%s' % (domain, orig_addr.lower(), orig_addr.lower(), domain)),
            ('X-Original-From', '%s <%s>' % (orig_name, orig_addr)),
            ('Reply-To', '%s <%s>' % (orig_name, orig_addr)),
            ('Precedence', 'list'),
            ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
            ('List-ID', 'Records Desk <records.records.example.org>'),
            ('X-Spam-Checked-In-Group', 'records@records.example.org'),
            ('X-Google-Group-Id', GG_ID),
            ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>'),
            ('List-Help', '<https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, <mailto:records+help@records.example.org>'),
            ('List-Archive', '<https://groups.google.com/a/records.example.org/group/records/>'),
            ('List-Unsubscribe', '<mailto:googlegroups-manage+%s+unsubscribe@googlegroups.com>,\n <https://groups.google.com/a/records.example.org/group/records/subscribe>' % GG_ID)]


def smartsheet_html(title, intro_html, rows, footer_note):
    trs = ''.join('<tr><td style="padding:6px 10px;border:1px solid #d9d9d9;background:#f5f7fa;font-weight:bold;width:190px">%s</td>'
                  '<td style="padding:6px 10px;border:1px solid #d9d9d9">%s</td></tr>\n' % (k, v) for k, v in rows)
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#161616;background:#eef1f5">\n'
            '<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:20px auto">\n'
            '<tr><td style="padding:18px 24px;border-bottom:4px solid #0073ea;font-size:18px;font-weight:bold">%s</td></tr>\n'
            '<tr><td style="padding:18px 24px">%s\n<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin-top:12px;width:100%%">\n%s</table>\n'
            '<p style="margin-top:18px;font-size:12px;color:#5c5c5c">%s</p></td></tr>\n'
            '<tr><td style="padding:12px 24px;font-size:11px;color:#8a8a8a;border-top:1px solid #e6e6e6">Sent with Smartsheet Automation. '
            'Smartsheet Inc. | 500 108th Ave NE, Suite 200 | Bellevue, WA 98004<br>'
            '<a href="https://app.smartsheet.com/b/home">Open Smartsheet</a> | This message was sent by a workflow created by the sheet owner.</td></tr>\n'
            '</table></body></html>\n' % (title, title, intro_html, trs, footer_note))


SMARTSHEET_HDRS = [('X-SS-Notification-Type', 'AUTOMATION_ALERT'), ('Feedback-ID', '1.us-east-1.smartsheet-automation:amazonses'),
                   ('X-SES-Outgoing', '2026.09.15-54.240.8.31')]


def govqa_ctdot(n_msg, date, msgid, subject, to, body_txt):
    b = boundary('govqa' + msgid, 'java')
    body_html = '<html><body style="font-family:Verdana,Arial;font-size:12px">' + ''.join(
        '<p>%s</p>' % p.replace('\n', '<br>') for p in body_txt.strip().split('\n\n')) + '</body></html>'
    top = multipart('alternative', [text(body_txt), html(body_html)], b)
    return message([('From', 'Connecticut Department of Transportation <ctdot@govqa.us>'), ('To', to),
                    ('Subject', subject), ('Date', date), ('Message-ID', msgid),
                    ('X-Mailer', 'GovQA Notification Service')], top)


def opir(date, msgid, subject, body_txt):
    b = boundary('opir' + msgid, 'java')
    body_html = ('<html><body style="font-family:Segoe UI,Arial;font-size:13px"><div style="background:#013a63;color:#fff;padding:10px">'
                 'State of Montana &middot; Office of Public Information Requests</div>' + ''.join(
                     '<p>%s</p>' % p.replace('\n', '<br>') for p in body_txt.strip().split('\n\n')) + '</body></html>')
    top = multipart('alternative', [text(body_txt), html(body_html)], b)
    return message([('From', 'Montana OPIR <noreply@mt-pir.arkcase.us>'), ('To', 'Records Desk <%s>' % plus(15)),
                    ('Subject', subject), ('Date', date), ('Message-ID', msgid),
                    ('X-Mailer', 'ArkCase Notification'), ('Auto-Submitted', 'auto-generated')], top)


def dc_portal(date, msgid, subject, to, inner_html):
    page = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:13px">'
            '<div style="border-bottom:3px solid #c8102e;padding:8px 0"><b>DC Government Public FOIA Portal</b></div>%s'
            '<p style="font-size:11px;color:#666">This is a system-generated message from the DC Government Public FOIA Portal. '
            'Please do not reply to this email. To check the status of your request, log in to the portal.</p></body></html>' % inner_html)
    return message([('From', 'DC Government Public FOIA Portal <noreply@foia-dc.gov>'), ('To', to), ('Subject', subject),
                    ('Date', date), ('Message-ID', msgid), ('X-Mailer', 'FOIAXpress PAL')], html(page))


# =====================================================================================================
# 001  FAA mailbox auto-reply (REQ-001)
# =====================================================================================================
SRV_FAA = 'BN1PR09MB4521.namprd09.prod.outlook.com'
t = """Thank you for contacting the Federal Aviation Administration (FAA) Freedom of Information Act office.

This is an automated reply. Your message has been delivered to the FAA National FOIA mailbox but has
not yet been reviewed. This reply is NOT an acknowledgment of a FOIA request and does not assign a FOIA
control number.

If your message is a new FOIA request, a FOIA specialist will log it and send you an acknowledgment
letter with your control number. Because of the volume of email this mailbox receives, logging a new
request can take several business days.

Before following up, please check the FAA FOIA Library at www.faa.gov/foia, where frequently requested
records are posted. Requests for airman and aircraft registration records should be sent to the Civil
Aviation Registry in Oklahoma City.

Please do not reply to this message.
"""
hh = [('From', 'FAA FOIA <7-AWA-ARC-FOIA@faa.gov>'), ('To', 'Records Desk <%s>' % plus(1)),
      ('Subject', 'Automatic reply: ' + rid(1)['subject']),
      ('Date', 'Wed, 2 Sep 2026 14:14:37 +0000'), ('Message-ID', exo_id('001', SRV_FAA)),
      ('In-Reply-To', mid(1)), ('References', mid(1)),
      ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
      ('X-MS-Exchange-Inbox-Rules-Loop', '7-AWA-ARC-FOIA@faa.gov')] + m365_headers('001', rid(1)['subject'], SRV_FAA, 'faa.gov')
b = boundary('001x')
add('001-faa-mailbox-autoreply.eml', message(hh, multipart('alternative', [
    text(t), html('<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' +
                  ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t.strip().split('\n\n')) + '</div></body></html>')], b)))

# =====================================================================================================
# 002  NTSB acknowledgment arriving through the Google Group (REQ-003)
# =====================================================================================================
t = """Good afternoon,

The NTSB FOIA Requester Service Center received your Freedom of Information Act request on
September 3, 2026. It has been assigned tracking number FOIA-2026-00417. Please use this number in any
communication about the request.

Your request has been placed in Track 2 under 49 C.F.R. 801.20(a) (requests that do not involve
voluminous records or lengthy consultations). Requests within each track are handled in the order
received.

You asked to be treated as a representative of the news media. We have placed your request in that
fee category, so only duplication charges beyond the first 100 pages could apply. We do not expect
charges for an electronic release.

Regards,

FOIA Requester Service Center (CIO-40)
National Transportation Safety Board
490 L'Enfant Plaza, SW
Washington, DC 20594
"""
SRV_NTSB = 'DM8PR09MB7312.namprd09.prod.outlook.com'
hh = [('From', "'NTSB FOIA' via Records Desk <records@records.example.org>"), ('To', 'Records Desk <%s>' % plus(3)),
      ('Subject', 'RE: ' + rid(3)['subject']), ('Date', 'Thu, 3 Sep 2026 19:40:12 +0000'),
      ('Message-ID', exo_id('002', SRV_NTSB)), ('In-Reply-To', mid(3)), ('References', mid(3))] + \
    google_group_headers('NTSB FOIA', 'FOIA@ntsb.gov', 'ntsb.gov')
add('002-ntsb-ack-via-group.eml', message(hh, text(t)))

# =====================================================================================================
# 003  DC Public FOIA Portal acknowledgment (REQ-007), HTML only
# =====================================================================================================
inner = """
<p>Dear Records Desk,</p>
<p>Your Freedom of Information Act request has been received by the <b>District Department of Transportation (DDOT)</b>
and has been assigned the tracking number below. Please use this number when contacting the agency about your request.</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><td><b>Tracking Number:</b></td><td>2026-FOIA-04418</td></tr>
<tr><td><b>Date Received:</b></td><td>09/04/2026</td></tr>
<tr><td><b>Request Type:</b></td><td>FOIA Request</td></tr>
<tr><td><b>Agency:</b></td><td>District Department of Transportation</td></tr>
<tr><td><b>Description:</b></td><td>Automated traffic enforcement (ATE) camera locations with camera type; monthly citation counts by camera FY2025-FY2026; citation payment and adjudication data by camera; invoices paid to the ATE program vendor ...</td></tr>
</table>
<p>The agency FOIA Officer will contact you if additional information is needed to process your request.</p>
"""
add('003-dc-portal-ack-ddot.eml', dc_portal('Fri, 4 Sep 2026 11:02:51 -0400', '<PAL.2026-FOIA-04418.1757001771@foia-dc.gov>',
                                            'FOIA Request 2026-FOIA-04418 Submitted', 'records+req-007@records.example.org', inner))

# =====================================================================================================
# 004  Exchange NDR: the Cc of our FMCSA request to a retired address (REQ-005)
# =====================================================================================================
SRV_DOT = 'SA1PR09MB8123.namprd09.prod.outlook.com'
ndr_txt = """Your message to foia@fmcsa.dot.gov couldn't be delivered.

foia wasn't found at fmcsa.dot.gov.

Records Desk        Office 365        foia
Action Required                       Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the address is correct, contact the recipient by some other means and ask them to verify it.

Diagnostic information for administrators:

Generating server: %s
foia@fmcsa.dot.gov
Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [%s]'

Original message headers:
""" % (SRV_DOT, SRV_DOT)
orig_hdrs = """Received: from mx1.records.example.org (203.0.113.25) by
 SA9PEPF00000A1B.mail.protection.outlook.com (10.167.242.21) with Microsoft SMTP
 Server id 15.20.8901.6 via Frontend Transport; Tue, 8 Sep 2026 13:31:05 +0000
From: Records Desk <records@records.example.org>
Reply-To: records+req-005@records.example.org
To: FMCSA FOIA Team <foia2@dot.gov>
Cc: foia@fmcsa.dot.gov
Subject: FOIA Request: FMCSA imminent-hazard out-of-service orders and
 investigation files, carriers domiciled in Connecticut and Delaware, 2025-2026
Date: Tue, 08 Sep 2026 09:30:58 -0400
Message-ID: <req-005.20260908.1@records.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
ds = """Reporting-MTA: dns;%s
Received-From-MTA: dns;mx1.records.example.org
Arrival-Date: Tue, 8 Sep 2026 13:31:05 +0000

Final-Recipient: rfc822;foia@fmcsa.dot.gov
Action: failed
Status: 5.4.1
Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [%s]
""" % (SRV_DOT, SRV_DOT)
b1, b2 = boundary('004a'), boundary('004b')
alt = multipart('alternative', [text(ndr_txt + orig_hdrs),
                                html('<html><body><p><b><font color="#000066" size="3">Your message to foia@fmcsa.dot.gov couldn\'t be delivered.</font></b></p>'
                                     '<p>foia wasn\'t found at fmcsa.dot.gov.</p><p><b>Unknown To address</b></p>'
                                     '<p style="font-size:10pt">Diagnostic information for administrators:<br>Generating server: %s<br>foia@fmcsa.dot.gov<br>'
                                     'Remote Server returned \'550 5.4.1 Recipient address rejected: Access denied. AS(201806281)\'</p></body></html>' % SRV_DOT)], b2)
rep = multipart('report', [alt, raw_part('message/delivery-status', ds), raw_part('text/rfc822-headers', orig_hdrs)], b1,
                params='; report-type=delivery-status')
hh = [('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@dot.gov>'),
      ('To', 'records@records.example.org'), ('Subject', 'Undeliverable: ' + rid(5)['subject']),
      ('Date', 'Tue, 8 Sep 2026 13:31:09 +0000'), ('Message-ID', exo_id('004', SRV_DOT)),
      ('In-Reply-To', mid(5)), ('References', mid(5)),
      ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', ''),
      ('X-MS-Exchange-Organization-SCL', '-1'), ('X-MS-PublicTrafficType', 'Email'),
      ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'), ('X-OriginatorOrg', 'dot.gov')]
add('004-fmcsa-ndr-bounce-cc.eml', message(hh, rep))

# =====================================================================================================
# 005  WMATA PARP mailbox auto-reply (REQ-009)
# =====================================================================================================
SRV_WM = 'PH0PR09MB7740.namprd09.prod.outlook.com'
t = """Thank you for contacting the WMATA Public Access to Records Policy (PARP) office.

This automatic reply confirms only that your email reached this mailbox. It is not an acknowledgment of
a PARP request, and no request number has been assigned.

If your email contains a request for records, the attorney assigned to it will send you a written
acknowledgment with a PARP request number. Requests for bus, rail or MetroAccess video should be made
through Metro Media Relations using the video request form; a separate PARP request is needed for
non-video records.

Information about the PARP, including the policy itself and WMATA's fee schedule, is available at
wmata.com/about/records.

Office of General Counsel - PARP
Washington Metropolitan Area Transit Authority
"""
hh = [('From', 'PARP <parp@wmata.com>'), ('To', 'Records Desk <%s>' % plus(9)),
      ('Subject', 'Automatic reply: ' + rid(9)['subject']), ('Date', 'Wed, 9 Sep 2026 17:05:44 +0000'),
      ('Message-ID', exo_id('005', SRV_WM)), ('In-Reply-To', mid(9)), ('References', mid(9)),
      ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')] + m365_headers('005', rid(9)['subject'], SRV_WM, 'wmata.com')
add('005-wmata-parp-autoreply.eml', message(hh, text(t)))

# =====================================================================================================
# 006  FAA acknowledgment letter only in a PDF named with the control number (REQ-001)
# =====================================================================================================
letter = """U.S. Department of Transportation
Federal Aviation Administration
National Freedom of Information Act Staff
800 Independence Avenue, SW
Washington, DC 20591

September 10, 2026

Records Desk
The Example Ledger
records+req-001@records.example.org

RE: Freedom of Information Act Request 2026-011842

Dear Requester:

This letter acknowledges the Federal Aviation Administration's (FAA) receipt of your Freedom of
Information Act (FOIA) request dated September 2, 2026. Your request was received in this office on
September 8, 2026, and has been assigned FOIA control number 2026-011842. Please cite this number in any
correspondence about this request.

You requested runway incursion reports and Mandatory Occurrence Reports for the Ronald Reagan
Washington National Airport (DCA) Airport Traffic Control Tower and Potomac TRACON, loss-of-separation
event records for those facilities, and summaries of DCA Runway Safety Action Team meetings, for
January 1, 2023 through the date of the search.

Your request has been assigned to the Air Traffic Organization (AJO) and the Office of Airports (ARP)
for a search for responsive records.

The FOIA generally requires agencies to make a determination within 20 working days of receipt of a
request. If unusual circumstances apply to your request, we will notify you in writing.

For fee purposes you have been placed in the news media category. You will not be charged search or
review fees, and the first 100 pages of duplication are provided at no charge.

If you have questions about your request, you may contact the FAA FOIA Public Liaison at
7-AWA-ARC-FOIA@faa.gov. You may also contact the Office of Government Information Services (OGIS) at
the National Archives and Records Administration, which offers mediation services to resolve disputes
between FOIA requesters and federal agencies: Office of Government Information Services, National
Archives and Records Administration, 8601 Adelphi Road, College Park, MD 20740-6001; ogis@nara.gov;
telephone 202-741-5770; toll free 1-877-684-6448.

Sincerely,

Marisol Ventura
Government Information Specialist
National FOIA Staff
"""
pdf = make_pdf(letter.split('\n'), 'FOIA 2026-011842 Acknowledgment')
t = """Good morning,

Please see the attached correspondence regarding your Freedom of Information Act request.

FAA National FOIA Staff
"""
b = boundary('006x')
hh = [('From', 'FAA FOIA <7-AWA-ARC-FOIA@faa.gov>'), ('To', 'records+req-001@records.example.org'),
      ('Subject', 'FAA FOIA Correspondence'), ('Date', 'Thu, 10 Sep 2026 12:47:19 +0000'),
      ('Message-ID', exo_id('006', SRV_FAA))] + m365_headers('006', 'FAA FOIA Correspondence', SRV_FAA, 'faa.gov', attach=True)
add('006-faa-ack-letter-pdf-only.eml', message(hh, multipart('mixed', [
    text(t), attachment(pdf, 'application/pdf', 'FOIA_2026-011842_Acknowledgment.pdf')], b)))

# =====================================================================================================
# 007  CTDOT GovQA acknowledgment (REQ-010)
# =====================================================================================================
t = """Dear Records Desk,

Thank you for submitting a Freedom of Information request to the Connecticut Department of
Transportation. Your request was received on 9/10/2026 and has been assigned reference number
R002316-091026.

Summary of request: Inspection reports and load ratings for the Gold Star Memorial Bridge (I-95, New
London-Groton), 2022-2026

The Department will respond in accordance with the Connecticut Freedom of Information Act, Conn. Gen.
Stat. 1-200 et seq. You may follow the status of this request, and view any documents released to
you, by logging in to the CTDOT Public Records Center.

To add a comment to this request, please use the Public Records Center rather than replying to this
email.

CTDOT Freedom of Information Office
https://ctdot.govqa.us/WEBAPP/_rs/(S(4bq2kx0u1rmv))/supporthome.aspx
"""
add('007-ctdot-govqa-ack.eml', govqa_ctdot(7, 'Thu, 10 Sep 2026 16:22:07 -0400', '<8c1e0a8f27b04b5c.R002316@govqa.us>',
                                           'Connecticut Department of Transportation :: Freedom of Information Request :: R002316-091026',
                                           'records+req-010@records.example.org', t))

# =====================================================================================================
# 008  CTDOT FOI administrator out of office (REQ-010), reply to our follow-up
# =====================================================================================================
SRV_CT = 'BY1PR09MB8810.namprd09.prod.outlook.com'
t = """I am out of the office through Friday, September 18, 2026, with limited access to email.

Freedom of Information requests to the Department should be submitted through the CTDOT Public Records
Center. For anything urgent, please write to DOT.FOI@ct.gov. I will respond to your message when I
return.

Lisette Mercado
FOI Administrator, Office of Legal Services
Connecticut Department of Transportation
2800 Berlin Turnpike, Newington, CT 06111
"""
subj = 'R002316-091026 - Gold Star Memorial Bridge inspection reports'
hh = [('From', '"Mercado, Lisette" <Lisette.Mercado@ct.gov>'), ('To', 'Records Desk <%s>' % plus(10)),
      ('Subject', 'Automatic reply: ' + subj), ('Date', 'Tue, 15 Sep 2026 13:03:22 +0000'),
      ('Message-ID', exo_id('008', SRV_CT)), ('In-Reply-To', '<req-010.20260915.2@records.example.org>'),
      ('References', '%s <req-010.20260915.2@records.example.org>' % mid(10)),
      ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')] + m365_headers('008', subj, SRV_CT, 'ct.gov')
b = boundary('008x')
add('008-ctdot-ooo.eml', message(hh, multipart('alternative', [text(t), html(
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">' +
    ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t.strip().split('\n\n')) + '</div></body></html>')], b)))

# =====================================================================================================
# 009  DelDOT intake confirmation sent by Smartsheet automation (REQ-012), no number
# =====================================================================================================
page = smartsheet_html(
    'FOIA Request Received - Delaware Department of Transportation',
    '<p>Thank you. Your Freedom of Information Act request has been received by the <b>Delaware Department of Transportation</b> '
    'FOIA Coordinator and entered in the Department\'s request log.</p>'
    '<p>Under 29 <i>Del. C.</i> &sect; 10003(h)(1), DelDOT will respond within fifteen (15) business days of receipt, either by '
    'providing access to the records, denying the request, or advising that additional time is needed.</p>',
    [('Date Received', '09/15/2026'), ('Requester', 'Records Desk (The Example Ledger)'), ('Email', 'records@records.example.org'),
     ('Records Requested', 'Reviews of fatal pedestrian crashes on US 13 and Route 40, 2023-present; corridor safety studies / RSAs for US 13 and Route 40'),
     ('Preferred Format', 'Electronic'), ('Status', 'Received'), ('Assigned To', 'FOIA Coordinator')],
    'Please do not reply to this automated message. Questions about your request may be sent to dot-foia@delaware.gov.')
hh = [('From', 'Smartsheet Automation <automation@app.smartsheet.com>'), ('To', 'records@records.example.org'),
      ('Subject', 'FOIA Request Received - Delaware Department of Transportation'),
      ('Date', 'Tue, 15 Sep 2026 18:27:40 +0000'),
      ('Message-ID', '<010001925c3a1f77-8b1d2a4e-6f0c-4d2a-9c55-%s-000000@email.amazonses.com>' % h('009', 12))] + SMARTSHEET_HDRS
add('009-deldot-smartsheet-received.eml', message(hh, html(page)))

# =====================================================================================================
# 010  WVDOH intake confirmation, same Smartsheet sender (REQ-013)
# =====================================================================================================
page = smartsheet_html(
    'Public Records Request Confirmation - DOH-26-0952',
    '<p><b>West Virginia Department of Transportation - Division of Highways</b><br>Legal Division</p>'
    '<p>Your Freedom of Information Act request has been logged and assigned to the Legal Division. '
    'The Division will respond as required by W. Va. Code &sect; 29B-1-3.</p>',
    [('Request ID', 'DOH-26-0952'), ('Received', '9/16/2026'), ('Requester', 'Records Desk'),
     ('Subject', 'Emergency slip repair contracts / POs / invoices - Kanawha &amp; Boone, 1/1/2015 to present'),
     ('District(s)', 'D1'), ('Status', 'Logged'), ('Assigned', 'Legal Division - FOIA')],
    'This is an automated message. Please direct questions to dohfoia@wv.gov and reference your Request ID.')
hh = [('From', 'Smartsheet Automation <automation@app.smartsheet.com>'), ('To', 'records@records.example.org'),
      ('Subject', 'Public Records Request Confirmation - DOH-26-0952'),
      ('Date', 'Wed, 16 Sep 2026 15:48:02 +0000'),
      ('Message-ID', '<010001926178b0c2-1e07d9a3-52b8-4f77-a0d6-%s-000000@email.amazonses.com>' % h('010', 12))] + SMARTSHEET_HDRS
add('010-wvdoh-smartsheet-confirmation.eml', message(hh, html(page)))

# =====================================================================================================
# 011  FMCSA acknowledgment: complex track, queue position (REQ-005)
# =====================================================================================================
t = """Dear Requester:

This acknowledges receipt of your Freedom of Information Act (FOIA) request to the Federal Motor Carrier
Safety Administration (FMCSA), dated and received on September 8, 2026. Your request has been assigned
tracking number FMCSA-2026-000613. Please refer to this number in all correspondence.

You requested imminent-hazard out-of-service orders issued in 2025 and 2026 to motor carriers with a
principal place of business in Connecticut or Delaware, and the compliance investigation reports
underlying each order.

FMCSA processes FOIA requests in multiple tracks. Your request has been placed in the COMPLEX track
because responsive records must be located in the Office of Enforcement and Compliance and in the
Connecticut and Delaware Division Offices, and because the investigation files are likely to be
voluminous and to require line-by-line review. As of today, your request is number 212 of 348 requests
pending in the complex track. Requests in each track are processed in the order received.

If you narrow your request, for example to the out-of-service orders alone without the underlying
investigation files, it may qualify for the simple track and be processed sooner.

Based on the information you provided, you have been placed in the news media fee category. You will
be charged only for duplication beyond the first 100 pages; records released electronically are
generally provided at no charge.

You may contact our FOIA Public Liaison at foia2@dot.gov for any further assistance, or the Office of
Government Information Services (OGIS) at the National Archives and Records Administration
(ogis@nara.gov; 202-741-5770; 1-877-684-6448) for dispute resolution services.

Sincerely,

FOIA Team (MC-MMI)
Federal Motor Carrier Safety Administration
1200 New Jersey Avenue SE, Washington, DC 20590
"""
subj = 'FOIA Request FMCSA-2026-000613 - Acknowledgment'
hh = [('From', 'FMCSA FOIA <foia2@dot.gov>'), ('To', 'Records Desk <%s>' % plus(5)), ('Subject', subj),
      ('Date', 'Thu, 17 Sep 2026 14:20:11 +0000'), ('Message-ID', exo_id('011', SRV_DOT)),
      ('In-Reply-To', mid(5)), ('References', mid(5))] + m365_headers('011', subj, SRV_DOT, 'dot.gov')
add('011-fmcsa-ack-complex-track.eml', message(hh, text(t)))

# =====================================================================================================
# 012  Montana OPIR portal acknowledgment for MDT (REQ-015)
# =====================================================================================================
t = """Thank you for submitting a public information request to the State of Montana.

Request Number: PIR-2026-01844
Agency: Department of Transportation (MDT)
Received: 09/17/2026
Description: Road safety audits for U.S. Highway 2 between Havre and Shelby, 2021-present; crash
data for that corridor, 2021-2026.

The Office of Public Information Requests (OPIR) coordinates public information requests for agencies
reporting to the Governor. The agency will review your request and will contact you through this
portal if clarification is needed or if fees will apply. Requests that involve multiple agencies or
large volumes of records take longer to complete.

You can check the status of your request at any time by logging in to the Public Information Request
portal. Please do not reply to this email; this mailbox is not monitored.
"""
add('012-mdt-opir-received.eml', opir('Thu, 17 Sep 2026 18:05:33 -0600', '<arkcase.notify.7f21c9d0e8a4@mt-pir.arkcase.us>',
                                      'Public Information Request PIR-2026-01844 has been received', t))

# =====================================================================================================
# 013  WMATA formal acknowledgment from the assigned attorney (REQ-009)
# =====================================================================================================
t = """Dear Records Desk:

This acknowledges your September 9, 2026 request to the Washington Metropolitan Area Transit Authority
(WMATA) for wheelset inspection records, wheel-gauge measurement reports and defect reports for
7000-series railcars from January 1, 2024 to the date of the search, together with any corrective
action plans concerning 7000-series wheelsets.

Your request has been assigned PARP Request No. 27-0061. Please reference this number in any
correspondence about your request.

Please note that WMATA is an interstate compact agency created by Maryland, Virginia and the District
of Columbia and is not a federal agency subject to the Freedom of Information Act. Your request is
being processed under WMATA's Public Access to Records Policy (PARP), which is patterned after the
FOIA.

Your request for a waiver of fees will be addressed in our response. Under the PARP, the first two
hours of search and review time are provided without charge.

Sincerely,

Adaeze Okafor
Associate General Counsel
Office of General Counsel
Washington Metropolitan Area Transit Authority
300 7th Street SW, Washington, DC 20024
"""
subj = 'PARP Request No. 27-0061 (7000-Series Wheelset Records) - Acknowledgment'
hh = [('From', '"Okafor, Adaeze" <AOkafor@wmata.com>'), ('To', 'Records Desk <%s>' % plus(9)), ('Cc', 'PARP <parp@wmata.com>'),
      ('Subject', subj), ('Date', 'Fri, 18 Sep 2026 18:40:16 +0000'), ('Message-ID', exo_id('013', SRV_WM)),
      ('In-Reply-To', mid(9)), ('References', mid(9))] + m365_headers('013', subj, SRV_WM, 'wmata.com')
b = boundary('013x')
add('013-wmata-parp-ack.eml', message(hh, multipart('alternative', [text(t), html(
    '<html><body><div style="font-family:Times New Roman,serif;font-size:12pt">' +
    ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t.strip().split('\n\n')) + '</div></body></html>')], b)))

# =====================================================================================================
# 014  GovQA "message posted" notice, no content (REQ-010)
# =====================================================================================================
t = """Records Desk,

A new message regarding your request R002316-091026 has been posted to the CTDOT Public Records Center.

To read the message and respond, please log in to the Public Records Center:
https://ctdot.govqa.us/WEBAPP/_rs/(S(4bq2kx0u1rmv))/supporthome.aspx

This is an automated notification. Replies to this email are not monitored.
"""
add('014-ctdot-govqa-message-posted.eml', govqa_ctdot(14, 'Mon, 21 Sep 2026 08:15:44 -0400', '<2f6d91a0c3e54e1b.R002316@govqa.us>',
                                                      'Connecticut Department of Transportation :: Message Regarding Your Request :: R002316-091026',
                                                      'records+req-010@records.example.org', t))

# =====================================================================================================
# 015  WVDOH paralegal asks to narrow the date range (REQ-013), quotes our request
# =====================================================================================================
SRV_WV = 'SN4PR09MB6671.namprd09.prod.outlook.com'
t = """Good afternoon,

I'm handling your FOIA request for the Division of Highways (our log number DOH-26-0952).

As written, the request asks for every emergency contract, purchase order and invoice for slip repairs
in Kanawha and Boone counties going back to January 1, 2015. That is more than eleven years of
emergency work in two counties. Project files from before 2021 are not in our electronic system and
are boxed at the state Records Center, so pulling them means retrieving and going through paper files
one project at a time.

Would you be willing to narrow the date range? If you could limit it to, say, emergency work let on or
after July 1, 2023 (FY2024 forward), we can pull nearly all of it electronically from wvOASIS and the
District 1 files and get it to you much more quickly. If there are particular routes or slides you
are interested in, that would help as well.

Please let me know how you would like to proceed. We will hold off on the search until we hear back.

Thanks,

Dustin Pauley
Paralegal, Legal Division
West Virginia Division of Highways
1900 Kanawha Blvd. E., Building 5
Charleston, WV 25305
(304) 555-0182
""" + outlook_quote(13, 'Wednesday, September 16, 2026 10:41 AM', 'DOH FOIA <dohfoia@wv.gov>')
subj = 'RE: ' + rid(13)['subject']
hh = [('From', '"Pauley, Dustin R" <Dustin.R.Pauley@wv.gov>'), ('To', 'Records Desk <%s>' % plus(13)),
      ('Subject', subj), ('Date', 'Tue, 22 Sep 2026 17:37:09 +0000'), ('Message-ID', exo_id('015', SRV_WV)),
      ('In-Reply-To', mid(13)), ('References', mid(13))] + m365_headers('015', rid(13)['subject'], SRV_WV, 'wv.gov')
add('015-wvdoh-clarify-date-range.eml', message(hh, text(t)))

# =====================================================================================================
# 016  Postfix DSN: Cc of our Maine Turnpike request to an address that does not exist (REQ-016)
# =====================================================================================================
dsn_txt = """This is the mail system at host mx1.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<publicaccess@maineturnpike.com>: host
    maineturnpike-com.mail.protection.outlook.com[52.101.41.12] said: 550 5.1.10
    RESOLVER.ADR.RecipientNotFound; Recipient publicaccess@maineturnpike.com not
    found by SMTP address lookup (in reply to RCPT TO command)
"""
ds = """Reporting-MTA: dns; mx1.records.example.org
X-Postfix-Queue-ID: 4fKx2M0q7Tz3vRc
X-Postfix-Sender: rfc822; records@records.example.org
Arrival-Date: Wed, 23 Sep 2026 10:02:11 -0400 (EDT)

Final-Recipient: rfc822; publicaccess@maineturnpike.com
Original-Recipient: rfc822;publicaccess@maineturnpike.com
Action: failed
Status: 5.1.10
Remote-MTA: dns; maineturnpike-com.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    publicaccess@maineturnpike.com not found by SMTP address lookup
"""
oh = """Return-Path: <records@records.example.org>
Received: by mx1.records.example.org (Postfix, from userid 1001)
	id 4fKx2M0q7Tz3vRc; Wed, 23 Sep 2026 10:02:11 -0400 (EDT)
From: Records Desk <records@records.example.org>
Reply-To: records+req-016@records.example.org
To: Maine Turnpike Authority <foaa@maineturnpike.com>
Cc: publicaccess@maineturnpike.com
Subject: FOAA Request: Maine Turnpike open-road tolling conversion contracts,
 engineering estimates and toll-violation revenue, 2024-2026
Date: Wed, 23 Sep 2026 10:02:07 -0400
Message-ID: <req-016.20260923.1@records.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
bnd = '4fKx2M0q7Tz3vRc.1790172133/mx1.records.example.org'
rep = multipart('report', [
    Part([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=us-ascii')], dsn_txt),
    Part([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')], ds),
    Part([('Content-Description', 'Undelivered Message Headers'), ('Content-Type', 'text/rfc822-headers')], oh)],
    bnd, params='; report-type=delivery-status')
hh = [('From', 'MAILER-DAEMON@mx1.records.example.org (Mail Delivery System)'), ('To', 'records@records.example.org'),
      ('Subject', 'Undelivered Mail Returned to Sender'), ('Date', 'Wed, 23 Sep 2026 10:02:14 -0400 (EDT)'),
      ('Message-ID', '<20260923140214.4fKx2M0q7Tz3vRc@mx1.records.example.org>'), ('Auto-Submitted', 'auto-replied')]
add('016-bounce-postfix-mta-cc.eml', message(hh, rep))

# =====================================================================================================
# 017  FAA acknowledgment for the TRACON request, hedged fees and time (REQ-002)
# =====================================================================================================
t = """Good morning,

The FAA received your FOIA request on September 15, 2026, and assigned it FOIA control number
2026-012655. It has been sent to the Air Traffic Organization, Eastern Service Area, for a search.

A few notes on processing:

- Fees: you asked for a fee waiver and for news media status. The fee waiver request is under review
  and you will be notified of the decision separately. Depending on the volume of overtime and
  schedule records, fees may apply if the waiver is not granted; we will contact you before incurring
  any charge over $25.

- Timing: staffing and time-and-attendance records for Potomac TRACON are held in more than one system,
  so we may need to extend the 20-working-day response period. If so, we will notify you in writing.

Please include the control number on any correspondence about this request.

Desmond Okoro
Government Information Specialist
FAA National FOIA Staff
"""
subj = 'FOIA Request 2026-012655 Acknowledgment'
hh = [('From', '"Okoro, Desmond (FAA)" <Desmond.Okoro@faa.gov>'), ('To', 'Records Desk <%s>' % plus(2)),
      ('Subject', subj), ('Date', 'Thu, 24 Sep 2026 13:58:10 +0000'), ('Message-ID', exo_id('017', SRV_FAA)),
      ('In-Reply-To', mid(2)), ('References', mid(2))] + m365_headers('017', subj, SRV_FAA, 'faa.gov', internal=False)
add('017-faa-ack-tracon-hedged.eml', message(hh, text(t)))

# =====================================================================================================
# 018  NTSB acknowledgment, grade crossing request (REQ-004), no threading
# =====================================================================================================
t = """The NTSB received your Freedom of Information Act request on 09/24/2026.

Tracking number: FOIA-2026-00452
Processing track: Track 2
Subject: Records of NTSB investigations or notifications - highway-rail grade crossing collisions,
U.S. Highway 2, Havre to Shelby, Montana, 2025-present

You will be notified when a determination has been made. Please include the tracking number in any
correspondence.

FOIA Requester Service Center
National Transportation Safety Board
"""
hh = [('From', 'NTSB FOIA <FOIA@ntsb.gov>'), ('To', 'records+req-004@records.example.org'),
      ('Subject', 'FOIA Request Received - FOIA-2026-00452'), ('Date', 'Fri, 25 Sep 2026 15:11:45 +0000'),
      ('Message-ID', exo_id('018', SRV_NTSB))] + m365_headers('018', 'FOIA Request Received - FOIA-2026-00452', SRV_NTSB, 'ntsb.gov')
add('018-ntsb-ack-grade-crossing.eml', message(hh, text(t)))

# =====================================================================================================
# 019  DDOT extension notice, +10 business days, no date (REQ-007)
# =====================================================================================================
SRV_DC = 'BL0PR09MB4402.namprd09.prod.outlook.com'
t = """Re: FOIA Request No. 2026-FOIA-04418

Dear Records Desk:

This concerns your request under the District of Columbia Freedom of Information Act, received by the
District Department of Transportation (DDOT) on September 4, 2026, for automated traffic enforcement
camera locations, citation counts, payment data and vendor invoices.

Pursuant to D.C. Official Code 2-532(d), DDOT is extending the time to respond to your request by ten
(10) additional business days because of unusual circumstances. Responsive records must be searched
for and collected from the Automated Traffic Enforcement program and from the program vendor, which
maintains the camera-level citation data on DDOT's behalf, and DDOT must consult with another District
agency that has a substantial interest in part of your request.

We appreciate your patience.

Sincerely,

Kendra Fields
FOIA Officer, Office of the General Counsel
District Department of Transportation
250 M Street SE, Washington, DC 20003
"""
subj = '2026-FOIA-04418 - Notice of Extension'
hh = [('From', 'DDOT FOIA <ddot.foia@dc.gov>'), ('To', 'Records Desk <%s>' % plus(7)), ('Subject', subj),
      ('Date', 'Fri, 25 Sep 2026 19:30:02 +0000'), ('Message-ID', exo_id('019', SRV_DC))] + m365_headers('019', subj, SRV_DC, 'dc.gov')
add('019-ddot-extension-notice.eml', message(hh, text(t)))

# =====================================================================================================
# 020  Maine Turnpike acknowledgment with good-faith estimate (REQ-016), windows-1252
# =====================================================================================================
SRV_ME = 'DM6PR14MB3390.namprd14.prod.outlook.com'
t = """Good morning,

This email acknowledges the Maine Turnpike Authority\u2019s receipt on September 23, 2026 of your Freedom
of Access Act request for (1) open-road tolling conversion contracts and amendments, (2) engineer\u2019s
estimates for those projects, and (3) monthly toll-violation revenue since January 2024.

As required by 1 M.R.S. \u00a7 408-A(3), I am providing a good-faith estimate of the time within which the
Authority will respond: we expect to respond on or before Friday, October 30, 2026.

Please be aware that some of the records you describe may be confidential by statute. In particular,
records relating to engineering estimates of costs on projects to be put out to bid are confidential
under 23 M.R.S. \u00a7 63. We will address this in our response.

The Authority may charge for staff time after the first two hours spent searching for, retrieving and
compiling records (1 M.R.S. \u00a7 408-A(8)). If we expect the cost to exceed $30, we will send you an
estimate before going further.

Regards,

Ren\u00e9e Gagnon
Public Access Officer
Maine Turnpike Authority
2360 Congress Street, Portland, ME 04102
"""
subj = 'RE: ' + rid(16)['subject']
hh = [('From', '=?iso-8859-1?Q?Gagnon=2C_Ren=E9e?= <RGagnon@maineturnpike.com>'), ('To', 'Records Desk <%s>' % plus(16)),
      ('Subject', subj), ('Date', 'Mon, 28 Sep 2026 14:45:10 +0000'), ('Message-ID', exo_id('020', SRV_ME)),
      ('In-Reply-To', mid(16)), ('References', mid(16))] + m365_headers('020', rid(16)['subject'], SRV_ME, 'maineturnpike.com')
b = boundary('020x')
add('020-mta-ack-good-faith-estimate.eml', message(hh, multipart('alternative', [
    text(t, charset='windows-1252', cte='quoted-printable'),
    html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' +
         ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t.strip().split('\n\n')) + '</div></body></html>',
         charset='windows-1252', cte='quoted-printable')], b)))

# =====================================================================================================
# 021  WMATA extension with anticipated date (REQ-009)
# =====================================================================================================
t = """Dear Records Desk:

This concerns PARP Request No. 27-0061 for 7000-series railcar wheelset inspection and defect records.

WMATA requires additional time to respond to your request. Responsive records must be collected from
Railcar Maintenance and from the Office of Rail Vehicle Engineering, which are located at separate
facilities, and some of the records were submitted to WMATA by the railcar manufacturer, which must be
given notice and an opportunity to object before those records are released.

WMATA is therefore extending the time to respond to your request by ten (10) business days. Because
of the volume of records involved, we anticipate providing a full response on or before November 20,
2026, and we will release records on a rolling basis as they are processed.

Sincerely,

Adaeze Okafor
Associate General Counsel
Washington Metropolitan Area Transit Authority
"""
subj = 'PARP Request No. 27-0061 - Notice of Additional Time'
hh = [('From', '"Okafor, Adaeze" <AOkafor@wmata.com>'), ('To', 'Records Desk <%s>' % plus(9)), ('Cc', 'PARP <parp@wmata.com>'),
      ('Subject', subj), ('Date', 'Tue, 29 Sep 2026 13:12:40 +0000'), ('Message-ID', exo_id('021', SRV_WM)),
      ('In-Reply-To', exo_id('013', SRV_WM)), ('References', '%s %s' % (mid(9), exo_id('013', SRV_WM)))] + m365_headers('021', subj, SRV_WM, 'wmata.com')
add('021-wmata-extension-new-date.eml', message(hh, text(t)))

# =====================================================================================================
# 022  MDT engineer writing informally from his own mt.gov address (REQ-015), no threading
# =====================================================================================================
t = """Hi there,

Kyle Brandvold here, I'm a traffic safety engineer with MDT in the Great Falls District. Your records
request on US 2 between Havre and Shelby landed on my desk to start pulling things together, and I had
a couple questions before I go too far.

We did an RSA on the Havre to Chester stretch in 2024 and that one is final. There's a second one
around Shelby from this spring that's still in draft. I'm guessing legal won't want the draft going
out, but that's their call, not mine.

On the crash data - do you want the summary tables we put together for the corridor (crashes by
year/severity/type) or the crash-level records? The crash-level stuff comes out of our Data &
Statistics Bureau and legal has to look at it first, so it would take longer.

Easiest might be a quick call, I'm at 406-555-0139 most mornings.

Thanks,
Kyle

Kyle Brandvold, P.E.
Traffic Safety Engineer | Great Falls District
Montana Department of Transportation
"""
SRV_MT = 'CO1PR09MB5208.namprd09.prod.outlook.com'
hh = [('From', '"Brandvold, Kyle" <kbrandvold@mt.gov>'), ('To', 'records@records.example.org'),
      ('Subject', 'US 2 RSA / crash data question'), ('Date', 'Tue, 29 Sep 2026 16:02:18 +0000'),
      ('Message-ID', exo_id('022', SRV_MT))] + m365_headers('022', 'US 2 RSA / crash data question', SRV_MT, 'mt.gov')
add('022-mdt-engineer-informal.eml', message(hh, text(t)))

# =====================================================================================================
# 023  FMCSA acknowledgment for the MCSAP request, hedged (REQ-006)
# =====================================================================================================
t = """Dear Requester:

This acknowledges receipt of your FOIA request received by FMCSA on September 22, 2026, seeking records
of FMCSA's review of Connecticut's and Delaware's adoption of the English-language-proficiency
out-of-service criterion in their MCSAP enforcement. Your request has been assigned tracking number
FMCSA-2026-000688 and placed in the simple track.

You have been placed in the news media fee category. Fees may apply if duplication exceeds 100 pages;
we will notify you before any charges are incurred.

If responsive records must be collected from our Division offices, we may need additional time under
5 U.S.C. 552(a)(6)(B). If so, we will notify you in writing.

Sincerely,

FOIA Team (MC-MMI)
Federal Motor Carrier Safety Administration
"""
subj = 'FOIA Request FMCSA-2026-000688 - Acknowledgment'
hh = [('From', 'FMCSA FOIA <foia2@dot.gov>'), ('To', 'Records Desk <%s>' % plus(6)), ('Subject', subj),
      ('Date', 'Tue, 29 Sep 2026 20:40:03 +0000'), ('Message-ID', exo_id('023', SRV_DOT)),
      ('In-Reply-To', mid(6)), ('References', mid(6))] + m365_headers('023', subj, SRV_DOT, 'dot.gov')
add('023-fmcsa-ack-mcsap.eml', message(hh, text(t)))

# =====================================================================================================
# 024  CTDOT news release through Granicus GovDelivery (request: null)
# =====================================================================================================
t = """CTDOT Announces Overnight Lane Closures on I-95 Gold Star Memorial Bridge

NEWINGTON - The Connecticut Department of Transportation (CTDOT) today announced overnight lane
closures on I-95 northbound on the Gold Star Memorial Bridge between New London and Groton, beginning
Monday, October 5, 2026, for deck joint repairs.

Two of the three northbound lanes will be closed from 8 p.m. to 5 a.m., Sunday night through Friday
morning, for approximately three weeks. Motorists should expect delays and are advised to use
alternate routes. Variable message signs will be in place to alert drivers.

The work is part of CTDOT's ongoing program to maintain and rehabilitate the bridge, which carries
approximately 40,000 vehicles per day in each direction.

For real-time travel information, visit ctroads.org.

###

You are subscribed to News Releases for the Connecticut Department of Transportation. Update your
subscriptions, modify your password or email address, or stop subscriptions at any time on your
Subscriber Preferences Page. This service is provided to you at no charge by the Connecticut
Department of Transportation.

This email was sent to records@records.example.org using GovDelivery Communications Cloud on behalf of:
Connecticut Department of Transportation - 2800 Berlin Turnpike - Newington, CT 06111
"""
page = ('<html><body style="margin:0;background:#f1f1f1"><table width="600" align="center" style="background:#fff;font-family:Arial;font-size:14px">'
        '<tr><td style="background:#00205b;color:#fff;padding:14px;font-size:20px">CTDOT News</td></tr><tr><td style="padding:16px">' +
        ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t.split('###')[0].strip().split('\n\n')) +
        '</td></tr><tr><td style="padding:12px;font-size:11px;color:#666">' +
        t.split('###')[1].strip().replace('\n', ' ') +
        ' <a href="https://public.govdelivery.com/accounts/CTDOT/subscriber/edit?preferences=true">Manage Preferences</a> | '
        '<a href="https://public.govdelivery.com/accounts/CTDOT/subscriber/one_click_unsubscribe?verification=7.8f2a">Unsubscribe</a> | '
        '<a href="https://subscriberhelp.granicus.com/">Help</a></td></tr></table></body></html>')
hh = [('From', 'CT Department of Transportation <ctdot@public.govdelivery.com>'), ('To', 'records@records.example.org'),
      ('Subject', 'CTDOT Announces Overnight Lane Closures on I-95 Gold Star Memorial Bridge'),
      ('Date', 'Thu, 01 Oct 2026 10:00:26 -0500'), ('Message-ID', '<20261001.7731052@public.govdelivery.com>'),
      ('X-Accountcode', 'CTDOT'), ('X-Bulletin-Id', '3f9c2a1'), ('Feedback-ID', 'CTDOT:bulletin:granicus'),
      ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/CTDOT/subscriber/one_click_unsubscribe?verification=7.8f2a&destination=records%40records.example.org>'),
      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')]
b = boundary('024x', 'java')
add('024-ctdot-govdelivery-news-release.eml', message(hh, multipart('alternative', [text(t), html(page)], b)))

# =====================================================================================================
# 025  CTDOT denial in full, 1-210(b)(19) (REQ-010), quotes our request
# =====================================================================================================
t = """Dear Records Desk:

I am writing in response to your request dated September 10, 2026 (Public Records Center reference
R002316-091026) for the routine and in-depth inspection reports and the load rating calculations for
both spans of the Gold Star Memorial Bridge, 2022 to the present.

The Department has reviewed the requested records. Bridge inspection reports and load rating
calculations contain detailed structural information about the bridge, including the location and
extent of section loss, findings on fracture-critical members and details of critical structural
elements. Conn. Gen. Stat. 1-210(b)(19) permits the withholding of records when there are reasonable
grounds to believe that disclosure may result in a safety risk, including records showing engineering
and design details of bridges. Following the consultation with the Department of Administrative
Services that subsection requires, it has been determined that disclosure of these records may result
in a safety risk. Your request is therefore denied in its entirety.

Summary condition ratings for both structures are published by the Federal Highway Administration in
the National Bridge Inventory and are available without a request.

You have the right to appeal this denial by filing a notice of appeal with the Freedom of Information
Commission, 165 Capitol Avenue, Suite 1100, Hartford, CT 06106, within thirty (30) days of the date of
this letter, as provided in Conn. Gen. Stat. 1-206(b)(1).

Sincerely,

Lisette Mercado
FOI Administrator, Office of Legal Services
Connecticut Department of Transportation
""" + outlook_quote(10, 'Thursday, September 10, 2026 9:15 AM', 'DOT FOI <DOT.FOI@ct.gov>')
subj = 'RE: ' + rid(10)['subject']
hh = [('From', '"Mercado, Lisette" <Lisette.Mercado@ct.gov>'), ('To', 'Records Desk <%s>' % plus(10)),
      ('Subject', subj), ('Date', 'Fri, 2 Oct 2026 18:18:03 +0000'), ('Message-ID', exo_id('025', SRV_CT)),
      ('In-Reply-To', mid(10)), ('References', mid(10))] + m365_headers('025', rid(10)['subject'], SRV_CT, 'ct.gov')
add('025-ctdot-denial-safety-risk.eml', message(hh, text(t)))

# =====================================================================================================
# 026  Google DSN: our answer to the WVDOH clarification went to a mistyped address (REQ-013)
# =====================================================================================================
our_reply_id = '<CAOq7h3LwP9-vR2kQx8s1mT4dZ0eYb6NnFj5aK3u@mail.gmail.com>'
our_reply = """From: Records Desk <records@records.example.org>
Date: Mon, 5 Oct 2026 08:50:31 -0400
Message-ID: %s
In-Reply-To: %s
References: %s %s
Subject: Re: FOIA Request: WVDOH emergency landslide repair contracts and invoices, Kanawha and Boone counties
To: Dustin.Pauley@wv.gov
Content-Type: text/plain; charset="UTF-8"

Hi Dustin,

Thanks for the note, and sorry for the slow reply. Yes, please limit it to emergency slip work let on
or after July 1, 2023 in Kanawha and Boone counties. Electronic copies are fine.

Records Desk
""" % (our_reply_id, exo_id('015', SRV_WV), mid(13), exo_id('015', SRV_WV))
t = """
** Address not found **

Your message wasn't delivered to Dustin.Pauley@wv.gov because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient Dustin.Pauley@wv.gov not found by SMTP address lookup
"""
ds = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; records@records.example.org
Arrival-Date: Mon, 05 Oct 2026 05:50:31 -0700 (PDT)
X-Original-Message-ID: %s

Final-Recipient: rfc822; Dustin.Pauley@wv.gov
Action: failed
Status: 5.1.10
Remote-MTA: dns; wv-gov.mail.protection.outlook.com. (52.101.8.44, the server for the domain wv.gov.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient Dustin.Pauley@wv.gov not found by SMTP address lookup
Last-Attempt-Date: Mon, 05 Oct 2026 05:50:33 -0700 (PDT)
""" % our_reply_id
b1, b2 = boundary('026a', 'google'), boundary('026b', 'google')
alt = multipart('alternative', [text(t), html(
    '<html><head></head><body><div style="font-family:Google Sans,Roboto,Arial"><h2 style="font-size:20px">Address not found</h2>'
    '<p>Your message wasn\'t delivered to <a style="color:#212121;text-decoration:none"><b>Dustin.Pauley@wv.gov</b></a> because the address '
    'couldn\'t be found, or is unable to receive mail.</p><p><a href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></p>'
    '<p style="color:#616161">The response was:</p><p style="font-family:monospace">550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient '
    'Dustin.Pauley@wv.gov not found by SMTP address lookup</p></div></body></html>')], b2)
rep = multipart('report', [alt, raw_part('message/delivery-status', ds), raw_part('message/rfc822', our_reply)], b1,
                params='; report-type=delivery-status')
hh = [('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', 'records@records.example.org'),
      ('Subject', 'Delivery Status Notification (Failure)'), ('Date', 'Mon, 05 Oct 2026 05:50:34 -0700 (PDT)'),
      ('Message-ID', '<66fb2b7a.050a0220.3c1d4e.91b2.GMR@mx.google.com>'), ('References', our_reply_id),
      ('In-Reply-To', our_reply_id), ('X-Failed-Recipients', 'Dustin.Pauley@wv.gov'), ('Auto-Submitted', 'auto-replied')]
add('026-bounce-google-wvdoh-reply.eml', message(hh, rep))

# =====================================================================================================
# 027  DelDOT fee estimate table sent as a Smartsheet update request (REQ-012)
# =====================================================================================================
fee_rows = [('Search and retrieval of crash review files', 'Traffic Safety Section (PG 12)', '6.0', '$33.18', '$199.08'),
            ('Review and redaction', 'Paralegal (PG 13)', '4.0', '$35.62', '$142.48'),
            ('Duplication / scanning', 'Administrative Specialist (PG 8)', '2.0', '$24.15', '$48.30'),
            ('Less first hour at no charge (29 Del. C. &sect; 10003(m)(2))', '', '-1.0', '$24.15', '-$24.15'),
            ('Electronic copies (no paper duplication)', '', '', '', '$0.00')]
trs = ''.join('<tr>' + ''.join('<td style="border:1px solid #bbb;padding:5px 8px">%s</td>' % c for c in r) + '</tr>\n' for r in fee_rows)
msg_html = ('<p><b>Karen Whitlock</b> (dot-foia@delaware.gov) sent you an update request for one row in <b>DelDOT FOIA Log 2026</b>.</p>'
            '<div style="border-left:4px solid #0073ea;padding:8px 14px;background:#f7f9fc">'
            '<p>Good afternoon - DelDOT has located records potentially responsive to your FOIA request DOT-FOIA-2026-0417 (pedestrian '
            'fatality crash reviews and US 13 / Route 40 corridor safety studies). The crash review files are kept in individual project '
            'folders in the Traffic Safety Section and are not centrally indexed, so staff time is needed to identify and compile them. '
            'Under 29 Del. C. &sect; 10003(m) and the Department\'s FOIA fee policy, the estimated cost is shown below, using the lowest '
            'pay grade of staff able to perform each task.</p>'
            '<table style="border-collapse:collapse;font-size:13px"><tr style="background:#e8eef7"><th style="border:1px solid #bbb;padding:5px 8px">Task</th>'
            '<th style="border:1px solid #bbb;padding:5px 8px">Staff</th><th style="border:1px solid #bbb;padding:5px 8px">Hours</th>'
            '<th style="border:1px solid #bbb;padding:5px 8px">Hourly rate</th><th style="border:1px solid #bbb;padding:5px 8px">Amount</th></tr>\n' + trs +
            '<tr style="font-weight:bold"><td style="border:1px solid #bbb;padding:5px 8px">Estimated total</td><td style="border:1px solid #bbb"></td>'
            '<td style="border:1px solid #bbb;padding:5px 8px">11.0</td><td style="border:1px solid #bbb"></td><td style="border:1px solid #bbb;padding:5px 8px">$365.71</td></tr></table>'
            '<p>Please confirm in writing that you agree to pay the estimated fee, or tell us how you would like to narrow the request. '
            'Processing is suspended until we receive your response. If we do not hear from you within 30 days, the request will be closed. '
            'Payment may be made by check payable to the Delaware Department of Transportation; the actual charge will not exceed the estimate.</p>'
            '<p>Karen Whitlock<br>FOIA Coordinator, Delaware Department of Transportation<br>800 Bay Road, Dover, DE 19901</p></div>')
page = smartsheet_html('Update Request: DOT-FOIA-2026-0417 - Fee Estimate', msg_html,
                       [('Request #', 'DOT-FOIA-2026-0417'), ('Status', 'Awaiting Requester - Fee'), ('Estimate', '$365.71')],
                       '<a href="https://app.smartsheet.com/b/updaterequest?EQBCT=5c0d2b8f91e24a7c">Respond to this update request</a>. '
                       'This link expires in 30 days.')
hh = [('From', 'Smartsheet Automation <automation@app.smartsheet.com>'), ('To', 'records@records.example.org'),
      ('Subject', 'Update Request: DOT-FOIA-2026-0417 - Fee Estimate'), ('Date', 'Mon, 5 Oct 2026 20:10:55 +0000'),
      ('Message-ID', '<01000192563c8f2a-3b9e04c1-a2d4-4c0e-88f1-%s-000000@email.amazonses.com>' % h('027', 12))] + \
    [('X-SS-Notification-Type', 'UPDATE_REQUEST'), ('Feedback-ID', '1.us-east-1.smartsheet-automation:amazonses')]
add('027-deldot-smartsheet-fee-table.eml', message(hh, html(page)))

# =====================================================================================================
# 028  FAA extension with an estimated completion date (REQ-001), quotes our request
# =====================================================================================================
t = """Dear Requester:

This concerns your FOIA request 2026-011842 for runway incursion reports, Mandatory Occurrence Reports,
loss-of-separation records and Runway Safety Action Team summaries for Reagan National Airport (DCA).

We are unable to complete our response within the 20 working days provided by the FOIA because of
unusual circumstances, 5 U.S.C. 552(a)(6)(B)(iii): responsive records must be searched for and
collected from field facilities (the DCA Airport Traffic Control Tower and Potomac TRACON) that are
separate from the office processing the request; the request involves a voluminous amount of records;
and some records require consultation with another agency having a substantial interest in them. We
are therefore extending the time limit by 10 working days.

Because we expect to need more time than that, we are also notifying you under 5 U.S.C.
552(a)(6)(B)(ii) that our estimated date of completion is December 18, 2026. You may be able to
receive records sooner by limiting the scope of your request, for example to Mandatory Occurrence
Reports only or to 2025-2026. To discuss a narrower scope or an alternative time frame, contact our
FOIA Public Liaison at 7-AWA-ARC-FOIA@faa.gov. You may also seek dispute resolution services from the
Office of Government Information Services (OGIS), National Archives and Records Administration, 8601
Adelphi Road, College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770; 1-877-684-6448.

Sincerely,

Marisol Ventura
Government Information Specialist
FAA National FOIA Staff
""" + outlook_quote(1, 'Wednesday, September 2, 2026 10:12 AM', 'FAA FOIA <7-AWA-ARC-FOIA@faa.gov>')
subj = 'FOIA 2026-011842 - Extension of Time'
hh = [('From', '"Ventura, Marisol (FAA)" <Marisol.Ventura@faa.gov>'), ('To', 'Records Desk <%s>' % plus(1)),
      ('Subject', subj), ('Date', 'Tue, 6 Oct 2026 13:26:51 +0000'), ('Message-ID', exo_id('028', SRV_FAA)),
      ('In-Reply-To', mid(1)), ('References', mid(1))] + m365_headers('028', subj, SRV_FAA, 'faa.gov')
add('028-faa-extension-estimated-date.eml', message(hh, text(t)))

# =====================================================================================================
# 029  DC portal acknowledgment, streetlights (REQ-008)
# =====================================================================================================
inner = """
<p>Dear Records Desk,</p>
<p>Your Freedom of Information Act request has been received by the <b>District Department of Transportation (DDOT)</b>
and has been assigned the tracking number below. Please use this number when contacting the agency about your request.</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><td><b>Tracking Number:</b></td><td>2026-FOIA-05120</td></tr>
<tr><td><b>Date Received:</b></td><td>10/06/2026</td></tr>
<tr><td><b>Request Type:</b></td><td>FOIA Request</td></tr>
<tr><td><b>Agency:</b></td><td>District Department of Transportation</td></tr>
<tr><td><b>Description:</b></td><td>(1) work orders for streetlight outages in Wards 7 and 8 opened between January 1, 2025 and the date of the search; (2) contractor performance reports for the citywide streetlight maintenance contract ...</td></tr>
</table>
<p>The agency FOIA Officer will contact you if additional information is needed to process your request.</p>
"""
add('029-dc-portal-ack-streetlights.eml', dc_portal('Tue, 6 Oct 2026 12:14:09 -0400', '<PAL.2026-FOIA-05120.1791310449@foia-dc.gov>',
                                                    'FOIA Request 2026-FOIA-05120 Submitted', 'records+req-008@records.example.org', inner))

# =====================================================================================================
# 030  DDOT partial referral of item 3 to DC DMV (REQ-007)
# =====================================================================================================
t = """Re: FOIA Request No. 2026-FOIA-04418 - Partial Referral

Dear Records Desk:

Item 3 of your request seeks citation payment and adjudication data by camera. DDOT does not maintain
payment or adjudication records for automated enforcement citations. Those records are maintained by
the Department of Motor Vehicles (DMV), Adjudication Services.

We have therefore referred item 3 of your request to the DMV FOIA Officer today. DMV will assign its
own tracking number and will respond to you directly about that item. Questions about the referred
item should be directed to DMV.

DDOT is continuing to process items 1, 2 and 4 of your request (camera locations, monthly citation
counts by camera, and vendor invoices) and will respond to those items separately.

Sincerely,

Kendra Fields
FOIA Officer, Office of the General Counsel
District Department of Transportation
"""
subj = '2026-FOIA-04418 - Partial Referral to DC DMV'
hh = [('From', 'DDOT FOIA <ddot.foia@dc.gov>'), ('To', 'Records Desk <%s>' % plus(7)), ('Cc', 'DMV FOIA <dmv.foia@dc.gov>'),
      ('Subject', subj), ('Date', 'Fri, 9 Oct 2026 14:30:27 +0000'), ('Message-ID', exo_id('030', SRV_DC)),
      ('In-Reply-To', exo_id('019', SRV_DC)), ('References', exo_id('019', SRV_DC))] + m365_headers('030', subj, SRV_DC, 'dc.gov')
add('030-ddot-referral-to-dmv.eml', message(hh, text(t)))

# =====================================================================================================
# 031  FAA fee waiver denial with a fee estimate (REQ-002)
# =====================================================================================================
t = """Dear Requester:

This letter responds to your request for a waiver of fees in connection with FOIA request 2026-012655
(Potomac TRACON staffing, overtime and fatigue-mitigation records, FY2024-FY2026).

FEE WAIVER

Under 5 U.S.C. 552(a)(4)(A)(iii) and the Department of Transportation's FOIA regulations at 49 C.F.R.
part 7, fees are waived or reduced only when disclosure is in the public interest because it is likely
to contribute significantly to public understanding of the operations or activities of the government
and is not primarily in the commercial interest of the requester. Your request states that disclosure
will contribute significantly to public understanding of air traffic control staffing, but it does not
explain how the specific time-and-attendance and overtime records you seek would add to what is
already public, including the FAA's annual Controller Workforce Plan, which reports staffing by
facility. We have therefore determined that you have not met your burden, and your request for a fee
waiver is denied.

FEE CATEGORY

You remain in the news media fee category. You will not be charged for search or review, and the
first 100 pages of duplication are free.

FEE ESTIMATE

The Eastern Service Area reports that overtime authorizations for FY2024 and FY2025 exist only as
paper sign-in and overtime authorization sheets, approximately 3,100 pages, which must be scanned.

  Activity                 Hours / pages      Rate          Charge
  Search                   14 hours           n/a (media)   $0.00
  Review                   9 hours            n/a (media)   $0.00
  Duplication (scanning)   3,100 pages        $0.10/page
    less 100 free pages    -100 pages
    billable               3,000 pages                      $300.00
  ESTIMATED TOTAL                                           $300.00

Because the estimate exceeds $25.00, we will not continue processing your request until you agree in
writing to pay fees up to that amount or narrow your request. If we do not receive your response
within 20 working days of the date of this letter, we will assume you are no longer interested and
will close the request.

APPEAL

You may appeal the denial of your fee waiver request. Your appeal must be made in writing within 90
days of the date of this letter and sent to the FAA FOIA appeals address in 49 C.F.R. part 7, clearly
marked "Freedom of Information Act Appeal." You may also contact our FOIA Public Liaison or the Office
of Government Information Services (ogis@nara.gov; 1-877-684-6448).

Sincerely,

Desmond Okoro
Government Information Specialist
FAA National FOIA Staff
"""
subj = 'FOIA 2026-012655 - Fee Waiver Determination and Fee Estimate'
hh = [('From', '"Okoro, Desmond (FAA)" <Desmond.Okoro@faa.gov>'), ('To', 'Records Desk <%s>' % plus(2)),
      ('Subject', subj), ('Date', 'Fri, 9 Oct 2026 19:02:44 +0000'), ('Message-ID', exo_id('031', SRV_FAA))] + \
    m365_headers('031', subj, SRV_FAA, 'faa.gov')
add('031-faa-fee-waiver-denied-estimate.eml', message(hh, text(t)))

# =====================================================================================================
# 032  DDOT FOIA specialist out of office (REQ-008), reply to our follow-up
# =====================================================================================================
t = """Thank you for your email. I am out of the office until Monday, October 19, 2026.

If your message concerns a FOIA request, please write to ddot.foia@dc.gov and a member of the FOIA team
will assist you. To report a streetlight outage, please call 311 or use the 311 app.

Tamika Greene
FOIA Specialist | District Department of Transportation
"""
subj = 'RE: ' + rid(8)['subject']
hh = [('From', '"Greene, Tamika (DDOT)" <tamika.greene@dc.gov>'), ('To', 'Records Desk <%s>' % plus(8)),
      ('Subject', 'Automatic reply: ' + subj), ('Date', 'Tue, 13 Oct 2026 12:05:31 +0000'), ('Message-ID', exo_id('032', SRV_DC)),
      ('In-Reply-To', '<req-008.20261013.2@records.example.org>'),
      ('References', '%s <req-008.20261013.2@records.example.org>' % mid(8)),
      ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')] + m365_headers('032', rid(8)['subject'], SRV_DC, 'dc.gov')
add('032-ddot-staff-ooo.eml', message(hh, text(t)))

# =====================================================================================================
# 033  CTDOT GovQA acknowledgment, Walk Bridge emails (REQ-011)
# =====================================================================================================
t = """Dear Records Desk,

Thank you for submitting a Freedom of Information request to the Connecticut Department of
Transportation. Your request was received on 10/14/2026 and has been assigned reference number
R002590-101426.

Summary of request: CTDOT emails on the Walk Bridge replacement schedule and change orders,
January-August 2026

The Department will respond in accordance with the Connecticut Freedom of Information Act, Conn. Gen.
Stat. 1-200 et seq. You may follow the status of this request, and view any documents released to
you, by logging in to the CTDOT Public Records Center.

To add a comment to this request, please use the Public Records Center rather than replying to this
email.

CTDOT Freedom of Information Office
https://ctdot.govqa.us/WEBAPP/_rs/(S(4bq2kx0u1rmv))/supporthome.aspx
"""
add('033-ctdot-govqa-ack-walk-bridge.eml', govqa_ctdot(33, 'Wed, 14 Oct 2026 15:51:20 -0400', '<5d0a7e3b9f1c4a62.R002590@govqa.us>',
                                                       'Connecticut Department of Transportation :: Freedom of Information Request :: R002590-101426',
                                                       'records+req-011@records.example.org', t))

# =====================================================================================================
# 034  OPIR status change notice (REQ-015)
# =====================================================================================================
t = """The status of your public information request has been updated.

Request Number: PIR-2026-01844
New Status: In Progress - Agency Review

To view details, log in to the Public Information Request portal. Please do not reply to this email;
this mailbox is not monitored.
"""
add('034-mdt-opir-status-changed.eml', opir('Thu, 15 Oct 2026 09:20:47 -0600', '<arkcase.notify.0c8e5b7a3d19@mt-pir.arkcase.us>',
                                            'PIR-2026-01844: Status Updated', t))

# =====================================================================================================
# 035  Colleague forwards the NTSB no-records letter (REQ-004): "a search ... did not locate"
# =====================================================================================================
fwd = """Dear Mr. Feld:

This is the final response to your Freedom of Information Act request, received September 24, 2026 and
assigned tracking number FOIA-2026-00452, for records of any NTSB investigation, preliminary inquiry,
notification or docket concerning highway-rail grade crossing collisions on U.S. Highway 2 between
Havre and Shelby, Montana, from January 1, 2025 to the date of the search.

A search of the NTSB's investigation management system and of the records of the Office of Railroad,
Pipeline and Hazardous Materials Investigations and the Office of Highway Safety did not locate any
records responsive to your request. The NTSB did not initiate an investigation of any grade crossing
collision on that segment of U.S. Highway 2 during the period you specified, and no notification of
such a collision was logged by the NTSB Response Operations Center.

Although no records were located, you may consider this response an adverse determination. You may
appeal by writing to the Managing Director, National Transportation Safety Board, 490 L'Enfant Plaza,
SW, Washington, DC 20594, or by email to FOIA@ntsb.gov with "FOIA Appeal" in the subject line, within
90 calendar days of the date of this letter.

You may also contact the NTSB FOIA Public Liaison at (202) 314-6540, or the Office of Government
Information Services (OGIS), National Archives and Records Administration, ogis@nara.gov,
202-741-5770, toll free 1-877-684-6448.

Sincerely,

FOIA Officer
National Transportation Safety Board
"""
t = """Logging this for the desk - NTSB sent the US-2 crossing answer to me instead of the records inbox (I'm
listed as the contact on that one). Looks like a dead end. Not sure an appeal is worth it if they
never went out on any of those crashes.

Marcus

---------- Forwarded message ---------
From: NTSB FOIA <FOIA@ntsb.gov>
Date: Tue, Oct 20, 2026 at 9:40 AM
Subject: FOIA-2026-00452 - Final Response
To: Marcus Feld <mfeld@records.example.org>


""" + fwd
b = boundary('035x', 'google')
hh = [('From', 'Marcus Feld <mfeld@records.example.org>'), ('To', 'records@records.example.org'),
      ('Subject', 'Fwd: FOIA-2026-00452 - Final Response'), ('Date', 'Tue, 20 Oct 2026 13:05:40 -0400'),
      ('Message-ID', '<CAF3xq9hT1mK-0vWnB8zQe2rJ7c4YpL5sD6oGa1x@mail.gmail.com>')]
add('035-fwd-ntsb-no-records.eml', message(hh, multipart('alternative', [text(t), html(
    '<div dir="ltr">' + t.split('---------- Forwarded')[0].strip().replace('\n\n', '<br><br>').replace('\n', ' ') +
    '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername">NTSB FOIA</strong> '
    '<span dir="auto">&lt;FOIA@ntsb.gov&gt;</span><br>Date: Tue, Oct 20, 2026 at 9:40 AM<br>Subject: FOIA-2026-00452 - Final Response<br>To: Marcus Feld &lt;mfeld@records.example.org&gt;<br></div><br><br>' +
    ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in fwd.strip().split('\n\n')) + '</div></div>')], b)))

# =====================================================================================================
# 036  WVDOH intake confirmation for the District 1 bridge request (REQ-014), same Smartsheet sender
# =====================================================================================================
page = smartsheet_html(
    'Public Records Request Confirmation - DOH-26-1140',
    '<p><b>West Virginia Department of Transportation - Division of Highways</b><br>Legal Division</p>'
    '<p>Your Freedom of Information Act request has been logged and assigned to the Legal Division. '
    'The Division will respond as required by W. Va. Code &sect; 29B-1-3.</p>',
    [('Request ID', 'DOH-26-1140'), ('Received', '10/20/2026'), ('Requester', 'Records Desk'),
     ('Subject', 'Bridge closure &amp; weight posting notices - D1, 1/1/2025 to present; current posted/closed list'),
     ('District(s)', 'D1'), ('Status', 'Logged'), ('Assigned', 'Legal Division - FOIA')],
    'This is an automated message. Please direct questions to dohfoia@wv.gov and reference your Request ID.')
hh = [('From', 'Smartsheet Automation <automation@app.smartsheet.com>'), ('To', 'records@records.example.org'),
      ('Subject', 'Public Records Request Confirmation - DOH-26-1140'), ('Date', 'Tue, 20 Oct 2026 19:40:19 +0000'),
      ('Message-ID', '<0100019297a1d5e0-6c2f8b17-0d3e-4a91-b6c4-%s-000000@email.amazonses.com>' % h('036', 12))] + SMARTSHEET_HDRS
add('036-wvdoh-smartsheet-confirmation-d1.eml', message(hh, html(page)))

# =====================================================================================================
# 037  DDOT clarification questions (REQ-008)
# =====================================================================================================
t = """Good morning,

I'm the FOIA specialist assigned to your request 2026-FOIA-05120 (streetlight outages, Wards 7 and 8).
Two questions so we can scope the search correctly:

1. Streetlight outage tickets are kept in our asset management system. Do you want the individual work
   order records (one PDF per ticket, several thousand for the period), or an export of the ticket data
   (date opened, date closed, location, ward, cause of outage)? The export would be much faster.

2. "Contractor performance reports": the streetlight maintenance contractor submits monthly performance
   reports to DDOT, and DDOT separately prepares quarterly evaluations of the contractor. Are you asking
   for the contractor's monthly reports, DDOT's evaluations, or both?

Once we hear back from you we will continue processing the request.

Thank you,

Tamika Greene
FOIA Specialist | District Department of Transportation
250 M Street SE, Washington, DC 20003
""" + outlook_quote(8, 'Tuesday, October 6, 2026 9:47 AM', 'DDOT FOIA <ddot.foia@dc.gov>')
subj = 'RE: ' + rid(8)['subject']
hh = [('From', '"Greene, Tamika (DDOT)" <tamika.greene@dc.gov>'), ('To', 'Records Desk <%s>' % plus(8)),
      ('Subject', subj), ('Date', 'Thu, 22 Oct 2026 15:18:36 +0000'), ('Message-ID', exo_id('037', SRV_DC)),
      ('In-Reply-To', mid(8)), ('References', mid(8))] + m365_headers('037', rid(8)['subject'], SRV_DC, 'dc.gov')
add('037-ddot-clarification-questions.eml', message(hh, text(t)))

# =====================================================================================================
# 038  WVDOH closes the request: no answer to the clarification (REQ-013)
# =====================================================================================================
t = """Good morning,

On September 22, 2026, I wrote to ask whether you would narrow the date range of your FOIA request for
emergency landslide repair contracts and invoices in Kanawha and Boone counties (DOH-26-0952). We have
not received a response.

Because the request as written would require retrieving more than eleven years of paper project files,
and it has not been narrowed, the Division of Highways is closing request DOH-26-0952 without further
action. You are welcome to submit a new request with a narrower date range at any time.

Dustin Pauley
Paralegal, Legal Division
West Virginia Division of Highways
"""
subj = 'DOH-26-0952 - Request Closed'
hh = [('From', '"Pauley, Dustin R" <Dustin.R.Pauley@wv.gov>'), ('To', 'Records Desk <%s>' % plus(13)),
      ('Subject', subj), ('Date', 'Fri, 23 Oct 2026 14:02:50 +0000'), ('Message-ID', exo_id('038', SRV_WV)),
      ('In-Reply-To', exo_id('015', SRV_WV)), ('References', '%s %s' % (mid(13), exo_id('015', SRV_WV)))] + \
    m365_headers('038', subj, SRV_WV, 'wv.gov')
add('038-wvdoh-closed-no-response.eml', message(hh, text(t)))

# =====================================================================================================
# 039  WVDOH District 1 engineer sends the records under a wholly new subject, no threading (REQ-014)
# =====================================================================================================
csv1 = """Structure No,Route,County,Feature Crossed,Status,Posted Limit (tons),Effective Date
20A0871,CR 21/3,Kanawha,Davis Creek,Posted,10,2025-03-14
20A1134,WV 94,Kanawha,Lens Creek,Posted,15,2025-06-02
03A0212,CR 17,Boone,Spruce Fork,Closed,,2025-08-19
40A0457,CR 2,Putnam,Eighteen Mile Creek,Posted,8,2025-11-07
20A2019,CR 60/14,Kanawha,Kanawha Two Mile Creek,Closed,,2026-02-23
08A0093,WV 16,Clay,Elk River Tributary,Posted,20,2026-05-11
26A0311,CR 33,Mason,Oldtown Creek,Posted,12,2026-09-30
"""
csv2 = """Notice Date,Type,Structure No,Route,County,Detail
2025-03-14,Weight posting,20A0871,CR 21/3,Kanawha,Posted 10 tons after routine inspection
2025-06-02,Weight posting,20A1134,WV 94,Kanawha,Posted 15 tons - deck deterioration
2025-08-19,Closure,03A0212,CR 17,Boone,Closed - substructure scour; detour via CR 17/2
2025-11-07,Weight posting,40A0457,CR 2,Putnam,Posted 8 tons
2026-02-23,Closure,20A2019,CR 60/14,Kanawha,Closed - emergency; beam section loss
2026-05-11,Weight posting,08A0093,WV 16,Clay,Posted 20 tons (reduced from 30)
2026-09-30,Weight posting,26A0311,CR 33,Mason,Posted 12 tons
"""
t = """Hello,

Legal passed along your FOIA for District One. Attached is our current posted/closed structure list (as
of 10/23/2026) and a spreadsheet of the closure and weight-posting notices we've issued since January
1, 2025. The notices themselves are short press releases and signage orders, so everything is
summarized in the spreadsheet with the date, route, structure number and posted limit.

That's everything we have for what you asked, so we're treating this one as filled. If you need a copy
of an individual signed posting order, send me the structure number and I can pull it.

Shannon Hypes, P.E.
District Bridge Engineer, District One
WV Division of Highways
"""
subj = 'Posted & closed structures - D1 list and notices'
hh = [('From', '"Hypes, Shannon L" <Shannon.L.Hypes@wv.gov>'), ('To', 'records@records.example.org'),
      ('Subject', subj), ('Date', 'Mon, 26 Oct 2026 18:22:14 +0000'), ('Message-ID', exo_id('039', SRV_WV))] + \
    m365_headers('039', subj, SRV_WV, 'wv.gov', attach=True)
b = boundary('039x')
add('039-wvdoh-d1-list-new-subject.eml', message(hh, multipart('mixed', [
    text(t), attachment(csv1.encode(), 'text/csv', 'D1_Posted_Closed_Structures_2026-10-23.csv'),
    attachment(csv2.encode(), 'text/csv', 'D1_Closure_Posting_Notices_2025-2026.csv')], b)))

# =====================================================================================================
# 040  FMCSA clarification request, clock tolled (REQ-006)
# =====================================================================================================
t = """Dear Requester:

We are writing about your FOIA request FMCSA-2026-000688. To conduct an adequate search, we need you to
clarify the records you are seeking.

Your request seeks records "reflecting FMCSA's review" of Connecticut's and Delaware's adoption of the
English-language-proficiency out-of-service criterion in their MCSAP enforcement. FMCSA does not
conduct a separate review of a State's adoption of an individual out-of-service criterion. Please tell
us whether you are seeking:

  (a) correspondence between the Connecticut or Delaware Division Administrator and the State lead
      agency on this subject;
  (b) the portions of the States' MCSAP Commercial Vehicle Safety Plans that address it; or
  (c) something else (please describe).

Under 5 U.S.C. 552(a)(6)(A)(ii)(I), the time limit for responding to your request is tolled until we
receive your clarification. If we do not receive a response within 20 working days of the date of this
letter, we will consider your request withdrawn.

Sincerely,

Lyle Addison
Government Information Specialist
FMCSA FOIA Team
"""
subj = 'FMCSA-2026-000688 - Request for Clarification'
hh = [('From', '"Addison, Lyle (FMCSA)" <lyle.addison@dot.gov>'), ('To', 'Records Desk <%s>' % plus(6)), ('Cc', 'FMCSA FOIA <foia2@dot.gov>'),
      ('Subject', subj), ('Date', 'Tue, 27 Oct 2026 15:40:22 +0000'), ('Message-ID', exo_id('040', SRV_DOT)),
      ('In-Reply-To', exo_id('023', SRV_DOT)), ('References', '%s %s' % (mid(6), exo_id('023', SRV_DOT)))] + \
    m365_headers('040', subj, SRV_DOT, 'dot.gov')
add('040-fmcsa-clarification.eml', message(hh, text(t)))

# =====================================================================================================
# 041  NTSB denial in full, Exemption 3 / 49 U.S.C. 1114(c) (REQ-017)
# =====================================================================================================
t = """Dear Requester:

This responds to your Freedom of Information Act request, received October 13, 2026 and assigned
tracking number FOIA-2026-00503, for the cockpit voice recorder (CVR) audio recording and any
transcript of it for the August 2026 runway excursion at Charleston Yeager Airport (CRW), West
Virginia (NTSB investigation ERA26LA311).

Your request is denied in full. The CVR audio recording is withheld under Exemption 3 of the FOIA,
5 U.S.C. 552(b)(3), in conjunction with 49 U.S.C. 1114(c), which prohibits the NTSB from disclosing
cockpit voice recordings. Section 1114(c) also prohibits release of any part of a CVR transcript
except when the NTSB makes it public at a public hearing or when the majority of the factual reports
are placed in the public docket. The docket for this investigation has not been opened. When it is,
any transcript material the Board releases will be available through the NTSB docket management
system at data.ntsb.gov.

You may appeal this determination by writing to the Managing Director, National Transportation Safety
Board, 490 L'Enfant Plaza, SW, Washington, DC 20594, or by email to FOIA@ntsb.gov with "FOIA Appeal" in
the subject line. Your appeal must be received within 90 calendar days of the date of this letter.

You may also contact the NTSB FOIA Public Liaison at (202) 314-6540 for further assistance, or the
Office of Government Information Services (OGIS), National Archives and Records Administration, 8601
Adelphi Road, College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770; 1-877-684-6448.

Sincerely,

FOIA Officer
National Transportation Safety Board
"""
subj = 'FOIA-2026-00503 - Final Response'
hh = [('From', 'NTSB FOIA <FOIA@ntsb.gov>'), ('To', 'Records Desk <%s>' % plus(17)), ('Subject', subj),
      ('Date', 'Thu, 29 Oct 2026 18:03:37 +0000'), ('Message-ID', exo_id('041', SRV_NTSB)),
      ('In-Reply-To', mid(17)), ('References', mid(17))] + m365_headers('041', subj, SRV_NTSB, 'ntsb.gov')
add('041-ntsb-cvr-denial-exemption3.eml', message(hh, text(t)))

# =====================================================================================================
# 042  Maine Turnpike response: records released, engineer's estimates withheld (REQ-016), windows-1252
# =====================================================================================================
csv3 = """Month,Violation fees collected ($),Unpaid-toll invoices collected ($),Invoices issued
2024-01,41210.50,88730.15,6214
2024-06,45877.00,97201.40,6802
2024-12,43102.25,92266.85,6430
2025-06,51390.75,110483.20,7507
2025-12,49876.10,104975.60,7211
2026-06,58114.40,121660.95,8120
2026-09,56720.85,118304.10,7933
"""
t = """Good afternoon,

The Maine Turnpike Authority has completed its response to your Freedom of Access Act request received
September 23, 2026.

1. Contracts. The open-road tolling conversion contracts and amendments, including the toll systems
integrator agreement and its three amendments, are available for download at the secure link below.
The link will expire on November 30, 2026.
https://maineturnpike.sharefile.com/d-s7c1e0a94b2f4

2. Engineer\u2019s estimates. Records relating to engineering estimates of costs on projects to be put out
to bid are confidential under 23 M.R.S. \u00a7 63 and therefore are not public records under 1 M.R.S.
\u00a7 402(3)(A). The Authority is withholding eleven (11) engineer\u2019s estimates prepared for the
open-road tolling construction contracts. This is a denial of that part of your request.

3. Toll-violation revenue. A spreadsheet of monthly violation-fee and unpaid-toll invoice collections
from January 2024 through September 2026 is attached. (The attached file shows selected months; the
full monthly series is included with the contract documents at the link above.)

There is no charge for this response.

Under 1 M.R.S. \u00a7 409(1), you may appeal the denial of access to the engineer\u2019s estimates to the
Superior Court within 30 calendar days of your receipt of this written notice of denial.

Regards,

Ren\u00e9e Gagnon
Public Access Officer
Maine Turnpike Authority
"""
subj = 'RE: ' + rid(16)['subject']
hh = [('From', '=?iso-8859-1?Q?Gagnon=2C_Ren=E9e?= <RGagnon@maineturnpike.com>'), ('To', 'Records Desk <%s>' % plus(16)),
      ('Subject', subj), ('Date', 'Fri, 30 Oct 2026 20:12:05 +0000'), ('Message-ID', exo_id('042', SRV_ME)),
      ('In-Reply-To', exo_id('020', SRV_ME)), ('References', '%s %s' % (mid(16), exo_id('020', SRV_ME)))] + \
    m365_headers('042', rid(16)['subject'], SRV_ME, 'maineturnpike.com', attach=True)
b1, b2 = boundary('042a'), boundary('042b')
alt = multipart('alternative', [text(t, charset='windows-1252', cte='quoted-printable'),
                                html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'
                                     '<div style="font-family:Calibri,sans-serif;font-size:11pt">' +
                                     ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t.strip().split('\n\n')) + '</div></body></html>',
                                     charset='windows-1252', cte='quoted-printable')], b2)
add('042-mta-release-estimates-withheld.eml', message(hh, multipart('mixed', [
    alt, attachment(csv3.encode(), 'text/csv', 'Toll_Violation_Revenue_Jan2024-Sep2026.csv')], b1)))

# =====================================================================================================
# 043  FAA specialist out of office, answering our fee agreement (REQ-002)
# =====================================================================================================
t = """I am on leave through Friday, November 13, 2026, with no access to email.

For questions about a FOIA request, please write to the FAA National FOIA Staff at
7-AWA-ARC-FOIA@faa.gov and include your FOIA control number.

Desmond Okoro
Government Information Specialist
FAA National FOIA Staff
"""
subj = 'RE: FOIA 2026-012655 - Fee Waiver Determination and Fee Estimate'
our = '<req-002.20261102.2@records.example.org>'
hh = [('From', '"Okoro, Desmond (FAA)" <Desmond.Okoro@faa.gov>'), ('To', 'Records Desk <%s>' % plus(2)),
      ('Subject', 'Automatic reply: ' + subj), ('Date', 'Mon, 2 Nov 2026 14:20:09 +0000'), ('Message-ID', exo_id('043', SRV_FAA)),
      ('In-Reply-To', our), ('References', '%s %s %s' % (mid(2), exo_id('031', SRV_FAA), our)),
      ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')] + m365_headers('043', subj[4:], SRV_FAA, 'faa.gov')
add('043-faa-specialist-ooo.eml', message(hh, text(t)))

# =====================================================================================================
# 044  DDOT final response with DC FOIA exemptions (REQ-007)
# =====================================================================================================
csv4 = """Camera ID,Type,Location,Ward,Activated
ATE-0112,Speed,Benning Rd NE & 42nd St NE,7,2019-04-02
ATE-0187,Red light,New York Ave NE & Bladensburg Rd NE,5,2017-08-15
ATE-0233,Stop sign,Alabama Ave SE & 25th St SE,8,2021-10-04
ATE-0301,Bus lane,H St NW (14th-17th),2,2024-06-17
ATE-0344,Speed,Suitland Pkwy SE west of Stanton Rd,8,2025-02-10
ATE-0352,Truck restriction,Massachusetts Ave NW & 49th St NW,3,2025-05-05
"""
csv5 = """Camera ID,Month,Citations issued
ATE-0112,2024-10,3120
ATE-0112,2025-09,2874
ATE-0187,2025-09,1411
ATE-0233,2025-09,906
ATE-0301,2025-09,2208
ATE-0344,2026-06,4415
"""
inv_pdf = make_pdf("""DISTRICT DEPARTMENT OF TRANSPORTATION - FOIA 2026-FOIA-04418
Item 4: Invoices paid to the Automated Traffic Enforcement program vendor, FY2025-FY2026
(Release copy - redactions applied under D.C. Official Code 2-534(a)(1) and (a)(2))

Invoice       Period        Amount paid     Notes
INV-25-1031   Oct 2024      $1,284,400.00   [redacted (a)(1): per-site configuration schedule]
INV-25-1102   Nov 2024      $1,291,115.00
INV-25-1207   Dec 2024      $1,302,870.00
...           ...           ...
INV-26-0811   Aug 2026      $1,517,935.00   [redacted (a)(2): vendor employee name and mobile number]

Total FY2025: $15,688,240.00    Total FY2026 (through Aug): $16,034,905.00
""".split('\n'), '2026-FOIA-04418 Item 4 invoices')
t = """Re: FOIA Request No. 2026-FOIA-04418 - Final Response

Dear Records Desk:

This is the District Department of Transportation's (DDOT) final response to your request under the
District of Columbia Freedom of Information Act, D.C. Official Code 2-531 et seq.

Item 1 (camera locations and types) and Item 2 (monthly citation counts by camera, FY2025-FY2026) are
released in full; the attached spreadsheets show the fields the program maintains.

Item 3 (payment and adjudication data) was referred to the Department of Motor Vehicles on October 9,
2026, and DMV will respond to you directly.

Item 4 (vendor invoices): DDOT is releasing 23 monthly invoices with limited redactions. We have
redacted the vendor's per-site system configuration schedules under D.C. Official Code 2-534(a)(1)
(trade secrets and commercial information obtained from outside the government, the disclosure of
which would result in substantial harm to the competitive position of the submitter), and the names
and mobile telephone numbers of vendor employees under D.C. Official Code 2-534(a)(2) (information of
a personal nature where public disclosure would constitute a clearly unwarranted invasion of personal
privacy). A summary copy of the invoices is attached; the full set of redacted invoices will be
uploaded to your request in the DC Public FOIA Portal.

If you consider this response to be a denial of your request, you may appeal to the Mayor under D.C.
Official Code 2-537 by emailing foia.appeals@dc.gov, or you may seek relief in the Superior Court of
the District of Columbia.

Sincerely,

Kendra Fields
FOIA Officer, Office of the General Counsel
District Department of Transportation
"""
subj = '2026-FOIA-04418 - Final Response'
hh = [('From', 'DDOT FOIA <ddot.foia@dc.gov>'), ('To', 'Records Desk <%s>' % plus(7)), ('Subject', subj),
      ('Date', 'Thu, 5 Nov 2026 21:45:18 +0000'), ('Message-ID', exo_id('044', SRV_DC))] + m365_headers('044', subj, SRV_DC, 'dc.gov', attach=True)
b = boundary('044x')
add('044-ddot-final-partial.eml', message(hh, multipart('mixed', [
    text(t), attachment(csv4.encode(), 'text/csv', 'ATE_Camera_Locations.csv'),
    attachment(csv5.encode(), 'text/csv', 'ATE_Monthly_Citations_FY25-FY26.csv'),
    attachment(inv_pdf, 'application/pdf', 'ATE_Vendor_Invoices_FY25-FY26_Redacted_Summary.pdf')], b)))

# =====================================================================================================
# 045  NTSB final release in full, via the Google Group (REQ-003)
# =====================================================================================================
rel_pdf = make_pdf("""NATIONAL TRANSPORTATION SAFETY BOARD - FOIA-2026-00417 - RELEASED IN FULL
Correspondence with the Washington Metropolitan Area Transit Authority, 2024-2026

Index of released records (38 pages)
 1. WMATA letter to NTSB Chair, status of Safety Recommendations R-24-xx (March 2024), 6 pp.
 2. NTSB letter to WMATA General Manager, classification of recommendation response (June 2024), 3 pp.
 3. WMATA letter, update on railcar inspection program and roadway worker protection (Jan 2025), 9 pp.
 4. NTSB letter, recommendation classified "Open - Acceptable Response" (April 2025), 2 pp.
 5. WMATA letter, request to close recommendation with supporting documentation (Nov 2025), 14 pp.
 6. NTSB letter, recommendation classified "Closed - Acceptable Action" (May 2026), 4 pp.

[Page images follow in the production copy.]
""".split('\n'), 'FOIA-2026-00417 release')
t = """Dear Requester:

This is the NTSB's final response to your Freedom of Information Act request FOIA-2026-00417 for
correspondence between the NTSB and the Washington Metropolitan Area Transit Authority concerning open
safety recommendations, January 1, 2024 to the date of the search.

A search of the records of the Office of Safety Recommendations and Communications located 38 pages of
responsive records. We are releasing all 38 pages in full; no information has been withheld. The
records are attached.

There are no fees associated with this request. This completes the processing of your request.

If you have questions about this response, you may contact the NTSB FOIA Public Liaison at
(202) 314-6540.

Sincerely,

FOIA Requester Service Center (CIO-40)
National Transportation Safety Board
"""
hh = [('From', "'NTSB FOIA' via Records Desk <records@records.example.org>"), ('To', 'Records Desk <%s>' % plus(3)),
      ('Subject', 'RE: ' + rid(3)['subject']), ('Date', 'Fri, 6 Nov 2026 16:30:41 +0000'),
      ('Message-ID', exo_id('045', SRV_NTSB)), ('In-Reply-To', exo_id('002', SRV_NTSB)),
      ('References', '%s %s' % (mid(3), exo_id('002', SRV_NTSB)))] + google_group_headers('NTSB FOIA', 'FOIA@ntsb.gov', 'ntsb.gov')
b = boundary('045x')
add('045-ntsb-final-full-via-group.eml', message(hh, multipart('mixed', [
    text(t), attachment(rel_pdf, 'application/pdf', 'FOIA-2026-00417_Released_Records.pdf')], b)))

# =====================================================================================================
# 046  FMCSA Division staffer asks for a call; two FMCSA requests fit (request: null)
# =====================================================================================================
t = """Hello,

I'm with FMCSA's Delaware Division office, and headquarters asked me to search our files for your FOIA
request. Before I start, could someone give me a call? I want to make sure I understand which Delaware
and Connecticut records you're after and how far back you want me to go.

My direct line is 302-555-0164. I'm in the office Tuesday through Thursday.

Thanks,

Renata Solis
Division Program Specialist
FMCSA Delaware Division
"""
hh = [('From', '"Solis, Renata (FMCSA)" <renata.solis@dot.gov>'), ('To', 'records@records.example.org'),
      ('Subject', 'FOIA search question'), ('Date', 'Tue, 10 Nov 2026 15:05:12 +0000'), ('Message-ID', exo_id('046', SRV_DOT))] + \
    m365_headers('046', 'FOIA search question', SRV_DOT, 'dot.gov')
add('046-fmcsa-division-call-ambiguous.eml', message(hh, text(t)))

# =====================================================================================================
# 047  CTDOT first installment of Walk Bridge emails (REQ-011)
# =====================================================================================================
t = """Good afternoon,

The Department has completed its review of the first portion of the emails responsive to your request
R002590-101426, covering January 1 through March 31, 2026 (412 emails with attachments). They have
been uploaded to your request in the CTDOT Public Records Center.

Nine draft schedule attachments in this set have been withheld as preliminary drafts under Conn. Gen.
Stat. 1-210(b)(1); the Department has determined that the public interest in withholding them clearly
outweighs the public interest in disclosure. The emails to which they were attached are provided.

We are continuing to review the remaining emails (April through August 2026) and will provide them in
one or more additional installments.

Lisette Mercado
FOI Administrator, Office of Legal Services
Connecticut Department of Transportation
"""
subj = 'R002590-101426 - Walk Bridge emails - first installment'
hh = [('From', '"Mercado, Lisette" <Lisette.Mercado@ct.gov>'), ('To', 'Records Desk <%s>' % plus(11)),
      ('Subject', subj), ('Date', 'Thu, 12 Nov 2026 20:08:30 +0000'), ('Message-ID', exo_id('047', SRV_CT))] + \
    m365_headers('047', subj, SRV_CT, 'ct.gov')
add('047-ctdot-interim-first-installment.eml', message(hh, text(t)))

# =====================================================================================================
# 048  OPIR fee estimate for MDT (REQ-015)
# =====================================================================================================
t = """The Department of Transportation has provided a fee estimate for your public information request.

Request Number: PIR-2026-01844
Estimated Fee: $187.50

Basis of estimate:
  Staff time to compile crash-level data extract (Data & Statistics Bureau)   4.5 hours
  Legal review of road safety audit documents                                 3.0 hours
  Total                                                                       7.5 hours x $25.00/hour

Actual costs may be lower than the estimate; you will not be charged more than the estimated amount
without your agreement. Processing of your request is paused until the estimate is accepted. To accept
the estimate and pay online, log in to the Public Information Request portal. If we do not receive a
response within 30 days, your request may be closed.

Please do not reply to this email; this mailbox is not monitored.
"""
add('048-mdt-opir-fee-estimate.eml', opir('Tue, 17 Nov 2026 13:30:02 -0700', '<arkcase.notify.a94f13e6c2b8@mt-pir.arkcase.us>',
                                          'PIR-2026-01844: Fee Estimate', t))

# =====================================================================================================
# 049  WMATA first installment (REQ-009)
# =====================================================================================================
int_pdf = make_pdf("""WASHINGTON METROPOLITAN AREA TRANSIT AUTHORITY
Office of General Counsel

November 19, 2026

PARP Request No. 27-0061 - Interim Response (First Installment)

Dear Records Desk:

WMATA is providing a first installment of records responsive to your request for 7000-series railcar
wheelset inspection and defect records. This installment consists of 146 pages of wheelset inspection
and wheel-gauge measurement records for January through December 2024.

Employee identification numbers of the inspectors have been redacted under the PARP exemption for
information whose release would constitute a clearly unwarranted invasion of personal privacy.

WMATA continues to process the remaining records, including 2025-2026 inspection records, defect
reports and records submitted by the railcar manufacturer, and will provide them in further
installments.

Sincerely,
Adaeze Okafor, Associate General Counsel
""".split('\n'), 'PARP 27-0061 Interim Response 1')
t = """Dear Records Desk:

Please find attached WMATA's interim response and the first installment of records (146 pages) for
PARP Request No. 27-0061. The records themselves are available at the link below; the link expires in
30 days.
https://wmata.sharefile.com/d-2d9a61f0c7e84

Adaeze Okafor
Associate General Counsel
Washington Metropolitan Area Transit Authority
"""
subj = 'PARP Request No. 27-0061 - Interim Response (First Installment)'
hh = [('From', '"Okafor, Adaeze" <AOkafor@wmata.com>'), ('To', 'Records Desk <%s>' % plus(9)), ('Cc', 'PARP <parp@wmata.com>'),
      ('Subject', subj), ('Date', 'Thu, 19 Nov 2026 22:02:47 +0000'), ('Message-ID', exo_id('049', SRV_WM)),
      ('In-Reply-To', exo_id('021', SRV_WM)), ('References', '%s %s %s' % (mid(9), exo_id('013', SRV_WM), exo_id('021', SRV_WM)))] + \
    m365_headers('049', subj, SRV_WM, 'wmata.com', attach=True)
b = boundary('049x')
add('049-wmata-interim-first-installment.eml', message(hh, multipart('mixed', [
    text(t), attachment(int_pdf, 'application/pdf', 'PARP_27-0061_Interim_Response_1.pdf')], b)))

# =====================================================================================================
# 050  FAA interim release, "first of several" (REQ-001)
# =====================================================================================================
let = make_pdf("""U.S. Department of Transportation
Federal Aviation Administration
National Freedom of Information Act Staff

November 20, 2026

RE: Freedom of Information Act Request 2026-011842 - Interim Response No. 1

Dear Requester:

This is the first of several interim responses to your FOIA request for runway incursion reports,
Mandatory Occurrence Reports (MORs), loss-of-separation records and Runway Safety Action Team (RSAT)
summaries for Reagan National Airport (DCA).

The Air Traffic Organization has completed processing of the 2023 MORs for the DCA Airport Traffic
Control Tower and Potomac TRACON. We are releasing 212 pages. Portions of 64 pages are withheld under
FOIA Exemption 6, 5 U.S.C. 552(b)(6), which protects information in personnel, medical and similar
files the disclosure of which would constitute a clearly unwarranted invasion of personal privacy.
The withheld information consists of the names and operating initials of air traffic controllers and
the names of pilots. Each redaction is marked with the exemption applied.

The remaining records (2024-2026 MORs, loss-of-separation event reviews and RSAT summaries) are still
being processed and will be released in subsequent interim responses. We continue to estimate that we
will complete our response by December 18, 2026.

You may appeal the withholdings in this release in writing within 90 days of the date of this letter.
You may also contact the FAA FOIA Public Liaison or the Office of Government Information Services
(OGIS), ogis@nara.gov, 1-877-684-6448.

Sincerely,
Marisol Ventura
Government Information Specialist
""".split('\n'), '2026-011842 Interim Response 1')
t = """Good morning,

Attached is the first of several interim releases for FOIA 2026-011842, with a cover letter. The
released pages (212) are in the second attachment, which is a reduced-size excerpt; the full release
has been placed on the FAA's secure file transfer site and a separate download notice will follow.

Marisol Ventura
Government Information Specialist
FAA National FOIA Staff
"""
exc = make_pdf("""FAA FOIA 2026-011842 - Release 1 (excerpt)
MANDATORY OCCURRENCE REPORT - DCA ATCT - 2023
Event type: Runway incursion (Category C) - Rwy 1/19, vehicle/pedestrian deviation
Controller: (b)(6)   Pilot: (b)(6)
Narrative: Vehicle entered runway safety area without clearance while aircraft on 2 NM final;
aircraft instructed to go around. No loss of separation with other traffic.
...
[Pages 2-212 in the full release]
""".split('\n'), '2026-011842 release 1 excerpt')
subj = 'FOIA 2026-011842 - Interim Release 1'
hh = [('From', '"Ventura, Marisol (FAA)" <Marisol.Ventura@faa.gov>'), ('To', 'Records Desk <%s>' % plus(1)),
      ('Subject', subj), ('Date', 'Fri, 20 Nov 2026 15:30:10 +0000'), ('Message-ID', exo_id('050', SRV_FAA)),
      ('In-Reply-To', exo_id('028', SRV_FAA)), ('References', '%s %s' % (mid(1), exo_id('028', SRV_FAA)))] + \
    m365_headers('050', subj, SRV_FAA, 'faa.gov', attach=True)
b = boundary('050x')
add('050-faa-interim-first-of-several.eml', message(hh, multipart('mixed', [
    text(t), attachment(let, 'application/pdf', '2026-011842_Interim_Response_1.pdf'),
    attachment(exc, 'application/pdf', '2026-011842_Release_1_excerpt.pdf')], b)))

# =====================================================================================================
# 051  DelDOT final response, letter in PDF whose name carries the number with spaces (REQ-012)
# =====================================================================================================
let = make_pdf("""STATE OF DELAWARE
DEPARTMENT OF TRANSPORTATION
800 Bay Road, P.O. Box 778, Dover, Delaware 19903

November 23, 2026

Records Desk
The Example Ledger
Via email: records+req-012@records.example.org

Re: Freedom of Information Act Request, DelDOT FOIA No. 2026-0417

Dear Records Desk:

This letter responds to your request under the Delaware Freedom of Information Act, 29 Del. C.
10001 et seq., received September 15, 2026, for (1) reviews of fatal pedestrian crashes on US 13 and
Route 40 from 2023 to the present, and (2) corridor safety studies or road safety audits for those
routes. We received your payment of the estimated fee of $365.71 on October 14, 2026.

Item 2. The US 13 Corridor Safety Study (2024) and the Route 40 Road Safety Audit (2023) are public
and are provided in full (112 pages).

Item 1. DelDOT located 27 pedestrian fatal crash review files. The crash review worksheets and the
notes of the multidisciplinary review team were compiled for the purpose of identifying, evaluating
and planning safety improvements under the federal Highway Safety Improvement Program and are
protected from disclosure by 23 U.S.C. 407. They are therefore withheld under 29 Del. C. 10002(o)(6),
which excludes from the definition of public record any record specifically exempted from public
disclosure by statute or common law. The one-page crash summary for each review, without personal
identifiers, is provided (27 pages). Two of the files also concern matters that are the subject of
pending claims against the Department and are withheld in full under 29 Del. C. 10002(o)(9).

To the extent this response denies your request in part, you may petition the Attorney General under
29 Del. C. 10005(b) for a determination whether a violation of FOIA has occurred.

Sincerely,

Karen Whitlock
FOIA Coordinator
""".split('\n'), 'DelDOT FOIA 2026-0417 Response')
t = """Good afternoon,

Please see the attached response to your FOIA request. The released records (139 pages) can be
downloaded from the link below until December 23, 2026.
https://deldot.sharefile.com/d-84f2a1c7e9b03

Karen Whitlock
FOIA Coordinator
Delaware Department of Transportation
"""
SRV_DE = 'MN2PR09MB5521.namprd09.prod.outlook.com'
subj = 'RE: ' + rid(12)['subject']
hh = [('From', '"Whitlock, Karen (DelDOT)" <Karen.Whitlock@delaware.gov>'), ('To', 'Records Desk <%s>' % plus(12)),
      ('Subject', subj), ('Date', 'Mon, 23 Nov 2026 20:20:31 +0000'), ('Message-ID', exo_id('051', SRV_DE)),
      ('In-Reply-To', mid(12)), ('References', mid(12))] + m365_headers('051', rid(12)['subject'], SRV_DE, 'delaware.gov', attach=True)
b = boundary('051x')
add('051-deldot-final-letter-pdf.eml', message(hh, multipart('mixed', [
    text(t), attachment(let, 'application/pdf', 'DOT FOIA 2026-0417 Response.pdf')], b)))

# =====================================================================================================
# 052  FMCSA final response, partial release with (b)(6) and (b)(7)(C) (REQ-005)
# =====================================================================================================
let = make_pdf("""U.S. Department of Transportation
Federal Motor Carrier Safety Administration
1200 New Jersey Avenue SE, Washington, DC 20590

November 30, 2026

Records Desk, The Example Ledger
records+req-005@records.example.org

Re: FOIA Request FMCSA-2026-000613

Dear Requester:

This is FMCSA's final response to your Freedom of Information Act request received September 8, 2026,
for imminent-hazard out-of-service orders issued in 2025 and 2026 to motor carriers with a principal
place of business in Connecticut or Delaware, and the compliance investigation reports underlying
each order.

The Office of Enforcement and Compliance and the Connecticut and Delaware Division Offices located
seven imminent-hazard out-of-service orders (four Connecticut carriers, three Delaware carriers) and
the seven associated compliance investigation reports, a total of 231 pages. We are releasing 188
pages in full and 43 pages in part.

We have withheld the following information:

Exemption 6, 5 U.S.C. 552(b)(6): names, commercial driver's license numbers, dates of birth and home
addresses of drivers and carrier employees, and names of FMCSA investigators below the supervisory
level, the disclosure of which would constitute a clearly unwarranted invasion of personal privacy.

Exemption 7(C), 5 U.S.C. 552(b)(7)(C): personal information of drivers, witnesses and other third
parties contained in investigator interview notes and statements compiled for law enforcement
purposes, the release of which could reasonably be expected to constitute an unwarranted invasion of
personal privacy.

The names of the carriers, their USDOT numbers and the orders themselves are released.

You may appeal this determination within 90 days of the date of this letter. Your appeal should be
sent to the Chief Counsel, Federal Motor Carrier Safety Administration, at the address above or by
email to foia2@dot.gov, and marked "Freedom of Information Act Appeal." You may also seek dispute
resolution services from FMCSA's FOIA Public Liaison or from the Office of Government Information
Services (OGIS), National Archives and Records Administration, 8601 Adelphi Road, College Park, MD
20740-6001; ogis@nara.gov; 202-741-5770; 1-877-684-6448.

There are no fees for this request. This concludes FMCSA's response.

Sincerely,
FOIA Officer, FMCSA
""".split('\n'), 'FMCSA-2026-000613 Final Response')
t = """Please see the attached final response letter for FOIA request FMCSA-2026-000613. The released
records (231 pages, 43 of them redacted) are available on the DOT secure file site; the download link
will be sent in a separate message.

FOIA Team (MC-MMI)
Federal Motor Carrier Safety Administration
"""
subj = 'FMCSA-2026-000613 Final Response'
hh = [('From', 'FMCSA FOIA <foia2@dot.gov>'), ('To', 'Records Desk <%s>' % plus(5)), ('Subject', subj),
      ('Date', 'Mon, 30 Nov 2026 19:10:44 +0000'), ('Message-ID', exo_id('052', SRV_DOT)),
      ('In-Reply-To', exo_id('011', SRV_DOT)), ('References', '%s %s' % (mid(5), exo_id('011', SRV_DOT)))] + \
    m365_headers('052', subj, SRV_DOT, 'dot.gov', attach=True)
b = boundary('052x')
add('052-fmcsa-final-b6-b7c.eml', message(hh, multipart('mixed', [
    text(t), attachment(let, 'application/pdf', 'FMCSA-2026-000613_Final_Response_Letter.pdf')], b)))

# =====================================================================================================
# 053  Vendor webinar marketing (request: null)
# =====================================================================================================
t = """Is your records team drowning in requests?

Join us on Thursday, December 10 at 2 p.m. ET for "Clearing the Queue": a 45-minute webinar on how
state transportation departments and transit agencies cut their public records backlogs by as much as
40 percent with automated intake, deduplication and redaction.

You'll hear from records officers about:
  - routing requests to the right division without manual triage
  - sending acknowledgments and fee estimates automatically
  - tracking statutory deadlines across multiple jurisdictions

Reserve your seat: https://www.recordsflow.example.net/webinars/clearing-the-queue

RecordsFlow | 1100 Main Street, Suite 400, Kansas City, MO 64105
You are receiving this email because you registered for a RecordsFlow resource.
Unsubscribe: https://www.recordsflow.example.net/unsubscribe?u=8f2c
"""
b = boundary('053x', 'java')
hh = [('From', 'RecordsFlow Events <events@recordsflow.example.net>'), ('To', 'records@records.example.org'),
      ('Subject', 'Webinar: How transportation agencies cut records backlogs by 40% (Dec 10)'),
      ('Date', 'Thu, 3 Dec 2026 16:00:05 +0000'), ('Message-ID', '<mkt.20261203.9921.8f2c@mail.recordsflow.example.net>'),
      ('List-Unsubscribe', '<https://www.recordsflow.example.net/unsubscribe?u=8f2c>'), ('Precedence', 'bulk')]
add('053-vendor-webinar-null.eml', message(hh, multipart('alternative', [text(t), html(
    '<html><body style="font-family:Arial"><h2>Is your records team drowning in requests?</h2>' +
    ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t.strip().split('\n\n')[1:]) + '</body></html>')], b)))

# =====================================================================================================
# 054  CTDOT final installment with withholdings (REQ-011)
# =====================================================================================================
t = """Good morning,

The remaining emails responsive to your request R002590-101426 (April 1 through August 31, 2026; 538
emails with attachments) have been uploaded to your request in the CTDOT Public Records Center. This
completes the Department's response to your request.

The following have been withheld from this installment:

- 23 draft schedule and draft change order packages attached to emails, as preliminary drafts under
  Conn. Gen. Stat. 1-210(b)(1), the Department having determined that the public interest in
  withholding them clearly outweighs the public interest in disclosure; and
- 4 emails between Department staff and the Office of the Attorney General containing legal advice,
  under Conn. Gen. Stat. 1-210(b)(10) (communications privileged by the attorney-client relationship).

You have the right to appeal these withholdings by filing a notice of appeal with the Freedom of
Information Commission, 165 Capitol Avenue, Suite 1100, Hartford, CT 06106, within thirty (30) days of
the date of this letter, under Conn. Gen. Stat. 1-206(b)(1).

Lisette Mercado
FOI Administrator, Office of Legal Services
Connecticut Department of Transportation
"""
subj = 'R002590-101426 - Walk Bridge emails - final installment'
hh = [('From', '"Mercado, Lisette" <Lisette.Mercado@ct.gov>'), ('To', 'Records Desk <%s>' % plus(11)),
      ('Subject', subj), ('Date', 'Wed, 16 Dec 2026 15:10:08 +0000'), ('Message-ID', exo_id('054', SRV_CT)),
      ('In-Reply-To', exo_id('047', SRV_CT)), ('References', exo_id('047', SRV_CT))] + m365_headers('054', subj, SRV_CT, 'ct.gov')
add('054-ctdot-final-installment.eml', message(hh, text(t)))

# =====================================================================================================
# 055  GovQA "request closed" notice (REQ-011)
# =====================================================================================================
t = """Records Desk,

Your request R002590-101426 has been closed.

To view any documents released to you, please log in to the CTDOT Public Records Center:
https://ctdot.govqa.us/WEBAPP/_rs/(S(4bq2kx0u1rmv))/supporthome.aspx

This is an automated notification. Replies to this email are not monitored.
"""
add('055-ctdot-govqa-closed.eml', govqa_ctdot(55, 'Wed, 16 Dec 2026 10:12:31 -0500', '<a71c3e0d5b9f4f28.R002590@govqa.us>',
                                              'Connecticut Department of Transportation :: Request Closed :: R002590-101426',
                                              'records+req-011@records.example.org', t))

# =====================================================================================================
# 056  OPIR completion with the MDT staff message: records released, draft RSA and 407 material withheld (REQ-015)
# =====================================================================================================
t = """Your public information request has been completed.

Request Number: PIR-2026-01844
Agency: Department of Transportation (MDT)
Status: Completed

Message from the agency:

"Released: the 2024 Road Safety Audit for US-2, Havre to Chester (final report); corridor crash
summary tables for US-2 between Havre and Shelby, 2021-2026; and a crash-level data extract for the
same segment with personal identifiers removed.

Withheld: the draft 2026 Shelby-area road safety audit, which is a preliminary draft that has not been
adopted by the Department; and the crash analysis worksheets compiled for MDT's Highway Safety
Improvement Program, which are protected from disclosure by 23 U.S.C. 407.

Your payment of $187.50 was received on November 24, 2026. This completes your request."

To download the released documents, log in to the Public Information Request portal. Please do not
reply to this email; this mailbox is not monitored.
"""
add('056-mdt-opir-completed-partial.eml', opir('Mon, 21 Dec 2026 15:44:20 -0700', '<arkcase.notify.5be07d21f3c6@mt-pir.arkcase.us>',
                                              'PIR-2026-01844: Request Completed - Documents Available', t))

# =====================================================================================================
# 057  FMCSA no-records response, different wording (REQ-006)
# =====================================================================================================
t = """Dear Requester:

This is the final response to your FOIA request FMCSA-2026-000688.

Thank you for your email of October 29, 2026, clarifying that you are seeking correspondence between
the Connecticut and Delaware Division Administrators and the State lead agencies concerning the
English-language-proficiency out-of-service criterion, from May 1, 2025 to the date of the search.

The Connecticut and Delaware Division Offices and the Office of Safety Programs searched the email
accounts of the two Division Administrators and their MCSAP program staff, and the grants management
system, using the terms "English proficiency," "ELP," "out-of-service criteria" and "391.11(b)(2)."
We were unable to identify any records responsive to your clarified request.

You may appeal this no-records determination within 90 days of the date of this letter by writing to
the Chief Counsel, Federal Motor Carrier Safety Administration, 1200 New Jersey Avenue SE, Washington,
DC 20590, or by email to foia2@dot.gov, marked "Freedom of Information Act Appeal." You may also
contact our FOIA Public Liaison or the Office of Government Information Services (OGIS), ogis@nara.gov,
202-741-5770, 1-877-684-6448.

Sincerely,

Lyle Addison
Government Information Specialist
FMCSA FOIA Team
"""
our = '<req-006.20261029.2@records.example.org>'
subj = 'FMCSA-2026-000688 - Final Response'
hh = [('From', '"Addison, Lyle (FMCSA)" <lyle.addison@dot.gov>'), ('To', 'Records Desk <%s>' % plus(6)), ('Cc', 'FMCSA FOIA <foia2@dot.gov>'),
      ('Subject', subj), ('Date', 'Thu, 7 Jan 2027 16:25:39 +0000'), ('Message-ID', exo_id('057', SRV_DOT)),
      ('In-Reply-To', our), ('References', '%s %s %s' % (mid(6), exo_id('040', SRV_DOT), our))] + m365_headers('057', subj, SRV_DOT, 'dot.gov')
add('057-fmcsa-no-records.eml', message(hh, text(t)))

# =====================================================================================================
# 058  WMATA final response letter in PDF (REQ-009)
# =====================================================================================================
let = make_pdf("""WASHINGTON METROPOLITAN AREA TRANSIT AUTHORITY
Office of General Counsel
300 7th Street SW, Washington, DC 20024

January 8, 2027

Records Desk, The Example Ledger
records+req-009@records.example.org

Re: PARP No. 27-0061 - Final Response

Dear Records Desk:

This is WMATA's final response to your Public Access to Records Policy (PARP) request for 7000-series
railcar wheelset inspection records, wheel-gauge measurement reports, defect reports and corrective
action plans, January 1, 2024 to the date of the search.

With this second and final installment, WMATA is releasing 312 pages of 2025-2026 inspection records,
defect reports and the 2025 corrective action plan, in part. WMATA has withheld:

- wheel profile specifications and metallurgical test data submitted by the railcar manufacturer,
  which are confidential commercial information whose release would cause substantial competitive
  harm to the submitter; and
- employee identification numbers of inspectors, under the PARP exemption for information whose
  release would constitute a clearly unwarranted invasion of personal privacy.

Your request for a fee waiver is granted; there is no charge for this request.

If you are dissatisfied with this response, you may file an administrative appeal in writing with
WMATA's Office of General Counsel as provided in the PARP, marked "PARP Appeal" and referencing the
request number above.

Sincerely,
Adaeze Okafor
Associate General Counsel
""".split('\n'), 'PARP 27-0061 Final Response')
t = """Dear Records Desk:

Attached is WMATA's final response to your PARP request. The second installment of records (312
pages) is available at the link below for 30 days.
https://wmata.sharefile.com/d-7e3b40c9a1f25

Adaeze Okafor
Associate General Counsel
Washington Metropolitan Area Transit Authority
"""
subj = 'PARP Request No. 27-0061 - Final Response'
hh = [('From', '"Okafor, Adaeze" <AOkafor@wmata.com>'), ('To', 'Records Desk <%s>' % plus(9)), ('Cc', 'PARP <parp@wmata.com>'),
      ('Subject', subj), ('Date', 'Fri, 8 Jan 2027 21:30:55 +0000'), ('Message-ID', exo_id('058', SRV_WM)),
      ('In-Reply-To', exo_id('049', SRV_WM)), ('References', '%s %s' % (mid(9), exo_id('049', SRV_WM)))] + \
    m365_headers('058', subj, SRV_WM, 'wmata.com', attach=True)
b = boundary('058x')
add('058-wmata-final-letter-pdf.eml', message(hh, multipart('mixed', [
    text(t), attachment(let, 'application/pdf', 'PARP 27-0061 Final Response Letter.pdf')], b)))

# =====================================================================================================
# 059  FAA final response on the TRACON request, (b)(6) withholdings (REQ-002)
# =====================================================================================================
let = make_pdf("""U.S. Department of Transportation
Federal Aviation Administration
National Freedom of Information Act Staff

January 14, 2027

RE: Freedom of Information Act Request 2026-012655 - Final Response

Dear Requester:

This is the final response to your FOIA request for Potomac TRACON staffing reports, controller
overtime records and fatigue-mitigation waivers for fiscal years 2024 through 2026. We received your
agreement to pay fees of up to $300.00 on November 2, 2026.

The Air Traffic Organization located 2,964 pages of responsive records. We are releasing 2,418 pages
in full and 546 pages in part. Information withheld from the released pages consists of the names,
employee identification numbers and home telephone numbers of individual controllers in the overtime
authorization sheets and fatigue-mitigation waiver forms. This information is withheld under FOIA
Exemption 6, 5 U.S.C. 552(b)(6), because its release would constitute a clearly unwarranted invasion
of personal privacy. Facility-level staffing counts are released in full.

Fees: duplication of 2,864 billable pages (2,964 less 100 free pages) at $0.10 per page, $286.40. An
invoice is enclosed with the release.

You may appeal this determination in writing within 90 days of the date of this letter, marked
"Freedom of Information Act Appeal." You may also contact the FAA FOIA Public Liaison or the Office of
Government Information Services (OGIS), ogis@nara.gov, 202-741-5770, 1-877-684-6448.

Sincerely,
Desmond Okoro
Government Information Specialist
""".split('\n'), '2026-012655 Final Response')
t = """Good afternoon,

Attached is the final response letter for FOIA 2026-012655. The released records and the invoice will
arrive in a separate message from the FAA secure file transfer system.

Desmond Okoro
Government Information Specialist
FAA National FOIA Staff
"""
subj = 'FOIA 2026-012655 - Final Response'
hh = [('From', '"Okoro, Desmond (FAA)" <Desmond.Okoro@faa.gov>'), ('To', 'Records Desk <%s>' % plus(2)),
      ('Subject', subj), ('Date', 'Thu, 14 Jan 2027 18:05:27 +0000'), ('Message-ID', exo_id('059', SRV_FAA)),
      ('References', '%s %s' % (mid(2), exo_id('031', SRV_FAA)))] + m365_headers('059', subj, SRV_FAA, 'faa.gov', attach=True)
b = boundary('059x')
add('059-faa-final-tracon-b6.eml', message(hh, multipart('mixed', [
    text(t), attachment(let, 'application/pdf', '2026-012655_Final_Response.pdf')], b)))


# =====================================================================================================
def main():
    OUT.mkdir(exist_ok=True)
    for p in OUT.glob('*.eml'):
        p.unlink()
    names = [n for n, _ in MSGS]
    assert len(names) == len(set(names)), 'duplicate file names'
    for name, raw in MSGS:
        (OUT / name).write_bytes(raw.encode('ascii') if raw.isascii() else raw.encode('utf-8'))
    print('wrote %d messages to %s' % (len(MSGS), OUT))


if __name__ == '__main__':
    main()
