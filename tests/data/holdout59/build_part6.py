#!/usr/bin/env python3
"""Messages 051-060 (Nov 16, 2026 - Jan 15, 2027)."""
from build_common import *

MESSAGES = []

def add(file, headers, body, f):
    MESSAGES.append({'file': file, 'headers': headers, 'body': body, 'facts': f})


# ---------------------------------------------------------------- 051 TRS final after the AG ruling (ruling number is not a tracking number)
R = 'REQ-104'
hb = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p><b>Teacher Retirement System of Texas &ndash; Public Information Center</b></p>
<p>Reference #: R000913-091026</p>
<p>Dear Records Desk,</p>
<p>The Office of the Attorney General has issued Open Records Letter Ruling No. OR2026-031447 (November 12, 2026) concerning the private equity fee and carried-interest information responsive to your request. A copy of the ruling is attached.</p>
<p>In accordance with the ruling, TRS is releasing the information that section 552.0225 of the Government Code makes public for each private equity fund &mdash; including the fund name, the date and amount of TRS&rsquo;s commitment, contributions and distributions, management fees and carried interest paid by TRS, and the fund&rsquo;s internal rate of return &mdash; in the attached workbook summary.</p>
<p>The remaining information provided to TRS by the general partners, including portfolio company fees, capital account statements and partnership-level financial data, is withheld under section 552.143(a) of the Government Code as the Attorney General concluded. Information the general partners identified as trade secrets is also withheld under section 552.110.</p>
<p>This completes TRS&rsquo;s response to your request, which is now closed.</p>
<p>Public Information Office<br>Teacher Retirement System of Texas</p>
</body></html>
"""
ruling = """OFFICE OF THE ATTORNEY GENERAL OF TEXAS
Open Records Division

November 12, 2026

OR2026-031447

Counsel, Teacher Retirement System of Texas, 1000 Red River Street, Austin, Texas 78701

You ask whether certain information is subject to required public disclosure under the Public Information Act, chapter 552 of the Government Code. Your request was assigned ID# 61377.

The system received a request for Investment Management Committee minutes and private equity fee and carried-interest reports. You claim the submitted information is excepted from disclosure under section 552.143 of the Government Code. You also notified third parties of their right to submit arguments to this office. We have considered the claimed exception and reviewed the submitted information.

Section 552.0225 makes public certain investment information, notwithstanding section 552.143. The system must release the information listed in section 552.0225(b). The system must withhold the remaining submitted information under section 552.143(a). To the extent the third parties have demonstrated that portions constitute trade secrets, the system must also withhold that information under section 552.110(a).

This letter ruling is limited to the particular information at issue in this request and limited to the facts as presented to us.
"""
add('051-trs-final-ag-ruling.eml', [
    ('From', '"Teacher Retirement System of Texas" <noreply@mycusthelp.net>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'R000913-091026 - Request Completed'),
    ('Date', 'Mon, 16 Nov 2026 10:20:14 -0600'),
    ('Message-ID', mid('051', 'mycusthelp.net')),
    ('X-Mailer', 'GovQA Notification Service'),
], mixed([html(hb), attach(make_pdf(ruling, 'OR2026-031447'), 'application/pdf', 'OR2026-031447.pdf')], '051'),
    facts(R, 'records_final', 'R000913-091026', ['tracking', 'subject'],
          'after AG ruling OR2026-031447 (not our number), TRS releases 552.0225 data and withholds the rest under 552.143/552.110; request closed; TX has no appeal days',
          adverse=True))


# ---------------------------------------------------------------- 052 OPERS closes the PE-fee request (no revision received)
R = 'REQ-110'
t = """Dear Records Desk:

On September 17, 2026, OPERS invited you to revise your public records
request for "all records relating to private equity fees, carried
interest and placement agents, 2022-2026," and explained how those records
are kept. An attorney in our office also tried to reach you by email on
October 26, 2026. We have not received a revised request.

Because the request as written is ambiguous and overly broad, OPERS is
denying it under R.C. 149.43(B)(2) and has closed it. This does not
prevent you from submitting a new request that identifies the records you
want, for example a particular report, fund or year.

Sincerely,

Office of the General Counsel - Public Records
Ohio Public Employees Retirement System
"""
add('052-opers-closure-nonresponse.eml', [
    ('From', 'OPERS Public Records <publicrecords@opers.org>'),
    ('To', plus(R)),
    ('Subject', 'RE: ' + SUBJ[R]),
    ('Date', 'Wed, 18 Nov 2026 10:00:41 -0500'),
    ('Message-ID', mid('052', 'CH2PR14MB3981.namprd14.prod.outlook.com', 'outlook')),
    ('In-Reply-To', mid('012', 'CH2PR14MB3981.namprd14.prod.outlook.com', 'outlook')),
    ('References', RMID(R) + ' ' + mid('012', 'CH2PR14MB3981.namprd14.prod.outlook.com', 'outlook')),
    ('Content-Language', 'en-US'),
], text(t),
    facts(R, 'denial', None, ['thread', 'plus'],
          'closure for non-response: no revised request, so OPERS denies the request as overbroad under 149.43(B)(2) and closes it; Ohio has no appeal days',
          adverse=True))


# ---------------------------------------------------------------- 053 NY OSC: no records for the second split request (HTML only)
R = 'REQ-107'
hb = """<html><body style="font-family:Times New Roman,serif;font-size:11pt">
<p><b>OFFICE OF THE NEW YORK STATE COMPTROLLER</b><br>Records Access Office</p>
<p>November 20, 2026</p>
<p>Re: FOIL-2026-0613</p>
<p>Dear Requester:</p>
<p>This responds to the part of your Freedom of Information Law request that was assigned FOIL-2026-0613, for placement agent disclosures, certifications and related records of the New York State Common Retirement Fund from 2020 to the present.</p>
<p>Since 2009 the Common Retirement Fund has prohibited the use of placement agents, finders and other third-party intermediaries by investment managers seeking its business. Staff of the Office of the Chief Investment Officer and the Division of Pension Investment and Cash Management searched the Fund&rsquo;s compliance files and investment files for the period requested and located no placement agent disclosures, placement agent fee records or related correspondence. Accordingly, the Office has no records responsive to this part of your request.</p>
<p>You may appeal this determination within 30 days by writing to the Records Access Appeals Officer, Office of the State Comptroller, 110 State Street, Albany, New York 12236, or foilappeals@osc.ny.gov.</p>
<p>Records Access Office</p>
</body></html>
"""
add('053-nyosc-no-records-part2.eml', [
    ('From', 'OSC Records Access <foil@osc.ny.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'FOIL-2026-0613 - Determination'),
    ('Date', 'Fri, 20 Nov 2026 16:30:22 -0500'),
    ('Message-ID', mid('053', 'osc.ny.gov')),
], html(hb),
    facts(R, 'no_records', 'FOIL-2026-0613', ['tracking'],
          'second half of the split request (FOIL-2026-0613, given in the first ack): no placement agent records since the 2009 ban; NY 30-day appeal',
          adverse=True))


# ---------------------------------------------------------------- 054 OC Treasurer-Tax Collector: remaining claims, request complete
R = 'REQ-103'
pdf = """COUNTY OF ORANGE - TREASURER-TAX COLLECTOR
Travel and Expense Claims - Fiscal Year 2025-26

Claim      Traveler                      Event / Destination                         Dates             Amount
TC-2602    Treasurer-Tax Collector       CMTA Annual Conference, San Diego CA         08/12-08/14/2025  $1,198.40
TC-2605    Chief Investment Officer      CDIAC Municipal Debt Essentials, Irvine CA   10/21/2025        $42.70
TC-2607    Treasurer-Tax Collector       CACTTC Fall Conference, Monterey CA          11/17-11/19/2025  $1,240.88
TC-2611    Asst. Treasurer-Tax Collector GFOA Annual Conference, Denver CO            05/17-05/20/2026  $2,266.15

Total FY 2025-26: $4,748.13
Redactions: credit card account numbers and home address information (Gov. Code 7922.000, 7927.700).
"""
t = """Hi,

Sorry for the delay. Attached are the FY 2025-26 travel claims, with the
same redactions as before (credit card numbers and home addresses). This
completes your request.

Angela Ramirez
Administrative Manager II | Treasurer-Tax Collector
County of Orange
"""
add('054-octtc-final.eml', [
    ('From', 'Angela Ramirez <Angela.Ramirez@ttc.ocgov.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'RE: PRR 26-041 - remaining FY25-26 travel claims'),
    ('Date', 'Mon, 23 Nov 2026 09:00:50 -0800'),
    ('Message-ID', mid('054', 'SN4PR09MB7710.namprd09.prod.outlook.com', 'outlook')),
    ('In-Reply-To', our_mid(R, '2026-10-16', 2)),
    ('References', our_mid(R, '2026-10-16', 2)),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', 'yes'),
], mixed([text(t), attach(make_pdf(pdf, 'Travel Claims FY25-26', width=118, size=8), 'application/pdf',
                          'PRR 26-041 Travel Claims FY25-26.pdf')], '054', 'outlook-mixed'),
    facts(R, 'records_final', 'PRR 26-041', ['tracking', 'subject'],
          'OC sends the FY 2025-26 claims with card-number/home-address redactions and says this completes the request; CA has no appeal days',
          adverse=True))


# ---------------------------------------------------------------- 055 NY OSC final determination for FOIL-2026-0612 (PDF letter), trade-secret redactions
R = 'REQ-107'
letter = """OFFICE OF THE NEW YORK STATE COMPTROLLER
Records Access Office
110 State Street, 15th Floor, Albany, New York 12236

December 4, 2026

Re: FOIL-2026-0612

Dear Requester:

This is the final determination on the part of your Freedom of Information Law request that was assigned FOIL-2026-0612, for fee and expense disclosures submitted to the Common Retirement Fund by private equity general partners since 2020. On November 10, 2026 we released the reports of 41 general partners.

We have now completed our review, under Section 89(5) of the Public Officers Law, of the reports submitted by the remaining 52 general partners. Those reports are released, with the exception of the following portions, which are redacted under Section 87(2)(d): fee offset and rebate terms negotiated individually with the Fund, and fees charged to individual portfolio companies identified by name. These portions are trade secrets or were submitted to the Office by commercial enterprises, and their disclosure would cause substantial injury to the competitive position of those enterprises. Aggregate management fees, partnership expenses and carried interest attributable to the Fund are released for every partnership.

The released records (1,148 pages) are available at the link provided in the accompanying email.

You may appeal the redactions within 30 days by writing to the Records Access Appeals Officer, Office of the State Comptroller, 110 State Street, Albany, New York 12236, or foilappeals@osc.ny.gov.

Records Access Office
"""
t = """Please see the attached final determination. The released records are
available for 30 days at https://sft.osc.ny.gov/link/Qb7Xk2mN.

Records Access Office
NYS Office of the State Comptroller
"""
add('055-nyosc-final-part1-pdf.eml', [
    ('From', 'OSC Records Access <foil@osc.ny.gov>'),
    ('To', plus(R)),
    ('Subject', 'FOIL-2026-0612 - Final Determination'),
    ('Date', 'Fri, 04 Dec 2026 12:00:37 -0500'),
    ('Message-ID', mid('055', 'osc.ny.gov')),
], mixed([text(t), attach(make_pdf(letter, 'FOIL-2026-0612 Final Determination'), 'application/pdf',
                          'FOIL-2026-0612 Final Determination.pdf')], '055'),
    facts(R, 'records_final', 'FOIL-2026-0612', ['plus', 'tracking'],
          'OSC releases the remaining 52 GPs\' reports with 87(2)(d) trade-secret/commercial redactions, aggregates released; NY 30-day appeal from Dec 4',
          adverse=True))


# ---------------------------------------------------------------- 056 FRTIB final response, (b)(6) redactions, letter in PDF
R = 'REQ-113'
letter = """FEDERAL RETIREMENT THRIFT INVESTMENT BOARD
77 K Street, NE, Washington, DC 20002

December 10, 2026

Re: FOIA Request FRTIB-2026-0093

Dear Requester:

This is the final response to your Freedom of Information Act request for travel authorizations, travel vouchers and expense reports of FRTIB Board members and the Executive Director from January 1, 2024 to the date of the search.

The Office of Finance and our travel management service provider located 312 pages of responsive records. We are releasing 296 pages in full and 16 pages in part. Information on the 16 pages has been withheld under Exemption 6 of the FOIA, 5 U.S.C. 552(b)(6), which protects information in personnel and similar files the disclosure of which would constitute a clearly unwarranted invasion of personal privacy. The withheld information consists of personal credit card numbers, home addresses, personal telephone numbers and frequent traveler numbers. Each redaction is marked with the exemption applied.

There are no fees for this request.

You may appeal this determination. Your appeal must be in writing and received within 90 days of the date of this letter. Address it to the General Counsel, Federal Retirement Thrift Investment Board, 77 K Street, NE, Washington, DC 20002, or send it to foia@frtib.gov, marked "Freedom of Information Act Appeal."

You may contact the FRTIB FOIA Public Liaison at (202) 942-1660 for further assistance, or the Office of Government Information Services (OGIS) at the National Archives and Records Administration, 8601 Adelphi Road - OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.

Sincerely,

Miriam Okafor
FOIA Officer
Federal Retirement Thrift Investment Board
"""
t = """Please find attached the Agency's final response to your FOIA request,
together with the released records.

FOIA Office
Federal Retirement Thrift Investment Board
"""
released = """FRTIB - Released Records - FRTIB-2026-0093 (sample of 312 pages)
Travel Voucher TV-24-0031  Board Member  NCPERS Legislative Conference, Washington DC  Lodging/M&IE/Transit  $611.20
Travel Voucher TV-24-0187  Executive Director  ICI General Membership Meeting, Washington DC  Local transit  $48.50
Travel Voucher TV-25-0044  Board Member  Institutional investor conference, New York NY  $1,102.77
Card number: (b)(6)   Home address: (b)(6)
"""
add('056-frtib-final-pdf.eml', [
    ('From', 'FRTIB FOIA <foia@frtib.gov>'),
    ('To', plus(R)),
    ('Subject', 'Final Response - FOIA Request'),
    ('Date', 'Thu, 10 Dec 2026 10:00:15 -0500'),
    ('Message-ID', mid('056', 'frtib.gov')),
    ('In-Reply-To', mid('032', 'frtib.gov')),
    ('References', RMID(R) + ' ' + mid('002', 'frtib.gov') + ' ' + mid('032', 'frtib.gov')),
], mixed([text(t), attach(make_pdf(letter, 'FRTIB Final Response'), 'application/pdf', 'Final_Response_Letter.pdf'),
          attach(make_pdf(released, 'Released Records', width=120, size=8), 'application/pdf', 'Released_Records.pdf')], '056'),
    facts(R, 'records_final', 'FRTIB-2026-0093', ['thread', 'plus', 'tracking-attachment'],
          'FRTIB final letter (PDF; number only inside the attachments): 296 pages in full, 16 in part under (b)(6); federal appeal 90 days from Dec 10',
          adverse=True))


# ---------------------------------------------------------------- 057 Fiscal Service first installment (CSV)
R = 'REQ-115'
csv = """fiscal_year,state,matured_unredeemed_bonds_count,face_value_usd,redemption_value_usd
2015,AL,118402,9822310,27104550
2015,AK,14877,1306900,3411280
2015,AZ,102551,8411975,22860115
2016,AL,121983,10104225,28022630
2016,AK,15204,1341450,3520915
2016,AZ,106020,8702350,23741870
"""
t = """DEPARTMENT OF THE TREASURY
BUREAU OF THE FISCAL SERVICE

December 21, 2026

Re: FOIA Request 2026-FOIA-01187 - Interim Release 1

Dear Requester:

Enclosed is the first interim release in response to your request for
statistics on matured unredeemed savings bonds by state of registration.
This release contains the figures for fiscal years 2015 through 2020
(counts, face value and redemption value, by state), released in full.

The figures for fiscal years 2021 through 2026 require a new extract from
the savings bond record systems. We anticipate releasing them by
February 26, 2027.

Sincerely,

Disclosure Officer
Bureau of the Fiscal Service
"""
add('057-bfs-interim.eml', [
    ('From', 'Fiscal Service FOIA <foia@fiscal.treasury.gov>'),
    ('To', plus(R)),
    ('Subject', '2026-FOIA-01187 - Interim Release 1'),
    ('Date', 'Mon, 21 Dec 2026 15:00:08 -0500'),
    ('Message-ID', mid('057', 'fiscal.treasury.gov')),
    ('In-Reply-To', mid('035', 'fiscal.treasury.gov')),
    ('References', RMID(R) + ' ' + mid('009', 'fiscal.treasury.gov') + ' ' + mid('035', 'fiscal.treasury.gov')),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
], mixed([text(t), attach(csv.encode(), 'text/csv', 'MUD_by_state_FY2015-FY2020.csv')], '057'),
    facts(R, 'records_interim', '2026-FOIA-01187', ['thread', 'plus', 'tracking'],
          'first installment (FY2015-2020 data) released in full; remaining years expected Feb 26, 2027',
          estimated='2027-02-26'))


# ---------------------------------------------------------------- 058 FRTIB FOIA officer out of office over the holidays
R = 'REQ-113'
our = our_mid(R, '2026-12-23', 2)
t = """Thank you for your message. I am out of the office until Monday,
January 4, 2027, and will respond when I return. For FOIA matters that need
attention before then, please write to foia@frtib.gov.

Miriam Okafor
FOIA Officer, Federal Retirement Thrift Investment Board
"""
add('058-frtib-ooo.eml', [
    ('From', '"Okafor, Miriam" <Miriam.Okafor@frtib.gov>'),
    ('To', 'Records Desk <%s>' % plus(R)),
    ('Subject', 'Automatic reply: FRTIB-2026-0093 - question about redactions on pages 41-44'),
    ('Thread-Topic', 'FRTIB-2026-0093 - question about redactions on pages 41-44'),
    ('Date', 'Wed, 23 Dec 2026 09:12:40 -0500'),
    ('Message-ID', mid('058', 'PH0PR09MB7380.namprd09.prod.outlook.com', 'outlook')),
    ('In-Reply-To', our),
    ('References', our),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('Content-Language', 'en-US'),
], text(t),
    facts(R, 'auto_reply', 'FRTIB-2026-0093', ['plus', 'tracking'],
          'FOIA officer out-of-office reply to our question about the redactions; subject carries FRTIB-2026-0093'))


# ---------------------------------------------------------------- 059 Fiscal Service withholds the remaining records in full
R = 'REQ-116'
t = """DEPARTMENT OF THE TREASURY
BUREAU OF THE FISCAL SERVICE
Disclosure Services - FOIA and Transparency

January 8, 2027

Re: FOIA Request 2026-FOIA-01342

Dear Requester:

Thank you for the information you sent on November 20, 2026 about your
organization. We have placed your request in the news media fee category,
and no search fees will be charged.

This is our final response regarding the records that originated with
the Fiscal Service. (Records that originated with the Office of the Fiscal
Assistant Secretary were referred to Departmental Offices on October 28,
2026, and will be answered by that office.)

Our search located 87 pages of responsive records: draft data-sharing
agreement texts exchanged with two state unclaimed property
administrators in 2022 and 2023, which were never executed, and internal
memoranda of Fiscal Service attorneys analyzing the drafts. We located no
executed data-sharing agreements.

All 87 pages are withheld in full under Exemption 5 of the FOIA,
5 U.S.C. 552(b)(5), which protects inter-agency and intra-agency records
that would be privileged in civil litigation. The drafts and memoranda are
predecisional and deliberative, and the memoranda are also protected by
the attorney-client privilege. We reviewed the records for reasonably
segregable information and determined that none can be released without
revealing the protected deliberations.

You may appeal this determination within 90 days of the date of this
letter. Address your appeal to: FOIA Appeals, Bureau of the Fiscal Service,
Disclosure Services, P.O. Box 1328, Parkersburg, WV 26106-1328, or
foia@fiscal.treasury.gov, and mark it "Freedom of Information Act Appeal."

For further assistance you may contact our FOIA Public Liaison at
(304) 480-8125. You may also contact the Office of Government Information
Services (OGIS) at the National Archives and Records Administration to
inquire about the FOIA mediation services they offer: 8601 Adelphi Road -
OGIS, College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770; toll free
1-877-684-6448.

Sincerely,

Disclosure Officer
Bureau of the Fiscal Service
"""
add('059-bfs-denial.eml', [
    ('From', 'Fiscal Service FOIA <foia@fiscal.treasury.gov>'),
    ('To', plus(R)),
    ('Subject', 'Final Response - FOIA Request 2026-FOIA-01342'),
    ('Date', 'Fri, 08 Jan 2027 14:00:55 -0500'),
    ('Message-ID', mid('059', 'fiscal.treasury.gov')),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
], text(t),
    facts(R, 'denial', '2026-FOIA-01342', ['plus', 'tracking'],
          'all 87 Fiscal Service pages (unexecuted drafts, attorney memos) withheld in full under (b)(5); no executed agreements; federal appeal 90 days from Jan 8',
          adverse=True))


# ---------------------------------------------------------------- 060 Fiscal Service final installment
R = 'REQ-115'
csv = """fiscal_year,state,matured_unredeemed_bonds_count,face_value_usd,redemption_value_usd
2021,AL,126775,10522140,29311870
2021,AK,15990,1398025,3702455
2022,AL,128431,10690810,29918220
2026,WY,9812,802330,2201760
"""
t = """Dear Requester:

Enclosed is the second and final release in response to FOIA request
2026-FOIA-01187: statistics on matured unredeemed savings bonds by state
of registration for fiscal years 2021 through 2026. The records are
released in full. There are no fees.

This completes the processing of your request. If you have questions,
contact our FOIA Public Liaison at (304) 480-8125 or
foia@fiscal.treasury.gov.

Sincerely,

Disclosure Officer
Bureau of the Fiscal Service
"""
add('060-bfs-final.eml', [
    ('From', 'Fiscal Service FOIA <foia@fiscal.treasury.gov>'),
    ('To', plus(R)),
    ('Subject', '2026-FOIA-01187 - Final Release'),
    ('Date', 'Fri, 15 Jan 2027 11:00:29 -0500'),
    ('Message-ID', mid('060', 'fiscal.treasury.gov')),
    ('In-Reply-To', mid('057', 'fiscal.treasury.gov')),
    ('References', RMID(R) + ' ' + mid('057', 'fiscal.treasury.gov')),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
], mixed([text(t), attach(csv.encode(), 'text/csv', 'MUD_by_state_FY2021-FY2026.csv')], '060'),
    facts(R, 'records_final', '2026-FOIA-01187', ['thread', 'plus', 'tracking'],
          'second and final installment released in full; request complete; no withholdings, so no appeal_due'))
