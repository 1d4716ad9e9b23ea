"""messages 001-010"""
from common import *

# 001 - DSN from our own MTA: request REQ-004 sent to the public defender's retired address
orig = REQS['REQ-004']
save('001-bounce-mdopd-legacy-address.eml', """From: MAILER-DAEMON@mx1.records.example.org (Mail Delivery System)
To: records@records.example.org
Subject: Undelivered Mail Returned to Sender
Date: %s
Message-ID: <20260908191207.3F1A2C0B71@mx1.records.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3F1A2C0B71.1788897127/mx1.records.example.org"

This is a MIME-encapsulated message.

--3F1A2C0B71.1788897127/mx1.records.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pia@opd.state.md.us>: host opd-state-md-us.mail.protection.outlook.com[52.101.41.7]
    said: 550 5.4.1 Recipient address rejected: Access denied. For more
    information see https://aka.ms/EXOSmtpErrors [BN1PEPF0000468D.namprd05.prod.outlook.com]
    (in reply to RCPT TO command)

--3F1A2C0B71.1788897127/mx1.records.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.records.example.org
X-Postfix-Queue-ID: 3F1A2C0B71
X-Postfix-Sender: rfc822; records@records.example.org
Arrival-Date: Tue,  8 Sep 2026 15:12:05 -0400 (EDT)

Final-Recipient: rfc822; pia@opd.state.md.us
Original-Recipient: rfc822;pia@opd.state.md.us
Action: failed
Status: 5.4.1
Remote-MTA: dns; opd-state-md-us.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.

--3F1A2C0B71.1788897127/mx1.records.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Records Desk <records@records.example.org>
To: pia@opd.state.md.us
Reply-To: %s
Subject: %s
Date: Tue, 08 Sep 2026 15:11:58 -0400
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--3F1A2C0B71.1788897127/mx1.records.example.org--
""" % (D('2026-09-08 15:12', '-0400'), orig['reply_address'], orig['subject'], orig['message_id']),
     request='REQ-004', kind='bounce', signals=['thread-embedded'],
     why='Postfix DSN: our REQ-004 request to the retired opd.state.md.us address was rejected (550 5.4.1)')

# 002 - Outlook automatic reply from PSA FOIA specialist
save('002-psa-outlook-autoreply.eml', build(
    std('"Hollis, Denise (PSA)" <Denise.Hollis@psa.gov>', 'Automatic reply: ' + rsubj('REQ-001'),
        D('2026-09-08 18:41', '-0400'), mid('002psa', 'BN8PR09MB4471.namprd09.prod.outlook.com'),
        to=plus('REQ-001'), reply_to=rmid('REQ-001'),
        extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')] + outlook('FOIA Request: PSA risk')),
    text='I am out of the office through Monday, September 14, 2026, with limited access to email.\n\n'
         'New Freedom of Information Act requests are logged by the FOIA/Privacy Act office at foia@psa.gov '
         'and will be processed in the order received. If your matter concerns a defendant currently under '
         'PSA supervision, please contact the Office of General Counsel at (202) 555-0147.\n\nDenise Hollis\n'
         'Government Information Specialist\nPretrial Services Agency for the District of Columbia'),
    request='REQ-001', kind='auto_reply', signals=['thread', 'plus'],
    why='Outlook out-of-office from the PSA FOIA specialist, threaded to our request; no substantive answer')

# 003 - MIDC/LARA FOIA coordinator acknowledgment; MCL 15.235(1) deems e-mail received next business day
save('003-midc-ack-deemed-received.eml', build(
    std('"Roush, Kendra (LARA)" <RoushK@michigan.gov>', 'RE: ' + rsubj('REQ-006'), D('2026-09-09 10:05', '-0400'),
        mid('003midc', 'CH0PR09MB8812.namprd09.prod.outlook.com'), to=plus('REQ-006'), reply_to=rmid('REQ-006'),
        extra=outlook('FOIA Request: Local funding unit contracts')),
    text='Good morning,\n\nThis confirms that the Michigan Indigent Defense Commission (MIDC) received your '
         'Freedom of Information Act request by email on September 9, 2026. Because it arrived by electronic '
         'mail, under MCL 15.235(1) it is deemed received on the next business day, Thursday, September 10, '
         '2026, and the response period runs from that date.\n\nYour request has been logged as '
         'MIDC-FOIA-2026-031. Please use this number on any further correspondence.\n\nThe contracts you '
         'describe are held by the local funding units and submitted to the MIDC with annual compliance '
         'plans, so a search of the plan files is required. You will receive a written response within the '
         'time allowed by the Act.\n\nThank you,\n\nKendra Roush\nFOIA Coordinator\nMichigan Department of '
         'Licensing and Regulatory Affairs | Michigan Indigent Defense Commission\n517-555-0183' +
         quote('REQ-006', 'Wed, Sep 9, 2026 at 8:47 AM')),
    request='REQ-006', kind='acknowledgment', tracking='MIDC-FOIA-2026-031', clock='received:2026-09-10',
    signals=['thread', 'plus', 'tracking-new'],
    why='MIDC logs MIDC-FOIA-2026-031; e-mailed Sep 9 but deemed received Sep 10 under MCL 15.235(1); clock from Sep 10')

# 004 - MDOPD acknowledgment after the resend; states received Sep 9
t4 = ('Good afternoon,\n\nThe Maryland Office of the Public Defender received your request under the Maryland '
      'Public Information Act (General Provisions Article, Title 4) on September 9, 2026. Your earlier message '
      'appears to have gone to an address we retired in 2024; please use opd.pia@maryland.gov going forward.\n\n'
      'Because the request covers six years of workload data across twelve districts, we expect that it will '
      'take more than 10 working days to respond. Under GP § 4-203(b) this letter is that notice: we will '
      'respond within 30 days of receipt, and if any fee applies we will send you an estimate before any work '
      'that would incur it.\n\nRegards,\n\nPIA Representative\nOffice of the Public Defender\n'
      '6 Saint Paul Street, Suite 1400, Baltimore, MD 21202')
save('004-mdopd-ack-received-date.eml', build(
    std('OPD Public Information Act <opd.pia@maryland.gov>', 'RE: ' + rsubj('REQ-004'), D('2026-09-09 14:22', '-0400'),
        mid('004mdopd', 'SA1PR09MB10342.namprd09.prod.outlook.com'), to=plus('REQ-004'),
        reply_to='<req-004.20260908.2@records.example.org>', extra=outlook('MPIA Request: Assistant public defender')),
    text=t4, html='<html><body><div style="font-family:Calibri,Arial;font-size:11pt">' +
    ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t4.split('\n\n')) + '</div></body></html>'),
    request='REQ-004', kind='acknowledgment', clock='received:2026-09-09', signals=['plus', 'subject'],
    why='MDOPD confirms receipt on Sep 9 (resent after the bounce; register says Sep 8); no number; 30-day clock from Sep 9')

# 005 - PSA acknowledgment only in a PDF; number only in the attachment and its name
L5 = ['PRETRIAL SERVICES AGENCY FOR THE DISTRICT OF COLUMBIA', 'Office of General Counsel - FOIA/Privacy Act Unit',
      '633 Indiana Avenue, N.W., Washington, DC 20004', '', 'September 10, 2026', '', 'Records Desk',
      'records.example.org', 'Via electronic mail', '', 'Re: FOIA Request No. PSA-FOIA-2026-0112', '',
      'Dear Requester:',
      '', 'This acknowledges receipt of your Freedom of Information Act (FOIA) request, 5 U.S.C. 552, dated '
      'September 8, 2026, which was received in this office on September 9, 2026 because it arrived after close '
      'of business. You requested validation studies, technical reports and scoring guides for the risk '
      'assessment instrument used by the Pretrial Services Agency, 2018 to 2026.',
      '', 'Your request has been assigned number PSA-FOIA-2026-0112. Please refer to this number in any '
      'future correspondence. We will make every effort to respond within the time limits of the FOIA; '
      'requests are processed on a first-in, first-out basis within each processing track.',
      '', 'For fee purposes you have been placed in the news media category. You will not be charged search or '
      'review fees; duplication fees may apply after the first 100 pages. We will contact you before incurring '
      'fees above $25.00.',
      '', 'You may contact our FOIA Public Liaison at (202) 555-0190 or foia@psa.gov for further assistance or '
      'to discuss any aspect of your request. You may also contact the Office of Government Information '
      'Services (OGIS) at the National Archives and Records Administration, 8601 Adelphi Road-OGIS, College '
      'Park, MD 20740; ogis@nara.gov; 202-741-5770.', '', 'Sincerely,', '', 'Denise Hollis',
      'Government Information Specialist']
save('005-psa-ack-pdf-only.eml', build(
    std('PSA FOIA <foia@psa.gov>', 'FOIA Acknowledgment Letter', D('2026-09-10 11:30', '-0400'),
        mid('005psa', 'psa.gov')),
    text='Please see the attached correspondence regarding your Freedom of Information Act request.\n\n'
         'PSA FOIA/Privacy Act Unit\n',
    attachments=[('PSA-FOIA-2026-0112 Acknowledgment.pdf', 'application/pdf', pdf(L5, 'Acknowledgment'))]),
    request='REQ-001', kind='acknowledgment', tracking='PSA-FOIA-2026-0112', clock='received:2026-09-09',
    signals=['subject', 'tracking-new', 'tracking-filename'],
    why='PSA ack letter only in PDF: risk-assessment request dated Sep 8 received Sep 9 (after hours); PSA-FOIA-2026-0112')

# 006 - LA County Probation PRA unit acknowledgment with a hedged extension
save('006-lacpd-ack-hedged.eml', build(
    std('Probation PRA Unit <pra@probation.lacounty.gov>', 'RE: ' + rsubj('REQ-008'), D('2026-09-10 16:45', '-0700'),
        mid('006lacpd', 'probation.lacounty.gov'), to=plus('REQ-008'), reply_to=rmid('REQ-008')),
    text='Good afternoon,\n\nThe Los Angeles County Probation Department received your California Public Records '
         'Act request today, September 10, 2026. It has been assigned tracking number PRA 26-0418.\n\n'
         'Within 10 days the Department will determine whether your request seeks disclosable public records '
         'in its possession (Gov. Code § 7922.535). Please note that your request covers two juvenile '
         'facilities over several years and will require consultation with the Juvenile Services bureau and '
         'County Counsel, so an extension of up to 14 additional days may be needed. If so, we will let you '
         'know in writing.\n\nPRA Unit\nLos Angeles County Probation Department\n9150 E. Imperial Highway, '
         'Downey, CA 90242' + quote('REQ-008', 'Thu, Sep 10, 2026, 9:02 AM')),
    request='REQ-008', kind='acknowledgment', tracking='PRA 26-0418', clock='received_on_sent_date',
    signals=['thread', 'plus', 'tracking-new'],
    why='CPRA ack on Sep 10 (= sent) assigning PRA 26-0418; extension only "may be needed" so still an acknowledgment')

# 007 - federal probation office: part of the judiciary, FOIA does not apply; refers to clerk
L7 = ['UNITED STATES DISTRICT COURT', 'NORTHERN DISTRICT OF OHIO', 'U.S. PROBATION AND PRETRIAL SERVICES OFFICE',
      '801 West Superior Avenue, Cleveland, Ohio 44113', '', 'September 11, 2026', '', 'Records Desk',
      'records.example.org', '', 'Dear Sir or Madam:', '',
      'This office received your letter dated September 9, 2026, captioned as a request under the Freedom of '
      'Information Act, seeking contracts for location monitoring services and statistics on the caseloads of '
      'probation officers in this district.',
      '', 'The U.S. Probation and Pretrial Services Office is a unit of the United States District Court. The '
      'FOIA applies only to agencies of the executive branch; the courts of the United States are expressly '
      'excluded from the definition of "agency" at 5 U.S.C. 551(1)(B). This office is therefore not subject to '
      'the FOIA and is unable to process your letter as a FOIA request. Records of this office concerning '
      'persons under supervision are also confidential court records under the policies of the Judicial '
      'Conference of the United States.',
      '', 'Documents filed in cases before this Court may be requested from the Office of the Clerk of Court, '
      'Carl B. Stokes U.S. Courthouse, Cleveland, or viewed through PACER. National statistics on persons under '
      'supervision are published by the Administrative Office of the U.S. Courts in its annual Judicial Business '
      'report. Location monitoring services for probation offices are procured nationally by the Administrative '
      'Office, One Columbus Circle, N.E., Washington, DC 20544, which may be contacted directly.',
      '', 'Sincerely,', '', 'Theodore A. Brandvold', 'Chief U.S. Probation Officer']
save('007-uspo-not-subject-to-foia-pdf.eml', build(
    std('OHNP Administrative Services <ohnp_admin@ohnp.uscourts.gov>',
        'Response to your correspondence dated September 9, 2026', D('2026-09-11 09:15', '-0400'),
        mid('007uspo', 'ohnp.uscourts.gov')),
    text='Attached please find a letter from Chief U.S. Probation Officer Theodore A. Brandvold in response to '
         'your correspondence.\n\nAdministrative Services\nU.S. Probation and Pretrial Services, N.D. Ohio\n',
    attachments=[('Brandvold_ltr_09112026.pdf', 'application/pdf', pdf(L7, 'Letter'))]),
    request='REQ-003', kind='denial', adverse_determination=True, signals=['subject'],
    why='probation office (judiciary) refuses to process: courts are not an "agency" under 5 U.S.C. 551(1)(B); points to clerk/AO')

# 008 - TJJD GovQA acknowledgment (HTML only)
save('008-tjjd-govqa-ack.eml', build(
    std('Texas Juvenile Justice Department <tjjd@govqa.us>', 'TJJD Public Information Request :: R001187-091126',
        D('2026-09-11 13:02', '-0500'), mid('008tjjd', 'govqa.us'), to=plus('REQ-010')),
    html='<html><body style="font-family:Tahoma,Arial;font-size:10pt">\n<p>Dear Records Desk,</p>\n'
         '<p>The Texas Juvenile Justice Department has received your request for public information. The request '
         'was received on <b>9/11/2026</b> and assigned reference number <b>R001187-091126</b>.</p>\n'
         '<table border="1" cellpadding="3" cellspacing="0"><tr><td>Reference #</td><td>R001187-091126</td></tr>'
         '<tr><td>Received</td><td>9/11/2026</td></tr><tr><td>Description</td><td>Deaths of youth in TJJD secure '
         'facilities and related incident reports, 2020-2026</td></tr></table>\n'
         '<p>Information concerning juveniles may be confidential under Chapter 58 of the Texas Family Code. '
         'The Department will respond in accordance with Chapter 552 of the Government Code.</p>\n'
         '<p>To check status, log in to the <a href="https://tjjd.govqa.us/WEBAPP/_rs/supporthome.aspx">TJJD '
         'Public Information Center</a>.</p>\n<p>Office of General Counsel - Open Records<br>Texas Juvenile '
         'Justice Department</p>\n</body></html>'),
    request='REQ-010', kind='acknowledgment', tracking='R001187-091126', clock='received_on_sent_date',
    signals=['plus', 'tracking-new', 'subject'],
    why='GovQA ack: received 9/11/2026 (= sent), reference R001187-091126; TX 10 business days')

# 009 - PSA acknowledgment for the EM contracts request (HTML only)
save('009-psa-ack-em-html.eml', build(
    std('PSA FOIA <foia@psa.gov>', 'Re: ' + rsubj('REQ-002'), D('2026-09-14 09:48', '-0400'), mid('009psa', 'psa.gov'),
        to=plus('REQ-002'), reply_to=rmid('REQ-002')),
    html='<html><body style="font-family:Times New Roman;font-size:12pt"><p>Dear Requester:</p>'
         '<p>This is to acknowledge that your Freedom of Information Act request for contracts, task orders and '
         'invoices for GPS and electronic monitoring services, FY2022 through FY2026, was received in this office '
         'on September 10, 2026.</p><table border="0"><tr><td><b>Request No.:</b></td><td>PSA-FOIA-2026-0119</td>'
         '</tr><tr><td><b>Track:</b></td><td>Complex</td></tr></table><p>Because your request seeks records that '
         'may contain confidential commercial information of the contractor, the Agency may be required to '
         'provide the submitter an opportunity to object under Executive Order 12600 before release.</p>'
         '<p>If you have questions, contact the FOIA Public Liaison at foia@psa.gov. You may also seek '
         'assistance from the Office of Government Information Services (OGIS), ogis@nara.gov.</p>'
         '<p>FOIA/Privacy Act Unit<br>Pretrial Services Agency for the District of Columbia</p></body></html>'),
    request='REQ-002', kind='acknowledgment', tracking='PSA-FOIA-2026-0119', clock='received_on_sent_date',
    signals=['thread', 'plus', 'tracking-new'],
    why='PSA acknowledges the EM contracts request received Sep 10 (= sent) as PSA-FOIA-2026-0119, complex track')

# 010 - newsletter with topic words; belongs to no request
t10 = ('PRETRIAL PRACTICE BULLETIN - September 2026\n\n1. Validation season: three jurisdictions released '
       'revalidation studies of their pretrial risk assessment tools this summer. We summarize what changed.\n\n'
       '2. Electronic monitoring: the GPS monitoring market consolidated again; county contracts now commonly run '
       'five years with per-diem rates between $3 and $12.\n\n3. Records tip: when you file a FOIA request with a '
       'federal pretrial or probation office, remember that court units are not covered by the FOIA.\n\n'
       'You are receiving this because you subscribed at pretrialpractice.org.\nUnsubscribe: '
       'https://pretrialpractice.org/u/4c91e')
save('010-newsletter-null.eml', build(
    std('Pretrial Practice Bulletin <bulletin@pretrialpractice.org>', 'Bulletin: revalidation season, EM contracts, '
        'and a FOIA tip', D('2026-09-14 12:00', '-0400'), mid('010news', 'mail.pretrialpractice.org'),
        extra=[('List-Unsubscribe', '<https://pretrialpractice.org/u/4c91e>'),
               ('List-Id', 'Pretrial Practice Bulletin <bulletin.pretrialpractice.org>'), ('Precedence', 'bulk')]),
    text=t10, html='<html><body>' + ''.join('<p>%s</p>' % p for p in t10.split('\n\n')) + '</body></html>'),
    request=None, kind='other', signals=['none'],
    why='subscription newsletter about risk tools, EM and FOIA; topic words only, belongs to no request')
