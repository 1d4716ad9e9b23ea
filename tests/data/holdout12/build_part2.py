def L(req, kind, tn, why, est=None):
    d = dict(request=req, kind=kind, tracking_number=tn)
    if est: d["estimated"] = dt.date.fromisoformat(est)
    d["why"] = why; return d
NR = "NextRequest <no-reply@nextrequest.com>"
GQ = "Public Records Center <noreply@mycusthelp.net>"
ED = "EDFOIAManager <EDFOIAManager@ed.gov>"

# ---------------- LAUSD (NextRequest, two similar requests) ----------------
add("2026-09-08 15:12 -0700", NR, "[Records Request] Los Angeles Unified School District request 26-4412 has been submitted",
    L("REQ-006", "acknowledgment", "26-4412", "NextRequest receipt for the metal detector request; CA clock from sent date"),
    html="""<html><body style="font-family:Arial"><table width="600"><tr><td>
<h2 style="color:#1d3f73">Los Angeles Unified School District</h2>
<p>Your public records request <b>26-4412</b> has been received and is being processed in accordance with the California Public Records Act.</p>
<p><b>Request text:</b> Logs of random metal detector searches conducted at district middle and high schools during the 2024-25 school year, including date, school and items found.</p>
<p>Received: September 8, 2026</p>
<p>You can follow the status at <a href="https://lausd.nextrequest.com/requests/26-4412">https://lausd.nextrequest.com/requests/26-4412</a>. Do not reply to this email.</p>
</td></tr></table><p style="font-size:10px;color:#888">Powered by NextRequest</p></body></html>""", to="foia+req-006@campuswatch.example.edu")
add("2026-09-15 10:40 -0700", NR, "[Records Request] Message from Los Angeles Unified School District (request 26-4412)",
    L("REQ-006", "clarification", "26-4412", "district staff message via portal asking which schools and whether secondary schools only"),
    text="""A message was added to request 26-4412 by Office of the General Counsel - Public Records:

"Good morning. The Division of School Operations keeps random search logs at the school site level, and there are more than 250 secondary campuses. Could you please confirm whether you are seeking logs for all middle and high schools, or a sample (for example the schools in one Region)? Also please confirm whether summary counts by school would satisfy your request in lieu of the individual logs. We will hold the request until we hear back."

View the request and respond: https://lausd.nextrequest.com/requests/26-4412

You are receiving this because you are the requester. Please do not reply to this email.""", to="foia+req-006@campuswatch.example.edu")
add("2026-09-17 09:02 -0700", NR, "[Records Request] Los Angeles Unified School District request 26-4530 has been submitted",
    L("REQ-007", "acknowledgment", "26-4530", "second LAUSD request on a similar weapons topic; receipt stated Sept 16 (after hours Sept 15)"),
    html="""<html><body><div style="max-width:600px;font-family:Helvetica">
<p><strong>Request 26-4530</strong></p>
<p>Thank you. Your request was received on <b>9/16/2026</b> (requests submitted after 5:00 p.m. are logged on the next business day).</p>
<p>Description: Incident reports of the Los Angeles School Police Department documenting firearms, knives or other weapons recovered on a campus, January 2024 to present.</p>
<p><a href="https://lausd.nextrequest.com/requests/26-4530">View request</a></p></div></body></html>""",
    facts={"received": "2026-09-16"}, to="foia+req-007@campuswatch.example.edu")
add("2026-09-18 16:55 -0700", "LAUSD Public Records <publicrecords@lausd.net>", "CPRA Request No. 26-4412 - Extension of Time",
    L("REQ-006", "extension", "26-4412", "OGC letter invoking 14-day unusual-circumstances extension (Gov. Code 7922.535)", est="2026-10-02"),
    text="""Please see the attached correspondence regarding your California Public Records Act request.

Office of the General Counsel
Los Angeles Unified School District""",
    pdf=("26-4412 Extension Letter.pdf", "LOS ANGELES UNIFIED SCHOOL DISTRICT - Office of the General Counsel",
         """September 18, 2026

Campus Watch Clinic
Via electronic mail

Re: California Public Records Act Request No. 26-4412

Dear Requester:

The District is in receipt of your request dated September 8, 2026 for random metal detector search logs. Pursuant to Government Code section 7922.535, subdivision (b), the District is extending the time to respond by fourteen (14) days due to the need to search for and collect the requested records from field facilities and other establishments that are separate from the office processing the request, and the need to consult with another division having a substantial interest in the determination.

The District anticipates that it will provide its determination on or before October 2, 2026. Thank you for your patience.

Sincerely,
Public Records Office"""))
add("2026-09-25 13:20 -0700", "Ramirez, Elena <elena.ramirez@lausd.net>", "RE: CPRA Request: LASPD reports of weapons recovered on campus, 2024-2026",
    L("REQ-007", "extension", "26-4530", "reply quoting our request; 14 more days under 7922.535"),
    text="""Hello,

I'm writing regarding request 26-4530. Because responsive reports must be retrieved from LASPD's records unit and reviewed for juvenile information (Welf. & Inst. Code 827), the District needs additional time and is extending the response date by 14 days under Gov. Code section 7922.535.

Regards,
Elena Ramirez
Public Records Specialist | LAUSD Office of the General Counsel""", quote="REQ-007", reply="REQ-007")
add("2026-10-02 17:41 -0700", NR, "[Records Request] Documents released for request 26-4412",
    L("REQ-006", "records_interim", "26-4412", "first installment of logs released; portal text says production continues"),
    html="""<html><body><p>Los Angeles Unified School District has released documents for request <b>26-4412</b>.</p>
<p><b>Message from staff:</b> The District has determined that disclosable records exist. The first installment (Region North secondary schools, 41 files) is now available in the Documents section. Additional installments will be released on a rolling basis as review is completed; we anticipate the next release by October 30, 2026.</p>
<p><a href="https://lausd.nextrequest.com/requests/26-4412">View documents</a></p></body></html>""", to="foia+req-006@campuswatch.example.edu")
add("2026-10-09 11:05 -0700", "LAUSD Public Records <publicrecords@lausd.net>", "Your request regarding weapons recovered on school campuses",
    L("REQ-007", "denial", None, "no number, new subject, topic paraphrase only (same agency has a similar request); LASPD incident reports withheld in full as investigatory records / juvenile records; CA has no admin appeal"),
    text="""Dear Campus Watch Clinic,

This responds to your request for police reports about weapons found at schools.

After review, the District has determined that the requested LASPD incident reports are records of investigations conducted by a local police agency and are exempt from disclosure under Government Code section 7923.600. In addition, reports involving minors are confidential juvenile case file material under Welfare and Institutions Code section 827 and may be released only by order of the juvenile court. The District is therefore withholding the responsive reports in their entirety.

The District notes that aggregate weapons data is published in the annual School Safety Report on the LASPD website.

Sincerely,
Office of the General Counsel
Los Angeles Unified School District"""
)
add("2026-10-23 08:15 -0700", NR, "[Records Request] Request 26-4412 has been updated",
    L("REQ-006", "portal_notice", "26-4412", "bare NextRequest update notice, no substance"),
    html="""<html><body><p>Request <b>26-4412</b> has been updated.</p><p><a href="https://lausd.nextrequest.com/requests/26-4412">Log in to view the update</a></p><p style="color:#999;font-size:11px">You are receiving this email because you are following this request.</p></body></html>""", to="foia+req-006@campuswatch.example.edu")
add("2026-11-06 15:30 -0800", "LAUSD Public Records <publicrecords@lausd.net>", "CPRA 26-4412 - Final Response",
    L("REQ-006", "records_final", "26-4412", "closing letter: remaining logs released with student names redacted; no records for item 2 (photos)"),
    text="Attached is the District's final response. The remaining records have been posted to the portal and the request is now closed.\n\nPublic Records Office",
    pdf=("26-4412 Final Response.pdf", "LOS ANGELES UNIFIED SCHOOL DISTRICT - Office of the General Counsel",
         """November 6, 2026

Re: CPRA Request No. 26-4412 - Final Response

The District has completed its production of random metal detector search logs for the 2024-25 school year. Student names and identification numbers have been redacted pursuant to Education Code section 49076 and Government Code section 7927.705.

With respect to item 2 of your request (photographs of items confiscated), after a diligent search the District has not located any responsive records; school sites do not photograph confiscated items.

This concludes the District's response to your request."""), facts={"withheld": True})
add("2026-10-15 09:00 -0700", "LAUSD Communications <communications@lausd.net>", "NEWS RELEASE: L.A. Unified Expands Campus Safety Aides Program",
    L(None, "other", None, "district press release on agency domain, not tied to any request"),
    html="""<html><body><h3>FOR IMMEDIATE RELEASE</h3><p>LOS ANGELES - The Los Angeles Unified School District today announced that 120 additional campus safety aides will be deployed to middle schools beginning in November, part of the District's Comprehensive Safety Plan.</p><p>Media contact: Office of Communications, 213-241-6766</p><p><a href="https://www.lausd.org/unsubscribe">Unsubscribe</a></p></body></html>""", to="media-list@lausd.net", headers={"List-Unsubscribe": "<https://www.lausd.org/unsubscribe>", "Precedence": "bulk"})
