#!/usr/bin/env python3
"""Messages 051-060 (Nov 20, 2026 - Jan 15, 2027)."""
from common import *

F, N = [], []

# 051 LASD GovQA: "request has been updated" with no content
f = '051-lasd-govqa-updated.eml'
m = new_msg([('From', "Los Angeles County Sheriff's Department <%s>" % GOVQA), ('To', plus(1)),
             ('Subject', 'Public Records Request :: R001482-090826 has been updated'),
             ('Date', date_hdr(2026, 11, 20, 11, 5, 40)),
             ('Message-ID', '<%s.GovQA@mycusthelp.net>' % hexid('051', 24)),
             ('X-Mailer', 'GovQA Notification Service')])
set_text(m, '''Your public records request has been updated.

Reference No.: R001482-090826

Please log in to the Public Records Center to view the update:
https://lasd.mycusthelp.com/WEBAPP/_rs/supporthome.aspx

This is an automated message. Please do not reply.
''')
write_msg(f, m)
F.append(fact(f, rid(1), 'portal_notice', 'R001482-090826', 'GovQA "has been updated" notice with no substantive text (the first production was posted in the portal)',
              ['plus', 'tracking']))
N.append((f, 'content-free GovQA update notice; modeled on GovQA "request has been updated" emails.'))

# 052 Port final response letter as PDF, nothing withheld
f = '052-port-final-pdf.eml'
letter = '''PORT OF SEATTLE
Legal Department - Public Records
P.O. Box 1209, Seattle, WA 98111

November 20, 2026

Records Desk
The Pacific Ledger
records@pacificledger.example.org

Re: Public Records Request PRR-2026-0268 - Final Response

Dear Records Desk:

On October 14, 2026, you clarified that your request covers (1) monthly energy delivered at the
Port's cruise shore power berths and (2) both the Seattle City Light infrastructure agreements and
the cruise line berth agreements that contain shore power requirements, 2023 to present.

The Port is providing the following records with this letter:

  - Shore power agreements with Seattle City Light for Pier 66 and Terminal 91, with 2023 amendment;
  - Shore power sections of preferential berth agreements with four cruise lines (2023-2026); and
  - Monthly shore power energy delivery reports, April 2023 through October 2026.

No records have been withheld or redacted. There is no charge for these electronic records.

This letter completes the Port's response and your request is now closed.

Sincerely,

Erin Castellanos
Public Records Officer
Port of Seattle'''
m = new_msg([('From', '"Castellanos, Erin" <Castellanos.E@portseattle.org>'), ('To', INBOX),
             ('Subject', 'PRR-2026-0268 - Final response'),
             ('Date', utc_of(2026, 11, 20, 14, 45, 19)),
             ('Message-ID', '<SJ0PR07MB%s@SJ0PR07MB8873.namprd07.prod.outlook.com>' % hexid('052', 12).upper()),
             ('X-MS-Has-Attach', 'yes')])
set_text(m, 'Please see the attached letter. The records are in the linked folder:\nhttps://portseattle.box.com/s/prr-2026-0268\n\nErin Castellanos\nPublic Records Officer, Port of Seattle\n')
attach_pdf(m, make_pdf(letter, width=100, title='Final Response'), 'PRR-2026-0268 Final Response Letter.pdf')
write_msg(f, m)
F.append(fact(f, rid(14), 'records_final', 'PRR-2026-0268', 'PDF closing letter: all clarified records released, nothing withheld; request closed', ['tracking']))
N.append((f, 'final letter only as a PDF, nothing withheld (no appeal question); modeled on Washington port final-response letters.'))

# 053 Port of Seattle Commission meeting notice (belongs to no request; mentions shore power)
f = '053-port-commission-notice-null.eml'
m = new_msg([('From', 'Port of Seattle Commission <commission-notices@portseattle.org>'), ('To', INBOX),
             ('Subject', 'Notice of Regular Commission Meeting - December 1, 2026'),
             ('Date', date_hdr(2026, 11, 23, 10, 0, 0)),
             ('Message-ID', '<notice.20261123.%s@portseattle.org>' % hexid('053', 10)),
             ('List-Unsubscribe', '<mailto:commission-notices-unsubscribe@portseattle.org>'), ('Precedence', 'bulk')])
set_text(m, '''PORT OF SEATTLE COMMISSION
Notice of Regular Meeting

Tuesday, December 1, 2026, 12:00 p.m.
Pier 69, 2711 Alaskan Way, Seattle, and by livestream

Agenda highlights:
  1. Approval of minutes
  2. 2027 Budget and Draft Plan of Finance - final adoption
  3. Briefing: 2026 cruise season and shore power performance report
  4. Order 2026-14: Sea-Tac Airport noise program update
  5. Public comment (sign up by 9:00 a.m. on the meeting day)

Materials are posted at www.portseattle.org/commission.

You are receiving this notice because you subscribed to Commission
meeting notices.
''')
write_msg(f, m)
F.append(fact(f, None, 'other', None, 'Port commission meeting notice; the shore power agenda item echoes an open request but answers none', ['none']))
N.append((f, 'bulk notice from the port\'s own domain with words from an open request (trap for subject matching); modeled on Port of Seattle commission meeting notices.'))

# 054 SPD specialist out-of-office reply to our status inquiry
f = '054-spd-out-of-office.eml'
status_mid = '<status.20261201.3@%s>' % ORG
m = new_msg([('From', '"Navarro, Kenji" <Kenji.Navarro@seattle.gov>'), ('To', 'Records Desk <records@pacificledger.example.org>'),
             ('Subject', 'Automatic reply: C034471-090926 - status of installment 2'),
             ('Date', utc_of(2026, 12, 1, 9, 5, 12)),
             ('Message-ID', '<MW4PR09MB%s@MW4PR09MB9911.namprd09.prod.outlook.com>' % hexid('054', 12).upper()),
             ('In-Reply-To', status_mid), ('References', status_mid),
             ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
set_text(m, wrap('''I am out of the office through Monday, December 7, with limited access to email.

For Seattle Police Department public disclosure matters, please write to SPD_PublicDisclosure@seattle.gov or call (206) 684-5481. For media inquiries, contact SPD Public Affairs.

Kenji Navarro
Public Disclosure Specialist | Seattle Police Department'''))
write_msg(f, m)
F.append(fact(f, rid(8), 'auto_reply', 'C034471-090926', 'out-of-office reply to our status inquiry; the number is only in the echoed subject',
              ['tracking']))
N.append((f, 'Exchange out-of-office threaded only to our own status email (not in the register); modeled on Outlook automatic replies.'))

# 055 Colleague forwards the King County installment email that went to her
f = '055-fwd-kingcounty-installment.eml'
fwd = '''Desk - the county sent this to me instead of the desk (I called them after
our payment email bounced). Paid $21.45 by card over the phone on 12/1.
- Maya

---------- Forwarded message ---------
From: DAJD Public Records <dajd.records@kingcounty.gov>
Date: Fri, Dec 4, 2026 at 3:58 PM
Subject: PRR 26-0418 Installment 1
To: Maya Okafor <mokafor@pacificledger.example.org>


Hi Maya,

Thank you for your payment. Installment 1 of PRR 26-0418 (jail health
services staffing reports and mandatory overtime logs, 2024; 214 pages) is
available at the link below for 30 days:

https://kingcounty.box.com/s/prr26-0418-inst1

Installment 2, the in-custody death reviews and corrective action plans, is
the final installment. We estimate it will be ready by January 8, 2027.

Thanks,
Public Disclosure Unit
King County Department of Adult and Juvenile Detention
'''
m = new_msg([('From', 'Maya Okafor <mokafor@pacificledger.example.org>'), ('To', 'Records Desk <records@pacificledger.example.org>'),
             ('Subject', 'Fwd: PRR 26-0418 Installment 1'),
             ('Date', date_hdr(2026, 12, 4, 17, 20, 31)),
             ('Message-ID', '<CAJz8mQy%s@mail.gmail.com>' % hexid('055', 20))])
html = '<div dir="ltr">' + esc(fwd.split('\n\n---------- Forwarded')[0]).replace('\n', ' ') + \
       '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>' + \
       '<br>'.join(esc(fwd.split('---------- Forwarded message ---------\n')[1]).split('\n')) + '</div></div></div>'
set_alt(m, fwd, html)
write_msg(f, m)
F.append(fact(f, rid(10), 'records_interim', 'PRR 26-0418', 'colleague forwards the county email: installment 1 released after payment; final installment estimated Jan 8',
              ['tracking'], estimated='2027-01-08'))
N.append((f, 'Gmail-style "Fwd:" from a colleague of ours; the agency message is inside the body; modeled on newsroom forwards of records emails.'))

# 056 SDSO NextRequest closure with records and withholdings
f = '056-sdso-nextrequest-final.eml'
m = new_msg([('From', "San Diego County Sheriff's Office <%s>" % NEXTREQ), ('To', plus(3)),
             ('Subject', 'Request #26-4417 has been closed'),
             ('Date', date_hdr(2026, 12, 7, 11, 20, 55)),
             ('Message-ID', '<%s@nextrequest.com>' % hexid('056')),
             ('Reply-To', 'no-reply@nextrequest.com')])
msg = ('As narrowed on October 7, the Sheriff\'s Office has released 31 final Critical Incident Review Board '
       'reports and 34 death review summaries with corrective action plans (2023-2025). Redactions were made '
       'under Government Code sections 7927.700 and 7923.600 and Civil Code section 56.10 (medical information). '
       'Records concerning 2026 deaths that remain under criminal investigation are withheld under Government '
       'Code section 7923.600. This completes the Sheriff\'s Office response.')
txt = wrap('''San Diego County Sheriff's Office

Record request #26-4417 has been closed.

Closure reason: Records provided (some redacted or withheld)

Message from Legal Affairs - Public Records:
%s

View request: https://sdsheriff.nextrequest.com/requests/26-4417

This mailbox is not monitored. Powered by NextRequest''' % '\n'.join(textwrap.wrap(msg, 72, break_on_hyphens=False)))
html = '''<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<div style="background:#0b2e4f;color:#f2c14e;padding:8px 12px"><b>San Diego County Sheriff's Office</b></div>
<p>Record request <b>#26-4417</b> has been closed.</p><p><b>Closure reason:</b> Records provided (some redacted or withheld)</p>
<p><i>Message from Legal Affairs - Public Records:</i><br>%s</p>
<p><a href="https://sdsheriff.nextrequest.com/requests/26-4417">View request</a></p>
<p style="font-size:11px;color:#888">This mailbox is not monitored. Powered by NextRequest</p></body></html>''' % msg
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(3), 'records_final', '26-4417', 'closure with records released (redacted) and 2026 files withheld; completes the response (CA, no appeal window)',
              ['plus', 'tracking'], adverse=True))
N.append((f, 'NextRequest closure that carries a real final response (not a bare status notice); modeled on county sheriff NextRequest closures.'))

# 057 SPD: revised estimate for installment 2 (WA: no statutory extension days)
f = '057-spd-revised-estimate.eml'
m = new_msg([('From', '"Navarro, Kenji" <Kenji.Navarro@seattle.gov>'), ('To', 'Records Desk <records@pacificledger.example.org>'),
             ('Subject', 'RE: C034471-090926 - status of installment 2'),
             ('Thread-Topic', 'C034471-090926 - status of installment 2'),
             ('Thread-Index', 'Ad0JbQ2xVr7hL4mFSoy3Ckz1WgT9pA=='),
             ('Date', utc_of(2026, 12, 11, 15, 0, 4)),
             ('Message-ID', '<MW4PR09MB%s@MW4PR09MB9911.namprd09.prod.outlook.com>' % hexid('057', 12).upper()),
             ('In-Reply-To', status_mid), ('References', '%s %s' % (rmid(8), status_mid))])
txt = wrap('''Hi,

Thanks for your patience - I was out last week.

Installment 2 (Type II reports for July-December 2024 and the Force Review Board minutes) is taking longer than I estimated, because the FRB minutes have to be reviewed by the Department's legal advisor before release. My revised estimate for installment 2 is January 29, 2027.

I'll send an updated estimate for the remaining installments along with installment 2.

Kenji Navarro
Public Disclosure Specialist | Seattle Police Department | Legal Unit''')
html = '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + ''.join(
    '<p>%s</p>' % esc(p).replace('\n', '<br>') for p in txt.strip().split('\n\n')) + '</div></body></html>'
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(8), 'extension', 'C034471-090926', 'revised estimate: installment 2 now Jan 29, 2027; WA table has no extension days, so no due, estimated only',
              ['thread', 'tracking'], clock='extension', estimated='2027-01-29'))
N.append((f, 'Washington revised time estimate in an Outlook reply (References carries the request); modeled on SPD public disclosure status replies.'))

# 058 phishing that imitates a records portal (belongs to no request)
f = '058-phish-portal-password-null.eml'
m = new_msg([('From', 'Public Records Center <no-reply@govqa-records-portal.com>'), ('To', INBOX),
             ('Subject', 'Action required: your Public Records Center password expires today'),
             ('Date', date_hdr(2026, 12, 14, 9, 0, 37)),
             ('Message-ID', '<%s@govqa-records-portal.com>' % hexid('058', 18))])
set_html(m, '''<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Requester,</p>
<p>Your password for the <b>Public Records Center</b> expires in 24 hours. To keep access to your open requests and released documents, please verify your account now.</p>
<p><a href="http://govqa-records-portal.com.verify-login.info/auth?id=records">Verify my account</a></p>
<p>If you do not verify, your pending requests may be closed.</p>
<p>Public Records Center Support</p>
</body></html>''')
write_msg(f, m)
F.append(fact(f, None, 'other', None, 'phishing that imitates a records portal password notice; answers no request', ['none']))
N.append((f, 'lookalike-domain phishing using portal vocabulary ("pending requests may be closed"); modeled on credential-phishing mail aimed at portal users.'))

# 059 King County closing letter (final installment) as PDF
f = '059-kingcounty-final-pdf.eml'
letter = '''King County
Department of Adult and Juvenile Detention
Public Disclosure Unit
500 Fifth Avenue, Seattle, WA 98104

January 8, 2027

Records Desk
The Pacific Ledger

RE: Public Records Request PRR 26-0418 - Installment 2 (final) and closing letter

Dear Records Desk:

Installment 2 of your request is available at https://kingcounty.box.com/s/prr26-0418-inst2. It
contains in-custody death review reports for 2024 through 2026 (9 reviews, 166 pages) and the
associated corrective action plans.

Health care information about the deceased individuals has been redacted under chapter 70.02 RCW
and RCW 42.56.360(2). The review for one death in 2026 that remains under active criminal
investigation is withheld in full under RCW 42.56.240(1). An exemption log is included.

There is no charge for this installment. With this installment, DAJD has completed its response
and your request is closed.

Sincerely,

Public Disclosure Unit, DAJD
dajd.records@kingcounty.gov'''
m = new_msg([('From', 'DAJD Public Records <dajd.records@kingcounty.gov>'), ('To', INBOX),
             ('Cc', 'Maya Okafor <mokafor@pacificledger.example.org>'),
             ('Subject', 'Closing letter'),
             ('Date', utc_of(2027, 1, 8, 10, 30, 48)),
             ('Message-ID', '<CO1PR09MB%s@CO1PR09MB6120.namprd09.prod.outlook.com>' % hexid('059', 12).upper()),
             ('X-MS-Has-Attach', 'yes')])
set_text(m, 'Please see the attached letter.\n\nDAJD Public Disclosure Unit\n')
attach_pdf(m, make_pdf(letter, width=100, title='Closing Letter'), 'PRR 26-0418 Closing Letter.pdf')
write_msg(f, m)
F.append(fact(f, rid(10), 'records_final', 'PRR 26-0418', 'PDF closing letter: final installment released with RCW 70.02/42.56.360 redactions and one review withheld; request closed (WA, no appeal window)',
              ['tracking-filename', 'tracking-attachment'], adverse=True))
N.append((f, 'generic subject "Closing letter", number and content only in the PDF; modeled on King County public disclosure closing letters.'))

# 060 LASD third and final SB 1421 production, some incidents withheld
f = '060-lasd-final-production.eml'
m = new_msg([('From', 'LASD Discovery Unit <lasdpra@lasd.org>'), ('To', plus(1)),
             ('Subject', 'R001482-090826 - Third and final production'),
             ('Date', utc_of(2027, 1, 15, 14, 10, 22)),
             ('Message-ID', '<DM6PR09MB%s@DM6PR09MB4471.namprd09.prod.outlook.com>' % hexid('060', 12).upper())])
txt = wrap('''Dear Records Desk:

The Department has posted its third and final production for your request R001482-090826 to the Public Records Center: investigative and review files for 22 incidents.

Together with the productions of November 20 and December 18, 2026, the Department has now produced records for 54 of the 61 incidents identified in its determination of October 2, 2026. Redactions were made under Penal Code section 832.7(b)(6).

Records for the remaining 7 incidents are being withheld at this time because those incidents are under active criminal investigation or pending review by the District Attorney's Justice System Integrity Division. Disclosure is delayed under Penal Code section 832.7(b)(8) and Government Code section 7923.600. You may submit a new request for these incidents once the investigations conclude.

This production completes the Department's response, and your request is now closed.

Sincerely,

Lieutenant R. Esparza
Discovery Unit, Risk Management Bureau
Los Angeles County Sheriff's Department''')
html = '<html><body><div style="font-family:Times New Roman,serif;font-size:12pt">' + ''.join(
    '<p>%s</p>' % esc(p).replace('\n', '<br>') for p in txt.strip().split('\n\n')) + '</div></body></html>'
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(1), 'records_final', 'R001482-090826', 'final SB 1421 production; 7 incidents withheld under 832.7(b)(8)/7923.600; request closed (CA, no appeal window)',
              ['plus', 'tracking'], adverse=True))
N.append((f, 'final rolling production with partial withholding under SB 1421 delay provisions; modeled on LASD SB 1421 production letters.'))

write_part(6, F, N)
