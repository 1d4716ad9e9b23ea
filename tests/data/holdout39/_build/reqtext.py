"""Text of our outgoing requests (as quoted back by agencies) and their send times."""
SIG = """Maya Okafor
Records Editor, The Lookout
records@lookout.example.org | (614) 555-0190"""

SENT = {  # request id -> (human date line for quote headers, RFC date)
 'REQ-001': ('Tue, Sep 8, 2026 at 9:41 AM', 'Tuesday, September 8, 2026 9:41 AM'),
 'REQ-002': ('Tue, Sep 15, 2026 at 11:20 AM', 'Tuesday, September 15, 2026 11:20 AM'),
 'REQ-003': ('Wed, Sep 9, 2026 at 6:12 PM', 'Wednesday, September 9, 2026 6:12 PM'),
 'REQ-004': ('Mon, Sep 21, 2026 at 8:52 AM', 'Monday, September 21, 2026 8:52 AM'),
 'REQ-005': ('Thu, Sep 10, 2026 at 10:03 AM', 'Thursday, September 10, 2026 10:03 AM'),
 'REQ-006': ('Mon, Oct 5, 2026 at 8:30 AM', 'Monday, October 5, 2026 8:30 AM'),
 'REQ-007': ('Mon, Sep 14, 2026 at 9:05 AM', 'Monday, September 14, 2026 9:05 AM'),
 'REQ-008': ('Tue, Oct 27, 2026 at 7:58 AM', 'Tuesday, October 27, 2026 7:58 AM'),
 'REQ-009': ('Wed, Sep 16, 2026 at 10:02 AM', 'Wednesday, September 16, 2026 10:02 AM'),
 'REQ-010': ('Tue, Oct 20, 2026 at 2:15 PM', 'Tuesday, October 20, 2026 2:15 PM'),
}

BODY = {
'REQ-001': """To the GSA FOIA Requester Service Center:

Under the Freedom of Information Act, 5 U.S.C. 552, I request copies of the
following records for fiscal years 2023 through 2026:

1. Task orders, delivery orders and BPA calls placed through the Multiple
   Award Schedule (including SIN 541519 and the former SIN 54151S) for
   facial recognition, face matching or biometric identification software
   or services, with statements of work and modifications;
2. Any market research, ordering guides or buyer's guides GSA prepared on
   facial recognition or biometric identification offerings.

The Lookout is a news organization and I ask to be placed in the news media
fee category. I request a waiver of all fees because the records concern the
operations of the government and will be published. If fees will exceed $75,
please tell me before incurring them. I look forward to a determination within
20 working days, as the statute provides.

Electronic records by email are preferred.
""" + SIG,
'REQ-002': """To the GSA FOIA Requester Service Center:

Under the FOIA, I request the following records concerning Login.gov:

1. Contracts, task orders and modifications with identity verification and
   identity proofing vendors used by Login.gov;
2. Any assessments, test results or equity studies of face-matching or
   selfie-comparison features used or considered by Login.gov.

Please treat The Lookout as a representative of the news media. I ask for a
fee waiver; if fees will exceed $75, please contact me first.
""" + SIG,
'REQ-003': """To the DHS Science and Technology Directorate FOIA Office:

Pursuant to the FOIA, I request copies of test and evaluation reports,
rally reports and technical summaries produced or funded by S&T (including
the Biometric and Identity Technology Center and the Maryland Test Facility)
concerning biometric and facial comparison technologies, January 1, 2022 to
the present.

I am a journalist with The Lookout and request news media fee status and a
fee waiver. Please provide records in electronic format.
""" + SIG,
'REQ-004': """To the DHS Science and Technology Directorate FOIA Office:

Under the FOIA I request:

1. Records describing S&T projects to develop, test or acquire social media
   monitoring or open-source intelligence (OSINT) analytics tools, 2020 to
   present;
2. Contracts, other transactions and SBIR Phase I/II award files for such
   tools.

Please place The Lookout in the news media category. I request a fee waiver.
""" + SIG,
'REQ-005': """Dear Open Records Officer:

Under the Georgia Open Records Act, O.C.G.A. 50-18-70 et seq., I request
copies of the statewide contract(s) administered by the Georgia Technology
Authority for license plate reader (LPR) and video analytics services,
including amendments, pricing schedules, service level agreements and any
security assessments of the vendor completed by GTA since 2022.

Electronic copies are fine. Please let me know in advance if costs will
exceed $25.
""" + SIG,
'REQ-006': """Dear Open Records Officer:

Under the Georgia Open Records Act I request copies of data-sharing
agreements, interconnection agreements and security reviews concerning
camera networks operated by the Georgia Bureau of Investigation or the
Department of Public Safety that connect through GAnet or other GTA-managed
infrastructure, 2023 to present.
""" + SIG,
'REQ-007': """Dear FOIA Officer:

Pursuant to the Virginia Freedom of Information Act, Va. Code 2.2-3700 et
seq., I request:

1. VITA contracts and modifications with vendors of surveillance cameras,
   video management systems and unmanned aircraft (drones), 2022 to present;
2. Supply-chain risk management reviews or assessments of those vendors,
   including any reviews prompted by federal prohibited-vendor lists.

The Lookout is a news organization circulating in Virginia. Please advise
me of any charges above $50 in advance.
""" + SIG,
'REQ-008': """Dear FOIA Officer:

Under the Virginia FOIA I request records showing approvals, exceptions or
denials issued through VITA's Enterprise Cloud Oversight Service (ECOS) for
software or cloud services with facial recognition or face-matching
capabilities requested by any executive branch agency, 2023 to present,
including the approval memoranda and risk assessments.
""" + SIG,
'REQ-009': """Dear Public Records Officer:

Under Ohio's Public Records Act, R.C. 149.43, I request copies of the
cooperative purchasing contracts administered by DAS for body-worn cameras,
automated license plate readers and gunshot detection systems, 2021-2026,
including amendments, pricing and any usage reports showing purchases by
political subdivisions.

Electronic copies are preferred.
""" + SIG,
'REQ-010': """Dear Public Records Officer:

Under R.C. 149.43, I request the Ohio Buys solicitation file for the
statewide video surveillance and video management systems contract
(including the RFP, offerors' proposals, evaluation and scoring records,
award recommendation) and any protests filed by vendors with DAS's
decisions on them.
""" + SIG,
}

DESC = {  # what portals echo back as the request description
'REQ-003': "Test and evaluation reports, rally reports and technical summaries produced or funded by S&T (including BI-TC and the Maryland Test Facility) on biometric and facial comparison technologies, 1/1/2022 to present.",
'REQ-011': "CPRA request: SDPD smart streetlight and automated license plate reader (ALPR) data access logs, search audit reports and audit summaries, January 2024 to present. Electronic copies (CSV where available) preferred.",
'REQ-012': "CPRA request: All contracts, amendments, task orders and invoices between the City of San Diego and Corvid Analytics LLC or Sentry Lumen Inc., 2022 to present, including pricing exhibits and the vendors' proposals.",
'REQ-013': "CPRA request: Surveillance Use Policies, Surveillance Impact Reports and Annual Surveillance Reports prepared by SDPD under the TRUST SD surveillance ordinance (Municipal Code ch. 2, art. 10), including drafts submitted to the Privacy Advisory Board, 2023 to present.",
'REQ-014': "Contracts and amendments for the DPS automated license plate reader (ALPR) program; system settings or policies governing retention of ALPR data; agreements to share ALPR data with other agencies or vendors; audits of ALPR data queries. 2020 to present.",
'REQ-015': "Purchase orders, licenses, contracts and user guides for social media monitoring or open-source intelligence tools used by the Arizona Counter Terrorism Information Center (ACTIC), 2022 to present.",
}
