#!/usr/bin/env python3
"""Messages 021-030 (Sep 28 - Oct 5, 2026)."""
from build_common import *

MESSAGES = []

def add(file, headers, body, f):
    MESSAGES.append({'file': file, 'headers': headers, 'body': body, 'facts': f})


# ---------------------------------------------------------------- 021 NY OSC: letter dated Sep 22 carried by a Sep 28 email
R = 'REQ-108'
letter = """OFFICE OF THE NEW YORK STATE COMPTROLLER
Records Access Office
110 State Street, 15th Floor, Albany, New York 12236

September 22, 2026

Records Desk
records+req-108@records.example.org

Re: FOIL-2026-0655

Dear Requester:

This acknowledges receipt on September 21, 2026 of your request under the Freedom of Information Law (FOIL) for:

1. minutes of the meetings of the Investment Advisory Committee to the New York State Common Retirement Fund held from January 1, 2024 to the present; and

2. travel vouchers and related expense documentation submitted by the Chief Investment Officer for the same period.

Your request has been assigned number FOIL-2026-0655. We are conducting a search for the records you describe. In accordance with Section 89(3)(a) of the Public Officers Law, we anticipate responding to your request on or before October 21, 2026.

Copies of records are provided electronically at no charge when available in that form. Paper copies are $0.25 per page.

Sincerely,

Records Access Officer
Office of the State Comptroller
"""
t = """Good afternoon,

Please see the attached correspondence regarding your FOIL request.

Records Access Office
NYS Office of the State Comptroller
"""
add('021-nyosc-ack-letter-dated-earlier.eml', [
    ('From', 'OSC Records Access <foil@osc.ny.gov>'),
    ('To', plus(R)),
    ('Subject', 'Correspondence from the Office of the State Comptroller'),
    ('Date', 'Mon, 28 Sep 2026 14:25:03 -0400'),
    ('Message-ID', mid('021', 'osc.ny.gov')),
], mixed([text(t), attach(make_pdf(letter, 'FOIL Acknowledgment'), 'application/pdf', 'OSC_FOIL_Letter.pdf')], '021'),
    facts(R, 'acknowledgment', 'FOIL-2026-0655', ['plus', 'tracking-new'],
          'PDF letter dated Sep 22 sent by email on Sep 28: receipt Sep 21 (= sent), FOIL-2026-0655, approx. date Oct 21; NY 5 business days from Sep 21',
          clock='received_on_sent_date', estimated='2026-10-21'))


# ---------------------------------------------------------------- 022 Illinois Auditor General: first message is a 3(e) extension
R = 'REQ-111'
t = """Dear Requester:

The Office of the Auditor General received your Freedom of Information Act
request on September 22, 2026. It has been assigned FOIA No. 2026-041. You
requested the audit work papers for the compliance examination of the
Illinois State Board of Investment for the fiscal year ended June 30, 2026.

Pursuant to 5 ILCS 140/3(e), the Office is extending the time for its
response by five business days because:

  (v)   the request requires examination and evaluation by personnel
        having the necessary competence and discretion to determine if
        the records are exempt from disclosure; and
  (vii) there is a need for consultation with another public body that
        has a substantial interest in the subject matter of the request.

The Office will respond to your request on or before October 6, 2026.

Sincerely,

FOIA Officer
Office of the Auditor General
Iles Park Plaza, 740 East Ash Street
Springfield, Illinois 62703-3154
"""
add('022-ilaudgen-extension-3e.eml', [
    ('From', 'OAG FOIA <foia@auditor.illinois.gov>'),
    ('To', plus(R)),
    ('Subject', 'RE: ' + SUBJ[R]),
    ('Date', 'Mon, 28 Sep 2026 15:12:37 -0500'),
    ('Message-ID', mid('022', 'auditor.illinois.gov')),
    ('In-Reply-To', RMID(R)),
    ('References', RMID(R)),
], text(t),
    facts(R, 'extension', '2026-041', ['thread', 'plus', 'tracking-new'],
          'first OAG message is a 3(e)(v)/(vii) extension assigning FOIA No. 2026-041; 5 business days on the Sep 29 due; response by Oct 6',
          clock='extension', estimated='2026-10-06'))


# ---------------------------------------------------------------- 023 Gmail DSN: our BFS request cc'd to a legacy Public Debt address
R = 'REQ-116'
req_body = """To the Bureau of the Fiscal Service FOIA Officer:

Under the Freedom of Information Act, 5 U.S.C. 552, I request copies of any
data-sharing agreements, memoranda of understanding or agreements in
principle between the Department of the Treasury (including the Bureau of
the Fiscal Service and the former Bureau of the Public Debt) and any state
unclaimed property administrator concerning Treasury Hunt or matured
unredeemed savings bond data, and correspondence about such agreements,
from January 1, 2020 to the present.

I am a representative of the news media and request a fee waiver.

Records Desk
records.example.org
"""
orig = """Return-Path: <records@records.example.org>
Received: by mail-sor-f41.google.com with SMTP id 5b1f17b1804b1-4317c2f0a1bso1103455e9
        for <foia@bpd.treas.gov>; Tue, 29 Sep 2026 07:02:44 -0700 (PDT)
From: Records Desk <records@records.example.org>
Reply-To: records+req-116@records.example.org
To: foia@fiscal.treasury.gov
Cc: foia@bpd.treas.gov
Subject: %s
Date: Tue, 29 Sep 2026 10:02:41 -0400
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

%s""" % (SUBJ[R], RMID(R), req_body)
tt = """
** Address not found **

Your message wasn't delivered to foia@bpd.treas.gov because the domain
bpd.treas.gov couldn't be found. Check for typos or unnecessary spaces and
try again.

Learn more at https://support.google.com/mail/answer/6596

The response was:

DNS Error: DNS type 'mx' lookup of bpd.treas.gov responded with code
NXDOMAIN Domain name not found: bpd.treas.gov
"""
hb = ('<html><body><div style="font-family:Roboto,Arial,sans-serif"><h2 style="font-size:18px">Address not found</h2>'
      '<p>Your message wasn\'t delivered to <b>foia@bpd.treas.gov</b> because the domain bpd.treas.gov couldn\'t be found. '
      'Check for typos or unnecessary spaces and try again.</p><p><a href="https://support.google.com/mail/answer/6596">LEARN MORE</a></p>'
      '<p style="color:#666">The response was:<br>DNS Error: DNS type \'mx\' lookup of bpd.treas.gov responded with code NXDOMAIN '
      'Domain name not found: bpd.treas.gov</p></div></body></html>')
status = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 29 Sep 2026 07:02:44 -0700 (PDT)
X-Original-Message-ID: %s

Final-Recipient: rfc822; foia@bpd.treas.gov
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of bpd.treas.gov
 responded with code NXDOMAIN Domain name not found: bpd.treas.gov
Last-Attempt-Date: Tue, 29 Sep 2026 07:02:46 -0700 (PDT)
""" % RMID(R)
add('023-bounce-gmail-legacy-bpd.eml', [
    ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
    ('To', 'records@records.example.org'),
    ('Auto-Submitted', 'auto-replied'),
    ('Subject', 'Delivery Status Notification (Failure)'),
    ('References', RMID(R)),
    ('In-Reply-To', RMID(R)),
    ('X-Failed-Recipients', 'foia@bpd.treas.gov'),
    ('Date', 'Tue, 29 Sep 2026 07:02:46 -0700 (PDT)'),
    ('Message-ID', '<66fa1c36.050a0220.3a1f2c.7d41.GMR@mx.google.com>'),
], report([alt([text(tt), html(hb)], '023a', 'google'),
           {'kind': 'leaf', 'ctype': 'message/delivery-status', 'charset': 'us-ascii', 'cte': '7bit',
            'text': status, 'extra': []},
           rfc822(orig)], '023', 'google'),
    facts(R, 'bounce', None, ['thread', 'thread-embedded'],
          'Gmail DSN: the copy of our Fiscal Service request sent to the legacy Bureau of the Public Debt address failed (NXDOMAIN)'))


# ---------------------------------------------------------------- 024 CalPERS clarification, quoting our request below
R = 'REQ-102'
t = """Hello,

Before we continue with PRA-26-0903, could you clarify two points?

1. Managers disclose placement agents on CalPERS' Placement Agent
   Information Disclosure form. Some managers also attached their fee
   agreements with the placement agent. Are you asking for the disclosure
   forms only, or also those attached agreements? The agreements contain
   third-party commercial terms and would require additional review.

2. By "since January 1, 2023," do you mean forms received on or after that
   date, or forms relating to investments CalPERS made on or after that
   date? Some forms received in 2023 relate to commitments made in 2022.

We will hold the request until we hear back from you.

Thank you,

Marisol Lopez
Public Records Act Coordinator
CalPERS Legal Office

From: Records Desk <records+req-102@records.example.org>
Sent: Monday, September 14, 2026 9:31 AM
To: CalPERS Public Records Act <pra@calpers.ca.gov>
Subject: %s

%s
""" % (SUBJ[R], quote(REQUEST_TEXT[R]))
hb = '<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', '<br>') for p in t.split('\n\n')) + '</div></body></html>'
add('024-calpers-clarification-quoted.eml', [
    ('From', '"Lopez, Marisol" <Marisol.Lopez@calpers.ca.gov>'),
    ('To', 'Records Desk <%s>' % plus(R)),
    ('Subject', 'RE: PRA-26-0903 Placement Agent Disclosures - Receipt'),
    ('Thread-Topic', 'PRA-26-0903 Placement Agent Disclosures - Receipt'),
    ('Thread-Index', 'AQHdKKp0Y3Jm2bQ1QkGk8b2E1c9q3rLm4Aa='),
    ('Date', 'Tue, 29 Sep 2026 11:20:15 -0700'),
    ('Message-ID', mid('024', 'BY5PR09MB6604.namprd09.prod.outlook.com', 'outlook')),
    ('In-Reply-To', mid('015', 'BY5PR09MB6604.namprd09.prod.outlook.com', 'outlook')),
    ('References', RMID(R) + ' ' + mid('015', 'BY5PR09MB6604.namprd09.prod.outlook.com', 'outlook')),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], alt([text(t), html(hb)], '024', 'outlook'),
    facts(R, 'clarification', 'PRA-26-0903', ['thread', 'plus', 'tracking'],
          'CalPERS asks whether we want the attached fee agreements and how to read the date range; holds the request; quotes our request'))


# ---------------------------------------------------------------- 025 TRS itemized statement of estimated charges (552.2615)
R = 'REQ-105'
hb = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p><b>Teacher Retirement System of Texas &ndash; Public Information Center</b></p>
<p>Dear Records Desk,</p>
<p>Re: Public Information Request <b>R000922-091026</b> &ndash; travel and expense reimbursements for TRS trustees and executive staff, 2025&ndash;2026</p>
<p>The charges to provide the information you requested are estimated to exceed $40.00. As required by section 552.2615 of the Government Code, TRS is providing the following itemized statement of estimated charges:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:9.5pt">
<tr style="background:#eef2f7"><th align="left">Item</th><th>Quantity</th><th>Rate</th><th align="right">Amount</th></tr>
<tr><td>Labor &ndash; locate, compile and redact travel vouchers and receipts (approx. 1,180 pages, two storage locations)</td><td align="center">11.8 hours</td><td align="center">$15.00/hr</td><td align="right">$177.00</td></tr>
<tr><td>Overhead (20% of labor)</td><td></td><td></td><td align="right">$35.40</td></tr>
<tr><td>Electronic copies (PDF)</td><td align="center">1,180 pages</td><td align="center">no charge</td><td align="right">$0.00</td></tr>
<tr><td colspan="3"><b>Total estimated charges</b></td><td align="right"><b>$212.40</b></td></tr>
</table>
<p>A less costly alternative may be available: for example, the trustee travel reports presented to the Audit, Compliance, and Ethics Committee summarize each trip and could be provided at no charge.</p>
<p>You must respond to this statement in writing within ten business days after the date it is sent, stating that you (1) accept the estimated charges, (2) are modifying your request, or (3) have sent a complaint alleging overcharges to the Office of the Attorney General. If you do not respond in writing within ten business days, <b>your request will be considered withdrawn</b>. A deposit may be required before the information is prepared.</p>
<p>Please respond through the Public Information Center or to publicinformation@trs.texas.gov.</p>
<p>Public Information Office<br>Teacher Retirement System of Texas</p>
<p style="font-size:8pt;color:#888">This email was sent from an unmonitored mailbox.</p>
</body></html>
"""
add('025-trs-govqa-cost-estimate.eml', [
    ('From', '"Teacher Retirement System of Texas" <noreply@mycusthelp.net>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Public Information Request R000922-091026 - Itemized Statement of Estimated Charges'),
    ('Date', 'Wed, 30 Sep 2026 10:30:55 -0500'),
    ('Message-ID', mid('025', 'mycusthelp.net')),
    ('X-Mailer', 'GovQA Notification Service'),
], html(hb),
    facts(R, 'fee_estimate', 'R000922-091026', ['subject', 'tracking-new'],
          'TRS 552.2615 itemized statement: $212.40 estimated, written answer within 10 business days or the request is withdrawn; first message giving this number'))


# ---------------------------------------------------------------- 026 Fiscal Service staff acknowledgment (Outlook), received date differs
R = 'REQ-116'
t = """Good afternoon,

Your FOIA request for Treasury Hunt and matured savings bond data-sharing
agreements with state unclaimed property administrators was logged by
Fiscal Service Disclosure Services as received on September 30, 2026. It
has been assigned FOIA number 2026-FOIA-01342.

Please note that your copy to foia@bpd.treas.gov would not have reached
us; that mailbox was retired when the Bureau of the Public Debt and the
Financial Management Service were consolidated. foia@fiscal.treasury.gov is
the correct address.

Fees may apply to this request. If we expect fees to exceed $25.00 we will
contact you before going forward, and we will address your fee waiver
request at that time.

Respectfully,

Marcus Bell
Government Information Specialist
Disclosure Services | Bureau of the Fiscal Service
U.S. Department of the Treasury
"""
hb = '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', ' ') for p in t.split('\n\n')) + '</div></body></html>'
add('026-bfs-ack-staff-outlook.eml', [
    ('From', '"Bell, Marcus" <Marcus.Bell@fiscal.treasury.gov>'),
    ('To', 'Records Desk <%s>' % plus(R)),
    ('CC', 'Fiscal Service FOIA <foia@fiscal.treasury.gov>'),
    ('Subject', 'RE: ' + SUBJ[R]),
    ('Thread-Topic', SUBJ[R]),
    ('Thread-Index', 'AQHdMlJ8c9p1V0mGgEqz7XbWq1d2Lg=='),
    ('Date', 'Wed, 30 Sep 2026 14:48:19 -0400'),
    ('Message-ID', mid('026', 'DM6PR09MB4478.namprd09.prod.outlook.com', 'outlook')),
    ('In-Reply-To', RMID(R)),
    ('References', RMID(R)),
    ('Accept-Language', 'en-US'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('X-MS-TNEF-Correlator', ''),
    ('X-OriginatorOrg', 'fiscal.treasury.gov'),
], alt([text(t), html(hb)], '026', 'outlook'),
    facts(R, 'acknowledgment', '2026-FOIA-01342', ['thread', 'plus', 'tracking-new'],
          'Fiscal Service logs the data-sharing request as received Sep 30 (sent Sep 29), number 2026-FOIA-01342; fees "may" apply; clock from Sep 30',
          clock='received:2026-09-30'))


# ---------------------------------------------------------------- 027 Illinois Treasurer: Excel file with a one-line note
R = 'REQ-112'
rows = [['Office of the Illinois State Treasurer - Unclaimed Property Division', '', '', '', '', ''],
        ['Statistics by fiscal year (July 1 - June 30)', '', '', '', '', ''],
        ['Fiscal Year', 'Holder Reports Received', 'Property Reported ($)', 'Claims Paid (count)',
         'Claims Paid ($)', 'Properties Returned via Money Match (count)']]
data = [(2020, 21877, 331204558, 190411, 158230417, 40213), (2021, 22904, 402117300, 214877, 171904226, 51877),
        (2022, 23561, 418550902, 233109, 189220785, 60244), (2023, 24213, 455019347, 251660, 207718990, 71032),
        (2024, 24987, 471332016, 268145, 226051882, 83510), (2025, 25630, 498114720, 281932, 241377405, 90218),
        (2026, 26102, 512806133, 297405, 259914316, 98841)]
rows += [list(d) for d in data]
rows += [['', '', '', '', '', ''], ['Holdings by holder type at June 30, 2026', '', '', '', '', ''],
         ['Holder Type', 'Properties Held (count)', 'Value Held ($)', '', '', '']]
rows += [['Banks and credit unions', 1894410, 1204118733, '', '', ''],
         ['Insurance companies', 1207733, 988402511, '', '', ''],
         ['Securities and brokerages', 402118, 1722908114, '', '', ''],
         ['Utilities', 1516274, 88301426, '', '', ''],
         ['Government entities', 611902, 143550981, '', '', ''],
         ['Other business associations', 3904151, 702214667, '', '', '']]
t = """Please see the attached spreadsheet.
"""
add('027-iltreas-final-excel-oneline.eml', [
    ('From', '"Park, Jin" <jpark@illinoistreasurer.gov>'),
    ('To', plus(R)),
    ('Subject', 'RE: FOIA-26-1290 - Acknowledgment'),
    ('Date', 'Thu, 01 Oct 2026 16:55:12 -0500'),
    ('Message-ID', mid('027', 'illinoistreasurer.gov')),
    ('In-Reply-To', mid('020', 'illinoistreasurer.gov')),
    ('References', RMID(R) + ' ' + mid('013', 'illinoistreasurer.gov') + ' ' + mid('020', 'illinoistreasurer.gov')),
], mixed([text(t), attach(make_xlsx(rows, 'Unclaimed Property FY20-26'),
                          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                          'FOIA-26-1290 Unclaimed Property Statistics FY2020-FY2026.xlsx')], '027'),
    facts(R, 'records_final', 'FOIA-26-1290', ['thread', 'plus', 'tracking'],
          'one-line note with the Excel file answering every item of the request; nothing withheld, so no appeal_due'))


# ---------------------------------------------------------------- 028 Gmail DSN: our acceptance of the TRS estimate went to the no-reply address
R = 'REQ-105'
our = """From: Records Desk <records@records.example.org>
Reply-To: records+req-105@records.example.org
To: "Teacher Retirement System of Texas" <noreply@mycusthelp.net>
Subject: RE: Public Information Request R000922-091026 - Itemized Statement of Estimated Charges
Date: Thu, 1 Oct 2026 18:21:07 -0400
Message-ID: %s
In-Reply-To: %s
References: %s %s
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

We accept the estimated charges of $212.40 for request R000922-091026.
Please let us know how to pay the deposit.

Records Desk
""" % (our_mid(R, '2026-10-01', 2), mid('025', 'mycusthelp.net'), RMID(R), mid('025', 'mycusthelp.net'))
tt = """
** Message not delivered **

Your message couldn't be delivered to noreply@mycusthelp.net because the
remote server is misconfigured. See technical details below for more
information.

The response from the remote server was:
550 5.1.1 <noreply@mycusthelp.net>: Recipient address rejected: this mailbox
does not accept incoming mail
"""
status = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 01 Oct 2026 15:21:09 -0700 (PDT)
X-Original-Message-ID: %s

Final-Recipient: rfc822; noreply@mycusthelp.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.mycusthelp.net. (198.51.100.24, the server for the domain
 mycusthelp.net.)
Diagnostic-Code: smtp; 550 5.1.1 <noreply@mycusthelp.net>: Recipient address
 rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: Thu, 01 Oct 2026 15:21:10 -0700 (PDT)
""" % our_mid(R, '2026-10-01', 2)
add('028-bounce-gmail-govqa-noreply.eml', [
    ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
    ('To', 'records@records.example.org'),
    ('Auto-Submitted', 'auto-replied'),
    ('Subject', 'Delivery Status Notification (Failure)'),
    ('References', our_mid(R, '2026-10-01', 2)),
    ('In-Reply-To', our_mid(R, '2026-10-01', 2)),
    ('X-Failed-Recipients', 'noreply@mycusthelp.net'),
    ('Date', 'Thu, 01 Oct 2026 15:21:10 -0700 (PDT)'),
    ('Message-ID', '<66fc6886.170a0220.1b2e7c.09f3.GMR@mx.google.com>'),
], report([text(tt),
           {'kind': 'leaf', 'ctype': 'message/delivery-status', 'charset': 'us-ascii', 'cte': '7bit',
            'text': status, 'extra': []},
           rfc822(our)], '028', 'google'),
    facts(R, 'bounce', 'R000922-091026', ['thread-embedded', 'tracking'],
          'Gmail DSN: our written acceptance of the TRS estimate was sent to the GovQA no-reply address and rejected; embedded References carry REQ-105'))


# ---------------------------------------------------------------- 029 CalPERS final response, alternative-investment/trade-secret withholding
R = 'REQ-101'
t = """Dear Requester:

CalPERS has completed its response to your Public Records Act request
PRA-26-0871, received September 8, 2026.

Records disclosed. The following records are available through the secure
file link below (the link expires in 30 days):

  1. CalPERS Annual Private Equity Fee and Expense Reports prepared under
     Government Code section 7514.7 for fiscal years 2021-22, 2022-23,
     2023-24, 2024-25 and 2025-26 (5 files). For each fund these show the
     fees and expenses paid directly by CalPERS, CalPERS' pro rata share of
     fees and expenses paid from the fund, its share of carried interest
     distributed to the general partner, and its share of portfolio
     company fees.
  2. For each private equity fund, the information made public by
     Government Code section 7928.710(b): fund name, address and vintage
     year, dollar amount committed, contributions and distributions,
     cash profit received, remaining value, management fees and costs,
     net internal rate of return, and investment multiple (1 workbook).

Records withheld. CalPERS is withholding the quarterly fee and expense
reporting templates received from general partners, except for the
information from them that is reported in items 1 and 2. The templates
contain capital account, portfolio company and fund financial information
that is exempt from disclosure under Government Code section 7928.710(a)
(alternative investment records) and that constitutes trade secret
information of the general partners (Gov. Code 7927.705; Evid. Code 1060).
In accordance with Government Code section 7922.525, all reasonably
segregable information required to be disclosed has been provided.

This completes CalPERS' response to PRA-26-0871.

Secure link: https://sft.calpers.ca.gov/w/kM3pQ8vR2sT (passcode sent
separately)

Sincerely,

Dana Whitcomb
PRA Coordinator | CalPERS Legal Office
"""
hb = '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', '<br>') for p in t.split('\n\n')) + '</div></body></html>'
add('029-calpers-final-partial-trade-secret.eml', [
    ('From', '"Whitcomb, Dana" <Dana.Whitcomb@calpers.ca.gov>'),
    ('To', 'Records Desk <%s>' % plus(R)),
    ('Subject', 'CalPERS PRA-26-0871 - Final Response'),
    ('Thread-Topic', 'CalPERS PRA-26-0871 - Final Response'),
    ('Thread-Index', 'AQHdNBb0Q2xRk3WdR02mT5Bq8b2x5wQ='),
    ('Date', 'Fri, 02 Oct 2026 15:30:44 -0700'),
    ('Message-ID', mid('029', 'BY5PR09MB5211.namprd09.prod.outlook.com', 'outlook')),
    ('Accept-Language', 'en-US'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], alt([text(t), html(hb)], '029', 'outlook'),
    facts(R, 'records_final', 'PRA-26-0871', ['plus', 'tracking'],
          'CalPERS releases the 7514.7 reports and 7928.710(b) data, withholds GP templates as alternative-investment/trade-secret records (rest released); CA has no appeal days',
          adverse=True))


# ---------------------------------------------------------------- 030 Houston GovQA "request updated"
R = 'REQ-106'
hb = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Public Information Request <b>W114305-091526</b> has been updated.</p>
<p>To view the update, please log in to the <a href="https://houstontx.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">City of Houston Public Information Center</a>.</p>
<p style="font-size:8pt;color:#777">This message was sent from an unmonitored address. Please do not reply to this email.</p>
</body></html>
"""
add('030-houston-govqa-updated.eml', [
    ('From', '"City of Houston Public Information" <noreply@mycusthelp.net>'),
    ('To', plus(R)),
    ('Subject', 'Public Information Request W114305-091526 has been updated'),
    ('Date', 'Mon, 05 Oct 2026 09:10:27 -0500'),
    ('Message-ID', mid('030', 'mycusthelp.net')),
    ('X-Mailer', 'GovQA Notification Service'),
], html(hb),
    facts(R, 'portal_notice', 'W114305-091526', ['plus', 'tracking'],
          'GovQA says the request was updated; no substantive text'))
