from common import *

# 011 DRCA clerk asks to clarify; no threading headers, new subject, personal .org address
write('011-drca-clerk-clarify-nothread.eml', msg([
    ('From', 'Marisol Ybarra <mybarra@deltarca.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Alder fire - which audio?'),
    ('Date', 'Mon, 21 Sep 2026 13:12:05 -0700'),
    ('Message-ID', mid('011', 'deltarca.org')),
], text="""Hi,

I'm the Clerk of the Board here at DRCA and the county portal routed your records
request to me. Two questions before I pull anything:

1. Do you want only the 911 calls that came in, or also the fire dispatch radio
   channels (Fire Main and Tac 4)? Radio is a lot more audio to review.
2. Our CAD shows the incident at 412 Alder Way, not Alder Court. There was no fire
   call on Alder Ct that day. Is Alder Way the one you mean?

Once I hear back I can get this moving. Just reply here, the portal won't get my
messages to you half the time.

Marisol Ybarra
Clerk of the Board | Delta Regional Communications Authority
(925) 555-0117
"""))

# 012 Jail authority: 7 additional work days under 2.2-3704(B)(4)
write('012-rrrja-extension.eml', msg([
    ('From', 'Tammy Oakes <toakes@rrrja.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'RE: FOIA request'),
    ('Date', 'Tue, 22 Sep 2026 09:05:12 -0400'),
    ('Message-ID', mid('012', 'rrrja.org')),
    ('In-Reply-To', mid('007', 'rrrja.org')),
    ('References', mid('007', 'rrrja.org')),
], text="""Good morning,

It is not practically possible to provide the records you asked for (in-custody
death reviews and the medical services contract) within the five working days.
The Superintendent must review the mortality reviews with the Authority's counsel
and the medical contractor has been asked whether it claims any of the contract
as proprietary. Per Va. Code 2.2-3704(B)(4) we are taking the additional seven
working days allowed.

Tammy Oakes
FOIA Officer
Rappahannock Ridge Regional Jail Authority
9001 Ridge Road, Culpeper area
"""))

# 013 NCTCOG itemized cost estimate, letter only in a PDF; number in file name and PDF
letter = """NORTH CENTRAL TEXAS COUNCIL OF GOVERNMENTS
616 Six Flags Drive, Arlington, Texas 76011

September 22, 2026

Records Desk
records@records.example.org

Re: PIR 26-0917 - Itemized Statement of Estimated Charges

Dear Requester:

This statement is provided under Section 552.2615 of the Texas Government Code. The
charges for providing the information you requested are estimated to exceed $40.00.

Grant applications exist partly in paper files for 2024 that must be located,
redacted and scanned. The estimate is based on the charges set by the Office of the
Attorney General (1 TAC 70.3):

  Labor - locating, compiling and manipulating data, 6.5 hours at $15.00   $97.50
  Overhead (20% of labor)                                                  $19.50
  Paper copies, 412 pages at $0.10, then scanned                          $41.20
  Redaction of confidential bank information, 1.0 hour at $15.00           $15.00
  Estimated total                                                         $173.20

You must respond in writing within 10 business days of the date of this statement,
stating that you accept the charges, that you wish to modify the request, or that you
have sent a complaint to the Attorney General about the charges. If you do not
respond by October 6, 2026, the request will be considered withdrawn under Section
552.2615(b). A deposit may be required before work begins.

Sincerely,

Open Records Coordinator
North Central Texas Council of Governments
"""
write('013-nctcog-cost-estimate-pdf.eml', msg([
    ('From', 'NCTCOG Open Records <openrecords@nctcog.org>'),
    ('To', 'Records Desk <records+req-104@records.example.org>'),
    ('Subject', 'RE: ' + REQS['REQ-104']['subject']),
    ('Date', 'Tue, 22 Sep 2026 15:40:08 -0500'),
    ('Message-ID', mid('013', 'nctcog.org')),
    ('In-Reply-To', mid('002', 'nctcog.org')),
    ('References', req_mid('REQ-104') + ' ' + mid('002', 'nctcog.org')),
    ('X-MS-Has-Attach', 'yes'),
], text="""Please see the attached statement.

Open Records Coordinator
NCTCOG
""", attachments=[('PIR 26-0917 Cost Estimate.pdf', pdf(letter), 'application/pdf')]))

# 014 PSRC acknowledgment under RCW 42.56.520 with a reasonable time estimate
write('014-psrc-ack-estimate.eml', msg([
    ('From', 'PSRC Public Records <publicrecords@psrc.org>'),
    ('To', 'Records Desk <records+req-113@records.example.org>'),
    ('Subject', 'PRR-2026-058 Acknowledgment of Public Records Request'),
    ('Date', 'Wed, 23 Sep 2026 10:10:44 -0700'),
    ('Message-ID', mid('014', 'psrc.org')),
    ('In-Reply-To', req_mid('REQ-113')),
    ('References', req_mid('REQ-113')),
], text="""Dear Records Desk,

The Puget Sound Regional Council received your public records request on
September 22, 2026. This letter acknowledges your request under RCW 42.56.520 and
provides a reasonable estimate of the time PSRC will require to respond.

Your request has been assigned tracking number PRR-2026-058.

You requested: consultant contracts, scopes of work and invoices for land use and
travel demand modeling supporting the Regional Growth Strategy.

PSRC expects to provide a first installment of records on or before October 21,
2026. The estimate accounts for the time needed to locate the records, to give
notice to consultants under RCW 42.56.540 where appropriate, and to review for
exempt information. Records will be provided in installments as they become
available.

Sincerely,

Public Records Officer
Puget Sound Regional Council
1011 Western Avenue, Suite 500, Seattle, WA 98104
"""))

# 015 Las Lomas City Attorney (also DRCA general counsel) extends; sender is a city domain
write('015-laslomas-counsel-extension.eml', msg([
    ('From', '"Patel, Anand" <apatel@laslomasca.gov>'),
    ('To', 'records@records.example.org'),
    ('Cc', 'Marisol Ybarra <mybarra@deltarca.org>'),
    ('Subject', 'R000512-091526 - Notice of Extension'),
    ('Date', 'Thu, 24 Sep 2026 16:55:31 -0700'),
    ('Message-ID', mid('015', 'laslomasca.gov')),
    ('Thread-Index', 'AdtMn0k2P7gQn3c4Sx+v1kqZsE0y9g=='),
    ('X-MS-Has-Attach', ''),
    ('X-MS-Exchange-Organization-SCL', '-1'),
], text="""Dear Records Desk:

I write as General Counsel to the Delta Regional Communications Authority (a
position held by the Las Lomas City Attorney's Office under the Authority's joint
powers agreement) regarding request R000512-091526 for CAD records and 911 audio
from the September 12 Alder Way fire.

Under Government Code section 7922.535, subdivision (b), the Authority is extending
its time to respond by 14 days because the request requires consultation with the
Las Lomas Fire Department and the Oro Delta County Fire Marshal, which have a
substantial interest in the determination. The Authority will notify you of its
determination no later than October 9, 2026.

Thank you for the clarification you sent to Ms. Ybarra: we are treating the request
as covering the 911 calls only, for 412 Alder Way.

Anand Patel
Senior Deputy City Attorney, City of Las Lomas
General Counsel, Delta Regional Communications Authority
"""))

# 016 FTA acknowledgment: e-mail plus PDF letter; received Sept 25 (sent Sept 24)
fta_ack = """U.S. Department of Transportation
Federal Transit Administration
Office of Chief Counsel - FOIA
1200 New Jersey Avenue, SE, Washington, DC 20590

September 28, 2026

Records Desk
records@records.example.org

RE: FOIA Request No. 2026-FTA-0318

Dear Requester:

This acknowledges receipt of your Freedom of Information Act (FOIA) request, which
the Federal Transit Administration (FTA) FOIA Office received on September 25, 2026.
You requested FTA correspondence with the North Central Texas Council of Governments
and the Sacramento Area Council of Governments, and records of their triennial
reviews, January 2023 to the present.

Your request has been assigned FOIA tracking number 2026-FTA-0318. Please cite this
number in any future communication about this request.

FTA will make every effort to respond within twenty working days. Because your
request may require a search of records held in the Region 6 (Fort Worth) and
Region 9 (San Francisco) offices, unusual circumstances may apply, in which case
we will notify you.

For purposes of fees you have been placed in the news media category. You may
contact our FOIA Public Liaison at (202) 366-4043 for assistance.

Sincerely,

FTA FOIA Officer
"""
write('016-fta-ack-letter.eml', msg([
    ('From', 'FTA FOIA <fta.foia@dot.gov>'),
    ('To', 'Records Desk <records+req-115@records.example.org>'),
    ('Subject', 'FOIA Acknowledgment - 2026-FTA-0318'),
    ('Date', 'Mon, 28 Sep 2026 11:00:37 -0400'),
    ('Message-ID', mid('016', 'dot.gov')),
    ('X-MS-Has-Attach', 'yes'),
], text="""Good morning,

Please find attached the acknowledgment letter for your FOIA request, received
September 25, 2026, tracking number 2026-FTA-0318.

FTA FOIA Office
Office of Chief Counsel
""", attachments=[('2026-FTA-0318 Acknowledgment.pdf', pdf(fta_ack), 'application/pdf')]))

# 017 GovQA: request updated, no substance
write('017-orodelta-govqa-updated.eml', msg([
    ('From', 'Oro Delta County Public Records Center <orodeltacountyca@govqa.us>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Public Records Request :: R000512-091526 has been updated'),
    ('Date', 'Mon, 28 Sep 2026 14:30:02 -0700'),
    ('Message-ID', mid('017', 'govqa.us')),
], html="""<html><body style="font-family:Verdana,Arial;font-size:9pt">
<p>Dear Records Desk,</p>
<p>Your request <b>R000512-091526</b> has been updated. To view the update, please log in to the <a href="https://orodeltacountyca.govqa.us/WEBAPP/_rs/supporthome.aspx">Oro Delta County Public Records Center</a> and select &ldquo;My Request Center&rdquo;.</p>
<p>Please do not reply to this message.</p>
</body></html>"""))

# 018 Lower Pecos 9-1-1 district auto-reply, threaded
write('018-lp911-ooo.eml', msg([
    ('From', 'Lower Pecos 9-1-1 District <info@lp911.org>'),
    ('To', 'Records Desk <records+req-105@records.example.org>'),
    ('Subject', 'Auto: ' + REQS['REQ-105']['subject']),
    ('Date', 'Wed, 30 Sep 2026 07:02:45 -0500'),
    ('Message-ID', mid('018', 'lp911.org')),
    ('In-Reply-To', req_mid('REQ-105')),
    ('References', req_mid('REQ-105')),
    ('Auto-Submitted', 'auto-replied'),
], text="""Thank you for contacting the Lower Pecos 9-1-1 Emergency Communication District.

District staff are at state 9-1-1 training September 29 through October 2 and will
respond when we return. If this is an emergency, hang up and dial 9-1-1.

Public information requests for the District are handled through the Sotol County
public information portal (sotolcountytx.justfoia.com).
"""))

# 019 ARC final release in full, PDF attachment
agr = """FIRST AMENDMENT TO EMPLOYMENT AGREEMENT

This First Amendment is made between the Atlanta Regional Commission ("ARC") and its
Executive Director, effective July 1, 2024.

1. Section 4 (Compensation) is amended to set the annual base salary at the amount
approved by the Board on June 12, 2024.
2. Section 7 (Term) is extended through June 30, 2028.
3. All other terms of the Employment Agreement dated March 1, 2022 remain in effect.

[Signature page - Chair, ARC Board; Executive Director]
"""
write('019-arc-final-release.eml', msg([
    ('From', 'Karen Whitlow <kwhitlow@atlantaregional.org>'),
    ('To', 'Records Desk <records+req-106@records.example.org>'),
    ('Subject', 'RE: ' + REQS['REQ-106']['subject']),
    ('Date', 'Wed, 30 Sep 2026 10:15:52 -0400'),
    ('Message-ID', mid('019', 'atlantaregional.org')),
    ('In-Reply-To', mid('005', 'atlantaregional.org')),
    ('References', req_mid('REQ-106') + ' ' + mid('005', 'atlantaregional.org')),
    ('X-MS-Has-Attach', 'yes'),
], text="""Hello,

Attached are the Executive Director's Employment Agreement dated March 1, 2022 and
the First and Second Amendments. Nothing was redacted. This completes ARC's
response to your request and it is now closed.

Karen Whitlow
Records Manager | Atlanta Regional Commission
""", attachments=[('ED Employment Agreement and Amendments.pdf', pdf(agr), 'application/pdf')]))

# 020 Jail authority: first release, medical contract with pricing redacted; reviews still pending
write('020-rrrja-interim-contract.eml', msg([
    ('From', 'Tammy Oakes <toakes@rrrja.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'RE: FOIA request - medical contract'),
    ('Date', 'Thu, 01 Oct 2026 15:48:20 -0400'),
    ('Message-ID', mid('020', 'rrrja.org')),
    ('In-Reply-To', mid('012', 'rrrja.org')),
    ('References', mid('007', 'rrrja.org') + ' ' + mid('012', 'rrrja.org')),
], text="""Attached is the inmate medical services agreement with Blue Ridge Correctional
Health, LLC and its two amendments. The per-hour staffing rates in Exhibit B are
redacted under Va. Code 2.2-3705.6(3) as proprietary information the contractor
identified in writing at the time of bidding.

The mortality reviews are still with counsel. You will get a separate response on
those.

Tammy Oakes
FOIA Officer, RRRJA
""", html="""<html><body><div style="font-family:Arial;font-size:10pt">
<p>Attached is the inmate medical services agreement with Blue Ridge Correctional Health, LLC and its two amendments. The per-hour staffing rates in Exhibit B are redacted under Va. Code 2.2-3705.6(3) as proprietary information the contractor identified in writing at the time of bidding.</p>
<p>The mortality reviews are still with counsel. You will get a separate response on those.</p>
<p>Tammy Oakes<br>FOIA Officer, RRRJA</p></div></body></html>""",
attachments=[('BRCH Medical Services Agreement redacted.pdf', pdf('MEDICAL SERVICES AGREEMENT\nRappahannock Ridge Regional Jail Authority and Blue Ridge Correctional Health, LLC\nTerm: July 1, 2024 - June 30, 2027\nExhibit B - Staffing rates [REDACTED 2.2-3705.6(3)]'), 'application/pdf')]))
