# ---------------- Miami-Dade ----------------
add("2026-09-09 09:31 -0400", "Delgado, Marisol <mdelgado@dadeschools.net>", "Automatic reply: Public Records Request: Threat assessment team referral counts, 2023-2026",
    L("REQ-008", "auto_reply", None, "staff out-of-office replying to our request thread"),
    text="""I am out of the office through Monday, September 14, with limited access to email. For public records requests, please write to publicrecords@dadeschools.net. For media inquiries call the Office of Communications at 305-995-1126.

Estoy fuera de la oficina hasta el lunes 14 de septiembre.""", charset="iso-8859-1", headers={"Auto-Submitted": "auto-replied"}, reply="REQ-008")
add("2026-09-11 11:02 -0400", "M-DCPS Public Records <publicrecords@dadeschools.net>", "RE: Public Records Request: Threat assessment team referral counts, 2023-2026",
    L("REQ-008", "acknowledgment", "PRR-04417", "FL ack: no statutory deadline, so no due date"),
    text="""Good morning,

Your public records request has been received and assigned number PRR-04417. It has been forwarded to the Office of School Safety and the Department of Student Services for a search. Florida law requires that we respond in good faith within a reasonable time; we will let you know if a special service charge applies under s. 119.07(4)(d), F.S.

Thank you,
Public Records Unit
Office of the School Board Attorney
Miami-Dade County Public Schools""", quote="REQ-008", reply="REQ-008")
add("2026-09-23 14:05 -0400", "M-DCPS Public Records <publicrecords@dadeschools.net>", "PRR-04462",
    L("REQ-009", "acknowledgment", "PRR-04462", "terse ack with number only, subject is just the number; FL no due"),
    text="We have received your request for staffing of school safety officers and Guardians and assigned it PRR-04462.\n\nPublic Records Unit")
add("2026-10-02 16:10 -0400", "M-DCPS Public Records <publicrecords@dadeschools.net>", "PRR-04417 - partial production",
    L("REQ-008", "records_interim", "PRR-04417", "first installment (2023-24); remaining years to follow"),
    html="""<div dir="ltr"><p>Hello,</p><p>Attached is the first installment responsive to PRR-04417: a spreadsheet of Behavioral Threat Assessment referrals by school for the 2023-24 school year. Counts under 10 have been suppressed to protect student privacy (FERPA; s. 1002.22, F.S.). Data for 2024-25 and 2025-26 is still being compiled by Student Services; we expect to send it within the next few weeks.</p><p>Public Records Unit</p></div>""",
    pdf=("PRR-04417_Installment1.pdf", "MIAMI-DADE COUNTY PUBLIC SCHOOLS - BTA referrals 2023-24", "School-level counts of Behavioral Threat Assessment referrals, 2023-24 (cells under 10 suppressed). Total referrals districtwide: 3,912."))
add("2026-10-14 10:44 -0400", "M-DCPS Public Records <publicrecords@dadeschools.net>", "Cost estimate - your request for staffing records",
    L("REQ-009", "fee_estimate", "PRR-04462", "special service charge estimate; prepayment required before work continues"),
    text="""Dear Requester,

Regarding PRR-04462: compiling school-by-school assignments for School Safety Officers and Guardian program personnel will require extensive use of information technology resources and clerical labor. Pursuant to s. 119.07(4)(d), Florida Statutes, a special service charge applies. The estimated cost is $212.36 (6.5 hours at the hourly rate of the lowest-paid employee qualified to perform the work, plus IT time).

Upon receipt of payment, the District will proceed. Checks should be made payable to The School Board of Miami-Dade County. If we do not hear from you within 30 days, we will consider the request withdrawn.

Public Records Unit
Office of the School Board Attorney""",
    html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Dear Requester,</p><p>Regarding <b>PRR-04462</b>: compiling school-by-school assignments for School Safety Officers and Guardian program personnel will require extensive use of information technology resources and clerical labor. Pursuant to s.&nbsp;119.07(4)(d), Florida Statutes, a special service charge applies. The estimated cost is <b>$212.36</b> (6.5 hours at the hourly rate of the lowest-paid employee qualified to perform the work, plus IT time).</p><p>Upon receipt of payment, the District will proceed. Checks should be made payable to The School Board of Miami-Dade County. If we do not hear from you within 30 days, we will consider the request withdrawn.</p><p>Public Records Unit<br>Office of the School Board Attorney</p></div></body></html>""")
add("2026-10-30 15:50 -0400", "M-DCPS Public Records <publicrecords@dadeschools.net>", "PRR-04417 - final production",
    L("REQ-008", "records_final", "PRR-04417", "final installment; no records for charter schools item; FL has no admin appeal"),
    text="""Good afternoon,

Attached please find the remaining records responsive to PRR-04417 (2024-25 and 2025-26 BTA referral counts by school). Please note that the District does not maintain threat assessment records for charter schools, which operate their own teams, so there are no responsive records for item 3 of your request.

This request is now closed.

Public Records Unit""",
    pdf=("PRR-04417_Installment2.pdf", "MIAMI-DADE COUNTY PUBLIC SCHOOLS - BTA referrals 2024-26", "School-level counts of Behavioral Threat Assessment referrals, 2024-25 and 2025-26. Small cells suppressed."), facts={"withheld": True})

# ---------------- Fairfax ----------------
add("2026-09-10 14:22 +0000", "Microsoft Outlook <postmaster@campuswatch.example.edu>", "Undeliverable: VFOIA Request: Contracts with weapons detection vendors",
    L("REQ-010", "bounce", None, "M365 NDR: our request to an old FCPS address bounced"),
    html="""<html><body><p><b><font color="#000066" size="3" face="Segoe UI">Your message to foiaofficer@fcps.edu couldn't be delivered.</font></b></p>
<p>foiaofficer wasn't found at fcps.edu.</p><p><b>Action Required</b> Recipient: Unknown To address</p>
<p>Diagnostic information for administrators:<br>Generating server: BN8PR07MB6321.namprd07.prod.outlook.com<br>foiaofficer@fcps.edu<br>Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</p>
<p>Original message headers:<br>Message-ID: &lt;req-010.20260910.1@campuswatch.example.edu&gt;<br>Subject: VFOIA Request: Contracts with weapons detection vendors</p></body></html>""", reply="REQ-010", headers={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Message-Is-Ndr": ""})
add("2026-09-11 12:15 -0400", "FCPS FOIA Office <foia@fcps.edu>", "FOIA-26-0612 - Request Received",
    L("REQ-010", "acknowledgment", "FOIA-26-0612", "ack after resend; states received Sept 11; VA 5 working days"),
    text="""Dear Requester,

Fairfax County Public Schools received your request under the Virginia Freedom of Information Act (Va. Code \u00a7 2.2-3700 et seq.) on September 11, 2026. It has been assigned FOIA-26-0612. You will receive a response within five working days as required by \u00a7 2.2-3704(B).

FOIA Office | Fairfax County Public Schools
8115 Gatehouse Road, Falls Church, VA 22042""", charset="windows-1252", facts={"received": "2026-09-11"})
add("2026-09-18 16:48 -0400", "FCPS FOIA Office <foia@fcps.edu>", "FOIA-26-0612 \u2013 Additional Time Needed",
    L("REQ-010", "extension", "FOIA-26-0612", "VA 2.2-3704(B)(4) seven additional working days"),
    text="""Dear Requester,

It is not practically possible to provide the requested records or determine whether they are available within the five-work-day period. Pursuant to Va. Code \u00a7 2.2-3704(B)(4), FCPS will require an additional seven working days to respond to your request for contracts with weapons detection vendors.

FOIA Office""", charset="windows-1252")
add("2026-09-24 11:30 -0400", "FCPS FOIA Office <foia@fcps.edu>", "FOIA-26-0612 \u2013 Cost Estimate",
    L("REQ-010", "fee_estimate", "FOIA-26-0612", "VA cost estimate over $200 requires deposit; clock tolled"),
    text="""Dear Requester,

The estimated cost to search for, review and produce records responsive to your request is $236.40. Because the estimate exceeds $200, FCPS requires an advance deposit of the full amount before continuing, as permitted by Va. Code \u00a7 2.2-3704(H). The period within which FCPS must respond is tolled until the deposit is received. Please let us know if you wish to proceed or narrow the request.

FOIA Office""", charset="windows-1252")
