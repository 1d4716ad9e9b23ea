#!/usr/bin/env python3
"""Messages 001-010 (September 8-22, 2026)."""
from common import *

F = []
WM = 'WMATA Public Access to Records <parp@wmata.com>'

# 001 WMATA PARP mailbox auto-response
m = plain(WM, plus('REQ-001'), 'Automatic reply: ' + req('REQ-001')['subject'], '2026-09-08 09:20 -0400',
          outlook_mid('001', 'BY5PR09MB4411.namprd09.prod.outlook.com'),
          """Thank you for contacting the Washington Metropolitan Area Transit Authority's Public Access to
Records Policy (PARP) office.

This automated message confirms that your email arrived in the PARP mailbox. It is NOT an
acknowledgment of a PARP request. Requests received after 5:00 p.m. Eastern or on a day WMATA
is closed are logged on the next business day. You will receive a separate letter with a request
number once your request has been reviewed and logged.

To check the status of a request already assigned a number, write to parp@wmata.com and include
the PARP number in the subject line.

WMATA Office of General Counsel - PARP
600 Fifth Street NW, Washington, DC 20001
""", headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
              ('X-MS-Exchange-Inbox-Rules-Loop', 'parp@wmata.com'), ('Thread-Topic', req('REQ-001')['subject'])],
          rid_thread='REQ-001')
save('001-wmata-parp-autoreply.eml', m)
F.append(fact('001-wmata-parp-autoreply.eml', 'REQ-001', 'auto_reply',
              why='PARP mailbox auto-response threaded to our request; says explicitly it is not an acknowledgment'))

# 002 Postfix DSN: old SEPTA address
dsn('002-bounce-septa-old-address.eml', '2026-09-09 09:16 -0400', 'REQ-003', 'openrecords@septa.org',
    'host septa-org.mail.protection.outlook.com[52.101.40.9] said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient openrecords@septa.org not found by SMTP address lookup (in reply to RCPT TO command)')
F.append(fact('002-bounce-septa-old-address.eml', 'REQ-003', 'bounce',
              why='Postfix DSN for our REQ-003 mail to a retired SEPTA address; original Message-ID in the returned headers'))

# 003 WMATA acknowledgment letter in PDF; received next day
letter = ['WASHINGTON METROPOLITAN AREA TRANSIT AUTHORITY', 'Office of General Counsel - Public Access to Records', '',
          'September 11, 2026', '', 'Records Desk', 'records@records.example.org', '',
          'Re: PARP Request 27-0091', '', 'Dear Requester:', '',
          'This letter acknowledges receipt of your request under the WMATA Public Access to Records',
          'Policy (PARP) for the Metrorail station CCTV retention schedule, video release and',
          'preservation procedures, and FY2026 preservation request counts. Your request was received',
          'by the PARP office on September 9, 2026, and has been assigned number 27-0091.', '',
          'WMATA is an interstate compact agency and is not subject to the District of Columbia, Maryland',
          'or Virginia public records statutes. Under Section 8.2 of the PARP, WMATA will endeavor to',
          'respond within twenty (20) business days of receipt. Where unusual circumstances apply, the',
          'time may be extended by written notice.', '',
          'Fees, if any, will be assessed under Section 9 of the PARP. You will be notified before any',
          'fees above $25.00 are incurred.', '',
          'Please reference PARP 27-0091 in any correspondence about this request.', '',
          'Sincerely,', 'PARP Office', 'Washington Metropolitan Area Transit Authority']
m = plain(WM, plus('REQ-001'), 'RE: ' + req('REQ-001')['subject'], '2026-09-11 14:05 -0400',
          outlook_mid('003', 'BY5PR09MB4411.namprd09.prod.outlook.com'),
          'Good afternoon,\n\nPlease see the attached correspondence regarding your request.\n\nPARP Office\nWMATA | Office of General Counsel\n',
          headers=[('Thread-Topic', req('REQ-001')['subject']), ('Thread-Index', 'AdtD3k2mQ0VZr1xXRoW8kq3fJm0PwA=='),
                   ('X-MS-Has-Attach', 'yes'), ('X-MS-Exchange-Organization-SCL', '-1')], rid_thread='REQ-001')
attach_pdf(m, 'Acknowledgment_Letter.pdf', letter)
save('003-wmata-ack-letter-pdf.eml', m)
F.append(fact('003-wmata-ack-letter-pdf.eml', 'REQ-001', 'acknowledgment', '27-0091', clock='received:2026-09-09',
              why='ack letter only in PDF: PARP 27-0091, received Sep 9 (sent Sep 8 evening); letter cites PARP 20 business days but the DC table clock (15) is used'))

# 004 MBTA GovQA acknowledgment (shared GovQA sender address)
g = """<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Dear Records Desk,</p>
<p>Thank you for your interest in public records of the <b>Massachusetts Bay Transportation Authority</b>.
Your request has been received and is being processed in accordance with M.G.L. c. 66, &sect; 10.</p>
<p>Your request was received in this office on 9/14/2026 and given the reference number
<b>R001842-091426</b> for tracking purposes.</p>
<p><b>Record(s) Requested:</b> MBTA CCTV retention policy for station and vehicle video and any log of requests
for video footage (internal, police, public) from Jan. 2025 to date.</p>
<p>You will receive a response within ten (10) business days. You can monitor the progress of your request
at the link below and you'll receive an email when your request has been completed.</p>
<p><a href="https://mbta.mycusthelp.com/WEBAPP/_rs/(S(x4k2))/RequestLogin.aspx">MBTA Public Records Center</a></p>
<p style="color:#888">This is an automated message from the Public Records Center. Replies to this address are not monitored.</p>
</body></html>"""
m = html_only('Public Records Center <noreply@mycusthelp.net>', plus('REQ-005'),
              'MBTA Public Records Request :: R001842-091426', '2026-09-14 10:02 -0400',
              mid('004govqa', 'mycusthelp.net'), g)
save('004-mbta-govqa-ack.eml', m)
F.append(fact('004-mbta-govqa-ack.eml', 'REQ-005', 'acknowledgment', 'R001842-091426', clock='received_on_sent_date',
              why='GovQA ack from a shared notification address (not an MBTA address) received 9/14 = sent; assigns R001842-091426'))

# 005 WMATA ack, number only in the subject
m = plain('Tanisha Greer <tgreer@wmata.com>', plus('REQ-002'), 'PARP Request No. 27-0104 - Acknowledgment',
          '2026-09-15 11:40 -0400', outlook_mid('005', 'MN2PR09MB5120.namprd09.prod.outlook.com'),
          """Good morning,

WMATA acknowledges receipt on September 10, 2026 of your request for the Metro Transit Police
Department body-worn camera contract, amendments, and the vendor's data storage, retention and
access terms. Your request has been forwarded to the Office of Procurement and to MTPD for a
search.

Please note that records maintained solely by a contractor on its own systems are not WMATA
records under the PARP unless WMATA has a right to obtain them under the contract. We will let you
know if that affects any part of your request.

Respectfully,

Tanisha Greer
PARP Specialist | Office of General Counsel
Washington Metropolitan Area Transit Authority
""" + outlook_quote('REQ-002', 'WMATA Public Access to Records <parp@wmata.com>'),
          headers=[('Cc', WM), ('Thread-Topic', 'PARP Request No. 27-0104 - Acknowledgment'),
                   ('Thread-Index', 'AdtE9bYcWm1kDkq2T0u3d9wS4lU5aQ=='), ('X-MS-Has-Attach', '')])
save('005-wmata-ack-subject-number.eml', m)
F.append(fact('005-wmata-ack-subject-number.eml', 'REQ-002', 'acknowledgment', '27-0104', clock='received:2026-09-10',
              why='no thread headers; number only in subject; quoted request and body-camera topic identify REQ-002; received Sep 10 = sent'))

# 006 King County NextRequest acknowledgment
g = """<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto;border-top:4px solid #00573d;padding:16px">
<h2 style="font-weight:normal">Request 26-4471 has been submitted</h2>
<p>Thank you for your public records request to King County. Your request has been received and routed to
<b>Metro Transit - Public Records</b>.</p>
<p><b>Request:</b> Onboard camera video from the Route 7 coach involved in the September 2, 2026 disturbance at
Rainier Ave S &amp; S Henderson St; Metro's onboard video retention SOP.</p>
<p><b>Received:</b> September 16, 2026</p>
<p>Under RCW 42.56.520 King County will respond within five business days.</p>
<p><a href="https://kingcounty.nextrequest.com/requests/26-4471">View request 26-4471</a></p>
<p style="font-size:11px;color:#999">Powered by NextRequest. Please do not reply to this email.</p>
</div></body></html>"""
m = html_only('King County Public Records <kingcounty@mail.nextrequest.com>', plus('REQ-007'),
              '[King County Public Records] Your request 26-4471 has been received', '2026-09-16 08:12 -0700',
              mid('006nr', 'mail.nextrequest.com'), g)
save('006-kcmetro-nextrequest-ack.eml', m)
F.append(fact('006-kcmetro-nextrequest-ack.eml', 'REQ-007', 'acknowledgment', '26-4471', clock='received_on_sent_date',
              why='NextRequest submission confirmation for King County, routed to Metro; received Sep 16 = sent; number 26-4471'))

# 007 SEPTA 902 extension notice in the body, Outlook
m = plain('SEPTA Open Records <righttoknow@septa.org>', plus('REQ-003'),
          'RE: ' + req('REQ-003')['subject'] + ' [RTK #2026-1187]', '2026-09-16 15:30 -0400',
          outlook_mid('007', 'PH0PR11MB7431.namprd11.prod.outlook.com'),
          """Re: Right-to-Know Request RTK #2026-1187

Dear Requester:

On September 9, 2026, the Southeastern Pennsylvania Transportation Authority ("SEPTA") received your
request under the Pennsylvania Right-to-Know Law, 65 P.S. 67.101 et seq. ("RTKL"), for railcar camera
video from the Market-Frankford Line car involved in the August 14, 2026 incident near 46th Street.

This letter is SEPTA's interim response under Section 902(b) of the RTKL. SEPTA requires additional
time to respond because (1) the request requires legal review to determine whether the record is
subject to access under the RTKL, and (2) the record may be a law enforcement recording subject
to 42 Pa.C.S. Chapter 67A. A response is expected on or before October 16, 2026.

If you have questions please contact the Open Records Office at righttoknow@septa.org.

Sincerely,

Open Records Officer
Southeastern Pennsylvania Transportation Authority
1234 Market Street, Philadelphia, PA 19107
""", headers=[('Thread-Topic', req('REQ-003')['subject']), ('Thread-Index', 'AdtF1xRkqPz+Vf0zQ7G0aE9o1dKp8w=='),
              ('X-MS-Exchange-Organization-AuthAs', 'Internal')], rid_thread='REQ-003', charset='windows-1252', cte='quoted-printable')
save('007-septa-902-extension.eml', m)
F.append(fact('007-septa-902-extension.eml', 'REQ-003', 'extension', '2026-1187', clock='extension', estimated='2026-10-16',
              why='RTKL 902 interim response (legal review, Act 22 question), received Sep 9; 30 calendar days; states Oct 16'))

# 008 WMATA newsletter (request: null, from the agency's own domain)
g = """<html><body style="margin:0;background:#f4f4f4"><table width="600" align="center" style="background:#fff;font-family:Arial">
<tr><td style="background:#000;color:#fff;padding:12px;font-size:20px">Metro Matters</td></tr>
<tr><td style="padding:16px">
<h3>Red Line weekend shutdown: what riders need to know</h3>
<p>From September 26 through October 4, shuttle buses will replace Red Line service between Union Station and
Silver Spring while crews replace track and upgrade station cameras and lighting.</p>
<h3>Fare capping is here</h3><p>Ride as much as you want: SmarTrip now caps your weekly fares automatically.</p>
<h3>Public hearing on the FY2028 budget</h3><p>Share your views online or in person in October.</p>
<p style="font-size:11px;color:#666">You are receiving this email because you subscribed to Metro Matters.
<a href="https://www.wmata.com/unsubscribe">Unsubscribe</a> | WMATA, 600 Fifth Street NW, Washington, DC 20001</p>
</td></tr></table></body></html>"""
m = alternative('Metro Matters <news@wmata.com>', 'records@records.example.org',
                'Metro Matters: Red Line shutdown, fare capping, budget hearings', '2026-09-18 07:00 -0400',
                mid('008news', 'mail.wmata.com'),
                'Metro Matters\n\nRed Line weekend shutdown: shuttle buses replace service Sept 26 - Oct 4 while crews replace\ntrack and upgrade station cameras and lighting.\n\nFare capping is here.\n\nPublic hearing on the FY2028 budget.\n\nUnsubscribe: https://www.wmata.com/unsubscribe\n',
                g, headers=[('List-Unsubscribe', '<https://www.wmata.com/unsubscribe>'), ('Precedence', 'bulk')])
save('008-wmata-newsletter-null.eml', m)
F.append(fact('008-wmata-newsletter-null.eml', None, 'other',
              why='WMATA rider newsletter from wmata.com mentioning station cameras; belongs to no request'))

# 009 MBTA GovQA ack #2, same shared sender
g = """<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Dear Records Desk,</p>
<p>Thank you for your interest in public records of the <b>Massachusetts Bay Transportation Authority</b>.
Your request has been received and is being processed in accordance with M.G.L. c. 66, &sect; 10.</p>
<p>Your request was received in this office on 9/21/2026 and given the reference number
<b>R001907-092126</b> for tracking purposes.</p>
<p><b>Record(s) Requested:</b> Monthly progress reports submitted by the contractor for the Green Line Train
Protection System project.</p>
<p>You will receive a response within ten (10) business days.</p>
<p style="color:#888">This is an automated message from the Public Records Center. Replies to this address are not monitored.</p>
</body></html>"""
m = html_only('Public Records Center <noreply@mycusthelp.net>', plus('REQ-006'),
              'MBTA Public Records Request :: R001907-092126', '2026-09-21 12:03 -0400',
              mid('009govqa', 'mycusthelp.net'), g)
save('009-mbta-govqa-ack-2.eml', m)
F.append(fact('009-mbta-govqa-ack-2.eml', 'REQ-006', 'acknowledgment', 'R001907-092126', clock='received_on_sent_date',
              why='second MBTA GovQA ack (Green Line train protection reports), received 9/21 = sent'))

# 010 King County Metro staff, informal: video overwritten
m = plain('Okafor, Dana <dana.okafor@kingcounty.gov>', plus('REQ-007'), 'RE: request 26-4471 - Route 7 video',
          '2026-09-22 10:47 -0700', outlook_mid('010', 'SJ0PR09MB6620.namprd09.prod.outlook.com'),
          """Hi there,

Following up on 26-4471 outside the portal since it's quicker. I checked with our Video Evidence
Unit: the coach DVRs overwrite on a rolling basis, roughly 72 hours of service, unless a clip is
pulled for an incident, claim or police request. Nobody pulled video from the Route 7 coach for
Sept 2, so there is no responsive footage - it was overwritten before your request came in.

I'll still upload the onboard video retention SOP to the portal in the next couple of weeks.

Thanks,
Dana

Dana Okafor (she/her)
Public Records Specialist
King County Metro Transit | 201 S Jackson St, Seattle WA 98104
""", headers=[('Thread-Topic', 'request 26-4471 - Route 7 video')], rid_thread='REQ-007')
save('010-kcmetro-staff-no-video.eml', m)
F.append(fact('010-kcmetro-staff-no-video.eml', 'REQ-007', 'no_records', '26-4471', adverse=True,
              why='staff reply from a personal county address: Route 7 video overwritten, none exists (SOP still to come); WA has no appeal days'))

record(1, F)
