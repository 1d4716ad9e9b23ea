from lib import *

def govqa_phx_ack(fn, n, ref, when, received, desc):
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #ccc">
<tr><td style="background:#003e7e;color:#fff;padding:10px 14px;font-size:16px"><b>City of Phoenix</b> &nbsp;|&nbsp; Public Records Center</td></tr>
<tr><td style="padding:14px">
<p>Dear Records Desk,</p>
<p>Thank you for your interest in the public records of the City of Phoenix. Your request has been received and will be processed in accordance with the Arizona Public Records Law, A.R.S. &sect; 39-121 et seq.</p>
<p>Your request was received in this office on {received} and given the reference number <b>{ref}</b> for tracking purposes.</p>
<p><b>Record(s) Requested:</b> {desc}</p>
<p><b>Department:</b> {'Police' if n == 1 else 'Office of Heat Response and Mitigation'}</p>
<p>Arizona law requires the City to respond promptly. Many requests involve records that must be located, reviewed and, where the law requires, redacted before release, and the time needed varies with the volume and type of records. You will be notified through the Public Records Center when records are available or if additional information is needed.</p>
<p>You can monitor the progress of your request at the link below.</p>
<p><a href="https://phoenixaz.mycusthelp.com/WEBAPP/_rs/(S(x2q0vd1k))/RequestLogin.aspx">Public Records Center</a></p>
<p>Sincerely,<br>City of Phoenix Public Records</p>
<p style="font-size:11px;color:#777">Please do not reply to this message. This mailbox is not monitored.</p>
</td></tr></table></body></html>"""
    msg(fn, [('From', 'City of Phoenix Public Records <noreply@mycusthelp.net>'), ('To', INBOX),
             ('Subject', 'Public Records Request :: %s' % ref), ('Date', date(when, 'MST')),
             ('Message-ID', mid(fn, 'mycusthelp.net')), ('X-Mailer', 'GovQA Notification Service')],
        html=html, facts={})

govqa_phx_ack('001-phoenix-govqa-ack-uof.eml', 1, 'R013377-090826', '2026-09-08 09:41', '9/8/2026',
              'Phoenix Police Department use-of-force reports and body-worn camera audit records, January 1, 2024 to present.')
FACTS[-1].update(request='REQ-001', kind='acknowledgment', tracking_number='R013377-090826', clock='received_on_sent_date',
                 signals=['subject', 'tracking-new'],
                 why='GovQA (shared mycusthelp.net sender) logs the PD use-of-force/BWC request received 9/8/2026 as R013377-090826; Arizona "promptly", no numeric due')

# 002 JustFOIA ack ABQ
t = """City of Albuquerque - Office of the City Clerk
Inspection of Public Records Act (IPRA)

Request 26-10472 has been received.

Received: 09/08/2026
Department: Albuquerque Police Department
Description: APD use-of-force review board records (Force Review Board
minutes, case presentations and findings) and CASA compliance reports and
data submitted to the Independent Monitor, January 2025 to present.

Under NMSA 1978, Section 14-2-8(D), the City will permit inspection or
provide the records as soon as practicable and no later than fifteen (15)
calendar days after receipt. If the records cannot be made available within
three (3) business days, you will receive a written explanation of when the
records will be available or when the City will respond.

You can view your request, messages and released documents at any time:
https://cabqnm.justfoia.com/publicportal/home/track

Please do not reply to this email; replies are not monitored. For questions,
contact the IPRA office at ipra@cabq.gov or 505-768-3000.
"""
h = t.replace('&', '&amp;').replace('\n\n', '</p><p>').replace('\n', ' ')
msg('002-abq-justfoia-ack-apd.eml',
    [('From', 'City of Albuquerque IPRA <noreply@justfoia.com>'), ('To', R(6)['reply_address']),
     ('Subject', 'Request 26-10472 Received - City of Albuquerque'), ('Date', date('2026-09-08 14:12', 'MDT')),
     ('Message-ID', mid('002', 'justfoia.com'))],
    text=t, html='<html><body style="font-family:Verdana;font-size:12px"><p>%s</p></body></html>' % h,
    facts=dict(request='REQ-006', kind='acknowledgment', tracking_number='26-10472', clock='received_on_sent_date',
               signals=['plus', 'tracking-new', 'subject'],
               why='JustFOIA confirms the APD IPRA request received 09/08/2026 (= sent) as 26-10472; NM 15 calendar days'))

# 003 NextRequest Tucson ack
t = """City of Tucson public records request #26-4417 has been submitted.

Your request has been received and will be routed to the appropriate
department(s).

Request text:
"Tucson Water: all PFAS (PFOA, PFOS, GenX and other PFAS) sampling results
for production wells and the Tucson Airport Remediation Project treatment
plant, January 2023 to present, and records of wells taken out of service
because of PFAS levels."

Department(s): Tucson Water

View your request: https://tucsonaz.nextrequest.com/requests/26-4417

You are receiving this email because you are the requester. If you have
questions about this request, please message the City through the portal.
"""
msg('003-tucson-nextrequest-ack.eml',
    [('From', 'City of Tucson Public Records <noreply@nextrequest.com>'), ('To', R(4)['reply_address']),
     ('Subject', '[Records Request] Your City of Tucson public records request #26-4417 has been submitted'),
     ('Date', date('2026-09-09 08:05', 'MST')), ('Message-ID', mid('003', 'nextrequest.com'))],
    text=t, html='<html><body><div style="font-family:Helvetica">%s</div></body></html>' % t.replace('\n\n', '<br><br>').replace('&', '&amp;'),
    facts=dict(request='REQ-004', kind='acknowledgment', tracking_number='26-4417', clock='received_on_sent_date',
               signals=['plus', 'tracking-new', 'subject'],
               why='NextRequest submission notice for the Tucson Water PFAS request, #26-4417; Arizona has no numeric deadline'))

govqa_phx_ack('004-phoenix-govqa-ack-heat.eml', 2, 'R013402-090926', '2026-09-09 10:33', '9/9/2026',
              'Office of Heat Response and Mitigation: daily cooling center and Heat Relief Network site usage counts, overnight respite center contracts and after-action reports, May 1 - September 30, 2026.')
FACTS[-1].update(request='REQ-002', kind='acknowledgment', tracking_number='R013402-090926', clock='received_on_sent_date',
                 signals=['subject', 'tracking-new'],
                 why='same GovQA template as 001 but for the heat-response request (R013402-090926); only the description tells the two Phoenix requests apart')

# 005 OOO heat staffer
t = """I am out of the office through Monday, September 14, with limited access to email.

For urgent Heat Relief Network or cooling center matters, please call the
Office of Heat Response and Mitigation main line at 602-262-0000.
Para asistencia en español sobre los centros de enfriamiento, llame al 602-262-0000.

Marisol Alvarez
Program Manager, Office of Heat Response and Mitigation
City of Phoenix
"""
msg('005-phoenix-heat-ooo.eml',
    [('From', 'Alvarez, Marisol <marisol.alvarez@phoenix.gov>'), ('To', 'Records Desk <records@records.example.org>'),
     ('Subject', 'Automatic reply: ' + R(2)['subject']), ('Date', date('2026-09-09 16:47', 'MST')),
     ('Message-ID', mid('005', 'PH0PR17MB7731.namprd17.prod.outlook.com', 'outlook'))] + thread(2) +
    [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')] + outlook('005', R(2)['subject']),
    text=t, facts=dict(request='REQ-002', kind='auto_reply', tracking_number=None, signals=['thread'],
                       why='Outlook out-of-office from the heat office program manager (cc on the request); bilingual line; no answer'))

# 006 DSN bounce of REQ-008 to a wrong MDC address
bnd = '8C41F2A0B3.1757517240/mx1.records.example.org'
raw = f"""Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx1.records.example.org>
To: records@records.example.org
Subject: Undelivered Mail Returned to Sender
Date: {date('2026-09-10 15:14', 'UTC')}
Message-ID: <20260910151400.8C41F2A0B3@mx1.records.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="{bnd}"

This is a MIME-encapsulated message.

--{bnd}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<mdc.records@bernco.gov>: host bernco-gov.mail.protection.outlook.com[52.101.8.44]
    said: 550 5.4.1 Recipient address rejected: Access denied. [BN2PEPF000044A9.namprd04.prod.outlook.com]
    (in reply to RCPT TO command)

--{bnd}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.records.example.org
X-Postfix-Queue-ID: 8C41F2A0B3
Arrival-Date: Thu, 10 Sep 2026 15:13:58 +0000 (UTC)

Final-Recipient: rfc822; mdc.records@bernco.gov
Original-Recipient: rfc822;mdc.records@bernco.gov
Action: failed
Status: 5.4.1
Remote-MTA: dns; bernco-gov.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.

--{bnd}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Records Desk <records@records.example.org>
Reply-To: records+req-008@records.example.org
To: mdc.records@bernco.gov
Subject: {R(8)['subject']}
Date: Thu, 10 Sep 2026 09:13:52 -0600
Message-ID: {R(8)['message_id']}
MIME-Version: 1.0

--{bnd}--
"""
write('006-bounce-bernco-dsn.eml', raw, dict(request='REQ-008', kind='bounce', tracking_number=None,
      signals=['thread-embedded', 'subject'],
      why='Postfix DSN: our MDC request to a guessed bernco.gov address was rejected (550 5.4.1); original headers embedded'))

# 007 Maricopa Public Health staffer referral
t = f"""Hi,

I'm on the heat surveillance team in Public Health, not the records side,
so I've sent your request over to the County's Public Records office
(publicrecords@maricopa.gov). They log all requests for county departments
and will send you a number.

In the meantime, in case it saves you some work: the 2025 Heat Deaths
Report with the annual tables is already posted on the Public Health
website, and the weekly 2026 heat surveillance reports are there too.
Decedent-level case files come from the Office of the Medical Examiner and
those go through the records office.

Dana

Dana Whitfield, MPH
Epidemiologist | Office of Epidemiology
Maricopa County Department of Public Health

-----Original Message-----
From: Records Desk <records@records.example.org>
Sent: Thursday, September 10, 2026 8:02 AM
To: MCDPH Epi Heat <epiheat@maricopa.gov>
Subject: {R(3)['subject']}

{quote('''To the Maricopa County Department of Public Health:

Under the Arizona Public Records Law, A.R.S. 39-121 et seq., we request
(1) the heat-associated death line list for 2025 and 2026 to date and
(2) Medical Examiner investigative reports for 2025 heat-associated deaths.
Electronic copies are preferred. This request is not for a commercial purpose.

Our reference: REQ-003.''')}
"""
msg('007-maricopa-ph-staff-referral.eml',
    [('From', 'Dana Whitfield <dana.whitfield@maricopa.gov>'), ('To', 'Records Desk <records@records.example.org>'),
     ('Cc', 'Maricopa County Public Records <publicrecords@maricopa.gov>'),
     ('Subject', 'RE: ' + R(3)['subject']), ('Date', date('2026-09-10 11:02', 'MST')),
     ('Message-ID', mid('007', 'SA1PR08MB6610.namprd08.prod.outlook.com', 'outlook'))] + thread(3) + outlook('007', R(3)['subject']),
    text=t, facts=dict(request='REQ-003', kind='other', tracking_number=None, signals=['thread'],
                       why='Public Health epidemiologist says she routed the request to the county records office (internal referral), not an acknowledgment by the custodian'))

# 008 Bernalillo County ack after resend
t = """Good morning,

Bernalillo County received your request under the Inspection of Public
Records Act (IPRA) on September 10, 2026. Please accept this email as the
County's written acknowledgment under NMSA 1978, Section 14-2-8(D).

The Metropolitan Detention Center is gathering the lockdown logs and the
detention officer staffing records you described. Because the records cannot
be made available within three business days, the County will provide the
responsive records, or a further written response, no later than
September 25, 2026.

Note: mdc.records@bernco.gov is not a County mailbox. Please send any IPRA
correspondence to ipra@bernco.gov.

Respectfully,

Theresa Sandoval
Records Custodian
Bernalillo County | Legal Department
415 Silver Ave SW, Albuquerque, NM 87102
"""
msg('008-bernco-ack-outlook.eml',
    [('From', 'Sandoval, Theresa <tsandoval@bernco.gov>'), ('To', R(8)['reply_address']), ('Cc', 'IPRA <ipra@bernco.gov>'),
     ('Subject', 'RE: ' + R(8)['subject']), ('Date', date('2026-09-11 08:31', 'MDT')),
     ('Message-ID', mid('008', 'BN2PR04MB2215.namprd04.prod.outlook.com', 'outlook')),
     ('In-Reply-To', '<req-008.20260910.2@records.example.org>'), ('References', '<req-008.20260910.2@records.example.org>')]
    + outlook('008', R(8)['subject']),
    text=t, facts=dict(request='REQ-008', kind='acknowledgment', tracking_number=None, clock='received_on_sent_date',
                       signals=['plus', 'subject'],
                       why='three-business-day IPRA acknowledgment of our resent request (received Sept 10 = sent); thread id is the resend, not in the register; no number'))

# 009 El Paso ack
t = """Good morning,

The City of El Paso received your request for public information on
September 11, 2026. It has been assigned Open Records Request number
ORR-2026-7730. Please reference this number in all communications.

Request summary: El Paso Police Department vehicle pursuit reports and the
current pursuit policy, January 2024 to present.

The City will promptly produce the information or notify you in writing as
required by the Texas Public Information Act, Chapter 552 of the Texas
Government Code. If the City seeks to withhold any information it will ask
for a decision from the Office of the Attorney General and send you a copy
of that request.

Thank you,

Open Records Office
City of El Paso | 300 N. Campbell, El Paso, TX 79901

Si necesita esta comunicación en español o tiene preguntas sobre su
solicitud, comuníquese con la Oficina de Registros Abiertos al 915-212-0000.
"""
msg('009-elpaso-ack.eml',
    [('From', 'Open Records <openrecords@elpasotexas.gov>'), ('To', 'records@records.example.org'),
     ('Subject', 'ORR-2026-7730 - Acknowledgment of Public Information Request'), ('Date', date('2026-09-11 10:20', 'MDT')),
     ('Message-ID', mid('009', 'CY4PR16MB1719.namprd16.prod.outlook.com', 'outlook'))] + outlook('009', 'ORR-2026-7730 - Acknowledgment of Public Information Request'),
    text=t, facts=dict(request='REQ-013', kind='acknowledgment', tracking_number='ORR-2026-7730', clock='received_on_sent_date',
                       signals=['subject', 'tracking-new'],
                       why='El Paso open records office acknowledges receipt Sept 11 (= sent), ORR-2026-7730; bilingual footer; TX 10 business days'))

# 010 GovDelivery newsletter
t = """City of Phoenix - Heat Safety Update

Cooling centers extend evening hours through September 30

With daytime highs still above 105 degrees, the Heat Relief Network will
keep 14 cooling centers open until 10 p.m. through September 30. Overnight
respite sites remain open at the three locations listed on phoenix.gov/heat.

Know the signs of heat illness. Call 911 in an emergency.

Los centros de enfriamiento extienden su horario nocturno hasta el 30 de
septiembre. Más información en phoenix.gov/calor.

You are subscribed to Heat Safety Updates for City of Phoenix.
Manage preferences or unsubscribe: https://public.govdelivery.com/accounts/AZPHOENIX/subscriber/edit
"""
msg('010-phoenix-govdelivery-newsletter.eml',
    [('From', 'City of Phoenix <azphoenix@public.govdelivery.com>'), ('To', INBOX),
     ('Subject', 'Heat Safety Update: Cooling centers extend evening hours through Sept. 30'),
     ('Date', date('2026-09-11 15:00', 'MST')), ('Message-ID', mid('010', 'public.govdelivery.com')),
     ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/AZPHOENIX/subscriber/one_click_unsubscribe?verification=5.7f1c>'),
     ('X-Accountcode', 'AZPHOENIX_3511'), ('Precedence', 'bulk')],
    text=t, html='<html><body><h2>Heat Safety Update</h2><p>%s</p></body></html>' % t.replace('\n\n', '</p><p>'),
    facts=dict(request=None, kind='other', tracking_number=None, signals=['none'],
               why='Granicus/GovDelivery heat newsletter from Phoenix; topic overlaps REQ-002 but it is a subscription mailing'))
