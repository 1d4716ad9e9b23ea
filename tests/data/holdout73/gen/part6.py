from common import *

# 051 State first interim release (PDF long letter): (b)(1) classified, referrals, consultations
l051 = """United States Department of State
Washington, D.C. 20520

December 2, 2026

Case No. F-2026-14655

Dear Requester:

We refer to our letter dated September 10, 2026, regarding the release of certain Department of State material under the Freedom of Information Act (the "FOIA"), 5 U.S.C. 552. This is our first interim response.

The search of the Bureau of Diplomatic Security, the Bureau of Administration (Office of Acquisitions Management) and U.S. Embassy Kyiv has located, to date, 37 documents responsive to your request for local guard force and security contractor task orders at U.S. Embassy Kyiv. After reviewing these documents, we have determined that 9 may be released in full and 14 may be released in part. Eight documents are withheld in full.

Certain information has been withheld pursuant to FOIA Exemption 1, 5 U.S.C. 552(b)(1), because it is properly classified under Executive Order 13526, Sections 1.4(c) (intelligence activities, sources or methods) and 1.4(d) (foreign relations or foreign activities of the United States), including the security posture and guard post orders of the Embassy. Other information has been withheld under Exemption 4 (contractor pricing and proprietary staffing plans), Exemption 6 (personal privacy of guard force members) and Exemption 7(F), which protects information whose release could reasonably be expected to endanger the life or physical safety of any individual.

Six documents originated with or contain information of other federal agencies. Four have been referred to the Department of Defense for direct response to you, and two are the subject of consultations with another agency; we will address those documents upon completion of the consultation process.

We will continue to process your request and expect to make our next release in approximately 60 days. Because this is an interim response, appeal rights for the withheld material will be described in our final response. You may contact our FOIA Requester Service Center or our FOIA Public Liaison at 202-261-8484, or FOIAStatus@state.gov.

""" + OGIS + """

Sincerely,

Programs and Policies Division
Office of Information Programs and Services

Enclosures: As stated (23 documents)"""
make('051-state-interim-b1-referrals.eml', [
    ('From', 'FOIAStatus <FOIAStatus@state.gov>'), ('To', plus('REQ-003')),
    ('Subject', 'F-2026-14655 - First Interim Release'), ('Date', when(2026, 12, 2, 16, 44, 2)),
    ('Message-ID', mid('051', 'SA1PR09MB8840.namprd09.prod.outlook.com'))],
    text="Good afternoon,\n\nPlease see the attached interim response letter. The released documents are available in the FOIA Public Access Link under your case number.\n\nIPS\n",
    attachments=[('F-2026-14655 Interim 1 Letter.pdf', 'application/pdf', pdf(l051.split('\n'), 'Interim 1'))],
    facts=dict(request='REQ-003', kind='records_interim', tracking_number='F-2026-14655', signals=['plus', 'tracking', 'subject'],
               why='State first interim: 37 docs, (b)(1) classified E.O. 13526 1.4(c)/(d), (b)(4)/(b)(6)/(b)(7)(F); referrals to DoD and consultations pending'))

# 052 BIS denial, HTML only: ERC minutes withheld in full ((b)(1), (b)(3), (b)(5))
make('052-bis-denial-erc-minutes-html.eml', [
    ('From', 'BIS FOIA <foia@bis.doc.gov>'), ('To', plus('REQ-009')),
    ('Subject', 'Response to FOIA Request DOC-BIS-2026-001902'), ('Date', when(2026, 12, 3, 15, 20, 0)),
    ('Message-ID', mid('052', 'bis.doc.gov'))],
    html="""<html><body style="font-family:Times New Roman;font-size:12pt">
<p>December 3, 2026</p><p>Re: FOIA Request DOC-BIS-2026-001902</p><p>Dear Requester:</p>
<p>This is the Bureau of Industry and Security's response to your request for End-User Review Committee (ERC) meeting records and Entity List decisions for 2024 and 2025. Following consultation with the ERC member agencies, BIS has identified 1,046 pages of responsive records consisting of ERC meeting minutes, voting records and the supporting analyses presented to the Committee.</p>
<p>All of these records are withheld in full. Portions are classified at the SECRET level under Executive Order 13526, Section 1.4(c) and (d), and are exempt under <b>Exemption 1</b>, 5 U.S.C. 552(b)(1). The records reflect the pre-decisional deliberations of the member agencies and are exempt under <b>Exemption 5</b>, 5 U.S.C. 552(b)(5). Information concerning license applications is exempt under <b>Exemption 3</b>, 5 U.S.C. 552(b)(3), in conjunction with 50 U.S.C. 4820(h). We reviewed the records for reasonably segregable non-exempt information and determined that none can be released without revealing exempt information. The Committee's final decisions are published in the <i>Federal Register</i> and are publicly available.</p>
<p>You may appeal this determination within 90 calendar days of the date of this letter to the Assistant General Counsel for Litigation, Employment, and Oversight, U.S. Department of Commerce, at FOIAAppeals@doc.gov. You may also seek dispute resolution services from the BIS FOIA Public Liaison or from the Office of Government Information Services (OGIS), ogis@nara.gov.</p>
<p>Sincerely,<br>FOIA Officer<br>Bureau of Industry and Security</p></body></html>""",
    facts=dict(request='REQ-009', kind='denial', tracking_number='DOC-BIS-2026-001902', adverse_determination=True,
               signals=['plus', 'tracking', 'subject'],
               why='BIS withholds all 1,046 pages of ERC records in full under (b)(1) classified, (b)(3)/ECRA and (b)(5); appeal 90 days'))

# 053 Treasury FOIA PAL correspondence-added notice
make('053-treasury-pal-correspondence.eml', [
    ('From', 'Treasury FOIA PAL <foiapal-noreply@treasury.gov>'), ('To', plus('REQ-011')),
    ('Subject', 'Correspondence Added to Request 2026-09-241'), ('Date', when(2026, 12, 7, 5, 30, 18)),
    ('Message-ID', mid('053', 'foiapal.treasury.gov'))],
    text="""This is an automated notification from the Department of the Treasury FOIA Public Access Link.

New correspondence has been added to request 2026-09-241. Please log in to the Public Access Link to view it.

Do not reply to this e-mail.
""", facts=dict(request='REQ-011', kind='portal_notice', tracking_number='2026-09-241', signals=['plus', 'tracking'],
                why='Treasury FOIA PAL says correspondence was added; no content in the e-mail'))

# 054 DSCA interim release with (b)(1) and (b)(4)
make('054-dsca-interim-loa.eml', [
    ('From', 'Harlan, Scott M CIV DSCA (USA) <scott.m.harlan.civ@dsca.mil>'), ('To', plus('REQ-012')), ('Cc', 'DSCA FOIA <dsca.foia@dsca.mil>'),
    ('Subject', 'DSCA 26-112 Interim Release 1 of 2'), ('Date', when(2026, 12, 10, 14, 40, 9)),
    ('Message-ID', mid('054', 'CY8PR09MB9012.namprd09.prod.outlook.com'))],
    text="""Dear Requester,

This is an interim response to FOIA request DSCA 26-112. Following consultation with the Department of State,
DSCA is releasing 63 pages consisting of the congressional notification transmittal, the Section 36(b)(1)
notification and its policy justification, and the basic Letter of Offer and Acceptance with Amendment 1.

Portions of these records are withheld under:
  - 5 U.S.C. 552(b)(1): information classified CONFIDENTIAL under E.O. 13526, Sec. 1.4(a) and 1.4(d)
    (military plans and systems; foreign government information and foreign relations);
  - 5 U.S.C. 552(b)(4): line-item pricing and contractor cost data;
  - 5 U.S.C. 552(b)(6): names of junior personnel.

Amendments 2 through 4 and the associated case notes remain in consultation with the Department of State and
will be addressed in our final release. Appeal rights will accompany the final response.

V/r,
Scott Harlan
Government Information Specialist, DSCA FOIA
""", facts=dict(request='REQ-012', kind='records_interim', tracking_number='DSCA 26-112', signals=['plus', 'tracking', 'subject'],
                why='DSCA interim release 1 of 2: 63 pages with (b)(1) classified, (b)(4), (b)(6); remainder still in State consultation'))

# 055 Peace Corps final response with PDF letter, partial withholdings
l055 = """PEACE CORPS
1275 First Street NE, Washington, DC 20526

December 14, 2026

Re: FOIA No. 26-0147

Dear Requester:

This is the final response to your Freedom of Information Act request for records relating to the evacuation and early termination of Peace Corps volunteers serving in Niger and Gabon in 2023 and 2024. We granted your request for news media fee status on October 21, 2026; no fees are due.

Following our telephone discussion of October 21, 2026, you agreed to exclude volunteer medical records. We searched the Office of Safety and Security, the Office of Global Operations, the Africa Region and the posts' records and located 143 pages. We are releasing 88 pages in full and 55 pages in part. Information was withheld under Exemption 5, 5 U.S.C. 552(b)(5) (deliberative process: draft emergency action plan assessments), and Exemption 6, 5 U.S.C. 552(b)(6) (names, locations and personal circumstances of individual volunteers).

You may appeal within 90 days of the date of this letter to the FOIA Appeals Officer, Peace Corps, at the address above or foia@peacecorps.gov. You may also seek assistance from our FOIA Public Liaison or from OGIS.

Sincerely,
FOIA/Privacy Act Officer"""
make('055-peacecorps-final-pdf.eml', [
    ('From', 'FOIA <foia@peacecorps.gov>'), ('To', plus('REQ-006')),
    ('Subject', 'Final response to your FOIA request'), ('Date', when(2026, 12, 14, 11, 52, 41)),
    ('Message-ID', mid('055', 'DM6PR09MB4417.namprd09.prod.outlook.com'))],
    text="Good morning,\n\nAttached are our final response letter and the released records.\n\nFOIA/Privacy Act Office\nPeace Corps\n",
    html='<html><body><p>Good morning,</p><p>Attached are our final response letter and the released records.</p><p>FOIA/Privacy Act Office<br>Peace Corps</p></body></html>',
    attachments=[('26-0147 Final Response Letter.pdf', 'application/pdf', pdf(l055.split('\n'), 'Final Response')),
                 ('26-0147 Release.pdf', 'application/pdf', pdf(['Niger - Emergency Action Plan activation summary (redacted (b)(6))', '', 'Gabon - early termination roster (redacted (b)(6))'], 'Release'))],
    facts=dict(request='REQ-006', kind='records_final', tracking_number='26-0147', adverse_determination=True,
               signals=['plus', 'tracking-filename', 'tracking-attachment'],
               why='Peace Corps final: 143 pages, 55 in part under (b)(5)/(b)(6); number only in attachment names and letter; appeal 90 days'))

# 056 USAID no records for its remaining portion
make('056-usaid-no-records-remainder.eml', [
    ('From', 'USAID FOIA <foia@usaid.gov>'), ('To', plus('REQ-005')),
    ('Subject', 'Final Response - F-00436-26'), ('Date', when(2026, 12, 16, 10, 4, 57)),
    ('Message-ID', mid('056', 'usaid.gov'))],
    text="""Dear Requester:

This is USAID's final response to your FOIA request F-00436-26. As we informed you on October 20, 2026, the
portion of your request covering awards made after July 1, 2025 was referred to the Department of State.

For the remaining portion (awards made in fiscal years 2024 and 2025 before July 1, 2025), the Office of
Acquisition and Assistance searched the Global Acquisition and Assistance System (GLAAS) and the former
Bureau for Humanitarian Assistance's award files. Humanitarian logistics and commodity transport for Sudan
and Chad in that period was carried out under grants to public international organizations, which are not
contracts or task orders. No records responsive to your request as written were located.

You may appeal this determination within 90 days of the date of this letter by writing to the USAID FOIA
Appeals Officer at foia@usaid.gov. """ + OGIS + """

Respectfully,
USAID FOIA Office
""", facts=dict(request='REQ-005', kind='no_records', tracking_number='F-00436-26', adverse_determination=True,
                signals=['plus', 'tracking', 'subject'],
                why='USAID final: no contracts/task orders found for its remaining portion (work was under PIO grants); appeal 90 days'))

# 057 NDR from treasury.gov: mailbox full, for our follow-up on REQ-010
orig = '<fu-010.20261221.1@newsroom.example.org>'
b = "=_NDR_5c0e7d21aa"
ndr = f"""From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@treasury.gov>
To: foia@newsroom.example.org
Date: {when(2026, 12, 21, 9, 31, 15)}
Subject: Undeliverable: RE: FOIA 2026-09-118 - Fee Estimate / Advance Payment Required
Message-ID: <a7c3f0d1-91b2-4e0a-8f3c-57d6e2b90a11@PH0PR09MB7730.namprd09.prod.outlook.com>
In-Reply-To: {orig}
References: {rmid('REQ-010')} {orig}
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

Ramos, Teresa (OFAC) (teresa.ramos@treasury.gov)
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or
contact the recipient directly.

Diagnostic information for administrators:
Generating server: PH0PR09MB7730.namprd09.prod.outlook.com
teresa.ramos@treasury.gov
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns;PH0PR09MB7730.namprd09.prod.outlook.com
Received-From-MTA: dns;mail-sor-f69.google.com
Arrival-Date: Mon, 21 Dec 2026 14:31:12 +0000

Final-Recipient: rfc822;teresa.ramos@treasury.gov
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;STOREDRV.Deliver.Exception:QuotaExceededException

--{b}
Content-Type: text/rfc822-headers

From: FOIA Desk <foia@newsroom.example.org>
Reply-To: {plus('REQ-010')}
To: "Ramos, Teresa (OFAC)" <teresa.ramos@treasury.gov>
Subject: RE: FOIA 2026-09-118 - Fee Estimate / Advance Payment Required
Date: Mon, 21 Dec 2026 09:31:08 -0500
Message-ID: {orig}
In-Reply-To: {rmid('REQ-010')}
References: {rmid('REQ-010')}

--{b}--
"""
write_raw('057-treasury-ndr-mailbox-full.eml', ndr, dict(request='REQ-010', kind='bounce', tracking_number=None,
          signals=['thread', 'thread-embedded'],
          why='Exchange NDR (mailbox full) for our follow-up to the OFAC analyst on 2026-09-118; a bounce, not an agency answer'))

# 058 USTR second interim release
make('058-ustr-interim-2.eml', [
    ('From', 'USTR FOIA <FOIA@ustr.eop.gov>'), ('To', plus('REQ-014')),
    ('Subject', 'USTR-2026-0231 Interim Response #2'), ('Date', when(2026, 12, 22, 15, 5, 33)),
    ('Message-ID', mid('058', 'ustr.eop.gov'))],
    html="""<html><body style="font-family:Calibri"><p>Dear Requester:</p>
<p>This is the second interim response to your FOIA request USTR-2026-0231 concerning the Section 301 tariff exclusion process. We have reviewed an additional 212 pages: 140 are released in full and 72 in part, with information withheld under Exemptions 4, 5 and 6 as described in our first interim response. Twenty-six pages originating with the Department of Commerce have been sent to Commerce for consultation.</p>
<p>We expect to complete processing with one further release in January 2027.</p>
<p>Release package: <a href="https://ustr.sharefile.com/d-s9e7a1b30c44">https://ustr.sharefile.com/d-s9e7a1b30c44</a></p>
<p>Sincerely,<br>FOIA Office, USTR</p></body></html>""",
    facts=dict(request='REQ-014', kind='records_interim', tracking_number='USTR-2026-0231', signals=['plus', 'tracking', 'subject'],
               why='USTR second interim release (212 pages), Commerce consultation, final release expected January'))

# 059 OFAC final response, partial withholdings
make('059-treasury-ofac-final.eml', [
    ('From', 'OFAC FOIA <ofac.foia@treasury.gov>'), ('To', plus('REQ-010')),
    ('Subject', 'FOIA 2026-09-118 - Final Response'), ('Date', when(2027, 1, 6, 13, 18, 24)),
    ('Message-ID', mid('059', 'PH0PR09MB7730.namprd09.prod.outlook.com'))],
    text="""Dear Requester:

This is the final response to your FOIA request 2026-09-118 for specific licenses issued under the Venezuela
Sanctions Regulations during 2025.

OFAC has processed the remaining 3,050 pages, including the pages returned to us by the Department of State
following consultation. 1,204 pages are released in full, 1,702 pages are released in part and 144 pages are
withheld in full under Exemption 4, 5 U.S.C. 552(b)(4), Exemption 5, 5 U.S.C. 552(b)(5), and Exemption 6,
5 U.S.C. 552(b)(6). This completes the processing of your request.

You have the right to appeal this determination. Your appeal must be submitted within 90 days of the date of
this letter, in writing, to the Appeals Officer, Disclosure Services, Department of the Treasury, 1500
Pennsylvania Avenue NW, Washington, DC 20220, or through the Treasury FOIA Public Access Link. You may seek
dispute resolution services from the Treasury FOIA Public Liaison or from OGIS.

Disclosure Services
Department of the Treasury
""", facts=dict(request='REQ-010', kind='records_final', tracking_number='2026-09-118', adverse_determination=True,
                signals=['plus', 'tracking', 'subject'],
                why='OFAC final: remaining 3,050 pages, partial and full withholdings (b)(4)/(b)(5)/(b)(6); appeal 90 days'))

# 060 USTR final response
make('060-ustr-final.eml', [
    ('From', 'USTR FOIA <FOIA@ustr.eop.gov>'), ('To', plus('REQ-014')),
    ('Subject', 'USTR-2026-0231 Final Response'), ('Date', when(2027, 1, 12, 16, 2, 0)),
    ('Message-ID', mid('060', 'ustr.eop.gov'))],
    text="""Dear Requester:

This is USTR's final response to your FOIA request USTR-2026-0231. The Department of Commerce has completed its
consultation on the 26 pages described in our second interim response. We are releasing those pages and the
remaining 64 pages, 51 in full and 39 in part. Information is withheld under Exemption 5 (deliberative process
privilege) and Exemption 6 (personal privacy). This completes our response to your request.

You may appeal this response within 90 days of the date of this letter by writing to the FOIA Appeals
Committee, Office of the United States Trade Representative, 600 17th Street NW, Washington, DC 20508, or
FOIA@ustr.eop.gov. You may also contact our FOIA Public Liaison or OGIS for dispute resolution services.

Sincerely,
FOIA Office
Office of the United States Trade Representative
""", facts=dict(request='REQ-014', kind='records_final', tracking_number='USTR-2026-0231', adverse_determination=True,
                signals=['plus', 'tracking', 'subject'],
                why='USTR final release after Commerce consultation; (b)(5)/(b)(6) redactions; appeal 90 days'))

dump_facts('part6')
