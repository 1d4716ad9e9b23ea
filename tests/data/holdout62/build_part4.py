#!/usr/bin/env python3
"""Messages 031-040 (October 5-14, 2026)."""
from common import *

GOVQA = 'noreply@mycusthelp.net'
MILW_ACK_MID = mid('021 milw ack', 'CH0PR09MB8310.namprd09.prod.outlook.com', 'outlook')
NARROW_MID = mid('038 assessor narrow', 'mycusthelp.net')

# 031 ---------------------------------------------------------------------------------------------
m = new('"Carter, Denise" <dcarter@waynecounty.com>', INBOX, 'Your FOIA - quick question', when('2026-10-05 09:05', 'EDT'),
        mid('031 wcso call', 'DM8PR09MB6104.namprd09.prod.outlook.com', 'outlook'),
        extra=outlook_extra('waynecounty.com', 'Your FOIA - quick question', '031'))
m.set_content("""Good morning,

I'm the FOIA coordinator at the Sheriff's Office. Before we finalize our response on the jail
death reports, I'd like to talk with you briefly about the medical contract. Some of the pricing
exhibits are marked confidential by the vendor and I want to explain what we can and can't send.

Could you give me a call today or tomorrow at 313-224-XXXX? I'm in until 4:30.

Thanks,
Denise Carter
FOIA Coordinator
Wayne County Sheriff's Office
""")
write('031-wayne-sheriff-call-request.eml', m, 'REQ-007', 'other', signals=['subject'],
      why='staffer asks for a phone call about contract exhibits before the response; no number, no thread; Wayne domain + jail death topic')

# 032 ---------------------------------------------------------------------------------------------
m = new('Cook County Assessor FOIA Center <%s>' % GOVQA, plus('REQ-015'),
        'Public Records Request :: R005120-100526', when('2026-10-05 10:30', 'CDT'),
        mid('032 assessor ack2', 'mycusthelp.net'),
        extra=[('X-Mailer', 'GovQA Notification Service'), ('Auto-Submitted', 'auto-generated')])
m.set_content("""<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222">
<div style="background:#003366;color:#fff;padding:10px;font-size:15px">Cook County Assessor's Office &mdash; FOIA Center</div>
<p>Dear Records Desk,</p>
<p>Thank you for submitting a Freedom of Information Act request to the Cook County Assessor's Office.
Your request was received on <b>10/5/2026</b> and has been assigned reference number
<b>R005120-100526</b>. Please refer to this number when contacting the Office about your request.</p>
<table cellpadding="4" style="border:1px solid #bbb;font-size:12px">
<tr><td><b>Request Type</b></td><td>FOIA - Correspondence / Email</td></tr>
<tr><td><b>Description</b></td><td>Correspondence between Assessor's Office staff and property tax appeal law firms, January through August 2026</td></tr>
<tr><td><b>Preferred Delivery</b></td><td>Electronic via Public Records Center</td></tr>
</table>
<p>Pursuant to 5 ILCS 140/3(d), the Office will respond within five (5) business days of receipt, unless the
time for response is extended as provided in Section 3(e).</p>
<p>Sincerely,<br>FOIA Officer<br>Cook County Assessor's Office</p>
<p style="font-size:10px;color:#777">This message was sent from an unmonitored address. Please do not reply to this email.</p>
</body></html>
""", subtype='html')
write('032-cookassessor-govqa-ack-2.eml', m, 'REQ-015', 'acknowledgment', tracking='R005120-100526',
      clock='received_on_sent_date', signals=['plus', 'tracking-new', 'subject'],
      why='second Assessor request acknowledged 10/5 as R005120-100526; 5 IL business days skip Columbus Day (Oct 12)')

# 033 ---------------------------------------------------------------------------------------------
m = new('"Kaminski, Joan" <jkaminski@erie.gov>', INBOX, 'Property Fraud Alert - your FOIL (ECC 1187)',
        when('2026-10-05 15:20', 'EDT'), mid('033 ecc clarify', 'erie.gov'), extra=[('X-Mailer', 'Microsoft Outlook 16.0')])
m.set_content("""Hello -

Re your FOIL rec'd 9/21, our ref ECC 1187. Need you to clarify before we can process:

1. Do you want enrollment counts (by town / by month) or the list of enrollees? The list has
   names and property addresses and would not be released.
2. "Fraudulent recording referrals" - the Clerk's Office doesn't make referrals. When an alert
   fires we notify the enrolled owner, that's it. If you mean something else let me know.

Joan Kaminski
Erie County Clerk's Office - Recording Division
92 Franklin Street, Buffalo, NY 14202
""")
write('033-erie-clerk-clarify.eml', m, 'REQ-012', 'clarification', tracking='ECC 1187', signals=['tracking-new', 'subject'],
      why='terse clerk asks counts vs list and what "referrals" means; subject changed, no thread; first use of ECC 1187')

# 034 ---------------------------------------------------------------------------------------------
m = new('Cook County Assessor FOIA Center <%s>' % GOVQA, INBOX,
        'Public Records Request :: R004417-090826 has been updated', when('2026-10-06 13:45', 'CDT'),
        mid('034 assessor updated', 'mycusthelp.net'), extra=[('X-Mailer', 'GovQA Notification Service')])
m.set_content("""<html><body style="font-family:Verdana;font-size:12px">
<p>Dear Records Desk,</p>
<p>The status of your request <b>R004417-090826</b> has been updated.</p>
<p>To view the details, please log in to the
<a href="https://cookcountyassessoril.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">FOIA Center</a>.</p>
<p style="font-size:10px;color:#777">Please do not reply to this email.</p>
</body></html>
""", subtype='html')
write('034-cookassessor-govqa-updated.eml', m, 'REQ-001', 'portal_notice', tracking='R004417-090826',
      signals=['tracking'], why='GovQA "has been updated" notice with no content; sent to the main inbox, linked only by the number')

# 035 ---------------------------------------------------------------------------------------------
m = new('WCSO FOIA Unit <sheriff.foia@waynecounty.com>', plus('REQ-007'), 'FOIA Request F26-1432 - Response',
        when('2026-10-06 16:50', 'EDT'), mid('035 wcso final', 'DM8PR09MB6104.namprd09.prod.outlook.com', 'outlook'),
        extra=outlook_extra('waynecounty.com', 'FOIA Request F26-1432 - Response', '035', attach=True))
m.set_content("""Please see the attached response to FOIA Request F26-1432. The responsive records can be
downloaded from the secure link below for 30 days.

https://waynecounty.sharefile.com/d-s8f2a61c0b7d44e1

Wayne County Sheriff's Office
FOIA Unit
""")
attach_pdf(m, [
    "WAYNE COUNTY SHERIFF'S OFFICE", 'FOIA Coordinator', '', 'October 6, 2026', '', 'Records Desk', '',
    'Re: FOIA Request No. F26-1432', '',
    'Your request is GRANTED IN PART and DENIED IN PART, as follows.', '',
    'GRANTED: In-custody death incident reports, Wayne County Jail, 2022-2026 (14 reports, 212 pages), and',
    'the jail health services agreement with its amendments (96 pages).', '',
    'DENIED IN PART:',
    ' - Medical and mental health records of the decedents are exempt under MCL 15.243(1)(a) (information',
    '   of a personal nature) and MCL 15.243(1)(d) (records exempted from disclosure by statute).',
    ' - Portions of the incident reports are redacted under MCL 15.243(1)(b)(iii) and (1)(c) (security',
    '   of the facility) and names of inmate witnesses under MCL 15.243(1)(a).',
    ' - Unit pricing schedules in contract Exhibit C are withheld under MCL 15.243(1)(f) (trade secrets',
    '   or commercial information furnished voluntarily with a promise of confidentiality).', '',
    'No fee is charged for this response.', '',
    'RIGHT TO APPEAL. Under MCL 15.235(4) and 15.240 you may (1) submit to the head of this public body a',
    'written appeal that specifically states the word "appeal" and identifies the reason(s) for reversal',
    'of the denial, or (2) commence a civil action in the Wayne County Circuit Court to compel disclosure',
    'within 180 days after the date of this final determination. If a court determines that the public',
    'body wrongly denied the request, you may receive reasonable attorneys\' fees, costs and damages.', '',
    'FOIA Coordinator', "Wayne County Sheriff's Office"],
    'F26-1432 Response.pdf', 'FOIA Response')
write('035-wayne-sheriff-final-pdf.eml', m, 'REQ-007', 'records_final', tracking='F26-1432', adverse=True,
      signals=['plus', 'tracking'],
      why='MI partial grant letter (PDF): reports and contract released, medical records and pricing withheld; 180-day court window')

# 036 ---------------------------------------------------------------------------------------------
m = new('Hennepin County <hennepincountymn@mail.nextrequest.com>', INBOX, '[Records Request 26-4471] Due date changed',
        when('2026-10-08 10:00', 'CDT'), mid('036 hc nr due', 'mail.nextrequest.com'),
        extra=[('X-Mailgun-Tag', 'due_date_changed'), ('Reply-To', 'no-reply@nextrequest.com')])
m.set_content("""<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#333">
<p>The due date for Hennepin County records request <b>26-4471</b> has been changed to <b>November 6, 2026</b>.</p>
<p><b>Reason:</b> Additional time is needed to compile and review the requested data.</p>
<p><a href="https://hennepincountymn.nextrequest.com/requests/26-4471">View request 26-4471</a></p>
<p style="font-size:11px;color:#888">Please do not reply to this email.</p>
</body></html>
""", subtype='html')
write('036-hennepin-nextrequest-extension.eml', m, 'REQ-010', 'extension', tracking='26-4471', estimated='2026-11-06',
      signals=['tracking'], why='NextRequest due date moved to Nov 6 (stated date only; MN rules give no extension days, so no due)')

# 037 ---------------------------------------------------------------------------------------------
m = new('Jonas Lindqvist <jlindqvist@hclib.org>', INBOX, 'your data request - library / law enforcement',
        when('2026-10-09 11:20', 'CDT'), mid('037 hcl norec', 'hclib.org'),
        extra=[('X-Mailer', 'Apple Mail (2.3774.300.61)')])
m.set_content("""Hi,

Thanks for your patience on this.

> Library responses to law enforcement requests for patron data, and security camera
> policy, 2023-2026

I checked with our administration and with the Sheriff's Office liaison. Hennepin County Library
did not receive any subpoenas, warrants or informal law enforcement requests for patron data
from 2023 to now, so there are no documents responsive to that part.

We also don't have a separate security camera policy. Camera use is covered in the Library's
Code of Conduct and the County's data practices policies, both of which are already public on
hclib.org. So there's nothing else to send you.

Let me know if you have questions.

Jonas Lindqvist
Library Services Manager | Data Practices Designee
Hennepin County Library
""")
write('037-hclib-staff-no-records.eml', m, 'REQ-016', 'no_records', adverse=True, signals=['subject'],
      why='library staffer, changed subject and no thread headers: no responsive data; MN has no appeal window (null)')

# 038 ---------------------------------------------------------------------------------------------
m = new('Cook County Assessor FOIA Center <%s>' % GOVQA, plus('REQ-015'),
        'Public Records Request :: R005120-100526 - Request to Narrow', when('2026-10-13 15:10', 'CDT'),
        NARROW_MID, extra=[('X-Mailer', 'GovQA Notification Service')])
t38 = """Dear Records Desk,

RE: FOIA Request R005120-100526

The Office has determined that compliance with your request as submitted would be unduly
burdensome under Section 3(g) of the Illinois Freedom of Information Act. A preliminary search of
Office email for the domains of the 44 law firms that filed commercial appeals in 2026 returned
approximately 58,000 messages, each of which would need review for exempt material.

Before making a final determination, the Office is giving you the opportunity to reduce the
request to manageable proportions - for example, by limiting it to specific firms, specific
Office staff, specific subject terms, or a shorter time period.

Please submit your narrowed request through the FOIA Center within ten (10) business days.

FOIA Officer
Cook County Assessor's Office
"""
m.set_content(t38)
m.add_alternative('<html><body style="font-family:Verdana;font-size:12px">' +
                  ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t38.split('\n\n')) + '</body></html>', subtype='html')
write('038-cookassessor-govqa-narrow.eml', m, 'REQ-015', 'clarification', tracking='R005120-100526',
      signals=['plus', 'tracking'], why='3(g) unduly burdensome: offers the chance to narrow before a final determination')

# 039 ---------------------------------------------------------------------------------------------
our39 = our_mid('REQ-015', '2026-10-14', 2)
orig39 = ('Return-Path: <records@records.example.org>\nFrom: Records Desk <records@records.example.org>\n'
          'Reply-To: %s\nTo: Cook County Assessor FOIA Center <%s>\n'
          'Subject: RE: Public Records Request :: R005120-100526 - Request to Narrow\n'
          'Date: Wed, 14 Oct 2026 07:58:20 -0500\nMessage-ID: %s\nIn-Reply-To: %s\nReferences: %s %s\n'
          'MIME-Version: 1.0\nContent-Type: text/plain; charset="us-ascii"\n\n'
          'We narrow request R005120-100526 to correspondence between Office staff and the five firms\n'
          'with the most 2026 commercial appeals, March 1 - June 30, 2026.\n\nRecords Desk\n'
          % (plus('REQ-015'), GOVQA, our39, NARROW_MID, rmid('REQ-015'), NARROW_MID))
raw39 = dsn_raw('Mail Delivery Subsystem <MAILER-DAEMON@mx.mycusthelp.net>', INBOX,
                'Returned mail: see transcript for details', when('2026-10-14 08:05', 'CDT'),
                '<202610141305.19ED5a2c004411@mx.mycusthelp.net>',
                """The original message was received at Wed, 14 Oct 2026 12:58:24 GMT
from mail.records.example.org [203.0.113.25]

   ----- The following addresses had permanent fatal errors -----
<noreply@mycusthelp.net>
    (reason: 550 5.7.1 This mailbox does not accept incoming mail. Please use the portal to respond.)

   ----- Transcript of session follows -----
... while talking to inbound.mycusthelp.net.:
>>> DATA
<<< 550 5.7.1 This mailbox does not accept incoming mail. Please use the portal to respond.
""", 'mx.mycusthelp.net', 'noreply@mycusthelp.net', '5.7.1',
                '550 5.7.1 This mailbox does not accept incoming mail. Please use the portal to respond.',
                orig39, '19ED5a2c004411.1791983124/mx.mycusthelp.net')
write('039-govqa-noreply-bounce.eml', None, 'REQ-015', 'bounce', tracking='R005120-100526', raw=raw39,
      signals=['thread-embedded', 'tracking'],
      why='sendmail DSN: our narrowing reply to the GovQA noreply address was rejected; Assessor never got it')

# 040 ---------------------------------------------------------------------------------------------
m = new('"Brandt, Kevin" <kevin.brandt@milwaukeecountywi.gov>', plus('REQ-009'),
        'RE: ' + REQS['REQ-009']['subject'] + ' [ORR-26-0917]', when('2026-10-14 13:00', 'CDT'),
        mid('040 milw fee', 'CH0PR09MB8310.namprd09.prod.outlook.com', 'outlook'), irt=MILW_ACK_MID,
        refs='%s %s' % (rmid('REQ-009'), MILW_ACK_MID),
        extra=outlook_extra('milwaukeecountywi.gov', REQS['REQ-009']['subject'], '040'))
m.set_content("""Hi,

Here's the estimate for ORR-26-0917.

- Body-worn camera policy (current version and the two prior versions): no charge.
- Quarterly BWC compliance audits 2022-2026 and the evidence-system retention settings export:
  locating these will take an estimated 6.5 hours of staff time. Location fee at the hourly rate
  of the lowest-paid employee able to do the search ($32.75/hr): $212.88.
- Copies will be electronic, no charge.

Estimated total: $212.88. Because the total is more than $5, prepayment is required under Wis.
Stat. 19.35(3)(f) before we start the search. Let me know if you want to go ahead, or if you'd
like to narrow (for example, audits from 2024 on only), which would bring the location fee down.
Checks are payable to the Milwaukee County Treasurer.

Kevin Brandt
Open Records Coordinator
Milwaukee County Sheriff's Office
""")
write('040-milw-sheriff-fee.eml', m, 'REQ-009', 'fee_estimate', tracking='ORR-26-0917',
      signals=['thread', 'plus', 'tracking'],
      why='WI location-fee estimate $212.88, prepayment required (over $5) before the search starts')

finish()
