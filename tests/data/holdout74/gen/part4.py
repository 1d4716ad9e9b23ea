from genlib import *

# 031 ASP final release to AR partner (redactions)
write('031-asp-refiled-final.eml', [
    ('From', 'Wendell Price <wendell.price@asp.arkansas.gov>'),
    ('To', 'Marcus Bell <mbell@arkansasbeat.example>'), ('Cc', plus(12)),
    ('Subject', 'RE: Arkansas FOIA Request (re-filed): Vehicle pursuit policy and pursuit review reports, 2024-2025'),
    ('Date', date('2026-10-02 13:15', '-0500')), ('Message-ID', mid('031', 'asp.arkansas.gov')),
    ('In-Reply-To', mid('023', 'asp.arkansas.gov')),
    ('References', req_mid(12, '2026-09-22') + ' ' + mid('023', 'asp.arkansas.gov'))],
    multipart('mixed', plain('''
    Mr. Bell,

    As promised, the pursuit review reports for 2024 and 2025 (311 reports) are available
    for download at the link below until October 30. The pursuit policy versions are
    attached.

    Social security numbers, driver's license numbers and dates of birth have been
    redacted under Ark. Code Ann. 25-19-105(b) and the Driver's Privacy Protection Act.
    Three reports tied to open criminal investigations are withheld as undisclosed
    investigations by law enforcement agencies of suspected criminal activity,
    25-19-105(b)(6). That completes the Department's response to your request.

    https://aspshare.asp.arkansas.gov/s/PursuitReview-2024-2025

    Wendell Price
    FOI Coordinator, Legal Section
    '''), attach('ASP_Pursuit_Policy_2024_2025.pdf', pdf('''
    ARKANSAS STATE POLICE - GENERAL ORDER: VEHICLE PURSUITS (2024 and 2025 revisions)
    Purpose: to establish guidelines for the initiation, conduct and termination of pursuits.
    Pursuit Review Board: every pursuit shall be reviewed within 30 days...
    ''', 'ASP pursuit policy'))))
fact('031-asp-refiled-final.eml', 'REQ-012', 'records_final', adverse=True, signals=['thread', 'plus'],
     why='ASP releases policy and 311 reports, redacts personal data and withholds 3 reports (25-19-105(b)(6)); complete; AR has no appeal window')

# 032 LRSD final release after payment
write('032-lrsd-final.eml', [
    ('From', 'Janelle Tatum <janelle.tatum@lrsd.org>'),
    ('To', 'Marcus Bell <mbell@arkansasbeat.example>'), ('Cc', plus(9)),
    ('Subject', 'FOIA - SRO MOU and incident logs (paid)'),
    ('Date', date('2026-10-02 15:30', '-0500')), ('Message-ID', mid('032', 'lrsd.org'))],
    plain('''
    Marcus - thanks for dropping off the check. Your copies are ready at the front desk
    (212 pages), and I put the scanned part and the MOU on the shared drive:
    https://drive.lrsd.org/foia/bell-sro

    Student names and identifying details are blacked out under FERPA (20 U.S.C. 1232g),
    which the Arkansas FOIA honors through 25-19-105(b)(2). Nothing else was held back.
    That should be everything.

    Janelle
    '''))
fact('032-lrsd-final.eml', 'REQ-009', 'records_final', adverse=True, signals=['plus', 'subject'],
     why='LRSD releases the records after payment with FERPA redactions; no thread headers; AR has no appeal window')

# 033 Wilmington acknowledgment to DE contributor, desk in copy
write('033-wilm-ack.eml', [
    ('From', 'City of Wilmington FOIA <foia@wilmingtonde.gov>'),
    ('To', 'Priya Raman <praman@records.example.org>'), ('Cc', plus(14)),
    ('Subject', 'FOIA Request CW-26-0288 - Acknowledgment'),
    ('Date', date('2026-10-06 09:20', '-0400')), ('Message-ID', mid('033', 'wilmingtonde.gov')),
    ('In-Reply-To', req_mid(14, '2026-10-05')), ('References', req_mid(14, '2026-10-05'))],
    plain('''
    Dear Ms. Raman:

    The City of Wilmington acknowledges receipt of your Freedom of Information Act request
    on October 5, 2026, for audits or reviews of Wilmington Police Department overtime,
    2024-2026. Your request has been assigned number CW-26-0288.

    Your request form certifies that you are a citizen of the State of Delaware. The City
    will respond within fifteen (15) business days as required by 29 Del. C. 10003(h)(1).

    Office of the City Solicitor - FOIA Coordinator
    Louis L. Redding City/County Building
    800 N. French Street, Wilmington, DE 19801
    '''))
fact('033-wilm-ack.eml', 'REQ-014', 'acknowledgment', 'CW-26-0288', clock='received_on_sent_date',
     signals=['thread', 'plus', 'tracking-new'], why='Wilmington acknowledges receipt Oct 5 (= sent), CW-26-0288; DE 15 business days')

# 034 JCPS acknowledgment delivered through our Google Group collaborative inbox
write('034-jcps-ack-googlegroup.eml', [
    ('From', "'JCPS Open Records' via Records Desk <records@records.example.org>"),
    ('To', plus(15)), ('Cc', 'Renee Oakley <roakley@bluegrassreport.example>'),
    ('Reply-To', 'JCPS Open Records <openrecords@jefferson.kyschools.us>'),
    ('Subject', 'Open Records Request 26-OR-0719'),
    ('Date', date('2026-10-07 14:00', '-0400')), ('Message-ID', mid('034', 'jefferson.kyschools.us')),
    ('X-Original-Sender', 'openrecords@jefferson.kyschools.us'),
    ('X-Original-Authentication-Results', 'mx.google.com; spf=pass smtp.mailfrom=openrecords@jefferson.kyschools.us'),
    ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
    ('List-ID', '<records.records.example.org>'),
    ('List-Post', '<mailto:records@records.example.org>'),
    ('Precedence', 'list')],
    alt(plain('''
    Dear Ms. Oakley,

    Jefferson County Public Schools received your open records request on October 6, 2026.
    It has been assigned number 26-OR-0719. Your request includes the statement of Kentucky
    residency required by KRS 61.872(2)(a).

    You will receive the district's response within five business days of receipt, as
    provided in KRS 61.880(1).

    JCPS Open Records
    VanHoose Education Center, 3332 Newburg Road, Louisville, KY 40218

    --
    You received this message because you are subscribed to the Google Groups "Records Desk" group.
    '''), html('''
    <div dir="ltr"><p>Dear Ms. Oakley,</p>
    <p>Jefferson County Public Schools received your open records request on October 6, 2026.
    It has been assigned number <b>26-OR-0719</b>. Your request includes the statement of Kentucky residency
    required by KRS 61.872(2)(a).</p>
    <p>You will receive the district's response within five business days of receipt, as provided in KRS 61.880(1).</p>
    <p>JCPS Open Records<br>VanHoose Education Center, 3332 Newburg Road, Louisville, KY 40218</p></div>
    <p>-- <br>You received this message because you are subscribed to the Google Groups &quot;Records Desk&quot; group.</p>''')))
fact('034-jcps-ack-googlegroup.eml', 'REQ-015', 'acknowledgment', '26-OR-0719', clock='received_on_sent_date',
     signals=['plus', 'tracking-new'], why='JCPS ack via our Google Group ("via" From, X-Original-Sender): received Oct 6 (= sent), 26-OR-0719; KY 5 business days')

# 035 Oklahoma County Sheriff: signed and notarized request form required
form = pdf('''
OKLAHOMA COUNTY SHERIFF'S OFFICE
OPEN RECORDS REQUEST FORM
201 N. Shartel Ave., Oklahoma City, OK 73102

Requestor name: ____________________   Organization: ____________________
Mailing address: ___________________   Email: ___________________________
Records requested (be specific: dates, report numbers, names): ______________

Is this request for a commercial purpose? [ ] Yes  [ ] No  (51 O.S. 24A.5(3))

I certify that the information above is true and correct.
Signature: ____________________  Date: __________

STATE OF ____________ )
COUNTY OF ___________ )  ss.
Subscribed and sworn to before me this ___ day of __________, 20__.
Notary Public: ____________________  My commission expires: __________
''', 'OCSO Open Records Request Form')
write('035-ocso-notarized-form.eml', [
    ('From', 'OCSO Open Records <openrecords@oklahomacounty.org>'), ('To', plus(16)),
    ('Subject', 'RE: Oklahoma Open Records Request: Detention center incident reports and in-custody death records, 2025-2026'),
    ('Date', date('2026-10-08 11:30', '-0500')), ('Message-ID', mid('035', 'oklahomacounty.org')),
    ('In-Reply-To', req_mid(16, '2026-10-07')), ('References', req_mid(16, '2026-10-07'))],
    multipart('mixed', plain('''
    Please complete the attached Open Records Request form. Requests for reports that
    identify inmates or detainees must be signed before a notary and returned by mail or
    in person to the Records Unit. We will process the request once the notarized form is
    received.

    OCSO Records Unit
    '''), attach('OCSO_Open_Records_Request_Form.pdf', form)))
fact('035-ocso-notarized-form.eml', 'REQ-016', 'clarification', signals=['thread', 'plus'],
     why='OCSO will not process until its request form is signed before a notary and returned; no tracking number')

# 036 TN partner forwards a GovQA status notice with no content
write('036-fwd-mnpd-govqa-updated.eml', [
    ('From', 'Dana Whitfield <dwhitfield@cumberlandledger.example>'), ('To', plus(11)),
    ('Subject', 'Fwd: [Records Center] Public Records Request :: P004698-092126 has been updated'),
    ('Date', date('2026-10-09 08:15', '-0500')), ('Message-ID', mid('036', 'cumberlandledger.example'))],
    plain('''
    fyi - nothing new when I logged in, just says "In Progress - Awaiting Vendor Export".

    ---------- Forwarded message ---------
    From: Metro Nashville Public Records Center <metronashvilletn@govqa.us>
    Date: Thu, Oct 8, 2026 at 4:51 PM
    Subject: [Records Center] Public Records Request :: P004698-092126 has been updated
    To: <dwhitfield@cumberlandledger.example>

    Your public records request P004698-092126 has been updated. To view the update, log in
    to the Public Records Center at https://nashvilletn.govqa.us/WEBAPP/_rs/.

    Replies to this message are not monitored.
    '''))
fact('036-fwd-mnpd-govqa-updated.eml', 'REQ-011', 'portal_notice', 'P004698-092126', signals=['plus', 'tracking'],
     why='partner forwards a GovQA "request updated" notice; no substantive text (status only in portal)')

# 037 VADOC out-of-office on our status check
write('037-vadoc-ooo.eml', [
    ('From', 'Lorraine Beckett <lorraine.beckett@vadoc.virginia.gov>'), ('To', plus(4)),
    ('Subject', 'Automatic reply: RE: 26-FOI-1187 restraint chair records - status?'),
    ('Date', date('2026-10-09 12:00', '-0400')), ('Message-ID', mid('037', 'CH3PR09MB8800.namprd09.prod.outlook.com')),
    ('In-Reply-To', '<req-004.20261009.3@records.example.org>'),
    ('References', req_mid(4, '2026-09-09') + ' <req-004.20261009.3@records.example.org>'),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    plain('''
    Thank you for your message. I am out of the office until October 13 (state holiday
    on October 12). FOIA matters are being monitored at foia@vadoc.virginia.gov.

    Lorraine Beckett
    FOIA Officer, Virginia Department of Corrections
    '''))
fact('037-vadoc-ooo.eml', 'REQ-004', 'auto_reply', '26-FOI-1187', signals=['thread', 'plus', 'tracking'],
     why='VADOC FOIA officer out-of-office reply to our status check (tracking only because our subject carried it)')

# 038 JCPS clarification: narrow scope
write('038-jcps-clarify-scope.eml', [
    ('From', 'Marisol Greene <marisol.greene@jefferson.kyschools.us>'),
    ('To', 'Renee Oakley <roakley@bluegrassreport.example>'), ('Cc', plus(15)),
    ('Subject', 'RE: Open Records Request 26-OR-0719'),
    ('Date', date('2026-10-12 10:05', '-0400')), ('Message-ID', mid('038', 'jefferson.kyschools.us')),
    ('In-Reply-To', mid('034', 'jefferson.kyschools.us')), ('References', mid('034', 'jefferson.kyschools.us'))],
    plain('''
    Ms. Oakley,

    A preliminary search shows about 1,900 physical restraint and seclusion incident
    reports for the 2025-26 school year, each of which contains student information that
    must be redacted under FERPA and KRS 61.878(1)(k).

    Would you accept the district's restraint and seclusion summary data reported to the
    Kentucky Department of Education (by school and month), together with the individual
    reports for a smaller set of schools you choose? Please let us know how you would like
    to narrow the request. We will hold the request until we hear back.

    Marisol Greene
    Open Records Coordinator, Jefferson County Public Schools
    '''))
fact('038-jcps-clarify-scope.eml', 'REQ-015', 'clarification', '26-OR-0719', signals=['plus', 'tracking'],
     why='JCPS asks the KY partner to narrow (about 1,900 reports); request held')

# 039 bounce: our follow-up to a Wilmington staff address, mailbox full
write('039-bounce-wilm-mailbox-full.eml', [
    ('From', 'postmaster@wilmingtonde.gov'), ('To', 'records@records.example.org'),
    ('Subject', 'Delivery Status Notification (Failure)'),
    ('Date', date('2026-10-15 13:05', '+0000')), ('Message-ID', mid('039', 'mail.wilmingtonde.gov')),
    ('Auto-Submitted', 'auto-replied')],
    multipart('report; report-type=delivery-status', plain('''
    Delivery to the following recipients failed.

           kwashington@wilmingtonde.gov

    552 5.2.2 Mailbox full - recipient's mailbox has exceeded its storage limit
    '''), 'Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.wilmingtonde.gov\n\n'
          'Final-Recipient: rfc822; kwashington@wilmingtonde.gov\nAction: failed\nStatus: 5.2.2\n',
          'Content-Type: text/rfc822-headers\n\nFrom: Priya Raman <praman@records.example.org>\n'
          'Reply-To: records+req-014@records.example.org\nTo: kwashington@wilmingtonde.gov\n'
          'Subject: CW-26-0288 - fee waiver question\nDate: Thu, 15 Oct 2026 09:04:40 -0400\n'
          'Message-ID: <req-014.20261015.2@records.example.org>\nReferences: ' + req_mid(14, '2026-10-05') + '\n'))
fact('039-bounce-wilm-mailbox-full.eml', 'REQ-014', 'bounce', signals=['thread-embedded', 'tracking'],
     why='DSN: our follow-up on CW-26-0288 to a Wilmington staff address failed (mailbox full); original headers embedded')

# 040 KCPS acknowledgment, no number
write('040-kcps-ack.eml', [
    ('From', 'Custodian of Records <custodianofrecords@kcpublicschools.org>'), ('To', plus(17)),
    ('Subject', 'RE: Missouri Sunshine Law Request: Agreements with KCPD for school resource officers, 2024-2026'),
    ('Date', date('2026-10-15 14:20', '-0500')), ('Message-ID', mid('040', 'kcpublicschools.org')),
    ('In-Reply-To', req_mid(17, '2026-10-13')), ('References', req_mid(17, '2026-10-13'))],
    plain('''
    Good afternoon,

    Kansas City Public Schools received your Sunshine Law request on Tuesday, October 13,
    2026. The district is searching for responsive records and will respond as required by
    Section 610.023, RSMo.

    Office of General Counsel - Custodian of Records
    Kansas City Public Schools, 2901 Troost Avenue, Kansas City, MO 64109
    '''))
fact('040-kcps-ack.eml', 'REQ-017', 'acknowledgment', clock='received_on_sent_date',
     signals=['thread', 'plus'], why='KCPS acknowledges receipt Oct 13 (= sent); MO 3 business days; no tracking number')
