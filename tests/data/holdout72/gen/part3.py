"""Messages 021-030."""
from common import *

OUTL = 'CH3PR11MB7741.namprd11.prod.outlook.com'

# 021 IL interim: separation agreement released, closed-session minutes still under review
m = new('Prairie Creek PLD FOIA <foia@prairiecreeklibrary.org>', plus('REQ-003'), 'RE: FOIA No. 2026-041',
        date('2026-09-24 10:05'), mid('021', OUTL))
thread(m, 'REQ-003', [mid('005', OUTL), mid('012', OUTL)])
outlook_headers(m, '021')
m.set_content(wrap("""
Good morning,

As a first part of the District's response to FOIA No. 2026-041, attached is the Separation Agreement and General
Release between the District and its former Library Director dated June 16, 2026, together with Board Resolution
2026-09 approving it. Settlement and separation agreements are public records under Section 2.20 of FOIA and are
released in full.

The portion of your request seeking closed-session minutes and verbatim recordings is still being reviewed by the
District's attorney and will be addressed in a separate letter.

Renee Kowalski
FOIA Officer
"""))
attach_pdf(m, 'Separation Agreement - Former Director.pdf', [
    'SEPARATION AGREEMENT AND GENERAL RELEASE', 'Prairie Creek Public Library District', '',
    '1. Separation date: June 30, 2026.', '2. Separation payment: twelve (12) weeks of base salary, less withholdings.',
    '3. Continuation of health insurance premiums through December 31, 2026.', '4. Mutual non-disparagement.', '',
    'Approved by Board Resolution 2026-09, June 16, 2026.'], 'Separation Agreement')
save('021-prairiecreek-interim-agreement.eml', m, request='REQ-003', kind='records_interim', tracking_number='2026-041',
     signals=['thread', 'plus', 'tracking'],
     why='first part released (separation agreement, 5 ILCS 140/2.20); minutes part to follow in a separate letter')

# 022 IL denial of the remaining part - letter only in PDF
m = new('Prairie Creek PLD FOIA <foia@prairiecreeklibrary.org>', plus('REQ-003'), 'FOIA No. 2026-041 - Final Response',
        date('2026-09-24 16:48'), mid('022', OUTL))
outlook_headers(m, '022')
m.set_content('Attached.\n\nRenee Kowalski\nFOIA Officer\n')
attach_pdf(m, 'FOIA 2026-041 Final Response.pdf', [
    'PRAIRIE CREEK PUBLIC LIBRARY DISTRICT', '', 'September 24, 2026', '', 'Re: FOIA No. 2026-041 - closed session minutes and recordings', '',
    'This letter completes the District\'s response. The remaining part of your request, for minutes and verbatim '
    'recordings of closed sessions of the Board of Trustees from January 1, 2025 through August 31, 2026, is denied.',
    '',
    'The Board has not determined under Section 2.06(d) of the Open Meetings Act that the need for confidentiality no longer '
    'exists as to any of these minutes. They are therefore exempt under Section 7(1)(l) of FOIA. The verbatim recordings are '
    'exempt under Section 2.06(e) of the Open Meetings Act, which is incorporated by Section 7.5(ll) of FOIA.',
    '',
    'The following person is responsible for this denial: Renee Kowalski, FOIA Officer, upon advice of counsel.',
    '',
    'You have a right to have the denial reviewed by the Public Access Counselor, Office of the Attorney General, 500 S. '
    'Second Street, Springfield, IL 62701, public.access@ilag.gov, by filing a request for review within 60 days after the '
    'date of this denial. You also have a right to judicial review under Section 11 of FOIA.'], 'FOIA 2026-041 Final')
save('022-prairiecreek-denial-pdf.eml', m, request='REQ-003', kind='denial', tracking_number='2026-041',
     adverse_determination=True, signals=['plus', 'tracking'],
     why='letter only in PDF: closed-session minutes and recordings withheld in full (7(1)(l), OMA 2.06(e)); PAC review 60 days')

# 023 GovQA bare status notification
t = wrap("""
The status of your request R000318-091626 has been updated.

To view the updated request, please log in to the Public Information Center:
https://lavacahillshd.mycusthelp.com/WEBAPP/_rs/supporthome.aspx

Please do not reply to this email.
""")
m = govqa(date('2026-09-25 11:30'), 'Public Information Request :: R000318-091626 - Updated', t, '023')
save('023-lavacahills-govqa-updated.eml', m, request='REQ-007', kind='portal_notice', tracking_number='R000318-091626',
     signals=['tracking'], why='GovQA "request updated, log in" notice without substantive text')

# 024 the fire chief writes from his own gmail, no reference to which request
m = new('Jim Voss <jvoss.firechief@gmail.com>', 'records@records.example.org', 'your call',
        date('2026-09-25 17:20'), mid('024', 'mail.gmail.com'))
m.set_content("Kathy said you called about the reports. I'm back from Springfield. Best to call me on my cell 417-555-0187 "
              "after 5, I'm at my day job till then.\n\nJim Voss\nChief, CFFPD\n")
save('024-cedarfork-chief-call-request.eml', m, request='REQ-009', kind='other', signals=['none'],
     why='chief (unlisted gmail) asks for a call about "the reports" - the run reports request he keeps (017); hard to place')

# 025 TN: Comptroller-style request response form, PDF only; number only in file name and PDF
m = new('Hickory Ridge Utility District <office@hickoryridgeud.com>', 'records@records.example.org',
        'Records request', date('2026-09-28 10:12'), mid('025', 'hickoryridgeud.com'))
m.set_content('Please see the attached response form regarding your records request.\n\nHickory Ridge Utility District\n'
              '(931) 555-0121\n')
attach_pdf(m, 'HRUD-26-019 Response Form.pdf', [
    'HICKORY RIDGE UTILITY DISTRICT - PUBLIC RECORDS REQUEST RESPONSE FORM', 'Request No. HRUD-26-019', '',
    'Date of request: 09/24/2026      Date of this response: 09/28/2026', '',
    'Records requested: commissioner compensation and per diem records; annual water loss audits (AWWA) 2022-2025.', '',
    'The public records you requested cannot be provided for the reason(s) checked below:', '',
    '[ ] The records do not exist or the District has no responsive records.',
    '[X] You have not provided evidence of Tennessee citizenship. The Tennessee Public Records Act, Tenn. Code Ann. '
    '10-7-503(a)(2)(A), provides access to citizens of Tennessee. Please present a valid Tennessee driver license or other '
    'proof of citizenship with a new request.',
    '[ ] The request is not sufficiently detailed to enable identification of the specific records.',
    '[ ] The records are exempt from disclosure under: ______________', '',
    'Records Custodian: Brenda Cathey, Office Manager     Signature: /s/ B. Cathey'], 'HRUD-26-019')
save('025-hickoryridge-denial-citizenship-form.eml', m, request='REQ-012', kind='denial', tracking_number='HRUD-26-019',
     adverse_determination=True, signals=['subject', 'tracking-filename'],
     why='TN response form (PDF only) denies: requester not shown to be a Tennessee citizen; no appeal window in table')

# 026 MI notice of extension straight from the clerk (mailbox works again)
m = new('Sauk Trail Township Clerk <clerk@sauktrailtwp.org>', 'records@records.example.org',
        'FOIA 26-0117 - Notice of Extension', date('2026-09-28 14:30', 'ET'), mid('026', 'sauktrailtwp.org'))
m.set_content(wrap("""
NOTICE OF EXTENSION - FOIA REQUEST 26-0117

Pursuant to MCL 15.235(2)(d), Sauk Trail Township is extending the period for responding to your request for the
2025 Sanitary Sewer SAD contractor invoices, pay applications and change orders by not more than ten (10) business
days. The invoices are held by the Township Engineer and must be retrieved and reviewed.

You will receive a written response on or before October 14, 2026.

Sandra Mulder
Township Clerk / FOIA Coordinator
Sauk Trail Township
"""))
save('026-sauktrail-mi-extension.eml', m, request='REQ-010', kind='extension', tracking_number='26-0117',
     clock='extension', signals=['tracking', 'subject'],
     why='MCL 15.235(2)(d) notice extending by 10 business days (to Oct 14, which matches the computed due)')

# 027 JustFOIA message asking for particularity (IN)
m = justfoia('027', date('2026-09-29 08:20', 'ET'), 'A message has been added to request 2026-RSD-0042', wrap("""
Records Coordinator added a message to request 2026-RSD-0042:

"Under IC 5-14-3-3(a)(1) a request must identify the records with reasonable particularity. The SSO reports are
identified and are being gathered. For 'all correspondence with IDEM', please tell us the date range, the subject
matter (for example the Agreed Order, the Long Term Control Plan, or specific overflows), and which District
employees' email accounts you want searched. We will hold that part of the request until we hear from you."

Reply through the portal: https://tcrsd.justfoia.com/publicportal/home/track
"""), 'Tippecanoe Creek Regional Sewer District')
save('027-tippecanoe-justfoia-clarify.eml', m, request='REQ-011', kind='clarification', tracking_number='2026-RSD-0042',
     signals=['tracking'], why='portal message asking for date range/subject/custodians for the IDEM emails (IC 5-14-3-3(a)(1))')

# 028 cemetery clerk replies via our Google Group collaborative inbox
m = new('Deb Hoffmann via Records Desk <records@records.example.org>', 'Records Desk <records@records.example.org>',
        'Re: KORA request', date('2026-09-29 12:40'), mid('028', 'mail.yahoo.com'),
        reply_to='Mill Creek Cemetery <millcreekcemetery@yahoo.com>')
thread(m, 'REQ-006')
google_group(m, 'millcreekcemetery@yahoo.com')
m.set_content(wrap("""
Hi, got back yesterday and saw your request so I'm counting it as received the 28th. I keep the lot book and the
checkbook at home. The budget and levy go through the county clerk in Alma, I have my copies. Will get you a price
for copies in a few days.

Deb Hoffmann
Clerk, Mill Creek Cemetery Dist. No. 1

Sent from Yahoo Mail for iPhone
"""))
save('028-millcreek-ack-via-google-group.eml', m, request='REQ-006', kind='acknowledgment', clock='received:2026-09-28',
     signals=['thread', 'subject'],
     why='clerk ack arrives through our Google Group ("via Records Desk", X-Original-Sender yahoo); states received Sep 28; KS 3 business days')

# 029 TX 552.221(d) certification by outside counsel (PDF letter; unlisted law firm)
m = new('Maria Estrada <mestrada@estradaolvera.law>', 'records@records.example.org',
        'Lavaca Hills CHD / Public Information Request R000318-091626', date('2026-09-29 15:05'),
        mid('029', 'estradaolvera.law'), cc='publicinfo@lavacahillshd.org')
m.set_content(wrap("""
Please see the attached correspondence on behalf of the Lavaca Hills County Hospital District.

Maria Estrada
Estrada & Olvera, PLLC
General Counsel to the District
"""))
attach_pdf(m, 'R000318-091626 552.221(d) certification.pdf', [
    'ESTRADA & OLVERA, PLLC', 'Attorneys at Law - 120 N. Main - Hallettsville, Texas 77964', '', 'September 29, 2026', '',
    'Re: Public Information Request R000318-091626', '',
    'The District received your request on September 16, 2026. Pursuant to Section 552.221(d), Texas Government Code, '
    'I certify that the District cannot produce the requested information within ten business days because the monthly '
    'indigent care reports must be compiled from the county indigent health care program files. The information that is '
    'not the subject of a request for an attorney general decision will be available on or before October 23, 2026, at '
    '10:00 a.m.', '', 'Maria Estrada, General Counsel'], 'R000318-091626')
save('029-lavacahills-counsel-552221d.eml', m, request='REQ-007', kind='extension', tracking_number='R000318-091626',
     estimated='2026-10-23', signals=['tracking', 'subject'],
     why='TX 552.221(d) certification of a date (Oct 23) by outside counsel; TX table has no extension days so no new due')

# 030 TX notice that an AG ruling is being sought (552.301/552.305) - neither release nor denial
m = new('Maria Estrada <mestrada@estradaolvera.law>', 'records@records.example.org',
        'Notice of Request for Attorney General Decision - R000318-091626', date('2026-09-30 10:10'),
        mid('030', 'estradaolvera.law'), cc='publicinfo@lavacahillshd.org')
m.set_content(wrap("""
Records Desk:

Pursuant to Section 552.301(d) of the Texas Government Code, this is to notify you that the Lavaca Hills County
Hospital District has asked the Office of the Attorney General for a decision on whether portions of the
management services agreements responsive to request R000318-091626 may be withheld. A copy of our letter to the
Attorney General (without the submitted information) is below.

The management company, Gulf Rural Health Partners, LLC, has also been notified under Section 552.305 that it may
submit its reasons why its pricing and proprietary information should be withheld (Sections 552.104 and 552.110).

You may submit comments to the Attorney General, Open Records Division, P.O. Box 12548, Austin, Texas 78711.

-----
Open Records Division: The District received the request on September 16, 2026 and asks for a ruling on Exhibits
B and C of the 2024 Management Services Agreement (pricing and performance incentives) ...

Maria Estrada
General Counsel, Lavaca Hills County Hospital District
"""))
save('030-lavacahills-ag-ruling-notice.eml', m, request='REQ-007', kind='other', tracking_number='R000318-091626',
     signals=['tracking', 'subject'],
     why='notice that the district asked the AG for a ruling on part of the records (552.301(d)); not a release, denial or dated extension')

write_facts('part3')
