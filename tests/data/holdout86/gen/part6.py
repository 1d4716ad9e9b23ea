from common import *

# 051 Water authority final: results released, draft consultant report withheld (windows-1252 body)
write('051-brrwa-final-partial.eml', msg([
    ('From', 'Rebecca Tolliver <rtolliver@brrwa.org>'),
    ('To', 'Records Desk <records+req-110@records.example.org>'),
    ('Subject', 'RE: FOIA 26-31 (PFAS sampling) - additional time needed'),
    ('Date', 'Thu, 19 Nov 2026 13:30:44 -0500'),
    ('Message-ID', mid('051', 'brrwa.org')),
    ('In-Reply-To', mid('047', 'brrwa.org')),
    ('References', req_mid('REQ-110') + ' ' + mid('047', 'brrwa.org')),
], text="""Dear Records Desk:

This is the Authority\u2019s response to FOIA 26-31.

Released: PFAS sampling results for the raw-water intakes and both treatment plants,
2024 through September 2026 (laboratory reports, 46 pages), and the final \u201cPFAS
Treatment Alternatives Technical Memorandum\u201d of June 2026.

Withheld: two draft versions of the technical memorandum (January and March 2026) are
withheld in their entirety under Va. Code \u00a7 2.2-3705.1(12) and \u00a7 2.2-3705.7(2),
as working papers and preliminary drafts prepared for the Authority\u2019s Board. A
privileged memorandum from the Authority\u2019s counsel is withheld under
\u00a7 2.2-3705.1(2).

There is no charge. This completes our response.

Rebecca Tolliver
Clerk of the Board and FOIA Officer
Blue Ridge Regional Water Authority
""", charset='windows-1252', cte='quoted-printable',
 attachments=[('FOIA 26-31 PFAS results 2024-2026.pdf', pdf('BLUE RIDGE REGIONAL WATER AUTHORITY - PFAS MONITORING SUMMARY\nSample site: North Fork intake  PFOA 3.1 ng/L  PFOS 2.4 ng/L  (2026-03-11)\nSample site: Ridge WTP finished  PFOA ND  PFOS ND'), 'application/pdf')]))

# 052 NCTCOG coordinator out of office over Thanksgiving, reply to our status question
write('052-nctcog-ooo-thanksgiving.eml', msg([
    ('From', 'Melissa Grant <mgrant@nctcog.org>'),
    ('To', 'Records Desk <records+req-104@records.example.org>'),
    ('Subject', 'Automatic reply: Status of PIR 26-0917 / AG ruling'),
    ('Date', 'Wed, 25 Nov 2026 08:05:33 -0600'),
    ('Message-ID', mid('052', 'nctcog.org')),
    ('In-Reply-To', '<req-104.20261125.2@records.example.org>'),
    ('References', req_mid('REQ-104') + ' <req-104.20261125.2@records.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
], text="""Thank you for your message. NCTCOG offices are closed November 26-27 for the
Thanksgiving holiday and I am out of the office through Monday, November 30.

Open records requests may be sent to openrecords@nctcog.org and will be processed
in the order received.

Melissa Grant
Open Records Coordinator
"""))

# 053 Ohio district closes the request for non-response to the fee estimate (Google Group)
write('053-mvjswd-closed-nonresponse.eml', msg([
    ('From', '"Jim Marsh via MVJSWD Records" <records@mvjswd.org>'),
    ('Reply-To', 'records@mvjswd.org'),
    ('To', 'Records Desk <records+req-112@records.example.org>'),
    ('Subject', 'Re: ' + REQS['REQ-112']['subject']),
    ('Date', 'Mon, 30 Nov 2026 09:12:20 -0500'),
    ('Message-ID', '<CAF3k9z+Zr8pL4cWq0eTn2vY7m@mail.gmail.com>'),
    ('In-Reply-To', '<CAF3k9z+Qh2mV0pLq1rWm8fT4x@mail.gmail.com>'),
    ('References', req_mid('REQ-112') + ' <CAF3k9z+Qh2mV0pLq1rWm8fT4x@mail.gmail.com>'),
    ('List-Id', '<records.mvjswd.org>'),
    ('X-Original-Sender', 'jmarsh@stantoncountyoh.gov'),
    ('Precedence', 'list'),
], text="""Hi,

I haven't heard back about the $90 for the paper contracts and the audit, so I am
closing this request out on our end. I never got a go-ahead to send the electronic
2023 and 2025 contracts either. If you still want any of it just send a new request
to this address and I'll pick it back up.

Jim Marsh
Director, Miami Valley Joint Solid Waste Management District

--
You received this message because you are subscribed to the Google Groups "MVJSWD Records" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@mvjswd.org.
"""))

# 054 NCTCOG final release following the Attorney General's ruling
write('054-nctcog-final-ag-ruling.eml', msg([
    ('From', 'NCTCOG Open Records <openrecords@nctcog.org>'),
    ('To', 'Records Desk <records+req-104@records.example.org>'),
    ('Subject', 'PIR 26-0917 - Final release following OAG ruling OR2026-31877'),
    ('Date', 'Wed, 02 Dec 2026 10:18:49 -0600'),
    ('Message-ID', mid('054', 'nctcog.org')),
    ('In-Reply-To', mid('025', 'nctcog.org')),
    ('References', req_mid('REQ-104') + ' ' + mid('025', 'nctcog.org')),
], text="""Dear Requester:

The Office of the Attorney General has issued Open Records Letter No. OR2026-31877
regarding PIR 26-0917 (copy attached). The Attorney General concluded that NCTCOG
must withhold the manufacturer's unit pricing and production schedule in Appendix
D of the 2026 Bus and Bus Facilities application under Section 552.110(b) of the
Government Code, and must release the remaining information.

The 2026 application is now released with Appendix D redacted as the ruling
requires. This completes NCTCOG's response to PIR 26-0917.

https://nctcog.sharefile.com/d-a93f10c2be

Sincerely,

Open Records Coordinator
North Central Texas Council of Governments
""", attachments=[('OR2026-31877.pdf', pdf('OPEN RECORDS LETTER NO. OR2026-31877\nNovember 30, 2026\nNorth Central Texas Council of Governments - ID# 712044\nThe council must withhold the information we have marked under section 552.110(b) of the Government Code. The council must release the remaining information.'), 'application/pdf')]))

# 055 CR911 withholds everything (RCW 42.56.240(1)), no records released
write('055-cr911-denial.eml', msg([
    ('From', 'Shawna Pruitt <spruitt@cr911.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'RE: CR911-PRR-0193 revised estimate'),
    ('Date', 'Thu, 10 Dec 2026 15:22:37 -0800'),
    ('Message-ID', mid('055', 'cr911.org')),
    ('In-Reply-To', mid('048', 'cr911.org')),
    ('References', mid('048', 'cr911.org')),
    ('Thread-Index', 'AdtY9c1KzZ8x2cWhQh2bK3o1vQ3u2QAEk8rA'),
], text="""Hello,

CR911 has completed its review of request CR911-PRR-0193. The responsive records
are the CAD incident detail for event 26-284117 and 41 minutes of 911 and
dispatch radio audio.

All of these records are exempt from disclosure and are withheld in their entirety.
The Independent Investigation Team has informed CR911 in writing that the
investigation of the October 3 incident is open and has been referred to the
prosecuting attorney, and that release of the CAD records and audio before a
charging decision would compromise the investigation. The records are specific
investigative records compiled by a law enforcement agency, the nondisclosure of
which is essential to effective law enforcement, RCW 42.56.240(1). An exemption log
is attached.

You may ask for review of this decision by CR911's Executive Director at
publicrecords@cr911.org. CR911 will consider a new request after the investigation
is closed.

Shawna Pruitt
Public Records Officer
Cascade Regional 911 Communications
(360) 555-0148
""", attachments=[('CR911-PRR-0193 exemption log.pdf', pdf('CR911 EXEMPTION LOG - CR911-PRR-0193\n1. CAD incident detail, event 26-284117, 14 pp. - withheld in full - RCW 42.56.240(1)\n2. 911 call audio (3 calls), 9 min - withheld in full - RCW 42.56.240(1)\n3. Dispatch radio audio, 32 min - withheld in full - RCW 42.56.240(1)'), 'application/pdf')]))

# 056 FTA final response, partial release with FOIA exemptions; letter in PDF; appeal rights + OGIS
fin = """U.S. Department of Transportation
Federal Transit Administration
Office of Chief Counsel

December 18, 2026

Records Desk
records@records.example.org

RE: FOIA Request No. 2026-FTA-0318 - Final Response

Dear Requester:

This is the final response to your Freedom of Information Act request for FTA
correspondence with the North Central Texas Council of Governments and the
Sacramento Area Council of Governments and records of their triennial reviews,
as narrowed on October 15, 2026.

The Region 6 and Region 9 offices located 612 pages of responsive records. We are
releasing 540 pages in full and 61 pages in part. We are withholding 11 pages in
full. Information was withheld under the following exemptions:

Exemption 5, 5 U.S.C. 552(b)(5), deliberative process privilege: draft triennial
review findings and internal staff recommendations exchanged before the final
reports were issued.

Exemption 6, 5 U.S.C. 552(b)(6): personal telephone numbers and email addresses of
private individuals and non-supervisory employees.

You may appeal this determination. Your appeal must be in writing and received
within 90 days of the date of this letter. Address it to the Chief Counsel, Federal
Transit Administration, and mark it "Freedom of Information Act Appeal", or send it
by email to fta.foia@dot.gov.

You may seek dispute resolution services from FTA's FOIA Public Liaison at (202)
366-4043, or from the Office of Government Information Services (OGIS), National
Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, Maryland
20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.

Sincerely,

Deputy Chief Counsel
Federal Transit Administration
"""
write('056-fta-final-partial-pdf.eml', msg([
    ('From', 'FTA FOIA <fta.foia@dot.gov>'),
    ('To', 'Records Desk <records+req-115@records.example.org>'),
    ('Subject', 'Final Response - FOIA 2026-FTA-0318'),
    ('Date', 'Fri, 18 Dec 2026 15:45:00 -0500'),
    ('Message-ID', mid('056', 'dot.gov')),
    ('In-Reply-To', mid('034', 'dot.gov')),
    ('References', mid('016', 'dot.gov') + ' ' + mid('034', 'dot.gov')),
], text="""Please see the attached final response letter. The released records are
available for download at https://securerelease.dot.gov/ (case 2026-FTA-0318)
for 30 days.

FTA FOIA Office
""", attachments=[('2026-FTA-0318 Final Response.pdf', pdf(fin), 'application/pdf')]))

# 057 our phone system: voicemail transcript; caller number matches the CR911 officer's signature
write('057-voicemail-cr911.eml', msg([
    ('From', 'Voicemail <voicemail@phones.records.example.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'New voicemail from (360) 555-0148'),
    ('Date', 'Wed, 06 Jan 2027 10:31:40 -0800'),
    ('Message-ID', mid('057', 'phones.records.example.org')),
], text="""You received a new voicemail.

From: (360) 555-0148
Received: Wed Jan 6, 2027 10:29 AM PST
Duration: 0:41

Transcription (automated, may contain errors):
"Hi, this is Shawna, calling for the records desk about the dispatch request,
the shooting from October. Something's changed on the investigation side and I
want to talk through what we might be able to release now. Can you give me a call
back at 360 555 0148? Thanks."

Listen in the web portal: https://phones.records.example.org/vm/8841
"""))

# 058 unrelated vendor webinar invitation
write('058-granicus-webinar.eml', msg([
    ('From', 'Granicus Events <events@granicus.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Webinar: How regional councils cut records-request turnaround by 40%'),
    ('Date', 'Tue, 12 Jan 2027 07:00:00 -0600'),
    ('Message-ID', mid('058', 'mkt.granicus.com')),
    ('List-Unsubscribe', '<mailto:unsubscribe@mkt.granicus.com?subject=unsub-77310>'),
    ('Precedence', 'bulk'),
], html="""<html><body style="font-family:Arial;max-width:600px">
<h2>Join us January 28 at 1 PM CT</h2>
<p>Councils of governments, 911 districts and joint powers authorities often run records requests with one part-time clerk. Hear how three regional agencies moved from shared inboxes to a single records portal, cut response times and kept up with their state's deadlines.</p>
<ul><li>Routing requests for member agencies</li><li>Handling dispatch audio and CAD exports</li><li>Fee estimates and automated acknowledgments</li></ul>
<p><a href="https://granicus.com/webinars/regional-records">Register now</a></p>
<p style="font-size:10px;color:#888">Granicus, 408 St. Peter St, St. Paul, MN. Unsubscribe at any time.</p>
</body></html>"""))
