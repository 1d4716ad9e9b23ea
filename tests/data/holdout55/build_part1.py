#!/usr/bin/env python3
"""Messages 001-010 (September 1-10, 2026)."""
from build_common import *

R001 = req_mid(1, '20260901'); R003 = req_mid(3, '20260902'); R005 = req_mid(5, '20260903')
R006 = req_mid(6, '20260908'); R008 = req_mid(8, '20260909'); R016 = req_mid(16, '20260904')

REQ003_TEXT = """To the FOIA Officer:

Under the Illinois Freedom of Information Act, 5 ILCS 140, we request copies of the
following records held by the Cook County Medical Examiner's Office concerning the
death of a detainee of the Cook County Department of Corrections on July 19, 2026
(ME case 2026-07311):

1. The final autopsy report, including the toxicology report;
2. The investigator's report (case report and narrative);
3. Any correspondence with the Cook County Sheriff's Office or the Illinois State
   Police regarding the case.

We are a news organization and ask that any fees be waived. Electronic copies are
preferred.

Records Desk
records.example.org"""

REQ005_TEXT = """Dear Coroner,

Under Indiana's Access to Public Records Act (IC 5-14-3) and IC 36-2-14-18, we request a
copy of the coroner's verdict and written report, and the information required to be
made public under IC 36-2-14-18(a), for the inmate who died at the Decatur County Jail
on or about August 14, 2026.

Electronic copies by email are fine.

Records Desk
records.example.org"""

REQ006_TEXT = """To the PIA Representative, Office of the Chief Medical Examiner:

Under the Maryland Public Information Act (General Provisions Article, Title 4), we
request copies of the autopsy reports (with toxicology) for all OCME cases from January 1,
2024 through December 31, 2025 in which the decedent died in the custody of a law
enforcement or correctional agency, or during or shortly after restraint by law
enforcement officers.

Please tell us in advance if fees will exceed $200.

Records Desk"""

REQ008_TEXT = """Public Information Officer, Dallas County Hospital District:

Under the Texas Public Information Act, Chapter 552 of the Government Code, we request
the ambulance diversion logs for Parkland Memorial Hospital from January 1, 2025 through
August 31, 2026, showing each diversion status change (start and end date/time, the
status type, and the reason recorded), and any monthly summaries of diversion hours.

We do not seek any patient information.

Records Desk
records.example.org"""

# ---------------------------------------------------------------- 001 Maricopa portal ack (HTML only)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c9c9c9">
<tr><td style="background:#5a2d82;color:#fff;padding:10px 14px;font-size:13pt"><b>Maricopa County Public Records Center</b></td></tr>
<tr><td style="padding:14px">
<p>Dear Records Desk,</p>
<p>Thank you for contacting Maricopa County. Your public records request has been received and routed to the
department(s) listed below. Please keep the reference number for your records.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:9pt">
<tr><td style="background:#eee">Reference #</td><td><b>W003318-090126</b></td></tr>
<tr><td style="background:#eee">Date Received</td><td>9/1/2026</td></tr>
<tr><td style="background:#eee">Department</td><td>Office of the Medical Examiner</td></tr>
<tr><td style="background:#eee">Request Type</td><td>Media Request</td></tr>
<tr><td style="background:#eee">Description</td><td>Autopsy reports, investigative reports and toxicology for deaths of persons in
custody at Maricopa County Sheriff's Office jail facilities (4th Avenue Jail, Lower Buckeye Jail, Estrella Jail,
Towers Jail), January 1, 2024 to present.</td></tr>
</table>
<p>Under Arizona's public records law (A.R.S. &sect; 39-121 et seq.), the County will provide records promptly.
Requests involving a large volume of records, records held by more than one department, or records requiring
legal review may take longer. You will be notified through the Public Records Center when your request is updated
or when records are available.</p>
<p>To check the status of your request or to send a message to the department, please
<a href="https://maricopacountyaz.govqa.us/WEBAPP/_rs/(S(x3k1p0gq))/SupportHome.aspx">log in to the Public Records Center</a>.
Replies to this email are not monitored.</p>
<p>Maricopa County Public Records</p>
</td></tr></table>
</body></html>
"""
write('001-mcome-govqa-ack.eml', [
    ('From', 'Maricopa County Public Records Center <maricopacountyaz@govqa.us>'),
    ('To', plus(1)),
    ('Subject', 'Public Records Request :: W003318-090126'),
    ('Date', 'Tue, 01 Sep 2026 15:12:08 -0700'),
    ('Message-ID', '<7b91c04e2a6f4d0c9a55e1f3d2b01c7e@govqa.us>'),
    ('X-Mailer', 'GovQA Mailer 9.4'),
], text(html, 'html'))

# ---------------------------------------------------------------- 002 Cook County ME: Outlook out-of-office
ooo_txt = """I am out of the office through Friday, September 4, 2026, with limited access to email.

FOIA requests sent to ME.FOIA@cookcountyil.gov continue to be logged and processed in my
absence within the statutory time frames. For an urgent matter please call the Medical
Examiner's Office main line at 312-666-0500 and ask for the FOIA unit.

Teresa Ramirez
FOIA Officer | Cook County Medical Examiner's Office
"""
ooo_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>I am out of the office through Friday, September 4, 2026, with limited access to email.</p>
<p>FOIA requests sent to ME.FOIA@cookcountyil.gov continue to be logged and processed in my absence within the
statutory time frames. For an urgent matter please call the Medical Examiner&#8217;s Office main line at 312-666-0500
and ask for the FOIA unit.</p>
<p>Teresa Ramirez<br>FOIA Officer | Cook County Medical Examiner&#8217;s Office</p></div></body></html>
"""
write('002-ccme-outlook-ooo.eml', [
    ('From', '"Ramirez, Teresa (Medical Examiner)" <Teresa.Ramirez@cookcountyil.gov>'),
    ('To', 'Records Desk <%s>' % plus(3)),
    ('Subject', 'Automatic reply: FOIA Request: Autopsy, toxicology and investigator reports for the July 19, 2026 death of a Cook County Jail detainee'),
    ('Thread-Topic', 'FOIA Request: Autopsy, toxicology and investigator reports for the July 19, 2026 death of a Cook County Jail detainee'),
    ('Thread-Index', 'AQHcG2x7hJ1T0v3tTkO8S1bI0r9u1A=='),
    ('Date', 'Wed, 02 Sep 2026 09:41:17 -0500'),
    ('Message-ID', '<CH0PR09MB7421A3E95C1D4B6F2B8E3C40A1C22@CH0PR09MB7421.namprd09.prod.outlook.com>'),
    ('In-Reply-To', R003),
    ('References', R003),
    ('Auto-Submitted', 'auto-generated'),
    ('X-Auto-Response-Suppress', 'All'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'Teresa.Ramirez@cookcountyil.gov'),
    ('X-MS-Exchange-Organization-AuthSource', 'CH0PR09MB7421.namprd09.prod.outlook.com'),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
], multipart('alternative', [text(ooo_txt), text(ooo_html, 'html')], '002'))

# ---------------------------------------------------------------- 003 Decatur County: NDR for the former coroner's address
orig005 = """From: Records Desk <records@records.example.org>
Reply-To: records+req-005@records.example.org
To: coroner@decaturcounty.in.gov
Cc: lwagner@decaturcounty.in.gov
Subject: APRA Request: Coroner's verdict and report for the August 2026 death of a
 Decatur County Jail inmate
Date: Thu, 03 Sep 2026 08:02:11 -0400
Message-ID: <req-005.20260903.1@records.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

""" + REQ005_TEXT + "\n"
ndr_txt = """Delivery has failed to these recipients or groups:

lwagner@decaturcounty.in.gov
The email address you entered couldn't be found. Please check the recipient's email
address and try to resend the message. If the problem continues, please contact your
helpdesk.


Diagnostic information for administrators:

Generating server: EXCH02.decaturcounty.local

lwagner@decaturcounty.in.gov
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Original message headers:

Received: from mx1.records.example.org (203.0.113.40) by EXCH02.decaturcounty.local
 (10.20.1.12) with Microsoft SMTP Server id 15.1.2507.39; Thu, 3 Sep 2026 08:02:31 -0400
From: Records Desk <records@records.example.org>
To: <coroner@decaturcounty.in.gov>
CC: <lwagner@decaturcounty.in.gov>
Subject: APRA Request: Coroner's verdict and report for the August 2026 death of a
 Decatur County Jail inmate
Date: Thu, 3 Sep 2026 08:02:11 -0400
Message-ID: <req-005.20260903.1@records.example.org>
"""
ds = """Reporting-MTA: dns;EXCH02.decaturcounty.local
Received-From-MTA: dns;mx1.records.example.org
Arrival-Date: Thu, 3 Sep 2026 12:02:31 +0000

Final-Recipient: rfc822;lwagner@decaturcounty.in.gov
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
"""
write('003-decatur-exchange-ndr.eml', [
    ('From', 'postmaster@decaturcounty.in.gov'),
    ('To', 'records@records.example.org'),
    ('Subject', "Undeliverable: APRA Request: Coroner's verdict and report for the August 2026 death of a Decatur County Jail inmate"),
    ('Date', 'Thu, 03 Sep 2026 08:03:02 -0400'),
    ('Message-ID', '<5f0d1b2a-9c3e-4d71-8e02-6b1f3a7c9d44@EXCH02.decaturcounty.local>'),
    ('In-Reply-To', R005),
    ('References', R005),
    ('Auto-Submitted', 'auto-replied'),
    ('X-MS-Exchange-Message-Is-Ndr', ''),
    ('Content-Language', 'en-US'),
], multipart('report', [
    text(ndr_txt, charset='us-ascii', cte='7bit'),
    raw_part(['Content-Type: message/delivery-status'], ds),
    raw_part(['Content-Type: message/rfc822'], orig005),
], '003', params=' report-type=delivery-status;'))

# ---------------------------------------------------------------- 004 Cook County ME acknowledgment (plain, Outlook quote)
ack004 = """Good morning,

The Cook County Medical Examiner's Office (MEO) acknowledges receipt of your request
under the Illinois Freedom of Information Act, received Wednesday, September 2, 2026.
Your request has been assigned FOIA No. 2026-ME-0412. Please reference this number in
any future correspondence about this request.

Under Section 3(d) of the Act (5 ILCS 140/3(d)), the MEO has five business days after
receipt to respond or to notify you of an extension under Section 3(e). A response is
currently due on or before Thursday, September 10, 2026.

Thank you,

FOIA Unit
Cook County Medical Examiner's Office
2121 W. Harrison Street | Chicago, IL 60612
ME.FOIA@cookcountyil.gov

-----Original Message-----
From: Records Desk <records@records.example.org>
Sent: Wednesday, September 2, 2026 8:15 AM
To: ME.FOIA <ME.FOIA@cookcountyil.gov>
Cc: Ramirez, Teresa (Medical Examiner) <Teresa.Ramirez@cookcountyil.gov>
Subject: FOIA Request: Autopsy, toxicology and investigator reports for the July 19, 2026 death of a Cook County Jail detainee

""" + REQ003_TEXT + "\n"
write('004-ccme-ack-outlook-quote.eml', [
    ('From', 'ME FOIA <ME.FOIA@cookcountyil.gov>'),
    ('To', 'Records Desk <%s>' % plus(3)),
    ('Subject', 'RE: FOIA Request: Autopsy, toxicology and investigator reports for the July 19, 2026 death of a Cook County Jail detainee'),
    ('Thread-Topic', 'FOIA Request: Autopsy, toxicology and investigator reports for the July 19, 2026 death of a Cook County Jail detainee'),
    ('Thread-Index', 'AQHcG2x7hJ1T0v3tTkO8S1bI0r9u1LQAx9mE'),
    ('Date', 'Thu, 03 Sep 2026 11:26:40 -0500'),
    ('Message-ID', '<CH0PR09MB74218B0D7E2A41C7A9F0D3B2A1C22@CH0PR09MB7421.namprd09.prod.outlook.com>'),
    ('In-Reply-To', R003),
    ('References', R003),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('X-MS-TNEF-Correlator', ''),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
], text(ack004, charset='us-ascii', cte='7bit'))

# ---------------------------------------------------------------- 005 CDC acknowledgment letter, PDF only
letter005 = [
    'DEPARTMENT OF HEALTH & HUMAN SERVICES                         Public Health Service',
    '                                           Centers for Disease Control and Prevention (CDC)',
    '                                           Atlanta GA 30329-4027',
    '',
    'September 8, 2026',
    '',
    'Records Desk',
    'records.example.org',
    'Via email: records+req-016@records.example.org',
    '',
    'Dear Requester:',
    '',
    'The Centers for Disease Control and Prevention and Agency for Toxic Substances and Disease Registry',
    '(CDC/ATSDR) received your Freedom of Information Act (FOIA) request dated September 4, 2026, on',
    'September 8, 2026. Your request seeks:',
    '',
    '   "Guidance documents, training materials and correspondence of the National Center for Health',
    '   Statistics and the National Violent Death Reporting System program concerning the certification',
    '   and coding of deaths in custody and deaths following law enforcement restraint, January 1, 2023',
    '   to the date of search."',
    '',
    'Your request has been assigned tracking number #26-01873-FOIA. Please refer to this number in any',
    'communication with our office about this request.',
    '',
    'We have placed you in the "news media" fee category. Search and review fees do not apply to this',
    'category, and the first 100 pages of duplication are provided at no charge. We will contact you',
    'before incurring any fees above $25.',
    '',
    'Because responsive records may be held by more than one CDC Center and may require consultation',
    'with other components, we may need to extend the time limit for responding by up to 10 working',
    'days under 5 U.S.C. 552(a)(6)(B). If that becomes necessary you will be notified in writing.',
    '',
    'You may contact our FOIA Public Liaison at 770-488-6246 for help with your request. You may also',
    'contact the Office of Government Information Services (OGIS) at the National Archives and Records',
    'Administration, which offers mediation services to resolve disputes between FOIA requesters and',
    'Federal agencies as a non-exclusive alternative to litigation: OGIS, Room 2510, 8601 Adelphi',
    'Road, College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770.',
    '',
    'Sincerely,',
    '',
    'Lorraine T. Whitcomb',
    'Government Information Specialist',
    'CDC/ATSDR FOIA Office',
]
body005 = """Please see the attached correspondence concerning your Freedom of Information Act request.

CDC/ATSDR FOIA Office
FOIARequests@cdc.gov | 770-488-6399
"""
write('005-cdc-ack-pdf-only.eml', [
    ('From', 'CDC FOIA Office <FOIARequests@cdc.gov>'),
    ('To', plus(16)),
    ('Subject', 'FOIA Acknowledgement Letter - #26-01873-FOIA'),
    ('Date', 'Tue, 08 Sep 2026 10:15:22 -0400'),
    ('Message-ID', '<DM6PR09MB5324D1E0C4AD4A51B0E7F6C2B3A91@DM6PR09MB5324.namprd09.prod.outlook.com>'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', 'yes'),
], multipart('mixed', [text(body005, charset='us-ascii', cte='7bit'),
                       attachment(pdf(letter005, title='26-01873-FOIA Acknowledgement'), 'application/pdf',
                                  '26-01873-FOIA Acknowledgement Letter.pdf')], '005'))

# ---------------------------------------------------------------- 006 Maryland OCME acknowledgment (Gmail-style, alternative)
ack006 = """Good afternoon,

This confirms that the Office of the Chief Medical Examiner received your Maryland
Public Information Act request on September 8, 2026. It has been logged as
OCME-PIA-2026-0117.

Under General Provisions Article section 4-203, the custodian must respond within
30 days after receiving a request. If we cannot produce the records within 10 working
days, we will write to you with the reason for the delay, the amount of time we
expect to need, and an estimate of any fees.

Please be aware that copies of OCME autopsy reports are subject to the report fees
set by regulation, so there may be a charge once we know how many cases are
responsive.

Thank you,

Angela Boateng
PIA Coordinator
Office of the Chief Medical Examiner
Maryland Department of Health
900 W. Baltimore Street, Baltimore, MD 21223

On Tue, Sep 8, 2026 at 9:03 AM Records Desk <records@records.example.org> wrote:
""" + quote(REQ006_TEXT) + "\n"
ack006_html = '<div dir="ltr">' + ''.join('<div>%s</div>' % (l if l else '<br>') for l in ack006.split('\nOn Tue')[0].split('\n')) + \
    '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Sep 8, 2026 at 9:03 AM Records Desk &lt;<a href="mailto:records@records.example.org">records@records.example.org</a>&gt; wrote:<br></div>' + \
    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + \
    REQ006_TEXT.replace('\n', '<br>\n') + '</blockquote></div>\n'
write('006-mdocme-ack-gmail.eml', [
    ('From', 'MDH OCME PIA <mdh.ocmepia@maryland.gov>'),
    ('To', 'Records Desk <%s>' % plus(6)),
    ('Subject', 'Re: PIA Request: OCME autopsy reports for deaths in custody or following law enforcement restraint, 2024-2025'),
    ('Date', 'Tue, 08 Sep 2026 14:50:36 -0400'),
    ('Message-ID', '<CAK7vR2yQ0pXmZ4tL9sFh1bN3cWv8eJd5uTg6oKx2Rq@mail.gmail.com>'),
    ('In-Reply-To', R006),
    ('References', R006),
], multipart('alternative', [text(ack006), text(ack006_html, 'html')], '006'))

# ---------------------------------------------------------------- 007 Decatur County chief deputy acknowledges (windows-1252)
ack007 = """Hi,

We got your request \u2013 Rick (Coroner Ostermann) asked me to answer it. FYI Linda Wagner\u2019s
old email isn\u2019t active anymore, she left office in January, so use this address or
coroner@decaturcounty.in.gov going forward.

The toxicology on this case is still out at the lab and the verdict can\u2019t be signed
until it comes back. Right now we\u2019re looking at the end of October, probably around
October 30. As soon as Rick signs off I\u2019ll email you the verdict and the report.

Dana Hartwell
Chief Deputy Coroner
Decatur County Coroner\u2019s Office
150 Courthouse Square, Greensburg, IN 47240
(812) 663-2570

________________________________
From: Records Desk <records@records.example.org>
Sent: Thursday, September 3, 2026 8:02 AM
To: Coroner <coroner@decaturcounty.in.gov>
Subject: APRA Request: Coroner's verdict and report for the August 2026 death of a Decatur County Jail inmate

""" + REQ005_TEXT + "\n"
write('007-decatur-deputy-ack-cp1252.eml', [
    ('From', 'Dana Hartwell <dhartwell@decaturcounty.in.gov>'),
    ('To', 'Records Desk <%s>' % plus(5)),
    ('Subject', "RE: APRA Request: Coroner's verdict and report for the August 2026 death of a Decatur County Jail inmate"),
    ('Date', 'Tue, 08 Sep 2026 16:22:51 -0400'),
    ('Message-ID', '<0c1e01dd3f6b$a2f3c4d0$e8db4e70$@decaturcounty.in.gov>'),
    ('In-Reply-To', R005),
    ('References', R005),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
    ('Thread-Index', 'AQHcHJr1x0Vj3A9lSq2h5t2wOqv0Ng=='),
    ('Content-Language', 'en-us'),
], text(ack007, charset='windows-1252'))

# ---------------------------------------------------------------- 008 vendor webinar newsletter (null)
nl_txt = """ForensicTrack Solutions | September Update

WEBINAR: How three medical examiner offices cut autopsy report turnaround by 30%
Thursday, September 24, 2026 | 2:00 PM Eastern | Free

Pending-case backlogs, toxicology delays and records requests from families, attorneys
and the press are squeezing every ME and coroner office. Join chief investigators from
three county offices to see how they:

- track every case from intake to signed report on one dashboard
- publish case status to families without phone calls
- answer public records requests for autopsy reports in days, not months

Register: https://events.forensictrack-mail.com/webinar/0924

You are receiving this email because you downloaded a ForensicTrack white paper.
Unsubscribe: https://forensictrack-mail.com/u/8c1f2e
ForensicTrack Solutions, 400 Commerce Blvd, Suite 210, Nashville, TN 37203
"""
nl_html = """<html><body style="margin:0;background:#f2f4f7"><table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:18px;background:#0d3b66;color:#fff;font-size:18px">ForensicTrack Solutions | September Update</td></tr>
<tr><td style="padding:18px"><h2 style="color:#0d3b66">WEBINAR: How three medical examiner offices cut autopsy report turnaround by 30%</h2>
<p><b>Thursday, September 24, 2026 | 2:00 PM Eastern | Free</b></p>
<p>Pending-case backlogs, toxicology delays and records requests from families, attorneys and the press are squeezing every ME and coroner office. Join chief investigators from three county offices to see how they:</p>
<ul><li>track every case from intake to signed report on one dashboard</li><li>publish case status to families without phone calls</li>
<li>answer public records requests for autopsy reports in days, not months</li></ul>
<p><a href="https://events.forensictrack-mail.com/webinar/0924" style="background:#f4a259;color:#fff;padding:10px 16px;text-decoration:none">Register now</a></p>
<p style="font-size:11px;color:#777">You are receiving this email because you downloaded a ForensicTrack white paper.
<a href="https://forensictrack-mail.com/u/8c1f2e">Unsubscribe</a><br>ForensicTrack Solutions, 400 Commerce Blvd, Suite 210, Nashville, TN 37203</p></td></tr></table></body></html>
"""
write('008-vendor-webinar-null.eml', [
    ('From', 'ForensicTrack Solutions <news@forensictrack-mail.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Webinar: cutting autopsy report turnaround by 30% (Sept 24)'),
    ('Date', 'Wed, 09 Sep 2026 07:00:04 -0500'),
    ('Message-ID', '<20260909120004.3f9a2c71e5b8@mta12.forensictrack-mail.com>'),
    ('List-Unsubscribe', '<https://forensictrack-mail.com/u/8c1f2e>, <mailto:unsub-8c1f2e@forensictrack-mail.com>'),
    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
    ('Precedence', 'bulk'),
    ('X-Campaign-ID', 'ft-2026-09-webinar'),
], multipart('alternative', [text(nl_txt), text(nl_html, 'html')], '008'))

# ---------------------------------------------------------------- 009 Parkland acknowledgment (Outlook, HIPAA footer)
ack009 = """Dear Requestor,

The Dallas County Hospital District d/b/a Parkland Health received your request for
information on September 9, 2026. Your request has been assigned tracking number
PIR2026-0917. Please include this number in all correspondence regarding this request.

The Texas Public Information Act requires the District to promptly produce public
information or, if it cannot do so within 10 business days, to certify a date and hour
within a reasonable time when the information will be available. If the cost of
providing the information will exceed $40, you will receive an itemized statement of
estimated charges before any work begins (Gov't Code 552.2615).

If the District believes any of the requested information is excepted from disclosure,
it will request a ruling from the Office of the Attorney General within the time the
Act allows and will notify you.

Sincerely,

Open Records Office
Office of the General Counsel
Parkland Health
5200 Harry Hines Blvd., Dallas, TX 75235
OpenRecords@phhs.org

CONFIDENTIALITY NOTICE: This email and any attachments may contain confidential or
legally privileged information, including protected health information. If you are not
the intended recipient, please notify the sender immediately and delete this message.

From: Records Desk <records@records.example.org>
Sent: Wednesday, September 9, 2026 10:41 AM
To: OpenRecords <OpenRecords@phhs.org>
Subject: Public Information Request: Parkland Memorial Hospital ambulance diversion logs, January 2025 - August 2026

""" + REQ008_TEXT + "\n"
write('009-parkland-ack.eml', [
    ('From', 'Parkland Open Records <OpenRecords@phhs.org>'),
    ('To', 'Records Desk <%s>' % plus(8)),
    ('Subject', 'RE: Public Information Request: Parkland Memorial Hospital ambulance diversion logs, January 2025 - August 2026 [PIR2026-0917]'),
    ('Thread-Topic', 'Public Information Request: Parkland Memorial Hospital ambulance diversion logs, January 2025 - August 2026'),
    ('Thread-Index', 'AQHcIC9mZ2f3v8sT0kq8h3yY4Tn6Dg=='),
    ('Date', 'Thu, 10 Sep 2026 09:05:12 -0500'),
    ('Message-ID', '<SN4PR06MB7322C0A2D9E84F1A8B57C2E6F01D9@SN4PR06MB7322.namprd06.prod.outlook.com>'),
    ('In-Reply-To', R008),
    ('References', R008),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('X-MS-Exchange-Organization-SCL', '1'),
], text(ack009))

# ---------------------------------------------------------------- 010 Cook County ME: 5-business-day extension
ext010 = """FOIA No. 2026-ME-0412

Dear Requester:

This letter concerns your request under the Illinois Freedom of Information Act, received
by the Cook County Medical Examiner's Office on September 2, 2026, for the autopsy,
toxicology and investigator reports for ME case 2026-07311.

Pursuant to Section 3(e) of the Act (5 ILCS 140/3(e)), the Office is extending the time
to respond to your request by five (5) business days, to September 17, 2026, for the
following reasons:

  (iii) the request requires an extensive search for records in response thereto; and
  (vi) the request requires the Office to consult with another public body that has a
       substantial interest in the determination or in the subject matter of the request.

We will respond on or before September 17, 2026.

Respectfully,

FOIA Unit
Cook County Medical Examiner's Office
2121 W. Harrison Street | Chicago, IL 60612
"""
write('010-ccme-extension.eml', [
    ('From', 'ME FOIA <ME.FOIA@cookcountyil.gov>'),
    ('To', 'Records Desk <%s>' % plus(3)),
    ('Subject', 'FOIA No. 2026-ME-0412 - Extension of Time'),
    ('Date', 'Thu, 10 Sep 2026 13:40:05 -0500'),
    ('Message-ID', '<CH0PR09MB7421F6A1B3C94E2D8C03B7A5E2C22@CH0PR09MB7421.namprd09.prod.outlook.com>'),
    ('References', R003),
    ('Thread-Topic', 'FOIA No. 2026-ME-0412 - Extension of Time'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], text(ext010, charset='us-ascii', cte='7bit'))

print('part1 done')
