"""Messages of November 2026 to January 2027."""
from common import *  # noqa


@msg('bsee-pal-url-only', '2026-11-04 05:10 -0500', 'REQ-006', 'portal_notice',
     'same vendor PAL address as the USGS notice; only the URL (foia-pal.bsee.gov) names the agency; one BSEE request is open',
     signals=['url'])
def _():
    hd = [('From', 'PAL Notification <no-reply@pal.foiaxpress.net>'),
          ('To', 'records@coastdesk.example.org'),
          ('Subject', 'Request Status Update'),
          ('Date', fmt_date('2026-11-04 05:10 -0500')),
          ('Message-ID', '<%s@pal.foiaxpress.net>' % h('d1', 28))]
    return simple(hd, dedent("""
        Hello,

        The status of a request associated with your account has been updated.

        Current status: Records Search Complete - In Review

        To view details, sign in at:
        https://foia-pal.bsee.gov/app/CheckStatus.aspx

        *** This mailbox is not monitored. ***
    """))


@msg('usace-final-spillway-html', '2026-11-05 13:30 -0600', 'REQ-008', 'records_final',
     'USACE final response (HTML only) releasing the Bonnet Carre Spillway operations records in full; no fees',
     tracking='FA-26-0191', signals=['tracking', 'subject'])
def _():
    topic = 'FA-26-0191 Final Response - Bonnet Carre Spillway 2026 Operations Records'
    hd = [('From', 'FOIA-MVN <foia-mvn@usace.army.mil>'),
          ('To', 'records@coastdesk.example.org'),
          ('Subject', topic), ('Date', fmt_date('2026-11-05 13:30 -0600')),
          ('Message-ID', '<SA1PR09MB%s@SA1PR09MB8163.namprd09.prod.outlook.com>' % h('d2', 12).upper())] + outlook_hdrs('d2', topic, attach=True)
    html = dedent("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Records Desk<br>The Gulf Ledger</p>
        <p>SUBJECT: Freedom of Information Act Request FA-26-0191</p>
        <p>This is the final response to your request received September 16, 2026, for records of the operation of the Bonnet Carr&eacute; Spillway during its 2026 opening.</p>
        <p>A search of the files of the Operations Division, Water Management Section and the Bonnet Carr&eacute; Spillway project office located the following records, which are enclosed and released in full:</p>
        <ol>
        <li>Daily bay operation logs, March 18 &ndash; April 29, 2026 (43 pages);</li>
        <li>Daily discharge measurements at the structure and at Tarbert Landing (12 pages);</li>
        <li>The Mississippi Valley Division operations decision memorandum and approval of March 16, 2026 (7 pages).</li>
        </ol>
        <p>No information has been withheld. Because fewer than 100 pages were produced, there is no charge.</p>
        <p>This completes the processing of your request. If you have questions, contact this office at foia-mvn@usace.army.mil.</p>
        <p>Office of Counsel (FOIA)<br>U.S. Army Corps of Engineers, New Orleans District</p>
        </div></body></html>
    """)
    records = letter_pdf(['**BONNET CARRE SPILLWAY - DAILY BAY OPERATION LOG (EXCERPT)',
                          'Released under FOIA FA-26-0191',
                          '',
                          'Date        Bays open   Bays opened today   Est. flow (cfs)',
                          '03/18/2026      20            20               38,000',
                          '03/19/2026      44            24               84,000',
                          '03/20/2026      70            26              131,000',
                          '04/29/2026       0             -                    0  (all bays closed)'],
                         title='FA-26-0191 Records')
    inner_ct, inner = multipart('related', [text_part(html, 'html')], '_005_rel_%s' % h('d2r', 10))
    ct, body = multipart('mixed', ['Content-Type: ' + inner_ct + '\n\n' + inner,
                                   attach_part(records, 'FA-26-0191_Release_Package.pdf')], '_006_SA1PR09MB%s_' % h('d2b', 10).upper())
    return message(hd, ct, body)


@msg('al-dcnr-closed-nonresponse', '2026-11-09 09:20 -0600', 'REQ-013', 'denial',
     'closure for non-response: DCNR treats ORR-2026-088 as abandoned after no answer to its Oct 7 clarification; labeled denial (request closed without records); AL has no appeal days, appeal_due null',
     tracking='ORR-2026-088', adverse=True, signals=['tracking', 'subject'])
def _():
    topic = 'ORR-2026-088 - Request Closed'
    prev = '<CH3PR09MB%s@CH3PR09MB7784.namprd09.prod.outlook.com>' % h('b15', 12).upper()
    hd = [('From', 'Whitney Haddock <whitney.haddock@dcnr.alabama.gov>'),
          ('To', 'records@coastdesk.example.org'),
          ('Cc', 'DCNR Open Records <dcnr.openrecords@dcnr.alabama.gov>'),
          ('Subject', topic), ('Date', fmt_date('2026-11-09 09:20 -0600')),
          ('Message-ID', '<CH3PR09MB%s@CH3PR09MB7784.namprd09.prod.outlook.com>' % h('d3', 12).upper()),
          ('In-Reply-To', prev), ('References', prev)] + outlook_hdrs('d3', topic)
    return simple(hd, dedent("""
        Good morning,

        On October 7, 2026, we asked you to clarify open records request
        ORR-2026-088 (Snapper Check reporting data and 2026 red snapper season
        closure memoranda). We have not received a response.

        As stated in that message, the Department now considers the request
        abandoned, and it has been closed. No records will be produced under
        ORR-2026-088. You are welcome to submit a new request at any time; if
        you do, please include the clarifications described in our October 7
        email.

        Whitney Haddock
        Marine Resources Division
        Alabama Department of Conservation and Natural Resources
    """))


@msg('glo-interim-installment1', '2026-11-12 16:02 -0600', 'REQ-014', 'records_interim',
     'GLO first installment (CEPRA cost summaries, PDF); the Beryl contracts to follow by Dec 11',
     tracking='PIR 26-1187', estimated='2026-12-11', signals=['plus', 'tracking', 'subject'])
def _():
    topic = 'PIR 26-1187 - Partial Release (Installment 1 of 2)'
    hd = [('From', 'PIA Legal <PIALegal@glo.texas.gov>'),
          ('To', 'Records Desk <records+req-014@coastdesk.example.org>'),
          ('Subject', topic), ('Date', fmt_date('2026-11-12 16:02 -0600')),
          ('Message-ID', '<DM6PR09MB%s@DM6PR09MB4428.namprd09.prod.outlook.com>' % h('d4', 12).upper())] + outlook_hdrs('d4', topic, attach=True)
    summary = letter_pdf(['**TEXAS GENERAL LAND OFFICE - COASTAL RESOURCES',
                          'CEPRA Beach Nourishment Projects - Cost Summary, FY2023-FY2026',
                          'Produced in response to PIR 26-1187 (Installment 1)',
                          '',
                          'Cycle  Project                                   County      Total cost     GLO share',
                          '13     Babe\'s Beach nourishment                   Galveston   $ 9,842,110    $ 5,905,266',
                          '13     Galveston Seawall beach nourishment       Galveston   $21,306,540    $12,783,924',
                          '14     Surfside Beach dune restoration           Brazoria    $ 3,118,775    $ 2,183,142',
                          '14     Treasure Island shoreline protection     Brazoria    $ 1,964,300    $ 1,375,010'],
                         title='CEPRA Cost Summary')
    txt = dedent("""
        Dear Requestor:

        Attached is the first installment of information responsive to
        PIR 26-1187: the CEPRA project cost summaries for Galveston and Brazoria
        counties, fiscal years 2023 through 2026 (item 1 of your request).

        The Hurricane Beryl dune repair contracts and change orders (item 2)
        are still being compiled. As discussed with your office by phone, the
        GLO will release the remaining information on or before December 11,
        2026.

        Public Information Office
        Texas General Land Office
    """)
    ct, body = multipart('mixed', [text_part(txt), attach_part(summary, 'PIR 26-1187 Installment 1 - CEPRA Cost Summary.pdf')],
                         '_007_DM6PR09MB%s_' % h('d4b', 10).upper())
    return message(hd, ct, body)


@msg('fwc-govqa-installment1', '2026-11-16 11:20 -0500', 'REQ-015', 'records_interim',
     'GovQA (HTML only): first installment of red tide records released in the portal; more to follow as they are reviewed',
     tracking='P004521-092826', signals=['plus', 'tracking'])
def _():
    hd = [('From', 'FWC Public Records Center <floridafwc@mycusthelp.net>'),
          ('To', 'records+req-015@coastdesk.example.org'),
          ('Subject', 'Public Records Request :: P004521-092826 - Records Released (Installment 1)'),
          ('Date', fmt_date('2026-11-16 11:20 -0500')),
          ('Message-ID', '<%s@mycusthelp.net>' % h('d5', 32))]
    return simple(hd, dedent("""
        <html><body style="font-family:Arial;font-size:13px">
        <p>Dear Records Desk,</p>
        <p>Thank you for your deposit. The first installment of records responsive to public records request <b>P004521-092826</b> has been released and is available in the Public Records Center:</p>
        <ul>
        <li>FWC Fish Kill Hotline reports, Charlotte, Lee, Collier and Sarasota counties, January&ndash;June 2026 (spreadsheet)</li>
        <li>FWRI <i>Karenia brevis</i> sampling results, January&ndash;June 2026 (spreadsheet)</li>
        </ul>
        <p>Remaining records, including incident situation reports and July&ndash;December 2026 data, will be released in additional installments as their review is completed.</p>
        <p><a href="https://myfwc.mycusthelp.com/WEBAPP/_rs/(S(vq2pxk4hfgjpb1))/RequestLogin.aspx">Log in to download your records</a></p>
        <p>Records Management Liaison Office<br>Florida Fish and Wildlife Conservation Commission</p>
        </body></html>
    """), 'html')


USACE_INTERIM_MID = '<SA1PR09MB%s@SA1PR09MB8163.namprd09.prod.outlook.com>' % h('d6', 12).upper()


@msg('usace-interim-dodsafe-links', '2026-11-19 10:15 -0600', 'REQ-007', 'records_interim',
     'USACE first interim release whose records are only DoD SAFE pickup links (file-sharing site), no attachments',
     tracking='FA-26-0187', signals=['plus', 'tracking', 'subject'])
def _():
    topic = 'FA-26-0187 Interim Release #1'
    hd = [('From', '"Guidry, Renee M CIV USARMY CEMVN (USA)" <Renee.M.Guidry@usace.army.mil>'),
          ('To', 'Records Desk <records+req-007@coastdesk.example.org>'),
          ('CC', 'FOIA-MVN <foia-mvn@usace.army.mil>'),
          ('Subject', topic), ('Date', fmt_date('2026-11-19 10:15 -0600')),
          ('Message-ID', USACE_INTERIM_MID)] + outlook_hdrs('d6', topic)
    return simple(hd, dedent("""
        Good morning,

        The first interim release for FOIA request FA-26-0187 is ready. The
        records are too large to email, so they have been posted to DoD SAFE,
        the DoD secure file exchange. Use the link below; no CAC is needed.

        Package 1 - Contract W912P8-25-C-0031 (saltwater sill) and
        modifications P00001 through P00003, 388 pages:

        https://safe.apps.mil/pickup.php?claimID=Xq4bT9mWkP2dRz7L&claimPasscode=hV8nC3sYe6JfQw2u&emailAddr=records%2Breq-007%40coastdesk.example.org

        The package will be deleted after 14 days (December 3, 2026). Pricing
        in the bid schedule is still under review with the contractor and is
        not included in this release. We will continue to release records as
        they are processed.

        V/r,
        Renee Guidry
        FOIA/Privacy Act Specialist
        Office of Counsel, New Orleans District
    """))


@msg('usace-interim-selfreply', '2026-11-19 11:02 -0600', 'REQ-007', 'records_interim',
     'USACE replies to its own interim-release message (In-Reply-To is the agency message) with a second DoD SAFE package',
     tracking='FA-26-0187', signals=['plus', 'tracking', 'subject'])
def _():
    topic = 'FA-26-0187 Interim Release #1'
    hd = [('From', '"Guidry, Renee M CIV USARMY CEMVN (USA)" <Renee.M.Guidry@usace.army.mil>'),
          ('To', 'Records Desk <records+req-007@coastdesk.example.org>'),
          ('CC', 'FOIA-MVN <foia-mvn@usace.army.mil>'),
          ('Subject', 'RE: ' + topic), ('Date', fmt_date('2026-11-19 11:02 -0600')),
          ('Message-ID', '<SA1PR09MB%s@SA1PR09MB8163.namprd09.prod.outlook.com>' % h('d7', 12).upper()),
          ('In-Reply-To', USACE_INTERIM_MID), ('References', USACE_INTERIM_MID)] + outlook_hdrs('d7', topic)
    return simple(hd, dedent("""
        One more - DoD SAFE split the upload. The daily construction quality
        control reports for January through March 2026 (214 pages) are in a
        second package:

        https://safe.apps.mil/pickup.php?claimID=Lm8sW2nRbY5cTk3J&claimPasscode=pA7dF4gHx9KzV2mE&emailAddr=records%2Breq-007%40coastdesk.example.org

        Same 14-day expiration.

        Renee

        ________________________________
        From: Guidry, Renee M CIV USARMY CEMVN (USA)
        Sent: Thursday, November 19, 2026 10:15 AM
        To: Records Desk <records+req-007@coastdesk.example.org>
        Cc: FOIA-MVN <foia-mvn@usace.army.mil>
        Subject: FA-26-0187 Interim Release #1

        Good morning,

        The first interim release for FOIA request FA-26-0187 is ready. The
        records are too large to email, so they have been posted to DoD SAFE
        [...]
    """))


@msg('ms-dmr-ooo-thanksgiving', '2026-11-25 12:00 -0600', 'REQ-011', 'auto_reply',
     'MDMR public records officer Thanksgiving out-of-office reply to our payment note; References carry our request Message-ID',
     tracking='PR 26-117', signals=['thread', 'tracking'])
def _():
    topic = 'Automatic reply: PR 26-117 payment mailed'
    hd = [('From', 'Jolene Ladner <jolene.ladner@dmr.ms.gov>'),
          ('To', 'Records Desk <records@coastdesk.example.org>'),
          ('Subject', topic), ('Date', fmt_date('2026-11-25 12:00 -0600')),
          ('Message-ID', '<BN8PR11MB%s@BN8PR11MB3571.namprd11.prod.outlook.com>' % h('d8', 12).upper()),
          ('In-Reply-To', '<records-reply-011.20261125@coastdesk.example.org>'),
          ('References', rmid('REQ-011') + ' ' + MDMR_FEE_MID_REF + ' <records-reply-011.20261125@coastdesk.example.org>'),
          ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')] + outlook_hdrs('d8', topic)
    return simple(hd, dedent("""
        I am out of the office for the Thanksgiving holiday and will return on
        Monday, November 30. For public records matters in my absence, please
        write to publicrecords@dmr.ms.gov.

        Jolene Ladner
        Public Records Officer, MDMR
    """))


MDMR_FEE_MID_REF = '<BN8PR11MB%s@BN8PR11MB3571.namprd11.prod.outlook.com>' % h('c3', 12).upper()


@msg('noaa-hurricane-season-release', '2026-12-01 10:00 -0500', None, 'other',
     'NOAA press release list mail on the end of the 2026 Atlantic hurricane season (hurricane hunters, radars); not a reply to any request',
     signals=['none'])
def _():
    hd = [('From', 'NOAA <noaa@public.govdelivery.com>'),
          ('To', 'records@coastdesk.example.org'),
          ('Subject', 'News release: Busy 2026 Atlantic hurricane season comes to an end'),
          ('Date', fmt_date('2026-12-01 10:00 -0500')),
          ('Message-ID', '<20261201150000.%s@public.govdelivery.com>' % h('d9', 10)),
          ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USNOAA/subscriber/edit?preferences=true>'),
          ('Precedence', 'bulk'), ('X-Accountcode', 'USNOAA_1')]
    txt = dedent("""
        NOAA News Release
        December 1, 2026

        Busy 2026 Atlantic hurricane season comes to an end

        The 2026 Atlantic hurricane season officially ended November 30 with 17
        named storms, 8 hurricanes and 4 major hurricanes, close to the range in
        NOAA's May outlook. Three hurricanes made landfall on the U.S. Gulf
        coast.

        NOAA's Hurricane Hunters flew 96 reconnaissance missions from Lakeland,
        Florida, and forward bases, and the National Weather Service's network
        of WSR-88D radars tracked each landfall. "Timely and accurate forecasts
        saved lives this year," NOAA's administrator said.

        The National Hurricane Center will publish tropical cyclone reports for
        each storm in the coming months. The 2027 season begins June 1.

        Media contact: NOAA Public Affairs, 202-482-6090

        ---
        You are subscribed to NOAA News Releases. Manage your subscriptions or
        unsubscribe at any time. This service is provided to you at no charge by
        the National Oceanic and Atmospheric Administration.
    """)
    html = '<html><body style="font-family:Arial,sans-serif;font-size:14px;max-width:600px"><img src="https://content.govdelivery.com/attachments/USNOAA/2026/12/01/noaa_logo.png" alt="NOAA" width="120">' + ''.join(
        '<p>%s</p>' % p.replace('\n', ' ') for p in txt.strip().split('\n\n')) + '</body></html>\n'
    ct, body = multipart('alternative', [text_part(txt), text_part(html, 'html')], '----=_Part_4412098_%s' % h('d9b', 10))
    return message(hd, ct, body)


@msg('ms-dmr-final', '2026-12-02 14:45 -0600', 'REQ-011', 'records_final',
     'MDMR releases the cultch contracts and invoices in full after payment (number written "PR26-117" without the space)',
     tracking='PR26-117', signals=['plus', 'tracking', 'subject'])
def _():
    topic = 'PR26-117 Records'
    hd = [('From', 'Jolene Ladner <jolene.ladner@dmr.ms.gov>'),
          ('To', 'records+req-011@coastdesk.example.org'),
          ('Cc', 'MDMR Public Records <publicrecords@dmr.ms.gov>'),
          ('Subject', topic), ('Date', fmt_date('2026-12-02 14:45 -0600')),
          ('Message-ID', '<BN8PR11MB%s@BN8PR11MB3571.namprd11.prod.outlook.com>' % h('d10', 12).upper())] + outlook_hdrs('d10', topic, attach=True)
    rec = letter_pdf(['**MISSISSIPPI DEPARTMENT OF MARINE RESOURCES - PR26-117',
                      'Index of records produced',
                      '',
                      '1. Contract 26-SB-004, limestone cultch supply and placement (Western Sound), 41 pp.',
                      '2. Contract 25-SB-019, crushed concrete cultch, Pass Marianne reef, 38 pp.',
                      '3. Purchase orders and amendments, 17 pp.',
                      '4. Delivery tickets and invoices, Jan. 2025 - Aug. 2026 (scanned), 222 pp.'],
                     title='PR26-117 Index')
    txt = dedent("""
        Good afternoon,

        Your payment of $219.60 (check no. 4471) was received on November 30.
        Attached is the index of the records, and the contract files, purchase
        orders and invoices responsive to PR26-117 are attached as one PDF. No
        records were withheld.

        This completes your request.

        Jolene Ladner
        Public Records Officer
        Mississippi Department of Marine Resources
    """)
    ct, body = multipart('mixed', [text_part(txt), attach_part(rec, 'PR26-117 Records Index.pdf')],
                         '_008_BN8PR11MB%s_' % h('d10b', 10).upper())
    return message(hd, ct, body)


@msg('noaa-final-b6', '2026-12-03 11:00 -0500', 'REQ-001', 'records_final',
     'NOAA final response letter (PDF) for the narrowed radar and staffing request; names of applicants withheld under (b)(6); federal appeal 90 days',
     tracking='DOC-NOAA-2026-001742', adverse=True, signals=['plus', 'tracking', 'subject'])
def _():
    hd = [('From', 'NOAA FOIA <foia@noaa.gov>'),
          ('To', 'records+req-001@coastdesk.example.org'),
          ('Subject', 'Final Response - DOC-NOAA-2026-001742'),
          ('Date', fmt_date('2026-12-03 11:00 -0500')),
          ('Message-ID', '<CAKv7%s@mail.gmail.com>' % h('d11', 20))] + gmail_hdrs('d11')
    letter = [
        '**UNITED STATES DEPARTMENT OF COMMERCE',
        'National Oceanic and Atmospheric Administration',
        'Silver Spring, Maryland 20910',
        '',
        'December 3, 2026',
        '',
        'Records Desk, The Gulf Ledger',
        '',
        'Re: FOIA Request DOC-NOAA-2026-001742',
        '',
        'Dear Requester:',
        '',
        'This is the final response of the National Weather Service to your FOIA request, as narrowed',
        'in your email of September 30, 2026, for (1) Radar Operations Center trouble tickets for',
        'outages longer than six hours at KLIX, KLCH, KMOB and KHGX from January 1, 2025, and',
        '(2) authorized and filled positions at the New Orleans/Baton Rouge, Lake Charles,',
        'Mobile/Pensacola and Houston/Galveston forecast offices for 2025 and 2026.',
        '',
        'We located 63 trouble tickets (71 pages) and 4 staffing spreadsheets. The trouble tickets',
        'are released in full. The staffing spreadsheets are released in part: the names of',
        'applicants for vacant positions are withheld under Exemption 6, 5 U.S.C. 552(b)(6), because',
        'their release would be a clearly unwarranted invasion of personal privacy.',
        '',
        'You may appeal this response within 90 calendar days of the date of this letter. Address',
        'the appeal to the Assistant General Counsel for Employment, Litigation, and Information,',
        'U.S. Department of Commerce, Room 5898-C, 1401 Constitution Avenue NW, Washington, DC 20230,',
        'or email FOIAAppeals@doc.gov, with "Freedom of Information Act Appeal" in the subject.',
        '',
        'For further assistance you may contact the NOAA FOIA Public Liaison at 301-628-5658, or the',
        'Office of Government Information Services (OGIS) at ogis@nara.gov or 1-877-684-6448.',
        '',
        'No fees were charged.',
        '',
        'Sincerely,',
        'Lorraine Okafor, Government Information Specialist, for the NOAA FOIA Officer',
    ]
    data = letter_pdf(letter, title='Final Response DOC-NOAA-2026-001742')
    csv = dedent("""
        ticket,radar,start_utc,end_utc,hours,cause
        ROC-25-01187,KLIX,2025-03-02T14:10,2025-03-03T09:45,19.6,pedestal bull gear failure
        ROC-25-02241,KLCH,2025-06-19T02:30,2025-06-19T11:05,8.6,commercial power loss; generator fault
        ROC-26-00412,KMOB,2026-08-27T21:15,2026-08-29T16:40,43.4,lightning strike; transmitter
    """).encode()
    txt = 'Please see the attached final response letter and released records.\n\nNOAA FOIA Office\n'
    ct, body = multipart('mixed', [text_part(txt), attach_part(data, 'DOC-NOAA-2026-001742_Final_Response.pdf'),
                                   attach_part(csv, 'ROC_trouble_tickets_over_6h.csv', 'text/csv')],
                         '000000000000c4%s' % h('d11b', 14))
    return message(hd, ct, body)


@msg('glo-final-installment', '2026-12-10 15:30 -0600', 'REQ-014', 'records_final',
     'GLO final installment: Beryl dune contracts released with bank account numbers redacted under 552.136; Brazoria subrecipient contracts not held; TX has no appeal days, appeal_due null',
     tracking='PIR 26-1187', adverse=True, signals=['plus', 'tracking', 'subject'])
def _():
    topic = 'PIR 26-1187 - Final Installment'
    hd = [('From', 'PIA Legal <PIALegal@glo.texas.gov>'),
          ('To', 'Records Desk <records+req-014@coastdesk.example.org>'),
          ('Subject', topic), ('Date', fmt_date('2026-12-10 15:30 -0600')),
          ('Message-ID', '<DM6PR09MB%s@DM6PR09MB4428.namprd09.prod.outlook.com>' % h('d12', 12).upper())] + outlook_hdrs('d12', topic, attach=True)
    rec = letter_pdf(['**TEXAS GENERAL LAND OFFICE - PIR 26-1187 (Installment 2)',
                      'Hurricane Beryl dune repair - contracts and change orders (Galveston County)',
                      '',
                      'Contract 24-118-000-E402  Dune restoration, West End (Galveston)   $4,212,880',
                      '  Change order 1 (additional sand volume)                          $  611,400',
                      '  Change order 2 (time extension, no cost)                         $        0',
                      'Vendor remittance account: [REDACTED - Tex. Gov\'t Code 552.136]'],
                     title='PIR 26-1187 Installment 2')
    txt = dedent("""
        Dear Requestor:

        Attached is the second and final installment of information responsive
        to PIR 26-1187: the contracts and change orders for Hurricane Beryl dune
        repair in Galveston County administered by the GLO.

        Bank account and routing numbers in the vendor payment pages have been
        redacted under Tex. Gov't Code § 552.136, which the GLO may do without
        requesting a decision from the Attorney General. You may ask the
        Attorney General to review that redaction under § 552.136(e).

        The dune repair work in Brazoria County was contracted by the county
        as a subrecipient; the GLO does not hold those contracts. You may wish
        to contact Brazoria County.

        Your payment of $108.00 was received. This request is now closed.

        Public Information Office
        Texas General Land Office
    """)
    ct, body = multipart('mixed', [text_part(txt), attach_part(rec, 'PIR 26-1187 Installment 2 - Beryl Contracts.pdf')],
                         '_009_DM6PR09MB%s_' % h('d12b', 10).upper())
    return message(hd, ct, body)


@msg('usgs-final-csv', '2026-12-15 09:40 -0500', 'REQ-005', 'records_final',
     'USGS final release in full after payment: station list CSV attached, decision records at a download link; no withholdings',
     tracking='DOI-USGS-2026-000872', signals=['plus', 'tracking'])
def _():
    hd = [('From', 'Caleb Pruitt <cpruitt@usgs.gov>'),
          ('To', 'records+req-005@coastdesk.example.org'), ('Cc', 'USGS FOIA <foia@usgs.gov>'),
          ('Subject', 'Records - your streamgage FOIA request'),
          ('Date', fmt_date('2026-12-15 09:40 -0500')),
          ('Message-ID', '<CAB8%s@mail.gmail.com>' % h('d13', 22))] + gmail_hdrs('d13')
    csv = dedent("""
        site_no,station_name,state,change,effective_date,funding_partner
        07374525,Mississippi River at Belle Chasse,LA,converted to partial-record,2025-10-01,USACE
        07381590,Wax Lake Outlet at Calumet,LA,discontinued,2025-10-01,LA DOTD
        02479560,Escatawpa River near Agricola,MS,discontinued,2026-04-01,MS DEQ
        02471078,Fowl River at Half-Mile Road near Laurendine,AL,discontinued,2025-10-01,Mobile County
    """).encode()
    txt = dedent("""
        Hello,

        Thanks for your payment of $337.50. Attached is the final release for
        DOI-USGS-2026-000872:

        - USGS_streamgage_status_changes_LA_MS_AL_FY25-26.csv (42 stations)
        - The decision records from the three water science center offices
          (2,350 pages) are too large to email and can be downloaded here for
          30 days: https://doi-usgs.box.com/s/7qk2m0x9fzr1aw4t

        All records are released in full; nothing was withheld. This completes
        your request. If you have any questions, you can reach me at
        703-648-7197.

        Caleb Pruitt
        Bureau FOIA Officer, U.S. Geological Survey
    """)
    ct, body = multipart('mixed', [text_part(txt), attach_part(csv, 'USGS_streamgage_status_changes_LA_MS_AL_FY25-26.csv', 'text/csv')],
                         '000000000000d9%s' % h('d13b', 14))
    return message(hd, ct, body)


@msg('bsee-interim-rolling', '2027-01-08 14:00 -0500', 'REQ-006', 'records_interim',
     'BSEE first monthly rolling release of INC records posted to PAL (names of inspectors withheld under (b)(6)); more releases to follow',
     tracking='DOI-BSEE-2026-001044', signals=['thread', 'plus', 'tracking'])
def _():
    prev = '<CAN0%s@mail.gmail.com>' % h('c11', 22)
    hd = [('From', 'Denise Arceneaux <denise.arceneaux@bsee.gov>'),
          ('To', 'Records Desk <records+req-006@coastdesk.example.org>'),
          ('Cc', 'BSEE FOIA <bseefoia@bsee.gov>'),
          ('Subject', 'Re: [EXTERNAL] Re: [EXTERNAL] ' + subj('REQ-006')), ('Date', fmt_date('2027-01-08 14:00 -0500')),
          ('Message-ID', '<CAN0%s@mail.gmail.com>' % h('d14', 22)),
          ('In-Reply-To', prev), ('References', rmid('REQ-006') + ' ' + prev)] + gmail_hdrs('d14')
    return simple(hd, dedent("""
        Dear Requester,

        BSEE has made its first interim release for DOI-BSEE-2026-001044. The
        release consists of 412 pages of Incidents of Noncompliance issued
        between January and June 2025 (Item 1), and it has been posted to your
        account on the FOIA Public Access Link.

        Names and signatures of individual BSEE inspectors and operator
        employees have been withheld under Exemption 6, 5 U.S.C. 552(b)(6). A
        release letter describing the withholdings and your appeal rights will
        accompany the final release.

        We expect to make the next release in early February. The BOP
        inspection reports (Item 2) are being scanned.

        Respectfully,
        Denise Arceneaux
        BSEE FOIA Office
    """))


@msg('fwc-govqa-completed', '2027-01-11 10:30 -0500', 'REQ-015', 'records_final',
     'GovQA completion notice with substantive text: final installment released, balance settled, request closed; no withholdings',
     tracking='P004521-092826', signals=['plus', 'tracking'])
def _():
    hd = [('From', 'FWC Public Records Center <floridafwc@mycusthelp.net>'),
          ('To', 'records+req-015@coastdesk.example.org'),
          ('Subject', 'Public Records Request :: P004521-092826 - Completed'),
          ('Date', fmt_date('2027-01-11 10:30 -0500')),
          ('Message-ID', '<%s@mycusthelp.net>' % h('d15', 32))]
    return simple(hd, dedent("""
        <html><body style="font-family:Arial;font-size:13px">
        <p>Dear Records Desk,</p>
        <p>The final installment of records responsive to public records request <b>P004521-092826</b> has been released in the Public Records Center. It includes the incident command situation reports for the 2026 Southwest Florida red tide event and Fish Kill Hotline reports and <i>Karenia brevis</i> sampling results for July&ndash;December 2026.</p>
        <p>The actual cost of your request was $436.50. Your deposit of $249.44 and your payment of $187.06 received January 6 have been applied, and no balance is due. All records were provided in full.</p>
        <p>Your request is now closed. Thank you for using the FWC Public Records Center.</p>
        <p><a href="https://myfwc.mycusthelp.com/WEBAPP/_rs/(S(vq2pxk4hfgjpb1))/RequestLogin.aspx">Log in to download your records</a></p>
        <p>Records Management Liaison Office<br>Florida Fish and Wildlife Conservation Commission</p>
        </body></html>
    """), 'html')


@msg('usace-final-b4-pdf', '2027-01-14 15:10 -0600', 'REQ-007', 'records_final',
     'USACE final response letter (PDF, CAUTION banner in the reply body): unit prices withheld under (b)(4) after submitter notice, names under (b)(6); federal appeal 90 days',
     tracking='FA-26-0187', adverse=True, signals=['thread', 'plus', 'tracking'])
def _():
    topic = 'RE: FA-26-0187 Interim Release #1'
    hd = [('From', '"Guidry, Renee M CIV USARMY CEMVN (USA)" <Renee.M.Guidry@usace.army.mil>'),
          ('To', 'Records Desk <records+req-007@coastdesk.example.org>'),
          ('CC', 'FOIA-MVN <foia-mvn@usace.army.mil>'),
          ('Subject', 'RE: [Non-DoD Source] RE: FA-26-0187 Interim Release #1'), ('Date', fmt_date('2027-01-14 15:10 -0600')),
          ('Message-ID', '<SA1PR09MB%s@SA1PR09MB8163.namprd09.prod.outlook.com>' % h('d16', 12).upper()),
          ('In-Reply-To', '<records-reply-007.20270105@coastdesk.example.org>'),
          ('References', rmid('REQ-007') + ' ' + USACE_INTERIM_MID + ' <records-reply-007.20270105@coastdesk.example.org>')] + outlook_hdrs('d16', topic, attach=True)
    letter = [
        '**DEPARTMENT OF THE ARMY',
        'NEW ORLEANS DISTRICT, CORPS OF ENGINEERS',
        '7400 LEAKE AVENUE, NEW ORLEANS, LOUISIANA 70118-3651',
        '',
        'January 14, 2027',
        '',
        'Office of Counsel',
        '',
        'Records Desk, The Gulf Ledger',
        '',
        'RE: FOIA Request FA-26-0187',
        '',
        'Dear Requester:',
        '',
        'This is the final response to your request of September 15, 2026, for the construction',
        'contract and modifications for the Mississippi River saltwater sill near Myrtle Grove and',
        'the construction reports and final quantities and cost summary.',
        '',
        'Interim releases of November 19, 2026 provided 602 pages. With this letter we release the',
        'remaining 311 pages, including modifications P00004 through P00007 and the final quantities',
        'and cost summary, in part.',
        '',
        'After notice to the contractor under Executive Order 12600, the unit prices in the bid',
        'schedule and the contractor\'s cost breakdowns for modifications P00002 and P00005 are',
        'withheld under 5 U.S.C. 552(b)(4) as confidential commercial information. Names, phone',
        'numbers and signatures of contractor employees are withheld under 5 U.S.C. 552(b)(6).',
        'The total contract value and the value of each modification are released.',
        '',
        'You may appeal this partial denial to the Secretary of the Army. Your appeal must be',
        'postmarked or electronically sent within 90 calendar days of the date of this letter and',
        'should be sent through this office (foia-mvn@usace.army.mil), marked "FOIA Appeal."',
        'You may also contact the USACE FOIA Public Liaison, or OGIS at ogis@nara.gov or',
        '1-877-684-6448.',
        '',
        'Fees for this request are waived because they total less than the minimum charge.',
        '',
        'Sincerely,',
        'for the District Counsel',
        'Renee Guidry, FOIA/Privacy Act Specialist',
    ]
    data = letter_pdf(letter, title='FA-26-0187 Final Response')
    txt = USACE_BANNER + '\n' + dedent("""
        Good afternoon,

        Thank you for your patience. The final response letter is attached,
        and the remaining records are posted to DoD SAFE at the link below
        (available for 14 days):

        https://safe.apps.mil/pickup.php?claimID=Rk2pV7tNcX4hGm9B&claimPasscode=sQ5wE8rTy3UjKl6N&emailAddr=records%2Breq-007%40coastdesk.example.org

        V/r,
        Renee Guidry
        FOIA/Privacy Act Specialist
        Office of Counsel, New Orleans District
    """)
    ct, body = multipart('mixed', [text_part(txt), attach_part(data, 'FA-26-0187 Final Response Letter.pdf')],
                         '_010_SA1PR09MB%s_' % h('d16b', 10).upper())
    return message(hd, ct, body)
