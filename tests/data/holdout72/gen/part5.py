"""Messages 041-050."""
from common import *

# 041 MI detailed cost itemization via JustFOIA, deposit required
m = justfoia('041', date('2026-10-09 11:20', 'ET'), 'Sauk Trail Township - Request 26-0117: Fee Estimate', wrap("""
A fee estimate has been issued for request 26-0117.

Sauk Trail Township - Detailed Cost Itemization (MCL 15.234)

  Labor - search, locate and examine: 3.0 hrs x $24.18 = $72.54
  Labor - separate and delete exempt information: 1.5 hrs x $24.18 = $36.27
  Labor - duplication/electronic copies: 1.0 hr x $24.18 = $24.18
  Non-paper physical media: $0.00
  Paper copies: 0 pages
  Mailing: $0.00
  Total estimated fee: $132.99

Because the estimated fee exceeds $50.00, a good-faith deposit of 50% ($66.50) is required before the Township will
process the request (MCL 15.234(8)). The Township's best efforts estimate of the time to complete the response after
receipt of the deposit is 10 business days.

Pay online or by check to Sauk Trail Township, 4600 Bankers Rd, Hillsdale, MI 49242.
"""), 'Sauk Trail Township, Hillsdale County')
save('041-sauktrail-justfoia-cost-itemization.eml', m, request='REQ-010', kind='fee_estimate', tracking_number='26-0117',
     signals=['tracking', 'subject'], why='Michigan detailed cost itemization, $132.99 with a 50% deposit required before processing')

# 042 TX itemized statement of estimated charges via GovQA
t = wrap("""
Dear Records Desk,

Regarding request R000377-100526: the charges to fulfill your request will exceed $40.00. In accordance with
Section 552.2615 of the Texas Government Code, the District provides this itemized statement of estimated charges:

  Labor (locating, compiling, manipulating data): 7.5 hours x $15.00 = $112.50
  Overhead (20% of labor): $22.50
  Copies (electronic, redaction of account numbers): 312 pages x $0.10 = $31.20
  Total estimated charges: $166.20

A less costly alternative: the Board travel claims alone (without credit card statements) are estimated at $38.40.

You must respond in writing within 10 business days stating that you accept the charges, that you wish to modify the
request, or that you have sent a complaint to the Office of the Attorney General. If you do not respond, the request
will be considered withdrawn by operation of law (Section 552.2615(b)).

Please log in to respond: https://lavacahillshd.mycusthelp.com/WEBAPP/_rs/supporthome.aspx
""")
m = govqa(date('2026-10-12 14:00'), 'Public Information Request :: R000377-100526 - Cost Estimate', t, '042')
save('042-lavacahills-govqa-itemized-estimate.eml', m, request='REQ-014', kind='fee_estimate', tracking_number='R000377-100526',
     signals=['tracking'], why='TX 552.2615 itemized statement ($166.20, cheaper alternative $38.40); 10 business days to respond or withdrawn')

# 043 Exchange Online NDR from the recipient's tenant (commissioner address on a request cc)
r = REQS['REQ-015']
b = 'B_' + 'c91f0e4a2d7b'
ndr = f"""From: postmaster@northlaurelwater.onmicrosoft.com
To: records+req-015@records.example.org
Subject: Undeliverable: {r['subject']}
Date: {date('2026-10-13 10:20', 'ET')}
Message-ID: <8e7c0a1b-1f1d-4b6e-9f3a-5d0d2b6c1a77@DM6PR14MB2210.namprd14.prod.outlook.com>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-Type: text/plain; charset="us-ascii"

Your message to rhayes@northlaurelwater.com couldn't be delivered.

rhayes wasn't found at northlaurelwater.com.

Action Required                 Recipient
Unknown To address              rhayes@northlaurelwater.com

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- Contact the recipient by some other means and verify the address.

Diagnostic information for administrators:
Generating server: DM6PR14MB2210.namprd14.prod.outlook.com
rhayes@northlaurelwater.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns;DM6PR14MB2210.namprd14.prod.outlook.com
Received-From-MTA: dns;mail-relay.records.example.org
Arrival-Date: Tue, 13 Oct 2026 14:20:03 +0000

Final-Recipient: rfc822;rhayes@northlaurelwater.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--{b}
Content-Type: message/rfc822

From: Records Desk <records@records.example.org>
Reply-To: {r['reply_address']}
To: nlwd.office@outlook.com
Cc: rhayes@northlaurelwater.com
Subject: {r['subject']}
Date: Tue, 13 Oct 2026 10:19:48 -0400
Message-ID: {r['message_id']}
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

To the Records Custodian:

Under the Kentucky Open Records Act, KRS 61.870 to 61.884, we request copies of
correspondence between the District and the Public Service Commission about
water rates, rate adjustments or rate cases, January 2025 to date.

Records Desk

--{b}--
"""
save('043-nlaurel-exchange-ndr.eml', ndr.replace('\n', '\r\n'), request='REQ-015', kind='bounce',
     signals=['thread-embedded', 'plus'],
     why='Exchange Online NDR: the commissioner cc address does not exist (5.1.10); original request attached')

# 044 KS records sent by the clerk's husband from his own gmail (unlisted), scans attached
m = new('Ron Hoffmann <ronhoffmann.farm@gmail.com>', 'records@records.example.org', 'Cemetery papers for Deb',
        date('2026-10-14 10:02'), mid('044', 'mail.gmail.com'))
t = wrap("""
Deb asked me to send these since her phone won't attach the scans. This is the budgets, the levy sheets from the
county and the lot book pages 2022 to now for Mill Creek Cemetery. She says no charge for emailing, the check you
sent for paper copies she will send back.

Ron Hoffmann
""")
m.set_content(t)
m.add_alternative('<div dir="ltr">' + t.replace('\n\n', '<br><br>').replace('\n', ' ') + '</div>', subtype='html')
attach_pdf(m, 'Scan_20261013_0001.pdf', ['MILL CREEK CEMETERY DISTRICT NO. 1 - BUDGET 2026',
    'Amount of 2025 ad valorem tax: $8,412   Estimated mill levy: 0.812', 'Expenditures: mowing $5,900; insurance $1,150; ...',
    '', 'LOT SALES - 2022: Lot 14 Blk C $300 (Pfannenstiel) ... 2026: Lot 3 Blk F $400'], 'Scan_20261013_0001')
save('044-millcreek-husband-gmail-scans.eml', m, request='REQ-006', kind='records_final', signals=['subject'],
     why="clerk's husband sends the cemetery budgets, levy sheets and lot book scans from his own gmail; nothing withheld")

# 045 KY ack of second request, stated received date differs from sent
m = new('North Laurel Water District <nlwd.office@outlook.com>', plus('REQ-015'), 'RE: ' + REQS['REQ-015']['subject'],
        date('2026-10-15 09:50', 'ET'), mid('045', 'SN7PR19MB4410.namprd19.prod.outlook.com'))
thread(m, 'REQ-015')
outlook_headers(m, '045')
m.set_content(wrap("""
Good morning,

We have your new open records request about Public Service Commission correspondence. Our office was closed
Tuesday afternoon for the board meeting, so it is logged as received Wednesday, October 14, 2026.

Request number: ORR 26-047

Also Mr. Hayes does not have a district email, please send anything for the commissioners to this office.

Tammy Gentry
Office Manager
"""))
save('045-nlaurel-ack-received-next-day.eml', m, request='REQ-015', kind='acknowledgment', tracking_number='ORR 26-047',
     clock='received:2026-10-14', signals=['thread', 'plus', 'tracking-new'],
     why='ack logs the request as received Oct 14 (sent Oct 13), ORR 26-047; KY 5 business days from Oct 14')

# 046 KY final for the first request
m = new('North Laurel Water District <nlwd.office@outlook.com>', 'records@records.example.org', 'main break logs',
        date('2026-10-16 15:10', 'ET'), mid('046', 'SN7PR19MB4410.namprd19.prod.outlook.com'))
outlook_headers(m, '046')
m.set_content(wrap("""
Here are the main break sheets for 2025 and 2026 (scanned, 63 pages). With the boil water notices sent on the 2nd
that completes ORR 26-031. There is no charge.

Tammy Gentry
North Laurel Water District
"""))
attach_pdf(m, 'Main break logs 2025-2026.pdf', ['NORTH LAUREL WATER DISTRICT - DAILY FIELD REPORT / MAIN BREAK',
    '01/07/2025  Hwy 363 at Sublimity  8" PVC  split  crew: G. Asher  repaired 01/08 14:30',
    '02/16/2025  Keavy Rd  6" DI  freeze  ...', '08/21/2026  Campground Rd  6" PVC  excavation damage (contractor)'], 'Main breaks')
save('046-nlaurel-final-new-subject.eml', m, request='REQ-002', kind='records_final', tracking_number='ORR 26-031',
     signals=['tracking', 'subject'], why='unthreaded, new subject: main-break logs sent, completes ORR 26-031; nothing withheld')

# 047 colleague forwards (as attachment) the LA director's release that went to her after the phone call
inner = new('"Dr. Paul Thibodeaux" <director@btmad.org>', 'Dana Whitfield <dwhitfield@records.example.org>',
            'Spray logs and contract', date('2026-10-16 16:22'), mid('047i', 'btmad.org'))
inner.set_content(wrap("""
Dana,

Good talking with you. As discussed here are the 2026 ground application logs (Jan-Aug), the aerial contract with
Acadiana Aerial Applicators and amendments 1-3, and the aerial flight summaries for each mission, which the contractor
sent at no charge. Since you only need the acreage and dates, we did not order the raw GPS files. That should be
everything for your request.

Paul Thibodeaux, Ph.D.
Director, Bayou Teche Mosquito Abatement District
"""))
attach_pdf(inner, 'BTMAD 2026 application logs and aerial contract.pdf', ['BAYOU TECHE MOSQUITO ABATEMENT DISTRICT',
    'Aerial Application Services Agreement - Acadiana Aerial Applicators, LLC - 2026 season',
    'Mission 2026-07: 07/14/2026  acres 18,400  product: naled  rate 0.5 oz/acre', 'Ground route log Truck 4: 08/03/2026 ...'], 'BTMAD logs')
m = new('Dana Whitfield <dwhitfield@records.example.org>', 'records@records.example.org', 'Fwd: Spray logs and contract',
        date('2026-10-19 09:05'), mid('047', 'records.example.org'))
m.set_content("Bayou Teche mosquito district sent the records to me after my call with the director last week. "
              "Attaching his email for the file. I think this closes it out.\n\nDana\n")
m.add_attachment(inner, filename='Spray logs and contract.eml')
save('047-bayouteche-fwd-as-attachment-final.eml', m, request='REQ-005', kind='records_final', signals=['subject'],
     why='colleague forwards (message/rfc822) the director\'s release to her: logs, contract, flight summaries; complete')

# 048 Ohio: county prosecutor (township counsel) withholds the levy emails in full
m = new('Adam Reinholt <areinholt@clarkcountyprosecutor.org>', 'records@records.example.org',
        'Pleasant Run Township - public records request (fire levy emails)', date('2026-10-20 11:11', 'ET'),
        mid('048', 'clarkcountyprosecutor.org'), cc='pleasantruntwp.fiscal@gmail.com')
m.set_content(wrap("""
Dear Records Desk:

This office serves as legal counsel to Pleasant Run Township under R.C. 309.09. The Township Fiscal Officer has
referred to us the portion of your request, as revised on September 21, seeking emails of the Trustees and the Fire
Chief about the fire levy from January 1 through August 31, 2026.

The Trustees and the Chief searched their accounts. The only responsive emails are communications between the
Trustees and this office requesting and receiving legal advice on the levy resolutions and ballot language. Those
communications are protected by the attorney-client privilege and are excepted from disclosure under R.C.
149.43(A)(1)(v). They are therefore withheld in their entirety. No other responsive records were located.

Sincerely,

Adam Reinholt
Assistant Prosecuting Attorney, Civil Division
"""))
save('048-pleasantrun-prosecutor-denial.eml', m, request='REQ-008', kind='denial', adverse_determination=True,
     signals=['subject'],
     why='county prosecutor (township counsel, unlisted domain) withholds all levy emails as privileged (R.C. 149.43(A)(1)(v)); OH no appeal window')

# 049 IN interim release via JustFOIA with a staff message and estimate
m = justfoia('049', date('2026-10-21 10:45', 'ET'), 'Documents released for request 2026-RSD-0042', wrap("""
Records Coordinator released 3 document(s) for request 2026-RSD-0042 and added a message:

"Attached are the SSO reports submitted to IDEM for 2024, 2025 and 2026 through September. Thank you for narrowing
the correspondence portion to the Agreed Order and the Long Term Control Plan, January 2024 to date. The email search
is running now and will need review; we estimate that part will be completed by November 20, 2026."

Documents: SSO_Reports_2024.pdf, SSO_Reports_2025.pdf, SSO_Reports_2026_YTD.pdf
View or download: https://tcrsd.justfoia.com/publicportal/home/track
"""), 'Tippecanoe Creek Regional Sewer District')
save('049-tippecanoe-justfoia-interim.eml', m, request='REQ-011', kind='records_interim', tracking_number='2026-RSD-0042',
     estimated='2026-11-20', signals=['tracking'], why='portal release of the SSO reports; IDEM correspondence estimated by Nov 20')

# 050 KY no records for the PSC request
m = new('North Laurel Water District <nlwd.office@outlook.com>', plus('REQ-015'), 'RE: ORR 26-047',
        date('2026-10-21 14:30', 'ET'), mid('050', 'SN7PR19MB4410.namprd19.prod.outlook.com'))
thread(m, 'REQ-015', [mid('045', 'SN7PR19MB4410.namprd19.prod.outlook.com')])
outlook_headers(m, '050')
m.set_content(wrap("""
Response to ORR 26-047:

After a search of the office files and the manager's email, the District has no records responsive to your request.
The District has not applied for a rate adjustment or had a rate case before the Public Service Commission since
2019, and there was no correspondence with the PSC about rates in 2025 or 2026. The District's annual reports to the
PSC are posted on the PSC website.

Tammy Gentry
Records Custodian
"""))
save('050-nlaurel-no-records.eml', m, request='REQ-015', kind='no_records', tracking_number='ORR 26-047',
     adverse_determination=True, signals=['thread', 'plus', 'tracking'],
     why='no responsive PSC correspondence in 2025-2026 (KY: no appeal window in the table)')

write_facts('part5')
