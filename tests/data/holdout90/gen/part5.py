from common import *

# 042 VA analyst's out-of-office, answering the reporter's reply to the clarification; his rule forwards it
m = build([
    ('X-Forwarded-To', INBOX),
    ('X-Forwarded-For', 'mboyd@records.example.org ' + INBOX),
    ('From', '"Delacroix, Renee (VHA)" <Renee.Delacroix@va.gov>'),
    ('To', 'Marcus Boyd <mboyd@records.example.org>'),
    ('Subject', 'Automatic reply: RE: FOIA Request: Appointment wait-time audits, Phoenix VA Health Care System, 2024-2026'),
    ('Date', date('2026-11-04 08:01 -0500')),
    ('Message-ID', mid('042', 'DM5PR09MB.namprd09.prod.outlook.com')),
    ('In-Reply-To', '<CAKq7x0fJ3m9vQ2_reply1@mail.gmail.com>'),
    ('References', req_mid(3, '2026-09-09') + ' ' + mid('019', 'va.gov') + ' <CAKq7x0fJ3m9vQ2_reply1@mail.gmail.com>'),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
], text="""I am on leave and will return Monday, November 9, 2026. For questions about a
pending FOIA request, please write to vhafoia2@va.gov and include your FOIA
tracking number.

Renee Delacroix
Government Information Specialist, VHA FOIA Service
""")
emit('042-va-ooo-reporter-rule.eml', m, request='REQ-003', kind='auto_reply', tracking_number=None,
     signals=['thread'], why="VA analyst's out-of-office answering the reporter's clarification reply; References carry our request; auto-forwarded by his rule")

# 043 DOCCS fee estimate relayed by the Google Group
m = build([
    ('From', "'DOCCS FOIL' via Records Desk <records-desk@records.example.org>"),
    ('Reply-To', 'DOCCS FOIL <foil@doccs.ny.gov>'),
    ('To', 'records-desk@records.example.org'),
    ('Subject', '26-FOIL-0147 - records located'),
    ('Date', date('2026-11-05 11:25 -0500')),
    ('Message-ID', mid('043', 'doccs.ny.gov')),
    ('List-Id', '<records-desk.records.example.org>'),
    ('X-Original-Sender', 'foil@doccs.ny.gov'),
    ('Precedence', 'list'),
], text="""Re: FOIL log number 26-FOIL-0147

The Department has located approximately 1,240 pages of records responsive to
your request for HALT Act compliance reports and segregated confinement data.
Pursuant to Public Officers Law section 87(1)(b)(iii), the fee for copies is
$0.25 per page, for a total of $310.00.

Alternatively, records maintained electronically can be provided on a CD for a
fee of $5.00 where they do not require redaction; we estimate that roughly half
of the pages can be provided this way, which would reduce the fee. Please let us
know how you would like to proceed. Upon receipt of a certified check or money
order payable to "NYS DOCCS," the records will be processed and mailed.

Records Access Office
NYS DOCCS
""")
emit('043-group-doccs-fee-estimate.eml', m, request='REQ-006', kind='fee_estimate', tracking_number='26-FOIL-0147',
     signals=['tracking'], why='DOCCS quotes $310 in copy fees (or a lower CD option) payable before processing; via the Google Group')

# 044 DOL no-records final response in a PDF letter
letter = pdf([
    'U.S. Department of Labor', 'Occupational Safety and Health Administration', 'Washington, DC 20210', '',
    'November 9, 2026', '', 'Re: FOIA Request No. 2026-F-10977', '', 'Dear Requester:', '',
    'This is the final response to your request for severe injury reports submitted by warehouse and',
    'distribution center employers in Washington State. As previously explained, reports from',
    'private-sector worksites in Washington are held by the Washington Department of Labor & Industries,',
    'to which that portion of your request was referred.', '',
    'OSHA searched its Severe Injury Reporting database and Region 10 files for worksites under federal',
    'jurisdiction in Washington. The search located no records responsive to your request.', '',
    'You may appeal this no-records determination. Your appeal must be received by the Solicitor of',
    'Labor within 90 days of the date of this letter. You may also seek dispute resolution services',
    'from the DOL FOIA Public Liaison or from the Office of Government Information Services (OGIS).', '',
    'Sincerely,', 'Linh Tran, FOIA Coordinator, OSHA Region 10'], '2026-F-10977 Final Response')
m = build([
    ('From', 'OSHA FOIA <foiarequests@dol.gov>'),
    ('To', plus(5)),
    ('Subject', 'Final Response'),
    ('Date', date('2026-11-09 13:40 -0500')),
    ('Message-ID', mid('044', 'dol.gov')),
], text='Please find attached the final response to your FOIA request.\n\nOSHA FOIA\n',
   attachments=[('2026-F-10977 Final Response.pdf', 'application/pdf', letter)])
emit('044-dol-no-records-pdf.eml', m, request='REQ-005', kind='no_records', tracking_number='2026-F-10977',
     adverse_determination=True, signals=['plus', 'tracking-filename', 'tracking-attachment'],
     why='OSHA final no-records letter (PDF only) for federal-jurisdiction worksites; appeal within 90 days')

# 045 Our own MTA bounces a reporter's follow-up about the VA contracts request
raw = """
From: Mail Delivery System <MAILER-DAEMON@mx.records.example.org>
To: mboyd@records.example.org
Subject: Undelivered Mail Returned to Sender
Date: %s
Message-ID: %s
Auto-Submitted: auto-replied
X-Forwarded-To: records@records.example.org
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="9B1F2A0C44.1762790401/mx.records.example.org"

--9B1F2A0C44.1762790401/mx.records.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<Gregory.Ashby2@va.gov>: host va-gov.mail.protection.outlook.com[52.101.8.44]
    said: 550 5.4.1 Recipient address rejected: Access denied. (in reply to
    RCPT TO command)

--9B1F2A0C44.1762790401/mx.records.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.records.example.org
X-Postfix-Queue-ID: 9B1F2A0C44
Arrival-Date: Tue, 10 Nov 2026 10:39:58 -0500 (EST)

Final-Recipient: rfc822; Gregory.Ashby2@va.gov
Action: failed
Status: 5.4.1
Remote-MTA: dns; va-gov.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.

--9B1F2A0C44.1762790401/mx.records.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Marcus Boyd <mboyd@records.example.org>
To: Gregory.Ashby2@va.gov
Subject: Re: VISN 22 community care contracts - FOIA 26-16021-F
Date: Tue, 10 Nov 2026 10:39:55 -0500
Message-ID: <CAKq7x0fJ3m9vQ2_ashby@mail.gmail.com>

--9B1F2A0C44.1762790401/mx.records.example.org--
""" % (date('2026-11-10 10:40 -0500'), mid('045', 'mx.records.example.org'))
emit_raw('045-bounce-va-contract-officer.eml', raw, request='REQ-015', kind='bounce', tracking_number=None,
     signals=['subject'], why="Postfix DSN for a reporter's follow-up to a VA contract officer; only the bounced subject (VISN 22, 26-16021-F) ties it to REQ-015")

# 046 DOCCS denial of the heat request, forwarded by the reporter with a comment
m = build([
    ('From', 'Priya Raman <praman@records.example.org>'),
    ('To', INBOX),
    ('Subject', 'Fwd: FOIL 26-FOIL-0163 - Determination'),
    ('Date', date('2026-11-12 09:17 -0500')),
    ('Message-ID', mid('046', 'mail.gmail.com')),
], text="""Can someone log this - they denied the whole heat request. I think we should
appeal, 30 days.

---------- Forwarded message ---------
From: DOCCS FOIL <foil@doccs.ny.gov>
Date: Wed, Nov 11, 2026 at 4:02 PM
Subject: FOIL 26-FOIL-0163 - Determination
To: Raman, Priya <praman@records.example.org>


Dear Ms. Raman:

Your request, log number 26-FOIL-0163, for heat-related incident reports, heat
emergency plans and records of cooling measures in Department facilities, is
denied.

Facility emergency plans and records describing cooling equipment placement are
exempt under Public Officers Law section 87(2)(f), as disclosure could endanger
the life or safety of any person. Unusual incident reports concerning
individual incarcerated persons are exempt under section 87(2)(b) and (e).

You may appeal this denial within 30 days by writing to the Records Access
Appeals Officer, NYS DOCCS, 1220 Washington Avenue, Albany, NY 12226.

Records Access Office
NYS DOCCS
""")
emit('046-fwd-doccs-denial.eml', m, request='REQ-007', kind='denial', tracking_number='26-FOIL-0163',
     adverse_determination=True, determination_date='2026-11-11', signals=['tracking'],
     why='Reporter forwards DOCCS full denial (dated Nov 11) of the heat request (POL 87(2)(f), (b), (e)); NY appeal 30 days from the agency date')

# 047 Boston fee estimate via GovQA message
m = build([
    ('From', 'City of Boston Public Records <bostonma@govqa.us>'),
    ('To', plus(12)),
    ('Subject', 'Message from City of Boston regarding Public Records Request R001873-091726'),
    ('Date', date('2026-11-13 10:30 -0500')),
    ('Message-ID', mid('047', 'govqa.us')),
], text="""Dear Records Desk,

The Department has gathered approximately 2,600 overtime slips responsive to
your request. Under G.L. c. 66, s. 10(d), the City may charge for the time
spent segregating and redacting records beyond the first two hours, at the
hourly rate of the lowest-paid employee capable of doing the work.

  Estimated segregation/redaction time: 22 hours (20 billable)
  Hourly rate: $25.00
  Estimated fee: $500.00

Please confirm whether you wish to proceed. The Department will not begin
redaction until the estimate is accepted. You may also narrow the request to
reduce the fee, or petition the Supervisor of Records regarding the fee.

Kathleen Shea
Records Access Officer, Boston Police Department
""")
emit('047-boston-govqa-fee-estimate.eml', m, request='REQ-012', kind='fee_estimate', tracking_number='R001873-091726',
     signals=['plus', 'tracking'], why='BPD estimates $500 for 20 billable hours of redaction; work waits for acceptance')

# 048 CBP first interim release to the plus address, letter in the body
m = build([
    ('From', 'CBP FOIA <no-reply@securerelease.us>'),
    ('To', plus(1)),
    ('Subject', 'Interim Release - CBP-FO-2026-184233'),
    ('Date', date('2026-11-18 14:55 -0500')),
    ('Message-ID', mid('048', 'securerelease.us')),
], text="""Dear Requester,

This is the first interim response to your FOIA request CBP-FO-2026-184233 for
use-of-force incident reports at the San Ysidro Port of Entry.

CBP has reviewed 212 pages and is releasing 198 pages in part and withholding
14 pages in full. Information was withheld under 5 U.S.C. 552(b)(6), (b)(7)(C)
and (b)(7)(E). CBP continues to process the remaining records and will make
additional releases monthly.

The records are available in SecureRelease. You will be advised of your appeal
rights when the final response is issued.

CBP FOIA Division
""")
emit('048-cbp-interim-release.eml', m, request='REQ-001', kind='records_interim', tracking_number='CBP-FO-2026-184233',
     signals=['plus', 'tracking'], why='CBP first interim release (198 pages in part, 14 withheld), monthly releases to follow')

# 049 Generic GovQA notice from a shared sender, no number, no plus address
m = build([
    ('From', 'Public Records Center <noreply@govqa.us>'),
    ('To', INBOX),
    ('Subject', 'A new message is available in the Public Records Center'),
    ('Date', date('2026-11-19 06:45 -0800')),
    ('Message-ID', mid('049', 'govqa.us')),
], text="""You have a new message regarding your public records request.

Please log in to the Public Records Center to view it.

*** This is an automated message. Please do not reply. ***
""")
emit('049-govqa-generic-notice.eml', m, request='REQ-009', kind='portal_notice', tracking_number=None,
     signals=['none'],
     why='Generic GovQA notice from a shared sender with no number or agency name (WSP or Boston both use GovQA); ground truth WSP installment 2 posted that day')

# 050 VA analyst asks for a phone call; forwarded by the reporter
m = build([
    ('From', 'Marcus Boyd <mboyd@records.example.org>'),
    ('To', INBOX),
    ('Subject', 'Fwd: 26-16021-F'),
    ('Date', date('2026-11-23 12:05 -0500')),
    ('Message-ID', mid('050', 'mail.gmail.com')),
], text="""can someone call her back? I'm out until Wednesday.

---------- Forwarded message ---------
From: Delacroix, Renee (VHA) <Renee.Delacroix@va.gov>
Date: Mon, Nov 23, 2026 at 10:48 AM
Subject: 26-16021-F
To: mboyd@records.example.org <mboyd@records.example.org>


Hi Marcus,

I'm handling your request for the community care contracts. Could you or a
colleague give me a call this week? I'd like to talk through which contract
modifications you need - there are more than 90 for the VISN 22 region - before
I send anything to the contractor for review.

Renee Delacroix
VHA FOIA Service | 202-461-7000 ext. 4418
""")
emit('050-fwd-va-call-request.eml', m, request='REQ-015', kind='other', tracking_number='26-16021-F',
     signals=['tracking'], why='VA analyst asks for a phone call to discuss scope (no formal clarification); forwarded with "can someone call her back?"')

# 051 VA final response on the Phoenix request, partial withholding, PDF plus short body
letter = pdf([
    'DEPARTMENT OF VETERANS AFFAIRS', 'Veterans Health Administration FOIA Service', '',
    'November 30, 2026', '', 'RE: FOIA Request 26-14872-F', '',
    'This is the final response to your request, as clarified on November 2, 2026, for the annual',
    'Scheduling Audit results and scheduling integrity reviews of the Phoenix VA Health Care System.', '',
    'We located 164 pages. We are releasing 139 pages in full and 25 pages in part. Deliberative',
    'draft findings were withheld under 5 U.S.C. 552(b)(5), and names of employees below the',
    'supervisory level under 5 U.S.C. 552(b)(6).', '',
    'You may appeal this determination to the Office of General Counsel (024), Department of Veterans',
    'Affairs, 810 Vermont Avenue NW, Washington, DC 20420, or ogcfoiaappeals@va.gov. Your appeal must',
    'be postmarked or electronically transmitted within 90 days of the date of this letter. You may',
    'also seek assistance from the VA FOIA Public Liaison or OGIS.', '',
    'VHA FOIA Officer'], '26-14872-F Final')
m = build([
    ('From', 'VHA FOIA Service <vhafoia2@va.gov>'),
    ('To', plus(3)),
    ('Cc', 'Marcus Boyd <mboyd@records.example.org>'),
    ('Subject', 'FOIA 26-14872-F Final Response'),
    ('Date', date('2026-11-30 15:20 -0500')),
    ('Message-ID', mid('051', 'va.gov')),
], text="""Good afternoon,

Attached is the final response letter and the released records (provided
separately through the secure file transfer link) for FOIA request 26-14872-F.

VHA FOIA Service
""", attachments=[('26-14872-F Final Response Letter.pdf', 'application/pdf', letter)])
emit('051-va-final-partial.eml', m, request='REQ-003', kind='records_final', tracking_number='26-14872-F',
     adverse_determination=True, signals=['plus', 'tracking'],
     why='VA final response (PDF): 139 pages full, 25 in part, (b)(5)/(b)(6); appeal within 90 days')
