from common import *

# 021 USAID unusual-circumstances extension, HTML + text, estimated date
t021 = """Dear Requester:

This letter concerns your Freedom of Information Act request F-00412-26, received on September 8, 2026, for
stop-work orders, termination notices and related correspondence for USAID/Guatemala health awards in 2025.

We have determined that unusual circumstances apply to the processing of your request, as defined in
5 U.S.C. 552(a)(6)(B)(iii), because (1) responsive records must be searched for and collected from the former
USAID/Guatemala Mission and from records retired after the 2025 reorganization, which are stored separately
from this office, and (2) we expect a voluminous amount of records. We are therefore extending the time limit
to respond to your request by ten additional working days.

Because we will need more than the ten additional days, your request has been placed in our complex track.
Our current estimated date of completion is January 29, 2027. You may narrow the scope of your request, or
agree to an alternative time frame, by contacting us.

""" + OGIS + """

Respectfully,
USAID FOIA Office"""
make('021-usaid-extension-unusual.eml', [
    ('From', 'USAID FOIA <foia@usaid.gov>'), ('To', plus('REQ-004')),
    ('Subject', 'F-00412-26 - Extension of Time (Unusual Circumstances)'), ('Date', when(2026, 9, 30, 10, 12, 0)),
    ('Message-ID', mid('021', 'usaid.gov'))],
    text=t021, html='<html><body style="font-family:Arial">' + t021.replace('\n\n', '</p><p>').replace('\n', ' ').join(['<p>', '</p>']) + '</body></html>',
    facts=dict(request='REQ-004', kind='extension', tracking_number='F-00412-26', clock='extension', estimated='2027-01-29',
               signals=['plus', 'tracking', 'subject'],
               why='USAID invokes unusual circumstances (+10 working days), complex track, estimated completion Jan 29, 2027'))

# 022 MCC clarification, threaded, quoting
make('022-mcc-clarification.eml', [
    ('From', 'Pereira, Ana L. <pereiraal@mcc.gov>'), ('To', plus('REQ-007')), ('Cc', 'MCC FOIA <foia@mcc.gov>'),
    ('Subject', 'RE: ' + rsubj('REQ-007') + ' [FY26-031]'), ('Date', when(2026, 10, 1, 16, 3, 51)),
    ('Message-ID', mid('022', 'mcc.gov')), ('In-Reply-To', rmid('REQ-007')), ('References', rmid('REQ-007'))],
    text="""Hi,

I'm handling FY26-031 for the FOIA office. Two questions before I go further:

- MCC has two Mozambique programs: the first compact (closed 2013) and the second compact (Connectivity and
  Coastal Resilience), signed in 2023. I assume you mean the second one - can you confirm?
- The final ESIAs and the Resettlement Policy Framework are already posted on our website. Do you want
  draft versions and the consultant comments on them, or only records that are not already public?

Once I have your answers I can task the search to the Department of Compact Operations and the
Environmental and Social Performance group. We will hold the request until we hear back.

Thanks,
Ana Pereira
FOIA Specialist, Office of the General Counsel
Millennium Challenge Corporation
""" + quote_request('REQ-007'),
    facts=dict(request='REQ-007', kind='clarification', tracking_number='FY26-031', signals=['thread', 'plus', 'tracking'],
               why='MCC specialist asks which compact and whether drafts are wanted; request held pending our answer'))

# 023 OFAC enforcement ack, Outlook letter in the body
make('023-treasury-ofac-ack-outlook.eml', [
    ('From', 'OFAC FOIA <ofac.foia@treasury.gov>'), ('To', plus('REQ-011')),
    ('Subject', 'RE: ' + rsubj('REQ-011')), ('Date', when(2026, 10, 2, 11, 24, 38)),
    ('Message-ID', mid('023', 'PH0PR09MB7730.namprd09.prod.outlook.com')),
    ('In-Reply-To', rmid('REQ-011')), ('References', rmid('REQ-011')),
    ('Thread-Topic', rsubj('REQ-011')), ('Thread-Index', 'AdkyQ0T9bKp2HsR0QaC1nV8c3e4aXw==')],
    text="""Dear Requester:

This acknowledges receipt of your Freedom of Information Act request, received by Treasury Departmental Offices
on September 22, 2026, for records of OFAC enforcement actions, pre-penalty notices, settlement agreements and
cautionary or Finding of Violation letters concerning virtual currency exchanges, from 2022 to the present.

Your request has been assigned case number 2026-09-241.

Please note that OFAC publishes civil penalties and enforcement information on its website. Records of
open investigations, and records shared with OFAC by law enforcement agencies, may be exempt from disclosure.

Sincerely,
Disclosure Services
Department of the Treasury
""" + quote_request('REQ-011', 'outlook'),
    facts=dict(request='REQ-011', kind='acknowledgment', tracking_number='2026-09-241', clock='received_on_sent_date',
               signals=['thread', 'plus', 'tracking-new'],
               why='Treasury/OFAC ack letter in body: received Sep 22 (= sent), case 2026-09-241'))

# 024 Peace Corps ack for the Vanuatu request (new fiscal-year number)
make('024-peacecorps-ack-fy27.eml', [
    ('From', 'FOIA <foia@peacecorps.gov>'), ('To', plus('REQ-016')),
    ('Subject', 'FOIA No. 27-0009 acknowledgment'), ('Date', when(2026, 10, 6, 9, 15, 2)),
    ('Message-ID', mid('024', 'DM6PR09MB4417.namprd09.prod.outlook.com'))],
    text="""Good morning,

We received your FOIA request yesterday, October 5, 2026, for the Peace Corps country agreement with the
Republic of Vanuatu and any amendments, exchanges of diplomatic notes or correspondence about it from 2025 to
2026. It has been assigned FOIA No. 27-0009.

We will be in touch.

FOIA/Privacy Act Office
Peace Corps
""", facts=dict(request='REQ-016', kind='acknowledgment', tracking_number='27-0009', clock='received_on_sent_date',
                signals=['plus', 'tracking-new', 'subject'],
                why='Peace Corps ack: received Oct 5 (= sent), FY27 number 27-0009'))

# 025 BIS denial in a PDF: ECRA confidentiality, (b)(3)
l025 = """UNITED STATES DEPARTMENT OF COMMERCE
Bureau of Industry and Security
Washington, D.C. 20230

October 6, 2026

Records Desk
foia+req-010@newsroom.example.org

Re: FOIA Request DOC-BIS-2026-001877

Dear Requester:

This responds to your Freedom of Information Act (FOIA) request received September 11, 2026, for all export license applications submitted by or on behalf of Huaqin Semiconductor Co., Ltd., and BIS determinations, return-without-action letters and denial letters concerning those applications.

A search of the Bureau's licensing database (SNAP-R/ECASS) located records responsive to your request. All of the responsive records are being withheld in full pursuant to FOIA Exemption 3, 5 U.S.C. 552(b)(3), which protects information specifically exempted from disclosure by statute. The applicable statute is Section 1761(h) of the Export Control Reform Act of 2018, 50 U.S.C. 4820(h), which provides that information obtained for the purpose of consideration of, or concerning, license applications shall be withheld from public disclosure unless the release is determined to be in the national interest. No such determination has been made. Portions of the records are also withheld under Exemption 4, 5 U.S.C. 552(b)(4), as confidential commercial information of the applicant.

You have the right to appeal this determination. An appeal must be received within 90 calendar days of the date of this letter by the Assistant General Counsel for Litigation, Employment, and Oversight, Office of the General Counsel, U.S. Department of Commerce, Room 5896, 1401 Constitution Avenue NW, Washington, DC 20230, or electronically through FOIAonline/PAL or at FOIAAppeals@doc.gov. Both the letter and the envelope or e-mail subject line should be clearly marked "Freedom of Information Act Appeal."

""" + OGIS + """

Sincerely,

FOIA Officer
Bureau of Industry and Security"""
make('025-bis-denial-ecra-pdf.eml', [
    ('From', 'BIS FOIA <foia@bis.doc.gov>'), ('To', plus('REQ-008')),
    ('Subject', 'Final Response - DOC-BIS-2026-001877'), ('Date', when(2026, 10, 6, 15, 55, 10)),
    ('Message-ID', mid('025', 'bis.doc.gov'))],
    text="Dear Requester,\n\nPlease see the attached final response to your FOIA request.\n\nBIS FOIA Office\n",
    attachments=[('DOC-BIS-2026-001877 Final Response.pdf', 'application/pdf', pdf(l025.split('\n'), 'Final Response'))],
    facts=dict(request='REQ-008', kind='denial', tracking_number='DOC-BIS-2026-001877', adverse_determination=True,
               signals=['plus', 'tracking', 'subject'],
               why='BIS withholds all Huaqin license records in full under (b)(3)/ECRA 50 U.S.C. 4820(h) and (b)(4); appeal rights 90 days'))
# note: the PDF's address block mistakenly shows the req-010 plus address (a real-world copy/paste slip); the e-mail To: is req-008.

# 026 State unusual circumstances extension, long letter in body with long lines (quoted-printable)
t026 = ("Dear Requester:\n\n"
    "This letter concerns your Freedom of Information Act (FOIA) request, Case Number F-2026-14187, received by the Office of Information Programs and Services on September 3, 2026, for records of Leahy vetting conducted for units of the Colombian National Police from 2022 through 2025.\n\n"
    "The FOIA requires agencies to make a determination on a request within 20 working days of receipt, but permits an extension of up to ten additional working days in unusual circumstances. Unusual circumstances apply to your request because the Department must (1) search for and collect records from an establishment separate from the office processing the request, namely U.S. Embassy Bogota and the Bureau of Democracy, Human Rights, and Labor; (2) search for, collect and examine a voluminous amount of separate and distinct records; and (3) consult with other agencies having a substantial interest in the determination, including the Department of Defense and the Department of Justice. We are therefore extending the time limit for a determination on your request by ten working days.\n\n"
    "Because we will not be able to complete processing within that extended period, your request will remain in the complex processing track. We currently estimate that we will complete action on your request by June 30, 2027. The Department processes requests on a first-in, first-out basis within each track, and this estimate reflects the number of requests ahead of yours. We will make interim releases of responsive, non-exempt records as they become available.\n\n"
    "You may wish to limit the scope of your request (for example, by limiting it to final vetting decisions, or to a shorter time period) or to arrange an alternative time frame for processing. To do so, please contact the analyst assigned to your case through FOIAStatus@state.gov, or our FOIA Public Liaison at 202-261-8484.\n\n"
    + OGIS + "\n\nSincerely,\n\nRequester Liaison Division\nOffice of Information Programs and Services\nU.S. Department of State\n")
make('026-state-extension-long-letter.eml', [
    ('From', 'FOIAStatus <FOIAStatus@state.gov>'), ('To', plus('REQ-001')),
    ('Subject', 'Case Number F-2026-14187 - Notice of Unusual Circumstances'), ('Date', when(2026, 10, 7, 14, 2, 50)),
    ('Message-ID', mid('026', 'SA1PR09MB8840.namprd09.prod.outlook.com'))],
    text=t026,
    facts=dict(request='REQ-001', kind='extension', tracking_number='F-2026-14187', clock='extension', estimated='2027-06-30',
               signals=['plus', 'tracking', 'subject'],
               why='State invokes unusual circumstances (+10 working days: post abroad, volume, consultation with DoD/DOJ); estimated June 30, 2027'))

# 027 USTR ack for REQ-015 with a received date after the sent date
make('027-ustr-ack-received-next-day.eml', [
    ('From', 'USTR FOIA <FOIA@ustr.eop.gov>'), ('To', plus('REQ-015')),
    ('Subject', 'USTR-2026-0249 - Acknowledgment of FOIA Request'), ('Date', when(2026, 10, 8, 10, 2, 11)),
    ('Message-ID', mid('027', 'ustr.eop.gov'))],
    text="""Dear Requester:

The Office of the United States Trade Representative received your Freedom of Information Act request on
October 2, 2026 (your e-mail of October 1 was delivered to the FOIA mailbox after 5:00 p.m.). We have
assigned it tracking number USTR-2026-0249.

You asked for correspondence between USTR and members of the trade advisory committees concerning digital
trade provisions.

Sincerely,
FOIA Office
Office of the United States Trade Representative
""", facts=dict(request='REQ-015', kind='acknowledgment', tracking_number='USTR-2026-0249', clock='received:2026-10-02',
                signals=['plus', 'tracking-new', 'subject'],
                why='USTR ack: request of Oct 1 counted as received Oct 2 (after hours); USTR-2026-0249'))

# 028 DSCA extension for consultation, estimated date
make('028-dsca-extension-consultation.eml', [
    ('From', 'DSCA FOIA <dsca.foia@dsca.mil>'), ('To', plus('REQ-012')),
    ('Subject', 'DSCA 26-112 - Extension Notice'), ('Date', when(2026, 10, 9, 13, 27, 44)),
    ('Message-ID', mid('028', 'CY8PR09MB9012.namprd09.prod.outlook.com'))],
    text="""Dear Requester,

This is in reference to your FOIA request DSCA 26-112 for F-16 Letters of Offer and Acceptance and related
congressional notification records concerning Turkiye.

Our search located records that originated with or contain equities of the Department of State (Bureau of
Political-Military Affairs), the Department of the Air Force (Deputy Under Secretary of the Air Force for
International Affairs) and the purchasing government. The FOIA permits an extension of time in unusual
circumstances, including the need for consultation with another agency having a substantial interest in the
determination. We are invoking that extension of ten working days.

Because these consultations will take longer than ten working days, we now estimate completing your request
by February 26, 2027. You may contact us to narrow your request, and you may seek dispute resolution services
from our FOIA Public Liaison or from the Office of Government Information Services (OGIS), ogis@nara.gov,
202-741-5770.

V/r,
DSCA FOIA Office
""", facts=dict(request='REQ-012', kind='extension', tracking_number='DSCA 26-112', clock='extension', estimated='2027-02-26',
                signals=['plus', 'tracking', 'subject'],
                why='DSCA takes the 10-day extension for consultation with State PM and the Air Force; new estimate Feb 26, 2027'))

# 029 State portal status change, no substantive text
make('029-state-portal-status-inprocess.eml', [
    ('From', 'State Department FOIA <noreply@foia.state.gov>'), ('To', plus('REQ-003')),
    ('Subject', 'Status Update for Request F-2026-14655'), ('Date', when(2026, 10, 13, 6, 0, 31)),
    ('Message-ID', mid('029', 'foia.state.gov'))],
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px"><p>Dear Requester,</p>
<p>The status of request <b>F-2026-14655</b> has been changed to <b>In Process</b>.</p>
<p>Please sign in to the FOIA Public Access Link to view details.</p>
<p style="color:#666;font-size:11px">This is a system-generated message. Replies to this address are not monitored.</p></body></html>""",
    facts=dict(request='REQ-003', kind='portal_notice', tracking_number='F-2026-14655', signals=['plus', 'tracking'],
               why='State PAL status change to In Process; no substantive text'))

# 030 USAID hedged fee notice (REQ-004)
make('030-usaid-fee-may-apply.eml', [
    ('From', 'USAID FOIA <foia@usaid.gov>'), ('To', plus('REQ-004')),
    ('Subject', 'F-00412-26 - Anticipated fees'), ('Date', when(2026, 10, 14, 9, 36, 8)),
    ('Message-ID', mid('030', 'usaid.gov'))],
    text="""Dear Requester:

Our initial search for request F-00412-26 indicates that a substantial part of the responsive records exists
only on paper in boxes retired from the USAID/Guatemala Mission. These would have to be scanned for release.

As a representative of the news media you are not charged search or review fees, but duplication beyond the
first 100 pages may be charged. We estimate roughly 1,300 pages of paper records, so fees of up to $120.00
(at $0.10 per page) may apply. Your request stated a willingness to pay only $25.00.

Please let us know in writing whether you agree to pay up to $120.00 or whether you would like to narrow the
request (for example, to the stop-work orders and termination notices themselves). We will not process the
paper records until we hear from you; electronic records will continue to be processed in the meantime.

Respectfully,
USAID FOIA Office
""", facts=dict(request='REQ-004', kind='fee_estimate', tracking_number='F-00412-26', signals=['plus', 'tracking', 'subject'],
                why='USAID: duplication fees up to $120 "may apply" for scanned paper; needs our written agreement before that part proceeds'))

dump_facts('part3')
