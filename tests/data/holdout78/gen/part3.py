"""Messages 021-030."""
from lib import add, build, pdf, outlook, gg, req_mid, plus, INBOX

# 021 Reclamation FOIA mailbox auto-response
m = req_mid(12, '2026-09-29')
add('021-usbr-autoresponse.eml', build([
    ('From', 'Reclamation FOIA <foia@usbr.gov>'),
    ('To', plus(12)),
    ('Subject', 'Automatic reply: FOIA Request: Reclamation WaterSMART grant applications and review scoring for small Colorado water providers, 2023-2026'),
    ('Date', 'Tue, 29 Sep 2026 09:05:21 -0600'),
    ('Message-ID', '<PH0PR09MB7744AA01@PH0PR09MB7744.namprd09.prod.outlook.com>'),
    ('In-Reply-To', m), ('References', m),
    ('Auto-Submitted', 'auto-replied'),
], text="""This is an automated message. Your email has been received by the Bureau
of Reclamation FOIA mailbox. This message is not an acknowledgment of your
FOIA request. Requests are reviewed and assigned a tracking number by the
appropriate FOIA office, which will contact you.

For the status of an existing request, contact the FOIA Public Liaison at
(303) 445-2049.
"""), 'REQ-012', 'auto_reply', signals=['thread', 'plus'],
    why='Reclamation FOIA mailbox auto-response; explicitly says it is not an acknowledgment')

# 022 RecordsBridge fee estimate for Donala (CORA research and retrieval fee), hedged
t = """Reference DWSD-26-0093

Dear Records Desk,

Donala Water and Sanitation District has completed a preliminary search for
PFAS sampling results and consultant reports. The District estimates that
locating, retrieving and reviewing the records will take approximately 6
hours. Under C.R.S. 24-72-205(6) and the District's CORA policy, the first
hour is free and additional time may be charged at $41.37 per hour.

   Estimated research and retrieval: 5 hours x $41.37 = $206.85
   Copies: electronic, no charge

The final charge may be lower if the records take less time to compile. The
District requires payment of the estimate before records are produced. Please
reply to confirm, or narrow the request, through the request page:
https://donala.recordsbridge.com/requests/DWSD-26-0093

RecordsBridge Public Records Services, on behalf of
Donala Water and Sanitation District
"""
add('022-recordsbridge-donala-fee.eml', build([
    ('From', 'Donala Water & Sanitation District via RecordsBridge <notifications@recordsbridge.com>'),
    ('To', plus(10)),
    ('Subject', 'Action Required: Fee Estimate for Request DWSD-26-0093'),
    ('Date', 'Wed, 30 Sep 2026 10:20:44 -0600'),
    ('Message-ID', '<rb.dwsd.0093.2.1789488044@mailer.recordsbridge.com>'),
], text=t, html='<html><body style="font-family:Arial;font-size:13px">' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t.split('\n\n')) + '</body></html>'),
    'REQ-010', 'fee_estimate', 'DWSD-26-0093', signals=['plus', 'tracking'],
    why='vendor sends CORA research fee estimate ($206.85, payment before production); hedged "may be charged"')

# 023 MOA attorney asks for a call about the Sheriff contract request (other), no tracking number
add('023-moa-lathrop-call-request.eml', build([
    ('From', 'Julia Ferrante <jferrante@moallp.com>'),
    ('To', INBOX),
    ('Subject', 'Lathrop - your request re police services'),
    ('Date', 'Thu, 01 Oct 2026 10:05:50 -0700'),
    ('Message-ID', '<SJ0PR11MB51270E6F2A@SJ0PR11MB5127.namprd11.prod.outlook.com>'),
] + outlook('Lathrop - your request re police services', 'AQHbUZq0x3Bq1s4KQXyP1dJ7v2mR0A=='),
text="""Hi there,

I'm working with the City Clerk on your request for the Sheriff's Office
contract and overtime billing. Would you have 10 minutes for a call this
week or next? The billing statements are prepared by the County and I want
to make sure we understand which statements you are after before the City
goes further.

You can reach me at (209) 555-0184.

Julia Ferrante
Marchetti Oyelaran LLP | Deputy City Attorney, City of Lathrop
"""), 'REQ-008', 'other', signals=['subject'],
    why='outside city attorney asks for a phone call on the Sheriff contract request; same sender also handles REQ-001 and REQ-002')

# 024 Highland Park BOE Business Administrator acknowledges the clarified request (received Sep 30)
add('024-hpboe-ba-ack-clarified.eml', build([
    ('From', 'Michael Grosso <mgrosso@hpschools.net>'),
    ('To', INBOX),
    ('Cc', 'Kevin Brennan <kbrennan@dwblawnj.com>'),
    ('Subject', 'OPRA-2026-041 - clarified request received'),
    ('Date', 'Thu, 01 Oct 2026 14:30:00 -0400'),
    ('Message-ID', '<MN2PR07MB6011E4B21F@MN2PR07MB6011.namprd07.prod.outlook.com>'),
], text="""Good afternoon,

Mr. Brennan forwarded your clarification (invoices from the Board's labor
counsel and special education counsel, January 2024 to present). The Board
considers the clarified request received on September 30, 2026, and the
seven business day response period runs from that date.

Michael Grosso
School Business Administrator / Board Secretary
Highland Park Public Schools
"""), 'REQ-007', 'acknowledgment', 'OPRA-2026-041', clock='received:2026-09-30', signals=['tracking'],
    why='Board Secretary (own) treats the clarified request as received Sep 30 (request sent Sep 16); NJ 7 business days from then')

# 025 Reclamation formal acknowledgment letter with tracking number and OGIS paragraph
add('025-usbr-ack-letter.eml', build([
    ('From', 'Bureau of Reclamation FOIA Office <bor-foia@usbr.gov>'),
    ('To', plus(12)),
    ('Subject', 'Acknowledgment of FOIA Request BOR-2026-00871'),
    ('Date', 'Fri, 02 Oct 2026 12:00:15 -0600'),
    ('Message-ID', '<PH0PR09MB77441B9C@PH0PR09MB7744.namprd09.prod.outlook.com>'),
], text="""United States Department of the Interior
BUREAU OF RECLAMATION
Denver Federal Center, P.O. Box 25007
Denver, CO 80225-0007

84-27100
2.2.4.21

VIA ELECTRONIC MAIL

Records Desk
records+req-012@records.example.org

Re: Freedom of Information Act Request BOR-2026-00871

Dear Requester:

We received your Freedom of Information Act (FOIA) request dated September
29, 2026, on that same date. Your request seeks WaterSMART grant applications
and review panel scoring sheets for Colorado water providers serving fewer
than 10,000 connections, 2023 through 2026. We assigned your request the
control number above; please cite it in any correspondence.

We have classified you as a representative of the news media for fee
purposes (43 CFR 2.38). You will not be charged for search or review; the
first 100 pages of duplication are free.

Our goal is to respond within 20 workdays of receipt. Because portions of the
responsive records were submitted by grant applicants, we may need to give
submitters notice under 43 CFR 2.27 and Executive Order 12600, which may
require additional time.

You may contact our FOIA Public Liaison at (303) 445-2049 for further
assistance. You may also contact the Office of Government Information Services
(OGIS) at the National Archives and Records Administration to inquire about
the FOIA mediation services they offer: ogis@nara.gov; 202-741-5770.

Sincerely,

Cassandra Yellowhorse
Government Information Specialist
"""), 'REQ-012', 'acknowledgment', 'BOR-2026-00871', clock='received_on_sent_date', signals=['plus', 'tracking-new', 'subject'],
    why='formal federal acknowledgment: received Sep 29 (= sent), BOR-2026-00871, media fee category, OGIS; may need more time (hedged)')

# 026 MOA first rolling production for PRA 26-117, multipart
t = """Good afternoon,

On behalf of the City of Lathrop, this is the City's determination on
PRA 26-117. The City has responsive, disclosable records and is producing
them on a rolling basis.

Production 1 (contracts and amendments for the Lathrop Road widening
project, 118 pages) is available here:
https://moallp.sharefile.com/d-7c1e02aa3f

The change order packages are still being reviewed for bidder financial
information exempt under Gov. Code 7927.705 and Evidence Code 1060. The City
expects to complete its production on or before October 30, 2026.

Julia Ferrante
Deputy City Attorney, City of Lathrop
Marchetti Oyelaran LLP
"""
add('026-moa-lathrop-production-1.eml', build([
    ('From', 'Julia Ferrante <jferrante@moallp.com>'),
    ('To', INBOX),
    ('Cc', 'Teresa Vargas <tvargas@ci.lathrop.ca.us>'),
    ('Subject', 'PRA 26-117 - Production 1'),
    ('Date', 'Mon, 05 Oct 2026 15:30:41 -0700'),
    ('Message-ID', '<SJ0PR11MB5127A0B19C@SJ0PR11MB5127.namprd11.prod.outlook.com>'),
] + outlook('PRA 26-117 - Production 1', 'AQHbVXp7a2Lm3s9XP1nG8dqx0A3v1w=='),
text=t, html='<html><body><div style="font-family:Calibri;font-size:11pt">' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t.split('\n\n')) + '</div></body></html>'),
    'REQ-001', 'records_interim', '26-117', estimated='2026-10-30', signals=['tracking', 'subject'],
    why='firm releases first installment for the City and expects to finish by Oct 30 (rolling release)')

# 027 MOA first production for RMCSD water loss audits
add('027-moa-rmcsd-production-1.eml', build([
    ('From', 'Julia Ferrante <jferrante@moallp.com>'),
    ('To', INBOX),
    ('Cc', 'Amelia Strand <districtsecretary@rmcsd.org>'),
    ('Subject', 'RMCSD Public Records Act Request - Production 1'),
    ('Date', 'Tue, 06 Oct 2026 11:00:09 -0700'),
    ('Message-ID', '<SJ0PR11MB5127F38E02@SJ0PR11MB5127.namprd11.prod.outlook.com>'),
] + outlook('RMCSD Public Records Act Request - Production 1', 'AQHbVw2Lh0z8p1E4S9ZyD3v0cQk9Gg=='),
text="""Good morning,

On behalf of Rancho Murieta Community Services District: the District's
validated water loss audits for 2022 through 2025 (the 2026 audit has not yet
been prepared) are available at the link below.

https://moallp.sharefile.com/d-3b99e4d610

The District is still reviewing the closed-session settlement files with its
risk pool and will respond on that part separately.

Julia Ferrante
Marchetti Oyelaran LLP, General Counsel to the District
"""), 'REQ-002', 'records_interim', signals=['subject'],
    why='same firm releases the water loss audits for RMCSD; settlement part still pending')

# 028 RecordsBridge acknowledgment for the second Lodi USD request
add('028-recordsbridge-lodi-ack-2.eml', build([
    ('From', 'Lodi Unified School District Records Center <notifications@recordsbridge.com>'),
    ('To', plus(13)),
    ('Subject', 'Request Received - LUSD-2026-0488'),
    ('Date', 'Tue, 06 Oct 2026 13:15:27 -0700'),
    ('Message-ID', '<rb.lusd.0488.1.1789762527@mailer.recordsbridge.com>'),
], html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px">
<div style="background:#0b4f6c;color:#fff;padding:10px 14px"><b>Lodi Unified School District</b> &middot; Public Records Center</div>
<p>Your public records request has been received and logged.</p>
<table cellpadding="5"><tr><td><b>Request #</b></td><td>LUSD-2026-0488</td></tr>
<tr><td><b>Received</b></td><td>10/05/2026</td></tr>
<tr><td><b>Description</b></td><td>Superintendent / trustee email re: school closures and consolidation</td></tr></table>
<p>The District will notify you of its determination within the time required by law.</p>
<p style="color:#777;font-size:11px">RecordsBridge Public Records Services processes requests on behalf of the District under contract.</p>
</body></html>"""), 'REQ-013', 'acknowledgment', 'LUSD-2026-0488', clock='received_on_sent_date',
    signals=['plus', 'tracking-new', 'subject'],
    why='vendor logs the second Lodi USD request; received 10/05 (= sent), sent a day later')

# 029 MOA paralegal asks whether "the link" worked: hard to place (both firm productions used links)
add('029-moa-paralegal-link-check.eml', build(gg('Devon Akers', 'dakers@moallp.com') + [
    ('To', INBOX),
    ('Subject', 'Download link'),
    ('Date', 'Wed, 07 Oct 2026 09:40:18 -0700'),
    ('Message-ID', '<SJ0PR11MB5127AA9910@SJ0PR11MB5127.namprd11.prod.outlook.com>'),
], text="""Hi,

Julia asked me to check that you were able to open the ShareFile link we
sent yesterday. Our links expire after 14 days, so please download the audit
files before then. Let me know if you need them re-sent.

Devon Akers
Paralegal | Marchetti Oyelaran LLP
"""), 'REQ-002', 'other', signals=['subject'],
    why='firm paralegal checks a download link; only "yesterday" and "audit files" tie it to the RMCSD production of Oct 6 (not Lathrop)')

# 030 HR consultant: investigation records withheld in full; no separation agreement exists (denial)
add('030-summithr-rangeview-denial.eml', build([
    ('From', 'Janelle Mercer <jmercer@summitpeakhr.com>'),
    ('To', plus(11)),
    ('Cc', 'records@anythinklibraries.org'),
    ('Subject', 'Rangeview Library District - response to your CORA request'),
    ('Date', 'Wed, 07 Oct 2026 15:00:52 -0600'),
    ('Message-ID', '<CAF8qL0dWw9R3@mail.gmail.com>'),
    ('In-Reply-To', '<CAF8qL0c+2mQ7@mail.gmail.com>'),
    ('References', req_mid(11, '2026-09-28') + ' <CAF8qL0c+2mQ7@mail.gmail.com>'),
], text="""Hello,

Here is the District's response, which I'm sending at the request of the
District's records custodian.

1. Personnel investigation records. The investigation file consists of
interview notes, the investigator's report and related correspondence. These
are personnel files and are withheld in their entirety under C.R.S.
24-72-204(3)(a)(II)(A). Disclosure would also be contrary to the public
interest for the witnesses involved.

2. Executive director separation agreement. The former executive director
resigned; there was no separation agreement, so there is nothing to produce
under C.R.S. 24-72-202(4.5).

Because of this, the District will not be producing any records in response
to your request.

Janelle Mercer, SPHR
Summit Peak HR Partners, for Rangeview Library District
"""), 'REQ-011', 'denial', adverse=True, signals=['thread', 'plus'],
    why='HR consultant withholds the investigation file in full and says no separation agreement exists; CO has no appeal days')
