"""Messages 041-061."""
from common import *  # noqa
from msgs_a import (msg, MESSAGES, PAL_FROM, PAL_HOST, GCC_HOST, NR_HOST, NR_FROM_ADDR, pal_status, pal_correspondence,
                    govqa_html, govqa_top, nr_message, APHIS_HEAD, APHIS_OGIS, FS_R6_HEAD, FS_OGIS, KDA_HEAD)


# 041 ------------------------------------------------------------------------------------------------
@msg('041-idals-ooo.eml')
def m041():
    d = when('2026-10-16 08:00', '-0500')
    rid = 'REQ-207'
    our = '<20261016.req-207.f1.hl@harvestledger.example.org>'
    body = """I am out of the office October 16 through October 23 with limited access to email.

For public records questions, please contact records@iowaagriculture.gov or call 515-281-5321. For Pesticide Bureau matters, please call 515-281-8591.

Megan Ostrander
Public Records Coordinator
Iowa Department of Agriculture and Land Stewardship
"""
    top = received(plus(rid), 'Megan.Ostrander@iowaagriculture.gov', d,
                   'mail-bn8nam12on2112.outbound.protection.outlook.com', '40.107.237.112', seed='041') + [
        ('From', '"Ostrander, Megan [IDALS]" <Megan.Ostrander@iowaagriculture.gov>'),
        ('To', 'Harvest Ledger Records Desk <%s>' % plus(rid)),
        ('Subject', 'Automatic reply: RE: %s' % R(rid)['subject']),
        ('Thread-Topic', 'RE: %s' % R(rid)['subject']),
        ('Thread-Index', thread_index('041')),
        ('Date', rfcdate(d)),
        ('Message-ID', outlook_mid('041', 'namprd12')),
        ('References', '%s %s %s' % (outlook_mid('003', 'namprd12'), outlook_mid('027', 'namprd12'), our)),
        ('In-Reply-To', our),
    ] + msft_ooo_headers() + [('Content-Language', 'en-US')]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>' +
            ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in body.strip().split('\n\n')) + '</body></html>')
    part = multipart('alternative', [text_part(body, charset='us-ascii'), text_part(html, 'html', charset='us-ascii')], '_000_%s_' % h('041b', 30))
    return as_message(top, part)


# 042 ------------------------------------------------------------------------------------------------
@msg('042-lane-nextrequest-weekly-digest.eml')
def m042():
    d = when('2026-10-19 06:05', '-0700')
    t = """Here is your weekly summary of activity on record requests you have
submitted to or are following at Lane County, OR.

#26-842  Herbicide application logs and spray records for Lane County
         roadside vegetation management, 2024 to present ...
  Status: Open | Due: October 16, 2026
  This week: 1 new message from staff (sign in to read it)

#26-901  Complaints about failing onsite septic systems and any repair
         or correction orders for properties along the McKenzie ...
  Status: Open
  This week: No new activity

#26-877  Contracts and invoices for Lane Events Center vendor services,
         2025 (following)
  Status: Closed
  This week: Request closed

View all of your requests: https://lanecountyor.nextrequest.com/requests

You are receiving this summary because weekly digests are turned on in
your NextRequest account. To change how often you receive emails,
update your notification settings."""
    rows = [('26-842', 'Herbicide application logs and spray records for Lane County roadside vegetation management, 2024 to present &hellip;', 'Open', 'October 16, 2026', '1 new message from staff (sign in to read it)'),
            ('26-901', 'Complaints about failing onsite septic systems and any repair or correction orders for properties along the McKenzie &hellip;', 'Open', '', 'No new activity'),
            ('26-877', 'Contracts and invoices for Lane Events Center vendor services, 2025 (following)', 'Closed', '', 'Request closed')]
    hi = '<p>Here is your weekly summary of activity on record requests you have submitted to or are following at Lane County, OR.</p><table cellpadding="6" style="border-collapse:collapse;font-size:13px">'
    for n, desc, st, due, wk in rows:
        hi += ('<tr style="border-top:1px solid #ddd"><td valign="top"><a href="https://lanecountyor.nextrequest.com/requests/%s"><b>#%s</b></a></td>'
               '<td>%s<br><span style="color:#666">Status: %s%s</span><br><i>This week: %s</i></td></tr>') % (n, n, desc, st, (' | Due: ' + due) if due else '', wk)
    hi += '</table><p><a href="https://lanecountyor.nextrequest.com/requests">View all of your requests</a></p><p style="font-size:11px;color:#888">You are receiving this summary because weekly digests are turned on in your NextRequest account. To change how often you receive emails, update your notification settings.</p>'
    return nr_message('042', d, 'NextRequest', 'lanecountyor', INBOX,
                      'Your weekly request digest - Lane County, OR', t, hi, staff='Lane County')


# 043 ------------------------------------------------------------------------------------------------
@msg('043-kda-final-pdf-footer.eml')
def m043():
    d = when('2026-10-20 15:12', '-0500')
    rid = 'REQ-212'
    pdf = make_pdf(KDA_HEAD + [
        'October 20, 2026', '', 'Harvest Ledger Records Desk', 'Via email: foia+req-212@harvestledger.example.org', '',
        '#Re: Response to request under the Kansas Open Records Act', '',
        'Dear Records Desk:', '',
        'Thank you for your payment of $201.75, received October 2, 2026. This letter completes the Kansas Department of '
        'Agriculture\'s response to your request for Division of Water Resources records of water right violations, '
        'overpumping notices and penalty orders in Groundwater Management District No. 4 from January 1, 2023 to present.', '',
        'The responsive records (214 records in 9 PDF files, together with an index spreadsheet) are available for '
        'download at the link provided in the accompanying email for 30 days. No responsive records were withheld.', '',
        'Please note that penalty orders issued by the chief engineer are also published on the Division of Water '
        'Resources website once they are final.', '',
        'If you have questions about this response, please contact me at kda.records@ks.gov.', '',
        'Sincerely,', '', 'Paul Schreiber', 'Records Custodian, Legal Section', 'Kansas Department of Agriculture',
    ], footer='KORA Request No. 2026-0311   |   Page {page} of {pages}', title='KORA response', compress=True)
    body = """Good afternoon,

Attached is the Department's letter completing its response to your open records request. The records can be downloaded here for 30 days:

https://kda.box.com/s/dwr-gmd4-records-2026

Thank you,

Kansas Department of Agriculture
Legal Section - Records Custodian
"""
    top = received(plus(rid), 'kda.records@ks.gov', d, 'mail-dm3nam02on2041.outbound.protection.outlook.com', '40.107.95.41', seed='043') + [
        ('From', 'KDA Records <kda.records@ks.gov>'),
        ('To', '"foia+req-212@harvestledger.example.org" <%s>' % plus(rid)),
        ('Subject', 'Open Records Request - Response'),
        ('Date', rfcdate(d)),
        ('Message-ID', outlook_mid('043', 'namprd02')),
    ] + outlook_headers('043', 'Open Records Request - Response', has_attach=True)
    part = multipart('mixed', [text_part(wrap(body, 2000), charset='us-ascii'),
                               attach(pdf, 'application/pdf', 'KDA_KORA_Response_Letter.pdf')], '_004_%s_' % h('043b', 30))
    return as_message(top, part)


# 044 ------------------------------------------------------------------------------------------------
@msg('044-nrcs-referral-fsa.eml')
def m044():
    d = when('2026-10-22 13:00', '-0400')
    body = """Good afternoon,

I am writing about your FOIA request 2026-NRCS-03412-F for Ogallala Aquifer Initiative contracts and irrigation water management payments in western Kansas.

NRCS maintains the conservation contracts and practice records, but program payments are disbursed and recorded in the Farm Service Agency's financial systems. We have therefore referred the payment portion of your request to the FSA FOIA Office, which will respond directly to you and will assign its own request number.

NRCS will continue to process the contract and practice portion of your request under 2026-NRCS-03412-F.

If you have questions about the referral, please contact me or the FPAC Business Center FOIA Public Liaison at 202-720-0518.

Respectfully,

Daniel Okafor
Government Information Specialist
FPAC Business Center | FOIA/Privacy Act Office
U.S. Department of Agriculture
Kansas City, MO
"""
    top = received(INBOX, 'daniel.okafor@usda.gov', d, *GCC_HOST, seed='044') + [
        ('From', '"Okafor, Daniel - FPAC-BC, Kansas City, MO" <daniel.okafor@usda.gov>'),
        ('To', '"foia@harvestledger.example.org" <%s>' % INBOX),
        ('Subject', 'FOIA Request 2026-NRCS-03412-F - Partial Referral to FSA'),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('044')),
    ] + outlook_headers('044', 'FOIA Request 2026-NRCS-03412-F - Partial Referral to FSA')
    return as_message(top, text_part(wrap(body, 2000), charset='us-ascii', cte='quoted-printable'))


# 045 ------------------------------------------------------------------------------------------------
@msg('045-lane-nextrequest-closed-final.eml')
def m045():
    d = when('2026-10-26 09:30', '-0700')
    t = """Your record request #26-842 has been closed.

Closure reason: Records released

Message from Lane County:
The remaining records have been released: the 2025 and 2026 roadside
spray logs for all three maintenance districts, the 2025-2026 product
summaries, and the County's Integrated Vegetation Management Plan
(2023 revision). This completes the County's response to your request.

View request: https://lanecountyor.nextrequest.com/requests/26-842"""
    hi = """<h3>Your record request #26-842 has been closed.</h3>
<p><b>Closure reason:</b> Records released</p>
<p><b>Message from Lane County:</b><br>The remaining records have been released: the 2025 and 2026 roadside spray logs for all three maintenance districts, the 2025-2026 product summaries, and the County&#39;s Integrated Vegetation Management Plan (2023 revision). This completes the County&#39;s response to your request.</p>
<p><a href="https://lanecountyor.nextrequest.com/requests/26-842" style="background:#4a7c59;color:#fff;padding:6px 10px;text-decoration:none">View request</a></p>"""
    return nr_message('045', d, 'Lane County, OR', 'lanecountyor', INBOX,
                      'Your Lane County, OR record request #26-842 has been closed', t, hi)


# 046 ------------------------------------------------------------------------------------------------
@msg('046-lane-nextrequest-no-records.eml')
def m046():
    d = when('2026-10-29 15:10', '-0700')
    rid = 'REQ-216'
    t = """Your record request #26-901 has been closed.

Closure reason: No responsive documents

Message from Lane County:
Land Management Division staff searched the onsite wastewater
program's permit and complaint database and the paper complaint files
for 2023 to the present. We did not locate any complaints about
failing septic systems, or any repair or correction orders, for
properties along the McKenzie River during that period. Because no
responsive records exist, there is nothing to release and the request
is now closed.

View request: https://lanecountyor.nextrequest.com/requests/26-901"""
    hi = """<h3>Your record request #26-901 has been closed.</h3>
<p><b>Closure reason:</b> No responsive documents</p>
<p><b>Message from Lane County:</b><br>Land Management Division staff searched the onsite wastewater program&#39;s permit and complaint database and the paper complaint files for 2023 to the present. We did not locate any complaints about failing septic systems, or any repair or correction orders, for properties along the McKenzie River during that period. Because no responsive records exist, there is nothing to release and the request is now closed.</p>
<p><a href="https://lanecountyor.nextrequest.com/requests/26-901" style="background:#4a7c59;color:#fff;padding:6px 10px;text-decoration:none">View request</a></p>"""
    return nr_message('046', d, 'Lane County, OR', 'lanecountyor', plus(rid),
                      'Your Lane County, OR record request #26-901 has been closed', t, hi)


# 047 ------------------------------------------------------------------------------------------------
@msg('047-swrcb-govqa-final.eml')
def m047():
    d = when('2026-10-30 16:45', '-0700')
    inner = """<p>Dear Harvest Ledger Records Desk:</p>
<p><b>RE: Public Records Request W026411-091026</b></p>
<p>The State Water Resources Control Board has completed its response to your request. The second and final installment, consisting of Division of Water Rights enforcement case files and field inspection reports for the Scott River and Shasta River watersheds (2024&ndash;2026), has been posted to the Public Records Center and can be downloaded from your request page.</p>
<p>Some records have been withheld in part or in full: communications between Board staff and Office of Chief Counsel attorneys are withheld as attorney-client privileged communications and attorney work product (Gov. Code &sect; 7927.705; Evid. Code &sect; 954; Code Civ. Proc. &sect; 2018.030), and draft enforcement documents are withheld under the deliberative process privilege (Gov. Code &sect; 7922.000). A list of withheld records is included with the release.</p>
<p>The person responsible for this determination is Marisol Ruiz, Staff Services Analyst, Public Records Unit.</p>
<p>Your request is now closed.</p>
<p>Public Records Unit<br>State Water Resources Control Board</p>"""
    top = govqa_top('047', d, INBOX, 'Public Records Request :: W026411-091026 - Request Completed')
    return as_message(top, text_part(govqa_html('Request Completed', inner), 'html', cte='quoted-printable'))


# 048 ------------------------------------------------------------------------------------------------
@msg('048-marion-nextrequest-closed-nonresponse.eml')
def m048():
    d = when('2026-11-02 10:00', '-0800')
    t = """Your record request #26-1317 has been closed.

Closure reason: Requester did not respond to clarification

Message from Marion County:
We asked for clarification of this request on September 24, 2026 and
have not received a response, so the request has been closed without
a search. You are welcome to submit a new request at any time.

View request: https://marioncountyor.nextrequest.com/requests/26-1317"""
    hi = """<h3>Your record request #26-1317 has been closed.</h3>
<p><b>Closure reason:</b> Requester did not respond to clarification</p>
<p><b>Message from Marion County:</b><br>We asked for clarification of this request on September 24, 2026 and have not received a response, so the request has been closed without a search. You are welcome to submit a new request at any time.</p>
<p><a href="https://marioncountyor.nextrequest.com/requests/26-1317" style="background:#4a7c59;color:#fff;padding:6px 10px;text-decoration:none">View request</a></p>"""
    return nr_message('048', d, 'Marion County', 'marioncountyor', INBOX,
                      'Your Marion County record request #26-1317 has been closed', t, hi)


# 049 ------------------------------------------------------------------------------------------------
@msg('049-wdnr-bounce-dsn-staff-left.eml')
def m049():
    d = when('2026-11-05 07:30', '-0600')
    rid = 'REQ-213'
    our_mid = '<20261105.req-213.f2.hl@harvestledger.example.org>'
    qid = '4MqW3d5RtXz3xYb'
    text = """This is the mail system at host mail.harvestledger.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<Karl.Voss@wisconsin.gov>: host
    wisconsin-gov.mail.protection.outlook.com[52.101.41.8] said: 550 5.1.10
    RESOLVER.ADR.RecipientNotFound; Recipient Karl.Voss@wisconsin.gov not found
    by SMTP address lookup (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mail.harvestledger.example.org
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; foia@harvestledger.example.org
Arrival-Date: Thu,  5 Nov 2026 07:29:48 -0600 (CST)

Final-Recipient: rfc822; Karl.Voss@wisconsin.gov
Original-Recipient: rfc822;Karl.Voss@wisconsin.gov
Action: failed
Status: 5.1.10
Remote-MTA: dns; wisconsin-gov.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    Karl.Voss@wisconsin.gov not found by SMTP address lookup
""" % qid
    orig_body = """Hi Karl,

Checking in on RR-2026-1187. We answered your scope questions on
September 30 (compliance items only, and the spills list with full
files for enforcement cases). Do you have an estimate of when the
first records might be ready?

Thanks,
Harvest Ledger Records Desk
"""
    orig = render([
        ('Return-Path', '<foia@harvestledger.example.org>'),
        ('Received', 'from desk-07.newsroom.harvestledger.example.org (unknown [10.20.4.17])\n\t(Authenticated sender: foia@harvestledger.example.org)\n\tby mail.harvestledger.example.org (Postfix) with ESMTPSA id %s;\n\tThu,  5 Nov 2026 07:29:48 -0600 (CST)' % qid),
        ('Message-ID', our_mid),
        ('Date', 'Thu, 5 Nov 2026 07:29:47 -0600'),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('From', OUR_FROM),
        ('Reply-To', plus(rid)),
        ('To', '"Voss, Karl A - DNR" <Karl.Voss@wisconsin.gov>'),
        ('Subject', 'RE: Kewaunee CAFO records request - question on scope (RR-2026-1187)'),
        ('In-Reply-To', outlook_mid('029', 'namprd12')),
        ('References', outlook_mid('029', 'namprd12')),
        ('Content-Type', 'text/plain; charset=UTF-8; format=flowed'),
        ('Content-Transfer-Encoding', '7bit'),
    ], orig_body)
    boundary = '%s.1793885390/mail.harvestledger.example.org' % qid
    part = multipart('report', [
        raw_part('text/plain; charset=us-ascii', text, [('Content-Description', 'Notification')]),
        raw_part('message/delivery-status', status, [('Content-Description', 'Delivery report')]),
        raw_part('message/rfc822', orig, [('Content-Description', 'Undelivered Message')]),
    ], boundary, params='; report-type=delivery-status')
    top = [
        ('Return-Path', '<>'),
        ('Delivered-To', INBOX),
        ('Received', 'from mail.harvestledger.example.org\n\tby mail.harvestledger.example.org with LMTP\n\tid %s\n\t(envelope-from <>)\n\tfor <%s>; %s'
         % (b32('049lmtp'), INBOX, rfcdate(d, 4))),
        ('Received', 'by mail.harvestledger.example.org (Postfix)\n\tid 4MqW3f0Kq2z3xYd; %s' % rfcdate(d, 3)),
        ('Date', rfcdate(d, 3)),
        ('From', 'MAILER-DAEMON@mail.harvestledger.example.org (Mail Delivery System)'),
        ('Subject', 'Undelivered Mail Returned to Sender'),
        ('To', INBOX),
        ('Auto-Submitted', 'auto-replied'),
        ('Message-Id', '<20261105133003.4MqW3f0Kq2z3xYd@mail.harvestledger.example.org>'),
    ]
    return as_message(top, part)


# 050 ------------------------------------------------------------------------------------------------
@msg('050-usda-unplaceable-call.eml')
def m050():
    d = when('2026-11-10 09:40', '-0600')
    body = """Hello,

I've been asked to help with your FOIA request and have a question about the scope of the contract records you are looking for. Would you be able to give me a call this week? My number is 816-926-6630.

Thank you,

Jordan Pike
FOIA Specialist
FPAC Business Center
"""
    top = received(INBOX, 'jordan.pike@usda.gov', d, *GCC_HOST, seed='050') + [
        ('From', '"Pike, Jordan - FPAC-BC, Kansas City, MO" <jordan.pike@usda.gov>'),
        ('To', '"foia@harvestledger.example.org" <%s>' % INBOX),
        ('Subject', 'Your FOIA request'),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('050')),
    ] + outlook_headers('050', 'Your FOIA request')
    return as_message(top, text_part(wrap(body, 2000), charset='us-ascii'))


# 051 ------------------------------------------------------------------------------------------------
@msg('051-idals-final-pdf.eml')
def m051():
    d = when('2026-11-13 14:30', '-0600')
    rid = 'REQ-207'
    pdf = make_pdf(['#IOWA DEPARTMENT OF AGRICULTURE AND LAND STEWARDSHIP',
                    'Henry A. Wallace Building | 502 E. 9th Street | Des Moines, Iowa 50319 | 515-281-5321', '',
                    'November 13, 2026', '', 'Harvest Ledger Records Desk', 'foia+req-207@harvestledger.example.org', '',
                    '#RE: Open records request received September 8, 2026', '',
                    'Dear Records Desk:', '',
                    'This letter responds to your request under Iowa Code chapter 22 for pesticide misuse investigation '
                    'files and manure application complaint records from January 1, 2023 to the present.', '',
                    'Records provided. The Department is providing the following records through the link in the '
                    'accompanying email: (1) 58 closed pesticide misuse investigation reports, with attachments; (2) the '
                    'manure application complaint log for 2023 to the present; and (3) 38 manure application complaint files.', '',
                    'Records withheld or redacted. Three pesticide misuse investigation files remain open and are withheld in '
                    'full at this time; they will be available once the investigations are closed. In the complaint files, '
                    'the names, addresses, telephone numbers and email addresses of complainants have been redacted as '
                    'confidential under Iowa Code section 22.7(18), because those communications were not required by law '
                    'and the Department could reasonably believe that the complainants would be discouraged from making '
                    'them if they were available for general public examination.', '',
                    'There is no charge for this request. This completes the Department\'s response.', '',
                    'If you believe the Department has not complied with Iowa Code chapter 22, you may file a complaint with '
                    'the Iowa Public Information Board within 60 days, as provided in Iowa Code section 23.7.', '',
                    'Sincerely,', '', 'Megan Ostrander', 'Public Records Coordinator'],
                   title='IDALS open records response')
    body = """Hi,

Thank you for your patience while I was out. Attached is the Department's response letter. The records are available at the link below until December 14:

https://iowaagriculture.sharefile.com/d-r7c3e5a10b2f4

Megan Ostrander
Public Records Coordinator
Iowa Department of Agriculture and Land Stewardship
515-281-5322
"""
    top = received(plus(rid), 'Megan.Ostrander@iowaagriculture.gov', d,
                   'mail-bn8nam12on2112.outbound.protection.outlook.com', '40.107.237.112', seed='051') + [
        ('From', '"Ostrander, Megan [IDALS]" <Megan.Ostrander@iowaagriculture.gov>'),
        ('To', 'Harvest Ledger Records Desk <%s>' % plus(rid)),
        ('Subject', 'RE: %s' % R(rid)['subject']),
        ('Date', rfcdate(d)),
        ('Message-ID', outlook_mid('051', 'namprd12')),
        ('References', '%s %s %s' % (mid_of(rid), outlook_mid('003', 'namprd12'), outlook_mid('027', 'namprd12'))),
        ('In-Reply-To', outlook_mid('027', 'namprd12')),
    ] + outlook_headers('051', R(rid)['subject'], has_attach=True)
    part = multipart('mixed', [text_part(wrap(body, 2000), charset='us-ascii'),
                               attach(pdf, 'application/pdf', 'IDALS Response - Open Records Request.pdf')], '_004_%s_' % h('051b', 30))
    return as_message(top, part)


# 052 ------------------------------------------------------------------------------------------------
@msg('052-swrcb-govqa-denial.eml')
def m052():
    d = when('2026-11-18 15:00', '-0800')
    rid = 'REQ-210'
    inner = """<p>Dear Harvest Ledger Records Desk:</p>
<p><b>RE: Public Records Request W026598-092126</b></p>
<p>Thank you for your clarification of October 2, 2026, in which you confirmed that you are seeking the individual domestic well sampling results for Tulare County households, including well owner and household identifying information, and communications about specific households between Board staff, Tulare County and the program administrators.</p>
<p>After reviewing the responsive records, the Board has determined that they are exempt from disclosure in their entirety. The individual sampling results and the communications about them identify private well owners and household members by name, address and health-related information; disclosure would constitute an unwarranted invasion of personal privacy (Gov. Code &sect; 7927.700), and on the facts of this request the public interest served by withholding the records clearly outweighs the public interest served by disclosure (Gov. Code &sect; 7922.000). The identifying information cannot reasonably be segregated from the remainder of these records. Accordingly, no records will be produced.</p>
<p>Aggregated domestic well water quality data for Tulare County is publicly available through the Board&#39;s GAMA Groundwater Information System.</p>
<p>The person responsible for this determination is Marisol Ruiz, Staff Services Analyst, Public Records Unit.</p>
<p>Your request is now closed.</p>
<p>Public Records Unit<br>State Water Resources Control Board</p>"""
    top = govqa_top('052', d, plus(rid), 'Public Records Request :: W026598-092126 - Response')
    return as_message(top, text_part(govqa_html('Response', inner), 'html', cte='quoted-printable'))


# 053 ------------------------------------------------------------------------------------------------
@msg('053-aphis-pal-interim-letter.eml')
def m053():
    d = when('2026-11-19 10:00', '-0500')
    pdf = make_pdf(APHIS_HEAD + [
        'November 19, 2026', '', 'Harvest Ledger Records Desk', 'foia@harvestledger.example.org', '',
        '#Re: FOIA Request 2026-APHIS-06318-F - Interim Response 1', '',
        'Dear Requester:', '',
        'This is the first interim response to your Freedom of Information Act (FOIA) request for records of HPAI H5N1 '
        'detections in dairy cattle herds in Iowa and Kansas and related indemnity and compensation payments. Thank you '
        'for speaking with our office on October 15, 2026 about how the indemnity records are kept.', '',
        'Veterinary Services has located 518 pages of responsive records to date. With this letter we are releasing 238 '
        'pages: 201 pages in full and 37 pages in part. Information has been withheld under FOIA Exemption 4, '
        '5 U.S.C. 552(b)(4), which protects commercial or financial information obtained from a person that is privileged '
        'or confidential (herd inventories and milk production data submitted by producers), and Exemption 6, '
        '5 U.S.C. 552(b)(6), which protects information about individuals, including the names and premises addresses of '
        'dairy owners, where disclosure would constitute a clearly unwarranted invasion of personal privacy.', '',
        'We continue to process the remaining records and anticipate sending the next release by January 29, 2027.', '',
        'You may appeal the withholdings in this interim response. Your appeal must be received within 90 days of the '
        'date of this letter and may be submitted through the USDA FOIA Public Access Link or by mail to the '
        'Administrator, APHIS, 1400 Independence Avenue SW, Washington, DC 20250. ' + APHIS_OGIS, '',
        'Sincerely,', '', '', 'Tonya M. Greer', 'Director, FOIA and Privacy Act Staff', 'Legislative and Public Affairs',
    ], title='Interim Response', producer='FOIAXpress Correspondence', compress=True)
    return pal_correspondence('053', d, '2026-APHIS-06318-F', 'Interim Release Letter', pdf,
                              '2026-APHIS-06318-F Interim Response 1.pdf')


# 054 ------------------------------------------------------------------------------------------------
@msg('054-usfs-r2-no-records.eml')
def m054():
    d = when('2026-11-24 12:40', '-0700')
    pdf = make_pdf(['#United States Department of Agriculture', '#Forest Service', 'Rocky Mountain Region',
                    '1617 Cole Blvd., Building 17, Lakewood, CO 80401', '',
                    '|File Code: 6270', '|Date: November 24, 2026', '',
                    'Harvest Ledger Records Desk', 'foia@harvestledger.example.org', '',
                    '#RE: FOIA Request 2026-FS-R2-04903-F - Final Response', '',
                    'Dear Requester:', '',
                    'This is the final response to your Freedom of Information Act (FOIA) request for letters of '
                    'noncompliance, notices of permit suspension or cancellation, and related correspondence issued to '
                    'grazing permittees on the Oglala National Grassland from January 1, 2023 to present.', '',
                    'The Pine Ridge Ranger District and the Nebraska National Forests and Grasslands Supervisor\'s Office '
                    'searched their range allotment files, permit administration files and the electronic correspondence '
                    'of the district ranger and rangeland management staff using the allotment names and the terms '
                    '"noncompliance", "suspension", "cancellation" and "show cause". No records responsive to your request '
                    'were located. According to district staff, no permits on the Oglala National Grassland were '
                    'suspended or cancelled during that period and no letters of noncompliance were issued.', '',
                    'Although this is not a denial of records, a "no records" response may be considered an adverse '
                    'determination. You may appeal this response. Your appeal must be received within 90 days of the date '
                    'of this letter and should be sent to the Forest Service FOIA Appeals Office, 1400 Independence Avenue '
                    'SW, Washington, DC 20250, or by email to SM.FS.FOIAappeals@usda.gov. ' + FS_OGIS, '',
                    'Sincerely,', '', '', 'MARCUS D. ELLINGSON', 'Regional FOIA Officer'],
                   title='Final Response 2026-FS-R2-04903-F')
    body = 'Good afternoon,\n\nPlease see the attached final response to FOIA request 2026-FS-R2-04903-F.\n\nRocky Mountain Region FOIA Office\nUSDA Forest Service\n'
    top = received(INBOX, 'SM.FS.R2FOIA@usda.gov', d, *GCC_HOST, seed='054') + [
        ('From', '"FS-FOIA R2" <SM.FS.R2FOIA@usda.gov>'),
        ('To', '"foia@harvestledger.example.org" <%s>' % INBOX),
        ('Subject', 'Final Response - FOIA 2026-FS-R2-04903-F'),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('054')),
    ] + outlook_headers('054', 'Final Response - FOIA 2026-FS-R2-04903-F', has_attach=True)
    part = multipart('mixed', [text_part(body, charset='us-ascii'),
                               attach(pdf, 'application/pdf', '2026-FS-R2-04903-F_Final_Response.pdf')], '_004_%s_' % h('054b', 30))
    return as_message(top, part)


# 055 ------------------------------------------------------------------------------------------------
@msg('055-wdnr-final-html-only.eml')
def m055():
    d = when('2026-12-02 10:50', '-0600')
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style></head>
<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word"><div class="WordSection1">
<p class="MsoNormal">Hello,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I have taken over public records request <b>RR-2026-1187</b> from Karl Voss, who has left the Department. I&#8217;m sorry for the delay this caused.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Following the scope you gave Karl on September 30, the records are in the OneDrive folder below:</p>
<ul style="margin-top:0in"><li class="MsoNormal">Inspection reports, notices of noncompliance, notices of violation and enforcement conference summaries for the 16 WPDES-permitted CAFOs in Kewaunee County, January 2024 &#8211; November 2026 (1,206 pages)</li>
<li class="MsoNormal">A list of the 47 manure spills reported in Kewaunee County in that period, with the full files for the 9 spills that were referred for enforcement</li></ul>
<p class="MsoNormal"><a href="https://wigov-my.sharepoint.com/:f:/g/personal/anna_lindqvist_wisconsin_gov/EkRR20261187">RR-2026-1187 Kewaunee CAFO records</a></p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">No records were withheld or redacted. Because the cost of locating the records was under $50.00, there is no charge.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">This completes the Department&#8217;s response to your request.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Anna Lindqvist</b><br>Agricultural Runoff Specialist &#8211; Northeast Region<br>Wisconsin Department of Natural Resources<br>2984 Shawano Avenue, Green Bay, WI 54313<br>Phone: 920-662-5419<br><a href="mailto:Anna.Lindqvist@wisconsin.gov">Anna.Lindqvist@wisconsin.gov</a></p>
</div></body></html>"""
    top = received(INBOX, 'Anna.Lindqvist@wisconsin.gov', d, 'mail-ch2nam12on2091.outbound.protection.outlook.com', '40.107.93.91', seed='055') + [
        ('From', '"Lindqvist, Anna M - DNR" <Anna.Lindqvist@wisconsin.gov>'),
        ('To', '"foia@harvestledger.example.org" <%s>' % INBOX),
        ('CC', 'DNR Public Records <DNRPublicRecords@wisconsin.gov>'),
        ('Subject', 'RR-2026-1187 - Records response (Kewaunee County CAFOs)'),
        ('Date', rfcdate(d)),
        ('Message-ID', outlook_mid('055', 'namprd12')),
    ] + outlook_headers('055', 'RR-2026-1187 - Records response (Kewaunee County CAFOs)')
    return as_message(top, text_part(html, 'html', cte='quoted-printable'))


# 056 ------------------------------------------------------------------------------------------------
NRCS_APPEAL = ('If you are not satisfied with this response, you may administratively appeal. Your appeal must be in '
               'writing and must be received within 90 days of the date of this letter. Address it to the Chief, Natural '
               'Resources Conservation Service, c/o FPAC Business Center FOIA Appeals, 1400 Independence Avenue SW, '
               'Washington, DC 20250, or email FPAC.BC.FOIA@usda.gov, and mark both the letter and the envelope or subject '
               'line "FOIA Appeal." You may also seek dispute resolution services from the FPAC Business Center FOIA Public '
               'Liaison at 202-720-0518, or from the Office of Government Information Services (OGIS), National Archives '
               'and Records Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; '
               '202-741-5770; toll free 1-877-684-6448.')
FPAC_HEAD = ['#United States Department of Agriculture', '#Farm Production and Conservation Business Center',
             'FOIA/Privacy Act Office', '1400 Independence Avenue SW, Washington, DC 20250', '']


@msg('056-nrcs-final-partial.eml')
def m056():
    d = when('2026-12-03 09:30', '-0500')
    rid = 'REQ-205'
    pdf = make_pdf(FPAC_HEAD + [
        'December 3, 2026', '', 'Harvest Ledger Records Desk', 'foia+req-205@harvestledger.example.org', '',
        '#Re: FOIA Request 2026-NRCS-03377-F - Final Response', '',
        'Dear Requester:', '',
        'This is the final response to your Freedom of Information Act (FOIA) request to the Natural Resources '
        'Conservation Service (NRCS) for EQIP contracts that include Waste Storage Facility (Practice Code 313) for animal '
        'feeding operations in Iowa and Wisconsin, FY2022 through FY2026. As agreed in your email of October 6, 2026, the '
        'request was narrowed to contract summary data exported from NRCS electronic systems, and no fees are charged.', '',
        'Enclosed is a spreadsheet listing 1,138 contracts by state, county, fiscal year, practice, obligation amount, '
        'payment amount and practice certification date, along with the Iowa and Wisconsin state office summaries of '
        'Practice 313 obligations. The spreadsheet is released in part.', '',
        'We withheld the names and addresses of producers and owners of agricultural land, farm and tract numbers, and '
        'geospatial information under FOIA Exemption 3, 5 U.S.C. 552(b)(3), in conjunction with Section 1619 of the Food, '
        'Conservation, and Energy Act of 2008, 7 U.S.C. 8791, which prohibits disclosure of that information; and under '
        'Exemption 6, 5 U.S.C. 552(b)(6), to protect the personal privacy of individual participants.', '',
        NRCS_APPEAL, '',
        'Sincerely,', '', '', 'Lena Farah', 'Government Information Specialist', 'FPAC Business Center FOIA/Privacy Act Office',
    ], title='Final Response 2026-NRCS-03377-F')
    csv = ('state,county,fiscal_year,practice,obligation_usd,payment_usd,certified\n'
           'IA,Sioux,2022,313,412500,398210,2023-08-14\nIA,Plymouth,2023,313,287000,,\nWI,Kewaunee,2024,313,355900,341150,2025-06-30\n'
           'WI,Manitowoc,2025,313,298400,,\n[... 1,134 more rows in the full file ...]\n')
    body = """Good morning,

Attached is the final response to FOIA request 2026-NRCS-03377-F together with the released spreadsheet (excerpt attached here; the full file is in the download link below because of its size).

https://usda.box.com/s/fpacfoia-2026-03377-final

Respectfully,

Lena Farah
Government Information Specialist
FPAC Business Center | FOIA/Privacy Act Office
"""
    top = received(plus(rid), 'lena.farah@usda.gov', d, *GCC_HOST, seed='056') + [
        ('From', '"Farah, Lena - FPAC-BC, Washington, DC" <lena.farah@usda.gov>'),
        ('To', 'Harvest Ledger Records Desk <%s>' % plus(rid)),
        ('Subject', 'FOIA 2026-NRCS-03377-F Final Response'),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('056')),
    ] + outlook_headers('056', 'FOIA 2026-NRCS-03377-F Final Response', has_attach=True)
    part = multipart('mixed', [text_part(wrap(body, 2000), charset='us-ascii'),
                               attach(pdf, 'application/pdf', 'Final Response 2026-NRCS-03377-F.pdf'),
                               attach(csv.encode(), 'text/csv', 'EQIP_313_IA_WI_FY22-26_excerpt.csv')], '_006_%s_' % h('056b', 30))
    return as_message(top, part)


# 057 ------------------------------------------------------------------------------------------------
@msg('057-nrcs-denial-1619.eml')
def m057():
    d = when('2026-12-08 14:15', '-0500')
    pdf = make_pdf(FPAC_HEAD + [
        'December 8, 2026', '', 'Harvest Ledger Records Desk', 'foia@harvestledger.example.org', '',
        '#Re: FOIA Request 2026-NRCS-03412-F', '',
        'Dear Requester:', '',
        'This responds to your Freedom of Information Act (FOIA) request for Ogallala Aquifer Initiative contracts in '
        'western Kansas counties, FY2020 through FY2026. As we advised you on October 22, 2026, the payment portion of '
        'your request was referred to the Farm Service Agency. This letter addresses the contract and practice records '
        'held by NRCS.', '',
        'The Kansas State Office located 214 contract files (approximately 6,300 pages), consisting of contract '
        'documents, conservation plans, practice schedules, maps and geospatial data for individual participants. After '
        'review, we have determined that these records must be withheld in full under FOIA Exemption 3, 5 U.S.C. '
        '552(b)(3), in conjunction with Section 1619 of the Food, Conservation, and Energy Act of 2008, 7 U.S.C. 8791, and '
        'under Exemption 6, 5 U.S.C. 552(b)(6). The records consist of information provided by agricultural producers '
        'and owners of agricultural land, and geospatial information about their operations, that NRCS is prohibited '
        'from disclosing. We reviewed the records for reasonably segregable non-exempt information and determined that '
        'none can be released without revealing protected information.', '',
        'Aggregated, county-level program data for the Ogallala Aquifer Initiative is publicly available through the NRCS '
        'RCA Data Viewer and Financial Assistance Program Data pages.', '',
        NRCS_APPEAL, '',
        'Sincerely,', '', '', 'Daniel Okafor', 'Government Information Specialist', 'FPAC Business Center FOIA/Privacy Act Office',
    ], title='Determination 2026-NRCS-03412-F', compress=True)
    body = 'Good afternoon,\n\nPlease see the attached determination letter for FOIA request 2026-NRCS-03412-F.\n\nDaniel Okafor\nGovernment Information Specialist\nFPAC Business Center | FOIA/Privacy Act Office\n'
    top = received(INBOX, 'daniel.okafor@usda.gov', d, *GCC_HOST, seed='057') + [
        ('From', '"Okafor, Daniel - FPAC-BC, Kansas City, MO" <daniel.okafor@usda.gov>'),
        ('To', '"foia@harvestledger.example.org" <%s>' % INBOX),
        ('Subject', '2026-NRCS-03412-F Determination'),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('057')),
    ] + outlook_headers('057', '2026-NRCS-03412-F Determination', has_attach=True)
    part = multipart('mixed', [text_part(body, charset='us-ascii'),
                               attach(pdf, 'application/pdf', '2026-NRCS-03412-F Determination Letter.pdf')], '_004_%s_' % h('057b', 30))
    return as_message(top, part)


# 058 ------------------------------------------------------------------------------------------------
@msg('058-usfs-r6-final-number-in-filename.eml')
def m058():
    d = when('2026-12-10 11:00', '-0800')
    pdf = make_pdf(FS_R6_HEAD + [
        '|File Code: 6270', '|Date: December 10, 2026', '',
        'Harvest Ledger Records Desk', 'foia@harvestledger.example.org', '',
        '#RE: Final Response to your Freedom of Information Act Request', '',
        'Dear Requester:', '',
        'This is the final response to your Freedom of Information Act (FOIA) request for escaped prescribed fire '
        'reviews, declared wildfire reviews and facilitated learning analyses for prescribed burns in the Pacific '
        'Northwest Region, January 1, 2022 to present. Our first interim response was sent on October 9, 2026.', '',
        'The Willamette, Mt. Hood, Okanogan-Wenatchee, Ochoco and Rogue River-Siskiyou National Forests have completed '
        'their searches. Enclosed are 9 additional reviews and the Regional lessons-learned summary (318 pages). We are '
        'releasing 290 pages in full and 28 pages in part. Portions have been withheld under FOIA Exemption 5, '
        '5 U.S.C. 552(b)(5) (deliberative process privilege: draft findings and recommendations), and Exemption 6, '
        '5 U.S.C. 552(b)(6) (names and personal information of private landowners and contract crew members).', '',
        'This completes our response to your request.', '',
        'You may appeal this determination. Your appeal must be received within 90 days of the date of this letter and '
        'should be sent to the Forest Service FOIA Appeals Office, 1400 Independence Avenue SW, Washington, DC 20250, '
        'or by email to SM.FS.FOIAappeals@usda.gov. Please mark the envelope or subject line "FOIA Appeal." ' + FS_OGIS, '',
        'Sincerely,', '', '', 'ROSALIND F. ECKHART', 'Regional FOIA Coordinator',
    ], title='Final Response')
    body = """Good afternoon,

Attached is the final response to your Freedom of Information Act request. The released records can be downloaded here:

https://usfs.box.com/s/r6foia-final-dec2026

Please let us know if you have any trouble opening the files.

Pacific Northwest Region FOIA
USDA Forest Service
"""
    top = received(INBOX, 'SM.FS.R6FOIA@usda.gov', d, *GCC_HOST, seed='058') + [
        ('From', '"FS-FOIA R6" <SM.FS.R6FOIA@usda.gov>'),
        ('To', '"foia@harvestledger.example.org" <%s>' % INBOX),
        ('Subject', 'FOIA'),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('058')),
    ] + outlook_headers('058', 'FOIA', has_attach=True)
    part = multipart('mixed', [text_part(wrap(body, 2000), charset='us-ascii'),
                               attach(pdf, 'application/pdf', '2026-FS-R6-04877-F_Final_Response.pdf')], '_004_%s_' % h('058b', 30))
    return as_message(top, part)


# 059 ------------------------------------------------------------------------------------------------
@msg('059-phish-mailbox-quota-null.eml')
def m059():
    d = when('2026-12-15 03:12', '+0000')
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<table width="560" style="border:1px solid #ccc"><tr><td style="background:#0b5394;color:#fff;padding:10px"><b>harvestledger.example.org Mail Server</b></td></tr>
<tr><td style="padding:14px">
<p>Dear foia@harvestledger.example.org,</p>
<p>Your mailbox has exceeded the storage limit of 2 GB. <b>3 incoming messages</b> are on hold, including messages tagged <i>FOIA correspondence</i> and <i>Records request update</i>.</p>
<p>To release the held messages and avoid suspension of your account within 24 hours, re-validate your mailbox below:</p>
<p style="text-align:center"><a href="https://harvestledger-mailcenter.example.net/dovecot/validate?u=foia" style="background:#0b5394;color:#fff;padding:10px 18px;text-decoration:none">Release Messages</a></p>
<p style="font-size:11px;color:#777">Dovecot Mail Administration &copy; 2026. This is an automated message.</p>
</td></tr></table></body></html>"""
    top = received(INBOX, 'admin@harvestledger-mailcenter.example.net', d, 'vps-41-216.hostingcloud.example.net', '192.0.2.216', seed='059') + [
        ('From', '"Mail Administrator" <admin@harvestledger-mailcenter.example.net>'),
        ('To', INBOX),
        ('Subject', 'Mailbox storage limit reached - 3 messages on hold'),
        ('Date', rfcdate(d)),
        ('Message-ID', '<%s@vps-41-216.hostingcloud.example.net>' % h('059', 18)),
        ('X-Spam-Flag', 'NO'),
        ('X-Spam-Status', 'No, score=4.6 required=6.0'),
    ]
    return as_message(top, text_part(html, 'html', cte='base64'))


# 060 ------------------------------------------------------------------------------------------------
@msg('060-wdnr-holiday-ooo.eml')
def m060():
    d = when('2026-12-21 08:15', '-0600')
    rid = 'REQ-213'
    our = '<20261221.req-213.f3.hl@harvestledger.example.org>'
    body = """Thank you for your message. I am out of the office through Monday, January 4, 2027, and will respond when I return.

For public records requests, please contact DNRPublicRecords@wisconsin.gov. For spill emergencies, call the 24-hour DNR Spills Hotline at 1-800-943-0003.

Anna Lindqvist
Wisconsin Department of Natural Resources
"""
    top = received(plus(rid), 'Anna.Lindqvist@wisconsin.gov', d, 'mail-ch2nam12on2091.outbound.protection.outlook.com', '40.107.93.91', seed='060') + [
        ('From', '"Lindqvist, Anna M - DNR" <Anna.Lindqvist@wisconsin.gov>'),
        ('To', 'Harvest Ledger Records Desk <%s>' % plus(rid)),
        ('Subject', 'Automatic reply: RE: RR-2026-1187 - Records response (Kewaunee County CAFOs)'),
        ('Thread-Topic', 'RR-2026-1187 - Records response (Kewaunee County CAFOs)'),
        ('Thread-Index', thread_index('060')),
        ('Date', rfcdate(d)),
        ('Message-ID', outlook_mid('060', 'namprd12')),
        ('References', '%s %s' % (outlook_mid('055', 'namprd12'), our)),
        ('In-Reply-To', our),
    ] + msft_ooo_headers() + [('Content-Language', 'en-US')]
    return as_message(top, text_part(wrap(body, 2000), charset='us-ascii'))


# 061 ------------------------------------------------------------------------------------------------
@msg('061-aphis-pal-denial-letter.eml')
def m061():
    d = when('2027-01-12 10:00', '-0500')
    pdf = make_pdf(APHIS_HEAD + [
        'January 12, 2027', '', 'Harvest Ledger Records Desk', 'foia@harvestledger.example.org', '',
        '#Re: FOIA Request 2026-APHIS-06342-F - Final Response', '',
        'Dear Requester:', '',
        'This is the final response to your Freedom of Information Act (FOIA) request for contracts, statements of work '
        'and site selection records for New World screwworm sterile fly dispersal and production facilities.', '',
        'APHIS located 1,146 pages of responsive records: contractor technical and cost proposals, the awarded contract '
        'and its pricing schedules, and draft site evaluation reports and decision memoranda. After consulting with the '
        'submitters under Executive Order 12600 and with the Agricultural Research Service, we have determined that these '
        'records are exempt from disclosure in their entirety.', '',
        'The proposals, pricing schedules and facility designs are withheld under Exemption 4, 5 U.S.C. 552(b)(4), as '
        'commercial and financial information obtained from a person that is customarily and actually kept private by '
        'its owners and was provided to the government under an assurance of privacy. The draft site evaluation reports '
        'and decision memoranda are withheld under Exemption 5, 5 U.S.C. 552(b)(5), which protects predecisional, '
        'deliberative inter-agency and intra-agency records; their release would foreseeably harm the agency\'s '
        'decision-making process. We reviewed all records for reasonably segregable information and found none that '
        'could be released.', '',
        'You may appeal this determination. Your appeal must be received within 90 days of the date of this letter. '
        'Submit it through the USDA FOIA Public Access Link or by mail to the Administrator, APHIS, 1400 Independence '
        'Avenue SW, Washington, DC 20250, clearly marked "Freedom of Information Act Appeal." ' + APHIS_OGIS, '',
        'Sincerely,', '', '', 'Tonya M. Greer', 'Director, FOIA and Privacy Act Staff', 'Legislative and Public Affairs',
    ], title='Final Response', producer='FOIAXpress Correspondence')
    return pal_correspondence('061', d, '2026-APHIS-06342-F', 'Final Response Letter', pdf,
                              '2026-APHIS-06342-F Final Response.pdf')
