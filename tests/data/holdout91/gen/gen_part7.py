"""REQ-114 and REQ-115: Washington Employment Security Department (GovQA portal, staff, Google Group)."""
from common import *

GQ = 'Washington Employment Security Department <esdwa@govqa.us>'
MESSAGES = []

def govqa(body_html):
    return ('<html><body style="font-family:Arial,sans-serif;font-size:10pt;color:#333">'
            '<div style="border-bottom:3px solid #005596;padding:6px"><b>Employment Security Department</b> | Public Records Center</div>'
            + body_html +
            '<p style="font-size:8pt;color:#888">Please do not reply to this email. To respond, log in to the '
            '<a href="https://esdwa.govqa.us/WEBAPP/_rs/supporthome.aspx">Public Records Center</a>.</p></body></html>')

# ---- REQ-114 ack with first-installment estimate
d = '2026-09-14 13:00 -0700'
ht = govqa("""<p>Dear Records Desk,</p>
<p>The Employment Security Department (ESD) received your public records request on 9/14/2026. Your request has been given reference number <b>P011873-091426</b>.</p>
<p><i>Request:</i> %s</p>
<p>Under RCW 42.56.520, ESD acknowledges your request. We are identifying and gathering records and will need to review them for exemptions, including confidentiality of unemployment claimant and employer information under RCW 50.13 and 20 CFR Part 603. ESD anticipates providing the first installment of records, or a further response, on or before <b>10/28/2026</b>.</p>
<p>Public Records Unit</p>""" % REQ_TEXT['REQ-114'].replace('\n', ' '))
MESSAGES.append(M('esd-govqa-ack', d, eml(
    base(GQ, 'records@records.example.org', 'Public Records Request :: P011873-091426', d, 'r114a', 'govqa.us'), html(ht)),
    request='REQ-114', kind='acknowledgment', tracking_number='P011873-091426', clock='received_on_sent_date', estimated='2026-10-28',
    signals=['tracking-new', 'subject'],
    why='ESD GovQA acknowledgment, received 9/14/2026 (= sent), first installment estimated 10/28; WA 5 business days'))

# ---- REQ-114 portal update notice
d = '2026-10-06 08:12 -0700'
ht = govqa("""<p>Public Records Request <b>P011873-091426</b> has been updated.</p>
<p>To view the update, log in to the Public Records Center and select My Request Center.</p>""")
MESSAGES.append(M('esd-govqa-updated', d, eml(
    base(GQ, 'records@records.example.org', 'Public Records Request :: P011873-091426 has been updated', d, 'r114b', 'govqa.us'), html(ht)),
    request='REQ-114', kind='portal_notice', tracking_number='P011873-091426',
    signals=['tracking'],
    why='GovQA says the request was updated; no substance'))

# ---- REQ-114 installment 1 arriving through our Google Group collaborative inbox
d = '2026-10-28 15:44 -0700'
body = """Hello,

The first installment of records for public records request
P011873-091426 is now available in the Public Records Center:

  - Imposter fraud losses and recoveries, summary by quarter, 2020-2026
    (Excel)
  - State Auditor's Office exit conference materials and ESD's management
    response for the 2025 performance audit of unemployment fraud losses

The summary figures are aggregate and contain no claimant information. We
are still reviewing the remaining SAO correspondence and the working files
ESD provided to the auditors, which do include claimant-level records. We
expect to provide the next installment on or before December 9, 2026.

Dana Whitfield
Public Records Officer
Washington State Employment Security Department
"""
hdr = [('From', "'Dana Whitfield' via Records Desk <records-desk@records.example.org>"),
       ('To', 'records-desk@records.example.org'),
       ('Reply-To', 'Dana Whitfield <Dana.Whitfield@esd.wa.gov>'),
       ('Subject', 'P011873-091426 Installment 1'),
       ('Date', rfcdate(d)), ('Message-ID', mid('r114c', 'esd.wa.gov')),
       ('X-Original-Sender', 'dana.whitfield@esd.wa.gov'),
       ('X-Original-Authentication-Results', 'mx.google.com; dmarc=pass (p=REJECT) header.from=esd.wa.gov'),
       ('Precedence', 'list'), ('Mailing-list', 'list records-desk@records.example.org; contact records-desk+owners@records.example.org'),
       ('List-ID', '<records-desk.records.example.org>'),
       ('List-Post', '<https://groups.google.com/a/records.example.org/group/records-desk/post>, <mailto:records-desk@records.example.org>'),
       ('List-Help', '<https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, <mailto:records-desk+help@records.example.org>'),
       ('List-Archive', '<https://groups.google.com/a/records.example.org/group/records-desk/>'),
       ('List-Unsubscribe', '<mailto:googlegroups-manage+318827441+unsubscribe@googlegroups.com>')]
MESSAGES.append(M('esd-installment1-via-google-group', d, eml(hdr, text(body)),
    request='REQ-114', kind='records_interim', tracking_number='P011873-091426', estimated='2026-12-09',
    signals=['tracking'],
    why='first installment via our Google Group (via display name, X-Original-Sender); next installment by Dec 9'))

# ---- REQ-114 further time (WA table has no extension days -> estimated only)
d = '2026-12-09 10:27 -0800'
ht = govqa("""<p>Dear Records Desk,</p>
<p>Regarding public records request <b>P011873-091426</b>: the remaining records include working files ESD provided to the State Auditor's Office that contain confidential claimant and employer information. Redacting them under RCW 50.13.020 and 20 CFR 603 is taking longer than anticipated. ESD needs additional time and now expects to provide the next installment on or before <b>1/20/2027</b>.</p>
<p>Thank you for your patience.</p>
<p>Dana Whitfield, Public Records Officer</p>""")
MESSAGES.append(M('esd-govqa-more-time', d, eml(
    base(GQ, 'records@records.example.org', 'Public Records Request :: P011873-091426 - Revised Estimate', d, 'r114d', 'govqa.us'), html(ht)),
    request='REQ-114', kind='extension', tracking_number='P011873-091426', clock='extension', estimated='2027-01-20',
    signals=['tracking'],
    why='revised estimate 1/20/2027 for the next installment; WA table has no extension days, so estimated only'))

# ---- REQ-115 ack
d = '2026-09-23 15:36 -0700'
ht = govqa("""<p>Dear Records Desk,</p>
<p>ESD received your public records request on 9/23/2026. Your reference number is <b>P012240-092326</b>.</p>
<p><i>Request:</i> %s</p>
<p>ESD is reviewing your request and will provide a further response on or before <b>10/7/2026</b>.</p>
<p>Public Records Unit</p>""" % REQ_TEXT['REQ-115'].replace('\n', ' '))
MESSAGES.append(M('esd-govqa-ack-contact-center', d, eml(
    base(GQ, 'records@records.example.org', 'Public Records Request :: P012240-092326', d, 'r115a', 'govqa.us'), html(ht)),
    request='REQ-115', kind='acknowledgment', tracking_number='P012240-092326', clock='received_on_sent_date', estimated='2026-10-07',
    signals=['tracking-new', 'subject'],
    why='second ESD request acknowledged 9/23/2026 (= sent), further response by 10/7; told apart from P011873 by the description'))

# ---- REQ-115 clarification via GovQA message (multipart/alternative)
d = '2026-09-29 11:50 -0700'
pt = """Public Records Request P012240-092326 - Clarification Requested

Dear Records Desk,

ESD needs clarification of your request:

ESD does not produce a "monthly contact-center staffing report." Staffing
information exists in daily workforce-management schedules (several
hundred files per month) and in position control data. Would you like
(a) only the vendor contracts, (b) the contracts plus a position count
for the contact center at the end of each month, or (c) something else?

Under RCW 42.56.520(3), if ESD does not receive a response within 30 days,
ESD may consider the request abandoned and close it.

Dana Whitfield
Public Records Officer
"""
ht = govqa('<p>' + pt.strip().replace('\n\n', '</p><p>').replace('\n', ' ') + '</p>')
MESSAGES.append(M('esd-govqa-clarification', d, eml(
    base(GQ, 'records@records.example.org', 'Public Records Request :: P012240-092326 - Clarification Requested', d, 'r115b', 'govqa.us'),
    multi('alternative', [text(pt), html(ht)], '----=_NextPart_GQ_8812_0929')),
    request='REQ-115', kind='clarification', tracking_number='P012240-092326',
    signals=['tracking'],
    why='ESD asks which staffing records are wanted; 30-day abandonment warning'))

# ---- REQ-115 no records, closed
d = '2026-11-02 09:40 -0800'
ht = govqa("""<p>Dear Records Desk,</p>
<p>Thank you for clarifying on October 1 that you are seeking only vendor contracts for public records request <b>P012240-092326</b>.</p>
<p>ESD's unemployment contact center is staffed entirely by ESD employees. After searching the records of Contracts and Procurement and the Unemployment Insurance Customer Support division, ESD found no contracts with a vendor to operate or staff the contact center in 2025 or 2026. ESD therefore has no records responsive to your request, and the request is now closed.</p>
<p>Dana Whitfield, Public Records Officer</p>""")
MESSAGES.append(M('esd-govqa-no-records', d, eml(
    base(GQ, 'records@records.example.org', 'Public Records Request :: P012240-092326 - Closed', d, 'r115c', 'govqa.us'), html(ht)),
    request='REQ-115', kind='no_records', tracking_number='P012240-092326', adverse_determination=True,
    signals=['tracking'],
    why='no vendor contact-center contracts exist (state staff); closed; WA table gives no appeal days'))
