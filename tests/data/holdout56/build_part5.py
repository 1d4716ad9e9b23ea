"""Messages 041-050."""
from build_common import *

# ------------------------------------------------------------------ 041 colleague forwards the BIA fee letter sent to her own address
f = '041-fwd-bia-fee-estimate.eml'
text = """Renee sent this to my address instead of the desk. I'm fine committing up
to $340 on this one - can someone answer for the desk today so they don't
close it?

-M

---------- Forwarded message ---------
From: Ironshield, Renee M <renee.ironshield@bia.gov>
Date: Tue, Oct 20, 2026 at 3:48 PM
Subject: FOIA DOI-BIA-2026-004215 - Fee Estimate and Request for Commitment
To: Solberg, Maren <msolberg@plainsreporter.example.org>


Dear Ms. Solberg:

We have located approximately 3,500 pages of paper records at the Fort
Berthold Agency that are responsive to your request. As a representative
of the news media you are charged only for duplication, and the first 100
pages are free. The remaining 3,400 pages must be scanned, at $0.10 per
page, for an estimated fee of $340.00.

Because the estimated fee exceeds $50.00, please tell us in writing that
you agree to pay fees up to this amount, or narrow your request to reduce
the fees. We will not continue processing your request until we receive
your commitment. If we do not hear from you within 20 workdays of the date
of this letter, we will presume you are no longer interested and will
close your request.

You may contact our FOIA Public Liaison or the Office of Government
Information Services (OGIS) for assistance.

Sincerely,

Renee Ironshield
Regional FOIA Coordinator
Great Plains Region, Bureau of Indian Affairs
"""
html = paras_to_html(text, 'font-family:Arial,sans-serif;font-size:10pt')
raw = alternative([
    ('From', 'Maren Solberg <msolberg@plainsreporter.example.org>'),
    ('To', 'Records Desk <records@plainsreporter.example.org>'),
    ('Subject', 'Fwd: FOIA DOI-BIA-2026-004215 - Fee Estimate and Request for Commitment'),
    ('Date', 'Wed, 21 Oct 2026 09:30:44 -0500'),
    ('Message-ID', '<CAK%s@mail.gmail.com>' % h(f, 36)),
], text, html, f)
add(f, raw, 'REQ-002', 'fee_estimate', tracking='DOI-BIA-2026-004215', signals=['tracking', 'subject'],
    why='colleague forwards the BIA fee letter ($340.00 estimate, commitment required before processing continues)',
    tests='Fwd: from our own colleague; agency letter is inside the forward (date Oct 20) and threatens closure after 20 workdays',
    modeled_on='Interior FOIA fee-commitment letters (43 CFR 2.49/2.50 style) forwarded internally')

# ------------------------------------------------------------------ 042 Riley County final release for REQ-004 (no withholding beyond requested redaction)
f = '042-rileyca-final-diversion.eml'
counts = b"""year,referred_to_diversion,agreements_signed,completed,revoked
2023,212,168,141,19
2024,198,157,133,17
2025,221,176,149,15
2026 (to Sept 30),151,119,52,6
"""
guide = pdf(['OFFICE OF THE RILEY COUNTY ATTORNEY', 'Diversion Program Guidelines (rev. January 2024)', '',
             '1. Eligibility: first-time offenders charged with eligible misdemeanors or non-person felonies,',
             '   subject to the factors listed in K.S.A. 22-2908.',
             '2. Excluded: offenses involving a deadly weapon, DUI with a prior diversion, domestic battery',
             '   with injury.',
             '3. Fees: $250 diversion fee plus costs, with a sliding scale on request.'],
            'Diversion guidelines')
body = text_part("""Good morning,

Payment for request RCKORA 2026-114 was received on October 21. Attached
are:

- the blank diversion agreement form and the office's Diversion Program
  Guidelines (rev. January 2024);
- annual diversion counts for 2023 through September 30, 2026; and
- 27 executed diversion agreements, with names, dates of birth, case
  numbers and other personal identifiers removed as your request asked
  (sent as a separate ShareFile link because of size:
  https://rileycountyks.sharefile.com/d-s7e41c90b2a54).

This completes the office's response to your request.

Dana Lindquist
Records Custodian
Riley County Attorney's Office
(785) 555-0164
""")
raw = mixed([
    ('From', 'Dana Lindquist <dlindquist@rileycountyks.gov>'),
    ('To', INBOX),
    ('Subject', 'RE: RCKORA 2026-114 - Fee Estimate'),
    ('Date', 'Fri, 23 Oct 2026 10:00:31 -0500'),
    ('Message-ID', outlook_mid(f, 'namprd17')),
    ('In-Reply-To', '<req-004.20261019.2@plainsreporter.example.org>'),
    ('References', '%s\n <req-004.20261019.2@plainsreporter.example.org>' % outlook_mid('029-rileyca-fee-estimate.eml', 'namprd17')),
] + outlook_extra(f, 'RCKORA 2026-114 - Fee Estimate', attach=True), body,
    [attachment('Diversion Program Guidelines rev 2024.pdf', guide),
     attachment('diversion_counts_2023-2026.csv', counts, 'text/csv')], f)
add(f, raw, 'REQ-004', 'records_final', tracking='RCKORA 2026-114', signals=['thread', 'tracking'],
    why='County Attorney releases all requested records (identifiers removed as we asked) and says this completes the response',
    tests='final release under a fee-estimate subject line; redaction that the request itself asked for is not a withholding',
    modeled_on='Kansas county attorney KORA releases with ShareFile links')

# ------------------------------------------------------------------ 043 BPS JustFOIA status change with no request number
f = '043-bps-justfoia-status-no-number.eml'
html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto;border-top:4px solid #1f4e79">
<p>Hello Records Desk,</p>
<p>The status of your open records request has changed to: <b>In Progress</b>.</p>
<p>Log in to the public portal to view the details of your request.</p>
<p><a href="https://bismarckschoolsnd.justfoia.com/publicportal/home/track">https://bismarckschoolsnd.justfoia.com/publicportal/home/track</a></p>
<p style="font-size:11px;color:#888">This is an automated message. Please do not reply.<br>Powered by JustFOIA</p>
</div></body></html>
"""
raw = build([
    ('From', 'no-reply@justfoia.com'),
    ('To', INBOX),
    ('Subject', 'Your open records request has been updated'),
    ('Date', 'Mon, 26 Oct 2026 09:45:18 -0500'),
    ('Message-ID', '<0100019%s-%s-000000@email.amazonses.com>' % (h(f, 13), h(f + 'u', 8))),
], html, 'text/html; charset="utf-8"', '7bit')
add(f, raw, 'REQ-014', 'portal_notice', signals=['none'],
    why='JustFOIA status change to In Progress on the BPS portal, with no number; BPS contracts request (just received) is the one moving from Received to In Progress',
    tests='hard to place: shared sender, no number; only the portal URL names the district, which has two open requests',
    modeled_on='JustFOIA status-change notifications')

# ------------------------------------------------------------------ 044 SDSU staffer asks for a call, no topic, no number
f = '044-sdstate-call-request.eml'
text = """Hi,

Could you give me a call when you get a chance? I had a couple of questions
about your request and it's probably quicker to talk it through than go
back and forth by email.

I'm in the office until 4:30 most days.

Thanks,
Brent

Brent Aasen
Administrative Coordinator
South Dakota State University
605-555-0158
"""
raw = simple([
    ('From', 'Brent Aasen <brent.aasen@sdstate.edu>'),
    ('To', INBOX),
    ('Subject', 'your request'),
    ('Date', 'Tue, 27 Oct 2026 14:00:37 -0500'),
    ('Message-ID', outlook_mid(f, 'namprd15')),
] + outlook_extra(f, 'your request'), text)
add(f, raw, 'REQ-012', 'other', signals=['none'],
    why='SDSU staffer asks for a phone call about "your request"; in the story he is following up the unanswered use-of-force clarification (REQ-012)',
    tests='a human could not tell which of the two SDSU requests this concerns; labelled by the story',
    modeled_on='staff "give me a call" emails from university offices')

# ------------------------------------------------------------------ 045 SDSU interim release with a new estimated date
f = '045-sdstate-interim-titleix.eml'
rep = pdf(['SOUTH DAKOTA STATE UNIVERSITY', 'Title IX Annual Report, Academic Years 2021-22 through 2025-26 (excerpt)', '',
           'Reports received by the Title IX Coordinator: 2021-22: 61; 2022-23: 74; 2023-24: 88; 2024-25: 93; 2025-26: 97',
           'Formal complaints filed: 2021-22: 9; 2022-23: 12; 2023-24: 14; 2024-25: 11; 2025-26: 15',
           'Resolved by informal resolution: 2021-22: 3; 2022-23: 5; 2023-24: 6; 2024-25: 4; 2025-26: 7'],
          'Title IX annual reports')
body = text_part("""Dear Ms. Solberg,

Thank you for your payment. Attached are the University's Title IX annual
reports for academic years 2021-22 through 2025-26, which respond to the
first part of request SDSU-OR-2026-058.

The athletics settlement agreements are still being reviewed by the South
Dakota Board of Regents general counsel. We now expect to provide them, with
any information protected by FERPA removed, by December 18, 2026.

Courtney Vick
Open Records Officer
South Dakota State University
""")
raw = mixed([
    ('From', 'Courtney Vick <courtney.vick@sdstate.edu>'),
    ('To', plus_to('REQ-008')),
    ('Subject', 'SDSU-OR-2026-058 - partial response (Title IX reports)'),
    ('Date', 'Fri, 30 Oct 2026 11:20:12 -0500'),
    ('Message-ID', outlook_mid(f, 'namprd15')),
] + outlook_extra(f, 'SDSU-OR-2026-058 - partial response (Title IX reports)', attach=True), body,
    [attachment('SDSU Title IX Annual Reports 2021-2026.pdf', rep)], f)
add(f, raw, 'REQ-008', 'records_interim', tracking='SDSU-OR-2026-058', estimated='2026-12-18',
    signals=['plus', 'tracking'],
    why='SDSU releases the Title IX reports; settlement agreements still under Regents review, now expected Dec 18',
    tests='interim release that also moves the estimated date (a new date without an extension label)',
    modeled_on='Regents institution partial responses pending system counsel review')

# ------------------------------------------------------------------ 046 Decorah final release, draft withheld, subject changed, no thread
f = '046-decorah-final-draft-withheld.eml'
scada = b"""timestamp,site,pressure_psi,alarm
2026-03-09 17:52,Montgomery St PRV,31.4,LOW PRESSURE
2026-03-09 18:05,North Tower,12.8,LOW LEVEL
2026-03-09 18:40,Montgomery St PRV,22.0,LOW PRESSURE
2026-03-10 07:15,Montgomery St PRV,48.9,
2026-03-10 11:30,College Dr booster,39.6,LOW PRESSURE
2026-03-11 09:00,Montgomery St PRV,61.2,
2026-03-12 16:00,North Tower,27.5,
"""
rpt = pdf(['FEHR GRAHAM', 'Water Distribution System Assessment - City of Decorah, Iowa', 'FINAL - September 2026', '',
           'Summary: The March 9, 2026 failure occurred in an 8-inch cast iron main installed in 1938.',
           'Approximately 14 percent of the distribution system is cast iron of similar age. The report',
           'recommends replacing 2.1 miles of main over five years at an estimated cost of $6.8 million.'],
          'Fehr Graham final assessment')
body = text_part("""Hi,

Here's the rest of what you asked for:

- the SCADA pressure and alarm log export for March 8-14 (from Dave), and
- the final Fehr Graham assessment, which the council accepted on
  October 19.

Laura (our city attorney) says we are not releasing the earlier draft of
the report. Her reading is that the draft was a preliminary version the
consultant was still revising and it is covered by Iowa Code 22.7(65)
because it was never relied on by council. If you want to discuss that
you can reach her at the number below.

No charge for any of this. I think that's everything on your request.

Wanda Hegg
City Clerk, City of Decorah
563-555-0142
City Attorney Laura Benson: 563-555-0149
""")
raw = mixed([
    ('From', 'Wanda Hegg <whegg@decorahia.org>'),
    ('To', plus_to('REQ-005')),
    ('Subject', 'water main records - the rest'),
    ('Date', 'Fri, 30 Oct 2026 15:50:09 -0500'),
    ('Message-ID', outlook_mid(f, 'namprd14')),
] + outlook_extra(f, 'water main records - the rest', attach=True), body,
    [attachment('SCADA export 2026-03-08 to 03-14.csv', scada, 'text/csv'),
     attachment('Fehr Graham Distribution Assessment FINAL.pdf', rpt)], f)
add(f, raw, 'REQ-005', 'records_final', adverse=True, signals=['plus', 'subject'],
    why='clerk sends the remaining records and says that is everything, but withholds the draft engineering report (cites 22.7(65)); Iowa 60-day IPIB window',
    tests='final release with one record withheld, informal wording, changed subject, no thread headers',
    modeled_on='Iowa small-city final responses where the city attorney withholds a draft consultant report')

# ------------------------------------------------------------------ 047 SDSU: request deemed withdrawn (closure for non-response)
f = '047-sdstate-deemed-withdrawn.eml'
text = """NOTICE OF RESPONSE TO REQUEST FOR RECORDS
South Dakota State University - Request No. SDSU-OR-2026-066

Dear Ms. Solberg:

On October 16, 2026, the University asked you to clarify your request for
University Police Department use-of-force reports. The University did not
receive a response within ten business days. As provided in SDCL 1-27-37,
your request is deemed withdrawn and has been closed. No records have been
provided.

You may submit a new request at any time. If you believe the University has
denied you access to public records, you may seek review as provided in
SDCL 1-27-38.

Open Records Officer
South Dakota State University
sdsu.openrecords@sdstate.edu
"""
raw = simple([
    ('From', 'SDSU Open Records <sdsu.openrecords@sdstate.edu>'),
    ('To', plus_to('REQ-012')),
    ('Subject', 'SDSU-OR-2026-066 - Request closed'),
    ('Date', 'Mon, 02 Nov 2026 09:00:03 -0600'),
    ('Message-ID', outlook_mid(f, 'namprd15')),
] + outlook_extra(f, 'SDSU-OR-2026-066 - Request closed'), text)
add(f, raw, 'REQ-012', 'denial', tracking='SDSU-OR-2026-066', adverse=True, signals=['plus', 'tracking'],
    why='closure for non-response: request deemed withdrawn under SDCL 1-27-37, no records; treated as a rejection with SD 90-day review window',
    tests='closure for non-response to a clarification; says "no records have been provided" (not a no-records search result)',
    modeled_on='South Dakota deemed-withdrawn notices after the 10-business-day clarification window')

# ------------------------------------------------------------------ 048 NSP final release with withholdings
f = '048-nsp-final-pursuits.eml'
text = """Ms. Solberg,

Re: Request No. 2026-PR-0588

The Patrol received your payment of $96.00 on October 20. The records are
available for download at the link below until November 17, 2026:

https://nebraska.sharefile.com/d-s3f8a1c27e0b94d2e

The production includes:
- General Order 11-04, Pursuit Driving (current version and the versions
  effective June 2021 and March 2024);
- 205 of the 214 pursuit reports from January 2022 through September 2026;
- annual pursuit analyses for 2022 through 2025.

Nine pursuit reports that relate to pending criminal prosecutions are
withheld under Neb. Rev. Stat. 84-712.05(5). In the released reports,
driver's license numbers, dates of birth and home addresses of drivers are
redacted under the Driver's Privacy Protection Act, 18 U.S.C. 2721.

This completes the Patrol's response. As required by 84-712.04, you may
seek review of the withholding by petitioning the Attorney General under
84-712.03 or by filing suit in district court. The officials responsible
are Colonel Daniel Ostrander, Superintendent, and Capt. Mara Hollins,
Legal Counsel.

Jennifer Kovar
Paralegal | Legal Division
Nebraska State Patrol
"""
raw = alternative([
    ('From', '"Kovar, Jennifer" <jennifer.kovar@nebraska.gov>'),
    ('To', plus_to('REQ-003')),
    ('Subject', 'RE: ' + req_subject('REQ-003')),
    ('Date', 'Tue, 03 Nov 2026 19:30:08 +0000'),
    ('Message-ID', outlook_mid(f)),
    ('In-Reply-To', '<req-003.20261014.3@plainsreporter.example.org>'),
    ('References', '%s\n %s\n <req-003.20261014.3@plainsreporter.example.org>' % (req_mid('REQ-003'), outlook_mid('031-nsp-cost-estimate.eml'))),
] + outlook_extra(f, req_subject('REQ-003')), text, paras_to_html(text), f)
add(f, raw, 'REQ-003', 'records_final', tracking='2026-PR-0588', adverse=True,
    signals=['thread', 'plus', 'tracking'],
    why='NSP completes the response: releases policy, 205 reports and analyses; withholds 9 reports (84-712.05(5)) and redacts DPPA data; NE has no appeal days',
    tests='final release with partial withholding; download-link expiry date (Nov 17) is not a deadline',
    modeled_on='Nebraska final responses with ShareFile links and 84-712.04 review-rights paragraph')

# ------------------------------------------------------------------ 049 Iowa DNR GovQA documents released (first installment)
f = '049-iadnr-govqa-installment1.eml'
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Records Desk,</p>
<p>Records have been released for public records request <b>ORR-2026-1187</b>.</p>
<p><b>Message from the Department:</b><br>
Payment received, thank you. The first installment (Winneshiek County files, 1,012 pages) is posted in the Public Records Center. The Allamakee County files will follow in a second installment.</p>
<p>To view and download the records, log in to the <a href="https://iowadnr.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">Iowa DNR Public Records Center</a>. Documents remain available for 30 days.</p>
<p>Iowa DNR Public Records</p>
</body></html>
"""
raw = build([
    ('From', 'Iowa DNR Public Records Center <iowadnr@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', 'Iowa DNR Public Records Request :: ORR-2026-1187 - Records Released'),
    ('Date', 'Fri, 06 Nov 2026 10:10:45 -0600'),
    ('Message-ID', '<%s@mycusthelp.net>' % h(f, 30)),
], html, 'text/html; charset="utf-8"', '7bit')
add(f, raw, 'REQ-001', 'records_interim', tracking='ORR-2026-1187', signals=['tracking'],
    why='GovQA release notice with a staff message: first installment posted, Allamakee files to follow',
    tests='portal email that carries a substantive staff message (so not a bare portal_notice)',
    modeled_on='GovQA "records released" notifications with a custom message')

# ------------------------------------------------------------------ 050 BPS final response with forms withheld (FERPA)
f = '050-bps-final-ferpa.eml'
csv = b"""school_year,building,restraint_incidents,seclusion_incidents,students_involved
2025-26,Elementary (combined 16 schools),35,<10,16
2025-26,Middle (combined 4 schools),19,<10,10
2025-26,High (combined 3 schools),<10,0,<10
2025-26,Special programs (Northridge),51,17,12
"""
body = text_part("""Tomas,

Attached are the 2025-26 building-level restraint and seclusion counts,
which complete the District's response to open records request #26-00148.

You also asked us to reconsider releasing the 2025-26 documentation forms
with student names removed. After review with District counsel, the forms
are withheld. Each form describes the student, the setting and the staff
involved in enough detail that the student could be identified, and the
forms are education records that are confidential under federal law
(FERPA, 20 U.S.C. 1232g; 34 C.F.R. Part 99).

If you believe the District has not complied with N.D.C.C. 44-04-18, you
may ask the Attorney General for an opinion under N.D.C.C. 44-04-21.1.

Renae Ostlie
Records Coordinator, Legal Services
Bismarck Public Schools
701-555-0176
""")
raw = mixed([
    ('From', 'Renae Ostlie <renae.ostlie@bismarckschools.org>'),
    ('To', 'Tomas Reyes <treyes@plainsreporter.example.org>'),
    ('CC', INBOX),
    ('Subject', 'Open records request #26-00148 - final response'),
    ('Date', 'Tue, 10 Nov 2026 16:00:50 -0600'),
    ('Message-ID', '<CAF%s@mail.gmail.com>' % h(f, 36)),
], body, [attachment('restraint_seclusion_counts_2025-26.csv', csv, 'text/csv')], f)
add(f, raw, 'REQ-007', 'records_final', tracking='26-00148', adverse=True, signals=['tracking', 'subject'],
    why='BPS completes the request with 2025-26 counts and withholds the documentation forms under FERPA; ND 30-day AG-opinion window',
    tests='final release with a withholding; AG-opinion route named without a day count',
    modeled_on='North Dakota school district final responses citing FERPA and N.D.C.C. 44-04-21.1')
