#!/usr/bin/env python3
"""Messages 051-060 (November 18, 2026 - January 12, 2027)."""
from common import *

F = []

# 051 Library of Virginia final: Governor's working papers withheld; refund
text = ("Dear Records Desk,\n\n"
        "This completes the Library's response to your request for Kaine administration records on the\n"
        "Virginia Tech Review Panel. The Governor's Office email for the three custodians and the date range\n"
        "you chose (2,214 messages) is available at the link below for 30 days.\n\n"
        "  https://lva.sharefile.com/d-s77c9e2b04d61\n\n"
        "We withheld 96 messages in full and redacted 41 others. The withheld messages are working papers and\n"
        "correspondence of the Office of the Governor, excluded from mandatory disclosure by Va. Code\n"
        "2.2-3705.7(2); the redactions remove personal contact information of victims' family members under\n"
        "2.2-3705.1(1) and (10).\n\n"
        "Our actual charges were $376.50, so a refund of $61.50 from your deposit will be mailed to you.\n\n"
        "Roger Castellanos\nState Government Records Archivist\nLibrary of Virginia\n")
h = headers('Castellanos, Roger (LVA) <roger.castellanos@lva.virginia.gov>', DESK,
            'Kaine administration records - final response', date('2026-11-18 14:00', '-0500'),
            msgid('051', 'BN8PR09MB3604.namprd09.prod.outlook.com'),
            [('Thread-Topic', 'Kaine administration records - final response'), ('Content-Language', 'en-US')])
write('051-lva-final-withholdings.eml', single(h, part_text(text, cte='quoted-printable')))
F.append(fact('051-lva-final-withholdings.eml', 'REQ-006', 'records_final', adverse=True, signals=['topic', 'sender'],
              why='LVA final release, 96 messages withheld under 2.2-3705.7(2), redactions; new subject, no thread (VA: no appeal days)'))

# 052 phishing mail that mentions records retention (belongs to no request)
h = headers('DocuSign via Records Retention <dse@docusign-records-mgmt.net>', INBOX,
            'Records Retention Invoice #88213 awaiting your signature', date('2026-11-24 07:12', '-0500'),
            msgid('052', 'docusign-records-mgmt.net'))
write('052-phish-retention-invoice.eml', single(h, part_text(
    '<html><body style="font-family:Helvetica"><div style="background:#1e4e79;color:#fff;padding:14px">DocuSign</div>'
    '<p>Records Management Services sent you a document to review and sign.</p><p><b>Records Retention Invoice '
    '#88213</b> - offsite storage and certified destruction, Q4 2026</p><p><a href="http://docusign-records-mgmt.net/'
    'review?id=88213" style="background:#f9c700;padding:8px 16px;color:#000">REVIEW DOCUMENT</a></p><p style="font-size:'
    '10px;color:#888">Do not share this email. This message was sent to records@records.example.org.</p></body></html>',
    'html')))
F.append(fact('052-phish-retention-invoice.eml', None, 'other', signals=['none'],
              why='phishing "DocuSign" invoice for off-site storage and destruction; unrelated to any request'))

# 053 U-M: request closed for non-payment of the deposit (abandoned)
h = headers('University of Michigan FOIA Office <foia-office@umich.edu>', INBOX, 'FOIA #2026-1184 - Request Closed',
            date('2026-12-01 10:00', '-0500'), msgid('053', 'umich.edu'))
write('053-umich-closed-abandoned.eml', single(h, part_text(
    "Dear Records Desk:\n\n"
    "On October 12, 2026, the University sent you a notice requiring a good-faith deposit of $243.12 for\n"
    "FOIA #2026-1184. The University has not received the deposit within 45 days of that notice, and your\n"
    "request is therefore considered abandoned under MCL 15.234 and has been closed.\n\n"
    "You may submit a new request at any time.\n\nFOIA Office\nUniversity of Michigan\n")))
F.append(fact('053-umich-closed-abandoned.eml', 'REQ-010', 'other', '2026-1184', signals=['tracking'],
              why='closure for non-response: deposit not paid within 45 days, request deemed abandoned (no records decision, no appeal window)'))

# 054 Clinton Library archivist asks for a call; no thread, no number, no topic
h = headers('Marcus Bell <marcus.bell@nara.gov>', INBOX, 'Checking in', date('2026-12-03 15:30', '-0600'),
            msgid('054', 'nara.gov'))
write('054-clinton-call-request.eml', single(h, part_text(
    "Hello,\n\n"
    "I left a voicemail this morning at the number on your request letter. Could you give me a call when\n"
    "you have a few minutes? I'd like to talk through what we found and where the rest of the material\n"
    "might be.\n\nThanks,\nMarcus\n\nMarcus Bell | Archivist\nNational Archives and Records Administration\n"
    "501-244-2880\n")))
F.append(fact('054-clinton-call-request.eml', 'REQ-002', 'other', signals=['sender'],
              why='archivist at the Clinton Library (501 number) asks for a call about "where the rest of the material might be"; only the Y2K request hints at material elsewhere - hard to place'))

# 055 GovQA: message posted, no content
num = 'R000917-091626'
h = headers('Office of the Secretary of State <wasos@mycusthelp.net>', INBOX,
            'Public Records Request :: %s - New Message' % num, date('2026-12-08 08:00', '-0800'), msgid('055', 'mycusthelp.net'))
write('055-wasos-govqa-message.eml', single(h, part_text(
    '<html><body><p>A new message regarding public records request <b>%s</b> has been posted to the Public Records '
    'Center.</p><p>To view the message, <a href="https://wasos.mycusthelp.net/WEBAPP/_rs/">log in</a>.</p><p>Please do '
    'not reply to this email.</p></body></html>' % num, 'html')))
F.append(fact('055-wasos-govqa-message.eml', 'REQ-008', 'portal_notice', num, signals=['tracking'],
              why='GovQA "new message posted" notice with no substantive text'))

# 056 NYSED final: McKay correspondence released in part; letter also in PDF; 30-day appeal
letter = ['THE STATE EDUCATION DEPARTMENT / THE UNIVERSITY OF THE STATE OF NEW YORK', 'Records Access Office',
          '89 Washington Avenue, Albany, New York 12234', '', 'December 14, 2026', '', 'Re: FOIL 26-03917', '',
          'Dear Records Desk:', '',
          'Your request for correspondence files of the Special Commission on Attica (McKay Commission) is',
          'granted in part. The State Archives has scanned 3,420 pages, which are available by download.',
          'Portions of 212 pages are redacted under Public Officers Law 87(2)(b) (unwarranted invasion of',
          'personal privacy), chiefly medical information about inmates, and 38 pages are withheld under',
          '87(2)(a) because they are sealed by court order.', '',
          'You may appeal this determination within 30 days to the Records Access Appeals Officer,',
          'Office of Counsel, New York State Education Department, 89 Washington Avenue, Albany, NY 12234.', '',
          'Sincerely,', 'Records Access Officer']
h = headers('NYSED Records Access Office <RecordsAccess@nysed.gov>', INBOX, 'FOIL 26-03917 - Determination',
            date('2026-12-14 11:00', '-0500'), msgid('056', 'nysed.gov'))
write('056-nysed-final-partial.eml', mixed(h, [
    part_text('Dear Records Desk:\n\nPlease see the attached determination letter on your FOIL request and the download\n'
              'link for the records: https://nysed.app.box.com/s/foil2603917\n\nRecords Access Office\n'),
    part_attach('FOIL 26-03917 determination.pdf', 'application/pdf', pdf(letter, 'Determination'))],
    '----=_NextPart_000_0056_01DB6E2A'))
F.append(fact('056-nysed-final-partial.eml', 'REQ-013', 'records_final', '26-03917', adverse=True, signals=['tracking'],
              why='NYSED grants in part: 3,420 pages, redactions 87(2)(b), 38 pages sealed 87(2)(a); 30-day appeal'))

# 057 DSN: our thank-you to the WHS archivist bounces (mailbox over quota)
b = '7D2B81C4A9.1797520320/mx1.records.example.org'
ourmid = '<req-014.thanks.20261217.1@records.example.org>'
raw = ('From: MAILER-DAEMON@mx1.records.example.org (Mail Delivery System)\nTo: %s\n'
       'Subject: Undelivered Mail Returned to Sender\nDate: %s\nMessage-ID: <20261217141200.7D2B81C4A9@mx1.records.example.org>\n'
       'Auto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n'
       '\tboundary="%s"\n\n--%s\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n'
       'This is the mail system at host mx1.records.example.org.\n\nI\'m sorry to have to inform you that your message could not\n'
       'be delivered to one or more recipients. It\'s attached below.\n\n                   The mail system\n\n'
       '<lhaugen@wisconsinhistory.org>: host aspmx.l.google.com[142.250.112.27] said:\n    552-5.2.2 The recipient\'s inbox is out '
       'of storage space. Please direct the\n    recipient to https://support.google.com/mail/?p=OverQuotaPerm (in reply to '
       'end\n    of DATA command)\n\n--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n'
       'Reporting-MTA: dns; mx1.records.example.org\nX-Postfix-Queue-ID: 7D2B81C4A9\n\n'
       'Final-Recipient: rfc822; lhaugen@wisconsinhistory.org\nAction: failed\nStatus: 5.2.2\n'
       'Remote-MTA: dns; aspmx.l.google.com\nDiagnostic-Code: smtp; 552-5.2.2 The recipient\'s inbox is out of storage space.\n\n'
       '--%s\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n'
       'From: Records Desk <records@records.example.org>\nReply-To: records+req-014@records.example.org\n'
       'To: Linnea Haugen <lhaugen@wisconsinhistory.org>\nSubject: Re: %s\nDate: Thu, 17 Dec 2026 09:11:58 -0500\n'
       'Message-ID: %s\nIn-Reply-To: %s\nReferences: %s %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n'
       'Linnea - thank you again for the Crandon scans. One follow-up: do the hearing exhibit boxes include\n'
       'the 1998 groundwater modeling reports? We may visit the reading room in January.\n\n--%s--\n'
       % (INBOX, date('2026-12-17 09:12', '-0500'), b, b, b, b, req_subject('REQ-014'), ourmid,
          msgid('045', 'mail.gmail.com'), REQS['REQ-014']['message_id'], msgid('045', 'mail.gmail.com'), b))
write('057-bounce-whs-overquota.eml', raw)
F.append(fact('057-bounce-whs-overquota.eml', 'REQ-014', 'bounce', signals=['thread-embedded', 'plus'],
              why='Postfix DSN 5.2.2 (recipient over quota): our follow-up to the WHS archivist bounced; original attached'))

# 058 GovQA final installment, request closed, nothing withheld
txt = ("Dear Records Desk,\n\nThe final installment of records responsive to your request %s is available in the\n"
       "Public Records Center: Department of Ecology correspondence from 2000 (94 pages). No records were\n"
       "withheld or redacted.\n\nAs explained earlier, records from 2001-2003 remain with the Department of Ecology and\n"
       "your request for those was referred to that agency.\n\nWith this installment your request is closed.\n\n"
       "Public Records Officer\nOffice of the Secretary of State\n" % num)
h = headers('Office of the Secretary of State <wasos@mycusthelp.net>', INBOX, 'Public Records Request :: %s - Closed' % num,
            date('2026-12-18 16:00', '-0800'), msgid('058', 'mycusthelp.net'))
write('058-wasos-final.eml', single(h, part_alt(txt, '<html><body><p>' + txt.replace('\n\n', '</p><p>').replace(
    '\n', ' ') + '</p></body></html>', '--govqa_b_1218')))
F.append(fact('058-wasos-final.eml', 'REQ-008', 'records_final', num, signals=['tracking'],
              why='GovQA final installment (94 pages), nothing withheld, request closed'))

# 059 Clinton Library: no presidential records; Council files are federal records at College Park; appeal
h = headers('Clinton Presidential Library <clinton.library@nara.gov>', INBOX, 'FOIA Case 2026-0431-F - Final Response',
            date('2027-01-08 11:00', '-0600'), msgid('059', 'nara.gov'))
write('059-clinton-no-records-y2k.eml', single(h, part_text(
    "Dear Requester:\n\n"
    "This is our final response to your FOIA request, case number 2026-0431-F, for records of the\n"
    "President's Council on Year 2000 Conversion concerning state and local government outreach.\n\n"
    "We searched the White House Office of Records Management subject files, the Domestic Policy Council\n"
    "files and the Automated Records Management System email of the Council chair's staff. We located no\n"
    "responsive Presidential records. The Council, established by Executive Order 13073, created federal\n"
    "records, which were transferred to the National Archives at College Park and are held in Record\n"
    "Group 220 (Temporary Committees, Commissions, and Boards). You may request them from the National\n"
    "Archives at College Park, Textual Reference, at archives2reference@nara.gov; staff-made copies are\n"
    "$0.80 per page, and self-service scanning in the research room is free.\n\n"
    "You may appeal this determination within 90 calendar days of the date of this letter. Address your\n"
    "appeal to the Deputy Archivist of the United States, National Archives and Records Administration,\n"
    "8601 Adelphi Road, College Park, MD 20740, or by email to foia@nara.gov, marked \"FOIA Appeal.\" You may\n"
    "also contact NARA's FOIA Public Liaison or the Office of Government Information Services (OGIS) for\n"
    "dispute resolution services.\n\nSincerely,\n\nSupervisory Archivist\nWilliam J. Clinton Presidential Library\n")))
F.append(fact('059-clinton-no-records-y2k.eml', 'REQ-002', 'no_records', '2026-0431-F', adverse=True, signals=['tracking'],
              why='no Presidential records found; Council records are federal records in RG 220 at College Park (referral to ask there); 90-day appeal'))

# 060 UW final installment with exemption log; request closed
h = headers('UW Office of Public Records <pubrec@uw.edu>', INBOX, 'PR-2026-00788 Final Installment and Closure',
            date('2027-01-12 13:00', '-0800'), msgid('060', 'uw.edu'))
write('060-uw-final.eml', single(h, part_text(
    "Dear Requestor:\n\n"
    "The University of Washington is providing the third and final installment of records responsive to\n"
    "your request PR-2026-00788 (Board of Regents and President's Office records on the 1999 WTO\n"
    "protests). This installment contains 268 pages. Student names and identifying information are\n"
    "redacted under RCW 42.56.230(1) and FERPA, and two attorney-client privileged memoranda are withheld\n"
    "under RCW 42.56.290 and RCW 5.60.060(2)(a); see the exemption log.\n\n"
    "With this installment the University has completed its response, and your request is now closed.\n\n"
    "Sincerely,\n\nOffice of Public Records and Open Public Meetings\nUniversity of Washington\n")))
F.append(fact('060-uw-final.eml', 'REQ-009', 'records_final', 'PR-2026-00788', adverse=True, signals=['tracking'],
              why='UW final installment, redactions and two privileged memos withheld; closed (WA: no appeal days)'))

save(6, F)
