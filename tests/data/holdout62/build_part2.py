#!/usr/bin/env python3
"""Messages 011-020 (September 15-22, 2026)."""
from common import *

GOVQA = 'noreply@mycusthelp.net'
CCH_ACK_MID = mid('005 cch ack', 'SA1PR09MB7711.namprd09.prod.outlook.com', 'outlook')

# 011 ---------------------------------------------------------------------------------------------
m = new('"Reyes, Angela" <angela.reyes@cookcountyhealth.org>', INBOX, 'RE: FOIA Request #26-0741 - Acknowledgment',
        when('2026-09-15 17:20', 'CDT'), mid('011 cch ext', 'SA1PR09MB7711.namprd09.prod.outlook.com', 'outlook'),
        cc='CCH FOIA Office <foia@cookcountyhealth.org>', irt=CCH_ACK_MID, refs=CCH_ACK_MID,
        extra=outlook_extra('cookcountyhealth.org', 'FOIA Request #26-0741 - Acknowledgment', '011'))
m.set_content("""Good afternoon,

Pursuant to Section 3(e)(ii) and 3(e)(vi) of the Illinois Freedom of Information Act, Cook County
Health is extending the time to respond to FOIA Request #26-0741 by five business days. The
requested records are kept by both the Emergency Department and Nursing Administration, and we
need to consult with another public body that has a substantial interest in the determination
(the Cook County Department of Emergency Management and Regional Security, regarding bypass
coordination records).

CCH will respond to your request on or before Tuesday, September 22, 2026.

Angela Reyes
FOIA Officer
Cook County Health | Office of the General Counsel
P: 312-864-XXXX
CONFIDENTIALITY NOTICE: This e-mail, including attachments, is intended only for the addressee(s).
""")
write('011-cchealth-extension.eml', m, 'REQ-002', 'extension', tracking='26-0741', clock='extension',
      estimated='2026-09-22', signals=['tracking', 'subject'],
      why='CCH staff extends #26-0741 by 5 business days (3(e)(ii),(vi)) on the 9/15 due date; states 9/22; threaded only to their own ack')

# 012 ---------------------------------------------------------------------------------------------
m = new('WCSO FOIA Unit <sheriff.foia@waynecounty.com>', plus('REQ-007'), 'FOIA Request F26-1432 - Acknowledgment',
        when('2026-09-16 09:48', 'EDT'), mid('012 wcso ack', 'DM8PR09MB6104.namprd09.prod.outlook.com', 'outlook'),
        extra=outlook_extra('waynecounty.com', 'FOIA Request F26-1432 - Acknowledgment', '012', attach=True))
m.set_content("""Please see the attached correspondence regarding your Freedom of Information Act request.

Wayne County Sheriff's Office
FOIA Unit
""")
attach_pdf(m, [
    "WAYNE COUNTY SHERIFF'S OFFICE", 'FOIA Coordinator', '4747 Woodward Avenue, Detroit, Michigan 48201', '',
    'September 16, 2026', '', 'Records Desk', 'records+req-007@records.example.org', '',
    'Re: FOIA Request No. F26-1432', '    Wayne County Jail in-custody death reports and jail medical services contract, 2022-2026', '',
    'Dear Requester:', '',
    'Your request under the Michigan Freedom of Information Act was transmitted by electronic mail on',
    'Monday, September 14, 2026. Under MCL 15.235(1), a written request sent by electronic mail is',
    'considered received one business day after it is transmitted. Your request is therefore deemed',
    'received on Tuesday, September 15, 2026.', '',
    'The Sheriff\'s Office will respond within five (5) business days of that date by granting the request,',
    'denying it, granting it in part, or issuing a written notice extending the time for response by not',
    'more than ten (10) business days, as provided in MCL 15.235(2).', '',
    'Please reference the FOIA request number above in all correspondence.', '',
    'Sincerely,', '', 'FOIA Coordinator', "Wayne County Sheriff's Office"],
    'F26-1432 Acknowledgment.pdf', 'FOIA Acknowledgment')
write('012-wayne-sheriff-ack-pdf.eml', m, 'REQ-007', 'acknowledgment', tracking='F26-1432', clock='received:2026-09-15',
      signals=['plus', 'tracking-new'],
      why='PDF letter: emailed request deemed received one business day later (MCL 15.235(1)), 9/15 not 9/14; clock from 9/15')

# 013 ---------------------------------------------------------------------------------------------
s13 = 'Automatic reply: ' + REQS['REQ-009']['subject']
m = new('"Brandt, Kevin" <kevin.brandt@milwaukeecountywi.gov>', INBOX, s13, when('2026-09-16 10:15', 'CDT'),
        mid('013 milw ooo', 'CH0PR09MB8310.namprd09.prod.outlook.com', 'outlook'), irt=rmid('REQ-009'), refs=rmid('REQ-009'),
        extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
               ('X-MS-Exchange-Inbox-Rules-Loop', 'kevin.brandt@milwaukeecountywi.gov')]
        + outlook_extra('milwaukeecountywi.gov', REQS['REQ-009']['subject'], '013'))
m.set_content("""I am out of the office through Monday, September 21 and will not have access to email.
Open records requests received at this address will be processed upon my return.

For urgent media inquiries, please contact the Milwaukee County Sheriff's Office Public Affairs
line at 414-278-XXXX.

Kevin Brandt
Records Custodian Designee | Open Records Coordinator
Milwaukee County Sheriff's Office
""")
write('013-milw-sheriff-ooo.eml', m, 'REQ-009', 'auto_reply', signals=['thread'],
      why='Outlook out-of-office from the Sheriff records coordinator (cc on our request); processed on return')

# 014 ---------------------------------------------------------------------------------------------
m = new('Hennepin County <hennepincountymn@mail.nextrequest.com>', INBOX, '[Records Request 26-4471] has been submitted',
        when('2026-09-17 11:30', 'CDT'), mid('014 hc nr ack', 'mail.nextrequest.com'),
        extra=[('X-Mailgun-Tag', 'request_submitted'), ('Reply-To', 'no-reply@nextrequest.com')])
m.set_content("""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<div style="border-bottom:3px solid #1b5faa;padding:8px 0"><b>Hennepin County</b> Records Requests</div>
<p>Your Hennepin County records request <b>26-4471</b> has been submitted.</p>
<p><b>Request:</b> Sheriff's Office jail booking and release data, January 2024 to present: booking date,
release date, release reason, charge level and facility, as public data under Minn. Stat. 13.82.</p>
<p><b>Department(s):</b> Sheriff's Office</p>
<p>You will receive email updates as your request is processed. Under the Minnesota Government Data
Practices Act, the County will respond to requests for public data in an appropriate and prompt manner
and within a reasonable time.</p>
<p><a href="https://hennepincountymn.nextrequest.com/requests/26-4471">View request 26-4471</a></p>
<p style="font-size:11px;color:#888">Please do not reply to this email. Messages can be sent through the request page.</p>
</body></html>
""", subtype='html')
write('014-hennepin-nextrequest-ack.eml', m, 'REQ-010', 'acknowledgment', tracking='26-4471', clock='received_on_sent_date',
      signals=['tracking-new', 'subject'],
      why='NextRequest submission notice, request 26-4471; MN has no day count, so no due')

# 015 ---------------------------------------------------------------------------------------------
m = new('Chicago Park District FOIA <%s>' % GOVQA, INBOX,
        'Chicago Park District Public Records Request :: P001286-091026 - Fee Notice', when('2026-09-17 15:00', 'CDT'),
        mid('015 park fee', 'mycusthelp.net'), extra=[('X-Mailer', 'GovQA Notification Service')])
t15 = """Dear Records Desk,

RE: FOIA Request P001286-091026

The District has located approximately 1,214 pages of lifeguard rescue logs responsive to your
request. These logs are handwritten and maintained in paper form at each beach house; they are not
kept electronically.

Under Section 6(b) of the Act, the first 50 pages of black-and-white copies are provided at no
charge and additional pages are charged at $0.15 per page. The estimated copying fee is $174.60
(1,164 pages x $0.15). Payment must be received before copies are released. A reduction or waiver
of the fee may be available under Section 6(c) if you state the purpose of the request and how it
is in the public interest.

As alternatives, you may inspect the logs in person at no charge, or narrow the request to
specific beaches or months. Records of swim bans and swim advisories are kept electronically and
will be released at no charge with the District's final response.

Please let us know how you wish to proceed within 30 days. If we do not hear from you, the request
may be closed.

Chicago Park District - FOIA Unit
"""
m.set_content(t15)
m.add_alternative('<html><body style="font-family:Arial;font-size:10pt">' +
                  ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t15.split('\n\n')) + '</body></html>', subtype='html')
write('015-chipark-govqa-fee.eml', m, 'REQ-004', 'fee_estimate', tracking='P001286-091026',
      signals=['tracking', 'subject'],
      why='$174.60 copy fee estimate for paper rescue logs, payment before release; waiver "may" be available; 30 days to answer')

# 016 ---------------------------------------------------------------------------------------------
orig16 = ('From: Records Desk <records@records.example.org>\nReply-To: %s\n'
          'To: countyclerk.foil@erie.gov, clerk.records@erie.gov\nSubject: %s\n'
          'Date: Mon, 21 Sep 2026 08:58:12 -0400\nMessage-ID: %s\nMIME-Version: 1.0\n'
          'Content-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: 7bit\n\n%s'
          % (plus('REQ-012'), REQS['REQ-012']['subject'], rmid('REQ-012'), request_text('REQ-012')))
raw16 = dsn_raw('Microsoft Outlook <postmaster@erie.gov>', INBOX,
                'Undeliverable: ' + REQS['REQ-012']['subject'], when('2026-09-21 09:00', 'EDT'),
                mid('016 erie ndr', 'CH3PR09MB7420.namprd09.prod.outlook.com', 'outlook'),
                """Your message to clerk.records@erie.gov couldn't be delivered.

clerk.records wasn't found at erie.gov.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact your email admin.

Diagnostic information for administrators:
Generating server: CH3PR09MB7420.namprd09.prod.outlook.com
clerk.records@erie.gov
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", 'CH3PR09MB7420.namprd09.prod.outlook.com', 'clerk.records@erie.gov', '5.1.10',
                '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
                orig16, '_ndr_016_b8e1f0_', extra='X-MS-Exchange-Message-Is-Ndr: \nContent-Language: en-US\n')
write('016-erie-ndr-bounce.eml', None, 'REQ-012', 'bounce', raw=raw16, signals=['thread-embedded'],
      why='Exchange NDR: the copy of our Erie County Clerk FOIL request to an old address bounced (the main address worked)')

# 017 ---------------------------------------------------------------------------------------------
m = new('"Moore, Latrice" <lmoore@waynecounty.com>', INBOX, 'FOIA RD-26-0311 - cost itemization / deposit',
        when('2026-09-21 14:10', 'EDT'), mid('017 rod fee', 'waynecounty.com'), extra=[('X-Mailer', 'Microsoft Outlook 16.0')])
m.set_content("""Your request is granted subject to payment. Fee is over $50 so a good faith deposit
of 50% is required before we process (MCL 15.234(8)).

DETAILED COST ITEMIZATION
  Search/retrieval labor      4.5 hrs x $24.80      $111.60
  Separating exempt info      1.5 hrs x $24.80       $37.20
  Fringe benefits (capped)                           $22.60
  Copies                      150 pp x $0.10         $15.00
                                                   --------
  TOTAL ESTIMATE                                     $186.40
  DEPOSIT DUE (50%)                                   $93.20

Est. time to complete: 15 business days after deposit is received (good faith estimate, not
binding). Check payable to Wayne County Register of Deeds, or pay in person at the cashier
window. Include the ref number with payment.

L. Moore
Register of Deeds - Records Div.
""")
write('017-wayne-rod-fee.eml', m, 'REQ-006', 'fee_estimate', tracking='RD-26-0311', signals=['tracking', 'subject'],
      why='MI itemized fee $186.40 with 50% deposit required; ref number only in the subject; no thread headers')

# 018 ---------------------------------------------------------------------------------------------
m = new('WCSO FOIA Unit <sheriff.foia@waynecounty.com>', plus('REQ-007'), "Wayne County Sheriff's Office - FOIA Correspondence",
        when('2026-09-22 10:20', 'EDT'), mid('018 wcso ext', 'DM8PR09MB6104.namprd09.prod.outlook.com', 'outlook'),
        extra=outlook_extra('waynecounty.com', "Wayne County Sheriff's Office - FOIA Correspondence", '018', attach=True))
m.set_content('Please see attached.\n')
attach_pdf(m, [
    "WAYNE COUNTY SHERIFF'S OFFICE", 'FOIA Coordinator', '', 'September 22, 2026', '', 'Records Desk', '',
    'Re: Your Freedom of Information Act request received September 15, 2026', '',
    'NOTICE OF EXTENSION', '',
    'Pursuant to MCL 15.235(2)(d), the Sheriff\'s Office is extending the period for responding to your',
    'request by ten (10) business days. Additional time is needed to locate and review medical-unit',
    'records held by the contracted jail health provider and to examine them for exempt material.', '',
    'You will receive a response on or before October 6, 2026.', '',
    'FOIA Coordinator', "Wayne County Sheriff's Office"],
    'F26-1432 Extension Notice.pdf', 'Notice of Extension')
write('018-wayne-sheriff-extension-pdf.eml', m, 'REQ-007', 'extension', tracking='F26-1432', clock='extension',
      estimated='2026-10-06', signals=['plus', 'tracking-filename'],
      why='MI 10-business-day extension on the 9/22 due date (letter says by Oct 6); number only in the PDF file name')

# 019 ---------------------------------------------------------------------------------------------
m = new('Cook County Assessor FOIA Center <%s>' % GOVQA, plus('REQ-001'),
        'Public Records Request :: R004417-090826 - Partial Response', when('2026-09-22 15:55', 'CDT'),
        mid('019 assessor interim', 'mycusthelp.net'), extra=[('X-Mailer', 'GovQA Notification Service')])
t19 = """Dear Records Desk,

RE: FOIA Request R004417-090826

The Cook County Assessor's Office is providing a first installment of records responsive to your
request. The attached file, CofE_TY2025_Class5.xlsx, lists certificates of error issued for class 5a
and 5b properties for tax year 2025 and is available in the FOIA Center.

The Office is still compiling appeal outcome data for the remaining township groups (South and
West townships). Those records will be provided on a rolling basis as each group is completed.

FOIA Officer
Cook County Assessor's Office
"""
m.set_content(t19)
m.add_alternative('<html><body style="font-family:Verdana;font-size:12px">' +
                  ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t19.split('\n\n')) + '</body></html>', subtype='html')
write('019-cookassessor-govqa-interim.eml', m, 'REQ-001', 'records_interim', tracking='R004417-090826',
      signals=['plus', 'tracking'], why='first installment (certificates of error list); appeal outcomes to follow on a rolling basis')

# 020 ---------------------------------------------------------------------------------------------
inner = new('"Reyes, Angela" <angela.reyes@cookcountyhealth.org>', 'Priya Natarajan <pnatarajan@records.example.org>',
            'FOIA Request #26-0741 - Response', when('2026-09-22 14:02', 'CDT'),
            mid('020 cch final inner', 'SA1PR09MB7711.namprd09.prod.outlook.com', 'outlook'),
            cc='CCH FOIA Office <foia@cookcountyhealth.org>')
inner.set_content("""Dear Ms. Natarajan:

Cook County Health is responding to FOIA Request #26-0741. CCH grants your request in part.

1. Emergency department ambulance bypass logs, Stroger Hospital, January 2024 - August 2026: provided
   in the attached spreadsheet.
2. Nurse staffing reports: the monthly unit staffing ratio summaries are provided, with the names and
   employee ID numbers of individual nurses redacted under Section 7(1)(c) of FOIA (unwarranted
   invasion of personal privacy). Draft nurse staffing plans and working documents of the Nurse
   Staffing Committee are withheld in their entirety under Section 7(1)(f), as preliminary drafts and
   records in which opinions are expressed or policies formulated.

You have the right to seek review of this response by the Public Access Counselor, Office of the
Illinois Attorney General, 500 S. Second Street, Springfield, Illinois 62701, public.access@ilag.gov,
within 60 days of the date of this letter (5 ILCS 140/9.5(a)). You may also seek judicial review
under Section 11 of FOIA.

Angela Reyes
FOIA Officer, Cook County Health
""")
inner.add_attachment(b'date,hours_on_bypass,reason\n2024-01-03,2.5,ED census\n2024-01-09,1.0,CT down\n',
                     maintype='text', subtype='csv', filename='26-0741_ED_bypass_2024-2026.csv')
m = new('Priya Natarajan <pnatarajan@records.example.org>', INBOX, 'Fwd: FOIA Request #26-0741 - Response',
        when('2026-09-22 16:30', 'CDT'), mid('020 fwd', 'records.example.org', 'gmail'))
m.set_content("""Desk - CCH sent their response to me directly (I was cc'd on the Stroger bypass request).
Forwarding for the log. They're holding back the draft staffing plans; we may want to take that to the
PAC.

Priya
""")
m.add_attachment(inner)
write('020-fwd-cchealth-final.eml', m, 'REQ-002', 'records_final', tracking='26-0741', adverse=True,
      signals=['tracking', 'subject'],
      why='colleague forwards (message/rfc822, same day) CCH partial grant: 7(1)(c) redactions, 7(1)(f) withholding; IL PAC review 60 days')

finish()
