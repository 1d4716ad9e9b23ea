"""Messages 001-020."""
from common import *  # noqa

MESSAGES = []


def msg(fn):
    def deco(f):
        MESSAGES.append((fn, f))
        return f
    return deco


PAL_FROM = 'USDA FOIA PAL <efoia-pal-noreply@usda.gov>'
PAL_HOST = ('mx-out2.efoia-pal.usda.gov', '199.141.120.37')
GCC_HOST = ('mail-bn1usg02on0719.outbound.protection.office365.us', '2001:489a:200:100::719')
NR_FROM_ADDR = 'noreply@mail.nextrequest.com'
NR_HOST = ('o7.ptr2231.mail.nextrequest.com', '149.72.154.33')


# 001 ------------------------------------------------------------------------------------------------
@msg('001-idals-bounce-dsn-cc.eml')
def m001():
    d = when('2026-09-08 10:04', '-0500')
    rid = 'REQ-207'
    orig_date = rfcdate(when('2026-09-08 10:03', '-0500'), 52)
    qid = '4M2q7K1hVbz3xTd'
    text = """This is the mail system at host mail.harvestledger.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pesticide.bureau@iowaagriculture.gov>: host
    iowaagriculture-gov.mail.protection.outlook.com[52.101.194.12] said: 550
    5.4.1 Recipient address rejected: Access denied. For more information see
    https://aka.ms/EXOSmtpErrors [BN2PEPF000044A8.namprd04.prod.outlook.com]
    (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mail.harvestledger.example.org
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; foia@harvestledger.example.org
Arrival-Date: Tue,  8 Sep 2026 10:03:52 -0500 (CDT)

Final-Recipient: rfc822; pesticide.bureau@iowaagriculture.gov
Original-Recipient: rfc822;pesticide.bureau@iowaagriculture.gov
Action: failed
Status: 5.4.1
Remote-MTA: dns; iowaagriculture-gov.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
    For more information see https://aka.ms/EXOSmtpErrors
    [BN2PEPF000044A8.namprd04.prod.outlook.com]
""" % qid
    orig_hdrs = """Return-Path: <foia@harvestledger.example.org>
Received: from desk-07.newsroom.harvestledger.example.org (unknown [10.20.4.17])
	(Authenticated sender: foia@harvestledger.example.org)
	by mail.harvestledger.example.org (Postfix) with ESMTPSA id %s;
	Tue,  8 Sep 2026 10:03:52 -0500 (CDT)
Message-ID: %s
Date: %s
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Harvest Ledger Records Desk <foia@harvestledger.example.org>
Reply-To: %s
To: records@iowaagriculture.gov
Cc: pesticide.bureau@iowaagriculture.gov
Subject: %s
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit
""" % (qid, mid_of(rid), orig_date, plus(rid), R(rid)['subject'])
    boundary = '%s.1788879892/mail.harvestledger.example.org' % qid
    part = multipart('report', [
        raw_part('text/plain; charset=us-ascii', text, [('Content-Description', 'Notification')]),
        raw_part('message/delivery-status', status, [('Content-Description', 'Delivery report')]),
        raw_part('text/rfc822-headers', orig_hdrs, [('Content-Description', 'Undelivered Message Headers')]),
    ], boundary, params='; report-type=delivery-status')
    top = [
        ('Return-Path', '<>'),
        ('Delivered-To', INBOX),
        ('Received', 'from mail.harvestledger.example.org\n\tby mail.harvestledger.example.org with LMTP\n\tid %s\n\t(envelope-from <>)\n\tfor <%s>; %s'
         % (b32('001lmtp'), INBOX, rfcdate(d, 8))),
        ('Received', 'by mail.harvestledger.example.org (Postfix)\n\tid 4M2q9B0TnPz3xTf; %s' % rfcdate(d, 7)),
        ('Date', rfcdate(d, 7)),
        ('From', 'MAILER-DAEMON@mail.harvestledger.example.org (Mail Delivery System)'),
        ('Subject', 'Undelivered Mail Returned to Sender'),
        ('To', INBOX),
        ('Auto-Submitted', 'auto-replied'),
        ('Message-Id', '<20260908150411.4M2q9B0TnPz3xTf@mail.harvestledger.example.org>'),
    ]
    return as_message(top, part)


# 002 ------------------------------------------------------------------------------------------------
@msg('002-aphis-autoreply.eml')
def m002():
    d = when('2026-09-08 11:32', '-0400')
    rid = 'REQ-201'
    body = """Thank you for contacting the Animal and Plant Health Inspection Service
(APHIS) Freedom of Information Act office.

This automated message only confirms that your email reached the APHIS
FOIA mailbox. It is not an acknowledgment of a FOIA request and no
request number has been assigned yet. If your message contains a FOIA
request, it will be logged in the order received, and you will receive
a separate acknowledgment from the USDA FOIA Public Access Link (PAL)
with your request number.

Requests may also be submitted and tracked online at
https://efoia-pal.usda.gov. Questions about an existing request can be
directed to the APHIS FOIA Requester Service Center at (301) 851-4102.
Please include your request number when you call.

APHIS FOIA and Privacy Act Office
4700 River Road, Unit 50
Riverdale, MD 20737
"""
    top = received(INBOX.replace('foia@', 'foia+req-201@'), 'APHIS.FOIA@usda.gov', d, *GCC_HOST, seed='002') + [
        ('From', 'APHIS FOIA <APHIS.FOIA@usda.gov>'),
        ('To', 'Harvest Ledger Records Desk <%s>' % plus(rid)),
        ('Subject', 'Automatic reply: %s' % R(rid)['subject']),
        ('Thread-Topic', R(rid)['subject']),
        ('Thread-Index', thread_index('002')),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('002')),
        ('References', mid_of(rid)),
        ('In-Reply-To', mid_of(rid)),
    ] + msft_ooo_headers() + [
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
    ]
    return as_message(top, text_part(body, charset='us-ascii'))


# 003 ------------------------------------------------------------------------------------------------
@msg('003-idals-ack-outlook-cp1252.eml')
def m003():
    d = when('2026-09-09 10:17', '-0500')
    rid = 'REQ-207'
    body = """Good morning,

The Department received your open records request on Tuesday, September 8, 2026. I have shared it with the Pesticide Bureau and with the Division of Soil Conservation and Water Quality, since pesticide investigations and manure complaints are kept in separate files.

A couple of things up front. Records of open investigations and some complainant information may be confidential under Iowa Code chapter 22, and if anything is withheld we\u2019ll tell you specifically what and why. We don\u2019t charge for the first half hour of staff time; if it looks like the cost will be more than $25, I\u2019ll send you an estimate before we go any further.

I\u2019ll be your contact for this request. We will get back to you as promptly as we can, and in any case within 20 calendar days.

Thank you,

Megan Ostrander
Public Records Coordinator
Iowa Department of Agriculture and Land Stewardship
Henry A. Wallace Building | 502 E. 9th Street | Des Moines, IA 50319
515-281-5322 | iowaagriculture.gov

"""
    quoted = quoted_outlook_header('Harvest Ledger Records Desk <foia@harvestledger.example.org>',
                                   'Tuesday, September 8, 2026 10:03 AM', 'IDALS Records <records@iowaagriculture.gov>',
                                   R(rid)['subject'], cc='pesticide.bureau@iowaagriculture.gov')
    body = body + '-----Original Message-----\n' + quoted + '\n\n' + request_text(rid) + '\n'
    top = received(plus(rid), 'Megan.Ostrander@iowaagriculture.gov', d,
                   'mail-bn8nam12on2112.outbound.protection.outlook.com', '40.107.237.112', seed='003') + [
        ('From', '"Ostrander, Megan [IDALS]" <Megan.Ostrander@iowaagriculture.gov>'),
        ('To', 'Harvest Ledger Records Desk <%s>' % plus(rid)),
        ('Subject', 'RE: %s' % R(rid)['subject']),
        ('Date', rfcdate(d)),
        ('Message-ID', outlook_mid('003', 'namprd12')),
        ('References', mid_of(rid)),
        ('In-Reply-To', mid_of(rid)),
    ] + outlook_headers('003', R(rid)['subject'])
    return as_message(top, text_part(body, charset='windows-1252', cte='quoted-printable'))


# 004 ------------------------------------------------------------------------------------------------
NDEE_FOOT = """NDEE Records Center | 245 Fallbrook Blvd., Suite 100 | Lincoln, NE 68521
402-471-2186 | dee.ne.gov"""

NDEE_ACK_TEXT = """Thank you. Your public records request was received on 09/09/2026
and has been logged as PRR 26-0611.

Request summary: Livestock waste control facility inspection reports
for Antelope, Knox and Pierce counties, 2022 to present; nitrate
groundwater monitoring data and correspondence, Bazile Groundwater
Management Area, 2022 to present.

Under Neb. Rev. Stat. 84-712, the Department will respond within four
business days after actual receipt of your request: by providing the
records, by a written denial, or, if the request cannot be completed
in four business days, by a written explanation and the earliest
practicable date for fulfilling it. If the cost of copies or staff
time will exceed $50, we will send an estimate before proceeding."""


@msg('004-ndee-helpdesk-ack.eml')
def m004():
    d = when('2026-09-09 15:40', '-0500')
    rid = 'REQ-208'
    text = """-- Please reply above this line --

Nebraska Department of Environment and Energy
Public Records Request PRR 26-0611

%s

Please keep "PRR 26-0611" in the subject line of any reply so it is
added to this request.

Ticket status: Open

%s
""" % (NDEE_ACK_TEXT, NDEE_FOOT)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<div style="color:#999;font-size:11px">-- Please reply above this line --</div>
<h3 style="color:#1b4f72;margin-bottom:2px">Nebraska Department of Environment and Energy</h3>
<div style="font-size:12px;color:#555">Public Records Request PRR 26-0611</div>
<p>Thank you. Your public records request was received on <b>09/09/2026</b> and has been logged as <b>PRR 26-0611</b>.</p>
<p><b>Request summary:</b> Livestock waste control facility inspection reports for Antelope, Knox and Pierce counties, 2022 to present; nitrate groundwater monitoring data and correspondence, Bazile Groundwater Management Area, 2022 to present.</p>
<p>Under Neb. Rev. Stat. 84-712, the Department will respond within four business days after actual receipt of your request: by providing the records, by a written denial, or, if the request cannot be completed in four business days, by a written explanation and the earliest practicable date for fulfilling it. If the cost of copies or staff time will exceed $50, we will send an estimate before proceeding.</p>
<p>Please keep &quot;PRR 26-0611&quot; in the subject line of any reply so it is added to this request.</p>
<p style="font-size:11px;color:#777">Ticket status: Open<br>NDEE Records Center | 245 Fallbrook Blvd., Suite 100 | Lincoln, NE 68521<br>402-471-2186 | dee.ne.gov</p>
</body></html>"""
    top = received(plus(rid), 'bounces+ndee-records@helpdesk.nebraska.gov', d,
                   'smtp-out2.helpdesk.nebraska.gov', '164.119.8.52', seed='004') + [
        ('From', 'NDEE Records Center <ndee.records@nebraska.gov>'),
        ('Reply-To', 'NDEE Records Center <ndee.records@nebraska.gov>'),
        ('To', plus(rid)),
        ('Subject', '[PRR 26-0611] Public Records Request Received'),
        ('Date', rfcdate(d)),
        ('Message-ID', '<ticket-260611.ack.%s@helpdesk.nebraska.gov>' % h('004', 10)),
        ('X-Ticket-ID', '260611'),
        ('Auto-Submitted', 'auto-generated'),
    ]
    part = multipart('alternative', [text_part(text), text_part(html, 'html')], '==helpdesk_%s' % h('004b', 20))
    return as_message(top, part)


# 005 ------------------------------------------------------------------------------------------------
@msg('005-aphis-pal-ack.eml')
def m005():
    d = when('2026-09-10 08:12', '-0400')
    text = """Dear Harvest Ledger Records Desk,

This message confirms that the U.S. Department of Agriculture has received your Freedom of Information Act (FOIA) request. Please keep the request number below for your records and use it in any correspondence about this request.

  Request Number:  2026-APHIS-06318-F
  Component:       Animal and Plant Health Inspection Service (APHIS)
  Received Date:   09/08/2026
  Request Type:    FOIA
  Fee Category:    News Media (under review)

  Description: Records of confirmed HPAI H5N1 detections in dairy cattle herds in Iowa and Kansas, 1/1/2025-8/31/2026, incl. herd detection reports and epidemiological investigation summaries; records of indemnity and compensation payments to dairy operations in IA and KS for HPAI-related losses.

You may check the status of this request at any time by signing in to the USDA FOIA Public Access Link (PAL) at https://efoia-pal.usda.gov/App/Home.aspx.

This is an automatically generated email. Please do not reply to this message.
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,Arial;font-size:9pt">
<p>Dear Harvest Ledger Records Desk,</p>
<p>This message confirms that the U.S. Department of Agriculture has received your Freedom of Information Act (FOIA) request. Please keep the request number below for your records and use it in any correspondence about this request.</p>
<table cellpadding="3" style="font-size:9pt;border:1px solid #ccc">
<tr><td><b>Request Number:</b></td><td>2026-APHIS-06318-F</td></tr>
<tr><td><b>Component:</b></td><td>Animal and Plant Health Inspection Service (APHIS)</td></tr>
<tr><td><b>Received Date:</b></td><td>09/08/2026</td></tr>
<tr><td><b>Request Type:</b></td><td>FOIA</td></tr>
<tr><td><b>Fee Category:</b></td><td>News Media (under review)</td></tr>
<tr><td valign="top"><b>Description:</b></td><td>Records of confirmed HPAI H5N1 detections in dairy cattle herds in Iowa and Kansas, 1/1/2025-8/31/2026, incl. herd detection reports and epidemiological investigation summaries; records of indemnity and compensation payments to dairy operations in IA and KS for HPAI-related losses.</td></tr>
</table>
<p>You may check the status of this request at any time by signing in to the <a href="https://efoia-pal.usda.gov/App/Home.aspx">USDA FOIA Public Access Link (PAL)</a>.</p>
<p style="color:#666">This is an automatically generated email. Please do not reply to this message.</p>
</body></html>"""
    top = received(INBOX, 'efoia-pal-noreply@usda.gov', d, *PAL_HOST, seed='005') + [
        ('Date', rfcdate(d)),
        ('From', PAL_FROM),
        ('To', INBOX),
        ('Message-ID', '<%s.JavaMail.foiaxpress@efoia-pal.usda.gov>' % h('005', 20)),
        ('Subject', 'FOIA Request 2026-APHIS-06318-F Received'),
    ]
    part = multipart('alternative', [text_part(wrap(text, 76)), text_part(html, 'html')], '----=_Part_%s' % h('005p', 12))
    return as_message(top, part)


# 006 ------------------------------------------------------------------------------------------------
def govqa_html(title, inner):
    return """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title></head>
<body style="margin:0;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#005a8c;padding:10px 16px;color:#fff;font-size:16px"><b>California Water Boards &ndash; Public Records Center</b></td></tr>
<tr><td style="padding:16px">%s</td></tr>
<tr><td style="padding:10px 16px;font-size:11px;color:#777;border-top:1px solid #ddd">State Water Resources Control Board | 1001 I Street, Sacramento, CA 95814<br>To review or track your request, visit the <a href="https://waterboards.govqa.us/WEBAPP/_rs/(S(x))/supporthome.aspx">Public Records Center</a>. Please do not reply to this automated message.</td></tr></table>
</body></html>""" % (title, inner)


def govqa_top(seed, d, to, subject):
    return received(to, 'waterboards@govqa.us', d, 'mta-03.govqa.us', '52.165.34.190', seed=seed) + [
        ('From', 'State Water Resources Control Board <waterboards@govqa.us>'),
        ('To', to),
        ('Subject', subject),
        ('Date', rfcdate(d)),
        ('Message-ID', '<%s@govqa.us>' % ('%s-%s' % (h(seed, 8), h(seed + 'x', 12)))),
        ('X-Mailer', 'GovQA Notification Service'),
    ]


@msg('006-swrcb-govqa-ack.eml')
def m006():
    d = when('2026-09-10 16:55', '-0700')
    rid = 'REQ-209'
    inner = """<p>Dear Harvest Ledger Records Desk:</p>
<p>Thank you for your California Public Records Act request to the State Water Resources Control Board. Your request was received in this office on <b>9/10/2026</b> and has been given the reference number <b>W026411-091026</b> for tracking purposes.</p>
<p><b>Records requested:</b> Emergency curtailment orders, compliance orders, notices of violation and administrative civil liability complaints concerning unauthorized diversions in the Scott River and Shasta River watersheds, January 1, 2024 to present; Division of Water Rights field inspection reports in those watersheds for the same period.</p>
<p>Within 10 days of receipt, the Board will notify you whether your request seeks copies of disclosable public records in its possession (Gov. Code &sect; 7922.535). Where unusual circumstances exist, that period may be extended by up to 14 days, and you would be notified in writing of the reasons and the date a determination is expected.</p>
<p>You can monitor the progress of your request, and you will receive email updates, through the Public Records Center.</p>
<p>Thank you,<br>Public Records Unit<br>State Water Resources Control Board</p>"""
    top = govqa_top('006', d, plus(rid), 'Public Records Request :: W026411-091026')
    return as_message(top, text_part(govqa_html('Request received', inner), 'html', cte='quoted-printable'))


# 007 ------------------------------------------------------------------------------------------------
@msg('007-newsletter-null.eml')
def m007():
    d = when('2026-09-11 07:02', '-0500')
    text = """HEARTLAND WATER ROUNDUP | September 11, 2026
Your weekly briefing on farm, water and groundwater policy

IN THIS ISSUE
* Bazile GMA: nitrate levels still rising in shallow wells
* Kansas: two more LEMAs up for renewal in GMD 4
* Snake Plain: curtailment season wraps up early
* Tip sheet: Getting records from state agriculture departments

BAZILE GMA - Monitoring wells in the Bazile Groundwater Management Area
in northeast Nebraska again show nitrate above 10 mg/L in more than
half of sampled domestic wells, according to the natural resources
districts' annual report. The Nebraska Department of Environment and
Energy is reviewing the area's action plan this fall.

KANSAS LEMAS - The chief engineer of the Kansas Department of
Agriculture's Division of Water Resources will hold hearings in
October on renewing local enhanced management areas in northwest
Kansas.

TIP SHEET - Public-records requests to state agriculture departments:
ask for complaint logs before full investigation files, cite the
statute, and keep a log of every acknowledgment and deadline.

You are receiving this because you subscribed at heartlandwater.example.com.
Unsubscribe: https://heartlandwater.example.com/u/3f81c2
Heartland Water Roundup, PO Box 2204, Lincoln, NE 68502
"""
    html = """<html><body style="background:#f4f1ea;font-family:Georgia,serif">
<table width="600" align="center" style="background:#fff;padding:20px"><tr><td>
<h1 style="font-size:22px;color:#2e5e2b">Heartland Water Roundup</h1><p style="color:#777">September 11, 2026 &middot; Your weekly briefing on farm, water and groundwater policy</p>
<h3>In this issue</h3><ul><li>Bazile GMA: nitrate levels still rising in shallow wells</li><li>Kansas: two more LEMAs up for renewal in GMD 4</li><li>Snake Plain: curtailment season wraps up early</li><li>Tip sheet: Getting records from state agriculture departments</li></ul>
<p><b>Bazile GMA</b> &mdash; Monitoring wells in the Bazile Groundwater Management Area in northeast Nebraska again show nitrate above 10&nbsp;mg/L in more than half of sampled domestic wells, according to the natural resources districts&rsquo; annual report. The Nebraska Department of Environment and Energy is reviewing the area&rsquo;s action plan this fall.</p>
<p><b>Kansas LEMAs</b> &mdash; The chief engineer of the Kansas Department of Agriculture&rsquo;s Division of Water Resources will hold hearings in October on renewing local enhanced management areas in northwest Kansas.</p>
<p><b>Tip sheet</b> &mdash; Public-records requests to state agriculture departments: ask for complaint logs before full investigation files, cite the statute, and keep a log of every acknowledgment and deadline.</p>
<p style="font-size:11px;color:#999">You are receiving this because you subscribed at heartlandwater.example.com. <a href="https://heartlandwater.example.com/u/3f81c2">Unsubscribe</a><br>Heartland Water Roundup, PO Box 2204, Lincoln, NE 68502</p>
</td></tr></table></body></html>"""
    top = received(INBOX, 'bounce-mc.us21_8841.3f81c2@mail.heartlandwater.example.com', d,
                   'mail181-3.suw21.mcdlv.net', '198.2.181.3', seed='007') + [
        ('From', 'Heartland Water Roundup <roundup@heartlandwater.example.com>'),
        ('Reply-To', 'Heartland Water Roundup <roundup@heartlandwater.example.com>'),
        ('To', '<%s>' % INBOX),
        ('Subject', 'Water Roundup: Bazile nitrate, Kansas LEMA renewals, records tips for ag reporters'),
        ('Date', rfcdate(d)),
        ('Message-ID', '<%s@mail181-3.suw21.mcdlv.net>' % h('007', 24)),
        ('List-Unsubscribe', '<https://heartlandwater.example.com/u/3f81c2>, <mailto:unsubscribe-3f81c2@heartlandwater.example.com>'),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('List-Id', '8841 heartland water roundup <8841.list-id.heartlandwater.example.com>'),
        ('Precedence', 'bulk'),
        ('X-Campaign', 'mc8841.3f81c2'),
    ]
    part = multipart('alternative', [text_part(text), text_part(html, 'html', cte='quoted-printable')], '_----------=_MCPart_%s' % h('007b', 10))
    return as_message(top, part)


# 008 ------------------------------------------------------------------------------------------------
FS_R6_HEAD = ['#United States Department of Agriculture', '#Forest Service', 'Pacific Northwest Region',
              '1220 SW 3rd Avenue, Portland, OR 97204', '']
FS_OGIS = ('You may also contact the Office of Government Information Services (OGIS) at the National Archives and '
           'Records Administration to inquire about the FOIA mediation services they offer: Office of Government '
           'Information Services, National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, '
           'Maryland 20740-6001; email ogis@nara.gov; telephone 202-741-5770; toll free 1-877-684-6448.')


@msg('008-usfs-r6-ack-pdf.eml')
def m008():
    d = when('2026-09-11 13:20', '-0700')
    rid = 'REQ-203'
    pdf = make_pdf(FS_R6_HEAD + [
        '|File Code: 6270', '|Date: September 11, 2026', '',
        'Harvest Ledger Records Desk', 'foia@harvestledger.example.org', '',
        '#RE: Freedom of Information Act Request 2026-FS-R6-04877-F', '',
        'Dear Requester:', '',
        'This letter acknowledges receipt of your Freedom of Information Act (FOIA) request dated September 10, 2026, '
        'which was received in the Pacific Northwest Region FOIA office on September 11, 2026. You requested escaped '
        'prescribed fire reviews, declared wildfire reviews and facilitated learning analyses for prescribed burns in '
        'the Pacific Northwest Region (Region 6), January 1, 2022 to present, and any regional summaries or '
        'lessons-learned memoranda prepared from those reviews.', '',
        'Your request has been assigned tracking number 2026-FS-R6-04877-F. Please refer to this number in all future '
        'correspondence regarding this request.', '',
        'The FOIA requires agencies to make a determination within 20 working days of receipt. Because responsive '
        'records may be held by several national forests in the Region, we may need to extend that time if unusual '
        'circumstances apply; if so we will notify you in writing.', '',
        'You asked to be placed in the news media fee category and for a waiver of fees. We will address your fee '
        'category and fee waiver request separately. You will be contacted before any fees above $25.00 are incurred.', '',
        'If you have questions about your request, please contact Carla Beaumont, Government Information Specialist, at '
        'carla.beaumont@usda.gov or 503-808-2275, or the Forest Service FOIA Public Liaison at 202-205-1542.', '',
        FS_OGIS, '',
        'Sincerely,', '', '', 'ROSALIND F. ECKHART', 'Regional FOIA Coordinator',
    ], title='Acknowledgment 2026-FS-R6-04877-F', compress=True)
    top = received(plus(rid), 'SM.FS.R6FOIA@usda.gov', d, *GCC_HOST, seed='008') + [
        ('From', '"FS-FOIA R6" <SM.FS.R6FOIA@usda.gov>'),
        ('To', '"foia+req-203@harvestledger.example.org" <%s>' % plus(rid)),
        ('Subject', 'FOIA Acknowledgment - 2026-FS-R6-04877-F'),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('008')),
    ] + outlook_headers('008', 'FOIA Acknowledgment - 2026-FS-R6-04877-F', has_attach=True)
    body = """Good afternoon,

Please see the attached acknowledgment letter regarding your Freedom of Information Act request.

Pacific Northwest Region FOIA Office
USDA Forest Service
"""
    part = multipart('mixed', [text_part(body, charset='us-ascii'),
                               attach(pdf, 'application/pdf', 'R6 FOIA Acknowledgment Letter.pdf')],
                     '_004_%s_' % h('008b', 30))
    return as_message(top, part)


# 009 ------------------------------------------------------------------------------------------------
APHIS_HEAD = ['#United States Department of Agriculture', '#Animal and Plant Health Inspection Service',
              'Legislative and Public Affairs - FOIA and Privacy Act Office', '4700 River Road, Unit 50, Riverdale, MD 20737', '']
APHIS_OGIS = ('Additionally, you may contact the Office of Government Information Services (OGIS) at the National '
              'Archives and Records Administration to inquire about the FOIA mediation services they offer. The contact '
              'information for OGIS is as follows: Office of Government Information Services, National Archives and '
              'Records Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001, e-mail at ogis@nara.gov; '
              'telephone at 202-741-5770; toll free at 1-877-684-6448; or facsimile at 202-741-5769.')


def pal_correspondence(seed, d, number, corr_type, pdf, pdf_name):
    text = """Dear Harvest Ledger Records Desk,

New correspondence has been added to your FOIA request.

  Request Number:       %s
  Correspondence Type:  %s

A copy of the correspondence is attached. It is also available in the USDA FOIA Public Access Link (PAL) under My Requests at https://efoia-pal.usda.gov/App/Home.aspx.

This is an automatically generated email. Please do not reply to this message.
""" % (number, corr_type)
    html = """<html><body style="font-family:Verdana,Arial;font-size:9pt"><p>Dear Harvest Ledger Records Desk,</p>
<p>New correspondence has been added to your FOIA request.</p>
<table cellpadding="3" style="font-size:9pt;border:1px solid #ccc"><tr><td><b>Request Number:</b></td><td>%s</td></tr><tr><td><b>Correspondence Type:</b></td><td>%s</td></tr></table>
<p>A copy of the correspondence is attached. It is also available in the <a href="https://efoia-pal.usda.gov/App/Home.aspx">USDA FOIA Public Access Link (PAL)</a> under My Requests.</p>
<p style="color:#666">This is an automatically generated email. Please do not reply to this message.</p></body></html>""" % (number, corr_type)
    top = received(INBOX, 'efoia-pal-noreply@usda.gov', d, *PAL_HOST, seed=seed) + [
        ('Date', rfcdate(d)),
        ('From', PAL_FROM),
        ('To', INBOX),
        ('Message-ID', '<%s.JavaMail.foiaxpress@efoia-pal.usda.gov>' % h(seed, 20)),
        ('Subject', 'Correspondence Available - Request %s' % number),
    ]
    alt = multipart('alternative', [text_part(wrap(text, 76)), text_part(html, 'html')], '----=_Part_%s' % h(seed + 'a', 12))
    part = multipart('mixed', [alt, attach(pdf, 'application/pdf', pdf_name)], '----=_Part_%s' % h(seed + 'm', 12))
    return as_message(top, part)


@msg('009-aphis-pal-ack-letter.eml')
def m009():
    d = when('2026-09-14 09:05', '-0400')
    pdf = make_pdf(APHIS_HEAD + [
        'September 14, 2026', '', 'Harvest Ledger Records Desk', 'foia@harvestledger.example.org', '',
        '#Re: FOIA Request 2026-APHIS-06342-F', '',
        'Dear Requester:', '',
        'This acknowledges receipt of your Freedom of Information Act (FOIA) request to the Animal and Plant Health '
        'Inspection Service (APHIS), received on September 9, 2026, in which you seek contracts, task orders and '
        'statements of work for New World screwworm sterile fly dispersal or production facilities awarded since '
        'January 1, 2025, and site selection analyses, site evaluation reports and decision memoranda for those facilities.', '',
        'Your request has been assigned FOIA number 2026-APHIS-06342-F. Please cite this number in any correspondence '
        'about your request.', '',
        'APHIS processes requests on a first-in, first-out basis using a multitrack system. Based on the scope of your '
        'request, it has been placed in our complex track. For fee purposes we have placed you in the news media '
        'category; you will be charged only duplication fees beyond the first 100 pages, and no fees are expected for '
        'electronic release. Your request for a fee waiver is therefore moot at this time.', '',
        'You may check the status of your request in the USDA FOIA Public Access Link (PAL) or contact our FOIA '
        'Requester Service Center at 301-851-4102. You may also contact the APHIS FOIA Public Liaison at the same '
        'number for assistance or to discuss any aspect of your request.', '',
        APHIS_OGIS, '',
        'Sincerely,', '', '', 'Tonya M. Greer', 'Director, FOIA and Privacy Act Staff', 'Legislative and Public Affairs',
    ], title='Acknowledgment Letter', producer='FOIAXpress Correspondence')
    return pal_correspondence('009', d, '2026-APHIS-06342-F', 'Acknowledgment Letter', pdf,
                              '2026-APHIS-06342-F Acknowledgment Letter.pdf')


# 010 ------------------------------------------------------------------------------------------------
IDWR_010_BODY = """Hi there,

Got your request this morning and it's in my queue. The curtailment
orders and the amended orders are all posted on our website under the
ESPA delivery call page, so I'll send you links for those rather than
copies unless you'd rather have PDFs. The mitigation plan compliance
correspondence with the groundwater districts is the bigger piece;
that lives in a few different places (Water Allocation, the Director's
office and the legal files), so it may take me longer than the three
working days the statute gives us. If so I'll let you know.

Thanks,
Trent

Trent Halvorsen
Records Custodian
Idaho Department of Water Resources
322 E Front St, Boise ID 83702
208-287-4800"""


@msg('010-idwr-ack-plain72.eml')
def m010():
    d = when('2026-09-14 16:48', '-0600')
    rid = 'REQ-211'
    body = IDWR_010_BODY + '\n\nOn Mon, Sep 14, 2026 at 9:11 AM Harvest Ledger Records Desk\n<%s> wrote:\n' % plus(rid) + quote(request_text(rid)) + '\n'
    top = received(plus(rid), 'Trent.Halvorsen@idwr.idaho.gov', d,
                   'mail-co1usg02on0062.outbound.protection.office365.us', '23.103.199.62', seed='010') + [
        ('From', 'Trent Halvorsen <Trent.Halvorsen@idwr.idaho.gov>'),
        ('To', 'Harvest Ledger Records Desk <%s>' % plus(rid)),
        ('Subject', 'RE: %s' % R(rid)['subject']),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('010')),
        ('In-Reply-To', mid_of(rid)),
        ('References', mid_of(rid)),
    ] + outlook_headers('010', R(rid)['subject'])
    return as_message(top, text_part(body, charset='us-ascii'))


# 011 ------------------------------------------------------------------------------------------------
NDEE_011_TEXT = """We have located a large volume of potentially responsive records for
PRR 26-0611. The livestock waste control facility inspection files for
Antelope, Knox and Pierce counties are partly on paper in our Norfolk
field office, and the Bazile GMA nitrate data is held in the Water
Quality Division's database and has to be exported and checked, so we
are not able to complete this request within four business days.

Under Neb. Rev. Stat. 84-712(4), this is our written explanation of
the delay. The earliest practicable date for providing the records is
October 9, 2026. If it looks like costs will exceed $50 we will send
an estimate before any copying is done."""


@msg('011-ndee-helpdesk-extension.eml')
def m011():
    d = when('2026-09-15 11:26', '-0500')
    rid = 'REQ-208'
    text = """-- Please reply above this line --

Katie Brandt (NDEE Records Center)
Sep 15, 2026, 11:24 CDT

Hello,

%s

Katie Brandt
Records Officer

----------------------------------------------------------------------

NDEE Records Center
Sep 9, 2026, 15:40 CDT

%s

Ticket status: Pending

%s
""" % (NDEE_011_TEXT, NDEE_ACK_TEXT, NDEE_FOOT)
    top = received(plus(rid), 'bounces+ndee-records@helpdesk.nebraska.gov', d,
                   'smtp-out2.helpdesk.nebraska.gov', '164.119.8.52', seed='011') + [
        ('From', '"Katie Brandt (NDEE Records Center)" <ndee.records@nebraska.gov>'),
        ('Reply-To', 'NDEE Records Center <ndee.records@nebraska.gov>'),
        ('To', plus(rid)),
        ('Subject', '[PRR 26-0611] Update on your public records request'),
        ('Date', rfcdate(d)),
        ('Message-ID', '<ticket-260611.c2.%s@helpdesk.nebraska.gov>' % h('011', 10)),
        ('In-Reply-To', '<ticket-260611.ack.%s@helpdesk.nebraska.gov>' % h('004', 10)),
        ('References', '<ticket-260611.ack.%s@helpdesk.nebraska.gov>' % h('004', 10)),
        ('X-Ticket-ID', '260611'),
    ]
    return as_message(top, text_part(text))


# 012 ------------------------------------------------------------------------------------------------
@msg('012-nrcs-ack-outlook.eml')
def m012():
    d = when('2026-09-15 14:02', '-0400')
    rid = 'REQ-205'
    body = """Good afternoon,

The Farm Production and Conservation Business Center (FPAC BC) FOIA Office, which processes Freedom of Information Act requests for the Natural Resources Conservation Service, received your request on September 11, 2026. It has been assigned FOIA number 2026-NRCS-03377-F.

We have asked the NRCS Iowa and Wisconsin State Offices to search for responsive contract records. Please be aware that information about individual agricultural producers and owners of agricultural land, including names, farm and tract locations and geospatial information, is generally protected from disclosure by Section 1619 of the Food, Conservation, and Energy Act of 2008 (7 U.S.C. 8791) and may be withheld under FOIA Exemptions 3 and 6. Contract-level financial data without producer-identifying information can usually be released.

We will be in touch if we have questions about the scope of your request or if fees are anticipated.

Respectfully,

Lena Farah
Government Information Specialist
FPAC Business Center | FOIA/Privacy Act Office
U.S. Department of Agriculture
1400 Independence Ave SW | Washington, DC 20250
Office: 202-720-0518
"""
    quoted = quoted_outlook_header('Harvest Ledger Records Desk <foia@harvestledger.example.org>',
                                   'Friday, September 11, 2026 10:14 AM', 'FPAC BC FOIA <FPAC.BC.FOIA@usda.gov>', R(rid)['subject'])
    body = wrap(body, 2000) + '\n\n' + '_' * 32 + '\n' + quoted + '\n\n' + request_text(rid) + '\n'
    top = received(plus(rid), 'lena.farah@usda.gov', d, *GCC_HOST, seed='012') + [
        ('From', '"Farah, Lena - FPAC-BC, Washington, DC" <lena.farah@usda.gov>'),
        ('To', 'Harvest Ledger Records Desk <%s>' % plus(rid)),
        ('CC', 'FPAC BC FOIA <FPAC.BC.FOIA@usda.gov>'),
        ('Subject', 'RE: %s' % R(rid)['subject']),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('012')),
        ('References', mid_of(rid)),
        ('In-Reply-To', mid_of(rid)),
    ] + outlook_headers('012', R(rid)['subject'])
    return as_message(top, text_part(body, charset='us-ascii', cte='quoted-printable'))


# 013 ------------------------------------------------------------------------------------------------
KDA_HEAD = ['#KANSAS DEPARTMENT OF AGRICULTURE', '1320 Research Park Drive | Manhattan, Kansas 66502 | (785) 564-6700', '']


@msg('013-kda-ack-pdf-footer.eml')
def m013():
    d = when('2026-09-16 10:45', '-0500')
    rid = 'REQ-212'
    pdf = make_pdf(KDA_HEAD + [
        'September 16, 2026', '', 'Harvest Ledger Records Desk', 'Via email: foia+req-212@harvestledger.example.org', '',
        '#Re: Request under the Kansas Open Records Act, K.S.A. 45-215 et seq.', '',
        'Dear Records Desk:', '',
        'The Kansas Department of Agriculture (KDA) received your request on September 15, 2026, for records of the '
        'Division of Water Resources concerning water right violations, overpumping notices and penalty orders in '
        'Groundwater Management District No. 4, January 1, 2023 to present, including records related to the '
        'District-wide LEMA.', '',
        'The responsive records are not immediately available. Many of the files are maintained at the Division of '
        'Water Resources Stockton Field Office and must be retrieved and reviewed before release. Pursuant to '
        'K.S.A. 45-218(d), we estimate that the records will be available on or before October 2, 2026.', '',
        'KDA may charge a fee for staff time and copies as permitted by K.S.A. 45-219. If fees are expected, we will '
        'provide you with a written estimate before any charges are incurred, and payment may be required in advance.', '',
        'If you have questions, please contact me at the address above or by email at kda.records@ks.gov.', '',
        'Sincerely,', '', 'Paul Schreiber', 'Records Custodian, Legal Section', 'Kansas Department of Agriculture',
    ], footer='KORA Request No. 2026-0311   |   Page {page} of {pages}', title='KORA acknowledgment')
    body = """Good morning,

Please see the attached letter regarding your recent request under the Kansas Open Records Act.

Kansas Department of Agriculture
Legal Section - Records Custodian
1320 Research Park Drive, Manhattan, KS 66502
"""
    top = received(plus(rid), 'kda.records@ks.gov', d, 'mail-dm3nam02on2041.outbound.protection.outlook.com', '40.107.95.41', seed='013') + [
        ('From', 'KDA Records <kda.records@ks.gov>'),
        ('To', '"foia+req-212@harvestledger.example.org" <%s>' % plus(rid)),
        ('Subject', 'Open Records Request'),
        ('Date', rfcdate(d)),
        ('Message-ID', outlook_mid('013', 'namprd02')),
    ] + outlook_headers('013', 'Open Records Request', has_attach=True)
    part = multipart('mixed', [text_part(body, charset='us-ascii'),
                               attach(pdf, 'application/pdf', 'KDA_KORA_Acknowledgment.pdf')], '_004_%s_' % h('013b', 30))
    return as_message(top, part)


# 014 ------------------------------------------------------------------------------------------------
def pal_status(seed, d, number, old, new):
    text = """Dear Harvest Ledger Records Desk,

The status of your FOIA request has been updated.

  Request Number:   %s
  Previous Status:  %s
  Current Status:   %s

Sign in to the USDA FOIA Public Access Link (PAL) to view details: https://efoia-pal.usda.gov/App/Home.aspx

This is an automatically generated email. Please do not reply to this message.
""" % (number, old, new)
    html = """<html><body style="font-family:Verdana,Arial;font-size:9pt"><p>Dear Harvest Ledger Records Desk,</p><p>The status of your FOIA request has been updated.</p>
<table cellpadding="3" style="font-size:9pt;border:1px solid #ccc"><tr><td><b>Request Number:</b></td><td>%s</td></tr><tr><td><b>Previous Status:</b></td><td>%s</td></tr><tr><td><b>Current Status:</b></td><td>%s</td></tr></table>
<p>Sign in to the <a href="https://efoia-pal.usda.gov/App/Home.aspx">USDA FOIA Public Access Link (PAL)</a> to view details.</p><p style="color:#666">This is an automatically generated email. Please do not reply to this message.</p></body></html>""" % (number, old, new)
    top = received(INBOX, 'efoia-pal-noreply@usda.gov', d, *PAL_HOST, seed=seed) + [
        ('Date', rfcdate(d)),
        ('From', PAL_FROM),
        ('To', INBOX),
        ('Message-ID', '<%s.JavaMail.foiaxpress@efoia-pal.usda.gov>' % h(seed, 20)),
        ('Subject', 'Status Update - Request %s' % number),
    ]
    part = multipart('alternative', [text_part(text), text_part(html, 'html')], '----=_Part_%s' % h(seed + 'a', 12))
    return as_message(top, part)


@msg('014-nrcs-pal-status.eml')
def m014():
    return pal_status('014', when('2026-09-16 13:30', '-0400'), '2026-NRCS-03412-F', 'Submitted', 'Assigned')


# 015 ------------------------------------------------------------------------------------------------
@msg('015-usfs-r2-ack-google-group.eml')
def m015():
    d = when('2026-09-17 09:14', '-0600')
    group = 'hl-records-desk@googlegroups.com'
    body = """Good morning,

This acknowledges receipt of your Freedom of Information Act (FOIA) request, which was received by the Rocky Mountain Region (R2) FOIA office on September 15, 2026. Your request has been assigned tracking number 2026-FS-R2-04903-F.

You requested letters of noncompliance, notices of permit suspension or cancellation, and related correspondence issued to grazing permittees on the Oglala National Grassland (Nebraska National Forests and Grasslands) from January 1, 2023 to present.

We have forwarded your request to the Nebraska National Forests and Grasslands Supervisor's Office in Chadron and the Pine Ridge Ranger District to search for responsive records. The FOIA allows 20 working days to make a determination on your request. You have been placed in the news media fee category.

Please reference 2026-FS-R2-04903-F in any correspondence about this request.

Thank you,

Rocky Mountain Region FOIA Office
USDA Forest Service
1617 Cole Blvd., Building 17, Lakewood, CO 80401
SM.FS.R2FOIA@usda.gov
"""
    footer = """
--
You received this message because you are subscribed to the Google Groups "Harvest Ledger Records Desk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to hl-records-desk+unsubscribe@googlegroups.com.
To view this discussion visit https://groups.google.com/d/msgid/hl-records-desk/%s.
""" % gcc_mid('015')[1:-1].replace('@', '%40')
    top = [
        ('Return-Path', '<hl-records-desk+bncBDZ5LKPWVUNRBK7Q2OXQMGQE3SAXJQA@googlegroups.com>'),
        ('Delivered-To', INBOX),
        ('Received', 'from %s\n\tby %s with LMTP\n\tid %s\n\t(envelope-from <hl-records-desk+bncBDZ5LKPWVUNRBK7Q2OXQMGQE3SAXJQA@googlegroups.com>)\n\tfor <%s>; %s'
         % (SERVER, SERVER, b32('015lmtp'), INBOX, rfcdate(d.astimezone(CENTRAL), 5))),
        ('Received', 'from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])\n\tby %s (Postfix) with ESMTPS id 4MbD2s0n8yz3xVk\n\tfor <%s>; %s'
         % (SERVER, INBOX, rfcdate(d.astimezone(CENTRAL), 4))),
        ('Received', 'by mail-sor-f69.google.com with SMTP id 6a1803df08f44-6c3f2a8e9b1so1846626d6.2\n        for <%s>; %s' % (INBOX, rfcdate(d, 3))),
        ('X-Forwarded-Encrypted', 'i=2; AJvYcCX8f3Lq'),
        ('X-Original-Sender', 'SM.FS.R2FOIA@usda.gov'),
        ('X-Original-Authentication-Results', 'mx.google.com;       dkim=pass header.i=@usda.gov;       spf=pass (google.com: domain of SM.FS.R2FOIA@usda.gov designates 2001:489a:200:100::719 as permitted sender) smtp.mailfrom=SM.FS.R2FOIA@usda.gov;       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=usda.gov'),
        ('Precedence', 'list'),
        ('Mailing-list', 'list hl-records-desk@googlegroups.com; contact hl-records-desk+owners@googlegroups.com'),
        ('List-ID', '<hl-records-desk.googlegroups.com>'),
        ('X-Spam-Checked-In-Group', 'SM.FS.R2FOIA@usda.gov'),
        ('X-Google-Group-Id', '488102557317'),
        ('List-Post', '<https://groups.google.com/group/hl-records-desk/post>, <mailto:hl-records-desk@googlegroups.com>'),
        ('List-Help', '<https://groups.google.com/support/>, <mailto:hl-records-desk+help@googlegroups.com>'),
        ('List-Archive', '<https://groups.google.com/group/hl-records-desk>'),
        ('List-Unsubscribe', '<mailto:googlegroups-manage+488102557317+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/hl-records-desk/subscribe>'),
        ('From', "\"'Rocky Mountain Region FOIA' via Harvest Ledger Records Desk\" <%s>" % group),
        ('Reply-To', 'Rocky Mountain Region FOIA <SM.FS.R2FOIA@usda.gov>'),
        ('To', '"hl-records-desk@googlegroups.com" <%s>' % group),
        ('Subject', 'FOIA Request 2026-FS-R2-04903-F - Acknowledgment'),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('015')),
        ('Thread-Topic', 'FOIA Request 2026-FS-R2-04903-F - Acknowledgment'),
        ('Thread-Index', thread_index('015')),
        ('Content-Language', 'en-US'),
    ]
    return as_message(top, text_part(wrap(body, 2000) + '\n' + footer, charset='UTF-8', cte='quoted-printable'))


# 016 ------------------------------------------------------------------------------------------------
@msg('016-wdnr-ack-m365.eml')
def m016():
    d = when('2026-09-17 15:22', '-0500')
    rid = 'REQ-213'
    subj = 'RE: %s [RR-2026-1187]' % R(rid)['subject']
    paras = [
        'Thank you for your public records request, which the Wisconsin Department of Natural Resources received on September 17, 2026. Your request has been assigned tracking number RR-2026-1187 and has been routed to the Runoff Management Section (CAFO program) and the Remediation and Redevelopment Program (spills).',
        'The DNR responds to public records requests as soon as practicable and without delay, as required by Wis. Stat. \u00a7 19.35(4)(a). How long that takes depends on the amount of records involved and the staff who must locate and review them; a request of this size often takes several weeks.',
        'Please note that many CAFO permit documents, including WPDES permits and nutrient management plan approvals, are already available to the public through the DNR\u2019s online permit and compliance search tools. Staff may point you to those records instead of producing copies.',
        'Under Wis. Stat. \u00a7 19.35(3), the DNR may charge for copies and for the cost of locating records when that cost is $50.00 or more. If fees are expected, you will be notified and asked to approve them before the work is done.',
        'Please refer to RR-2026-1187 in any future correspondence about this request.',
    ]
    sig = 'DNR Public Records Office\nWisconsin Department of Natural Resources\n101 S. Webster Street, PO Box 7921, Madison, WI 53707-7921\nDNRPublicRecords@wisconsin.gov'
    text = 'Hello,\n\n' + '\n\n'.join(paras) + '\n\n' + sig + '\n\n' + '-----Original Message-----\n' + quoted_outlook_header(
        'Harvest Ledger Records Desk <foia@harvestledger.example.org>', 'Wednesday, September 16, 2026 4:52 PM',
        'DNR Public Records <DNRPublicRecords@wisconsin.gov>', R(rid)['subject']) + '\n\n' + request_text(rid) + '\n'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0;font-size:11pt;font-family:Calibri,sans-serif}</style></head>'
            '<body lang="EN-US"><div class="WordSection1"><p class="MsoNormal">Hello,</p><p class="MsoNormal">&nbsp;</p>' +
            ''.join('<p class="MsoNormal">%s</p><p class="MsoNormal">&nbsp;</p>' % p.replace('\u00a7', '&sect;').replace('\u2019', '&#8217;') for p in paras) +
            '<p class="MsoNormal"><b>DNR Public Records Office</b><br>Wisconsin Department of Natural Resources<br>101 S. Webster Street, PO Box 7921, Madison, WI 53707-7921<br><a href="mailto:DNRPublicRecords@wisconsin.gov">DNRPublicRecords@wisconsin.gov</a></p>'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal"><b>From:</b> Harvest Ledger Records Desk &lt;foia@harvestledger.example.org&gt;<br><b>Sent:</b> Wednesday, September 16, 2026 4:52 PM<br><b>To:</b> DNR Public Records &lt;DNRPublicRecords@wisconsin.gov&gt;<br><b>Subject:</b> ' + R(rid)['subject'] + '</p></div>'
            '<p class="MsoNormal">' + request_text(rid).replace('&', '&amp;').replace('<', '&lt;').replace('\n', '<br>') + '</p></div></body></html>')
    top = received(plus(rid), 'DNRPublicRecords@wisconsin.gov', d, 'mail-ch2nam12on2091.outbound.protection.outlook.com', '40.107.93.91', seed='016') + [
        ('From', 'DNR Public Records <DNRPublicRecords@wisconsin.gov>'),
        ('To', 'Harvest Ledger Records Desk <%s>' % plus(rid)),
        ('Subject', subj),
        ('Date', rfcdate(d)),
        ('Message-ID', outlook_mid('016', 'namprd12')),
        ('References', mid_of(rid)),
        ('In-Reply-To', mid_of(rid)),
    ] + outlook_headers('016', R(rid)['subject'])
    part = multipart('alternative', [text_part(text, cte='quoted-printable'), text_part(html, 'html', cte='quoted-printable')],
                     '_000_%s_' % h('016b', 30))
    return as_message(top, part)


# 017/018 NextRequest acks ---------------------------------------------------------------------------
def nr_message(seed, d, county, slug, to, subject, text_lines, html_inner, staff=None):
    staff = staff or county
    text = '%s\n\n%s\n\nDo not reply to this email; replies are not monitored. To send a message\nto %s staff, use the request page.\nPowered by NextRequest\n' % (county, text_lines, staff)
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;font-size:14px">'
            '<div style="background:#2d4f3c;color:#fff;padding:8px 12px"><b>%s</b></div>%s'
            '<p style="font-size:11px;color:#888">Do not reply to this email; replies are not monitored. To send a message to %s staff, use the request page.<br>Powered by NextRequest</p>'
            '</body></html>') % (county, html_inner, staff)
    top = received(to, 'bounces+2231884-%s@mail.nextrequest.com' % h(seed, 4), d, *NR_HOST, seed=seed) + [
        ('From', '%s <%s>' % (('"%s"' % county) if ',' in county else county, NR_FROM_ADDR)),
        ('Reply-To', 'no-reply@mail.nextrequest.com'),
        ('To', to),
        ('Subject', subject),
        ('Date', rfcdate(d)),
        ('Message-ID', '<%s@mail.nextrequest.com>' % hashlib.sha1(seed.encode()).hexdigest()),
        ('X-SG-EID', b32(seed + 'sg', 40)),
    ]
    part = multipart('alternative', [text_part(text), text_part(html, 'html', cte='quoted-printable')], '--==_mimepart_%s' % h(seed + 'b', 16))
    return as_message(top, part)


@msg('017-lane-nextrequest-ack.eml')
def m017():
    d = when('2026-09-18 10:03', '-0700')
    rid = 'REQ-214'
    t = """Your record request #26-842 has been submitted.

Request description:
Herbicide application logs and spray records for Lane County roadside
vegetation management, 2024 to present, including products used,
locations and dates; the County's current integrated vegetation
management plan.

Received: September 18, 2026 via email
Departments: Public Works - Road Maintenance

Lane County will acknowledge your request and respond as required by
the Oregon Public Records Law (ORS 192.324 and 192.329). You will
receive an email whenever there is activity on your request.

View request: https://lanecountyor.nextrequest.com/requests/26-842"""
    hi = """<h3>Your record request #26-842 has been submitted.</h3>
<p><b>Request description:</b><br>Herbicide application logs and spray records for Lane County roadside vegetation management, 2024 to present, including products used, locations and dates; the County&#39;s current integrated vegetation management plan.</p>
<p><b>Received:</b> September 18, 2026 via email<br><b>Departments:</b> Public Works - Road Maintenance</p>
<p>Lane County will acknowledge your request and respond as required by the Oregon Public Records Law (ORS 192.324 and 192.329). You will receive an email whenever there is activity on your request.</p>
<p><a href="https://lanecountyor.nextrequest.com/requests/26-842" style="background:#4a7c59;color:#fff;padding:6px 10px;text-decoration:none">View request</a></p>"""
    return nr_message('017', d, 'Lane County, OR', 'lanecountyor', plus(rid),
                      'Your Lane County, OR record request #26-842 has been submitted', t, hi)


@msg('018-marion-nextrequest-ack.eml')
def m018():
    d = when('2026-09-18 10:41', '-0700')
    t = """Your record request #26-1317 has been submitted.

Request description:
Results of domestic well nitrate screening events conducted or
sponsored by Marion County, 2023 to present; outreach materials and
records of outreach concerning nitrate in groundwater, 2023 to present.

Received: September 17, 2026 via email
Departments: Public Works - Environmental Services, Health & Human Services

The County will respond within the time allowed by the Oregon Public
Records Law. You will receive an email whenever there is activity on
your request.

View request: https://marioncountyor.nextrequest.com/requests/26-1317"""
    hi = """<h3>Your record request #26-1317 has been submitted.</h3>
<p><b>Request description:</b><br>Results of domestic well nitrate screening events conducted or sponsored by Marion County, 2023 to present; outreach materials and records of outreach concerning nitrate in groundwater, 2023 to present.</p>
<p><b>Received:</b> September 17, 2026 via email<br><b>Departments:</b> Public Works - Environmental Services, Health &amp; Human Services</p>
<p>The County will respond within the time allowed by the Oregon Public Records Law. You will receive an email whenever there is activity on your request.</p>
<p><a href="https://marioncountyor.nextrequest.com/requests/26-1317" style="background:#4a7c59;color:#fff;padding:6px 10px;text-decoration:none">View request</a></p>"""
    return nr_message('018', d, 'Marion County', 'marioncountyor', INBOX,
                      'Your Marion County record request #26-1317 has been submitted', t, hi)


# 019 ------------------------------------------------------------------------------------------------
@msg('019-swrcb-govqa-extension.eml')
def m019():
    d = when('2026-09-18 16:20', '-0700')
    inner = """<p>Dear Harvest Ledger Records Desk:</p>
<p><b>RE: Public Records Request W026411-091026</b></p>
<p>This notice is to inform you that the State Water Resources Control Board needs additional time to respond to your request, pursuant to Government Code section 7922.535, subdivision (b), because of:</p>
<ul><li>the need to search for and collect the requested records from field facilities or other establishments that are separate from the office processing the request (the Division of Water Rights Enforcement Section and the North Coast Regional Water Quality Control Board); and</li>
<li>the need to search for, collect, and appropriately examine a voluminous amount of separate and distinct records.</li></ul>
<p>The Board will notify you of its determination regarding disclosable records on or before <b>October 5, 2026</b>. We currently estimate that responsive records will be provided on a rolling basis, with production completed by <b>October 30, 2026</b>.</p>
<p>Thank you for your patience.</p>
<p>Public Records Unit<br>State Water Resources Control Board</p>"""
    top = govqa_top('019', d, INBOX, 'Public Records Request :: W026411-091026 - Notice of Extension')
    text = """Dear Harvest Ledger Records Desk:

RE: Public Records Request W026411-091026

This notice is to inform you that the State Water Resources Control
Board needs additional time to respond to your request, pursuant to
Government Code section 7922.535, subdivision (b), because of:

- the need to search for and collect the requested records from field
  facilities or other establishments that are separate from the office
  processing the request (the Division of Water Rights Enforcement
  Section and the North Coast Regional Water Quality Control Board); and
- the need to search for, collect, and appropriately examine a
  voluminous amount of separate and distinct records.

The Board will notify you of its determination regarding disclosable
records on or before October 5, 2026. We currently estimate that
responsive records will be provided on a rolling basis, with production
completed by October 30, 2026.

Thank you for your patience.

Public Records Unit
State Water Resources Control Board
"""
    part = multipart('alternative', [text_part(text), text_part(govqa_html('Notice of Extension', inner), 'html', cte='quoted-printable')],
                     '=_govqa_%s' % h('019b', 16))
    return as_message(top, part)


# 020 ------------------------------------------------------------------------------------------------
@msg('020-ndee-ack-not-ours.eml')
def m020():
    d = when('2026-09-21 09:30', '-0500')
    text = """-- Please reply above this line --

Nebraska Department of Environment and Energy
Public Records Request PRR 26-0702

Thank you. Your public records request was received on 09/21/2026
and has been logged as PRR 26-0702.

Requester: Jolene Marsh
Request summary: Air quality construction permits, stack test results
and compliance inspection reports for ethanol plants in Platte and
Madison counties, 2020 to present.

Under Neb. Rev. Stat. 84-712, the Department will respond within four
business days after actual receipt of your request: by providing the
records, by a written denial, or, if the request cannot be completed
in four business days, by a written explanation and the earliest
practicable date for fulfilling it. If the cost of copies or staff
time will exceed $50, we will send an estimate before proceeding.

Please keep "PRR 26-0702" in the subject line of any reply so it is
added to this request.

Ticket status: Open

%s
""" % NDEE_FOOT
    top = received(INBOX, 'bounces+ndee-records@helpdesk.nebraska.gov', d,
                   'smtp-out2.helpdesk.nebraska.gov', '164.119.8.52', seed='020') + [
        ('From', 'NDEE Records Center <ndee.records@nebraska.gov>'),
        ('Reply-To', 'NDEE Records Center <ndee.records@nebraska.gov>'),
        ('To', INBOX),
        ('Subject', '[PRR 26-0702] Public Records Request Received'),
        ('Date', rfcdate(d)),
        ('Message-ID', '<ticket-260702.ack.%s@helpdesk.nebraska.gov>' % h('020', 10)),
        ('X-Ticket-ID', '260702'),
        ('Auto-Submitted', 'auto-generated'),
    ]
    return as_message(top, text_part(text))
