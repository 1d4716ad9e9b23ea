from msgs2 import *

# 021 NOPD REQ-012 ack via NextRequest (plain text only)
add(n=21, d="2026-04-23", req="REQ-012", kind="acknowledgment", tn="26-2356", clock="sent",
  why="NextRequest receipt for the NOPD paid-detail request; number 26-2356",
  note="Second NOPD request through the same no-reply address; plain-text only variant of the NextRequest receipt.",
  msg=lambda: build("City of New Orleans <no-reply@nextrequest.com>", INBOX, when("2026-04-23","07:58","CT"),
    "[Records Request 26-2356] Your request has been received", "<0100018e5a.26-2356.a1@email.nextrequest.com>",
    text="""City of New Orleans

Your record request 26-2356 has been received and is being processed in accordance with the Louisiana Public Records Law.

Department: Police (NOPD)
Request: Records of paid details / secondary employment worked by NOPD officers, including invoices and hours, 2024-2025.
Received: April 22, 2026

View request 26-2356: https://nola.nextrequest.com/requests/26-2356

Please do not reply to this email. Replies are not monitored."""))

# 022 APD burdensome extension, HTML only Outlook
add(n=22, d="2026-04-23", req="REQ-014", kind="extension", tn="IPRA-2026-0662", est="2026-05-22",
  why="APD deems request broad/burdensome under NMSA 14-2-10 and will respond by May 22; NM has no fixed extension -> estimated only",
  note="Outlook HTML-only letter from APD records staff (not the portal); 'on or before' date = estimate, no statutory due.",
  msg=lambda: build("Montoya, Celeste M. <cmontoya@cabq.gov>", INBOX, when("2026-04-23","13:17","MT"),
    "IPRA-2026-0662 Three-Day Letter / Broad and Burdensome", "<SJ0PR09MB7704.0662@SJ0PR09MB7704.namprd09.prod.outlook.com>",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0;font-size:11pt;font-family:Calibri,sans-serif}</style></head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Re: Inspection of Public Records Act request IPRA-2026-0662</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The Albuquerque Police Department has determined that your request for all Real Time Crime Center drone flight logs for 2025 is broad and burdensome pursuant to NMSA 1978, &sect; 14-2-10. The records include flight telemetry exports and pilot logs for more than 1,900 flights that must be reviewed for information concerning ongoing investigations.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The City will need additional time and anticipates responding on or before <b>May 22, 2026</b>. We may release records in installments as they become available.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Celeste M. Montoya<br>Records Custodian, IPRA Unit<br>Albuquerque Police Department<br>400 Roma NW, Albuquerque, NM 87102</p></div></body></html>"""))

# 023 WHD clarification
add(n=23, d="2026-04-24", req="REQ-005", kind="clarification", tn="WHD-26-0418",
  why="WHD asks which of two similarly named entities; processing paused until we reply",
  note="Clarification with explicit tolling language ('your request will be placed on hold'); 30-day close-out warning.",
  msg=lambda: build("Pham, Lien - WHD <pham.lien@dol.gov>", plus(5), when("2026-04-24","10:44","ET"),
    "RE: Acknowledgment - WHD-26-0418", "<SA1PR09MB10432.whd0418c@SA1PR09MB10432.namprd09.prod.outlook.com>",
    in_reply_to="<SA1PR09MB10432.whd0418@SA1PR09MB10432.namprd09.prod.outlook.com>",
    text="""Good morning,

In searching for records responsive to WHD-26-0418 we found compliance actions for two employers: "Delta Staffing Solutions LLC" (New Orleans, EIN ending 4471) and "Delta Staffing Solutions of Louisiana, Inc." (Baton Rouge). Please confirm whether you want records for one or both entities.

Under 29 CFR 70.20(c) your request is on hold until we receive your reply. If we do not hear from you within 30 calendar days, we will assume you are no longer interested and administratively close the request.

Lien Pham
Government Information Specialist
Wage and Hour Division, U.S. Department of Labor
"""))

# 024 BPD REQ-008 ack via NextRequest
add(n=24, d="2026-04-27", req="REQ-008", kind="acknowledgment", tn="26-518", clock="sent",
  why="NextRequest receipt for the BPD overtime audit request (sent April 20), number 26-518",
  note="Second BPD request, receipt a week late but still stating received April 20 = sent.",
  msg=lambda: build("Baltimore City Public Information Act <no-reply@nextrequest.com>", INBOX, when("2026-04-27","09:02","ET"),
    "[Records Request 26-518] Your request has been received", "<0100018e6b.26-518.a1@email.nextrequest.com>",
    html=nextrequest("Baltimore City", "26-518", "Your record request 26-518 has been received",
      """<p>Your request was submitted on your behalf by City staff from an email received April 20, 2026, and routed to the <b>Baltimore Police Department</b>.</p>
<p><b>Request text:</b><br><i>Any audit, review or analysis of overtime paid to sworn BPD members in calendar year 2025, including reports by the Office of the Inspector General shared with BPD...</i></p>""", "baltimorecitymd")))

# 025 IRS OOO auto reply to a follow-up
add(n=25, d="2026-04-27", req="REQ-001", kind="auto_reply", tn=None,
  why="out-of-office of the IRS caseworker, answering our follow-up on the Bayou Veterans request",
  note="Out-of-office threaded on our follow-up (References includes the request's Message-ID); mentions no number.",
  msg=lambda: build("Okafor Jerome <jerome.okafor@irs.gov>", plus(1), when("2026-04-27","08:00","CT"),
    "Automatic reply: FOIA Request: Examination and revocation records, Bayou Veterans Relief Fund", "<CY8PR09MB9114.ooo@CY8PR09MB9114.namprd09.prod.outlook.com>",
    in_reply_to="<req-001.20260427.3@ledgerinvestigates.example.com>", references=f"{rid(1)} <req-001.20260427.3@ledgerinvestigates.example.com>",
    headers=[("Auto-Submitted","auto-replied")],
    text="""I am out of the office on annual leave through Friday, May 1, with limited access to e-mail. For urgent disclosure matters please contact the Disclosure Office 7 main line. I will respond when I return.
"""))

# 026 TPD interim with PDF
add(n=26, d="2026-04-28", req="REQ-013", kind="records_interim", tn="TPD-ORR-26-117",
  why="Tulsa PD releases item 1 (contract) now; audit logs still under review",
  note="Partial release with a PDF; remainder expressly pending. Replies to our plus address, no number in the subject.",
  msg=lambda: build("TPD Records <tpdrecords@cityoftulsa.org>", plus(13), when("2026-04-28","16:10","CT"),
    "LPR contract documents", "<DS7PR09MB7310.tpd117b@DS7PR09MB7310.namprd09.prod.outlook.com>",
    text="""Attached is the first part of our response to TPD-ORR-26-117: the master services agreement, two amendments and 2025 invoices for the license plate reader system (46 pages).

The audit log portion of your request is still with our Legal Department and IT for review. We'll follow up once that review is done.

Records Unit, Tulsa Police Department
""", pdfs=[("LPR_Agreement_and_Amendments.pdf", "MASTER SERVICES AGREEMENT\nCity of Tulsa - Automated License Plate Recognition\n\n(46 pages; excerpt)\nTerm: 24 months. Annual fee per camera. Amendment 1 adds 30 cameras. Amendment 2 extends term.", None)]))

# 027 NARA press release (null)
add(n=27, d="2026-04-29", req=None, kind="other", tn=None,
  why="NARA press release newsletter; not related to any request",
  note="Agency-domain mass mail (GovDelivery-style) that mentions records and FOIA terms; belongs to no request.",
  msg=lambda: build("National Archives News <nara@public.govdelivery.com>", INBOX, when("2026-04-29","11:00","ET"),
    "National Archives Opens Newly Digitized Records on Reconstruction-Era Oklahoma", "<20260429150000.1234@public.govdelivery.com>",
    headers=[("List-Unsubscribe","<https://public.govdelivery.com/accounts/USNARA/subscriber/one_click_unsubscribe?verification=1.x>"),("Precedence","bulk")],
    text="""FOR IMMEDIATE RELEASE

WASHINGTON - The National Archives today announced the online release of more than 40,000 newly digitized pages of records relating to Indian Territory and early Oklahoma statehood, available through the National Archives Catalog.

The records, from several record groups including Record Group 75, were digitized in partnership with ... Researchers may request additional records under the Freedom of Information Act or visit the research rooms in College Park and Fort Worth.

###
You are subscribed to National Archives News. Manage preferences or unsubscribe at any time.""",
    html="""<html><body><p><b>FOR IMMEDIATE RELEASE</b></p><p>WASHINGTON - The National Archives today announced the online release of more than 40,000 newly digitized pages of records relating to Indian Territory and early Oklahoma statehood, available through the National Archives Catalog.</p><p>Researchers may request additional records under the Freedom of Information Act or visit the research rooms in College Park and Fort Worth.</p><p style="font-size:10px">You are subscribed to National Archives News. <a href="https://public.govdelivery.com/accounts/USNARA/subscriber/edit">Manage preferences</a></p></body></html>"""))

# 028 MSP REQ-017 final partial; number only in attachment name
MSP_FIN = """MICHIGAN STATE POLICE
FREEDOM OF INFORMATION ACT UNIT

April 27, 2026

RE: FOIA Request No. MSP 2026-03588

Your request for toxicology backlog reports of the Forensic Science Division, 2024-2026, received April 20, 2026, is GRANTED IN PART and DENIED IN PART.

Released: 27 monthly toxicology case-status reports (54 pages). The total fee is $0.00.

Denied in part: laboratory analyst names and case identifiers in the case-status tables are redacted under MCL 15.243(1)(a) (unwarranted invasion of privacy) and MCL 15.243(1)(b) (law enforcement investigating records).

RIGHT TO APPEAL. Under MCL 15.240 you may (1) submit a written appeal to the Director of the Michigan State Police, specifically stating the word "appeal" and identifying the reason(s) for reversal; or (2) commence a civil action in the Court of Claims within 180 days after the Department's final determination to deny all or a portion of your request.

FOIA Coordinator
Michigan State Police"""
add(n=28, d="2026-04-27", req="REQ-017", kind="records_final", tn="MSP 2026-03588", appeal=True,
  why="MSP grants in part / denies in part the toxicology backlog request; number only in attachment file name and PDF",
  note="Body is 'see attached'; the subject is generic and the number appears only in the PDF's file name and text. Two MSP crime-lab backlog requests are open (REQ-016, REQ-017); appeal 180 days under MCL 15.240.",
  msg=lambda: build("MSP-FOIA <msp-foia@michigan.gov>", INBOX, when("2026-04-27","16:22","ET"),
    "FOIA Response", "<CH0PR09MB8101.msp3588@CH0PR09MB8101.namprd09.prod.outlook.com>",
    text="Please see the attached response to your Freedom of Information Act request.\n\nThank you,\nMSP FOIA Unit\n",
    pdfs=[("MSP_2026-03588_Response.pdf", MSP_FIN, None), ("Toxicology_Status_Reports_Redacted.pdf", "Forensic Science Division - Toxicology Unit\nMonthly case status report (redacted)\n[54 pages]", None)]))

# 029 TPD phone call request (other)
add(n=29, d="2026-04-30", req="REQ-013", kind="other", tn="TPD-ORR-26-117",
  why="TPD legal staff asks for a phone call to discuss the audit-log portion; not a formal clarification",
  note="Human 'please call me' note; hedged ('may be able to'), no hold on the request, no records.",
  msg=lambda: build("Ruiz, Amanda <aruiz@cityoftulsa.org>", INBOX, when("2026-04-30","11:47","CT"),
    "Your open records request - call?", "<DS7PR09MB7310.legal117@DS7PR09MB7310.namprd09.prod.outlook.com>",
    text="""Hello,

I'm an assistant city attorney handling review of the audit-log part of your open records request about license plate readers (TPD-ORR-26-117). Do you have 15 minutes this week for a call? There are a few ways we might be able to produce aggregate data instead of raw logs, and it would be easier to talk it through than go back and forth by email.

My direct line is 918-555-0144.

Amanda Ruiz
Assistant City Attorney, City of Tulsa
"""))

# 030 OSHA extension +10 days
add(n=30, d="2026-05-01", req="REQ-003", kind="extension", tn="2026-F-04117", clock="extend",
  why="OSHA invokes unusual circumstances (field office records) +10 business days",
  note="Unusual-circumstances extension with offer to narrow and OGIS language; threaded via References to the acknowledgment only.",
  msg=lambda: build("OSHA FOIA <foia-osha@dol.gov>", INBOX, when("2026-05-01","15:30","ET"),
    "RE: DOL FOIA Request 2026-F-04117 Acknowledgement Letter", "<FX.2026-F-04117.ext@foiaxpress.dol.gov>",
    in_reply_to="<FX.2026-F-04117.ack@foiaxpress.dol.gov>", references="<FX.2026-F-04117.ack@foiaxpress.dol.gov>",
    text="""Re: 2026-F-04117

We are writing to let you know that we require additional time to respond to your request. Unusual circumstances apply under 5 U.S.C. 552(a)(6)(B)(iii) because the records must be collected from the Oklahoma City Area Office and the Regional Solicitor's office, which are separate from the office processing the request. We are therefore extending the time limit by ten working days.

If you would like to narrow the scope of your request (for example, excluding photographs), or arrange an alternative time frame, please contact us. You may also seek dispute resolution services from our FOIA Public Liaison or the Office of Government Information Services (OGIS) at NARA.

OSHA FOIA Office
"""))

# 031 BPD portal notice
add(n=31, d="2026-05-01", req="REQ-007", kind="portal_notice", tn="26-412",
  why="NextRequest notice that the request was updated (payment recorded), no substantive text",
  note="Content-free NextRequest update; BPD identified only by 'Baltimore City' and sub-domain.",
  msg=lambda: build("Baltimore City Public Information Act <no-reply@nextrequest.com>", INBOX, when("2026-05-01","09:15","ET"),
    "[Records Request 26-412] Request updated", "<0100018e7c.26-412.u4@email.nextrequest.com>",
    html=nextrequest("Baltimore City", "26-412", "Request 26-412 has been updated", "<p>There has been activity on your request. Sign in to view it.</p>", "baltimorecitymd")))

# 032 IRS REQ-001 extension letter with new estimated date
IRS_EXT = """Department of the Treasury - Internal Revenue Service
Disclosure Office 7

May 1, 2026
Case Number: F26097-0045

Dear Requester:

We received your Freedom of Information Act (FOIA) request on April 7, 2026.

We're unable to send the information you requested by the 20-business-day response date of May 5, 2026. We're extending the response date by 10 business days, to May 19, 2026, as permitted by 5 U.S.C. 552(a)(6)(B)(i), because we need to search for and collect records from other locations.

Although we're extending the response date, we will not be able to complete your request by May 19, 2026 either. We have extended the date we expect to respond to June 30, 2026. If you prefer, you may narrow the scope of your request.

You have the right to file suit if you do not agree with this extension. You may also contact the IRS FOIA Public Liaison or the Office of Government Information Services (OGIS) for dispute resolution.

Sincerely,
J. Okafor
Disclosure Specialist"""
add(n=32, d="2026-05-01", req="REQ-001", kind="extension", tn="F26097-0045", clock="extend", est="2026-06-30",
  why="IRS takes the 10-day statutory extension (to May 19) and gives an estimated completion of June 30",
  note="IRS-style extension letter in the body: statutory +10 days plus a later voluntary estimate; both dates stated.",
  msg=lambda: build("Okafor Jerome <jerome.okafor@irs.gov>", INBOX, when("2026-05-01","13:05","CT"),
    "F26097-0045 - Extension of time", "<CY8PR09MB9114.F26097ext@CY8PR09MB9114.namprd09.prod.outlook.com>",
    text=IRS_EXT))
