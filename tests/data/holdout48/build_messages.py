#!/usr/bin/env python3
"""Write messages/*.eml and facts.yaml for this set (run once; output is committed, not regenerated at test time).

Every message is defined below with its hand-written facts (request, kind, tracking number, clock fact,
adverse determination, estimated date, matching signals, why). Files are numbered in Date: order.
Dates are never computed here: compute_labels.py derives due / appeal_due from facts.yaml.
"""
import datetime as dt, email.utils, shutil
from pathlib import Path
import yaml
from mailkit import *  # noqa

HERE = Path(__file__).resolve().parent
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
M = []


def R(n):
    return REQS['REQ-%03d' % n]


def add(date, slug, data, **facts):
    M.append((email.utils.parsedate_to_datetime(date), slug, data, facts))


# Our outgoing request bodies (quoted by some replies)
BODY = {
    1: """Dear Public Records Coordinator:

Under the Indiana Access to Public Records Act, IC 5-14-3, I request copies of the
information the Department may release under IC 31-33-18-1.5 for each child death or
near fatality that occurred in Indiana from January 1, 2025 through August 31, 2026 and
that DCS determined, or a prosecuting attorney alleged, to be the result of abuse,
abandonment or neglect. For each case this would include the summary of the report,
the child's date of birth (or age) and gender, the cause of the fatality or near
fatality if determined, and whether and how often DCS had contact with the child or
the alleged perpetrator before the incident.

Electronic copies by email are preferred. Please let me know before incurring any
copying fees over $50.

Marcus Tate
Ledger Collaborative, Indianapolis bureau
records+req-001@ledgercollab.example.org""",
    3: """To the Public Records Coordinator, Office of General Counsel:

Under the Tennessee Public Records Act, T.C.A. 10-7-503, I request electronic copies of
the Child Death and Near Death review summaries (the public summaries prepared after
the Department's child death review process) for reviews completed during calendar
year 2025, redacted as the law requires.

I am a Tennessee citizen and resident of Memphis. Electronic copies are preferred.

Renee Albright
Ledger Collaborative, Memphis
records+req-003@ledgercollab.example.org""",
    6: """Dear Custodian of Records:

Pursuant to the Indiana Access to Public Records Act (IC 5-14-3), I request:
1. the data IPS reported to the Indiana Department of Education on the use of
   restraint and seclusion for school years 2023-24, 2024-25 and 2025-26 to date; and
2. the building-level incident documentation for each use of restraint or seclusion
   for the same period, with student-identifying information redacted.

Electronic copies are preferred.

Marcus Tate
Ledger Collaborative
records+req-006@ledgercollab.example.org""",
    7: """Dear Custodian of Records:

Under Missouri's Sunshine Law, Chapter 610 RSMo, I request the seclusion and restraint
incident data that public school districts and charter schools have reported to DESE
under section 160.263 RSMo for school years 2022-23 through 2025-26 to date, at the
incident level if it exists (with student identifiers removed), and any list or
tracking document of districts that have not reported.

Ana Ferrer
Ledger Collaborative, St. Louis
records+req-007@ledgercollab.example.org""",
    11: """Under the Tennessee Public Records Act, I request records showing the number of uses of
physical restraint and isolation in MSCS schools for school years 2023-24 through
2025-26 to date, by school, as documented under the Special Education Behavior
Supports Act.

Renee Albright, Memphis""",
    15: """Under the Tennessee Public Records Act, I request records showing the number of
delinquency complaints or petitions filed by school resource officers, or arising from
incidents at a school, from January 1, 2024 to date, by school if available.

Renee Albright
Ledger Collaborative, Memphis
records+req-015@ledgercollab.example.org""",
}

# ============================================================ Indiana DCS (REQ-001, REQ-009)
ids = Ids(1)
r = R(1)
body = """Thank you for contacting the Indiana Department of Child Services, Public Records.

This automatic reply confirms only that your message reached this mailbox. It is not
an acknowledgment of a request under the Access to Public Records Act; a member of
our staff will respond to records requests during regular business hours
(Monday - Friday, 8:00 a.m. - 4:30 p.m. Eastern).

- Parents, guardians and other persons named in a report who want a copy of their own
  case file should use the Request for Release of Records form on the DCS website.
- Media inquiries should be directed to the DCS Communications Office.
- To report suspected child abuse or neglect, call the Indiana DCS Hotline at
  1-800-800-5556. Do not use email to report abuse or neglect.

Indiana Department of Child Services
Public Records | Office of General Counsel
"""
m = alternative(body, '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' +
                ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in body.strip().split('\n\n')) + '</div></body></html>',
                boundary='_000_%s_' % ids.HEX(24))
add(D('2026-09-08 14:02:11', '-0400'), 'in-dcs-autoreply', finish(m, [
    ('From', 'DCS Public Records <dcs.publicrecords@dcs.in.gov>'),
    ('To', 'Ledger Collaborative Records <%s>' % r['reply_address']),
    ('Subject', 'Automatic reply: ' + r['subject']),
    ('Thread-Topic', r['subject']), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-09-08 14:02:11', '-0400')), ('Message-ID', ids.outlook()),
    ('In-Reply-To', r['message_id']), ('References', r['message_id']),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'dcs.publicrecords@dcs.in.gov'),
    ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]),
    request='REQ-001', kind='auto_reply', tracking_number=None, signals=['thread', 'plus'],
    why='DCS public-records mailbox auto-reply threaded to our request; says it is not an APRA acknowledgment')

ids = Ids(3)
plain = """Good morning Mr. Tate,

The Indiana Department of Child Services (DCS) received your public records request on
September 8, 2026. Your request has been assigned tracking number 2026-PRR-0413. Please
reference this number in any future correspondence about this request.

Please be aware that reports of child abuse or neglect, and records regarding the death
of a child determined to be the result of abuse, abandonment or neglect, are
confidential under IC 31-33-18-1. IC 31-33-18-1.5 permits release of certain
information in fatality and near fatality cases only after identifying information is
redacted, and in some cases only after a determination by the court exercising juvenile
jurisdiction in the county where the death or near fatality occurred. DCS is reviewing
your request and will follow up with an update on how the Department intends to
proceed.

Thank you,

Brenda Haskins
Public Records Coordinator | Office of General Counsel
Indiana Department of Child Services
302 W. Washington Street, Room E306 | Indianapolis, IN 46204
"""
m = alternative(plain, '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                '<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt;color:#000">' +
                ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in plain.strip().split('\n\n')) + '</div></body></html>',
                boundary='_000_%s_' % ids.HEX(30))
add(D('2026-09-10 09:31:05', '-0400'), 'in-dcs-ack', finish(m, [
    ('From', 'DCS Public Records <dcs.publicrecords@dcs.in.gov>'),
    ('To', 'Marcus Tate <%s>' % r['reply_address']),
    ('Subject', 'RE: %s [2026-PRR-0413]' % r['subject']),
    ('Thread-Topic', r['subject']), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-09-10 09:31:05', '-0400')), ('Message-ID', ids.outlook()),
    ('In-Reply-To', r['message_id']), ('References', r['message_id']),
    ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
    ('X-Originating-IP', '[10.24.18.77]')]),
    request='REQ-001', kind='acknowledgment', tracking_number='2026-PRR-0413', clock='received_on_sent_date',
    signals=['thread', 'plus', 'tracking-new'],
    why='IN DCS confirms receipt on Sept 8 (= sent) and assigns 2026-PRR-0413; IN 7 calendar days')

ids = Ids(9)
plain = """Mr. Tate,

This is an update on request 2026-PRR-0413.

DCS has identified the fatality and near fatality cases from January 1, 2025 through
August 31, 2026 that fall within IC 31-33-18-1.5. Before any information can be
released, identifying information must be redacted as required by IC 31-33-18-1.5(c),
and for cases where the finding rests on a prosecutor's charging document rather than a
DCS determination, the court exercising juvenile jurisdiction must first make the
determination described in IC 31-33-18-1.5(b). Those steps are outside the Department's
control.

DCS anticipates providing its response, including any releasable records, on or before
November 13, 2026. If records become available sooner, we will send them as they are
completed.

Brenda Haskins
Public Records Coordinator | Office of General Counsel
Indiana Department of Child Services
"""
m = alternative(plain, '<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">' +
                ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in plain.strip().split('\n\n')) + '</div></body></html>',
                boundary='_000_%s_' % ids.HEX(30))
add(D('2026-09-15 15:48:30', '-0400'), 'in-dcs-extension', finish(m, [
    ('From', 'DCS Public Records <dcs.publicrecords@dcs.in.gov>'),
    ('To', 'Marcus Tate <%s>' % r['reply_address']),
    ('Subject', 'RE: %s [2026-PRR-0413]' % r['subject']),
    ('Thread-Topic', r['subject']), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-09-15 15:48:30', '-0400')), ('Message-ID', ids.outlook()),
    ('In-Reply-To', r['message_id']), ('References', r['message_id']),
    ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]),
    request='REQ-001', kind='extension', tracking_number='2026-PRR-0413', clock='extension', estimated='2026-11-13',
    signals=['thread', 'plus', 'tracking'],
    why='DCS needs court review/redaction under IC 31-33-18-1.5 and gives Nov 13 as the new date; IN has no extension days, so no due')

ids = Ids(20)
r9 = R(9)
plain = """Mr. Tate,

DCS received your public records request on October 2, 2026 (your email arrived after
business hours on October 1). It has been assigned tracking number 2026-PRR-0521.

Your request seeks licensed foster home counts and licensed capacity by region, and
lists of children placed in out-of-state residential facilities, for 2023 through 2026.
The licensing data is maintained by the Office of Foster Care and Licensing and
placement data by the Residential Services unit; we have asked both to identify
responsive records. Please note that information identifying a child in DCS care is
confidential and would be redacted.

Thank you,

Brenda Haskins
Public Records Coordinator | Office of General Counsel
Indiana Department of Child Services
"""
m = alternative(plain, '<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">' +
                ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in plain.strip().split('\n\n')) + '</div></body></html>',
                boundary='_000_%s_' % ids.HEX(30))
add(D('2026-10-05 10:22:48', '-0400'), 'in-dcs-ack', finish(m, [
    ('From', 'DCS Public Records <dcs.publicrecords@dcs.in.gov>'),
    ('To', 'Marcus Tate <%s>' % r9['reply_address']),
    ('Subject', 'RE: ' + r9['subject']),
    ('Thread-Topic', r9['subject']), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-10-05 10:22:48', '-0400')), ('Message-ID', ids.outlook()),
    ('In-Reply-To', r9['message_id']), ('References', r9['message_id']),
    ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]),
    request='REQ-009', kind='acknowledgment', tracking_number='2026-PRR-0521', clock='received:2026-10-02',
    signals=['thread', 'plus', 'tracking-new'],
    why='DCS acknowledges the foster-capacity request as received Oct 2 (sent after hours Oct 1); 7 calendar days from Oct 2')

ids = Ids(33)
plain = """Hi Marcus,

Brenda in Public Records asked me to answer the question you sent her about the near
fatality numbers, since it's really a data question and not a records one.

A few things that should help:

1. We only count a near fatality when a physician has certified that the child was in
   serious or critical condition. A hospital admission by itself doesn't qualify, so
   our number will always be lower than what hospitals or coroners see.
2. Cases are counted in the year the assessment was substantiated, not the year the
   incident happened. A child who died in late December 2025 with a finding in
   February 2026 shows up in 2026. That's the main reason our annual report and the
   county coroner numbers never line up.
3. "Prior contact" in the summaries means any assessment, open case or hotline report
   screened in for the child or the alleged perpetrator in the five years before the
   incident. Screened-out calls aren't counted.

The cases in your request will follow that same counting, so you may see a couple of
2024 incidents in the list. Happy to get on a call if that's easier.

Nnamdi

Nnamdi Okafor
Program Manager, Child Fatality/Near Fatality Review
Indiana Department of Child Services
"""
m = alternative(plain, '<html><body><div style="font-family:Aptos,sans-serif;font-size:11pt">' +
                ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in plain.strip().split('\n\n')) + '</div></body></html>',
                boundary='_000_%s_' % ids.HEX(30))
add(D('2026-10-22 15:35:16', '-0400'), 'in-dcs-staff-note', finish(m, [
    ('From', '"Okafor, Nnamdi" <Nnamdi.Okafor@dcs.in.gov>'),
    ('To', 'Marcus Tate <%s>' % r['reply_address']),
    ('Cc', '"Haskins, Brenda" <Brenda.Haskins@dcs.in.gov>'),
    ('Subject', 'RE: question on near fatality counts (2026-PRR-0413)'),
    ('Thread-Topic', 'question on near fatality counts (2026-PRR-0413)'), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-10-22 15:35:16', '-0400')), ('Message-ID', ids.outlook()),
    ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]),
    request='REQ-001', kind='other', tracking_number='2026-PRR-0413',
    signals=['plus', 'tracking', 'subject'],
    why='program manager, asked by the records office, explains how near fatalities are counted; informal note, not a response')

ids = Ids(37)
csv = ("region,region_name,fiscal_year,licensed_foster_homes,licensed_capacity_beds,kinship_homes_licensed\n" +
       "\n".join('%d,Region %d,%s,%d,%d,%d' % (rg, rg, fy, 180 + rg * 7 + k * 3, 410 + rg * 11 + k * 5, 40 + rg + k)
                 for rg in range(1, 19) for k, fy in enumerate(['FY2023', 'FY2024', 'FY2025', 'FY2026']))).encode()
plain = """Mr. Tate,

Attached is the first installment of records responsive to request 2026-PRR-0521:
licensed foster home counts and licensed capacity by DCS region, state fiscal years
2023 through 2026 (extract from the licensing system as of September 30, 2026).

The remaining part of your request, the out-of-state residential placement lists, is
being reviewed by the Residential Services unit and the Office of General Counsel.
Child names, dates of birth and case numbers are confidential and will be removed. We
will send that installment once the review is complete.

Brenda Haskins
Public Records Coordinator | Office of General Counsel
Indiana Department of Child Services
"""
m = mixed([alternative(plain, '<html><body><div style="font-family:Aptos,sans-serif;font-size:12pt">' +
                       ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in plain.strip().split('\n\n')) + '</div></body></html>',
                       boundary='_000_%s_' % ids.HEX(30)),
           attachment(csv, 'Licensed_Foster_Homes_by_Region_FY2023-FY2026.csv', 'text', 'csv')],
          boundary='_004_%s_' % ids.HEX(30))
add(D('2026-10-30 11:50:03', '-0400'), 'in-dcs-interim', finish(m, [
    ('From', 'DCS Public Records <dcs.publicrecords@dcs.in.gov>'),
    ('To', 'Marcus Tate <%s>' % r9['reply_address']),
    ('Subject', 'RE: %s - Installment 1 (2026-PRR-0521)' % r9['subject']),
    ('Thread-Topic', r9['subject']), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-10-30 11:50:03', '-0400')), ('Message-ID', ids.outlook()),
    ('In-Reply-To', r9['message_id']), ('References', r9['message_id']),
    ('Content-Language', 'en-US'), ('X-MS-Has-Attach', 'yes'), ('X-MS-TNEF-Correlator', '')]),
    request='REQ-009', kind='records_interim', tracking_number='2026-PRR-0521',
    signals=['thread', 'plus', 'tracking'],
    why='first installment (licensing counts CSV); out-of-state placement lists still under review')

ids = Ids(47)
html = """<html><head><meta name="viewport" content="width=device-width"></head><body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="18" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#1f3b63;color:#fff;font-size:18px"><b>Indiana Department of Child Services</b><br><span style="font-size:12px">News Release</span></td></tr>
<tr><td>
<p style="font-size:12px;color:#666">FOR IMMEDIATE RELEASE | November 16, 2026</p>
<h2 style="font-size:20px">DCS marks National Adoption Month, asks Hoosiers to consider fostering in 12 counties</h2>
<p>INDIANAPOLIS &ndash; The Indiana Department of Child Services is marking National Adoption Month by recognizing the families who finalized adoptions this year and by asking Hoosiers to consider becoming licensed foster parents, particularly for teens and sibling groups.</p>
<p>DCS has identified 12 counties where the number of licensed foster homes has not kept pace with the number of children entering care. Families interested in fostering can attend an information session, and licensing staff can answer questions about training, home studies and financial support.</p>
<p>&ldquo;Every child deserves to stay connected to their school, their siblings and their community,&rdquo; the director said. &ldquo;More local homes make that possible.&rdquo;</p>
<p>Information sessions are listed on the DCS website. Media contact: DCS Communications.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">You are subscribed to DCS News Releases for Indiana Department of Child Services. <a href="https://public.govdelivery.com/accounts/INDCS/subscriber/edit?preferences=true">Manage preferences</a> | <a href="https://public.govdelivery.com/accounts/INDCS/subscriber/one_click_unsubscribe">Unsubscribe</a><br>This service is provided to you at no charge by the Indiana Department of Child Services.</td></tr>
</table></td></tr></table></body></html>"""
m = text(html, 'html', enc='qp')
add(D('2026-11-16 10:00:07', '-0500'), 'in-dcs-news-release', finish(m, [
    ('From', 'Indiana Department of Child Services <INDCS@public.govdelivery.com>'),
    ('Reply-To', 'dcs.communications@dcs.in.gov'),
    ('To', INBOX),
    ('Subject', 'DCS marks National Adoption Month, asks Hoosiers to consider fostering in 12 counties'),
    ('Date', D('2026-11-16 10:00:07', '-0500')), ('Message-ID', '<20261116.%s@public.govdelivery.com>' % ids.hex(16)),
    ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/INDCS/subscriber/one_click_unsubscribe?verification=5.%s>' % ids.hex(20)),
    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('X-Accountcode', 'INDCS'), ('Precedence', 'bulk')]),
    request=None, kind='other', tracking_number=None, signals=['none'],
    why='DCS GovDelivery news release about foster homes; topic overlaps REQ-009 but it answers no request')

ids = Ids(50)
letter = [
    '# Indiana Department of Child Services',
    'Office of General Counsel - Public Records',
    '302 W. Washington Street, Room E306, Indianapolis, Indiana 46204',
    '',
    'November 20, 2026',
    '',
    'Marcus Tate',
    'Ledger Collaborative',
    'Sent by email to records+req-001@ledgercollab.example.org',
    '',
    'Re: Public Records Request 2026-PRR-0413 - Final Response',
    '',
    'Dear Mr. Tate:',
    '',
    'This letter is the Department\'s final response to your request under the Access to Public Records Act (APRA), '
    'IC 5-14-3, for information releasable under IC 31-33-18-1.5 about child fatalities and near fatalities that '
    'occurred from January 1, 2025 through August 31, 2026.',
    '',
    'DCS identified 29 cases within the scope of your request.',
    '',
    '1. Released in part (18 cases). Enclosed are redacted summaries for 18 cases in which DCS determined that the '
    'death or near fatality was the result of abuse, abandonment or neglect. As IC 31-33-18-1.5(c) and (d) require, '
    'identifying information about the child, siblings, parents, caregivers, other household members, reporters and '
    'service providers has been redacted, together with information whose release DCS determined would be contrary '
    'to the best interests of a sibling or other child in the household.',
    '',
    '2. Withheld (11 cases). For 7 cases the fatality or near fatality finding rests on a charging document filed by a '
    'prosecuting attorney, and the court exercising juvenile jurisdiction has not yet made the determination required by '
    'IC 31-33-18-1.5(b). For 4 cases the assessment remains open. Records for these 11 cases remain confidential under '
    'IC 31-33-18-1(b) and are excepted from disclosure under IC 5-14-3-4(a)(1).',
    '',
    'If you believe this response denies you a right conferred by APRA, you may file a formal complaint with the '
    'Office of the Public Access Counselor under IC 5-14-5 no later than thirty (30) days after the date of this '
    'denial, or pursue the remedies in IC 5-14-3-9.',
    '',
    'Sincerely,',
    '',
    'Brenda Haskins',
    'Public Records Coordinator, Office of General Counsel',
]
case_pages = []
for n in range(1, 4):
    case_pages.append([
        '# Child Fatality / Near Fatality Summary - IC 31-33-18-1.5 (redacted)',
        'DCS Request 2026-PRR-0413   Enclosure %d of 18' % n,
        '',
        'Child: {R:IC 31-33-18-1.5(c)}      Date of birth: {R:(c)}      Gender: %s' % ['Male', 'Female', 'Male'][n - 1],
        'County: {R:IC 31-33-18-1.5(d)}     Incident type: %s' % ['Fatality', 'Near fatality', 'Fatality'][n - 1],
        'Cause of fatality/near fatality: %s' % ['Blunt force trauma to the head', 'Ingestion of a controlled substance', 'Unsafe sleep; positional asphyxia'][n - 1],
        '',
        'Summary of report: On {R:(c)} the Hotline received a report from {R:(c)}',
        'that the child',
        'was {R:IC 31-33-18-1.5(c)} at {R:(c)}. The alleged perpetrator, {R:IC 31-33-18-1.5(c)}, {R:(c)}',
        '{R:IC 31-33-18-1.5(d)}  {R:IC 31-33-18-1.5(d)}  {R:IC 31-33-18-1.5(d)}',
        'Assessment finding: Substantiated (%s).' % ['neglect', 'neglect', 'neglect'][n - 1],
        '',
        'Prior DCS contact with child or alleged perpetrator: %s' % ['Yes', 'Yes', 'No'][n - 1],
        'Number of prior contacts: %s      Date of last contact: {R:(c)}' % ['3', '1', '0'][n - 1],
        'Status of case at time of incident: %s' % ['Informal adjustment, open', 'Assessment closed, unsubstantiated', 'No prior case'][n - 1],
        'Services offered or provided: {R:IC 31-33-18-1.5(d)}  {R:IC 31-33-18-1.5(d)}',
        '{R:IC 31-33-18-1.5(d)}  {R:IC 31-33-18-1.5(d)}  {R:IC 31-33-18-1.5(d)}',
    ])
pdfdata = pdf([letter] + case_pages, title='2026-PRR-0413 Final Response', mono=True, size=9)
plain = """Mr. Tate,

Please see the attached final response to public records request 2026-PRR-0413, with
the enclosed redacted summaries (pages 2-4 of the attachment contain the first three of
the 18 summaries; the full set is on the secure share link that follows separately).

Brenda Haskins
Public Records Coordinator | Office of General Counsel
Indiana Department of Child Services
"""
m = mixed([text(plain), attachment(pdfdata, '2026-PRR-0413 Final Response and Enclosures.pdf')], boundary='_004_%s_' % ids.HEX(30))
add(D('2026-11-20 15:55:42', '-0500'), 'in-dcs-final-redacted', finish(m, [
    ('From', 'DCS Public Records <dcs.publicrecords@dcs.in.gov>'),
    ('To', 'Marcus Tate <%s>' % r['reply_address']),
    ('Subject', 'Final Response - 2026-PRR-0413'),
    ('Thread-Topic', 'Final Response - 2026-PRR-0413'), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-11-20 15:55:42', '-0500')), ('Message-ID', ids.outlook()),
    ('Content-Language', 'en-US'), ('X-MS-Has-Attach', 'yes'), ('X-MS-TNEF-Correlator', '')]),
    request='REQ-001', kind='records_final', tracking_number='2026-PRR-0413', adverse_determination=True,
    signals=['plus', 'tracking', 'tracking-attachment'],
    why='final response: 18 heavily redacted summaries released, 11 cases withheld under IC 31-33-18-1; PAC complaint window 30 days')

# ============================================================ Missouri DSS Children's Division (GovQA; REQ-002, REQ-012)
GOVQA_FOOT = ('<p style="font-size:11px;color:#666">Please do not reply to this email; this mailbox is not monitored. '
              'To send a message about your request, log in to the <a href="https://modss.mycusthelp.com/WEBAPP/_rs/(S(%s))/supporthome.aspx">Public Records Center</a>.</p>')


def govqa(ids, ref, inner_html):
    return ('<html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px">'
            '<table width="640" cellpadding="10" style="border:1px solid #b7c4d6"><tr><td style="background:#e9eef5">'
            '<b>Missouri Department of Social Services</b><br>Public Records Center</td></tr><tr><td>' + inner_html +
            '</td></tr><tr><td>' + GOVQA_FOOT % ids.hex(24) + '</td></tr></table></body></html>')


ids = Ids(2)
r2 = R(2)
html = govqa(ids, 'R003311-090926', """<p>Dear Ana Ferrer,</p>
<p>Thank you for submitting a Sunshine Law request to the Missouri Department of Social Services. Your request was received on 9/9/2026 and has been assigned reference number <b>R003311-090926</b>.</p>
<p><b>Request summary:</b> Children's Division placement capacity reports, bed availability reports and logs of children placed in temporary settings (offices, hotels, emergency shelters awaiting placement), January 2024 to present.</p>
<p>In accordance with Section 610.023, RSMo, the Department will respond no later than the end of the third business day following receipt of your request. If additional time is needed, you will receive an explanation and the earliest date the records will be available.</p>
<p>You can monitor the progress of your request at any time in the Public Records Center.</p>""")
m = text(html, 'html', enc='qp')
add(D('2026-09-09 10:47:32', '-0500'), 'mo-cd-govqa-ack', finish(m, [
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', r2['reply_address']),
    ('Subject', 'Public Records Request :: R003311-090926'),
    ('Date', D('2026-09-09 10:47:32', '-0500')), ('Message-ID', '<%s@mycusthelp.net>' % ids.uuid()),
    ('X-Mailer', 'GovQA Notification Service')]),
    request='REQ-002', kind='acknowledgment', tracking_number='R003311-090926', clock='received_on_sent_date',
    signals=['plus', 'tracking-new', 'subject'],
    why='GovQA portal (shared mycusthelp sender) confirms receipt 9/9/2026 (= sent); MO 3 business days')

ids = Ids(6)
html = govqa(ids, 'R003311-090926', """<p>Dear Ana Ferrer,</p>
<p>Re: Public Records Request R003311-090926</p>
<p>The Department of Social Services has received your request under the Missouri Sunshine Law. Records potentially responsive to your request are maintained by several Children's Division units, including the Placement Resources Unit and regional offices, and must be located, compiled and reviewed for information that is closed under Section 210.150, RSMo.</p>
<p>For these reasons the Department is unable to provide access to the records within three business days. Pursuant to Section 610.023.3, RSMo, the Department anticipates that the records, if any, will be available on or before <b>October 9, 2026</b>. If there will be a cost associated with your request, you will be notified of the estimated cost before any work is performed.</p>
<p>Sincerely,<br>Theresa Vaughn<br>Custodian of Records, Department of Social Services</p>""")
m = text(html, 'html', enc='qp')
add(D('2026-09-14 16:40:12', '-0500'), 'mo-cd-govqa-extension', finish(m, [
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', r2['reply_address']),
    ('Subject', 'Public Records Request :: R003311-090926 - Additional Time Required'),
    ('Date', D('2026-09-14 16:40:12', '-0500')), ('Message-ID', '<%s@mycusthelp.net>' % ids.uuid()),
    ('X-Mailer', 'GovQA Notification Service')]),
    request='REQ-002', kind='extension', tracking_number='R003311-090926', clock='extension', estimated='2026-10-09',
    signals=['plus', 'tracking'],
    why='third-business-day letter: records not available, earliest date Oct 9 (610.023.3); MO has no extension days, so no due')

ids = Ids(23)
html = govqa(ids, 'R003311-090926', """<p>Dear Ana Ferrer,</p>
<p>Re: Public Records Request R003311-090926 &ndash; Cost Estimate</p>
<p>The Children's Division has located records responsive to your request. Section 610.026, RSMo, allows the Department to charge for the cost of research time and duplication. The estimated cost to fulfill your request is:</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:13px" border="1">
<tr><td>Research and review time: 12.0 hours at $21.46/hour (clerical staff)</td><td align="right">$257.52</td></tr>
<tr><td>Data extraction, Research and Evaluation Unit: 1.0 hour at $30.00/hour</td><td align="right">$30.00</td></tr>
<tr><td>Electronic copies</td><td align="right">$0.00</td></tr>
<tr><td><b>Total estimated cost</b></td><td align="right"><b>$287.52</b></td></tr></table>
<p>Payment of the estimated cost is required before the Department continues processing your request. You may pay online through the Public Records Center or by check payable to the Department of Social Services. The actual cost may be lower; if it is higher, you will be contacted before additional costs are incurred.</p>
<p>If payment or a response is not received within 30 days of this notice, your request will be considered withdrawn and closed.</p>
<p>Theresa Vaughn<br>Custodian of Records</p>""")
m = text(html, 'html', enc='qp')
add(D('2026-10-08 11:02:44', '-0500'), 'mo-cd-govqa-fee-estimate', finish(m, [
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', r2['reply_address']),
    ('Subject', 'Public Records Request :: R003311-090926 - Payment Required'),
    ('Date', D('2026-10-08 11:02:44', '-0500')), ('Message-ID', '<%s@mycusthelp.net>' % ids.uuid()),
    ('X-Mailer', 'GovQA Notification Service')]),
    request='REQ-002', kind='fee_estimate', tracking_number='R003311-090926',
    signals=['plus', 'tracking'],
    why='research-time estimate $287.52 under 610.026; prepayment required before processing continues')

ids = Ids(26)
html = govqa(ids, 'R003311-090926', """<p>Public Records Request <b>R003311-090926</b> has been updated.</p>
<p>To view the update, please log in to the Public Records Center and select <i>My Request Center</i>.</p>""")
m = text(html, 'html', enc='qp')
add(D('2026-10-14 09:03:37', '-0500'), 'mo-cd-govqa-updated', finish(m, [
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', r2['reply_address']),
    ('Subject', 'Public Records Request :: R003311-090926 has been updated'),
    ('Date', D('2026-10-14 09:03:37', '-0500')), ('Message-ID', '<%s@mycusthelp.net>' % ids.uuid()),
    ('X-Mailer', 'GovQA Notification Service')]),
    request='REQ-002', kind='portal_notice', tracking_number='R003311-090926',
    signals=['plus', 'tracking'],
    why='GovQA "request has been updated, log in to view" with no substantive text')

ids = Ids(45)
csv = ("month,region,resource_homes_available,residential_beds_contracted,residential_beds_occupied,emergency_shelter_beds\n" +
       "\n".join('%s,%s,%d,%d,%d,%d' % (mo, rg, 600 + i * 3, 310 + i, 290 + i, 44)
                 for i, (mo, rg) in enumerate((m_, r_) for m_ in ['2024-%02d' % k for k in range(1, 13)] + ['2025-%02d' % k for k in range(1, 7)]
                                              for r_ in ['Northeast', 'Northwest', 'Southeast', 'Southwest', 'St. Louis', 'Kansas City']))).encode()
html = govqa(ids, 'R003311-090926', """<p>Dear Ana Ferrer,</p>
<p>Re: Public Records Request R003311-090926</p>
<p>Thank you for your payment. The Department is providing the first set of records responsive to your request, attached and also available in the Public Records Center:</p>
<ul><li>Monthly placement resource capacity reports by region, January 2024 through June 2025 (CSV export).</li></ul>
<p>The remaining records, including logs of children placed in temporary settings, contain information that is closed under Section 210.150, RSMo, and are being reviewed and redacted. They will be released as the review is completed.</p>
<p>Theresa Vaughn<br>Custodian of Records</p>""")
m = mixed(style='java', parts=[text(html, 'html', enc='qp'), attachment(csv, 'R003311-090926_Placement_Capacity_Jan2024-Jun2025.csv', 'text', 'csv')])
add(D('2026-11-12 14:45:00', '-0600'), 'mo-cd-govqa-interim', finish(m, [
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', r2['reply_address']),
    ('Subject', 'Public Records Request :: R003311-090926 - Records Released'),
    ('Date', D('2026-11-12 14:45:00', '-0600')), ('Message-ID', '<%s@mycusthelp.net>' % ids.uuid()),
    ('X-Mailer', 'GovQA Notification Service')]),
    request='REQ-002', kind='records_interim', tracking_number='R003311-090926',
    signals=['plus', 'tracking'],
    why='first set released (capacity reports CSV); temporary-placement logs still under review')

ids = Ids(56)
letter = [
    '# Missouri Department of Social Services',
    'Office of the Custodian of Records - Sunshine Law',
    'P.O. Box 1527, Jefferson City, Missouri 65102',
    '',
    'December 18, 2026',
    '',
    'Ana Ferrer, Ledger Collaborative',
    'Re: Sunshine Law Request R003311-090926',
    '',
    'Dear Ms. Ferrer:',
    '',
    'This is the Department\'s final response to your request for Children\'s Division placement capacity reports and '
    'logs of children placed in temporary settings from January 2024 to present.',
    '',
    'The Department previously provided monthly placement resource capacity reports through June 2025. With this '
    'letter the Department provides (1) capacity reports for July 2025 through October 2026 and (2) the Children\'s '
    'Division temporary placement logs for January 2024 through October 2026, listing the date, county, type of '
    'setting and length of stay.',
    '',
    'The names, dates of birth, case numbers and any other information identifying the children in the temporary '
    'placement logs have been redacted. That information is closed under Section 210.150, RSMo, and Section '
    '610.021(14), RSMo (records protected from disclosure by law). No other information was withheld.',
    '',
    'The final cost of your request was $271.44. Your payment of $287.52 exceeded that amount, and a refund of $16.08 '
    'will be issued. This completes the Department\'s response and your request is now closed.',
    '',
    'Sincerely,',
    'Theresa Vaughn, Custodian of Records',
]
html = govqa(ids, 'R003311-090926', """<p>Dear Ana Ferrer,</p>
<p>The Department has completed its response to Public Records Request R003311-090926. Please see the attached letter and records. The request has been closed.</p>""")
m = mixed(style='java', parts=[text(html, 'html', enc='qp'), attachment(pdf([letter], title='R003311-090926 Final Response'), 'R003311-090926 Final Response Letter.pdf')])
add(D('2026-12-18 13:30:54', '-0600'), 'mo-cd-govqa-final', finish(m, [
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', r2['reply_address']),
    ('Subject', 'Public Records Request :: R003311-090926 - Request Completed'),
    ('Date', D('2026-12-18 13:30:54', '-0600')), ('Message-ID', '<%s@mycusthelp.net>' % ids.uuid()),
    ('X-Mailer', 'GovQA Notification Service')]),
    request='REQ-002', kind='records_final', tracking_number='R003311-090926', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='final release with child-identifying details closed under 210.150 / 610.021(14); MO has no appeal days')

ids = Ids(24)
r12 = R(12)
html = govqa(ids, 'R003402-100926', """<p>Dear Ana Ferrer,</p>
<p>Thank you for submitting a Sunshine Law request to the Missouri Department of Social Services. Your request was received on 10/9/2026 and has been assigned reference number <b>R003402-100926</b>.</p>
<p><b>Request summary:</b> Child fatality review panel reports and State Technical Assistance Team data for children who had contact with the Children's Division, 2023&ndash;2026.</p>
<p>In accordance with Section 610.023, RSMo, the Department will respond no later than the end of the third business day following receipt of your request. Please note that state offices are closed Monday, October 12, for Columbus Day.</p>""")
m = text(html, 'html', enc='qp')
add(D('2026-10-13 10:31:20', '-0500'), 'mo-cd-govqa-ack', finish(m, [
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', r12['reply_address']),
    ('Subject', 'Public Records Request :: R003402-100926'),
    ('Date', D('2026-10-13 10:31:20', '-0500')), ('Message-ID', '<%s@mycusthelp.net>' % ids.uuid()),
    ('X-Mailer', 'GovQA Notification Service')]),
    request='REQ-012', kind='acknowledgment', tracking_number='R003402-100926', clock='received_on_sent_date',
    signals=['plus', 'tracking-new', 'subject'],
    why='GovQA ack: received 10/9/2026 (= sent, a Friday); Columbus Day is a Missouri holiday so 3 business days end Oct 15')

ids = Ids(27)
letter = [
    '# Missouri Department of Social Services',
    'Office of the Custodian of Records - Sunshine Law',
    '',
    'October 15, 2026',
    '',
    'Ana Ferrer, Ledger Collaborative',
    'Re: Sunshine Law Request R003402-100926',
    '',
    'Dear Ms. Ferrer:',
    '',
    'You requested "child fatality review panel reports, case review summaries and State Technical Assistance Team '
    '(STAT) data for children who died and had prior contact with the Children\'s Division, 2023 through 2026."',
    '',
    'All work product of child fatality review panels and the State Technical Assistance Team, including internal '
    'memoranda, summaries, minutes and written, audio or electronic records made and maintained under sections '
    '210.192 to 210.196, RSMo, is confidential under section 210.194.4, RSMo. Reports and records of child abuse and '
    'neglect investigations are confidential under section 210.150, RSMo. The records you requested are therefore '
    'closed under section 610.021(14), RSMo, and your request is denied.',
    '',
    'The Director of the Department may, upon formal request, release information and findings about a specific case '
    'that resulted in a child fatality or near fatality once the investigation and related proceedings allow. Cases '
    'the Director has authorized for release are posted on the Department\'s website. Non-identifiable aggregate data '
    'on child fatalities is published in the annual Child Fatality Review Program report.',
    '',
    'Sincerely,',
    'Theresa Vaughn, Custodian of Records',
]
html = govqa(ids, 'R003402-100926', """<p>Dear Ana Ferrer,</p>
<p>A response to your Public Records Request R003402-100926 has been issued. Please see the attached letter. Your request has been closed.</p>""")
m = mixed(style='java', parts=[text(html, 'html', enc='qp'), attachment(pdf([letter], title='R003402-100926 Response'), 'R003402-100926 Response Letter.pdf')])
add(D('2026-10-15 16:20:45', '-0500'), 'mo-cd-govqa-denial', finish(m, [
    ('From', 'Public Records Center <noreply@mycusthelp.net>'),
    ('To', r12['reply_address']),
    ('Subject', 'Public Records Request :: R003402-100926 - Response Issued'),
    ('Date', D('2026-10-15 16:20:45', '-0500')), ('Message-ID', '<%s@mycusthelp.net>' % ids.uuid()),
    ('X-Mailer', 'GovQA Notification Service')]),
    request='REQ-012', kind='denial', tracking_number='R003402-100926', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='request denied in full: CFRP/STAT work product confidential (210.194.4), records closed under 610.021(14); no MO appeal days')

ids = Ids(30)
body = """Ms. Ferrer,

The Sunshine unit sent me your follow-up question from last week (on R003402) about what
public data exists, since the records themselves are closed. I can't speak to the legal
side, but I can tell you what we publish.

The Child Fatality Review Program annual report has a table of child deaths by manner
(accident, homicide, natural, suicide, undetermined) and, since the 2022 report, a
breakout of deaths where the family had a Children's Division contact in the prior 12
months. It's aggregate only. The 2024 report is posted; the 2025 report should be out
in the first quarter of 2027.

If you want the Director to consider releasing findings on a particular case, the
request has to be made in writing to the Director's office, and it generally won't be
considered until the investigation and any criminal case are finished.

I'm happy to walk through the tables by phone - 573-555-0162.

Curtis Delgado
State Technical Assistance Team / Child Fatality Review Program
Missouri Department of Social Services
"""
m = text(body, enc='7bit')
add(D('2026-10-20 10:05:58', '-0500'), 'mo-cd-stat-staff-note', finish(m, [
    ('From', '"Delgado, Curtis" <Curtis.Delgado@dss.mo.gov>'),
    ('To', 'Ana Ferrer <%s>' % r12['reply_address']),
    ('Subject', 'CFRP annual report data'),
    ('Date', D('2026-10-20 10:05:58', '-0500')), ('Message-ID', ids.outlook('namprd18')),
    ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')]),
    request='REQ-012', kind='other', tracking_number=None,
    signals=['plus', 'subject'],
    why='STAT staff member, sent the question by the Sunshine unit, explains published aggregate data; truncated "R003402" is not a full number')

# ============================================================ Tennessee DCS (REQ-003, REQ-013)
ids = Ids(4)
r3 = R(3)
body = """Ms. Albright,

We are in receipt of your email of September 10, 2026 requesting Child Death and Near
Death review summaries for reviews completed in 2025.

Under T.C.A. 10-7-503(a)(2)(A), the right to inspect public records extends to
citizens of Tennessee, and the Department's public records policy requires a requestor
to present a government-issued photo identification showing Tennessee residency before
a request for copies is processed (T.C.A. 10-7-503(a)(7)(A)). Please reply with a copy
of a valid Tennessee driver license or state-issued identification card; you may cover
the license number.

Also, please confirm that you are requesting only the redacted summaries the
Department prepares after review, and not the underlying case files, which are
confidential under T.C.A. 37-1-409 and 37-5-107.

Your request will be processed once we receive your identification.

Jolene Pruitt
Paralegal, Public Records | Office of General Counsel
Tennessee Department of Children's Services
UBS Tower, 10th Floor, 315 Deaderick Street, Nashville, TN 37243

""" + quote(BODY[3], 'Renee Albright <records+req-003@ledgercollab.example.org>', 'Thu, Sep 10, 2026 at 9:12 AM')
m = text(body, enc='qp')
add(D('2026-09-11 11:15:40', '-0500'), 'tn-dcs-clarification-id', finish(m, [
    ('From', 'DCS Public Records <dcs.publicrecords@tn.gov>'),
    ('To', 'Renee Albright <%s>' % r3['reply_address']),
    ('Subject', 'RE: ' + r3['subject']),
    ('Thread-Topic', r3['subject']), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-09-11 11:15:40', '-0500')), ('Message-ID', ids.outlook()),
    ('In-Reply-To', r3['message_id']), ('References', r3['message_id']),
    ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')]),
    request='REQ-003', kind='clarification', tracking_number=None,
    signals=['thread', 'plus'],
    why='TN DCS holds the request until proof of Tennessee citizenship and asks to confirm summaries vs case files')

ids = Ids(14)
form = [
    '# RECORDS REQUEST RESPONSE',
    'Tennessee Department of Children\'s Services - Office of General Counsel',
    '',
    'Date: September 25, 2026',
    'Requestor: Renee Albright, Ledger Collaborative',
    'Request No.: PR 26-0588',
    'Date request received: September 16, 2026',
    '   (request of September 10, 2026; proof of Tennessee citizenship received September 16, 2026)',
    '',
    'Records requested: Child Death and Near Death review summaries for reviews completed in calendar year 2025.',
    '',
    'In response to your request, the following action has been taken:',
    '',
    '[ ] The requested records are available as follows:',
    '[ ] Your request is denied for the following reason:',
    '[X] It is not practicable to promptly provide the requested records because it is necessary to:',
    '      [X] determine whether the requested records exist',
    '      [X] search for, identify and retrieve the requested records',
    '      [X] review the records for confidential information and redact it',
    '    The time reasonably necessary to produce the records is: on or before October 30, 2026.',
    '',
    'Information within child death and near death reviews that is confidential under T.C.A. 37-1-409 and',
    'T.C.A. 37-5-107 will be redacted. If costs for labor or copies will apply, you will receive an estimate before',
    'the records are produced.',
    '',
    'Records Custodian: Jolene Pruitt, Paralegal, for the Office of General Counsel',
]
body = """Ms. Albright,

Thank you for providing your identification. Please see the attached response form
regarding your records request.

Jolene Pruitt
Paralegal, Public Records | Office of General Counsel
Tennessee Department of Children's Services
"""
m = mixed([text(body, enc='7bit'), attachment(pdf([form], title='Records Request Response'), 'PR 26-0588 Records Request Response.pdf')],
          boundary='_004_%s_' % ids.HEX(30))
add(D('2026-09-25 15:30:02', '-0500'), 'tn-dcs-ack-response-form', finish(m, [
    ('From', '"Pruitt, Jolene" <Jolene.Pruitt@tn.gov>'),
    ('To', 'Renee Albright <%s>' % r3['reply_address']),
    ('Cc', 'DCS Public Records <dcs.publicrecords@tn.gov>'),
    ('Subject', 'RE: ' + r3['subject']),
    ('Thread-Topic', r3['subject']), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-09-25 15:30:02', '-0500')), ('Message-ID', ids.outlook()),
    ('In-Reply-To', '<req-003.20260916.2@%s>' % ORG), ('References', '%s <req-003.20260916.2@%s>' % (r3['message_id'], ORG)),
    ('X-MS-Has-Attach', 'yes'), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')]),
    request='REQ-003', kind='acknowledgment', tracking_number='PR 26-0588', clock='received:2026-09-16', estimated='2026-10-30',
    signals=['thread', 'plus', 'tracking-new', 'tracking-attachment', 'tracking-filename'],
    why='OORC-style response form (PDF) states request received Sept 16 (after ID check; sent Sept 10), number PR 26-0588, records by Oct 30')

ids = Ids(35)
form2 = [
    '# RECORDS REQUEST RESPONSE (REVISED)',
    'Tennessee Department of Children\'s Services - Office of General Counsel',
    '',
    'Date: October 29, 2026',
    'Requestor: Renee Albright',
    'Request No.: PR 26-0588',
    '',
    '[X] It is not practicable to promptly provide the requested records because it is necessary to review the',
    '    records for confidential information and redact it.',
    '    The time reasonably necessary to produce the records is: on or before December 4, 2026.',
    '',
    'Records Custodian: Jolene Pruitt, for the Office of General Counsel',
]
body = """Ms. Albright,

The Department needs additional time to complete the redaction review of the child
death and near death review summaries responsive to your request. Several summaries
involve siblings who remain in state custody and require a second review by counsel.

We now estimate that the records will be available on or before December 4, 2026. A
revised response form is attached. We will let you know if any costs will apply
before the records are produced.

Jolene Pruitt
Paralegal, Public Records | Office of General Counsel
Tennessee Department of Children's Services
"""
m = mixed([text(body, enc='7bit'), attachment(pdf([form2], title='Records Request Response - Revised'), 'Revised Response Form.pdf')],
          boundary='_004_%s_' % ids.HEX(30))
add(D('2026-10-29 10:45:11', '-0500'), 'tn-dcs-extension', finish(m, [
    ('From', '"Pruitt, Jolene" <Jolene.Pruitt@tn.gov>'),
    ('To', 'Renee Albright <%s>' % r3['reply_address']),
    ('Subject', 'PR 26-0588 - Revised production date'),
    ('Thread-Topic', 'PR 26-0588 - Revised production date'), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-10-29 10:45:11', '-0500')), ('Message-ID', ids.outlook()),
    ('X-MS-Has-Attach', 'yes'), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')]),
    request='REQ-003', kind='extension', tracking_number='PR 26-0588', clock='extension', estimated='2026-12-04',
    signals=['plus', 'tracking'],
    why='revised response form moves production to Dec 4; number in subject and attachment only; TN has no extension days')

ids = Ids(41)
body = """Ms. Albright,

RE: PR 26-0588 - Estimate of costs

The Department has completed its search and located 23 child death and near death
review summaries completed in calendar year 2025. Before production, each summary must
be reviewed and redacted by Office of General Counsel staff.

Under the Office of Open Records Counsel's Schedule of Reasonable Charges, the
Department may charge for labor in excess of one hour at the hourly wage of the
lowest-paid employee capable of performing the work. The estimate is:

  Redaction and review (paralegal), estimated 19.0 hours
    less first hour at no charge = 18.0 hours x $27.40      $493.20
  Copies - delivered electronically                          $0.00
  ------------------------------------------------------------------
  Estimated total                                            $493.20

Payment is required before the records are produced. Please tell us whether you would
like to proceed, narrow your request (for example, to fatalities only), or withdraw it.
If we do not hear from you within 30 days, we will consider the request withdrawn.
Checks are payable to the Tennessee Department of Children's Services.

Jolene Pruitt
Paralegal, Public Records | Office of General Counsel
Tennessee Department of Children's Services
"""
m = text(body, enc='7bit')
add(D('2026-11-06 11:30:12', '-0600'), 'tn-dcs-fee-estimate', finish(m, [
    ('From', '"Pruitt, Jolene" <Jolene.Pruitt@tn.gov>'),
    ('To', 'Renee Albright <%s>' % r3['reply_address']),
    ('Subject', 'RE: PR 26-0588 - Revised production date'),
    ('Thread-Topic', 'PR 26-0588 - Revised production date'), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-11-06 11:30:12', '-0600')), ('Message-ID', ids.outlook()),
    ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')]),
    request='REQ-003', kind='fee_estimate', tracking_number='PR 26-0588',
    signals=['plus', 'tracking'],
    why='labor estimate $493.20 under the OORC schedule (first hour free); payment required before production')

ids = Ids(59)
letter = [
    '# Tennessee Department of Children\'s Services',
    'Office of General Counsel',
    'UBS Tower, 10th Floor, 315 Deaderick Street, Nashville, Tennessee 37243',
    '',
    'January 14, 2027',
    '',
    'Renee Albright, Ledger Collaborative',
    'Re: Public Records Request PR 26-0588',
    '',
    'Dear Ms. Albright:',
    '',
    'Thank you for your payment of $493.20, received December 9, 2026. Enclosed are the 23 child death and near death '
    'review summaries completed in calendar year 2025 that are responsive to your request.',
    '',
    'Information in the summaries identifying the child, siblings, parents, caregivers and reporters, and information '
    'from the underlying investigation files, has been redacted as confidential under T.C.A. 37-1-409 and T.C.A. '
    '37-5-107. Two summaries concerning near deaths in which criminal charges are pending have been withheld in full '
    'under T.C.A. 37-1-409 and Tenn. R. Crim. P. 16(a)(2) until the charges are resolved.',
    '',
    'This completes the Department\'s response to PR 26-0588, and the request is closed.',
    '',
    'Sincerely,',
    'Jolene Pruitt, Paralegal, for the Office of General Counsel',
]
body = """Ms. Albright,

Please see the attached letter. The redacted summaries will arrive in a separate email
from the Department's secure file transfer service (Kiteworks) because of their size.

Jolene Pruitt
Paralegal, Public Records | Office of General Counsel
Tennessee Department of Children's Services
"""
m = mixed([text(body, enc='7bit'), attachment(pdf([letter], title='Production Letter'), 'PR 26-0588 Production Letter.pdf')],
          boundary='_004_%s_' % ids.HEX(30))
add(D('2027-01-14 15:00:45', '-0600'), 'tn-dcs-final', finish(m, [
    ('From', '"Pruitt, Jolene" <Jolene.Pruitt@tn.gov>'),
    ('To', 'Renee Albright <%s>' % r3['reply_address']),
    ('Subject', 'Records production - child death and near death review summaries'),
    ('Thread-Topic', 'Records production - child death and near death review summaries'), ('Thread-Index', ids.thread_index()),
    ('Date', D('2027-01-14 15:00:45', '-0600')), ('Message-ID', ids.outlook()),
    ('X-MS-Has-Attach', 'yes'), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')]),
    request='REQ-003', kind='records_final', tracking_number='PR 26-0588', adverse_determination=True,
    signals=['plus', 'tracking-attachment', 'tracking-filename', 'subject'],
    why='final production: 23 redacted summaries, 2 withheld in full; request closed; number only in the PDF; TN has no appeal days')

ids = Ids(25)
r13 = R(13)
body = """I am out of the office through Friday, October 16, with limited access to email.

Public records requests to the Department of Children's Services should be sent to
dcs.publicrecords@tn.gov, where they will be logged and assigned. Requests for a
child's case file by a parent or legal custodian should be made through the DCS
Office of Customer Focused Government (Records Request form on the DCS website).

Jolene Pruitt
Office of General Counsel
"""
m = text(body, enc='7bit')
add(D('2026-10-13 11:44:03', '-0500'), 'tn-dcs-ooo', finish(m, [
    ('From', '"Pruitt, Jolene" <Jolene.Pruitt@tn.gov>'),
    ('To', 'Renee Albright <%s>' % r13['reply_address']),
    ('Subject', 'Automatic reply: ' + r13['subject']),
    ('Thread-Topic', r13['subject']), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-10-13 11:44:03', '-0500')), ('Message-ID', ids.outlook()),
    ('In-Reply-To', r13['message_id']), ('References', r13['message_id']),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
    ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')]),
    request='REQ-013', kind='auto_reply', tracking_number=None, signals=['thread', 'plus'],
    why='out-of-office auto-reply from the DCS paralegal copied on REQ-013')

ids = Ids(32)
body = """Ms. Albright,

RECORDS REQUEST RESPONSE

Request No.: PR26-0671
Date request received: 10/13/2026
Records requested: placement capacity and bed availability reports, transitional
placement reports, and records of children who stayed overnight in DCS offices or
other non-placement settings, January 2024 to present.

It is not practicable to promptly provide the requested records because it is
necessary to search for, retrieve and compile records maintained by the Office of
Placement Services and the regional offices, and to review them for confidential
information under T.C.A. 37-5-107.

The time reasonably necessary to produce the records is: on or before 11/20/2026.

If costs will apply, you will receive an estimate before production.

DCS Office of General Counsel - Public Records
"""
m = text(body, enc='7bit')
add(D('2026-10-22 14:10:29', '-0500'), 'tn-dcs-ack-inline-form', finish(m, [
    ('From', 'DCS Public Records <dcs.publicrecords@tn.gov>'),
    ('To', 'Renee Albright <%s>' % r13['reply_address']),
    ('Subject', 'Records Request Response - PR26-0671'),
    ('Thread-Topic', 'Records Request Response - PR26-0671'), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-10-22 14:10:29', '-0500')), ('Message-ID', ids.outlook()),
    ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')]),
    request='REQ-013', kind='acknowledgment', tracking_number='PR26-0671', clock='received_on_sent_date', estimated='2026-11-20',
    signals=['plus', 'tracking-new', 'subject'],
    why='response form pasted into the email: received 10/13 (= sent), PR26-0671 (no space), records by 11/20')

ids = Ids(39)
body = """Good morning,

I'm with DCS and was asked to help pull information for your records request, but I
have a question about the time frame before I run anything. Could you give me a call
when you get a chance? 615-555-0148. I'm in the office until 4:30.

Thanks,
Wendell
"""
m = text(body, enc='7bit')
add(D('2026-11-04 09:40:21', '-0600'), 'tn-dcs-call-request-via-group', finish(m, [
    ('From', '"\'Wendell Strickland\' via Records Desk" <%s>' % INBOX),
    ('Reply-To', 'Wendell Strickland <Wendell.Strickland@tn.gov>'),
    ('To', INBOX),
    ('Subject', 'records request'),
    ('Date', D('2026-11-04 09:40:21', '-0600')), ('Message-ID', ids.outlook()),
    ('X-Original-Sender', 'wendell.strickland@tn.gov'),
    ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@tn.gov; spf=pass smtp.mailfrom=Wendell.Strickland@tn.gov'),
    ('Precedence', 'list'), ('Mailing-list', 'list records@%s; contact records+owners@%s' % (ORG, ORG)),
    ('List-ID', '<records.%s>' % ORG), ('X-Google-Group-Id', '583920174455'),
    ('List-Post', '<https://groups.google.com/a/%s/group/records/post>, <mailto:records@%s>' % (ORG, ORG)),
    ('List-Help', '<https://support.google.com/a/%s/bin/topic.py?topic=25838>, <mailto:records+help@%s>' % (ORG, ORG)),
    ('List-Archive', '<https://groups.google.com/a/%s/group/records/>' % ORG),
    ('List-Unsubscribe', '<mailto:googlegroups-manage+583920174455+unsubscribe@googlegroups.com>, <https://groups.google.com/a/%s/group/records/subscribe>' % ORG)]),
    request='REQ-013', kind='other', tracking_number=None, signals=['none'],
    why='DCS staffer (via the Google Group) asks for a call about the "time frame"; nothing says which of our two TN DCS requests - it was REQ-013')

ids = Ids(52)
csv = ("quarter,grand_region,contracted_residential_beds,beds_available_end_of_quarter,transitional_placements,children_overnight_in_dcs_offices\n" +
       "\n".join('%s,%s,%d,%d,%d,%d' % (q, g, 520 + i * 2, 14 + (i % 5), 30 + (i % 7), max(0, 12 - i))
                 for i, (q, g) in enumerate((q_, g_) for q_ in ['2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1', '2025Q2', '2025Q3', '2025Q4', '2026Q1', '2026Q2', '2026Q3']
                                            for g_ in ['East', 'Middle', 'West']))).encode()
body = """Ms. Albright,

Attached are the records responsive to PR 26-0671: quarterly placement capacity and bed
availability figures by grand region, counts of transitional placements, and counts of
children who stayed overnight in DCS offices, January 2024 through September 2026.

No records were withheld. There is no charge for this request. This completes the
Department's response.

DCS Office of General Counsel - Public Records
"""
m = mixed([text(body, enc='7bit'), attachment(csv, 'PR 26-0671 Placement Capacity 2024-2026.csv', 'text', 'csv')],
          boundary='_004_%s_' % ids.HEX(30))
add(D('2026-12-03 14:20:50', '-0600'), 'tn-dcs-final-full', finish(m, [
    ('From', 'DCS Public Records <dcs.publicrecords@tn.gov>'),
    ('To', 'Renee Albright <%s>' % r13['reply_address']),
    ('Subject', 'PR 26-0671 - Records'),
    ('Thread-Topic', 'PR 26-0671 - Records'), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-12-03 14:20:50', '-0600')), ('Message-ID', ids.outlook()),
    ('X-MS-Has-Attach', 'yes'), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')]),
    request='REQ-013', kind='records_final', tracking_number='PR 26-0671',
    signals=['plus', 'tracking'],
    why='complete release in full (CSV), no withholdings, no charge; written PR 26-0671 here vs PR26-0671 in the ack')

# ============================================================ Arkansas DHS (REQ-004, REQ-010)
ids = Ids(5)
r4 = R(4)
dsn = """From: Microsoft Outlook <postmaster@dhs.arkansas.gov>
To: Hollis Greer <records@ledgercollab.example.org>
Subject: Undeliverable: {subj}
Date: {date}
Message-ID: {mid}
In-Reply-To: {rmid}
References: {rmid}
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_b9e0c0f1-3f2a-4c1e-9d77-5a1f0c2e7b41_"

--_b9e0c0f1-3f2a-4c1e-9d77-5a1f0c2e7b41_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to DHS.FOIARequests@dhs.arkansas.gov couldn't be delivered.

DHS.FOIARequests wasn't found at dhs.arkansas.gov.

Action Required                         Recipient
Unknown To address                      DHS.FOIARequests@dhs.arkansas.gov

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using a saved address, it may be out of date; remove it and enter the
  address again.

Diagnostic information for administrators:

Generating server: BN0PR09MB7714.namprd09.prod.outlook.com

DHS.FOIARequests@dhs.arkansas.gov
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
DHS.FOIARequests@dhs.arkansas.gov not found by SMTP address lookup'

--_b9e0c0f1-3f2a-4c1e-9d77-5a1f0c2e7b41_
Content-Type: message/delivery-status

Reporting-MTA: dns;BN0PR09MB7714.namprd09.prod.outlook.com
Received-From-MTA: dns;mail.ledgercollab.example.org
Arrival-Date: Mon, 14 Sep 2026 18:05:02 +0000

Final-Recipient: rfc822;DHS.FOIARequests@dhs.arkansas.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient DHS.FOIARequests@dhs.arkansas.gov not found by SMTP address lookup

--_b9e0c0f1-3f2a-4c1e-9d77-5a1f0c2e7b41_
Content-Type: text/rfc822-headers

Return-Path: <records@ledgercollab.example.org>
From: Hollis Greer <records@ledgercollab.example.org>
Reply-To: records+req-004@ledgercollab.example.org
To: DHS.FOIARequests@dhs.arkansas.gov
Subject: {subj}
Date: Mon, 14 Sep 2026 13:05:02 -0500
Message-ID: {rmid}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_b9e0c0f1-3f2a-4c1e-9d77-5a1f0c2e7b41_--
""".format(subj=r4['subject'], date=D('2026-09-14 13:05:19', '-0500'), mid=ids.outlook(), rmid=r4['message_id'])
add(D('2026-09-14 13:05:19', '-0500'), 'ar-dhs-bounce-ndr', dsn.encode(),
    request='REQ-004', kind='bounce', tracking_number=None, signals=['thread', 'plus', 'thread-embedded'],
    why='Exchange NDR: our REQ-004 email to an outdated DHS FOIA address was rejected (recipient not found)')

ids = Ids(7)
plain = """Mr. Greer,

The Arkansas Department of Human Services received your request under the Arkansas
Freedom of Information Act, submitted through the DHS online FOIA request form, on
September 15, 2026. Your request has been assigned FOI-2026-1187.

Request: Number of approved foster family homes and the number of children each is
approved to serve, by county, and contracted residential and emergency shelter bed
capacity for the Division of Children and Family Services, 2024 to present.

Under Ark. Code Ann. 25-19-105(e), public records are made available promptly, or, if
the records are in active use or storage, within three working days. Copying fees may
apply if paper copies are needed; if the cost will exceed $25.00, we will let you know
before any copies are made.

Tamsin Royce
FOIA Coordinator | Office of Communications and Community Engagement
Arkansas Department of Human Services
700 Main Street, Little Rock, AR 72201
"""
m = alternative(plain, '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' +
                ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in plain.strip().split('\n\n')) + '</div></body></html>',
                boundary='_000_%s_' % ids.HEX(30))
ar_ack_mid = ids.outlook()
add(D('2026-09-15 10:12:47', '-0500'), 'ar-dhs-ack-webform', finish(m, [
    ('From', 'DHS FOIA <dhs.foia@dhs.arkansas.gov>'),
    ('To', INBOX),
    ('Subject', 'FOIA Request Received - FOI-2026-1187'),
    ('Thread-Topic', 'FOIA Request Received - FOI-2026-1187'), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-09-15 10:12:47', '-0500')), ('Message-ID', ar_ack_mid),
    ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US'),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal')]),
    request='REQ-004', kind='acknowledgment', tracking_number='FOI-2026-1187', clock='received:2026-09-15',
    signals=['subject', 'tracking-new'],
    why='after the bounce we re-filed via the DHS web form; DHS states received Sept 15 (sent Sept 14); fee only "may" apply; AR 3 business days')

ids = Ids(11)
plain = """Mr. Greer,

Before we can process FOI-2026-1187, we need two things from you.

1. The Arkansas FOIA extends the right to inspect and copy public records to citizens
   of the State of Arkansas (Ark. Code Ann. 25-19-105(a)(1)(A)). Please confirm that
   you are an Arkansas citizen.

2. Please tell us what you mean by "placement capacity." DCFS tracks (a) the number of
   approved foster family homes and the number of children each home is approved to
   serve, and (b) the number of contracted residential treatment, emergency shelter
   and therapeutic foster care beds. These are kept in different systems. Do you want
   one or both?

We will hold your request until we hear from you.

Tamsin Royce
FOIA Coordinator | Office of Communications and Community Engagement
Arkansas Department of Human Services
"""
m = alternative(plain, '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' +
                ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in plain.strip().split('\n\n')) + '</div></body></html>',
                boundary='_000_%s_' % ids.HEX(30))
add(D('2026-09-18 14:30:26', '-0500'), 'ar-dhs-clarification', finish(m, [
    ('From', '"Royce, Tamsin (DHS)" <Tamsin.Royce@dhs.arkansas.gov>'),
    ('To', INBOX),
    ('Cc', 'DHS FOIA <dhs.foia@dhs.arkansas.gov>'),
    ('Subject', 'RE: FOIA Request Received - FOI-2026-1187'),
    ('Thread-Topic', 'FOIA Request Received - FOI-2026-1187'), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-09-18 14:30:26', '-0500')), ('Message-ID', ids.outlook()),
    ('In-Reply-To', ar_ack_mid), ('References', ar_ack_mid),
    ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')]),
    request='REQ-004', kind='clarification', tracking_number='FOI-2026-1187',
    signals=['tracking', 'subject'],
    why='DHS asks to confirm Arkansas citizenship and to define "placement capacity"; request on hold')

ids = Ids(17)
csv1 = ("county,approved_foster_family_homes,approved_capacity_children,therapeutic_foster_homes,as_of\n" +
        "\n".join('%s,%d,%d,%d,2026-08-31' % (c, 12 + i * 3, 27 + i * 6, i % 4)
                  for i, c in enumerate(['Arkansas', 'Ashley', 'Baxter', 'Benton', 'Boone', 'Bradley', 'Calhoun', 'Carroll', 'Chicot', 'Clark',
                                         'Clay', 'Cleburne', 'Craighead', 'Crawford', 'Crittenden', 'Faulkner', 'Garland', 'Jefferson', 'Pulaski', 'Washington']))).encode()
csv2 = ("provider_type,contracted_beds,beds_filled_2026_08_31\nEmergency shelter,96,81\nResidential treatment,212,198\nTherapeutic foster care (agency),340,301\n").encode()
plain = """Mr. Greer,

Thank you for confirming. Attached are the records responsive to FOI-2026-1187:

- Approved foster family homes and approved capacity by county (as of August 31, 2026;
  counties with fewer than five homes are included; the full statewide file has 75
  counties - this extract is the one DCFS produces for its monthly report)
- Contracted emergency shelter, residential treatment and therapeutic foster care beds

No records were withheld, and there is no charge. This completes our response.

Tamsin Royce
FOIA Coordinator | Office of Communications and Community Engagement
Arkansas Department of Human Services
"""
m = mixed([alternative(plain, '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' +
                       ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in plain.strip().split('\n\n')) + '</div></body></html>',
                       boundary='_000_%s_' % ids.HEX(30)),
           attachment(csv1, 'FOI-2026-1187_FosterHomes_ByCounty.csv', 'text', 'csv'),
           attachment(csv2, 'FOI-2026-1187_ContractedBeds.csv', 'text', 'csv')], boundary='_004_%s_' % ids.HEX(30))
add(D('2026-10-02 09:40:14', '-0500'), 'ar-dhs-final-full', finish(m, [
    ('From', '"Royce, Tamsin (DHS)" <Tamsin.Royce@dhs.arkansas.gov>'),
    ('To', INBOX),
    ('Subject', 'RE: FOIA Request Received - FOI-2026-1187'),
    ('Thread-Topic', 'FOIA Request Received - FOI-2026-1187'), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-10-02 09:40:14', '-0500')), ('Message-ID', ids.outlook()),
    ('In-Reply-To', '<req-004.20260921.2@%s>' % ORG), ('References', '%s <req-004.20260921.2@%s>' % (ar_ack_mid, ORG)),
    ('X-MS-Has-Attach', 'yes'), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')]),
    request='REQ-004', kind='records_final', tracking_number='FOI-2026-1187',
    signals=['tracking', 'subject'],
    why='complete release (two CSVs), nothing withheld, no charge')

ids = Ids(18)
r10 = R(10)
plain = """Mr. Greer,

DHS received your Arkansas Freedom of Information Act request on October 2, 2026. It
has been assigned FOI-2026-1302.

Please be aware that records of child maltreatment investigations, including
investigations of child deaths and near fatalities, are confidential under the Child
Maltreatment Act and are not subject to disclosure under the FOIA. DHS is reviewing
your request to determine what information, if any, can be released.

Tamsin Royce
FOIA Coordinator | Office of Communications and Community Engagement
Arkansas Department of Human Services
"""
m = alternative(plain, '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' +
                ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in plain.strip().split('\n\n')) + '</div></body></html>',
                boundary='_000_%s_' % ids.HEX(30))
add(D('2026-10-02 15:05:51', '-0500'), 'ar-dhs-ack', finish(m, [
    ('From', 'DHS FOIA <dhs.foia@dhs.arkansas.gov>'),
    ('To', 'Hollis Greer <%s>' % r10['reply_address']),
    ('Subject', 'RE: ' + r10['subject']),
    ('Thread-Topic', r10['subject']), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-10-02 15:05:51', '-0500')), ('Message-ID', ids.outlook()),
    ('In-Reply-To', r10['message_id']), ('References', r10['message_id']),
    ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')]),
    request='REQ-010', kind='acknowledgment', tracking_number='FOI-2026-1302', clock='received_on_sent_date',
    signals=['thread', 'plus', 'tracking-new'],
    why='DHS confirms receipt Oct 2 (= sent) and assigns FOI-2026-1302; warns maltreatment records are confidential')

ids = Ids(28)
body = """Logging this for the desk - it came to me directly instead of the records box. No
surprise on 12-18-104. They point to the 9-28-120 web notices; I'll pull those
separately. Not worth fighting, there's no admin appeal anyway.

Hollis

---------- Forwarded message ---------
From: DHS FOIA <dhs.foia@dhs.arkansas.gov>
Date: Wed, Oct 7, 2026 at 4:12 PM
Subject: FOI-2026-1302 Response
To: Hollis Greer <hgreer@ledgercollab.example.org>


Mr. Greer,

DHS has completed its review of FOI-2026-1302, in which you requested Division of
Children and Family Services investigative files, fatality and near-fatality reports,
and related records for children who died or nearly died as a result of suspected
maltreatment from January 1, 2025 to date.

Data, records, reports and documents created, collected or compiled by or on behalf of
DHS in performing investigations or providing services to children and families under
the Child Maltreatment Act are not subject to disclosure under the Arkansas Freedom of
Information Act. Ark. Code Ann. 12-18-104(a). Your request is therefore denied.

Information DHS is required to make public about child fatalities and near fatalities
reported to the Child Abuse Hotline (Ark. Code Ann. 9-28-120) is posted on the DHS
website and is available without a FOIA request.

Tamsin Royce
FOIA Coordinator
Arkansas Department of Human Services
"""
m = text(body, enc='qp')
add(D('2026-10-08 08:30:15', '-0500'), 'fwd-ar-dhs-denial', finish(m, [
    ('From', 'Hollis Greer <hgreer@ledgercollab.example.org>'),
    ('To', INBOX),
    ('Subject', 'Fwd: FOI-2026-1302 Response'),
    ('Date', D('2026-10-08 08:30:15', '-0500')), ('Message-ID', ids.gmail())]),
    request='REQ-010', kind='denial', tracking_number='FOI-2026-1302', adverse_determination=True,
    signals=['tracking', 'subject'],
    why='colleague forwards the DHS denial in full under Ark. Code 12-18-104; AR has no appeal days')

# ============================================================ Memphis-Shelby County Schools (JustFOIA; REQ-005, REQ-011)


def justfoia(ids, num, title, inner):
    return ("""<html><body style="margin:0;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1d1d1d">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d9dde3">
<tr><td style="background:#00417a;color:#fff;padding:14px 18px;font-size:16px">Memphis-Shelby County Schools &middot; Public Records</td></tr>
<tr><td style="padding:18px"><p style="font-size:17px;margin-top:0"><b>%s</b></p>
<p>Request: <b>%s</b></p>%s
<p style="margin-top:22px"><a href="https://scsk12tn.justfoia.com/publicportal/home/track" style="background:#00417a;color:#fff;padding:8px 14px;text-decoration:none">View Request</a></p></td></tr>
<tr><td style="padding:10px 18px;font-size:11px;color:#777;border-top:1px solid #eee">This is an automated message sent via JustFOIA. Replies to this email are not monitored. Please use the portal to respond.</td></tr>
</table></body></html>""" % (title, num, inner))


JF_FROM = 'Memphis-Shelby County Schools via JustFOIA <notifications@justfoia.com>'
ids = Ids(8)
r5 = R(5)
html = justfoia(ids, 'PRR-26-0931', 'Your public records request has been received', """
<p>Hello Renee Albright,</p>
<p>Memphis-Shelby County Schools received your public records request on <b>09/15/2026</b>.</p>
<p><b>Description:</b> Memoranda of understanding, contracts and interlocal agreements between MSCS and the City of Memphis / Memphis Police Department and the Shelby County Sheriff's Office for school resource officers, and invoices paid under them, July 2024 to present.</p>
<p>Under the Tennessee Public Records Act, T.C.A. &sect; 10-7-503(a)(2)(B), if records cannot be made promptly available the District will, within seven business days, provide the records, deny the request in writing, or tell you the time reasonably necessary to produce them.</p>""")
m = text(html, 'html', enc='qp')
add(D('2026-09-15 14:22:09', '-0500'), 'mscs-justfoia-ack', finish(m, [
    ('From', JF_FROM), ('To', r5['reply_address']),
    ('Subject', 'Public Records Request PRR-26-0931 Received'),
    ('Date', D('2026-09-15 14:22:09', '-0500')), ('Message-ID', ids.ses()),
    ('X-SES-Outgoing', '2026.09.15-54.240.8.31')]),
    request='REQ-005', kind='acknowledgment', tracking_number='PRR-26-0931', clock='received_on_sent_date',
    signals=['plus', 'tracking-new', 'subject'],
    why='JustFOIA (shared notifications@justfoia.com) confirms receipt 09/15/2026 (= sent); TN 7 business days')

ids = Ids(13)
html = justfoia(ids, 'PRR-26-0931', 'The estimated completion date of your request has changed', """
<p><b>New estimated completion date:</b> 10/23/2026</p>
<p><b>Message from the Office of Public Records:</b></p>
<blockquote style="border-left:3px solid #ccc;margin-left:0;padding-left:12px">Good afternoon. The Office of Public Records has asked the Department of Safety and Security and the Finance Division to gather the agreements and invoices you requested. It is not practicable to make these records available within seven business days. The time reasonably necessary to produce the records is estimated to be on or before October 23, 2026. &ndash; C. Harwell, Public Records Specialist</blockquote>""")
m = text(html, 'html', enc='qp')
add(D('2026-09-24 16:05:18', '-0500'), 'mscs-justfoia-extension', finish(m, [
    ('From', JF_FROM), ('To', r5['reply_address']),
    ('Subject', 'PRR-26-0931: Estimated completion date updated'),
    ('Date', D('2026-09-24 16:05:18', '-0500')), ('Message-ID', ids.ses())]),
    request='REQ-005', kind='extension', tracking_number='PRR-26-0931', clock='extension', estimated='2026-10-23',
    signals=['plus', 'tracking'],
    why='on the 7th business day the District gives Oct 23 as time reasonably necessary; TN has no extension days')

ids = Ids(34)
html = justfoia(ids, 'PRR-26-0931', 'Documents have been released on your request', """
<p>The following documents have been released to you. Sign in to the portal to download them.</p>
<ul><li>MOU_MSCS_CityofMemphis_SRO_FY2025.pdf</li><li>MOU_MSCS_CityofMemphis_SRO_FY2026.pdf</li></ul>
<p><b>Message from the Office of Public Records:</b> This is a partial release. The District is still gathering the invoices and the agreement with the Shelby County Sheriff's Office and will notify you when additional records are available.</p>""")
m = text(html, 'html', enc='qp')
add(D('2026-10-23 16:30:40', '-0500'), 'mscs-justfoia-interim', finish(m, [
    ('From', JF_FROM), ('To', r5['reply_address']),
    ('Subject', 'PRR-26-0931: Documents released'),
    ('Date', D('2026-10-23 16:30:40', '-0500')), ('Message-ID', ids.ses())]),
    request='REQ-005', kind='records_interim', tracking_number='PRR-26-0931',
    signals=['plus', 'tracking'],
    why='partial release of the two MPD MOUs; invoices and sheriff agreement still being gathered')

ids = Ids(38)
html = justfoia(ids, 'PRR-26-0931', 'A new document has been added to your request', """
<p>A new document has been added to your request. Sign in to the portal to view it.</p>""")
m = text(html, 'html', enc='qp')
add(D('2026-11-02 08:12:55', '-0600'), 'mscs-justfoia-newdoc', finish(m, [
    ('From', JF_FROM), ('To', r5['reply_address']),
    ('Subject', 'PRR-26-0931: New document added'),
    ('Date', D('2026-11-02 08:12:55', '-0600')), ('Message-ID', ids.ses())]),
    request='REQ-005', kind='portal_notice', tracking_number='PRR-26-0931',
    signals=['plus', 'tracking'],
    why='JustFOIA "new document added, sign in" with no substantive text')

ids = Ids(48)
html = justfoia(ids, 'PRR-26-0931', 'Payment is required to continue processing your request', """
<p><b>Invoice amount:</b> $147.88</p>
<p><b>Message from the Office of Public Records:</b></p>
<blockquote style="border-left:3px solid #ccc;margin-left:0;padding-left:12px">The remaining records (SRO invoices for FY2025 through FY2027 to date, and the interlocal agreement with the Shelby County Sheriff's Office) require retrieval from the Finance Division's document system and review by the Department of Safety and Security. Under the District's Public Records Policy and the Office of Open Records Counsel's Schedule of Reasonable Charges, labor beyond the first hour is charged at the hourly rate of the lowest-paid employee able to do the work.<br><br>Estimated labor: 7.5 hours; first hour at no charge; 6.5 hours x $22.75 = $147.88. Records will be delivered electronically at no copy charge.<br><br>The District will resume work on your request once payment is received. If payment is not received within 30 days, the request will be closed.</blockquote>
<p>You can pay the invoice in the portal.</p>""")
m = text(html, 'html', enc='qp')
add(D('2026-11-18 11:00:39', '-0600'), 'mscs-justfoia-fee-estimate', finish(m, [
    ('From', JF_FROM), ('To', r5['reply_address']),
    ('Subject', 'PRR-26-0931: Invoice issued'),
    ('Date', D('2026-11-18 11:00:39', '-0600')), ('Message-ID', ids.ses())]),
    request='REQ-005', kind='fee_estimate', tracking_number='PRR-26-0931',
    signals=['plus', 'tracking'],
    why='labor invoice $147.88 (first hour free) must be paid before work resumes')

ids = Ids(55)
html = justfoia(ids, 'PRR-26-0931', 'Your request has been closed', """
<p><b>Status:</b> Closed &ndash; Records provided in part</p>
<p><b>Message from the Office of Public Records:</b></p>
<blockquote style="border-left:3px solid #ccc;margin-left:0;padding-left:12px">Thank you for your payment. The SRO invoices for FY2025 through FY2027 to date and the interlocal agreement with the Shelby County Sheriff's Office have been released in the portal. Attachment C to the Sheriff's Office agreement (officer assignments by school and post schedules) and the corresponding line items in the invoices have been withheld under T.C.A. &sect; 10-7-504(m) because they are part of the District's security plan and their disclosure could compromise the safety of students and staff. This completes the District's response.</blockquote>""")
m = text(html, 'html', enc='qp')
add(D('2026-12-15 15:10:27', '-0600'), 'mscs-justfoia-final-partial', finish(m, [
    ('From', JF_FROM), ('To', r5['reply_address']),
    ('Subject', 'PRR-26-0931: Request closed'),
    ('Date', D('2026-12-15 15:10:27', '-0600')), ('Message-ID', ids.ses())]),
    request='REQ-005', kind='records_final', tracking_number='PRR-26-0931', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='closed with invoices and sheriff agreement released; officer assignment schedules withheld under 10-7-504(m); TN has no appeal days')

ids = Ids(28 * 3)
r11 = R(11)
html = justfoia(ids, 'PRR-26-1077', 'The District needs more information about your request', """
<p><b>Message from the Office of Public Records:</b></p>
<blockquote style="border-left:3px solid #ccc;margin-left:0;padding-left:12px">Your request seeks records of the number of uses of physical restraint and isolation in MSCS schools by school. Documentation created under the Special Education Behavior Supports Act (T.C.A. &sect; 49-10-1301 et seq.) is kept in each student's record and is protected by FERPA. Please clarify whether you are requesting (a) the aggregate counts the District reports to the Tennessee Department of Education, or (b) school-level counts compiled from individual student documentation. Your request is on hold until we receive your response. If we do not hear from you within 30 days, the request will be closed.</blockquote>
<p>Please respond through the portal.</p>""")
m = text(html, 'html', enc='qp')
add(D('2026-10-16 13:15:10', '-0500'), 'mscs-justfoia-clarification', finish(m, [
    ('From', JF_FROM), ('To', r11['reply_address']),
    ('Subject', 'PRR-26-1077: Clarification needed'),
    ('Date', D('2026-10-16 13:15:10', '-0500')), ('Message-ID', ids.ses())]),
    request='REQ-011', kind='clarification', tracking_number='PRR-26-1077',
    signals=['plus', 'tracking-new'],
    why='first message on REQ-011 (no separate ack): asks aggregate vs school-level counts; request on hold; number new here')

ids = Ids(43)
html = justfoia(ids, 'PRR-26-1077', 'A response has been posted to your request', """
<p><b>Message from the Office of Public Records:</b></p>
<blockquote style="border-left:3px solid #ccc;margin-left:0;padding-left:12px">Thank you for clarifying that you are seeking school-level counts. After consulting the Division of Exceptional Children and Health Services, the District has determined that it has no records responsive to your request. The District does not compile or maintain counts of restraint or isolation by school; each use is documented only in the individual student's record, and the District is not required to create a record that does not exist. Statewide data are reported by the Tennessee Department of Education.</blockquote>""")
m = text(html, 'html', enc='qp')
add(D('2026-11-10 10:20:04', '-0600'), 'mscs-justfoia-no-records', finish(m, [
    ('From', JF_FROM), ('To', r11['reply_address']),
    ('Subject', 'PRR-26-1077: Response posted'),
    ('Date', D('2026-11-10 10:20:04', '-0600')), ('Message-ID', ids.ses())]),
    request='REQ-011', kind='no_records', tracking_number='PRR-26-1077', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='District says it keeps no school-level counts and will not create a record; no responsive records; TN has no appeal days')

ids = Ids(44)
html = justfoia(ids, 'PRR-26-1077', 'The status of your request has changed', """
<p><b>New status:</b> Closed</p>""")
m = text(html, 'html', enc='qp')
add(D('2026-11-10 10:20:31', '-0600'), 'mscs-justfoia-status-closed', finish(m, [
    ('From', JF_FROM), ('To', r11['reply_address']),
    ('Subject', 'PRR-26-1077: Status changed'),
    ('Date', D('2026-11-10 10:20:31', '-0600')), ('Message-ID', ids.ses())]),
    request='REQ-011', kind='portal_notice', tracking_number='PRR-26-1077',
    signals=['plus', 'tracking'],
    why='automated status-change notice ("Closed") with no substantive text, seconds after the no-records message')

ids = Ids(51)
jf_prev = Ids(43).ses()
dsn = """Return-Path: <>
From: MAILER-DAEMON@mail.ledgercollab.example.org (Mail Delivery System)
To: records@ledgercollab.example.org
Subject: Undelivered Mail Returned to Sender
Date: {date}
Message-ID: <20261130150217.8C41E2A0F3@mail.ledgercollab.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8C41E2A0F3.1796050937/mail.ledgercollab.example.org"

This is a MIME-encapsulated message.

--8C41E2A0F3.1796050937/mail.ledgercollab.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.ledgercollab.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<notifications@justfoia.com>: host inbound-smtp.us-east-1.amazonaws.com[44.209.12.7]
    said: 550 5.1.1 <notifications@justfoia.com>: This address does not accept
    replies. Please respond through the public portal. (in reply to RCPT TO
    command)

--8C41E2A0F3.1796050937/mail.ledgercollab.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ledgercollab.example.org
X-Postfix-Queue-ID: 8C41E2A0F3
X-Postfix-Sender: rfc822; records@ledgercollab.example.org
Arrival-Date: Mon, 30 Nov 2026 15:02:15 +0000 (UTC)

Final-Recipient: rfc822; notifications@justfoia.com
Original-Recipient: rfc822;notifications@justfoia.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com
Diagnostic-Code: smtp; 550 5.1.1 <notifications@justfoia.com>: This address
    does not accept replies. Please respond through the public portal.

--8C41E2A0F3.1796050937/mail.ledgercollab.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <records@ledgercollab.example.org>
From: Renee Albright <records@ledgercollab.example.org>
Reply-To: records+req-011@ledgercollab.example.org
To: Memphis-Shelby County Schools via JustFOIA <notifications@justfoia.com>
Subject: Re: PRR-26-1077: Response posted
Date: Mon, 30 Nov 2026 09:02:11 -0600
Message-ID: <req-011.20261130.4@ledgercollab.example.org>
In-Reply-To: {prev}
References: <req-011.20261007.1@ledgercollab.example.org> {prev}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Ms. Harwell - the District reports restraint and isolation counts to TDOE every
year, so a compiled count exists somewhere. Could you ask the Division of
Exceptional Children for the district-level report it submitted, and reopen
PRR-26-1077?

Renee Albright

--8C41E2A0F3.1796050937/mail.ledgercollab.example.org--
""".format(date=D('2026-11-30 09:02:17', '-0600'), prev=jf_prev)
add(D('2026-11-30 09:02:17', '-0600'), 'bounce-justfoia-noreply', dsn.encode(),
    request='REQ-011', kind='bounce', tracking_number='PRR-26-1077', signals=['thread-embedded', 'tracking'],
    why='Postfix DSN: our reply to the JustFOIA notification address was refused (no replies accepted)')

# ============================================================ Indianapolis Public Schools, Office of General Counsel (REQ-006, REQ-014)
IPS_HEAD = ['# Indianapolis Public Schools', 'Office of General Counsel', '120 E. Walnut Street, Indianapolis, Indiana 46204', '']
ids = Ids(12)
r6 = R(6)
letter = IPS_HEAD + [
    'September 22, 2026',
    '',
    'VIA EMAIL: records+req-006@ledgercollab.example.org',
    'Mr. Marcus Tate, Ledger Collaborative',
    '',
    'Re: Request for Public Records - Restraint and Seclusion',
    '',
    'Dear Mr. Tate:',
    '',
    'This letter acknowledges the request for public records you sent by email after business hours on '
    'September 16, 2026, which the Indianapolis Public Schools (IPS) received on September 17, 2026. You requested '
    '(1) restraint and seclusion data IPS reported to the Indiana Department of Education for school years 2023-24 '
    'through 2025-26, and (2) building-level incident documentation for the same period, with student-identifying '
    'information redacted.',
    '',
    'Under IC 5-14-3-3(b), IPS will produce disclosable records within a reasonable time. Incident documentation is '
    'maintained at individual school buildings and must be gathered and reviewed before production. Records '
    'concerning individual students are education records under the Family Educational Rights and Privacy Act, '
    '20 U.S.C. 1232g, and are excepted from disclosure under IC 5-14-3-4(a)(3) to the extent they identify a student.',
    '',
    'We will contact you if copying costs will apply.',
    '',
    'Sincerely,',
    '',
    'Danielle Ostrowski',
    'Associate General Counsel',
]
body = """Mr. Tate,

Please see the attached correspondence from the IPS Office of General Counsel.

Kara Branham
Paralegal | Office of General Counsel
Indianapolis Public Schools
"""
m = mixed([text(body, enc='7bit'), attachment(pdf([letter], title='Acknowledgment'), 'APRA-2026-118 Acknowledgment.pdf')])
add(D('2026-09-22 10:05:44', '-0400'), 'ips-ack-letter-pdf', finish(m, [
    ('From', 'IPS Office of General Counsel <generalcounsel@myips.org>'),
    ('To', r6['reply_address']),
    ('Subject', 'Public Records Request'),
    ('Date', D('2026-09-22 10:05:44', '-0400')), ('Message-ID', ids.gmail()),
    ('In-Reply-To', r6['message_id']), ('References', r6['message_id'])]),
    request='REQ-006', kind='acknowledgment', tracking_number='APRA-2026-118', clock='received:2026-09-17',
    signals=['thread', 'plus', 'tracking-new', 'tracking-filename'],
    why='PDF letter: sent after hours Sept 16, received Sept 17; file number only in the attachment name; IN 7 calendar days from Sept 17')

ids = Ids(21)
letter = IPS_HEAD + [
    'October 6, 2026',
    '',
    'Mr. Marcus Tate, Ledger Collaborative',
    'Re: APRA-2026-118 - Estimate of Copying Fees',
    '',
    'Dear Mr. Tate:',
    '',
    'IPS has gathered the building-level restraint and seclusion incident documentation responsive to part (2) of your '
    'request. The documentation is maintained on paper at 41 school buildings and totals approximately 1,260 pages. '
    'Producing it requires copying each page so that student-identifying information can be redacted from the copy.',
    '',
    'Under IC 5-14-3-8 and the IPS fee schedule, the fee for copies is $0.10 per page. The estimated fee is $126.00 '
    '(1,260 pages x $0.10). Under IC 5-14-3-8(e), IPS requires payment of the fee before the copies are made. '
    'Redacted copies will be scanned and sent electronically at no additional charge. IPS does not charge for the '
    'time spent searching for or redacting records.',
    '',
    'The data IPS reported to the Indiana Department of Education (part (1) of your request) is kept electronically '
    'and will be provided without charge with the first production.',
    '',
    'Please let us know within 30 days whether you wish to proceed. Payment may be made by check payable to '
    'Indianapolis Public Schools. Alternatively, you may narrow the request, for example to one school year.',
    '',
    'Sincerely,',
    'Danielle Ostrowski, Associate General Counsel',
]
body = """Mr. Tate,

Attached is a letter regarding copying fees for your request.

Kara Branham
Paralegal | Office of General Counsel
Indianapolis Public Schools
"""
m = mixed([text(body, enc='7bit'), attachment(pdf([letter], title='Fee Estimate'), 'APRA-2026-118 Fee Letter.pdf')])
add(D('2026-10-06 14:40:09', '-0400'), 'ips-fee-letter-pdf', finish(m, [
    ('From', 'IPS Office of General Counsel <generalcounsel@myips.org>'),
    ('To', r6['reply_address']),
    ('Subject', 'RE: Public Records Request'),
    ('Date', D('2026-10-06 14:40:09', '-0400')), ('Message-ID', ids.gmail()),
    ('In-Reply-To', r6['message_id']), ('References', r6['message_id'])]),
    request='REQ-006', kind='fee_estimate', tracking_number='APRA-2026-118',
    signals=['thread', 'plus', 'tracking-attachment'],
    why='copying fee estimate $126 (1,260 pages x $0.10), prepayment required; no charge for staff time under Indiana law')

ids = Ids(42)
letter = IPS_HEAD + [
    'November 9, 2026',
    '',
    'Mr. Marcus Tate, Ledger Collaborative',
    'Re: APRA-2026-118 - Production No. 1',
    '',
    'Dear Mr. Tate:',
    '',
    'Thank you for your payment of $126.00. This is the first production in response to your request.',
    '',
    'Enclosed are (1) the restraint and seclusion data IPS reported to the Indiana Department of Education for school '
    'years 2023-24, 2024-25 and 2025-26 to date, and (2) redacted incident documentation for school year 2023-24, '
    'Bates numbered IPS-RS-0001 through IPS-RS-0412 (provided by secure link).',
    '',
    'Student names, student identification numbers, dates of birth, disability and placement information, and other '
    'information that would make a student\'s identity easily traceable have been redacted under IC 5-14-3-4(a)(3) '
    'and FERPA, 20 U.S.C. 1232g.',
    '',
    'Documentation for school years 2024-25 and 2025-26 is being redacted and will follow in a second production.',
    '',
    'Sincerely,',
    'Danielle Ostrowski, Associate General Counsel',
]
csv = ("school_year,school_number,restraint_physical,restraint_mechanical,seclusion,students_involved\n" +
       "\n".join('%s,%d,%d,0,%d,%d' % (sy, sn, (sn * 7) % 23, (sn * 3) % 9, (sn * 5) % 17 + 1)
                 for sy in ['2023-24', '2024-25', '2025-26'] for sn in [14, 27, 39, 42, 48, 55, 58, 63, 70, 84, 93, 105, 107, 114]).replace(',0,0,', ',0,0,')).encode()
body = """Mr. Tate,

Please see the attached letter and data file. The redacted incident documentation
(IPS-RS-0001 to IPS-RS-0412) is available at the secure link that will arrive from
ShareFile separately.

Kara Branham
Paralegal | Office of General Counsel
Indianapolis Public Schools
"""
m = mixed([text(body, enc='7bit'), attachment(pdf([letter], title='Production No. 1'), 'APRA-2026-118 Production 1 Letter.pdf'),
           attachment(csv, 'IDOE_Restraint_Seclusion_Report_IPS.csv', 'text', 'csv')])
add(D('2026-11-09 15:05:49', '-0500'), 'ips-interim-production1', finish(m, [
    ('From', 'IPS Office of General Counsel <generalcounsel@myips.org>'),
    ('To', r6['reply_address']),
    ('Subject', 'RE: Public Records Request'),
    ('Date', D('2026-11-09 15:05:49', '-0500')), ('Message-ID', ids.gmail()),
    ('In-Reply-To', r6['message_id']), ('References', r6['message_id'])]),
    request='REQ-006', kind='records_interim', tracking_number='APRA-2026-118',
    signals=['thread', 'plus', 'tracking-attachment'],
    why='production no. 1 (IDOE data + 2023-24 redacted reports); two school years to follow')

ids = Ids(53)
dsn = """Delivered-To: records@ledgercollab.example.org
Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: records@ledgercollab.example.org
Subject: Delivery Status Notification (Failure)
Date: {date}
Message-ID: <6574c3e1.{h}.bounce@mx.google.com>
Auto-Submitted: auto-replied
References: <req-006.20260916.1@ledgercollab.example.org> <req-006.20261207.5@ledgercollab.example.org>
In-Reply-To: <req-006.20261207.5@ledgercollab.example.org>
X-Failed-Recipients: kbranham@myips.org
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000a1f0d4062c9b7e11"; report-type=delivery-status

--000000000000a1f0d4062c9b7e11
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to kbranham@myips.org because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser

--000000000000a1f0d4062c9b7e11
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; records@ledgercollab.example.org
Arrival-Date: Mon, 07 Dec 2026 05:40:29 -0800 (PST)
X-Original-Message-ID: <req-006.20261207.5@ledgercollab.example.org>

Final-Recipient: rfc822; kbranham@myips.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; aspmx.l.google.com. (142.250.115.27, the server for the domain myips.org.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Mon, 07 Dec 2026 05:40:33 -0800 (PST)

--000000000000a1f0d4062c9b7e11
Content-Type: text/rfc822-headers

From: Marcus Tate <records@ledgercollab.example.org>
Reply-To: records+req-006@ledgercollab.example.org
To: Kara Branham <kbranham@myips.org>
Cc: generalcounsel@myips.org
Subject: RE: Public Records Request - second production?
Date: Mon, 07 Dec 2026 08:40:27 -0500
Message-ID: <req-006.20261207.5@ledgercollab.example.org>
In-Reply-To: <req-006.20260916.1@ledgercollab.example.org>
References: <req-006.20260916.1@ledgercollab.example.org>

--000000000000a1f0d4062c9b7e11--
""".format(date=D('2026-12-07 05:40:33', '-0800'), h=ids.hex(12))
add(D('2026-12-07 05:40:33', '-0800'), 'ips-bounce-gmail-dsn', dsn.encode(),
    request='REQ-006', kind='bounce', tracking_number=None, signals=['thread', 'thread-embedded'],
    why='Gmail DSN: our follow-up to the IPS paralegal failed (account no longer exists); copy to generalcounsel@ went through')

ids = Ids(54)
letter = IPS_HEAD + [
    'December 14, 2026',
    '',
    'Mr. Marcus Tate, Ledger Collaborative',
    'Re: APRA-2026-118 - Production No. 2 and Final Response',
    '',
    'Dear Mr. Tate:',
    '',
    'Enclosed by secure link is the second and final production in response to your request: redacted restraint and '
    'seclusion incident documentation for school years 2024-25 and 2025-26 (through October 31, 2026), Bates numbered '
    'IPS-RS-0413 through IPS-RS-1187.',
    '',
    'As with the first production, student-identifying information has been redacted under IC 5-14-3-4(a)(3) and '
    'FERPA, 20 U.S.C. 1232g. In addition, 14 incident reports have been withheld in full because they concern '
    'students at programs serving fewer than ten students, where redaction would not prevent the student from being '
    'identified. Staff members\' personal contact information has been redacted under IC 5-14-3-4(b)(8).',
    '',
    'This completes the district\'s response to your request. If you believe you have been denied access to a public '
    'record, you may file a formal complaint with the Indiana Public Access Counselor under IC 5-14-5 within 30 days '
    'of this denial.',
    '',
    'Sincerely,',
    'Danielle Ostrowski, Associate General Counsel',
]
body = """Mr. Tate,

Kara is no longer with the district - please use this address for anything further.
The final letter is attached; the ShareFile link for IPS-RS-0413 to IPS-RS-1187 will
come separately.

Danielle Ostrowski
Associate General Counsel
Indianapolis Public Schools
"""
m = mixed([text(body, enc='7bit'), attachment(pdf([letter], title='Final Response'), 'APRA-2026-118 Final Response.pdf')])
add(D('2026-12-14 16:45:08', '-0500'), 'ips-final-letter-pdf', finish(m, [
    ('From', 'IPS Office of General Counsel <generalcounsel@myips.org>'),
    ('To', r6['reply_address']),
    ('Subject', 'RE: Public Records Request - second production?'),
    ('Date', D('2026-12-14 16:45:08', '-0500')), ('Message-ID', ids.gmail()),
    ('In-Reply-To', '<req-006.20261207.5@ledgercollab.example.org>'),
    ('References', '%s <req-006.20261207.5@ledgercollab.example.org>' % r6['message_id'])]),
    request='REQ-006', kind='records_final', tracking_number='APRA-2026-118', adverse_determination=True,
    signals=['thread', 'plus', 'tracking-attachment'],
    why='final production; 14 reports withheld in full and FERPA redactions; PAC complaint within 30 days')

ids = Ids(36)
r14 = R(14)
letter = IPS_HEAD + [
    'October 30, 2026',
    '',
    'Mr. Marcus Tate, Ledger Collaborative',
    'Our File: APRA-2026-131',
    '',
    'Dear Mr. Tate:',
    '',
    'IPS received your request for public records on October 27, 2026. You requested contracts, memoranda of '
    'understanding and other agreements between IPS and any outside law enforcement agency for school resource '
    'officers or school-based policing, and invoices or payments under them, from January 1, 2023 to the present.',
    '',
    'The Office of General Counsel is working with the IPS Police Department and the Finance Department to determine '
    'whether responsive records exist. We will respond within a reasonable time.',
    '',
    'Sincerely,',
    'Danielle Ostrowski, Associate General Counsel',
]
body = """Mr. Tate,

Please see the attached correspondence from the IPS Office of General Counsel.

Kara Branham
Paralegal | Office of General Counsel
Indianapolis Public Schools
"""
m = mixed([text(body, enc='7bit'), attachment(pdf([letter], title='Acknowledgment'), 'Acknowledgment Letter.pdf')])
add(D('2026-10-30 09:15:27', '-0400'), 'ips-ack-letter-pdf', finish(m, [
    ('From', 'IPS Office of General Counsel <generalcounsel@myips.org>'),
    ('To', r14['reply_address']),
    ('Subject', 'Public Records Request'),
    ('Date', D('2026-10-30 09:15:27', '-0400')), ('Message-ID', ids.gmail()),
    ('In-Reply-To', r14['message_id']), ('References', r14['message_id'])]),
    request='REQ-014', kind='acknowledgment', tracking_number='APRA-2026-131', clock='received_on_sent_date',
    signals=['thread', 'plus', 'tracking-new', 'tracking-attachment'],
    why='PDF letter: received Oct 27 (= sent); 7 calendar days land on Nov 3, Election Day (Indiana holiday), so due Nov 4')

ids = Ids(49)
letter = IPS_HEAD + [
    'November 19, 2026',
    '',
    'Mr. Marcus Tate, Ledger Collaborative',
    'Our File: APRA-2026-131',
    '',
    'Dear Mr. Tate:',
    '',
    'IPS has completed its search for records responsive to your request for agreements between IPS and outside law '
    'enforcement agencies for school resource officers, and invoices or payments under them, from January 1, 2023 '
    'to the present.',
    '',
    'IPS has no records responsive to your request. IPS does not contract with any outside law enforcement agency to '
    'provide school resource officers. Officers assigned to IPS schools are employees of the IPS Police Department, '
    'a school corporation police department established under IC 20-26-16, and no payments are made to another '
    'agency for their services. The Finance Department found no purchase orders or payments to a law enforcement '
    'agency for school policing during the period.',
    '',
    'To the extent this response is considered a denial, you may file a formal complaint with the Indiana Public '
    'Access Counselor under IC 5-14-5 within 30 days.',
    '',
    'Sincerely,',
    'Danielle Ostrowski, Associate General Counsel',
]
body = """Mr. Tate,

Please see the attached response.

IPS Office of General Counsel
"""
m = mixed([text(body, enc='7bit'), attachment(pdf([letter], title='Response'), 'APRA-2026-131 Response.pdf')])
add(D('2026-11-19 13:30:15', '-0500'), 'ips-no-records-letter-pdf', finish(m, [
    ('From', 'IPS Office of General Counsel <generalcounsel@myips.org>'),
    ('To', r14['reply_address']),
    ('Subject', 'RE: Public Records Request'),
    ('Date', D('2026-11-19 13:30:15', '-0500')), ('Message-ID', ids.gmail()),
    ('In-Reply-To', r14['message_id']), ('References', r14['message_id'])]),
    request='REQ-014', kind='no_records', tracking_number='APRA-2026-131', adverse_determination=True,
    signals=['thread', 'plus', 'tracking', 'tracking-filename'],
    why='no SRO contracts exist (IPS runs its own police department); PAC complaint window 30 days')

# ============================================================ Missouri DESE (REQ-007)
ids = Ids(10)
r7 = R(7)
plain = """Ms. Ferrer,

The Department of Elementary and Secondary Education received your Sunshine Law request
on September 17, 2026. It has been assigned request number SR26-0457.

The Department is working to identify records responsive to your request. Given the
number of school years and the incident-level detail requested, additional time may be
necessary; if so, we will let you know the reason and the earliest date the records
will be available, as section 610.023 RSMo requires. Fees for research time and
duplication may be assessed under section 610.026 RSMo; you will be notified of any
estimated cost before work begins.

Kelsey Morgan
Custodian of Records | Office of Legal Counsel
Missouri Department of Elementary and Secondary Education
205 Jefferson Street, Jefferson City, MO 65101
"""
m = alternative(plain, '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' +
                ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in plain.strip().split('\n\n')) + '</div></body></html>',
                boundary='_000_%s_' % ids.HEX(30))
add(D('2026-09-18 08:55:03', '-0500'), 'mo-dese-ack', finish(m, [
    ('From', 'Sunshine Requests <sunshinerequests@dese.mo.gov>'),
    ('To', 'Ana Ferrer <%s>' % r7['reply_address']),
    ('Subject', 'RE: %s (SR26-0457)' % r7['subject']),
    ('Thread-Topic', r7['subject']), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-09-18 08:55:03', '-0500')), ('Message-ID', ids.outlook('namprd18')),
    ('In-Reply-To', r7['message_id']), ('References', r7['message_id']),
    ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')]),
    request='REQ-007', kind='acknowledgment', tracking_number='SR26-0457', clock='received_on_sent_date',
    signals=['thread', 'plus', 'tracking-new'],
    why='DESE confirms receipt Sept 17 (= sent), assigns SR26-0457; extra time and fees only "may" be needed; MO 3 business days')

ids = Ids(15)
body = """Hi Ana,

Kelsey in our legal office asked me to get back to you on your question about what DESE
actually collects on seclusion and restraint, since I manage the data side.

Short version: since the 2022-23 school year, districts and charters enter each
incident in the Tiered Monitoring application - date, building, type (seclusion,
physical, mechanical, chemical, prone), duration, and whether the student has an IEP or
504 plan. We do not receive the narrative incident reports; those stay with the
district. So "incident level" for us means rows in that application, not documents.

The public reports on MCDS are aggregates by district and by month. The list of
districts that had not reported, which got attention a few years ago, was a working
compliance list; I believe Kelsey is checking whether current versions exist.

If it helps, the cleanest thing for us to produce is an export of the incident rows
with the student fields removed. That would need a custom query, which is why Kelsey
mentioned possible programming time.

Lorraine

Lorraine Esquivel
Data Coordinator, Office of Special Education
Missouri Department of Elementary and Secondary Education
"""
m = text(body, enc='7bit')
add(D('2026-09-29 13:12:55', '-0500'), 'mo-dese-staff-note-via-group', finish(m, [
    ('From', '"\'Lorraine Esquivel\' via Records Desk" <%s>' % INBOX),
    ('Reply-To', 'Lorraine Esquivel <Lorraine.Esquivel@dese.mo.gov>'),
    ('To', INBOX),
    ('Subject', 'your question on seclusion/restraint data'),
    ('Date', D('2026-09-29 13:12:55', '-0500')), ('Message-ID', ids.outlook('namprd18')),
    ('X-Original-Sender', 'lorraine.esquivel@dese.mo.gov'),
    ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@dese.mo.gov; spf=pass smtp.mailfrom=Lorraine.Esquivel@dese.mo.gov'),
    ('Precedence', 'list'), ('Mailing-list', 'list records@%s; contact records+owners@%s' % (ORG, ORG)),
    ('List-ID', '<records.%s>' % ORG), ('X-Google-Group-Id', '583920174455'),
    ('List-Post', '<https://groups.google.com/a/%s/group/records/post>, <mailto:records@%s>' % (ORG, ORG)),
    ('List-Archive', '<https://groups.google.com/a/%s/group/records/>' % ORG),
    ('List-Unsubscribe', '<mailto:googlegroups-manage+583920174455+unsubscribe@googlegroups.com>, <https://groups.google.com/a/%s/group/records/subscribe>' % ORG)]),
    request='REQ-007', kind='other', tracking_number=None, signals=['subject'],
    why='DESE data coordinator, asked by the custodian, explains what is collected; arrives via the Google Group with a new subject')

ids = Ids(29)
csv = ("school_year,county_district_code,district_name,incidents_seclusion,incidents_physical,incidents_mechanical,incidents_prone,students\n" +
       "\n".join('%s,%06d,District %03d,%d,%d,0,%d,%d' % (sy, 10000 + d * 37, d, (d * 5) % 31, (d * 11) % 57, d % 3, (d * 7) % 40 + 1)
                 for sy in ['2023-24', '2024-25'] for d in range(1, 41))).encode()
plain = """Ms. Ferrer,

Attached is the first set of records responsive to request SR 26-0457: district-level
counts of seclusion and restraint incidents for school years 2023-24 and 2024-25, as
reported in the Tiered Monitoring application.

The incident-level export for 2022-23 through 2025-26 to date, with student fields
removed, is being prepared by the Office of Data System Management. We anticipate
completing the remainder of your request by November 13, 2026. We are still checking
whether any current list of non-reporting districts exists.

Kelsey Morgan
Custodian of Records | Office of Legal Counsel
Missouri Department of Elementary and Secondary Education
"""
m = mixed([alternative(plain, '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' +
                       ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in plain.strip().split('\n\n')) + '</div></body></html>',
                       boundary='_000_%s_' % ids.HEX(30)),
           attachment(csv, 'district_counts_2023-24_2024-25.csv', 'text', 'csv')], boundary='_004_%s_' % ids.HEX(30))
add(D('2026-10-16 15:50:33', '-0500'), 'mo-dese-interim', finish(m, [
    ('From', 'Sunshine Requests <sunshinerequests@dese.mo.gov>'),
    ('To', 'Ana Ferrer <%s>' % r7['reply_address']),
    ('Subject', 'RE: %s' % r7['subject']),
    ('Thread-Topic', r7['subject']), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-10-16 15:50:33', '-0500')), ('Message-ID', ids.outlook('namprd18')),
    ('In-Reply-To', r7['message_id']), ('References', r7['message_id']),
    ('X-MS-Has-Attach', 'yes'), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')]),
    request='REQ-007', kind='records_interim', tracking_number='SR 26-0457', estimated='2026-11-13',
    signals=['thread', 'plus', 'tracking'],
    why='first set (district counts CSV); remainder expected by Nov 13; number written "SR 26-0457" (with a space) here only')

ids = Ids(46)
csv = ("school_year,county_district_code,building_code,incident_date,incident_type,duration_minutes,iep_or_504\n" +
       "\n".join('%s,%06d,%04d,%s,%s,%d,%s' % (sy, 10000 + (i * 37) % 1480, 1000 + (i * 13) % 900, dd, t, 3 + (i * 7) % 40, 'Y' if i % 3 else 'N')
                 for i, (sy, dd, t) in enumerate((sy_, '2025-%02d-%02d' % (1 + k % 12, 1 + (k * 5) % 28), ['Seclusion', 'Physical', 'Physical', 'Prone'][k % 4])
                                                for sy_ in ['2024-25'] for k in range(60)))).encode()
plain = """Ms. Ferrer,

This is the Department's final response to request SR26-0457.

Attached is an export of seclusion and restraint incident records reported by
districts and charter schools in the Tiered Monitoring application for school years
2022-23 through 2025-26 (through October 31, 2026). The sample attached here covers
2024-25; the complete file (about 41,000 rows) is available at the secure link below
for 30 days.

Student identifiers, date of birth, grade, race/ethnicity and disability category have
been removed. Those fields are closed under section 610.021(6) RSMo and the Family
Educational Rights and Privacy Act, and cell counts under five were suppressed in the
building-level summaries to avoid identifying students.

No current list of non-reporting districts exists; the 2023 compliance list was a
working document that was not retained after follow-up was completed.

There is no charge for this request. This completes the Department's response.

Kelsey Morgan
Custodian of Records | Office of Legal Counsel
Missouri Department of Elementary and Secondary Education
"""
m = mixed([alternative(plain, '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' +
                       ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in plain.strip().split('\n\n')) + '</div></body></html>',
                       boundary='_000_%s_' % ids.HEX(30)),
           attachment(csv, 'SR26-0457_incident_export_sample_2024-25.csv', 'text', 'csv')], boundary='_004_%s_' % ids.HEX(30))
add(D('2026-11-13 16:10:22', '-0600'), 'mo-dese-final-partial', finish(m, [
    ('From', 'Sunshine Requests <sunshinerequests@dese.mo.gov>'),
    ('To', 'Ana Ferrer <%s>' % r7['reply_address']),
    ('Subject', 'SR26-0457 - Final Response'),
    ('Thread-Topic', 'SR26-0457 - Final Response'), ('Thread-Index', ids.thread_index()),
    ('Date', D('2026-11-13 16:10:22', '-0600')), ('Message-ID', ids.outlook('namprd18')),
    ('X-MS-Has-Attach', 'yes'), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')]),
    request='REQ-007', kind='records_final', tracking_number='SR26-0457', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='final export with student fields closed under 610.021(6)/FERPA and small cells suppressed; MO has no appeal days')

ids = Ids(58)
dese_final_mid = Ids(46).outlook('namprd18')
body = """Thank you for your message. The Department of Elementary and Secondary Education's
offices are closed December 24-25 for the holiday. I will return on Monday, December
28, and will respond to your email then.

For urgent Sunshine Law matters, please contact the Office of Legal Counsel at
573-555-0100.

Kelsey Morgan
"""
m = text(body, enc='7bit')
add(D('2026-12-24 09:00:12', '-0600'), 'mo-dese-holiday-ooo', finish(m, [
    ('From', '"Morgan, Kelsey" <Kelsey.Morgan@dese.mo.gov>'),
    ('To', 'Ana Ferrer <%s>' % r7['reply_address']),
    ('Subject', 'Automatic reply: RE: SR26-0457 - Final Response'),
    ('Date', D('2026-12-24 09:00:12', '-0600')), ('Message-ID', ids.outlook('namprd18')),
    ('In-Reply-To', '<req-007.20261223.3@%s>' % ORG),
    ('References', '%s %s <req-007.20261223.3@%s>' % (r7['message_id'], dese_final_mid, ORG)),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
    ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US')]),
    request='REQ-007', kind='auto_reply', tracking_number='SR26-0457', signals=['thread', 'plus', 'tracking'],
    why='holiday out-of-office reply to our Dec 23 follow-up on SR26-0457')

# ============================================================ Shelby County Juvenile Court Clerk (REQ-008, REQ-015)
ids = Ids(16)
r8 = R(8)
form = [
    '# RECORDS REQUEST DENIAL',
    'Office of the Shelby County Juvenile Court Clerk - Records Section',
    '616 Adams Avenue, Memphis, Tennessee 38105',
    '',
    'Date: 09/30/2026',
    'To: Renee Albright, Ledger Collaborative',
    '',
    'Your request dated 09/21/2026 for:',
    '   (1) copies of petitions and orders in dependency and neglect proceedings filed January 2024 to date; and',
    '   (2) statistics showing the number of orders placing children in the custody of the Department of',
    '       Children\'s Services, by month, January 2024 to date',
    '',
    'is DENIED for the following reason(s):',
    '',
    '[X] Part (1): The records are confidential under T.C.A. 37-1-153(a). Files and records of the juvenile court',
    '    are open to inspection only by the persons listed in that section or with permission of the court.',
    '[X] Part (2): The Clerk\'s office does not maintain a record containing the statistics requested. The Tennessee',
    '    Public Records Act does not require a records custodian to create a record that does not exist.',
    '[ ] Other:',
    '',
    'You may challenge this denial by filing a petition under T.C.A. 10-7-505.',
    '',
    'Records Custodian: Records Section, Office of the Juvenile Court Clerk',
]
body = """Please see attached response to your public records request.

Juvenile Court Clerk's Office
Records Section
"""
m = mixed([text(body, enc='7bit'), attachment(pdf([form], title='Denial', producer='Canon iR-ADV C5560 PDF'), 'Scan_20260930_112011.pdf')], style='outlook')
add(D('2026-09-30 11:20:37', '-0500'), 'shelby-jcc-denial-form', finish(m, [
    ('From', 'Juvenile Court Clerk <juvenilecourtclerk@shelbycountytn.gov>'),
    ('To', r8['reply_address']),
    ('Subject', 'Public Records Request'),
    ('Date', D('2026-09-30 11:20:37', '-0500')), ('Message-ID', ids.outlook('namprd04')),
    ('In-Reply-To', r8['message_id']), ('References', r8['message_id'])]),
    request='REQ-008', kind='denial', tracking_number=None, adverse_determination=True,
    signals=['thread', 'plus'],
    why='scanned denial form: case files confidential under T.C.A. 37-1-153, statistics not kept; TN has no appeal days')

ids = Ids(19)
body = """For the log - the deputy clerk emailed me directly after the denial letter. Sounds
like AOC is where the custody-order numbers live. I'll send AOC a request Monday.

Renee

---------- Forwarded message ---------
From: Mims, Latrice <Latrice.Mims@shelbycountytn.gov>
Date: Fri, Oct 2, 2026 at 4:48 PM
Subject: RE: Public Records Request
To: Renee Albright <ralbright@ledgercollab.example.org>


Ms. Albright,

Following up on the letter our office sent Wednesday. We don't produce monthly
statistics on custody orders here. Juvenile court caseload numbers are reported to the
Administrative Office of the Courts, which publishes the annual statistical report and
may be able to give you counts by month. You might direct that part of your request to
the AOC.

Thank you,
Latrice Mims
Deputy Clerk, Records Section
Shelby County Juvenile Court Clerk
"""
m = text(body, enc='qp')
add(D('2026-10-05 09:14:27', '-0500'), 'fwd-shelby-jcc-referral', finish(m, [
    ('From', 'Renee Albright <ralbright@ledgercollab.example.org>'),
    ('To', INBOX),
    ('Subject', 'Fwd: RE: Public Records Request'),
    ('Date', D('2026-10-05 09:14:27', '-0500')), ('Message-ID', ids.gmail())]),
    request='REQ-008', kind='other', tracking_number=None, signals=['subject'],
    why='colleague forwards the deputy clerk\'s pointer to the AOC for statistics: a referral, not a new determination')

ids = Ids(40)
r15 = R(15)
body = """Ms. Albright,

In response to your request received 10/20/2026 for records showing delinquency
complaints filed by school resource officers, or arising from incidents at a school,
by school: this office has no records responsive to your request.

The Clerk's case management system does not record whether a complaint was filed by a
school resource officer or the location where the incident occurred in any field that
can be searched or reported, and no report of that kind exists. The Public Records Act
does not require the Clerk to create a record.

Records Section
Office of the Juvenile Court Clerk \u00b7 Shelby County
"""
m = text(body, 'plain', charset='iso-8859-1', enc='qp')
add(D('2026-11-05 14:02:38', '-0600'), 'shelby-jcc-no-records', finish(m, [
    ('From', 'Juvenile Court Clerk <juvenilecourtclerk@shelbycountytn.gov>'),
    ('To', r15['reply_address']),
    ('Subject', 'RE: ' + r15['subject']),
    ('Date', D('2026-11-05 14:02:38', '-0600')), ('Message-ID', ids.outlook('namprd04')),
    ('In-Reply-To', r15['message_id']), ('References', r15['message_id'])]),
    request='REQ-015', kind='no_records', tracking_number=None, adverse_determination=True,
    signals=['thread', 'plus'],
    why='terse clerk letter: no responsive records (referral source/school not tracked); TN has no appeal days')

ids = Ids(57)
body = """Mr. Carrington,

The certified copies of the order you requested as counsel of record in In re J.W.
(Docket ending -4471) are ready. They can be picked up at Window 3, Records Section,
616 Adams Avenue, between 8:30 and 4:00. The certification fee is $5.00 per order.
Please bring your bar card.

Latrice Mims
Deputy Clerk, Records Section
Shelby County Juvenile Court Clerk
"""
m = text(body, enc='7bit')
add(D('2026-12-22 10:15:36', '-0600'), 'shelby-jcc-misdirected', finish(m, [
    ('From', '"Mims, Latrice" <Latrice.Mims@shelbycountytn.gov>'),
    ('To', INBOX),
    ('Subject', 'RE: Request for certified copies'),
    ('Date', D('2026-12-22 10:15:36', '-0600')), ('Message-ID', ids.outlook('namprd04')),
    ('In-Reply-To', '<MN2PR04MB6687A1C0E2@MN2PR04MB6687.namprd04.prod.outlook.com>')]),
    request=None, kind='other', tracking_number=None, signals=['none'],
    why='deputy clerk\'s note to a lawyer about certified copies, mis-addressed to our inbox; belongs to none of our requests')

# ============================================================ unrelated
ids = Ids(31)
plain = """MID-SOUTH OPEN GOVERNMENT WEEKLY - October 21, 2026

1. Court of Appeals hears argument on juvenile court recordings
   A Middle Tennessee attorney is asking the court to revisit whether recordings of
   juvenile proceedings are court "records" open to parties. The case could affect how
   clerks respond to requests for transcripts.

2. State agencies and the citizenship requirement
   Several readers report that state departments are again asking for a Tennessee
   driver license before filling public records requests. Our FAQ explains when an
   agency may ask for identification and when it may not.

3. Arkansas FOIA task force schedules hearings on fees for electronic records
   The task force will take testimony on whether agencies should be able to charge for
   staff time spent converting records into electronic formats.

4. Training: Requesting child welfare records without a lawsuit
   Thursday, November 5, noon Central. Free for members.

You are receiving this newsletter because you subscribed at a Mid-South Open Government
event. Unsubscribe: https://midsouthopengov.example.org/unsubscribe?u=7f3a9c
"""
html = '<html><body style="font-family:Georgia,serif;max-width:640px">' + ''.join(
    '<p>%s</p>' % p.replace('\n', '<br>') for p in plain.strip().split('\n\n')) + '</body></html>'
m = alternative(plain, html, boundary='----=_Part_%s' % ids.hex(12))
add(D('2026-10-21 07:00:00', '-0500'), 'newsletter-opengov', finish(m, [
    ('From', 'Mid-South Open Government Coalition <newsletter@midsouthopengov.example.org>'),
    ('To', INBOX),
    ('Subject', 'Open Government Weekly: juvenile court recordings, ID requirements, AR fee hearings'),
    ('Date', D('2026-10-21 07:00:00', '-0500')), ('Message-ID', '<nl.20261021.%s@midsouthopengov.example.org>' % ids.hex(10)),
    ('List-Unsubscribe', '<https://midsouthopengov.example.org/unsubscribe?u=7f3a9c>'),
    ('Precedence', 'bulk')]),
    request=None, kind='other', tracking_number=None, signals=['none'],
    why='open-government newsletter mentioning juvenile records, TN ID checks and AR fees; not about any request')


# ============================================================ write
def main():
    M.sort(key=lambda x: x[0])
    out = HERE / 'messages'
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    facts = []
    for i, (d, slug, data, f) in enumerate(M, 1):
        name = '%03d-%s.eml' % (i, slug)
        (out / name).write_bytes(data)
        e = {'file': name, 'request': f['request'], 'kind': f['kind'], 'tracking_number': f['tracking_number']}
        for k in ('clock', 'adverse_determination', 'estimated'):
            if f.get(k) is not None:
                e[k] = f[k]
        e['signals'] = f['signals']
        e['why'] = f['why']
        facts.append(e)
    head = ('# Per-message facts (hand-written in build_messages.py); compute_labels.py derives due / appeal_due from them.\n'
            '# clock: received_on_sent_date | received:YYYY-MM-DD (date the letter says the request was received) |\n'
            '#        extension (agency takes more time; sets a due only where the rules table has extension days).\n'
            '# adverse_determination: denial / no_records / records_final with withholdings (appeal_due where the table has appeal days, else null).\n'
            '# estimated: a completion date the agency states in the message.\n'
            '# signals: thread, thread-embedded, plus, tracking, tracking-new, tracking-filename, tracking-attachment, subject, none.\n')
    (HERE / 'facts.yaml').write_text(head + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %d messages' % len(M))


if __name__ == '__main__':
    main()
