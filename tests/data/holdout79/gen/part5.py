from lib import *

# 041 Clark County GovQA completed, records final
t = """Clark County Public Records Request Center

Your request R002291-091626 has been completed.

Message from the Public Response Office:
The Office of the Coroner's heat-related death counts and case summaries for
June 1 - September 15, 2026 have been uploaded to the Request Center. Counts
for August and September remain provisional pending toxicology. Together with
the cooling station logs sent September 23, this completes the County's
response to your request, and the request is now closed.

Log in to download: https://clarkcountynv.mycusthelp.com/WEBAPP/_rs/supporthome.aspx
"""
msg('041-clark-govqa-completed.eml',
    [('From', 'Clark County Public Records Center <clarkcountynv@mycusthelp.net>'), ('To', INBOX),
     ('Subject', 'Clark County Public Records Request :: R002291-091626 - Completed'), ('Date', date('2026-10-29 16:45', 'PDT')),
     ('Message-ID', mid('041', 'mycusthelp.net'))],
    text=t, html='<html><body style="font-family:Arial"><p>%s</p></body></html>' % t.replace('\n\n', '</p><p>'),
    facts=dict(request='REQ-010', kind='records_final', tracking_number='R002291-091626', signals=['tracking', 'subject'],
               why='GovQA completion with Coroner data uploaded; completes the response, nothing withheld'))

# 042 JustFOIA closure for no response to the clarification
t = """City of Albuquerque - Office of the City Clerk

Request 26-10688 has been closed.

On October 1, 2026, the Planning Department asked you to clarify the scope
of the zoning enforcement portion of your request. As of today the City has
not received a response. The City considers this request withdrawn and has
closed it under its IPRA procedures.

The short-term rental permit list that was ready has not been released
because the request was closed. You are welcome to submit a new request at
any time through the portal.

https://cabqnm.justfoia.com/publicportal/home/newrequest
"""
msg('042-abq-justfoia-closed-no-response.eml',
    [('From', 'City of Albuquerque IPRA <noreply@justfoia.com>'), ('To', R(7)['reply_address']),
     ('Subject', 'Request 26-10688 Closed - City of Albuquerque'), ('Date', date('2026-10-30 09:00', 'MDT')),
     ('Message-ID', mid('042', 'justfoia.com'))],
    text=t, facts=dict(request='REQ-007', kind='other', tracking_number='26-10688', signals=['plus', 'tracking'],
                       why='closure for non-response to the clarification (treated as withdrawn); no records and no determination, so other'))

# 043 SLC final response with GRAMA classifications (PDF letter)
letter = ['SALT LAKE CITY CORPORATION', "Office of the City Recorder - GRAMA", '451 South State Street, Room 415', 'Salt Lake City, Utah 84111', '',
          'November 2, 2026', '', 'Records Desk', 'records@records.example.org', '',
          'Re: GRAMA Request G000812-092226 - Police Department unmanned aircraft program', '',
          'Dear Requester:', '',
          'The City has completed its response to your request. The following records are provided:', '',
          '  1. SLCPD Policy 606, Unmanned Aircraft System Operations (current and prior version).',
          '  2. Drone flight log export, January 1, 2025 - September 30, 2026 (1,214 flights).',
          '  3. Drone as First Responder pilot program evaluation memo, June 2026.', '',
          'Portions of the flight log have been withheld or redacted:', '',
          '  - Location and case number fields for 163 flights connected to open criminal investigations are',
          '    classified as protected under Utah Code Section 63G-2-305(10).',
          '  - Names of pilots assigned to the SWAT team are classified as protected under Utah Code',
          '    Section 63G-2-305(11).', '',
          'Right to appeal: Under Utah Code Section 63G-2-401, you may appeal this decision to the chief',
          'administrative officer of Salt Lake City within 30 days after the date of this notice. The appeal must',
          'include your name, mailing address, a daytime telephone number and the relief sought, and may',
          'include a short statement of facts, reasons and legal authority in support of the appeal.', '',
          'Sincerely,', '', 'Rebecca Thorne', 'GRAMA Coordinator']
msg('043-slc-final-grama-classifications.eml',
    [('From', 'Thorne, Rebecca <rebecca.thorne@slcgov.com>'), ('To', 'records@records.example.org'),
     ('Subject', 'GRAMA G000812-092226 \u2013 response'), ('Date', date('2026-11-02 10:10', 'MST')),
     ('Message-ID', mid('043', 'SJ0PR09MB6615.namprd09.prod.outlook.com', 'outlook'))] + outlook('043', 'GRAMA G000812-092226 \u2013 response', True),
    text='Hello,\n\nPlease see the attached response letter and records for your GRAMA request.\n\nRebecca Thorne\nGRAMA Coordinator | Salt Lake City Recorder\'s Office\n',
    attachments=[('G000812-092226 Response Letter.pdf', pdf(letter, 'GRAMA response'), 'application/pdf'),
                 ('SLCPD_UAS_flight_log_2025-2026_redacted.csv', 'flight_id,date,duration_min,purpose,location\n25-0001,2025-01-03,22,search warrant,[protected 63G-2-305(10)]\n25-0002,2025-01-04,14,missing person,Liberty Park\n', 'text/csv')],
    facts=dict(request='REQ-011', kind='records_final', tracking_number='G000812-092226', adverse_determination=True,
               signals=['tracking'],
               why='final GRAMA response in PDF releasing records with parts classified protected (63G-2-305); 30-day appeal'))

# 044 Utah portal: denial with attached notice
notice = ['SALT LAKE COUNTY', "Sheriff's Office - GRAMA Records", '3365 South 900 West, Salt Lake City, Utah 84119', '',
          'NOTICE OF DENIAL', '', 'Date: November 6, 2026', 'Request No.: 2026-48113', '',
          'Your request for records of in-custody deaths at the Adult Detention Center (2024-2026) and jail',
          'medical staffing records is denied in full for the following reasons:', '',
          '1. Death review reports and investigative records concerning in-custody deaths are protected under',
          '   Utah Code Section 63G-2-305(10) because release could reasonably be expected to interfere with',
          '   reviews that remain pending before the District Attorney.',
          '2. Medical records of deceased inmates are private under Utah Code Section 63G-2-302(1)(b).',
          '3. Staffing and post records for the jail health services division are protected under Utah Code',
          '   Section 63G-2-305 because their release would jeopardize the security of the facility.', '',
          'You have the right to appeal this denial to the chief administrative officer of Salt Lake County within',
          '30 days of the date of this notice (Utah Code Section 63G-2-401). Send the notice of appeal to',
          'grama@saltlakecounty.gov. You may also have the right to seek judicial review or review by the',
          'State Records Committee as provided in Utah Code Sections 63G-2-402 and 63G-2-403.', '',
          'Records Officer', "Salt Lake County Sheriff's Office"]
t = """Utah Open Records Portal

Salt Lake County - Sheriff's Office has responded to record request #2026-48113.

Status: Denied

A notice from the entity is attached. Please review it for the reasons for
the decision and your appeal rights.
"""
msg('044-slco-portal-denial-pdf.eml',
    [('From', 'Utah Open Records Portal <noreply@openrecords.utah.gov>'), ('To', INBOX),
     ('Subject', 'Update on record request #2026-48113'), ('Date', date('2026-11-06 14:00', 'MST')),
     ('Message-ID', mid('044', 'openrecords.utah.gov'))],
    text=t, attachments=[('2026-48113_Notice_of_Denial.pdf', pdf(notice, 'Notice of Denial'), 'application/pdf')],
    facts=dict(request='REQ-012', kind='denial', tracking_number='2026-48113', adverse_determination=True, signals=['tracking'],
               why='GRAMA denial in full (63G-2-305(10), 63G-2-302(1)(b)); 30-day appeal to the CAO'))

# 045 ABQ first installment of a rolling release
t = """City of Albuquerque - Office of the City Clerk

Records have been released for request 26-10472.

Installment 1 of 3:
  - Force Review Board meeting minutes, January 2025 - June 2026 (PDF)
  - CASA compliance status reports submitted to the Independent Monitor,
    IMR-21 and IMR-22 (PDF)

Message from the IPRA Division:
As described in our letter of September 22, the City is producing records in
installments. The next installment (Force Review Board case presentations)
is expected on or before December 18, 2026.

View and download: https://cabqnm.justfoia.com/publicportal/home/track
"""
msg('045-abq-justfoia-installment-1.eml',
    [('From', 'City of Albuquerque IPRA <noreply@justfoia.com>'), ('To', R(6)['reply_address']),
     ('Subject', 'Request 26-10472 - Records Released'), ('Date', date('2026-11-06 16:30', 'MST')),
     ('Message-ID', mid('045', 'justfoia.com'))],
    text=t, facts=dict(request='REQ-006', kind='records_interim', tracking_number='26-10472', estimated='2026-12-18',
                       signals=['plus', 'tracking'],
                       why='installment 1 of 3 released on the date promised in the broad-and-burdensome letter; next by Dec 18'))

# 046 Smartsheet intake confirmation for Maricopa Elections
html = """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#161616">
<div style="background:#0b2e4f;color:#fff;padding:8px 12px">Maricopa County Elections Department &mdash; Public Records</div>
<p>Your public records request has been received. A copy of your submission is below.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr><td><b>Request ID</b></td><td>ELX-2026-0412</td></tr>
<tr><td><b>Date Received</b></td><td>11/12/2026</td></tr>
<tr><td><b>Requester</b></td><td>Records Desk (records@records.example.org)</td></tr>
<tr><td><b>Records Requested</b></td><td>Signature verification staffing and audit reports and ballot curing logs (outcome by reason code), 2026 General Election</td></tr>
<tr><td><b>Commercial purpose?</b></td><td>No</td></tr>
</table>
<p>Elections Department public records requests are processed in the order received. During the canvass period, responses may take longer than usual. We will respond as promptly as possible.</p>
<p style="font-size:11px;color:#666">This email was sent by Smartsheet on behalf of electionsrecords@maricopa.gov. Replies go to electionsrecords@maricopa.gov.</p>
</body></html>"""
msg('046-maricopa-elections-smartsheet-ack.eml',
    [('From', 'Maricopa County Elections (via Smartsheet) <automations@app.smartsheet.com>'), ('Reply-To', 'electionsrecords@maricopa.gov'),
     ('To', INBOX), ('Subject', 'Maricopa County Elections \u2013 Public Records Request Received (ELX-2026-0412)'),
     ('Date', date('2026-11-12 10:05', 'MST')), ('Message-ID', mid('046', 'app.smartsheet.com'))],
    html=html, facts=dict(request='REQ-015', kind='acknowledgment', tracking_number='ELX-2026-0412', clock='received_on_sent_date',
                          signals=['subject', 'tracking-new'],
                          why='Smartsheet automation confirms the elections request received 11/12/2026 as ELX-2026-0412; AZ no numeric due'))

# 047 Clark County Election Department terse clerk ack
t = """Received. The Election Department will respond within five business days as
required by NRS 239.0107.

L. Ochoa
Clark County Election Department
"""
msg('047-clark-election-terse-ack.eml',
    [('From', 'Ochoa, Lucia <lochoa@clarkcountynv.gov>'), ('To', 'Records Desk <records@records.example.org>'),
     ('Subject', 'RE: ' + R(16)['subject']), ('Date', date('2026-11-12 14:40', 'PST')),
     ('Message-ID', mid('047', 'BY5PR19MB4410.namprd19.prod.outlook.com', 'outlook'))] + thread(16) + outlook('047', R(16)['subject']),
    text=t, facts=dict(request='REQ-016', kind='acknowledgment', tracking_number=None, clock='received_on_sent_date',
                       signals=['thread'],
                       why='one-line clerk acknowledgment (same day); NV five business days from Nov 12'))

# 048 El Paso Water final
t = """PIR 2026-114

Dear Requester,

As certified on October 14, El Paso Water is providing the information
responsive to your request:

  1. Lead service line inventory (service line material classification by
     service address, as submitted to TCEQ, October 2026) - attached.
  2. Water main break records, January 2023 to present (date, location,
     pipe diameter and material) - attached.

No information has been withheld. This completes our response to PIR
2026-114.

Public Information Office
El Paso Water

Oficina de Información Pública de El Paso Water: 915-594-5500
"""
msg('048-epwater-final.eml',
    [('From', 'EPWater Public Information <publicinfo@epwater.org>'), ('To', R(14)['reply_address']),
     ('Subject', 'PIR 2026-114 - Responsive Information'), ('Date', date('2026-11-13 09:20', 'MST')),
     ('Message-ID', mid('048', 'epwater.org'))],
    text=t, attachments=[('EPW_LSL_inventory_Oct2026.csv', 'service_address,material,classification\n1200 N MESA ST,copper,non-lead\n4100 ALAMEDA AVE,unknown,lead status unknown\n', 'text/csv'),
                         ('EPW_main_breaks_2023-2026.csv', 'date,location,diameter_in,material\n2023-01-14,Dyer St & Hercules Ave,12,cast iron\n2026-08-02,Montana Ave,8,asbestos cement\n', 'text/csv')],
    facts=dict(request='REQ-014', kind='records_final', tracking_number='PIR 2026-114', signals=['plus', 'tracking'],
               why='release on the certified date; nothing withheld; completes the response'))

# 049 Utah portal ack for the elections request (same portal, second county request)
t = """Utah Open Records Portal

Your record request has been submitted.

Request #: 2026-51207
Submitted to: Salt Lake County - Clerk (Elections Division)
Date submitted: 11/16/2026
Records requested: Any audit, review or report of ballot return envelope
signature verification for the November 3, 2026 general election, including
auditor worksheets and error rates.

Under the Government Records Access and Management Act (Utah Code 63G-2),
a governmental entity must respond to a request within 10 business days
after receiving it, unless it notifies you of extraordinary circumstances.

openrecords.utah.gov
"""
msg('049-slco-utah-portal-ack-elections.eml',
    [('From', 'Utah Open Records Portal <noreply@openrecords.utah.gov>'), ('To', INBOX),
     ('Subject', 'Record request #2026-51207 submitted to Salt Lake County - Clerk (Elections Division)'),
     ('Date', date('2026-11-16 09:05', 'MST')), ('Message-ID', mid('049', 'openrecords.utah.gov'))],
    text=t, facts=dict(request='REQ-017', kind='acknowledgment', tracking_number='2026-51207', clock='received_on_sent_date',
                       signals=['subject', 'tracking-new'],
                       why='state portal receipt of the elections signature-audit request, 11/16 = sent; second Salt Lake County request from the same sender'))

# 050 Clark County Election Department denial, bilingual
t = """Records Desk,

Pursuant to NRS 239.0107(1)(d), the Clark County Election Department denies
your request of November 12, 2026 for mail ballot return envelopes,
signature review records and signature cure affidavits for the 2026 general
election.

Legal authority: Ballots and the return envelopes and documents used to
verify voters for an election are sealed and held by the county clerk after
the canvass and may be opened only as provided in NRS 293.391. Signatures
and identifying information of voters in the cure records are also
confidential under NRS 293.558. The Department has no other records
responsive to your request that are not covered by these provisions.

Aviso en español: De conformidad con NRS 239.0107(1)(d), el Departamento
Electoral del Condado de Clark niega su solicitud. Los sobres de las boletas
por correo y los documentos de verificación de firmas son confidenciales
según NRS 293.391 y NRS 293.558.

Lucia Ochoa
Public Records Liaison, Clark County Election Department
"""
msg('050-clark-election-denial-bilingual.eml',
    [('From', 'Ochoa, Lucia <lochoa@clarkcountynv.gov>'), ('To', 'Records Desk <records@records.example.org>'),
     ('Subject', 'RE: ' + R(16)['subject']), ('Date', date('2026-11-18 15:10', 'PST')),
     ('Message-ID', mid('050', 'BY5PR19MB4410.namprd19.prod.outlook.com', 'outlook')),
     ('In-Reply-To', mid('047', 'BY5PR19MB4410.namprd19.prod.outlook.com', 'outlook')),
     ('References', R(16)['message_id'] + ' ' + mid('047', 'BY5PR19MB4410.namprd19.prod.outlook.com', 'outlook'))]
    + outlook('050', R(16)['subject']),
    text=t, facts=dict(request='REQ-016', kind='denial', tracking_number=None, adverse_determination=True, signals=['thread'],
                       why='written denial with legal citation under NRS 239.0107(1)(d), English and Spanish; NV has no appeal window'))
