"""messages 021-030"""
from common import *

# 021 - LA County 14-day CPRA extension with a date
save('021-lacpd-extension-14-days.eml', build(
    std('Probation PRA Unit <pra@probation.lacounty.gov>', 'PRA 26-0418 - Extension of Time',
        D('2026-09-25 10:00', '-0700'), mid('021lacpd', 'probation.lacounty.gov'), to=plus('REQ-008')),
    text='Re: California Public Records Act Request PRA 26-0418\n\nDear Requester:\n\nPursuant to Government Code '
         'section 7922.535(b), the Department is extending the time to respond to your request by 14 days because '
         'of the need to search for and collect records from field facilities separate from the office processing '
         'the request, and the need to consult with County Counsel and the Office of Inspector General, which have '
         'a substantial interest in the determination.\n\nThe Department will notify you of its determination by '
         'October 5, 2026.\n\nPRA Unit\nLos Angeles County Probation Department'),
    request='REQ-008', kind='extension', tracking='PRA 26-0418', clock='extension', estimated='2026-10-05',
    signals=['plus', 'tracking'],
    why='CPRA 14-day extension on the Sep 21 due date (Sep 20 was a Sunday); determination by Oct 5')

# 022 - federal probation staff follow-up: referral, no threading, new subject
save('022-uspo-staff-referral.eml', build(
    std('Priya Sandoval <Priya_Sandoval@ohnp.uscourts.gov>', 'location monitoring question',
        D('2026-09-25 13:25', '-0400'), mid('022uspo', 'ohnp.uscourts.gov')),
    text='Hello,\n\nOur Chief asked me to follow up on the voicemail you left for our front office about the letter '
         'we sent on the 11th.\n\nAs that letter said, we are part of the court and can\'t treat your request as a '
         'FOIA request, but a few pointers that may help:\n\n- Caseload figures: the Administrative Office publishes '
         'district-level supervision numbers in the Judicial Business tables (Table E-2) on uscourts.gov.\n'
         '- Location monitoring contract: the equipment and monitoring services are under a national contract '
         'managed by the AO\'s Probation and Pretrial Services Office in Washington, not by us.\n'
         '- Anything filed in a case (for example, violation reports that became part of the record): the Clerk\'s '
         'Office intake window on the 1st floor, or PACER.\n\nHope that helps.\n\nPriya Sandoval\nAdministrative '
         'Services Manager\nU.S. Probation and Pretrial Services, Northern District of Ohio'),
    request='REQ-003', kind='other', signals=['subject'],
    why='probation office staff points to AO tables, AO national LM contract and the Clerk; referral, no threading')

# 023 - PSA fee letter in the body; number written with spaces; 30-day closure warning
save('023-psa-fee-letter.eml', build(
    std('PSA FOIA <foia@psa.gov>', 'Fee Notification - PSA FOIA 2026-0112', D('2026-09-28 09:30', '-0400'),
        mid('023psa', 'psa.gov')),
    text='September 28, 2026\n\nRe: PSA FOIA 2026-0112\n\nDear Requester:\n\nThis concerns your Freedom of '
         'Information Act request for validation studies and scoring guides for the Agency\'s risk assessment '
         'instrument. Our search located approximately 585 pages of potentially responsive records.\n\nAs a '
         'representative of the news media you are charged only duplication fees, and the first 100 pages are '
         'provided without charge. The remaining 485 pages at $0.10 per page result in estimated fees of $48.50. '
         'Because the estimate exceeds $25.00, please confirm in writing that you agree to pay fees up to this '
         'amount, or narrow your request to reduce them.\n\nIf we do not receive your written response within 30 '
         'calendar days of the date of this letter, we will assume you are no longer interested and administratively '
         'close your request.\n\nSincerely,\n\nDenise Hollis\nGovernment Information Specialist\nFOIA/Privacy Act '
         'Unit, Pretrial Services Agency for the District of Columbia'),
    request='REQ-001', kind='fee_estimate', tracking='PSA FOIA 2026-0112', signals=['tracking', 'subject'],
    why='PSA duplication-fee estimate $48.50 needs written agreement within 30 days or request closes; number with spaces')

# 024 - TJJD partial release and AG-ruling notice; number only in the attachment file name
L24 = ['TEXAS JUVENILE JUSTICE DEPARTMENT', 'Office of General Counsel', '11209 Metric Blvd., Austin, Texas 78758', '',
       'September 28, 2026', '', 'Records Desk', 'via email', '',
       'Re: Request for information regarding deaths of youth in TJJD secure facilities, 2020-2026', '',
       'Dear Requester:', '',
       'Enclosed is a summary of deaths of youth committed to the Department that occurred in state secure '
       'facilities from January 2020 to the present, together with the Department\'s public notices of those deaths. '
       'This information is released to you without charge.',
       '', 'The Department believes the remaining responsive information, including serious incident reports, '
       'investigation reports of the Office of Inspector General, and medical and autopsy records of the youth, is '
       'excepted from disclosure under Government Code section 552.101 in conjunction with Family Code section '
       '58.005 (confidentiality of juvenile records) and other law. As required by Government Code section 552.301, '
       'the Department has requested a decision from the Office of the Attorney General. A copy of our letter to '
       'the Attorney General, with the confidential information redacted, is available on request.',
       '', 'You may submit written comments to the Attorney General stating why the information should be released. '
       'The Department will respond further once the Attorney General has ruled.', '', 'Sincerely,', '',
       'Lorena Batiste', 'Assistant General Counsel - Open Records']
csv24 = ('year,facility_type,deaths_reported,manner_pending_review\n2020,secure facility,1,0\n2021,secure facility,0,0\n'
         '2022,secure facility,2,0\n2023,secure facility,1,0\n2024,secure facility,2,1\n2025,secure facility,1,1\n'
         '2026,secure facility,1,1\n').encode()
save('024-tjjd-partial-ag-ruling.eml', build(
    std('TJJD Open Records <openrecords@tjjd.texas.gov>', 'Your request for information about deaths of youth',
        D('2026-09-28 16:10', '-0500'), mid('024tjjd', 'tjjd.texas.gov'), to=plus('REQ-010')),
    text='Please see the attached letter and summary.\n\nOffice of General Counsel - Open Records\nTexas Juvenile '
         'Justice Department\n',
    attachments=[('R001187-091126 AG Notice and Partial Release.pdf', 'application/pdf', pdf(L24, 'AG Notice')),
                 ('youth_deaths_summary_2020_2026.csv', 'text/csv', csv24)]),
    request='REQ-010', kind='records_interim', tracking='R001187-091126',
    signals=['plus', 'subject', 'tracking-filename'],
    why='TJJD releases death summary, withholds reports under Fam. Code 58.005 pending AG ruling; more to come')

# 025 - MIDC fee estimate with deposit; itemization in PDF
L25 = ['MICHIGAN INDIGENT DEFENSE COMMISSION', 'FOIA DETAILED COST ITEMIZATION', 'Request No. MIDC-FOIA-2026-031', '',
       'Labor - search, locate and examine (15.50 hrs x $22.10)            $342.55',
       'Labor - separating exempt from nonexempt (2.0 hrs x $22.10)        $44.20',
       'Labor - duplication/publication, non-paper (1.0 hrs x $22.10)      $22.10',
       'Non-paper physical media                                           $0.00',
       'Mailing                                                            $0.00', '',
       'TOTAL ESTIMATED COST                                               $408.85',
       'Good-faith deposit required (50%), MCL 15.234(8)                   $204.43', '',
       'This estimate is made in good faith. The public body will not begin processing until the deposit is received.']
save('025-midc-fee-deposit.eml', build(
    std('"Roush, Kendra (LARA)" <RoushK@michigan.gov>', 'MIDC-FOIA-2026-031 - Response and Fee Estimate',
        D('2026-09-29 11:00', '-0400'), mid('025midc', 'CH0PR09MB8812.namprd09.prod.outlook.com'), to=plus('REQ-006'),
        extra=outlook('MIDC-FOIA-2026-031 Fee')),
    text='Dear Requester:\n\nYour request is granted as to existing, nonexempt records, subject to payment. The '
         'estimated cost is $408.85 (itemization attached). Because the estimate exceeds $50.00, a good-faith deposit '
         'of $204.43 is required before the MIDC will begin processing (MCL 15.234(8)). Our best-efforts estimate is '
         'that the records will be provided within 20 business days after the deposit is received.\n\nPayment may be '
         'made by check payable to the State of Michigan, referencing MIDC-FOIA-2026-031.\n\nKendra Roush\nFOIA '
         'Coordinator',
    attachments=[('Cost Itemization MIDC-FOIA-2026-031.pdf', 'application/pdf', pdf(L25, 'Cost Itemization'))]),
    request='REQ-006', kind='fee_estimate', tracking='MIDC-FOIA-2026-031', signals=['plus', 'tracking'],
    why='MI fee estimate $408.85 with 50% deposit before processing; time frame relative to deposit (no date)')

# 026 - MDOPD hedged fee estimate with a range
save('026-mdopd-fee-range.eml', build(
    std('Jamal Whitcomb <jamal.whitcomb@maryland.gov>', 'PIA-2026-0233 - possible fee', D('2026-09-29 14:30', '-0400'),
        mid('026mdopd', 'SA1PR09MB10342.namprd09.prod.outlook.com'), to=plus('REQ-005'), extra=outlook('PIA-2026-0233 fee')),
    text='Good afternoon,\n\nI\'m in OPD\'s Fiscal Division and am pulling the panel attorney material for PIA-2026-0233. '
         'The first two hours of search and preparation are free under GP § 4-206, but it looks like this one will '
         'run past that, so a fee may apply. My rough estimate is somewhere between $120 and $180, depending on '
         'how many of the twelve districts kept the signed panel agreements electronically.\n\nCould you let me know '
         'whether you agree to pay up to $180, or whether you would prefer to limit the request to the statewide fee '
         'schedule and payment totals (which would be free)? I won\'t start the billable part until I hear from '
         'you.\n\nThanks,\nJamal Whitcomb\nFiscal Division, Maryland Office of the Public Defender'),
    request='REQ-005', kind='fee_estimate', tracking='PIA-2026-0233', signals=['plus', 'tracking'],
    why='hedged MD fee: "a fee may apply", $120-$180 range, billable work waits for agreement or narrowing')

# 027 - NextRequest bare "new message" notice
save('027-multco-nextrequest-notice.eml', build(
    std('Multnomah County <noreply@mail.nextrequest.com>', '[Records Request 26-512] A message has been added',
        D('2026-09-30 09:12', '-0700'), mid('027multco', 'mail.nextrequest.com'), to=plus('REQ-012')),
    html='<html><body style="font-family:Helvetica"><p>Multnomah County</p><p>Record request #26-512 has been '
         'updated. A new message is available.</p><p><a href="https://multco.nextrequest.com/requests/26-512">View '
         'request #26-512</a></p><p style="color:#777">Please do not reply to this email.</p></body></html>'),
    request='REQ-012', kind='portal_notice', tracking='26-512', signals=['plus', 'tracking'],
    why='NextRequest "request updated" notice with no content')

# 028 - NextRequest message carrying the clarification text
save('028-multco-nextrequest-clarify.eml', build(
    std('Multnomah County <noreply@mail.nextrequest.com>', '[Records Request 26-512] Message from Multnomah County',
        D('2026-10-01 10:05', '-0700'), mid('028multco', 'mail.nextrequest.com'), to=plus('REQ-012')),
    text='Multnomah County\n\nMessage regarding record request #26-512:\n\n"Hello - DCJ has located the current '
         'electronic monitoring services agreement and four amendments. Before we go further, can you tell us '
         'whether by "monthly invoices" you mean the invoice summary pages only, or the full invoices including '
         'the participant detail pages? The detail pages list individual adults on supervision and would need '
         'to be redacted under ORS 192.355 and ORS 192.345. We are pausing work on the invoice portion until we '
         'hear from you. - Lynette Aubrey, DCJ Records"\n\nRespond at https://multco.nextrequest.com/requests/26-512\n'),
    request='REQ-012', kind='clarification', tracking='26-512', signals=['plus', 'tracking'],
    why='County asks whether invoices mean summaries or participant detail pages; pauses that part')

# 029 - LA County first installment with a date for the rest
t29 = ('Re: PRA 26-0418\n\nDear Requester:\n\nThe Department has determined that your request seeks disclosable '
       'records in part. This is the first installment of records, available at the link below:\n\n'
       '  - Notifications of deaths in custody submitted to the Board of State and Community Corrections, 2023-2026 '
       '(redacted)\n  - Office of Inspector General public reports on Los Padrinos Juvenile Hall\n  - Aggregate '
       'counts of suicide attempts by facility and month\n\nNames and identifying information of minors have been '
       'redacted under Welfare and Institutions Code section 827 and Government Code section 7927.700. The '
       'Department continues to review the remaining records and anticipates providing its next installment and '
       'final determination by October 30, 2026.\n\nDownload (expires in 30 days): '
       'https://lacounty.sharefile.com/d-s8a2c41e\n\nPRA Unit\nLos Angeles County Probation Department')
save('029-lacpd-first-installment.eml', build(
    std('Probation PRA Unit <pra@probation.lacounty.gov>', 'PRA 26-0418 - First Installment', D('2026-10-02 15:40', '-0700'),
        mid('029lacpd', 'probation.lacounty.gov'), to=plus('REQ-008')),
    text=t29, html='<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t29.split('\n\n')) +
    '</body></html>'),
    request='REQ-008', kind='records_interim', tracking='PRA 26-0418', estimated='2026-10-30',
    signals=['plus', 'tracking'],
    why='first CPRA installment with juvenile redactions (W&I 827); next installment and determination by Oct 30')

# 030 - PSA unusual-circumstances extension with OGIS paragraph
t30 = ('October 5, 2026\n\nRe: FOIA Request No. PSA-FOIA-2026-0119\n\nDear Requester:\n\nThe Agency is taking a '
       'ten-working-day extension of the time limit to respond to your request under 5 U.S.C. 552(a)(6)(B)(i), '
       'because unusual circumstances apply: the request requires a search for records held by the Office of '
       'Finance and Administration and the need to consult with the contractor, which has a substantial interest '
       'in the determination.\n\nWe expect that processing will take longer than the extended period; our current '
       'estimate is that we will complete it by December 18, 2026. You may narrow the request, for example to the '
       'base contract and task orders without invoices, or agree to an alternative time frame.\n\nYou may contact '
       'our FOIA Public Liaison at foia@psa.gov or (202) 555-0190. You may also contact the Office of Government '
       'Information Services (OGIS) at the National Archives and Records Administration to inquire about the FOIA '
       'mediation services they offer: Office of Government Information Services, National Archives and Records '
       'Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001, ogis@nara.gov, 202-741-5770, '
       'toll free 1-877-684-6448.\n\nSincerely,\nFOIA/Privacy Act Unit\nPretrial Services Agency for the District '
       'of Columbia')
save('030-psa-extension-ogis.eml', build(
    std('PSA FOIA <foia@psa.gov>', 'PSA-FOIA-2026-0119 - Extension of Time', D('2026-10-05 10:20', '-0400'),
        mid('030psa', 'psa.gov'), to=plus('REQ-002')),
    text=t30, html='<html><body style="font-family:Times New Roman">' +
    ''.join('<p>%s</p>' % p for p in t30.split('\n\n')) + '</body></html>'),
    request='REQ-002', kind='extension', tracking='PSA-FOIA-2026-0119', clock='extension', estimated='2026-12-18',
    signals=['plus', 'tracking'],
    why='federal unusual-circumstances +10 working days on the Oct 8 due date; estimated completion Dec 18; OGIS paragraph')
