from lib import *

# 011 University of Illinois System FOIA office ack (REQ-010)
add('011-uihealth-ack.eml', plain(
    'University of Illinois System FOIA Office <foia@uillinois.edu>', 'Records Desk <%s>' % plus('REQ-010'),
    'RE: ' + R['REQ-010']['subject'] + ' [FY27-0391]', date('2026-09-17 09:15', 'CDT'), mid('011', 'uillinois.edu'),
    """Dear Records Desk:

The University of Illinois System FOIA Office received your Freedom of Information Act
request on September 16, 2026. We have assigned it tracking number FY27-0391. Your request
seeks Joint Commission survey reports and CMS survey findings for the University of Illinois
Hospital, 2024 to present.

The University will respond within five business days of receipt as provided in Section 3(d)
of the Illinois Freedom of Information Act (5 ILCS 140/3(d)), unless the time is extended
under Section 3(e).

Please note that this office cannot accept requests for patient medical records. Patients
seeking their own records should contact UI Health Health Information Management.

Sincerely,

FOIA Office
University of Illinois System
506 S. Wright St., Urbana, IL 61801
foia@uillinois.edu | foia.uillinois.edu
""", extra=thread('REQ-010')),
    request='REQ-010', kind='acknowledgment', tracking_number='FY27-0391', clock='received_on_sent_date',
    signals=['thread', 'plus', 'tracking-new'], why='U of I System FOIA Office acknowledges receipt Sept 16 (= sent), assigns FY27-0391')

# 012 PA DHS RTK office ack (REQ-012) with privacy footer
add('012-padhs-ack.eml', plain(
    'DHS Right-to-Know Office <ra-pwdhsrtkl@pa.gov>', 'records@records.example.org',
    'RTKL 26-01247 Receipt', date('2026-09-18 10:40'), mid('012', 'pa.gov'),
    """Good morning,

The Department of Human Services (DHS) Agency Open Records Officer received your
Right-to-Know Law request on September 17, 2026. The request has been assigned DHS RTKL
number RTKL 26-01247. It concerns Norristown State Hospital licensing inspections,
restraint and seclusion data and incident counts from 2023 through 2026.

The Department's response is due within five business days of receipt of the request, in
accordance with Section 901 of the Right-to-Know Law, 65 P.S. 67.901.

Thank you,

Agency Open Records Officer
Pennsylvania Department of Human Services | Office of General Counsel
Health & Welfare Building, 625 Forster Street, Harrisburg, PA 17120

PRIVILEGED AND CONFIDENTIAL COMMUNICATION: The information transmitted is intended only
for the person or entity to whom it is addressed and may contain confidential and/or
privileged material, including information protected by the Mental Health Procedures Act,
HIPAA and 55 Pa. Code Chapter 5100. Any use of this information other than by the intended
recipient is prohibited. If you receive this message in error, please send a reply e-mail to
the sender and delete the material from any and all computers.
"""), request='REQ-012', kind='acknowledgment', tracking_number='RTKL 26-01247', clock='received_on_sent_date',
    signals=['subject', 'tracking-new'], why='PA DHS open records officer confirms receipt Sept 17 (= sent); MHPA/HIPAA footer is boilerplate')

# 013 Harris Health clarification through our Google Group collaborative inbox
add('013-harris-clarify-googlegroup.eml', plain(
    "'Harris Health Public Information' via Records Team <records-team@records.example.org>",
    'records-team@records.example.org', 'PIR 26-1187 - Request for Clarification',
    date('2026-09-21 11:05', 'CDT'), mid('013', 'harrishealth.org'),
    """Good morning,

Harris Health System is processing your request, PIR 26-1187. To help us identify the
information you are seeking, please clarify the following:

1. "Staffing agencies": does your request include only travel and per-diem registered
   nurse agencies, or also locum tenens physician groups, allied health staffing firms and
   the System's internal float pool vendor?
2. "Payments": would a report of accounts payable disbursements by vendor and month satisfy
   this portion of the request, or are you seeking copies of each invoice? Invoices run to
   several thousand pages and contain the names of individual clinicians.

Under section 552.222(b) of the Government Code, the time for responding is tolled until we
receive your clarification. If we do not receive a written response within 61 days, the
request will be considered withdrawn under section 552.222(d).

Public Information Coordinator
Office of General Counsel | Harris Health System

""" + PRIV_HOSP + """

--
You received this message because you are subscribed to the Google Groups "Records Team" group.
To unsubscribe from this group and stop receiving emails from it, send an email to
records-team+unsubscribe@records.example.org.
""", extra=[('Reply-To', 'Harris Health Public Information <publicinformation@harrishealth.org>'),
            ('Sender', 'records-team@records.example.org'),
            ('List-Id', '<records-team.records.example.org>'),
            ('Mailing-list', 'list records-team@records.example.org; contact records-team+owners@records.example.org'),
            ('List-Post', '<mailto:records-team@records.example.org>'),
            ('X-Original-Sender', 'publicinformation@harrishealth.org'),
            ('X-Original-From', 'Harris Health Public Information <publicinformation@harrishealth.org>'),
            ('Precedence', 'list')]),
    request='REQ-006', kind='clarification', tracking_number='PIR 26-1187', signals=['tracking', 'subject'],
    why='Harris Health asks which staffing vendors and what kind of payment records; arrives via our Google Group ("via" sender)')

# 014 UI FOIA office extension (REQ-010)
add('014-uihealth-extension.eml', plain(
    'University of Illinois System FOIA Office <foia@uillinois.edu>', 'Records Desk <%s>' % plus('REQ-010'),
    'FOIA FY27-0391 - Extension of Time', date('2026-09-23 14:50', 'CDT'), mid('014', 'uillinois.edu'),
    """Dear Records Desk:

This concerns your FOIA request FY27-0391 for survey findings at the University of Illinois
Hospital. Pursuant to Section 3(e) of the Illinois Freedom of Information Act, the
University is extending the time to respond by five business days because the requested
records are stored at UI Health and must be collected from the Office of Accreditation and
Regulatory Affairs (5 ILCS 140/3(e)(i)), and because the records require review by the
Office of University Counsel for material protected by the Medical Studies Act
(5 ILCS 140/3(e)(vii)).

The University will respond on or before September 30, 2026.

Sincerely,
FOIA Office
University of Illinois System
""", extra=thread('REQ-010')),
    request='REQ-010', kind='extension', tracking_number='FY27-0391', clock='extension', signals=['thread', 'plus', 'tracking'],
    why='IL Section 3(e) five-business-day extension inside the first period; states Sept 30')

# 015 PA DHS interim response / 30-day extension (REQ-012)
m15 = plain('DHS Right-to-Know Office <ra-pwdhsrtkl@pa.gov>', 'records@records.example.org',
            'RE: RTKL 26-01247 - Interim Response', date('2026-09-23 16:12'), mid('015', 'pa.gov'),
            """Please see the attached interim response regarding the above-referenced Right-to-Know
Law request.

Agency Open Records Officer
Pennsylvania Department of Human Services
""", extra=[('In-Reply-To', mid('012', 'pa.gov')), ('References', mid('012', 'pa.gov'))])
attach_pdf(m15, 'Interim Response 26-01247.pdf', [
    'COMMONWEALTH OF PENNSYLVANIA', 'DEPARTMENT OF HUMAN SERVICES', '', 'September 23, 2026', '',
    'Records Desk (via e-mail)', '', 'RE: Right-to-Know Law Request RTKL 26-01247', '',
    'Dear Requester:', '',
    'Thank you for writing to the Department of Human Services with your request under the',
    'Right-to-Know Law (RTKL), 65 P.S. 67.101 et seq. Your request was received on September 17, 2026.',
    '', 'Under Section 902(b) of the RTKL, you are hereby notified that your request is being reviewed',
    'and that the Department needs up to thirty (30) additional days to respond, for the following reasons:',
    '  - the records are stored at Norristown State Hospital, a remote location;',
    '  - a legal review is necessary to determine whether the records are subject to access,',
    '    including whether they contain information that is confidential under the Mental Health',
    '    Procedures Act, 50 P.S. 7111, and 55 Pa. Code 5100.32;',
    '  - the extent or nature of the request precludes a response within the required time.', '',
    'You can expect to receive a response from the Department on or before October 23, 2026.',
    '', 'Sincerely,', '', 'Agency Open Records Officer', 'Department of Human Services'])
add('015-padhs-interim-extension-pdf.eml', m15, request='REQ-012', kind='extension', tracking_number='RTKL 26-01247',
    clock='extension', estimated='2026-10-23', signals=['tracking', 'subject'],
    why='PA Sec. 902 interim response in PDF: 30 more days, expects Oct 23 (rule gives 30 cd after the 5-bd due, Oct 26)')

# 016 Palomar Health 14-day extension posted via NextRequest
add('016-palomar-extension.eml', alt(
    'Palomar Health Public Records <no-reply@nextrequest.com>', 'records@records.example.org',
    '[Records Request] Palomar Health request #26-219 - due date extended', date('2026-09-24 12:31', 'PDT'),
    mid('016', 'nextrequest.com'),
    """Palomar Health

Request #26-219: the due date has been extended.

Message from Palomar Health:
Pursuant to Government Code section 7922.535(c), Palomar Health is extending the time to
respond to your request by fourteen days because of the need to search for and collect
records from two medical centers and to consult with the Quality and Regulatory department.
The District will notify you of its determination by October 8, 2026. We anticipate that
responsive, non-exempt records will be produced on or about October 30, 2026.

View request: https://palomarhealth.nextrequest.com/requests/26-219
""", """<html><body><h3>Palomar Health</h3><p>Request <b>#26-219</b>: the due date has been extended.</p>
<blockquote>Pursuant to Government Code section 7922.535(c), Palomar Health is extending the time to respond
to your request by fourteen days because of the need to search for and collect records from two medical
centers and to consult with the Quality and Regulatory department. The District will notify you of its
determination by October 8, 2026. We anticipate that responsive, non-exempt records will be produced on or
about October 30, 2026.</blockquote>
<p><a href="https://palomarhealth.nextrequest.com/requests/26-219">View request</a></p></body></html>
"""), request='REQ-008', kind='extension', tracking_number='26-219', clock='extension', estimated='2026-10-30',
    signals=['tracking', 'subject'], why='CPRA 14-day extension (determination Oct 8); production estimated Oct 30')

# 017 IHS area FOIA coordinator out of office, threaded to our follow-up
add('017-ihs-ooo.eml', plain(
    '"Redcloud, Marissa (IHS/GPA)" <Marissa.Redcloud@ihs.gov>', 'Records Desk <%s>' % plus('REQ-004'),
    'Automatic reply: RE: FOIA Acknowledgment IHS26-0412', date('2026-09-25 08:03', 'CDT'), mid('017', 'ihs.gov'),
    """I am out of the office attending training through Friday, October 2, with limited access
to email. For FOIA matters please contact the IHS FOIA Office at foia@ihs.gov. For urgent
Great Plains Area matters please call the Area Office at 605-226-7xxx.

Marissa Redcloud
Great Plains Area FOIA/Privacy Act Coordinator
Aberdeen, SD
""", extra=[('In-Reply-To', '<req-004.20260924.2@records.example.org>'),
            ('References', R['REQ-004']['message_id'] + ' <req-004.20260924.2@records.example.org>'),
            ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]),
    request='REQ-004', kind='auto_reply', tracking_number='IHS26-0412', signals=['thread', 'plus', 'tracking'],
    why='IHS Great Plains Area coordinator out-of-office answering our follow-up; number only echoed in the subject')

# 018 VA PAL status change (portal notice, no substance)
add('018-va-pal-status.eml', html_only(
    'VA FOIA Public Access Link <vapal-noreply@va.gov>', 'records@records.example.org',
    'FOIA Request 26-12044-F Status Update', date('2026-09-25 10:45'), mid('018', 'va.gov'),
    """<html><body style="font-family:Arial;font-size:10pt">
<p>The status of FOIA request <b>26-12044-F</b> has changed.</p>
<p>New status: <b>Assigned for Processing</b></p>
<p>To view the details of your request, log in to the Public Access Link.</p>
<p>This is a system-generated message. Replies to this address are not monitored.</p>
</body></html>
"""), request='REQ-003', kind='portal_notice', tracking_number='26-12044-F', signals=['tracking'],
    why='PAL status change to "Assigned for Processing"; 26-12044-F was known at submission (requests.yaml)')

# 019 Harris Health ack of REQ-007; received the day after sent (after hours)
add('019-harris-ack-chargemaster.eml', plain(
    'Harris Health Public Information <publicinformation@harrishealth.org>', 'Records Desk <%s>' % plus('REQ-007'),
    'RE: ' + R['REQ-007']['subject'], date('2026-09-28 10:20', 'CDT'), mid('019', 'harrishealth.org'),
    """Good morning,

Your request was submitted after 5:00 p.m. on September 22, 2026 and is therefore considered
received by Harris Health System on the next business day, September 23, 2026. It has been
assigned PIR26-1262.

Please note that Harris Health's standard charges and machine-readable files are posted on
our website as required by 45 C.F.R. Part 180. We will respond to the remaining items as
required by the Public Information Act.

Public Information Coordinator
Office of General Counsel | Harris Health System

""" + PRIV_HOSP + '\n\n' + quote(ours('REQ-007')) + '\n', extra=thread('REQ-007')),
    request='REQ-007', kind='acknowledgment', tracking_number='PIR26-1262', clock='received:2026-09-23',
    signals=['thread', 'plus', 'tracking-new'], why='Harris ack: after-hours submission counted as received Sept 23 (sent Sept 22); PIR26-1262')

# 020 Monroe GovQA "request updated" portal notice
add('020-monroe-govqa-updated.eml', html_only(
    'Monroe County FOIL Center <monroecountyny@mycusthelp.net>', 'records@records.example.org',
    'Monroe County FOIL Request :: F000781-091126 has been updated', date('2026-09-29 14:02'), mid('020', 'mycusthelp.net'),
    """<html><body style="font-family:Tahoma;font-size:9pt">
<p>Your FOIL request <b>F000781-091126</b> has been updated.</p>
<p>Please log in to the <a href="https://monroecountyny.mycusthelp.com/WEBAPP/_rs/">Monroe County FOIL
Center</a> to view the message or documents associated with your request.</p>
<p>Replies to this email are not monitored.</p>
</body></html>
"""), request='REQ-014', kind='portal_notice', tracking_number='F000781-091126', signals=['tracking'],
    why='GovQA "has been updated" notice with no content')
