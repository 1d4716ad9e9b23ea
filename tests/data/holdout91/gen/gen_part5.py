"""REQ-110 and REQ-111: Pennsylvania Department of Labor & Industry (Right-to-Know Law)."""
from common import *

LI = 'PA L&I Right-to-Know Office <RA-LIRTK@pa.gov>'
MESSAGES = []

# ---- REQ-110 resource-account auto-reply
d = '2026-09-10 08:05 -0400'
body = """Thank you for contacting the Department of Labor & Industry Right-to-Know
Office. This is an automated acknowledgment that your email was delivered.

This mailbox is monitored Monday through Friday, 8:00 a.m. to 4:30 p.m.
Requests received after 4:30 p.m. or on a weekend or state holiday are
considered received on the next business day. Please do not send the same
request more than once.

Unemployment Compensation claimants requesting their own claim file should
not use this mailbox; visit www.uc.pa.gov.
"""
MESSAGES.append(M('pali-mailbox-autoreply', d, eml(
    base(LI, 'records+req-110@records.example.org', 'Automatic reply: ' + REQS['REQ-110']['subject'], d, 'r110a', 'pa.gov')
    + thread('REQ-110') + [('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')] + outlook_headers('r110a'), text(body)),
    request='REQ-110', kind='auto_reply', tracking_number=None,
    signals=['thread', 'plus'],
    why='L&I RTK resource-account auto-reply with mailbox hours; no number, not an acknowledgment letter'))

# ---- REQ-110 interim response / 30-day extension (multipart/alternative, section sign -> QP)
d = '2026-09-17 13:26 -0400'
pt = """RE: Right-to-Know Law Request No. 2026-1176

Dear Requester:

On September 10, 2026, the Pennsylvania Department of Labor & Industry
received your request under the Right-to-Know Law, 65 P.S. § 67.101 et
seq., for contracts and amendments with vendors operating or staffing
Unemployment Compensation service-center call centers, January 2023 to
the present.

Under Section 902(b) of the RTKL, 65 P.S. § 67.902(b), the Department
needs up to thirty (30) additional days to respond because the records
must be retrieved from a location other than this office and a legal
review is necessary to determine whether they are public records. A
response is expected on or before October 19, 2026.

Sincerely,

Lynn Pearson
Agency Open Records Officer
Pennsylvania Department of Labor & Industry
651 Boas Street, Harrisburg, PA 17121
"""
ht = '<html><body style="font-family:Times New Roman,serif;font-size:12pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', ' ') for p in pt.strip().split('\n\n')) + '</body></html>'
MESSAGES.append(M('pali-902-extension', d, eml(
    base(LI, 'records+req-110@records.example.org', 'RTKL Request No. 2026-1176 - Interim Response', d, 'r110b', 'pa.gov') + outlook_headers('r110b'),
    multi('alternative', [text(pt), html(ht)], '_000_CH0PR09MB7730D1E2F3CH0PR09MB7730namp_')),
    request='REQ-110', kind='extension', tracking_number='2026-1176', clock='extension', estimated='2026-10-19',
    signals=['plus', 'tracking-new', 'subject'],
    why='RTKL 902(b) 30-day extension; 5 business days (Sep 17) + 30 calendar days = Oct 17 (Sat) -> Oct 19, as the letter says'))

# ---- REQ-110 grant subject to prepayment of copy fees
d = '2026-10-19 15:58 -0400'
body = """RE: Right-to-Know Law Request No. 2026-1176

Dear Requester:

Your request is GRANTED. The Department has located 452 pages of
responsive contracts and amendments (UC Service Center staffing
agreements 4400029871 and 4400031102, and their amendments).

Because the records had to be printed for redaction, the duplication fee
under the Office of Open Records fee schedule is $0.25 per page, for a
total of $113.00. Under Section 1307(h) of the RTKL, prepayment is required
because the fee exceeds $100.00. Please remit a check payable to "Commonwealth of
Pennsylvania" referencing RTK 2026-1176. The records will be released
electronically upon receipt of payment. If payment is not received within
60 days, the Department will consider the request withdrawn.

Lynn Pearson
Agency Open Records Officer
"""
MESSAGES.append(M('pali-prepayment-letter', d, eml(
    base(LI, 'records+req-110@records.example.org', 'RTK 2026-1176 - Final Response - Payment Required', d, 'r110c', 'pa.gov') + outlook_headers('r110c'), text(body)),
    request='REQ-110', kind='fee_estimate', tracking_number='2026-1176',
    signals=['plus', 'tracking'],
    why='request granted but records released only after $113.00 prepayment; subject says Final Response yet nothing is released'))

# ---- REQ-110 records released after payment, with redactions and OOR appeal
d = '2026-10-30 10:40 -0400'
body = """RE: Right-to-Know Law Request No. 2026-1176

Dear Requester:

Thank you for your payment. The responsive records are attached.

Please note the following redactions:
  - Vendor staffing-rate build-up and cost proposal pages are redacted as
    confidential proprietary information, 65 P.S. 67.708(b)(11), after
    notice to the vendor under Section 707(b).
  - Personal telephone numbers and home addresses of vendor employees are
    redacted under 65 P.S. 67.708(b)(6).

No information about Unemployment Compensation claimants appears in these
contracts, so no redaction under 43 P.S. 752 or 20 CFR 603 was needed.

You have a right to appeal this partial denial in writing to the Office of
Open Records, 333 Market Street, 16th Floor, Harrisburg, PA 17101-2234,
within fifteen (15) days of the mailing date of this response (65 P.S.
67.1101). A copy of the request, this response and your reasons must be
included. The appeal form is at openrecords.pa.gov.

Lynn Pearson, Agency Open Records Officer
"""
MESSAGES.append(M('pali-final-redacted', d, eml(
    base(LI, 'records+req-110@records.example.org', 'RTK 2026-1176 - Records', d, 'r110d', 'pa.gov') + outlook_headers('r110d'),
    multi('mixed', [text(body), attach('RTK_2026-1176_records.txt', 'text/plain', b'[stand-in: agreements 4400029871 and 4400031102 with amendments, 452 pages, redacted]\n')],
          '_002_CH0PR09MB7730E4F5A6CH0PR09MB7730namp_')),
    request='REQ-110', kind='records_final', tracking_number='2026-1176', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='records released with 708(b)(11)/(b)(6) redactions -> partial; PA appeal 15 days (table gives no day type; counted as calendar)'))

# ---- REQ-111 hedged 902 notice, received date stated
d = '2026-09-24 16:10 -0400'
body = """RE: Right-to-Know Law Request No. 2026-1203

Dear Requester:

The Department of Labor & Industry received your Right-to-Know request on
September 17, 2026 for emails of Bureau of Labor Law Compliance staff that
mention the wage-complaint backlog.

The Department may require up to thirty (30) additional days to respond
under 65 P.S. 67.902(b), because the request may require redaction, legal
review and retrieval from multiple mailboxes. If so, you will receive the
Department's response no later than October 26, 2026. The Department may
respond sooner if its review allows.

Lynn Pearson
Agency Open Records Officer
"""
MESSAGES.append(M('pali-902-hedged', d, eml(
    base(LI, 'records@records.example.org', 'RTK 2026-1203 - Interim Response', d, 'r111a', 'pa.gov') + outlook_headers('r111a'), text(body)),
    request='REQ-111', kind='extension', tracking_number='2026-1203', clock='extension', estimated='2026-10-26',
    signals=['tracking-new', 'subject'],
    why='hedged ("may require") 902(b) extension; 5 business days (Sep 24) + 30 calendar days = Oct 24 (Sat) -> Oct 26'))

# ---- REQ-111 bounce of our follow-up (Exchange NDR from pa.gov)
d = '2026-10-08 09:31 -0400'
fu = '<fu-111.20261008.1@records.example.org>'
ht = """<html><body style="font-family:Segoe UI,sans-serif">
<p style="color:#c00000;font-size:16pt">Your message to BLLC-RTK@pa.gov couldn't be delivered.</p>
<p>BLLC-RTK wasn't found at pa.gov.</p>
<table><tr><td>records</td><td>Office 365</td><td>BLLC-RTK</td></tr><tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<p>How to Fix It: The address may be misspelled or may not exist. Try sending the message again, retyping the address.</p>
<p style="font-size:9pt">Diagnostic information for administrators:<br>Generating server: BN8PR09MB5521.namprd09.prod.outlook.com<br>BLLC-RTK@pa.gov<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</body></html>"""
status = """Reporting-MTA: dns;BN8PR09MB5521.namprd09.prod.outlook.com
Received-From-MTA: dns;mx1.records.example.org
Arrival-Date: Thu, 8 Oct 2026 13:31:02 +0000

Final-Recipient: rfc822;BLLC-RTK@pa.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
orig = """From: Records Desk <records@records.example.org>
Reply-To: records+req-111@records.example.org
To: BLLC-RTK@pa.gov
Subject: RE: RTK 2026-1203 - Interim Response
Date: Thu, 8 Oct 2026 09:30:55 -0400
Message-ID: %s
In-Reply-To: %s
References: %s
""" % (fu, REQS['REQ-111']['message_id'], REQS['REQ-111']['message_id'])
ent = ('Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="_8a3c2f10-77e1-4b2e-9a5d-2c0f9e1b4d3a_"\n\n'
       '--_8a3c2f10-77e1-4b2e-9a5d-2c0f9e1b4d3a_\n' + html(ht).rstrip('\n') +
       '\n--_8a3c2f10-77e1-4b2e-9a5d-2c0f9e1b4d3a_\nContent-Type: message/delivery-status\n\n' + status +
       '\n--_8a3c2f10-77e1-4b2e-9a5d-2c0f9e1b4d3a_\nContent-Type: text/rfc822-headers\n\n' + orig +
       '\n--_8a3c2f10-77e1-4b2e-9a5d-2c0f9e1b4d3a_--\n')
MESSAGES.append(M('bounce-ndr-pagov', d, eml(
    [('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@pa.gov>'), ('To', 'records@records.example.org'),
     ('Subject', 'Undeliverable: RE: RTK 2026-1203 - Interim Response'), ('Date', rfcdate(d)),
     ('Message-ID', '<f2b9c1d0-3a4e-4f5b-8c7d-9e0a1b2c3d4e@BN8PR09MB5521.namprd09.prod.outlook.com>'),
     ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', '')], ent),
    request='REQ-111', kind='bounce', tracking_number=None,
    signals=['thread-embedded', 'subject'],
    why='Exchange NDR: our follow-up on RTK 2026-1203 to a bureau address that does not exist; original headers reference REQ-111'))

# ---- REQ-111 denial: insufficiently specific (Section 703), OOR appeal
d = '2026-10-26 14:47 -0400'
body = """RE: Right-to-Know Law Request No. 2026-1203

Dear Requester:

Your request is DENIED.

Section 703 of the RTKL requires a request to identify the records sought
with sufficient specificity to let the agency determine which records are
requested. A request for all emails of an entire bureau that "mention" a
topic, without naming senders or recipients, fails to identify a discrete
group of documents by subject matter, scope and timeframe. The Bureau of
Labor Law Compliance has about 140 employees; a keyword search of their
mailboxes for the 20-month period returned more than 31,000 messages.

To the extent the request seeks emails discussing individual wage
complaints, those records would also be exempt as records of noncriminal
investigations under 65 P.S. 67.708(b)(17).

You may file a new request that names specific employees, a shorter time
period or particular subject matter. You may also appeal this denial to
the Office of Open Records, 333 Market Street, 16th Floor, Harrisburg, PA
17101-2234, within fifteen (15) days of the mailing date of this response.

Lynn Pearson, Agency Open Records Officer
"""
MESSAGES.append(M('pali-denial-specificity', d, eml(
    base(LI, 'records@records.example.org', 'RTK 2026-1203 - Final Response', d, 'r111c', 'pa.gov') + outlook_headers('r111c'), text(body)),
    request='REQ-111', kind='denial', tracking_number='2026-1203', adverse_determination=True,
    signals=['tracking', 'subject'],
    why='denied in full as insufficiently specific (RTKL 703) with 708(b)(17) as fallback; PA appeal 15 days'))
