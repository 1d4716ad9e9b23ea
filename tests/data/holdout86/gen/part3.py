from common import *

# 021 SACOG NextRequest closure: no responsive records (closed sessions not recorded)
write('021-sacog-nextrequest-no-records.eml', msg([
    ('From', 'SACOG Public Records <sacog@mail.nextrequest.com>'),
    ('To', plus('REQ-102')),
    ('Subject', '[Records Request] Request #26-358 has been closed'),
    ('Date', 'Thu, 01 Oct 2026 16:05:11 -0700'),
    ('Message-ID', mid('021', 'mail.nextrequest.com')),
], text="""Record request #26-358 has been closed.

Closure reason: No responsive documents

Message from SACOG:
"SACOG searched the Clerk of the Board's files and the Legal Department's files for
the period January through August 2026. The Board does not audio-record its closed
sessions, and the Ralph M. Brown Act does not require closed-session minutes; the
Board has not elected to keep a minute book under Gov. Code 54957.2. Closed-session
announcements made in open session appear in the regular minutes, which are posted
on sacog.org. SACOG therefore has no records responsive to this request."

View the request: https://sacog.nextrequest.com/requests/26-358

-- Powered by NextRequest. Please do not reply to this email.
""", html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<p>Record request <b>#26-358</b> has been closed.</p>
<p><b>Closure reason:</b> No responsive documents</p>
<blockquote style="border-left:3px solid #ccc;padding-left:10px">SACOG searched the Clerk of the Board's files and the Legal Department's files for the period January through August 2026. The Board does not audio-record its closed sessions, and the Ralph M. Brown Act does not require closed-session minutes; the Board has not elected to keep a minute book under Gov. Code 54957.2. Closed-session announcements made in open session appear in the regular minutes, which are posted on sacog.org. SACOG therefore has no records responsive to this request.</blockquote>
<p><a href="https://sacog.nextrequest.com/requests/26-358">View request 26-358</a></p>
<p style="font-size:11px;color:#888">Powered by NextRequest. Please do not reply to this email.</p>
</body></html>"""))

# 022 SACOG NextRequest: documents released, request stays open (rolling)
write('022-sacog-nextrequest-released.eml', msg([
    ('From', 'SACOG Public Records <sacog@mail.nextrequest.com>'),
    ('To', plus('REQ-101')),
    ('Subject', '[Records Request] Documents released for request #26-341'),
    ('Date', 'Fri, 02 Oct 2026 15:22:40 -0700'),
    ('Message-ID', mid('022', 'mail.nextrequest.com')),
], text="""Documents have been released for record request #26-341.

Released documents (4):
  - Fehr & Peers Agreement 25-011 and Amendment 1.pdf
  - Fehr & Peers Task Orders 1-6.pdf
  - Kearns & West Agreement 25-019.pdf
  - Invoices FY25 Q3-Q4 (Fehr & Peers).pdf

Message from SACOG:
"This is the first release of records responsive to your request. Invoices for
FY26 are being collected from Finance and will be released in a later
installment. The request remains open."

View the request: https://sacog.nextrequest.com/requests/26-341

-- Powered by NextRequest. Please do not reply to this email.
"""))

# 023 Sotol County JustFOIA acknowledges the LP911 request; states received 10/01 (sent 9/29); number only in subject
write('023-sotol-justfoia-ack.eml', msg([
    ('From', 'Sotol County Public Information <sotolcountytx@justfoia.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Request #2026-0488 Received'),
    ('Date', 'Mon, 05 Oct 2026 09:31:18 -0500'),
    ('Message-ID', mid('023', 'justfoia.com')),
], html="""<html><body style="font-family:'Segoe UI',Arial;font-size:10pt">
<div style="border:1px solid #c9d3df;padding:14px;max-width:560px">
<p><b>Sotol County &ndash; Public Information Requests</b></p>
<p>Hello Records Desk,</p>
<p>Your public information request has been received and routed to: <b>Lower Pecos 9-1-1 Emergency Communication District</b>.</p>
<p>Date received: <b>10/01/2026</b><br>
Request summary: 911 call recordings and CAD event chronology, incident of September 26, 2026</p>
<p>The governmental body will respond in accordance with Chapter 552 of the Texas Government Code. You can track this request or send a message at <a href="https://sotolcountytx.justfoia.com/publicportal/home/track">the public portal</a>.</p>
<p style="font-size:8pt;color:#777">This message was sent by JustFOIA on behalf of Sotol County. Replies to this email are not monitored.</p>
</div></body></html>"""))

# 024 Solid-waste authority counsel (also City of Harlan Springs attorney) responds within 3 business days with timeline
write('024-cvswa-counsel-ack.eml', msg([
    ('From', 'Walter Bynum <wbynum@harlansprings-ga.gov>'),
    ('To', 'Records Desk <records+req-107@records.example.org>'),
    ('Cc', 'admin@cvswa.org'),
    ('Subject', 'RE: Open records request - tipping fees / EPD'),
    ('Date', 'Tue, 06 Oct 2026 14:02:09 -0400'),
    ('Message-ID', mid('024', 'harlansprings-ga.gov')),
    ('In-Reply-To', req_mid('REQ-107')),
    ('References', req_mid('REQ-107')),
], text="""Good afternoon,

I am city attorney for Harlan Springs and also serve as counsel to the
Chattahoochee Valley Regional Solid Waste Authority, so the Authority's
administrator forwarded me your Open Records Act request received yesterday,
October 5.

The tipping fee agreements with the five member governments and the two hauler
contracts are readily available and will be sent to you within the three business
days the Act allows. The EPD correspondence will take longer because the Authority's
former landfill manager kept files off-site; we expect to complete that part of
the response by October 23, 2026.

There should be no charge unless the EPD files turn out to be paper-only, in which
case I will let you know the cost first.

Walter Bynum
City Attorney, City of Harlan Springs
Counsel, Chattahoochee Valley Regional Solid Waste Authority
"""))

# 025 NCTCOG: partial release; AG ruling requested for the rest (TX 552.301)
write('025-nctcog-interim-ag-request.eml', msg([
    ('From', 'NCTCOG Open Records <openrecords@nctcog.org>'),
    ('To', 'Records Desk <records+req-104@records.example.org>'),
    ('Subject', 'PIR 26-0917 - Partial release and request for Attorney General decision'),
    ('Date', 'Tue, 06 Oct 2026 16:44:50 -0500'),
    ('Message-ID', mid('025', 'nctcog.org')),
    ('In-Reply-To', mid('013', 'nctcog.org')),
    ('References', req_mid('REQ-104') + ' ' + mid('013', 'nctcog.org')),
], text="""Dear Requester:

Thank you for accepting the estimated charges for PIR 26-0917. Enclosed via the
link below are the grant applications NCTCOG submitted under the FTA Section 5307
and 5339 programs in 2024 and 2025 (38 files).

Portions of the 2026 Bus and Bus Facilities application contain information that a
third party, a transit vehicle manufacturer, may consider proprietary. NCTCOG has
today asked the Office of the Attorney General for a decision under Section 552.305
of the Government Code and has notified the third party. A copy of our letter to the
Attorney General is attached. The remaining information will be released or
withheld as the Attorney General rules.

Download: https://nctcog.sharefile.com/d-s7c2e91f0a (link expires in 30 days)

Sincerely,

Open Records Coordinator
North Central Texas Council of Governments
""", attachments=[('PIR 26-0917 Letter to OAG.pdf', pdf('October 6, 2026\nOffice of the Attorney General, Open Records Division\nRe: Request for ruling, North Central Texas Council of Governments, PIR 26-0917\nNCTCOG received the request on September 9, 2026 and asks for a decision under Sections 552.101, 552.110 and 552.305 concerning third-party information in the 2026 Bus and Bus Facilities application.'), 'application/pdf')]))

# 026 PSRC asks to clarify the scope
write('026-psrc-clarification.eml', msg([
    ('From', 'Dana Ostrowski <dostrowski@psrc.org>'),
    ('To', 'Records Desk <records+req-113@records.example.org>'),
    ('Cc', 'PSRC Public Records <publicrecords@psrc.org>'),
    ('Subject', 'PRR-2026-058 - clarification needed'),
    ('Date', 'Wed, 07 Oct 2026 11:20:33 -0700'),
    ('Message-ID', mid('026', 'psrc.org')),
    ('In-Reply-To', mid('014', 'psrc.org')),
    ('References', req_mid('REQ-113') + ' ' + mid('014', 'psrc.org')),
], text="""Hello,

I am working on PRR-2026-058. PSRC has several modeling contracts and I want to make
sure we gather the right ones:

  a) the UrbanSim land use model support contracts (2019 - present);
  b) the SoundCast activity-based travel model consultant contracts; and
  c) the on-call data services contract, which includes some modeling work.

Could you confirm whether you want a), b), c) or all three, and whether "invoices"
means invoices for the whole contract term or only since 2024? Under RCW
42.56.520(3), if we do not hear back within 30 days we may close the request.

Thanks,

Dana Ostrowski
Public Records Officer | Puget Sound Regional Council
"""))

# 027 Smartsheet form automation confirms the CR911 request
write('027-cr911-smartsheet-ack.eml', msg([
    ('From', 'Smartsheet Automations <automation@app.smartsheet.com>'),
    ('Reply-To', 'publicrecords@cr911.org'),
    ('To', 'records@records.example.org'),
    ('Subject', 'CR911 Public Records Request Received - CR911-PRR-0193'),
    ('Date', 'Wed, 07 Oct 2026 15:03:27 -0700'),
    ('Message-ID', mid('027', 'app.smartsheet.com')),
], html="""<html><body style="font-family:Arial;font-size:10pt;color:#222">
<table width="560" style="border:1px solid #ddd"><tr><td style="padding:14px">
<p style="font-size:13pt"><b>Cascade Regional 911 Communications</b></p>
<p>Your public records request has been received.</p>
<table cellpadding="3" style="font-size:10pt">
<tr><td><b>Request ID</b></td><td>CR911-PRR-0193</td></tr>
<tr><td><b>Received</b></td><td>10/06/2026</td></tr>
<tr><td><b>Records requested</b></td><td>CAD logs and dispatch audio, officer-involved shooting 10/03/2026</td></tr>
<tr><td><b>Status</b></td><td>New</td></tr>
</table>
<p>CR911 will respond within five business days as required by RCW 42.56.520. Questions: publicrecords@cr911.org or (360) 555-0148.</p>
</td></tr></table>
<p style="font-size:8pt;color:#999">Sent by Smartsheet on behalf of CR911. Automated message - replies are not monitored.</p>
</body></html>"""))

# 028 NOACA final: packets via link, some correspondence withheld (attorney-client privilege)
write('028-noaca-final-withheld.eml', msg([
    ('From', 'NOACA Public Records <publicrecords@mpo.noaca.org>'),
    ('To', 'Records Desk <records+req-111@records.example.org>'),
    ('Subject', 'PRR 2026-044 - Response'),
    ('Date', 'Thu, 08 Oct 2026 13:15:00 -0400'),
    ('Message-ID', mid('028', 'mpo.noaca.org')),
    ('In-Reply-To', mid('009', 'mpo.noaca.org')),
    ('References', req_mid('REQ-111') + ' ' + mid('009', 'mpo.noaca.org')),
], text="""Dear Requester:

This is NOACA's response to public records request PRR 2026-044.

1. Board packets for the January, March, May, June and September 2026 meetings are
   available at www.noaca.org/board (the Board did not meet in other months).
2. TIP amendment correspondence: 214 emails and attachments are provided at the
   link below. Eleven emails between NOACA staff and the Agency's General Counsel
   are withheld in full as attorney-client privileged communications, excepted
   from disclosure by Ohio Rev. Code 149.43(A)(1)(v). A log of the withheld emails
   (date, author, recipients) is included with the production.

This completes NOACA's response and PRR 2026-044 is closed.

https://noaca.box.com/s/prr2026044

Office of the General Counsel
Northeast Ohio Areawide Coordinating Agency
"""))

# 029 DRCA final via counsel, letter only in PDF: CAD log released redacted, 911 audio withheld
fl = """LAS LOMAS CITY ATTORNEY'S OFFICE
Acting as General Counsel, Delta Regional Communications Authority
200 Civic Center Plaza, Las Lomas, California

October 9, 2026

Records Desk, records@records.example.org
Re: Public Records Request R000512-091526 - 412 Alder Way fire, September 12, 2026

Dear Records Desk:

This letter is the Delta Regional Communications Authority's determination on your request.

CAD incident log. The Authority is releasing the CAD incident log (unit history and call
narrative) for incident F26-091204. Names, telephone numbers and medical information of
callers and the occupant are redacted under Government Code sections 7927.700 and
7923.615 (victim and witness information).

911 call audio. The Las Lomas Fire Department and the County Fire Marshal advise that the
cause of the fire is under active arson investigation. The recordings of the three 911
calls are records of an investigation conducted by a local agency for law enforcement
purposes and are withheld under Government Code section 7923.600. Withholding is also
justified under section 7922.000 because the public interest in nondisclosure clearly
outweighs the interest in disclosure while the investigation is open.

This completes the Authority's response. Aside from the CAD log enclosed, no further
records will be produced.

Anand Patel
General Counsel, Delta Regional Communications Authority
"""
write('029-drca-counsel-final-pdf.eml', msg([
    ('From', '"Patel, Anand" <apatel@laslomasca.gov>'),
    ('To', 'records@records.example.org'),
    ('Cc', 'Marisol Ybarra <mybarra@deltarca.org>'),
    ('Subject', 'RE: R000512-091526 - Notice of Extension'),
    ('Date', 'Fri, 09 Oct 2026 16:20:45 -0700'),
    ('Message-ID', mid('029', 'laslomasca.gov')),
    ('In-Reply-To', mid('015', 'laslomasca.gov')),
    ('References', mid('015', 'laslomasca.gov')),
    ('X-MS-Has-Attach', 'yes'),
], text="""Please see the attached letter and records.

Anand Patel
Senior Deputy City Attorney
""", attachments=[('DRCA determination letter 10-09-2026.pdf', pdf(fl), 'application/pdf'),
                  ('F26-091204 CAD log redacted.pdf', pdf('CAD INCIDENT F26-091204  412 ALDER WAY  STRUCTURE FIRE\n09/12/2026 02:14:07 CALL RECEIVED 911 [REDACTED]\n02:14:51 E31 T31 BC3 DISPATCHED\n02:19:30 E31 ON SCENE - SMOKE SHOWING\n03:47:12 FIRE UNDER CONTROL'), 'application/pdf')]))

# 030 Solid waste authority: first part released, EPD part to follow
write('030-cvswa-interim.eml', msg([
    ('From', 'CVSWA Administrator <admin@cvswa.org>'),
    ('To', 'Records Desk <records+req-107@records.example.org>'),
    ('Subject', 'RE: Open records request - tipping fees / EPD'),
    ('Date', 'Tue, 13 Oct 2026 10:37:14 -0400'),
    ('Message-ID', mid('030', 'cvswa.org')),
    ('In-Reply-To', mid('024', 'harlansprings-ga.gov')),
    ('References', req_mid('REQ-107') + ' ' + mid('024', 'harlansprings-ga.gov')),
], text="""Mr. Bynum asked me to send these. Attached are the tipping fee agreements (5)
and the hauler contracts (2). Sorry for the delay, we were closed Monday for the
holiday.

Walt will follow up on the EPD letters.

Linda Corley
Administrator
Chattahoochee Valley Regional Solid Waste Authority
""", attachments=[('Tipping fee agreements and hauler contracts.pdf', pdf('TIPPING FEE AGREEMENT - City of Harlan Springs and CVRSWA, effective 2024\nRate per ton: $41.50\nHAULER CONTRACT - Valley Disposal Services'), 'application/pdf')]))
