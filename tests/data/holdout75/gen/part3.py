"""Messages 021-030."""
from lib import *

# 021 Portland shared GovQA center ack (Rose Quarter lobbyists)
f = '021-portland-govqa-ack-rose-quarter.eml'
build(f, [('From', 'City of Portland Public Records Center <portlandor@govqa.us>'),
          ('To', plus('REQ-013')),
          ('Subject', 'Public Records Request :: P018233-092326'),
          ('Date', 'Wed, 23 Sep 2026 11:30:20 -0700'),
          ('Message-ID', newid(f, 'govqa.us'))],
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Records Desk,</p>
<p>Thank you for your public records request. The City of Portland Public Records Center processes requests for
all City bureaus and offices, including the Mayor's Office and the offices of the City Council.</p>
<p><b>Reference #:</b> P018233-092326<br><b>Received:</b> 9/23/2026<br><b>Routed to:</b> City Council Offices</p>
<p><b>Description:</b> Emails and other correspondence between Council members or their staff and registered
lobbyists concerning the Rose Quarter redevelopment, January 1 - September 1, 2026.</p>
<p>As required by ORS 192.329, the City will acknowledge your request within five business days and will complete
its response as soon as practicable. You may be asked for a fee deposit before work begins.</p>
<p>City of Portland Public Records</p></body></html>""")
fact(f, 'REQ-013', 'acknowledgment', 'P018233-092326', ['plus', 'tracking-new', 'subject'], 'received_on_sent_date',
     why='Portland citywide GovQA center (sender not listed for the agency) confirms receipt 9/23; P018233-092326')

# 022 Austin GovQA generic update
f = '022-austin-govqa-updated.eml'
build(f, [('From', 'City of Austin Public Information Center <austintx@govqa.us>'),
          ('To', plus('REQ-003')),
          ('Subject', 'Public Information Request :: R004812-090926 has been updated'),
          ('Date', 'Thu, 24 Sep 2026 09:00:02 -0500'),
          ('Message-ID', newid(f, 'govqa.us'))],
      html="""<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Your request <b>R004812-090926</b> has been updated.</p>
<p>Please log in to the <a href="https://austintx.govqa.us/WEBAPP/_rs/supporthome.aspx">Public Information Center</a>
to view the status of your request and any messages or documents.</p>
<p>This is an automated message. Please do not reply.</p></body></html>""")
fact(f, 'REQ-003', 'portal_notice', 'R004812-090926', ['plus', 'tracking'],
     why='GovQA "has been updated" with no substantive text')

# 023 Austin Law Department: partial release plus AG ruling request
f = '023-austin-law-partial-ag-request.eml'
agletter = pdf(['CITY OF AUSTIN - LAW DEPARTMENT', 'P.O. Box 1546, Austin, Texas 78767', '', 'September 25, 2026', '',
                'Open Records Division', 'Office of the Attorney General', 'P.O. Box 12548, Austin, Texas 78711-2548', '',
                'Re: Request for decision - City of Austin reference R004812-090926', '',
                'The City of Austin received a request on September 9, 2026 for text messages between a Council Member '
                'or her staff and developers or lobbyists for South Central Waterfront projects.',
                '',
                'The City has released the information it does not seek to withhold. The City asserts that portions '
                'of the remaining information are excepted from disclosure under sections 552.107 (attorney-client '
                'privilege) and 552.111 (agency memoranda - deliberative process) of the Government Code, and '
                'respectfully requests a decision under section 552.301. A copy of this letter is being provided to '
                'the requester as required by section 552.301(d).',
                '',
                'Sincerely,', 'Alicia Moreno, Assistant City Attorney',
                'cc: Records Desk (requester), w/o enclosures'], 'Request for AG decision')
build(f, [('From', '"Moreno, Alicia" <alicia.moreno@austintexas.gov>'),
          ('To', plus('REQ-003')),
          ('Subject', 'R004812-090926 - partial release and request for Attorney General decision'),
          ('Date', 'Fri, 25 Sep 2026 12:00:37 -0500'),
          ('Message-ID', newid(f, 'SA1PR09MB4410.namprd09.prod.outlook.com')),
          ('X-MS-Has-Attach', 'yes'), ('Content-Language', 'en-US')],
      text="""Dear Records Desk,

I am the attorney in the Law Department assigned to public information
request R004812-090926 (Council Member text messages, South Central
Waterfront).

Today the City is releasing 37 text messages, including screenshots the
Council Member provided from her personal phone. They have been posted to
your Public Information Center account.

The City believes some of the remaining messages are excepted from
disclosure under Government Code sections 552.107 and 552.111 and has asked
the Office of the Attorney General for a decision. A copy of our letter to
the Attorney General is attached. You may send written comments to the
Attorney General's Open Records Division about why the information should
be released. The remaining information will be released or withheld as the
Attorney General rules.

Alicia Moreno
Assistant City Attorney | City of Austin Law Department
""", attachments=[('AG request letter - R004812-090926.pdf', agletter, 'application/pdf')])
fact(f, 'REQ-003', 'records_interim', 'R004812-090926', ['plus', 'tracking'],
     why='city attorney releases part of the texts and asks the Texas AG to rule on the rest (552.107/552.111); more to come')

# 024 Chicago 5-business-day extension
f = '024-chicago-mo-extension.eml'
build(f, [('From', "Mayor's Office FOIA <mofoia@cityofchicago.org>"),
          ('To', plus('REQ-011')),
          ('Subject', 'RE: ' + subj('REQ-011') + ' (FOIA No. MO26-1183)'),
          ('Date', 'Mon, 28 Sep 2026 10:00:09 -0500'),
          ('Message-ID', newid(f, 'cityofchicago.org')),
          ('In-Reply-To', mid('REQ-011')), ('References', mid('REQ-011'))],
      text="""Dear Requester,

This letter concerns FOIA No. MO26-1183.

Pursuant to Section 3(e) of the Illinois Freedom of Information Act, 5 ILCS
140/3(e), the Office of the Mayor is extending the time to respond to your
request by five business days, to October 5, 2026. The additional time is
needed because the requested records require a search of records held by
multiple staff (3(e)(ii)) and must be examined by personnel with the
necessary competence to determine whether they are exempt (3(e)(iv)).

Sincerely,

FOIA Officer
City of Chicago - Office of the Mayor
""")
fact(f, 'REQ-011', 'extension', 'MO26-1183', ['thread', 'plus', 'tracking'], 'extension',
     why='IL 5-business-day extension under 3(e); states Oct 5 (5 + 5 business days)')

# 025 Denver fee estimate (hedged)
f = '025-denver-council-fee-estimate.eml'
build(f, [('From', 'Denver City Council Records <councilrecords@denvergov.org>'),
          ('To', plus('REQ-007')),
          ('Subject', 'CORA 2026-0412 - cost estimate'),
          ('Date', 'Mon, 28 Sep 2026 16:45:30 -0600'),
          ('Message-ID', newid(f, 'denvergov.org')),
          ('In-Reply-To', mid('REQ-007')), ('References', mid('REQ-007'))],
      text="""Good afternoon,

We have completed an initial search for CORA 2026-0412. Roughly 1,100
emails from Council offices hit on the search terms. We estimate the
research, retrieval and review will take about 7 hours. The first hour is
free; the remaining time is charged at $33.58 per hour, for an estimated
total of $201.48. The final amount may be higher or lower depending on
the time actually spent.

Payment is required before we continue processing. You may pay by check or
through the City's online payment portal; please reference CORA 2026-0412.
You may also narrow the request (for example, to specific Council members
or lobbyists) to reduce the cost. If we do not hear from you within 30
days, we will consider the request withdrawn.

Council Records Coordinator
Denver City Council
""")
fact(f, 'REQ-007', 'fee_estimate', 'CORA 2026-0412', ['thread', 'plus', 'tracking'],
     why='CORA estimate of $201.48 (hedged: may be higher or lower); payment required before processing continues')

# 026 San Jose: first installment of Mayor calendars
f = '026-sj-nextrequest-docs-released.eml'
build(f, [('From', 'City of San José Records Center <sanjoseca@mail.nextrequest.com>'),
          ('To', plus('REQ-001')),
          ('Subject', '[Records Center] Documents released to record request #26-3371'),
          ('Date', 'Tue, 29 Sep 2026 08:45:00 -0700'),
          ('Message-ID', newid(f, 'mail.nextrequest.com'))],
      html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Documents have been released to record request <b>#26-3371</b>:</p>
<ul><li>Mayor_Calendar_2026-01_to_2026-04.pdf</li></ul>
<p><b>Message from the Office of the Mayor:</b> This is the first installment, covering January through April 2026.
The remaining calendars will be released on a rolling basis; we anticipate completing the request by
October 16, 2026.</p>
<p><a href="https://sanjoseca.nextrequest.com/requests/26-3371">View request #26-3371</a></p>
<p style="font-size:11px;color:#888">Powered by NextRequest</p></body></html>""")
fact(f, 'REQ-001', 'records_interim', '26-3371', ['plus', 'tracking'], estimated='2026-10-16',
     why='first rolling installment (Jan-Apr calendars); completion anticipated Oct 16')

# 027 Portland clarification via the GovQA center
f = '027-portland-govqa-clarify.eml'
build(f, [('From', 'City of Portland Public Records Center <portlandor@govqa.us>'),
          ('To', plus('REQ-013')),
          ('Subject', 'Message regarding Public Records Request :: P018233-092326'),
          ('Date', 'Wed, 30 Sep 2026 13:15:44 -0700'),
          ('Message-ID', newid(f, 'govqa.us'))],
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Records Desk,</p>
<p>A public records specialist has posted the following message to request <b>P018233-092326</b>:</p>
<blockquote style="border-left:3px solid #1d5e89;padding-left:10px">
Thank you for your request. Under the City's new form of government there are twelve Council offices, and the
Rose Quarter project has been discussed with dozens of outside parties. To proceed, please tell us:<br>
(a) which councilors' offices you want searched (or all twelve);<br>
(b) which lobbyists or entities - we can use the names registered with the City Auditor's lobbying program if
you like; and<br>
(c) whether you want text messages as well as email.<br><br>
Your request will be placed on hold until we hear from you. If we do not receive a response within 60 days the
request will be closed.</blockquote>
<p>To respond, log in to the <a href="https://portlandor.govqa.us/WEBAPP/_rs/supporthome.aspx">Public Records Center</a>.</p>
</body></html>""")
fact(f, 'REQ-013', 'clarification', 'P018233-092326', ['plus', 'tracking'],
     why='Portland asks which councilors, which lobbyists, and whether texts are wanted; request on hold')

# 028 a colleague forwards a Philadelphia council aide's informal note
f = '028-fwd-philly-cm-aide.eml'
build(f, [('From', 'Priya Nandakumar <pnandakumar@records.example.org>'),
          ('To', INBOX),
          ('Subject', 'Fwd: your records request'),
          ('Date', 'Thu, 01 Oct 2026 09:05:26 -0400'),
          ('Message-ID', newid(f, 'records.example.org'))],
      text="""FYI - this came to me directly after I called Whitaker's office about the
Navy Yard request. Filing it here.

Priya

---------- Forwarded message ---------
From: Terrence Boyd <terrence.boyd@phila.gov>
Date: Wed, Sep 30, 2026 at 5:52 PM
Subject: your records request
To: Priya Nandakumar <pnandakumar@records.example.org>

Hi Priya,

Good talking with you. As I mentioned, all Right-to-Know requests to
Council go through the Open Records Officer, not the district offices, so
the formal answer will come from them.

For what it's worth, the Councilmember doesn't do legislative business by
text as a rule, but he told me he'll go through his own phone for anything
with the Navy Yard folks and hand it to the ORO. Most of this happened in
meetings, honestly.

Terrence Boyd
Legislative Director
Office of Councilmember Whitaker
""")
fact(f, 'REQ-009', 'other', None, ['subject'],
     why="colleague forwards a council aide's informal note: the Councilmember will search his own phone; ORO will answer")

# 029 Austin itemized cost estimate (calendar request)
f = '029-austin-govqa-cost-estimate.eml'
build(f, [('From', 'City of Austin Public Information Center <austintx@govqa.us>'),
          ('To', INBOX),
          ('Subject', 'Public Information Request :: R004866-091526 - Itemized Statement of Estimated Charges'),
          ('Date', 'Thu, 01 Oct 2026 08:30:48 -0500'),
          ('Message-ID', newid(f, 'govqa.us'))],
      html="""<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Dear Records Desk,</p>
<p>The charges to fulfill request <b>R004866-091526</b> are estimated to exceed $40.00. As required by Tex. Gov't
Code &sect; 552.2615, an itemized statement is provided below.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr><th>Item</th><th>Qty</th><th>Rate</th><th>Amount</th></tr>
<tr><td>Labor - locating, compiling and manipulating data</td><td>3.5 hrs</td><td>$15.00</td><td>$52.50</td></tr>
<tr><td>Overhead (20% of labor)</td><td></td><td></td><td>$10.50</td></tr>
<tr><td colspan="3"><b>Estimated total</b></td><td><b>$63.00</b></td></tr></table>
<p>Actual charges may vary from this estimate. Within 10 business days you must respond in writing that you accept the
charges, wish to modify the request, or have sent a complaint to the Office of the Attorney General; otherwise the
request will be considered withdrawn.</p>
<p>City of Austin Public Information Office</p></body></html>""")
fact(f, 'REQ-004', 'fee_estimate', 'R004866-091526', ['tracking', 'subject'],
     why='Texas itemized statement of estimated charges ($63.00) under 552.2615; must accept or modify or request is withdrawn')

# 030 Chicago final: partial release with deliberative redactions
f = '030-chicago-mo-partial-release.eml'
letter = pdf(['CITY OF CHICAGO - OFFICE OF THE MAYOR', '121 North LaSalle Street, Chicago, Illinois 60602', '',
              'October 5, 2026', '', 'Re: FOIA No. MO26-1183', '', 'Dear Requester:', '',
              'This responds to your request under the Illinois Freedom of Information Act (FOIA), 5 ILCS 140/1 et seq., '
              'for the Mayor\'s text messages and personal email regarding the lakefront stadium proposal.',
              '',
              'The Office searched the Mayor\'s City-issued mobile device and City email account. The Mayor also searched '
              'his personal mobile phone and personal email account and provided four responsive text messages, which are '
              'included. No responsive messages were located in the personal email account.',
              '',
              'Enclosed are 112 pages of responsive records. Portions have been redacted under Section 7(1)(c) '
              '(personal information of private individuals, including cell phone numbers) and Section 7(1)(f) '
              '(preliminary drafts, notes, recommendations and other records in which opinions are expressed or policies '
              'or actions are formulated). Nine messages between the Mayor and senior staff are withheld in full under '
              'Section 7(1)(f).',
              '',
              'You have a right to seek review of this response by the Public Access Counselor in the Office of the '
              'Illinois Attorney General, 500 S. Second Street, Springfield, Illinois 62701, within 60 days of the date '
              'of this letter (5 ILCS 140/9.5(a)). You also have the right to judicial review under Section 11.',
              '', 'Sincerely,', 'FOIA Officer, Office of the Mayor'], 'MO26-1183 response')
build(f, [('From', "Mayor's Office FOIA <mofoia@cityofchicago.org>"),
          ('To', plus('REQ-011')),
          ('Subject', 'FOIA No. MO26-1183 - Response'),
          ('Date', 'Mon, 05 Oct 2026 17:10:33 -0500'),
          ('Message-ID', newid(f, 'cityofchicago.org')),
          ('In-Reply-To', mid('REQ-011')), ('References', mid('REQ-011'))],
      text="Dear Requester,\n\nPlease find attached the Office of the Mayor's response to FOIA No. MO26-1183 and the\nresponsive records (redacted).\n\nFOIA Officer\nCity of Chicago - Office of the Mayor\n",
      attachments=[('MO26-1183 Response Letter.pdf', letter, 'application/pdf'),
                   ('MO26-1183 Records (Redacted).txt', 'Stand-in for 112 pages of redacted text message exports.\n', 'text/plain')])
fact(f, 'REQ-011', 'records_final', 'MO26-1183', ['thread', 'plus', 'tracking'], adverse=True,
     why='final response: texts released with 7(1)(c)/7(1)(f) redactions, nine withheld; PAC review within 60 days')
