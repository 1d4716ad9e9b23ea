"""Messages 051-060 (November 5, 2026 - January 8, 2027)."""
from lib import *

# ------------------------------------------------------------------ 051 BACP first set; request number only in the attachment name (REQ-013)
d = rfc_date(2026, 11, 5, 11, 35, '-0600')
orders = """##CITY OF CHICAGO - LOCAL LIQUOR CONTROL COMMISSION
**Orders of Suspension and Revocation - 27th Ward licensed premises - January 1, 2025 to October 31, 2026

1. In re: Halsted Corner Tap, Inc. - License No. 2881043 - Order of Revocation entered March 12, 2025
   Findings: sale of alcohol to a minor (second offense within 12 months); violation of plan of operation.
2. In re: West Fulton Spirits LLC - License No. 2904417 - Order of Suspension (14 days) entered May 6, 2025
   Findings: failure to maintain required security camera coverage; after-hours sales.
3. In re: Kinzie Late Night Lounge LLC - License No. 2799205 - Order of Revocation entered August 21, 2025
   Findings: public nuisance; violation of plan of operation conditions on closing hour.
4. In re: Ashland Avenue Food & Liquor, Inc. - License No. 2650319 - Order of Suspension (30 days) entered
   January 15, 2026. Findings: sale of single-serve containers in restricted area.
5-9. (five further orders follow in the full production)

Each order was entered after hearing before the Commission, with notice to the licensee.
"""
text = """Sam,

Per your narrowed request, attached are the Local Liquor Control Commission suspension and revocation
orders for 27th Ward premises from January 2025 to date (9 orders).

We are still pulling the application cover sheets and plans of operation for the licenses issued in
2025-2026 from the license files. I expect to send those in the next few weeks.

Marcus Feeney
FOIA Officer | Department of Business Affairs and Consumer Protection
City of Chicago
"""
m = plain(text)
attach_pdf(m, 'BACP-2026-01187_Production1_LLCC_Orders.pdf', paginate(wrap(orders)), title='LLCC Orders')
finish('051-chicago-bacp-first-set-attachment-number.eml', m, [
    ('From', '"Feeney, Marcus" <Marcus.Feeney@cityofchicago.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', '27th Ward liquor records - first set'),
    ('Date', d),
    ('Message-ID', mid('051bacp', 'cityofchicago.org')),
] + o365('051bacp', '27th Ward liquor records - first set', d, tenant='cityofchicago.org', has_attach=True))

# ------------------------------------------------------------------ 052 NGCB letter meant for another requester (no request of ours)
d = rfc_date(2026, 11, 6, 9, 20, '-0800')
text = """Dear Ms. Delgado:

The Nevada Gaming Control Board ("Board") received your public records request on October 30, 2026,
seeking audit reports of restricted slot route operators in Elko County for fiscal years 2023 through
2025.

Pursuant to NRS 239.0107(1)(c), please be advised that the Board is unable to make the requested records
available within five business days, because audit work papers must be reviewed by the Audit Division
for information that is confidential under NRS 463.120. The Board anticipates that the records that can
be released will be available on or before Friday, December 4, 2026.

Respectfully,

Marisol Ibarra
Records Manager, Administration Division
Nevada Gaming Control Board
"""
m = plain(text)
finish('052-ngcb-misdirected-other-requester.eml', m, [
    ('From', gg_from('Marisol Ibarra')),
    ('Reply-To', 'Marisol Ibarra <mibarra@gaming.nv.gov>'),
    ('To', 'records@records.example.org'),
    ('CC', 'Lucia Delgado <ldelgado@delgadoroutelaw.com>'),
    ('Subject', 'PRR 26-0244 - Response to Public Records Request'),
    ('Date', d),
    ('Message-ID', mid('052ngcb', 'gaming.nv.gov')),
    ('X-Original-From', 'Marisol Ibarra <mibarra@gaming.nv.gov>'),
] + google_group('Marisol Ibarra', 'mibarra@gaming.nv.gov'))

# ------------------------------------------------------------------ 053 Michigan CRA first installment with next date (REQ-008)
d = rfc_date(2026, 11, 9, 10, 45, '-0500')
text = """Good morning,

Thank you for your deposit, received October 13, 2026.

Attached is the first installment of records responsive to FOIA No. 2026-CRA-0931: inspection reports
and notices of violation issued to Detroit adult-use retailers from January through June 2025 (38
records). Information has been redacted under MCL 15.243(1)(a) (personal information of licensee
employees) and MCL 15.243(1)(u) (records of security measures, including camera and alarm layouts).

The remaining records (July 2025 to the present, and the formal complaints) will be provided in a
second installment on or before December 14, 2026.

Alyssa Brandt
FOIA Coordinator | Cannabis Regulatory Agency
"""
csv = """record_type,licensee,license_no,date,summary
Inspection report,Motor City Greens LLC,AU-R-000412,2025-01-14,Routine inspection; no violations
Notice of violation,Eastside Remedies Inc.,AU-R-000977,2025-02-03,Inventory discrepancies in statewide monitoring system
Inspection report,Corktown Cannabis Co.,AU-R-001205,2025-03-19,Follow-up inspection; corrected
Notice of violation,Riverfront Provisions LLC,AU-R-001388,2025-05-27,Sale to customer without ID verification
"""
m = plain(text)
attach(m, csv.encode(), 'text', 'csv', '2026-CRA-0931 Installment 1 index.csv')
finish('053-micra-first-installment.eml', m, [
    ('From', '"Brandt, Alyssa (LARA)" <BrandtA2@michigan.gov>'),
    ('To', 'Records Desk <records+req-008@records.example.org>'),
    ('Subject', 'FOIA No. 2026-CRA-0931 - Installment 1'),
    ('Date', d),
    ('Message-ID', mid('053cra', 'SA1PR09MB7741.namprd09.prod.outlook.com')),
    ('In-Reply-To', mid('028cra', 'SA1PR09MB7741.namprd09.prod.outlook.com')),
    ('References', REQ[8]['mid'] + ' ' + mid('028cra', 'SA1PR09MB7741.namprd09.prod.outlook.com')),
] + o365('053cra', 'FOIA No. 2026-CRA-0931 - Installment 1', d, tenant='michigan.gov', has_attach=True))

# ------------------------------------------------------------------ 054 Ohio Lottery denies the revised request (REQ-015)
d = rfc_date(2026, 11, 12, 10, 0, '-0500')
ours = '<CAF3r9Qx3olc-revised.20261012@records.example.org>'
text = """Good morning,

Re: OLC-PR-2026-0519 (revised October 12, 2026)

Thank you for revising your request. As revised, it seeks (1) the Security Division's files on closed
investigations of prizes claimed by retailers or retailer employees that resulted in a license suspension
or revocation, 2023 to present, and (2) a list summarizing those matters.

Item 1 is denied. The Security Division's investigative files are confidential law enforcement
investigatory records under R.C. 149.43(A)(1)(h) and (A)(2). Releasing them would identify uncharged
suspects and confidential sources and disclose specific investigatory techniques and procedures, and
the records cannot be segregated without revealing that information.

Item 2 is denied because the Commission does not keep a list or summary of these matters, and the Public
Records Act does not require a public office to create a new record to answer a request.

You may challenge this decision by filing a complaint in the Court of Claims under R.C. 2743.75 or by
filing a mandamus action under R.C. 149.43(C).

Regards,

Renata Kowalczyk
Public Records Coordinator | Office of Legal Services
Ohio Lottery Commission
"""
m = plain(text)
finish('054-ohio-lottery-denial-investigations.eml', m, [
    ('From', '"Kowalczyk, Renata" <Renata.Kowalczyk@ohiolottery.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'RE: Your records request'),
    ('Date', d),
    ('Message-ID', mid('054olc', 'ohiolottery.com')),
    ('In-Reply-To', ours),
    ('References', mid('033olc', 'ohiolottery.com') + ' ' + ours),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
])

# ------------------------------------------------------------------ 055 TTB final response for the permit actions, PDF letter (REQ-001)
d = rfc_date(2026, 11, 18, 14, 0, '-0500')
letter = """##DEPARTMENT OF THE TREASURY
**ALCOHOL AND TOBACCO TAX AND TRADE BUREAU
1310 G Street, NW, Box 12, Washington, DC 20005

November 18, 2026

Sam Okafor
Records Desk, Example Newsroom
records+req-001@records.example.org

**Re: Freedom of Information Act Request No. 2026-TTB-00412 - Final Response

Dear Sam Okafor:

This is our final response to your Freedom of Information Act (FOIA) request received on September 2, 2026. You asked for (1) offers in compromise accepted by TTB from January 1, 2021 to the present, and (2) notices of suspension, annulment or revocation of basic permits issued under the Federal Alcohol Administration Act in the same period, including final orders.

As explained in our email of October 22, 2026, the offers in compromise accepted by TTB are published on our website, and we have not reproduced them here.

For part (2), we located 84 pages of responsive records: notices of contemplated suspension or revocation, orders of suspension or revocation, and related correspondence. We are releasing 84 pages in part. We have withheld portions of these records under the following FOIA exemptions:

Exemption 3, 5 U.S.C. 552(b)(3), which protects information specifically exempted from disclosure by another statute. The statute here is 26 U.S.C. 6103, which protects tax return information, including amounts of tax liability and payment history that appear in notices based on tax violations.

Exemption 6, 5 U.S.C. 552(b)(6), which protects information in personnel, medical and similar files the disclosure of which would constitute a clearly unwarranted invasion of personal privacy. We withheld the home addresses, personal telephone numbers and dates of birth of individual permittees and their officers.

You may contact our FOIA Public Liaison at (202) 453-2080 for any further assistance and to discuss any aspect of your request. Additionally, you may contact the Office of Government Information Services (OGIS) at the National Archives and Records Administration to inquire about the FOIA mediation services they offer: OGIS, National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.

If you are not satisfied with our response, you may administratively appeal by writing to: FOIA Appeals, Alcohol and Tobacco Tax and Trade Bureau, 1310 G Street, NW, Box 12, Washington, DC 20005, or by email to foia@ttb.gov with "FOIA Appeal" in the subject line. Your appeal must be postmarked or electronically transmitted within 90 days of the date of this response.

There is no charge for this request.

Sincerely,

Dwayne Pickett
Government Information Specialist
Disclosure and FOIA Office

Enclosure: 84 pages (released in part)
"""
m = plain("Please see the attached final response letter. The released records are enclosed in the same file set.\n\nTTB FOIA Office\n")
attach_pdf(m, '2026-TTB-00412 Final Response.pdf', paginate(wrap(letter)), title='FOIA Final Response')
finish('055-ttb-final-permit-actions-pdf.eml', m, [
    ('From', 'TTB FOIA <foia@ttb.gov>'),
    ('To', 'records+req-001@records.example.org'),
    ('Subject', 'FOIA Final Response'),
    ('Date', d),
    ('Message-ID', mid('055ttb', 'ttb.gov')),
] + o365('055ttb', 'FOIA Final Response', d, tenant='ttb.gov', has_attach=True))

# ------------------------------------------------------------------ 056 Ohio Lottery promotional newsletter (no request)
d = rfc_date(2026, 11, 24, 7, 0, '-0500')
text = """OHIO LOTTERY NEWS - November 2026

Give responsibly this holiday season
Lottery tickets are not for kids. This season the Ohio Lottery joins lotteries across the country in
reminding gift-givers that lottery products are for adults 18 and older.

Holiday Raffle on sale now
Ohio Lottery retailers across the state are selling Holiday Raffle tickets through December 31. A
Cuyahoga County retailer sold one of last year's $1 million winning tickets.

Need help? Call 1-800-589-9966 or visit beforeyoubet.org.

You are receiving this email because you signed up for Ohio Lottery News.
Manage preferences: https://www.ohiolottery.com/email-preferences
Ohio Lottery Commission, 615 West Superior Avenue, Cleveland, OH 44113
"""
html = """<html><body style="margin:0;font-family:Arial,sans-serif"><table width="600" align="center">
<tr><td style="background:#c8102e;color:#fff;padding:14px;font-size:20px"><b>OHIO LOTTERY NEWS</b> - November 2026</td></tr>
<tr><td style="padding:14px"><h2>Give responsibly this holiday season</h2>
<p>Lottery tickets are not for kids. This season the Ohio Lottery joins lotteries across the country in reminding gift-givers
that lottery products are for adults 18 and older.</p>
<h2>Holiday Raffle on sale now</h2><p>Ohio Lottery retailers across the state are selling Holiday Raffle tickets through December 31.
A Cuyahoga County retailer sold one of last year's $1 million winning tickets.</p>
<p>Need help? Call 1-800-589-9966 or visit beforeyoubet.org.</p></td></tr>
<tr><td style="font-size:11px;color:#666;padding:14px">You are receiving this email because you signed up for Ohio Lottery News.
<a href="https://www.ohiolottery.com/email-preferences">Manage preferences</a><br>
Ohio Lottery Commission, 615 West Superior Avenue, Cleveland, OH 44113</td></tr></table></body></html>
"""
m = alt(text, html)
finish('056-ohio-lottery-newsletter.eml', m, [
    ('From', 'Ohio Lottery <news@ohiolottery.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Give responsibly this season + Holiday Raffle on sale now'),
    ('Date', d),
    ('Message-ID', mid('056news', 'em.ohiolottery.com')),
    ('List-Unsubscribe', '<https://www.ohiolottery.com/email-preferences?u=r8x2>'),
    ('Precedence', 'bulk'),
])

# ------------------------------------------------------------------ 057 NJ DGE final production with withholdings (REQ-010)
d = rfc_date(2026, 12, 4, 11, 30, '-0500')
letter = """##STATE OF NEW JERSEY
**OFFICE OF THE ATTORNEY GENERAL - DIVISION OF GAMING ENFORCEMENT
1300 Atlantic Avenue, Atlantic City, NJ 08401

December 4, 2026

Sam Okafor
Via e-mail: records@records.example.org

**Re: OPRA Request No. W215981 - Final Response

Dear Mr. Okafor:

This letter completes the Division's response to your request under the Open Public Records Act ("OPRA") for Director's actions, civil penalty assessments and consent orders entered with internet gaming permit holders and sports wagering licensees from January 1, 2024 to the present, and the complaints that preceded them. The Division produced the 2024 records on November 4, 2026.

Enclosed with this letter are the Director's actions, civil penalty assessments and consent orders for 2025 and 2026 (31 documents) and the Division complaints that preceded them (12 documents).

The following information has been redacted or withheld:

1. The investigative reports and exhibits attached to the Division's complaints have been withheld. Information obtained by the Division in the course of its investigations of licensees is confidential under the Casino Control Act, N.J.S.A. 5:12-74, and is therefore exempt from access under N.J.S.A. 47:1A-9(a). Two matters remain under active investigation and records concerning them are also exempt as criminal investigatory records and under N.J.S.A. 47:1A-3(a).

2. Patron names, account numbers and other identifying information, including the identities of persons on the self-exclusion lists, have been redacted as confidential under N.J.A.C. 13:69G and to protect the reasonable expectation of privacy of those individuals (N.J.S.A. 47:1A-1).

3. Commercial and financial information of the permit holders that, if disclosed, would give an advantage to competitors has been redacted under N.J.S.A. 47:1A-1.1.

If you believe that access has been unlawfully denied, you may institute a proceeding in Superior Court or file a complaint with the Government Records Council ("GRC") within forty-five (45) days, as provided in N.J.S.A. 47:1A-6. Information about the GRC is available at www.nj.gov/grc or toll-free at (866) 850-0511.

Very truly yours,

Records Custodian
Division of Gaming Enforcement
"""
m = plain("Mr. Okafor,\n\nAttached is the Division's final response to OPRA request W215981. The second production is available at\nhttps://njdge.sharefile.com/d-w215981p2 for 30 days.\n\nDGE OPRA Unit\n")
attach_pdf(m, 'W215981 Final Response.pdf', paginate(wrap(letter)), title='OPRA Final Response W215981')
finish('057-njdge-final-w215981-withheld.eml', m, [
    ('From', 'DGE OPRA <opra@njdge.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'OPRA Request W215981 - Final Response (2 of 2)'),
    ('Date', d),
    ('Message-ID', mid('057dge', 'njdge.org')),
    ('In-Reply-To', mid('050dge', 'njdge.org')),
    ('References', mid('050dge', 'njdge.org')),
] + o365('057dge', 'OPRA Request W215981 - Final Response (2 of 2)', d, tenant='njdge.org', has_attach=True))

# ------------------------------------------------------------------ 058 BACP final with redactions and PAC review rights (REQ-013)
d = rfc_date(2026, 12, 10, 16, 0, '-0600')
text = """Mr. Okafor,

This completes BACP's response to your FOIA request, as narrowed on October 20, 2026.

The application cover sheets and plans of operation for the 27 liquor licenses issued to 27th Ward
premises in 2025 and 2026 are available for download at the link below for 30 days:

    https://cityofchicago.sharefile.com/d-bacp2701187f

The Local Liquor Control Commission orders were sent to you on November 5, 2026.

The following information has been redacted: Social Security numbers, dates of birth, home addresses,
personal telephone numbers and personal financial information of individual license owners and
managers, under Sections 7(1)(b) (private information) and 7(1)(c) (unwarranted invasion of personal
privacy) of the Illinois FOIA, 5 ILCS 140/7(1)(b), (c); and security plan details (camera placement
and security staffing) under Section 7(1)(v).

You have a right to seek review of these redactions by the Public Access Counselor (PAC) of the Office
of the Illinois Attorney General, 500 S. Second Street, Springfield, Illinois 62701, (877) 299-3642,
publicaccess@ilag.gov. A request for review must be made within 60 days after the date of this
response (5 ILCS 140/9.5(a)). You also have the right to seek judicial review under Section 11 of FOIA.

Marcus Feeney
FOIA Officer | Department of Business Affairs and Consumer Protection
City of Chicago

________________________________
From: Feeney, Marcus
Sent: Thursday, November 5, 2026 11:35 AM
To: records@records.example.org
Subject: 27th Ward liquor records - first set

Per your narrowed request, attached are the Local Liquor Control Commission suspension and revocation
orders for 27th Ward premises from January 2025 to date (9 orders). [...]
"""
m = plain(text)
finish('058-chicago-bacp-final-redactions.eml', m, [
    ('From', '"Feeney, Marcus" <Marcus.Feeney@cityofchicago.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'RE: 27th Ward liquor records - first set'),
    ('Date', d),
    ('Message-ID', mid('058bacp', 'cityofchicago.org')),
    ('In-Reply-To', mid('051bacp', 'cityofchicago.org')),
    ('References', mid('051bacp', 'cityofchicago.org')),
] + o365('058bacp', '27th Ward liquor records - first set', d, tenant='cityofchicago.org'))

# ------------------------------------------------------------------ 059 Michigan CRA final installment, balance billed (REQ-008)
d = rfc_date(2026, 12, 14, 12, 15, '-0500')
text = """Good afternoon,

Attached is the second and final installment of records responsive to FOIA No. 2026-CRA-0931: inspection
reports and notices of violation for July 2025 to the present, and the CRA's formal complaints against
Detroit adult-use retailers (71 records).

As with the first installment, information has been redacted under MCL 15.243(1)(a) (personal
information of licensee employees) and MCL 15.243(1)(u) (security measures). In addition, two formal
complaints that are the subject of pending contested case proceedings have been withheld in part under
MCL 15.243(1)(b)(i), because disclosure would interfere with the proceedings.

The actual cost of processing your request was $389.60. After your deposit of $206.15, a balance of
$183.45 is due; an invoice is attached.

Under MCL 15.240, you may appeal the redactions and withholdings in writing to the CRA Executive Director,
or file an action in the Court of Claims within 180 days after the date of this final determination.

Alyssa Brandt
FOIA Coordinator | Cannabis Regulatory Agency
"""
inv = """##STATE OF MICHIGAN - LARA - CANNABIS REGULATORY AGENCY
**FOIA INVOICE - FOIA No. 2026-CRA-0931

Actual labor - search, location and examination ............ $176.12
Actual labor - separating exempt from nonexempt ............. $188.70
Actual labor - duplication/publication ...................... $24.78
Total actual cost ........................................... $389.60
Less deposit received October 13, 2026 ..................... ($206.15)
Balance due ................................................. $183.45
"""
html = '<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + \
    ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in text.split('\n\n')) + '</div></body></html>'
m = alt(text, html)
attach_pdf(m, '2026-CRA-0931 Invoice.pdf', paginate(wrap(inv)), title='FOIA Invoice')
finish('059-micra-final-installment.eml', m, [
    ('From', '"Brandt, Alyssa (LARA)" <BrandtA2@michigan.gov>'),
    ('To', 'Records Desk <records+req-008@records.example.org>'),
    ('Subject', 'FOIA No. 2026-CRA-0931 - Installment 2 (final)'),
    ('Date', d),
    ('Message-ID', mid('059cra', 'SA1PR09MB7741.namprd09.prod.outlook.com')),
    ('In-Reply-To', mid('053cra', 'SA1PR09MB7741.namprd09.prod.outlook.com')),
    ('References', REQ[8]['mid'] + ' ' + mid('053cra', 'SA1PR09MB7741.namprd09.prod.outlook.com')),
] + o365('059cra', 'FOIA No. 2026-CRA-0931 - Installment 2 (final)', d, tenant='michigan.gov', has_attach=True))

# ------------------------------------------------------------------ 060 TTB final for Harbor Point: Exemptions 3, 4, 6 + referral (REQ-006)
d = rfc_date(2027, 1, 8, 10, 20, '-0500')
letter = """##DEPARTMENT OF THE TREASURY
**ALCOHOL AND TOBACCO TAX AND TRADE BUREAU
1310 G Street, NW, Box 12, Washington, DC 20005

January 8, 2027

Sam Okafor
Records Desk, Example Newsroom
records+req-006@records.example.org

**Re: Freedom of Information Act Request No. 2026-TTB-00437 - Final Response

Dear Sam Okafor:

This is our final response to your Freedom of Information Act (FOIA) request received on September 10, 2026, for the basic permit application filed by Harbor Point Distilling Co., the application investigation records, and the letter approving or denying the permit.

We located 640 pages of responsive records. We are releasing 212 pages in full or in part and withholding 416 pages in full. Twelve pages originated with the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF); we have referred them to ATF for a direct response to you.

In accordance with Executive Order 12600, we notified Harbor Point Distilling Co. of your request and considered its objections before making this determination.

We withheld information under the following exemptions:

Exemption 3, 5 U.S.C. 552(b)(3), in conjunction with 26 U.S.C. 6103, which protects tax return information, including the applicant's bond, tax payment and excise tax return information.

Exemption 4, 5 U.S.C. 552(b)(4), which protects trade secrets and commercial or financial information obtained from a person that is privileged or confidential. We withheld the applicant's financial statements, sources of funding, production capacity and process descriptions, and supplier agreements.

Exemption 6, 5 U.S.C. 552(b)(6), which protects personal information the disclosure of which would constitute a clearly unwarranted invasion of personal privacy. We withheld the personal history, home addresses, dates of birth and Social Security numbers of the applicant's officers, directors and owners, and the personal information in the field investigation summary.

You are in the news media fee category. Because the applicable duplication fee is less than $25.00, no fee is charged.

You may contact our FOIA Public Liaison at (202) 453-2080 for any further assistance and to discuss any aspect of your request. Additionally, you may contact the Office of Government Information Services (OGIS) at the National Archives and Records Administration to inquire about the FOIA mediation services they offer: OGIS, National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.

If you are not satisfied with our response, you may administratively appeal by writing to: FOIA Appeals, Alcohol and Tobacco Tax and Trade Bureau, 1310 G Street, NW, Box 12, Washington, DC 20005, or by email to foia@ttb.gov with "FOIA Appeal" in the subject line. Your appeal must be postmarked or electronically transmitted within 90 days of the date of this response.

Sincerely,

Renee Castellanos
Government Information Specialist
Disclosure and FOIA Office

Enclosure: 212 pages
"""
m = plain("Good morning,\n\nPlease see the attached final response letter regarding your FOIA request. The released pages will\nfollow in a separate email from our secure file transfer service.\n\nRenee Castellanos\nDisclosure and FOIA Office\n")
attach_pdf(m, '2026-TTB-00437 Final Response.pdf', paginate(wrap(letter)), title='FOIA Final Response')
finish('060-ttb-final-harbor-point-exemptions.eml', m, [
    ('From', '"Castellanos, Renee" <Renee.Castellanos@ttb.gov>'),
    ('To', 'records+req-006@records.example.org'),
    ('Subject', 'FOIA 2026-TTB-00437 - Final Response'),
    ('Date', d),
    ('Message-ID', mid('060ttb', 'ttb.gov')),
    ('In-Reply-To', mid('047ttb', 'ttb.gov')),
    ('References', REQ[6]['mid'] + ' ' + mid('031ttb', 'ttb.gov') + ' ' + mid('047ttb', 'ttb.gov')),
] + o365('060ttb', 'FOIA 2026-TTB-00437 - Final Response', d, tenant='ttb.gov', has_attach=True))
print('part6 done')
