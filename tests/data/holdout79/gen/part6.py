from lib import *

# 051 Pima final response in PDF
letter = ["PIMA COUNTY SHERIFF'S DEPARTMENT", 'Records Unit', '', 'November 20, 2026', '',
          'Re: Public Records Request PCSD 26-0388 - Final Response', '',
          'Dear Requester:', '',
          'The Department has completed its response to your request. The following records are provided',
          'electronically at no charge:', '',
          '  1. Jail medical services agreement and Amendments 1 through 4 (241 pages).',
          '  2. In-custody death summary reports for 2024 and 2025 (11 reports), with redactions.', '',
          'Redactions were made to medical and mental health information of deceased inmates and to',
          'personal identifying information of family members, because the privacy interests outweigh the',
          'public interest in that information (A.R.S. 39-121; Carlson v. Pima County).', '',
          'Records concerning the two in-custody deaths in 2026 are withheld at this time because they are',
          'part of active criminal investigations, and their release would be detrimental to the best',
          'interests of the State. You may renew your request for those records once the investigations close.', '',
          'If you disagree with this decision, you may seek special action review in Superior Court under',
          'A.R.S. 39-121.02.', '',
          'Records Unit Supervisor', "Pima County Sheriff's Department"]
msg('051-pima-final-pdf-redactions.eml',
    [('From', 'PCSD Records Unit <records.unit@sheriff.pima.gov>'), ('To', 'records@records.example.org'),
     ('Subject', 'Final response'), ('Date', date('2026-11-20 11:30', 'MST')),
     ('Message-ID', mid('051', 'sheriff.pima.gov'))],
    text='Please see the attached final response and records.\n\nRecords Unit\nPima County Sheriff\'s Department\n',
    attachments=[('PCSD_26-0388_Final_Response.pdf', pdf(letter, 'Final response'), 'application/pdf'),
                 ('Medical_Services_Agreement_and_Amendments.pdf', pdf(['AGREEMENT FOR INMATE HEALTH SERVICES', 'Pima County Adult Detention Complex', 'Amendment No. 4 ...'], 'Agreement'), 'application/pdf')],
    facts=dict(request='REQ-005', kind='records_final', tracking_number='PCSD 26-0388', adverse_determination=True,
               signals=['tracking-attachment', 'tracking-filename'],
               why='bare "Final response" email; letter in PDF releases records with redactions and withholds 2026 deaths; AZ has no appeal window'))

# 052 Phoenix PD hedged extension, quoting our status question
t = """Good morning,

Thank you for checking in on R013377-090826.

Based on your clarification, the Department identified about 1,900
use-of-force incidents in Blue Team for 2024 to present, plus the
Professional Standards Bureau body-worn camera compliance audits. The audits
are nearly ready. The incident reports must each be reviewed for juvenile,
victim and medical information before release.

Because of the volume, an extension beyond our original target may be
needed. At this time we estimate completing the production by January 15,
2027, although that date could change if the review takes longer than
expected. We will release records in batches as they are completed.

Phoenix Police Department
Public Records and Services Unit

From: Records Desk <records@records.example.org>
Sent: Friday, November 20, 2026 3:02 PM
To: PD Public Records <pdpublicrecords@phoenix.gov>
Subject: R013377-090826 status

> Hello - could you tell us where R013377-090826 stands and when we might
> expect the use-of-force reports and the camera audits? Thank you.
"""
msg('052-phoenix-pd-hedged-extension.eml',
    [('From', 'PD Public Records <pdpublicrecords@phoenix.gov>'), ('To', 'Records Desk <records@records.example.org>'),
     ('Subject', 'RE: R013377-090826 status'), ('Date', date('2026-11-23 10:45', 'MST')),
     ('Message-ID', mid('052', 'PH0PR17MB4420.namprd17.prod.outlook.com', 'outlook')),
     ('In-Reply-To', '<followup-001.20261120.1@records.example.org>'), ('References', '<followup-001.20261120.1@records.example.org>')]
    + outlook('052', 'R013377-090826 status'),
    text=t, facts=dict(request='REQ-001', kind='extension', tracking_number='R013377-090826', clock='extension', estimated='2027-01-15',
                       signals=['tracking'],
                       why='hedged: an extension "may be needed", estimate Jan 15, 2027; AZ sets no due'))

# 053 Maricopa Elections no records
t = """Good afternoon,

Re: ELX-2026-0412

The Elections Department conducted a search for records responsive to your
request for signature verification staffing and audit reports and ballot
curing logs showing outcomes by reason code for the 2026 General Election.

The Department does not have records responsive to this request. Signature
verification staffing is recorded in the County's timekeeping system by
position and is not tracked separately for signature review, and the
Department's curing system does not produce a log of outcomes by reason
code. No post-election signature audit report has been prepared. Public
records law does not require the Department to create a new record.

Please let us know if you would like to submit a different request.

Elections Public Records
Maricopa County Elections Department
"""
msg('053-maricopa-elections-no-records.eml',
    [('From', 'Elections Public Records <electionsrecords@maricopa.gov>'), ('To', INBOX),
     ('Subject', 'ELX-2026-0412 \u2014 Response to Public Records Request'), ('Date', date('2026-12-01 13:00', 'MST')),
     ('Message-ID', mid('053', 'CO1PR08MB7002.namprd08.prod.outlook.com', 'outlook'))] + outlook('053', 'ELX-2026-0412 Response'),
    text=t, facts=dict(request='REQ-015', kind='no_records', tracking_number='ELX-2026-0412', adverse_determination=True,
                       signals=['tracking'], why='no responsive records; AZ has no appeal window'))

# 054 Utah portal: no responsive records (elections request)
t = """Utah Open Records Portal

Salt Lake County - Clerk (Elections Division) has responded to record
request #2026-51207.

Status: Completed - No Responsive Records

Message from the entity:
The Elections Division searched its files and did not locate records
responsive to your request. The Division did not conduct a separate audit or
review of ballot return envelope signature verification for the November 3,
2026 general election, and no auditor worksheets or error-rate reports
exist. A governmental entity is not required to create a record in response
to a request (Utah Code Section 63G-2-201(8)(a)).

You may appeal this response to the Salt Lake County chief administrative
officer within 30 days under Utah Code Section 63G-2-401.
"""
msg('054-slco-portal-no-records.eml',
    [('From', 'Utah Open Records Portal <noreply@openrecords.utah.gov>'), ('To', INBOX),
     ('Subject', 'Update on record request #2026-51207'), ('Date', date('2026-12-01 16:10', 'MST')),
     ('Message-ID', mid('054', 'openrecords.utah.gov'))],
    text=t, facts=dict(request='REQ-017', kind='no_records', tracking_number='2026-51207', adverse_determination=True,
                       signals=['tracking'], why='GRAMA no-records response with 30-day appeal; same subject pattern as the jail request, number tells them apart'))

# 055 El Paso final after AG ruling
t = """Good morning,

Re: ORR-2026-7730 - Release following Attorney General ruling

The Office of the Attorney General issued Open Records Letter Ruling
OR2026-31455 on the City's request for a decision. In accordance with the
ruling, the City is releasing the El Paso Police Department vehicle pursuit
reports for January 2024 to present (attached), with the following
information withheld:

  - driver's license numbers and license plate numbers of private persons,
    Section 552.130;
  - reports relating to 14 pursuits that resulted in pending criminal
    prosecutions, Section 552.108(a)(1), as the ruling permits.

A copy of the ruling is attached. This completes the City's response to
ORR-2026-7730.

Open Records Office
City of El Paso

Si necesita esta comunicación en español, por favor comuníquese con la
Oficina de Registros Abiertos al 915-212-0000.
"""
msg('055-elpaso-final-after-oag.eml',
    [('From', 'Open Records <openrecords@elpasotexas.gov>'), ('To', 'records@records.example.org'),
     ('Subject', 'ORR-2026-7730 - Release Following Attorney General Ruling OR2026-31455'), ('Date', date('2026-12-07 11:20', 'MST')),
     ('Message-ID', mid('055', 'CY4PR16MB1719.namprd16.prod.outlook.com', 'outlook'))]
    + outlook('055', 'ORR-2026-7730 - Release Following Attorney General Ruling OR2026-31455', True),
    text=t, attachments=[('OR2026-31455.pdf', pdf(['OFFICE OF THE ATTORNEY GENERAL - STATE OF TEXAS', 'December 2, 2026', '',
                                                  'OR2026-31455', '', 'Dear Counsel for the City of El Paso:', '',
                                                  'You ask whether certain information is subject to required public disclosure...',
                                                  'The City may withhold the information under section 552.108(a)(1)...'], 'OR2026-31455'), 'application/pdf')],
    facts=dict(request='REQ-013', kind='records_final', tracking_number='ORR-2026-7730', adverse_determination=True,
               signals=['tracking'], why='final release following the AG letter ruling with 552.130/552.108 withholdings; TX has no requester appeal'))

# 056 LVMPD analyst first production (rolling)
t = """Good morning,

PRR 2026-04517 - first production

The first set of records for your request is available at the link below
(expires in 30 days):

  https://lvmpd.sharefile.com/d-s4f7c2e19b8a

Included: Critical Incident Review Team reports for 2025 officer-involved
shootings OIS 2025-001 through OIS 2025-009, with redactions of witness
identities and of information from open criminal investigative files.

The 2026 reports are still in review. We still expect to complete the
request by December 18, 2026.

K. Brandt
Records Analyst, Public Records Unit
Las Vegas Metropolitan Police Department
"""
msg('056-lvmpd-first-production.eml',
    [('From', 'Brandt, Kelsey <k5812b@lvmpd.com>'), ('To', 'records@records.example.org'),
     ('Subject', 'PRR 2026-04517 - first production'), ('Date', date('2026-12-10 09:35', 'PST')),
     ('Message-ID', mid('056', 'lvmpd.com'))],
    text=t, facts=dict(request='REQ-009', kind='records_interim', tracking_number='2026-04517', estimated='2026-12-18',
                       signals=['tracking'], why='rolling release of 2025 CIRT reports via a file-share link; 2026 reports by Dec 18'))

# 057 ABQ final (installments 2 and 3) with withholdings
t = """City of Albuquerque - Office of the City Clerk

Records have been released for request 26-10472, and the request has been
closed.

Installments 2 and 3 of 3:
  - Force Review Board case presentations, January 2025 - June 2026
  - CASA paragraph-level compliance data submitted to the Independent
    Monitor

Message from the IPRA Division:
This completes the City's response. Portions of the case presentations were
redacted or withheld: personal identifying information of civilians and
juveniles, and matters of opinion in personnel files of officers, under
NMSA 1978, Section 14-2-1. Video exhibits that are evidence in pending
criminal cases were withheld as law enforcement records under Section
14-2-1. The custodian responsible for the denial is the City Clerk.

https://cabqnm.justfoia.com/publicportal/home/track
"""
msg('057-abq-justfoia-final-closed.eml',
    [('From', 'City of Albuquerque IPRA <noreply@justfoia.com>'), ('To', R(6)['reply_address']),
     ('Subject', 'Request 26-10472 - Records Released - Request Closed'), ('Date', date('2026-12-18 15:00', 'MST')),
     ('Message-ID', mid('057', 'justfoia.com'))],
    text=t, facts=dict(request='REQ-006', kind='records_final', tracking_number='26-10472', adverse_determination=True,
                       signals=['plus', 'tracking'], why='final installments with 14-2-1 withholdings; NM has no appeal window'))

# 058 LVMPD analyst out of office
t = """I am out of the office from December 23, 2026 through January 4, 2027.
Your message has been received and will be answered when I return. For
urgent public records matters, please contact the Public Records Unit at
lvmpdpublicrecords@lvmpd.com.

Kelsey Brandt
"""
msg('058-lvmpd-analyst-ooo.eml',
    [('From', 'Brandt, Kelsey <k5812b@lvmpd.com>'), ('To', 'records@records.example.org'),
     ('Subject', 'Out of Office: PRR 2026-04517 - first production'), ('Date', date('2026-12-23 08:02', 'PST')),
     ('Message-ID', mid('058', 'lvmpd.com')),
     ('In-Reply-To', '<followup-009.20261223.1@records.example.org>'), ('References', '<followup-009.20261223.1@records.example.org>'),
     ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    text=t, facts=dict(request='REQ-009', kind='auto_reply', tracking_number='2026-04517', signals=['tracking'],
                       why='analyst out-of-office in reply to our follow-up; the request number appears only in the subject'))

# 059 LVMPD final through the group inbox
t = """Records Desk,

RE: LVMPD Public Records Request 2026-04517

The LVMPD has completed its response to your request. The 2026
Critical Incident Review Team reports for OIS 2026-001 through OIS 2026-006
are available at:

  https://lvmpd.sharefile.com/d-s9a0b7d33c41

Reports for OIS 2026-007 and OIS 2026-008 are withheld because they are part
of open criminal investigations and the Clark County District Attorney's
review is not complete. The LVMPD has determined that the interests in
nondisclosure clearly outweigh the public interest in access at this time
(NRS 239.010; Donrey of Nevada v. Bradshaw). You may request those reports
again after the District Attorney's review is released.

This request is now closed.

LVMPD Records and Fingerprint Bureau
Public Records Unit
"""
msg('059-lvmpd-final-via-group.eml',
    group_via('LVMPD Public Records', 'lvmpdpublicrecords@lvmpd.com', 'LVMPD Public Records') +
    [('To', 'Records Desk <records@records.example.org>'), ('Subject', 'LVMPD Public Records Request 2026-04517 - Completed'),
     ('Date', date('2027-01-08 10:00', 'PST')), ('Message-ID', mid('059', 'lvmpd.com'))],
    text=t, facts=dict(request='REQ-009', kind='records_final', tracking_number='2026-04517', adverse_determination=True,
                       signals=['tracking'], why='final production with two reports withheld (Bradshaw balancing); via the Google Group; NV no appeal window'))

# 060 Maricopa staffer asks for a phone call, no number, new subject
t = """Hi,

Could someone on your team give me a call about the Medical Examiner part
of your heat deaths request? We haven't heard back on the cost estimate and
I'd like to talk through a few options (a sample of reports, or just the
summary fields) before we close that part out.

My direct line is 602-506-0000, or reply with a good time.

Kendra

Kendra Oyelaran
Public Records Specialist | Maricopa County
"""
msg('060-maricopa-call-request.eml',
    [('From', 'Kendra Oyelaran <kendra.oyelaran@maricopa.gov>'), ('To', 'records@records.example.org'),
     ('Subject', 'heat deaths request - quick call?'), ('Date', date('2027-01-12 10:40', 'MST')),
     ('Message-ID', mid('060', 'DM6PR08MB5321.namprd08.prod.outlook.com', 'outlook'))] + outlook('060', 'heat deaths request - quick call?'),
    text=t, facts=dict(request='REQ-003', kind='other', tracking_number=None, signals=['subject'],
                       why='request for a phone call about the unpaid ME estimate; no number, new subject; "heat deaths" places it with REQ-003, not the elections request'))
