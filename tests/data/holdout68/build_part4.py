#!/usr/bin/env python3
"""Messages 031-040 (October 8-26, 2026)."""
from common import *

# 031 NYC OpenRecords: CCRB extends the due date (multipart/alternative)
m = new('NYC OpenRecords <noreply@records.nyc.gov>', 'records+req-004@newsdesk.example.net',
        '[FOIL-2026-054-03318] Due Date Extended', '2026-10-08 13:00:27 -0400', '<177790962044.20418.4418@records.nyc.gov>')
alt(m, """NYC OpenRecords

The Civilian Complaint Review Board (CCRB) has extended the due date of your FOIL request.

Request: FOIL-2026-054-03318
New estimated completion date: 11/06/2026

Reason: The agency requires additional time to locate and review the responsive records and
to obtain final penalty information from the New York City Police Department.

View request: https://a860-openrecords.nyc.gov/request/view/FOIL-2026-054-03318
Please do not reply to this email.
""", """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<div style="background:#1a3d6d;color:#fff;padding:10px"><b>NYC OpenRecords</b></div>
<p>The <b>Civilian Complaint Review Board (CCRB)</b> has extended the due date of your FOIL request
<a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-054-03318">FOIL-2026-054-03318</a>.</p>
<p>New estimated completion date: <b>11/06/2026</b></p>
<p>Reason: The agency requires additional time to locate and review the responsive records and to obtain final penalty
information from the New York City Police Department.</p>
</body></html>
""")
save('031-ccrb-openrecords-extension.eml', m, fact('031-ccrb-openrecords-extension.eml', 'REQ-004', 'extension',
     'FOIL-2026-054-03318', clock='extension', estimated='2026-11-06', signals=['plus', 'tracking'],
     why='OpenRecords: CCRB extends, new estimated completion 11/06; NY extension adds 20 business days to the current due'))

# 032 California DOJ acknowledgment letter in the body; received date differs from sent (multipart/alternative)
m = new('Public Records Act Unit <pra@doj.ca.gov>', DESK, 'RE: ' + subj('REQ-015'), '2026-10-09 11:30:44 -0700',
        '<BY5PR09MB6045A8F1C3D7E29B0A4C6E13F5@BY5PR09MB6045.namprd09.prod.outlook.com>', **thread('REQ-015'),
        post=[('X-Boundary-Style', 'outlook')])
letter = """Dear Requester:

On October 2, 2026, the California Department of Justice (Department) received your request
under the California Public Records Act (CPRA), Government Code section 7920.000 et seq.,
for reports, closing letters and case files of the Division of Criminal Law's investigations
under Assembly Bill 1506 (Gov. Code 12525.3) of police shootings of unarmed civilians
concluded from 2023 through 2025.

Your request has been assigned number PRA-2026-01877. Please use this number in any
communication about this request.

The Department is reviewing your request to determine whether it seeks disclosable public
records in the Department's possession. The Department will notify you of its determination
within the time provided by Government Code section 7922.535.

Sincerely,

Public Records Act Unit
Office of the Attorney General
"""
alt(m, letter, '<html><body style="font-family:Times New Roman;font-size:12pt">' +
    ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in letter.split('\n\n')) + '</body></html>')
save('032-cadoj-ack.eml', m, fact('032-cadoj-ack.eml', 'REQ-015', 'acknowledgment', 'PRA-2026-01877',
     clock='received:2026-10-02', signals=['thread', 'tracking-new'],
     why='DOJ says it received the request Oct 2 (we sent Oct 1 after 5 p.m.) and assigns PRA-2026-01877; CA 10 calendar days from Oct 2'))

# 033 California DOJ extension, plain text, new subject, no thread headers; number in subject, short form in body
m = new('Public Records Act Unit <pra@doj.ca.gov>', 'records@newsdesk.example.net',
        'PRA-2026-01877 - Notice of Extension of Time', '2026-10-12 16:10:05 -0700',
        '<BY5PR09MB60452C9E0F4B7A1D8E3C5A62B0@BY5PR09MB6045.namprd09.prod.outlook.com>')
text(m, """Re: Public Records Act Request No. 2026-01877

Dear Requester:

Pursuant to Government Code section 7922.535, subdivision (b), the Department is extending
the time to determine whether your request seeks disclosable records by fourteen (14) days,
to October 26, 2026. The extension is needed because of the need to search for and collect
the requested records from field offices separate from the office processing the request,
and to consult with another agency having a substantial interest in the determination
(Gov. Code 7922.535, subd. (c)(1), (c)(4)).

Sincerely,

Public Records Act Unit
Office of the Attorney General
California Department of Justice
""")
save('033-cadoj-extension.eml', m, fact('033-cadoj-extension.eml', 'REQ-015', 'extension', 'PRA-2026-01877',
     clock='extension', estimated='2026-10-26', signals=['tracking'],
     why='DOJ takes the 14-day CPRA extension to Oct 26; number only in the subject (body has the short form 2026-01877)'))

# 034 SF NextRequest acknowledgment for the video request (plain text)
m = new('San Francisco Public Records <sanfrancisco@mail.nextrequest.com>', 'records+req-014@newsdesk.example.net',
        'San Francisco record request #26-4790 submitted', '2026-10-13 08:30:52 -0700',
        '<nr.26-4790.submitted.41e7d2@mail.nextrequest.com>')
text(m, """Your record request #26-4790 has been submitted and routed to: Police Accountability.

"CPRA Request: Body-worn camera video reviewed in DPA case 2025-0412 (Mission St. stop)"

Received: October 13, 2026

Under the California Public Records Act, the department will respond within 10 calendar
days. View the request: https://sanfrancisco.nextrequest.com/requests/26-4790

Sent by NextRequest for the City and County of San Francisco. Do not reply to this email.
""")
save('034-sf-nextrequest-ack-bwc.eml', m, fact('034-sf-nextrequest-ack-bwc.eml', 'REQ-014', 'acknowledgment', '26-4790',
     clock='received_on_sent_date', signals=['plus', 'tracking-new', 'subject'],
     why='NextRequest routes #26-4790 to Police Accountability, received Oct 13 (= sent); DPA case number 2025-0412 is not the request number'))

# 035 Denver GovQA bare update notice
m = new('Denver Public Records Center <denvergov@govqa.us>', 'records+req-007@newsdesk.example.net',
        'Denver Public Records Center :: P004418-091626 - Request Updated', '2026-10-14 09:12:40 -0600',
        '<8e2b5d70-4fa3-49c1-a7d6-13c0e9f2b845@govqa.us>')
html(m, """<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Your request <b>P004418-091626</b> has been updated.</p>
<p>Please log in to the <a href="https://denvergov.govqa.us/WEBAPP/_rs/SupportHome.aspx">Public Records Center</a> to view the update.</p>
<p style="font-size:10px;color:#888">This message was sent from an unattended mailbox.</p>
</body></html>
""")
save('035-denver-govqa-updated.eml', m, fact('035-denver-govqa-updated.eml', 'REQ-007', 'portal_notice', 'P004418-091626',
     signals=['plus', 'tracking'], why='GovQA "request updated, log in to view" with no content'))

# 036 OIM final release with withholdings, from the staffer, index PDF attached, files via link
our_reply8 = '<req-008.reply.20261001.1@newsdesk.example.net>'
m = new('"Okafor, Miriam - OIM" <miriam.okafor@denvergov.org>', 'records@newsdesk.example.net',
        'RE: Your records request - OIM / DPD emails [R004421-091726]', '2026-10-15 15:00:36 -0600',
        '<DM6PR09MB5512E91B3C5A07D2F4B6C8E1A9@DM6PR09MB5512.namprd09.prod.outlook.com>', irt=our_reply8,
        refs='<DM6PR09MB5512B0E4C7A2D19F3E6A0C4B91@DM6PR09MB5512.namprd09.prod.outlook.com> ' + our_reply8,
        post=[('Thread-Topic', 'Your records request - OIM / DPD emails'), ('X-Boundary-Style', 'outlook')])
text(m, """Hi,

Thanks for narrowing the request (Chief's office and Conduct Review Office, the search terms
you listed, 1/1/2025 through 9/16/2026). Our response to R004421-091726 is complete.

The released records (212 pages of emails and attachments) are in this folder:
https://denvergov.sharepoint.com/:f:/s/OIM-CORA/EkR4b1xQm2tJn8Vd0pQ7aZcB

Withheld:
 - 38 pages of draft discipline recommendations and internal comments on them, under the
   deliberative process privilege, C.R.S. 24-72-204(3)(a)(XIII);
 - 6 pages from personnel files, C.R.S. 24-72-204(3)(a)(II)(A).
The attached index lists each withheld document.

The search took about 1.5 hours; the research and retrieval fee has been waived. This closes
the request on our end. If you believe records were withheld in error you may ask the
custodian to reconsider or apply to the district court under C.R.S. 24-72-204(5).

Miriam

Miriam Okafor | Administrative Program Specialist
Office of the Independent Monitor | City and County of Denver
""")
attach(m, pdf([['Office of the Independent Monitor - CORA Request R004421-091726', 'Index of Withheld Records', '',
                'No.  Date        Description                                       Pages  Basis',
                '1    02/11/2025  Draft recommendation, Case 2024-IA-0388          9      24-72-204(3)(a)(XIII)',
                '2    04/03/2025  Monitor comments on draft findings               7      24-72-204(3)(a)(XIII)',
                '3    06/19/2025  Draft recommendation, Case 2025-IA-0061          11     24-72-204(3)(a)(XIII)',
                '4    09/02/2025  Internal comments, Conduct Review Office         11     24-72-204(3)(a)(XIII)',
                '5    03/27/2026  Personnel file excerpts (2 officers)             6      24-72-204(3)(a)(II)(A)',
                '', 'Total withheld: 44 pages. Total released: 212 pages.']], 'OIM withholding index'),
       'R004421-091726 Withholding Index.pdf')
save('036-oim-final-withholdings.eml', m, fact('036-oim-final-withholdings.eml', 'REQ-008', 'records_final', 'R004421-091726',
     adverse=True, signals=['thread', 'tracking', 'subject'],
     why='OIM releases 212 pages via SharePoint link, withholds 44 pages (deliberative, personnel) and closes; CO has no appeal window'))

# 037 NY AG extension, plain text, threaded to its own acknowledgment
ack13 = '<MN2PR09MB60114F9C0A37B21E5D8C3A1E77@MN2PR09MB6011.namprd09.prod.outlook.com>'
m = new('FOIL Records Access Officer <foil@ag.ny.gov>', 'records@newsdesk.example.net',
        'RE: OAG FOIL Acknowledgment - OAG-FOIL-26-0812', '2026-10-20 11:00:19 -0400',
        '<MN2PR09MB6011B7D2E04A9C3F1E5A8B6D20@MN2PR09MB6011.namprd09.prod.outlook.com>', irt=ack13, refs=ack13)
text(m, """Dear Requester:

Re: FOIL Request OAG-FOIL-26-0812

This Office previously estimated that it would respond to your request by October 20, 2026.
Because the request encompasses fourteen closed matters, several of which include many
hours of body-worn camera and surveillance video that must be reviewed for material exempt
under Public Officers Law Sec. 87(2), this Office requires additional time. We now anticipate
responding on or before November 18, 2026, and may release records on a rolling basis.

Very truly yours,

Jonah Feldstein
Assistant Records Access Officer
Office of the New York State Attorney General
""")
save('037-nyag-extension.eml', m, fact('037-nyag-extension.eml', 'REQ-006', 'extension', 'OAG-FOIL-26-0812', clock='extension',
     estimated='2026-11-18', signals=['tracking'],
     why='NY AG needs more time, new date Nov 18; threaded only to its own acknowledgment, not to our request'))

# 038 COPA second installment: BWC video through Evidence.com share links (HTML only)
m = new('COPA FOIA <foia@chicagocopa.org>', 'Records Desk <records+req-001@newsdesk.example.net>',
        'FOIA C26-01187 - Second Installment (video)', '2026-10-20 15:30:58 -0500',
        '<CH0PR09MB8842D03A7F5C1E94B2A6D8F0C3@CH0PR09MB8842.namprd09.prod.outlook.com>', **thread('REQ-001'))
html(m, """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Records Desk:</p>
<p>This is COPA's second installment in response to FOIA No. C26-01187. It contains the body-worn camera and in-car camera
video for three of the closed investigations. Each link below opens an Axon Evidence.com share and will expire on
<b>November 19, 2026</b>. Please download the files before that date.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Log #</th><th>Files</th><th>Link</th></tr>
<tr><td>2024-0000718</td><td>9 videos</td><td><a href="https://chicagocopa.evidence.com/axon/share/7c1f0a9e2b">Evidence.com share</a></td></tr>
<tr><td>2024-0001452</td><td>14 videos</td><td><a href="https://chicagocopa.evidence.com/axon/share/b83d5e17f4">Evidence.com share</a></td></tr>
<tr><td>2024-0002906</td><td>6 videos</td><td><a href="https://chicagocopa.evidence.com/axon/share/e0a94c62d1">Evidence.com share</a></td></tr>
</table>
<p>The faces of civilian witnesses and bystanders have been blurred, and audio containing dates of birth and home addresses
has been muted, under Sections 7(1)(b) and 7(1)(c) of FOIA.</p>
<p>Production of the remaining investigative files continues. COPA still anticipates completing its response by
November 17, 2026.</p>
<p>Respectfully,<br>Marisol Quintero-Hayes<br>FOIA Officer, Legal Section, COPA</p>
</body></html>
""")
save('038-copa-interim-bwc-links.eml', m, fact('038-copa-interim-bwc-links.eml', 'REQ-001', 'records_interim', 'C26-01187',
     estimated='2026-11-17', signals=['thread', 'plus', 'tracking'],
     why='second installment: redacted BWC video delivered as Evidence.com links; completion still expected Nov 17'))

# 039 SF NextRequest clarification about officer names and the date (multipart/alternative)
m = new('San Francisco Public Records <sanfrancisco@mail.nextrequest.com>', 'records+req-014@newsdesk.example.net',
        'San Francisco record request #26-4790 - message from Police Accountability', '2026-10-22 10:40:13 -0700',
        '<nr.26-4790.message.a2c6f9@mail.nextrequest.com>')
msg = """Hello,

To locate the video you requested, DPA needs two clarifications:

1. Officers. DPA case 2025-0412 involves two officers whose names are similar to the one in
   your request ("Officer Reyes"): Officer A. Reyes-Marin (#2291) and Officer D. Reyes (#4410).
   Please tell us which officer's body-worn camera video you are seeking, or whether you
   want video from both.

2. Date. The complaint concerns a traffic stop on March 14, 2025 and a follow-up contact at
   the same address on March 16, 2025. Please confirm whether you want video of the stop only
   or of both contacts.

If we do not receive a response within 30 days, the request may be closed.

Thank you,
DPA Public Records
"""
alt(m, msg + '\nView or respond: https://sanfrancisco.nextrequest.com/requests/26-4790\n',
    '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px"><p>Police Accountability sent a message on request '
    '<a href="https://sanfrancisco.nextrequest.com/requests/26-4790">#26-4790</a>:</p><blockquote><pre style="font-family:inherit">'
    + msg + '</pre></blockquote></body></html>')
save('039-sf-nextrequest-clarification.eml', m, fact('039-sf-nextrequest-clarification.eml', 'REQ-014', 'clarification', '26-4790',
     signals=['plus', 'tracking'], why='DPA asks which of two similarly named officers and which date (stop or follow-up) before searching video'))

# 040 NYC OpenRecords closing: no records found, with appeal rights
m = new('NYC OpenRecords <noreply@records.nyc.gov>', 'records+req-005@newsdesk.example.net',
        '[FOIL-2026-054-03790] Request Closed', '2026-10-26 09:00:44 -0400', '<177790984455.20418.9930@records.nyc.gov>')
alt(m, """NYC OpenRecords

The Civilian Complaint Review Board (CCRB) has closed your FOIL request FOIL-2026-054-03790
for the following reason:

No Records Found - The agency conducted a diligent search and did not locate records
responsive to the request as described. The CCRB does not maintain a log or compilation of
its requests to the NYPD for body-worn camera footage or of NYPD's response dates, and FOIL
does not require an agency to create a record it does not maintain.

You may appeal this determination within 30 days by writing to the CCRB Records Access
Appeals Officer at foilappeals@ccrb.nyc.gov, 100 Church Street, 10th Floor, New York, NY 10007.

View request: https://a860-openrecords.nyc.gov/request/view/FOIL-2026-054-03790
""", """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<div style="background:#1a3d6d;color:#fff;padding:10px"><b>NYC OpenRecords</b></div>
<p>The <b>Civilian Complaint Review Board (CCRB)</b> has closed your FOIL request FOIL-2026-054-03790 for the following reason:</p>
<p><b>No Records Found</b> - The agency conducted a diligent search and did not locate records responsive to the request as
described. The CCRB does not maintain a log or compilation of its requests to the NYPD for body-worn camera footage or of NYPD's
response dates, and FOIL does not require an agency to create a record it does not maintain.</p>
<p>You may appeal this determination within 30 days by writing to the CCRB Records Access Appeals Officer at
foilappeals@ccrb.nyc.gov, 100 Church Street, 10th Floor, New York, NY 10007.</p>
</body></html>
""")
save('040-ccrb-openrecords-no-records.eml', m, fact('040-ccrb-openrecords-no-records.eml', 'REQ-005', 'no_records',
     'FOIL-2026-054-03790', adverse=True, signals=['plus', 'tracking'],
     why='CCRB closes the BWC-requests FOIL: no compiled record exists; appeal within 30 days'))

finish(4)
