#!/usr/bin/env python3
"""Messages 011-020 (Sep 17 - Sep 24, 2026)."""
from build_common import *

MESSAGES = []

def add(file, headers, body, f):
    MESSAGES.append({'file': file, 'headers': headers, 'body': body, 'facts': f})


# ---------------------------------------------------------------- 011 OPERS staff, informal, quotes our request
R = 'REQ-109'
t = """Hi there,

Thanks for your request. I'm the records coordinator in our Legal
Department and I'll be the one working on it. Board travel reimbursements
are processed by our Finance area, so I've asked them to pull the expense
reports and receipts for the trustees for 2024 through now. I'd expect to
have something to you within the next few weeks, and I'll let you know if
anything comes up before then.

Jill

Jill Morrow | Public Records Coordinator, Legal
Ohio Public Employees Retirement System
277 East Town Street, Columbus, OH 43215
614-222-0412

-----Original Message-----
From: Records Desk <records+req-109@records.example.org>
Sent: Wednesday, September 16, 2026 2:10 PM
To: OPERS Public Records <publicrecords@opers.org>
Subject: %s

To the OPERS public records officer:

%s

Records Desk
records.example.org
""" % (SUBJ[R], REQUEST_TEXT[R])
add('011-opers-staff-ack-quoted.eml', [
    ('From', 'Jill Morrow <jmorrow@opers.org>'),
    ('To', 'Records Desk <%s>' % plus(R)),
    ('Subject', 'RE: ' + SUBJ[R]),
    ('Date', 'Thu, 17 Sep 2026 09:48:30 -0400'),
    ('Message-ID', mid('011', 'CH2PR14MB3981.namprd14.prod.outlook.com', 'outlook')),
    ('In-Reply-To', RMID(R)),
    ('References', RMID(R)),
    ('Thread-Topic', SUBJ[R]),
    ('Content-Language', 'en-US'),
], text(t),
    facts(R, 'acknowledgment', None, ['thread', 'plus', 'subject'],
          'OPERS coordinator confirms she is working on the trustee travel request (quotes it); Ohio sets no day count and no number is given, so no due'))


# ---------------------------------------------------------------- 012 OPERS asks us to revise an overly broad request
R = 'REQ-110'
t = """Dear Records Desk:

The Ohio Public Employees Retirement System (OPERS) received your public
records request dated September 16, 2026, for "all records relating to
private equity fees, carried interest and placement agents, 2022-2026."

Ohio's Public Records Act requires a requester to identify the records
sought with reasonable clarity. As written, your request would require
OPERS to search every record of its Investment, Legal and Finance
divisions that mentions a fee, carried interest or a placement agent over
five years. Before treating the request as ambiguous or overly broad under
R.C. 149.43(B)(2), we are giving you the opportunity to revise it.

To help you do so, this is how OPERS keeps the records you describe:

  1. General partners send quarterly fee and expense reports on the ILPA
     reporting template; they are filed by fund in the Investment
     Division's document management system.
  2. Staff presents an annual private equity program review to the Board
     in public session; it reports aggregate management fees and carried
     interest for the year.
  3. External managers certify each year whether a placement agent was
     used in connection with an OPERS investment; Investment Compliance
     keeps the certifications.

If you identify particular reports, funds or years, we will process the
revised request promptly. We will keep your request open while we wait
for your reply.

Sincerely,

Office of the General Counsel - Public Records
Ohio Public Employees Retirement System
publicrecords@opers.org
"""
add('012-opers-clarification-overbroad.eml', [
    ('From', 'OPERS Public Records <publicrecords@opers.org>'),
    ('To', plus(R)),
    ('Subject', 'RE: ' + SUBJ[R]),
    ('Date', 'Thu, 17 Sep 2026 15:20:05 -0400'),
    ('Message-ID', mid('012', 'CH2PR14MB3981.namprd14.prod.outlook.com', 'outlook')),
    ('In-Reply-To', RMID(R)),
    ('References', RMID(R)),
    ('Content-Language', 'en-US'),
], text(t),
    facts(R, 'clarification', None, ['thread', 'plus'],
          'OPERS invites us to revise the PE-fee request under R.C. 149.43(B)(2) and explains how records are kept; request held open'))


# ---------------------------------------------------------------- 013 Illinois Treasurer acknowledgment, hedged
R = 'REQ-112'
hb = """<html><body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p><img alt="Illinois State Treasurer" src="cid:seal" width="1" height="1"><b>OFFICE OF THE ILLINOIS STATE TREASURER</b><br>Freedom of Information Act Office</p>
<p>September 18, 2026</p>
<p>Re: FOIA Request No. <b>FOIA-26-1290</b></p>
<p>Dear Requester:</p>
<p>The Office of the Illinois State Treasurer received your request under the Illinois Freedom of Information Act, 5 ILCS 140, on September 17, 2026. You asked for statistics on unclaimed property for fiscal years 2020 through 2026, including annual receipts from holders, claims paid, and property held by holder type.</p>
<p>Under Section 3(d) of the Act, this Office must respond within five business days after receipt. Because your request calls for data compiled from the Unclaimed Property Division's systems, additional time may be needed; if so, we will notify you in writing under Section 3(e).</p>
<p>Please reference FOIA-26-1290 in any correspondence.</p>
<p>Sincerely,<br>FOIA Officer<br>Office of the Illinois State Treasurer<br>1 E. Old State Capitol Plaza, Springfield, IL 62701<br><a href="mailto:foia@illinoistreasurer.gov">foia@illinoistreasurer.gov</a></p>
</body></html>
"""
add('013-iltreas-ack-hedged.eml', [
    ('From', 'IL Treasurer FOIA <foia@illinoistreasurer.gov>'),
    ('To', plus(R)),
    ('Subject', 'FOIA-26-1290 - Acknowledgment'),
    ('Date', 'Fri, 18 Sep 2026 10:05:17 -0500'),
    ('Message-ID', mid('013', 'illinoistreasurer.gov')),
    ('In-Reply-To', RMID(R)),
    ('References', RMID(R)),
], html(hb),
    facts(R, 'acknowledgment', 'FOIA-26-1290', ['thread', 'plus', 'tracking-new'],
          'IL Treasurer acknowledges receipt Sep 17 (= sent) as FOIA-26-1290; says more time "may be needed" but does not take it; IL 5 business days',
          clock='received_on_sent_date'))


# ---------------------------------------------------------------- 014 CalPERS extension, letter only in a PDF
R = 'REQ-101'
letter = """CALIFORNIA PUBLIC EMPLOYEES' RETIREMENT SYSTEM
Legal Office - Public Records Act Unit
400 Q Street, Sacramento, CA 95811

September 18, 2026

Records Desk
Via email: records+req-101@records.example.org

Re: Public Records Act Request PRA-26-0871

Dear Requester:

This letter concerns your request under the California Public Records Act (CPRA), received by CalPERS on September 8, 2026, for the annual private equity fee and expense reports prepared under Government Code section 7514.7 for fiscal years 2021-22 through 2025-26 and the fee and expense reporting templates received from general partners.

Pursuant to Government Code section 7922.535, subdivisions (b) and (c), CalPERS is extending the time to respond to your request by 14 days because of unusual circumstances. Specifically, the request requires the search for and collection of records from the Private Equity program's document management system, which is separate from the office processing the request, and consultation with the Investment Office, which has a substantial interest in the determination.

CalPERS will notify you of its determination on or before October 2, 2026.

If you have questions, please contact the Public Records Act Unit at pra@calpers.ca.gov and reference PRA-26-0871.

Sincerely,

Dana Whitcomb
PRA Coordinator
"""
t = """Please see the attached letter regarding your Public Records Act request.

Dana Whitcomb
PRA Coordinator | CalPERS Legal Office
"""
add('014-calpers-extension-pdf.eml', [
    ('From', '"Whitcomb, Dana" <Dana.Whitcomb@calpers.ca.gov>'),
    ('To', 'Records Desk <%s>' % plus(R)),
    ('Subject', 'CalPERS PRA-26-0871 - Extension of Time'),
    ('Thread-Topic', 'CalPERS PRA-26-0871 - Extension of Time'),
    ('Thread-Index', 'AQHdJ0q1Xb7c2aQmTUyHn0m9b2x5wQ=='),
    ('Date', 'Fri, 18 Sep 2026 16:44:21 -0700'),
    ('Message-ID', mid('014', 'BY5PR09MB5211.namprd09.prod.outlook.com', 'outlook')),
    ('Accept-Language', 'en-US'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', 'yes'),
    ('X-MS-TNEF-Correlator', ''),
], mixed([text(t), attach(make_pdf(letter, 'PRA-26-0871 Extension Letter'), 'application/pdf',
                          'PRA-26-0871 Extension Letter.pdf')], '014', 'outlook-mixed'),
    facts(R, 'extension', 'PRA-26-0871', ['plus', 'tracking'],
          'CalPERS letter (PDF only) takes the 14-day unusual-circumstances extension; determination by Oct 2; no threading headers',
          clock='extension', estimated='2026-10-02'))


# ---------------------------------------------------------------- 015 CalPERS ack of the placement agent request (subject changed)
R = 'REQ-102'
t = """Hello,

This confirms that CalPERS received your Public Records Act request on
September 14, 2026 for Placement Agent Disclosure forms and placement agent
fee information submitted by external managers since January 1, 2023, and
the Investment Office's placement agent disclosure log.

Your request number is PRA-26-0903. We will respond within the time
provided by Government Code section 7922.535.

Regards,

Marisol Lopez
Public Records Act Coordinator
CalPERS Legal Office
"""
hb = '<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', '<br>') for p in t.split('\n\n')) + '</div></body></html>'
add('015-calpers-ack-placement.eml', [
    ('From', '"Lopez, Marisol" <Marisol.Lopez@calpers.ca.gov>'),
    ('To', 'Records Desk <%s>' % plus(R)),
    ('Subject', 'PRA-26-0903 Placement Agent Disclosures - Receipt'),
    ('Thread-Topic', 'PRA-26-0903 Placement Agent Disclosures - Receipt'),
    ('Thread-Index', 'AQHdKKp0Y3Jm2bQ1QkGk8b2E1c9q3g=='),
    ('Date', 'Mon, 21 Sep 2026 10:20:48 -0700'),
    ('Message-ID', mid('015', 'BY5PR09MB6604.namprd09.prod.outlook.com', 'outlook')),
    ('In-Reply-To', RMID(R)),
    ('References', RMID(R)),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], alt([text(t), html(hb)], '015', 'outlook'),
    facts(R, 'acknowledgment', 'PRA-26-0903', ['thread', 'plus', 'tracking-new'],
          'CalPERS confirms the placement-agent request received Sep 14 (= sent) as PRA-26-0903, under a new subject; CA 10 calendar days',
          clock='received_on_sent_date'))


# ---------------------------------------------------------------- 016 OC interim release; number only in the file name
R = 'REQ-103'
t = """Hello,

Attached are the Treasurer-Tax Collector travel claims for FY 2024-25
(July 2024 - June 2025). Credit card numbers and home addresses are
redacted. The FY 2025-26 claims are being pulled from the Auditor-
Controller and will be sent when we receive them.

Angela Ramirez
Administrative Manager II | Treasurer-Tax Collector
County of Orange
"""
pdf = """COUNTY OF ORANGE - TREASURER-TAX COLLECTOR
Travel and Expense Claims - Fiscal Year 2024-25

Claim      Traveler                      Event / Destination                         Dates             Amount
TC-2408    Treasurer-Tax Collector       CMTA Annual Conference, Sacramento CA        08/14-08/16/2024  $1,284.77
TC-2411    Asst. Treasurer-Tax Collector CDIAC Investment Seminar, Los Angeles CA     11/05/2024        $96.40
TC-2502    Treasurer-Tax Collector       CSAC Treasurers' Meeting, Monterey CA        02/19-02/21/2025  $1,102.15
TC-2504    Chief Investment Officer      GFOA Annual Conference, Seattle WA           04/27-04/30/2025  $2,418.62
TC-2506    Treasurer-Tax Collector       CACTTC Spring Conference, Palm Springs CA    06/10-06/12/2025  $1,366.09

Total FY 2024-25: $6,268.03

Supporting receipts follow each claim in the county's scanned file (14 pages).
Redactions: credit card account numbers and home address information (Gov. Code 7922.000, 7927.700).
"""
add('016-octtc-interim-filename-number.eml', [
    ('From', 'Angela Ramirez <Angela.Ramirez@ttc.ocgov.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'RE: CPRA request - travel/expense claims'),
    ('Date', 'Mon, 21 Sep 2026 16:10:33 -0700'),
    ('Message-ID', mid('016', 'SN4PR09MB7710.namprd09.prod.outlook.com', 'outlook')),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', 'yes'),
], mixed([text(t), attach(make_pdf(pdf, 'Travel Claims FY24-25', width=118, size=8), 'application/pdf',
                          'PRR 26-041 Travel Claims FY24-25.pdf')], '016', 'outlook-mixed'),
    facts(R, 'records_interim', 'PRR 26-041', ['subject', 'tracking-filename'],
          'OC sends the FY 2024-25 claims and says FY 2025-26 will follow; request number appears only in the PDF file name'))


# ---------------------------------------------------------------- 017 TRS: notice of request for an Attorney General decision
R = 'REQ-104'
hb = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p><b>Teacher Retirement System of Texas &ndash; Public Information Center</b></p>
<p>Reference #: R000913-091026</p>
<p>Dear Records Desk,</p>
<p>This is to notify you that on September 22, 2026, the Teacher Retirement System of Texas asked the Office of the Attorney General for a decision about whether certain information responsive to your request may be withheld from public disclosure.</p>
<p>The information at issue consists of fee, expense and carried-interest information provided to TRS by private equity general partners and private investment funds. TRS believes this information is confidential under section 552.143 of the Government Code, and its release may implicate the proprietary interests of the third parties that provided it. As required by section 552.305, TRS has notified those third parties, who may submit their own arguments to the Attorney General.</p>
<p>A copy of our letter to the Attorney General, with the information at issue removed, is posted to your request in the Public Information Center. You may send written comments to the Attorney General stating why you believe the information should be released, at Office of the Attorney General, Open Records Division, P.O. Box 12548, Austin, Texas 78711-2548.</p>
<p>Information responsive to your request that is not the subject of the ruling request, including the Investment Management Committee minutes, is being prepared for release.</p>
<p>Sincerely,<br>Public Information Office<br>Teacher Retirement System of Texas</p>
<p style="font-size:8pt;color:#888">Please do not reply to this email. Log in to the <a href="https://trstexas.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">TRS Public Information Center</a> to send a message.</p>
</body></html>
"""
add('017-trs-govqa-ag-ruling-notice.eml', [
    ('From', '"Teacher Retirement System of Texas" <noreply@mycusthelp.net>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'R000913-091026 - Notice of Request for Attorney General Decision'),
    ('Date', 'Tue, 22 Sep 2026 11:15:29 -0500'),
    ('Message-ID', mid('017', 'mycusthelp.net')),
    ('X-Mailer', 'GovQA Notification Service'),
], html(hb),
    facts(R, 'other', 'R000913-091026', ['tracking', 'subject'],
          'TRS notice that it asked the AG for a ruling (552.301/552.305) on general partners\' fee information; minutes to be released; no new deadline of ours'))


# ---------------------------------------------------------------- 018 Houston GovQA clarification
R = 'REQ-106'
hb = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Dear Records Desk,</p>
<p>The Finance Department is reviewing Public Information Request <b>W114305-091526</b> and needs clarification before it can continue:</p>
<ol>
<li>The Finance Department has 143 active procurement cards. Do you want transactions for all Finance Department cardholders, or only for the Director, the Deputy Directors and the Division Managers?</li>
<li>The City&#8217;s fiscal year runs July 1 through June 30. Please confirm that you want FY2025 (July 1, 2024 &#8211; June 30, 2025) and FY2026 (July 1, 2025 &#8211; June 30, 2026).</li>
<li>Would a transaction-level export from the bank&#8217;s card management system (Excel) meet your needs, or are you requesting the monthly cardholder statements and receipts?</li>
</ol>
<p>Please respond through the Public Information Center. Under section 552.222(d) of the Government Code, if we do not receive a written response by the 61st day after the date of this message, the request will be considered withdrawn.</p>
<p>Thank you,<br>Finance Department &#8211; Public Information<br>City of Houston</p>
<p style="font-size:8pt;color:#777">This message was sent from an unmonitored address.</p>
</body></html>
"""
add('018-houston-govqa-clarification.eml', [
    ('From', '"City of Houston Public Information" <noreply@mycusthelp.net>'),
    ('To', plus(R)),
    ('Subject', 'Public Information Request W114305-091526 - Clarification Required'),
    ('Date', 'Tue, 22 Sep 2026 14:40:51 -0500'),
    ('Message-ID', mid('018', 'mycusthelp.net')),
    ('X-Mailer', 'GovQA Notification Service'),
], html(hb, charset='windows-1252'),
    facts(R, 'clarification', 'W114305-091526', ['plus', 'tracking'],
          'Houston Finance asks which cardholders, which fiscal years and which format; 552.222(d) 61-day withdrawal warning; clock stops'))


# ---------------------------------------------------------------- 019 Fiscal Service PAL status change
R = 'REQ-115'
t = """This is an automated message from the Department of the Treasury FOIA
Public Access Link (PAL). Please do not reply.

The status of your request has changed.

    Request Number:  2026-FOIA-01187
    Component:       Bureau of the Fiscal Service
    New Status:      In Process
    Date:            09/23/2026

To view your request, log in at https://foiapal.treasury.gov/app/Home.aspx
"""
add('019-bfs-pal-status.eml', [
    ('From', 'Treasury FOIA PAL <noreply-foiapal@fiscal.treasury.gov>'),
    ('To', plus(R)),
    ('Subject', 'Status Update for Request 2026-FOIA-01187'),
    ('Date', 'Wed, 23 Sep 2026 09:00:04 -0400'),
    ('Message-ID', mid('019', 'foiapal.fiscal.treasury.gov', 'java')),
    ('Auto-Submitted', 'auto-generated'),
], text(t),
    facts(R, 'portal_notice', '2026-FOIA-01187', ['plus', 'tracking'],
          'FOIAXpress PAL status change to In Process; no substantive content'))


# ---------------------------------------------------------------- 020 Illinois Treasurer extension under 3(e)
R = 'REQ-112'
t = """Dear Requester:

This letter concerns your Freedom of Information Act request,
FOIA-26-1290, received by the Office of the Illinois State Treasurer on
September 17, 2026.

Pursuant to Section 3(e) of the Illinois Freedom of Information Act,
5 ILCS 140/3(e), this Office is extending the time to respond by five
business days, for the following reasons:

  - the requested records require the collection of a substantial number
    of specified records (Section 3(e)(ii)); and
  - the request is couched in categorical terms and requires an extensive
    search for the records responsive to it (Section 3(e)(iii)).

Our Unclaimed Property Division is compiling the fiscal-year figures from
its holder reporting and claims systems. You will receive a response on or
before October 1, 2026.

Sincerely,

Jin Park
FOIA Officer
Office of the Illinois State Treasurer
"""
hb = '<html><body style="font-family:Arial,sans-serif;font-size:10.5pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', '<br>') for p in t.split('\n\n')) + '</body></html>'
add('020-iltreas-extension.eml', [
    ('From', '"Park, Jin" <jpark@illinoistreasurer.gov>'),
    ('To', plus(R)),
    ('CC', 'IL Treasurer FOIA <foia@illinoistreasurer.gov>'),
    ('Subject', 'RE: FOIA-26-1290 - Acknowledgment'),
    ('Date', 'Thu, 24 Sep 2026 11:30:40 -0500'),
    ('Message-ID', mid('020', 'illinoistreasurer.gov')),
    ('In-Reply-To', mid('013', 'illinoistreasurer.gov')),
    ('References', RMID(R) + ' ' + mid('013', 'illinoistreasurer.gov')),
], alt([text(t), html(hb)], '020'),
    facts(R, 'extension', 'FOIA-26-1290', ['thread', 'plus', 'tracking'],
          'IL Treasurer takes the 3(e) five-business-day extension (3(e)(ii), (iii)) and promises a response by Oct 1',
          clock='extension', estimated='2026-10-01'))
