#!/usr/bin/env python3
"""Messages 052-060 (November 20, 2026 - January 12, 2027)."""
from common import *

F = []

# 052 colleague forwards the AOC data extract (inline forward) ------------------------------
csv = ('county,year,lfo_waiver_remission_motions,granted,granted_in_part,denied\n'
       'King,2020,1204,811,142,251\nKing,2025,1377,1002,120,255\nPierce,2023,640,388,71,181\n'
       'Spokane,2024,512,301,55,156\nYakima,2026,219,131,20,68\n')
b = '''Data came to me since I signed the agreement. Forwarding for the file.

Sam

---------- Forwarded message ---------
From: AOC Data Dissemination <datadissemination@courts.wa.gov>
Date: Thu, Nov 19, 2026 at 4:02 PM
Subject: AOC-26-0447 data extract
To: Sam Ortiz <sortiz@records.example.org>
Cc: Dana Whitcomb <dana.whitcomb@courts.wa.gov>

Hello Sam,

Attached is the extract for AOC-26-0447: motions to waive or remit legal
financial obligations and their outcomes, by county and year, 2020 through
September 2026. A short data dictionary is in the first rows of the file.

Final programming time was 5.5 hours, so the invoice, to follow from our
fiscal office, will be $330.00 rather than the $360.00 estimated. This
completes the data request, and Dana will close AOC-26-0447.

AOC Data Dissemination
Administrative Office of the Courts
'''
write('052-fwd-waaoc-data-extract.eml', [
    ('From', 'Sam Ortiz <sortiz@records.example.org>'), ('To', INBOX),
    ('Subject', 'Fwd: AOC-26-0447 data extract'), ('Date', when('2026-11-20 08:15')),
    ('Message-ID', mid('052', ORG))],
    multi('mixed', [text(b), attachment('LFO_waiver_remission_by_county_2020-2026.csv', csv, 'text/csv')],
          '000000000000f00d052'))
F.append(dict(file='052-fwd-waaoc-data-extract.eml', request='REQ-009', kind='records_final', tracking_number='AOC-26-0447',
              signals=['tracking', 'subject'],
              why='forwarded AOC data extract completing the LFO data request; final cost $330 invoiced after delivery',
              test='Fwd: from our own domain; label by the forwarded agency message; a fee figure inside a final release',
              model='JIS data dissemination deliveries; internal forwards'))

# 053 NY OCA partial release -------------------------------------------------------------
L = letter('''CONTRACT SUMMARY SHEETS RELEASED UNDER FOIL-2026-1182 (first release)

Contract C-2022-0147  Video conferencing platform licenses, statewide  term 04/2022-03/2025
  Amendment 1 (06/2023): added 1,200 licenses
  Amendment 2 (02/2025): extension to 03/2027
Contract C-2023-0311  Virtual courtroom scheduling and appearance platform  term 09/2023-08/2026
  Amendment 1 (07/2026): extension to 08/2028''')
write('053-nyoca-partial-release.eml', [
    ('From', 'OCA Records Access Officer <foil@nycourts.gov>'), ('To', plus('REQ-006')),
    ('Subject', 'FOIL-2026-1182 - Partial Release'), ('Date', when('2026-11-24 12:06')),
    ('Message-ID', mid('053', 'nycourts.gov'))] + m365('053', 'FOIL-2026-1182 - Partial Release'),
    multi('mixed', [text(wrap_para('''
Dear Records Desk:

Enclosed is a first release of records responsive to FOIL-2026-1182: the contracts and amendments with two vendors of video-conferencing and virtual appearance platforms. Vendor notice under Public Officers Law 89(5) is still pending for the remaining contracts, and the invoices are being compiled. We will provide a further response when that process is complete.
''') + '\n\nRecords Access Officer\nOffice of Court Administration\n'),
        attachment('FOIL-2026-1182_release1.pdf', pdf(L, 'Release 1'))], '_012_NYOCA053_'))
F.append(dict(file='053-nyoca-partial-release.eml', request='REQ-006', kind='records_interim', tracking_number='FOIL-2026-1182',
              signals=['plus', 'tracking'],
              why='first release of contracts; remaining contracts await vendor notice, invoices being compiled',
              test='interim release without a new date, shortly before the stated Dec 4 date', model='FOIL rolling productions'))

# 054 JustFOIA status change notice -------------------------------------------------------
write('054-cajc-status-change.eml', [
    ('From', 'JustFOIA Notifications <notifications@justfoia.com>'), ('To', plus('REQ-010')),
    ('Subject', 'Status Change - Request PAR-26-0314'), ('Date', when('2026-11-30 08:03', 'PT')),
    ('Message-ID', mid('054', 'justfoia.com'))],
    text('Request PAR-26-0314\n\nThe status of your request has changed to: In Progress - Legal Review.\n\n'
         'Log in to the public portal to view details:\nhttps://jcc.justfoia.com/publicportal/home/track\n\n'
         'This is an automated notification from JustFOIA.\n'))
F.append(dict(file='054-cajc-status-change.eml', request='REQ-010', kind='portal_notice', tracking_number='PAR-26-0314',
              signals=['plus', 'tracking'], why='JustFOIA status-change notice with no substance',
              test='plain-text portal_notice (other JustFOIA notices were HTML)', model='JustFOIA status notifications'))

# 055 CT PDS final response with withholdings -------------------------------------------------
L = letter('''STATE OF CONNECTICUT
DIVISION OF PUBLIC DEFENDER SERVICES
55 Farmington Avenue, 8th Floor, Hartford, CT 06105

December 3, 2026

Records Desk
records+req-014@records.example.org

Re: PDS-FOI-26-031 - final response

Dear Records Desk:

This completes the Division's response to your Freedom of Information Act request. The monthly caseload reports were provided on November 9, 2026.

Enclosed with this letter are: attorney vacancy counts by office and month, January 2023 to October 2026; hiring data (positions posted, filled, and time to fill); and the caseload-standard analysis presented to the Public Defender Services Commission in June 2025.

Withheld: (1) names of applicants and interview evaluations, which are exempt under Conn. Gen. Stat. 1-210(b)(2) because disclosure would be an invasion of personal privacy; and (2) a preliminary draft of an updated caseload study, exempt under Conn. Gen. Stat. 1-210(b)(1) as a preliminary draft whose public interest in withholding clearly outweighs the interest in disclosure.

You may appeal this decision to the Freedom of Information Commission, 165 Capitol Avenue, Hartford, CT 06106, within thirty days of the date of this letter, as provided in Conn. Gen. Stat. 1-206(b)(1).

Sincerely,

Hollis Brandt
FOIA Liaison''')
write('055-ctpds-final-letter.eml', [
    ('From', 'Brandt, Hollis <Hollis.Brandt@ct.gov>'), ('To', 'records+req-014@records.example.org'),
    ('Subject', 'PDS-FOI-26-031 - final response'), ('Date', when('2026-12-03 14:40')),
    ('Message-ID', mid('055', 'ct.gov'))] + m365('055', 'PDS-FOI-26-031 - final response'),
    multi('mixed', [text('Good afternoon,\n\nPlease find attached our final response and the enclosed records.\n\n'
                         'Hollis Brandt\nFOIA Liaison | Division of Public Defender Services\n'),
                    attachment('PDS-FOI-26-031 Final Response.pdf', pdf(L, 'Final response'))], '_013_CTPDS055_'))
F.append(dict(file='055-ctpds-final-letter.eml', request='REQ-014', kind='records_final', tracking_number='PDS-FOI-26-031',
              adverse=True, appeal_window=True, signals=['plus', 'tracking'],
              why='final release with applicant data and a draft study withheld (1-210(b)(2), (b)(1)); FOIC appeal 30 days: Jan 2 (Sat) rolls to Jan 4',
              test='state appeal window from the table (CT 30 days) with weekend roll-forward; letter only in PDF',
              model='Conn. Gen. Stat. 1-206(b)(1) appeal notice; 1-210(b)(1)/(b)(2) exemptions'))

# 056 Judicial Council final release (portal message with content) ------------------------------
h = '''<html><body style="font-family:Helvetica,Arial;font-size:10pt">
<div style="max-width:600px;border-top:4px solid #7a1f2b;padding:8px">
<p><b>Judicial Council of California</b> &ndash; request <b>PAR-26-0314</b> closed</p>
<p>Dear Records Desk,</p>
<p>The final set of records has been released to the portal: the contracts with the two pretrial risk-assessment
vendors, with amendments, and the pretrial program data reports for 2024&ndash;2026.</p>
<p>Portions of the two vendor contracts describing the vendors&#39; proprietary scoring methods and pricing proposals
have been withheld under California Rules of Court, rule 10.500(f), which exempts records that would be exempt under
the California Public Records Act, including trade secrets. All other information has been released.</p>
<p>Your request is now closed.</p>
<p>Public Access Coordinator, Legal Services</p>
</div></body></html>
'''
write('056-cajc-final-closed.eml', [
    ('From', 'JustFOIA Notifications <notifications@justfoia.com>'), ('To', plus('REQ-010')),
    ('Subject', 'Request PAR-26-0314 Closed'), ('Date', when('2026-12-10 16:20', 'PT')),
    ('Message-ID', mid('056', 'justfoia.com'))], text(h, 'html', cte='quoted-printable'))
F.append(dict(file='056-cajc-final-closed.eml', request='REQ-010', kind='records_final', tracking_number='PAR-26-0314',
              adverse=True, appeal_window=False, signals=['plus', 'tracking'],
              why='final set released with vendor trade-secret portions withheld under rule 10.500(f); CA table has no appeal days',
              test='portal "Closed" email that is a substantive final with withholdings', model='rule 10.500(f) exemptions; JustFOIA closure'))

# 057 AO final response, letter in PDF ------------------------------------------------------
L = letter('''ADMINISTRATIVE OFFICE OF THE UNITED STATES COURTS
Office of the General Counsel
Washington, DC 20544

December 14, 2026

Records Desk
records@records.example.org

Re: AO-26-0193

Dear Requester:

This responds to your request of September 8, 2026 for records on the response to the CM/ECF and PACER security incident. As explained in our letter of September 10, the Freedom of Information Act does not apply to the Administrative Office, and we have considered your request under Judicial Conference policy.

Enclosed are three contracts and five modifications for incident-response, forensic and remediation services. We have redacted technical descriptions of the judiciary's systems and security controls, and the names and contact details of judiciary information technology staff.

The after-action and lessons-learned reports are withheld in full. They describe vulnerabilities in, and defenses of, the judiciary's information systems, and their release would put those systems at risk.

This concludes our response to your request.

Sincerely,

Office of the General Counsel''')
write('057-ao-final-letter.eml', [
    ('From', 'AO Office of the General Counsel <records_requests@ao.uscourts.gov>'), ('To', INBOX),
    ('Subject', 'AO-26-0193 - response'), ('Date', when('2026-12-14 11:00')), ('Message-ID', mid('057', 'ao.uscourts.gov'))],
    multi('mixed', [text('Please see the attached letter and enclosures.\n\nOffice of the General Counsel\n'
                         'Administrative Office of the U.S. Courts\n'),
                    attachment('AO-26-0193_Response_Letter.pdf', pdf(L, 'Response'))], '==ao_057_9e2d'))
F.append(dict(file='057-ao-final-letter.eml', request='REQ-001', kind='records_final', tracking_number='AO-26-0193',
              adverse=True, appeal_window=False, signals=['tracking', 'subject'],
              why='AO releases redacted contracts, withholds after-action reports; FOIA does not apply, no appeal offered: appeal_due null',
              test='federal-looking partial release without a FOIA appeal window (jurisdiction US would otherwise give 90 days)',
              model='AO policy responses; federal partial-release letter layout'))

# 058 NY OCA final determination ---------------------------------------------------------
t = wrap_para('''
Dear Records Desk:

Re: FOIL-2026-1182 - Determination

This completes the response of the Office of Court Administration to your request. Enclosed are the remaining contracts and amendments and the paid invoices for video-conferencing and virtual appearance platforms, January 2022 to the present.

After notice to the vendors under Public Officers Law 89(5), unit pricing schedules in two contracts have been redacted. Those schedules were submitted by commercial enterprises, and their disclosure would cause substantial injury to the competitive position of those enterprises (Public Officers Law 87(2)(d)).

You may appeal this partial denial in writing within 30 days to the Appeals Officer, Office of Court Administration, 25 Beaver Street, New York, NY 10004, under 22 NYCRR 124.9.

Records Access Officer
Office of Court Administration
''')
hh = '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', ' ') for p in t.split('\n\n')) + '</div></body></html>'
write('058-nyoca-final-determination.eml', [
    ('From', 'OCA Records Access Officer <foil@nycourts.gov>'), ('To', plus('REQ-006')),
    ('Subject', 'FOIL-2026-1182 - Determination'), ('Date', when('2026-12-18 15:35')),
    ('Message-ID', mid('058', 'nycourts.gov'))] + m365('058', 'FOIL-2026-1182 - Determination'),
    multi('mixed', [multi('alternative', [text(t), text(hh, 'html', cte='quoted-printable')], '_000_NYOCA058alt_'),
                    attachment('FOIL-2026-1182_release2_invoices.pdf', pdf(letter(
                        'INVOICES RELEASED UNDER FOIL-2026-1182 (final release)\n\n'
                        'Invoice 22-4471  $412,880.00  paid 07/2022\nInvoice 24-0912  $398,115.00  paid 03/2024\n'
                        'Invoice 26-1130  $441,002.50  paid 05/2026'), 'Release 2'))], '_014_NYOCA058_'))
F.append(dict(file='058-nyoca-final-determination.eml', request='REQ-006', kind='records_final', tracking_number='FOIL-2026-1182',
              adverse=True, appeal_window=True, signals=['plus', 'tracking'],
              why='final release, pricing redacted under POL 87(2)(d); Part 124.9 and the NY table give 30 days: Jan 17 (Sun), Jan 18 MLK Day, so Jan 19',
              test='appeal window rolled over a weekend and a holiday; multipart/alternative nested in multipart/mixed',
              model='22 NYCRR 124.9 appeal; FOIL 87(2)(d) trade-secret redactions after 89(5) notice'))

# 059 WA AOC closes the complaint portion for non-response ------------------------------------
write('059-waaoc-closed-no-response.eml', ggroup('Dana Whitcomb', 'dana.whitcomb@courts.wa.gov') + [
    ('To', plus('REQ-003')), ('Subject', 'AOC-26-0412 - closed'), ('Date', when('2027-01-06 09:20', 'PT')),
    ('Message-ID', mid('059', 'courts.wa.gov')), ('In-Reply-To', mid('051', 'courts.wa.gov')),
    ('References', mid('051', 'courts.wa.gov'))],
    text(wrap_para('''
Hello,

I did not receive a response to my November 13 message asking which complaint records you wanted, so I have closed the complaint portion of AOC-26-0412 as of today. The interpreter payment records were provided on October 16, 2026, and AOC-26-0412 is now closed.

You are welcome to submit a new request for the complaint records at any time.
''') + '\n\nDana Whitcomb\nPublic Records Officer, Administrative Office of the Courts\n'))
F.append(dict(file='059-waaoc-closed-no-response.eml', request='REQ-003', kind='other', tracking_number='AOC-26-0412',
              signals=['thread', 'plus', 'tracking'],
              why='closure of the remaining portion for non-response to the clarification; no records released and none refused',
              test='closure for non-response (not a denial, not a final release); via the Google Group; threaded to the clarification only',
              model='GR 31.1 practice of closing requests when clarification is not received'))

# 060 U.S. Courts news bulletin (not about any request) ----------------------------------------
h = ('<html><body style="font-family:Arial;font-size:10pt"><p><b>U.S. Courts &ndash; Judiciary News</b></p>'
     '<p>January 12, 2027</p><p><b>Judicial Conference updates Electronic Public Access fee schedule</b><br>'
     'The quarterly fee waiver threshold for PACER users rises in 2027, and the Administrative Office has published '
     'its annual report on the Electronic Public Access program.</p>'
     '<p><a href="https://www.uscourts.gov/news">Read more on uscourts.gov</a></p>'
     '<p style="font-size:8pt">You are receiving this bulletin because you subscribed to Judiciary News. '
     '<a href="https://public.govdelivery.com/accounts/USCOURTS/subscriber/edit">Manage subscriptions</a></p>'
     '</body></html>\n')
write('060-uscourts-news-bulletin.eml', [
    ('From', 'U.S. Courts <uscourts@public.govdelivery.com>'), ('To', INBOX),
    ('Subject', 'Judiciary News: Electronic Public Access fee schedule update'), ('Date', when('2027-01-12 10:00')),
    ('Message-ID', mid('060', 'public.govdelivery.com')),
    ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USCOURTS/subscriber/one_click_unsubscribe>'),
    ('Precedence', 'bulk')], text(h, 'html'))
F.append(dict(file='060-uscourts-news-bulletin.eml', request=None, kind='other', tracking_number=None, signals=['none'],
              why='GovDelivery bulletin on the EPA/PACER fee schedule; not a reply to REQ-015 (already closed)',
              test='request null: judiciary bulletin on the topic of REQ-015 after that request closed', model='GovDelivery bulletins (format only)'))

save_facts(6, F)
