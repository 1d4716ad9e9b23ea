from lib import *

# 011 Maricopa records office ack (received date differs from sent)
t = """Dear Requester,

This confirms that the Maricopa County Public Records Office received your
public records request on September 11, 2026. The request was forwarded to
us by the Department of Public Health and has been assigned tracking number
PRR 26-1187.

Request: heat-associated death line list, 2025-2026, and Office of the
Medical Examiner investigative reports for 2025 heat-associated deaths.

The County will respond promptly as required by A.R.S. Section 39-121.01(D).
Requests involving Medical Examiner reports require review and redaction of
information made confidential by law, and a copy fee may apply to those
reports; if so, you will receive an estimate before any work is done.

If the records are requested for a commercial purpose, A.R.S. Section
39-121.03 requires a verified statement of that purpose.

Maricopa County Public Records Office
301 W. Jefferson St., Phoenix, AZ 85003
"""
msg('011-maricopa-prr-ack.eml',
    [('From', 'Maricopa County Public Records <publicrecords@maricopa.gov>'), ('To', INBOX),
     ('Subject', 'Public Records Request PRR 26-1187 - Acknowledgment'), ('Date', date('2026-09-14 09:03', 'MST')),
     ('Message-ID', mid('011', 'DM6PR08MB5321.namprd08.prod.outlook.com', 'outlook'))] + outlook('011', 'Public Records Request PRR 26-1187 - Acknowledgment'),
    text=t, facts=dict(request='REQ-003', kind='acknowledgment', tracking_number='PRR 26-1187', clock='received:2026-09-11',
                       signals=['subject', 'tracking-new'],
                       why='county records office acknowledges the heat-death request received Sept 11 (sent Sept 10) as PRR 26-1187; "may" fee; AZ no numeric due'))

# 012 LVMPD auto-acknowledgment arriving through our Google Group
t = """Thank you for contacting the Las Vegas Metropolitan Police Department
Records and Fingerprint Bureau, Public Records Unit.

This message confirms that your public records request has been received.
Pursuant to NRS 239.0107, the LVMPD will respond to your request not later
than the end of the fifth business day after the date of receipt.

Requests for body-worn camera footage, reports involving juveniles, or
records that are part of an open investigation may require additional time.
You will be notified in writing if the records cannot be provided within
five business days.

Please do not resend your request; duplicate submissions delay processing.

LVMPD Public Records Unit
400 S. Martin L. King Blvd., Las Vegas, NV 89106
"""
msg('012-lvmpd-autoack-via-group.eml',
    group_via('LVMPD Public Records', 'lvmpdpublicrecords@lvmpd.com', 'LVMPD Public Records') +
    [('To', 'Records Desk <records@records.example.org>'), ('Subject', 'RE: ' + R(9)['subject']),
     ('Date', date('2026-09-14 13:22', 'PDT')), ('Message-ID', mid('012', 'lvmpd.com'))] + thread(9) +
    [('X-Auto-Response-Suppress', 'OOF')],
    text=t, facts=dict(request='REQ-009', kind='acknowledgment', tracking_number=None, clock='received_on_sent_date',
                       signals=['thread'],
                       why='automated LVMPD receipt (via the group inbox, "via Records Desk" From) promising the NRS 239.0107 five-business-day response; acknowledgment rather than out-of-office'))

# 013 NextRequest portal notice
t = """A message was added to City of Tucson public records request #26-4417.

Log in to view the message:
https://tucsonaz.nextrequest.com/requests/26-4417

You are receiving this email because you are the requester on this request.
"""
msg('013-tucson-nextrequest-message-added.eml',
    [('From', 'City of Tucson Public Records <noreply@nextrequest.com>'), ('To', R(4)['reply_address']),
     ('Subject', '[Records Request] Request #26-4417 has been updated'), ('Date', date('2026-09-15 10:04', 'MST')),
     ('Message-ID', mid('013', 'nextrequest.com'))],
    text=t, html='<html><body><p>A message was added to City of Tucson public records request <b>#26-4417</b>.</p><p><a href="https://tucsonaz.nextrequest.com/requests/26-4417">Log in to view the message</a></p></body></html>',
    facts=dict(request='REQ-004', kind='portal_notice', tracking_number='26-4417', signals=['plus', 'tracking'],
               why='NextRequest "message added" notice with no content'))

# 014 Pima ack letter only in PDF
letter = ["PIMA COUNTY SHERIFF'S DEPARTMENT", 'Records Unit', '1750 E. Benson Highway, Tucson, Arizona 85714', '',
          'September 15, 2026', '', 'Records Desk', 'records@records.example.org', '',
          'Re: Public Records Request PCSD 26-0388', '',
          'Dear Requester:', '',
          'The Records Unit received your public records request on September 15, 2026. Your request seeks',
          'records of in-custody deaths at the Pima County Adult Detention Complex and the jail medical',
          'services contract and amendments. It has been assigned number PCSD 26-0388.', '',
          'Consistent with A.R.S. 39-121.01(D)(1), the Department will promptly furnish records that are',
          'not exempt from disclosure. Records relating to deaths that remain under investigation are reviewed',
          'with the Pima County Attorney before release, and some information may be withheld or redacted.', '',
          'Please reference PCSD 26-0388 in any correspondence.', '',
          'Si desea recibir esta carta en espanol, comuniquese con la Unidad de Registros al 520-351-4600.', '',
          'Sincerely,', '', 'Records Unit Supervisor', "Pima County Sheriff's Department"]
msg('014-pima-ack-pdf-only.eml',
    [('From', 'PCSD Records Unit <records.unit@sheriff.pima.gov>'), ('To', 'records@records.example.org'),
     ('Subject', 'RE: ' + R(5)['subject']), ('Date', date('2026-09-15 14:36', 'MST')),
     ('Message-ID', mid('014', 'sheriff.pima.gov'))] + thread(5),
    text='Please see the attached letter regarding your request.\n\nRecords Unit\nPima County Sheriff\'s Department\n',
    attachments=[('PCSD 26-0388 Acknowledgment.pdf', pdf(letter, 'PCSD 26-0388'), 'application/pdf')],
    facts=dict(request='REQ-005', kind='acknowledgment', tracking_number='PCSD 26-0388', clock='received_on_sent_date',
               signals=['thread', 'tracking-attachment'],
               why='acknowledgment letter only in the PDF (number also in file name), received Sept 15 = sent; AZ no numeric due'))

# 015 Clark County GovQA ack
t = """Clark County Public Records Request Center

Dear Records Desk,

Your public records request was received on 9/16/2026 and has been assigned
reference number R002291-091626.

Request details: Office of the Coroner heat-related death counts and case
summaries for June 1 - September 15, 2026, and cooling station activation
logs maintained by the Office of Emergency Management and Social Service.

Pursuant to NRS 239.0107, not later than the end of the fifth business day
after receiving your request, the County will make the records available,
notify you that it does not have custody of them, notify you of the date
and time the records will be available, or deny the request in writing with
the legal authority for the denial.

Track the request: https://clarkcountynv.mycusthelp.com/WEBAPP/_rs/supporthome.aspx
"""
msg('015-clark-govqa-ack.eml',
    [('From', 'Clark County Public Records Center <clarkcountynv@mycusthelp.net>'), ('To', INBOX),
     ('Subject', 'Clark County Public Records Request :: R002291-091626'), ('Date', date('2026-09-16 11:40', 'PDT')),
     ('Message-ID', mid('015', 'mycusthelp.net'))],
    text=t, html='<html><body style="font-family:Arial"><p>%s</p></body></html>' % t.replace('\n\n', '</p><p>'),
    facts=dict(request='REQ-010', kind='acknowledgment', tracking_number='R002291-091626', clock='received_on_sent_date',
               signals=['subject', 'tracking-new'],
               why='Clark County GovQA receipt 9/16/2026 (= sent) with the NRS 239.0107 five-business-day wording'))

# 016 Phoenix GovQA clarification
html = """<html><body style="font-family:Arial;font-size:13px">
<p><b>City of Phoenix Public Records Center</b></p>
<p>RE: Public Records Request R013377-090826</p>
<p>Dear Records Desk,</p>
<p>The Phoenix Police Department needs additional information to process your request. Please answer the following through the Public Records Center:</p>
<ol>
<li>For &quot;use-of-force reports,&quot; are you requesting the Blue Team use-of-force summary entries, the full departmental reports for each incident, or both?</li>
<li>For &quot;body-worn camera audits,&quot; do you mean the Axon Evidence audit trail records, or the Professional Standards Bureau compliance audits of camera activation?</li>
</ol>
<p>Your request has been placed on hold until we receive your response. If we do not hear from you within 30 days, the request may be closed.</p>
<p>Thank you,<br>Phoenix Police Department Public Records Unit</p>
<p style="color:#888;font-size:11px">Do not reply to this email. Respond by logging in to the Public Records Center.</p>
</body></html>"""
msg('016-phoenix-govqa-clarification.eml',
    [('From', 'City of Phoenix Public Records <noreply@mycusthelp.net>'), ('To', INBOX),
     ('Subject', 'Public Records Request :: R013377-090826 - Clarification Needed'), ('Date', date('2026-09-17 13:15', 'MST')),
     ('Message-ID', mid('016', 'mycusthelp.net'))],
    html=html, facts=dict(request='REQ-001', kind='clarification', tracking_number='R013377-090826', signals=['tracking', 'subject'],
                          why='GovQA: PD asks which use-of-force and BWC audit records are meant; request on hold'))

# 017 Clark County news release (null)
t = """NEWS RELEASE
Clark County Office of Communications and Strategy
FOR IMMEDIATE RELEASE - September 18, 2026

Clark County extends cooling station hours as excessive heat warning continues

LAS VEGAS - With the National Weather Service extending the Excessive Heat
Warning through Monday, Clark County and its partners will keep cooling
stations open until 8 p.m. at community centers across the Las Vegas Valley.

The Office of the Coroner reminds residents that heat-related deaths remain
elevated this year. Check on elderly neighbors and never leave children or
pets in vehicles.

Information in Spanish: Los centros de enfriamiento del Condado de Clark
permanecerán abiertos hasta las 8 p.m.

Media contact: Office of Communications, 702-455-0000
###
"""
msg('017-clark-news-release-null.eml',
    [('From', 'Clark County News <news@clarkcountynv.gov>'), ('To', 'Media Distribution <media-list@clarkcountynv.gov>'),
     ('Subject', 'NEWS RELEASE: Clark County extends cooling station hours as excessive heat warning continues'),
     ('Date', date('2026-09-18 09:50', 'PDT')), ('Message-ID', mid('017', 'clarkcountynv.gov')), ('Precedence', 'bulk')],
    text=t, facts=dict(request=None, kind='other', tracking_number=None, signals=['none'],
                       why='county news release to the press list (we are Bcc); agency and topic match REQ-010 but it answers nothing'))

# 018 LVMPD five-business-day notice
t = """RE: LVMPD Public Records Request 2026-04517

Dear Records Desk:

The Las Vegas Metropolitan Police Department received your public records
request on September 14, 2026 for officer-involved shooting reports and
Critical Incident Review Team (CIRT) reports for 2025 and 2026.

Pursuant to NRS 239.0107(1)(c), please be advised that the LVMPD is unable
to make the requested records available by the end of the fifth business day
after receipt of the request. The records require review for information
that is confidential by law, including the identities of witnesses and
information in open criminal investigative files.

The earliest date and time after which the LVMPD reasonably believes the
records will be available is December 18, 2026 at 5:00 p.m. The LVMPD will
provide records on a rolling basis if portions become available earlier.

Please reference request number 2026-04517 in future correspondence.

LVMPD Records and Fingerprint Bureau
Public Records Unit
"""
msg('018-lvmpd-five-day-notice.eml',
    [('From', 'LVMPD Public Records <lvmpdpublicrecords@lvmpd.com>'), ('To', INBOX),
     ('Subject', 'LVMPD Public Records Request 2026-04517'), ('Date', date('2026-09-21 10:10', 'PDT')),
     ('Message-ID', mid('018', 'lvmpd.com'))],
    text=t, facts=dict(request='REQ-009', kind='extension', tracking_number='2026-04517', clock='extension', estimated='2026-12-18',
                       signals=['subject', 'tracking-new'],
                       why='NRS 239.0107(1)(c) fifth-business-day notice giving Dec 18 as earliest date; NV table has no extension days, so estimated only'))

# 019 JustFOIA ack ABQ planning
t = """City of Albuquerque - Office of the City Clerk
Inspection of Public Records Act (IPRA)

Request 26-10688 has been received.

Received: 09/21/2026
Department: Planning Department
Description: Short-term rental permit list (active and revoked) and zoning
enforcement case files, January 2024 to present.

Under NMSA 1978, Section 14-2-8(D), the City will permit inspection or
provide the records as soon as practicable and no later than fifteen (15)
calendar days after receipt. If the records cannot be made available within
three (3) business days, you will receive a written explanation of when the
records will be available or when the City will respond.

https://cabqnm.justfoia.com/publicportal/home/track
"""
msg('019-abq-justfoia-ack-planning.eml',
    [('From', 'City of Albuquerque IPRA <noreply@justfoia.com>'), ('To', R(7)['reply_address']),
     ('Subject', 'Request 26-10688 Received - City of Albuquerque'), ('Date', date('2026-09-21 15:30', 'MDT')),
     ('Message-ID', mid('019', 'justfoia.com'))],
    text=t, facts=dict(request='REQ-007', kind='acknowledgment', tracking_number='26-10688', clock='received_on_sent_date',
                       signals=['plus', 'tracking-new', 'subject'],
                       why='JustFOIA receipt of the planning/short-term rental IPRA request, 09/21/2026 = sent; due 15 calendar days'))

# 020 ABQ broad and burdensome letter (PDF)
letter = ['CITY OF ALBUQUERQUE', 'Office of the City Clerk - IPRA Division', 'P.O. Box 1293, Albuquerque, NM 87103', '',
          'September 22, 2026', '', 'Records Desk', 'Via JustFOIA', '',
          'RE: Inspection of Public Records Act Request 26-10472', '',
          'Dear Requester:', '',
          'On September 8, 2026, the City of Albuquerque received your request for Albuquerque Police',
          'Department Force Review Board records and CASA compliance reports and data, January 2025 to present.', '',
          'The City has determined that your request is excessively broad and burdensome pursuant to',
          'NMSA 1978, Section 14-2-10. The request involves several thousand pages of case presentations,',
          'video exhibits and data files that must be gathered from multiple divisions and reviewed for',
          'information protected under Section 14-2-1 and other law.', '',
          'Accordingly, the City requires additional time to respond. The City anticipates providing records',
          'in installments, and will respond on or before November 6, 2026. You may narrow your request at',
          'any time, which may allow the City to respond sooner.', '',
          'Sincerely,', '', 'IPRA Records Custodian', 'City of Albuquerque']
msg('020-abq-broad-burdensome-pdf.eml',
    [('From', 'City of Albuquerque IPRA <noreply@justfoia.com>'), ('To', R(6)['reply_address']),
     ('Subject', 'Request 26-10472 - Correspondence Available'), ('Date', date('2026-09-22 09:12', 'MDT')),
     ('Message-ID', mid('020', 'justfoia.com'))],
    text='The City of Albuquerque has issued correspondence on request 26-10472. Please see the attached letter.\n\nhttps://cabqnm.justfoia.com/publicportal/home/track\n',
    attachments=[('26-10472 Broad and Burdensome Letter.pdf', pdf(letter, '26-10472'), 'application/pdf')],
    facts=dict(request='REQ-006', kind='extension', tracking_number='26-10472', clock='extension', estimated='2026-11-06',
               signals=['plus', 'tracking'],
               why='IPRA 14-2-10 "excessively broad and burdensome" letter in PDF: more time, answer by Nov 6; NM table has no extension days'))
