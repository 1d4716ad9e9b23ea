#!/usr/bin/env python3
"""Messages 001-010 (September 8-18, 2026)."""
from common import *

MS365 = lambda topic, idx: [('Thread-Topic', topic), ('Thread-Index', idx), ('X-MS-Has-Attach', ''),
                            ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US'),
                            ('X-MS-Exchange-Organization-SCL', '-1'),
                            ('X-MS-Exchange-Organization-AuthSource', 'CH0PR09MB8842.namprd09.prod.outlook.com')]

# 001 COPA acknowledgment, plain text, threaded
m = new('COPA FOIA <foia@chicagocopa.org>', 'Records Desk <records+req-001@newsdesk.example.net>',
        'RE: ' + subj('REQ-001'), '2026-09-08 10:12:31 -0500',
        '<CH0PR09MB8842A1F03C2E9B7D41A2C6D5E9@CH0PR09MB8842.namprd09.prod.outlook.com>', **thread('REQ-001'),
        post=MS365(subj('REQ-001'), 'AQHdIFf3kq9Tn1c2R0uO5Vb7pW3x8g==') + [('X-Boundary-Style', 'outlook')])
text(m, """Dear Records Desk:

The Civilian Office of Police Accountability (COPA) is in receipt of your request under the
Illinois Freedom of Information Act, 5 ILCS 140/1 et seq., received on September 8, 2026, in
which you seek the investigative files for COPA investigations of officer-involved shootings
closed between January 1, 2025 and December 31, 2025.

Your request has been assigned COPA FOIA No. C26-01187. Please include this number on any
future correspondence about this request.

COPA will respond within five (5) business days of receipt as required by Section 3(d) of
FOIA, unless the time for response is extended under Section 3(e). Please note that COPA
investigative files are routinely reviewed for information exempt from disclosure under
Section 7 of FOIA, including private information of civilians and witnesses, and that large
files may be produced in installments.

Respectfully,

FOIA Unit - Legal Section
Civilian Office of Police Accountability
1615 W. Chicago Avenue, 4th Floor
Chicago, Illinois 60622
""")
save('001-copa-ack.eml', m, fact('001-copa-ack.eml', 'REQ-001', 'acknowledgment', 'C26-01187',
     clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'],
     why='COPA confirms receipt Sept 8 (= sent) and assigns FOIA No. C26-01187; IL 5 business days'))

# 002 Cook County SAO mailbox auto-reply
m = new('FOIA <foia@cookcountysao.org>', DESK, 'Automatic reply: ' + subj('REQ-003'),
        '2026-09-09 08:03:11 -0500', '<a81f0e2c4b7d4e5f9a1c3d2b6e8f7a90@cookcountysao.org>', **thread('REQ-003'),
        post=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
              ('X-MS-Exchange-Inbox-Rules-Loop', 'foia@cookcountysao.org')])
text(m, """Thank you for contacting the Freedom of Information Act Unit of the Cook County State's
Attorney's Office.

This mailbox is monitored Monday through Friday, 8:30 a.m. to 4:30 p.m., excluding County
holidays. Requests that arrive after business hours are logged on the next business day.
The Office responds to FOIA requests within the time limits set by 5 ILCS 140/3.

This mailbox does not accept subpoenas, victim-witness inquiries or requests for case status.
Members of the media with questions other than FOIA requests should contact the Office of
Communications.

This is an automated message. Please do not reply to it.
""")
save('002-ccsao-autoreply.eml', m, fact('002-ccsao-autoreply.eml', 'REQ-003', 'auto_reply', None,
     signals=['thread'], why='SAO FOIA mailbox auto-reply threaded to our request; mentions 5-day rule but is not an acknowledgment'))

# 003 NYC OpenRecords acknowledgment for CCRB (multipart/alternative, portal address serves all NYC agencies)
m = new('NYC OpenRecords <noreply@records.nyc.gov>', 'records+req-004@newsdesk.example.net',
        '[FOIL-2026-054-03318] Request Acknowledged', '2026-09-11 10:22:05 -0400',
        '<177790932541.20418.3311@records.nyc.gov>')
alt(m, """NYC OpenRecords

The Civilian Complaint Review Board (CCRB) has acknowledged your FOIL request.

Request: FOIL-2026-054-03318
Title: Substantiated CCRB allegations and discipline recommendations, 75th Precinct officers
Submitted: 09/10/2026

The agency expects to respond to your request on or about 10/09/2026. The agency will notify
you if this date changes.

To view your request, add comments or upload files, visit
https://a860-openrecords.nyc.gov/request/view/FOIL-2026-054-03318

Please do not reply to this email. Messages sent to this address are not monitored.
""", """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<div style="background:#1a3d6d;color:#fff;padding:10px"><b>NYC OpenRecords</b></div>
<p>The <b>Civilian Complaint Review Board (CCRB)</b> has acknowledged your FOIL request.</p>
<table cellpadding="4">
<tr><td><b>Request</b></td><td><a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-054-03318">FOIL-2026-054-03318</a></td></tr>
<tr><td><b>Title</b></td><td>Substantiated CCRB allegations and discipline recommendations, 75th Precinct officers</td></tr>
<tr><td><b>Submitted</b></td><td>09/10/2026</td></tr>
</table>
<p>The agency expects to respond to your request on or about <b>10/09/2026</b>. The agency will notify you if this date changes.</p>
<p style="color:#666;font-size:11px">Please do not reply to this email. Messages sent to this address are not monitored.</p>
</body></html>
""")
save('003-ccrb-openrecords-ack.eml', m, fact('003-ccrb-openrecords-ack.eml', 'REQ-004', 'acknowledgment',
     'FOIL-2026-054-03318', clock='received_on_sent_date', estimated='2026-10-09', signals=['plus', 'tracking-new', 'subject'],
     why='OpenRecords: CCRB acknowledged FOIL-2026-054-03318 submitted 09/10 (= sent), expects response about 10/09; NY 5 business days'))

# 004 Gmail-style DSN: cc to a stale OSI address in our REQ-006 email
dsn = """Return-Path: <>
Received: by mail-sor-f41.google.com with SMTPS id 5a478bee46e88-4f1c2e07a1bso118223eaf.2
        for <records@newsdesk.example.net>; Mon, 14 Sep 2026 13:05:12 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: records@newsdesk.example.net
Subject: Delivery Status Notification (Failure)
Date: Mon, 14 Sep 2026 13:05:12 -0700 (PDT)
Message-ID: <66e5ed48.0a1c4e6b.9f3d.02b1.GMR@mx.google.com>
X-Failed-Recipients: osi.intake@ag.ny.gov
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000c3a7e0062f8d1b44"; report-type=delivery-status

--000000000000c3a7e0062f8d1b44
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to osi.intake@ag.ny.gov because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient osi.intake@ag.ny.gov not found by SMTP address lookup

--000000000000c3a7e0062f8d1b44
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; records@newsdesk.example.net
Arrival-Date: Mon, 14 Sep 2026 13:05:09 -0700 (PDT)
X-Original-Message-ID: <req-006.20260914.1@newsdesk.example.net>

Final-Recipient: rfc822; osi.intake@ag.ny.gov
Action: failed
Status: 5.1.10
Remote-MTA: dns; ag-ny-gov.mail.protection.outlook.com. (52.101.194.2, the server for the domain ag.ny.gov.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Last-Attempt-Date: Mon, 14 Sep 2026 13:05:12 -0700 (PDT)

--000000000000c3a7e0062f8d1b44
Content-Type: text/rfc822-headers

From: Records Desk <records@newsdesk.example.net>
Reply-To: records+req-006@newsdesk.example.net
To: FOIL Records Access Officer <foil@ag.ny.gov>
Cc: osi.intake@ag.ny.gov
Subject: FOIL Request: Office of Special Investigation case records for matters closed in 2024-2025
Date: Mon, 14 Sep 2026 16:05:01 -0400
Message-ID: <req-006.20260914.1@newsdesk.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

--000000000000c3a7e0062f8d1b44--
"""
save('004-bounce-gmail-nyag-cc.eml', dsn.encode(), fact('004-bounce-gmail-nyag-cc.eml', 'REQ-006', 'bounce', None,
     signals=['thread-embedded'], why='Gmail DSN: the cc copy of our REQ-006 FOIL email to a stale OSI address was rejected'))

# 005 COPA extension, M365, letter only in the PDF (tracking in attachment name + letter)
m = new('COPA FOIA <foia@chicagocopa.org>', 'Records Desk <records+req-001@newsdesk.example.net>',
        'RE: ' + subj('REQ-001'), '2026-09-15 09:30:47 -0500',
        '<CH0PR09MB88424C1B7E0D2F6A93B15E22C4@CH0PR09MB8842.namprd09.prod.outlook.com>',
        irt='<CH0PR09MB8842A1F03C2E9B7D41A2C6D5E9@CH0PR09MB8842.namprd09.prod.outlook.com>',
        refs=rmid('REQ-001') + ' <CH0PR09MB8842A1F03C2E9B7D41A2C6D5E9@CH0PR09MB8842.namprd09.prod.outlook.com>',
        post=MS365(subj('REQ-001'), 'AQHdIFf3kq9Tn1c2R0uO5Vb7pW3x8gAYm4Qc') + [('X-Boundary-Style', 'outlook')])
text(m, """Good morning,

Please see the attached correspondence regarding your FOIA request.

Thank you,
COPA FOIA Unit
""")
attach(m, pdf([[
    'CIVILIAN OFFICE OF POLICE ACCOUNTABILITY', '1615 W. Chicago Avenue, 4th Floor, Chicago, Illinois 60622', '',
    'September 15, 2026', '', 'VIA ELECTRONIC MAIL', 'Records Desk', 'records+req-001@newsdesk.example.net', '',
    'Re: FOIA Request C26-01187 - Notice of Extension', '',
    'Dear Records Desk:', '',
    'COPA received your request under the Illinois Freedom of Information Act on September 8, 2026.',
    'Pursuant to Section 3(e)(ii) and (iv) of FOIA, 5 ILCS 140/3(e), COPA is extending the time to',
    'respond by five (5) business days. The requested investigative files are maintained in a case',
    'management system and an evidence archive that must both be searched, and the records require',
    'examination by personnel with the necessary legal competency to determine whether any portion',
    'is exempt from disclosure.', '',
    'COPA will respond to your request on or before September 22, 2026.', '',
    'If you have questions, please contact the FOIA Unit at foia@chicagocopa.org.', '',
    'Sincerely,', '', 'Marisol Quintero-Hayes', 'FOIA Officer, Legal Section']], 'C26-01187 extension'),
    'C26-01187 Extension Letter.pdf')
save('005-copa-extension-pdf.eml', m, fact('005-copa-extension-pdf.eml', 'REQ-001', 'extension', 'C26-01187',
     clock='extension', estimated='2026-09-22', signals=['thread', 'plus', 'tracking-attachment'],
     why='letter only in the PDF: 3(e) five-business-day extension, respond by Sept 22; number in attachment name and letter'))

# 006 Denver GovQA acknowledgment, Police (HTML only, shared portal address)
m = new('Denver Public Records Center <denvergov@govqa.us>', 'records+req-007@newsdesk.example.net',
        'Denver Public Records Center :: P004418-091626', '2026-09-16 10:00:41 -0600',
        '<b7c1a6e2-93f4-4d0e-8a55-6c2f1d0e4b71@govqa.us>')
html(m, """<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Dear Records Desk,</p>
<p>Thank you for your records request to the <b>Denver Police Department</b>. Your request has been received
and is being processed.</p>
<p><b>Reference #:</b> P004418-091626<br>
<b>Date received:</b> 9/16/2026<br>
<b>Department:</b> Police - Records Unit / Internal Affairs Section<br>
<b>Request type:</b> Criminal Justice Records (CCJRA) / CORA</p>
<p><b>Description:</b> Internal Affairs Section investigation files, findings letters and associated body-worn camera
video for use-of-force complaints closed in calendar year 2024.</p>
<p>Requests for criminal justice records are handled under the Colorado Criminal Justice Records Act, C.R.S.
24-72-301 et seq. Other public records are handled under the Colorado Open Records Act, which provides for a response
within three (3) working days, extendable by up to seven (7) working days in extenuating circumstances.</p>
<p>Research and retrieval fees may apply after the first hour. You will be notified of any fees before work continues.</p>
<p>To monitor the progress or update this request, please log into the
<a href="https://denvergov.govqa.us/WEBAPP/_rs/(S(x4ydq0fh2kq1))/SupportHome.aspx">Public Records Center</a>.</p>
<p style="font-size:10px;color:#888">This message was sent from an unattended mailbox.</p>
</body></html>
""")
save('006-denver-govqa-ack-dpd.eml', m, fact('006-denver-govqa-ack-dpd.eml', 'REQ-007', 'acknowledgment', 'P004418-091626',
     clock='received_on_sent_date', signals=['plus', 'tracking-new', 'subject'],
     why='Denver GovQA (shared city portal address) logs the Police request received 9/16 (= sent) as P004418-091626; CO 3 working days'))

# 007 Cook County SAO extension, plain text, threaded, no number
m = new('FOIA <foia@cookcountysao.org>', DESK, 'RE: ' + subj('REQ-003'), '2026-09-16 15:22:09 -0500',
        '<0c6e9d1f2a3b4c5d8e7f6a5b4c3d2e1f@cookcountysao.org>', **thread('REQ-003'))
text(m, """Dear Records Desk:

This message concerns your Freedom of Information Act request received by the Cook County
State's Attorney's Office on September 9, 2026, seeking declination memoranda, charging
decision letters and case-closing summaries of the Law Enforcement Accountability Division.

Pursuant to Section 3(e) of the Illinois Freedom of Information Act, 5 ILCS 140/3(e)(ii),
(iv) and (vi), the Office is extending the time to respond by five (5) business days. The
records sought must be collected from files maintained by several units, and they require
review by personnel with legal knowledge to determine whether exemptions apply. The Office
will respond on or before September 23, 2026.

Sincerely,

Freedom of Information Unit
Cook County State's Attorney's Office
69 W. Washington Street, Suite 3200
Chicago, Illinois 60602
""" + quote_request('REQ-003', 'Wednesday, September 9, 2026 8:02 AM'))
save('007-ccsao-extension.eml', m, fact('007-ccsao-extension.eml', 'REQ-003', 'extension', None, clock='extension',
     estimated='2026-09-23', signals=['thread', 'subject'],
     why='SAO takes the 3(e) five-business-day extension, respond by Sept 23; no number given'))

# 008 COPA clarification on officer names and date range (second COPA request; new number)
m = new('COPA FOIA <foia@chicagocopa.org>', 'Records Desk <records+req-002@newsdesk.example.net>',
        'RE: ' + subj('REQ-002'), '2026-09-17 09:10:12 -0500',
        '<CH0PR09MB884277E3A0B9C1D2F4A6E8B1D0@CH0PR09MB8842.namprd09.prod.outlook.com>', **thread('REQ-002'),
        post=MS365(subj('REQ-002'), 'AQHdJ9s4Lm3bX0v1c9Y2wq6aPzT4hQ==') + [('X-Boundary-Style', 'outlook')])
text(m, """Good morning,

COPA has received your FOIA request, which has been assigned COPA FOIA No. C26-01263.
Before we can search for and process records, we need you to clarify two points:

1. Officer names. The allegations in Log #2024-0005132 concern P.O. Brian Dwyer (Star #14422).
   COPA's records do not reflect an Officer Okonkwo as an accused member in this log. A
   P.O. C. Okonkwo (Star #7718) appears as a witness officer. Please confirm whether you seek
   records about the witness officer as well, or only the accused member.

2. Date range of video. Please tell us whether you seek only video recorded during the
   incident on July 19, 2024 (approximately 9:40 p.m. to 10:25 p.m.), or also video of the
   transport and processing of the arrestee at the 7th District station afterward.

Your request will be processed upon receipt of your response. If we do not hear from you,
we will process the request as we understand it.

Thank you,

Dashawn Pruitt
FOIA Analyst, Legal Section
Civilian Office of Police Accountability
""" + quote_request('REQ-002', 'Tuesday, September 15, 2026 9:14 AM'))
save('008-copa-clarification-officers.eml', m, fact('008-copa-clarification-officers.eml', 'REQ-002', 'clarification',
     'C26-01263', signals=['thread', 'plus', 'tracking-new'],
     why='COPA assigns C26-01263 and asks which officers (accused vs witness) and what video time window; Log # is not the FOIA number'))

# 009 Denver GovQA acknowledgment, OIM (plain text; received date stated as 9/17)
m = new('Denver Public Records Center <denvergov@govqa.us>', 'records+req-008@newsdesk.example.net',
        'Denver Public Records Center :: R004421-091726', '2026-09-17 11:48:20 -0600',
        '<3e9f1a07-52c8-4b6d-b1e4-0fd7c2a88e15@govqa.us>')
text(m, """Dear Records Desk,

Thank you for your Colorado Open Records Act request to the Office of the Independent
Monitor. The request was entered into the Public Records Center on your behalf.

Reference #: R004421-091726
Request received: 9/17/2026
Department: Office of the Independent Monitor

Description: Emails and memoranda exchanged between the Office of the Independent Monitor
and DPD command staff about discipline reviews, January 2025 to the present.

The custodian will respond within three (3) working days of receipt, or will notify you if
extenuating circumstances require up to seven (7) additional working days.

Log in to the Public Records Center to check status:
https://denvergov.govqa.us/WEBAPP/_rs/SupportHome.aspx

This is an automated message from an unmonitored mailbox.
""")
save('009-denver-govqa-ack-oim.eml', m, fact('009-denver-govqa-ack-oim.eml', 'REQ-008', 'acknowledgment', 'R004421-091726',
     clock='received:2026-09-17', signals=['plus', 'tracking-new', 'subject'],
     why='same Denver portal, OIM department; states received 9/17 though we emailed 9/16, so CO clock runs from 9/17'))

# 010 unrelated newsletter (request: null)
m = new('Oversight Weekly <news@oversightweekly.example.com>', INBOX,
        'Oversight Weekly: COPA video backlog, CCRB budget hearing, and a records-request checklist',
        '2026-09-18 07:15:00 -0700', '<20260918141500.4471.news@oversightweekly.example.com>',
        post=[('List-Unsubscribe', '<https://oversightweekly.example.com/unsub?u=7721>'),
              ('List-Id', 'Oversight Weekly <weekly.oversightweekly.example.com>'), ('Precedence', 'bulk')])
alt(m, """OVERSIGHT WEEKLY - September 18, 2026

CHICAGO: COPA says its backlog of video releases under the City's 60-day policy has dropped
to 11 incidents.

NEW YORK: The City Council's Public Safety Committee hears testimony on the CCRB budget and
the Board's access to NYPD body-worn camera footage.

DENVER: The Office of the Independent Monitor publishes its semiannual report.

TOOLKIT: Ten things to put in every records request to a police oversight agency - officer
names and star numbers, a date range, the complaint log number, and a fee ceiling.

You receive this newsletter because you subscribed at oversightweekly.example.com.
Unsubscribe: https://oversightweekly.example.com/unsub?u=7721
""", """<html><body><h2>Oversight Weekly</h2><p><i>September 18, 2026</i></p>
<p><b>Chicago:</b> COPA says its backlog of video releases under the City's 60-day policy has dropped to 11 incidents.</p>
<p><b>New York:</b> The City Council's Public Safety Committee hears testimony on the CCRB budget and the Board's access to NYPD body-worn camera footage.</p>
<p><b>Denver:</b> The Office of the Independent Monitor publishes its semiannual report.</p>
<p><b>Toolkit:</b> Ten things to put in every records request to a police oversight agency.</p>
<p style="font-size:10px"><a href="https://oversightweekly.example.com/unsub?u=7721">Unsubscribe</a></p></body></html>
""")
save('010-newsletter-oversight.eml', m, fact('010-newsletter-oversight.eml', None, 'other', None, signals=['none'],
     why='bulk newsletter naming COPA, CCRB and OIM; not a reply to any request'))

finish(1)
