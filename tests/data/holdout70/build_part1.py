#!/usr/bin/env python3
"""Messages 001-010 (September 2 - 17, 2026)."""
from common import *

F = []
CL = 'William J. Clinton Presidential Library'

# 001 Clinton Library mailbox auto-responder
h = headers('Clinton Presidential Library <clinton.library@nara.gov>', DESK,
            'Automatic reply: ' + req_subject('REQ-001'), date('2026-09-02 14:10', '-0500'),
            msgid('001', 'nara.gov'), thread('REQ-001') + [('Auto-Submitted', 'auto-replied'),
                                                          ('X-Auto-Response-Suppress', 'All')])
write('001-clinton-autoreply.eml', single(h, part_text(
    "Thank you for contacting the William J. Clinton Presidential Library & Museum.\n\n"
    "Your message has been received by the Library's archival staff. Reference questions are generally\n"
    "answered within three business days. Please note that Freedom of Information Act requests for\n"
    "Clinton Presidential Records are logged separately; you will receive a letter with a case number\n"
    "once your request has been entered.\n\n"
    "The Research Room is open Monday through Friday, 9:00 a.m. to 4:00 p.m. Central Time, by\n"
    "appointment only. Many previously processed records are available online at\n"
    "https://clinton.presidentiallibraries.us.\n\n"
    "This is an automated reply. Please do not respond to this message.\n")))
F.append(fact('001-clinton-autoreply.eml', 'REQ-001', 'auto_reply',
              why='Clinton Library mailbox auto-responder threaded to our request; says a case letter will follow'))

# 002 Postfix DSN: the old fs.fed.us address of Region 4 is dead
b = 'A1C03F7E22.1788444302/mx1.records.example.org'
raw = (_h := headers('MAILER-DAEMON@mx1.records.example.org (Mail Delivery System)', INBOX,
                     'Undelivered Mail Returned to Sender', date('2026-09-03 10:05', '-0400'),
                     '<20260903140502.A1C03F7E22@mx1.records.example.org>', [('Auto-Submitted', 'auto-replied')]))
dsn = (
    '--%s\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n'
    'This is the mail system at host mx1.records.example.org.\n\n'
    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
    "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
    '                   The mail system\n\n'
    '<r4_foia@fs.fed.us>: Domain fs.fed.us does not accept mail (nullMX)\n\n'
    '--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n'
    'Reporting-MTA: dns; mx1.records.example.org\nX-Postfix-Queue-ID: A1C03F7E22\n'
    'X-Postfix-Sender: rfc822; records@records.example.org\n'
    'Arrival-Date: Thu,  3 Sep 2026 09:14:41 -0400 (EDT)\n\n'
    'Final-Recipient: rfc822; r4_foia@fs.fed.us\nOriginal-Recipient: rfc822;r4_foia@fs.fed.us\n'
    'Action: failed\nStatus: 5.1.10\nDiagnostic-Code: X-Postfix; Domain fs.fed.us does not accept mail (nullMX)\n\n'
    '--%s\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n'
    'Return-Path: <records@records.example.org>\n'
    'Received: by mx1.records.example.org (Postfix, from userid 1001)\n\tid A1C03F7E22; Thu,  3 Sep 2026 09:14:41 -0400 (EDT)\n'
    'From: Records Desk <records@records.example.org>\nReply-To: records+req-003@records.example.org\n'
    'To: r4_foia@fs.fed.us\nSubject: FOIA Request: Dixie National Forest timber sale and salvage records,\n 1996-2004\n'
    'Date: Thu, 03 Sep 2026 09:14:40 -0400\nMessage-ID: <req-003.20260903.1@records.example.org>\n\n--%s--\n'
    % (b, b, b, b))
write('002-bounce-fs-fed-us.eml', '\n'.join('%s: %s' % kv for kv in _h) +
      '\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"\n\n%s' % (b, dsn))
F.append(fact('002-bounce-fs-fed-us.eml', 'REQ-003', 'bounce', signals=['thread-embedded'],
              why='Postfix DSN (nullMX): our Forest Service request to the retired fs.fed.us address bounced'))

# 003 Forest Service R4 acknowledgment (Outlook, no threading, received a day after sending)
o365 = [('Thread-Topic', 'FOIA Request 2026-FS-R4-04417-F Acknowledgment'),
        ('Thread-Index', 'AdtA9k3PqR7e2bCsQ0m+3u9lWnYvLw=='),
        ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
        ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
        ('X-OriginatorOrg', 'usda.gov'), ('Content-Language', 'en-US')]
h = headers('"FOIA, R4 - FS" <SM.FS.R4FOIA@usda.gov>', DESK, 'FOIA Request 2026-FS-R4-04417-F Acknowledgment',
            date('2026-09-08 09:30', '-0600'), msgid('003', 'SJ0PR09MB8871.namprd09.prod.outlook.com'), o365)
write('003-usfs-ack.eml', single(h, part_text(
    "Dear Requester,\n\n"
    "This acknowledges receipt of your Freedom of Information Act (FOIA) request for timber sale and\n"
    "salvage sale records of the Dixie National Forest for 1996 through 2004. Your request was received\n"
    "by the Intermountain Region FOIA Office on September 4, 2026, after it was forwarded from the\n"
    "Washington Office FOIA Service Center, and has been assigned tracking number 2026-FS-R4-04417-F.\n"
    "Please reference this number in all future correspondence.\n\n"
    "Based on the description of the records, we have placed your request in our complex processing\n"
    "track. Much of the 1990s timber sale contract material has been retired from the Supervisor's\n"
    "Office in Cedar City and may need to be recalled from off-site storage.\n\n"
    "You have been placed in the news media fee category. You will not be charged search or review\n"
    "fees, and the first 100 pages of duplication are provided at no charge.\n\n"
    "You may contact our FOIA Public Liaison at SM.FS.FOIA@usda.gov for assistance or to discuss any\n"
    "aspect of your request.\n\n"
    "Regards,\n\nRegion 4 FOIA Coordinator\nUSDA Forest Service, Intermountain Region\n324 25th Street\n"
    "Ogden, UT 84401\n", cte='quoted-printable')))
F.append(fact('003-usfs-ack.eml', 'REQ-003', 'acknowledgment', '2026-FS-R4-04417-F', clock='received:2026-09-04',
              signals=['tracking-new', 'topic'],
              why='Region 4 acknowledges the Dixie NF request received Sept 4 (sent Sept 3) and assigns 2026-FS-R4-04417-F; no thread headers'))

# 004 Clinton Library acknowledgment, letter only in a PDF
letter = [
    'NATIONAL ARCHIVES AND RECORDS ADMINISTRATION', 'WILLIAM J. CLINTON PRESIDENTIAL LIBRARY',
    '1200 President Clinton Avenue, Little Rock, AR 72201', '', 'September 9, 2026', '',
    'Records Desk', 'records@records.example.org', '', 'RE: FOIA Case Number 2026-0418-F', '',
    'Dear Requester:', '',
    'This letter acknowledges receipt of your Freedom of Information Act (FOIA) request of',
    'September 2, 2026, which this office received on that date, for Clinton Presidential Records',
    'concerning community policing grants administered by the COPS Office, 1994-1996. Your request',
    'has been assigned case number 2026-0418-F.',
    '',
    'Under the Presidential Records Act, 44 U.S.C. 2204 and 2208, and Executive Order 13489, we must',
    'notify the representatives of former President Clinton and the incumbent President before any',
    'previously unreleased records are opened. Requests are processed in the order received. There',
    'are currently 412 FOIA requests ahead of yours in our queue, and we are unable to estimate when',
    'processing of your request will begin.',
    '',
    'You may wish to review materials already opened, which are listed on our website. If you have',
    'questions, contact the Library at clinton.library@nara.gov or 501-244-2877.',
    '', 'Sincerely,', '', 'Archivist, FOIA Team', 'William J. Clinton Presidential Library']
h = headers('Clinton Presidential Library <clinton.library@nara.gov>', DESK, 'RE: ' + req_subject('REQ-001'),
            date('2026-09-09 11:20', '-0500'), msgid('004', 'nara.gov'), thread('REQ-001'))
write('004-clinton-ack-pdf.eml', mixed(h, [
    part_text('Good morning,\n\nPlease see the attached correspondence regarding your request.\n\n'
              'Clinton Presidential Library\nNational Archives and Records Administration\n'),
    part_attach('2026-0418-F_Acknowledgment.pdf', 'application/pdf', pdf(letter, 'Acknowledgment'))],
    '----=_Part_4411_88120475.1788970800000'))
F.append(fact('004-clinton-ack-pdf.eml', 'REQ-001', 'acknowledgment', '2026-0418-F', clock='received_on_sent_date',
              signals=['thread', 'tracking-filename', 'tracking-attachment'],
              why='Clinton Library ack letter (PDF only) assigns 2026-0418-F; received Sept 2 = sent; queue of 412 requests'))

# 005 Utah Open Records Portal acknowledgment (HTML only; portal address no agency lists)
def orp(num, entity, recv, desc):
    return ('<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">'
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#0b3d63;color:#fff;'
            'padding:10px;font-size:16px">Utah Open Records Portal</td></tr><tr><td style="padding:12px">'
            '<p>Your records request has been received by <b>%s</b>.</p>'
            '<table cellpadding="4" style="font-size:13px"><tr><td>Request Number:</td><td><b>%s</b></td></tr>'
            '<tr><td>Date Received:</td><td>%s</td></tr><tr><td>Request:</td><td>%s</td></tr></table>'
            '<p>Under Utah Code 63G-2-204, a governmental entity responds as soon as reasonably possible, but '
            'no later than 10 business days after receiving a written request, unless extraordinary '
            'circumstances apply. You will be notified by email when the entity responds.</p>'
            '<p>To view your request, log in at <a href="https://openrecords.utah.gov">openrecords.utah.gov</a>.</p>'
            '<p style="color:#777;font-size:11px">This is an automated message from the Utah Open Records Portal. '
            'Replies to this address are not monitored.</p></td></tr></table></body></html>'
            % (entity, num, recv, desc)).replace('><', '>\n<')

h = headers('Utah Open Records Portal <openrecords-noreply@utah.gov>', INBOX, 'GRAMA Request Received - Request #331875',
            date('2026-09-10 08:02', '-0600'), msgid('005', 'openrecords.utah.gov'))
write('005-utah-orp-ack-archives.eml', single(h, part_text(orp(
    '331875', 'Government Operations - Division of Archives and Records Service', '09/09/2026',
    'Records of the Salt Lake Organizing Committee Board of Ethics investigation, 1998-1999, including '
    'the Board of Ethics report and working files transferred to the State Archives.'), 'html')))
F.append(fact('005-utah-orp-ack-archives.eml', 'REQ-004', 'acknowledgment', '331875', clock='received_on_sent_date',
              signals=['tracking-new', 'topic'],
              why='Utah Open Records Portal (shared state portal address) logs the SLOC ethics request to State Archives as #331875, received 9/9'))

# 006 Clinton Library acknowledgment for the second request: new subject, no threading, later receipt date
h = headers('Clinton Presidential Library <clinton.library@nara.gov>', INBOX, 'Your FOIA Request - Y2K Conversion Council',
            date('2026-09-11 13:45', '-0500'), msgid('006', 'nara.gov'))
write('006-clinton-ack-y2k.eml', single(h, part_text(
    "Dear Records Desk,\n\n"
    "The Clinton Presidential Library received your FOIA request for records of the President's Council\n"
    "on Year 2000 Conversion relating to state and local government outreach on September 10, 2026.\n"
    "Your request was routed to us from the National Archives' FOIA office in College Park and has been\n"
    "given case number 2026-0431-F.\n\n"
    "Please be aware that some Council material may be federal rather than presidential records. We will\n"
    "let you know if any part of your request needs to be referred elsewhere within NARA.\n\n"
    "Regards,\n\nFOIA Staff\nWilliam J. Clinton Presidential Library\n")))
F.append(fact('006-clinton-ack-y2k.eml', 'REQ-002', 'acknowledgment', '2026-0431-F', clock='received:2026-09-10',
              signals=['tracking-new', 'topic'],
              why='Clinton Library acks the Y2K Council request as received Sept 10 (sent Sept 8) and assigns 2026-0431-F'))

# 007 Utah portal acknowledgment for UDOT (same portal address)
h = headers('Utah Open Records Portal <openrecords-noreply@utah.gov>', INBOX, 'GRAMA Request Received - Request #332406',
            date('2026-09-14 09:15', '-0600'), msgid('007', 'openrecords.utah.gov'))
write('007-utah-orp-ack-udot.eml', single(h, part_text(orp(
    '332406', 'Department of Transportation', '09/10/2026',
    'Legacy Parkway environmental review correspondence, 1998-2005, including correspondence with the '
    'U.S. Army Corps of Engineers and FHWA on the supplemental EIS.'), 'html')))
F.append(fact('007-utah-orp-ack-udot.eml', 'REQ-005', 'acknowledgment', '332406', clock='received_on_sent_date',
              signals=['tracking-new', 'topic'],
              why='same Utah portal address, this time for UDOT: Legacy Parkway request #332406 received 9/10 = sent'))

# 008 Library of Virginia FOIA mailbox auto-acknowledgment
h = headers('LVA FOIA Officer <foia@lva.virginia.gov>', 'Records Desk <records+req-006@records.example.org>',
            'Automatic reply: ' + req_subject('REQ-006'), date('2026-09-14 16:40', '-0400'),
            msgid('008', 'lva.virginia.gov'), thread('REQ-006') + [('Auto-Submitted', 'auto-replied'),
                                                                   ('X-Auto-Response-Suppress', 'All')])
write('008-lva-autoreply.eml', single(h, part_text(
    "This is an automatic reply confirming that your message reached the Library of Virginia's FOIA\n"
    "mailbox. It is not a response to your request.\n\n"
    "Requests received after 5:00 p.m. or on a weekend or state holiday are considered received on the\n"
    "next business day. Reference and genealogy questions should be sent to the Archives Research\n"
    "Services desk through our Ask a Librarian form rather than to this address.\n\n"
    "Library of Virginia\n800 East Broad Street, Richmond, VA 23219\n")))
F.append(fact('008-lva-autoreply.eml', 'REQ-006', 'auto_reply', signals=['thread', 'plus'],
              why='LVA FOIA mailbox auto-confirmation; explicitly not a response and assigns nothing'))

# 009 Library of Virginia newsletter (unrelated to any request)
text = ("THE LIBRARY OF VIRGINIA | September 2026\n\n"
        "Virginia Archives Month is coming in October\n"
        "Join our archivists for behind-the-scenes tours of the state records center and a talk on\n"
        "conserving nineteenth-century court records.\n\n"
        "For local records officers: Retention and Disposition webinar, October 14\n"
        "Learn how to complete the RM-3 Certificate of Records Disposal and apply the General Schedules.\n\n"
        "Reading Room hours: Monday-Saturday 9:00 a.m.-5:00 p.m. Appointments are not required for\n"
        "most collections.\n\nUnsubscribe: https://lva.virginia.gov/news/unsubscribe\n")
html = ('<html><body style="font-family:Georgia,serif"><h2 style="color:#6b1f1f">The Library of Virginia</h2>'
        '<p><i>September 2026</i></p><h3>Virginia Archives Month is coming in October</h3><p>Join our archivists '
        'for behind-the-scenes tours of the state records center and a talk on conserving nineteenth-century '
        'court records.</p><h3>For local records officers: Retention and Disposition webinar, October 14</h3>'
        '<p>Learn how to complete the RM-3 Certificate of Records Disposal and apply the General Schedules.</p>'
        '<p>Reading Room hours: Monday&ndash;Saturday 9:00 a.m.&ndash;5:00 p.m. Appointments are not required '
        'for most collections.</p><p style="font-size:11px"><a href="https://lva.virginia.gov/news/unsubscribe">'
        'Unsubscribe</a></p></body></html>')
h = headers('The Library of Virginia <news@lva.virginia.gov>', INBOX,
            'This month at the Library: Archives Month tours and a records retention webinar',
            date('2026-09-16 10:00', '-0400'), msgid('009', 'lva.virginia.gov'),
            [('List-Unsubscribe', '<https://lva.virginia.gov/news/unsubscribe>'), ('Precedence', 'bulk')])
write('009-lva-newsletter.eml', single(h, part_alt(text, html, '==lva_news_0916')))
F.append(fact('009-lva-newsletter.eml', None, 'other', signals=['none'],
              why='LVA bulk newsletter from the agency domain that mentions retention schedules; belongs to no request'))

# 010 UDOT: destroyed under retention schedule, rest transferred to the State Archives
text = ("Hello,\n\n"
        "I am responding to your GRAMA request #332406 for Legacy Parkway environmental review\n"
        "correspondence from 1998 through 2005.\n\n"
        "UDOT does not have the correspondence you asked for. Project correspondence for the Legacy\n"
        "Parkway was kept under Utah General Retention Schedule item GRS-1717 (Project correspondence:\n"
        "retain 10 years after project completion, then destroy). The project closed in 2008 and the\n"
        "correspondence files were destroyed in March 2019; a copy of the destruction log entry is\n"
        "available if you would like it.\n\n"
        "The permanent project records (the Final Supplemental EIS, Record of Decision and the\n"
        "administrative record from the 2000-2005 litigation) were transferred to the Utah State Archives\n"
        "in 2011 and are held there as Series 27819. You can request those from the Archives Research\n"
        "Center at archivesresearch@utah.gov; I have let them know you may be in touch.\n\n"
        "This is a denial because the records do not exist. You may appeal this determination to UDOT's\n"
        "Executive Director within 30 days under Utah Code 63G-2-401.\n\n"
        "Karen Whitlock\nRecords Officer | Utah Department of Transportation\n4501 South 2700 West, Taylorsville, UT\n")
h = headers('Karen Whitlock <kwhitlock@utah.gov>', INBOX, 'RE: GRAMA Request #332406 - Legacy Parkway',
            date('2026-09-17 15:22', '-0600'), msgid('010', 'mail.gmail.com'))
write('010-udot-no-records-retention.eml', single(h, part_alt(text, '<div dir="ltr">' + text.replace(
    '\n\n', '</div><div><br></div><div>').replace('\n', ' ') + '</div>', '000000000000a1b2c3d4e5f60718')))
F.append(fact('010-udot-no-records-retention.eml', 'REQ-005', 'no_records', '332406', adverse=True,
              signals=['tracking', 'topic'],
              why='UDOT records officer: correspondence destroyed under GRS-1717, permanent files transferred to State Archives; 30-day appeal'))

save(1, F)
