"""Messages 031-040."""
from lib import *

# 031 Denver ack stating a later received date (request sent on a City holiday)
f = '031-denver-council-ack-ball-arena.eml'
build(f, [('From', 'Denver City Council Records <councilrecords@denvergov.org>'),
          ('To', plus('REQ-008')),
          ('Subject', 'RE: ' + subj('REQ-008')),
          ('Date', 'Tue, 06 Oct 2026 13:00:14 -0600'),
          ('Message-ID', newid(f, 'denvergov.org')),
          ('In-Reply-To', mid('REQ-008')), ('References', mid('REQ-008'))],
      text="""Good afternoon,

City offices were closed Monday, October 5, for Frances Xavier Cabrini Day,
so your Colorado Open Records Act request is considered received today,
Tuesday, October 6, 2026. It has been logged as CORA 2026-0468.

The custodian will respond within three working days or notify you of an
extension as permitted by C.R.S. 24-72-203(3)(b).

Council Records Coordinator
Denver City Council
""")
fact(f, 'REQ-008', 'acknowledgment', 'CORA 2026-0468', ['thread', 'plus', 'tracking-new'], 'received:2026-10-06',
     why='ack states the request is received Oct 6 (sent Oct 5 on a Colorado holiday); clock runs from Oct 6')

# 032 San Jose council aide sends one office's emails directly (informal rolling release)
f = '032-sj-d3-aide-emails.eml'
emails = pdf(['CITY OF SAN JOSE - COUNCIL DISTRICT 3', 'Responsive emails - Downtown West / Diridon (request 26-3372)', '',
              '1. 2025-02-11  From: Lendlease Development  To: D3 Chief of Staff  Re: Diridon affordable housing phasing',
              '2. 2025-06-03  From: SV@Home (registered lobbyist)  To: Councilmember  Re: DWDSP amendment',
              '3. 2026-01-22  From: Google LLC Real Estate  To: D3 Policy Director  Re: schedule update, Block E',
              '[Stand-in index for 41 pages of emails; personal cell numbers of private persons redacted.]'], '26-3372 D3')
build(f, [('From', '"Nguyen, Bao" <bao.nguyen@sanjoseca.gov>'),
          ('To', INBOX),
          ('Subject', 'Downtown West emails - District 3'),
          ('Date', 'Wed, 07 Oct 2026 11:20:09 -0700'),
          ('Message-ID', newid(f, 'sanjoseca.gov')),
          ('X-MS-Has-Attach', 'yes'), ('Content-Language', 'en-US')],
      text="""Hi Records Desk,

I'm the policy aide in District 3. The Clerk's office asked each Council
office to search for your Downtown West / Diridon request (26-3372), and
to save time I'm sending our office's emails directly - 41 pages, attached.
I redacted cell numbers of private individuals per the City Attorney's
guidance.

The Councilmember searched his personal email and phone and didn't find
anything responsive there. The other offices are still working on it; the
Clerk will post their records in the portal when they come in.

Thanks,
Bao Nguyen
Policy Aide, Council District 3 | City of San José
""", attachments=[('D3_DowntownWest_emails_redacted.pdf', emails, 'application/pdf')])
fact(f, 'REQ-002', 'records_interim', '26-3372', ['tracking', 'subject'],
     why="a council aide informally sends one office's responsive emails; other offices' records to follow via the Clerk portal")

# 033 Austin closure with release in full (calendar request)
f = '033-austin-govqa-closed-calendar.eml'
build(f, [('From', 'City of Austin Public Information Center <austintx@govqa.us>'),
          ('To', INBOX),
          ('Subject', 'Public Information Request :: R004866-091526 has been closed'),
          ('Date', 'Thu, 08 Oct 2026 14:30:00 -0500'),
          ('Message-ID', newid(f, 'govqa.us'))],
      html="""<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Dear Records Desk,</p>
<p>Thank you for accepting the estimated charges. The responsive information for request <b>R004866-091526</b> -
54 pages of the Mayor's calendar entries for June through August 2026 - is now available for download in the
Public Information Center. The information is released in full; no information has been withheld.</p>
<p>The City Clerk's lobby registration reports are published online and were not separately searched.</p>
<p>Your request is now closed.</p>
<p>City of Austin Public Information Office</p></body></html>""")
fact(f, 'REQ-004', 'records_final', 'R004866-091526', ['tracking', 'subject'],
     why='GovQA closure that releases the calendar entries in full')

# 034 Denver extension for Ball Arena request
f = '034-denver-council-extension-ball-arena.eml'
build(f, [('From', 'Denver City Council Records <councilrecords@denvergov.org>'),
          ('To', plus('REQ-008')),
          ('Subject', 'RE: ' + subj('REQ-008')),
          ('Date', 'Fri, 09 Oct 2026 10:40:52 -0600'),
          ('Message-ID', newid(f, 'denvergov.org')),
          ('In-Reply-To', mid('REQ-008')), ('References', mid('REQ-008'))],
      text="""Good morning,

For CORA 2026-0468: extenuating circumstances exist because the Council
President must search his own devices and the City Attorney's Office must
review any results. We are extending the response period by seven working
days, until October 20, 2026.

Council Records Coordinator
Denver City Council
""")
fact(f, 'REQ-008', 'extension', 'CORA 2026-0468', ['thread', 'plus', 'tracking'], 'extension',
     why='CORA 7-working-day extension; states Oct 20 (Oct 9 + 7 working days)')

# 035 Chicago ack for the schedules request (bare inbox)
f = '035-chicago-mo-ack-schedules.eml'
build(f, [('From', "Mayor's Office FOIA <mofoia@cityofchicago.org>"),
          ('To', INBOX),
          ('Subject', 'FOIA Request Received - FOIA No. MO26-1302'),
          ('Date', 'Tue, 13 Oct 2026 09:30:00 -0500'),
          ('Message-ID', newid(f, 'cityofchicago.org'))],
      text="""Dear Requester,

The Office of the Mayor received your Freedom of Information Act request on
October 13, 2026, seeking "the Mayor's daily schedules, July 1 through
August 31, 2026."

Your request has been assigned FOIA No. MO26-1302. Pursuant to 5 ILCS
140/3(d), the Office will respond within five business days unless the
time is extended under Section 3(e).

FOIA Officer
City of Chicago - Office of the Mayor
""", html="""<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear Requester,</p><p>The Office of the Mayor received your Freedom of Information Act request on October 13, 2026,
seeking &ldquo;the Mayor's daily schedules, July 1 through August 31, 2026.&rdquo;</p>
<p>Your request has been assigned <b>FOIA No. MO26-1302</b>. Pursuant to 5 ILCS 140/3(d), the Office will respond
within five business days unless the time is extended under Section 3(e).</p>
<p>FOIA Officer<br>City of Chicago &ndash; Office of the Mayor</p></body></html>""")
fact(f, 'REQ-012', 'acknowledgment', 'MO26-1302', ['tracking-new', 'subject'], 'received_on_sent_date',
     why='Chicago ack to the bare inbox; the schedules description (not the earlier stadium request) places it; received Oct 13')

# 036 Seattle GovQA generic update (visitor logs)
f = '036-seattle-govqa-updated.eml'
build(f, [('From', 'City of Seattle Public Records Request Center <seattle@govqa.us>'),
          ('To', INBOX),
          ('Subject', 'Seattle Public Records Request :: C051910-092226 - Updated'),
          ('Date', 'Wed, 14 Oct 2026 07:00:03 -0700'),
          ('Message-ID', newid(f, 'govqa.us'))],
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>Public records request <b>C051910-092226</b> has been updated.</p>
<p>To view the update, please log in to the <a href="https://seattle.govqa.us/WEBAPP/_rs/supporthome.aspx">Seattle
Public Records Request Center</a>.</p><p>Please do not reply to this automated message.</p></body></html>""")
fact(f, 'REQ-006', 'portal_notice', 'C051910-092226', ['tracking'],
     why='GovQA "has been updated" with no content')

# 037 Seattle PDO clarification on visitor logs (and a pointer to another department)
f = '037-seattle-pdo-clarify-visitor-logs.eml'
build(f, [('From', '"Hollis, Bree" <bree.hollis@seattle.gov>'),
          ('To', INBOX),
          ('Subject', 'C051910-092226 - question about your request'),
          ('Thread-Topic', 'C051910-092226 - question about your request'),
          ('Date', 'Thu, 15 Oct 2026 10:10:27 -0700'),
          ('Message-ID', newid(f, 'BY5PR09MB6021.namprd09.prod.outlook.com')),
          ('X-MS-Has-Attach', ''), ('Content-Language', 'en-US')],
      text="""Hello,

I'm working on C051910-092226 and need to check the scope with you before
I go further.

The Mayor's Office does not keep its own visitor log. Visitors check in
with City Hall security, and the visitor management system belongs to the
Department of Finance and Administrative Services (FAS), which handles its
own public records requests.

Could you let me know whether you want me to (1) search only for
sign-in sheets or guest lists kept by the Mayor's Office itself, (2) also
include the Mayor's calendar entries that list outside attendees, or both?
If you want the FAS visitor system data, you would need to submit a
separate request to FAS.

I'll hold the request until I hear from you. If I don't hear back within
30 days I will close it.

Bree Hollis
Public Disclosure Officer | Office of the Mayor | City of Seattle
""")
fact(f, 'REQ-006', 'clarification', 'C051910-092226', ['tracking'],
     why='PDO asks which records are wanted (office sign-in sheets vs calendars) and points to FAS; request on hold')

# 038 NYC OpenRecords extension (direct, not via group)
f = '038-nyc-openrecords-extended.eml'
build(f, [('From', 'NYC OpenRecords <noreply@records.nyc.gov>'),
          ('To', plus('REQ-010')),
          ('Subject', 'FOIL-2026-002-04417 Extended'),
          ('Date', 'Thu, 15 Oct 2026 15:20:40 -0400'),
          ('Message-ID', newid(f, 'records.nyc.gov'))],
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>The Office of the Mayor (OOM) has extended the due date for your FOIL request <b>FOIL-2026-002-04417</b>.</p>
<p><b>New estimated date of completion:</b> 01/29/2027</p>
<p><b>Reason:</b> Your request requires a search of the records of multiple custodians, including text messages,
and review of the records for privilege and other exemptions under Public Officers Law &sect; 87(2). The agency
is working diligently to respond.</p>
<p>Please visit <a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-002-04417">FOIL-2026-002-04417</a>
to view additional information and take any necessary action.</p>
<p style="font-size:11px">This is an automated message from NYC OpenRecords. Please do not reply.</p></body></html>""")
fact(f, 'REQ-010', 'extension', 'FOIL-2026-002-04417', ['plus', 'tracking'], 'extension', estimated='2027-01-29',
     why='OpenRecords extension with a new estimated completion date of 01/29/2027')

# 039 phishing lure imitating a records portal
f = '039-phish-records-portal.eml'
build(f, [('From', 'Public Records Portal <notices@secure-docshare-portal.net>'),
          ('To', INBOX),
          ('Subject', 'Action required: 3 public records documents are awaiting your signature'),
          ('Date', 'Fri, 16 Oct 2026 08:00:19 -0700'),
          ('Message-ID', newid(f, 'secure-docshare-portal.net'))],
      html="""<html><body style="font-family:Arial">
<p>Hello,</p><p>City Council - Records Division has shared <b>3 documents</b> with you regarding your records request.
The documents will expire in 24 hours.</p>
<p><a href="https://secure-docshare-portal.net/v/login?u=records">REVIEW DOCUMENTS</a></p>
<p>Sign in with your email password to view.</p></body></html>""")
fact(f, None, 'other', None, ['none'],
     why='phishing lure posing as a records portal; names no agency request')

# 040 San Jose closure: remaining calendars with redactions (Times Mirror)
f = '040-sj-nextrequest-closed-calendars.eml'
build(f, [('From', 'City of San José Records Center <sanjoseca@mail.nextrequest.com>'),
          ('To', plus('REQ-001')),
          ('Subject', '[Records Center] Record request #26-3371 has been closed'),
          ('Date', 'Mon, 19 Oct 2026 16:00:21 -0700'),
          ('Message-ID', newid(f, 'mail.nextrequest.com'))],
      html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Record request <b>#26-3371</b> has been closed.</p>
<p><b>Documents released:</b> Mayor_Calendar_2026-05_to_2026-08.pdf; Scheduling_Calendar_Redacted.pdf</p>
<p><b>Closure reason:</b> Records released with redactions.</p>
<p><b>Message from the Office of the City Attorney:</b> The remaining calendars for May through August 2026 have been
released. Entries reflecting the Mayor's private appointments and the details of security arrangements have been
redacted, and entries identifying the participants in certain prospective meetings have been withheld because the
public interest in nondisclosure clearly outweighs the public interest in disclosure (Gov. Code &sect; 7922.000;
<i>Times Mirror Co. v. Superior Court</i> (1991) 53 Cal.3d 1325 [deliberative process]). This completes the City's
response.</p>
<p style="font-size:11px;color:#888">Powered by NextRequest</p></body></html>""")
fact(f, 'REQ-001', 'records_final', '26-3371', ['plus', 'tracking'], adverse=True,
     why='closure releasing the rest with deliberative-process (Times Mirror) withholdings; CA has no appeal days, appeal_due null')
