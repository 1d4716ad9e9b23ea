from lib import *

# 031 IHS referral of CMS-created records to CMS (other)
add('031-ihs-referral-cms.eml', plain(
    'IHS FOIA Office <foia@ihs.gov>', 'Records Desk <%s>' % plus('REQ-005'),
    'IHS26-0433 - Referral notice', date('2026-10-15 11:26'), mid('031', 'ihs.gov'),
    """Dear Requester,

This is an update on FOIA request IHS26-0433 (CMS survey reports and plans of correction for
the Rosebud and Pine Ridge IHS Hospitals).

Our search located statements of deficiencies (Form CMS-2567) and related survey reports
that were created by the Centers for Medicare & Medicaid Services. In accordance with
45 C.F.R. 5.25, we have referred 214 pages originating with CMS to the CMS FOIA Office for
review and direct response to you. CMS will contact you directly; you may reach the CMS FOIA
Office at foia_request@cms.hhs.gov and refer to this referral.

IHS will continue to process the plans of correction and other records created by the
service units and will respond to you separately.

Sincerely,
IHS FOIA Office
"""), request='REQ-005', kind='other', tracking_number='IHS26-0433', signals=['plus', 'tracking'],
    why='referral of CMS-originated pages to CMS FOIA; IHS still processing the rest (transfer/referral notice)')

# 032 Palomar Compliance denies REQ-009 in full
add('032-palomar-denial.eml', plain(
    'Palomar Health Compliance <compliance@palomarhealth.org>', 'Records Desk <%s>' % plus('REQ-009'),
    'RE: ' + R['REQ-009']['subject'], date('2026-10-16 15:44', 'PDT'), mid('032', 'palomarhealth.org'),
    """Dear Records Desk,

Palomar Health has reviewed your October 6, 2026 request for settlement agreements and
outside counsel invoices from 2023 through 2026 and has determined that the records are
exempt from disclosure. The District is therefore denying your request.

Outside counsel invoices: The invoices describe the legal services performed, litigation
strategy and matters that remain pending, and are protected by the attorney-client
privilege (Evidence Code section 954) and exempt under Government Code section 7927.705
(Los Angeles County Board of Supervisors v. Superior Court (2016) 2 Cal.5th 282).

Settlement agreements: The District's settlement agreements for the period resolve patient
claims and employment matters. Each contains medical information protected by the
Confidentiality of Medical Information Act (Civil Code section 56.10) and HIPAA, or personnel
information whose disclosure would be an unwarranted invasion of personal privacy
(Government Code sections 7927.700 and 7927.705). The District has determined that no
reasonably segregable non-exempt portions exist.

The person responsible for this determination is the undersigned.

Sincerely,

Chief Compliance and Privacy Officer
Palomar Health

CONFIDENTIALITY NOTICE: This communication and any attachments may contain confidential
patient information protected by state and federal law, including the California
Confidentiality of Medical Information Act and HIPAA. If you are not the intended recipient,
you are hereby notified that any disclosure, copying or distribution is strictly prohibited.
""", extra=thread('REQ-009', mid('026', 'palomarhealth.org'))),
    request='REQ-009', kind='denial', adverse_determination=True, signals=['thread', 'plus', 'subject'],
    why='compliance office denies in full (attorney-client privilege, CMIA/HIPAA privacy); CA has no appeal window')

# 033 NextRequest "message posted" portal notice (REQ-008)
add('033-palomar-nextrequest-message.eml', alt(
    'Palomar Health Public Records <no-reply@nextrequest.com>', 'records@records.example.org',
    '[Records Request] Palomar Health request #26-219: a message was posted', date('2026-10-16 17:02', 'PDT'),
    mid('033', 'nextrequest.com'),
    """Palomar Health

A new message was posted to request #26-219.

Log in to view the message: https://palomarhealth.nextrequest.com/requests/26-219

You are receiving this email because you are the requester. Do not reply to this email.
""", """<html><body><h3>Palomar Health</h3><p>A new message was posted to request <b>#26-219</b>.</p>
<p><a href="https://palomarhealth.nextrequest.com/requests/26-219">Log in to view the message</a></p>
<p style="color:#777">You are receiving this email because you are the requester. Do not reply to this email.</p>
</body></html>
"""), request='REQ-008', kind='portal_notice', tracking_number='26-219', signals=['tracking', 'subject'],
    why='NextRequest notice that a message was posted; content only in the portal')

# 034 PA DHS 30-day extension for REQ-013 with no prior ack
add('034-padhs-extension-overtime.eml', html_only(
    'DHS Right-to-Know Office <ra-pwdhsrtkl@pa.gov>', 'Records Desk <%s>' % plus('REQ-013'),
    'Right-to-Know Law Request - Interim Response', date('2026-10-20 15:30'), mid('034', 'pa.gov'),
    """<html><body style="font-family:Calibri;font-size:11pt">
<p>Dear Requester:</p>
<p>On October 13, 2026, the Department of Human Services received your request under the
Right-to-Know Law for Norristown State Hospital staffing vacancy reports and overtime
expenditures, 2024 through 2026. The request has been assigned <b>RTKL 26-01388</b>.</p>
<p>Pursuant to Section 902 of the RTKL, 65 P.S. 67.902, the Department requires an additional
thirty (30) days to respond because the request requires the retrieval of records from a
remote location and a legal review to determine whether the records are public records.
The Department expects to respond on or before <b>November 19, 2026</b>.</p>
<p>Agency Open Records Officer<br>Pennsylvania Department of Human Services</p>
<p style="font-size:8pt;color:#555">PRIVILEGED AND CONFIDENTIAL COMMUNICATION: The information transmitted
is intended only for the person or entity to whom it is addressed and may contain confidential and/or
privileged material, including information protected by the Mental Health Procedures Act and HIPAA.</p>
</body></html>
""", extra=thread('REQ-013')),
    request='REQ-013', kind='extension', tracking_number='RTKL 26-01388', clock='extension', estimated='2026-11-19',
    signals=['thread', 'plus', 'tracking-new'],
    why='PA Sec. 902 extension is the first reply (no ack), assigns RTKL 26-01388; expects Nov 19')

# 035 IHS fee estimate (REQ-004); clock tolled
add('035-ihs-fee-estimate.eml', plain(
    'IHS FOIA Office <foia@ihs.gov>', 'Records Desk <%s>' % plus('REQ-004'),
    'IHS26-0412 - Fee Estimate / Request Placed on Hold', date('2026-10-20 16:10'), mid('035', 'ihs.gov'),
    """Dear Requester,

The Great Plains Area Division of Acquisition Management has located approximately 2,450
pages of contracts, task orders and modifications responsive to your request IHS26-0412.
The older files are maintained only in paper form.

As a representative of the news media you are entitled to the first 100 pages without
charge. Duplication of the remaining 2,350 pages at $0.10 per page results in an estimated
fee of $235.00 (45 C.F.R. 5.53).

Because the estimated fee exceeds $25.00, your request has been placed on hold. Please let
us know in writing within 30 calendar days whether you agree to pay fees up to this amount
or wish to narrow your request (for example, to contracts awarded after January 1, 2024).
If we do not hear from you, we will close the request.

Sincerely,
IHS FOIA Office
""", extra=[('In-Reply-To', '<req-004.20260924.2@records.example.org>'),
            ('References', R['REQ-004']['message_id'] + ' <req-004.20260924.2@records.example.org>')]),
    request='REQ-004', kind='fee_estimate', tracking_number='IHS26-0412', signals=['thread', 'plus', 'tracking'],
    why='$235 duplication estimate; request on hold until the requester agrees or narrows')

# 036 Monroe interim release (REQ-014), Law Department, new approximate date
add('036-monroe-interim.eml', plain(
    'Monroe County Law Department - FOIL <foil@monroecounty.gov>', 'records@records.example.org',
    'FOIL F000781-091126 - partial release', date('2026-10-22 16:20'), mid('036', 'monroecounty.gov'),
    """Good afternoon,

Regarding your FOIL request F000781-091126 (Monroe Community Hospital), the statements of
deficiencies issued by the New York State Department of Health for surveys in 2024, 2025 and
2026, with the facility's plans of correction, have been uploaded to the FOIL Center and may
be downloaded there. Resident names, room numbers and other identifying details were
redacted under Public Officers Law 87(2)(a) and (b), Public Health Law 18 and 45 C.F.R.
164.502.

The staffing agency contracts are still being reviewed by this office and the vendors have
been given notice under Public Officers Law 89(5). We expect to complete the response on or
before December 4, 2026.

Records Access Officer
Monroe County Department of Law
307 County Office Building, 39 West Main Street, Rochester, NY 14614

This communication may contain privileged or confidential information, including protected
health information. If you are not the intended recipient, please notify the sender and
delete this message.
"""), request='REQ-014', kind='records_interim', tracking_number='F000781-091126', estimated='2026-12-04',
    signals=['tracking', 'subject'],
    why='first release (NYSDOH deficiencies, redacted); contracts still pending; completion expected Dec 4')

# 037 PA DHS final response, partial grant/denial (REQ-012), PDF letter
m37 = alt('DHS Right-to-Know Office <ra-pwdhsrtkl@pa.gov>', 'records@records.example.org',
          'RE: RTKL 26-01247 - Final Response', date('2026-10-23 14:48'), mid('037', 'pa.gov'),
          """Please see the attached final response to your Right-to-Know Law request, with the
records being provided.

Agency Open Records Officer
Pennsylvania Department of Human Services
""", """<html><body><p>Please see the attached final response to your Right-to-Know Law request, with the
records being provided.</p><p>Agency Open Records Officer<br>Pennsylvania Department of Human Services</p>
</body></html>
""", extra=[('In-Reply-To', mid('015', 'pa.gov')), ('References', mid('012', 'pa.gov') + ' ' + mid('015', 'pa.gov'))])
attach_pdf(m37, 'RTKL 26-01247 Final Response.pdf', [
    'COMMONWEALTH OF PENNSYLVANIA - DEPARTMENT OF HUMAN SERVICES', '', 'October 23, 2026', '',
    'RE: Right-to-Know Law Request RTKL 26-01247', '', 'Dear Requester:', '',
    'Your request is GRANTED IN PART and DENIED IN PART.', '',
    'Granted: Norristown State Hospital licensing inspection reports and plans of correction issued by',
    'the DHS Office of Mental Health and Substance Abuse Services, 2023-2026 (48 pages), and the',
    "hospital's monthly restraint and seclusion totals as reported to the Office of Mental Health (12 pages).",
    '', 'Denied: Incident reports and incident count data at the patient level are denied because:',
    '  1. they contain records of an individual\'s medical, psychiatric or psychological history,',
    '     exempt under Section 708(b)(5) of the RTKL;',
    '  2. they are confidential under the Mental Health Procedures Act, 50 P.S. 7111, and 55 Pa. Code',
    '     5100.32, and protected health information under HIPAA, 45 C.F.R. Parts 160 and 164;',
    '  3. they relate to noncriminal investigations, exempt under Section 708(b)(17); and',
    '  4. peer review documents are privileged under the Peer Review Protection Act, 63 P.S. 425.4.', '',
    'You have a right to appeal this response in writing to the Executive Director, Office of Open',
    'Records, 333 Market Street, 16th Floor, Harrisburg, PA 17101-2234, within fifteen (15) business',
    'days of the mailing date of this response (65 P.S. 67.1101). An appeal must include a copy of your',
    'request and this response and state the grounds for your belief that the records are public.', '',
    'Sincerely,', 'Agency Open Records Officer'])
attach_text(m37, 'NSH restraint seclusion monthly totals 2023-2026.csv',
            'month,restraint_episodes,seclusion_episodes\n2023-01,14,3\n2023-02,11,2\n2023-03,17,4\n2026-08,9,1\n')
add('037-padhs-final-partial.eml', m37, request='REQ-012', kind='records_final', tracking_number='RTKL 26-01247',
    adverse_determination=True, signals=['tracking', 'subject', 'tracking-filename'],
    why='PA final: inspections and totals granted; patient-level incident data denied (MHPA, HIPAA, 708(b)(5),(17)); OOR appeal 15 business days')

# 038 Harris 552.221(d) certification - production date (TX: no extension rule -> estimated only)
add('038-harris-certification.eml', plain(
    'Harris Health Public Information <publicinformation@harrishealth.org>', 'Records Desk <%s>' % plus('REQ-006'),
    'PIR 26-1187 - Notice of Date Information Will Be Available', date('2026-10-26 09:58', 'CDT'), mid('038', 'harrishealth.org'),
    """Good morning,

Thank you for accepting the estimated charges for PIR 26-1187 and for your deposit.

Pursuant to section 552.221(d) of the Government Code, this letter certifies that Harris
Health System cannot produce the requested information within ten business days because of
the volume of contract files and the need to notify the staffing vendors whose proprietary
information may be implicated (section 552.305). We reasonably anticipate that the
information, other than any information that is the subject of a request for an Attorney
General decision, will be available on or about November 13, 2026.

Public Information Coordinator
Office of General Counsel | Harris Health System

""" + PRIV_HOSP + '\n'), request='REQ-006', kind='extension', tracking_number='PIR 26-1187', estimated='2026-11-13',
    signals=['plus', 'tracking'],
    why='TX 552.221(d) certification with a date; Texas has no extension period in the table, so estimated only, no due')

# 039 Palomar interim release via NextRequest (REQ-008)
add('039-palomar-interim.eml', alt(
    'Palomar Health Public Records <no-reply@nextrequest.com>', 'records@records.example.org',
    '[Records Request] Palomar Health request #26-219: documents released', date('2026-10-30 13:15', 'PDT'),
    mid('039', 'nextrequest.com'),
    """Palomar Health

Documents have been released for request #26-219.

Message from Palomar Health:
This is the first installment of records. Released: CDPH statements of deficiencies and
plans of correction for both medical centers, 2024-2026 (7 documents). Patient identifiers
were redacted under Civil Code section 56.10 and Government Code section 7927.705. The
ambulance diversion logs are being exported from the county's ReddiNet system and will be
released in a second installment, which we expect by November 20, 2026.

View documents: https://palomarhealth.nextrequest.com/requests/26-219
""", """<html><body><h3>Palomar Health</h3><p>Documents have been released for request <b>#26-219</b>.</p>
<blockquote>This is the first installment of records. Released: CDPH statements of deficiencies and plans of
correction for both medical centers, 2024-2026 (7 documents). Patient identifiers were redacted under Civil
Code section 56.10 and Government Code section 7927.705. The ambulance diversion logs are being exported from
the county's ReddiNet system and will be released in a second installment, which we expect by November 20,
2026.</blockquote><p><a href="https://palomarhealth.nextrequest.com/requests/26-219">View documents</a></p>
</body></html>
"""), request='REQ-008', kind='records_interim', tracking_number='26-219', estimated='2026-11-20',
    signals=['tracking', 'subject'], why='first installment released via NextRequest; diversion logs expected by Nov 20')

# 040 bounce: our follow-up to Palomar's old public records mailbox (mailbox full)
raw40 = """From: Mail Delivery Subsystem <MAILER-DAEMON@mail.records.example.org>
To: records@records.example.org
Subject: Delivery Status Notification (Failure)
Date: %s
Message-ID: %s
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
	boundary="00000000000040bounce2026"

--00000000000040bounce2026
Content-Type: text/plain; charset="UTF-8"

** Message not delivered **

Your message couldn't be delivered to publicrecords@palomarhealth.org because the remote
server returned an error: the recipient's mailbox is full and can't accept messages now.

The response was:
552 5.2.2 <publicrecords@palomarhealth.org>: Mailbox full

--00000000000040bounce2026
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.records.example.org

Final-Recipient: rfc822; publicrecords@palomarhealth.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; palomarhealth-org.mail.protection.outlook.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--00000000000040bounce2026
Content-Type: message/rfc822

From: Records Desk <records@records.example.org>
Reply-To: %s
To: publicrecords@palomarhealth.org
Cc: compliance@palomarhealth.org
Subject: RE: California Public Records Act Request: Palomar Health settlement agreements and outside counsel invoices, 2023-2026
Date: Mon, 2 Nov 2026 10:02:19 -0800
Message-ID: <req-009.20261102.2@records.example.org>
In-Reply-To: %s
References: %s %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

We ask the District to reconsider its October 16 denial. Settlement agreements of a public
agency are generally public records; please release them with patient names redacted.

Records Desk

--00000000000040bounce2026--
""" % (date('2026-11-02 10:03', 'PST'), mid('040', 'mail.records.example.org'), plus('REQ-009'),
       mid('032', 'palomarhealth.org'), R['REQ-009']['message_id'], mid('032', 'palomarhealth.org'))
import email as _e
add('040-palomar-bounce-mailbox-full.eml', _e.message_from_string(raw40, policy=POL), request='REQ-009', kind='bounce',
    signals=['thread-embedded', 'plus'],
    why='our own MTA reports 552 mailbox full for the Palomar public-records address; attached REQ-009 follow-up')
