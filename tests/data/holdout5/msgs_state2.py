from build_lib import M, REQ, quoted, pdf, safelink, INBOX
from msgs_federal import L

# ---------------- Charlotte-Mecklenburg PD ----------------
M("2026-03-09 11:47:20 -0400", "CMPD Public Records <cmpdpublicrecords@cmpd.org>",
  "RE: " + REQ["REQ-14"]["subject"],
  text="""Good morning,

Your request has been received and entered as PRR-2026-1184. The Public Records Unit responds to requests as promptly as possible in the order received. Email searches are run by the City's IT department and typically take several weeks. If the request is expected to require extensive use of IT resources, a special service charge may apply under G.S. 132-6.2(b); we will provide an estimate before any charge is incurred.

Thank you,
Latoya Freeman
Public Records Unit
Charlotte-Mecklenburg Police Department
""" + quoted("REQ-14", when="3:18 PM"),
  to="foia+req-14@borderjustice.example.org", irt=REQ["REQ-14"]["message_id"],
  label=L("REQ-14", "acknowledgment", "PRR-2026-1184", "Reply quoting our request, to the plus address; NC sets no day count; fee only conditional", starts_clock=True))

M("2026-03-17 14:09:52 -0400", "Freeman, Latoya <Latoya.Freeman@charlottenc.gov>",
  "PRR-2026-1184 \u2013 Cost Estimate",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body lang="EN-US">
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good afternoon,</p>
<p>IT ran a preliminary search for \u201cICE\u201d, \u201cdetainer\u201d, \u201cI-247\u201d and \u201cERO\u201d in 2025 CMPD mailboxes and returned about 9,400 items. Reviewing them will require extensive use of clerical and supervisory staff. Under G.S. 132-6.2(b) the special service charge is estimated at <b>$612.00</b> (36 hours at $17.00/hr).</p>
<p>Before we proceed, please let us know whether you (a) agree to the estimate, or (b) want to narrow the request \u2014 for example to the Criminal Intelligence and Adult Arrest Processing units. A 50% deposit is required to begin work. Nothing further will be done until we hear from you.</p>
<p>The estimate details are here: <a href=\"""" + safelink("https://charlottenc.nextrequest.com/documents/88213") + """\">Cost estimate worksheet</a></p>
<p>Latoya Freeman<br>Public Records Unit | CMPD<br>601 E. Trade St., Charlotte, NC 28202</p></div></body></html>""",
  charset="windows-1252",
  label=L("REQ-14", "fee_estimate", "PRR-2026-1184", "Special service charge estimate, deposit required before work; windows-1252 HTML with Safe Links; city domain"))

M("2026-03-25 10:30:11 -0400", "Freeman, Latoya <Latoya.Freeman@charlottenc.gov>",
  "RE: PRR-2026-1184",
  text="""Good morning,

One more item on your request. Part of it asks for notifications of release sent to ICE. CMPD does not operate the jail; the Mecklenburg County Detention Center and any detainer or release notifications are maintained by the Mecklenburg County Sheriff's Office, which is a separate agency. I have forwarded that part of your request to the MCSO public records office (publicrecords@mecklenburgcountync.gov), and they will respond to you directly.

CMPD will continue to handle the email portion once we hear back on the estimate.

Latoya
""",
  label=L("REQ-14", "other", "PRR-2026-1184", "Partial referral/transfer of part of the request to another agency; not a determination"))

M("2026-04-10 09:55:03 -0400", "Freeman, Latoya <Latoya.Freeman@charlottenc.gov>",
  "PRR-2026-1184 - First Production",
  html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Thank you for narrowing the request to the Criminal Intelligence and Adult Arrest Processing units and for the deposit. The first production (312 pages of email, January through June 2025) is available here: <a href=\"""" + safelink("https://charlottenc.sharepoint.com/:f:/s/CMPDRecords/EmBq1x9Zk") + """\">PRR-2026-1184 Production 1</a></p>
<p>Redactions were made under G.S. 132-1.4 (criminal investigation records) and G.S. 132-1.7 (sensitive public security information). We are working on the July through December emails and will send them as soon as review is done.</p>
<p>Latoya Freeman<br>Public Records Unit | CMPD</p></div></body></html>""",
  label=L("REQ-14", "records_interim", "PRR-2026-1184", "First production via Safe Links-wrapped link; more to come"))

M("2026-04-20 16:15:44 -0400", "CMPD Public Records <cmpdpublicrecords@cmpd.org>",
  "PRR-2026-1296 License Plate Reader",
  text="""Good afternoon,

This is in response to your request for license plate reader data shared with ICE or HSI in 2025.

CMPD's LPR read data and hit lists are records of criminal investigations and criminal intelligence information compiled by a public law enforcement agency and are not public records under G.S. 132-1.4(a) and (b)(1). Audit logs of searches are likewise criminal intelligence information. The CMPD does not have a written data-sharing agreement with ICE; LPR access by federal partners is governed by the vendor's platform terms. Your request is therefore denied.

Under G.S. 132-9 you may seek judicial review, subject to mediation under G.S. 7A-38.3E.

CMPD Public Records Unit
""",
  label=L("REQ-17", "denial", "PRR-2026-1296", "LPR request denied under 132-1.4; second CMPD request on a similar (ICE) topic; no administrative appeal", appeal=True))

M("2026-04-22 08:21:30 -0400", "Tomas Ibarra <tibarra@borderjustice.example.org>",
  "FW: PRR-2026-1184 - Final Production",
  html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>For the records log. This closes out the CMPD detainer emails. -T</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p><b>From:</b> Freeman, Latoya &lt;Latoya.Freeman@charlottenc.gov&gt;<br>
<b>Sent:</b> Tuesday, April 21, 2026 5:02 PM<br>
<b>To:</b> Tomas Ibarra &lt;tibarra@borderjustice.example.org&gt;<br>
<b>Cc:</b> CMPD Public Records &lt;cmpdpublicrecords@cmpd.org&gt;<br>
<b>Subject:</b> PRR-2026-1184 - Final Production</p></div>
<p>Mr. Ibarra,</p>
<p>The second and final production (288 pages, July through December 2025) is available at <a href=\"""" + safelink("https://charlottenc.sharepoint.com/:f:/s/CMPDRecords/Pr0d2xQw") + """\">Production 2</a>. Redactions were made on the same bases as in the first production.</p>
<p>Regarding text messages: the units searched their City-issued devices and no text messages responsive to your request were located.</p>
<p>This completes your request, and it will be closed. Please note the remaining balance of $306.00 is due.</p>
<p>Latoya Freeman<br>Public Records Unit | CMPD</p>
</div></body></html>""",
  to="BJC Records Desk <foia@borderjustice.example.org>",
  label=L("REQ-14", "records_final", "PRR-2026-1184", "Outlook-style FW from a colleague: final production, no records for the text-message item", appeal=True))

# ---------------- Metro Nashville PD (NextRequest) ----------------
NR = "Metro Nashville Public Records <donotreply@nextrequest.com>"
M("2026-03-11 09:10:05 -0500", NR,
  "[Records Request 26-1487] Your request has been received",
  html="""<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#333">
<p>Hello,</p>
<p>Your record request <b>#26-1487</b> has been received by <b>Metropolitan Nashville Police Department</b> and is being processed in accordance with the Tennessee Public Records Act.</p>
<blockquote style="border-left:3px solid #ccc;padding-left:8px">The sections of the MNPD Manual addressing immigration status inquiries and cooperation with federal immigration authorities.</blockquote>
<p><a href="https://nashvilletn.nextrequest.com/requests/26-1487">View Request 26-1487</a></p>
<p style="font-size:11px;color:#999">Questions? Reply directly to the department through the request page. Emails to this address are not monitored.</p></body></html>""",
  label=L("REQ-16", "acknowledgment", "26-1487", "NextRequest receipt; TN 7 business days from sent (no received date stated)", starts_clock=True))

M("2026-03-19 15:44:02 -0500", NR,
  "[Records Request 26-1487] Request closed",
  text="""Request #26-1487 has been closed.

Message from Metropolitan Nashville Police Department:

The responsive MNPD Manual sections (Chapter 8.280, Immigration Status and Federal Cooperation, and Chapter 4.180, Interactions with Foreign Nationals) have been released in full and are available on the request page. No records were withheld.

View request: https://nashvilletn.nextrequest.com/requests/26-1487
""",
  label=L("REQ-16", "records_final", "26-1487", "Closed with documents released in full; no withholdings, so no appeal date"))

M("2026-03-30 08:30:50 -0500", NR,
  "[Records Request 26-1702] Your request has been received",
  html="""<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#333">
<p>Hello,</p>
<p>Your record request <b>#26-1702</b> was received by <b>Metropolitan Nashville Police Department</b> on March 27, 2026.</p>
<blockquote style="border-left:3px solid #ccc;padding-left:8px">Records of MNPD assistance to, or communications with, federal agencies regarding the immigration enforcement operation in Nashville in May 2025, including CAD records and after-action reports.</blockquote>
<p><a href="https://nashvilletn.nextrequest.com/requests/26-1702">View Request 26-1702</a></p></body></html>""",
  label=L("REQ-15", "acknowledgment", "26-1702", "NextRequest receipt stating March 27 (Friday); 7 business days skip Good Friday (TN holiday)", received="2026-03-27"))

M("2026-04-06 12:02:19 -0500", NR,
  "[Records Request 26-1702] A message was added",
  html="""<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#333">
<p>Metropolitan Nashville Police Department added a message to request <b>#26-1702</b>.</p>
<p><a href="https://nashvilletn.nextrequest.com/requests/26-1702">Log in to view the message</a></p></body></html>""",
  label=L("REQ-15", "portal_notice", "26-1702", "NextRequest 'message added' notice with no text"))

M("2026-04-08 10:25:37 -0500", NR,
  "[Records Request 26-1702] Document released: Records Request Response Form",
  text="""A document has been released on request #26-1702: Records_Request_Response_Form_26-1702.pdf

Message from Metropolitan Nashville Police Department:

Please see the attached Records Request Response Form. Because your request requires review of CAD records, emails from several precincts and coordination with the Department of Law, additional time is reasonably necessary to produce the records. We estimate the records will be ready by May 8, 2026.

View request: https://nashvilletn.nextrequest.com/requests/26-1702
""",
  att=[("Records_Request_Response_Form_26-1702.pdf", pdf("""RECORDS REQUEST RESPONSE FORM
Tenn. Code Ann. 10-7-503(a)(2)(B)

Date: April 8, 2026
Request number: 26-1702
Requestor: Border Justice Clinic

[X] It is not practicable to promptly provide the records because additional time is necessary to locate, retrieve and review the records. The time reasonably necessary to produce the records is: on or before 05/08/2026.

Records custodian: MNPD Central Records Division
"""), "application/pdf")],
  label=L("REQ-15", "extension", "26-1702", "TN response form with an estimated date; TN sets no extension length, so estimated only", estimated="2026-05-08"))

M("2026-05-08 16:33:12 -0500", NR,
  "[Records Request 26-1702] Request closed",
  text="""Request #26-1702 has been closed.

Message from Metropolitan Nashville Police Department:

Responsive records (CAD event chronologies, 46 emails and the Specialized Investigations Division after-action summary) have been released. Portions were redacted under Tenn. Code Ann. 10-7-504(a)(2)(A) (investigative records) and 10-7-504(m) (security plans). Records relating to an ongoing criminal investigation have been withheld. A fee of $0.00 was charged.

View request: https://nashvilletn.nextrequest.com/requests/26-1702
""",
  label=L("REQ-15", "records_final", "26-1702", "Final release with redactions and some withheld; TN has no administrative appeal", appeal=True))

# ---------------- messages that belong to no request ----------------
M("2026-04-27 19:12:55 -0700", "Kendra Whitlock <kwhitlock@phoenixledger.example.com>",
  "MCSO detainer records - quick question",
  text="""Hi there,

I'm a reporter at the Phoenix Ledger working on a story about ICE detainers at the county jails. I saw on the MCSO records portal's public list that your clinic requested the 2025 detainer records. Would anyone there be willing to talk about what you've found so far, or share the records once you have them? Happy to talk on background.

Thanks,
Kendra Whitlock
Phoenix Ledger | 602-555-0148
""",
  label=L(None, "other", None, "Reporter's note about our MCSO request; not from an agency, belongs to no request"))

M("2026-03-18 06:00:00 -0400", "The FOIA Ombudsman <ogis@public.govdelivery.com>",
  "OGIS Update: Spring 2026 FOIA Advisory Committee meeting; new mediation resources",
  html="""<html><body><table width="600" align="center" style="font-family:Arial;font-size:14px"><tr><td>
<h2>The FOIA Ombudsman</h2>
<p>The Office of Government Information Services (OGIS) will hold the next meeting of the FOIA Advisory Committee on April 16, 2026. The meeting is open to the public and will be livestreamed.</p>
<p>We have also posted new resources for requesters on fee disputes and on the 10-day extension for unusual circumstances.</p>
<p style="font-size:11px">You are subscribed to updates from the National Archives and Records Administration. <a href="https://public.govdelivery.com/accounts/USNARA/subscriber/edit">Manage subscriptions</a></p>
</td></tr></table></body></html>""",
  hdrs={"List-Unsubscribe": "<https://public.govdelivery.com/accounts/USNARA/subscriber/one_click_unsubscribe>", "Precedence": "bulk"},
  label=L(None, "other", None, "OGIS newsletter; mentions extensions and fees but belongs to no request"))
