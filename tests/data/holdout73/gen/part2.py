from common import *

# 011 Treasury/OFAC ack letter in PDF
l011 = """DEPARTMENT OF THE TREASURY
WASHINGTON, D.C. 20220

September 16, 2026

Records Desk
foia+req-010@newsroom.example.org

RE: FOIA Case Number 2026-09-118

Dear Requester:

This letter acknowledges receipt of your Freedom of Information Act (FOIA) request, received by the Department of the Treasury, Departmental Offices, on September 15, 2026. You requested copies of specific licenses issued by the Office of Foreign Assets Control (OFAC) under the Venezuela Sanctions Regulations, 31 CFR Part 591, during calendar year 2025.

Your request has been assigned FOIA case number 2026-09-118 and has been forwarded to OFAC for a search of its records. Please refer to this number in future correspondence.

Treasury's regulations at 31 CFR Part 1, Subpart A govern the processing of your request. You have been placed in the news media category for fee purposes; no search or review fees will be charged, but duplication fees may apply to records in excess of 100 pages. If we anticipate that fees will exceed $25.00, we will notify you before proceeding.

Please be advised that records relating to specific licenses frequently contain confidential commercial information submitted by license applicants, and that we may be required to notify those submitters under Executive Order 12600 before any release.

If you have questions about your request, please contact the Treasury FOIA Requester Service Center at (202) 622-0930 or the FOIA Public Liaison at FOIA@treasury.gov.

Sincerely,

Disclosure Services
Departmental Offices, Department of the Treasury"""
make('011-treasury-ofac-ack-pdf.eml', [
    ('From', 'OFAC FOIA <ofac.foia@treasury.gov>'), ('To', plus('REQ-010')),
    ('Subject', 'Acknowledgement - FOIA 2026-09-118'), ('Date', when(2026, 9, 16, 13, 40, 11)),
    ('Message-ID', mid('011', 'PH0PR09MB7730.namprd09.prod.outlook.com'))],
    text="Please see the attached acknowledgement letter regarding your FOIA request.\n\nTreasury FOIA\n",
    attachments=[('Acknowledgement_Letter_2026-09-118.pdf', 'application/pdf', pdf(l011.split('\n'), 'Acknowledgement'))],
    facts=dict(request='REQ-010', kind='acknowledgment', tracking_number='2026-09-118', clock='received_on_sent_date',
               signals=['plus', 'tracking-new', 'subject'],
               why='Treasury DO ack (PDF) for the OFAC Venezuela licenses request, received Sep 15 (= sent); fees only "may apply"'))

# 012 State analyst asks to clarify (REQ-002), Outlook, personal address
t012 = """Good morning,

I am the FOIA analyst assigned to your request F-2026-14210 (communications with registered lobbyists about a
U.S.-DRC critical minerals partnership). Before we task any searches, I need a few points clarified so that
the search can be reasonably described under 22 CFR 171.4:

1. "Registered lobbyists" - do you mean persons registered under the Lobbying Disclosure Act, agents
   registered under the Foreign Agents Registration Act, or both? If you have specific firms or names in
   mind, please list them.
2. Which offices should be searched? The most likely are the Bureau of Energy Resources (ENR), the Bureau
   of African Affairs (AF) and the Office of the Under Secretary for Economic Growth (E).
3. Please confirm the date range. Your request says "since the start of negotiations"; we would propose
   January 1, 2025 through the date the search begins.

Please reply to this e-mail. If we do not receive a response within 30 calendar days of the date of this
message, we will assume you are no longer interested in this request and will administratively close it.
Your request is on hold until we hear from you.

Respectfully,

J. R. Kowalski
Government Information Specialist
Office of Information Programs and Services
U.S. Department of State"""
make('012-state-clarification-analyst.eml', [
    ('From', 'Kowalski, Janine R <KowalskiJR@state.gov>'), ('To', plus('REQ-002')),
    ('Cc', 'FOIAStatus <FOIAStatus@state.gov>'),
    ('Subject', 'F-2026-14210 - clarification needed'), ('Date', when(2026, 9, 17, 9, 58, 27)),
    ('Message-ID', mid('012', 'SJ0PR09MB6612.namprd09.prod.outlook.com')),
    ('Thread-Topic', 'F-2026-14210 - clarification needed'), ('Thread-Index', 'AdkpD3rS8uQ1kWb0T6iGz0xk4tR7Kw=='),
    ('Content-Language', 'en-US'), ('X-MS-Exchange-Organization-AuthAs', 'Internal')],
    text=t012, html='<html><body><div style="font-family:Calibri;font-size:11pt">' + t012.replace('\n', '<br>\n') + '</div></body></html>',
    facts=dict(request='REQ-002', kind='clarification', tracking_number='F-2026-14210',
               signals=['plus', 'tracking', 'subject'],
               why='State analyst asks three clarifying questions; request on hold; closure threatened after 30 days'))

# 013 BIS FOIA officer ack by e-mail, threaded
make('013-bis-ack-email.eml', [
    ('From', 'BIS FOIA <foia@bis.doc.gov>'), ('To', plus('REQ-009')),
    ('Subject', 'RE: ' + rsubj('REQ-009')), ('Date', when(2026, 9, 18, 12, 7, 45)),
    ('Message-ID', mid('013', 'bis.doc.gov')), ('In-Reply-To', rmid('REQ-009')), ('References', rmid('REQ-009'))],
    text="""Dear Requester,

The Bureau of Industry and Security (BIS) FOIA Office acknowledges receipt of your FOIA request dated and
received September 16, 2026. It has been entered into the Commerce FOIA Public Access Link as
DOC-BIS-2026-001902.

Please note that information obtained for the purpose of consideration of, or concerning, license
applications under the Export Control Reform Act of 2018 is protected from disclosure by 50 U.S.C. 4820(h),
and that deliberations of the interagency End-User Review Committee may involve records of other agencies.

We will contact you if we need further information.

BIS FOIA Office
Office of Administration, Bureau of Industry and Security
U.S. Department of Commerce
""" + quote_request('REQ-009'),
    facts=dict(request='REQ-009', kind='acknowledgment', tracking_number='DOC-BIS-2026-001902', clock='received_on_sent_date',
               signals=['thread', 'plus', 'tracking-new'],
               why='BIS ack for the ERC/Entity List request, received Sep 16 (= sent), DOC-BIS-2026-001902'))

# 014 DSCA ack with complex track, queue position and estimated completion date
t014 = """Dear Requester,

The Defense Security Cooperation Agency (DSCA) Freedom of Information Act (FOIA) office received your request
on September 17, 2026. Your request has been assigned case number DSCA 26-112. Please reference this number
in all correspondence.

Your request seeks Letters of Offer and Acceptance (LOAs), amendments and modifications, and records of the
congressional notification under Section 36(b) of the Arms Export Control Act for the sale of F-16 aircraft
and related equipment to the Republic of Turkiye.

Your request has been placed in our complex processing queue. There are currently 287 requests ahead of
yours in that queue. Based on current workload, the estimated date of completion for your request is
April 30, 2027. This estimate may change as records are located and reviewed.

Records responsive to your request may be classified, may contain information provided by a foreign
government, and may require consultation with the Department of State and the military departments.

If you wish to narrow the scope of your request to allow faster processing, or if you have questions,
please contact our office at dsca.foia@dsca.mil. You may also contact the DoD FOIA Public Liaison.

V/r,
DSCA FOIA Office
Office of the General Counsel
Defense Security Cooperation Agency
2800 Defense Pentagon, Washington, DC 20301-2800"""
make('014-dsca-ack-complex-queue.eml', [
    ('From', 'DSCA FOIA <dsca.foia@dsca.mil>'), ('To', plus('REQ-012')),
    ('Subject', 'DSCA 26-112 Acknowledgment'), ('Date', when(2026, 9, 18, 15, 2, 3)),
    ('Message-ID', mid('014', 'CY8PR09MB9012.namprd09.prod.outlook.com')),
    ('Thread-Topic', 'DSCA 26-112 Acknowledgment'), ('X-MS-Has-Attach', ''),
    ('X-MS-Exchange-Organization-Network-Message-Id', '8f2c1a7e-44b1-4d5e-9a1f-2b0c6d3e7f10')],
    text=t014, html='<html><body><div style="font-family:Times New Roman;font-size:12pt">' + t014.replace('\n\n', '</p><p>').join(['<p>', '</p>']) + '</div></body></html>',
    facts=dict(request='REQ-012', kind='acknowledgment', tracking_number='DSCA 26-112', clock='received_on_sent_date',
               estimated='2027-04-30', signals=['plus', 'tracking-new', 'subject'],
               why='DSCA ack: received Sep 17 (= sent), complex queue with 287 ahead, estimated completion April 30, 2027'))

# 015 USTR ack, plain, hedged unusual circumstances
make('015-ustr-ack.eml', [
    ('From', 'USTR FOIA <FOIA@ustr.eop.gov>'), ('To', plus('REQ-014')),
    ('Subject', 'USTR-2026-0231 - Acknowledgment of FOIA Request'), ('Date', when(2026, 9, 21, 10, 19, 30)),
    ('Message-ID', mid('015', 'ustr.eop.gov')), ('In-Reply-To', rmid('REQ-014')), ('References', rmid('REQ-014'))],
    text="""Dear Requester:

The Office of the United States Trade Representative (USTR) received your Freedom of Information Act
request on September 18, 2026. We have assigned it tracking number USTR-2026-0231.

You asked for communications concerning the Section 301 tariff exclusion process, including exclusion
requests, extensions and internal memoranda, from January 2025 to the present.

USTR processes requests in the order received. Because your request may require searches in multiple
offices and consultation with other agencies (including the Department of Commerce and U.S. Customs and
Border Protection), unusual circumstances could apply, in which case additional time may be needed. We will
inform you if that occurs.

Sincerely,
FOIA Office
Office of the United States Trade Representative
600 17th Street NW, Washington, DC 20508
""", facts=dict(request='REQ-014', kind='acknowledgment', tracking_number='USTR-2026-0231', clock='received_on_sent_date',
                signals=['thread', 'plus', 'tracking-new'],
                why='USTR ack, received Sep 18 (= sent); extension only "may be needed" (hedged, not an extension)'))

# 016 USAID ack delivered via our Google Group (no plus address, no thread headers)
make('016-usaid-ack-via-google-group.eml', [
    ('From', "'USAID FOIA' via FOIA Desk <foia@newsroom.example.org>"), ('To', 'FOIA Desk <foia@newsroom.example.org>'),
    ('Reply-To', 'USAID FOIA <foia@usaid.gov>'),
    ('Subject', 'FOIA acknowledgment - humanitarian logistics contracts (Sudan/Chad)'), ('Date', when(2026, 9, 21, 16, 44, 20)),
    ('Message-ID', mid('016', 'usaid.gov')),
    ('List-Id', '<foia.newsroom.example.org>'), ('Mailing-list', 'list foia@newsroom.example.org; contact foia+owners@newsroom.example.org'),
    ('X-Original-Sender', 'foia@usaid.gov'), ('X-Original-From', 'USAID FOIA <foia@usaid.gov>'),
    ('Precedence', 'list'), ('List-Archive', '<https://groups.google.com/a/newsroom.example.org/group/foia/>')],
    text="""Dear Requester:

This acknowledges receipt of your Freedom of Information Act request for contracts, task orders and
modifications for humanitarian logistics and commodity transport in Sudan and Chad awarded by USAID's Bureau
for Humanitarian Assistance in fiscal years 2024 and 2025. Your e-mail was sent after close of business on
September 14, 2026; it was therefore received on September 15, 2026.

Your request has been assigned tracking number F-00436-26.

We will contact you if we need clarification or if any portion of your request must be referred to another
agency.

Respectfully,
USAID FOIA Office
""", facts=dict(request='REQ-005', kind='acknowledgment', tracking_number='F-00436-26', clock='received:2026-09-15',
                signals=['tracking-new', 'subject'],
                why='USAID ack via our Google Group ("via FOIA Desk", X-Original-Sender usaid.gov); received Sep 15, sent Sep 14 after hours'))

# 017 Peace Corps fee estimate
make('017-peacecorps-fee-estimate.eml', [
    ('From', 'FOIA <foia@peacecorps.gov>'), ('To', plus('REQ-006')),
    ('Subject', 'FOIA No. 26-0147 - Fee Estimate'), ('Date', when(2026, 9, 22, 11, 30, 0)),
    ('Message-ID', mid('017', 'DM6PR09MB4417.namprd09.prod.outlook.com'))],
    text="""Dear Requester:

This concerns your FOIA request No. 26-0147 for records relating to the evacuation and early termination of
Peace Corps volunteers serving in Niger and Gabon in 2023 and 2024.

We were unable to confirm your eligibility for the news media fee category from the information provided
with your request. Until you provide that information (for example, a description of your organization's
publication and distribution of news), your request is placed in the "all other requesters" category, under
which the first two hours of search and the first 100 pages of duplication are provided at no charge.

We estimate the search will take approximately 9 hours of professional staff time at $44.00 per hour. After
the two free hours, the estimated fee is $308.00. Because this exceeds $25.00, we will not continue processing
your request until you either (1) agree in writing to pay fees up to that amount, (2) narrow your request to
reduce the fees, or (3) provide information supporting news media status.

If we do not receive a response within 20 working days of the date of this letter, we will consider your
request withdrawn and close it.

Sincerely,
FOIA/Privacy Act Office
Peace Corps
""", facts=dict(request='REQ-006', kind='fee_estimate', tracking_number='26-0147',
                signals=['plus', 'tracking', 'subject'],
                why='Peace Corps estimates $308 in search fees, processing stops until we agree, narrow or show media status'))

# 018 Treasury FOIA mailbox auto-reply (REQ-011)
make('018-treasury-foia-autoreply.eml', [
    ('From', 'Treasury FOIA <FOIA@treasury.gov>'), ('To', plus('REQ-011')),
    ('Subject', 'Automatic reply: ' + rsubj('REQ-011')), ('Date', when(2026, 9, 22, 14, 6, 55)),
    ('Message-ID', mid('018', 'PH0PR09MB7730.namprd09.prod.outlook.com')),
    ('In-Reply-To', rmid('REQ-011')), ('References', rmid('REQ-011')),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    text="""Thank you for contacting the Department of the Treasury FOIA and Transparency office.

This is an automated reply. Your message has been received. Requests submitted by e-mail are entered into our
tracking system in the order received, and you will receive an acknowledgement letter with a case number.

Please do not send duplicate requests; duplicate submissions delay processing. For the status of an existing
request, have your case number ready and call (202) 622-0930.
""", facts=dict(request='REQ-011', kind='auto_reply', tracking_number=None, signals=['thread', 'plus'],
                why='Treasury FOIA mailbox auto-reply to the OFAC enforcement request; promises a later acknowledgement'))

# 019 Exchange NDR from dsca.mil for the REQ-013 request sent to an old address
orig = rmid('REQ-013')
b = "=_NDR_a19f2cc0b6"
ndr = f"""From: postmaster@dsca.mil
To: foia@newsroom.example.org
Date: {when(2026, 9, 24, 11, 2, 40)}
Subject: Undeliverable: {rsubj('REQ-013')}
Message-ID: <d4b4a1e0-5f1c-47a2-9c55-1b7ef6a2c019@CY8PR09MB9012.namprd09.prod.outlook.com>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-Type: text/plain; charset="us-ascii"

Your message to dsca.ncr.lmo.mbx.freedom-of-information@mail.mil couldn't be delivered.

dsca.ncr.lmo.mbx.freedom-of-information wasn't found at mail.mil.

foia        Office 365       dsca.ncr.lmo.mbx...
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the address is a distribution list or mailbox that was retired, contact the recipient
  by some other means to obtain a current address.

Diagnostic information for administrators:
Generating server: CY8PR09MB9012.namprd09.prod.outlook.com
dsca.ncr.lmo.mbx.freedom-of-information@mail.mil
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns;CY8PR09MB9012.namprd09.prod.outlook.com
Received-From-MTA: dns;mail-sor-f41.google.com
Arrival-Date: Thu, 24 Sep 2026 15:02:37 +0000

Final-Recipient: rfc822;dsca.ncr.lmo.mbx.freedom-of-information@mail.mil
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--{b}
Content-Type: message/rfc822

From: FOIA Desk <foia@newsroom.example.org>
Reply-To: {plus('REQ-013')}
To: dsca.ncr.lmo.mbx.freedom-of-information@mail.mil
Subject: {rsubj('REQ-013')}
Date: Thu, 24 Sep 2026 11:02:31 -0400
Message-ID: {orig}
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

To the FOIA Officer:

Under the Freedom of Information Act, 5 U.S.C. 552, I request records of Section 333 building partner
capacity programs for Somalia, fiscal years 2023 through 2026, including notifications to Congress and
program implementation plans.

--{b}--
"""
write_raw('019-dsca-ndr-old-mailbox.eml', ndr, dict(request='REQ-013', kind='bounce', tracking_number=None,
          signals=['thread-embedded'],
          why='Exchange NDR: our Section 333 Somalia request went to a retired mail.mil DSCA mailbox; original attached'))

# 020 DSCA ack for the resent request
make('020-dsca-ack-resent.eml', [
    ('From', 'DSCA FOIA <dsca.foia@dsca.mil>'), ('To', 'FOIA Desk <foia@newsroom.example.org>'),
    ('Subject', 'DSCA 26-131 Acknowledgment'), ('Date', when(2026, 9, 28, 9, 41, 18)),
    ('Message-ID', mid('020', 'CY8PR09MB9012.namprd09.prod.outlook.com'))],
    text="""Dear Requester,

The DSCA FOIA office received your request on September 25, 2026, when it was re-sent to this mailbox. Your
request for Section 333 building partner capacity program records concerning Somalia (FY2023-FY2026) has been
assigned case number DSCA 26-131.

Your request has been placed in the simple processing queue for now. If our search shows that responsive
records are voluminous or held by other DoD components, it may be moved to the complex queue and we will let
you know.

V/r,
DSCA FOIA Office
Defense Security Cooperation Agency
""", facts=dict(request='REQ-013', kind='acknowledgment', tracking_number='DSCA 26-131', clock='received:2026-09-25',
                signals=['tracking-new', 'subject'],
                why='DSCA ack for the re-sent Somalia request: received Sep 25 (first send bounced Sep 24); DSCA 26-131'))

dump_facts('part2')
