#!/usr/bin/env python3
"""Messages 041-060 of holdout32 (all people, numbers and letters invented)."""
from mklib import *
from build_a import INBOX, plus, OR_URL, or_html, chi_html, NR_BASE, nr_unsub, nr_html, bos_unsub

# 041 -- OpenRecords: NYPD closes the drone request as denied (ongoing investigations), HTML-only
rid = 'FOIL-2026-056-19107'
inner = ('<p>The <b>New York City Police Department</b> has provided additional information about your Freedom of Information '
         'Law (FOIL) ID number <a href="%s">%s</a>.</p>\n'
         '<p>The New York City Police Department has CLOSED your request for the following reasons:</p>\n'
         '<ul><li><b>Denied</b> &ndash; Disclosure would interfere with law enforcement investigations or judicial proceedings '
         '[Public Officers Law &sect; 87(2)(e)(i)]. A substantial number of the flights you identified were conducted in support of '
         'criminal investigations that remain open, and the flight logs would reveal the dates, locations and subjects of that '
         'activity.</li>\n'
         '<li><b>Denied</b> &ndash; Disclosure would reveal non-routine criminal investigative techniques or procedures '
         '[&sect; 87(2)(e)(iv)].</li>\n'
         '<li><b>Denied</b> &ndash; Disclosure could endanger the life or safety of any person [&sect; 87(2)(f)].</li></ul>\n'
         '<p>The Department&#39;s policy governing unmanned aircraft systems is published as part of its Impact and Use Policies '
         'under the Public Oversight of Surveillance Technology (POST) Act and is available at '
         '<a href="https://www.nyc.gov/site/nypd/about/about-nypd/policy/post-act.page">nyc.gov/nypd POST Act policies</a>.</p>\n'
         '<p>You may appeal this decision within 30 days of the date of this notice. Appeals should be addressed to the Records '
         'Access Appeals Officer, New York City Police Department, Legal Bureau, One Police Plaza, Room 1406, New York, NY 10038, '
         'or submitted using the &quot;Appeal&quot; option on the request page. Please include a copy of your original request '
         'and this determination.</p>\n'
         '<p>Please visit <a href="%s">%s</a> to view additional information.</p>') % (OR_URL % rid, rid, OR_URL % rid, rid)
write('041-nycor-nypd-denial-investigation.eml', [
    ('From', 'NYC OpenRecords <donotreply@records.nyc.gov>'),
    ('To', plus(10)),
    ('Subject', 'OpenRecords Request %s Closed' % rid),
    ('Date', 'Thu, 05 Nov 2026 16:15:48 -0500'),
    ('Message-ID', '<177836734814.19107.6601298374@a860-openrecords.nyc.gov>'),
    ('X-Mailer', 'OpenRecords'),
], text_part(or_html(inner, rid), 'html', cte='quoted-printable'))

# 042 -- SPD clarification request via NextRequest (closes in 30 days if no answer), multipart
n = '26-5190'
msgc = ('To make sure we search for the right records, please tell us which of the following you are asking for: (1) the '
        'records retention schedule(s) SPD applies to body-worn video; (2) system logs of body-worn video deleted from the '
        'evidence management system, for which please give a date range and whether you want every entry or monthly totals; '
        'and/or (3) audits of body-worn video retention or deletion performed by the Office of Inspector General or the '
        'Audit, Policy and Research Section.')
txt = """City of Seattle

Request #%s has a new message from Seattle Police Department:

Hello,

%s

If we do not receive a response within 30 days of this message, we will
close your request under RCW 42.56.520(3)(b). You can respond through the
request page.

Seattle Police Department Public Disclosure Unit

View request: %s

Please do not reply to this email; replies are not monitored.
Powered by NextRequest
""" % (n, '\n'.join(textwrap.wrap(msgc, 76)), NR_BASE % n)
html = nr_html(('<p>Request <a href="%s">#%s</a> has a new message from <b>Seattle Police Department</b>:</p>\n'
    '<blockquote style="border-left:3px solid #ccc;padding-left:10px"><p>Hello,</p><p>%s</p>\n'
    '<p>If we do not receive a response within 30 days of this message, we will close your request under RCW 42.56.520(3)(b). '
    'You can respond through the request page.</p>\n<p>Seattle Police Department Public Disclosure Unit</p></blockquote>\n'
    '<p><a href="%s">View request</a></p>') % (NR_BASE % n, n, msgc, NR_BASE % n))
write('042-seattle-nr-spd-clarify.eml', [
    ('From', 'City of Seattle <seattle@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@mail.nextrequest.com'),
    ('To', plus(14)),
    ('Subject', '[City of Seattle] Request #%s has a new message' % n),
    ('Date', 'Mon, 09 Nov 2026 11:37:02 -0800'),
    ('Message-ID', '<6729b8de41a07_7c4e3fd9a1c8b0e4d6b2@nextrequest-worker-2.mail>'),
] + nr_unsub('042'), multipart('alternative', [text_part(txt), text_part(html, 'html')], boundary('042')))

# 043 -- City of Boston newsletter about snow season (not about any request)
txt = """City of Boston | This week at City Hall

GET READY FOR WINTER

Snow emergency parking: When the Mayor declares a snow emergency, cars parked
on posted main arteries will be ticketed and towed. Find discounted garage
parking near you at boston.gov/snow.

Clear your sidewalk: Property owners must clear snow and ice from sidewalks
and curb ramps within 3 hours after the snow stops (or 3 hours after sunrise
if it stops overnight).

Our crews: Public Works has more than 800 pieces of City and contractor
equipment ready for the season, and 45,000 tons of salt on hand.

ALSO THIS WEEK
- Veterans Day: City Hall and BCYF centers closed Wednesday, November 11.
- Flu clinics at community centers through December.

You are receiving this because you subscribed to City of Boston updates.
Manage preferences or unsubscribe: https://www.boston.gov/newsletters/manage?u=7f2a91c0
City of Boston, 1 City Hall Square, Boston, MA 02201
"""
html = ('<html><body style="margin:0;background:#f3f3f3"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table width="600" style="background:#fff;font-family:Montserrat,Arial,sans-serif"><tr><td style="background:#091f2f;color:#fff;padding:14px">'
        '<b>CITY of BOSTON</b> &nbsp;|&nbsp; This week at City Hall</td></tr>\n'
        '<tr><td style="padding:16px"><h2 style="color:#091f2f">Get ready for winter</h2>\n'
        '<p><b>Snow emergency parking:</b> When the Mayor declares a snow emergency, cars parked on posted main arteries will be '
        'ticketed and towed. Find discounted garage parking near you at <a href="https://www.boston.gov/snow">boston.gov/snow</a>.</p>\n'
        '<p><b>Clear your sidewalk:</b> Property owners must clear snow and ice from sidewalks and curb ramps within 3 hours after the '
        'snow stops (or 3 hours after sunrise if it stops overnight).</p>\n'
        '<p><b>Our crews:</b> Public Works has more than 800 pieces of City and contractor equipment ready for the season, and 45,000 '
        'tons of salt on hand.</p>\n<h3>Also this week</h3><ul><li>Veterans Day: City Hall and BCYF centers closed Wednesday, November 11.</li>'
        '<li>Flu clinics at community centers through December.</li></ul></td></tr>\n'
        '<tr><td style="padding:12px;font-size:11px;color:#777">You are receiving this because you subscribed to City of Boston updates. '
        '<a href="https://www.boston.gov/newsletters/manage?u=7f2a91c0">Manage preferences or unsubscribe</a>.<br>'
        'City of Boston, 1 City Hall Square, Boston, MA 02201</td></tr></table></td></tr></table></body></html>\n')
write('043-boston-newsletter.eml', [
    ('From', 'City of Boston <newsletters@boston.gov>'),
    ('To', INBOX),
    ('Subject', 'Get ready for winter: snow emergency parking, sidewalks and more'),
    ('Date', 'Tue, 10 Nov 2026 07:00:00 -0500'),
    ('Message-ID', '<0100019a3f6e2b41-7c9d2e10-53af-4b8e-9c41-2f7e6d1a0b93-000000@email.amazonses.com>'),
    ('List-Unsubscribe', '<https://www.boston.gov/newsletters/unsubscribe?u=7f2a91c0&l=citywide>, <mailto:unsubscribe+7f2a91c0@newsletters.boston.gov>'),
    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
    ('List-ID', 'City of Boston weekly <citywide.newsletters.boston.gov>'),
    ('Precedence', 'bulk'),
    ('Feedback-ID', '1.us-east-1.x7Qm0cQ2Z1JrP4vA8u9TGz5kQwE=:AmazonSES'),
], multipart('alternative', [text_part(txt, cte='quoted-printable'), text_part(html, 'html', cte='quoted-printable')], boundary('043', 'x')))

# 044 -- Chicago center: request completed by CPD after the reassignment (tow logs, redactions), HTML-only
rid = 'C014523-091026'
html = chi_html('Your FOIA request has been completed', [
    ('Reference No.:', rid), ('Department:', 'Chicago Police Department'), ('Status:', 'Completed')],
    '<p>Dear Records Desk,</p>\n<p>The Chicago Police Department has completed its response to your request, as clarified, for '
    'records of vehicles towed to City auto pounds, including relocated vehicles later towed, for January 1, 2025 to '
    'September 10, 2026.</p>\n<p>The responsive records &ndash; an extract of the Auto Pound tow log (48,210 rows) &ndash; '
    'have been uploaded to the FOIA Center and may be downloaded from the request page. License plate numbers, VINs and '
    'registered-owner names have been redacted under 5 ILCS 140/7(1)(b) (private information) and 7(1)(c) (unwarranted '
    'invasion of personal privacy). Tow log entries associated with pending criminal cases have been redacted under '
    '7(1)(d)(i).</p>\n<p>You have a right to have this partial denial reviewed by the Public Access Counselor (PAC) of the '
    'Office of the Illinois Attorney General, 500 S. Second Street, Springfield, Illinois 62701, (877) 299-3642, '
    'publicaccess@ilag.gov, within 60 days of the date of this letter. 5 ILCS 140/9.5(a). You also have the right to seek '
    'judicial review under 5 ILCS 140/11.</p>\n<p>Office of Legal Affairs &ndash; FOIA Section<br>Chicago Police Department</p>',
    rid, 'CPD')
write('044-chicago-center-final-towlogs.eml', [
    ('From', '"City of Chicago FOIA Center" <chicagoil@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', 'FOIA Request :: %s - Completed' % rid),
    ('Date', 'Thu, 12 Nov 2026 15:48:30 -0600'),
    ('Message-ID', '<7a1d3f8e0c2b46e99d5a41c7b3e60f28@mycusthelp.net>'),
    ('X-Mailer', 'GovQA Notification Service'),
], text_part(html, 'html', cte='quoted-printable'))

# 045 -- Exchange NDR from doc.nyc.gov: our follow-up to the departed FOIL officer bounced
bnd = boundary('045', 'ms')
ndr_txt = """Your message to Tamika.Vasquez@doc.nyc.gov couldn't be delivered.

Tamika.Vasquez wasn't found at doc.nyc.gov.

Records Desk    Office 365    Tamika.Vasquez
Action Required               Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact the recipient by some
  other means.

Diagnostic information for administrators:
Generating server: SA1PR09MB8810.namprd09.prod.outlook.com
Tamika.Vasquez@doc.nyc.gov
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
status = """Reporting-MTA: dns;SA1PR09MB8810.namprd09.prod.outlook.com
Received-From-MTA: dns;mx1.records.example.org
Arrival-Date: Tue, 17 Nov 2026 15:05:04 +0000

Final-Recipient: rfc822;Tamika.Vasquez@doc.nyc.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
orig = """From: Records Desk <records@records.example.org>
To: "Vasquez, Tamika" <Tamika.Vasquez@doc.nyc.gov>
Subject: RE: FOIL-2026-072-07715 -- scope question
Date: Tue, 17 Nov 2026 10:04:58 -0500
Message-ID: <out-7715-f2.20261117.1@records.example.org>
In-Reply-To: <SA1PR09MB8810C4F61D2B33A9E07B5F1AC1D62@SA1PR09MB8810.namprd09.prod.outlook.com>
References: <SA1PR09MB8810C4F61D2B33A9E07B5F1AC1D62@SA1PR09MB8810.namprd09.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
part = multipart('report', [
    text_part(ndr_txt),
    'Content-Type: message/delivery-status\n\n' + status,
    'Content-Type: text/rfc822-headers\n\n' + orig,
], bnd, params='; report-type=delivery-status')
write('045-bounce-doc-ndr.eml', [
    ('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@doc.nyc.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Undeliverable: RE: FOIL-2026-072-07715 -- scope question'),
    ('Date', 'Tue, 17 Nov 2026 10:05:12 -0500'),
    ('Message-ID', '<3c9e0a7d5b1f4c28a6e2d0f9b7c4a513@SA1PR09MB8810.namprd09.prod.outlook.com>'),
    ('Auto-Submitted', 'auto-replied'),
    ('X-MS-Exchange-Message-Is-Ndr', ''),
], part)

# 046 -- NextRequest weekly summary listing a single request (SPD BWV)
n = '26-5190'
txt = """City of Seattle - weekly summary of your public records requests

Requests with activity during the week of November 9-15, 2026:

#%s  Public Records Request: SPD body-worn video retention schedules and
          deletion audits
          Status: Open - Waiting on requester | 1 new message
          %s

To change how often you receive these summaries, update your notification
settings on your profile page.

Powered by NextRequest
""" % (n, NR_BASE % n)
html = nr_html('<h3>Weekly summary of your public records requests</h3>\n<p>Requests with activity during the week of November 9&ndash;15, 2026:</p>\n'
    '<table cellpadding="6" style="border-collapse:collapse;font-size:13px">\n'
    '<tr style="background:#eef"><th align="left">Request</th><th align="left">Description</th><th align="left">Status</th></tr>\n'
    '<tr><td><a href="%s">#%s</a></td><td>Public Records Request: SPD body-worn video retention schedules and deletion audits</td>'
    '<td>Open &ndash; Waiting on requester (1 new message)</td></tr>\n</table>\n'
    '<p>To change how often you receive these summaries, update your notification settings on your profile page.</p>' % (NR_BASE % n, n))
write('046-seattle-nr-digest-single.eml', [
    ('From', 'City of Seattle <seattle@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@mail.nextrequest.com'),
    ('To', INBOX),
    ('Subject', 'Your weekly public records summary'),
    ('Date', 'Wed, 18 Nov 2026 06:00:09 -0800'),
    ('Message-ID', '<673b4a09d1e26_1d9e3fb07a6c8e2ca113@nextrequest-digest-1.mail>'),
    ('Precedence', 'bulk'),
] + nr_unsub('046'), multipart('alternative', [text_part(txt), text_part(html, 'html')], boundary('046')))

# 047 -- L&I officer out-of-office reply to our status follow-up (threaded to her message)
write('047-philly-ooo.eml', [
    ('From', '"DiNardo, Angela" <Angela.DiNardo@phila.gov>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Automatic reply: RE: 2026-RTK-01390 - Interim Response'),
    ('Thread-Topic', '2026-RTK-01390 - Interim Response'),
    ('Date', 'Tue, 24 Nov 2026 13:20:45 -0500'),
    ('Message-ID', '<PH0PR09MB75124C0E8B1F3A6D92E7C5B0A4D18@PH0PR09MB7512.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<out-1390-f1.20261124.1@records.example.org>'),
    ('References', '<PH0PR09MB7512F3B6D0A2C49E17D5B8A3E6C21@PH0PR09MB7512.namprd09.prod.outlook.com> <out-1390-f1.20261124.1@records.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
], text_part(
"""I am out of the office for the Thanksgiving holiday and will return on
Monday, November 30. City offices are closed Thursday, November 26 and
Friday, November 27.

For Right-to-Know matters that cannot wait, please contact the City's
Right-to-Know Office at righttoknow@phila.gov.

Angela DiNardo
Open Records Officer, Department of Licenses and Inspections
""", cte='7bit'))

# 048 -- L&I final response: no responsive records (with pointers), appeal to OOR
write('048-philly-li-no-records.eml', [
    ('From', '"DiNardo, Angela" <Angela.DiNardo@phila.gov>'),
    ('To', 'records+req-015@records.example.org'),
    ('Cc', 'Right to Know <righttoknow@phila.gov>'),
    ('Subject', '2026-RTK-01390 - Final Response'),
    ('Thread-Topic', '2026-RTK-01390 - Final Response'),
    ('Date', 'Mon, 30 Nov 2026 15:55:00 -0500'),
    ('Message-ID', '<PH0PR09MB7512A9D3E1C07F4B65A2D8E0C9F37@PH0PR09MB7512.namprd09.prod.outlook.com>'),
], text_part(
"""RE: Right-to-Know Request 2026-RTK-01390 - FINAL RESPONSE

Dear Requester:

This is the final response of the Department of Licenses and Inspections
(L&I) to your request under the Right-to-Know Law, received October 20, 2026,
for demolition contractor invoices, cost recovery liens or bills issued to
owners, and any list of properties demolished under the emergency
(Imminently Dangerous) procedure, January 2025 to present.

After a good-faith search of the Demolition Unit's files and the Department's
case management system, L&I has determined that it does not possess records
responsive to your request:

  - Contractor invoices for emergency demolitions are submitted to and paid
    by the Department of Public Property; L&I does not keep copies.
  - Cost recovery liens and bills to owners are prepared and filed by the Law
    Department's Code Enforcement Unit and the Department of Revenue.
  - L&I does not maintain a list of properties demolished under the
    emergency procedure. The Law does not require an agency to create a
    record that does not exist, 65 P.S. 67.705.

Because no responsive records exist in L&I's possession, custody or control,
your request is denied on that basis. You may wish to direct requests for the
invoices and liens to the Right-to-Know Office for Public Property and the
Law Department.

You have a right to appeal this response in writing to the Pennsylvania
Office of Open Records, 333 Market Street, 16th Floor, Harrisburg, PA
17101-2234, within fifteen (15) business days of the mailing date of this
response (65 P.S. 67.1101).

Angela DiNardo
Open Records Officer
Department of Licenses and Inspections, City of Philadelphia
""", cte='7bit'))

# 049 -- CPD final response on the narrowed CEIS request: audits with redactions + CSV counts; PAC review 60 days
csv = ('unit,month,logins\n001 - Central,2023-01,412\n001 - Central,2023-02,388\n'
       '002 - Wentworth,2023-01,356\n...\n189 - Narcotics,2026-08,1204\n')
pdf = make_pdf(wrap_lines([
    'CHICAGO POLICE DEPARTMENT', 'Office of Legal Affairs - Freedom of Information Section', '', 'December 1, 2026', '',
    'RE: FOIA Request C014522-091026 (as amended September 29, 2026)', '',
    'Dear Records Desk:', '',
    'This letter responds to your amended request for (a) audit reports of the Criminal Enterprise Information System '
    '(CEIS) from January 1, 2023 to the present, and (b) aggregate counts of CEIS log-ins by unit and month.', '',
    'Enclosed/uploaded are fourteen (14) CEIS audit reports (92 pages) and a spreadsheet of log-in counts by unit and month. '
    'Portions of the audit reports have been redacted as follows: names and identifying information of individuals whose '
    'records were reviewed, 5 ILCS 140/7(1)(c); descriptions of system security configurations and access-control '
    'settings whose disclosure could reasonably be expected to jeopardize the security of the system, 5 ILCS 140/7(1)(v).', '',
    'This completes the Department\'s response to your request.', '',
    'You have a right to have the partial denial of your request reviewed by the Public Access Counselor (PAC) at the '
    'Office of the Illinois Attorney General, 500 S. Second Street, Springfield, Illinois 62701, (877) 299-3642. You must '
    'file your request for review with the PAC within 60 days after the date of this final denial letter. 5 ILCS '
    '140/9.5(a). You also have the right to seek judicial review of your denial by filing a lawsuit in the State circuit '
    'court. 5 ILCS 140/11.', '',
    'Sincerely,', '', 'Sgt. Renata Kowalczyk', 'FOIA Officer', 'Chicago Police Department',
]), 'C014522-091026 Final')
write('049-cpd-final-withholdings.eml', [
    ('From', 'CPD FOIA <foia@chicagopolice.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'FOIA C014522-091026 - Final Response'),
    ('Date', 'Tue, 01 Dec 2026 14:12:40 -0600'),
    ('Message-ID', '<CH0PR09MB73902C5F8E1A0B7D46C3E9F5B2D81@CH0PR09MB7390.namprd09.prod.outlook.com>'),
    ('X-MS-Has-Attach', 'yes'),
], multipart('mixed', [text_part(
"""Please see the attached final response letter. The redacted audit reports
have also been uploaded to the City's FOIA Center under the same reference
number because of their size.

Freedom of Information Section
Chicago Police Department
""", cte='7bit'), attachment('C014522-091026 Final Response.pdf', pdf),
    attachment('C014522-091026_CEIS_logins_by_unit_month.csv', csv, 'text/csv')], boundary('049', 'ms')))

# 050 -- OpenRecords: NYPD extends the SRG request to Jan 22, 2027, HTML-only, agency only in HTML
rid = 'FOIL-2026-056-18342'
inner = ('<p>The <b>New York City Police Department</b> has extended the time to respond to your FOIL request <a href="%s">%s</a> '
         'for the following reasons:</p>\n'
         '<p>You can expect a response on or about Friday, January 22, 2027.<br><br>\n'
         'Additional Information:<br>\nThe overtime data responsive to your request must be extracted by the Office of Management '
         'Analysis and Planning and the Strategic Response Group deployment records are still being reviewed for exempt '
         'information. The Department requires additional time to complete its review.<br><br>\n'
         'Please visit <a href="%s">%s</a> to view additional information and take any necessary action.</p>') % (
         OR_URL % rid, rid, OR_URL % rid, rid)
write('050-nycor-nypd-extension.eml', [
    ('From', 'NYC OpenRecords <donotreply@records.nyc.gov>'),
    ('To', INBOX),
    ('Subject', 'OpenRecords Request %s Extended' % rid),
    ('Date', 'Fri, 04 Dec 2026 17:03:55 -0500'),
    ('Message-ID', '<177858263511.18342.8830142276@a860-openrecords.nyc.gov>'),
    ('X-Mailer', 'OpenRecords'),
], text_part(or_html(inner, rid), 'html', cte='quoted-printable'))

# 051 -- DOC staffer (new officer) sends installment 2 of 4 from own address; number only in attachment name; Safe Links
u_sp = safelink('https://nyccorrection.sharepoint.com/:f:/s/LegalFOIL/Ek7715_UOF_Inst2?e=b2Xk9P', '051a')
pdf = make_pdf(wrap_lines([
    'NEW YORK CITY DEPARTMENT OF CORRECTION - LEGAL DIVISION, FOIL UNIT', '',
    'INSTALLMENT 2 OF 4 - INDEX OF RECORDS', '',
    'Use of Force Incident Reports and Preliminary Reviews, RNDC and EMTC, April 1 - June 30, 2025', '',
    'Incident packets in this installment: 212 (668 pages)', '',
    'Redactions: names and identifying information of incarcerated individuals and of staff below the rank of captain, '
    'Public Officers Law 87(2)(b); camera locations and post assignments, Public Officers Law 87(2)(f).', '',
    'Installment 3 (July - September 2025) is expected in January 2027.',
]), 'Installment 2 index')
txt = """Hello,

I have taken over your use of force request from Ms. Vasquez, who has left
the Department. Attached is the index for installment 2 of 4 (April-June
2025, RNDC and EMTC). The packets themselves are too large to email, so
they are in this folder:

%s

The folder link expires in 30 days. The same redactions apply as in
installment 1. I expect to send installment 3 in January.

Regards,

Alan Petrosyan
FOIL Unit, Legal Division
NYC Department of Correction
""" % u_sp
write('051-doc-staff-installment2-safelinks.eml', [
    ('From', '"Petrosyan, Alan" <APetrosyan@doc.nyc.gov>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'RE: use of force records - installment 2 of 4'),
    ('Thread-Topic', 'use of force records - installment 2 of 4'),
    ('Thread-Index', 'AdtoQ1v7yH2gS0eVQ3q9wE1nTz4kPw=='),
    ('Date', 'Mon, 07 Dec 2026 11:18:26 -0500'),
    ('Message-ID', '<SA1PR09MB88107D0E3B9A2F15C4E6D8B0A9C33@SA1PR09MB8810.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<out-7715-f3.20261118.1@records.example.org>'),
    ('References', '<out-7715-f3.20261118.1@records.example.org>'),
    ('X-MS-Has-Attach', 'yes'),
    ('x-ms-exchange-atpmessageproperties', 'SA|SL'),
], multipart('mixed', [text_part(txt, cte='quoted-printable'),
                       attachment('FOIL-2026-072-07715_Installment_2_of_4_Index.pdf', pdf)], boundary('051', 'ms')))

# 052 -- Boston GovQA: request completed (records released with redactions), appeal to the Supervisor of Records
rid = 'R004431-091626'
txt = """Dear Records Desk,

RE: Public Records Request %s - snow removal contracts and contractor
payments, winter 2025-26

Thank you for your payment of $175.00. The City's response to your request is
complete. The following records have been uploaded to the Public Records
Center and are available for download:

  - Snow removal contracts and change orders for the 2025-26 season
    (Public Works, 31 contracts);
  - contractor equipment rosters; and
  - payment vouchers and the vendor payment summary from the Auditing
    Department.

Bank account numbers, employee home addresses and federal taxpayer
identification numbers of individual (sole-proprietor) contractors have
been redacted under M.G.L. c. 4, section 7(26)(c) and (n). No records were
withheld in full.

If you are not satisfied with this response you may appeal to the
Supervisor of Records, Secretary of the Commonwealth, One Ashburton Place,
Room 1719, Boston, MA 02108, within 90 calendar days, as provided by
950 CMR 32.08, and you may also seek relief in superior court under
M.G.L. c. 66, section 10A(c).

Records Access Officer
City of Boston
""" % rid
html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">\n'
        '<p style="background:#091f2f;color:#fff;padding:8px"><b>CITY of BOSTON</b> &nbsp;Public Records Center</p>\n'
        '<pre style="font-family:Arial,sans-serif;white-space:pre-wrap">%s</pre>\n</body></html>\n') % txt.replace('&', '&amp;')
write('052-boston-govqa-completed.eml', [
    ('From', 'City of Boston Public Records <bostonma@govqa.us>'),
    ('To', plus(8)),
    ('Subject', 'City of Boston Public Records Request :: %s - Completed' % rid),
    ('Date', 'Wed, 09 Dec 2026 13:27:39 -0500'),
    ('Message-ID', '<20261209182739.1.E2B7D5A09C4F1E83@notifications.govqa.us>'),
] + bos_unsub('052'), multipart('alternative', [text_part(txt), text_part(html, 'html', cte='quoted-printable')], boundary('052', 'gq')))

# 053 -- USMS final for REQ-016: no records (appeal to OIP in 90 days), plain inbox
write('053-usms-no-records.eml', [
    ('From', 'USMS FOIA <usms.foia@usdoj.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'FOIA Request No. 2026-USMS-004102 - Final Response'),
    ('Date', 'Thu, 10 Dec 2026 10:00:00 -0500'),
    ('Message-ID', '<BN8PR09MB5521A93E0C7D2F14B6E8D3A5C0F27@BN8PR09MB5521.namprd09.prod.outlook.com>'),
], text_part(
"""U.S. Department of Justice
United States Marshals Service
Office of General Counsel - FOIA/PA Unit

December 10, 2026

Re: Freedom of Information Act Request No. 2026-USMS-004102

Dear Requester:

This responds to your FOIA request for intergovernmental agreements,
detention services agreements and modifications under which the U.S.
Marshals Service houses federal prisoners in facilities operated by the New
York City Department of Correction.

The Prisoner Operations Division and the Southern and Eastern Districts of
New York searched their agreement files and the USMS detention services
agreement database. The USMS does not have an agreement with the New York
City Department of Correction for the housing of federal prisoners, and the
searches located no records responsive to your request.

You may contact our FOIA Public Liaison at (703) 740-3943 for any further
assistance and to discuss any aspect of your request. You may also contact
the Office of Government Information Services (OGIS) at the National
Archives and Records Administration to inquire about the FOIA mediation
services they offer (ogis@nara.gov; 202-741-5770).

If you are not satisfied with this response, you may administratively
appeal by writing to the Director, Office of Information Policy (OIP),
United States Department of Justice, 441 G Street, NW, 6th Floor,
Washington, D.C. 20530, or you may submit an appeal through OIP's FOIA
STAR portal. Your appeal must be postmarked or electronically transmitted
within ninety (90) days of the date of this response.

Sincerely,

Charlotte A. Ruiz
Senior Associate General Counsel, FOIA/PA Officer
U.S. Marshals Service
""", cte='7bit'))

# 054 -- NextRequest: SPD closes the BWV request for no response to the clarification
n = '26-5190'
msgx = ('We did not receive a response to our November 9, 2026 request for clarification. Under RCW 42.56.520(3)(b), '
        'your request is now closed and no records will be provided. You are welcome to submit a new request at any time.')
txt = """City of Seattle

Request #%s has been closed.

Closure reason: Requester did not respond to clarification request

Message from Seattle Police Department:
%s

View request: %s

Please do not reply to this email; replies are not monitored.
Powered by NextRequest
""" % (n, '\n'.join(textwrap.wrap(msgx, 76)), NR_BASE % n)
html = nr_html(('<h3>Request <a href="%s">#%s</a> has been closed.</h3>\n'
    '<p><b>Closure reason:</b> Requester did not respond to clarification request</p>\n'
    '<p><b>Message from Seattle Police Department:</b></p><blockquote style="border-left:3px solid #ccc;padding-left:10px">%s</blockquote>\n'
    '<p><a href="%s">View request</a></p>') % (NR_BASE % n, n, msgx, NR_BASE % n))
write('054-seattle-nr-closed-noresponse.eml', [
    ('From', 'City of Seattle <seattle@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@mail.nextrequest.com'),
    ('To', plus(14)),
    ('Subject', '[City of Seattle] Request #%s has been closed' % n),
    ('Date', 'Mon, 14 Dec 2026 12:00:31 -0800'),
    ('Message-ID', '<675de4ff2c1b9_7c4e3fd9a1c8b0e5f08d@nextrequest-worker-6.mail>'),
] + nr_unsub('054'), multipart('alternative', [text_part(txt), text_part(html, 'html')], boundary('054')))

# 055 -- OpenRecords: DOC closes restrictive-housing request, no records found, HTML-only
rid = 'FOIL-2026-072-08840'
inner = ('<p>The <b>Department of Correction</b> has provided additional information about your Freedom of Information Law '
         '(FOIL) ID number <a href="%s">%s</a>.</p>\n'
         '<p>The Department of Correction has CLOSED your request for the following reason:</p>\n'
         '<ul><li><b>No Records Found</b> &ndash; After a diligent search, the agency has determined that it does not maintain '
         'records responsive to your request. The Department does not record lock-in hours per housing unit per day in any '
         'retrievable form, and placement lengths for the units you named are not tracked in a report or database that can be '
         'produced. FOIL does not require an agency to create a record that it does not possess or maintain '
         '[Public Officers Law &sect; 89(3)(a)].</li></ul>\n'
         '<p>Aggregate restrictive housing figures are published in the Department&#39;s reports to the City Council under Local '
         'Law 42 of 2024 on nyc.gov/doc.</p>\n'
         '<p>You may appeal this determination within 30 days to the Records Access Appeals Officer, New York City Department of '
         'Correction, Legal Division, 75-20 Astoria Blvd., East Elmhurst, NY 11370, or through the request page.</p>\n'
         '<p>Please visit <a href="%s">%s</a> to view additional information.</p>') % (OR_URL % rid, rid, OR_URL % rid, rid)
write('055-nycor-doc-closed-no-records.eml', [
    ('From', 'NYC OpenRecords <donotreply@records.nyc.gov>'),
    ('To', INBOX),
    ('Subject', 'OpenRecords Request %s Closed' % rid),
    ('Date', 'Tue, 15 Dec 2026 14:44:10 -0500'),
    ('Message-ID', '<177586345013.8840.4170938852@a860-openrecords.nyc.gov>'),
    ('X-Mailer', 'OpenRecords'),
], text_part(or_html(inner, rid), 'html', cte='quoted-printable'))

# 056 -- Chicago center, generic display name: CPD denies the ALPR request in full (first message on REQ-012)
rid = 'C016903-100626'
html = chi_html('Response to your FOIA request', [
    ('Reference No.:', rid), ('Department:', 'Chicago Police Department'), ('Status:', 'Closed - Denied')],
    '<p>Dear Records Desk,</p>\n<p>The Chicago Police Department has reviewed your request, received October 6, 2026, for '
    'audits of the Department&#39;s automated license plate reader (ALPR) system and agreements under which ALPR data is shared '
    'with other agencies. We apologize for the delay in responding.</p>\n'
    '<p>Your request is <b>denied in full</b>. The ALPR audit reports document system configuration, camera placement and '
    'access-control testing; disclosure could reasonably be expected to jeopardize the effectiveness of the system and the '
    'security of the Department&#39;s information systems, and the records are exempt under 5 ILCS 140/7(1)(v). The data-sharing '
    'agreements describe the investigative uses to which partner agencies put ALPR data and are exempt under 7(1)(d)(v) '
    '(specialized investigative techniques) and 7(1)(v).</p>\n'
    '<p>You have a right to have this denial reviewed by the Public Access Counselor of the Office of the Illinois Attorney '
    'General, 500 S. Second Street, Springfield, Illinois 62701, (877) 299-3642, within 60 days of the date of this letter. '
    '5 ILCS 140/9.5(a). You may also seek judicial review under 5 ILCS 140/11.</p>\n'
    '<p>Office of Legal Affairs &ndash; FOIA Section<br>Chicago Police Department</p>', rid, 'CPD')
write('056-chicago-center-alpr-denial.eml', [
    ('From', '"City of Chicago FOIA Center" <chicagoil@mycusthelp.net>'),
    ('To', plus(12)),
    ('Subject', 'FOIA Request :: %s - Closed' % rid),
    ('Date', 'Wed, 16 Dec 2026 11:09:52 -0600'),
    ('Message-ID', '<c4e81b2f9a0d47d3b6e5a2c0f7d91e38@mycusthelp.net>'),
    ('X-Mailer', 'GovQA Notification Service'),
], text_part(html, 'html', cte='quoted-printable'))

# 057 -- SDOT officer, own address, new subject, no number: last batch, request complete
write('057-sdot-staff-final-newsubject.eml', [
    ('From', '"Natarajan, Priya" <Priya.Natarajan@seattle.gov>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Camera siting memos + vendor contract (last batch)'),
    ('Thread-Topic', 'Camera siting memos + vendor contract (last batch)'),
    ('Thread-Index', 'AdtyZk3PqL9s2cYbT0u1vJ8eW5mQrA=='),
    ('Date', 'Mon, 21 Dec 2026 15:36:20 -0800'),
    ('Message-ID', '<CO6PR09MB77184B2E9D0C1A7F35E6B8D4C0A52@CO6PR09MB7718.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<out-4472-q1.20261030.1@records.example.org>'),
    ('References', '<out-4472-q1.20261030.1@records.example.org>'),
    ('X-MS-Has-Attach', ''),
], text_part(
"""Hi there,

Following up on your school-zone camera request. The vendor did not object
after our third-party notice, so I've posted the last batch to the portal:

  - contract with the camera vendor, including pricing exhibits, and
    amendments 1 through 3;
  - the 2025 school-zone ranking spreadsheet and the siting methodology
    memo (the two items you asked about in October).

Nothing was redacted or withheld. With this batch your request is complete
and I'll close it in the portal today.

Happy holidays,

Priya Natarajan
Public Disclosure Officer
Seattle Department of Transportation
""", cte='7bit'))

# 058 -- OpenRecords maintenance announcement (not about any request), HTML-only
inner = ('<p><b>Scheduled maintenance</b></p>\n'
         '<p>NYC OpenRecords will be unavailable from 8:00 p.m. on Friday, January 8, 2027 until 6:00 a.m. on Saturday, '
         'January 9, 2027 while we upgrade the portal. During this time you will not be able to submit requests, upload files '
         'or view request pages.</p>\n'
         '<p>The maintenance window does not change any agency&#39;s due dates. Emails about activity on your requests that '
         'occur during the window will be delivered when the portal is back online.</p>\n'
         '<p>Thank you for using NYC OpenRecords.</p>')
html = or_html(inner, 'FOIL').replace('To contact the agency about request <a href="https://a860-openrecords.nyc.gov/request/view/FOIL">FOIL</a>, use the request page.',
                                      'Questions? Visit <a href="https://a860-openrecords.nyc.gov/faq">a860-openrecords.nyc.gov/faq</a>.')
write('058-nycor-maintenance.eml', [
    ('From', 'NYC OpenRecords <donotreply@records.nyc.gov>'),
    ('To', INBOX),
    ('Subject', 'NYC OpenRecords scheduled maintenance - January 8-9, 2027'),
    ('Date', 'Tue, 05 Jan 2027 09:00:00 -0500'),
    ('Message-ID', '<178162200000.0.9983412007@a860-openrecords.nyc.gov>'),
    ('X-Mailer', 'OpenRecords'),
    ('Precedence', 'bulk'),
], text_part(html, 'html', cte='quoted-printable'))

# 059 -- USMS final response for REQ-003: release in part (b)(6), (b)(7)(C), (b)(7)(E), (b)(7)(F); letter in PDF
pdf = make_pdf(wrap_lines([
    'U.S. Department of Justice', 'United States Marshals Service', 'Office of General Counsel', 'Washington, DC 20530-0001', '',
    'January 14, 2027', '', 'Records Desk', 'records+req-003@records.example.org', '',
    'Re: Freedom of Information Act Request No. 2026-USMS-003518', '',
    'Dear Requester:', '',
    'This is the final response to your Freedom of Information Act request for use-of-force reports and task force officer '
    'deputation records of the New York/New Jersey Regional Fugitive Task Force, 2023 through 2026.', '',
    'We reviewed 1,140 pages of records. We are releasing 846 pages in part and withholding 198 pages in full. 96 pages '
    'originated with the Federal Bureau of Investigation and have been referred to that agency, which will respond to you '
    'directly.', '',
    'Information has been withheld under the following exemptions of the FOIA, 5 U.S.C. 552(b):', '',
    '(b)(6) and (b)(7)(C) - names, badge numbers and other identifying information of USMS employees, task force officers, '
    'third parties and subjects of task force operations, the disclosure of which could reasonably be expected to constitute '
    'an unwarranted invasion of personal privacy;',
    '(b)(7)(E) - techniques, procedures and guidelines for law enforcement investigations, including fugitive location '
    'methods and operational planning information;',
    '(b)(7)(F) - information that could reasonably be expected to endanger the life or physical safety of any individual.', '',
    'Duplication fees of $74.60 for the released pages will be billed separately, in accordance with your agreement to pay.', '',
    'You may contact our FOIA Public Liaison at (703) 740-3943 for any further assistance and to discuss any aspect of your '
    'request. Additionally, you may contact the Office of Government Information Services (OGIS) at the National Archives '
    'and Records Administration to inquire about the FOIA mediation services they offer: 8601 Adelphi Road, College Park, '
    'Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.', '',
    'If you are not satisfied with this response, you may administratively appeal by writing to the Director, Office of '
    'Information Policy (OIP), United States Department of Justice, 441 G Street, NW, 6th Floor, Washington, D.C. 20530, or '
    'through OIP\'s FOIA STAR portal. Your appeal must be postmarked or electronically transmitted within ninety (90) days '
    'of the date of this response. If you submit your appeal by mail, both the letter and the envelope should be clearly '
    'marked "Freedom of Information Act Appeal."', '',
    'Sincerely,', '', 'Charlotte A. Ruiz', 'Senior Associate General Counsel, FOIA/PA Officer', 'U.S. Marshals Service',
]), 'Final Response')
write('059-usms-final-partial-pdf.eml', [
    ('From', 'USMS FOIA <usms.foia@usdoj.gov>'),
    ('To', plus(3)),
    ('Subject', 'FOIA Final Response'),
    ('Date', 'Thu, 14 Jan 2027 11:30:00 -0500'),
    ('Message-ID', '<BN8PR09MB5521F0A3C7E9D24B61E8A5D3C2B90@BN8PR09MB5521.namprd09.prod.outlook.com>'),
    ('X-MS-Has-Attach', 'yes'),
], multipart('mixed', [text_part(
"""Please see the attached final response to your FOIA request. The released
records will be delivered through a secure file transfer link in a separate
email.

USMS FOIA/PA Unit
""", cte='7bit'), attachment('2026-USMS-003518_Final_Response.pdf', pdf)], boundary('059', 'ms')))

# 060 -- OpenRecords: NYPD releases files and closes the SRG request, disclosed in part; HTML-only
rid = 'FOIL-2026-056-18342'
fl1 = 'https://a860-openrecords.nyc.gov/response/%s' % '9c0e4a71'
fl2 = 'https://a860-openrecords.nyc.gov/response/%s' % '9c0e4a72'
inner = ('<p>The <b>New York City Police Department</b> has responded to your FOIL request <a href="%s">%s</a> with the following file(s):</p>\n'
         '<ul><li style="list-style:none">SRG deployments 2024-2026: <a href="%s">SRG_Deployments_2024-2026.xlsx</a></li>\n'
         '<li style="list-style:none">SRG overtime by month: <a href="%s">SRG_Overtime_by_Month.xlsx</a></li></ul>\n'
         '<p>The New York City Police Department has CLOSED your request for the following reasons:</p>\n'
         '<ul><li><b>Disclosed in Part</b> &ndash; Deployment records are provided with the assignment location redacted for deployments '
         'related to dignitary protection and counter-terrorism posts, as disclosure would reveal non-routine criminal investigative '
         'techniques or procedures and could endanger the life or safety of any person [Public Officers Law &sect; 87(2)(e)(iv), (f)].</li>\n'
         '<li><b>Denied in Part</b> &ndash; After-action reports for SRG deployments to demonstrations are withheld as inter-agency or '
         'intra-agency materials that are not statistical or factual tabulations, final agency policy or determinations '
         '[&sect; 87(2)(g)].</li></ul>\n'
         '<p>You may appeal this determination within 30 days to the Records Access Appeals Officer, New York City Police Department, '
         'Legal Bureau, One Police Plaza, Room 1406, New York, NY 10038, or by using the &quot;Appeal&quot; option on the request page.</p>\n'
         '<p>These records will not be accessible to the public for 20 days. On Thursday, February 11, 2027 these files will be '
         'publicly available on the OpenRecords portal.</p>\n'
         '<p>Please visit <a href="%s">%s</a> to view additional information and take any necessary action.</p>') % (
         OR_URL % rid, rid, fl1, fl2, OR_URL % rid, rid)
write('060-nycor-nypd-closed-final.eml', [
    ('From', 'NYC OpenRecords <donotreply@records.nyc.gov>'),
    ('To', INBOX),
    ('Subject', 'OpenRecords Request %s Closed' % rid),
    ('Date', 'Fri, 22 Jan 2027 16:20:05 -0500'),
    ('Message-ID', '<178187040512.18342.2091774460@a860-openrecords.nyc.gov>'),
    ('X-Mailer', 'OpenRecords'),
], text_part(or_html(inner, rid), 'html', cte='quoted-printable'))
