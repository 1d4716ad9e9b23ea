from genlib import *

# 011 Jackson County Sheriff Sunshine acknowledgment
write('011-jcso-ack.eml', [
    ('From', 'Sheriff Sunshine Requests <sheriff.sunshine@jacksongov.org>'), ('To', plus(7)),
    ('Subject', 'RE: Missouri Sunshine Law Request: In-custody death reports, Jackson County Detention Center, 2023-2026'),
    ('Date', date('2026-09-14 15:40', '-0500')), ('Message-ID', mid('011', 'jacksongov.org')),
    ('In-Reply-To', req_mid(7, '2026-09-14')), ('References', req_mid(7, '2026-09-14'))],
    plain('''
    Your Sunshine request was received by the Jackson County Sheriff's Office custodian of
    records today, September 14, 2026, and logged as SL-26-187.

    Under RSMo 610.023.3 the custodian will act on the request no later than the end of the
    third business day following receipt. If access cannot be provided by then you will be
    given a detailed explanation and the earliest date the records will be available.

    Sunshine Law Custodian
    Jackson County Sheriff's Office
    4001 NE Lakewood Way, Lee's Summit, MO 64064
    '''))
fact('011-jcso-ack.eml', 'REQ-007', 'acknowledgment', 'SL-26-187', clock='received_on_sent_date',
     signals=['thread', 'plus', 'tracking-new'], why='JCSO logs SL-26-187, received Sept 14 (= sent); MO 3 business days')

# 012 Tulsa Public Schools NextRequest acknowledgment (OK: no statutory number)
write('012-tps-nextrequest-ack.eml', [
    ('From', 'Tulsa Public Schools <tulsaschools@mail.nextrequest.com>'), ('To', plus(8)),
    ('Subject', '[Records Request] Your request #26-412 has been received'),
    ('Date', date('2026-09-15 09:02', '-0500')), ('Message-ID', mid('012', 'mail.nextrequest.com')),
    ('X-Mailer', 'NextRequest')],
    alt(plain('''
    Tulsa Public Schools

    Your record request #26-412 has been submitted.

    Request: Campus police use-of-force and student handcuffing reports, 2024-2026

    Received: September 14, 2026 via web

    The district's open records staff will review your request and respond as promptly as
    possible under the Oklahoma Open Records Act, 51 O.S. 24A.5. You will receive emails as
    the request is updated. View it at https://tulsaschools.nextrequest.com/requests/26-412
    '''), html('''
    <html><body style="font-family:Helvetica,Arial,sans-serif">
    <h3 style="color:#1d4f91">Tulsa Public Schools</h3>
    <p>Your record request <b>#26-412</b> has been submitted.</p>
    <p><b>Request:</b> Campus police use-of-force and student handcuffing reports, 2024-2026</p>
    <p><b>Received:</b> September 14, 2026 via web</p>
    <p>The district's open records staff will review your request and respond as promptly as possible under the
    Oklahoma Open Records Act, 51 O.S. &sect; 24A.5. You will receive emails as the request is updated.</p>
    <p><a href="https://tulsaschools.nextrequest.com/requests/26-412">View request 26-412</a></p>
    </body></html>''')))
fact('012-tps-nextrequest-ack.eml', 'REQ-008', 'acknowledgment', '26-412', clock='received_on_sent_date',
     signals=['plus', 'tracking-new', 'subject'], why='NextRequest confirms #26-412 received Sept 14; Oklahoma law gives no number of days, so no due')

# 013 newsletter, no request
write('013-tcog-newsletter.eml', [
    ('From', 'Tennessee Coalition for Open Government <news@tcog.example.org>'), ('To', 'records@records.example.org'),
    ('Subject', 'TCOG Sunshine Notes: citizenship rule, fee schedules and a new OORC report'),
    ('Date', date('2026-09-15 12:00', '-0500')), ('Message-ID', mid('013', 'mailer.tcog.example.org')),
    ('List-Unsubscribe', '<https://tcog.example.org/unsubscribe?u=8812>'), ('Precedence', 'bulk')],
    html('''
    <html><body style="font-family:Georgia,serif">
    <h2>Sunshine Notes - September 2026</h2>
    <p><b>The citizenship rule, again.</b> Out-of-state reporters continue to be turned away by Tennessee custodians
    under T.C.A. 10-7-503(a)(2)(A). Our guide explains how newsrooms partner with Tennessee residents to file.</p>
    <p><b>Fee schedules.</b> The Office of Open Records Counsel's schedule of reasonable charges still sets the
    first hour of labor as free. Several cities are proposing changes.</p>
    <p><b>Annual report.</b> OORC's report on public records requests is out. Read our summary.</p>
    <p style="font-size:9pt">You are receiving this because you subscribed at tcog.example.org.</p>
    </body></html>'''))
fact('013-tcog-newsletter.eml', None, 'other', signals=['none'],
     why='advocacy newsletter about the Tennessee citizenship rule; mentions records topics but answers no request')

# 014 JCSO extension: detailed explanation and earliest date (610.023.3)
write('014-jcso-delay-earliest-date.eml', [
    ('From', 'Tamara Nguyen <tnguyen@jacksongov.org>'), ('To', plus(7)), ('Cc', 'sheriff.sunshine@jacksongov.org'),
    ('Subject', 'SL-26-187 - explanation of delay'),
    ('Date', date('2026-09-16 10:20', '-0500')), ('Message-ID', mid('014', 'jacksongov.org')),
    ('In-Reply-To', mid('011', 'jacksongov.org')),
    ('References', req_mid(7, '2026-09-14') + ' ' + mid('011', 'jacksongov.org'))],
    plain('''
    Good morning,

    Regarding Sunshine request SL-26-187 (in-custody deaths at the Detention Center,
    2023-2026):

    Access cannot be provided within three business days. The responsive files are held
    by three units (Detention Administration, Professional Standards and the Medical
    Contract Monitor), several are associated with investigations that were referred to
    the Jackson County Prosecutor, and each file has to be reviewed for closed material
    under RSMo 610.021 and 610.100 before release.

    The earliest date the records will be available is October 16, 2026. If there are
    copying or research charges, I will let you know before we incur them.

    Tamara Nguyen
    Records Supervisor / Sunshine Custodian
    Jackson County Sheriff's Office
    '''))
fact('014-jcso-delay-earliest-date.eml', 'REQ-007', 'extension', 'SL-26-187', clock='extension', estimated='2026-10-16',
     signals=['thread', 'plus', 'tracking'], why='610.023.3 delay notice with reasons and earliest date Oct 16; MO table has no extension days, so no new due')

# 015 LRSD acknowledgment to our Arkansas partner, desk in copy
write('015-lrsd-ack.eml', [
    ('From', 'Janelle Tatum <janelle.tatum@lrsd.org>'),
    ('To', 'Marcus Bell <mbell@arkansasbeat.example>'), ('Cc', plus(9)),
    ('Subject', 'RE: Arkansas FOIA Request: School resource officer MOU and SRO incident logs, 2025-2026'),
    ('Date', date('2026-09-16 16:05', '-0500')), ('Message-ID', mid('015', 'lrsd.org')),
    ('In-Reply-To', req_mid(9, '2026-09-15')), ('References', req_mid(9, '2026-09-15'))],
    plain('''
    Mr. Bell,

    Got your FOIA request from yesterday. The MOU is easy; the incident logs are kept by
    each campus and I have to pull them from the schools, so those are in use / in storage
    for purposes of the Act. I'll have a date or the records to you within three working
    days like the statute says.

    Janelle Tatum
    FOIA Coordinator | Little Rock School District
    501 Sherman St., Little Rock, AR 72202
    '''))
fact('015-lrsd-ack.eml', 'REQ-009', 'acknowledgment', clock='received_on_sent_date',
     signals=['thread', 'plus'], why='LRSD coordinator acknowledges the partner-filed request received Sept 15 (= sent); AR 3 business days; no tracking number')

# 016 FCPS FOIA officer out-of-office
write('016-fcps-autoreply.eml', [
    ('From', 'Gerald Osei <gosei@fcps.edu>'), ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Automatic reply: Virginia FOIA Request: School resource officer arrests and law-enforcement referrals, 2023-2026'),
    ('Date', date('2026-09-17 07:00', '-0400')), ('Message-ID', mid('016', 'DM6PR11MB.namprd11.prod.outlook.com')),
    ('In-Reply-To', req_mid(10, '2026-09-16')), ('References', req_mid(10, '2026-09-16')),
    ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Inbox-Rules-Loop', 'gosei@fcps.edu')],
    plain('''
    I am out of the office through Monday, September 21, with limited access to email.

    FOIA requests sent to me directly will be logged by the FOIA Office. For urgent matters
    contact foia@fcps.edu or 571-423-1000.

    Gerald Osei
    FOIA Officer, Fairfax County Public Schools
    '''))
fact('016-fcps-autoreply.eml', 'REQ-010', 'auto_reply', signals=['thread', 'subject'],
     why='FCPS FOIA officer out-of-office reply to our request email')

# 017 FCPS JustFOIA acknowledgment (portal sender not listed)
write('017-fcps-justfoia-ack.eml', [
    ('From', 'FCPS FOIA Center <no-reply@justfoia.com>'), ('To', plus(10)),
    ('Subject', 'Request FCPS-26-0931 has been received'),
    ('Date', date('2026-09-18 10:44', '-0400')), ('Message-ID', mid('017', 'justfoia.com'))],
    html('''
    <html><body style="font-family:Segoe UI,Arial;font-size:10pt">
    <div style="background:#002f6c;color:#fff;padding:8px">Fairfax County Public Schools &ndash; FOIA Center</div>
    <p>Hello Records Desk,</p>
    <p>Your request <b>FCPS-26-0931</b> was received on <b>09/16/2026</b> and has been assigned to the FOIA Office.</p>
    <p>Description: School resource officer arrests and law-enforcement referrals, 2023-2026</p>
    <p>Under Va. Code &sect; 2.2-3704(B), FCPS will respond within five working days of receipt.
    Charges for search and duplication may apply; you will be notified in advance if the estimate exceeds $200.</p>
    <p><a href="https://fcpsva.justfoia.com/publicportal">Track your request</a></p>
    </body></html>'''))
fact('017-fcps-justfoia-ack.eml', 'REQ-010', 'acknowledgment', 'FCPS-26-0931', clock='received_on_sent_date',
     signals=['plus', 'tracking-new', 'subject'], why='JustFOIA (unlisted sender) confirms receipt 09/16 (= sent), FCPS-26-0931; VA 5 working days')

# 018 Forward by TN partner of MNPD GovQA ack for re-filed request
write('018-fwd-mnpd-ack-refiled.eml', [
    ('From', 'Dana Whitfield <dwhitfield@cumberlandledger.example>'), ('To', plus(11)),
    ('Subject', 'Fwd: Public Records Request :: P004698-092126'),
    ('Date', date('2026-09-21 17:30', '-0500')), ('Message-ID', mid('018', 'cumberlandledger.example'))],
    plain('''
    Filed it under my name with my TN license attached. New number below.
    -Dana

    ---------- Forwarded message ---------
    From: Metro Nashville Public Records Center <metronashvilletn@govqa.us>
    Date: Mon, Sep 21, 2026 at 2:02 PM
    Subject: Public Records Request :: P004698-092126
    To: <dwhitfield@cumberlandledger.example>

    Dear Dana Whitfield,

    Thank you for your interest in public records of the Metropolitan Government of
    Nashville and Davidson County. Your request has been received and is being processed
    under the Tennessee Public Records Act.

    Reference #: P004698-092126
    Date Received: 9/21/2026
    Department: Police Department (MNPD)
    Description: Flock Safety ALPR contract, data-sharing agreements and audit logs,
    2024-2026 (Tennessee citizen; ID attached)

    Replies to this message are not monitored.
    '''))
fact('018-fwd-mnpd-ack-refiled.eml', 'REQ-011', 'acknowledgment', 'P004698-092126', clock='received_on_sent_date',
     signals=['plus', 'tracking-new', 'subject'], why='TN partner forwards the GovQA ack of the re-filed ALPR request, received 9/21 (= sent); new P004698-092126')

# 019 TDOC records request response form: time reasonably necessary (extension)
form = pdf('''
RECORDS REQUEST RESPONSE
Tennessee Department of Correction - Office of General Counsel

Date: September 22, 2026                       Request No.: TDOC-PRR-26-0387
Requestor: Dana Whitfield (Tennessee citizen), on behalf of Records Desk

Proof of Tennessee citizenship received: September 21, 2026

[ ] The records are available and will be produced.
[ ] Your request is denied.
[X] It is not practicable to promptly provide the requested records because
    additional time is necessary to:
      - locate and gather the records from eleven facilities;
      - examine the records and redact confidential information
        (confidential inmate and security information, T.C.A. 10-7-504).
    The time reasonably necessary to produce the records is estimated to be
    on or before October 30, 2026.

You will be notified in advance if costs are expected to exceed $10.00.

Office of General Counsel, Tennessee Department of Correction
''', 'Records Request Response TDOC-PRR-26-0387')
write('019-tdoc-response-form-time.eml', [
    ('From', 'TDOC Public Records <tdoc.publicrecords@tn.gov>'),
    ('To', 'Dana Whitfield <dwhitfield@cumberlandledger.example>'), ('Cc', 'Records Desk <records@records.example.org>'),
    ('Subject', 'TDOC-PRR-26-0387 Records Request Response'),
    ('Date', date('2026-09-22 14:10', '-0500')), ('Message-ID', mid('019', 'SA1PR09MB7710.namprd09.prod.outlook.com')),
    ('Content-Language', 'en-US')],
    multipart('mixed', plain('''
    Ms. Whitfield,

    Thank you for providing identification. Please see the attached Records Request
    Response for TDOC-PRR-26-0387.

    Office of General Counsel - Public Records
    Tennessee Department of Correction
    '''), attach('TDOC-PRR-26-0387 Response Form.pdf', form)))
fact('019-tdoc-response-form-time.eml', 'REQ-002', 'extension', 'TDOC-PRR-26-0387', clock='extension', estimated='2026-10-30',
     signals=['tracking'], why='OORC-style response form: more time reasonably necessary, estimate Oct 30; TN table has no extension days, so no due')

# 020 VADOC extension: not practically possible, +7 working days
write('020-vadoc-extension.eml', [
    ('From', '"FOIA, VADOC" <foia@vadoc.virginia.gov>'), ('To', 'Records Desk <records@records.example.org>'),
    ('Cc', plus(4)), ('Subject', 'RE: 26-FOI-1187 restraint chair records'),
    ('Date', date('2026-09-23 15:45', '-0400')), ('Message-ID', mid('020', 'CH3PR09MB8800.namprd09.prod.outlook.com')),
    ('In-Reply-To', '<req-004.20260911.2@records.example.org>'),
    ('References', req_mid(4, '2026-09-09') + ' ' + mid('006', 'CH3PR09MB8800.namprd09.prod.outlook.com') + ' <req-004.20260911.2@records.example.org>'),
    ('Thread-Index', 'AdshBq1qFOIvadoc0912XkP2aaAAHh1Q='), ('Content-Language', 'en-US')],
    plain(textwrap.dedent('''
    Thank you for confirming that your reporting is published by Virginia newspapers
    under your syndication agreements. We are processing 26-FOI-1187.

    Pursuant to Va. Code 2.2-3704(B)(4), it is not practically possible to provide the
    requested records or to determine whether they are available within the five-work-day
    period. Restraint chair use is documented at the facility level and the reports must
    be collected and reviewed. The Department is therefore invoking an additional seven
    work days to respond.

    FOIA Unit
    Virginia Department of Corrections

    ''') + quote('''
    Confirming: our stories run in the Tidewater Ledger and the Shenandoah Courier under
    syndication agreements, which circulate in the Commonwealth. Please proceed.
    Records Desk
    ''', 'Records Desk <records+req-004@records.example.org>', 'Fri, Sep 11, 2026 at 9:02 AM')))
fact('020-vadoc-extension.eml', 'REQ-004', 'extension', '26-FOI-1187', clock='extension',
     signals=['thread', 'plus', 'tracking'], why='VADOC invokes 2.2-3704(B)(4): +7 work days on top of the 5-working-day due from Sept 9')
