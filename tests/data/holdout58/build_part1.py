"""Messages 001-010 (September 3-14, 2026)."""
from lib import *

# ------------------------------------------------------------------ 001 Treasury FOIA PAL acknowledgment (REQ-001)
d = rfc_date(2026, 9, 3, 10, 12)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c8c8c8">
<tr><td style="background:#0b2e59;color:#fff;padding:10px 14px;font-size:16px"><b>U.S. Department of the Treasury</b><br>
<span style="font-size:12px">FOIA Public Access Link (PAL)</span></td></tr>
<tr><td style="padding:14px">
<p>Dear Sam Okafor,</p>
<p>Your Freedom of Information Act request has been entered into the Treasury FOIA Public Access Link and routed to
the <b>Alcohol and Tobacco Tax and Trade Bureau (TTB)</b> for processing.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td><b>Tracking Number:</b></td><td>2026-TTB-00412</td></tr>
<tr><td><b>Received Date:</b></td><td>09/02/2026</td></tr>
<tr><td><b>Component:</b></td><td>TTB - Alcohol and Tobacco Tax and Trade Bureau</td></tr>
<tr><td><b>Request Type:</b></td><td>FOIA</td></tr>
<tr><td><b>Requester Category:</b></td><td>Representative of the News Media</td></tr>
<tr><td valign="top"><b>Description:</b></td><td>(1) Offers in compromise accepted by TTB, 01/01/2021 to present; (2) notices of
suspension, annulment or revocation of FAA Act basic permits, same period, including final orders.</td></tr>
</table>
<p>Please reference the tracking number above in all correspondence about this request. You may check the status of
the request at any time at <a href="https://foiapal.treasury.gov/app/CheckStatus.aspx">https://foiapal.treasury.gov/app/CheckStatus.aspx</a>.</p>
<p>Questions about this request may be directed to the TTB FOIA Office at foia@ttb.gov or (202) 453-2080. You may
also contact the TTB FOIA Public Liaison at the same address.</p>
<p style="color:#666;font-size:11px">This message was generated automatically by the FOIA Public Access Link. Replies
to this address are not monitored.</p>
</td></tr></table></body></html>
"""
m = html_only(html)
finish('001-treasury-pal-ack-ttb.eml', m, [
    ('Return-Path', '<noreply-foiapal@treasury.gov>'),
    ('Received', 'from pal-app02.treasury.gov (pal-app02.treasury.gov [166.123.214.33]) by mx.records.example.org with ESMTPS id 4fQ1b21kX2z; ' + d),
    ('From', 'Treasury FOIA PAL <noreply-foiapal@treasury.gov>'),
    ('To', 'records+req-001@records.example.org'),
    ('Subject', 'FOIA Request 2026-TTB-00412 has been received'),
    ('Date', d),
    ('Message-ID', mid('001pal', 'foiapal.treasury.gov')),
    ('X-Mailer', 'FOIAXpress PAL Notification Service'),
    ('Auto-Submitted', 'auto-generated'),
])

# ------------------------------------------------------------------ 002 NGCB mailbox out-of-office (REQ-002)
d = rfc_date(2026, 9, 3, 9, 31, '-0700')
text = """Thank you for your message.

I am away from the office from Thursday, September 3 through Tuesday, September 8, 2026, and will have
limited access to email. Records requests sent to this mailbox during my absence will be logged when I
return, and the five-business-day period under NRS 239.0107 will be observed.

For urgent media questions, please call the Board's Public Information Office at (702) 486-2000.

Marisol Ibarra
Records Manager, Administration Division
Nevada Gaming Control Board
"""
m = plain(text)
finish('002-ngcb-out-of-office.eml', m, [
    ('From', 'NGCB Public Records <publicrecords@gaming.nv.gov>'),
    ('To', 'records+req-002@records.example.org'),
    ('Subject', 'Automatic reply: ' + REQ[2]['subject']),
    ('Date', d),
    ('Message-ID', mid('002ooo', 'gaming.nv.gov')),
    ('In-Reply-To', REQ[2]['mid']),
    ('References', REQ[2]['mid']),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'publicrecords@gaming.nv.gov'),
])

# ------------------------------------------------------------------ 003 Gmail DSN for the Ohio Lottery request (REQ-005)
d = rfc_date(2026, 9, 8, 10, 2)
text = """
** Address not found **

Your message wasn't delivered to publicrecords@olc.state.oh.us because the domain olc.state.oh.us couldn't be
found. Check for typos or unnecessary spaces and try again.

Learn more at https://support.google.com/mail/?p=BadRecipientDomain

The response was:

DNS Error: DNS type 'mx' lookup of olc.state.oh.us responded with code NXDOMAIN
Domain name not found: olc.state.oh.us
"""
orig = """Return-Path: <records@records.example.org>
Received: by mail-sor-f41.google.com with SMTPS id 4fa3d0b2c8so1187231a12.2
        for <publicrecords@olc.state.oh.us>; Tue, 08 Sep 2026 07:01:58 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=records.example.org; s=google; t=1788876118;
        h=to:subject:message-id:date:from:reply-to:mime-version;
        bh=Qm9vZ3VzQm9keUhhc2hGb3JUZXN0aW5nT25seQ==; b=ZmFrZXNpZ25hdHVyZQ==
MIME-Version: 1.0
From: Records Desk <records@records.example.org>
Reply-To: records+req-005@records.example.org
Date: Tue, 8 Sep 2026 10:01:52 -0400
Message-ID: %s
Subject: %s
To: publicrecords@olc.state.oh.us
Content-Type: multipart/alternative; boundary="000000000000a81c2e05f0d91b37"
""" % (REQ[5]['mid'], REQ[5]['subject'])
m = dsn(text, 'mail-sor-f41.google.com', 'publicrecords@olc.state.oh.us', '5.1.2',
        "DNS Error: DNS type 'mx' lookup of olc.state.oh.us responded with code NXDOMAIN",
        orig, arrival='Tue, 08 Sep 2026 07:01:58 -0700 (PDT)')
finish('003-bounce-gmail-olc-domain.eml', m, [
    ('Return-Path', '<>'),
    ('Received', 'by 2002:a05:6a10:9d0a:b0:5c1:1f2e:77a4 with SMTP id c10csp2231874pxv; Tue, 8 Sep 2026 07:02:01 -0700 (PDT)'),
    ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
    ('To', 'records@records.example.org'),
    ('Auto-Submitted', 'auto-replied'),
    ('Subject', 'Delivery Status Notification (Failure)'),
    ('Date', d),
    ('Message-ID', '<67fe1c92.050a0220.3a2b1c.8d11.GMR@mx.google.com>'),
    ('X-Failed-Recipients', 'publicrecords@olc.state.oh.us'),
])

# ------------------------------------------------------------------ 004 NJ OPRA system acknowledgment (REQ-004)
d = rfc_date(2026, 9, 8, 14, 41)
text = """*** This is an automated message. Please do not reply. ***

Your Open Public Records Act (OPRA) request has been submitted to:

    Law & Public Safety - Division of Gaming Enforcement

Request Number:  W215530
Date Received:   09/08/2026
Delivery Method: E-mail

Records requested:
  Records showing the number of persons added to and removed from the casino self-exclusion list and the
  internet gaming self-exclusion list, by month, January 2023 to present. No names requested.

Under N.J.S.A. 47:1A-5(i), the custodian must grant or deny access as soon as possible, but not later than
seven (7) business days after receiving the request. Based on the date received, a response is due on or
before 09/17/2026, unless the custodian requests an extension or the records are in storage or archived.

Requests submitted after 4:30 p.m. or on a weekend or State holiday are considered received on the next
business day.

Please refer to your request number in any communication with the custodian. Communications about this
request should be directed to the agency custodian, not to this address.

NJ OPRA Records Request System
State of New Jersey
"""
html = """<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p><i>*** This is an automated message. Please do not reply. ***</i></p>
<p>Your Open Public Records Act (OPRA) request has been submitted to:<br>
<b>Law &amp; Public Safety - Division of Gaming Enforcement</b></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr><td>Request Number</td><td><b>W215530</b></td></tr>
<tr><td>Date Received</td><td>09/08/2026</td></tr>
<tr><td>Delivery Method</td><td>E-mail</td></tr>
<tr><td>Records requested</td><td>Records showing the number of persons added to and removed from the casino
self-exclusion list and the internet gaming self-exclusion list, by month, January 2023 to present. No names requested.</td></tr>
</table>
<p>Under N.J.S.A. 47:1A-5(i), the custodian must grant or deny access as soon as possible, but not later than seven (7)
business days after receiving the request. Based on the date received, a response is due on or before <b>09/17/2026</b>,
unless the custodian requests an extension or the records are in storage or archived.</p>
<p>Requests submitted after 4:30 p.m. or on a weekend or State holiday are considered received on the next business day.</p>
<p>Please refer to your request number in any communication with the custodian. Communications about this request should
be directed to the agency custodian, not to this address.</p>
<p>NJ OPRA Records Request System<br>State of New Jersey</p>
</body></html>
"""
m = alt(text, html)
finish('004-nj-opra-system-ack-dge.eml', m, [
    ('From', 'NJ OPRA Records Request System <opra.noreply@nj.gov>'),
    ('To', 'records+req-004@records.example.org'),
    ('Subject', 'OPRA Request W215530 - Submission Confirmation'),
    ('Date', d),
    ('Message-ID', mid('004opra', 'nj.gov')),
    ('X-Mailer', 'NJ OPRA Central Notification'),
])

# ------------------------------------------------------------------ 005 Ohio Lottery acknowledgment, no threading (REQ-005)
d = rfc_date(2026, 9, 10, 9, 15)
text = """Good morning,

This confirms that the Ohio Lottery Commission received your public records request on Wednesday,
September 9, 2026. (We understand an earlier copy was sent to a former Lottery address that is no longer
in service; we have the request now.)

Your request has been assigned reference number OLC-PR-2026-0457. It asks for retailer compliance audits,
inspection reports and notices of suspension or revocation of lottery sales agent licenses for retailers
in Cuyahoga County from January 1, 2024 forward.

The Commission will respond within a reasonable period of time as provided in R.C. 149.43(B). Many of the
audit files are kept in paper form at our Cleveland headquarters, and we will let you know if copying
costs apply before anything is produced. Please include the reference number when you write to us.

Regards,

Renata Kowalczyk
Public Records Coordinator | Office of Legal Services
Ohio Lottery Commission
615 West Superior Avenue, Cleveland, Ohio 44113
(216) 774-5900
"""
m = plain(text)
finish('005-ohio-lottery-ack-no-thread.eml', m, [
    ('From', 'Ohio Lottery Public Records <publicrecords@ohiolottery.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Public Records Request - Retailer Audits (Cuyahoga County)'),
    ('Date', d),
    ('Message-ID', mid('005olc', 'ohiolottery.com')),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
])

# ------------------------------------------------------------------ 006 TTB acknowledgment letter in PDF only (REQ-006)
d = rfc_date(2026, 9, 10, 11, 48)
letter = """##DEPARTMENT OF THE TREASURY
**ALCOHOL AND TOBACCO TAX AND TRADE BUREAU
1310 G Street, NW, Box 12, Washington, DC 20005

September 10, 2026

Sam Okafor
Records Desk, Example Newsroom
records@records.example.org

**Re: Freedom of Information Act Request No. 2026-TTB-00437

Dear Sam Okafor:

This letter acknowledges receipt of your Freedom of Information Act (FOIA) request dated September 9, 2026, which the TTB FOIA Office received on September 10, 2026. You asked for the basic permit application (TTB F 5100.24) filed by Harbor Point Distilling Co. of Baltimore, Maryland, the application investigation report or field investigation summary prepared on that application, and any letter approving or denying the permit.

Your request has been assigned the number shown above. Please cite it in any communication with this office.

Records you describe may include commercial or financial information submitted to TTB by the applicant. If so, TTB may be required to notify the submitter and give it an opportunity to object before we make a determination, as provided in Executive Order 12600 and the Department of the Treasury's FOIA regulations at 31 CFR part 1. Portions of an application file may also contain tax information that is protected from disclosure by 26 U.S.C. 6103.

For fee purposes we have placed you in the news media category. You will be charged only for duplication beyond the first 100 pages. We will notify you before incurring fees in excess of $25.00.

You may contact me or the TTB FOIA Public Liaison at (202) 453-2080 or foia@ttb.gov for any further assistance and to discuss any aspect of your request. Additionally, you may contact the Office of Government Information Services (OGIS) at the National Archives and Records Administration to inquire about the FOIA mediation services they offer. The contact information for OGIS is: Office of Government Information Services, National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; e-mail at ogis@nara.gov; telephone at 202-741-5770; toll free at 1-877-684-6448.

Sincerely,

Renee Castellanos
Government Information Specialist
Disclosure and FOIA Office
"""
m = plain("Good morning,\n\nPlease see the attached correspondence regarding your Freedom of Information Act request.\n\nTTB FOIA Office\n")
attach_pdf(m, '2026-TTB-00437 Acknowledgment Letter.pdf', paginate(wrap(letter)), title='FOIA Acknowledgment')
finish('006-ttb-ack-letter-pdf.eml', m, [
    ('From', 'TTB FOIA <foia@ttb.gov>'),
    ('To', 'records+req-006@records.example.org'),
    ('Subject', 'FOIA Acknowledgment Letter'),
    ('Date', d),
    ('Message-ID', mid('006ttb', 'ttb.gov')),
    ('In-Reply-To', REQ[6]['mid']),
    ('References', REQ[6]['mid']),
] + o365('006ttb', 'FOIA Acknowledgment Letter', d, tenant='ttb.gov', has_attach=True))

# ------------------------------------------------------------------ 007 NGCB 5-day notice via Google Group (REQ-002)
d = rfc_date(2026, 9, 10, 15, 22, '-0700')
text = """Dear Mr. Okafor:

The Nevada Gaming Control Board ("Board") received your public records request on September 3, 2026,
seeking disciplinary complaints filed with the Nevada Gaming Commission since January 1, 2022, the
stipulations for settlement resolving them, and any list or log of fines imposed.

Pursuant to NRS 239.0107(1)(c), please be advised that the Board is unable to make the requested records
available within five business days. The complaints and stipulations span nearly five years and are
maintained by the Enforcement Division and the Office of the Attorney General, Gaming Division, and must
be gathered and reviewed before release. The Board anticipates that the records will be available on or
before Friday, October 9, 2026.

Electronic copies will be provided at no charge unless the request requires the extraordinary use of
personnel or technological resources, in which case you will be notified of the fee under NRS 239.055
before any work is done.

Respectfully,

Marisol Ibarra
Records Manager, Administration Division
Nevada Gaming Control Board
1919 College Parkway | Carson City, NV 89706
"""
m = plain(text)
finish('007-ngcb-5day-notice-googlegroup.eml', m, [
    ('From', gg_from('Marisol Ibarra')),
    ('Reply-To', 'Marisol Ibarra <mibarra@gaming.nv.gov>'),
    ('To', 'Records Desk <records+req-002@records.example.org>'),
    ('Subject', 'PRR 26-0187 - Response to Public Records Request'),
    ('Date', d),
    ('Message-ID', mid('007ngcb', 'gaming.nv.gov')),
    ('In-Reply-To', REQ[2]['mid']),
    ('References', REQ[2]['mid']),
    ('X-Original-From', 'Marisol Ibarra <mibarra@gaming.nv.gov>'),
] + google_group('Marisol Ibarra', 'mibarra@gaming.nv.gov'))

# ------------------------------------------------------------------ 008 Michigan CRA acknowledgment, O365, deemed receipt (REQ-008)
d = rfc_date(2026, 9, 14, 8, 55)
text = """Good morning,

The Cannabis Regulatory Agency (CRA) acknowledges your request under the Michigan Freedom of Information
Act. It has been assigned FOIA No. 2026-CRA-0931.

Under MCL 15.235(1), a written request sent by electronic mail is considered received one business day
after it is transmitted. Your request was transmitted on Friday, September 11, 2026, and is therefore
deemed received on Monday, September 14, 2026. The CRA will respond within five business days of that
date, unless it issues a notice extending the response period as permitted by MCL 15.235(2)(d).

Please note that inspection records are maintained in the CRA's enforcement case system, and a fee may
be assessed in accordance with the LARA FOIA Procedures and Guidelines. You will receive a detailed cost
itemization before any fee is charged.

Thank you,

Alyssa Brandt
FOIA Coordinator
Cannabis Regulatory Agency | Michigan Department of Licensing and Regulatory Affairs
P.O. Box 30205, Lansing, MI 48909
""" + outlook_quote(8, to_line='CRA-FOIA (LARA) <CRA-FOIA@michigan.gov>', sent='Friday, September 11, 2026 6:42 PM')
html = '<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + \
    ''.join('<p>%s</p>' % p.replace('\n', '<br>\n') for p in text.split('\n\n')) + '</div></body></html>'
m = alt(text, html)
finish('008-micra-ack-deemed-received.eml', m, [
    ('From', 'CRA-FOIA (LARA) <CRA-FOIA@michigan.gov>'),
    ('To', 'Records Desk <records+req-008@records.example.org>'),
    ('Subject', 'RE: ' + REQ[8]['subject']),
    ('Date', d),
    ('Message-ID', mid('008cra', 'SA1PR09MB7741.namprd09.prod.outlook.com')),
    ('In-Reply-To', REQ[8]['mid']),
    ('References', REQ[8]['mid']),
] + o365('008cra', REQ[8]['subject'], d, tenant='michigan.gov'))

# ------------------------------------------------------------------ 009 PGCB 902 extension forwarded by a colleague (REQ-003)
d = rfc_date(2026, 9, 14, 9, 2)
letter = """##PENNSYLVANIA GAMING CONTROL BOARD
**Office of the Agency Open Records Officer
303 Walnut Street, Strawberry Square, 2nd Floor, Harrisburg, PA 17101
P.O. Box 69060, Harrisburg, PA 17106-9060

September 11, 2026

VIA ELECTRONIC MAIL ONLY
Priya Raman
Example Newsroom
praman@records.example.org

**RE: Right-to-Know Law Request No. 2026-118

Dear Ms. Raman:

Thank you for writing to the Pennsylvania Gaming Control Board ("Board") under the Right-to-Know Law ("RTKL"), 65 P.S. Sections 67.101 et seq. The Board's Open Records Office received your request on September 4, 2026. You seek (1) consent agreements between the Office of Enforcement Counsel and licensees approved since January 1, 2024; (2) any log of fines and civil penalties for the same period; and (3) statistics on enrollments in the Board's self-exclusion programs.

Pursuant to Section 902(b) of the RTKL, 65 P.S. Section 67.902(b), you are hereby notified that your request is being reviewed and that the Board requires up to thirty (30) additional days to respond, for the following reasons:

- the request requires redaction of records that contain both public and non-public information (Section 902(a)(1));
- a legal review is necessary to determine whether the records are subject to access under the RTKL (Section 902(a)(4)); and
- the extent or nature of the request precludes a response within the required time period (Section 902(a)(7)).

The Board expects to respond to your request on or before October 14, 2026. Should fees be associated with the production of records, you will be notified of the estimated cost before the records are provided.

Sincerely,

Gwen Mackey
Agency Open Records Officer
Pennsylvania Gaming Control Board
"""
text = """Logging this one - PGCB sent its 902 letter to my address because my name was on the request form.
Letter attached. They say Oct 14.

Priya

---------- Forwarded message ---------
From: Mackey, Gwen <ra-pgcbrighttoknow@pa.gov>
Date: Fri, Sep 11, 2026 at 2:17 PM
Subject: RTKL Request No. 2026-118 - Notice of Extension
To: Priya Raman <praman@records.example.org>


Good afternoon,

Please see the attached correspondence regarding your Right-to-Know request.

Respectfully,
Gwen Mackey | Agency Open Records Officer
Pennsylvania Gaming Control Board
"""
m = plain(text)
attach_pdf(m, 'RTKL 2026-118 Interim Response.pdf', paginate(wrap(letter)), title='RTKL 2026-118 Interim Response')
finish('009-fwd-pgcb-902-extension.eml', m, [
    ('From', '%s <%s>' % COLLEAGUE),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Fwd: RTKL Request No. 2026-118 - Notice of Extension'),
    ('Date', d),
    ('Message-ID', '<CAJx7Lr0pR2u3mW9qv0F4sQ1hKcZt8Ux=Qd7w1@mail.gmail.com>'),
])

# ------------------------------------------------------------------ 010 Colorado DOR GovQA acknowledgment (REQ-009)
d = rfc_date(2026, 9, 14, 13, 31, '-0600')
text = """Dear Sam Okafor,

Thank you for your interest in the public records of the Colorado Department of Revenue. Your request has
been received and is being handled in accordance with the Colorado Open Records Act, C.R.S. 24-72-201 et seq.

Reference Number: R002761-091426
Date Received: 9/14/2026
Division: Marijuana Enforcement Division (MED)

Records requested: MED inspection reports, notices of violation, stipulations and final agency orders for
retail marijuana stores in the City and County of Denver, 1/1/2025 to present.

You will be notified by email when your request is updated or completed. To check the status of the
request, upload information, or make a payment, log in to the Colorado Department of Revenue Public
Records Center:
https://colorado-dor.govqa.us/WEBAPP/_rs/(S(2wq1yfxn5k0t))/supporthome.aspx

Please do not reply to this email. Messages sent to this address are not reviewed.

Colorado Department of Revenue
Public Records Center
"""
html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Dear Sam Okafor,</p>
<p>Thank you for your interest in the public records of the Colorado Department of Revenue. Your request has been received
and is being handled in accordance with the Colorado Open Records Act, C.R.S. 24-72-201 et seq.</p>
<p><b>Reference Number:</b> R002761-091426<br><b>Date Received:</b> 9/14/2026<br>
<b>Division:</b> Marijuana Enforcement Division (MED)</p>
<p><b>Records requested:</b> MED inspection reports, notices of violation, stipulations and final agency orders for retail
marijuana stores in the City and County of Denver, 1/1/2025 to present.</p>
<p>You will be notified by email when your request is updated or completed. To check the status of the request, upload
information, or make a payment, log in to the
<a href="https://colorado-dor.govqa.us/WEBAPP/_rs/(S(2wq1yfxn5k0t))/supporthome.aspx">Colorado Department of Revenue Public Records Center</a>.</p>
<p style="font-size:8pt;color:#777">Please do not reply to this email. Messages sent to this address are not reviewed.</p>
<p>Colorado Department of Revenue<br>Public Records Center</p>
</body></html>
"""
m = alt(text, html)
finish('010-co-dor-govqa-ack-med.eml', m, [
    ('From', 'Colorado Department of Revenue <coloradodor@govqa.us>'),
    ('To', 'records+req-009@records.example.org'),
    ('Subject', 'Colorado Department of Revenue Public Records Request :: R002761-091426'),
    ('Date', d),
    ('Message-ID', mid('010govqa', 'govqa.us')),
    ('X-Mailer', 'GovQA Mail Service'),
])
print('part1 done')
