#!/usr/bin/env python3
"""Messages 011-020 (September 18 - 30, 2026)."""
from common import *

F = []
O365 = lambda topic, idx: [('Thread-Topic', topic), ('Thread-Index', idx), ('X-MS-Has-Attach', ''),
                           ('X-MS-Exchange-Organization-SCL', '-1'), ('Content-Language', 'en-US')]

# 011 Utah State Archives: cost estimate, per-page and per-scan fees, reading-room alternative
h = headers('Archives Research Center <archivesresearch@utah.gov>', INBOX, 'GRAMA 331875 - cost estimate',
            date('2026-09-18 10:30', '-0600'), msgid('011', 'mail.gmail.com'))
write('011-utah-archives-fee-estimate.eml', single(h, part_text(
    "Good morning,\n\n"
    "We have located records responsive to your request in Series 28513, Salt Lake Organizing Committee\n"
    "Board of Ethics records. The series is three boxes (about 1,150 pages). Two of the boxes are kept at\n"
    "the State Records Center and will be pulled to the Research Center once you tell us how you want to\n"
    "proceed.\n\n"
    "Fees under Utah Code 63G-2-203 and the Division's fee schedule:\n"
    "  Photocopies ............................ $0.25 per page\n"
    "  Digital scans (PDF) .................... $0.50 per page\n"
    "  Staff time to compile and review ....... $22.00 per hour (first quarter hour free)\n\n"
    "Estimated cost for scanned copies of the whole series:\n"
    "  1,150 pages x $0.50 = $575.00\n  4 hours review x $22.00 = $88.00\n  Total estimate: $663.00\n\n"
    "Because the estimate is over $50, payment in advance is required before we continue (63G-2-203(8)).\n"
    "If you would rather narrow the request, let us know which folders you need; the folder list is\n"
    "attached to the finding aid online.\n\n"
    "There is no charge to view the records in person. The Research Center reading room (346 S. Rio\n"
    "Grande Street, Salt Lake City) is open Monday-Friday 9:00-4:00; please make an appointment at least\n"
    "two business days ahead so the boxes can be brought from the Records Center.\n\n"
    "Archives Research Center\nUtah Division of Archives and Records Service\n")))
F.append(fact('011-utah-archives-fee-estimate.eml', 'REQ-004', 'fee_estimate', '331875', signals=['tracking', 'topic'],
              why='State Archives estimate $663 (per-page/per-scan fees plus staff time), prepayment required; in-person viewing free by appointment'))

# 012 Library of Virginia: archivist asks to narrow (quotes our request, Outlook)
text = ("Good morning,\n\n"
        "Thank you for your request. I am the state archivist who manages the executive branch\n"
        "collections, and I want to make sure we search the right material before we give you an estimate.\n\n"
        "The Kaine administration email collection at the Library holds roughly 1.3 million messages, and the\n"
        "Virginia Tech Review Panel's own records (accession 43188) are a separate set of about 40 cubic feet.\n"
        "As written, your request would reach both in full.\n\n"
        "Could you tell us:\n"
        "  1. whether you want the Panel's records, the Governor's Office email, or both;\n"
        "  2. for email, which custodians (for example the Governor, the Chief of Staff, the Secretary of\n"
        "     Public Safety, the Counselor to the Governor); and\n"
        "  3. a date range (for example April 16 - August 31, 2007).\n\n"
        "Once we hear from you we will send a cost estimate. We will hold the request until then.\n\n"
        "Best regards,\n\nRoger Castellanos\nState Government Records Archivist\nLibrary of Virginia\n"
        "804-692-3600")
h = headers('Castellanos, Roger (LVA) <roger.castellanos@lva.virginia.gov>', DESK, 'RE: ' + req_subject('REQ-006'),
            date('2026-09-21 09:05', '-0400'), msgid('012', 'BN8PR09MB3604.namprd09.prod.outlook.com'),
            thread('REQ-006') + O365(req_subject('REQ-006'), 'AQHcK9t3Zt1wQxVvS0+oNq2Yw9c1aQ=='))
write('012-lva-clarification.eml', single(h, part_text(text + quoted('REQ-006', 'Library of Virginia'),
                                                       cte='quoted-printable')))
F.append(fact('012-lva-clarification.eml', 'REQ-006', 'clarification', signals=['thread'],
              why='LVA archivist asks which records, custodians and date range before estimating; request held'))

# 013 VDOT: seven-working-day extension under 2.2-3704(B)(4)
text = ("Dear Records Desk:\n\n"
        "This letter responds to your request under the Virginia Freedom of Information Act, received\n"
        "by the Virginia Department of Transportation on September 15, 2026, for safety studies and\n"
        "correspondence concerning truck climbing lanes on Interstate 81, 2008-2012.\n\n"
        "Pursuant to Va. Code 2.2-3704(B)(4), it is not practically possible to provide the requested\n"
        "records or to determine whether they are available within the five-work-day period. The\n"
        "Staunton and Salem District offices must check what records from that period still exist.\n"
        "VDOT is therefore invoking the additional seven work days allowed by the statute and will\n"
        "respond no later than October 1, 2026.\n\n"
        "Sincerely,\n\nFOIA Officer\nVirginia Department of Transportation\n1401 East Broad Street\n"
        "Richmond, Virginia 23219\n")
h = headers('VDOT FOIA <foia@vdot.virginia.gov>', DESK, 'RE: ' + req_subject('REQ-007'),
            date('2026-09-22 16:10', '-0400'), msgid('013', 'CH0PR09MB7115.namprd09.prod.outlook.com'),
            thread('REQ-007') + O365(req_subject('REQ-007'), 'AdtMx0f9hD2bXwq1Q1y8m6vW4zq0Ng=='))
write('013-vdot-extension.eml', single(h, part_text(text)))
F.append(fact('013-vdot-extension.eml', 'REQ-007', 'extension', clock='extension', estimated='2026-10-01',
              why='VDOT invokes the 7-work-day extension (2.2-3704(B)(4)), will respond by Oct 1'))

# 014 Washington Secretary of State GovQA acknowledgment with estimate
num = 'R000917-091626'
text = ("Dear Records Desk,\n\n"
        "Thank you for your public records request, received by the Office of the Secretary of State on\n"
        "9/16/2026 and assigned reference number %s.\n\n"
        "Your request: Department of Ecology correspondence about Hanford tank leaks, 1998-2003, transferred\n"
        "to the Washington State Archives.\n\n"
        "This letter acknowledges your request under RCW 42.56.520. Staff of the Washington State Archives\n"
        "are identifying the accessions that may hold responsive records. We estimate that we will provide\n"
        "records or a further response on or before 11/13/2026.\n\n"
        "You can check the status of your request in the Public Records Center.\n\n"
        "Public Records Officer\nOffice of the Secretary of State\n" % num)
html = ('<html><body><p>Dear Records Desk,</p><p>Thank you for your public records request, received by the '
        'Office of the Secretary of State on 9/16/2026 and assigned reference number <b>%s</b>.</p>'
        '<p><i>Your request:</i> Department of Ecology correspondence about Hanford tank leaks, 1998-2003, '
        'transferred to the Washington State Archives.</p><p>This letter acknowledges your request under RCW '
        '42.56.520. Staff of the Washington State Archives are identifying the accessions that may hold '
        'responsive records. We estimate that we will provide records or a further response on or before '
        '<b>11/13/2026</b>.</p><p>You can check the status of your request in the <a href="https://wasos.mycusthelp.net/'
        'WEBAPP/_rs/">Public Records Center</a>.</p><p>Public Records Officer<br>Office of the Secretary of State</p>'
        '</body></html>' % num)
h = headers('Office of the Secretary of State <wasos@mycusthelp.net>', INBOX, 'Public Records Request :: ' + num,
            date('2026-09-23 08:15', '-0700'), msgid('014', 'mycusthelp.net'))
write('014-wasos-govqa-ack.eml', single(h, part_alt(text, html, '--govqa_b_0923')))
F.append(fact('014-wasos-govqa-ack.eml', 'REQ-008', 'acknowledgment', num, clock='received_on_sent_date',
              estimated='2026-11-13', signals=['tracking-new', 'topic'],
              why='GovQA ack for the Secretary of State (State Archives): received 9/16, R000917-091626, estimate 11/13'))

# 015 University of Washington acknowledgment
h = headers('UW Office of Public Records <pubrec@uw.edu>', INBOX, 'PR 2026-00788 Acknowledgment',
            date('2026-09-24 11:00', '-0700'), msgid('015', 'uw.edu'))
write('015-uw-ack.eml', single(h, part_text(
    "Dear Requestor:\n\n"
    "The University of Washington Office of Public Records and Open Public Meetings received your\n"
    "public records request on September 17, 2026. Your request has been assigned number PR 2026-00788.\n\n"
    "You requested: Board of Regents and President's Office records concerning the 1999 WTO Ministerial\n"
    "and protests.\n\n"
    "Many of these records were transferred to University Archives in Special Collections, and our office\n"
    "is working with the archivists to locate them. We anticipate providing a first installment of\n"
    "records on or before November 6, 2026. Please note that this date is an estimate and may change.\n\n"
    "Sincerely,\n\nPublic Records Specialist\nOffice of Public Records and Open Public Meetings\n"
    "University of Washington | Box 359432 | Seattle, WA 98195\n")))
F.append(fact('015-uw-ack.eml', 'REQ-009', 'acknowledgment', 'PR 2026-00788', clock='received_on_sent_date',
              estimated='2026-11-06', signals=['tracking-new', 'topic'],
              why='UW acknowledges the WTO request received Sept 17 = sent, assigns PR 2026-00788, first installment by Nov 6'))

# 016 Forest Service: 10-working-day extension, records in off-site storage; OGIS paragraph
h = headers('"FOIA, R4 - FS" <SM.FS.R4FOIA@usda.gov>', DESK, '2026-FS-R4-04417-F - Extension of Time',
            date('2026-09-25 09:00', '-0600'), msgid('016', 'SJ0PR09MB8871.namprd09.prod.outlook.com'),
            O365('2026-FS-R4-04417-F - Extension of Time', 'AdtNJ2p0l6XW3tq7T6G5nT5q2dAAbw=='))
write('016-usfs-extension.eml', single(h, part_text(
    "Dear Requester,\n\n"
    "This concerns your FOIA request 2026-FS-R4-04417-F for Dixie National Forest timber sale and salvage\n"
    "records, 1996-2004.\n\n"
    "Unusual circumstances apply to your request under 5 U.S.C. 552(a)(6)(B)(iii)(I). The contract files\n"
    "for sales closed before 2006 were retired to the National Archives' Federal Records Center in Denver,\n"
    "and the Cedar City and Escalante district files must also be searched. We are therefore extending the\n"
    "time to respond by ten working days.\n\n"
    "If you would like to narrow the scope of your request or agree to an alternative time frame, please\n"
    "contact us or our FOIA Public Liaison. You may also contact the Office of Government Information\n"
    "Services (OGIS) at the National Archives and Records Administration for mediation services: OGIS,\n"
    "8601 Adelphi Road-OGIS, College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770.\n\n"
    "Regards,\n\nRegion 4 FOIA Coordinator\nUSDA Forest Service, Intermountain Region\n")))
F.append(fact('016-usfs-extension.eml', 'REQ-003', 'extension', '2026-FS-R4-04417-F', clock='extension',
              signals=['tracking'],
              why='Forest Service takes the 10-working-day unusual-circumstances extension (files at a Federal Records Center); OGIS paragraph'))

# 017 Bentley archivist out of office (we copied her on the request)
h = headers('Hannah Brandt <hbrandt@umich.edu>', DESK, 'Automatic reply: ' + req_subject('REQ-010'),
            date('2026-09-25 13:00', '-0400'), msgid('017', 'umich.edu'),
            thread('REQ-010') + [('Auto-Submitted', 'auto-replied'), ('Precedence', 'auto_reply')])
write('017-umich-bentley-ooo.eml', single(h, part_text(
    "I am away from the Bentley Historical Library through Wednesday, September 30, with limited access\n"
    "to email. For reference questions please write to bentley.ref@umich.edu. Freedom of Information Act\n"
    "requests should go to the University FOIA Office at foia-office@umich.edu.\n\nHannah Brandt\n"
    "University Archives and Records Program\n")))
F.append(fact('017-umich-bentley-ooo.eml', 'REQ-010', 'auto_reply',
              why='Bentley archivist out-of-office threaded to our Grutter/Gratz request'))

# 018 U-M FOIA Office: 10-business-day extension notice (threaded)
h = headers('University of Michigan FOIA Office <foia-office@umich.edu>', DESK, 'RE: ' + req_subject('REQ-010'),
            date('2026-09-28 10:20', '-0400'), msgid('018', 'umich.edu'), thread('REQ-010'))
write('018-umich-extension.eml', single(h, part_text(
    "Dear Records Desk:\n\n"
    "The University of Michigan received your Freedom of Information Act request on September 21, 2026.\n"
    "It has been assigned FOIA #2026-1184.\n\n"
    "Under Section 5(2)(d) of the Michigan FOIA, MCL 15.235(2)(d), the University is extending the time\n"
    "for its response by not more than 10 business days, to October 12, 2026. Records of the Office of the\n"
    "President from this period are held by the Bentley Historical Library, and some series are closed\n"
    "under the University's 20-year access rule; the Bentley staff need time to review them.\n\n"
    "Sincerely,\n\nFOIA Office\nUniversity of Michigan\n2074 Fleming Administration Building\n")))
F.append(fact('018-umich-extension.eml', 'REQ-010', 'extension', '2026-1184', clock='extension', estimated='2026-10-12',
              signals=['thread', 'tracking-new'],
              why='U-M extends by 10 business days under MCL 15.235(2)(d) to Oct 12 and assigns FOIA #2026-1184'))

# 019 U-M FOIA Office: extension for the second request, no threading, only topic words tell them apart
h = headers('University of Michigan FOIA Office <foia-office@umich.edu>', INBOX, 'FOIA #2026-1191 - Notice of Extension',
            date('2026-09-29 10:25', '-0400'), msgid('019', 'umich.edu'))
write('019-umich-extension-athletics.eml', single(h, part_text(
    "Dear Requestor:\n\n"
    "This notice concerns your Freedom of Information Act request of September 22, 2026, for Athletic\n"
    "Department records relating to the investigation of booster Ed Martin.\n\n"
    "Pursuant to MCL 15.235(2)(d), the University is extending the period for its response by 10 business\n"
    "days. You will receive the University's response on or before October 13, 2026.\n\n"
    "FOIA Office\nUniversity of Michigan\n")))
F.append(fact('019-umich-extension-athletics.eml', 'REQ-011', 'extension', '2026-1191', clock='extension',
              estimated='2026-10-13', signals=['tracking-new', 'topic'],
              why='same U-M office, second request (Ed Martin topic), no thread headers; 10-business-day extension to Oct 13'))

# 020 Clinton Library archivist, informal FYI from a personal address
h = headers('Dana Whitfield <dana.whitfield@nara.gov>', INBOX, 'COPS records - previously opened material',
            date('2026-09-30 14:00', '-0500'), msgid('020', 'nara.gov'))
write('020-clinton-archivist-fyi.eml', single(h, part_text(
    "Hi,\n\n"
    "I'm one of the archivists on the Library's FOIA team. While your request (2026-0418-F) waits in the\n"
    "queue I wanted to point you to some material that is already open: an earlier request, 2006-0469-F,\n"
    "covered Domestic Policy Council and Counsel's Office files on the COPS program, and those folders\n"
    "were released and are on our website under that number.\n\n"
    "You don't need to do anything - your request keeps its place in line. If the opened files answer\n"
    "part of your question and you want to narrow, just let me know. Happy to talk by phone too.\n\n"
    "Dana\n\nDana Whitfield\nArchivist\nWilliam J. Clinton Presidential Library\n501-244-2877\n")))
F.append(fact('020-clinton-archivist-fyi.eml', 'REQ-001', 'other', '2026-0418-F', signals=['tracking', 'topic'],
              why='informal note from a Library archivist pointing to already opened files; no action, no clock change (2006-0469-F is another case)'))

save(2, F)
