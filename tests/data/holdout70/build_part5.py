#!/usr/bin/env python3
"""Messages 041-050 (October 26 - November 16, 2026)."""
from common import *

F = []

# 041 Utah portal: closed notice, no content
h = headers('Utah Open Records Portal <openrecords-noreply@utah.gov>', INBOX, 'Request #331875 has been closed',
            date('2026-10-26 08:00', '-0600'), msgid('041', 'openrecords.utah.gov'))
write('041-utah-orp-closed.eml', single(h, part_text(
    "Request #331875 has been closed.\n\nPlease log in to the Utah Open Records Portal to view the details:\n"
    "https://openrecords.utah.gov/requests/331875\n\nThis is an automated message. Replies to this address are not "
    "monitored.\n")))
F.append(fact('041-utah-orp-closed.eml', 'REQ-004', 'portal_notice', '331875', signals=['tracking'],
              why='Utah portal status change to Closed after the archives released the records; no substance'))

# 042 Washington State Archives: no records, constituent mail destroyed under the Governor's schedule
num = 'R001002-101226'
txt = ("Dear Records Desk,\n\n"
       "The Washington State Archives has completed its search for records responsive to request %s\n"
       "(Governor Locke office records about recovery from the 2001 Nisqually earthquake).\n\n"
       "We searched the Locke executive correspondence and policy files transferred by the Office of the\n"
       "Governor (accessions 2005-0112 and 2005-0119) and found no records about the earthquake recovery.\n"
       "The Governor's constituent correspondence from 2001 was kept under the Office of the Governor\n"
       "records retention schedule, Disposition Authority Number (DAN) GOV 01-05-60237 (Constituent\n"
       "Correspondence - retain 2 years after end of calendar year, then destroy), and was not designated\n"
       "archival; it was not transferred to the Archives and was destroyed by the office.\n\n"
       "The Washington Military Department's Emergency Management Division may hold disaster recovery\n"
       "records from that period.\n\n"
       "Your request is now closed. If you have questions, reply through the Public Records Center.\n\n"
       "Public Records Officer\nOffice of the Secretary of State\n" % num)
h = headers('Office of the Secretary of State <wasos@mycusthelp.net>', INBOX, 'Public Records Request :: %s - Closed' % num,
            date('2026-10-28 15:00', '-0700'), msgid('042', 'mycusthelp.net'))
write('042-wasos-no-records-retention.eml', single(h, part_alt(txt, '<html><body><p>' + txt.replace('\n\n', '</p><p>').replace(
    '\n', ' ') + '</p></body></html>', '--govqa_b_1028')))
F.append(fact('042-wasos-no-records-retention.eml', 'REQ-015', 'no_records', num, adverse=True, signals=['tracking'],
              why='State Archives: nothing in transferred Locke files; constituent mail destroyed under DAN GOV 01-05-60237 (WA: no appeal days)'))

# 043 Utah State Archives: denial of the Training School case files; 30-day appeal
h = headers('Tessa Lund <tlund@utah.gov>', INBOX, 'GRAMA #336012 - Training School case files',
            date('2026-10-30 13:00', '-0600'), msgid('043', 'mail.gmail.com'))
write('043-utah-archives-denial.eml', single(h, part_text(
    "Hello,\n\n"
    "I'm writing about your GRAMA request #336012 for Utah State Training School resident case files and\n"
    "incident reports from 1950-1970, which are held by the State Archives as Series 1790.\n\n"
    "The case files and incident reports contain medical, psychological and treatment information about\n"
    "individual residents. They are classified as controlled records under Utah Code 63G-2-304 and as\n"
    "private records under 63G-2-302, and under 63G-2-202 they may be released only to the subject of the\n"
    "record or the subject's legal representative. Your request is therefore denied. Because the files\n"
    "identify residents by name throughout, they cannot reasonably be redacted.\n\n"
    "The Series 1790 annual reports and the superintendent's correspondence are public and may be viewed\n"
    "in our Research Center.\n\n"
    "You may appeal this denial to the Director of the Division of Archives and Records Service within 30\n"
    "days (Utah Code 63G-2-401). The notice of appeal should state the relief sought and may include a\n"
    "short statement of facts and reasons.\n\n"
    "Tessa Lund\nArchivist, Research Center\nUtah Division of Archives and Records Service\n")))
F.append(fact('043-utah-archives-denial.eml', 'REQ-016', 'denial', '336012', adverse=True, signals=['tracking', 'topic'],
              why='State Archives archivist denies Training School case files in full (controlled/private); 30-day appeal'))

# 044 NYSED: more time after our clarification; date certain
h = headers('NYSED Records Access Office <RecordsAccess@nysed.gov>', INBOX, 'FOIL 26-03917',
            date('2026-11-02 10:00', '-0500'), msgid('044', 'nysed.gov'))
write('044-nysed-extension.eml', single(h, part_text(
    "Dear Records Desk:\n\n"
    "Thank you for clarifying that FOIL 26-03917 seeks the records of the Special Commission on Attica\n"
    "(McKay Commission), correspondence files only.\n\n"
    "The State Archives has identified 23 cubic feet of McKay Commission correspondence that must be\n"
    "reviewed before release, and some files are stored off-site at the State Records Center. Because of\n"
    "the volume of records and the need to review them for material exempt under Public Officers Law 87(2),\n"
    "we will not be able to grant or deny access within twenty business days of our acknowledgment. We\n"
    "expect to grant or deny access in whole or in part by December 15, 2026.\n\n"
    "Records Access Office\nNew York State Education Department\n")))
F.append(fact('044-nysed-extension.eml', 'REQ-013', 'extension', '26-03917', clock='extension', estimated='2026-12-15',
              signals=['tracking'],
              why='NYSED needs more than 20 business days (off-site boxes, volume) and sets a date certain of Dec 15'))

# 045 Wisconsin Historical Society: copies sent after payment; final, nothing withheld
scan = pdf(['WISCONSIN DEPARTMENT OF NATURAL RESOURCES', 'Bureau of Waste Management - Mining Program',
            'Crandon Project permit review correspondence (selected), 1994-2003',
            'Accession 2009/041, Box 3, Folders 2-5', '[scanned pages follow]'], 'Crandon copies')
h = headers('Reference Archivist <archives.reference@wisconsinhistory.org>', DESK, 'Re: ' + req_subject('REQ-014'),
            date('2026-11-04 11:00', '-0600'), msgid('045', 'mail.gmail.com'),
            thread('REQ-014', [msgid('028', 'mail.gmail.com'), msgid('038', 'mail.gmail.com')]))
write('045-whs-final.eml', mixed(h, [part_text(
    "Hello,\n\n"
    "Thanks for your payment of $37.50. Attached are the scans of the Crandon permit review\n"
    "correspondence (76 pages). Nothing was withheld. That completes your request - the remaining boxes\n"
    "(hearing exhibits and maps) are available in the reading room if you want to see them later.\n\n"
    "Best,\nLinnea\n"),
    part_attach('WHS_Crandon_DNR_correspondence.pdf', 'application/pdf', scan)], '000000000000f00d0451whs'))
F.append(fact('045-whs-final.eml', 'REQ-014', 'records_final',
              why='WHS sends the paid scans (76 pages), nothing withheld, request complete'))

# 046 UW: first installment (HTML only), more installments to come
html = ('<html><body style="font-family:Arial;font-size:10pt"><p>Dear Requestor,</p>'
        '<p>The University of Washington is providing the <b>first installment</b> of records responsive to your '
        'public records request <b>PR 2026-00788</b>. The records (412 pages) are available in the secure file '
        'share below for 30 days.</p><p><a href="https://uwnetid-my.sharepoint.com/:f:/g/pubrec/PR2026-00788-1">'
        'PR 2026-00788 Installment 1</a></p><p>Some information has been redacted under RCW 42.56.230(3) (personal '
        'information in files maintained for employees) and RCW 42.56.250; an exemption log is included with the '
        'records.</p><p>We anticipate providing the next installment on or before December 18, 2026.</p>'
        '<p>Sincerely,<br>Office of Public Records and Open Public Meetings<br>University of Washington</p>'
        '</body></html>')
h = headers('UW Office of Public Records <pubrec@uw.edu>', INBOX, 'PR 2026-00788 Installment 1',
            date('2026-11-06 12:00', '-0800'), msgid('046', 'uw.edu'))
write('046-uw-installment-1.eml', single(h, part_text(html, 'html', cte='quoted-printable')))
F.append(fact('046-uw-installment-1.eml', 'REQ-009', 'records_interim', 'PR 2026-00788', signals=['tracking'],
              why='UW first installment (412 pages, some redactions), next installment by Dec 18; not final'))

# 047 Colleague forwards PHMC final response (inspection by appointment, per-page copies, redactions)
fw = ("---------- Forwarded message ---------\n"
      "From: PHMC Right-to-Know <RA-PHRTK@pa.gov>\nDate: Mon, Nov 9, 2026 at 3:41 PM\nSubject: RTK 2026-147 Final Response\n"
      "To: Paula Nguyen <pnguyen@records.example.org>\n\n"
      "Dear Requester:\n\n"
      "Your Right-to-Know request RTK 2026-147 for Department of Environmental Resources records on the\n"
      "Centralia mine fire relocation, 1983-1993, is GRANTED IN PART and DENIED IN PART.\n\n"
      "Responsive records are in Record Group 43 (Department of Environmental Resources), Centralia Mine Fire\n"
      "Project files, 31 boxes, and are available for inspection in the State Archives search room by\n"
      "appointment (Wednesday-Friday, 9:00 a.m.-4:00 p.m.). Paper copies are $0.25 per page and scans are\n"
      "$0.50 per page; an invoice will be sent for any copies you select.\n\n"
      "Home addresses and Social Security numbers of relocated residents in the property acquisition files\n"
      "(boxes 17-22) are redacted under Section 708(b)(6)(i)(A) of the RTKL, 65 P.S. 67.708(b)(6)(i)(A).\n\n"
      "You have a right to appeal this response in writing to the Office of Open Records, 333 Market Street,\n"
      "16th Floor, Harrisburg, PA 17101-2234, within fifteen (15) business days of the mailing date of this\n"
      "response, as provided in Section 1101 of the RTKL.\n\n"
      "Agency Open Records Officer\nPennsylvania Historical and Museum Commission\n")
h = headers('Paula Nguyen <pnguyen@records.example.org>', DESK, 'Fwd: RTK 2026-147 Final Response',
            date('2026-11-10 09:30', '-0500'), msgid('047', 'mail.gmail.com'))
write('047-fwd-phmc-final.eml', single(h, part_text(
    "This came to me instead of the desk since I was cc'd on the re-send. Redactions are only the\n"
    "relocation files. -P\n\n" + fw)))
F.append(fact('047-fwd-phmc-final.eml', 'REQ-012', 'records_final', 'RTK 2026-147', adverse=True,
              determination='2026-11-09', signals=['tracking', 'topic'],
              why='colleague forwards the PHMC Nov 9 final response: granted in part (inspection, per-page copies), redactions; PA appeal 15 business days from Nov 9'))

# 048 Washington Secretary of State GovQA: first installment, completion estimate
num = 'R000917-091626'
txt = ("Dear Records Desk,\n\nInstallment 1 of the records responsive to your request %s is now available in the\n"
       "Public Records Center. This installment contains Department of Ecology correspondence from\n"
       "1998-1999 (186 pages) from accession 2004-0377.\n\nWe estimate that we will complete our response on "
       "or before 12/18/2026.\n\nPublic Records Officer\nOffice of the Secretary of State\n" % num)
h = headers('Office of the Secretary of State <wasos@mycusthelp.net>', INBOX, 'Public Records Request :: ' + num,
            date('2026-11-12 10:00', '-0800'), msgid('048', 'mycusthelp.net'))
write('048-wasos-installment-1.eml', single(h, part_alt(txt, '<html><body><p>' + txt.replace('\n\n', '</p><p>').replace(
    '\n', ' ') + '</p></body></html>', '--govqa_b_1112')))
F.append(fact('048-wasos-installment-1.eml', 'REQ-008', 'records_interim', num, estimated='2026-12-18',
              signals=['tracking'],
              why='GovQA: installment 1 (186 pages) posted, completion estimated 12/18'))

# 049 Clinton Library: PRA notification period, hedged new estimated date (no statutory extension)
h = headers('Clinton Presidential Library <clinton.library@nara.gov>', DESK, 'RE: FOIA Case 2026-0418-F',
            date('2026-11-13 09:00', '-0600'), msgid('049', 'nara.gov'),
            [('In-Reply-To', '<req-001.status.20261110.1@records.example.org>'),
             ('References', REQS['REQ-001']['message_id'] + ' <req-001.status.20261110.1@records.example.org>')])
write('049-clinton-pra-notice-estimate.eml', single(h, part_text(
    "Dear Records Desk,\n\n"
    "Thank you for your inquiry about case 2026-0418-F. Your request has reached the front of our queue\n"
    "and archivists have begun reviewing about 1,900 pages of White House Domestic Policy Council and\n"
    "Counsel's Office records on the COPS grant program.\n\n"
    "When the review is complete we must notify the representatives of former President Clinton and of\n"
    "the incumbent President under 44 U.S.C. 2208 and 36 CFR 1270.46, who have 60 working days to review\n"
    "the material proposed for release. Taking that period into account, we currently expect to open the\n"
    "records on or about March 1, 2027. This date may change if either representative requests an\n"
    "extension of the review period.\n\n"
    "Regards,\n\nFOIA Staff\nWilliam J. Clinton Presidential Library\n")))
F.append(fact('049-clinton-pra-notice-estimate.eml', 'REQ-001', 'extension', '2026-0418-F', estimated='2027-03-01',
              signals=['thread', 'tracking'],
              why='Library gives a new estimated opening date (about Mar 1, 2027) after the PRA notice period; not a statutory extension, so no due'))

# 050 Forest Service final response with Exemption 4 and 6 withholdings; appeal rights, OGIS
letter = ['USDA Forest Service, Intermountain Region', '', 'November 16, 2026', '',
          'RE: FOIA 2026-FS-R4-04417-F - Final Response', '', 'Dear Requester:', '',
          'This is our final response to your request for Dixie National Forest timber sale and salvage',
          'records, 1996-2004. With this release we have reviewed 1,146 pages in total. In this final',
          'release of 934 pages, 880 pages are released in full and 54 pages in part. We withheld',
          'purchasers\' bid bond and financial statements under Exemption 4 (confidential commercial',
          'information) and personal information under Exemption 6.', '',
          'You may appeal this response within 90 calendar days from the date of this letter. Appeals',
          'must be in writing and submitted to the FOIA Appeals Officer, USDA Forest Service, by email to',
          'SM.FS.FOIAappeal@usda.gov. You may seek dispute resolution services from our FOIA Public',
          'Liaison or from the Office of Government Information Services (OGIS), National Archives',
          'and Records Administration, ogis@nara.gov, 202-741-5770.', '', 'Sincerely,', 'Region 4 FOIA Coordinator']
h = headers('"FOIA, R4 - FS" <SM.FS.R4FOIA@usda.gov>', DESK, 'FOIA 2026-FS-R4-04417-F - Final Response',
            date('2026-11-16 10:00', '-0700'), msgid('050', 'SJ0PR09MB8871.namprd09.prod.outlook.com'),
            [('Thread-Topic', 'FOIA 2026-FS-R4-04417-F - Final Response'), ('X-MS-Has-Attach', 'yes')])
write('050-usfs-final.eml', mixed(h, [
    part_text('Attached is the final response to your FOIA request and the final set of records.\n\nR4 FOIA\n'),
    part_attach('04417-F Final Response Letter.pdf', 'application/pdf', pdf(letter, 'Final Response'))],
    '_006_SJ0PR09MB8871namprd09prod_'))
F.append(fact('050-usfs-final.eml', 'REQ-003', 'records_final', '2026-FS-R4-04417-F', adverse=True,
              signals=['tracking'],
              why='Forest Service final release with Exemption 4 and 6 withholdings; 90-day appeal, OGIS'))

save(5, F)
