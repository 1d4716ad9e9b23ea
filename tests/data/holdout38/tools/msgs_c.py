"""Messages of October 2026."""
from common import *  # noqa


@msg('usgs-fee-table', '2026-10-08 10:48 -0400', 'REQ-005', 'fee_estimate',
     'USGS fee estimate in an HTML table with fee category (news media): search and review not charged, $337.50 scanning; asks for agreement within 20 workdays',
     tracking='DOI-USGS-2026-000872', signals=['plus', 'tracking', 'subject'])
def _():
    hd = [('From', 'USGS FOIA <foia@usgs.gov>'),
          ('To', 'records+req-005@coastdesk.example.org'), ('Cc', 'Caleb Pruitt <cpruitt@usgs.gov>'),
          ('Subject', 'Fee Estimate - FOIA Request DOI-USGS-2026-000872'),
          ('Date', fmt_date('2026-10-08 10:48 -0400')),
          ('Message-ID', '<CAB8%s@mail.gmail.com>' % h('c1', 22))] + gmail_hdrs('c1')
    txt = dedent("""
        Dear Records Desk,

        Thank you for clarifying your request DOI-USGS-2026-000872 on September
        25, 2026 (all status changes; station lists and decision records;
        October 1, 2024 - September 30, 2026).

        Fee category: Representative of the news media (43 CFR 2.38)

        Fee type          Quantity               Rate          Charged?   Amount
        Search            11.5 hours             $13.25/15 min No         $0.00
        Review            6 hours                $13.25/15 min No         $0.00
        Duplication       2,350 pages (paper,    $0.15/page    Yes      $337.50
                          scanned), less 100
                          free pages = 2,250
        Electronic files  station lists (.xlsx)  --            No         $0.00
        TOTAL ESTIMATE                                                  $337.50

        Most decision records are paper files at the Baton Rouge, Jackson and
        Montgomery offices, which is why duplication is charged.

        Because the estimate is more than $50, we need your written agreement
        to pay (43 CFR 2.49). Please reply within 20 workdays with your
        agreement, or tell us how you would like to narrow the request. The
        processing time is paused until we hear from you.

        USGS FOIA Office
    """)
    html = dedent("""
        <html><body style="font-family:Arial,sans-serif;font-size:10pt">
        <p>Dear Records Desk,</p>
        <p>Thank you for clarifying your request DOI-USGS-2026-000872 on September 25, 2026 (all status changes; station lists and decision records; October 1, 2024 &ndash; September 30, 2026).</p>
        <p><b>Fee category:</b> Representative of the news media (43 CFR 2.38)</p>
        <table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
        <tr style="background:#dde6ef"><th>Fee type</th><th>Quantity</th><th>Rate</th><th>Charged to your category?</th><th>Amount</th></tr>
        <tr><td>Search</td><td>11.5 hours</td><td>$13.25 per quarter hour</td><td>No</td><td align="right">$0.00</td></tr>
        <tr><td>Review</td><td>6 hours</td><td>$13.25 per quarter hour</td><td>No</td><td align="right">$0.00</td></tr>
        <tr><td>Duplication</td><td>2,350 pages (paper, scanned), less 100 free pages = 2,250</td><td>$0.15 per page</td><td>Yes</td><td align="right">$337.50</td></tr>
        <tr><td>Electronic files</td><td>station lists (.xlsx)</td><td>&ndash;</td><td>No</td><td align="right">$0.00</td></tr>
        <tr><td colspan="4"><b>TOTAL ESTIMATE</b></td><td align="right"><b>$337.50</b></td></tr>
        </table>
        <p>Most decision records are paper files at the Baton Rouge, Jackson and Montgomery offices, which is why duplication is charged.</p>
        <p>Because the estimate is more than $50, we need your written agreement to pay (43 CFR 2.49). Please reply within 20 workdays with your agreement, or tell us how you would like to narrow the request. The processing time is paused until we hear from you.</p>
        <p>USGS FOIA Office</p>
        </body></html>
    """)
    ct, body = multipart('alternative', [text_part(txt), text_part(html, 'html')], '000000000000f1%s' % h('c1b', 14))
    return message(hd, ct, body)


MDMR_FEE_MID = '<BN8PR11MB%s@BN8PR11MB3571.namprd11.prod.outlook.com>' % h('c2', 12).upper()


@msg('ms-dmr-fee-estimate', '2026-10-08 11:30 -0500', 'REQ-011', 'fee_estimate',
     'MDMR cost estimate for PR 26-117 ($275.10: staff time at hourly salary plus copies), payment before release',
     tracking='PR 26-117', signals=['thread', 'plus', 'tracking'])
def _():
    topic = 'PR 26-117 – Cost Estimate'
    hd = [('From', 'Jolene Ladner <jolene.ladner@dmr.ms.gov>'),
          ('To', 'Records Desk <records+req-011@coastdesk.example.org>'),
          ('Cc', 'MDMR Public Records <publicrecords@dmr.ms.gov>'),
          ('Subject', '=?windows-1252?Q?PR_26-117_=96_Cost_Estimate?='), ('Date', fmt_date('2026-10-08 11:30 -0500')),
          ('Message-ID', MDMR_FEE_MID),
          ('In-Reply-To', '<BN8PR11MB%s@BN8PR11MB3571.namprd11.prod.outlook.com>' % h('b5', 12).upper()),
          ('References', rmid('REQ-011') + ' <BN8PR11MB%s@BN8PR11MB3571.namprd11.prod.outlook.com>' % h('b5', 12).upper())] + outlook_hdrs('c2', topic)
    return simple(hd, dedent("""
        Good morning,

        The records responsive to PR 26-117 have been located. Under the
        Department’s public records policy, the actual cost of searching,
        reviewing and copying must be paid before the records are released.
        The estimate is:

          Search/review – Shellfish Bureau staff   5.25 hrs × $29.80   $156.45
          Search/review – Procurement staff        1.50 hrs × $26.10   $ 39.15
          Copies – contracts and invoices          318 pages × $0.25   $ 79.50
                                                                     ---------
          Total                                                          $275.10

        Please send a check or money order payable to “Mississippi Department
        of Marine Resources,” referencing PR 26-117, to the Office of Public
        Records at 1141 Bayview Avenue, Biloxi, MS 39530. Records will be sent
        within three working days after payment is received.

        Jolene Ladner
        Public Records Officer
        Mississippi Department of Marine Resources
    """), charset='windows-1252')


@msg('ms-dmr-fee-correction-selfreply', '2026-10-08 12:47 -0500', 'REQ-011', 'fee_estimate',
     'MDMR replies to its own estimate (In-Reply-To is the agency message, not our request) with a corrected total of $219.60',
     tracking='PR 26-117', signals=['thread', 'plus', 'tracking'])
def _():
    topic = 'PR 26-117 – Cost Estimate'
    hd = [('From', 'Jolene Ladner <jolene.ladner@dmr.ms.gov>'),
          ('To', 'Records Desk <records+req-011@coastdesk.example.org>'),
          ('Cc', 'MDMR Public Records <publicrecords@dmr.ms.gov>'),
          ('Subject', '=?windows-1252?Q?RE:_PR_26-117_=96_Cost_Estimate?='), ('Date', fmt_date('2026-10-08 12:47 -0500')),
          ('Message-ID', '<BN8PR11MB%s@BN8PR11MB3571.namprd11.prod.outlook.com>' % h('c3', 12).upper()),
          ('In-Reply-To', MDMR_FEE_MID),
          ('References', rmid('REQ-011') + ' <BN8PR11MB%s@BN8PR11MB3571.namprd11.prod.outlook.com> ' % h('b5', 12).upper() + MDMR_FEE_MID)] + outlook_hdrs('c3', topic)
    return simple(hd, dedent("""
        Correction to my message below – I charged copies for the invoices, but
        the Shellfish Bureau has them as scanned PDFs, so only the 96 pages of
        contract files need to be copied. Revised estimate:

          Search/review – Shellfish Bureau staff   5.25 hrs × $29.80   $156.45
          Search/review – Procurement staff        1.50 hrs × $26.10   $ 39.15
          Copies – contract files                   96 pages × $0.25   $ 24.00
                                                                     ---------
          Total                                                          $219.60

        Everything else in my earlier message stands. Sorry for the confusion.

        Jolene

        -----Original Message-----
        From: Jolene Ladner <jolene.ladner@dmr.ms.gov>
        Sent: Thursday, October 8, 2026 11:30 AM
        To: Records Desk <records+req-011@coastdesk.example.org>
        Cc: MDMR Public Records <publicrecords@dmr.ms.gov>
        Subject: PR 26-117 – Cost Estimate

        Good morning,

        The records responsive to PR 26-117 have been located. Under the
        Department’s public records policy, the actual cost of searching,
        reviewing and copying must be paid before the records are released.
        [...]
        Total $275.10
    """), charset='windows-1252')


@msg('usace-unusual-banner', '2026-10-09 14:20 -0500', 'REQ-007', 'extension',
     'USACE (Outlook, CAUTION banner on top) invokes unusual circumstances (records in several offices, submitter notice to the contractor): +10 working days on the Oct 14 due; anticipates Dec 18',
     tracking='FA-26-0187', clock='extension', estimated='2026-12-18', signals=['plus', 'tracking', 'subject'])
def _():
    topic = 'FA-26-0187 - Extension of Time (Unusual Circumstances)'
    hd = [('From', '"Guidry, Renee M CIV USARMY CEMVN (USA)" <Renee.M.Guidry@usace.army.mil>'),
          ('To', 'Records Desk <records+req-007@coastdesk.example.org>'),
          ('CC', 'FOIA-MVN <foia-mvn@usace.army.mil>'),
          ('Subject', topic), ('Date', fmt_date('2026-10-09 14:20 -0500')),
          ('Message-ID', '<SA1PR09MB%s@SA1PR09MB8163.namprd09.prod.outlook.com>' % h('c4', 12).upper())] + outlook_hdrs('c4', topic)
    body = USACE_BANNER + '\n' + dedent("""
        Good afternoon,

        This is in reference to your FOIA request FA-26-0187 for the saltwater
        sill construction contract, modifications and construction reports.

        Unusual circumstances exist under 5 U.S.C. 552(a)(6)(B)(iii): the
        records are held by the District's Contracting Division, the
        Construction Division area office in Belle Chasse and the Mississippi
        Valley Division in Vicksburg, and the contract and modifications contain
        pricing information for which we must give the contractor notice and an
        opportunity to object under Executive Order 12600 before release. We
        are therefore taking the 10-working-day extension the FOIA allows.

        We anticipate providing a response by December 18, 2026, and will
        release records in interim installments as they clear review. If you
        wish to narrow the scope or agree to a different time frame, please
        contact me. You may also contact the USACE FOIA Public Liaison at
        foia-liaison@usace.army.mil, or the Office of Government Information
        Services (OGIS) at ogis@nara.gov or 1-877-684-6448.

        V/r,
        Renee Guidry
        FOIA/Privacy Act Specialist
        Office of Counsel, New Orleans District
    """)
    return simple(hd, body)


@msg('usace-holiday-autoreply', '2026-10-12 08:01 -0500', 'REQ-008', 'auto_reply',
     'FOIA-MVN shared mailbox Columbus Day auto-reply to our follow-up on FA-26-0191 (threads to our follow-up, not the registered request)',
     tracking='FA-26-0191', signals=['tracking', 'subject'])
def _():
    topic = 'Automatic reply: FOIA Request FA-26-0191 - Bonnet Carre Spillway 2026 Operations Records'
    hd = [('From', 'FOIA-MVN <foia-mvn@usace.army.mil>'),
          ('To', 'Records Desk <records@coastdesk.example.org>'),
          ('Subject', topic), ('Date', fmt_date('2026-10-12 08:01 -0500')),
          ('Message-ID', '<SA1PR09MB%s@SA1PR09MB8163.namprd09.prod.outlook.com>' % h('c5', 12).upper()),
          ('In-Reply-To', '<followup-008.20261012.1@coastdesk.example.org>'),
          ('References', '<SA1PR09MB%s@SA1PR09MB8163.namprd09.prod.outlook.com> <followup-008.20261012.1@coastdesk.example.org>' % h('a9', 12).upper()),
          ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
          ('X-MS-Exchange-Inbox-Rules-Loop', 'foia-mvn@usace.army.mil')] + outlook_hdrs('c5', topic)
    return simple(hd, dedent("""
        Thank you for contacting the New Orleans District FOIA office.

        Our office is closed on Monday, October 12, 2026, for the Columbus Day
        federal holiday. Messages will be answered in the order received when
        we return on Tuesday, October 13.

        This is an automated message. Please do not reply.
    """))


@msg('fwc-govqa-updated', '2026-10-14 09:00 -0400', 'REQ-015', 'portal_notice',
     'GovQA (HTML only): "request has been updated, log in to view"; no substantive text',
     tracking='P004521-092826', signals=['plus', 'tracking'])
def _():
    hd = [('From', 'FWC Public Records Center <floridafwc@mycusthelp.net>'),
          ('To', 'records+req-015@coastdesk.example.org'),
          ('Subject', 'Public Records Request :: P004521-092826 has been updated'),
          ('Date', fmt_date('2026-10-14 09:00 -0400')),
          ('Message-ID', '<%s@mycusthelp.net>' % h('c6', 32))]
    return simple(hd, dedent("""
        <html><body style="font-family:Arial;font-size:13px">
        <p>Records Desk,</p>
        <p>Your public records request <b>P004521-092826</b> has been updated. A new message is waiting for you in the Public Records Center.</p>
        <p>To view the message, please <a href="https://myfwc.mycusthelp.com/WEBAPP/_rs/(S(vq2pxk4hfgjpb1))/RequestLogin.aspx">log in to the Public Records Center</a>.</p>
        <p style="font-size:11px;color:#666666">Please do not reply to this email. This mailbox is not monitored.</p>
        </body></html>
    """), 'html')


@msg('fwc-special-service-charge-group', '2026-10-19 16:30 -0400', 'REQ-015', 'fee_estimate',
     'via our Google Group: FWC special service charge under 119.07(4)(d), $498.88 estimate with a 50% deposit before work begins',
     tracking='P004521-092826', signals=['plus', 'tracking'])
def _():
    hd = [('From', '"\'FWC Public Records Center\' via Records Desk" <records@coastdesk.example.org>'),
          ('Reply-To', 'FWC Public Records Center <floridafwc@mycusthelp.net>'),
          ('To', 'records+req-015@coastdesk.example.org'),
          ('Subject', 'Public Records Request :: P004521-092826 - Invoice / Deposit Required'),
          ('Date', fmt_date('2026-10-19 16:30 -0400')),
          ('Message-ID', '<%s@mycusthelp.net>' % h('c7', 32))] + group_hdrs('floridafwc@mycusthelp.net')
    return simple(hd, dedent("""
        Dear Records Desk,

        RE: Public Records Request P004521-092826 (red tide fish kill reports
        and response records, Southwest Florida, 2026)

        The nature and volume of the records you requested require the
        extensive use of information technology resources and clerical and
        supervisory assistance. Under section 119.07(4)(d), Florida Statutes,
        the Commission charges a special service charge based on the actual
        labor cost of the lowest-paid qualified personnel.

            Estimated staff time (Fish Kill Hotline export, FWRI
            sampling files, incident situation reports, review and
            redaction of exempt information):   16 hours x $31.18   $498.88

            Deposit required (50%):                                   $249.44

        Work on your request will begin when the deposit is received. Any
        balance, or any overpayment, will be settled when the records are
        produced. Payment can be made by credit card in the Public Records
        Center or by check payable to "FWC." If we do not receive the deposit
        or hear from you within 30 days, the request will be closed.

        Records Management Liaison Office
        Florida Fish and Wildlife Conservation Commission

    """) + GROUP_FOOTER)


@msg('glo-call-request', '2026-10-20 10:40 -0500', 'REQ-014', 'other',
     'GLO staff attorney asks for a phone call about the Beryl contracts part of PIR 26-1187; no determination',
     tracking='PIR 26-1187', signals=['thread', 'plus', 'tracking'])
def _():
    topic = 'RE: PIR 26-1187'
    hd = [('From', 'Hadley Nguyen <Hadley.Nguyen@glo.texas.gov>'),
          ('To', 'Records Desk <records+req-014@coastdesk.example.org>'),
          ('Subject', topic), ('Date', fmt_date('2026-10-20 10:40 -0500')),
          ('Message-ID', '<DM6PR09MB%s@DM6PR09MB4428.namprd09.prod.outlook.com>' % h('c8', 12).upper()),
          ('In-Reply-To', '<records-reply-014.20261008@coastdesk.example.org>'),
          ('References', rmid('REQ-014') + ' <records-reply-014.20261008@coastdesk.example.org>')] + outlook_hdrs('c8', topic)
    return simple(hd, dedent("""
        Good morning,

        Thanks for accepting the charges on PIR 26-1187. Before we go further
        on the second item, could someone on your desk give me a call? Some of
        the Hurricane Beryl dune repair work was done by the counties as
        subrecipients and the contracts may not be in our files at all, so I'd
        like to talk through what you're after. I'm at 512-463-5143 most days
        between 9 and 4.

        Hadley Nguyen
        Staff Attorney, Public Information
        Texas General Land Office
    """))


@msg('mdmr-newsletter-null', '2026-10-20 13:00 -0500', None, 'other',
     'MDMR news release list mail about oyster season and reef cultch planting; mentions our topics but is not a reply to any request',
     signals=['none'])
def _():
    hd = [('From', 'Mississippi Department of Marine Resources <news@dmr.ms.gov>'),
          ('To', 'records@coastdesk.example.org'),
          ('Subject', 'MDMR News: Oyster season to open in Mississippi Sound; 2026 reef planting complete'),
          ('Date', fmt_date('2026-10-20 13:00 -0500')),
          ('Message-ID', '<%s.list@dmr.ms.gov>' % h('c9', 24)),
          ('List-Unsubscribe', '<https://dmr.ms.gov/newsletter/unsubscribe?u=records%40coastdesk.example.org>'),
          ('Precedence', 'bulk')]
    txt = dedent("""
        FOR IMMEDIATE RELEASE
        26-088-MMS | October 20, 2026

        Commission on Marine Resources sets 2026-2027 oyster season

        BILOXI, Miss. - The Commission on Marine Resources voted Tuesday to open
        the Pass Marianne and Telegraph reefs to commercial oyster tonging and
        dredging on November 2, with a daily limit of 12 sacks per vessel.

        The Department also completed its 2026 cultch planting, placing about
        28,000 cubic yards of limestone and crushed concrete on reefs in western
        Mississippi Sound. "Every load of cultch we put down now is habitat for
        the next generation of oysters," the Department's executive director
        said.

        Harvesters must hold a current commercial license and report every
        trip on a trip ticket through a licensed dealer.

        Contact: Office of Public Affairs, 228-523-4124

        You are receiving this message because you subscribed to MDMR news
        releases. Unsubscribe: https://dmr.ms.gov/newsletter/unsubscribe
    """)
    html = '<html><body style="font-family:Georgia,serif;font-size:14px;max-width:640px">' + ''.join(
        '<p>%s</p>' % p.replace('\n', ' ') for p in txt.strip().split('\n\n')) + '</body></html>\n'
    ct, body = multipart('alternative', [text_part(txt), text_part(html, 'html')], 'mdmr-news-%s' % h('c9b', 12))
    return message(hd, ct, body)


@msg('nmfs-partial-b4', '2026-10-20 15:12 -0400', 'REQ-003', 'records_final',
     'NMFS final response releases IFQ transfer and landings records in part, withholding vessel owners\' prices and revenue under (b)(4) and (b)(3) MSA 402(b); federal appeal 90 days',
     tracking='DOC-NOAA-2026-001801', adverse=True, signals=['thread', 'plus', 'tracking'])
def _():
    prev = '<CAF3%s@mail.gmail.com>' % h('a4', 22)
    hd = [('From', '"Kelly Broussard - NOAA Federal" <kelly.broussard@noaa.gov>'),
          ('To', 'Records Desk <records+req-003@coastdesk.example.org>'),
          ('Cc', 'NMFS SER FOIA <nmfs.ser.foia@noaa.gov>'),
          ('Subject', 'Final Response - FOIA DOC-NOAA-2026-001801'), ('Date', fmt_date('2026-10-20 15:12 -0400')),
          ('Message-ID', '<CAF3%s@mail.gmail.com>' % h('c10', 22)),
          ('In-Reply-To', prev), ('References', rmid('REQ-003') + ' ' + prev)] + gmail_hdrs('c10')
    letter = [
        '**UNITED STATES DEPARTMENT OF COMMERCE',
        'National Oceanic and Atmospheric Administration',
        'NATIONAL MARINE FISHERIES SERVICE - Southeast Regional Office',
        '',
        'October 20, 2026',
        '',
        'Records Desk, The Gulf Ledger',
        '',
        'Re: FOIA Request DOC-NOAA-2026-001801 - Final Response',
        '',
        'Dear Requester:',
        '',
        'This is the final response to your request for red snapper IFQ allocation transfers and',
        'landings in the Gulf of America for 2024 and 2025, and related summaries for the Gulf Council.',
        '',
        'We located 1,214 transfer records, 418 vessel-year landings records and 22 pages of summaries.',
        'We are releasing them in part. The following information is withheld:',
        '',
        '- Exemption 3, 5 U.S.C. 552(b)(3), in conjunction with section 402(b) of the Magnuson-Stevens',
        '  Fishery Conservation and Management Act, 16 U.S.C. 1881a(b): confidential information',
        '  submitted in compliance with the Act that would identify a particular vessel or dealer.',
        '- Exemption 4, 5 U.S.C. 552(b)(4): the price per pound reported for each transfer and the',
        '  ex-vessel revenue of each vessel. This is commercial information of vessel owners and IFQ',
        '  shareholders, customarily and actually kept private and provided under an assurance of',
        '  confidentiality.',
        '- Exemption 6, 5 U.S.C. 552(b)(6): names and account numbers of individual shareholders.',
        '',
        'Region-wide average prices and total landings by year are released in full in the summaries.',
        '',
        'You may appeal this response within 90 calendar days of the date of this letter to the',
        'Assistant General Counsel for Employment, Litigation, and Information, U.S. Department of',
        'Commerce, 1401 Constitution Avenue NW, Room 5898-C, Washington, DC 20230, or by email to',
        'FOIAAppeals@doc.gov. Mark the appeal "Freedom of Information Act Appeal."',
        '',
        'You may also contact the NOAA FOIA Public Liaison (301-628-5658) or the Office of Government',
        'Information Services (OGIS), National Archives, ogis@nara.gov, 1-877-684-6448, which offers',
        'mediation services as a non-exclusive alternative to litigation.',
        '',
        'There are no fees for this request.',
        '',
        'Sincerely,',
        'Kelly Broussard, FOIA Coordinator',
    ]
    data = letter_pdf(letter, title='Final Response DOC-NOAA-2026-001801')
    csv = dedent("""
        transfer_id,transfer_date,pounds_transferred,price_per_lb,from_account,to_account
        RS-24-000117,2024-01-09,2500,(b)(4),(b)(6),(b)(6)
        RS-24-000118,2024-01-09,1200,(b)(4),(b)(6),(b)(6)
        RS-24-000131,2024-01-12,800,(b)(4),(b)(6),(b)(6)
        RS-25-004402,2025-12-18,3100,(b)(4),(b)(6),(b)(6)
    """).encode()
    txt = dedent("""
        Hello,

        Attached are our final response letter and the released records (the
        transfer table is excerpted in the CSV; the full set is on the Commerce
        PAL under your request number).

        Kelly
    """)
    ct, body = multipart('mixed', [text_part(txt), attach_part(data, 'DOC-NOAA-2026-001801_Final_Response.pdf'),
                                   attach_part(csv, 'RS_IFQ_transfers_2024-2025_redacted.csv', 'text/csv')],
                         '000000000000a7%s' % h('c10b', 14))
    return message(hd, ct, body)


@msg('bsee-exceptional-q2fy27', '2026-10-21 13:05 -0400', 'REQ-006', 'extension',
     'BSEE: unusual circumstances and, beyond the 10 extra workdays, exceptional circumstances; estimate "by the end of Q2 FY2027" (= Mar 31, 2027); +10 working days on the Oct 14 due',
     tracking='DOI-BSEE-2026-001044', clock='extension', estimated='2027-03-31', signals=['thread', 'plus', 'tracking'])
def _():
    prev = '<CAN0%s@mail.gmail.com>' % h('b12', 22)
    hd = [('From', 'Denise Arceneaux <denise.arceneaux@bsee.gov>'),
          ('To', 'Records Desk <records+req-006@coastdesk.example.org>'),
          ('Cc', 'BSEE FOIA <bseefoia@bsee.gov>'),
          ('Subject', 'Re: [EXTERNAL] Re: [EXTERNAL] ' + subj('REQ-006')), ('Date', fmt_date('2026-10-21 13:05 -0400')),
          ('Message-ID', '<CAN0%s@mail.gmail.com>' % h('c11', 22)),
          ('In-Reply-To', '<records-reply-006.20261014@coastdesk.example.org>'),
          ('References', rmid('REQ-006') + ' ' + prev + ' <records-reply-006.20261014@coastdesk.example.org>')] + gmail_hdrs('c11')
    return simple(hd, dedent("""
        Dear Requester,

        Thank you for agreeing on October 14 to pay up to $583.50 for Item 2 of
        DOI-BSEE-2026-001044.

        We have determined that your request involves unusual circumstances
        under 43 CFR 2.19 and 5 U.S.C. 552(a)(6)(B): the records must be
        collected from the Gulf of America Region district offices in Houma,
        Lafayette, Lake Jackson and New Orleans, and the volume is large (we
        estimate about 9,800 pages in total). We are extending the time limit
        by 10 workdays.

        We will not be able to finish within those 10 additional workdays.
        The office currently has 212 pending complex requests, and BSEE is
        applying the exceptional circumstances provision of 5 U.S.C.
        552(a)(6)(C) to its backlog. We estimate that we will complete your
        request by the end of Q2 FY2027, and we plan to release INC records
        monthly as they are processed.

        If you would like to narrow the request or discuss another time frame,
        please contact me or BSEE's FOIA Public Liaison at bseefoia@bsee.gov.
        You may also seek dispute resolution services from the Office of
        Government Information Services (OGIS): ogis@nara.gov, 202-741-5770.

        Respectfully,
        Denise Arceneaux
        Government Information Specialist, BSEE FOIA Office
    """))


@msg('fwc-denial-litigation', '2026-10-22 11:45 -0400', 'REQ-016', 'denial',
     'FWC General Counsel withholds all responsive records as attorney work product prepared for pending litigation, s. 119.071(1)(d)1., F.S.; FL has no appeal days, appeal_due null',
     tracking='P004630-100526', adverse=True, signals=['plus', 'tracking'])
def _():
    hd = [('From', 'Lena Marchetti <Lena.Marchetti@myfwc.com>'),
          ('To', 'records+req-016@coastdesk.example.org'),
          ('Cc', 'FWC Public Records <fwcpublicrecords@myfwc.com>'),
          ('Subject', 'Public Records Request P004630-100526'),
          ('Date', fmt_date('2026-10-22 11:45 -0400')),
          ('Message-ID', '<SJ0PR09MB%s@SJ0PR09MB6602.namprd09.prod.outlook.com>' % h('c12', 12).upper())] + outlook_hdrs('c12', 'Public Records Request P004630-100526')
    txt = dedent("""
        Dear Records Desk:

        I am responding on behalf of the Florida Fish and Wildlife Conservation
        Commission to your public records request P004630-100526 for staff legal
        analyses, memoranda and litigation-related communications about the
        extension of the Apalachicola Bay oyster harvest closure.

        The extension of the closure is the subject of pending litigation,
        Franklin County Seafood Workers Association, Inc. v. Florida Fish and
        Wildlife Conservation Commission, Case No. 2026-CA-001147 (Fla. 2d Cir.
        Ct.). The records responsive to your request are mental impressions,
        conclusions, litigation strategies and legal theories of Commission
        attorneys and staff prepared at the attorneys' direction, exclusively
        for that litigation or in anticipation of it. They are exempt from
        public disclosure under section 119.071(1)(d)1., Florida Statutes, until
        the conclusion of the litigation, and the Commission is withholding
        them in their entirety. No portion can be segregated and released.

        The closure order itself (EO 26-31) and the public notices are posted
        on the Commission's website and are not part of this request.

        Once the litigation concludes, you may renew your request.

        Lena Marchetti
        Assistant General Counsel
        Florida Fish and Wildlife Conservation Commission
        620 South Meridian Street, Tallahassee, FL 32399
    """)
    html = '<html><body style="font-family:Calibri,sans-serif;font-size:11pt">' + ''.join(
        '<p>%s</p>' % p.replace('\n', ' ') for p in txt.strip().split('\n\n')) + '</body></html>\n'
    ct, body = multipart('alternative', [text_part(txt), text_part(html, 'html')], '_000_SJ0PR09MB%s_' % h('c12b', 10).upper())
    return message(hd, ct, body)


@msg('doc-pal-status-unplaceable', '2026-10-23 06:15 -0400', 'REQ-002', 'portal_notice',
     'Commerce PAL account-level status notice with no request number or description, to the bare inbox; four NOAA/NMFS requests are open, so a reader cannot place it (it concerns REQ-002)',
     signals=['none'])
def _():
    hd = [('From', 'FOIA Public Access Link <foia-pal-noreply@doc.gov>'),
          ('To', 'records@coastdesk.example.org'),
          ('Subject', 'Request Status Update'),
          ('Date', fmt_date('2026-10-23 06:15 -0400')),
          ('Message-ID', '<%s.pal@foia-pal.commerce.gov>' % h('c13', 24))]
    return simple(hd, dedent("""
        The status of a request associated with your Public Access Link account
        has changed.

        New status: In Process

        To view the request, sign in at https://foia-pal.commerce.gov/app/Home.aspx
        and select "My Requests."

        This is a system-generated message. Replies to this address are not read.
    """))


@msg('nmfs-no-records', '2026-10-27 10:00 -0400', 'REQ-004', 'no_records',
     'NMFS final letter (PDF, generic body) finds no NMFS/OLE TED enforcement records for the remaining items; federal appeal 90 days',
     tracking='DOC-NOAA-2026-001815', adverse=True, signals=['plus', 'tracking', 'tracking-filename'])
def _():
    hd = [('From', 'NMFS SER FOIA <nmfs.ser.foia@noaa.gov>'),
          ('To', 'records+req-004@coastdesk.example.org'),
          ('Subject', 'FOIA Final Response'), ('Date', fmt_date('2026-10-27 10:00 -0400')),
          ('Message-ID', '<CAG9%s@mail.gmail.com>' % h('c14', 22))] + gmail_hdrs('c14')
    letter = [
        '**UNITED STATES DEPARTMENT OF COMMERCE',
        'National Oceanic and Atmospheric Administration',
        'NATIONAL MARINE FISHERIES SERVICE - Southeast Regional Office',
        '',
        'October 27, 2026',
        '',
        'Records Desk, The Gulf Ledger',
        '',
        'Re: FOIA Request DOC-NOAA-2026-001815',
        '',
        'Dear Requester:',
        '',
        'This responds to the remaining items of your request for records of turtle excluder device',
        '(TED) enforcement off Louisiana and Mississippi in 2025 and 2026. On October 2, 2026, we',
        'referred the Coast Guard boarding reports (item 2) to the U.S. Coast Guard.',
        '',
        'For items 1 and 3 (NOAA Office of Law Enforcement case records and NMFS gear-compliance',
        'summaries for those states), we searched the OLE case management system, the Protected',
        'Resources Division shared drive and the email of the TED program staff using the terms',
        '"TED", "turtle excluder", "shrimp trawl" and "boarding", for January 2025 to September 2026.',
        '',
        'The search located no records responsive to your request. During this period the at-sea',
        'TED inspections in these waters were conducted by the Coast Guard and by state officers.',
        '',
        'A "no records" response is considered an adverse determination. You may appeal within',
        '90 calendar days of the date of this letter to the Assistant General Counsel for',
        'Employment, Litigation, and Information, U.S. Department of Commerce, FOIAAppeals@doc.gov.',
        'You may also contact the NOAA FOIA Public Liaison at 301-628-5658, or OGIS at ogis@nara.gov.',
        '',
        'Sincerely,',
        'Kelly Broussard, FOIA Coordinator',
    ]
    data = letter_pdf(letter, title='No Records Response')
    ct, body = multipart('mixed', [text_part('Please find attached the final response to your FOIA request.\n\nNMFS Southeast Regional Office FOIA\n'),
                                   attach_part(data, 'DOC-NOAA-2026-001815_Final_No_Records.pdf')],
                         '000000000000b2%s' % h('c14b', 14))
    return message(hd, ct, body)


@msg('cpra-final-twocol-pdf', '2026-10-29 15:40 -0500', 'REQ-009', 'records_final',
     'CPRA final response: letter only in a PDF whose two-column text layer reads across the columns (words out of order); records in full via a ShareFile link',
     tracking='PRR-26-0193', signals=['thread', 'plus', 'tracking'])
def _():
    topic = subj('REQ-009')
    prev = '<MN2PR01MB%s@MN2PR01MB5210.prod.exchangelabs.com>' % h('a11', 12).upper()
    hd = [('From', 'Monique Thibodeaux <Monique.Thibodeaux@la.gov>'),
          ('To', 'Records Desk <records+req-009@coastdesk.example.org>'),
          ('Cc', 'CPRA Public Records <cpra.publicrecords@la.gov>'),
          ('Subject', 'RE: ' + topic), ('Date', fmt_date('2026-10-29 15:40 -0500')),
          ('Message-ID', '<MN2PR01MB%s@MN2PR01MB5210.prod.exchangelabs.com>' % h('c15', 12).upper()),
          ('In-Reply-To', prev), ('References', rmid('REQ-009') + ' ' + prev)] + outlook_hdrs('c15', topic, attach=True)
    head = ['**COASTAL PROTECTION AND RESTORATION AUTHORITY',
            'State of Louisiana  -  150 Terrace Avenue  -  Baton Rouge, Louisiana 70802',
            '',
            'October 29, 2026',
            '',
            'Records Desk, The Gulf Ledger',
            'RE: Public Records Request PRR-26-0193 (Mid-Barataria Sediment Diversion)',
            '']
    left = ['Dear Requester:',
            '',
            'This letter completes the response of the',
            'Coastal Protection and Restoration Authority',
            'to your request received September 17, 2026,',
            'for records about the termination of the',
            'Mid-Barataria Sediment Diversion contracts.',
            '',
            'As stated in our letter of September 22,',
            'the records were gathered from the Program',
            'Management Division and the Attorney General.',
            'All responsive records are produced in full.',
            'No records were withheld or redacted.']
    right = ['The production contains:',
             '1. Notices of termination and suspension',
             '   issued to the construction contractors',
             '   (14 documents, 212 pages);',
             '2. Close-out documents, final pay',
             '   applications and the settlement',
             '   agreement (31 documents, 486 pages);',
             '3. CPRA Board resolutions 2025-14 and',
             '   2025-19 (6 pages).',
             'The files may be downloaded until Nov. 30:',
             'https://cpra-la.sharefile.com/d-s7f03c9e21',
             'There is no charge for this request.',
             '']
    tail = ['Sincerely,', '', 'Monique Thibodeaux', 'Custodian of Records']
    data = two_column_pdf(head, left, right, tail, title='PRR-26-0193 Final Response')
    txt = 'Good afternoon,\n\nPlease see the attached letter.\n\nMonique Thibodeaux\nCustodian of Records, CPRA\n'
    ct, body = multipart('mixed', [text_part(txt), attach_part(data, 'PRR-26-0193 Final Response.pdf')],
                         '_004_MN2PR01MB%s_' % h('c15b', 10).upper())
    return message(hd, ct, body)


@msg('usgs-pal-url-only', '2026-10-30 05:12 -0400', 'REQ-005', 'portal_notice',
     'vendor PAL status notice to the bare inbox; no number, no agency name: only the URL (foia-pal.usgs.gov) says USGS, and there is one USGS request',
     signals=['url'])
def _():
    hd = [('From', 'PAL Notification <no-reply@pal.foiaxpress.net>'),
          ('To', 'records@coastdesk.example.org'),
          ('Subject', 'Request Status Update'),
          ('Date', fmt_date('2026-10-30 05:12 -0400')),
          ('Message-ID', '<%s@pal.foiaxpress.net>' % h('c16', 28))]
    return simple(hd, dedent("""
        Hello,

        The status of a request associated with your account has been updated.

        Current status: Processing - Fee Agreement Received

        To view details, sign in at:
        https://foia-pal.usgs.gov/app/CheckStatus.aspx

        *** This mailbox is not monitored. ***
    """))
