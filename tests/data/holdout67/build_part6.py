#!/usr/bin/env python3
"""Messages 051-060 (Nov 18, 2026 - Jan 15, 2027)."""
import datetime as dt
from common import *  # noqa: F401,F403

IRS_HOST = 'DM8PR09MB6811.namprd09.prod.outlook.com'
DMV_HOST = 'MW4PR09MB9160.namprd09.prod.outlook.com'
OGIS = ('You may contact our FOIA Public Liaison for further assistance. You may also contact the Office of Government '
        'Information Services (OGIS) at the National Archives and Records Administration to inquire about the FOIA '
        'mediation services they offer: OGIS, 8601 Adelphi Road - OGIS, College Park, MD 20740-6001; ogis@nara.gov; '
        '202-741-5770; toll free 1-877-684-6448.')

# 051 IRS first interim release (PDF) ------------------------------------------------------------------
pdf = make_pdf(['Department of the Treasury', 'Internal Revenue Service', 'Disclosure Office 10', '', 'Date: November 18, 2026',
                'Case Number: 2026-18422', 'Person to Contact: R. Hollis', '', 'Dear Requester:', '',
                'This is our first interim response to your Freedom of Information Act request for contracts, privacy '
                'impact assessments and data-sharing agreements for third-party identity verification services.', '',
                'We reviewed 214 pages. We are releasing 158 pages in full and 41 pages in part, and withholding 15 '
                'pages in full. We withheld commercial and financial information of the contractor under FOIA exemption '
                '(b)(4), names and contact information of contractor employees under exemption (b)(6), and techniques '
                'for detecting identity fraud under exemption (b)(7)(E).', '',
                'We are continuing to process the remaining records and expect to complete our response by December 18, '
                '2026. Your appeal rights will be provided with our final response.', '', 'Sincerely,', '',
                'Disclosure Manager'], 'Interim response 1')
write('051-irs-interim-req001.eml', mixed([
    ('From', '"Hollis Renee M" <Renee.M.Hollis@irs.gov>'), ('To', INBOX), ('Subject', 'FOIA case 2026-18422 - interim release'),
    ('Date', date_hdr(2026, 11, 18, 12, 0, 'ET', 40)), ('Message-ID', outlook_mid('051', IRS_HOST)),
    *outlook_headers('051', 'FOIA case 2026-18422 - interim release', True)],
    text_part('Attached is our interim response letter. The 199 releasable pages will be sent separately through\n'
              'the IRS secure messaging system because of their size.\n\nRenee Hollis\nDisclosure Specialist\n'),
    [attachment('2026-18422 Interim 1.pdf', 'application/pdf', pdf)], '051'),
    {'request': 'REQ-001', 'kind': 'records_interim', 'tracking_number': '2026-18422', 'estimated': dt.date(2026, 12, 18),
     'signals': ['tracking', 'subject'],
     'why': 'IRS interim release (158 full, 41 partial, 15 withheld b(4)/b(6)/b(7)(E)); completion expected Dec 18',
     'note': 'interim with withholdings - appeal rights deferred to the final letter, so no appeal window here. Modeled '
             'on IRS interim response letters.'})

# 052 IRS final response on aggregate data: small cells suppressed under 6103 ---------------------------------
pdf = make_pdf(['Department of the Treasury', 'Internal Revenue Service', 'Disclosure Office 7', '', 'Date: November 30, 2026',
                'Case Number: 2026-19960', 'Person to Contact: M. Tran', '', 'Dear Requester:', '',
                'This is our final response to your FOIA request received September 22, 2026. Based on the information you '
                'sent on October 27, 2026, we placed you in the news media category; no fees are charged.', '',
                'Enclosed is a table showing, for each state and fiscal years 2021 through 2026, the number of identity '
                'theft refund fraud cases opened and the number of Identity Protection PINs issued. Where a cell would '
                'show fewer than 10 cases, the count is replaced by "d", and some adjoining cells are also suppressed, '
                'because counts that small could identify individual taxpayers. That information is return information '
                'protected by Internal Revenue Code section 6103 and is withheld under FOIA exemption (b)(3).', '',
                'You may file an administrative appeal within 90 days of the date of this letter with the IRS Independent '
                'Office of Appeals, FOIA Appeals. ' + OGIS, '', 'Sincerely,', '', 'Disclosure Manager'], 'Final 2026-19960')
csv = ('state,fiscal_year,idt_refund_fraud_cases_opened,ip_pins_issued\nAK,2021,d,14220\nAL,2021,3812,120455\n'
       'AR,2021,2190,80113\n...,...,...,(309 more rows)\n').encode()
write('052-irs-final-aggregate-req009.eml', mixed([
    ('From', '"Tran Minh Q" <Minh.Q.Tran@irs.gov>'), ('To', INBOX), ('Subject', 'RE: FOIA request - identity theft statistics by state'),
    ('Date', date_hdr(2026, 11, 30, 10, 0, 'ET', 19)), ('Message-ID', outlook_mid('052', 'DM8PR09MB5102.namprd09.prod.outlook.com')),
    ('In-Reply-To', '<req-009.20261027.2@newsdesk.example.org>'),
    ('References', '%s <req-009.20261027.2@newsdesk.example.org>' % req_mid('REQ-009')),
    *outlook_headers('052', 'FOIA request - identity theft statistics by state', True)],
    text_part('Please see the attached final response and data table.\n\nMinh Tran\nDisclosure Specialist\n'),
    [attachment('Final response 2026-19960.pdf', 'application/pdf', pdf),
     attachment('IDT_IPPIN_by_state_FY21-FY26.csv', 'text/csv', csv)], '052'),
    {'request': 'REQ-009', 'kind': 'records_final', 'tracking_number': '2026-19960', 'adverse_determination': True,
     'signals': ['thread', 'tracking'],
     'why': 'IRS releases aggregate state table with small cells suppressed under 6103/(b)(3); appeal 90 days',
     'note': 'partial release of aggregate data (disclosure-avoidance suppression), news-media status granted. Modeled '
             'on IRS statistical releases and FOIA letters.'})

# 053 NY DMV first part of the bulk-sales records (direct e-mail, not the portal) -------------------------
pdf = make_pdf(['NYS DEPARTMENT OF MOTOR VEHICLES - RECORDS ACCESS OFFICE', '', 'December 1, 2026', '', 'Re: DMV-26-01288 (part 1 of 2)',
                '', 'Payment of $103.00 was received on November 6, 2026. Enclosed are the bulk record sale agreements in '
                'effect from 2022 through 2026 with 38 account holders, and the Department\'s standard bulk file terms.', '',
                'Part 2, the permissible-use certifications submitted by account holders, is being reviewed for personal '
                'information protected by the Driver\'s Privacy Protection Act. We anticipate sending part 2 by '
                'December 22, 2026.', '', 'Records Access Officer'], 'DMV part 1')
write('053-dmv-interim-req004.eml', mixed([
    ('From', 'NYS DMV Records Access Office <dmv.foil@dmv.ny.gov>'), ('To', INBOX), ('Subject', 'Records - DMV-26-01288 (part 1 of 2)'),
    ('Date', date_hdr(2026, 12, 1, 13, 0, 'ET', 3)), ('Message-ID', outlook_mid('053', DMV_HOST)),
    *outlook_headers('053', 'Records - DMV-26-01288 (part 1 of 2)', True)],
    text_part('Please see the attached cover letter. The agreements (part 1) are attached as a separate file due to size\n'
              'and will follow in a second e-mail.\n\nRecords Access Office\nNYS DMV\n'),
    [attachment('DMV-26-01288 cover letter part 1.pdf', 'application/pdf', pdf)], '053'),
    {'request': 'REQ-004', 'kind': 'records_interim', 'tracking_number': 'DMV-26-01288', 'estimated': dt.date(2026, 12, 22),
     'signals': ['tracking', 'subject'],
     'why': 'DMV sends part 1 of 2 (agreements with 38 bulk purchasers); certifications expected by Dec 22',
     'note': 'rolling release after fee payment, outside the portal. Modeled on NY DMV records-access practice.'})

# 054 NextRequest "due date changed" with a reason line (extension, WA: estimated only) --------------------
txt = ("Washington State Department of Licensing\n\nRecord request #26-1732\n\nThe due date for this request has been "
       "changed to 01/15/2027.\nReason: Additional time is needed to review records for exempt information.\n\n"
       "View request: https://wadol.nextrequest.com/requests/26-1732\n")
write('054-wadol-nextrequest-due-date-changed.eml', simple([
    ('From', 'Washington State Department of Licensing <wadol@mail.nextrequest.com>'), ('To', plus('REQ-013')),
    ('Subject', '[Records Request 26-1732] Due date changed'), ('Date', date_hdr(2026, 12, 3, 17, 5, 'PT', 29)),
    ('Message-ID', '<%s@mail.nextrequest.com>' % h('054', 24))], txt),
    {'request': 'REQ-013', 'kind': 'extension', 'tracking_number': '26-1732', 'clock': 'extension',
     'estimated': dt.date(2027, 1, 15), 'signals': ['plus', 'tracking'],
     'why': 'NextRequest due date moved to 01/15/2027 with a reason; WA extension sets no statutory due (estimated only)',
     'note': 'automated portal notice that nonetheless carries a new date - labeled extension, not portal_notice. '
             'Modeled on NextRequest "Due date changed" e-mails.'})

# 055 DTF determination: guidelines released, statistics with suppression, memos withheld ------------------
pdf = make_pdf(['NEW YORK STATE DEPARTMENT OF TAXATION AND FINANCE', 'Records Access Office', '', 'December 10, 2026', '',
                'Re: FOIL Request DTF-26-00417', '', 'Dear Requester:', '',
                'This is the Department\'s determination on your request for aggregate counts of personal income tax '
                'residency audits by county and outcome for 2019 through 2025 and for the current audit guidelines.', '',
                '1. The Nonresident Audit Guidelines (2026 revision, 126 pages) are enclosed; they are also posted on the '
                'Department\'s website.', '',
                '2. The enclosed table shows residency audits closed in each year by county of claimed domicile and by '
                'outcome (no change, agreed, assessed). To prevent the identification of any taxpayer, as Tax Law '
                'section 697(e) requires, counts below 10 are shown as "*", and counties with fewer than 50 audits in a '
                'year are combined as "Other upstate counties".', '',
                '3. Internal audit program memoranda are withheld under Public Officers Law section 87(2)(g) as '
                'intra-agency materials that are not statistical or factual tabulations, final agency policy or '
                'determinations.', '',
                'You may appeal the withholding within 30 days to the Records Access Appeals Officer, Office of Counsel, '
                'W.A. Harriman Campus, Albany, NY 12227.', '', 'Records Access Officer'], 'Determination DTF-26-00417')
csv = ('year,county,no_change,agreed,assessed\n2019,New York,412,655,1108\n2019,Westchester,188,240,392\n2019,Essex,*,*,11\n'
       '2019,Other upstate counties,61,77,95\n...,...,...,...,(150 more rows)\n').encode()
write('055-dtf-final-req003.eml', mixed([
    ('From', 'NYS DTF FOIL Office <foil.office@tax.ny.gov>'), ('To', INBOX), ('Subject', 'FOIL DTF-26-00417 - Determination'),
    ('Date', date_hdr(2026, 12, 10, 15, 0, 'ET', 50)), ('Message-ID', outlook_mid('055', 'BL0PR09MB4630.namprd09.prod.outlook.com')),
    *outlook_headers('055', 'FOIL DTF-26-00417 - Determination', True)],
    text_part('Please see the attached determination and records.\n\nRecords Access Office\nNYS Department of Taxation and Finance\n'),
    [attachment('DTF-26-00417 determination.pdf', 'application/pdf', pdf),
     attachment('Residency_audits_by_county_2019-2025.csv', 'text/csv', csv)], '055'),
    {'request': 'REQ-003', 'kind': 'records_final', 'tracking_number': 'DTF-26-00417', 'adverse_determination': True,
     'signals': ['tracking', 'subject'],
     'why': 'DTF releases guidelines and suppressed county table (697(e)); memos withheld 87(2)(g); appeal 30 days',
     'note': 'partial release of aggregate tax data with small-cell suppression plus a withholding. Modeled on NY DTF '
             'FOIL determinations.'})

# 056 TDLR GovQA records released after the AG ruling ---------------------------------------------------
html = html_page([
    'Dear Records Desk,', 'Re: Public Information Request <b>R001146-092326</b>',
    'The Office of the Attorney General issued Open Records Letter Ruling OR2026-28814 on December 2, 2026. In accordance '
    'with the ruling, the Department has withheld the identities of complainants under Section 552.101 of the Government '
    'Code in conjunction with common-law privacy, and information about open investigations under Section 552.108.',
    'The remaining responsive information (1,206 pages of complaints, investigation summaries and final orders) is now '
    'available in the TDLR Open Records Center. Your payment of $135.00 has been applied.',
    'This request is now closed. Thank you for using the TDLR Open Records Center.', 'TDLR Open Records'],
    'font-family:Verdana,Arial;font-size:9pt')
write('056-tdlr-govqa-final.eml', simple([
    ('From', 'TDLR Open Records Center <tdlr@govqa.us>'), ('To', plus('REQ-011')),
    ('Subject', 'Public Information Request :: R001146-092326 - Records Released'), ('Date', date_hdr(2026, 12, 11, 10, 30, 'CT', 24)),
    ('Message-ID', '<%s@govqa.us>' % h('056', 28))], html, 'html', cte='quoted-printable'),
    {'request': 'REQ-011', 'kind': 'records_final', 'tracking_number': 'R001146-092326', 'adverse_determination': True,
     'signals': ['plus', 'tracking'],
     'why': 'TDLR releases 1,206 pages after AG ruling OR2026-28814, withholding complainant identities and open investigations; TX no appeal',
     'note': 'release following an AG letter ruling; the ruling number is not a tracking number. Modeled on Texas '
             'post-ruling releases.'})

# 057 open-government coalition newsletter (null) mentioning our agencies ----------------------------------
txt = ("FOI FRIDAY DIGEST - December 11, 2026\n\n"
       "* Illinois: the Public Access Counselor's latest binding opinion says licensing boards may not\n"
       "  withhold final disciplinary orders, even when the complaint file is confidential.\n"
       "* New York: DMV's FOIL appeals backlog; reporters say driving-record requests are routinely denied\n"
       "  under the DPPA.\n* Federal: the IRS disclosure office reports a record number of third-party requests.\n"
       "* Washington: DOL's data-sharing with federal agencies is back before the Legislature.\n\n"
       "Members' corner: share your FOIA wins and losses by replying to this e-mail.\n\n"
       "Open Government Alliance | You are receiving this because you joined our mailing list.\n"
       "Unsubscribe: https://opengov-alliance.example.net/unsubscribe\n")
write('057-coalition-newsletter.eml', simple([
    ('From', 'FOI Friday Digest <digest@opengov-alliance.example.net>'), ('To', INBOX),
    ('Subject', 'FOI Friday: licensing boards, DMV appeals, IRS third-party requests'),
    ('Date', date_hdr(2026, 12, 14, 7, 30, 'ET', 0)), ('Message-ID', '<%s@mail.opengov-alliance.example.net>' % h('057', 26)),
    ('List-Unsubscribe', '<https://opengov-alliance.example.net/unsubscribe>'), ('Precedence', 'bulk')], txt),
    {'request': None, 'kind': 'other', 'signals': ['none'],
     'why': 'open-government newsletter that mentions IDFPR, DMV, IRS and DOL topics but answers no request',
     'note': 'newsletter naming several of our agencies and topics - a topic-match trap. Modeled on FOI coalition digests.'})

# 058 IRS final response (through the Google Group), withholdings + referral -------------------------------
pdf = make_pdf(['Department of the Treasury', 'Internal Revenue Service', 'Disclosure Office 10', '', 'Date: December 18, 2026',
                'Case Number: 2026-18422', 'Person to Contact: R. Hollis', '', 'Dear Requester:', '',
                'This is our final response to your Freedom of Information Act request received September 10, 2026.', '',
                'We reviewed the remaining 312 pages. We are releasing 201 pages in full and 87 pages in part, and '
                'withholding 2 pages in full, under FOIA exemptions (b)(4), (b)(5) (deliberative process), (b)(6) and '
                '(b)(7)(E). We located 22 pages that originated with the General Services Administration; we have '
                'referred them to GSA, which will respond to you directly.', '',
                'You may file an administrative appeal within 90 days of the date of this letter with the IRS Independent '
                'Office of Appeals, FOIA Appeals. ' + OGIS, '', 'Sincerely,', '', 'Disclosure Manager'], 'Final 2026-18422')
write('058-irs-final-req001-googlegroup.eml', mixed(
    google_group_headers('Hollis Renee M', 'Renee.M.Hollis@irs.gov', '058') + [
        ('To', INBOX), ('Subject', 'FOIA case 2026-18422 - final response'), ('Date', date_hdr(2026, 12, 18, 11, 0, 'ET', 12)),
        ('Message-ID', outlook_mid('058', IRS_HOST))],
    text_part('Attached is our final response. The released pages follow through secure messaging.\n\nRenee Hollis\n'),
    [attachment('2026-18422 Final.pdf', 'application/pdf', pdf)], '058'),
    {'request': 'REQ-001', 'kind': 'records_final', 'tracking_number': '2026-18422', 'adverse_determination': True,
     'signals': ['tracking', 'subject'],
     'why': 'IRS final: releases in full/part with b(4),(5),(6),(7)(E) withholdings, refers 22 pages to GSA; appeal 90 days',
     'note': "final letter with a referral inside it (still records_final); arrives as 'Hollis Renee M' via FOIA Desk. "
             'Modeled on IRS final FOIA letters.'})

# 059 NY DMV final part with DPPA redactions, threaded to part 1 ---------------------------------------------
write('059-dmv-final-req004.eml', simple([
    ('From', 'NYS DMV Records Access Office <dmv.foil@dmv.ny.gov>'), ('To', INBOX),
    ('Subject', 'RE: Records - DMV-26-01288 (part 2 of 2)'), ('Date', date_hdr(2026, 12, 22, 14, 0, 'ET', 41)),
    ('Message-ID', outlook_mid('059', DMV_HOST)), ('In-Reply-To', outlook_mid('053', DMV_HOST)),
    ('References', outlook_mid('053', DMV_HOST)), *outlook_headers('059', 'Records - DMV-26-01288 (part 2 of 2)')],
    "Dear Requester:\n\nThis completes the Department's response to FOIL request DMV-26-01288. The permissible-use\n"
    "certifications submitted by bulk account holders from 2022 through 2026 (291 pages) are available\n"
    "at the link below for 30 days.\n\n"
    "The names, addresses and signatures of individual certifying employees, and personal information\n"
    "from motor vehicle records appearing in audit samples, have been redacted under Public Officers\n"
    "Law section 87(2)(a) in conjunction with the Driver's Privacy Protection Act and Vehicle and\n"
    "Traffic Law section 202, and under section 87(2)(b). Account access credentials have been\n"
    "redacted under section 87(2)(i).\n\n"
    "You may appeal the redactions within 30 days to the Records Access Appeals Officer, NYS DMV,\n"
    "6 Empire State Plaza, Room 522A, Albany, NY 12228 (e-mail: foilappeals@dmv.ny.gov).\n\n"
    "https://nysdmv.sharefile.com/d-7b21c9e0aa\n\nRecords Access Office\n"),
    {'request': 'REQ-004', 'kind': 'records_final', 'tracking_number': 'DMV-26-01288', 'adverse_determination': True,
     'signals': ['tracking', 'subject'],
     'why': 'DMV completes the request: certifications released with DPPA/VTL 202 and 87(2)(i) redactions; appeal 30 days',
     'note': 'final part of a rolling release, threaded only to the agency\'s own earlier e-mail. Modeled on NY DMV FOIL '
             'responses.'})

# 060 NextRequest final release and closure ---------------------------------------------------------------
txt = ("Washington State Department of Licensing\n\nRecord request #26-1732 has been closed.\n\nClosure reason: "
       "Records provided (partially exempt)\n\nMessage from the Department:\n\nInstallments 2 and 3 are now available "
       "(173 pages): the Department's 2025-2026 log of federal\nimmigration-agency record requests, related e-mail, and the "
       "data-sharing agreement amendments\nadopted after the 2025 audit. Redactions are described in the updated exemption "
       "log (DPPA,\n18 U.S.C. 2721; RCW 46.12.630; RCW 42.56.230(7); RCW 42.56.240(1)). This fulfills your request,\n"
       "which is now closed.\n\nView documents: https://wadol.nextrequest.com/requests/26-1732\n")
write('060-wadol-nextrequest-final.eml', simple([
    ('From', 'Washington State Department of Licensing <wadol@mail.nextrequest.com>'), ('To', plus('REQ-013')),
    ('Subject', '[Records Request 26-1732] Request closed'), ('Date', date_hdr(2027, 1, 15, 12, 0, 'PT', 8)),
    ('Message-ID', '<%s@mail.nextrequest.com>' % h('060', 24))], txt),
    {'request': 'REQ-013', 'kind': 'records_final', 'tracking_number': '26-1732', 'adverse_determination': True,
     'signals': ['plus', 'tracking'],
     'why': 'DOL releases installments 2-3 with DPPA/RCW redactions and closes 26-1732; WA has no appeal days',
     'note': 'closure notice that is itself the final release with exemptions. Modeled on NextRequest closures.'})

save_facts('part6')
