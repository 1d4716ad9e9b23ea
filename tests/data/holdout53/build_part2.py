"""Messages 011-020 (September 15-23, 2026)."""
from build_common import *
from mimekit import text_part, b64_part, multipart, boundary, date_hdr, make_pdf


def m011():
    # Same UT office, but this one arrives with no threading headers and only the number in the subject.
    txt = """Dear Requestor,

Your request for public information was received by The University of Texas
at Austin on September 15, 2026 and has been assigned tracking number
2026-PIR-01522.

Information requested: the current multimedia rights agreement for Texas
Athletics with amendments; template agreements used for revenue-sharing
payments to student-athletes for 2025-26 and 2026-27; agreements with
name-image-likeness collectives in effect since July 1, 2025.

We will promptly release information that is not excepted from disclosure.
If we need more than ten business days, you will receive a written notice
setting the date when the information will be available. Any request to the
Attorney General for a ruling will be copied to you.

Please refer to 2026-PIR-01522 in all correspondence.

Public Information Office
Office of the Vice President for Legal Affairs
The University of Texas at Austin
P.O. Box 7758, Austin, Texas 78713
"""
    hs = std('UT Austin Public Information <publicinfo@austin.utexas.edu>', 'records@quadledger.example.org',
             'Tue, 15 Sep 2026 10:10:44 -0500', 'Public Information Request 2026-PIR-01522',
             outlook_mid('011', 'namprd06'), extra=outlook_headers('011', 'Public Information Request 2026-PIR-01522'))
    save('011-utaustin-ack-athletics-nothread.eml', hs, text_part(txt))


def m012():
    txt = """Dear Requester:

City Colleges of Chicago received your request under the Illinois Freedom of
Information Act on September 15, 2026. It has been assigned FOIA No. 26-212.

Under Section 3(d) of the Act (5 ILCS 140/3(d)), a response is due within
five business days after receipt, on or before September 22, 2026.

Please note that your request covers records that may be kept at several of
the seven colleges as well as the District Office. If the search requires
collecting records from those locations, the District may need to extend the
time to respond by up to five additional business days as Section 3(e)
permits. You will be notified in writing before the original due date if an
extension is taken.

Sincerely,

Marisol Ferreira
FOIA Officer
Office of the General Counsel
City Colleges of Chicago
226 West Jackson Boulevard, Chicago, Illinois 60606
foia@ccc.edu
""" + quote_outlook('REQ-013')
    hs = std('FOIA <foia@ccc.edu>', 'Quad Ledger Records Desk <records+req-013@quadledger.example.org>',
             'Tue, 15 Sep 2026 19:05:12 +0000', 'RE: ' + subj('REQ-013'), outlook_mid('012', 'namprd17'),
             irt=mid('REQ-013'), refs=mid('REQ-013'), extra=outlook_headers('012', subj('REQ-013')))
    save('012-ccc-ack-26-212.eml', hs, text_part(txt))


def m013():
    txt = """Hello again,

UGA Police located 11 incident reports that fit your request (UGAPD calls to
Milledge Avenue and South Milledge Avenue chapter houses, August 15 -
September 5, 2026).

Several of the reports involve investigations that are still open, so they
need to be reviewed by the department and by the Office of Legal Affairs
before release. Because of that, we are not able to provide them within
three business days. We expect to provide the reports by Friday, September
25, 2026.

Estimated cost: $18.40 (1 hour 15 minutes of search, retrieval and redaction
at $18.40/hour, the hourly rate of the lowest-paid full-time employee able to
do the work; the first quarter hour is free). There are no copy charges for
electronic records. As this is within the $25 you approved in your request,
we are going ahead; please let me know if you would rather we stop.

Whitney

Whitney Callahan
Open Records Manager
University of Georgia
706-542-8090
"""
    hs = std('Whitney Callahan <ugaopenrecordsrequest@uga.edu>', 'Quad Ledger Records Desk <records+req-009@quadledger.example.org>',
             'Tue, 15 Sep 2026 19:30:55 +0000', 'RE: ' + subj('REQ-009'), outlook_mid('013', 'namprd02'),
             irt=outlook_mid('009', 'namprd02'),
             refs=' '.join([mid('REQ-009'), outlook_mid('006', 'namprd02'), outlook_mid('009', 'namprd02')]),
             extra=outlook_headers('013', subj('REQ-009')))
    save('013-uga-three-day-timeline.eml', hs, text_part(txt))


def m014():
    inner = """<p>Dear Quad Ledger Records Desk:</p>
<p>Thank you for contacting The Ohio State University. Your public records request has been entered in the
Public Records Center and will be handled under Ohio Revised Code 149.43.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:9pt">
<tr><td style="background:#eeeeee"><b>Reference #</b></td><td>R002987-091626</td></tr>
<tr><td style="background:#eeeeee"><b>Received</b></td><td>9/16/2026</td></tr>
<tr><td style="background:#eeeeee"><b>Campus / Unit</b></td><td>All campuses &ndash; Department of Public Safety / University Police</td></tr>
<tr><td style="background:#eeeeee"><b>Request</b></td><td>University Police incident reports involving alleged hazing,
Columbus, Lima, Mansfield, Marion and Newark campuses, 8/1/2025 to present.</td></tr>
<tr><td style="background:#eeeeee"><b>Delivery</b></td><td>Electronic</td></tr>
</table>
<p>Ohio law does not set a fixed number of days for a response. Our office will provide responsive public records
promptly and within a reasonable period of time, taking into account the volume of records and the review needed.
Where records or portions of records are exempt from disclosure we will tell you the legal basis.</p>
<p>Please keep the reference number above for any questions about this request.</p>
<p>Office of Public Records<br>The Ohio State University</p>"""
    hs = std(OSU_PORTAL_FROM, 'records@quadledger.example.org', 'Wed, 16 Sep 2026 09:28:51 -0400',
             'Public Records Request :: R002987-091626', '<5d27c0e19a8f4b3c8e70d2c4a91f6b03@govqa.us>',
             extra=[('X-Mailer', 'GovQA Notification Service'), ('Auto-Submitted', 'auto-generated')])
    save('014-osu-govqa-ack-hazing.eml', hs, text_part(osu_portal_html(inner), 'html', force_qp=True))


def m015():
    txt = """Hello,

Thank you for your California Public Records Act request for UCLA Police
Department use-of-force reports, January - June 2026. Your email arrived
after close of business on Monday, September 14; our office received it on
Tuesday, September 15, 2026.

The request has been assigned PRR #26-4437.

We will notify you of our determination within 10 days of receipt, per
Government Code section 7922.535. Please be aware that records made public by
Penal Code section 832.7(b) are released on the schedule set by that section,
and that some records may require redaction before release.

Regards,

Denise Okafor
Public Records Analyst
Records Management & Information Practices
UCLA
publicrecords@finance.ucla.edu
"""
    hs = std('UCLA Public Records <publicrecords@finance.ucla.edu>', 'records+req-002@quadledger.example.org',
             'Wed, 16 Sep 2026 16:45:21 +0000', 'PRR #26-4437 - Acknowledgment of Request', outlook_mid('015'),
             irt=mid('REQ-002'), refs=mid('REQ-002'), extra=outlook_headers('015', 'PRR #26-4437 - Acknowledgment of Request'))
    save('015-ucla-ack-ucpd-received-next-day.eml', hs, text_part(txt))


def m016():
    plain = """CAMPUS TRANSPARENCY PROJECT - Weekly Records Roundup
September 17, 2026

1. Coach buyouts are public records, again. A state appeals court this week
   reminded a flagship university that amendments to a head coach's
   employment agreement are not trade secrets. Our guide to asking for
   athletics contracts is updated.

2. ALPR contracts on campus. Several Big Ten police departments now run
   automated license plate readers. We list what to ask for (purchase orders,
   data-sharing agreements, retention settings) and which Michigan FOIA fee
   rules apply.

3. "FERPA says no." We explain why an incident report written by a campus
   police department is generally not an education record, and what to do
   when a university cites FERPA to withhold a whole file.

4. Webinar: Public records at public universities, October 8 at 1 p.m. ET.

You are receiving this because you subscribed at campustransparency.org.
Unsubscribe: https://campustransparency.org/u/7f3c2a
"""
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;max-width:600px">
<h2 style="color:#1d3557">Weekly Records Roundup</h2><p style="color:#777">September 17, 2026</p>
<h3>1. Coach buyouts are public records, again</h3>
<p>A state appeals court this week reminded a flagship university that amendments to a head coach's employment
agreement are not trade secrets. Our guide to asking for athletics contracts is updated.</p>
<h3>2. ALPR contracts on campus</h3>
<p>Several Big Ten police departments now run automated license plate readers. We list what to ask for (purchase
orders, data-sharing agreements, retention settings) and which Michigan FOIA fee rules apply.</p>
<h3>3. &ldquo;FERPA says no.&rdquo;</h3>
<p>We explain why an incident report written by a campus police department is generally not an education record,
and what to do when a university cites FERPA to withhold a whole file.</p>
<h3>4. Webinar</h3><p>Public records at public universities, October 8 at 1 p.m. ET.</p>
<p style="font-size:8pt;color:#999">You are receiving this because you subscribed at campustransparency.org.
<a href="https://campustransparency.org/u/7f3c2a">Unsubscribe</a></p>
</body></html>"""
    b = boundary('016')
    body = multipart('alternative', [text_part(plain), text_part(html, 'html', force_qp=True)], b)
    hs = std('Campus Transparency Project <news@campustransparency.org>', 'records@quadledger.example.org',
             'Thu, 17 Sep 2026 07:00:03 -0400', 'Roundup: coach buyouts, campus ALPR contracts, and the FERPA excuse',
             '<20260917110003.a91f0c3e@mail.campustransparency.org>',
             extra=[('List-Unsubscribe', '<https://campustransparency.org/u/7f3c2a>'),
                    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')])
    save('016-newsletter-campus-transparency.eml', hs, body)


def m017():
    txt = """FOIA #2026-0934
NOTICE OF EXTENSION

Dear Quad Ledger Records Desk:

This notice concerns your Freedom of Information Act request, considered
received by the University of Michigan on September 11, 2026, for contracts
and purchase orders with automated license plate reader vendors.

Pursuant to MCL 15.235(2)(d), the University is extending the time to
respond to your request by not more than 10 business days. The University
will respond on or before October 2, 2026.

Sincerely,

Ana Gutierrez-Moll
FOIA Coordinator
University of Michigan
foia-email@umich.edu
"""
    hs = std('U-M FOIA Office <foia-email@umich.edu>', 'records+req-005@quadledger.example.org',
             'Fri, 18 Sep 2026 11:05:30 -0400', 'FOIA #2026-0934 - Notice of Extension', gmail_mid('017'))
    save('017-umich-extension-2026-0934.eml', hs, text_part(txt))


def m018():
    txt = """Hello,

Re: PRR #26-4410

The University needs additional time to respond to your request. Under
Government Code section 7922.535(b) and (c), we are extending the time to
make our determination by up to 14 days, because we must consult with UCLA
Athletics and with the University of California Office of the President,
each of which has a substantial interest in the multimedia rights agreement.

We will send our determination on or before October 2, 2026. At this time we
anticipate producing disclosable records by October 30, 2026.

Best,

Denise Okafor
Public Records Analyst
Records Management & Information Practices
UCLA
"""
    hs = std('Okafor, Denise <dokafor@finance.ucla.edu>', 'Quad Ledger Records Desk <records+req-001@quadledger.example.org>',
             'Fri, 18 Sep 2026 23:30:12 +0000', 'RE: ' + subj('REQ-001'), outlook_mid('018'),
             irt=outlook_mid('004'), refs=mid('REQ-001') + ' ' + outlook_mid('004'),
             cc='UCLA Public Records <publicrecords@finance.ucla.edu>', extra=outlook_headers('018', subj('REQ-001')))
    save('018-ucla-extension-14-days.eml', hs, text_part(txt))


def m019():
    txt = """Dear Quad Ledger Records Desk:

The University of Michigan FOIA Office has received your request dated
September 21, 2026 for final investigation reports and final institutional
decision letters in research misconduct proceedings that concluded with a
finding of research misconduct, January 1, 2021 to the date of the request.

Because your request was sent by email, it is considered received one
business day after transmission (MCL 15.235(1)): Tuesday, September 22,
2026. It has been assigned FOIA #2026-0987.

The University will respond on or before September 29, 2026.

Sincerely,

FOIA Office
University of Michigan
"""
    hs = std('U-M FOIA Office <foia-email@umich.edu>', 'records+req-006@quadledger.example.org',
             'Tue, 22 Sep 2026 14:15:48 -0400', 'FOIA Request #2026-0987', gmail_mid('019'),
             irt=mid('REQ-006'), refs=mid('REQ-006'))
    save('019-umich-ack-2026-0987.eml', hs, text_part(txt))


def m020():
    # General counsel's office: the letter to the Attorney General, as a PDF only; the email has no text part.
    paras = [
        '|THE UNIVERSITY OF TEXAS AT AUSTIN',
        '|Office of the Vice President for Legal Affairs',
        '|P.O. Box 7758, Austin, Texas 78713-7758',
        '',
        '|September 23, 2026',
        '',
        '|VIA ELECTRONIC FILING',
        '|Office of the Attorney General',
        '|Open Records Division',
        '|P.O. Box 12548',
        '|Austin, Texas 78711-2548',
        '',
        '|Re: Request for decision - The University of Texas at Austin; UT Austin tracking no. 2026-PIR-01473',
        '',
        'Dear Open Records Division:',
        '',
        'On September 9, 2026, The University of Texas at Austin (the "University") received a written request '
        'from the Quad Ledger Records Desk for email sent or received by the President and the Executive Vice '
        'President and Provost between June 1 and August 31, 2026 containing the terms "SB 37", "Senate Bill 37", '
        '"curriculum review" or "general education review".',
        '',
        'The University believes that portions of the requested information are excepted from required public '
        'disclosure under sections 552.101 (in conjunction with the Family Educational Rights and Privacy Act, '
        '20 U.S.C. 1232g, as to information identifying students), 552.107(1) (attorney-client privilege) and '
        '552.111 (agency memoranda) of the Government Code. Under section 552.301(b), the University asks for a '
        'decision of the Attorney General as to whether this information may be withheld.',
        '',
        'In accordance with section 552.301(e), the University will submit its written comments, a copy of the '
        'written request and representative samples of the information at issue within fifteen business days of '
        'its receipt of the request.',
        '',
        'Sincerely,',
        '',
        '|Rebecca Tran Stoddard',
        '|Senior Associate Vice President and Deputy General Counsel',
        '',
        '|cc: Quad Ledger Records Desk, records@quadledger.example.org (requestor)',
        '',
        'NOTICE TO REQUESTOR (Gov\'t Code 552.301(d)): This copy notifies you that the University has asked the '
        'Attorney General for a decision about the information described above. The information will not be '
        'released until the Attorney General rules. You may send written comments to the Open Records Division '
        'stating why you believe the information should be released (Gov\'t Code 552.304).',
    ]
    pdf = make_pdf(paras, title='2026-PIR-01473 AG request', producer='Adobe PDF Library 23.8.53')
    b = boundary('020')
    body = multipart('mixed', [b64_part(pdf, 'application/pdf', '2026-PIR-01473 Request for AG Decision.pdf')], b)
    hs = std('Hollis, Mariah <mariah.hollis@austin.utexas.edu>', 'records@quadledger.example.org',
             'Wed, 23 Sep 2026 16:55:37 -0500', 'Notice of Request for Attorney General Decision',
             outlook_mid('020', 'namprd06'),
             extra=outlook_headers('020', 'Notice of Request for Attorney General Decision', has_attach=True))
    save('020-utaustin-gc-ag-letter-pdf-only.eml', hs, body)


def build():
    for f in (m011, m012, m013, m014, m015, m016, m017, m018, m019, m020):
        f()


if __name__ == '__main__':
    build()
