D = dt.date
R = REQS
# ---------------- September ----------------
add('2026-09-01', '16:40', 'E', 'NYC OpenRecords <noreply@records.nyc.gov>',
    'OpenRecords Request FOIL-2026-063-04471 Acknowledged', req='REQ-05', kind='acknowledgment',
    tracking_number='FOIL-2026-063-04471', due_rule='ack', estimated=D(2026, 10, 14),
    why='OpenRecords acknowledgment from New York City Housing Authority with approximate response date',
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p><b>NYC OpenRecords</b></p>
<p>Your request <a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-063-04471">FOIL-2026-063-04471</a>
has been acknowledged by the <b>New York City Housing Authority</b>.</p>
<p>Title: Heat and hot water outage work orders, Queensbridge Houses</p>
<p>The agency will respond on or about <b>10/14/2026</b>. This date may change; you will be notified if it does.</p>
<p>Please do not reply to this email. To send a message to the agency, log in to OpenRecords and use the
"Contact the Agency" link on the request page.</p>
<p style="color:#777">NYC OpenRecords &middot; Mayor's Office of Operations</p></body></html>""")

add('2026-09-03', '09:12', 'E', 'HUD FOIA Branch <foia@hud.gov>',
    'RE: ' + R['REQ-01']['subject'], req='REQ-01', irt=True, kind='acknowledgment',
    tracking_number='26-FI-HQ-00412', due_rule='ack',
    why='HUD acknowledgment threaded to our request, assigns 26-FI-HQ-00412',
    text="""Good morning,

This acknowledges receipt of your Freedom of Information Act (FOIA) request dated September 2, 2026,
received in the FOIA Branch on the same date. Your request has been assigned control number
26-FI-HQ-00412 and has been placed in the complex processing track.

You requested: "REAC physical inspection scores for HUD-assisted multifamily properties located in the five
boroughs of New York City, calendar years 2023 through 2026."

We have forwarded your request to the Office of Public and Indian Housing and the Office of Multifamily
Housing for a search. Please cite the control number above in any correspondence. You may check the status of
your request at FOIA.gov or by contacting our FOIA Public Liaison at (202) 555-0148.

Sincerely,
FOIA Branch
Office of the Executive Secretariat
U.S. Department of Housing and Urban Development
""" + quote('REQ-01', sent_day='Wed, Sep 2, 2026'))

add('2026-09-03', '11:02', 'E', 'CFPB FOIA <FOIA@consumerfinance.gov>',
    'Automatic reply: ' + R['REQ-03']['subject'], req='REQ-03', kind='auto_reply',
    hdr={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'},
    why='Mailbox auto-responder on the CFPB FOIA box, no number, no substance',
    text="""Thank you for contacting the Consumer Financial Protection Bureau's FOIA Office.

This is an automated message confirming that your email reached our mailbox. It is not an acknowledgment of a
FOIA request. If your message is a FOIA request, you will receive a separate acknowledgment with a tracking
number once it is logged.

If you are trying to submit a complaint about a financial product or service, please visit
consumerfinance.gov/complaint or call (855) 411-2372.
""")

add('2026-09-04', '07:00', 'E', 'Housing Court Answers Digest <digest@housingcourtwatch.example.net>',
    'This week in housing court: eviction filings up 9% in Queens', kind='other',
    why='Newsletter to the shared inbox, belongs to no request',
    text="""HOUSING COURT WATCH - Weekly Digest, September 4, 2026

* Eviction filings in Queens Housing Court rose 9% in August over July.
* The Right to Counsel coalition holds a hearing on Sept. 17 about attorney shortages.
* Reminder: NYCHA's heating season starts October 1. Tenants without heat can file a complaint via 311.

You are receiving this because you subscribed at a tenant organizing training.
Unsubscribe: https://housingcourtwatch.example.net/u/8821
""")

cfpb_ack_pdf = pdf("""CONSUMER FINANCIAL PROTECTION BUREAU
1700 G Street NW, Washington, DC 20552

September 8, 2026

Open Records Desk
Tenant Power Network
openrecords@tenantpower.example.org

Re: FOIA Request CFPB-2026-0271-F

Dear Requester:

The Consumer Financial Protection Bureau (CFPB) received your Freedom of Information Act request on
September 4, 2026. Your request was submitted after our business hours on September 3 and is therefore
considered received on the next business day. You seek consumer complaints, including complaint narratives,
submitted about tenant screening and consumer reporting companies concerning rental housing from January 1,
2024 to the present.

Your request has been assigned tracking number CFPB-2026-0271-F. We will make every effort to respond within
20 working days. If unusual circumstances require additional time, we will notify you in writing.

Your request for a fee waiver is under review. If fees are expected to exceed $25.00, we will contact you
before incurring them.

Sincerely,
FOIA Office
Consumer Financial Protection Bureau""")
add('2026-09-08', '14:21', 'E', 'CFPB FOIA <FOIA@consumerfinance.gov>',
    'CFPB FOIA Acknowledgment Letter', req='REQ-03', kind='acknowledgment', tracking_number='CFPB-2026-0271-F',
    due_rule='ack', received=D(2026, 9, 4),
    why='Ack in PDF; letter says received Sept 4 (after hours), not the Sept 3 send date',
    text='Please see the attached acknowledgment letter regarding your FOIA request.\n\nCFPB FOIA Office\n',
    att=[('CFPB-2026-0271-F_Acknowledgment.pdf', cfpb_ack_pdf, 'application/pdf')])

add('2026-09-10', '10:45', 'E', 'FHFA FOIA Office <foia@fhfa.gov>',
    'FHFA FOIA Request No. 2026-FOIA-058 - Acknowledgment', req='REQ-04', kind='acknowledgment',
    tracking_number='2026-FOIA-058', due_rule='ack', received=D(2026, 9, 9),
    why='FHFA ack, multipart; states received Sept 9 (request sent Sept 8)',
    text="""Dear Requester,

The Federal Housing Finance Agency (FHFA) Freedom of Information Act Office received your request on
September 9, 2026. It has been assigned FOIA number 2026-FOIA-058. Please refer to this number in future
communications.

You asked for records on tenant protection requirements that apply to multifamily properties financed by
Fannie Mae and Freddie Mac, including the 30-day notice to vacate requirement.

FHFA will respond within 20 working days unless unusual circumstances apply, in which case we will notify you.

FHFA FOIA Office
400 7th Street SW, Washington, DC 20219
""",
    html="""<html><body><p>Dear Requester,</p>
<p>The Federal Housing Finance Agency (FHFA) Freedom of Information Act Office received your request on
<b>September 9, 2026</b>. It has been assigned FOIA number <b>2026-FOIA-058</b>. Please refer to this number in
future communications.</p>
<p>You asked for records on tenant protection requirements that apply to multifamily properties financed by
Fannie Mae and Freddie Mac, including the 30-day notice to vacate requirement.</p>
<p>FHFA will respond within 20 working days unless unusual circumstances apply, in which case we will notify you.</p>
<p>FHFA FOIA Office<br>400 7th Street SW, Washington, DC 20219</p></body></html>""")

add('2026-09-11', '13:30', 'E', 'HUD FOIA Branch <foia@hud.gov>',
    'FOIA Acknowledgment - 26-FI-HQ-00447', to=R['REQ-02']['reply_address'], req='REQ-02',
    kind='acknowledgment', tracking_number='26-FI-HQ-00447', due_rule='ack',
    why='Second HUD request; new subject, sent to plus address, topic paraphrased (lead paint, NYCHA)',
    text="""Dear Requester:

The Department of Housing and Urban Development received your FOIA request on September 9, 2026, for
correspondence between HUD and the New York City Housing Authority concerning lead-based paint compliance and
the federal monitorship. The request has been assigned tracking number 26-FI-HQ-00447.

Your request has been referred to the Office of Lead Hazard Control and Healthy Homes and the Office of
General Counsel for a search for responsive records.

Regards,
HUD FOIA Branch
""")

add('2026-09-14', '15:55', 'C', 'DOB FOIA <dobfoia@cityofchicago.org>',
    'RE: ' + R['REQ-07']['subject'], req='REQ-07', irt=True, kind='acknowledgment',
    tracking_number='DOB-FOIA-26-1186', due_rule='ack',
    why='Chicago DOB acknowledgment with number, received date equals send date',
    text="""Good afternoon,

The Department of Buildings acknowledges receipt of your FOIA request, received 09/10/2026, and assigned
reference number DOB-FOIA-26-1186. A response is due within five business days of receipt under 5 ILCS 140/3(d).

Thank you,
FOIA Unit
City of Chicago - Department of Buildings
121 N. LaSalle St., Room 900
""")

add('2026-09-15', '08:02', 'E', 'Atlanta Open Records (NextRequest) <noreply@atlantaga.nextrequest.com>',
    '[Records Request] Request 26-1187 has been submitted', req='REQ-09', kind='acknowledgment',
    tracking_number='26-1187', due_rule='ack', received=D(2026, 9, 14),
    why='NextRequest creation notice confirms receipt on Sept 14 and gives number',
    html="""<html><body><div style="font-family:Helvetica,Arial">
<h3>City of Atlanta</h3>
<p>Your record request <b>#26-1187</b> has been submitted and routed to <b>Department of City Planning</b>.</p>
<p><i>Request text:</i> Code enforcement complaints, notices of violation and citations for apartment complexes
in NPU-V, January 2024 to present.</p>
<p>Received: September 14, 2026</p>
<p>Under the Georgia Open Records Act, O.C.G.A. &sect; 50-18-71(b)(1)(A), the City will respond within three
business days.</p>
<p><a href="https://atlantaga.nextrequest.com/requests/26-1187">View request 26-1187</a></p>
<p style="font-size:11px;color:#888">Please do not reply to this email.</p></div></body></html>""")

add('2026-09-17', '11:20', 'C', 'DOB FOIA <dobfoia@cityofchicago.org>',
    'FOIA DOB-FOIA-26-1186 - Extension of Time', req='REQ-07', kind='extension',
    tracking_number='DOB-FOIA-26-1186', due_rule='extend',
    why='Illinois 3(e) extension, additional five business days',
    text="""Re: FOIA Request DOB-FOIA-26-1186 (Westlawn Residential LLC)

Pursuant to Section 3(e) of the Illinois Freedom of Information Act, 5 ILCS 140/3(e), the Department of
Buildings is extending the time to respond to your request by five (5) business days. The extension is needed
because the requested records are stored in whole or in part at other locations than the office having charge
of the requested records, and the request requires the collection of a substantial number of specified records.

You will receive a response on or before September 24, 2026.

FOIA Officer
Department of Buildings
""", estimated=D(2026, 9, 24))

add('2026-09-17', '16:05', 'E', 'Atlanta City Planning - Open Records <openrecords@atlantaga.gov>',
    'RE: ORR 26-1187 code enforcement NPU-V', req='REQ-09', kind='extension', tracking_number='26-1187',
    due_rule='extend', estimated=D(2026, 10, 9),
    why='Georgia 3-day letter: records exist, timeline given; no statutory extension length so estimated only',
    text="""Good afternoon,

Regarding open records request 26-1187: the Department of City Planning has identified responsive records in the
Code Enforcement case management system. Because of the volume (over 1,400 cases for NPU-V in the date range),
the records are not available within three business days. As required by O.C.G.A. 50-18-71(b)(1)(A), this is to
describe the records and provide a timeline: we anticipate producing them on or before October 9, 2026.

Please note that some case files contain complainant names and phone numbers, which will be redacted.

Thank you,
Keisha Armstead
Open Records Coordinator, Department of City Planning
55 Trinity Avenue SW, Atlanta, GA 30303
""")

add('2026-09-18', '09:31', 'C', 'Houston Police Department <noreply@mycusthelp.net>',
    'Public Information Request :: W045512-091626', req='REQ-10', kind='acknowledgment',
    tracking_number='W045512-091626', due_rule='ack',
    why='GovQA acknowledgment for HPD from shared no-reply address',
    html="""<html><body><p>Dear Open Records Desk,</p>
<p>Thank you for your interest in public information from the <b>Houston Police Department</b>. Your request has
been received and is being processed in accordance with the Texas Public Information Act. Your request was
received in this office on 9/16/2026 and given the reference number <b>W045512-091626</b> for tracking purposes.</p>
<p>Records Requested: calls for service (CAD) to 8800 Bissonnet St, 6200 Gulfton St and 7300 Corporate Dr,
January 2024 to present.</p>
<p>You can monitor the progress of your request at the link below and you'll receive an email when your request
has been completed.</p>
<p><a href="https://houstontx.mycusthelp.net/WEBAPP/_rs/(S(x1))/RequestLogin.aspx">Public Records Center</a></p>
<p>Houston Police Department &ndash; Office of Public Affairs, Open Records Unit</p></body></html>""")

add('2026-09-18', '10:14', 'C', "Harris County Sheriff's Office <noreply@mycusthelp.net>",
    'Public Information Request :: R012873-091726', req='REQ-12', kind='acknowledgment',
    tracking_number='R012873-091726', due_rule='ack', received=D(2026, 9, 18),
    why='Same GovQA address, other agency; request filed after hours so received date is Sept 18',
    html="""<html><body><p>Dear Requester,</p>
<p>The Harris County Sheriff's Office has received your public information request. Because it was submitted
after 5:00 p.m. on 9/17/2026, it is considered received on the next business day, <b>9/18/2026</b>.
Reference number: <b>R012873-091726</b>.</p>
<p>Description: Writs of possession executed by the Civil Process Division, January 2025 to present.</p>
<p>HCSO Public Information Section</p></body></html>""")

bounce('2026-09-21', '10:03', 'E', 'REQ-13', 'foia@detroitmi.gov',
       '550 5.1.1 <foia@detroitmi.gov>: Recipient address rejected: User unknown in virtual mailbox table',
       kind='bounce', why='DSN for our outgoing Detroit request to a dead address')

add('2026-09-21', '17:12', 'E', 'NYC OpenRecords <noreply@records.nyc.gov>',
    'OpenRecords Request FOIL-2026-063-04471 Updated', req='REQ-05', kind='portal_notice',
    tracking_number='FOIL-2026-063-04471', why='OpenRecords update ping, no substance',
    html="""<html><body><p>Request <a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-063-04471">FOIL-2026-063-04471</a>
has been updated by the New York City Housing Authority.</p>
<p>Please log in to view the update.</p><p style="color:#777">Please do not reply to this email.</p></body></html>""")

add('2026-09-22', '14:48', 'E', 'BSEED FOIA <bseedfoia@detroitmi.gov>',
    'FOIA Request Received - DET-26-00917', req='REQ-13', kind='acknowledgment', tracking_number='DET-26-00917',
    due_rule='ack', received=D(2026, 9, 22),
    why='Detroit ack after our resend; states received Sept 22, not the Sept 21 original send',
    text="""Your Freedom of Information Act request was received by the Buildings, Safety Engineering and
Environmental Department on September 22, 2026 and assigned number DET-26-00917.

Subject: rental certificate of compliance inspections, 48205

Under MCL 15.235, the City will respond within five business days of receipt, unless a notice of extension is
issued.

BSEED FOIA Coordinator
Coleman A. Young Municipal Center, 2 Woodward Ave, Suite 408, Detroit, MI 48226
""")

add('2026-09-23', '12:10', 'E', 'HUD FOIA Branch <foia@hud.gov>',
    'Fee Estimate - FOIA 26-FI-HQ-00412', req='REQ-01', kind='fee_estimate', tracking_number='26-FI-HQ-00412',
    why='HUD fee estimate; processing stops until fees agreed',
    text="""Dear Requester,

We have categorized your request 26-FI-HQ-00412 as an "all other" requester for fee purposes. Your request for a
fee waiver is denied because the request does not demonstrate that disclosure is likely to contribute
significantly to public understanding beyond information already available on HUD's public REAC data pages.

Estimated fees: 9 hours of search and review at $47.00/hour, less 2 free hours = $329.00.

Please confirm in writing within 10 working days that you agree to pay the estimated fees, or narrow the request.
If we do not hear from you by October 7, 2026, we will administratively close your request. Your request will
not be processed until we receive your reply.

You may appeal the fee waiver denial within 90 calendar days to the Office of General Counsel.

HUD FOIA Branch
""")

add('2026-09-24', '10:02', 'E', 'NYCHA FOIL Unit <foil@nycha.nyc.gov>',
    'RE: ' + R['REQ-06']['subject'], req='REQ-06', irt=True, kind='acknowledgment',
    tracking_number='FOIL-2026-063-04806', due_rule='ack', received=D(2026, 9, 17), estimated=D(2026, 11, 5),
    why='NY 5-business-day ack with approximate date; says received Sept 17',
    text="""Dear Requester:

This acknowledges receipt of your request under the New York State Freedom of Information Law (FOIL), Public
Officers Law Article 6, received by the NYCHA FOIL Unit on September 17, 2026. Your request has been assigned
FOIL-2026-063-04806.

We are conducting a search for records responsive to your request. We anticipate that we will be able to grant
or deny your request, in whole or in part, on or about November 5, 2026. If we are unable to respond by that
date, we will notify you in writing and provide a new approximate date.

NYCHA Law Department, FOIL Unit
90 Church Street, New York, NY 10007
""" + quote('REQ-06', sent_day='Tue, Sep 15, 2026'))

add('2026-09-25', '09:40', 'C', 'DOB FOIA <dobfoia@cityofchicago.org>',
    'FOIA request - vacant buildings 60624', req='REQ-08', kind='clarification', tracking_number='DOB-FOIA-26-1302',
    why='Illinois 3(g) offer to narrow a burdensome request; paraphrased topic, similar to REQ-07',
    text="""Hello,

Your FOIA request for all vacant building registrations and related inspection records in ZIP code 60624
(reference DOB-FOIA-26-1302) would require the Department to review more than 3,600 registration files and
associated inspection reports. As written, compliance would be unduly burdensome under 5 ILCS 140/3(g).

Before we make a final determination, we are giving you the opportunity to narrow the request. For example, you
could limit it to registrations from 2025 forward, or to buildings with four or more units. Please reply to this
email with a narrowed request. The time to respond is suspended until we hear back.

Thank you,
DOB FOIA Unit
""")

add('2026-09-28', '13:15', 'C', 'Houston Police Department <noreply@mycusthelp.net>',
    'Clarification Needed :: W045790-092426', req='REQ-11', kind='clarification', tracking_number='W045790-092426',
    why='GovQA clarification for second HPD request; 61-day closure warning',
    html="""<html><body><p>Dear Open Records Desk,</p>
<p>The Houston Police Department needs additional information to process request <b>W045790-092426</b>
(crime-free multi-housing).</p>
<p>Please specify the time period you are requesting and whether you are seeking lists of participating
properties, training records for property managers, or correspondence. Under Texas Government Code &sect;
552.222(d), if you do not respond in writing by the 61st day after this notice, the request will be considered
withdrawn.</p>
<p>To respond, log in to the <a href="https://houstontx.mycusthelp.net/WEBAPP/_rs/supporthome.aspx">Public Records Center</a>.</p>
</body></html>""")

add('2026-09-29', '15:30', 'E', 'BSEED FOIA <bseedfoia@detroitmi.gov>',
    'Notice of Extension - FOIA DET-26-00917', req='REQ-13', kind='extension', tracking_number='DET-26-00917',
    due_rule='extend',
    why='Michigan notice of extension, 10 business days (MCL 15.235(2)(d))',
    text="""NOTICE OF EXTENSION

Request No.: DET-26-00917
Date received: September 22, 2026

Pursuant to MCL 15.235(2)(d), the City of Detroit is extending the time to respond to your request for not more
than 10 business days. The extension is necessary because of the volume of inspection records requested and
the need to review them for exempt information.

Response will be provided no later than October 13, 2026.

BSEED FOIA Coordinator, City of Detroit
""", estimated=D(2026, 10, 13))

fhfa_int_pdf = pdf("""FEDERAL HOUSING FINANCE AGENCY
Office of Congressional Affairs and Communications - FOIA

September 30, 2026

Re: FOIA No. 2026-FOIA-058 - First Interim Response

This is the first interim response to your request. We located 212 pages of records responsive to item 1
(Enterprise multifamily tenant protection requirements). Of these, 168 pages are released in full and 44 pages
are released in part; information is withheld under Exemption 4 (5 U.S.C. 552(b)(4)) and Exemption 5 (b)(5).

We continue to search for records responsive to items 2 and 3 and will provide another response when that
search is complete.

You may contact our FOIA Public Liaison or the Office of Government Information Services (OGIS) for assistance.
You may appeal any adverse determination within 90 calendar days of the date of this letter.""")
add('2026-09-30', '16:50', 'E', 'FHFA FOIA Office <foia@fhfa.gov>',
    'Interim Response', req='REQ-04', kind='records_interim', tracking_number='2026-FOIA-058',
    why='First interim release with withholdings; more to come (appeal boilerplate inside an interim)',
    text='Attached is an interim response and records for FOIA 2026-FOIA-058.\n\nFHFA FOIA Office\n',
    att=[('2026-FOIA-058_Interim1_Letter.pdf', fhfa_int_pdf, 'application/pdf'),
         ('2026-FOIA-058_Interim1_Records.pdf', pdf('[Released records - 212 pages - Bates FHFA-058-000001 to 000212]'), 'application/pdf')])

add('2026-09-24', '17:05', 'C', 'DOB FOIA <dobfoia@cityofchicago.org>',
    'FOIA DOB-FOIA-26-1186 - Response', req='REQ-07', kind='records_final', tracking_number='DOB-FOIA-26-1186',
    appeal=True,
    why='Final partial release, redactions under 7(1)(c); item 3 no records inside the release; PAC review rights',
    text="""Dear Requester,

The Department of Buildings has completed its response to FOIA request DOB-FOIA-26-1186.

Item 1 (violations): attached is a spreadsheet of 418 violations recorded at the 23 addresses associated with
Westlawn Residential LLC.
Item 2 (inspection reports): 61 inspection reports are attached. Personal cell phone numbers of tenants and
inspectors' home addresses are redacted under 5 ILCS 140/7(1)(c), as disclosure would be an unwarranted
invasion of personal privacy.
Item 3 (correspondence with the owner's attorneys): after a search, the Department did not locate records.

This concludes our response. You have a right to seek review of this response by the Public Access Counselor
(PAC) in the Office of the Illinois Attorney General, 500 S. 2nd St., Springfield, IL 62701, within 60 days of
the date of this letter. You may also seek judicial review under 5 ILCS 140/11.

FOIA Officer, Department of Buildings
""",
    att=[('DOB-FOIA-26-1186_violations.csv', 'address,violation_code,date\n"4811 W Westlawn Ave",CN061014,2025-03-02\n', 'text/csv')])

add('2026-10-01', '10:00', 'E', 'HUD Public Affairs <hudpressroom@hud.gov>',
    'HUD Announces $48 Million to Protect Families from Lead Hazards', kind='other',
    why='Press release from an agency domain; belongs to no request despite topic overlap with REQ-02',
    text="""HUD No. 26-118
FOR RELEASE: Thursday, October 1, 2026

HUD ANNOUNCES $48 MILLION TO PROTECT FAMILIES FROM LEAD HAZARDS IN OLDER HOMES

WASHINGTON - The U.S. Department of Housing and Urban Development today announced grants to 19 state and local
governments to identify and control lead-based paint hazards in privately owned rental and owner-occupied
housing. ... 

###
HUD's mission is to create strong, sustainable, inclusive communities and quality affordable homes for all.
""")

add('2026-10-01', '14:22', 'C', 'Public Information Section <hcso.pia@sheriff.hctx.net>',
    'R012873-091726 - Request for Attorney General Ruling', req='REQ-12', kind='extension',
    tracking_number='R012873-091726', due_rule='extend',
    why='Texas 10-business-day notice that an AG ruling was requested; no extension length in table',
    att=[('R012873_AG_letter.pdf', pdf("""Harris County Sheriff's Office
Public Information Section

October 1, 2026
Office of the Attorney General, Open Records Division, P.O. Box 12548, Austin, TX 78711

Re: Request for decision - R012873-091726

The Sheriff's Office received a request for writs of possession executed by the Civil Process Division. We
believe portions of the responsive information are excepted from disclosure under sections 552.101 and 552.130
of the Government Code and request your decision. A copy of this letter has been sent to the requester."""), 'application/pdf')],
    text="""Dear Requester,

The Harris County Sheriff's Office has received your request for information, reference R012873-091726. We
believe some of the information you requested may be excepted from required public disclosure. In accordance
with Section 552.301 of the Texas Government Code, we have asked the Attorney General for a decision on
whether the information must be released. A copy of our letter to the Attorney General is attached.

You may submit written comments to the Attorney General's Open Records Division stating why you believe the
information should be released. Information that is not subject to the ruling request will be released to
you when it is ready.

Public Information Section
Harris County Sheriff's Office
""")
# ---------------- October ----------------
add('2026-10-02', '08:15', 'E', 'Atlanta Open Records (NextRequest) <noreply@atlantaga.nextrequest.com>',
    '[Records Request] Request 26-1187 - message added', req='REQ-09', kind='portal_notice', tracking_number='26-1187',
    why='NextRequest ping, content only behind login',
    html="""<html><body><p>A message has been added to request <b>26-1187</b>.</p>
<p><a href="https://atlantaga.nextrequest.com/requests/26-1187">View the message</a></p>
<p style="font-size:11px;color:#888">You are receiving this because you are the requester. Please do not reply.</p></body></html>""")

add('2026-10-05', '11:48', 'E', 'HUD FOIA Branch <foia@hud.gov>',
    'RE: FOIA Acknowledgment - 26-FI-HQ-00447', req='REQ-02', kind='extension', tracking_number='26-FI-HQ-00447',
    due_rule='extend', estimated=D(2026, 11, 13),
    why='Federal unusual-circumstances extension, +10 working days; agency estimate Nov 13',
    text="""Dear Requester,

We are writing regarding FOIA request 26-FI-HQ-00447. Because your request requires a search in field offices
separate from the office processing the request and consultation with another agency (the U.S. Attorney's Office
for the Southern District of New York), unusual circumstances apply under 5 U.S.C. 552(a)(6)(B)(i). We are
extending the time limit to respond by 10 working days.

We estimate completing our response by November 13, 2026. You may narrow your request to speed processing, or
contact our FOIA Public Liaison or OGIS for dispute resolution services.

HUD FOIA Branch
""")

add('2026-10-06', '09:05', 'E', 'BSEED FOIA <bseedfoia@detroitmi.gov>',
    'RE: ' + R['REQ-14']['subject'], req='REQ-14', irt=True, kind='acknowledgment', tracking_number='DET-26-01044',
    due_rule='ack', received=D(2026, 10, 5),
    why='Outlook HTML-only ack with Safe Links-wrapped portal URL; second Detroit request',
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div class="WordSection1"><p class="MsoNormal">Good morning,</p>
<p class="MsoNormal">We received your FOIA request on 10/5/2026 regarding blight violation tickets issued to
Eastside Holdings Group LLC. It has been logged as <b>DET-26-01044</b>. You may track it at
<a href="https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fdetroitmi.justfoia.com%2Fpublicportal%2Fhome%2Ftrack&amp;data=05%7C02%7Cbseedfoia%40detroitmi.gov%7C8f1c%7C0%7C0&amp;sdata=Zk2%2Fq%3D&amp;reserved=0">https://detroitmi.justfoia.com/publicportal/home/track</a>.</p>
<p class="MsoNormal">Thank you,<br>Tamika Hollis<br>FOIA Coordinator, BSEED</p></div></body></html>""")

add('2026-10-06', '15:33', 'E', 'Danielle Ortiz <dortiz@consumerfinance.gov>',
    'Your FOIA request CFPB-2026-0271-F - scope question', req='REQ-03', kind='clarification',
    tracking_number='CFPB-2026-0271-F',
    why='CFPB staff asks to clarify scope; clock tolled',
    text="""Hello,

I'm the FOIA specialist assigned to CFPB-2026-0271-F. Before we run the search, could you clarify two points?

1. Do you want only complaints where the consumer selected "Credit reporting - tenant screening," or all
   complaints that mention rental housing in the narrative?
2. Are you asking for the narratives themselves? Narratives are only published where the consumer consented;
   others would be reviewed for Exemption 6.

Under 5 U.S.C. 552(a)(6)(A)(ii)(I) the processing time is tolled until we receive your answer. If we do not hear
back within 30 days, we will assume you are no longer interested and close the request.

Thanks,
Danielle Ortiz
FOIA Specialist, CFPB
""")

add('2026-10-07', '12:40', 'E', 'Raymond Chu <rchu@nycha.nyc.gov>',
    'Queensbridge work orders - first batch', req='REQ-05', kind='records_interim',
    why='Informal staff email with first batch; no number, topic only',
    text="""Hi,

Following up on your FOIL for heat/hot water outage work orders at Queensbridge. Attached is the first batch
(Queensbridge North, Oct 2025 - Jan 2026). I'm still pulling Queensbridge South from Maximo and will send that
with the remaining months. Should be a couple of weeks.

Ray Chu
NYCHA Law Department - FOIL
""",
    att=[('QB_North_workorders_Oct25-Jan26.csv', 'wo_number,building,opened,closed,problem\n11208834,41-10 12 St,2025-10-14,2025-10-16,NO HEAT\n', 'text/csv')])

add('2026-10-08', '16:12', 'C', 'Houston Police Department <noreply@mycusthelp.net>',
    'Public Information Request :: W045512-091626 - Completed', req='REQ-10', kind='records_final',
    tracking_number='W045512-091626', why='GovQA completion with records released; message text is substantive',
    html="""<html><body><p>Dear Open Records Desk,</p>
<p>The Houston Police Department has responded to your public information request <b>W045512-091626</b>.
The responsive calls-for-service report (3 addresses, 1,942 incidents) is available for download in the
Public Records Center. Call notes have been removed; the report lists incident number, date, call type and
disposition.</p>
<p>Your request is now closed.</p>
<p><a href="https://houstontx.mycusthelp.net/WEBAPP/_rs/supporthome.aspx">Public Records Center</a></p></body></html>""")

add('2026-10-08', '18:30', 'E', 'Jordan Pike <jpike@queenschronicle.example.com>',
    'Question about your NYCHA heat data', kind='other',
    why="Reporter's note to the inbox, not a reply from any agency",
    text="""Hi Tenant Power team,

I'm a reporter at the Queens Chronicle working on a story about heat outages at Queensbridge. I saw at your
tenant meeting that you'd filed for NYCHA's work orders. Would you be willing to share what you get, or talk
on the record this week?

Thanks,
Jordan Pike
""")

nycha_den = """From: NYCHA FOIL Unit <foil@nycha.nyc.gov>
Sent: Friday, October 9, 2026 9:14 AM
To: Maria Delgado <mdelgado@tenantpower.example.org>
Subject: FOIL-2026-063-04806 - Determination

Dear Ms. Delgado:

Your request for XRF lead-based paint inspection results for individual apartments at Queensbridge Houses is
denied. Apartment-level inspection results identify the household residing in each unit, including the presence
of children under six, and disclosure would constitute an unwarranted invasion of personal privacy under Public
Officers Law 87(2)(b) and 89(2). Development-level summaries are publicly available on NYCHA's lead compliance
webpage.

You may appeal this determination within 30 days by writing to the Records Access Appeals Officer, NYCHA Law
Department, 90 Church Street, New York, NY 10007, or foilappeals@nycha.nyc.gov.

NYCHA FOIL Unit"""
add('2026-10-09', '10:02', 'E', 'Maria Delgado <mdelgado@tenantpower.example.org>',
    'Fwd: FOIL-2026-063-04806 - Determination', req='REQ-06', kind='denial', tracking_number='FOIL-2026-063-04806',
    appeal=True,
    why='Colleague forwards NYCHA denial from her own address (Outlook-style header block); 30-day appeal',
    text="Came to my address instead of openrecords@ - forwarding for the log. We should appeal.\n\nMaria\n\n"
         "________________________________\n" + nycha_den + "\n")

add('2026-10-09', '14:50', 'C', 'Public Information Section <hcso.pia@sheriff.hctx.net>',
    'R013410-100526 lockout complaints', req='REQ-16', kind='denial', tracking_number='R013410-100526',
    appeal=True,
    why='Request rejected as a question/new record; Texas has no appeal window (appeal_due null)',
    text="""Dear Requester,

We have reviewed your request R013410-100526 asking how many complaints of illegal lockouts the Sheriff's Office
received and referred to Justice of the Peace courts in 2025-2026, and what actions deputies took.

The Sheriff's Office does not track lockout complaints as a category, and the Public Information Act does not
require a governmental body to answer questions, perform legal research, or create new information in response
to a request (Tex. Gov't Code 552.227; Open Records Decision No. 555). Your request is therefore closed.

If you would like to request specific existing records, such as incident reports for particular addresses and
dates, please submit a new request.

Public Information Section
""")

det13_pdf = pdf("""CITY OF DETROIT
BUILDINGS, SAFETY ENGINEERING AND ENVIRONMENTAL DEPARTMENT

October 13, 2026

Re: Your request for rental certificate of compliance inspections in ZIP code 48205

Your request is GRANTED IN PART and DENIED IN PART.

Granted: inspection summary reports for 1,116 rental inspections in 48205 (January 2024 - September 2026).

Denied in part: names and telephone numbers of occupants are redacted under MCL 15.243(1)(a) (information of a
personal nature, disclosure of which would be a clearly unwarranted invasion of privacy).

Under MCL 15.240, you may (1) submit a written appeal to the head of the public body, identifying the
document as an appeal and stating the reasons for reversal, or (2) commence a civil action in the Court of
Claims within 180 days after the final determination to deny.

FOIA Coordinator""")
add('2026-10-13', '16:40', 'E', 'BSEED FOIA <bseedfoia@detroitmi.gov>',
    'Your FOIA Request', req='REQ-13', kind='records_final', tracking_number='DET-26-00917', appeal=True,
    why='Number appears only in the attachment file name; granted in part, 180-day Michigan appeal',
    text='Please see the attached response and records.\n\nThank you,\nBSEED FOIA\n',
    att=[('DET-26-00917_Response.pdf', det13_pdf, 'application/pdf'),
         ('48205_inspections.pdf', pdf('[Inspection summary reports - 1,116 records]'), 'application/pdf')])

add('2026-10-14', '11:05', 'C', 'Houston Police Department <noreply@mycusthelp.net>',
    'Public Information Request :: W045790-092426 - Closed', req='REQ-11', kind='no_records',
    tracking_number='W045790-092426', appeal=True,
    why='HPD no responsive records for clarified request; Texas: no appeal window',
    html="""<html><body><p>Dear Open Records Desk,</p>
<p>In response to request <b>W045790-092426</b> as clarified on 10/1/2026 (list of properties participating in a
crime-free multi-housing program, 2023-present): after a search of the Community Affairs Division and Crime
Prevention records, the Houston Police Department has no information responsive to your request. HPD does not
administer a crime-free multi-housing certification program.</p>
<p>The Public Information Act does not require the department to create information that did not exist when the
request was received.</p><p>This request is closed.</p></body></html>""")

add('2026-10-15', '17:20', 'E', 'FHFA FOIA Office <foia@fhfa.gov>',
    'Final Response - FHFA FOIA No. 2026-FOIA-058', req='REQ-04', kind='records_final', tracking_number='2026-FOIA-058',
    appeal=True,
    why='Final release with b(4)/b(5) withholdings and 90-day appeal',
    text="""Dear Requester:

This is FHFA's final response to FOIA request 2026-FOIA-058. Following our interim response of September 30,
2026, we located an additional 57 pages responsive to items 2 and 3. We are releasing 40 pages in full and 17
pages in part. Information has been withheld under Exemption 5 (deliberative process privilege) and Exemption 4
(confidential commercial information of the Enterprises).

You may contact FHFA's FOIA Public Liaison for further assistance. You may also contact OGIS at the National
Archives (ogis@nara.gov) to inquire about mediation services.

If you are not satisfied with this response, you may appeal to FHFA's FOIA Appeals Officer. Your appeal must be
postmarked or electronically transmitted within 90 calendar days of the date of this letter. Mark both the
letter and envelope "Freedom of Information Act Appeal."

Sincerely,
FOIA Officer, Federal Housing Finance Agency
""",
    html="""<html><body><p>Dear Requester:</p><p>This is FHFA's final response to FOIA request <b>2026-FOIA-058</b>.
Following our interim response of September 30, 2026, we located an additional 57 pages responsive to items 2 and
3. We are releasing 40 pages in full and 17 pages in part. Information has been withheld under Exemption 5
(deliberative process privilege) and Exemption 4 (confidential commercial information of the Enterprises).</p>
<p>If you are not satisfied with this response, you may appeal to FHFA's FOIA Appeals Officer within 90 calendar
days of the date of this letter.</p><p>FOIA Officer, Federal Housing Finance Agency</p></body></html>""")

add('2026-10-16', '08:44', 'C', "Harris County Sheriff's Office <noreply@mycusthelp.net>",
    'Your request R012873-091726 has been updated', req='REQ-12', kind='portal_notice', tracking_number='R012873-091726',
    why='GovQA status ping from shared address for HCSO request',
    text="""The status of your public information request R012873-091726 has changed.

To view the details, please log in to the Public Records Center:
https://harriscountytx.mycusthelp.net/WEBAPP/_rs/supporthome.aspx

This is an automated message; replies are not monitored.
""")

add('2026-10-19', '10:30', 'E', 'HUD FOIA Branch <foia@hud.gov>',
    '26-FI-HQ-00412 Interim Release No. 1', req='REQ-01', kind='records_interim', tracking_number='26-FI-HQ-00412',
    why='HUD first rolling release after fees agreed',
    text="""Dear Requester:

Thank you for agreeing to pay fees for request 26-FI-HQ-00412. Enclosed is HUD's first interim release: REAC
inspection scores and inspection dates for 1,284 HUD-assisted multifamily properties in New York City for
2023-2024. Records for 2025-2026 and the public housing (NYCHA) inspection scores remain under review and will be
provided in a subsequent release. No information has been withheld from this release.

HUD FOIA Branch
""",
    att=[('26-FI-HQ-00412_Release1.xlsx.txt', 'property_id,name,borough,inspection_date,score\n800012345,Example Gardens,Bronx,2023-05-11,72c\n', 'text/plain')])

add('2026-10-19', '15:10', 'E', 'Atlanta Open Records (NextRequest) <noreply@atlantaga.nextrequest.com>',
    '[Records Request] Request 26-1402 has been submitted', req='REQ-15', kind='acknowledgment', tracking_number='26-1402',
    due_rule='ack',
    why='NextRequest ack for second Atlanta request (same portal address as REQ-09)',
    html="""<html><body><p>Your record request <b>#26-1402</b> has been submitted and routed to Department of City
Planning.</p><p><i>Request text:</i> Inspection records for extended-stay hotels used as long-term housing,
2025-2026.</p><p>Received: October 19, 2026</p>
<p><a href="https://atlantaga.nextrequest.com/requests/26-1402">View request 26-1402</a></p></body></html>""")

add('2026-10-20', '07:02', 'E', 'Keisha Armstead <karmstead@atlantaga.gov>',
    'Automatic reply: ORR 26-1187 follow-up', req='REQ-09', kind='auto_reply', tracking_number='26-1187',
    hdr={'Auto-Submitted': 'auto-replied'},
    why='Out-of-office in reply to our follow-up; subject carries the number but not an answer',
    text="""I am out of the office through Friday, October 23, with limited access to email. For open records
matters please write to openrecords@atlantaga.gov. For urgent code enforcement complaints call 311.
""")

add('2026-10-21', '13:25', 'E', 'Atlanta Open Records (NextRequest) <noreply@atlantaga.nextrequest.com>',
    '[Records Request] Request 26-1187 has been closed', req='REQ-09', kind='records_final', tracking_number='26-1187',
    why='NextRequest closure notice carrying the substantive closing message and released documents',
    html="""<html><body><p>Request <b>26-1187</b> has been closed. The following message was included:</p>
<blockquote>The Department of City Planning has released 3 documents to this request: the Code Enforcement case
list for NPU-V (1,433 cases), notices of violation, and citations referred to Municipal Court. Complainant names
and telephone numbers were redacted under O.C.G.A. 50-18-72(a)(20)(A). This completes the City's response.</blockquote>
<p><a href="https://atlantaga.nextrequest.com/requests/26-1187">View documents</a></p></body></html>""")

add('2026-10-22', '10:12', 'E', 'Atlanta City Planning - Open Records <openrecords@atlantaga.gov>',
    'ORR 26-1402', req='REQ-15', kind='no_records', tracking_number='26-1402', appeal=True,
    why='No records, with pointer to the county health board; Georgia has no appeal window',
    text="""Good morning,

The Department of City Planning searched its Code Enforcement and Office of Buildings systems and located no
records responsive to request 26-1402. Inspections of extended-stay hotels for health and sanitation are
conducted by the Fulton County Board of Health, which maintains its own records; you may submit a request to
that agency directly.

This request will be closed.

Open Records Coordinator, Department of City Planning
""")

add('2026-10-23', '11:40', 'E', 'CFPB FOIA <FOIA@consumerfinance.gov>',
    'CFPB-2026-0271-F - Fee estimate', req='REQ-03', kind='fee_estimate', tracking_number='CFPB-2026-0271-F',
    cte='quoted-printable',
    why='CFPB fee estimate after clarification; hedged "if fees exceed" language, QP encoding',
    text="""Dear Requester,

Thank you for clarifying request CFPB-2026-0271-F on October 8. Based on the clarified scope (complaints
categorized as tenant screening, with consented narratives), we estimate 14 hours of search and review time.

As a news media / educational requester, you are entitled to search without charge, but duplication fees apply
to paper copies only. Because we will produce records electronically, we estimate fees of $0.00 for duplication.
However, review of non-consented narratives may be required if you ask for them: in that case fees would be
approximately $560.00. Please tell us within 10 working days whether you agree to pay up to $560.00, or confirm
that you want consented narratives only. Processing of the narrative portion is on hold until we hear from you.

FOIA Office, Consumer Financial Protection Bureau
""")

add('2026-10-26', '14:02', 'E', 'BSEED FOIA <bseedfoia@detroitmi.gov>',
    'FOIA DET-26-01044 - Fee Estimate / Deposit Required', req='REQ-14', kind='fee_estimate',
    tracking_number='DET-26-01044',
    why='Michigan itemized fee estimate with 50% good-faith deposit',
    text="""Re: DET-26-01044 (Eastside Holdings Group LLC blight tickets)

Your request is granted, subject to payment of fees under MCL 15.234. Detailed itemization:

  Labor - search, location and examination (6.0 hrs x $31.80)    $190.80
  Labor - separating exempt from nonexempt (4.0 hrs x $31.80)    $127.20
  Electronic media                                                 $0.00
  TOTAL ESTIMATE                                                 $318.00

Because the fee exceeds $50.00, a good-faith deposit of 50% ($159.00) is required before processing continues
(MCL 15.234(8)). The estimated time frame to provide the records after receipt of the deposit is 15 business
days. This estimate is not binding. If the deposit is not received within 48 days, the request will be
considered abandoned.

BSEED FOIA Coordinator
""")

relay = """---------- Forwarded message ---------
From: HUD FOIA Branch <foia@hud.gov>
Date: Tue, Oct 27, 2026 at 9:50 AM
Subject: Final Response - 26-FI-HQ-00447

Dear Requester:

This responds to your FOIA request 26-FI-HQ-00447 for correspondence between HUD and NYCHA about lead-based paint
compliance. The Office of Lead Hazard Control and Healthy Homes and the Office of General Counsel conducted
searches of their email and shared drives using the terms "NYCHA," "lead," "monitor" and "LBP." No records
responsive to your request were located. Correspondence with the federal monitor is maintained by the monitor,
which is not an agency subject to FOIA.

You may appeal this no-records determination within 90 calendar days of the date of this letter to the Office of
General Counsel, FOIA Appeals, 451 7th Street SW, Washington, DC 20410.

HUD FOIA Branch
"""
add('2026-10-27', '09:51', 'E', 'HUD FOIA Branch via TPN Records Desk <tpn-records@googlegroups.com>',
    '[tpn-records] Final Response - 26-FI-HQ-00447', to='tpn-records@googlegroups.com', req='REQ-02',
    kind='no_records', tracking_number='26-FI-HQ-00447', appeal=True, mid_dom='hud.gov',
    hdr={'X-Original-From': 'HUD FOIA Branch <foia@hud.gov>', 'Reply-To': 'HUD FOIA Branch <foia@hud.gov>',
         'Sender': 'tpn-records@googlegroups.com', 'List-ID': '<tpn-records.googlegroups.com>',
         'Mailing-list': 'list tpn-records@googlegroups.com'},
    why='No records via Google Group relay (X-Original-From); 90-day appeal',
    text=relay.split('\n\n', 1)[1])

add('2026-10-28', '12:00', 'C', 'DOB FOIA <dobfoia@cityofchicago.org>',
    'FOIA DOB-FOIA-26-1302 - Final Determination', req='REQ-08', kind='denial', tracking_number='DOB-FOIA-26-1302',
    appeal=True,
    why='Illinois 3(g) denial as unduly burdensome after narrowing still too broad; PAC review 60 days',
    text="""Dear Requester,

On September 25, 2026, the Department offered you the opportunity to narrow FOIA request DOB-FOIA-26-1302. Your
narrowed request of October 20 (all vacant building registrations since 2022 with inspection photographs) still
requires review of approximately 2,900 files and 41,000 photographs. The burden on the Department outweighs the
public interest in the information, and the request is denied under 5 ILCS 140/3(g).

You may submit a new, more limited request. You have a right to seek review of this denial by the Public Access
Counselor of the Office of the Attorney General within 60 days of the date of this denial, or to seek judicial
review under Section 11 of the Act.

FOIA Officer, Chicago Department of Buildings
""")

bounce('2026-10-29', '09:15', 'C', 'REQ-12', 'civilprocess.records@hcso.hctx.net',
       '550 5.1.1 The email account that you tried to reach does not exist',
       kind='bounce', why='DSN for our follow-up to an old HCSO address')

add('2026-10-30', '15:45', 'C', 'Public Information Section <hcso.pia@sheriff.hctx.net>',
    'Release of Information - R012873-091726', req='REQ-12', kind='records_final', tracking_number='R012873-091726',
    why='Release after AG ruling; required redactions, Texas has no requester appeal',
    text="""Dear Requester,

The Attorney General has issued Open Records Letter Ruling OR2026-31877 concerning your request R012873-091726.
In accordance with the ruling, the Sheriff's Office is releasing the Civil Process log of writs of possession
executed from January 2025 through September 2026 (6,412 entries). Motor vehicle record information has been
redacted under section 552.130 as the ruling requires. A copy of the ruling is attached.

This completes your request.

Public Information Section, Harris County Sheriff's Office
""",
    att=[('OR2026-31877.pdf', pdf('Open Records Letter Ruling OR2026-31877 - Harris County Sheriff\'s Office - writs of possession'), 'application/pdf')])

# ---------------- November ----------------
add('2026-11-02', '10:20', 'Es', 'NYC OpenRecords <noreply@records.nyc.gov>',
    'OpenRecords Request FOIL-2026-063-04471 Extended', req='REQ-05', kind='extension',
    tracking_number='FOIL-2026-063-04471', due_rule='extend', estimated=D(2026, 12, 4),
    why='OpenRecords extension with new date (NY +20 business days on the ack due)',
    html="""<html><body><p>The New York City Housing Authority has extended the due date for request
<a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-063-04471">FOIL-2026-063-04471</a>.</p>
<p><b>New due date: 12/4/2026</b></p>
<p>Reason: The agency requires additional time to locate and review the remaining work order records
(Queensbridge South) in compliance with Public Officers Law 89(3)(a).</p></body></html>""")

add('2026-11-04', '13:31', 'Es', 'Tamika Hollis <thollis@detroitmi.gov>',
    'Eastside Holdings tickets - call me?', req='REQ-14', kind='other',
    why='Staff asks for a phone call about scope; not a formal clarification, no number',
    text="""Hi there,

Got your deposit check, thanks. Before I start pulling the Eastside Holdings tickets - that entity and its
affiliates have roughly 300 parcels and I want to be sure we're pulling what you actually need (just the tickets
and hearing outcomes, or the inspector photos too?). Can you give me a call at 313-555-0193 when you have a few
minutes?

Tamika
""")

add('2026-11-05', '09:00', 'Cs', 'City of Chicago Office of the Mayor <press@cityofchicago.org>',
    'Mayor announces expanded Vacant Building Ordinance enforcement', kind='other',
    why='Press release from the DOB sender domain; belongs to no request despite topic overlap with REQ-08',
    text="""FOR IMMEDIATE RELEASE
November 5, 2026

The Department of Buildings will add 12 inspectors to vacant building enforcement on the West Side, the Mayor
announced today. Owners of vacant buildings must register with the Department within 30 days of the building
becoming vacant...
""")

hud_final = """Dear Requester:

This is the final response to your FOIA request 26-FI-HQ-00412 for REAC physical inspection scores. Enclosed is
the second and final release: 2025-2026 scores for HUD-assisted multifamily properties and public housing
developments in New York City (1,311 records).

We withheld the names and telephone numbers of property management staff recorded in inspection notes under
Exemption 6, 5 U.S.C. 552(b)(6). Inspection scores for properties whose 2026 inspections are pending appeal by
the owner are not final agency records and were not located in the system of record.

You may contact our FOIA Public Liaison or OGIS for assistance. You have the right to appeal this determination
within 90 calendar days from the date of this letter by writing to the Office of General Counsel, FOIA Appeals.

Sincerely,
HUD FOIA Branch"""
add('2026-11-06', '14:18', 'Es', 'Andre Baptiste <abaptiste@tenantpower.example.org>',
    'FW: Final Response 26-FI-HQ-00412', req='REQ-01', kind='records_final', tracking_number='26-FI-HQ-00412',
    appeal=True, charset='windows-1252', cte='quoted-printable',
    why='Outlook FW: from a colleague, windows-1252; final release with b(6) withholding and appeal rights',
    text="""Forwarding \u2013 HUD sent this to my address since I called their liaison. Final release for the REAC request.

Andr\u00e9

From: HUD FOIA Branch <foia@hud.gov>
Sent: Friday, November 6, 2026 1:02 PM
To: Andr\u00e9 Baptiste <abaptiste@tenantpower.example.org>
Subject: Final Response 26-FI-HQ-00412

""" + hud_final + "\n")

add('2026-11-09', '11:11', 'Es', 'NYCHA FOIL Appeals <foilappeals@nycha.nyc.gov>',
    'FOIL Appeal - FOIL-2026-063-04806', req='REQ-06', kind='other', tracking_number='FOIL-2026-063-04806',
    why='Appeal receipt from a different NYCHA address; a human notice that fits no other kind',
    text="""Dear Ms. Delgado,

This confirms receipt of your November 5, 2026 appeal of the denial of FOIL request FOIL-2026-063-04806. Under
Public Officers Law 89(4)(a), the Records Access Appeals Officer will fully explain the reasons for further
denial or provide access to the records within ten business days of receipt of the appeal.

NYCHA Records Access Appeals Officer
""")

cfpb_final_pdf = pdf("""CONSUMER FINANCIAL PROTECTION BUREAU

November 10, 2026

Re: FOIA Request CFPB-2026-0271-F - Final Response

We searched the Consumer Complaint Database for complaints categorized as tenant screening and consumer
reporting for rental housing, January 1, 2024 through September 30, 2026, as you clarified. We located 3,874
complaints. We are releasing the complaint data fields in full, and consumer narratives where the consumer
consented to publication. Names, addresses and other personal identifiers in 212 narratives are withheld under
Exemption 6, 5 U.S.C. 552(b)(6).

You may appeal this response within 90 calendar days from the date of this letter to the CFPB FOIA Appeals
Officer, 1700 G Street NW, Washington, DC 20552, or FOIA@consumerfinance.gov.""")
add('2026-11-10', '16:05', 'Es', 'CFPB FOIA <FOIA@consumerfinance.gov>',
    'RE: CFPB-2026-0271-F - Fee estimate', req='REQ-03', kind='records_final', tracking_number='CFPB-2026-0271-F',
    appeal=True,
    why='Final response letter in PDF, body says little; b(6) partial withholding, 90-day appeal',
    text='Attached please find the final response to your FOIA request and the responsive records.\n\nCFPB FOIA Office\n',
    att=[('CFPB-2026-0271-F_Final_Response.pdf', cfpb_final_pdf, 'application/pdf'),
         ('complaints_export.csv', 'complaint_id,date_received,product,sub_product,company\n7712001,2024-01-03,Credit reporting,Tenant screening,Example Screening Inc\n', 'text/csv')])

add('2026-11-12', '10:40', 'Es', 'BSEED FOIA <bseedfoia@detroitmi.gov>',
    'DET-26-01044 - First installment', req='REQ-14', kind='records_interim', tracking_number='DET-26-01044',
    why='Michigan installment release; remainder to follow',
    text="""Good morning,

Attached is the first installment of records for DET-26-01044: blight violation tickets issued to Eastside Holdings
Group LLC and its affiliated entities from January 2024 through June 2025 (412 tickets, with hearing
dispositions). The remaining tickets (July 2025 - present) will be sent in a second installment. Inspector
photographs are not included, per your phone call with Ms. Hollis.

BSEED FOIA
""",
    att=[('DET-26-01044_installment1.csv', 'ticket_no,parcel,issued,ordinance,disposition\n26008812DAH,21010456.,2024-02-11,22-2-88,Responsible\n', 'text/csv')])

add('2026-11-13', '08:30', 'Es', 'Tenant Power Network <list@tenantpower.example.org>',
    'Tenant Power monthly: Know your rights at eviction court', to='members@tenantpower.example.org', kind='other',
    hdr={'List-Unsubscribe': '<https://tenantpower.example.org/unsubscribe>', 'Precedence': 'bulk'},
    why="Our own organization's newsletter landing in the shared inbox; no request",
    html="""<html><body><h2>Tenant Power monthly</h2><p>This month: how to request a jury trial in eviction court,
an update on our records work on heat outages, and a training on Texas writs of possession.</p></body></html>""")
