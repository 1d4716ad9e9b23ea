#!/usr/bin/env python3
"""Regenerates messages/*.eml for this set (all people, numbers and letters invented)."""
import yaml
from mklib import new, write, make_pdf, quote, wrap, HERE, OUT

OUT.mkdir(exist_ok=True)
for p in OUT.glob('*.eml'):
    p.unlink()
R = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}


def mid(rid):
    return R[rid]['message_id']


def subj(rid):
    return R[rid]['subject']


def plus(rid):
    return R[rid]['reply_address']


OUR = 'Records Desk <records@records.example.org>'
INBOX = 'records@records.example.org'

OGIS = ('If you have questions about this response, you may contact our FOIA Public Liaison. You also may '
        'contact the Office of Government Information Services (OGIS) at the National Archives and Records '
        'Administration to inquire about the FOIA mediation services they offer. OGIS: 8601 Adelphi Road-OGIS, '
        'College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.')

# ============================================================== 001 ODNI auto-reply
m = new([('From', 'ODNI FOIA <dni-foia@dni.gov>'), ('To', plus('REQ-001')),
         ('Subject', 'Automatic reply: ' + subj('REQ-001')),
         ('Date', 'Tue, 01 Sep 2026 18:12:41 -0400'),
         ('Message-ID', '<BN8PR09MB5520A1C7E02D4F19B3C8E1D6A4512@BN8PR09MB5520.namprd09.prod.outlook.com>'),
         ('In-Reply-To', mid('REQ-001')), ('References', mid('REQ-001')),
         ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
         ('X-MS-Exchange-Inbox-Rules-Loop', 'dni-foia@dni.gov')])
m.set_content(wrap("""Thank you for contacting the Office of the Director of National Intelligence (ODNI) Information Management Office.

This automated message confirms only that your email reached this mailbox. It is not an acknowledgment of a Freedom of Information Act or Privacy Act request, and no case number has been assigned yet. Requests are logged in the order they arrive; you will receive a separate acknowledgment with a case number once your request has been reviewed.

Please note that email received after 5:00 p.m. Eastern Time, or on a weekend or federal holiday, is considered received on the next business day.

To check the status of an existing request, please include your ODNI case number (format DF-YYYY-NNNNN) in the subject line.

ODNI FOIA Requester Service Center
Washington, DC 20511
"""))
write('001-odni-autoreply.eml', m)

# ============================================================== 002 RISP out of office
m = new([('From', '"Ferreira, Linda (RISP)" <linda.ferreira@risp.ri.gov>'), ('To', plus('REQ-011')),
         ('Subject', 'Automatic reply: ' + subj('REQ-011')),
         ('Thread-Topic', subj('REQ-011')),
         ('Thread-Index', 'AQHdQ2kq1V9xW3bJ0EiPpRk7r3nLWQ=='),
         ('Date', 'Tue, 08 Sep 2026 09:31:07 -0400'),
         ('Message-ID', '<SA1PR09MB81147E52C0A9D3B64F0E2AC1D9B4A@SA1PR09MB8114.namprd09.prod.outlook.com>'),
         ('In-Reply-To', mid('REQ-011')), ('References', mid('REQ-011')),
         ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
         ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
         ('Content-Language', 'en-US'), ('X-MS-Exchange-Organization-AuthAs', 'Internal')])
m.set_content("""I am out of the office through Friday, September 11, 2026 with limited access to email.

Access to Public Records Act requests sent to this address will be logged upon my return. If your matter is urgent, please contact the Rhode Island State Police Legal Office at (401) 444-1000 and ask for the duty legal officer.

Thank you,
Linda Ferreira
Paralegal, Legal Office
Rhode Island State Police
""", cte='quoted-printable')
write('002-risp-ooo.eml', m)

# ============================================================== 003 Groton GovQA ack (HTML only)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<table width="640" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#1c3f6e;color:#ffffff;padding:10px;font-size:14pt">Town of Groton, Connecticut &ndash; Public Records Center</td></tr>
<tr><td style="padding:14px">
<p>Dear Records Desk,</p>
<p>Thank you for your interest in the public records of the Town of Groton. Your request has been received and is being processed in accordance with the Connecticut Freedom of Information Act, Conn. Gen. Stat. &sect; 1-200 et seq.</p>
<p>Your request was received in this office on <b>9/9/2026</b> and given the reference number <b>R000412-090926</b> for tracking purposes.</p>
<p><b>Record(s) Requested:</b> Calls for service, incident reports and correspondence of the Groton Town Police Department concerning unmanned aircraft (drone) activity near Naval Submarine Base New London, January 1, 2025 to the present, and any agreements with NCIS or the FBI concerning response to drone activity.</p>
<p><b>Department(s):</b> Police Department &ndash; Records Division</p>
<p>You can monitor the progress of your request, and receive any records released, at the link below:<br>
<a href="https://grotonct.mycusthelp.com/WEBAPP/_rs/(S(x4q2mbl0f3wq1k5n2v0e3j1a))/RequestLogin.aspx">https://grotonct.mycusthelp.com/WEBAPP/_rs/RequestLogin.aspx</a></p>
<p>Town of Groton<br>Public Records Center<br>45 Fort Hill Road, Groton, CT 06340</p>
<p style="color:#777777;font-size:8pt">This is an automated message generated by the Public Records Center. Please do not reply to this email; replies are not monitored.</p>
</td></tr></table></body></html>
"""
m = new([('From', 'Town of Groton Public Records Center <grotonct@mycusthelp.net>'), ('To', INBOX),
         ('Subject', 'Public Records Request :: R000412-090926'),
         ('Date', 'Wed, 09 Sep 2026 10:05:52 -0400'),
         ('Message-ID', '<20260909140552.8a31c0f2e6b14d55@mycusthelp.net>'),
         ('X-Mailer', 'GovQA Notification Service')])
m.set_content(html, subtype='html', cte='quoted-printable')
write('003-groton-govqa-ack.eml', m)

# ============================================================== 004 NSA ack with queue position
m = new([('From', 'NSA FOIA Requester Service Center <foiarsc@nsa.gov>'), ('To', plus('REQ-005')),
         ('Subject', 'Acknowledgement of Your FOIA Request'),
         ('Date', 'Wed, 09 Sep 2026 15:20:13 +0000'),
         ('Message-ID', '<6f2b91d4c8a34e0d9b7e15a2c3d4e5f6@msx.nsa.gov>')])
m.set_content(wrap("""FOIA Case: 118762
9 September 2026

Ms. Nora Castellanos
Records Desk
records.example.org

Dear Ms. Castellanos:

This acknowledges receipt of your Freedom of Information Act (FOIA) request submitted via email on 2 September 2026 for records relating to the closure of the Naval Security Group Activity (NSGA) Winter Harbor, Maine, including decision memoranda, transfer of cryptologic functions, and disposition of the Corea and Schoodic Point facilities, from 1999 through 2003. Your request has been assigned Case Number 118762. Please refer to this case number when contacting us about your request.

For purposes of this request and based on the information you provided, you are considered a representative of the news media. Unless you qualify for a fee waiver or reduction, you will be charged for duplication of records beyond the first 100 pages. We will notify you before any chargeable fees are incurred.

Due to the nature of the records you seek and the need to coordinate with other Government organizations, your request has been placed in the complex processing track. There are 1,204 requests ahead of yours in that queue. Requests are processed on a first-in, first-out basis within each track, and we will make every effort to respond as soon as possible. If you wish to limit the scope of your request, it may qualify for faster processing; please contact the FOIA Requester Service Center to discuss.

Correspondence related to your request should include the case number assigned above. Letters should be addressed to National Security Agency, FOIA/PA Office (P132), 9800 Savage Road STE 6932, Ft. George G. Meade, MD 20755-6932, or sent by email to foiarsc@nsa.gov. You may also contact our FOIA Public Liaison at foialo@nsa.gov or 301-688-6527. """ + OGIS + """

Sincerely,

FOIA Requester Service Center
NSA/CSS FOIA/PA Office
"""))
write('004-nsa-ack-queue.eml', m)

# ============================================================== 005 FBI eFOIPA ack (PDF only letter)
pdf = make_pdf("""U.S. Department of Justice
Federal Bureau of Investigation
Winchester, VA 22602

September 10, 2026

MS. NORA CASTELLANOS
RECORDS DESK
RECORDS.EXAMPLE.ORG

**FOIPA Request No.: 1702214-000
Subject: Joint Terrorism Task Force Memoranda of Understanding and Task Force Officer
         Agreements with Municipal Police Departments in CT, ME, NH, RI and VT (2020-2026)

Dear Ms. Castellanos:

This acknowledges receipt of your Freedom of Information/Privacy Acts (FOIPA) request to the FBI,
submitted through the eFOIPA portal. The FOIPA Request Number listed above has been assigned to
your request. Your request was received by the FBI on September 3, 2026.

[X] For the purpose of assessing fees, we have determined you are a representative of the news
    media and you will be charged applicable duplication fees in accordance with 5 U.S.C.
    552(a)(4)(A)(ii)(II).

[X] Your request for a fee waiver is being considered and you will be advised of the decision at
    a later date.

[ ] Please provide the information requested on the enclosed form.

Please check the status of your FOIPA request at www.fbi.gov/foia by clicking on FOIPA Status and
entering your FOIPA Request Number. Status updates are adjusted weekly. The status of newly
assigned requests may not be available until the next weekly update.

If you have questions, contact our Public Information Officer at foipaquestions@fbi.gov or
(540) 868-1535. You may also contact OGIS at ogis@nara.gov or 1-877-684-6448.

Sincerely,

Section Chief
Record/Information Dissemination Section
Information Management Division
""", title='FOIPA Acknowledgment 1702214-000', producer='FBI RIDS Correspondence')
m = new([('From', 'FBI eFOIPA <efoia@fbi.gov>'), ('To', INBOX),
         ('Subject', 'FOIPA Request Acknowledgment'),
         ('Date', 'Thu, 10 Sep 2026 08:50:31 -0400'),
         ('Message-ID', '<1789213831004.27733.JavaMail.efoipa@efoia-app02.fbi.gov>')])
m.set_content(wrap("""Attached is correspondence from the FBI Record/Information Dissemination Section concerning the Freedom of Information/Privacy Acts request you submitted through eFOIPA.

This address is not monitored. Direct questions to foipaquestions@fbi.gov or call (540) 868-1535.
"""))
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='FOIPA_Acknowledgment.pdf')
write('005-fbi-efoipa-ack-jttf.eml', m)

# ============================================================== 006 New Boston ack (Town Administrator)
orig10 = """To the Town Administrator, Town of New Boston:

Under New Hampshire's Right-to-Know Law, RSA 91-A, I request copies of
the following records, from January 1, 2025 to the present:

1. Police Department log entries, calls for service and incident
   reports that mention New Boston Space Force Station or unmanned
   aircraft (drones);
2. Fire Department run reports for calls at or near the Station;
3. Correspondence between the Select Board or Town Administrator and
   the Station or the U.S. Space Force.

Electronic copies are preferred. Thank you,

Nora Castellanos
Records Desk, records.example.org"""
m = new([('From', 'Kate Halloran <townadmin@newbostonnh.gov>'), ('To', plus('REQ-010')),
         ('Subject', 'RE: ' + subj('REQ-010')),
         ('Date', 'Thu, 10 Sep 2026 14:02:18 -0400'),
         ('Message-ID', '<000c01dd41a7$5e2f1b90$1a8d52b0$@newbostonnh.gov>'),
         ('In-Reply-To', mid('REQ-010')), ('References', mid('REQ-010')),
         ('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AQJm0b8sYq3x7H1kTq0vOp2nRq9L1g==')])
m.set_content(wrap("""Good afternoon Ms. Castellanos,

Your Right-to-Know request came in after the office closed on Friday the 4th, and Town Hall was closed Monday for Labor Day, so we have logged it as received Tuesday, September 8.

Parts of what you asked for are held by the Police Department and the Fire Department and part is in the Select Board's files, so the records are not immediately available. Please consider this our written acknowledgment under RSA 91-A:4, IV. We believe the time reasonably necessary to gather and review the records is about a month, and we expect to have them to you by Friday, October 9.

Electronic copies are normally provided at no charge. There may be a charge of $0.50 per page if anything has to be printed.

Kate Halloran
Town Administrator
Town of New Boston
7 Meetinghouse Hill Road
New Boston, NH 03070
(603) 487-5504
""") + '\n-----Original Message-----\nFrom: Records Desk <records@records.example.org>\nSent: Friday, September 4, 2026 5:41 PM\nTo: townadmin@newbostonnh.gov\nSubject: ' + subj('REQ-010') + '\n\n' + orig10 + '\n')
write('006-newboston-ack.eml', m)

# ============================================================== 007 ODNI ack (PDF only)
pdf = make_pdf("""Office of the Director of National Intelligence
Information Management Office
Washington, DC 20511

September 11, 2026

Ms. Nora Castellanos
Records Desk
records.example.org

**Reference: DF-2026-00417

Dear Ms. Castellanos:

This acknowledges receipt of your Freedom of Information Act (FOIA) request dated September 1, 2026,
which the Office of the Director of National Intelligence (ODNI) received on September 2, 2026. You
requested:

    "Assessments, reports, briefings, and correspondence of ODNI and the National Counterterrorism
    Center concerning unidentified unmanned aircraft activity over or near military installations in
    Connecticut, Maine, New Hampshire, Rhode Island, and Vermont, January 1, 2025 to the present."

Your request has been accepted for processing and assigned the reference number above. Please cite
this number in any future communications with our office about this request.

For fee purposes we have placed you in the news media category; you will not be charged search or
review fees, and the first 100 pages of duplication are provided without charge. We do not anticipate
that any fees will be assessed.

ODNI processes requests on a first-in, first-out basis. Because records responsive to your request
may originate with, or require consultation with, other elements of the Intelligence Community, you
may experience a delay in processing.

If you have questions, please contact our FOIA Requester Service Center at dni-foia@dni.gov or
(703) 275-3642, or our FOIA Public Liaison at the same number. You may also contact the Office of
Government Information Services (OGIS) at ogis@nara.gov or 1-877-684-6448.

Sincerely,

Information Management Office
Office of the Director of National Intelligence
""", title='DF-2026-00417 Acknowledgment', producer='Adobe PDF Library 23.1', creator='Microsoft Word')
m = new([('From', 'ODNI FOIA <dni-foia@dni.gov>'), ('To', plus('REQ-001')),
         ('Subject', 'ODNI FOIA Correspondence'),
         ('Date', 'Fri, 11 Sep 2026 09:14:02 -0400'),
         ('Message-ID', '<BN8PR09MB55204F0C17A2B6E94D2C88F1A4512@BN8PR09MB5520.namprd09.prod.outlook.com>'),
         ('X-MS-Has-Attach', 'yes')])
m.set_content('Please see the attached.\n')
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='DF-2026-00417_Acknowledgment.pdf')
write('007-odni-ack-pdf.eml', m)

# ============================================================== 008 FBI ack drones (PDF)
pdf = make_pdf("""U.S. Department of Justice
Federal Bureau of Investigation
Winchester, VA 22602

September 11, 2026

MS. NORA CASTELLANOS
RECORDS DESK
RECORDS.EXAMPLE.ORG

**FOIPA Request No.: 1702301-000
Subject: Unmanned Aircraft Sightings Near New Boston Space Force Station (NH) and Naval
         Submarine Base New London (CT), January 2025 - Present

Dear Ms. Castellanos:

This acknowledges receipt of your Freedom of Information/Privacy Acts (FOIPA) request to the FBI.
Your request was received on September 4, 2026. The FOIPA Request Number listed above has been
assigned to your request; please use it in all correspondence concerning your request.

[X] For the purpose of assessing fees, we have determined you are a representative of the news
    media and you will be charged applicable duplication fees in accordance with 5 U.S.C.
    552(a)(4)(A)(ii)(II).

[ ] Your request for a fee waiver is being considered.

Please check the status of your FOIPA request at www.fbi.gov/foia by clicking on FOIPA Status and
entering your FOIPA Request Number.

If you have questions, contact our Public Information Officer at foipaquestions@fbi.gov or
(540) 868-1535.

Sincerely,

Section Chief
Record/Information Dissemination Section
Information Management Division
""", title='FOIPA Acknowledgment 1702301-000', producer='FBI RIDS Correspondence')
m = new([('From', 'FBI eFOIPA <efoia@fbi.gov>'), ('To', INBOX),
         ('Subject', 'FOIPA Request Acknowledgment'),
         ('Date', 'Fri, 11 Sep 2026 09:40:55 -0400'),
         ('Message-ID', '<1789220455118.27901.JavaMail.efoipa@efoia-app01.fbi.gov>')])
m.set_content(wrap("""Attached is correspondence from the FBI Record/Information Dissemination Section concerning the Freedom of Information/Privacy Acts request you submitted through eFOIPA.

This address is not monitored. Direct questions to foipaquestions@fbi.gov or call (540) 868-1535.
"""))
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='FOIPA_Acknowledgment.pdf')
write('008-fbi-efoipa-ack-drones.eml', m)

# ============================================================== 009 RISP ack with stated deadline
ack9_text = """Good morning,

The Rhode Island State Police acknowledges receipt of your Access to Public Records Act (APRA) request, which was received by this office on Tuesday, September 8, 2026. Your request has been assigned APRA No. 26-0418; please reference this number in future correspondence.

Pursuant to R.I. Gen. Laws § 38-2-7, the Department has ten (10) business days from receipt to respond, that is, on or before Tuesday, September 22, 2026. If the Department determines that additional time is necessary, you will be notified in writing as provided in R.I. Gen. Laws § 38-2-3(e).

Please be advised that, pursuant to R.I. Gen. Laws § 38-2-4, a reasonable charge may be assessed for search and retrieval ($15.00 per hour after the first hour) and for copies ($0.15 per page). You will be notified of any cost before it is incurred.

Linda Ferreira
Paralegal, Legal Office
Rhode Island State Police
311 Danielson Pike
North Scituate, RI 02857
(401) 444-1000"""
m = new([('From', '"Ferreira, Linda (RISP)" <linda.ferreira@risp.ri.gov>'), ('To', plus('REQ-011')),
         ('Subject', 'RE: ' + subj('REQ-011')),
         ('Thread-Topic', subj('REQ-011')),
         ('Thread-Index', 'AQHdQ2kq1V9xW3bJ0EiPpRk7r3nLWaABt4Pw'),
         ('Date', 'Mon, 14 Sep 2026 10:02:44 -0400'),
         ('Message-ID', '<SA1PR09MB8114D0C4B1E37A52F9E6D0A3C9B4A@SA1PR09MB8114.namprd09.prod.outlook.com>'),
         ('In-Reply-To', mid('REQ-011')), ('References', mid('REQ-011')),
         ('X-MS-Has-Attach', ''), ('Content-Language', 'en-US'), ('X-MS-Exchange-Organization-AuthAs', 'Internal')])
m.set_content(ack9_text + '\n', cte='quoted-printable')
write('009-risp-ack-deadline.eml', m)
ACK9_ID = '<SA1PR09MB8114D0C4B1E37A52F9E6D0A3C9B4A@SA1PR09MB8114.namprd09.prod.outlook.com>'

# ============================================================== 010 CIA ack Loring (PDF)
pdf = make_pdf("""Central Intelligence Agency
Washington, D.C. 20505

14 September 2026

Ms. Nora Castellanos
Records Desk
records.example.org

**Reference: F-2026-01873

Dear Ms. Castellanos:

On 2 September 2026, the office of the Information and Privacy Coordinator received your
2 September 2026 Freedom of Information Act (FOIA) request for:

    "All records concerning the sightings of unidentified aircraft or helicopters over and near
    Loring Air Force Base, Limestone, Maine, in October and November 1975, including reports,
    cables, memoranda, and any analysis shared with the Department of the Air Force or the
    North American Air Defense Command."

We have assigned your request the reference number above. Please use this number when
corresponding with us so that we can identify it easily.

Our processing of your request will include a search for records in existence through the date
on which we accepted your request. We will address fees, including your request to be treated as
a representative of the news media, in separate correspondence.

Sincerely,

Information and Privacy Coordinator
""", title='F-2026-01873', producer='CIA IPCO')
m = new([('From', 'CIA FOIA <foia-correspondence@ucia.gov>'), ('To', plus('REQ-003')),
         ('Subject', 'F-2026-01873'),
         ('Date', 'Mon, 14 Sep 2026 13:30:09 -0400'),
         ('Message-ID', '<a71c3e9d0b2f4c68.20260914173009@ucia.gov>')])
m.set_content('Please see the attached letter regarding your FOIA request.\n\nThis mailbox does not accept incoming mail.\n')
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='F-2026-01873_Ack.pdf')
write('010-cia-ack-loring.eml', m)

# ============================================================== 011 bounce (Derby old address)
B = '9F1c2E0a7.1789484557/mx2.records.example.org'
raw = f"""From: MAILER-DAEMON@mx2.records.example.org (Mail Delivery System)
To: records@records.example.org
Subject: Undelivered Mail Returned to Sender
Date: Tue, 15 Sep 2026 11:02:37 -0400
Message-ID: <20260915150237.4B7C1E90F2@mx2.records.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{B}"

This is a MIME-encapsulated message.

--{B}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<townclerk@derbyline.net>: host mx1.derbyline.net[66.211.104.18] said: 550
    5.1.1 <townclerk@derbyline.net>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)

--{B}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.records.example.org
X-Postfix-Queue-ID: 4B7C1E90F2
X-Postfix-Sender: rfc822; records@records.example.org
Arrival-Date: Tue, 15 Sep 2026 11:02:33 -0400 (EDT)

Final-Recipient: rfc822; townclerk@derbyline.net
Original-Recipient: rfc822;townclerk@derbyline.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.derbyline.net
Diagnostic-Code: smtp; 550 5.1.1 <townclerk@derbyline.net>: Recipient address
    rejected: User unknown in virtual mailbox table

--{B}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <records@records.example.org>
Received: by mx2.records.example.org (Postfix, from userid 1001)
	id 4B7C1E90F2; Tue, 15 Sep 2026 11:02:33 -0400 (EDT)
From: Records Desk <records@records.example.org>
Reply-To: records+req-012@records.example.org
To: Town Clerk <clerk@derbyvt.org>
Cc: townclerk@derbyline.net
Subject: =?utf-8?q?Public_Records_Request_=281_V=2ES=2EA=2E_=C2=A7_316=29=3A_Town?=
 =?utf-8?q?_of_Derby_selectboard_minutes_and_agendas_on_border_surveillance?=
 =?utf-8?q?_towers=2C_2024-2026?=
Date: Tue, 15 Sep 2026 11:02:30 -0400
Message-ID: <req-012.20260915.1@records.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--{B}--
"""
(OUT / '011-bounce-derby-old-address.eml').write_bytes(raw.encode())

# ============================================================== 012 GovQA message posted
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Dear Records Desk,</p>
<p>A new message regarding your public records request <b>R000412-090926</b> has been posted by the Town of Groton.</p>
<p>To view the message and respond, please log in to the Public Records Center:<br>
<a href="https://grotonct.mycusthelp.com/WEBAPP/_rs/RequestLogin.aspx">https://grotonct.mycusthelp.com/WEBAPP/_rs/RequestLogin.aspx</a></p>
<p>Town of Groton<br>Public Records Center</p>
<p style="color:#777777;font-size:8pt">Please do not reply to this email. This mailbox is not monitored.</p>
</body></html>
"""
m = new([('From', 'Town of Groton Public Records Center <grotonct@mycusthelp.net>'), ('To', INBOX),
         ('Subject', 'Public Records Request :: R000412-090926 - New Message'),
         ('Date', 'Tue, 15 Sep 2026 15:44:10 -0400'),
         ('Message-ID', '<20260915194410.2c7e91b0a4d84f3e@mycusthelp.net>'),
         ('X-Mailer', 'GovQA Notification Service')])
m.set_content(html, subtype='html', cte='base64')
write('012-groton-govqa-message.eml', m)

# ============================================================== 013 Groton records clarification
m = new([('From', 'Alicia Brennan <abrennan@groton-ct.gov>'), ('To', INBOX),
         ('Subject', 'drone calls question'),
         ('Date', 'Wed, 16 Sep 2026 09:05:26 -0400'),
         ('Message-ID', '<DM6PR09MB4790C2A8E1F3B07D6C5E94A7F2210@DM6PR09MB4790.namprd09.prod.outlook.com>'),
         ('X-MS-Has-Attach', ''), ('Content-Language', 'en-US')])
m.set_content("""Hi,

I posted this in the portal yesterday but wanted to make sure it got to you, since a lot of people never log in. This is about your FOI request, ref #R000412-090926.

Our CAD system doesn't have a call type for drones. Those calls get coded as Suspicious Activity or Public Service and the only way to find them is the narrative. So I need to know which you want:

1) only calls where the narrative mentions a drone / UAS / unmanned aircraft, or
2) every suspicious-activity call in the area around the base (Military Hwy, Crystal Lake Rd, the Gungywamp side). That's several hundred calls for 2025-2026.

Also, on the agreements with NCIS or the FBI, do you mean signed agreements only, or emails about them too?

Once I hear back I can get started.

Thanks,
Alicia Brennan
Records Supervisor
Groton Town Police Department
68 Groton Long Point Road
Groton, CT 06340
860-441-6712
""", cte='quoted-printable')
write('013-groton-clarify-new-subject.eml', m)

# ============================================================== 014 ODNI ack CAI (plain, threaded)
m = new([('From', 'ODNI FOIA <dni-foia@dni.gov>'), ('To', plus('REQ-002')),
         ('Subject', 'RE: ' + subj('REQ-002')),
         ('Date', 'Wed, 16 Sep 2026 16:20:48 -0400'),
         ('Message-ID', '<BN8PR09MB5520E6A10F73C2D89B4E0F12A4512@BN8PR09MB5520.namprd09.prod.outlook.com>'),
         ('In-Reply-To', mid('REQ-002')), ('References', mid('REQ-002'))])
m.set_content(wrap("""Ms. Castellanos,

This email acknowledges receipt of your Freedom of Information Act request dated 9 September 2026, received in this office the same day, for contracts, statements of work, and internal policy records concerning ODNI's acquisition of commercially available information (CAI) about U.S. persons from January 2024 to the present.

Your request has been assigned case number DF-2026-00452. Please reference this number in all correspondence.

Given the breadth of the request and the likelihood that records will need to be coordinated with other Intelligence Community elements, it is possible that we will need more than the 20 working days provided by the statute. If so, we will notify you in writing. You may be able to receive a response sooner by narrowing the request, for example by limiting it to final contracts and statements of work.

Respectfully,

Renee A. Jacobs
Government Information Specialist
Information Management Office
Office of the Director of National Intelligence
dni-foia@dni.gov | (703) 275-3642
"""))
write('014-odni-ack-cai.eml', m)

# ============================================================== 015 Derby ack from Yahoo (assistant clerk)
m = new([('From', 'Sherry Lanoue <sherrylanoue_derby@yahoo.com>'), ('To', INBOX),
         ('Subject', 'Re: ' + subj('REQ-012')),
         ('Date', 'Thu, 17 Sep 2026 12:12:05 +0000'),
         ('Message-ID', '<1486621303.2201187.1789647125301@mail.yahoo.com>'),
         ('X-Mailer', 'WebService/1.1.26115 YMailNorrin')])
m.set_content("""Hello,

Donna asked me to let you know we got your records request on Tuesday 9/15. The state law gives us 3 business days so you should have something from us by this Friday, 9/18. Most of the selectboard minutes are already scanned so it shouldn't be a problem.

FYI the derbyline.net address you also sent it to is not used anymore, please use clerk@derbyvt.org from now on.

Sherry Lanoue
Assistant Town Clerk
Town of Derby
124 Main Street, Derby VT 05829
802-766-4906

Sent from Yahoo Mail for iPhone
""", cte='quoted-printable')
write('015-derby-ack-yahoo.eml', m)

# ============================================================== 016 NSA ack water systems
m = new([('From', 'NSA FOIA Requester Service Center <foiarsc@nsa.gov>'), ('To', plus('REQ-006')),
         ('Subject', 'Acknowledgement of Your FOIA Request'),
         ('Date', 'Thu, 17 Sep 2026 14:30:51 +0000'),
         ('Message-ID', '<0d94e2a1b7c346f8a1e2b3c4d5e6f708@msx.nsa.gov>')])
m.set_content(wrap("""FOIA Case: 118901
17 September 2026

Ms. Nora Castellanos
Records Desk
records.example.org

Dear Ms. Castellanos:

This acknowledges receipt of your Freedom of Information Act (FOIA) request received on 10 September 2026 for records of engagements between the NSA Cybersecurity Collaboration Center and municipal water systems in Connecticut, Maine, Massachusetts, New Hampshire, Rhode Island and Vermont, including briefings, threat notifications and partnership agreements, from 2023 to the present. Your request has been assigned Case Number 118901. Please refer to this case number when contacting us about your request.

For purposes of this request, you are considered a representative of the news media. Your request has been placed in our standard processing queue, and we will respond as soon as practicable.

Correspondence related to your request should include the case number above and may be sent to foiarsc@nsa.gov. You may also contact our FOIA Public Liaison at foialo@nsa.gov or 301-688-6527. """ + OGIS + """

Sincerely,

FOIA Requester Service Center
NSA/CSS FOIA/PA Office
"""))
write('016-nsa-ack-water.eml', m)

# ============================================================== 017 Derby clerk from Comcast: minutes attached
pdf = make_pdf("""TOWN OF DERBY - SELECTBOARD
Minutes excerpts - items concerning border surveillance towers

January 16, 2024 - Regular Meeting
Item 7. U.S. Border Patrol representatives presented plans for an autonomous surveillance tower
on private land off Crawford Road. Board asked for written information on camera range and data
retention. No action taken.

March 5, 2024 - Regular Meeting
Item 4. Public comment: several residents (Stop the Towers) spoke against the tower siting.

June 18, 2024 - Regular Meeting
Item 9. Town Administrator reported CBP inquiry about leasing a town-owned parcel on Crawford Road.
Board voted 3-2 to authorize the Administrator to continue discussions. Agenda attached.

October 7, 2025 - Special Meeting
Item 2. Presentation by CBP Office of Facilities on lease terms; Board tabled the matter.

[5 further meetings: 11/19/2024, 2/4/2025, 4/15/2025, 12/2/2025, 7/21/2026 - see full minutes]
""", title='SB minutes towers 2024-2026', producer='Canon iR-ADV C5535 PDF', creator='Canon')
m = new([('From', 'Donna Moulton <dmoulton5@comcast.net>'), ('To', INBOX),
         ('Subject', 'Derby selectboard minutes'),
         ('Date', 'Fri, 18 Sep 2026 14:55:40 -0400'),
         ('Message-ID', '<1907655812.402.1789844140127@connect.xfinity.com>'),
         ('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev62')])
m.set_content("""Hi there, the selectboard minutes are attached, let me know if you need anything else. I went through every meeting from January 2024 on where the towers came up (9 meetings) and put the agendas in too.

Donna Moulton
Town Clerk
Town of Derby
""")
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='SB minutes towers 2024-2026.pdf')
write('017-derby-minutes-comcast.eml', m)

# ============================================================== 018 Winter Harbor ack via Google Group
GG = [('X-Original-Sender', 'whtownclerk@gmail.com'),
      ('X-Original-Authentication-Results', 'mx.google.com;       dkim=pass header.i=@gmail.com header.s=20230601 header.b=Qm3fT0aB;       spf=pass (google.com: domain of whtownclerk@gmail.com designates 209.85.220.41 as permitted sender) smtp.mailfrom=whtownclerk@gmail.com;       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com'),
      ('Precedence', 'list'),
      ('Mailing-list', 'list townoffice@winterharbormaine.org; contact townoffice+owners@winterharbormaine.org'),
      ('List-ID', '<townoffice.winterharbormaine.org>'),
      ('X-Spam-Checked-In-Group', 'whtownclerk@gmail.com'),
      ('X-Google-Group-Id', '508812467031'),
      ('List-Post', '<https://groups.google.com/a/winterharbormaine.org/group/townoffice/post>, <mailto:townoffice@winterharbormaine.org>'),
      ('List-Help', '<https://support.google.com/a/winterharbormaine.org/bin/topic.py?topic=25838>, <mailto:townoffice+help@winterharbormaine.org>'),
      ('List-Archive', '<https://groups.google.com/a/winterharbormaine.org/group/townoffice/>'),
      ('List-Unsubscribe', '<mailto:googlegroups-manage+508812467031+unsubscribe@googlegroups.com>, <https://groups.google.com/a/winterharbormaine.org/group/townoffice/subscribe>')]
ack18 = """Good morning,

This is to acknowledge your Freedom of Access Act request, which came into the town office on Wednesday, September 16.

The town office is open Monday, Wednesday and Friday and there are two of us, so in good faith we estimate we can have a response to you by Friday, October 16. A good deal of the older correspondence about the Navy property is in storage in the basement of the Hammond Hall building.

The Town may charge for staff time beyond the first two hours. We will let you know before doing any work that would cost you anything.

Deb Soucy
Town Clerk / Tax Collector
Town of Winter Harbor
20 School Street, Winter Harbor, ME 04693
207-963-2235"""
ACK18_ID = '<CAK7vQ2x9Rmd0hTfE1gBz4Wc8Lq5yN3pK6sJ0aVr2u-1eXo7Dqg@mail.gmail.com>'
m = new([('From', "'Deb Soucy' via Winter Harbor Town Office <townoffice@winterharbormaine.org>"),
         ('Reply-To', 'Deb Soucy <whtownclerk@gmail.com>'),
         ('To', plus('REQ-013')),
         ('Subject', 'Re: ' + subj('REQ-013')),
         ('Date', 'Mon, 21 Sep 2026 09:48:19 -0400'),
         ('Message-ID', ACK18_ID),
         ('In-Reply-To', mid('REQ-013')), ('References', mid('REQ-013'))] + GG)
m.set_content(ack18 + '\n\n-- \nYou received this message because you are subscribed to the Google Groups "Winter Harbor Town Office" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to townoffice+unsubscribe@winterharbormaine.org.\n', cte='quoted-printable')
write('018-winterharbor-gg-ack.eml', m)

# ============================================================== 019 CIA ack Derby coalition (PDF)
pdf = make_pdf("""Central Intelligence Agency
Washington, D.C. 20505

21 September 2026

Ms. Nora Castellanos
Records Desk
records.example.org

**Reference: F-2026-01944

Dear Ms. Castellanos:

On 8 September 2026, the office of the Information and Privacy Coordinator received your
8 September 2026 Freedom of Information Act (FOIA) request for:

    "Records mentioning the 'Stop the Towers' coalition of Derby and Derby Line, Vermont, or its
    organizers, including any reports, cables or correspondence, from January 1, 2024 to the
    present."

We have assigned your request the reference number above. Please use this number when
corresponding with us so that we can identify it easily.

Sincerely,

Information and Privacy Coordinator
""", title='F-2026-01944', producer='CIA IPCO')
m = new([('From', 'CIA FOIA <foia-correspondence@ucia.gov>'), ('To', plus('REQ-004')),
         ('Subject', 'F-2026-01944'),
         ('Date', 'Mon, 21 Sep 2026 11:15:33 -0400'),
         ('Message-ID', '<c2e94f1a7d3b4b05.20260921151533@ucia.gov>')])
m.set_content('Please see the attached letter regarding your FOIA request.\n\nThis mailbox does not accept incoming mail.\n')
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='F-2026-01944_Ack.pdf')
write('019-cia-ack-derby.eml', m)

# ============================================================== 020 colleague forwards RISP extension
m = new([('From', 'Maya Okafor <mokafor@records.example.org>'), ('To', INBOX),
         ('Subject', 'Fwd: APRA No. 26-0418 - Extension of Time'),
         ('Date', 'Mon, 21 Sep 2026 16:40:02 -0400'),
         ('Message-ID', '<CAF3m8kR0pXe7Uq2vLz9Ty4NbW1cHs6jD5oGi_2aQwE8rM0tKfA@mail.gmail.com>')])
m.set_content("""Sending this along for the log - RISP wrote to me directly because I was cc'd on the original.

Maya

---------- Forwarded message ---------
From: Medeiros, Paul (RISP) <paul.medeiros@risp.ri.gov>
Date: Mon, Sep 21, 2026 at 2:58 PM
Subject: APRA No. 26-0418 - Extension of Time
To: Maya Okafor <mokafor@records.example.org>
Cc: Ferreira, Linda (RISP) <linda.ferreira@risp.ri.gov>


Ms. Okafor:

Pursuant to R.I. Gen. Laws § 38-2-3(e), the Rhode Island State Police is extending the time to respond to APRA request No. 26-0418 by an additional twenty (20) business days, for good cause.

Your request seeks records of the Rhode Island State Fusion Center concerning unmanned aircraft activity over or near Naval Station Newport. Responding requires a search of several Fusion Center systems and a review of records that may have originated with federal partners, which must be examined before any determination can be made. The volume of pending requests in this office also contributes to the need for additional time.

The Department will respond on or before Wednesday, October 21, 2026.

Sgt. Paul Medeiros
Office of Legal Counsel
Rhode Island State Police
(401) 444-1000
""", cte='quoted-printable')
write('020-fwd-risp-extension.eml', m)

# ============================================================== 021 FBI proof of death (PDF)
pdf = make_pdf("""U.S. Department of Justice
Federal Bureau of Investigation
Winchester, VA 22602

September 22, 2026

MS. NORA CASTELLANOS
RECORDS DESK
RECORDS.EXAMPLE.ORG

**FOIPA Request No.: 1703318-000
Subject: VOSE, HAROLD P.

Dear Ms. Castellanos:

This responds to your Freedom of Information/Privacy Acts (FOIPA) request received by the FBI on
September 14, 2026, for records pertaining to the individual named above, a third party.

Records about a living third party are generally exempt from disclosure absent that person's
consent. Before we can search for records, we need one of the following:

  [ ] an authorization and consent (privacy waiver) signed by the individual; or
  [X] proof of death, such as a death certificate, an obituary, or a reliable public source
      that shows the individual is deceased; or
  [ ] a justification that the public interest in disclosure outweighs personal privacy.

You state that Mr. Vose died in 2019, but you did not include documentation. Please provide
proof of death within 30 days from the date of this letter, referencing the FOIPA Request Number
above. If we do not receive the requested information within 30 days, your request will be
administratively closed.

You may submit the information through eFOIPA, by email to foipaquestions@fbi.gov, or by mail to
the address above.

Sincerely,

Section Chief
Record/Information Dissemination Section
Information Management Division
""", title='FOIPA 1703318-000', producer='FBI RIDS Correspondence')
m = new([('From', 'FBI eFOIPA <efoia@fbi.gov>'), ('To', INBOX),
         ('Subject', 'FOIPA Request No.: 1703318-000'),
         ('Date', 'Tue, 22 Sep 2026 10:05:17 -0400'),
         ('Message-ID', '<1789481117342.28410.JavaMail.efoipa@efoia-app02.fbi.gov>')])
m.set_content(wrap("""Attached is correspondence from the FBI Record/Information Dissemination Section concerning your Freedom of Information/Privacy Acts request.

This address is not monitored. Direct questions to foipaquestions@fbi.gov or call (540) 868-1535.
"""))
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='1703318-000_Letter.pdf')
write('021-fbi-proof-of-death.eml', m)

# ============================================================== 022 Martin County ack (Outlook)
m = new([('From', "Martin County Sheriff's Office <sheriff@martincounty.in.gov>"), ('To', plus('REQ-015')),
         ('Subject', 'RE: ' + subj('REQ-015')),
         ('Thread-Topic', subj('REQ-015')),
         ('Thread-Index', 'AQHdRu0S2c6qP3bF6U+v8R0ePq7dVg=='),
         ('Date', 'Tue, 22 Sep 2026 13:25:40 -0400'),
         ('Message-ID', '<CH0PR09MB7011B62E5A0D4C3F18E7A29DC0E31@CH0PR09MB7011.namprd09.prod.outlook.com>'),
         ('In-Reply-To', mid('REQ-015')), ('References', mid('REQ-015')),
         ('X-MS-Has-Attach', ''), ('Content-Language', 'en-US')])
m.set_content("""Ms. Castellanos,

This will acknowledge receipt of your public records request dated September 17, 2026, which was received by our office the same day. It has been assigned number MCSO-26-041.

The Sheriff and the County Attorney will review the request, and we will respond within a reasonable time as provided in IC 5-14-3. Copies are $0.10 per page if paper copies are needed.

Brenda Stahl
Administrative Assistant
Martin County Sheriff's Office
1 Courthouse Square, Shoals, IN 47581
(812) 247-3726
""", cte='quoted-printable', charset='windows-1252')
write('022-martin-ack.eml', m)

print('part 1 done')
exec(open(HERE / 'make_messages_2.py').read())
