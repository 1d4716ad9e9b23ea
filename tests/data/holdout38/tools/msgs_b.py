"""Messages of late September and early October 2026."""
from common import *  # noqa


@msg('glo-ack', '2026-09-25 11:15 -0500', 'REQ-014', 'acknowledgment',
     'GLO Public Information Officer, changed subject but threaded: received Sep 24, assigns PIR 26-1187; TX 10 business days',
     tracking='PIR 26-1187', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'])
def _():
    topic = 'GLO PIR 26-1187 - Acknowledgment of Public Information Request'
    hd = [('From', 'PIA Legal <PIALegal@glo.texas.gov>'),
          ('To', 'Records Desk <records+req-014@coastdesk.example.org>'),
          ('Subject', topic), ('Date', fmt_date('2026-09-25 11:15 -0500')),
          ('Message-ID', '<DM6PR09MB%s@DM6PR09MB4428.namprd09.prod.outlook.com>' % h('b1', 12).upper()),
          ('In-Reply-To', rmid('REQ-014')), ('References', rmid('REQ-014'))] + outlook_hdrs('b1', topic)
    txt = dedent("""
        Dear Requestor:

        The Texas General Land Office (GLO) received your request for information
        on September 24, 2026. Your request has been assigned tracking number
        PIR 26-1187. Please reference this number in future correspondence.

        The GLO will promptly produce public information responsive to your
        request. If the GLO cannot produce the information within 10 business
        days, the Public Information Officer will certify that fact in writing
        and set a date and hour within a reasonable time when the information
        will be available.

        If the cost of providing the information will exceed $40, you will
        receive an itemized statement of estimated charges before any work is
        done, as required by Tex. Gov't Code § 552.2615.

        Public Information Office
        Texas General Land Office
        1700 N. Congress Ave., Austin, Texas 78701
    """)
    html = '<html><body style="font-family:Calibri,sans-serif;font-size:11pt">' + ''.join(
        '<p>%s</p>' % p.replace('\n', '<br>\n') for p in txt.strip().split('\n\n')) + '</body></html>\n'
    ct, body = multipart('alternative', [text_part(txt), text_part(html, 'html')], '_000_DM6PR09MB%s_' % h('b1b', 10).upper())
    return message(hd, ct, body)


@msg('fwc-govqa-ack', '2026-09-28 14:06 -0400', 'REQ-015', 'acknowledgment',
     'GovQA portal for FWC (address no agency lists) confirms the red tide request as P004521-092826; Florida law sets no deadline, so no due',
     tracking='P004521-092826', clock='received_on_sent_date', signals=['plus', 'tracking-new', 'subject'])
def _():
    hd = [('From', 'FWC Public Records Center <floridafwc@mycusthelp.net>'),
          ('To', 'records+req-015@coastdesk.example.org'),
          ('Subject', 'Florida Fish and Wildlife Conservation Commission Public Records Request :: P004521-092826'),
          ('Date', fmt_date('2026-09-28 14:06 -0400')),
          ('Message-ID', '<%s@mycusthelp.net>' % h('b2', 32))]
    txt = dedent("""
        Dear Records Desk,

        Thank you for your interest in public records of the Florida Fish and
        Wildlife Conservation Commission. Your request has been received and is
        being processed in accordance with Chapter 119, Florida Statutes.

        Your request was received on 9/28/2026 and given the reference number
        P004521-092826 for tracking purposes.

        Record(s) Requested: Red tide (Karenia brevis) fish kill reports and
        response records, Southwest Florida, 2026 - including Fish Kill Hotline
        reports, FWRI sampling results, and incident command situation reports.

        The Commission will respond within a reasonable time. You may be
        advised of any applicable charges before records are produced. You can
        monitor the progress of your request and download records at the link
        below.

        https://myfwc.mycusthelp.com/WEBAPP/_rs/(S(vq2pxk4hfgjpb1))/RequestLogin.aspx

        Florida Fish and Wildlife Conservation Commission
        Records Management Liaison Office
    """)
    html = '<html><body style="font-family:Arial;font-size:13px">' + ''.join(
        '<p>%s</p>' % p.replace('\n', ' ') for p in txt.strip().split('\n\n')) + '</body></html>\n'
    html = html.replace('https://myfwc.mycusthelp.com/WEBAPP/_rs/(S(vq2pxk4hfgjpb1))/RequestLogin.aspx',
                        '<a href="https://myfwc.mycusthelp.com/WEBAPP/_rs/(S(vq2pxk4hfgjpb1))/RequestLogin.aspx">Public Records Center</a>')
    ct, body = multipart('alternative', [text_part(txt), text_part(html, 'html')], '--boundary_%s' % h('b2b', 12))
    return message(hd, ct, body)


@msg('nws-staff-clarify', '2026-09-29 11:52 -0500', 'REQ-001', 'clarification',
     'NWS Southern Region staffer writes informally from a personal noaa.gov address to the bare inbox, citing the PAL number in the subject, and asks to narrow the radar sites and records',
     tracking='DOC-NOAA-2026-001742', signals=['tracking', 'subject'])
def _():
    hd = [('From', '"Darnell Whitley - NOAA Federal" <darnell.whitley@noaa.gov>'),
          ('To', 'records@coastdesk.example.org'), ('Cc', 'foia@noaa.gov'),
          ('Subject', 'DOC-NOAA-2026-001742 radar logs - quick question'),
          ('Date', fmt_date('2026-09-29 11:52 -0500')),
          ('Message-ID', '<CAJx%s@mail.gmail.com>' % h('b3', 22))] + gmail_hdrs('b3')
    return simple(hd, dedent("""
        Hi there,

        I'm the FOIA liaison for NWS Southern Region in Fort Worth and I've been
        handed the radar part of your request. Before I start pulling things,
        two questions:

        - The Radar Operations Center keeps trouble tickets for every outage,
          including 10-minute data dropouts. For four radars over 20 months that
          is several thousand tickets. Would outages longer than 6 hours work,
          or do you really want everything?

        - "Maintenance logs" at the offices are mostly the electronics techs'
          shift notes. Do you want those, or is the ROC ticket history enough?

        If you can narrow it I can probably get the radar part out in a few
        weeks. The staffing part is with our workforce folks and I don't have a
        time estimate for it yet.

        Thanks,
        Darnell

        Darnell Whitley
        Regional FOIA Liaison, NWS Southern Region
        819 Taylor Street, Fort Worth, TX 76102
    """))


@msg('ms-dmr-denial-tradesecret', '2026-09-29 16:40 -0500', 'REQ-012', 'denial',
     'MDMR denies the dealer trip ticket request in full under Miss. Code 25-61-9 (third-party trade secrets, confidential commercial information); MS has no appeal days, appeal_due null',
     tracking='PR 26-121', adverse=True, signals=['thread', 'plus', 'tracking-new'])
def _():
    topic = subj('REQ-012')
    hd = [('From', 'MDMR Public Records <publicrecords@dmr.ms.gov>'),
          ('To', 'Records Desk <records+req-012@coastdesk.example.org>'),
          ('Subject', 'RE: ' + topic), ('Date', fmt_date('2026-09-29 16:40 -0500')),
          ('Message-ID', '<BN8PR11MB%s@BN8PR11MB3571.namprd11.prod.outlook.com>' % h('b4', 12).upper()),
          ('In-Reply-To', rmid('REQ-012')), ('References', rmid('REQ-012'))] + outlook_hdrs('b4', topic, attach=True)
    letter = [
        '**MISSISSIPPI DEPARTMENT OF MARINE RESOURCES',
        '1141 Bayview Avenue  |  Biloxi, Mississippi 39530',
        '',
        'September 29, 2026',
        '',
        'Records Desk, The Gulf Ledger',
        'Via email: records+req-012@coastdesk.example.org',
        '',
        'RE: Public Records Request PR 26-121 - Seafood dealer trip ticket landings by dealer',
        '',
        'Dear Requester:',
        '',
        'The Department has reviewed your request of September 22, 2026, for trip ticket landings',
        'reported by each licensed seafood dealer for the 2025-2026 oyster and shrimp seasons.',
        '',
        'Trip tickets are submitted to the Department by licensed dealers and processors. Reported',
        'by dealer, they show each business\'s purchase volumes, sources and prices paid. The',
        'Department has determined that these records are trade secrets and confidential commercial',
        'and financial information of the submitting businesses. They are exempt from disclosure',
        'under Miss. Code Ann. Sections 25-61-9 and 79-23-1, and the Department must therefore deny',
        'your request in its entirety. The records cannot be reasonably segregated, because any',
        'dealer-level figure would disclose the protected information.',
        '',
        'Aggregate landings by species and season, which do not identify any dealer, are published',
        'in the Department\'s annual fisheries reports and are available without a request.',
        '',
        'If you believe this decision is in error, you may file a complaint with the Mississippi',
        'Ethics Commission under Miss. Code Ann. Section 25-61-13.',
        '',
        'Sincerely,',
        '',
        'Jolene Ladner',
        'Public Records Officer',
    ]
    data = letter_pdf(letter, title='PR 26-121 Response')
    txt = dedent("""
        Please see the attached response to your public records request.

        Office of Public Records
        Mississippi Department of Marine Resources
    """)
    ct, body = multipart('mixed', [text_part(txt), attach_part(data, 'PR 26-121 Response Letter.pdf')],
                         '_004_BN8PR11MB%s_' % h('b4b', 10).upper())
    return message(hd, ct, body)


@msg('ms-dmr-extension', '2026-09-30 10:05 -0500', 'REQ-011', 'extension',
     'MDMR written explanation under 25-61-5(1)(b): records at two locations; will produce by Oct 9 (14 working days); +7 working days on the Sep 30 due',
     tracking='PR 26-117', clock='extension', estimated='2026-10-09', signals=['thread', 'plus', 'tracking'])
def _():
    topic = subj('REQ-011')
    hd = [('From', 'MDMR Public Records <publicrecords@dmr.ms.gov>'),
          ('To', 'Records Desk <records+req-011@coastdesk.example.org>'),
          ('Subject', 'RE: ' + topic), ('Date', fmt_date('2026-09-30 10:05 -0500')),
          ('Message-ID', '<BN8PR11MB%s@BN8PR11MB3571.namprd11.prod.outlook.com>' % h('b5', 12).upper()),
          ('In-Reply-To', '<BN8PR11MB%s@BN8PR11MB3571.namprd11.prod.outlook.com>' % h('a10', 12).upper()),
          ('References', rmid('REQ-011') + ' <BN8PR11MB%s@BN8PR11MB3571.namprd11.prod.outlook.com>' % h('a10', 12).upper())] + outlook_hdrs('b5', topic)
    return simple(hd, dedent("""
        Good morning,

        Regarding PR 26-117: the Department is not able to produce the records
        within seven working days. The cultch planting contracts are kept by
        the Office of Finance and Administration, while the delivery tickets and
        invoices are filed with the Shellfish Bureau at the Lyman hatchery and
        must be retrieved and reviewed. This message is the written explanation
        required by Miss. Code Ann. § 25-61-5(1)(b).

        The Department will produce the records, or the cost estimate if the
        copying charges require advance payment, no later than Friday,
        October 9, 2026, which is fourteen working days from receipt.

        Office of Public Records
        Mississippi Department of Marine Resources
    """), charset='windows-1252')


@msg('al-dcnr-ack-letter', '2026-09-30 14:30 -0500', 'REQ-013', 'acknowledgment',
     'DCNR acknowledges under Ala. Code 36-12-44 (letter in PDF, short body): received Sep 23, assigns ORR-2026-088; AL 10 calendar days lands on Sat Oct 3, rolls to Oct 5',
     tracking='ORR-2026-088', clock='received_on_sent_date', signals=['plus', 'tracking-new', 'subject'])
def _():
    hd = [('From', 'DCNR Open Records <dcnr.openrecords@dcnr.alabama.gov>'),
          ('To', 'records+req-013@coastdesk.example.org'),
          ('Subject', 'Acknowledgment - Open Records Request ORR-2026-088'),
          ('Date', fmt_date('2026-09-30 14:30 -0500')),
          ('Message-ID', '<CH3PR09MB%s@CH3PR09MB7784.namprd09.prod.outlook.com>' % h('b6', 12).upper())] + outlook_hdrs('b6', 'Acknowledgment - Open Records Request ORR-2026-088', attach=True)
    letter = [
        '**STATE OF ALABAMA',
        '**DEPARTMENT OF CONSERVATION AND NATURAL RESOURCES',
        '64 North Union Street, Suite 468  -  Montgomery, Alabama 36130',
        '',
        'September 30, 2026',
        '',
        'Records Desk',
        'The Gulf Ledger',
        '',
        'Re: Open Records Request No. ORR-2026-088',
        '',
        'Dear Requester:',
        '',
        'Pursuant to Ala. Code Section 36-12-44, the Department acknowledges receipt of your',
        'standard request for public records, received by this office on September 23, 2026, for:',
        '',
        '   (1) Snapper Check reporting data for the 2026 private recreational red snapper season;',
        '   (2) memoranda concerning the closure of the 2026 red snapper season.',
        '',
        'The request has been forwarded to the Marine Resources Division. The Department will',
        'provide a substantive response within fifteen (15) business days of this acknowledgment',
        'unless it notifies you that additional time is required. Fees for staff time and copies',
        'may apply and, if so, must be paid before records are produced.',
        '',
        'Open Records Officer',
        'Alabama Department of Conservation and Natural Resources',
    ]
    data = letter_pdf(letter, title='ORR-2026-088 Acknowledgment')
    txt = 'Please see attached.\n\nDCNR Open Records\n'
    ct, body = multipart('mixed', [text_part(txt), attach_part(data, 'ORR-2026-088 Acknowledgment.pdf')],
                         '_003_CH3PR09MB%s_' % h('b6b', 10).upper())
    return message(hd, ct, body)


@msg('cpra-bounce-m365', '2026-10-01 11:02 -0500', 'REQ-010', 'bounce',
     'Microsoft 365 NDR from the la.gov tenant: our REQ-010 request to a retired CPRA mailbox was rejected (RecipientNotFound); original headers embedded',
     signals=['thread-embedded'])
def _():
    b = 'b1ae3c7f-%s' % h('b7', 12)
    hd = [('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@la.gov>'),
          ('To', 'records@coastdesk.example.org'),
          ('Subject', 'Undeliverable: ' + subj('REQ-010')),
          ('Date', fmt_date('2026-10-01 11:02 -0500')),
          ('Message-ID', '<%s@SN4PR01MB7620.prod.exchangelabs.com>' % h('b7a', 32)),
          ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', '')]
    txt = dedent("""
        Your message to prr@coastal.la.gov couldn't be delivered.

        prr wasn't found at coastal.la.gov.

        records    Office 365    prr
        Action Required                      Recipient

        Unknown To address

        How to Fix It
        The address may be misspelled or may not exist. Try one or more of the
        following:
        - Send the message again, retyping the address.
        - If the recipient has left the organization or changed address, contact
          them by another means for the correct address.

        Diagnostic information for administrators:

        Generating server: SN4PR01MB7620.prod.exchangelabs.com

        prr@coastal.la.gov
        Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
    """)
    p1 = text_part(txt)
    p2 = dedent("""
        Content-Type: message/delivery-status

        Reporting-MTA: dns;SN4PR01MB7620.prod.exchangelabs.com
        Received-From-MTA: dns;mx1.coastdesk.example.org
        Arrival-Date: Thu, 1 Oct 2026 16:02:31 +0000

        Original-Recipient: rfc822;prr@coastal.la.gov
        Final-Recipient: rfc822;prr@coastal.la.gov
        Action: failed
        Status: 5.1.10
        Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
    """)
    p3 = 'Content-Type: text/rfc822-headers\n\n' + dedent("""
        Received: from mx1.coastdesk.example.org (203.0.113.25) by
         SN4PR01MB7620.prod.exchangelabs.com; Thu, 1 Oct 2026 16:02:31 +0000
        From: Records Desk <records@coastdesk.example.org>
        Reply-To: records+req-010@coastdesk.example.org
        To: prr@coastal.la.gov
        Subject: Public Records Request: Caminada Headland back-barrier marsh
         creation project change orders
        Date: Thu, 1 Oct 2026 10:58:12 -0500
        Message-ID: <req-010.20261001.1@coastdesk.example.org>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
    """)
    inner_ct, inner = multipart('alternative', [p1, text_part('<html><body><pre>%s</pre></body></html>\n' % txt, 'html')], 'alt_' + b)
    ct, body = multipart('report', ['Content-Type: ' + inner_ct + '\n\n' + inner, p2, p3], b, '; report-type=delivery-status')
    return message(hd, ct, body)


@msg('noaa-unusual-circumstances', '2026-10-01 15:20 -0400', 'REQ-002', 'extension',
     'NOAA unusual-circumstances notice (search at the Aircraft Operations Center, consultation): +10 working days on the Oct 5 due; estimated completion Jan 29, 2027',
     tracking='DOC-NOAA-2026-001755', clock='extension', estimated='2027-01-29', signals=['thread', 'plus', 'tracking'])
def _():
    hd = [('From', '"Lorraine Okafor - NOAA Federal" <lorraine.okafor@noaa.gov>'),
          ('To', 'Records Desk <records+req-002@coastdesk.example.org>'),
          ('Subject', 'DOC-NOAA-2026-001755 - Notice of Unusual Circumstances'),
          ('Date', fmt_date('2026-10-01 15:20 -0400')),
          ('Message-ID', '<CAL2%s@mail.gmail.com>' % h('b8', 22)),
          ('In-Reply-To', rmid('REQ-002')), ('References', rmid('REQ-002'))] + gmail_hdrs('b8')
    return simple(hd, dedent("""
        Dear Requester:

        This concerns your Freedom of Information Act request DOC-NOAA-2026-001755
        for maintenance and availability records of NOAA's WP-3D Orion and
        Gulfstream IV-SP hurricane hunter aircraft for 2025 and 2026.

        We have determined that unusual circumstances apply to your request
        under 5 U.S.C. 552(a)(6)(B)(iii). Responsive records must be searched
        for and collected at the NOAA Aircraft Operations Center in Lakeland,
        Florida, which is separate from the office processing the request, and
        some records involve vendor maintenance contracts that require
        consultation with another component of the Department. We are therefore
        extending the time limit to respond by ten working days.

        We do not expect to be able to complete the request within that period.
        Based on the volume of records identified so far (about 3,100 pages of
        maintenance logs and work orders), our current estimate for completing
        the request is January 29, 2027. We intend to release records on a
        rolling basis as they are reviewed.

        You may narrow your request, or agree to an alternative time frame, by
        contacting me. You may also contact the NOAA FOIA Public Liaison at
        301-628-5658 for assistance, or the Office of Government Information
        Services (OGIS) at the National Archives, which offers mediation
        services to resolve disputes between FOIA requesters and federal
        agencies: ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.

        Sincerely,

        Lorraine Okafor
        Government Information Specialist
        NOAA FOIA Office
    """))


@msg('cpra-ack-resent', '2026-10-02 09:40 -0500', 'REQ-010', 'acknowledgment',
     'CPRA acknowledges the Caminada request we re-sent after the bounce (In-Reply-To our resend, not the registered Message-ID); received Oct 1; assigns PRR-26-0208; LA 3 business days',
     tracking='PRR-26-0208', clock='received_on_sent_date', signals=['plus', 'subject', 'tracking-new'])
def _():
    topic = subj('REQ-010')
    hd = [('From', 'CPRA Public Records <cpra.publicrecords@la.gov>'),
          ('To', 'Records Desk <records+req-010@coastdesk.example.org>'),
          ('Subject', 'RE: ' + topic), ('Date', fmt_date('2026-10-02 09:40 -0500')),
          ('Message-ID', '<MN2PR01MB%s@MN2PR01MB5210.prod.exchangelabs.com>' % h('b9', 12).upper()),
          ('In-Reply-To', '<req-010.20261001.2@coastdesk.example.org>'),
          ('References', '<req-010.20261001.2@coastdesk.example.org>')] + outlook_hdrs('b9', topic)
    return simple(hd, dedent("""
        Good morning,

        CPRA received your public records request yesterday, October 1, 2026,
        and assigned it PRR-26-0208. (Our old prr@coastal.la.gov mailbox was
        retired in the spring; please use this address going forward.)

        We will respond within three business days as required by La. R.S.
        44:32(D) and 44:33, either with the records, with a date when they will
        be available, or with our determination if any record is not public.

        CPRA Public Records
        Coastal Protection and Restoration Authority
    """))


@msg('nmfs-referral-uscg', '2026-10-02 13:15 -0400', 'REQ-004', 'other',
     'referral notice: NMFS sends the Coast Guard boarding-report part of the TED request to USCG FOIA and points to the state agency; processing of the rest continues',
     tracking='DOC-NOAA-2026-001815', signals=['plus', 'tracking', 'subject'])
def _():
    hd = [('From', '"Kelly Broussard - NOAA Federal" <kelly.broussard@noaa.gov>'),
          ('To', 'records+req-004@coastdesk.example.org'),
          ('Subject', 'DOC-NOAA-2026-001815 - Referral of part of your request to the U.S. Coast Guard'),
          ('Date', fmt_date('2026-10-02 13:15 -0400')),
          ('Message-ID', '<CAF3%s@mail.gmail.com>' % h('b10', 22))] + gmail_hdrs('b10')
    return simple(hd, dedent("""
        Dear Requester,

        I am writing about your FOIA request DOC-NOAA-2026-001815 concerning
        turtle excluder device (TED) enforcement and shrimp trawl boardings off
        Louisiana and Mississippi.

        Most at-sea boardings of shrimp trawlers in federal waters are carried
        out by the U.S. Coast Guard, and the boarding reports are Coast Guard
        records. We have referred that part of your request (item 2, boarding
        reports and resulting violation reports) to the U.S. Coast Guard FOIA
        Office (CG-6P), 2703 Martin Luther King Jr. Ave SE, Washington, DC
        20593, efoia@uscg.mil, for processing and a direct response to you. The
        Coast Guard will assign its own tracking number.

        Boardings made by state officers in state waters are records of the
        Louisiana Department of Wildlife and Fisheries and the Mississippi
        Department of Marine Resources, which are not subject to the federal
        FOIA. You may wish to contact those agencies under their state laws.

        We are continuing to search NOAA Fisheries and NOAA Office of Law
        Enforcement files for the remaining items and will respond separately.

        Kelly Broussard
        FOIA Coordinator, Southeast Regional Office
        NOAA Fisheries
    """))


@msg('fwc-govqa-ack-html', '2026-10-05 10:12 -0400', 'REQ-016', 'acknowledgment',
     'GovQA HTML-only acknowledgment for the Apalachicola closure request, P004630-100526; no Florida deadline, so no due',
     tracking='P004630-100526', clock='received_on_sent_date', signals=['plus', 'tracking-new', 'subject'])
def _():
    hd = [('From', 'FWC Public Records Center <floridafwc@mycusthelp.net>'),
          ('To', 'records+req-016@coastdesk.example.org'),
          ('Subject', 'Florida Fish and Wildlife Conservation Commission Public Records Request :: P004630-100526'),
          ('Date', fmt_date('2026-10-05 10:12 -0400')),
          ('Message-ID', '<%s@mycusthelp.net>' % h('b11', 32))]
    html = dedent("""
        <html><body style="font-family:Arial;font-size:13px">
        <p>Dear Records Desk,</p>
        <p>Thank you for your interest in public records of the Florida Fish and Wildlife Conservation Commission. Your request has been received and is being processed in accordance with Chapter 119, Florida Statutes.</p>
        <p>Your request was received on 10/5/2026 and given the reference number <b>P004630-100526</b> for tracking purposes.</p>
        <p><b>Record(s) Requested:</b> Staff legal analyses, memoranda and litigation-related communications concerning the extension of the Apalachicola Bay oyster harvest closure, January 2025 to present.</p>
        <p>The Commission will respond within a reasonable time. You can monitor the progress of your request at the link below.</p>
        <p><a href="https://myfwc.mycusthelp.com/WEBAPP/_rs/(S(vq2pxk4hfgjpb1))/RequestLogin.aspx">Public Records Center</a></p>
        <p>Florida Fish and Wildlife Conservation Commission<br>Records Management Liaison Office</p>
        </body></html>
    """)
    return simple(hd, html, 'html')


@msg('bsee-feewaiver-partial', '2026-10-06 14:55 -0400', 'REQ-006', 'fee_estimate',
     'BSEE grants the fee waiver in part (INCs) and denies it for the BOP inspection reports; $583.50 duplication estimate needs our written agreement; letter in PDF',
     tracking='DOI-BSEE-2026-001044', signals=['thread', 'plus', 'tracking'])
def _():
    hd = [('From', 'Denise Arceneaux <denise.arceneaux@bsee.gov>'),
          ('To', 'Records Desk <records+req-006@coastdesk.example.org>'),
          ('Cc', 'BSEE FOIA <bseefoia@bsee.gov>'),
          ('Subject', 'Re: [EXTERNAL] ' + subj('REQ-006')), ('Date', fmt_date('2026-10-06 14:55 -0400')),
          ('Message-ID', '<CAN0%s@mail.gmail.com>' % h('b12', 22)),
          ('In-Reply-To', '<CAN0%s@mail.gmail.com>' % h('a7', 22)),
          ('References', rmid('REQ-006') + ' <CAN0%s@mail.gmail.com>' % h('a7', 22))] + gmail_hdrs('b12')
    letter = [
        '**United States Department of the Interior',
        '**BUREAU OF SAFETY AND ENVIRONMENTAL ENFORCEMENT',
        'FOIA Office  -  45600 Woodland Road  -  Sterling, VA 20166',
        '',
        'October 6, 2026',
        '',
        'Records Desk, The Gulf Ledger',
        'records+req-006@coastdesk.example.org',
        '',
        'Re: FOIA Request DOI-BSEE-2026-001044 - Fee Waiver Determination and Fee Estimate',
        '',
        'Dear Requester:',
        '',
        'We have considered your request for a fee waiver under 43 CFR 2.45 through 2.48.',
        '',
        'Item 1 (Incidents of Noncompliance, Jan. 2025 - Aug. 2026): GRANTED. Disclosure of the INC',
        'forms and penalty referrals is likely to contribute significantly to public understanding',
        'of BSEE enforcement operations, and you have shown the ability to disseminate them.',
        '',
        'Item 2 (BOP inspection reports, Mississippi Canyon and Green Canyon): DENIED. Summary',
        'inspection and INC data for these areas are already posted in the BSEE Data Center, so',
        'release of the underlying paper reports is not likely to add significantly to public',
        'understanding beyond what is available.',
        '',
        'As a representative of the news media you are charged only for duplication, after the',
        'first 100 pages. Item 2 consists of about 3,990 pages of scanned inspection packets:',
        '',
        '    Duplication (scanning)   3,890 billable pages x $0.15 ......... $583.50',
        '',
        'Please tell us in writing within 20 workdays whether you agree to pay up to $583.50, or',
        'whether you wish to narrow Item 2. Processing of Item 2 is on hold until we hear from you;',
        'if we do not, we will close Item 2. Item 1 continues to be processed.',
        '',
        'You may appeal the partial denial of the fee waiver to the Department of the Interior',
        'FOIA/Privacy Act Appeals Office, 1849 C Street NW, MS-6556, Washington, DC 20240,',
        'FOIA.Appeals@sol.doi.gov.',
        '',
        'Sincerely,',
        'Denise Arceneaux, Government Information Specialist',
    ]
    data = letter_pdf(letter, title='Fee Waiver Determination')
    txt = dedent("""
        Good afternoon,

        Attached is our determination on your fee waiver request and a fee
        estimate for the second part of your request. Please read it and let me
        know how you would like to proceed.

        Denise Arceneaux
        BSEE FOIA Office
    """)
    ct, body = multipart('mixed', [text_part(txt), attach_part(data, 'DOI-BSEE-2026-001044 Fee Waiver Determination.pdf')],
                         '0000000000004e%s' % h('b12b', 14))
    return message(hd, ct, body)


@msg('fwd-glo-itemized-statement', '2026-10-06 17:25 -0500', 'REQ-014', 'fee_estimate',
     'colleague forwards the GLO 552.2615 itemized statement ($108.00) that went to her directly; we must accept, modify or withdraw within 10 business days',
     tracking='PIR 26-1187', signals=['tracking', 'subject'])
def _():
    hd = [('From', 'Marisol Batiste <mbatiste@coastdesk.example.org>'),
          ('To', 'records@coastdesk.example.org'),
          ('Subject', 'Fwd: PIR 26-1187 - Itemized Statement of Estimated Charges'),
          ('Date', fmt_date('2026-10-06 17:25 -0500')),
          ('Message-ID', '<CAHm%s@mail.gmail.com>' % h('b13', 22))]
    return simple(hd, dedent("""
        GLO sent this to me instead of the desk (I was cc'd on the original
        request). $108 seems fine to me - can someone answer them in writing
        before the 10 days run out? I'm on the Galveston story all week.

        Marisol

        ---------- Forwarded message ---------
        From: PIA Legal <PIALegal@glo.texas.gov>
        Date: Tue, Oct 6, 2026 at 3:48 PM
        Subject: PIR 26-1187 - Itemized Statement of Estimated Charges
        To: Marisol Batiste <mbatiste@coastdesk.example.org>


        Dear Requestor:

        Your request for public information (PIR 26-1187) will result in the
        imposition of a charge that exceeds $40. Under Tex. Gov't Code
        § 552.2615, this itemized statement lists the estimated charges:

            Personnel (locating, compiling,   6.0 hrs x $15.00    $ 90.00
              manipulating data)
            Overhead (20% of personnel)                           $ 18.00
            Electronic copies (PDF by email)                      $  0.00
                                                                  -------
            Total estimated charges                               $108.00

        This request will be considered automatically withdrawn unless you
        respond in writing within 10 business days of the date of this
        statement that you (1) accept the estimated charges, (2) wish to modify
        the request to reduce the charges, or (3) have sent a complaint to the
        Office of the Attorney General alleging that you are being overcharged.
        A less costly alternative is to inspect the records in person at our
        Austin office.

        Public Information Office
        Texas General Land Office
    """))


@msg('cpra-no-records', '2026-10-07 10:20 -0500', 'REQ-010', 'no_records',
     'CPRA found no change orders for the Caminada back-barrier marsh project (administered by the parish); LA has no appeal days, appeal_due null',
     tracking='PRR-26-0208', adverse=True, signals=['thread', 'plus', 'tracking'])
def _():
    topic = subj('REQ-010')
    hd = [('From', 'CPRA Public Records <cpra.publicrecords@la.gov>'),
          ('To', 'Records Desk <records+req-010@coastdesk.example.org>'),
          ('Subject', 'RE: ' + topic), ('Date', fmt_date('2026-10-07 10:20 -0500')),
          ('Message-ID', '<MN2PR01MB%s@MN2PR01MB5210.prod.exchangelabs.com>' % h('b14', 12).upper()),
          ('In-Reply-To', '<MN2PR01MB%s@MN2PR01MB5210.prod.exchangelabs.com>' % h('b9', 12).upper()),
          ('References', '<req-010.20261001.2@coastdesk.example.org> <MN2PR01MB%s@MN2PR01MB5210.prod.exchangelabs.com>' % h('b9', 12).upper())] + outlook_hdrs('b14', topic)
    return simple(hd, dedent("""
        Good morning,

        Re: PRR-26-0208

        After a search of the contract management system and the files of the
        Engineering and Program Management divisions, CPRA has no records
        responsive to your request. The back-barrier marsh creation work at
        Caminada Headland that you describe was let and managed by the Lafourche
        Parish Coastal Zone Management office under a cooperative endeavor
        agreement, and CPRA did not issue or approve change orders for it.

        The parish may have the records you are looking for. This completes
        CPRA's response to PRR-26-0208.

        CPRA Public Records
        Coastal Protection and Restoration Authority
    """))


@msg('al-dcnr-clarify', '2026-10-07 15:05 -0500', 'REQ-013', 'clarification',
     'DCNR Marine Resources asks which Snapper Check fields and which memos; warns the request will be treated as abandoned without an answer in 15 business days',
     tracking='ORR-2026-088', signals=['tracking', 'subject'])
def _():
    topic = 'ORR-2026-088 - Request for Clarification'
    hd = [('From', 'Whitney Haddock <whitney.haddock@dcnr.alabama.gov>'),
          ('To', 'records@coastdesk.example.org'),
          ('Cc', 'DCNR Open Records <dcnr.openrecords@dcnr.alabama.gov>'),
          ('Subject', topic), ('Date', fmt_date('2026-10-07 15:05 -0500')),
          ('Message-ID', '<CH3PR09MB%s@CH3PR09MB7784.namprd09.prod.outlook.com>' % h('b15', 12).upper())] + outlook_hdrs('b15', topic)
    return simple(hd, dedent("""
        Good afternoon,

        I work in the Marine Resources Division in Dauphin Island and have your
        open records request ORR-2026-088.

        Snapper Check reports are filed by individual anglers and charter
        captains and contain names, phone numbers, vessel registration numbers
        and home addresses, which we do not release. So we can give you what
        you need, please tell us:

          a) which data fields you want (for example: trip date, landing county,
             vessel type, number of red snapper kept and released), and whether
             daily totals would meet your needs instead of individual reports;
             and
          b) whether "closure memos" means only the 2026 season closure notice
             and the internal memoranda recommending it, or also emails among
             staff and with NOAA Fisheries.

        If we do not hear from you within fifteen (15) business days, we will
        consider the request abandoned and close it.

        Whitney Haddock
        Marine Resources Division
        Alabama Department of Conservation and Natural Resources
        251-861-2882
    """))
