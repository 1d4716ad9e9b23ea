from mklib import *
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart

def rid(n): return f"<req-{n:03d}.{ {1:'20260406',2:'20260408',3:'20260407',4:'20260414',5:'20260409',6:'20260410',7:'20260406',8:'20260420',9:'20260413',10:'20260504',11:'20260415',12:'20260422',13:'20260416',14:'20260408',15:'20260511',16:'20260413',17:'20260420'}[n]}.1@{DOM}>"
def plus(n): return f"records+req-{n:03d}@{DOM}"

NR_CSS = "font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333"
def nextrequest(city, num, headline, inner, url_slug):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;{NR_CSS}"><tr><td style="padding:24px">
<p style="font-size:12px;color:#777">{city}</p>
<h2 style="margin:0 0 12px 0">{headline}</h2>
{inner}
<p><a href="https://{url_slug}.nextrequest.com/requests/{num}" style="background:#1b5e8a;color:#fff;padding:10px 16px;text-decoration:none">View request {num}</a></p>
<p style="font-size:11px;color:#999">Please do not reply to this email. Replies to this address are not monitored. To communicate about this request, use the link above.<br>Powered by NextRequest</p>
</td></tr></table></td></tr></table></body></html>"""

def govqa(inner, title="City of Albuquerque Public Records"):
    return f"""<html><body><div style="font-family:Verdana;font-size:10pt">
<div style="background:#003865;color:#fff;padding:8px"><b>{title}</b></div>
{inner}
<p style="font-size:8pt;color:#666">This is a system-generated message from the Public Records Center. To view or reply, log in at
<a href="https://cabq.mycusthelp.com/WEBAPP/_rs/(S(x2kq1nfw0b3u))/supporthome.aspx">https://cabq.mycusthelp.com/WEBAPP/_rs/supporthome.aspx</a>. Do not reply to this e-mail.</p>
</div></body></html>"""

M = []
def add(**k): M.append(k)

# 001 BPD NextRequest receipt
add(n=1, d="2026-04-06", req="REQ-007", kind="acknowledgment", tn="26-412", clock="sent",
  why="NextRequest receipt for the BWC audit request; assigns 26-412",
  note="NextRequest HTML-only receipt from the shared no-reply address (used by BPD and NOPD); only the city name and portal sub-domain tell the agency. Modeled on NextRequest 'request has been submitted' mails.",
  msg=lambda: build("Baltimore City Public Information Act <no-reply@nextrequest.com>", INBOX, when("2026-04-06","15:12","ET"),
    "[Records Request 26-412] Your request has been received", "<0100018e2a.26-412.a1@email.nextrequest.com>",
    html=nextrequest("Baltimore City", "26-412", "Your record request 26-412 has been received",
     """<p>Thank you for submitting a request under the Maryland Public Information Act. It has been routed to the <b>Baltimore Police Department</b>.</p>
<p><b>Request text:</b><br><i>All audits, inspection reports and compliance reviews of body-worn camera activation and tagging conducted by or for BPD in calendar years 2024 and 2025...</i></p>
<p>Received: April 6, 2026</p>""", "baltimorecitymd")))

# 002 OSHA mailbox auto reply
add(n=2, d="2026-04-07", req="REQ-003", kind="auto_reply", tn=None,
  why="automatic mailbox response from the OSHA FOIA inbox; no number, no substance",
  note="Mailbox auto-responder that reads a bit like an acknowledgment ('your message has been received') but assigns nothing; threaded to our request by In-Reply-To.",
  msg=lambda: build("OSHA FOIA <foia-osha@dol.gov>", plus(3), when("2026-04-07","09:41","ET"),
    "Automatic reply: FOIA Request: OSHA inspection case file, Red River Poultry (Muskogee, OK)", "<BN8PR09MB5521A7@BN8PR09MB5521.namprd09.prod.outlook.com>",
    in_reply_to=rid(3), references=rid(3), headers=[("Auto-Submitted","auto-replied"),("X-Auto-Response-Suppress","All")],
    text="""This mailbox is monitored Monday through Friday, 8:00 a.m. to 4:30 p.m. Eastern Time.

Your message has been delivered to the OSHA FOIA mailbox. If your e-mail contains a FOIA request, it will be logged and you will receive a separate notice with a tracking number once it has been entered into our system. Please do not send duplicate requests.

You may also check status at https://www.dol.gov/general/foia or by calling the OSHA FOIA Office.

*** This is an automated message. ***"""))

# 003 APD GovQA ack
add(n=3, d="2026-04-08", req="REQ-014", kind="acknowledgment", tn="IPRA-2026-0662", clock="sent",
  why="GovQA acknowledgment for drone flight log request, received 4/8/2026 = sent",
  note="GovQA (mycusthelp) HTML-only acknowledgment; restates the request and the 3-business-day / 15-day IPRA language. Modeled on municipal GovQA confirmation mails.",
  msg=lambda: build("City of Albuquerque Public Records <cityofalbuquerque@mycusthelp.net>", INBOX, when("2026-04-08","16:03","MT"),
    "Public Records Request :: IPRA-2026-0662", "<20260408220311.6641.govqa@mycusthelp.net>",
    html=govqa("""<p>Dear Ledger Records Desk,</p>
<p>Thank you for your Inspection of Public Records Act request. Your request has been received by the City of Albuquerque and assigned reference number <b>IPRA-2026-0662</b>. Please reference this number in all communication.</p>
<p><b>Department:</b> Albuquerque Police Department<br><b>Received:</b> 4/8/2026<br><b>Summary:</b> Real Time Crime Center UAS / drone flight logs, calendar year 2025</p>
<p>Under NMSA 1978, Section 14-2-8, records will be made available as soon as practicable and in no event later than fifteen calendar days from receipt. If the request is determined to be excessively burdensome or broad, you will be notified in writing.</p>""")))

# 004 IRS ack PDF, received date differs
IRS_ACK = """Department of the Treasury
Internal Revenue Service
Disclosure Office 7
Stop 211, 1222 Spruce St, St. Louis, MO 63103

Date: April 9, 2026
Case Number: F26097-0045

Ledger Records Desk
The Gulf & Plains Ledger
records@ledgerinvestigates.example.com

Dear Requester:

This letter acknowledges receipt of your Freedom of Information Act (FOIA) request which we received on April 7, 2026. You asked for examination and revocation records concerning Bayou Veterans Relief Fund.

We have assigned your request the case number shown above. Please refer to this number if you contact us about your request.

The FOIA requires that we respond to your request within 20 business days from the date we receive it. We will respond to you within that period unless we notify you that we need additional time under the unusual circumstances provisions of 5 U.S.C. 552(a)(6)(B).

If the fees for processing your request exceed $25.00, we will contact you before continuing. You have been placed in the news media category.

If you have any questions please call the disclosure caseworker shown below.

Sincerely,
J. Okafor
Disclosure Specialist, ID 1000218947
Disclosure Office 7"""
add(n=4, d="2026-04-09", req="REQ-001", kind="acknowledgment", tn="F26097-0045", clock={"received":"2026-04-07"},
  why="IRS acknowledgment letter (PDF) stating receipt on April 7 (request sent April 6); clock counts from April 7",
  note="Letter only in a PDF; body says little. States a received date one day after sent; 'unless we notify you' and 'if fees exceed $25' hedges. Wording paraphrases IRS disclosure acknowledgment letters.",
  msg=lambda: build("Disclosure Office 7 <foia.do7@irs.gov>", INBOX, when("2026-04-09","11:20","ET"),
    "FOIA Request F26097-0045", "<CY8PR09MB9114.F26097@CY8PR09MB9114.namprd09.prod.outlook.com>",
    text="Please see the attached correspondence regarding your Freedom of Information Act request.\n\nDisclosure Office 7\nInternal Revenue Service\n",
    pdfs=[("F26097-0045 Ack Letter.pdf", IRS_ACK, None)]))

# 005 WHD ack plain, to plus address, no threading
add(n=5, d="2026-04-10", req="REQ-005", kind="acknowledgment", tn="WHD-26-0418", clock={"received":"2026-04-09"},
  why="WHD acknowledgment to our plus address; received April 9 (= sent); assigns WHD-26-0418",
  note="Plain text sent to the plus reply address, no In-Reply-To; second DOL component on the same dol.gov domain with a different number format.",
  msg=lambda: build("WHD FOIA <whd-foia@dol.gov>", plus(5), when("2026-04-10","13:55","ET"),
    "Acknowledgment - WHD-26-0418", "<SA1PR09MB10432.whd0418@SA1PR09MB10432.namprd09.prod.outlook.com>",
    text="""Good afternoon,

The U.S. Department of Labor, Wage and Hour Division (WHD) received your Freedom of Information Act request on April 9, 2026. It has been assigned tracking number WHD-26-0418.

Your request seeks: investigative files, back wage computations and compliance action reports concerning Delta Staffing Solutions (New Orleans and Baton Rouge, LA), 2021 to present.

We will make every effort to respond within the statutory time frame. Requests are processed in the order received within each processing track; yours has been placed in the complex track because it may require records from more than one district office.

Thank you,
WHD FOIA Team
Office of the Administrator
"""))

# 006 NARA ack multipart, received Apr 10 (sent Fri)
add(n=6, d="2026-04-13", req="REQ-006", kind="acknowledgment", tn="NGC26-214", clock={"received":"2026-04-10"},
  why="NARA FOIA acknowledgment, received April 10, number NGC26-214",
  note="multipart/alternative; NARA acknowledgment on the following Monday restating receipt on Friday. Topic paraphrased ('Bureau of Investigation case files, Tulsa, 1921').",
  msg=lambda: build("NARA FOIA <foia@nara.gov>", INBOX, when("2026-04-13","10:02","ET"),
    "NARA FOIA NGC26-214 - Acknowledgment", "<CAJ8x=NGC26-214.ack@nara.gov>",
    text="""Dear Requester:

This acknowledges receipt of your Freedom of Information Act (FOIA) request dated and received April 10, 2026, for Bureau of Investigation case files relating to the events in Tulsa, Oklahoma, in May-June 1921, in Record Group 65. Your request has been assigned tracking number NGC26-214.

Your request has been forwarded to the Textual Records Division, Archives II, College Park, for a search. Many archival records are already open to the public and may be viewed in our research rooms without a FOIA request; if that is the case for the records you seek, staff will let you know.

Sincerely,
NARA FOIA Office
Office of General Counsel
""",
    html="""<p>Dear Requester:</p><p>This acknowledges receipt of your Freedom of Information Act (FOIA) request dated and received <b>April 10, 2026</b>, for Bureau of Investigation case files relating to the events in Tulsa, Oklahoma, in May&ndash;June 1921, in Record Group 65. Your request has been assigned tracking number <b>NGC26-214</b>.</p><p>Your request has been forwarded to the Textual Records Division, Archives II, College Park, for a search. Many archival records are already open to the public and may be viewed in our research rooms without a FOIA request; if that is the case for the records you seek, staff will let you know.</p><p>Sincerely,<br>NARA FOIA Office<br>Office of General Counsel</p>"""))

# 007 IRS REQ-002 ack, plain letter text, received Apr 8
add(n=7, d="2026-04-13", req="REQ-002", kind="acknowledgment", tn="F26098-0051", clock={"received":"2026-04-08"},
  why="IRS acknowledgment of second request (Plains Heritage Foundation), received April 8",
  note="Second IRS request on a similar exempt-organization topic; letter text in the body, no threading headers, different Disclosure office.",
  msg=lambda: build("IRS Disclosure Office 4 <disclosure.do4@irs.gov>", INBOX, when("2026-04-13","14:37","CT"),
    "Your Freedom of Information Act request", "<DM6PR09MB4471.F26098@DM6PR09MB4471.namprd09.prod.outlook.com>",
    text="""Case Number: F26098-0051

We received your Freedom of Information Act request on April 8, 2026, for the application for recognition of exemption (Form 1023), supporting documents, and determination letter for Plains Heritage Foundation, Oklahoma City, OK.

Your case has been assigned to the caseworker below. We expect to respond within the 20 business day period the law allows, unless we need to take an extension under 5 U.S.C. 552(a)(6)(B), in which case we will tell you in writing.

Note: Applications for exemption and determination letters of organizations recognized as exempt are generally open to public inspection under IRC 6104 and may be requested on Form 4506-A. We are processing your request under the FOIA as you asked.

R. Delacroix
Disclosure Specialist
Disclosure Office 4 (Oklahoma City / New Orleans)
"""))

# 008 OSHA ack REQ-003 (FOIAXpress-style)
add(n=8, d="2026-04-14", req="REQ-003", kind="acknowledgment", tn="2026-F-04117", clock={"received":"2026-04-07"},
  why="OSHA acknowledgment of Red River Poultry request, received April 7, number 2026-F-04117",
  note="Acknowledgment sent a week after receipt, states the earlier received date; multipart; names the inspection number, not our subject line.",
  msg=lambda: build("OSHA FOIA <foia-osha@dol.gov>", INBOX, when("2026-04-14","08:16","ET"),
    "DOL FOIA Request 2026-F-04117 Acknowledgement Letter", "<FX.2026-F-04117.ack@foiaxpress.dol.gov>",
    text="""April 14, 2026

Re: FOIA Request No. 2026-F-04117

This is to acknowledge receipt of your Freedom of Information Act request, which was received by the Occupational Safety and Health Administration on April 7, 2026. You requested the complete case file for OSHA inspection no. 1712345 (Red River Poultry LLC, Muskogee, OK), including photographs and interview notes.

Your request has been placed in our complex processing queue. We will respond as soon as possible. If we determine that unusual circumstances apply, we will notify you and may ask you to narrow your request.

Fee category: representative of the news media. Fees for duplication beyond the first 100 pages may apply; you will be notified if fees are expected to exceed $25.00.

OSHA FOIA Office, Room N-3647
200 Constitution Ave NW, Washington, DC 20210""",
    html="""<div style="font-family:Calibri;font-size:11pt"><p>April 14, 2026</p><p><b>Re: FOIA Request No. 2026-F-04117</b></p><p>This is to acknowledge receipt of your Freedom of Information Act request, which was received by the Occupational Safety and Health Administration on <b>April 7, 2026</b>. You requested the complete case file for OSHA inspection no. 1712345 (Red River Poultry LLC, Muskogee, OK), including photographs and interview notes.</p><p>Your request has been placed in our complex processing queue. We will respond as soon as possible. If we determine that unusual circumstances apply, we will notify you and may ask you to narrow your request.</p><p>Fee category: representative of the news media. Fees for duplication beyond the first 100 pages may apply; you will be notified if fees are expected to exceed $25.00.</p><p>OSHA FOIA Office, Room N-3647<br>200 Constitution Ave NW, Washington, DC 20210</p></div>"""))

# 009 IMPD ack via Google Group
GG = lambda orig, name: [("X-Original-From", fixaddr(f"{name} <{orig}>")), ("X-Original-Sender", orig), ("Reply-To", fixaddr(f"{name} <{orig}>")),
   ("Mailing-list", "list records@ledgerinvestigates.example.com; contact records+owners@ledgerinvestigates.example.com"),
   ("List-ID", "<records.ledgerinvestigates.example.com>"), ("Precedence", "list"),
   ("List-Post", "<https://groups.google.com/a/ledgerinvestigates.example.com/group/records/post>, <mailto:records@ledgerinvestigates.example.com>"),
   ("X-Google-Group-Id", "583920117442")]
def via(name): return f"'{name}' via Ledger Records <records@ledgerinvestigates.example.com>"
add(n=9, d="2026-04-14", req="REQ-009", kind="acknowledgment", tn="IMPD-26-01873", clock="sent",
  why="IMPD acknowledgment of the pursuit-report request relayed by the Google Group; number IMPD-26-01873",
  note="Relayed by our Google Group: From is the group, real sender only in X-Original-From/Reply-To. Short, informal APRA acknowledgment with a 'reasonable time' promise.",
  msg=lambda: build(via("IMPD Records"), INBOX, when("2026-04-14","12:48","ET"),
    "RE: APRA Request: IMPD vehicle pursuit reports, 2025", "<MN2PR09MB6023.impd1873@MN2PR09MB6023.namprd09.prod.outlook.com>",
    in_reply_to=rid(9), references=rid(9), headers=GG("impdrecords@indy.gov", "IMPD Records"),
    text="""Hello,

Your public records request has been received and assigned IMPD-26-01873. Per Ind. Code 5-14-3-3(b) we will produce any responsive, disclosable records within a reasonable time. Pursuit reports for a full year can be sizable, so we will be in touch if we need more information.

Thank you,
Records Section
Indianapolis Metropolitan Police Department
50 N Alabama St, Indianapolis, IN 46204

-----Original Message-----
From: Ledger Records <records@ledgerinvestigates.example.com>
Sent: Monday, April 13, 2026 9:02 AM
To: IMPD Records <impdrecords@indy.gov>
Subject: APRA Request: IMPD vehicle pursuit reports, 2025

Under the Indiana Access to Public Records Act, Ind. Code 5-14-3, we request all vehicle pursuit reports (including supervisor review forms) for pursuits initiated by IMPD officers in calendar year 2025.
"""))

# 010 MSP ack, received next business day (emailed request)
add(n=10, d="2026-04-15", req="REQ-016", kind="acknowledgment", tn="MSP 2026-03312", clock={"received":"2026-04-14"},
  why="MSP FOIA Unit acknowledgment; emailed request deemed received April 14 (day after sending); clock from April 14",
  note="Michigan: an e-mailed request is treated as received the next business day; the letter states April 14 while we sent April 13. Quotes our request below with Safe Links-wrapped URL.",
  msg=lambda: build("MSP-FOIA <msp-foia@michigan.gov>", INBOX, when("2026-04-15","10:31","ET"),
    "RE: FOIA Request: MSP Forensic Science Division sexual assault kit backlog reports, 2024-2026", "<CH0PR09MB8101.msp3312@CH0PR09MB8101.namprd09.prod.outlook.com>",
    in_reply_to=rid(16), references=rid(16),
    text="""Good morning,

The Michigan State Police FOIA Unit has received your request under the Michigan Freedom of Information Act, MCL 15.231 et seq. Because your request was submitted by e-mail, it is considered received on April 14, 2026, the business day after transmission (MCL 15.235(1)). Your request has been assigned number MSP 2026-03312.

A written response will be issued within five business days of receipt unless the time is extended as permitted by MCL 15.235(2).

MSP FOIA Unit
P.O. Box 30634, Lansing, MI 48909

________________________________
From: Ledger Records <records@ledgerinvestigates.example.com>
Sent: Monday, April 13, 2026 3:44 PM
To: MSP-FOIA <MSP-FOIA@michigan.gov>
Subject: FOIA Request: MSP Forensic Science Division sexual assault kit backlog reports, 2024-2026

CAUTION: This is an external email. Please send suspicious emails to abuse@michigan.gov

Under the Michigan FOIA we request all monthly and quarterly sexual assault kit backlog reports prepared by the Forensic Science Division, January 2024 through March 2026, as described in the Division's public dashboard (https://gcc02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.michigan.gov%2Fmsp%2Fdivisions%2Fforensic-science&data=05%7C02%7CMSP-FOIA%40michigan.gov%7C7a1e%7C0%7C638801234567890123&sdata=Qx9%2Bv1%3D&reserved=0).
"""))
