#!/usr/bin/env python3
"""Messages 031-040 (Oct 5 - Oct 22, 2026)."""
from build_common import *

MESSAGES = []

def add(file, headers, body, f):
    MESSAGES.append({'file': file, 'headers': headers, 'body': body, 'facts': f})


# ---------------------------------------------------------------- 031 Illinois Auditor General: work papers withheld until the report is released (PDF only)
R = 'REQ-111'
letter = """STATE OF ILLINOIS
OFFICE OF THE AUDITOR GENERAL
Iles Park Plaza, 740 East Ash Street, Springfield, Illinois 62703-3154

October 5, 2026

Records Desk
Via email: records+req-111@records.example.org

Re: FOIA No. 2026-041

Dear Requester:

This responds to your request under the Illinois Freedom of Information Act (FOIA), 5 ILCS 140, received by this Office on September 22, 2026, for the audit work papers for the compliance examination of the Illinois State Board of Investment for the fiscal year ended June 30, 2026.

The compliance examination you describe is in progress. Fieldwork is being performed by the Office's special assistant auditors and the examination report has not been released. Section 3-11 of the Illinois State Auditing Act (30 ILCS 5/3-11) authorizes the Auditor General to bar public disclosure of materials during the conduct of an audit or examination, and under the Office's rules, information acquired or developed as part of an ongoing audit or examination is classified confidential until the engagement concludes, which occurs when the final report is issued (74 Ill. Adm. Code 420.630(b)).

Accordingly, your request is denied in its entirety under Section 7(1)(a) of FOIA, 5 ILCS 140/7(1)(a), which exempts information specifically prohibited from disclosure by State law or by rules and regulations implementing State law.

This denial applies only while the examination is ongoing. The Office anticipates releasing the examination report in the spring of 2027. After the report is released, you may submit a new request for the work papers, which will be reviewed under the FOIA at that time.

You have the right to have this denial reviewed by the Public Access Counselor (PAC) at the Office of the Illinois Attorney General, 500 South Second Street, Springfield, Illinois 62701; telephone 1-877-299-3642; e-mail public.access@ilag.gov. A Request for Review must be filed within 60 days after the date of this denial (5 ILCS 140/9.5(a)). You also have the right to seek judicial review of this denial by filing a lawsuit in the State circuit court (5 ILCS 140/11).

The person responsible for this denial is the undersigned.

Sincerely,

Carla M. Whitfield
Chief Legal Counsel and FOIA Officer
Office of the Auditor General
"""
t = """Attached is the Office's response to your FOIA request.
"""
add('031-ilaudgen-denial-workpapers-pdf.eml', [
    ('From', 'OAG FOIA <foia@auditor.illinois.gov>'),
    ('To', plus(R)),
    ('Subject', 'FOIA No. 2026-041 - Response'),
    ('Date', 'Mon, 05 Oct 2026 14:00:31 -0500'),
    ('Message-ID', mid('031', 'auditor.illinois.gov')),
    ('In-Reply-To', mid('022', 'auditor.illinois.gov')),
    ('References', RMID(R) + ' ' + mid('022', 'auditor.illinois.gov')),
], mixed([text(t), attach(make_pdf(letter, 'FOIA 2026-041 Response'), 'application/pdf', 'FOIA 2026-041 Response.pdf')], '031'),
    facts(R, 'denial', '2026-041', ['thread', 'plus', 'tracking'],
          'work papers withheld in full while the ISBI examination is ongoing (30 ILCS 5/3-11, 74 Ill. Adm. Code 420.630(b), 7(1)(a)); re-request after release; PAC review 60 days',
          adverse=True))


# ---------------------------------------------------------------- 032 FRTIB unusual-circumstances extension with estimate
R = 'REQ-113'
t = """October 6, 2026

Re: FOIA Request FRTIB-2026-0093

Dear Requester:

This letter concerns your Freedom of Information Act request for travel
and expense records of FRTIB Board members and the Executive Director,
received on September 9, 2026.

We have determined that unusual circumstances apply to your request
under 5 U.S.C. 552(a)(6)(B). Responsive records must be searched for and
collected from the Agency's travel management service provider, which
maintains the electronic travel authorizations and vouchers, and from the
Office of Finance, which maintains the reimbursement files. We are
therefore extending the time limit to respond to your request by ten
additional working days.

Because of the volume of records involved, we estimate that we will
complete our response by November 20, 2026. You may narrow the scope of
your request or agree to an alternative time frame by contacting our FOIA
Public Liaison at (202) 942-1660 or foia@frtib.gov.

You may also contact the Office of Government Information Services (OGIS)
at the National Archives and Records Administration to inquire about the
FOIA mediation services they offer: Office of Government Information
Services, National Archives and Records Administration, 8601 Adelphi
Road - OGIS, College Park, Maryland 20740-6001; ogis@nara.gov;
202-741-5770; toll free 1-877-684-6448.

Sincerely,

FOIA Office
Office of General Counsel
Federal Retirement Thrift Investment Board
"""
add('032-frtib-extension.eml', [
    ('From', 'FRTIB FOIA <foia@frtib.gov>'),
    ('To', plus(R)),
    ('Subject', 'FRTIB-2026-0093 Unusual Circumstances - Extension of Time'),
    ('Date', 'Tue, 06 Oct 2026 10:45:09 -0400'),
    ('Message-ID', mid('032', 'frtib.gov')),
    ('In-Reply-To', mid('002', 'frtib.gov')),
    ('References', RMID(R) + ' ' + mid('002', 'frtib.gov')),
], text(t),
    facts(R, 'extension', 'FRTIB-2026-0093', ['thread', 'plus', 'tracking'],
          'FRTIB unusual-circumstances extension (+10 working days on the Oct 7 due); estimated completion Nov 20; OGIS paragraph',
          clock='extension', estimated='2026-11-20'))


# ---------------------------------------------------------------- 033 OPERS staff sends everything (CSV + PDF), informal
R = 'REQ-109'
csv = """trustee,board_seat,trip_start,trip_end,purpose,destination,lodging,airfare,mileage,meals,registration,total_reimbursed
"Trustee A","State college and university employees",2024-03-10,2024-03-13,"NCPERS Legislative Conference","Washington DC",812.40,388.20,0.00,184.00,0.00,1384.60
"Trustee B","Retirant member",2024-05-19,2024-05-22,"NCPERS Annual Conference","Denver CO",1044.87,402.51,0.00,236.00,850.00,2533.38
"Trustee C","Municipal employees",2024-10-06,2024-10-09,"Institutional investor forum","Chicago IL",955.20,0.00,412.34,212.00,0.00,1579.54
"Trustee A","State college and university employees",2025-03-08,2025-03-11,"NCPERS Legislative Conference","Washington DC",866.10,401.90,0.00,184.00,0.00,1452.00
"Trustee D","Director of Administrative Services (statutory)",2025-06-15,2025-06-18,"Pension board governance program","Cambridge MA",1612.00,455.60,0.00,240.00,0.00,2307.60
"Trustee B","Retirant member",2026-05-17,2026-05-20,"NCPERS Annual Conference","Las Vegas NV",987.75,366.42,0.00,236.00,875.00,2465.17
"""
pdf = """OHIO PUBLIC EMPLOYEES RETIREMENT SYSTEM
Board of Trustees - Travel and Expense Reports, January 2024 - September 2026

This file contains the travel expense reports, receipts and approvals for the six reimbursed trustee trips listed in the accompanying spreadsheet, in date order (38 pages in the complete file).

Report 1 of 6 - NCPERS Legislative Conference, Washington DC, March 10-13, 2024
Lodging (3 nights) 812.40; Airfare 388.20; Meals (per diem) 184.00; Total 1,384.60
Approved by: Chief Financial Officer, 03/22/2024
"""
t = """Hi,

Here is everything Finance pulled for the trustee travel reimbursements,
January 2024 through September 2026: a spreadsheet listing every
reimbursed trip, and one PDF with the expense reports, receipts and
approvals. We didn't have to redact anything. That should complete your
request, but let me know if anything looks missing.

Jill

Jill Morrow | Public Records Coordinator, Legal
Ohio Public Employees Retirement System
"""
add('033-opers-final-csv.eml', [
    ('From', 'Jill Morrow <jmorrow@opers.org>'),
    ('To', 'Records Desk <%s>' % plus(R)),
    ('Subject', 'RE: ' + SUBJ[R]),
    ('Date', 'Thu, 08 Oct 2026 11:02:47 -0400'),
    ('Message-ID', mid('033', 'CH2PR14MB3981.namprd14.prod.outlook.com', 'outlook')),
    ('In-Reply-To', mid('011', 'CH2PR14MB3981.namprd14.prod.outlook.com', 'outlook')),
    ('References', RMID(R) + ' ' + mid('011', 'CH2PR14MB3981.namprd14.prod.outlook.com', 'outlook')),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', 'yes'),
], mixed([text(t), attach(csv.encode(), 'text/csv', 'Trustee_Travel_2024-2026.csv'),
          attach(make_pdf(pdf, 'Trustee Travel Expense Reports'), 'application/pdf', 'Trustee_Travel_Expense_Reports.pdf')],
         '033', 'outlook-mixed'),
    facts(R, 'records_final', None, ['thread', 'plus', 'subject'],
          'OPERS coordinator sends the full trustee travel spreadsheet and receipts, nothing redacted, "should complete your request"; no appeal_due'))


# ---------------------------------------------------------------- 034 NY OSC: date certain for one of the two split requests (new subject, no threading)
R = 'REQ-107'
t = """Re: FOIL-2026-0612

Dear Requester:

We previously advised that we expected to respond to the above request by
October 23, 2026. The records responsive to this part of your request are
the fee and expense reports submitted to the Common Retirement Fund by
more than 90 private equity general partners since 2020. A number of the
submitters asked, at the time of submission, that portions of their reports
be excepted from disclosure as trade secrets or confidential commercial
information. Section 89(5) of the Public Officers Law requires us to notify
those submitters and give them an opportunity to respond before we
determine whether the information may be withheld.

For this reason we are unable to respond by October 23, 2026. We will grant
or deny access to the records, in whole or in part, on or before
November 20, 2026.

Records Access Office
Office of the New York State Comptroller
"""
add('034-nyosc-extension-date-certain.eml', [
    ('From', 'OSC Records Access <foil@osc.ny.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'FOIL-2026-0612'),
    ('Date', 'Fri, 09 Oct 2026 13:15:36 -0400'),
    ('Message-ID', mid('034', 'osc.ny.gov')),
], text(t),
    facts(R, 'extension', 'FOIL-2026-0612', ['tracking'],
          'OSC cannot meet Oct 23 for part FOIL-2026-0612 (89(5) submitter notice); date certain Nov 20; bare subject, no threading; NY +20 business days on the Sep 18 due',
          clock='extension', estimated='2026-11-20'))


# ---------------------------------------------------------------- 035 Fiscal Service unusual-circumstances extension
R = 'REQ-115'
t = """DEPARTMENT OF THE TREASURY
BUREAU OF THE FISCAL SERVICE

October 13, 2026

Re: FOIA Request 2026-FOIA-01187

Dear Requester:

This letter concerns your request for statistics on matured unredeemed
savings bonds by state of registration, fiscal years 2015 through 2026.

Your request requires the Office of Retail Securities to extract and
compile data from savings bond record systems maintained at facilities
separate from this office, and it requires consultation with the
Department's Office of the Fiscal Assistant Secretary, which has a
substantial interest in the subject matter. These are unusual
circumstances under 5 U.S.C. 552(a)(6)(B)(iii). We are therefore extending
the time to respond by ten working days.

We anticipate completing our response by December 18, 2026. Release may be
made in installments as data becomes available. If you would like to limit
the scope of your request (for example, to fewer fiscal years or to
Series EE bonds only), or to arrange an alternative time frame, please
contact our FOIA Public Liaison at (304) 480-8125.

You also have the right to seek dispute resolution services from the
Office of Government Information Services (OGIS), National Archives and
Records Administration, 8601 Adelphi Road - OGIS, College Park, MD
20740-6001; ogis@nara.gov; 202-741-5770 or 1-877-684-6448.

Sincerely,

Disclosure Officer
Bureau of the Fiscal Service
"""
add('035-bfs-extension.eml', [
    ('From', 'Fiscal Service FOIA <foia@fiscal.treasury.gov>'),
    ('To', plus(R)),
    ('Subject', '2026-FOIA-01187 - Extension (Unusual Circumstances)'),
    ('Date', 'Tue, 13 Oct 2026 16:20:18 -0400'),
    ('Message-ID', mid('035', 'fiscal.treasury.gov')),
    ('In-Reply-To', mid('009', 'fiscal.treasury.gov')),
    ('References', RMID(R) + ' ' + mid('009', 'fiscal.treasury.gov')),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
], text(t),
    facts(R, 'extension', '2026-FOIA-01187', ['thread', 'plus', 'tracking'],
          'Fiscal Service invokes unusual circumstances (+10 working days on the Oct 13 due); anticipates completion Dec 18',
          clock='extension', estimated='2026-12-18'))


# ---------------------------------------------------------------- 036 OC Treasurer-Tax Collector staffer out of office
R = 'REQ-103'
our = our_mid(R, '2026-10-16', 2)
t = """I am out of the office through Monday, October 26, 2026, with limited
access to email.

For Treasurer-Tax Collector public records requests, please email
ttcrecords@ocgov.com. For property tax questions, please call
(714) 834-3411.

Angela Ramirez
Treasurer-Tax Collector | County of Orange
"""
add('036-octtc-ooo.eml', [
    ('From', 'Angela Ramirez <Angela.Ramirez@ttc.ocgov.com>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Automatic reply: PRR 26-041 - remaining FY25-26 travel claims'),
    ('Thread-Topic', 'PRR 26-041 - remaining FY25-26 travel claims'),
    ('Date', 'Fri, 16 Oct 2026 17:05:02 -0700'),
    ('Message-ID', mid('036', 'SN4PR09MB7710.namprd09.prod.outlook.com', 'outlook')),
    ('In-Reply-To', our),
    ('References', our),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('Content-Language', 'en-US'),
], text(t),
    facts(R, 'auto_reply', 'PRR 26-041', ['tracking', 'subject'],
          'out-of-office reply to our follow-up; subject carries PRR 26-041 (learned from the earlier file name)'))


# ---------------------------------------------------------------- 037 Houston estimate of charges, hedged
R = 'REQ-106'
hb = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Dear Records Desk,</p>
<p>Thank you for clarifying Public Information Request <b>W114305-091526</b> (monthly P-card statements and receipts for the Finance Director, Deputy Directors and Division Managers, FY2025 and FY2026).</p>
<p>The charges for this request are estimated to exceed $40.00. In accordance with section 552.2615 of the Texas Government Code, the itemized estimate is:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:9.5pt">
<tr><td>Labor (locating, compiling and redacting 19 cardholders&#8217; statements, 24 months)</td><td>4.5 hrs &#215; $15.00</td><td align="right">$67.50</td></tr>
<tr><td>Overhead (20% of labor)</td><td></td><td align="right">$13.50</td></tr>
<tr><td>Electronic copies</td><td></td><td align="right">$0.00</td></tr>
<tr><td colspan="2"><b>Estimated total</b></td><td align="right"><b>$81.00</b></td></tr>
</table>
<p>The actual charges may be lower if fewer statements require redaction. A deposit may be required before the City begins preparing the records. Within ten business days of this notice, please tell us in writing whether you accept the estimate, wish to modify the request, or have filed a complaint with the Office of the Attorney General; otherwise the request will be considered withdrawn.</p>
<p>Payment can be made online through the Public Information Center.</p>
<p>Finance Department &#8211; Public Information<br>City of Houston</p>
<p style="font-size:8pt;color:#777">This message was sent from an unmonitored address.</p>
</body></html>
"""
add('037-houston-govqa-fee-estimate.eml', [
    ('From', '"City of Houston Public Information" <noreply@mycusthelp.net>'),
    ('To', plus(R)),
    ('Subject', 'Public Information Request W114305-091526 - Estimate of Charges'),
    ('Date', 'Mon, 19 Oct 2026 11:00:43 -0500'),
    ('Message-ID', mid('037', 'mycusthelp.net')),
    ('X-Mailer', 'GovQA Notification Service'),
], html(hb, charset='windows-1252'),
    facts(R, 'fee_estimate', 'W114305-091526', ['plus', 'tracking'],
          'Houston 552.2615 estimate of $81.00 (may be lower; deposit may be required); answer within 10 business days'))


# ---------------------------------------------------------------- 038 TRS interim: minutes released, fee information awaits the AG
R = 'REQ-104'
minutes = """TEACHER RETIREMENT SYSTEM OF TEXAS
Minutes of the Investment Management Committee

The Investment Management Committee of the Board of Trustees met in open session at 1000 Red River Street, Austin, Texas. A quorum was present.

Agenda item 3 - Private equity portfolio review. Staff presented the annual private equity review, including commitments by vintage year and aggregate management fees. The Committee discussed the pacing plan and co-investment program.

Agenda item 4 - Fee transparency. Staff reported on implementation of the standardized fee reporting template for private equity general partners.

(Released file contains minutes of 12 Committee meetings, February 2023 - July 2026.)
"""
hb = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p><b>Teacher Retirement System of Texas &ndash; Public Information Center</b></p>
<p>Reference #: R000913-091026</p>
<p>Dear Records Desk,</p>
<p>Attached are the minutes of the Investment Management Committee for February 2023 through July 2026 (12 meetings), responsive to the first part of your request. They are also posted to your request in the Public Information Center.</p>
<p>The private equity fee and carried-interest information responsive to the second part of your request remains the subject of TRS&rsquo;s pending request for a decision from the Office of the Attorney General. TRS will release or withhold that information as the Attorney General decides, and your request will remain open until then.</p>
<p>Public Information Office<br>Teacher Retirement System of Texas</p>
</body></html>
"""
add('038-trs-govqa-interim-minutes.eml', [
    ('From', '"Teacher Retirement System of Texas" <noreply@mycusthelp.net>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'R000913-091026 - Records Released'),
    ('Date', 'Tue, 20 Oct 2026 10:30:26 -0500'),
    ('Message-ID', mid('038', 'mycusthelp.net')),
    ('X-Mailer', 'GovQA Notification Service'),
], mixed([html(hb), attach(make_pdf(minutes, 'IMC Minutes 2023-2026'), 'application/pdf', 'IMC_Minutes_2023-2026.pdf')], '038'),
    facts(R, 'records_interim', 'R000913-091026', ['tracking', 'subject'],
          'TRS releases the IMC minutes; fee information still awaits the AG ruling; request stays open'))


# ---------------------------------------------------------------- 039 TRS closes the travel request: no written answer to the estimate
R = 'REQ-105'
hb = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p><b>Teacher Retirement System of Texas &ndash; Public Information Center</b></p>
<p>Reference #: R000922-091026</p>
<p>Dear Records Desk,</p>
<p>On September 30, 2026, TRS sent you an itemized statement of estimated charges for your request for trustee and executive staff travel and expense reimbursements. TRS did not receive a written response to the statement within ten business days, by October 14, 2026.</p>
<p>Under section 552.2615(b) of the Government Code, your request is considered to have been withdrawn, and it has been closed.</p>
<p>You may submit a new request at any time through the Public Information Center or to publicinformation@trs.texas.gov.</p>
<p>Public Information Office<br>Teacher Retirement System of Texas</p>
<p style="font-size:8pt;color:#888">This email was sent from an unmonitored mailbox.</p>
</body></html>
"""
add('039-trs-closure-withdrawn.eml', [
    ('From', '"Teacher Retirement System of Texas" <noreply@mycusthelp.net>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Public Information Request R000922-091026 - Closed'),
    ('Date', 'Wed, 21 Oct 2026 14:20:58 -0500'),
    ('Message-ID', mid('039', 'mycusthelp.net')),
    ('X-Mailer', 'GovQA Notification Service'),
], html(hb),
    facts(R, 'denial', 'R000922-091026', ['tracking', 'subject'],
          'closure for non-response: request deemed withdrawn under 552.2615(b) (our acceptance bounced); closed without records; TX has no appeal days',
          adverse=True))


# ---------------------------------------------------------------- 040 FRTIB: no records (first message on this request)
R = 'REQ-114'
t = """October 22, 2026

Re: FOIA Request FRTIB-2026-0108

Dear Requester:

This is the final response to your Freedom of Information Act request,
received by the Federal Retirement Thrift Investment Board (FRTIB) on
September 24, 2026 and assigned tracking number FRTIB-2026-0108. You
requested records of any placement agent, finder or solicitor fees paid
in connection with the selection of investment managers for the Thrift
Savings Plan (TSP) funds from January 1, 2020 to the present.

The Office of Investments and the Office of Procurement searched their
contract files, investment manager selection files and payment records
for the period requested. The TSP's investment managers are selected
through competitive procurements conducted under the Federal Acquisition
Regulation; the Agency does not engage placement agents, finders or
solicitors, and no fees of that kind were paid. Our search located no
records responsive to your request.

You may appeal this determination. Your appeal must be in writing and
received within 90 days of the date of this letter. Address it to the
General Counsel, Federal Retirement Thrift Investment Board, 77 K Street,
NE, Washington, DC 20002, or send it by email to foia@frtib.gov. Mark both
the letter and the envelope or subject line "Freedom of Information Act
Appeal."

You may also contact the FRTIB FOIA Public Liaison at (202) 942-1660, or
the Office of Government Information Services (OGIS) at the National
Archives and Records Administration for mediation services:
ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.

Sincerely,

FOIA Office
Office of General Counsel
Federal Retirement Thrift Investment Board
"""
add('040-frtib-no-records.eml', [
    ('From', 'FRTIB FOIA <foia@frtib.gov>'),
    ('To', plus(R)),
    ('Subject', 'FRTIB-2026-0108 Final Response'),
    ('Date', 'Thu, 22 Oct 2026 10:00:52 -0400'),
    ('Message-ID', mid('040', 'frtib.gov')),
    ('In-Reply-To', RMID(R)),
    ('References', RMID(R)),
], text(t),
    facts(R, 'no_records', 'FRTIB-2026-0108', ['thread', 'plus', 'tracking-new'],
          'first FRTIB message on the placement-agent request is the final no-records letter (new number FRTIB-2026-0108); federal appeal 90 days from Oct 22',
          adverse=True))
