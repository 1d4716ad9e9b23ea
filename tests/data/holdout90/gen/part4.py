from common import *

# 031 CBP fee estimate to the SecureRelease account contact, auto-forwarded
m = build([
    ('X-Forwarded-To', INBOX),
    ('X-Forwarded-For', 'eortiz@records.example.org ' + INBOX),
    ('From', 'CBP FOIA <no-reply@securerelease.us>'),
    ('To', 'eortiz@records.example.org'),
    ('Subject', 'Fee Notification - CBP-FO-2026-186901'),
    ('Date', date('2026-10-14 13:22 -0400')),
    ('Message-ID', mid('031', 'securerelease.us')),
], html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Requester,</p>
<p>CBP has located records potentially responsive to your request <b>CBP-FO-2026-186901</b> (autonomous
surveillance tower contracts). As a representative of the news media you are not charged search or review fees,
and the first 100 pages are provided free of charge. The remaining pages are estimated at 1,850 pages at $0.10 per
page.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr><td>Estimated duplication (1,850 pages x $0.10)</td><td>$185.00</td></tr>
<tr><td><b>Estimated total</b></td><td><b>$185.00</b></td></tr></table>
<p>The actual fee may be lower if some records are released in electronic format. Because the estimate exceeds
$25.00, CBP will not continue processing until you agree in writing to pay the estimated fees or narrow your
request. If we do not receive your agreement within 30 days, your request will be administratively closed.</p>
<p>Please submit your fee agreement through SecureRelease.</p>
<p>CBP FOIA Division</p></body></html>
""")
emit('031-cbp-fee-estimate-reporter-rule.eml', m, request='REQ-002', kind='fee_estimate', tracking_number='CBP-FO-2026-186901',
     signals=['tracking'], why='CBP duplication fee estimate $185 (fee "may" be lower); processing stops until agreement; to the account contact, auto-forwarded')

# 032 Denver final response for the encampment request, with redactions
m = build([
    ('From', '"Gallegos, Marisol - CAO Paralegal" <Marisol.Gallegos@denvergov.org>'),
    ('To', plus(11)),
    ('Cc', 'Tom Keller <tkeller@records.example.org>'),
    ('Subject', 'CORA 26-1306 - response'),
    ('Date', date('2026-10-15 15:12 -0600')),
    ('Message-ID', mid('032', 'denvergov.org')),
], text="""Good afternoon,

This is the City's response to CORA 26-1306. Attached are the encampment
cleanup notices, cleanup schedules and after-action reports for July 1 -
September 30, 2026 (212 pages), and the property storage logs.

Names and dates of birth of individuals whose property was stored have been
redacted under C.R.S. 24-72-204(2)(a)(I) and, where the logs were created by
Denver Police, under the Criminal Justice Records Act, C.R.S. 24-72-305. Two after-action reports are withheld as records of an ongoing
investigation, C.R.S. 24-72-305(5).

There is no charge for this request. This completes the City's response and the
request is now closed.

Marisol Gallegos
Paralegal | Denver City Attorney's Office
""", attachments=[('CORA_26-1306_response_index.txt', 'text/plain',
    'CORA 26-1306 production index\n001-118 Cleanup notices (posted)\n119-164 Cleanup schedules\n165-212 After-action reports (2 withheld)\nPSL-01 Property storage logs (redacted)\n')])
emit('032-denver-final-encampments.eml', m, request='REQ-011', kind='records_final', tracking_number='CORA 26-1306',
     adverse_determination=True, signals=['plus', 'tracking'],
     why='Denver releases records with redactions and two reports withheld, closes the request; CO has no appeal days, appeal_due null')

# 033 WSP first installment, officer writes to the reporter, auto-forwarded
m = build([
    ('X-Forwarded-To', INBOX),
    ('X-Forwarded-For', 'eortiz@records.example.org ' + INBOX),
    ('From', '"Pruitt, Caleb (WSP)" <Caleb.Pruitt@wsp.wa.gov>'),
    ('To', '"Ortiz, Elena" <eortiz@records.example.org>'),
    ('Subject', 'RE: W004512-091126 - clarification needed'),
    ('Date', date('2026-10-16 08:30 -0700')),
    ('Message-ID', mid('033', 'wsp.wa.gov')),
    ('In-Reply-To', mid('014', 'wsp.wa.gov')),
    ('References', mid('014', 'wsp.wa.gov')),
], text="""Ms. Ortiz,

Thank you for narrowing the request to pursuit review forms and final policy
versions. Installment 1 (pursuit review forms for January-June 2024, 341 pages)
is now available for download in the Public Records Center. Driver's license
numbers and the names of uninvolved third parties have been redacted under RCW
42.56.240(1) and RCW 46.52.120; a redaction log is included.

This is the first of an estimated four installments. We expect to provide the
next installment on or before November 20, 2026.

Caleb Pruitt
Public Records Officer, Washington State Patrol
""")
emit('033-wsp-interim-reporter-rule.eml', m, request='REQ-009', kind='records_interim', tracking_number='W004512-091126',
     estimated='2026-11-20', signals=['tracking'],
     why='WSP installment 1 of ~4 with redactions, next installment by Nov 20; officer writes to the reporter, auto-forwarded')

# 034 Richmond NextRequest closure: no responsive records, redirected from the reporter
m = build([
    ('Resent-From', 'Marcus Boyd <mboyd@records.example.org>'),
    ('Resent-To', INBOX),
    ('Resent-Date', date('2026-10-16 14:00 -0400')),
    ('From', '"City of Richmond, VA" <richmondva@mail.nextrequest.com>'),
    ('To', 'mboyd@records.example.org'),
    ('Subject', '[Records Request] Request #26-418 has been closed'),
    ('Date', date('2026-10-16 14:00 -0400')),
    ('Message-ID', mid('034', 'mail.nextrequest.com')),
], html="""<html><body style="font-family:Helvetica,Arial">
<p>Record request <b>#26-418</b> has been closed.</p>
<p><b>Closure reason:</b> No responsive documents</p>
<p><b>Message from the City:</b> The Department of Public Utilities does not maintain a report or record of
residential gas disconnections counted by month. Individual disconnection orders exist in the billing system,
but the Virginia FOIA does not require the City to create a new record (Va. Code &sect; 2.2-3704(D)). The
Department's disconnection policy is publicly available on the DPU website under "Payment Assistance and
Service Disconnection," so no copy is provided.</p>
<p><a href="https://richmondva.nextrequest.com/requests/26-418">View request 26-418</a></p>
</body></html>
""")
emit('034-richmond-no-records-redirect.eml', m, request='REQ-013', kind='no_records', tracking_number='26-418',
     adverse_determination=True, signals=['tracking'],
     why='NextRequest closure "No responsive documents" (no monthly counts exist; policy public online); redirected from the reporter; VA no appeal days')

# 035 EGLE fee itemization: letter in PDF, relayed by the Google Group
letter = pdf([
    'MICHIGAN DEPARTMENT OF ENVIRONMENT, GREAT LAKES, AND ENERGY', 'FOIA NOTICE - GRANTED / FEE DEPOSIT REQUIRED', '',
    'Request No.: EGLE-2026-03318          Date: October 19, 2026', '',
    'Your request is granted as to existing, nonexempt records in the possession of the Department.',
    'Because the fee will exceed $50.00, a good-faith deposit of 50 percent is required before the',
    'Department begins the search, as permitted by MCL 15.234(8).', '',
    'Detailed cost itemization (MCL 15.234):',
    '  Labor - search, location and examination   14.0 hrs x $27.18   $380.52',
    '  Labor - separating exempt material          2.0 hrs x $27.18    $54.36',
    '  Copies on non-paper physical media (USB)                          $1.25',
    '  Total estimated cost                                            $436.13',
    '  Required deposit (50%)                                          $218.07', '',
    'The Department estimates it will provide the records within 20 business days after receipt',
    'of the deposit. This is a good-faith estimate and is not binding. If the deposit is not received',
    'within 48 days, the request will be considered abandoned.', '',
    'FOIA Coordinator, Michigan Department of Environment, Great Lakes, and Energy'], 'EGLE-2026-03318 Fee Notice')
m = build([
    ('From', "'EGLE FOIA' via Records Desk <records-desk@records.example.org>"),
    ('Reply-To', 'EGLE FOIA <egle-foia@michigan.gov>'),
    ('To', 'records-desk@records.example.org'),
    ('Subject', 'FOIA Notice'),
    ('Date', date('2026-10-19 10:40 -0400')),
    ('Message-ID', mid('035', 'michigan.gov')),
    ('List-Id', '<records-desk.records.example.org>'),
    ('X-Original-Sender', 'egle-foia@michigan.gov'),
    ('Precedence', 'list'),
], text="""Please see the attached notice regarding your Freedom of Information Act request.

EGLE FOIA Office
""", attachments=[('EGLE-2026-03318 Fee Notice.pdf', 'application/pdf', letter)])
emit('035-group-egle-fee-notice-pdf.eml', m, request='REQ-008', kind='fee_estimate', tracking_number='EGLE-2026-03318',
     signals=['tracking-filename', 'tracking-attachment'],
     why="EGLE 'granted / deposit required' notice only in a PDF (50% deposit of $436.13 estimate); via the Google Group; subject says only 'FOIA Notice'")

# 036 VA acknowledgment of the community care request, received date differs from sent
m = build([
    ('From', 'VHA FOIA Service <vhafoia2@va.gov>'),
    ('To', plus(15)),
    ('Subject', 'FOIA Request 26-16021-F - Acknowledgment'),
    ('Date', date('2026-10-21 11:12 -0400')),
    ('Message-ID', mid('036', 'va.gov')),
], text="""Dear Requester:

The Veterans Health Administration FOIA Service received your FOIA request on
October 14, 2026. You requested community care network contracts and contract
modifications covering VISN 22 (Desert Pacific Healthcare Network).

Your request has been assigned tracking number 26-16021-F. Because contract
records may contain confidential commercial information, the Department may need
to notify the contractor under Executive Order 12600 before any release, which
could lengthen processing.

VHA FOIA Service
""")
emit('036-va-ack-community-care.eml', m, request='REQ-015', kind='acknowledgment', tracking_number='26-16021-F',
     clock='received:2026-10-14', signals=['plus', 'tracking-new'],
     why='VA ack states received Oct 14 (sent Oct 13), clock from Oct 14; submitter notice "may" lengthen processing')

# 037 phishing to the old alias dressed as a records-portal notice
m = build([
    ('X-Original-To', 'foia@examplenews.org'),
    ('Delivered-To', INBOX),
    ('From', '"SecureRelease Document Center" <notify@secure-release-docs.com>'),
    ('To', 'foia@examplenews.org'),
    ('Subject', 'FOIA documents shared with you - action required'),
    ('Date', date('2026-10-22 03:17 +0000')),
    ('Message-ID', mid('037', 'secure-release-docs.com')),
], html="""<html><body><p>Hello,</p>
<p>3 documents related to your Freedom of Information request have been shared with you and will expire in
24 hours.</p>
<p><a href="http://secure-release-docs.com.login-verify.example.net/">REVIEW DOCUMENTS</a></p>
<p>Sign in with your email password to confirm your identity.</p></body></html>
""")
emit('037-phish-old-alias.eml', m, request=None, kind='other', tracking_number=None, signals=['none'],
     why='Phishing posing as a records portal, sent to the old alias; belongs to no request')

# 038 OSHA first interim release; we are BCC'd
m = build([
    ('Delivered-To', INBOX),
    ('From', 'OSHA FOIA <foiarequests@dol.gov>'),
    ('To', 'OSHA FOIA <foiarequests@dol.gov>'),
    ('Subject', 'Interim Response - FOIA 2026-F-10422'),
    ('Date', date('2026-10-26 12:45 -0400')),
    ('Message-ID', mid('038', 'dol.gov')),
], text="""Dear Requester:

This is an interim response to your FOIA request 2026-F-10422. Enclosed are
inspection case files for three establishments (inspections 1701234, 1702216 and
1704480), 418 pages, released in part. Names and identifying details of employees
who were interviewed have been withheld under Exemptions 6 and 7(C), 5 U.S.C.
552(b)(6) and (b)(7)(C).

OSHA continues to process the files for the remaining establishments and will
release them on a rolling basis.

The records are available for download at the link below for 30 days.

OSHA Office of Communications - FOIA
U.S. Department of Labor
""")
emit('038-dol-interim-bcc.eml', m, request='REQ-004', kind='records_interim', tracking_number='2026-F-10422',
     signals=['tracking'], why='OSHA rolling release of three inspection files in part (b)(6)/(b)(7)(C); we are BCC (To: the agency itself)')

# 039 Denver closes the gunshot-detection request for non-payment, to the former employee
m = build([
    ('Resent-From', 'tkeller@records.example.org'),
    ('Resent-To', INBOX),
    ('Resent-Date', date('2026-10-27 09:20 -0600')),
    ('From', 'Denver CORA Requests <cora@denvergov.org>'),
    ('To', 'Tom Keller <tkeller@records.example.org>'),
    ('Subject', 'CORA 26-1187 Closed'),
    ('Date', date('2026-10-27 09:20 -0600')),
    ('Message-ID', mid('039', 'denvergov.org')),
], text="""Dear Tom Keller,

On September 24, 2026 the City provided a cost estimate of $206.85 for your
request CORA 26-1187 and asked for payment before work began. We have not
received payment or a narrowed request. The request is therefore considered
withdrawn and has been closed.

You may submit a new request at any time.

CORA Team | Denver City Attorney's Office
""")
emit('039-denver-closed-nonpayment.eml', m, request='REQ-010', kind='denial', tracking_number='CORA 26-1187',
     adverse_determination=True, signals=['tracking'],
     why="Closure for non-payment of the Sep 24 estimate (request treated as withdrawn), to former employee's forwarding address; labeled denial (closed without records); CO no appeal days")

# 040 CBP SecureRelease status change
m = build([
    ('From', 'CBP FOIA <no-reply@securerelease.us>'),
    ('To', plus(2)),
    ('Subject', 'Request Status Update'),
    ('Date', date('2026-10-28 07:02 -0400')),
    ('Message-ID', mid('040', 'securerelease.us')),
], text="""The status of request CBP-FO-2026-186901 has changed to: In Process.

Log in to SecureRelease to view details.

This is a system-generated message. Do not reply to this email.
""")
emit('040-cbp-status-update.eml', m, request='REQ-002', kind='portal_notice', tracking_number='CBP-FO-2026-186901',
     signals=['plus', 'tracking'], why='SecureRelease status change to In Process, no substantive text')

# 041 EGLE full denial of the Line 5 request, sent to the old alias, HTML only
m = build([
    ('X-Original-To', 'foia@examplenews.org'),
    ('Delivered-To', INBOX),
    ('From', 'EGLE FOIA <egle-foia@michigan.gov>'),
    ('To', 'foia@examplenews.org'),
    ('Subject', 'FOIA Notice - Denied - EGLE-2026-03702'),
    ('Date', date('2026-11-02 16:05 -0500')),
    ('Message-ID', mid('041', 'michigan.gov')),
], html="""<html><body style="font-family:Calibri,sans-serif">
<p><b>NOTICE OF DENIAL</b><br>Request No. EGLE-2026-03702</p>
<p>Your request for correspondence between the Department and Enbridge Energy concerning the Line 5 tunnel
permits is <b>denied</b>. The responsive records are communications and notes of an advisory nature within the
Department and with the Department of Attorney General, exempt under MCL 15.243(1)(m) (frank communications;
the public interest in encouraging frank communication clearly outweighs the public interest in disclosure) and
MCL 15.243(1)(g) (attorney-client privilege), as the matter is the subject of pending litigation.</p>
<p><b>Your rights:</b> Under MCL 15.240 you may (1) submit a written appeal to the Director, specifically stating
the word "appeal" and identifying the reason the denial should be reversed, or (2) commence a civil action in
the Court of Claims within 180 days after this final determination.</p>
<p>EGLE FOIA Coordinator</p></body></html>
""")
emit('041-egle-denial-old-alias.eml', m, request='REQ-014', kind='denial', tracking_number='EGLE-2026-03702',
     adverse_determination=True, signals=['tracking'],
     why='EGLE denies the Line 5 request in full under MCL 15.243(1)(m) and (g); sent to the old alias; MI appeal 180 days')
