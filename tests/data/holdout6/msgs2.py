from msgs1 import *
from email.mime.message import MIMEMessage
from email.message import Message

def ds_part(text):
    ds = Message(); ds.set_type("message/delivery-status")
    for block in text.strip().split("\n\n"):
        b = Message()
        for line in block.splitlines():
            k, v = line.split(":", 1); b[k] = v.strip()
        ds.attach(b)
    return ds

# 011 NOPD NextRequest ack
add(n=11, d="2026-04-16", req="REQ-011", kind="acknowledgment", tn="26-2281", clock="sent",
  why="NextRequest receipt for NOPD FIT reports; number 26-2281",
  note="Same no-reply NextRequest address as BPD; only 'City of New Orleans' and nola sub-domain identify NOPD. multipart/alternative.",
  msg=lambda: build("City of New Orleans <no-reply@nextrequest.com>", INBOX, when("2026-04-16","08:05","CT"),
    "[Records Request 26-2281] Your request has been received", "<0100018e3c.26-2281.a1@email.nextrequest.com>",
    text="""City of New Orleans

Your record request 26-2281 has been received and is being processed in accordance with the Louisiana Public Records Law (La. R.S. 44:1 et seq.).

Department: Police (NOPD) - Public Integrity Bureau
Request: All Force Investigation Team (FIT) investigative reports completed in 2025, including Level 4 use-of-force reviews.
Received: April 15, 2026

View request 26-2281: https://nola.nextrequest.com/requests/26-2281

Please do not reply to this email.""",
    html=nextrequest("City of New Orleans", "26-2281", "Your record request 26-2281 has been received",
      """<p>Your request is being processed in accordance with the Louisiana Public Records Law (La. R.S. 44:1 et seq.).</p>
<p><b>Department:</b> Police (NOPD) - Public Integrity Bureau<br><b>Request:</b> All Force Investigation Team (FIT) investigative reports completed in 2025, including Level 4 use-of-force reviews.<br><b>Received:</b> April 15, 2026</p>""", "nola")))

# 012 bounce of original TPD request to old address
def dsn():
    outer = MIMEMultipart("report", report_type="delivery-status")
    outer.attach(MIMEText("""This is the mail system at host mx1.ledgerinvestigates.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<openrecords@tulsapolice.org>: host mx.tulsapolice.org[198.51.100.24] said:
    550 5.1.1 <openrecords@tulsapolice.org>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", "plain", "us-ascii"))
    ds = ds_part("Reporting-MTA: dns; mx1.ledgerinvestigates.example.com\nArrival-Date: Thu, 16 Apr 2026 09:10:01 -0500 (CDT)\n\nFinal-Recipient: rfc822; openrecords@tulsapolice.org\nOriginal-Recipient: rfc822;openrecords@tulsapolice.org\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.tulsapolice.org\nDiagnostic-Code: smtp; 550 5.1.1 <openrecords@tulsapolice.org>: Recipient address rejected: User unknown in virtual mailbox table\n")
    outer.attach(ds)
    orig = Message(); orig.set_type("text/rfc822-headers")
    orig.set_payload(f"From: Ledger Records <records@ledgerinvestigates.example.com>\nReply-To: {plus(13)}\nTo: openrecords@tulsapolice.org\nSubject: Open Records Request: Tulsa Police license plate reader contract and audit logs\nDate: Thu, 16 Apr 2026 09:09:58 -0500\nMessage-ID: {rid(13)}\n")
    outer.attach(orig)
    for k, v in [("From","MAIL-DAEMON@ledgerinvestigates.example.com (Mail Delivery System)"),("To",INBOX),
                 ("Date", when("2026-04-16","09:10","CT")),("Subject","Undelivered Mail Returned to Sender"),
                 ("Message-ID","<20260416141053.9F2C13A0@mx1.ledgerinvestigates.example.com>"),("Auto-Submitted","auto-replied")]:
        outer[k] = v
    return outer
add(n=12, d="2026-04-16", req="REQ-013", kind="bounce", tn=None,
  why="DSN: our Tulsa open-records request to an old tulsapolice.org address was rejected",
  note="multipart/report DSN; the request is identifiable only from the returned headers (Message-ID, Subject) in text/rfc822-headers.",
  msg=dsn)

# 013 TPD ack (resent to the right address)
add(n=13, d="2026-04-17", req="REQ-013", kind="acknowledgment", tn="TPD-ORR-26-117", clock="sent",
  why="Tulsa PD acknowledgment, number TPD-ORR-26-117; Oklahoma sets no day count so no due",
  note="Oklahoma ORA has no numeric deadline: acknowledgment gives no due. Short reply quoting our request Gmail-style; windows-1252 body with curly quotes.",
  msg=lambda: build("TPD Records <tpdrecords@cityoftulsa.org>", plus(13), when("2026-04-17","14:26","CT"),
    "RE: Open Records Request: Tulsa Police license plate reader contract and audit logs", "<DS7PR09MB7310.tpd117@DS7PR09MB7310.namprd09.prod.outlook.com>",
    in_reply_to="<req-013.20260416.2@ledgerinvestigates.example.com>", references=f"{rid(13)} <req-013.20260416.2@ledgerinvestigates.example.com>",
    charset="windows-1252",
    text="""Good afternoon \u2013

We\u2019ve received your request under the Oklahoma Open Records Act (51 O.S. \u00a7 24A.1 et seq.) and logged it as TPD-ORR-26-117. Please note that the Act requires \u201cprompt, reasonable access\u201d; we don\u2019t set a date at intake. Large or technical requests like audit logs typically take several weeks.

Records Unit \u2013 Tulsa Police Department
600 Civic Center, Tulsa, OK 74103

On Thu, Apr 16, 2026 at 9:31 AM Ledger Records <records@ledgerinvestigates.example.com> wrote:
> Re-sending to the current address; our earlier message to openrecords@tulsapolice.org was returned.
>
> Under the Oklahoma Open Records Act we request (1) the contract, amendments and invoices for
> automated license plate reader cameras used by TPD, and (2) the system audit logs of searches
> run by TPD users from January 1, 2025 to March 31, 2026.
"""))

# 014 APD GovQA portal notice
add(n=14, d="2026-04-17", req="REQ-014", kind="portal_notice", tn="IPRA-2026-0662",
  why="GovQA 'request updated' notice, no substantive content",
  note="Content-free GovQA update notice; only the reference number. HTML-only.",
  msg=lambda: build("City of Albuquerque Public Records <cityofalbuquerque@mycusthelp.net>", INBOX, when("2026-04-17","07:45","MT"),
    "Public Records Request :: IPRA-2026-0662 has been updated", "<20260417134502.7712.govqa@mycusthelp.net>",
    html=govqa("""<p>Your public records request <b>IPRA-2026-0662</b> has been updated. Please log in to the Public Records Center to view the latest activity and any messages from staff.</p>""")))

# 015 BPD fee estimate via NextRequest (substantive message text)
add(n=15, d="2026-04-20", req="REQ-007", kind="fee_estimate", tn="26-412",
  why="BPD estimates $412.50 and requires payment before processing",
  note="NextRequest message carrying a substantive fee letter (MPIA § 4-206); offers fee waiver route; payment due before work continues.",
  msg=lambda: build("Baltimore City Public Information Act <no-reply@nextrequest.com>", INBOX, when("2026-04-20","16:40","ET"),
    "[Records Request 26-412] Message from the Baltimore Police Department", "<0100018e4f.26-412.m3@email.nextrequest.com>",
    html=nextrequest("Baltimore City", "26-412", "A new message has been added to request 26-412",
      """<blockquote style="border-left:3px solid #ccc;padding-left:10px">
<p>Good afternoon,</p>
<p>The Department has completed a preliminary review of your request. Responsive material is held by the Compliance Bureau and the BWC Unit and will require an estimated 15 hours of search, review and redaction. Under General Provisions Article &sect; 4-206, the first two hours are provided at no cost. The estimated fee is <b>$412.50</b> (13 hours at $31.73/hr, rounded).</p>
<p>Please remit payment through the portal or submit a fee waiver request explaining the public interest. Processing of your request will be held until payment or a waiver decision is received. If you wish to narrow the request to reduce the fee, please let us know.</p>
<p>BPD Public Information Act Unit</p></blockquote>""", "baltimorecitymd")))

# 016 MSP extension notice PDF
MSP_EXT = """MICHIGAN STATE POLICE
FREEDOM OF INFORMATION ACT UNIT

April 21, 2026

Ledger Records Desk
records@ledgerinvestigates.example.com

RE: FOIA Request No. MSP 2026-03312

NOTICE OF EXTENSION

Your request for public records under the Michigan Freedom of Information Act, MCL 15.231 et seq., was received by this Department on April 14, 2026.

Pursuant to MCL 15.235(2)(d), the Department is extending the time to respond to your request by not more than 10 business days. The extension is necessary because the records must be retrieved from the Forensic Science Division and reviewed before a determination can be made.

You will receive a written determination on or before the end of the extended period.

Sincerely,
FOIA Coordinator
Michigan State Police"""
add(n=16, d="2026-04-21", req="REQ-016", kind="extension", tn="MSP 2026-03312", clock="extend",
  why="MCL 15.235(2)(d) notice extending by 10 business days",
  note="Formal Michigan 'Notice of Extension' as a PDF letter with a one-line body; extended due = original 5-day due + 10 business days.",
  msg=lambda: build("MSP-FOIA <msp-foia@michigan.gov>", INBOX, when("2026-04-21","15:58","ET"),
    "FOIA MSP 2026-03312 - Notice of Extension", "<CH0PR09MB8101.msp3312b@CH0PR09MB8101.namprd09.prod.outlook.com>",
    text="Please see attached.\n\nMSP FOIA Unit\n", pdfs=[("MSP 2026-03312 Extension.pdf", MSP_EXT, None)]))

# 017 OSHA REQ-004 ack quoting our request, no threading
add(n=17, d="2026-04-21", req="REQ-004", kind="acknowledgment", tn="2026-F-04388", clock={"received":"2026-04-14"},
  why="OSHA acknowledgment of the Cimarron Grain request (received April 14); second OSHA request",
  note="Second OSHA inspection-file request; no In-Reply-To, only quoted text and a new number distinguish it from REQ-003.",
  msg=lambda: build("OSHA FOIA <foia-osha@dol.gov>", INBOX, when("2026-04-21","11:12","ET"),
    "Your OSHA FOIA request - 2026-F-04388", "<BN8PR09MB5521.04388@BN8PR09MB5521.namprd09.prod.outlook.com>",
    text="""Hello,

OSHA received your request on 04/14/2026 and assigned it FOIA number 2026-F-04388. The request has been sent to the Oklahoma City Area Office, which holds the inspection file for the grain elevator explosion in Enid. Because the inspection may still be in the contest period, portions of the file could be withheld under Exemption 7(A); we will explain in our response.

Regards,
OSHA FOIA

From: Ledger Records <records@ledgerinvestigates.example.com>
Sent: Tuesday, April 14, 2026 10:20 AM
To: OSHA FOIA <foia-osha@dol.gov>
Subject: FOIA Request: OSHA inspection file, Cimarron Grain Cooperative elevator explosion (Enid, OK)

Pursuant to the FOIA, we request the inspection file for OSHA's investigation of the February 2026 explosion at the Cimarron Grain Cooperative elevator in Enid, Oklahoma, including citations, the narrative, photographs and witness statements.
"""))

# 018 IMPD clarification via Google Group
add(n=18, d="2026-04-21", req="REQ-009", kind="clarification", tn="IMPD-26-01873",
  why="IMPD asks us to choose between pursuit reports and Pursuit Review Board files / narrow",
  note="Google Group relay again; clarification request in question form, says the request is on hold pending our answer.",
  msg=lambda: build(via("Kessler, Dana"), INBOX, when("2026-04-21","14:03","ET"),
    "IMPD-26-01873 - question about your request", "<MN2PR09MB6023.impd1873q@MN2PR09MB6023.namprd09.prod.outlook.com>",
    headers=GG("dana.kessler@indy.gov", "Kessler, Dana"),
    text="""Hi,

I'm working on IMPD-26-01873. IMPD logged roughly 640 pursuits in 2025. Can you clarify what you're after:

  1. the pursuit report form only (one page per pursuit), or
  2. the full Vehicle Pursuit Review Board packets, which include dash/body camera logs and supervisor memos?

Option 2 would be several thousand pages. If you can narrow by district or by outcome (e.g., pursuits ending in a crash), that would help. We'll hold the request until we hear back.

Dana Kessler
Records Section Supervisor, IMPD
"""))

# 019 reporter's internal note (null)
add(n=19, d="2026-04-22", req=None, kind="other", tn=None,
  why="internal note from a reporter to the records inbox; not an agency reply",
  note="Colleague's note mentioning NOPD and the FIT topic; should not be attached to REQ-011.",
  msg=lambda: build("Darnell Whitacre <dwhitacre@ledgerinvestigates.example.com>", INBOX, when("2026-04-22","17:21","CT"),
    "NOPD FIT reports -- heads up", "<CAF7k2pQ1d+NOPD@mail.gmail.com>",
    text="""Team,

FYI, NOPD's PIO told me on the phone today that the FIT reports for the Gentilly and Algiers shootings are 'close to done.' Nothing in writing. If anything comes through the portal please forward it to me and Mara.

Also, reminder that the Ledger's style is 'Force Investigation Team' on first reference.

-- Darnell
"""))

# 020 NOPD due date extended (no statutory extension in LA -> estimated only)
add(n=20, d="2026-04-22", req="REQ-011", kind="extension", tn="26-2281", est="2026-05-15",
  why="NextRequest due-date change to May 15 with a reason; Louisiana has no fixed extension -> estimated only",
  note="NextRequest 'due date changed' notice that does carry a reason (records in active use, La. R.S. 44:33); new date as estimate.",
  msg=lambda: build("City of New Orleans <no-reply@nextrequest.com>", INBOX, when("2026-04-22","10:30","CT"),
    "[Records Request 26-2281] Due date changed", "<0100018e55.26-2281.d2@email.nextrequest.com>",
    html=nextrequest("City of New Orleans", "26-2281", "The due date for request 26-2281 has been changed",
      """<p><b>New due date:</b> May 15, 2026</p><p><b>Reason:</b> Responsive records are in active use by the Public Integrity Bureau and must be reviewed for information related to pending criminal litigation (La. R.S. 44:3, 44:33). The custodian certifies that the records will be available for inspection on or before the date above.</p>""", "nola")))
