#!/usr/bin/env python3
"""Messages 011-020 (September 22-30, 2026)."""
from common import *

F = []

# 011 SEPTA 902 notice only in a PDF; number only in the attachment file name
letter = ['SOUTHEASTERN PENNSYLVANIA TRANSPORTATION AUTHORITY', 'Open Records Office', '1234 Market Street, Philadelphia, PA 19107', '',
          'September 22, 2026', '', 'VIA ELECTRONIC MAIL', '', 'Dear Requester:', '',
          'Your request under the Pennsylvania Right-to-Know Law for the SEPTA Key fare collection',
          'contract with Conduent, amendments, and provisions on sharing rider account or tap data was',
          'received by SEPTA on September 15, 2026.', '',
          'Pursuant to 65 P.S. 67.902(b), SEPTA is notifying you that it requires up to thirty (30)',
          'additional days to respond, for the following reasons:', '',
          '  - the records are stored in a remote location or are held by a contractor performing a',
          '    governmental function on behalf of SEPTA (65 P.S. 67.506(d));',
          '  - the request requires redaction; and',
          '  - the records may contain confidential proprietary information of a third party, who',
          '    must be notified under Section 707(b).', '',
          'SEPTA expects to respond on or before October 22, 2026. If any fees will apply, you will',
          'be notified before the records are produced.', '',
          'Open Records Officer', 'SEPTA']
m = plain('SEPTA Open Records <righttoknow@septa.org>', plus('REQ-004'), 'SEPTA Right-to-Know - Interim Response',
          '2026-09-22 16:20 -0400', outlook_mid('011', 'PH0PR11MB7431.namprd11.prod.outlook.com'),
          'Please see the attached letter.\n\nSEPTA Open Records Office\n',
          headers=[('Thread-Topic', 'SEPTA Right-to-Know - Interim Response'), ('X-MS-Has-Attach', 'yes')])
attach_pdf(m, 'RTK_2026-1232_902_Notice.pdf', letter)
save('011-septa-902-pdf-filename-only.eml', m)
F.append(fact('011-septa-902-pdf-filename-only.eml', 'REQ-004', 'extension', '2026-1232', clock='extension', estimated='2026-10-22',
              why='902 extension only in PDF; number only in attachment name; Conduent/SEPTA Key topic in PDF text; received Sep 15 = sent'))

# 012 NTTA GovQA acknowledgment from the same shared sender MBTA uses
g = """<html><body style="font-family:Arial;font-size:13px">
<table width="640" style="border:1px solid #d0d0d0"><tr><td style="background:#003e7e;color:#fff;padding:10px">
<b>North Texas Tollway Authority - Public Information Request Center</b></td></tr>
<tr><td style="padding:12px">
<p>Dear Records Desk:</p>
<p>Thank you for submitting a request under the Texas Public Information Act. Your request was received on
<b>9/23/2026</b> and assigned reference <b>P004417-092326</b>.</p>
<p><i>Request description:</i> Retention schedule for toll camera images; list of law enforcement requests
for toll images, 2025-2026.</p>
<p>If the information cannot be produced within ten business days, you will be notified in writing of a date and
hour within a reasonable time when it will be available. Charges may apply for copies; if estimated charges
exceed $40.00 you will receive an itemized statement before any work is done.</p>
<p>Log in to the <a href="https://ntta.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">Public Information Request Center</a> to view your request.</p>
</td></tr></table>
<p style="font-size:10px;color:#999">Automated notification. Do not reply.</p></body></html>"""
m = html_only('Public Records Center <noreply@mycusthelp.net>', plus('REQ-011'),
              'Public Information Request :: P004417-092326', '2026-09-23 10:11 -0500',
              mid('012govqa', 'mycusthelp.net'), g)
save('012-ntta-govqa-ack.eml', m)
F.append(fact('012-ntta-govqa-ack.eml', 'REQ-011', 'acknowledgment', 'P004417-092326', clock='received_on_sent_date',
              why='NTTA GovQA ack from the same shared GovQA sender MBTA uses; received 9/23 = sent; assigns P004417-092326'))

# 013 Port Authority FOI mailbox auto-response
m = plain('FOI Administrator <foiadmin@panynj.gov>', plus('REQ-012'),
          'Automatic reply: ' + req('REQ-012')['subject'], '2026-09-24 09:15 -0400',
          outlook_mid('013', 'DM6PR09MB4012.namprd09.prod.outlook.com'),
          """This is an automated response. Your message has been delivered to the Port Authority of New York
and New Jersey Office of the Secretary, FOI Administrator.

Please note: this message does not confirm that a request has been opened. Requests are reviewed
and assigned a reference number under the Port Authority's Freedom of Information Code, and you will
be sent a separate acknowledgment. Requests may also be submitted through the online FOI portal at
www.panynj.gov/foi.

Office of the Secretary - FOI
The Port Authority of New York and New Jersey
4 World Trade Center, 150 Greenwich Street, New York, NY 10007
""", headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], rid_thread='REQ-012')
save('013-panynj-autoreply.eml', m)
F.append(fact('013-panynj-autoreply.eml', 'REQ-012', 'auto_reply',
              why='Port Authority FOI mailbox auto-response; says it does not confirm a request was opened'))

# 014 King County Metro referral to the Sheriff's Office (Metro Transit Police)
m = plain('Okafor, Dana <dana.okafor@kingcounty.gov>', plus('REQ-007'), 'RE: request 26-4471 - Route 7 video',
          '2026-09-25 11:02 -0700', outlook_mid('014', 'SJ0PR09MB6620.namprd09.prod.outlook.com'),
          """Hi again,

One more thing on 26-4471. You mentioned a police response to the Sept 2 disturbance. Metro Transit
Police is staffed under contract by the King County Sheriff's Office, and any incident report or
deputy body-worn camera video would be held by KCSO, not by Metro. If you want those, please send a
separate request to the Sheriff's Office Public Disclosure Unit (kcso.publicdisclosure@kingcounty.gov)
or through the county portal and choose "Sheriff's Office".

We'll keep 26-4471 open for the retention SOP.

Dana
""", headers=[('Thread-Topic', 'request 26-4471 - Route 7 video'),
              ('References', outlook_mid('010', 'SJ0PR09MB6620.namprd09.prod.outlook.com'))],
          )
m['In-Reply-To'] = outlook_mid('010', 'SJ0PR09MB6620.namprd09.prod.outlook.com')
save('014-kcmetro-referral-kcso.eml', m)
F.append(fact('014-kcmetro-referral-kcso.eml', 'REQ-007', 'other', '26-4471',
              why='referral: police report/video held by the Sheriff (Metro Transit Police contract); threads to message 010, not to our request'))

# 015 RTD CORA 7-day extension, no request number ever
m = plain('RTD CORA Custodian <cora@rtd-denver.com>', plus('REQ-008'), 'RE: ' + req('REQ-008')['subject'],
          '2026-09-25 16:45 -0600', mid('015rtd', 'rtd-denver.com'),
          """Good afternoon,

The Regional Transportation District received your Colorado Open Records Act request on
September 22, 2026 for the Allied Universal security services contract and incident reports for
July and August 2026.

Pursuant to C.R.S. 24-72-203(3)(b), the custodian has determined that extenuating circumstances
exist: the request is broadly stated and the incident reports are prepared and stored by the
contractor and must be retrieved and reviewed before they can be released. RTD is therefore
extending the response period by seven working days, to October 7, 2026.

Please be advised that RTD charges a research and retrieval fee under C.R.S. 24-72-205(6). The first
hour is free. We will send you an estimate if the request will take longer than one hour.

Regards,

Records Custodian
Regional Transportation District
1660 Blake Street, Denver, CO 80202
""", rid_thread='REQ-008')
save('015-rtd-cora-extension.eml', m)
F.append(fact('015-rtd-cora-extension.eml', 'REQ-008', 'extension', clock='extension', estimated='2026-10-07',
              why='CORA 7-working-day extension for extenuating circumstances (contractor-held reports); RTD gives no number'))

# 016 MBTA fee estimate letter (multipart/alternative)
txt = """Re: Public Records Request R001842-091426

Dear Records Desk:

The Massachusetts Bay Transportation Authority ("MBTA") writes in response to your request,
received September 14, 2026, for the MBTA's CCTV retention policy and a log of requests for video
footage from January 2025 to date.

The retention policy will be provided without charge. The MBTA Transit Police Video Unit tracks
footage requests in a database that must be exported and reviewed for redaction of personal and
investigatory information under G.L. c. 4, s. 7(26)(c) and (f).

Pursuant to G.L. c. 66, s. 10(d), the MBTA estimates that this will take 10 hours of search,
segregation and redaction time. The first four hours are provided at no cost; the remaining six
hours are charged at $25.00 per hour, for an estimated fee of $150.00. Please confirm in writing
that you wish to proceed and agree to pay this fee. The MBTA anticipates producing the records by
November 5, 2026, which exceeds 15 business days from receipt because of the redaction review.

You may petition the Supervisor of Records for a fee reduction or appeal this response under
950 CMR 32.08.

Sincerely,
Records Access Officer
Massachusetts Bay Transportation Authority
10 Park Plaza, Boston, MA 02116
"""
html = '<html><body style="font-family:Calibri,Arial;font-size:11pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', '<br>') for p in txt.split('\n\n')) + '</body></html>'
m = alternative('MBTA Public Records <publicrecords@mbta.com>', plus('REQ-005'),
                'R001842-091426 - Fee Estimate', '2026-09-28 14:30 -0400', mid('016mbta', 'mbta.com'), txt, html)
save('016-mbta-fee-estimate.eml', m)
F.append(fact('016-mbta-fee-estimate.eml', 'REQ-005', 'fee_estimate', 'R001842-091426', estimated='2026-11-05',
              why='c.66 s.10 response: $150 for 6 chargeable hours of video-log redaction; must agree in writing; production by Nov 5'))

# 017 WMATA extension; PARP date differs from the DC table date
m = plain('WMATA Public Access to Records <parp@wmata.com>', plus('REQ-001'), 'PARP 27-0091 - Notice of Extension',
          '2026-09-29 09:02 -0400', outlook_mid('017', 'BY5PR09MB4411.namprd09.prod.outlook.com'),
          """Dear Requester:

This concerns PARP Request 27-0091 (Metrorail station CCTV retention schedule and video release
procedures).

Under PARP Section 8.2.2, WMATA is extending the time to respond to your request by ten (10)
business days because the request requires a search of records held by more than one office
(Metro Transit Police Department, Office of Cybersecurity and Office of Records Management) and
consultation with the Office of Emergency Management on security-sensitive material.

WMATA now expects to respond by October 21, 2026. If you would like to narrow your request to
speed processing, please reply to this message.

PARP Office
Washington Metropolitan Area Transit Authority
""", headers=[('Thread-Topic', 'PARP 27-0091 - Notice of Extension'), ('Importance', 'Normal')])
save('017-wmata-extension.eml', m)
F.append(fact('017-wmata-extension.eml', 'REQ-001', 'extension', '27-0091', clock='extension', estimated='2026-10-21',
              why='PARP 10-business-day extension; letter counts from its own 20-day period (Oct 21); label due uses DC table (+10 on Sep 30)'))

# 018 SDCRAA JustFOIA acknowledgment
g = """<html><body style="font-family:Arial;font-size:10pt"><table width="600" cellpadding="8" style="border:1px solid #bbb">
<tr><td style="background:#0b4f8a;color:#fff"><b>San Diego County Regional Airport Authority &ndash; Public Records</b></td></tr>
<tr><td><p>Hello Records Desk,</p>
<p>Your California Public Records Act request has been received.</p>
<p><b>Request #:</b> PRA-26-187<br><b>Received:</b> 09/29/2026<br>
<b>Summary:</b> Agreements with airlines and U.S. Customs and Border Protection on biometric (facial comparison) boarding at SAN.</p>
<p>The Authority will determine within 10 days whether your request seeks disclosable public records
(Gov. Code &sect; 7922.535) and will notify you if an extension is needed.</p>
<p><a href="https://sandiegoairport.justfoia.com/publicportal/home/track">Track your request</a></p></td></tr>
<tr><td style="font-size:8pt;color:#777">This is an automated notification from JustFOIA. Please do not reply.</td></tr>
</table></body></html>"""
m = html_only('San Diego Airport Authority via JustFOIA <sandiegoairport@justfoia.com>', plus('REQ-014'),
              'Request PRA-26-187 Received', '2026-09-29 11:20 -0700', mid('018jf', 'justfoia.com'), g)
save('018-sdcraa-justfoia-ack.eml', m)
F.append(fact('018-sdcraa-justfoia-ack.eml', 'REQ-014', 'acknowledgment', 'PRA-26-187', clock='received_on_sent_date',
              why='JustFOIA ack: received 09/29 = sent; PRA-26-187; CPRA 10 calendar days'))

# 019 WMATA fee estimate (PARP fee schedule), hedged-free but conditional
m = plain('Tanisha Greer <tgreer@wmata.com>', plus('REQ-002'), 'RE: PARP Request No. 27-0104 - Fee Estimate',
          '2026-09-30 10:40 -0400', outlook_mid('019', 'MN2PR09MB5120.namprd09.prod.outlook.com'),
          """Good morning,

Procurement has located the MTPD body-worn camera contract file for PARP 27-0104: the base
contract, six modifications and the vendor's cloud evidence-storage terms (roughly 640 pages).

Under PARP Section 9, commercial and non-commercial requesters other than educational and news
media requesters pay search and review time. Our estimate is:

    Search (professional staff), 4 hrs @ $45.00      $180.00
    Duplication (electronic, no charge)                $0.00
    Review for Section 6.1.4 commercial information   $32.00
    Estimated total                                   $212.00

If you qualify as a representative of the news media, please tell us and search fees will be
waived; only duplication beyond 100 pages would apply. Otherwise, please confirm in writing
that you agree to pay up to $212.00. We will hold the request until we hear from you; if we do not
receive a response within 20 business days the request will be administratively closed.

Tanisha Greer
PARP Specialist | Office of General Counsel, WMATA
""", headers=[('Thread-Topic', 'PARP Request No. 27-0104 - Fee Estimate')])
m['In-Reply-To'] = outlook_mid('005', 'MN2PR09MB5120.namprd09.prod.outlook.com')
m['References'] = outlook_mid('005', 'MN2PR09MB5120.namprd09.prod.outlook.com')
save('019-wmata-fee-estimate.eml', m)
F.append(fact('019-wmata-fee-estimate.eml', 'REQ-002', 'fee_estimate', '27-0104',
              why='PARP fee estimate $212, processing held until agreement; threads to the ack (005), not our request'))

# 020 MDTA 10-working-day notice (MPIA 4-203(b)), no threading
m = plain('MDTA Public Information Act Office <mdtapia@mdta.maryland.gov>', 'records@records.example.org',
          'MPIA Request MDTA-PIA-2026-0412', '2026-09-30 15:05 -0400', mid('020mdta', 'mdta.maryland.gov'),
          """Dear Records Desk:

The Maryland Transportation Authority (MDTA) received your Maryland Public Information Act request
on September 17, 2026 seeking (1) the retention schedule for toll plate images, (2) provisions of
the E-ZPass Maryland customer service center contract addressing image data, and (3) agreements
or logs for sharing plate data with law enforcement. It has been assigned MDTA-PIA-2026-0412.

As required by General Provisions Article 4-203(b)(2), we are notifying you that the MDTA will
need more than 10 working days to respond. Parts of the requested records are maintained by the
MDTA's customer service center contractor on its systems and must be retrieved through the
contract administrator. We estimate that the MDTA will respond by October 30, 2026.

Fees may apply under GP 4-206. At this time we estimate that any fee would not exceed $75.00;
you will be notified of the actual amount before records are released.

If you disagree with this estimate you may contact the Public Access Ombudsman.

Sincerely,

PIA Coordinator
Maryland Transportation Authority
2310 Broening Highway, Baltimore, MD 21224
""")
save('020-mdta-ten-day-notice.eml', m)
F.append(fact('020-mdta-ten-day-notice.eml', 'REQ-010', 'acknowledgment', 'MDTA-PIA-2026-0412', clock='received_on_sent_date',
              estimated='2026-10-30',
              why='MPIA 10-working-day notice, no thread headers, sent to plain inbox: received Sep 17 = sent, estimate Oct 30, hedged fee <= $75'))

record(2, F)
