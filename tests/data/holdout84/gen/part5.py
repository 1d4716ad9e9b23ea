from lib import *

# 027 NextRequest message carrying a staff clarification question
msg('027-denver-clarify.eml', 'City and County of Denver <noreply@mail.nextrequest.com>', 'records@ledger.example.org',
    'Wed, 07 Oct 2026 09:55:13 -0600', '[Records Request] Record request #26-1347 - message from City and County of Denver',
    '<a41f6c09-2e77-4d15-8c0e-26-1347-msg@mail.nextrequest.com>',
    text="""Message from Department of Housing Stability staff about record request #26-1347:

"Hello - cleanup notices are posted by several agencies and are not filed by
date. Can you please clarify whether you want (1) the notices themselves for every
cleanup, or (2) the cleanup schedule log, which lists each posting location and
date? Also, for costs, would the monthly invoice summaries from our contractor be
sufficient, or do you need the individual work orders? We will hold your request
until we hear back. - Jonah, HOST Records"

Respond to this message: https://denvergov.nextrequest.com/requests/26-1347
Replies to this email are not monitored.
""", fact=F('REQ-012', 'clarification', '26-1347', signals=['tracking', 'subject'],
           why='NextRequest message with staff text asking which notices and cost records we want; request on hold'))

# 028 USACE extension, Outlook, OGIS paragraph
msg('028-usace-extension.eml', '"Akiyama, Lorraine K CIV USARMY CESPK (USA)" <Lorraine.K.Akiyama@usace.army.mil>', 'Records Desk <records@ledger.example.org>',
    'Thu, 08 Oct 2026 07:27:45 -0700', 'RE: FA-26-0212 - status?', '<PH0PR09MB7713D5@PH0PR09MB7713.namprd09.prod.outlook.com>',
    cc='spk-foia@usace.army.mil', irt='<req-005.20260925.2@ledger.example.org>',
    refs=rmid('REQ-005') + ' <PH0PR09MB7713C4A5F0B@PH0PR09MB7713.namprd09.prod.outlook.com> <req-005.20260925.2@ledger.example.org>',
    extra=[('Thread-Topic', 'FA-26-0212 - status?')],
    text="""Good afternoon,

Back in the office and catching up. Regarding FA-26-0212: the permit file contains
approximately 38,000 pages, and portions originated with the California Department
of Water Resources and the U.S. Fish and Wildlife Service, which we must consult.
Under 5 U.S.C. 552(a)(6)(B)(i) we are extending the response deadline by ten working
days for unusual circumstances. Realistically, the first release will take longer;
our current estimate for a first interim release is November 20, 2026.

You may contact me to narrow the scope, or you may seek assistance from the Army
FOIA Public Liaison or OGIS (ogis@nara.gov; 1-877-684-6448).

V/r,
Lorraine Akiyama
FOIA/Privacy Act Officer, USACE Sacramento District

CONFIDENTIALITY NOTICE: This message may contain Controlled Unclassified
Information. Any review or use by persons other than the intended recipient is
prohibited.

-----Original Message-----
From: Records Desk <records@ledger.example.org>
Sent: Friday, September 25, 2026 11:01 AM
To: Akiyama, Lorraine K CIV USARMY CESPK (USA) <Lorraine.K.Akiyama@usace.army.mil>
Subject: FA-26-0212 - status?

Hi Lorraine, checking on our Delta Conveyance permit file request. Any idea of timing?
""", fact=F('REQ-005', 'extension', 'FA-26-0212', clock='extension', estimated='2026-11-20', signals=['thread', 'tracking'],
           why='USACE invokes 10-working-day unusual-circumstances extension; first interim release estimated Nov 20'))

# 029 MassDOT acknowledges REQ-009 on the old REQ-008 thread
msg('029-massdot-ack-req9-old-thread.eml', 'Dwyer, Colleen (DOT) <colleen.dwyer@dot.state.ma.us>', 'Records Desk <records@ledger.example.org>',
    'Thu, 08 Oct 2026 10:41:38 -0400', 'RE: PRR-26-0417 Acknowledgment - Route 9 crash data', '<MN2PR09MB4410D9@MN2PR09MB4410.namprd09.prod.outlook.com>',
    irt='<MN2PR09MB4410C7@MN2PR09MB4410.namprd09.prod.outlook.com>',
    refs=rmid('REQ-008') + ' <MN2PR09MB4410B1@MN2PR09MB4410.namprd09.prod.outlook.com> <req-008.20260929.2@ledger.example.org> <MN2PR09MB4410C7@MN2PR09MB4410.namprd09.prod.outlook.com>',
    text="""Hi,

Using this thread because it is the one I have open - note this is about your NEW
request. Your request of October 5 for tolling gantry image retention policies and
deletion logs was received that day and is logged as PRR26-0502. It has gone to the
Highway Division's tolling operations unit. We will respond within ten business days.

(Still waiting on payment or written agreement for the $312.50 on the Route 9 RSAs.)

Colleen Dwyer | Records Access Officer | MassDOT

-----Original Message-----
From: Dwyer, Colleen (DOT)
Sent: Friday, October 2, 2026 3:18 PM
To: Records Desk <records@ledger.example.org>
Subject: RE: PRR-26-0417 Acknowledgment - Route 9 crash data

My answers are below, marked CD>>. In short: the crash extracts are free, but the
road safety audits require staff time, so there is a fee. [...]
""", fact=F('REQ-009', 'acknowledgment', 'PRR26-0502', clock='received_on_sent_date', signals=['subject', 'tracking-new'],
           why='MassDOT acknowledges the tolling request (received 10/5 = sent) as PRR26-0502 inside the REQ-008 thread; headers and subject point to REQ-008'))

# 030 EGLE fee estimate with itemized PDF, deposit required
FL = ["Michigan Department of Environment, Great Lakes, and Energy", "FREEDOM OF INFORMATION ACT - DETAILED COST ITEMIZATION",
      "", "Request: FOIA-26-1093          Date: October 9, 2026", "Requester: Records Desk, The Ledger", "",
      "Labor - search, locate, examine (22.0 hrs x $28.41)             $625.02",
      "Labor - separate and delete exempt material (4.0 hrs x $28.41)   $113.64",
      "Fringe benefits (capped at 50%)                                 $369.33",
      "Less: labor reduction for documented indigence / public interest  -$735.19",
      "Duplication - electronic media (1 USB drive)                      $0.00",
      "                                                   TOTAL       $372.80",
      "", "Good-faith deposit required (50%):                              $186.40", "",
      "The Department will not process your request further until the deposit is received.",
      "If the deposit is not received within 45 days of this notice, the request will be considered",
      "abandoned (MCL 15.234(8)). Estimated time to complete after deposit: 20 business days.",
      "This estimate is provided under MCL 15.234(3) and is not binding beyond 20%."]
msg('030-egle-fee-deposit-pdf.eml', 'EGLE-FOIA <EGLE-FOIA@michigan.gov>', 'records@ledger.example.org',
    'Fri, 09 Oct 2026 15:02:26 -0400', 'FOIA-26-1093 Fee Notice', '<CH3PR09MB8123E4@CH3PR09MB8123.namprd09.prod.outlook.com>',
    text="""Please find attached the Department's response to your Freedom of Information Act
request. Your request is granted as to records that exist and are not exempt;
processing requires payment of the good-faith deposit shown in the attached
itemization before we continue.

EGLE FOIA Coordinator's Office
P.O. Box 30473, Lansing, MI 48909
""", attach=[('FOIA-26-1093_Cost_Itemization.pdf', pdf(FL, 'Cost Itemization'), 'application', 'pdf')],
    fact=F('REQ-010', 'fee_estimate', 'FOIA-26-1093', signals=['tracking', 'subject'],
           why='EGLE itemized cost sheet (PDF): $372.80, 50% deposit $186.40 required before processing; no threading headers'))

# 031 OSHA fee notice, hedged
msg('031-osha-fee-may.eml', '"Nguyen, Bao - OSHA" <Nguyen.Bao@dol.gov>', 'Records Desk <records@ledger.example.org>',
    'Tue, 13 Oct 2026 11:36:54 -0500', 'RE: FOIA 2026-F-09140 heat illness complaints - Region 5', '<CY8PR09MB9114A1@CY8PR09MB9114.namprd09.prod.outlook.com>',
    cc='"Boyle, Kendra M - OSHA" <Boyle.Kendra.M@dol.gov>',
    text="""Good morning,

I'm the Region 5 disclosure officer working on 2026-F-09140. Our search located
about 1,150 pages of complaint and referral files. As a news media requester you
are entitled to the first 100 pages free; duplication beyond that may be charged
at $0.04 per page for electronic scans, so fees could be roughly $42.00. Because
this is above the $25 threshold in 29 CFR 70.40, we need your written agreement to
pay up to that amount, or a narrowed request, before we can continue. If we do not
hear from you in 20 working days we may close the request.

Please note the fee waiver question on your other request (2026-F-08812) is being
handled by the national office and does not affect this one.

Bao Nguyen
Regional FOIA Disclosure Officer, OSHA Region V, Chicago
230 S. Dearborn St., Room 3244, Chicago, IL 60604

This communication may contain sensitive information. Please do not forward
outside your organization without the sender's permission.
""", fact=F('REQ-002', 'fee_estimate', '2026-F-09140', signals=['tracking', 'subject'],
           why='OSHA Region V: fees "may" be about $42; written agreement needed before continuing; mentions our other request 2026-F-08812; no thread headers'))

# 032 SecureRelease status change, no content
msg('032-fema-securerelease-status.eml', 'DHS SecureRelease <no-reply@securerelease.us>', 'records@ledger.example.org',
    'Wed, 14 Oct 2026 07:15:00 -0400', 'Request 2026-FEFO-00817 Status Update', '<sr.2026-FEFO-00817.st3@securerelease.us>',
    text="""The status of your request 2026-FEFO-00817 has changed.

New status: In Process

Log in to https://securerelease.us to view details and any correspondence.
Please do not reply to this message.
""", fact=F('REQ-003', 'portal_notice', '2026-FEFO-00817', signals=['tracking', 'subject'],
           why='SecureRelease status change to In Process; no substantive text'))

# 033 GovQA request updated
msg('033-columbus-govqa-updated.eml', 'City of Columbus Public Records Center <columbusoh@govqa.us>', 'records@ledger.example.org',
    'Thu, 15 Oct 2026 12:03:45 -0400', 'Public Records Request :: R002318-092126 has been updated', '<c4d5b6a7e8f94a10.R002318u1@govqa.us>',
    html="""<html><body style="font-family:Verdana;font-size:12px"><p>Dear Records Desk,</p>
<p>Your public records request <b>R002318-092126</b> has been updated. To view the update, please log in to the
<a href="https://columbusoh.govqa.us/WEBAPP/_rs/">Public Records Center</a> and select "My Request Center".</p>
<p><i>This is an automated notice. Please do not reply.</i></p></body></html>""",
    fact=F('REQ-014', 'portal_notice', 'R002318-092126', signals=['tracking', 'subject'],
           why='GovQA says R002318-092126 was updated; log in to see it'))

# 034 DEC refers part of the Hoosick Falls request to the Department of Health
msg('034-nysdec-referral-doh.eml', 'Fitzpatrick, Gerald (DEC) <gerald.fitzpatrick@dec.ny.gov>', 'records@ledger.example.org',
    'Fri, 16 Oct 2026 10:20:09 -0400', 'RE: FOIL W054871-090826 - questions', '<MW4PR09MB9901E8@MW4PR09MB9901.namprd09.prod.outlook.com>',
    cc='Priya Raman <praman@ledger.example.org>', irt='<MW4PR09MB9901D2@MW4PR09MB9901.namprd09.prod.outlook.com>',
    refs=rmid('REQ-006') + ' <MW4PR09MB9901C7@MW4PR09MB9901.namprd09.prod.outlook.com> <MW4PR09MB9901D2@MW4PR09MB9901.namprd09.prod.outlook.com>',
    text="""Hello again - different request, same thread, apologies.

On W055630-092926 (Saint-Gobain / Hoosick Falls correspondence): a large share of
the correspondence you describe concerns the municipal water system and blood
testing, which is maintained by the NYS Department of Health, not DEC. I have
forwarded that portion of your request to the DOH Records Access Office
(foil@health.ny.gov), which will contact you directly with its own number. DEC
continues to process the remainder.

Nothing new yet on the PFAS spill request below.

Gerald Fitzpatrick
Records Access Officer, NYS DEC

From: Fitzpatrick, Gerald (DEC)
Sent: Tuesday, October 6, 2026 4:05 PM
To: records@ledger.example.org
Cc: Priya Raman; Ruiz, Anita (DEC); Park, Hyun-woo (DEC)
Subject: RE: FOIL W054871-090826 - questions

Thank you for the answers. With the scope now set, the Division of Environmental
Remediation has identified roughly 2,300 pages across eight counties. [...]
""", fact=F('REQ-007', 'other', 'W055630-092926', signals=['tracking'],
           why='referral of part of the Hoosick Falls request to DOH, sent inside the REQ-006 thread (headers/subject point to REQ-006)'))

# 035 Denver final release by staff
msg('035-denver-final.eml', 'Maritza Quintana <maritza.quintana@denvergov.org>', 'records@ledger.example.org',
    'Tue, 20 Oct 2026 16:12:31 -0600', 'RE: CORA #26-1182 - Suncor area complaints - records released',
    '<SJ0PR09MB6150A9@SJ0PR09MB6150.namprd09.prod.outlook.com>', cc='cora@denvergov.org',
    irt='<SJ0PR09MB6150F2@SJ0PR09MB6150.namprd09.prod.outlook.com>', refs='<SJ0PR09MB6150F2@SJ0PR09MB6150.namprd09.prod.outlook.com>',
    text="""Hello,

All responsive records for #26-1182 have been uploaded to the request page:
  - Air quality complaint log, Jan 2024 - Sep 2026 (XLSX, 1,912 rows)
  - 37 inspection reports (PDF)
  - 4 notices of violation and 1 compliance advisory (PDF)
No records were withheld. Complainant names and phone numbers were never entered in
the exported fields, so no redaction was needed. There is no charge. This request
is now closed.

Maritza Quintana
Records Coordinator | Denver Department of Public Health & Environment

> On Sep 22, 2026, at 3:30 PM, Maritza Quintana <maritza.quintana@denvergov.org> wrote:
>
> Hello,
>
> I'm the records coordinator for Denver Public Health & Environment. [...]
> we are extending the response time on #26-1182 by seven (7) working days [...]
>
>> On Sep 11, 2026, at 5:20 PM, City and County of Denver <noreply@mail.nextrequest.com> wrote:
>>
>> Your record request #26-1182 has been submitted.
""", fact=F('REQ-011', 'records_final', '26-1182', signals=['tracking', 'subject'],
           why='DDPHE releases all records, nothing withheld, request closed (CO, no appeal_due)'))

# 036 Postfix DSN: our reply to the GovQA no-reply address bounced
raw('036-columbus-bounce.eml', """From: Mail Delivery System <MAILER-DAEMON@mx2.govqa.us>
To: records@ledger.example.org
Date: Thu, 22 Oct 2026 14:10:51 +0000
Subject: Undelivered Mail Returned to Sender
Message-ID: <20261022141051.6A2C1E0041@mx2.govqa.us>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status; boundary="pf.6A2C1E0041"

--pf.6A2C1E0041
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.govqa.us.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<columbusoh@govqa.us>: host store.govqa.us said: 550 5.7.1 This address does
    not accept replies. Please use the Public Records Center.

--pf.6A2C1E0041
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.govqa.us
Arrival-Date: Thu, 22 Oct 2026 14:10:49 +0000

Final-Recipient: rfc822; columbusoh@govqa.us
Action: failed
Status: 5.7.1

--pf.6A2C1E0041
Content-Type: message/rfc822

From: Records Desk <records@ledger.example.org>
Reply-To: records+req-014@ledger.example.org
To: City of Columbus Public Records Center <columbusoh@govqa.us>
Subject: RE: Public Records Request :: R002318-092126 has been updated
Date: Thu, 22 Oct 2026 10:10:44 -0400
Message-ID: <req-014.20261022.2@ledger.example.org>
In-Reply-To: <c4d5b6a7e8f94a10.R002318u1@govqa.us>
References: <req-014.20260921.1@ledger.example.org> <c4d5b6a7e8f94a10.R002318u1@govqa.us>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

We could not find the update in the portal. Can you tell us what changed?

--pf.6A2C1E0041--
""", F('REQ-014', 'bounce', why='Postfix DSN: our reply to the GovQA no-reply address for R002318-092126 was refused',
       signals=['thread-embedded', 'plus']))
