from lib import *

# 037 Philadelphia final response: contract released, alert data denied (letter in PDF)
PL = ["CITY OF PHILADELPHIA - POLICE DEPARTMENT", "Right-to-Know Law Final Response", "", "October 26, 2026",
      "RTK No. 2026-R-0981", "", "Dear Requester:",
      "The Department has completed its review of your request dated September 17, 2026. Your request is",
      "GRANTED IN PART and DENIED IN PART as follows:",
      "1. ShotSpotter contract and amendments: GRANTED. 61 pages are attached.",
      "2. Alert data for 2025: DENIED. The alert-level records are records of a law enforcement agency",
      "   relating to criminal investigations, exempt under 65 P.S. 67.708(b)(16), and records that would",
      "   reveal the location of public safety equipment, 67.708(b)(3).",
      "3. Performance reviews or evaluations: the Department has no records responsive to this item.", "",
      "You have a right to appeal this response in writing to the Office of Open Records, 333 Market",
      "Street, 16th Floor, Harrisburg, PA 17101-2234, within fifteen (15) business days of the mailing",
      "date of this response, 65 P.S. 67.1101.", "",
      "Respectfully,", "Jordan Feld, Assistant City Solicitor, Open Records Officer"]
msg('037-phila-final-partial-pdf.eml', 'PPD Right to Know <police.rtk@phila.gov>', 'Records Desk <records@ledger.example.org>',
    'Mon, 26 Oct 2026 17:02:48 -0400', 'RE: Right-to-Know Request - ShotSpotter', '<BL1PR09MB6632G@BL1PR09MB6632.namprd09.prod.outlook.com>',
    cc='Jordan Feld <jordan.feld@phila.gov>', irt='<BL1PR09MB6632F@BL1PR09MB6632.namprd09.prod.outlook.com>',
    refs=rmid('REQ-013') + ' <BL1PR09MB6632E@BL1PR09MB6632.namprd09.prod.outlook.com> <BL1PR09MB6632F@BL1PR09MB6632.namprd09.prod.outlook.com>',
    text="""Good evening,

Please see the attached final response and records.

Sgt. Renee Castellano #4471
Open Records Unit, Philadelphia Police Department

CONFIDENTIALITY NOTICE: The information in this email may be confidential and/or
privileged. If you are not the intended recipient, you are hereby notified that any
review, dissemination, distribution or copying of this email is strictly prohibited.
""" + ol('PPD Right to Know <police.rtk@phila.gov>', 'Wednesday, September 23, 2026 4:45 PM', 'Records Desk <records@ledger.example.org>',
         'RE: Right-to-Know Request - ShotSpotter') + "Dear Requester,\n\nRE: RTK No. 2026-R-0981\n\nPursuant to Section 902(b) [...] on or before October 26, 2026.\n",
    attach=[('Final Response 2026-R-0981.pdf', pdf(PL, 'Final Response'), 'application', 'pdf'),
            ('ShotSpotter_Contract_Redacted.txt', b'[stand-in for 61-page contract PDF]\nCity of Philadelphia - SoundThinking, Inc. Contract No. 24-2210\n', 'text', 'plain')],
    fact=F('REQ-013', 'records_final', '2026-R-0981', adverse=True, signals=['thread', 'tracking'],
           why='PPD final response in PDF: contract released, alert data denied (708(b)(16)), no reviews; appeal window per table (15 days)'))

# 038 NYSDEC denial of the remainder of the Hoosick Falls request
msg('038-nysdec-denial.eml', 'NYSDEC FOIL <foil@dec.ny.gov>', 'records@ledger.example.org',
    'Tue, 27 Oct 2026 15:44:20 -0400', 'FOIL W055630-092926 - Determination', '<MW4PR09MB9901F1@MW4PR09MB9901.namprd09.prod.outlook.com>',
    text="""Re: FOIL Request W055630-092926

Dear Records Desk:

This responds to the portion of your request that remained with the Department
after referral to the Department of Health. The Department has located
correspondence with Saint-Gobain Performance Plastics concerning Hoosick Falls.
These records are denied in their entirety. They were compiled for law enforcement
purposes and their disclosure would interfere with an active enforcement
proceeding (Public Officers Law 87(2)(e)(i)); the remaining internal memoranda are
inter-agency or intra-agency materials (87(2)(g)).

You may appeal this denial within thirty (30) days by writing to the Records Access
Appeals Officer, NYS DEC, Office of General Counsel, 625 Broadway, 14th Floor,
Albany, NY 12233-1500, or foilappeals@dec.ny.gov.

Records Access Office
NYS Department of Environmental Conservation
""", fact=F('REQ-007', 'denial', 'W055630-092926', adverse=True, signals=['tracking', 'subject'],
           why='DEC withholds all remaining Hoosick Falls correspondence (87(2)(e)(i), (g)); NY 30-day appeal'))

# 039 FEMA staffer out of office on our IA request thread
msg('039-fema-ooo.eml', 'Lyle, Deborah <deborah.lyle@fema.dhs.gov>', 'Records Desk <records@ledger.example.org>',
    'Wed, 28 Oct 2026 09:00:05 -0400', 'Automatic reply: 2026-FEFO-01022 - DR-4803 IA data', '<SA1PR09MB8847OOF2@SA1PR09MB8847.namprd09.prod.outlook.com>',
    irt='<req-004.20261028.2@ledger.example.org>', refs=rmid('REQ-004') + ' <req-004.20261028.2@ledger.example.org>',
    extra=[('Auto-Submitted', 'auto-replied')],
    text="""Thank you for your message. I am on deployment supporting disaster operations
and will have intermittent access to email until November 13. For FOIA status
inquiries, please contact fema-foia@fema.dhs.gov or the FEMA FOIA Public Liaison
at (202) 646-3323.

Deborah Lyle
Government Information Specialist, FEMA Disclosure Branch
""", fact=F('REQ-004', 'auto_reply', why='FEMA specialist deployment auto-reply to our question on the IA request; number only in our subject'))

# 040 Columbus first installment through GovQA, with staff text
msg('040-columbus-interim.eml', 'City of Columbus Public Records Center <columbusoh@govqa.us>', 'records@ledger.example.org',
    'Thu, 29 Oct 2026 13:25:17 -0400', 'Public Records Request :: R002318-092126 - Records Available', '<f0a9b8c7d6e54321.R002318u2@govqa.us>',
    html="""<html><body style="font-family:Verdana;font-size:12px"><p>Dear Records Desk,</p>
<p>The City of Columbus has responded to your request <b>R002318-092126</b>. Message from Division of Water staff:</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">Attached in the portal is the first installment: lead and copper
sampling results for 2023-2026 (3 spreadsheets). We are still gathering the customer notification letters from the
Customer Service Center and expect to provide them in a second installment. Customer names and account numbers will be
redacted under R.C. 149.43(A)(1)(v) and R.C. 1306.23. &mdash; Teresa, DPU Records</blockquote>
<p>Log in to the <a href="https://columbusoh.govqa.us/WEBAPP/_rs/">Public Records Center</a> to download the files.</p>
<p><i>This is an automated notice. Please do not reply.</i></p></body></html>""",
    fact=F('REQ-014', 'records_interim', 'R002318-092126', signals=['tracking', 'subject'],
           why='GovQA notice with staff text: first installment (sampling results) released, notification letters to follow'))

# 041 Philadelphia L&I reply about a colleague's personal request that is not in our register
msg('041-phila-li-null-final.eml', 'L&I Open Records <li.openrecords@phila.gov>', 'Marcus Ortiz <mortiz@ledger.example.org>, records@ledger.example.org',
    'Mon, 02 Nov 2026 10:48:12 -0500', 'RE: Re: Fwd: records request - building permits 1420 N. Howard St',
    '<CO1PR09MB7788A@CO1PR09MB7788.namprd09.prod.outlook.com>', irt='<CAM9rt=Howard3@mail.gmail.com>',
    refs='<CAM9rt=Howard1@mail.gmail.com> <CO1PR09MB7788Z@CO1PR09MB7788.namprd09.prod.outlook.com> <CAM9rt=Howard3@mail.gmail.com>',
    text="""Mr. Ortiz,

Responding to RTK 2026-R-1177. Attached are the building permit, the zoning permit,
and the two violation notices for 1420 N. Howard Street (2019-2024). All records
are provided in full, and there is no fee. This completes the Department of
Licenses and Inspections' response.

L&I Open Records
City of Philadelphia, Department of Licenses and Inspections
1401 JFK Blvd, Philadelphia, PA 19102

On Fri, Oct 30, 2026 at 9:12 AM Marcus Ortiz <mortiz@ledger.example.org> wrote:
> Copying our desk inbox so the files land there too. Any update?
>
> On Mon, Oct 19, 2026 at 2:40 PM L&I Open Records <li.openrecords@phila.gov> wrote:
>> Received; logged as RTK 2026-R-1177. A response is due in five business days.
>>
>>> ---------- Forwarded message ---------
>>> From: Marcus Ortiz <mortiz@ledger.example.org>
>>> Subject: records request - building permits 1420 N. Howard St
>>>
>>> Please send all permits and violation notices for 1420 N. Howard St, 2019-2024.
""", attach=[('1420_N_Howard_permits.txt', b'[stand-in for 9-page PDF of permits and violation notices]\n', 'text', 'plain')],
    fact=F(None, 'records_final', '2026-R-1177', signals=['none'],
           why='Philadelphia L&I completes a colleague\'s own permit request (RTK 2026-R-1177) never filed by the desk; same city domain as REQ-013 but not in our register'))

# 042 Open FOIL first rolling release for the PFAS request
msg('042-nysdec-interim-portal.eml', 'Open FOIL NY <openfoilny@mycusthelp.net>', 'records@ledger.example.org',
    'Tue, 03 Nov 2026 11:30:40 -0400', 'Open FOIL NY - Request W054871-090826 - Records Released', '<3b7d2e91c0a54f6b8d2e.W054871r1@mycusthelp.net>',
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px"><p>Dear Records Desk,</p>
<p>The Department of Environmental Conservation has released records for request <b>W054871-090826</b>.</p>
<p><b>Message from the agency:</b> This is the first of several rolling releases. Enclosed are spill reports for
Rensselaer, Albany and Greene Counties (612 pages). Reports for the remaining five counties and the consent orders
will follow; we anticipate the next release by December 4, 2026.</p>
<p>Log in to the Open FOIL NY Center to download the records.</p>
<p>Please do not reply to this email; this mailbox is not monitored.</p></body></html>""",
    fact=F('REQ-006', 'records_interim', 'W054871-090826', estimated='2026-12-04', signals=['tracking', 'subject'],
           why='Open FOIL release with agency text: first rolling release, next release anticipated Dec 4'))

# 043 FEMA full denial of record-level IA data (letter in PDF, OGIS paragraph)
DL = ["U.S. Department of Homeland Security - Federal Emergency Management Agency", "Disclosure Branch", "",
      "November 5, 2026", "", "Re: FOIA Request 2026-FEFO-01022", "",
      "This is the final response to your request for Individual Assistance eligibility determinations and",
      "appeals data for DR-4803-MI. A search of the Individual Assistance program's system located",
      "responsive applicant-level records. These records are withheld in full under Exemption 6,",
      "5 U.S.C. 552(b)(6), because they are compiled about identifiable individuals and release would be",
      "a clearly unwarranted invasion of personal privacy; no reasonably segregable portion exists.",
      "Aggregate statistics for the declaration are published at fema.gov (OpenFEMA).", "",
      "You may appeal this determination within 90 days of the date of this letter to: FEMA Office of",
      "Chief Counsel, FOIA Appeals, 500 C Street SW, Mail Stop 3172, Washington, DC 20472-3172.",
      "You may also seek dispute resolution from the FEMA FOIA Public Liaison or the Office of Government",
      "Information Services (OGIS), National Archives and Records Administration, ogis@nara.gov.", "",
      "Sincerely,", "Disclosure Branch Chief"]
msg('043-fema-denial-pdf.eml', 'FEMA FOIA <fema-foia@fema.dhs.gov>', 'records+req-004@ledger.example.org',
    'Thu, 05 Nov 2026 14:18:33 -0500', 'FEMA FOIA Final Response', '<SA1PR09MB8847G11@SA1PR09MB8847.namprd09.prod.outlook.com>',
    text="""Good afternoon,

Attached please find FEMA's final response to your FOIA request.

Respectfully,
FEMA Disclosure Branch
""", attach=[('2026-FEFO-01022 Final Response.pdf', pdf(DL, 'Final Response'), 'application', 'pdf')],
    fact=F('REQ-004', 'denial', '2026-FEFO-01022', adverse=True, signals=['plus', 'tracking-filename'],
           why='FEMA withholds applicant-level IA data in full under (b)(6); letter only in PDF; 90-day appeal, OGIS'))

# 044 OSHA first interim release, top-posted over six quoted emails
msg('044-osha-interim-deep.eml', '"Boyle, Kendra M - OSHA" <Boyle.Kendra.M@dol.gov>', 'Records Desk <records@ledger.example.org>',
    'Tue, 10 Nov 2026 15:51:08 -0500', 'RE: DOL FOIA Request No. 2026-F-08812 - Extension of Time', '<DM6PR09MB5540412F@DM6PR09MB5540.namprd09.prod.outlook.com>',
    cc=PRIYA, irt='<req-001.20261103.4@ledger.example.org>',
    refs=rmid('REQ-001') + ' <DM6PR09MB55402B7A@DM6PR09MB5540.namprd09.prod.outlook.com> <DM6PR09MB5540311E@DM6PR09MB5540.namprd09.prod.outlook.com> <req-001.20261103.4@ledger.example.org>',
    text="""Hello,

Attached/linked is OSHA's first interim release on 2026-F-08812: 312 pages of
inspection files for the Columbus and Toledo Area Offices. Portions are withheld
under Exemptions 6 and 7(C) (employee names and witness statements) and 7(A) for
two open fatality investigations. The Cincinnati and Cleveland files will follow in
a later release. This is not a final response; appeal rights will be provided at
the end.

Download (expires in 14 days): https://dol.box.com/s/f8812-interim1

Kendra Boyle
Government Information Specialist, OSHA FOIA

From: Priya Raman <praman@ledger.example.org>
Sent: Tuesday, November 3, 2026 10:02 AM
To: Boyle, Kendra M - OSHA <Boyle.Kendra.M@dol.gov>; Records Desk <records@ledger.example.org>
Subject: RE: DOL FOIA Request No. 2026-F-08812 - Extension of Time

Kendra - could you release the Columbus and Toledo files first? Thanks, Priya

From: Records Desk <records@ledger.example.org>
Sent: Monday, November 2, 2026 9:15 AM
To: Boyle, Kendra M - OSHA
Subject: RE: DOL FOIA Request No. 2026-F-08812 - Extension of Time

Checking in. Also, did Region V receive our fee agreement on 2026-F-09140?

From: Boyle, Kendra M - OSHA
Sent: Tuesday, October 6, 2026 2:22 PM
Subject: DOL FOIA Request No. 2026-F-08812 - Extension of Time

Dear Requester: This concerns DOL FOIA Request No. 2026-F-08812 [...] estimated date
of completion is December 18, 2026.

From: Boyle, Kendra M - OSHA
Sent: Thursday, September 24, 2026 9:40 AM
Subject: RE: Automatic reply: FOIA Request: OSHA inspection and fatality [...]

Your request for heat-related illness complaints [...] assigned 2026-F-09140.

From: Boyle, Kendra M - OSHA
Sent: Tuesday, September 15, 2026 8:47 AM
Subject: RE: Automatic reply: FOIA Request: OSHA inspection and fatality [...]

This acknowledges your FOIA request [...] assigned DOL FOIA Request No. 2026-F-08812

From: DOL FOIA Requests
Sent: Tuesday, September 8, 2026 10:14 AM
Subject: Automatic reply: FOIA Request: OSHA inspection and fatality [...]

Thank you for contacting the U.S. Department of Labor FOIA mailbox. [...]
""", fact=F('REQ-001', 'records_interim', '2026-F-08812', signals=['thread', 'tracking'],
           why='OSHA first interim release (312 pp, (b)(6)/(7)(C)/(7)(A)), more to come; six quoted emails naming both OSHA numbers'))

# 045 Denver closes the encampment request for non-response
msg('045-denver-closed-nonresponse.eml', 'City and County of Denver <noreply@mail.nextrequest.com>', 'records@ledger.example.org',
    'Thu, 12 Nov 2026 08:05:00 -0700', '[Records Request] Record request #26-1347 has been closed', '<d9e8f7a6-1b2c-4d3e-8f90-26-1347-cl@mail.nextrequest.com>',
    text="""Record request #26-1347 has been closed.

Closure reason: Requester did not respond to clarification request

The City asked for clarification on October 7, 2026 and has not received a reply
within 30 days. The request has been closed without a determination. You may
submit a new request at any time at https://denvergov.nextrequest.com.
""", fact=F('REQ-012', 'other', '26-1347', signals=['tracking', 'subject'],
           why='NextRequest administrative closure for no answer to the clarification; no determination on records (labeled other)'))

# 046 MassDOT extension with estimated date (MA table has no extension days)
msg('046-massdot-extension-est.eml', 'Dwyer, Colleen (DOT) <colleen.dwyer@dot.state.ma.us>', 'records+req-009@ledger.example.org',
    'Mon, 16 Nov 2026 12:30:19 -0500', 'PRR 26-0502 - time extension (tolling gantry records)', '<MN2PR09MB4410E2@MN2PR09MB4410.namprd09.prod.outlook.com>',
    text="""Dear Records Desk:

Regarding PRR-26-0502, the tolling operations unit needs more time to search the
vendor's retention logs, which are held by the toll system contractor on MassDOT's
behalf. MassDOT is extending the time to respond under G.L. c. 66, s. 10(b)(vi).
We expect to provide a response by December 18, 2026.

Colleen Dwyer | Records Access Officer | MassDOT
10 Park Plaza, Boston, MA 02116

This email, including any attachments, may contain confidential information and is
intended only for the recipient(s).
""", fact=F('REQ-009', 'extension', 'PRR-26-0502', clock='extension', estimated='2026-12-18', signals=['plus', 'tracking', 'subject'],
           why='MassDOT extends PRR-26-0502, response expected Dec 18; MA table gives no extension days, so estimated only'))
