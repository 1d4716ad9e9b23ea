#!/usr/bin/env python3
"""Messages 001-010 (September 8-22, 2026)."""
import html

from common import (DESK, INBOX, ET, fact, hdate, make_pdf, merge_facts, message, mid_o365, mid_plain,
                    o365_headers, plus, quote, req, save, when, wrap)
import pal

F = []

# 001 ---------------------------------------------------------------- FDA mailbox auto-reply (threaded)
fn = '001-fda-mailbox-autoreply.eml'
r = req('REQ-001')
t = when(2026, 9, 8, 14, 5)
body = wrap("""
    Thank you for writing to the FDA Division of Freedom of Information (DFOI).

    This automatic response confirms only that your message reached the DFOI mailbox. It is not an
    acknowledgment of a Freedom of Information Act request and no request number has been assigned.

    Requests received by email are entered in the order they arrive. Once your request has been logged you
    will receive an acknowledgment letter that states the date of receipt and your FOI request number.
    Please allow up to ten business days before asking about the status of a new request.

    Status inquiries: FOIA Requester Service Center, 301-796-3900.
    Requests for FDA records about yourself should be made under the Privacy Act.

    Please do not reply to this message.
""")
m = message([('From', 'FDA FOIA <FDAFOIA@fda.hhs.gov>'), ('To', INBOX),
             ('Subject', 'Automatic reply: ' + r['subject']), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'BY5PR09MB')), ('In-Reply-To', r['message_id']),
             ('References', r['message_id']), ('Auto-Submitted', 'auto-replied'),
             ('X-Auto-Response-Suppress', 'All')] + o365_headers(fn, r['subject'], 'BY5PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-001', 'auto_reply', None, 'DFOI mailbox auto-response threaded to REQ-001; says it is not an '
              'acknowledgment and no number is assigned', signals=['thread']))

# 002 ---------------------------------------------------------------- CDC auto-response (plus address only)
fn = '002-cdc-auto-response.eml'
t = when(2026, 9, 10, 15, 31)
body = wrap("""
    *** This is an automated response. Please do not reply. ***

    The CDC/ATSDR Freedom of Information Act Office has received your email.

    If your email contains a new FOIA request, an acknowledgement letter with your request number will be sent
    to you, normally within two business days. If your email concerns an existing request, please include the
    request number (for example, #26-00000-FOIA) so that it can be routed to the assigned FOIA specialist.

    You can also submit and track requests through the CDC FOIA Public Access Link (PAL).

    CDC/ATSDR FOIA Office
    Office of the Chief Operating Officer
    Centers for Disease Control and Prevention
""")
m = message([('From', 'CDC FOIA Requests <FOIARequests@cdc.gov>'), ('To', plus('REQ-003')),
             ('Subject', 'Automatic Response - CDC/ATSDR FOIA Office'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'DM6PR09MB')), ('Auto-Submitted', 'auto-replied'),
             ('X-Auto-Response-Suppress', 'All')], text=body)
save(fn, m)
F.append(fact(fn, 'REQ-003', 'auto_reply', None, 'CDC FOIA mailbox auto-response to the plus address; the placeholder '
              '#26-00000-FOIA is an example, not a number', signals=['plus']))

# 003 ---------------------------------------------------------------- FDA acknowledgment, HTML only
fn = '003-fda-ack-html.eml'
t = when(2026, 9, 11, 10, 12)
paras = [
    ('Re: FOI Request 2026-6841', True),
    ('Dear Requester:', False),
    ('This letter acknowledges receipt of your Freedom of Information Act (FOIA) request, which the Division of '
     'Freedom of Information received on <b>09/09/2026</b>. You asked for Forms FDA 483 (inspectional observations) '
     'and establishment inspection reports for domestic infant formula manufacturing facilities from January 2023 '
     'to the present.', False),
    ('Your request has been assigned the number shown above. Please cite it in any communication with us.', False),
    ('FDA processes requests in multiple tracks. Because your request will require searches in more than one '
     'office (the Office of Inspections and Investigations and the Human Foods Program) and review of a large '
     'volume of records, it has been placed in the <b>complex</b> track. Requests in each track are handled in '
     'the order received.', False),
    ('Your request for expedited processing will be addressed in separate correspondence.', False),
    ('You asked to be treated as a representative of the news media. For fee purposes your request has been '
     'placed in that category; you will not be charged for search or review, and the first 100 pages of '
     'duplication are provided without charge. Duplication fees may apply beyond that point. We will contact you '
     'before incurring charges of more than $25.00.', False),
    ('If you have questions, contact the FOIA Requester Service Center at 301-796-3900 or our FOIA Public Liaison. '
     'You may also contact the Office of Government Information Services (OGIS) at the National Archives and '
     'Records Administration, which offers mediation services to resolve disputes between FOIA requesters and '
     'Federal agencies (ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448).', False),
    ('Sincerely,<br>Division of Freedom of Information<br>Office of the Executive Secretariat<br>'
     'U.S. Food and Drug Administration', False),
]
inner = ''.join('<p%s>%s</p>' % (' style="font-weight:bold"' if b else '', p) for p, b in paras)
htm = ('<html><body style="font-family:Times New Roman,serif;font-size:12pt">'
       '<table width="640"><tr><td style="font-size:10pt">DEPARTMENT OF HEALTH AND HUMAN SERVICES<br>'
       'Food and Drug Administration<br>5630 Fishers Lane, Room 1035<br>Rockville, MD 20857</td></tr></table>'
       '<p>September 11, 2026</p><p>Watch Desk Records Team<br>foia-desk@watchdesk.example.org</p>%s'
       '</body></html>' % inner)
m = message([('From', 'FDA FOIA <FDAFOIA@fda.hhs.gov>'), ('To', INBOX),
             ('Subject', 'FDA FOIA Request 2026-6841 Acknowledgement'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'BY5PR09MB'))] + o365_headers(fn, 'FDA FOIA Request 2026-6841 '
                                                                         'Acknowledgement', 'BY5PR09MB'), html=htm)
save(fn, m)
F.append(fact(fn, 'REQ-001', 'acknowledgment', '2026-6841', 'FDA acknowledgment (HTML only) states receipt on 09/09/2026, '
              'a day after the request was sent; complex track; news-media fee category', clock='received:2026-09-09',
              signals=['subject', 'tracking-new']))

# 004 ---------------------------------------------------------------- CDC acknowledgment letter in PDF
fn = '004-cdc-ack-letter-pdf.eml'
t = when(2026, 9, 14, 9, 47)
letter = """
DEPARTMENT OF HEALTH & HUMAN SERVICES                      Public Health Service
                                     Centers for Disease Control and Prevention (CDC)
                                     Atlanta GA 30329-4027

September 14, 2026

Watch Desk Records Team
Via email: foia-desk+req-003@watchdesk.example.org

Dear Requester:

The Centers for Disease Control and Prevention and Agency for Toxic Substances and Disease Registry (CDC/ATSDR) received your Freedom of Information Act (FOIA) request on September 11, 2026. Your request has been assigned number #26-01942-FOIA and placed in our complex processing track.

You requested:
  Epi-Aid trip reports, final reports and correspondence with state or local health departments
  concerning Legionnaires' disease outbreak investigations, January 1, 2025 to the date of the search.

We will make every effort to respond to your request as quickly as possible. Your request may involve unusual circumstances, because responsive records may be located in more than one CDC center, institute or office, and we may need to consult with state health departments whose information appears in the records. If that is the case we will write to you separately.

Fees: You asked to be placed in the news media fee category. That request is granted. You will be charged duplication fees only, after the first 100 pages. We have not made a decision on your request for a fee waiver; we will do so only if chargeable fees are expected.

You may contact our FOIA Public Liaison at 770-488-6246 for any further assistance and to discuss any aspect of your request. You may also contact the Office of Government Information Services (OGIS) at the National Archives and Records Administration to inquire about the FOIA mediation services they offer (ogis@nara.gov; 202-741-5770).

Sincerely,

CDC/ATSDR FOIA Office
Office of the Chief Operating Officer
(770) 488-6399
"""
m = message([('From', 'CDC FOIA Requests <FOIARequests@cdc.gov>'), ('To', plus('REQ-003')),
             ('Subject', 'Acknowledgement Letter'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'DM6PR09MB'))] + o365_headers(fn, 'Acknowledgement Letter', 'DM6PR09MB'),
            text=wrap("""
                Please see the attached letter concerning your Freedom of Information Act request.

                CDC/ATSDR FOIA Office
            """),
            attachments=[('26-01942-FOIA_Acknowledgement.pdf', make_pdf(letter, 'Acknowledgement'), 'application/pdf')])
save(fn, m)
F.append(fact(fn, 'REQ-003', 'acknowledgment', '26-01942-FOIA', 'CDC acknowledgment only in PDF: received Sep 11 (sent Sep 10 '
              'evening); complex track; unusual circumstances only "may" apply, so no extension', clock='received:2026-09-11',
              signals=['plus', 'tracking-new', 'tracking-attachment']))

# 005 ---------------------------------------------------------------- NIH acknowledgment, threaded, quotes request
fn = '005-nih-ack-threaded.eml'
r = req('REQ-004')
t = when(2026, 9, 15, 11, 20)
ours = wrap("""
    To the NIH FOIA Office:

    Under the Freedom of Information Act, we request copies of noncompliance reports submitted to the Office of
    Laboratory Animal Welfare (OLAW) by awardee institutions, and OLAW's correspondence in reply, from January 1,
    2024 to the date of the search.

    We are a nonprofit newsroom and ask to be placed in the news media fee category. We also request a fee
    waiver. Electronic copies are preferred.

    Watch Desk Records Team
""")
body = wrap("""
    Good morning,

    This acknowledges receipt of your Freedom of Information Act request dated September 14, 2026, for OLAW
    noncompliance reports and related correspondence. Your request has been assigned NIH FOIA Case No. 66318.
    Please refer to this number in any future correspondence.

    Your request has been sent to the Office of Extramural Research for a search. It has been placed in our
    complex queue, where there are currently 214 requests ahead of it. We process requests in each queue on a
    first-in, first-out basis.

    We will write to you separately about your fee category and your fee waiver request. Fees, if any, will be
    charged in accordance with the HHS FOIA regulations at 45 CFR Part 5, Subpart D.

    If you have questions, you may call the NIH FOIA Office at 301-496-5633 or contact our FOIA Public Liaison.

    Regards,
    NIH FOIA Office
    Office of Communications and Public Liaison
    Building 31, Room 5B35
    Bethesda, MD 20892
""")
body += '\n-----Original Message-----\nFrom: Watch Desk Records Team <%s>\nSent: Monday, September 14, 2026 10:02 AM\n' \
        'To: NIH FOIA <nihfoia@od.nih.gov>\nSubject: %s\n\n%s' % (INBOX, r['subject'], ours)
m = message([('From', 'NIH FOIA <nihfoia@od.nih.gov>'), ('To', plus('REQ-004')), ('Subject', 'RE: ' + r['subject']),
             ('Date', hdate(t)), ('Message-ID', mid_o365(fn, 'CH0PR09MB')), ('In-Reply-To', r['message_id']),
             ('References', r['message_id'])] + o365_headers(fn, r['subject'], 'CH0PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-004', 'acknowledgment', '66318', 'NIH acknowledges the Sep 14 request as Case No. 66318, complex '
              'queue with 214 ahead; fee category deferred', clock='received_on_sent_date',
              signals=['thread', 'plus', 'tracking-new']))

# 006 ---------------------------------------------------------------- EPA Region 5 via shared PAL, to main inbox
fn = '006-epa-r5-pal-submitted.eml'
t = when(2026, 9, 15, 16, 2)
m = pal.submitted(fn, t, 'U.S. Environmental Protection Agency', 'EPA-R5-2026-007713', '09/15/2026',
                  'Inspection reports, fenceline and ambient ethylene oxide monitoring data, and enforcement records for '
                  'commercial sterilizers in EPA Region 5, 2021 to present', 'Region 5 (Chicago)')
save(fn, m)
F.append(fact(fn, 'REQ-005', 'acknowledgment', 'EPA-R5-2026-007713', 'shared PAL notification (no agency address) confirms '
              'the Region 5 ethylene oxide request submitted 09/15/2026 and gives its number',
              clock='received_on_sent_date', signals=['subject', 'tracking-new']))

# 007 ---------------------------------------------------------------- NRC acknowledgment with queue place and estimate
fn = '007-nrc-ack-queue.eml'
t = when(2026, 9, 17, 8, 55)
body = wrap("""
    Dear Requester:

    The U.S. Nuclear Regulatory Commission (NRC) received your Freedom of Information Act (FOIA) request on
    September 16, 2026. It has been assigned tracking number NRC-2026-000412. Please use this number when you
    contact us about the request.

    Description of records requested: inspection reports, allegation records and enforcement correspondence
    concerning the restart of the Harbor Point Nuclear Generating Station, January 2024 to present.

    Processing track: Complex
    Position in queue: 87
    Estimated date of completion: January 22, 2027

    The NRC processes requests in each track on a first-in, first-out basis. The estimated completion date is
    based on the current workload and may change. You may narrow the scope of your request to have it moved to
    a faster track.

    Based on the information you provided, you have been placed in the news media fee category. We do not
    anticipate that fees will exceed the minimum threshold, but we will notify you if that changes.

    Questions may be directed to the FOIA Public Liaison at 301-415-7169 or FOIA.Resource@nrc.gov. You may
    also seek dispute resolution services from the Office of Government Information Services (OGIS).

    FOIA, Library and Information Collections Branch
    Office of the Chief Information Officer
    U.S. Nuclear Regulatory Commission
""")
m = message([('From', 'FOIA Resource <FOIA.Resource@nrc.gov>'), ('To', INBOX),
             ('Subject', 'NRC FOIA Request Acknowledgment - NRC-2026-000412'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'PH1PR09MB'))] + o365_headers(fn, 'NRC FOIA Request Acknowledgment', 'PH1PR09MB'),
            text=body)
save(fn, m)
F.append(fact(fn, 'REQ-007', 'acknowledgment', 'NRC-2026-000412', 'NRC acknowledgment: received Sep 16 (= sent), complex '
              'track, position 87, estimated completion Jan 22, 2027', clock='received_on_sent_date',
              estimated='2027-01-22', signals=['subject', 'tracking-new']))

# 008 ---------------------------------------------------------------- FDA expedited processing denied (not the request)
fn = '008-fda-expedite-denied.eml'
t = when(2026, 9, 17, 14, 30)
body = wrap("""
    Dear Requester:

    This letter responds to your request for expedited processing of FOI Request 2026-6841, for Forms FDA 483
    and establishment inspection reports for infant formula manufacturers.

    Under 21 CFR 20.44, FDA grants expedited processing when a requester shows a compelling need: that failure
    to obtain the records quickly could reasonably be expected to pose an imminent threat to the life or
    physical safety of an individual, or, for a person primarily engaged in disseminating information, that
    there is an urgency to inform the public about an actual or alleged Federal Government activity.

    Your statement explains the general public interest in infant formula safety, but it does not identify a
    particular urgency that would be lost if the records were released in the ordinary course. Your request
    for expedited processing is therefore denied.

    This decision concerns only the order in which your request is processed. It is not a decision on the
    records you asked for. Your request remains in the complex track and will be processed in the order it
    was received.

    If you disagree with this decision, you may appeal the denial of expedited processing. Your appeal must be
    postmarked or electronically submitted within 90 days of the date of this letter, to the Deputy Agency
    Chief FOIA Officer, U.S. Department of Health and Human Services, via the HHS FOIA appeal portal or by mail.
    You may also contact the FDA FOIA Public Liaison or the Office of Government Information Services (OGIS).

    Sincerely,

    Lucia Hernandez
    Government Information Specialist
    Division of Freedom of Information
    U.S. Food and Drug Administration
""")
m = message([('From', 'Hernandez, Lucia <Lucia.Hernandez@fda.hhs.gov>'), ('To', INBOX),
             ('Subject', 'FOI Request 2026-6841 - Expedited Processing Determination'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'BY5PR09MB'))] + o365_headers(fn, 'FOI Request 2026-6841 - Expedited '
                                                                         'Processing Determination', 'BY5PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-001', 'other', '2026-6841', 'expedited processing denied; the letter says it is not a decision on '
              'the records and processing continues, so not a denial of the request (no appeal_due label)',
              signals=['tracking']))

# 009 ---------------------------------------------------------------- FERC acknowledgment, Outlook reply quoting request
fn = '009-ferc-ack-reply.eml'
r = req('REQ-009')
t = when(2026, 9, 18, 10, 40)
ours = wrap("""
    Dear FOIA Officer:

    Pursuant to the Freedom of Information Act, we request copies of Part 12D independent consultant safety
    inspection reports, Potential Failure Mode Analyses and related dam safety correspondence from the Chicago
    Regional Office for high-hazard potential dams in Michigan, January 1, 2020 to present.

    We understand that some of this material may be designated CEII. Please release all reasonably segregable
    portions. We ask to be placed in the news media fee category.

    Watch Desk Records Team
""")
body = wrap("""
    Good morning,

    The Federal Energy Regulatory Commission received your Freedom of Information Act request on September 17,
    2026. Your request has been assigned FOIA No. FY26-112.

    Please be aware that the records you describe may contain Critical Energy/Electric Infrastructure
    Information (CEII). Information designated as CEII is exempt from disclosure under the FOIA, although it may
    be made available to a requester with a legitimate need through the separate CEII request process at 18
    CFR 388.113.

    The Commission will respond within twenty working days of receipt unless unusual circumstances apply. If you
    have questions, please contact the FOIA Public Liaison at 202-502-6088 and refer to the FOIA number above.

    Thank you,
    FOIA/CEII Team
    Office of External Affairs
    Federal Energy Regulatory Commission
""")
body += '\n' + '_' * 32 + '\nFrom: FOIA Desk <%s>\nSent: Thursday, September 17, 2026 9:14 AM\nTo: FOIA-CEII ' \
        '<foia-ceii@ferc.gov>\nSubject: %s\n\n%s' % (INBOX, r['subject'], ours)
m = message([('From', 'FOIA-CEII <foia-ceii@ferc.gov>'), ('To', plus('REQ-009')), ('Subject', 'RE: ' + r['subject']),
             ('Date', hdate(t)), ('Message-ID', mid_o365(fn, 'SN4PR09MB')), ('In-Reply-To', r['message_id']),
             ('References', r['message_id'])] + o365_headers(fn, r['subject'], 'SN4PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-009', 'acknowledgment', 'FY26-112', 'FERC acknowledgment in an Outlook reply quoting our request; '
              'received Sep 17 (= sent); FOIA No. FY26-112', clock='received_on_sent_date',
              signals=['thread', 'plus', 'tracking-new']))

# 010 ---------------------------------------------------------------- CPSC via the same PAL service
fn = '010-cpsc-pal-submitted.eml'
t = when(2026, 9, 22, 13, 15)
m = pal.submitted(fn, t, 'U.S. Consumer Product Safety Commission', 'S26-0231', '09/22/2026',
                  'Incident reports (IPII, consumer reports, death certificates) and Section 6(b) correspondence '
                  'concerning infant loungers and inclined infant sleep products, 2022 to present',
                  'Division of the Secretariat - FOIA')
save(fn, m)
F.append(fact(fn, 'REQ-010', 'acknowledgment', 'S26-0231', 'same shared PAL sender as 006, this time for CPSC; submitted '
              '09/22/2026 = sent', clock='received_on_sent_date', signals=['subject', 'tracking-new']))

merge_facts(F)
print('part1: %d messages' % len(F))
