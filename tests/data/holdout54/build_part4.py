#!/usr/bin/env python3
"""Messages 031-040 (October 13-23, 2026)."""
from emlkit import (Leaf, Multi, text, html, pdf_part, write, quote, make_pdf, plus, REQ_MID, REQ_SUBJ,
                    rand_boundary)

PORTAL_HEAD = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #c9c9c9">
<tr><td style="background:#1b365d;color:#fff;padding:10px 14px;font-size:16px">Alabama Open Records Center</td></tr>
<tr><td style="padding:14px">"""
PORTAL_FOOT = """</td></tr>
<tr><td style="background:#eee;padding:8px 14px;font-size:11px;color:#666">This is an automated message
from the Alabama Open Records Center. Messages sent to this address are not read.</td></tr>
</table></body></html>"""


def m031():
    htm = PORTAL_HEAD + """
<p>Request <b>ADOC-26-00418</b> &ndash; Department of Corrections &ndash; <b>Fee Estimate</b></p>
<p>Message from the agency:</p>
<div style="border-left:3px solid #1b365d;padding-left:10px">
<p>The Department has completed its search for incident reports and use-of-force summaries for Donaldson
Correctional Facility, January 2024 to present, and located approximately 1,150 pages. Because the records
must be reviewed and redacted for inmate identifying information and security-sensitive information, this
request has been designated time-intensive under Ala. Code &sect; 36-12-43.</p>
<p>Estimated charges:<br>
Staff time beyond the first eight hours: 14 hours x $20.71 = $289.94<br>
Electronic delivery: no charge<br>
<b>Estimated total: $289.94</b></p>
<p>Payment of the estimated fee is required before the Department continues processing. Please remit payment
through the portal or by check payable to the Alabama Department of Corrections, referencing ADOC-26-00418.
If we do not receive payment or a response within thirty (30) days, the request will be closed.</p>
<p>ADOC Public Records, Legal Division</p></div>
<p><a href="https://openrecords.alabama.gov/requests/ADOC-26-00418/invoice">View invoice and pay</a></p>
""" + PORTAL_FOOT
    return write('031-adoc-portal-fee-estimate.eml', [
        ('From', 'Alabama Open Records Center <noreply@openrecords.alabama.gov>'),
        ('To', plus(2)),
        ('Subject', 'Request ADOC-26-00418: invoice issued'),
        ('Date', 'Tue, 13 Oct 2026 10:00:37 -0500'),
        ('Message-ID', '<0100019a84b2d0e6-5f3c19aa-ADOC-26-00418@openrecords.alabama.gov>'),
        ('Auto-Submitted', 'auto-generated'),
    ], html(htm))


def m032():
    htm = """<html><body style="font-family:Verdana,Arial;font-size:9pt">
<p>Dear Requester,</p>
<p>Thank you for your interest in the public records of the City of Montgomery. Your request has been
received and will be processed in accordance with the Alabama Open Records Act, Ala. Code &sect; 36-12-40
et seq.</p>
<p>Your request was received in this office on <b>10/14/2026</b> and given the reference number
<b>R001482-101426</b> for tracking purposes.</p>
<p><b>Records Requested:</b> Certificate of occupancy, building permits and final inspection records for
1150 Dexter Avenue, 2019 to present.<br>
<b>Department:</b> Inspections</p>
<p>You can monitor the progress of your request at the link below.</p>
<p><a href="https://montgomeryal.govqa.us/WEBAPP/_rs/(S(p8q7r6))/RequestLogin.aspx">Public Records Center</a></p>
<p>City of Montgomery<br>Office of the City Clerk</p>
</body></html>"""
    return write('032-montgomery-govqa-misdirected-ack.eml', [
        ('From', 'City of Montgomery Public Records <montgomeryal@govqa.us>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'Public Records Request :: R001482-101426'),
        ('Date', 'Wed, 14 Oct 2026 11:20:55 -0500'),
        ('Message-ID', '<2f6c9a04b8e14d7fa1c35e60@govqa.us>'),
    ], html(htm))


def m033():
    b = rand_boundary(33)
    plain = """Open Records Request OR-2026-1043

Dear Records Desk:

Thank you for your written agreement, received October 14, 2026, to pay the
estimated cost of this request.

Pursuant to O.C.G.A. Sec. 50-18-71(b)(1)(A), please be advised that records
responsive to your request exist. The license plate reader audit logs must
be exported from the vendor's platform by the Savannah Police Department
Technology Unit and reviewed before release, and the contract documents are
being collected from the Purchasing Department.

The records will be available within fifteen (15) business days, on or
before November 6, 2026. If any portion can be provided sooner, we will
send it when it is ready.

Danielle Brower
Open Records Coordinator
City of Savannah - Office of the City Attorney
openrecords@savannahga.gov | (912) 651-6400"""
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt">%s</body></html>'
           % ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in plain.split('\n\n')))
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('033-savannah-available-within-15-days.eml', [
        ('From', 'City of Savannah Open Records <openrecords@savannahga.gov>'),
        ('To', 'Records Desk <%s>' % plus(6)),
        ('Subject', 'RE: ' + REQ_SUBJ[6] + ' [OR-2026-1043]'),
        ('Date', 'Fri, 16 Oct 2026 14:25:18 -0400'),
        ('Message-ID', '<BL0PR09MB712419C0E4F7A28B@BL0PR09MB7124.namprd09.prod.outlook.com>'),
        ('In-Reply-To', '<req-006.20261014.2@records.example.org>'),
        ('References', REQ_MID[6] + '\n <BL0PR09MB7124A28F5E0C91D3@BL0PR09MB7124.namprd09.prod.outlook.com>'
         '\n <req-006.20261014.2@records.example.org>'),
        ('Thread-Topic', REQ_SUBJ[6]),
        ('Content-Language', 'en-US'),
    ], mime)


def _incident_pdf(no, date, name, lines, seed):
    page = [
        'TALLAPOOSA COUNTY SHERIFF\'S OFFICE',
        'Tallapoosa County Jail - Incident Report',
        '',
        'Incident No.: %s' % no,
        'Date of Incident: %s' % date,
        'Inmate: %s' % name,
        'Location: Tallapoosa County Jail, Dadeville, Alabama',
        '',
        'NARRATIVE:',
    ] + lines + [
        '',
        'Notifications: Sheriff; Jail Administrator; ALEA State Bureau of Investigation;',
        'Tallapoosa County Coroner.',
        '',
        'Other inmates\' names redacted.',
    ]
    return make_pdf([page], title='Incident Report %s' % no, producer='HP Scan', creator='HP Scan',
                    font='Courier', size=10, leading=12, date='20261019090000', seed=seed)


def m034():
    b = rand_boundary(34, 'gmail')
    body = """Sorry for the delay, my inbox got full and I had to clean it out. Here is the 3 incident reports. Names of the other inmates are blacked out. Thats all we have, the medical contract is thru the county commission.

Brenda
"""
    p1 = _incident_pdf('21-0614', '06/14/2021', 'DECEASED - J.M.', [
        'At approx. 0340 hrs C/O on rounds found inmate unresponsive in cell B-4.',
        'Medical staff and EMS called; CPR started. Pronounced at 0412 hrs.'], 1)
    p2 = _incident_pdf('23-1102', '11/02/2023', 'DECEASED - R.T.', [
        'Inmate complained of chest pain at 1915 hrs and was seen by nurse.',
        'Transported to Russell Medical by EMS at 2005 hrs. Deceased at hospital.'], 2)
    p3 = _incident_pdf('25-0307', '03/07/2025', 'DECEASED - D.W.', [
        'Inmate found hanging in holding cell 2 at 1422 hrs during 15 min check.',
        'Life-saving measures by C/O [redacted] until EMS arrival. Pronounced 1450 hrs.'], 3)
    plain_part = text(body, cte='quoted-printable')
    mime = Multi('mixed', [plain_part, pdf_part(p1, 'IR 21-0614.pdf'), pdf_part(p2, 'IR 23-1102.pdf'),
                           pdf_part(p3, 'IR 25-0307.pdf')], b)
    return write('034-tallapoosa-gmail-final-incident-reports.eml', [
        ('From', 'Tallapoosa SO Records <tallapoosaso.records@gmail.com>'),
        ('To', 'Records Desk <%s>' % plus(1)),
        ('Subject', 'Re: ' + REQ_SUBJ[1]),
        ('Date', 'Mon, 19 Oct 2026 09:40:02 -0500'),
        ('Message-ID', '<CAJ7pQx8sD1q=Wm4Ty7Ln0Gh5vXb2Rk9eF3p@mail.gmail.com>'),
        ('In-Reply-To', '<CAJ7pQx5nR2e=Hs8Kd0Wq3Yb7mLu1Tg9vZ6c@mail.gmail.com>'),
        ('References', REQ_MID[1] + ' <CAJ7pQx0hT5b=Fk2m9vR3oKx8wqL4nDz1sY6u@mail.gmail.com>'
         ' <CAJ7pQx5nR2e=Hs8Kd0Wq3Yb7mLu1Tg9vZ6c@mail.gmail.com>'),
    ], mime)


def m035():
    body = """Thank you for contacting the City of Jackson.

This mailbox is not monitored for new public records requests. Requests
must be submitted through the City's Public Records Center at
https://jacksonms.govqa.us so that they can be assigned a reference number
and routed to the correct department. A request sent to this address is not
considered received until it has been entered in the Public Records Center.

City of Jackson
Public Records"""
    return write('035-jackson-mailbox-autoreply.eml', [
        ('From', 'City of Jackson Public Records <publicrecords@jacksonms.gov>'),
        ('To', 'Records Desk <records@records.example.org>'),
        ('Subject', 'Automatic reply: ' + REQ_SUBJ[15]),
        ('Date', 'Mon, 19 Oct 2026 15:02:40 -0500'),
        ('Message-ID', '<BYAPR09MB3310E5D7A92C14F0@BYAPR09MB3310.namprd09.prod.outlook.com>'),
        ('In-Reply-To', REQ_MID[15]),
        ('References', REQ_MID[15]),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
        ('Content-Language', 'en-US'),
    ], text(body))


def m036():
    body = """Good morning,

RE: FOIA tracking number F26-1187

The Department has completed its review and determined that your request
is granted in part:

1. School resource officer agreements - the agreements with Richland
   School District One and Richland School District Two for 2023-24,
   2024-25 and 2025-26 will be released in full.

2. SRO incident reports - 71 reports recording an arrest or use of force
   on school grounds were located. They will be released with the
   identifying information of juveniles redacted under S.C. Code
   Sec. 63-19-2020. Reports concerning open investigations may be withheld
   under S.C. Code Sec. 30-4-40(a)(3).

ESTIMATED FEES
   Search, retrieval and redaction: 12 hours x $25.00 ........ $300.00
   Electronic copies ......................................... $0.00
   Total estimate ............................................ $300.00

As allowed by S.C. Code Sec. 30-4-30(B), a deposit of 25% of the estimate
($75.00) is required before the Department begins this work. The records
will be produced within thirty calendar days after the deposit is
received. Checks should be payable to the Richland County Sheriff's
Department and reference F26-1187.

Sgt. Tamika Pressley
FOIA Coordinator
Richland County Sheriff's Department
803-576-3000"""
    return write('036-rcsd-determination-deposit.eml', [
        ('From', 'Tamika Pressley <tpressley@rcsd.net>'),
        ('To', 'Records Desk <%s>' % plus(9)),
        ('CC', 'FOIA <foia@rcsd.net>'),
        ('Subject', 'F26-1187 Determination and Fee Estimate'),
        ('Thread-Topic', 'F26-1187 Determination and Fee Estimate'),
        ('Thread-Index', 'AdlgC1q0y4rP2bUESk6dM0x7Zw9vRg=='),
        ('Date', 'Tue, 20 Oct 2026 11:05:27 -0400'),
        ('Message-ID', '<MN2PR14MB4096A7C3E15D0B64@MN2PR14MB4096.namprd14.prod.outlook.com>'),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-OriginatorOrg', 'rcsd.net'),
    ], text(body))


def m037():
    b = rand_boundary(37)
    msg = ("To process your request we need a clarification. NOPD does not operate facial recognition software. "
           "Under the City's surveillance technology ordinance, NOPD members may submit requests for facial "
           "recognition analysis to the Louisiana State Analytical and Fusion Exchange (LA-SAFE) after approval "
           "by a supervisor. Please tell us whether you are seeking (a) the NOPD request forms submitted to "
           "LA-SAFE, (b) the supervisory approval records kept by NOPD, or (c) both. Your request will be placed "
           "on hold until we receive your response.")
    plain = """City of New Orleans

A message was added to record request #26-5390:

%s

- NOPD Public Records (Legal Bureau)

View request: https://nola.nextrequest.com/requests/26-5390
Please reply through the portal.""" % msg
    htm = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">'
           '<p style="font-size:18px"><b>City of New Orleans</b></p><p>A message was added to record request '
           '<a href="https://nola.nextrequest.com/requests/26-5390">#26-5390</a>:</p>'
           '<blockquote style="border-left:3px solid #ccc;padding-left:10px">%s<br><br>&ndash; NOPD Public '
           'Records (Legal Bureau)</blockquote><p>Please reply through the portal.</p>'
           '<p style="font-size:11px;color:#999">Powered by NextRequest</p></body></html>' % msg)
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('037-nopd-nextrequest-clarification.eml', [
        ('From', 'City of New Orleans <nola@mail.nextrequest.com>'),
        ('To', 'records@records.example.org'),
        ('Subject', '[Records Request] Record request #26-5390: new message'),
        ('Date', 'Tue, 20 Oct 2026 14:30:11 -0500'),
        ('Message-ID', '<67155a43b0e2d_5a3f2ad1c5d1f2a7@nextrequest-mailer.mail>'),
        ('Auto-Submitted', 'auto-generated'),
    ], mime)


def m038():
    b = rand_boundary(38)
    lines = [
        'JEFFERSON PARISH SHERIFF\'S OFFICE',
        'Legal Division - Public Records',
        '1233 Westbank Expressway, Harvey, Louisiana 70058',
        '',
        'October 21, 2026',
        '',
        'Records Desk',
        'records@records.example.org',
        '',
        'RE:  Public Records Request PRR 26-2231',
        '',
        'Dear Requester:',
        '',
        'As stated in my certification of October 2, 2026, the Sheriff\'s Office has now',
        'completed its review of your request for internal affairs complaints against',
        'deputies assigned to the Crime Suppression Unit from 2023 to the present.',
        '',
        'The responsive complaint files concern incidents that are the subject of pending',
        'criminal prosecutions or of criminal litigation that is reasonably anticipated.',
        'Those records are exempt from disclosure under La. R.S. 44:3(A)(1). The remaining',
        'files concern investigations that did not result in discipline; they are',
        'personnel records in which the deputies have a reasonable expectation of privacy',
        'under La. Const. art. I, Sec. 5, and are not subject to disclosure.',
        '',
        'Your request is therefore denied in its entirety. If you believe this',
        'determination is in error, you may institute proceedings under La. R.S. 44:35.',
        '',
        'Sincerely,',
        '',
        'Capt. Renard Boudreaux',
        'Custodian of Records',
        'Jefferson Parish Sheriff\'s Office',
    ]
    pdf = make_pdf([lines], title='PRR 26-2231 Response', producer='Microsoft: Print To PDF',
                   creator='Microsoft Word', date='20261021101500')
    body = """Attached is the Sheriff's Office response to your public records request.

JPSO Public Records
Jefferson Parish Sheriff's Office"""
    mime = Multi('mixed', [text(body), pdf_part(pdf, 'PRR 26-2231 Response.pdf')], b)
    return write('038-jpso-denial-pdf.eml', [
        ('From', 'JPSO Public Records <publicrecords@jpso.com>'),
        ('To', plus(12)),
        ('Subject', 'RE: ' + REQ_SUBJ[12]),
        ('Date', 'Wed, 21 Oct 2026 10:30:48 -0500'),
        ('Message-ID', '<002e01dd43a1$77f0c2d0$67d24870$@jpso.com>'),
        ('In-Reply-To', '<000a01dd3151$5e2b7c90$1a8275b0$@jpso.com>'),
        ('References', REQ_MID[12] + ' <000a01dd3151$5e2b7c90$1a8275b0$@jpso.com>'),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Content-Language', 'en-us'),
    ], mime)


def m039():
    htm = """<html><body style="font-family:Verdana,Arial;font-size:9pt">
<p>Dear Records Desk,</p>
<p>Thank you for your interest in the public records of the City of Jackson. Your request has been
received and is being processed in accordance with the Mississippi Public Records Act of 1983,
Miss. Code Ann. &sect; 25-61-1 et seq.</p>
<p>Your request was received in this office on <b>10/20/2026</b> and given the reference number
<b>R003611-102026</b> for tracking purposes.</p>
<p><b>Records Requested:</b> Wrecker rotation list used by the Jackson Police Department and complaints
about rotation wrecker companies, 2025 to present.<br>
<b>Department:</b> Police Department &ndash; Records Unit</p>
<p>You can monitor the progress of your request and download records at the link below. Please keep the
reference number for your records; you will need it to reply to the City about this request.</p>
<p><a href="https://jacksonms.govqa.us/WEBAPP/_rs/(S(k4l5m6))/RequestLogin.aspx">Public Records Center</a></p>
<p>City of Jackson<br>Office of the City Attorney &ndash; Public Records</p>
<p style="font-size:8pt;color:#777">This message was sent from an unmonitored address. Please use the
Public Records Center to communicate about this request.</p>
</body></html>"""
    return write('039-jackson-govqa-ack-towing.eml', [
        ('From', 'City of Jackson Public Records Center <jacksonms@govqa.us>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'Public Records Request :: R003611-102026'),
        ('Date', 'Thu, 22 Oct 2026 09:14:26 -0500'),
        ('Message-ID', '<9b2e71c04a5d4f68b03e1a92@govqa.us>'),
    ], html(htm))


def m040():
    b = rand_boundary(40)
    plain = """South Carolina Department of Corrections

The status of your request SCDC-FOIA-2026-0388 has changed.

New status: In Progress

Track your request: https://scdc.justfoia.com/publicportal/home/track

This is an automated message. Replies to this address are not delivered."""
    htm = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px"><div style="border-top:4px '
           'solid #00355f;padding:12px"><h3 style="margin:0 0 8px 0">South Carolina Department of Corrections</h3>'
           '<p>The status of your request <b>SCDC-FOIA-2026-0388</b> has changed.</p><p>New status: <b>In '
           'Progress</b></p><p><a href="https://scdc.justfoia.com/publicportal/home/track">Track your request</a>'
           '</p><p style="color:#888;font-size:12px">This is an automated message. Replies to this address are '
           'not delivered. Powered by JustFOIA.</p></div></body></html>')
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('040-scdc-justfoia-status-in-progress.eml', [
        ('From', 'SC Department of Corrections <noreply@justfoia.com>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'Request SCDC-FOIA-2026-0388 status update'),
        ('Date', 'Fri, 23 Oct 2026 12:00:09 -0400'),
        ('Message-ID', '<0101019abc40f1a2-0e93b7d4-scdc-0388@email.justfoia.com>'),
        ('Auto-Submitted', 'auto-generated'),
    ], mime)


if __name__ == '__main__':
    for f in [m031, m032, m033, m034, m035, m036, m037, m038, m039, m040]:
        print(f())
