#!/usr/bin/env python3
"""Messages 051-059 (November 18, 2026 - January 15, 2027); then merges facts.d/ into facts.yaml."""
from common import *

facts = []
R = REQ
GG = [('List-Id', 'Records Desk <records.capitolwire.example.org>'), ('List-Post', '<mailto:records@capitolwire.example.org>'),
      ('Mailing-list', 'list records@capitolwire.example.org; contact records+owners@capitolwire.example.org'),
      ('Precedence', 'list')]

def html_paras(txt, style='font-family:Calibri;font-size:11pt'):
    return '<html><body style="%s">' % style + ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in txt.split('\n\n')) + '</body></html>'

# 051 ESD final: granted in part after 89(5) statement; 30-day appeal ----------------------------------------
r = R['REQ-011']
txt = ('Dear Requester:\n\nRe: FOIL 26-0917\n\nESD has completed its review of records responsive to your request. Enclosed are '
       'the Excelsior Jobs\nProgram agreement for Project Mohawk, the annual job reports for 2023-2025, and correspondence '
       'concerning\nrecapture of credits.\n\nThe business enterprise submitted a statement under Public Officers Law \u00a789(5). '
       'ESD has determined\nthat portions of the job reports and the capital investment schedules would, if disclosed, cause '
       'substantial\ninjury to the competitive position of the enterprise; those portions are redacted under \u00a787(2)(d). '
       'Employee-level\nwage data are redacted under \u00a787(2)(b). In total 64 of 97 pages contain redactions.\n\n'
       'You may appeal this determination within thirty days by writing to the FOIL Appeals Officer, Empire State\n'
       'Development, 633 Third Avenue, New York, NY 10017, foilappeals@esd.ny.gov.\n\nRecords Access Officer\n'
       'Empire State Development\n')
m = build('FOIL <foil@esd.ny.gov>', r['reply_address'], 'RE: ' + r['subject'] + ' - FOIL 26-0917',
          date_hdr('2026-11-18 16:45', '-0500'), mid('051', 'esd.ny.gov'), irt=mid('040', 'esd.ny.gov'),
          refs=' '.join([r['message_id'], mid('015', 'esd.ny.gov'), mid('040', 'esd.ny.gov')]), text=txt,
          html=html_paras(txt), extra=[('Content-Language', 'en-US')],
          attachments=[('FOIL 26-0917 Responsive Records (redacted).pdf', 'application/pdf',
                        pdf(['Excelsior Jobs Program Agreement - Project Mohawk', 'Schedule B - Capital investment: [REDACTED 87(2)(d)]']))])
write('051-esd-final-redacted.eml', m)
facts.append(F('051-esd-final-redacted.eml', 'REQ-011', 'records_final', 'FOIL 26-0917', adverse=True,
               signals=['thread', 'plus', 'tracking'],
               why='ESD releases with heavy 87(2)(d)/(b) redactions after submitter statement; NY appeal 30 days'))

# 052 GWCCA closes the hotel request for no reply to clarification ------------------------------------------
html = ('<html><body style="font-family:Verdana;font-size:9pt"><p>RE: Open Records Request R000517-101326</p>'
        '<p>Dear Capitol Wire Records Desk,</p><p>On 10/16/2026 the Authority asked you to clarify your request. Because '
        'we have not received a response within 30 days, your request has been closed. You are welcome to submit a new '
        'request at any time through the Open Records Center.</p><p>GWCCA Open Records Office</p></body></html>')
m = build('GWCCA Open Records Center <noreply@mycusthelp.net>', INBOX,
          'Georgia World Congress Center Authority :: Request Closed :: R000517-101326',
          date_hdr('2026-11-20 09:20', '-0500'), mid('052', 'mycusthelp.net'), html=html)
write('052-gwcca-govqa-closed-no-response.eml', m)
facts.append(F('052-gwcca-govqa-closed-no-response.eml', 'REQ-010', 'other', 'R000517-101326',
               signals=['subject', 'tracking'],
               why='administrative closure for no reply to clarification; not a determination on the records (labeled other)'))

# 053 IEDC final with negotiation/confidential redactions; PAC complaint within 30 days ---------------------------
r = R['REQ-015']
txt = ('Dear Records Desk,\n\nRe: PRR-2026-0512\n\nAttached are the EDGE tax credit agreement and READI grant agreement for '
       'Project Cardinal, the\ncompany\'s annual compliance certifications, and a 2026 letter requesting partial repayment '
       'of credits.\n\nThe IEDC has redacted (1) confidential financial information submitted by the company, '
       'IC 5-14-3-4(a)(4)\nand IC 5-28-16-5, and (2) records relating to ongoing negotiations with the company over a '
       'proposed\nexpansion, IC 5-14-3-4(b)(5)(A). Schedule 2 of the EDGE agreement is withheld in full.\n\n'
       'If you believe this denial violates the Access to Public Records Act, you may file a formal complaint\n'
       'with the Indiana Public Access Counselor within 30 days of this denial (IC 5-14-5-7).\n\n'
       'IEDC Public Records\n')
m = build('IEDC Public Records <publicrecords@iedc.in.gov>', r['reply_address'], 'PRR-2026-0512 - Response',
          date_hdr('2026-11-20 15:00', '-0500'), mid('053', 'iedc.in.gov'), text=txt, html=html_paras(txt),
          attachments=[('PRR-2026-0512_Responsive_Records.pdf', 'application/pdf',
                        pdf(['EDGE Tax Credit Agreement - Project Cardinal', 'Schedule 2 - WITHHELD IC 5-14-3-4(b)(5)(A)']))])
write('053-iedc-final-redacted.eml', m)
facts.append(F('053-iedc-final-redacted.eml', 'REQ-015', 'records_final', 'PRR-2026-0512', adverse=True,
               signals=['plus', 'tracking'],
               why='agreements released with confidential/negotiation redactions and a schedule withheld; IN 30-day PAC complaint'))

# 054 ESD denies the NDA request in full -------------------------------------------------------------------------
r = R['REQ-012']
letter = ['EMPIRE STATE DEVELOPMENT', '633 Third Avenue, New York, NY 10017', '', 'November 24, 2026', '',
          'Re: FOIL 26-1045', '', 'Dear Requester:',
          'ESD has identified nondisclosure agreements and correspondence with site-selection consultants responsive '
          'to your request. These records concern prospective economic development projects for which negotiations '
          'are ongoing. Disclosure would impair present or imminent contract awards and would reveal confidential '
          'commercial information furnished by the prospective companies. Your request is therefore denied in its '
          'entirety pursuant to Public Officers Law 87(2)(c) and 87(2)(d).', '',
          'You may appeal this denial within thirty days by writing to the FOIL Appeals Officer, Empire State '
          'Development, 633 Third Avenue, New York, NY 10017, foilappeals@esd.ny.gov.', '', 'Records Access Officer']
m = build('FOIL <foil@esd.ny.gov>', INBOX, 'FOIL 26-1045', date_hdr('2026-11-24 11:00', '-0500'),
          mid('054', 'esd.ny.gov'), text='Please see the attached determination letter.\n\nRecords Access Officer\n'
          'Empire State Development\n', attachments=[('FOIL 26-1045 Determination.pdf', 'application/pdf',
                                                       pdf(letter, 'Determination'))])
write('054-esd-denial-pdf.eml', m)
facts.append(F('054-esd-denial-pdf.eml', 'REQ-012', 'denial', 'FOIL 26-1045', adverse=True,
               signals=['subject', 'tracking'],
               why='NDA request denied in full under POL 87(2)(c),(d) (letter in PDF); NY appeal 30 days'))

# 055 EDA no-records response with appeal and OGIS paragraphs ------------------------------------------------------
r = R['REQ-002']
txt = ('Re: FOIA Request DOC-EDA-2026-001911\n\nDear Requester:\n\n'
       'This is the final response to your Freedom of Information Act request, as narrowed on October 19, 2026 to\n'
       'site-visit reports for Tech Hubs Phase 2 finalists. The Office of Regional Affairs and the Tech Hubs program\n'
       'office searched their electronic files and shared drives using the consortium names you provided. No\n'
       'records responsive to your narrowed request were located; site visits for Phase 2 were conducted by a\n'
       'contractor and no written reports were delivered to EDA. No fees are being charged.\n\n'
       'You may appeal this response by writing to the Assistant General Counsel for Employment, Litigation, and\n'
       'Information, U.S. Department of Commerce, Room 5896, 1401 Constitution Avenue NW, Washington, DC 20230, or\n'
       'FOIAAppeals@doc.gov. Your appeal must be received within 90 calendar days of the date of this letter.\n\n'
       'You may seek dispute resolution services from our FOIA Public Liaison or from the Office of Government\n'
       'Information Services (OGIS), National Archives and Records Administration, ogis@nara.gov.\n\n'
       'Sincerely,\nMonica Estrella\nFOIA Officer\n')
m = build('EDA FOIA Office <foia@eda.gov>', r['reply_address'], 'Final Response - FOIA Request DOC-EDA-2026-001911',
          date_hdr('2026-11-30 10:00', '-0500'), mid('055', 'eda.gov'), text=txt, html=html_paras(txt, 'font-family:Times New Roman'))
write('055-eda-no-records.eml', m)
facts.append(F('055-eda-no-records.eml', 'REQ-002', 'no_records', 'DOC-EDA-2026-001911', adverse=True,
               signals=['plus', 'tracking'],
               why='no responsive records for the narrowed request; federal 90-day appeal lands on a Sunday, rolls to Monday'))

# 056 Foundation first installment, through the Google Group -------------------------------------------------------
body = ('Dear Records Desk,\n\nAttached is the Foundation\'s first installment: expenditure records for trade missions and\n'
        'economic development travel during calendar year 2025 (412 pages). We are still reviewing the 2026\n'
        'records and the donor correspondence and expect to provide them by January 15, 2027.\n\n'
        'Thank you for your payment of the copy fee.\n\nAndrea Kessling\nDeputy General Counsel, IEDC\n')
m = build("'Kessling, Andrea' via Records Desk <records@capitolwire.example.org>", INBOX,
          'Foundation records - first installment', date_hdr('2026-12-08 14:00', '-0500'), mid('056', 'iedc.in.gov'),
          reply_to='Kessling, Andrea <akessling@iedc.in.gov>', text=body,
          extra=[('X-Original-Sender', 'akessling@iedc.in.gov'),
                 ('X-Original-From', 'Kessling, Andrea <akessling@iedc.in.gov>')] + GG,
          attachments=[('IEDF_Expenditures_2025.pdf', 'application/pdf',
                        pdf(['Indiana Economic Development Foundation - Disbursements 2025', 'Trade mission - Japan/Korea ...']))])
write('056-iedf-interim-googlegroup.eml', m)
facts.append(F('056-iedf-interim-googlegroup.eml', 'REQ-016', 'records_interim', estimated='2027-01-15',
               signals=['subject'],
               why='Foundation (via IEDC counsel, Google Group) sends 2025 installment; rest by Jan 15, 2027'))

# 057 Texas Governor final release after Attorney General ruling ----------------------------------------------------
r = R['REQ-003']
body = ('Dear Records Desk,\n\nThe Office of the Attorney General has issued Open Records Letter Ruling OR2026-031877 regarding\n'
        'your request PIR-26-1184 (copy attached). The Attorney General concluded that the Office must withhold\n'
        'the customer and pricing information in the compliance reports under Section 552.110(b) of the\n'
        'Government Code, and must release the remaining information.\n\n'
        'The compliance reports for 2024 and 2025, redacted as the ruling requires, are attached. This completes\n'
        'our response to your request.\n\nSincerely,\nLaurel Whitcomb\nPublic Information Coordinator\n')
m = build('Laurel Whitcomb <laurel.whitcomb@gov.texas.gov>', r['reply_address'], 'PIR-26-1184 - Release following AG ruling',
          date_hdr('2026-12-14 10:30', '-0600'), mid('057', 'gov.texas.gov'), text=body,
          attachments=[('OR2026-031877.pdf', 'application/pdf',
                        pdf(['Open Records Letter Ruling OR2026-031877', 'Ms. Laurel Whitcomb, Office of the Governor',
                             'Your request was assigned ID# 2026-41872 ...', 'the Office must withhold the information we marked under section 552.110(b)'])),
                       ('TEF Compliance Reports 2024-2025 (redacted).pdf', 'application/pdf',
                        pdf(['Annual Compliance Report - Sabine Digital Infrastructure LLC', 'Customers: [552.110(b)]']))])
write('057-txgov-final-after-ag-ruling.eml', m)
facts.append(F('057-txgov-final-after-ag-ruling.eml', 'REQ-003', 'records_final', 'PIR-26-1184', adverse=True,
               signals=['plus', 'tracking'],
               why='final release per AG ruling OR2026-031877 with 552.110(b) redactions; TX has no appeal days; AG ID is not our number'))

# 058 EDA final response, formal letter in body ---------------------------------------------------------------------
r = R['REQ-001']
txt = ('Re: FOIA Request No. DOC-EDA-2026-001842 - Final Response\n\nDear Requester:\n\n'
       'This is the final response to your request for the investment file for EDA award 06-79-06231. We have\n'
       'reviewed the remaining 233 pages. We are releasing 170 pages in full and 51 pages in part, and withholding\n'
       '12 pages in full, under Exemption 4 (confidential commercial and financial information, including the\n'
       'recipient\'s financial projections and supplier commitments) and Exemption 6 (personal privacy).\n\n'
       'You may appeal this determination. Your appeal must be received within 90 calendar days of the date of\n'
       'this letter by the Assistant General Counsel for Employment, Litigation, and Information, U.S. Department\n'
       'of Commerce, 1401 Constitution Avenue NW, Washington, DC 20230, FOIAAppeals@doc.gov. Both the letter and\n'
       'the envelope or e-mail subject line should be clearly marked "Freedom of Information Act Appeal."\n\n'
       'You may also contact our FOIA Public Liaison or the Office of Government Information Services (OGIS) at\n'
       'ogis@nara.gov or 877-684-6448 for dispute resolution services.\n\nSincerely,\n\nMonica Estrella\nFOIA Officer\n'
       'Economic Development Administration\n')
m = build('EDA FOIA Office <foia@eda.gov>', r['reply_address'], 'FOIA Request DOC-EDA-2026-001842 - Final Response',
          date_hdr('2026-12-18 12:00', '-0500'), mid('058', 'eda.gov'), text=txt,
          html=html_paras(txt, 'font-family:Times New Roman'),
          attachments=[('Release 2 - Bates EDA-0419-0651.pdf', 'application/pdf',
                        pdf(['EDA-0419', 'Five-year financial projections: (b)(4)']))])
write('058-eda-final.eml', m)
facts.append(F('058-eda-final.eml', 'REQ-001', 'records_final', 'DOC-EDA-2026-001842', adverse=True,
               signals=['plus', 'tracking'],
               why='final release with b(4)/b(6) withholdings; federal appeal 90 calendar days'))

# 059 Foundation final installment, nothing withheld -----------------------------------------------------------------
body = ('Dear Records Desk,\n\nAttached are the remaining records responsive to your request to the Indiana Economic\n'
        'Development Foundation: 2026 trade-mission expenditures and the donor correspondence (388 pages). No\n'
        'records have been withheld. This completes the Foundation\'s response.\n\nAndrea Kessling\n'
        'Deputy General Counsel, IEDC\n')
m = build('Kessling, Andrea <akessling@iedc.in.gov>', INBOX, 'Foundation records - final installment',
          date_hdr('2027-01-15 11:00', '-0500'), mid('059', 'iedc.in.gov'), text=body,
          irt=mid('056', 'iedc.in.gov'), refs=mid('056', 'iedc.in.gov'),
          attachments=[('IEDF_Expenditures_2026_and_Donor_Correspondence.pdf', 'application/pdf',
                        pdf(['Indiana Economic Development Foundation - Disbursements 2026']))])
write('059-iedf-final.eml', m)
facts.append(F('059-iedf-final.eml', 'REQ-016', 'records_final', signals=['subject'],
               why='Foundation final installment; nothing withheld; from the IEDC domain but about the Foundation request'))

save_facts(6, facts)
print('part6: %d messages' % len(facts))
merge_facts()
