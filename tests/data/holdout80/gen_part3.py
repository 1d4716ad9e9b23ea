"""Messages 021-030."""
from gen_common import *

M = []

# 021 DLNR Acknowledgment to Requester in email text (extension), number only in subject
hd = [('From', 'Ululani Kekona <ululani.k.kekona@hawaii.gov>'), ('To', DESK),
      ('Subject', 'UIPA-26-118 Acknowledgment to Requester'), ('Date', 'Fri, 25 Sep 2026 10:05:12 -1000'),
      ('Message-ID', mid('021', 'hawaii.gov'))]
thread(hd, 'REQ-004', [mid('010', 'hawaii.gov')])
M.append(('021-dlnr-ack-to-requester-extension.eml', build(hd, text="""Aloha,

ACKNOWLEDGMENT TO REQUESTER

Date request received: September 11, 2026
Records requested: DOCARE citations for nearshore fishing violations, 2024-2026

The Department needs additional time to respond because of the following extenuating
circumstances (HAR 2-71-15(a)):

 [X] The records are located at neighbor-island branch offices (Kauai, Maui, Molokai, Hawaii
     Island) and must be gathered and reviewed.
 [X] Review and segregation of information about juveniles and individuals not cited is needed.
 [ ] Consultation with another agency is needed.

We expect to send you a Notice to Requester on or before October 9, 2026. If fees apply, the
Notice will include an estimate and the amount of any prepayment.

Mahalo,
Ululani Kekona, DOCARE
"""), fact('021-dlnr-ack-to-requester-extension.eml', 'REQ-004', 'extension', 'UIPA-26-118', ['thread', 'tracking'],
    'DLNR Acknowledgment to Requester (text) with extenuating-circumstance checkboxes; due Sep 25 + 10 HI business days = Oct 9',
    clock='extension', estimated='2026-10-09')))

# 022 Anchorage JustFOIA fee estimate
t = """Municipality of Anchorage - Public Records

Request 2026-PRR-3307 - Fee Estimate

The Municipality has estimated the cost of fulfilling your request:

  Staff time to search and compile (estimated)        14.0 hours
  Less: first 5 person-hours per month (no charge)    -5.0 hours
  Chargeable staff time                                9.0 hours x $45.83/hr = $412.47
  Electronic delivery                                                          $0.00
  TOTAL ESTIMATE                                                             $412.47

Under AS 40.25.110(c), a fee may be charged for staff time exceeding five person-hours in a
calendar month. Work on your request is suspended until payment is received. If you would like
to narrow the request to reduce the cost (for example, GPS data for one plow district), reply
through the portal.

If payment or a response is not received within 30 days, the request will be closed.

Pay online: https://anchorageak.justfoia.com/publicportal/home/track
"""
M.append(('022-anc-justfoia-fee-estimate.eml', build([
    ('From', 'Municipality of Anchorage Public Records <noreply@justfoia.com>'), ('To', REQ['REQ-008'][1]),
    ('Subject', 'Fee Estimate for Request 2026-PRR-3307'), ('Date', 'Mon, 28 Sep 2026 14:02:19 -0800'),
    ('Message-ID', mid('022', 'justfoia.com'))], text=t),
    fact('022-anc-justfoia-fee-estimate.eml', 'REQ-008', 'fee_estimate', '2026-PRR-3307', ['plus', 'tracking'],
         'JustFOIA fee estimate $412.47 (staff time beyond 5 free hours, AS 40.25.110(c)); work suspended until paid')))

# 023 Maui Notice to Requester (fee estimate, prepayment) as PDF
L = ["NOTICE TO REQUESTER", "(Office of Information Practices model form)", "",
     "Date of this Notice: October 1, 2026", "To: Records Desk (records+req-006@records.example.org)",
     "Agency: County of Maui - Maui Emergency Management Agency, through the Department of the",
     "Corporation Counsel", "Tracking no.: RR 2026-233", "Date request received: September 10, 2026", "",
     "Records requested: outdoor warning siren activation logs, and after-action records, Aug 8, 2023", "",
     "1. DISCLOSURE", "[X] The agency will disclose the records, in part, after prepayment of fees (see 3 below).",
     "[ ] The agency will disclose all records in their entirety.", "[ ] The agency does not maintain the records.",
     "[X] Portions will be withheld under HRS 92F-13(3) (frustration of a legitimate government function)",
     "    and 92F-13(4) (protected by state or federal law); the agency will identify the portions", "    withheld when the records are disclosed.", "",
     "2. FEE WAIVER", "[X] Public interest waiver of $60 granted (HAR 2-71-32).",
     "[ ] $30 waiver applied (HAR 2-71-31).", "", "3. ESTIMATED FEES AND COSTS",
     "Search: 3.0 hours at $2.50 per 15 minutes ....................... $30.00",
     "Review and segregation: 10.0 hours at $5.00 per 15 minutes ..... $200.00",
     "Less fee waiver ................................................ -$60.00",
     "Copy costs (electronic) .......................................... $0.00",
     "TOTAL ESTIMATED FEES ........................................... $170.00",
     "PREPAYMENT REQUIRED (50% of estimated fees) ..................... $85.00", "",
     "4. ESTIMATED TIME", "The records will be disclosed in increments. The first increment will be",
     "provided within 20 business days after receipt of your prepayment.", "",
     "If you do not pay the prepayment or otherwise respond within 20 business days of this Notice,",
     "your request will be considered abandoned (HAR 2-71-16).", "",
     "You may appeal a denial of access to the Office of Information Practices, 250 S. Hotel St.,",
     "Suite 107, Honolulu, HI 96813, within one year (HAR 2-73-12)."]
hd = [('From', 'Kehau Alapa\'i <Kehau.Alapai@mauicounty.gov>'), ('To', REQ['REQ-006'][1]),
      ('Subject', 'RR 2026-233 - Notice to Requester'), ('Date', 'Thu, 01 Oct 2026 11:45:09 -1000'),
      ('Message-ID', mid('023', 'mauicounty.gov'))]
thread(hd, 'REQ-006', [mid('005', 'mauicounty.gov')])
M.append(('023-maui-notice-fee-prepay-pdf.eml', build(hd, text="""Aloha,

Attached is the Notice to Requester for RR 2026-233. Please review the fee estimate and the
prepayment amount. Checks are payable to "Director of Finance, County of Maui."

Mahalo,
Kehau
""", attachments=[(pdf(L, 'Notice to Requester'), 'application', 'pdf', 'Notice_to_Requester_RR2026-233.pdf')]),
    fact('023-maui-notice-fee-prepay-pdf.eml', 'REQ-006', 'fee_estimate', 'RR 2026-233', ['thread', 'plus', 'tracking'],
         'OIP Notice to Requester (PDF): $170 estimate after $60 public-interest waiver, $85 prepayment required before disclosure')))

# 024 HPD Notice to Requester in body (fee estimate), multipart/alternative
t = """NOTICE TO REQUESTER                       Records Request No. 2026-04127

Date: October 2, 2026
Request received: September 8, 2026
Records requested: Use-of-force reports, 2023-2025

[X] The Department will disclose the requested records with portions withheld:
    [X] HRS 92F-13(1) - clearly unwarranted invasion of personal privacy (names, dates of birth
        and injuries of subjects and uninvolved persons)
    [ ] HRS 92F-13(2) - litigation
    [X] HRS 92F-13(3) - frustration of a legitimate government function (officer ID numbers of
        undercover personnel)
[ ] The Department does not maintain the records.
[ ] The records are not disclosable.

FEE WAIVER: Your request for a public interest fee waiver has been [X] GRANTED ($60)
[ ] DENIED.

ESTIMATED FEES
  Search (6 hrs)                         $60.00
  Review and segregation (14 hrs)       $280.00
  Fee waiver                            -$60.00
  Estimated total                       $280.00
  Prepayment required (50%)             $140.00

The estimate is based on approximately 1,150 reports. Actual fees may be lower. Records will be
disclosed in increments; the first increment will be provided within 20 business days after
the prepayment is received.
"""
hd = [('From', '"Kaneshiro, Darren" <dkaneshiro@honolulupd.org>'), ('To', REQ['REQ-001'][1]),
      ('Subject', 'RE: ' + REQ['REQ-001'][2]), ('Date', 'Fri, 02 Oct 2026 09:15:40 -1000'),
      ('Message-ID', mid('024', 'honolulupd.org')), ('Thread-Topic', REQ['REQ-001'][2])]
thread(hd, 'REQ-001', [mid('011', 'honolulupd.org')])
M.append(('024-hpd-notice-fee-estimate.eml', build(hd, text=t,
    html='<html><body><pre style="font-family:Consolas,monospace">' + t.replace('&', '&amp;').replace('<', '&lt;') + '</pre></body></html>'),
    fact('024-hpd-notice-fee-estimate.eml', 'REQ-001', 'fee_estimate', '2026-04127', ['thread', 'plus', 'tracking'],
         'HPD Notice to Requester with checkboxes: $280 estimate after $60 waiver, $140 prepayment before the first increment')))

# 025 DLNR clarification for CWRM request (space-separated number)
hd = [('From', 'Ayumi Nakasone <ayumi.nakasone@hawaii.gov>'), ('To', REQ['REQ-005'][1]),
      ('Subject', 'UIPA 26-131 - clarification needed'), ('Date', 'Fri, 02 Oct 2026 16:30:27 -1000'),
      ('Message-ID', mid('025', 'hawaii.gov'))]
M.append(('025-dlnr-cwrm-clarify.eml', build(hd, text="""Aloha,

I am the CWRM staff member assigned to UIPA 26-131. Can you please clarify two items so our
search is accurate:

(a) By "stream diversion requests" do you mean only requests to the Commission to approve
    diverting stream water for firefighting on August 8, 2023, or also the pending stream
    diversion works permit applications for West Maui streams filed in 2023?
(b) Do you want emails of the Deputy Director, or only the official file?

Until we hear from you we will hold the request. If we do not receive a response within 20
business days we will treat the request as abandoned (HAR 2-71-16).

Mahalo,
Ayumi Nakasone
Commission on Water Resource Management, Kalanimoku Building, Honolulu
"""), fact('025-dlnr-cwrm-clarify.eml', 'REQ-005', 'clarification', 'UIPA 26-131', ['plus', 'tracking', 'subject'],
    'CWRM asks what "diversion requests" covers; number written "UIPA 26-131" with a space; holds the request')))

# 026 NSB mailbox full (Postfix DSN from north-slope.org) for our REQ-011 request
rmid = REQ['REQ-011'][0]
t = """From: MAILER-DAEMON@mx1.north-slope.org (Mail Delivery System)
To: records+req-011@records.example.org
Subject: Undelivered Mail Returned to Sender
Date: Mon, 05 Oct 2026 11:02:47 -0800 (AKDT)
Message-ID: {m}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="A4F2B1E0C3.1791230567/mx1.north-slope.org"

This is a MIME-encapsulated message.

--A4F2B1E0C3.1791230567/mx1.north-slope.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.north-slope.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<clerk@north-slope.org>: host mailstore.north-slope.org[10.12.0.9] said:
    552 5.2.2 <clerk@north-slope.org>: mailbox full; quota exceeded (in reply to
    RCPT TO command)

--A4F2B1E0C3.1791230567/mx1.north-slope.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.north-slope.org
X-Postfix-Queue-ID: A4F2B1E0C3
Arrival-Date: Mon,  5 Oct 2026 11:02:46 -0800 (AKDT)

Final-Recipient: rfc822; clerk@north-slope.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <clerk@north-slope.org>: mailbox full; quota exceeded

--A4F2B1E0C3.1791230567/mx1.north-slope.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Records Desk <records@records.example.org>
Reply-To: records+req-011@records.example.org
To: clerk@north-slope.org
Subject: {s}
Date: Mon, 05 Oct 2026 15:02:30 -0400
Message-ID: {r}
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hello,

Under the Alaska Public Records Act, AS 40.25.110, I request copies of contracts, change
orders and engineering reports for Utqiagvik coastal erosion protection and seawall projects,
2023-2026, and related Borough Assembly materials.

Thank you,
Records Desk

--A4F2B1E0C3.1791230567/mx1.north-slope.org--
""".format(m=mid('026', 'mx1.north-slope.org'), s=REQ['REQ-011'][2], r=rmid)
M.append(('026-nsb-bounce-mailbox-full.eml', raw(t), fact('026-nsb-bounce-mailbox-full.eml', 'REQ-011', 'bounce', None, ['thread-embedded', 'plus'],
    'Postfix DSN from the Borough: clerk mailbox full; our REQ-011 request returned (original Message-ID only inside the report)')))

# 027 Anchorage extension by staff email (first time the number appears); no ack for REQ-009
hd = [('From', 'MOA Public Records <publicrecords@muni.org>'), ('To', REQ['REQ-009'][1]),
      ('Subject', 'RE: ' + REQ['REQ-009'][2]), ('Date', 'Mon, 05 Oct 2026 15:20:58 -0800'),
      ('Message-ID', mid('027', 'muni.org'))]
thread(hd, 'REQ-009')
M.append(('027-anc-extension-3391.eml', build(hd, text="""Hello,

Your request regarding camp abatement notices and shelter contracts has been entered as
2026-PRR-3391. The responsive records are held by the Anchorage Health Department, the Real
Estate Department and the Purchasing Division, and the abatement notices contain information
about individuals that must be reviewed before release.

For these reasons we need to extend the time to respond by an additional 10 working days. We
expect to provide records on or before October 22, 2026, and may release them in batches as
departments finish their review.

Thank you for your patience,

Brynn Matsuda
Public Records Coordinator
Municipal Clerk's Office, Municipality of Anchorage
632 W. 6th Avenue, Anchorage, AK 99501
"""), fact('027-anc-extension-3391.eml', 'REQ-009', 'extension', '2026-PRR-3391', ['thread', 'plus', 'tracking-new'],
    'MOA extends 10 working days on the due day (Oct 6 + 10 AK working days skipping Oct 12 and Oct 19 = Oct 22); number first given here',
    clock='extension', estimated='2026-10-22')))

# 028 NOAA extension letter in body (unusual circumstances)
t = """UNITED STATES DEPARTMENT OF COMMERCE
National Oceanic and Atmospheric Administration
NATIONAL MARINE FISHERIES SERVICE
Alaska Regional Office, P.O. Box 21668, Juneau, Alaska 99802-1668

October 6, 2026

Re: FOIA Request DOC-NOAA-2026-001962

Dear Requester:

This letter concerns your Freedom of Information Act request for Cook Inlet beluga whale
incidental take correspondence. We are extending the time limit to respond to your request by
ten working days under 5 U.S.C. 552(a)(6)(B)(i) because of unusual circumstances: the need to
search for and collect records from the Anchorage field office and the Protected Resources
Division in Juneau, and the need to consult with another agency (the Bureau of Ocean Energy
Management) having a substantial interest in the determination.

We estimate that we will complete our response by November 13, 2026. If you would like to
narrow the scope of your request or agree to an alternative time frame, please contact our
FOIA Public Liaison, Robert Swisher, at (301) 628-5658 or foia@noaa.gov. You may also seek
dispute resolution services from the Office of Government Information Services (OGIS),
National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, MD
20740-6001; ogis@nara.gov; (202) 741-5770.

Sincerely,

Mara Tengwall
FOIA Coordinator, NMFS Alaska Region
"""
hd = [('From', 'Mara Tengwall - NOAA Federal <mara.tengwall@noaa.gov>'), ('To', REQ['REQ-014'][1]),
      ('Subject', 'FOIA DOC-NOAA-2026-001962 - Extension of Time'), ('Date', 'Tue, 06 Oct 2026 08:55:31 -0400'),
      ('Message-ID', mid('028', 'noaa.gov'))]
M.append(('028-noaa-extension.eml', build(hd, text=t),
    fact('028-noaa-extension.eml', 'REQ-014', 'extension', 'DOC-NOAA-2026-001962', ['plus', 'tracking'],
         'NOAA Juneau 10-workday unusual-circumstances extension with OGIS paragraph, Date in Eastern time; estimate Nov 13',
         clock='extension', estimated='2026-11-13')))

# 029 NextRequest documents released (interim)
t = """Honolulu DPP Records

Request 26-1187: Documents released

The following documents have been released on request 26-1187:

  * STR_NOV_Log_2024.xlsx
  * STR_NOV_Log_Jan-Jun_2025.xlsx

Message from the Department: "This is the first release. The 2025 (July-December) and 2026
notices are still being reviewed and will be released when complete."

View request: https://honoluludpp.nextrequest.com/requests/26-1187
Do not reply to this email.
"""
M.append(('029-dpp-nextrequest-interim.eml', build([
    ('From', 'Honolulu DPP Records <no-reply@nextrequest.com>'), ('To', INBOX),
    ('Subject', '[Records Request 26-1187] Documents released'), ('Date', 'Wed, 07 Oct 2026 13:30:22 -1000'),
    ('Message-ID', mid('029', 'nextrequest.com'))], text=t),
    fact('029-dpp-nextrequest-interim.eml', 'REQ-003', 'records_interim', '26-1187', ['tracking', 'subject'],
         'NextRequest first release of NOV logs; staff message says more to come')))

# 030 NPS extension (HAVO) as PDF letter with short body
L = ["United States Department of the Interior", "NATIONAL PARK SERVICE", "Hawaii Volcanoes National Park",
     "P.O. Box 52, Hawaii National Park, HI 96718", "", "October 8, 2026", "",
     "Re: FOIA Request DOI-NPS-2026-004417", "", "Dear Requester:", "",
     "We are writing about your FOIA request for eruption-area closure and visitor incident records.",
     "Because of unusual circumstances, we are taking a 10-workday extension under 5 U.S.C.",
     "552(a)(6)(B)(i) and 43 CFR 2.19. We need to search for and collect records from park field",
     "units at Kilauea summit and the Kahuku Unit that are separate from the office processing",
     "the request, and the request involves a voluminous amount of records (incident reports,",
     "closure orders and ranger case files).", "",
     "We expect to send a first interim release by November 20, 2026. You may narrow your request",
     "or agree to an alternative time frame by contacting us. You may also contact the NPS FOIA",
     "Public Liaison, or the Office of Government Information Services (OGIS) at ogis@nara.gov or",
     "1-877-684-6448 for dispute resolution services.", "", "Sincerely,", "",
     "Leialoha Kamakau", "FOIA Coordinator, Hawaii Volcanoes National Park"]
hd = [('From', 'NPS FOIA <nps_foia@nps.gov>'), ('To', REQ['REQ-013'][1]),
      ('Subject', 'Correspondence for FOIA Request DOI-NPS-2026-004417'), ('Date', 'Thu, 08 Oct 2026 10:10:03 -0400'),
      ('Message-ID', mid('030', 'nps.gov'))]
M.append(('030-nps-havo-extension-pdf.eml', build(hd, text="Please see the attached correspondence regarding your FOIA request.\n\nNPS FOIA Office\n",
    attachments=[(pdf(L, 'Extension'), 'application', 'pdf', 'DOI-NPS-2026-004417_Extension_Letter.pdf')]),
    fact('030-nps-havo-extension-pdf.eml', 'REQ-013', 'extension', 'DOI-NPS-2026-004417', ['plus', 'tracking'],
         'NPS 10-workday extension letter in PDF (unusual circumstances, OGIS); due Oct 8 + 10 federal business days (Columbus Day skipped)',
         clock='extension', estimated='2026-11-20')))
