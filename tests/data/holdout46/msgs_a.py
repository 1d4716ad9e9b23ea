"""Messages 001-020 (September 2026)."""
import mailkit as mk
from story import *  # noqa

MESSAGES = []


def add(name, top, body):
    MESSAGES.append((name, mk.message(top, body)))


# ------------------------------------------------------------------ 001 Google DSN, our REQ-001 cc bounced
r = 'REQ-001'
dsn_text = """\

** Address not found **

Your message wasn't delivered to tomas.reyes-whitcomb@dnr.wa.gov because the
address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient tomas.reyes-whitcomb@dnr.wa.gov not found by SMTP address lookup
"""
dsn_status = """\
Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; records.example.org
Arrival-Date: Tue, 08 Sep 2026 10:14:19 -0700 (PDT)
X-Original-Message-ID: <req-001.20260908.1@records.example.org>

Final-Recipient: rfc822; tomas.reyes-whitcomb@dnr.wa.gov
Action: failed
Status: 5.1.10
Remote-MTA: dns; dnr-wa-gov.mail.protection.outlook.com. (52.101.41.7, the server for the domain dnr.wa.gov.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient tomas.reyes-whitcomb@dnr.wa.gov not found by SMTP address lookup
Last-Attempt-Date: Tue, 08 Sep 2026 10:14:24 -0700 (PDT)
"""
orig_headers = """\
Return-Path: <records@records.example.org>
Received: by mail-sor-f41.google.com with SMTP id 5b1f17b1804b1-4530d7c1a2fso11234095e9
        for <tomas.reyes-whitcomb@dnr.wa.gov>; Tue, 08 Sep 2026 10:14:19 -0700 (PDT)
From: Records Desk <records@records.example.org>
Reply-To: records+req-001@records.example.org
To: DNR Public Disclosure <publicdisclosure@dnr.wa.gov>
Cc: tomas.reyes-whitcomb@dnr.wa.gov
Subject: Public Records Request: DNR response records for the Sawtooth Creek Fire
 (Okanogan County, August 2026)
Date: Tue, 08 Sep 2026 10:14:12 -0700
Message-ID: <req-001.20260908.1@records.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
"""
body = mk.multipart('report', [
    mk.text(dsn_text),
    mk.raw_part([('Content-Type', 'message/delivery-status')], dsn_status),
    mk.raw_part([('Content-Type', 'text/rfc822-headers')], orig_headers),
], 'dsn001', params=' report-type=delivery-status;')
add('001-dnr-cc-bounce-google-dsn.eml', [
    ('Delivered-To', 'records@records.example.org'),
    ('Return-Path', '<>'),
    ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
    ('To', 'records@records.example.org'),
    ('Auto-Submitted', 'auto-replied'),
    ('Subject', 'Delivery Status Notification (Failure)'),
    ('References', mid(r)),
    ('In-Reply-To', mid(r)),
    ('X-Failed-Recipients', 'tomas.reyes-whitcomb@dnr.wa.gov'),
    ('Message-ID', '<66df1b40.5d0a0220.1c3e27.8a11.GMR@mx.google.com>'),
    ('Date', 'Tue, 08 Sep 2026 10:14:25 -0700 (PDT)'),
], body)

# ------------------------------------------------------------------ 002 WDFW OOO (threaded)
r = 'REQ-003'
ooo = """\
Thank you for your message. I am out of the office through Monday, September 14,
2026, and will have limited access to email.

Public records requests are still being received and logged while I am out.
Please send new requests or questions about an existing request to
publicrecords@dfw.wa.gov so a member of the Public Records Unit can assist.

Sharon Tibbets
Public Records Officer
Washington Department of Fish and Wildlife
"""
add('002-wdfw-pro-out-of-office.eml', [
    ('From', '"Tibbets, Sharon (DFW)" <sharon.tibbets@dfw.wa.gov>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Automatic reply: ' + subj(r)),
    ('Date', 'Wed, 09 Sep 2026 08:03:11 -0700'),
    ('Message-ID', outlook_mid('002')),
    ('In-Reply-To', mid(r)),
    ('References', mid(r)),
    ('Auto-Submitted', 'auto-generated'),
    ('X-Auto-Response-Suppress', 'All'),
] + outlook('002', subj(r)), mk.text(ooo))

# ------------------------------------------------------------------ 003 ODF acknowledgment (OR)
r = 'REQ-006'
b = """\
Good afternoon,

This email acknowledges that the Oregon Department of Forestry received your
public records request on September 9, 2026. The request has been assigned
tracking number ODF-26-0412. Please include that number in any correspondence
about this request.

Your request has been sent to the Southwest Oregon District, the Fire
Protection Division in Salem and the incident management team's
documentation unit so they can begin searching. As required by ORS 192.329,
no later than 10 business days after this acknowledgment ODF will either
complete its response or send you a written statement with an estimated
completion date.

ODF may charge fees for staff time to locate, review and redact records, as
allowed by ORS 192.324(4). If we expect the cost to exceed $25.00 we will send
you an estimate first and will not go further until you tell us how you want
to proceed.

Regards,

Hollis Brandvold
Public Records Coordinator
Oregon Department of Forestry | Salem Headquarters
Hollis.Brandvold@odf.oregon.gov
""" + quote_outlook(r, 'Wednesday, September 9, 2026 9:58 AM').replace('{to}', 'ODF Public Records * ODF <publicrecords@odf.oregon.gov>')
add('003-odf-ack-quoting-request.eml', [
    ('From', '"BRANDVOLD Hollis * ODF" <Hollis.Brandvold@odf.oregon.gov>'),
    ('To', 'Records Desk <%s>' % plus(r)),
    ('CC', 'ODF Public Records * ODF <publicrecords@odf.oregon.gov>'),
    ('Subject', 'RE: ' + subj(r)),
    ('Date', 'Wed, 09 Sep 2026 15:40:02 -0700'),
    ('Message-ID', outlook_mid('003', 'namprd09')),
    ('In-Reply-To', mid(r)),
    ('References', mid(r)),
] + outlook('003', subj(r)), mk.text(b))

# ------------------------------------------------------------------ 004 DNR five-day letter (WA), multipart/alternative
r = 'REQ-001'
plain = """\
Dear Records Desk:

The Washington State Department of Natural Resources (DNR) received your
public records request on September 8, 2026. Your request has been assigned
tracking number PDR 26-1187.

You requested:
  1. Dispatch logs, resource orders and incident action plans for the Sawtooth
     Creek Fire (Okanogan County), August 9 - August 31, 2026;
  2. Aviation use summaries and retardant/water drop records for the fire;
  3. Any after-action review, lessons-learned summary or close-out report.

DNR has begun identifying and gathering records from the Northeast Region,
the Wildland Fire Management Division and the Resource Protection aviation
program. Records will be provided in installments as they are gathered and
reviewed.

Pursuant to RCW 42.56.520, DNR estimates it will provide the first installment
of records, or otherwise respond, on or before October 23, 2026.

Please note that an after-action review may not yet exist in final form; we
will tell you what we find.

Sincerely,

Kendra Albers
Public Records Officer
Public Disclosure & Records Management
Washington State Department of Natural Resources
1111 Washington St SE, Olympia WA 98504
publicdisclosure@dnr.wa.gov
"""
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Records Desk:</p>
<p>The Washington State Department of Natural Resources (DNR) received your public records request on
<b>September 8, 2026</b>. Your request has been assigned tracking number <b>PDR&nbsp;26-1187</b>.</p>
<p>You requested:</p>
<ol>
<li>Dispatch logs, resource orders and incident action plans for the Sawtooth Creek Fire (Okanogan County), August 9 &ndash; August 31, 2026;</li>
<li>Aviation use summaries and retardant/water drop records for the fire;</li>
<li>Any after-action review, lessons-learned summary or close-out report.</li>
</ol>
<p>DNR has begun identifying and gathering records from the Northeast Region, the Wildland Fire Management Division
and the Resource Protection aviation program. Records will be provided in installments as they are gathered and reviewed.</p>
<p>Pursuant to RCW 42.56.520, DNR estimates it will provide the first installment of records, or otherwise respond,
on or before <b>October 23, 2026</b>.</p>
<p>Please note that an after-action review may not yet exist in final form; we will tell you what we find.</p>
<p>Sincerely,</p>
<p style="color:#1f4e3d"><b>Kendra Albers</b><br>Public Records Officer<br>Public Disclosure &amp; Records Management<br>
Washington State Department of Natural Resources<br>1111 Washington St SE, Olympia WA 98504<br>
<a href="mailto:publicdisclosure@dnr.wa.gov">publicdisclosure@dnr.wa.gov</a></p>
</body></html>
"""
add('004-dnr-five-day-letter-html.eml', [
    ('From', 'DNR RE PUBLIC DISCLOSURE <publicdisclosure@dnr.wa.gov>'),
    ('To', plus(r)),
    ('Subject', 'PDR 26-1187 - Acknowledgment of Public Records Request'),
    ('Date', 'Thu, 10 Sep 2026 16:22:48 -0700'),
    ('Message-ID', outlook_mid('004')),
] + outlook('004', 'PDR 26-1187 - Acknowledgment of Public Records Request'),
    mk.multipart('alternative', [mk.text(plain, cte='quoted-printable'), mk.text(html, 'html', cte='quoted-printable')], '004'))

# ------------------------------------------------------------------ 005 WDFW acknowledgment with estimate, quoting request (">")
r = 'REQ-003'
b = """\
Hello,

Thank you for your public records request, which the Washington Department of
Fish and Wildlife (WDFW) received on September 9, 2026. It has been assigned
request number 26-5513.

I have forwarded the request to the Enforcement Program (WDFW Police) and to
the Fish Program's commercial licensing section. Because the request covers
nearly three years of incident and citation reports, we will provide records
in installments. We anticipate providing a first installment on or before
October 16, 2026. If more time is needed we will let you know in writing.

Copies of public records are subject to the charges in RCW 42.56.120. We will
tell you the cost of each installment before it is released.

Dominic Achterberg
Public Records Specialist
Washington Department of Fish and Wildlife
PO Box 43200, Olympia WA 98504
""" + quote_gt(r, 'Wed, Sep 9, 2026 at 8:02 AM')
add('005-wdfw-ack-estimate.eml', [
    ('From', '"Achterberg, Dominic (DFW)" <dominic.achterberg@dfw.wa.gov>'),
    ('To', 'Records Desk <%s>' % plus(r)),
    ('Cc', 'WDFW Public Records <publicrecords@dfw.wa.gov>'),
    ('Subject', 'RE: ' + subj(r)),
    ('Date', 'Fri, 11 Sep 2026 11:05:37 -0700'),
    ('Message-ID', outlook_mid('005')),
    ('In-Reply-To', mid(r)),
    ('References', mid(r)),
] + outlook('005', subj(r)), mk.text(b))

# ------------------------------------------------------------------ 006 DLNR acknowledgment, received next day (HI), utf-8 QP
r = 'REQ-013'
b = """\
Aloha,

The Department of Land and Natural Resources received your UIPA request by
email after the close of business on Thursday, September 10, so it is
considered received on Friday, September 11, 2026. It has been logged as
UIPA-26-0117 and routed to the Division of Conservation and Resources
Enforcement (DOCARE).

DOCARE keeps its case records by branch (Oʻahu, Maui Nui, Hawaiʻi Island and
Kauaʻi), so the search will involve all four branch offices. The Department
will respond as provided in HAR chapter 2-71. Your request for the
public-interest fee waiver has been noted and will be addressed in our
response.

Mahalo,

Leilani K. Kahananui
UIPA Coordinator, Office of the Chairperson
Department of Land and Natural Resources, State of Hawaiʻi
Kalanimoku Building, 1151 Punchbowl Street, Honolulu, HI 96813
""" + quote_gt(r, 'Thu, Sep 10, 2026 at 4:51 PM')
add('006-dlnr-ack-received-next-day.eml', [
    ('From', '"Kahananui, Leilani K" <leilani.k.kahananui@hawaii.gov>'),
    ('To', plus(r)),
    ('Subject', 'RE: ' + subj(r)),
    ('Date', 'Mon, 14 Sep 2026 09:30:15 -1000'),
    ('Message-ID', outlook_mid('006', 'namprd11')),
    ('In-Reply-To', mid(r)),
    ('References', mid(r)),
] + outlook('006', subj(r)), mk.text(b, cte='quoted-printable'))

# ------------------------------------------------------------------ 007 Chelan County GovQA acknowledgment (HTML only, shared sender)
r = 'REQ-005'
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Dear Records Desk,</p>
<p>Thank you for your interest in the public records of Chelan County. Your request has been received and is being
processed in accordance with the Washington Public Records Act, chapter 42.56 RCW.</p>
<p>Your request was received in this office on <b>9/14/2026</b> and given the reference number
<b>R000914-091426</b> for tracking purposes.</p>
<table cellpadding="3" cellspacing="0" border="1" style="border-collapse:collapse;font-size:9pt">
<tr><td style="background:#e8eef4"><b>Reference #</b></td><td>R000914-091426</td></tr>
<tr><td style="background:#e8eef4"><b>Department</b></td><td>Community Development - Code Enforcement</td></tr>
<tr><td style="background:#e8eef4"><b>Records Requested</b></td><td>Complaints received about short-term rentals and the resulting notices of
violation, warning letters and penalty assessments, 2024-2026.</td></tr>
</table>
<p>The County will respond within five business days of receipt, as required by RCW 42.56.520.</p>
<p>You can monitor the progress of your request and download any records released to you at the
<a href="https://chelancountywa.mycusthelp.net/WEBAPP/_rs/(S(x2kq1c4vv0bdm3e5))/supporthome.aspx">Chelan County Public Records Center</a>.</p>
<p>Chelan County Public Records</p>
<p style="font-size:8pt;color:#777">Please do not reply to this email. This mailbox is not monitored.</p>
</body></html>
"""
add('007-chelan-govqa-ack.eml', [
    ('From', 'Chelan County Public Records <donotreply@mycusthelp.net>'),
    ('To', plus(r)),
    ('Subject', 'Chelan County Public Records Request :: R000914-091426'),
    ('Date', 'Mon, 14 Sep 2026 14:47:09 -0700'),
    ('Message-ID', '<8d5b21c0e4f44a3c9e2b6f1a07d3c914@mycusthelp.net>'),
    ('X-Mailer', 'GovQA Notification Service'),
], mk.text(html, 'html', cte='quoted-printable'))

# ------------------------------------------------------------------ 008 AK DOT&PF acknowledgment, received Monday (AK)
r = 'REQ-009'
plain = """\
Good morning,

Your public records request arrived in our mailbox Friday evening after
business hours, so it is logged as received on Monday, September 14, 2026.
Tracking number: PRR2026-318.

Under 2 AAC 96.325 the Department has ten working days to respond. I have
sent search requests to AMHS Vessel Maintenance in Ketchikan and to Marine
Engineering in Juneau. If the work to produce the records goes over five
person-hours in a calendar month, AS 40.25.110(c) requires us to charge for
the personnel time; we would send you an estimate before doing that work.

Thank you,

Marisol Kvasnikoff
Records & Information Management
Alaska Marine Highway System | Department of Transportation & Public Facilities
7559 N. Tongass Hwy, Ketchikan, AK 99901
"""
html = '<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', ' ') for p in plain.strip().split('\n\n')[:-1]) + \
    '<p><b>Marisol Kvasnikoff</b><br>Records &amp; Information Management<br>Alaska Marine Highway System | Department of Transportation &amp; Public Facilities<br>7559 N. Tongass Hwy, Ketchikan, AK 99901</p></div></body></html>\n'
add('008-akdot-ack-received-monday.eml', [
    ('From', '"Kvasnikoff, Marisol M (DOT)" <marisol.kvasnikoff@alaska.gov>'),
    ('To', 'Records Desk <%s>' % plus(r)),
    ('CC', 'DOT Public Records (DOT sponsored) <dot.records@alaska.gov>'),
    ('Subject', 'RE: ' + subj(r)),
    ('Date', 'Tue, 15 Sep 2026 09:12:44 -0800'),
    ('Message-ID', outlook_mid('008', 'namprd09')),
    ('In-Reply-To', mid(r)),
    ('References', mid(r)),
] + outlook('008', subj(r)),
    mk.multipart('alternative', [mk.text(plain), mk.text(html, 'html', cte='quoted-printable')], '008'))

# ------------------------------------------------------------------ 009 Honolulu DPP acknowledgment with hedged extension
r = 'REQ-014'
b = """\
Aloha,

This acknowledges receipt on September 15, 2026 of your request for records
under the Uniform Information Practices Act (Modified), HRS Chapter 92F, for:

  Notices of violation, notices of order and civil fine records issued for
  unlawful short-term rentals, and the short-term rental complaint log,
  January 1, 2024 to present.

Your request has been assigned DPP 26-0872. Please refer to this number in
all correspondence.

DPP will respond within ten (10) business days as provided in HAR
Section 2-71-13. Because the request involves records of the Code Compliance
Branch and the Short-Term Rental Enforcement Section over nearly three years,
an extension under HAR Section 2-71-15 may be needed; if so, you will receive
a written acknowledgment explaining the extenuating circumstances.

Department of Planning and Permitting
City and County of Honolulu
650 South King Street, 7th Floor, Honolulu, Hawaii 96813
dppuipa@honolulu.gov
"""
add('009-dpp-ack-may-extend.eml', [
    ('From', 'DPP UIPA <dppuipa@honolulu.gov>'),
    ('To', plus(r)),
    ('Subject', 'Acknowledgment - UIPA Request DPP 26-0872'),
    ('Date', 'Wed, 16 Sep 2026 08:40:30 -1000'),
    ('Message-ID', '<20260916184030.7F2A1C0043@smtp-gw2.honolulu.gov>'),
], mk.text(b))

# ------------------------------------------------------------------ 010 WSDOT five-day letter in PDF only; number in file name + PDF
r = 'REQ-004'
pdf = mk.make_pdf([[
    '##Washington State Department of Transportation',
    'Public Disclosure Office | PO Box 47410 | Olympia, WA 98504-7410',
    '', 'September 17, 2026', '',
    'Records Desk', 'records+req-004@records.example.org', '',
    '##RE: Public Disclosure Request PDR 2026-04471', '',
    'Dear Records Desk:', '',
    'The Washington State Department of Transportation (WSDOT) received your public records request on '
    'September 10, 2026. You asked for out-of-service and vessel casualty reports for Washington State Ferries '
    'vessels from January 1, 2025 to present, all work orders issued at the Eagle Harbor Maintenance Facility '
    'for the same period, and fleet maintenance backlog reports provided to WSDOT leadership.', '',
    'WSDOT has asked Washington State Ferries (WSF) Vessel Maintenance, Marine Operations and the Vessel '
    'Engineering office to search for responsive records. Because of the volume of maintenance records '
    'involved, WSDOT will provide records in installments.', '',
    'Pursuant to RCW 42.56.520, WSDOT estimates that the first installment will be available on or before '
    'November 13, 2026. WSDOT may contact you to clarify the scope of the work-order portion of your request.', '',
    'Electronic records will be provided at no charge through a download link. If you would like paper copies, '
    'charges under RCW 42.56.120 will apply.', '',
    'Sincerely,', '', 'Tamsin Okafor-Reid', 'Public Records Officer', 'WSDOT Public Disclosure Office',
]], title='PDR 2026-04471 Acknowledgment')
b = """\
Please see the attached correspondence regarding your public records request.

WSDOT Public Disclosure Office
"""
add('010-wsdot-five-day-letter-pdf-only.eml', [
    ('From', 'WSDOT Public Disclosure <publicdisclosure@wsdot.wa.gov>'),
    ('To', 'records+req-004@records.example.org'),
    ('Subject', 'RE: ' + subj(r)),
    ('Date', 'Thu, 17 Sep 2026 15:58:03 -0700'),
    ('Message-ID', outlook_mid('010')),
    ('In-Reply-To', mid(r)),
    ('References', mid(r)),
] + outlook('010', subj(r), attach=True),
    mk.multipart('mixed', [mk.text(b), mk.attachment(pdf, 'application/pdf', 'PDR 2026-04471 Acknowledgment.pdf')], '010'))

# ------------------------------------------------------------------ 011 City of Bend GovQA ack delivered via our Google Group
r = 'REQ-008'
plain = """\
Dear Records Desk,

The City of Bend has received your public records request. Your request was
received on 9/16/2026 and has been assigned reference number P000472-091626.

Records requested: Complaints about short-term rentals received by the City,
notices of violation, civil penalty notices and short-term rental permit
revocations, January 1, 2024 to present.

Under ORS 192.329 the City will acknowledge your request within five business
days of receipt and will then complete its response, or give you a written
estimated completion date, within ten business days after that. Fees under
the City of Bend fee schedule may apply; you will be notified of any
estimated fee before work begins.

Track your request: https://bendor.mycusthelp.net/WEBAPP/_rs/supporthome.aspx

City of Bend Public Records
City Recorder's Office
"""
html = ('<html><body style="font-family:Segoe UI,Arial;font-size:10pt">' +
        ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in plain.strip().split('\n\n')) + '</body></html>\n')
add('011-bend-govqa-ack-via-google-group.eml', [
    ('Delivered-To', 'records@records.example.org'),
    ('From', "'City of Bend Public Records' via Records Desk <records@records.example.org>"),
    ('Reply-To', 'City of Bend Public Records <donotreply@mycusthelp.net>'),
    ('To', plus(r)),
    ('Subject', 'City of Bend Public Records Request :: P000472-091626'),
    ('Date', 'Thu, 17 Sep 2026 16:30:51 -0700'),
    ('Message-ID', '<3f0c9a11b27e4d58a6d0e5c2f81b7a40@mycusthelp.net>'),
    ('X-Original-Sender', 'donotreply@mycusthelp.net'),
    ('X-Original-Authentication-Results', 'mx.google.com; spf=pass (google.com: domain of donotreply@mycusthelp.net designates 20.38.14.77 as permitted sender) smtp.mailfrom=donotreply@mycusthelp.net'),
    ('X-Original-From', 'City of Bend Public Records <donotreply@mycusthelp.net>'),
    ('Precedence', 'list'),
    ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
    ('List-ID', '<records.records.example.org>'),
    ('X-Google-Group-Id', '480219736514'),
    ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>'),
    ('List-Help', '<https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, <mailto:records+help@records.example.org>'),
    ('List-Archive', '<https://groups.google.com/a/records.example.org/group/records/>'),
], mk.multipart('alternative', [mk.text(plain), mk.text(html, 'html')], '011'))

# ------------------------------------------------------------------ 012 KPB deputy clerk, terse ack, no number
r = 'REQ-011'
b = """\
Received. I've sent this over to OEM and will let you know what they have.

Rhea Tollefsen
Deputy Borough Clerk
Kenai Peninsula Borough
144 N. Binkley St., Soldotna, AK 99669
907-555-0142
""" + quote_gt(r, 'Thursday, September 17, 2026 2:37 PM')
add('012-kpb-terse-ack.eml', [
    ('From', 'Rhea Tollefsen <RTollefsen@kpb.us>'),
    ('To', '"Records Desk" <%s>' % plus(r)),
    ('Subject', 'RE: ' + subj(r)),
    ('Date', 'Fri, 18 Sep 2026 10:02:19 -0800'),
    ('Message-ID', '<b61e2c7f0a9d4e1fa3c4d5e6f7081922@KPBEXCH02.kpb.local>'),
    ('In-Reply-To', mid(r)),
    ('References', mid(r)),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
], mk.text(b))

# ------------------------------------------------------------------ 013 Chelan GovQA clarification; to main inbox; number only in subject
r = 'REQ-005'
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Dear Records Desk,</p>
<p>Chelan County has reviewed your public records request and needs clarification before it can proceed.</p>
<p>Short-term rental enforcement in Chelan County is handled by Community Development, Code Enforcement. Please tell us:</p>
<ol>
<li>Are you asking for complete code enforcement case files (which can include photographs, site inspection notes,
correspondence with property owners and neighbors), or only the complaint intake log and the notices of violation,
warning letters and penalty assessments themselves?</li>
<li>Does &ldquo;2024-2026&rdquo; mean complaints received from January 1, 2024 through the date of your request?</li>
</ol>
<p>Please reply through the Public Records Center using the link below. Under RCW 42.56.520(3), if the County does not
receive a response to this request for clarification within 30 days, the request will be considered withdrawn and closed.
If the request is not clarified, complete case files for this period would take substantially longer to assemble and review
than the log and notices alone.</p>
<p><a href="https://chelancountywa.mycusthelp.net/WEBAPP/_rs/(S(x2kq1c4vv0bdm3e5))/RequestOpen.aspx">View and respond to your request</a></p>
<p>Chelan County Public Records<br>Chelan County Courthouse, Wenatchee WA</p>
</body></html>
"""
add('013-chelan-govqa-clarification-main-inbox.eml', [
    ('From', 'Chelan County Public Records <donotreply@mycusthelp.net>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Clarification Needed - Public Records Request :: R000914-091426'),
    ('Date', 'Fri, 18 Sep 2026 13:15:40 -0700'),
    ('Message-ID', '<c27a90de51e64b7f8e1d4a3b6c5f2e08@mycusthelp.net>'),
    ('X-Mailer', 'GovQA Notification Service'),
], mk.text(html, 'html', cte='base64'))

# ------------------------------------------------------------------ 014 WSF GovDelivery rider alert (null)
plain = """\
Washington State Ferries | Rider Alert

Seattle/Bainbridge: one-boat service Sept. 22-25

The Wenatchee will be out of service at the Eagle Harbor Maintenance Facility
for unscheduled repairs to a propulsion motor. The Seattle/Bainbridge route
will operate on a one-boat schedule Tuesday, Sept. 22 through Friday, Sept. 25.
Expect longer waits at both terminals; walk-on passengers are encouraged.

Check vessel status and terminal conditions at wsdot.wa.gov/ferries before
you travel.

You are receiving this alert because you subscribed to Seattle/Bainbridge
route alerts. Manage subscriptions:
https://public.govdelivery.com/accounts/WADOT/subscriber/edit?preferences=true
"""
html = """<html><body style="margin:0;background:#f2f2f2"><table width="600" align="center" style="background:#fff;font-family:Arial;font-size:14px">
<tr><td style="background:#00664f;color:#fff;padding:12px"><b>Washington State Ferries | Rider Alert</b></td></tr>
<tr><td style="padding:12px"><h2 style="font-size:18px">Seattle/Bainbridge: one-boat service Sept. 22-25</h2>
<p>The <i>Wenatchee</i> will be out of service at the Eagle Harbor Maintenance Facility for unscheduled repairs to a propulsion motor.
The Seattle/Bainbridge route will operate on a one-boat schedule Tuesday, Sept. 22 through Friday, Sept. 25. Expect longer waits at
both terminals; walk-on passengers are encouraged.</p>
<p>Check vessel status and terminal conditions at <a href="https://wsdot.wa.gov/ferries">wsdot.wa.gov/ferries</a> before you travel.</p></td></tr>
<tr><td style="font-size:11px;color:#666;padding:12px">You are receiving this alert because you subscribed to Seattle/Bainbridge route alerts.
<a href="https://public.govdelivery.com/accounts/WADOT/subscriber/edit?preferences=true">Manage subscriptions</a></td></tr></table></body></html>
"""
add('014-wsf-rider-alert-govdelivery-null.eml', [
    ('From', 'WSDOT Ferries <wsdot@service.govdelivery.com>'),
    ('Reply-To', 'wsfalerts@wsdot.wa.gov'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Seattle/Bainbridge: one-boat service Sept. 22-25'),
    ('Date', 'Mon, 21 Sep 2026 14:00:06 -0500'),
    ('Message-ID', '<20260921.7301123@public.govdelivery.com>'),
    ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/WADOT/subscriber/one_click_unsubscribe?verification=5.7a1c>'),
    ('X-Accountcode', 'WADOT'),
    ('Precedence', 'bulk'),
], mk.multipart('alternative', [mk.text(plain), mk.text(html, 'html', cte='quoted-printable')], '014'))

# ------------------------------------------------------------------ 015 DNR ack for REQ-002 (mentions REQ-001 number as a trap)
r = 'REQ-002'
b = """\
Hello,

DNR received your public records request on September 15, 2026 and has
assigned it tracking number PDR 26-1302.

This request is being processed separately from your earlier request about
the Sawtooth Creek Fire response generally (PDR 26-1187); records about the
August 19 helicopter mishap will be handled only under PDR 26-1302.

The review of the mishap is being conducted by DNR's aviation safety program
together with the vendor. We estimate that we will respond to this request on
or before November 6, 2026. Electronic copies are normally provided free of
charge; copy charges under RCW 42.56.120 may apply if paper records must be
scanned, and we would notify you of any charge before release.

Kendra Albers
Public Records Officer
Washington State Department of Natural Resources
""" + quote_outlook(r, 'Tuesday, September 15, 2026 11:20 AM').replace('{to}', 'DNR RE PUBLIC DISCLOSURE <publicdisclosure@dnr.wa.gov>')
add('015-dnr-ack-mishap-request.eml', [
    ('From', '"ALBERS, KENDRA (DNR)" <kendra.albers@dnr.wa.gov>'),
    ('To', plus(r)),
    ('Subject', 'RE: ' + subj(r)),
    ('Date', 'Tue, 22 Sep 2026 16:45:12 -0700'),
    ('Message-ID', outlook_mid('015')),
    ('In-Reply-To', mid(r)),
    ('References', mid(r)),
] + outlook('015', subj(r)), mk.text(b))

# ------------------------------------------------------------------ 016 Chelan GovQA "request updated" (portal notice)
r = 'REQ-005'
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>The status of your Chelan County public records request <b>R000914-091426</b> has been updated.</p>
<p>To view the current status or any messages, please log in to the
<a href="https://chelancountywa.mycusthelp.net/WEBAPP/_rs/(S(x2kq1c4vv0bdm3e5))/supporthome.aspx">Public Records Center</a>.</p>
<p style="font-size:8pt;color:#777">This is an automated message. Please do not reply.</p>
</body></html>
"""
add('016-chelan-govqa-status-updated.eml', [
    ('From', 'Chelan County Public Records <donotreply@mycusthelp.net>'),
    ('To', plus(r)),
    ('Subject', 'Public Records Request :: R000914-091426 has been updated'),
    ('Date', 'Wed, 23 Sep 2026 10:20:33 -0700'),
    ('Message-ID', '<e9d04b7a2c1f48e6b35a90c7d1e2f6a3@mycusthelp.net>'),
    ('X-Mailer', 'GovQA Notification Service'),
], mk.text(html, 'html'))

# ------------------------------------------------------------------ 017 DLNR "Acknowledgment to Requester" (extension) in PDF
r = 'REQ-013'
pdf = mk.make_pdf([[
    '##ACKNOWLEDGMENT TO REQUESTER',
    '(Model form, Office of Information Practices - HAR Section 2-71-15)', '',
    'TO: Records Desk, records+req-013@records.example.org',
    'FROM: Department of Land and Natural Resources, Leilani K. Kahananui, UIPA Coordinator',
    '      (808) 555-0117, leilani.k.kahananui@hawaii.gov', '',
    'DATE REQUEST WAS RECEIVED BY AGENCY: September 11, 2026',
    'DATE OF THIS ACKNOWLEDGMENT: September 24, 2026',
    'AGENCY REQUEST NO.: UIPA-26-0117', '',
    'GOVERNMENT RECORDS REQUESTED: Citations, arrest reports and patrol reports by DOCARE involving fisheries '
    'violations, January 1, 2024 to present.', '',
    '##THE AGENCY WILL NEED ADDITIONAL TIME TO RESPOND TO YOUR REQUEST BECAUSE:',
    '[X] The request requires extensive agency efforts to search, review, or segregate the records.',
    '[X] The agency must consult with another agency (Department of the Attorney General) regarding records of '
    'matters referred for prosecution.',
    '[ ] The request requires the agency to consult with the person(s) to whom the records pertain.',
    '[ ] Other:', '',
    'The agency estimates that it will send you a Notice to Requester, stating whether the records will be '
    'disclosed and the estimated fees, by: October 9, 2026.', '',
    'If the records are voluminous, the agency may disclose them in increments (HAR Section 2-71-15(b)).', '',
    'REQUESTER\'S RIGHTS: You may contact the Office of Information Practices, 250 South Hotel Street, Suite 107, '
    'Honolulu, Hawaii 96813, for assistance.',
]], title='Acknowledgment to Requester UIPA-26-0117')
b = """\
Aloha,

Please see the attached Acknowledgment to Requester regarding your UIPA request
for DOCARE fisheries enforcement records.

Mahalo,
Leilani
"""
add('017-dlnr-acknowledgment-to-requester-extension-pdf.eml', [
    ('From', '"Kahananui, Leilani K" <leilani.k.kahananui@hawaii.gov>'),
    ('To', plus(r)),
    ('Subject', 'UIPA-26-0117 Acknowledgment to Requester'),
    ('Date', 'Thu, 24 Sep 2026 14:05:27 -1000'),
    ('Message-ID', outlook_mid('017', 'namprd11')),
] + outlook('017', 'UIPA-26-0117 Acknowledgment to Requester', attach=True),
    mk.multipart('mixed', [mk.text(b), mk.attachment(pdf, 'application/pdf', 'UIPA-26-0117 Ack to Requester.pdf')], '017'))

# ------------------------------------------------------------------ 018 colleague forwards AMHS extension as attached .eml
r = 'REQ-009'
inner_body = """\
Ms. Haugland,

I'm writing about PRR 2026-318 (Tustumena / Kennicott maintenance records),
since you are listed as the contact on the request.

Under 2 AAC 96.325(d), the Department is extending the time to respond by ten
additional working days. The shipyard work packages for both vessels are on
paper at the Ketchikan Vessel Maintenance Facility, and part of the Tustumena
file is aboard the vessel during its layup; staff will need to examine and
copy roughly 30 boxes of material. A response is now due on or before
October 13, 2026. (Monday, October 12 is a state holiday.)

Marisol Kvasnikoff
Records & Information Management
Alaska Marine Highway System
"""
inner = mk.message([
    ('From', '"Kvasnikoff, Marisol M (DOT)" <marisol.kvasnikoff@alaska.gov>'),
    ('To', 'Lena Haugland <lhaugland@records.example.org>'),
    ('Subject', 'PRR 2026-318 - extension notice'),
    ('Date', 'Fri, 25 Sep 2026 08:50:12 -0800'),
    ('Message-ID', outlook_mid('018inner')),
] + outlook('018inner', 'PRR 2026-318 - extension notice'), mk.text(inner_body))
outer = """\
Forwarding for the tracker - AMHS sent this only to me (I was cc'd on the
Tustumena/Kennicott request). Original attached.

Lena
"""
body = mk.multipart('mixed', [
    mk.text(outer),
    mk.raw_part([('Content-Type', 'message/rfc822; name="PRR 2026-318 - extension notice.eml"'),
                 ('Content-Disposition', 'attachment; filename="PRR 2026-318 - extension notice.eml"')], inner),
], '018')
add('018-fwd-attached-akdot-extension.eml', [
    ('From', 'Lena Haugland <lhaugland@records.example.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Fwd: PRR 2026-318 - extension notice'),
    ('Date', 'Fri, 25 Sep 2026 11:30:02 -0700'),
    ('Message-ID', '<CAJ7v0kQm4rB1xN8aL2fE9s3Hq6YtZ0pW5uK1cD@mail.gmail.com>'),
], body)

# ------------------------------------------------------------------ 019 Honolulu DPP Notice to Requester with fee estimate / prepayment
r = 'REQ-014'
pdf = mk.make_pdf([[
    '##NOTICE TO REQUESTER',
    'Department of Planning and Permitting, City and County of Honolulu', '',
    'TO: Records Desk (records+req-014@records.example.org)',
    'FROM: Department of Planning and Permitting, Corinne Aiona, UIPA Coordinator, (808) 555-0188',
    'DATE THAT THE RECORD REQUEST WAS RECEIVED BY AGENCY: September 15, 2026',
    'DATE OF THIS NOTICE: September 28, 2026',
    'DPP 26-0872', '',
    'GOVERNMENT RECORDS YOU REQUESTED: Notices of violation, notices of order and civil fine records issued for '
    'unlawful short-term rentals, and the short-term rental complaint log, January 1, 2024 to present.', '',
    '##THE AGENCY\'S RESPONSE:',
    '[X] Will be granted in part, subject to payment of fees. Portions of the complaint log and of the notices may be '
    'withheld to protect the privacy of complainants (HRS Section 92F-13(1)); the agency will identify any withheld '
    'portions when it discloses the records.', '',
    '##ESTIMATED FEES AND COSTS:',
    'Search (8 hours at $2.50 per 15 minutes) ............................ $ 80.00',
    'Review and segregation (12 hours at $5.00 per 15 minutes) ......... $240.00',
    'Less fee waiver - public interest (HAR Section 2-71-32) ........... ($ 60.00)',
    'Total estimated fees .............................................. $260.00',
    'Costs (electronic copies by download link) ........................ $  0.00', '',
    '##PREPAYMENT:',
    'Before the agency begins to search for, review and segregate the records, you must prepay 50% of the estimated '
    'fees: $130.00. The agency will disclose the records within 5 business days after receipt of prepayment, or in '
    'increments if the records are voluminous.', '',
    'REQUESTER\'S RESPONSIBILITIES: If you do not pay the prepayment or contact the agency within 20 business days, '
    'the agency may treat your request as abandoned (HAR Section 2-71-16).', '',
    'You may appeal any denial to the Office of Information Practices within one year.',
]], title='Notice to Requester DPP 26-0872')
b = """\
Aloha,

Attached is DPP's Notice to Requester for your UIPA request DPP 26-0872.
Please note the prepayment required before we can begin processing. Payment
may be made by check payable to "City and County of Honolulu" and mailed to
the address below, referencing DPP 26-0872.

Corinne Aiona
UIPA Coordinator
Department of Planning and Permitting
650 South King Street, 7th Floor, Honolulu, Hawaii 96813
"""
add('019-dpp-notice-to-requester-fee-prepay.eml', [
    ('From', '"Aiona, Corinne" <corinne.aiona@honolulu.gov>'),
    ('To', plus(r)),
    ('Subject', 'DPP 26-0872 Notice to Requester'),
    ('Date', 'Mon, 28 Sep 2026 15:20:44 -1000'),
    ('Message-ID', outlook_mid('019', 'namprd07')),
] + outlook('019', 'DPP 26-0872 Notice to Requester', attach=True),
    mk.multipart('mixed', [mk.text(b), mk.attachment(pdf, 'application/pdf', 'DPP 26-0872 Notice to Requester.pdf')], '019'))

# ------------------------------------------------------------------ 020 ODF written estimated completion date (OR extension), cp1252
r = 'REQ-006'
b = """\
Good morning,

I\u2019m writing with the written statement ORS 192.329(5) requires for your
request ODF-26-0412 (Boulder Springs Complex).

ODF is not able to complete its response within ten business days of the
acknowledgment deadline. The Southwest Oregon District is still collecting
dispatch and resource-order records from the Rogue Valley Interagency
Communications Center, and the incident management team\u2019s documentation
package is about 9 GB of files that must be reviewed before release. Some of
the cost-share correspondence also has to be reviewed by our Department of
Justice counsel.

We estimate that ODF will complete its response by November 20, 2026. If we
can release some records before then we will send them as they are ready.

Regards,

Hollis Brandvold
Public Records Coordinator
Oregon Department of Forestry
"""
add('020-odf-estimated-completion-date-cp1252.eml', [
    ('From', '"BRANDVOLD Hollis * ODF" <Hollis.Brandvold@odf.oregon.gov>'),
    ('To', plus(r)),
    ('Subject', 'ODF-26-0412 - estimated completion date'),
    ('Date', 'Tue, 29 Sep 2026 09:45:18 -0700'),
    ('Message-ID', outlook_mid('020')),
] + outlook('020', 'ODF-26-0412 - estimated completion date'), mk.text(b, charset='windows-1252', cte='quoted-printable'))
