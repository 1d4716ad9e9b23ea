from lib import *

FEMA_T = 'Tomasz Wierzbicki <tomasz.wierzbicki@fema.dhs.gov>'
# 021 FEMA clarification, top-posted above five earlier emails; history names our other FEMA request
msg('021-fema-clarify-deep.eml', FEMA_T, 'Records Desk <records@ledger.example.org>', 'Thu, 01 Oct 2026 10:12:40 -0400',
    'RE: RE: FEMA FOIA Acknowledgment - status?', '<SA1PR09MB8847F93@SA1PR09MB8847.namprd09.prod.outlook.com>',
    cc='FEMA FOIA <fema-foia@fema.dhs.gov>', irt='<req-003.20260929.3@ledger.example.org>',
    refs=rmid('REQ-003') + ' <SA1PR09MB8847E2C@SA1PR09MB8847.namprd09.prod.outlook.com> <req-003.20260928.2@ledger.example.org> <SA1PR09MB8847E77@SA1PR09MB8847.namprd09.prod.outlook.com> <req-003.20260929.3@ledger.example.org>',
    text="""Good morning,

I am the analyst assigned to 2026-FEFO-00817. Thank you for the note about the
Michigan declarations. As written, the request covers every HMGP subapplication
in Michigan since 2021, which our Grants Program office estimates at more than
1,400 project files. To proceed we need you to clarify or narrow the request, for
example by:

  a) limiting it to specific disaster declarations (e.g., DR-4607, DR-4757);
  b) limiting it to specific counties or subapplicants; or
  c) limiting it to the benefit-cost analysis workbooks only.

Please respond within 10 working days. If we do not hear from you, we will assume
you are no longer interested and administratively close the request. The processing
time is tolled while we await your response.

Tomasz Wierzbicki
Government Information Specialist | Disclosure Branch
Federal Emergency Management Agency | Mobile: (202) 555-0143

WARNING: This email is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It may
contain information exempt from public release under the FOIA, 5 U.S.C. 552.

-----Original Message-----
From: Records Desk <records@ledger.example.org>
Sent: Tuesday, September 29, 2026 3:20 PM
To: Wierzbicki, Tomasz <tomasz.wierzbicki@fema.dhs.gov>
Subject: RE: RE: FEMA FOIA Acknowledgment - status?

Thanks Tomasz. For clarity, the HMGP request is separate from our Individual
Assistance request (2026-FEFO-01022, DR-4803-MI data), which we filed on 9/22.

-----Original Message-----
From: Wierzbicki, Tomasz <tomasz.wierzbicki@fema.dhs.gov>
Sent: Tuesday, September 29, 2026 9:02 AM
To: Records Desk <records@ledger.example.org>
Subject: RE: FEMA FOIA Acknowledgment - status?

Your request has been assigned to me. I will reach out shortly with questions.

-----Original Message-----
From: Records Desk <records@ledger.example.org>
Sent: Monday, September 28, 2026 11:45 AM
To: FEMA-FOIA <fema-foia@fema.dhs.gov>
Subject: FEMA FOIA Acknowledgment - status?

Hello, following up on 2026-FEFO-00817 (HMGP Michigan). Has it been assigned?

-----Original Message-----
From: FEMA-FOIA <fema-foia@fema.dhs.gov>
Sent: Thursday, September 10, 2026 3:40 PM
To: records+req-003@ledger.example.org
Subject: RE: """ + subj('REQ-003') + """

Please see the attached correspondence regarding your FOIA request.
<2026-FEFO-00817 Acknowledgment Letter.pdf>

-----Original Message-----
From: Records Desk <records@ledger.example.org>
Sent: Wednesday, September 9, 2026 7:48 PM
To: FEMA-FOIA <fema-foia@fema.dhs.gov>
Subject: """ + subj('REQ-003') + "\n\n" + ourreq('REQ-003') + "\n",
    fact=F('REQ-003', 'clarification', '2026-FEFO-00817', signals=['thread', 'tracking'],
           why='FEMA analyst asks to narrow the HMGP request, 10 working days or closure; quoted history also names our IA request 2026-FEFO-01022'))

# 022 NextRequest acknowledgment for the second Denver request
msg('022-denver-nextrequest-ack-2.eml', 'City and County of Denver <noreply@mail.nextrequest.com>', 'records@ledger.example.org',
    'Thu, 01 Oct 2026 18:02:19 -0600', '[Records Request] Your record request #26-1347 has been submitted',
    '<0c1d9e55-3b8a-4f0e-a61c-26-1347@mail.nextrequest.com>',
    text="""Your record request #26-1347 has been submitted.

Request received: October 1, 2026
Department(s): Housing Stability; Transportation & Infrastructure

Request description:
Notices posted before encampment cleanups in Denver and records of the costs of
those cleanups, January 2025 to the present.

Under the Colorado Open Records Act, the City will respond within three (3)
working days, or notify you if an extension of up to seven (7) additional working
days is needed.

View request: https://denvergov.nextrequest.com/requests/26-1347
""", fact=F('REQ-012', 'acknowledgment', '26-1347', clock='received_on_sent_date', signals=['subject', 'tracking-new'],
           why='NextRequest confirms the encampment-cleanup CORA request received 10/1 (= sent) as #26-1347'))

# 023 MassDOT fee estimate answered inline between our questions
msg('023-massdot-fee-inline.eml', 'Dwyer, Colleen (DOT) <colleen.dwyer@dot.state.ma.us>', 'Records Desk <records@ledger.example.org>',
    'Fri, 02 Oct 2026 15:18:04 -0400', 'RE: PRR-26-0417 Acknowledgment - Route 9 crash data', '<MN2PR09MB4410C7@MN2PR09MB4410.namprd09.prod.outlook.com>',
    irt='<req-008.20260929.2@ledger.example.org>', refs=rmid('REQ-008') + ' <MN2PR09MB4410B1@MN2PR09MB4410.namprd09.prod.outlook.com> <req-008.20260929.2@ledger.example.org>',
    cc='massdot.publicrecords@dot.state.ma.us',
    text="""Hello,

My answers are below, marked CD>>. In short: the crash extracts are free, but the
road safety audits require staff time, so there is a fee. Per G.L. c. 66, s. 10(d),
here is our good faith estimate. We will not begin the audit portion until we
receive payment or your written agreement to pay.

Colleen

Colleen Dwyer | Records Access Officer | MassDOT
10 Park Plaza, Boston, MA 02116

-----Original Message-----
From: Records Desk <records@ledger.example.org>
Sent: Tuesday, September 29, 2026 10:04 AM
To: massdot.publicrecords@dot.state.ma.us
Subject: RE: PRR-26-0417 Acknowledgment - Route 9 crash data

Thanks for the acknowledgment. A few questions:

1. Can the crash data come as a CSV export from the crash data portal?
CD>> Yes. The Crash Data Portal extract (2021-2026, Route 9, all towns from
CD>> Framingham to Brookline) will be provided as CSV at no charge.

2. How many road safety audits exist for the corridor?
CD>> We located 14 RSAs. Several include engineering drawings that must be
CD>> reviewed for security-sensitive details before release.

3. Will there be any fees?
CD>> Estimated 16.5 hours of search, segregation and redaction, less the first
CD>> 4 hours at no charge = 12.5 hours x $25.00 = $312.50. Payment by check
CD>> payable to "Commonwealth of Massachusetts" or agreement in writing is
CD>> required before we proceed with the RSAs. You may petition the Supervisor
CD>> of Records if you believe the fee is unreasonable.

Thank you,
Records Desk
""", fact=F('REQ-008', 'fee_estimate', 'PRR-26-0417', signals=['thread', 'tracking'],
           why='MassDOT RAO answers our three questions inline (CD>>): $312.50 good faith estimate, payment required before RSA work'))

# 024 NextRequest message-added notice, no content
msg('024-denver-nextrequest-message.eml', 'City and County of Denver <noreply@mail.nextrequest.com>', 'records@ledger.example.org',
    'Mon, 05 Oct 2026 11:40:02 -0600', '[Records Request] Record request #26-1182 has a new message',
    '<77e1b0aa-5c3d-4a8e-b0f2-26-1182-msg@mail.nextrequest.com>',
    html="""<html><body><p>A new message has been added to record request <b>#26-1182</b>.</p>
<p>Messages may contain information about the status of your request. To read the message, please
<a href="https://denvergov.nextrequest.com/requests/26-1182">log in to the request page</a>.</p>
<p style="font-size:11px;color:#888">You are receiving this email because you are the requester. Powered by NextRequest.</p></body></html>""",
    fact=F('REQ-011', 'portal_notice', '26-1182', signals=['tracking', 'subject'],
           why='NextRequest says a message was added to #26-1182; no text in the email'))

# 025 OSHA extension with estimated completion date; history names the other OSHA request
msg('025-osha-extension.eml', '"Boyle, Kendra M - OSHA" <Boyle.Kendra.M@dol.gov>', 'Records Desk <records@ledger.example.org>',
    'Tue, 06 Oct 2026 14:22:37 -0400', 'DOL FOIA Request No. 2026-F-08812 - Extension of Time',
    '<DM6PR09MB5540311E@DM6PR09MB5540.namprd09.prod.outlook.com>',
    irt='<DM6PR09MB55402C9E@DM6PR09MB5540.namprd09.prod.outlook.com>',
    refs=rmid('REQ-001') + ' <DM6PR09MB55402B7A@DM6PR09MB5540.namprd09.prod.outlook.com> <DM6PR09MB55402C9E@DM6PR09MB5540.namprd09.prod.outlook.com>',
    text="""Dear Requester:

This concerns DOL FOIA Request No. 2026-F-08812 (Ohio warehouse and distribution
center inspection files). Because the request requires the collection of records
from four field offices, which are separate from the office processing the request,
unusual circumstances apply under 5 U.S.C. 552(a)(6)(B). OSHA is therefore
extending the time limit to respond by ten (10) working days.

Even with the extension we will not be able to complete the request in that time.
Our estimated date of completion is December 18, 2026. You may narrow the request
or agree to an alternative time frame by contacting me. You may also contact the
DOL FOIA Public Liaison at foiapublicliaison@dol.gov, or the Office of Government
Information Services (OGIS) at the National Archives, 8601 Adelphi Road, College
Park, MD 20740-6001, ogis@nara.gov, 202-741-5770, for dispute resolution services.

Kendra Boyle
Government Information Specialist, OSHA FOIA
""" + ol('Boyle, Kendra M - OSHA <Boyle.Kendra.M@dol.gov>', 'Thursday, September 24, 2026 9:40 AM',
         'Records Desk <records@ledger.example.org>', 'RE: Automatic reply: ' + subj('REQ-001'))
    + "Hello again,\n\nReplying on this chain since it was handy - this one is about your SECOND request [...]\nassigned DOL FOIA Request No. 2026-F-09140. [...]\n",
    fact=F('REQ-001', 'extension', '2026-F-08812', clock='extension', estimated='2026-12-18', signals=['thread', 'tracking'],
           why='OSHA takes the 10-working-day unusual-circumstances extension on 2026-F-08812, estimates Dec 18, OGIS paragraph; quoted mail names 2026-F-09140'))

# 026 NYSDEC extension, top-posted over our inline answers under his red questions
msg('026-nysdec-extension.eml', 'Fitzpatrick, Gerald (DEC) <gerald.fitzpatrick@dec.ny.gov>', 'records@ledger.example.org',
    'Tue, 06 Oct 2026 16:05:51 -0400', 'RE: FOIL W054871-090826 - questions', '<MW4PR09MB9901D2@MW4PR09MB9901.namprd09.prod.outlook.com>',
    cc='Priya Raman <praman@ledger.example.org>, Ruiz, Anita (DEC) <anita.ruiz@dec.ny.gov>, Park, Hyun-woo (DEC) <hyunwoo.park@dec.ny.gov>',
    irt='<req-006.20260923.2@ledger.example.org>',
    refs=rmid('REQ-006') + ' <MW4PR09MB9901C7@MW4PR09MB9901.namprd09.prod.outlook.com> <req-006.20260923.2@ledger.example.org>',
    text="""Thank you for the answers. With the scope now set, the Division of Environmental
Remediation has identified roughly 2,300 pages across eight counties. DEC needs
additional time to review them. We anticipate a determination on or before
November 4, 2026, and may release records on a rolling basis before then.

Gerald Fitzpatrick
Records Access Officer, NYS DEC

CONFIDENTIALITY NOTICE: This e-mail, including attachments, may include
confidential and/or proprietary information.

From: Records Desk <records@ledger.example.org>
Sent: Wednesday, September 23, 2026 10:11 AM
To: Fitzpatrick, Gerald (DEC) <gerald.fitzpatrick@dec.ny.gov>
Cc: Priya Raman; Ruiz, Anita (DEC); Park, Hyun-woo (DEC)
Subject: RE: FOIL W054871-090826 - questions

Answers below in blue, after each of your questions.

From: Fitzpatrick, Gerald (DEC) <gerald.fitzpatrick@dec.ny.gov>
Sent: Monday, September 21, 2026 11:50 AM
Subject: RE: FOIL W054871-090826 - questions

1. Spill reports involving PFAS compounds at sites along the Hudson River, 2018-2026;
[DEC: Which counties? Would Rensselaer to Westchester be acceptable?]
  >> Ledger: Yes - Rensselaer, Albany, Greene, Columbia, Ulster, Dutchess, Orange,
  >> Westchester.
2. Orders on consent resolving those spills;
[DEC: Only consent orders that cite a spill number, or all PFAS orders?]
  >> Ledger: Only those citing a spill number.
3. Related inspection reports.
[DEC: Please confirm inspection reports only for sites with a PFAS spill number.]
  >> Ledger: Confirmed.

By the way, our separate request about Hoosick Falls will come in through Open FOIL
next week - it is unrelated to this one.
""", fact=F('REQ-006', 'extension', 'W054871-090826', clock='extension', estimated='2026-11-04', signals=['thread', 'tracking'],
           why='DEC needs more time after the scope answers, anticipates Nov 4, may roll; NY extension (20 business days in table)'))
