"""messages 031-040"""
from common import *

# 031 - TJJD GovQA acknowledgment for the second TJJD request
save('031-tjjd-govqa-ack-2.eml', build(
    std('Texas Juvenile Justice Department <tjjd@govqa.us>', 'TJJD Public Information Request :: R001342-100526',
        D('2026-10-06 09:40', '-0500'), mid('031tjjd', 'govqa.us'), to=plus('REQ-015')),
    html='<html><body style="font-family:Tahoma,Arial;font-size:10pt">\n<p>Dear Records Desk,</p>\n'
         '<p>The Texas Juvenile Justice Department has received your request for public information. The request '
         'was received on <b>10/5/2026</b> and assigned reference number <b>R001342-100526</b>.</p>\n'
         '<table border="1" cellpadding="3" cellspacing="0"><tr><td>Reference #</td><td>R001342-100526</td></tr>'
         '<tr><td>Received</td><td>10/5/2026</td></tr><tr><td>Description</td><td>Contracts and validation studies '
         'for TJJD risk and needs assessment instrument</td></tr></table>\n'
         '<p>To check status, log in to the <a href="https://tjjd.govqa.us/WEBAPP/_rs/supporthome.aspx">TJJD Public '
         'Information Center</a>.</p>\n<p>Office of General Counsel - Open Records<br>Texas Juvenile Justice '
         'Department</p>\n</body></html>'),
    request='REQ-015', kind='acknowledgment', tracking='R001342-100526', clock='received_on_sent_date',
    signals=['plus', 'tracking-new', 'subject'],
    why='GovQA ack for the second TJJD request: received 10/5/2026 (= sent), R001342-100526')

# 032 - colleague forwards MDOPD first production
save('032-fwd-mdopd-first-production.eml', build(
    std('Marisol Ferreira <mferreira@records.example.org>', 'Fwd: PIA-2026-0233 - first production',
        D('2026-10-06 13:10', '-0400'), mid('032fwd', 'mail.gmail.com')),
    text='For the log - Jamal at OPD sent this straight to me because my name was on the original letter. I told '
         'him we\'d take the free option first and decide on the signed agreements later.\n\nMarisol\n\n'
         '---------- Forwarded message ---------\nFrom: Jamal Whitcomb <jamal.whitcomb@maryland.gov>\n'
         'Date: Tue, Oct 6, 2026 at 12:48 PM\nSubject: PIA-2026-0233 - first production\nTo: Marisol Ferreira '
         '<mferreira@records.example.org>\n\n\nMs. Ferreira,\n\nAttached is the first production for PIA-2026-0233: '
         'the statewide panel attorney fee schedule in effect 2023-2026 and panel payment totals by district and fiscal '
         'year. There is no charge for this portion.\n\nThe signed panel agreements are still being scanned by the '
         'district offices. I will send them, with the fee (if any) for that portion, in a second production.\n\n'
         'Jamal Whitcomb\nFiscal Division, Maryland Office of the Public Defender\n',
    attachments=[('panel_payments_FY23_FY26.csv', 'text/csv',
                  b'district,fy2023,fy2024,fy2025,fy2026\n1,1204410,1311862,1398007,1466230\n2,402118,455901,470233,'
                  b'488112\n8,2210554,2389001,2512998,2640115\n')]),
    request='REQ-005', kind='records_interim', tracking='PIA-2026-0233', signals=['tracking', 'subject'],
    why='colleague forwards MDOPD first production (fee schedule, payment totals); signed agreements to follow')

# 033 - Georgia open records officer out of office
save('033-gapdc-ooo.eml', build(
    std('Darnell Pruitt <dpruitt@gapubdef.org>', 'Automatic reply: RE: ' + rsubj('REQ-014'), D('2026-10-07 08:00', '-0400'),
        mid('033gapdc', 'gapubdef.org'), to=plus('REQ-014'),
        extra=[('In-Reply-To', '<req-014.accept.20261007@records.example.org>'),
               ('References', rmid('REQ-014') + ' <req-014.accept.20261007@records.example.org>'),
               ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]),
    text='Thank you for your message. I am out of the office until Tuesday, October 13 and will respond when I '
         'return. For open records matters that cannot wait, please write to openrecords@gapubdef.org.\n\nDarnell '
         'Pruitt\nGeorgia Public Defender Council\n'),
    request='REQ-014', kind='auto_reply', signals=['thread', 'plus'],
    why='out-of-office reply to our fee acceptance; no substance')

# 034 - MIDC clarification for the caseload request, with a response window
save('034-midc-clarify-caseload.eml', build(
    std('Tamsin Okafor <OkaforT@michigan.gov>', 'MIDC-FOIA-2026-038 - clarification needed', D('2026-10-08 11:45', '-0400'),
        mid('034midc', 'CH0PR09MB7730.namprd09.prod.outlook.com'), to=plus('REQ-007'), extra=outlook('MIDC-FOIA-2026-038')),
    text='Hello again,\n\nWe need more detail on MIDC-FOIA-2026-038 before we can estimate it.\n\n1. "Caseload '
         'standard compliance reports": do you mean the annual compliance reports every system files (about 120 '
         'per year), or only the reports on systems the Commission found out of compliance with the caseload '
         'standard?\n2. "Attorney caseload data": systems report caseloads per attorney, often by name. Do you want '
         'attorney-level rows, or would totals per system satisfy the request?\n3. Which years?\n\nPlease reply '
         'within 10 business days. If we do not hear from you, we will treat the request as withdrawn and close '
         'it.\n\nTamsin Okafor\nAnalyst, Michigan Indigent Defense Commission'),
    request='REQ-007', kind='clarification', tracking='MIDC-FOIA-2026-038', signals=['plus', 'tracking'],
    why='MIDC asks which reports, attorney-level vs totals, which years; closes if no reply in 10 business days')

# 035 - GovQA status ping
save('035-tjjd-govqa-updated.eml', build(
    std('Texas Juvenile Justice Department <tjjd@govqa.us>', 'Public Information Request R001187-091126 has been updated',
        D('2026-10-08 14:20', '-0500'), mid('035tjjd', 'govqa.us'), to=plus('REQ-010')),
    html='<html><body style="font-family:Tahoma;font-size:10pt"><p>The status of your request '
         '<b>R001187-091126</b> has been updated.</p><p>Please log in to the <a href="https://tjjd.govqa.us/WEBAPP/'
         '_rs/supporthome.aspx">Public Information Center</a> to view details.</p><p>This is an automated message. '
         'Do not reply.</p></body></html>'),
    request='REQ-010', kind='portal_notice', tracking='R001187-091126', signals=['plus', 'tracking'],
    why='GovQA "request updated" with no content')

# 036 - misdirected mail from an assistant public defender (not about any of our requests)
save('036-mdopd-misdirected-null.eml', build(
    std('Kevin Oduya <kevin.oduya@maryland.gov>', 'Discovery - State v. D. Marsh, C-03-CR-26-001482',
        D('2026-10-09 10:00', '-0400'), mid('036mdopd', 'SA1PR09MB6618.namprd09.prod.outlook.com'),
        extra=outlook('Discovery State v Marsh')),
    text='Hi,\n\nFollowing up on our call - the State\'s discovery in Marsh came in yesterday. I have the body-worn '
         'camera index and the lab report; can you call me about the plea offer before Friday? It expires at the '
         'motions hearing.\n\nKevin Oduya\nAssistant Public Defender, Baltimore County District Office\n'
         'CONFIDENTIAL: This message may contain attorney-client privileged information or attorney work product. '
         'If you received it in error, please notify the sender and delete it.'),
    request=None, kind='other', signals=['none'],
    why='misaddressed case e-mail from a public defender (discovery, plea); OPD domain but about no request of ours')

# 037 - NYC OpenRecords extension with a new date
t37 = ('Your FOIL request FOIL-2026-781-00452 has been extended by the Department of Probation (DOP).\n\nThe agency '
       'now expects to respond to your request on or before 11/20/2026.\n\nReason: Additional time is needed to '
       'locate and compile caseload data from the borough offices and to review it for personal information.\n\n'
       'View your request: https://a860-openrecords.nyc.gov/request/view/FOIL-2026-781-00452\n\nNYC OpenRecords')
save('037-nycdop-openrecords-extended.eml', build(
    std('NYC OpenRecords <openrecords@records.nyc.gov>', 'Request FOIL-2026-781-00452 Extended', D('2026-10-13 11:30', '-0400'),
        mid('037nyc', 'records.nyc.gov'), to=plus('REQ-013')),
    text=t37, html='<html><body>' + ''.join('<p>%s</p>' % p for p in t37.split('\n\n')) + '</body></html>'),
    request='REQ-013', kind='extension', tracking='FOIL-2026-781-00452', clock='extension', estimated='2026-11-20',
    signals=['plus', 'tracking'],
    why='NY extension (+20 business days on the Sep 25 due date); agency states new date 11/20/2026')

# 038 - PSA first interim release (records released in part, more to come)
t38 = ('October 15, 2026\n\nRe: FOIA Request No. PSA-FOIA-2026-0119\n\nDear Requester:\n\nThis is the first interim '
       'response to your request. We have reviewed 212 pages: the base contract for electronic monitoring services '
       'and task orders 1 through 6. We are releasing 198 pages in part and withholding 14 pages in full. '
       'Withheld information consists of unit pricing and technical proposal material under Exemption 4, 5 U.S.C. '
       '552(b)(4), after consultation with the submitter, and names and telephone numbers of contractor employees '
       'under Exemption 6, 5 U.S.C. 552(b)(6).\n\nWe continue to process the invoices and will send further '
       'releases. Appeal rights will be provided with our final response.\n\nSincerely,\nFOIA/Privacy Act Unit\n'
       'Pretrial Services Agency for the District of Columbia')
save('038-psa-interim-release.eml', build(
    std('PSA FOIA <foia@psa.gov>', 'PSA-FOIA-2026-0119 - Interim Release 1', D('2026-10-15 15:00', '-0400'),
        mid('038psa', 'psa.gov'), to=plus('REQ-002')),
    text=t38, attachments=[('PSA-FOIA-2026-0119_Interim1_Release.pdf', 'application/pdf',
                            pdf(['[Released in part - 198 pages - cover sheet]', 'CONTRACT NO. 95PSA021C0004',
                                 'ELECTRONIC MONITORING SERVICES', '(b)(4) (b)(4) (b)(4)'], 'Release'))]),
    request='REQ-002', kind='records_interim', tracking='PSA-FOIA-2026-0119', signals=['plus', 'tracking'],
    why='first federal interim release (b)(4)/(b)(6); invoices still being processed')

# 039 - LA County no records for EM, with a pointer to the Sheriff
save('039-lacpd-no-records-em.eml', build(
    std('Probation PRA Unit <pra@probation.lacounty.gov>', 'RE: ' + rsubj('REQ-009'), D('2026-10-16 10:10', '-0700'),
        mid('039lacpd', 'probation.lacounty.gov'), to=plus('REQ-009'), reply_to=rmid('REQ-009')),
    text='Re: PRA26-0431\n\nDear Requester:\n\nAfter a diligent search, the Probation Department has no records '
         'responsive to your request. The Department\'s contract for electronic monitoring services ended in 2019, '
         'when administration of the County\'s electronic monitoring program moved to the Sheriff\'s Department; '
         'alert and violation data generated after that date is held by the Sheriff\'s Department and its vendor. '
         'Records older than the Department\'s retention period for the expired contract have been destroyed.\n\n'
         'You may wish to direct your request to the Los Angeles County Sheriff\'s Department, Discovery Unit.\n\n'
         'PRA Unit\nLos Angeles County Probation Department'),
    request='REQ-009', kind='no_records', tracking='PRA26-0431', adverse_determination=True,
    signals=['thread', 'plus', 'tracking'],
    why='no responsive records (EM moved to the Sheriff in 2019) plus a pointer to LASD; CA, no appeal days')

# 040 - TJJD 552.221(d) certification: date for production, TX has no extension rule
save('040-tjjd-certified-date.eml', build(
    std('TJJD Open Records <openrecords@tjjd.texas.gov>', 'R001342-100526 - Date for Production',
        D('2026-10-19 09:30', '-0500'), mid('040tjjd', 'tjjd.texas.gov'), to=plus('REQ-015')),
    text='Dear Requester:\n\nRegarding reference R001342-100526, the Department cannot produce the requested '
         'information within ten business days. In accordance with Government Code section 552.221(d), I certify that '
         'the information, to the extent it exists and is not excepted from disclosure, will be available on or '
         'before November 6, 2026.\n\nLorena Batiste\nAssistant General Counsel - Open Records\nTexas Juvenile '
         'Justice Department'),
    request='REQ-015', kind='extension', tracking='R001342-100526', clock='extension', estimated='2026-11-06',
    signals=['plus', 'tracking'],
    why='TX 552.221(d) certification of a later date (Nov 6); table has no TX extension days, so no due, estimated only')
