#!/usr/bin/env python3
"""Builds messages/*.eml, facts.yaml and NOTES.md for this set (records desk tooling)."""
import datetime as dt, os, glob, yaml
from email.message import EmailMessage
from email.utils import format_datetime
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from urllib.parse import quote
from fpdf import FPDF
from compute_labels import add_days, hol, load_rules

HERE = os.path.dirname(os.path.abspath(__file__))
R = load_rules()
D = dt.date
INBOX = "prr@carceraldata.example.edu"
REQ = {r["id"]: r for r in yaml.safe_load(open(os.path.join(HERE, "requests.yaml")))["requests"]}
TZ = {"ET": -4, "CT": -5, "PT": -7}
FACTS, NOTES, MSGS = [], [], []


def fmt(d):
    return d.strftime("%B %-d, %Y")


def hdrs(m, date, hm, tz, frm, subj, to=INBOX, mid=None, irt=None, refs=None, extra=None):
    h, mi = hm
    t = dt.datetime(date.year, date.month, date.day, h, mi, tzinfo=dt.timezone(dt.timedelta(hours=TZ[tz])))
    m["From"] = frm
    m["To"] = to
    m["Date"] = format_datetime(t)
    m["Subject"] = subj
    m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt
    if refs:
        m["References"] = refs
    for k, v in (extra or {}).items():
        m[k] = v
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    return m


def sl(url):
    return ("https://nam12.safelinks.protection.outlook.com/?url=" + quote(url, safe="") +
            "&data=05%7C02%7Cprr%40carceraldata.example.edu%7C8c1e0f3a2b4d4e51%7C3f2a7d1e%7C0%7C0%7C6389"
            "&sdata=Qm9ndXNTaWduYXR1cmU%3D&reserved=0")


BANNER = ("EXTERNAL EMAIL: This message originated outside Carceral Data Lab. Do not click links or open "
          "attachments unless you recognize the sender and know the content is safe.\n\n")
HBANNER = ('<table style="border:1px solid #c00;background:#fff4e5"><tr><td style="font:12px Arial;color:#900">'
           '<b>EXTERNAL EMAIL:</b> This message originated outside Carceral Data Lab. Do not click links or open '
           'attachments unless you recognize the sender and know the content is safe.</td></tr></table><br>')


def pdf_bytes(lines, title=None):
    p = FPDF()
    p.add_page()
    p.set_font("Helvetica", "B", 11)
    if title:
        p.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    p.set_font("Helvetica", size=10)
    for ln in lines:
        if ln:
            p.multi_cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
        else:
            p.ln(5)
    return bytes(p.output())


def dsn_part(text):
    import email as _e
    return _e.message_from_string("Content-Type: message/delivery-status\n\n" + text)


def plain(body, charset="utf-8"):
    m = EmailMessage()
    m.set_content(body, charset=charset, cte="quoted-printable" if charset != "us-ascii" else "7bit")
    return m


def htmlonly(html, charset="utf-8"):
    m = EmailMessage()
    m.set_content(html, subtype="html", charset=charset, cte="quoted-printable")
    return m


def alt(text, html):
    m = EmailMessage()
    m.set_content(text)
    m.add_alternative(html, subtype="html")
    return m


def with_pdf(m, fname, data):
    m.add_attachment(data, maintype="application", subtype="pdf", filename=fname)
    return m


def quote_req(rid, who="Carceral Data Lab Records Desk"):
    r = REQ[rid]
    return ("\n\n-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: (agency records office)\nSubject: %s\n\n"
            "To whom it may concern,\n\nPursuant to the applicable public records law, Carceral Data Lab requests "
            "copies of the following records: %s.\n\nPlease reply to %s.\n\nThank you,\nRecords Desk\nCarceral Data Lab"
            % (who, r["reply_address"], fmt(r["sent"]), r["subject"], r["subject"].split(": ", 1)[1], r["reply_address"]))


def add(n, date, m, request, kind, tracking=None, clock=None, received=None, adverse=False, estimated=None,
        why="", note="", slug=""):
    fname = "%03d-%s.eml" % (n, date.strftime("%Y%m%d"))
    MSGS.append((fname, m))
    f = {"file": fname, "date": date, "request": request, "kind": kind, "tracking_number": tracking}
    if clock:
        f["clock"] = clock
    if received:
        f["received"] = received
    if adverse:
        f["adverse"] = True
    if estimated is not None:
        f["estimated"] = estimated
    f["why"] = why
    FACTS.append(f)
    NOTES.append((fname, request, kind, note))


def due_after_start(rid, jur, received=None):
    r = R[jur]
    return add_days(received or REQ[rid]["sent"], r["response"], r["rtype"], hol(jur))


def ext_from(cur, jur):
    r = R[jur]
    return add_days(cur, r["ext"], r["etype"], hol(jur))


def build():
    # 1 BOP ack REQ-001, received date differs
    d = D(2026, 5, 4)
    m = plain(BANNER + """Good afternoon,

The Federal Bureau of Prisons, FOIA/Privacy Act Section, received your Freedom of Information Act request on April 28, 2026. Your request has been assigned tracking number 2026-03712. Please reference this number in any future correspondence about this request.

Your request seeks Special Housing Unit placement records for FCI Sheridan covering 2020 through 2025. Requests are processed in the order received within our complex track. We will respond within the time frame set by the FOIA unless we notify you that unusual circumstances require an extension.

You may check the status of your request at https://www.bop.gov/foia/ or by contacting the FOIA Public Liaison at (202) 616-7750.

Sincerely,
FOIA/PA Section
Office of General Counsel
Federal Bureau of Prisons
""" + quote_req("REQ-001"))
    hdrs(m, d, (14, 12), "ET", "BOP-OGC-EFOIA <BOP-OGC-EFOIA@bop.gov>", "RE: " + REQ["REQ-001"]["subject"],
         mid="<BN8PR09MB3321A0@BN8PR09MB3321.namprd09.prod.outlook.com>", irt=REQ["REQ-001"]["message_id"],
         refs=REQ["REQ-001"]["message_id"])
    add(1, d, m, "REQ-001", "acknowledgment", "2026-03712", "start", received=D(2026, 4, 28),
        why="BOP acknowledges, assigns 2026-03712, states received Apr 28 (sent Apr 27)",
        note="Threaded reply (In-Reply-To); stated received date one day after sent; M365 external banner; quotes our request. Modeled on BOP FOIA/PA Section acknowledgment emails.")

    # 2 SPD auto-reply REQ-009
    d = D(2026, 5, 4)
    m = plain("""Thank you for contacting the Seattle Police Department Public Disclosure Unit.

This is an automated response. Your email has been received. Please note that public disclosure requests are now tracked through the City of Seattle Public Records Center. If you have not already done so, you may submit your request at https://seattlewa.mycusthelp.net/WEBAPP/_rs/ . Emailed requests are entered into the Center by staff, generally within two business days.

This mailbox is not monitored after hours or on weekends.
""")
    hdrs(m, d, (16, 40), "PT", "SPD Public Disclosure <SPD_PDU@seattle.gov>", "Automatic reply: " + REQ["REQ-009"]["subject"],
         mid="<autoreply.7731@seattle.gov>", irt=REQ["REQ-009"]["message_id"], refs=REQ["REQ-009"]["message_id"],
         extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    add(2, d, m, "REQ-009", "auto_reply", why="mailbox auto-responder, no substance",
        note="Auto-Submitted auto-reply threaded to our request. Modeled on city mailbox auto-responders pointing to a GovQA center.")

    # 3 USMS PAL ack REQ-003 (HTML only)
    d = D(2026, 5, 5)
    due3 = due_after_start("REQ-003", "US")
    m = htmlonly(HBANNER + """<html><body style="font-family:Arial;font-size:13px">
<p>Dear Requester,</p>
<p>This is to acknowledge receipt of your Freedom of Information Act (FOIA) request submitted to the United States Marshals Service (USMS). Your request was received on 04/28/2026 and has been assigned tracking number <b>2026-USMS-000781</b>.</p>
<p>Request description: <i>Intergovernmental agreements (IGAs) for prisoner housing with county and local facilities in Oregon and Washington.</i></p>
<p>You can track the progress of your request through the PAL portal: <a href="%s">https://usms-foia.usdoj.gov/palMain.aspx</a>.</p>
<p>USMS FOIA/PA Office<br>Office of General Counsel</p>
<p style="font-size:10px;color:#777">This is a system-generated message. Please do not reply to this email.</p>
</body></html>""" % sl("https://usms-foia.usdoj.gov/palMain.aspx"))
    hdrs(m, d, (9, 3), "ET", "USMS FOIA PAL <foiapal-noreply@usdoj.gov>", "FOIA Request 2026-USMS-000781 Acknowledgment",
         mid="<PAL.20260505090301.2026-USMS-000781@usdoj.gov>")
    add(3, d, m, "REQ-003", "acknowledgment", "2026-USMS-000781", "start", received=D(2026, 4, 28),
        why="PAL acknowledgment with tracking number, received = sent",
        note="FOIAXpress PAL system mail from a usdoj.gov no-reply (not in agency emails; shares usdoj.gov with other DOJ mail); HTML only, Safe Links-wrapped URL; new subject, topic paraphrased. Modeled on FOIAXpress PAL acknowledgment notices.")

    # 4 NextRequest ack PPB REQ-006
    d = D(2026, 5, 5)
    txt = """Portland Police Bureau

Record request #26-2291 has been submitted.

Request received: April 30, 2026
Request: All force data collection reports (FDCRs) documenting use of less-lethal munitions (40mm, FN303, aerosol) during calendar year 2025.

Under ORS 192.329, the Bureau will complete its response or provide a written estimate of the date it will complete the response as soon as practicable.

View request: https://portlandor.nextrequest.com/requests/26-2291

Questions? Reply through the portal; this mailbox is not monitored."""
    html = "<div style='font-family:Helvetica'><h3>Portland Police Bureau</h3><p>Record request <a href='%s'>#26-2291</a> has been submitted.</p><p><b>Request received:</b> April 30, 2026<br><b>Request:</b> All force data collection reports (FDCRs) documenting use of less-lethal munitions (40mm, FN303, aerosol) during calendar year 2025.</p><p>Under ORS 192.329, the Bureau will complete its response or provide a written estimate of the date it will complete the response as soon as practicable.</p><p style='color:#888'>Questions? Reply through the portal; this mailbox is not monitored.</p></div>" % sl("https://portlandor.nextrequest.com/requests/26-2291")
    m = alt(txt, html)
    hdrs(m, d, (11, 20), "PT", "Portland Police Bureau Records <no-reply@nextrequest.com>", "[Records Request] Record request #26-2291 submitted",
         mid="<nr.26-2291.submitted.5f1a@nextrequest.com>")
    add(4, d, m, "REQ-006", "acknowledgment", "26-2291", "start", received=D(2026, 4, 30),
        why="NextRequest acknowledgment for PPB, request topic paraphrased, number 26-2291",
        note="Shared NextRequest no-reply address also used by Milwaukee (same 26-NNNN numbering); only the portal subdomain and agency name tell them apart. multipart/alternative.")

    # 5 NextRequest ack MPD REQ-010
    d = D(2026, 5, 5)
    txt = """Milwaukee Police Department - Open Records

Your record request 26-1187 has been received and is being processed.

Request text (as entered by staff): Data extract of traffic stops and field interviews recorded 2023 through 2025, including race, reason for stop, search and outcome fields.

Wisconsin law requires records to be provided as soon as practicable and without delay. Response times vary with the volume of records.

Track it here: https://milwaukeewi.nextrequest.com/requests/26-1187"""
    m = plain(txt)
    hdrs(m, d, (13, 2), "CT", "Milwaukee Police Department <no-reply@nextrequest.com>", "Your record request 26-1187 has been received",
         mid="<nr.26-1187.received.a991@nextrequest.com>")
    add(5, d, m, "REQ-010", "acknowledgment", "26-1187", "start",
        why="MPD via NextRequest acknowledges; Wisconsin has no statutory number so no due date",
        note="Same no-reply as message 4, different agency; WI has no response days so the label carries no due. Plain text.")

    # 6 bounce REQ-011
    d = D(2026, 5, 5)
    outer = MIMEMultipart("report", report_type="delivery-status")
    outer.attach(MIMEText("""Delivery has failed to these recipients or groups:

openrecords@milwaukee.gov
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:
Generating server: CH0PR09MB8123.namprd09.prod.outlook.com
openrecords@milwaukee.gov
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
"""))
    outer.attach(dsn_part("Reporting-MTA: dns; CH0PR09MB8123.namprd09.prod.outlook.com\n\nFinal-Recipient: rfc822; openrecords@milwaukee.gov\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n"))
    orig = EmailMessage()
    orig["From"] = "Carceral Data Lab Records Desk <prr@carceraldata.example.edu>"
    orig["To"] = "openrecords@milwaukee.gov"
    orig["Subject"] = REQ["REQ-011"]["subject"]
    orig["Date"] = "Mon, 4 May 2026 15:58:11 -0500"
    orig["Message-ID"] = REQ["REQ-011"]["message_id"]
    orig["Reply-To"] = REQ["REQ-011"]["reply_address"]
    orig.set_content("To the Milwaukee Police Department records custodian,\n\nUnder Wis. Stat. 19.31-19.39 we request vehicle pursuit reports and the pursuit policy for 2024-2025.\n")
    outer.attach(MIMEMessage(orig))
    hdrs(outer, d, (6, 1), "CT", "Microsoft Outlook <MAILER-DAEMON@CH0PR09MB8123.namprd09.prod.outlook.com>",
         "Undeliverable: " + REQ["REQ-011"]["subject"], mid="<dsn.CH0PR09MB8123.20260505@namprd09.prod.outlook.com>",
         irt=REQ["REQ-011"]["message_id"], extra={"Auto-Submitted": "auto-replied"})
    add(6, d, outer, "REQ-011", "bounce", why="Exchange NDR for our original REQ-011 email",
        note="multipart/report DSN with the original message attached (Message-ID of REQ-011).")

    # 7 PSP extension REQ-012 PDF
    d = D(2026, 5, 7)
    due12 = ext_from(due_after_start("REQ-012", "US-PA"), "US-PA")
    letter = ["May 7, 2026", "", "Carceral Data Lab", "prr+req-012@carceraldata.example.edu", "",
              "RE: Right-to-Know Law Request No. 2026-0418", "",
              "Dear Requester:",
              "The Pennsylvania State Police Right-to-Know Office received your request under the Right-to-Know Law, 65 P.S. 67.101 et seq., on April 30, 2026, seeking use of force directives and minutes of the Use of Force Review Board.",
              "This is an interim response under Section 902(b) of the RTKL. Your request requires legal review to determine whether records are subject to access, and the extent or nature of the request precludes a response within the required time period.",
              "Accordingly, the PSP will require up to an additional thirty (30) calendar days. You may expect a response on or before %s. If the Office has not responded by that date, your request will be deemed denied." % fmt(due12),
              "", "Sincerely,", "Agency Open Records Officer", "Pennsylvania State Police"]
    m = plain("Please see the attached correspondence regarding your Right-to-Know request.\n\nPSP Right-to-Know Office\n")
    with_pdf(m, "2026-0418 Interim Response.pdf", pdf_bytes(letter, "PENNSYLVANIA STATE POLICE - RIGHT-TO-KNOW OFFICE"))
    hdrs(m, d, (15, 47), "ET", "RA-PSPRTK <RA-PSPRTK@pa.gov>", "RE: " + REQ["REQ-012"]["subject"],
         mid="<DM6PR09MB5512E1@DM6PR09MB5512.namprd09.prod.outlook.com>", irt=REQ["REQ-012"]["message_id"])
    add(7, d, m, "REQ-012", "extension", "2026-0418", "extend",
        why="PA Section 902 interim response: 30 calendar days on top of the 5-business-day date",
        note="PDF letter with the text; email body nearly empty; new date stated only inside the PDF. Modeled on PSP RTK interim response letters.")

    # 8 ED ack REQ-005
    d = D(2026, 5, 6)
    m = plain(BANNER + """Dear Requester:

This acknowledges receipt of your Freedom of Information Act (FOIA) request to the U.S. Department of Education, received in the FOIA Service Center on 04/24/2026. Your request has been assigned number 26-01347-F and has been forwarded to the Office for Civil Rights for a search.

You asked for complaints filed with OCR concerning educational services in juvenile justice or detention facilities. Your request has been placed in the complex processing queue.

If fees are expected to exceed $25.00 we will notify you before incurring them. We will make every effort to respond within 20 working days unless we notify you of an extension under 5 U.S.C. 552(a)(6)(B).

FOIA Service Center
U.S. Department of Education
400 Maryland Ave., SW
Washington, DC 20202
""")
    hdrs(m, d, (10, 31), "ET", "EDFOIAManager <EDFOIAManager@ed.gov>", "FOIA Request 26-01347-F - Acknowledgment",
         to="prr+req-005@carceraldata.example.edu", mid="<SA1PR09MB77@SA1PR09MB77.namprd09.prod.outlook.com>")
    add(8, d, m, "REQ-005", "acknowledgment", "26-01347-F", "start", received=D(2026, 4, 24),
        why="ED acknowledgment, number 26-01347-F; hedged fee and extension language",
        note="Sent to our plus address only, new subject; 'unless we notify you of an extension', 'if fees exceed $25'. Modeled on ED FOIA Service Center acknowledgments.")

    # 9 PPB ack REQ-007 (human)
    d = D(2026, 5, 6)
    due7 = due_after_start("REQ-007", "US-OR")
    m = plain("""Hello,

We received your public records request on May 1 for body worn camera pilot audits and draft BWC directives. It's been entered as PPB request 26-2318.

Per ORS 192.324 and 192.329 this email acknowledges your request. I'm reviewing with the BWC program team what exists; I'll follow up with either the records or a written estimate of when we'll be done.

Thanks,
Kerri Yamada
Public Records Specialist | Records Division
Portland Police Bureau
""" + quote_req("REQ-007"))
    hdrs(m, d, (8, 55), "PT", "Yamada, Kerri <ppbrecords@police.portlandoregon.gov>", "RE: " + REQ["REQ-007"]["subject"],
         mid="<MW4PR09MB9@MW4PR09MB9.namprd09.prod.outlook.com>", irt=REQ["REQ-007"]["message_id"], refs=REQ["REQ-007"]["message_id"])
    add(9, d, m, "REQ-007", "acknowledgment", "26-2318", "start", received=D(2026, 5, 1),
        why="PPB staff acknowledgment under ORS 192.324 with number 26-2318",
        note="Second PPB request, same agency; threaded, quotes our request. Human-written.")

    # 10 ALEA ack REQ-014
    d = D(2026, 5, 6)
    m = plain(BANNER + """Good morning,

The Alabama Law Enforcement Agency has received your public records request dated April 28, 2026, regarding State Bureau of Investigation officer-involved shooting investigations. It has been logged as PRR-26-0311.

Please be advised that under Ala. Code 36-12-40 et seq. and ALEA's written procedures, the Agency may require proof that the requester is an Alabama citizen and may require payment of costs before records are produced. You will receive a substantive response after the request has been reviewed.

ALEA Legal Unit - Public Records
P.O. Box 1511, Montgomery, AL 36102
""")
    hdrs(m, d, (9, 15), "CT", "ALEA Public Records <publicrecords@alea.gov>", "Public Records Request PRR-26-0311",
         to="prr+req-014@carceraldata.example.edu", mid="<CY4PR09MB1@CY4PR09MB1.namprd09.prod.outlook.com>")
    add(10, d, m, "REQ-014", "acknowledgment", "PRR-26-0311", "start",
        why="ALEA acknowledges; AL acknowledgment clock (10 calendar days) from sent",
        note="Plus address, new subject; conditional residency and fee language. Modeled on Alabama agency acknowledgment letters after the 2024 Act.")

    # 11 JustFOIA ack IA REQ-016
    d = D(2026, 5, 7)
    m = htmlonly("""<html><body><div style="font-family:Verdana;font-size:12px"><img alt="JustFOIA" src="https://app.justfoia.com/img/logo.png"><p>Hello,</p><p>Iowa Department of Public Safety has received your request. Your reference number is <b>DPS-2026-0148</b>.</p><p><b>Summary:</b> Iowa State Patrol traffic stop data broken down by race, 2021-2025.</p><p>Date received: 4/29/2026</p><p>You can view your request and communicate with staff at <a href="%s">the DPS Public Records Portal</a>.</p><p>Do not reply to this message.</p></div></body></html>""" % sl("https://iowadps.justfoia.com/publicportal/home/track"))
    hdrs(m, d, (14, 5), "CT", "Iowa DPS Public Records <noreply@justfoia.com>", "Request DPS-2026-0148 Received",
         mid="<jf.DPS-2026-0148.rcv@justfoia.com>")
    add(11, d, m, "REQ-016", "acknowledgment", "DPS-2026-0148", "start", received=D(2026, 4, 29),
        why="JustFOIA receipt for Iowa DPS, number DPS-2026-0148",
        note="JustFOIA no-reply (not in agency list); HTML only; number and paraphrase only.")

    # 12 SPD ack REQ-008 via GovQA, received next day
    d = D(2026, 5, 7)
    m = htmlonly("""<html><body><p>Dear Carceral Data Lab,</p>
<p>Thank you for your public records request. The Seattle Police Department received your request on <b>April 30, 2026</b> (requests submitted after 5:00 p.m. are considered received the next business day). Your request has been assigned reference number <b>P031870-043026</b>.</p>
<p><b>Request:</b> Crowd control weapons deployment reports (blast balls, OC spray, 40mm) for 2024 and 2025.</p>
<p>Pursuant to RCW 42.56.520, we are providing a reasonable estimate of time to respond: we anticipate providing the first installment of records on or before <b>June 12, 2026</b>. This estimate may change as records are gathered and reviewed.</p>
<p>Seattle Police Department, Public Disclosure Unit</p>
<p>To monitor the progress or update this request please log into the <a href="%s">Public Records Center</a>.</p></body></html>""" % sl("https://seattlewa.mycusthelp.net/WEBAPP/_rs/supporthome.aspx"))
    hdrs(m, d, (10, 44), "PT", "City of Seattle Public Records Center <seattlewa@mycusthelp.net>",
         "Seattle Police Department Public Disclosure Request :: P031870-043026", mid="<govqa.P031870.1@mycusthelp.net>")
    add(12, d, m, "REQ-008", "acknowledgment", "P031870-043026", "start", received=D(2026, 4, 30),
        estimated=D(2026, 6, 12),
        why="SPD 5-day letter via GovQA: received Apr 30 (after hours), estimate of first installment Jun 12",
        note="GovQA 'mycusthelp' HTML; stated received date differs from sent; estimate date. Modeled on SPD 5-day letters.")

    # 13 BOP ack REQ-002 (plus address, paraphrase)
    d = D(2026, 5, 8)
    m = plain(BANNER + """Requester:

Your FOIA request dated April 29, 2026 was received in this office the same day and has been assigned FOIA Request Number 2026-03790. It concerns program reviews, after-action reports and audits of restrictive housing units (SHU/SMU) for 2022-2025.

Please note that a request for similar subject matter submitted by your organization is being processed separately under a different number.

FOIA/PA Section, Federal Bureau of Prisons
""")
    hdrs(m, d, (11, 2), "ET", "BOP-OGC-EFOIA <BOP-OGC-EFOIA@bop.gov>", "FOIA Request Acknowledgement",
         to="prr+req-002@carceraldata.example.edu", mid="<BN8PR09MB3321B7@BN8PR09MB3321.namprd09.prod.outlook.com>")
    add(13, d, m, "REQ-002", "acknowledgment", "2026-03790", "start", received=D(2026, 4, 29),
        why="BOP acknowledges second, similar request; plus address identifies REQ-002",
        note="Same agency, similar topic as REQ-001; generic subject; only plus address and paraphrase distinguish it.")

    # 14 PSP ext REQ-013 (HTML outlook)
    d = D(2026, 5, 8)
    due13 = ext_from(due_after_start("REQ-013", "US-PA"), "US-PA")
    m = htmlonly("""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Good afternoon,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Re: RTK 2026-0431 &#8211; ALPR retention policy and data</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Your request was received by the Open Records Officer on May 1, 2026. Pursuant to 65 P.S. &#167; 67.902(a), the PSP is invoking a 30-day extension because a timely response cannot be accomplished due to bona fide staffing limitations and because the request requires redaction. A final response is expected on or before %s.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Respectfully,</p><p class="MsoNormal">Right-to-Know Office | Pennsylvania State Police<br>1800 Elmerton Avenue | Harrisburg, PA 17110</p></div></body></html>""" % fmt(due13), charset="windows-1252")
    hdrs(m, d, (13, 30), "ET", "RA-PSPRTK <RA-PSPRTK@pa.gov>", "RTK 2026-0431", to="prr+req-013@carceraldata.example.edu",
         mid="<DM6PR09MB5512F3@DM6PR09MB5512.namprd09.prod.outlook.com>")
    add(14, d, m, "REQ-013", "extension", "2026-0431", "extend",
        why="PSP 30-day extension under 67.902; states final date",
        note="Word-generated HTML only in windows-1252, winmail style; second PSP request with similar-format number.")

    # 15 USMS ack REQ-004, received next business day, no IRT
    d = D(2026, 5, 8)
    m = plain("""Your Freedom of Information Act request received by the U.S. Marshals Service on May 4, 2026 has been assigned number 2026-USMS-000802. The request, seeking information on the deaths of individuals in USMS custody from 2021 to 2025, will be processed in the order of receipt.

USMS FOIA/PA Office
""")
    hdrs(m, d, (8, 14), "ET", "USMS FOIA <usms.foia@usdoj.gov>", "FOIA 2026-USMS-000802",
         mid="<SJ0PR09MB66@SJ0PR09MB66.namprd09.prod.outlook.com>")
    add(15, d, m, "REQ-004", "acknowledgment", "2026-USMS-000802", "start", received=D(2026, 5, 4),
        why="USMS assigns 2026-USMS-000802, received May 4 (request sent Fri May 1)",
        note="Only tracking number and paraphrase; stated receipt date later than sent.")

    # 16 SPD clarification REQ-009
    d = D(2026, 5, 11)
    m = alt("""Good morning,

RE: Public Disclosure Request P031921-050526

The Seattle Police Department received your request on May 5, 2026. Before we can begin, we need clarification. You asked for "Terry stop data". SPD publishes Terry stop data on the City's open data portal (data.seattle.gov). Are you requesting records beyond the published dataset (for example, the underlying data dictionary and field definitions used internally)? Please also confirm the date range.

If we do not receive a response within 30 days of this letter, we will consider the request abandoned and close it per RCW 42.56.520(3)(b).

SPD Public Disclosure Unit""", """<p>Good morning,</p><p>RE: Public Disclosure Request <b>P031921-050526</b></p><p>The Seattle Police Department received your request on May 5, 2026. Before we can begin, we need clarification. You asked for &ldquo;Terry stop data&rdquo;. SPD publishes Terry stop data on the City's open data portal (data.seattle.gov). Are you requesting records beyond the published dataset (for example, the underlying data dictionary and field definitions used internally)? Please also confirm the date range.</p><p>If we do not receive a response within 30 days of this letter, we will consider the request abandoned and close it per RCW 42.56.520(3)(b).</p><p>SPD Public Disclosure Unit</p>""")
    hdrs(m, d, (9, 12), "PT", "City of Seattle Public Records Center <seattlewa@mycusthelp.net>",
         "Seattle Police Department Public Disclosure Request :: P031921-050526", mid="<govqa.P031921.1@mycusthelp.net>")
    add(16, d, m, "REQ-009", "clarification", "P031921-050526",
        why="SPD asks to clarify scope and date range; clock stops",
        note="Same GovQA sender and subject pattern as SPD's other request; number differs. multipart/alternative.")

    # 17 MPD ack REQ-011 (resent)
    d = D(2026, 5, 12)
    m = plain("""Your record request 26-1254 has been received and is being processed.

Request text (as entered by staff): Vehicle pursuit reports (Form PM-49) and Standard Operating Procedure 660 - Vehicle Pursuits, 2024 and 2025.

Track it here: https://milwaukeewi.nextrequest.com/requests/26-1254""")
    hdrs(m, d, (10, 9), "CT", "Milwaukee Police Department <no-reply@nextrequest.com>", "Your record request 26-1254 has been received",
         mid="<nr.26-1254.received.0c3e@nextrequest.com>")
    add(17, d, m, "REQ-011", "acknowledgment", "26-1254", "start",
        why="MPD acknowledges the resent pursuit request as 26-1254; no WI deadline",
        note="Shared NextRequest address; paraphrase only; follows the bounce of the first email.")

    # 18 IA DPS clarification REQ-016
    d = D(2026, 5, 12)
    m = plain(BANNER + """Hi,

I'm working on DPS-2026-0148. The Patrol's stop data lives in TraCS and the warnings/citations are separate tables. Do you want citations and written warnings only, or also stops where no enforcement action was taken (those are only partially recorded before 2023)? Once I hear back I can get an estimate from our IT staff.

Thanks,
Megan Lindqvist
Public Records Coordinator
Iowa Department of Public Safety
215 E 7th St, Des Moines, IA 50319
""")
    hdrs(m, d, (15, 21), "CT", "Lindqvist, Megan <dpsrecords@dps.state.ia.us>", "Question on your records request",
         mid="<IA1PR09MB12@IA1PR09MB12.namprd09.prod.outlook.com>")
    add(18, d, m, "REQ-016", "clarification", "DPS-2026-0148",
        why="DPS asks which stop categories we want before estimating",
        note="New vague subject; number only in body.")

    # 19 IA DPS ack REQ-017 received May 5 -> due lands on Memorial Day
    d = D(2026, 5, 13)
    m = htmlonly("""<html><body><div style="font-family:Verdana;font-size:12px"><p>Hello,</p><p>Iowa Department of Public Safety has received your request. Your reference number is <b>DPS-2026-0163</b>.</p><p><b>Summary:</b> Iowa Intelligence and Fusion Center - social media monitoring software, contracts and use guidelines.</p><p>Date received: 5/5/2026</p><p>Do not reply to this message.</p></div></body></html>""")
    hdrs(m, d, (9, 40), "CT", "Iowa DPS Public Records <noreply@justfoia.com>", "Request DPS-2026-0163 Received",
         mid="<jf.DPS-2026-0163.rcv@justfoia.com>")
    add(19, d, m, "REQ-017", "acknowledgment", "DPS-2026-0163", "start", received=D(2026, 5, 5),
        why="JustFOIA receipt, received May 5; 20 calendar days lands on Memorial Day, rolls to May 26",
        note="Deadline rolls over a holiday; second DPS request, same portal.")

    # 20 ED clarification via Google Group relay
    d = D(2026, 5, 13)
    m = plain("""Good afternoon,

Regarding FOIA request 26-01347-F: OCR case files are indexed by recipient (school district or state agency), not by facility type. To conduct a reasonable search, please provide the names of specific recipients (e.g., state juvenile justice agencies or districts serving detention centers) or OCR regional offices, and a date range. Your request will be placed on hold until we hear from you. If we do not receive a response within 30 calendar days, we will administratively close your request.

Regards,
FOIA Service Center
U.S. Department of Education

--
You received this message because you are subscribed to the Google Groups "CDL Records Desk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to cdl-records-desk+unsubscribe@googlegroups.com.
""")
    hdrs(m, d, (14, 58), "ET", "'EDFOIAManager' via CDL Records Desk <cdl-records-desk@googlegroups.com>",
         "RE: FOIA Request 26-01347-F", to="CDL Records Desk <cdl-records-desk@googlegroups.com>",
         mid="<SA1PR09MB78@SA1PR09MB78.namprd09.prod.outlook.com>",
         extra={"X-Original-From": "EDFOIAManager <EDFOIAManager@ed.gov>", "Reply-To": "EDFOIAManager <EDFOIAManager@ed.gov>",
                "X-Original-Sender": "EDFOIAManager@ed.gov", "Mailing-list": "list cdl-records-desk@googlegroups.com",
                "List-ID": "<cdl-records-desk.googlegroups.com>", "Delivered-To": INBOX})
    add(20, d, m, "REQ-005", "clarification", "26-01347-F",
        why="ED asks for recipients and date range; request on hold",
        note="Relayed by a Google Group: From is the group, X-Original-From is ED.")

    # 21 ALEA clarification residency REQ-014
    d = D(2026, 5, 14)
    m = plain("""Dear Requester,

Re: PRR-26-0311

Before ALEA can process your request, please provide documentation that the requester is a citizen of the State of Alabama, as permitted by Ala. Code § 36-12-40 and § 36-12-43. Acceptable documentation includes a copy of an Alabama driver license or state ID card. Please also narrow the request to specific incidents if possible; SBI investigative files for 2022-2025 are voluminous.

Your request will be held pending receipt of this information.

ALEA Legal Unit
""", charset="iso-8859-1")
    hdrs(m, d, (11, 7), "CT", "ALEA Public Records <publicrecords@alea.gov>", "RE: Public Records Request PRR-26-0311",
         mid="<CY4PR09MB2@CY4PR09MB2.namprd09.prod.outlook.com>", refs="<CY4PR09MB1@CY4PR09MB1.namprd09.prod.outlook.com>")
    add(21, d, m, "REQ-014", "clarification", "PRR-26-0311",
        why="ALEA holds request pending proof of Alabama citizenship and narrowing",
        note="References the agency's own earlier message, not ours; iso-8859-1 body.")

    # 22 newsletter, null
    d = D(2026, 5, 14)
    m = alt("""PRISON POLICY WEEKLY - May 14, 2026

* New federal data on restrictive housing released
* States weigh limits on solitary confinement
* Webinar: Using FOIA to study jail deaths (May 28)

You are receiving this because prr@carceraldata.example.edu subscribed. Unsubscribe: https://news.prisonpolicyweekly.example.org/u""",
            "<h2>Prison Policy Weekly</h2><ul><li>New federal data on restrictive housing released</li><li>States weigh limits on solitary confinement</li><li>Webinar: Using FOIA to study jail deaths (May 28)</li></ul><p style='font-size:10px'>Unsubscribe</p>")
    hdrs(m, d, (7, 0), "ET", "Prison Policy Weekly <news@prisonpolicyweekly.example.org>", "This week: restrictive housing data, FOIA webinar",
         mid="<nl.20260514@prisonpolicyweekly.example.org>", extra={"List-Unsubscribe": "<https://news.prisonpolicyweekly.example.org/u>", "Precedence": "bulk"})
    add(22, d, m, None, "other", why="newsletter, belongs to no request",
        note="Newsletter mentioning FOIA and restrictive housing (topic overlap with BOP requests) but no request.")

    # 23 BOP fee estimate REQ-001 PDF
    d = D(2026, 5, 15)
    letter = ["May 15, 2026", "", "Request Number: 2026-03712", "Subject: SHU placement data, FCI Sheridan", "",
              "Dear Requester:",
              "We have located records potentially responsive to your request. Based on our records search, the estimated fees for processing your request are $186.00 (search: 6 hours at $31.00 per hour). As an educational institution requester you are not charged for the first 100 pages of duplication.",
              "Because the estimated fees exceed $25.00, we require your written agreement to pay the fees before we can continue processing. If we do not receive your agreement or a narrowed request within 30 days from the date of this letter, we will assume you are no longer interested and will administratively close your request.",
              "You may contact our FOIA Public Liaison for assistance.", "", "Sincerely,", "FOIA/PA Section, Federal Bureau of Prisons"]
    m = plain("Please see attached.\n\nBOP FOIA/PA Section\n")
    with_pdf(m, "2026-03712 Fee Letter.pdf", pdf_bytes(letter, "U.S. Department of Justice - Federal Bureau of Prisons"))
    hdrs(m, d, (12, 30), "ET", "BOP-OGC-EFOIA <BOP-OGC-EFOIA@bop.gov>", "FOIA 2026-03712",
         mid="<BN8PR09MB3321C2@BN8PR09MB3321.namprd09.prod.outlook.com>")
    add(23, d, m, "REQ-001", "fee_estimate", "2026-03712",
        why="BOP needs agreement to pay $186 before continuing",
        note="PDF letter carries the substance; body says 'Please see attached.'")

    # 24 PPB fee REQ-006 NextRequest
    d = D(2026, 5, 18)
    m = alt("""Portland Police Bureau

Payment required for record request #26-2291

An invoice for $212.50 has been created for your request (staff time to locate and redact 2025 FDCRs: 5 hours at $42.50/hour). Work on your request is paused until the invoice is paid. Pay online: https://portlandor.nextrequest.com/requests/26-2291/invoices

If the invoice is not paid within 60 days the request will be closed.""",
            "<h3>Portland Police Bureau</h3><p><b>Payment required</b> for record request <a href='%s'>#26-2291</a></p><p>An invoice for <b>$212.50</b> has been created for your request (staff time to locate and redact 2025 FDCRs: 5 hours at $42.50/hour). Work on your request is paused until the invoice is paid.</p><p>If the invoice is not paid within 60 days the request will be closed.</p>" % sl("https://portlandor.nextrequest.com/requests/26-2291/invoices"))
    hdrs(m, d, (16, 3), "PT", "Portland Police Bureau Records <no-reply@nextrequest.com>", "[Records Request] Payment required for record request #26-2291",
         mid="<nr.26-2291.invoice.77b2@nextrequest.com>")
    add(24, d, m, "REQ-006", "fee_estimate", "26-2291", why="NextRequest invoice, processing paused until paid",
        note="Shared NextRequest address; invoice notice with substance.")

    # 25 USMS extension REQ-003
    d = D(2026, 5, 19)
    new3 = ext_from(due3, "US")
    m = plain(BANNER + """RE: FOIA Request No. 2026-USMS-000781

Dear Requester:

The USMS must search for and collect records from field offices in the District of Oregon and the Western District of Washington, which are separate from the office processing your request. These unusual circumstances require an extension of ten working days under 5 U.S.C. 552(a)(6)(B)(i). We now expect to respond by %s.

If you would like to narrow the scope of your request or arrange an alternative time frame, please contact our FOIA Public Liaison. You may also contact the Office of Government Information Services (OGIS) at https://www.archives.gov/ogis (link: %s).

USMS FOIA/PA Office
""" % (fmt(new3), sl("https://www.archives.gov/ogis")))
    hdrs(m, d, (10, 18), "ET", "USMS FOIA <usms.foia@usdoj.gov>", "Extension - 2026-USMS-000781",
         mid="<SJ0PR09MB67@SJ0PR09MB67.namprd09.prod.outlook.com>")
    add(25, d, m, "REQ-003", "extension", "2026-USMS-000781", "extend",
        why="USMS unusual-circumstances extension of 10 working days",
        note="States the new date; Safe Links URL inside plain text; OGIS boilerplate.")

    # 26 PSP auto-reply to our follow-up REQ-012
    d = D(2026, 5, 19)
    m = plain("""I am out of the office through Tuesday, May 26, with limited access to email. For Right-to-Know matters please write to RA-PSPRTK@pa.gov. For media inquiries contact the Department Press Office.

Thank you.""")
    hdrs(m, d, (9, 0), "ET", "Harmon, Daniel <dharmon@pa.gov>", "Automatic reply: RE: " + REQ["REQ-012"]["subject"],
         mid="<DM6PR09MB5513OOF@DM6PR09MB5513.namprd09.prod.outlook.com>",
         irt="<fu-012.20260519.1@carceraldata.example.edu>",
         refs=REQ["REQ-012"]["message_id"] + " <fu-012.20260519.1@carceraldata.example.edu>",
         extra={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Inbox-Rules-Loop": "dharmon@pa.gov"})
    add(26, d, m, "REQ-012", "auto_reply", why="out-of-office reply to our follow-up on REQ-012",
        note="OOO from an individual pa.gov staff address; References carry the REQ-012 Message-ID.")

    # 27 ED OOO REQ-005
    d = D(2026, 5, 20)
    m = plain("""Thank you for your message. I will be out of the office on annual leave May 20 - May 29, 2026. If your matter is urgent, please contact the FOIA Service Center at EDFOIAManager@ed.gov or (202) 401-8365.""")
    hdrs(m, d, (8, 2), "ET", "Okonkwo, Adaeze <Adaeze.Okonkwo@ed.gov>", "Automatic reply: RE: FOIA Request 26-01347-F",
         mid="<SA1PR09MB79OOF@SA1PR09MB79.namprd09.prod.outlook.com>", extra={"Auto-Submitted": "auto-replied"})
    add(27, d, m, "REQ-005", "auto_reply", why="out-of-office reply from ED staffer", tracking="26-01347-F",
        note="Subject carries the tracking number; body is pure OOO.")

    # 28 PPB extension REQ-007
    d = D(2026, 5, 20)
    new7 = ext_from(due7, "US-OR")
    m = plain("""Hi again,

Following up on PPB request 26-2318 (BWC pilot audits / draft directives). The responsive material includes audit worksheets from the pilot vendor and several directive drafts that need legal review. Under ORS 192.329(5), our estimated completion date is June 26, 2026. If that changes I'll let you know.

Kerri Yamada
Public Records Specialist, PPB Records Division
""")
    hdrs(m, d, (15, 10), "PT", "Yamada, Kerri <ppbrecords@police.portlandoregon.gov>", "RE: " + REQ["REQ-007"]["subject"],
         mid="<MW4PR09MB10@MW4PR09MB10.namprd09.prod.outlook.com>", irt="<MW4PR09MB9@MW4PR09MB9.namprd09.prod.outlook.com>",
         refs=REQ["REQ-007"]["message_id"] + " <MW4PR09MB9@MW4PR09MB9.namprd09.prod.outlook.com>")
    add(28, d, m, "REQ-007", "extension", "26-2318", "extend", estimated=D(2026, 6, 26),
        why="Oregon written estimate of completion (June 26); statutory +10 business days applied to due",
        note="Threaded to agency's own ack; states estimated date.")

    # 29 MPD interim REQ-010
    d = D(2026, 5, 20)
    m = alt("""Milwaukee Police Department

Documents have been released for record request 26-1187.

Message from Milwaukee Police Department: Attached is the 2023 traffic stop and field interview extract (CSV). The 2024 and 2025 extracts are being reviewed and will be released when complete.

View documents: https://milwaukeewi.nextrequest.com/requests/26-1187""",
            "<h3>Milwaukee Police Department</h3><p>Documents have been released for record request <a href='%s'>26-1187</a>.</p><blockquote>Attached is the 2023 traffic stop and field interview extract (CSV). The 2024 and 2025 extracts are being reviewed and will be released when complete.</blockquote>" % sl("https://milwaukeewi.nextrequest.com/requests/26-1187"))
    hdrs(m, d, (14, 45), "CT", "Milwaukee Police Department <no-reply@nextrequest.com>", "[Records Request] Documents released for record request 26-1187",
         mid="<nr.26-1187.docs.31@nextrequest.com>")
    add(29, d, m, "REQ-010", "records_interim", "26-1187", why="first installment (2023 data), more to come",
        note="Portal message carrying staff text; installment language.")

    # 30 BOP phone request REQ-002
    d = D(2026, 5, 21)
    m = plain("""Good morning,

I am the Government Information Specialist assigned to your request 2026-03790. Could someone from your office give me a call at (202) 305-7263 between 9 and 3 Eastern? I'd like to talk through which institutions and which kinds of reviews you are looking for; program reviews are kept by several different offices.

Thank you,
T. Alvarado
Government Information Specialist
FOIA/PA Section, Federal Bureau of Prisons
""")
    hdrs(m, d, (9, 26), "ET", "Alvarado, Teresa (BOP) <t1alvarado@bop.gov>", "your FOIA request",
         mid="<BN8PR09MB4410@BN8PR09MB4410.namprd09.prod.outlook.com>")
    add(30, d, m, "REQ-002", "other", "2026-03790", why="specialist asks for a phone call to discuss scope",
        note="Individual staff address on bop.gov; vague subject; asks for a call, not a formal clarification.")

    # 31 reporter note, null
    d = D(2026, 5, 21)
    m = plain("""Hi all,

I'm a reporter at the Willamette Ledger working on a story about less-lethal weapons and jail deaths. I saw your lab's working paper and wondered if someone could talk on background this week about how you request use-of-force data from police agencies like Portland and Seattle. Do you share what you've received?

Best,
Jordan Lee
Willamette Ledger | 503-555-0147
""")
    hdrs(m, d, (12, 11), "PT", "Jordan Lee <jlee@willametteledger.example.com>", "Media inquiry - police use of force records",
         mid="<CAF9x8Q@mail.willametteledger.example.com>")
    add(31, d, m, None, "other", why="reporter's inquiry, not an agency reply",
        note="Mentions Portland/Seattle use-of-force records (topic overlap with REQ-006/REQ-008) but belongs to no request.")

    # 32 ALEA ack REQ-015, received May 22 (forwarded internally) -> Jefferson Davis Birthday roll
    d = D(2026, 5, 26)
    m = alt(BANNER + """Good afternoon,

Your request concerning facial recognition agreements and searches of driver license photographs was forwarded to this office by the Driver License Division and was received by the ALEA Legal Unit on Friday, May 22, 2026. It has been assigned PRR-26-0402.

Your request will be reviewed and you will be notified if it is determined to be a time-intensive request.

ALEA Legal Unit - Public Records""",
            HBANNER + "<p>Good afternoon,</p><p>Your request concerning facial recognition agreements and searches of driver license photographs was forwarded to this office by the Driver License Division and was received by the ALEA Legal Unit on <b>Friday, May 22, 2026</b>. It has been assigned <b>PRR-26-0402</b>.</p><p>Your request will be reviewed and you will be notified if it is determined to be a time-intensive request.</p><p>ALEA Legal Unit - Public Records</p>")
    hdrs(m, d, (13, 48), "CT", "ALEA Public Records <publicrecords@alea.gov>", "Public Records Request PRR-26-0402",
         mid="<CY4PR09MB3@CY4PR09MB3.namprd09.prod.outlook.com>")
    add(32, d, m, "REQ-015", "acknowledgment", "PRR-26-0402", "start", received=D(2026, 5, 22),
        why="ALEA acknowledges, received May 22 after internal forwarding; 10 days lands on AL Jefferson Davis Birthday (Jun 1)",
        note="Second ALEA request; no threading, no plus address (sent to the main inbox), only paraphrase; state holiday roll.")

    # 33 IA DPS fee estimate REQ-016 with estimate date
    d = D(2026, 5, 27)
    m = plain("""Hi,

Thanks for clarifying (citations and written warnings, 2021-2025). Our IT staff estimate 3 hours of programming to produce the extract, at $35.00/hour, for a total of $105.00. Please confirm in writing that you agree to pay this amount before we begin. Once we have your confirmation we anticipate completing the request by June 12, 2026.

Megan Lindqvist
Public Records Coordinator, Iowa DPS
""")
    hdrs(m, d, (10, 2), "CT", "Lindqvist, Megan <dpsrecords@dps.state.ia.us>", "RE: Question on your records request",
         mid="<IA1PR09MB13@IA1PR09MB13.namprd09.prod.outlook.com>", irt="<cdl-reply-016.20260513@carceraldata.example.edu>",
         refs="<IA1PR09MB12@IA1PR09MB12.namprd09.prod.outlook.com> <cdl-reply-016.20260513@carceraldata.example.edu>")
    add(33, d, m, "REQ-016", "fee_estimate", None, estimated=D(2026, 6, 12),
        why="$105 programming fee must be agreed before work; conditional completion estimate",
        note="No tracking number at all; only the thread (agency's earlier message) and topic tie it to REQ-016. Conditional offer.")

    # 34 BOP extension REQ-002
    d = D(2026, 5, 27)
    new2 = ext_from(due_after_start("REQ-002", "US", D(2026, 4, 29)), "US")
    m = with_pdf(plain("Attached is correspondence concerning FOIA Request 2026-03790.\n"), "2026-03790_ext.pdf",
                 pdf_bytes(["May 27, 2026", "", "Re: FOIA Request No. 2026-03790", "",
                            "Dear Requester:",
                            "Records responsive to your request are maintained at multiple regional offices and the Program Review Division, and must be collected and reviewed. Because of these unusual circumstances we are extending the time limit to respond by an additional ten working days, as provided in 5 U.S.C. 552(a)(6)(B)(i), to %s." % fmt(new2),
                            "You may narrow your request or agree to an alternative time frame by contacting our FOIA Public Liaison. You may also seek dispute resolution services from OGIS.",
                            "", "FOIA/PA Section, Federal Bureau of Prisons"], "U.S. Department of Justice - Federal Bureau of Prisons"))
    hdrs(m, d, (15, 33), "ET", "BOP-OGC-EFOIA <BOP-OGC-EFOIA@bop.gov>", "2026-03790",
         mid="<BN8PR09MB3321D9@BN8PR09MB3321.namprd09.prod.outlook.com>")
    add(34, d, m, "REQ-002", "extension", "2026-03790", "extend",
        why="BOP 10-working-day unusual-circumstances extension", note="PDF letter; subject is only the number.")

    # 35 IA DPS denial REQ-017
    d = D(2026, 6, 2)
    m = with_pdf(plain(BANNER + """Please find the Department's response to public records request DPS-2026-0163 attached.

Iowa Department of Public Safety
Office of General Counsel
"""), "DPS-2026-0163 Response.pdf", pdf_bytes([
        "June 2, 2026", "", "Re: Public records request DPS-2026-0163", "",
        "The Department has reviewed your request for records of social media monitoring tools, contracts and use guidelines of the Iowa Intelligence and Fusion Center.",
        "The requested records are confidential and are withheld in their entirety under Iowa Code 22.7(50) (security procedures and emergency preparedness information) and Iowa Code 692.3 and 692.18 (intelligence data). The Department has determined that no reasonably segregable portion may be released.",
        "If you believe this decision is in error, you may file a complaint with the Iowa Public Information Board within 60 days of this decision, or seek enforcement in district court under Iowa Code 22.10.",
        "", "Office of General Counsel, Iowa Department of Public Safety"], "IOWA DEPARTMENT OF PUBLIC SAFETY"))
    hdrs(m, d, (16, 20), "CT", "DPS Legal <dpslegal@dps.state.ia.us>", "Response to Public Records Request DPS-2026-0163",
         mid="<IA1PR09MB20@IA1PR09MB20.namprd09.prod.outlook.com>")
    add(35, d, m, "REQ-017", "denial", "DPS-2026-0163", adverse=True,
        why="records withheld in full under Iowa Code 22.7(50) and 692; IPIB complaint window 60 days",
        note="Different DPS sender (legal office) on the agency domain; PDF carries the letter.")

    # 36 bounce of our follow-up to USMS REQ-004
    d = D(2026, 6, 3)
    outer = MIMEMultipart("report", report_type="delivery-status")
    outer.attach(MIMEText("""Your message to k.brandt@usms.usdoj.gov couldn't be delivered.

k.brandt wasn't found at usms.usdoj.gov.

Original message details
Subject: RE: FOIA 2026-USMS-000802
Sent: 6/3/2026 10:14:02 AM
"""))
    outer.attach(dsn_part("Reporting-MTA: dns; BL1PR09MB2002.namprd09.prod.outlook.com\n\nFinal-Recipient: rfc822; k.brandt@usms.usdoj.gov\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound\n"))
    orig = EmailMessage()
    orig["From"] = "Carceral Data Lab Records Desk <prr@carceraldata.example.edu>"
    orig["To"] = "k.brandt@usms.usdoj.gov"
    orig["Subject"] = "RE: FOIA 2026-USMS-000802"
    orig["Date"] = "Wed, 3 Jun 2026 10:14:02 -0400"
    orig["Message-ID"] = "<fu-004.20260603.1@carceraldata.example.edu>"
    orig["In-Reply-To"] = "<SJ0PR09MB66@SJ0PR09MB66.namprd09.prod.outlook.com>"
    orig["References"] = REQ["REQ-004"]["message_id"] + " <SJ0PR09MB66@SJ0PR09MB66.namprd09.prod.outlook.com>"
    orig.set_content("Hello, checking on the status of 2026-USMS-000802. Thank you.\n")
    outer.attach(MIMEMessage(orig))
    hdrs(outer, d, (10, 15), "ET", "postmaster@carceraldata.example.edu", "Undeliverable: RE: FOIA 2026-USMS-000802",
         mid="<dsn.BL1PR09MB2002.20260603@namprd09.prod.outlook.com>", extra={"Auto-Submitted": "auto-replied"})
    add(36, d, outer, "REQ-004", "bounce", "2026-USMS-000802", why="NDR for our status follow-up on REQ-004",
        note="DSN for a follow-up, not the request itself; original references REQ-004's Message-ID.")

    # 37 PSP final REQ-012, number only in attachment file name
    d = D(2026, 6, 5)
    m = with_pdf(plain("""Good afternoon,

Attached please find the Pennsylvania State Police final response to your Right-to-Know request, along with the responsive records.

Right-to-Know Office
Pennsylvania State Police
"""), "RTK_2026-0418_Final_Response.pdf", pdf_bytes([
        "June 5, 2026", "", "Dear Requester:",
        "This letter is the final response of the Pennsylvania State Police to your request under the Right-to-Know Law received on April 30, 2026, for use of force directives and minutes of the Use of Force Review Board.",
        "Your request is GRANTED IN PART and DENIED IN PART. Enclosed is Administrative Regulation 7-1, Response to Resistance, with redactions. Tactical portions are redacted under Section 708(b)(2) of the RTKL (records relating to law enforcement or public safety activity that would threaten public safety). Review Board minutes are withheld under Section 708(b)(10)(i)(A) (internal predecisional deliberations) and Section 708(b)(16) (criminal investigative records).",
        "You have a right to appeal this response in writing to the Office of Open Records, 333 Market Street, 16th Floor, Harrisburg, PA 17101-2234, within fifteen (15) business days of the mailing date of this response. 65 P.S. 67.1101(a)(1).",
        "", "Agency Open Records Officer, Pennsylvania State Police"], "PENNSYLVANIA STATE POLICE - RIGHT-TO-KNOW OFFICE"))
    m.add_attachment(pdf_bytes(["AR 7-1 Response to Resistance (redacted) - 14 pages"]), maintype="application", subtype="pdf", filename="AR 7-1 redacted.pdf")
    hdrs(m, d, (14, 6), "ET", "RA-PSPRTK <RA-PSPRTK@pa.gov>", "Right to Know Request - Final Response",
         mid="<DM6PR09MB5512G7@DM6PR09MB5512.namprd09.prod.outlook.com>")
    add(37, d, m, "REQ-012", "records_final", "2026-0418", adverse=True,
        why="granted in part/denied in part with OOR appeal rights; number only in attachment file name",
        note="Tracking number appears only in the attachment's file name; two PSP requests open; appeal is 15 business days.")

    # 38 PSP final REQ-013, no records for one item
    d = D(2026, 6, 8)
    m = alt("""RTK 2026-0431

Dear Requester,

The PSP has completed its review of your request for (1) the ALPR data retention policy, (2) ALPR read data for Dauphin County for January 2026, and (3) any audits of ALPR system access.

Item 1 is granted; the policy is attached.
Item 2 is denied. ALPR read data is exempt under Section 708(b)(2) and Section 708(b)(17) of the RTKL and the Criminal History Record Information Act, 18 Pa.C.S. 9106.
Item 3: after a good-faith search, the PSP does not possess any records responsive to this item. 65 P.S. 67.705.

If you choose to appeal, you must file within 15 business days of the mailing date of this response with the Office of Open Records.

Right-to-Know Office, Pennsylvania State Police""",
            "<p>RTK 2026-0431</p><p>Dear Requester,</p><p>The PSP has completed its review of your request for (1) the ALPR data retention policy, (2) ALPR read data for Dauphin County for January 2026, and (3) any audits of ALPR system access.</p><ul><li>Item 1 is <b>granted</b>; the policy is attached.</li><li>Item 2 is <b>denied</b>. ALPR read data is exempt under Section 708(b)(2) and Section 708(b)(17) of the RTKL and the Criminal History Record Information Act, 18 Pa.C.S. &sect; 9106.</li><li>Item 3: after a good-faith search, the PSP does not possess any records responsive to this item. 65 P.S. &sect; 67.705.</li></ul><p>If you choose to appeal, you must file within 15 business days of the mailing date of this response with the Office of Open Records.</p><p>Right-to-Know Office, Pennsylvania State Police</p>")
    m.add_attachment(pdf_bytes(["Pennsylvania State Police", "Automated License Plate Reader Data Retention (excerpt)"]), maintype="application", subtype="pdf", filename="ALPR retention policy.pdf")
    hdrs(m, d, (15, 50), "ET", "RA-PSPRTK <RA-PSPRTK@pa.gov>", "RTK 2026-0431 - Final Response", to="prr+req-013@carceraldata.example.edu",
         mid="<DM6PR09MB5512H8@DM6PR09MB5512.namprd09.prod.outlook.com>")
    add(38, d, m, "REQ-013", "records_final", "2026-0431", adverse=True,
        why="final: one item granted, one denied, one no records; appeal 15 business days",
        note="No-records for one item inside a partial release; multipart with attachment.")

    # 39 colleague Outlook forward of MPD denial REQ-011
    d = D(2026, 6, 9)
    m = plain("""Forwarding - this came to my address since I'm listed on the resent request. Pursuit one.

Dana

From: Milwaukee Police Department Open Records <mpdopenrecords@milwaukee.gov>
Sent: Monday, June 8, 2026 4:12 PM
To: Dana Whitfield <dwhitfield@carceraldata.example.edu>
Subject: Open Records Request - Vehicle Pursuits

EXTERNAL EMAIL: This message originated outside Carceral Data Lab.

Ms. Whitfield,

This letter responds to your public records request for vehicle pursuit reports and pursuit policy materials for 2024 and 2025.

The Department has applied the balancing test under Wis. Stat. 19.35(1)(a). The pursuit reports requested are part of pending internal and criminal investigations and district attorney reviews, and the public interest in their nondisclosure outweighs the public interest in disclosure at this time. The request is therefore denied. The current SOP 660 is publicly available on the Department's website and is not being reproduced.

Pursuant to Wis. Stat. 19.35(4)(b), this determination is subject to review by mandamus under Wis. Stat. 19.37(1) or upon application to the Attorney General or a district attorney.

Sincerely,
Open Records Section
Milwaukee Police Department
""")
    hdrs(m, d, (8, 3), "CT", "Dana Whitfield <dwhitfield@carceraldata.example.edu>", "FW: Open Records Request - Vehicle Pursuits",
         mid="<PH0PR09MB7001@PH0PR09MB7001.namprd09.prod.outlook.com>", extra={"Thread-Topic": "Open Records Request - Vehicle Pursuits"})
    add(39, d, m, "REQ-011", "denial", None, adverse=True,
        why="MPD denies pursuit reports under the balancing test; WI has no administrative appeal deadline",
        note="Outlook-style 'FW:' from a colleague's own address; no tracking number; only topic ties it to REQ-011 (two MPD requests).")

    # 40 BOP interim REQ-001
    d = D(2026, 6, 10)
    m = with_pdf(plain(BANNER + """Dear Requester,

Attached is the first interim release for FOIA Request 2026-03712. We reviewed 420 pages; 312 pages are released in part, with information withheld under 5 U.S.C. 552(b)(6) and (b)(7)(C). Processing of the remaining records continues and additional releases will be made on a rolling basis.

Appeal rights will be provided with the final response.

FOIA/PA Section
"""), "2026-03712 Interim Release 1.pdf", pdf_bytes(["Interim Release 1 - SHU placement logs, FCI Sheridan (312 pages, redacted)"]))
    hdrs(m, d, (13, 16), "ET", "BOP-OGC-EFOIA <BOP-OGC-EFOIA@bop.gov>", "RE: FOIA 2026-03712",
         mid="<BN8PR09MB3321E4@BN8PR09MB3321.namprd09.prod.outlook.com>", irt="<BN8PR09MB3321C2@BN8PR09MB3321.namprd09.prod.outlook.com>")
    add(40, d, m, "REQ-001", "records_interim", "2026-03712", why="first rolling release, more to come",
        note="Interim release with exemptions cited; threaded to the agency's fee letter.")

    # 41 SPD installment REQ-008
    d = D(2026, 6, 12)
    m = htmlonly("""<html><body><p>Dear Carceral Data Lab,</p><p>Re: Public Disclosure Request <b>P031870-043026</b></p><p>The first installment of records responsive to your request is now available in the Public Records Center. This installment contains 2024 crowd control weapon deployment reports (86 pages); officer names of undercover personnel are redacted under RCW 42.56.240(1).</p><p>We estimate the next installment will be available on or before <b>July 24, 2026</b>. Please note that if you do not retrieve this installment within 30 days, the request may be closed under RCW 42.56.120(4).</p><p>SPD Public Disclosure Unit</p></body></html>""")
    hdrs(m, d, (11, 30), "PT", "City of Seattle Public Records Center <seattlewa@mycusthelp.net>",
         "Seattle Police Department Public Disclosure Request :: P031870-043026", mid="<govqa.P031870.2@mycusthelp.net>")
    add(41, d, m, "REQ-008", "records_interim", "P031870-043026", estimated=D(2026, 7, 24),
        why="first installment released, next estimated July 24", note="GovQA installment; new estimate date.")

    # 42 JustFOIA portal notice REQ-016
    d = D(2026, 6, 15)
    m = htmlonly("""<html><body><div style="font-family:Verdana;font-size:12px"><p>The status of request <b>DPS-2026-0148</b> has been updated.</p><p>Please log in to the <a href="%s">Public Records Portal</a> to view details.</p><p>Do not reply to this message.</p></div></body></html>""" % sl("https://iowadps.justfoia.com/publicportal/home/track"))
    hdrs(m, d, (9, 1), "CT", "Iowa DPS Public Records <noreply@justfoia.com>", "Request DPS-2026-0148 Updated",
         mid="<jf.DPS-2026-0148.upd3@justfoia.com>")
    add(42, d, m, "REQ-016", "portal_notice", "DPS-2026-0148", why="JustFOIA status-changed notice with no content",
        note="Contentless portal notice.")

    # 43 IA DPS final REQ-016
    d = D(2026, 6, 15)
    m = plain("""Hi,

Attached is the ISP citation and written warning extract for 2021-2025 (DPS-2026-0148). Thanks for your payment. This completes your request; nothing was withheld.

Megan Lindqvist
Public Records Coordinator, Iowa DPS
""")
    m.add_attachment(b"year,race,citations,warnings\n2021,W,1000,800\n", maintype="text", subtype="csv", filename="ISP_stops_2021_2025.csv")
    hdrs(m, d, (10, 40), "CT", "Lindqvist, Megan <dpsrecords@dps.state.ia.us>", "Records - DPS-2026-0148",
         mid="<IA1PR09MB14@IA1PR09MB14.namprd09.prod.outlook.com>")
    add(43, d, m, "REQ-016", "records_final", "DPS-2026-0148", why="complete release, nothing withheld",
        note="Final in full; no appeal date. Text CSV attachment.")

    # 44 colleague "Fwd:" of ALEA denial REQ-014
    d = D(2026, 6, 16)
    m = plain("""FYI - ALEA answered the SBI shooting request, sent to me since my Alabama address was used for residency. Saving to the desk.

M.

---------- Forwarded message ---------
From: ALEA Public Records <publicrecords@alea.gov>
Date: Mon, Jun 15, 2026 at 3:02 PM
Subject: PRR-26-0311 Response
To: Marcus Okafor <m.okafor@carceraldata.example.edu>

Mr. Okafor,

ALEA has completed its review of PRR-26-0311. The records you requested are State Bureau of Investigation investigative files. Investigative reports and materials of law enforcement agencies are not public records subject to disclosure under Ala. Code § 12-21-3.1(b) and the sensitive-records exception recognized under Ala. Code 36-12-40. Your request is therefore denied in full.

Summary statistics on officer-involved shootings are published in ALEA's annual report, available on the agency website.

ALEA Legal Unit
""", charset="iso-8859-1")
    hdrs(m, d, (8, 47), "CT", "Marcus Okafor <m.okafor@carceraldata.example.edu>", "Fwd: PRR-26-0311 Response",
         mid="<CAKm0kafor123@carceraldata.example.edu>")
    add(44, d, m, "REQ-014", "denial", "PRR-26-0311", adverse=True,
        why="ALEA denies SBI investigative files in full; Alabama has no administrative appeal",
        note="Gmail-style 'Fwd:' by a colleague; agency letter inline.")

    # 45 IA DPS press release, null
    d = D(2026, 6, 17)
    m = alt("""NEWS RELEASE - Iowa Department of Public Safety
June 17, 2026

DPS Announces Expansion of Iowa State Patrol Body-Worn Camera Program

DES MOINES - The Iowa Department of Public Safety today announced that all Iowa State Patrol troopers will be equipped with body-worn cameras by the end of 2026...

Media contact: Public Information Office, 515-725-6182""",
            "<h2>NEWS RELEASE</h2><p><b>DPS Announces Expansion of Iowa State Patrol Body-Worn Camera Program</b></p><p>DES MOINES - The Iowa Department of Public Safety today announced that all Iowa State Patrol troopers will be equipped with body-worn cameras by the end of 2026...</p>")
    hdrs(m, d, (11, 0), "CT", "Iowa DPS Public Information <dpsnews@dps.iowa.gov>", "NEWS RELEASE: DPS Announces Expansion of ISP Body-Worn Camera Program",
         to="Undisclosed recipients:;", mid="<pr.20260617@dps.iowa.gov>", extra={"Precedence": "bulk"})
    add(45, d, m, None, "other", why="agency press release to a distribution list, no request",
        note="From the agency's own domain but unrelated to either DPS request; BCC'd.")

    # 46 ED interim REQ-005
    d = D(2026, 6, 18)
    m = alt(BANNER + """Dear Requester:

This is the first interim response to FOIA request 26-01347-F. OCR located 1,140 pages of potentially responsive records concerning the recipients you identified. We are releasing 233 pages today, portions of which are withheld under Exemptions (b)(6) and (b)(7)(C). We will continue processing the remaining pages at a rate of approximately 500 pages per month.

FOIA Service Center, U.S. Department of Education""",
            HBANNER + "<p>Dear Requester:</p><p>This is the first interim response to FOIA request <b>26-01347-F</b>. OCR located 1,140 pages of potentially responsive records concerning the recipients you identified. We are releasing 233 pages today, portions of which are withheld under Exemptions (b)(6) and (b)(7)(C). We will continue processing the remaining pages at a rate of approximately 500 pages per month.</p><p>FOIA Service Center, U.S. Department of Education</p>")
    hdrs(m, d, (12, 12), "ET", "EDFOIAManager <EDFOIAManager@ed.gov>", "26-01347-F Interim Response 1",
         mid="<SA1PR09MB80@SA1PR09MB80.namprd09.prod.outlook.com>")
    add(46, d, m, "REQ-005", "records_interim", "26-01347-F", why="first interim release with rolling production",
        note="Interim with exemptions; appeal rights deferred.")

    # 47 ALEA no records REQ-015
    d = D(2026, 6, 22)
    m = plain("""Re: PRR-26-0402

After a search of the Driver License Division and the Alabama Fusion Center, ALEA has no records responsive to your request for contracts or agreements with facial recognition vendors. ALEA does not conduct facial recognition searches of driver license photographs on behalf of other agencies, and therefore no search logs exist.

This concludes ALEA's response to your request.

ALEA Legal Unit - Public Records
""")
    hdrs(m, d, (14, 30), "CT", "ALEA Public Records <publicrecords@alea.gov>", "PRR-26-0402", to="prr+req-015@carceraldata.example.edu",
         mid="<CY4PR09MB4@CY4PR09MB4.namprd09.prod.outlook.com>")
    add(47, d, m, "REQ-015", "no_records", "PRR-26-0402", adverse=True,
        why="ALEA finds no responsive records; Alabama has no administrative appeal", note="Short plain no-records letter to plus address.")

    # 48 SPD final REQ-009 with one item no records
    d = D(2026, 6, 22)
    m = htmlonly("""<html><body><p>Dear Carceral Data Lab,</p><p>Re: Public Disclosure Request <b>P031921-050526</b></p><p>Thank you for clarifying your request. Responsive records are available in the Public Records Center:</p><ol><li>Terry Stops data dictionary (Data Analytics Platform, version 4.2) &mdash; released in full.</li><li>Internal codebook for the &ldquo;Final Call Type&rdquo; field, 2015-2020 &mdash; after a diligent search, SPD did not locate records responsive to this item.</li></ol><p>This completes SPD's response and your request is now closed. If you wish to request review of this response, you may contact the City's Public Records Officer.</p><p>SPD Public Disclosure Unit</p></body></html>""")
    hdrs(m, d, (13, 5), "PT", "City of Seattle Public Records Center <seattlewa@mycusthelp.net>",
         "Seattle Police Department Public Disclosure Request :: P031921-050526", mid="<govqa.P031921.2@mycusthelp.net>")
    add(48, d, m, "REQ-009", "records_final", "P031921-050526", adverse=True,
        why="closing release: one item released, one item no records; WA has no appeal deadline in the table",
        note="No-records for one item inside a final release; GovQA HTML.")

    # 49 USMS referral REQ-003
    d = D(2026, 6, 23)
    m = plain("""RE: FOIA Request No. 2026-USMS-000781

Dear Requester:

During the processing of your request the USMS located 37 pages of records that originated with the Federal Bureau of Prisons. Pursuant to 28 C.F.R. 16.4(d), we have referred those pages to the BOP for processing and direct response to you. The BOP may be contacted at BOP-OGC-EFOIA@bop.gov. The USMS continues to process the remainder of your request.

USMS FOIA/PA Office
""")
    hdrs(m, d, (9, 50), "ET", "USMS FOIA <usms.foia@usdoj.gov>", "Referral - 2026-USMS-000781",
         mid="<SJ0PR09MB68@SJ0PR09MB68.namprd09.prod.outlook.com>")
    add(49, d, m, "REQ-003", "other", "2026-USMS-000781", why="referral notice of 37 pages to BOP; processing continues",
        note="Referral naming another agency (BOP) and its address; belongs to the USMS request.")

    # 50 USMS no records REQ-004
    d = D(2026, 6, 24)
    m = with_pdf(plain("Please see the attached response to your FOIA request.\n\nUSMS FOIA/PA Office\n"), "Final Response 2026-USMS-000802.pdf", pdf_bytes([
        "June 24, 2026", "", "Re: Freedom of Information Act Request No. 2026-USMS-000802", "",
        "Dear Requester:",
        "A search was conducted by the Prisoner Operations Division and the Office of General Counsel for records of the deaths of individuals in USMS custody from 2021 through 2025 in the form you requested (an agency-compiled list or report). No records responsive to your request were located. The USMS is not required to create records in response to a FOIA request.",
        "You may appeal this determination by writing to the Director, Office of Information Policy (OIP), United States Department of Justice, 441 G Street, NW, 6th Floor, Washington, DC 20530, or electronically through OIP's portal. Your appeal must be postmarked or electronically transmitted within 90 days of the date of this response.",
        "", "USMS FOIA/PA Office"], "U.S. Department of Justice - United States Marshals Service"))
    hdrs(m, d, (11, 5), "ET", "USMS FOIA <usms.foia@usdoj.gov>", "FOIA Final Response",
         mid="<SJ0PR09MB69@SJ0PR09MB69.namprd09.prod.outlook.com>")
    add(50, d, m, "REQ-004", "no_records", "2026-USMS-000802", adverse=True,
        why="no responsive records located; 90-day OIP appeal",
        note="Number in attachment name and inside PDF only; generic subject; two USMS requests open.")

    # 51 PPB interim REQ-006
    d = D(2026, 6, 24)
    m = plain("""Portland Police Bureau

Documents have been released for record request #26-2291.

Message from Portland Police Bureau: Thank you for your payment. The first batch of 2025 FDCRs (January-June) is attached with redactions under ORS 192.345(3) and 192.355(2). We are continuing to redact the July-December reports.

View request: https://portlandor.nextrequest.com/requests/26-2291""")
    hdrs(m, d, (16, 40), "PT", "Portland Police Bureau Records <no-reply@nextrequest.com>", "[Records Request] Documents released for record request #26-2291",
         mid="<nr.26-2291.docs.12@nextrequest.com>")
    add(51, d, m, "REQ-006", "records_interim", "26-2291", why="first batch released, more being redacted",
        note="Shared NextRequest address again; same wording pattern as Milwaukee's release notice.")

    # 52 MPD final REQ-010
    d = D(2026, 6, 29)
    m = alt("""Milwaukee Police Department

Record request 26-1187 has been closed.

Message from Milwaukee Police Department: The 2024 and 2025 traffic stop and field interview extracts are now released. All requested fields were provided; no information was redacted. This completes your request.

View documents: https://milwaukeewi.nextrequest.com/requests/26-1187""",
            "<h3>Milwaukee Police Department</h3><p>Record request <a href='%s'>26-1187</a> has been closed.</p><blockquote>The 2024 and 2025 traffic stop and field interview extracts are now released. All requested fields were provided; no information was redacted. This completes your request.</blockquote>" % sl("https://milwaukeewi.nextrequest.com/requests/26-1187"))
    hdrs(m, d, (10, 25), "CT", "Milwaukee Police Department <no-reply@nextrequest.com>", "[Records Request] Record request 26-1187 closed",
         mid="<nr.26-1187.closed.44@nextrequest.com>")
    add(52, d, m, "REQ-010", "records_final", "26-1187", why="final installment, nothing withheld, request closed",
        note="Closure with substance via shared portal address.")

    # 53 PAL portal notice REQ-003
    d = D(2026, 6, 30)
    m = htmlonly("""<html><body style="font-family:Arial;font-size:13px"><p>Dear Requester,</p><p>The status of your FOIA request <b>2026-USMS-000781</b> has been changed. A new document has been posted to your account. Please log in to the <a href="%s">Public Access Link (PAL)</a> to view or download it.</p><p style="font-size:10px;color:#777">This is a system-generated message. Please do not reply to this email.</p></body></html>""" % sl("https://usms-foia.usdoj.gov/palMain.aspx"))
    hdrs(m, d, (15, 2), "ET", "USMS FOIA PAL <foiapal-noreply@usdoj.gov>", "FOIA Request 2026-USMS-000781 Status Update",
         mid="<PAL.20260630150201.2026-USMS-000781@usdoj.gov>")
    add(53, d, m, "REQ-003", "portal_notice", "2026-USMS-000781", why="PAL status-change notice, no content",
        note="Contentless FOIAXpress PAL notice.")

    # 54 USMS final REQ-003 (threaded to our request)
    d = D(2026, 6, 30)
    m = with_pdf(plain(BANNER + """Dear Requester,

The USMS has completed processing of your request 2026-USMS-000781. We located 214 pages of intergovernmental agreements and modifications. 168 pages are released in full and 46 pages are released in part; per-diem rate worksheets are withheld in part under Exemption (b)(4) and employee names and signatures under Exemptions (b)(6) and (b)(7)(C). The letter and records are attached and are also posted in PAL.

If you are not satisfied with this response, you may administratively appeal to the Office of Information Policy within 90 days of the date of this letter. You may also seek assistance from the USMS FOIA Public Liaison or OGIS.

USMS FOIA/PA Office
""" + quote_req("REQ-003")), "2026-USMS-000781_Release.pdf", pdf_bytes(["Release - IGAs, Oregon and Washington (214 pages)", "Exemptions applied: (b)(4), (b)(6), (b)(7)(C)"]))
    hdrs(m, d, (16, 10), "ET", "USMS FOIA <usms.foia@usdoj.gov>", "RE: " + REQ["REQ-003"]["subject"],
         mid="<SJ0PR09MB70@SJ0PR09MB70.namprd09.prod.outlook.com>", irt=REQ["REQ-003"]["message_id"], refs=REQ["REQ-003"]["message_id"])
    add(54, d, m, "REQ-003", "records_final", "2026-USMS-000781", adverse=True,
        why="final release in part with (b)(4)/(b)(6)/(b)(7)(C); 90-day appeal",
        note="Threaded to our request; appeal-rights boilerplate inside a release; quotes request.")

    # 55 PPB denial REQ-007
    d = D(2026, 7, 1)
    m = plain("""Hello,

I've completed PPB request 26-2318. After legal review, the Bureau is withholding the BWC pilot audit worksheets and draft directives in full. The drafts are internal advisory communications exempt under ORS 192.355(1), and the vendor audit worksheets are exempt as trade secrets under ORS 192.345(2). The public interest in disclosure does not clearly outweigh the interest in encouraging frank communication within the Bureau – see the Oregon Attorney General’s Public Records Manual.

The final BWC directive (Directive 0635.00) is published on the Bureau’s policy page and isn’t covered here. You may petition the Multnomah County District Attorney to review this denial under ORS 192.415.

Kerri Yamada
Public Records Specialist, PPB Records Division
""", charset="windows-1252")
    hdrs(m, d, (14, 14), "PT", "Yamada, Kerri <ppbrecords@police.portlandoregon.gov>", "PPB request 26-2318 - response",
         mid="<MW4PR09MB11@MW4PR09MB11.namprd09.prod.outlook.com>")
    add(55, d, m, "REQ-007", "denial", "26-2318", adverse=True,
        why="PPB withholds requested records in full; Oregon table has no appeal deadline",
        note="New subject; same staffer as ack; windows-1252 body.")

    # 56 PPB final REQ-006
    d = D(2026, 7, 8)
    m = alt("""Portland Police Bureau

Record request #26-2291 has been closed.

Message from Portland Police Bureau: The remaining 2025 FDCRs (July-December) are released. Juvenile names and medical information were redacted under ORS 192.355(2) and ORS 419A.257. If you believe records were improperly withheld you may petition the District Attorney under ORS 192.415.

View request: https://portlandor.nextrequest.com/requests/26-2291""",
            "<h3>Portland Police Bureau</h3><p>Record request <a href='%s'>#26-2291</a> has been closed.</p><blockquote>The remaining 2025 FDCRs (July-December) are released. Juvenile names and medical information were redacted under ORS 192.355(2) and ORS 419A.257. If you believe records were improperly withheld you may petition the District Attorney under ORS 192.415.</blockquote>" % sl("https://portlandor.nextrequest.com/requests/26-2291"))
    hdrs(m, d, (11, 55), "PT", "Portland Police Bureau Records <no-reply@nextrequest.com>", "[Records Request] Record request #26-2291 closed",
         mid="<nr.26-2291.closed.90@nextrequest.com>")
    add(56, d, m, "REQ-006", "records_final", "26-2291", adverse=True,
        why="final release with redactions; Oregon table has no appeal deadline",
        note="Shared portal; records_final with withholdings in a state without an appeal number.")

    # 57 BOP no records REQ-002
    d = D(2026, 7, 9)
    m = plain(BANNER + """RE: FOIA Request No. 2026-03790

Dear Requester:

Following our telephone conversation, the Program Review Division and the Correctional Programs Division searched for restrictive housing program reviews, after-action reports and audits for 2022 through 2025. No records responsive to your request, as narrowed, were located. Program review reports of individual institutions were addressed in your other request and are not duplicated here.

If you are dissatisfied with my response to this request, you may administratively appeal by writing to the Director, Office of Information Policy, U.S. Department of Justice, within 90 days from the date of this letter. You may contact our FOIA Public Liaison or OGIS for dispute resolution services.

Sincerely,
FOIA/PA Section, Federal Bureau of Prisons
""")
    hdrs(m, d, (10, 48), "ET", "BOP-OGC-EFOIA <BOP-OGC-EFOIA@bop.gov>", "FOIA Request No. 2026-03790 - Final",
         mid="<BN8PR09MB3321F5@BN8PR09MB3321.namprd09.prod.outlook.com>")
    add(57, d, m, "REQ-002", "no_records", "2026-03790", adverse=True,
        why="no records after narrowed search; 90-day OIP appeal", note="Refers to the other BOP request; 90-day appeal lands on a Wednesday.")

    # 58 BOP final REQ-001
    d = D(2026, 7, 14)
    m = with_pdf(plain("Your FOIA request 2026-03712 has been completed. Please see the attached final response letter and records.\n\nFOIA/PA Section\n"),
                 "2026-03712 Final Response.pdf", pdf_bytes([
        "July 14, 2026", "", "Request Number: 2026-03712", "",
        "Dear Requester:",
        "This is the final response to your request for Special Housing Unit placement records for FCI Sheridan, 2020-2025. In addition to the 312 pages released on June 10, 2026, we reviewed 508 pages. 470 pages are released in part and 38 pages are withheld in full pursuant to 5 U.S.C. 552(b)(6), (b)(7)(C) and (b)(7)(F). No records were located for calendar year 2020, when SHU placement data was maintained in a legacy system that has been decommissioned.",
        "You may contact our FOIA Public Liaison for further assistance. If you are not satisfied with this response, you may administratively appeal to the Office of Information Policy, U.S. Department of Justice, within 90 days of the date of this letter.",
        "", "FOIA/PA Section, Federal Bureau of Prisons"], "U.S. Department of Justice - Federal Bureau of Prisons"))
    hdrs(m, d, (13, 20), "ET", "BOP-OGC-EFOIA <BOP-OGC-EFOIA@bop.gov>", "FOIA 2026-03712 - Final Response",
         mid="<BN8PR09MB3321G6@BN8PR09MB3321.namprd09.prod.outlook.com>")
    add(58, d, m, "REQ-001", "records_final", "2026-03712", adverse=True,
        why="final release in part, pages withheld in full, no records for 2020; 90-day appeal",
        note="PDF letter; no-records for one year inside a partial release.")

    # 59 ED final REQ-005
    d = D(2026, 7, 15)
    m = plain(BANNER + """Dear Requester:

This is the final response to FOIA request 26-01347-F. OCR has completed its review of the remaining 907 pages. 512 pages are released in full, 301 pages in part, and 94 pages withheld in full under Exemptions (b)(5), (b)(6) and (b)(7)(C). Records are available for download at the link below.

Download: %s

You have the right to appeal this determination. Your appeal must be submitted within 90 calendar days of the date of this letter to: Director, FOIA Service Center, U.S. Department of Education, or by email to EDFOIAAppeals@ed.gov. You may also contact the FOIA Public Liaison or OGIS.

FOIA Service Center
""" % sl("https://foiaxpress.ed.gov/app/ReadingRoom.aspx?req=26-01347-F"))
    hdrs(m, d, (15, 40), "ET", "EDFOIAManager <EDFOIAManager@ed.gov>", "26-01347-F Final Response",
         mid="<SA1PR09MB81@SA1PR09MB81.namprd09.prod.outlook.com>")
    add(59, d, m, "REQ-005", "records_final", "26-01347-F", adverse=True,
        why="final release with withholdings; 90-day appeal", note="Safe Links download link; appeal boilerplate.")

    # 60 GovQA portal notice REQ-008
    d = D(2026, 7, 17)
    m = htmlonly("""<html><body><p>Seattle Police Department Public Disclosure Request <b>P031870-043026</b> has been updated. To view the update, please log in to the <a href="%s">City of Seattle Public Records Center</a>.</p><p>Please do not respond to this email.</p></body></html>""" % sl("https://seattlewa.mycusthelp.net/WEBAPP/_rs/supporthome.aspx"))
    hdrs(m, d, (8, 5), "PT", "City of Seattle Public Records Center <seattlewa@mycusthelp.net>",
         "Public Records Request :: P031870-043026 Updated", mid="<govqa.P031870.3@mycusthelp.net>")
    add(60, d, m, "REQ-008", "portal_notice", "P031870-043026", why="GovQA update notice, no substantive text",
        note="Contentless GovQA notice.")


def finalize():
    for f in glob.glob(os.path.join(HERE, "messages", "*.eml")):
        os.remove(f)
    order = sorted(range(len(FACTS)), key=lambda i: (FACTS[i]["date"], int(MSGS[i][0][:3])))
    facts, notes = [], []
    for k, i in enumerate(order, 1):
        name = "%03d-%s.eml" % (k, FACTS[i]["date"].strftime("%Y%m%d"))
        with open(os.path.join(HERE, "messages", name), "wb") as fh:
            fh.write(MSGS[i][1].as_bytes())
        f = dict(FACTS[i]); f["file"] = name
        facts.append(f)
        notes.append((name,) + NOTES[i][1:])
    with open(os.path.join(HERE, "facts.yaml"), "w") as fh:
        yaml.safe_dump(facts, fh, sort_keys=False, width=200)
    return notes


if __name__ == "__main__":
    build()
    notes = finalize()
    print(len(notes), "messages")
