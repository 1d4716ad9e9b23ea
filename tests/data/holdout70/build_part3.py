#!/usr/bin/env python3
"""Messages 021-030 (October 1 - 9, 2026)."""
from common import *

F = []
O365 = lambda topic, idx: [('Thread-Topic', topic), ('Thread-Index', idx), ('X-MS-Has-Attach', ''),
                           ('X-MS-Exchange-Organization-SCL', '-1'), ('Content-Language', 'en-US')]

# 021 Utah portal: status change only
h = headers('Utah Open Records Portal <openrecords-noreply@utah.gov>', INBOX, 'Request #331875 has been updated',
            date('2026-10-01 08:00', '-0600'), msgid('021', 'openrecords.utah.gov'))
write('021-utah-orp-updated.eml', single(h, part_text(
    '<html><body style="font-family:Arial,sans-serif;font-size:13px"><p>Request <b>#331875</b> has been updated.</p>'
    '<p>Status: <b>Awaiting Requester</b></p><p>Please <a href="https://openrecords.utah.gov/requests/331875">log in to '
    'the Utah Open Records Portal</a> to view the update.</p><p style="color:#777;font-size:11px">This is an automated '
    'message. Replies to this address are not monitored.</p></body></html>', 'html')))
F.append(fact('021-utah-orp-updated.eml', 'REQ-004', 'portal_notice', '331875', signals=['tracking'],
              why='Utah portal status-change notice with no content (Awaiting Requester)'))

# 022 Exchange Online NDR: we mistyped the PHMC Right-to-Know address
b = 'b1_ndr_7f3a2c19e0d84c6a'
orig = req_subject('REQ-012')
ndr_html = ('<html><body><div style="font-family:Segoe UI,Arial;font-size:14px"><p><b>Your message to '
            'ra-phmcrighttoknow@pa.gov couldn\'t be delivered.</b></p><p>ra-phmcrighttoknow wasn\'t found at pa.gov.'
            '</p><p><b>Action Required</b></p><p>Unknown To address</p><p><b>How to Fix It</b><br>The address may be '
            'misspelled or may not exist. Try one or more of the following: retype the recipient\'s address, then '
            'resend the message.</p><p style="font-size:12px;color:#555">Diagnostic information for administrators:'
            '<br>Generating server: BY5PR09MB5923.namprd09.prod.outlook.com<br>ra-phmcrighttoknow@pa.gov<br>Remote '
            'Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\''
            '</p></div></body></html>')
raw = ('From: Microsoft Outlook <postmaster@pa.gov>\nTo: %s\nSubject: Undeliverable: %s\nDate: %s\n'
       'Message-ID: <%s@BY5PR09MB5923.namprd09.prod.outlook.com>\nIn-Reply-To: %s\nReferences: %s\n'
       'Auto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr: \nContent-Language: en-US\nMIME-Version: 1.0\n'
       'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"\n\n'
       '--%s\n%s\n--%s\nContent-Type: message/delivery-status\n\n'
       'Reporting-MTA: dns;BY5PR09MB5923.namprd09.prod.outlook.com\nReceived-From-MTA: dns;mx1.records.example.org\n'
       'Arrival-Date: Thu, 1 Oct 2026 16:02:51 +0000\n\nFinal-Recipient: rfc822;ra-phmcrighttoknow@pa.gov\n'
       'Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient '
       'not found by SMTP address lookup\n\n--%s\nContent-Type: text/rfc822-headers\n\n'
       'From: Records Desk <records@records.example.org>\nReply-To: records+req-012@records.example.org\n'
       'To: ra-phmcrighttoknow@pa.gov\nSubject: %s\nDate: Thu, 01 Oct 2026 12:02:48 -0400\nMessage-ID: %s\n\n--%s--\n'
       % (DESK, orig, date('2026-10-01 12:03', '-0400'), hashlib.sha1(b'022').hexdigest()[:20],
          REQS['REQ-012']['message_id'], REQS['REQ-012']['message_id'], b, b,
          part_text(ndr_html, 'html', cte='quoted-printable'), b, b, orig, REQS['REQ-012']['message_id'], b))
write('022-bounce-pa-exchange-ndr.eml', raw)
F.append(fact('022-bounce-pa-exchange-ndr.eml', 'REQ-012', 'bounce', signals=['thread', 'thread-embedded'],
              why='Exchange Online NDR 5.1.10: our PHMC Right-to-Know request went to a nonexistent pa.gov address'))

# 023 VDOT: no records, destroyed under the Library of Virginia General Schedule (RM-3 cited)
text = ("Dear Records Desk:\n\n"
        "This is VDOT's response to your Virginia FOIA request of September 15, 2026, for safety studies and\n"
        "correspondence about truck climbing lanes on Interstate 81 from 2008 through 2012.\n\n"
        "After a search of the Staunton and Salem District traffic engineering files and the Central Office\n"
        "Traffic Engineering Division, VDOT has no records responsive to your request.\n\n"
        "District correspondence from that period was kept under the Library of Virginia's General Schedule\n"
        "GS-101 (State Agencies, Administrative Records), Records Series 010070, Correspondence, which\n"
        "provides for retention of three years after the end of the calendar year and then destruction.\n"
        "Traffic engineering study files were kept under VDOT's specific schedule, Records Series 500482\n"
        "(retain 10 years after the study is completed). These files were destroyed in 2019 and 2023 and the\n"
        "destruction was documented on Certificates of Records Disposal (Form RM-3) filed with the Library of\n"
        "Virginia. Copies of the RM-3 forms can be provided on request at no charge.\n\n"
        "You may find the published I-81 Corridor Improvement Plan (2018) on VDOT's website useful.\n\n"
        "Sincerely,\n\nFOIA Officer\nVirginia Department of Transportation\n")
h = headers('VDOT FOIA <foia@vdot.virginia.gov>', DESK, 'RE: ' + req_subject('REQ-007'),
            date('2026-10-01 15:30', '-0400'), msgid('023', 'CH0PR09MB7115.namprd09.prod.outlook.com'),
            thread('REQ-007') + O365(req_subject('REQ-007'), 'AdtMx0f9hD2bXwq1Q1y8m6vW4zq0NgAAbC3e'))
write('023-vdot-no-records-gs101.eml', single(h, part_text(text + quoted('REQ-007', 'Virginia Department of Transportation'))))
F.append(fact('023-vdot-no-records-gs101.eml', 'REQ-007', 'no_records', adverse=True,
              why='VDOT: no records; destroyed under LVA General Schedule GS-101 series 010070 and a VDOT schedule, RM-3 certificates (VA: no appeal days)'))

# 024 Library of Virginia: cost estimate over $200, advance deposit, clock tolled
reply_id = '<req-006.reply.20260922.2@records.example.org>'
text = ("Thank you for narrowing your request to the Governor's Office email of the Governor, the Chief of\n"
        "Staff and the Secretary of Public Safety from April 16 through August 31, 2007, plus the Review\n"
        "Panel's correspondence files (accession 43188, boxes 1-6).\n\n"
        "Our estimate of the cost to search for, review and produce these records is $438.00:\n"
        "  Search and review of email, 11 hours at $31.50 ....... $346.50\n"
        "  Scanning of paper correspondence, 183 images at $0.50 .. $91.50\n\n"
        "Under Va. Code 2.2-3704(H), because the estimate exceeds $200 the Library requires an advance\n"
        "deposit of the full amount before it continues, and the time for our response is tolled until the\n"
        "deposit is received. Actual charges may be lower; any difference will be refunded.\n\n"
        "The Panel's boxes may also be viewed free of charge in the Archives Research Room (Monday-Saturday,\n"
        "9:00-5:00); self-service photocopies there are $0.50 per page and scans to a flash drive are $0.25\n"
        "per image.\n\nRoger Castellanos\nState Government Records Archivist\nLibrary of Virginia\n")
h = headers('Castellanos, Roger (LVA) <roger.castellanos@lva.virginia.gov>', DESK, 'RE: ' + req_subject('REQ-006'),
            date('2026-10-02 11:00', '-0400'), msgid('024', 'BN8PR09MB3604.namprd09.prod.outlook.com'),
            thread('REQ-006', [reply_id]) + O365(req_subject('REQ-006'), 'AQHcK9t3Zt1wQxVvS0+oNq2Yw9c1aQAAg7Ke'))
write('024-lva-fee-estimate-deposit.eml', single(h, part_text(text)))
F.append(fact('024-lva-fee-estimate-deposit.eml', 'REQ-006', 'fee_estimate',
              why='LVA estimate $438 (hourly review + per-image scans); over $200 so advance deposit required and clock tolled'))

# 025 NYSED Records Access Office acknowledgment with approximate date
h = headers('NYSED Records Access Office <RecordsAccess@nysed.gov>', INBOX, 'FOIL Request Acknowledgement - FOIL 26-03917',
            date('2026-10-06 09:40', '-0400'), msgid('025', 'nysed.gov'))
write('025-nysed-ack.eml', single(h, part_text(
    "Dear Records Desk:\n\n"
    "The New York State Education Department's Records Access Office received your Freedom of Information\n"
    "Law (FOIL) request on October 5, 2026. Your request has been assigned FOIL number 26-03917.\n\n"
    "You requested records of the Select Committee/Special Commission on Attica (McKay Commission) and\n"
    "of the Attica investigation (Meyer) held by the New York State Archives.\n\n"
    "Pursuant to Public Officers Law 89(3)(a), this acknowledges receipt of your request. We will make\n"
    "a determination on or before November 5, 2026. Please be advised that some of these records may\n"
    "be subject to court orders sealing them.\n\n"
    "Records Access Office\nNew York State Education Department\n89 Washington Avenue, Albany, NY 12234\n")))
F.append(fact('025-nysed-ack.eml', 'REQ-013', 'acknowledgment', '26-03917', clock='received_on_sent_date',
              estimated='2026-11-05', signals=['tracking-new', 'topic'],
              why='NYSED acks FOIL received Oct 5 = sent, assigns 26-03917, determination by Nov 5'))

# 026 Clinton Library: unusual-circumstances extension for the Y2K request, new subject, no thread
h = headers('Clinton Presidential Library <clinton.library@nara.gov>', INBOX, 'FOIA Case 2026-0431-F',
            date('2026-10-06 15:00', '-0500'), msgid('026', 'nara.gov'))
write('026-clinton-extension-y2k.eml', single(h, part_text(
    "Dear Requester:\n\n"
    "This letter concerns your FOIA request, case number 2026-0431-F, for records of the President's\n"
    "Council on Year 2000 Conversion.\n\n"
    "We have determined that unusual circumstances exist under 5 U.S.C. 552(a)(6)(B)(iii). Responsive\n"
    "material may be among the Council's federal records held at the National Archives at College Park,\n"
    "and we need to consult with the staff there before we can respond. We are extending the time limit\n"
    "for a response by ten working days.\n\n"
    "You may narrow your request or arrange an alternative time frame by contacting us. You may also\n"
    "contact the Office of Government Information Services (OGIS) at NARA, which offers mediation\n"
    "services to resolve disputes between FOIA requesters and federal agencies, at ogis@nara.gov or\n"
    "1-877-684-6448.\n\n"
    "Sincerely,\n\nFOIA Staff\nWilliam J. Clinton Presidential Library\n")))
F.append(fact('026-clinton-extension-y2k.eml', 'REQ-002', 'extension', '2026-0431-F', clock='extension',
              signals=['tracking', 'topic'],
              why='Clinton Library takes the 10-working-day unusual-circumstances extension for the Y2K request (consultation with College Park); OGIS'))

# 027 PHMC Right-to-Know acknowledgment, received date = the day after the (bounced) first send
resend = '<req-012.resend.20261002.1@records.example.org>'
h = headers('PHMC Right-to-Know <RA-PHRTK@pa.gov>', DESK, 'RE: ' + req_subject('REQ-012'),
            date('2026-10-07 10:15', '-0400'), msgid('027', 'BY5PR09MB4410.namprd09.prod.outlook.com'),
            [('In-Reply-To', resend), ('References', resend)] + O365(req_subject('REQ-012'), 'AdtQ3l9c0x6W1dPZQ0iD0b3r7hTjXw=='))
write('027-phmc-ack.eml', single(h, part_text(
    "Good morning,\n\n"
    "The Pennsylvania Historical and Museum Commission received your Right-to-Know Law request by email\n"
    "on Friday, October 2, 2026. It has been logged as RTK 2026-147.\n\n"
    "Under Section 901 of the RTKL, the Commission's response is due within five business days of\n"
    "receipt. We will be in touch.\n\n"
    "Agency Open Records Officer\nPennsylvania Historical and Museum Commission\n"
    "300 North Street, Harrisburg, PA 17120\n")))
F.append(fact('027-phmc-ack.eml', 'REQ-012', 'acknowledgment', 'RTK 2026-147', clock='received:2026-10-02',
              signals=['thread', 'tracking-new'],
              why='PHMC logs the re-sent request as received Oct 2 (first send Oct 1 bounced), RTK 2026-147; threaded to our re-send'))

# 028 Wisconsin Historical Society: informal acknowledgment, no number (WI sets no clock)
h = headers('Reference Archivist <archives.reference@wisconsinhistory.org>', DESK, 'Re: ' + req_subject('REQ-014'),
            date('2026-10-08 09:00', '-0500'), msgid('028', 'mail.gmail.com'), thread('REQ-014'))
write('028-whs-ack.eml', single(h, part_text(
    "Hello,\n\n"
    "We received your request yesterday and have started looking. The Department of Natural Resources\n"
    "transferred its Crandon mine permit files to the Society's archives in several accessions between\n"
    "2008 and 2012, so this will take some digging. We don't assign tracking numbers, but I'll be your\n"
    "contact. I'll send a cost estimate once I know how much there is.\n\n"
    "Best,\nLinnea Haugen\nReference Archivist, Library-Archives Division\nWisconsin Historical Society\n"
    + quoted('REQ-014', 'Wisconsin Historical Society', style='gmail'))))
F.append(fact('028-whs-ack.eml', 'REQ-014', 'acknowledgment', clock='received_on_sent_date',
              why='WHS archivist confirms receipt the day after sending, no number; Wisconsin has no fixed deadline so no due'))

# 029 PHMC 30-day extension, letter only in a PDF titled "Interim Response"
letter = ['PENNSYLVANIA HISTORICAL AND MUSEUM COMMISSION', 'Right-to-Know Office', '', 'October 8, 2026', '',
          'Records Desk (via email)', '', 'RE: Right-to-Know Request RTK 2026-147 - Interim Response', '',
          'Dear Requester:', '',
          'The Commission received your request for Department of Environmental Resources records on the',
          'Centralia mine fire relocation, 1983-1993, on October 2, 2026. Under Section 902(b) of the',
          'Right-to-Know Law, 65 P.S. 67.902(b), this is notice that the Commission requires up to thirty',
          'additional days to respond, because the records are stored at a remote location (the State',
          'Records Center) and must be retrieved, and a legal review is needed to determine whether any',
          'record is exempt.', '',
          'The Commission expects to respond on or before November 9, 2026. If we do not respond by that',
          'date, the request is deemed denied.', '',
          'Respectfully,', '', 'Agency Open Records Officer', 'Pennsylvania Historical and Museum Commission']
h = headers('PHMC Right-to-Know <RA-PHRTK@pa.gov>', DESK, 'RTK 2026-147', date('2026-10-08 14:30', '-0400'),
            msgid('029', 'BY5PR09MB4410.namprd09.prod.outlook.com'), O365('RTK 2026-147', 'AdtRk2b1c0y8W2ePZR1iE1c4s8iUkA=='))
write('029-phmc-extension-pdf.eml', mixed(h, [
    part_text('Please see the attached interim response.\n\nPHMC Right-to-Know Office\n'),
    part_attach('RTK 2026-147 Interim Response.pdf', 'application/pdf', pdf(letter, 'Interim Response'))],
    '_004_BY5PR09MB4410namprd09prod_'))
F.append(fact('029-phmc-extension-pdf.eml', 'REQ-012', 'extension', 'RTK 2026-147', clock='extension',
              estimated='2026-11-09', signals=['tracking'],
              why='PHMC "interim response" letter (PDF) invokes the 30-day extension of 67.902(b), response by Nov 9; not a release'))

# 030 Washington State Archives staff: part of the request referred to Ecology
h = headers('Chen, Maria (SOS) <maria.chen@sos.wa.gov>', INBOX, 'Your request R000917-091626 - Ecology records',
            date('2026-10-09 11:00', '-0700'), msgid('030', 'SA1PR09MB8093.namprd09.prod.outlook.com'),
            O365('Your request R000917-091626 - Ecology records', 'AdtSm1x4b2Yq8V3fT0eF2d5t9jVlAg=='))
write('030-wa-archives-referral.eml', single(h, part_text(
    "Hello,\n\n"
    "I'm an archivist at the Washington State Archives working on your request. The Department of\n"
    "Ecology's Nuclear Waste Program correspondence has been transferred to us only through 2000. The\n"
    "2001-2003 files have not come to the Archives yet and remain in Ecology's custody, so we have\n"
    "referred that part of your request to Ecology's Public Records Office, which will contact you\n"
    "separately with its own number.\n\n"
    "We are continuing with the 1998-2000 material here; the estimate we gave you still stands.\n\n"
    "Maria Chen\nArchivist, Washington State Archives\nOffice of the Secretary of State\n")))
F.append(fact('030-wa-archives-referral.eml', 'REQ-008', 'other', 'R000917-091626', signals=['tracking'],
              why='referral notice: 2001-2003 files still with Ecology, that part referred; Archives continues with the rest'))

save(3, F)
