"""Messages 011-020."""
from lib import *

# 011 Austin GovQA ack, calendar request, bare inbox
f = '011-austin-govqa-ack-calendar.eml'
build(f, [('From', 'City of Austin Public Information Center <austintx@govqa.us>'),
          ('To', INBOX),
          ('Subject', 'Public Information Request :: R004866-091526'),
          ('Date', 'Tue, 15 Sep 2026 15:10:27 -0500'),
          ('Message-ID', newid(f, 'govqa.us'))],
      html="""<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Dear Records Desk,</p>
<p>Thank you for submitting a public information request to the City of Austin. The City received your request on
<b>9/15/2026</b> and it has been assigned reference number <b>R004866-091526</b>.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr><td>Department(s)</td><td>Mayor and Council</td></tr>
<tr><td>Request</td><td>Calendar entries of the Mayor, June 1 - August 31, 2026, including any meeting with a person registered
as a lobbyist with the City Clerk.</td></tr></table>
<p>Under the Texas Public Information Act the City will promptly produce the information or, if it cannot do so within
10 business days, will notify you in writing of a date and hour when it will be available.</p>
<p>City of Austin Public Information Office</p></body></html>""")
fact(f, 'REQ-004', 'acknowledgment', 'R004866-091526', ['tracking-new', 'subject'], 'received_on_sent_date',
     why='GovQA ack to the bare inbox; the Mayor calendar/lobbyist description places it; received 9/15')

# 012 Philadelphia councilmember office auto-response
f = '012-philly-cm-office-autoresponse.eml'
build(f, [('From', 'Office of Councilmember Whitaker <cm.whitaker@phila.gov>'),
          ('To', plus('REQ-009')),
          ('Subject', 'Thank you for contacting the Office of Councilmember Whitaker'),
          ('Date', 'Wed, 16 Sep 2026 10:40:02 -0400'),
          ('Message-ID', newid(f, 'phila.gov')),
          ('In-Reply-To', mid('REQ-009')),
          ('Auto-Submitted', 'auto-replied'), ('Precedence', 'auto_reply')],
      text="""Thank you for contacting the Office of Councilmember Whitaker. This is an
automated response to let you know your message has been received.

If you need help with a city service, please call 311 or our district
office at 215-686-3450. Our constituent services team reviews messages
Monday through Friday and will respond as soon as possible.

Please do not reply to this message.
""")
fact(f, 'REQ-009', 'auto_reply', None, ['thread', 'plus'],
     why="councilmember office's constituent auto-response to our cc; In-Reply-To our request")

# 013 Philadelphia Council Open Records Officer ack (cp1252, quoted-printable)
f = '013-philly-council-ack.eml'
body = """Dear Requester:

Thank you for your Right-to-Know Law request, which the Council of the City
of Philadelphia’s Open Records Officer received on September 16, 2026. Your
request has been assigned tracking number CC-RTK-26-087. Please refer to
this number in any correspondence.

Please be aware that City Council is a “legislative agency” under the
Right-to-Know Law, 65 P.S. § 67.102. Only “legislative records,” as that
term is defined in Section 102, are subject to public access from a
legislative agency (65 P.S. § 67.303).

A written response will be issued within five (5) business days, unless
the Open Records Officer notifies you that an extension of time is
necessary under Section 902.

Sincerely,

Open Records Officer
Council of the City of Philadelphia
Room 494, City Hall, Philadelphia, PA 19107
"""
build(f, [('From', 'Council Open Records <council.openrecords@phila.gov>'),
          ('To', plus('REQ-009')),
          ('Subject', 'RE: ' + subj('REQ-009')),
          ('Date', 'Wed, 16 Sep 2026 11:00:55 -0400'),
          ('Message-ID', newid(f, 'phila.gov')),
          ('In-Reply-To', mid('REQ-009')), ('References', mid('REQ-009'))],
      text=body + quote_request('REQ-009', 'Wednesday, September 16, 2026 8:30 AM', request_text('REQ-009')),
      charset='windows-1252', cte='quoted-printable')
fact(f, 'REQ-009', 'acknowledgment', 'CC-RTK-26-087', ['thread', 'plus', 'tracking-new'], 'received_on_sent_date',
     why='Council ORO acknowledges receipt Sep 16 (= sent), CC-RTK-26-087; windows-1252 quoted-printable')

# 014 San Jose portal: due date extended (Mayor calendars)
f = '014-sj-nextrequest-due-date-extended.eml'
build(f, [('From', 'City of San José Records Center <sanjoseca@mail.nextrequest.com>'),
          ('To', plus('REQ-001')),
          ('Subject', '[Records Center] Record request #26-3371 - due date changed'),
          ('Date', 'Thu, 17 Sep 2026 10:15:03 -0700'),
          ('Message-ID', newid(f, 'mail.nextrequest.com'))],
      html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>The due date for record request <b>#26-3371</b> has been changed to <b>October 2, 2026</b>.</p>
<p><b>Reason:</b> The City is extending the time to respond by up to 14 days under Government Code &sect; 7922.535(b)
because of the need to search for, collect and examine a voluminous amount of separate and distinct records
(calendars of the Mayor and of Mayor's Office scheduling staff) and to consult with the Office of the City Attorney.</p>
<p><a href="https://sanjoseca.nextrequest.com/requests/26-3371">View request #26-3371</a></p>
<p style="font-size:11px;color:#888">Powered by NextRequest</p></body></html>""")
fact(f, 'REQ-001', 'extension', '26-3371', ['plus', 'tracking'], 'extension',
     why='portal notice of a 14-day CPRA extension; new due date Oct 2 matches 10+14 calendar days')

# 015 NYC OpenRecords ack, arriving through our Google Group collaborative inbox
f = '015-nyc-openrecords-ack-via-group.eml'
build(f, [('From', "'NYC OpenRecords' via Records Desk <records@records.example.org>"),
          ('Reply-To', 'NYC OpenRecords <noreply@records.nyc.gov>'),
          ('Sender', 'records@records.example.org'),
          ('To', plus('REQ-010')),
          ('Subject', '[Records Desk] FOIL-2026-002-04417 Acknowledged'),
          ('Date', 'Thu, 17 Sep 2026 13:40:16 -0400'),
          ('Message-ID', newid(f, 'records.nyc.gov')),
          ('X-Original-Sender', 'noreply@records.nyc.gov'),
          ('X-Original-Authentication-Results', 'mx.google.com; spf=pass smtp.mailfrom=noreply@records.nyc.gov'),
          ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
          ('List-ID', '<records.records.example.org>'),
          ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>'),
          ('Precedence', 'list')],
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>Your FOIL request <b>FOIL-2026-002-04417</b> has been acknowledged by the <b>Office of the Mayor (OOM)</b>.</p>
<p><b>Title:</b> Mayor's schedules and communications with registered lobbyists regarding Willets Point and casino licensing, 2026</p>
<p>The agency received your request on 09/17/2026. The agency expects to provide a response to your request
on or about <b>12/15/2026</b>. This date is an estimate; the agency will notify you if it needs more time.</p>
<p>Please visit <a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-002-04417">FOIL-2026-002-04417</a> to view additional information and take any necessary action.</p>
<hr><p style="font-size:11px">This is an automated message from NYC OpenRecords. Please do not reply.</p>
<p style="font-size:11px">You received this message because you are subscribed to the Google Groups "Records Desk" group.</p>
</body></html>""")
fact(f, 'REQ-010', 'acknowledgment', 'FOIL-2026-002-04417', ['plus', 'tracking-new', 'subject'], 'received_on_sent_date',
     estimated='2026-12-15',
     why='NYC OpenRecords ack relayed by our Google Group (via display name, X-Original-Sender); estimate 12/15/2026')

# 016 Denver extension
f = '016-denver-council-extension.eml'
build(f, [('From', 'Denver City Council Records <councilrecords@denvergov.org>'),
          ('To', plus('REQ-007')),
          ('Subject', 'CORA 2026-0412 - extension of time'),
          ('Date', 'Thu, 17 Sep 2026 15:30:40 -0600'),
          ('Message-ID', newid(f, 'denvergov.org')),
          ('In-Reply-To', mid('REQ-007')), ('References', mid('REQ-007'))],
      text="""Good afternoon,

Regarding CORA 2026-0412 (lobbyist communications, Park Hill Golf Course):

Extenuating circumstances exist under C.R.S. 24-72-203(3)(b). Your request
is broadly stated and requires searches of the mailboxes of thirteen
Council offices and review by the City Attorney's Office. The time to
respond is therefore extended by seven working days, to September 28, 2026.

You will receive a cost estimate before any fees are incurred.

Council Records Coordinator
Denver City Council
""")
fact(f, 'REQ-007', 'extension', 'CORA 2026-0412', ['thread', 'plus', 'tracking'], 'extension',
     why='CORA 7-working-day extension for extenuating circumstances; states Sep 28 (= 3 + 7 working days)')

# 017 Seattle Mayor's Office public disclosure officer: 5-day letter with first-installment date
f = '017-seattle-pdo-five-day-letter.eml'
build(f, [('From', '"Hollis, Bree" <bree.hollis@seattle.gov>'),
          ('To', plus('REQ-005')),
          ('Subject', "C051277-091026 - Mayor's text messages"),
          ('Thread-Topic', "C051277-091026 - Mayor's text messages"),
          ('Thread-Index', 'AdxBv0e1Hq8s1a2WQk2pQ7mJmN8v0w=='),
          ('Date', 'Thu, 17 Sep 2026 16:55:12 -0700'),
          ('Message-ID', newid(f, 'BY5PR09MB6021.namprd09.prod.outlook.com')),
          ('X-MS-Has-Attach', ''), ('Content-Language', 'en-US'),
          ('X-MS-Exchange-Organization-SCL', '-1')],
      text="""Dear Records Desk,

I am the Public Disclosure Officer for the Office of the Mayor and I will be
handling your request C051277-091026.

The Mayor's city-issued phone is captured by the City's text message
archive and I have asked IT for an export. Because your request also covers
personal devices, the Mayor has been asked to search his personal phone
himself for responsive messages and to sign a declaration describing that
search, consistent with Nissen v. Pierce County. Staff who exchanged texts
with the Mayor on this topic are being asked to do the same.

I expect to provide a first installment of records on or before
October 30, 2026. I will let you know if that estimate changes.

Regards,

Bree Hollis
Public Disclosure Officer | Office of the Mayor | City of Seattle
""")
fact(f, 'REQ-005', 'extension', 'C051277-091026', ['plus', 'tracking'], estimated='2026-10-30',
     why='WA five-day letter with a time estimate (first installment by Oct 30); WA has no extension days, so no due change')

# 018 Chicago Mayor's Office FOIA ack (HTML only, base64)
f = '018-chicago-mo-ack-stadium.eml'
build(f, [('From', "Mayor's Office FOIA <mofoia@cityofchicago.org>"),
          ('To', plus('REQ-011')),
          ('Subject', 'FOIA Request Received - FOIA No. MO26-1183'),
          ('Date', 'Mon, 21 Sep 2026 10:05:51 -0500'),
          ('Message-ID', newid(f, 'cityofchicago.org'))],
      html="""<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear Requester,</p>
<p>The Office of the Mayor received your Freedom of Information Act request on September 21, 2026, seeking
&ldquo;the Mayor's text messages and personal email regarding the lakefront stadium proposal.&rdquo;</p>
<p>Your request has been assigned <b>FOIA No. MO26-1183</b>. Pursuant to 5 ILCS 140/3(d), the Office will respond
within five business days unless the time is extended as permitted under Section 3(e).</p>
<p>Sincerely,<br>FOIA Officer<br>City of Chicago &ndash; Office of the Mayor<br>121 N. LaSalle Street, Room 507</p>
</body></html>""", cte='base64')
fact(f, 'REQ-011', 'acknowledgment', 'MO26-1183', ['plus', 'tracking-new', 'subject'], 'received_on_sent_date',
     why='Chicago Mayor FOIA ack (HTML, base64), received Sep 21 (= sent), MO26-1183')

# 019 Philadelphia 30-day extension, letter only in a PDF; number only in the attachment
f = '019-philly-council-extension-pdf.eml'
letter = pdf(['COUNCIL OF THE CITY OF PHILADELPHIA', 'Office of the Open Records Officer', 'Room 494, City Hall',
              'Philadelphia, PA 19107', '', 'September 22, 2026', '', 'Records Desk', 'records@records.example.org', '',
              'RE: Right-to-Know Request CC-RTK-26-087', '',
              'Dear Requester:',
              '',
              'This letter concerns your request under the Pennsylvania Right-to-Know Law (RTKL), 65 P.S. 67.101 et seq., '
              'received by City Council on September 16, 2026, for text messages and emails between Councilmembers and '
              'developers regarding the Navy Yard rezoning bill.',
              '',
              'Pursuant to Section 902(b) of the RTKL, 65 P.S. 67.902(b), you are hereby notified that your request is '
              'being reviewed and that additional time is required because (1) a legal review is necessary to determine '
              'whether the requested records are legislative records subject to access, and (2) the records, if any, '
              'may be held by more than one Councilmember office.',
              '',
              'A response will be provided on or before October 23, 2026. If applicable fees are expected to exceed '
              '$100.00, you will be notified in advance.',
              '',
              'Sincerely,', '', 'Open Records Officer', 'Council of the City of Philadelphia'], 'Interim Response')
build(f, [('From', 'Council Open Records <council.openrecords@phila.gov>'),
          ('To', INBOX),
          ('Subject', 'Right-to-Know Request - Interim Response'),
          ('Date', 'Tue, 22 Sep 2026 09:20:11 -0400'),
          ('Message-ID', newid(f, 'phila.gov'))],
      text='Please see the attached correspondence regarding your Right-to-Know request.\n\nOpen Records Officer\nCouncil of the City of Philadelphia\n',
      attachments=[('CC-RTK-26-087_Interim_Response.pdf', letter, 'application/pdf')])
fact(f, 'REQ-009', 'extension', 'CC-RTK-26-087', ['tracking-filename', 'tracking-attachment'], 'extension',
     estimated='2026-10-23',
     why='PA 30-day extension letter only in a PDF; number only in the attachment; response by Oct 23 (5 bd + 30 days)')

# 020 Seattle GovQA ack for the visitor log request, bare inbox
f = '020-seattle-govqa-ack-visitor-logs.eml'
build(f, [('From', 'City of Seattle Public Records Request Center <seattle@govqa.us>'),
          ('To', INBOX),
          ('Subject', 'Seattle Public Records Request :: C051910-092226'),
          ('Date', 'Tue, 22 Sep 2026 14:10:05 -0700'),
          ('Message-ID', newid(f, 'govqa.us'))],
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Records Desk:</p>
<p>The City of Seattle received your public records request on <b>September 22, 2026</b>. Your request has been
assigned reference number <b>C051910-092226</b> and routed to the <b>Office of the Mayor</b>.</p>
<p><i>Request summary:</i> Visitor logs, sign-in sheets or guest lists for the Mayor's Office suite on the 7th floor
of City Hall, July 1 - August 31, 2026.</p>
<p>Under RCW 42.56.520, within five business days of receipt the City will provide the records, acknowledge your
request and give a reasonable estimate of the time needed to respond, ask for clarification, or deny the request.</p>
<p>Seattle Public Records Request Center</p></body></html>""")
fact(f, 'REQ-006', 'acknowledgment', 'C051910-092226', ['tracking-new', 'subject'], 'received_on_sent_date',
     why='Seattle GovQA ack to the bare inbox; visitor log description places it; received Sep 22')
