from msgs4 import *

# 044 NOPD final, partial
add(n=44, d="2026-05-15", req="REQ-011", kind="records_final", tn="26-2281", appeal=True,
  why="NextRequest closure releasing FIT reports with some withheld under La. R.S. 44:3; Louisiana has no administrative appeal",
  note="Closure notice that carries the substantive release text (documents released, some withheld). Louisiana: no appeal window -> appeal_due null.",
  msg=lambda: build("City of New Orleans <no-reply@nextrequest.com>", INBOX, when("2026-05-15","15:45","CT"),
    "[Records Request 26-2281] Request closed", "<0100018e99.26-2281.c1@email.nextrequest.com>",
    html=nextrequest("City of New Orleans", "26-2281", "Request 26-2281 has been closed",
      """<p><b>Closure reason:</b> Documents released; some records withheld.</p>
<blockquote><p>Fourteen Force Investigation Team reports completed in 2025 have been released to the request portal (redacted for juvenile and victim information). Three FIT reports are withheld in full because they pertain to pending criminal litigation or prosecutions that are reasonably anticipated, La. R.S. 44:3(A)(1). Please review the released documents under the Documents tab.</p></blockquote>""", "nola")))

# 045 MSP OOO
add(n=45, d="2026-05-18", req="REQ-016", kind="auto_reply", tn="MSP 2026-03312",
  why="FOIA coordinator's out-of-office reply to our deposit confirmation",
  note="Out-of-office threaded to our message about MSP 2026-03312; no number in the body; the number appears only in the echoed subject.",
  msg=lambda: build("Brandt, Karen (MSP) <brandtk@michigan.gov>", plus(16), when("2026-05-18","07:02","ET"),
    "Automatic reply: RE: MSP 2026-03312 - Fee Notice and Deposit Request", "<CH0PR09MB8101.ooo77@CH0PR09MB8101.namprd09.prod.outlook.com>",
    in_reply_to="<req-016.20260515.5@ledgerinvestigates.example.com>", references=f"{rid(16)} <req-016.20260515.5@ledgerinvestigates.example.com>",
    headers=[("Auto-Submitted","auto-replied"),("X-MS-Exchange-Inbox-Rules-Loop","brandtk@michigan.gov")],
    text="""I am out of the office until Tuesday, May 26. Please direct FOIA questions to MSP-FOIA@michigan.gov. Payments sent to the FOIA Unit will be posted when I return.

Thank you."""))

# 046 IMPD REQ-010 denial, HTML only
add(n=46, d="2026-05-19", req="REQ-010", kind="denial", tn="IMPD-26-02455", appeal=True,
  why="IMPD withholds all Taser use reports as investigatory records; 30-day complaint to Public Access Counselor",
  note="Denial in HTML-only Outlook format; discretionary investigatory exception; PAC complaint window 30 days (IN appeal_days).",
  msg=lambda: build("IMPD Records <impdrecords@indy.gov>", INBOX, when("2026-05-19","15:36","ET"),
    "IMPD-26-02455", "<MN2PR09MB6023.impd2455d@MN2PR09MB6023.namprd09.prod.outlook.com>",
    html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>RE: Public records request IMPD-26-02455 (conducted electrical weapon reports, 2025)</p>
<p>The Indianapolis Metropolitan Police Department has reviewed your request. The requested CEW deployment reports are compiled in the course of use-of-force investigations and are investigatory records of a law enforcement agency. IMPD exercises its discretion under IC 5-14-3-4(b)(1) to withhold them. Your request is therefore denied.</p>
<p>This denial is made by the undersigned records custodian. You may file a formal complaint with the Office of the Public Access Counselor, 402 W. Washington St., Room W470, Indianapolis, IN 46204, within thirty (30) days of this denial, pursuant to IC 5-14-5-7.</p>
<p>Sgt. Paul Ostrander<br>IMPD Records Custodian</p></div></body></html>"""))

# 047 City of Tulsa press release via Google Group (null)
add(n=47, d="2026-05-20", req=None, kind="other", tn=None,
  why="City of Tulsa press release relayed by the Google Group; no request",
  note="Press release from the Tulsa city domain mentioning police technology; relayed via the group; must not be matched to REQ-013.",
  msg=lambda: build(via("City of Tulsa Communications"), INBOX, when("2026-05-20","10:00","CT"),
    "MEDIA RELEASE: Tulsa Police Department to host community forum on public safety technology", "<20260520150000.44@cityoftulsa.org>",
    headers=GG("communications@cityoftulsa.org", "City of Tulsa Communications"),
    text="""FOR IMMEDIATE RELEASE - May 20, 2026

TULSA, Okla. - The Tulsa Police Department will hold a community forum on June 2 at the Central Library to discuss the department's use of public safety technology, including license plate reader cameras and the Real Time Information Center. Residents may submit questions in advance.

Media contact: Communications Office, City of Tulsa

###"""))

# 048 APD interim
add(n=48, d="2026-05-21", req="REQ-014", kind="records_interim", tn="IPRA-2026-0662", est="2026-06-12",
  why="APD first installment (Jan-Jun 2025 flight logs); remaining installment expected by June 12",
  note="GovQA message with real text (records downloadable in the portal); installment language and a new expected date for the remainder.",
  msg=lambda: build("City of Albuquerque Public Records <cityofalbuquerque@mycusthelp.net>", INBOX, when("2026-05-21","17:20","MT"),
    "Public Records Request :: IPRA-2026-0662 - Installment 1", "<20260521232001.8120.govqa@mycusthelp.net>",
    html=govqa("""<p>Dear Ledger Records Desk,</p><p>The City is providing the first installment of records responsive to your request: RTCC UAS flight logs for January through June 2025 (1 spreadsheet, 1 PDF of pilot logs). Flight locations connected to active investigations have been redacted pursuant to NMSA 14-2-1(D).</p><p>The City anticipates providing the remaining records (July through December 2025) on or before <b>June 12, 2026</b>.</p><p>Records can be downloaded from the Public Records Center.</p>""")))

# 049 NARA referral, paraphrase only
add(n=49, d="2026-05-22", req="REQ-006", kind="other", tn=None,
  why="NARA special access staff tell us later FBI files were referred to FBI for review (referral notice)",
  note="Referral/transfer notice; no NARA number, topic only paraphrased ('Bureau of Investigation material about Tulsa, 1921'); new subject, different nara.gov sender.",
  msg=lambda: build("Special Access and FOIA <specialaccess_foia@nara.gov>", INBOX, when("2026-05-22","09:18","ET"),
    "Your request about 1921 Tulsa investigative files", "<CAJ9y=sa.refer@nara.gov>",
    text="""Hello,

While reviewing your request for Bureau of Investigation material about Tulsa in 1921, Textual Reference staff identified a small group of later FBI headquarters files (1922-1924) in Record Group 65 that have not been screened for public release. Because these records contain FBI equities, we have referred them to the FBI's Record/Information Dissemination Section for review. The FBI will respond to you directly for those pages.

This does not affect the open Record Group 65 case files, which our reference colleagues have already described to you.

Special Access and FOIA Staff
National Archives at College Park
"""))

# 050 APD REQ-015 denial, quotes request
add(n=50, d="2026-05-26", req="REQ-015", kind="denial", tn="IPRA-2026-0919", appeal=True,
  why="APD withholds the OIS lapel video in full (law enforcement records, active investigation); NM has no administrative appeal",
  note="Denial replying to our request with the original quoted; statutory citation list; New Mexico has no appeal window -> appeal_due null.",
  msg=lambda: build("APD Records <apdrecords@cabq.gov>", plus(15), when("2026-05-26","14:40","MT"),
    "RE: IPRA Request: Lapel camera video, officer-involved shooting of March 28, 2026 (Central Ave.)", "<SJ0PR09MB7704.0919@SJ0PR09MB7704.namprd09.prod.outlook.com>",
    in_reply_to=rid(15), references=rid(15),
    text="""Re: IPRA-2026-0919

Your request is denied. The on-body recording device video of the March 28, 2026 officer-involved shooting is part of an active criminal investigation by the Multi-Agency Task Force and is exempt from inspection under NMSA 1978, § 14-2-1(D) (law enforcement records that reveal confidential sources, methods, information or individuals accused but not charged with a crime). The video will be reviewed for release once the investigation is complete.

The person responsible for this denial is Celeste M. Montoya, Records Custodian.

APD IPRA Unit

> From: Ledger Records <records@ledgerinvestigates.example.com>
> Sent: Monday, May 11, 2026 11:03 AM
> Subject: IPRA Request: Lapel camera video, officer-involved shooting of March 28, 2026 (Central Ave.)
>
> Under the Inspection of Public Records Act we request all OBRD (lapel camera) video recorded by
> APD officers at the officer-involved shooting near Central Ave. and San Mateo on March 28, 2026.
"""))

# 051 bounce of follow-up to WHD
def dsn2():
    outer = MIMEMultipart("report", report_type="delivery-status")
    outer.attach(MIMEText("""Delivery has failed to these recipients or groups:

pham.lien@dol.gov
The email address you entered couldn't be found. Please check the recipient's email address and try to send the message again.

Diagnostic information for administrators:
Generating server: BN8PR09MB5521.namprd09.prod.outlook.com
pham.lien@dol.gov
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", "plain", "utf-8"))
    ds = ds_part("Reporting-MTA: dns;BN8PR09MB5521.namprd09.prod.outlook.com\nReceived-From-MTA: dns;mx1.ledgerinvestigates.example.com\nArrival-Date: Wed, 27 May 2026 14:02:11 +0000\n\nFinal-Recipient: rfc822;pham.lien@dol.gov\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    outer.attach(ds)
    orig = Message(); orig.set_type("text/rfc822-headers")
    orig.set_payload(f"From: Ledger Records <records@ledgerinvestigates.example.com>\nReply-To: {plus(5)}\nTo: \"Pham, Lien - WHD\" <pham.lien@dol.gov>\nSubject: RE: WHD-26-0418 - First Interim Response\nDate: Wed, 27 May 2026 10:02:05 -0400\nMessage-ID: <req-005.20260527.6@ledgerinvestigates.example.com>\nIn-Reply-To: <SA1PR09MB10432.whd0418i@SA1PR09MB10432.namprd09.prod.outlook.com>\nReferences: {rid(5)} <SA1PR09MB10432.whd0418i@SA1PR09MB10432.namprd09.prod.outlook.com>\n")
    outer.attach(orig)
    for k, v in [("From","Microsoft Outlook <postmaster@dol.gov>"),("To",INBOX),
                 ("Date", when("2026-05-27","10:02","ET")),("Subject","Undeliverable: RE: WHD-26-0418 - First Interim Response"),
                 ("Message-ID","<a1b2c3d4-dol-ndr-20260527@BN8PR09MB5521.namprd09.prod.outlook.com>"),("Auto-Submitted","auto-replied")]:
        outer[k] = v
    return outer
add(n=51, d="2026-05-27", req="REQ-005", kind="bounce", tn="WHD-26-0418",
  why="Exchange NDR for our follow-up to a WHD specialist who left; not an agency answer",
  note="Exchange-style NDR from postmaster@dol.gov (agency domain!) - a bounce, not a reply; the WHD number sits in the returned subject.",
  msg=dsn2)

# 052 OSHA REQ-003 interim, submitter notice
add(n=52, d="2026-06-03", req="REQ-003", kind="records_interim", tn="2026-F-04117",
  why="OSHA first interim release for Red River Poultry; business-submitted pages held for E.O. 12600 submitter notice",
  note="Interim release; mentions the company by name only ('Red River Poultry'), refers to inspection number; multipart with PDF.",
  msg=lambda: build("OSHA FOIA <foia-osha@dol.gov>", INBOX, when("2026-06-03","14:14","ET"),
    "Interim Release - 2026-F-04117", "<FX.2026-F-04117.int1@foiaxpress.dol.gov>",
    text="""Please find enclosed our first interim release for FOIA request 2026-F-04117 (inspection 1712345, Red River Poultry LLC).

Enclosed: 164 pages, released in part under Exemptions 6 and 7(C). An additional 92 pages consist of information the employer submitted and marked confidential (injury logs and process safety documents). Under Executive Order 12600 and 29 CFR 70.26 we have notified the submitter and must give it an opportunity to object before we make a release decision. We will respond about those pages in a second release.

OSHA FOIA Office""",
    html="""<p>Please find enclosed our first interim release for FOIA request <b>2026-F-04117</b> (inspection 1712345, Red River Poultry LLC).</p><p>Enclosed: 164 pages, released in part under Exemptions 6 and 7(C). An additional 92 pages consist of information the employer submitted and marked confidential (injury logs and process safety documents). Under Executive Order 12600 and 29 CFR 70.26 we have notified the submitter and must give it an opportunity to object before we make a release decision. We will respond about those pages in a second release.</p><p>OSHA FOIA Office</p>""",
    pdfs=[("2026-F-04117_Interim1_Redacted.pdf", "U.S. Department of Labor - OSHA\nInspection 1712345 - Red River Poultry LLC\nInterim release 1 (164 pages; redacted b6/b7C)", None)]))
