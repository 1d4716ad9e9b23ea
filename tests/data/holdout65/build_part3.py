#!/usr/bin/env python3
"""Messages 021-030 (Sep 24 - Oct 5, 2026)."""
from common import *

F, N = [], []

# 021 LASD staff: data-extraction cost estimate, new subject, no threading, number only in body
f = '021-lasd-staff-cost-estimate.eml'
m = new_msg([('From', '"Torres, Marisol" <MTorres@lasd.org>'), ('To', INBOX),
             ('Subject', 'Body scanner PRA - cost for data extraction'),
             ('Thread-Topic', 'Body scanner PRA - cost for data extraction'),
             ('Thread-Index', 'AdzMa1b8rQ0kH2fVSE6wZx3TnV9aLg=='),
             ('Date', utc_of(2026, 9, 24, 10, 30, 44)),
             ('Message-ID', '<DM6PR09MB%s@DM6PR09MB4471.namprd09.prod.outlook.com>' % hexid('021', 12).upper()),
             ('X-MS-Has-Attach', ''), ('X-MS-Exchange-Organization-AuthAs', 'Internal')])
txt = wrap('''Good morning,

I'm following up on your request ref. R001539-091526 (body scanners, custody facilities).

We have located the contract file for the scanner vendor, including amendments and invoices, roughly 1,100 pages. Those can be sent electronically at no charge.

The daily usage logs are a different matter. They are not kept as a report; they would have to be pulled from the vendor's system and compiled into a spreadsheet. Under Government Code section 7922.575(b), the Department may charge the cost of that data compilation and extraction. Our estimate is $412.50 (5.5 hours of programmer time at $75.00/hour). The actual cost may turn out to be lower, in which case you would only be billed for the actual time.

Please let me know in writing within 30 days whether you agree to this cost. We will not begin the extraction, or release the rest of the request, until we hear back from you.

Thank you,

Marisol Torres
Law Enforcement Technician
Discovery Unit, Risk Management Bureau
Los Angeles County Sheriff's Department
(323) 526-5020''')
html = '<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + ''.join(
    '<p>%s</p>' % esc(p).replace('\n', '<br>') for p in txt.strip().split('\n\n')) + '</div></body></html>'
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(2), 'fee_estimate', 'R001539-091526', 'LASD: $412.50 data-extraction estimate under 7922.575(b) ("may" be lower); nothing proceeds until we agree in writing',
              ['tracking', 'subject']))
N.append((f, 'staff email with a changed subject and no threading; the GovQA number is in the body only; modeled on CPRA electronic-data cost notices (Gov. Code 7922.575).'))

# 022 Sacramento ten-day determination via our Google Group collaborative inbox
f = '022-sacramento-determination-via-group.eml'
gmid = '<SA1PR09MB%s@SA1PR09MB7310.namprd09.prod.outlook.com>' % hexid('022', 12).upper()
m = new_msg([('From', '"\'Whitfield, Dana\' via Records Desk" <records-desk@pacificledger.example.org>'),
             ('To', 'Records Desk <records-desk@pacificledger.example.org>'),
             ('Subject', 'RE: CPRA request: Sacramento PD automated license plate reader sharing agreements and audit logs'),
             ('Date', utc_of(2026, 9, 24, 16, 58, 20)),
             ('Message-ID', gmid), ('In-Reply-To', rmid(7)), ('References', rmid(7)),
             ('Reply-To', '"Whitfield, Dana" <DWhitfield@pd.cityofsacramento.org>'),
             ('X-Original-Sender', 'dwhitfield@pd.cityofsacramento.org'),
             ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@cityofsacramento.org; spf=pass smtp.mailfrom=DWhitfield@pd.cityofsacramento.org'),
             ('Precedence', 'list'),
             ('Mailing-list', 'list records-desk@pacificledger.example.org; contact records-desk+owners@pacificledger.example.org'),
             ('List-ID', '<records-desk.pacificledger.example.org>'),
             ('X-Google-Group-Id', '771204553918'),
             ('List-Post', '<https://groups.google.com/a/pacificledger.example.org/group/records-desk/post>, <mailto:records-desk@pacificledger.example.org>'),
             ('List-Help', '<https://support.google.com/a/pacificledger.example.org/bin/topic.py?topic=25838>, <mailto:records-desk+help@pacificledger.example.org>'),
             ('List-Archive', '<https://groups.google.com/a/pacificledger.example.org/group/records-desk/>'),
             ('List-Unsubscribe', '<mailto:googlegroups-manage+771204553918+unsubscribe@googlegroups.com>')])
txt = wrap('''Records Desk,

Please see the City's response below regarding public records request #26-3307.

This is the City of Sacramento's determination under Government Code section 7922.535(a) on your request received September 14, 2026.

Items 1 and 2 (ALPR data-sharing agreements, MOUs and the list of agencies with which SPD shares ALPR data): the City has determined that it has disclosable public records responsive to these items. The City estimates that these records will be made available to you on or before October 23, 2026, through the NextRequest portal.

Item 3 (ALPR system audit logs and hot-list query logs): the City is reviewing whether these records are exempt from disclosure, including under Government Code sections 7923.600 and 7922.000, and will state its position on this item when it produces the records for items 1 and 2 or shortly after.

Dana Whitfield
Program Analyst, Public Records Unit
Sacramento Police Department
(916) 808-0800

--
You received this message because you are subscribed to the Google Groups "Records Desk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records-desk+unsubscribe@pacificledger.example.org.''')
set_text(m, txt, cte='quoted-printable')
write_msg(f, m)
F.append(fact(f, rid(7), 'extension', '26-3307', 'ten-day determination: items 1-2 disclosable, available by Oct 23; item 3 still under review; no statutory extension invoked, so no due change',
              ['thread', 'tracking', 'subject'], estimated='2026-10-23'))
N.append((f, 'Google Group collaborative inbox ("via Records Desk", X-Original-Sender, List-ID) carrying a CPRA ten-day determination with an availability date; modeled on city police CPRA determination letters.'))

# 023 SDSO NextRequest acknowledgment for the drone request, main inbox
f = '023-sdso-nextrequest-ack-drones.eml'
m = new_msg([('From', "San Diego County Sheriff's Office <%s>" % NEXTREQ), ('To', INBOX),
             ('Subject', 'Your record request #26-4790 has been submitted'),
             ('Date', date_hdr(2026, 9, 28, 9, 40, 3)),
             ('Message-ID', '<%s@nextrequest.com>' % hexid('023')),
             ('Reply-To', 'no-reply@nextrequest.com')])
desc = ('Contracts, purchase orders and grant agreements for the Sheriff\'s unmanned aircraft system (UAS) '
        'program, and flight logs for UAS deployments, January 2024 to present.')
txt = wrap('''San Diego County Sheriff's Office

Your record request #26-4790 has been submitted.

Request:
%s

Received: September 28, 2026
Method: Email
Assigned to: Legal Affairs - Public Records

We will respond as required by the California Public Records Act. Watch for updates by email or visit https://sdsheriff.nextrequest.com/requests/26-4790

This mailbox is not monitored. Powered by NextRequest''' % '\n'.join(textwrap.wrap(desc, 72, break_on_hyphens=False)))
html = '''<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<div style="background:#0b2e4f;color:#f2c14e;padding:8px 12px"><b>San Diego County Sheriff's Office</b></div>
<h3>Your record request #26-4790 has been submitted.</h3>
<p><b>Request:</b><br>%s</p>
<p><b>Received:</b> September 28, 2026<br><b>Method:</b> Email<br><b>Assigned to:</b> Legal Affairs - Public Records</p>
<p><a href="https://sdsheriff.nextrequest.com/requests/26-4790">View request</a></p>
<p style="font-size:11px;color:#888">This mailbox is not monitored. Powered by NextRequest</p></body></html>''' % desc
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(16), 'acknowledgment', '26-4790', 'NextRequest receipt for the drone request (received Sep 28 = sent), #26-4790, main inbox; CA 10 days -> Oct 8',
              ['subject', 'tracking-new'], clock='received_on_sent_date'))
N.append((f, 'second SDSO receipt, no plus address; distinguishable from #26-4417 only by the description; same template as 003.'))

# 024 Seattle GovQA: SDOT asks for clarification, with a 30-day closure warning
f = '024-seattle-govqa-clarification.eml'
m = new_msg([('From', 'City of Seattle Public Records <%s>' % GOVQA), ('To', INBOX),
             ('Subject', 'Clarification Needed :: C035102-092126'),
             ('Date', date_hdr(2026, 9, 28, 15, 12, 9)),
             ('Message-ID', '<%s.GovQA@mycusthelp.net>' % hexid('024', 24)),
             ('X-Mailer', 'GovQA Notification Service')])
set_text(m, wrap('''Dear Records Desk,

The Seattle Department of Transportation has reviewed public records request C035102-092126 and needs clarification before it can search for records.

1. The City operates several kinds of automated traffic safety cameras: red light cameras, school zone speed cameras, and block-the-box / transit-lane cameras. Which of these does your request cover?

2. For "monthly citation counts by camera," do you want the number of notices of infraction issued, or the number paid? Note that citation processing data is held by Seattle Municipal Court, not SDOT.

Please respond by logging in to the Public Records Request Center and replying to this message. If we do not receive a response by October 28, 2026, your request will be closed in accordance with RCW 42.56.520(3)(b).

Sincerely,

SDOT Public Disclosure
City of Seattle'''))
write_msg(f, m)
F.append(fact(f, rid(9), 'clarification', 'C035102-092126', 'SDOT asks which camera types and which citation counts; closes if no answer by Oct 28 (RCW 42.56.520(3)(b))',
              ['tracking']))
N.append((f, 'WA clarification request with a closure warning from the shared GovQA sender; modeled on City of Seattle GovQA clarification messages.'))

# 025 Exchange Online NDR from the Sheriff's tenant: the cc address in our OCSD BWC request is gone
f = '025-bounce-exchange-ocsd.eml'
B = 'c2f7e9a1-5d3b-4f28-9b6e-0a7d31c5e8f4'
B2 = 'a81f0c33-77d2-41b9-8e5a-2c6b9d0f4e17'
when = utc_of(2026, 10, 1, 9, 5, 19)
raw = '''From: Microsoft Outlook <postmaster@ocsheriff.onmicrosoft.com>
To: <records@pacificledger.example.org>
Date: %(date)s
Subject: Undeliverable: CPRA request: OCSD body-worn camera policy and compliance
 audits, 2023-2026
Message-ID: <3f0a9b7e-1c44-4d6a-b2e8-6c1d0f9a2b55@BY5PR09MB5432.namprd09.prod.outlook.com>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="%(b)s"

--%(b)s
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="%(b2)s"

--%(b2)s
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to cpra.requests@ocsheriff.gov couldn't be delivered.

cpra.requests wasn't found at ocsheriff.gov.

records          Office 365          cpra.requests
Action Required                      Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact the recipient by some
  other means (by phone, for example) to confirm they are using the address
  you have. They may have a new address.

Diagnostic information for administrators:

Generating server: BY5PR09MB5432.namprd09.prod.outlook.com

cpra.requests@ocsheriff.gov
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound;
Recipient cpra.requests@ocsheriff.gov not found by SMTP address lookup'

--%(b2)s
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: 7bit

<html><body><div style="font-family:Segoe UI,Arial,sans-serif">
<p style="font-size:18px;color:#c00">Your message to cpra.requests@ocsheriff.gov couldn't be delivered.</p>
<p><b>cpra.requests</b> wasn't found at <b>ocsheriff.gov</b>.</p>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p>
<p style="font-size:11px">Generating server: BY5PR09MB5432.namprd09.prod.outlook.com<br>
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'</p>
</div></body></html>

--%(b2)s--

--%(b)s
Content-Type: message/delivery-status

Reporting-MTA: dns;BY5PR09MB5432.namprd09.prod.outlook.com
Received-From-MTA: dns;mx1.pacificledger.example.org
Arrival-Date: Thu, 1 Oct 2026 16:03:51 +0000

Final-Recipient: rfc822;cpra.requests@ocsheriff.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 cpra.requests@ocsheriff.gov not found by SMTP address lookup

--%(b)s
Content-Type: text/rfc822-headers

Received: from mx1.pacificledger.example.org (203.0.113.25) by
 BY5PR09MB5432.namprd09.prod.outlook.com with Microsoft SMTP Server id
 15.20.8901.12; Thu, 1 Oct 2026 16:03:51 +0000
From: Records Desk <records@pacificledger.example.org>
Reply-To: %(reply)s
To: OCSD Public Records <publicrecords@ocsheriff.gov>
CC: <cpra.requests@ocsheriff.gov>
Subject: CPRA request: OCSD body-worn camera policy and compliance audits,
 2023-2026
Date: Thu, 1 Oct 2026 09:03:47 -0700
Message-ID: %(mid)s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--%(b)s--
''' % {'date': when, 'b': B, 'b2': B2, 'reply': plus(15), 'mid': rmid(15)}
write_msg(f, raw)
F.append(fact(f, rid(15), 'bounce', None, 'Exchange Online NDR: the cc copy of our OCSD body-camera request to cpra.requests@ocsheriff.gov was rejected (main address fine)',
              ['thread-embedded', 'subject']))
N.append((f, 'Microsoft 365 NDR (multipart/report, RESOLVER.ADR.RecipientNotFound) sent by the sheriff\'s tenant, i.e. from an agency-related domain; modeled on Exchange Online non-delivery reports.'))

# 026 Portland GovQA cost estimate (HTML only)
f = '026-portland-govqa-fee-html.eml'
m = new_msg([('From', 'City of Portland Public Records <%s>' % GOVQA), ('To', INBOX),
             ('Subject', 'Cost Estimate for Public Records Request :: P052819-091026'),
             ('Date', date_hdr(2026, 10, 1, 14, 20, 51)),
             ('Message-ID', '<%s.GovQA@mycusthelp.net>' % hexid('026', 24)),
             ('X-Mailer', 'GovQA Notification Service')])
set_html(m, '''<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Records Desk,</p>
<p>The Portland Police Bureau has prepared a cost estimate for public records request <b>P052819-091026</b>.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><th align="left">Item</th><th>Hours</th><th>Rate</th><th>Amount</th></tr>
<tr><td>Search, retrieval and compilation (Records Specialist)</td><td>3.0</td><td>$48.20</td><td>$144.60</td></tr>
<tr><td>Review for exempt material (Legal Advisor)</td><td>0.5</td><td>$85.60</td><td>$42.80</td></tr>
<tr><td colspan="3"><b>Estimated total</b></td><td><b>$187.40</b></td></tr></table>
<p>This is an estimate. The actual cost may be higher or lower; if it is lower, the difference will be refunded, and if it will be higher you will be contacted before any additional work. <b>Staff will not continue work on this request until payment is received.</b> You may pay online through the Public Records Request Center.</p>
<p>You may ask the City to waive or reduce the fee if you believe disclosure is in the public interest (ORS 192.324(5)). If we do not receive payment or a response within 60 days, the request will be closed.</p>
<p>Public Records Program<br>City of Portland, Oregon</p>
</body></html>''')
write_msg(f, m)
F.append(fact(f, rid(11), 'fee_estimate', 'P052819-091026', 'itemized $187.40 estimate; work stops until payment; fee waiver may be requested',
              ['tracking']))
N.append((f, 'HTML-only itemized cost table from the shared GovQA sender; modeled on City of Portland public records fee estimates.'))

# 027 LASD determination (after the extension): disclosable, rolling production, first by Nov 20
f = '027-lasd-determination-832-7.eml'
m = new_msg([('From', 'LASD Discovery Unit <lasdpra@lasd.org>'), ('To', plus(1)),
             ('Subject', 'R001482-090826 - Determination (Penal Code 832.7)'),
             ('Date', utc_of(2026, 10, 2, 11, 45, 0)),
             ('Message-ID', '<DM6PR09MB%s@DM6PR09MB4471.namprd09.prod.outlook.com>' % hexid('027', 12).upper())])
txt = wrap('''Dear Records Desk:

This is the Los Angeles County Sheriff's Department's determination under Government Code section 7922.535(a) on your California Public Records Act request of September 8, 2026 (reference R001482-090826), for records made disclosable by Penal Code section 832.7(b).

The Department has determined that it possesses disclosable public records responsive to your request: investigative and review files for deputy-involved shootings and for uses of force resulting in death or great bodily injury, 2022 through 2025 (approximately 61 incidents).

Because of the volume, the records will be produced on a rolling basis. The Department anticipates making the first production on or before November 20, 2026, with later productions at approximately 30-day intervals. Records will be redacted as required or permitted by Penal Code section 832.7(b)(6). Disclosure of records relating to incidents under active criminal investigation or pending District Attorney review may be delayed as provided in Penal Code section 832.7(b)(8); you will be told which incidents are affected.

Productions will be posted to the Public Records Center under the reference number above.

Sincerely,

Lieutenant R. Esparza
Discovery Unit, Risk Management Bureau
Los Angeles County Sheriff's Department''')
html = '<html><body><div style="font-family:Times New Roman,serif;font-size:12pt">' + ''.join(
    '<p>%s</p>' % esc(p).replace('\n', '<br>') for p in txt.strip().split('\n\n')) + '</div></body></html>'
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(1), 'extension', 'R001482-090826', 'determination at the end of the extended period: records disclosable, rolling production, first by Nov 20; no further statutory extension, so no due change',
              ['plus', 'tracking', 'subject'], estimated='2026-11-20'))
N.append((f, 'CPRA determination with an availability date and SB 1421 (832.7(b)(6)/(b)(8)) language, sent from the sheriff\'s own mailbox; modeled on sheriff SB 1421 rolling-production letters.'))

# 028 Portland GovQA payment receipt
f = '028-portland-govqa-payment.eml'
m = new_msg([('From', 'City of Portland Public Records <%s>' % GOVQA), ('To', INBOX),
             ('Subject', 'Payment Receipt :: P052819-091026'),
             ('Date', date_hdr(2026, 10, 5, 10, 10, 31)),
             ('Message-ID', '<%s.GovQA@mycusthelp.net>' % hexid('028', 24)),
             ('X-Mailer', 'GovQA Notification Service')])
set_text(m, '''City of Portland Public Records Request Center

Payment received - thank you.

Reference No.:   P052819-091026
Amount:          $187.40
Method:          Credit card (VISA ending 4410)
Transaction ID:  8841-20261005-0173
Date:            10/5/2026 10:09 AM

This receipt was generated automatically. Log in to the Public Records
Request Center to view your request.
''')
write_msg(f, m)
F.append(fact(f, rid(11), 'portal_notice', 'P052819-091026', 'automatic GovQA payment receipt; no substantive message from the agency',
              ['tracking']))
N.append((f, 'portal-generated payment receipt (plain text, aligned columns); modeled on GovQA payment confirmations.'))

# 029 OCSD denial letter only as PDF; number in the file name and PDF
f = '029-ocsd-denial-pdf.eml'
letter = '''ORANGE COUNTY SHERIFF'S DEPARTMENT
Public Records Unit
550 N. Flower Street, Santa Ana, California 92703

October 5, 2026

Records Desk
The Pacific Ledger
Via email

Re: California Public Records Act Request No. 2026-PRA-01093 (custody informants)

Dear Records Desk:

The Department has completed its review of your request dated September 10, 2026, for policies, logs, audits and other records concerning custody informants in Orange County jail facilities.

After consultation with the Orange County District Attorney, the Department has determined that the responsive records are exempt from disclosure and is withholding them in their entirety on the following grounds:

  1. Government Code section 7923.600: records of investigations, intelligence information and
     security procedures of a local police agency;
  2. Government Code section 7927.705 and Evidence Code section 1040: official information acquired
     in confidence, where the necessity for preserving confidentiality outweighs disclosure;
  3. Penal Code sections 832.7(a) and 832.8: peace officer personnel records; and
  4. Government Code section 7922.000: the public interest served by withholding the records,
     including the safety of informants and their families, clearly outweighs the public interest
     in disclosure.

Under Government Code section 7922.540, the person responsible for this determination is the undersigned.

Sincerely,

K. Albright, Lieutenant
Public Records Unit
Orange County Sheriff's Department'''
m = new_msg([('From', 'OCSD Public Records <publicrecords@ocsheriff.gov>'), ('To', plus(4)),
             ('Subject', 'CPRA Response'),
             ('Date', utc_of(2026, 10, 5, 15, 35, 12)),
             ('Message-ID', '<BY5PR09MB%s@BY5PR09MB5432.namprd09.prod.outlook.com>' % hexid('029', 12).upper()),
             ('X-MS-Has-Attach', 'yes')])
set_text(m, 'Attached please find the Department\'s response to your Public Records Act request.\n\nPublic Records Unit\nOrange County Sheriff\'s Department\n')
attach_pdf(m, make_pdf(letter, width=100, title='Determination'), '2026-PRA-01093_Determination.pdf')
write_msg(f, m)
F.append(fact(f, rid(4), 'denial', '2026-PRA-01093', 'PDF-only letter withholds all custody-informant records (7923.600, 7927.705/Evid. 1040, 832.7, 7922.000); CA has no appeal window',
              ['plus', 'tracking-filename', 'tracking-attachment'], adverse=True))
N.append((f, 'full denial only inside a PDF, email says "CPRA Response"; modeled on county sheriff CPRA denial letters naming the responsible person (Gov. Code 7922.540).'))

# 030 SDSO NextRequest: asks to narrow (main inbox)
f = '030-sdso-nextrequest-narrow.eml'
m = new_msg([('From', "San Diego County Sheriff's Office <%s>" % NEXTREQ), ('To', INBOX),
             ('Subject', "[San Diego County Sheriff's Office] Message about request #26-4417"),
             ('Date', date_hdr(2026, 10, 5, 17, 20, 44)),
             ('Message-ID', '<%s@nextrequest.com>' % hexid('030')),
             ('Reply-To', 'no-reply@nextrequest.com')])
msg = ('As written, your request would include the complete investigative and medical files for every '
       'in-custody death since January 2023, which are extensive and largely exempt. To help identify the '
       'records you want (Gov. Code 7922.600), please confirm whether you will accept (a) the final Critical '
       'Incident Review Board reports and (b) the death review summaries with corrective action plans, without '
       'the underlying medical and investigative files. Once we hear from you, we will begin producing records.')
txt = wrap('''San Diego County Sheriff's Office

Legal Affairs - Public Records posted a message on request #26-4417:

%s

View and respond: https://sdsheriff.nextrequest.com/requests/26-4417

This mailbox is not monitored. Powered by NextRequest''' % msg)
html = '''<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<div style="background:#0b2e4f;color:#f2c14e;padding:8px 12px"><b>San Diego County Sheriff's Office</b></div>
<p>Legal Affairs - Public Records posted a message on request <b>#26-4417</b>:</p><p>%s</p>
<p><a href="https://sdsheriff.nextrequest.com/requests/26-4417">View and respond</a></p>
<p style="font-size:11px;color:#888">This mailbox is not monitored. Powered by NextRequest</p></body></html>''' % msg
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(3), 'clarification', '26-4417', 'SDSO asks us to narrow to CIRB reports and death review summaries before producing',
              ['tracking']))
N.append((f, 'NextRequest narrowing request on the extended due date, main inbox; modeled on county sheriff requests to narrow under Gov. Code 7922.600.'))

write_part(3, F, N)
