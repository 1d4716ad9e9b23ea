"""Messages 041-050."""
from lib import *

# 041 Portland ack, campsite texts
f = '041-portland-govqa-ack-campsites.eml'
build(f, [('From', 'City of Portland Public Records Center <portlandor@govqa.us>'),
          ('To', plus('REQ-014')),
          ('Subject', 'Public Records Request :: P019004-102026'),
          ('Date', 'Tue, 20 Oct 2026 09:15:36 -0700'),
          ('Message-ID', newid(f, 'govqa.us'))],
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Records Desk,</p>
<p>Thank you for your public records request. The City of Portland Public Records Center processes requests for
all City bureaus and offices, including the Mayor's Office and the offices of the City Council.</p>
<p><b>Reference #:</b> P019004-102026<br><b>Received:</b> 10/20/2026<br><b>Routed to:</b> City Council Offices</p>
<p><b>Description:</b> Text messages on personal phones of the three District 2 councilors concerning sanctioned
campsites and temporary alternative shelter sites, May 1 - October 1, 2026.</p>
<p>The City will complete its response as soon as practicable. You may be asked for a fee deposit before work begins.</p>
<p>City of Portland Public Records</p></body></html>""")
fact(f, 'REQ-014', 'acknowledgment', 'P019004-102026', ['plus', 'tracking-new', 'subject'], 'received_on_sent_date',
     why='Portland GovQA ack for the campsite texts request, received 10/20 (= sent)')

# 042 Chicago final response on schedules, with privacy and security redactions
f = '042-chicago-mo-final-schedules.eml'
build(f, [('From', "Mayor's Office FOIA <mofoia@cityofchicago.org>"),
          ('To', INBOX),
          ('Subject', 'FOIA No. MO26-1302 - Response'),
          ('Date', 'Tue, 20 Oct 2026 16:30:12 -0500'),
          ('Message-ID', newid(f, 'cityofchicago.org'))],
      text="""Dear Requester:

This responds to FOIA No. MO26-1302, your request for the Mayor's daily
schedules for July 1 through August 31, 2026.

Attached are the responsive schedules (63 pages). Certain information has
been redacted:

  - Section 7(1)(c), 5 ILCS 140/7(1)(c): names and phone numbers of private
    individuals attending personal appointments;
  - Section 7(1)(v), 5 ILCS 140/7(1)(v): motorcade routes, security
    staffing and other security measures, the disclosure of which could
    reasonably be expected to jeopardize their effectiveness.

You have a right to have this response reviewed by the Public Access
Counselor (PAC) at the Office of the Illinois Attorney General, 500 S.
Second Street, Springfield, Illinois 62701, public.access@ilag.gov. You
may file a Request for Review with the PAC within 60 days after the date
of this final denial (5 ILCS 140/9.5(a)). You also have the right to seek
judicial review under Section 11 of FOIA.

FOIA Officer
City of Chicago - Office of the Mayor
""", attachments=[('MO26-1302_Schedules_Redacted.txt', 'Stand-in for 63 pages of redacted daily schedules.\n', 'text/plain')])
fact(f, 'REQ-012', 'records_final', 'MO26-1302', ['tracking'], adverse=True,
     why='schedules released with 7(1)(c) and 7(1)(v) redactions; IL PAC review 60 days (Dec 19 is a Saturday -> Dec 21)')

# 043 Denver no records (Ball Arena texts)
f = '043-denver-council-no-records.eml'
build(f, [('From', 'Denver City Council Records <councilrecords@denvergov.org>'),
          ('To', plus('REQ-008')),
          ('Subject', 'RE: ' + subj('REQ-008')),
          ('Date', 'Tue, 20 Oct 2026 15:50:05 -0600'),
          ('Message-ID', newid(f, 'denvergov.org')),
          ('In-Reply-To', mid('REQ-008')), ('References', mid('REQ-008'))],
      text="""Good afternoon,

This is the custodian's response to CORA 2026-0468.

The Council President's City-issued phone and City accounts were searched
for text messages regarding the Ball Arena redevelopment for the period you
requested. The Council President also searched his personal mobile phone
and has certified in writing that it contains no text messages about City
business on this subject. No responsive records were located, and this
request is now closed. There is no charge.

Council Records Coordinator
Denver City Council
""")
fact(f, 'REQ-008', 'no_records', 'CORA 2026-0468', ['thread', 'plus', 'tracking'], adverse=True,
     why='no responsive texts on city or personal phone (certified); CO has no appeal days, appeal_due null')

# 044 Denver City Attorney's Office: withheld in full, privilege log attached
f = '044-denver-cao-privilege-log-denial.eml'
log = pdf(['DENVER CITY ATTORNEY\'S OFFICE - PRIVILEGE LOG', 'CORA 2026-0412 (Denver City Council)', '',
           'No. | Date       | From -> To                              | Description                          | Basis',
           '1   | 2026-02-03 | Council Member D8 -> CAO Land Use Section | Request for legal advice re lobbyist proposal | 24-72-204(3)(a)(IV) attorney-client',
           '2   | 2026-02-04 | CAO -> Council Members D8, D9             | Legal memorandum on ballot measure terms     | 24-72-204(3)(a)(IV); (XIII) deliberative',
           '3   | 2026-03-17 | Council staff -> Council Members          | Draft talking points, predecisional          | 24-72-204(3)(a)(XIII) deliberative',
           '...',
           '23  | 2026-08-28 | Council President -> CAO                  | Forwarded lobbyist letter with request for advice | 24-72-204(3)(a)(IV)',
           '', 'Total documents withheld: 23 (no segregable non-exempt portions).'], 'Privilege log')
build(f, [('From', "Denver City Attorney's Office <cao.records@denvergov.org>"),
          ('To', plus('REQ-007')),
          ('Cc', 'Denver City Council Records <councilrecords@denvergov.org>'),
          ('Subject', 'CORA 2026-0412 - response and privilege log'),
          ('Date', 'Wed, 21 Oct 2026 14:00:44 -0600'),
          ('Message-ID', newid(f, 'denvergov.org')),
          ('In-Reply-To', mid('REQ-007')), ('References', mid('REQ-007'))],
      text="""Dear Records Desk:

The City Attorney's Office has completed its review of the records
collected by the Denver City Council for CORA 2026-0412, as narrowed by
you on October 2 to communications that refer to the lobbyists' Park Hill
proposals.

The 23 responsive records are communications among Council members, their
staff and attorneys of this office. They are withheld in full: records
requesting or containing legal advice are privileged under C.R.S.
24-72-204(3)(a)(IV), and the remaining records are predecisional and
deliberative under C.R.S. 24-72-204(3)(a)(XIII). A privilege log is
attached. No reasonably segregable non-exempt portions were identified.

If you believe the deliberative process privilege was asserted improperly,
you may apply to the district court under C.R.S. 24-72-204(5) after giving
the custodian the written notice required by that section. The unused
balance of your deposit will be refunded.

Sincerely,

Assistant City Attorney
Denver City Attorney's Office | 201 W. Colfax Ave., Dept. 1207
""", attachments=[('CORA_2026-0412_privilege_log.pdf', log, 'application/pdf')])
fact(f, 'REQ-007', 'denial', 'CORA 2026-0412', ['thread', 'plus', 'tracking'], adverse=True,
     why="city attorney withholds all 23 records (attorney-client, deliberative process) with a privilege log; CO no appeal days")

# 045 Philadelphia final response: denial (not legislative records), with appeal rights
f = '045-philly-council-denial.eml'
letter = pdf(['COUNCIL OF THE CITY OF PHILADELPHIA - OPEN RECORDS OFFICER', '', 'October 22, 2026', '',
              'RE: Right-to-Know Request CC-RTK-26-087 - FINAL RESPONSE', '', 'Dear Requester:', '',
              'Your request is DENIED. City Council is a legislative agency under Section 102 of the Right-to-Know Law '
              '(RTKL). A legislative agency must provide access only to "legislative records" as defined in Section 102. '
              'Emails and text messages of individual Councilmembers with private parties are not among the categories '
              'of legislative records enumerated in Section 102 and are therefore not subject to access under Section 303.',
              '',
              'In addition, to the extent the request seeks messages on a Councilmember\'s personal device, the '
              'Councilmember has attested that no responsive messages exist (see attestation available on request).',
              '',
              'You may appeal this denial to the Office of Open Records, 333 Market Street, 16th Floor, Harrisburg, PA '
              '17101-2234, within 15 business days of the mailing date of this response, under Section 1101 of the '
              'RTKL. Your appeal must include a copy of your request and this response and state the grounds for appeal.',
              '', 'Sincerely,', 'Open Records Officer'], 'CC-RTK-26-087 Final Response')
build(f, [('From', 'Council Open Records <council.openrecords@phila.gov>'),
          ('To', plus('REQ-009')),
          ('Subject', 'RE: ' + subj('REQ-009')),
          ('Date', 'Thu, 22 Oct 2026 11:00:03 -0400'),
          ('Message-ID', newid(f, 'phila.gov')),
          ('In-Reply-To', mid('REQ-009')), ('References', mid('REQ-009'))],
      html="""<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear Requester:</p><p>Attached please find the Final Response to Right-to-Know request <b>CC-RTK-26-087</b>.</p>
<p>Open Records Officer<br>Council of the City of Philadelphia</p></body></html>""",
      attachments=[('CC-RTK-26-087 Final Response.pdf', letter, 'application/pdf')])
fact(f, 'REQ-009', 'denial', 'CC-RTK-26-087', ['thread', 'plus', 'tracking'], adverse=True,
     why='denied: councilmember texts/emails are not "legislative records"; OOR appeal; appeal_due from the table (15 days)')

# 046 Portland records specialist asks for a call; no number, no thread (cannot be placed)
f = '046-portland-callback-unplaceable.eml'
build(f, [('From', '"Sato, Jenna" <jenna.sato@portlandoregon.gov>'),
          ('To', INBOX),
          ('Subject', 'Public records request - callback'),
          ('Date', 'Mon, 26 Oct 2026 10:00:50 -0700'),
          ('Message-ID', newid(f, 'portlandoregon.gov')),
          ('X-MS-Has-Attach', ''), ('Content-Language', 'en-US')],
      text="""Hi,

I left a voicemail this morning. Could you give me a call at 503-823-4112
when you have a minute? I have a couple of questions about your records
request.

Thank you,
Jenna Sato
Public Records Specialist | City of Portland
""")
fact(f, 'REQ-014', 'other', None, ['none'],
     why='Portland specialist asks for a call about "your records request" (two Portland requests open; story: the campsite texts)')

# 047 Portland extension: councilors searching personal devices
f = '047-portland-govqa-extension-campsites.eml'
build(f, [('From', 'City of Portland Public Records Center <portlandor@govqa.us>'),
          ('To', plus('REQ-014')),
          ('Subject', 'Message regarding Public Records Request :: P019004-102026'),
          ('Date', 'Tue, 27 Oct 2026 13:10:19 -0700'),
          ('Message-ID', newid(f, 'govqa.us'))],
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>A public records specialist has posted the following message to request <b>P019004-102026</b>:</p>
<blockquote style="border-left:3px solid #1d5e89;padding-left:10px">
Thank you for speaking with me yesterday. Because your request is for messages on personal phones, each of the three
District 2 councilors has been asked to search their own device and sign a certification of the search. The City
needs additional time to complete its response. We currently estimate that we will complete our response by
<b>December 18, 2026</b>. We will let you know if that changes.</blockquote>
<p>City of Portland Public Records</p></body></html>""")
fact(f, 'REQ-014', 'extension', 'P019004-102026', ['plus', 'tracking'], 'extension', estimated='2026-12-18',
     why='Portland takes more time while councilors search their own phones; estimated completion Dec 18')

# 048 NYC acknowledgment for a FOIL request that is not ours (relayed through the group)
f = '048-nyc-openrecords-ack-not-ours.eml'
build(f, [('From', "'NYC OpenRecords' via Records Desk <records@records.example.org>"),
          ('Reply-To', 'NYC OpenRecords <noreply@records.nyc.gov>'),
          ('Sender', 'records@records.example.org'),
          ('To', INBOX),
          ('Subject', '[Records Desk] FOIL-2026-002-05190 Acknowledged'),
          ('Date', 'Wed, 28 Oct 2026 11:05:00 -0400'),
          ('Message-ID', newid(f, 'records.nyc.gov')),
          ('X-Original-Sender', 'noreply@records.nyc.gov'),
          ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
          ('List-ID', '<records.records.example.org>'),
          ('Precedence', 'list')],
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>Your FOIL request <b>FOIL-2026-002-05190</b> has been acknowledged by the <b>Office of the Mayor (OOM)</b>.</p>
<p><b>Title:</b> Correspondence between the Office of the Mayor and the Rent Guidelines Board, 2026</p>
<p>The agency received your request on 10/26/2026. The agency expects to provide a response to your request
on or about 02/26/2027.</p>
<hr><p style="font-size:11px">This is an automated message from NYC OpenRecords. Please do not reply.</p>
<p style="font-size:11px">You received this message because you are subscribed to the Google Groups "Records Desk" group.</p>
</body></html>""")
fact(f, None, 'acknowledgment', 'FOIL-2026-002-05190', ['none'],
     why='OpenRecords ack for a Rent Guidelines Board FOIL that is not in our register (same agency as REQ-010, different topic and number)')

# 049 Seattle installment 1 with the Mayor's personal-phone declaration
f = '049-seattle-installment-1.eml'
decl = pdf(['DECLARATION OF THE MAYOR REGARDING SEARCH OF PERSONAL DEVICE', 'Public records request C051277-091026', '',
            '1. I am the Mayor of the City of Seattle. I make this declaration based on personal knowledge.',
            '2. On September 26, 2026 I personally searched the text messages on my personal mobile phone for the '
            'period January 1 through August 31, 2026, for messages with developers or their representatives '
            'concerning the comprehensive plan update.',
            '3. I located nine such messages and provided screenshots of them to the Public Disclosure Officer.',
            '4. I did not delete any responsive message after receiving notice of this request.',
            '', 'I declare under penalty of perjury under the laws of the State of Washington that the foregoing is true '
            'and correct.', '', 'Signed at Seattle, Washington'], 'Declaration')
build(f, [('From', 'City of Seattle Public Records Request Center <seattle@govqa.us>'),
          ('To', plus('REQ-005')),
          ('Subject', 'Seattle Public Records Request :: C051277-091026 - Installment 1'),
          ('Date', 'Fri, 30 Oct 2026 16:45:22 -0700'),
          ('Message-ID', newid(f, 'govqa.us'))],
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Records Desk,</p>
<p>The first installment of records responsive to request <b>C051277-091026</b> is now available in the
Seattle Public Records Request Center:</p>
<ul><li>58 text messages from the Mayor's City-issued phone (archive export)</li>
<li>9 text messages from the Mayor's personal phone, with his declaration describing the search (attached)</li></ul>
<p>Personal cell phone numbers of private individuals have been redacted; see the exemption log in the portal.
This is not a final response. I expect to provide the next installment on or before <b>December 11, 2026</b>.</p>
<p>Bree Hollis, Public Disclosure Officer, Office of the Mayor</p></body></html>""",
      attachments=[('Mayor_declaration_personal_device.pdf', decl, 'application/pdf')])
fact(f, 'REQ-005', 'records_interim', 'C051277-091026', ['plus', 'tracking'], estimated='2026-12-11',
     why="installment 1 (city-phone archive + Mayor's own personal-phone search with declaration); next by Dec 11")

# 050 Portland fee estimate (deposit)
f = '050-portland-govqa-fee-estimate.eml'
build(f, [('From', 'City of Portland Public Records Center <portlandor@govqa.us>'),
          ('To', plus('REQ-013')),
          ('Subject', 'Fee Estimate for Public Records Request :: P018233-092326'),
          ('Date', 'Mon, 02 Nov 2026 11:25:10 -0800'),
          ('Message-ID', newid(f, 'govqa.us'))],
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Records Desk,</p>
<p>Based on your clarified request, we have prepared a fee estimate for request <b>P018233-092326</b>:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td>Search and retrieval (4 Council offices)</td><td>2.5 hrs</td><td>$187.50</td></tr>
<tr><td>Review and redaction</td><td>3.0 hrs</td><td>$225.00</td></tr>
<tr><td><b>Estimated total</b></td><td></td><td><b>$412.50</b></td></tr></table>
<p>This is an estimate only; the actual cost may be more or less. A deposit of 50% (<b>$206.25</b>) is required before
staff begin work. You may request a fee waiver or reduction, or narrow your request to reduce the cost.</p>
<p><a href="https://portlandor.govqa.us/WEBAPP/_rs/supporthome.aspx">Pay online</a></p>
<p>City of Portland Public Records</p></body></html>""")
fact(f, 'REQ-013', 'fee_estimate', 'P018233-092326', ['plus', 'tracking'],
     why='GovQA fee estimate $412.50 with 50% deposit required before work begins (hedged: may be more or less)')
