"""Messages 031-040 (October 7-19, 2026)."""
from lib import *

# ------------------------------------------------------------------ 031 TTB unusual-circumstances extension + estimated date (REQ-006)
d = rfc_date(2026, 10, 7, 13, 40)
text = """Dear Sam Okafor:

This concerns your Freedom of Information Act request 2026-TTB-00437, which TTB received on September
10, 2026, for the basic permit application, application investigation records and approval or denial
letter for Harbor Point Distilling Co.

Unusual circumstances apply to this request. The responsive records must be collected from the National
Revenue Center in Cincinnati and from the Trade Investigations Division field office that conducted the
application investigation, and TTB must consult with the submitter, Harbor Point Distilling Co., about
commercial information in the application before making a determination (Executive Order 12600).
For these reasons TTB is extending the time limit to respond by ten working days, as provided in
5 U.S.C. 552(a)(6)(B)(i).

We expect that we will need more time than the ten-day extension allows. Our current estimated date of
completion is December 18, 2026. You may wish to narrow your request or agree to an alternative time
frame; please contact me if you would like to discuss either option. You may also contact the TTB FOIA
Public Liaison at (202) 453-2080, or the Office of Government Information Services (OGIS) at the
National Archives and Records Administration (ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448)
for dispute resolution services.

Sincerely,

Renee Castellanos
Government Information Specialist
Disclosure and FOIA Office
Alcohol and Tobacco Tax and Trade Bureau
"""
m = plain(text)
finish('031-ttb-extension-harbor-point.eml', m, [
    ('From', '\"Castellanos, Renee\" <Renee.Castellanos@ttb.gov>'),
    ('To', 'records+req-006@records.example.org'),
    ('CC', 'TTB FOIA <foia@ttb.gov>'),
    ('Subject', 'FOIA 2026-TTB-00437 - extension of time'),
    ('Date', d),
    ('Message-ID', mid('031ttb', 'ttb.gov')),
    ('In-Reply-To', mid('006ttb', 'ttb.gov')),
    ('References', REQ[6]['mid'] + ' ' + mid('006ttb', 'ttb.gov')),
] + o365('031ttb', 'FOIA 2026-TTB-00437 - extension of time', d, tenant='ttb.gov'))

# ------------------------------------------------------------------ 032 Chicago BACP 3(e) extension (Columbus Day falls inside) (REQ-013)
d = rfc_date(2026, 10, 8, 10, 30, '-0500')
text = """Dear Mr. Okafor:

Re: FOIA Request No. BACP-2026-01187

Pursuant to Section 3(e) of the Illinois Freedom of Information Act, 5 ILCS 140/3(e), the Department of
Business Affairs and Consumer Protection is extending the time to respond to your request by five
business days, for the following reasons:

  (i)   the requested records are stored in whole or in part at locations other than the office
        having charge of the requested records (files of the Local Liquor Control Commission); and
  (iii) the request requires the collection of a substantial number of specified records.

BACP will respond to your request on or before October 16, 2026.

BACP FOIA Unit
City of Chicago | Department of Business Affairs and Consumer Protection
"""
html = '<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + \
    ''.join('<p>%s</p>' % p.replace('\n', '<br>\n') for p in text.split('\n\n')) + '</div></body></html>'
m = alt(text, html)
finish('032-chicago-bacp-3e-extension.eml', m, [
    ('From', 'BACP FOIA <bacpfoia@cityofchicago.org>'),
    ('To', 'Records Desk <records+req-013@records.example.org>'),
    ('Subject', 'FOIA Request No. BACP-2026-01187 - Extension'),
    ('Date', d),
    ('Message-ID', mid('032bacp', 'cityofchicago.org')),
    ('In-Reply-To', mid('025bacp', 'cityofchicago.org')),
    ('References', REQ[13]['mid'] + ' ' + mid('025bacp', 'cityofchicago.org')),
] + o365('032bacp', 'FOIA Request No. BACP-2026-01187 - Extension', d, tenant='cityofchicago.org'))

# ------------------------------------------------------------------ 033 Ohio Lottery asks to revise an overly broad request (REQ-015)
d = rfc_date(2026, 10, 9, 10, 5)
text = """Good morning,

We received your public records request on October 7, 2026 concerning Lottery investigations of prizes
claimed by retailers, retailer owners and retailer employees. It has been assigned reference number
OLC-PR-2026-0519.

Before we can search, we need your help with the scope. Our Security Division reviews several thousand
prize claims by retailer-affiliated players each year, most of which are routine verifications rather
than investigations. As written, the request is overly broad, and under R.C. 149.43(B)(2) we are giving
you the opportunity to revise it.

Could you tell us:
  1. whether you want closed matters only;
  2. whether you want only matters that resulted in a license suspension or revocation; and
  3. whether a list or summary (claim date, retailer, amount, outcome) would meet your needs instead of
     full case files?

Once we have your revised request we will proceed.

Regards,

Renata Kowalczyk
Public Records Coordinator | Office of Legal Services
Ohio Lottery Commission
"""
m = plain(text)
finish('033-ohio-lottery-revise-request.eml', m, [
    ('From', '\"Kowalczyk, Renata\" <Renata.Kowalczyk@ohiolottery.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Your records request'),
    ('Date', d),
    ('Message-ID', mid('033olc', 'ohiolottery.com')),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
])

# ------------------------------------------------------------------ 034 NGCB complete release with CSV and download link (REQ-002)
d = rfc_date(2026, 10, 9, 16, 20, '-0700')
text = """Dear Mr. Okafor:

The Nevada Gaming Control Board has completed its response to your public records request for
disciplinary complaints filed with the Nevada Gaming Commission since January 1, 2022, the stipulations
for settlement resolving them, and fines imposed.

Attached is a list of the 97 disciplinary matters filed during that period, showing the case number,
respondent, date filed, disposition and fine amount. Copies of the complaints and the stipulations for
settlement (97 complaints and 88 stipulations) may be downloaded from the secure link below, which will
remain active until October 23, 2026:

    https://nvgaming.sharefile.com/d-s7c1e0b2f84a4d2fa

These are public records and nothing has been withheld. There is no charge for this request.

This completes the Board's response to your request.

Respectfully,

Marisol Ibarra
Records Manager, Administration Division
Nevada Gaming Control Board
"""
csv = """case_no,respondent,date_filed,disposition,fine_usd
NGC 22-01,Silver Mesa Casino LLC,2022-01-27,Stipulation approved 2022-03-24,75000
NGC 22-02,Desert Crown Hospitality Inc.,2022-02-24,Stipulation approved 2022-04-21,40000
NGC 22-03,Sagebrush Gaming Route LLC,2022-03-24,Stipulation approved 2022-05-26,15000
NGC 23-11,Lakeview Resort & Casino,2023-06-22,Stipulation approved 2023-08-24,250000
NGC 24-05,Mountain Pass Sports LLC,2024-04-25,Stipulation approved 2024-06-27,120000
NGC 25-09,Canyon Route Operators Inc.,2025-07-24,Stipulation approved 2025-09-25,30000
NGC 26-04,Redstone Sports Wagering LLC,2026-05-28,Pending,
"""
m = plain(text)
attach(m, csv.encode(), 'text', 'csv', 'NGCB_Disciplinary_Matters_2022-2026.csv')
finish('034-ngcb-final-complete.eml', m, [
    ('From', 'NGCB Public Records <publicrecords@gaming.nv.gov>'),
    ('To', 'Records Desk <records+req-002@records.example.org>'),
    ('Subject', 'PRR 26-0187 - Records Provided'),
    ('Date', d),
    ('Message-ID', mid('034ngcb', 'gaming.nv.gov')),
    ('In-Reply-To', mid('007ngcb', 'gaming.nv.gov')),
    ('References', REQ[2]['mid'] + ' ' + mid('007ngcb', 'gaming.nv.gov')),
] + o365('034ngcb', 'PRR 26-0187 - Records Provided', d, tenant='gaming.nv.gov', has_attach=True))

# ------------------------------------------------------------------ 035 Colorado DOR GovQA acknowledgment, plain only (REQ-016)
d = rfc_date(2026, 10, 13, 12, 2, '-0600')
text = """Dear Sam Okafor,

Thank you for your interest in the public records of the Colorado Department of Revenue. Your request has
been received and is being handled in accordance with the Colorado Open Records Act, C.R.S. 24-72-201 et seq.

Reference Number: R003302-101326
Date Received: 10/13/2026
Division: Marijuana Enforcement Division (MED)

Records requested: All license applications submitted by Front Range Botanicals LLC, suitability or
background investigation findings, and approval or denial letters.

You will be notified by email when your request is updated or completed. To check the status of the
request, upload information, or make a payment, log in to the Colorado Department of Revenue Public
Records Center:
https://colorado-dor.govqa.us/WEBAPP/_rs/(S(2wq1yfxn5k0t))/supporthome.aspx

Please do not reply to this email. Messages sent to this address are not reviewed.

Colorado Department of Revenue
Public Records Center
"""
m = plain(text)
finish('035-co-dor-govqa-ack-front-range.eml', m, [
    ('From', 'Colorado Department of Revenue <coloradodor@govqa.us>'),
    ('To', 'records+req-016@records.example.org'),
    ('Subject', 'Colorado Department of Revenue Public Records Request :: R003302-101326'),
    ('Date', d),
    ('Message-ID', mid('035govqa', 'govqa.us')),
    ('X-Mailer', 'GovQA Mail Service'),
])

# ------------------------------------------------------------------ 036 PGCB final response, letter only in PDF, partial (REQ-003)
d = rfc_date(2026, 10, 14, 9, 12)
letter = """##PENNSYLVANIA GAMING CONTROL BOARD
**Office of the Agency Open Records Officer
303 Walnut Street, Strawberry Square, 2nd Floor, Harrisburg, PA 17101
P.O. Box 69060, Harrisburg, PA 17106-9060

October 14, 2026

VIA ELECTRONIC MAIL ONLY
Priya Raman, Example Newsroom
praman@records.example.org

**RE: Right-to-Know Law Request No. 2026-118 - FINAL RESPONSE

Dear Ms. Raman:

This is the Pennsylvania Gaming Control Board's ("Board") final response to your request under the Right-to-Know Law ("RTKL"), 65 P.S. Sections 67.101 et seq., received September 4, 2026 and extended by interim response dated September 11, 2026. Your request is GRANTED IN PART and DENIED IN PART, as follows.

**Item 1 - Consent agreements (GRANTED).
Enclosed are the 41 consent agreements between the Office of Enforcement Counsel and licensees that the Board approved from January 1, 2024 to the present, with the Board's adjudications approving them. These documents are also posted on the Board's website.

**Item 2 - Log of fines and civil penalties (GRANTED IN PART / DENIED IN PART).
The Office of Enforcement Counsel maintains a tracking spreadsheet of fines and civil penalties. It is enclosed with the following information redacted: (a) investigative case notes and referral sources, which are information obtained by the Board or the Bureau of Investigations and Enforcement as part of a background or other investigation and are confidential under 4 Pa.C.S. Section 1206(f)(1), and which are also records relating to a noncriminal investigation exempt under Section 708(b)(17) of the RTKL; and (b) the names of individual patrons, including persons on the self-exclusion list, which are confidential under 4 Pa.C.S. Section 1206(f)(1) and exempt under Section 708(b)(6) of the RTKL (personal identification information).

**Item 3 - Self-exclusion statistics (GRANTED).
Enclosed is the Office of Compulsive and Problem Gambling's quarterly enrollment report for the casino, iGaming and sports wagering self-exclusion programs for calendar years 2024 through 2026 (third quarter).

**Right to appeal.
You have a right to appeal this response in writing to the Executive Director, Office of Open Records (OOR), 333 Market Street, 16th Floor, Harrisburg, PA 17101-2234. If you choose to file an appeal you must do so within 15 business days of the mailing date of this response and send a copy to the Board's Open Records Officer. Please note that a copy of your original request and this response must be included when filing an appeal. More information is available at https://www.openrecords.pa.gov.

Sincerely,

Gwen Mackey
Agency Open Records Officer
Pennsylvania Gaming Control Board

Enclosures: Consent agreements (41); OEC fines tracking spreadsheet (redacted); OCPG quarterly self-exclusion enrollment report
"""
m = plain("Please see the attached.\n")
attach_pdf(m, 'RTKL 2026-118 Final Response.pdf', paginate(wrap(letter)), title='RTKL 2026-118 Final Response')
finish('036-pgcb-final-partial-pdf-only.eml', m, [
    ('From', '\"Mackey, Gwen\" <ra-pgcbrighttoknow@pa.gov>'),
    ('To', 'Priya Raman <praman@records.example.org>'),
    ('CC', 'records@records.example.org'),
    ('Subject', 'RTKL No. 2026-118 - Final Response'),
    ('Date', d),
    ('Message-ID', mid('036pgcb', 'pa.gov')),
] + o365('036pgcb', 'RTKL No. 2026-118 - Final Response', d, tenant='pa.gov', has_attach=True))

# ------------------------------------------------------------------ 037 Michigan CRA denial in full (REQ-014)
d = rfc_date(2026, 10, 14, 15, 55)
text = """Good afternoon,

RE: FOIA No. 2026-CRA-1047 - NOTICE OF DENIAL

The Cannabis Regulatory Agency (CRA) received your request under the Michigan Freedom of Information Act
on October 7, 2026, for the state operating license application filed by Lakeshore Cultivation Partners
LLC and any background investigation summary or report prepared by the CRA on that applicant and its
supplemental applicants.

Your request is DENIED in its entirety.

The application and the background investigation records are exempt from disclosure under MCL
15.243(1)(d), as records specifically described and exempted from disclosure by statute - the
confidentiality provisions of the Medical Marihuana Facilities Licensing Act and the Michigan Regulation
and Taxation of Marihuana Act that govern applicant background information - and under MCL 15.243(1)(a),
as information of a personal nature the public disclosure of which would constitute a clearly unwarranted
invasion of an individual's privacy. The records cannot reasonably be separated so as to leave any
nonexempt material.

The current license status of Lakeshore Cultivation Partners LLC is publicly available through the
CRA's licensee search on its website.

Under MCL 15.240, you may do either of the following: (1) submit a written appeal to the CRA Executive
Director, stating the reasons for reversal and identifying it as an appeal of a FOIA denial; or (2) file
a civil action in the Michigan Court of Claims within 180 days after the date of this final determination
to deny. If the court determines that the CRA did not comply with the FOIA, you may be awarded reasonable
attorneys' fees, costs and disbursements, and damages as provided in MCL 15.240(6)-(7).

Sincerely,

Alyssa Brandt
FOIA Coordinator
Cannabis Regulatory Agency
"""
html = '<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + \
    ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in text.split('\n\n')) + '</div></body></html>'
m = alt(text, html)
finish('037-micra-denial-lakeshore.eml', m, [
    ('From', '\"Brandt, Alyssa (LARA)\" <BrandtA2@michigan.gov>'),
    ('To', 'Records Desk <records+req-014@records.example.org>'),
    ('CC', 'CRA-FOIA (LARA) <CRA-FOIA@michigan.gov>'),
    ('Subject', 'FOIA No. 2026-CRA-1047 - Notice of Denial'),
    ('Date', d),
    ('Message-ID', mid('037cra', 'SA1PR09MB7741.namprd09.prod.outlook.com')),
    ('In-Reply-To', mid('030cra', 'SA1PR09MB7741.namprd09.prod.outlook.com')),
    ('References', REQ[14]['mid'] + ' ' + mid('030cra', 'SA1PR09MB7741.namprd09.prod.outlook.com')),
] + o365('037cra', 'FOIA No. 2026-CRA-1047 - Notice of Denial', d, tenant='michigan.gov'))

# ------------------------------------------------------------------ 038 Chicago BACP 3(g) offer to narrow, quotes request (REQ-013)
d = rfc_date(2026, 10, 15, 11, 25, '-0500')
text = """Mr. Okafor,

BACP has reviewed FOIA BACP-2026-01187. As written, the request reaches 143 license files in the 27th
Ward. Each application package runs roughly 80 to 200 pages and includes financial statements, leases and
personal background disclosures of owners, so compliance would mean reviewing and redacting well over
15,000 pages. That would be unduly burdensome for the Department under Section 3(g) of FOIA.

Before the Department makes a final decision on that basis, I want to give you the chance to reduce the
request to manageable proportions. Some options that would work well on our end:

  a) the Local Liquor Control Commission suspension and revocation orders only;
  b) applications for licenses issued in 2026 only; or
  c) application cover sheets and plans of operation, without the financial attachments.

Let me know how you would like to proceed.

Marcus Feeney
FOIA Officer | Department of Business Affairs and Consumer Protection
City of Chicago
(312) 744-6249
""" + outlook_quote(13, to_line='BACP FOIA <bacpfoia@cityofchicago.org>', sent='Thursday, October 1, 2026 10:06 AM')
m = plain(text)
finish('038-chicago-bacp-3g-narrow.eml', m, [
    ('From', '\"Feeney, Marcus\" <Marcus.Feeney@cityofchicago.org>'),
    ('To', 'Records Desk <records+req-013@records.example.org>'),
    ('Subject', 'RE: ' + REQ[13]['subject']),
    ('Date', d),
    ('Message-ID', mid('038bacp', 'cityofchicago.org')),
    ('In-Reply-To', REQ[13]['mid']),
    ('References', REQ[13]['mid'] + ' ' + mid('032bacp', 'cityofchicago.org')),
] + o365('038bacp', REQ[13]['subject'], d, tenant='cityofchicago.org'))

# ------------------------------------------------------------------ 039 MED custodian points to Denver for local applications (REQ-016)
d = rfc_date(2026, 10, 16, 10, 40, '-0600')
text = """Hi Sam,

I'm handling your CORA request R003302-101326 for Front Range Botanicals.

A quick heads-up: local license applications - the ones filed with the City and County of Denver for
the same premises - are held by Denver's Department of Excise and Licenses, not by MED, and MED can't
produce them. If you want those you'll need to send a separate request to Denver through the city's
open records portal. I've copied their records contact here so you have it.

We're finishing our search of the state licensing system for anything Front Range filed with MED.

Thanks,
Jonah

Jonah Pritchett
Records Custodian | Marijuana Enforcement Division
Colorado Department of Revenue
"""
m = plain(text)
finish('039-med-referral-denver-local.eml', m, [
    ('From', 'Jonah Pritchett - CDOR <jonah.pritchett@state.co.us>'),
    ('To', 'records@records.example.org'),
    ('CC', 'EXL Records <exlrecords@denvergov.org>'),
    ('Subject', 'Front Range Botanicals - your CORA request'),
    ('Date', d),
    ('Message-ID', '<CAK8m2vTqZ0fR1botanicals3x9L@mail.gmail.com>'),
    ('X-Mailer', 'Google Workspace'),
])

# ------------------------------------------------------------------ 040 Exchange NDR: our narrowing reply to the BACP officer (REQ-013)
d = rfc_date(2026, 10, 19, 9, 14, '-0500')
orig = EmailMessage()
orig['From'] = 'Records Desk <records@records.example.org>'
orig['To'] = '\"Feeney, Marcus\" <Marcus.Feeney@cityofchicago.org>'
orig['Subject'] = 'Narrowed request - 27th Ward liquor licenses'
orig['Date'] = rfc_date(2026, 10, 19, 10, 12)
orig['Message-ID'] = '<CAF3r9Qx7narrow-27ward.20261019@records.example.org>'
orig['In-Reply-To'] = mid('038bacp', 'cityofchicago.org')
orig['References'] = REQ[13]['mid'] + ' ' + mid('038bacp', 'cityofchicago.org')
orig['Reply-To'] = REQ[13]['plus']
orig.set_content("""Marcus,

Thanks for the options. We'll take (a) the LLCC suspension and revocation orders, plus (c) the
application cover sheets and plans of operation for licenses issued in 2025-2026, without the financial
attachments.

Sam Okafor
Records Desk, Example Newsroom
""")
text = """Delivery has failed to these recipients or groups:

Marcus.Feeney@cityofchicago.org
The recipient's mailbox is full and can't accept messages now. Please try resending this message later,
or contact the recipient directly.

Diagnostic information for administrators:

Generating server: CH2PR09MB4412.namprd09.prod.outlook.com

Marcus.Feeney@cityofchicago.org
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
"""
html = """<html><body><p><b><font color="#000066">Delivery has failed to these recipients or groups:</font></b></p>
<p><a href="mailto:Marcus.Feeney@cityofchicago.org">Marcus.Feeney@cityofchicago.org</a><br>
The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.</p>
<p><font color="#808080">Diagnostic information for administrators:<br>Generating server: CH2PR09MB4412.namprd09.prod.outlook.com<br>
Marcus.Feeney@cityofchicago.org<br>Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'</font></p>
</body></html>"""
m = dsn(text, 'CH2PR09MB4412.namprd09.prod.outlook.com', 'Marcus.Feeney@cityofchicago.org', '5.2.2',
        '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException',
        None, html=html, orig_full=orig, arrival=str(orig['Date']))
finish('040-bounce-ndr-bacp-mailbox-full.eml', m, [
    ('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cityofchicago.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Undeliverable: Narrowed request - 27th Ward liquor licenses'),
    ('Date', d),
    ('Message-ID', mid('040ndr', 'CH2PR09MB4412.namprd09.prod.outlook.com')),
    ('Auto-Submitted', 'auto-replied'),
    ('X-MS-Exchange-Message-Is-Ndr', ''),
    ('Content-Language', 'en-US'),
])
print('part4 done')
