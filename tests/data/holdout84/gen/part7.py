from lib import *

# 047 Exchange NDR: the FEMA analyst's mailbox no longer exists
raw('047-fema-bounce-user-unknown.eml', """From: postmaster@fema.dhs.gov
To: records@ledger.example.org
Date: Wed, 18 Nov 2026 15:02:33 +0000
Subject: Undeliverable: RE: RE: FEMA FOIA Acknowledgment - status?
Message-ID: <5e2d1c0b-9a8f-47e6-b5d4-c3b2a1908f7e@fema.dhs.gov>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status; boundary="ndr_fema_77"

--ndr_fema_77
Content-Type: text/plain; charset="us-ascii"

Your message to tomasz.wierzbicki@fema.dhs.gov couldn't be delivered.

tomasz.wierzbicki wasn't found at fema.dhs.gov.

Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

--ndr_fema_77
Content-Type: message/delivery-status

Reporting-MTA: dns; SA1PR09MB8847.namprd09.prod.outlook.com

Final-Recipient: rfc822; tomasz.wierzbicki@fema.dhs.gov
Action: failed
Status: 5.1.1

--ndr_fema_77
Content-Type: text/rfc822-headers

From: Records Desk <records@ledger.example.org>
To: Wierzbicki, Tomasz <tomasz.wierzbicki@fema.dhs.gov>
Subject: RE: RE: FEMA FOIA Acknowledgment - status?
Date: Wed, 18 Nov 2026 10:02:20 -0500
Message-ID: <req-003.20261118.5@ledger.example.org>
In-Reply-To: <SA1PR09MB8847F93@SA1PR09MB8847.namprd09.prod.outlook.com>
References: <req-003.20260909.1@ledger.example.org> <SA1PR09MB8847F93@SA1PR09MB8847.namprd09.prod.outlook.com>

--ndr_fema_77--
""", F('REQ-003', 'bounce', why='FEMA NDR: our follow-up to the departed HMGP analyst failed; REQ-003 Message-ID in the returned References',
       signals=['thread-embedded']))

# 048 FEMA first interim release for HMGP, new analyst, top-posted
msg('048-fema-interim-req3.eml', 'Pierce, Sharonda <sharonda.pierce@fema.dhs.gov>', 'Records Desk <records@ledger.example.org>',
    'Thu, 19 Nov 2026 11:44:02 -0500', 'RE: RE: RE: FEMA FOIA Acknowledgment - status?', '<SA1PR09MB8847H21@SA1PR09MB8847.namprd09.prod.outlook.com>',
    cc='FEMA FOIA <fema-foia@fema.dhs.gov>', irt='<req-003.20261118.5@ledger.example.org>',
    refs=rmid('REQ-003') + ' <SA1PR09MB8847F93@SA1PR09MB8847.namprd09.prod.outlook.com> <req-003.20261118.5@ledger.example.org>',
    text="""Good morning,

Tomasz has left FEMA and I have taken over 2026-FEFO-00817; your message bounced, so
fema-foia forwarded it to me. Per your October 6 narrowing (benefit-cost analysis
workbooks for DR-4607 and DR-4757 only), here is our first interim release:
118 pages and 9 workbooks. Portions are withheld under Exemption 4 (contractor
proprietary cost data) and Exemption 6 (homeowner names and addresses). We will
continue to process the remaining subapplications and release them on a rolling
basis, approximately every 30 days.

Sharonda Pierce
Government Information Specialist | FEMA Disclosure Branch

WARNING: This email is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO).

-----Original Message-----
From: Records Desk <records@ledger.example.org>
Sent: Wednesday, November 18, 2026 10:02 AM
To: Wierzbicki, Tomasz <tomasz.wierzbicki@fema.dhs.gov>
Subject: RE: RE: FEMA FOIA Acknowledgment - status?

Hi Tomasz, any news on the narrowed HMGP request? (Separately, we are considering an
appeal of the IA denial on 2026-FEFO-01022.)

-----Original Message-----
From: Wierzbicki, Tomasz <tomasz.wierzbicki@fema.dhs.gov>
Sent: Thursday, October 1, 2026 10:12 AM
Subject: RE: RE: FEMA FOIA Acknowledgment - status?

I am the analyst assigned to 2026-FEFO-00817. [...] To proceed we need you to
clarify or narrow the request [...]
""", attach=[('FEFO-00817_Interim1_bates_0001-0118.txt', b'[stand-in for 118-page interim release PDF]\n', 'text', 'plain')],
    fact=F('REQ-003', 'records_interim', '2026-FEFO-00817', signals=['thread', 'tracking'],
           why='FEMA first rolling release of narrowed HMGP records with (b)(4)/(b)(6) redactions; quoted text names the IA request 2026-FEFO-01022'))

# 049 MassDOT final release, Re: Re: Fwd: thread with colleague copied
msg('049-massdot-final.eml', 'Dwyer, Colleen (DOT) <colleen.dwyer@dot.state.ma.us>', 'Priya Raman <praman@ledger.example.org>',
    'Fri, 20 Nov 2026 14:06:51 -0500', 'RE: Re: Fwd: PRR-26-0417 payment', '<MN2PR09MB4410F3@MN2PR09MB4410.namprd09.prod.outlook.com>',
    cc='records@ledger.example.org, massdot.publicrecords@dot.state.ma.us', irt='<CAP4ry=Pay0417b@mail.gmail.com>',
    refs='<CAP4ry=Pay0417a@mail.gmail.com> <MN2PR09MB4410F1@MN2PR09MB4410.namprd09.prod.outlook.com> <CAP4ry=Pay0417b@mail.gmail.com>',
    text="""Priya,

Check received - thank you. The response to PRR-26-0417 is complete:
  - Crash Data Portal extract, Route 9, 2021-2026 (CSV)
  - 14 road safety audits (PDF)
After review, no redactions were needed in the RSAs. Files are in the link below,
which expires in 30 days. This closes the request.

https://massgov.sharefile.com/d-s0417rsa

Colleen Dwyer | Records Access Officer | MassDOT

On Thu, Nov 19, 2026 at 4:22 PM Priya Raman <praman@ledger.example.org> wrote:
> Hi Colleen, following up - the check went out Nov 9. Copying our desk.
>
> On Mon, Nov 9, 2026 at 10:31 AM Dwyer, Colleen (DOT) <colleen.dwyer@dot.state.ma.us> wrote:
>> Thanks, I'll watch for it.
>>
>> On Mon, Nov 9, 2026 at 9:58 AM Priya Raman <praman@ledger.example.org> wrote:
>>> ---------- Forwarded message ---------
>>> From: Records Desk <records@ledger.example.org>
>>> Subject: RE: PRR-26-0417 Acknowledgment - Route 9 crash data
>>>
>>> Colleen, our colleague Priya is mailing the $312.50 check today.
>>> (Separate matter: PRR26-0502, the tolling request, is still open.)
""", fact=F('REQ-008', 'records_final', 'PRR-26-0417', signals=['tracking'],
           why='MassDOT completes PRR-26-0417 with everything released, no redactions; arrives to our colleague in a Re: Re: Fwd: thread'))

# 050 USACE interim via DoD SAFE
msg('050-usace-interim.eml', '"Akiyama, Lorraine K CIV USARMY CESPK (USA)" <Lorraine.K.Akiyama@usace.army.mil>', 'Records Desk <records@ledger.example.org>',
    'Tue, 24 Nov 2026 10:15:42 -0800', 'FA-26-0212 Interim Release #1', '<PH0PR09MB7713E6@PH0PR09MB7713.namprd09.prod.outlook.com>',
    cc='spk-foia@usace.army.mil',
    text="""Good morning,

Interim release #1 for FA-26-0212 (Delta Conveyance Project permit file) is
available through DoD SAFE; you will receive a separate pickup email from
safe.apps.mil. This release contains 2,140 pages of the permit application and
public notice record. Consultation with DWR and USFWS continues on the remaining
material, which will be released in future installments.

V/r,
Lorraine Akiyama
FOIA/Privacy Act Officer, USACE Sacramento District

CONFIDENTIALITY NOTICE: This message may contain Controlled Unclassified
Information.
""", fact=F('REQ-005', 'records_interim', 'FA-26-0212', signals=['tracking', 'subject'],
           why='USACE first interim release via DoD SAFE; more installments to come; no threading headers'))

# 051 EGLE final, granted in part, MI appeal rights; signature notice
msg('051-egle-final-partial.eml', '"Kowalczyk, Dwayne (EGLE)" <KowalczykD@michigan.gov>', 'records@ledger.example.org',
    'Tue, 01 Dec 2026 16:40:27 -0500', 'RE: Re: Fwd: FOIA request - Benton Harbor lead service line records',
    '<CH3PR09MB8123F7@CH3PR09MB8123.namprd09.prod.outlook.com>', cc='Priya Raman <praman@ledger.example.org>, Morrison, Alan (EGLE) <MorrisonA@michigan.gov>',
    irt='<CH3PR09MB8123B@CH3PR09MB8123.namprd09.prod.outlook.com>',
    refs=rmid('REQ-010') + ' <CH3PR09MB8123Z@CH3PR09MB8123.namprd09.prod.outlook.com> <CH3PR09MB8123B@CH3PR09MB8123.namprd09.prod.outlook.com>',
    text="""Records Desk and Priya,

The Department's final response to FOIA-26-1093 follows. Your deposit was received
November 2. Your request is GRANTED IN PART and DENIED IN PART. Released: 4,260
service line replacement records, 212 contractor invoices and 38 letters with the
City of Benton Harbor. Denied: homeowner names and street addresses on replacement
records, under MCL 15.243(1)(a) (clearly unwarranted invasion of privacy), and two
draft memoranda under MCL 15.243(1)(m). The balance due is $186.40.

Under MCL 15.240 you may appeal this decision in writing to the Department
Director, identifying the request as an "appeal" and stating the reasons for
reversal, or file an action in the Court of Claims within 180 days.

Dwayne Kowalczyk
FOIA Coordinator, EGLE

NOTICE: This email may contain information that is confidential or exempt from
disclosure under MCL 15.243. If you received it in error, notify the sender.

From: Kowalczyk, Dwayne (EGLE)
Sent: Tuesday, September 22, 2026 12:04 PM
To: Priya Raman; records@ledger.example.org
Cc: Thompson, Rhonda (EGLE); Morrison, Alan (EGLE)
Subject: RE: Re: Fwd: FOIA request - Benton Harbor lead service line records

Formal notice on FOIA-26-1093: under MCL 15.235(2)(d) the Department is extending
the time to respond by ten (10) business days. [...]
""", fact=F('REQ-010', 'records_final', 'FOIA-26-1093', adverse=True, signals=['thread', 'tracking'],
           why='EGLE final: granted in part, names/addresses and drafts withheld; MI 180-day appeal window'))

# 052 OSHA no records for REQ-002
msg('052-osha-no-records.eml', '"Nguyen, Bao - OSHA" <Nguyen.Bao@dol.gov>', 'Records Desk <records@ledger.example.org>',
    'Thu, 03 Dec 2026 10:58:19 -0600', 'RE: FOIA 2026-F-09140 heat illness complaints - Region 5', '<CY8PR09MB9114B2@CY8PR09MB9114.namprd09.prod.outlook.com>',
    cc='"Boyle, Kendra M - OSHA" <Boyle.Kendra.M@dol.gov>', irt='<req-002.20261014.2@ledger.example.org>',
    refs='<CY8PR09MB9114A1@CY8PR09MB9114.namprd09.prod.outlook.com> <req-002.20261014.2@ledger.example.org>',
    text="""Dear Requester:

This is the final response to DOL FOIA Request No. 2026-F-09140. After you agreed
to the fees, Region V searched the OIS complaint module and the files of the
Chicago North, Chicago South, Aurora, Calumet City, Columbus and Milwaukee Area
Offices. No records responsive to your request were located: Region V did not
receive heat-related complaints coded as such in 2024-2026 under the search terms
you approved, and it did not prepare a Site-Specific Targeting or heat emphasis
inspection list for that period. No fees will be charged.

You may appeal this no-records determination within 90 days of the date of this
letter to the Solicitor of Labor, U.S. Department of Labor, Room N-2420, 200
Constitution Ave NW, Washington, DC 20210, or foiaappeals@dol.gov. You may also
contact OGIS at ogis@nara.gov for mediation services.

Bao Nguyen
Regional FOIA Disclosure Officer, OSHA Region V

> From: Records Desk <records@ledger.example.org>
> Sent: Wednesday, October 14, 2026 9:10 AM
> Subject: RE: FOIA 2026-F-09140 heat illness complaints - Region 5
>
> We agree to pay up to $50. Separately, please confirm 2026-F-08812 (Ohio
> warehouses) is with the national office.
""", fact=F('REQ-002', 'no_records', '2026-F-09140', adverse=True, signals=['tracking', 'subject'],
           why='OSHA Region V final no-records response on 2026-F-09140; 90-day appeal; quoted history names 2026-F-08812'))

# 053 NYSDEC final determination, partial withholding, long cc'd thread
msg('053-nysdec-final.eml', 'Fitzpatrick, Gerald (DEC) <gerald.fitzpatrick@dec.ny.gov>', 'records@ledger.example.org',
    'Wed, 09 Dec 2026 13:37:02 -0500', 'RE: FOIL W054871-090826 - questions', '<MW4PR09MB9901G4@MW4PR09MB9901.namprd09.prod.outlook.com>',
    cc='Priya Raman <praman@ledger.example.org>, Ruiz, Anita (DEC) <anita.ruiz@dec.ny.gov>, Park, Hyun-woo (DEC) <hyunwoo.park@dec.ny.gov>',
    irt='<MW4PR09MB9901E8@MW4PR09MB9901.namprd09.prod.outlook.com>',
    refs=rmid('REQ-006') + ' <MW4PR09MB9901C7@MW4PR09MB9901.namprd09.prod.outlook.com> <MW4PR09MB9901D2@MW4PR09MB9901.namprd09.prod.outlook.com> <MW4PR09MB9901E8@MW4PR09MB9901.namprd09.prod.outlook.com>',
    text="""Good afternoon,

The second and final release on W054871-090826 has been posted to Open FOIL NY:
spill reports for Columbia, Ulster, Dutchess, Orange and Westchester Counties,
nine orders on consent and 41 inspection reports (1,704 pages). This completes
DEC's response.

Portions of 22 inspection reports are redacted to remove the home addresses and
private well results of residents, under Public Officers Law 87(2)(b). Two draft
consent orders are withheld under 87(2)(g).

You may appeal the redactions and withholdings within 30 days to the Records
Access Appeals Officer, Office of General Counsel, 625 Broadway, 14th Floor,
Albany, NY 12233-1500 (foilappeals@dec.ny.gov).

Gerald Fitzpatrick
Records Access Officer, NYS DEC

CONFIDENTIALITY NOTICE: This e-mail, including attachments, may include
confidential and/or proprietary information.

From: Fitzpatrick, Gerald (DEC)
Sent: Friday, October 16, 2026 10:20 AM
Subject: RE: FOIL W054871-090826 - questions

Hello again - different request, same thread, apologies.
On W055630-092926 (Saint-Gobain / Hoosick Falls correspondence) [...]

From: Fitzpatrick, Gerald (DEC)
Sent: Tuesday, October 6, 2026 4:05 PM
Subject: RE: FOIL W054871-090826 - questions

Thank you for the answers. [...] We anticipate a determination on or before
November 4, 2026 [...]

From: Records Desk
Sent: Wednesday, September 23, 2026 10:11 AM
Subject: RE: FOIL W054871-090826 - questions

Answers below in blue, after each of your questions. [...]

From: Fitzpatrick, Gerald (DEC)
Sent: Monday, September 21, 2026 11:50 AM
Subject: RE: FOIL W054871-090826 - questions

Please see my questions below in red. [...]
""", fact=F('REQ-006', 'records_final', 'W054871-090826', adverse=True, signals=['thread', 'tracking'],
           why='DEC final release, redactions 87(2)(b) and two drafts withheld 87(2)(g); NY 30-day appeal; quoted history also carries the Hoosick Falls number'))
