from lib import *

# 054 GovDelivery press release from EGLE (topic overlaps REQ-010, but not a reply)
msg('054-egle-govdelivery-null.eml', 'Michigan EGLE <michiganegle@public.govdelivery.com>', 'records@ledger.example.org',
    'Thu, 10 Dec 2026 11:00:00 -0500', 'EGLE News: Benton Harbor reaches final lead service line milestone',
    '<20261210.88120441@public.govdelivery.com>',
    extra=[('List-Unsubscribe', '<https://public.govdelivery.com/accounts/MIEGLE/subscriber/edit>'), ('Precedence', 'bulk')],
    text="""FOR IMMEDIATE RELEASE - December 10, 2026

Benton Harbor reaches final lead service line milestone

LANSING - The Michigan Department of Environment, Great Lakes, and Energy (EGLE)
announced today that contractors have completed verification of all known lead
service lines in Benton Harbor. More than 4,500 lines have been replaced since 2021.

Media contact: EGLE Communications, EGLE-Assist@michigan.gov

You are subscribed to EGLE News. Manage your subscriptions:
https://public.govdelivery.com/accounts/MIEGLE/subscriber/edit
""", fact=F(None, 'other', why='EGLE GovDelivery press release on the same topic as REQ-010; a bulk announcement, not a reply to any request', signals=['none']))

# 055 OSHA final response with withholdings, deep thread
msg('055-osha-final.eml', '"Boyle, Kendra M - OSHA" <Boyle.Kendra.M@dol.gov>', 'Records Desk <records@ledger.example.org>',
    'Tue, 15 Dec 2026 16:20:45 -0500', 'RE: DOL FOIA Request No. 2026-F-08812 - Extension of Time', '<DM6PR09MB5540513A@DM6PR09MB5540.namprd09.prod.outlook.com>',
    cc=PRIYA, irt='<DM6PR09MB5540412F@DM6PR09MB5540.namprd09.prod.outlook.com>',
    refs=rmid('REQ-001') + ' <DM6PR09MB5540311E@DM6PR09MB5540.namprd09.prod.outlook.com> <req-001.20261103.4@ledger.example.org> <DM6PR09MB5540412F@DM6PR09MB5540.namprd09.prod.outlook.com>',
    text="""Hello,

This is OSHA's final response to 2026-F-08812. The second and final release
(Cincinnati and Cleveland Area Offices, 486 pages) is at the link below. As in the
first release, names and identifying details of employees and witnesses are
withheld under Exemptions 6 and 7(C), and the two open fatality case files remain
withheld under Exemption 7(A). In total, 798 pages were released in part and 2
case files were withheld in full.

https://dol.box.com/s/f8812-final

You may appeal this determination within 90 days of the date of this response to
the Solicitor of Labor, Attn: FOIA Appeals Unit, 200 Constitution Ave NW, Room
N-2420, Washington, DC 20210, or foiaappeals@dol.gov. You may also contact the DOL
FOIA Public Liaison or OGIS (ogis@nara.gov; 202-741-5770).

Your fee waiver request is granted; there is no charge.

Kendra Boyle
Government Information Specialist, OSHA FOIA

From: Boyle, Kendra M - OSHA
Sent: Tuesday, November 10, 2026 3:51 PM
To: Records Desk
Cc: Priya Raman
Subject: RE: DOL FOIA Request No. 2026-F-08812 - Extension of Time

Attached/linked is OSHA's first interim release on 2026-F-08812 [...]

From: Priya Raman
Sent: Tuesday, November 3, 2026 10:02 AM
Subject: RE: DOL FOIA Request No. 2026-F-08812 - Extension of Time

Kendra - could you release the Columbus and Toledo files first? Thanks, Priya

From: Records Desk
Sent: Monday, November 2, 2026 9:15 AM
Subject: RE: DOL FOIA Request No. 2026-F-08812 - Extension of Time

Checking in. Also, did Region V receive our fee agreement on 2026-F-09140?
""", fact=F('REQ-001', 'records_final', '2026-F-08812', adverse=True, signals=['thread', 'tracking'],
           why='OSHA final: released in part under (b)(6)/(7)(C), two files withheld (7)(A); 90-day appeal; quoted mail names 2026-F-09140'))

# 056 MassDOT no records for the tolling request (HTML + text)
msg('056-massdot-no-records.eml', 'MassDOT Public Records <massdot.publicrecords@dot.state.ma.us>', 'records+req-009@ledger.example.org',
    'Thu, 17 Dec 2026 11:09:27 -0500', 'Response to Public Records Request PRR-26-0502', '<MN2PR09MB4410G5@MN2PR09MB4410.namprd09.prod.outlook.com>',
    text="""Dear Records Desk:

MassDOT has completed its search for records responsive to PRR-26-0502 (tolling
gantry image retention). Image retention is governed by G.L. c. 6C, s. 13 and the
statewide records retention schedule; MassDOT has no separate written retention
policy. The toll system contractor confirmed that no logs of image deletion or of
retention exceptions are created or kept. Accordingly, MassDOT has no records
responsive to your request.

If you wish to challenge this response, you may appeal to the Supervisor of Records
within 90 calendar days, 950 CMR 32.08, and may also seek relief in Superior Court.

Colleen Dwyer | Records Access Officer | MassDOT
""", html="""<html><body style="font-family:Calibri;font-size:11pt"><p>Dear Records Desk:</p>
<p>MassDOT has completed its search for records responsive to <b>PRR-26-0502</b> (tolling gantry image retention).
Image retention is governed by G.L. c. 6C, s. 13 and the statewide records retention schedule; MassDOT has no separate
written retention policy. The toll system contractor confirmed that no logs of image deletion or of retention exceptions
are created or kept. Accordingly, <b>MassDOT has no records responsive to your request.</b></p>
<p>If you wish to challenge this response, you may appeal to the Supervisor of Records within 90 calendar days,
950 CMR 32.08, and may also seek relief in Superior Court.</p><p>Colleen Dwyer | Records Access Officer | MassDOT</p></body></html>""",
    fact=F('REQ-009', 'no_records', 'PRR-26-0502', adverse=True, signals=['plus', 'tracking', 'subject'],
           why='MassDOT finds no policy or logs for PRR-26-0502; MA 90-day appeal to the Supervisor of Records'))

# 057 Columbus final release arriving through our Google Group collaborative inbox
msg('057-columbus-final-ggroup.eml', "'City of Columbus Public Records Center' via Records Desk <records-desk@ledger.example.org>",
    'records-desk@ledger.example.org', 'Fri, 18 Dec 2026 09:47:14 -0500',
    'Public Records Request :: R002318-092126 - Request Completed', '<1a2b3c4d5e6f7081.R002318c@govqa.us>',
    extra=[('Reply-To', 'City of Columbus Public Records Center <columbusoh@govqa.us>'),
           ('Sender', 'records-desk@ledger.example.org'), ('X-Original-Sender', 'columbusoh@govqa.us'),
           ('Mailing-list', 'list records-desk@ledger.example.org; contact records-desk+owners@ledger.example.org'),
           ('List-Id', '<records-desk.ledger.example.org>'), ('Precedence', 'list')],
    html="""<html><body style="font-family:Verdana;font-size:12px"><p>Dear Records Desk,</p>
<p>Your public records request <b>R002318-092126</b> has been completed. Message from Division of Water staff:</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">The second and final installment, 286 customer notification
letters sent after lead action level exceedances (2023-2026), is now available in the portal. Customer names and account
numbers are redacted under R.C. 149.43(A)(1)(v) and R.C. 1306.23. This completes the City's response and your request is
now closed. &mdash; Teresa, DPU Records</blockquote>
<p>Log in to the <a href="https://columbusoh.govqa.us/WEBAPP/_rs/">Public Records Center</a> to download the files.</p>
<p><i>This is an automated notice. Please do not reply.</i></p>
<p style="font-size:10px;color:#777">You received this message because you are subscribed to the Google Groups "Records Desk" group.</p>
</body></html>""",
    fact=F('REQ-014', 'records_final', 'R002318-092126', adverse=True, signals=['tracking', 'subject'],
           why='GovQA completion (via Google Group "via" name): final installment with redactions, request closed; Ohio has no appeal window'))

# 058 FEMA final response forwarded by a colleague
FD = ["U.S. Department of Homeland Security - Federal Emergency Management Agency", "Disclosure Branch", "",
      "January 5, 2027", "", "Re: FOIA Request 2026-FEFO-00817", "",
      "This is the final response to your narrowed request for benefit-cost analysis workbooks for",
      "DR-4607 and DR-4757 Hazard Mitigation Grant Program subapplications in Michigan.",
      "With this second release of 204 pages and 17 workbooks, FEMA has released 322 pages and 26",
      "workbooks in total. Portions are withheld under Exemption 4 (proprietary contractor cost data)",
      "and Exemption 6 (names and addresses of homeowners).", "",
      "You may appeal within 90 days of the date of this letter to FEMA Office of Chief Counsel,",
      "FOIA Appeals, 500 C Street SW, Mail Stop 3172, Washington, DC 20472-3172. You may also contact",
      "the FEMA FOIA Public Liaison or the Office of Government Information Services (OGIS).", "",
      "Sincerely,", "Sharonda Pierce, Government Information Specialist"]
msg('058-fema-final-fwd-colleague.eml', MARCUS, 'records@ledger.example.org', 'Tue, 05 Jan 2027 11:32:08 -0500',
    'Fwd: RE: RE: RE: RE: FEMA FOIA Acknowledgment - status?', '<CAM9rt=FemaFinal@mail.gmail.com>',
    text="""FEMA sent this to me only (I was on the last reply). Logging it - this is the
HMGP one, final. Appeal on the Exemption 4 cost data?

Marcus

---------- Forwarded message ---------
From: Pierce, Sharonda <sharonda.pierce@fema.dhs.gov>
Date: Tue, Jan 5, 2027 at 9:10 AM
Subject: RE: RE: RE: RE: FEMA FOIA Acknowledgment - status?
To: Marcus Ortiz <mortiz@ledger.example.org>
Cc: FEMA FOIA <fema-foia@fema.dhs.gov>


Good morning,

Please see the attached final response letter and the second release.

Sharonda Pierce
Government Information Specialist | FEMA Disclosure Branch

WARNING: This email is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO).

-----Original Message-----
From: Marcus Ortiz <mortiz@ledger.example.org>
Sent: Monday, December 21, 2026 2:15 PM
To: Pierce, Sharonda <sharonda.pierce@fema.dhs.gov>
Subject: RE: RE: RE: FEMA FOIA Acknowledgment - status?

Sharonda, I'm covering for the desk over the holidays - any update on the
remaining HMGP workbooks?

-----Original Message-----
From: Pierce, Sharonda <sharonda.pierce@fema.dhs.gov>
Sent: Thursday, November 19, 2026 11:44 AM
Subject: RE: RE: RE: FEMA FOIA Acknowledgment - status?

Tomasz has left FEMA and I have taken over [...] first interim release [...]
""", attach=[('Final Response Letter.pdf', pdf(FD, 'Final Response'), 'application', 'pdf')],
    fact=F('REQ-003', 'records_final', '2026-FEFO-00817', adverse=True, signals=['subject', 'tracking-attachment'],
           why='colleague forwards FEMA final HMGP response (same day); number only in the PDF letter; (b)(4)/(b)(6) withholdings, 90-day appeal'))

# 059 USACE final response with Exemption 5 withholdings (letter in PDF)
UL = ["DEPARTMENT OF THE ARMY", "U.S. ARMY CORPS OF ENGINEERS, SACRAMENTO DISTRICT", "1325 J STREET, SACRAMENTO, CA 95814", "",
      "12 January 2027", "", "Office of Counsel", "", "SUBJECT: Final Response, FOIA Request FA-26-0212", "",
      "This is the final response to your request for the Delta Conveyance Project Section 404 permit file.",
      "Interim release #1 (2,140 pages) was provided 24 November 2026. Enclosed with this release are",
      "6,322 additional pages. 1,118 pages are withheld in part or in full under 5 U.S.C. 552(b)(5)",
      "(deliberative process and attorney-client privilege) and (b)(6). DWR and USFWS records were",
      "referred for consultation and are included as released by those agencies.", "",
      "You may appeal by writing to the Secretary of the Army, ATTN: Office of the General Counsel, within",
      "90 calendar days of the date of this letter, through this office. You may also contact the Army",
      "FOIA Public Liaison or the Office of Government Information Services (OGIS) at ogis@nara.gov.", "",
      "Lorraine K. Akiyama, FOIA/Privacy Act Officer"]
msg('059-usace-final.eml', '"Akiyama, Lorraine K CIV USARMY CESPK (USA)" <Lorraine.K.Akiyama@usace.army.mil>', 'Records Desk <records@ledger.example.org>',
    'Tue, 12 Jan 2027 13:58:36 -0800', 'RE: FA-26-0212 Interim Release #1', '<PH0PR09MB7713F7@PH0PR09MB7713.namprd09.prod.outlook.com>',
    cc='spk-foia@usace.army.mil', irt='<PH0PR09MB7713E6@PH0PR09MB7713.namprd09.prod.outlook.com>',
    refs='<PH0PR09MB7713E6@PH0PR09MB7713.namprd09.prod.outlook.com>',
    text="""Good afternoon,

Attached is the final response letter for FA-26-0212. The final release is in a new
DoD SAFE package; you will receive the pickup notice separately.

V/r,
Lorraine Akiyama
FOIA/Privacy Act Officer, USACE Sacramento District

CONFIDENTIALITY NOTICE: This message and any attachments are intended solely for the
addressee(s) and may contain Controlled Unclassified Information.

-----Original Message-----
From: Akiyama, Lorraine K CIV USARMY CESPK (USA)
Sent: Tuesday, November 24, 2026 10:15 AM
To: Records Desk <records@ledger.example.org>
Subject: FA-26-0212 Interim Release #1

Good morning,

Interim release #1 for FA-26-0212 (Delta Conveyance Project permit file) is
available through DoD SAFE [...]
""", attach=[('FA-26-0212_Final_Response.pdf', pdf(UL, 'Final Response'), 'application', 'pdf')],
    fact=F('REQ-005', 'records_final', 'FA-26-0212', adverse=True, signals=['thread', 'tracking'],
           why='USACE final response letter (PDF): (b)(5)/(b)(6) withholdings; 90-day appeal, OGIS'))
