"""The register of requests (source for requests.yaml) and the text of each outgoing request, for quoting."""
R = [
 ('REQ-101', 'txoag', '2026-09-08', 'PIA Request: OAG outside counsel contracts and invoices for litigation against technology companies, 2022-2026',
  'Under the Texas Public Information Act, I request copies of all outside counsel contracts entered into by the\nOffice of the Attorney General for litigation against technology or social media companies from January 1,\n2022 to the present, together with the invoices and billing statements submitted under those contracts.'),
 ('REQ-102', 'txoag', '2026-09-21', "PIA Request: Attorney General's calendar and emails regarding multistate litigation, July-August 2026",
  "Under the Texas Public Information Act, I request (1) the Attorney General's calendar for July 1 - August 31,\n2026, and (2) emails sent or received by the Attorney General or the First Assistant that refer to any\nmultistate litigation coalition during the same period."),
 ('REQ-103', 'flag', '2026-09-09', 'Public Records Request: Consumer complaints about Suncoast Timeshare Exit Group, 2023-2026',
  'Pursuant to Chapter 119, Florida Statutes, I request copies of all consumer complaints received by the\nOffice of the Attorney General concerning Suncoast Timeshare Exit Group LLC (also doing business as\nSuncoast Exit Partners) from January 1, 2023 to the present, and any responses the company sent.'),
 ('REQ-104', 'flag', '2026-09-15', 'Public Records Request: Opioid settlement fund disbursement records and Opioid Abatement Task Force correspondence',
  'Pursuant to Chapter 119, Florida Statutes, I request (1) records showing disbursements of opioid settlement\nfunds to regional and county entities in fiscal year 2025-26, and (2) correspondence between the Office of\nthe Attorney General and the Opioid Abatement Task Force concerning those disbursements.'),
 ('REQ-115', 'flag', '2026-10-20', "Public Records Request: OAG correspondence with multistate coalition in search-engine antitrust case",
  'Pursuant to Chapter 119, Florida Statutes, I request all emails and letters exchanged between the Office of\nthe Attorney General and other state attorneys general concerning the multistate search-engine antitrust\nlitigation, from January 1, 2026 to the present.'),
 ('REQ-105', 'nyoag', '2026-09-10', 'FOIL Request: Records of restitution distribution under the BrightPath Student Lending settlement',
  'Under the Freedom of Information Law, I request the settlement agreement (assurance of discontinuance)\nbetween the Office of the Attorney General and BrightPath Student Lending, and records showing how the\nrestitution fund was distributed: claims administrator reports, number of claimants paid and amounts.'),
 ('REQ-106', 'nyoag', '2026-10-05', 'FOIL Request: OAG correspondence with other states in multistate youth social media litigation',
  'Under the Freedom of Information Law, I request correspondence between the Office of the Attorney General\nand the offices of other state attorneys general concerning the multistate litigation over youth social\nmedia platforms, from June 1, 2026 to the present.'),
 ('REQ-107', 'iloag', '2026-09-14', 'FOIA Request: Consumer Fraud Bureau complaints about Prairie Sun Solar LLC, 2022-2026',
  'Under the Illinois Freedom of Information Act, I request copies of consumer complaints filed with the\nAttorney General concerning Prairie Sun Solar LLC from January 1, 2022 to the present, and the\ncorrespondence the Consumer Fraud Bureau sent to the company about them.'),
 ('REQ-108', 'iloag', '2026-10-13', "FOIA Request: Attorney General's calendar and emails with outside counsel, June-September 2026",
  "Under the Illinois Freedom of Information Act, I request the Attorney General's calendar for June 1 -\nSeptember 30, 2026 and all emails between the Attorney General's executive staff and outside counsel\nretained by the Office during the same period."),
 ('REQ-109', 'azag', '2026-09-16', 'Public Records Request: Opioid settlement fund expenditures and One Arizona distribution records',
  "Under A.R.S. 39-121, I request records showing expenditures from the Attorney General's share of opioid\nsettlement funds since July 1, 2024, and records of distributions to counties and cities under the One\nArizona distribution agreement."),
 ('REQ-110', 'azag', '2026-10-20', 'Public Records Request: AG outside counsel and contingency-fee contracts, 2023-2026',
  'Under A.R.S. 39-121, I request all contracts for outside legal counsel entered into by the Attorney\nGeneral\'s Office since January 1, 2023, including any contingency-fee agreements and the written findings\nsupporting them.'),
 ('REQ-111', 'paoag', '2026-09-22', 'Right-to-Know Request: OAG correspondence with the Pennsylvania Opioid Trust',
  'Under the Right-to-Know Law, I request all correspondence between the Office of Attorney General and the\nPennsylvania Opioid Trust (trustees and staff) from January 1, 2026 to the present concerning the\nallocation or distribution of settlement funds.'),
 ('REQ-112', 'paoag', '2026-10-26', 'Right-to-Know Request: Bureau of Consumer Protection complaints about Keystone Home Renovations',
  'Under the Right-to-Know Law, I request copies of complaints received by the Bureau of Consumer Protection\nconcerning Keystone Home Renovations LLC, and any mediation correspondence, from 2024 to the present.'),
 ('REQ-113', 'miag', '2026-09-29', 'FOIA Request: PFAS litigation outside counsel contracts and multistate correspondence',
  'Under the Michigan Freedom of Information Act, I request (1) all contracts with outside counsel retained by\nthe Department of Attorney General for PFAS litigation, and (2) correspondence with other states\'\nattorneys general about PFAS litigation strategy, January 2025 to the present.'),
 ('REQ-114', 'miag', '2026-11-02', 'FOIA Request: Distribution of consumer protection settlement funds and cy pres awards, 2024-2026',
  'Under the Michigan Freedom of Information Act, I request records showing how the Department distributed\nmoney it received from consumer protection settlements in 2024-2026, including any cy pres awards to\nnonprofit organizations.'),
]
BY = {r[0]: r for r in R}

def sent(rid):
    return BY[rid][2]

def subj(rid):
    return BY[rid][3]

def body(rid):
    return BY[rid][4]

def mid(rid):
    return '<%s.%s.1@records.example.org>' % (rid.lower(), sent(rid).replace('-', ''))
