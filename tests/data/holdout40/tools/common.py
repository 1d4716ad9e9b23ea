import textwrap, yaml
from pathlib import Path
from mk import *

SET = Path(__file__).resolve().parent.parent
REQS = {r['id']: r for r in yaml.safe_load((SET / 'requests.yaml').read_text())['requests']}
ORG = 'ledger.example.org'
INBOX = 'records@ledger.example.org'
DESK = 'Records Desk <records@ledger.example.org>'

def W(*paras, width=74, sep='\n\n'):
    """wrap paragraphs; a paragraph starting with '|' is kept verbatim (without the bar)"""
    out = []
    for p in paras:
        if p.startswith('|'):
            out.append(p[1:])
        else:
            out.append('\n'.join(textwrap.fill(l, width=width, break_on_hyphens=False, break_long_words=False) for l in p.split('\n')))
    return sep.join(out) + '\n'

def plus(rid):
    return REQS[rid]['reply_address']

def rmid(rid):
    return REQS[rid]['message_id']

def subj(rid):
    return REQS[rid]['subject']

def re_(rid, prefix='RE: '):
    return prefix + subj(rid)

# Bodies of our outgoing requests (quoted by some replies).
REQUEST_TEXT = {
 'REQ-001': W("To the FEMA FOIA Officer:",
   "Under the Freedom of Information Act, 5 U.S.C. 552, I request copies of the following records concerning FEMA Public Assistance for Henderson County, North Carolina, under major disaster declaration DR-4827-NC (Hurricane Helene): (1) project applications, project worksheets and determination memoranda for Category A (debris removal) and Category B (emergency protective measures) projects where Henderson County is the applicant; (2) debris monitoring reports, load-ticket summaries and hauler invoices submitted to FEMA in support of those projects; (3) correspondence between FEMA Region 4 and Henderson County Emergency Services about debris eligibility, January 1, 2025 to the present.",
   "I am a reporter for the Great Lakes Ledger and request placement in the news media fee category. Electronic copies are preferred.",
   "Thank you,\nRecords Desk, Great Lakes Ledger"),
 'REQ-002': W("To the FEMA FOIA Officer:",
   "Pursuant to the FOIA, I request (1) Emergency Management Performance Grant (EMPG) program monitoring reports, site-visit reports and desk-review findings prepared by FEMA Region 5 for Michigan, Minnesota and Wisconsin, fiscal years 2023 through 2026; and (2) after-action reviews or improvement plans for state-level disaster responses in those three states that were submitted to or prepared by FEMA Region 5 during the same period.",
   "Records Desk, Great Lakes Ledger"),
 'REQ-004': W("Dear Records Custodian:",
   "Under Wisconsin's public records law, Wis. Stat. 19.31-19.39, I request copies of the following records of Wisconsin Emergency Management: (1) reviews, evaluations or scoring of county emergency management programs, including county plan review letters, for 2024 through the present; (2) Emergency Management Performance Grant subaward monitoring checklists and findings letters sent to counties for the same period.",
   "Electronic copies by email are preferred. If any part of this request is denied, please cite the specific exemption and release the rest.",
   "Sincerely,\nRecords Desk\nGreat Lakes Ledger"),
 'REQ-005': W("Dear Records Custodian:",
   "Under Wis. Stat. 19.35, I request the damage assessment records Wisconsin Emergency Management holds for the August 9-10, 2025 flash flooding in southeastern Wisconsin (Milwaukee, Waukesha, Washington and Ozaukee counties): initial damage assessment submissions from counties, joint preliminary damage assessment (PDA) summaries prepared with FEMA, and the Governor's request package for a federal declaration.",
   "Records Desk\nGreat Lakes Ledger"),
 'REQ-010': W("Hello,",
   "This is a request under Wisconsin's public records law. Please provide copies of Marathon County Health Department's Public Health Emergency Preparedness (PHEP) contract deliverables submitted to the Wisconsin Department of Health Services for budget periods 2024-25 and 2025-26, and any after-action reports or improvement plans from mass-vaccination or point-of-dispensing exercises conducted 2024-2026.",
   "Electronic copies are fine. Thank you.",
   "Records Desk, Great Lakes Ledger"),
 'REQ-011': W("Hello,",
   "Under Wis. Stat. 19.35, please provide records of the Marathon County Health Department's private well nitrate testing program for 2025 and 2026: test results (summary or individual), any health advisories or notices sent to well owners, and the program's annual report.",
   "Records Desk, Great Lakes Ledger"),
 'REQ-014': W("Dear Responsible Authority:",
   "Under the Minnesota Government Data Practices Act, Minn. Stat. ch. 13, I request public data held by Olmsted County Public Health Services about summer 2026 (May 1 - September 15): (1) weekly counts of heat-related illness emergency department visits or other heat-illness surveillance counts for county residents (summary data only; no data on individuals); (2) records of cooling centers opened by or with the county, including dates, hours and visitor counts.",
   "Records Desk, Great Lakes Ledger"),
 'REQ-015': W("Dear Public Records Officer:",
   "Pursuant to the North Carolina Public Records Act, N.C. Gen. Stat. 132-1 et seq., I request copies of the following records held by Henderson County Emergency Services: (1) contracts and amendments with debris removal and debris monitoring firms for Hurricane Helene; (2) debris monitoring reports and load-ticket summaries from October 2024 to the end of the removal mission; (3) Emergency Operations Center activation and situation logs for September 25 - October 31, 2024.",
   "Electronic copies are preferred. Thank you.",
   "Records Desk, Great Lakes Ledger"),
}

def quote_gt(rid, when, who=DESK):
    """Gmail/Thunderbird style quote of our request."""
    body = REQUEST_TEXT[rid]
    return 'On %s, %s wrote:\n' % (when, who) + ''.join('> ' + l + '\n' if l else '>\n' for l in body.rstrip('\n').split('\n'))

def quote_outlook(rid, sent, to):
    body = REQUEST_TEXT[rid]
    return ('\n________________________________\nFrom: Records Desk <records@ledger.example.org>\nSent: %s\nTo: %s\n'
            'Subject: %s\n\n' % (sent, to, subj(rid))) + body

def outlook_headers(seed, topic, tenant='namprd09', host='SA1PR09MB'):
    return [('Thread-Topic', topic), ('Thread-Index', 'AQH' + hid(seed + 'ti', 26).upper() + '=='),
            ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US'),
            ('X-MS-Exchange-Organization-SCL', '1'), ('X-MS-Exchange-Organization-AuthAs', 'Internal')]

def outlook_mid(seed, host='SA1PR09MB'):
    n = int(hid(seed, 4), 16) % 9000 + 1000
    return '<%s%d%s@%s%d.namprd09.prod.outlook.com>' % (host, n, hid(seed, 12).upper(), host, n)

def google_group(display, addr):
    """Headers of a message delivered through our Google Group collaborative inbox."""
    return [('From', '"\'%s\' via Records Desk" <records@ledger.example.org>' % display),
            ('Reply-To', '"%s" <%s>' % (display, addr)),
            ('X-Original-Sender', addr),
            ('X-Original-From', '"%s" <%s>' % (display, addr)),
            ('Mailing-list', 'list records@ledger.example.org; contact records+owners@ledger.example.org'),
            ('List-Id', '<records.ledger.example.org>'),
            ('X-Google-Group-Id', '804417262213'),
            ('List-Post', '<https://groups.google.com/a/ledger.example.org/group/records/post>, <mailto:records@ledger.example.org>'),
            ('List-Help', '<https://support.google.com/a/ledger.example.org/bin/topic.py?topic=25838>, <mailto:records+help@ledger.example.org>'),
            ('List-Archive', '<https://groups.google.com/a/ledger.example.org/group/records/>'),
            ('List-Unsubscribe', '<mailto:googlegroups-manage+804417262213+unsubscribe@googlegroups.com>'),
            ('Precedence', 'list')]
