"""Messages 011-020."""
from lib import add, build, pdf, outlook, gg, req_mid, plus, INBOX

# 011 Same firm, acting as General Counsel for RMCSD: extension, HTML only, client named only in letterhead
add('011-moa-rmcsd-extension-html.eml', build([
    ('From', 'Julia Ferrante <jferrante@moallp.com>'),
    ('To', INBOX),
    ('Cc', 'Amelia Strand <districtsecretary@rmcsd.org>'),
    ('Subject', 'Public Records Act Request - Your email of September 9, 2026'),
    ('Date', 'Mon, 21 Sep 2026 09:10:12 -0700'),
    ('Message-ID', '<SJ0PR11MB5127D7E04B21A3@SJ0PR11MB5127.namprd11.prod.outlook.com>'),
] + outlook('Public Records Act Request - Your email of September 9, 2026', 'AQHbLDx1Hq9r2kP4QwS0nZ2b1Yh0Ng=='),
html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Garamond,serif;font-size:12pt">
<p style="text-align:center"><b>MARCHETTI OYELARAN LLP</b><br>General Counsel<br>
Rancho Murieta Community Services District</p>
<p>September 21, 2026</p>
<p>Dear Requester:</p>
<p>We write on behalf of our client in response to your September 9, 2026 request for water loss
audits and for settlement agreements reported out of closed session.</p>
<p>The audits are maintained by the District's contract water loss consultant, and the settlement files
are maintained in this office and by the District's risk pool. Because the District must search for and
collect records from other establishments and consult with the risk pool, which has a substantial interest
in the determination, the District is extending the time to respond by fourteen (14) days pursuant to
Government Code section 7922.535(b)(1) and (3).</p>
<p>You can expect a determination on or before <b>October 5, 2026</b>.</p>
<p>Very truly yours,<br>Julia Ferrante<br>MARCHETTI OYELARAN LLP</p>
<p style="font-size:9pt;color:#555">Our File: 5120.0007</p>
</div></body></html>"""), 'REQ-002', 'extension', None, clock='extension', signals=['subject'],
    why='the same firm, now as RMCSD General Counsel (named only in letterhead), takes the 14-day extension; Sep 21 + 14 = Oct 5')

# 012 Lathrop City Clerk (own) acknowledges REQ-008 and assigns PRA 26-131
m = req_mid(8, '2026-09-21')
add('012-lathrop-clerk-ack-sheriff.eml', build([
    ('From', 'Teresa Vargas <tvargas@ci.lathrop.ca.us>'),
    ('To', plus(8)),
    ('Subject', 'RE: CPRA Request: City of Lathrop police services contract with San Joaquin County Sheriff and overtime billing'),
    ('Date', 'Tue, 22 Sep 2026 11:30:26 -0700'),
    ('Message-ID', '<CY4PR14MB2210B1F0@CY4PR14MB2210.namprd14.prod.outlook.com>'),
    ('In-Reply-To', m), ('References', m),
], text="""Hi,

We received your request yesterday (9/21/26) and logged it as PRA 26-131.
Our City Attorney's office will be reviewing it with me; you may hear from
them directly.

Teresa Vargas, CMC
City Clerk, City of Lathrop
(209) 941-7230

> Under the California Public Records Act, please provide the current
> agreement between the City of Lathrop and the San Joaquin County Sheriff's
> Office for police services, all amendments since 2022, and the monthly
> overtime billing statements for 2025 and 2026.
"""), 'REQ-008', 'acknowledgment', '26-131', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'],
    why='City Clerk (own) confirms receipt 9/21 (= sent) and assigns PRA 26-131')

# 013 RecordsBridge bare status update for LUSD-2026-0412
add('013-recordsbridge-lodi-update.eml', build([
    ('From', 'Lodi Unified School District Records Center <notifications@recordsbridge.com>'),
    ('To', plus(3)),
    ('Subject', 'Your request LUSD-2026-0412 has been updated'),
    ('Date', 'Wed, 23 Sep 2026 07:00:04 -0700'),
    ('Message-ID', '<rb.lusd.0412.2.1789221604@mailer.recordsbridge.com>'),
], html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px">
<p>Request <b>LUSD-2026-0412</b> has been updated.</p>
<p>Status: <b>In Review</b></p>
<p><a href="https://lodiusd.recordsbridge.com/requests/LUSD-2026-0412">Sign in to view the request</a></p>
<p style="color:#888;font-size:11px">You are receiving this notice because you submitted a request to Lodi Unified School District. Powered by RecordsBridge.</p>
</body></html>"""), 'REQ-003', 'portal_notice', 'LUSD-2026-0412', signals=['plus', 'tracking'],
    why='vendor portal status change to In Review with no substantive text')

# 014 Elbert County Attorney answers for the Town of Kiowa (acknowledgment), no threading
add('014-elbert-county-atty-kiowa-ack.eml', build([
    ('From', 'Lyle Haskett <lhaskett@elbertcounty-co.gov>'),
    ('To', INBOX),
    ('Cc', 'Darlene Pruett <townclerk@townofkiowa.com>'),
    ('Subject', 'Kiowa CORA request'),
    ('Date', 'Wed, 23 Sep 2026 14:22:09 -0600'),
    ('Message-ID', '<2f9c1e77a0b54b2e@elbertcounty-co.gov>'),
], text="""Records Desk:

The Town of Kiowa Town Clerk received your Colorado Open Records Act request
on September 22, 2026 and forwarded it to me. Under the Town's
intergovernmental agreement with Elbert County, this office provides legal
services to the Town and will coordinate the Town's response.

You asked for notices of violation from CDPHE concerning the Town's drinking
water system and any engineering reports on the system since 2023. The Town
Clerk is searching Town Hall files now.

Lyle Haskett
Assistant County Attorney
Elbert County Attorney's Office
215 Comanche Street, Kiowa, CO 80117
"""), 'REQ-009', 'acknowledgment', None, clock='received_on_sent_date', signals=['subject'],
    why='county attorney answers for the small town under an IGA: Town received CORA request Sep 22 (= sent); CO 3 business days')

# 015 RecordsBridge acknowledgment for Donala (same vendor, second client), multipart
t = """Donala Water and Sanitation District - Records Request Confirmation

Reference: DWSD-26-0093
Date received: 09/23/2026
Request type: Colorado Open Records Act (CORA)
Summary: PFAS sampling results and consultant reports

The District's records custodian will respond within three working days, or
notify you if extenuating circumstances require additional time (C.R.S.
24-72-203(3)(b)).

This request is being processed by RecordsBridge Public Records Services on
behalf of Donala Water and Sanitation District.
"""
add('015-recordsbridge-donala-ack.eml', build([
    ('From', 'Donala Water & Sanitation District via RecordsBridge <notifications@recordsbridge.com>'),
    ('To', plus(10)),
    ('Subject', 'Records Request Confirmation - DWSD-26-0093'),
    ('Date', 'Thu, 24 Sep 2026 08:45:17 -0600'),
    ('Message-ID', '<rb.dwsd.0093.1.1789310717@mailer.recordsbridge.com>'),
], text=t, html='<html><body><pre style="font-family:Arial">' + t + '</pre></body></html>'),
    'REQ-010', 'acknowledgment', 'DWSD-26-0093', clock='received_on_sent_date', signals=['plus', 'tracking-new', 'subject'],
    why='same vendor, second client: Donala request received 09/23 (= sent) as DWSD-26-0093; CO 3 business days')

# 016 Elbert County Attorney extends time for Kiowa (CORA 7 working days)
add('016-elbert-county-atty-kiowa-extension.eml', build([
    ('From', 'Lyle Haskett <lhaskett@elbertcounty-co.gov>'),
    ('To', INBOX),
    ('Cc', 'Darlene Pruett <townclerk@townofkiowa.com>'),
    ('Subject', 'RE: Kiowa CORA request'),
    ('Date', 'Fri, 25 Sep 2026 10:10:48 -0600'),
    ('Message-ID', '<8b01d4e2c3f64c70@elbertcounty-co.gov>'),
    ('In-Reply-To', '<2f9c1e77a0b54b2e@elbertcounty-co.gov>'),
    ('References', '<2f9c1e77a0b54b2e@elbertcounty-co.gov>'),
], text="""Records Desk:

Extenuating circumstances exist for the Town of Kiowa's response. The Town
Clerk is the Town's only full-time employee and older water system files are
stored at the Town's water plant. Under C.R.S. 24-72-203(3)(b), the period for
the Town's response is extended by seven working days. With Town Hall closed
for Cabrini Day on October 5, the response is now due October 7, 2026.

Lyle Haskett
Assistant County Attorney (for the Town of Kiowa)
"""), 'REQ-009', 'extension', None, clock='extension', signals=['subject'],
    why='county attorney for the Town gives CORA extenuating-circumstances notice (+7 working days from Sep 25, skipping Cabrini Day Oct 5 -> Oct 7)')

# 017 Borough Clerk needs more time (NJ has no extension rule): estimated only
m = req_mid(6, '2026-09-16')
add('017-hpboro-clerk-more-time.eml', build([
    ('From', '"Hervey, Joan" <clerk@hpboro.com>'),
    ('To', plus(6)),
    ('Subject', 'RE: OPRA #26-188'),
    ('Date', 'Fri, 25 Sep 2026 16:30:40 -0400'),
    ('Message-ID', '<BN8PR09MB34105C7A0D9E12@BN8PR09MB3410.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<BN8PR09MB3410E2D6F5B1C9@BN8PR09MB3410.namprd09.prod.outlook.com>'),
    ('References', m + ' <BN8PR09MB3410E2D6F5B1C9@BN8PR09MB3410.namprd09.prod.outlook.com>'),
] + outlook('OPRA Request: Borough of Highland Park redevelopment agreements and PILOT payments, 2020-2026', 'AQHbKFe0cMl6q1d2TUm8dP+zj5vT3gABz9Q1'),
text="""Good afternoon,

Regarding OPRA #26-188: the redevelopment files span several redevelopers and
six years, and the Borough Attorney is reviewing the request. The Borough
needs additional time and anticipates a response on or before October 9,
2026. If you do not agree to this extension, please let me know.

Joan Hervey, RMC
Municipal Clerk
"""), 'REQ-006', 'extension', '26-188', estimated='2026-10-09', signals=['thread', 'plus', 'tracking'],
    why='Clerk asks for more time, response expected by Oct 9; NJ table has no extension days, so estimated only')

# 018 KAR itemized cost estimate for WTCPUA (Tex. Gov't Code 552.2615)
add('018-kar-wtcpua-cost-estimate.eml', build([
    ('From', 'Marisol Alvarado <malvarado@karlawtx.com>'),
    ('To', plus(5)),
    ('Subject', 'RE: WTCPUA - Public Information Request W-0926-03 - Itemized Statement of Estimated Charges'),
    ('Date', 'Fri, 25 Sep 2026 17:05:02 -0500'),
    ('Message-ID', '<DM6PR05MB6650F1E7B9@DM6PR05MB6650.namprd05.prod.outlook.com>'),
    ('In-Reply-To', '<DM6PR05MB6650A8C4E2@DM6PR05MB6650.namprd05.prod.outlook.com>'),
    ('References', '<req-005.20260916.2@records.example.org> <DM6PR05MB6650A8C4E2@DM6PR05MB6650.namprd05.prod.outlook.com>'),
] + outlook('WTCPUA - Public Information Request W-0926-03', 'AdmKtp3lM0c5yRkXQ1i5p4Gm0jw9OwAC1vY0'),
text="""Good evening,

On behalf of the West Travis County Public Utility Agency, attached below is
the itemized statement of estimated charges for request W-0926-03, provided
under Section 552.2615 of the Government Code.

  Labor - locating, compiling and reproducing (7 hrs @ $15.00)    $105.00
  Overhead (20% of labor)                                          $21.00
  Paper copies of oversized plan sheets (22 @ $2.75)               $60.50
                                                                  -------
  Estimated total                                                 $186.50

The Agency may require a deposit before producing the information. You may
(1) accept the charges, (2) modify the request, or (3) ask whether the
information is available for inspection instead. If we do not receive a
written response within 10 business days, the request will be considered
withdrawn by operation of law (Sec. 552.2615(b)).

Marisol Alvarado
Kolbeck Alvarado & Rusk, PLLC
"""), 'REQ-005', 'fee_estimate', 'W-0926-03', signals=['thread', 'plus', 'tracking'],
    why='outside counsel sends the PIA itemized cost estimate ($186.50); withdrawn if no answer in 10 business days')

# 019 KAR for Dripping Springs: partial release + AG ruling request notice, PDF only, number only in PDF and its name
letter = ["KOLBECK ALVARADO & RUSK, PLLC", "700 Lavaca Street, Suite 1050, Austin, Texas 78701", "",
  "September 28, 2026", "", "Via email", "", "Re: City of Dripping Springs - Public Information Request PIR #2026-214", "", "Dear Requestor:", "",
  "This firm represents the City of Dripping Springs as City Attorney. The City received your request",
  "for correspondence with the Texas Commission on Environmental Quality concerning the City's",
  "wastewater discharge permit on September 14, 2026.", "",
  "Enclosed with this letter is a link to the information the City is releasing today: the permit",
  "application file, TCEQ notices and the City's public comment responses (412 pages).", "",
  "The City believes that some of the remaining information, consisting of communications with",
  "the City's outside counsel and engineers about the contested case hearing, is excepted from",
  "disclosure under Sections 552.103, 552.107 and 552.111 of the Government Code. The City has",
  "today asked the Office of the Attorney General for a decision; a copy of that letter is enclosed.",
  "You may submit written comments to the Attorney General stating why the information should be",
  "released. The City will release or withhold the remaining information as the ruling directs.", "",
  "Sincerely,", "", "Trent Kolbeck", "Kolbeck Alvarado & Rusk, PLLC", "cc: Andrea Cunningham, City Secretary"]
add('019-kar-dripping-partial-ag-pdf.eml', build([
    ('From', 'Bonnie Reyes <breyes@karlawtx.com>'),
    ('To', INBOX),
    ('Subject', 'Public Information Request'),
    ('Date', 'Mon, 28 Sep 2026 11:15:33 -0500'),
    ('Message-ID', '<DM6PR05MB66502C4D8E@DM6PR05MB6650.namprd05.prod.outlook.com>'),
] + outlook('Public Information Request', 'AdmLQ7u9w2b1Z0hVSx8k2P0Pp4cLdw=='),
text="""Please see attached correspondence sent on behalf of our client. The
release files are available for 30 days at:
https://karlawtx.sharefile.com/d-s8f2a1b7c0e94

Bonnie Reyes
Legal Assistant to Trent Kolbeck
Kolbeck Alvarado & Rusk, PLLC
""", attachments=[('PIR 2026-214 - Ltr to Requestor (AG notice).pdf', 'application/pdf', pdf(letter, 'PIR 2026-214'))]),
    'REQ-004', 'records_interim', '2026-214', signals=['tracking-filename', 'tracking-attachment'],
    why='city attorney firm releases part and asks the AG to rule on the rest; client and number only in the PDF and its name')

# 020 HR consultant for Rangeview Library District acknowledges, threaded
m = req_mid(11, '2026-09-28')
add('020-summithr-rangeview-ack.eml', build([
    ('From', 'Janelle Mercer <jmercer@summitpeakhr.com>'),
    ('To', plus(11)),
    ('Cc', 'records@anythinklibraries.org'),
    ('Subject', 'RE: CORA Request: Rangeview Library District personnel investigation records and executive director separation agreement'),
    ('Date', 'Mon, 28 Sep 2026 13:40:05 -0600'),
    ('Message-ID', '<CAF8qL0c+2mQ7@mail.gmail.com>'),
    ('In-Reply-To', m), ('References', m),
], text="""Hello,

I'm the contracted human resources consultant for Rangeview Library District
(Anythink). The District's records custodian has asked me to handle requests
that involve personnel files, so I'll be your contact on this one.

Your request came in today, September 28. I'll be in touch within the three
working days CORA allows.

Best,
Janelle Mercer, SPHR
Summit Peak HR Partners
Contract HR services to Rangeview Library District
"""), 'REQ-011', 'acknowledgment', None, clock='received_on_sent_date', signals=['thread', 'plus'],
    why='contract HR consultant (own domain) acknowledges for the library district; received Sep 28 (= sent)')
