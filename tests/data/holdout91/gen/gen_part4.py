"""REQ-107 (TWC claim-level data), a TWC newsletter, REQ-108 and REQ-109 (Michigan UIA)."""
from common import *

TWC = 'TWC Open Records <open.records@twc.texas.gov>'
UIA = 'UIA FOIA <UIA-FOIA@michigan.gov>'
MESSAGES = []

# ---- REQ-107 ack
d = '2026-09-17 10:20 -0500'
body = """Dear Requester:

The Texas Workforce Commission received your request for public information
on September 16, 2026. It has been assigned tracking number PIR-26-01302.

Please be aware that information about individual unemployment benefit
claimants is confidential under Section 301.081 of the Texas Labor Code and
federal regulations at 20 CFR Part 603. TWC will review the requested
information and, if required, request a decision from the Office of the
Attorney General within the statutory deadline.

Open Records Section
Texas Workforce Commission
"""
MESSAGES.append(M('twc-ack-claim-data', d, eml(
    base(TWC, 'records+req-107@records.example.org', 'Public Information Request PIR-26-01302 - Acknowledgment', d, 'r107a', 'twc.texas.gov'), text(body)),
    request='REQ-107', kind='acknowledgment', tracking_number='PIR-26-01302', clock='received_on_sent_date',
    signals=['plus', 'tracking-new'],
    why='TWC acknowledges receipt Sep 16 (= sent), assigns PIR-26-01302; confidentiality caution is not yet a decision'))

# ---- REQ-107 notice that TWC asked the AG (time runs on the AG process; TX has no extension days)
d = '2026-09-30 15:50 -0500'
body = """RE: PIR-26-01302

Dear Requester:

TWC has asked the Office of the Attorney General to decide whether the
requested claim-level information is excepted from public disclosure under
Section 552.101 of the Government Code in conjunction with Section 301.081
of the Texas Labor Code and 20 CFR 603.4. A copy of our request for a
decision is enclosed. The Attorney General generally has 45 business days
to issue a ruling. TWC will not release or withhold the information until
the ruling is issued.

You may submit comments to the Attorney General explaining why the
information should be released. Send them to the Open Records Division,
P.O. Box 12548, Austin, Texas 78711-2548, and include TWC's tracking number.

Open Records Section, Texas Workforce Commission
"""
MESSAGES.append(M('twc-ag-decision-notice', d, eml(
    base(TWC, 'records+req-107@records.example.org', 'PIR-26-01302 - Request for Attorney General decision', d, 'r107b', 'twc.texas.gov'),
    multi('mixed', [text(body), pdf('PIR-26-01302_AG_Request.pdf', 'TEXAS WORKFORCE COMMISSION\nSeptember 30, 2026\nRe: Request for decision - TWC PIR-26-01302\nTWC asserts section 552.101 with Labor Code 301.081 and 20 CFR 603.4\nfor claim-level unemployment insurance information.', 'AG request')],
          '------=_NextPart_000_0098_01DD30C1.9A1B2C30')),
    request='REQ-107', kind='extension', tracking_number='PIR-26-01302', clock='extension',
    signals=['plus', 'tracking'],
    why='TWC asks the AG for a decision (552.301); more time with no new date; TX table gives no extension days, so no due'))

# ---- TWC newsletter (request: null, agency domain)
d = '2026-10-16 10:00 -0500'
pt = """TWC News | October 16, 2026

Texas Labor Market Adds Jobs in September

Texas added 21,300 nonfarm jobs over the month in September, and the
seasonally adjusted unemployment rate held at 4.1 percent. Over the year
the state added 186,900 jobs.

Also in this issue:
 - Skills Development Fund grants awarded to six community colleges
 - Reminder: employers' third-quarter wage reports are due October 31
 - Tips to protect your identity when filing for unemployment benefits

Read more: https://www.twc.texas.gov/news

You are subscribed to TWC News. Manage preferences or unsubscribe:
https://public.govdelivery.com/accounts/TXTWC/subscriber/edit
"""
MESSAGES.append(M('twc-newsletter-null', d, eml(
    base('Texas Workforce Commission <twc@public.govdelivery.com>', 'records@records.example.org', 'TWC News: Texas Labor Market Adds Jobs in September', d, 'null2', 'public.govdelivery.com')
    + [('Reply-To', 'news@twc.texas.gov'), ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/TXTWC/subscriber/edit>'),
       ('X-Accountcode', 'TXTWC'), ('Precedence', 'bulk')], text(pt)),
    request=None, kind='other', tracking_number=None,
    signals=['none'],
    why='TWC GovDelivery newsletter (reply-to twc.texas.gov); not about any request'))

# ---- REQ-107 denial after AG ruling (withheld in full)
d = '2026-12-03 11:12 -0600'
body = """RE: PIR-26-01302

Dear Requester:

The Attorney General has issued Open Records Letter Ruling OR2026-029410
(enclosed), concluding that the claim-level identity-theft information you
requested is confidential under Section 301.081 of the Labor Code and
20 CFR 603.4 and must be withheld under Section 552.101 of the Government
Code. TWC is therefore withholding all responsive information.

Statewide totals of identity-theft claims and fraud overpayments, which do
not identify any claimant, are published in TWC's reports to the U.S.
Department of Labor and can be requested separately.

Open Records Section, Texas Workforce Commission
"""
MESSAGES.append(M('twc-denial-claim-level', d, eml(
    base(TWC, 'records+req-107@records.example.org', 'PIR-26-01302 - Attorney General ruling', d, 'r107c', 'twc.texas.gov'),
    multi('mixed', [text(body), pdf('OR2026-029410.pdf', 'OFFICE OF THE ATTORNEY GENERAL OF TEXAS\nOR2026-029410\nRe: Texas Workforce Commission, ID# PIR-26-01302\nThe commission must withhold the submitted information under section 552.101\nin conjunction with section 301.081 of the Labor Code.', 'OR2026-029410')],
          '------=_NextPart_000_0140_01DD62F0.11A2B3C4')),
    request='REQ-107', kind='denial', tracking_number='PIR-26-01302', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='claimant-level records withheld in full after AG ruling (the request really is about claimants); TX no appeal window'))

# ---- REQ-108 mailbox auto-reply
d = '2026-09-09 11:30 -0400'
body = """Thank you for contacting the Unemployment Insurance Agency FOIA Unit.

This automated message confirms that your email was delivered to our
mailbox. It is not a response to a FOIA request. Requests are reviewed in
the order received, and the Agency will respond within the time required
by the Michigan Freedom of Information Act, MCL 15.231 et seq.

Claimants seeking their own claim records should use their MiWAM account
or call 1-866-500-0017. This mailbox cannot answer questions about
individual claims.
"""
MESSAGES.append(M('uia-mailbox-autoreply', d, eml(
    base(UIA, 'records+req-108@records.example.org', 'Automatic reply: ' + REQS['REQ-108']['subject'], d, 'r108a', 'michigan.gov')
    + thread('REQ-108') + [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')] + outlook_headers('r108a'), text(body)),
    request='REQ-108', kind='auto_reply', tracking_number=None,
    signals=['thread', 'plus'],
    why='UIA FOIA mailbox auto-response; says it is not a response to the request'))

# ---- REQ-108 extension notice, number only in the PDF (and its file name)
d = '2026-09-16 14:02 -0400'
body = """Good afternoon,

Please see the attached notice regarding your Freedom of Information Act
request.

UIA FOIA Coordinator
Michigan Department of Labor and Economic Opportunity
"""
letter = """STATE OF MICHIGAN
DEPARTMENT OF LABOR AND ECONOMIC OPPORTUNITY
UNEMPLOYMENT INSURANCE AGENCY
3024 W. Grand Blvd., Detroit, MI 48202

September 16, 2026

FOIA Request No. LEO-26-00412
NOTICE OF EXTENSION

Dear Requester:

The Unemployment Insurance Agency received your request under the
Freedom of Information Act, 1976 PA 442, MCL 15.231 et seq., on
September 9, 2026.

Under Section 5(2)(d) of the Act, MCL 15.235(2)(d), the Agency is
extending the time to respond to your request by not more than ten
business days. A response will be issued on or before September 30, 2026.

Sincerely,

FOIA Coordinator
Unemployment Insurance Agency
"""
MESSAGES.append(M('uia-extension-notice-pdf', d, eml(
    base(UIA, 'records+req-108@records.example.org', 'RE: ' + REQS['REQ-108']['subject'], d, 'r108b', 'michigan.gov') + thread('REQ-108') + outlook_headers('r108b'),
    multi('mixed', [text(body), pdf('LEO-26-00412 Notice of Extension.pdf', letter, 'Notice of Extension')], '_005_SA1PR09MB8123A4F5C6D7E8SA1PR09MB8123namp_')),
    request='REQ-108', kind='extension', tracking_number='LEO-26-00412', clock='extension', estimated='2026-09-30',
    signals=['thread', 'plus', 'tracking-new'],
    why='MCL 15.235(2)(d) 10-business-day extension to Sep 30; number and letter only in the PDF and its file name'))

# ---- REQ-108 fee estimate with deposit (HTML only)
d = '2026-09-30 16:41 -0400'
ht = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p><b>FOIA Request No. LEO-26-00412 &ndash; Notice of Good-Faith Fee Estimate</b></p>
<p>Dear Requester:</p>
<p>Your request is <b>granted</b> as to existing, nonexempt records described in it. The Agency estimates that locating, examining, separating exempt material from, and copying the records will cost <b>$386.40</b> (itemized on the attached detailed cost itemization form). Because the estimate exceeds $50.00, under MCL 15.234(8) the Agency requires a good-faith deposit of <b>$193.20</b> (50%%) before it processes the request.</p>
<p>The Agency's best estimate is that the records will be provided by <b>November 20, 2026</b>, provided the deposit is received by October 14, 2026. If the deposit is not received within 45 days, the request will be considered abandoned.</p>
<p>Portions of the fraud case records may identify individual claimants or employers; that information is confidential under MCL 421.11(b)(1)(iii) and 20 CFR Part 603 and will be redacted. Aggregate fraud loss and write-off figures will not be affected.</p>
<p>Pay by check payable to &ldquo;State of Michigan&rdquo; and reference LEO-26-00412.</p>
<p>UIA FOIA Coordinator</p>
</body></html>"""
MESSAGES.append(M('uia-fee-deposit', d, eml(
    base(UIA, 'records+req-108@records.example.org', 'LEO-26-00412 - Fee Estimate and Deposit Required', d, 'r108c', 'michigan.gov') + outlook_headers('r108c'), html(ht)),
    request='REQ-108', kind='fee_estimate', tracking_number='LEO-26-00412', estimated='2026-11-20',
    signals=['plus', 'tracking'],
    why='granted subject to a $193.20 deposit (50% of $386.40) under MCL 15.234(8); records about Nov 20; redaction note is no denial'))

# ---- REQ-108 final, granted in part / denied in part, 180-day appeal
d = '2026-11-19 15:15 -0500'
body = """FOIA Request No. LEO-26-00412 - Final Response

Dear Requester:

Your request is GRANTED IN PART and DENIED IN PART.

Granted: The Agency is providing (1) annual estimates of fraud losses and
fraud overpayment write-offs for calendar years 2020 through 2025 and
January-June 2026; and (2) the Agency's written responses and
corrective-action plan sent to the Office of the Auditor General for
audit report 641-0593-25.

Denied in part: Three fraud investigation summaries attached to the
corrective-action plan identify individual claimants. Their names, Social
Security numbers and claim identifiers are redacted under MCL
15.243(1)(d), as information specifically exempted from disclosure by
statute, namely MCL 421.11(b)(1)(iii) and 20 CFR 603.4.

Under MCL 15.240, you may (a) submit a written appeal to the head of the
public body, the UIA Director, stating the word "appeal" and identifying
the reasons the denial should be reversed, or (b) commence a civil action
in the Court of Claims within 180 days after the date of this final
determination. A fee appeal may be made under MCL 15.240a.

The balance due of $172.60 (actual cost $365.80 less deposit) is enclosed
as an invoice.

UIA FOIA Coordinator
"""
MESSAGES.append(M('uia-final-partial', d, eml(
    base(UIA, 'records+req-108@records.example.org', 'LEO-26-00412 - Final Response', d, 'r108d', 'michigan.gov') + outlook_headers('r108d'),
    multi('mixed', [text(body), attach('LEO-26-00412_Records.txt', 'text/plain', b'[stand-in: fraud loss estimates 2020-2026; OAG audit 641-0593-25 responses; 74 pages]\n')],
          '_006_SA1PR09MB8123B1C2D3SA1PR09MB8123namp_')),
    request='REQ-108', kind='records_final', tracking_number='LEO-26-00412', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='granted in part / denied in part; claimant identifiers redacted (MCL 15.243(1)(d), 20 CFR 603); MI appeal 180 days'))

# ---- REQ-109 record does not exist (denial by statute, treated as no_records)
d = '2026-09-28 10:35 -0400'
body = """Please see the attached response to your FOIA request.
"""
letter = """STATE OF MICHIGAN - UNEMPLOYMENT INSURANCE AGENCY
September 28, 2026
FOIA Request No. LEO-26-00467
NOTICE OF DENIAL - RECORD DOES NOT EXIST

Dear Requester:

Your request of September 21, 2026 for the contract between the
Unemployment Insurance Agency and its identity-verification vendor, and
its change notices, is denied because, after a search, the Agency
determined that no such record exists within its possession under the
description you gave (MCL 15.235(5)(b)). The identity-verification
service used by the Agency is purchased under a statewide contract held
and administered by the Department of Technology, Management and Budget,
Central Procurement Services, which is a separate public body.

You may appeal this denial to the head of the public body or commence an
action in the Court of Claims within 180 days, as provided in MCL 15.240.

FOIA Coordinator, Unemployment Insurance Agency
"""
MESSAGES.append(M('uia-no-record-exists', d, eml(
    base(UIA, 'records+req-109@records.example.org', 'FOIA Response', d, 'r109a', 'michigan.gov') + outlook_headers('r109a'),
    multi('mixed', [text(body), pdf('LEO-26-00467_Response.pdf', letter, 'Notice of Denial')], '_007_SA1PR09MB8123C9D8E7SA1PR09MB8123namp_')),
    request='REQ-109', kind='no_records', tracking_number='LEO-26-00467', adverse_determination=True,
    signals=['plus', 'tracking-attachment'],
    why='no such record within UIA (contract held by DTMB); formally a denial under MCL 15.235(5)(b); MI appeal 180 days; all content in PDF'))
