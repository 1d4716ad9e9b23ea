from lib import *

# 031 Utah portal: extraordinary circumstances
t = """Utah Open Records Portal

Salt Lake County - Sheriff's Office has updated record request #2026-48113.

Status: Extended

Message from the entity:
The Sheriff's Office has determined that extraordinary circumstances exist
under Utah Code Section 63G-2-204(5) because the request requires review of
a large number of records, some of which are the subject of pending reviews
by the District Attorney and the Office of the Medical Examiner. The Sheriff's
Office will respond to your request on or before November 6, 2026.

Under Utah Code Section 63G-2-401, you may appeal the claim of
extraordinary circumstances and the date specified within 30 days.

Log in to view the request: https://openrecords.utah.gov/requests/2026-48113
"""
msg('031-slco-portal-extraordinary.eml',
    [('From', 'Utah Open Records Portal <noreply@openrecords.utah.gov>'), ('To', INBOX),
     ('Subject', 'Update on record request #2026-48113'), ('Date', date('2026-10-05 14:10', 'MDT')),
     ('Message-ID', mid('031', 'openrecords.utah.gov'))],
    text=t, facts=dict(request='REQ-012', kind='extension', tracking_number='2026-48113', clock='extension', estimated='2026-11-06',
                       signals=['tracking'],
                       why='GRAMA extraordinary-circumstances notice naming Nov 6; Utah table has no extension days, so estimated only'))

# 032 Bernalillo County final with withholdings, bilingual notice
letter = ['BERNALILLO COUNTY', 'Legal Department - Records Custodian', '', 'October 7, 2026', '',
          'RE: IPRA request - Metropolitan Detention Center lockdown logs and staffing records, 2026', '',
          'This is the County\'s final response to your request. Enclosed with this letter:', '',
          '  - MDC detention officer post rosters (summary), January - August 2026, 88 pages',
          '  - Monthly vacancy reports, January - August 2026',
          '  - Mandatory overtime summaries, January - August 2026', '',
          'Withheld / redacted:', '',
          '  - Officers\' personal telephone numbers and home addresses were redacted (NMSA 1978,',
          '    Section 14-2-1, and the County personnel rules).',
          '  - Post assignment charts showing housing unit coverage at specific times were withheld as',
          '    tactical response plans or procedures, NMSA 1978, Section 14-2-1.', '',
          'The custodian responsible for this decision is Theresa Sandoval, Records Custodian.', '',
          'AVISO: Si tiene preguntas sobre esta respuesta, comuniquese con el custodio de registros al',
          '505-468-7000 o ipra@bernco.gov.']
t = """Good afternoon,

Attached is the County's second and final installment for your IPRA request
regarding MDC lockdown logs and staffing records, along with a letter
explaining the information that was redacted or withheld. This completes the
County's response and the request is now closed.

Si tiene preguntas sobre esta respuesta, puede comunicarse con nosotros en
español al 505-468-7000.

Respectfully,

Theresa Sandoval
Records Custodian | Bernalillo County
"""
msg('032-bernco-final-withholding.eml',
    [('From', 'Sandoval, Theresa <tsandoval@bernco.gov>'), ('To', R(8)['reply_address']),
     ('Subject', 'RE: ' + R(8)['subject'] + ' - Final Response / Respuesta Final'), ('Date', date('2026-10-07 10:30', 'MDT')),
     ('Message-ID', mid('032', 'BN2PR04MB2215.namprd04.prod.outlook.com', 'outlook')),
     ('In-Reply-To', mid('024', 'BN2PR04MB2215.namprd04.prod.outlook.com', 'outlook'))]
    + outlook('032', R(8)['subject'], True),
    text=t, attachments=[('IPRA Final Response Letter - MDC Staffing.pdf', pdf(letter, 'Final response'), 'application/pdf'),
                         ('MDC Staffing Records Jan-Aug 2026 (redacted).pdf', pdf(['MDC POST ROSTER SUMMARY', 'January 2026 ... August 2026', '[redacted]'], 'Rosters'), 'application/pdf')],
    facts=dict(request='REQ-008', kind='records_final', tracking_number=None, adverse_determination=True,
               signals=['plus', 'subject'],
               why='final installment with redactions and a withheld tactical-plan item; NM has no appeal window, so no appeal_due'))

# 033 Clark County staffer out of office
t = """Thank you for your email. I am out of the office from Friday, October 9
through Tuesday, October 13, returning Wednesday, October 14.

For public records matters, please email publicrecords@clarkcountynv.gov
or call the Public Response Office at 702-455-0000.

Marcus Tilley
Public Response Office, Clark County
"""
msg('033-clark-staff-ooo.eml',
    [('From', 'Marcus Tilley <marcus.tilley@clarkcountynv.gov>'), ('To', 'Records Desk <records@records.example.org>'),
     ('Subject', 'Automatic reply: RE: Clark County Public Records Request :: R002291-091626'),
     ('Date', date('2026-10-09 12:00', 'PDT')), ('Message-ID', mid('033', 'BY5PR19MB3327.namprd19.prod.outlook.com', 'outlook')),
     ('In-Reply-To', '<followup-010.20261009.1@records.example.org>'), ('References', '<followup-010.20261009.1@records.example.org>'),
     ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')] + outlook('033', 'Clark County Public Records Request :: R002291-091626'),
    text=t, facts=dict(request='REQ-010', kind='auto_reply', tracking_number='R002291-091626', signals=['tracking'],
                       why='out-of-office reply to our follow-up; only the reference in the subject ties it to REQ-010'))

# 034 Pima hedged fee notice (number written with a dash this time)
t = """Good morning,

An update on your request PCSD-26-0388.

The jail medical services contract and its amendments run about 240 pages.
Electronic copies sent by email are normally free. However, part of the
contract file exists only in bound paper volumes, and if those pages must be
scanned there may be a charge of $0.25 per page, which would come to no more
than about $35.00. We will confirm the amount before we scan anything, and
you may choose to inspect the paper volumes at our office instead at no cost.

The in-custody death records are still being reviewed with the County
Attorney's Office.

Records Unit
Pima County Sheriff's Department
"""
msg('034-pima-hedged-fee.eml',
    [('From', 'PCSD Records Unit <records.unit@sheriff.pima.gov>'), ('To', 'records@records.example.org'),
     ('Subject', 'Your records request PCSD-26-0388'), ('Date', date('2026-10-13 11:15', 'MST')),
     ('Message-ID', mid('034', 'sheriff.pima.gov'))],
    text=t, facts=dict(request='REQ-005', kind='fee_estimate', tracking_number='PCSD-26-0388', signals=['tracking'],
                       why='hedged copy fee ("may be a charge", up to about $35) to be confirmed before scanning; number spelled with a dash, unlike the PDF'))

# 035 El Paso Water 552.221(d) certification
t = """PIR 2026-114

Dear Requester,

In accordance with Section 552.221(d) of the Texas Government Code, El Paso
Water certifies that it cannot produce the information you requested within
ten business days of the date the information was requested. The lead
service line inventory is being updated for the utility's October compliance
submission, and the main break records must be exported from the work order
system.

The information will be available on or before November 13, 2026. We will
send it to you electronically on or before that date.

Public Information Office
El Paso Water
"""
msg('035-epwater-certification-552221d.eml',
    [('From', 'EPWater Public Information <publicinfo@epwater.org>'), ('To', R(14)['reply_address']),
     ('Subject', 'PIR 2026-114 - Certification under Section 552.221(d)'), ('Date', date('2026-10-14 09:40', 'MDT')),
     ('Message-ID', mid('035', 'epwater.org'))],
    text=t, facts=dict(request='REQ-014', kind='extension', tracking_number='PIR 2026-114', clock='extension', estimated='2026-11-13',
                       signals=['plus', 'tracking'],
                       why='TX 552.221(d) certification naming Nov 13; TX table has no extension days, so estimated only'))

# 036 Phoenix heat staffer, informal interim, changed subject, no threading
csv = """date,site,site_type,visitors
2026-05-01,Burton Barr Central Library,cooling center,212
2026-05-01,Washington Activity Center,cooling center,88
2026-07-15,Burton Barr Central Library,cooling center,641
2026-07-15,Overnight respite - downtown,respite,147
2026-09-30,Washington Activity Center,cooling center,102
"""
t = """Hi there,

Our records folks asked me to pull what we have for your request. Attached
is the daily visitor count for the Heat Relief Network cooling centers we
run and for the three overnight respite sites, May 1 to Sept 30.

The respite operator contracts and the after-action report will come to you
through the Public Records Center once Procurement finishes its review, so
this isn't everything yet.

Thanks,
Marisol

Marisol Alvarez
Program Manager | Office of Heat Response and Mitigation
City of Phoenix
"""
msg('036-phoenix-heat-staff-informal-interim.eml',
    [('From', 'Marisol Alvarez <marisol.alvarez@phoenix.gov>'), ('To', 'records@records.example.org'),
     ('Subject', 'cooling center numbers you asked about'), ('Date', date('2026-10-15 17:20', 'MST')),
     ('Message-ID', mid('036', 'PH0PR17MB7731.namprd17.prod.outlook.com', 'outlook'))]
    + outlook('036', 'cooling center numbers you asked about', True),
    text=t, attachments=[('HRN_cooling_center_daily_counts_2026.csv', csv, 'text/csv')],
    facts=dict(request='REQ-002', kind='records_interim', tracking_number=None, signals=['subject'],
               why='program manager sends the visitor counts informally from her own address, new subject, no number; contracts to follow'))

# 037 Exchange NDR of our follow-up to a Coroner address (REQ-010)
bnd = '_000_NDR_BY5PR19MB3327_'
ourmsg_id = '<followup-010.20261019.1@records.example.org>'
raw = f"""From: postmaster@clarkcountynv.gov
To: records@records.example.org
Subject: Undeliverable: RE: Clark County heat deaths - Coroner data (R002291-091626)
Date: {date('2026-10-19 10:02', 'PDT')}
Message-ID: <a3c1f0e2-77b4-4c1d-9e8a-0b6f2c1d4e55@BY5PR19MB3327.namprd19.prod.outlook.com>
In-Reply-To: {ourmsg_id}
References: {ourmsg_id}
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="{bnd}"

--{bnd}
Content-Type: text/plain; charset="us-ascii"

Your message to jpacheco@clarkcountynv.gov couldn't be delivered.

jpacheco wasn't found at clarkcountynv.gov.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
  - Retype the recipient's address, then resend the message.
  - If the person has left the organization, contact the main office.

Diagnostic information for administrators:
Generating server: BY5PR19MB3327.namprd19.prod.outlook.com
jpacheco@clarkcountynv.gov
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--{bnd}
Content-Type: message/delivery-status

Reporting-MTA: dns;BY5PR19MB3327.namprd19.prod.outlook.com
Received-From-MTA: dns;mx1.records.example.org
Arrival-Date: Mon, 19 Oct 2026 17:02:11 +0000

Final-Recipient: rfc822;jpacheco@clarkcountynv.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--{bnd}
Content-Type: message/rfc822

From: Records Desk <records@records.example.org>
To: jpacheco@clarkcountynv.gov
Subject: RE: Clark County heat deaths - Coroner data (R002291-091626)
Date: Mon, 19 Oct 2026 10:01:58 -0700
Message-ID: {ourmsg_id}
In-Reply-To: {R(10)['message_id']}
References: {R(10)['message_id']}
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Hello Ms. Pacheco,

Marcus Tilley mentioned you are compiling the summer 2026 heat death
summaries for our request R002291-091626. Is Oct 29 still the expected date?

Records Desk

--{bnd}--
"""
write('037-bounce-exchange-ndr-clark.eml', raw, dict(request='REQ-010', kind='bounce', tracking_number='R002291-091626',
      signals=['thread-embedded', 'tracking'],
      why='Exchange NDR: our follow-up to a former Coroner staffer bounced; the returned message carries the REQ-010 references'))

# 038 SLC GovQA status change, no content
html = """<html><body style="font-family:Arial;font-size:13px">
<p>Salt Lake City Corporation &ndash; GRAMA Request Center</p>
<p>The status of your request <b>G000812-092226</b> has changed to: <b>In Progress</b>.</p>
<p>To view details, please <a href="https://slcut.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">log in to the GRAMA Request Center</a>.</p>
<p style="color:#888">This is an automated message; replies are not monitored.</p></body></html>"""
msg('038-slc-govqa-status-change.eml',
    [('From', 'Salt Lake City GRAMA <noreply@mycusthelp.net>'), ('To', INBOX),
     ('Subject', 'GRAMA Request :: G000812-092226 - Status Update'), ('Date', date('2026-10-20 08:15', 'MDT')),
     ('Message-ID', mid('038', 'mycusthelp.net'))],
    html=html, facts=dict(request='REQ-011', kind='portal_notice', tracking_number='G000812-092226', signals=['tracking'],
                          why='GovQA status change to In Progress (after fee payment); no substantive text'))

# 039 Maricopa interim: line list released, ME part waiting
t = """Hello,

Attached is item 1 of PRR 26-1187: the Department of Public Health
de-identified heat-associated death line list for 2025 (final) and 2026
(provisional, through September 30).

Item 2, the Medical Examiner investigative reports, remains on hold. We have
not received a response to the cost estimate sent September 28. Please let
me know whether you would like to pay, narrow, or withdraw that part.

Kendra Oyelaran
Public Records Specialist | Maricopa County Public Records Office

-----Original Message-----
From: Records Desk <records@records.example.org>
Sent: Tuesday, October 20, 2026 9:12 AM
To: Maricopa County Public Records <publicrecords@maricopa.gov>
Subject: RE: Public Records Request PRR 26-1187 - Cost Estimate

> Could you send the line list while we discuss the cost of the ME reports?
"""
msg('039-maricopa-interim-linelist.eml',
    [('From', 'Maricopa County Public Records <publicrecords@maricopa.gov>'), ('To', INBOX),
     ('Subject', 'RE: Public Records Request PRR 26-1187 - Cost Estimate'), ('Date', date('2026-10-22 13:30', 'MST')),
     ('Message-ID', mid('039', 'DM6PR08MB5321.namprd08.prod.outlook.com', 'outlook')),
     ('In-Reply-To', '<followup-003.20261020.1@records.example.org>'), ('References', '<followup-003.20261020.1@records.example.org>')]
    + outlook('039', 'Public Records Request PRR 26-1187', True),
    text=t, attachments=[('MCDPH_heat_deaths_line_list_2025_2026.csv',
                          'year,week,age_group,sex,place_of_injury,cause_category\n2025,27,65+,M,outdoors,heat-caused\n2026,29,45-64,F,indoors no AC,heat-caused\n', 'text/csv')],
    facts=dict(request='REQ-003', kind='records_interim', tracking_number='PRR 26-1187', signals=['tracking', 'subject'],
               why='line list released; Medical Examiner reports still waiting on the fee decision'))

# 040 Phoenix GovQA new message notice (no content)
html = """<html><body style="font-family:Arial;font-size:13px">
<p><b>City of Phoenix Public Records Center</b></p>
<p>A new message regarding Public Records Request <b>R013377-090826</b> has been posted.</p>
<p>To read the message, <a href="https://phoenixaz.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">sign in to the Public Records Center</a>.</p>
<p style="color:#888;font-size:11px">Please do not reply to this email.</p></body></html>"""
msg('040-phoenix-govqa-new-message.eml',
    [('From', 'City of Phoenix Public Records <noreply@mycusthelp.net>'), ('To', INBOX),
     ('Subject', 'Public Records Request :: R013377-090826 - New Message'), ('Date', date('2026-10-26 15:00', 'MST')),
     ('Message-ID', mid('040', 'mycusthelp.net'))],
    html=html, facts=dict(request='REQ-001', kind='portal_notice', tracking_number='R013377-090826', signals=['tracking'],
                          why='GovQA "new message posted" notice; content only on the portal'))
