from common import *

# 021 DRA clarification from the General Counsel
add('021-dra-clarification-sedap.eml', build([
    ('From', 'Amelia Strickland <astrickland@dra.gov>'), ('To', plus('REQ-008')),
    ('Subject', 'RE: ' + subj('REQ-008')), ('Date', date('2026-10-01 16:20', '-0500')),
    ('Message-ID', '<MN2PR09MB61049B2C77@MN2PR09MB6104.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<MN2PR09MB6104E6E0A1@MN2PR09MB6104.namprd09.prod.outlook.com>'),
    ('References', req_msgid('REQ-008') + ' <MN2PR09MB6104E6E0A1@MN2PR09MB6104.namprd09.prod.outlook.com>'),
    ] + ms_headers('FOIA Request: Delta Regional Authority SEDAP grant files, Mississippi projects 2024-2025', 'AQHdQx2'),
    text="""Hello again,

As promised, a question on scope. SEDAP made 61 awards in Mississippi across FY2024 and FY2025, and each
grant file runs several hundred pages once you count engineering reports, environmental reviews and
payment requests. Could you tell me:

1. Do you want the complete files, or only the items you listed (application, scoring sheets, award
   letter, closeout report)?
2. Are there particular counties, local development districts or projects you are most interested in?

Once I hear back I'll get the search going. I can't start until I know what you need.

Thanks,
Amelia

Amelia Strickland
General Counsel, Delta Regional Authority
"""), 'REQ-008', 'clarification',
    'DRA General Counsel asks which parts of 61 SEDAP grant files we want and for which projects; search waits on us',
    'plain follow-up from a one-person FOIA function in the same Outlook thread; no tracking number ever',
    signals=['thread', 'plus'])

# 022 IMLS clarification on REQ-009
add('022-imls-clarify-rif.eml', build([
    ('From', 'IMLS FOIA <foia@imls.gov>'), ('To', plus('REQ-009')),
    ('Subject', 'RE: FOIA IMLS-2026-0049'), ('Date', date('2026-10-02 10:10')),
    ('Message-ID', '<DM6PR09MB5522F01D3B@DM6PR09MB5522.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<DM6PR09MB55220A9C44@DM6PR09MB5522.namprd09.prod.outlook.com>'),
    ('References', '<DM6PR09MB55220A9C44@DM6PR09MB5522.namprd09.prod.outlook.com>'),
    ] + ms_headers('FOIA IMLS-2026-0049', 'AQHdQ8f'),
    text="""Dear Requester:

We need clarification to process IMLS-2026-0049. Your request asks for "reduction-in-force notices and
administrative leave records." Please tell us which of the following you are seeking:

  (a) the individual specific RIF notices and administrative leave notices issued to named employees;
  (b) agency-level records, such as the RIF plan, competitive area determinations, and aggregate counts
      of employees placed on leave or separated; or
  (c) both.

Individual notices are personnel records about identifiable people, and we would expect to withhold much
of their content under FOIA exemption 6. Agency-level records are more likely to be released.

Your request is on hold until we receive your answer. Under 45 CFR 1182, if we do not receive a response
within 30 calendar days we will close the request.

Office of the General Counsel
Institute of Museum and Library Services
"""), 'REQ-009', 'clarification',
    'IMLS asks whether we want individual RIF/leave notices, agency-level records or both; request on hold',
    'formal clarification with lettered options and a 30-day close warning; threaded to the ack only, not to our request',
    tracking='IMLS-2026-0049', signals=['thread', 'plus', 'tracking'])

# 023 AmeriCorps PAL ack for REQ-012, delivered through the Google Group
frm, extra = via_group('AmeriCorps FOIA', 'foiapal-noreply@americorps.gov')
add('023-americorps-pal-ack-nccc-via-group.eml', build([
    ('From', frm), ('To', 'Records Desk <%s>' % INBOX),
    ('Subject', 'FOIA Request AC-2027-00004 Received'), ('Date', date('2026-10-02 11:48')),
    ('Message-ID', '<FXP.20261002154812.00004@americorps.foiaxpress.com>'),
    ] + extra, text="""Dear Records Desk,

Your FOIA request has been received by AmeriCorps and assigned tracking number AC-2027-00004.

Request Received Date: 10/01/2026
Request Type: FOIA
Description: AmeriCorps NCCC Southern Region campus (Vicksburg) closure records: lease and lease
termination, cost analyses, environmental assessments...

You can check the status of your request at https://americorps.foiaxpress.com/App/CheckStatus.aspx
using the tracking number above.

AmeriCorps FOIA Office

This is a system-generated message. Please do not reply.
"""), 'REQ-012', 'acknowledgment',
    'PAL receipt for the NCCC Vicksburg request: received 10/01/2026 (= sent), AC-2027-00004; via the Google Group',
    'second FOIAXpress PAL template from the same agency, rewritten by the Google Group (only topic words and the new number link it)',
    tracking='AC-2027-00004', clock='received_on_sent_date', signals=['tracking-new', 'subject'])

# 024 NEH grant-management staffer asks for a call; no thread, no number, no topic words
add('024-neh-staff-call-request-unplaceable.eml', build([
    ('From', 'Theresa Brennan <tbrennan@neh.gov>'), ('To', INBOX),
    ('Subject', 'FOIA request'), ('Date', date('2026-10-05 13:02')),
    ('Message-ID', '<BN8PR09MB3650C2F41E@BN8PR09MB3650.namprd09.prod.outlook.com>'),
    ] + ms_headers('FOIA request', 'AQHdRb7'),
    text="""Hi,

Our FOIA office asked me to help pull records for your request, and I have a couple of questions about
what you're after that would be easier to sort out by phone. Would you have 15 minutes this week? I'm
generally free after 2 p.m. Eastern.

Thanks,
Theresa

Theresa Brennan
Grants Management Specialist
Office of Grant Management
National Endowment for the Humanities
202-606-8494
"""), 'REQ-003', 'other',
    'NEH grant-management staffer asks for a phone call about "your request"; nothing says which NEH request',
    'program staff writing informally from a personal .gov address to the main inbox with no thread, number or topic; a human could not tell REQ-001 from REQ-003 (REQ-003 is the true one)',
    signals=['none'])

# 025 ARC extension with estimated date
add('025-arc-extension-submitter.eml', build([
    ('From', 'ARC FOIA <foia@arc.gov>'), ('To', plus('REQ-007')),
    ('Subject', 'ARC FOIA No. 2026-14 - extension of time'), ('Date', date('2026-10-06 10:30')),
    ('Message-ID', '<CY8PR09MB9011C7A0D5@CY8PR09MB9011.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<CY8PR09MB9011A1D3C0@CY8PR09MB9011.namprd09.prod.outlook.com>'),
    ('References', req_msgid('REQ-007') + ' <CY8PR09MB9011A1D3C0@CY8PR09MB9011.namprd09.prod.outlook.com>'),
    ] + ms_headers('ARC FOIA No. 2026-14 - extension of time', 'AQHdRp1'),
    text="""Dear Requester:

The grantee's deadline to respond to our submitter notice is October 7, and we must then consider any
objection it raises and give it written notice of our decision before releasing records. For that
reason ARC is taking the additional 10 working days permitted by 5 U.S.C. 552(a)(6)(B) for unusual
circumstances.

We anticipate sending our response on or before November 4, 2026.

Marcus Kessler
General Counsel and Chief FOIA Officer
Appalachian Regional Commission
"""), 'REQ-007', 'extension',
    'ARC takes the 10-working-day extension to finish the EO 12600 submitter process; response expected by Nov 4',
    'short statutory extension letter tied to submitter-notice timing, with an anticipated date',
    tracking='2026-14', clock='extension', estimated='2026-11-04', signals=['thread', 'plus', 'tracking'])

# 026 FEC ack for REQ-013 (new fiscal year number)
add('026-fec-ack-2027-004.eml', build([
    ('From', 'FEC FOIA <foia@fec.gov>'), ('To', plus('REQ-013')),
    ('Subject', 'FOIA Request No. 2027-004 - Acknowledgment'), ('Date', date('2026-10-07 09:15')),
    ('Message-ID', '<5b9e20d4a1c84f07@fec.gov>'),
    ('In-Reply-To', req_msgid('REQ-013')), ('References', req_msgid('REQ-013')),
    ], text="""Dear Requester:

The Federal Election Commission's FOIA Requester Service Center received your request on October 6, 2026
and has assigned it FOIA Request No. 2027-004.

You requested records reflecting the submission of FEC proposed or final rules to the Office of
Management and Budget's Office of Information and Regulatory Affairs for review, and related
correspondence, from February 2025 to the present.

We will respond within 20 working days unless unusual circumstances apply. Requests to the Commission
are processed in the order received.

FOIA Requester Service Center
Federal Election Commission
(202) 694-1650
""", cte='7bit'), 'REQ-013', 'acknowledgment',
    'FEC ack: received Oct 6 (= sent), FOIA Request No. 2027-004 (FY2027 numbering)',
    'plain-text FEC service-center acknowledgment; fiscal-year rollover in the number compared with 2026-188',
    tracking='2027-004', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'])

# 027 AmeriCorps extension by email from the FOIA officer
add('027-americorps-extension.eml', build([
    ('From', 'Keisha Dunmore <kdunmore@americorps.gov>'), ('To', plus('REQ-005')), ('Cc', 'FOIA <foia@americorps.gov>'),
    ('Subject', 'AC-2026-00298 - additional time needed'), ('Date', date('2026-10-07 16:40')),
    ('Message-ID', '<DS7PR09MB6733A0E1F2@DS7PR09MB6733.namprd09.prod.outlook.com>'),
    ], text="""Good afternoon,

I'm the FOIA Officer handling AC-2026-00298 (AmeriCorps State and National grant terminations). The
Office of Grants Management has identified roughly 1,000 terminated grants, and the notices and
related correspondence are spread across several systems. Because of the volume and the need to
search records held outside the FOIA office, AmeriCorps is extending the response deadline by 10
working days under 5 U.S.C. 552(a)(6)(B)(i).

We will not be able to finish within that time either. We plan to release records on a rolling basis,
with a first release likely in December. If you would like to discuss narrowing the request or an
alternative time frame, please contact me, our FOIA Public Liaison, or OGIS (ogis@nara.gov).

Keisha Dunmore
FOIA Officer, Office of General Counsel
AmeriCorps
"""), 'REQ-005', 'extension',
    'AmeriCorps FOIA Officer extends AC-2026-00298 by 10 working days; rolling release, no exact date',
    'extension sent from the FOIA Officer\'s own address with the FOIA mailbox copied, no threading; vague "likely in December" is not an estimated date',
    tracking='AC-2026-00298', clock='extension', signals=['plus', 'tracking'])

# 028 PAL status-change notice, HTML only
add('028-americorps-pal-status-inprocess.eml', build([
    ('From', 'AmeriCorps FOIA <foiapal-noreply@americorps.gov>'), ('To', plus('REQ-005')),
    ('Subject', 'Status Update for Request AC-2026-00298'), ('Date', date('2026-10-08 07:02')),
    ('Message-ID', '<FXP.20261008110212.00298@americorps.foiaxpress.com>'),
    ], html="""<html><body style="font-family:Arial;font-size:10pt">
<p>The status of your request <b>AC-2026-00298</b> has been changed to <b>In Process</b>.</p>
<p>To view details, log in to the Public Access Link at
<a href="https://americorps.foiaxpress.com/App/Home.aspx">https://americorps.foiaxpress.com</a>.</p>
<p><i>This is a system-generated message. Please do not reply.</i></p></body></html>"""),
    'REQ-005', 'portal_notice',
    'PAL status changed to "In Process"; no substantive text',
    'FOIAXpress PAL status-change notification (HTML only)',
    tracking='AC-2026-00298', signals=['plus', 'tracking'])

# 029 NEA extension with estimated date, via the Google Group
frm, extra = via_group('Tamsin Okafor', 'okafort@arts.gov')
add('029-nea-extension-via-group.eml', build([
    ('From', frm), ('To', 'Records Desk <%s>' % INBOX), ('Subject', 'RE: Your FOIA request F26-0091'),
    ('Date', date('2026-10-09 11:25')), ('Message-ID', '<SA1PR09MB88204F3A90@SA1PR09MB8820.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<SA1PR09MB88205D2C1E@SA1PR09MB8820.namprd09.prod.outlook.com>'),
    ('References', req_msgid('REQ-006') + ' <SA1PR09MB88205D2C1E@SA1PR09MB8820.namprd09.prod.outlook.com>'),
    ] + extra, text="""Hello,

As I mentioned might happen, we need more time on F26-0091. The responsive records involve the Office of
the Chair, the Office of Grants Management and our Office of the General Counsel, and we must consult
with other offices before deciding what can be released. We are therefore extending the deadline by 10
working days, as the FOIA allows in unusual circumstances.

Our current estimate for a complete response is November 20, 2026.

Thank you for your patience,
Tamsin Okafor
Government Information Specialist, National Endowment for the Arts
"""), 'REQ-006', 'extension',
    'NEA invokes the 10-working-day extension on F26-0091 (consultation); estimate Nov 20; via Google Group',
    'follow-through on the earlier hedged warning; group-rewritten From with the staffer only in X-Original-Sender',
    tracking='F26-0091', clock='extension', estimated='2026-11-20', signals=['thread', 'tracking'])

# 030 NEH ack for REQ-014 (FY2027 number)
add('030-neh-ack-garden-27-009.eml', build([
    ('From', 'NEH FOIA <foia@neh.gov>'), ('To', plus('REQ-014')),
    ('Subject', 'RE: ' + subj('REQ-014')), ('Date', date('2026-10-14 10:00')),
    ('Message-ID', '<BL0PR09MB4471A93E27@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('In-Reply-To', req_msgid('REQ-014')), ('References', req_msgid('REQ-014')),
    ] + ms_headers('FOIA Request: NEH National Garden of American Heroes statue grant program records', 'AQHdSfz'),
    text="""Dear Requester,

We received your FOIA request on October 13, 2026 and have assigned it FOIA No. 27-009. You asked for
records of the National Garden of American Heroes statue grants, including the notice of funding
opportunity, applications received, review panel records and award documents.

Please note that NEH's FOIA office consists of two people and we currently have a backlog. We will do
our best to respond on time and will write if we need more time.

NEH FOIA Office
Office of the General Counsel
"""), 'REQ-014', 'acknowledgment',
    'NEH acknowledges the National Garden request, received Oct 13 (= sent), FOIA No. 27-009',
    'short NEH acknowledgment mentioning a two-person office and backlog',
    tracking='27-009', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'])
