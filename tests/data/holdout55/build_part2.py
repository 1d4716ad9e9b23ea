#!/usr/bin/env python3
"""Messages 011-020 (September 10-21, 2026)."""
from build_common import *

R001 = req_mid(1, '20260901'); R003 = req_mid(3, '20260902'); R008 = req_mid(8, '20260909')
R010 = req_mid(10, '20260910'); R012 = req_mid(12, '20260911'); R014 = req_mid(14, '20260915')
CLAR013_MID = '<4e8d2b7c19a04f6b8e3a0d5c7b1f9e20@govqa.us>'

# ---------------------------------------------------------------- 011 NextRequest acknowledgment (Alameda County Health)
t011 = """Alameda County Health - Public Records

Your record request #26-1834 has been submitted.

Received: September 10, 2026
Department: Emergency Medical Services Agency
Request:
  Ambulance response-time compliance reports submitted by the county's emergency
  ambulance contractor for January 2024 through August 2026, the EMS Agency's monthly
  compliance determinations, and any liquidated damages or penalty assessments issued
  for late responses.

Under the California Public Records Act (Gov. Code 7920.000 et seq.), the Agency will
notify you within 10 days whether it has disclosable records. In some cases an
extension of up to 14 additional days may be needed; if so, you will be notified.

You can view the request and any documents released at:
https://alamedacountyhealth.nextrequest.com/requests/26-1834

Questions? Reply through the portal so your message is added to the request record.
"""
h011 = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;font-size:14px">
<div style="max-width:600px;margin:auto;border-top:4px solid #1f6f8b;padding:16px">
<p style="font-size:12px;color:#777">Alameda County Health - Public Records</p>
<h2 style="font-weight:normal">Your record request <a href="https://alamedacountyhealth.nextrequest.com/requests/26-1834">#26-1834</a> has been submitted.</h2>
<p><b>Received:</b> September 10, 2026<br><b>Department:</b> Emergency Medical Services Agency</p>
<p><b>Request:</b><br>Ambulance response-time compliance reports submitted by the county's emergency ambulance contractor for January 2024
through August 2026, the EMS Agency's monthly compliance determinations, and any liquidated damages or penalty assessments issued for late responses.</p>
<p>Under the California Public Records Act (Gov. Code 7920.000 et seq.), the Agency will notify you within 10 days whether it has disclosable
records. In some cases an extension of up to 14 additional days may be needed; if so, you will be notified.</p>
<p><a href="https://alamedacountyhealth.nextrequest.com/requests/26-1834" style="background:#1f6f8b;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">View request</a></p>
<p style="font-size:12px;color:#777">Questions? Reply through the portal so your message is added to the request record.<br>Powered by NextRequest</p>
</div></body></html>
"""
write('011-alcoems-nextrequest-ack.eml', [
    ('From', 'Alameda County Health Public Records <alamedacountyhealth@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@nextrequest.com'),
    ('To', plus(10)),
    ('Subject', '[Records Request] Your Alameda County Health request #26-1834 has been submitted'),
    ('Date', 'Thu, 10 Sep 2026 16:02:47 -0700'),
    ('Message-ID', '<66f0d9a71c2e4_3b7a5c1e8d2f4a1b@nextrequest-mailer-7d9f.mail>'),
    ('X-Mailgun-Tag', 'request_created'),
], multipart('alternative', [text(t011), text(h011, 'html')], '011'))

# ---------------------------------------------------------------- 012 West Metro Fire acknowledgment (received next business day)
t012 = """Good morning,

Thank you for your Colorado Open Records Act request. Because it was submitted after
business hours on Friday, September 11, it is deemed received on the next business day,
Monday, September 14, 2026, under the District's CORA policy. Your request number is
C26-041.

The District will respond within three working days (by Thursday, September 17) or, if
extenuating circumstances exist, will notify you in writing that up to seven additional
working days are needed.

Please be aware that a patient care report is a medical record. The District is a HIPAA
covered entity, and any patient care report we are able to release will have protected
health information redacted. CAD incident and unit time records are generally available.

Respectfully,

Karen Lindqvist
Records Custodian | Administrative Services
West Metro Fire Protection District
433 S. Allison Parkway, Lakewood, CO 80226
303-989-4307

From: Records Desk <records@records.example.org>
Sent: Friday, September 11, 2026 6:42 PM
To: Records <records@westmetrofire.org>
Subject: CORA Request: EMS patient care report and CAD records for the August 22, 2026 in-custody medical call in Lakewood
"""
h012 = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + \
    ''.join('<p style="margin:0">%s</p>' % (l.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') or '&nbsp;') for l in t012.split('\n')) + '</div></body></html>\n'
write('012-westmetro-ack-received-monday.eml', [
    ('From', 'Karen Lindqvist <klindqvist@westmetrofire.org>'),
    ('To', 'Records Desk <%s>' % plus(12)),
    ('Subject', 'RE: CORA Request: EMS patient care report and CAD records for the August 22, 2026 in-custody medical call in Lakewood'),
    ('Thread-Topic', 'CORA Request: EMS patient care report and CAD records for the August 22, 2026 in-custody medical call in Lakewood'),
    ('Thread-Index', 'AQHcJF5x9Qm1b0fJTk2l8gWm3Yp7KQ=='),
    ('Date', 'Mon, 14 Sep 2026 08:47:19 -0600'),
    ('Message-ID', '<BY5PR17MB3961E8C0B4A24D7F93A1C6D2E5F07@BY5PR17MB3961.namprd17.prod.outlook.com>'),
    ('In-Reply-To', R012),
    ('References', R012),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
], multipart('alternative', [text(t012), text(h012, 'html')], '012'))

# ---------------------------------------------------------------- 013 Maricopa portal message: clarification (HTML only)
h013 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c9c9c9">
<tr><td style="background:#5a2d82;color:#fff;padding:10px 14px;font-size:13pt"><b>Maricopa County Public Records Center</b></td></tr>
<tr><td style="padding:14px">
<p>A message has been posted to your public records request <b>W003318-090126</b> by <b>Office of the Medical Examiner</b>:</p>
<div style="border-left:3px solid #5a2d82;padding:6px 12px;background:#f7f5fa">
<p>Good morning,</p>
<p>The Office of the Medical Examiner (OME) has identified 31 decedents from January 1, 2024 to date whose deaths occurred
while in the custody of the Maricopa County Sheriff's Office at a jail facility. Before we begin review, please clarify the following:</p>
<ol>
<li>Please confirm that you are requesting the <b>autopsy report</b> (which includes toxicology results) and the <b>investigative report</b> only,
and not the complete case file (photographs, diagrams, outside medical records and law enforcement reports).</li>
<li>Your request refers to "persons in custody." Do you want only deaths of inmates housed at the four jail facilities, or also deaths of
persons in the custody of municipal police agencies (for example, during or after an arrest)? The second category would require a
separate search.</li>
</ol>
<p>Please note that under OME practice, reports for deaths that occurred in law enforcement custody are reviewed by the Maricopa County
Attorney's Office before release.</p>
<p>Please respond through the Public Records Center. If we do not hear from you within 30 days, the request may be closed.</p>
<p>OME Records Unit</p>
</div>
<p>To reply, <a href="https://maricopacountyaz.govqa.us/WEBAPP/_rs/(S(x3k1p0gq))/SupportHome.aspx">log in to the Public Records Center</a>.
Replies to this email are not monitored.</p>
</td></tr></table></body></html>
"""
write('013-mcome-govqa-clarification.eml', [
    ('From', 'Maricopa County Public Records Center <maricopacountyaz@govqa.us>'),
    ('To', plus(1)),
    ('Subject', 'Public Records Request :: W003318-090126 - Message from Office of the Medical Examiner'),
    ('Date', 'Tue, 15 Sep 2026 10:30:55 -0700'),
    ('Message-ID', CLAR013_MID),
    ('X-Mailer', 'GovQA Mailer 9.4'),
], text(h013, 'html'))

# ---------------------------------------------------------------- 014 Open FOIL NY acknowledgment (DOH, BEMS investigations)
t014 = """NY Open FOIL

Your Freedom of Information Law request has been acknowledged.

Agency:          New York State Department of Health
Request Number:  26-09-412
Received Date:   09/15/2026
Description:     Bureau of Emergency Medical Services and Trauma Systems investigation
                 files and closure letters concerning ambulance services, 2023 to present

The Department acknowledges receipt of your request under Public Officers Law
section 89(3). Based on the volume and complexity of the records requested, the
Department anticipates granting or denying your request, in whole or in part, on or
before 10/14/2026. If more time is needed, you will be notified of the reason and a
date certain.

Track your request at https://openfoil.ny.gov/requests/26-09-412

This mailbox is not monitored. Please use the portal to send messages to the agency.
"""
h014 = """<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1b1b1b">
<div style="background:#002d72;color:#fff;padding:12px 18px;font-size:18px">NY Open FOIL</div>
<div style="padding:18px;max-width:620px">
<p>Your Freedom of Information Law request has been acknowledged.</p>
<table cellpadding="5" style="font-size:13px;border-collapse:collapse">
<tr><td style="color:#555">Agency</td><td>New York State Department of Health</td></tr>
<tr><td style="color:#555">Request Number</td><td><b>26-09-412</b></td></tr>
<tr><td style="color:#555">Received Date</td><td>09/15/2026</td></tr>
<tr><td style="color:#555">Description</td><td>Bureau of Emergency Medical Services and Trauma Systems investigation files and closure letters concerning ambulance services, 2023 to present</td></tr>
</table>
<p>The Department acknowledges receipt of your request under Public Officers Law section 89(3). Based on the volume and complexity of the
records requested, the Department anticipates granting or denying your request, in whole or in part, on or before <b>10/14/2026</b>.
If more time is needed, you will be notified of the reason and a date certain.</p>
<p><a href="https://openfoil.ny.gov/requests/26-09-412">Track your request</a></p>
<p style="font-size:12px;color:#666">This mailbox is not monitored. Please use the portal to send messages to the agency.</p>
</div></body></html>
"""
write('014-nysdoh-openfoil-ack.eml', [
    ('From', 'NY Open FOIL <noreply@openfoil.ny.gov>'),
    ('To', plus(14)),
    ('Subject', 'FOIL Request 26-09-412 Acknowledged - Department of Health'),
    ('Date', 'Tue, 15 Sep 2026 15:18:02 -0400'),
    ('Message-ID', '<0100019a1f3c2d84-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9-000000@email.amazonses.com>'),
    ('X-SES-Outgoing', '2026.09.15-54.240.8.21'),
], multipart('alternative', [text(t014), text(h014, 'html')], '014'))

# ---------------------------------------------------------------- 015 Google DSN: our reply to the portal's no-reply address
orig015 = """Return-Path: <records@records.example.org>
From: Records Desk <records@records.example.org>
Reply-To: records+req-001@records.example.org
To: Maricopa County Public Records Center <maricopacountyaz@govqa.us>
Subject: RE: Public Records Request :: W003318-090126 - Message from Office of the
 Medical Examiner
Date: Wed, 16 Sep 2026 06:00:41 -0700
Message-ID: <req-001.20260916.2@records.example.org>
In-Reply-To: """ + CLAR013_MID + """
References: """ + R001 + " " + CLAR013_MID + """
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Thank you. 1) Yes - the autopsy report (with toxicology) and the investigative report
only, no photographs or outside records. 2) Only deaths of inmates at the four jail
facilities.

Records Desk
"""
dsn_txt = """** Address not found **

Your message wasn't delivered to maricopacountyaz@govqa.us because the address couldn't
be found, or is unable to receive mail.

The response from the remote server was:
550 5.7.1 <maricopacountyaz@govqa.us>: Recipient address rejected: This is an
unmonitored mailbox. Please respond through the Public Records Center.
"""
dsn_html = """<html><body><div style="font-family:Roboto,Arial,sans-serif">
<h3 style="color:#d93025">Address not found</h3>
<p>Your message wasn't delivered to <b>maricopacountyaz@govqa.us</b> because the address couldn't be found, or is unable to receive mail.</p>
<p>The response from the remote server was:</p>
<p style="font-family:monospace">550 5.7.1 &lt;maricopacountyaz@govqa.us&gt;: Recipient address rejected: This is an unmonitored mailbox. Please respond through the Public Records Center.</p>
</div></body></html>
"""
ds015 = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; records@records.example.org
Arrival-Date: Wed, 16 Sep 2026 06:00:42 -0700 (PDT)
X-Original-Message-ID: <req-001.20260916.2@records.example.org>

Final-Recipient: rfc822; maricopacountyaz@govqa.us
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx1.govqa.us. (198.51.100.25, the server for the domain govqa.us.)
Diagnostic-Code: smtp; 550 5.7.1 <maricopacountyaz@govqa.us>: Recipient address rejected: This is an unmonitored mailbox. Please respond through the Public Records Center.
Last-Attempt-Date: Wed, 16 Sep 2026 06:00:44 -0700 (PDT)
"""
write('015-bounce-google-dsn-govqa.eml', [
    ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
    ('To', 'records@records.example.org'),
    ('Auto-Submitted', 'auto-replied'),
    ('Subject', 'Delivery Status Notification (Failure)'),
    ('Date', 'Wed, 16 Sep 2026 06:00:44 -0700'),
    ('Message-ID', '<66e82a4c.050a0220.3b1f7.9d21.GMR@mx.google.com>'),
    ('References', '<req-001.20260916.2@records.example.org>'),
    ('In-Reply-To', '<req-001.20260916.2@records.example.org>'),
    ('X-Failed-Recipients', 'maricopacountyaz@govqa.us'),
], multipart('report', [
    multipart('alternative', [text(dsn_txt, charset='UTF-8'), text(dsn_html, 'html', charset='UTF-8')], '015a'),
    raw_part(['Content-Type: message/delivery-status'], ds015),
    raw_part(['Content-Type: message/rfc822'], orig015),
], '015', params=' report-type=delivery-status;'))

# ---------------------------------------------------------------- 016 Open FOIL submission receipt (number only in the subject)
t016 = """NY Open FOIL

Thank you for submitting a Freedom of Information Law request to the New York State
Department of Health.

Received Date: 09/17/2026
(Requests received after 5:00 p.m., or on a weekend or holiday, are considered received
on the next business day.)

Description: Death certificate data (decedent age, sex, race, date of death, place of
death, cause and manner of death) for all deaths occurring in New York State
correctional facilities, local jails and police custody, 2020 through 2025.

The agency will acknowledge your request within five business days of receipt. You can
follow your request by signing in to your Open FOIL NY account.

This mailbox is not monitored.
"""
h016 = """<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1b1b1b">
<div style="background:#002d72;color:#fff;padding:12px 18px;font-size:18px">NY Open FOIL</div>
<div style="padding:18px;max-width:620px">
<p>Thank you for submitting a Freedom of Information Law request to the <b>New York State Department of Health</b>.</p>
<p><b>Received Date:</b> 09/17/2026<br><span style="font-size:12px;color:#555">(Requests received after 5:00 p.m., or on a weekend or holiday, are considered received on the next business day.)</span></p>
<p><b>Description:</b> Death certificate data (decedent age, sex, race, date of death, place of death, cause and manner of death) for all deaths
occurring in New York State correctional facilities, local jails and police custody, 2020 through 2025.</p>
<p>The agency will acknowledge your request within five business days of receipt. You can follow your request by signing in to your
<a href="https://openfoil.ny.gov/">Open FOIL NY</a> account.</p>
<p style="font-size:12px;color:#666">This mailbox is not monitored.</p></div></body></html>
"""
write('016-nysdoh-openfoil-receipt-subject-only.eml', [
    ('From', 'NY Open FOIL <noreply@openfoil.ny.gov>'),
    ('To', plus(15)),
    ('Subject', 'Open FOIL NY: Request 26-09-431 received'),
    ('Date', 'Thu, 17 Sep 2026 08:15:37 -0400'),
    ('Message-ID', '<0100019a28b1e6f2-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d-000000@email.amazonses.com>'),
    ('X-SES-Outgoing', '2026.09.17-54.240.8.21'),
], multipart('alternative', [text(t016), text(h016, 'html')], '016'))

# ---------------------------------------------------------------- 017 Cook County ME: denial letter (PDF) - pending investigation
letter017 = [
    'COOK COUNTY MEDICAL EXAMINER\'S OFFICE',
    '2121 West Harrison Street  |  Chicago, Illinois 60612  |  312-666-0500',
    '',
    'September 17, 2026',
    '',
    'Records Desk',
    'records.example.org',
    'Sent via email to records+req-003@records.example.org',
    '',
    'Re:  FOIA No. 2026-ME-0412',
    '',
    'Dear Requester:',
    '',
    'On September 2, 2026, the Cook County Medical Examiner\'s Office (the "Office") received your request under the',
    'Illinois Freedom of Information Act, 5 ILCS 140/1 et seq. (the "Act"), for (1) the final autopsy report, including',
    'toxicology, (2) the investigator\'s report, and (3) correspondence with the Cook County Sheriff\'s Office or the',
    'Illinois State Police, concerning ME case 2026-07311. On September 10, 2026, the Office extended the time to',
    'respond to September 17, 2026 under Section 3(e).',
    '',
    'The Office has reviewed its files. The death in ME case 2026-07311 is the subject of a pending criminal',
    'investigation by the Illinois State Police Division of Criminal Investigation, and the Illinois State Police has',
    'advised the Office in writing that release of the records would interfere with that investigation. The',
    'examination of the decedent is also not final: the cause and manner of death remain pending further studies.',
    '',
    'Your request is therefore denied in its entirety under the following provisions of the Act:',
    '',
    '  - Section 7(1)(d)(i): records that, if disclosed, would interfere with pending or actually and reasonably',
    '    contemplated law enforcement proceedings conducted by any law enforcement agency; and',
    '  - Section 7(1)(f): preliminary drafts, notes and other records in which opinions are expressed, with respect',
    '    to the autopsy findings that have not been finalized.',
    '',
    'This denial applies to the autopsy and toxicology reports, the investigator\'s report and the correspondence.',
    'Once the investigation is concluded and the case is certified, you may submit a new request for these records.',
    '',
    'You have a right to have this denial reviewed by the Public Access Counselor (PAC) of the Office of the',
    'Illinois Attorney General, 500 South Second Street, Springfield, Illinois 62701; publicaccess@ilag.gov;',
    '(877) 299-3642. You may file your request for review with the PAC within 60 days after the date of this',
    'denial (5 ILCS 140/9.5(a)). You also have the right to seek judicial review of this denial by filing a lawsuit',
    'in the Circuit Court of Cook County (5 ILCS 140/11).',
    '',
    'Sincerely,',
    '',
    'Teresa Ramirez',
    'FOIA Officer',
    'Cook County Medical Examiner\'s Office',
]
body017 = """Good afternoon,

Please see the attached response to FOIA No. 2026-ME-0412.

FOIA Unit
Cook County Medical Examiner's Office
"""
write('017-ccme-denial-pending-investigation-pdf.eml', [
    ('From', 'ME FOIA <ME.FOIA@cookcountyil.gov>'),
    ('To', 'Records Desk <%s>' % plus(3)),
    ('Subject', 'FOIA No. 2026-ME-0412 - Response'),
    ('Date', 'Thu, 17 Sep 2026 14:05:33 -0500'),
    ('Message-ID', '<CH0PR09MB74213D2E9A0F4C1B9E7A62D08C1C22@CH0PR09MB7421.namprd09.prod.outlook.com>'),
    ('References', R003),
    ('Thread-Topic', 'FOIA No. 2026-ME-0412 - Response'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', 'yes'),
], multipart('mixed', [text(body017, charset='us-ascii', cte='7bit'),
                       attachment(pdf(letter017, title='FOIA 2026-ME-0412 Response'), 'application/pdf',
                                  'FOIA 2026-ME-0412 Response Letter.pdf')], '017'))

# ---------------------------------------------------------------- 018 West Metro Fire: 7-working-day extension
t018 = """Hello,

Regarding CORA request C26-041: the District is invoking the extension allowed by
C.R.S. 24-72-203(3)(b). Extenuating circumstances exist because the patient care report
must be retrieved from our ePCR vendor's hosted system and reviewed line by line for
protected health information, and the CAD records must be pulled by the Jeffco
communications center, which is a separate agency.

The District's response period is extended by seven working days. We expect to have the
records to you by Monday, September 28, 2026.

Thank you for your patience,

Karen Lindqvist
Records Custodian | Administrative Services
West Metro Fire Protection District
"""
write('018-westmetro-extension.eml', [
    ('From', 'Karen Lindqvist <klindqvist@westmetrofire.org>'),
    ('To', 'Records Desk <%s>' % plus(12)),
    ('Subject', 'RE: CORA Request: EMS patient care report and CAD records for the August 22, 2026 in-custody medical call in Lakewood'),
    ('Thread-Topic', 'CORA Request: EMS patient care report and CAD records for the August 22, 2026 in-custody medical call in Lakewood'),
    ('Thread-Index', 'AQHcJF5x9Qm1b0fJTk2l8gWm3Yp7KYAEe2Rf'),
    ('Date', 'Thu, 17 Sep 2026 16:31:48 -0600'),
    ('Message-ID', '<BY5PR17MB39617A2F1C0B4E8D9A35B7C1D4E07@BY5PR17MB3961.namprd17.prod.outlook.com>'),
    ('In-Reply-To', '<BY5PR17MB3961E8C0B4A24D7F93A1C6D2E5F07@BY5PR17MB3961.namprd17.prod.outlook.com>'),
    ('References', R012 + ' <BY5PR17MB3961E8C0B4A24D7F93A1C6D2E5F07@BY5PR17MB3961.namprd17.prod.outlook.com>'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], text(t018, charset='us-ascii', cte='7bit'))

# ---------------------------------------------------------------- 019 NextRequest: 14-day CPRA extension
t019 = """Alameda County Health - Public Records

Request #26-1834: the due date has been extended.

New due date: October 5, 2026

Message from the Emergency Medical Services Agency:
Pursuant to Government Code section 7922.535(b), the Agency is extending the time to
respond to your request by 14 days because of the need to search for and collect the
requested records from facilities separate from the office processing the request, and
the need to consult with the county's contracted ambulance provider, which prepares the
monthly response-time compliance reports. We anticipate producing records on a rolling
basis.

View request: https://alamedacountyhealth.nextrequest.com/requests/26-1834
"""
h019 = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;font-size:14px">
<div style="max-width:600px;margin:auto;border-top:4px solid #1f6f8b;padding:16px">
<p style="font-size:12px;color:#777">Alameda County Health - Public Records</p>
<h3 style="font-weight:normal">Request <a href="https://alamedacountyhealth.nextrequest.com/requests/26-1834">#26-1834</a>: the due date has been extended.</h3>
<p><b>New due date:</b> October 5, 2026</p>
<p><b>Message from the Emergency Medical Services Agency:</b><br>Pursuant to Government Code section 7922.535(b), the Agency is extending the time to respond
to your request by 14 days because of the need to search for and collect the requested records from facilities separate from the office processing the
request, and the need to consult with the county's contracted ambulance provider, which prepares the monthly response-time compliance reports.
We anticipate producing records on a rolling basis.</p>
<p><a href="https://alamedacountyhealth.nextrequest.com/requests/26-1834">View request</a></p>
<p style="font-size:12px;color:#777">Powered by NextRequest</p></div></body></html>
"""
write('019-alcoems-nextrequest-extension.eml', [
    ('From', 'Alameda County Health Public Records <alamedacountyhealth@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@nextrequest.com'),
    ('To', plus(10)),
    ('Subject', '[Records Request] Request #26-1834 due date extended'),
    ('Date', 'Mon, 21 Sep 2026 11:12:09 -0700'),
    ('Message-ID', '<66f60c597a1b2_4c8e1f2a3b5d6e7f@nextrequest-mailer-7d9f.mail>'),
    ('X-Mailgun-Tag', 'due_date_extended'),
], multipart('alternative', [text(t019), text(h019, 'html')], '019'))

# ---------------------------------------------------------------- 020 Parkland itemized statement of estimated charges
t020 = """Dear Requestor,

Attached is an itemized statement of estimated charges for your request PIR2026-0917
(ambulance diversion logs). The total estimated charge is $78.75.

Under Texas Government Code 552.2615, you must respond in writing within 10 business
days of the date of this statement - by October 5, 2026 - and state that you (1) accept
the estimated charges, (2) wish to modify your request, or (3) have sent a complaint
about the charges to the Office of the Attorney General. If we do not receive a written
response by that date, your request will be considered automatically withdrawn.

Work on the request is paused until we hear from you.

Sincerely,

Open Records Office
Office of the General Counsel
Parkland Health

CONFIDENTIALITY NOTICE: This email and any attachments may contain confidential or
legally privileged information, including protected health information. If you are not
the intended recipient, please notify the sender immediately and delete this message.
"""
letter020 = [
    'PARKLAND HEALTH - Dallas County Hospital District',
    'Office of the General Counsel - Open Records',
    '5200 Harry Hines Blvd., Dallas, Texas 75235',
    '',
    'ITEMIZED STATEMENT OF ESTIMATED CHARGES (Tex. Gov\'t Code 552.2615)',
    '',
    'Date: September 21, 2026                                Request No.: PIR2026-0917',
    'Requestor: Records Desk, records.example.org',
    'Request received: September 9, 2026',
    'Records: Ambulance diversion status history, Parkland Memorial Hospital, 01/01/2025 - 08/31/2026',
    '',
    'Description                                             Qty      Rate       Amount',
    '--------------------------------------------------------------------------------------',
    'Programming (query/export of status history)           1.5 hr   $28.50     $42.75',
    'Labor - locating, compiling, manipulating data          2.0 hr   $15.00     $30.00',
    'Overhead (20% of labor charge)                                              $ 6.00',
    'Electronic delivery                                                         $ 0.00',
    '--------------------------------------------------------------------------------------',
    'TOTAL ESTIMATED CHARGES                                                     $78.75',
    '',
    'Charges are calculated under 1 Tex. Admin. Code 70.3. A less costly alternative may be available: monthly',
    'diversion-hour summaries already prepared for the Dallas County EMS committee can be provided at no charge.',
    '',
    'You must respond in writing within 10 business days of the date of this statement (by October 5, 2026).',
    'Your response must state that you accept the charges, modify the request, or have complained to the Office',
    'of the Attorney General. If no written response is received, the request is considered withdrawn.',
    '',
    'A deposit or prepayment of the full amount is required before the records are released.',
]
write('020-parkland-itemized-cost-estimate.eml', [
    ('From', 'Parkland Open Records <OpenRecords@phhs.org>'),
    ('To', 'Records Desk <%s>' % plus(8)),
    ('Subject', 'PIR2026-0917 - Itemized Statement of Estimated Charges'),
    ('Thread-Topic', 'PIR2026-0917 - Itemized Statement of Estimated Charges'),
    ('Date', 'Mon, 21 Sep 2026 15:44:27 -0500'),
    ('Message-ID', '<SN4PR06MB73229E1B7C0A4D2F8E61A3C5B02D9@SN4PR06MB7322.namprd06.prod.outlook.com>'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', 'yes'),
], multipart('mixed', [text(t020), attachment(pdf(letter020, title='PIR2026-0917 Itemized Statement'), 'application/pdf',
                                             'PIR2026-0917 Itemized Statement of Estimated Charges.pdf')], '020'))

print('part2 done')
