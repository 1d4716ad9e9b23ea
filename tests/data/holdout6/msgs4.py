from msgs3 import *

# 033 NOPD clarification via NextRequest
add(n=33, d="2026-05-04", req="REQ-012", kind="clarification", tn="26-2356",
  why="NOPD asks for date range / type of paid-detail record before searching",
  note="NextRequest message with substantive clerk text asking to clarify; request paused.",
  msg=lambda: build("City of New Orleans <no-reply@nextrequest.com>", INBOX, when("2026-05-04","14:20","CT"),
    "[Records Request 26-2356] Message from the City of New Orleans", "<0100018e84.26-2356.m2@email.nextrequest.com>",
    html=nextrequest("City of New Orleans", "26-2356", "A new message has been added to request 26-2356",
      """<blockquote><p>Hello, in order to process your request, please clarify: (1) whether you are seeking NOPD timekeeping entries for detail hours or invoices issued by the Office of Police Secondary Employment (OPSE), and (2) the specific date range. OPSE is a separate City office. Your request will remain on hold until we receive this information.</p><p>- NOPD Public Records</p></blockquote>""", "nola")))

# 034 IMPD final with withholding via Google Group, multipart
add(n=34, d="2026-05-05", req="REQ-009", kind="records_final", tn="IMPD-26-01873", appeal=True,
  why="IMPD releases 2025 pursuit report forms, withholds some as investigatory records; complaint to PAC within 30 days",
  note="Release with partial withholding (IC 5-14-3-4(b)(1)) and Public Access Counselor boilerplate; Google Group relay, multipart/alternative; sent on the Indiana primary-election holiday.",
  msg=lambda: build(via("Kessler, Dana"), INBOX, when("2026-05-05","10:12","ET"),
    "RE: IMPD-26-01873 - question about your request", "<MN2PR09MB6023.impd1873f@MN2PR09MB6023.namprd09.prod.outlook.com>",
    in_reply_to="<req-009.20260422.4@ledgerinvestigates.example.com>", references="<MN2PR09MB6023.impd1873q@MN2PR09MB6023.namprd09.prod.outlook.com> <req-009.20260422.4@ledgerinvestigates.example.com>",
    headers=GG("dana.kessler@indy.gov", "Kessler, Dana"),
    text="""Hi,

Per your April 22 reply narrowing the request to pursuit report forms for pursuits that ended in a crash, attached via the download link below are 188 reports (2025).

Download: https://indy.sharefile.com/d-s8a1f2c9e7

Eleven reports are withheld because they relate to open criminal investigations; they are investigatory records of a law enforcement agency excepted from disclosure at IMPD's discretion under IC 5-14-3-4(b)(1). Driver license numbers and dates of birth have been redacted under IC 5-14-3-4(a).

This completes IMPD's response to IMPD-26-01873. If you believe this constitutes a denial of access, you may file a formal complaint with the Indiana Public Access Counselor within 30 days (IC 5-14-5-7).

Dana Kessler
Records Section Supervisor, IMPD""",
    html="""<div style="font-family:Aptos,Calibri;font-size:11pt"><p>Hi,</p><p>Per your April 22 reply narrowing the request to pursuit report forms for pursuits that ended in a crash, attached via the download link below are 188 reports (2025).</p><p>Download: <a href="https://indy.sharefile.com/d-s8a1f2c9e7">https://indy.sharefile.com/d-s8a1f2c9e7</a></p><p>Eleven reports are withheld because they relate to open criminal investigations; they are investigatory records of a law enforcement agency excepted from disclosure at IMPD's discretion under IC 5-14-3-4(b)(1). Driver license numbers and dates of birth have been redacted under IC 5-14-3-4(a).</p><p>This completes IMPD's response to IMPD-26-01873. If you believe this constitutes a denial of access, you may file a formal complaint with the Indiana Public Access Counselor within 30 days (IC 5-14-5-7).</p><p>Dana Kessler<br>Records Section Supervisor, IMPD</p></div>"""))

# 035 MSP fee estimate REQ-016 with Safe Links
add(n=35, d="2026-05-05", req="REQ-016", kind="fee_estimate", tn="MSP 2026-03312",
  why="MSP grants the request subject to fees, requires a 50% good-faith deposit of $156.20",
  note="Michigan fee itemization with good-faith deposit; payment link wrapped by Microsoft Safe Links; HTML-only.",
  msg=lambda: build("MSP-FOIA <msp-foia@michigan.gov>", INBOX, when("2026-05-05","14:49","ET"),
    "MSP 2026-03312 - Fee Notice and Deposit Request", "<CH0PR09MB8101.msp3312c@CH0PR09MB8101.namprd09.prod.outlook.com>",
    html="""<html><body style="font-family:Segoe UI,sans-serif;font-size:10.5pt">
<p>Re: FOIA request MSP 2026-03312 (sexual assault kit backlog reports)</p>
<p>Your request is <b>granted</b>; however, the Department will incur costs in locating and separating exempt material. Pursuant to MCL 15.234, the estimated fee is <b>$312.40</b> (see the attached Detailed Cost Itemization). Because the fee exceeds $50.00, a good-faith deposit of <b>$156.20</b> is required before the Department will process the request.</p>
<p>Payment may be made online at <a href="https://gcc02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.michigan.gov%2Fmsp%2Fpayments%2Ffoia%3Fref%3DMSP2026-03312&amp;data=05%7C02%7Crecords%40ledgerinvestigates.example.com%7C8c21%7C0%7C638806543210987654&amp;sdata=r7HkT%2F2%3D&amp;reserved=0">https://www.michigan.gov/msp/payments/foia</a>. If the deposit is not received within 48 days, the request will be considered abandoned. The estimated time frame to complete the request after receipt of the deposit is 15 business days; this is a good-faith estimate, not a binding date.</p>
<p>MSP FOIA Unit</p></body></html>"""))

# 036 TPD colleague Fwd: (Gmail style) - denial of audit logs
add(n=36, d="2026-05-06", req="REQ-013", kind="denial", tn="TPD-ORR-26-117", appeal=True,
  why="Tulsa withholds the LPR audit logs in full and closes the request; Oklahoma has no administrative appeal",
  note="Reporter forwards (Fwd:, Gmail-style) a City of Tulsa letter she received directly; outer From is our own domain. Oklahoma has no appeal window, so appeal_due is null.",
  msg=lambda: build("Mara Quinlan <mquinlan@ledgerinvestigates.example.com>", INBOX, when("2026-05-06","18:02","CT"),
    "Fwd: TPD-ORR-26-117 final response", "<CAH2mQ8vT=TPD117fwd@mail.gmail.com>",
    text="""For the log -- Tulsa sent this to me instead of the records inbox.

---------- Forwarded message ---------
From: Ruiz, Amanda <aruiz@cityoftulsa.org>
Date: Wed, May 6, 2026 at 4:31 PM
Subject: TPD-ORR-26-117 final response
To: Mara Quinlan <mquinlan@ledgerinvestigates.example.com>


Ms. Quinlan,

Thank you for speaking with me on Monday. This letter is the City's final response to Open Records Request TPD-ORR-26-117.

The contract documents responsive to item 1 were provided on April 28. With respect to item 2, the license plate reader system audit logs are withheld in their entirety. The logs identify specific vehicles, plates and investigative queries and are law enforcement records not required to be made available under 51 O.S. 24A.8, and their release would also disclose security details of a City information system (51 O.S. 24A.28). The City was not able to generate the aggregate report we discussed without creating a new record, which the Act does not require.

This request is now closed.

Amanda Ruiz
Assistant City Attorney
"""))

# 037 IMPD REQ-010 ack
add(n=37, d="2026-05-06", req="REQ-010", kind="acknowledgment", tn="IMPD-26-02455", clock="sent",
  why="IMPD acknowledges the Taser use-report request (sent May 4), number IMPD-26-02455",
  note="Second IMPD request; direct (not via the group), reply to our plus address, number format shared with REQ-009.",
  msg=lambda: build("IMPD Records <impdrecords@indy.gov>", plus(10), when("2026-05-06","09:30","ET"),
    "APRA request received - IMPD-26-02455", "<MN2PR09MB6023.impd2455@MN2PR09MB6023.namprd09.prod.outlook.com>",
    text="""This acknowledges your May 4 request for conducted electrical weapon deployment reports for 2025. It has been assigned IMPD-26-02455. Please allow a reasonable time for review. Thank you for your patience.

IMPD Records Section"""))

# 038 IRS REQ-002 no records, PDF, appeal rights
IRS_NR = """Department of the Treasury
Internal Revenue Service
Disclosure Office 4

May 7, 2026
Case Number: F26098-0051

Dear Requester:

This is our final response to your Freedom of Information Act (FOIA) request received on April 8, 2026, for the exemption application (Form 1023) file of Plains Heritage Foundation.

We searched the Exempt Organizations determinations files and the Tax Exempt/Government Entities imaging system and found no records responsive to your request. Our records indicate that the organization's exemption was recognized in 1968; applications from that period were not retained under the applicable records control schedule.

You may appeal this determination. Your appeal must be postmarked or electronically transmitted within 90 days from the date of this letter. Send it to: IRS Independent Office of Appeals, FOIA Appeals, M/S 55201, 5045 E. Butler Avenue, Fresno, CA 93727-5136. You may also contact our FOIA Public Liaison or OGIS.

Sincerely,
R. Delacroix
Disclosure Specialist"""
add(n=38, d="2026-05-07", req="REQ-002", kind="no_records", tn="F26098-0051", appeal=True,
  why="IRS final response: no responsive records for the Plains Heritage Foundation application; 90-day appeal",
  note="No-records letter as a PDF with appeal rights; email body only names the case number; same IRS domain as REQ-001.",
  msg=lambda: build("IRS Disclosure Office 4 <disclosure.do4@irs.gov>", INBOX, when("2026-05-07","10:40","CT"),
    "Final Response - F26098-0051", "<DM6PR09MB4471.F26098f@DM6PR09MB4471.namprd09.prod.outlook.com>",
    text="Attached is our response to case F26098-0051.\n", pdfs=[("F26098-0051 Final.pdf", IRS_NR, None)]))

# 039 WHD interim release
add(n=39, d="2026-05-08", req="REQ-005", kind="records_interim", tn="WHD-26-0418",
  why="WHD first interim release, 212 pages with b6/b7C redactions; Baton Rouge file still pending",
  note="Interim release that contains exemption language and appeal-rights boilerplate but says more records follow - still interim. Quoted-printable iso-8859-1 body.",
  msg=lambda: build("Pham, Lien - WHD <pham.lien@dol.gov>", plus(5), when("2026-05-08","16:05","ET"),
    "WHD-26-0418 - First Interim Response", "<SA1PR09MB10432.whd0418i@SA1PR09MB10432.namprd09.prod.outlook.com>",
    charset="iso-8859-1",
    text="""Good afternoon,

Thank you for confirming that you want records for both Delta Staffing entities. This is our first interim response to WHD-26-0418.

Enclosed (via the secure link below) are 212 pages from the New Orleans District Office file for Delta Staffing Solutions LLC (case nos. 1893331, 1907714). Names and personal identifiers of employees and complainants have been withheld under FOIA Exemptions 6 and 7(C), 5 U.S.C. § 552(b)(6) and (b)(7)(C).

Records from the Baton Rouge Field Office for Delta Staffing Solutions of Louisiana, Inc. are still being reviewed; we expect to send a further response in June.

You may appeal the withholdings in this interim release within 90 days of the date of this letter by writing to the Solicitor of Labor, Division of Management and Administrative Legal Services, U.S. Department of Labor, Room N-2420, 200 Constitution Avenue NW, Washington, DC 20210, or foiaappeals@dol.gov.

https://dol.sharepoint.com/:f:/s/whd-foia/ElR4x0ZpQ2
Lien Pham · Government Information Specialist
"""))

# 040 NARA fee estimate
add(n=40, d="2026-05-11", req="REQ-006", kind="fee_estimate", tn="NGC26-214",
  why="NARA locates ~1,140 pages and estimates $684 reproduction fees; asks us to agree before copying",
  note="Archival fee estimate with conditional offer (view free in the research room, or pay for copies); processing stops pending agreement.",
  msg=lambda: build("Archives II Reference <archives2reference@nara.gov>", INBOX, when("2026-05-11","13:33","ET"),
    "NGC26-214 Records located - cost estimate", "<CAJ8x=NGC26-214.fee@nara.gov>",
    in_reply_to="<CAJ8x=NGC26-214.ack@nara.gov>", references="<CAJ8x=NGC26-214.ack@nara.gov>",
    text="""Dear Researcher,

Your FOIA request NGC26-214 was referred to us for a search. We located Bureau of Investigation case files in Record Group 65 (Investigative Case Files of the Bureau of Investigation, 1908-1922) relating to Tulsa, 1921, totaling approximately 1,140 pages on microfilm and paper. These records are open and unrestricted.

You may examine the records at no charge in our research room at College Park. If you would like copies, the fee for reproduction is estimated at $684.00 (1,140 pages at $0.60 per page for self-service digital scans done by staff order). Please confirm in writing that you agree to pay this amount; we will not place the order until we hear from you. If we do not receive a response within 30 days we will consider the matter closed.

Textual Reference Branch (RDT2)
National Archives at College Park
"""))

# 041 APD REQ-015 ack GovQA (multipart)
add(n=41, d="2026-05-12", req="REQ-015", kind="acknowledgment", tn="IPRA-2026-0919", clock="sent",
  why="GovQA acknowledgment for the lapel video request (received 5/11 = sent), number IPRA-2026-0919",
  note="Second APD request through GovQA; same template as the drone-log acknowledgment but a different number; topic paraphrased as 'OBRD video'.",
  msg=lambda: build("City of Albuquerque Public Records <cityofalbuquerque@mycusthelp.net>", INBOX, when("2026-05-12","08:12","MT"),
    "Public Records Request :: IPRA-2026-0919", "<20260512141202.9044.govqa@mycusthelp.net>",
    text="Dear Ledger Records Desk,\n\nThank you for your Inspection of Public Records Act request, received 5/11/2026 and assigned reference number IPRA-2026-0919.\n\nDepartment: Albuquerque Police Department\nSummary: On-body recording device (OBRD) video, incident of 3/28/2026, Central Ave.\n\nRecords will be made available as soon as practicable and no later than fifteen calendar days from receipt, unless the request is broad and burdensome.\n\nThis is a system-generated message. Do not reply.",
    html=govqa("""<p>Dear Ledger Records Desk,</p><p>Thank you for your Inspection of Public Records Act request, received <b>5/11/2026</b> and assigned reference number <b>IPRA-2026-0919</b>.</p><p><b>Department:</b> Albuquerque Police Department<br><b>Summary:</b> On-body recording device (OBRD) video, incident of 3/28/2026, Central Ave.</p><p>Records will be made available as soon as practicable and no later than fifteen calendar days from receipt, unless the request is broad and burdensome.</p>""")))

# 042 OSHA REQ-004 final with partial no-records
add(n=42, d="2026-05-13", req="REQ-004", kind="records_final", tn="2026-F-04388", appeal=True,
  why="OSHA releases the Cimarron Grain file in part (b6/b7C/b7A), no records for the referral item; appeal 90 days",
  note="Partial release with a no-records finding for one item inside it; appeal boilerplate; Inspection number instead of our topic in the first line.",
  msg=lambda: build("OSHA FOIA <foia-osha@dol.gov>", plus(4), when("2026-05-13","12:20","ET"),
    "2026-F-04388 Final Response", "<FX.2026-F-04388.fin@foiaxpress.dol.gov>",
    text="""This is the final response to your FOIA request 2026-F-04388 for the case file of OSHA inspection no. 1798765 (Cimarron Grain Cooperative, Enid, OK).

We are releasing 318 pages in part. Names and identifying details of employee witnesses are withheld under Exemptions 6 and 7(C). Draft interview summaries relating to the open contest of the citations are withheld under Exemption 7(A) and Exemption 5 (deliberative process).

You also asked for records of any referral of the matter to the Kansas City Regional Office. A search of the Area Office and Regional Office files located no records of such a referral.

You may appeal this response within 90 days of the date of this letter to the Solicitor of Labor at foiaappeals@dol.gov. The appeal should include the FOIA number above and the words "Freedom of Information Act Appeal".

OSHA FOIA Office
"""))

# 043 BPD extension w/ consent, direct email
add(n=43, d="2026-05-14", req="REQ-008", kind="extension", tn="26-518", clock="extend",
  why="BPD invokes the 30-day extension with requester consent under GP 4-203(d); new due 30 days after May 20",
  note="Maryland extension (needs consent; stated as 'unless you object'), sent from a BPD address, not the portal; quotes our request.",
  msg=lambda: build("BPD PIA Unit <pia@baltimorepolice.org>", plus(8), when("2026-05-14","11:05","ET"),
    "RE: MPIA Request: Overtime audit records, Baltimore Police Department, 2025 [26-518]", "<BY5PR09MB6190.bpd518@BY5PR09MB6190.namprd09.prod.outlook.com>",
    in_reply_to=rid(8), references=rid(8),
    text="""Good morning,

The Department is continuing to search for records responsive to PIA request 26-518. Records relating to overtime review may be held by the Fiscal Services Division and the Office of the Inspector General, and coordination with both will take additional time.

Pursuant to General Provisions Article § 4-203(d), we ask that you consent to an extension of the time limit by 30 days. Unless you object, we will proceed on that basis and respond no later than 30 days after the current deadline.

Thank you,
PIA Unit | Baltimore Police Department
242 W. 29th Street, Baltimore, MD 21211

-----Original Message-----
From: Ledger Records <records@ledgerinvestigates.example.com>
Sent: Monday, April 20, 2026 10:14 AM
To: PIA <pia@baltimorepolice.org>
Subject: MPIA Request: Overtime audit records, Baltimore Police Department, 2025

Under the Maryland Public Information Act we request any audit, review or analysis of overtime paid to sworn members in calendar year 2025.
"""))
