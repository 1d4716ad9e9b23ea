"""Messages 051-060."""
from lib import *

# 051 Gmail DSN: our follow-up to a departed San Jose council aide bounced
f = '051-sj-gmail-bounce-followup.eml'
b = 'g' + hashlib.sha1(f.encode()).hexdigest()[:24]
ours = '<fu-002.20261105.2@records.example.org>'
write(f, """Delivered-To: records@records.example.org
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: records@records.example.org
Subject: Delivery Status Notification (Failure)
Date: Thu, 05 Nov 2026 06:00:41 -0800
Message-ID: %(id)s
References: %(ours)s
In-Reply-To: %(ours)s
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; boundary="%(b)s"; report-type=delivery-status

--%(b)s
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to l.pham@sanjoseca.gov because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.4.1 Recipient address rejected: Access denied.

--%(b)s
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 05 Nov 2026 06:00:39 -0800

Final-Recipient: rfc822; l.pham@sanjoseca.gov
Action: failed
Status: 5.4.1
Remote-MTA: dns; sanjoseca-gov.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
Last-Attempt-Date: Thu, 05 Nov 2026 06:00:41 -0800

--%(b)s
Content-Type: message/rfc822

From: Records Desk <records@records.example.org>
Reply-To: %(plus)s
To: l.pham@sanjoseca.gov
Subject: Re: Record request #26-3372 - District 6 records
Date: Thu, 05 Nov 2026 06:00:36 -0800
Message-ID: %(ours)s
In-Reply-To: %(orig)s
References: %(orig)s
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Hello Ms. Pham,

Following up on the Downtown West request (#26-3372): the Clerk said
District 6 was still searching. Do you have an update?

Records Desk

--%(b)s--
""" % dict(id=newid(f, 'mx.google.com'), b=b, ours=ours, plus=plus('REQ-002'), orig=mid('REQ-002')))
fact(f, 'REQ-002', 'bounce', None, ['thread-embedded', 'subject'],
     why="Gmail DSN: our follow-up to a departed District 6 aide bounced; the returned message references REQ-002")

# 052 our own voicemail-to-email: caller from "the council office", no agency or request named
f = '052-voicemail-council-unplaceable.eml'
build(f, [('From', 'Voicemail <voicemail@records.example.org>'),
          ('To', INBOX),
          ('Subject', 'New voicemail from (720) 913-3327 (0:22)'),
          ('Date', 'Mon, 09 Nov 2026 14:20:07 -0700'),
          ('Message-ID', newid(f, 'records.example.org'))],
      text="""You received a new voicemail.

From: (720) 913-3327
Received: Mon Nov 9 2026 1:19 PM
Length: 0:22

Transcription (automated, may contain errors):
"Hi, this is Dana, uh, calling from the council office about your open
records request. If you could give me a call back at 720 913 3327. Thanks,
bye."
""")
fact(f, 'REQ-007', 'other', None, ['none'],
     why='voicemail transcript: "the council office" about "your open records request"; 720 number suggests Denver, which has two requests (story: REQ-007 deposit refund)')

# 053 Seattle: no records for the Mayor's Office visitor logs
f = '053-seattle-pdo-no-records.eml'
build(f, [('From', '"Hollis, Bree" <bree.hollis@seattle.gov>'),
          ('To', INBOX),
          ('Subject', 'RE: C051910-092226 - question about your request'),
          ('Thread-Topic', 'C051910-092226 - question about your request'),
          ('Date', 'Mon, 16 Nov 2026 10:00:12 -0800'),
          ('Message-ID', newid(f, 'BY5PR09MB6021.namprd09.prod.outlook.com')),
          ('In-Reply-To', newid('037-seattle-pdo-clarify-visitor-logs.eml', 'BY5PR09MB6021.namprd09.prod.outlook.com')),
          ('X-MS-Has-Attach', ''), ('Content-Language', 'en-US')],
      text="""Hello,

Thank you for confirming that you want only sign-in sheets or guest lists
kept by the Mayor's Office itself for July and August 2026.

I asked the front desk staff and the scheduling team to search paper and
electronic files. The Mayor's Office does not keep sign-in sheets or guest
lists; visitors are checked in by City Hall security. We therefore have no
records responsive to request C051910-092226, and I am closing it.

If you want the visitor management data, FAS takes requests through the
same Public Records Request Center.

Bree Hollis
Public Disclosure Officer | Office of the Mayor | City of Seattle
""")
fact(f, 'REQ-006', 'no_records', 'C051910-092226', ['thread', 'tracking'], adverse=True,
     why='Mayor Office keeps no sign-in sheets or guest lists; no responsive records, closed; WA no appeal days')

# 054 Portland specialist out of office (reply to our fee question)
f = '054-portland-ooo-thanksgiving.eml'
build(f, [('From', '"Lindqvist, Marcus" <marcus.lindqvist@portlandoregon.gov>'),
          ('To', plus('REQ-013')),
          ('Subject', 'Automatic reply: RE: Fee Estimate for Public Records Request :: P018233-092326'),
          ('Date', 'Wed, 25 Nov 2026 12:00:30 -0800'),
          ('Message-ID', newid(f, 'portlandoregon.gov')),
          ('In-Reply-To', '<fu-013.20261125.1@records.example.org>'),
          ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
          ('Content-Language', 'en-US')],
      text="""I am out of the office November 25-30 for the Thanksgiving holiday and will
respond when I return on December 1. For urgent public records matters,
please contact publicrecords@portlandoregon.gov.

Marcus Lindqvist
Public Records Specialist | City of Portland
""")
fact(f, 'REQ-013', 'auto_reply', 'P018233-092326', ['plus', 'tracking'],
     why="specialist's Outlook out-of-office to our reply about the fee estimate; number only in the echoed subject")

# 055 Austin Law Department final after the AG ruling
f = '055-austin-law-final-after-ag-ruling.eml'
ruling = pdf(['OFFICE OF THE ATTORNEY GENERAL - STATE OF TEXAS', 'Open Records Division', '', 'November 20, 2026', '',
              'OR2026-031877', '', 'Re: City of Austin reference R004812-090926', '',
              'You ask whether certain information is subject to required public disclosure under the Public Information '
              'Act. The City claims sections 552.107 and 552.111 of the Government Code.',
              '',
              'The City may withhold the information we have marked under section 552.107(1). The City may withhold the '
              'information we have marked under section 552.111. The City must release the remaining information.',
              '', 'This ruling is limited to the particular information at issue in this request.'], 'OR2026-031877')
build(f, [('From', '"Moreno, Alicia" <alicia.moreno@austintexas.gov>'),
          ('To', plus('REQ-003')),
          ('Subject', 'RE: R004812-090926 - partial release and request for Attorney General decision'),
          ('Date', 'Mon, 30 Nov 2026 15:00:15 -0600'),
          ('Message-ID', newid(f, 'SA1PR09MB4410.namprd09.prod.outlook.com')),
          ('In-Reply-To', newid('023-austin-law-partial-ag-request.eml', 'SA1PR09MB4410.namprd09.prod.outlook.com')),
          ('X-MS-Has-Attach', 'yes'), ('Content-Language', 'en-US')],
      text="""Dear Records Desk,

The Attorney General has issued Open Records Letter Ruling OR2026-031877
on the remaining information in R004812-090926 (copy attached).

As the ruling permits, the City is withholding the marked portions of 11
messages under section 552.107(1) (attorney-client privilege) and section
552.111 (deliberative process). The rest of the remaining information,
19 messages, has been released today in your Public Information Center
account. This completes the City's response, and the request is closed.

Alicia Moreno
Assistant City Attorney | City of Austin Law Department
""", attachments=[('OR2026-031877.pdf', ruling, 'application/pdf')])
fact(f, 'REQ-003', 'records_final', 'R004812-090926', ['plus', 'tracking'], adverse=True,
     why='after the AG ruling the city withholds privileged/deliberative portions and releases the rest; TX no appeal days')

# 056 San Jose portal digest with no request number
f = '056-sj-nextrequest-digest.eml'
build(f, [('From', 'City of San José Records Center <sanjoseca@mail.nextrequest.com>'),
          ('To', INBOX),
          ('Subject', '[Records Center] You have new activity on your requests'),
          ('Date', 'Tue, 01 Dec 2026 09:10:00 -0800'),
          ('Message-ID', newid(f, 'mail.nextrequest.com'))],
      html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>There has been new activity on 1 of your requests with the City of San Jos&eacute;.</p>
<p><a href="https://sanjoseca.nextrequest.com/requests">Log in to view messages and documents</a></p>
<p style="font-size:11px;color:#888">Powered by NextRequest</p></body></html>""")
fact(f, 'REQ-002', 'portal_notice', None, ['none'],
     why='shared Clerk portal digest with no number; only #26-3372 is still open with San Jose (26-3371 closed Oct 19)')

# 057 Portland closes the Rose Quarter request: deposit never paid
f = '057-portland-govqa-closed-no-deposit.eml'
build(f, [('From', 'City of Portland Public Records Center <portlandor@govqa.us>'),
          ('To', plus('REQ-013')),
          ('Subject', 'Public Records Request :: P018233-092326 has been closed'),
          ('Date', 'Mon, 07 Dec 2026 08:30:00 -0800'),
          ('Message-ID', newid(f, 'govqa.us'))],
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Records Desk,</p>
<p>Request <b>P018233-092326</b> has been closed. We did not receive the required deposit or a response to the fee
estimate sent on November 2, 2026. Consistent with City policy, requests are closed when a deposit is not received
within 30 days.</p>
<p>If you still want these records, you may reopen the request by paying the deposit within 30 days of this notice,
or submit a new request.</p>
<p>City of Portland Public Records</p></body></html>""")
fact(f, 'REQ-013', 'other', 'P018233-092326', ['plus', 'tracking'],
     why='closure for non-payment of the deposit (requester non-response); not a denial or a records response')

# 058 Seattle final installment with exemption log
f = '058-seattle-final-exemption-log.eml'
exlog = ('Record,Date,Description,Exemption,Explanation\n'
         'TXT-0068,2026-04-02,Text Mayor to Deputy Mayor,RCW 42.56.280,Predecisional opinions on zoning capacity options\n'
         'TXT-0071,2026-04-09,Text Deputy Mayor to Mayor,RCW 42.56.280,Recommendation before policy adopted\n'
         'TXT-0090,2026-06-15,Text Mayor to City Attorney staff,RCW 42.56.070(1); RCW 5.60.060(2)(a),Attorney-client privileged advice\n'
         'TXT-0091,2026-06-15,Text City Attorney staff to Mayor,RCW 42.56.070(1); RCW 5.60.060(2)(a),Attorney-client privileged advice\n')
build(f, [('From', '"Hollis, Bree" <bree.hollis@seattle.gov>'),
          ('To', plus('REQ-005')),
          ('Subject', "C051277-091026 - Mayor's text messages - final installment"),
          ('Thread-Topic', "C051277-091026 - Mayor's text messages"),
          ('Date', 'Mon, 14 Dec 2026 16:00:44 -0800'),
          ('Message-ID', newid(f, 'BY5PR09MB6021.namprd09.prod.outlook.com')),
          ('In-Reply-To', newid('017-seattle-pdo-five-day-letter.eml', 'BY5PR09MB6021.namprd09.prod.outlook.com')),
          ('X-MS-Has-Attach', 'yes'), ('Content-Language', 'en-US')],
      text="""Dear Records Desk,

The second and final installment for C051277-091026 is now in the Request
Center: 31 text messages from the phones of staff who exchanged messages
with the Mayor on this topic, including messages staff found on their own
personal phones.

Six messages are withheld in part under RCW 42.56.280 (deliberative
process) and two are withheld in full as attorney-client privileged
(RCW 42.56.070(1) and RCW 5.60.060(2)(a)). The exemption log is attached.

With this installment the City has completed its response and the request
is closed. If you believe the City's response is in error, you may ask for
review by the City Attorney's Office under SMC 3.104.030.

Bree Hollis
Public Disclosure Officer | Office of the Mayor | City of Seattle
""", attachments=[('C051277-091026_exemption_log.csv', exlog, 'text/csv')])
fact(f, 'REQ-005', 'records_final', 'C051277-091026', ['plus', 'tracking'], adverse=True,
     why='final installment with deliberative and attorney-client withholdings and an exemption log; WA no appeal days')

# 059 Portland: no records on councilors' personal phones
f = '059-portland-no-records-campsites.eml'
cert = pdf(['CITY OF PORTLAND - CERTIFICATIONS OF SEARCH OF PERSONAL DEVICES', 'Public Records Request P019004-102026', '',
            'Each of the undersigned District 2 councilors certifies that on or before December 11, 2026 they searched',
            'the text messages on their personal mobile phone for May 1 - October 1, 2026 for messages concerning',
            'sanctioned campsites or temporary alternative shelter sites, and found no messages relating to City business.',
            '', 'Councilor, District 2 (signed)', 'Councilor, District 2 (signed)', 'Councilor, District 2 (signed)'],
           'Certifications')
build(f, [('From', 'City of Portland Public Records Center <portlandor@govqa.us>'),
          ('To', plus('REQ-014')),
          ('Subject', 'Public Records Request :: P019004-102026 has been closed'),
          ('Date', 'Fri, 18 Dec 2026 11:00:55 -0800'),
          ('Message-ID', newid(f, 'govqa.us'))],
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Records Desk,</p>
<p>All three District 2 councilors searched their personal phones for text messages about sanctioned campsites and
signed certifications of their searches (attached). None located any responsive text messages. The City therefore
has no records responsive to request <b>P019004-102026</b>, and the request has been closed. There is no charge.</p>
<p>City of Portland Public Records</p></body></html>""",
      attachments=[('P019004-102026_certifications.pdf', cert, 'application/pdf')])
fact(f, 'REQ-014', 'no_records', 'P019004-102026', ['plus', 'tracking'], adverse=True,
     why='councilors certified personal-phone searches found nothing; no responsive records; OR no appeal days')

# 060 NYC final release with withholdings and appeal rights
f = '060-nyc-openrecords-closed-final.eml'
build(f, [('From', 'NYC OpenRecords <noreply@records.nyc.gov>'),
          ('To', plus('REQ-010')),
          ('Subject', 'FOIL-2026-002-04417 Closed'),
          ('Date', 'Wed, 27 Jan 2027 14:00:30 -0500'),
          ('Message-ID', newid(f, 'records.nyc.gov'))],
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>Your FOIL request <b>FOIL-2026-002-04417</b> has been closed by the Office of the Mayor (OOM).</p>
<p><b>Reason:</b> Disclosed in part. The agency has released 214 pages of records (the Mayor's schedules and
correspondence with registered lobbyists concerning Willets Point and casino licensing). Portions of the records
have been withheld under Public Officers Law &sect; 87(2)(g), because they are inter-agency or intra-agency materials
that are not statistical or factual tabulations, final agency policy or determinations, and under &sect; 87(2)(b),
because disclosure would constitute an unwarranted invasion of personal privacy.</p>
<p>You may appeal this decision within 30 days by contacting the Records Access Appeals Officer, Office of the Mayor,
at foilappeals@cityhall.nyc.gov, or through the OpenRecords portal.</p>
<p>Please visit <a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-002-04417">FOIL-2026-002-04417</a>
to download the released records.</p>
<p style="font-size:11px">This is an automated message from NYC OpenRecords. Please do not reply.</p></body></html>""")
fact(f, 'REQ-010', 'records_final', 'FOIL-2026-002-04417', ['plus', 'tracking'], adverse=True,
     why='closed "disclosed in part": 214 pages released, 87(2)(g)/(b) withholdings; NY appeal 30 days')
