from common import *

# 041 State PAL generic update notice
make('041-state-portal-updated.eml', [
    ('From', 'State Department FOIA <noreply@foia.state.gov>'), ('To', plus('REQ-001')),
    ('Subject', 'Request F-2026-14187 has been updated'), ('Date', when(2026, 11, 4, 6, 0, 12)),
    ('Message-ID', mid('041', 'foia.state.gov'))],
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px"><p>Dear Requester,</p>
<p>Your request <b>F-2026-14187</b> has been updated. Sign in to the FOIA Public Access Link to view the current status and any correspondence.</p>
<p style="color:#666;font-size:11px">This is a system-generated message. Replies to this address are not monitored.</p></body></html>""",
    facts=dict(request='REQ-001', kind='portal_notice', tracking_number='F-2026-14187', signals=['plus', 'tracking'],
               why='State PAL "request has been updated" with no content'))

# 042 Colleague forwards a DSCA referral notice (inline forward)
make('042-fwd-dsca-referral-air-force.eml', [
    ('From', 'Priya Raman <praman@newsroom.example.org>'), ('To', 'FOIA Desk <foia@newsroom.example.org>'),
    ('Subject', 'Fwd: DSCA 26-112 - Referral to Department of the Air Force'), ('Date', when(2026, 11, 5, 10, 27, 3)),
    ('Message-ID', '<CAK7v9pQ2f0x1Lr5b@mail.gmail.com>')],
    text="""This came to me directly because I was the contact on the Turkey F-16 request. Filing it here. -Priya

---------- Forwarded message ---------
From: Harlan, Scott M CIV DSCA (USA) <scott.m.harlan.civ@dsca.mil>
Date: Wed, Nov 4, 2026 at 4:51 PM
Subject: DSCA 26-112 - Referral to Department of the Air Force
To: Priya Raman <praman@newsroom.example.org>
Cc: DSCA FOIA <dsca.foia@dsca.mil>


Ms. Raman,

In processing DSCA 26-112 we located 212 pages of case documentation (pricing and availability data, amendment
working papers) that originated with the Air Force Security Assistance and Cooperation Directorate. Under
DoD policy those pages have been referred to the Department of the Air Force FOIA office for direct response
to you. The Air Force will assign its own case number.

DSCA is continuing to process the remaining LOA and notification records and our consultation with the
Department of State is ongoing. Our February 26 estimate remains unchanged.

V/r,
Scott Harlan
Government Information Specialist, DSCA FOIA
""", facts=dict(request='REQ-012', kind='other', tracking_number='DSCA 26-112', signals=['tracking', 'subject'],
                why='colleague forwards a DSCA notice referring 212 pages to the Air Force for direct response; DSCA keeps processing'))

# 043 USAID first interim release, number in the attachment name and body
l043 = """USAID FOIA Office
Washington, DC 20523

November 9, 2026

Re: F-00412-26 - Interim Response No. 1

Dear Requester:

This is the first interim response to your request for stop-work orders and termination notices for USAID/Guatemala health awards in 2025. We have processed the electronic records located to date: 84 pages, of which 52 are released in full and 32 are released in part. Withheld information is protected by Exemption 4 (5 U.S.C. 552(b)(4), confidential commercial and financial information of implementing partners) and Exemption 6 (5 U.S.C. 552(b)(6), personal privacy).

Thank you for agreeing to pay duplication fees of up to $120.00 for the scanned paper records. We are scanning those records and expect to make our next release in approximately 60 days. Your appeal rights will be provided with our final response.

Respectfully,
USAID FOIA Office"""
make('043-usaid-interim-1.eml', [
    ('From', 'USAID FOIA <foia@usaid.gov>'), ('To', plus('REQ-004')),
    ('Subject', 'Interim Response - F-00412-26'), ('Date', when(2026, 11, 9, 15, 2, 48)),
    ('Message-ID', mid('043', 'usaid.gov'))],
    text="Dear Requester,\n\nPlease see the attached interim response letter and released records.\n\nUSAID FOIA Office\n",
    attachments=[('F-00412-26_Interim_1_Letter.pdf', 'application/pdf', pdf(l043.split('\n'), 'Interim Response 1')),
                 ('F-00412-26_Interim_1_Records.pdf', 'application/pdf', pdf(['[Released records, 84 pages - Bates USAID-F412-000001 to 000084]', '', 'STOP-WORK ORDER', 'Award No. 72052025CA00007 (redacted (b)(4))'], 'Records'))],
    facts=dict(request='REQ-004', kind='records_interim', tracking_number='F-00412-26', signals=['plus', 'tracking', 'subject'],
               why='USAID first interim release: 84 pages, (b)(4)/(b)(6); paper records to follow in ~60 days'))

# 044 USTR officer out-of-office, threaded to REQ-015
make('044-ustr-ooo.eml', [
    ('From', 'Castellanos, Monica <Monica.Castellanos@ustr.eop.gov>'), ('To', plus('REQ-015')),
    ('Subject', 'Automatic reply: RE: USTR-2026-0249 - Acknowledgment of FOIA Request'), ('Date', when(2026, 11, 10, 9, 5, 0)),
    ('Message-ID', mid('044', 'ustr.eop.gov')),
    ('In-Reply-To', '<fu-015.20261110.1@newsroom.example.org>'),
    ('References', rmid('REQ-015') + ' <fu-015.20261110.1@newsroom.example.org>'),
    ('Auto-Submitted', 'auto-replied')],
    text="""Thank you for your message. I am out of the office through November 30 and will respond upon my return.
For FOIA matters please contact FOIA@ustr.eop.gov.
""", facts=dict(request='REQ-015', kind='auto_reply', tracking_number='USTR-2026-0249', signals=['thread', 'plus', 'tracking'],
                why='USTR FOIA officer out-of-office, threaded to our follow-up on REQ-015 (number only echoed in the subject)'))

# 045 OFAC interim release; number only in the attachment file name
l045 = """DEPARTMENT OF THE TREASURY
WASHINGTON, D.C.

November 12, 2026

Dear Requester:

This is the first interim response to your request for specific licenses issued under the Venezuela Sanctions Regulations during 2025. We received your advance payment of $410.00 on October 28, 2026.

OFAC has processed 1,150 pages. 318 pages are released in full, 790 pages are released in part, and 42 pages are withheld in full. Information has been withheld under Exemption 4, 5 U.S.C. 552(b)(4), which protects confidential commercial or financial information submitted by license applicants after notice to them under Executive Order 12600, and Exemption 6, 5 U.S.C. 552(b)(6). Certain information concerning U.S. foreign policy toward Venezuela has been referred to the Department of State for consultation; it will be addressed in a later release.

We will continue to process the remaining pages and expect to provide a further release within 60 days.

Disclosure Services"""
make('045-treasury-ofac-interim-filename.eml', [
    ('From', 'OFAC FOIA <ofac.foia@treasury.gov>'), ('To', 'foia@newsroom.example.org'),
    ('Subject', 'Interim Response No. 1 - Venezuela specific licenses'), ('Date', when(2026, 11, 12, 16, 31, 2)),
    ('Message-ID', mid('045', 'PH0PR09MB7730.namprd09.prod.outlook.com'))],
    text="Please find attached the first interim response to your request for Venezuela-related specific licenses, with the released pages.\n\nTreasury Disclosure Services\n",
    attachments=[('2026-09-118_Interim_Response_1.pdf', 'application/pdf', pdf(l045.split('\n'), 'Interim Response 1'))],
    facts=dict(request='REQ-010', kind='records_interim', tracking_number='2026-09-118', signals=['tracking-filename', 'subject'],
               why='OFAC first interim release (1,150 pages, (b)(4)/(b)(6), State consultation); number only in the attachment name'))

# 046 State administrative closure for no response to clarification
t046 = """Dear Requester:

On September 17, 2026, the Department wrote to ask you to clarify your FOIA request F-2026-14210, for
communications with registered lobbyists concerning a U.S.-Democratic Republic of the Congo critical minerals
partnership, and on October 16, 2026 we sent a reminder. We informed you that if we did not receive a response
within 30 days we would assume you were no longer interested in pursuing the request.

As we have not received a response, we have administratively closed your request. This closure does not
prevent you from submitting a new request. Should you do so, please address the questions in our September 17
letter so that your request reasonably describes the records sought.

If you consider this closure an adverse determination, you may appeal by writing to the Appeals Officer,
Appeals Review Panel, Office of the Legal Adviser, Department of State, within 90 days of the date of this
letter. """ + OGIS + """

Sincerely,
Requester Liaison Division
Office of Information Programs and Services"""
make('046-state-closure-no-response.eml', [
    ('From', 'FOIAStatus <FOIAStatus@state.gov>'), ('To', plus('REQ-002')),
    ('Subject', 'Case Number F-2026-14210 - Administrative Closure'), ('Date', when(2026, 11, 16, 13, 12, 45)),
    ('Message-ID', mid('046', 'SA1PR09MB8840.namprd09.prod.outlook.com'))],
    text=t046,
    facts=dict(request='REQ-002', kind='denial', tracking_number='F-2026-14210', adverse_determination=True,
               signals=['plus', 'tracking', 'subject'],
               why='State closes the lobbyist request for no answer to its clarification letter; appeal rights given'))

# 047 DSCA no records, points to AFRICOM / OUSD(P)
make('047-dsca-no-records.eml', [
    ('From', 'DSCA FOIA <dsca.foia@dsca.mil>'), ('To', 'FOIA Desk <foia@newsroom.example.org>'),
    ('Subject', 'DSCA 26-131 Final Response'), ('Date', when(2026, 11, 18, 10, 45, 30)),
    ('Message-ID', mid('047', 'CY8PR09MB9012.namprd09.prod.outlook.com'))],
    text="""Dear Requester,

This is the final response to your FOIA request DSCA 26-131 for Section 333 building partner capacity program
records concerning Somalia, FY2023-FY2026.

The Office of International Operations and the Directorate for Security Assistance Programs searched the
Security Cooperation Information Portal and their shared drives. No records responsive to your request were
located. Section 333 program proposals and implementation plans for Somalia are developed and maintained by
U.S. Africa Command and the Office of the Under Secretary of Defense for Policy; you may wish to submit a
request to those components directly.

You may appeal this no-records determination within 90 calendar days of the date of this letter to the
Office of the Deputy Chief Management Officer / ODCMO Directorate for Oversight and Compliance, or via
https://pal.whs.mil. You may also contact the DSCA FOIA Public Liaison or OGIS for dispute resolution.

V/r,
DSCA FOIA Office
""", facts=dict(request='REQ-013', kind='no_records', tracking_number='DSCA 26-131', adverse_determination=True,
                signals=['tracking', 'subject'],
                why='DSCA finds no Section 333 Somalia records (held by AFRICOM/OUSD(P)); appeal 90 days'))

# 048 MCC final response with (b)(4) withholdings after submitter notice
make('048-mcc-final-b4.eml', [
    ('From', 'Pereira, Ana L. <pereiraal@mcc.gov>'), ('To', plus('REQ-007')), ('Cc', 'MCC FOIA <foia@mcc.gov>'),
    ('Subject', 'FY26-031 final response'), ('Date', when(2026, 11, 19, 14, 2, 10)),
    ('Message-ID', mid('048', 'mcc.gov'))],
    text="""Hi,

This is MCC's final response to FY26-031 (Mozambique compact ESIA and due diligence records).

The submitter notice period under E.O. 12600 has ended. We are releasing the remaining 96 pages of consultant
deliverables: 61 pages in full and 35 pages in part. The redacted portions are unit pricing, staffing rates
and proprietary methodology, withheld under Exemption 4 (5 U.S.C. 552(b)(4)), and the names and phone numbers
of affected-household members in the resettlement survey annex, withheld under Exemption 6 (5 U.S.C.
552(b)(6)). Together with the 212 pages released October 16, this completes our response.

You may appeal within 90 days of the date of this response to MCC's FOIA Appeals Officer at foia@mcc.gov,
with "FOIA Appeal" in the subject line. Our FOIA Public Liaison and OGIS are available for dispute resolution.

Download: https://mcc.box.com/s/q8x0r4ufy26031final

Ana Pereira
FOIA Specialist, Office of the General Counsel
Millennium Challenge Corporation
""", facts=dict(request='REQ-007', kind='records_final', tracking_number='FY26-031', adverse_determination=True,
                signals=['plus', 'tracking', 'subject'],
                why='MCC final release: 96 pages, 35 in part under (b)(4)/(b)(6); completes the request; appeal 90 days'))

# 049 State press statement via GovDelivery (null; topic overlaps REQ-001)
make('049-state-press-colombia-null.eml', [
    ('From', 'U.S. Department of State <usstatebpa@public.govdelivery.com>'), ('To', 'foia@newsroom.example.org'),
    ('Subject', 'Press Statement: Renewed U.S.-Colombia Security Cooperation Framework'), ('Date', when(2026, 11, 23, 17, 30, 0)),
    ('Message-ID', mid('049', 'public.govdelivery.com')),
    ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USSTATEBPA/subscriber/edit?preferences=true>')],
    html="""<html><body style="font-family:Georgia,serif"><p><b>PRESS STATEMENT</b><br>Office of the Spokesperson<br>November 23, 2026</p>
<p>The United States and Colombia today renewed their framework for security cooperation, reaffirming a shared commitment to counternarcotics efforts, the rule of law and respect for human rights. U.S. assistance to Colombian security forces will continue to be provided consistent with U.S. law, including the human rights vetting requirements of the Foreign Assistance Act.</p>
<p>For further information, please contact the Office of Press Operations.</p>
<hr><p style="font-size:11px">You are subscribed to Press Releases for the U.S. Department of State. <a href="https://public.govdelivery.com/accounts/USSTATEBPA/subscriber/edit">Update your subscriptions</a>.</p></body></html>""",
    facts=dict(request=None, kind='other', tracking_number=None, signals=['none'],
               why='State Department press-release subscription on Colombia security cooperation; topic echoes REQ-001 but it is not a reply'))

# 050 USTR clarification (REQ-015)
make('050-ustr-clarification.eml', [
    ('From', 'Castellanos, Monica <Monica.Castellanos@ustr.eop.gov>'), ('To', plus('REQ-015')), ('Cc', 'USTR FOIA <FOIA@ustr.eop.gov>'),
    ('Subject', 'USTR-2026-0249 - please clarify scope'), ('Date', when(2026, 12, 1, 11, 15, 39)),
    ('Message-ID', mid('050', 'ustr.eop.gov'))],
    text="""Good morning,

I'm back in the office and working on USTR-2026-0249. USTR's trade advisory system includes the Advisory
Committee for Trade Policy and Negotiations, the Industry Trade Advisory Committees (ITACs), the Labor
Advisory Committee and several others, with several hundred cleared advisors. As written, the request would
require a search of every negotiating office's e-mail.

Could you tell us (1) which committees you are interested in - for example ITAC 8 (Information and
Communications Technologies, Services, and Electronic Commerce) - and (2) what you mean by "digital trade
provisions": the text of proposed chapters, cleared-advisor comments on them, or both? A date range would also
help; we suggest January 1, 2025 to September 30, 2026.

We have paused processing pending your response. If we do not hear from you by December 31, 2026 we will
close the request.

Thank you,
Monica Castellanos
FOIA Officer, Office of the General Counsel
Office of the United States Trade Representative
""", facts=dict(request='REQ-015', kind='clarification', tracking_number='USTR-2026-0249', signals=['plus', 'tracking', 'subject'],
                why='USTR asks which advisory committees and what "digital trade provisions" means; processing paused'))

dump_facts('part5')
