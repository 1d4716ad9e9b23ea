"""Messages 041-050."""
from lib import add, build, pdf, outlook, gg, req_mid, plus, INBOX

# 041 Colleague forwards the Borough Clerk's acknowledgment of REQ-015 (sent to her directly)
add('041-fwd-hpboro-clerk-ack-uof.eml', build([
    ('From', 'Nadia Okafor <nokafor@records.example.org>'),
    ('To', INBOX),
    ('Subject', 'Fwd: OPRA Request #26-231'),
    ('Date', 'Tue, 20 Oct 2026 09:15:37 -0400'),
    ('Message-ID', '<CAJ7x0pQ2fH8+kD1@mail.gmail.com>'),
], text="""Clerk replied to me instead of the desk address -- logging it here.

---------- Forwarded message ---------
From: Hervey, Joan <clerk@hpboro.com>
Date: Mon, Oct 19, 2026 at 4:52 PM
Subject: OPRA Request #26-231
To: Nadia Okafor <nokafor@records.example.org>


Ms. Okafor,

The Borough received your OPRA request today, October 19, 2026, for Highland
Park Police Department use of force reports for calendar year 2025. It has
been assigned OPRA Request #26-231. The Borough will respond within seven
business days.

Joan Hervey, RMC
Municipal Clerk, Borough of Highland Park
"""), 'REQ-015', 'acknowledgment', '26-231', clock='received_on_sent_date', signals=['subject', 'tracking-new'],
    why='colleague forwards the Borough Clerk acknowledgment (received Oct 19 = sent, OPRA #26-231); NJ 7 business days')

# 042 Newsletter from the Texas firm (same domain as two of our agencies' counsel) - belongs to no request
add('042-kar-client-alert-newsletter.eml', build([
    ('From', 'Kolbeck Alvarado & Rusk <news@karlawtx.com>'),
    ('To', INBOX),
    ('Subject', 'Municipal Law Update: Public Information Act changes for local governments'),
    ('Date', 'Wed, 21 Oct 2026 07:30:00 -0500'),
    ('Message-ID', '<nl.20261021.44817@news.karlawtx.com>'),
    ('List-Unsubscribe', '<https://news.karlawtx.com/unsubscribe?u=44817>'),
    ('Precedence', 'bulk'),
], html="""<html><body style="font-family:Georgia,serif;font-size:14px;max-width:640px">
<h2 style="color:#5b1e1e">Municipal Law Update &mdash; October 2026</h2>
<p><b>Public Information Act: what changed for cities and special districts.</b> The Legislature's
recent amendments tighten the rules on when a governmental body may treat a request as withdrawn,
require cost estimates to be sent by email where the requester used email, and expand the
Attorney General's complaint process under Section 552.328.</p>
<p><b>Practice pointer:</b> Calendar the 10-business-day deadline to request an Attorney General
ruling from the date the request is received, not the date it reaches the City Attorney.</p>
<p><b>Upcoming webinar:</b> "Records requests for water utilities," November 18, 12:00 p.m. CT.</p>
<p style="font-size:11px;color:#777">This update is for general information and is not legal advice.
You are receiving it because you corresponded with our firm. <a href="https://news.karlawtx.com/unsubscribe?u=44817">Unsubscribe</a></p>
</body></html>"""), None, 'other', signals=['none'],
    why='law firm client-alert newsletter from the same domain that answers for two TX agencies; about no request')

# 043 KAR for Dripping Springs asks to clarify REQ-014
add('043-kar-dripping-clarification.eml', build([
    ('From', 'Trent Kolbeck <tkolbeck@karlawtx.com>'),
    ('To', INBOX),
    ('Cc', 'Andrea Cunningham <acunningham@cityofdrippingsprings.com>'),
    ('Subject', 'PIR #2026-251 - request for clarification'),
    ('Date', 'Thu, 22 Oct 2026 10:30:19 -0500'),
    ('Message-ID', '<DM6PR05MB66504F7D1A@DM6PR05MB6650.namprd05.prod.outlook.com>'),
] + outlook('PIR #2026-251 - request for clarification', 'AdmkQp3v1W0b2Y9hVSx8k2P0Pp4cLdwA'),
text="""Good morning,

The City of Dripping Springs has asked our office to assist with PIR
#2026-251. Before the City can search for code enforcement complaints, please
clarify:

  1. Do you want all code enforcement complaints citywide, or only those
     concerning properties operating as short-term rentals?
  2. For short-term rental permits, do you want the permit applications
     (which include owner contact information) or only the permit register?

Under Section 552.222(b) of the Government Code, the City may ask you to
clarify your request. The time for the City to respond is measured from the
date it receives your clarification. If you do not respond within 61 days,
the request will be considered withdrawn (Sec. 552.222(d)).

Trent Kolbeck
Kolbeck Alvarado & Rusk, PLLC | City Attorney, City of Dripping Springs
"""), 'REQ-014', 'clarification', '2026-251', signals=['tracking', 'subject'],
    why='city attorney firm asks to clarify scope under 552.222(b); clock restarts on clarification')

# 044 Lathrop City Clerk releases the Sheriff contract and billing statements (final)
m = req_mid(8, '2026-09-21')
add('044-lathrop-clerk-final-sheriff.eml', build([
    ('From', 'Teresa Vargas <tvargas@ci.lathrop.ca.us>'),
    ('To', plus(8)),
    ('Subject', 'RE: PRA 26-131 - Records'),
    ('Date', 'Fri, 23 Oct 2026 16:00:22 -0700'),
    ('Message-ID', '<CY4PR14MB2210C4E7A1@CY4PR14MB2210.namprd14.prod.outlook.com>'),
    ('In-Reply-To', '<CY4PR14MB2210B1F0@CY4PR14MB2210.namprd14.prod.outlook.com>'),
    ('References', m + ' <CY4PR14MB2210B1F0@CY4PR14MB2210.namprd14.prod.outlook.com>'),
], text="""Hi,

Following your call with Julia Ferrante, attached/linked are the records for
PRA 26-131:

- Agreement for Law Enforcement Services between the City of Lathrop and the
  County of San Joaquin (2022) and Amendments 1-3
- Monthly billing statements from the Sheriff's Office, January 2025 through
  August 2026

https://lathropca.box.com/s/pra26131release

Individual deputy timesheets are kept by the County, not the City; you may
want to contact the San Joaquin County Sheriff's Office for those. Nothing
was redacted. This completes the City's response and the request is closed.

Teresa Vargas, CMC
City Clerk, City of Lathrop
"""), 'REQ-008', 'records_final', '26-131', signals=['thread', 'plus', 'tracking'],
    why='City Clerk (own) releases contract and billing statements in full; timesheets are County records; closed')

# 045 Reclamation takes the 10-workday unusual-circumstances extension, states an estimate
add('045-usbr-extension.eml', build([
    ('From', 'Bureau of Reclamation FOIA Office <bor-foia@usbr.gov>'),
    ('To', plus(12)),
    ('Subject', 'FOIA BOR-2026-00871 - Extension of Time'),
    ('Date', 'Mon, 26 Oct 2026 11:05:33 -0600'),
    ('Message-ID', '<PH0PR09MB7744E8F1@PH0PR09MB7744.namprd09.prod.outlook.com>'),
], text="""Dear Requester:

We are writing regarding your FOIA request BOR-2026-00871. We will be unable
to respond within the 20-workday statutory time limit because unusual
circumstances apply: we need to search for and collect records from field
offices separate from the office processing your request, and to consult
with the grant applicants whose business information appears in the
applications (43 CFR 2.19; 5 U.S.C. 552(a)(6)(B)).

We are therefore taking a 10-workday extension. Because we expect to need
more than 10 additional workdays, you may wish to limit the scope of your
request or agree to an alternative time frame. Our current estimate for
completing your request is January 29, 2027.

You may contact our FOIA Public Liaison, (303) 445-2049, for assistance, or
the Office of Government Information Services (OGIS), National Archives and
Records Administration, 8601 Adelphi Road-OGIS, College Park, MD 20740-6001;
ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.

Cassandra Yellowhorse
Government Information Specialist, Bureau of Reclamation
"""), 'REQ-012', 'extension', 'BOR-2026-00871', clock='extension', estimated='2027-01-29', signals=['plus', 'tracking'],
    why='federal unusual-circumstances extension (+10 workdays on the Oct 28 due date) with an estimated completion of Jan 29, 2027')

# 046 DWB as Borough Attorney: more time for OPRA #26-231 (NJ: estimated only)
add('046-dwb-hpboro-more-time-uof.eml', build([
    ('From', 'Priya Delgado <pdelgado@dwblawnj.com>'),
    ('To', INBOX),
    ('Cc', '"Hervey, Joan" <clerk@hpboro.com>'),
    ('Subject', 'Highland Park OPRA 26-231'),
    ('Date', 'Wed, 28 Oct 2026 11:00:49 -0400'),
    ('Message-ID', '<CH0PR04MB81231E9A22@CH0PR04MB8123.namprd04.prod.outlook.com>'),
] + outlook('Highland Park OPRA 26-231', 'AdmpPq1r0Sx4c7D2ZaQ5W3e0Hh2xOA=='),
text="""Dear Requester:

On behalf of the Borough, we write concerning OPRA request 26-231 for 2025
use of force reports. The Police Department has identified 41 reports that
must be reviewed for information concerning juveniles, victims, and
confidential medical information before release. The Borough requires a
reasonable extension and anticipates providing the redacted reports on or
before November 13, 2026.

Priya Delgado, Esq.
Delgado Whitlock & Brennan, P.C., Borough Attorney
"""), 'REQ-015', 'extension', '26-231', estimated='2026-11-13', signals=['tracking', 'subject'],
    why='Borough Attorney firm extends to Nov 13; NJ table has no extension days, so estimated only')

# 047 MOA for RMCSD: settlement agreements released, privileged memos withheld (final, CA)
add('047-moa-rmcsd-final.eml', build([
    ('From', 'Julia Ferrante <jferrante@moallp.com>'),
    ('To', INBOX),
    ('Cc', 'Amelia Strand <districtsecretary@rmcsd.org>'),
    ('Subject', 'RMCSD Public Records Act Request - Final Response'),
    ('Date', 'Fri, 30 Oct 2026 14:00:17 -0700'),
    ('Message-ID', '<SJ0PR11MB5127B0C3D4@SJ0PR11MB5127.namprd11.prod.outlook.com>'),
    ('In-Reply-To', '<SJ0PR11MB5127F38E02@SJ0PR11MB5127.namprd11.prod.outlook.com>'),
    ('References', '<SJ0PR11MB5127F38E02@SJ0PR11MB5127.namprd11.prod.outlook.com>'),
] + outlook('RMCSD Public Records Act Request - Production 1', 'AQHbVw2Lh0z8p1E4S9ZyD3v0cQk9GgAE2w1k'),
text="""Good afternoon,

This is the District's final response to the remaining part of your
request (settlement agreements reported out of closed session, 2022 to date).

Released: four settlement agreements (2022 employment matter; 2023 and 2025
construction claims; 2024 property damage claim), 37 pages:
https://moallp.sharefile.com/d-91ad0e2c77

Withheld: closed-session memoranda from counsel and the risk pool's claim
evaluations, which are privileged attorney-client communications and attorney
work product (Gov. Code 7927.705; Evid. Code 954; Gov. Code 54956.9). Medical
information of one claimant has been redacted from the 2022 agreement (Gov.
Code 7927.700).

This concludes the District's response.

Julia Ferrante
Marchetti Oyelaran LLP, General Counsel to Rancho Murieta CSD
"""), 'REQ-002', 'records_final', adverse=True, signals=['subject'],
    why='firm, as District counsel, releases settlements and withholds privileged memos; CA has no appeal days')

# 048 RecordsBridge closes LUSD-2026-0488 for non-response to clarification
add('048-recordsbridge-lodi-closed-nonresponse.eml', build([
    ('From', 'Lodi Unified School District Records Center <notifications@recordsbridge.com>'),
    ('To', plus(13)),
    ('Subject', 'Request Closed - LUSD-2026-0488'),
    ('Date', 'Mon, 02 Nov 2026 09:00:05 -0800'),
    ('Message-ID', '<rb.lusd.0488.3.1793638805@mailer.recordsbridge.com>'),
], html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px">
<p>Request <b>LUSD-2026-0488</b> has been closed.</p>
<p><b>Reason:</b> No response to the District's request for clarification sent on 10/14/2026. The
District considers the request withdrawn. No records will be produced.</p>
<p>You may submit a new request at any time at
<a href="https://lodiusd.recordsbridge.com">lodiusd.recordsbridge.com</a>.</p>
<p style="color:#777;font-size:11px">RecordsBridge Public Records Services, on behalf of Lodi Unified School District.</p>
</body></html>"""), 'REQ-013', 'denial', 'LUSD-2026-0488', adverse=True, signals=['plus', 'tracking'],
    why='vendor closes the request as withdrawn for no answer to the clarification; no records will be produced (CA, no appeal days)')

# 049 RecordsBridge final release for LUSD-2026-0412
add('049-recordsbridge-lodi-final.eml', build([
    ('From', 'Lodi Unified School District Records Center <notifications@recordsbridge.com>'),
    ('To', plus(3)),
    ('Subject', 'Records Released - LUSD-2026-0412 (Closed)'),
    ('Date', 'Tue, 03 Nov 2026 10:00:40 -0800'),
    ('Message-ID', '<rb.lusd.0412.4.1793728840@mailer.recordsbridge.com>'),
], text="""Lodi Unified School District - Request LUSD-2026-0412

Thank you for your payment. The District has released all responsive records:

  - Transportation services contracts and amendments, 2019-2026 (1,150 pages)
  - Board Policy and Administrative Regulation 3542 (School Bus Drivers) and
    the Transportation Department's driver background check procedure
  - Board agenda items approving the contracts

Documents: https://lodiusd.recordsbridge.com/requests/LUSD-2026-0412/documents

No records were withheld. This request is now closed.

RecordsBridge Public Records Services, on behalf of Lodi Unified School District
"""), 'REQ-003', 'records_final', 'LUSD-2026-0412', signals=['plus', 'tracking'],
    why='vendor releases all records for the District and closes the request; nothing withheld')

# 050 RecordsBridge final installment for Donala with deliberative drafts withheld
add('050-recordsbridge-donala-final.eml', build([
    ('From', 'Donala Water & Sanitation District via RecordsBridge <notifications@recordsbridge.com>'),
    ('To', plus(10)),
    ('Subject', 'Records Available: DWSD-26-0093 (Installment 2 of 2) - Request Closed'),
    ('Date', 'Thu, 05 Nov 2026 15:00:21 -0700'),
    ('Message-ID', '<rb.dwsd.0093.5.1793916021@mailer.recordsbridge.com>'),
], text="""Installment 2 of 2 for request DWSD-26-0093 is ready.

Released: final PFAS treatment alternatives evaluation (consultant report,
March 2026) and the District's PFAS public notice materials.

Withheld: two draft versions of the consultant report and the District
Manager's comments on them, under C.R.S. 24-72-204(3)(a)(XIII) (deliberative
process). The final report has been released in full.

Download: https://donala.recordsbridge.com/requests/DWSD-26-0093/documents

Your request is now closed. Final charge: $165.48; a refund of $41.37 will be
issued.

RecordsBridge Public Records Services, for Donala Water and Sanitation District
"""), 'REQ-010', 'records_final', 'DWSD-26-0093', adverse=True, signals=['plus', 'tracking'],
    why='vendor releases the final installment, withholds draft reports as deliberative; CO has no appeal days')
