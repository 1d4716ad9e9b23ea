"""Messages 051-059 (November 16, 2026 - January 6, 2027)."""
from common import build, req_mid, plus, quote, pdf_bytes, INBOX, ORG

GG = {'Mailing-list': 'list opdrecords@cityofomaha.org; contact opdrecords+owners@cityofomaha.org',
      'List-Id': '<opdrecords.cityofomaha.org>', 'Precedence': 'list'}

# 051 Milwaukee staff: payment received, new anticipated date (number only in subject)
t = """Hello,

Thank you - your payment was received and the redaction work is under way. Because of the current volume
of video requests we now anticipate completing the release by December 18, 2026. It may be sooner; I will
send the link as soon as the files are done.

Officer Dana Pruitt
Open Records Section, Milwaukee Police Department
(414) 935-7400

From: Records Desk <%s>
Sent: Tuesday, November 10, 2026 9:02 AM
To: MPD Open Records <mpdopenrecords@milwaukee.gov>
Subject: RE: OR 26-01873 - Estimated cost (video redaction)

Payment of $375.62 was sent by ACH this morning. Please confirm receipt.
""" % plus(11)
build('051-milwaukee-extension.eml', {
    'From': 'Pruitt, Dana <dpruitt@milwaukee.gov>', 'To': plus(11), 'Cc': 'mpdopenrecords@milwaukee.gov',
    'Date': '2026-11-16 14:18 -0600', 'Subject': 'RE: OR 26-01873 - Estimated cost (video redaction)',
    'Message-ID': '<DM6PR04MB4410C2D8F0A3@DM6PR04MB4410.namprd04.prod.outlook.com>',
    'In-Reply-To': '<req-011.20261110.4@%s>' % ORG,
    'References': '%s <DM6PR04MB4410E71C0B35@DM6PR04MB4410.namprd04.prod.outlook.com> <req-011.20261110.4@%s>' % (req_mid(11, '2026-09-17'), ORG)},
    text=t)

# 052 Memphis: final response letter (PDF) - contract released, alert locations withheld
pdf = pdf_bytes([
    'CITY OF MEMPHIS - OFFICE OF THE CITY ATTORNEY', 'Public Records', '', 'November 19, 2026', '',
    'Re: Public Records Request P042310-091426 (ShotSpotter / SoundThinking)', '',
    'The following records are provided through the Public Records Center:',
    '  1. Services agreement with SoundThinking, Inc. (2023) and Amendments 1 and 2;',
    '  2. Invoices and payment records, FY2024 through FY2027 to date (41 pages);',
    '  3. Alert log, January 1, 2023 - September 14, 2026: date, time, alert type,',
    '     precinct, and MPD disposition.', '',
    'Withheld: the street-level location and coordinates of each alert and the sensor',
    'locations. Disclosure would reveal the placement of the City\'s acoustic detection',
    'equipment, which is confidential under T.C.A. 10-7-504(a)(19) and (m)(1)',
    '(security of government property and infrastructure).', '',
    'There is no charge for these records. This completes your request.', '',
    'Public Records Coordinator, City of Memphis'], 'Final response P042310-091426')
build('052-memphis-final-shotspotter.eml', {
    'From': 'City of Memphis Public Records <publicrecords@memphistn.gov>', 'To': plus(2),
    'Date': '2026-11-19 15:52 -0600', 'Subject': 'Public Records Request P042310-091426 - final response',
    'Message-ID': '<CH0PR09MB77412B0D7F6C@CH0PR09MB7741.namprd09.prod.outlook.com>'},
    text='Attached is the City\'s final response to your request. The records are available for download in the Public Records Center.\n\nCity of Memphis Public Records\n',
    attachments=[('P042310-091426_Final_Response.pdf', 'application/pdf', pdf)])

# 053 Columbus: alert data released with sensor coordinates redacted; request complete
csv = ("alert_id,date,time,rounds,zone,cpd_precinct,disposition\n"
       "CB-230117-004,2023-01-17,23:41,4,Linden,P10,no evidence found\n"
       "CB-230118-011,2023-01-18,02:05,7,Hilltop,P8,casings recovered\n"
       "CB-230121-002,2023-01-21,19:22,2,South Side,P12,report taken\n"
       "# 9,315 further rows omitted in this stand-in\n").encode()
t = """Hello,

Attached is the second and final release for public records request C012584-091626: the ShotSpotter alert
data for December 1, 2023 through September 16, 2026.

The latitude/longitude of each alert and the sensor locations have been removed. These are infrastructure
and security records exempt from disclosure under R.C. 149.433 and R.C. 149.43(A)(1)(p). All other fields
are provided.

This completes your request and it will be closed in the Public Records Center.

Renee Hollis
Public Records Unit | Columbus Division of Police
"""
build('053-columbus-final-shotspotter.eml', {
    'From': 'Hollis, Renee <rhollis@columbuspolice.org>', 'To': plus(9), 'Date': '2026-11-24 11:30 -0500',
    'Subject': 'RE: Public Records Request :: C012584-091626 - Release 2 (final)',
    'Message-ID': '<BN8PR14MB3162E0A4C317@BN8PR14MB3162.namprd14.prod.outlook.com>'}, text=t,
    attachments=[('C012584_ShotSpotter_Alerts.csv', 'text/csv', csv)])

# 054 SLMPD: final disc mailed; FIU summaries closed in part
t = """Records Desk,

Re: SR 2026-0412 - final response

Disc 2 of 2 was mailed today by certified mail. It contains:
  - the 2025 use-of-force reports (1,131 pages, redacted as required by law); and
  - closing memoranda for 14 Force Investigation Unit investigations completed in 2024-2025, with the
    names of non-officer witnesses redacted.

Closing memoranda for 6 further FIU investigations are closed records and have not been provided: 3 remain
under review by the Circuit Attorney and are closed under Section 610.100 RSMo, and 3 resulted in
discipline and are closed personnel records under Section 610.021(3) and (13) RSMo.

The actual cost was $398.20, which is less than the amount you paid; a refund of $8.25 is being processed.
This completes the Department's response to your request.

T. Reeves
Office of the Custodian of Records
St. Louis Metropolitan Police Department
"""
build('054-slmpd-final-cd.eml', {
    'From': 'Reeves, Tamika <treeves@slmpd.org>', 'To': plus(3), 'Date': '2026-12-03 14:10 -0600',
    'Subject': 'SR 2026-0412 - final installment', 'Message-ID': '<SA1PR19MB55124E2F7B60@SA1PR19MB5512.namprd19.prod.outlook.com>'},
    text=t, charset='windows-1252')

# 055 Columbus: estimated completion date after the requester narrowed the IAB request
t = """Hello,

Thank you for narrowing public records request C012977-100526 to IAB-level investigations closed in 2025,
Investigative Summary only.

We have identified 212 responsive investigations. Each summary has to be reviewed for information that
must be redacted (for example, medical information and the identities of juveniles and confidential
complainants). We currently anticipate completing the review and releasing the summaries by
January 29, 2027. If we are able to finish part of the review earlier we may release the summaries in
batches.

Renee Hollis
Public Records Unit | Columbus Division of Police
"""
build('055-columbus-extension-iab.eml', {
    'From': 'Hollis, Renee <rhollis@columbuspolice.org>', 'To': plus(10), 'Date': '2026-12-10 09:26 -0500',
    'Subject': 'RE: Public Records Request :: C012977-100526 - time estimate',
    'Message-ID': '<BN8PR14MB31628F3D1A2B@BN8PR14MB3162.namprd14.prod.outlook.com>'}, text=t)

# 056 Omaha: overtime report released in full (Google Group), request completed
csv = ("year,unit,ot_hours,ot_cost\n2024,Uniform Patrol Bureau,148220,9824113.50\n2024,Criminal Investigations Bureau,61045,4611873.20\n"
       "2024,Gang Unit,18312,1402218.75\n2025,Uniform Patrol Bureau,156904,10688451.00\n2025,Criminal Investigations Bureau,63310,4902745.10\n"
       "2025,Gang Unit,19877,1551930.40\n").encode()
t = """Hello,

Attached is the overtime expenditure report by unit for 2024 and 2025 for ORR-26-0378, as narrowed
(annual totals by unit). Because the narrowed request took less than four hours of staff time, there is no
charge and your deposit will not be collected.

No information was withheld. This completes the request.

Monica Feeney
Records Supervisor, Omaha Police Department
"""
build('056-omaha-final-overtime.eml', dict({
    'From': "'Monica Feeney' via OPD Records Unit <opdrecords@cityofomaha.org>", 'To': plus(14),
    'Reply-To': 'Monica Feeney <monica.feeney@cityofomaha.org>', 'Date': '2026-12-14 10:40 -0600',
    'Subject': 'Re: ORR-26-0378 cost estimate', 'Message-ID': '<CAF9wq0f7Hn2=pQ4zLr8Vb1m@mail.gmail.com>',
    'In-Reply-To': '<CAF9wq0e1dL4=kJmA3xYq7Rt@mail.gmail.com>', 'References': '<CAF9wq0e1dL4=kJmA3xYq7Rt@mail.gmail.com>',
    'X-Original-Sender': 'monica.feeney@cityofomaha.org'}, **GG), text=t,
    attachments=[('OPD_Overtime_by_Unit_2024_2025.csv', 'text/csv', csv)])

# 057 Milwaukee: final release by Evidence.com link, redactions noted
t = """Good afternoon,

Your records for Open Records Request OR-26-01873 are ready.

Video (6 body-worn camera files and 2 squad video files) is available through this Evidence.com link,
which will remain active for 30 days:
  https://milwaukeepd.evidence.com/share/Zt8Rq3Vn6Lm2Pw0y

The three use-of-force reports are attached to the share as PDF files.

Redactions: the face and voice of the minor passenger, the faces of two bystanders, and a driver license
number shown on a squad computer screen were blurred or muted. After applying the balancing test, the
Department determined that the public interest in protecting the identity of the minor and the
bystanders outweighs the public interest in disclosure of those portions (Wis. Stat. 19.35(1)(a), 19.36(6)).
You may seek review of these redactions under Wis. Stat. 19.37.

Final cost: $362.36. A refund of $13.26 will be issued. This completes your request.

Open Records Section, Milwaukee Police Department
"""
build('057-milwaukee-final-evidence.eml', {
    'From': 'MPD Open Records <mpdopenrecords@milwaukee.gov>', 'To': plus(11), 'Date': '2026-12-18 13:05 -0600',
    'Subject': 'Open Records Request - records release',
    'Message-ID': '<DM6PR04MB44106A1E9C57@DM6PR04MB4410.namprd04.prod.outlook.com>'}, text=t)

# 058 Columbus staffer out-of-office, answering our unthreaded status check
t = """I am out of the office through Monday, January 11, 2027, and will respond to your message when I
return. For immediate assistance with a public records request, please contact publicrecords@columbus.gov
or call 614-645-4551.

Renee Hollis
Public Records Unit | Columbus Division of Police
"""
build('058-columbus-ooo.eml', {
    'From': 'Hollis, Renee <rhollis@columbuspolice.org>', 'To': INBOX, 'Date': '2027-01-04 08:03 -0500',
    'Subject': 'Automatic reply: Checking in on our pending request',
    'Message-ID': '<BN8PR14MB316207C9E8D4@BN8PR14MB3162.namprd14.prod.outlook.com>',
    'In-Reply-To': '<desk.20270104.1@%s>' % ORG, 'References': '<desk.20270104.1@%s>' % ORG,
    'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'}, text=t)

# 059 Milwaukee Fire and Police Commission agenda (GovDelivery/Granicus bulletin; no request)
h = """<html><body style="font-family:Arial">
<p><b>City of Milwaukee Fire and Police Commission</b></p>
<p>Regular Meeting - Thursday, January 14, 2027, 5:30 p.m., City Hall Room 301-B</p>
<ol><li>Public comment</li><li>Discussion of Standard Operating Procedure 747 - Body Worn Cameras, proposed revisions on
release of critical-incident video</li><li>Quarterly report on use-of-force incidents</li><li>Overtime budget update</li></ol>
<p><a href="https://milwaukee.granicus.com/GeneratedAgendaViewer.php?view_id=2&amp;event_id=7781">View the full agenda</a></p>
<p style="font-size:10px">You are subscribed to Fire and Police Commission updates. Manage subscriptions at
public.govdelivery.com.</p></body></html>"""
build('059-granicus-fpc-agenda-null.eml', {
    'From': 'City of Milwaukee <milwaukee@public.govdelivery.com>', 'To': INBOX, 'Date': '2027-01-06 16:00 -0600',
    'Subject': 'FPC Regular Meeting Agenda - January 14, 2027', 'Message-ID': '<20270106.8812345@public.govdelivery.com>',
    'List-Unsubscribe': '<https://public.govdelivery.com/accounts/WIMILW/subscriber/one_click_unsubscribe>',
    'Precedence': 'bulk'}, html=h)
