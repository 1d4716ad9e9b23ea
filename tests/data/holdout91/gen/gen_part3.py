"""REQ-105 (NYSDOL wage-claim backlog) and REQ-106 (TWC call-center contracts)."""
from common import *

OF = 'Open FOIL NY <openfoilny@govqa.us>'
MESSAGES = []

# ---- REQ-105 bounce of the cc to the retired NYSDOL domain (DSN from our own MTA)
d = '2026-09-14 10:02 -0400'
r = REQS['REQ-105']
expl = """This is the mail system at host mx1.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<foil@labor.state.ny.us>: Host or domain name not found. Name service error
    for name=labor.state.ny.us type=MX: Host not found, try again
"""
status = """Reporting-MTA: dns; mx1.records.example.org
X-Postfix-Queue-ID: 4QwR7d1Zf2z9vK
Arrival-Date: Mon, 14 Sep 2026 09:41:12 -0400 (EDT)

Final-Recipient: rfc822; foil@labor.state.ny.us
Original-Recipient: rfc822;foil@labor.state.ny.us
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=labor.state.ny.us type=MX: Host not found, try again
"""
orig = """Return-Path: <records@records.example.org>
From: Records Desk <records@records.example.org>
Reply-To: records+req-105@records.example.org
To: foil@labor.ny.gov
Cc: foil@labor.state.ny.us
Subject: %s
Date: Mon, 14 Sep 2026 09:41:10 -0400
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""" % (r['subject'], r['message_id'])
ent = ('Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="4QwR7d1Zf2z9vK.1789436532/mx1.records.example.org"\n\n'
       'This is a MIME-encapsulated message.\n\n'
       '--4QwR7d1Zf2z9vK.1789436532/mx1.records.example.org\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n' + expl +
       '\n--4QwR7d1Zf2z9vK.1789436532/mx1.records.example.org\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + status +
       '\n--4QwR7d1Zf2z9vK.1789436532/mx1.records.example.org\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n' + orig +
       '\n--4QwR7d1Zf2z9vK.1789436532/mx1.records.example.org--\n')
MESSAGES.append(M('bounce-dsn-nysdol-old-domain', d, eml(
    [('From', 'Mail Delivery System <MAILER-DAEMON@mx1.records.example.org>'), ('To', 'records@records.example.org'),
     ('Subject', 'Undelivered Mail Returned to Sender'), ('Date', rfcdate(d)), ('Message-ID', '<20260914140212.4QwR7d1Zf2z9vK@mx1.records.example.org>'),
     ('Auto-Submitted', 'auto-replied')], ent),
    request='REQ-105', kind='bounce', tracking_number=None,
    signals=['thread-embedded', 'subject'],
    why='Postfix DSN: the cc of our REQ-105 request to the retired labor.state.ny.us domain failed (the main address took it)'))

# ---- REQ-105 ack (Open FOIL NY, plain text variant)
d = '2026-09-14 10:10 -0400'
pt = """Open FOIL NY

Dear Records Desk,

Your FOIL request has been received and forwarded to the agency.

Reference #: R004502-091426
Agency: Labor, Department of
Date Received: 9/14/2026
Description: %s

The agency will respond within five business days of receipt. To check
status, log in at https://openfoil.ny.gov/. Do not reply to this message.
""" % textwrap.fill(REQ_TEXT['REQ-105'].replace('\n', ' '), 74)
MESSAGES.append(M('openfoil-ack-wage-claims', d, eml(
    base(OF, 'records@records.example.org', 'Open FOIL NY - Request R004502-091426 has been received', d, 'r105b', 'govqa.us'), text(pt)),
    request='REQ-105', kind='acknowledgment', tracking_number='R004502-091426', clock='received_on_sent_date',
    signals=['tracking-new', 'subject'],
    why='Open FOIL NY receipt 9/14/2026 for Labor; second NYSDOL request, only the description tells it apart from R004417'))

# ---- REQ-105 NYSDOL approximate date (plain email from a named officer)
d = '2026-09-21 12:44 -0400'
body = """Good afternoon,

This is in response to your FOIL request R004502-091426, received by the
Department on September 14, 2026, for Division of Labor Standards wage
claim backlog information.

The Division of Labor Standards is reviewing what data exists in its case
management system. The Department expects to grant or deny your request
within twenty business days of this letter, on or about October 20, 2026.
If we find that more time is needed, we will write to you before then with
a new date.

Kevin Marsh
Records Access Officer
NYS Department of Labor, Office of Counsel
"""
MESSAGES.append(M('nysdol-approx-date-wage', d, eml(
    base('"Marsh, Kevin (LABOR)" <Kevin.Marsh@labor.ny.gov>', 'records@records.example.org', 'FOIL R004502-091426', d, 'r105c', 'labor.ny.gov')
    + outlook_headers('r105c'), text(body)),
    request='REQ-105', kind='extension', tracking_number='R004502-091426', clock='extension', estimated='2026-10-20',
    signals=['tracking'],
    why='NYSDOL officer sets an approximate date (20 business days, about Oct 20) under POL 89(3)(a)'))

# ---- REQ-105 fee estimate for programming time
d = '2026-10-09 10:18 -0400'
body = """Re: FOIL Request R004502-091426

Dear Requester:

The data you requested is maintained in the Division of Labor Standards'
case management system. No existing report shows open claims by month and
age, or lists open claims with employer, filing date and amount.
Retrieving it requires computer programming.

Under Public Officers Law section 87(1)(c)(iv), when more than two hours
of an employee's time is needed to prepare a copy of a record, the
Department may charge the hourly salary of the lowest-paid employee with
the necessary skill. We estimate nine hours of programming at $44.10 per
hour. After the first two hours, which are free, the estimated fee is
7 hours x $44.10 = $308.70.

Please tell us within 30 days whether you want the Department to proceed.
Payment by check payable to "Commissioner of Labor" will be required
before the data is released. If we do not hear from you within 30 days,
we will consider the request withdrawn.

Kevin Marsh
Records Access Officer
"""
MESSAGES.append(M('nysdol-programming-fee', d, eml(
    base('"Marsh, Kevin (LABOR)" <Kevin.Marsh@labor.ny.gov>', 'records@records.example.org', 'RE: FOIL R004502-091426 - estimated fee', d, 'r105d', 'labor.ny.gov')
    + outlook_headers('r105d'), text(body)),
    request='REQ-105', kind='fee_estimate', tracking_number='R004502-091426',
    signals=['tracking'],
    why='programming-time fee under POL 87(1)(c)(iv), $308.70; must agree and pay before release'))

# ---- REQ-105 final with CSV, privacy redaction, appeal
d = '2027-01-08 11:02 -0500'
body = """Dear Requester:

Re: FOIL Request R004502-091426 - Determination

Thank you for your payment. Attached are two files prepared from the
Division of Labor Standards case management system:

  1. DLS_open_claims_by_month_and_age_2023-2026.csv - counts of open
     unpaid-wage claims at the end of each month, by age band.
  2. DLS_open_claims_list_2026-11-30.csv - open claims with employer name,
     filing date, county and amount claimed.

The names and addresses of the individual workers who filed the claims
have been withheld under Public Officers Law section 87(2)(b), as
disclosure would be an unwarranted invasion of personal privacy. (These
are wage claims, not unemployment insurance records; the UI
confidentiality rules do not apply to them.)

You may appeal the withholding within 30 days of this letter to the
Records Access Appeals Officer, NYS Department of Labor, Building 12,
State Office Campus, Albany, NY 12226.

Kevin Marsh
Records Access Officer
"""
csv1 = b"month,open_0_90_days,open_91_180_days,open_181_365_days,open_over_365_days\n2023-01,2411,1380,1702,2210\n2023-02,2398,1402,1688,2264\n2026-11,3120,2077,2644,4893\n"
csv2 = b"claim_no,employer,filing_date,county,amount_claimed\nLS07-2024-018823,Empire Harbor Logistics LLC,2024-03-11,Kings,4410.00\nLS07-2025-002931,Northway Diner Corp,2025-01-27,Albany,1875.50\n"
MESSAGES.append(M('nysdol-final-csv', d, eml(
    base('"Marsh, Kevin (LABOR)" <Kevin.Marsh@labor.ny.gov>', 'records@records.example.org', 'FOIL R004502-091426 - determination and records', d, 'r105e', 'labor.ny.gov')
    + outlook_headers('r105e'),
    multi('mixed', [text(body), attach('DLS_open_claims_by_month_and_age_2023-2026.csv', 'text/csv', csv1),
                    attach('DLS_open_claims_list_2026-11-30.csv', 'text/csv', csv2)], '_004_BN8PR09MB5521A1B2C3D4E5F6BN8PR09MB5521namp_')),
    request='REQ-105', kind='records_final', tracking_number='R004502-091426', adverse_determination=True,
    signals=['tracking'],
    why='final data released after payment; worker names withheld 87(2)(b) -> partial; NY appeal 30 days'))

# ---- REQ-105 portal closed
d = '2027-01-08 11:20 -0500'
pt = """Open FOIL NY

The status of your request R004502-091426 has been changed to: Closed

Agency: Labor, Department of

Log in to Open FOIL NY to view your request: https://openfoil.ny.gov/
This is an automated message. Please do not reply.
"""
MESSAGES.append(M('openfoil-closed', d, eml(
    base(OF, 'records@records.example.org', 'Open FOIL NY - Request R004502-091426 status update', d, 'r105f', 'govqa.us'), text(pt)),
    request='REQ-105', kind='portal_notice', tracking_number='R004502-091426',
    signals=['tracking'],
    why='Open FOIL NY status change to Closed after the determination; no substantive content'))

# ---- REQ-106 TWC ack quoting our request
TWC = 'TWC Open Records <open.records@twc.texas.gov>'
d = '2026-09-08 14:40 -0500'
body = """Thank you for your request for public information, which the Texas
Workforce Commission received on September 8, 2026. Your request has been
assigned tracking number PIR-26-01147.

TWC will promptly produce public information responsive to your request.
If information cannot be produced within ten business days, we will
certify that fact in writing and set a date and hour within a reasonable
time when the information will be available. If TWC believes any
information is excepted from disclosure, we will ask the Office of the
Attorney General for a decision as the Public Information Act requires.

Open Records Section
Office of General Counsel
Texas Workforce Commission
101 East 15th Street, Austin, Texas 78778-0001

""" + quote('REQ-106', when='Tue, Sep 8, 2026 at 9:12 AM')
MESSAGES.append(M('twc-ack-quoted', d, eml(
    base(TWC, 'Records Desk <records+req-106@records.example.org>', 'RE: ' + REQS['REQ-106']['subject'], d, 'r106a', 'twc.texas.gov') + thread('REQ-106'),
    text(body)),
    request='REQ-106', kind='acknowledgment', tracking_number='PIR-26-01147', clock='received_on_sent_date',
    signals=['thread', 'plus', 'tracking-new'],
    why='TWC confirms receipt Sep 8 (= sent), assigns PIR-26-01147; TX 10 business days'))

# ---- REQ-106 ten-day letter: partial release + AG ruling requested for vendor info
d = '2026-09-22 16:05 -0500'
body = """RE: Public Information Request PIR-26-01147

Dear Requester:

Attached are the Tele-Center Services contract between TWC and its vendor
(Contract 3200-TC-24) and Amendments 1 and 2. This is a partial response.

The vendor's monthly performance reports and pricing exhibits may contain
information the vendor considers proprietary. As required by Section
552.305 of the Government Code, TWC has notified the vendor of your
request, and today asked the Office of the Attorney General for a
decision on whether that information may be withheld. A copy of our
letter to the Attorney General is attached. The remaining information
will be released or withheld as the Attorney General decides.

Open Records Section, Texas Workforce Commission
"""
agl = """TEXAS WORKFORCE COMMISSION - Office of General Counsel
September 22, 2026
Open Records Division, Office of the Attorney General
P.O. Box 12548, Austin, Texas 78711-2548
Re: Request for decision, TWC PIR-26-01147
TWC received a request on September 8, 2026 for tele-center contracts and vendor
performance reports. Pursuant to section 552.305, TWC has notified the third party
whose proprietary interests may be implicated. TWC takes no position on the
application of section 552.110 and will submit the information at issue.
cc: Requester; vendor (third-party notice)
"""
MESSAGES.append(M('twc-partial-release-ag-referral', d, eml(
    base(TWC, 'records+req-106@records.example.org', 'PIR-26-01147 - partial release and notice of request for AG decision', d, 'r106b', 'twc.texas.gov'),
    multi('mixed', [text(body), pdf('PIR-26-01147 AG request letter.pdf', agl, 'AG request'),
                    attach('3200-TC-24_contract_and_amendments.txt', 'text/plain', b'[stand-in for 3200-TC-24 contract, Amendments 1-2, 58 pages]\n')],
          '------=_NextPart_000_0031_01DD2B7A.5C9F1E40')),
    request='REQ-106', kind='records_interim', tracking_number='PIR-26-01147',
    signals=['plus', 'tracking'],
    why='contract released now; performance reports and pricing sent to the AG under 552.305 -> more to come'))

# ---- REQ-106 out of office, threaded to our follow-up
d = '2026-10-02 09:15 -0500'
body = """I am out of the office until Monday, October 12, 2026. If you need
immediate assistance with an open records request, please email
open.records@twc.texas.gov.

Kendra Price
Open Records Section | Texas Workforce Commission
"""
fu = '<fu-106.20261002.1@records.example.org>'
MESSAGES.append(M('twc-staff-ooo', d, eml(
    base('Kendra Price <kendra.price@twc.texas.gov>', 'records+req-106@records.example.org', 'Out of Office: RE: PIR-26-01147 - status of remaining information', d, 'r106c', 'twc.texas.gov')
    + [('In-Reply-To', fu), ('References', REQS['REQ-106']['message_id'] + ' ' + fu), ('Auto-Submitted', 'auto-replied')],
    text(body)),
    request='REQ-106', kind='auto_reply', tracking_number='PIR-26-01147',
    signals=['thread', 'plus', 'tracking'],
    why='TWC staff out-of-office in reply to our status follow-up'))

# ---- REQ-106 final after AG ruling (number only without prefix, HTML body)
d = '2026-12-10 13:37 -0600'
ht = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Requester:</p>
<p>The Office of the Attorney General issued Open Records Letter Ruling <b>OR2026-031877</b> on your request, TWC tracking no. <b>26-01147</b>. The Attorney General concluded that TWC must withhold the vendor's unit pricing and staffing cost build-up under section 552.110(b) of the Government Code, and that the remaining information must be released.</p>
<p>Attached are the vendor's monthly performance reports for January 2024 through August 2026, with the pricing information redacted, and a copy of the ruling. This completes TWC's response to your request.</p>
<p>Open Records Section<br>Texas Workforce Commission</p>
</body></html>"""
MESSAGES.append(M('twc-final-after-ag-ruling', d, eml(
    base(TWC, 'records+req-106@records.example.org', 'Your public information request - Attorney General ruling and release', d, 'r106d', 'twc.texas.gov'),
    multi('mixed', [html(ht), pdf('OR2026-031877.pdf', 'OFFICE OF THE ATTORNEY GENERAL OF TEXAS\nOR2026-031877\nDecember 8, 2026\nRe: Texas Workforce Commission, ID# 26-01147\nThe commission must withhold the information marked under section 552.110(b).\nThe remaining information must be released.', 'OR2026-031877')],
          '------=_NextPart_000_0112_01DD6A11.0B2C3D40')),
    request='REQ-106', kind='records_final', tracking_number='26-01147', adverse_determination=True,
    signals=['plus', 'tracking', 'subject'],
    why='final release after AG ruling; pricing withheld 552.110(b) -> partial; TX has no appeal window; number given without PIR- prefix'))
