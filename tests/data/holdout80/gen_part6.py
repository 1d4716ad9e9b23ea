"""Messages 051-058."""
from gen_common import *

M = []

# 051 CWRM no records (adverse, HI one-year appeal)
hd = [('From', 'Ayumi Nakasone <ayumi.nakasone@hawaii.gov>'), ('To', REQ['REQ-005'][1]),
      ('Subject', 'UIPA-26-131 Notice to Requester'), ('Date', 'Tue, 24 Nov 2026 14:00:19 -1000'),
      ('Message-ID', mid('051', 'hawaii.gov'))]
thread(hd, 'REQ-005', [mid('019', 'hawaii.gov')])
M.append(('051-dlnr-cwrm-no-records.eml', build(hd, text="""Aloha,

NOTICE TO REQUESTER
Request: UIPA-26-131 (CWRM, West Maui stream diversion requests, August 2023, as clarified)
Date request received: September 21, 2026

[ ] The records will be disclosed.
[X] The agency does not maintain the records requested.

CWRM staff searched the Commission's official files, the Stream Protection and Management
Branch files and the records-management system for August 1-31, 2023. The Commission did not
receive a written request to divert stream water for firefighting on August 8, 2023, and
therefore holds no written request, approval or denial. The verbal communications on that date
were not recorded. The remaining portion of your request was referred to the County of Maui
Department of Water Supply on October 15, 2026.

[X] No fees.

You may appeal to the Office of Information Practices within one year of this notice
(HAR 2-73-12).

Ayumi Nakasone, CWRM
Department of Land and Natural Resources
"""), fact('051-dlnr-cwrm-no-records.eml', 'REQ-005', 'no_records', 'UIPA-26-131', ['thread', 'plus', 'tracking'],
    'CWRM Notice to Requester: "does not maintain" checked (no written diversion request existed); OIP appeal one year',
    adverse_determination=True)))

# 052 NOAA final letter in PDF, partial withholding under (b)(5) and (b)(6)
L = ["UNITED STATES DEPARTMENT OF COMMERCE", "National Oceanic and Atmospheric Administration",
     "NATIONAL MARINE FISHERIES SERVICE - Alaska Regional Office", "P.O. Box 21668, Juneau, Alaska 99802-1668", "",
     "December 1, 2026", "", "Re: FOIA Request DOC-NOAA-2026-001962", "", "Dear Requester:", "",
     "This is our final response to your FOIA request for Cook Inlet beluga whale incidental take",
     "correspondence, 2024-2026. We located 1,046 pages of responsive records. We are releasing",
     "902 pages in full and 131 pages in part, and withholding 13 pages in full.", "",
     "Information was withheld under the following exemptions:",
     "  Exemption 5, 5 U.S.C. 552(b)(5) - deliberative process privilege (draft biological opinions",
     "  and staff recommendations on incidental harassment authorizations);",
     "  Exemption 6, 5 U.S.C. 552(b)(6) - personal privacy (personal cell numbers and emails).", "",
     "We have reasonably segregated and released all non-exempt information, and we considered the",
     "foreseeable harm standard. Fees are waived; duplication did not exceed the first 100 pages",
     "delivered electronically.", "",
     "You may appeal this response. Your appeal must be received within 90 calendar days of the",
     "date of this letter by the Assistant General Counsel for Employment, Litigation, and",
     "Information, U.S. Department of Commerce, Room 5898-C, 14th and Constitution Avenue NW,",
     "Washington, DC 20230, or submitted through FOIAonline/PAL or FOIAAppeals@doc.gov.", "",
     "You may also contact our FOIA Public Liaison at (301) 628-5658, or the Office of Government",
     "Information Services (OGIS), National Archives and Records Administration, at ogis@nara.gov",
     "or 1-877-684-6448, for dispute resolution services.", "", "Sincerely,", "",
     "Jonathan M. Kurland", "Regional Administrator, Alaska Region"]
hd = [('From', 'DOC FOIA PAL <foiapal-noreply@doc.gov>'), ('To', REQ['REQ-014'][1]),
      ('Subject', 'Correspondence regarding FOIA request'), ('Date', 'Tue, 01 Dec 2026 10:15:42 -0500'),
      ('Message-ID', mid('052', 'doc.gov'))]
M.append(('052-noaa-final-letter-pdf.eml', build(hd, text="""A response to your FOIA request has been issued. The final response letter is attached.
Released records are available in the Public Access Link.

THIS IS AN AUTOMATED MESSAGE - PLEASE DO NOT REPLY
""", attachments=[(pdf(L, 'Final Response'), 'application', 'pdf', 'DOC-NOAA-2026-001962_Final_Response.pdf')]),
    fact('052-noaa-final-letter-pdf.eml', 'REQ-014', 'records_final', 'DOC-NOAA-2026-001962', ['plus', 'tracking-filename', 'tracking-attachment'],
         'NOAA final letter only in PDF (generic subject; number in file name and letter): partial release, (b)(5)/(b)(6); 90-day appeal',
         adverse_determination=True)))

# 053 NextRequest closed (records_final, nothing withheld)
t = """Honolulu DPP Records

Request 26-1187 has been closed

Closure reason: Records provided

Message from the Department: "The remaining notices of violation (July 2025 through August
2026) have been released. Complainant names were not part of the released logs, so nothing
was redacted. No fees were charged under the $30 waiver. Mahalo for your patience."

Documents released:
  * STR_NOV_Log_Jul-Dec_2025.xlsx
  * STR_NOV_Log_2026.xlsx

View request: https://honoluludpp.nextrequest.com/requests/26-1187
"""
M.append(('053-dpp-nextrequest-closed.eml', build([
    ('From', 'Honolulu DPP Records <no-reply@nextrequest.com>'), ('To', INBOX),
    ('Subject', '[Records Request 26-1187] Request closed'), ('Date', 'Wed, 02 Dec 2026 13:00:36 -1000'),
    ('Message-ID', mid('053', 'nextrequest.com'))], text=t),
    fact('053-dpp-nextrequest-closed.eml', 'REQ-003', 'records_final', '26-1187', ['tracking', 'subject'],
         'NextRequest closed "records provided", last logs released, nothing withheld')))

# 054 NPS Alaska Region: no records for the Denali-held portion (AKST)
L = ["United States Department of the Interior", "NATIONAL PARK SERVICE", "Alaska Regional Office",
     "240 West 5th Avenue, Anchorage, Alaska 99501", "", "December 7, 2026", "",
     "Re: FOIA Request DOI-NPS-2026-004590", "", "Dear Requester:", "",
     "This responds to the remaining portion of your FOIA request concerning the Denali Park Road",
     "Pretty Rocks landslide bridge contract. As we told you on October 14, 2026, the contract",
     "files were referred to the Federal Highway Administration.", "",
     "Denali National Park and Preserve and the Alaska Regional Office searched the",
     "superintendent's correspondence files, the project agreement files and the park planning",
     "share drive for records dated January 2021 to the present. We did not locate any records",
     "responsive to your request that were not already referred to FHWA.", "",
     "This is considered an adverse determination. You may appeal by writing to the Department",
     "of the Interior, FOIA Appeals Office, 1849 C Street NW, MS-6556, Washington, DC 20240, or",
     "FOIA.Appeals@sol.doi.gov. Your appeal must be received no later than 90 days after the date",
     "of this letter. You may also contact the NPS FOIA Public Liaison or OGIS (ogis@nara.gov,",
     "1-877-684-6448) for mediation.", "", "Sincerely,", "", "Tamsin Walker",
     "FOIA Coordinator, Alaska Region"]
hd = [('From', 'Walker, Tamsin <tamsin_walker@nps.gov>'), ('To', REQ['REQ-015'][1]),
      ('Subject', 'RE: ' + REQ['REQ-015'][2]), ('Date', 'Mon, 07 Dec 2026 09:00:28 -0900'),
      ('Message-ID', mid('054', 'nps.gov'))]
thread(hd, 'REQ-015', [mid('034', 'nps.gov')])
M.append(('054-nps-denali-no-records.eml', build(hd, text="Good morning,\n\nPlease see our response letter attached.\n\nTamsin Walker\nNPS Alaska Region FOIA\n",
    attachments=[(pdf(L, 'No Records'), 'application', 'pdf', 'NPS_FOIA_response_4590.pdf')]),
    fact('054-nps-denali-no-records.eml', 'REQ-015', 'no_records', 'DOI-NPS-2026-004590', ['thread', 'plus', 'tracking-attachment'],
         'NPS Alaska Region no-records letter (PDF) for the remaining portion after the FHWA referral; 90 days -> Sunday, rolls to Monday',
         adverse_determination=True)))

# 055 NPS HAVO final response with exemptions (HST)
hd = [('From', 'Kamakau, Leialoha <leialoha_kamakau@nps.gov>'), ('To', REQ['REQ-013'][1]),
      ('Subject', 'DOI-NPS-2026-004417 - Final Response'), ('Date', 'Thu, 10 Dec 2026 14:00:11 -1000'),
      ('Message-ID', mid('055', 'nps.gov'))]
thread(hd, 'REQ-013', [mid('045', 'nps.gov')])
M.append(('055-nps-havo-final.eml', build(hd, text="""Aloha,

This is the final response to FOIA request DOI-NPS-2026-004417.

We are releasing 486 pages of visitor incident reports and ranger case files (2025-2026). Of
these, 301 pages are released in full and 185 pages in part. We withheld the names, dates of
birth and medical information of injured visitors and witnesses under Exemption 6
(5 U.S.C. 552(b)(6)), and names of individuals in law enforcement case files under Exemption
7(C). Three pages were withheld in full under Exemption 7(E) (techniques for closed-area
patrols). No fees are charged.

You may appeal this response to the Department of the Interior FOIA Appeals Office,
FOIA.Appeals@sol.doi.gov. Your appeal must be received no later than 90 days after the date of
this response. Please include the request number. You may also seek assistance from the NPS
FOIA Public Liaison or from OGIS (ogis@nara.gov; 202-741-5770; 1-877-684-6448).

Download (expires in 30 days): https://doi.box.com/s/havo-4417-final

Leialoha Kamakau
FOIA Coordinator, Hawaii Volcanoes National Park
"""), fact('055-nps-havo-final.eml', 'REQ-013', 'records_final', 'DOI-NPS-2026-004417', ['thread', 'plus', 'tracking'],
    'NPS HAVO final response, partial withholding under (b)(6), (b)(7)(C), (b)(7)(E); 90-day appeal', adverse_determination=True)))

# 056 Anchorage coordinator out-of-office (AKST, holidays)
hd = [('From', 'Brynn Matsuda <brynn.matsuda@anchorageak.gov>'), ('To', REQ['REQ-009'][1]),
      ('Subject', 'Automatic reply: RE: ' + REQ['REQ-009'][2] + ' (2026-PRR-3391)'), ('Date', 'Mon, 21 Dec 2026 08:01:15 -0900'),
      ('Message-ID', mid('056', 'anchorageak.gov')), ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]
thread(hd, 'REQ-009', [mid('027', 'muni.org'), mid('038', 'anchorageak.gov')])
M.append(('056-anc-ooo.eml', build(hd, text="""I am out of the office December 21, 2026 through January 4, 2027 and will respond when I return.
Municipal offices are closed December 25 and January 1.

For public records questions in my absence, please write to publicrecords@muni.org.

Brynn Matsuda
Public Records Coordinator, Municipality of Anchorage
"""), fact('056-anc-ooo.eml', 'REQ-009', 'auto_reply', '2026-PRR-3391', ['thread', 'plus', 'tracking'],
    'MOA coordinator out-of-office reply to our follow-up; number only echoed in the subject')))

# 057 HPD final increment with withholdings, via OneDrive link, HTML+text
t = """Good afternoon,

Enclosed via the link below is the final increment for Records Request No. 2026-04127:
use-of-force reports for 2024 (402 reports) and 2025 (365 reports), redacted under HRS
92F-13(1) and 92F-13(3) as described in the Notice to Requester dated October 2, 2026.

Final fees: $268.75 (actual time was less than estimated). Your prepayment of $140.00 has been
applied; the balance of $128.75 is payable to "City and County of Honolulu."

This completes the Department's response. You may appeal the withholding of information to
the Office of Information Practices within one year (HAR 2-73-12).

https://honolulupd-my.sharepoint.com/:f:/g/personal/dkaneshiro/UOF2024-2025

Respectfully,
Sgt. Darren Kaneshiro
Records and Identification Division
"""
hd = [('From', '"Kaneshiro, Darren" <dkaneshiro@honolulupd.org>'), ('To', REQ['REQ-001'][1]),
      ('Subject', 'RE: ' + REQ['REQ-001'][2]), ('Date', 'Tue, 22 Dec 2026 15:00:44 -1000'),
      ('Message-ID', mid('057', 'honolulupd.org')), ('Thread-Topic', REQ['REQ-001'][2])]
thread(hd, 'REQ-001', [mid('011', 'honolulupd.org'), mid('024', 'honolulupd.org'), mid('049', 'honolulupd.org')])
M.append(('057-hpd-final-increment.eml', build(hd, text=t,
    html='<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t.split('\n\n')) + '</body></html>'),
    fact('057-hpd-final-increment.eml', 'REQ-001', 'records_final', '2026-04127', ['thread', 'plus', 'tracking'],
         'HPD final increment with 92F-13(1),(3) redactions and final fee balance; "completes the response"; OIP one year',
         adverse_determination=True)))

# 058 Maui final increment: Notice text + PDF log of withheld items (January 2027)
L = ["COUNTY OF MAUI - DEPARTMENT OF THE CORPORATION COUNSEL", "RR 2026-233 - FINAL INCREMENT - LOG OF WITHHELD RECORDS", "",
     "Date: January 15, 2027", "",
     "1. MEMA internal emails Aug 8-12, 2023 (44 pages) - released in part; personal phone numbers",
     "   withheld, HRS 92F-13(1).",
     "2. Draft after-action review comments (17 pages) - withheld in full, HRS 92F-13(3)",
     "   (deliberative process).",
     "3. Communications with County attorneys (9 pages) - withheld in full, HRS 92F-13(2) and",
     "   92F-13(4) (attorney-client privilege).",
     "4. Final after-action report and siren maintenance records - released in full.", "",
     "You may appeal to the Office of Information Practices within one year (HAR 2-73-12)."]
hd = [('From', 'Kehau Alapa\'i <Kehau.Alapai@mauicounty.gov>'), ('To', REQ['REQ-006'][1]),
      ('Subject', 'RR 2026-233 - final increment'), ('Date', 'Fri, 15 Jan 2027 11:20:05 -1000'),
      ('Message-ID', mid('058', 'mauicounty.gov'))]
thread(hd, 'REQ-006', [mid('005', 'mauicounty.gov'), mid('023', 'mauicounty.gov')])
M.append(('058-maui-final-increment-pdf.eml', build(hd, text="""Aloha,

Happy New Year. Attached is the final increment for RR 2026-233 with a log of what was
withheld. Sorry for the delay - MEMA staff were deployed for the December Kona low storm.

The final fee came to $170.00; with your $85.00 prepayment the balance is $85.00. This
completes the County's response to your request.

Mahalo,
Kehau Alapa'i
Department of the Corporation Counsel, County of Maui
""", attachments=[(pdf(L, 'Withholding log'), 'application', 'pdf', 'RR2026-233_final_increment_log.pdf')]),
    fact('058-maui-final-increment-pdf.eml', 'REQ-006', 'records_final', 'RR 2026-233', ['thread', 'plus', 'tracking'],
         'Maui final increment with a withholding log (92F-13(1),(2),(3),(4)); completes response; OIP one year from Jan 15 2027',
         adverse_determination=True)))
