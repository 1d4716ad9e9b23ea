"""messages 041-050"""
from common import *

# 041 - MDOPD final response: aggregate data released, attorney-level material withheld as work product
L41 = ['MARYLAND OFFICE OF THE PUBLIC DEFENDER', 'Office of the General Counsel', '6 Saint Paul Street, Suite 1400',
       'Baltimore, Maryland 21202', '', 'October 19, 2026', '', 'Records Desk', 'records.example.org', '',
       'Re: Public Information Act request - caseload and workload data, 2021-2026', '', 'Dear Requester:', '',
       'This responds to your request under the Maryland Public Information Act, received September 9, 2026, as '
       'clarified by your email of September 16, 2026 limiting it to aggregate data by fiscal year.',
       '', 'Enclosed are (1) annual counts of cases opened and closed by district office and case type, FY2021 through '
       'FY2026, and (2) the Office\'s annual workload reports to the General Assembly for the same years.',
       '', 'We are withholding the attorney-level case assignment lists and the internal workload review notes '
       'prepared by district supervisors. These records are privileged attorney-client communications and attorney '
       'work product prepared in anticipation of litigation on behalf of individual clients, and are exempt under GP '
       '§ 4-301(a)(1) and, as intra-agency memoranda that would not be available by law to a private party in '
       'litigation, under GP § 4-344. Disclosure of case assignments would also reveal client identities protected by '
       'Criminal Procedure Article § 16-101 et seq. and the Maryland Attorneys\' Rules of Professional Conduct.',
       '', 'You may seek review of this decision by the Public Access Ombudsman, by the State Public Information Act '
       'Compliance Board where applicable, or by filing a complaint in circuit court under GP § 4-362.',
       '', 'Sincerely,', '', 'Renee Castellanos', 'Assistant Public Defender, Office of the General Counsel']
save('041-mdopd-final-work-product.eml', build(
    std('OPD Public Information Act <opd.pia@maryland.gov>', 'RE: ' + rsubj('REQ-004'), D('2026-10-19 14:45', '-0400'),
        mid('041mdopd', 'SA1PR09MB10342.namprd09.prod.outlook.com'), to=plus('REQ-004'),
        extra=[('In-Reply-To', '<req-004.clarify.20260916@records.example.org>'),
               ('References', '<req-004.20260908.2@records.example.org> <req-004.clarify.20260916@records.example.org>')] +
        outlook('MPIA caseload response')),
    text='Please find attached the Office of the Public Defender\'s response to your Public Information Act request, '
         'with two spreadsheets.\n\nOPD Public Information Act Unit\n',
    attachments=[('OPD PIA Response - Caseload Data.pdf', 'application/pdf', pdf(L41, 'PIA Response')),
                 ('opd_cases_by_district_FY21_FY26.csv', 'text/csv',
                  b'fy,district,case_type,opened,closed\n2021,1,felony,4412,4380\n2021,1,misdemeanor,11876,11502\n')]),
    request='REQ-004', kind='records_final', adverse_determination=True, signals=['plus', 'subject'],
    why='MD final: aggregate caseload data released; attorney-level lists withheld as privileged/work product (GP 4-301, 4-344); MD no appeal days')

# 042 - Georgia final production after fee payment
save('042-gapdc-final-full.eml', build(
    std('GPDC Open Records <openrecords@gapubdef.org>', 'RE: ' + rsubj('REQ-014'), D('2026-10-19 16:00', '-0400'),
        mid('042gapdc', 'gapubdef.org'), to=plus('REQ-014'), reply_to=rmid('REQ-014')),
    text='Good afternoon,\n\nWe received your payment of $176.68 on October 14. The records responsive to your request '
         'are available for download at the link below until November 18, 2026:\n\n  - Conflict defender contracts, '
         'FY2025 and FY2026 (all circuits), 61 files\n  - Caseload reports by judicial circuit, FY2025 and FY2026\n\n'
         'https://gapubdef.sharefile.com/d-7e1c03a9\n\nNo records were withheld. This completes our response to your '
         'request.\n\nDarnell Pruitt\nOpen Records Officer\nGeorgia Public Defender Council'),
    request='REQ-014', kind='records_final', signals=['thread', 'plus'],
    why='GA production in full after payment; completes the request; nothing withheld')

# 043 - DSN for our reply to a county staffer (address typo); original headers embedded
save('043-bounce-multco-staff.eml', """From: MAILER-DAEMON@mx1.records.example.org (Mail Delivery System)
To: records+req-012@records.example.org
Subject: Undelivered Mail Returned to Sender
Date: %s
Message-ID: <20261020121402.9B0D7C1A44@mx1.records.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B0D7C1A44.1792498442/mx1.records.example.org"

This is a MIME-encapsulated message.

--9B0D7C1A44.1792498442/mx1.records.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<lynette.aubry@multco.us>: host multco-us.mail.protection.outlook.com[52.101.9.21]
    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
    address lookup (in reply to RCPT TO command)

--9B0D7C1A44.1792498442/mx1.records.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.records.example.org
X-Postfix-Queue-ID: 9B0D7C1A44
X-Postfix-Sender: rfc822; records+req-012@records.example.org
Arrival-Date: Tue, 20 Oct 2026 08:13:59 -0400 (EDT)

Final-Recipient: rfc822; lynette.aubry@multco.us
Action: failed
Status: 5.1.10
Remote-MTA: dns; multco-us.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound

--9B0D7C1A44.1792498442/mx1.records.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Records Desk <records+req-012@records.example.org>
To: lynette.aubry@multco.us
Subject: Re: [Records Request 26-512] Message from Multnomah County
Date: Tue, 20 Oct 2026 08:13:51 -0400
Message-ID: <req-012.reply.20261020@records.example.org>
In-Reply-To: %s
References: %s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Ms. Aubrey - summary pages only is fine; we do not need the participant detail pages.
I also answered on the portal. Thanks, Records Desk

--9B0D7C1A44.1792498442/mx1.records.example.org--
""" % (D('2026-10-20 08:14', '-0400'), rmid('REQ-012'), rmid('REQ-012')),
     request='REQ-012', kind='bounce', signals=['thread-embedded', 'plus'],
     why='DSN for our reply to the county staffer (misspelled address); embedded References name REQ-012')

# 044 - NextRequest closure with released documents
t44 = ('Multnomah County\n\nRecord request #26-512 has been closed.\n\nClosure reason: Documents released\n\n'
       'Message from Multnomah County: "The electronic monitoring services agreement (Contract 4400012876), '
       'amendments 1-4, and the monthly invoice summary pages for January 2021 through August 2026 are posted in the '
       'Documents section. As you requested, participant detail pages were not included, so no redactions were '
       'needed. No fee is charged. - DCJ Records"\n\nView documents: https://multco.nextrequest.com/requests/26-512\n')
save('044-multco-nextrequest-closed.eml', build(
    std('Multnomah County <noreply@mail.nextrequest.com>', '[Records Request 26-512] Your request has been closed',
        D('2026-10-21 13:00', '-0700'), mid('044multco', 'mail.nextrequest.com'), to=plus('REQ-012')),
    text=t44, html='<html><body style="font-family:Helvetica">' +
    ''.join('<p>%s</p>' % p for p in t44.split('\n\n')) + '</body></html>'),
    request='REQ-012', kind='records_final', tracking='26-512', signals=['plus', 'tracking'],
    why='NextRequest closure: contract, amendments, invoice summaries released in full; no withholding')

# 045 - PCS final response granting the request (letter in PDF)
L45 = ['PENNSYLVANIA COMMISSION ON SENTENCING', 'Final Response - Right-to-Know Law', '', 'October 23, 2026', '',
       'RE: RTKL Request PCS-RTK-26-014', '', 'Dear Requester:', '',
       'Your request is GRANTED. The following records are provided electronically without charge:',
       '  1. Risk Assessment Project interim reports (Reports 1 through 8) and the final validation report;',
       '  2. Scoring sheets and instructions for the Sentence Risk Assessment Instrument;',
       '  3. Minutes of Commission meetings at which the instrument was adopted and revised.',
       '', 'Several of these records are also posted on the Commission\'s public website; copies are included here for '
       'your convenience. This completes the Commission\'s response to your request.', '', 'Sincerely,', '',
       'Gwen Talarico', 'Open Records Officer']
save('045-pcs-final-granted.eml', build(
    std('PCS Right-to-Know <pcsrtk@psu.edu>', 'RTKL Final Response', D('2026-10-23 11:20', '-0400'),
        mid('045pcs', 'psu.edu'), to=plus('REQ-011')),
    text='Attached is the Commission\'s final response with the responsive records (download link in the letter '
         'footer).\n\nhttps://pennstate.box.com/s/pcs-rtk-srai\n',
    attachments=[('PCS-RTK-26-014 Final Response.pdf', 'application/pdf', pdf(L45, 'Final Response'))]),
    request='REQ-011', kind='records_final', tracking='PCS-RTK-26-014', signals=['plus', 'tracking-filename'],
    why='PA final response granting in full; no withholding, so no appeal window')

# 046 - MIDC first batch after the deposit
save('046-midc-interim-batch1.eml', build(
    std('"Roush, Kendra (LARA)" <RoushK@michigan.gov>', 'MIDC-FOIA-2026-031 - Records (Part 1 of 2)',
        D('2026-10-26 10:00', '-0400'), mid('046midc', 'CH0PR09MB8812.namprd09.prod.outlook.com'), to=plus('REQ-006'),
        extra=outlook('MIDC-FOIA-2026-031 Part 1')),
    text='Dear Requester:\n\nThank you for the deposit, received October 13. Attached via the link below are the '
         'assigned counsel contracts submitted by 44 local funding units (Part 1). The remaining contracts, with the '
         'final invoice for the balance, will follow in Part 2.\n\nhttps://stateofmichigan.sharepoint.com/:f:/s/'
         'MIDC-FOIA/part1\n\nKendra Roush\nFOIA Coordinator'),
    request='REQ-006', kind='records_interim', tracking='MIDC-FOIA-2026-031', signals=['plus', 'tracking'],
    why='first batch of county assigned-counsel contracts; rest to follow')

# 047 - TJJD final after AG ruling
save('047-tjjd-final-ag-ruling.eml', build(
    std('TJJD Open Records <openrecords@tjjd.texas.gov>', 'R001187-091126 - Attorney General Ruling and Final Response',
        D('2026-10-27 15:30', '-0500'), mid('047tjjd', 'tjjd.texas.gov'), to=plus('REQ-010')),
    text='Dear Requester:\n\nThe Office of the Attorney General has issued Open Records Letter No. OR2026-021476 '
         'concerning your request (copy attached). Consistent with the ruling, the Department is releasing the '
         'enclosed serious incident reports with the identifying information of youth redacted. The remaining '
         'information - medical records, autopsy reports and the investigative files of the Office of Inspector '
         'General concerning juveniles - is withheld under Government Code section 552.101 in conjunction with '
         'Family Code section 58.005, as the ruling permits.\n\nThis concludes the Department\'s response.\n\n'
         'Lorena Batiste\nAssistant General Counsel - Open Records',
    attachments=[('OR2026-021476.txt', 'text/plain',
                  b'OR2026-021476\n\nThe Texas Juvenile Justice Department must withhold the information marked under '
                  b'section 552.101 of the Government Code in conjunction with section 58.005 of the Family Code. '
                  b'The remaining information must be released.\n')]),
    request='REQ-010', kind='records_final', tracking='R001187-091126', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='TX final after AG ruling: redacted incident reports released, juvenile files withheld (Fam. Code 58.005); no appeal days')

# 048 - NYC DOP records officer out of office (our status inquiry)
save('048-nycdop-ooo.eml', build(
    std('"Alvarez, Tomas (DOP)" <TAlvarez@probation.nyc.gov>', 'Automatic reply: FOIL-2026-781-00452 status',
        D('2026-10-28 09:00', '-0400'), mid('048nyc', 'DM6PR09MB5521.namprd09.prod.outlook.com'),
        extra=[('In-Reply-To', '<req-013.status.20261028@records.example.org>'),
               ('References', '<req-013.status.20261028@records.example.org>'), ('Auto-Submitted', 'auto-replied')] +
        outlook('FOIL-2026-781-00452 status')),
    text='I am out of the office until November 2. FOIL inquiries may be sent to foil@probation.nyc.gov.\n\nTomas '
         'Alvarez\nRecords Access Officer, NYC Department of Probation\n'),
    request='REQ-013', kind='auto_reply', tracking='FOIL-2026-781-00452', signals=['tracking'],
    why='records access officer out-of-office to our status question; only the number in the echoed subject links it')

# 049 - LA County final: juvenile case files withheld, refers to Juvenile Court clerk (JV-570)
t49 = ('Re: PRA 26-0418 - Final Determination\n\nDear Requester:\n\nThis is the Department\'s second and final '
       'installment. Enclosed are the Department\'s critical incident summaries for the deaths at Los Padrinos '
       'Juvenile Hall and Barry J. Nidorf Juvenile Hall, 2023-2026, with identifying information of minors '
       'redacted.\n\nThe Department is withholding the remaining responsive records, which consist of the juvenile '
       'case files, special incident reports and medical records of the youth. These are confidential juvenile '
       'case file records under Welfare and Institutions Code section 827 and are exempt from disclosure under '
       'Government Code section 7927.705. The Department has no authority to release them.\n\nAccess to juvenile '
       'case files is controlled by the Juvenile Court. A person seeking them may file a Petition for Disclosure of '
       'Juvenile Case File (Judicial Council form JV-570) with the clerk of the Juvenile Court, Edmund D. Edelman '
       'Children\'s Court, 201 Centre Plaza Drive, Monterey Park, CA 91754.\n\nThis concludes the Department\'s '
       'response to PRA 26-0418.\n\nPRA Unit\nLos Angeles County Probation Department')
save('049-lacpd-final-wic827-jv570.eml', build(
    std('Probation PRA Unit <pra@probation.lacounty.gov>', 'PRA 26-0418 - Final Determination', D('2026-10-29 16:40', '-0700'),
        mid('049lacpd', 'probation.lacounty.gov'), to=plus('REQ-008')),
    text=t49, html='<html><body>' + ''.join('<p>%s</p>' % p for p in t49.split('\n\n')) + '</body></html>'),
    request='REQ-008', kind='records_final', tracking='PRA 26-0418', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='CA final installment; juvenile case files withheld (W&I 827), refers to Juvenile Court clerk via JV-570; no appeal days')

# 050 - MDOPD paralegal asks for a call; no number, no thread (only REQ-005 is still open at OPD)
save('050-mdopd-call-request.eml', build(
    std('Paulette Greer <paulette.greer@maryland.gov>', 'your PIA request', D('2026-11-02 10:15', '-0500'),
        mid('050mdopd', 'SA1PR09MB10342.namprd09.prod.outlook.com'), extra=outlook('your PIA request')),
    text='Good morning,\n\nI\'m a paralegal in the Office of the General Counsel at the Public Defender. Could someone '
         'from your office give me a call at 410-555-0128 about your Public Information Act request? There are a '
         'couple of items I need to go over with you before we can finish it.\n\nThank you,\nPaulette Greer\n'
         'Paralegal, Maryland Office of the Public Defender'),
    request='REQ-005', kind='other', signals=['subject'],
    why='OPD paralegal asks for a call on "your PIA request": no number; REQ-004 closed Oct 19, so only REQ-005 is open')
