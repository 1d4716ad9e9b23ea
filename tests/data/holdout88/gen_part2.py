"""Part 2: mid/late September 2026."""
from gen_common import *

MSGS = []

# 11 NJDEP partial response: PFAS data via secure link now, ACO / case files by file review appointment
m = new('Records Access - NJDEP <records.access@dep.nj.gov>', plus('REQ-001'),
        'OPRA W312845 - Partial Response / File Review Required', '2026-09-16 11:05 -0400',
        mid('njdep-interim-312845', 'dep.nj.gov'), in_reply_to=rmid('REQ-001'), references=rmid('REQ-001'))
m.set_content("""Re: OPRA Request No. W312845
Mantua Creek fluoropolymer plant, Greenwich Township, Gloucester County
Program Interest (PI) No. 004419 / SRP Case No. 19-03-22-1412-55

Dear Records Desk:

This is the Department's response to part of the above OPRA request.

1. PFAS sampling results (groundwater, surface water, private potable wells) 2019-2026.
   These are provided electronically. Because the combined files (EDD spreadsheets, lab
   packages and GIS layers) total about 3.4 GB, they are available through the NJDEP
   secure file transfer site for 14 days:

   https://sft.dep.nj.gov/w/3Ukq9vPZx2Lm  (access code sent separately by text)

2. Administrative Consent Order (2021) and amendments, Site Remediation case file,
   compliance correspondence. These records are maintained in hard copy (approximately
   22 boxes) and are too voluminous to be copied in the time permitted. Pursuant to
   N.J.S.A. 47:1A-5(d) and the Department's practice for large Site Remediation files,
   they are being made available for inspection at a file review appointment at
   401 East State Street, Trenton. Please call Records Access at 609-292-XXXX or reply
   to this email with two or three dates that work for you. Copies of pages you select
   at the review are $0.05 per letter-size page, or you may bring a scanner.

The remainder of your request will remain open until the file review is completed.

Records Access Unit
Office of Records Access, NJDEP
""")
MSGS.append(entry('njdep-partial-file-review', '2026-09-16 11:05 -0400', 'REQ-001', 'records_interim',
                  'NJDEP releases PFAS data via secure transfer link and offers a file review appointment for the ACO case files; request stays open',
                  'large data set by link plus file review instead of copies; modeled on NJDEP Records Access partial responses for Site Remediation files',
                  m, tracking='W312845', signals=['thread', 'plus', 'tracking']))

# 12 PA DEP 30-day extension (interim response), PDF letter
m = new('PA DEP Right-to-Know <RA-EPRTK@pa.gov>', plus('REQ-008'), 'RTK-2026-1187 Interim Response',
        '2026-09-16 15:30 -0400', outlook_mid('padep-ext-1187'), in_reply_to=rmid('REQ-008'), references=rmid('REQ-008'),
        extra=outlook_headers('padep-ext-1187', 'RTK-2026-1187 Interim Response'))
m.set_content('Please see attached.\n\nDEP Right-to-Know Office\n')
attach_pdf(m, [
    'COMMONWEALTH OF PENNSYLVANIA', 'DEPARTMENT OF ENVIRONMENTAL PROTECTION', '', 'September 16, 2026', '',
    'Re: Right-to-Know Request RTK-2026-1187 - INTERIM RESPONSE', '', 'Dear Requester:', '',
    'This letter is the Department\'s interim response to the above request, deemed received on',
    'September 9, 2026. Pursuant to Section 902(b) of the Right-to-Know Law, 65 P.S. Section 67.902(b),',
    'the Department requires up to thirty (30) additional days to respond because:', '',
    '  [X] the request requires retrieval of records stored in a remote location (Southwest Regional Office);',
    '  [X] a timely response cannot be accomplished due to bona fide and specified staffing limitations;',
    '  [X] legal review is necessary to determine whether the records are subject to access;',
    '  [ ] the requester has not complied with the agency\'s policies regarding access.', '',
    'The Department expects to respond on or before October 16, 2026.', '',
    'Please note that many inspection records for oil and gas facilities are publicly available',
    'through the Department\'s eFACTS and Oil and Gas Compliance Report web applications.', '',
    'Sincerely,', 'DEP Right-to-Know Office'], 'RTK-2026-1187 Interim Response.pdf', 'Interim Response')
MSGS.append(entry('padep-30day-extension', '2026-09-16 15:30 -0400', 'REQ-008', 'extension',
                  'PA DEP invokes the Section 902 30-day extension, expects to respond by Oct 16; PA +30 calendar days on the current due date',
                  'PA RTKL interim response with checkbox reasons in a PDF; modeled on Commonwealth agency 902(b) letters',
                  m, tracking='RTK-2026-1187', clock='extension', estimated='2026-10-16',
                  signals=['thread', 'plus', 'tracking']))

# 13 Vermont ANR acknowledgment with received date, ANR tracking number
m = new('Lamoille, Heather <Heather.Lamoille@vermont.gov>', plus('REQ-010'),
        'RE: ' + REQ['REQ-010']['subject'] + ' [ANR-26-0213]', '2026-09-17 09:20 -0400', outlook_mid('vtanr-ack'),
        cc='ANR Public Records <anr.publicrecords@vermont.gov>', in_reply_to=rmid('REQ-010'), references=rmid('REQ-010'),
        extra=outlook_headers('vtanr-ack', REQ['REQ-010']['subject']))
m.set_content("""Good morning,

The Agency of Natural Resources received your public records request on September 16, 2026.
It has been logged as ANR-26-0213 and routed to the Department of Environmental Conservation,
Waste Management & Prevention Division (Solid Waste Program) and the Watershed Management
Division (pretreatment).

Under 1 V.S.A. 318 the Agency will respond within three business days, or will let you know if
unusual circumstances require additional time.

Heather Lamoille
Public Records Officer
Vermont Agency of Natural Resources
1 National Life Drive, Montpelier, VT 05620
""")
MSGS.append(entry('vtanr-ack', '2026-09-17 09:20 -0400', 'REQ-010', 'acknowledgment',
                  'ANR records officer confirms receipt Sept 16 (= sent) and logs ANR-26-0213; VT 3 business days',
                  'named state staffer reply with number appended to subject in brackets; modeled on Vermont ANR records-officer emails',
                  m, tracking='ANR-26-0213', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new']))

# 14 Maine DEP JustFOIA acknowledgment, HTML only
m = new('Maine Department of Environmental Protection <mainedep@justfoia.com>', INBOX,
        'Request FOAA-26-0412 Received', '2026-09-17 13:02 -0400', mid('justfoia-me-0412', 'justfoia.com'))
m.set_content("""<html><body style="font-family:Arial;font-size:10pt">
<table width="600" cellpadding="8" style="border:1px solid #bbb">
<tr><td style="background:#00467f;color:#fff"><b>Maine DEP &ndash; Freedom of Access Act Requests</b></td></tr>
<tr><td>
<p>Hello Records Desk,</p>
<p>Your Freedom of Access Act request has been received by the Maine Department of Environmental Protection.</p>
<p><b>Request #:</b> FOAA-26-0412<br>
<b>Received:</b> 09/17/2026<br>
<b>Summary:</b> Licensed sludge and septage land application sites and PFAS soil sampling results,
Kennebec and Somerset counties.</p>
<p>As required by 1 M.R.S. &sect; 408-A, the Department will acknowledge your request and provide a good
faith, nonbinding estimate of the time within which it will respond within five working days.</p>
<p><a href="https://mainedep.justfoia.com/publicportal/home/track">Track your request</a></p>
</td></tr>
<tr><td style="font-size:8pt;color:#777">This is an automated notification from JustFOIA. Please do not reply.</td></tr>
</table></body></html>""", subtype='html')
MSGS.append(entry('medep-justfoia-ack', '2026-09-17 13:02 -0400', 'REQ-011', 'acknowledgment',
                  'JustFOIA confirms Maine DEP FOAA request received 09/17/2026 (= sent), FOAA-26-0412; ME 5 business days',
                  'HTML-only JustFOIA receipt; modeled on JustFOIA public-portal notifications used by state agencies',
                  m, tracking='FOAA-26-0412', clock='received_on_sent_date', signals=['subject', 'tracking-new']))

# 15 CT DEEP staffer: file room, wants a phone call (other)
m = new('Doucette, Paul <Paul.Doucette@ct.gov>', plus('REQ-007'), 'RE: ' + REQ['REQ-007']['subject'],
        '2026-09-21 10:30 -0400', outlook_mid('ctdeep-call'), in_reply_to=rmid('REQ-007'), references=rmid('REQ-007'),
        extra=outlook_headers('ctdeep-call', REQ['REQ-007']['subject']))
m.set_content("""Hi again,

Waste Engineering pulled the transfer station file. It's about nine linear feet of paper
(permit application volumes from the original 2004 permit plus the 2019 modification), and
the inspection reports are mostly in the division's database.

Rather than email back and forth, could you give me a call at 860-424-XXXX when you have a
minute? Most people with a file this size come in and look through it in the file room and
flag what they want copied, but I want to make sure I understand what you actually need
before we start scanning.

Thanks,
Paul
""")
MSGS.append(entry('ctdeep-call-request', '2026-09-21 10:30 -0400', 'REQ-007', 'other',
                  'DEEP liaison describes a 9-linear-foot paper file and asks us to call him before scanning; no determination',
                  'informal staff email asking for a phone call and floating a file-room visit; modeled on CT DEEP file room practice',
                  m, signals=['thread', 'plus']))

# 16 Vermont ANR unusual-circumstances extension, new date
m = new('Lamoille, Heather <Heather.Lamoille@vermont.gov>', plus('REQ-010'),
        'RE: ' + REQ['REQ-010']['subject'] + ' [ANR-26-0213]', '2026-09-21 15:55 -0400', outlook_mid('vtanr-ext'),
        in_reply_to=rmid('REQ-010'), references=rmid('REQ-010'),
        extra=outlook_headers('vtanr-ext', REQ['REQ-010']['subject']))
m.set_content("""Hello,

I am writing about ANR-26-0213. Under 1 V.S.A. 318(a)(5), unusual circumstances apply to your
request: the records are held by two separate divisions, and some of the older leachate
reports are in offsite storage at the State Records Center in Middlesex. The Agency will
therefore need up to ten additional business days and expects to respond by October 5, 2026.

If you would like to narrow the request (for example to 2022 forward), we could likely
respond sooner.

Heather Lamoille
Public Records Officer, Vermont Agency of Natural Resources
""")
MSGS.append(entry('vtanr-extension', '2026-09-21 15:55 -0400', 'REQ-010', 'extension',
                  'ANR invokes unusual circumstances (+10 business days), expects to respond by Oct 5',
                  'short state extension email citing the statute and offering to narrow; modeled on Vermont 1 V.S.A. 318 notices',
                  m, tracking='ANR-26-0213', clock='extension', estimated='2026-10-05',
                  signals=['thread', 'plus', 'tracking']))

# 17 NJDEP clarification: OPRA requires identifiable records (quotes our request)
req2 = """Pursuant to the Open Public Records Act, N.J.S.A. 47:1A-1 et seq., we request copies of all DEP
Hotline incident reports concerning spills, discharges or releases in Perth Amboy and Sayreville,
including the Raritan River and Arthur Kill waterfront, from January 1, 2024 to the present."""
m = new('NJDEP OPRA <opra@dep.nj.gov>', plus('REQ-002'), 'RE: OPRA Request W313302 - Request for Clarification',
        '2026-09-22 13:30 -0400', mid('njdep-clar-313302', 'dep.nj.gov'), in_reply_to=rmid('REQ-002'),
        references=rmid('REQ-002'))
m.set_content("""Dear Requestor:

The Department is in receipt of your OPRA request W313302. As written, the request asks for
"all" Hotline incident reports for two municipalities over nearly three years. The Communications
Center logged more than 1,900 calls from these municipalities during that period, most of which
are odor and abandoned-drum complaints unrelated to discharges to water.

OPRA requires a requestor to identify the specific government records sought; a custodian is
not required to conduct research (MAG Entertainment, LLC v. Division of Alcoholic Beverage
Control, 375 N.J. Super. 534 (App. Div. 2005)). Please clarify your request by providing one or
more of the following: incident numbers, specific facility names or Block/Lot, a narrower date
range, or the incident type (e.g., petroleum discharge to surface water).

If we do not receive a response within 10 business days, the request may be closed.

Records Custodian
NJ Department of Environmental Protection
""" + quote(req2, 'Records Desk <records+req-002@records.example.org>', 'Tue, Sep 15, 2026 at 9:14 AM'))
MSGS.append(entry('njdep-clarification', '2026-09-22 13:30 -0400', 'REQ-002', 'clarification',
                  'NJDEP says "all Hotline reports" is not an identifiable record and asks for incident numbers, facilities or narrower dates',
                  'OPRA clarification citing MAG Entertainment, quoting our request; modeled on NJ custodian clarification letters',
                  m, tracking='W313302', signals=['thread', 'plus', 'tracking']))

# 18 EPA Region 2 PAL acknowledgment (multipart)
txt = """Your FOIA request has been successfully submitted.

Tracking Number: EPA-R2-2026-007115
Submitted On: 09/23/2026
Assigned To: Region 2 (New York)
Description: Correspondence and sampling data, Hackensack River chromium sites, 2016-2026

EPA will send you an acknowledgment letter and will contact you if it needs clarification or
if fees will exceed your stated fee limit.

Log in to the FOIA Public Access Link to check status.
"""
m = new('FOIA Public Access Link <foiapal-noreply@epa.gov>', INBOX, 'FOIA Request Submitted: EPA-R2-2026-007115',
        '2026-09-23 14:10 -0400', mid('pal-r2-7115', 'foiapal.epa.gov'))
m.set_content(txt)
m.add_alternative('<html><body style="font-family:Verdana;font-size:9pt"><p>Your FOIA request has been successfully submitted.</p>'
                  '<p>Tracking Number: <b>EPA-R2-2026-007115</b><br>Submitted On: 09/23/2026<br>Assigned To: Region 2 (New York)<br>'
                  'Description: Correspondence and sampling data, Hackensack River chromium sites, 2016-2026</p>'
                  '<p>EPA will send you an acknowledgment letter and will contact you if it needs clarification or if fees '
                  'will exceed your stated fee limit.</p></body></html>', subtype='html')
MSGS.append(entry('epa-r2-pal-submitted', '2026-09-23 14:10 -0400', 'REQ-013', 'acknowledgment',
                  'PAL confirms submission on 09/23/2026 (= sent), Region 2, EPA-R2-2026-007115; 20 business days',
                  'PAL "successfully submitted" receipt (multipart/alternative) from the shared EPA no-reply address; modeled on FOIAXpress PAL',
                  m, tracking='EPA-R2-2026-007115', clock='received_on_sent_date', signals=['subject', 'tracking-new']))

# 19 MassDEP extension letter; the request number appears only in the attachment's file name
m = new('MassDEP Public Records <massdep.publicrecords@mass.gov>', plus('REQ-005'), 'Response to your public records request',
        '2026-09-24 10:00 -0400', outlook_mid('massdep-ext-1183'),
        extra=outlook_headers('massdep-ext-1183', 'Response to your public records request'))
m.set_content("""Good morning,

Please find attached MassDEP's response to your public records request regarding wastewater
treatment facilities in the Merrimack River watershed.

Regards,
Office of General Counsel - Public Records
Massachusetts Department of Environmental Protection
100 Cambridge Street, Suite 900, Boston, MA 02114
""")
attach_pdf(m, [
    'COMMONWEALTH OF MASSACHUSETTS', 'EXECUTIVE OFFICE OF ENERGY & ENVIRONMENTAL AFFAIRS',
    'DEPARTMENT OF ENVIRONMENTAL PROTECTION', '', 'September 24, 2026', '', 'Records Desk (via email)', '',
    'Re: Public Records Request received September 10, 2026', '', 'Dear Requester:', '',
    'MassDEP has received your request for notices of noncompliance and administrative consent orders',
    'issued to wastewater treatment facilities in the Merrimack River watershed from 2022 to present.',
    'Responsive records are held by the Northeast Regional Office (Wilmington), the Central Regional',
    'Office (Worcester) and the Bureau of Water Resources. A preliminary search indicates roughly',
    '1,800 documents, some of which must be reviewed for exemptions under G.L. c. 4, s. 7(26).', '',
    'Pursuant to G.L. c. 66, s. 10(b)(vi), MassDEP will require additional time to produce the records',
    'and anticipates producing them on a rolling basis, with production complete by October 30, 2026.', '',
    'MassDEP may assess a reasonable fee for time spent segregating or redacting records beyond the first',
    'four hours. If a fee applies, MassDEP will provide a written estimate before incurring costs.', '',
    'You may appeal this response to the Supervisor of Records (950 CMR 32.08).', '',
    'Sincerely,', 'Records Access Officer, MassDEP'], '26-1183 MassDEP Response Letter.pdf', 'Response Letter')
MSGS.append(entry('massdep-extension-filename-only', '2026-09-24 10:00 -0400', 'REQ-005', 'extension',
                  'MassDEP needs more time under c.66 s.10(b)(vi), production by Oct 30; hedged possible fee; number 26-1183 only in the PDF file name; MA has no extension days in the table, so no due',
                  'no threading headers, generic subject, tracking number only in the attachment name; modeled on MassDEP 10-day response letters',
                  m, tracking='26-1183', clock=None, estimated='2026-10-30', signals=['plus', 'tracking-filename', 'subject']))

# 20 Maine DEP good-faith time estimate (hedged fee)
m = new('Pelletier, Jolene <Jolene.Pelletier@maine.gov>', INBOX, 'FOAA-26-0412 - time estimate',
        '2026-09-24 15:15 -0400', outlook_mid('medep-est'), cc='DEP FOAA <dep.foaa@maine.gov>',
        extra=outlook_headers('medep-est', 'FOAA-26-0412 - time estimate'))
m.set_content("""Dear Records Desk,

Thank you for your Freedom of Access Act request to the Department of Environmental Protection
(FOAA-26-0412). Your request involves the Residuals Utilization Unit's files for roughly 600 licensed
land application sites plus the PFAS soil results compiled since 2022, so it will take some time to
assemble.

Per 1 M.R.S. 408-A(3), our good faith, nonbinding estimate is that the Department will complete its
response by November 20, 2026. We may be able to provide records in installments.

Please be aware that the Department may charge for staff time after the first two hours and may
require payment in advance if the total is expected to exceed $100. We will let you know before any
charges are incurred.

Jolene Pelletier
Public Access Officer, Maine DEP
17 State House Station, Augusta, ME 04333
""")
MSGS.append(entry('medep-time-estimate', '2026-09-24 15:15 -0400', 'REQ-011', 'extension',
                  'Maine DEP gives a good-faith estimate to finish by Nov 20 and says fees may apply; ME table has no extension days, so no due',
                  'FOAA 408-A(3) time estimate with hedged "may charge"; modeled on Maine public access officer letters',
                  m, tracking='FOAA-26-0412', estimated='2026-11-20', signals=['tracking']))
