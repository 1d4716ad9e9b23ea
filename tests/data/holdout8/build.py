#!/usr/bin/env python3
"""Writes agencies.yaml, requests.yaml, messages/, facts.yaml and labels.yaml of this set."""
import datetime as dt, os, shutil, yaml, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_lib import *
import compute_labels as C

D = lambda s: dt.date.fromisoformat(s)
ORG = 'watershedreport.example.net'
INBOX = 'records@' + ORG
fmt = lambda d: d.strftime('%B ') + str(d.day) + d.strftime(', %Y')
mdY = lambda d: d.strftime('%m/%d/%Y')

AGENCIES = [
  dict(id='usace-lrh', name='U.S. Army Corps of Engineers, Huntington District', jurisdiction='US',
       emails=['CELRH-FOIA@usace.army.mil'], domains=['usace.army.mil'], tracking_pattern=r'\bFOIA-\d{2}-\d{4}\b'),
  dict(id='fema', name='Federal Emergency Management Agency (DHS)', jurisdiction='US',
       emails=['fema-foia@fema.dhs.gov', 'do-not-reply@securerelease.dhs.gov'], domains=['fema.dhs.gov', 'securerelease.dhs.gov'],
       tracking_pattern=r'\b20\d{2}-FEFO-\d{5}\b'),
  dict(id='doe', name='U.S. Department of Energy', jurisdiction='US',
       emails=['FOIA-Central@hq.doe.gov'], domains=['hq.doe.gov', 'energy.gov', 'pppo.gov'], tracking_pattern=r'\bHQ-20\d{2}-\d{5}-F\b'),
  dict(id='noaa', name='National Oceanic and Atmospheric Administration (Department of Commerce)', jurisdiction='US',
       emails=['foia@noaa.gov', 'noreply-foia@doc.gov'], domains=['noaa.gov', 'doc.gov'], tracking_pattern=r'\bDOC-NOAA-20\d{2}-\d{6}\b'),
  dict(id='tceq', name='Texas Commission on Environmental Quality', jurisdiction='US-TX',
       emails=['openrecs@tceq.texas.gov'], domains=['tceq.texas.gov'], tracking_pattern=r'\bR\d{6}-\d{6}\b'),
  dict(id='ohio-epa', name='Ohio Environmental Protection Agency', jurisdiction='US-OH',
       emails=['publicrecords@epa.ohio.gov'], domains=['epa.ohio.gov'], tracking_pattern=r'\bPRR-\d{2}-\d{4}\b'),
  dict(id='pa-dep', name='Pennsylvania Department of Environmental Protection', jurisdiction='US-PA',
       emails=['RA-EPRTKLAW@pa.gov'], domains=['pa.gov'], tracking_pattern=r'\b20\d{2}-RTK-[A-Z]{2,4}-\d{4}\b'),
  dict(id='wv-dep', name='West Virginia Department of Environmental Protection', jurisdiction='US-WV',
       emails=['DEPFOIA@wv.gov'], domains=['wv.gov'], tracking_pattern=r'\bDEP-FOIA-\d{2}-\d{3,4}\b'),
  dict(id='fl-dep', name='Florida Department of Environmental Protection', jurisdiction='US-FL',
       emails=['public.records@floridadep.gov'], domains=['floridadep.gov'], tracking_pattern=r'\bP\d{6}-\d{6}\b'),
]
# GovQA's shared sender noreply@mycusthelp.net is used by both TCEQ and Florida DEP; it is deliberately
# not listed under either agency.

def R(n, agency, subject, sent, tracking=None, mid=True):
    rid = 'REQ-%03d' % n
    return dict(id=rid, agency=agency, subject=subject, sent=D(sent),
                message_id=('<req-%03d.%s.1@%s>' % (n, sent.replace('-', ''), ORG)) if mid else None,
                reply_address='records+req-%03d@%s' % (n, ORG), tracking_number=tracking)

REQUESTS = [
  R(1, 'usace-lrh', 'FOIA Request: Section 404 permit file LRH-2025-00417 (Guyandotte River pipeline crossing)', '2026-06-01'),
  R(2, 'usace-lrh', 'FOIA Request: Section 404 permit file LRH-2025-00988 (Kanawha River barge terminal, Poca)', '2026-06-01'),
  R(3, 'fema', 'FOIA Request: HMGP property acquisition (buyout) records, Kanawha County WV, DR-4783', '2026-06-02'),
  R(4, 'doe', 'FOIA Request: ARCH hydrogen hub community benefits plan and OCED correspondence', '2026-06-03'),
  R(5, 'noaa', 'FOIA Request: NOAA OR&R and NRDA records, Sabine Pass tank barge spill (March 2026)', '2026-06-04'),
  R(6, 'tceq', 'Public Information Act request: emissions events and investigations, Bayport Olefins LLC (RN102345678)', '2026-06-03', mid=False),
  R(7, 'tceq', 'Public Information Act request: complaint investigations, Channelview Marine Terminal (RN100998877)', '2026-06-03', mid=False),
  R(8, 'ohio-epa', 'Public records request: NPDES inspection reports and NOVs, Lordstown WWTP (permit 3PD00041)', '2026-06-08'),
  R(9, 'ohio-epa', 'Public records request: Director and Deputy Director emails re: isolated wetland permits, New Albany', '2026-06-08'),
  R(10, 'pa-dep', 'Right-to-Know request: inspection and violation records, Harmon Unit well pad, Morris Twp., Washington County', '2026-06-09'),
  R(11, 'pa-dep', 'Right-to-Know request: contract, invoices and change orders, Keystone Remediation Group (Shenango River spill)', '2026-06-15'),
  R(12, 'wv-dep', 'WV FOIA request: spill hotline reports, Elk River watershed, Jan-May 2026', '2026-06-10'),
  R(13, 'wv-dep', 'WV FOIA request: Cabinet Secretary correspondence re: Bolt Mountain slurry impoundment', '2026-06-10'),
  R(14, 'fl-dep', 'Public records request: Piney Point closure contracts and change orders', '2026-06-10', mid=False),
  R(15, 'fl-dep', 'Public records request: sanitary sewer overflow notices, Hillsborough County, 2026', '2026-06-22'),
  R(17, 'fl-dep', 'Public records request: Piney Point emergency action plan and breach inundation maps', '2026-07-13', mid=False),
  R(16, 'doe', 'FOIA Request: DOE wastewater outfall inspection records, Portsmouth Site (Piketon, OH), 2025', '2026-06-08'),
]
REQUESTS.sort(key=lambda r: r['id'])
RQ = {r['id']: r for r in REQUESTS}
J = {a['id']: a['jurisdiction'] for a in AGENCIES}
def jur(req): return J[RQ[req]['agency']]
def mid(req): return RQ[req]['message_id']
def plus(req): return RQ[req]['reply_address']

LABELS, FACTS = [], []
def label(fname, req, kind, tracking, why, date, due_rule=None, received=None, appeal=False, estimated=None,
          ack_with_extension=False):
    l = dict(file=fname, request=req, kind=kind, tracking_number=tracking)
    if estimated:
        l['estimated'] = D(estimated)
    l['why'] = why
    LABELS.append(l)
    f = dict(file=fname, request=req, date=date.date() if hasattr(date, 'date') else date)
    if due_rule: f['due_rule'] = due_rule
    if received: f['received'] = D(received)
    if appeal: f['appeal'] = True
    if ack_with_extension: f['ack_with_extension'] = True
    FACTS.append(f)

def quote(req, who='Watershed Report Records Desk', date=None, body=None):
    r = RQ[req]
    d = date or r['sent']
    b = body or ("Under the applicable public records law I request copies of the records described in the "
                 "subject line. We are a nonprofit news organization and ask that fees be waived or reduced.")
    lines = ['On %s, %s <%s> wrote:' % (d.strftime('%a, %b ') + str(d.day) + d.strftime(', %Y'), who, r['reply_address'])]
    lines += ['> ' + x for x in (r['subject'] + '\n\n' + b + '\n\nDana Whitcomb\nRecords Desk, Watershed Report').split('\n')]
    return '\n'.join(lines)

def sb(a, b): return str(C.add_bd(a, b, 'US'))

MSGS = []
def M(ds, z='E'):
    def deco(fn):
        MSGS.append((when(ds, z), fn))
        return fn
    return deco

import io, openpyxl
def xlsx(header, rows):
    wb = openpyxl.Workbook(); ws = wb.active
    ws.append(header)
    for r in rows: ws.append(r)
    b = io.BytesIO(); wb.save(b); return b.getvalue()
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

# ------------------------------------------------------------------ USACE Huntington (REQ-001, REQ-002)
R1_REC = D('2026-06-02')
R1_DUE = C.response_due(R1_REC, 'US'); R1_EXT = C.extended_due(R1_DUE, R1_REC, 'US')

@M('2026-06-03 10:12')
def _(f, d):
    build(f, d, 'CELRH-FOIA <CELRH-FOIA@usace.army.mil>', plus('REQ-001'), 'RE: ' + RQ['REQ-001']['subject'],
      text=f"""Ms. Whitcomb,

This acknowledges receipt of your Freedom of Information Act request dated June 1, 2026, for the permit file for Department of the Army permit application LRH-2025-00417 (Guyandotte River crossing). Your request was received in the Huntington District FOIA office on June 2, 2026 and has been assigned tracking number FOIA-26-0312. Please reference this number in any correspondence regarding this request.

We have placed you in the news media fee category. You will not be assessed search or review fees; duplication beyond the first 100 pages is chargeable. If anticipated fees exceed $25.00 we will notify you before proceeding.

The FOIA generally requires a determination within 20 working days of receipt. Where unusual circumstances apply we may extend that period and will notify you in writing.

If you have questions, you may contact the District FOIA Officer at (304) 399-5000 or the USACE FOIA Public Liaison.

Respectfully,

FOIA Office
U.S. Army Corps of Engineers, Huntington District
502 Eighth Street
Huntington, WV 25701

""" + quote('REQ-001'), irt=mid('REQ-001'))
    label(f, 'REQ-001', 'acknowledgment', 'FOIA-26-0312',
          'USACE ack; states received June 2 (request sent June 1), clock from June 2', d, 'ack', '2026-06-02')

@M('2026-06-03 10:19')
def _(f, d):
    build(f, d, 'CELRH-FOIA <CELRH-FOIA@usace.army.mil>', plus('REQ-002'), 'FOIA Request Acknowledgement - FOIA-26-0313',
      text="""Good morning,

Your FOIA request of 1 June 2026 concerning the Department of the Army permit file for LRH-2025-00988 (barge terminal, Kanawha River mile 39.6, Putnam County) was received on that date and is being processed under tracking number FOIA-26-0313.

The Regulatory Division has been tasked to search for responsive records. Records submitted by the applicant may require notice to the submitter under Executive Order 12600 before release.

You are categorized as a representative of the news media for fee purposes.

Thank you,
CELRH FOIA Office
""")
    label(f, 'REQ-002', 'acknowledgment', 'FOIA-26-0313',
          'ack of second USACE permit-file request; received on the sent date; matched by permit number/plus address', d, 'ack', '2026-06-01')

@M('2026-06-17 11:02')
def _(f, d):
    build(f, d, '"Hollins, Jeremy T CIV USARMY CELRH (USA)" <Jeremy.T.Hollins@usace.army.mil>', INBOX,
      'FOIA-26-0313 question',
      text="""Ms. Whitcomb,

I'm the project manager for the file you asked about. Two quick questions so I can pull it together:

1. The plan sheets are 24x36. Do you want them as scanned PDFs, or are the original CAD (.dwg) files acceptable?
2. The hydraulic modeling submittals run about 40 MB. OK to send those through DoD SAFE rather than email?

A phone call is fine too - (304) 399-5227.

Jeremy Hollins
Regulatory Project Manager, North Branch
Huntington District
""")
    label(f, 'REQ-002', 'other', 'FOIA-26-0313',
          'program staff asks delivery-format questions (not a scope clarification); only the number ties it to REQ-002', d)

@M('2026-06-30 14:40')
def _(f, d):
    letter = f"""DEPARTMENT OF THE ARMY
HUNTINGTON DISTRICT, CORPS OF ENGINEERS
502 EIGHTH STREET, HUNTINGTON, WV 25701

June 30, 2026

Office of Counsel - FOIA

Ms. Dana Whitcomb
Watershed Report

Re: FOIA-26-0312

Dear Ms. Whitcomb:

This concerns your request for the permit file for LRH-2025-00417. The records include
confidential business information submitted by the applicant, which requires notice to the
submitter under Executive Order 12600, and consultation with the U.S. Fish and Wildlife Service.
These are unusual circumstances under 5 U.S.C. 552(a)(6)(B). We are therefore extending the time
limit for our response by ten working days, to {fmt(R1_EXT)}.

You may narrow your request to allow faster processing, or contact our FOIA Public Liaison or the
Office of Government Information Services (OGIS) for dispute resolution.

Sincerely,

(signed)
District FOIA Officer
"""
    build(f, d, 'CELRH-FOIA <CELRH-FOIA@usace.army.mil>', INBOX, 'FOIA-26-0312 - Correspondence',
      text="Good afternoon,\n\nPlease see the attached correspondence.\n\nv/r\nCELRH FOIA\n",
      attachments=[('FOIA-26-0312 Extension Ltr.pdf', pdf_bytes(letter), 'application/pdf')])
    label(f, 'REQ-001', 'extension', 'FOIA-26-0312',
          'scanned-style PDF letter invoking unusual circumstances, +10 working days; body says nothing', d, 'extension',
          estimated=str(R1_EXT))

@M('2026-07-08 13:20')
def _(f, d):
    build(f, d, 'CELRH-FOIA <CELRH-FOIA@usace.army.mil>', plus('REQ-002'), 'RE: ' + RQ['REQ-002']['subject'],
      text="""Ms. Whitcomb,

This is the final response to your FOIA request FOIA-26-0313.

The Regulatory Division searched the permit file and the ORM2 database. The following records are released in full (318 pages, sent via DoD SAFE today):
  - Item 1, permit application and all supplements: released in full.
  - Item 2, public notice, comments received and the applicant's responses: released in full.
  - Item 3, site inspection or compliance reports: no responsive records were located. The project has not yet begun construction and no compliance inspection has been conducted.

Because no records were located for item 3, you may consider that portion an adverse determination. You may appeal in writing within 90 calendar days of the date of this response to: Department of the Army, U.S. Army Corps of Engineers, ATTN: CECC-L (FOIA Appeals), 441 G Street NW, Washington, DC 20314, or by email to the address on our FOIA website. Mark the envelope or subject line "FOIA Appeal." You may also seek dispute resolution services from the FOIA Public Liaison or from OGIS, National Archives and Records Administration, 8601 Adelphi Road, College Park, MD 20740-6001, ogis@nara.gov.

No fees are assessed.

Respectfully,
CELRH FOIA Office

""" + quote('REQ-002'), irt=mid('REQ-002'))
    label(f, 'REQ-002', 'records_final', 'FOIA-26-0313',
          'final release in full with no-records for item 3 and appeal rights -> appeal_due', d, appeal=True)

@M('2026-07-22 09:05')
def _(f, d):
    sl = ('https://gcc02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fsafe.apps.mil%2F%3Fpkg%3D7Hq2WzK9'
          '&amp;data=05%7C02%7Cceleh.foia%40usace.army.mil%7C3a1f0c%7C0%7C0%7C63888&amp;sdata=kq1%2FZr8xY%3D&amp;reserved=0')
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif}}</style></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Ms. Whitcomb,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">RE: FOIA-26-0312 (LRH-2025-00417)</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We are making a first partial release of 214 pages in response to your request. The package is available for 14 days at the following DoD SAFE link: <a href="{sl}">{sl}</a></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Portions of this release are redacted under Exemption 6 (personal phone numbers and email addresses of private individuals). The remaining records, principally the applicant's alternatives analysis and engineering submittals, are still with the submitter for review under E.O. 12600. We anticipate completing the request by August 14, 2026.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">v/r</p>
<p class="MsoNormal">Karen M. Duffield<br>Government Information Specialist<br>Huntington District, USACE<br>(304) 399-5114</p>
</div></body></html>"""
    build(f, d, '"Duffield, Karen M CIV USARMY CELRH (USA)" <Karen.M.Duffield@usace.army.mil>', INBOX,
      'FOIA-26-0312 partial release', html=html)
    label(f, 'REQ-001', 'records_interim', 'FOIA-26-0312',
          'Outlook HTML-only interim release; Safe Links-wrapped DoD SAFE URL; estimated completion stated', d,
          estimated='2026-08-14')

@M('2026-08-12 15:30')
def _(f, d):
    letter = """DEPARTMENT OF THE ARMY
U.S. ARMY CORPS OF ENGINEERS, HUNTINGTON DISTRICT

August 12, 2026

FOIA-26-0312

Dear Ms. Whitcomb:

This is the final response to your request for the permit file for LRH-2025-00417. Enclosed are
the remaining 402 pages. Portions are withheld under Exemption 4 (commercial and financial
information of the applicant - cost estimates and proprietary route engineering) and Exemption 6
(personal privacy). In total, 616 pages were reviewed; 561 are released in full and 55 in part.

You may appeal this determination within 90 days of the date of this letter. Address your appeal
to the Department of the Army, USACE, ATTN: CECC-L (FOIA Appeals), 441 G Street NW, Washington,
DC 20314. You may also contact our FOIA Public Liaison or OGIS for mediation services.

Sincerely,
District FOIA Officer
"""
    build(f, d, 'CELRH-FOIA <CELRH-FOIA@usace.army.mil>', INBOX, 'FOIA Response',
      text="Please see the attached final response and records.\n\nCELRH FOIA Office\n",
      attachments=[('FOIA-26-0312_Final_Response.pdf', pdf_bytes(letter), 'application/pdf'),
                   ('Release_Part2.pdf', pdf_bytes('[Released records, pages 215-616]'), 'application/pdf')])
    label(f, 'REQ-001', 'records_final', 'FOIA-26-0312',
          'number only in attachment file name/PDF; final release with (b)(4)/(b)(6) withholdings -> appeal', d, appeal=True)

# ------------------------------------------------------------------ FEMA (REQ-003)
@M('2026-06-04 16:45')
def _(f, d):
    t = """Dear Ms. Whitcomb:

This acknowledges receipt of your June 2, 2026, Freedom of Information Act (FOIA) request to the Federal Emergency Management Agency (FEMA), seeking records of Hazard Mitigation Grant Program property acquisitions (buyouts) in Kanawha County, West Virginia, under disaster declaration DR-4783, including benefit-cost analyses, property lists and correspondence with the West Virginia Emergency Management Division. Your request was received in this office on June 2, 2026.

Due to the increasing number of FOIA requests received by this office, we may encounter some delay in processing your request. Per Section 5.5(a) of the Department of Homeland Security (DHS) FOIA regulations, 6 C.F.R. Part 5, the Department processes FOIA requests according to their order of receipt. Although DHS' goal is to respond within 20 business days of receipt of your request, FOIA does permit a 10-day extension of this time period in certain circumstances. As your request seeks numerous documents that will necessitate a thorough and wide-ranging search, FEMA will invoke a 10-day extension for your request pursuant to 5 U.S.C. § 552(a)(6)(B). If you would like to narrow the scope of your request, please contact our office.

We have determined that you are a representative of the news media for fee purposes. Your request for a fee waiver is held in abeyance pending the quantification of responsive records.

Your request has been assigned reference number 2026-FEFO-01874. Please refer to this identifier in any future correspondence. You may check the status of your request through the DHS SecureRelease portal.

Sincerely,

FEMA Disclosure Branch
Information Management Division
"""
    h = '<html><body style="font-family:Arial;font-size:10pt">' + ''.join(
        '<p>%s</p>' % p.replace('\n', '<br>') for p in t.split('\n\n')) + '</body></html>'
    build(f, d, 'FEMA FOIA <fema-foia@fema.dhs.gov>', INBOX, 'FEMA FOIA Acknowledgment 2026-FEFO-01874', text=t, html=h)
    label(f, 'REQ-003', 'acknowledgment', '2026-FEFO-01874',
          'DHS-style ack that also invokes the 10-day extension: due = received + 20 + 10 working days', d, 'ack',
          '2026-06-02', ack_with_extension=True)

@M('2026-06-05 08:01')
def _(f, d):
    html = """<html><body><table width="600" style="font-family:Segoe UI,Arial;font-size:13px">
<tr><td style="background:#005288;color:#fff;padding:10px"><b>U.S. Department of Homeland Security | SecureRelease&trade;</b></td></tr>
<tr><td style="padding:12px">Dear Requester,<br><br>The status of your request <b>2026-FEFO-01874</b> has been updated.<br><br>
Please log in to <a href="https://securerelease.dhs.gov/">SecureRelease</a> to view the current status and any correspondence.<br><br>
This is an automated message. Please do not reply to this email.</td></tr>
<tr><td style="font-size:11px;color:#666;padding:10px">DHS Privacy Office &middot; 2707 Martin Luther King Jr Ave SE &middot; Washington, DC 20528</td></tr></table></body></html>"""
    build(f, d, 'DHS SecureRelease <do-not-reply@securerelease.dhs.gov>', INBOX, 'Request 2026-FEFO-01874 Status Update',
      html=html)
    label(f, 'REQ-003', 'portal_notice', '2026-FEFO-01874', 'DHS portal status-changed notice, no content', d)

@M('2026-07-09 10:30')
def _(f, d):
    build(f, d, 'FEMA FOIA <fema-foia@fema.dhs.gov>', INBOX, 'RE: 2026-FEFO-01874 - Fee Estimate',
      text="""Good morning Ms. Whitcomb,

The FEMA Region 3 Mitigation Division has located approximately 2,075 pages of potentially responsive paper records (acquisition project files held at the Region 3 office) that must be scanned for review. As a representative of the news media you receive the first 100 pages free; duplication for the remaining 1,975 pages at $0.10 per page comes to an estimated $197.50.

Because the estimate exceeds the amount you agreed to pay, we require your written assurance that you will pay fees up to $197.50, or a narrowed request, before we continue. Your fee waiver request remains under consideration, and if it is granted no fees will be charged. If we do not receive a response within 30 working days of this letter, we will assume you are no longer interested and administratively close the request.

Thank you,
Government Information Specialist
FEMA Disclosure Branch
""")
    label(f, 'REQ-003', 'fee_estimate', '2026-FEFO-01874', 'fee assurance required before processing continues', d)

@M('2026-07-15 11:00')
def _(f, d):
    html = """<html><body style="font-family:Georgia,serif"><div style="max-width:640px">
<p style="font-size:12px;color:#777">FEMA News Desk | Release No. HQ-26-118 | July 15, 2026</p>
<h2>President Approves Major Disaster Declaration for West Virginia</h2>
<p>WASHINGTON -- FEMA announced that federal disaster assistance has been made available to the State of West Virginia to supplement recovery efforts in the areas affected by severe storms, flooding, landslides and mudslides from June 24-28, 2026.</p>
<p>Federal funding is available to affected individuals in Kanawha, Clay and Roane counties. Funding is also available to state, tribal and eligible local governments on a cost-sharing basis for hazard mitigation measures statewide.</p>
<p>Residents can apply at DisasterAssistance.gov or by calling 800-621-3362.</p>
<p style="font-size:11px;color:#999">You are subscribed to FEMA news releases. <a href="https://public.govdelivery.com/accounts/USDHSFEMA/subscriber/edit">Manage preferences</a> | <a href="https://public.govdelivery.com/accounts/USDHSFEMA/subscriber/one_click_unsubscribe">Unsubscribe</a></p>
</div></body></html>"""
    build(f, d, 'FEMA <fema@public.govdelivery.com>', INBOX, 'President Approves Major Disaster Declaration for West Virginia',
      html=html, headers={'List-Unsubscribe': '<https://public.govdelivery.com/accounts/USDHSFEMA/subscriber/one_click_unsubscribe>'})
    label(f, None, 'other', None, 'FEMA press release on same county/topic as REQ-003; belongs to no request', d)

@M('2026-08-06 14:15')
def _(f, d):
    letter = """U.S. Department of Homeland Security
Federal Emergency Management Agency
Washington, DC 20472

August 6, 2026

SENT VIA SECURERELEASE

Re: FOIA Request 2026-FEFO-01874 - First Interim Response

Dear Ms. Whitcomb:

This is the first interim response to your FOIA request. We reviewed 640 pages and are releasing
588 pages in full and 52 pages in part. Information is withheld under Exemption 6 (names and
addresses of property owners who did not participate in acquisition). Processing continues
and additional records will be released on a rolling basis.

Your fee waiver request is granted; no fees will be charged.

Sincerely,
FEMA Disclosure Branch
"""
    build(f, d, 'FEMA FOIA <fema-foia@fema.dhs.gov>', INBOX, '2026-FEFO-01874 First Interim Release',
      text="Ms. Whitcomb,\n\nAttached is the first interim response letter. The records are available in SecureRelease.\n\nFEMA FOIA\n",
      attachments=[('2026-FEFO-01874 First Interim Response.pdf', pdf_bytes(letter), 'application/pdf')])
    label(f, 'REQ-003', 'records_interim', '2026-FEFO-01874', 'first rolling release; PDF letter, more to come', d)

# ------------------------------------------------------------------ DOE (REQ-004, REQ-016)
@M('2026-06-05 09:47')
def _(f, d):
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Ms. Whitcomb:</p>
<p>This is to acknowledge receipt of your Freedom of Information Act request, dated June 3, 2026, received in the Office of Public Information on June 3, 2026. You requested the community benefits plan submitted by the Appalachian Regional Clean Hydrogen Hub (ARCH) and correspondence between the Office of Clean Energy Demonstrations (OCED) and ARCH from October 2023 to present.</p>
<p>Your request has been assigned number <b>HQ-2026-01127-F</b>. Please use this number in all future correspondence.</p>
<p>Your request has been assigned to OCED to conduct a search for responsive records. Your request will be processed in the order in which it was received. The processing of a request can take several months depending on the scope and complexity.</p>
<p>For fee purposes you have been placed in the news media category. You agreed to pay up to $50.00. If we estimate that fees will exceed that amount, we will notify you.</p>
<p>Should you have questions, please contact the analyst handling your request, Marisol Quintero, at 202-586-5955 or at FOIA-Central@hq.doe.gov.</p>
<p>Sincerely,<br>Alexander C. Morris<br>FOIA Officer<br>Office of Public Information</p>
</div></body></html>"""
    build(f, d, 'FOIA-Central <FOIA-Central@hq.doe.gov>', plus('REQ-004'), 'RE: ' + RQ['REQ-004']['subject'], html=html,
      irt=mid('REQ-004'))
    label(f, 'REQ-004', 'acknowledgment', 'HQ-2026-01127-F', 'DOE HTML-only ack, assigns number, received date = sent', d,
          'ack', '2026-06-03')

@M('2026-06-10 11:25')
def _(f, d):
    build(f, d, 'FOIA-Central <FOIA-Central@hq.doe.gov>', plus('REQ-016'), 'HQ-2026-01188-F Acknowledgment',
      text="""Dear Ms. Whitcomb,

The Department of Energy (DOE) received your Freedom of Information Act request on June 8, 2026. It has been assigned HQ-2026-01188-F.

You asked for records of inspections and sampling of the wastewater outfalls at the Portsmouth Site in Piketon, Ohio, during calendar year 2025. Records of this kind are maintained by the Office of Environmental Management's Portsmouth/Paducah Project Office. We have therefore transferred your request to the Environmental Management Consolidated Business Center (EMCBC), which processes FOIA requests for that office and will respond to you directly.

Questions may be directed to the EMCBC FOIA Officer at foia@emcbc.doe.gov.

Sincerely,
Office of Public Information
U.S. Department of Energy
""", irt=mid('REQ-016'))
    label(f, 'REQ-016', 'acknowledgment', 'HQ-2026-01188-F',
          'second DOE request; ack with received date and internal transfer to EMCBC', d, 'ack', '2026-06-08')

@M('2026-06-16 15:05')
def _(f, d):
    build(f, d, 'FOIA-Central <FOIA-Central@hq.doe.gov>', INBOX, 'HQ-2026-01127-F - partial referral',
      text="""Ms. Whitcomb,

Regarding HQ-2026-01127-F: item 3 of your request (technical review records of the hub's hydrogen production facilities) concerns records created by the National Energy Technology Laboratory (NETL). We have referred that portion of your request to the NETL FOIA Officer, who will respond to you directly. The NETL reference number is NETL-2026-00091.

The remaining items are still being processed by this office.

Regards,
Marisol Quintero
Government Information Specialist
Office of Public Information, DOE
""")
    label(f, 'REQ-004', 'other', 'HQ-2026-01127-F', 'referral of one item to another DOE office: transfer notice', d)

@M('2026-07-02 10:40')
def _(f, d):
    build(f, d, '"Quintero, Marisol" <Marisol.Quintero@hq.doe.gov>', INBOX, 'FW: HQ-2026-01127-F search scope',
      text="""Ms. Whitcomb,

Please see the note below from the program office. Could you let us know how you would like to narrow the search? Per our regulations, if we do not hear from you within 30 days we will consider your request withdrawn.

Thank you,
Marisol

-----Original Message-----
From: Pryor, Nathaniel <Nathaniel.Pryor@hq.doe.gov>
Sent: Tuesday, June 30, 2026 4:12 PM
To: Quintero, Marisol <Marisol.Quintero@hq.doe.gov>
Subject: RE: HQ-2026-01127-F search scope

Marisol,

The initial search for "ARCH" across the OCED hydrogen hubs team returned roughly 18,000 emails for Oct 2023 to present. Can the requester give us specific custodians (we suggest the hub's federal project director and the selecting official), a shorter date range, or key terms? As written this will take well over a year to review.

The community benefits plan itself (item 1) is ready and can go out with the first release.

Nate Pryor
OCED FOIA Liaison
""")
    label(f, 'REQ-004', 'clarification', 'HQ-2026-01127-F',
          'Outlook forward of program office note asking to narrow custodians/dates; 30-day withdrawal warning', d)

@M('2026-07-21 08:00')
def _(f, d):
    build(f, d, '"Quintero, Marisol" <Marisol.Quintero@hq.doe.gov>', INBOX, 'Automatic reply: HQ-2026-01127-F search scope',
      text="""I am out of the office through Friday, July 31, with limited access to email. For FOIA matters requiring immediate attention please contact FOIA-Central@hq.doe.gov or call 202-586-5955.

Thank you.
""", headers={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All', 'X-MS-Exchange-Inbox-Rules-Loop': 'Marisol.Quintero@hq.doe.gov'},
      irt='<cbd41.20260720.2@%s>' % ORG)
    label(f, 'REQ-004', 'auto_reply', 'HQ-2026-01127-F', 'Exchange out-of-office to our reply narrowing the request', d)

@M('2026-07-24 13:10')
def _(f, d):
    build(f, d, 'EMCBC FOIA Officer <foia@emcbc.doe.gov>', INBOX, 'Your FOIA request - Portsmouth outfall inspections',
      text="""Dear Ms. Whitcomb:

This responds to your Freedom of Information Act request, which the Office of Public Information transferred to the Environmental Management Consolidated Business Center on June 10, 2026, for records of inspections of wastewater outfalls at the Portsmouth Site, Piketon, Ohio, during 2025. Our number for your request is EMCBC-2026-00233.

The Portsmouth/Paducah Project Office searched its environmental compliance files and document management system. Outfall monitoring at the site is conducted by the site contractor and reported to Ohio EPA under the site's NPDES permit; DOE staff did not conduct or document separate inspections of the outfalls in 2025. No records responsive to your request were located. Discharge monitoring reports are publicly available from Ohio EPA.

You may challenge the adequacy of the search by appealing to the Director, Office of Hearings and Appeals, HG-1, L'Enfant Plaza, U.S. Department of Energy, 1000 Independence Avenue SW, Washington, DC 20585-1615, or by email to OHA.filings@hq.doe.gov. The appeal must be received within 90 calendar days of the date of this letter. You may also contact the Office of Government Information Services (OGIS) for mediation.

Sincerely,

Krista L. Haney
FOIA Officer
Environmental Management Consolidated Business Center
""")
    label(f, 'REQ-016', 'no_records', 'EMCBC-2026-00233',
          'no-records from the DOE office the request was transferred to; only its own number and a paraphrase of the topic',
          d, appeal=True)

@M('2026-08-10 16:20')
def _(f, d):
    letter = """Department of Energy
Washington, DC 20585

August 10, 2026

Ms. Dana Whitcomb
Watershed Report

Re: HQ-2026-01127-F

Dear Ms. Whitcomb:

This is a partial response to your request. OCED has completed review of item 1 (the ARCH
community benefits plan, 86 pages) and the first 1,200 emails of the narrowed search (custodians:
federal project director and selecting official, January 2025 to present). 412 pages are
released, with information withheld under Exemptions 4, 5 and 6. OCED continues to process
the remaining emails and will release them on a rolling basis.

Sincerely,
Alexander C. Morris, FOIA Officer
"""
    build(f, d, 'FOIA-Central <FOIA-Central@hq.doe.gov>', INBOX, 'Partial response - your FOIA request',
      text="Please find attached DOE's partial response and responsive records.\n",
      attachments=[('HQ-2026-01127-F Partial Response 1.pdf', pdf_bytes(letter), 'application/pdf')])
    label(f, 'REQ-004', 'records_interim', 'HQ-2026-01127-F', 'partial release with rolling releases to follow; number in PDF/file name', d)

# ------------------------------------------------------------------ NOAA (REQ-005)
R5_REC = D('2026-06-04'); R5_DUE = C.response_due(R5_REC, 'US'); R5_EXT = C.extended_due(R5_DUE, R5_REC, 'US')

@M('2026-06-05 07:32')
def _(f, d):
    html = f"""<html><body style="margin:0;background:#f2f4f7"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1b1b1b">
<tr><td style="background:#112e51;padding:16px;color:#fff;font-size:18px">U.S. Department of Commerce<br><span style="font-size:13px">FOIA Public Access Link (PAL)</span></td></tr>
<tr><td style="padding:20px">
<p>Dear Dana Whitcomb,</p>
<p>Your FOIA request has been received by the <b>National Oceanic and Atmospheric Administration (NOAA)</b> and has been assigned the tracking number below. Please retain this number for your records.</p>
<table style="border:1px solid #ccc;font-size:13px" cellpadding="6">
<tr><td><b>Request Number</b></td><td>DOC-NOAA-2026-001622</td></tr>
<tr><td><b>Received Date</b></td><td>{mdY(R5_REC)}</td></tr>
<tr><td><b>Request Track</b></td><td>Complex</td></tr>
<tr><td><b>Due Date</b></td><td>{mdY(R5_DUE)}</td></tr>
<tr><td><b>Fee Category</b></td><td>News Media</td></tr>
<tr><td><b>Description</b></td><td>Records of the NOAA Office of Response and Restoration and natural resource damage assessment records concerning the March 2026 tank barge spill near Sabine Pass, TX...</td></tr></table>
<p>The due date above reflects the 20 working days provided by the FOIA and may change if unusual circumstances apply or if fees must be resolved.</p>
<p>You can view the status of your request, download released records, and communicate with the FOIA office by logging in to PAL.</p>
<p style="text-align:center"><a href="https://foiaonline.commerce.gov/pal/" style="background:#0071bc;color:#fff;padding:10px 18px;text-decoration:none">Log in to PAL</a></p>
</td></tr>
<tr><td style="padding:14px;font-size:11px;color:#5b616b;border-top:1px solid #ddd">
<p><b>Did you know?</b> Many NOAA records are already available in the NOAA Institutional Repository and in the DARRP case pages. Checking there first may save you time.</p>
<p>FOIA Public Liaison: Robert Swisher, (301) 628-5658. Office of Government Information Services (OGIS): ogis@nara.gov, 1-877-684-6448.</p>
<p>This message was sent from an unmonitored mailbox. Do not reply.</p></td></tr>
</table></td></tr></table></body></html>"""
    build(f, d, 'Commerce FOIA PAL <noreply-foia@doc.gov>', INBOX, 'FOIA Request DOC-NOAA-2026-001622 Submitted', html=html)
    label(f, 'REQ-005', 'acknowledgment', 'DOC-NOAA-2026-001622',
          'long PAL HTML notice acknowledging receipt with number and received date (substantive, not a bare status ping)',
          d, 'ack', '2026-06-04')

@M('2026-06-26 12:00')
def _(f, d):
    html = """<html><body style="font-family:Arial;font-size:14px"><p>Dear Dana Whitcomb,</p>
<p>There has been an update to request <b>DOC-NOAA-2026-001622</b>. Log in to the FOIA Public Access Link to view it.</p>
<p><a href="https://foiaonline.commerce.gov/pal/">https://foiaonline.commerce.gov/pal/</a></p>
<p style="color:#777;font-size:11px">This is an automated message from an unmonitored mailbox.</p></body></html>"""
    build(f, d, 'Commerce FOIA PAL <noreply-foia@doc.gov>', INBOX, 'Update to Request DOC-NOAA-2026-001622', html=html)
    label(f, 'REQ-005', 'portal_notice', 'DOC-NOAA-2026-001622', 'bare PAL update notice', d)

@M('2026-07-01 09:15')
def _(f, d):
    t = f"""Dear Ms. Whitcomb,

I am writing about your FOIA request DOC-NOAA-2026-001622 for Office of Response and Restoration and damage assessment records concerning the Sabine Pass barge spill.

Responsive records are held by the Emergency Response Division in Seattle and by the Assessment and Restoration Division's Gulf office, and some of the records originated with the co-trustees (the Department of the Interior and the Texas General Land Office), who must be consulted before release. Because of these unusual circumstances, NOAA is extending the time to respond by 10 working days under 5 U.S.C. 552(a)(6)(B)(i). The new response date is {fmt(R5_EXT)}.

If you are able to narrow your request (for example, to the incident's Situation Reports and trajectory forecasts), we may be able to respond sooner. You may contact me or the NOAA FOIA Public Liaison, and OGIS offers mediation services.

Respectfully,

Lena Okafor
NOAA FOIA Officer
NOAA Office of the Chief Administrative Officer
"""
    build(f, d, 'NOAA FOIA <foia@noaa.gov>', INBOX, 'Re: ' + RQ['REQ-005']['subject'], text=t,
      html='<div dir="ltr">' + t.replace('\n', '<br>\n') + '</div>', cte='base64')
    label(f, 'REQ-005', 'extension', 'DOC-NOAA-2026-001622', 'unusual-circumstances extension stating new date; base64 body',
          d, 'extension', estimated=str(R5_EXT))

@M('2026-08-13 17:02')
def _(f, d):
    letter = """UNITED STATES DEPARTMENT OF COMMERCE
National Oceanic and Atmospheric Administration
Silver Spring, Maryland 20910

August 13, 2026

Re: FOIA Request No. DOC-NOAA-2026-001622

Dear Ms. Whitcomb:

NOAA located 1,146 pages of records responsive to your request. All of the records concern the
ongoing natural resource damage assessment for the Sabine Pass incident and were prepared by or
for the trustees in anticipation of litigation with the responsible party. They are withheld in
full under Exemption 5 (attorney work product and deliberative process privileges). Segregable
factual material has been considered; none could be released without revealing privileged content.

You have the right to appeal this denial. An appeal must be received within 90 calendar days of
the date of this letter by the Assistant General Counsel for Employment, Litigation, and
Information, U.S. Department of Commerce, 1401 Constitution Avenue NW, Washington, DC 20230, or
by email to FOIAAppeals@doc.gov. Your appeal should include a copy of your request and this letter.

Sincerely,

(signature)
Lena Okafor, NOAA FOIA Officer
"""
    build(f, d, 'NOAA FOIA <foia@noaa.gov>', INBOX, 'Final Response DOC-NOAA-2026-001622',
      text="Ms. Whitcomb,\n\nPlease see NOAA's final response letter attached.\n\nLena Okafor\nNOAA FOIA\n",
      attachments=[('NOAA_Final_Response_Ltr.pdf', pdf_bytes(letter), 'application/pdf')])
    label(f, 'REQ-005', 'denial', 'DOC-NOAA-2026-001622', 'withheld in full under Exemption 5; appeal 90 days', d, appeal=True)

# ------------------------------------------------------------------ TCEQ via GovQA (REQ-006, REQ-007)
GOVQA = 'noreply@mycusthelp.net'
def govqa(center, body_html, ref, color='#00447c'):
    return f"""<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,Arial;font-size:12px">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:{color};color:#fff;padding:12px;font-size:16px">{center}</td></tr>
<tr><td style="padding:16px">{body_html}</td></tr>
<tr><td style="padding:12px;font-size:10px;color:#888;border-top:1px solid #ccc">Reference # {ref}. To monitor the progress or update this request please log into the {center}.<br>
This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.</td></tr></table></body></html>"""

def tceq_ack(f, d, req, ref, what):
    body = f"""<p>Dear Dana Whitcomb,</p>
<p>Thank you for your Public Information Request, received on 6/3/2026 and given the reference number <b>{ref}</b> for tracking purposes.</p>
<p><b>Records Requested:</b> {what}</p>
<p>Your request will be forwarded to the relevant TCEQ program area(s) for processing. Under the Texas Public Information Act, if the information cannot be produced within ten business days, you will be notified in writing of the date and hour within a reasonable time when the information will be available.</p>
<p>If the TCEQ seeks to withhold any of the requested information, we will notify you that a decision has been requested from the Office of the Attorney General.</p>
<p>You can monitor the progress of your request at the link below.</p>
<p><a href="https://tceq.govqa.us/WEBAPP/_rs/(S(4xk1vq2m0n))/supporthome.aspx">TCEQ Public Information Center</a></p>
<p>Sincerely,<br>TCEQ Public Information Coordinator<br>Office of Legal Services</p>"""
    build(f, d, 'TCEQ Public Information Center <%s>' % GOVQA, INBOX, 'Public Information Request :: ' + ref,
      html=govqa('TCEQ Public Information Center', body, ref), msgid_domain='mycusthelp.net')

@M('2026-06-03 11:40', 'C')
def _(f, d):
    tceq_ack(f, d, 'REQ-006', 'R014022-060326', 'All emissions event reports (STEERS), complaint records and investigation reports for Bayport Olefins LLC, Pasadena, RN102345678, January 1, 2025 to present.')
    label(f, 'REQ-006', 'acknowledgment', 'R014022-060326', 'GovQA ack from shared no-reply address; 10 business days (TX holidays)',
          d, 'ack', '2026-06-03')

@M('2026-06-03 11:52', 'C')
def _(f, d):
    tceq_ack(f, d, 'REQ-007', 'R014031-060326', 'Complaint records and investigation reports, Channelview Marine Terminal, RN100998877, 2024 to present.')
    label(f, 'REQ-007', 'acknowledgment', 'R014031-060326', 'second TCEQ GovQA ack on similar topic, same template; match by facility',
          d, 'ack', '2026-06-03')

@M('2026-06-15 10:05', 'C')
def _(f, d):
    est = """TEXAS COMMISSION ON ENVIRONMENTAL QUALITY
ITEMIZED STATEMENT OF ESTIMATED CHARGES
Request: R014031-060326   Date: June 15, 2026

Copies (paper records converted to electronic), 312 pages @ $0.10      $31.20
Labor - locating, compiling (2.0 hours @ $15.00)                     $30.00
Overhead (20% of labor)                                               $6.00
Less: 2 hours not charged (Gov't Code 552.261(a)(1))                 -$2.60
TOTAL ESTIMATED CHARGES                                               $64.60

You must respond to this statement in writing within 10 business days of the date of this
statement: accept the charges, modify the request, or file a complaint with the Office of the
Attorney General. If you do not respond, the request is considered withdrawn (Tex. Gov't Code
552.2615(b)). A deposit of the full amount is required before records are produced.
"""
    body = """<p>Dear Dana Whitcomb,</p><p>The TCEQ has prepared an itemized statement of estimated charges for your request, which is attached. <b>Your response is required within 10 business days.</b> You may pay online through the Public Information Center.</p><p>TCEQ Public Information Coordinator</p>"""
    build(f, d, 'TCEQ Public Information Center <%s>' % GOVQA, INBOX, 'Public Information Request :: R014031-060326 - Cost Estimate',
      html=govqa('TCEQ Public Information Center', body, 'R014031-060326'), msgid_domain='mycusthelp.net',
      attachments=[('R014031-060326 Cost Estimate.pdf', pdf_bytes(est), 'application/pdf')])
    label(f, 'REQ-007', 'fee_estimate', 'R014031-060326', 'Texas itemized cost statement; response within 10 business days or withdrawn', d)

@M('2026-06-16 15:48', 'C')
def _(f, d):
    oag = """June 16, 2026
Office of the Attorney General, Open Records Division
Re: TCEQ Request R014022-060326 (Bayport Olefins LLC)
The TCEQ received the request on June 3, 2026. We believe portions of the responsive information,
specifically process design data and emission-control engineering submitted by the company, may
be excepted under sections 552.101 and 552.110 of the Government Code, and we have notified the
company under section 552.305. We request your decision. A copy of this letter is sent to the requestor.
"""
    build(f, d, 'TCEQ Open Records <openrecs@tceq.texas.gov>', INBOX, 'R014022-060326 Bayport Olefins - partial release',
      text="""Ms. Whitcomb,

Attached and posted to the Public Information Center are the responsive records that are not the subject of a ruling request: the STEERS emissions event reports (14) and the complaint intake records.

Some of the information in the investigation files may be confidential proprietary information of the company. We have asked the Office of the Attorney General for a decision and notified the company, as the Act requires; our letter to the OAG is attached. The remaining information will be released or withheld in accordance with the OAG's ruling.

Regards,
Jacinda Perez
Public Information Specialist
Texas Commission on Environmental Quality
512-239-3282
""", attachments=[('OAG ruling request R014022-060326.pdf', pdf_bytes(oag), 'application/pdf'),
                  ('STEERS_EE_Reports_Bayport.pdf', pdf_bytes('[14 emissions event reports]'), 'application/pdf')])
    label(f, 'REQ-006', 'records_interim', 'R014022-060326', 'partial release; rest sent to Texas AG for ruling', d)

@M('2026-06-29 08:12', 'C')
def _(f, d):
    body = """<p>Dear Dana Whitcomb,</p><p>Thank you. Your payment of <b>$64.60</b> has been received and applied.</p><p>Transaction ID: 9F3K-22817</p>"""
    build(f, d, 'TCEQ Public Information Center <%s>' % GOVQA, INBOX, 'Payment Received :: R014031-060326',
      html=govqa('TCEQ Public Information Center', body, 'R014031-060326'), msgid_domain='mycusthelp.net')
    label(f, 'REQ-007', 'portal_notice', 'R014031-060326', 'GovQA payment receipt, no substantive status', d)

@M('2026-07-02 13:30', 'C')
def _(f, d):
    build(f, d, 'TCEQ Open Records <openrecs@tceq.texas.gov>', INBOX, 'Channelview Marine Terminal request',
      text="""Dear Ms. Whitcomb:

In accordance with section 552.221(d) of the Texas Government Code, this is to certify that the TCEQ cannot produce the information responsive to your request R014031-060326 within ten business days because the Region 12 (Houston) investigation files must be retrieved from off-site storage and scanned. The information will be available on or before July 24, 2026 at 5:00 p.m.

Sincerely,
Jacinda Perez
Public Information Specialist
""")
    label(f, 'REQ-007', 'extension', 'R014031-060326', 'Texas 552.221(d) certification of a later date; TX table has no extension length -> estimated only',
          d, 'extension', estimated='2026-07-24')

@M('2026-07-23 16:40', 'C')
def _(f, d):
    body = """<p>Dear Dana Whitcomb,</p><p>The Texas Commission on Environmental Quality has responded to your public information request. The responsive records (28 investigation reports and related correspondence) are attached to the request in the Public Information Center.</p><p>Your request is now <b>closed</b>. If you have questions, contact the TCEQ Public Information Coordinator at 512-239-3282.</p>"""
    build(f, d, 'TCEQ Public Information Center <%s>' % GOVQA, INBOX, 'Public Information Request :: R014031-060326 - Completed',
      html=govqa('TCEQ Public Information Center', body, 'R014031-060326'), msgid_domain='mycusthelp.net')
    label(f, 'REQ-007', 'records_final', 'R014031-060326', 'GovQA completion notice with substantive release statement; nothing withheld', d)

@M('2026-07-29 09:00', 'C')
def _(f, d):
    body = """<p>Dear Dana Whitcomb,</p><p>Your request has been updated. Please log in to the Public Information Center to view the details.</p>"""
    build(f, d, 'TCEQ Public Information Center <%s>' % GOVQA, INBOX, 'Public Information Request :: R014022-060326 has been updated',
      html=govqa('TCEQ Public Information Center', body, 'R014022-060326'), msgid_domain='mycusthelp.net')
    label(f, 'REQ-006', 'portal_notice', 'R014022-060326', 'bare GovQA update notice', d)

@M('2026-08-05 11:15', 'C')
def _(f, d):
    build(f, d, 'TCEQ Open Records <openrecs@tceq.texas.gov>', INBOX, 'RE: R014022-060326 Bayport Olefins - OAG ruling',
      text="""Ms. Whitcomb,

The Office of the Attorney General issued Open Records Letter Ruling OR2026-18842 on your request (copy attached). Consistent with the ruling, we are releasing the remaining investigation files with the company's process design data redacted under section 552.110. All other information is released. The records are attached and posted in the Public Information Center.

This completes our response and the request is closed.

Jacinda Perez
Public Information Specialist
TCEQ
""", attachments=[('OR2026-18842.pdf', pdf_bytes('Open Records Letter Ruling OR2026-18842 (excerpt)'), 'application/pdf')])
    label(f, 'REQ-006', 'records_final', 'R014022-060326',
          'final release after AG ruling, redactions under 552.110; TX has no requester appeal -> appeal_due null', d, appeal=True)

# ------------------------------------------------------------------ Ohio EPA (REQ-008, REQ-009)
@M('2026-06-08 14:20')
def _(f, d):
    build(f, d, 'Kessler, Tom <Tom.Kessler@epa.ohio.gov>', plus('REQ-008'), 'Automatic reply: ' + RQ['REQ-008']['subject'],
      text="I am out of the office until Wednesday, June 10. I will respond when I return. For spills and other environmental emergencies call 1-800-282-9378.\n\nTom Kessler\nNortheast District Office, Division of Surface Water\n",
      irt=mid('REQ-008'), headers={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'})
    label(f, 'REQ-008', 'auto_reply', None, 'district inspector out-of-office (request was cc\'d to him)', d)

@M('2026-06-10 09:02')
def _(f, d):
    build(f, d, 'Ohio EPA Public Records <publicrecords@epa.ohio.gov>', plus('REQ-008'), 'RE: ' + RQ['REQ-008']['subject'],
      text="""Good morning,

Ohio EPA has received your public records request and it has been assigned number PRR-26-0788. We will work with the Northeast District Office to identify responsive records and will contact you within a reasonable period of time.

Many Ohio EPA documents, including NPDES permits and inspection letters, can be searched in our eDocument system: https://edocpub.epa.ohio.gov/publicportal/edochome.aspx

Thank you,
Office of Legal Services - Public Records
Ohio Environmental Protection Agency
""" + '\n' + quote('REQ-008'), irt=mid('REQ-008'))
    label(f, 'REQ-008', 'acknowledgment', 'PRR-26-0788', 'Ohio ack; Ohio law has no number so no due label', d, 'ack')

@M('2026-06-10 09:06')
def _(f, d):
    build(f, d, 'Ohio EPA Public Records <publicrecords@epa.ohio.gov>', INBOX, 'Public Records Request PRR-26-0789',
      text="""Hello,

This confirms that we received your request for email correspondence of the Director and Deputy Director concerning isolated wetland permit applications for the New Albany area. It is logged as PRR-26-0789.

Office of Legal Services - Public Records
Ohio EPA
""")
    label(f, 'REQ-009', 'acknowledgment', 'PRR-26-0789', 'second Ohio EPA ack minutes later; paraphrased topic only', d, 'ack')

@M('2026-06-23 15:31')
def _(f, d):
    rows = [['2025-02-11', 'Compliance evaluation', 'Satisfactory', ''], ['2025-08-19', 'Reconnaissance', 'Unsatisfactory', 'Bypass at outfall 002'],
            ['2025-10-02', 'Follow-up', 'Unsatisfactory', 'NOV issued 2025-10-15'], ['2026-03-24', 'Compliance evaluation', 'Marginal', 'NOV issued 2026-03-30']]
    m_text = """Hi Dana,

Public Records asked me to pull what we have on Lordstown for your request. Attached is our inspection log for the plant since January 2025 and the two NOV letters. The inspection letters themselves are all in eDoc under facility 3PD00041 if you want the full text - I've listed the dates in the spreadsheet.

That's everything we have in the district files. Let me know if something's missing.

Tom

Tom Kessler
Environmental Specialist 3, Division of Surface Water
Ohio EPA Northeast District Office, Twinsburg
"""
    build(f, d, "'Tom Kessler' via Watershed Records <%s>" % INBOX, INBOX, 'Lordstown inspection records',
      text=m_text, reply_to='Tom.Kessler@epa.ohio.gov', msgid_domain='epa.ohio.gov',
      headers={'X-Original-From': 'Tom Kessler <Tom.Kessler@epa.ohio.gov>', 'X-Original-Sender': 'Tom.Kessler@epa.ohio.gov',
               'Mailing-list': 'list records@%s; contact records+owners@%s' % (ORG, ORG), 'List-ID': '<records.%s>' % ORG,
               'Precedence': 'list', 'X-Google-Group-Id': '482915530117'},
      attachments=[('Lordstown_WWTP_inspections_2025-2026.xlsx', xlsx(['Date', 'Type', 'Rating', 'Notes'], rows), XLSX),
                   ('NOV_2025-10-15_and_2026-03-30.pdf', pdf_bytes('Notices of Violation, Lordstown WWTP (2)'), 'application/pdf')])
    label(f, 'REQ-008', 'records_final', None, 'informal answer from district staff relayed by the Google Group (X-Original-From); spreadsheet released; says that is everything', d)

@M('2026-06-25 10:00')
def _(f, d):
    html = """<html><body style="font-family:Arial;background:#eee"><table width="620" align="center" style="background:#fff">
<tr><td style="background:#b31b1b;color:#fff;padding:14px;font-size:20px">Ohio EPA Weekly Update</td></tr>
<tr><td style="padding:14px"><h3>Public comment open on draft NPDES general permit for small wastewater plants</h3>
<p>Ohio EPA is accepting comments through July 24 on the renewal of the general permit covering small sanitary discharges...</p>
<h3>H2Ohio wetland projects announced</h3><p>Twelve new wetland restoration projects will receive funding, including three in Licking County near New Albany...</p>
<h3>Public records: new online request center</h3><p>Beginning in September, public records requests to Ohio EPA may be submitted through an online request center. Email requests will continue to be accepted.</p>
<h3>Upcoming hearings</h3><ul><li>July 9 - Lordstown WWTP permit modification, Lordstown Administration Building</li><li>July 14 - Air permit, Middletown</li></ul>
</td></tr><tr><td style="font-size:10px;color:#777;padding:10px">You are receiving this because you subscribed to Ohio EPA updates. <a href="https://public.govdelivery.com/accounts/OHEPA/subscriber/edit">Manage subscriptions</a></td></tr></table></body></html>"""
    build(f, d, 'Ohio EPA <ohioepa@public.govdelivery.com>', INBOX, 'Ohio EPA Weekly Update - June 25, 2026', html=html)
    label(f, None, 'other', None, 'agency newsletter mentioning Lordstown and New Albany; belongs to no request', d)

@M('2026-06-26 14:10')
def _(f, d):
    build(f, d, 'Albrecht, Megan <Megan.Albrecht@epa.ohio.gov>', INBOX, 'RE: Public Records Request PRR-26-0789',
      text="""Ms. Whitcomb,

I am following up on PRR-26-0789. As written, the request asks for all email of two officials "concerning isolated wetland permits" over five months. Ohio EPA does not organize email by subject, and a request that requires the agency to search all of an official's correspondence for a topic is ambiguous and overly broad under R.C. 149.43(B)(2).

We'd like to work with you on this rather than deny it. If you can revise the request - for example by giving us search terms (project names, permit numbers, company names), specific senders or recipients, or a shorter date range - we will run the search and proceed. We will hold the request open pending your revision.

Thank you,
Megan Albrecht
Assistant Chief Legal Counsel
Ohio EPA, Office of Legal Services
""")
    label(f, 'REQ-009', 'clarification', 'PRR-26-0789', 'invites revision of an overly broad request instead of denying; clock waits', d)

@M('2026-07-06 10:44')
def _(f, d):
    oh = ("From: Watershed Report Records Desk <%s>\nTo: megan.albrecht@epa.state.oh.us\nSubject: Re: Public Records Request PRR-26-0789 - revised\n"
          "Date: Mon, 6 Jul 2026 10:43:51 -0400\nMessage-ID: <rev-009.20260706.1@%s>\nIn-Reply-To: %s\n" % (plus('REQ-009'), ORG, mid('REQ-009')))
    dsn(f, d, plus('REQ-009'), 'mail-sor-f41.google.com', 'megan.albrecht@epa.state.oh.us', '5.1.1',
        '550 5.1.1 <megan.albrecht@epa.state.oh.us>: Recipient address rejected: User unknown in relay recipient table', oh,
        'Delivery Status Notification (Failure)')
    label(f, 'REQ-009', 'bounce', 'PRR-26-0789', 'Gmail DSN for our revised request sent to an old Ohio EPA domain; returned headers reference REQ-009', d)

@M('2026-07-20 16:02')
def _(f, d):
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div class="WordSection1" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Ms. Whitcomb,</p><p>Thank you for the revised request (search terms "Intel," "Ohio One," "Jug Street," "isolated wetland" and the two permit numbers, January 1 to May 31, 2026).</p>
<p>Attached is the first installment: 163 emails from January and February 2026. Review of the March through May messages is ongoing and we will send the next installment as soon as it is complete.</p>
<p>Megan Albrecht<br>Assistant Chief Legal Counsel<br>Ohio EPA</p></div></body></html>"""
    build(f, d, 'Albrecht, Megan <Megan.Albrecht@epa.ohio.gov>', INBOX, 'PRR-26-0789 - Installment 1', html=html,
      attachments=[('PRR-26-0789_Installment1.pdf', pdf_bytes('[163 emails, Jan-Feb 2026]'), 'application/pdf')])
    label(f, 'REQ-009', 'records_interim', 'PRR-26-0789', 'first installment of emails, Outlook HTML-only', d)

@M('2026-08-11 13:25')
def _(f, d):
    build(f, d, 'Albrecht, Megan <Megan.Albrecht@epa.ohio.gov>', INBOX, 'PRR-26-0789 - Final installment',
      text="""Ms. Whitcomb,

Attached is the second and final installment responsive to PRR-26-0789 (218 emails, March through May 2026). Nineteen messages between agency staff and counsel in the Office of Legal Services have been withheld as attorney-client privileged communications, which are excepted from the definition of public record under R.C. 149.43(A)(1)(v); a log of the withheld messages is included. Some personal cell phone numbers were redacted.

This completes Ohio EPA's response to your request. If you believe records were improperly withheld, R.C. 2743.75 permits a complaint in the Court of Claims.

Megan Albrecht
Assistant Chief Legal Counsel
""", attachments=[('PRR-26-0789_Installment2.pdf', pdf_bytes('[218 emails, Mar-May 2026]'), 'application/pdf'),
                   ('PRR-26-0789_withholding_log.pdf', pdf_bytes('Withholding log: 19 messages, attorney-client privilege'), 'application/pdf')])
    label(f, 'REQ-009', 'records_final', 'PRR-26-0789', 'final installment with privilege withholdings; Ohio has no appeal period -> appeal_due null', d, appeal=True)

# ------------------------------------------------------------------ PA DEP (REQ-010, REQ-011)
R10_REC = D('2026-06-09'); R10_EXT = C.extended_due(None, R10_REC, 'US-PA')

@M('2026-06-15 16:55')
def _(f, d):
    build(f, d, 'DEP, RTK <RA-EPRTKLAW@pa.gov>', plus('REQ-011'), 'Automatic reply: ' + RQ['REQ-011']['subject'],
      text="""Thank you for contacting the Department of Environmental Protection Right-to-Know Office. This is an automated reply confirming that your email was delivered to this mailbox.

Requests received after 5:00 p.m. or on a weekend or holiday are considered received on the next business day. Please do not reply to this message. Many DEP records, including inspection reports, are available through eFACTS on the Web and the DEP eLibrary.
""", irt=mid('REQ-011'), headers={'Auto-Submitted': 'auto-replied'})
    label(f, 'REQ-011', 'auto_reply', None, 'mailbox auto-responder, not an agency acknowledgment of the request itself', d)

@M('2026-06-16 11:20')
def _(f, d):
    letter = f"""COMMONWEALTH OF PENNSYLVANIA
DEPARTMENT OF ENVIRONMENTAL PROTECTION
Right-to-Know Law Office

{fmt(d)}

Dana Whitcomb
Watershed Report
Via email: {plus('REQ-010')}

RE: Right-to-Know Request No. 2026-RTK-SWRO-0412

Dear Requester:

The Department's Open Records Officer received your request on June 9, 2026. It seeks
inspection reports, violation notices and related records for the Harmon Unit well pad in
Morris Township, Washington County.

This is an interim response under Section 902 of the Right-to-Know Law, 65 P.S. 67.902. The
Department needs additional time because the request requires retrieval of records from the
Southwest Regional Office and a legal review to determine whether any of the records are
exempt. The Department expects to respond on or before {fmt(R10_EXT)}.

Sincerely,
Agency Open Records Officer
"""
    build(f, d, 'DEP, RTK <RA-EPRTKLAW@pa.gov>', plus('REQ-010'), 'RE: ' + RQ['REQ-010']['subject'],
      text="Please see the attached correspondence regarding your Right-to-Know request.\n\nDEP Right-to-Know Office\n",
      attachments=[('Interim Response 2026-RTK-SWRO-0412.pdf', pdf_bytes(letter), 'application/pdf')], irt=mid('REQ-010'))
    label(f, 'REQ-010', 'extension', '2026-RTK-SWRO-0412',
          'PA 902 interim response in a PDF; 5 business days + 30 calendar days', d, 'extension', estimated=str(R10_EXT))

@M('2026-06-22 14:05')
def _(f, d):
    t = f"""Dear Ms. Whitcomb:

This letter responds to your request under the Right-to-Know Law, received by the Department on June 15, 2026, and assigned No. 2026-RTK-CO-0455. You asked for the contract, invoices and change orders between the Department and Keystone Remediation Group relating to the March 2026 Shenango River spill.

After a good-faith search of the Bureau of Waste Management, the Northwest Regional Office and the Bureau of Procurement, the Department has determined that it has no records responsive to your request. The Department did not contract with Keystone Remediation Group for this response; the cleanup was performed by the responsible party under a Consent Order and Agreement, and its contractors invoiced the responsible party directly. Under Section 705 of the RTKL, an agency is not required to create a record that does not exist.

To the extent this constitutes a denial, you may file an appeal with the Office of Open Records, 333 Market Street, 16th Floor, Harrisburg, PA 17101-2234, within fifteen (15) business days of the mailing date of this response, using the OOR's online appeal form. A copy of your request and this response should be included.

The Consent Order and Agreement itself is public and is available in the DEP eLibrary.

Sincerely,
Agency Open Records Officer
Department of Environmental Protection
"""
    build(f, d, 'DEP, RTK <RA-EPRTKLAW@pa.gov>', plus('REQ-011'), 'RE: ' + RQ['REQ-011']['subject'],
      text=t + '\n' + quote('REQ-011'), html='<p>' + t.replace('\n\n', '</p><p>') + '</p>', irt=mid('REQ-011'))
    label(f, 'REQ-011', 'no_records', '2026-RTK-CO-0455', 'no records (no DEP contract); OOR appeal 15 business days', d, appeal=True)

@M('2026-07-15 15:12')
def _(f, d):
    fwd = """Dana - DEP sent the final on the Harmon pad to me directly since I was cc'd on the original. Denied in full. Logging it here; we should talk about an OOR appeal.

Luis

---------- Forwarded message ---------
From: DEP, RTK <RA-EPRTKLAW@pa.gov>
Date: Wed, Jul 15, 2026 at 11:48 AM
Subject: Final Response - RTK 2026-RTK-SWRO-0412
To: Ortega, Luis <lortega@watershedreport.example.net>


Dear Requester:

This is the Department's final response to Right-to-Know Request No. 2026-RTK-SWRO-0412, for inspection and violation records concerning the Harmon Unit well pad, Morris Township, Washington County.

Your request is denied. The responsive records are part of an open investigation by the Southwest District Oil and Gas Operations Program into a reported release at the site. Records relating to a noncriminal investigation, including investigative materials, notes and correspondence, are exempt under Section 708(b)(17) of the Right-to-Know Law, 65 P.S. 67.708(b)(17). Inspection reports completed before the investigation began are publicly available in eFACTS on the Web and are not provided here.

You have a right to appeal this denial in writing to the Office of Open Records, 333 Market Street, 16th Floor, Harrisburg, PA 17101-2234. An appeal must be filed within fifteen (15) business days of the mailing date of this response and must state the grounds for the appeal.

Sincerely,
Agency Open Records Officer
Pennsylvania Department of Environmental Protection
"""
    build(f, d, 'Luis Ortega <lortega@watershedreport.example.net>', INBOX, 'Fwd: Final Response - RTK 2026-RTK-SWRO-0412', text=fwd)
    label(f, 'REQ-010', 'denial', '2026-RTK-SWRO-0412',
          'reporter forwards the agency denial from his own address; appeal counts from the agency letter (same day)', d, appeal=True)

# ------------------------------------------------------------------ WV DEP (REQ-012, REQ-013)
@M('2026-06-10 09:31')
def _(f, d):
    oh = ("From: Watershed Report Records Desk <%s>\nTo: dep.foia@wvdep.org\nSubject: %s\nDate: Wed, 10 Jun 2026 09:30:58 -0400\n"
          "Message-ID: %s\nReply-To: %s\n" % (INBOX, RQ['REQ-012']['subject'], mid('REQ-012'), plus('REQ-012')))
    dsn(f, d, INBOX, 'mail-qk1-f172.google.com', 'dep.foia@wvdep.org', '5.4.1',
        "550 5.4.1 Recipient address rejected: Access denied. [BN8NAM12FT054.eop-nam12.prod.protection.outlook.com]", oh,
        'Delivery Status Notification (Failure)')
    label(f, 'REQ-012', 'bounce', None, 'DSN for the first send of REQ-012 to a stale address; resent next day', d)

@M('2026-06-12 10:15')
def _(f, d):
    t = """Ms. Whitcomb,

The West Virginia Department of Environmental Protection received your Freedom of Information Act request on June 11, 2026 \u2013 the copy you re-sent to this mailbox. It has been assigned DEP-FOIA-26-0214.

You asked for \u201cspill hotline reports\u201d for the Elk River watershed from January through May 2026. The request has been sent to the Division of Water and Waste Management and the Environmental Enforcement section to search for records. Under W. Va. Code \u00a7 29B-1-3 the agency will furnish the records, advise you of the time and place to inspect them, or deny the request within five days, not counting Saturdays, Sundays or legal holidays.

Regards,
Public Information Office \u2013 FOIA
WV Department of Environmental Protection
601 57th Street SE, Charleston, WV 25304
"""
    build(f, d, 'WVDEP FOIA <DEPFOIA@wv.gov>', plus('REQ-012'), 'RE: ' + RQ['REQ-012']['subject'], text=t,
      charset='windows-1252', cte='quoted-printable')
    label(f, 'REQ-012', 'acknowledgment', 'DEP-FOIA-26-0214',
          'windows-1252 ack; received June 11 (resend after bounce), not June 10; WV Day observed June 19', d, 'ack', '2026-06-11')

@M('2026-06-17 09:40')
def _(f, d):
    build(f, d, 'WVDEP FOIA <DEPFOIA@wv.gov>', plus('REQ-013'), 'RE: ' + RQ['REQ-013']['subject'],
      text="""Ms. Whitcomb,

This is to confirm the WVDEP received your FOIA request on June 10, 2026 for correspondence of the Cabinet Secretary about the Bolt Mountain coal slurry impoundment. The request number is DEP-FOIA-26-0215. The Secretary's office is conducting the search.

Thank you,
Public Information Office - FOIA
""", irt=mid('REQ-013'))
    label(f, 'REQ-013', 'acknowledgment', 'DEP-FOIA-26-0215', 'late WV ack stating received June 10; second WV request', d, 'ack', '2026-06-10')

@M('2026-06-18 15:00')
def _(f, d):
    build(f, d, 'WVDEP FOIA <DEPFOIA@wv.gov>', INBOX, 'DEP-FOIA-26-0214',
      text="""Ms. Whitcomb,

The Environmental Enforcement section has identified a large number of hotline entries for the Elk River watershed and needs additional time to export them and remove callers' personal information. We anticipate providing the records to you by July 10, 2026. Please note our offices are closed Friday, June 19.

Public Information Office - FOIA
WVDEP
""", charset='windows-1252', cte='quoted-printable')
    label(f, 'REQ-012', 'extension', 'DEP-FOIA-26-0214', 'more time with a stated date; WV table has no extension length -> estimated only',
          d, 'extension', estimated='2026-07-10')

@M('2026-07-06 11:30')
def _(f, d):
    build(f, d, '"Dillard, Renee M" <Renee.M.Dillard@wv.gov>', INBOX, 'Your request - Bolt Mountain',
      text="""Ms. Whitcomb,

I work in the Cabinet Secretary's office and was asked to respond to your request for the Secretary's correspondence about the Bolt Mountain impoundment.

We searched the Secretary's email account and the office's correspondence files for March through May 2026 using "Bolt Mountain," the impoundment's permit number and the operator's name. We did not find any records responsive to your request.

Impoundment inspections and permitting are handled by the Division of Mining and Reclamation, which keeps the permit file. If you would like those records, you are welcome to submit a separate request.

Renee Dillard
Executive Assistant to the Cabinet Secretary
West Virginia Department of Environmental Protection
""")
    label(f, 'REQ-013', 'no_records', None,
          'no-records from staff in the Secretary\'s office; new subject, no number, topic paraphrased; WV has no appeal period',
          d, appeal=True)

@M('2026-07-10 14:45')
def _(f, d):
    rows = [['2026-01-07', 'Kanawha', 'Elk River', 'Diesel', '~50 gal', 'Closed'], ['2026-02-19', 'Clay', 'Buffalo Creek', 'Unknown sheen', 'n/a', 'Closed'],
            ['2026-03-03', 'Kanawha', 'Elk River', 'Coal slurry', 'unknown', 'Referred DMR'], ['2026-04-22', 'Braxton', 'Elk River', 'Sewage', '2,000 gal', 'Open']]
    build(f, d, 'WVDEP FOIA <DEPFOIA@wv.gov>', INBOX, 'DEP-FOIA-26-0214 response',
      text="""Ms. Whitcomb,

Attached is an export from the Spill Hotline database for the Elk River watershed, January 1 through May 31, 2026 (143 entries). Callers' names and personal phone numbers have been redacted under W. Va. Code \u00a7 29B-1-4(a)(2) as information of a personal nature. The incident narratives are included.

This completes our response to your request.

Public Information Office - FOIA
WVDEP
""", cc='Aaron.P.Woodrum@wv.gov', charset='windows-1252', cte='quoted-printable',
      attachments=[('DEP-FOIA-26-0214 Spill Hotline Elk.xlsx', xlsx(['Date', 'County', 'Stream', 'Material', 'Quantity', 'Status'], rows), XLSX)])
    label(f, 'REQ-012', 'records_final', 'DEP-FOIA-26-0214', 'spreadsheet released with privacy redactions; WV has no appeal period -> null', d, appeal=True)

# ------------------------------------------------------------------ Florida DEP via GovQA (REQ-014) and district staff (REQ-015)
FLC = 'Florida DEP Public Records Center'
@M('2026-06-10 13:05')
def _(f, d):
    body = """<p>Dear Dana Whitcomb:</p>
<p>Thank you for contacting the Florida Department of Environmental Protection. Your public records request has been received on <b>6/10/2026</b> and assigned reference number <b>P003318-061026</b>.</p>
<p>Request details: Contracts, amendments and change orders relating to the closure of the Piney Point phosphogypsum stack system, Manatee County, 2023 to present.</p>
<p>The Department will respond to your request promptly and in good faith as required by Chapter 119, Florida Statutes. If the nature or volume of the records requires extensive use of information technology resources or clerical or supervisory assistance, a special service charge may apply and you will be notified of the estimated cost before work begins.</p>
<p>Florida has a very broad public records law. Under Florida law, e-mail addresses are public records.</p>"""
    build(f, d, '%s <%s>' % (FLC, GOVQA), INBOX, 'Public Records Request :: P003318-061026',
      html=govqa(FLC, body, 'P003318-061026', '#005b96'), msgid_domain='mycusthelp.net')
    label(f, 'REQ-014', 'acknowledgment', 'P003318-061026', 'GovQA ack from the no-reply address shared with TCEQ; FL has no number -> no due', d, 'ack', '2026-06-10')

@M('2026-06-15 10:20')
def _(f, d):
    build(f, d, 'Public Records <public.records@floridadep.gov>', INBOX, 'Piney Point records - question',
      text="""Good morning Ms. Whitcomb,

Regarding P003318-061026: before we start the search, could you clarify which contracts you are seeking? The closure work at Piney Point is being carried out by the court-appointed receiver for HRK Holdings. DEP's own agreements are the funding agreement with the receiver and its amendments. The construction contracts and change orders are between the receiver and its contractors, and DEP holds copies of only some of them as attachments to payment requests.

Please let us know whether you want (a) DEP's agreements with the receiver only, (b) the receiver's contracts and change orders to the extent DEP holds them, or (c) both. We will place your request on hold until we hear from you.

Thank you,
Office of Ombudsman and Public Services
Florida Department of Environmental Protection
""")
    label(f, 'REQ-014', 'clarification', 'P003318-061026', 'asks which set of contracts; request on hold', d)

@M('2026-06-23 08:47')
def _(f, d):
    build(f, d, 'Mart\u00ednez, Ros\u00e1rio <Rosario.Martinez@floridadep.gov>', plus('REQ-015'), 'RE: ' + RQ['REQ-015']['subject'],
      text="""Hola Dana,

Your request about sanitary sewer overflow notices in Hillsborough County came to me in the Southwest District. Just so you know, every SSO reported to us is posted on the Public Notice of Pollution map and can be downloaded from there (https://floridadep.gov/pollutionnotice). I can also send you an export from our database, which has a few more fields (cause, receiving water, volume recovered).

Would the export be enough, or do you want the formal route through our Public Records office? Happy to do either - just didn't want you waiting on something you can get today.

Ros\u00e1rio Mart\u00ednez
Compliance & Enforcement, Water Facilities
Southwest District - Temple Terrace
""", irt=mid('REQ-015'), charset='iso-8859-1', cte='quoted-printable')
    label(f, 'REQ-015', 'other', None, 'district staff informal question (export vs formal route), iso-8859-1; not a clarification of scope', d)

@M('2026-07-01 11:00')
def _(f, d):
    body = """<p>Dear Dana Whitcomb:</p><p>Your request <b>P003318-061026</b> (clarified 6/16/2026 to include both DEP's agreements with the receiver and the receiver's contracts and change orders held by DEP) will require extensive use of clerical and supervisory assistance.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:11px"><tr><th>Item</th><th>Qty</th><th>Rate</th><th>Amount</th></tr>
<tr><td>Special service charge (s. 119.07(4)(d), F.S.) - review and redaction, OPS staff</td><td>14.2 hrs</td><td>$22.00</td><td>$312.40</td></tr></table>
<p><b>Estimated total: $312.40.</b> Payment of the estimate is required before the Department begins work. If we do not receive payment or a response within 30 days, the request will be closed. If the actual cost is less, the difference will be refunded.</p>
<p>To pay, log in to the Public Records Center and select "Pay Invoice."</p>"""
    build(f, d, '%s <%s>' % (FLC, GOVQA), INBOX, 'Invoice for Public Records Request :: P003318-061026',
      html=govqa(FLC, body, 'P003318-061026', '#005b96'), msgid_domain='mycusthelp.net')
    label(f, 'REQ-014', 'fee_estimate', 'P003318-061026', 'Florida special service charge invoice; payment before work', d)

@M('2026-07-02 16:30')
def _(f, d):
    rows = [['2026-01-14', 'City of Tampa', 'Hillsborough River', 12000, 'Grease blockage'], ['2026-02-02', 'Hillsborough County', 'Bullfrog Creek', 3500, 'Pump station power failure'],
            ['2026-03-27', 'City of Plant City', 'Howard Creek', 800, 'Line break'], ['2026-05-09', 'City of Tampa', 'Tampa Bay', 45000, 'Force main break']]
    build(f, d, 'Mart\u00ednez, Ros\u00e1rio <Rosario.Martinez@floridadep.gov>', INBOX, 'SSO export - Hillsborough',
      text="""Dana,

Here you go - export of all SSO notices for Hillsborough County, January 1 through June 30, 2026 (61 events). Nothing redacted. Glad the export works for you.

Ros\u00e1rio
""", charset='iso-8859-1', cte='quoted-printable',
      attachments=[('Hillsborough_SSO_2026H1.xlsx', xlsx(['Date', 'Utility', 'Receiving water', 'Gallons', 'Cause'], rows), XLSX)])
    label(f, 'REQ-015', 'records_final', None, 'informal staff release of a spreadsheet, complete, nothing withheld', d)

@M('2026-07-20 09:10')
def _(f, d):
    body = """<p>Dear Dana Whitcomb:</p><p>Your public records request P003318-061026 has been updated. Payment received. To view the status of your request please log in to the Public Records Center.</p>"""
    build(f, d, '%s <%s>' % (FLC, GOVQA), INBOX, 'Public Records Request :: P003318-061026 Updated',
      html=govqa(FLC, body, 'P003318-061026', '#005b96'), msgid_domain='mycusthelp.net')
    label(f, 'REQ-014', 'portal_notice', 'P003318-061026', 'GovQA payment/update notice, no substantive text', d)

@M('2026-07-27 19:22')
def _(f, d):
    build(f, d, 'Priya Raman <praman@watershedreport.example.net>', INBOX, 'heads up - LDEQ request',
      text="""Hi all,

Heads up that I'm filing a Louisiana DEQ request myself next week on the Lake Charles flaring reports - no need to log it on the desk until I send it. I'll cc records@ when it goes out.

Priya
""")
    label(f, None, 'other', None, "reporter's internal note; no request", d)

@M('2026-08-07 12:00')
def _(f, d):
    body = """<p>Dear Dana Whitcomb:</p><p>The first installment of records responsive to your request P003318-061026 has been released and is available in the Public Records Center (DEP funding agreement with the receiver, Amendments 1-6, 214 pages).</p>
<p>The Department continues to gather the receiver's contracts and change orders and anticipates completing your request by September 4, 2026.</p>"""
    build(f, d, '%s <%s>' % (FLC, GOVQA), INBOX, 'Records Released :: P003318-061026',
      html=govqa(FLC, body, 'P003318-061026', '#005b96'), msgid_domain='mycusthelp.net')
    label(f, 'REQ-014', 'records_interim', 'P003318-061026', 'GovQA installment release with substantive text and estimated completion', d,
          estimated='2026-09-04')

@M('2026-07-21 15:35')
def _(f, d):
    build(f, d, 'Public Records <public.records@floridadep.gov>', INBOX, 'Public Records Request P004102-071326 - Response',
      text="""Dear Ms. Whitcomb,

The Department has reviewed your request of July 13, 2026 (P004102-071326) for the emergency action plan for the Piney Point facility and the associated dam breach inundation maps.

These records are being withheld in their entirety. The emergency action plan and inundation mapping are security and firesafety plans of a facility whose disclosure could reveal vulnerabilities, and they are confidential and exempt from disclosure under section 119.071(3)(a), Florida Statutes. Because the exempt information makes up the entire record, no portion can be released with redaction.

General information about the closure project, including the public presentations and quarterly status reports, is available on the Department's Piney Point web page.

Sincerely,
Office of Ombudsman and Public Services
Florida Department of Environmental Protection
""")
    label(f, 'REQ-017', 'denial', 'P004102-071326',
          'second FL DEP request on the same facility; withheld in full under a security exemption; FL has no appeal period -> null', d, appeal=True)

# ------------------------------------------------------------------ write everything
def main():
    if os.path.isdir(MSGDIR):
        shutil.rmtree(MSGDIR)
    MSGS.sort(key=lambda x: x[0])
    for i, (d, fn) in enumerate(MSGS, 1):
        fn('%03d-%s.eml' % (i, d.strftime('%Y%m%d')), d)
    ya = lambda n, o: yaml.safe_dump(o, open(os.path.join(HERE, n), 'w'), sort_keys=False, allow_unicode=True, width=200)
    ya('agencies.yaml', {'agencies': AGENCIES})
    ya('requests.yaml', {'organization_domain': ORG, 'inbox_address': INBOX, 'requests': REQUESTS})
    ya('facts.yaml', FACTS)
    ya('labels.yaml', LABELS)
    os.system('%s %s --write > /dev/null' % (sys.executable, os.path.join(HERE, 'compute_labels.py')))
    print(len(MSGS), 'messages')

if __name__ == '__main__':
    main()
