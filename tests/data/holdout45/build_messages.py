#!/usr/bin/env python3
"""Writes messages/*.eml for this set (all people, numbers and letters invented). Run once; the .eml files
are the set, this script only records how they were made.   python build_messages.py"""
import html, textwrap, hashlib, base64
from pathlib import Path
import yaml
from mimelib import text_part, attach, multipart, message, boundary, pdf, hx

HERE = Path(__file__).resolve().parent
REQ = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
DESK = 'records@records.example.org'
OUT = []


def R(n):
    return REQ['REQ-%03d' % n]


def fold(name, value, width=76):
    words = value.split(' ')
    lines, cur = [], name + ':'
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() != name + ':':
            lines.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    lines.append(cur)
    return '\n'.join(lines)


def H(name, value):
    return fold(name, value)


def html_of(text, font='Calibri,sans-serif', size='11pt', charset='utf-8'):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>%s</p>' % '<br>\n'.join(html.escape(l) for l in p.split('\n')))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body><div style="font-family:%s;font-size:%s">\n%s\n</div></body></html>\n' % (charset, font, size, '\n'.join(out)))


def alt(seed, text, htm=None, style='outlook', charset='utf-8'):
    htm = htm or html_of(text, charset=charset)
    return multipart('alternative', [text_part(text, 'plain', charset), text_part(htm, 'html', charset)], boundary(seed + 'a', style))


def outlook_mid(seed, pod='namprd09'):
    h = hx(seed, 30)
    host = 'BN%dPR09MB%s' % (int(h[0], 16) % 9 + 1, h[1:5])
    return '<%s%s@%s.%s.prod.outlook.com>' % (host, h[5:25], host, pod)


def thread_index(seed):
    return base64.b64encode(hashlib.sha1(seed.encode()).digest() + b'\x01\x02').decode()[:32]


def outlook_extra(seed, topic, attach=False):
    return [H('Thread-Topic', topic), 'Thread-Index: ' + thread_index(seed),
            'X-MS-Has-Attach: ' + ('yes' if attach else ''), 'X-MS-TNEF-Correlator: ',
            'Accept-Language: en-US', 'Content-Language: en-US',
            'X-MS-Exchange-Organization-AuthAs: Anonymous', 'x-ms-publictraffictype: Email']


def quote_outlook(frm, sent, to, subject, body):
    return ('\n\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s' %
            (frm, sent, to, subject, body.strip('\n')))


def add(fn, raw):
    OUT.append((fn, raw))


# ------------------------------------------------------------------ our outgoing request texts (for quotes)
ME = 'Alex Moreno\nRecords Desk, Prairie Ledger\nrecords@records.example.org | 612-555-0148'
REQTEXT = {
    2: ('To the Minneapolis Police Department, Records Information Unit:\n\n'
        'Under the Minnesota Government Data Practices Act, Minn. Stat. ch. 13, I request copies of all '
        'portable recording system (body-worn camera) data recorded by MPD officers on August 9, 2026, in '
        'connection with the officer-involved shooting near East Lake Street and 27th Avenue South, including '
        'data documenting the discharge of a firearm (Minn. Stat. 13.825, subd. 2).\n\n'
        'Please provide the data electronically. If any portion is withheld, please cite the specific '
        'statutory classification. (This is separate from our pending use-of-force request, W013592-090126.)\n\n' + ME),
    4: ('Dear Records Custodian:\n\nPursuant to the Colorado Open Records Act, C.R.S. 24-72-201 et seq., and to '
        'the extent applicable the Colorado Criminal Justice Records Act, I request: (1) all use-of-force '
        'reports completed by Denver Police Department officers from January 1, 2024 through December 31, 2025; '
        'and (2) the summaries or findings of the DPD Use of Force Review Board for the same period.\n\n'
        'Electronic copies are preferred. Please send an estimate before incurring fees over $50.\n\n' + ME),
    11: ('Dear Official Custodian:\n\nUnder the Kentucky Open Records Act, KRS 61.870 to 61.884, I request '
         'a copy of the Administrative Incident Report (AIR) data documenting uses of force by LMPD officers '
         'during calendar year 2025, in electronic (spreadsheet) form, including incident date, division, '
         'type of force, subject injury and officer injury fields.\n\nThe Prairie Ledger is a news-gathering '
         'organization with a Kentucky bureau in Louisville (KRS 61.870(10)).\n\n' + ME),
    14: ('Dear Official Custodian:\n\nUnder the Kentucky Open Records Act, I request records showing overtime '
         'hours worked and overtime pay received by each sworn Kentucky State Police trooper in calendar year '
         '2025 (name, rank, post, hours, amount).\n\n' + ME),
    15: ('Dear Official Custodian:\n\nUnder the Kentucky Open Records Act, I request all body-worn camera and '
         'in-car camera recordings of the traffic stop conducted by a Kentucky State Police trooper on '
         'Interstate 64 eastbound in Shelby County on the afternoon of August 14, 2026.\n\n' + ME),
}


def req_sent_line(n, hhmm, wd):
    d = R(n)['sent']
    return '%s, %s %d, %d %s' % (wd, d.strftime('%B'), d.day, d.year, hhmm)


# ================================================================== messages
# ---------- 001 Minneapolis GovQA acknowledgment (REQ-001)
def govqa_mpls(fn, date, to, ref, subj_tail, text, seed):
    hdrs = ['Received: from mail.govqa.us (mail.govqa.us [52.167.40.12])\n\tby mx.records.example.org; ' + date,
            'From: Minneapolis Public Records Center <no-reply@govqa.us>', 'To: ' + to,
            H('Subject', 'Minneapolis Public Records Request :: %s%s' % (ref, subj_tail)), 'Date: ' + date,
            'Message-ID: <%s.%s@mail.govqa.us>' % (hx(seed, 24).lower(), ref.replace('-', '')),
            'X-Mailer: GovQA Notification Service', 'Auto-Submitted: auto-generated']
    htm = ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">'
           '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#00447c;color:#fff;padding:10px 14px;'
           'font-size:16px">City of Minneapolis &mdash; Public Records Center</td></tr><tr><td style="padding:14px">\n'
           + ''.join('<p>%s</p>\n' % html.escape(p).replace('\n', '<br>') for p in text.strip().split('\n\n'))
           + '</td></tr><tr><td style="font-size:11px;color:#777;padding:8px 14px">This email was sent from an unmonitored '
           'address. Please do not reply.</td></tr></table></body></html>\n')
    add(fn, message(hdrs, alt(seed, text + '\n\nThis email was sent from an unmonitored address. Please do not reply.\n', htm, 'java')))


govqa_mpls('001-mpls-govqa-ack.eml', 'Tue, 01 Sep 2026 15:14:07 +0000', 'records+req-001@records.example.org',
           'W013592-090126', '', '''Dear Alex Moreno,

Thank you for submitting a data request to the City of Minneapolis. Your request was received on 9/1/2026 and has been given reference number W013592-090126 for tracking purposes.

Department: Police - Records Information Unit
Request: All use-of-force reports, including officer supplements and supervisor force reviews, for incidents from January 1, 2024 through June 30, 2026.

Under the Minnesota Government Data Practices Act (Minn. Stat. Chapter 13), the City responds to requests for public data in an appropriate and prompt manner and within a reasonable time. Copies may be subject to charges under Minn. Stat. 13.03, subd. 3. You will be notified by email when your request is updated or completed.

You can track the status of your request, send a message to staff, and download released records from the Public Records Center:
https://minneapolismn.govqa.us/WEBAPP/_rs/(S(k2v0))/RequestLogin.aspx''', 's001')

# ---------- 002 Albuquerque NextRequest acknowledgment (REQ-006), HTML only
def nextrequest(fn, date, to, subject, inner_html, seed, text=None):
    hdrs = ['Received: from o1.ptr4521.nextrequest.com (o1.ptr4521.nextrequest.com [167.89.12.40])\n\tby mx.records.example.org; ' + date,
            'From: City of Albuquerque Public Records <noreply@nextrequest.com>', 'Reply-To: noreply@nextrequest.com', 'To: ' + to,
            H('Subject', subject), 'Date: ' + date,
            'Message-ID: <%s@nextrequest.com>' % hx(seed, 28).lower(),
            'X-SG-EID: ' + hx(seed + 'sg', 40).lower(), 'List-Unsubscribe: <https://nextrequest.cabq.gov/notifications/unsubscribe>']
    htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f5f7">'
           '<div style="max-width:620px;margin:0 auto;background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px;'
           'line-height:1.5;color:#2d3138;padding:24px">\n<div style="font-size:18px;font-weight:bold;margin-bottom:12px">'
           'City of Albuquerque</div>\n' + inner_html +
           '\n<hr style="border:none;border-top:1px solid #ddd"><div style="font-size:12px;color:#888">Questions about this '
           'request? Reply through the request page; this mailbox is not monitored.<br>Powered by NextRequest</div></div></body></html>\n')
    if text is None:
        part = text_part(htm, 'html', 'utf-8', 'quoted-printable')
    else:
        part = alt(seed, text, htm, 'java')
    add(fn, message(hdrs, part))


nextrequest('002-abq-nextrequest-ack.eml', 'Wed, 02 Sep 2026 15:05:44 +0000', 'records+req-006@records.example.org',
            'Your City of Albuquerque record request #26-14237 has been submitted', '''<p>Hello,</p>
<p>Your record request <b>#26-14237</b> has been submitted to the City of Albuquerque on September 2, 2026.</p>
<table style="font-size:14px;border-collapse:collapse"><tr><td style="padding:4px 10px 4px 0;color:#666">Request</td><td>All use-of-force reports (Level 1, 2 and 3) completed by Albuquerque Police Department officers for incidents in calendar year 2025, and the agendas, minutes and findings of the APD Force Review Board for 2025.</td></tr>
<tr><td style="padding:4px 10px 4px 0;color:#666">Department</td><td>Albuquerque Police Department</td></tr></table>
<p>Under the Inspection of Public Records Act (NMSA 1978, &sect; 14-2-8), records will be made available as soon as practicable and no later than fifteen (15) calendar days after receipt of your request, unless the request is determined to be excessively burdensome or broad. You will receive an email each time your request is updated.</p>
<p><a href="https://nextrequest.cabq.gov/requests/26-14237" style="background:#0a5fa6;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">View request #26-14237</a></p>''', 's002')

# ---------- 003 Minneapolis supervisor out-of-office (REQ-002)
r = R(2)
add('003-mpls-ooo.eml', message([
    'Received: from MN2PR12MB4411.namprd12.prod.outlook.com (2603:10b6:208:26b::15)\n\tby mx.records.example.org; Wed, 2 Sep 2026 13:40:12 -0500',
    'From: "Lindqvist, Karen" <Karen.Lindqvist@minneapolismn.gov>', 'To: Records Desk <records+req-002@records.example.org>',
    H('Subject', 'Automatic reply: ' + r['subject']), 'Date: Wed, 2 Sep 2026 18:40:12 +0000',
    'Message-ID: ' + outlook_mid('s003', 'namprd12'), 'In-Reply-To: ' + r['message_id'], 'References: ' + r['message_id'],
    'Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: Karen.Lindqvist@minneapolismn.gov']
    + outlook_extra('s003', 'Automatic reply: ' + r['subject']),
    alt('s003', '''I'm out of the office through Thursday, September 3, and will have limited access to email.

Police report and data requests should be submitted through the Minneapolis Public Records Center (minneapolismn.govqa.us) so they can be assigned to staff. Body camera requests from data subjects require the MPD body camera data request form and a copy of photo identification.

For urgent matters please call the Records Information Unit front desk at 612-673-2940.

Karen Lindqvist
Supervisor, Records Information Unit
Minneapolis Police Department''')))

# ---------- 004 Minneapolis GovQA acknowledgment (REQ-002)
govqa_mpls('004-mpls-govqa-ack-bwc.eml', 'Thu, 03 Sep 2026 13:52:30 +0000', 'records+req-002@records.example.org',
           'W013618-090326', '', '''Dear Alex Moreno,

Thank you for submitting a data request to the City of Minneapolis. Your request was received by email on 9/2/2026 and entered by staff on 9/3/2026. It has been given reference number W013618-090326 for tracking purposes.

Department: Police - Records Information Unit
Request: Body-worn camera data, officer-involved shooting, E. Lake St. / 27th Ave. S., 08/09/2026.

Under the Minnesota Government Data Practices Act (Minn. Stat. Chapter 13), the City responds to requests for public data in an appropriate and prompt manner and within a reasonable time. Copies may be subject to charges under Minn. Stat. 13.03, subd. 3. You will be notified by email when your request is updated or completed.

You can track the status of your request, send a message to staff, and download released records from the Public Records Center:
https://minneapolismn.govqa.us/WEBAPP/_rs/(S(k2v0))/RequestLogin.aspx''', 's004')

# ---------- 005 LMPD acknowledgment quoting our request (REQ-011)
r = R(11)
body = '''Good afternoon,

LMPD received your open records request today, September 3, 2026. It has been logged as ORR2026-04471; please use this number on any future correspondence about this request.

As required by KRS 61.880(1), you will receive a response within five (5) business days.

Thank you,

Tasha Greenwell
Open Records Unit
Louisville Metro Police Department
633 W. Jefferson Street | Louisville, KY 40202
LMPDOpenRecords@louisvilleky.gov''' + quote_outlook('Records Desk <records@records.example.org>', 'Thursday, September 3, 2026 9:12 AM',
                                                    'LMPD Open Records <LMPDOpenRecords@louisvilleky.gov>', r['subject'], REQTEXT[11])
add('005-lmpd-ack.eml', message([
    'From: LMPD Open Records <LMPDOpenRecords@louisvilleky.gov>', 'To: Records Desk <records+req-011@records.example.org>',
    H('Subject', 'RE: ' + r['subject']), 'Date: Thu, 3 Sep 2026 18:22:31 +0000', 'Message-ID: ' + outlook_mid('s005', 'namprd05'),
    'In-Reply-To: ' + r['message_id'], 'References: ' + r['message_id']] + outlook_extra('s005', r['subject']),
    alt('s005', body)))

# ---------- 006 Denver records supervisor acknowledgment, received next day (REQ-004)
r = R(4)
add('006-dpd-ack-received-next-day.eml', message([
    'From: "Ortega-Baca, Marisol - PD Records Unit" <Marisol.Ortega-Baca@denvergov.org>', 'To: "records+req-004@records.example.org" <records+req-004@records.example.org>',
    H('Subject', 'RE: ' + r['subject']), 'Date: Fri, 4 Sep 2026 15:31:18 +0000', 'Message-ID: ' + outlook_mid('s006', 'namprd06'),
    'In-Reply-To: ' + r['message_id'], 'References: ' + r['message_id']] + outlook_extra('s006', r['subject']),
    text_part('''Mr. Moreno,

The Denver Police Department Records Unit acknowledges your records request. Your email arrived at 5:48 p.m. on Thursday, after the close of business, so it is considered received on Friday, September 4, 2026. It has been assigned request number 2026-PDR-0871.

Please note that use-of-force reports are criminal justice records and are reviewed under the Colorado Criminal Justice Records Act (C.R.S. 24-72-301 et seq.); the Use of Force Review Board summaries will be handled under CORA. We will respond within three working days as provided in C.R.S. 24-72-203(3)(b), or let you know in writing if extenuating circumstances require additional time.

Marisol Ortega-Baca
Records Supervisor | Records Unit
Denver Police Department
1331 Cherokee St. | Denver, CO 80204

-----Original Message-----
From: Records Desk <records@records.example.org>
Sent: Thursday, September 3, 2026 5:48 PM
To: PD Records Unit <policerecords@denvergov.org>
Subject: ''' + r['subject'] + '\n\n' + REQTEXT[4], 'plain', 'us-ascii', '7bit')))

# ---------- 007 Tulsa records mailbox auto-responder (REQ-009), no thread headers
add('007-tulsa-autoresponse.eml', message([
    'Return-Path: <>', 'From: Tulsa Police Records <tpdrecords@tulsapolice.org>', 'To: records@records.example.org',
    'Subject: Tulsa Police Records - Automated Response', 'Date: Fri, 4 Sep 2026 11:02:55 -0500',
    'Message-ID: <auto.%s@tulsapolice.org>' % hx('s007', 20).lower(), 'Auto-Submitted: auto-replied', 'Precedence: bulk',
    'X-Autoreply: yes'],
    text_part('''*** This is an automated response. Please do not reply to this message. ***

Your email has been received by the Tulsa Police Department Records Section.

Report requests are generally processed within 5 to 7 business days. Requests for body-worn camera or dash camera video are processed in the order received and can take 30 days or longer, depending on the length of the recordings and the amount of redaction required. Video requests are subject to the fees in the City of Tulsa open records fee schedule; you will be contacted if a fee applies.

Records Section hours are Monday through Friday, 8:00 a.m. to 4:30 p.m., excluding City holidays.

Tulsa Police Department - Records Section
600 Civic Center, Tulsa, OK 74103''', 'plain', 'us-ascii', '7bit')))

# ---------- 008 FOI newsletter delivered through our Google Group inbox (request: null)
def ggroup(sender_name, sender_addr):
    return ['From: "\'%s\' via Records Desk" <records@records.example.org>' % sender_name,
            'Reply-To: %s <%s>' % (sender_name, sender_addr),
            'X-Original-Sender: ' + sender_addr,
            'X-Original-Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=' + sender_addr,
            'Precedence: list', 'Mailing-list: list records@records.example.org; contact records+owners@records.example.org',
            'List-ID: <records.records.example.org>', 'X-Google-Group-Id: 604218837512',
            'List-Post: <https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>',
            'List-Help: <https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, <mailto:records+help@records.example.org>',
            'List-Archive: <https://groups.google.com/a/records.example.org/group/records/>',
            'List-Unsubscribe: <mailto:googlegroups-manage+604218837512+unsubscribe@googlegroups.com>, <https://groups.google.com/a/records.example.org/group/records/subscribe>']


nl_text = '''OPEN RECORDS ROUNDUP - Week of August 31, 2026

1. Oklahoma: body-cam redaction fees under scrutiny
Several Oklahoma police departments, including Tulsa and Oklahoma City, now bill requesters by the hour for reviewing and redacting body-worn camera video. A legislative interim study this fall will look at whether the charges discourage requests.

2. Kentucky: AG decision on "pending investigation" denials
A new Attorney General open records decision reminds agencies that KRS 61.878(1)(h) requires a concrete showing of harm from premature release; a blanket statement that a case is open is not enough. The decision involved a Louisville Metro Police Department denial.

3. Colorado: POST decertification list updated
The Colorado POST Board's public list of revoked peace officer certifications was updated in August. Reporters have used it alongside the national decertification index to track officers who move between agencies.

4. Training: "Writing a records request that survives a 'broad and burdensome' objection" - free webinar, September 17, 1 p.m. Central.

You are receiving this because you subscribed at openrecordsroundup.org. Unsubscribe: https://openrecordsroundup.org/u?e=records%40records.example.org
Open Records Roundup, 1200 N. Hudson Ave., Suite 4, Oklahoma City, OK 73103'''
add('008-newsletter-roundup.eml', message(ggroup('Open Records Roundup', 'roundup@openrecordsroundup.org') + [
    'To: records@records.example.org',
    'Subject: =?utf-8?q?Roundup=3A_Oklahoma_body-cam_fees_=E2=80=94_Louisville_ruling_=E2=80=94_POST?=\n =?utf-8?q?_decertification_list?=',
    'Date: Fri, 04 Sep 2026 20:45:03 +0000', 'Message-ID: <20260904204503.7f3a.roundup@openrecordsroundup.org>'],
    alt('s008', nl_text, html_of(nl_text, 'Georgia,serif', '15px'), 'gmail')))

# ---------- 009 Gmail DSN: our REQ-013 request to a wrong KSP address
r = R(13)
b = boundary('s009', 'gmail')
dsn_text = '''** Address not found **

Your message wasn't delivered to kspopenrecords@ky.gov because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient kspopenrecords@ky.gov not found by SMTP address lookup
'''
status = '''Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 08 Sep 2026 07:11:52 -0700 (PDT)
X-Original-Message-ID: %s

Final-Recipient: rfc822; kspopenrecords@ky.gov
Action: failed
Status: 5.1.10
Remote-MTA: dns; ky-gov.mail.protection.outlook.com. (104.47.55.110, the server for the domain ky.gov.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient kspopenrecords@ky.gov not found by SMTP address lookup
Last-Attempt-Date: Tue, 08 Sep 2026 07:11:54 -0700 (PDT)
''' % r['message_id']
orig = '''Return-Path: <records@records.example.org>
Received: by mail-qk1-f170.google.com with SMTP id af79cd13be357-7e8f1c2; Tue, 08 Sep 2026 07:11:52 -0700 (PDT)
From: Records Desk <records@records.example.org>
To: kspopenrecords@ky.gov
Reply-To: records+req-013@records.example.org
Subject: %s
Date: Tue, 8 Sep 2026 10:11:49 -0400
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
''' % (r['subject'], r['message_id'])
parts = [text_part(dsn_text, 'plain', 'utf-8', 'quoted-printable'),
         (['Content-Type: message/delivery-status'], status),
         (['Content-Type: text/rfc822-headers'], orig)]
ph, pb = multipart('report', parts, b, 'report-type=delivery-status')
add('009-bounce-gmail-ksp.eml', message([
    'Received: by 2002:a05:6214:5008:b0:6f2:1a0c with SMTP id jo8csp2211;\n\tTue, 08 Sep 2026 07:11:54 -0700 (PDT)',
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'To: records@records.example.org',
    'Auto-Submitted: auto-replied', 'Subject: Delivery Status Notification (Failure)',
    'Date: Tue, 08 Sep 2026 07:11:54 -0700 (PDT)', 'Message-ID: <66b2d1c4.050a0220.3ab7.09f1.GMR@mx.google.com>',
    'References: ' + r['message_id'], 'In-Reply-To: ' + r['message_id']], (ph, pb)))

# ---------- 010 Denver records staffer out-of-office (REQ-005)
r = R(5)
add('010-dpd-ooo.eml', message([
    'From: "Holloway, Trent - PD Records Unit" <Trent.Holloway@denvergov.org>', 'To: Records Desk <records+req-005@records.example.org>',
    H('Subject', 'Automatic reply: ' + r['subject']), 'Date: Tue, 8 Sep 2026 21:20:44 +0000', 'Message-ID: ' + outlook_mid('s010', 'namprd06'),
    'In-Reply-To: ' + r['message_id'], 'References: ' + r['message_id'], 'Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All']
    + outlook_extra('s010', r['subject']),
    alt('s010', '''Thank you for your email. I am out of the office until Monday, September 14, 2026.

If your message concerns a records request, it will be entered in the Denver Police Records Request Center and handled by another member of the Records Unit. You can also submit requests directly at denvergov.govqa.us or call the Records Unit at 720-913-6300 (M-F, 8:00-4:30).

Media inquiries: DPD Public Information Office, 720-913-6100.

Trent Holloway
Records Technician II | Denver Police Department''')))

# ---------- 011 Denver GovQA acknowledgment from the shared no-reply sender (REQ-005)
txt = '''Dear Alex Moreno,

The Denver Police Department has received your records request. The request was entered on 9/8/2026 and assigned reference number 2026-PDR-0902.

Request type: Body Worn Camera / Video
Incident date: 08/22/2026
Location: Civic Center Park (Broadway & Colfax)

Criminal justice records are released under the Colorado Criminal Justice Records Act, C.R.S. 24-72-301 et seq. Research and retrieval time and video redaction time are charged under the DPD fee schedule; you will be told of any charges before they are incurred. Video involving an open criminal case may not be released until the case is resolved.

Track your request at https://denvergov.govqa.us/WEBAPP/_rs/(S(p1x3))/RequestOpen.aspx?rid=90214

Denver Police Records Request Center'''
add('011-dpd-govqa-ack.eml', message([
    'From: Denver Police Records Request Center <no-reply@govqa.us>', 'To: records+req-005@records.example.org',
    'Subject: Denver Police Records Request Center :: 2026-PDR-0902 Received', 'Date: Wed, 09 Sep 2026 14:40:02 +0000',
    'Message-ID: <%s.2026PDR0902@mail.govqa.us>' % hx('s011', 24).lower(), 'X-Mailer: GovQA Notification Service', 'Auto-Submitted: auto-generated'],
    alt('s011', txt + '\n\nThis is an automated message from an unmonitored mailbox.', None, 'java')))

# ---------- 012 KSP acknowledgment letter, PDF only, number in file name (REQ-013), received date != sent
ksp_head = ['KENTUCKY STATE POLICE', 'Office of Legal Services - Open Records', '919 Versailles Road', 'Frankfort, Kentucky 40601', '']
letter = ksp_head + ['September 9, 2026', '', 'Alex Moreno', 'Prairie Ledger Records Desk', 'Via email: records@records.example.org', '',
    'RE: Open Records Request OR-26-1187', '', 'Dear Mr. Moreno:',
    '',
    'The Kentucky State Police (KSP) received your request under the Kentucky Open Records Act, KRS 61.870 to 61.884, on September 9, 2026. You requested use-of-force reports completed by KSP troopers during calendar years 2024 and 2025.',
    '',
    'This letter acknowledges receipt of your request. KSP will respond within five (5) business days as required by KRS 61.880(1). Because responsive reports may be held at several Posts and by the Professional Standards Branch, additional time may be needed to locate and review them. If so, you will be notified in writing of the place, time and earliest date on which the records will be available, as provided in KRS 61.872(5).',
    '',
    'Please refer to the request number above in any correspondence.', '', 'Sincerely,', '', 'Lisa M. Brenner', 'Official Custodian of Records', 'Kentucky State Police']
pdfb = pdf(letter, 'OR-26-1187 Acknowledgment')
b = boundary('s012')
ph, pb = multipart('mixed', [text_part('Please see the attached correspondence regarding your open records request.\n\nKSP Open Records\n', 'plain', 'us-ascii', '7bit'),
                             attach(pdfb, 'application/pdf', 'OR-26-1187 Acknowledgment.pdf')], b)
add('012-ksp-ack-pdf.eml', message([
    'Received: from KYWMBX04.ky.gov (10.40.2.114) by KYWHUB02.ky.gov (10.40.2.91) with Microsoft SMTP Server; Wed, 9 Sep 2026 11:55:20 -0400',
    'From: KSP Open Records <ksp.openrecords@ky.gov>', 'To: records@records.example.org', 'Subject: Kentucky State Police - Open Records Request',
    'Date: Wed, 9 Sep 2026 11:55:18 -0400', 'Message-ID: <%s@KYWMBX04.ky.gov>' % hx('s012', 32), 'X-MS-Has-Attach: yes', 'Content-Language: en-US'],
    (ph, pb)))

# ---------- 013 Exchange NDR from Minneapolis for our REQ-003 request to a retired address
r = R(3)
b = boundary('s013')
ndr = '''Delivery has failed to these recipients or groups:

mpdrecordsunit@minneapolismn.gov
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: CY4PR09MB2203.namprd09.prod.outlook.com

mpdrecordsunit@minneapolismn.gov
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
'''
status = '''Reporting-MTA: dns;CY4PR09MB2203.namprd09.prod.outlook.com
Received-From-MTA: dns;mail-ot1-f48.google.com
Arrival-Date: Wed, 9 Sep 2026 22:03:11 +0000

Final-Recipient: rfc822;mpdrecordsunit@minneapolismn.gov
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
'''
orig = '''Received: from mail-ot1-f48.google.com (209.85.210.48) by CY4PR09MB2203.mail.protection.outlook.com; Wed, 9 Sep 2026 22:03:11 +0000
From: Records Desk <records@records.example.org>
To: mpdrecordsunit@minneapolismn.gov
Reply-To: records+req-003@records.example.org
Subject: %s
Date: Wed, 9 Sep 2026 17:03:02 -0500
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
''' % (r['subject'], r['message_id'])
ph, pb = multipart('report', [text_part(ndr, 'plain', 'us-ascii', '7bit'), (['Content-Type: message/delivery-status'], status),
                              (['Content-Type: text/rfc822-headers'], orig)], b, 'report-type=delivery-status')
add('013-bounce-ndr-mpls.eml', message([
    'From: postmaster@minneapolismn.gov', 'To: records@records.example.org', 'Date: Wed, 9 Sep 2026 22:03:14 +0000',
    H('Subject', 'Undeliverable: ' + r['subject']), 'Message-ID: ' + outlook_mid('s013', 'namprd09'),
    'Auto-Submitted: auto-replied', 'Content-Language: en-US', 'X-MS-Exchange-Message-Is-Ndr: '], (ph, pb)))

# ---------- 014 Denver extension, extenuating circumstances, +7 working days (REQ-004)
r = R(4)
m006 = outlook_mid('s006', 'namprd06')
add('014-dpd-extension.eml', message([
    'From: "Ortega-Baca, Marisol - PD Records Unit" <Marisol.Ortega-Baca@denvergov.org>', 'To: "records+req-004@records.example.org" <records+req-004@records.example.org>',
    'Cc: PD Records Unit <policerecords@denvergov.org>',
    H('Subject', 'RE: ' + r['subject']), 'Date: Thu, 10 Sep 2026 16:47:09 +0000', 'Message-ID: ' + outlook_mid('s014', 'namprd06'),
    'In-Reply-To: ' + m006, 'References: %s %s' % (r['message_id'], m006)] + outlook_extra('s014', r['subject']),
    alt('s014', '''Mr. Moreno,

Re: 2026-PDR-0871

Pursuant to C.R.S. 24-72-203(3)(b), the custodian has determined that extenuating circumstances exist with respect to your request. The request is broadly stated and covers a large volume of records: a preliminary query returned 618 use-of-force reports for 2024-2025, which are kept by the Internal Affairs Bureau and must be pulled and reviewed individually before any release. The Use of Force Review Board summaries are maintained separately by the Office of the Chief.

The Department is therefore taking the additional seven working days allowed by statute and will respond no later than Monday, September 21, 2026.

A research and retrieval fee may apply. If so, we will send you an estimate before any work that would be billed.

Marisol Ortega-Baca
Records Supervisor | Records Unit
Denver Police Department''')))

# ---------- 015 LMPD KRS 61.872(5) delay with earliest date (REQ-011)
r = R(11)
m005 = outlook_mid('s005', 'namprd05')
add('015-lmpd-delay-61872.eml', message([
    'From: LMPD Open Records <LMPDOpenRecords@louisvilleky.gov>', 'To: Records Desk <records+req-011@records.example.org>',
    'Subject: RE: ORR2026-04471', 'Date: Thu, 10 Sep 2026 17:30:40 +0000', 'Message-ID: ' + outlook_mid('s015', 'namprd05'),
    'In-Reply-To: ' + m005, 'References: %s %s' % (r['message_id'], m005)] + outlook_extra('s015', 'ORR2026-04471'),
    alt('s015', '''Good afternoon,

This is LMPD's response to open records request ORR2026-04471.

Pursuant to KRS 61.872(5), the records you requested are not immediately available. The Administrative Incident Report data must be extracted from the Professional Standards Unit's case-management database, exported to spreadsheet form, and reviewed line by line for information exempt under KRS 61.878(1)(a) (personal privacy) and KRS 61.878(1)(h) (open law enforcement investigations). The Open Records Unit is currently processing more than 900 pending requests.

The records will be available on or before October 30, 2026. If they are ready sooner, we will send them at that time.

Thank you for your patience,

Tasha Greenwell
Open Records Unit
Louisville Metro Police Department''')))

# ---------- 016 Colorado POST acknowledgment (REQ-016)
add('016-copost-ack.eml', message([
    'From: Colorado POST Records <post.records@coag.gov>', 'To: records+req-016@records.example.org',
    'Subject: CORA-2026-0413 - Receipt of CORA Request (POST)', 'Date: Thu, 10 Sep 2026 15:12:26 -0600',
    'Message-ID: <%s@coag.gov>' % hx('s016', 26).lower()],
    text_part('''Dear Mr. Moreno,

This confirms that the Colorado Department of Law, on behalf of the Peace Officer Standards and Training (POST) Board, received your Colorado Open Records Act request on September 9, 2026. Your request has been assigned number CORA-2026-0413.

Your request: copies of the files for all peace officer certification revocations (decertifications) acted on by the POST Board from January 1, 2021 to the present, including the revocation orders, notices, and supporting documents.

Under C.R.S. 24-72-203(3)(b), the Department will respond within three working days, unless extenuating circumstances require up to seven additional working days. The Department charges for research and retrieval time in excess of one hour at the rate set under C.R.S. 24-72-205(6), currently $33.58 per hour; you will receive an estimate before any charges are incurred.

Regards,

Renata Cole
CORA Coordinator, POST Unit
Colorado Department of Law
Ralph L. Carr Colorado Judicial Center, 1300 Broadway, Denver, CO 80203''', 'plain', 'us-ascii', '7bit')))

# ---------- 017 Albuquerque NextRequest acknowledgment, received next day (REQ-007)
nextrequest('017-abq-nextrequest-ack-obrd.eml', 'Fri, 11 Sep 2026 15:20:37 +0000', 'records+req-007@records.example.org',
            'Your City of Albuquerque record request #26-14655 has been submitted', '''<p>Hello,</p>
<p>Your record request <b>#26-14655</b> has been submitted to the City of Albuquerque.</p>
<table style="font-size:14px;border-collapse:collapse"><tr><td style="padding:4px 10px 4px 0;color:#666">Received</td><td>September 11, 2026 (via email)</td></tr>
<tr><td style="padding:4px 10px 4px 0;color:#666">Request</td><td>All on-body recording device (OBRD) video recorded by APD officers in connection with the August 30, 2026 incident at Central Ave. and San Mateo Blvd. NE, including video of the use of force and the arrest.</td></tr>
<tr><td style="padding:4px 10px 4px 0;color:#666">Department</td><td>Albuquerque Police Department</td></tr></table>
<p>Under the Inspection of Public Records Act (NMSA 1978, &sect; 14-2-8), records will be made available as soon as practicable and no later than fifteen (15) calendar days after receipt of your request, unless the request is determined to be excessively burdensome or broad. You will receive an email each time your request is updated.</p>
<p><a href="https://nextrequest.cabq.gov/requests/26-14655" style="background:#0a5fa6;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">View request #26-14655</a></p>''', 's017')

# ---------- 018 Denver extension for the BWC request, new subject, hedged fee (REQ-005)
add('018-dpd-extension-bwc.eml', message([
    'From: "Ortega-Baca, Marisol - PD Records Unit" <Marisol.Ortega-Baca@denvergov.org>', 'To: records+req-005@records.example.org',
    'Subject: 2026-PDR-0902 - Notice of Extension (C.R.S. 24-72-203(3)(b))', 'Date: Fri, 11 Sep 2026 20:05:51 +0000',
    'Message-ID: ' + outlook_mid('s018', 'namprd06')] + outlook_extra('s018', '2026-PDR-0902 - Notice of Extension (C.R.S. 24-72-203(3)(b))'),
    alt('s018', '''Mr. Moreno,

This notice concerns your request 2026-PDR-0902 for body-worn camera recordings of the August 22, 2026 arrest at Civic Center Park.

The Records Unit has identified recordings from four officers, approximately 2 hours and 40 minutes in total. The recordings are evidence in an open case and must be reviewed with the Internal Affairs Bureau and the Denver District Attorney's Office before the custodian can make a decision on release. The custodian finds that extenuating circumstances exist and is extending the response period by seven working days under C.R.S. 24-72-203(3)(b). You will receive a response on or before September 22, 2026.

If any recordings are released, redaction is billed at $35.00 per hour of staff time, so a fee may apply. We would send an estimate first.

Marisol Ortega-Baca
Records Supervisor | Records Unit
Denver Police Department''')))

# ---------- 019 Colorado POST extension (REQ-016), threaded to their own ack only
m016 = '<%s@coag.gov>' % hx('s016', 26).lower()
add('019-copost-extension.eml', message([
    'From: Colorado POST Records <post.records@coag.gov>', 'To: records+req-016@records.example.org',
    'Subject: RE: CORA-2026-0413 - Receipt of CORA Request (POST)', 'Date: Mon, 14 Sep 2026 10:30:12 -0600',
    'Message-ID: <%s@coag.gov>' % hx('s019', 26).lower(), 'In-Reply-To: ' + m016, 'References: ' + m016],
    text_part('''Dear Mr. Moreno,

Regarding CORA-2026-0413: the records custodian has determined that extenuating circumstances exist under C.R.S. 24-72-203(3)(b)(I) and (II). Your request is broadly stated and encompasses a large number of files; the revocation matters from 2021 forward include records received from the employing agencies and the courts, some of which are stored off site.

The Department will therefore take up to seven additional working days and will respond by September 23, 2026.

Regards,

Renata Cole
CORA Coordinator, POST Unit
Colorado Department of Law''', 'plain', 'us-ascii', '7bit')))

# ---------- 020 Minneapolis clarification through GovQA (REQ-001)
govqa_mpls('020-mpls-govqa-clarify.eml', 'Mon, 14 Sep 2026 19:48:55 +0000', 'records+req-001@records.example.org',
           'W013592-090126', ' - Clarification Needed', '''Dear Alex Moreno,

A message regarding your request W013592-090126 has been sent to you by City of Minneapolis staff:

"Hello, I am working on your request for MPD use-of-force reports. Before we can begin pulling records I need some clarification:

1. MPD publishes use-of-force data (case number, date, precinct, force type, subject injury, race and sex of subject) on the City's open data portal. Would that data set satisfy any part of your request?

2. For the reports themselves, do you want the officers' supplements, the supervisor's force review, or both? The supplements contain data on victims, witnesses and juveniles that are private or confidential under Minn. Stat. 13.82 and must be redacted before release, which adds time and cost.

3. Would you consider narrowing the time frame (for example, calendar year 2025 only)?

Please respond through the Public Records Center. Your request is on hold until we hear from you. If there is no response within 30 days the request may be closed.

Nils Hagen, Data Practices Analyst, MPD Records Information Unit"

To respond, log in to the Public Records Center:
https://minneapolismn.govqa.us/WEBAPP/_rs/(S(k2v0))/RequestLogin.aspx''', 's020')

# ---------- 021 KSP referral of the overtime request to the Personnel Cabinet (REQ-014)
r = R(14)
add('021-ksp-referral-personnel.eml', message([
    'From: KSP Open Records <ksp.openrecords@ky.gov>', 'To: Records Desk <records+req-014@records.example.org>',
    H('Subject', 'RE: ' + r['subject']), 'Date: Tue, 15 Sep 2026 10:05:33 -0400', 'Message-ID: <%s@KYWMBX04.ky.gov>' % hx('s021', 32),
    'In-Reply-To: ' + r['message_id'], 'References: ' + r['message_id'], 'Thread-Topic: ' + r['subject'][:60]],
    text_part('''Mr. Moreno,

Your request has been assigned OR-26-1209.

KSP does not maintain the payroll records you describe. Pay for Kentucky State Police troopers, including overtime, is processed in the Kentucky Human Resource Information System (KHRIS), which is administered by the Personnel Cabinet. Pursuant to KRS 61.872(4), you are notified that the official custodian of those records is:

Official Custodian of Records
Personnel Cabinet, Office of Legal Services
501 High Street, 3rd Floor
Frankfort, KY 40601
personnel.openrecords@ky.gov

Please direct your request to that office. KSP is closing OR-26-1209.

KSP Open Records
Kentucky State Police

-----Original Message-----
From: Records Desk <records@records.example.org>
Sent: Monday, September 14, 2026 2:16 PM
To: KSP Open Records <ksp.openrecords@ky.gov>
Subject: ''' + r['subject'] + '\n\n' + REQTEXT[14], 'plain', 'us-ascii', '7bit')))

# ---------- 022 Albuquerque three-day letter with redaction-time estimate (REQ-007)
t022 = '''A message was added to your request #26-14655 by Albuquerque Police Department:

Dear Requester,

This letter is sent as required by NMSA 1978, Section 14-2-8(D). The Albuquerque Police Department has located 11 on-body recording device (OBRD) recordings from six officers, totaling approximately 9 hours and 20 minutes. Each recording must be viewed in full and redacted as required by law before release. APD's video redaction staff estimate this review will take about 28 hours of work.

The City will provide the recordings, or a further written response, on or before October 23, 2026. There is no charge for recordings delivered electronically through this portal.

Sincerely,
IPRA Unit, Albuquerque Police Department'''
nextrequest('022-abq-nextrequest-3day-letter.eml', 'Tue, 15 Sep 2026 22:10:19 +0000', 'records+req-007@records.example.org',
            'City of Albuquerque record request #26-14655 - new message',
            ''.join('<p>%s</p>\n' % html.escape(p).replace('\n', '<br>') for p in t022.split('\n\n')) +
            '<p><a href="https://nextrequest.cabq.gov/requests/26-14655">View request #26-14655</a></p>', 's022',
            text=t022 + '\n\nView request #26-14655: https://nextrequest.cabq.gov/requests/26-14655')

# ---------- 023 Tulsa records clerk (city domain) fee estimate for video redaction (REQ-009)
add('023-tulsa-clerk-video-estimate.eml', message([
    'From: Dana Whitfield <dwhitfield@cityoftulsa.org>', 'To: "records@records.example.org" <records@records.example.org>',
    'Subject: Video estimate - Peoria Ave stop 8/21/26', 'Date: Wed, 16 Sep 2026 09:12:40 -0500',
    'Message-ID: ' + outlook_mid('s023', 'namprd18')] + outlook_extra('s023', 'Video estimate - Peoria Ave stop 8/21/26'),
    alt('s023', '''Good morning,

I\u2019m following up on your request to Tulsa Police for body camera video of the traffic stop on North Peoria Avenue on August 21.

TPD located video from four officers, about 3 hours 10 minutes total. Under the City\u2019s open records fee schedule for law enforcement recordings, video that has to be reviewed and redacted is charged for staff time. Estimated review/redaction time is 6.5 hours at $39.00 per hour = $253.50. Delivery by download link is free (a USB drive is $5.00 if you prefer).

The fee has to be paid before redaction begins. You can pay by check made out to \u201cCity of Tulsa\u201d or by card at the Police Records window, 600 Civic Center. Once payment is received the video is usually ready in 7-10 business days.

Please note portions of the video may be obscured as allowed by 51 O.S. \u00a7 24A.8(A)(10)(b). This estimate is good for 30 days; if we don\u2019t hear from you by then the request will be closed.

Thanks,

Dana Whitfield
Records Clerk | City of Tulsa
Police Records Section
918-596-9140''', charset='windows-1252')))

# ---------- 024 KSP KRS 61.872(5) delay letter, PDF only, personal .gov address (REQ-013)
letter = ksp_head + ['September 16, 2026', '', 'Alex Moreno', 'Prairie Ledger Records Desk', 'Via email: records@records.example.org', '',
    'RE: Open Records Request OR-26-1187 (use-of-force reports, 2024-2025)', '', 'Dear Mr. Moreno:', '',
    'This is the Kentucky State Police response to the above request, which KSP received on September 9, 2026.',
    '',
    'KSP has identified approximately 214 use-of-force reports for calendar years 2024 and 2025. These reports are maintained in the Professional Standards Branch database and in paper files at the sixteen Posts. Before release, each report must be reviewed for information exempt under KRS 61.878(1)(a), KRS 61.878(1)(h) and KRS 17.150(2), including reports connected to pending criminal investigations.',
    '',
    'Pursuant to KRS 61.872(5), the records are in active use and storage and are not immediately available. The earliest date on which the records will be available is October 16, 2026. KSP will provide the non-exempt records, and an explanation of any redactions or withholding, on or before that date.',
    '', 'Sincerely,', '', 'Lisa M. Brenner', 'Official Custodian of Records', 'Kentucky State Police']
pdfb = pdf(letter, 'OR-26-1187 Response')
b = boundary('s024')
ph, pb = multipart('mixed', [alt('s024', 'See attached.\n\nLisa M. Brenner\nOfficial Custodian of Records | Kentucky State Police\n(502) 782-1800'),
                             attach(pdfb, 'application/pdf', 'OR-26-1187 Response.pdf')], b)
add('024-ksp-delay-letter-pdf.eml', message([
    'From: "Brenner, Lisa M (KSP)" <LisaM.Brenner@ky.gov>', 'To: "records@records.example.org" <records@records.example.org>',
    'Subject: Open Records Request', 'Date: Wed, 16 Sep 2026 14:40:06 -0400', 'Message-ID: <%s@KYWMBX07.ky.gov>' % hx('s024', 32),
    'X-MS-Has-Attach: yes', 'Content-Language: en-US'], (ph, pb)))

# ---------- 025 Minneapolis denial, active criminal investigation; quotes our request naming W013592 (REQ-002)
r = R(2)
add('025-mpls-denial-bwc.eml', message([
    'From: "Lindqvist, Karen" <Karen.Lindqvist@minneapolismn.gov>', 'To: Records Desk <records+req-002@records.example.org>',
    H('Subject', 'RE: ' + r['subject']), 'Date: Thu, 17 Sep 2026 14:44:21 +0000', 'Message-ID: ' + outlook_mid('s025', 'namprd12'),
    'In-Reply-To: ' + r['message_id'], 'References: ' + r['message_id']] + outlook_extra('s025', r['subject']),
    alt('s025', '''Mr. Moreno,

This responds to your data request W013618-090326 for body-worn camera data from the August 9, 2026 officer-involved shooting near E. Lake St. and 27th Ave. S.

The Minnesota Bureau of Criminal Apprehension (BCA) is conducting the criminal investigation of this incident, and the Hennepin County Attorney's Office has not made a charging decision. Body-worn camera data that document the discharge of a firearm by a peace officer are generally public under Minn. Stat. 13.825, subd. 2. However, portable recording system data that are part of an active criminal investigation are classified by Minn. Stat. 13.82, subd. 7, as confidential or protected nonpublic while the investigation remains active. Your request is therefore denied at this time.

When the investigation becomes inactive (for example, after a decision not to charge or the final disposition of any charges), the data will be reviewed again and you may resubmit your request.

Karen Lindqvist
Supervisor, Records Information Unit
Minneapolis Police Department
Public Service Building, 505 Fourth Ave. S., Minneapolis, MN 55415''' + quote_outlook(
        'Records Desk <records@records.example.org>', 'Wednesday, September 2, 2026 1:38 PM', 'MPD Police Records <policerecords@minneapolismn.gov>',
        r['subject'], REQTEXT[2]))))

# ---------- 026 Albuquerque: excessively burdensome or broad, more time (REQ-006), HTML only
nextrequest('026-abq-nextrequest-burdensome.eml', 'Thu, 17 Sep 2026 17:20:48 +0000', 'records+req-006@records.example.org',
            'City of Albuquerque record request #26-14237 - new message', '''<p>A message was added to your request <b>#26-14237</b> by Albuquerque Police Department:</p>
<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:12px">
<p>Dear Requester,</p>
<p>The City of Albuquerque has determined that your request is excessively burdensome or broad within the meaning of NMSA 1978, Section 14-2-10. Your request covers every use-of-force report completed in 2025&nbsp;&mdash; approximately 2,400 Level 1, 2 and 3 reports held by the Force Investigation Section and the Internal Affairs Force Division&nbsp;&mdash; together with the Force Review Board materials for the year. Each report must be reviewed and redacted before release.</p>
<p>Additional time is needed. The City anticipates providing the first set of records, or a further response, on or before <b>October 30, 2026</b>. Records will be released on a rolling basis through this portal as they are ready.</p>
<p>IPRA Unit, Albuquerque Police Department</p></blockquote>
<p><a href="https://nextrequest.cabq.gov/requests/26-14237">View request #26-14237</a></p>''', 's026')

# ---------- 027 colleague forwards LMPD denial of BWC request (REQ-012), pending investigation
fwd_inner = '''Ms. Raman,

This is in response to your open records request received September 11, 2026, for body-worn camera video related to the vehicle pursuit on Dixie Highway on August 27, 2026. The request has been assigned ORR2026-04602.

Your request is denied. The pursuit, and the use of force at its conclusion, are the subject of an open criminal investigation by the LMPD Public Integrity Unit, and the case has been presented to the Commonwealth's Attorney. The body-worn camera recordings are the central evidence in that investigation. Release before the prosecutor's decision would harm the agency by prematurely disclosing the evidence and the statements of witnesses who have not yet testified, and could affect the ability to seat an unbiased jury. The records are therefore exempt under KRS 61.878(1)(h) and KRS 17.150(2). In addition, KRS 61.168(4) permits an agency to withhold body-worn camera recordings that are part of an ongoing investigation.

The records may be available for inspection after prosecution is completed or a decision is made to take no action.

Tasha Greenwell
Open Records Unit
Louisville Metro Police Department'''
fwd = '''FYI - LMPD sent this one to me instead of the desk address (I was cc'd on the Dixie Highway request). Can someone log it?

- Priya

---------- Forwarded message ---------
From: LMPD Open Records <LMPDOpenRecords@louisvilleky.gov>
Date: Thu, Sep 17, 2026 at 2:05 PM
Subject: ORR2026-04602
To: Priya Raman <praman@records.example.org>


''' + fwd_inner
fwd_html = ('<div dir="ltr">FYI - LMPD sent this one to me instead of the desk address (I was cc&#39;d on the Dixie Highway request). Can someone log it?'
            '<div><br></div><div>- Priya</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
            'From: <strong class="gmail_sendername" dir="auto">LMPD Open Records</strong> <span dir="auto">&lt;<a href="mailto:LMPDOpenRecords@louisvilleky.gov">'
            'LMPDOpenRecords@louisvilleky.gov</a>&gt;</span><br>Date: Thu, Sep 17, 2026 at 2:05 PM<br>Subject: ORR2026-04602<br>To: Priya Raman &lt;'
            '<a href="mailto:praman@records.example.org">praman@records.example.org</a>&gt;<br></div><br><br>'
            + ''.join('<p>%s</p>' % html.escape(p).replace('\n', '<br>') for p in fwd_inner.split('\n\n')) + '</div></div>\n')
add('027-fwd-lmpd-denial-bwc.eml', message([
    'From: Priya Raman <praman@records.example.org>', 'To: Records Desk <records@records.example.org>', 'Subject: Fwd: ORR2026-04602',
    'Date: Thu, 17 Sep 2026 15:55:12 -0400', 'Message-ID: <CAJx7k%s@mail.gmail.com>' % hx('s027', 30),
    'In-Reply-To: <%s@SN4PR05MB7711.namprd05.prod.outlook.com>' % hx('s027in', 24),
    'References: <%s@SN4PR05MB7711.namprd05.prod.outlook.com>' % hx('s027in', 24)],
    alt('s027', fwd, fwd_html, 'gmail')))

# ---------- 028 Denver fee estimate with PDF estimate sheet (REQ-004)
m014 = outlook_mid('s014', 'namprd06')
est = pdf(['DENVER POLICE DEPARTMENT - RECORDS UNIT', 'RECORDS REQUEST COST ESTIMATE', '', 'Request No.: 2026-PDR-0871',
           'Requester: Alex Moreno, Prairie Ledger', 'Date: September 18, 2026', '',
           'Records: Use-of-force reports 2024-2025 (618 reports); Use of Force Review Board summaries 2024-2025', '',
           'Research and retrieval (estimated)          14.0 hours', 'Less first hour (no charge)                  -1.0 hours',
           'Billable hours                               13.0 hours', 'Rate (C.R.S. 24-72-205(6))                $33.58 / hour',
           'ESTIMATED TOTAL                             $436.54', '',
           'Payment in full is required before records are produced. Checks payable to "Manager of Finance".',
           'This estimate is valid for 30 days.'], '2026-PDR-0871 Estimate')
b = boundary('s028')
ph, pb = multipart('mixed', [alt('s028', '''Mr. Moreno,

Attached is the cost estimate for request 2026-PDR-0871.

We estimate 14 hours of research and retrieval time to locate, copy and review the 618 use-of-force reports and the Review Board summaries. The first hour is free; the remaining 13 hours are billed at $33.58 per hour as allowed by C.R.S. 24-72-205(6), for an estimated total of $436.54. Payment is required before we begin pulling the files. If the actual time is less, you will only be charged for the actual time.

If you would like to reduce the cost, you could narrow the request (for example, to 2025 only, or to reports involving a Level 1 or Level 2 use of force). Please let me know within 30 days whether you wish to proceed; if we do not hear from you, the request will be closed.

Marisol Ortega-Baca
Records Supervisor | Records Unit
Denver Police Department'''), attach(est, 'application/pdf', '2026-PDR-0871 Estimate.pdf')], b)
r = R(4)
add('028-dpd-fee-estimate.eml', message([
    'From: "Ortega-Baca, Marisol - PD Records Unit" <Marisol.Ortega-Baca@denvergov.org>', 'To: "records+req-004@records.example.org" <records+req-004@records.example.org>',
    H('Subject', 'RE: ' + r['subject']), 'Date: Fri, 18 Sep 2026 16:18:27 +0000', 'Message-ID: ' + outlook_mid('s028', 'namprd06'),
    'In-Reply-To: ' + m014, 'References: %s %s %s' % (r['message_id'], m006, m014)] + outlook_extra('s028', r['subject'], True), (ph, pb)))

# ---------- 029 Tulsa HR clarification, via Google Group, city domain, no thread headers (REQ-010)
r = R(10)
add('029-tulsa-hr-clarify-ggroup.eml', message(ggroup('Gwen Harjo', 'gharjo@cityoftulsa.org') + [
    'To: "records@records.example.org" <records@records.example.org>', H('Subject', 'RE: ' + r['subject']),
    'Date: Tue, 22 Sep 2026 15:05:16 +0000', 'Message-ID: ' + outlook_mid('s029', 'namprd18')] + outlook_extra('s029', r['subject']),
    alt('s029', '''Mr. Moreno,

Your open records request for Tulsa Police overtime was forwarded to Human Resources, which maintains payroll for all City departments. Before I can run the report I need a few clarifications:

1) Do you want overtime for each individual employee (name, rank, division), or totals by division?
2) "Overtime" in our payroll system includes regular OT, holiday OT, court time and call-back pay. Do you want all of these pay codes, or only regular OT?
3) Calendar years 2024 and 2025, or fiscal years (the City's fiscal year runs July 1 to June 30)?

Once I hear back I can let you know if there will be any cost.

Thank you,

Gwen Harjo
Public Records Coordinator
City of Tulsa - Human Resources
175 E. 2nd St., Tulsa, OK 74103''', charset='windows-1252')))

# ---------- 030 Denver City Attorney letter on behalf of DPD, denial (REQ-005), letter only in PDF
letter = ['DENVER CITY ATTORNEY\'S OFFICE', 'Civil Litigation Section', '201 West Colfax Avenue, Dept. 1108', 'Denver, Colorado 80202', '',
    'September 22, 2026', '', 'VIA EMAIL ONLY', 'Alex Moreno', 'Prairie Ledger Records Desk', 'records+req-005@records.example.org', '',
    'Re: Records Request No. 2026 PDR 0902 - body-worn camera recordings, August 22, 2026, Civic Center Park', '',
    'Dear Mr. Moreno:', '',
    'This office represents the Denver Police Department ("DPD") and responds on its behalf to your request dated September 8, 2026.',
    '',
    'The four body-worn camera recordings you seek are criminal justice records as defined in C.R.S. 24-72-302(4). They are evidence in a pending criminal matter arising from the August 22 arrest; the Denver District Attorney\'s Office has not yet made a filing decision as to one of the persons arrested, and the Internal Affairs Bureau has opened an administrative review of the force used.',
    '',
    'Under C.R.S. 24-72-305(5), the custodian may deny inspection of criminal justice records when disclosure would be contrary to the public interest. After weighing the public interest in the recordings against the harm that release could cause to the ongoing investigation and to the fair-trial rights of the accused, the custodian has determined that release at this time would be contrary to the public interest. No complaint of peace officer misconduct has been filed that would trigger the release provisions of C.R.S. 24-31-902(2). Your request is therefore denied at this time.',
    '',
    'DPD will re-evaluate the request when the criminal matter is resolved. You may renew the request at that time, and you may apply to the district court for an order under C.R.S. 24-72-305(7).',
    '', 'Sincerely,', '', 'Graham Pettit', 'Assistant City Attorney', 'cc: Marisol Ortega-Baca, Records Supervisor, DPD Records Unit']
pdfb = pdf(letter, 'Letter to A. Moreno re 2026 PDR 0902')
b = boundary('s030')
ph, pb = multipart('mixed', [alt('s030', '''Mr. Moreno:

Please see the attached letter responding, on behalf of the Denver Police Department, to your request for body-worn camera recordings.

Graham Pettit
Assistant City Attorney | Civil Litigation Section
Denver City Attorney's Office
720-913-3100

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information.'''),
                             attach(pdfb, 'application/pdf', '2026-09-22 Ltr to Moreno (DPD records request).pdf')], b)
add('030-denver-city-attorney-letter.eml', message([
    'From: "Pettit, Graham - CAO Assistant City Attorney" <Graham.Pettit@denvergov.org>', 'To: "records+req-005@records.example.org" <records+req-005@records.example.org>',
    'Cc: "Ortega-Baca, Marisol - PD Records Unit" <Marisol.Ortega-Baca@denvergov.org>',
    'Subject: Response to records request - Denver Police Department', 'Date: Tue, 22 Sep 2026 19:15:44 +0000',
    'Message-ID: ' + outlook_mid('s030', 'namprd06')] + outlook_extra('s030', 'Response to records request - Denver Police Department', True), (ph, pb)))

# ---------- 031 Colorado POST fee estimate (REQ-016)
m019 = '<%s@coag.gov>' % hx('s019', 26).lower()
add('031-copost-fee-estimate.eml', message([
    'From: Colorado POST Records <post.records@coag.gov>', 'To: records+req-016@records.example.org',
    'Subject: RE: CORA-2026-0413 - Receipt of CORA Request (POST)', 'Date: Wed, 23 Sep 2026 11:40:03 -0600',
    'Message-ID: <%s@coag.gov>' % hx('s031', 26).lower(), 'In-Reply-To: ' + m019, 'References: %s %s' % (m016, m019)],
    text_part('''Dear Mr. Moreno,

We have completed our initial search for CORA-2026-0413. The POST Board acted on 47 certification revocations between January 1, 2021 and today. Each file must be retrieved and reviewed for information that must be withheld or redacted, such as criminal history record information from CCIC/NCIC, Social Security numbers, medical information and the home addresses of officers.

We estimate that 22 hours of research and retrieval time will be needed. Under C.R.S. 24-72-205(6) the first hour is provided at no charge, and the remaining 21 hours are charged at $33.58 per hour, for an estimated total of $705.18. Department policy requires payment before the records are produced. If the actual time is less than estimated, the difference will be refunded.

As an alternative at no cost, the POST Board's list of revoked certifications (officer name, agency, date and statutory basis of revocation) is posted on the POST website.

Please let me know whether you would like to proceed, narrow the request, or accept the public list. We will hold the request for 30 days.

Regards,

Renata Cole
CORA Coordinator, POST Unit
Colorado Department of Law''', 'plain', 'us-ascii', '7bit')))

# ---------- 032 KSP clarification, number assigned in body, quotes request (REQ-015)
r = R(15)
add('032-ksp-clarify-video.eml', message([
    'From: "Brenner, Lisa M (KSP)" <LisaM.Brenner@ky.gov>', 'To: Records Desk <records+req-015@records.example.org>',
    H('Subject', 'RE: ' + r['subject']), 'Date: Wed, 23 Sep 2026 15:30:52 -0400', 'Message-ID: <%s@KYWMBX07.ky.gov>' % hx('s032', 32),
    'In-Reply-To: ' + r['message_id'], 'References: ' + r['message_id']],
    alt('s032', '''Mr. Moreno,

Your request has been assigned OR-26-1241.

To search our video management system we need more specific information about the stop. Please provide the approximate time of the stop, the nearest mile marker, and if known the driver's name, a vehicle description, or the KSP citation or incident number. I-64 in Shelby County is patrolled by Post 12 (Frankfort) and by Commercial Vehicle Enforcement, and knowing which unit made the stop will help us locate any recording.

Your request will be held until we receive this information. If we do not hear from you within 14 days, the request will be considered withdrawn.

Lisa M. Brenner
Official Custodian of Records | Kentucky State Police''' + quote_outlook('Records Desk <records@records.example.org>', 'Thursday, September 17, 2026 10:02 AM',
                                                                           'KSP Open Records <ksp.openrecords@ky.gov>', r['subject'], REQTEXT[15]))))

# ---------- 033 Minneapolis City Clerk data practices: reassigned to Finance (REQ-003)
add('033-mpls-reassigned-finance.eml', message([
    'From: "Vue, Jordan" <Jordan.Vue@minneapolismn.gov>', 'To: records+req-003@records.example.org',
    'Subject: Your data request W013702-091026 - reassigned', 'Date: Tue, 29 Sep 2026 15:02:18 +0000',
    'Message-ID: ' + outlook_mid('s033', 'namprd12')] + outlook_extra('s033', 'Your data request W013702-091026 - reassigned'),
    alt('s033', '''Hello Mr. Moreno,

Your request for MPD overtime and extra-duty pay was submitted to the Police Department's Records Information Unit. Payroll data for all City employees, including sworn MPD staff, are maintained by Finance and Property Services (Payroll) and Human Resources; MPD does not keep a separate copy.

I have reassigned your request to the Finance and Property Services data practices contact, who will respond to you under the same reference number, W013702-091026.

Please note that off-duty (extra-duty) work paid directly by outside employers does not run through City payroll, so the City may not have payment records for that work. Finance will let you know what they find.

Jordan Vue
Data Practices Specialist
Office of the City Clerk | City of Minneapolis''')))

# ---------- 034 vendor webinar (request: null)
web = '''<html><body style="font-family:Segoe UI,Arial,sans-serif;background:#eef2f5;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#fff">
<tr><td style="background:#13294b;color:#fff;padding:18px;font-size:20px">ClearFrame Redaction | Live Webinar</td></tr>
<tr><td style="padding:20px;font-size:15px;line-height:1.5">
<p><b>Cutting body-worn camera redaction time in half</b><br>Thursday, October 8, 2026 &middot; 11:00 a.m. MT</p>
<p>Records units are receiving more video requests than ever, and every hour of footage can mean three to five hours of manual redaction. Join records supervisors from two mid-sized police departments to learn how automated face and plate detection, audio muting and batch exports are shortening turnaround times and making fee estimates more accurate.</p>
<ul><li>Building defensible redaction-time estimates for open records requests</li><li>Integrations with GovQA, NextRequest and JustFOIA portals</li><li>Handling &ldquo;pending investigation&rdquo; holds and partial releases</li></ul>
<p><a href="https://clearframe-redact.example.com/webinar?utm_source=list" style="background:#e87722;color:#fff;padding:10px 18px;text-decoration:none">Reserve my seat</a></p>
</td></tr><tr><td style="padding:12px 20px;font-size:11px;color:#888">You received this email because you registered for a ClearFrame resource. <a href="https://clearframe-redact.example.com/unsub">Unsubscribe</a> &middot; ClearFrame Inc., 410 17th St., Denver, CO 80202</td></tr>
</table></td></tr></table></body></html>'''
add('034-vendor-webinar.eml', message([
    'From: ClearFrame Redaction <events@clearframe-redact.example.com>', 'To: records@records.example.org',
    'Subject: Webinar Oct 8: cutting body-worn camera redaction time in half', 'Date: Tue, 29 Sep 2026 17:30:00 +0000',
    'Message-ID: <0100019a2c.%s-000000@email.clearframe-redact.example.com>' % hx('s034', 20).lower(),
    'List-Unsubscribe: <https://clearframe-redact.example.com/unsub>', 'Precedence: bulk'],
    text_part(web, 'html', 'utf-8', 'quoted-printable')))

# ---------- 035 Colorado POST acknowledgment, named-officer request (REQ-017)
add('035-copost-ack-named-officer.eml', message([
    'From: Colorado POST Records <post.records@coag.gov>', 'To: records+req-017@records.example.org',
    'Subject: CORA-2026-0458 - Receipt of CORA Request (POST)', 'Date: Thu, 01 Oct 2026 08:50:44 -0600',
    'Message-ID: <%s@coag.gov>' % hx('s035', 26).lower()],
    text_part('''Dear Mr. Moreno,

This confirms that the Colorado Department of Law, on behalf of the Peace Officer Standards and Training (POST) Board, received your Colorado Open Records Act request on September 30, 2026. Your request has been assigned number CORA-2026-0458.

Your request: records of any revocation (decertification) of the peace officer certification of Darren M. Kestrel, formerly of the Denver Police Department, including any notice of revocation, complaint, or Board order.

Under C.R.S. 24-72-203(3)(b), the Department will respond within three working days, unless extenuating circumstances require up to seven additional working days. Please note that state offices are closed on Monday, October 5, for Cabrini Day.

Regards,

Renata Cole
CORA Coordinator, POST Unit
Colorado Department of Law''', 'plain', 'us-ascii', '7bit')))

# ---------- 036 Minneapolis GovQA bare update notice (REQ-001)
govqa_mpls('036-mpls-govqa-updated.eml', 'Fri, 02 Oct 2026 14:00:31 +0000', 'records+req-001@records.example.org',
           'W013592-090126', ' - Updated', '''Dear Alex Moreno,

Your request W013592-090126 has been updated. To view the update, log in to the Minneapolis Public Records Center:
https://minneapolismn.govqa.us/WEBAPP/_rs/(S(k2v0))/RequestLogin.aspx''', 's036')

# ---------- 037 Albuquerque NextRequest closed: no responsive records (REQ-008), number first seen here
nextrequest('037-abq-nextrequest-no-records-ot.eml', 'Mon, 05 Oct 2026 21:33:09 +0000', 'records+req-008@records.example.org',
            'Your City of Albuquerque record request #26-15120 has been closed', '''<p>Your record request <b>#26-15120</b> has been closed by the City of Albuquerque with the following message:</p>
<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:12px">
<p>The Albuquerque Police Department and the Department of Finance and Administrative Services searched for records showing overtime paid to personnel assigned to the Real Time Crime Center during fiscal year 2026.</p>
<p>The City's payroll system does not record assignment to the Real Time Crime Center. RTCC officers and civilian analysts are coded to their home division cost centers, and overtime is reported by employee and cost center only. The City therefore has no records responsive to your request as written. IPRA does not require a public body to create a new record by compiling information from other records.</p>
<p>You may submit a new request for overtime payments to named employees, or by cost center.</p></blockquote>
<p>Request text: Records showing overtime hours and overtime pay for APD Real Time Crime Center personnel, July 1, 2025 - June 30, 2026.</p>
<p><a href="https://nextrequest.cabq.gov/requests/26-15120">View request #26-15120</a></p>''', 's037')

# ---------- 038 Colorado POST no records for the named officer (REQ-017)
m035 = '<%s@coag.gov>' % hx('s035', 26).lower()
add('038-copost-no-records.eml', message([
    'From: Colorado POST Records <post.records@coag.gov>', 'To: records+req-017@records.example.org',
    'Subject: RE: CORA-2026-0458 - Receipt of CORA Request (POST)', 'Date: Tue, 06 Oct 2026 13:25:37 -0600',
    'Message-ID: <%s@coag.gov>' % hx('s038', 26).lower(), 'In-Reply-To: ' + m035, 'References: ' + m035],
    text_part('''Dear Mr. Moreno,

The POST Board has completed its search for records responsive to CORA-2026-0458. POST has no record of a revocation of the certification of Darren M. Kestrel, of any notice of intent to revoke, or of any complaint or referral to the Board concerning him. Accordingly, there are no records responsive to your request.

For your information, a certification that has not been revoked remains on file with POST after an officer separates from an agency. Questions about the officer's employment history should be directed to the Denver Police Department.

This completes the Department's response to CORA-2026-0458.

Regards,

Renata Cole
CORA Coordinator, POST Unit
Colorado Department of Law''', 'plain', 'us-ascii', '7bit')))

# ---------- 039 Postfix bounce of our follow-up to POST (cc to a departed staffer) (REQ-016)
m031 = '<%s@coag.gov>' % hx('s031', 26).lower()
b = boundary('s039', 'java')
pf = '''This is the mail system at host mx2.coag.gov.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jpalladino@coag.gov>: host coag-gov.mail.protection.outlook.com[52.101.41.6]
    said: 550 5.1.1 <jpalladino@coag.gov>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)
'''
status = '''Reporting-MTA: dns; mx2.coag.gov
X-Postfix-Queue-ID: 4Yq2Lm1Tz8z9sWc
X-Postfix-Sender: rfc822; records@records.example.org
Arrival-Date: Wed,  7 Oct 2026 09:14:22 -0600 (MDT)

Final-Recipient: rfc822; jpalladino@coag.gov
Original-Recipient: rfc822;jpalladino@coag.gov
Action: failed
Status: 5.1.1
Remote-MTA: dns; coag-gov.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.1 <jpalladino@coag.gov>: Recipient address
    rejected: User unknown
'''
orig = '''Received: from mail-yw1-f178.google.com (mail-yw1-f178.google.com [209.85.128.178])
	by mx2.coag.gov (Postfix) with ESMTPS id 4Yq2Lm1Tz8z9sWc; Wed,  7 Oct 2026 09:14:22 -0600 (MDT)
From: Records Desk <records@records.example.org>
To: Colorado POST Records <post.records@coag.gov>
Cc: jpalladino@coag.gov
Subject: RE: CORA-2026-0413 - Receipt of CORA Request (POST)
Date: Wed, 7 Oct 2026 11:14:15 -0400
Message-ID: <req-016.20261007.2@records.example.org>
In-Reply-To: %s
References: <req-016.20260909.1@records.example.org> %s
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
''' % (m031, m031)
ph, pb = multipart('report', [(['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], pf),
                              (['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], status),
                              (['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'], orig)],
                   b, 'report-type=delivery-status')
add('039-bounce-postfix-copost-cc.eml', message([
    'Return-Path: <>', 'From: MAILER-DAEMON@mx2.coag.gov (Mail Delivery System)', 'To: records@records.example.org',
    'Subject: Undelivered Mail Returned to Sender', 'Date: Wed,  7 Oct 2026 09:14:25 -0600 (MDT)',
    'Message-ID: <20261007151425.7C1E2A0431@mx2.coag.gov>', 'Auto-Submitted: auto-replied'], (ph, pb)))

# ---------- 040 colleague forwards, as an attachment, KSP no-records letter for the I-64 video (REQ-015)
inner = '''From: "Brenner, Lisa M (KSP)" <LisaM.Brenner@ky.gov>
To: Priya Raman <praman@records.example.org>
Subject: KSP Open Records OR-26-1241
Date: Fri, 9 Oct 2026 10:14:37 -0400
Message-ID: <%s@KYWMBX07.ky.gov>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Ms. Raman,

Thank you for the additional details you provided for request OR-26-1241 (approximately 4:40 p.m., near mile marker 38, silver pickup).

KSP searched the video management system for Post 12 and for Commercial Vehicle Enforcement for August 14, 2026. No body-worn camera or in-car camera recordings responsive to your request were located. The trooper who made the stop is assigned to a unit that has not yet been issued body-worn cameras, and because the stop ended with a verbal warning, the in-car recording was not flagged for retention and was automatically purged after the 30-day retention period, before your request was received.

Because no responsive records exist, KSP cannot provide them. This is KSP's final response to OR-26-1241.

Lisa M. Brenner
Official Custodian of Records | Kentucky State Police
''' % hx('s040in', 32)
b = boundary('s040', 'gmail')
ph, pb = multipart('mixed', [alt('s040', 'KSP says there is no video for the I-64 stop - the letter came to me because I answered their clarification question. Attached for the file.\n\nPriya\n', None, 'gmail'),
                             (['Content-Type: message/rfc822; name="KSP Open Records OR-26-1241.eml"',
                               'Content-Disposition: attachment; filename="KSP Open Records OR-26-1241.eml"'], inner)], b)
add('040-fwd-attached-ksp-no-records.eml', message([
    'From: Priya Raman <praman@records.example.org>', 'To: Records Desk <records@records.example.org>', 'Subject: Fwd: KSP I-64 video',
    'Date: Fri, 9 Oct 2026 16:02:10 -0400', 'Message-ID: <CAJx7k%s@mail.gmail.com>' % hx('s040', 30)], (ph, pb)))

# ---------- 041 Tulsa video unit: video ready, redactions, case number that is not a tracking number (REQ-009)
add('041-tulsa-video-ready.eml', message([
    'From: TPD Video Release <tpdvideo@tulsapolice.org>', 'To: records@records.example.org',
    'Subject: Open Records - Video Ready for Download', 'Date: Wed, 14 Oct 2026 13:45:08 -0500',
    'Message-ID: <%s@tulsapolice.org>' % hx('s041', 24).lower()],
    alt('s041', '''Your open records video request is complete.

Incident: Traffic stop / use of force, N. Peoria Ave. & E. 36th St. N., 08/21/2026
TPD case no.: 2026-048812
Payment received: $253.50 (10/02/2026)

Four body-worn camera recordings are available for download for 30 days at:
https://tulsapolice.evidence.com/share/7f21c0d9

Portions of the recordings have been redacted or obscured as permitted by 51 O.S. 24A.8(A)(10)(b): the face and name of a juvenile passenger, a bystander's medical information, and the contents of the patrol unit's mobile data terminal screen. The audio of a portion of one recording has been muted where an officer read a driver license and date of birth aloud.

This completes your request. Please contact Police Records at 918-596-9140 with any questions.

Tulsa Police Department
Information & Technical Services Division - Video Release''', None, 'java')))

# ---------- 042 Minneapolis Finance payroll: overtime data released, CSV (REQ-003)
csvdata = '''employee_name,job_title,pay_code,ot_hours_2025,ot_pay_2025
"Abdi, Farhan",Police Officer,OT-REG,412.5,24180.33
"Abdi, Farhan",Police Officer,OT-CRT,38.0,2226.94
"Bergstrom, Lisa",Police Sergeant,OT-REG,289.0,21874.12
"Castillo, Marco",Police Officer,OT-HOL,64.0,3751.36
"Dahl, Peter",Police Lieutenant,OT-REG,118.5,10522.87
"... 1,412 further rows omitted in this test copy ...",,,,
'''.encode()
b = boundary('s042')
ph, pb = multipart('mixed', [alt('s042', '''Hello Mr. Moreno,

This responds to data request W013702-091026, reassigned to Finance and Property Services on September 29.

Attached is a spreadsheet listing, for each Minneapolis Police Department employee who was paid overtime in 2025 (the City's fiscal year is the calendar year), the employee's name, job title, overtime pay code, overtime hours and overtime pay. These data are public personnel data under Minn. Stat. 13.43, subd. 2(a). There is no charge for electronic copies.

The City does not have records of payments for off-duty work paid directly by outside employers, as explained earlier.

This completes your request.

Hannah Okonkwo
Data Practices Coordinator
Finance and Property Services | City of Minneapolis'''), attach(csvdata, 'text/csv', 'MPD_Overtime_2025_W013702.csv')], b)
add('042-mpls-finance-overtime-final.eml', message([
    'From: "Okonkwo, Hannah" <Hannah.Okonkwo@minneapolismn.gov>', 'To: records+req-003@records.example.org',
    'Cc: "Vue, Jordan" <Jordan.Vue@minneapolismn.gov>',
    'Subject: W013702-091026 - MPD overtime 2025 - response', 'Date: Thu, 15 Oct 2026 14:30:55 +0000',
    'Message-ID: ' + outlook_mid('s042', 'namprd12')] + outlook_extra('s042', 'W013702-091026 - MPD overtime 2025 - response', True), (ph, pb)))

# ---------- 043 KSP final response letter, PDF only, partial withholding (REQ-013)
letter = ksp_head + ['October 16, 2026', '', 'Alex Moreno', 'Prairie Ledger Records Desk', 'Via email: records@records.example.org', '',
    'RE: Open Records Request OR-26-1187 - Final Response', '', 'Dear Mr. Moreno:', '',
    'As stated in our letter of September 16, 2026, KSP identified 214 use-of-force reports completed by troopers in calendar years 2024 and 2025. This letter is KSP\'s final response to your request.',
    '',
    '1. 197 reports are provided through the secure file link sent with this letter. Home addresses, dates of birth, Social Security numbers, driver\'s license numbers and medical information of private individuals have been redacted under KRS 61.878(1)(a), because disclosure would be a clearly unwarranted invasion of personal privacy and reveals nothing about the conduct of the agency.',
    '',
    '2. 17 reports are withheld in full under KRS 61.878(1)(h) and KRS 17.150(2). Each relates to an incident that is the subject of a pending criminal investigation or prosecution, and release before the prosecution is completed would harm the agency by revealing evidence and the identities of witnesses before trial. These reports may be requested again after the cases are concluded.',
    '',
    'Under KRS 61.880(2), you may ask the Attorney General to review this decision by sending a copy of your request and this response to the Office of the Attorney General.',
    '', 'Sincerely,', '', 'Lisa M. Brenner', 'Official Custodian of Records', 'Kentucky State Police']
pdfb = pdf(letter, 'OR-26-1187 Final Response')
b = boundary('s043')
ph, pb = multipart('mixed', [alt('s043', 'Please see the attached letter. The released records are available at https://kystatepolice.sharefile.com/d-s8a81c2 (link expires in 14 days).\n\nLisa M. Brenner\nOfficial Custodian of Records | Kentucky State Police'),
                             attach(pdfb, 'application/pdf', 'OR-26-1187 Final Response.pdf')], b)
add('043-ksp-final-pdf.eml', message([
    'From: "Brenner, Lisa M (KSP)" <LisaM.Brenner@ky.gov>', 'To: "records@records.example.org" <records@records.example.org>',
    'Subject: Open Records Request - Final Response', 'Date: Fri, 16 Oct 2026 10:20:41 -0400', 'Message-ID: <%s@KYWMBX07.ky.gov>' % hx('s043', 32),
    'X-MS-Has-Attach: yes', 'Content-Language: en-US'], (ph, pb)))

# ---------- 044 Minneapolis GovQA: cost estimate after clarification (REQ-001)
govqa_mpls('044-mpls-govqa-cost-estimate.eml', 'Tue, 20 Oct 2026 15:05:12 +0000', 'records+req-001@records.example.org',
           'W013592-090126', ' - Invoice Issued', '''Dear Alex Moreno,

An invoice has been issued for your request W013592-090126. Staff included the following message:

"Based on your clarification (officer supplements and supervisor force reviews, calendar years 2024 and 2025), we identified 1,106 use-of-force incidents, about 3,950 pages. Because the request is for more than 100 pages, Minn. Stat. 13.03, subd. 3(c), allows the City to charge the actual cost of searching for and retrieving the data, including employee time, and of making and electronically transmitting the copies. We estimate 48.5 hours of staff time at $24.84 per hour, for an estimated total of $1,204.74. Payment in full is required before copies are provided. You may instead inspect the data free of charge at the Public Service Building by appointment. If you would like to narrow the request to reduce the cost, please let us know.

Nils Hagen, Data Practices Analyst, MPD Records Information Unit"

Invoice amount: $1,204.74
To view and pay the invoice, log in to the Public Records Center:
https://minneapolismn.govqa.us/WEBAPP/_rs/(S(k2v0))/RequestLogin.aspx''', 's044')

# ---------- 045 Albuquerque rolling release of OBRD video, more to come (REQ-007)
t045 = '''Documents have been released for your request #26-14655:

  OBRD_26-14655_Officer1_01.mp4
  OBRD_26-14655_Officer1_02.mp4
  OBRD_26-14655_Officer2_01.mp4
  OBRD_26-14655_Officer3_01.mp4
  OBRD_26-14655_Officer5_01.mp4

Message from Albuquerque Police Department:

This is a partial release. Five of the eleven recordings are now available. Faces of uninvolved bystanders and of a juvenile have been blurred, and a portion of audio containing a witness's date of birth and phone number has been muted. The remaining six recordings are still being reviewed; we expect to release them on or before November 13, 2026.

IPRA Unit, Albuquerque Police Department'''
nextrequest('045-abq-nextrequest-partial-release.eml', 'Thu, 22 Oct 2026 16:40:22 +0000', 'records+req-007@records.example.org',
            'City of Albuquerque record request #26-14655 - documents released',
            ''.join('<p>%s</p>\n' % html.escape(p).replace('\n', '<br>') for p in t045.split('\n\n')) +
            '<p><a href="https://nextrequest.cabq.gov/requests/26-14655">View request #26-14655</a></p>', 's045',
            text=t045 + '\n\nView request #26-14655: https://nextrequest.cabq.gov/requests/26-14655')

# ---------- 046 Tulsa HR closes the overtime request for non-response (REQ-010), windows-1252, no thread headers
add('046-tulsa-hr-closed-no-response.eml', message([
    'From: Gwen Harjo <gharjo@cityoftulsa.org>', 'To: "records@records.example.org" <records@records.example.org>',
    'Subject: Open records request - TPD overtime - closed', 'Date: Fri, 23 Oct 2026 14:15:09 -0500',
    'Message-ID: ' + outlook_mid('s046', 'namprd18')] + outlook_extra('s046', 'Open records request - TPD overtime - closed'),
    text_part('''Mr. Moreno,

On September 22 I emailed you asking for clarification of your request for Tulsa Police overtime records (individual vs. division totals, which pay codes, and calendar vs. fiscal years). As of today we haven\u2019t received a response, so the request has been closed as abandoned.

You\u2019re welcome to submit a new request at any time. If you do, answering the three questions in my earlier email will help us get you the report quickly.

Gwen Harjo
Public Records Coordinator
City of Tulsa \u2013 Human Resources''', 'plain', 'windows-1252', 'quoted-printable')))

# ---------- 047 Colorado POST first production, rest by Dec 4 (REQ-016)
add('047-copost-partial-production.eml', message([
    'From: Colorado POST Records <post.records@coag.gov>', 'To: records+req-016@records.example.org',
    'Subject: CORA-2026-0413 - Partial Production 1', 'Date: Mon, 26 Oct 2026 09:00:48 -0600',
    'Message-ID: <%s@coag.gov>' % hx('s047', 26).lower()],
    text_part('''Dear Mr. Moreno,

Thank you for your payment of $705.18, received October 19, 2026, for CORA-2026-0413.

The first production is available at the secure link below: the files for 20 of the 47 revocation matters (those decided in 2021 through 2023), 1,214 pages in total. Social Security numbers, dates of birth, home addresses and medical information have been redacted, and criminal history record information obtained from CCIC/NCIC has been withheld as required by C.R.S. 24-72-305(1)(b) and federal law.

https://coag.sharefile.com/d-4a0e19b7 (expires November 25, 2026)

We anticipate producing the remaining 27 files by December 4, 2026.

Regards,

Renata Cole
CORA Coordinator, POST Unit
Colorado Department of Law''', 'plain', 'us-ascii', '7bit')))

# ---------- 048 Albuquerque IPRA specialist asks for a call; no number, no topic, no thread (REQ-007, not placeable)
add('048-abq-call-request.eml', message([
    'From: "Baca, Lorena R." <LRBaca@cabq.gov>', 'To: "records@records.example.org" <records@records.example.org>',
    'Subject: IPRA request', 'Date: Tue, 27 Oct 2026 14:47:31 +0000', 'Message-ID: ' + outlook_mid('s048', 'namprd11')]
    + outlook_extra('s048', 'IPRA request'),
    alt('s048', '''Good morning,

Could you please give me a call when you have a moment regarding your IPRA request? My direct line is 505-768-3427. I'm in the office until 4:30 today and all day tomorrow.

Thank you,

Lorena Baca
IPRA Specialist
City of Albuquerque''')))

# ---------- 049 Albuquerque NextRequest bare "new message" notice (REQ-006)
nextrequest('049-abq-nextrequest-new-message.eml', 'Fri, 30 Oct 2026 17:10:03 +0000', 'records+req-006@records.example.org',
            'City of Albuquerque record request #26-14237 - new message',
            '<p>A new message has been added to request <b>#26-14237</b>.</p>\n<p>Log in to read the message and respond.</p>\n'
            '<p><a href="https://nextrequest.cabq.gov/requests/26-14237">View request #26-14237</a></p>\n'
            '<p style="font-size:12px;color:#888">You are receiving this email because you are the requester on this request.</p>', 's049')

# ---------- 050 LMPD final release with redactions and withheld incidents (REQ-011)
r = R(11)
m015 = outlook_mid('s015', 'namprd05')
airs = '''incident_no,incident_date,division,force_type,subject_injury,officer_injury,subject_name
AIR25-0001,2025-01-02,4th,Takedown,No,No,[REDACTED 61.878(1)(a)]
AIR25-0002,2025-01-03,1st,Taser - drive stun,Minor,No,[REDACTED 61.878(1)(a)]
AIR25-0003,2025-01-03,6th,Hands - strikes,Minor,Minor,[REDACTED 61.878(1)(a)]
"... 1,381 further rows omitted in this test copy ...",,,,,,
'''.encode()
b = boundary('s050')
ph, pb = multipart('mixed', [alt('s050', '''Good afternoon,

Attached are the records responsive to your request: Administrative Incident Report data for uses of force in calendar year 2025 (1,384 incidents), in spreadsheet form.

The names, dates of birth and home addresses of the persons on whom force was used have been redacted under KRS 61.878(1)(a). Eleven incidents that are the subject of open Public Integrity Unit criminal investigations have been withheld under KRS 61.878(1)(h) and KRS 17.150(2); those incident numbers are listed on the second tab.

This completes your request.

Tasha Greenwell
Open Records Unit
Louisville Metro Police Department'''), attach(airs, 'text/csv', 'ORR2026-04471_AIR_2025_redacted.csv')], b)
add('050-lmpd-final-air-data.eml', message([
    'From: LMPD Open Records <LMPDOpenRecords@louisvilleky.gov>', 'To: Records Desk <records+req-011@records.example.org>',
    'Subject: RE: ORR2026-04471', 'Date: Fri, 30 Oct 2026 20:20:15 +0000', 'Message-ID: ' + outlook_mid('s050', 'namprd05'),
    'In-Reply-To: ' + m015, 'References: %s %s %s' % (r['message_id'], m005, m015)] + outlook_extra('s050', 'ORR2026-04471', True), (ph, pb)))

# ---------- 051 LMPD release for a request that is not in our register (request: null)
ot = '''employee,rank,division,ot_hours_2025,ot_pay_2025
"Adkins, R.",Officer,2nd,388.0,19212.40
"Bishop, K.",Sergeant,Traffic,502.5,31088.77
"... further rows omitted in this test copy ...",,,,
'''.encode()
b = boundary('s051')
ph, pb = multipart('mixed', [alt('s051', '''Ms. Okafor,

Attached are the records responsive to ORR2026-05120: overtime hours and overtime pay for LMPD sworn personnel for calendar year 2025, as provided by Louisville Metro Human Resources.

No information has been redacted. This completes your request.

Tasha Greenwell
Open Records Unit
Louisville Metro Police Department'''), attach(ot, 'text/csv', 'ORR2026-05120_LMPD_OT_2025.csv')], b)
add('051-lmpd-final-not-our-request.eml', message([
    'From: LMPD Open Records <LMPDOpenRecords@louisvilleky.gov>', 'To: "records@records.example.org" <records@records.example.org>',
    'Subject: ORR2026-05120 - Records', 'Date: Fri, 6 Nov 2026 19:42:33 +0000', 'Message-ID: ' + outlook_mid('s051', 'namprd05')]
    + outlook_extra('s051', 'ORR2026-05120 - Records', True), (ph, pb)))

# ---------- 052 Albuquerque closes the OBRD request with the rest of the video (REQ-007)
t052 = '''Your record request #26-14655 has been closed.

Message from Albuquerque Police Department:

As discussed by phone with your office on October 27, the remaining six OBRD recordings are now released. Together with the five recordings released on October 22, this completes the production of all eleven recordings located.

One recording (Officer 4, 00:41:10 to 00:58:33) shows the arrestee receiving treatment at the hospital; that segment has been withheld under NMSA 1978, Section 14-2-1(A), as a record pertaining to a physical examination and medical treatment. Faces of bystanders and a juvenile are blurred as in the earlier release.

This request is now closed.

IPRA Unit, Albuquerque Police Department'''
nextrequest('052-abq-nextrequest-closed-final.eml', 'Fri, 13 Nov 2026 18:30:40 +0000', 'records+req-007@records.example.org',
            'Your City of Albuquerque record request #26-14655 has been closed',
            ''.join('<p>%s</p>\n' % html.escape(p).replace('\n', '<br>') for p in t052.split('\n\n')) +
            '<p><a href="https://nextrequest.cabq.gov/requests/26-14655">View request #26-14655</a></p>', 's052',
            text=t052 + '\n\nView request #26-14655: https://nextrequest.cabq.gov/requests/26-14655')

# ---------- 053 Albuquerque closes the use-of-force request, law-enforcement-records withholding (REQ-006), HTML only
nextrequest('053-abq-nextrequest-closed-uof.eml', 'Fri, 20 Nov 2026 21:02:57 +0000', 'records+req-006@records.example.org',
            'Your City of Albuquerque record request #26-14237 has been closed', '''<p>Your record request <b>#26-14237</b> has been closed with the following message:</p>
<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:12px">
<p>The City has released the following records through this portal:</p>
<ul><li>Level 1 use-of-force reports for 2025 (data export, 1,712 incidents)</li>
<li>Level 2 and Level 3 use-of-force investigation reports completed in 2025 (683 reports, redacted)</li>
<li>Force Review Board agendas, minutes and case findings for 2025</li></ul>
<p>Fourteen Level 3 force investigations remain open with the Internal Affairs Force Division. Those investigation files are withheld under NMSA 1978, Section 14-2-1(D), as law enforcement records that would reveal confidential information and individuals accused but not charged with a crime, until the investigations are completed. Personal identifying information of civilians, including dates of birth and driver license numbers, has been redacted under Section 14-2-1.1.</p>
<p>With this release, the City considers your request complete.</p></blockquote>
<p><a href="https://nextrequest.cabq.gov/requests/26-14237">View request #26-14237</a></p>''', 's053')

# ---------- 054 Minneapolis first installment (REQ-001)
govqa_mpls('054-mpls-govqa-installment1.eml', 'Tue, 24 Nov 2026 16:10:27 +0000', 'records+req-001@records.example.org',
           'W013592-090126', ' - Records Released (Partial)', '''Dear Alex Moreno,

Records have been released for your request W013592-090126. Staff included the following message:

"Payment received 11/09/2026 - thank you. This is installment 1 of 2: officer supplements and supervisor force reviews for 2024 use-of-force incidents (1,942 pages). Names and other identifying data of victims, witnesses and juveniles have been redacted as required by Minn. Stat. 13.82, subd. 17, and 260B.171, and medical data under 13.384. We expect to release installment 2 (2025 incidents) by January 15, 2027.

Nils Hagen, Data Practices Analyst, MPD Records Information Unit"

To download the records, log in to the Public Records Center:
https://minneapolismn.govqa.us/WEBAPP/_rs/(S(k2v0))/RequestLogin.aspx''', 's054')

# ---------- 055 Denver final release of use-of-force reports with CCJRA withholding (REQ-004)
r = R(4)
m028 = outlook_mid('s028', 'namprd06')
add('055-dpd-final-uof.eml', message([
    'From: "Ortega-Baca, Marisol - PD Records Unit" <Marisol.Ortega-Baca@denvergov.org>', 'To: "records+req-004@records.example.org" <records+req-004@records.example.org>',
    H('Subject', 'RE: ' + r['subject']), 'Date: Thu, 3 Dec 2026 21:30:19 +0000', 'Message-ID: ' + outlook_mid('s055', 'namprd06'),
    'In-Reply-To: ' + m028, 'References: %s %s %s %s' % (r['message_id'], m006, m014, m028)] + outlook_extra('s055', r['subject']),
    alt('s055', '''Mr. Moreno,

Re: 2026-PDR-0871 - final response

Thank you for your payment of $436.54 on October 2. The records are available for download at https://denvergov.box.com/s/pdr0871 until January 4, 2027:

- 603 use-of-force reports for 2024-2025, with the names, dates of birth and addresses of civilians redacted under C.R.S. 24-72-305(5), and CCIC/NCIC criminal history information removed under C.R.S. 24-72-305(1)(b).
- Use of Force Review Board summaries for 2024 and 2025, released in full under CORA.

Fifteen reports are withheld in full at this time under C.R.S. 24-72-305(5) because they relate to criminal cases that are still pending or to open Internal Affairs investigations; the custodian has determined that release now would be contrary to the public interest. A list of the withheld report numbers is included in the download folder.

The actual time spent was 12.5 hours, so no additional charge is due. This completes request 2026-PDR-0871.

Marisol Ortega-Baca
Records Supervisor | Records Unit
Denver Police Department''')))

# ---------- 056 Colorado POST final production (REQ-016)
add('056-copost-final-production.eml', message([
    'From: Colorado POST Records <post.records@coag.gov>', 'To: records+req-016@records.example.org',
    'Subject: CORA-2026-0413 - Final Production', 'Date: Fri, 04 Dec 2026 11:00:36 -0700',
    'Message-ID: <%s@coag.gov>' % hx('s056', 26).lower()],
    text_part('''Dear Mr. Moreno,

The remaining 27 revocation files responsive to CORA-2026-0413 (matters decided in 2024 through 2026) are now available at:

https://coag.sharefile.com/d-91bb3f02 (expires January 4, 2027)

As in the first production, personal identifying information has been redacted and CCIC/NCIC criminal history information withheld. In addition, portions of three files consisting of investigative reports that the POST Board received from the employing agencies are withheld under C.R.S. 24-72-305(5), because the underlying criminal cases remain pending and the custodian has determined that disclosure would be contrary to the public interest.

This completes the Department's response to CORA-2026-0413. The actual time spent was within the estimate, so no refund or additional payment is due.

Regards,

Renata Cole
CORA Coordinator, POST Unit
Colorado Department of Law''', 'plain', 'us-ascii', '7bit')))

# ---------- 057 Minneapolis final installment, request closed (REQ-001)
govqa_mpls('057-mpls-govqa-final.eml', 'Tue, 12 Jan 2027 17:22:09 +0000', 'records+req-001@records.example.org',
           'W013592-090126', ' - Request Completed', '''Dear Alex Moreno,

Your request W013592-090126 has been completed. Staff included the following message:

"Installment 2 of 2 is now available: officer supplements and supervisor force reviews for 2025 use-of-force incidents (2,011 pages), redacted as described in our November 24 message. Eleven 2025 incidents are part of active criminal investigations; those reports are confidential under Minn. Stat. 13.82, subd. 7, and have not been released. This completes your request.

Nils Hagen, Data Practices Analyst, MPD Records Information Unit"

To download the records, log in to the Public Records Center:
https://minneapolismn.govqa.us/WEBAPP/_rs/(S(k2v0))/RequestLogin.aspx''', 's057')

# ---------- 058 Minneapolis GovQA status change to Closed, no text (REQ-001)
govqa_mpls('058-mpls-govqa-closed.eml', 'Tue, 12 Jan 2027 17:22:41 +0000', 'records+req-001@records.example.org',
           'W013592-090126', ' - Status Changed', '''Dear Alex Moreno,

The status of your request W013592-090126 has changed to: Closed.

Log in to the Minneapolis Public Records Center to view your request history:
https://minneapolismn.govqa.us/WEBAPP/_rs/(S(k2v0))/RequestLogin.aspx''', 's058')

# ---------- 059 Denver releases the BWC video after the criminal case ends (REQ-005)
add('059-dpd-bwc-released.eml', message([
    'From: "Ortega-Baca, Marisol - PD Records Unit" <Marisol.Ortega-Baca@denvergov.org>', 'To: records+req-005@records.example.org',
    'Cc: "Pettit, Graham - CAO Assistant City Attorney" <Graham.Pettit@denvergov.org>',
    'Subject: 2026 PDR 0902 - body-worn camera recordings released', 'Date: Wed, 20 Jan 2027 22:05:14 +0000',
    'Message-ID: ' + outlook_mid('s059', 'namprd06')] + outlook_extra('s059', '2026 PDR 0902 - body-worn camera recordings released'),
    alt('s059', '''Mr. Moreno,

On January 14, 2027, the Denver District Attorney's Office informed DPD that the criminal case arising from the August 22, 2026 arrest at Civic Center Park has been resolved. As stated in the City Attorney's letter of September 22, DPD has re-evaluated your request 2026 PDR 0902.

The body-worn camera recordings of the four officers are now released and can be downloaded at https://denverpd.evidence.com/share/c0e4a9 for 30 days. Faces of bystanders and of a juvenile have been blurred, and the contents of a patrol computer screen showing criminal history information have been obscured under C.R.S. 24-72-305(5) and 24-72-305(1)(b). The Internal Affairs review of the force used remains open; records of that review are not part of this release.

There is no charge for this release. This completes your request.

Marisol Ortega-Baca
Records Supervisor | Records Unit
Denver Police Department''')))


# ================================================================== write
if __name__ == '__main__':
    md = HERE / 'messages'
    md.mkdir(exist_ok=True)
    for old in md.glob('*.eml'):
        old.unlink()
    names = [fn for fn, _ in OUT]
    assert len(names) == len(set(names))
    for fn, raw in OUT:
        (md / fn).write_bytes(raw.encode('utf-8') if all(ord(c) < 128 for c in raw) else raw.encode('utf-8'))
    print('wrote %d messages' % len(OUT))
