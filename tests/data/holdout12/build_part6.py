add("2026-10-21 09:12 -0400", "Jamie Ortiz <jortiz@campuswatch.example.edu>", "Fwd: FOIA-26-0612 Response",
    L("REQ-010", "records_final", "FOIA-26-0612", "colleague forwards FCPS final letter sent to her own address; Evolv contract pricing redacted under 2.2-3705.6"),
    text="""Posting this to the shared inbox - FCPS sent the final response on the vendor contracts to me directly instead of foia@. Contract PDFs are on the team drive.

-J

---------- Forwarded message ---------
From: FCPS FOIA Office <foia@fcps.edu>
Date: Tue, Oct 20, 2026 at 3:58 PM
Subject: FOIA-26-0612 Response
To: Jamie Ortiz <jortiz@campuswatch.example.edu>

Dear Ms. Ortiz,

Following receipt of your deposit, enclosed are the records responsive to your request: the agreement between FCPS and Evolv Technologies, Inc. (Contract No. 4400012345), two amendments, and the related purchase orders. Certain pricing schedules and security configuration details have been redacted pursuant to Va. Code sections 2.2-3705.6(3) (proprietary information) and 2.2-3705.2(14) (security plans and specific assessment components). All other responsive records are provided in full.

This concludes our response to your request.

FOIA Office
Fairfax County Public Schools""", facts={"withheld": True})

# ---------------- Denver (GovQA shared no-reply) ----------------
add("2026-09-08 11:03 -0600", GQ, "Denver Public Schools Open Records Request :: R000871-090826",
    L("REQ-011", "acknowledgment", "R000871-090826", "GovQA receipt on shared mycusthelp address; CO 3 working days"),
    html="""<html><body style="font-family:Verdana;font-size:12px"><p>Dear Campus Watch Clinic,</p>
<p>Thank you for your interest in public records of Denver Public Schools. Your request has been received and is being processed in accordance with the Colorado Open Records Act, C.R.S. 24-72-201 et seq. Your request was received in this office on 9/8/2026 and given the reference number <b>R000871-090826</b> for tracking purposes.</p>
<p><b>Record(s) Requested:</b> Emails and text messages among board members and the superintendent concerning the return of school resource officers to DPS campuses, May 2025 to present.</p>
<p>You can monitor the progress of your request at the link below, and you'll receive an email when your request has been completed.</p>
<p><a href="https://denverpublicschools.mycusthelp.com/WEBAPP/_rs/RequestLogin.aspx">Public Records Center</a></p></body></html>""")
add("2026-09-11 16:22 -0600", "Alex Brandt <alex_brandt@dpsk12.net>", "Re: your records request on SROs",
    L("REQ-011", "extension", "R000871-090826", "communications staffer informally says they need more time; CORA 7 extra working days", est="2026-09-22"),
    text="""Hi there -

Just a heads up on your CORA request about SROs (R000871-090826). Legal is pulling texts from board members' devices and that is going to take longer than the three days, so we're taking the extra seven working days the statute allows for extenuating circumstances. Should have it to you by the 22nd.

Alex Brandt
Senior Manager, Strategic Communications
Denver Public Schools""")
add("2026-09-22 17:05 -0600", GQ, "Denver Public Schools Open Records Request :: R000871-090826 - Completed",
    L("REQ-011", "portal_notice", "R000871-090826", "GovQA 'request completed, log in' notice with no substance"),
    html="""<html><body style="font-family:Verdana;font-size:12px"><p>Dear Campus Watch Clinic,</p><p>Your records request <b>R000871-090826</b> has been completed. Please log in to the Public Records Center to view the response and any documents.</p><p><a href="https://denverpublicschools.mycusthelp.com/WEBAPP/_rs/RequestLogin.aspx">Public Records Center</a></p></body></html>""")
add("2026-09-23 10:40 -0600", "Alex Brandt <alex_brandt@dpsk12.net>", "RE: your records request on SROs",
    L("REQ-011", "records_final", None, "no number, topic only: staffer explains the portal release: 418 pages, some withheld as deliberative / attorney-client; CO no admin appeal"),
    text="""Morning! Saw the portal closed your SRO request overnight - wanted to make sure you found everything. There are 418 pages of emails and texts in the documents tab. A handful of messages between the board and general counsel were withheld (attorney-client privilege, and a couple of draft memos under the deliberative process privilege in 24-72-204(3)(a)(XIII)). Let me know if the link gives you trouble.

Alex""", facts={"withheld": True})
add("2026-09-24 09:15 -0600", GQ, "Denver Public Schools Open Records Request :: R000902-092226",
    L("REQ-012", "acknowledgment", "R000902-092226", "second DPS request through the shared GovQA address; received Sept 22"),
    html="""<html><body style="font-family:Verdana;font-size:12px"><p>Dear Campus Watch Clinic,</p>
<p>Thank you for your interest in public records of Denver Public Schools. Your request was received in this office on 9/22/2026 and given the reference number <b>R000902-092226</b> for tracking purposes.</p>
<p><b>Record(s) Requested:</b> Incident reports, safety plans and after-action reviews regarding safety incidents at East High School during calendar year 2023.</p>
<p><a href="https://denverpublicschools.mycusthelp.com/WEBAPP/_rs/RequestLogin.aspx">Public Records Center</a></p></body></html>""", facts={"received": "2026-09-22"})
add("2026-09-25 15:31 -0600", "DPS Office of General Counsel <legal@dpsk12.org>", "CORA Request - East High School records",
    L("REQ-012", "denial", "R000902-092226", "denial: student records (FERPA) and security plans; criminal reports held by DPD under CCJRA; CO no admin appeal"),
    text="The Office of General Counsel's response to your request is attached.",
    pdf=("CORA Response R000902-092226.pdf", "DENVER PUBLIC SCHOOLS - OFFICE OF GENERAL COUNSEL",
         """September 25, 2026

Re: Colorado Open Records Act request received September 22, 2026

Denver Public Schools has reviewed your request for incident reports, safety plans and after-action reviews regarding East High School in 2023. The District denies inspection of these records. Incident reports identifying students are education records protected by FERPA, 20 U.S.C. 1232g, and C.R.S. 24-72-204(2)(a)(I). School safety and emergency response plans are exempt under C.R.S. 24-72-204(2)(a)(VIII). Police reports of the March 2023 incident are criminal justice records maintained by the Denver Police Department and are not records of the District; you may direct that request to DPD under the Colorado Criminal Justice Records Act.

You may request a written statement of the grounds for denial under C.R.S. 24-72-204(4)."""))

# ---------------- JCPS (same GovQA address) ----------------
add("2026-09-16 08:40 -0400", GQ, "JCPS Open Records Request :: J000312-091426",
    L("REQ-013", "acknowledgment", "J000312-091426", "JCPS receipt on the same shared GovQA address as DPS; KY 5 business days from Sept 14"),
    html="""<html><body style="font-family:Arial;font-size:12px"><p>Dear Requester,</p>
<p>Jefferson County Public Schools has received your open records request on 9/14/2026 and assigned it reference number <b>J000312-091426</b>. Under KRS 61.880, JCPS will respond within five (5) business days, excluding weekends and legal holidays.</p>
<p><b>Request:</b> Procurement records, contracts and alert/activation logs for weapons detection systems installed at JCPS high schools.</p>
<p><a href="https://jcps.mycusthelp.com/WEBAPP/_rs/">JCPS Open Records Center</a></p></body></html>""")
add("2026-09-21 14:12 -0400", "JCPS Open Records <openrecords@jefferson.kyschools.us>", "J000312-091426 - Response under KRS 61.872(5)",
    L("REQ-013", "extension", "J000312-091426", "KRS 61.872(5) delay with earliest availability date; KY table has no extension length -> estimated only", est="2026-10-30"),
    text="The attached letter responds to your open records request.",
    pdf=("J000312-091426 Initial Response.pdf", "JEFFERSON COUNTY PUBLIC SCHOOLS - Open Records",
         """September 21, 2026

Your request for weapons detection procurement records and alert logs has been received and reviewed. Pursuant to KRS 61.872(5), the alert and activation logs are maintained by the vendor's cloud platform and by Safety and Security staff at 24 school sites, and are not immediately available. Procurement records are being retrieved from the Purchasing Department. We anticipate that responsive records will be available on or before October 30, 2026."""))
add("2026-10-29 13:05 -0400", "'Pat Jones' via Safety Desk <desk@campuswatch.example.edu>", "Weapons detection - first set of records",
    L("REQ-013", "records_interim", "J000312-091426", "JCPS staff reply relayed by the clinic's Google Group; contracts now, logs later"),
    text="""Hello,

Attached are the procurement records and the contract with the vendor for the weapons detection systems (request J000312-091426). The alert logs for the 24 sites are taking longer to export than expected; we will provide those separately as soon as they have been reviewed for security-sensitive information.

Pat Jones
Open Records Coordinator
Jefferson County Public Schools""", to="Safety Desk <desk@campuswatch.example.edu>",
    headers={"X-Original-From": "Pat Jones <pat.jones@jefferson.kyschools.us>", "Reply-To": "Pat Jones <pat.jones@jefferson.kyschools.us>",
             "Mailing-list": "list desk@campuswatch.example.edu; contact desk+owners@campuswatch.example.edu",
             "List-ID": "<desk.campuswatch.example.edu>", "X-Google-Group-Id": "771203884512", "Precedence": "list"},
    mid_dom="jefferson.kyschools.us",
    pdf=("Weapons Detection Contract and PO.pdf", "JEFFERSON COUNTY PUBLIC SCHOOLS - Purchasing", "Contract for walk-through weapons detection systems at 24 high schools, with purchase orders and board approval, 2025."))
add("2026-11-17 10:22 -0500", GQ, "JCPS Open Records Request :: J000312-091426 - Closed",
    L("REQ-013", "records_final", "J000312-091426", "GovQA closing message with substantive text: logs released with camera/lane locations redacted under KRS 61.878(1)(m)"),
    html="""<html><body style="font-family:Arial;font-size:12px"><p>Dear Requester,</p>
<p>Your open records request <b>J000312-091426</b> has been closed. The remaining records (weapons detection alert logs, August 2025 - September 2026) have been uploaded. Entrance lane identifiers and system sensitivity settings were redacted pursuant to KRS 61.878(1)(m) (public safety/terrorism-related records). If you believe this response violates the Open Records Act you may seek review by the Attorney General under KRS 61.880(2).</p>
<p><a href="https://jcps.mycusthelp.com/WEBAPP/_rs/">JCPS Open Records Center</a></p></body></html>""", facts={"withheld": True})
