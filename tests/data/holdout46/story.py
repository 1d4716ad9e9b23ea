"""Shared facts for build_messages.py: our requests, their texts (for quoting), and header helpers."""
import base64, hashlib
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
DESK = 'Records Desk <records@records.example.org>'

LAW = {
    'US-WA': 'Pursuant to the Washington Public Records Act, chapter 42.56 RCW',
    'US-OR': 'Under the Oregon Public Records Law, ORS 192.311 to 192.478',
    'US-AK': 'Under the Alaska Public Records Act, AS 40.25.110 - 40.25.120',
    'US-HI': 'Under the Uniform Information Practices Act (Modified), HRS chapter 92F',
}
JUR = {'wa-dnr': 'US-WA', 'wa-wdfw': 'US-WA', 'wsdot': 'US-WA', 'chelan-county': 'US-WA', 'or-odf': 'US-OR',
       'bend': 'US-OR', 'ak-dotpf': 'US-AK', 'kpb': 'US-AK', 'hi-dlnr': 'US-HI', 'honolulu-dpp': 'US-HI'}

ASKS = {
    'REQ-001': ['Dispatch logs, resource orders and incident action plans for the Sawtooth Creek Fire (Okanogan',
                'County), August 9 through August 31, 2026;',
                'Aviation use summaries and retardant/water drop records for the fire;',
                'Any after-action review, lessons-learned summary or close-out report for the fire.'],
    'REQ-002': ['The serious accident review, mishap report or equivalent investigation report concerning the',
                'August 19, 2026 helicopter mishap on the Sawtooth Creek Fire, including preliminary findings,',
                'interview summaries and correspondence with the aircraft vendor.'],
    'REQ-003': ['Incident reports, citations and patrol reports by WDFW Police relating to commercial fisheries',
                '(Puget Sound Dungeness crab, Columbia River salmon gillnet and seine) from January 1, 2024 to',
                'the date of this request;',
                'Any summary statistics of commercial fisheries violations prepared for the Commission.'],
    'REQ-004': ['Out-of-service and vessel casualty reports for Washington State Ferries vessels, January 1, 2025',
                'to present;',
                'All work orders issued at the Eagle Harbor Maintenance Facility for the same period;',
                'Any fleet maintenance backlog reports provided to WSDOT leadership.'],
    'REQ-005': ['Complaints received about short-term rentals and the resulting notices of violation, warning',
                'letters and penalty assessments issued under the County short-term rental ordinance, 2024-2026.'],
    'REQ-006': ['Dispatch and resource-order records, incident action plans and daily situation reports for the',
                'Boulder Springs Complex (Douglas County), July 20 - August 31, 2026;',
                'Cost summaries and any cost-share or cost-recovery correspondence;',
                'Records of structural protection task forces mobilized to the complex.'],
    'REQ-007': ['Invoices submitted by emergency fire contractors (engines, hand crews, water tenders) for the',
                '2026 fire season, and the contractor performance evaluations completed for those resources.'],
    'REQ-008': ['Complaints about short-term rentals received by the City, notices of violation, civil penalty',
                'notices and short-term rental permit revocations, January 1, 2024 to present.'],
    'REQ-009': ['Shipyard work packages, overhaul specifications, change orders and condition surveys for',
                'M/V Tustumena and M/V Kennicott, 2024-2026;',
                'Internal memoranda on the vessels\' return-to-service dates.'],
    'REQ-010': ['Correspondence between AMHS and the U.S. Coast Guard about deficiencies found on AMHS vessels,',
                'January 1, 2025 to present;',
                'Service-disruption notices issued because of those deficiencies.'],
    'REQ-011': ['Evacuation orders and notices issued by the Borough during the 2026 wildfire season;',
                'Office of Emergency Management situation reports and EOC activation logs;',
                'After-action reviews of the Borough\'s 2026 wildfire response.'],
    'REQ-012': ['Letters, notices and assessments sent by the Borough Finance Department to short-term rental',
                'operators concerning sales tax registration, delinquent returns or audits, 2024-2026, and the',
                'list of registered short-term rental sellers.'],
    'REQ-013': ['Citations, arrest reports and patrol reports by the Division of Conservation and Resources',
                'Enforcement (DOCARE) involving fisheries violations (lay nets, undersized or over-limit catch,',
                'protected species, commercial marine licensing), January 1, 2024 to present.'],
    'REQ-014': ['Notices of violation, notices of order and civil fine records issued for unlawful short-term',
                'rentals, and the short-term rental complaint log, January 1, 2024 to present.'],
    'REQ-015': ['Fire reports, incident narratives, cost summaries and any after-action review prepared by the',
                'Division of Forestry and Wildlife concerning the Kealia Ridge fire on Kauai (September 2026).'],
}

AGENCY_OF = {rid: r['agency'] for rid, r in REQS.items()}


def request_body(rid):
    jur = JUR[AGENCY_OF[rid]]
    lines = ['To the public records officer:', '',
             '%s, the Records Desk requests copies of the following records:' % LAW[jur], '']
    for a in ASKS[rid]:
        lines.append(a)
    lines += ['', 'Electronic copies by email or download link are preferred. If any portion is withheld, please',
              'cite the exemption and release the rest.']
    if jur == 'US-HI':
        lines += ['We ask for the $60 public-interest fee waiver under HAR 2-71-32; we publish our reporting free',
                  'of charge to the public.']
    lines += ['', 'Thank you,', 'Records Desk', 'records@records.example.org']
    return lines


def quote_outlook(rid, when):
    """Outlook-style quoted original ("From: ... Sent: ...") below a reply."""
    r = REQS[rid]
    return ('\n________________________________\nFrom: Records Desk <records@records.example.org>\n'
            'Sent: %s\nTo: %s\nSubject: %s\n\n' % (when, '{to}', r['subject']) + '\n'.join(request_body(rid)) + '\n')


def quote_gt(rid, when):
    r = REQS[rid]
    return ('\nOn %s, Records Desk <records@records.example.org> wrote:\n' % when +
            '\n'.join(('> ' + l).rstrip() for l in request_body(rid)) + '\n')


def mid(rid):
    return REQS[rid]['message_id']


def plus(rid):
    return REQS[rid]['reply_address']


def subj(rid):
    return REQS[rid]['subject']


def outlook(seed, topic, attach=False, lang='en-US'):
    h = hashlib.sha256(seed.encode()).digest()
    tindex = base64.b64encode(b'\x01\xdb' + h[:20]).decode()
    return [('Thread-Topic', topic), ('Thread-Index', tindex), ('Accept-Language', lang), ('Content-Language', lang),
            ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', ''),
            ('X-MS-Exchange-Organization-SCL', '-1'),
            ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
            ('X-MS-Exchange-CrossTenant-Id', '%s-%s-%s' % (h[20:24].hex(), h[24:26].hex(), h[26:28].hex()))]


def outlook_mid(seed, tenant='namprd09'):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return '<%s%s@%s.%s.prod.outlook.com>' % ('SJ0PR09MB', h[:16], 'SJ0PR09MB' + h[16:20], tenant)
