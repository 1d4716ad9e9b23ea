"""REQ-103 (EDD), REQ-104 (NYSDOL via Open FOIL NY), and an unrelated vendor webinar mail."""
from common import *

NR = 'California Employment Development Department <no-reply@nextrequest.com>'
OF = 'Open FOIL NY <openfoilny@govqa.us>'
FOIL = 'NYSDOL FOIL Unit <foil@labor.ny.gov>'
MESSAGES = []

# ---- REQ-103 ack (NextRequest, plain only, to the main inbox)
d = '2026-09-15 16:20 -0700'
pt = """California Employment Development Department

Your record request #26-2390 has been received and is being processed.

Request:
%s

Received: 09/15/2026
Assigned department: Legal Office - Public Records Act Unit

Track the request at https://edd-ca.nextrequest.com/requests/26-2390
This inbox is not monitored.
""" % textwrap.fill(REQ_TEXT['REQ-103'].replace('\n', ' '), 74)
MESSAGES.append(M('edd-nextrequest-ack-fraud', d, eml(
    base(NR, 'records@records.example.org', 'Your California Employment Development Department record request #26-2390 has been received',
         d, 'r103a', 'nextrequest.com', reply_to='no-reply@nextrequest.com'), text(pt)),
    request='REQ-103', kind='acknowledgment', tracking_number='26-2390', clock='received_on_sent_date',
    signals=['tracking-new', 'subject'],
    why='NextRequest receipt for the fraud-loss / State Auditor request, received 09/15/2026 (= sent); no plus address, only the description links it'))

# ---- REQ-103 referral of the State Auditor part (shared mailbox, no threading)
d = '2026-09-24 10:12 -0700'
body = """Re: Public Records Act Request 26-2390

Dear Requester:

Part (2) of your request seeks records of the California State Auditor's
audit of EDD's fraud controls, including the auditor's working papers.
Audit working papers are records of the California State Auditor, not of
EDD, and EDD does not maintain them. The State Auditor is a separate
office with its own public records procedures; you may direct that part
of your request to the Bureau of State Audits, 621 Capitol Mall, Suite
1200, Sacramento, CA 95814, or through its website.

EDD's 60-day, six-month and one-year written responses to the audit
recommendations are published on the State Auditor's website with the
report.

We are continuing to search for records responsive to part (1) of your
request and will respond separately.

Public Records Act Unit
Legal Office, Employment Development Department
PRAunit@edd.ca.gov
"""
MESSAGES.append(M('edd-referral-state-auditor', d, eml(
    base('EDD Public Records Act Unit <PRAunit@edd.ca.gov>', 'records@records.example.org', 'PRA 26-2390 - records held by the State Auditor', d, 'r103b', 'edd.ca.gov')
    + outlook_headers('r103b'), text(body)),
    request='REQ-103', kind='other', tracking_number='26-2390',
    signals=['tracking', 'subject'],
    why='referral: audit working papers belong to the State Auditor; EDD still processing part (1); no clock change'))

# ---- REQ-103 call request from program staff, personal .gov address (hard to place)
d = '2026-10-08 15:47 -0700'
body = """Hi,

This is Maria Delgado with EDD's Fraud Prevention Branch. Legal asked me to
help pull records for your public records request and I have a couple of
questions about what you are looking for before I start.

Could you give me a call at (916) 555-0143 when you have a minute? I'm in
the office Tuesday through Friday, 8 to 4:30.

Thanks,
Maria

Maria Delgado
Research Program Specialist | Fraud Prevention Branch
Employment Development Department
"""
MESSAGES.append(M('edd-staff-call-request', d, eml(
    base('"Delgado, Maria@EDD" <Maria.Delgado@edd.ca.gov>', 'records@records.example.org', 'your records request', d, 'r103c', 'edd.ca.gov')
    + outlook_headers('r103c'), text(body)),
    request='REQ-103', kind='other', tracking_number=None,
    signals=['none'],
    why='EDD Fraud Prevention staffer asks for a call about "your records request"; no number, three open EDD requests - could be REQ-101 or REQ-103; it was REQ-103'))

# ---- REQ-103 no records (NextRequest closed)
d = '2026-10-09 11:30 -0700'
ht = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Record request <b>#26-2390</b> has been <b>closed</b>.</p>
<p><b>Closure reason:</b> No responsive records</p>
<div style="border:1px solid #ccc;padding:10px">
<p>EDD's Fraud Prevention Branch, Research and Statistics Office and the Unemployment Insurance Branch searched for any internal estimate or analysis attributing unemployment fraud losses to failures of identity-verification vendors for 2021 through 2026. No such records were located. EDD's fraud estimates are not broken down by identity-verification vendor.</p>
<p>As explained in our letter of September 24, the audit working papers in part (2) are records of the California State Auditor.</p>
<p>Public Records Act Unit, Legal Office</p>
</div>
<p><a href="https://edd-ca.nextrequest.com/requests/26-2390">View request 26-2390</a></p>
</body></html>"""
MESSAGES.append(M('edd-nextrequest-no-records', d, eml(
    base(NR, 'records@records.example.org', '[Records Request #26-2390] Your request has been closed', d, 'r103d', 'nextrequest.com',
         reply_to='no-reply@nextrequest.com'), html(ht)),
    request='REQ-103', kind='no_records', tracking_number='26-2390', adverse_determination=True,
    signals=['tracking'],
    why='search found no vendor-attributed fraud-loss analyses; request closed (CA, no appeal window)'))

# ---- REQ-104 ack (Open FOIL NY, HTML only, portal serving all NY agencies)
d = '2026-09-09 09:02 -0400'
ht = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<div style="background:#002d72;color:#fff;padding:10px"><b>Open FOIL NY</b></div>
<p>Dear Records Desk,</p>
<p>Thank you for submitting a FOIL request through Open FOIL NY. Your request has been received and forwarded to the agency you selected.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><td><b>Reference #</b></td><td>R004417-090926</td></tr>
<tr><td><b>Agency</b></td><td>Labor, Department of</td></tr>
<tr><td><b>Date Received</b></td><td>9/9/2026</td></tr>
<tr><td><b>Description</b></td><td>%s</td></tr>
</table>
<p>Under the Public Officers Law, the agency will respond within five business days of receipt, by making the records available, denying the request in writing, or acknowledging receipt with an approximate date by which the request will be granted or denied.</p>
<p>To check the status of your request, log in to the <a href="https://openfoil.ny.gov/">Open FOIL NY</a> portal. Please do not reply to this message.</p>
</body></html>""" % REQ_TEXT['REQ-104'].replace('\n', ' ')
MESSAGES.append(M('openfoil-ack-idv', d, eml(
    base(OF, 'records@records.example.org', 'Open FOIL NY - Request R004417-090926 has been received', d, 'r104a', 'govqa.us'), html(ht)),
    request='REQ-104', kind='acknowledgment', tracking_number='R004417-090926', clock='received_on_sent_date',
    signals=['tracking-new', 'subject'],
    why='statewide Open FOIL NY portal (address no agency lists) confirms receipt 9/9/2026 for the Department of Labor; NY 5 business days'))

# ---- REQ-104 NYSDOL letter in PDF only: 20-business-day approximate date
d = '2026-09-16 15:55 -0400'
letter = """NEW YORK STATE DEPARTMENT OF LABOR
Office of Counsel - FOIL Unit
Building 12, Room 509, W. Averell Harriman State Office Campus
Albany, NY 12226

September 16, 2026

Records Desk
records@records.example.org

Re: FOIL Request R004417-090926

Dear Requester:

This letter acknowledges the Department's receipt on September 9, 2026 of
your request under the Freedom of Information Law (Public Officers Law,
Article 6) for contracts, amendments and invoices with identity-verification
vendors from January 2020 to the present.

The Department is conducting a search for responsive records, which are
maintained by several divisions. Under Public Officers Law section 89(3)(a),
we anticipate that we will be able to grant or deny your request, in whole
or in part, within twenty business days, on or about October 15, 2026.

Please note that records identifying unemployment insurance claimants are
confidential under Labor Law section 537 and 20 CFR Part 603. This notice
does not mean that records about the Department's contracts will be
withheld.

Sincerely,

Records Access Officer
FOIL Unit
"""
body = """Please see the attached correspondence regarding your Freedom of Information Law request.

NYS Department of Labor - FOIL Unit
"""
MESSAGES.append(M('nysdol-letter-pdf-20-days', d, eml(
    base(FOIL, 'records@records.example.org', 'FOIL Request R004417-090926', d, 'r104b', 'labor.ny.gov'),
    multi('mixed', [text(body), pdf('R004417-090926 Acknowledgment.pdf', letter, 'FOIL R004417-090926')], '----=_Part_41177_1299830126.1789588500')),
    request='REQ-104', kind='extension', tracking_number='R004417-090926', clock='extension', estimated='2026-10-15',
    signals=['tracking'],
    why='NYSDOL letter (PDF only) takes 20 business days under POL 89(3)(a), approx Oct 15; claimant confidentiality boilerplate is no denial'))

# ---- REQ-104 portal status change
d = '2026-10-15 17:02 -0400'
pt = """Open FOIL NY

The status of your request R004417-090926 has been changed to:
In Process - Records Review

Agency: Labor, Department of

Log in to Open FOIL NY to view your request:
https://openfoil.ny.gov/

This is an automated message. Please do not reply.
"""
MESSAGES.append(M('openfoil-status-change', d, eml(
    base(OF, 'records@records.example.org', 'Open FOIL NY - Request R004417-090926 status update', d, 'r104c', 'govqa.us'), text(pt)),
    request='REQ-104', kind='portal_notice', tracking_number='R004417-090926',
    signals=['tracking'],
    why='Open FOIL NY status change to In Process - Records Review; no substantive text'))

# ---- REQ-104 interim release
d = '2026-11-12 14:10 -0500'
body = """Dear Requester:

Re: FOIL Request R004417-090926

The Department is releasing the first group of records responsive to your
request (attached):

  - Contract C-IDV-2021-07 with the identity-verification vendor and
    Amendment No. 1
  - Contract C-IDV-2023-02 and its pricing schedule

Unit-price schedules in both contracts have been redacted under Public
Officers Law section 87(2)(d), as the vendor has shown that disclosure
would cause substantial injury to its competitive position.

Amendments 2 and 3 and the invoices are still under review. We anticipate
a further response on or before December 18, 2026.

FOIL Unit, Office of Counsel
New York State Department of Labor
"""
cover = """NYS DEPARTMENT OF LABOR - FOIL UNIT
Release 1 of FOIL Request R004417-090926
Date: November 12, 2026
Records: C-IDV-2021-07 (22 pp.), Amendment 1 (4 pp.), C-IDV-2023-02 (31 pp.)
Redactions: POL 87(2)(d) unit pricing
"""
MESSAGES.append(M('nysdol-interim-release', d, eml(
    base(FOIL, 'records@records.example.org', 'RE: FOIL Request R004417-090926 - Release 1', d, 'r104d', 'labor.ny.gov'),
    multi('mixed', [text(body), pdf('R004417-090926_Release1_Cover.pdf', cover, 'Release 1')], '----=_Part_52210_800127744.1794510600')),
    request='REQ-104', kind='records_interim', tracking_number='R004417-090926', estimated='2026-12-18',
    signals=['tracking'],
    why='first release (contracts, pricing redacted 87(2)(d)); rest expected by Dec 18'))

# ---- REQ-104 final with appeal rights
d = '2026-12-18 16:25 -0500'
body = """Dear Requester:

Re: FOIL Request R004417-090926 - Final Response

Attached are Amendments 2 and 3 to Contract C-IDV-2021-07 and the vendor
invoices paid from April 2021 through June 2026. This completes the
Department's response.

The monthly invoices were accompanied by verification detail reports that
list individual claimants and the result of each identity check. Those
reports are withheld under Public Officers Law section 87(2)(a), as
records specifically exempted from disclosure by state and federal
statute: Labor Law section 537 and 20 CFR 603.4. The invoice totals,
which contain no claimant information, are released in full. Unit
pricing in the amendments is redacted under section 87(2)(d), as before.

You may appeal this partial denial within thirty (30) days by writing to:
Records Access Appeals Officer, New York State Department of Labor,
Office of Counsel, Building 12, Room 509, State Office Campus, Albany, NY
12226, or foilappeals@labor.ny.gov.

FOIL Unit, Office of Counsel
"""
MESSAGES.append(M('nysdol-final-partial', d, eml(
    base(FOIL, 'records@records.example.org', 'RE: FOIL Request R004417-090926 - Final Response', d, 'r104e', 'labor.ny.gov'),
    multi('mixed', [text(body), attach('R004417-090926_Release2.txt', 'text/plain', b'Release 2 index: Amendment 2 (3 pp.), Amendment 3 (5 pp.), invoices 2021-04 to 2026-06 (63 pp.)\n')],
          '----=_Part_60031_1467750001.1797628700')),
    request='REQ-104', kind='records_final', tracking_number='R004417-090926', adverse_determination=True,
    signals=['tracking'],
    why='final release; claimant verification reports withheld (87(2)(a), Labor Law 537/20 CFR 603), pricing redacted; NY appeal 30 days'))

# ---- unrelated vendor webinar (request: null)
d = '2026-10-01 07:30 -0500'
pt = """VeriPass Identity | Public Sector

WEBINAR: Stopping unemployment imposter fraud before the first payment
Thursday, October 22, 2026, 1:00 PM Central

State workforce agencies lost billions to identity fraud during the
pandemic. Join former state UI directors and our fraud analytics team to
learn how layered identity verification, device intelligence and
cross-state data sharing cut fraudulent claims without slowing honest
claimants.

Register: https://events.veripass-identity.example/ui-fraud-webinar

You are receiving this because you downloaded a VeriPass report.
Unsubscribe: https://events.veripass-identity.example/unsub?u=88213
VeriPass Identity, 400 Congress Ave, Austin, TX 78701
"""
ht = "<html><body><h2>Stopping unemployment imposter fraud before the first payment</h2><p>Thursday, October 22, 2026, 1:00 PM Central</p><p>State workforce agencies lost billions to identity fraud during the pandemic. Join former state UI directors and our fraud analytics team to learn how layered identity verification, device intelligence and cross-state data sharing cut fraudulent claims.</p><p><a href=\"https://events.veripass-identity.example/ui-fraud-webinar\">Register now</a></p><p style=\"font-size:10px\">Unsubscribe | VeriPass Identity, 400 Congress Ave, Austin, TX 78701</p></body></html>"
MESSAGES.append(M('vendor-webinar-null', d, eml(
    base('VeriPass Identity Events <events@veripass-identity.example>', 'records@records.example.org',
         'Webinar: Stopping UI imposter fraud before the first payment', d, 'null1', 'mail.veripass-identity.example')
    + [('List-Unsubscribe', '<https://events.veripass-identity.example/unsub?u=88213>'), ('Precedence', 'bulk')],
    multi('alternative', [text(pt), html(ht)], 'b1_veripass_77a0')),
    request=None, kind='other', tracking_number=None,
    signals=['none'],
    why='vendor marketing about UI identity fraud; topic words overlap but belongs to no request'))
