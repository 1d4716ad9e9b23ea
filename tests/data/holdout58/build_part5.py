"""Messages 041-050 (October 20 - November 4, 2026)."""
from lib import *

# ------------------------------------------------------------------ 041 GovQA "request updated" notice (REQ-009)
d = rfc_date(2026, 10, 20, 8, 3, '-0600')
html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Public Records Request <b>R002761-091426</b> has been updated.</p>
<p>To view the update, please log in to the
<a href="https://colorado-dor.govqa.us/WEBAPP/_rs/(S(2wq1yfxn5k0t))/supporthome.aspx">Colorado Department of Revenue Public Records Center</a>.</p>
<p style="font-size:8pt;color:#777">Please do not reply to this email. Messages sent to this address are not reviewed.</p>
</body></html>
"""
m = html_only(html)
finish('041-co-dor-govqa-updated.eml', m, [
    ('From', 'Colorado Department of Revenue <coloradodor@govqa.us>'),
    ('To', 'records+req-009@records.example.org'),
    ('Subject', '[Public Records Center] Request R002761-091426 has been updated'),
    ('Date', d),
    ('Message-ID', mid('041govqa', 'govqa.us')),
    ('X-Mailer', 'GovQA Mail Service'),
])

# ------------------------------------------------------------------ 042 GovQA completion with redactions (REQ-009)
d = rfc_date(2026, 10, 21, 13, 30, '-0600')
text = """Dear Sam Okafor,

Your Colorado Department of Revenue public records request R002761-091426 has been completed.

Message from the Marijuana Enforcement Division:

Thank you for your payment. The MED has released the inspection reports, notices of violation,
stipulations and final agency orders for the 61 Denver retail marijuana stores identified in our search
(1/1/2025 to present). The records are available for download in the Public Records Center for 30 days.

Some information has been redacted:
  - details of licensed premises' security arrangements, including surveillance camera placement and
    alarm system information, under C.R.S. 24-72-204(2)(a)(VIII); and
  - dates of birth, home addresses and occupational badge numbers of licensee employees, as personal
    information that is not subject to public inspection.

The actual research and retrieval time was 4.5 hours beyond the first free hour. A refund of $20.69 for
the difference from the estimate will be issued to your original payment method.

This request is now closed.

Jonah Pritchett
Records Custodian, Marijuana Enforcement Division

To download your records, log in to the Colorado Department of Revenue Public Records Center:
https://colorado-dor.govqa.us/WEBAPP/_rs/(S(2wq1yfxn5k0t))/supporthome.aspx
"""
html = '<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">' + \
    ''.join('<p>%s</p>' % p.replace('\n', '<br>\n') for p in text.split('\n\n')) + '</body></html>'
m = alt(text, html)
finish('042-co-dor-govqa-med-completed-redacted.eml', m, [
    ('From', 'Colorado Department of Revenue <coloradodor@govqa.us>'),
    ('To', 'records+req-009@records.example.org'),
    ('Subject', '[Public Records Center] Request R002761-091426 :: Completed'),
    ('Date', d),
    ('Message-ID', mid('042govqa', 'govqa.us')),
    ('X-Mailer', 'GovQA Mail Service'),
])

# ------------------------------------------------------------------ 043 TTB: offers in compromise are already on the website (REQ-001)
d = rfc_date(2026, 10, 22, 10, 0)
text = """Mr. Okafor,

I'm writing about part (1) of your FOIA request 2026-TTB-00412, the offers in compromise.

TTB already publishes the offers in compromise it accepts on its website, organized by fiscal year and
quarter. Each listing gives the name of the industry member, the location, the nature of the violation
and the amount of the offer. The postings for fiscal years 2021 through 2026 are here:

    https://www.ttb.gov/about-ttb/offers-in-compromise

Since that information is already publicly available, we aren't reproducing it as part of this request.
If you are looking for something beyond what is posted - for example, the signed offer documents
themselves - let me know and I'll add that to what we are processing.

Part (2), the notices of suspension, annulment or revocation of basic permits and the final orders, is
still being processed. I'll be in touch when that review is complete.

Dwayne Pickett
Government Information Specialist
Disclosure and FOIA Office, Alcohol and Tobacco Tax and Trade Bureau
(202) 453-2080

""" + quote(request_text(1))
m = plain(text)
finish('043-ttb-oic-already-published.eml', m, [
    ('From', '"Pickett, Dwayne" <Dwayne.Pickett@ttb.gov>'),
    ('To', 'records+req-001@records.example.org'),
    ('Subject', 'RE: ' + REQ[1]['subject']),
    ('Date', d),
    ('Message-ID', mid('043ttb', 'ttb.gov')),
    ('In-Reply-To', REQ[1]['mid']),
    ('References', REQ[1]['mid']),
] + o365('043ttb', REQ[1]['subject'], d, tenant='ttb.gov'))

# ------------------------------------------------------------------ 044 MED: no records for Front Range Botanicals (REQ-016)
d = rfc_date(2026, 10, 22, 14, 30, '-0600')
html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Dear Sam Okafor,</p>
<p>Your Colorado Department of Revenue public records request <b>R003302-101326</b> has been completed.</p>
<p><b>Message from the Marijuana Enforcement Division:</b></p>
<p>The MED searched its licensing system, including the MED Licensing Portal and the legacy licensing files, for
license applications, suitability or background investigation findings, and approval or denial letters concerning
an entity named Front Range Botanicals LLC. No records were located. The MED has no record of an application
having been filed with the state under that name.</p>
<p>If the business operates under a different legal name or trade name, you may submit a new request using that name.
As noted previously, local license applications for Denver premises are held by the City and County of Denver.</p>
<p>This request is now closed.</p>
<p>Jonah Pritchett<br>Records Custodian, Marijuana Enforcement Division</p>
<p style="font-size:8pt;color:#777">Please do not reply to this email. Messages sent to this address are not reviewed.</p>
</body></html>
"""
m = html_only(html)
finish('044-co-dor-govqa-no-records-front-range.eml', m, [
    ('From', 'Colorado Department of Revenue <coloradodor@govqa.us>'),
    ('To', 'records+req-016@records.example.org'),
    ('Subject', '[Public Records Center] Request R003302-101326 :: Completed'),
    ('Date', d),
    ('Message-ID', mid('044govqa', 'govqa.us')),
    ('X-Mailer', 'GovQA Mail Service'),
])

# ------------------------------------------------------------------ 045 PGCB final: background investigation withheld (REQ-011)
d = rfc_date(2026, 10, 23, 15, 45)
letter = """##PENNSYLVANIA GAMING CONTROL BOARD
**Office of the Agency Open Records Officer
303 Walnut Street, Strawberry Square, 2nd Floor, Harrisburg, PA 17101

October 23, 2026

VIA ELECTRONIC MAIL ONLY
Sam Okafor, Example Newsroom
records+req-011@records.example.org

**RE: Right-to-Know Law Request No. 2026-131 - FINAL RESPONSE

Dear Mr. Okafor:

This is the Board's final response to your Right-to-Know Law ("RTKL") request received September 16, 2026, and extended by interim response dated September 23, 2026. You requested (1) the interactive gaming certificate application filed by Keystone Interactive LLC; (2) the Bureau of Investigations and Enforcement ("BIE") background investigation report on that applicant; and (3) the Board's order approving or denying the certificate. Your request is GRANTED IN PART and DENIED IN PART.

**Item 3 - GRANTED. The Board's order approving Keystone Interactive's interactive gaming certificate, and the transcript of the public hearing at which the Board considered the petition, are enclosed.

**Item 1 - GRANTED IN PART / DENIED IN PART. The application cover form identifying the applicant, its principal place of business and the certificate sought is enclosed. The remainder of the application is withheld. Information submitted by an applicant relating to its character, honesty and integrity, its financial affairs, its business and personal associations, and its proprietary information and trade secrets is confidential and withheld from public disclosure under 4 Pa.C.S. Section 1206(f)(1), and is exempt under Section 708(b)(11) of the RTKL (trade secrets and confidential proprietary information). As required by Section 707(b) of the RTKL, the Board notified Keystone Interactive of your request; the company objected to release of its financial projections and marketing plans, and the Board agrees that those materials are confidential proprietary information.

**Item 2 - DENIED. The BIE background investigation report consists of information obtained by the Board or the Bureau as part of a background investigation and is confidential under 4 Pa.C.S. Section 1206(f)(1). It is also a record relating to a noncriminal investigation exempt under Section 708(b)(17) of the RTKL.

**Right to appeal.
You have a right to appeal this response in writing to the Executive Director, Office of Open Records, 333 Market Street, 16th Floor, Harrisburg, PA 17101-2234. If you choose to file an appeal you must do so within 15 business days of the mailing date of this response and send a copy to the Board's Open Records Officer. Please include a copy of your request and this response with the appeal.

Sincerely,

Gwen Mackey
Agency Open Records Officer
Pennsylvania Gaming Control Board

Enclosures: Board Order; hearing transcript; application cover form
"""
order = """##PENNSYLVANIA GAMING CONTROL BOARD
**In re: Petition of Keystone Interactive LLC for an Interactive Gaming Certificate
**Docket No. 2025-4471

ORDER

AND NOW, upon consideration of the Petition of Keystone Interactive LLC for an interactive gaming certificate, the evidence presented at the public hearing, and the report and recommendation of the Bureau of Investigations and Enforcement, the Board finds that the petitioner has established its eligibility and suitability by clear and convincing evidence.

It is therefore ORDERED that the Petition is GRANTED, subject to the conditions set forth in the Statement of Conditions attached to this Order.

BY THE BOARD
"""
text = """Mr. Okafor,

Attached is the Board's final response to your RTKL request, together with the records being released.

Gwen Mackey | Agency Open Records Officer
Pennsylvania Gaming Control Board
"""
m = plain(text)
attach_pdf(m, 'RTKL 2026-131 Final Response.pdf', paginate(wrap(letter)), title='RTKL 2026-131 Final Response')
attach_pdf(m, 'Keystone Interactive - Board Order.pdf', paginate(wrap(order)), title='Board Order')
finish('045-pgcb-final-keystone-withheld.eml', m, [
    ('From', '"Mackey, Gwen" <ra-pgcbrighttoknow@pa.gov>'),
    ('To', 'Records Desk <records+req-011@records.example.org>'),
    ('Subject', 'RTK #2026-131 - Final Response'),
    ('Date', d),
    ('Message-ID', mid('045pgcb', 'pa.gov')),
    ('In-Reply-To', mid('026pgcb', 'pa.gov')),
    ('References', REQ[11]['mid'] + ' ' + mid('018pgcb', 'pa.gov') + ' ' + mid('026pgcb', 'pa.gov')),
] + o365('045pgcb', 'RTK #2026-131 - Final Response', d, tenant='pa.gov', has_attach=True))

# ------------------------------------------------------------------ 046 Ohio Lottery production after payment, redactions (REQ-005)
d = rfc_date(2026, 10, 27, 10, 10)
index = """##OHIO LOTTERY COMMISSION - OFFICE OF LEGAL SERVICES
**Public Records Request OLC-PR-2026-0457 - Production Index

Retailer compliance audit reports, Cuyahoga County, 2024-2026 ........ 318 pages
Retailer inspection reports (field sales representatives) ............. 61 pages
Notices of suspension of lottery sales agent license (4) ............... 21 pages
Notices of revocation of lottery sales agent license (2) ............... 12 pages
Total .................................................................. 412 pages

Redactions: Social Security numbers of retailer owners; bank account and routing numbers on
electronic funds transfer authorizations. Authority: R.C. 149.43(A)(1)(v).
"""
text = """Good morning,

Thank you for your payment for reference OLC-PR-2026-0457. The scanned copies of the 412 pages are
available at the secure link below for the next 14 days; a production index is attached.

    https://ohiolottery.sharefile.com/d-r4a7e91c02b54

A few items have been redacted. Social Security numbers of retailer owners have been removed, because
their release is prohibited by law (R.C. 149.43(A)(1)(v); State ex rel. Beacon Journal Publishing Co. v.
City of Akron, 70 Ohio St.3d 605 (1994)), as have the bank account and routing numbers on retailers'
electronic funds transfer authorizations. Nothing else was withheld.

This completes our response to your request.

Regards,

Renata Kowalczyk
Public Records Coordinator | Office of Legal Services
Ohio Lottery Commission

-----Original Message-----
From: Kowalczyk, Renata
Sent: Friday, October 2, 2026 2:20 PM
To: records@records.example.org
Subject: Copy charges - public records

Regarding public records request OLC-PR-2026-0457: our staff has located the retailer compliance audit
files and license action notices responsive to your request for Cuyahoga County retailers. The
responsive records total 412 pages. [...]
"""
m = plain(text)
attach_pdf(m, 'OLC-PR-2026-0457 Production Index.pdf', paginate(wrap(index)), title='Production Index')
finish('046-ohio-lottery-final-redacted.eml', m, [
    ('From', '"Kowalczyk, Renata" <Renata.Kowalczyk@ohiolottery.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'RE: Copy charges - public records'),
    ('Date', d),
    ('Message-ID', mid('046olc', 'ohiolottery.com')),
    ('In-Reply-To', '<CAF3r9Qx2olc-payment.20261019@records.example.org>'),
    ('References', mid('027olc', 'ohiolottery.com') + ' <CAF3r9Qx2olc-payment.20261019@records.example.org>'),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
])

# ------------------------------------------------------------------ 047 TTB: fees "may" apply, commitment requested (REQ-006)
d = rfc_date(2026, 10, 28, 11, 0)
text = """Dear Sam Okafor:

We have located approximately 640 pages of potentially responsive records for FOIA request
2026-TTB-00437 (Harbor Point Distilling Co.). The submitter consultation is under way.

As a representative of the news media you are entitled to the first 100 pages at no charge. Duplication
fees may apply to the remaining pages at $0.15 per page. If every page were released, the fee could be
as much as $81.00 (540 pages x $0.15). The actual charge may be lower, depending on how many pages are
withheld in full and whether the records can be provided electronically.

Because the possible fee exceeds $25.00, please confirm in writing that you are willing to pay fees up
to $81.00. We will hold the request until we receive your commitment. If we do not hear from you within
30 calendar days of this letter, we will assume you are no longer interested and will administratively
close the request.

Sincerely,

Renee Castellanos
Government Information Specialist
Disclosure and FOIA Office
"""
m = plain(text)
finish('047-ttb-possible-fees-commitment.eml', m, [
    ('From', '"Castellanos, Renee" <Renee.Castellanos@ttb.gov>'),
    ('To', 'records+req-006@records.example.org'),
    ('Subject', 'RE: FOIA 2026-TTB-00437 - possible fees'),
    ('Date', d),
    ('Message-ID', mid('047ttb', 'ttb.gov')),
    ('In-Reply-To', mid('031ttb', 'ttb.gov')),
    ('References', REQ[6]['mid'] + ' ' + mid('006ttb', 'ttb.gov') + ' ' + mid('031ttb', 'ttb.gov')),
] + o365('047ttb', 'FOIA 2026-TTB-00437 - possible fees', d, tenant='ttb.gov'))

# ------------------------------------------------------------------ 048 TTB specialist out of office after our fee commitment (REQ-006)
d = rfc_date(2026, 10, 29, 8, 45)
our = '<CAF3r9Qx4ttb-fee-ok.20261029@records.example.org>'
text = """I am out of the office through Friday, November 6, 2026, and will return on Monday, November 9.

For FOIA matters needing attention before then, please write to foia@ttb.gov or call (202) 453-2080.

Renee Castellanos
Disclosure and FOIA Office
"""
m = plain(text)
finish('048-ttb-specialist-out-of-office.eml', m, [
    ('From', '"Castellanos, Renee" <Renee.Castellanos@ttb.gov>'),
    ('To', 'Records Desk <records+req-006@records.example.org>'),
    ('Subject', 'Automatic reply: RE: FOIA 2026-TTB-00437 - possible fees'),
    ('Date', d),
    ('Message-ID', mid('048ttb', 'ttb.gov')),
    ('In-Reply-To', our),
    ('References', REQ[6]['mid'] + ' ' + mid('047ttb', 'ttb.gov') + ' ' + our),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
] + o365('048ttb', 'FOIA 2026-TTB-00437 - possible fees', d, tenant='ttb.gov'))

# ------------------------------------------------------------------ 049 Virginia ABC final, HTML only, nothing withheld (REQ-012)
d = rfc_date(2026, 11, 2, 13, 0, '-0500')
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Mr. Okafor:</p>
<p>Thank you for your deposit, received October 9, 2026. Virginia ABC has completed its response to your request under the
Virginia Freedom of Information Act for violation reports, consent settlements and civil penalties involving retail licensees
in the City of Richmond since January 1, 2025.</p>
<p>The following records are available for download through Virginia ABC's secure file transfer site until November 16, 2026:</p>
<ul>
<li>Violation case list, Richmond retail licensees, 1/1/2025 - 10/15/2026 (214 cases; Excel)</li>
<li>Consent settlement agreements and orders (163 documents; PDF)</li>
<li>Hearing officer decisions in contested cases (19 documents; PDF)</li>
</ul>
<p><a href="https://files.virginiaabc.com/w/8Kq2ZfR1">https://files.virginiaabc.com/w/8Kq2ZfR1</a></p>
<p>No records were withheld. The final cost of your request was $271.20; a refund of $15.30 will be mailed to you.</p>
<p>This concludes Virginia ABC's response to your request.</p>
<p>Sincerely,</p>
<p>Denise Whitlock<br>FOIA Officer<br>Virginia Alcoholic Beverage Control Authority<br>7450 Freight Way | Mechanicsville, VA 23116</p>
</div></body></html>
"""
m = html_only(html)
finish('049-vaabc-final-html-only.eml', m, [
    ('From', '"Whitlock, Denise" <Denise.Whitlock@virginiaabc.com>'),
    ('To', 'Records Desk <records+req-012@records.example.org>'),
    ('Subject', 'Records - FOIA request (Richmond licensee violations)'),
    ('Date', d),
    ('Message-ID', mid('049abc', 'virginiaabc.com')),
    ('In-Reply-To', mid('029abc', 'virginiaabc.com')),
    ('References', REQ[12]['mid'] + ' ' + mid('022abc', 'virginiaabc.com') + ' ' + mid('029abc', 'virginiaabc.com')),
] + o365('049abc', 'Records - FOIA request (Richmond licensee violations)', d, tenant='virginiaabc.com'))

# ------------------------------------------------------------------ 050 NJ DGE first rolling release (REQ-010)
d = rfc_date(2026, 11, 4, 14, 10, '-0500')
index = """##NEW JERSEY DIVISION OF GAMING ENFORCEMENT
**OPRA Request W215981 - Partial Production 1 of 2

Director's actions and civil penalty assessments, internet gaming permit holders, calendar year 2024

DGE-IG-2024-003  Civil penalty, failure to exclude self-excluded patrons ........ $60,000
DGE-IG-2024-007  Civil penalty, geolocation control failure ..................... $25,000
DGE-IG-2024-011  Director's action, underage account registrations .............. $45,000
DGE-IG-2024-015  Civil penalty, promotional terms non-compliance ................ $10,000
... (22 documents in total, produced as W215981_Production1.zip)
"""
text = """Mr. Okafor,

As we discussed by phone on September 28, the Division is producing records responsive to OPRA request
W215981 on a rolling basis.

Attached is the index for the first production: the Director's actions and civil penalty assessments
involving internet gaming permit holders for calendar year 2024 (22 documents). The documents can be
downloaded from the link below for 30 days:

    https://njdge.sharefile.com/d-w215981p1

The Division anticipates producing the 2025 and 2026 records, together with the underlying complaints,
by December 4, 2026.

Kevin O'Rourke
OPRA Unit | NJ Division of Gaming Enforcement
"""
m = plain(text)
attach_pdf(m, 'W215981 Production 1 Index.pdf', paginate(wrap(index)), title='W215981 Production 1')
finish('050-njdge-rolling-release-1.eml', m, [
    ('From', '"O\'Rourke, Kevin" <korourke@njdge.org>'),
    ('To', 'records@records.example.org'),
    ('CC', 'DGE OPRA <opra@njdge.org>'),
    ('Subject', 'OPRA Request W215981 - Partial Response (1 of 2)'),
    ('Date', d),
    ('Message-ID', mid('050dge', 'njdge.org')),
] + o365('050dge', 'OPRA Request W215981 - Partial Response (1 of 2)', d, tenant='njdge.org', has_attach=True))
print('part5 done')
