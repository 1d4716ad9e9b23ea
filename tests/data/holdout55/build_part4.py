#!/usr/bin/env python3
"""Messages 031-040 (October 6-19, 2026)."""
from build_common import *

R002 = req_mid(2, '20260914'); R006 = req_mid(6, '20260908'); R007 = req_mid(7, '20260922')
R009 = req_mid(9, '20260929'); R013 = req_mid(13, '20261006'); R014 = req_mid(14, '20260915')
R015 = req_mid(15, '20260916'); R017 = req_mid(17, '20261005')
M022 = '<CAK7vR2w8nD3tQe5Vb0yXc2mP1hJ7sLk9fGa4uRz6Ey@mail.gmail.com>'
PAY006 = '<req-006.20260928.2@records.example.org>'

# ---------------------------------------------------------------- 031 West Metro Fire out-of-office (Outlook)
t031 = """I am out of the office October 5-9 attending the Colorado Fire Chiefs fall conference,
with limited access to email.

Open records requests received while I am away will be logged when I return and answered
within the time the Colorado Open Records Act allows. For immediate assistance please call
Administrative Services at 303-989-4307.

Karen Lindqvist
Records Custodian | West Metro Fire Protection District
"""
write('031-westmetro-outlook-ooo.eml', [
    ('From', 'Karen Lindqvist <klindqvist@westmetrofire.org>'),
    ('To', 'Records Desk <%s>' % plus(13)),
    ('Subject', 'Automatic reply: CORA Request: West Metro Fire EMS response-time data by station, 2024-2026'),
    ('Thread-Topic', 'CORA Request: West Metro Fire EMS response-time data by station, 2024-2026'),
    ('Date', 'Tue, 06 Oct 2026 10:03:27 -0600'),
    ('Message-ID', '<BY5PR17MB39612C7D9E1F4A0B8C63D5E2F1A07@BY5PR17MB3961.namprd17.prod.outlook.com>'),
    ('In-Reply-To', R013),
    ('References', R013),
    ('Auto-Submitted', 'auto-generated'),
    ('X-Auto-Response-Suppress', 'All'),
    ('Content-Language', 'en-US'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'klindqvist@westmetrofire.org'),
], text(t031, charset='us-ascii', cte='7bit'))

# ---------------------------------------------------------------- 032 Maryland OCME: 30-day extension after payment
t032 = """Hello,

Thank you - we received your check on October 2.

We need more time to finish OCME PIA 2026-0117. Each of the nine reports has to be
reviewed and redacted for information that the Public Information Act does not allow us
to disclose, mainly medical information about the decedent obtained from treating
providers and information about other living individuals (General Provisions section
4-329). That review will not be done within the initial 30 days.

Under General Provisions section 4-203(d), we are extending the time to respond by an
additional 30 days. We expect to send the reports no later than November 9, 2026, and
will send them sooner in batches if we can. If you have concerns about the extension,
you may contact the Public Access Ombudsman.

Angela Boateng
PIA Coordinator
Office of the Chief Medical Examiner

On Mon, Sep 28, 2026 at 11:02 AM Records Desk <records@records.example.org> wrote:
> We accept the report fees for OCME PIA 2026-0117; a check for the nine reports is in
> the mail today. Thank you.
>
> Records Desk
"""
write('032-mdocme-extension-30-days.eml', [
    ('From', 'MDH OCME PIA <mdh.ocmepia@maryland.gov>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Re: OCME PIA 2026-0117 - responsive cases and report fees'),
    ('Date', 'Wed, 07 Oct 2026 11:20:09 -0400'),
    ('Message-ID', '<CAK7vR2z5Hq1Wn8Lc3pVt0eJx6sFb2yGd9kRa7mTu4Q@mail.gmail.com>'),
    ('In-Reply-To', PAY006),
    ('References', M022 + ' ' + PAY006),
], text(t032))

# ---------------------------------------------------------------- 033 CDC acknowledgment, second request (FY2027 number), HTML only
h033 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Times New Roman',serif;font-size:12pt">
<p>October 7, 2026</p>
<p>Records Desk<br>records.example.org</p>
<p>Dear Requester:</p>
<p>This acknowledges receipt of your Freedom of Information Act (FOIA) request dated and received on October 5, 2026, for
Overdose Data to Action (OD2A) annual and semi-annual progress reports submitted to CDC by the Arizona Department of Health
Services for budget periods 2024 through 2026, and any EMS nonfatal overdose data files submitted with them.</p>
<p>Your request has been assigned number <b>#27-00041-FOIA</b>. Please use this number in all correspondence about this request.</p>
<p>You have been placed in the news media fee category. Fees may apply for duplication beyond the first 100 pages; we will notify
you before incurring charges over $25.</p>
<p>Please note that progress reports submitted by an award recipient may contain information the submitter considers confidential
commercial information. If so, we may need to notify the submitter and give it an opportunity to object before we make a release
determination (45 C.F.R. 5.42), which could add time to the processing of your request.</p>
<p>If you have questions, contact the FOIA Office at 770-488-6399 or our FOIA Public Liaison at 770-488-6246. You may also contact the
Office of Government Information Services (OGIS) at the National Archives and Records Administration (ogis@nara.gov, 202-741-5770).</p>
<p>Sincerely,</p>
<p>Marcus D. Bell<br>Government Information Specialist<br>CDC/ATSDR FOIA Office</p>
</body></html>
"""
write('033-cdc-ack-fy27-number-html.eml', [
    ('From', 'CDC FOIA Office <FOIARequests@cdc.gov>'),
    ('To', plus(17)),
    ('Subject', 'FOIA Request Acknowledgment #27-00041-FOIA'),
    ('Date', 'Wed, 07 Oct 2026 14:55:16 -0400'),
    ('Message-ID', '<DM6PR09MB5324A1B2C3D44E5F8A60B7C9D0E91@DM6PR09MB5324.namprd09.prod.outlook.com>'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], text(h033, 'html'))

# ---------------------------------------------------------------- 034 colleague forwards the NYS DOH vital-records denial
fwd034 = """FYI for the log - DOH sent this to my address because I'm listed as the contact on the
Open FOIL account for the death-certificate request. We have 30 days if we want to appeal.
Vital records people said the same thing on the phone last year.

Priya

---------- Forwarded message ---------
From: DOH FOIL <foil@health.ny.gov>
Date: Thu, Oct 8, 2026 at 10:05 AM
Subject: FOIL #26-09-431 - Determination
To: Priya Raman <praman@records.example.org>


NEW YORK STATE DEPARTMENT OF HEALTH
Records Access Office
Corning Tower, Empire State Plaza, Albany, New York 12237

October 8, 2026

Re: FOIL #26-09-431

Dear Ms. Raman:

This responds to your Freedom of Information Law request, received by the Department on
September 17, 2026, for death certificate data (age, sex, race, date and place of death,
and cause and manner of death) for all deaths in New York State correctional
facilities, local jails and police custody from 2020 through 2025.

Death certificates and the information recorded on them are confidential. Public Health
Law sections 4173 and 4174 allow certified copies and certified transcripts to be issued
only to specified persons with a documented lawful right or claim, and 10 NYCRR 35.5
provides that vital records may not be disclosed except as the law allows. Records that
are specifically exempted from disclosure by state statute may be withheld under Public
Officers Law section 87(2)(a). Your request is therefore denied.

Please note that the Department publishes annual Vital Statistics of New York State
tables, including deaths by cause, on its website. Deaths occurring in New York City are
registered with the New York City Department of Health and Mental Hygiene, a separate
agency, to which any request for New York City records would need to be directed.

You may appeal this determination within 30 days by writing to the Records Access Appeals
Officer, New York State Department of Health, Corning Tower, Room 2364, Empire State
Plaza, Albany, New York 12237, or by email to foilappeals@health.ny.gov.

Sincerely,

Records Access Office
New York State Department of Health
"""
hfwd034 = '<div dir="ltr">' + fwd034.split('---------- Forwarded message ---------')[0].replace('\n\n', '<br><br>').replace('\n', ' ') + \
    '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>' + \
    'From: <b class="gmail_sendername">DOH FOIL</b> <span dir="auto">&lt;foil@health.ny.gov&gt;</span><br>Date: Thu, Oct 8, 2026 at 10:05 AM<br>' + \
    'Subject: FOIL #26-09-431 - Determination<br>To: Priya Raman &lt;praman@records.example.org&gt;<br></div><br><br>' + \
    fwd034.split('To: Priya Raman <praman@records.example.org>\n\n\n')[1].replace('\n', '<br>\n') + '</div></div>\n'
write('034-fwd-nysdoh-vital-records-denial.eml', [
    ('From', 'Priya Raman <praman@records.example.org>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Fwd: FOIL #26-09-431 - Determination'),
    ('Date', 'Thu, 08 Oct 2026 17:20:33 -0400'),
    ('Message-ID', '<CAPr9xK3mT7vQ2bN0wLz5YhD8fJc1sRg6uEa4oWp2Vn@mail.gmail.com>'),
], multipart('alternative', [text(fwd034), text(hfwd034, 'html')], '034'))

# ---------------------------------------------------------------- 035 West Metro Fire research-and-retrieval fee estimate
t035 = """Hello,

I'm back in the office and have logged your request as CORA C26-049.

Our CAD and records analyst estimates that pulling unit response times by station for
January 2024 through August 2026 and putting them into a spreadsheet will take about four
hours of research and retrieval. Under C.R.S. 24-72-205(6) and the District's CORA fee
policy, the first hour is free and each additional hour is charged at $41.37.

   Estimated research and retrieval:  3 hours x $41.37 = $124.11
   Electronic delivery:                                  $0.00
   Estimated total:                                    $124.11

Payment is required before the work begins. You can mail a check payable to West Metro
Fire Protection District or call me to pay by card. If the actual time is less, we will
charge only for the time spent.

As an alternative, the District's annual reports show 90th-percentile response times by
station for 2024 and 2025 and are free on our website. Let me know how you would like to
proceed.

Karen Lindqvist
Records Custodian | Administrative Services
West Metro Fire Protection District
303-989-4307
"""
write('035-westmetro-research-fee-estimate.eml', [
    ('From', 'Karen Lindqvist <klindqvist@westmetrofire.org>'),
    ('To', 'Records Desk <%s>' % plus(13)),
    ('Subject', 'RE: CORA Request: West Metro Fire EMS response-time data by station, 2024-2026'),
    ('Thread-Topic', 'CORA Request: West Metro Fire EMS response-time data by station, 2024-2026'),
    ('Thread-Index', 'AQHcUo9wq3Xn1m7UR0aKd4Pj2zT8cw=='),
    ('Date', 'Fri, 09 Oct 2026 13:26:41 -0600'),
    ('Message-ID', '<BY5PR17MB3961D9A3B2C14F7E8D50A6B1C2E07@BY5PR17MB3961.namprd17.prod.outlook.com>'),
    ('In-Reply-To', R013),
    ('References', R013),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], text(t035, charset='us-ascii', cte='7bit'))

# ---------------------------------------------------------------- 036 Parkland clarification (61-day withdrawal warning)
t036 = """Dear Requestor,

The District needs clarification of request PIR2026-1002 before it can identify the
responsive information:

1. Item 1 - "the current agreement between Dallas County and the District for health
   services at the Dallas County jail, with all amendments since 2022." The District and
   the County are parties to an interlocal agreement for correctional health services and
   to separate agreements for pharmacy and mental health services at the jail. Please
   tell us whether you want the interlocal agreement only, or all three agreements.

2. Item 2 - "mortality reviews or death summaries prepared for deaths of jail patients."
   After a patient death, Correctional Health Services may prepare (a) a clinical
   mortality review for the medical staff's peer review committee, and (b) an
   administrative death summary. Please specify which of these you are seeking and
   confirm the date range.

Under Government Code 552.222(b), the District may ask you to clarify a request. If we
do not receive a written response by the 61st day after the date of this letter, your
request will be considered withdrawn under Government Code 552.222(d).

Regards,

Marisol Ybarra
Open Records Specialist
Office of the General Counsel | Parkland Health

CONFIDENTIALITY NOTICE: This email and any attachments may contain confidential or
legally privileged information, including protected health information. If you are not
the intended recipient, please notify the sender immediately and delete this message.
"""
write('036-parkland-clarification-61-days.eml', [
    ('From', 'Parkland Open Records <OpenRecords@phhs.org>'),
    ('To', 'Records Desk <%s>' % plus(9)),
    ('Subject', 'PIR2026-1002 - Request for Clarification'),
    ('Thread-Topic', 'PIR2026-1002 - Request for Clarification'),
    ('Date', 'Mon, 12 Oct 2026 10:02:38 -0500'),
    ('Message-ID', '<SN4PR06MB7322F1C2D3E44A5B9C70D8E9F24D9@SN4PR06MB7322.namprd06.prod.outlook.com>'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], text(t036))

# ---------------------------------------------------------------- 037 Maryland OCME no-records letter (PDF only)
letter037 = [
    'MARYLAND DEPARTMENT OF HEALTH',
    'Office of the Chief Medical Examiner',
    '900 West Baltimore Street, Baltimore, Maryland 21223',
    '',
    'October 14, 2026',
    '',
    'Records Desk',
    'records.example.org',
    'By email: records+req-007@records.example.org',
    '',
    'Re: Public Information Act Request OCME-PIA-2026-0131',
    '',
    'Dear Records Desk:',
    '',
    'The Office of the Chief Medical Examiner (OCME) received your request under the Maryland Public Information',
    'Act (PIA), General Provisions Article, sections 4-101 et seq., on September 22, 2026. You requested inspection',
    'reports, deficiency findings and checklists issued to OCME by the National Association of Medical Examiners',
    '(NAME) in connection with accreditation, and any corrective action plans submitted by OCME, from 2022 to date.',
    '',
    'OCME staff searched the administrative, quality assurance and accreditation files of the Office and the email',
    'of the Chief Medical Examiner and the Quality Assurance Manager. No responsive records were located. The most',
    'recent NAME inspection of OCME took place in 2019, before the period of your request. A re-inspection that',
    'was expected in 2024 was postponed by NAME and has not yet occurred, and no corrective action plan was',
    'requested of or submitted by the Office between 2022 and the date of the search. The PIA does not require an',
    'agency to create a record that does not exist.',
    '',
    'There is no charge for this response.',
    '',
    'If you disagree with this response, you may contact the Public Access Ombudsman to request mediation, or you',
    'may seek review under General Provisions section 4-362.',
    '',
    'Sincerely,',
    '',
    'Angela Boateng',
    'PIA Coordinator, Office of the Chief Medical Examiner',
]
t037 = """Please find attached the Office's response to your Public Information Act request.

Office of the Chief Medical Examiner
Maryland Department of Health
"""
write('037-mdocme-no-records-pdf.eml', [
    ('From', 'MDH OCME PIA <mdh.ocmepia@maryland.gov>'),
    ('To', plus(7)),
    ('Subject', 'PIA Response'),
    ('Date', 'Wed, 14 Oct 2026 09:45:02 -0400'),
    ('Message-ID', '<CAK7vR2sJ4uP0Ex7Nc9Tq3bGw1hLm8dZf5yVa2oKi6R@mail.gmail.com>'),
], multipart('mixed', [text(t037, charset='UTF-8'),
                       attachment(pdf(letter037, title='OCME-PIA-2026-0131 Response', producer='Google Docs Renderer'),
                                  'application/pdf', 'OCME-PIA-2026-0131 Response Letter.pdf')], '037'))

# ---------------------------------------------------------------- 038 NYS DOH: more time needed, date certain (Outlook)
t038 = """Dear Records Desk:

Re: FOIL #26-09-412

This concerns your Freedom of Information Law request received September 15, 2026 for
investigation files and closure letters of the Bureau of Emergency Medical Services and
Trauma Systems concerning ambulance services from 2023 to date.

The Department is not able to grant or deny your request by the date previously
provided. Responsive investigation files must be retrieved from the Bureau's regional
offices, and each file must be reviewed for patient information and other material that
may be withheld under Public Officers Law section 87(2). The Department now expects to
grant or deny your request, in whole or in part, on or before December 1, 2026.

Thank you for your patience.

Records Access Office
New York State Department of Health
Corning Tower, Empire State Plaza, Albany, NY 12237
foil@health.ny.gov
"""
h038 = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + \
    ''.join('<p class="MsoNormal">%s</p>' % (l or '&nbsp;') for l in t038.split('\n')) + '</div></body></html>\n'
write('038-nysdoh-extension-date-certain.eml', [
    ('From', 'DOH FOIL <foil@health.ny.gov>'),
    ('To', 'Records Desk <%s>' % plus(14)),
    ('Subject', 'FOIL #26-09-412 - Additional Time Required'),
    ('Thread-Topic', 'FOIL #26-09-412 - Additional Time Required'),
    ('Date', 'Thu, 15 Oct 2026 16:10:57 -0400'),
    ('Message-ID', '<MN2PR09MB4856B7C3D1E24F0A9B81C2D3E4F56@MN2PR09MB4856.namprd09.prod.outlook.com>'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], multipart('alternative', [text(t038), text(h038, 'html')], '038'))

# ---------------------------------------------------------------- 039 Maricopa portal message: hedged fee, confirm before proceeding
h039 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c9c9c9">
<tr><td style="background:#5a2d82;color:#fff;padding:10px 14px;font-size:13pt"><b>Maricopa County Public Records Center</b></td></tr>
<tr><td style="padding:14px">
<p>A message has been posted to your public records request <b>W003402-091426</b> by <b>Office of the Medical Examiner</b>:</p>
<div style="border-left:3px solid #5a2d82;padding:6px 12px;background:#f7f5fa">
<p>Hello,</p>
<p>The OME has the following records responsive to your request for caseload, backlog and turnaround data:</p>
<ul>
<li>OME annual reports for 2023, 2024 and 2025 (already published);</li>
<li>the monthly pending-case counts kept by the Operations Manager (spreadsheet, 2023 to present);</li>
<li>autopsy report turnaround times, which would have to be exported from the case management system.</li>
</ul>
<p>Arizona law does not require us to create new records, but the OME is willing to run the turnaround export as a courtesy.
A fee may apply for copies: paper and electronic copies of existing records are $0.25 per page, and staff time is charged only for
commercial-purpose requests. We estimate the copy charge at approximately $18.50.</p>
<p>Please confirm through the Public Records Center that you agree to pay up to $25.00 before we proceed. We will hold the
request until we receive your confirmation.</p>
<p>OME Records Unit</p>
</div>
<p>To reply, <a href="https://maricopacountyaz.govqa.us/WEBAPP/_rs/(S(x3k1p0gq))/SupportHome.aspx">log in to the Public Records Center</a>.
Replies to this email are not monitored.</p>
</td></tr></table></body></html>
"""
write('039-mcome-govqa-fee-confirm.eml', [
    ('From', 'Maricopa County Public Records Center <maricopacountyaz@govqa.us>'),
    ('To', plus(2)),
    ('Subject', 'Public Records Request :: W003402-091426 - Message from Office of the Medical Examiner'),
    ('Date', 'Fri, 16 Oct 2026 12:33:09 -0700'),
    ('Message-ID', '<c5e7a9b1d3f54e6a8b0c2d4e6f8a0b1c@govqa.us>'),
    ('X-Mailer', 'GovQA Mailer 9.4'),
], text(h039, 'html'))

# ---------------------------------------------------------------- 040 Maryland OCME first batch (interim), PHI-style redactions
t040 = """Hello,

Attached is the first batch of reports for OCME PIA 2026-0117: six of the nine finalized
autopsy reports, listed in the attached transmittal.

As explained earlier, the reports have been redacted. The redactions cover names and
contact details of next of kin and witnesses, medical history and treatment records that
OCME obtained from hospitals and other treating providers, and information about other
living individuals (General Provisions section 4-329). Toxicology results, findings,
and the cause and manner of death have not been redacted.

The remaining three finalized reports are still in review and will be sent by
November 9, 2026. The two pending cases will be sent when they are certified.

Angela Boateng
PIA Coordinator
Office of the Chief Medical Examiner
"""
trans040 = [
    'OFFICE OF THE CHIEF MEDICAL EXAMINER - STATE OF MARYLAND',
    'PIA TRANSMITTAL - OCME-PIA-2026-0117 - BATCH 1 OF 2',
    '',
    'Date: October 19, 2026',
    '',
    'OCME case        Date of death   Manner          Pages   Redactions',
    '----------------------------------------------------------------------------------------------',
    '24-0318          02/11/2024      Homicide          14    next of kin; provider records (GP 4-329)',
    '24-1142          05/27/2024      Accident          11    next of kin; provider records (GP 4-329)',
    '24-2270          09/03/2024      Undetermined      16    next of kin; witnesses; provider records',
    '25-0415          03/19/2025      Natural           9     next of kin',
    '25-1381          07/08/2025      Homicide          18    next of kin; witnesses; provider records',
    '25-2056          09/30/2025      Suicide           10    next of kin; provider records (GP 4-329)',
    '',
    'Remaining finalized reports (3): to be released by November 9, 2026.',
    'Pending cases (2): report not yet final; to be released when certified.',
    '',
    'Reports are provided as redacted PDFs via the shared folder link sent separately to the requester.',
]
write('040-mdocme-interim-batch1.eml', [
    ('From', 'MDH OCME PIA <mdh.ocmepia@maryland.gov>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Re: OCME PIA 2026-0117 - responsive cases and report fees'),
    ('Date', 'Mon, 19 Oct 2026 15:05:44 -0400'),
    ('Message-ID', '<CAK7vR2q9Bt6Mx2Hd5Wn1cYe4kJf8sPa3uGz0oLr7Tv@mail.gmail.com>'),
    ('In-Reply-To', '<CAK7vR2z5Hq1Wn8Lc3pVt0eJx6sFb2yGd9kRa7mTu4Q@mail.gmail.com>'),
    ('References', M022 + ' ' + PAY006 + ' <CAK7vR2z5Hq1Wn8Lc3pVt0eJx6sFb2yGd9kRa7mTu4Q@mail.gmail.com>'),
], multipart('mixed', [text(t040), attachment(pdf(trans040, title='OCME-PIA-2026-0117 Transmittal Batch 1', producer='Google Docs Renderer'),
                                             'application/pdf', 'OCME-PIA-2026-0117 transmittal batch 1.pdf')], '040'))

print('part4 done')
