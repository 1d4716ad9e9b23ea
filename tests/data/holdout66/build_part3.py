#!/usr/bin/env python3
"""Messages 022-031 (September 30 - October 9, 2026)."""
from common import *

F = []
pay_mid = '<pay-005.20260928.1@records.example.org>'
fu_mid = '<fu-002.20260925.1@records.example.org>'

# 022 Travis: certified copies mailed, scans attached --------------------------------------
scans = letter('''TRAVIS COUNTY DISTRICT CLERK - COPY SERVICE
Uncertified courtesy scans (certified copies sent by U.S. Mail 09/30/2026)

D-1-DC-21-300418  Judgment of Conviction by Jury  4 pp
D-1-DC-21-301772  Judgment of Conviction by Court - Waiver of Jury Trial  3 pp
D-1-DC-21-904455  Judgment of Conviction by Court  5 pp
D-1-DC-22-200391  Judgment Adjudicating Guilt  4 pp
D-1-DC-22-300817  Judgment of Conviction by Jury  6 pp
D-1-DC-22-904102  Judgment of Conviction by Court  3 pp
D-1-DC-23-200045  Judgment of Conviction by Court - Waiver of Jury Trial  4 pp
D-1-DC-23-301298  Judgment of Conviction by Jury  5 pp
D-1-DC-23-904781  Judgment of Conviction by Court  3 pp
D-1-DC-23-905127  Judgment of Conviction by Court  4 pp

Total 41 pages. Fees paid 09/29/2026: $91.00.''')
write('022-travis-copies-sent.eml', [
    ('From', 'Lorena Pruitt <lorena.pruitt@traviscountytx.gov>'), ('To', 'Records Desk <%s>' % plus('REQ-005')),
    ('Subject', 'RE: ' + subject('REQ-005')), ('Date', when('2026-09-30 10:05', 'CT')),
    ('Message-ID', mid('022', 'traviscountytx.gov')), ('In-Reply-To', pay_mid),
    ('References', '%s %s %s' % (req_mid('REQ-005'), mid('007', 'traviscountytx.gov'), pay_mid))]
    + m365('022', subject('REQ-005')),
    multi('mixed', [text('Payment received yesterday, thank you.\n\n'
                         'The certified copies of the 10 judgments went out in today\'s mail. Plain scans are\n'
                         'attached as a courtesy. This completes your request.\n\n'
                         'Lorena Pruitt\nDeputy Clerk - Records & Copies\nTravis County District Clerk\'s Office\n'),
                    attachment('Judgments_10_causes.pdf', pdf(scans, 'Judgments'))], '_004_TRAVIS022_'))
F.append(dict(file='022-travis-copies-sent.eml', request='REQ-005', kind='records_final', tracking_number=None,
              signals=['thread', 'plus'],
              why='payment received; certified copies mailed and scans attached; "completes your request"',
              test='final release after a certified-copy fee; thread runs through our unregistered payment email',
              model='district clerk copy-service replies'))

# 023 CT Division of Public Defender Services: acknowledgment letter -------------------------
L = letter('''STATE OF CONNECTICUT
DIVISION OF PUBLIC DEFENDER SERVICES
Office of Chief Public Defender
55 Farmington Avenue, 8th Floor, Hartford, CT 06105

October 1, 2026

Records Desk
records+req-014@records.example.org

Re: Freedom of Information Act request PDS-FOI-26-031

Dear Records Desk:

The Division of Public Defender Services received your request by email on September 30, 2026. Your message was sent after 5:00 p.m. on September 29 and was logged as received on the next business day.

You asked for monthly caseload reports by office, attorney vacancy and hiring data, and caseload-standard analyses prepared for the Public Defender Services Commission, 2023 to the present.

Your request is being processed under the Freedom of Information Act, Conn. Gen. Stat. 1-200 et seq. Electronic records are generally provided at no charge. If paper copies are needed there may be a fee of $0.25 per page under Conn. Gen. Stat. 1-212.

Please refer to PDS-FOI-26-031 in any correspondence.

Sincerely,

Hollis Brandt
FOIA Liaison''')
write('023-ctpds-ack-letter.eml', [
    ('From', 'Brandt, Hollis <Hollis.Brandt@ct.gov>'), ('To', 'records+req-014@records.example.org'),
    ('Subject', 'FOIA Request PDS-FOI-26-031'), ('Date', when('2026-10-01 09:30')),
    ('Message-ID', mid('023', 'ct.gov'))] + m365('023', 'FOIA Request PDS-FOI-26-031'),
    multi('mixed', [text('Good morning,\n\nPlease see the attached acknowledgment of your FOIA request.\n\n'
                         'Hollis Brandt\nFOIA Liaison | Division of Public Defender Services\n'),
                    attachment('PDS-FOI-26-031 Acknowledgment.pdf', pdf(L, 'Acknowledgment'))], '_005_CTPDS023_'))
F.append(dict(file='023-ctpds-ack-letter.eml', request='REQ-014', kind='acknowledgment', tracking_number='PDS-FOI-26-031',
              clock='received:2026-09-30', signals=['plus', 'tracking-new'],
              why='PDS acknowledges; after-hours email of Sept 29 logged as received Sept 30; CT 4 business days from Sept 30',
              test='state public defender subject to the records law; received date only inside the PDF; hedged fee ("may be a fee")',
              model='Conn. Gen. Stat. 1-206(a) four-business-day rule and 1-212 copy fees; state agency acknowledgment letters'))

# 024 Judicial Council: 14-day extension ---------------------------------------------------
h = '''<html><body style="font-family:Helvetica,Arial;font-size:10pt">
<div style="max-width:600px;border-top:4px solid #7a1f2b;padding:8px">
<p><b>Judicial Council of California</b> &ndash; message regarding request <b>PAR-26-0314</b></p>
<p>Dear Records Desk,</p>
<p>Under California Rules of Court, rule 10.500(e)(2), the Judicial Council is extending the time to respond to your
request by 14 days. Unusual circumstances apply: the records must be searched for and collected from the Criminal
Justice Services office and from program files held with the participating superior courts, and we need to consult
with those courts about some of the data reports.</p>
<p>We anticipate providing our determination by <b>October 16, 2026</b>.</p>
<p>Public Access Coordinator<br>Legal Services, Judicial Council of California<br>455 Golden Gate Avenue, San Francisco, CA 94102</p>
<p><a href="https://jcc.justfoia.com/publicportal/home/track">View your request</a></p>
</div></body></html>
'''
write('024-cajc-extension.eml', [
    ('From', 'JustFOIA Notifications <notifications@justfoia.com>'), ('To', plus('REQ-010')),
    ('Subject', 'Message regarding Request PAR-26-0314'), ('Date', when('2026-10-01 15:20', 'PT')),
    ('Message-ID', mid('024', 'justfoia.com'))], text(h, 'html'))
F.append(dict(file='024-cajc-extension.eml', request='REQ-010', kind='extension', tracking_number='PAR-26-0314',
              clock='extension', estimated='2026-10-16', signals=['plus', 'tracking'],
              why='rule 10.500(e)(2) 14-day extension on the Oct 5 due date; determination expected Oct 16',
              test='extension through a portal message (substantive, not a portal_notice); stated date earlier than the extended due',
              model='Cal. Rules of Court 10.500(e)(2) unusual-circumstances notice'))

# 025 W.D. Wash.: closed-case CJA payment data under Judicial Conference policy ---------------
csv = ('fiscal_year,attorney,closed_cases,vouchers_paid,total_paid\n'
       'FY2024,Attorney 001,9,14,118402.50\nFY2024,Attorney 002,6,8,74210.00\nFY2024,Attorney 003,11,17,142977.25\n'
       'FY2025,Attorney 001,7,10,96144.00\nFY2025,Attorney 002,8,12,88310.75\nFY2025,Attorney 004,5,6,51290.00\n'
       'FY2026,Attorney 003,4,5,47620.50\nFY2026,Attorney 005,6,9,70155.25\n')
write('025-wawd-cja-payments.eml', [
    ('From', 'Karen Ostrander <karen_ostrander@wawd.uscourts.gov>'), ('To', 'Records Desk <%s>' % plus('REQ-002')),
    ('Subject', 'RE: ' + subject('REQ-002')), ('Date', when('2026-10-02 16:10', 'PT')),
    ('Message-ID', mid('025', 'wawd.uscourts.gov')), ('In-Reply-To', fu_mid),
    ('References', '%s %s %s' % (req_mid('REQ-002'), mid('002', 'wawd.uscourts.gov'), fu_mid))]
    + m365('025', subject('REQ-002')),
    multi('mixed', [text(wrap_para('''
Hello again,

Attached are closed-case CJA payment totals per attorney for FY2024 through FY2026, compiled by our CJA unit. (Sorry about the bounce; Mr. Rosales retired in August.)

As I mentioned, this is provided under the Judicial Conference's CJA payment disclosure policy, not FOIA. Payment information for cases that are still open or on appeal, and for cases where the vouchers are sealed, is not included; that is about 140 vouchers. Attorney names are replaced with panel numbers in this version; the names for closed cases are available on the public docket.

That completes what we can provide.
''') + '\n\nKaren Ostrander\nOperations Manager | Clerk\'s Office\n'),
        attachment('CJA_closed_case_payments_FY24-FY26.csv', csv, 'text/csv')], '_006_WAWD025_'))
F.append(dict(file='025-wawd-cja-payments.eml', request='REQ-002', kind='records_final', tracking_number=None,
              adverse=True, appeal_window=False, signals=['thread', 'plus'],
              why='clerk releases closed-case CJA payment totals under Judicial Conference policy; open/sealed cases excluded; no FOIA appeal',
              test='records_final with withholdings from a body outside FOIA: federal but appeal_due null; after an earlier denial on the same request',
              model='Guide to Judiciary Policy Vol. 7A CJA payment disclosure; federal clerk correspondence'))

# 026 WA AOC: case records are with county clerks; data request referred ------------------------
write('026-waaoc-referral-lfo.eml', [
    ('From', 'Dana Whitcomb <dana.whitcomb@courts.wa.gov>'), ('To', plus('REQ-009')),
    ('Cc', 'AOC Data Dissemination <datadissemination@courts.wa.gov>'),
    ('Subject', 'AOC-26-0447 - LFO data / where case records are kept'), ('Date', when('2026-10-05 10:30', 'PT')),
    ('Message-ID', mid('026', 'courts.wa.gov'))],
    text(wrap_para('''
Hello,

Your request AOC-26-0447 asks for two different kinds of records, and they are held in different places.

Case-level records, meaning the motions to waive or remit LFOs and the orders on them, are court records under GR 31. They are kept by the county clerk of the superior court in each county (or by the district and municipal courts for their cases). The AOC is not the custodian of those files, so you would need to ask each county clerk.

Statewide compiled data from the Judicial Information System is handled by the AOC Data Dissemination unit under JISCR 15 and the JIS Data Dissemination Policy. I have forwarded your request to that unit (copied here). They will contact you about the scope of the data and any cost.

I will keep AOC-26-0447 open until Data Dissemination has finished.
''') + '\n\nDana Whitcomb\nPublic Records Officer, Administrative Office of the Courts\n'))
F.append(dict(file='026-waaoc-referral-lfo.eml', request='REQ-009', kind='other', tracking_number='AOC-26-0447',
              signals=['plus', 'tracking'],
              why='referral: case records sit with county clerks under GR 31; compiled JIS data referred to the Data Dissemination unit',
              test='transfer/referral notice (other) inside the same body; second AOC request; number in subject',
              model='ACLU-WA guide to GR 31 / GR 31.1; JISCR 15 data dissemination'))

# 027 Palm Beach Clerk: special service charge (GovQA) ----------------------------------------
h = '''<html><body style="font-family:Arial;font-size:10pt;color:#222">
<table width="620" cellpadding="6" style="border:1px solid #bbb">
<tr><td style="background:#004b87;color:#fff"><b>Public Records Center &mdash; Clerk of the Circuit Court &amp; Comptroller, Palm Beach County</b></td></tr>
<tr><td>
<p>Dear Records Desk,</p>
<p>Your request <b>W004519-092426</b> requires extensive use of information technology resources and clerical
assistance. Under s. 119.07(4)(d), F.S., the following special service charge applies:</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr><td style="border:1px solid #ccc">Report extraction and compilation (court and finance systems)</td><td style="border:1px solid #ccc">4.5 hrs &times; $27.40</td><td style="border:1px solid #ccc">$123.30</td></tr>
<tr><td style="border:1px solid #ccc">Electronic delivery</td><td style="border:1px solid #ccc"></td><td style="border:1px solid #ccc">$0.00</td></tr>
<tr><td style="border:1px solid #ccc"><b>Estimated total</b></td><td style="border:1px solid #ccc"></td><td style="border:1px solid #ccc"><b>$123.30</b></td></tr>
</table>
<p>Payment of the estimated total is required before work begins. If the actual cost is lower, the difference will be
refunded; if it may be higher, you will be contacted first. Pay online through the Public Records Center or by check
payable to &ldquo;Clerk of the Circuit Court &amp; Comptroller&rdquo;.</p>
<p>If payment is not received within 30 days, the request will be closed.</p>
</td></tr>
<tr><td style="font-size:8pt;color:#777">This message was sent from an unmonitored address. Please do not reply. Powered by GovQA.</td></tr>
</table></body></html>
'''
write('027-pbc-special-service-charge.eml', [
    ('From', 'Public Records Center <no-reply@mycusthelp.net>'), ('To', plus('REQ-012')),
    ('Subject', 'Public Records Request :: W004519-092426 - Payment Required'), ('Date', when('2026-10-06 11:40')),
    ('Message-ID', mid('027', 'mycusthelp.net'))], text(h, 'html', cte='quoted-printable'))
F.append(dict(file='027-pbc-special-service-charge.eml', request='REQ-012', kind='fee_estimate',
              tracking_number='W004519-092426', signals=['plus', 'tracking'],
              why='special service charge of $123.30 (4.5 hrs) must be paid before work begins; closure after 30 days unpaid',
              test='fee table in HTML with an hourly rate and a total; conditional refund wording',
              model='s. 119.07(4)(d), F.S. special service charge letters from Florida clerks (GovQA)'))

# 028 Florida Bar: cost letter for certified copies, number only in the file name -----------------
L = letter('''THE FLORIDA BAR
651 East Jefferson Street, Tallahassee, Florida 32399-2300

October 7, 2026

Records Desk
records@records.example.org

Re: Your request of September 28, 2026

Dear Records Desk:

The Florida Bar is an official arm of the Supreme Court of Florida. Its records are not subject to chapter 119, Florida Statutes. Public access to Bar records is governed by Florida Rule of General Practice and Judicial Administration 2.420 and by the Rules Regulating The Florida Bar, including rule 3-7.1 on the confidentiality of disciplinary files.

Two of the five attorneys named in your request have public disciplinary records: the Supreme Court orders, reports of referee and consent judgments total 212 pages. You asked for certified copies. The cost is:

  Copies, 212 pages at $0.15 ........ $31.80
  Certification, 4 documents at $10.00 $40.00
  Total ............................. $71.80

Please remit payment before the copies are prepared. The Clients' Security Fund part of your request is being reviewed separately by Fund staff, who will write to you directly.

Sincerely,

Public Records Coordinator
Office of General Counsel''')
write('028-flbar-cost-letter.eml', [
    ('From', 'The Florida Bar Public Records <publicrecords@floridabar.org>'), ('To', INBOX),
    ('Subject', 'Your public records request'), ('Date', when('2026-10-07 14:05')),
    ('Message-ID', mid('028', 'floridabar.org'))],
    multi('mixed', [text('Please see the attached letter regarding your request.\n\nThe Florida Bar\n'
                         'Office of General Counsel\n'),
                    attachment('RR2026-0290_cost_letter.pdf', pdf(L, 'Cost letter'))], '----=_Part_028_FLBAR'))
F.append(dict(file='028-flbar-cost-letter.eml', request='REQ-013', kind='fee_estimate', tracking_number='RR2026-0290',
              signals=['tracking-filename', 'subject'],
              why='Bar says ch. 119 does not reach it (rule 2.420 governs); certified copies cost $71.80, payment first',
              test='tracking number only in the attachment file name; generic subject; plain inbox; letter that the law does not apply plus a fee',
              model='Florida Bar access under rule 2.420 and Rules Regulating The Florida Bar 3-7.1; illustrative copy/certification fees'))

# 029 Governor's office: clemency petitions belong to the Parole Board ---------------------------
write('029-magov-referral-parole.eml', [
    ('From', 'GovOffice RAO (GOV) <GovOffice.RAO@mass.gov>'), ('To', 'Records Desk <%s>' % plus('REQ-008')),
    ('Subject', 'G-26-0388 - clemency petitions'), ('Date', when('2026-10-08 10:15')),
    ('Message-ID', mid('029', 'mass.gov'))] + m365('029', 'G-26-0388 - clemency petitions'),
    text(wrap_para('''
Dear Records Desk,

Regarding G-26-0388: clemency petitions, and the files of the Advisory Board of Pardons, are kept by the Parole Board, which sits as the Advisory Board of Pardons. The Parole Board is part of the Executive Office of Public Safety and Security and is subject to the Public Records Law. Please direct that part of your request to the Parole Board's Records Access Officer; the Board's public records page on mass.gov has the current contact.

This Office continues to review the remainder of your request, concerning correspondence of the Governor's Legal Office, under its voluntary practice.
''') + '\n\nRecords Access Officer\nOffice of the Governor\n'))
F.append(dict(file='029-magov-referral-parole.eml', request='REQ-008', kind='other', tracking_number='G-26-0388',
              signals=['plus', 'tracking'],
              why="referral: petitions are held by the Parole Board (Advisory Board of Pardons); rest still under voluntary review",
              test='referral to another agency on the same mass.gov domain; not an acknowledgment or denial',
              model="Governor's Office public records page (consider whether a secretariat or agency is the right recipient)"))

# 030 GovQA update notice ----------------------------------------------------------------
h = '''<html><body style="font-family:Arial;font-size:10pt">
<p>Public Records Request :: W004519-092426 has been updated.</p>
<p>To view the update, please log in to the <a href="https://mypalmbeachclerk.mycusthelp.com/WEBAPP/_rs/(S(x4p1))/supporthome.aspx">Public Records Center</a>.</p>
<p style="font-size:8pt;color:#777">This message was sent from an unmonitored address. Please do not reply.</p>
</body></html>
'''
write('030-pbc-govqa-updated.eml', [
    ('From', 'Public Records Center <no-reply@mycusthelp.net>'), ('To', plus('REQ-012')),
    ('Subject', 'Public Records Request :: W004519-092426 has been updated'), ('Date', when('2026-10-08 16:30')),
    ('Message-ID', mid('030', 'mycusthelp.net'))], text(h, 'html'))
F.append(dict(file='030-pbc-govqa-updated.eml', request='REQ-012', kind='portal_notice', tracking_number='W004519-092426',
              signals=['plus', 'tracking'], why='GovQA "has been updated" notice with no content',
              test='portal_notice; same sender as the ack and the fee letter', model='GovQA update notifications'))

# 031 AO staffer: clarification on the PACER fee request ---------------------------------------
write('031-ao-staff-clarification.eml', [
    ('From', 'Michael Kessler <michael_kessler@ao.uscourts.gov>'), ('To', INBOX),
    ('Subject', 'PACER fee request (AO-26-0221)'), ('Date', when('2026-10-09 12:20')),
    ('Message-ID', mid('031', 'ao.uscourts.gov'))] + m365('031', 'PACER fee request (AO-26-0221)'),
    text('''Hi there,

I've been assigned your request on Electronic Public Access fee revenue and
expenditures, which we logged as AO-26-0221. Same as your other request, this
one is handled under Judicial Conference policy since FOIA doesn't cover us.

Two quick questions before I start pulling numbers:

1) For expenditures, do you want obligations by fiscal year (the figures we use
   in the budget justification) or actual outlays? They differ a fair amount.

2) The FY2022-FY2024 revenue and obligation totals are already public in the
   EPA program reports on uscourts.gov. Would links for those years plus new
   tables for FY2025 and FY2026 work for you?

I'll hold off until I hear back.

Thanks,
Mike

Michael Kessler
Budget Analyst, Office of Finance and Budget
Administrative Office of the U.S. Courts
'''))
F.append(dict(file='031-ao-staff-clarification.eml', request='REQ-015', kind='clarification', tracking_number='AO-26-0221',
              signals=['subject', 'tracking-new'],
              why='AO budget analyst asks obligations vs outlays and whether links will do; work on hold; assigns AO-26-0221',
              test='informal staff email from a personal .gov address; mentions "your other request"; new number distinguishes it from AO-26-0193',
              model='program staff emails to requesters; AO EPA program reports'))

save_facts(3, F)
