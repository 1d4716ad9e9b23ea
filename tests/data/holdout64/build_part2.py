#!/usr/bin/env python3
"""Messages 011-020 (September 24 - October 6, 2026)."""
from common import (INBOX, ET, PT, dsn, fact, group_headers, hdate, make_pdf, merge_facts, message, mid_o365,
                    mid_plain, o365_headers, our_headers, plus, req, save, when, wrap)
import pal

F = []

# 011 ---------------------------------------------------------------- Exchange NDR: legacy NHTSA address
fn = '011-bounce-nhtsa-legacy-address.eml'
r = req('REQ-011')
t_sent = when(2026, 9, 24, 17, 40)
t = when(2026, 9, 24, 17, 48)
human = wrap("""
    Your message to nhtsafoia@nhtsa.dot.gov couldn't be delivered.

    nhtsafoia wasn't found at nhtsa.dot.gov.

    foia-desk     Office 365     nhtsafoia
    Action Required                Recipient

    Unknown To address

    How to Fix It
    The address may be misspelled or may not exist. Try one or more of the following:
    - Retype the recipient's address, then resend the message.
    - If the address belongs to an agency that has changed its email, look up the current address.

    Diagnostic information for administrators:

    Generating server: BN0PR09MB7714.namprd09.prod.outlook.com

    nhtsafoia@nhtsa.dot.gov
    Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient nhtsafoia@nhtsa.dot.gov not
    found by SMTP address lookup'
""")
status = ('Reporting-MTA: dns; BN0PR09MB7714.namprd09.prod.outlook.com\n'
          'Received-From-MTA: dns; mail-sor-f41.google.com\n'
          'Arrival-Date: Thu, 24 Sep 2026 21:40:51 +0000\n\n'
          'Final-Recipient: rfc822; nhtsafoia@nhtsa.dot.gov\n'
          'Action: failed\n'
          'Status: 5.1.10\n'
          'Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n')
m = dsn([('From', 'Microsoft Outlook <postmaster@dot.gov>'), ('To', INBOX),
         ('Subject', 'Undeliverable: ' + r['subject']), ('Date', hdate(t)),
         ('Message-ID', mid_o365(fn, 'BN0PR09MB')), ('Auto-Submitted', 'auto-replied'),
         ('X-MS-Exchange-Message-Is-Ndr', ''), ('Content-Language', 'en-US')],
        human, status, our_headers('REQ-011', 'nhtsafoia@nhtsa.dot.gov', t_sent, cc='NHTSA.FOIA@dot.gov'))
save(fn, m)
F.append(fact(fn, 'REQ-011', 'bounce', None, 'Exchange NDR: our NHTSA request to a retired nhtsa.dot.gov address bounced; '
              'the returned headers carry the REQ-011 Message-ID (the Cc copy was delivered)', signals=['thread-embedded']))

# 012 ---------------------------------------------------------------- NRC press release (same topic as REQ-007)
fn = '012-nrc-news-release-harbor-point.eml'
t = when(2026, 9, 24, 18, 10)
txt = wrap("""
    NRC NEWS
    U.S. NUCLEAR REGULATORY COMMISSION
    Office of Public Affairs

    No. III-26-031                                   September 24, 2026

    NRC to Discuss Harbor Point Restart Inspection Results at Oct. 6 Public Meeting

    Nuclear Regulatory Commission staff will hold a public meeting on Tuesday, Oct. 6, to discuss the results of
    recent inspections at the Harbor Point Nuclear Generating Station, which its owner intends to return to
    operation after several years in a decommissioning status.

    The meeting will begin at 6 p.m. local time at the Lakeshore Township Community Center and will also be
    available by webinar. NRC staff will describe the restart inspection program, summarize the findings to
    date, and answer questions from the public.

    Inspection reports for the restart effort are available in the NRC's Agencywide Documents Access and
    Management System (ADAMS) and on the NRC's Harbor Point web page.

    ###

    You are receiving this news release because you subscribed to NRC News. To change your subscription or
    unsubscribe, use the link at the bottom of this message.
""")
htm = ('<html><body style="font-family:Georgia,serif"><div style="border-bottom:3px solid #003366;padding:6px">'
       '<b style="font-size:20px;color:#003366">NRC NEWS</b><br><span style="font-size:11px">U.S. NUCLEAR REGULATORY '
       'COMMISSION &middot; Office of Public Affairs</span></div><p style="font-size:11px">No. III-26-031 &nbsp; '
       'September 24, 2026</p><h2 style="font-size:17px">NRC to Discuss Harbor Point Restart Inspection Results at Oct. '
       '6 Public Meeting</h2><p>Nuclear Regulatory Commission staff will hold a public meeting on Tuesday, Oct. 6, to '
       'discuss the results of recent inspections at the Harbor Point Nuclear Generating Station, which its owner '
       'intends to return to operation after several years in a decommissioning status.</p><p>The meeting will begin '
       'at 6 p.m. local time at the Lakeshore Township Community Center and will also be available by webinar.</p>'
       '<p>Inspection reports for the restart effort are available in ADAMS and on the NRC&#8217;s Harbor Point web '
       'page.</p><p style="text-align:center">###</p><p style="font-size:10px;color:#666">You are receiving this news '
       'release because you subscribed to NRC News. <a href="https://public.govdelivery.example/accounts/USNRC/'
       'subscriber/edit">Manage subscriptions</a></p></body></html>')
m = message([('From', 'U.S. NRC News <usnrc@public.govdelivery.example>'), ('To', INBOX),
             ('Subject', 'NRC to Discuss Harbor Point Restart Inspection Results at Oct. 6 Public Meeting'),
             ('Date', hdate(t)), ('Message-ID', mid_plain(fn, 'public.govdelivery.example')),
             ('List-Unsubscribe', '<https://public.govdelivery.example/accounts/USNRC/subscriber/one_click_unsubscribe>'),
             ('Precedence', 'bulk'), ('X-Accountcode', 'USNRC_251')], text=txt, html=htm)
save(fn, m)
F.append(fact(fn, None, 'other', None, 'NRC subscriber news release about the Harbor Point restart: same topic as REQ-007 '
              'but not about our request', signals=['none']))

# 013 ---------------------------------------------------------------- FDA acknowledgment for the eye drop request
fn = '013-fda-ack-eyedrops.eml'
t = when(2026, 9, 25, 9, 30)
txt = wrap("""
    DEPARTMENT OF HEALTH AND HUMAN SERVICES
    Food and Drug Administration
    Division of Freedom of Information

    September 25, 2026

    Re: FOI Request 2026-7219

    Dear Requester:

    This letter acknowledges receipt of your Freedom of Information Act (FOIA) request, received in the
    Division of Freedom of Information on 09/21/2026, for recall correspondence, recall audit checks and
    adverse event records concerning over-the-counter ophthalmic (eye drop) products, January 2024 to present.

    FDA processes requests in multiple tracks. Your request has been placed in the complex track. Requests in
    each track are handled in the order received.

    Some of the records you seek may contain confidential commercial information submitted by manufacturers.
    If so, FDA may be required to notify those submitters and give them an opportunity to object before a
    disclosure decision is made (21 CFR 20.61(e)).

    For fee purposes, your request has been placed in the news media category. You will not be charged for
    search or review. We will contact you before incurring duplication charges of more than $25.00.

    If you have questions, contact the FOIA Requester Service Center at 301-796-3900. You may also contact the
    Office of Government Information Services (OGIS) at the National Archives for mediation services.

    Sincerely,
    Division of Freedom of Information
    Office of the Executive Secretariat
""")
htm = '<html><body style="font-family:Times New Roman,serif;font-size:12pt"><pre style="font-family:inherit;' \
      'white-space:pre-wrap">%s</pre></body></html>' % txt.replace('&', '&amp;').replace('<', '&lt;')
m = message([('From', 'FDA FOIA <FDAFOIA@fda.hhs.gov>'), ('To', INBOX),
             ('Subject', 'FDA FOIA Request 2026-7219 Acknowledgement'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'BY5PR09MB'))] + o365_headers(fn, 'FDA FOIA Request 2026-7219 Acknowledgement',
                                                                         'BY5PR09MB'), text=txt, html=htm)
save(fn, m)
F.append(fact(fn, 'REQ-002', 'acknowledgment', '2026-7219', 'second FDA acknowledgment (same template as 003); eye drop '
              'description tells it apart from REQ-001; received 09/21 = sent; submitter notice only "may" apply',
              clock='received_on_sent_date', signals=['subject', 'tracking-new']))

# 014 ---------------------------------------------------------------- NHTSA acknowledgment (PDF), received next day
fn = '014-nhtsa-ack-letter.eml'
t = when(2026, 9, 28, 10, 5)
letter = """
U.S. Department of Transportation
National Highway Traffic Safety Administration
1200 New Jersey Avenue, SE
Washington, DC 20590

September 28, 2026

Watch Desk Records Team
foia-desk+req-011@watchdesk.example.org

Re: Freedom of Information Act Request No. NHTSA-2026-01187

Dear Requester:

This acknowledges receipt of your Freedom of Information Act (FOIA) request for crash reports submitted under NHTSA's Standing General Order 2021-01 involving Level 2 advanced driver assistance systems, and related correspondence with manufacturers, for calendar years 2025 and 2026.

Your request was received by the NHTSA FOIA office on September 25, 2026. Requests that arrive after 5:00 p.m. Eastern Time are logged as received on the next business day. Please refer to the number above in any communication about this request.

Much of the information you describe is published on NHTSA's website in the Standing General Order data files. Portions of the underlying reports may have been submitted with a request for confidential treatment under 49 CFR Part 512. If we propose to release such information, we will first notify the submitter as required by 49 CFR 512.22 and Executive Order 12600.

Your request has been placed in the complex processing track.

If you have questions, please contact the NHTSA FOIA Public Liaison at 202-366-2870.

Sincerely,

FOIA Office
Office of the Chief Counsel
"""
m = message([('From', 'NHTSA FOIA <NHTSA.FOIA@dot.gov>'), ('To', plus('REQ-011')),
             ('Subject', 'FOIA Acknowledgment - NHTSA-2026-01187'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'BN0PR09MB'))] + o365_headers(fn, 'FOIA Acknowledgment', 'BN0PR09MB'),
            text='Please see the attached acknowledgment letter.\n\nNHTSA FOIA Office\n',
            attachments=[('NHTSA-2026-01187 Ack Letter.pdf', make_pdf(letter, 'Acknowledgment'), 'application/pdf')])
save(fn, m)
F.append(fact(fn, 'REQ-011', 'acknowledgment', 'NHTSA-2026-01187', 'NHTSA letter (PDF) logs the Sep 24 after-hours request as '
              'received Sep 25; clock runs from Sep 25; Part 512 submitter notice only conditional',
              clock='received:2026-09-25', signals=['plus', 'tracking-new']))

# 015 ---------------------------------------------------------------- OSHA/DOL via the shared PAL service
fn = '015-osha-pal-submitted.eml'
t = when(2026, 9, 28, 15, 22)
m = pal.submitted(fn, t, 'U.S. Department of Labor', '2026-F-11842', '09/28/2026',
                  'OSHA inspection case files (citations, violation worksheets, photos, heat stress evaluations) for '
                  'warehouse and distribution center inspections with heat-related citations or hazard alert letters, '
                  '2024-2026', 'Occupational Safety and Health Administration - National Office')
save(fn, m)
F.append(fact(fn, 'REQ-012', 'acknowledgment', '2026-F-11842', 'shared PAL notification, now for DOL/OSHA; submitted '
              '09/28/2026 = sent', clock='received_on_sent_date', signals=['subject', 'tracking-new']))

# 016 ---------------------------------------------------------------- PAL status change (EPA R5)
fn = '016-epa-r5-pal-status-assigned.eml'
t = when(2026, 9, 29, 11, 0)
m = pal.status_change(fn, t, 'U.S. Environmental Protection Agency', 'EPA-R5-2026-007713', 'Submitted', 'Assigned')
save(fn, m)
F.append(fact(fn, 'REQ-005', 'portal_notice', 'EPA-R5-2026-007713', 'PAL status change Submitted -> Assigned; nothing '
              'substantive', signals=['tracking']))

# 017 ---------------------------------------------------------------- EPA Region 10 acknowledgment, after-hours receipt
fn = '017-epa-r10-ack-after-hours.eml'
r = req('REQ-006')
t = when(2026, 10, 2, 10, 5, PT)
body = wrap("""
    Dear Requester,

    The U.S. Environmental Protection Agency, Region 10, has received your Freedom of Information Act request
    for correspondence concerning the five-year review of the Duwamish Reach Superfund site.

    Your request arrived in the Region 10 FOIA mailbox after 5:00 p.m. Pacific Time on Thursday, October 1,
    2026, and is therefore considered received on Friday, October 2, 2026. It has been entered in the FOIA
    Public Access Link as EPA-R10-2026-009120.

    EPA will make a determination within twenty working days of receipt unless unusual circumstances apply.
    You will receive PAL notifications when your request is assigned and when documents are released.

    Region 10 FOIA Office
    1200 Sixth Avenue, Suite 155
    Seattle, WA 98101
    r10foia@epa.gov
""")
m = message([('From', 'R10 FOIA <r10foia@epa.gov>'), ('To', plus('REQ-006')),
             ('Subject', 'RE: ' + r['subject']), ('Date', hdate(t)), ('Message-ID', mid_o365(fn, 'MW2PR09MB')),
             ('In-Reply-To', r['message_id']), ('References', r['message_id'])] +
            o365_headers(fn, r['subject'], 'MW2PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-006', 'acknowledgment', 'EPA-R10-2026-009120', 'Region 10 treats the request sent the evening of '
              'Oct 1 as received Fri Oct 2; clock runs from Oct 2', clock='received:2026-10-02',
              signals=['thread', 'plus', 'tracking-new']))

# 018 ---------------------------------------------------------------- NIH fee category + fee waiver denial (not a denial)
fn = '018-nih-fee-waiver-decision.eml'
t = when(2026, 10, 2, 14, 30)
body = wrap("""
    Dear Requester:

    This letter concerns fees for your Freedom of Information Act request, NIH FOIA Case No. 66318, for OLAW
    noncompliance reports and correspondence.

    Fee category. You asked to be treated as a representative of the news media. Your request did not
    describe the outlet through which you publish, so we are unable to make that determination at this time.
    For now your request has been placed in the "all other requesters" category, which means you receive two
    hours of search time and 100 pages of duplication without charge. If you send us information showing that
    you gather information of potential interest to a segment of the public, use editorial skills to turn it
    into a distinct work, and distribute that work to an audience, we will reconsider.

    Fee waiver. Under 45 CFR 5.54, a waiver is granted only when disclosure is likely to contribute
    significantly to public understanding of government operations and is not primarily in the requester's
    commercial interest. Your request did not explain how you would convey the information to the public.
    Your request for a fee waiver is therefore denied.

    This letter is not a decision on the records themselves; we are continuing to process your request. Fees,
    if any, may be assessed when the search is complete. If the estimated fees exceed $25.00 we will notify you
    before doing any further work.

    You may appeal the fee waiver and fee category decisions within 90 days of the date of this letter by
    writing to the HHS Deputy Agency Chief FOIA Officer. You may also contact our FOIA Public Liaison or the
    Office of Government Information Services (OGIS).

    Sincerely,

    Daniel Okafor
    Government Information Specialist
    NIH FOIA Office
""")
m = message([('From', 'Okafor, Daniel (NIH/OD) [E] <daniel.okafor@nih.gov>'), ('To', plus('REQ-004')),
             ('Cc', 'NIH FOIA <nihfoia@od.nih.gov>'),
             ('Subject', 'NIH FOIA Case No. 66318 - Fee Category and Fee Waiver Determination'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'CH0PR09MB'))] + o365_headers(fn, 'NIH FOIA Case No. 66318', 'CH0PR09MB'),
            text=body)
save(fn, m)
F.append(fact(fn, 'REQ-004', 'other', '66318', 'fee-category determination and fee-waiver denial; processing continues, '
              'fees only "may" be assessed; not a fee estimate and not a denial of the request', signals=['plus', 'tracking']))

# 019 ---------------------------------------------------------------- NRC acknowledgment of the second request
fn = '019-nrc-ack-simple-track.eml'
t = when(2026, 10, 6, 10, 30)
body = wrap("""
    Dear Requester:

    The U.S. Nuclear Regulatory Commission (NRC) received your Freedom of Information Act (FOIA) request on
    October 5, 2026. It has been assigned tracking number NRC-2026-000455. Please use this number when you
    contact us about the request.

    Description of records requested: records of fitness-for-duty violations and program performance reports
    submitted by power reactor licensees under 10 CFR Part 26, January 2022 to present.

    Processing track: Simple
    Position in queue: 12
    Estimated date of completion: November 3, 2026

    The NRC processes requests in each track on a first-in, first-out basis. The estimated completion date is
    based on the current workload and may change.

    Based on the information you provided, you have been placed in the news media fee category. We do not
    anticipate that fees will exceed the minimum threshold, but we will notify you if that changes.

    Questions may be directed to the FOIA Public Liaison at 301-415-7169 or FOIA.Resource@nrc.gov. You may
    also seek dispute resolution services from the Office of Government Information Services (OGIS).

    FOIA, Library and Information Collections Branch
    Office of the Chief Information Officer
    U.S. Nuclear Regulatory Commission
""")
m = message([('From', 'FOIA Resource <FOIA.Resource@nrc.gov>'), ('To', INBOX),
             ('Subject', 'NRC FOIA Request Acknowledgment - NRC-2026-000455'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'PH1PR09MB'))] + o365_headers(fn, 'NRC FOIA Request Acknowledgment', 'PH1PR09MB'),
            text=body)
save(fn, m)
F.append(fact(fn, 'REQ-008', 'acknowledgment', 'NRC-2026-000455', 'second NRC acknowledgment, same template as 007 but '
              'fitness-for-duty topic; simple track; estimated completion Nov 3', clock='received_on_sent_date',
              estimated='2026-11-03', signals=['subject', 'tracking-new']))

# 020 ---------------------------------------------------------------- CPSC Section 6(b) notice via Google Group
fn = '020-cpsc-6b-notice-via-group.eml'
t = when(2026, 10, 6, 16, 40)
body = wrap("""
    Hello,

    I'm the FOIA specialist handling your request for incident reports and Section 6(b) correspondence about
    infant loungers and inclined sleepers. I wanted to give you a heads-up about timing.

    Many of the responsive records identify manufacturers and private labelers. Before CPSC can disclose
    information from which the public can readily ascertain the identity of a manufacturer, Section 6(b)(1) of
    the Consumer Product Safety Act requires us to notify the firm, give it an opportunity to comment (at least
    15 days), and take reasonable steps to make sure the information is accurate and that disclosure is fair.

    We have started that process for nine firms. As each firm's 6(b) review closes we will release the records
    that relate to it, so you can expect the records in more than one batch. Consumer names and contact details
    in incident reports will be redacted under Exemption 6.

    Nothing is needed from you right now. If you want to prioritize particular products or firms, just let me
    know and I will try to put those first.

    Best,
    Julia Moreno
    FOIA Specialist, Division of the Secretariat
    U.S. Consumer Product Safety Commission
    301-504-7923
""")
m = message([('From', "'Moreno, Julia' via FOIA Desk <foia-desk@watchdesk.example.org>"), ('To', INBOX),
             ('Reply-To', 'Moreno, Julia <JMoreno@cpsc.gov>'),
             ('Subject', 'Your FOIA request S26-0231 - infant loungers'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'IA1PR09MB'))] + group_headers('JMoreno@cpsc.gov', fn), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-010', 'other', 'S26-0231', 'CPSC specialist (personal .gov, relayed by our Google Group with "via") '
              'explains Section 6(b) manufacturer notices and batch releases; no new date or fee',
              signals=['tracking', 'subject']))

merge_facts(F)
print('part2: %d messages' % len(F))
