"""REQ-101 and REQ-102: California EDD (NextRequest portal + PRA Unit staff mail)."""
from common import *

NR = 'California Employment Development Department <no-reply@nextrequest.com>'
MESSAGES = []

# ---- REQ-101 ack (NextRequest, multipart/alternative)
d = '2026-09-08 10:14 -0700'
desc = REQ_TEXT['REQ-101'].replace('\n', ' ')
pt = """California Employment Development Department
Public Records Act Requests

Your record request #26-2214 has been received and is being processed.

Request:
%s

Received: 09/08/2026
Assigned department: Legal Office - Public Records Act Unit

The Department will make a determination on your request within the time
allowed by Government Code section 7922.535. Watch your email for updates,
or track the request at https://edd-ca.nextrequest.com/requests/26-2214

Please note: information EDD holds about individual claimants and employers
is confidential under Unemployment Insurance Code section 1094 and 20 CFR
Part 603 and is not released in response to public records requests.

This inbox is not monitored. Use the request page to message EDD staff.
""" % textwrap.fill(desc, 74)
ht = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="100%%" cellpadding="8" style="background:#1f4e79;color:#fff"><tr><td><b>California Employment Development Department</b><br>Public Records Act Requests</td></tr></table>
<p>Your record request <b>#26-2214</b> has been received and is being processed.</p>
<p><b>Request:</b><br>%s</p>
<p><b>Received:</b> 09/08/2026<br><b>Assigned department:</b> Legal Office - Public Records Act Unit</p>
<p>The Department will make a determination on your request within the time allowed by Government Code section 7922.535. Watch your email for updates, or <a href="https://edd-ca.nextrequest.com/requests/26-2214">track the request online</a>.</p>
<p style="font-size:12px">Please note: information EDD holds about individual claimants and employers is confidential under Unemployment Insurance Code section 1094 and 20 CFR Part 603 and is not released in response to public records requests.</p>
<p style="font-size:11px;color:#777">This inbox is not monitored. Use the request page to message EDD staff.</p>
</body></html>""" % desc
MESSAGES.append(M('edd-nextrequest-ack', d, eml(
    base(NR, 'records+req-101@records.example.org', 'Your California Employment Development Department record request #26-2214 has been received',
         d, 'r101a', 'nextrequest.com', reply_to='no-reply@nextrequest.com'),
    multi('alternative', [text(pt), html(ht)], '--==_mimepart_66e1c0a3b2_5f1')),
    request='REQ-101', kind='acknowledgment', tracking_number='26-2214', clock='received_on_sent_date',
    signals=['plus', 'tracking-new', 'subject'],
    why='NextRequest confirms receipt 09/08/2026 (= sent) and assigns #26-2214; CA 10 calendar days; 20 CFR 603 boilerplate is not a refusal'))

# ---- REQ-101 extension (NextRequest message, HTML only)
d = '2026-09-18 15:31 -0700'
ht = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#555">A message was added to record request <b>#26-2214</b>:</p>
<blockquote style="border-left:3px solid #1f4e79;padding-left:10px">
<p>Good afternoon,</p>
<p>The Employment Development Department needs additional time to respond to your request. Responsive records, if any, must be searched for and collected from the Unemployment Insurance Branch and the Fiscal Programs Division, which are separate from the office processing the request, and the contract files are voluminous. Under Government Code section 7922.535(b) we are extending the time to make a determination by 14 days, to <b>October 2, 2026</b>.</p>
<p>We anticipate producing disclosable records in installments, with the first installment on or before October 2 and the remaining records by approximately <b>October 30, 2026</b>.</p>
<p>Public Records Act Unit<br>Legal Office, MIC 53<br>Employment Development Department</p>
</blockquote>
<p><a href="https://edd-ca.nextrequest.com/requests/26-2214">View request 26-2214</a></p>
<p style="font-size:11px;color:#777">Do not reply to this email. Powered by NextRequest.</p>
</body></html>"""
MESSAGES.append(M('edd-nextrequest-extension', d, eml(
    base(NR, 'records+req-101@records.example.org', '[Records Request #26-2214] Message from California Employment Development Department',
         d, 'r101b', 'nextrequest.com', reply_to='no-reply@nextrequest.com'), html(ht)),
    request='REQ-101', kind='extension', tracking_number='26-2214', clock='extension', estimated='2026-10-30',
    signals=['plus', 'tracking'],
    why='unusual-circumstances extension under 7922.535(b) to Oct 2 (10+14 days); remaining records expected about Oct 30'))

# ---- REQ-101 first installment (NextRequest documents released)
d = '2026-10-02 16:48 -0700'
pt = """Documents were released on record request #26-2214.

Message from EDD:
Enclosed is the first installment of records responsive to your request:
  - Agreement 20-7041 with the identity-verification vendor (executed
    December 2020) and Amendments 1 through 3
  - Statement of Work, Exhibit A, with Attachment A-4 (system security
    architecture) redacted under Government Code section 7929.210
    (information security records)

These contract records are not claimant records and are released without
confidentiality redactions under UI Code section 1094 or 20 CFR 603.
Amendment 4 and the paid invoices are still being reviewed; we expect to
release them by November 13, 2026.

4 documents released:
  20-7041_Agreement.pdf
  20-7041_Amendments_1-3.pdf
  20-7041_Exhibit_A_SOW_redacted.pdf
  Redaction_log_26-2214_part1.pdf

View request: https://edd-ca.nextrequest.com/requests/26-2214
"""
MESSAGES.append(M('edd-nextrequest-installment1', d, eml(
    base(NR, 'records+req-101@records.example.org', '[Records Request #26-2214] Documents released',
         d, 'r101c', 'nextrequest.com', reply_to='no-reply@nextrequest.com'), text(pt)),
    request='REQ-101', kind='records_interim', tracking_number='26-2214', estimated='2026-11-13',
    signals=['plus', 'tracking'],
    why='first installment (contract and amendments, security exhibit redacted); invoices and Amendment 4 to follow by Nov 13'))

# ---- REQ-101 portal notice (no substance)
d = '2026-10-16 09:03 -0700'
pt = """Record request #26-2214 has been updated.

There is new activity on this request. Sign in to view the details:
https://edd-ca.nextrequest.com/requests/26-2214

You are receiving this email because you are the requester.
Powered by NextRequest
"""
MESSAGES.append(M('edd-nextrequest-updated', d, eml(
    base(NR, 'records+req-101@records.example.org', 'Record request #26-2214 has been updated',
         d, 'r101d', 'nextrequest.com', reply_to='no-reply@nextrequest.com'), text(pt)),
    request='REQ-101', kind='portal_notice', tracking_number='26-2214',
    signals=['plus', 'tracking'],
    why='NextRequest activity notice with no substantive content'))

# ---- REQ-101 final (closed, partial withholding of claimant verification logs)
d = '2026-11-13 14:20 -0800'
ht = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Record request <b>#26-2214</b> has been <b>closed</b>.</p>
<p><b>Closure reason:</b> Records released in part / withheld in part</p>
<div style="border:1px solid #ccc;padding:10px">
<p>This is the second and final installment. Released today: Amendment 4 to Agreement 20-7041 and the 37 vendor invoices paid from January 2021 through June 2026 (invoice summaries showing monthly verification volumes and charges).</p>
<p>Each invoice was submitted with a transaction detail file listing individual claimants' names, claim identifiers and verification outcomes. Those detail files are withheld in full. They are confidential unemployment compensation information under Unemployment Insurance Code section 1094 and 20 CFR 603.4(b), and exempt from disclosure under Government Code section 7927.705. The aggregate counts in the invoice summaries are released.</p>
<p>This completes the Department's response to your request.</p>
<p>Public Records Act Unit, Legal Office</p>
</div>
<p>Documents released: 20-7041_Amendment_4.pdf; 20-7041_Invoices_2021-2026.pdf; Redaction_log_26-2214_final.pdf</p>
<p><a href="https://edd-ca.nextrequest.com/requests/26-2214">View request</a></p>
</body></html>"""
MESSAGES.append(M('edd-nextrequest-closed-final', d, eml(
    base(NR, 'records+req-101@records.example.org', '[Records Request #26-2214] Your request has been closed',
         d, 'r101e', 'nextrequest.com', reply_to='no-reply@nextrequest.com'), html(ht)),
    request='REQ-101', kind='records_final', tracking_number='26-2214', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='final installment, request closed; claimant-level transaction files withheld (claimant data, 20 CFR 603) -> partial; CA has no appeal window'))

# ---- REQ-102 ack from PRA Unit analyst (Outlook), received date differs from sent
d = '2026-09-11 09:22 -0700'
ana = '"Lucero, Daniel@EDD" <Daniel.Lucero@edd.ca.gov>'
body = """Good morning,

The Employment Development Department (EDD) received your California Public
Records Act request on September 11, 2026. Your email came in after 5:00 p.m.
on Thursday, September 10, so it is logged as received the next business day.
Your request has been assigned number 26-2251; please refer to it in any
correspondence.

We will notify you of our determination within the time provided by
Government Code section 7922.535.

Regards,

Daniel Lucero
Staff Services Analyst | Public Records Act Unit
Legal Office | Employment Development Department
PRAunit@edd.ca.gov

CONFIDENTIALITY NOTICE: This communication may contain confidential
information protected by state and federal law, including UI Code 1094
and 20 CFR Part 603. If you received it in error, notify the sender.

""" + quote('REQ-102', when='Thu, Sep 10, 2026 at 6:12 PM')
MESSAGES.append(M('edd-staff-ack-received-next-day', d, eml(
    base(ana, 'Records Desk <records+req-102@records.example.org>', 'RE: ' + REQS['REQ-102']['subject'], d, 'r102a', 'edd.ca.gov', cc='PRAunit@edd.ca.gov')
    + thread('REQ-102') + [('Thread-Topic', REQS['REQ-102']['subject'])] + outlook_headers('r102a'), text(body)),
    request='REQ-102', kind='acknowledgment', tracking_number='26-2251', clock='received:2026-09-11',
    signals=['thread', 'plus', 'tracking-new'],
    why='EDD analyst acknowledges; request logged as received Sep 11 (sent Sep 10 after hours); clock from Sep 11'))

# ---- REQ-102 clarification
d = '2026-09-18 11:05 -0700'
body = """Hello,

Regarding PRA 26-2251: before we can search, we need you to clarify two
points.

1. "Call-center vendor contracts" - do you mean only contracts under which a
   vendor supplies agents who answer UI claimant calls, or also contracts for
   the telephony platform and interactive voice response system?
2. For "performance reports," would monthly service-level summaries (calls
   offered, answered, average wait) satisfy the request, or are you seeking
   every deliverable submitted under the contracts?

Once we hear back we will resume processing. The time to make a
determination does not run while we wait for your clarification.

Thank you,
Daniel Lucero
Public Records Act Unit, EDD
"""
MESSAGES.append(M('edd-staff-clarification', d, eml(
    base(ana, 'records+req-102@records.example.org', 'PRA 26-2251 - clarification needed', d, 'r102b', 'edd.ca.gov')
    + outlook_headers('r102b'), text(body)),
    request='REQ-102', kind='clarification', tracking_number='26-2251',
    signals=['plus', 'tracking'],
    why='EDD asks two scope questions (agents vs telephony; which performance reports) before searching'))

# ---- REQ-102 fee estimate (hedged, programming cost)
d = '2026-10-05 13:40 -0700'
body = """Hello,

Thank you for your clarification of September 21. We have located the two
vendor agreements and their task orders, which can be provided without
charge as electronic copies.

The monthly service-level data, however, is not kept as a report. Producing
it would require our IT staff to write and run a query against the call
center data warehouse. Under Government Code section 7922.575(b), the
requester may be charged the cost of programming and computer services
needed to produce a copy of an electronic record. The Unemployment Insurance
Branch estimates this work at approximately 7.5 hours at $55.00 per hour,
for an estimated cost of $412.50. The actual charge may be lower.

Please let us know in writing whether you wish to proceed with the data
extract at this cost. If you would prefer, we can release the agreements
and task orders now and close the request without the extract.

Daniel Lucero
Staff Services Analyst | Public Records Act Unit | EDD
"""
MESSAGES.append(M('edd-staff-programming-cost', d, eml(
    base(ana, 'records+req-102@records.example.org', 'RE: PRA 26-2251 - clarification needed', d, 'r102c', 'edd.ca.gov')
    + outlook_headers('r102c'), text(body)),
    request='REQ-102', kind='fee_estimate', tracking_number='26-2251',
    signals=['plus', 'tracking'],
    why='estimated $412.50 programming cost under 7922.575(b) must be agreed before the data extract'))

# ---- REQ-102 out-of-office of the analyst (our reply to the fee letter)
d = '2026-10-06 08:01 -0700'
body = """I am out of the office from October 6 through October 16 with limited
access to email. For Public Records Act matters please write to
PRAunit@edd.ca.gov and a member of the unit will assist you.

Daniel Lucero
Public Records Act Unit
"""
MESSAGES.append(M('edd-analyst-ooo', d, eml(
    base(ana, 'records+req-102@records.example.org', 'Automatic reply: RE: PRA 26-2251 - clarification needed', d, 'r102d', 'edd.ca.gov')
    + [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'Daniel.Lucero@edd.ca.gov')]
    + outlook_headers('r102d'), text(body)),
    request='REQ-102', kind='auto_reply', tracking_number='26-2251',
    signals=['plus', 'tracking'],
    why='Outlook automatic reply from the EDD analyst to our answer on the fee letter'))
