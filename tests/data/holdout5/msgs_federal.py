from build_lib import M, REQ, quoted, pdf, safelink, INBOX

def L(req, kind, tn, why, **kw):
    d = {"request": req, "kind": kind, "tracking_number": tn, "why": why}
    d.update(kw)
    return d

# ---------------- USCIS ----------------
M("2026-03-03 08:12:40 -0500", "USCIS FOIA <uscis.foia@uscis.dhs.gov>",
  "Acknowledgment of FOIA Request COW2026000412",
  text="""March 3, 2026

Border Justice Clinic
foia@borderjustice.example.org

Dear Requester:

This letter acknowledges receipt of your Freedom of Information Act (FOIA) request, which was received by U.S. Citizenship and Immigration Services (USCIS) on March 2, 2026, regarding: number of Form I-912 fee waiver requests rejected or denied, FY2023-FY2025, by form type and office.

Your request has been assigned control number COW2026000412. Please cite this number in all future correspondence about this request.

USCIS processes requests on a first-in, first-out basis within each processing track. Your request has been placed in Track 2 (complex). You may check the status of your request online at https://first.uscis.gov using the control number above.

In our experience, requests for data compilations of this type may require consultation with other offices. If that is necessary we will notify you in writing.

Sincerely,

Jill A. Eggleston
Director, FOIA Operations
National Records Center
""",
  irt=REQ["REQ-01"]["message_id"],
  label=L("REQ-01", "acknowledgment", "COW2026000412", "USCIS acknowledgment with control number; received date equals sent date", received="2026-03-02"))

M("2026-03-04 16:40:03 -0500", "USCIS FOIA <uscis.foia@uscis.dhs.gov>",
  "Automatic reply: " + REQ["REQ-02"]["subject"],
  text="""Thank you for contacting the USCIS National Records Center FOIA/PA Office.

This mailbox is used for general questions only. New FOIA requests and requests for status should be submitted through our online system, FIRST (FOIA Immigration Records SysTem), at https://first.uscis.gov. Messages sent to this address are not monitored continuously and you may not receive an individual response.

For the status of a pending request you may also call the National Records Center at 800-375-5283.

*** This is an automated message. Please do not reply. ***
""",
  irt=REQ["REQ-02"]["message_id"], hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  label=L("REQ-02", "auto_reply", None, "Mailbox auto-responder answering our emailed request; no substance"))

M("2026-03-09 11:02:17 -0400", "USCIS FOIA <uscis.foia@uscis.dhs.gov>",
  "USCIS FOIA Request NRC2026051234 - Received",
  text="""Dear Requester,

Your request for records of M.R.-L. under the Freedom of Information Act and the Privacy Act was received in this office on March 6, 2026, and has been assigned the control number NRC2026051234.

Your request has been placed in Track 2. The consent form you submitted (Form G-639 with signature) satisfies the identity verification requirements of 8 CFR 103.21.

Please note: requests for A-files often require retrieval of the physical file from a field office or Federal Records Center. You can follow your request at first.uscis.gov.

National Records Center, FOIA/PA Office
P.O. Box 648010, Lee's Summit, MO 64064-8010
""",
  to="foia+req-03@borderjustice.example.org",
  label=L("REQ-03", "acknowledgment", "NRC2026051234", "A-file request acknowledged; stated receipt March 6 differs from sent March 5; sent to the plus address", received="2026-03-06"))

M("2026-03-26 09:31:55 -0400", "USCIS FOIA <uscis.foia@uscis.dhs.gov>",
  "Your USCIS FOIA request - additional information needed",
  html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>We are writing about your request for USCIS <b>guidance, procedures and training used by staff who adjudicate fee waiver requests</b>. As written, the request covers every office that handles Form I-912 (the service centers, the Lockbox and all field offices), which we are unable to search as described.</p>
<p>Could you please let us know (1) whether you will limit the request to national-level guidance and training issued by the Field Operations and Service Center Operations directorates, and (2) whether drafts may be excluded?</p>
<p>If we do not receive a response within <b>30 business days</b> of the date of this email, we will assume you are no longer interested and administratively close the request. Your request is on hold until we hear from you.</p>
<p>Thank you,<br>FOIA/PA Office<br>National Records Center<br>U.S. Citizenship and Immigration Services</p>
</body></html>""",
  label=L("REQ-02", "clarification", None, "Asks to narrow the training-materials request; no number, only the topic paraphrased (REQ-01 is the similar data request)"))

r01_ext = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
National Records Center, FOIA/PA Office

March 23, 2026

Border Justice Clinic
foia@borderjustice.example.org

Dear Requester:

We are writing regarding your request for data on fee waiver requests (Form I-912) rejected or denied in fiscal years 2023 through 2025.

Because the responsive data is maintained by the Office of Performance and Quality and by the Lockbox intake contractor, we need to search for and collect records from offices separate from the office processing the request. Unusual circumstances therefore exist under 5 U.S.C. 552(a)(6)(B)(i)-(iii), and we are extending the time limit to respond to your request by ten additional working days.

If you wish to narrow the scope of your request, or to arrange an alternative time frame, you may contact our FOIA Public Liaison at 816-350-5785. You may also contact the Office of Government Information Services (OGIS) at ogis@nara.gov.

Sincerely,
FOIA/PA Office
"""
M("2026-03-23 14:05:12 -0400", "USCIS FOIA <uscis.foia@uscis.dhs.gov>",
  "Correspondence regarding your FOIA request",
  text="Please see the attached correspondence regarding your FOIA request.\n\nUSCIS FOIA/PA Office\n",
  att=[("COW2026000412_Extension_Notice.pdf", pdf(r01_ext), "application/pdf")],
  label=L("REQ-01", "extension", "COW2026000412", "Unusual-circumstances 10-day extension; number only in the attachment file name", extends=True))

M("2026-04-01 10:17:44 -0400", "USCIS FOIA <uscis.foia@uscis.dhs.gov>",
  "Response to your FOIA/PA request",
  text="Your records are attached. Please review the enclosed letter for an explanation of the withholdings and your appeal rights.\n\n-- FOIA/PA Office, National Records Center\n",
  to="foia+req-03@borderjustice.example.org",
  att=[("NRC2026051234_Final_Response_Letter.pdf", pdf("""April 1, 2026

Dear Requester:

We have completed the review of all documents and have identified 226 pages that are responsive to your request for the Alien file of your client. We are releasing 198 pages in their entirety and 22 pages in part. We are withholding 6 pages in full. In addition, 11 pages were referred to U.S. Immigration and Customs Enforcement for review and direct response to you.

We withheld information under 5 U.S.C. 552(b)(6), (b)(7)(C) and (b)(7)(E). Exemption (b)(6) permits the withholding of personnel, medical and similar files; (b)(7)(C) protects personal information in law enforcement records; (b)(7)(E) protects law enforcement techniques and procedures.

This completes the processing of your request by this office.

You have the right to file an administrative appeal within 90 days of the date of this letter. You may submit an appeal to: USCIS FOIA/PA Appeals Office, 5900 Capital Gateway Drive, Camp Springs, MD 20588-0009, or through first.uscis.gov. Both the letter and the envelope should be clearly marked "Freedom of Information Act/Privacy Act Appeal."

You may also contact our FOIA Public Liaison or OGIS for dispute resolution services.

Sincerely,
Jill A. Eggleston
Director, FOIA Operations
"""), "application/pdf"),
       ("A-File_Release_Part1.pdf", pdf("[Released A-file pages 1-198, redacted copy]\n\n(b)(6) (b)(7)(C)"), "application/pdf")],
  label=L("REQ-03", "records_final", "NRC2026051234", "Final A-file release with partial withholdings and appeal rights; number only in attachment names; plus address", appeal=True))

M("2026-04-10 15:48:09 -0400", "USCIS FOIA <uscis.foia@uscis.dhs.gov>",
  "FOIA Request COW2026000412 - Final Response",
  text="""Dear Requester:

This is the final response to your Freedom of Information Act request COW2026000412 for statistics on Form I-912 fee waiver requests.

Item 1 (rejections and denials by fiscal year and form type): the Office of Performance and Quality produced the attached spreadsheet, 3 worksheets, released in full.

Item 2 (by adjudicating office): included in the same spreadsheet, worksheet 2. Cells with fewer than 10 cases have been suppressed under 5 U.S.C. 552(b)(6).

Item 3 (stated rejection reasons): USCIS systems do not track rejection reasons in a form that can be reported. A search of the Lockbox intake database and OPQ data holdings located no records responsive to this item.

If you are not satisfied with this response, you may appeal to the USCIS FOIA/PA Appeals Office within 90 days of the date of this letter, through first.uscis.gov or by mail to 5900 Capital Gateway Drive, Camp Springs, MD 20588-0009. You may also seek dispute resolution services from the USCIS FOIA Public Liaison or the Office of Government Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi Road, College Park, MD 20740, ogis@nara.gov.

FOIA/PA Office
National Records Center
""",
  html=None,
  att=[("COW2026000412_I-912_FY23-25.csv", b"fiscal_year,form,received,rejected,denied\n2023,I-485,41022,6311,2210\n2023,N-400,88214,9876,3102\n2024,I-485,45987,7702,2655\n", "text/csv")],
  label=L("REQ-01", "records_final", "COW2026000412", "Final data release; one item no records and small cells suppressed; appeal rights", appeal=True))

M("2026-04-20 13:22:30 -0400", "USCIS FOIA <uscis.foia@uscis.dhs.gov>",
  "FOIA Final Response COW2026000538",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Times New Roman;font-size:12pt">
<p>April 20, 2026</p>
<p>Dear Requester:</p>
<p>This is in response to your Freedom of Information Act request <b>COW2026000538</b>, as narrowed in your email of March 27, 2026, for national-level guidance and training materials used to adjudicate Form I-912, Request for Fee Waiver.</p>
<p>A search of the Service Center Operations Directorate and the Field Operations Directorate located 143 pages of training slides and standard operating procedures. After careful review, we have determined that these records are exempt from disclosure in their entirety under 5 U.S.C. 552(b)(5), as pre-decisional and deliberative material, and under 5 U.S.C. 552(b)(7)(E), as their release would disclose techniques used to detect fraud in fee waiver requests. No reasonably segregable, non-exempt portion could be released.</p>
<p>You have the right to file an administrative appeal within 90 days of the date of this letter. Please mark both your letter and envelope &quot;Freedom of Information Act Appeal&quot; and send it to the USCIS FOIA/PA Appeals Office, 5900 Capital Gateway Drive, Camp Springs, MD 20588-0009, or submit it online at first.uscis.gov.</p>
<p>Sincerely,<br>FOIA/PA Office</p>
</div></body></html>""",
  label=L("REQ-02", "denial", "COW2026000538", "All 143 pages withheld in full under (b)(5)/(b)(7)(E); first message that states REQ-02's number", appeal=True))

# ---------------- TSA ----------------
tsa_ack = """U.S. Department of Homeland Security
Transportation Security Administration
FOIA Branch, TSA-20
6595 Springfield Center Drive, Springfield, VA 20598-6020

March 5, 2026

Border Justice Clinic
foia@borderjustice.example.org

Re: 2026-TSFO-00871

Dear Requester:

This acknowledges receipt of your March 3, 2026, Freedom of Information Act (FOIA) request to the Transportation Security Administration (TSA), seeking TSA directives, bulletins, job aids and checkpoint guidance addressing acceptance of DHS-issued immigration documents as identification, 2023 to the present. Your request was received in this office on March 3, 2026.

Due to the increasing number of FOIA requests received by this office, we may encounter some delay in processing your request. Per Section 5.5(a) of the DHS FOIA regulations, 6 C.F.R. Part 5, TSA processes requests according to their order of receipt. Although TSA's goal is to respond within 20 business days of receipt, FOIA does permit a 10-day extension of this time period. If your request requires a search of numerous offices or voluminous records, TSA may invoke that extension, and we will notify you if we do.

We have not yet made a decision on your request for a fee waiver. We will do so after we determine whether fees will be assessed. Provisions of the FOIA allow us to recover part of the cost of complying with your request; by submitting your request you have agreed to pay up to $25.00 in applicable processing fees, if any. If fees exceed that amount we will contact you before incurring them.

Your request has been assigned reference number 2026-TSFO-00871. Please refer to this identifier in any future correspondence.

Sincerely,
FOIA Branch
"""
M("2026-03-05 12:44:10 -0500", "TSA FOIA <foia@tsa.dhs.gov>",
  "TSA FOIA Acknowledgment 2026-TSFO-00871",
  text="Good afternoon,\n\nPlease find attached the acknowledgment letter for your FOIA request.\n\nV/r,\nTSA FOIA Branch\n",
  irt=REQ["REQ-04"]["message_id"],
  att=[("2026-TSFO-00871 Acknowledgment Letter.pdf", pdf(tsa_ack), "application/pdf")],
  label=L("REQ-04", "acknowledgment", "2026-TSFO-00871", "PDF acknowledgment; extension only mentioned as possible, fees conditional - clock 20 business days", received="2026-03-03"))

M("2026-03-17 07:15:02 -0400", "DHS SecureRelease <noreply@securerelease.dhs.gov>",
  "Request 2026-TSFO-00934 Submitted",
  text="""Your request has been received by the agency.

Tracking Number: 2026-TSFO-00934
Component: Transportation Security Administration
Date Received: 03/11/2026
Request Description: Records of complaints received by the TSA Contact Center, 2024-2025, concerning identification of noncitizen travelers at checkpoints...

You will receive email updates as your request is processed. You can check the status of your request at any time by logging in to SecureRelease.

Please do not reply to this email. This mailbox is not monitored.
""",
  html="""<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p><img alt="DHS SecureRelease" src="https://securerelease.dhs.gov/img/logo.png"></p>
<p>Your request has been received by the agency.</p>
<table cellpadding="4"><tr><td><b>Tracking Number:</b></td><td>2026-TSFO-00934</td></tr>
<tr><td><b>Component:</b></td><td>Transportation Security Administration</td></tr>
<tr><td><b>Date Received:</b></td><td>03/11/2026</td></tr>
<tr><td valign="top"><b>Request Description:</b></td><td>Records of complaints received by the TSA Contact Center, 2024-2025, concerning identification of noncitizen travelers at checkpoints...</td></tr></table>
<p>You will receive email updates as your request is processed. You can check the status of your request at any time by logging in to <a href="https://securerelease.dhs.gov">SecureRelease</a>.</p>
<p style="font-size:11px;color:#666">Please do not reply to this email. This mailbox is not monitored.</p>
</body></html>""",
  label=L("REQ-05", "acknowledgment", "2026-TSFO-00934", "DHS SecureRelease receipt (shared dhs.gov no-reply) with tracking number and received date", received="2026-03-11"))

M("2026-03-24 10:51:37 -0400", "Marcus Whitfield <marcus.whitfield@tsa.dhs.gov>",
  "RE: " + REQ["REQ-04"]["subject"],
  text="""Good morning,

I am the FOIA specialist assigned to your request 2026-TSFO-00871. The records you describe are held by Security Operations, the Office of Requirements and Capabilities Analysis and the Office of Chief Counsel, and many of them contain Sensitive Security Information that must be reviewed by the SSI Program Office before release.

For these reasons TSA is invoking the 10-day extension under 5 U.S.C. 552(a)(6)(B). If you would like to narrow the request to speed things up, for example to final directives and bulletins only, just let me know.

Regards,
Marcus Whitfield
Government Information Specialist
TSA FOIA Branch
""" + quoted("REQ-04", when="9:12 AM"),
  irt=REQ["REQ-04"]["message_id"],
  label=L("REQ-04", "extension", "2026-TSFO-00871", "Analyst invokes the 10-day unusual-circumstances extension; quotes our request", extends=True))

M("2026-03-31 08:02:19 -0400", "Renata Oyelaran <renata.oyelaran@tsa.dhs.gov>",
  "Automatic reply: Follow-up: 2026-TSFO-00934",
  text="""I am out of the office through Friday, April 3, with limited access to email. For questions about a pending FOIA request, please write to foia@tsa.dhs.gov or call the TSA FOIA Requester Service Center at 1-866-364-2872.

Thank you.
""",
  irt="<req-05.20260331.2@borderjustice.example.org>",
  refs=REQ["REQ-05"]["message_id"] + " <req-05.20260331.2@borderjustice.example.org>",
  hdrs={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Inbox-Rules-Loop": "renata.oyelaran@tsa.dhs.gov"},
  label=L("REQ-05", "auto_reply", "2026-TSFO-00934", "Out-of-office answering our follow-up; number only in the echoed subject"))

M("2026-04-06 16:25:40 -0400", "TSA FOIA <foia@tsa.dhs.gov>",
  "2026-TSFO-00934 - Extension of Time",
  text="""Dear Requester:

This concerns your Freedom of Information Act request 2026-TSFO-00934 for TSA Contact Center complaints.

The TSA Contact Center database must be searched by the Office of Civil Rights & Liberties, Ombudsman and Traveler Engagement, and the results compared against records in a second system. We are therefore taking a 10-working-day extension as allowed by 5 U.S.C. 552(a)(6)(B)(i).

We appreciate your patience.

TSA FOIA Branch
""",
  label=L("REQ-05", "extension", "2026-TSFO-00934", "Statutory 10-day extension on the complaints request", extends=True))

M("2026-04-21 05:30:00 -0400", "DHS SecureRelease <noreply@securerelease.dhs.gov>",
  "Request 2026-TSFO-00871 Updated",
  text="""The status of your request has been updated.

Tracking Number: 2026-TSFO-00871
New Status: Closed

Documents have been added to your request. Please log in to SecureRelease to view and download them.

Please do not reply to this email.
""",
  label=L("REQ-04", "portal_notice", "2026-TSFO-00871", "SecureRelease status change; the letter itself comes separately"))

tsa_final = """Transportation Security Administration
FOIA Branch

April 20, 2026

Re: 2026-TSFO-00871

Dear Requester:

This is the final response to your Freedom of Information Act request for TSA guidance on acceptance of DHS-issued immigration documents as checkpoint identification.

A search of Security Operations and the Office of Chief Counsel produced 87 pages of responsive records. Of those pages, 41 are released in full and 46 are released in part. Portions have been withheld under 5 U.S.C. 552(b)(3), in conjunction with 49 U.S.C. 114(r) (Sensitive Security Information), and under 5 U.S.C. 552(b)(6) and (b)(7)(E).

You have the right to appeal this determination. Your appeal must be received within 90 days of the date of this letter and should be addressed to: TSA FOIA Appeals, Office of Chief Counsel, 6595 Springfield Center Drive, Springfield, VA 20598-6002, or sent to foia.appeals@tsa.dhs.gov.

Sincerely,
FOIA Officer
"""
M("2026-04-21 11:09:26 -0400", "TSA FOIA <foia@tsa.dhs.gov>",
  "FOIA Final Response",
  text="Attached please find TSA's final response and responsive records.\n\nTSA FOIA Branch\n",
  att=[("2026-TSFO-00871 Final Response.pdf", pdf(tsa_final), "application/pdf"),
       ("2026-TSFO-00871 Responsive Records.pdf", pdf("[87 pages - SSI redactions applied]"), "application/pdf")],
  label=L("REQ-04", "records_final", "2026-TSFO-00871", "Final partial release (SSI/b6/b7E); appeal 90 days; the letter is dated a day before the email", appeal=True))

M("2026-05-12 14:37:18 -0400", "TSA FOIA <foia@tsa.dhs.gov>",
  "Re: 2026-TSFO-00934",
  html="""<div dir="ltr"><p>Dear Requester,</p>
<p>The TSA Contact Center and the Office of Civil Rights &amp; Liberties, Ombudsman and Traveler Engagement searched their complaint databases for the period January 1, 2024 through December 31, 2025 using the terms you provided and related terms (e.g., &quot;I-94&quot;, &quot;EAD&quot;, &quot;parole&quot;, &quot;NTA&quot;, &quot;immigration papers&quot;). The searches did not locate any records responsive to your request.</p>
<p>Although we were unable to locate responsive records, you may consider this a denial for purposes of appeal. You may appeal within 90 days of the date of this letter to foia.appeals@tsa.dhs.gov.</p>
<p>Request number: 2026-TSFO-00934</p>
<p>TSA FOIA Branch</p></div>""",
  label=L("REQ-05", "no_records", "2026-TSFO-00934", "No responsive complaints located; appeal window 90 days", appeal=True))


M("2026-03-13 15:27:48 -0400", "DHS FOIA Office <foia@hq.dhs.gov>",
  "DHS FOIA Request 2026-HQFO-00612 - Referral",
  text="""Dear Requester:

This acknowledges receipt of a copy of your Freedom of Information Act request dated March 11, 2026, which was addressed to the Transportation Security Administration and copied to the Department of Homeland Security (DHS) Privacy Office, for records of complaints received by the TSA Contact Center about identification of noncitizen travelers at airport checkpoints. Your request was received in this office on March 12, 2026 and logged as 2026-HQFO-00612.

The DHS Privacy Office does not maintain the records you seek. Because the subject matter of your request is under the purview of the Transportation Security Administration (TSA), we are transferring your request to the FOIA Officer, TSA FOIA Branch, 6595 Springfield Center Drive, Springfield, VA 20598, for processing and direct response to you. You may reach that office at foia@tsa.dhs.gov. DHS HQ has closed request 2026-HQFO-00612.

Sincerely,
DHS Privacy Office, Disclosure & FOIA Program
""",
  label=L("REQ-05", "other", "2026-HQFO-00612", "DHS headquarters (dhs.gov) transfers the copy it received to TSA; its own HQ number, not TSA's; no clock for TSA"))

# ---------------- CDC ----------------
M("2026-03-06 13:30:45 -0500", "FOIA Requests (CDC) <foiarequests@cdc.gov>",
  "RE: " + REQ["REQ-06"]["subject"] + " [#26-00688-FOIA]",
  text="""Dear Requester:

The Centers for Disease Control and Prevention and Agency for Toxic Substances and Disease Registry (CDC/ATSDR) received your Freedom of Information Act (FOIA) request dated March 5, 2026, on March 5, 2026. Your request seeks CDC protocols, guidance and correspondence with ICE Health Service Corps concerning tuberculosis screening of persons held in ICE detention facilities, 2024 to present.

Your request has been assigned #26-00688-FOIA. Please refer to this number on all future correspondence.

We will respond to your request within twenty working days unless unusual circumstances require us to extend the time limit. We have placed your request in the complex processing track.

Because you are considered an "other" requester, you are entitled to two hours of free search time and 100 free pages. If we anticipate that fees will exceed $25.00 we will notify you before proceeding.

You may check the status of your request through the HHS PAL portal.

Sincerely,
CDC/ATSDR FOIA Office
770-488-6399
""",
  html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Requester:</p>
<p>The Centers for Disease Control and Prevention and Agency for Toxic Substances and Disease Registry (CDC/ATSDR) received your Freedom of Information Act (FOIA) request dated March 5, 2026, on March 5, 2026. Your request seeks CDC protocols, guidance and correspondence with ICE Health Service Corps concerning tuberculosis screening of persons held in ICE detention facilities, 2024 to present.</p>
<p>Your request has been assigned <b>#26-00688-FOIA</b>. Please refer to this number on all future correspondence.</p>
<p>We will respond to your request within twenty working days unless unusual circumstances require us to extend the time limit. We have placed your request in the complex processing track.</p>
<p>Because you are considered an &quot;other&quot; requester, you are entitled to two hours of free search time and 100 free pages. If we anticipate that fees will exceed $25.00 we will notify you before proceeding.</p>
<p>You may check the status of your request through the HHS PAL portal.</p>
<p>Sincerely,<br>CDC/ATSDR FOIA Office<br>770-488-6399</p></div></body></html>""",
  irt=REQ["REQ-06"]["message_id"],
  label=L("REQ-06", "acknowledgment", "26-00688-FOIA", "Acknowledgment with number; extension and fees only conditional", received="2026-03-05"))

M("2026-03-13 07:58:01 -0400", "Dwayne Pickering (CDC/OCOO/OCS) <hxp4@cdc.gov>",
  "Automatic reply: " + REQ["REQ-07"]["subject"],
  text="""Thank you for your message. I am out of the office on leave until Monday, March 23, 2026.

For FOIA matters please contact foiarequests@cdc.gov. For urgent matters please call the CDC FOIA Office main line at 770-488-6399.

Dwayne Pickering
Government Information Specialist
""",
  irt=REQ["REQ-07"]["message_id"], hdrs={"Auto-Submitted": "auto-replied"},
  label=L("REQ-07", "auto_reply", None, "Out-of-office of a CDC analyst copied on our request"))

M("2026-03-20 10:04:33 -0700", "'FOIA Requests (CDC)' via BJC Records <bjc-records@googlegroups.com>",
  "[bjc-records] Your FOIA request #26-00741-FOIA",
  text="""Dear Requester:

CDC/ATSDR received your Freedom of Information Act request on March 13, 2026. Your request has been assigned #26-00741-FOIA.

Your request seeks: measles exposure notifications, case reports or Epi-X postings involving immigration detention facilities, January 1, 2025 to the present.

We will make every effort to respond within twenty working days. Requests are processed in the order received.

CDC/ATSDR FOIA Office

--
You received this message because you are subscribed to the Google Groups "BJC Records" group.
To unsubscribe from this group and stop receiving emails from it, send an email to bjc-records+unsubscribe@googlegroups.com.
""",
  to="BJC Records <bjc-records@googlegroups.com>",
  hdrs={"X-Original-From": "FOIA Requests (CDC) <foiarequests@cdc.gov>", "Reply-To": "FOIA Requests (CDC) <foiarequests@cdc.gov>",
        "X-Original-Sender": "foiarequests@cdc.gov", "Mailing-list": "list bjc-records@googlegroups.com; contact bjc-records+owners@googlegroups.com",
        "List-ID": "<bjc-records.googlegroups.com>", "Precedence": "list"},
  label=L("REQ-07", "acknowledgment", "26-00741-FOIA", "Relayed by our Google Group (X-Original-From); received March 13, a day after sent", received="2026-03-13"))

M("2026-03-27 11:20:06 -0400", "FOIA Requests (CDC) <foiarequests@cdc.gov>",
  "Fee Estimate - #26-00688-FOIA",
  text="Please see attached letter. A response is required within 30 calendar days.\n\nCDC/ATSDR FOIA Office\n",
  att=[("26-00688-FOIA Fee Letter.pdf", pdf("""Department of Health and Human Services
Centers for Disease Control and Prevention
FOIA Office, 1600 Clifton Road NE, MS D-54, Atlanta, GA 30329

March 27, 2026

Re: #26-00688-FOIA

Dear Requester:

We have conducted a preliminary search and determined that a full search of the Division of Global Migration Health and the Division of Tuberculosis Elimination will take approximately 9 hours beyond the two free hours, at $40.00 per hour (professional), and that duplication of approximately 1,150 pages beyond the first 100 free pages will cost $0.10 per page.

Estimated search:       $360.00
Estimated duplication:  $105.00
Total estimated fees:   $465.00

Your request for a fee waiver has been denied because the request does not establish that disclosure is likely to contribute significantly to public understanding beyond the requester's own litigation interests. You may appeal the fee waiver denial within 90 days.

Please tell us in writing within 30 calendar days whether you agree to pay the estimated fees or wish to narrow your request. Processing of your request is suspended until we receive your response. If we do not hear from you, we will close the request.

Sincerely,
CDC/ATSDR FOIA Office
"""), "application/pdf")],
  label=L("REQ-06", "fee_estimate", "26-00688-FOIA", "Fee estimate $465 with fee-waiver denial; processing suspended until agreement"))

M("2026-03-30 14:12:55 -0400", "Pickering, Dwayne (CDC/OCOO/OCS) <hxp4@cdc.gov>",
  "RE: [EXTERNAL] " + REQ["REQ-07"]["subject"],
  html="""<html><body><div style="font-family:Calibri;font-size:11pt">
<p>Hello,</p>
<p>I'm processing your request #26-00741-FOIA. Before we task the program office, could you clarify what you mean by &quot;exposure notifications&quot;? CDC does not issue public exposure notices for specific facilities; state and local health departments do. We can search (a) Epi-X postings and (b) emails between the Division of Global Migration Health and ICE Health Service Corps about measles cases at detention facilities. Would that satisfy your request?</p>
<p>Please reply by April 13. We will hold the request until we hear back.</p>
<p>Thanks,<br>Dwayne Pickering<br>Government Information Specialist<br>CDC/ATSDR FOIA Office</p></div>
<hr><div style="font-size:10pt"><b>From:</b> Border Justice Clinic &lt;foia@borderjustice.example.org&gt;<br><b>Sent:</b> Thursday, March 12, 2026 10:04 AM<br><b>To:</b> FOIA Requests (CDC) &lt;foiarequests@cdc.gov&gt;<br><b>Subject:</b> """ + REQ["REQ-07"]["subject"] + """</div>
<p style="font-size:10pt">Under FOIA we request records of measles exposure notifications, case reports or Epi-X postings that involve immigration detention facilities, January 1, 2025 to the present.</p>
</body></html>""",
  irt=REQ["REQ-07"]["message_id"],
  label=L("REQ-07", "clarification", "26-00741-FOIA", "Analyst asks what 'exposure notifications' means and offers a narrowed scope; request on hold"))

M("2026-04-13 16:01:27 -0400", "FOIA Requests (CDC) <foiarequests@cdc.gov>",
  "Interim Release #1 - 26-00688-FOIA",
  text="""Dear Requester:

Thank you for agreeing on April 2, 2026 to the narrowed scope (Division of Tuberculosis Elimination guidance only) and to pay fees up to $150.00.

This is the first interim response to your request. We are releasing 64 pages. Portions of 9 pages are withheld under Exemption 5 (deliberative process) and Exemption 6. We are continuing to process the remaining records and will send a further release when review is complete, which we currently estimate by May 15, 2026.

Should you wish to appeal the withholdings in this release, you may do so within 90 days of this letter; we recommend waiting for our final response.

CDC/ATSDR FOIA Office
""",
  att=[("26-00688-FOIA_Interim1.pdf", pdf("[64 pages of released records; (b)(5) and (b)(6) redactions]"), "application/pdf")],
  label=L("REQ-06", "records_interim", "26-00688-FOIA", "First rolling release with withholdings and an estimated date for the rest; appeal text inside a release", estimated="2026-05-15"))

M("2026-04-15 09:40:12 -0400", "FOIA Requests (CDC) <foiarequests@cdc.gov>",
  "FOIA Response",
  text="Dear Requester,\n\nPlease find our response attached.\n\nCDC/ATSDR FOIA Office\n",
  att=[("26-00741-FOIA Final Response.pdf", pdf("""April 15, 2026

Re: #26-00741-FOIA

Dear Requester:

This is the final response to your request, as clarified on March 31, 2026, for Epi-X postings and emails between the Division of Global Migration Health and ICE Health Service Corps about measles cases at immigration detention facilities from January 1, 2025 to the present.

The Division of Global Migration Health and the Epi-X program searched their records and did not find any records responsive to your request.

If you are not satisfied with the response, you may contact our FOIA Public Liaison at 770-488-6277, or the Office of Government Information Services. You also have the right to appeal to the Deputy Agency Chief FOIA Officer, Office of the Assistant Secretary for Public Affairs, HHS, through the HHS PAL portal. Your appeal must be postmarked or electronically transmitted within 90 days of the date of this response.
"""), "application/pdf")],
  label=L("REQ-07", "no_records", "26-00741-FOIA", "Search found no records; number in the PDF only; appeal 90 days", appeal=True))

M("2026-05-07 04:15:33 -0400", "HHS PAL <noreply-pal@hhs.gov>",
  "Request 26-00688-FOIA - Correspondence Available",
  html="""<html><body><p>Dear Border Justice Clinic,</p>
<p>New correspondence is available for your request <b>26-00688-FOIA</b> submitted to <b>Centers for Disease Control and Prevention</b>.</p>
<p>Please log in to the <a href="https://requests.publiclink.hhs.gov/App/Index.aspx">HHS PAL</a> portal to view it.</p>
<p>Thank you,<br>HHS PAL</p><p style="font-size:9pt">Powered by FOIAXpress</p></body></html>""",
  label=L("REQ-06", "portal_notice", "26-00688-FOIA", "FOIAXpress PAL notice, no substance"))

M("2026-05-07 10:46:50 -0400", "FOIA Requests (CDC) <foiarequests@cdc.gov>",
  "Final Response - #26-00688-FOIA",
  text="""Dear Requester:

This is the final response to your request #26-00688-FOIA. We are releasing an additional 118 pages, 12 of them with redactions under Exemptions 5 and 6, for a total of 182 pages released. The total fee for this request is $96.00; an invoice is enclosed. This completes our response.

You may appeal within 90 days of the date of this letter through the HHS PAL portal or by mail to the Deputy Agency Chief FOIA Officer, Hubert H. Humphrey Building, Suite 729H, 200 Independence Avenue, S.W., Washington, DC 20201.

Sincerely,
Roger Andoh
CDC/ATSDR FOIA Officer
""",
  att=[("26-00688-FOIA_Final_Release.pdf", pdf("[118 pages; (b)(5) (b)(6)]"), "application/pdf"),
       ("Invoice_26-00688.pdf", pdf("Invoice 26-00688-FOIA\nAmount due: $96.00"), "application/pdf")],
  label=L("REQ-06", "records_final", "26-00688-FOIA", "Final release with redactions and invoice; appeal 90 days", appeal=True))
