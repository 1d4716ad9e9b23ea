"""Part 4: October 2026."""
from gen_common import *

MSGS = []

# 31 EPA Region 3 extension via PAL correspondence, with an estimated completion date
m = new('FOIA Public Access Link <foiapal-noreply@epa.gov>', INBOX, 'Correspondence for FOIA Request EPA-R3-2026-005530',
        '2026-10-09 10:30 -0400', mid('pal-r3-ext', 'foiapal.epa.gov'))
m.set_content("""<html><body style="font-family:Verdana;font-size:9pt">
<p>Dear Records Desk,</p>
<p>Re: FOIA Request <b>EPA-R3-2026-005530</b> &ndash; Monongahela Valley coke plant, Clean Air Act enforcement records</p>
<p>The Region 3 FOIA Office has determined that unusual circumstances apply to your request because the
records must be collected from the Enforcement and Compliance Assurance Division and the Office of Regional
Counsel, and involve consultation with the U.S. Department of Justice. Pursuant to 5 U.S.C. 552(a)(6)(B)(i),
the time limit for responding is extended by ten working days.</p>
<p>Given the volume of potentially responsive records, EPA does not expect to complete processing within the
extended period. The estimated date of completion for your request is <b>01/29/2027</b>. You may narrow the
scope of your request to obtain a quicker response, or agree to an alternative time frame.</p>
<p>You may contact our FOIA Public Liaison at r3foia@epa.gov or the Office of Government Information Services
(OGIS), National Archives and Records Administration, 8601 Adelphi Road, College Park, MD 20740,
ogis@nara.gov, for dispute resolution services.</p>
<p>Region 3 FOIA Office</p>
</body></html>""", subtype='html')
MSGS.append(entry('epa-r3-pal-extension', '2026-10-09 10:30 -0400', 'REQ-014', 'extension',
                  'EPA R3 takes the 10-working-day unusual-circumstances extension and gives an estimated completion date of 01/29/2027',
                  'HTML PAL correspondence with OGIS paragraph and long estimated date; modeled on EPA PAL extension correspondence',
                  m, tracking='EPA-R3-2026-005530', clock='extension', estimated='2027-01-29', signals=['subject', 'tracking']))

# 32 MassDEP clarification through NextRequest message
m = new('Massachusetts Department of Environmental Protection <massdep@mail.nextrequest.com>', INBOX,
        '[Records Request] A message was sent to you regarding record request #26-1409', '2026-10-14 11:00 -0400',
        mid('nr-massdep-1409-msg', 'mail.nextrequest.com'))
m.set_content("""A message was sent to you regarding record request #26-1409:

"Hello - before we begin our search, can you please clarify the scope of your request? PFAS6 sample
results for all public water systems are already available for download from the Energy & Environmental
Affairs Data Portal, so we assume you are NOT asking for the lab results themselves. Are you seeking
(a) Notices of Violation and enforcement correspondence, (b) the Tier 1/Tier 2 public notices the systems
filed with MassDEP, or (c) both? Also, should we include non-community water systems (schools, daycares)?
If we do not hear back from you within 10 business days, we may close the request.
- Central Regional Office, Drinking Water Program"

View request #26-1409: https://massdep.nextrequest.com/requests/26-1409

Please respond through the portal; replies to this email are not monitored.
""")
MSGS.append(entry('massdep-nextrequest-clarify', '2026-10-14 11:00 -0400', 'REQ-006', 'clarification',
                  'MassDEP asks whether we want NOVs, public notices or both, and about non-community systems; may close in 10 business days',
                  'portal message wrapper carrying a staff clarification; modeled on NextRequest "A message was sent to you" notices',
                  m, tracking='26-1409', signals=['subject', 'tracking']))

# 33 NYSDEC extension with a new date (quotes nothing; threaded)
m = new('DEC FOIL <foil@dec.ny.gov>', plus('REQ-003'), 'RE: FOIL Request R004417-090926 - Acknowledgment',
        '2026-10-14 15:20 -0400', outlook_mid('nysdec-ext-4417'), in_reply_to=outlook_mid('nysdec-ack-4417'),
        references=rmid('REQ-003') + ' ' + outlook_mid('nysdec-ack-4417'),
        extra=outlook_headers('nysdec-ext-4417', 'FOIL Request R004417-090926 - Acknowledgment'))
m.set_content("""Dear Requester,

Re: FOIL # R004417-090926

The Department continues to search for and review records responsive to your request. Region 4 has
identified approximately 60 spill case files for the Port of Albany terminals, several of which relate
to open investigations and require review before release.

The Department needs additional time and now anticipates providing a response, which may be in
installments, on or before November 12, 2026.

Records Access Office
NYS Department of Environmental Conservation
""")
MSGS.append(entry('nysdec-extension', '2026-10-14 15:20 -0400', 'REQ-003', 'extension',
                  'DEC needs more time and now anticipates a response by Nov 12 (installments possible); NY +20 business days on the current due date',
                  'FOIL date-certain update replying in the acknowledgment thread; modeled on NYS agency FOIL extension emails',
                  m, tracking='R004417-090926', clock='extension', estimated='2026-11-12', signals=['thread', 'plus', 'tracking']))

# 34 EPA Region 2 referral of the TSCA request to Headquarters (other)
m = new('R2 FOIA <r2foia@epa.gov>', plus('REQ-015'), 'RE: ' + REQ['REQ-015']['subject'], '2026-10-15 13:40 -0400',
        outlook_mid('epa-r2-referral'), in_reply_to=rmid('REQ-015'), references=rmid('REQ-015'),
        extra=outlook_headers('epa-r2-referral', REQ['REQ-015']['subject']))
m.set_content("""Dear Records Desk:

Re: EPA-R2-2027-000213

Submissions under section 8(e) of the Toxic Substances Control Act, and any associated confidential
business information (CBI) claims, are received and maintained by the Office of Chemical Safety and
Pollution Prevention (OCSPP) at EPA Headquarters, not by Region 2. Region 2 has therefore transferred
your request to the National FOIA Office at Headquarters, which will assign a new tracking number and
respond to you directly. Region 2 has closed its file.

TSCA CBI may only be disclosed as permitted by TSCA section 14, so Headquarters will coordinate with
OCSPP's CBI program on any responsive records.

Region 2 FOIA Office
""")
MSGS.append(entry('epa-r2-transfer-to-hq', '2026-10-15 13:40 -0400', 'REQ-015', 'other',
                  'Region 2 transfers the TSCA 8(e) request to EPA Headquarters (OCSPP) and closes its file; HQ to assign a new number',
                  'transfer/referral notice within the agency; modeled on EPA regional transfers to the National FOIA Office',
                  m, tracking='EPA-R2-2027-000213', signals=['thread', 'plus', 'tracking']))

# 35 PA DEP final response: granted, records at the regional office by file review or copies for a fee
m = new('PA DEP Right-to-Know <RA-EPRTK@pa.gov>', plus('REQ-008'), 'RTK-2026-1187 Final Response',
        '2026-10-16 16:30 -0400', outlook_mid('padep-final-1187'), in_reply_to=rmid('REQ-008'), references=rmid('REQ-008'),
        extra=outlook_headers('padep-final-1187', 'RTK-2026-1187 Final Response'))
m.set_content("""Dear Requester:

Re: RTK-2026-1187 - FINAL RESPONSE

Your request is GRANTED.

1. Inspection reports for the well pads and compressor stations you listed are public and can be
   viewed and downloaded without charge through the Oil and Gas Compliance Report and eFACTS
   (search by site ID; a list of 47 site IDs is attached as a spreadsheet).

2. The notices of violation, consent assessments of civil penalty and related correspondence
   (about 4,100 pages, partly on paper) are available for inspection at the Southwest Regional
   Office, 400 Waterfront Drive, Pittsburgh, through the Department's file review program.
   To schedule, contact the SWRO File Review Coordinator at 412-442-XXXX. If you prefer copies,
   paper copies are $0.25 per page and must be prepaid.

No records have been withheld. This completes the Department's response.

DEP Right-to-Know Office
""")
m.add_attachment(b'site_id,facility,municipality\n781120,Wind Ridge Pad 4,Richhill Twp\n781344,Ryerson CS,Morris Twp\n',
                 maintype='text', subtype='csv', filename='RTK-2026-1187_site_ids.csv')
MSGS.append(entry('padep-final-file-review', '2026-10-16 16:30 -0400', 'REQ-008', 'records_final',
                  'PA DEP grants in full: inspection reports online, NOVs by file review at SWRO or copies at $0.25/page; completes the response',
                  'final grant that delivers access by file review instead of copies; modeled on PA DEP RTK final responses pointing to eFACTS and regional file reviews',
                  m, tracking='RTK-2026-1187', signals=['thread', 'plus', 'tracking']))

# 36 PA DEP Northcentral: extension for the methane migration request (number without a space)
m = new('PA DEP Right-to-Know <RA-EPRTK@pa.gov>', plus('REQ-016'), 'RE: ' + REQ['REQ-016']['subject'],
        '2026-10-20 09:30 -0400', outlook_mid('padep-ext-1390'), in_reply_to=rmid('REQ-016'), references=rmid('REQ-016'),
        extra=outlook_headers('padep-ext-1390', REQ['REQ-016']['subject']))
m.set_content("""Dear Requester:

The Department received your Right-to-Know request (RTK2026-1390) on October 13, 2026. The responsive
records, if any, are maintained by the Northcentral Regional Office in Williamsport and the Office of
Oil and Gas Management.

Pursuant to 65 P.S. 67.902, the Department needs up to thirty additional days to respond because the
request requires a search of records kept at a regional office and legal review. You can expect a
response on or before November 19, 2026.

DEP Right-to-Know Office
""")
MSGS.append(entry('padep-extension-ncro', '2026-10-20 09:30 -0400', 'REQ-016', 'extension',
                  'PA DEP 902 extension for the Northcentral request (received Oct 13, number RTK2026-1390), response by Nov 19',
                  'extension in the body with the number written without a space; modeled on PA DEP interim responses',
                  m, tracking='RTK2026-1390', clock='extension', estimated='2026-11-19',
                  signals=['thread', 'plus', 'tracking-new']))

# 37 NYSDEC Region 7 fee estimate, or file review at no cost
m = new('Brandt, Evelyn (DEC) <Evelyn.Brandt@dec.ny.gov>', plus('REQ-004'), 'FOIL R004630-092226 - cost of copies',
        '2026-10-20 14:50 -0400', outlook_mid('nysdec-fee-4630'), cc='DEC FOIL <foil@dec.ny.gov>',
        extra=outlook_headers('nysdec-fee-4630', 'FOIL R004630-092226 - cost of copies'))
m.set_content("""Hello,

I'm the Region 7 records liaison working on FOIL R004630-092226 (Tallmadge Hollow Landfill).

The Materials Management files for the landfill run to roughly 2,400 pages of paper, most of which
have not been scanned. Under Public Officers Law 87(1)(b)(iii) the fee for paper copies is $0.25 per
page, so copies of the full file would cost approximately $600.00. We would need a check payable to
"NYS Department of Environmental Conservation" before copying.

Alternatively, you are welcome to review the file at the Region 7 office (615 Erie Blvd West,
Syracuse) at no charge and select only the pages you want copied. Please let me know within 30 days
which option you prefer, or whether you would like to narrow the request; we will hold the request
until then.

Evelyn Brandt
Region 7 - Division of Materials Management
NYS DEC
""")
MSGS.append(entry('nysdec-fee-estimate', '2026-10-20 14:50 -0400', 'REQ-004', 'fee_estimate',
                  'DEC Region 7 estimates $600 for 2,400 pages of paper copies (prepayment) or free file review; request held',
                  'regional staffer fee estimate with a file-review alternative, no threading headers; modeled on NYSDEC regional FOIL practice',
                  m, tracking='R004630-092226', signals=['plus', 'tracking']))

# 38 NJDEP final response after the file review: copies released, some records withheld (ACD, security)
m = new('Records Access - NJDEP <records.access@dep.nj.gov>', plus('REQ-001'), 'OPRA W312845 - Final Response',
        '2026-10-22 12:00 -0400', mid('njdep-final-312845', 'dep.nj.gov'), in_reply_to=rmid('REQ-001'), references=rmid('REQ-001'))
m.set_content("""Re: OPRA Request No. W312845 - FINAL RESPONSE

Dear Records Desk:

Following your file review on October 14, 2026, the 412 pages you flagged have been scanned and are
available for download for 14 days at https://sft.dep.nj.gov/w/8Rtn2YcqMw0A. No copying charge applies
because the scans were made from records already in electronic form or under $1.00 in total.

The following records were withheld, in whole or in part:
  - Internal draft comments on the 2023 ACO amendment and remedial action workplan review memos,
    as inter-agency or intra-agency advisory, consultative or deliberative (ACD) material, N.J.S.A. 47:1A-1.1;
  - Portions of the facility's Discharge Prevention, Containment and Countermeasure (DPCC) plan showing
    site security measures and tank-farm vulnerabilities, N.J.S.A. 47:1A-1.1 (security and surveillance
    exemptions) and Executive Order No. 21 (McGreevey 2002).

This completes the Department's response to OPRA request W312845.

If you believe access was improperly denied, you may file an action in Superior Court or a complaint with
the Government Records Council within 45 days of this determination.

Records Access Unit, Office of Records Access, NJDEP
""")
MSGS.append(entry('njdep-final-withholdings', '2026-10-22 12:00 -0400', 'REQ-001', 'records_final',
                  'NJDEP completes W312845 after the file review: 412 scanned pages by link, ACD and security portions withheld; 45-day challenge window',
                  'final OPRA response with partial withholdings and a download link; modeled on NJDEP Records Access final letters',
                  m, tracking='W312845', adverse=True, signals=['thread', 'plus', 'tracking']))

# 39 Maine DEP fee estimate, forwarded by a colleague (the agency wrote to her directly)
m = new('Dana Whitcomb <dana.whitcomb@records.example.org>', INBOX, 'Fwd: FOAA-26-0412 - cost estimate',
        '2026-10-23 08:15 -0400', mid('fwd-medep-fee', 'records.example.org'))
m.set_content("""Morning - this went to me instead of the desk (I think because I called them about it last
week). Can someone handle? Dana

---------- Forwarded message ---------
From: Pelletier, Jolene <Jolene.Pelletier@maine.gov>
Date: Thu, Oct 22, 2026 at 4:48 PM
Subject: FOAA-26-0412 - cost estimate
To: Dana Whitcomb <dana.whitcomb@records.example.org>
Cc: DEP FOAA <dep.foaa@maine.gov>


Hi Dana,

As we discussed, here is the Department's estimate for FOAA-26-0412 (land application sites and PFAS
soil results). We estimate 11.5 hours of staff time to search, retrieve and compile the site files and
remove private well owner information. Under 1 M.R.S. 408-A(8), the first two hours are free and the
remaining 9.5 hours are charged at $25.00/hour, for an estimated total of $237.50, plus no copying
costs if you accept electronic records.

Because the estimate exceeds $100, the Department requires payment in advance before it proceeds.
Please let me know whether you would like to proceed, or narrow the request (for example to Kennebec
County only).

Jolene Pelletier
Public Access Officer, Maine DEP
""")
MSGS.append(entry('fwd-medep-fee-estimate', '2026-10-23 08:15 -0400', 'REQ-011', 'fee_estimate',
                  'colleague forwards Maine DEP estimate of $237.50 (9.5 h at $25) with advance payment required',
                  'inline Gmail-style forward by a colleague of an agency fee estimate; modeled on Maine FOAA 408-A(8) estimates',
                  m, tracking='FOAA-26-0412', signals=['tracking']))

# 40 PA DEP eNOTICE about a permit application in Greene County (unrelated)
m = new('DEP eNOTICE <ra-epenotice@pa.gov>', INBOX, 'eNOTICE: Application Received - Greene County',
        '2026-10-26 07:00 -0400', mid('enotice-greene-1026', 'pa.gov'), extra=[('Precedence', 'bulk')])
m.set_content("""DEP eNOTICE

The following application was received by the Department in an area you are watching:

  Application No.:  OG-GP5-30-00122B
  Type:             Air Quality General Permit GP-5A, Unconventional natural gas well site
  Applicant:        Ridgeline Midstream LLC
  Site:             Wind Ridge Pad 7, Richhill Township, Greene County
  Office:           Southwest Regional Office
  Received:         10/23/2026

Track this application in eFACTS. To change your eNOTICE subscriptions, log in to your DEP account.
This is an automated message; please do not reply.
""")
MSGS.append(entry('padep-enotice-null', '2026-10-26 07:00 -0400', None, 'other',
                  'PA DEP eNOTICE about a new Greene County permit application; subscription alert, not about our RTK request',
                  'automated subscription alert from the same agency and county as REQ-008; modeled on PA DEP eNOTICE emails',
                  m, signals=['none']))
