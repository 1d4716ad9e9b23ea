"""Messages 021-030 (September 29 - October 6, 2026)."""
from build_common import *

# 021 ---------------------------------------------------------------- Postfix DSN: Google MX rejects a wrong WGFD address (REQ-015)
orig = """Return-Path: <records@records.example.org>
Received: from desk-laptop.records.example.org (desk-laptop.records.example.org [10.20.0.31])
	by mx1.records.example.org (Postfix) with ESMTPSA id 7E02BA0091
	for <wgfd-records@wyo.gov>; Tue, 29 Sep 2026 07:44:40 -0600 (MDT)
From: Records Desk <records@records.example.org>
Reply-To: %s
To: wgfd-records@wyo.gov
Subject: %s
Date: Tue, 29 Sep 2026 07:44:37 -0600
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

%s""" % (plus(15), req(15)['subject'], req_mid(15), request_text(15))
diag = ('host aspmx.l.google.com[142.250.141.26] said: 550-5.1.1 The email account that you tried to reach does\n'
        '    not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces.\n'
        '    For more information, go to https://support.google.com/mail/?p=NoSuchUser\n'
        '    41be03b00d2f7-7c2d8a1f9e3si118233a12.301 - gsmtp (in reply to RCPT TO command)')
notice = """This is the mail system at host mx1.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<wgfd-records@wyo.gov>: %s
""" % diag
dsn = """Reporting-MTA: dns; mx1.records.example.org
X-Postfix-Queue-ID: 7E02BA0091
X-Postfix-Sender: rfc822; records@records.example.org
Arrival-Date: Tue, 29 Sep 2026 07:44:40 -0600 (MDT)

Final-Recipient: rfc822; wgfd-records@wyo.gov
Original-Recipient: rfc822;wgfd-records@wyo.gov
Action: failed
Status: 5.1.1
Remote-MTA: dns; aspmx.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not
    exist. Please try double-checking the recipient's email address for typos or
    unnecessary spaces. 41be03b00d2f7-7c2d8a1f9e3si118233a12.301 - gsmtp"""
write('021-bounce-postfix-wgfd-nosuchuser.eml', [
    ('Return-Path', '<>'),
    ('From', 'Mail Delivery System <MAILER-DAEMON@mx1.records.example.org>'),
    ('To', INBOX),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Date', 'Tue, 29 Sep 2026 07:44:42 -0600 (MDT)'),
    ('Message-ID', '<20260929134442.B0C44A0093@mx1.records.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
], multi('report', [Part('text/plain; charset=us-ascii', notice, None, [('Content-Description', 'Notification')]),
                    Part('message/delivery-status', dsn, None, [('Content-Description', 'Delivery report')]),
                    Part('message/rfc822', orig, None, [('Content-Description', 'Undelivered Message')])],
         '021', '; report-type=delivery-status'), preamble='This is a MIME-encapsulated message.')

# 022 ---------------------------------------------------------------- IDFG takes the Idaho ten-working-day period (REQ-013)
prev = outlook_mid('019', 'SA1PR09MB')
body = """Hello again,

Following up on my note from Friday. We need more time to locate and retrieve the
records: the agency-take files are split between the Bureau of Wildlife in Boise
and the Salmon and Panhandle regional offices, and the reimbursement paperwork
has to be pulled from our fiscal system.

Under Idaho Code 74-103(2), this is our notice that a longer period is needed.
We will respond no later than ten working days from the date of your request.

Wes Schaefer
Public Records Coordinator
Idaho Department of Fish and Game
"""
write('022-idfg-ten-working-days.eml', [
    ('From', '"Schaefer, Wes" <wes.schaefer@idfg.idaho.gov>'),
    ('To', 'Records Desk <%s>' % plus(13)),
    ('Subject', 'RE: ' + req(13)['subject']),
    ('Date', date('2026-09-29 16:05', 'BOISE')),
    ('Message-ID', outlook_mid('022', 'SA1PR09MB')),
    ('In-Reply-To', prev),
    ('References', '%s %s' % (req_mid(13), prev)),
] + ms_headers('022', req(13)['subject']), text(body))

# 023 ---------------------------------------------------------------- State Land Board release with withholdings, Drive link (REQ-007)
prev = gmail_mid('009')
plain = """Hi,

Sorry this took longer than I said it would - the financial schedules needed a
second review by our counsel.

The leases are in this folder:
https://drive.google.com/drive/folders/1kT7rPq0wXbZ4sLmN2vC8dYhGf3JaE6uQ?usp=sharing

It holds 23 surface leases (14 utility-scale solar, 9 recreation) with their
amendments and annual rent statements for 2024-2026.

We withheld the lessee financial statements and bonding documents in six of the
solar files. Those are confidential commercial and financial information under
C.R.S. 24-72-204(3)(a)(IV). Nothing else was held back and there is no charge.

This completes our response to your request.

Kestrel

--
Kestrel Whitaker
CORA Coordinator
Colorado State Land Board | Department of Natural Resources
"""
write('023-slb-release-drive-link.eml', [
    ('From', '"Whitaker - DNR, Kestrel" <kestrel.whitaker@state.co.us>'),
    ('To', 'Records Desk <%s>' % plus(7)),
    ('Subject', 'Re: ' + req(7)['subject']),
    ('Date', date('2026-09-29 16:30')),
    ('Message-ID', gmail_mid('023')),
    ('In-Reply-To', prev),
    ('References', '%s %s' % (req_mid(7), prev)),
], multi('alternative', [text(plain), html(
    '<div dir="ltr"><div>Hi,</div><div><br></div><div>Sorry this took longer than I said it would - the financial schedules '
    'needed a second review by our counsel.</div><div><br></div><div>The leases are in <a href="https://drive.google.com/drive/'
    'folders/1kT7rPq0wXbZ4sLmN2vC8dYhGf3JaE6uQ?usp=sharing">this folder</a>. It holds 23 surface leases (14 utility-scale '
    'solar, 9 recreation) with their amendments and annual rent statements for 2024-2026.</div><div><br></div><div>We withheld '
    'the lessee financial statements and bonding documents in six of the solar files. Those are confidential commercial and '
    'financial information under C.R.S. 24-72-204(3)(a)(IV). Nothing else was held back and there is no charge.</div><div><br>'
    '</div><div>This completes our response to your request.</div><div><br></div><div>Kestrel</div></div>\n')], '023'))

# 024 ---------------------------------------------------------------- WY SEO acknowledged receipt through the Google Group (REQ-014)
plain = """Good morning,

This email acknowledges receipt of your public records request as of today,
September 30, 2026. Under W.S. 16-4-202, the State Engineer's Office will make
the records available no later than thirty (30) calendar days from the date of
acknowledged receipt, unless we notify you of good cause for more time.

Permit files for the Laramie County Control Area are kept by the Ground Water
Division here in Cheyenne. Well-interference complaint files are kept with the
Board of Control records. We will gather both.

Electronic copies are provided at no cost unless staff time exceeds two hours, in
which case we will send you an estimate first.

Teresa Lindqvist
Designated Public Records Person
Wyoming State Engineer's Office
Herschler Building, 4th Floor East
122 West 25th Street, Cheyenne, WY 82002
"""
write('024-wy-seo-ack-via-google-group.eml', group_headers('Teresa Lindqvist', 'teresa.lindqvist@wyo.gov', '024') + [
    ('To', 'Records Desk <%s>' % INBOX),
    ('Subject', 'Re: ' + req(14)['subject']),
    ('Date', date('2026-09-30 10:20')),
    ('Message-ID', gmail_mid('024')),
    ('In-Reply-To', req_mid(14)),
    ('References', req_mid(14)),
], multi('alternative', [text(plain), html('<div dir="ltr">' + plain.replace('\n\n', '<br><br>').replace('\n', ' ') + '</div>\n')], '024'))

# 025 ---------------------------------------------------------------- BLM extension letter as PDF, estimate date (REQ-001)
letter = [
    '*United States Department of the Interior', 'BUREAU OF LAND MANAGEMENT', 'Colorado State Office',
    '2850 Youngfield Street, Lakewood, Colorado 80215', 'www.blm.gov/colorado', '',
    'In Reply Refer To:', '1278 (CO-930)', 'DOI-BLM-2026-004417', '', 'September 30, 2026', '',
    'VIA EMAIL', 'Records Desk', plus(1), '',
    'Dear Records Desk:', '',
    'This letter concerns your Freedom of Information Act (FOIA) request received on September 2, 2026, for records of '
    'wild horse gathers in the Piceance-East Douglas Herd Management Area from 2024 to the present.', '',
    'We are extending the time limit for responding to your request by ten (10) additional workdays, as allowed by '
    '5 U.S.C. 552(a)(6)(B) and 43 CFR 2.19, because we need to search for and collect records from the White River Field '
    'Office in Meeker and from the Wild Horse and Burro Program contract files, which are kept apart from the office '
    'processing your request, and because the request involves a large volume of records.', '',
    'Even with this extension we do not expect to finish processing within the extended period. We currently estimate '
    'that we will issue a final response by December 18, 2026. You may wish to limit the scope of your request (for '
    'example to the 2025 gather only) or agree to an alternative time frame; please contact me if you would like to do so.', '',
    'You may contact our FOIA Public Liaison, Brandon Okafor, at 303-239-3605 or blm_co_foia@blm.gov for assistance. You '
    'may also contact the Office of Government Information Services (OGIS) at the National Archives and Records '
    'Administration to inquire about the FOIA mediation services they offer: 8601 Adelphi Road-OGIS, College Park, '
    'Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.', '',
    'Sincerely,', '', '', 'Marisol Reyes', 'Government Information Specialist', 'BLM Colorado State Office',
]
write('025-blm-extension-letter-pdf.eml', [
    ('From', 'BLM CO FOIA <blm_co_foia@blm.gov>'),
    ('To', plus(1)),
    ('Subject', 'Correspondence regarding your FOIA request'),
    ('Date', date('2026-09-30 11:05')),
    ('Message-ID', gmail_mid('025')),
], multi('mixed', [
    text('Please see the attached letter regarding your Freedom of Information Act request.\n\nBLM Colorado FOIA\n'),
    att(pdf(letter, 'Extension of time'), 'application/pdf', 'DOI-BLM-2026-004417_Extension_Letter.pdf')], '025'))

# 026 ---------------------------------------------------------------- Smartsheet form confirmation for Montana FWP (REQ-016)
htm = """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:16px;border-top:4px solid #1f6f43">
<p style="font-size:16px"><b>Montana Fish, Wildlife &amp; Parks - Public Records Request</b></p>
<p>Thank you for submitting a public records request to Montana Fish, Wildlife &amp; Parks. A copy of your submission is below.
FWP staff will review the request and contact you if clarification is needed or if fees will apply.</p>
<table cellpadding="5" cellspacing="0" border="0" style="font-size:13px">
<tr><td style="color:#777">Request ID</td><td><b>PRR-01093</b></td></tr>
<tr><td style="color:#777">Submitted</td><td>10/01/26 8:30 AM</td></tr>
<tr><td style="color:#777">Requester email</td><td>records+req-016@records.example.org</td></tr>
<tr><td style="color:#777">Division / Region</td><td>Wildlife Division; Region 1 (Kalispell); Region 2 (Missoula)</td></tr>
<tr><td style="color:#777">Records requested</td><td>Grizzly bear conflict reports, relocation and euthanasia records, 2025-2026</td></tr>
<tr><td style="color:#777">Preferred format</td><td>Electronic</td></tr>
</table>
<p style="color:#999;font-size:11px">Sent by Smartsheet on behalf of fwprecords@mt.gov. Replies to this message go to
automation@app.smartsheet.com and are not monitored.</p>
</td></tr></table></body></html>
"""
write('026-smartsheet-fwp-confirmation.eml', [
    ('From', 'Montana FWP Records via Smartsheet <automation@app.smartsheet.com>'),
    ('Reply-To', 'fwprecords@mt.gov'),
    ('To', plus(16)),
    ('Subject', 'Public Records Request received - PRR-01093'),
    ('Date', date('2026-10-01 09:00')),
    ('Message-ID', '<%s.%s@app.smartsheet.com>' % (h('026', 18), h('026b', 6))),
    ('X-Smartsheet-Notification', 'form-submission-confirmation'),
], html(htm))

# 027 ---------------------------------------------------------------- WGFD acknowledgment of the re-sent request (REQ-015)
resend = req_mid(15, '20260930', 2)
body = """Records Desk,

The Wyoming Game and Fish Department acknowledges receipt of your public records
request, which reached us on September 30, 2026 when you re-sent it to the
correct address (the first attempt went to an address that does not exist). It
has been assigned number WG-2026-0077.

Under W.S. 16-4-202(c), the Department will release responsive records no later
than 30 days from acknowledged receipt. Chronic wasting disease results are
kept by the Wildlife Health Laboratory in Laramie; I have sent the request there.

Casey Reinholt
Public Records Coordinator
Wyoming Game and Fish Department
5400 Bishop Blvd., Cheyenne, WY 82006
"""
write('027-wgfd-ack-resent-request.eml', [
    ('From', 'Casey Reinholt <casey.reinholt@wyo.gov>'),
    ('To', plus(15)),
    ('Subject', 'RE: %s (re-sent)' % req(15)['subject']),
    ('Date', date('2026-10-01 13:15')),
    ('Message-ID', gmail_mid('027')),
    ('In-Reply-To', resend),
    ('References', '%s %s' % (req_mid(15), resend)),
], text(body))

# 028 ---------------------------------------------------------------- NM OSE: burdensome, more time, letter only in PDF (REQ-009)
letter = [
    '*STATE OF NEW MEXICO', '*OFFICE OF THE STATE ENGINEER', 'Santa Fe', '', 'October 2, 2026', '',
    'Records Desk', plus(9), '', '*Re: IPRA Request No. 26-0388', '',
    'Dear Records Desk:', '',
    'On September 21, 2026, the Office of the State Engineer (OSE) acknowledged your request for Lower Rio Grande '
    'groundwater meter data and priority administration records for 2023 to the present.', '',
    'The OSE has determined that your request is excessively burdensome and broad within the meaning of NMSA 1978, '
    'Section 14-2-10. Meter readings for the Lower Rio Grande are reported by several thousand wells and are stored in '
    'more than one database, and the priority administration files include records held by the Litigation and '
    'Adjudication Program that must be reviewed for privilege before release.', '',
    'Additional time is therefore needed. The OSE anticipates that it will respond to your request on or before '
    'November 6, 2026. Records will be produced on a rolling basis where possible.', '',
    'If you wish to narrow your request, for example to specific well fields or to a single water year, please '
    'contact this office.', '',
    'Sincerely,', '', '', 'Records Custodian', 'Office of the State Engineer',
]
write('028-nm-ose-burdensome-letter-pdf.eml', [
    ('From', 'OSE IPRA <ose.ipra@ose.nm.gov>'),
    ('To', 'Records Desk <%s>' % plus(9)),
    ('Subject', 'IPRA No. 26-0388 - Correspondence'),
    ('Date', date('2026-10-02 15:20')),
    ('Message-ID', outlook_mid('028', 'DM6PR09MB')),
    ('In-Reply-To', outlook_mid('013', 'DM6PR09MB')),
    ('References', '%s %s' % (req_mid(9), outlook_mid('013', 'DM6PR09MB'))),
] + ms_headers('028', 'IPRA No. 26-0388 - Correspondence', attach=True), multi('mixed', [
    text('Please see the attached correspondence.\n\nOSE Records Custodian\n'),
    att(pdf(letter, 'IPRA 26-0388'), 'application/pdf', 'IPRA 26-0388 letter 10.02.2026.pdf')], '028'))

# 029 ---------------------------------------------------------------- Reclamation unusual circumstances, estimated date (REQ-003)
body = """Subject: Freedom of Information Act Request BOR-UC-2026-000219

Dear Records Desk:

This letter concerns your FOIA request received on September 8, 2026, for Lake
Powell release decisions and Glen Canyon Dam operations communications with the
Colorado River Basin States.

We are taking a ten-workday extension under 5 U.S.C. 552(a)(6)(B)(i) and 43 CFR
2.19. Unusual circumstances apply: responsive records must be collected from the
Lower Colorado Basin Region in Boulder City and from the Power Office in Salt Lake
City, and we must consult with other Federal agencies that have a substantial
interest in the records.

We do not expect to complete your request within the extended period. We
estimate that we will complete it by February 26, 2027. You may narrow the scope
of your request or arrange an alternative time frame by contacting our office.

You may contact our FOIA Public Liaison at 303-445-2048 for further assistance and
to discuss any aspect of your request. Additionally, you may contact the Office
of Government Information Services (OGIS) at the National Archives and Records
Administration to inquire about the FOIA mediation services they offer. The
contact information for OGIS is: Office of Government Information Services,
National Archives and Records Administration, 8601 Adelphi Road-OGIS, College
Park, Maryland 20740-6001; e-mail ogis@nara.gov; telephone 202-741-5770; toll
free 1-877-684-6448.

Sincerely,

Corinne Baptiste
FOIA Officer
Upper Colorado Basin Region
"""
write('029-usbr-unusual-circumstances.eml', [
    ('From', 'UCB FOIA <ucbfoia@usbr.gov>'),
    ('To', plus(3)),
    ('Subject', 'BOR-UC-2026-000219 - Notice of Unusual Circumstances'),
    ('Date', date('2026-10-06 10:15')),
    ('Message-ID', gmail_mid('029')),
    ('In-Reply-To', gmail_mid('004')),
    ('References', '%s %s' % (req_mid(3), gmail_mid('004'))),
], text(body))

# 030 ---------------------------------------------------------------- colleague forwards Garfield's cost estimate (REQ-008)
fwd = """FYI - Garfield sent the estimate to me since I narrowed the request with them by
phone last week. Can someone log it? It's over our $50 authorization so Sam needs
to OK it.

Priya

---------- Forwarded message ---------
From: Hanna Brooks <hbrooks@garfield-county.com>
Date: Fri, Oct 2, 2026 at 4:45 PM
Subject: CORA 2026-117 - cost estimate
To: Priya Natarajan <pnatarajan@records.example.org>
Cc: Garfield County CORA <cora@garfield-county.com>


Priya,

Thank you for narrowing the request to January 1 - September 15, 2026, the three
commissioners' accounts, and the terms "Thompson Divide", "lease sale" and "BLM".
That search returned 1,312 messages, which must be reviewed for privileged and
confidential material before release.

Under C.R.S. 24-72-205(6) the County charges $41.37 per hour for research and
retrieval after the first hour. We estimate nine hours of staff and attorney
review, so the estimated charge is $330.96 (eight billable hours). Please send a
deposit of $330.96 by check payable to Garfield County or by card through the
Treasurer's online portal. We will begin the review once the deposit is received,
and the response period will run from that date.

Hanna Brooks
Deputy Clerk to the Board
Garfield County, Colorado
"""
write('030-fwd-garfield-cost-estimate.eml', [
    ('From', 'Priya Natarajan <pnatarajan@records.example.org>'),
    ('To', 'Records Desk <%s>' % INBOX),
    ('Subject', 'Fwd: CORA 2026-117 - cost estimate'),
    ('Date', date('2026-10-06 12:40')),
    ('Message-ID', gmail_mid('030')),
], text(fwd))
print('part3 done')
