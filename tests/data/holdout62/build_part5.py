#!/usr/bin/env python3
"""Messages 041-050 (October 19 - November 2, 2026)."""
from common import *

GOVQA = 'noreply@mycusthelp.net'
JUSTFOIA = 'noreply@justfoia.com'
ECC_CLARIFY_MID = mid('033 ecc clarify', 'erie.gov')


def alt(m, text, font='Arial'):
    m.set_content(text)
    m.add_alternative('<html><body style="font-family:%s;font-size:10pt">' % font +
                      ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in text.split('\n\n')) + '</body></html>',
                      subtype='html')


# 041 ---------------------------------------------------------------------------------------------
m = new('Chicago Park District FOIA <%s>' % GOVQA, INBOX,
        'Chicago Park District Public Records Request :: P001286-091026 - Completed', when('2026-10-19 11:10', 'CDT'),
        mid('041 park final', 'mycusthelp.net'), extra=[('X-Mailer', 'GovQA Notification Service')])
alt(m, """Dear Records Desk,

RE: FOIA Request P001286-091026

The Chicago Park District has completed its response to your request. Payment of $174.60 was
received on 10/2/2026.

The following records are available for download in the Public Records Center:
- Lifeguard rescue logs, 2025 and 2026 beach seasons (scanned, 1,214 pages)
- Swim ban and swim advisory records, 2025 and 2026 seasons (spreadsheet)

The names, ages and home addresses of members of the public who were assisted by lifeguards have
been redacted under Section 7(1)(c) of the Act, as disclosure would be an unwarranted invasion of
personal privacy. No other information was withheld.

You have the right to seek review of this response by the Public Access Counselor, Office of the
Illinois Attorney General, within 60 days (5 ILCS 140/9.5(a)), or judicial review under Section 11.

This request is now closed.

Chicago Park District - FOIA Unit
""")
write('041-chipark-govqa-final.eml', m, 'REQ-004', 'records_final', tracking='P001286-091026', adverse=True,
      signals=['tracking', 'subject'],
      why='Park District completes and closes: logs released with 7(1)(c) redactions; PAC review 60 days')

# 042 ---------------------------------------------------------------------------------------------
our42 = our_mid('REQ-012', '2026-10-06', 2)
m = new('"Kaminski, Joan" <jkaminski@erie.gov>', INBOX, 'RE: Property Fraud Alert - your FOIL (ECC 1187)',
        when('2026-10-19 14:20', 'EDT'), mid('042 ecc final', 'erie.gov'), irt=our42,
        refs='%s %s' % (ECC_CLARIFY_MID, our42), extra=[('X-Mailer', 'Microsoft Outlook 16.0')])
m.set_content("""Hello -

Attached are Property Fraud Alert enrollment counts by municipality and month, Jan 2024 - Sep 2026,
plus the number of alerts sent each month. That completes ECC 1187.

You asked for the enrollee list with names taken off. The property addresses identify the owners,
so the list is denied under Public Officers Law 87(2)(b) (unwarranted invasion of personal privacy).
As I said before we have no records of "referrals."

If you want to appeal the denial, send it in writing within 30 days to:
FOIL Appeals Officer, Erie County Department of Law, 95 Franklin Street, Room 1634, Buffalo NY 14202

Joan Kaminski
Erie County Clerk's Office - Recording Division
""")
m.add_attachment(b'municipality,month,new_enrollments,alerts_sent\nAmherst,2024-01,41,3\nCheektowaga,2024-01,22,1\n',
                 maintype='text', subtype='csv', filename='PFA counts 2024-2026.csv')
write('042-erie-clerk-final.eml', m, 'REQ-012', 'records_final', tracking='ECC 1187', adverse=True,
      signals=['tracking', 'subject'],
      why='clerk sends counts, denies the enrollee list under 87(2)(b); NY appeal 30 days; threaded only to our own reply')

# 043 ---------------------------------------------------------------------------------------------
m = new('Cook County Assessor FOIA Center <%s>' % GOVQA, plus('REQ-001'),
        'Public Records Request :: R004417-090826 - Request Completed', when('2026-10-20 14:30', 'CDT'),
        mid('043 assessor final', 'mycusthelp.net'), extra=[('X-Mailer', 'GovQA Notification Service')])
alt(m, """Dear Records Desk,

RE: FOIA Request R004417-090826

This is the Office's final response to your request. The remaining records - appeal outcome data
for commercial properties in the South and West township groups, tax year 2025 - are now available
in the FOIA Center (TY2025_Commercial_Appeals_South_West.xlsx).

Personal email addresses and telephone numbers of individual taxpayers have been redacted from the
appeal submission data under Sections 7(1)(b) and 7(1)(c). Analysts' internal recommendation notes
are withheld under Section 7(1)(f) as predecisional material in which opinions are expressed.

You have a right to have this partial denial reviewed by the Public Access Counselor, Office of the
Illinois Attorney General, 500 S. Second St., Springfield, IL 62701, within 60 days of the date of
this response. You also have the right to judicial review under 5 ILCS 140/11.

This request is now closed.

FOIA Officer
Cook County Assessor's Office
""", font='Verdana')
write('043-cookassessor-govqa-final.eml', m, 'REQ-001', 'records_final', tracking='R004417-090826', adverse=True,
      signals=['plus', 'tracking'],
      why='final installment with 7(1)(b)/(c) redactions and 7(1)(f) withholding; PAC 60 days lands on Sat Dec 19, rolls to Dec 21')

# 044 ---------------------------------------------------------------------------------------------
m = new("Erie County Sheriff's Office Records Access Officer <sheriff.foil@erie.gov>", plus('REQ-011'),
        'FOIL Request ECSO-FOIL-26-133 - Status', when('2026-10-20 16:00', 'EDT'),
        mid('044 ecso ext', 'BL0PR09MB4417.namprd09.prod.outlook.com', 'outlook'),
        extra=outlook_extra('erie.gov', 'FOIL Request ECSO-FOIL-26-133 - Status', '044', attach=True))
m.set_content('Attached please find correspondence regarding your Freedom of Information Law request.\n')
attach_pdf(m, [
    "ERIE COUNTY SHERIFF'S OFFICE", 'Records Access Officer', '10 Delaware Avenue, Buffalo, New York 14202', '',
    'October 20, 2026', '', 'Re: FOIL Request ECSO-FOIL-26-133', '', 'Dear Requester:', '',
    'We are unable to grant or deny your request by the approximate date given in our letter of',
    'September 25, 2026. The records concerning in-custody deaths at the Holding Center must be reviewed',
    'by the Office of the Erie County Attorney because several matters are the subject of pending',
    'litigation.', '',
    'Pursuant to Public Officers Law 89(3)(a), we expect to grant or deny your request, in whole or in',
    'part, on or before November 17, 2026.', '',
    'Records Access Officer', "Erie County Sheriff's Office"],
    'ECSO-FOIL-26-133 status letter.pdf', 'FOIL Status Letter')
write('044-erie-sheriff-extension.eml', m, 'REQ-011', 'extension', tracking='ECSO-FOIL-26-133', clock='extension',
      estimated='2026-11-17', signals=['plus', 'tracking'],
      why='NY letter (PDF) moves the determination to Nov 17; rules: +20 NY business days on the Sept 29 due')

# 045 ---------------------------------------------------------------------------------------------
m = new('Public Records Center <%s>' % GOVQA, INBOX,
        'Public Records Request :: R011873-091526 - Records Available', when('2026-10-21 15:00', 'EDT'),
        mid('045 cuy interim', 'mycusthelp.net'), extra=[('X-Mailer', 'GovQA Notification Service')])
alt(m, """Dear Records Desk,

Thank you for clarifying that by "video retention logs" you mean staff requests to preserve video.

A first set of records responsive to request R011873-091526 is now available in the Public Records
Center: use-of-force reports from the Cuyahoga County Corrections Center for January through June
2025 (186 reports). Inmate medical information and the identities of confidential informants have
been redacted under R.C. 149.43(A)(1)(a) and (A)(2)(a).

We anticipate providing the next installment (July 2025 to the present, and the preservation
requests) by November 20, 2026.

Cuyahoga County Public Records Unit
""", font='Segoe UI')
write('045-cuyahoga-govqa-interim.eml', m, 'REQ-008', 'records_interim', tracking='R011873-091526', estimated='2026-11-20',
      signals=['tracking', 'subject'], why='first installment (Jan-Jun 2025 reports); next installment expected Nov 20')

# 046 ---------------------------------------------------------------------------------------------
m = new('Hennepin County <hennepincountymn@mail.nextrequest.com>', INBOX, '[Records Request 26-4471] Request updated',
        when('2026-10-22 09:15', 'CDT'), mid('046 hc nr poc', 'mail.nextrequest.com'),
        extra=[('X-Mailgun-Tag', 'poc_changed'), ('Reply-To', 'no-reply@nextrequest.com')])
m.set_content("""<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#333">
<p>Hennepin County records request <b>26-4471</b> has been updated.</p>
<p>Point of contact changed to: <b>Sheriff's Office Data Practices Unit</b></p>
<p><a href="https://hennepincountymn.nextrequest.com/requests/26-4471">View request 26-4471</a></p>
<p style="font-size:11px;color:#888">Please do not reply to this email.</p>
</body></html>
""", subtype='html')
write('046-hennepin-nextrequest-updated.eml', m, 'REQ-010', 'portal_notice', tracking='26-4471', signals=['tracking'],
      why='NextRequest point-of-contact change; no substantive content')

# 047 ---------------------------------------------------------------------------------------------
m = new('"Moore, Latrice" <lmoore@waynecounty.com>', INBOX, 'RD-26-0311 records', when('2026-10-26 14:00', 'EDT'),
        mid('047 rod final', 'waynecounty.com'), extra=[('X-Mailer', 'Microsoft Outlook 16.0')])
m.set_content("""Deposit rec'd 10/5 (your payment note went to an old mailbox, the cashier forwarded it).

Attached: notices of fraudulent conveyance / affidavits of fraud recorded 2024-2026 (index list) and
the deed fraud complaint log. Actual cost came in at $164.60. The $71.40 balance is waived. Nothing
was withheld.

This completes your request.

L. Moore
Register of Deeds - Records Div.
""")
m.add_attachment(b'recorded,liber_page,doc_type,city\n2024-02-06,61233-118,AFFIDAVIT OF FRAUD,DETROIT\n'
                 b'2024-02-21,61290-042,NOTICE OF FRAUDULENT CONVEYANCE,DEARBORN\n',
                 maintype='text', subtype='csv', filename='fraud affidavits index 2024-2026.csv')
write('047-wayne-rod-final.eml', m, 'REQ-006', 'records_final', tracking='RD-26-0311', signals=['tracking', 'subject'],
      why='terse clerk sends all records after the deposit, balance waived, nothing withheld; number only in the subject')

# 048 ---------------------------------------------------------------------------------------------
m = new('Public Records Center <%s>' % GOVQA, INBOX,
        'Public Records Request :: R012240-092226 - Message from Cuyahoga County', when('2026-10-27 10:30', 'EDT'),
        mid('048 cuy referral', 'mycusthelp.net'), extra=[('X-Mailer', 'GovQA Notification Service')])
alt(m, """Dear Records Desk,

The Fiscal Office has reviewed your request R012240-092226 for records of tax foreclosure transfers
to the county land bank, 2024-2026.

Please note that the Cuyahoga County Land Reutilization Corporation (the Cuyahoga Land Bank) is a
separate nonprofit corporation and is not a department of County government. Records that the Land
Bank creates and keeps are not County records and cannot be provided through this portal. As a
courtesy, we have forwarded a copy of your request to the Land Bank's public records contact at
publicrecords@cuyahogalandbank.org.

The Fiscal Office is continuing to search for transfer records in its own possession and will
follow up with you.

Cuyahoga County Public Records Unit
""", font='Segoe UI')
write('048-cuyahoga-govqa-referral.eml', m, 'REQ-013', 'other', tracking='R012240-092226',
      signals=['tracking-new', 'subject'],
      why='referral notice: land bank part forwarded to a separate entity; County keeps searching; first sight of R012240-092226')

# 049 ---------------------------------------------------------------------------------------------
m = new('Allegheny County Open Records <%s>' % JUSTFOIA, plus('REQ-014'),
        'Request 26-RTK-0734: New Document(s) Released', when('2026-10-30 15:30', 'EDT'),
        mid('049 ac interim', 'justfoia.com'), extra=[('X-JustFOIA-Event', 'DocumentsReleased')])
alt(m, """Dear Records Desk,

A message from the Allegheny County Open Records Officer regarding request 26-RTK-0734:

"The County is providing a first set of records responsive to your request: restrictive housing
placement logs for the Allegheny County Jail, January through June 2025. Inmate names and
identification numbers are redacted under 65 P.S. 67.708(b)(1)(ii) (personal security) and
67.708(b)(6) (personal identification information).

As you agreed in writing on October 28, 2026, the County will provide the remaining logs (July 2025
to the present) by November 20, 2026."

View your request: https://alleghenycountypa.justfoia.com/publicportal/home/track
""")
write('049-allegheny-justfoia-interim.eml', m, 'REQ-014', 'records_interim', tracking='26-RTK-0734', estimated='2026-11-20',
      signals=['plus', 'tracking'], why='first production (Jan-Jun 2025 logs, redacted); rest by Nov 20 by written agreement')

# 050 ---------------------------------------------------------------------------------------------
m = new('Cook County Assessor FOIA Center <%s>' % GOVQA, plus('REQ-015'),
        'Public Records Request :: R005120-100526 - Request Closed', when('2026-11-02 09:00', 'CST'),
        mid('050 assessor closed', 'mycusthelp.net'), extra=[('X-Mailer', 'GovQA Notification Service')])
alt(m, """Dear Records Desk,

RE: FOIA Request R005120-100526

On 10/13/2026 the Office notified you that your request was unduly burdensome and gave you an
opportunity to narrow it. No response was received through the FOIA Center.

Accordingly, the Office denies your request as unduly burdensome under Section 3(g) of the Illinois
Freedom of Information Act, and the request is now closed. You may submit a new, narrowed request at
any time.

You have a right to have this denial reviewed by the Public Access Counselor, Office of the Illinois
Attorney General, within 60 days after the date of this denial (5 ILCS 140/9.5(a)). You also have
the right to seek judicial review under Section 11.

FOIA Officer
Cook County Assessor's Office
""", font='Verdana')
write('050-cookassessor-govqa-closed-denial.eml', m, 'REQ-015', 'denial', tracking='R005120-100526', adverse=True,
      signals=['plus', 'tracking'],
      why='closure for non-response written as a 3(g) denial (our narrowing bounced); PAC 60 days hits Jan 1, rolls to Jan 4')

finish()
