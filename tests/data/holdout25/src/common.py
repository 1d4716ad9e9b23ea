"""Shared data for the message builders: our requests, our original request texts, sender helpers."""
from pathlib import Path
import yaml
from mimelib import *  # noqa

HERE = Path(__file__).resolve().parent.parent
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}


def R(rid):
    return REQS[rid]


def mid_of(rid):
    return REQS[rid]['message_id']


def plus(rid):
    return REQS[rid]['reply_address']


SIG = """Harvest Ledger Records Desk
foia@harvestledger.example.org | 515-555-0148
Harvest Ledger is a nonprofit newsroom covering agriculture, water
and the environment in the Plains and the West."""

REQUEST_BODIES = {
    'REQ-201': ("APHIS FOIA Officer", "the Freedom of Information Act, 5 U.S.C. 552",
                ["Records of confirmed highly pathogenic avian influenza (HPAI H5N1) detections in dairy cattle herds in Iowa and Kansas, January 1, 2025 through August 31, 2026, including herd detection reports and epidemiological investigation summaries.",
                 "Records of indemnity and compensation payments to dairy operations in Iowa and Kansas for HPAI-related losses in the same period (payee type, amount, date, program)."]),
    'REQ-202': ("APHIS FOIA Officer", "the Freedom of Information Act, 5 U.S.C. 552",
                ["Contracts, task orders and statements of work for the design, construction or operation of New World screwworm sterile fly dispersal or production facilities awarded since January 1, 2025.",
                 "Site selection analyses, site evaluation reports and decision memoranda for those facilities."]),
    'REQ-203': ("Forest Service FOIA Service Center / Pacific Northwest Region", "the Freedom of Information Act, 5 U.S.C. 552",
                ["Escaped prescribed fire reviews, declared wildfire reviews and facilitated learning analyses for prescribed burns in the Pacific Northwest Region (Region 6), January 1, 2022 to present.",
                 "Any regional summaries or lessons-learned memoranda prepared from those reviews."]),
    'REQ-204': ("Forest Service FOIA Service Center / Rocky Mountain Region", "the Freedom of Information Act, 5 U.S.C. 552",
                ["Letters of noncompliance, notices of permit suspension or cancellation, and related correspondence issued to grazing permittees on the Oglala National Grassland (Nebraska National Forests and Grasslands), January 1, 2023 to present."]),
    'REQ-205': ("NRCS FOIA Officer", "the Freedom of Information Act, 5 U.S.C. 552",
                ["Environmental Quality Incentives Program (EQIP) contracts that include Waste Storage Facility (Practice Code 313) for animal feeding operations in Iowa and Wisconsin, FY2022 through FY2026: contract number, county, obligation amount, payment amount and practice completion date.",
                 "Any state-office summaries of Practice 313 obligations for those states and years."]),
    'REQ-206': ("NRCS FOIA Officer", "the Freedom of Information Act, 5 U.S.C. 552",
                ["Ogallala Aquifer Initiative contracts in western Kansas counties, FY2020 through FY2026, including irrigation water management practices and payments."]),
    'REQ-207': ("Public Records Coordinator", "Iowa Code chapter 22",
                ["Investigation files, reports and case summaries for pesticide misuse complaints investigated by the Pesticide Bureau, January 1, 2023 to present.",
                 "Complaint logs and complaint files concerning manure application (including application on frozen or snow-covered ground) received by the Department, January 1, 2023 to present."]),
    'REQ-208': ("NDEE Records Officer", "the Nebraska Public Records Statutes, Neb. Rev. Stat. 84-712 et seq.",
                ["Livestock waste control facility inspection reports for facilities in Antelope, Knox and Pierce counties, 2022 to present.",
                 "Nitrate groundwater monitoring data and correspondence concerning the Bazile Groundwater Management Area, 2022 to present."]),
    'REQ-209': ("Public Records Unit", "the California Public Records Act, Gov. Code 7920.000 et seq.",
                ["Emergency curtailment orders, compliance orders, notices of violation and administrative civil liability complaints concerning unauthorized diversions in the Scott River and Shasta River watersheds, January 1, 2024 to present.",
                 "Inspection reports from Division of Water Rights field inspections in those watersheds in the same period."]),
    'REQ-210': ("Public Records Unit", "the California Public Records Act, Gov. Code 7920.000 et seq.",
                ["Records of the SAFER program (Safe and Affordable Funding for Equity and Resilience) concerning nitrate-contaminated domestic wells in Tulare County, January 1, 2025 to present, including sampling results and communications with Tulare County and program administrators."]),
    'REQ-211': ("Records Custodian", "the Idaho Public Records Act, Idaho Code 74-101 et seq.",
                ["All 2026 curtailment orders, amended curtailment orders and notices issued in the Eastern Snake Plain Aquifer (ESPA) delivery call.",
                 "Correspondence between IDWR and groundwater districts (or their counsel) regarding compliance with approved mitigation plans in 2026."]),
    'REQ-212': ("Records Custodian", "the Kansas Open Records Act, K.S.A. 45-215 et seq.",
                ["Records of water right violations, overpumping notices, and penalty orders issued by the Division of Water Resources in Groundwater Management District No. 4, January 1, 2023 to present, including records related to the District-wide LEMA."]),
    'REQ-213': ("Public Records Custodian", "Wisconsin's public records law, Wis. Stat. 19.31-19.39",
                ["Inspection reports, notices of noncompliance, notices of violation and enforcement conference records for WPDES-permitted CAFOs in Kewaunee County, January 1, 2024 to present.",
                 "Manure spill reports for Kewaunee County in the same period."]),
    'REQ-214': ("Public Records Officer", "the Oregon Public Records Law, ORS 192.311 to 192.478",
                ["Herbicide application logs and spray records for Lane County roadside vegetation management, 2024 to present, including products used, locations and dates.",
                 "The County's current integrated vegetation management plan."]),
    'REQ-215': ("Public Records Officer", "the Oregon Public Records Law, ORS 192.311 to 192.478",
                ["Results of domestic well nitrate screening events conducted or sponsored by Marion County, 2023 to present.",
                 "Outreach materials and records of outreach concerning nitrate in groundwater, 2023 to present."]),
    'REQ-216': ("Public Records Officer", "the Oregon Public Records Law, ORS 192.311 to 192.478",
                ["Complaints about failing onsite septic systems and any repair or correction orders for properties along the McKenzie River, 2023 to present."]),
}


def request_text(rid):
    to, law, items = REQUEST_BODIES[rid]
    lines = ['Dear %s,' % to, '',
             textwrap.fill('Under %s, Harvest Ledger requests copies of the following records:' % law, 72), '']
    for i, it in enumerate(items, 1):
        lines.append(textwrap.fill(it, 72, initial_indent='%d. ' % i, subsequent_indent='   '))
        lines.append('')
    lines.append(wrap("We ask to be treated as a representative of the news media and for a waiver of fees; the records "
                      "will be used in reporting that is published free of charge. Electronic copies by email or "
                      "download link are preferred. If any portion is withheld, please cite the specific exemption "
                      "and release all reasonably segregable portions."))
    lines += ['', 'Thank you,', '', SIG]
    return '\n'.join(lines)


def outlook_mid(seed, tenant='namprd09', host=None):
    box = h(seed + 'box', 4).upper()
    s = ('%sPR09MB%s' % (('SJ0', 'BN8', 'CH3', 'DM6', 'PH0')[int(h(seed, 2), 16) % 5], box))
    tail = h(seed + 'tail', 24).upper()
    return '<%s%s@%s.%s.prod.outlook.com>' % (s, tail, s, tenant)


def gcc_mid(seed):
    box = h(seed + 'box', 4).upper()
    s = 'BN1P110MB%s' % box
    return '<%s%s@%s.NAMP110.PROD.OUTLOOK.COM>' % (s, h(seed + 't', 20).upper(), s)


def thread_index(seed):
    return 'AQH' + b32(seed + 'ti', 29)


def outlook_headers(seed, topic, has_attach=False, lang='en-US'):
    return [
        ('Thread-Topic', topic),
        ('Thread-Index', thread_index(seed)),
        ('Accept-Language', lang),
        ('Content-Language', lang),
        ('X-MS-Has-Attach', 'yes' if has_attach else ''),
        ('X-MS-TNEF-Correlator', ''),
        ('X-MS-Exchange-Organization-SCL', '1'),
        ('X-MS-Office365-Filtering-Correlation-Id', '%s-%s-%s-%s-%s' % (h(seed + 'a', 8), h(seed + 'b', 4), h(seed + 'c', 4), h(seed + 'd', 4), h(seed + 'e', 12))),
    ]


def msft_ooo_headers():
    return [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
            ('X-MS-Exchange-Inbox-Rules-Loop', 'true')]


def quoted_outlook_header(from_, sent, to, subject, cc=None):
    lines = ['From: %s' % from_, 'Sent: %s' % sent, 'To: %s' % to]
    if cc:
        lines.append('Cc: %s' % cc)
    lines.append('Subject: %s' % subject)
    return '\n'.join(lines)


OUR_FROM = 'Harvest Ledger Records Desk <foia@harvestledger.example.org>'


def reply_chain(body, attribution, earlier):
    """body of a reply, then 'On ... wrote:' and the whole earlier message quoted one level deeper"""
    return body.rstrip('\n') + '\n\n' + attribution + '\n' + quote(earlier.rstrip('\n'))
