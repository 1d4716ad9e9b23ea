"""Messages of September 2026 (first part of the set)."""
from common import *  # noqa


@msg('noaa-autoreply', '2026-09-02 09:14 -0400', 'REQ-001', 'auto_reply',
     'NOAA FOIA mailbox auto-responder threaded to our request; says it is not an acknowledgment',
     signals=['thread'])
def _():
    hd = [('From', 'NOAA FOIA <foia@noaa.gov>'), ('To', 'Records Desk <records+req-001@coastdesk.example.org>'),
          ('Subject', 'Re: ' + subj('REQ-001')), ('Date', fmt_date('2026-09-02 09:14 -0400')),
          ('Message-ID', '<CAKv7%s@mail.gmail.com>' % h('a1', 20)),
          ('In-Reply-To', rmid('REQ-001')), ('References', rmid('REQ-001')),
          ('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')] + gmail_hdrs('a1')
    return simple(hd, dedent("""
        This is an automated reply from the NOAA Freedom of Information Act mailbox.
        Your message has reached us. Please do not reply to this message.

        An email to this mailbox is not an acknowledgment of a FOIA request. New
        requests are entered in the Department of Commerce FOIA Public Access Link
        (PAL), and PAL will send a separate acknowledgment with a tracking number
        once the request has been logged. Please allow up to five business days.

        If you have already received a PAL tracking number, please include it in
        any message about your request. Status questions may be directed to the
        NOAA FOIA Public Liaison at 301-628-5658 (Monday - Friday, 8:30 a.m. to
        4:30 p.m. Eastern).

        NOAA FOIA Office
        1315 East-West Highway, Silver Spring, MD 20910
    """))


@msg('noaa-pal-ack', '2026-09-03 08:02 -0400', 'REQ-001', 'acknowledgment',
     'Commerce FOIA PAL logs the NWS radar/staffing request, received 09/02/2026 (= sent), as DOC-NOAA-2026-001742',
     tracking='DOC-NOAA-2026-001742', clock='received_on_sent_date', signals=['plus', 'tracking-new', 'subject'])
def _():
    hd = [('From', 'FOIA Public Access Link <foia-pal-noreply@doc.gov>'),
          ('To', 'records+req-001@coastdesk.example.org'),
          ('Subject', 'FOIA Request DOC-NOAA-2026-001742 Submitted'),
          ('Date', fmt_date('2026-09-03 08:02 -0400')),
          ('Message-ID', '<%s.pal@foia-pal.commerce.gov>' % h('a2', 24))]
    txt = dedent("""
        U.S. Department of Commerce
        FOIA Public Access Link

        This message confirms that the following request has been received by the
        National Oceanic and Atmospheric Administration.

        Request Number:      DOC-NOAA-2026-001742
        Received Date:       09/02/2026
        Component:           NOAA - National Weather Service
        Processing Track:    Complex
        Description:         WSR-88D outage and maintenance logs (KLIX, KLCH, KMOB,
                             KHGX), January 2025 - present; NWS forecast office
                             staffing, 2025-2026

        Please refer to the request number above in any correspondence. You may
        check the status of this request by logging in to the Public Access Link.

        This is a system-generated message. Replies to this address are not read.
    """)
    html = dedent("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
        <p><b>U.S. Department of Commerce</b><br>FOIA Public Access Link</p>
        <p>This message confirms that the following request has been received by the National Oceanic and Atmospheric Administration.</p>
        <table border="0" cellpadding="2">
        <tr><td>Request Number:</td><td><b>DOC-NOAA-2026-001742</b></td></tr>
        <tr><td>Received Date:</td><td>09/02/2026</td></tr>
        <tr><td>Component:</td><td>NOAA - National Weather Service</td></tr>
        <tr><td>Processing Track:</td><td>Complex</td></tr>
        <tr><td>Description:</td><td>WSR-88D outage and maintenance logs (KLIX, KLCH, KMOB, KHGX), January 2025 - present; NWS forecast office staffing, 2025-2026</td></tr>
        </table>
        <p>Please refer to the request number above in any correspondence. You may check the status of this request by logging in to the <a href="https://foia-pal.commerce.gov/app/Home.aspx">Public Access Link</a>.</p>
        <p style="color:#777777">This is a system-generated message. Replies to this address are not read.</p>
        </body></html>
    """)
    ct, body = multipart('alternative', [text_part(txt), text_part(html, 'html')], '----=_Part_88213_%s' % h('a2b', 10))
    return message(hd, ct, body)


@msg('noaa-pal-ack-html', '2026-09-08 07:45 -0400', 'REQ-002', 'acknowledgment',
     'PAL (HTML only) logs the hurricane hunter request as DOC-NOAA-2026-001755; sent after 5 p.m. Sep 3, received date 09/04/2026: clock from Sep 4',
     tracking='DOC-NOAA-2026-001755', clock='received:2026-09-04', signals=['plus', 'tracking-new', 'subject'])
def _():
    hd = [('From', 'FOIA Public Access Link <foia-pal-noreply@doc.gov>'),
          ('To', 'records+req-002@coastdesk.example.org'),
          ('Subject', 'FOIA Request DOC-NOAA-2026-001755 Submitted'),
          ('Date', fmt_date('2026-09-08 07:45 -0400')),
          ('Message-ID', '<%s.pal@foia-pal.commerce.gov>' % h('a3', 24))]
    html = dedent("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Request Submitted</title></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#1b1b1b">
        <div style="background:#112e51;color:#ffffff;padding:8px"><b>FOIA Public Access Link</b> &middot; U.S. Department of Commerce</div>
        <p>Dear Requester,</p>
        <p>Your Freedom of Information Act request has been received by the <b>National Oceanic and Atmospheric Administration</b>
        and assigned request number <b>DOC-NOAA-2026-001755</b>.</p>
        <p>Requests that arrive after 5:00 p.m. Eastern Time or on a weekend or federal holiday are considered received on the
        next business day. The received date recorded for your request is <b>09/04/2026</b>.</p>
        <table style="font-size:12px" cellpadding="3">
        <tr><td style="color:#5b616b">Component</td><td>NOAA - Office of Marine and Aviation Operations (OMAO)</td></tr>
        <tr><td style="color:#5b616b">Subject</td><td>Hurricane hunter aircraft (WP-3D Orion, G-IV) maintenance and availability records, 2025&#8211;2026</td></tr>
        <tr><td style="color:#5b616b">Fee category requested</td><td>News Media</td></tr>
        </table>
        <p>You will be contacted if additional information is needed. The status of this request can be viewed at any time
        at <a href="https://foia-pal.commerce.gov/app/CheckStatus.aspx">foia-pal.commerce.gov</a>.</p>
        <p style="font-size:10px;color:#757575">Please do not reply to this automated message.</p>
        </body></html>
    """)
    return simple(hd, html, 'html')


@msg('nmfs-ack-quoted', '2026-09-09 11:20 -0400', 'REQ-003', 'acknowledgment',
     'NMFS SERO coordinator replies in thread: request received Sep 8, logged as DOC-NOAA-2026-001801; quotes our request; warns MSA confidentiality may apply',
     tracking='DOC-NOAA-2026-001801', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'])
def _():
    hd = [('From', '"Kelly Broussard - NOAA Federal" <kelly.broussard@noaa.gov>'),
          ('To', 'Records Desk <records+req-003@coastdesk.example.org>'),
          ('Cc', 'NMFS SER FOIA <nmfs.ser.foia@noaa.gov>'),
          ('Subject', 'Re: ' + subj('REQ-003')), ('Date', fmt_date('2026-09-09 11:20 -0400')),
          ('Message-ID', '<CAF3%s@mail.gmail.com>' % h('a4', 22)),
          ('In-Reply-To', rmid('REQ-003')), ('References', rmid('REQ-003'))] + gmail_hdrs('a4')
    body = dedent("""
        Good morning,

        NOAA Fisheries' Southeast Regional Office received your FOIA request on
        September 8, 2026. It has been entered in the Commerce FOIA system as
        DOC-NOAA-2026-001801 and placed in the complex processing track. Please
        use that number if you write to us about it.

        A heads-up so there are no surprises: much of the IFQ data you describe
        (transfer prices and vessel-level landings) is submitted by shareholders
        and dealers and may be protected from release under section 402(b) of
        the Magnuson-Stevens Act and FOIA Exemption 4. We will release what we
        can and explain anything we hold back. We note you asked for records on
        the "Gulf of Mexico"; our systems now use "Gulf of America" for the same
        area, and we are searching accordingly.

        Your request for news media status and a fee waiver will be decided when
        we have an idea of volume. No fees have been incurred so far.

        Kelly Broussard
        FOIA Coordinator, Southeast Regional Office
        NOAA Fisheries | U.S. Department of Commerce
        263 13th Avenue South, St. Petersburg, FL 33701

    """) + '\n' + quote_gmail('REQ-003')
    return simple(hd, body)


@msg('nmfs-ack-pdf-group', '2026-09-10 14:02 -0400', 'REQ-004', 'acknowledgment',
     'via our Google Group: generic "FOIA Acknowledgment" mail; the number and the received date (Sep 9) are only in the attached letter and its file name',
     tracking='DOC-NOAA-2026-001815', clock='received_on_sent_date', signals=['plus', 'tracking-filename', 'tracking-attachment'])
def _():
    hd = [('From', '"\'NMFS SER FOIA\' via Records Desk" <records@coastdesk.example.org>'),
          ('Reply-To', 'NMFS SER FOIA <nmfs.ser.foia@noaa.gov>'),
          ('To', 'records+req-004@coastdesk.example.org'),
          ('Subject', 'FOIA Acknowledgment'), ('Date', fmt_date('2026-09-10 14:02 -0400')),
          ('Message-ID', '<CAG9%s@mail.gmail.com>' % h('a5', 22))] + group_hdrs('nmfs.ser.foia@noaa.gov')
    letter = [
        '**UNITED STATES DEPARTMENT OF COMMERCE',
        'National Oceanic and Atmospheric Administration',
        'NATIONAL MARINE FISHERIES SERVICE',
        'Southeast Regional Office',
        '263 13th Avenue South, St. Petersburg, Florida 33701-5505',
        '',
        'September 10, 2026',
        '',
        'Records Desk',
        'The Gulf Ledger',
        'records@coastdesk.example.org',
        '',
        'Re: FOIA Request DOC-NOAA-2026-001815',
        '',
        'Dear Requester:',
        '',
        'This letter acknowledges receipt of your Freedom of Information Act (FOIA) request, which',
        'our office received on September 9, 2026. You asked for records of turtle excluder device',
        '(TED) enforcement and shrimp trawl boardings off Louisiana and Mississippi, 2025-2026.',
        '',
        'Your request has been assigned the tracking number shown above. We will make every effort',
        'to respond within the 20 working days provided by the FOIA. If unusual circumstances',
        'apply, we will notify you in writing.',
        '',
        'Your fee category is news media. Fees, if any, will be limited to duplication beyond the',
        'first 100 pages; we do not anticipate charges for electronic records.',
        '',
        'You may contact the NOAA FOIA Public Liaison at 301-628-5658 for assistance.',
        '',
        'Sincerely,',
        '',
        'Kelly Broussard',
        'FOIA Coordinator, Southeast Regional Office',
    ]
    data = letter_pdf(letter, title='FOIA Acknowledgment')
    txt = dedent("""
        Good afternoon,

        Please see the attached correspondence regarding your FOIA request.

        Thank you,
        NMFS Southeast Regional Office FOIA
    """) + '\n' + GROUP_FOOTER
    ct, body = multipart('mixed', [text_part(txt), attach_part(data, 'DOC-NOAA-2026-001815_Acknowledgment.pdf')],
                         '000000000000%s' % h('a5b', 16))
    return message(hd, ct, body)


@msg('usgs-pal-ack', '2026-09-11 09:30 -0400', 'REQ-005', 'acknowledgment',
     'DOI FOIAXpress PAL notice from a vendor address names USGS and assigns DOI-USGS-2026-000872; received 09/10/2026 (= sent)',
     tracking='DOI-USGS-2026-000872', clock='received_on_sent_date', signals=['plus', 'tracking-new', 'subject'])
def _():
    hd = [('From', 'PAL Notification <no-reply@pal.foiaxpress.net>'),
          ('To', 'records+req-005@coastdesk.example.org'),
          ('Subject', 'Acknowledgment of FOIA Request DOI-USGS-2026-000872'),
          ('Date', fmt_date('2026-09-11 09:30 -0400')),
          ('Message-ID', '<%s@pal.foiaxpress.net>' % h('a6', 28))]
    return simple(hd, dedent("""
        Dear Records Desk,

        The U.S. Geological Survey (USGS) FOIA Office has received your Freedom of
        Information Act request and assigned it the following tracking number:

            DOI-USGS-2026-000872

        Date received: 09/10/2026
        Request description: Records identifying USGS streamgages in Louisiana,
        Mississippi and Alabama that were discontinued or lost funding in fiscal
        years 2025 and 2026, and related decision records.

        Under 43 CFR 2.16, the USGS will make a determination within 20 workdays
        unless the time limit is extended or tolled. Your request has been placed
        in the Normal processing track.

        You can follow the progress of this request at the Public Access Link:
        https://foia-pal.usgs.gov/app/CheckStatus.aspx

        USGS FOIA Office
        12201 Sunrise Valley Drive, MS 807, Reston, VA 20192
        foia@usgs.gov

        *** This mailbox is not monitored. ***
    """))


@msg('bsee-ack-external', '2026-09-15 15:48 -0400', 'REQ-006', 'acknowledgment',
     'BSEE FOIA reply in thread with [EXTERNAL] subject tag; request e-mailed 7:52 p.m. Sep 14, logged received Sep 15; assigns DOI-BSEE-2026-001044',
     tracking='DOI-BSEE-2026-001044', clock='received:2026-09-15', signals=['thread', 'plus', 'tracking-new'])
def _():
    hd = [('From', 'Denise Arceneaux <denise.arceneaux@bsee.gov>'),
          ('To', 'Records Desk <records+req-006@coastdesk.example.org>'),
          ('Cc', 'BSEE FOIA <bseefoia@bsee.gov>'),
          ('Subject', 'Re: [EXTERNAL] ' + subj('REQ-006')), ('Date', fmt_date('2026-09-15 15:48 -0400')),
          ('Message-ID', '<CAN0%s@mail.gmail.com>' % h('a7', 22)),
          ('In-Reply-To', rmid('REQ-006')), ('References', rmid('REQ-006'))] + gmail_hdrs('a7')
    body = dedent("""
        Dear Requester,

        The Bureau of Safety and Environmental Enforcement (BSEE) FOIA Office
        received your request on September 15, 2026. (Requests emailed after the
        close of business are logged on the next workday.) It has been assigned
        control number DOI-BSEE-2026-001044 and placed in the complex track
        because it involves records from both the Gulf of America Region and
        headquarters.

        We will respond to your fee waiver request separately. You have been
        placed in the news media fee category for now.

        Respectfully,

        Denise Arceneaux
        Government Information Specialist
        BSEE FOIA Office
        45600 Woodland Road, Sterling, VA 20166

    """) + '\n' + quote_gmail('REQ-006').replace(
        'Records Desk <records@coastdesk.example.org> wrote:',
        'Records Desk <records@coastdesk.example.org> wrote:\n> [EXTERNAL]', 1)
    return simple(hd, body)


@msg('usace-ack-banner', '2026-09-17 10:37 -0500', 'REQ-007', 'acknowledgment',
     'USACE New Orleans District (Outlook) reply with a long CAUTION banner on top; assigns FA-26-0187, received Sep 15 (= sent)',
     tracking='FA-26-0187', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'])
def _():
    topic = subj('REQ-007')
    hd = [('From', '"Guidry, Renee M CIV USARMY CEMVN (USA)" <Renee.M.Guidry@usace.army.mil>'),
          ('To', 'Records Desk <records+req-007@coastdesk.example.org>'),
          ('CC', 'FOIA-MVN <foia-mvn@usace.army.mil>'),
          ('Subject', 'RE: ' + topic), ('Date', fmt_date('2026-09-17 10:37 -0500')),
          ('Message-ID', '<SA1PR09MB%s@SA1PR09MB8163.namprd09.prod.outlook.com>' % h('a8', 12).upper()),
          ('In-Reply-To', rmid('REQ-007')), ('References', rmid('REQ-007'))] + outlook_hdrs('a8', topic)
    body = USACE_BANNER + '\n' + dedent("""
        Good morning,

        This acknowledges receipt of your Freedom of Information Act request
        dated and received September 15, 2026, for the saltwater sill
        construction contract, modifications and construction reports. Your
        request has been assigned FOIA case number FA-26-0187. Please refer to
        this number in all future correspondence.

        The FOIA provides 20 working days to respond. If we determine that
        unusual circumstances apply, we will notify you before that time.

        As a representative of the news media, you will be charged only for
        duplication beyond the first 100 pages. You agreed to pay up to $150.

        V/r,
        Renee Guidry
        FOIA/Privacy Act Specialist
        Office of Counsel, New Orleans District
        U.S. Army Corps of Engineers
        7400 Leake Avenue, New Orleans, LA 70118

    """) + '\n' + quote_outlook('REQ-007', 'FOIA-MVN <foia-mvn@usace.army.mil>', '[Non-DoD Source] ')
    return simple(hd, body)


@msg('usace-ack-subject-fixed', '2026-09-18 09:05 -0500', 'REQ-008', 'acknowledgment',
     'new mail with no thread headers to the bare inbox; USACE corrected our misspelled subject ("Spilway") and assigns FA-26-0191; received Sep 16 (= sent)',
     tracking='FA-26-0191', clock='received_on_sent_date', signals=['subject', 'tracking-new'])
def _():
    topic = 'FOIA Request FA-26-0191 - Bonnet Carre Spillway 2026 Operations Records'
    hd = [('From', 'FOIA-MVN <foia-mvn@usace.army.mil>'),
          ('To', 'records@coastdesk.example.org'),
          ('Subject', topic), ('Date', fmt_date('2026-09-18 09:05 -0500')),
          ('Message-ID', '<SA1PR09MB%s@SA1PR09MB8163.namprd09.prod.outlook.com>' % h('a9', 12).upper())] + outlook_hdrs('a9', topic)
    return simple(hd, dedent("""
        Records Desk
        The Gulf Ledger

        This is to acknowledge your Freedom of Information Act request, received
        in this office on September 16, 2026, for records of the operation of the
        Bonnet Carre Spillway during its 2026 opening, including bay opening and
        closing logs, flow measurements and the operations decision record.

        Your request has been assigned FOIA number FA-26-0191. We have
        categorized it as a news media request. We will contact you if we need
        more information.

        Office of Counsel (FOIA)
        U.S. Army Corps of Engineers, New Orleans District
        foia-mvn@usace.army.mil
    """))


@msg('ms-dmr-ack-cp1252', '2026-09-21 15:22 -0500', 'REQ-011', 'acknowledgment',
     'MDMR (Outlook, windows-1252 quoted-printable) logs the cultch request as PR 26-117, received Sep 21; 7 working days under 25-61-5',
     tracking='PR 26-117', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'])
def _():
    topic = subj('REQ-011')
    hd = [('From', 'MDMR Public Records <publicrecords@dmr.ms.gov>'),
          ('To', 'Records Desk <records+req-011@coastdesk.example.org>'),
          ('Subject', 'RE: ' + topic), ('Date', fmt_date('2026-09-21 15:22 -0500')),
          ('Message-ID', '<BN8PR11MB%s@BN8PR11MB3571.namprd11.prod.outlook.com>' % h('a10', 12).upper()),
          ('In-Reply-To', rmid('REQ-011')), ('References', rmid('REQ-011'))] + outlook_hdrs('a10', topic)
    return simple(hd, dedent("""
        Good afternoon,

        The Mississippi Department of Marine Resources received your public
        records request today, September 21, 2026. It has been logged as
        PR 26-117 – “Oyster reef cultch planting contracts and invoices.”

        Under Miss. Code Ann. § 25-61-5, the Department will produce the records,
        deny the request, or give you a written explanation of why more time is
        needed within seven (7) working days. Fees for search, review and copying
        are set by the Department’s public records policy and must be paid before
        records are released; we will send an estimate.

        Thank you,

        Office of Public Records
        Mississippi Department of Marine Resources
        1141 Bayview Avenue, Biloxi, MS 39530
        (228) 374-5000
    """), charset='windows-1252')


@msg('cpra-certify-date', '2026-09-22 16:10 -0500', 'REQ-009', 'extension',
     'CPRA custodian certifies under R.S. 44:33(B) that records are not immediately available and sets Oct 30; LA has no extension days, so no due (estimated only)',
     tracking='PRR-26-0193', estimated='2026-10-30', signals=['thread', 'plus', 'tracking-new'])
def _():
    topic = subj('REQ-009')
    hd = [('From', 'Monique Thibodeaux <Monique.Thibodeaux@la.gov>'),
          ('To', 'Records Desk <records+req-009@coastdesk.example.org>'),
          ('Cc', 'CPRA Public Records <cpra.publicrecords@la.gov>'),
          ('Subject', 'RE: ' + topic), ('Date', fmt_date('2026-09-22 16:10 -0500')),
          ('Message-ID', '<MN2PR01MB%s@MN2PR01MB5210.prod.exchangelabs.com>' % h('a11', 12).upper()),
          ('In-Reply-To', rmid('REQ-009')), ('References', rmid('REQ-009'))] + outlook_hdrs('a11', topic)
    return simple(hd, dedent("""
        Good afternoon,

        The Coastal Protection and Restoration Authority received your request
        on September 17, 2026. It has been assigned PRR-26-0193.

        Some of the records you describe are not immediately available. The
        contract files are with our Program Management Division and part of the
        close-out documentation is held by the Office of the Attorney General,
        which represents CPRA in matters connected with the termination. In
        accordance with La. R.S. 44:33(B)(1), I certify that the responsive,
        non-exempt records will be made available to you on or before
        October 30, 2026. If we can produce any portion sooner, we will.

        Copies provided electronically are not charged under our fee schedule
        unless the request requires more than 100 pages to be scanned; we do not
        expect that here.

        Monique Thibodeaux
        Custodian of Records
        Coastal Protection and Restoration Authority
        150 Terrace Avenue, Baton Rouge, LA 70802
    """))


@msg('al-bounce-legacy', '2026-09-23 10:31 -0500', 'REQ-013', 'bounce',
     'Postfix DSN: the copy of our REQ-013 request addressed to the old dcnr.state.al.us domain was undeliverable (domain not found)',
     signals=['thread-embedded'])
def _():
    b = '9C2F71A0B3.1790177491/mx1.coastdesk.example.org'
    hd = [('From', 'MAILER-DAEMON@mx1.coastdesk.example.org (Mail Delivery System)'),
          ('To', 'records@coastdesk.example.org'),
          ('Subject', 'Undelivered Mail Returned to Sender'),
          ('Date', fmt_date('2026-09-23 10:31 -0500')),
          ('Message-ID', '<20260923153104.9C2F71A0B3@mx1.coastdesk.example.org>'),
          ('Auto-Submitted', 'auto-replied')]
    p1 = text_part(dedent("""
        This is the mail system at host mx1.coastdesk.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <openrecords@dcnr.state.al.us>: Host or domain name not found. Name service
            error for name=dcnr.state.al.us type=AAAA: Host not found
    """), extra_headers=['Content-Description: Notification'])
    p2 = dedent("""
        Content-Type: message/delivery-status
        Content-Description: Delivery report

        Reporting-MTA: dns; mx1.coastdesk.example.org
        X-Postfix-Queue-ID: 9C2F71A0B3
        X-Postfix-Sender: rfc822; records@coastdesk.example.org
        Arrival-Date: Wed, 23 Sep 2026 10:29:51 -0500 (CDT)

        Final-Recipient: rfc822; openrecords@dcnr.state.al.us
        Original-Recipient: rfc822;openrecords@dcnr.state.al.us
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=dcnr.state.al.us type=AAAA: Host not found
    """)
    p3 = 'Content-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n\n' + dedent("""
        Return-Path: <records@coastdesk.example.org>
        Received: by mx1.coastdesk.example.org (Postfix, from userid 1002)
        	id 9C2F71A0B3; Wed, 23 Sep 2026 10:29:51 -0500 (CDT)
        From: Records Desk <records@coastdesk.example.org>
        Reply-To: records+req-013@coastdesk.example.org
        To: DCNR Open Records <dcnr.openrecords@dcnr.alabama.gov>
        Cc: openrecords@dcnr.state.al.us
        Subject: Open Records Request: Snapper Check reporting data and 2026 red
         snapper season closure memos
        Date: Wed, 23 Sep 2026 10:29:48 -0500
        Message-ID: <req-013.20260923.1@coastdesk.example.org>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
    """)
    ct, body = multipart('report', [p1, p2, p3], b, '; report-type=delivery-status')
    return message(hd, ct, body)


@msg('usgs-clarify-newsubject', '2026-09-23 13:41 -0400', 'REQ-005', 'clarification',
     'USGS FOIA officer, new subject and no thread headers, asks which gage statuses and record types we mean; number only in the body; clock tolled',
     tracking='DOI-USGS-2026-000872', signals=['plus', 'tracking'])
def _():
    hd = [('From', 'Caleb Pruitt <cpruitt@usgs.gov>'),
          ('To', 'records+req-005@coastdesk.example.org'),
          ('Subject', 'Question about your streamgage request'),
          ('Date', fmt_date('2026-09-23 13:41 -0400')),
          ('Message-ID', '<CAB8%s@mail.gmail.com>' % h('a13', 22))] + gmail_hdrs('a13')
    return simple(hd, dedent("""
        Hello,

        I'm the FOIA officer handling DOI-USGS-2026-000872. Before we task the
        Lower Mississippi-Gulf Water Science Center with a search, I want to make
        sure we look for the right things.

        1. "Defunded" isn't a status in our systems. A station is either active,
           discontinued, or converted (for example from continuous to
           partial-record or crest-stage). Do you want all three changes, or
           only stations that stopped operating?

        2. Do you want only the station lists (site number, name, status date,
           funding partner), or also the emails and memos behind each decision?
           The second part is far larger and will take much longer.

        3. For "FY2025-FY2026" we would search October 1, 2024 through
           September 30, 2026. Is that right?

        Under 43 CFR 2.18 the processing time is paused until we hear from you.
        If we have no answer within 20 workdays we will assume you are no longer
        interested and close the request.

        Thanks,
        Caleb Pruitt
        Bureau FOIA Officer
        U.S. Geological Survey
        703-648-7197
    """))
