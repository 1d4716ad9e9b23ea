#!/usr/bin/env python3
"""Messages 051-060 (November 4, 2026 - January 5, 2027)."""
from common import *

GOVQA = 'noreply@mycusthelp.net'
JUSTFOIA = 'noreply@justfoia.com'
MILW_FEE_MID = mid('040 milw fee', 'CH0PR09MB8310.namprd09.prod.outlook.com', 'outlook')
MILW_ACK_MID = mid('021 milw ack', 'CH0PR09MB8310.namprd09.prod.outlook.com', 'outlook')


def alt(m, text, font='Arial'):
    m.set_content(text)
    m.add_alternative('<html><body style="font-family:%s;font-size:10pt">' % font +
                      ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in text.split('\n\n')) + '</body></html>',
                      subtype='html')


# 051 ---------------------------------------------------------------------------------------------
m = new('"Brandt, Kevin" <kevin.brandt@milwaukeecountywi.gov>', plus('REQ-009'),
        'RE: ' + REQS['REQ-009']['subject'] + ' [ORR-26-0917]', when('2026-11-04 14:00', 'CST'),
        mid('051 milw final', 'CH0PR09MB8310.namprd09.prod.outlook.com', 'outlook'), irt=MILW_FEE_MID,
        refs='%s %s %s' % (rmid('REQ-009'), MILW_ACK_MID, MILW_FEE_MID),
        extra=outlook_extra('milwaukeecountywi.gov', REQS['REQ-009']['subject'], '051'))
m.set_content("""Hi,

Payment received 10/21 - thank you. The records for ORR-26-0917 are at the link below (expires in
14 days):

https://milwaukeecounty.sharefile.com/d-1a7c90e2f4b84c

- BWC policy, current and two prior versions
- Quarterly BWC compliance audits, Q1 2022 - Q3 2026
- Evidence-system retention settings export

Two 2025 audit memos are withheld in full. They concern an open internal affairs investigation,
and under the public records balancing test the public interest in protecting the integrity of
that investigation outweighs the strong presumption of access at this time. Deputies' home
addresses and personal phone numbers are redacted under Wis. Stat. 19.36(10)(a).

Under Wis. Stat. 19.35(4)(b), this determination is subject to review by mandamus under 19.37(1)
or upon application to the Attorney General or the Milwaukee County District Attorney.

This completes your request.

Kevin Brandt
Open Records Coordinator
Milwaukee County Sheriff's Office
""")
write('051-milw-sheriff-final.eml', m, 'REQ-009', 'records_final', tracking='ORR-26-0917', adverse=True,
      signals=['thread', 'plus', 'tracking'],
      why='records released, two audit memos withheld (balancing test), redactions; WI has no appeal window (null)')

# 052 ---------------------------------------------------------------------------------------------
m = new('Chicago Public Library <news@chipublib.org>', INBOX,
        'This week at CPL: Winter Reading, free tax help sign-ups, and safer branches', when('2026-11-05 07:30', 'CST'),
        mid('052 cpl news', 'mail.chipublib.org'),
        extra=[('List-Unsubscribe', '<https://www.chipublib.org/enews/unsubscribe/?e=r3c0rds>'), ('Precedence', 'bulk')])
m.set_content("""<html><body style="font-family:Georgia,serif;font-size:15px;max-width:640px;margin:auto">
<h1 style="color:#00467f">This week at Chicago Public Library</h1>
<h2>Winter Reading starts December 1</h2>
<p>Readers of all ages can log books and earn prizes at any of our 81 locations.</p>
<h2>Free tax help</h2>
<p>Sign-ups for free tax preparation appointments open in January at select branches.</p>
<h2>Safer, welcoming branches</h2>
<p>Every branch now has naloxone (Narcan) kits on site and staff trained to use them, and our security
team has added evening staffing at twelve locations.</p>
<p style="font-size:12px;color:#666">You are receiving this email because you signed up for CPL news.
<a href="https://www.chipublib.org/enews/unsubscribe/?e=r3c0rds">Unsubscribe</a>.
Chicago Public Library, 400 S. State St., Chicago, IL 60605</p>
</body></html>
""", subtype='html')
write('052-null-chilib-newsletter.eml', m, None, 'other', signals=['none'],
      why='CPL e-newsletter mentioning naloxone kits and branch security; marketing mail, not a reply to REQ-005')

# 053 ---------------------------------------------------------------------------------------------
m = new('Hennepin County <hennepincountymn@mail.nextrequest.com>', INBOX,
        '[Records Request 26-4471] Your request has been closed', when('2026-11-06 16:20', 'CST'),
        mid('053 hc nr closed', 'mail.nextrequest.com'),
        extra=[('X-Mailgun-Tag', 'request_closed'), ('Reply-To', 'no-reply@nextrequest.com')])
alt(m, """Hennepin County records request 26-4471 has been closed.

Closure reason: Records provided

Message from Hennepin County:
"The booking and release data you asked for (adult bookings, January 2024 through October 2026,
one row per booking, 92,418 rows) and the release code table are posted under Documents on the
request page. This completes your request."

View request 26-4471: https://hennepincountymn.nextrequest.com/requests/26-4471
""", font='Helvetica')
write('053-hennepin-nextrequest-final.eml', m, 'REQ-010', 'records_final', tracking='26-4471', signals=['tracking'],
      why='NextRequest closure, records provided in full as clarified; MN')

# 054 ---------------------------------------------------------------------------------------------
m = new('Public Records Center <%s>' % GOVQA, INBOX,
        'Public Records Request :: R012240-092226 - Request Closed', when('2026-11-12 11:00', 'EST'),
        mid('054 cuy norec', 'mycusthelp.net'), extra=[('X-Mailer', 'GovQA Notification Service')])
alt(m, """Dear Records Desk,

The Fiscal Office has completed its search for records responsive to request R012240-092226.

The County has no records responsive to your request. Tax-foreclosed parcels are conveyed to the
Land Bank by deed, and the County does not keep a separate list or log of those transfers. Recorded
deeds are public and can be searched in the Recorder's online index. The Public Records Act does not
require a public office to create a new record by compiling information from existing records.

This request is now closed.

Cuyahoga County Public Records Unit
""", font='Segoe UI')
write('054-cuyahoga-govqa-no-records.eml', m, 'REQ-013', 'no_records', tracking='R012240-092226', adverse=True,
      signals=['tracking'], why='Fiscal Office: no separate transfer records exist (no duty to create); Ohio has no appeal window (null)')

# 055 ---------------------------------------------------------------------------------------------
m = new('Allegheny County Open Records <%s>' % JUSTFOIA, plus('REQ-014'), 'Request 26-RTK-0734: Invoice Issued',
        when('2026-11-13 10:00', 'EST'), mid('055 ac fee', 'justfoia.com'), extra=[('X-JustFOIA-Event', 'InvoiceCreated')])
alt(m, """Dear Records Desk,

An invoice has been issued for request 26-RTK-0734.

The remaining restrictive housing placement logs (July 2025 through October 2026) total 450 pages
after redaction.

  Duplication (redacted copies): 450 pages x $0.25 = $112.50
  Amount due: $112.50

Because the fees exceed $100, prepayment is required before the records are released (65 P.S.
67.1307(h)). You can pay online through the portal. The records will be released once payment is
received.

Open Records Officer, Allegheny County
""")
write('055-allegheny-justfoia-fee.eml', m, 'REQ-014', 'fee_estimate', tracking='26-RTK-0734', signals=['plus', 'tracking'],
      why='PA invoice $112.50 for the rest of the logs, prepayment required (over $100) before release')

# 056 ---------------------------------------------------------------------------------------------
m = new('Tom Okafor <tokafor@records.example.org>', INBOX, 'Fwd: FOIL Request ECSO-FOIL-26-133 - Determination',
        when('2026-11-17 16:05', 'EST'), mid('056 fwd', 'records.example.org', 'gmail'))
m.set_content("""FYI - the Erie sheriff's FOIL determination came to me (they had my address from when I called
about the status letter). Full denial. We have 30 days to appeal to the County Law Dept.

Tom

---------- Forwarded message ---------
From: Erie County Sheriff's Office Records Access Officer <sheriff.foil@erie.gov>
Date: Tue, Nov 17, 2026 at 3:10 PM
Subject: FOIL Request ECSO-FOIL-26-133 - Determination
To: Tom Okafor <tokafor@records.example.org>


Dear Mr. Okafor:

This is the determination on FOIL Request ECSO-FOIL-26-133 for records of in-custody deaths at the
Erie County Holding Center and findings of the State Commission of Correction, 2020 to present.

Your request is denied in its entirety, for the following reasons:

1. Medical and mental health records of the decedents are exempt under Public Officers Law
   87(2)(a), as they are specifically exempted from disclosure by Public Health Law 18 and Mental
   Hygiene Law 33.13.
2. Investigative reports and related records are exempt under Public Officers Law 87(2)(e)(i),
   as disclosure would interfere with pending judicial proceedings, and 87(2)(b), as disclosure
   would be an unwarranted invasion of personal privacy.
3. Reports and findings of the State Commission of Correction and its Medical Review Board are
   records of that agency and are not maintained by this office.

You may appeal this denial within 30 days, in writing, to: FOIL Appeals Officer, Erie County
Department of Law, 95 Franklin Street, Room 1634, Buffalo, New York 14202. The appeals officer will
respond within 10 business days of receipt of the appeal.

Records Access Officer
Erie County Sheriff's Office
""")
write('056-fwd-erie-sheriff-denial.eml', m, 'REQ-011', 'denial', tracking='ECSO-FOIL-26-133', adverse=True,
      signals=['tracking', 'subject'],
      why='colleague forwards (inline, same day) the Sheriff FOIL denial in full; NY appeal 30 days from Nov 17')

# 057 ---------------------------------------------------------------------------------------------
m = new('Public Records Center <%s>' % GOVQA, INBOX,
        'Public Records Request :: R011873-091526 - Status Update', when('2026-11-20 14:00', 'EST'),
        mid('057 cuy ext', 'mycusthelp.net'), extra=[('X-Mailer', 'GovQA Notification Service')])
alt(m, """Dear Records Desk,

The Public Records Unit needs additional time to finish reviewing the remaining use-of-force reports
and video preservation requests for request R011873-091526. We now expect to complete your request
by December 18, 2026.

Thank you for your patience.

Cuyahoga County Public Records Unit
""", font='Segoe UI')
write('057-cuyahoga-govqa-extension.eml', m, 'REQ-008', 'extension', tracking='R011873-091526', estimated='2026-12-18',
      signals=['tracking'], why='more time, new completion date Dec 18; Ohio rules give no extension days, so no due')

# 058 ---------------------------------------------------------------------------------------------
m = new('Public Records Center <%s>' % GOVQA, INBOX, 'Password Reset Request', when('2026-12-07 20:45', 'CST'),
        mid('058 govqa pw', 'mycusthelp.net'), extra=[('X-Mailer', 'GovQA Notification Service')])
m.set_content("""<html><body style="font-family:Arial;font-size:10pt">
<p>A request was received to reset the password for the Public Records Center account associated with
this email address.</p>
<p>If you made this request, <a href="https://mycusthelp.com/WEBAPP/_rs/(S(k2vq0m1c))/PasswordReset.aspx?t=7f3e21">click
here to choose a new password</a>. The link expires in 24 hours.</p>
<p>If you did not request a password reset, you can ignore this message.</p>
</body></html>
""", subtype='html')
write('058-null-govqa-password-reset.eml', m, None, 'other', signals=['none'],
      why='GovQA account password-reset mail; no agency, no request; cannot be placed and belongs to no request')

# 059 ---------------------------------------------------------------------------------------------
m = new('Public Records Center <%s>' % GOVQA, INBOX,
        'Public Records Request :: R011873-091526 - Request Completed', when('2026-12-18 15:45', 'EST'),
        mid('059 cuy final', 'mycusthelp.net'), extra=[('X-Mailer', 'GovQA Notification Service')])
alt(m, """Dear Records Desk,

The remaining records responsive to request R011873-091526 are now available in the Public Records
Center: use-of-force reports from July 2025 through November 2026 (241 reports) and 63 video
preservation requests.

Camera locations and facility diagrams are redacted as security records under R.C. 149.433. Inmate
medical information is redacted under R.C. 149.43(A)(1)(a). Seven preservation requests that relate
to open criminal investigations are withheld under R.C. 149.43(A)(2)(c) as specific investigatory
work product.

Your request is now closed.

Cuyahoga County Public Records Unit
""", font='Segoe UI')
write('059-cuyahoga-govqa-final.eml', m, 'REQ-008', 'records_final', tracking='R011873-091526', adverse=True,
      signals=['tracking'], why='final release with 149.433 and (A)(2)(c) withholdings; Ohio has no appeal window (null)')

# 060 ---------------------------------------------------------------------------------------------
m = new('Allegheny County Open Records <%s>' % JUSTFOIA, plus('REQ-014'), 'Request 26-RTK-0734 has been updated',
        when('2027-01-05 10:10', 'EST'), mid('060 ac updated', 'justfoia.com'), extra=[('X-JustFOIA-Event', 'StatusChanged')])
m.set_content("""<html><body style="font-family:Arial;font-size:10pt">
<p>Your request <b>26-RTK-0734</b> has been updated.</p>
<p>Log in to the portal to view the details.</p>
<p><a href="https://alleghenycountypa.justfoia.com/publicportal/home/track">Track your request</a></p>
<p style="font-size:8pt;color:#777">This is an automated notification from JustFOIA. Please do not reply.</p>
</body></html>
""", subtype='html')
write('060-allegheny-justfoia-updated.eml', m, 'REQ-014', 'portal_notice', tracking='26-RTK-0734', signals=['plus', 'tracking'],
      why='JustFOIA "has been updated" notice with no content')

finish()
