#!/usr/bin/env python3
"""Messages 041-050 (Oct 22 - Nov 17, 2026)."""
import datetime as dt
from common import *  # noqa: F401,F403

PA_HOST = 'PH0PR09MB7446.namprd09.prod.outlook.com'

# 041 PA Revenue final response for the realty transfer tax request: number only in the file names -------
pdf = make_pdf(['COMMONWEALTH OF PENNSYLVANIA', 'DEPARTMENT OF REVENUE', 'Office of Chief Counsel', '', 'October 22, 2026', '',
                'VIA ELECTRONIC MAIL', 'Records Desk', '', 'Re: Right-to-Know Request - Final Response', '', 'Dear Requester:', '',
                'This is the Department\'s final response to your Right-to-Know Law request received September 15, 2026, '
                'seeking monthly realty transfer tax collections by county from January 2020 through August 2026.', '',
                'Your request is GRANTED. The responsive record, a spreadsheet of monthly state realty transfer tax '
                'collections for each of the 67 counties, is attached. The figures are aggregate collections and do not '
                'identify any taxpayer or transaction.', '',
                'There is no fee for this response.', '', 'Sincerely,', '', 'Agency Open Records Officer',
                'Pennsylvania Department of Revenue'], 'Final Response')
csv = ('county,month,rtt_collections_usd\nAdams,2020-01,412883.10\nAdams,2020-02,388120.55\nAllegheny,2020-01,4892210.04\n'
       'Allegheny,2020-02,4410975.61\n...,...,(5,354 more rows)\n').encode()
write('041-padr-final-req006.eml', mixed([
    ('From', '"RA, RVRTK" <ra-rvrtk@pa.gov>'), ('To', INBOX), ('Subject', 'Right-to-Know - Final Response'),
    ('Date', date_hdr(2026, 10, 22, 9, 40, 'ET', 13)), ('Message-ID', outlook_mid('041', PA_HOST)),
    *outlook_headers('041', 'Right-to-Know - Final Response', True)],
    text_part('Good morning,\n\nAttached please find the Department\'s final response to your Right-to-Know request and the\n'
              'responsive record.\n\nRight-to-Know Office\nPennsylvania Department of Revenue\n'),
    [attachment('RTK-2026-1061_Final_Response.pdf', 'application/pdf', pdf),
     attachment('RTK-2026-1061_RTT_by_County.csv', 'text/csv', csv)], '041'),
    {'request': 'REQ-006', 'kind': 'records_final', 'tracking_number': 'RTK-2026-1061', 'signals': ['tracking-filename', 'body'],
     'why': 'PA Revenue grants the realty transfer tax request in full (aggregate county data attached); not adverse',
     'note': 'tracking number only in attachment names; full release of aggregate tax data. Modeled on PA Revenue '
             'final responses.'})

# 042 Gmail bounce: our follow-up to a former PA Revenue records officer --------------------------------
ours_mid = '<req-005.20261022.4@newsdesk.example.org>'
orig = our_mail('REQ-005', 'Joan McAllister <jmcallister@pa.gov>', 'RTK-2026-1053 - request for reconsideration',
                date_hdr(2026, 10, 22, 9, 41, 'ET', 2), ours_mid,
                'Ms. McAllister,\n\nYour name appears on the Department\'s 2024 RTK policy. Would the Department\n'
                'reconsider releasing the number of revoked licenses by month, without taxpayer names?\n\nRecords Desk')
txt = ("** Address not found **\n\nYour message wasn't delivered to jmcallister@pa.gov because the address couldn't be\n"
       "found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
       "The response from the remote server was:\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient jmcallister@pa.gov "
       "not found by SMTP address lookup\n")
status = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Thu, 22 Oct 2026 06:41:02 -0700 (PDT)\n"
          "X-Original-Message-ID: %s\n\nFinal-Recipient: rfc822; jmcallister@pa.gov\nAction: failed\nStatus: 5.1.10\n"
          "Remote-MTA: dns; pa-gov.mail.protection.outlook.com. (52.101.8.40, the server for the domain pa.gov.)\n"
          "Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
          "Last-Attempt-Date: Thu, 22 Oct 2026 06:41:03 -0700 (PDT)\n" % ours_mid)
rep = multipart('report', [text_part(txt), raw_part('message/delivery-status', status), rfc822_part(orig)],
                '000000000000%s' % h('042', 16), '; report-type=delivery-status')
write('042-bounce-gmail-padr.eml', render([
    ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', INBOX),
    ('Subject', 'Delivery Status Notification (Failure)'), ('Date', date_hdr(2026, 10, 22, 9, 41, 'ET', 3)),
    ('Message-ID', '<%s.%s@mx.google.com>' % (h('042a', 12), h('042b', 10))), ('In-Reply-To', ours_mid),
    ('References', ours_mid), ('Auto-Submitted', 'auto-replied')], rep),
    {'request': 'REQ-005', 'kind': 'bounce', 'tracking_number': 'RTK-2026-1053', 'signals': ['thread-embedded', 'tracking'],
     'why': 'Gmail DSN: our reconsideration note on RTK-2026-1053 to a former PA Revenue officer bounced (no such user)',
     'note': 'Google Workspace bounce with generic subject; request found only from the embedded original. Modeled on '
             'Gmail "Address not found" DSNs.'})

# 043 Open FOIL NY message from DMV: copy fee before release ---------------------------------------------
msg = ("The Department has located approximately 412 pages of records responsive to your request for\n"
       "bulk record sale agreements and DPPA permissible-use certifications. We apologize for the delay.\n\n"
       "The agreements and certifications are maintained only in paper form. Under Public Officers Law\n"
       "section 87(1)(b)(iii), the fee for copies is $0.25 per page. The total fee is $103.00. Please\n"
       "remit a check or money order payable to \"Commissioner of Motor Vehicles\", referencing\n"
       "DMV-26-01288, to the Records Access Office, 6 Empire State Plaza, Albany, NY 12228. Records will\n"
       "be released upon receipt of payment. You may instead arrange to inspect the records at no charge.\n\n"
       "Personal information protected by the Driver's Privacy Protection Act will be redacted.\n")
html = html_page(['<b>Open FOIL NY</b>', 'A message has been sent to you regarding FOIL request <b>DMV-26-01288</b> '
                  '(Department of Motor Vehicles).', '<hr>'] + [p.replace('\n', ' ') for p in msg.strip().split('\n\n')] +
                 ['<hr><small>Sign in to Open FOIL NY to reply. Do not reply to this e-mail.</small>'])
write('043-openfoil-dmv-fee-req004.eml', alternative([
    ('From', 'Open FOIL NY <noreply@openfoil.ny.gov>'), ('To', INBOX), ('Subject', 'FOIL Request DMV-26-01288: New Message'),
    ('Date', date_hdr(2026, 10, 23, 10, 5, 'ET', 45)), ('Message-ID', '<%s.openfoil@openfoil.ny.gov>' % h('043', 20))],
    'Open FOIL NY\n\nA message has been sent to you regarding FOIL request DMV-26-01288 (Department of Motor Vehicles).\n\n'
    + msg, html, '043'),
    {'request': 'REQ-004', 'kind': 'fee_estimate', 'tracking_number': 'DMV-26-01288', 'signals': ['tracking', 'subject'],
     'why': 'DMV requires $103.00 copy fee (412 pages at $0.25) before release; inspection alternative offered',
     'note': 'fee letter delivered as a portal message; payment before release. Modeled on NY POL 87(1)(b) fee letters.'})

# 044 JustFOIA status change only ---------------------------------------------------------------------
write('044-cdi-justfoia-status.eml', simple([
    ('From', 'California Department of Insurance <no-reply@justfoia.com>'), ('To', plus('REQ-008')),
    ('Subject', 'Status Update: PRA-2026-0731'), ('Date', date_hdr(2026, 10, 30, 7, 0, 'PT', 2)),
    ('Message-ID', '<%s@email.justfoia.com>' % h('044', 32))],
    html_page(['Dear Records Desk,', 'The status of your request <b>PRA-2026-0731</b> has been updated to: '
               '<b>In Review - Legal</b>.', '<a href="https://cdi.justfoia.com/publicportal/home/track">Track your request</a>',
               '<span style="color:#888;font-size:11px">Powered by JustFOIA. This is an automated message.</span>']), 'html'),
    {'request': 'REQ-008', 'kind': 'portal_notice', 'tracking_number': 'PRA-2026-0731', 'signals': ['plus', 'tracking'],
     'why': 'JustFOIA status changed to In Review - Legal; nothing substantive',
     'note': 'bare portal status change. Modeled on JustFOIA status e-mails.'})

# 045 Google Voice voicemail transcript: hard to place (caller's number appears only in 020) ---------------
txt = ("New voicemail from (267) 555-0148 at 12:46 PM\nTranscript: Hi, this is Dan calling from the disclosure office "
       "about your request. Um, I just wanted to talk about the authorization form before I, uh, close it out. "
       "Give me a call back at 2 6 7, 5 5 5, 0 1 4 8. Thanks.\n\nPlay message: https://voice.google.com/u/0/voicemail\n\n"
       "YOUR ACCOUNT  HELP CENTER  HELP FORUM\nYou received this email because you turned on voicemail notifications "
       "in Google Voice.\nGoogle LLC 1600 Amphitheatre Pkwy, Mountain View CA 94043 USA\n")
html = html_page(['<b>New voicemail from (267) 555-0148 at 12:46 PM</b>',
                  'Hi, this is Dan calling from the disclosure office about your request. Um, I just wanted to talk about '
                  'the authorization form before I, uh, close it out. Give me a call back at 2 6 7, 5 5 5, 0 1 4 8. Thanks.',
                  '<a href="https://voice.google.com/u/0/voicemail">Play message</a>',
                  '<small>You received this email because you turned on voicemail notifications in Google Voice.</small>'])
write('045-voicemail-disclosure-office.eml', alternative([
    ('From', 'Google Voice <voice-noreply@google.com>'), ('To', INBOX),
    ('Subject', 'New voicemail from (267) 555-0148 at 12:46 PM'), ('Date', date_hdr(2026, 11, 3, 12, 47, 'ET', 9)),
    ('Message-ID', '<%s@google.com>' % h('045', 28))], txt, html, '045'),
    {'request': 'REQ-002', 'kind': 'other', 'signals': ['none'],
     'why': 'voicemail from the IRS disclosure specialist (phone number from 020) about the consent form; call-back request',
     'note': 'nearly unplaceable: no agency name or number; only the caller ID matching the phone in 020 and "authorization '
             'form" tie it to REQ-002. Modeled on Google Voice transcripts.'})

# 046 IRS closure + Exemption 3 / 6103 denial with appeal rights (alternative body + PDF) ------------------
pdf = make_pdf(['Department of the Treasury', 'Internal Revenue Service', 'Disclosure Office 4', '', 'Date: November 6, 2026',
                'Case Number: 2026-18517', 'Person to Contact: D. Okafor', '', 'Dear Requester:', '',
                'This is our final response to your Freedom of Information Act (FOIA) request received September 11, 2026, '
                'for examination, revocation and referral records concerning Harbor Light Ministries Inc.', '',
                'In our letter dated October 1, 2026, we asked you to provide a tax information authorization from the '
                'organization. We have not received it. Without it, we can neither confirm nor deny the existence of '
                'records responsive to your request. If such records existed, they would be returns or return '
                'information of a third party, which are confidential under Internal Revenue Code section 6103(a) and '
                'exempt from disclosure under FOIA exemption (b)(3), 5 U.S.C. 552(b)(3). We are closing your request.', '',
                'You may file an administrative appeal within 90 days of the date of this letter. Address it to the IRS '
                'Independent Office of Appeals, FOIA Appeals, and mark the letter and envelope "FOIA Appeal". You may '
                'contact our FOIA Public Liaison, or the Office of Government Information Services (OGIS) at the National '
                'Archives and Records Administration (ogis@nara.gov; 1-877-684-6448), which offers mediation services.',
                '', 'Sincerely,', '', 'Disclosure Manager'], 'Final response 2026-18517')
body = ('Please see the attached final response regarding case 2026-18517.\n\nDaniel Okafor\nDisclosure Specialist\n')
write('046-irs-denial-req002.eml', mixed([
    ('From', '"Okafor Daniel C" <Daniel.C.Okafor@irs.gov>'), ('To', INBOX), ('Subject', 'FOIA 2026-18517 - final response'),
    ('Date', date_hdr(2026, 11, 6, 10, 0, 'ET', 26)), ('Message-ID', outlook_mid('046', 'DM8PR09MB6811.namprd09.prod.outlook.com')),
    *outlook_headers('046', 'FOIA 2026-18517 - final response', True)],
    multipart('alternative', [text_part(body), text_part(html_page([body.replace('\n', '<br>')]), 'html')],
              '_000_%s_' % h('046alt', 24)),
    [attachment('2026-18517 Final.pdf', 'application/pdf', pdf)], '046'),
    {'request': 'REQ-002', 'kind': 'denial', 'tracking_number': '2026-18517', 'adverse_determination': True,
     'signals': ['tracking', 'subject'],
     'why': 'IRS closes the request (no third-party consent) and neither confirms nor denies records (b)(3)/6103; appeal 90 days',
     'note': 'closure for non-response combined with a Glomar-style statutory denial; OGIS paragraph. Modeled on IRS '
             'third-party request denials.'})

# 047 WA DOL NextRequest first installment with staff message -----------------------------------------
txt = ("Washington State Department of Licensing\n\nRecord request #26-1732 - Documents released\n\n"
       "Message from the Department:\n\nInstallment 1 of an estimated 3 is now available: 214 pages of e-mail and the Department's\n"
       "log of record requests received from U.S. Immigration and Customs Enforcement and Homeland\n"
       "Security Investigations, January 2024 - June 2025.\n\n"
       "Redactions: personal information from motor vehicle records (18 U.S.C. 2721; RCW 46.12.630;\n"
       "RCW 42.56.230(7)) and specific investigative details (RCW 42.56.240(1)). An exemption log is\n"
       "included with the documents.\n\nWe estimate the next installment will be provided on or before December 11, 2026.\n\n"
       "View documents: https://wadol.nextrequest.com/requests/26-1732\n")
write('047-wadol-nextrequest-installment1.eml', simple([
    ('From', 'Washington State Department of Licensing <wadol@mail.nextrequest.com>'), ('To', plus('REQ-013')),
    ('Subject', '[Records Request 26-1732] Documents released'), ('Date', date_hdr(2026, 11, 6, 16, 30, 'PT', 17)),
    ('Message-ID', '<%s@mail.nextrequest.com>' % h('047', 24))], txt),
    {'request': 'REQ-013', 'kind': 'records_interim', 'tracking_number': '26-1732', 'estimated': dt.date(2026, 12, 11),
     'signals': ['plus', 'tracking'],
     'why': 'DOL installment 1 of 3 with DPPA/RCW redactions; next installment estimated Dec 11',
     'note': 'rolling release under the PRA with DPPA redactions. Modeled on NextRequest releases and WA installment practice.'})

# 048 Open FOIL NY bare update: number only in the subject ---------------------------------------------
write('048-openfoil-dmv-updated.eml', simple([
    ('From', 'Open FOIL NY <noreply@openfoil.ny.gov>'), ('To', INBOX), ('Subject', 'FOIL Request DMV-26-01288 Updated'),
    ('Date', date_hdr(2026, 11, 9, 9, 0, 'ET', 38)), ('Message-ID', '<%s.openfoil@openfoil.ny.gov>' % h('048', 20))],
    html_page(['<b>Open FOIL NY</b>', 'Dear Records Desk,', 'Your FOIL request has been updated.',
               'Sign in to Open FOIL NY to view the current status and any documents or messages.',
               '<small>Do not reply to this e-mail.</small>']), 'html'),
    {'request': 'REQ-004', 'kind': 'portal_notice', 'tracking_number': 'DMV-26-01288', 'signals': ['tracking'],
     'why': 'Open FOIL NY "request updated" notice; number only in the subject, no content',
     'note': 'bare portal update from the shared portal address; only the subject identifies the request. Modeled on '
             'Open FOIL NY update e-mails.'})

# 049 WA DOL NextRequest closure: no responsive records ------------------------------------------------
txt = ("Washington State Department of Licensing\n\nRecord request #26-1809 has been closed.\n\n"
       "Closure reason: No responsive records\n\nMessage from the Department:\n\nThank you for your clarification of "
       "October 20, limiting the request to item (c), audit reports on\ndata-purchase contract holders' compliance with "
       "permissible-use terms, 2024-2026. The Department\nsearched the records of the Data Sharing Compliance Unit and the "
       "Office of Internal Audit. No audit\nof a contract holder was completed during that period; the first audits under "
       "the revised\ncompliance program are scheduled for 2027. The Department therefore has no responsive records.\n\n"
       "View request: https://wadol.nextrequest.com/requests/26-1809\n")
write('049-wadol-nextrequest-closed-no-records.eml', simple([
    ('From', 'Washington State Department of Licensing <wadol@mail.nextrequest.com>'), ('To', plus('REQ-015')),
    ('Subject', '[Records Request 26-1809] Request closed'), ('Date', date_hdr(2026, 11, 13, 11, 11, 'PT', 11)),
    ('Message-ID', '<%s@mail.nextrequest.com>' % h('049', 24))], txt),
    {'request': 'REQ-015', 'kind': 'no_records', 'tracking_number': '26-1809', 'adverse_determination': True,
     'signals': ['plus', 'tracking'],
     'why': 'DOL closes 26-1809: no audits of contract holders were done in 2024-2026; no responsive records (WA, no appeal days)',
     'note': 'NextRequest closure whose reason is no records. Modeled on NextRequest closure e-mails.'})

# 050 CDI final response from a named analyst (alternative), exam workpapers withheld -------------------------
txt = ("Dear Records Desk:\n\nRe: PRA-2026-0731 - Final Response (item 2, market conduct examination reports)\n\n"
       "The Department has released in the portal the seven adopted market conduct examination reports\n"
       "of homeowners insurers that address wildfire claims handling for 2024-2026. Adopted reports are\n"
       "public under Insurance Code section 734.1.\n\n"
       "The Department is withholding examination workpapers, draft reports and correspondence with the\n"
       "examined insurers. These records are confidential under Insurance Code sections 734.1(b) and\n"
       "735.5 and are exempt from disclosure under Government Code section 7927.705; drafts are also\n"
       "withheld under Government Code section 7922.000.\n\n"
       "This completes the Department's response to your request, which is now closed.\n\n"
       "Vivian Ng\nStaff Counsel, Public Records Act Unit\nCalifornia Department of Insurance\n")
write('050-cdi-final.eml', alternative([
    ('From', '"Ng, Vivian@CDI" <vivian.ng@insurance.ca.gov>'), ('To', INBOX),
    ('Subject', 'PRA-2026-0731 - Final Response'), ('Date', date_hdr(2026, 11, 17, 15, 0, 'PT', 6)),
    ('Message-ID', outlook_mid('050', 'BYAPR09MB4213.namprd09.prod.outlook.com')),
    *outlook_headers('050', 'PRA-2026-0731 - Final Response')],
    txt, html_page([p.replace('\n', ' ') for p in txt.strip().split('\n\n')]), '050'),
    {'request': 'REQ-008', 'kind': 'records_final', 'tracking_number': 'PRA-2026-0731', 'adverse_determination': True,
     'signals': ['tracking', 'subject'],
     'why': 'CDI releases adopted exam reports, withholds workpapers/drafts (Ins. Code 734.1(b), 735.5); request closed; CA no appeal',
     'note': 'partial final release by statute from a staff address in California "Name@CDI" style. Modeled on CDI '
             'PRA responses.'})

save_facts('part5')
