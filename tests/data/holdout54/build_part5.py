#!/usr/bin/env python3
"""Messages 041-050 (October 27 - November 16, 2026)."""
from emlkit import (Leaf, Multi, text, html, pdf_part, write, quote, make_pdf, plus, REQ_MID, REQ_SUBJ,
                    rand_boundary)

GOVQA_STYLE = '<html><body style="font-family:Verdana,Arial;font-size:9pt">'


def m041():
    htm = GOVQA_STYLE + """
<p>Dear Records Desk,</p>
<p>Your public records request <b>R003611-102026</b> has been reassigned.</p>
<p>The Jackson Police Department advises that the wrecker rotation program, including the rotation list and
any complaints about rotation wrecker companies, is administered by the Office of the Municipal Clerk rather
than the Police Department. Your request has therefore been transferred to the <b>Office of the Municipal
Clerk</b>, which will respond to you through the Public Records Center. The reference number has not
changed.</p>
<p>City of Jackson<br>Public Records</p>
<p style="font-size:8pt;color:#777">This message was sent from an unmonitored address. Please use the
Public Records Center to communicate about this request.</p>
</body></html>"""
    return write('041-jackson-govqa-transfer-to-clerk.eml', [
        ('From', 'City of Jackson Public Records Center <jacksonms@govqa.us>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'Public Records Request :: R003611-102026 - Request Reassigned'),
        ('Date', 'Tue, 27 Oct 2026 10:48:33 -0500'),
        ('Message-ID', '<c48a0f2e6b1d4c97a5e3f018@govqa.us>'),
    ], html(htm))


def m042():
    b = rand_boundary(42)
    plain = """Open Records Request OR-2026-1288

Dear Records Desk:

The City of Savannah received your request under the Georgia Open Records
Act on October 26, 2026 for overtime payments to Savannah Police
Department officers, by officer, for 2025 and 2026 to date.

Pursuant to O.C.G.A. Sec. 50-18-71(b)(1)(A), responsive records exist. The
payroll data must be extracted by the Finance Department, and the records
will be available within ten (10) business days. We do not anticipate any
charge for this request; if that changes, you will be notified before any
cost is incurred.

Danielle Brower
Open Records Coordinator
City of Savannah - Office of the City Attorney
openrecords@savannahga.gov | (912) 651-6400"""
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt">%s</body></html>'
           % ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in plain.split('\n\n')))
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('042-savannah-ack-overtime-via-group.eml', [
        ('From', '"\'City of Savannah Open Records\' via Records Desk" <records@records.example.org>'),
        ('Reply-To', 'City of Savannah Open Records <openrecords@savannahga.gov>'),
        ('To', 'Records Desk <records@records.example.org>'),
        ('Subject', 'Open Records Request OR-2026-1288'),
        ('Date', 'Wed, 28 Oct 2026 15:40:51 -0400'),
        ('Message-ID', '<BL0PR09MB71245D3A8C0F6E17@BL0PR09MB7124.namprd09.prod.outlook.com>'),
        ('Sender', 'records@records.example.org'),
        ('X-Original-Sender', 'openrecords@savannahga.gov'),
        ('X-Original-From', 'City of Savannah Open Records <openrecords@savannahga.gov>'),
        ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@savannahga.gov; spf=pass '
         'smtp.mailfrom=openrecords@savannahga.gov; dmarc=pass header.from=savannahga.gov'),
        ('Precedence', 'list'),
        ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
        ('List-ID', '<records.records.example.org>'),
        ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, '
         '<mailto:records@records.example.org>'),
        ('X-Spam-Checked-In-Group', 'records@records.example.org'),
    ], mime)


def m043():
    b = rand_boundary(43, 'outlook')
    plain = """Dear Requester:

RE: Open Records Request No. 26-ORR-0392

The GBI is making a first release of records responsive to your request for
the case files of officer-involved shooting investigations closed in 2025.
This release contains the case files for 11 of the 37 investigations,
which are those in which the district attorney has announced a decision.
Medical records, the identities of confidential witnesses, and images of
deceased persons have been redacted under O.C.G.A. Sec. 50-18-72.

The records may be downloaded for 30 days at the secure link below:
https://gbi.sharefile.com/d-s7c2e91f04ab4

We expect to complete review of the remaining files and make them available
by December 11, 2026. There is no charge for this release.

Sincerely,

Caroline Estes
Open Records Unit, Office of Legal Counsel
Georgia Bureau of Investigation"""
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">%s</div></body></html>'
           % ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in plain.split('\n\n')).replace(
               'https://gbi.sharefile.com/d-s7c2e91f04ab4',
               '<a href="https://gbi.sharefile.com/d-s7c2e91f04ab4">https://gbi.sharefile.com/d-s7c2e91f04ab4</a>'))
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('043-gbi-first-release.eml', [
        ('From', 'GBI Open Records <openrecords@gbi.ga.gov>'),
        ('Sender', 'Caroline Estes <caroline.estes@gbi.ga.gov>'),
        ('To', plus(7)),
        ('Subject', '26-ORR-0392 - First Release'),
        ('Thread-Topic', '26-ORR-0392 - First Release'),
        ('Thread-Index', 'Adlp8nV2Zq0T1Yx4QEq5Wm8c3bR7kA=='),
        ('Date', 'Thu, 29 Oct 2026 16:10:37 -0400'),
        ('Message-ID', '<DM6PR09MB5567E2A7F09C3D18@DM6PR09MB5567.namprd09.prod.outlook.com>'),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-OriginatorOrg', 'gbi.ga.gov'),
    ], mime)


def m044():
    b = rand_boundary(44, 'outlook')
    lines = [
        'STATE OF ALABAMA',
        'DEPARTMENT OF CORRECTIONS',
        'Legal Division',
        '301 South Ripley Street, Montgomery, Alabama 36104',
        '',
        'October 30, 2026',
        '',
        'Records Desk',
        'records@records.example.org',
        '',
        'Re:  Public Records Request ADOC-26-00577',
        '     Monthly staffing reports and post-vacancy reports, 2025-2026',
        '',
        'Dear Requester:',
        '',
        'The Department has reviewed your request for monthly correctional staffing',
        'reports and post-vacancy reports for all facilities from January 2025 to the',
        'present. These reports list, by facility, shift and post, which security posts',
        'were staffed or vacant on each day. Disclosure of this information would reveal',
        'when and where each facility is most vulnerable and could reasonably be',
        'expected to endanger the safety of staff, inmates and the public.',
        '',
        'Records whose disclosure would compromise the security of a correctional',
        'facility are not subject to public inspection under Ala. Code Sec. 36-12-40 and',
        'the security exceptions recognized by Alabama courts. The Department therefore',
        'declines to produce the requested records, and the request is denied in full.',
        '',
        'Aggregate quarterly staffing totals are published on the Department\'s website.',
        '',
        'Sincerely,',
        '',
        'Marcus Tillery',
        'Associate Legal Counsel',
    ]
    pdf = make_pdf([lines], title='ADOC-26-00577 Response', producer='Adobe PDF Library 24.2',
                   creator='Acrobat PDFMaker 24 for Word', date='20261030131500')
    body = """Please see the Department's response to your public records request, attached.

Marcus Tillery
Associate Legal Counsel
Alabama Department of Corrections"""
    mime = Multi('mixed', [text(body), pdf_part(pdf, 'ADOC-26-00577 Response Letter.pdf')], b)
    return write('044-adoc-denial-letter-staffing.eml', [
        ('From', 'Marcus Tillery <marcus.tillery@doc.alabama.gov>'),
        ('To', 'records@records.example.org'),
        ('CC', 'ADOC Public Records <publicrecords@doc.alabama.gov>'),
        ('Subject', 'ADOC-26-00577'),
        ('Thread-Topic', 'ADOC-26-00577'),
        ('Thread-Index', 'AdlqRk3v0mQpC2hTQc6bXz1f8Yw5nA=='),
        ('Date', 'Fri, 30 Oct 2026 13:20:14 -0500'),
        ('Message-ID', '<SJ0PR09MB6622B3E91A0D4C75@SJ0PR09MB6622.namprd09.prod.outlook.com>'),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
        ('X-OriginatorOrg', 'doc.alabama.gov'),
    ], mime)


def m045():
    htm = GOVQA_STYLE + """
<p>Dear Records Desk,</p>
<p>Your public records request <b>R002957-091426</b> has been completed. The following records are available
for download in the Public Records Center:</p>
<ul>
<li>General Order 600-12, Body-Worn Camera Systems (rev. 03/2025) &ndash; 19 pages</li>
<li>Use of Force Reports, January 2025 &ndash; September 2026 &ndash; 204 reports (redacted)</li>
</ul>
<p>Portions of the use-of-force reports have been redacted. Names and identifying information of juveniles,
victims and witnesses, and information in reports of incidents still under investigation, have been withheld
under Miss. Code Ann. &sect; 25-61-12(2) (investigative reports of law enforcement agencies). Reports
relating to incidents referred for criminal investigation are withheld in full (11 reports).</p>
<p>Your payment of $86.50 has been applied. This request is now closed.</p>
<p>City of Jackson<br>Public Records</p>
<p style="font-size:8pt;color:#777">This message was sent from an unmonitored address.</p>
</body></html>"""
    return write('045-jackson-govqa-completed-uof.eml', [
        ('From', 'City of Jackson Public Records Center <jacksonms@govqa.us>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'Public Records Request :: R002957-091426 - Completed'),
        ('Date', 'Wed, 04 Nov 2026 10:00:52 -0600'),
        ('Message-ID', '<71d3a9e0c5b24f8e9a06b4d2@govqa.us>'),
    ], html(htm))


def m046():
    """Mis-threaded: the clerk hit reply on the jail-deaths thread (REQ-001) to send the pursuit records (REQ-008)."""
    b = rand_boundary(46, 'gmail')
    body = """Here is the pursuit policy. Chief Deputy says we didnt start using the pursuit report form till January 2025 so there isnt any for 2024, attached is what we have for 2025 and this year (4 pursuits).

Brenda

On Mon, Oct 19, 2026 at 9:40 AM Tallapoosa SO Records <tallapoosaso.records@gmail.com> wrote:

> Sorry for the delay, my inbox got full and I had to clean it out. Here is the 3 incident reports. Names of the other inmates are blacked out. Thats all we have, the medical contract is thru the county commission.
>
> Brenda
"""
    policy = [
        'TALLAPOOSA COUNTY SHERIFF\'S OFFICE',
        'POLICY 4.12 - VEHICLE PURSUITS',
        'Effective: July 1, 2023',
        '',
        '1. PURPOSE. To set the conditions under which deputies may begin, continue',
        '   and end a motor vehicle pursuit.',
        '2. INITIATION. A pursuit may be initiated only when the deputy reasonably',
        '   believes the suspect has committed or attempted a violent felony.',
        '3. SUPERVISION. The on-duty supervisor shall monitor every pursuit and may',
        '   order it terminated at any time.',
        '4. TERMINATION. A pursuit shall be terminated when the danger to the public',
        '   outweighs the need for immediate apprehension.',
        '5. REPORTING. Beginning January 1, 2025, the pursuing deputy shall complete',
        '   a Pursuit Report (Form TCSO-41) before the end of shift.',
    ]
    reports = [
        'TALLAPOOSA COUNTY SHERIFF\'S OFFICE - PURSUIT REPORTS (FORM TCSO-41)',
        '',
        'No. P25-001  02/11/2025  Hwy 280 near Camp Hill   2.4 mi  terminated by supervisor',
        'No. P25-002  06/28/2025  Hwy 49 Dadeville         5.1 mi  suspect crashed, arrested',
        'No. P25-003  10/03/2025  CR 34                    0.8 mi  suspect stopped, arrested',
        'No. P26-001  04/19/2026  Hwy 22 Alexander City    3.0 mi  terminated, weather',
    ]
    mime = Multi('mixed', [
        text(body, cte='quoted-printable'),
        pdf_part(make_pdf([policy], title='Policy 4.12 Vehicle Pursuits', producer='HP Scan', creator='HP Scan',
                          font='Courier', size=10, leading=12, date='20261109084500'), 'Pursuit Policy 4.12.pdf'),
        pdf_part(make_pdf([reports], title='Pursuit reports 2025-2026', producer='HP Scan', creator='HP Scan',
                          font='Courier', size=9, leading=11, date='20261109084600'), 'pursuit reports 2025-2026.pdf'),
    ], b)
    return write('046-tallapoosa-gmail-pursuits-on-wrong-thread.eml', [
        ('From', 'Tallapoosa SO Records <tallapoosaso.records@gmail.com>'),
        ('To', 'Records Desk <%s>' % plus(1)),
        ('Subject', 'Re: ' + REQ_SUBJ[1]),
        ('Date', 'Mon, 09 Nov 2026 08:52:19 -0600'),
        ('Message-ID', '<CAJ7pQx9vK3a=Zr7Pe2Mw5Hn0cYt4Sd8gB1q@mail.gmail.com>'),
        ('In-Reply-To', '<CAJ7pQx8sD1q=Wm4Ty7Ln0Gh5vXb2Rk9eF3p@mail.gmail.com>'),
        ('References', REQ_MID[1] + ' <CAJ7pQx0hT5b=Fk2m9vR3oKx8wqL4nDz1sY6u@mail.gmail.com>'
         ' <CAJ7pQx5nR2e=Hs8Kd0Wq3Yb7mLu1Tg9vZ6c@mail.gmail.com> <CAJ7pQx8sD1q=Wm4Ty7Ln0Gh5vXb2Rk9eF3p@mail.gmail.com>'),
    ], mime)


def m047():
    htm = GOVQA_STYLE + """
<p>Dear Records Desk,</p>
<p>The Office of the Municipal Clerk has completed its search for records responsive to your public records
request <b>R003611-102026</b> (wrecker rotation list and complaints about rotation wrecker companies,
2025 to present).</p>
<p>No responsive records were found. The City&rsquo;s wrecker rotation ordinance was repealed effective
January 1, 2025, and since that date the City has not maintained a rotation list. The Office of the Municipal
Clerk has no record of complaints concerning rotation wrecker companies for the period requested.</p>
<p>This request is now closed.</p>
<p>City of Jackson<br>Office of the Municipal Clerk</p>
<p style="font-size:8pt;color:#777">This message was sent from an unmonitored address.</p>
</body></html>"""
    return write('047-jackson-govqa-no-records-towing.eml', [
        ('From', 'City of Jackson Public Records Center <jacksonms@govqa.us>'),
        ('To', 'records@records.example.org'),
        ('Subject', 'Public Records Request :: R003611-102026 - Closed'),
        ('Date', 'Tue, 10 Nov 2026 14:15:05 -0600'),
        ('Message-ID', '<0e5b8c2d7f934a61b2c4d8e7@govqa.us>'),
    ], html(htm))


def m048():
    b = rand_boundary(48)
    plain = """City of New Orleans

Documents were released for record request #26-5127:

  - UFRB Minutes 2025-01 through 2025-06.pdf
  - UFRB Case Summaries 2025 Q1-Q2 (redacted).pdf

Message from the department:
"This is a partial release. The remaining Use of Force Review Board minutes
and case summaries are still under review. We expect to release them by
December 18, 2026."

View documents: https://nola.nextrequest.com/requests/26-5127
Please reply through the portal."""
    htm = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">'
           '<p style="font-size:18px"><b>City of New Orleans</b></p><p>Documents were released for record request '
           '<a href="https://nola.nextrequest.com/requests/26-5127">#26-5127</a>:</p><ul>'
           '<li>UFRB Minutes 2025-01 through 2025-06.pdf</li><li>UFRB Case Summaries 2025 Q1-Q2 (redacted).pdf</li>'
           '</ul><p>Message from the department:</p><blockquote style="border-left:3px solid #ccc;padding-left:'
           '10px">This is a partial release. The remaining Use of Force Review Board minutes and case summaries are '
           'still under review. We expect to release them by December 18, 2026.</blockquote>'
           '<p>Please reply through the portal.</p><p style="font-size:11px;color:#999">Powered by NextRequest</p>'
           '</body></html>')
    mime = Multi('alternative', [text(plain), html(htm)], b)
    return write('048-nopd-nextrequest-partial-release.eml', [
        ('From', 'City of New Orleans <nola@mail.nextrequest.com>'),
        ('To', 'records@records.example.org'),
        ('Subject', '[Records Request] Documents released for record request #26-5127'),
        ('Date', 'Thu, 12 Nov 2026 11:30:44 -0600'),
        ('Message-ID', '<673391a4e7b01_5a3f2ad1c5d2a0c3@nextrequest-mailer.mail>'),
        ('Auto-Submitted', 'auto-generated'),
    ], mime)


def m049():
    b = rand_boundary(49)
    plain = """Open Records Request OR-2026-1043

Dear Records Desk:

The City of Savannah has completed its response to your request. The
following records may be downloaded at the link below for 14 days:

  1. Agreement between the City of Savannah and Flock Group, Inc. for
     automated license plate recognition services, with Amendments 1-2
  2. Data-sharing agreements and MOUs with four agencies (Chatham County
     Police Department, Georgia Ports Authority Police, Pooler Police
     Department, Garden City Police Department)
  3. Search audit logs, January 1, 2025 - September 30, 2026 (CSV)

License plate numbers and other captured plate data in the audit logs have
been redacted. Captured license plate data is not an open record under
O.C.G.A. Sec. 35-1-22, and the City has withheld it.

Download: https://savannahga.box.com/s/or20261043release

The actual cost of this request was $160.90 (5.0 hours x $32.18), which is
less than the estimate you agreed to. An invoice is attached; payment may be
made by check or in person at City Hall.

This completes your request.

Danielle Brower
Open Records Coordinator
City of Savannah - Office of the City Attorney"""
    invoice = make_pdf([[
        'CITY OF SAVANNAH - INVOICE',
        'Open Records Request OR-2026-1043',
        'Invoice date: 11/13/2026',
        '',
        'Bill to: Records Desk, records@records.example.org',
        '',
        'Search, retrieval, review and redaction   5.00 hrs   $32.18   $160.90',
        'Electronic delivery                                            $0.00',
        '',
        'TOTAL DUE                                                     $160.90',
    ]], title='Invoice OR-2026-1043', producer='Microsoft: Print To PDF', creator='Microsoft Excel',
        date='20261113163000')
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt"><pre style="font-family:Consolas,'
           'monospace;font-size:10pt">%s</pre></body></html>' % plain.replace('&', '&amp;'))
    alt = Multi('alternative', [text(plain), html(htm)], b + 'alt')
    mime = Multi('mixed', [alt, pdf_part(invoice, 'Invoice_OR-2026-1043.pdf')], b)
    return write('049-savannah-final-lpr-redacted.eml', [
        ('From', 'City of Savannah Open Records <openrecords@savannahga.gov>'),
        ('To', 'Records Desk <%s>' % plus(6)),
        ('Subject', 'OR-2026-1043 - Records Ready / Request Complete'),
        ('Date', 'Fri, 13 Nov 2026 16:45:03 -0500'),
        ('Message-ID', '<BL0PR09MB7124C7E0A13B5F96@BL0PR09MB7124.namprd09.prod.outlook.com>'),
        ('Thread-Topic', 'OR-2026-1043 - Records Ready / Request Complete'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
    ], mime)


def m050():
    body = """I am attending training from Monday, November 16 through Friday,
November 20, 2026 with limited access to email. For FOIA matters, please
write to foia@rcsd.net and include your tracking number.

Sgt. Tamika Pressley
FOIA Coordinator
Richland County Sheriff's Department"""
    return write('050-rcsd-ooo.eml', [
        ('From', 'Tamika Pressley <tpressley@rcsd.net>'),
        ('To', 'Records Desk <records@records.example.org>'),
        ('Subject', 'Automatic reply: RE: F26-1187 Determination and Fee Estimate'),
        ('Thread-Topic', 'F26-1187 Determination and Fee Estimate'),
        ('Date', 'Mon, 16 Nov 2026 09:00:21 -0500'),
        ('Message-ID', '<MN2PR14MB409605F1D2C3E4A8@MN2PR14MB4096.namprd14.prod.outlook.com>'),
        ('In-Reply-To', '<req-009.20261116.2@records.example.org>'),
        ('References', '<MN2PR14MB4096A7C3E15D0B64@MN2PR14MB4096.namprd14.prod.outlook.com>'
         '\n <req-009.20261116.2@records.example.org>'),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
        ('Content-Language', 'en-US'),
    ], text(body))


if __name__ == '__main__':
    for f in [m041, m042, m043, m044, m045, m046, m047, m048, m049, m050]:
        print(f())
