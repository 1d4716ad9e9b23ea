# ---------------- Education: OCR (two similar) and OESE on one domain ----------------
add("2026-09-11 10:12 -0400", ED, "Acknowledgment - FOIA Request 26-01234-F",
    L("REQ-001", "acknowledgment", "26-01234-F", "ED FOIA Service Center ack; states received Sept 10, not the Sept 8 sent date"),
    text="""Dear Requester:

This acknowledges receipt of your Freedom of Information Act (FOIA) request to the U.S. Department of Education, which was received in the FOIA Service Center on September 10, 2026. Your request has been assigned tracking number 26-01234-F and forwarded to the Office for Civil Rights (OCR) for processing.

You requested: complaints filed with OCR from January 1, 2023 through December 31, 2025 alleging discrimination in which a school resource officer or school-based law enforcement officer is named.

The FOIA provides that an agency should respond within 20 working days; however, the Department may need to extend this period if unusual circumstances apply, in which case we will notify you. You may check the status of your request through the FOIA Public Access Link (PAL).

Sincerely,
FOIA Service Center
U.S. Department of Education""", facts={"received": "2026-09-10"})
add("2026-09-16 14:47 -0400", ED, "Acknowledgment - FOIA Request 26-01301-F",
    L("REQ-002", "acknowledgment", "26-01301-F", "second OCR request on similar SRO topic; ack gives number only and topic paraphrase; received = sent"),
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Good afternoon,</p>
<p style="font-family:Calibri,sans-serif;font-size:11pt">The Department of Education received your FOIA request on 09/10/2026 seeking copies of resolution agreements concerning disciplinary referrals to school police. Your request number is <b>26-01301-F</b>. It has been placed in the complex processing track and assigned to the Office for Civil Rights.</p>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Please reference this number in any future correspondence.</p>
<p style="font-family:Calibri,sans-serif;font-size:11pt">FOIA Service Center<br>Office of the Secretary / Office of the Executive Secretariat<br>U.S. Department of Education</p></body></html>""")
add("2026-09-10 08:31 -0400", "FOIAXpress PAL <noreply-pal@ed.gov>", "Request OESE-2026-0345 Submitted",
    L("REQ-003", "acknowledgment", "OESE-2026-0345", "PAL submission confirmation with number; hedged fee sentence; received Sept 9 = sent"),
    text="""Dear Campus Watch Clinic,

Your request has been successfully submitted to the U.S. Department of Education, Office of Elementary and Secondary Education.

Request Number: OESE-2026-0345
Received Date: 09/09/2026
Request Type: FOIA
Description: Monitoring reports and site visit findings for Stronger Connections Grant (BSCA Title IV-A) subgrants, FY2023-FY2025.

By submitting this request you have agreed to pay fees up to $25.00. If fees are expected to exceed that amount, we will contact you before proceeding.

Please log in to the Public Access Link to track your request. This is an automated message; replies are not monitored.""", to="foia+req-003@campuswatch.example.edu")
add("2026-10-07 11:26 -0400", ED, "26-01234-F - Notice of Unusual Circumstances",
    L("REQ-001", "extension", "26-01234-F", "formal 10-working-day extension for unusual circumstances; offers to narrow and OGIS"),
    text="""RE: FOIA Request 26-01234-F

Dear Requester:

We are writing regarding your FOIA request for OCR complaint files naming school resource officers. Because your request requires the search for and collection of records from OCR's twelve regional enforcement offices, unusual circumstances apply under 5 U.S.C. 552(a)(6)(B)(i), and we are extending the time limit to respond by an additional ten working days.

If you would like to narrow the scope of your request or arrange an alternative time frame, please contact our FOIA Public Liaison. You may also contact the Office of Government Information Services (OGIS) at the National Archives for dispute resolution services.

FOIA Service Center
U.S. Department of Education""", reply="REQ-001")
add("2026-10-13 15:02 -0400", "Gordon, Keisha <keisha.gordon@ed.gov>", "question about your request for grant monitoring reports",
    L("REQ-003", "clarification", "OESE-2026-0345", "OESE analyst asks to limit to state-level reports or specific states; clock paused pending answer"),
    text="""Hi,

I'm the analyst handling OESE-2026-0345. Monitoring for the Stronger Connections program is done at the state level - we do not receive LEA subgrant monitoring reports unless a state flags an issue. Would you be willing to limit the request to the state monitoring reports and OESE's desk review letters? Alternatively, if you can name specific states we can prioritize those.

If we don't hear from you within 20 business days we will assume you are no longer interested and close the request administratively.

Thanks,
Keisha Gordon
Office of Elementary and Secondary Education""")
add("2026-10-30 09:48 -0400", ED, "FOIA Request 26-01301-F - Final Response",
    L("REQ-002", "records_final", "26-01301-F", "release in full by pointing to public resolution agreements (Safe Links); appeal boilerplate though nothing withheld"),
    html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Requester:</p>
<p>This is the final response to your Freedom of Information Act request 26-01301-F. OCR located 14 resolution agreements responsive to your request. All 14 are posted in full on OCR's public reading room and may be retrieved at <a href="https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fofficeforcivilrights.ed.gov%2Finvestigations-and-resolutions&amp;data=05%7C02%7Cfoia%40campuswatch.example.edu%7C3c1f%7C0%7C0%7C638654&amp;sdata=Qx9v%2B2kLm%3D&amp;reserved=0">https://officeforcivilrights.ed.gov/investigations-and-resolutions</a>. No information has been withheld.</p>
<p>You have the right to seek assistance from the Department's FOIA Public Liaison. If you are not satisfied with the response to this request, you may administratively appeal by writing to the Director, Office of the Executive Secretariat, within 90 calendar days of the date of this letter.</p>
<p>Sincerely,<br>FOIA Service Center</p></div></body></html>""", reply="REQ-002")
add("2026-11-10 16:20 -0500", ED, "FOIA Request 26-01234-F - Interim Response #1",
    L("REQ-001", "records_interim", "26-01234-F", "first interim release (b)(6)/(b)(7)(C) redactions; further releases monthly; appeal language included"),
    text="""Dear Requester:

Please find attached the first interim release in response to your FOIA request 26-01234-F. This release consists of 312 pages from OCR's Region IV and Region IX case files. Names and other personally identifying information of complainants, students and witnesses have been withheld under Exemptions (b)(6) and (b)(7)(C).

We will continue to process the remaining records and expect to make additional releases approximately every 30 days. You may appeal any withholdings in this release within 90 days of the date of this letter; however, you may wish to wait until the final response.

FOIA Service Center
U.S. Department of Education""",
    pdf=("26-01234-F_Interim1_Letter.pdf", "U.S. DEPARTMENT OF EDUCATION - FOIA SERVICE CENTER",
         """November 10, 2026. FOIA Request 26-01234-F. Interim Release No. 1. 312 pages released in part. Exemptions applied: 5 U.S.C. 552(b)(6), (b)(7)(C). Processing of the remaining records continues."""))
add("2026-11-12 10:05 -0500", "FOIAXpress PAL <noreply-pal@ed.gov>", "Request OESE-2026-0345 - Correspondence Available",
    L("REQ-003", "portal_notice", "OESE-2026-0345", "PAL says new correspondence is available, no content"),
    text="""Dear Requester,

New correspondence has been posted to your request OESE-2026-0345. Please log in to the Public Access Link to view it.

This is an automated message. Please do not respond.""", to="foia+req-003@campuswatch.example.edu")
add("2026-11-13 12:30 -0500", ED, "OESE-2026-0345 Final Response",
    L("REQ-003", "records_final", "OESE-2026-0345", "final partial release after narrowing; (b)(5) and (b)(6) withholdings; 90-day appeal"),
    text="Please see the attached final response letter and records for request OESE-2026-0345.\n\nU.S. Department of Education FOIA Service Center",
    pdf=("OESE-2026-0345 Final Response.pdf", "U.S. DEPARTMENT OF EDUCATION",
         """November 13, 2026

Re: FOIA Request OESE-2026-0345

This is the final response to your request, as narrowed in your email of October 20, 2026, for state-level Stronger Connections Grant monitoring reports and OESE desk review letters. OESE located 187 pages. 151 pages are released in full and 36 pages are released in part. Portions were withheld under Exemption (b)(5) (deliberative process) and Exemption (b)(6) (personal privacy).

You may appeal this determination within 90 calendar days from the date of this letter. You may also contact our FOIA Public Liaison or OGIS."""), facts={"withheld": True})
