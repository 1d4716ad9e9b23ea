#!/usr/bin/env python3
"""Messages 041-050 (Nov 2 - Nov 16, 2026)."""
from common import *

F, N = [], []

# 041 Seattle GovQA closure: no answer to the SDOT clarification
f = '041-seattle-govqa-closed-no-clarification.eml'
m = new_msg([('From', 'City of Seattle Public Records <%s>' % GOVQA), ('To', INBOX),
             ('Subject', 'Public Records Request :: C035102-092126 - Closed'),
             ('Date', date_hdr(2026, 11, 2, 16, 40, 12)),
             ('Message-ID', '<%s.GovQA@mycusthelp.net>' % hexid('041', 24)),
             ('X-Mailer', 'GovQA Notification Service')])
set_text(m, wrap('''Dear Records Desk,

On September 28, 2026, the Seattle Department of Transportation asked you to clarify public records request C035102-092126 (automated traffic camera contracts and citation data). We did not receive a response by October 28, 2026.

Under RCW 42.56.520(3)(b), the City is not required to respond to the portion of a request that is not clarified. Your request has therefore been closed. You are welcome to submit a new request at any time.

Sincerely,

SDOT Public Disclosure
City of Seattle'''))
write_msg(f, m)
F.append(fact(f, rid(9), 'denial', 'C035102-092126', 'request closed because the clarification went unanswered (RCW 42.56.520(3)(b)); nothing released',
              ['tracking'], adverse=True))
N.append((f, 'WA closure for failure to clarify, shared GovQA sender; labeled denial; modeled on City of Seattle closure notices.'))

# 042 Multnomah County newsletter that mentions jail overdose work (belongs to no request)
f = '042-multnomah-newsletter-null.eml'
m = new_msg([('From', 'Multnomah County <news@multco.us>'), ('To', INBOX),
             ('Subject', 'This week at Multnomah County: budget work sessions, shelter beds, jail health update'),
             ('Date', date_hdr(2026, 11, 4, 10, 5, 0)),
             ('Message-ID', '<20261104180500.%s@lists.multco.us>' % hexid('042', 10)),
             ('List-Unsubscribe', '<https://multco.us/newsletter/unsubscribe?u=8812a>'),
             ('List-Id', 'Multnomah County Weekly <weekly.lists.multco.us>'), ('Precedence', 'bulk')])
set_html(m, '''<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
<h1 style="color:#1f5f8b;font-size:22px">This week at Multnomah County</h1>
<h3>Board begins FY 2028 budget work sessions</h3>
<p>Commissioners will hold work sessions every Tuesday in November. Public comment is welcome in person or online.</p>
<h3>300 more shelter beds before winter</h3>
<p>The Homeless Services Department opened two new sites in East County this week.</p>
<h3>Jail health update</h3>
<p>The Sheriff&#39;s Office and Corrections Health briefed the Board on overdose prevention in the jails, including wider naloxone distribution at release and new body scanners at intake.</p>
<p style="font-size:11px;color:#777">You are receiving this because you subscribed to county news. <a href="https://multco.us/newsletter/unsubscribe?u=8812a">Unsubscribe</a></p>
</body></html>''')
write_msg(f, m)
F.append(fact(f, None, 'other', None, 'county newsletter; mentions naloxone and jail overdoses (the MCSO request topic) but answers no request',
              ['none']))
N.append((f, 'HTML-only county newsletter from an agency domain with topic words of an open request (trap); modeled on county weekly e-newsletters.'))

# 043 Sacramento Deputy City Attorney withholds the ALPR audit logs (remaining item)
f = '043-sacramento-city-attorney-denial.eml'
m = new_msg([('From', '"Lam, Brian" <BLam@cityofsacramento.org>'), ('To', INBOX),
             ('Cc', '"Whitfield, Dana" <DWhitfield@pd.cityofsacramento.org>'),
             ('Subject', 'CPRA #26-3307 - response re item 3 (ALPR audit logs)'),
             ('Thread-Topic', 'CPRA #26-3307 - response re item 3 (ALPR audit logs)'),
             ('Thread-Index', 'AdzvQ1kP8mBx2T0aSg6LbYhC5wEr7g=='),
             ('Date', utc_of(2026, 11, 6, 9, 30, 2)),
             ('Message-ID', '<SA1PR09MB%s@SA1PR09MB7310.namprd09.prod.outlook.com>' % hexid('043', 12).upper()),
             ('X-MS-Has-Attach', '')])
txt = wrap('''Dear Records Desk:

This concerns item 3 of public records request #26-3307: Sacramento Police Department ALPR system audit logs and hot-list query logs.

The City has completed its review and is withholding these records in their entirety. The logs identify the plates searched, the officers and case numbers associated with each query, and the hot lists in use. The City withholds them under Government Code section 7923.600 (records of investigations and intelligence information) and Government Code section 7922.000, because on the facts of this case the public interest served by not disclosing the records clearly outweighs the public interest served by disclosure. See ACLU Foundation of Southern California v. Superior Court (2017) 3 Cal.5th 1032.

The records responsive to items 1 and 2 were produced on October 23, 2026. This completes the City's response to your request.

Under Government Code section 7922.540, I am the person responsible for this determination.

Brian Lam
Deputy City Attorney
Office of the City Attorney, City of Sacramento''')
html = '<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + ''.join(
    '<p>%s</p>' % esc(p).replace('\n', '<br>') for p in txt.strip().split('\n\n')) + '</div></body></html>'
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(7), 'denial', '26-3307', 'City Attorney withholds the remaining item (ALPR audit/query logs) in full and says the response is complete; items 1-2 were released earlier',
              ['tracking', 'subject'], adverse=True))
N.append((f, 'city attorney letter in the body withholding the rest of a request after an earlier release (denial vs records_final); modeled on California city attorney CPRA letters citing 7923.600/7922.000.'))

# 044 Sacramento NextRequest: closed (status only)
f = '044-sacramento-nextrequest-closed.eml'
m = new_msg([('From', 'City of Sacramento <%s>' % NEXTREQ), ('To', INBOX),
             ('Subject', 'Request #26-3307 has been closed'),
             ('Date', date_hdr(2026, 11, 6, 9, 31, 40)),
             ('Message-ID', '<%s@nextrequest.com>' % hexid('044')),
             ('Reply-To', 'no-reply@nextrequest.com')])
set_html(m, '''<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;max-width:640px">
<div style="border-bottom:3px solid #006a4e;padding:6px 0"><b>City of Sacramento</b> &middot; Public Records</div>
<p>Public records request <b>#26-3307</b> has been closed.</p>
<p><a href="https://sacramentoca.nextrequest.com/requests/26-3307" style="color:#006a4e">View request #26-3307</a></p>
<p style="font-size:11px;color:#999">Do not reply to this message. Powered by NextRequest</p>
</body></html>''')
write_msg(f, m)
F.append(fact(f, rid(7), 'portal_notice', '26-3307', 'NextRequest status change to closed, no text', ['tracking']))
N.append((f, 'bare NextRequest "closed" status notice a minute after the substantive letter; modeled on NextRequest status emails.'))

# 045 OCSD final response letter as PDF, records by download link, partial redactions
f = '045-ocsd-final-pdf.eml'
letter = '''ORANGE COUNTY SHERIFF'S DEPARTMENT
Public Records Unit
550 N. Flower Street, Santa Ana, California 92703

November 9, 2026

Records Desk
The Pacific Ledger
Via email

Re: California Public Records Act Request No. 2026-PRA-01311 (body-worn cameras)

Dear Records Desk:

The Department has completed its response to your request received October 2, 2026. The following records are provided through the secure link in the accompanying email:

  - Policy 424, Body Worn Cameras (current revision);
  - Body-worn camera activation compliance audits for 2023, 2024 and 2025 (3 reports, 54 pages); and
  - Video retention compliance review, March 2026 (7 pages).

Employee names and numbers of non-supervisory deputies identified in the audit samples have been
redacted under Penal Code sections 832.7(a) and 832.8 and Government Code section 7927.700. No other
records were withheld.

This letter completes the Department's response to your request.

Sincerely,

Trinh Nguyen
Staff Specialist, Public Records Unit
Orange County Sheriff's Department'''
m = new_msg([('From', 'OCSD Public Records <publicrecords@ocsheriff.gov>'), ('To', plus(15)),
             ('Subject', 'RE: 2026-PRA-01311'),
             ('Date', utc_of(2026, 11, 9, 13, 50, 31)),
             ('Message-ID', '<BY5PR09MB%s@BY5PR09MB5432.namprd09.prod.outlook.com>' % hexid('045', 12).upper()),
             ('X-MS-Has-Attach', 'yes')])
set_text(m, wrap('''Please see the attached letter. The records may be downloaded at the link below; the link expires in 30 days.

https://ocsheriff.sharefile.com/d-s8e1f0a29c7b4d21

Public Records Unit
Orange County Sheriff's Department'''))
attach_pdf(m, make_pdf(letter, width=100, title='Response Letter'), '2026-PRA-01311 Response Letter.pdf')
write_msg(f, m)
F.append(fact(f, rid(15), 'records_final', '2026-PRA-01311', 'final letter (PDF): policy and audits released via link, deputy identifiers redacted; completes the response (CA, no appeal window)',
              ['plus', 'tracking'], adverse=True))
N.append((f, 'final response letter in a PDF with records behind a download link; modeled on OCSD CPRA completion letters.'))

# 046 King County Exchange NDR for our payment follow-up (References only the agency's own message)
f = '046-bounce-kingcounty-ndr.eml'
B = 'b7d0e5c2-3a91-4c6f-8d24-91f0a6e3c7d8'
orig_mid = '<CO1PR09MB%s@CO1PR09MB6120.namprd09.prod.outlook.com>' % hexid('039', 12).upper()
raw = '''From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kingcounty.gov>
To: <records@pacificledger.example.org>
Date: %(date)s
Subject: Undeliverable: RE: PRR 26-0418 - first installment ready for payment
Message-ID: <5c1e8a40-9d2b-4f7e-a3c6-7b0d2e9f1a64@CO1PR09MB6120.namprd09.prod.outlook.com>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="%(b)s"

--%(b)s
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Delivery has failed to these recipients or groups:

Dana.OkonkwoReyes@kingcounty.gov
The email address you entered couldn't be found. Please check the
recipient's email address and try to resend the message. If the problem
continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: CO1PR09MB6120.namprd09.prod.outlook.com

Dana.OkonkwoReyes@kingcounty.gov
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound;
Recipient not found by SMTP address lookup'

--%(b)s
Content-Type: message/delivery-status

Reporting-MTA: dns;CO1PR09MB6120.namprd09.prod.outlook.com
Received-From-MTA: dns;mx1.pacificledger.example.org
Arrival-Date: Tue, 10 Nov 2026 19:29:44 +0000

Final-Recipient: rfc822;Dana.OkonkwoReyes@kingcounty.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
 found by SMTP address lookup

--%(b)s
Content-Type: text/rfc822-headers

From: Records Desk <records@pacificledger.example.org>
To: <Dana.OkonkwoReyes@kingcounty.gov>
Subject: RE: PRR 26-0418 - first installment ready for payment
Date: Tue, 10 Nov 2026 11:29:40 -0800
Message-ID: <followup.20261110.7@pacificledger.example.org>
In-Reply-To: %(orig)s
References: %(orig)s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--%(b)s--
''' % {'date': utc_of(2026, 11, 10, 11, 30, 2), 'b': B, 'orig': orig_mid}
write_msg(f, raw)
F.append(fact(f, rid(10), 'bounce', None, 'King County NDR: our reply about paying for installment 1 went to a mistyped address; the number is only in the returned subject',
              ['tracking', 'thread-embedded']))
N.append((f, 'Exchange NDR whose returned headers reference only the agency\'s own earlier message (039), not our request; modeled on Exchange Online 5.1.10 NDRs.'))

# 047 MCSO final: incident reports released, health records withheld; CSV index attached
f = '047-mcso-final-csv.eml'
ackmid = '<CAE8x2Pq%s@mail.multco.us>' % hexid('018', 16)
m = new_msg([('From', 'MCSO Records <mcso.records@multco.us>'), ('To', 'Records Desk <%s>' % plus(12)),
             ('Subject', 'RE: Public records request: MCSO jail overdose incident reports and naloxone use logs, 2024-2026'),
             ('Date', date_hdr(2026, 11, 12, 15, 20, 9)),
             ('Message-ID', '<CAE8x2Pq%s@mail.multco.us>' % hexid('047', 16)),
             ('In-Reply-To', ackmid), ('References', '%s %s' % (rmid(12), ackmid))])
set_text(m, '''Final response on 2026-0457.

- 38 incident reports (suspected overdoses, 2024-2026) released, index
  attached; reports are in the Box folder below. Names of adults in custody
  redacted under ORS 192.355(2).
- Naloxone administration is documented only in Corrections Health patient
  records. Those are withheld in full (ORS 192.355(9)(a), HIPAA).

No charge. Closing this out.

https://multco.box.com/s/2026-0457-mcso

T. Pham
Records Tech II | Multnomah County Sheriff's Office
''')
csv = 'report_no,date,facility,type,naloxone_given\n' + '\n'.join(
    'MCSO-IR-%s-%05d,%s,%s,suspected overdose,%s' % (y, 1100 + i * 37, d, fac, nx) for i, (y, d, fac, nx) in enumerate([
        ('24', '2024-01-19', 'MCDC', 'Y'), ('24', '2024-03-02', 'MCIJ', 'Y'), ('24', '2024-05-27', 'MCDC', 'N'),
        ('24', '2024-08-14', 'MCDC', 'Y'), ('25', '2025-02-09', 'MCIJ', 'Y'), ('25', '2025-06-30', 'MCDC', 'Y'),
        ('26', '2026-01-12', 'MCDC', 'Y'), ('26', '2026-07-21', 'MCIJ', 'N')])) + '\n... 30 more rows in the full index ...\n'
m.add_attachment(csv.encode(), maintype='text', subtype='csv', filename='2026-0457_index.csv')
write_msg(f, m)
F.append(fact(f, rid(12), 'records_final', '2026-0457', 'final: 38 redacted incident reports released, naloxone health records withheld in full; closes 2026-0457 (OR, no appeal window)',
              ['thread', 'plus', 'tracking'], adverse=True))
N.append((f, 'terse bullet-style final from a records tech with a CSV index attachment, threaded to its own ack; modeled on county sheriff records-tech replies.'))

# 048 Seattle GovQA: installment 1 available (SPD)
f = '048-seattle-govqa-installment1.eml'
m = new_msg([('From', 'City of Seattle Public Records <%s>' % GOVQA), ('To', INBOX),
             ('Subject', 'Records Available :: C034471-090926 - Installment 1'),
             ('Date', date_hdr(2026, 11, 13, 10, 0, 45)),
             ('Message-ID', '<%s.GovQA@mycusthelp.net>' % hexid('048', 24)),
             ('X-Mailer', 'GovQA Notification Service')])
txt = wrap('''Dear Records Desk,

Installment 1 of public records request C034471-090926 is now available in the Public Records Request Center.

This installment contains 212 Type II use-of-force reports for January through June 2024. Personal identifying information of subjects and witnesses has been redacted under RCW 42.56.240(1) and (2); an exemption log is included with the records.

The Seattle Police Department will continue to process your request and will provide the next installment as records are reviewed.

Log in to the Public Records Request Center to download the records:
https://seattle.govqa.us/WEBAPP/_rs/supporthome.aspx

Seattle Police Department - Public Disclosure Unit''')
html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">' +
        ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in txt.strip().split('\n\n')) + '</body></html>')
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(8), 'records_interim', 'C034471-090926', 'first installment (212 Type II reports, redacted) posted; more installments to follow', ['tracking']))
N.append((f, 'installment release through GovQA on the date the five-day letter estimated; modeled on City of Seattle installment notices.'))

# 049 Portland GovQA: records released, request closed, with redactions
f = '049-portland-govqa-final.eml'
m = new_msg([('From', 'City of Portland Public Records <%s>' % GOVQA), ('To', INBOX),
             ('Subject', 'Records Released :: P052819-091026 - Request Closed'),
             ('Date', date_hdr(2026, 11, 13, 16, 10, 28)),
             ('Message-ID', '<%s.GovQA@mycusthelp.net>' % hexid('049', 24)),
             ('X-Mailer', 'GovQA Notification Service')])
txt = wrap('''Dear Records Desk,

The City of Portland has completed its response to public records request P052819-091026. The following records are available in the Public Records Request Center:

  - Crowd-control munitions inventory and usage spreadsheets, 2024-2026
  - Purchase orders and invoices for impact munitions and chemical agents
  - After-action reports for 43 crowd-management events

Portions of the after-action reports have been redacted under ORS 192.345(3) (investigatory information compiled for criminal law purposes) and ORS 192.355(2) (information of a personal nature). The actual cost of the request was $187.40, which you have paid; no further charges apply.

Your request is now closed.

Public Records Program
City of Portland, Oregon''')
html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">' +
        ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in txt.strip().split('\n\n')) + '</body></html>')
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(11), 'records_final', 'P052819-091026', 'final release with ORS 192.345(3)/192.355(2) redactions; request closed (OR, no appeal window)',
              ['tracking'], adverse=True))
N.append((f, 'GovQA closing release with exemption citations; modeled on City of Portland records-released notices.'))

# 050 Oakland NextRequest: first production on the SB 1421 request
f = '050-oakland-nextrequest-first-production.eml'
m = new_msg([('From', 'City of Oakland <%s>' % NEXTREQ), ('To', plus(5)),
             ('Subject', '[City of Oakland] Documents released on record request #26-9152'),
             ('Date', date_hdr(2026, 11, 16, 12, 15, 3)),
             ('Message-ID', '<%s@nextrequest.com>' % hexid('050')),
             ('Reply-To', 'no-reply@nextrequest.com')])
docs = ['IA 21-0112 Investigation Report (redacted).pdf', 'IA 21-0347 Investigation Report (redacted).pdf',
        'IA 22-0065 Findings and Discipline (redacted).pdf', 'IA 22-0219 Investigation Report (redacted).pdf',
        'IA 23-0031 Findings (redacted).pdf', 'IA 23-0188 Investigation Report (redacted).pdf',
        'IA 24-0102 Findings (redacted).pdf', 'IA 24-0256 Investigation Report (redacted).pdf',
        'Case list - sustained dishonesty and sexual assault 2021-2025.xlsx']
note = ('This is the first production of records responsive to your request. Redactions were made under Penal '
        'Code section 832.7(b)(6). Additional productions will follow as review of the remaining case files '
        'is completed.')
txt = '''City of Oakland Public Records

9 documents were released on record request #26-9152:

%s

Message from OPD Records Division:
%s

View documents: https://oaklandca.nextrequest.com/requests/26-9152

Please do not reply to this email. Powered by NextRequest.
''' % ('\n'.join('  - ' + d for d in docs), '\n'.join(textwrap.wrap(note, 72)))
html = '''<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="100%%"><tr><td style="background:#1b4f72;color:#fff;padding:10px 14px"><b>City of Oakland Public Records</b></td></tr></table>
<p>9 documents were released on record request <b>#26-9152</b>:</p><ul>%s</ul>
<p><i>Message from OPD Records Division:</i><br>%s</p>
<p><a href="https://oaklandca.nextrequest.com/requests/26-9152">View documents</a></p>
<p style="color:#888;font-size:11px">Please do not reply to this email. Powered by NextRequest.</p></body></html>''' % (
    ''.join('<li>%s</li>' % d for d in docs), note)
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(5), 'records_interim', '26-9152', 'first production of redacted IA files; more productions to follow', ['plus', 'tracking']))
N.append((f, 'NextRequest release listing IA case files (numbers like 21-0112 resemble request numbers: trap); modeled on OPD SB 1421 NextRequest productions.'))

write_part(5, F, N)
