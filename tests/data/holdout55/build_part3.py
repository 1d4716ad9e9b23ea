#!/usr/bin/env python3
"""Messages 021-030 (September 22 - October 6, 2026)."""
from build_common import *

R001 = req_mid(1, '20260901'); R004 = req_mid(4, '20260921'); R009 = req_mid(9, '20260929')
R012 = req_mid(12, '20260911'); R016 = req_mid(16, '20260904')

REQ004_TEXT = """To the FOIA Officer:

Under the Illinois Freedom of Information Act, we request copies of all contracts,
amendments and renewals between Cook County (for the Medical Examiner's Office) and any
vendor providing (a) decedent transport or removal services, or (b) cremation of
unclaimed or indigent decedents, in effect at any time from January 1, 2022 to date.

Records Desk
records.example.org"""

# ---------------------------------------------------------------- 021 Cook County ME: clarification on the contracts request
t021 = """Good morning,

Your FOIA request received September 21, 2026 has been assigned FOIA No. 2026-ME-0447.

Before we can process it, we need you to clarify the scope:

1. "Decedent transport" - the MEO uses contracted removal services for scene
   transports (from the place of death to the MEO) and, separately, transport of
   indigent decedents from the MEO to the cemetery or crematory. Are you asking for
   one or both of these?

2. The indigent cremation agreement was procured by the Cook County Office of the Chief
   Procurement Officer, which keeps the procurement file. The MEO holds only its copy of
   the executed contract and the monthly invoices. Do you want the invoices as well, or
   the contract documents only?

3. Do you want purchase orders and change orders issued under the contracts, or only
   the contract, amendments and renewals?

Once we receive your response we will proceed with the request.

Thank you,

FOIA Unit
Cook County Medical Examiner's Office
2121 W. Harrison Street | Chicago, IL 60612

-----Original Message-----
From: Records Desk <records@records.example.org>
Sent: Monday, September 21, 2026 9:12 AM
To: ME.FOIA <ME.FOIA@cookcountyil.gov>
Subject: FOIA Request: Cook County Medical Examiner contracts for decedent transport and indigent cremation services, 2022-2026

""" + REQ004_TEXT + "\n"
write('021-ccme-clarification-contracts.eml', [
    ('From', 'ME FOIA <ME.FOIA@cookcountyil.gov>'),
    ('To', 'Records Desk <%s>' % plus(4)),
    ('Subject', 'RE: FOIA Request: Cook County Medical Examiner contracts for decedent transport and indigent cremation services, 2022-2026'),
    ('Thread-Topic', 'FOIA Request: Cook County Medical Examiner contracts for decedent transport and indigent cremation services, 2022-2026'),
    ('Thread-Index', 'AQHcKt3Z0lT8mQvYSx6c4Fh1p2a9Rw=='),
    ('Date', 'Tue, 22 Sep 2026 10:20:14 -0500'),
    ('Message-ID', '<CH0PR09MB7421C8E2F0D14A7B8D9C1E3F5A6C22@CH0PR09MB7421.namprd09.prod.outlook.com>'),
    ('In-Reply-To', R004),
    ('References', R004),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], text(t021, charset='us-ascii', cte='7bit'))

# ---------------------------------------------------------------- 022 Maryland OCME price list via the Google Group inbox
t022 = """Hello,

We have completed the search for OCME PIA 2026-0117. The Office identified 11 medical
examiner cases from 2024 and 2025 in which the decedent died in the custody of a law
enforcement or correctional agency, or during or after restraint by officers. Nine of
these cases are closed and have a signed autopsy report. The remaining two (one from
November 2025 and one from December 2025) are still pending; there is no final report
for them yet, and we will send those reports when they are complete.

Copies of reports are released on payment of the fees in the OCME fee schedule:

   Report                                              Fee per report
   --------------------------------------------------  --------------
   Autopsy report (includes toxicology, if performed)      $100.00
   Autopsy report, first-degree family member               $25.00
   External examination / investigative report              $50.00
   Toxicology report only                                   $25.00
   Certified copy (in addition to the report fee)           $10.00

The $100.00 rate applies to requests other than from family members. Please send a
check or money order payable to "Maryland Department of Health - OCME" to the address
below and write OCME PIA 2026-0117 on it. At present OCME cannot accept credit cards.
The nine reports will be emailed to you once payment is received.

If you would like to ask for a fee waiver under General Provisions section 4-206(e),
please send us a short written explanation of the public interest; the custodian will
consider it.

Angela Boateng
PIA Coordinator
Office of the Chief Medical Examiner
900 W. Baltimore Street, Baltimore, MD 21223
410-333-3250
"""
h022 = '<div dir="ltr"><pre style="font-family:Arial,sans-serif;white-space:pre-wrap">' + \
    t022.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') + '</pre></div>\n' + \
    '<p></p>\n-- <br>\nYou received this message because you are subscribed to the Google Groups "Records Desk" group.<br>\n' + \
    'To unsubscribe from this group and stop receiving emails from it, send an email to ' + \
    '<a href="mailto:records+unsubscribe@records.example.org">records+unsubscribe@records.example.org</a>.<br>\n'
t022g = t022 + """
--
You received this message because you are subscribed to the Google Groups "Records Desk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@records.example.org.
"""
write('022-mdocme-price-list-google-group.eml', [
    ('From', "'MDH OCME PIA' via Records Desk <records@records.example.org>"),
    ('Reply-To', 'MDH OCME PIA <mdh.ocmepia@maryland.gov>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'OCME PIA 2026-0117 - responsive cases and report fees'),
    ('Date', 'Thu, 24 Sep 2026 13:37:50 -0400'),
    ('Message-ID', '<CAK7vR2w8nD3tQe5Vb0yXc2mP1hJ7sLk9fGa4uRz6Ey@mail.gmail.com>'),
    ('X-Original-Sender', 'mdh.ocmepia@maryland.gov'),
    ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@maryland.gov header.s=google; spf=pass (google.com: domain of mdh.ocmepia@maryland.gov designates 209.85.220.41 as permitted sender) smtp.mailfrom=mdh.ocmepia@maryland.gov; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=maryland.gov'),
    ('Precedence', 'list'),
    ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
    ('List-ID', '<records.records.example.org>'),
    ('X-Google-Group-Id', '583920147766'),
    ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>'),
    ('List-Help', '<https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, <mailto:records+help@records.example.org>'),
    ('List-Archive', '<https://groups.google.com/a/records.example.org/group/records/>'),
    ('List-Unsubscribe', '<mailto:googlegroups-manage+583920147766+unsubscribe@googlegroups.com>, <https://groups.google.com/a/records.example.org/group/records/subscribe>'),
], multipart('alternative', [text(t022g), text(h022, 'html')], '022'))

# ---------------------------------------------------------------- 023 West Metro Fire final: CAD in full, ePCR with PHI redacted
letter023 = [
    'WEST METRO FIRE PROTECTION DISTRICT',
    '433 S. Allison Parkway  |  Lakewood, Colorado 80226  |  303-989-4307',
    '',
    'September 25, 2026',
    '',
    'Records Desk',
    'records.example.org (via email)',
    '',
    'RE: Colorado Open Records Act Request C26-041',
    '',
    'Dear Records Desk:',
    '',
    'The District has completed its response to your request, received September 14, 2026, for the EMS patient care',
    'report and computer-aided dispatch (CAD) records for the District\'s response on August 22, 2026 to a medical',
    'emergency involving a person in the custody of the Lakewood Police Department.',
    '',
    'The following records are provided:',
    '',
    '  1. CAD Incident Detail Report, incident 26-0822-0147 - released in full.',
    '  2. Unit status and time stamps for Medic 12 and Engine 12 (dispatched, en route, on scene, patient contact,',
    '     transporting, at hospital) - released in full.',
    '  3. Electronic patient care report (ePCR) for the patient contact - released in part.',
    '',
    'In the ePCR the District has redacted the patient\'s name, date of birth, address and other identifiers, past',
    'medical history, medications, allergies, vital signs, assessment findings, the treatment narrative and the',
    'receiving physician\'s signature. These entries are medical information that the District must deny under',
    'C.R.S. 24-72-204(3)(a)(I), and they are protected health information that the District, as a covered entity,',
    'may not disclose under the HIPAA Privacy Rule, 45 C.F.R. 164.502(a); the protection continues after death',
    '(45 C.F.R. 164.502(f)). Incident times, crew unit numbers, the dispatch determinant, the destination hospital',
    'and the disposition code have been released.',
    '',
    'No other records responsive to your request were located. There is no charge for this response.',
    '',
    'If you believe the District has improperly denied any part of your request, you may contact me. C.R.S.',
    '24-72-204(5) allows a requester to apply to the district court for an order to show cause after giving the',
    'custodian written notice of intent to file at least fourteen days before filing.',
    '',
    'This completes the District\'s response to request C26-041.',
    '',
    'Sincerely,',
    '',
    'Karen Lindqvist',
    'Records Custodian',
]
epcr023 = [
    'WEST METRO FIRE RESCUE - PATIENT CARE REPORT (REDACTED COPY - RELEASED UNDER CORA C26-041)',
    '',
    'Incident #: 26-0822-0147        Date: 08/22/2026        Unit: Medic 12 / Engine 12',
    'Dispatch determinant: 09-E-01 (Cardiac/Respiratory Arrest)      Location: 445 S. Allison Pkwy (LPD sally port)',
    '',
    'Times:  PSAP 21:14:07 | Dispatched 21:14:52 | En route 21:15:30 | On scene 21:19:44 | Pt contact 21:20:31',
    '        Depart scene 21:41:05 | At destination 21:52:18 | Transfer of care 21:58:40',
    '',
    'PATIENT INFORMATION',
    'Name: [REDACTED - PHI]        DOB: [REDACTED - PHI]        Age/Sex: [REDACTED - PHI]',
    'Address: [REDACTED - PHI]',
    '',
    'HISTORY / MEDICATIONS / ALLERGIES:  [REDACTED - PHI]',
    '',
    'VITAL SIGNS',
    '  21:21  [REDACTED - PHI]',
    '  21:29  [REDACTED - PHI]',
    '  21:38  [REDACTED - PHI]',
    '',
    'ASSESSMENT:  [REDACTED - PHI]',
    '',
    'NARRATIVE:  [REDACTED - PHI - 2 pages]',
    '',
    'PROCEDURES (times only):  21:21 CPR in progress on arrival | 21:23 airway | 21:25 IO access | 21:27 medication',
    '                          administration (agent redacted) | 21:39 ROSC not obtained / CPR continued',
    '',
    'DISPOSITION:  Transported, lights and sirens - St. Anthony Hospital          Crew: FF/P 2241, FF/EMT 2307',
    'Receiving physician signature: [REDACTED - PHI]',
]
t023 = """Good afternoon,

Attached is the District's response to CORA request C26-041, with the CAD incident
detail and the redacted patient care report. Please let me know if you have any trouble
opening the files.

Karen Lindqvist
Records Custodian | Administrative Services
West Metro Fire Protection District
"""
write('023-westmetro-final-epcr-phi-redacted.eml', [
    ('From', 'Karen Lindqvist <klindqvist@westmetrofire.org>'),
    ('To', 'Records Desk <%s>' % plus(12)),
    ('Subject', 'CORA C26-041 - District response and records'),
    ('Thread-Topic', 'CORA C26-041 - District response and records'),
    ('Date', 'Fri, 25 Sep 2026 15:58:03 -0600'),
    ('Message-ID', '<BY5PR17MB3961B4D7E0A14F2C9B86D1E3A7F07@BY5PR17MB3961.namprd17.prod.outlook.com>'),
    ('References', R012),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', 'yes'),
], multipart('mixed', [
    text(t023, charset='us-ascii', cte='7bit'),
    attachment(pdf(letter023, title='CORA C26-041 Response'), 'application/pdf', 'C26-041 Response Letter.pdf'),
    attachment(pdf(epcr023, title='ePCR 26-0822-0147 redacted', producer='ImageTrend Elite Report Writer'), 'application/pdf',
               'C26-041 ePCR 26-0822-0147 REDACTED.pdf'),
], '023'))

# ---------------------------------------------------------------- 024 NYS DOH Bureau of EMS bulletin (null; same agency domain)
t024 = """NEW YORK STATE DEPARTMENT OF HEALTH
Bureau of Emergency Medical Services and Trauma Systems

EMS BULLETIN 26-09 | September 28, 2026

In this issue
1. Policy Statement 26-05: Reporting of ambulance response-time data elements
2. SEMSCO and SEMAC meeting schedule, November 2026
3. Reminder: agency recertification deadlines
4. Training: mass-casualty triage refresher courses

1. POLICY STATEMENT 26-05
Beginning January 1, 2027, all ambulance services must document the call-received,
unit-notified and arrival-at-patient times in every electronic prehospital care report
submitted to the Department. The policy statement and a data dictionary are posted on
the Bureau's website.

2. MEETINGS
The State EMS Council (SEMSCO) and the State Emergency Medical Advisory Committee (SEMAC)
will meet November 17-18, 2026 in Albany. Agendas will be posted two weeks in advance.

3. RECERTIFICATION
Agencies whose operating certificates expire December 31, 2026 must file recertification
paperwork with their regional program agency by November 1.

You are receiving this bulletin because you subscribed to BEMS email updates.
To unsubscribe, reply with UNSUBSCRIBE in the subject line or visit
https://www.health.ny.gov/professionals/ems/listserv.htm
"""
write('024-nysdoh-bems-bulletin-null.eml', [
    ('From', 'NYS DOH Bureau of EMS and Trauma Systems <bemslist@health.ny.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'EMS Bulletin 26-09: response-time data reporting policy; SEMSCO meetings'),
    ('Date', 'Mon, 28 Sep 2026 12:00:31 -0400'),
    ('Message-ID', '<LISTSERV%2026092812003104@lists.health.ny.gov>'),
    ('List-Id', 'BEMS email updates <bems-updates.lists.health.ny.gov>'),
    ('List-Unsubscribe', '<mailto:bemslist@health.ny.gov?subject=UNSUBSCRIBE>'),
    ('Precedence', 'list'),
    ('Sender', 'BEMS email updates <bems-updates@lists.health.ny.gov>'),
], text(t024, charset='us-ascii', cte='7bit'))

# ---------------------------------------------------------------- 025 Maricopa portal: "request has been updated" (no content)
h025 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c9c9c9">
<tr><td style="background:#5a2d82;color:#fff;padding:10px 14px;font-size:13pt"><b>Maricopa County Public Records Center</b></td></tr>
<tr><td style="padding:14px">
<p>Public records request <b>W003318-090126</b> has been updated.</p>
<p>To view the details of this update, please
<a href="https://maricopacountyaz.govqa.us/WEBAPP/_rs/(S(x3k1p0gq))/SupportHome.aspx">log in to the Public Records Center</a>.</p>
<p style="color:#777;font-size:8pt">This is an automated message. Replies to this email are not monitored.</p>
</td></tr></table></body></html>
"""
write('025-mcome-govqa-updated.eml', [
    ('From', 'Maricopa County Public Records Center <maricopacountyaz@govqa.us>'),
    ('To', plus(1)),
    ('Subject', 'Public Records Request :: W003318-090126 Updated'),
    ('Date', 'Tue, 29 Sep 2026 08:10:26 -0700'),
    ('Message-ID', '<a3c9e1f7b2d84c6e9f0a1b2c3d4e5f60@govqa.us>'),
    ('X-Mailer', 'GovQA Mailer 9.4'),
], text(h025, 'html'))

# ---------------------------------------------------------------- 026 Parkland acknowledgment of the jail-health request
t026 = """Good morning,

Parkland Health (Dallas County Hospital District) received your Public Information Act
request on September 29, 2026. The request has been assigned number PIR2026-1002.

Items requested:
  1. The current agreement between Dallas County and the District for health services at
     the Dallas County jail, with all amendments since 2022;
  2. Mortality reviews or death summaries prepared for deaths of jail patients, 2023 to
     date.

The District will produce responsive information promptly or notify you of the date it
will be available. Some of the information requested may be confidential under state or
federal law (for example, medical committee and peer review records); if the District
intends to withhold information it will seek a decision from the Attorney General and let
you know.

Regards,

Marisol Ybarra
Open Records Specialist
Office of the General Counsel | Parkland Health
OpenRecords@phhs.org

CONFIDENTIALITY NOTICE: This email and any attachments may contain confidential or
legally privileged information, including protected health information. If you are not
the intended recipient, please notify the sender immediately and delete this message.
"""
write('026-parkland-ack-jail-health.eml', [
    ('From', 'Parkland Open Records <OpenRecords@phhs.org>'),
    ('To', 'Records Desk <%s>' % plus(9)),
    ('Subject', 'RE: Public Information Request: Parkland correctional health services contract with Dallas County and in-custody mortality reviews'),
    ('Thread-Topic', 'Public Information Request: Parkland correctional health services contract with Dallas County and in-custody mortality reviews'),
    ('Thread-Index', 'AQHcMNa2b5K9nTq0RkyWc7e8hYz4vA=='),
    ('Date', 'Wed, 30 Sep 2026 10:48:55 -0500'),
    ('Message-ID', '<SN4PR06MB7322A7D3E9F04B1C8A25D6E7F13D9@SN4PR06MB7322.namprd06.prod.outlook.com>'),
    ('In-Reply-To', R009),
    ('References', R009),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], text(t026))

# ---------------------------------------------------------------- 027 Open FOIL generic status change (no number, account address)
t027 = """NY Open FOIL

The status of one of your FOIL requests has changed.

Sign in to your Open FOIL NY account to see the current status and any messages from
the agency: https://openfoil.ny.gov/signin

This mailbox is not monitored.
"""
h027 = """<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1b1b1b">
<div style="background:#002d72;color:#fff;padding:12px 18px;font-size:18px">NY Open FOIL</div>
<div style="padding:18px;max-width:620px"><p>The status of one of your FOIL requests has changed.</p>
<p><a href="https://openfoil.ny.gov/signin">Sign in to your Open FOIL NY account</a> to see the current status and any messages from the agency.</p>
<p style="font-size:12px;color:#666">This mailbox is not monitored.</p></div></body></html>
"""
write('027-openfoil-status-changed-no-number.eml', [
    ('From', 'NY Open FOIL <noreply@openfoil.ny.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Open FOIL NY: Request status update'),
    ('Date', 'Thu, 01 Oct 2026 09:30:12 -0400'),
    ('Message-ID', '<0100019a3e0c7a55-7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f-000000@email.amazonses.com>'),
    ('X-SES-Outgoing', '2026.10.01-54.240.8.21'),
], multipart('alternative', [text(t027), text(h027, 'html')], '027'))

# ---------------------------------------------------------------- 028 Alameda EMS analyst asks for a call (new subject, no threading)
t028 = """Hi there,

I'm the data and QI analyst at the Alameda County EMS Agency and I've been asked to help
with your public records request about ambulance diversion. Before I start pulling
anything, could you give me a call? Diversion works a bit differently here than in most
counties and I want to make sure we get you the right thing.

I'm at 510-618-2050, most days 8 to 4.

Thanks,
Jorge

Jorge Mendoza, MPH
EMS Data & Quality Improvement Analyst
Alameda County EMS Agency | Alameda County Health
"""
write('028-alcoems-analyst-call-request.eml', [
    ('From', 'Jorge Mendoza <jorge.mendoza@acgov.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'your records request - diversion'),
    ('Date', 'Fri, 02 Oct 2026 14:15:40 -0700'),
    ('Message-ID', '<DM8PR14MB5120F2A9C3B14E6D8F07A1B2C3D4E@DM8PR14MB5120.namprd14.prod.outlook.com>'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], text(t028, fmt_flowed=False))

# ---------------------------------------------------------------- 029 NextRequest first installment (interim)
docs = ['Ambulance Response Time Compliance Report %s.pdf' % m for m in
        ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09',
         '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']]
t029 = """Alameda County Health - Public Records

Documents have been released for request #26-1834.

Message from the Emergency Medical Services Agency:
This is the first installment of records responsive to your request. Attached to the
request are the contractor's monthly response-time compliance reports and the Agency's
compliance determinations for January 2024 through June 2025 (18 documents). The
remaining monthly reports (July 2025 through August 2026) and the liquidated damages
assessment letters are being reviewed and will be released on or before November 2, 2026.

Released documents:
""" + '\n'.join('  - ' + d for d in docs) + """

View documents: https://alamedacountyhealth.nextrequest.com/requests/26-1834
"""
h029 = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;font-size:14px">
<div style="max-width:600px;margin:auto;border-top:4px solid #1f6f8b;padding:16px">
<p style="font-size:12px;color:#777">Alameda County Health - Public Records</p>
<h3 style="font-weight:normal">Documents have been released for request <a href="https://alamedacountyhealth.nextrequest.com/requests/26-1834">#26-1834</a>.</h3>
<p><b>Message from the Emergency Medical Services Agency:</b><br>This is the first installment of records responsive to your request. Attached to the request are
the contractor's monthly response-time compliance reports and the Agency's compliance determinations for January 2024 through June 2025 (18 documents).
The remaining monthly reports (July 2025 through August 2026) and the liquidated damages assessment letters are being reviewed and will be released
on or before November 2, 2026.</p>
<p><b>Released documents:</b></p><ul>""" + ''.join('<li>%s</li>' % d for d in docs) + """</ul>
<p><a href="https://alamedacountyhealth.nextrequest.com/requests/26-1834">View documents</a></p>
<p style="font-size:12px;color:#777">Powered by NextRequest</p></div></body></html>
"""
write('029-alcoems-nextrequest-interim.eml', [
    ('From', 'Alameda County Health Public Records <alamedacountyhealth@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@nextrequest.com'),
    ('To', plus(10)),
    ('Subject', '[Records Request] Documents released for request #26-1834'),
    ('Date', 'Mon, 05 Oct 2026 16:40:18 -0700'),
    ('Message-ID', '<66fbc1f2b8e34_5d9f2a3b4c6e7f80@nextrequest-mailer-7d9f.mail>'),
    ('X-Mailgun-Tag', 'documents_released'),
], multipart('alternative', [text(t029), text(h029, 'html')], '029'))

# ---------------------------------------------------------------- 030 CDC unusual-circumstances extension (letter in the body)
t030 = """Records Desk
records.example.org

Re: FOIA Request #26-01873-FOIA

Dear Requester:

This letter concerns your Freedom of Information Act (FOIA) request received in the
CDC/ATSDR FOIA Office on September 8, 2026, for guidance, training materials and
correspondence about the certification and coding of deaths in custody.

Unusual circumstances apply to the processing of your request. Responsive records must
be searched for and collected from the National Center for Health Statistics in
Hyattsville, Maryland, and from the National Center for Injury Prevention and Control,
which are separate from the office processing your request, and some records will
require consultation with another agency. Under 5 U.S.C. 552(a)(6)(B)(i) we are
therefore extending the time limit to respond by ten additional working days.

We do not expect to be able to complete your request within the extended period. Our
current estimated date of completion is March 31, 2027. You may wish to narrow the scope
of your request (for example, to final guidance documents only, or to a shorter date
range), or to agree to an alternative time frame; please contact our office if so.

You may contact our FOIA Public Liaison at 770-488-6246 for further assistance and to
discuss any aspect of your request. You may also contact the Office of Government
Information Services (OGIS) at the National Archives and Records Administration to
inquire about the FOIA mediation services they offer: Office of Government Information
Services, National Archives and Records Administration, 8601 Adelphi Road-OGIS, College
Park, Maryland 20740-6001; e-mail ogis@nara.gov; telephone 202-741-5770; toll free
1-877-684-6448.

Sincerely,

Lorraine T. Whitcomb
Government Information Specialist
CDC/ATSDR FOIA Office
"""
write('030-cdc-unusual-circumstances-extension.eml', [
    ('From', 'CDC FOIA Office <FOIARequests@cdc.gov>'),
    ('To', plus(16)),
    ('Subject', '#26-01873-FOIA - Unusual Circumstances / Extension of Time'),
    ('Date', 'Tue, 06 Oct 2026 09:12:44 -0400'),
    ('Message-ID', '<DM6PR09MB53248F3A2B1C4D9E8A07B6C5D4E91@DM6PR09MB5324.namprd09.prod.outlook.com>'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], text(t030, charset='us-ascii', cte='7bit'))

print('part3 done')
