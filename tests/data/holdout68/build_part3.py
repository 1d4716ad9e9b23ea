#!/usr/bin/env python3
"""Messages 021-030 (September 30 - October 7, 2026)."""
from common import *

# 021 Denver GovQA fee estimate for document and video redaction (HTML only)
m = new('Denver Public Records Center <denvergov@govqa.us>', 'records+req-007@newsdesk.example.net',
        'Denver Public Records Center :: P004418-091626 - Payment Required', '2026-09-30 08:55:19 -0600',
        '<0a7e5c21-d9b4-4f83-a61e-2c94f8b3d706@govqa.us>')
html(m, """<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Dear Records Desk,</p>
<p>The Denver Police Department has located records responsive to your request <b>P004418-091626</b>: fourteen (14)
Internal Affairs Section investigations of use-of-force complaints closed in 2024, totaling approximately 2,600 pages,
and about 61 hours of associated body-worn camera video.</p>
<p>Under C.R.S. 24-72-205(6) and 24-72-306, the first hour of research and retrieval is provided at no charge and additional
time is charged at <b>$41.37 per hour</b>. Video must be reviewed and redacted to remove the faces and voices of
juveniles and uninvolved bystanders, medical information and CCIC/NCIC data before release.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr><td>Research, retrieval and document redaction</td><td align="right">22.0 hrs</td></tr>
<tr><td>Video review and redaction (estimate)</td><td align="right">30.0 hrs</td></tr>
<tr><td>Less first hour (no charge)</td><td align="right">-1.0 hrs</td></tr>
<tr><td><b>Billable time</b></td><td align="right"><b>51.0 hrs x $41.37 = $2,109.87</b></td></tr>
</table>
<p>A deposit of 50% (<b>$1,054.94</b>) is required before the Department continues work on this request. The balance will
be due before release. Actual charges may be lower if less time is needed. Payment can be made by logging in to the Public
Records Center. If payment is not received within 60 days, the request will be closed.</p>
<p>Records Unit &ndash; Denver Police Department</p>
</body></html>
""")
save('021-denver-govqa-fee-dpd.eml', m, fact('021-denver-govqa-fee-dpd.eml', 'REQ-007', 'fee_estimate', 'P004418-091626',
     signals=['plus', 'tracking'], why='DPD estimates $2,109.87 (51 hrs incl. 30 hrs of BWC video redaction) and requires a 50% deposit before continuing'))

# 022 Atlanta GovQA acknowledgment, Police (plain text, shared city portal address)
m = new('City of Atlanta Open Records <atlantaga@govqa.us>', 'records+req-012@newsdesk.example.net',
        'City of Atlanta Open Records :: W026115-093026', '2026-09-30 11:40:37 -0400',
        '<6cf4a0b9-1e27-4d8a-bb30-95e2d7c1a4f6@govqa.us>')
text(m, """Dear Records Desk,

Thank you for submitting an Open Records request to the City of Atlanta.

Reference Number: W026115-093026
Date Received: 9/30/2026
Department: Police Department - Open Records Unit

Request: Office of Professional Standards case file for OPS case 24-C-0311 and all
body-worn camera video reviewed in that case.

Pursuant to O.C.G.A. 50-18-71(b)(1)(A), the City will respond within three (3) business
days of receipt. Where responsive records cannot be produced within that time, you will be
given a description of the records and a timeline for their production.

You may track this request at https://atlantaga.govqa.us/WEBAPP/_rs/SupportHome.aspx

Please do not reply to this email.
""")
save('022-atlanta-govqa-ack-apd.eml', m, fact('022-atlanta-govqa-ack-apd.eml', 'REQ-012', 'acknowledgment', 'W026115-093026',
     clock='received_on_sent_date', signals=['plus', 'tracking-new', 'subject'],
     why='Atlanta GovQA (city-wide portal address) routes the OPS request to APD, received 9/30 (= sent); GA 3 business days'))

# 023 OIM staffer's out-of-office reply to our follow-up; no thread headers
m = new('"Okafor, Miriam - OIM" <miriam.okafor@denvergov.org>', 'records@newsdesk.example.net',
        'Automatic reply: RE: Your records request - OIM / DPD emails', '2026-10-01 09:05:48 -0600',
        '<DM6PR09MB55127A4C0E93F2B1D6E8A5C0B4@DM6PR09MB5512.namprd09.prod.outlook.com>',
        post=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
              ('X-MS-Exchange-Inbox-Rules-Loop', 'miriam.okafor@denvergov.org'), ('Thread-Topic', 'Your records request - OIM / DPD emails')])
text(m, """Thank you for your email. I am out of the office October 1-2 and on Monday, October 5
(Cabrini Day), returning Tuesday, October 6. I will have limited access to email.

For records requests to the Office of the Independent Monitor, please write to
oim@denvergov.org. For urgent matters call the main office line.

Miriam Okafor
Office of the Independent Monitor
""")
save('023-oim-staff-ooo.eml', m, fact('023-oim-staff-ooo.eml', 'REQ-008', 'auto_reply', None, signals=['subject'],
     why="OIM records contact's out-of-office reply to our answer to her clarification; no thread headers"))

# 024 California DOJ PRA mailbox auto-reply (threaded)
m = new('Public Records Act Unit <pra@doj.ca.gov>', DESK, 'Automatic reply: ' + subj('REQ-015'),
        '2026-10-01 18:02:16 -0700', '<BY5PR09MB6045D2E7A9C14F0B3E6A8D51C7@BY5PR09MB6045.namprd09.prod.outlook.com>',
        **thread('REQ-015'), post=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
text(m, """Thank you for contacting the California Department of Justice, Public Records Act Unit.

Your message has been received. Requests received after 5:00 p.m., or on a weekend or state
holiday, are considered received on the next business day. The Department will respond to
Public Records Act requests within the time provided by Government Code section 7922.535.

Requests for criminal history records about yourself are not handled by this office; please
visit the Record Review page at oag.ca.gov.

This is an automated response. Please do not reply.
""")
save('024-cadoj-autoreply.eml', m, fact('024-cadoj-autoreply.eml', 'REQ-015', 'auto_reply', None, signals=['thread'],
     why='DOJ PRA mailbox auto-response to our evening request; states a rule, acknowledges nothing specific'))

# 025 COPA denies the open-investigation file and the video (threaded to our clarification answer)
our_reply = '<req-002.clarify.20260918.1@newsdesk.example.net>'
copa8 = '<CH0PR09MB884277E3A0B9C1D2F4A6E8B1D0@CH0PR09MB8842.namprd09.prod.outlook.com>'
m = new('COPA FOIA <foia@chicagocopa.org>', 'Records Desk <records+req-002@newsdesk.example.net>',
        'RE: ' + subj('REQ-002'), '2026-10-02 10:15:03 -0500',
        '<CH0PR09MB88420B6D3F1A9E27C5D4B8A0E6@CH0PR09MB8842.namprd09.prod.outlook.com>',
        irt=our_reply, refs=' '.join([rmid('REQ-002'), copa8, our_reply]),
        post=[('Thread-Topic', subj('REQ-002')), ('Thread-Index', 'AQHdJ9s4Lm3bX0v1c9Y2wq6aPzT4hQAOcR7tAAqLx2E=')])
text(m, """Dear Records Desk:

Re: COPA FOIA No. C26-01263

Thank you for your email of September 18, 2026, clarifying that you seek records concerning
both the accused officer and the witness officer, and video recorded from 9:40 p.m. to
10:25 p.m. on July 19, 2024 only.

COPA's investigation under Log #2024-0005132 remains open and pending. COPA is therefore
withholding the investigative file in its entirety under Section 7(1)(d)(i) of FOIA,
5 ILCS 140/7(1)(d)(i), because disclosure would interfere with a pending administrative
enforcement proceeding, and under Section 7(1)(n), records relating to a public body's
adjudication of employee grievances or disciplinary cases. The body-worn camera video
obtained by COPA in this investigation is part of the open investigative file and is
withheld on the same grounds. This incident did not fall within the categories of the
City's Video Release Policy.

You have a right to seek review of this denial by the Public Access Counselor, Office of
the Attorney General, 500 S. Second Street, Springfield, Illinois 62701,
publicaccess@ilag.gov, within 60 days of the date of this letter. You also have the right
to judicial review under Section 11 of FOIA.

Respectfully,

Dashawn Pruitt
FOIA Analyst, Legal Section
Civilian Office of Police Accountability
""")
save('025-copa-denial-open-investigation.eml', m, fact('025-copa-denial-open-investigation.eml', 'REQ-002', 'denial',
     'C26-01263', adverse=True, signals=['thread', 'plus', 'tracking'],
     why='COPA withholds the whole file and the BWC video of an open investigation under 7(1)(d)(i) and 7(1)(n); PAC review 60 days'))

# 026 NYC OpenRecords acknowledgment for the second CCRB request (plain text only)
m = new('NYC OpenRecords <noreply@records.nyc.gov>', 'records+req-005@newsdesk.example.net',
        '[FOIL-2026-054-03790] Request Acknowledged', '2026-10-05 09:12:50 -0400',
        '<177790947055.20418.7102@records.nyc.gov>')
text(m, """NYC OpenRecords

The Civilian Complaint Review Board (CCRB) has acknowledged your FOIL request.

Request: FOIL-2026-054-03790
Title: CCRB requests to NYPD for body-worn camera footage and NYPD response times
Submitted: 10/05/2026

The agency expects to respond to your request on or about 11/02/2026.

View request: https://a860-openrecords.nyc.gov/request/view/FOIL-2026-054-03790

Please do not reply to this email.
""")
save('026-ccrb-openrecords-ack-2.eml', m, fact('026-ccrb-openrecords-ack-2.eml', 'REQ-005', 'acknowledgment',
     'FOIL-2026-054-03790', clock='received_on_sent_date', estimated='2026-11-02', signals=['plus', 'tracking-new', 'subject'],
     why='OpenRecords: CCRB acknowledges the BWC-requests FOIL submitted 10/05 (= sent), expects about 11/02; NY 5 business days over Columbus Day'))

# 027 Atlanta GovQA closure: APD withholds a pending OPS investigation (HTML only)
m = new('City of Atlanta Open Records <atlantaga@govqa.us>', 'records+req-012@newsdesk.example.net',
        'City of Atlanta Open Records :: W026115-093026 - Request Closed', '2026-10-05 12:20:11 -0400',
        '<d1a89f43-0c6b-47e2-9e15-b8f2a4c07d93@govqa.us>')
html(m, """<html><body style="font-family:Arial;font-size:12px">
<p>Your Open Records request <b>W026115-093026</b> has been closed. The response from the department is below.</p>
<hr>
<p>Dear Requester,</p>
<p>The Atlanta Police Department has reviewed your request for the Office of Professional Standards case file for OPS case
24-C-0311 and the body-worn camera video reviewed in that case.</p>
<p>OPS case 24-C-0311 is an open and active investigation. Records of an investigation of a public employee's conduct are
exempt from disclosure until ten (10) days after the investigation is concluded or terminated, O.C.G.A. 50-18-72(a)(8),
and records of pending investigations are exempt under O.C.G.A. 50-18-72(a)(4). The case file and the associated
body-worn camera video are therefore withheld in their entirety at this time.</p>
<p>APD Open Records Unit</p>
<hr>
<p style="font-size:10px;color:#777">To view your request history, log in at atlantaga.govqa.us. This mailbox does not accept replies.</p>
</body></html>
""")
save('027-atlanta-govqa-denial-apd.eml', m, fact('027-atlanta-govqa-denial-apd.eml', 'REQ-012', 'denial', 'W026115-093026',
     adverse=True, signals=['plus', 'tracking'],
     why='APD withholds the whole OPS file and video of an open investigation under 50-18-72(a)(8) and (a)(4); GA has no appeal window'))

# 028 SF NextRequest due date extended (multipart/alternative)
m = new('San Francisco Public Records <sanfrancisco@mail.nextrequest.com>', 'records+req-013@newsdesk.example.net',
        'San Francisco record request #26-4412 - due date extended', '2026-10-05 17:40:29 -0700',
        '<nr.26-4412.extended.c95a17@mail.nextrequest.com>')
alt(m, """Record request #26-4412 has a new due date: October 19, 2026.

Reason given by Police Accountability:
"Unusual circumstances (Gov. Code 7922.535(c)): the department needs to search for, collect
and examine a voluminous amount of separate and distinct records, and to consult with the
Police Department, which has a substantial interest in the determination. DPA expects to
begin producing records on a rolling basis in early November."

View the request: https://sanfrancisco.nextrequest.com/requests/26-4412
""", """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Record request <a href="https://sanfrancisco.nextrequest.com/requests/26-4412">#26-4412</a> has a new due date: <b>October 19, 2026</b>.</p>
<p>Reason given by Police Accountability:</p>
<blockquote>Unusual circumstances (Gov. Code 7922.535(c)): the department needs to search for, collect and examine a voluminous
amount of separate and distinct records, and to consult with the Police Department, which has a substantial interest in the
determination. DPA expects to begin producing records on a rolling basis in early November.</blockquote>
</body></html>
""")
save('028-sf-nextrequest-extension.eml', m, fact('028-sf-nextrequest-extension.eml', 'REQ-013', 'extension', '26-4412',
     clock='extension', estimated='2026-10-19', signals=['plus', 'tracking'],
     why='NextRequest: DPA invokes the CPRA unusual-circumstances extension, new due Oct 19 (10 + 14 calendar days)'))

# 029 Gmail DSN: our reply to the Atlanta GovQA no-reply address bounced (embedded copy carries the number)
dsn = """Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: records@newsdesk.example.net
Subject: Delivery Status Notification (Failure)
Date: Mon, 05 Oct 2026 17:58:41 -0700 (PDT)
Message-ID: <66f1a9c1.2b0a4e6c.5d71.09e3.GMR@mx.google.com>
X-Failed-Recipients: atlantaga@govqa.us
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; boundary="0000000000007f2c1b063a11e0d5"; report-type=delivery-status

--0000000000007f2c1b063a11e0d5
Content-Type: text/plain; charset="UTF-8"

** Message blocked **

Your message to atlantaga@govqa.us has been blocked. See technical details below for more
information.

The response from the remote server was:
550 5.7.1 <atlantaga@govqa.us>: Recipient address rejected: this mailbox does not accept
incoming mail. Please respond through the public records portal.

--0000000000007f2c1b063a11e0d5
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 05 Oct 2026 17:58:38 -0700 (PDT)

Final-Recipient: rfc822; atlantaga@govqa.us
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx1.govqa.us. (20.81.119.6, the server for the domain govqa.us.)
Diagnostic-Code: smtp; 550 5.7.1 Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: Mon, 05 Oct 2026 17:58:41 -0700 (PDT)

--0000000000007f2c1b063a11e0d5
Content-Type: message/rfc822

From: Records Desk <records@newsdesk.example.net>
Reply-To: records+req-012@newsdesk.example.net
To: City of Atlanta Open Records <atlantaga@govqa.us>
Subject: Re: City of Atlanta Open Records :: W026115-093026 - Request Closed
Date: Mon, 05 Oct 2026 20:58:35 -0400
Message-ID: <req-012.reply.20261005.1@newsdesk.example.net>
In-Reply-To: <d1a89f43-0c6b-47e2-9e15-b8f2a4c07d93@govqa.us>
References: <d1a89f43-0c6b-47e2-9e15-b8f2a4c07d93@govqa.us>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Please tell us the date OPS expects to conclude case 24-C-0311, and confirm that you will
release the file ten days after it closes without a new request.

--0000000000007f2c1b063a11e0d5--
"""
save('029-bounce-gmail-govqa-noreply.eml', dsn.encode(), fact('029-bounce-gmail-govqa-noreply.eml', 'REQ-012', 'bounce', None,
     signals=['tracking', 'plus'],
     why='Gmail DSN: our reply to the Atlanta GovQA no-reply address was refused; the returned copy carries W026115-093026 and our plus address'))

# 030 Minneapolis JustFOIA message with a hedged copy-cost estimate (HTML only)
m = new('Minneapolis Data Requests <minneapolismn@justfoia.com>', 'records+req-009@newsdesk.example.net',
        'New message regarding Data Request DPR 2026-0448', '2026-10-07 10:00:12 -0500',
        '<3b7e02f9c4a1d86e5f20@justfoia.com>')
html(m, """<html><body style="font-family:Arial;font-size:10pt">
<p>The City of Minneapolis has sent you a message regarding request <b>DPR 2026-0448</b>:</p>
<div style="background:#f4f4f4;padding:8px">
<p>Hello,</p>
<p>Data on complaints that have reached a final disposition are public under Minn. Stat. &sect; 13.43, subd. 2. Data on
complaints that are still open are private personnel data and will not be included.</p>
<p>You may inspect the data at no charge. If you would like copies, the City may charge the actual cost of searching for,
retrieving and compiling the data, as Minn. Stat. &sect; 13.03, subd. 3(c) allows. We estimate that this could take about
nine hours of analyst time at $38.50 per hour (approximately <b>$346.50</b>), although the final amount may be lower.
Payment would be due before the data are released.</p>
<p>Please let us know whether you want copies at this cost or would prefer to inspect the data. We will not begin
compiling the spreadsheet until we hear from you.</p>
<p>OPCR Data Practices</p>
</div>
<p><a href="https://minneapolismn.justfoia.com/publicportal/home/track">View request</a></p>
</body></html>
""")
save('030-opcr-justfoia-fee-hedged.eml', m, fact('030-opcr-justfoia-fee-hedged.eml', 'REQ-009', 'fee_estimate', 'DPR 2026-0448',
     signals=['plus', 'tracking'], why='OPCR: copies "may" cost about $346.50; inspection is free; work waits for our choice'))

finish(3)
