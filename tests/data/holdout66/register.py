"""Agencies and requests of this set (source of agencies.yaml and requests.yaml)."""
import datetime as dt
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
ORG = 'records.example.org'
INBOX = 'records@' + ORG

AGENCIES = [
    dict(id='ao', name='Administrative Office of the United States Courts (Office of the General Counsel, records requests)',
         jurisdiction='US', emails=['records_requests@ao.uscourts.gov'], domains=['ao.uscourts.gov'],
         tracking_pattern=r'\bAO-\d{2}-\d{4}\b'),
    dict(id='wawd', name="U.S. District Court for the Western District of Washington, Clerk's Office",
         jurisdiction='US', emails=['records_requests@wawd.uscourts.gov'], domains=['wawd.uscourts.gov']),
    dict(id='wa_aoc', name='Washington State Administrative Office of the Courts (GR 31.1 public records officer)',
         jurisdiction='US-WA', emails=['publicrecords@courts.wa.gov'], domains=['courts.wa.gov'],
         tracking_pattern=r'\bAOC-\d{2}-\d{4}\b'),
    dict(id='tx_oca', name='Texas Office of Court Administration (Rule 12 judicial records)',
         jurisdiction='US-TX', emails=['rule12requests@txcourts.gov'], domains=['txcourts.gov'],
         tracking_pattern=r'\bR12-\d{4}-\d{3}\b'),
    dict(id='travis_dc', name='Travis County District Clerk (Records and Copies)',
         jurisdiction='US-TX', emails=['dc.copies@traviscountytx.gov'], domains=['traviscountytx.gov']),
    dict(id='ny_oca', name='New York State Unified Court System, Office of Court Administration (Records Access Officer)',
         jurisdiction='US-NY', emails=['foil@nycourts.gov'], domains=['nycourts.gov'],
         tracking_pattern=r'\bFOIL-20\d{2}-\d{4}\b'),
    dict(id='ny_cjc', name='New York State Commission on Judicial Conduct',
         jurisdiction='US-NY', emails=['foil@cjc.ny.gov'], domains=['cjc.ny.gov'],
         tracking_pattern=r'\b\d{2}/\d{3}\b'),
    dict(id='ma_gov', name='Massachusetts Office of the Governor (Records Access Officer, Legal Office)',
         jurisdiction='US-MA', emails=['GovOffice.RAO@mass.gov'], domains=['mass.gov'],
         tracking_pattern=r'\bG-\d{2}-\d{4}\b'),
    dict(id='ca_jc', name='Judicial Council of California (Rule 10.500 public access requests)',
         jurisdiction='US-CA', emails=['publicaccess@jud.ca.gov'], domains=['jud.ca.gov', 'courts.ca.gov'],
         tracking_pattern=r'\bPAR-\d{2}-\d{4}\b'),
    dict(id='ca_asm', name='California State Assembly, Assembly Rules Committee (Legislative Open Records Act)',
         jurisdiction='US-CA', emails=['lora.requests@asm.ca.gov'], domains=['asm.ca.gov']),
    dict(id='pbc_clerk', name='Palm Beach County Clerk of the Circuit Court & Comptroller (public records)',
         jurisdiction='US-FL', emails=['publicrecords@mypalmbeachclerk.com'], domains=['mypalmbeachclerk.com'],
         tracking_pattern=r'\bW\d{6}-\d{6}\b'),
    dict(id='fl_bar', name='The Florida Bar (public records / Office of General Counsel)',
         jurisdiction='US-FL', emails=['publicrecords@floridabar.org'], domains=['floridabar.org'],
         tracking_pattern=r'\bRR\d{4}-\d{4}\b'),
    dict(id='ct_pds', name='Connecticut Division of Public Defender Services (FOIA liaison)',
         jurisdiction='US-CT', emails=['pds.foi@ct.gov'], domains=['ct.gov'],
         tracking_pattern=r'\bPDS-FOI-\d{2}-\d{3}\b'),
]

# id: (agency, sent, to address used on the request, subject, body paragraph)
REQUESTS = {
    'REQ-001': ('ao', '2026-09-08', 'records_requests@ao.uscourts.gov',
                'Records request: AO contracts and after-action reports on the CM/ECF security incident, 2024-2026',
                'contracts, task orders and modifications for incident-response, forensic and remediation services '
                'bought after the CM/ECF and PACER security incident disclosed in 2025, and any after-action or '
                'lessons-learned reports on that incident given to Judicial Conference committees, January 2024 to '
                'the date of search'),
    'REQ-002': ('wawd', '2026-09-08', 'records_requests@wawd.uscourts.gov',
                'FOIA Request: CJA panel attorney payment totals, W.D. Wash., FY2024-FY2026',
                'records showing the total Criminal Justice Act payments made to each panel attorney in the Western '
                'District of Washington for fiscal years 2024 through 2026, including the number of vouchers paid'),
    'REQ-003': ('wa_aoc', '2026-09-09', 'publicrecords@courts.wa.gov',
                'Public records request: court interpreter program payments and complaint files, 2022-2026',
                'records of payments to contract court interpreters reimbursed through the AOC interpreter program, '
                'and complaints about interpreters received by the AOC or the Interpreter Commission, January 2022 to '
                'the present'),
    'REQ-004': ('tx_oca', '2026-09-10', 'openrecords@courts.state.tx.us',
                'Public Information Act request: court security incident reports submitted to OCA, 2023-2026',
                'court security incident reports submitted to the Office of Court Administration by courts and '
                'local administrative judges, and any summaries or tables compiled from them, January 2023 to the '
                'present'),
    'REQ-005': ('travis_dc', '2026-09-14', 'dc.copies@traviscountytx.gov',
                'Records request: certified copies of judgments in 12 felony cases (list enclosed)',
                'one certified copy of the judgment of conviction and sentence in each of the twelve felony cases '
                'listed below (cause numbers D-1-DC-21-300418 through D-1-DC-23-905127)'),
    'REQ-006': ('ny_oca', '2026-09-15', 'foil@nycourts.gov',
                'FOIL Request: contracts and invoices for virtual court appearance platforms, 2022-2026',
                'contracts, amendments, purchase orders and paid invoices for video-conferencing and virtual court '
                'appearance platforms used by the Unified Court System, January 2022 to the present'),
    'REQ-007': ('ny_cjc', '2026-09-16', 'foil@cjc.ny.gov',
                'FOIL Request: complaints against town and village justices and their dispositions, 2020-2025',
                'records showing each complaint received about a town or village justice from 2020 through 2025, '
                'the court involved, and how the complaint was disposed of (dismissed, letter of caution, formal '
                'charges, public discipline)'),
    'REQ-008': ('ma_gov', '2026-09-17', 'GovOffice.RAO@mass.gov',
                'Public Records Request: clemency petition log and pardon advisory correspondence, 2025-2026',
                'the log or list of clemency (pardon and commutation) petitions received by the Governor, and '
                "correspondence between the Governor's Legal Office and the Advisory Board of Pardons about those "
                'petitions, January 2025 to the present'),
    'REQ-009': ('wa_aoc', '2026-09-21', 'publicrecords@courts.wa.gov',
                'Public records request: data on legal financial obligation waivers and remissions, 2020-2026',
                'statewide data, by county and year, on motions to waive or remit legal financial obligations (LFOs) '
                'and their outcomes, 2020 to the present, from JIS or any report the AOC has compiled'),
    'REQ-010': ('ca_jc', '2026-09-22', 'publicaccess@jud.ca.gov',
                'Rule 10.500 Request: pretrial release pilot program evaluations and vendor contracts',
                'evaluations, progress reports and data reports on the Pretrial Pilot Program and its successor '
                'pretrial funding program, and the contracts with vendors of risk-assessment tools, 2021 to present'),
    'REQ-011': ('ca_asm', '2026-09-23', 'lora.requests@asm.ca.gov',
                'Public records request: Assembly members travel and per diem claims, Jan 2025 - Aug 2026',
                'travel expense claims and per diem payment records for Members of the Assembly, January 2025 '
                'through August 2026'),
    'REQ-012': ('pbc_clerk', '2026-09-24', 'publicrecords@mypalmbeachclerk.com',
                'Public records request: civil indigency applications and court cost collection reports, 2023-2026',
                'monthly or annual reports showing the number of civil indigency applications received and approved, '
                'and reports of court costs and fines assessed and collected, 2023 to the present'),
    'REQ-013': ('fl_bar', '2026-09-28', 'publicrecords@floridabar.org',
                "Public records request: Clients' Security Fund claims and discipline records for five attorneys",
                "records of Clients' Security Fund claims paid involving five named attorneys, and the public "
                'disciplinary records (orders, reports of referee, consent judgments) for the same attorneys'),
    'REQ-014': ('ct_pds', '2026-09-29', 'pds.foi@ct.gov',
                'FOIA Request: public defender caseload reports and attorney vacancy data, 2023-2026',
                'monthly caseload reports by office, attorney vacancy and hiring data, and any caseload-standard '
                'analyses prepared for the Public Defender Services Commission, 2023 to the present'),
    'REQ-015': ('ao', '2026-10-06', 'records_requests@ao.uscourts.gov',
                'Records request: PACER fee revenue and EPA program expenditure reports, FY2022-FY2026',
                'reports showing Electronic Public Access (PACER) fee revenue and the program expenditures funded '
                'by those fees, fiscal years 2022 through 2026'),
}
SENT_TIME = {'REQ-007': '18:41', 'REQ-010': '21:10', 'REQ-014': '17:36', 'REQ-015': '09:05'}
LAW = {'ao': 'the Freedom of Information Act, 5 U.S.C. 552 (or any access policy the AO applies)',
       'wawd': 'the Freedom of Information Act, 5 U.S.C. 552',
       'wa_aoc': 'GR 31.1 and, to the extent it applies, the Public Records Act, RCW 42.56',
       'tx_oca': 'the Texas Public Information Act, Gov\'t Code ch. 552',
       'travis_dc': 'the Texas Public Information Act and any rule governing court records',
       'ny_oca': 'the New York Freedom of Information Law, Public Officers Law art. 6',
       'ny_cjc': 'the New York Freedom of Information Law, Public Officers Law art. 6',
       'ma_gov': 'the Massachusetts Public Records Law, G.L. c. 66, s. 10',
       'ca_jc': 'California Rules of Court, rule 10.500',
       'ca_asm': 'the California Public Records Act',
       'pbc_clerk': 'Chapter 119, Florida Statutes, and Fla. R. Gen. Prac. & Jud. Admin. 2.420',
       'fl_bar': 'Chapter 119, Florida Statutes',
       'ct_pds': 'the Connecticut Freedom of Information Act, C.G.S. 1-200 et seq.'}


def num(rid):
    return rid.split('-')[1]


def sent(rid):
    return dt.date.fromisoformat(REQUESTS[rid][1])


def req_mid(rid):
    return '<req-%s.%s.1@%s>' % (num(rid), sent(rid).strftime('%Y%m%d'), ORG)


def plus(rid):
    return 'records+req-%s@%s' % (num(rid), ORG)


def subject(rid):
    return REQUESTS[rid][3]


def body(rid):
    ag, _, to, subj, para = REQUESTS[rid]
    return ('To the records officer:\n\nUnder %s, the Records Desk requests %s.\n\n'
            'We prefer electronic copies by email. Please tell us before incurring fees over $50. We are a '
            'news organization and ask for any available fee waiver or reduction.\n\n'
            'Thank you,\nRecords Desk\nrecords@records.example.org\n' % (LAW[ag], para))


def write_meta():
    ay = {'agencies': AGENCIES}
    (HERE / 'agencies.yaml').write_text(yaml.safe_dump(ay, sort_keys=False, width=200, allow_unicode=True))
    reqs = []
    for rid, (ag, s, to, subj, _) in REQUESTS.items():
        reqs.append(dict(id=rid, agency=ag, subject=subj, sent=dt.date.fromisoformat(s), message_id=req_mid(rid),
                         reply_address=plus(rid), tracking_number=None))
    ry = {'organization_domain': ORG, 'inbox_address': INBOX, 'requests': reqs}
    (HERE / 'requests.yaml').write_text(yaml.safe_dump(ry, sort_keys=False, width=200, allow_unicode=True))
