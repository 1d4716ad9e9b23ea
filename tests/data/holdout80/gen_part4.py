"""Messages 031-040."""
from gen_common import *

M = []

# 031 DLNR Notice to Requester + records, with privacy redactions (records_final, adverse)
hd = [('From', 'Ululani Kekona <ululani.k.kekona@hawaii.gov>'), ('To', DESK),
      ('Subject', 'RE: UIPA-26-118 Acknowledgment to Requester'), ('Date', 'Fri, 09 Oct 2026 14:50:16 -1000'),
      ('Message-ID', mid('031', 'hawaii.gov'))]
thread(hd, 'REQ-004', [mid('010', 'hawaii.gov'), mid('021', 'hawaii.gov')])
csv = ("citation_no,date,island,location,violation,hrs_har_cited,disposition\n"
       "D4-24-0113,2024-01-06,Maui,Honolua Bay MLCD,Taking fish in MLCD,HAR 13-30-2,Paid\n"
       "D2-24-0457,2024-03-19,Oahu,Hanauma Bay,Fishing in closed area,HAR 13-28-2,Court\n"
       "D3-25-0021,2025-02-11,Hawaii,Kealakekua Bay,Undersize opelu,HAR 13-95-79,[REDACTED - juvenile]\n"
       "D5-26-0088,2026-06-02,Kauai,Hanalei Bay,Lay net unattended,HAR 13-75-12.4,Pending\n")
M.append(('031-dlnr-notice-records-redacted.eml', build(hd, text="""Aloha,

NOTICE TO REQUESTER - UIPA-26-118
Date request received: September 11, 2026

[X] The Department is disclosing the records with portions withheld.
    Withheld: names, addresses and driver license numbers of cited individuals who were
    juveniles, and names of witnesses - HRS 92F-13(1) (clearly unwarranted invasion of
    personal privacy) and HRS 571-84 (Family Court records), per 92F-13(4).
[ ] The Department does not maintain the records.
[X] No fees: the $30 waiver under HAR 2-71-31 covers the search and review time.

Attached is the statewide nearshore fishing citation log (1,212 rows) for January 2024 through
August 2026. This completes the Department's response to your request.

You may ask the Office of Information Practices to review this decision within one year of
this notice (HAR 2-73-12).

Mahalo,
Ululani Kekona, DOCARE
""", attachments=[(csv.encode(), 'text', 'csv', 'DOCARE_nearshore_citations_2024-2026_redacted.csv')]),
    fact('031-dlnr-notice-records-redacted.eml', 'REQ-004', 'records_final', 'UIPA-26-118', ['thread', 'tracking'],
         'DLNR Notice to Requester releases citation log with 92F-13(1) redactions, says response complete; OIP appeal one year',
         adverse_determination=True)))

# 032 NSB phone-call request, remote connectivity
hd = [('From', 'Della Ahsoak <della.ahsoak@north-slope.org>'), ('To', REQ['REQ-010'][1]),
      ('Subject', 'RE: ' + REQ['REQ-010'][2]), ('Date', 'Tue, 13 Oct 2026 09:30:40 -0800'),
      ('Message-ID', mid('032', 'north-slope.org'))]
thread(hd, 'REQ-010', [mid('012', 'north-slope.org')])
M.append(('032-nsb-call-request.eml', build(hd, text="""Hi again,

Sorry for the slow reply. Our internet has been down on and off since the fiber line outage
last week and we were on satellite backup. I got your answer (oil and gas permits only,
Utqiagvik and Nuiqsut files).

Can you give me a call at (907) 852-0441 when you have a few minutes? There are a couple of
Nuiqsut permits that are tied up with a Kuukpik land question and I'd like to explain before
I send anything. Mornings Alaska time are best.

Della
"""), fact('032-nsb-call-request.eml', 'REQ-010', 'other', None, ['thread', 'plus'],
    'NSB staffer asks for a phone call; mentions fiber outage / satellite backup delays; no determination')))

# 033 Maui DWS Notice to Requester: does not maintain (no_records, adverse)
L = ["NOTICE TO REQUESTER", "", "Date: October 14, 2026", "Agency: County of Maui, Department of Water Supply",
     "Tracking no.: RR 2026-241", "Date request received: September 16, 2026", "",
     "Records requested: Lahaina system pressure and hydrant records, August 2023", "",
     "[ ] The agency will disclose the records in their entirety.",
     "[ ] The agency will disclose the records with portions withheld.",
     "[X] The agency does not maintain the records requested.", "",
     "Explanation: The Lahaina system SCADA historian server and the paper hydrant flushing logs",
     "kept at the Lahaina baseyard were destroyed in the August 8, 2023 fire. No backup of the",
     "historian data for August 1-8, 2023 exists. The department searched its Wailuku main office,",
     "the temporary Kahului storage site and the contractor's cloud archive.",
     "Hydrant inspection reports for 2022 are available on the department website.", "",
     "[X] No fees are charged.", "",
     "If you believe access was wrongly denied, you may appeal to the Office of Information",
     "Practices within one year of this notice (HAR 2-73-12), or file suit under HRS 92F-15."]
hd = [('From', 'Kainoa Fernandez <kainoa.fernandez@mauicounty.gov>'), ('To', REQ['REQ-007'][1]),
      ('Subject', 'RE: ' + REQ['REQ-007'][2]), ('Date', 'Wed, 14 Oct 2026 10:00:55 -1000'),
      ('Message-ID', mid('033', 'mauicounty.gov'))]
thread(hd, 'REQ-007', [mid('016', 'mauicounty.gov')])
M.append(('033-maui-dws-no-records-pdf.eml', build(hd, text="""Aloha,

Attached is our Notice to Requester. I'm sorry we could not be more help; a lot of what you
asked for burned with the baseyard.

Kainoa Fernandez
Department of Water Supply
""", attachments=[(pdf(L, 'Notice to Requester'), 'application', 'pdf', 'Notice to Requester - RR 2026-241.pdf')]),
    fact('033-maui-dws-no-records-pdf.eml', 'REQ-007', 'no_records', 'RR 2026-241', ['thread', 'plus', 'tracking'],
         'DWS Notice to Requester (PDF): "does not maintain" box checked, records destroyed in the fire; OIP appeal one year',
         adverse_determination=True)))

# 034 NPS Alaska Region referral notice for the Denali request (first number given)
hd = [('From', 'Walker, Tamsin <tamsin_walker@nps.gov>'), ('To', REQ['REQ-015'][1]),
      ('Subject', 'RE: ' + REQ['REQ-015'][2]), ('Date', 'Wed, 14 Oct 2026 16:05:12 -0800'),
      ('Message-ID', mid('034', 'nps.gov'))]
thread(hd, 'REQ-015')
M.append(('034-nps-denali-referral.eml', build(hd, text="""Good afternoon,

I'm the FOIA coordinator for the NPS Alaska Regional Office. Your request about the Pretty Rocks
landslide bridge contract has been logged as DOI-NPS-2026-004590.

The bridge design and construction contract was awarded and administered by the Federal
Highway Administration, Western Federal Lands Highway Division (Vancouver, WA), under an
agreement with the park. Contract files, bid documents and change orders are FHWA records,
so we have referred that portion of your request to the Department of Transportation/FHWA
FOIA office, which will respond to you directly. Their contact is FHWA.FOIA@dot.gov.

We are continuing to search Denali's own files (superintendent correspondence, project
agreement and park planning records) and will respond on that portion separately.

Tamsin Walker
FOIA Coordinator, Alaska Region
National Park Service, 240 West 5th Avenue, Anchorage, AK 99501
"""), fact('034-nps-denali-referral.eml', 'REQ-015', 'other', 'DOI-NPS-2026-004590', ['thread', 'plus', 'tracking-new'],
    'NPS Alaska Region refers the contract portion to FHWA (referral notice) and keeps searching; first tracking number')))

# 035 DLNR partial referral to County of Maui (other), no thread, plain
M.append(('035-dlnr-cwrm-partial-referral.eml', build([
    ('From', "'Ayumi Nakasone' via Records Desk <records@records.example.org>"), ('To', INBOX),
    ('Reply-To', 'Ayumi Nakasone <ayumi.nakasone@hawaii.gov>'),
    ('Subject', 'West Maui water records - your clarification'), ('Date', 'Thu, 15 Oct 2026 09:40:18 -1000'),
    ('Message-ID', mid('035', 'hawaii.gov')), ('X-Original-Sender', 'ayumi.nakasone@hawaii.gov'),
    ('X-Original-From', 'Ayumi Nakasone <ayumi.nakasone@hawaii.gov>'), ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
    ('List-Id', '<records.records.example.org>'), ('Precedence', 'list'),
    ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>')],
    text="""Aloha,

Mahalo for clarifying that you want the August 8, 2023 firefighting diversion request and
the official file only (UIPA-26-131).

Part of what you described - the County water system's requests for water from the West Maui
stream intakes and the county's reservoir levels - are County of Maui Department of Water
Supply records, not CWRM records. Under HAR 2-71-11 we have referred that part of your request
to the County of Maui Department of Water Supply. CWRM will respond on the remainder.

Ayumi Nakasone
CWRM
"""), fact('035-dlnr-cwrm-partial-referral.eml', 'REQ-005', 'other', 'UIPA-26-131', ['tracking', 'subject'],
    'CWRM refers part of the request to Maui DWS (HAR 2-71-11), arrives through our Google Group ("via Records Desk", X-Original-Sender), no threading; DLNR number and West Maui topic place it (not the Maui DWS request REQ-007)')))

# 036 HPD denial as Notice to Requester PDF (evening HST; UTC date is the next day)
L = ["HONOLULU POLICE DEPARTMENT", "CITY AND COUNTY OF HONOLULU", "", "NOTICE TO REQUESTER",
     "Records Request No. 2026-04161", "", "Date: October 16, 2026", "Date request received: September 15, 2026",
     "Records requested: Vehicle pursuit reports and dash-camera video, January-June 2026", "",
     "[ ] The Department will disclose the records.", "[ ] The Department does not maintain the records.",
     "[X] The records are not disclosable, in their entirety, for the following reasons:",
     "    [X] HRS 92F-13(3): disclosure would frustrate a legitimate government function. The",
     "        pursuit reports and video are part of open criminal investigations and pending",
     "        internal investigations by the Professional Standards Office.",
     "    [X] HRS 92F-13(2): the records pertain to the prosecution or defense of judicial actions",
     "        to which the City is or may be a party (three pending civil claims).",
     "    [ ] HRS 92F-13(1): privacy", "",
     "Segregation of disclosable portions is not reasonably possible at this time. You may",
     "submit a new request after the investigations are closed.", "",
     "You may appeal this denial to the Office of Information Practices within one year", "(HAR 2-73-12).",
     "", "Sgt. Darren Kaneshiro, Records and Identification Division"]
hd = [('From', '"Kaneshiro, Darren" <dkaneshiro@honolulupd.org>'), ('To', INBOX),
      ('Subject', 'Records Request No. 2026-04161'), ('Date', 'Fri, 16 Oct 2026 17:45:30 -1000'),
      ('Message-ID', mid('036', 'honolulupd.org')), ('X-MS-Has-Attach', 'yes')]
M.append(('036-hpd-denial-pursuits-pdf.eml', build(hd, text="Please see attached.\n\nSgt. D. Kaneshiro\nR&I Division, HPD\n",
    attachments=[(pdf(L, 'Notice to Requester'), 'application', 'pdf', 'NTR_2026-04161.pdf')]),
    fact('036-hpd-denial-pursuits-pdf.eml', 'REQ-002', 'denial', '2026-04161', ['tracking', 'tracking-filename'],
         'HPD Notice to Requester (PDF) withholds all pursuit records under 92F-13(2),(3); sent 5:45 pm HST Oct 16 (Oct 17 UTC); appeal counts from Oct 16',
         adverse_determination=True)))

# 037 GovQA "request updated" notice for ADEC
M.append(('037-akdec-govqa-updated.eml', build([
    ('From', 'State of Alaska Public Records Center <alaska@mycusthelp.net>'), ('To', INBOX),
    ('Subject', 'Public Records Request :: R004412-091426 has been updated'), ('Date', 'Tue, 20 Oct 2026 09:05:33 -0800'),
    ('Message-ID', mid('037', 'mycusthelp.net'))],
    text="""Your public records request R004412-091426 has been updated.

To view the update, log in to the State of Alaska Public Records Center:
https://alaska.govqa.us/WEBAPP/_rs/(S(x1y2z3))/SupportHome.aspx

Please do not reply to this message.
"""), fact('037-akdec-govqa-updated.eml', 'REQ-012', 'portal_notice', 'R004412-091426', ['tracking', 'subject'],
    'GovQA "has been updated", log in to view; no substance')))

# 038 Anchorage first batch (records_interim) with attachment list
hd = [('From', 'Brynn Matsuda <brynn.matsuda@anchorageak.gov>'), ('To', REQ['REQ-009'][1]),
      ('Subject', 'RE: ' + REQ['REQ-009'][2] + ' (2026-PRR-3391)'), ('Date', 'Wed, 21 Oct 2026 11:30:09 -0800'),
      ('Message-ID', mid('038', 'anchorageak.gov'))]
thread(hd, 'REQ-009', [mid('027', 'muni.org')])
M.append(('038-anc-interim-batch1.eml', build(hd, text="""Hello,

Attached is the first batch of records for 2026-PRR-3391: the Purchasing Division's shelter
operations contracts and amendments (Sullivan Arena, the 56th Avenue shelter, and the
non-congregate hotel contracts) for 2025-2026.

The Anchorage Health Department is still reviewing the camp abatement notices (about 600
notices) and will send them in the next batch. Real Estate's records should follow.

Brynn Matsuda
Public Records Coordinator, Municipality of Anchorage
(note our new email domain, anchorageak.gov)
""", attachments=[(b'Contract register (stand-in): 2025-0431 shelter ops; 2025-0518 amendment 2; 2026-0112 hotel NCS\n', 'text', 'plain', 'PRR-3391_batch1_contract_register.txt')]),
    fact('038-anc-interim-batch1.eml', 'REQ-009', 'records_interim', '2026-PRR-3391', ['thread', 'plus', 'tracking'],
         'MOA first batch (contracts) from the new anchorageak.gov domain; abatement notices to follow')))

# 039 NextRequest message added (portal notice)
M.append(('039-dpp-nextrequest-message.eml', build([
    ('From', 'Honolulu DPP Records <no-reply@nextrequest.com>'), ('To', INBOX),
    ('Subject', '[Records Request 26-1187] New message'), ('Date', 'Thu, 22 Oct 2026 08:20:44 -1000'),
    ('Message-ID', mid('039', 'nextrequest.com'))],
    text="""Honolulu DPP Records

A new message was added to request 26-1187. The message is visible only to the requester
and staff. Sign in to view it:

https://honoluludpp.nextrequest.com/requests/26-1187

Do not reply to this email.
""", html='<html><body><p><b>Honolulu DPP Records</b></p><p>A new message was added to request 26-1187. The message is visible only to the requester and staff. <a href="https://honoluludpp.nextrequest.com/requests/26-1187">Sign in to view it</a>.</p><p style="color:#999">Do not reply to this email.</p></body></html>'),
    fact('039-dpp-nextrequest-message.eml', 'REQ-003', 'portal_notice', '26-1187', ['tracking', 'subject'],
         'NextRequest "new message, sign in to view" with no content')))

# 040 Maui Police Department denial for body-cam video (new number; no earlier ack)
hd = [('From', 'MPD Records Section <mpd.records@mauicounty.gov>'), ('To', REQ['REQ-016'][1]),
      ('Subject', 'RE: ' + REQ['REQ-016'][2]), ('Date', 'Tue, 27 Oct 2026 15:30:02 -1000'),
      ('Message-ID', mid('040', 'mauicounty.gov'))]
thread(hd, 'REQ-016')
M.append(('040-maui-mpd-denial-bwc.eml', build(hd, text="""Aloha,

Re: RR 2026-268 - body-worn camera video, Lahaina, August 8, 2023

NOTICE TO REQUESTER (summary)
Date request received: October 13, 2026

[X] Your request is denied in its entirety.

The Maui Police Department's body-worn camera recordings from August 8, 2023 are evidence in
pending litigation arising from the Maui wildfires and in ongoing death investigations
conducted with the Maui County Medical Examiner. Disclosure would frustrate a legitimate
government function (HRS 92F-13(3)), and the recordings relate to judicial actions to which
the County is a party (HRS 92F-13(2)). The recordings also depict deceased persons and
survivors in circumstances where disclosure would be a clearly unwarranted invasion of
personal privacy (HRS 92F-13(1)).

No fees are charged.

You may appeal to the Office of Information Practices within one year from the date of this
notice.

MPD Records Section
Maui Police Department, 55 Mahalani Street, Wailuku, HI 96793
"""), fact('040-maui-mpd-denial-bwc.eml', 'REQ-016', 'denial', 'RR 2026-268', ['thread', 'plus', 'tracking-new'],
    'Maui PD Notice summary denies all body-cam video (92F-13(1),(2),(3)); County RR number first given; OIP one year',
    adverse_determination=True)))
