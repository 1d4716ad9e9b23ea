#!/usr/bin/env python3
"""Messages 021-030 (September 23 - October 2, 2026)."""
from common import *

GOVQA = 'noreply@mycusthelp.net'
JUSTFOIA = 'noreply@justfoia.com'
PD_ACK_MID = mid('004 pd ack', 'SJ0PR09MB6402.namprd09.prod.outlook.com', 'outlook')
PD_FINAL_MID = mid('023 pd final', 'SJ0PR09MB6402.namprd09.prod.outlook.com', 'outlook')

# 021 ---------------------------------------------------------------------------------------------
m = new('"Brandt, Kevin" <kevin.brandt@milwaukeecountywi.gov>', plus('REQ-009'), 'RE: ' + REQS['REQ-009']['subject'],
        when('2026-09-23 09:05', 'CDT'), mid('021 milw ack', 'CH0PR09MB8310.namprd09.prod.outlook.com', 'outlook'),
        cc='MCSO Open Records <mcso.openrecords@milwaukeecountywi.gov>', irt=rmid('REQ-009'), refs=rmid('REQ-009'),
        extra=outlook_extra('milwaukeecountywi.gov', REQS['REQ-009']['subject'], '021'))
m.set_content("""Good morning,

I'm back in the office and have your request - it's logged as ORR-26-0917. We'll respond as soon
as practicable and without delay, per Wis. Stat. 19.35(4)(a).

So you're aware: the body-worn camera audit records may take a substantial search. If location
costs come to $50 or more, a fee may apply under 19.35(3)(c). I'll send you an estimate before we
do any billable work.

Kevin Brandt
Open Records Coordinator
Milwaukee County Sheriff's Office
821 W. State Street, Milwaukee, WI 53233
""" + quoted('REQ-009', 'outlook', 'MCSO Open Records <mcso.openrecords@milwaukeecountywi.gov>'))
write('021-milw-sheriff-ack.eml', m, 'REQ-009', 'acknowledgment', tracking='ORR-26-0917', clock='received_on_sent_date',
      signals=['thread', 'plus', 'tracking-new'],
      why='coordinator logs the request as ORR-26-0917; "as soon as practicable" (WI has no day count, no due); hedged fee')

# 022 ---------------------------------------------------------------------------------------------
m = new('Allegheny County Open Records <%s>' % JUSTFOIA, plus('REQ-014'), 'Request 26-RTK-0734 Received',
        when('2026-09-23 11:40', 'EDT'), mid('022 ac ack', 'justfoia.com'), extra=[('X-JustFOIA-Event', 'RequestCreated')])
m.set_content("""<html><body style="font-family:Arial;font-size:10pt">
<table width="600" cellpadding="8" style="border:1px solid #ccc">
<tr><td style="background:#1c3f6e;color:#fff"><b>Allegheny County &ndash; Right-to-Know Requests</b></td></tr>
<tr><td>
<p>Hello Records Desk,</p>
<p>Your Right-to-Know request has been received by the Allegheny County Open Records Officer.</p>
<p><b>Request #:</b> 26-RTK-0734<br>
<b>Received:</b> 09/23/2026<br>
<b>Department:</b> Allegheny County Jail<br>
<b>Summary:</b> Restrictive housing (segregation) placement logs, January 2025 &ndash; present.</p>
<p>Under 65 P.S. &sect; 67.901 the County will respond within five business days, or notify you that additional
time is required under &sect; 67.902.</p>
<p><a href="https://alleghenycountypa.justfoia.com/publicportal/home/track">Track your request</a></p>
</td></tr>
<tr><td style="font-size:8pt;color:#777">This is an automated notification from JustFOIA. Replies to this address are not monitored.</td></tr>
</table></body></html>
""", subtype='html')
write('022-allegheny-justfoia-ack.eml', m, 'REQ-014', 'acknowledgment', tracking='26-RTK-0734', clock='received_on_sent_date',
      signals=['plus', 'tracking-new', 'subject'],
      why='JustFOIA (unlisted noreply sender) receipt 09/23 (= sent) for Allegheny County, #26-RTK-0734; PA 5 business days')

# 023 ---------------------------------------------------------------------------------------------
m = new('"Ortega, Marisol" <marisol.ortega@cookcountyil.gov>', plus('REQ-003'), 'RE: ' + REQS['REQ-003']['subject'],
        when('2026-09-23 13:10', 'CDT'), PD_FINAL_MID, irt=PD_ACK_MID, refs='%s %s' % (rmid('REQ-003'), PD_ACK_MID),
        extra=outlook_extra('cookcountyil.gov', REQS['REQ-003']['subject'], '023', attach=True))
m.set_content("""Hi again,

Sorry this took a few extra days - our research person was out. Attached are:

1. Monthly attorney caseload reports by division, January 2023 - August 2026 (spreadsheet). Attorney
   names are included since these are public employees' work assignments.
2. The office's 2024 internal caseload standards memo, and the Research & Policy unit's one-page
   comparison of our caseloads against the 2023 National Public Defense Workload Study.

That's everything responsive, so I'm closing this out on our end. Let me know if a file doesn't
open.

Thanks,
Marisol

Marisol Ortega
FOIA Officer / Paralegal
Law Office of the Cook County Public Defender
""")
m.add_attachment(b'month,division,attorneys,open_felony_cases,avg_per_attorney\n2023-01,Felony Trial,212,9934,46.9\n'
                 b'2023-01,Juvenile,38,1022,26.9\n', maintype='text', subtype='csv', filename='PD caseload by division 2023-2026.csv')
attach_pdf(m, ['LAW OFFICE OF THE COOK COUNTY PUBLIC DEFENDER', 'Research & Policy Unit', '',
               'MEMORANDUM - Caseload Standards (2024)', '',
               'This memo summarizes the annual caseload guidance applied to assistant public defenders',
               'by division, and compares 2023 division averages with the 2023 National Public Defense',
               'Workload Study. Figures are office-wide and do not identify clients.'],
           'Caseload standards memo 2024.pdf', 'Caseload Standards Memo')
write('023-cookpd-staff-final.eml', m, 'REQ-003', 'records_final', signals=['thread', 'plus'],
      why='staffer sends all responsive records (caseload spreadsheet, standards memo) and closes the request; nothing withheld')

# 024 ---------------------------------------------------------------------------------------------
m = new('Hennepin County <hennepincountymn@mail.nextrequest.com>', INBOX,
        '[Records Request 26-4471] New message from Hennepin County', when('2026-09-24 10:02', 'CDT'),
        mid('024 hc nr clarify', 'mail.nextrequest.com'),
        extra=[('X-Mailgun-Tag', 'message_added'), ('Reply-To', 'no-reply@nextrequest.com')])
t24 = """A message was added to Hennepin County records request 26-4471:

"Hello,

To process your request we need some clarification:

1. Do you want individual booking records (one row per booking) or aggregate monthly counts by
   release reason and facility?
2. The jail management system uses more than 40 release codes. Would a code table with the raw
   codes meet your needs, or do you need the descriptions mapped onto each record?

Please note that data on juveniles, and some data on individuals in pre-charge detention, are not
public and would be excluded either way.

Your request will be on hold until we hear from you. Please reply through the request page.

Data Practices Unit, Hennepin County Sheriff's Office"

View request 26-4471: https://hennepincountymn.nextrequest.com/requests/26-4471
"""
m.set_content(t24)
m.add_alternative('<html><body style="font-family:Helvetica,Arial;font-size:14px">' +
                  ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t24.split('\n\n')) + '</body></html>', subtype='html')
write('024-hennepin-nextrequest-clarify.eml', m, 'REQ-010', 'clarification', tracking='26-4471',
      signals=['tracking', 'subject'],
      why='NextRequest staff message asks row-level vs aggregate and code-table questions; request on hold')

# 025 ---------------------------------------------------------------------------------------------
m = new("Erie County Sheriff's Office Records Access Officer <sheriff.foil@erie.gov>", plus('REQ-011'),
        'FOIL Request ECSO-FOIL-26-133 - Acknowledgment', when('2026-09-25 11:18', 'EDT'),
        mid('025 ecso ack', 'BL0PR09MB4417.namprd09.prod.outlook.com', 'outlook'),
        extra=outlook_extra('erie.gov', 'FOIL Request ECSO-FOIL-26-133 - Acknowledgment', '025'))
t25 = """ERIE COUNTY SHERIFF'S OFFICE
Records Access Officer
10 Delaware Avenue, Buffalo, New York 14202

September 25, 2026

Re: FOIL Request ECSO-FOIL-26-133

Dear Requester:

This office acknowledges receipt of your request under the Freedom of Information Law, Public
Officers Law Article 6, for records concerning in-custody deaths at the Erie County Holding Center
and findings of the New York State Commission of Correction, 2020 to the present.

Your email of September 21, 2026 was sent to a general departmental mailbox and was received by the
Records Access Officer on September 22, 2026.

Pursuant to Public Officers Law 89(3)(a), we anticipate that a determination on your request will
be made on or about October 20, 2026.

Please be advised that final reports and findings issued by the State Commission of Correction are
records of that agency. You may wish to direct a separate request to the Commission's Records
Access Officer.

Records Access Officer
Erie County Sheriff's Office
"""
m.set_content(t25)
m.add_alternative('<html><body style="font-family:Times New Roman;font-size:12pt">' +
                  ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t25.split('\n\n')) + '</body></html>', subtype='html')
write('025-erie-sheriff-ack-foil.eml', m, 'REQ-011', 'acknowledgment', tracking='ECSO-FOIL-26-133',
      clock='received:2026-09-22', estimated='2026-10-20', signals=['plus', 'tracking-new', 'subject'],
      why='NY FOIL ack: received by the RAO Sept 22 (sent Sept 21), approximate determination date Oct 20')

# 026 ---------------------------------------------------------------------------------------------
m = new('Denise Alvarez via CPL FOIA <foia@chipublib.org>', plus('REQ-005'), 'CPL-FOIA-2026-112 - Response',
        when('2026-09-28 09:40', 'CDT'), mid('026 cpl norec', 'chipublib.org', 'gmail'),
        extra=google_group_extra('foia@chipublib.org', 'dalvarez@chipublib.org'))
m.set_content("""Dear Records Desk:

This letter responds to your Freedom of Information Act request, CPL-FOIA-2026-112, for security
incident reports and naloxone administration logs for Chicago Public Library locations, 2025-2026.

After a search of the records of Administrative Services, Branch Operations and Facilities, the
Library has located no records responsive to your request. Security services at Library locations
are provided under contract, and incident documentation is prepared and kept by the contractor in
its own system rather than by the Library. The Library does not keep naloxone administration logs.

Because no responsive records were found, this response is a denial of your request. You have the
right to seek review by the Public Access Counselor of the Office of the Illinois Attorney General
within 60 days of the date of this response (5 ILCS 140/9.5(a)), or to seek judicial review under
Section 11 of the Act.

Sincerely,

Denise Alvarez
FOIA Officer
Chicago Public Library

--
You received this message because you are subscribed to the Google Groups "CPL FOIA" group.
""")
write('026-chilib-group-no-records.eml', m, 'REQ-005', 'no_records', tracking='CPL-FOIA-2026-112', adverse=True,
      signals=['plus', 'tracking'],
      why='CPL (via Google Group, other staffer) finds no records; cites PAC review within 60 days')

# 027 ---------------------------------------------------------------------------------------------
m = new('Public Records Center <%s>' % GOVQA, INBOX,
        'Public Records Request :: R011873-091526 - Additional Information Required', when('2026-09-29 14:00', 'EDT'),
        mid('027 cuy clarify', 'mycusthelp.net'), extra=[('X-Mailer', 'GovQA Notification Service')])
m.set_content("""<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Dear Records Desk,</p>
<p>Cuyahoga County has reviewed your public records request <b>R011873-091526</b>.</p>
<p>Under R.C. 149.43(B)(2), a public office may deny a request that is ambiguous or overly broad, but must first
give the requester an opportunity to revise it. The portion of your request for &ldquo;video retention logs&rdquo;
does not identify the records sought with reasonable clarity. Please tell us:</p>
<ol><li>whether you are seeking the audit trail of the video management system, the retention schedule that
applies to Corrections Center video, or requests to preserve video made by staff;</li>
<li>the housing units or areas of the Corrections Center you are interested in; and</li>
<li>whether the date range (2025&ndash;2026) applies to this portion as well.</li></ol>
<p>Your request has been placed on hold until we receive your response. Please reply by logging in to the
<a href="https://cuyahogacounty.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">Public Records Center</a>.</p>
<p>Cuyahoga County Public Records Unit</p>
</body></html>
""", subtype='html')
write('027-cuyahoga-govqa-clarify.eml', m, 'REQ-008', 'clarification', tracking='R011873-091526',
      signals=['tracking', 'subject'],
      why='Ohio 149.43(B)(2) chance to revise an ambiguous request; on hold pending reply; GovQA shared sender')

# 028 ---------------------------------------------------------------------------------------------
m = new('Allegheny County Open Records <%s>' % JUSTFOIA, plus('REQ-014'), 'Request 26-RTK-0734: Notice of Extension',
        when('2026-09-30 16:12', 'EDT'), mid('028 ac ext', 'justfoia.com'), extra=[('X-JustFOIA-Event', 'RequestExtended')])
t28 = """Dear Records Desk,

RE: Right-to-Know Request 26-RTK-0734

The County requires additional time to respond to your request, as permitted by 65 P.S. 67.902(b),
for the following reasons:
- the request requires redaction of records;
- the records are stored in a remote location (Jail records management system archives);
- the extent or nature of the request precludes a response within the required time period.

A response is expected on or before October 30, 2026.

Open Records Officer
Allegheny County, 101 County Office Building, 542 Forbes Avenue, Pittsburgh, PA 15219
"""
m.set_content(t28)
m.add_alternative('<html><body style="font-family:Arial;font-size:10pt">' +
                  ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t28.split('\n\n')) + '</body></html>', subtype='html')
write('028-allegheny-justfoia-extension.eml', m, 'REQ-014', 'extension', tracking='26-RTK-0734', clock='extension',
      estimated='2026-10-30', signals=['plus', 'tracking'],
      why='PA 67.902 notice: 30 calendar days on the Sept 30 due date, expected response Oct 30')

# 029 ---------------------------------------------------------------------------------------------
our29 = our_mid('REQ-003', '2026-09-30', 2)
m = new('"Ortega, Marisol" <marisol.ortega@cookcountyil.gov>', INBOX,
        'Automatic reply: RE: ' + REQS['REQ-003']['subject'], when('2026-10-01 12:30', 'CDT'),
        mid('029 pd ooo', 'SJ0PR09MB6402.namprd09.prod.outlook.com', 'outlook'), irt=our29,
        refs='%s %s %s' % (rmid('REQ-003'), PD_FINAL_MID, our29),
        extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]
        + outlook_extra('cookcountyil.gov', REQS['REQ-003']['subject'], '029'))
m.set_content("""I am out of the office through Friday, October 9, with limited access to email.

For FOIA matters please write to pd.foia@cookcountyil.gov. For client or case matters please call
the main office at 312-603-XXXX.

Marisol Ortega
Law Office of the Cook County Public Defender
""")
write('029-cookpd-ooo.eml', m, 'REQ-003', 'auto_reply', signals=['thread'],
      why='out-of-office reply to our follow-up question on the closed PD request')

# 030 ---------------------------------------------------------------------------------------------
our30 = our_mid('REQ-006', '2026-10-01', 2)
hdr30 = ('Return-Path: <records@records.example.org>\nFrom: Records Desk <records@records.example.org>\n'
         'Reply-To: %s\nTo: deeds-foia@waynecounty.com\nCc: Latrice Moore <lmoore@waynecounty.com>\n'
         'Subject: RE: FOIA RD-26-0311 - cost itemization / deposit\nDate: Thu, 01 Oct 2026 17:55:03 -0400\n'
         'Message-ID: %s\nReferences: %s\n' % (plus('REQ-006'), our30, rmid('REQ-006')))
raw30 = dsn_raw('Mail Delivery System <MAILER-DAEMON@mx2.waynecounty.com>', INBOX,
                'Undelivered Mail Returned to Sender', when('2026-10-02 08:15', 'EDT'),
                '<20261002121500.4C1A2E0091@mx2.waynecounty.com>',
                """This is the mail system at host mx2.waynecounty.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<deeds-foia@waynecounty.com>: host exch01.waynecounty.com[10.12.4.20] said:
    550 5.2.1 Mailbox disabled, not accepting messages (in reply to RCPT TO
    command)
""", 'mx2.waynecounty.com', 'deeds-foia@waynecounty.com', '5.2.1',
                '550 5.2.1 Mailbox disabled, not accepting messages', hdr30, 'C4A2E0091.1791030900/mx2.waynecounty.com',
                headers_only=True)
write('030-wayne-rod-dsn-bounce.eml', None, 'REQ-006', 'bounce', tracking='RD-26-0311', raw=raw30,
      signals=['thread-embedded', 'tracking'],
      why='Postfix DSN: our deposit note to an old Register of Deeds mailbox bounced (cc to the clerk went through)')

finish()
