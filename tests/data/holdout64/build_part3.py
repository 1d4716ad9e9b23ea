#!/usr/bin/env python3
"""Messages 021-030 (October 8 - October 22, 2026)."""
from common import (INBOX, ET, CT, PT, fact, group_headers, hdate, make_pdf, merge_facts, message, mid_o365,
                    o365_headers, plus, req, save, when, wrap)
import pal

F = []

# 021 ---------------------------------------------------------------- FERC submitter notice
fn = '021-ferc-submitter-notice.eml'
t = when(2026, 10, 8, 11, 25)
body = wrap("""
    Dear Requester:

    This concerns your Freedom of Information Act request, FOIA No. FY26-112, for Part 12D safety inspection
    reports and dam safety correspondence for high-hazard dams in Michigan.

    The responsive records were submitted to the Commission by three licensees, and portions were filed with a
    request for privileged or CEII treatment. Under 18 CFR 388.112(d) and Executive Order 12600, the Commission
    has notified each submitter of your request and given it five calendar days to comment on the disclosure
    of the material it designated.

    The Commission will consider any comments before making a determination on your request. If the Commission
    decides to release information over a submitter's objection, the submitter will receive notice at least
    five calendar days before the release.

    This letter does not require any action on your part.

    FOIA/CEII Team
    Office of External Affairs
    Federal Energy Regulatory Commission
    888 First Street, NE, Washington, DC 20426
""")
m = message([('From', 'FOIA-CEII <foia-ceii@ferc.gov>'), ('To', plus('REQ-009')),
             ('Subject', 'FOIA No. FY26-112 - Notice to Submitters'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'SN4PR09MB'))] + o365_headers(fn, 'FOIA No. FY26-112', 'SN4PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-009', 'other', 'FY26-112', 'FERC tells us the licensees received submitter notices (18 CFR 388.112, '
              'EO 12600); no extension invoked, no date, no decision', signals=['plus', 'tracking']))

# 022 ---------------------------------------------------------------- CDC unusual-circumstances extension
fn = '022-cdc-extension.eml'
t = when(2026, 10, 9, 13, 0)
body = wrap("""
    Dear Requester:

    This letter concerns your Freedom of Information Act request #26-01942-FOIA for Epi-Aid reports and
    correspondence about Legionnaires' disease outbreak investigations.

    Because of unusual circumstances, we are extending the time limit to respond to your request by ten
    additional working days, as allowed by 5 U.S.C. 552(a)(6)(B)(i). The unusual circumstances are:

      - responsive records are located in two CDC centers (NCIRD and NCEH) that are separate from the
        FOIA Office; and
      - the records include information provided by state and local health departments, with which we
        need to consult before making a release determination.

    Even with the extension, we will not be able to complete your request within the statutory period. Based
    on the volume of records located so far, we estimate that we will complete our response by January 29,
    2027. You may wish to narrow the scope of your request, or agree to an alternative time frame, to receive
    a faster response. Our FOIA Public Liaison is available at 770-488-6246 to discuss this.

    You also have the right to seek dispute resolution services from the Office of Government Information
    Services (OGIS), National Archives and Records Administration, 8601 Adelphi Road, College Park, MD
    20740-6001; ogis@nara.gov; 202-741-5770.

    Sincerely,
    CDC/ATSDR FOIA Office
""")
m = message([('From', 'CDC FOIA Requests <FOIARequests@cdc.gov>'), ('To', plus('REQ-003')),
             ('Subject', '#26-01942-FOIA Extension of Time'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'DM6PR09MB'))] + o365_headers(fn, 'Extension of Time', 'DM6PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-003', 'extension', '26-01942-FOIA', 'CDC invokes the 10-working-day unusual-circumstances extension '
              'on the Oct 9 due date and estimates completion by Jan 29, 2027', clock='extension',
              estimated='2027-01-29', signals=['plus', 'tracking']))

# 023 ---------------------------------------------------------------- CDC acknowledgment, new fiscal-year number
fn = '023-cdc-ack-wastewater.eml'
t = when(2026, 10, 13, 9, 5)
txt = wrap("""
    Dear Requester:

    The Centers for Disease Control and Prevention and Agency for Toxic Substances and Disease Registry
    (CDC/ATSDR) received your Freedom of Information Act (FOIA) request on October 8, 2026. Your request has
    been assigned number #27-00077-FOIA and placed in our complex processing track.

    You requested: contracts, task orders and statements of work for National Wastewater Surveillance System
    testing and data vendors, and CDC's communications with those vendors, January 2024 to present.

    Fees: your request has been placed in the news media fee category. You will be charged duplication fees
    only, after the first 100 pages.

    You may contact our FOIA Public Liaison at 770-488-6246 for further assistance, or the Office of Government
    Information Services (OGIS) for mediation services.

    Sincerely,
    CDC/ATSDR FOIA Office
    Office of the Chief Operating Officer
""")
htm = ('<html><body style="font-family:Calibri,Arial;font-size:11pt">' +
       ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in txt.strip().split('\n\n')[:-1]) +
       '<p>Sincerely,<br>CDC/ATSDR FOIA Office<br>Office of the Chief Operating Officer</p></body></html>')
m = message([('From', 'CDC FOIA Requests <FOIARequests@cdc.gov>'), ('To', INBOX),
             ('Subject', 'CDC/ATSDR FOIA Request #27-00077-FOIA Acknowledgement'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'DM6PR09MB'))] + o365_headers(fn, 'Acknowledgement', 'DM6PR09MB'),
            text=txt, html=htm)
save(fn, m)
F.append(fact(fn, 'REQ-013', 'acknowledgment', '27-00077-FOIA', 'second CDC acknowledgment; fiscal-year 27 number; received '
              'Oct 8 = sent; due skips Columbus Day and Veterans Day', clock='received_on_sent_date',
              signals=['subject', 'tracking-new']))

# 024 ---------------------------------------------------------------- EPA R5 extension + CBI submitter notices, via group
fn = '024-epa-r5-extension-cbi-via-group.eml'
t = when(2026, 10, 14, 15, 45, CT)
body = wrap("""
    Good afternoon,

    I am the Region 5 FOIA specialist assigned to your request EPA-R5-2026-007713 (ethylene oxide sterilizers).
    I'm writing to let you know that we are taking a 10-working-day extension under 5 U.S.C. 552(a)(6)(B), for
    two reasons:

      1. Many of the inspection and monitoring records were submitted by the three facility operators with
         claims of confidential business information. Under 40 CFR 2.204 we have to give each company an
         opportunity to substantiate its claims before we make a determination. Those notices went out today.
      2. Responsive records sit with the Air and Radiation Division, the Enforcement and Compliance Assurance
         Division and the Office of Regional Counsel, so we are collecting them from several offices.

    Realistically, I expect to finish the review by December 18, 2026, and I'll send what I can before then
    through PAL. If you'd like to talk about narrowing, for example starting with fenceline monitoring data
    only, I'm happy to do that.

    Thanks,
    Anna Kowalczyk
    FOIA Specialist | Records, FOIA and Privacy Branch
    U.S. EPA Region 5 | 77 W. Jackson Blvd., Chicago, IL 60604
    312-886-4103
""")
m = message([('From', "'Kowalczyk, Anna' via FOIA Desk <foia-desk@watchdesk.example.org>"), ('To', INBOX),
             ('Reply-To', 'Kowalczyk, Anna <Kowalczyk.Anna@epa.gov>'),
             ('Subject', 'EPA-R5-2026-007713 - extension of time and business confidentiality notices'),
             ('Date', hdate(t)), ('Message-ID', mid_o365(fn, 'CY8PR09MB'))] +
            group_headers('Kowalczyk.Anna@epa.gov', fn), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-005', 'extension', 'EPA-R5-2026-007713', 'Region 5 specialist (relayed by our Google Group) takes the '
              '10-working-day extension for CBI submitter notices and multi-office search; expects to finish Dec 18',
              clock='extension', estimated='2026-12-18', signals=['tracking']))

# 025 ---------------------------------------------------------------- NRC extension letter, number only in the attachment
fn = '025-nrc-extension-pdf.eml'
t = when(2026, 10, 15, 10, 20)
letter = """
UNITED STATES
NUCLEAR REGULATORY COMMISSION
WASHINGTON, D.C. 20555-0001

October 15, 2026

IN RESPONSE REFER TO: NRC-2026-000412

Watch Desk Records Team
foia-desk@watchdesk.example.org

Dear Requester:

This letter concerns your Freedom of Information Act (FOIA) request for inspection reports, allegation records and enforcement correspondence concerning the restart of the Harbor Point Nuclear Generating Station.

Under 5 U.S.C. 552(a)(6)(B) and 10 CFR 9.25, the NRC is extending the time limit for responding to your request by ten working days. Unusual circumstances apply because we need to search for and collect records from the Region III office and the Office of Investigations, which are separate from the office processing your request, and because some records must be reviewed by another Federal agency with an interest in emergency planning.

We do not expect to be able to complete your request within the extended time limit. Our current estimate is that we will respond by February 26, 2027. Records that are already publicly available in ADAMS will be identified to you as we locate them. You may narrow your request or agree to an alternative time frame by contacting the FOIA Public Liaison at 301-415-7169.

You may also seek assistance from the Office of Government Information Services (OGIS), which offers mediation services to resolve disputes between FOIA requesters and Federal agencies as a non-exclusive alternative to litigation (ogis@nara.gov; 202-741-5770).

Sincerely,

Stephanie R. Blaylock
Government Information Specialist
FOIA, Library and Information Collections Branch
Office of the Chief Information Officer
"""
m = message([('From', 'FOIA Resource <FOIA.Resource@nrc.gov>'), ('To', INBOX), ('Subject', 'FOIA Request Update'),
             ('Date', hdate(t)), ('Message-ID', mid_o365(fn, 'PH1PR09MB'))] +
            o365_headers(fn, 'FOIA Request Update', 'PH1PR09MB'),
            text='Please see the attached correspondence regarding your FOIA request.\n\nNRC FOIA Office\n',
            attachments=[('NRC-2026-000412 Extension Letter.pdf', make_pdf(letter, 'Extension'), 'application/pdf')])
save(fn, m)
F.append(fact(fn, 'REQ-007', 'extension', 'NRC-2026-000412', 'NRC extension: generic subject and body, number only in the '
              'attachment name and PDF; +10 working days on Oct 15; new estimate Feb 26, 2027', clock='extension',
              estimated='2027-02-26', signals=['tracking-filename', 'tracking-attachment']))

# 026 ---------------------------------------------------------------- EPA R5 second request via shared PAL
fn = '026-epa-r5-pal-submitted-benton-harbor.eml'
t = when(2026, 10, 19, 12, 10)
m = pal.submitted(fn, t, 'U.S. Environmental Protection Agency', 'EPA-R5-2026-008544', '10/19/2026',
                  'Oversight records for lead service line replacement in Benton Harbor, Michigan: correspondence with '
                  'EGLE and the city, SDWA 1431 order compliance reports, and inspection notes, 2023 to present',
                  'Region 5 (Chicago)')
save(fn, m)
F.append(fact(fn, 'REQ-014', 'acknowledgment', 'EPA-R5-2026-008544', 'second Region 5 request confirmed by the shared PAL '
              'sender; Benton Harbor description distinguishes it from REQ-005', clock='received_on_sent_date',
              signals=['subject', 'tracking-new']))

# 027 ---------------------------------------------------------------- EPA R10 clarification (staff, personal .gov)
fn = '027-epa-r10-clarification.eml'
t = when(2026, 10, 20, 11, 30, PT)
body = wrap("""
    Hello,

    I'm the FOIA coordinator for the Superfund and Emergency Management Division and have been assigned your
    request EPA-R10-2026-009120 for correspondence on the Duwamish Reach five-year review.

    As written, the request asks for all correspondence about the review. A preliminary search of the mailboxes
    of staff who worked on the review returned roughly 48,000 messages, most of them internal scheduling and
    routine transmittals. Before we go further, could you narrow the request? For example:

      - limit it to correspondence between EPA and outside parties (Washington Department of Ecology, the
        tribes, the King County and City of Seattle project teams, the potentially responsible parties);
      - limit it to named custodians, such as the remedial project managers and the section manager; and/or
      - limit the date range, e.g., January 2025 through the signing of the review.

    Your request is on hold until we hear from you. If we do not receive a response within 20 working days
    (by November 17, 2026), we will assume you are no longer interested and close the request.

    Thank you,
    Erik Lindqvist
    FOIA Coordinator, Superfund and Emergency Management Division
    U.S. EPA Region 10
    206-553-1187
""")
m = message([('From', 'Lindqvist, Erik <Lindqvist.Erik@epa.gov>'), ('To', plus('REQ-006')),
             ('Cc', 'R10 FOIA <r10foia@epa.gov>'),
             ('Subject', 'EPA-R10-2026-009120 - request for clarification'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'MW2PR09MB'))] + o365_headers(fn, 'request for clarification', 'MW2PR09MB'),
            text=body)
save(fn, m)
F.append(fact(fn, 'REQ-006', 'clarification', 'EPA-R10-2026-009120', 'Region 10 asks us to narrow (48,000 emails); request '
              'on hold, closed if no answer by Nov 17', signals=['plus', 'tracking']))

# 028 ---------------------------------------------------------------- FDA clarification, informal, subject changed
fn = '028-fda-clarification-informal.eml'
t = when(2026, 10, 20, 16, 15)
body = wrap("""
    Hi,

    I'm the specialist working your eye drop request (2026-7219). Before I send search tasks out to CDER and the
    Office of Inspections and Investigations, two quick questions:

    1) When you say "adverse event records," do you mean FAERS case reports? Those we would pull as line
    listings with patient and reporter identifiers removed. Or are you after MedWatch forms for particular
    products?

    2) Could you give me the products, firms or recall event numbers you care most about? There have been more
    than 40 recall events for OTC ophthalmic products since January 2024, and pulling full recall files for all
    of them would put this request in line for a long time.

    Until I hear back I'll keep the request on hold. A reply to this email is fine.

    Thanks,
    Ngozi Adeyemi
    Government Information Specialist
    FDA Division of Freedom of Information
""")
m = message([('From', 'Adeyemi, Ngozi <Ngozi.Adeyemi@fda.hhs.gov>'), ('To', INBOX),
             ('Subject', 'Question on your eye drop request'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'BY5PR09MB'))] + o365_headers(fn, 'Question on your eye drop request',
                                                                         'BY5PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-002', 'clarification', '2026-7219', 'FDA specialist from a personal .gov address asks what "adverse '
              'event records" means and which products; request on hold', signals=['tracking', 'subject']))

# 029 ---------------------------------------------------------------- OSHA extension letter inside a PAL notification
fn = '029-osha-pal-extension-letter.eml'
t = when(2026, 10, 22, 9, 40)
rows = [('Request Number', '2026-F-11842'), ('Correspondence Type', 'Extension - Unusual Circumstances'),
        ('Date', '10/22/2026')]
paras = ['The following correspondence has been issued on your request:',
         'Dear Requester: The U.S. Department of Labor is extending the time limit for responding to your FOIA request '
         'by ten working days, as permitted by 5 U.S.C. 552(a)(6)(B) and 29 CFR 70.25. Unusual circumstances apply '
         'because the inspection case files you requested are kept in fourteen OSHA Area Offices in four regions, '
         'which are separate from the office processing your request, and because the files are voluminous.',
         'Your request has been placed in the complex processing track and is currently number 341 in that track. '
         'We estimate that we will complete our response by March 12, 2027. You may narrow your request, for '
         'example to closed inspections or to particular Area Offices, to receive a faster response.',
         'You may contact the DOL FOIA Public Liaison at 202-693-5427 or the Office of Government Information '
         'Services (OGIS) at ogis@nara.gov for assistance.']
m = pal.pal_message(fn, t, 'FOIA Request 2026-F-11842 - New Correspondence', 'U.S. Department of Labor', rows, paras)
save(fn, m)
F.append(fact(fn, 'REQ-012', 'extension', '2026-F-11842', 'extension letter delivered inside a PAL notification: +10 working '
              'days on the Oct 27 due date, complex track no. 341, estimate Mar 12, 2027', clock='extension',
              estimated='2027-03-12', signals=['tracking']))

# 030 ---------------------------------------------------------------- NHTSA extension, reply to the agency's own ack
fn = '030-nhtsa-extension-reply.eml'
t = when(2026, 10, 22, 14, 5)
ack_mid = mid_o365('014-nhtsa-ack-letter.eml', 'BN0PR09MB')
body = wrap("""
    Good afternoon,

    Following up on the acknowledgment below. We need more time on this one. The crash reports you asked for
    came in from eleven manufacturers, and most of the narrative and video fields were submitted with requests
    for confidential treatment under 49 CFR Part 512. We have to consult with each submitter before we can
    make a release decision, and the records are held by both the Office of Defects Investigation and the
    Office of Vehicle Safety Research.

    Because of those unusual circumstances, we are extending the response time by 10 working days under 5
    U.S.C. 552(a)(6)(B). Realistically we are looking at a first release in late January and completion by
    February 19, 2027. If a narrower scope would help you (for example, reports from a single manufacturer or
    only reports involving an injury), let me know and I can move that portion up.

    You can also reach our FOIA Public Liaison at 202-366-2870 or OGIS (ogis@nara.gov).

    Darnell Hughes
    FOIA Specialist, Office of the Chief Counsel
    National Highway Traffic Safety Administration
""")
body += '\n-----Original Message-----\nFrom: NHTSA FOIA <NHTSA.FOIA@dot.gov>\nSent: Monday, September 28, 2026 ' \
        '10:05 AM\nTo: %s\nSubject: FOIA Acknowledgment - NHTSA-2026-01187\n\nPlease see the attached ' \
        'acknowledgment letter.\n' % plus('REQ-011')
m = message([('From', 'Hughes, Darnell (NHTSA) <darnell.hughes@dot.gov>'), ('To', plus('REQ-011')),
             ('Subject', 'RE: FOIA Acknowledgment - NHTSA-2026-01187'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'BN0PR09MB')), ('In-Reply-To', ack_mid), ('References', ack_mid)] +
            o365_headers(fn, 'FOIA Acknowledgment', 'BN0PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-011', 'extension', 'NHTSA-2026-01187', 'NHTSA specialist replies to the agency\'s own ack: +10 working '
              'days on the Oct 26 due date for Part 512 consultations; completion by Feb 19, 2027', clock='extension',
              estimated='2027-02-19', signals=['plus', 'tracking']))

merge_facts(F)
print('part3: %d messages' % len(F))
