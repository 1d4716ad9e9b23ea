# ---------------- Chicago Public Schools ----------------
CPS = "CPS FOIA <foia@cps.edu>"
add("2026-09-09 15:18 -0500", CPS, "FOIA Request F2026-01187 - Acknowledgement",
    L("REQ-014", "acknowledgment", "F2026-01187", "Outlook HTML-only ack; IL 5 business days from Sept 9"),
    html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-US"><div class="WordSection1"><p class="MsoNormal">Good afternoon,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The Chicago Board of Education received your Freedom of Information Act request on September 9, 2026 and it has been assigned number <b>F2026-01187</b>. Under Section 3(d) of the Illinois FOIA (5 ILCS 140) a response is due within five business days.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">FOIA Office<br>Chicago Public Schools | Office of the General Counsel</p></div></body></html>""", charset="iso-8859-1")
add("2026-09-16 16:02 -0500", CPS, "F2026-01187 - Extension",
    L("REQ-014", "extension", "F2026-01187", "IL 3(e) five-business-day extension"),
    text="""Dear Requester:

Pursuant to Section 3(e)(ii) and (iii) of the Illinois Freedom of Information Act, the Board is extending the time to respond to your request by five (5) business days. The requested records must be collected from the Office of Safety and Security and each network office, and require extensive search.

FOIA Office, Chicago Public Schools""", charset="iso-8859-1", reply="REQ-014")
add("2026-09-23 11:45 -0500", CPS, "RE: FOIA Request: Safety and security officer staffing by school, 2024-2026",
    L("REQ-014", "clarification", "F2026-01187", "3(g) unduly burdensome notice; asks to narrow, gives chance to confer"),
    text="""Dear Requester:

The Board has determined that your request, as written, is unduly burdensome under Section 3(g) of FOIA. Your request seeks daily post assignments for every security officer at 630+ schools over two school years, which would require review of approximately 240,000 timekeeping entries. Before denying the request, the Board offers you the opportunity to confer and reduce it to manageable proportions - for example, budgeted security officer positions by school as of October 1 of each year.

Please respond by September 30, 2026.

FOIA Office | Chicago Public Schools""", quote="REQ-014", reply="REQ-014")
add("2026-10-02 09:10 -0500", CPS, "FOIA F2026-01342",
    L("REQ-015", "acknowledgment", "F2026-01342", "ack to our plus address; states received Oct 1 (sent Sept 28)"),
    text="Your FOIA request (Safe Passage vendors) was received on 10/1/2026 and assigned F2026-01342. The Board will respond within five business days unless an extension is taken under 5 ILCS 140/3(e).\n\nCPS FOIA Office",
    to="foia+req-015@campuswatch.example.edu", facts={"received": "2026-10-01"})
add("2026-10-07 13:30 -0500", "Soto, Raymond <rsoto@cps.edu>", "FW: FOIA Response F2026-01187",
    L("REQ-014", "records_final", "F2026-01187", "Outlook FW: of the Law Dept final letter dated Oct 5; partial release, 7(1)(c) redactions; 60-day PAC review counted from the letter"),
    text="""Resending - the original was returned as undeliverable from your plus address.

Raymond Soto
FOIA Officer

________________________________
From: CPS Law Department <lawdept@cps.edu>
Sent: Monday, October 5, 2026 4:52 PM
To: foia+req-014@campuswatch.example.edu
Subject: FOIA Response F2026-01187

Dear Requester:

In response to your narrowed request of September 28, 2026, attached is a spreadsheet listing budgeted Safety and Security Officer positions by school as of October 1, 2024 and October 1, 2025. Names of individual officers have been redacted under Section 7(1)(c) of FOIA (unwarranted invasion of personal privacy).

You have a right to seek review of this response by the Public Access Counselor, Office of the Illinois Attorney General, within 60 days of the date of this letter, or to seek judicial review under Section 11.""", charset="iso-8859-1", facts={"withheld": True, "decided": "2026-10-05"})
add("2026-10-09 10:20 -0500", CPS, "F2026-01342 - Response",
    L("REQ-015", "no_records", "F2026-01342", "no records: Safe Passage contracts are with the City / community orgs; PAC review 60 days"),
    html="""<html><body><p>Dear Requester,</p><p>After a diligent search of the Office of Safety and Security and Procurement, the Board has no records responsive to your request for Safe Passage vendor contracts and incident reports. Safe Passage grants are administered through agreements between the Board and community-based organizations that are maintained by the City of Chicago; the Board does not keep incident reports prepared by vendor staff.</p>
<p>You have a right to seek review by the Public Access Counselor within 60 days of this response, 5 ILCS 140/9.5(a).</p><p>CPS FOIA Office</p></body></html>""",
    text="""Dear Requester,

After a diligent search of the Office of Safety and Security and Procurement, the Board has no records responsive to your request for Safe Passage vendor contracts and incident reports. Safe Passage grants are administered through agreements between the Board and community-based organizations that are maintained by the City of Chicago; the Board does not keep incident reports prepared by vendor staff.

You have a right to seek review by the Public Access Counselor within 60 days of this response, 5 ILCS 140/9.5(a).

CPS FOIA Office""", to="foia+req-015@campuswatch.example.edu")

# ---------------- no request ----------------
add("2026-09-12 07:00 -0400", "SchoolSafety.gov <updates@subscriptions.cisa.gov>", "SchoolSafety.gov Newsletter: Back-to-School Resources",
    L(None, "other", None, "federal school-safety newsletter; not a reply to anything"),
    html="""<html><body><h2>SchoolSafety.gov Update</h2><p>New this month: updated K-12 threat assessment resources from the U.S. Secret Service National Threat Assessment Center and the Department of Education; a webinar on reunification planning.</p><p><a href="https://public.govdelivery.com/accounts/USDHSCISA/subscriber/edit">Manage subscriptions</a></p></body></html>""",
    headers={"List-Unsubscribe": "<https://public.govdelivery.com/unsubscribe>", "Precedence": "bulk"})
add("2026-10-05 08:30 -0400", "Priya Nair <pnair@campuswatch.example.edu>", "tip on Miami-Dade metal detectors",
    L(None, "other", None, "clinic reporter's internal note mentioning an agency; no request"),
    text="""Hi all - a parent source in Miami-Dade says the district quietly piloted walk-through metal detectors at two high schools last spring. Worth a new request to M-DCPS? I haven't filed anything yet.

Priya""")
add("2026-11-02 06:00 -0500", "ATF Public Affairs <atfpublicaffairs@atf.gov>", "ATF News: National Firearms Commerce and Trafficking Assessment Volume III",
    L(None, "other", None, "ATF press release on agency domain; not a reply to the trace request"),
    text="""FOR IMMEDIATE RELEASE

WASHINGTON - The Bureau of Alcohol, Tobacco, Firearms and Explosives today released Volume III of the National Firearms Commerce and Trafficking Assessment, covering crime guns recovered and traced in 2024.

To unsubscribe from ATF news releases, visit atf.gov.""", headers={"Precedence": "bulk"})
add("2026-11-19 12:00 -0500", "The Brechner Report <newsletter@brechner.example.org>", "This week in public records: school safety edition",
    L(None, "other", None, "open-government newsletter mentioning Miami-Dade and FOIA; no request"),
    html="""<html><body><p>This week: a Florida court rules on special service charges for school district records (Miami-Dade County Public Schools); the federal FOIA backlog at the Department of Education grows.</p></body></html>""",
    headers={"List-Unsubscribe": "<mailto:unsubscribe@brechner.example.org>"})
