from lib import *

# 021 SLC GovQA ack (same shared sender as Phoenix)
t = """Salt Lake City Corporation - GRAMA Request Center

Your GRAMA request has been received.

Reference No.: G000812-092226
Date Received: 9/22/2026
Department: Police
Description: Salt Lake City Police Department unmanned aircraft (drone)
program: flight logs January 2025 to present, the UAS policy and any
drone-as-first-responder program documents.

Under Utah Code Section 63G-2-204, the City will respond as soon as
reasonably possible, and no later than ten business days after receiving
the request, unless the request qualifies for expedited treatment or
extraordinary circumstances apply.

You may check the status of your request in the GRAMA Request Center.
This mailbox is not monitored.
"""
msg('021-slc-govqa-ack.eml',
    [('From', 'Salt Lake City GRAMA <noreply@mycusthelp.net>'), ('To', INBOX),
     ('Subject', 'GRAMA Request :: G000812-092226'), ('Date', date('2026-09-22 11:45', 'MDT')),
     ('Message-ID', mid('021', 'mycusthelp.net'))],
    text=t, html='<html><body style="font-family:Arial"><p>%s</p></body></html>' % t.replace('\n\n', '</p><p>'),
    facts=dict(request='REQ-011', kind='acknowledgment', tracking_number='G000812-092226', clock='received_on_sent_date',
               signals=['subject', 'tracking-new'],
               why='SLC GovQA receipt 9/22/2026 (= sent), G000812-092226; same noreply@mycusthelp.net sender as Phoenix; GRAMA 10 business days'))

# 022 Utah Open Records Portal ack (state portal, one sender for many entities)
t = """Utah Open Records Portal

Your record request has been submitted.

Request #: 2026-48113
Submitted to: Salt Lake County - Sheriff's Office
Date submitted: 09/23/2026
Records requested: Records of deaths of persons in custody at the Salt Lake
County Adult Detention Center, 2024-2026, including death review reports,
and medical and mental health staffing levels and vacancy reports for the
jail health services division.

Under the Government Records Access and Management Act (Utah Code 63G-2),
a governmental entity must respond to a request within 10 business days
after receiving it, unless it notifies you of extraordinary circumstances.

You will receive email updates when the entity responds. Do not reply to
this message.

openrecords.utah.gov
"""
msg('022-slco-utah-portal-ack-jail.eml',
    [('From', 'Utah Open Records Portal <noreply@openrecords.utah.gov>'), ('To', INBOX),
     ('Subject', "Record request #2026-48113 submitted to Salt Lake County - Sheriff's Office"),
     ('Date', date('2026-09-23 10:05', 'MDT')), ('Message-ID', mid('022', 'openrecords.utah.gov'))],
    text=t, facts=dict(request='REQ-012', kind='acknowledgment', tracking_number='2026-48113', clock='received_on_sent_date',
                       signals=['subject', 'tracking-new'],
                       why='state GRAMA portal (sender listed for no agency) confirms the jail-deaths request submitted 09/23 = sent; 10 business days'))

# 023 Clark County interim with CSV; rest by Oct 29
csv = """date,station,site_type,open_hours,visitors
2026-06-10,East Las Vegas Community Center,community center,08:00-20:00,61
2026-06-10,Walnut Recreation Center,recreation center,08:00-20:00,44
2026-07-02,Pearson Community Center,community center,08:00-20:00,87
2026-07-02,Hollywood Recreation Center,recreation center,08:00-20:00,52
2026-08-14,Cambridge Recreation Center,recreation center,08:00-22:00,73
2026-09-11,Winchester Dondero Cultural Center,cultural center,08:00-20:00,39
"""
t = """Good afternoon,

Regarding Clark County Public Records Request R002291-091626:

Pursuant to NRS 239.0107(1)(a), attached are the cooling station activation
logs kept by the Office of Emergency Management and the Department of Social
Service for June 1 through September 15, 2026.

The Office of the Coroner is still compiling the heat-related death counts
and case summaries for the same period, which are provisional until
toxicology and investigations are completed. Pursuant to NRS
239.0107(1)(c), the County anticipates that those records will be available
on or before October 29, 2026.

Regards,

Marcus Tilley
Management Analyst, Public Response Office
Clark County, Nevada | 500 S. Grand Central Pkwy, Las Vegas, NV 89155
"""
msg('023-clark-interim-cooling-csv.eml',
    [('From', 'Marcus Tilley <marcus.tilley@clarkcountynv.gov>'), ('To', 'records@records.example.org'),
     ('Subject', 'RE: Clark County Public Records Request :: R002291-091626'), ('Date', date('2026-09-23 16:20', 'PDT')),
     ('Message-ID', mid('023', 'BY5PR19MB3327.namprd19.prod.outlook.com', 'outlook'))]
    + outlook('023', 'Clark County Public Records Request :: R002291-091626', True),
    text=t, attachments=[('cooling_station_activations_2026.csv', csv, 'text/csv')],
    facts=dict(request='REQ-010', kind='records_interim', tracking_number='R002291-091626', estimated='2026-10-29',
               signals=['tracking', 'subject'],
               why='first release (cooling logs) on the fifth business day; coroner data promised by Oct 29 under NRS 239.0107(1)(c)'))

# 024 Bernalillo County first installment
log = ['METROPOLITAN DETENTION CENTER - FACILITY LOCKDOWN LOG (EXTRACT)', 'Bernalillo County, New Mexico',
       'Period: January 1 - August 31, 2026', '',
       'Date        Start   End     Scope            Reason code',
       '01/06/2026  06:10   14:45   Facility-wide    STAFF',
       '01/19/2026  18:30   23:05   Pod 4A, 4B       SEARCH',
       '02/02/2026  05:55   19:20   Facility-wide    STAFF',
       '03/14/2026  11:00   16:40   Pod 2C           INCIDENT',
       '05/27/2026  06:00   22:00   Facility-wide    STAFF',
       '07/08/2026  07:15   12:30   Pod 6A           MEDICAL',
       '08/22/2026  06:05   20:50   Facility-wide    STAFF', '',
       'Reason codes: STAFF = insufficient staffing; SEARCH = facility search; INCIDENT = security incident.',
       'Produced under IPRA. Page 1 of 1.']
t = """Good morning,

Please find attached the first installment of records responsive to your
IPRA request: the MDC facility lockdown log for January through August 2026.

The detention officer staffing records (post rosters, vacancy reports and
mandatory overtime summaries) must be reviewed by MDC Human Resources before
release. The County anticipates providing the second installment on or
before October 9, 2026.

Respectfully,

Theresa Sandoval
Records Custodian
Bernalillo County | Legal Department
"""
msg('024-bernco-interim-lockdown-log.eml',
    [('From', 'Sandoval, Theresa <tsandoval@bernco.gov>'), ('To', R(8)['reply_address']), ('Cc', 'IPRA <ipra@bernco.gov>'),
     ('Subject', 'RE: ' + R(8)['subject']), ('Date', date('2026-09-24 11:00', 'MDT')),
     ('Message-ID', mid('024', 'BN2PR04MB2215.namprd04.prod.outlook.com', 'outlook')),
     ('In-Reply-To', mid('008', 'BN2PR04MB2215.namprd04.prod.outlook.com', 'outlook')),
     ('References', '<req-008.20260910.2@records.example.org> ' + mid('008', 'BN2PR04MB2215.namprd04.prod.outlook.com', 'outlook'))]
    + outlook('024', R(8)['subject'], True),
    text=t, attachments=[('MDC Lockdown Log Jan-Aug 2026.pdf', pdf(log, 'MDC lockdown log'), 'application/pdf')],
    facts=dict(request='REQ-008', kind='records_interim', tracking_number=None, estimated='2026-10-09',
               signals=['plus', 'subject'],
               why='first installment (lockdown log PDF); staffing records promised by Oct 9'))

# 025 El Paso partial release + AG ruling request
oag = ['CITY OF EL PASO', 'Office of the City Attorney', '300 N. Campbell, El Paso, Texas 79901', '',
       'September 25, 2026', '', 'Office of the Attorney General', 'Open Records Division', 'P.O. Box 12548, Austin, Texas 78711-2548', '',
       'Re: Request for decision - City of El Paso ORR-2026-7730', '',
       'The City of El Paso received a request for vehicle pursuit reports of the El Paso Police Department for',
       'January 2024 to the present. The City asserts that portions of the requested information are excepted',
       'from disclosure under Sections 552.101, 552.108 and 552.130 of the Government Code. Pursuant to',
       'Section 552.301, the City requests a decision. Representative samples and arguments will follow within',
       'fifteen business days of receipt of the request.', '',
       'cc: Requester (Records Desk, records@records.example.org)']
t = """Good afternoon,

Re: ORR-2026-7730

Attached please find the El Paso Police Department Procedures Manual,
Chapter on Vehicle Pursuits (current revision), and the annual pursuit
summary reports for 2024 and 2025. This information is released to you
without charge.

The City believes that portions of the individual pursuit reports are
excepted from disclosure and has asked the Office of the Attorney General
for a decision, as permitted by Section 552.301 of the Government Code. A
copy of the City's letter to the Attorney General is attached. You may
submit written comments to the Attorney General explaining why the
information should be released. The remaining information will be released
or withheld in accordance with the ruling.

Open Records Office
City of El Paso

Si necesita esta comunicación en español, por favor comuníquese con la
Oficina de Registros Abiertos al 915-212-0000.
"""
msg('025-elpaso-partial-oag-notice.eml',
    [('From', 'Open Records <openrecords@elpasotexas.gov>'), ('To', 'records@records.example.org'),
     ('Subject', 'ORR-2026-7730 - Partial Release and Request for Attorney General Decision'),
     ('Date', date('2026-09-25 15:40', 'MDT')),
     ('Message-ID', mid('025', 'CY4PR16MB1719.namprd16.prod.outlook.com', 'outlook'))]
    + outlook('025', 'ORR-2026-7730 - Partial Release and Request for Attorney General Decision', True),
    text=t, attachments=[('EPPD Vehicle Pursuits Procedure and 2024-2025 Summaries.pdf',
                          pdf(['EL PASO POLICE DEPARTMENT', 'Procedures Manual - Vehicle Pursuits', '',
                               '1. Pursuits are authorized only when the officer has probable cause to believe the',
                               'suspect has committed a violent felony...', '', '2024 pursuits: 212   2025 pursuits: 187'], 'EPPD pursuits'),
                          'application/pdf'),
                         ('ORR-2026-7730 OAG Request Letter.pdf', pdf(oag, 'OAG request'), 'application/pdf')],
    facts=dict(request='REQ-013', kind='records_interim', tracking_number='ORR-2026-7730', signals=['tracking', 'subject'],
               why='TX PIA: policy and summaries released; rest sent to the Attorney General under 552.301 (more to come)'))

# 026 Maricopa fee estimate
t = """Good morning,

Thank you for your patience with PRR 26-1187.

1. Heat-associated death line list (Department of Public Health), 2025 and
   2026 to date: this is a de-identified data extract and will be provided at
   no charge.

2. Office of the Medical Examiner investigative reports for 2025
   heat-associated deaths: the Medical Examiner identified 602 reports. The
   County charges $0.75 per page for copies of Medical Examiner reports;
   at an average of 6 pages per report the estimated cost is $2,709.00.

Before the Medical Examiner begins redaction and production of item 2, we
need either payment of the estimate or written confirmation that you accept
it. You may also narrow item 2 (for example, to a sample of reports or to a
single month), which would reduce the cost. We will continue with item 1 in
the meantime.

Kendra Oyelaran
Public Records Specialist
Maricopa County Public Records Office
"""
msg('026-maricopa-fee-estimate.eml',
    [('From', 'Maricopa County Public Records <publicrecords@maricopa.gov>'), ('To', INBOX),
     ('Subject', 'RE: Public Records Request PRR 26-1187 - Cost Estimate'), ('Date', date('2026-09-28 10:15', 'MST')),
     ('Message-ID', mid('026', 'DM6PR08MB5321.namprd08.prod.outlook.com', 'outlook'))] + outlook('026', 'Public Records Request PRR 26-1187'),
    text=t, facts=dict(request='REQ-003', kind='fee_estimate', tracking_number='PRR 26-1187', signals=['tracking', 'subject'],
                       why='Medical Examiner report copies estimated at $2,709.00; payment or acceptance needed before that part proceeds'))

# 027 NextRequest documents released (interim)
t = """Documents have been released for City of Tucson public records request #26-4417.

Released documents:
  - PFAS_Sampling_Results_2023-2025.xlsx
  - Well_Shutdown_Log_2023-2026.pdf

Message from Tucson Water:
"These are the first records for your request. The 2026 laboratory reports
are being collected from the Water Quality Laboratory and will be released
once they have been reviewed. The request will remain open until then."

View the documents: https://tucsonaz.nextrequest.com/requests/26-4417
"""
msg('027-tucson-nextrequest-docs-released.eml',
    [('From', 'City of Tucson Public Records <noreply@nextrequest.com>'), ('To', R(4)['reply_address']),
     ('Subject', '[Records Request] Documents released for request #26-4417'), ('Date', date('2026-09-29 14:20', 'MST')),
     ('Message-ID', mid('027', 'nextrequest.com'))],
    text=t, html='<html><body><pre style="font-family:Helvetica">%s</pre></body></html>' % t.replace('"', '&quot;'),
    facts=dict(request='REQ-004', kind='records_interim', tracking_number='26-4417', signals=['plus', 'tracking'],
               why='NextRequest release of the first files with a staff note that 2026 lab reports will follow'))

# 028 SLC fee estimate
t = """Hello,

The Police Department has reviewed GRAMA request G000812-092226. Compiling
the drone flight logs from the fleet management system and removing
information about active investigations will take approximately four hours
of staff time.

Under Utah Code Section 63G-2-203 and the City's consolidated fee schedule,
the first quarter hour is free and staff time after that is billed at
$25.00 per hour, so the estimated fee is $93.75. The UAS policy and the
program documents will be provided at no charge.

Because the estimate is more than $50, the City requires payment before
work begins, as allowed by Section 63G-2-203(8). Your request is on hold
until payment is received. If you believe the release primarily benefits the
public rather than a person, you may ask for a fee waiver under Section
63G-2-203(4); please explain the public benefit in your request.

Rebecca Thorne
GRAMA Coordinator | Salt Lake City Recorder's Office
"""
msg('028-slc-fee-estimate.eml',
    [('From', 'Thorne, Rebecca <rebecca.thorne@slcgov.com>'), ('To', 'records@records.example.org'),
     ('Subject', 'GRAMA G000812-092226 \u2013 fee estimate'), ('Date', date('2026-10-01 09:30', 'MDT')),
     ('Message-ID', mid('028', 'SJ0PR09MB6615.namprd09.prod.outlook.com', 'outlook'))] + outlook('028', 'GRAMA G000812-092226 \u2013 fee estimate'),
    text=t, facts=dict(request='REQ-011', kind='fee_estimate', tracking_number='G000812-092226', signals=['tracking'],
                       why='GRAMA fee estimate $93.75 with prepayment required (63G-2-203(8)); request on hold'))

# 029 colleague forwards ABQ planning clarification
t = """Forwarding - this came straight to me because I was the contact on the IPRA form.
Can someone on the desk answer it? I'm out on the Gallup story until next week.

Priya

---------- Forwarded message ---------
From: Gutierrez, Alma <agutierrez@cabq.gov>
Date: Thu, Oct 1, 2026 at 2:48 PM
Subject: IPRA 26-10688 - clarification
To: Priya Raman <priya.raman@records.example.org>


Ms. Raman,

The Planning Department's Code Enforcement Division has reviewed IPRA
request 26-10688. As written, "zoning enforcement case files, January 2024
to present" covers roughly 9,400 cases in our Accela system, most of them
unrelated to short-term rentals.

Could you please clarify:
 - whether you are seeking only cases coded as short-term rental violations,
   or all zoning enforcement cases;
 - whether a case summary export (case number, address, violation, status)
   would meet your needs instead of complete case files.

The short-term rental permit list is ready and will be sent together with the
rest once we hear from you.

Thank you,
Alma Gutierrez
Senior Administrative Assistant, Planning Department
City of Albuquerque
"""
msg('029-fwd-abq-planning-clarification.eml',
    [('From', 'Priya Raman <priya.raman@records.example.org>'), ('To', 'Records Desk <records@records.example.org>'),
     ('Subject', 'Fwd: IPRA 26-10688 - clarification'), ('Date', date('2026-10-01 16:05', 'MDT')),
     ('Message-ID', mid('029', 'x', 'gmail'))],
    text=t, facts=dict(request='REQ-007', kind='clarification', tracking_number='26-10688', signals=['tracking', 'subject'],
                       why='colleague forwards the Planning Department clarification question (scope of zoning cases)'))

# 030 El Paso Water bilingual ack
t = """Public Information Request PIR 2026-114 / Solicitud de Información Pública PIR 2026-114

El Paso Water received your request for public information on October 5, 2026.
Request: lead service line inventory and records of water main breaks, 2023
to present.

El Paso Water will promptly produce the information or notify you in
writing within ten business days as required by Chapter 552 of the Texas
Government Code.

----

El Paso Water recibió su solicitud de información pública el 5 de octubre de
2026. Solicitud: inventario de líneas de servicio de plomo y registros de
roturas de tuberías principales, de 2023 a la fecha.

El Paso Water proporcionará la información a la brevedad o le notificará por
escrito dentro de diez días hábiles, según lo dispuesto en el Capítulo 552
del Código de Gobierno de Texas.

Public Information Office / Oficina de Información Pública
El Paso Water | 1154 Hawkins Blvd., El Paso, TX 79925
"""
msg('030-epwater-ack-bilingual.eml',
    [('From', 'EPWater Public Information <publicinfo@epwater.org>'), ('To', R(14)['reply_address']),
     ('Subject', 'PIR 2026-114 Received / Solicitud Recibida'), ('Date', date('2026-10-05 08:55', 'MDT')),
     ('Message-ID', mid('030', 'epwater.org'))],
    text=t, facts=dict(request='REQ-014', kind='acknowledgment', tracking_number='PIR 2026-114', clock='received_on_sent_date',
                       signals=['plus', 'tracking-new', 'subject'],
                       why='bilingual English/Spanish receipt Oct 5 (= sent), PIR 2026-114; TX 10 business days'))
