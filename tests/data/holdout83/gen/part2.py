"""messages 011-020"""
from common import *

# 011 - terse LA County reply, number written without the space
save('011-lacpd-ack-em-terse.eml', build(
    std('Probation PRA Unit <pra@probation.lacounty.gov>', 'RE: ' + rsubj('REQ-009'), D('2026-09-14 15:30', '-0700'),
        mid('011lacpd', 'probation.lacounty.gov'), to=plus('REQ-009'), reply_to=rmid('REQ-009')),
    text='Received 9/14/2026. Assigned PRA26-0431. The Department will respond within the time provided by the '
         'CPRA.\n\nPRA Unit\nLA County Probation' + quote('REQ-009', 'Mon, Sep 14, 2026, 7:58 AM')),
    request='REQ-009', kind='acknowledgment', tracking='PRA26-0431', clock='received_on_sent_date',
    signals=['thread', 'plus', 'tracking-new'],
    why='one-line CPRA ack: received 9/14 (= sent), PRA26-0431 (no space)')

# 012 - MDOPD staff attorney asks aggregate vs attorney-level; privilege warning
save('012-mdopd-clarify-work-product.eml', build(
    std('Renee Castellanos <renee.castellanos@maryland.gov>', 'RE: ' + rsubj('REQ-004'),
        D('2026-09-15 10:10', '-0400'), mid('012mdopd', 'SA1PR09MB10342.namprd09.prod.outlook.com'),
        to=plus('REQ-004'), extra=[('In-Reply-To', '<req-004.20260908.2@records.example.org>'),
                                   ('References', '<req-004.20260908.2@records.example.org>')] + outlook('MPIA caseload')),
    text='Hi,\n\nI am the attorney in our Office of the General Counsel handling your PIA request for caseload and '
         'workload data. Before we pull anything I want to make sure we are looking for the right thing.\n\n'
         'Are you asking for (a) aggregate counts - open and closed cases per district office and per case type, '
         'per year - or (b) attorney-level data, i.e., the caseload assigned to each named assistant public '
         'defender? Option (a) we can produce from our case management system. Option (b) would involve case '
         'assignment lists and attorney notes that we consider privileged attorney-client material and attorney '
         'work product, and much of it would be withheld.\n\nIf (a) works for you, please also tell me whether you '
         'want fiscal-year or calendar-year totals. We are holding the request until we hear back.\n\nThanks,\n'
         'Renee Castellanos\nAssistant Public Defender, Office of the General Counsel\nMaryland Office of the '
         'Public Defender'),
    request='REQ-004', kind='clarification', signals=['plus', 'subject'],
    why='MDOPD asks aggregate vs attorney-level (work product) and FY vs CY; request on hold pending answer')

# 013 - MIDC notice of extension under MCL 15.235(2)(d)
save('013-midc-extension.eml', build(
    std('"Roush, Kendra (LARA)" <RoushK@michigan.gov>', 'MIDC-FOIA-2026-031 - Notice of Extension',
        D('2026-09-16 16:20', '-0400'), mid('013midc', 'CH0PR09MB8812.namprd09.prod.outlook.com'),
        to=plus('REQ-006'), extra=outlook('MIDC-FOIA-2026-031 Extension')),
    text='RE: Freedom of Information Act Request MIDC-FOIA-2026-031\n\nDear Requester:\n\nPursuant to MCL '
         '15.235(2)(d), the Michigan Indigent Defense Commission is extending the time for its response to your '
         'request by not more than 10 business days. The extension is necessary because the responsive contracts '
         'must be located in compliance plan submissions from more than 120 local funding units. A response '
         'will be issued on or before October 1, 2026.\n\nSincerely,\n\nKendra Roush\nFOIA Coordinator'),
    request='REQ-006', kind='extension', tracking='MIDC-FOIA-2026-031', clock='extension', estimated='2026-10-01',
    signals=['plus', 'tracking'],
    why='MI 10-business-day extension on the Sep 17 due date; states response by Oct 1')

# 014 - NextRequest acknowledgment for Multnomah County (portal address serves many agencies)
t14 = ('Multnomah County\n\nYour record request #26-512 has been submitted.\n\nRequest:\nElectronic monitoring / GPS '
       'vendor contracts, DCJ Adult Services Division: current and prior contracts, amendments, and monthly invoices '
       'for electronic monitoring of adults on probation and post-prison supervision, 2021-present.\n\nReceived: '
       'September 17, 2026\nDepartments: Community Justice\n\nYou will receive an acknowledgment from the County '
       'within five business days as required by ORS 192.324. You can view the request and any responsive documents '
       'at https://multco.nextrequest.com/requests/26-512\n\nPlease do not reply to this email.')
save('014-multco-nextrequest-submitted.eml', build(
    std('Multnomah County <noreply@mail.nextrequest.com>', 'Your Multnomah County public records request #26-512 '
        'has been submitted', D('2026-09-17 12:31', '-0700'), mid('014multco', 'mail.nextrequest.com'),
        to=plus('REQ-012')),
    text=t14, html='<html><body style="font-family:Helvetica">' +
    ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t14.split('\n\n')) + '</body></html>'),
    request='REQ-012', kind='acknowledgment', tracking='26-512', clock='received_on_sent_date',
    signals=['plus', 'tracking-new', 'subject'],
    why='NextRequest confirms receipt Sep 17 (= sent) as #26-512; OR 5 business days')

# 015 - PCS open records officer acknowledgment; hedged fee and hedged extension
save('015-pcs-ack-fees-may-apply.eml', build(
    std('Gwen Talarico <gat118@psu.edu>', 'RE: ' + rsubj('REQ-011'), D('2026-09-18 09:05', '-0400'),
        mid('015pcs', 'psu.edu'), to=plus('REQ-011'), reply_to=rmid('REQ-011')),
    text='Dear Records Desk,\n\nThe Pennsylvania Commission on Sentencing received your Right-to-Know Law request on '
         'September 16, 2026. It has been logged as PCS-RTK-26-014.\n\nThe Commission has five business days to '
         'respond. Because the development and validation work on the Sentence Risk Assessment Instrument spans '
         'several years and includes material held by our research staff, we may need to invoke the 30-day '
         'extension allowed by Section 902 of the RTKL; if so you will receive a separate interim response.\n\n'
         'Fees may apply under the Office of Open Records fee schedule (for example $0.25 per page for paper copies); '
         'electronic records sent by email are usually provided at no charge.\n\nGwen Talarico\nOpen Records '
         'Officer, Pennsylvania Commission on Sentencing\nUniversity Park, PA'),
    request='REQ-011', kind='acknowledgment', tracking='PCS-RTK-26-014', clock='received_on_sent_date',
    signals=['thread', 'plus', 'tracking-new'],
    why='PCS ack: received Sep 16 (= sent), PCS-RTK-26-014; fees and extension only "may" apply')

# 016 - NYC OpenRecords acknowledgment with an expected response date
t16 = ('Your FOIL request FOIL-2026-781-00452 has been acknowledged by the Department of Probation (DOP).\n\n'
       'Request title: Probation officer caseload ratios and supervision level counts, 2022-2026\n\n'
       'The agency expects to respond to your request on or before 10/30/2026. The agency may need additional time '
       'to respond; if so, you will be notified.\n\nAdditional information from the agency: Your request was received '
       'on 09/18/2026.\n\nView your request: https://a860-openrecords.nyc.gov/request/view/FOIL-2026-781-00452\n\n'
       'NYC OpenRecords')
save('016-nycdop-openrecords-ack.eml', build(
    std('NYC OpenRecords <openrecords@records.nyc.gov>', 'Request FOIL-2026-781-00452 Acknowledged',
        D('2026-09-18 10:40', '-0400'), mid('016nyc', 'records.nyc.gov'), to=plus('REQ-013')),
    text=t16, html='<html><body>' + ''.join('<p>%s</p>' % p for p in t16.split('\n\n')) + '</body></html>'),
    request='REQ-013', kind='acknowledgment', tracking='FOIL-2026-781-00452', clock='received_on_sent_date',
    estimated='2026-10-30', signals=['plus', 'tracking-new', 'subject'],
    why='OpenRecords ack for DOP, received 9/18 (= sent); expects to respond by 10/30/2026 (estimated)')

# 017 - MDOPD acknowledgment with number (Outlook, HTML+text)
t17 = ('Dear Records Desk:\n\nThis acknowledges your Public Information Act request for panel attorney contracts, '
       'fee schedules and payment records for 2023 through 2026, received by this Office on September 15, 2026. '
       'The request has been assigned number PIA-2026-0233.\n\nPanel attorney payment records are maintained by '
       'our Fiscal Division and the District Public Defenders. We will respond within 30 days of receipt as '
       'required by GP § 4-203.\n\nOffice of the Public Defender\nPublic Information Act Unit')
save('017-mdopd-ack-panel.eml', build(
    std('OPD Public Information Act <opd.pia@maryland.gov>', 'PIA-2026-0233 Acknowledgment', D('2026-09-21 11:15', '-0400'),
        mid('017mdopd', 'SA1PR09MB10342.namprd09.prod.outlook.com'), to=plus('REQ-005'),
        extra=outlook('PIA-2026-0233 Acknowledgment')),
    text=t17, html='<html><body><div style="font-family:Calibri;font-size:11pt">' +
    ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t17.split('\n\n')) + '</div></body></html>'),
    request='REQ-005', kind='acknowledgment', tracking='PIA-2026-0233', clock='received_on_sent_date',
    signals=['plus', 'tracking-new', 'subject'],
    why='MDOPD acknowledges panel-attorney request received Sep 15 (= sent) as PIA-2026-0233; MD 30 days')

# 018 - PCS interim response invoking the 30-day extension (letter in PDF)
L18 = ['PENNSYLVANIA COMMISSION ON SENTENCING', 'Right-to-Know Law Interim Response', '', 'September 23, 2026', '',
       'Records Desk', 'records.example.org', '', 'RE: RTKL Request PCS-RTK-26-014', '',
       'Dear Requester:', '',
       'On September 16, 2026 the Commission received your request under the Right-to-Know Law, 65 P.S. 67.101 et '
       'seq., for records concerning the development, validation and scoring of the Sentence Risk Assessment '
       'Instrument.',
       '', 'This interim response is provided under Section 902(b) of the RTKL. The Commission requires additional '
       'time because the request requires retrieval of records from research files maintained outside the '
       'Commission office and a legal review to determine whether any records are exempt. A response will be '
       'provided on or before October 23, 2026.',
       '', 'If you have questions, please contact me at pcsrtk@psu.edu.', '', 'Sincerely,', '', 'Gwen Talarico',
       'Open Records Officer']
save('018-pcs-extension-pdf.eml', build(
    std('PCS Right-to-Know <pcsrtk@psu.edu>', 'RTKL Interim Response', D('2026-09-23 14:00', '-0400'),
        mid('018pcs', 'psu.edu'), to=plus('REQ-011')),
    text='Please see the attached interim response to your Right-to-Know request.\n',
    attachments=[('PCS-RTK-26-014 Interim Response.pdf', 'application/pdf', pdf(L18, 'Interim Response'))]),
    request='REQ-011', kind='extension', tracking='PCS-RTK-26-014', clock='extension', estimated='2026-10-23',
    signals=['plus', 'tracking-filename'],
    why='PA Section 902 interim response: 30 calendar days on the Sep 23 due date; response by Oct 23')

# 019 - MIDC acknowledgment arriving through our Google Group collaborative inbox
save('019-midc-ack-via-google-group.eml', build(
    [('From', "'Tamsin Okafor' via Records Desk <records@records.example.org>"), ('To', 'Records Desk <records@records.example.org>'),
     ('Reply-To', 'Tamsin Okafor <OkaforT@michigan.gov>'), ('Subject', 'FOIA request - caseload standard compliance'),
     ('Date', D('2026-09-24 10:30', '-0400')), ('Message-ID', mid('019midc', 'CH0PR09MB7730.namprd09.prod.outlook.com')),
     ('X-Original-Sender', 'OkaforT@michigan.gov'), ('X-Original-From', 'Tamsin Okafor <OkaforT@michigan.gov>'),
     ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
     ('List-Id', '<records.records.example.org>'), ('Precedence', 'list'),
     ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>')],
    text='Hello,\n\nI work with Kendra Roush on FOIA for the Indigent Defense Commission and am handling your second '
         'request, for caseload standard compliance reports and attorney caseload data. It was received by email on '
         'September 21; under MCL 15.235(1) it is deemed received Tuesday, September 22, 2026. It is logged as '
         'MIDC-FOIA-2026-038.\n\nWe will be in touch within the statutory period.\n\nTamsin Okafor\nAnalyst, Michigan '
         'Indigent Defense Commission\n\n--\nYou received this message because you are subscribed to the Google Groups '
         '"Records Desk" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to '
         'records+unsubscribe@records.example.org.'),
    request='REQ-007', kind='acknowledgment', tracking='MIDC-FOIA-2026-038', clock='received:2026-09-22',
    signals=['subject', 'tracking-new'],
    why='MIDC analyst via Google Group ("via Records Desk"): caseload request logged MIDC-FOIA-2026-038, deemed received Sep 22')

# 020 - Georgia Public Defender Council fee estimate, quoting our request
save('020-gapdc-fee-estimate.eml', build(
    std('Darnell Pruitt <dpruitt@gapubdef.org>', 'RE: ' + rsubj('REQ-014'), D('2026-09-24 15:50', '-0400'),
        mid('020gapdc', 'gapubdef.org'), to=plus('REQ-014'), reply_to=rmid('REQ-014')),
    text='Good afternoon,\n\nThe Georgia Public Defender Council has your Open Records Act request. The conflict '
         'defender contracts exist and can be produced; the circuit caseload reports need to be compiled from our '
         'case management system.\n\nUnder O.C.G.A. § 50-18-71(d), here is our estimate of the cost:\n\n'
         '  Search, retrieval and redaction, 7.5 hours less first 15 minutes free,\n'
         '  at $24.37/hour (lowest paid qualified employee)        $176.68\n'
         '  Electronic copies                                         $0.00\n'
         '  Total estimate                                          $176.68\n\nBecause the estimate exceeds $25.00, we '
         'will not begin until you confirm in writing that you agree to pay it. Once we hear from you we expect to '
         'produce everything by about October 16, 2026.\n\nDarnell Pruitt\nOpen Records Officer\nGeorgia Public '
         'Defender Council\n104 Marietta Street NW, Atlanta, GA 30303' +
         quote('REQ-014', 'Tue, Sep 22, 2026 at 9:14 AM')),
    request='REQ-014', kind='fee_estimate', estimated='2026-10-16', signals=['thread', 'plus'],
    why='GA fee estimate $176.68 must be agreed before work starts; expects production about Oct 16')
