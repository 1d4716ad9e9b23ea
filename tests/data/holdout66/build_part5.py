#!/usr/bin/env python3
"""Messages 042-051 (October 27 - November 13, 2026)."""
from common import *

F = []

# 042 Palm Beach Clerk: request completed (substantive GovQA message) ----------------------------
csv = ('month,civil_indigency_applications,approved,denied\n2023-01,412,355,57\n2023-02,398,340,58\n'
       '2024-06,455,390,65\n2025-11,471,402,69\n2026-08,446,381,65\n')
h = '''<html><body style="font-family:Arial;font-size:10pt;color:#222">
<table width="620" cellpadding="6" style="border:1px solid #bbb">
<tr><td style="background:#004b87;color:#fff"><b>Public Records Center &mdash; Clerk of the Circuit Court &amp; Comptroller, Palm Beach County</b></td></tr>
<tr><td>
<p>Dear Records Desk,</p>
<p>Your public records request <b>W004519-092426</b> has been completed and closed.</p>
<p>Attached are the monthly counts of civil indigency applications received, approved and denied (January 2023 &ndash;
August 2026), and the Clerk&#39;s annual reports of court costs and fines assessed and collected are posted in the
Public Records Center.</p>
<p>The special service charge you paid was $123.30. Actual staff time was 4 hours ($109.60), and a refund of $13.70
will be issued by check.</p>
<p>Thank you for using the Public Records Center.</p>
</td></tr>
<tr><td style="font-size:8pt;color:#777">This message was sent from an unmonitored address. Please do not reply. Powered by GovQA.</td></tr>
</table></body></html>
'''
write('042-pbc-govqa-completed.eml', [
    ('From', 'Public Records Center <no-reply@mycusthelp.net>'), ('To', plus('REQ-012')),
    ('Subject', 'Public Records Request :: W004519-092426 - Completed'), ('Date', when('2026-10-27 15:22')),
    ('Message-ID', mid('042', 'mycusthelp.net'))],
    multi('mixed', [text(h, 'html', cte='quoted-printable'),
                    attachment('W004519-092426_civil_indigency_counts.csv', csv, 'text/csv')], '_GovQA_042_x9'))
F.append(dict(file='042-pbc-govqa-completed.eml', request='REQ-012', kind='records_final', tracking_number='W004519-092426',
              signals=['plus', 'tracking'],
              why='GovQA completion message with the records attached/posted and a $13.70 refund; nothing withheld',
              test='portal email that is substantive (final release), unlike the bare update notice 030',
              model='GovQA closure letters; s. 119.07(4)(d) refund of unused deposit'))

# 043 AO: more time needed, no statutory clock -----------------------------------------------
write('043-ao-status-more-time.eml', [
    ('From', 'AO Office of the General Counsel <records_requests@ao.uscourts.gov>'), ('To', INBOX),
    ('Subject', 'AO-26-0193 status'), ('Date', when('2026-10-28 10:05')), ('Message-ID', mid('043', 'ao.uscourts.gov'))],
    text(wrap_para('''
Dear Requester:

We write about your request for records on the response to the CM/ECF security incident, reference AO-26-0193.

Our review has required consultation with the judiciary's information technology security staff and with the contracting officers responsible for the incident-response contracts, and it is taking longer than we first expected. We now anticipate completing our review and responding by December 11, 2026.

As noted in our letter of September 10, the Freedom of Information Act does not apply to the Administrative Office, and your request is being considered under Judicial Conference policy.
''') + '\n\nOffice of the General Counsel\nAdministrative Office of the United States Courts\n'))
F.append(dict(file='043-ao-status-more-time.eml', request='REQ-001', kind='extension', tracking_number='AO-26-0193',
              estimated='2026-12-11', signals=['tracking', 'subject'],
              why='AO needs more time, response expected Dec 11; FOIA does not apply so there is no statutory due to extend',
              test='extension from a federal-looking body with no FOIA clock: estimated only, no due; two AO requests open, number decides',
              model='federal unusual-circumstances letters, adapted to the AO policy posture'))

# 044 Judicial Council: first records released (portal message with content) --------------------
h = '''<html><body style="font-family:Helvetica,Arial;font-size:10pt">
<div style="max-width:600px;border-top:4px solid #7a1f2b;padding:8px">
<p><b>Judicial Council of California</b> &ndash; request <b>PAR-26-0314</b></p>
<p>Dear Records Desk,</p>
<p>The Judicial Council has determined that your request seeks disclosable judicial administrative records. The first
set of records has been released to the portal:</p>
<ul><li>Pretrial Pilot Program final evaluation report and appendices</li>
<li>Quarterly data reports submitted by pilot courts, 2021&ndash;2023</li></ul>
<p>The vendor contracts and later data reports are still being reviewed and will be released in a further set.</p>
<p>Public Access Coordinator, Legal Services</p>
<p><a href="https://jcc.justfoia.com/publicportal/home/track">View released documents</a></p>
</div></body></html>
'''
write('044-cajc-first-release.eml', [
    ('From', 'JustFOIA Notifications <notifications@justfoia.com>'), ('To', plus('REQ-010')),
    ('Subject', 'Documents Released - Request PAR-26-0314'), ('Date', when('2026-10-30 11:48', 'PT')),
    ('Message-ID', mid('044', 'justfoia.com'))], text(h, 'html'))
F.append(dict(file='044-cajc-first-release.eml', request='REQ-010', kind='records_interim', tracking_number='PAR-26-0314',
              signals=['plus', 'tracking'],
              why='determination plus first set of records released to the portal; contracts still under review',
              test='portal email that is substantive (interim release); no date given for the rest',
              model='Cal. Rules of Court 10.500(e) determinations; JustFOIA release notices'))

# 045 California Assembly: LORA release letter ------------------------------------------------
clar = '<clar-011.20260930.1@records.example.org>'
L = letter('''ASSEMBLY RULES COMMITTEE
California State Assembly
1020 N Street, Room 400, Sacramento, CA 95814

November 2, 2026

Records Desk
records@records.example.org

Re: Legislative Open Records Act request - Member travel and per diem claims

Dear Records Desk:

As you confirmed on September 30, you asked for the travel expense claim forms, without receipts, of all Members of the Assembly for January 2025 through August 2026.

The Assembly is subject to the Legislative Open Records Act (Government Code sections 9070-9080), not the California Public Records Act. Under that Act we are providing 1,108 claim forms, available for download at the secure link sent separately to this address for 30 days.

Home addresses, personal telephone numbers and bank account information on the forms have been redacted to protect personal privacy. No other information has been withheld.

This completes our response to your request.

Sincerely,

Teresa Nakamura
Legislative Records, Assembly Rules Committee''')
write('045-caasm-lora-release.eml', [
    ('From', 'Teresa Nakamura <teresa.nakamura@asm.ca.gov>'), ('To', INBOX),
    ('Subject', 'RE: LORA request - Member travel claims'), ('Date', when('2026-11-02 13:30', 'PT')),
    ('Message-ID', mid('045', 'asm.ca.gov')), ('In-Reply-To', clar),
    ('References', '%s %s' % (mid('021', 'asm.ca.gov'), clar))] + m365('045', 'LORA request - Member travel claims'),
    multi('mixed', [text('Hello,\n\nOur response letter is attached. The download link follows in a separate email.\n\n'
                         'Teresa Nakamura\nLegislative Records, Assembly Rules Committee\n'),
                    attachment('LORA_response_member_travel_claims.pdf', pdf(L, 'LORA response'))], '_009_ASM045_'))
F.append(dict(file='045-caasm-lora-release.eml', request='REQ-011', kind='records_final', tracking_number=None,
              adverse=True, appeal_window=False, signals=['thread', 'subject'],
              why='Assembly releases 1,108 claim forms under LORA with personal information redacted; CA table has no appeal days',
              test='final with minor redactions from a legislature outside the CPRA; thread only to the changed-subject clarification (021) and our reply',
              model='Legislative Open Records Act responses; Assembly Rules Committee practice'))

# 046 Florida Bar: certified copies sent ------------------------------------------------------
write('046-flbar-certified-copies.eml', [
    ('From', 'The Florida Bar Public Records <publicrecords@floridabar.org>'), ('To', INBOX),
    ('Subject', 'RR2026-0290 - certified copies'), ('Date', when('2026-11-04 10:40')),
    ('Message-ID', mid('046', 'floridabar.org'))],
    text(wrap_para('''
Dear Records Desk,

We received your payment of $71.80. Certified copies of the public disciplinary records (Supreme Court orders, reports of referee and consent judgments) for the two attorneys identified in our October 7 letter were mailed today. The other three attorneys named in your request have no public disciplinary history with The Florida Bar.

With the Clients' Security Fund's letter of October 21, this completes your request RR2026-0290.
''') + '\n\nPublic Records Coordinator\nThe Florida Bar, Office of General Counsel\n'))
F.append(dict(file='046-flbar-certified-copies.eml', request='REQ-013', kind='records_final', tracking_number='RR2026-0290',
              signals=['tracking', 'subject'],
              why='payment received, certified discipline records mailed, request complete; nothing withheld',
              test='final after a certified-copy fee; plain inbox, no thread headers; number known from earlier messages',
              model='bar records-office correspondence'))

# 047 AO: PACER revenue and obligation tables -------------------------------------------------
rep = '<clar-015.20261013.1@records.example.org>'
csv = ('fiscal_year,epa_fee_revenue_usd_m,epa_obligations_usd_m\nFY2022,148.2,151.0\nFY2023,146.9,149.7\n'
       'FY2024,145.1,152.3\nFY2025,143.8,150.9\nFY2026,142.6,149.2\n')
write('047-ao-pacer-tables.eml', [
    ('From', 'Michael Kessler <michael_kessler@ao.uscourts.gov>'), ('To', 'Records Desk <%s>' % INBOX),
    ('Subject', 'RE: PACER fee request (AO-26-0221)'), ('Date', when('2026-11-05 15:12')),
    ('Message-ID', mid('047', 'ao.uscourts.gov')), ('In-Reply-To', rep),
    ('References', '%s %s' % (mid('031', 'ao.uscourts.gov'), rep))] + m365('047', 'PACER fee request (AO-26-0221)'),
    multi('mixed', [text('''Hi,

As you asked, attached is a table of EPA fee revenue and obligations for
FY2022 through FY2026 (obligations, in millions). FY2026 is preliminary until
the year-end reports close. The published EPA reports for FY2022-FY2024 are on
uscourts.gov if you need the line-item detail.

This is provided as a matter of judiciary policy. That wraps up AO-26-0221.

Mike
'''), attachment('AO-26-0221_EPA_revenue_obligations.csv', csv, 'text/csv')], '_010_AO047_'))
F.append(dict(file='047-ao-pacer-tables.eml', request='REQ-015', kind='records_final', tracking_number='AO-26-0221',
              signals=['thread', 'tracking'],
              why='AO analyst sends the EPA revenue/obligation table and closes AO-26-0221; nothing withheld',
              test='final from a body outside FOIA, threaded only to the staff clarification (031) and our reply',
              model='AO EPA program reporting; informal staff release emails'))

# 048 CT PDS: caseload reports (interim) ---------------------------------------------------
csv = 'month,office,new_cases,pending_cases,attorneys\n2023-01,Hartford GA14,611,1420,19\n2024-07,New Haven JD,402,988,14\n2026-08,Bridgeport GA2,548,1311,16\n'
write('048-ctpds-caseload-reports.eml', [
    ('From', 'Brandt, Hollis <Hollis.Brandt@ct.gov>'), ('To', 'records+req-014@records.example.org'),
    ('Subject', 'PDS-FOI-26-031 - caseload reports'), ('Date', when('2026-11-09 11:05')),
    ('Message-ID', mid('048', 'ct.gov'))] + m365('048', 'PDS-FOI-26-031 - caseload reports'),
    multi('mixed', [text('Good morning,\n\nAttached are the monthly caseload reports by office, January 2023 through\n'
                         'August 2026. Human Resources is finishing its review of the vacancy and hiring\n'
                         'data, which will follow.\n\nHollis Brandt\nFOIA Liaison | Division of Public Defender Services\n'),
                    attachment('PDS_caseload_by_office_2023-2026.csv', csv, 'text/csv')], '_011_CTPDS048_'))
F.append(dict(file='048-ctpds-caseload-reports.eml', request='REQ-014', kind='records_interim',
              tracking_number='PDS-FOI-26-031', signals=['plus', 'tracking'],
              why='first part (caseload reports) released; vacancy and hiring data to follow',
              test='rolling release after the stated date had passed', model='state agency partial productions'))

# 049 forwarded voicemail from "the clerk's office" (hard to place) ---------------------------------
write('049-fwd-voicemail-clerk.eml', [
    ('From', 'Jordan Reyes <jreyes@records.example.org>'), ('To', INBOX),
    ('Subject', 'Fwd: Voicemail from Unknown caller (0:42)'), ('Date', when('2026-11-10 09:31')),
    ('Message-ID', mid('049', ORG))],
    text('''Anyone know which request this is? No number on the caller ID.

---------- Forwarded message ---------
From: Voicemail <voicemail@records.example.org>
Date: Tue, Nov 10, 2026 at 9:12 AM
Subject: Voicemail from Unknown caller (0:42)
To: Jordan Reyes <jreyes@records.example.org>

Caller: Unknown
Duration: 0:42
Transcription (may be inaccurate):

"Hi, this is Denise calling from the clerk's office, records section, about
your records request. There is a question on the charge and I need to confirm
a mailing address for you. If you could give me a call back, my extension is
4417. Thank you."
'''))
F.append(dict(file='049-fwd-voicemail-clerk.eml', request='REQ-012', kind='other', tracking_number=None,
              signals=['none'],
              why="voicemail from a clerk's office about a charge and a mailing address: in fact the Palm Beach Clerk about the $13.70 refund check",
              test='hard to place: "clerk\'s office" fits Travis, Palm Beach and W.D. Wash.; only the refund in 042 hints at Palm Beach',
              model='internal forward of a phone-system voicemail transcription'))

# 050 Governor's office: declines under Lambert ----------------------------------------------
b = wrap_para('''
Dear Records Desk,

This Office has completed its review of the remaining part of your request, G-26-0388, for correspondence between the Governor's Legal Office and the Advisory Board of Pardons about clemency petitions.

As we noted in our letter of September 22, the Office of the Governor is not subject to the Public Records Law. See Lambert v. Executive Director of the Judicial Nominating Council, 425 Mass. 406 (1997). Under its voluntary practice, the Office has decided not to release the requested correspondence, which consists of legal advice and deliberations on individual petitions.

Notices of clemency hearings before the Governor's Council, and the Council's votes, are public and are posted with the Council's meeting materials. Records of the Parole Board, sitting as the Advisory Board of Pardons, may be requested from that agency as described in our message of October 8.
''') + '\n\nRecords Access Officer\nOffice of the Governor\n'
write('050-magov-declines-lambert.eml', [
    ('From', 'GovOffice RAO (GOV) <GovOffice.RAO@mass.gov>'), ('To', 'Records Desk <%s>' % plus('REQ-008')),
    ('Subject', 'RE: ' + subject('REQ-008')), ('Date', when('2026-11-12 16:45')),
    ('Message-ID', mid('050', 'mass.gov')), ('In-Reply-To', mid('014', 'mass.gov')),
    ('References', '%s %s' % (req_mid('REQ-008'), mid('014', 'mass.gov')))] + m365('050', subject('REQ-008')),
    text(b))
F.append(dict(file='050-magov-declines-lambert.eml', request='REQ-008', kind='denial', tracking_number='G-26-0388',
              adverse=True, appeal_window=False, signals=['thread', 'plus', 'tracking'],
              why="Governor's office declines the correspondence under its voluntary practice (Lambert); law does not apply, so no appeal_due though MA has 90 days",
              test='denial by a body outside the records law in a state whose table has an appeal window: appeal_due null',
              model="Massachusetts Governor's Office Lambert responses (CommonWealth Magazine reporting)"))

# 051 WA AOC: which complaint records? --------------------------------------------------------
write('051-waaoc-complaints-question.eml', [
    ('From', 'Dana Whitcomb <dana.whitcomb@courts.wa.gov>'), ('To', plus('REQ-003')),
    ('Subject', 'AOC-26-0412 - question about the complaint records'), ('Date', when('2026-11-13 10:10', 'PT')),
    ('Message-ID', mid('051', 'courts.wa.gov'))],
    text(wrap_para('''
Hello,

To finish AOC-26-0412 I need to know which complaint records you want. There are two sets:

(a) complaints about credentialed court interpreters handled through the Interpreter Commission's disciplinary process. Files in open matters and matters dismissed without discipline are generally exempt under GR 31.1 and the Commission's disciplinary rules; final disciplinary decisions are public.

(b) general feedback and complaints sent to the AOC interpreter program about scheduling, availability or quality, which are mostly releasable with personal information redacted.

Please tell me whether you want (a), (b) or both. If I do not hear from you by December 14, 2026, I will close the complaint portion of your request. The payment records were provided on October 16.
''') + '\n\nDana Whitcomb\nPublic Records Officer, Administrative Office of the Courts\n'))
F.append(dict(file='051-waaoc-complaints-question.eml', request='REQ-003', kind='clarification', tracking_number='AOC-26-0412',
              signals=['plus', 'tracking'],
              why='AOC asks which complaint records are wanted and warns the portion will close if no reply by Dec 14',
              test='clarification with a closure deadline (must not be read as a closure or a due date)',
              model='GR 31.1(d) clarification practice; Interpreter Commission disciplinary confidentiality'))

save_facts(5, F)
