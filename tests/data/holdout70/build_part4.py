#!/usr/bin/env python3
"""Messages 031-040 (October 12 - 23, 2026)."""
from common import *

F = []
O365 = lambda topic, idx: [('Thread-Topic', topic), ('Thread-Index', idx), ('X-MS-Has-Attach', 'yes'),
                           ('X-MS-Exchange-Organization-SCL', '-1'), ('Content-Language', 'en-US')]

# 031 U-M: "granted" with a fee, 50% good-faith deposit, itemization in a PDF
item = ['UNIVERSITY OF MICHIGAN - FOIA DETAILED COST ITEMIZATION', 'FOIA #2026-1184', '',
        'Labor to search, locate and examine (8.0 hrs x $31.12) ........ $248.96',
        'Labor to separate and delete exempt material (6.5 hrs x $31.12) . $202.28',
        'Electronic copies (USB / upload) ................................ $0.00',
        'Scanning of paper records (140 pages x $0.25) ................... $35.00',
        '', 'TOTAL ESTIMATED FEE ........................................... $486.24',
        'GOOD-FAITH DEPOSIT REQUIRED (50%) ............................... $243.12']
h = headers('University of Michigan FOIA Office <foia-office@umich.edu>', DESK, 'FOIA #2026-1184 - Response and Fee Notice',
            date('2026-10-12 10:00', '-0400'), msgid('031', 'umich.edu'), thread('REQ-010'))
write('031-umich-fee-deposit.eml', mixed(h, [part_text(
    "Dear Records Desk:\n\n"
    "Your request under the Michigan Freedom of Information Act, FOIA #2026-1184, for Office of the\n"
    "President records about the Grutter and Gratz admissions litigation is granted, subject to payment\n"
    "of the fee described in the attached itemization. Some portions of the records may be exempt from\n"
    "disclosure, and any exempt material will be identified when the records are provided.\n\n"
    "Because the estimated fee exceeds $50.00, the University requires a good-faith deposit of $243.12\n"
    "(50% of the estimate) before it will process your request (MCL 15.234(8)). Payment instructions are\n"
    "on the University's FOIA website. The University's best-efforts estimate is that the records will be\n"
    "provided within 30 business days after the deposit is received.\n\n"
    "If the deposit is not received within 45 days of this notice, your request will be considered\n"
    "abandoned.\n\n"
    "The University's FOIA Procedures and Guidelines and Written Public Summary are available on our\n"
    "website.\n\nFOIA Office\nUniversity of Michigan\n"),
    part_attach('FOIA 2026-1184 Detailed Itemization.pdf', 'application/pdf', pdf(item, 'Itemization'))],
    '=_umich_foia_1184_itemization'))
F.append(fact('031-umich-fee-deposit.eml', 'REQ-010', 'fee_estimate', '2026-1184', signals=['thread', 'tracking'],
              why='U-M "grants" the request subject to a $486.24 fee and a 50% good-faith deposit before processing (MCL 15.234(8))'))

# 032 U-M: denial in full (FERPA/student records, privacy); 180-day appeal
h = headers('University of Michigan FOIA Office <foia-office@umich.edu>', INBOX, 'FOIA #2026-1191 - Final Response',
            date('2026-10-13 15:00', '-0400'), msgid('032', 'umich.edu'))
write('032-umich-denial-athletics.eml', single(h, part_text(
    "Dear Requestor:\n\n"
    "This is the University of Michigan's response to your FOIA request #2026-1191 for Athletic Department\n"
    "records relating to the investigation of booster Ed Martin, 1996-2003.\n\n"
    "The University has identified responsive records held by the Bentley Historical Library in the\n"
    "Athletic Department's compliance files. Your request is denied. The records consist of interview\n"
    "notes, eligibility files and correspondence about individual students and are education records\n"
    "protected by the Family Educational Rights and Privacy Act, 20 U.S.C. 1232g, and exempt under\n"
    "Section 13(1)(d) of the Michigan FOIA, MCL 15.243(1)(d). Information of a personal nature is also\n"
    "exempt under MCL 15.243(1)(a). The University's public reports on the matter, including the 2002\n"
    "self-report to the NCAA, are available on the Athletic Department's website.\n\n"
    "Under MCL 15.240, you may submit a written appeal to the President of the University, stating the\n"
    "word \"appeal\" and the reasons the denial should be reversed, or you may file an action in the\n"
    "Michigan Court of Claims within 180 days after the date of this final determination. If you prevail\n"
    "in court you may be awarded reasonable attorneys' fees, costs and disbursements, and possibly\n"
    "damages.\n\nFOIA Office\nUniversity of Michigan\n")))
F.append(fact('032-umich-denial-athletics.eml', 'REQ-011', 'denial', '2026-1191', adverse=True,
              signals=['tracking', 'topic'],
              why='U-M denies the Ed Martin request in full (FERPA, MCL 15.243(1)(d), (1)(a)); 180-day appeal'))

# 033 Washington Secretary of State GovQA acknowledgment for the second request
num = 'R001002-101226'
h = headers('Office of the Secretary of State <wasos@mycusthelp.net>', INBOX, 'Public Records Request :: ' + num,
            date('2026-10-14 08:30', '-0700'), msgid('033', 'mycusthelp.net'))
txt = ("Dear Records Desk,\n\nThank you for your public records request, received by the Office of the Secretary of\n"
       "State on 10/12/2026 and assigned reference number %s.\n\nYour request: Governor Gary Locke's office "
       "records about recovery from the February 28, 2001\nNisqually earthquake.\n\nThis letter acknowledges your "
       "request under RCW 42.56.520. We estimate that we will provide\nrecords or a further response on or before "
       "12/04/2026.\n\nPublic Records Officer\nOffice of the Secretary of State\n" % num)
write('033-wasos-govqa-ack-2.eml', single(h, part_alt(txt, '<html><body>' + txt.replace('\n\n', '</p><p>').replace(
    '\n', ' ') + '</body></html>', '--govqa_b_1014')))
F.append(fact('033-wasos-govqa-ack-2.eml', 'REQ-015', 'acknowledgment', num, clock='received_on_sent_date',
              estimated='2026-12-04', signals=['tracking-new', 'topic'],
              why='same GovQA sender, second request (Locke/Nisqually): received 10/12, R001002-101226, estimate 12/04'))

# 034 Forest Service: first interim release (rolling), partial Exemption 6
letter = ['USDA Forest Service, Intermountain Region', '324 25th Street, Ogden, UT 84401', '', 'October 15, 2026', '',
          'RE: FOIA 2026-FS-R4-04417-F - First Interim Response', '', 'Dear Requester:', '',
          'This is our first interim response to your request for Dixie National Forest timber sale and',
          'salvage records, 1996-2004. We reviewed 212 pages: 198 are released in full and 14 in part.',
          'Personal telephone numbers and home addresses of purchasers\' employees are withheld under',
          'Exemption 6, 5 U.S.C. 552(b)(6).', '',
          'We continue to process the contract files recalled from the Federal Records Center and will',
          'send further releases as they are completed. Appeal rights will be provided with our final',
          'response.', '', 'Sincerely,', 'Region 4 FOIA Coordinator']
h = headers('"FOIA, R4 - FS" <SM.FS.R4FOIA@usda.gov>', DESK, 'RE: 2026-FS-R4-04417-F - Extension of Time',
            date('2026-10-15 09:00', '-0600'), msgid('034', 'SJ0PR09MB8871.namprd09.prod.outlook.com'),
            [('In-Reply-To', msgid('016', 'SJ0PR09MB8871.namprd09.prod.outlook.com')),
             ('References', msgid('016', 'SJ0PR09MB8871.namprd09.prod.outlook.com'))]
            + O365('2026-FS-R4-04417-F - Extension of Time', 'AdtNJ2p0l6XW3tq7T6G5nT5q2dAAbwABa7c='))
write('034-usfs-interim-1.eml', mixed(h, [
    part_text('Please find attached the first interim response and the released records.\n\nR4 FOIA\n'),
    part_attach('04417-F Interim 1 Letter.pdf', 'application/pdf', pdf(letter, 'Interim Response 1')),
    part_attach('04417-F Interim 1 Records (198 RIF 14 RIP).pdf', 'application/pdf',
                pdf(['DIXIE NATIONAL FOREST - TIMBER SALE CONTRACT FILES (excerpt)', 'Sale: Bear Valley Salvage 1997',
                     'Contract 060459 ... Purchaser representative: (b)(6)'], 'Records'))],
    '_005_SJ0PR09MB8871namprd09prod_'))
F.append(fact('034-usfs-interim-1.eml', 'REQ-003', 'records_interim', '2026-FS-R4-04417-F',
              signals=['thread', 'tracking-filename', 'tracking-attachment'],
              why='first rolling release (198 full, 14 part under Ex. 6), more to come; reply keeps the old "Extension of Time" subject'))

# 035 NYSED: clarification (sealed Meyer volumes, which series?)
h = headers('NYSED Records Access Office <RecordsAccess@nysed.gov>', INBOX, 'FOIL 26-03917 - Request for Clarification',
            date('2026-10-16 10:30', '-0400'), msgid('035', 'nysed.gov'))
write('035-nysed-clarification.eml', single(h, part_text(
    "Dear Records Desk:\n\n"
    "We are writing about FOIL 26-03917. To search for the records you want we need more information.\n\n"
    "Volumes 2 and 3 of the Meyer Report remain sealed by order of the State Supreme Court, Wyoming County,\n"
    "and cannot be released under FOIL. The State Archives holds (a) the records of the New York State\n"
    "Special Commission on Attica (McKay Commission), (b) the investigation files of the Attica special\n"
    "prosecutor's office, and (c) the publicly released portion of the Meyer Report. Please tell us which\n"
    "of these you are seeking, and whether you want all formats or only the correspondence files.\n\n"
    "Please note that series (a) and (c) are open for research and may be viewed in the State Archives\n"
    "Research Room without a FOIL request; appointments can be made at archref@nysed.gov.\n\n"
    "If we do not hear from you within 30 days, we will close this request.\n\n"
    "Records Access Office\nNew York State Education Department\n")))
F.append(fact('035-nysed-clarification.eml', 'REQ-013', 'clarification', '26-03917', signals=['tracking'],
              why='NYSED asks which of three series is wanted (Meyer vols 2-3 sealed); 30 days to answer'))

# 036 Library of Virginia: first release after deposit, rest later with a date
text = ("Thank you for your deposit, which we received on October 14.\n\n"
        "The first set of records is ready: the scanned Review Panel correspondence from accession 43188,\n"
        "boxes 1-6 (183 images), is available at the download link below for 30 days.\n\n"
        "  https://lva.sharefile.com/d-s8a1c04e7f2b4\n\n"
        "Review of the Governor's Office email is under way. We expect to complete our response by\n"
        "November 20, 2026.\n\nRoger Castellanos\nState Government Records Archivist\nLibrary of Virginia\n")
h = headers('Castellanos, Roger (LVA) <roger.castellanos@lva.virginia.gov>', DESK, 'RE: ' + req_subject('REQ-006'),
            date('2026-10-19 13:00', '-0400'), msgid('036', 'BN8PR09MB3604.namprd09.prod.outlook.com'),
            thread('REQ-006', ['<req-006.reply.20260922.2@records.example.org>', msgid('024', 'BN8PR09MB3604.namprd09.prod.outlook.com')]))
write('036-lva-interim.eml', single(h, part_alt(text, '<html><body><div style="font-family:Calibri,sans-serif">' +
      text.replace('\n\n', '<br><br>').replace('\n', ' ') + '</div></body></html>', '_000_BN8PR09MB3604lva_')))
F.append(fact('036-lva-interim.eml', 'REQ-006', 'records_interim', estimated='2026-11-20',
              why='LVA releases the scanned Panel correspondence; email review continues, completion expected Nov 20'))

# 037 Utah portal acknowledgment for the Training School request
h = headers('Utah Open Records Portal <openrecords-noreply@utah.gov>', INBOX, 'GRAMA Request Received - Request #336012',
            date('2026-10-20 08:10', '-0600'), msgid('037', 'openrecords.utah.gov'))
write('037-utah-orp-ack-training-school.eml', single(h, part_text(
    '<html><body style="font-family:Arial,sans-serif;font-size:13px"><p>Your records request has been received by '
    '<b>Government Operations - Division of Archives and Records Service</b>.</p><table cellpadding="4">'
    '<tr><td>Request Number:</td><td><b>336012</b></td></tr><tr><td>Date Received:</td><td>10/19/2026</td></tr>'
    '<tr><td>Request:</td><td>Utah State Training School (American Fork) resident case files and incident reports, '
    '1950-1970.</td></tr></table><p>Under Utah Code 63G-2-204, a governmental entity responds as soon as reasonably '
    'possible, but no later than 10 business days after receiving a written request.</p><p style="color:#777;'
    'font-size:11px">This is an automated message from the Utah Open Records Portal.</p></body></html>', 'html')))
F.append(fact('037-utah-orp-ack-training-school.eml', 'REQ-016', 'acknowledgment', '336012', clock='received_on_sent_date',
              signals=['tracking-new', 'topic'],
              why='Utah portal logs the second State Archives request (Training School) as #336012, received 10/19 = sent'))

# 038 Wisconsin Historical Society: hedged cost estimate, per page / per scan, prepayment over $5
h = headers('Reference Archivist <archives.reference@wisconsinhistory.org>', DESK, 'Re: ' + req_subject('REQ-014'),
            date('2026-10-20 10:00', '-0500'), msgid('038', 'mail.gmail.com'),
            thread('REQ-014', [msgid('028', 'mail.gmail.com')]))
write('038-whs-fee-estimate.eml', single(h, part_text(
    "Hello again,\n\n"
    "I found the Crandon material: about 14 boxes across three DNR accessions. Most of it is permit\n"
    "application correspondence and hearing exhibits. Here is what copies would cost if you want them\n"
    "rather than visiting:\n\n"
    "  photocopies: $0.25 per page\n  scans to PDF: $0.50 per page (or $10.00 per high-resolution image)\n\n"
    "For the correspondence files you described (roughly 75 pages), that would come to about $37.50 in\n"
    "scans. Location fees may also apply if the search time runs past $50 in staff cost, though I don't\n"
    "expect it will. Because the total is over $5, we'll need payment before we send copies\n"
    "(Wis. Stat. 19.35(3)(f)).\n\n"
    "You're also welcome to see everything in the Archives reading room in Madison - just email me a week\n"
    "ahead so I can request the boxes from our off-site storage facility.\n\n"
    "Best,\nLinnea Haugen\nReference Archivist\nWisconsin Historical Society\n")))
F.append(fact('038-whs-fee-estimate.eml', 'REQ-014', 'fee_estimate',
              why='WHS archivist: per-page/per-scan fees, about $37.50, location fees "may" apply, prepayment required over $5'))

# 039 UW University Archives via our Google Group collaborative inbox: reading-room offer
gg = [('Reply-To', 'Jamie Ortiz <jortiz@uw.edu>'), ('X-Original-Sender', 'jortiz@uw.edu'),
      ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@uw.edu; spf=pass smtp.mailfrom=jortiz@uw.edu'),
      ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
      ('List-ID', '<records.records.example.org>'), ('Precedence', 'list'),
      ('List-Archive', '<https://groups.google.com/a/records.example.org/group/records/>')]
h = headers("'Jamie Ortiz' via Records Desk <records@records.example.org>", 'records@records.example.org',
            'Regents WTO files - you can see them in person', date('2026-10-21 14:00', '-0700'),
            msgid('039', 'mail.gmail.com'), gg)
write('039-uw-archivist-via-group.eml', single(h, part_text(
    "Hi there,\n\n"
    "I'm the University Archivist in UW Special Collections. The Office of Public Records asked me to\n"
    "pull records for your request about the 1999 WTO protests, and I wanted to let you know that most of\n"
    "the President's Office WTO files (accession 2001-045) are already open to the public. You are welcome\n"
    "to look at them in the Special Collections reading room in Allen Library South; please book an\n"
    "appointment through our online request system at least two business days ahead. Reading-room scans\n"
    "are free with your own camera, or $0.35 per page if we scan for you.\n\n"
    "This doesn't change anything about your public records request, which the Office of Public Records\n"
    "is still processing.\n\n"
    "Jamie Ortiz\nUniversity Archivist, UW Libraries Special Collections\n")))
F.append(fact('039-uw-archivist-via-group.eml', 'REQ-009', 'other', signals=['topic', 'sender'],
              why='UW archivist writes via our Google Group ("via Records Desk"): reading-room appointment offer, PRA request unchanged'))

# 040 Utah State Archives: records provided after payment, some withheld as private; 30-day appeal
h = headers('Archives Research Center <archivesresearch@utah.gov>', INBOX, 'GRAMA 331875 - records provided',
            date('2026-10-23 11:00', '-0600'), msgid('040', 'mail.gmail.com'))
write('040-utah-archives-final.eml', single(h, part_text(
    "Hello,\n\n"
    "Thank you for your payment. The records responsive to GRAMA request 331875 (Series 28513, Salt Lake\n"
    "Organizing Committee Board of Ethics records) are available for download for 14 days:\n\n"
    "  https://drive.google.com/drive/folders/1sLOC-ethics-28513\n\n"
    "We scanned 1,097 pages. We withheld 53 pages in full and redacted 11 pages:\n"
    "  - bank and credit card account information, classified private under Utah Code 63G-2-302(1)(j);\n"
    "  - medical information about two individuals, classified controlled under 63G-2-304.\n\n"
    "This completes your request. You may appeal the classification of the withheld records to the\n"
    "Director of the Division of Archives and Records Service within 30 days under Utah Code 63G-2-401.\n\n"
    "Archives Research Center\nUtah Division of Archives and Records Service\n")))
F.append(fact('040-utah-archives-final.eml', 'REQ-004', 'records_final', '331875', adverse=True,
              signals=['tracking'],
              why='State Archives releases 1,097 pages, withholds 53 and redacts 11 (private/controlled); final; 30-day appeal'))

save(4, F)
