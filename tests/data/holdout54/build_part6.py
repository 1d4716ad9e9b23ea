#!/usr/bin/env python3
"""Messages 051-060 (November 19, 2026 - January 8, 2027)."""
from emlkit import (Leaf, Multi, text, html, pdf_part, write, quote, make_pdf, plus, REQ_MID, REQ_SUBJ,
                    rand_boundary)

NR_STYLE = '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">'


def m051():
    b = rand_boundary(51, 'outlook')
    lines = [
        'MOBILE COUNTY COMMISSION',
        'OFFICE OF THE COUNTY ATTORNEY',
        'Government Plaza - 205 Government Street - Mobile, Alabama 36644',
        '',
        'November 19, 2026',
        '',
        'VIA ELECTRONIC MAIL',
        'Records Desk',
        'records@records.example.org',
        '',
        '          Re:  Open Records Request - Metro Jail Medical Services Contract',
        '               Our File No. MC-ORR-26-031',
        '',
        'Dear Sir or Madam:',
        '',
        'This letter is the Commission\'s substantive response to the above request. The',
        'following records are being produced by secure file transfer link sent under',
        'separate cover today:',
        '',
        '   1. Agreement for Inmate Health Care Services between the Mobile County',
        '      Commission and Gulfside Correctional Health, P.C., effective October 1,',
        '      2022 (48 pages);',
        '   2. Amendments No. 1 through No. 3 to the Agreement (11 pages); and',
        '   3. Monthly invoices and supporting statements, January 2025 through',
        '      September 2026 (1,362 pages).',
        '',
        'Inmate names, dates of birth, booking numbers, diagnoses and other medical',
        'information appearing in the invoice packets have been redacted. Individually',
        'identifiable health information of inmates is confidential under state and',
        'federal law and is not a public writing subject to inspection under Ala. Code',
        'Sec. 36-12-40.',
        '',
        'The Commission has elected not to assess a charge for the staff time involved.',
        'This concludes the Commission\'s response to your request.',
        '',
        'Very truly yours,',
        '',
        '/s/ J. Whitfield Rowe',
        'J. Whitfield Rowe',
        'County Attorney',
        '',
        'JWR/tp',
    ]
    pdf = make_pdf([lines], title='Scan_20261119140512', producer='Canon iR-ADV C5840 PDF',
                   creator='Canon iR-ADV C5840 / OCR', font='Times-Roman', size=11, leading=14,
                   scanned=True, seed=51, date='20261119140512')
    body = """Good afternoon,

Attached is Mr. Rowe's response letter. The download link for the records
will come from Mobile County ShareFile in a separate email.

Tonya Pettaway
Legal Assistant
Mobile County Attorney's Office
(251) 574-5000"""
    mime = Multi('mixed', [text(body), pdf_part(pdf, 'Scan_20261119140512.pdf')], b)
    return write('051-mobileco-final-letter-scanned.eml', [
        ('From', 'Tonya Pettaway <tpettaway@mobilecountyal.gov>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'RE: Open Records Request - Jail Medical Contract'),
        ('Thread-Topic', 'Open Records Request - Jail Medical Contract'),
        ('Thread-Index', 'AdkzQ0b8mE7tRfZTRg6n2bq3Jv1u9AB1kR0x'),
        ('Date', 'Thu, 19 Nov 2026 14:10:33 -0600'),
        ('Message-ID', '<CH2PR09MB441063C0D2E5B9A7@CH2PR09MB4410.namprd09.prod.outlook.com>'),
        ('In-Reply-To', '<CH2PR09MB4410F0B2A6D87E13@CH2PR09MB4410.namprd09.prod.outlook.com>'),
        ('References', '<CH2PR09MB4410F0B2A6D87E13@CH2PR09MB4410.namprd09.prod.outlook.com>'),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
        ('X-OriginatorOrg', 'mobilecountyal.gov'),
    ], mime)


def m052():
    b = rand_boundary(52, 'outlook')
    reply = """Good morning,

This is the County's final response to PR26-0117.

Jail administration has searched the Adult Detention Center files for
kitchen and food-service inspection reports from January 2024 to the
present and has none. The Detention Center kitchen is not inspected under
the State Department of Health's food establishment program, and neither
the County nor the Sheriff's Department conducted or received a written
inspection of the kitchen during that period. There are therefore no
records responsive to item 2 of your request.

The contract records for item 1 were sent to you on October 6. This
completes your request.

Renee Ladner
Deputy Clerk, Board of Supervisors
Harrison County, Mississippi
(228) 865-4036"""
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">%s</div></body></html>'
           % '<br>'.join(reply.split('\n')))
    mime = Multi('alternative', [text(reply), html(htm)], b)
    return write('052-harrison-no-inspection-records.eml', [
        ('From', 'Renee Ladner <rladner@co.harrison.ms.us>'),
        ('To', 'Records Desk <records@records.example.org>'),
        ('Subject', 'PR26-0117 - final response'),
        ('Thread-Topic', 'PR26-0117 - final response'),
        ('Thread-Index', 'AdlzE5n2vPq8Rk0xQEu4Tb7Yc1mW9g=='),
        ('Date', 'Mon, 23 Nov 2026 10:25:16 -0600'),
        ('Message-ID', '<SA1PR09MB8832A1D4F0B7C362@SA1PR09MB8832.namprd09.prod.outlook.com>'),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-OriginatorOrg', 'co.harrison.ms.us'),
    ], mime)


def m053():
    b = rand_boundary(53)
    msg = ("Thank you for your clarification that you are seeking both the request forms and the approval "
           "records. NOPD's Public Integrity Bureau, Criminal Intelligence Bureau and Investigations and Support "
           "Bureau have searched their files and located no records of requests for facial recognition analysis "
           "submitted by NOPD members to LA-SAFE, and no supervisory approvals of such requests, for 2024 through "
           "the present. NOPD therefore has no records responsive to your request. Records held by LA-SAFE are "
           "maintained by the Louisiana State Police, to whom any request for those records should be directed.")
    plain = """City of New Orleans

A message was added to record request #26-5390:

%s

- NOPD Public Records (Legal Bureau)

View request: https://nola.nextrequest.com/requests/26-5390""" % msg
    htm = (NR_STYLE + '<p style="font-size:18px"><b>City of New Orleans</b></p><p>A message was added to record '
           'request <a href="https://nola.nextrequest.com/requests/26-5390">#26-5390</a>:</p><blockquote '
           'style="border-left:3px solid #ccc;padding-left:10px">%s<br><br>&ndash; NOPD Public Records (Legal '
           'Bureau)</blockquote><p style="font-size:11px;color:#999">Powered by NextRequest</p></body></html>' % msg)
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('053-nopd-nextrequest-no-records-fr.eml', [
        ('From', 'City of New Orleans <nola@mail.nextrequest.com>'),
        ('To', 'records@records.example.org'),
        ('Subject', '[Records Request] Record request #26-5390: new message'),
        ('Date', 'Tue, 24 Nov 2026 13:00:27 -0600'),
        ('Message-ID', '<67437a3b91c2e_5a3f2ad1c5d2f7e1@nextrequest-mailer.mail>'),
        ('Auto-Submitted', 'auto-generated'),
    ], mime)


def m054():
    b = rand_boundary(54, 'outlook')
    body = """Good morning,

RE: FOIA tracking number F26-1187

Your deposit of $75.00 was received on November 17, 2026. The records
responsive to your request are now available for download at the link
below (available for 30 days):

https://rcsd.sharefile.com/d-4e81b0c27f

The release includes:
 - School resource officer agreements with Richland School District One
   and Richland School District Two (2023-24, 2024-25, 2025-26)
 - 64 SRO incident reports, with juvenile identifying information redacted
   under S.C. Code Sec. 63-19-2020

Seven incident reports concerning investigations that remain open are
withheld under S.C. Code Sec. 30-4-40(a)(3).

The actual cost was $290.00 (11.6 hours). With your deposit applied, the
balance due is $215.00; an invoice is attached.

This completes the Department's response to your request.

Sgt. Tamika Pressley
FOIA Coordinator
Richland County Sheriff's Department
803-576-3000"""
    inv = make_pdf([[
        'RICHLAND COUNTY SHERIFF\'S DEPARTMENT',
        'FOIA INVOICE - F26-1187',
        'Date: 12/01/2026',
        '',
        'Search, retrieval and redaction    11.6 hrs x $25.00    $290.00',
        'Less deposit received 11/17/2026                        -$75.00',
        'BALANCE DUE                                             $215.00',
        '',
        'Remit to: RCSD Records, 5623 Two Notch Road, Columbia, SC 29223',
    ]], title='F26-1187 Invoice', producer='Microsoft: Print To PDF', creator='Microsoft Excel',
        date='20261201113000')
    mime = Multi('mixed', [text(body), pdf_part(inv, 'F26-1187 Invoice.pdf')], b)
    return write('054-rcsd-final-release.eml', [
        ('From', 'Tamika Pressley <tpressley@rcsd.net>'),
        ('To', 'Records Desk <%s>' % plus(9)),
        ('CC', 'FOIA <foia@rcsd.net>'),
        ('Subject', 'RE: F26-1187 Determination and Fee Estimate'),
        ('Thread-Topic', 'F26-1187 Determination and Fee Estimate'),
        ('Thread-Index', 'AdlgC1q0y4rP2bUESk6dM0x7Zw9vRgAMd3Fq'),
        ('Date', 'Tue, 01 Dec 2026 11:40:08 -0500'),
        ('Message-ID', '<MN2PR14MB40968B2D7E0F1A39@MN2PR14MB4096.namprd14.prod.outlook.com>'),
        ('In-Reply-To', '<req-009.20261116.2@records.example.org>'),
        ('References', '<MN2PR14MB4096A7C3E15D0B64@MN2PR14MB4096.namprd14.prod.outlook.com>'
         '\n <req-009.20261116.2@records.example.org>'),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
        ('X-OriginatorOrg', 'rcsd.net'),
    ], mime)


def m055():
    b = rand_boundary(55)
    plain = """City of New Orleans

Record request #26-5390 has been closed.

View request: https://nola.nextrequest.com/requests/26-5390"""
    htm = (NR_STYLE + '<p style="font-size:18px"><b>City of New Orleans</b></p><p>Record request '
           '<a href="https://nola.nextrequest.com/requests/26-5390">#26-5390</a> has been closed.</p>'
           '<p style="font-size:11px;color:#999">Powered by NextRequest</p></body></html>')
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('055-nopd-nextrequest-closed.eml', [
        ('From', 'City of New Orleans <nola@mail.nextrequest.com>'),
        ('To', 'records@records.example.org'),
        ('Subject', '[Records Request] Record request #26-5390 has been closed'),
        ('Date', 'Wed, 02 Dec 2026 08:30:59 -0600'),
        ('Message-ID', '<674dc4f3a2b17_5a3f2ad1c5d30b58@nextrequest-mailer.mail>'),
        ('Auto-Submitted', 'auto-generated'),
    ], mime)


def m056():
    body = """Dear Records Desk:

Re: FOIA Request SCDC-FOIA-2026-0388

As clarified through the portal on October 21, 2026, your request seeks
the contract between the South Carolina Department of Corrections and its
managed-access cellular system vendor, with amendments and task orders.

The Department has determined that these records are exempt from
disclosure. The contract, amendments and task orders describe the
locations, coverage and technical configuration of the managed-access
systems at each institution. Their release would reveal how the systems
detect and block contraband devices and would compromise the security of
the Department's institutions. The records are withheld in full under
S.C. Code Ann. Sec. 30-4-40(a)(3), and under Sec. 30-4-40(a)(1) to the
extent they contain the vendor's trade secrets.

Your request is therefore denied. The Department's determination may be
reviewed by the court of common pleas as provided in S.C. Code Ann.
Sec. 30-4-100.

Sincerely,

Office of General Counsel - FOIA
South Carolina Department of Corrections
4444 Broad River Road, Columbia, SC 29210"""
    return write('056-scdc-denial-managed-access.eml', [
        ('From', 'SCDC FOIA <foia@doc.sc.gov>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'SCDC-FOIA-2026-0388 Determination'),
        ('Thread-Topic', 'SCDC-FOIA-2026-0388 Determination'),
        ('Thread-Index', 'Adl9pC0s6Kq3Yz1fRv2Wn8bTm4Xa7g=='),
        ('Date', 'Mon, 07 Dec 2026 15:20:40 -0500'),
        ('Message-ID', '<CY8PR09MB9410D7A2E5F1B036@CY8PR09MB9410.namprd09.prod.outlook.com>'),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-OriginatorOrg', 'doc.sc.gov'),
    ], text(body))


def m057():
    htm = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #c9c9c9">
<tr><td style="background:#1b365d;color:#fff;padding:10px 14px;font-size:16px">Alabama Open Records Center</td></tr>
<tr><td style="padding:14px">
<p>Request <b>ADOC-26-00418</b> &ndash; Department of Corrections &ndash; <b>Completed</b></p>
<p>Message from the agency:</p>
<div style="border-left:3px solid #1b365d;padding-left:10px">
<p>Your payment was received on November 2, 2026. The Department has completed its response. 1,089 pages of
incident reports and use-of-force summaries for Donaldson Correctional Facility (January 2024 &ndash;
September 2026) are available for download in the Center.</p>
<p>The names and AIS numbers of inmates other than the subjects of each incident, the identities of
confidential informants, and information describing camera locations, post assignments and security
procedures have been redacted, because disclosure would compromise the security of the facility. Sixty-one
pages relating to incidents under active investigation by the Law Enforcement Services Division have been
withheld in full. These withholdings are made under Ala. Code &sect; 36-12-40.</p>
<p>This concludes the Department&rsquo;s response.</p>
<p>ADOC Public Records, Legal Division</p></div>
<p><a href="https://openrecords.alabama.gov/requests/ADOC-26-00418/documents">Download documents</a></p>
</td></tr>
<tr><td style="background:#eee;padding:8px 14px;font-size:11px;color:#666">This is an automated message
from the Alabama Open Records Center. Messages sent to this address are not read.</td></tr>
</table></body></html>"""
    return write('057-adoc-portal-completed-donaldson.eml', [
        ('From', 'Alabama Open Records Center <noreply@openrecords.alabama.gov>'),
        ('To', plus(2)),
        ('Subject', 'Request ADOC-26-00418 has been completed'),
        ('Date', 'Mon, 14 Dec 2026 10:15:22 -0600'),
        ('Message-ID', '<0100019c1a7e55f3-7d2a0c94-ADOC-26-00418@openrecords.alabama.gov>'),
        ('Auto-Submitted', 'auto-generated'),
    ], html(htm))


def m058():
    b = rand_boundary(58)
    plain = """HARRISON COUNTY, MISSISSIPPI
Board of Supervisors - Public Notice

HOLIDAY OFFICE CLOSURES

Harrison County administrative offices, including the offices of the Board
of Supervisors, will be closed on Thursday, December 24 and Friday,
December 25, 2026, and on Friday, January 1, 2027.

Public records requests received while offices are closed will be logged on
the next business day. Emergency services are not affected.

Happy holidays from the Harrison County Board of Supervisors.

To stop receiving county notices, reply UNSUBSCRIBE."""
    htm = ('<html><body style="font-family:Georgia,serif;font-size:14px"><h2 style="color:#14375e">Harrison County, '
           'Mississippi</h2><p><i>Board of Supervisors &ndash; Public Notice</i></p><h3>Holiday office closures</h3>'
           '<p>Harrison County administrative offices, including the offices of the Board of Supervisors, will be '
           'closed on Thursday, December 24 and Friday, December 25, 2026, and on Friday, January 1, 2027.</p>'
           '<p>Public records requests received while offices are closed will be logged on the next business day. '
           'Emergency services are not affected.</p><p>Happy holidays from the Harrison County Board of '
           'Supervisors.</p><p style="font-size:11px;color:#777">To stop receiving county notices, reply '
           'UNSUBSCRIBE.</p></body></html>')
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('058-harrison-holiday-closure-notice.eml', [
        ('From', 'Harrison County Board of Supervisors <news@co.harrison.ms.us>'),
        ('To', 'undisclosed-recipients:;'),
        ('Subject', 'Holiday Office Closures - Harrison County'),
        ('Date', 'Thu, 17 Dec 2026 09:00:00 -0600'),
        ('Message-ID', '<20261217150000.41c7@co.harrison.ms.us>'),
        ('Precedence', 'bulk'),
    ], mime)


def m059():
    b = rand_boundary(59)
    plain = """City of New Orleans

Record request #26-5127 has been closed.

Documents released:
  - UFRB Minutes 2025-07 through 2026-10.pdf
  - UFRB Case Summaries 2025 Q3 - 2026 Q3 (redacted).pdf

Closure reason:
"All responsive records have been released. Case summaries for incidents
that are the subject of pending criminal investigation or prosecution have
been redacted under La. R.S. 44:3(A)(1); six summaries were withheld in
full on that basis."

View request: https://nola.nextrequest.com/requests/26-5127"""
    htm = (NR_STYLE + '<p style="font-size:18px"><b>City of New Orleans</b></p><p>Record request '
           '<a href="https://nola.nextrequest.com/requests/26-5127">#26-5127</a> has been closed.</p>'
           '<p><b>Documents released:</b></p><ul><li>UFRB Minutes 2025-07 through 2026-10.pdf</li>'
           '<li>UFRB Case Summaries 2025 Q3 - 2026 Q3 (redacted).pdf</li></ul><p><b>Closure reason:</b></p>'
           '<blockquote style="border-left:3px solid #ccc;padding-left:10px">All responsive records have been '
           'released. Case summaries for incidents that are the subject of pending criminal investigation or '
           'prosecution have been redacted under La. R.S. 44:3(A)(1); six summaries were withheld in full on that '
           'basis.</blockquote><p style="font-size:11px;color:#999">Powered by NextRequest</p></body></html>')
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('059-nopd-nextrequest-closed-final.eml', [
        ('From', 'City of New Orleans <nola@mail.nextrequest.com>'),
        ('To', 'records@records.example.org'),
        ('Subject', '[Records Request] Record request #26-5127 has been closed'),
        ('Date', 'Fri, 18 Dec 2026 14:45:30 -0600'),
        ('Message-ID', '<6763357a0f8d4_5a3f2ad1c5d3c6b2@nextrequest-mailer.mail>'),
        ('Auto-Submitted', 'auto-generated'),
    ], mime)


def m060():
    b = rand_boundary(60, 'outlook')
    plain = """Dear Requester:

RE: Open Records Request No. 26-ORR-0392

The GBI has completed its review of the remaining 26 case files responsive
to your request for officer-involved shooting investigations closed in
2025. In each of these matters the case file has been submitted to the
district attorney, and a decision whether to prosecute is pending.

Records of law enforcement or prosecution agencies in any pending
investigation or prosecution of criminal activity are excepted from
disclosure under O.C.G.A. Sec. 50-18-72(a)(4). The GBI is therefore
withholding the remaining 26 case files in their entirety. When a
prosecution decision is announced in any of these matters, you may renew
your request for that file.

The 11 files released on October 29, 2026 remain the GBI's complete
production. This concludes our response to request 26-ORR-0392.

Sincerely,

Caroline Estes
Open Records Unit, Office of Legal Counsel
Georgia Bureau of Investigation"""
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">%s</div></body></html>'
           % ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in plain.split('\n\n')))
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('060-gbi-remaining-files-withheld.eml', [
        ('From', 'GBI Open Records <openrecords@gbi.ga.gov>'),
        ('Sender', 'Caroline Estes <caroline.estes@gbi.ga.gov>'),
        ('To', plus(7)),
        ('Subject', 'RE: 26-ORR-0392 - First Release'),
        ('Thread-Topic', '26-ORR-0392 - First Release'),
        ('Thread-Index', 'Adlp8nV2Zq0T1Yx4QEq5Wm8c3bR7kABxQ2Lm'),
        ('Date', 'Fri, 08 Jan 2027 11:30:12 -0500'),
        ('Message-ID', '<DM6PR09MB556790B4C1E2F7A3@DM6PR09MB5567.namprd09.prod.outlook.com>'),
        ('In-Reply-To', '<DM6PR09MB5567E2A7F09C3D18@DM6PR09MB5567.namprd09.prod.outlook.com>'),
        ('References', '<DM6PR09MB5567E2A7F09C3D18@DM6PR09MB5567.namprd09.prod.outlook.com>'),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-OriginatorOrg', 'gbi.ga.gov'),
    ], mime)


if __name__ == '__main__':
    for f in [m051, m052, m053, m054, m055, m056, m057, m058, m059, m060]:
        print(f())
