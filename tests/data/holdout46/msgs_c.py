"""Messages 041-060 (November 2026 - January 2027)."""
import mailkit as mk
from story import *  # noqa

MESSAGES = []


def add(name, top, body):
    MESSAGES.append((name, mk.message(top, body)))


GOVQA_FOOT = '<p style="font-size:8pt;color:#777">This is an automated message from the Public Records Center. Please do not reply.</p>'

# ------------------------------------------------------------------ 041 WDFW installment 1 released after payment (threaded to our payment reply)
r = 'REQ-003'
b = """\
Hello,

Thank you for your payment, received October 28. Installment 1 for request
26-5513 (1,260 pages of 2024 WDFW Police incident and citation reports for
commercial fisheries cases) is available at the link below for 30 days:

https://wdfw.box.com/s/k2v8m1q0r7t4y6u3p9z5

Redactions in this installment, listed in the attached log:
  - driver's license numbers and dates of birth (RCW 42.56.050 and 46.52.120)
  - names of juveniles (chapter 13.50 RCW)
  - two reports relating to open investigations (RCW 42.56.240(1))

We anticipate providing the next and final installment (2025-2026 records) on
or before December 11, 2026.

WDFW Public Records Unit
Washington Department of Fish and Wildlife
""" + """
________________________________
From: Records Desk <records@records.example.org>
Sent: Wednesday, October 28, 2026 9:41 AM
To: Achterberg, Dominic (DFW) <dominic.achterberg@dfw.wa.gov>
Subject: RE: Public Records Request #26-5513 - Installment 1 ready, payment required

Dominic - payment of $126.00 was made online this morning (confirmation
WDFW-PAY-881204). Please send the link when it's processed. Thanks.
"""
log = ("Request,Installment,Report No.,Exemption,Description\n"
       "26-5513,1,WDFW24-001873,RCW 42.56.240(1),Open investigation - withheld in full\n"
       "26-5513,1,WDFW24-002210,RCW 42.56.240(1),Open investigation - withheld in full\n"
       "26-5513,1,various,RCW 46.52.120,Driver's license numbers\n"
       "26-5513,1,WDFW24-000417,Ch. 13.50 RCW,Juvenile name\n")
add('041-wdfw-installment-1-released.eml', [
    ('From', 'WDFW Public Records <publicrecords@dfw.wa.gov>'),
    ('To', plus(r)),
    ('Subject', 'RE: Public Records Request #26-5513 - Installment 1 ready, payment required'),
    ('Date', 'Fri, 06 Nov 2026 14:20:36 -0800'),
    ('Message-ID', outlook_mid('041')),
    ('In-Reply-To', '<req-003.20261028.2@records.example.org>'),
    ('References', '%s\n <req-003.20261028.2@records.example.org>' % outlook_mid('029')),
] + outlook('041', 'Public Records Request #26-5513 - Installment 1 ready, payment required', attach=True),
    mk.multipart('mixed', [mk.text(b), mk.attachment(log.encode(), 'text/csv', '26-5513_Inst1_Redaction_Log.csv', cte='7bit')], '041'))

# ------------------------------------------------------------------ 042 KPB denial of the sales-tax request (terse; resolves the Oct 27 call)
r = 'REQ-012'
b = """\
Following up on our phone call of October 28 about your sales tax request.

Finance has reviewed it. Sales tax registrations, returns, audit files and
compliance letters to individual sellers, including short-term rental
operators, are confidential taxpayer information under KPB 5.18.860 and are
not open to public inspection (AS 40.25.120(a)(4)). The Borough is denying
the request in full, including the list of registered sellers.

Finance does publish total sales tax collected by business category on the
Borough website, including the lodging category, if that helps.

If you disagree you may write to the Borough Mayor asking for
reconsideration, or seek review in superior court.

Rhea Tollefsen
Deputy Borough Clerk
Kenai Peninsula Borough
"""
add('042-kpb-denial-taxpayer-confidential.eml', [
    ('From', 'Rhea Tollefsen <RTollefsen@kpb.us>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Your records request - sales tax / short-term rentals'),
    ('Date', 'Mon, 09 Nov 2026 16:00:04 -0900'),
    ('Message-ID', '<a3c5e7f9b1d24f68a0c2e4f6b8d0a2c4@KPBEXCH02.kpb.local>'),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
], mk.text(b))

# ------------------------------------------------------------------ 043 KPB no records for the wildfire request (threaded, to main inbox)
r = 'REQ-011'
b = """\
OEM reports the Borough did not issue any evacuation orders during the 2026
fire season, did not activate the EOC for wildfire, and did not prepare an
after-action review, so there are no records responsive to your request.

Wildfire suppression on the Peninsula is handled by the State Division of
Forestry & Fire Protection (Kenai-Kodiak Area). You can direct a request to
Alaska DNR.

This closes your request.

KPB Clerk's Office
"""
add('043-kpb-no-records-wildfire.eml', [
    ('From', 'KPB Clerk <clerk@kpb.us>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'RE: ' + subj(r)),
    ('Date', 'Tue, 10 Nov 2026 10:30:50 -0900'),
    ('Message-ID', '<f1e2d3c4b5a64978a1b2c3d4e5f60718@KPBEXCH02.kpb.local>'),
    ('In-Reply-To', mid(r)),
    ('References', mid(r)),
], mk.text(b))

# ------------------------------------------------------------------ 044 AMHS: no additional records for REQ-010; mentions REQ-009's number
r = 'REQ-010'
b = """\
Thanks for clarifying that you want the letters and emails between AMHS and
the Coast Guard about deficiencies, not the CG-835 work lists.

I searched Marine Operations' shared drive and the mailboxes of the port
captain and the two marine superintendents for January 1, 2025 through
October 5, 2026, using "deficiency," "CG-835," "Sector Juneau," "Sector
Anchorage" and the vessel names. Everything I found is already part of the
Tustumena and Kennicott maintenance files that Marisol is producing under
PRR2026-318. There is no other responsive correspondence, and AMHS did not
issue any service-disruption notice that cites a Coast Guard deficiency.

So for PRR2026-347 there are no responsive records. Marisol will close it
on her end.

Wes Gallant
Port Captain, Marine Operations
Alaska Marine Highway System
"""
add('044-amhs-no-records-coast-guard.eml', [
    ('From', '"Gallant, Wesley J (DOT)" <wesley.gallant@alaska.gov>'),
    ('To', plus(r)),
    ('Cc', 'DOT Public Records (DOT sponsored) <dot.records@alaska.gov>'),
    ('Subject', 'RE: Question on your AMHS Coast Guard request'),
    ('Date', 'Thu, 12 Nov 2026 10:00:17 -0900'),
    ('Message-ID', outlook_mid('044', 'namprd09')),
    ('In-Reply-To', '<req-010.20261019.2@records.example.org>'),
    ('References', '%s\n <req-010.20261019.2@records.example.org>' % outlook_mid('030', 'namprd09')),
] + outlook('044', 'Question on your AMHS Coast Guard request'), mk.text(b))

# ------------------------------------------------------------------ 045 Chelan GovQA installment 1 available (records_interim)
r = 'REQ-005'
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Dear Records Desk,</p>
<p>Installment 1 of 2 for public records request <b>R000914-091426</b> is now available in the Public Records Center:</p>
<ul>
<li>Code Enforcement complaint intake log, short-term rentals, 1/1/2024 - 9/14/2026 (Excel)</li>
<li>Notices of violation and warning letters, 2024 (61 PDFs)</li>
</ul>
<p>Names, telephone numbers and email addresses of complainants have been redacted; see the exemption log posted with the
records. Please log in to retrieve the records. Records are available for 30 days. If an installment is not claimed or reviewed,
the County is not obligated to fulfill the balance of the request (RCW 42.56.120(4)).</p>
<p>Installment 2 (2025-2026 notices of violation and penalty assessments) is estimated to be available by <b>12/18/2026</b>.</p>
<p><a href="https://chelancountywa.mycusthelp.net/WEBAPP/_rs/(S(x2kq1c4vv0bdm3e5))/RequestOpen.aspx">Retrieve your records</a></p>
<p>Chelan County Public Records</p>
%s
</body></html>
""" % GOVQA_FOOT
add('045-chelan-govqa-installment-1.eml', [
    ('From', 'Chelan County Public Records <donotreply@mycusthelp.net>'),
    ('To', plus(r)),
    ('Subject', 'Chelan County Public Records Request :: R000914-091426 - Records Available'),
    ('Date', 'Fri, 13 Nov 2026 15:00:08 -0800'),
    ('Message-ID', '<4c6e8a0b2d1f43a5b7c9d1e3f5a7b9c1@mycusthelp.net>'),
    ('X-Mailer', 'GovQA Notification Service'),
], mk.text(html, 'html', cte='base64'))

# ------------------------------------------------------------------ 046 Office of Information Practices letter opening an appeal about DPP (other)
r = 'REQ-014'
pdf = mk.make_pdf([[
    '##STATE OF HAWAII',
    '##OFFICE OF INFORMATION PRACTICES',
    'No. 1 Capitol District Building, 250 South Hotel Street, Suite 107, Honolulu, Hawaii 96813', '',
    'November 16, 2026', '',
    'Records Desk', 'records@records.example.org', '',
    '##Re: Records Desk/Department of Planning and Permitting, City and County of Honolulu (U APPEAL 27-6)', '',
    'Dear Records Desk:', '',
    'The Office of Information Practices (OIP) received your appeal dated November 10, 2026, concerning the '
    'Department of Planning and Permitting\'s (DPP) failure to disclose records about short-term rental '
    'enforcement after you paid the prepayment DPP requested on October 2, 2026. OIP has opened the above file.', '',
    'By copy of this letter, OIP is notifying DPP of the appeal and asking DPP to provide, within ten business '
    'days, a copy of its response to your record request or an explanation of the status of its response, '
    'together with the legal authority for any records it intends to withhold. If DPP discloses the records to '
    'you, please let OIP know whether that resolves your appeal.', '',
    'OIP generally resolves appeals in the order they are received. If you have questions, you may contact the '
    'OIP Attorney of the Day at (808) 555-1400 or oip@hawaii.gov.', '',
    'Very truly yours,', '', 'Keoni Ah Sing', 'Staff Attorney', '',
    'cc: Director, Department of Planning and Permitting',
]], title='U APPEAL 27-6 letter')
b = """\
Attached please find correspondence from the Office of Information Practices
regarding the above-referenced matter.

Office of Information Practices
State of Hawaii
"""
add('046-oip-appeal-opened-letter.eml', [
    ('From', 'Office of Information Practices <oip@hawaii.gov>'),
    ('To', 'records@records.example.org'),
    ('Cc', 'DPP UIPA <dppuipa@honolulu.gov>'),
    ('Subject', 'U APPEAL 27-6 (Records Desk/Department of Planning and Permitting)'),
    ('Date', 'Mon, 16 Nov 2026 09:00:30 -1000'),
    ('Message-ID', outlook_mid('046', 'namprd11')),
] + outlook('046', 'U APPEAL 27-6 (Records Desk/Department of Planning and Permitting)', attach=True),
    mk.multipart('mixed', [mk.text(b), mk.attachment(pdf, 'application/pdf', 'U APPEAL 27-6 Notice of Appeal.pdf')], '046'))

# ------------------------------------------------------------------ 047 DNR denial in full: draft accident review withheld (WA)
r = 'REQ-002'
pdf = mk.make_pdf([[
    '##Washington State Department of Natural Resources',
    'Public Disclosure & Records Management | 1111 Washington St SE | Olympia, WA 98504', '',
    'November 18, 2026', '',
    'Records Desk', 'records+req-002@records.example.org', '',
    '##RE: Public Records Request PDR 26-1302 - Final Response', '',
    'Dear Records Desk:', '',
    'This letter responds to your request for the serious accident review of the August 19, 2026 helicopter '
    'mishap on the Sawtooth Creek Fire, including preliminary findings, interview summaries and correspondence '
    'with the aircraft vendor.', '',
    'DNR has located the following records: the draft serious accident review report (41 pages); the review '
    'team\'s interview summaries (12 documents); the preliminary factual summary circulated to the review '
    'board; and 23 emails between the review team and the vendor\'s safety officer.', '',
    'All of these records are part of an ongoing review. The review board has not adopted findings or '
    'recommendations, and the records contain opinions and recommendations of the review team that are still '
    'being deliberated. DNR is withholding them in their entirety under RCW 42.56.280 (deliberative process). '
    'An exemption log is attached. The exemption ends once the review is complete; DNR expects the final report '
    'in early 2027 and will post it on its website.', '',
    'This completes DNR\'s response to PDR 26-1302 and the request is closed.', '',
    'If you disagree with this decision, you may ask DNR\'s Public Records Officer to review it, or ask the '
    'Attorney General\'s Office to review it under RCW 42.56.530.', '',
    'Sincerely,', '', 'Kendra Albers', 'Public Records Officer',
], [
    '##Exemption Log - PDR 26-1302', '',
    '1. Draft Serious Accident Review report, v0.7 (41 pp.) - withheld in full - RCW 42.56.280',
    '2. Interview summaries, review team (12 docs) - withheld in full - RCW 42.56.280',
    '3. Preliminary factual summary to review board (6 pp.) - withheld in full - RCW 42.56.280',
    '4. Emails, review team / vendor safety officer, 8/20-10/30/2026 (23) - withheld in full - RCW 42.56.280',
]], title='PDR 26-1302 Final Response')
b = """\
Please see the attached letter and exemption log, which complete DNR's
response to PDR 26-1302.

Kendra Albers
Public Records Officer
Washington State Department of Natural Resources
"""
add('047-dnr-denial-draft-review-withheld.eml', [
    ('From', '"ALBERS, KENDRA (DNR)" <kendra.albers@dnr.wa.gov>'),
    ('To', plus(r)),
    ('Subject', 'PDR 26-1302 - Response and closure'),
    ('Date', 'Wed, 18 Nov 2026 11:20:45 -0800'),
    ('Message-ID', outlook_mid('047')),
] + outlook('047', 'PDR 26-1302 - Response and closure', attach=True),
    mk.multipart('mixed', [mk.text(b), mk.attachment(pdf, 'application/pdf', 'PDR 26-1302 Final Response Letter.pdf')], '047'))

# ------------------------------------------------------------------ 048 ODF final response with redactions (HTML + PDF)
r = 'REQ-006'
pdf = mk.make_pdf([[
    '##Oregon Department of Forestry',
    '2600 State Street, Salem, OR 97310', '',
    'November 19, 2026', '',
    '##Re: Public records request ODF-26-0412 - final response', '',
    'Dear Records Desk:', '',
    'ODF has completed its response to your request for records about the Boulder Springs Complex. Items 1 and 2 '
    '(dispatch and resource-order records, incident action plans, daily situation reports, cost summaries and '
    'cost-share correspondence) are provided through the download link in our email: 46 files, about 2,300 pages. '
    'Item 3 was referred to the Oregon State Fire Marshal on October 13, 2026.', '',
    'ODF has redacted or withheld the following:',
    '- Personal cell phone numbers and home addresses of seasonal firefighters and contractor crew members '
    '(ORS 192.355(2), personal information; ORS 192.377).',
    '- Radio frequency and repeater tables in the incident action plans (ORS 192.345(23), security measures).',
    '- Four emails between ODF and the Oregon Department of Justice about cost recovery (ORS 192.355(9) and '
    'ORS 40.225, attorney-client privilege), withheld in full.', '',
    'No fee is charged for this request.', '',
    'You may petition the Attorney General to review ODF\'s decision to withhold records (ORS 192.411).', '',
    'Sincerely,', 'Hollis Brandvold, Public Records Coordinator',
]], title='ODF-26-0412 Final Response')
html = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Good afternoon,</p>
<p>ODF has completed its response to <b>ODF-26-0412</b>. The records are available here for 30 days:
<a href="https://odf.sharefile.com/d-b7a6c5d4e3f2">https://odf.sharefile.com/d-b7a6c5d4e3f2</a></p>
<p>Our final response letter, including the list of redactions and withheld records, is attached.</p>
<p>Regards,<br>Hollis Brandvold<br>Public Records Coordinator | Oregon Department of Forestry</p>
</body></html>
"""
add('048-odf-final-response-partial.eml', [
    ('From', '"BRANDVOLD Hollis * ODF" <Hollis.Brandvold@odf.oregon.gov>'),
    ('To', plus(r)),
    ('Subject', 'ODF-26-0412 Final Response'),
    ('Date', 'Thu, 19 Nov 2026 16:40:02 -0800'),
    ('Message-ID', outlook_mid('048')),
] + outlook('048', 'ODF-26-0412 Final Response', attach=True),
    mk.multipart('mixed', [mk.text(html, 'html', cte='quoted-printable'),
                           mk.attachment(pdf, 'application/pdf', 'ODF-26-0412 Final Response Letter.pdf')], '048'))

# ------------------------------------------------------------------ 049 Bend final response (threaded to the paralegal's own earlier message)
r = 'REQ-008'
b = """\
Hello,

The City has completed its response to public records request P000472-091626.
The records are posted to your request in the Public Records Center:

  - Short-term rental complaint log, January 1, 2024 - September 16, 2026 (Excel)
  - 312 notices of violation and 57 civil penalty notices
  - 9 permit revocation letters and the hearings officer's decisions

Redactions and withholdings:
  - Names, addresses, phone numbers and email addresses of complainants have
    been redacted under ORS 192.355(4) (information submitted in confidence).
  - 14 emails between Code Enforcement and the City Attorney's Office are
    withheld in full under ORS 192.355(9) and ORS 40.225 (attorney-client
    privilege).

There is no charge for this request. If you believe records were improperly
withheld, you may petition the Deschutes County District Attorney for review
under ORS 192.415.

Priya Dandekar
Paralegal | City Attorney's Office
City of Bend
"""
s = 'RE: Public Records Request P000472-091626 \u2013 Short-Term Rental Enforcement \u2013 Estimated Completion Date'
add('049-bend-final-response-withholdings.eml', [
    ('From', 'Priya Dandekar <pdandekar@bendoregon.gov>'),
    ('To', '"Records Desk" <%s>' % plus(r)),
    ('Subject', s),
    ('Date', 'Mon, 30 Nov 2026 17:05:29 -0800'),
    ('Message-ID', outlook_mid('049', 'namprd17')),
    ('In-Reply-To', outlook_mid('023', 'namprd17')),
    ('References', outlook_mid('023', 'namprd17')),
] + outlook('049', s[4:]), mk.text(b))

# ------------------------------------------------------------------ 050 Bend GovQA "request closed" (portal notice)
r = 'REQ-008'
html = """<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Your City of Bend public records request <b>P000472-091626</b> has been closed.</p>
<p>Any records released to you remain available in the
<a href="https://bendor.mycusthelp.net/WEBAPP/_rs/supporthome.aspx">Public Records Center</a> for 30 days.</p>
%s
</body></html>
""" % GOVQA_FOOT
add('050-bend-govqa-request-closed.eml', [
    ('From', 'City of Bend Public Records <donotreply@mycusthelp.net>'),
    ('To', plus(r)),
    ('Subject', 'Public Records Request :: P000472-091626 - Closed'),
    ('Date', 'Tue, 01 Dec 2026 08:00:11 -0800'),
    ('Message-ID', '<9b1d3f5a7c9e41b3a5c7e9f1b3d5a7c9@mycusthelp.net>'),
    ('X-Mailer', 'GovQA Notification Service'),
], mk.text(html, 'html'))

# ------------------------------------------------------------------ 051 Honolulu DPP final disclosure with redactions, cc OIP (HI appeal 1 year)
r = 'REQ-014'
b = """\
Aloha,

DPP apologizes for the delay in responding to UIPA request DPP 26-0872. The
records are available at the link below:

https://honolulu.sharefile.com/d-2f4e6a8c0b1d

  - Short-term rental complaint log, January 1, 2024 - September 15, 2026
  - Notices of violation issued for unlawful short-term rentals (1,118 pages)
  - Notices of order and civil fine records (406 pages)

The following have been redacted or withheld:
  - Names, telephone numbers and email addresses of complainants
    (HRS Section 92F-13(1), clearly unwarranted invasion of personal privacy)
  - The file for one matter now pending before the Zoning Board of Appeals,
    withheld in full (HRS Section 92F-13(3))

The actual search, review and segregation time was less than estimated, and
the $130.00 prepayment covers the fees; no balance is due.

If you disagree with this response you may appeal to the Office of
Information Practices within one year.

Corinne Aiona
UIPA Coordinator
Department of Planning and Permitting
cc: OIP (U APPEAL 27-6)
"""
add('051-dpp-final-disclosure-cc-oip.eml', [
    ('From', '"Aiona, Corinne" <corinne.aiona@honolulu.gov>'),
    ('To', plus(r)),
    ('Cc', 'Office of Information Practices <oip@hawaii.gov>'),
    ('Subject', 'DPP 26-0872 - Records disclosed'),
    ('Date', 'Thu, 03 Dec 2026 13:00:40 -1000'),
    ('Message-ID', outlook_mid('051', 'namprd07')),
] + outlook('051', 'DPP 26-0872 - Records disclosed'), mk.text(b))

# ------------------------------------------------------------------ 052 AK DOT&PF final response for REQ-009 with security withholding
r = 'REQ-009'
plain = """\
Good afternoon,

This is the Department's final response to PRR2026-318 (M/V Tustumena and
M/V Kennicott maintenance and overhaul records, 2024-2026).

Records are available at the link below (expires January 8, 2027):
https://stateofalaska.sharefile.com/d-8e1c2a7f6b

  - Shipyard work packages and overhaul specifications, both vessels
  - 44 change orders for the Tustumena 2025-2026 overhaul
  - Condition and drydock survey reports
  - Two internal memoranda on return-to-service dates

Withheld: the vessel security plans and the portions of two drydock reports
that describe security systems, under AS 40.25.120(a)(10) (security of
infrastructure). Those portions are marked on the released pages.

The search and copying took 4.5 person-hours, under the five-hour threshold
in AS 40.25.110(c), so there is no charge.

Under 2 AAC 96.335 you may appeal the partial denial to the Commissioner of
Transportation and Public Facilities under 2 AAC 96.340, or seek review in
superior court.

Marisol Kvasnikoff
Records & Information Management
Alaska Marine Highway System
"""
html = ('<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">' +
        ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in plain.strip().split('\n\n')) + '</div></body></html>\n')
add('052-akdot-final-partial-security.eml', [
    ('From', '"Kvasnikoff, Marisol M (DOT)" <marisol.kvasnikoff@alaska.gov>'),
    ('To', 'Records Desk <%s>' % plus(r)),
    ('Cc', 'Lena Haugland <lhaugland@records.example.org>'),
    ('Subject', 'PRR2026-318 - Final response (Tustumena / Kennicott maintenance records)'),
    ('Date', 'Wed, 09 Dec 2026 14:00:19 -0900'),
    ('Message-ID', outlook_mid('052', 'namprd09')),
] + outlook('052', 'PRR2026-318 - Final response (Tustumena / Kennicott maintenance records)'),
    mk.multipart('alternative', [mk.text(plain), mk.text(html, 'html', cte='base64')], '052'))

# ------------------------------------------------------------------ 053 OIP "What's New" newsletter (null) from the same hawaii.gov address
plain = """\
OIP's What's New - December 10, 2026

* 2027 training schedule. OIP will offer live UIPA and Sunshine Law training
  for state and county boards in January and February. Registration is open.

* Updated model forms. The "Acknowledgment to Requester" and "Notice to
  Requester" model forms have been revised to make the fee and prepayment
  sections easier to read.

* Reminder to agencies: UIPA Record Request Log reports for fiscal year
  2026 are due to OIP by January 31.

* New opinions. OIP issued two formal opinions on the disclosure of
  enforcement complaint records and one memorandum opinion on appeals
  involving delayed responses.

Office of Information Practices
250 South Hotel Street, Suite 107, Honolulu, Hawaii 96813
To stop receiving What's New, reply with UNSUBSCRIBE in the subject line.
"""
html = ('<html><body style="font-family:Georgia,serif;font-size:12pt"><h2>OIP&#8217;s What&#8217;s New &ndash; December 10, 2026</h2>' +
        ''.join('<p>%s</p>' % p.replace('\n', ' ').lstrip('* ') for p in plain.strip().split('\n\n')[1:]) + '</body></html>\n')
add('053-oip-whats-new-newsletter-null.eml', [
    ('From', 'Office of Information Practices <oip@hawaii.gov>'),
    ('To', 'OIP What\'s New Subscribers <oip.whatsnew@lists.hawaii.gov>'),
    ('Subject', "OIP's What's New: 2027 training, revised model forms, log reports due"),
    ('Date', 'Thu, 10 Dec 2026 10:00:00 -1000'),
    ('Message-ID', outlook_mid('053', 'namprd11')),
    ('Precedence', 'bulk'),
    ('List-Id', '"OIP What\'s New" <oip.whatsnew.lists.hawaii.gov>'),
], mk.multipart('alternative', [mk.text(plain), mk.text(html, 'html', cte='quoted-printable')], '053'))

# ------------------------------------------------------------------ 054 ODF final for REQ-007, narrowed, fee paid, nothing withheld
r = 'REQ-007'
b = """\
Hello,

Thank you for narrowing ODF-26-0467 to contractor resources assigned to the
Boulder Springs Complex and for your payment of the revised fee ($286.20),
received December 2.

The records are attached as a download link:
https://odf.sharefile.com/d-c1d2e3f4a5b6

  - 62 contractor invoices (engines, crews, water tenders)
  - 18 contractor performance evaluations

No records were withheld. This completes ODF's response to ODF-26-0467.

ODF Public Records
Oregon Department of Forestry
"""
add('054-odf-final-contractor-invoices.eml', [
    ('From', '"ODF Public Records * ODF" <publicrecords@odf.oregon.gov>'),
    ('To', plus(r)),
    ('Subject', 'ODF-26-0467 Records provided'),
    ('Date', 'Mon, 14 Dec 2026 11:00:35 -0800'),
    ('Message-ID', outlook_mid('054')),
] + outlook('054', 'ODF-26-0467 Records provided'), mk.text(b))

# ------------------------------------------------------------------ 055 WSDOT installment 1; number only in the attachment file name
r = 'REQ-004'
pdf = mk.make_pdf([[
    '##Installment 1 - Index of Records',
    'Washington State Ferries - Vessel Maintenance / Marine Operations', '',
    'Scope as narrowed by the requester on October 21, 2026: out-of-service reports for all vessels and '
    'corrective (unscheduled) work orders for the Jumbo Mark II and Super class vessels, 1/1/2025 - 9/10/2026.', '',
    '001  Out-of-service reports, January - June 2025 (PDF, 188 pages)',
    '002  Out-of-service reports, July - December 2025 (PDF, 203 pages)',
    '003  Corrective work orders, Jumbo Mark II class, 2025 (XLSX export)',
    '004  Corrective work orders, Super class, 2025 (XLSX export)',
    '005  Vessel casualty reports (CG-2692), 2025 (PDF, 37 pages)', '',
    'Redactions: personal cell phone numbers of crew (RCW 42.56.250); vessel security plan references '
    '(RCW 42.56.420).',
]], title='Installment 1 Index')
b = """\
Dear Records Desk,

Installment 1 of your request for Washington State Ferries maintenance
records, as narrowed on October 21, is ready. The files are available at:

https://wsdot.sharefile.com/d-e5c7a9b1d3f2

An index of the records in this installment is attached. The 2026
out-of-service reports and corrective work orders will follow in later
installments; WSDOT anticipates completing the request on or before
February 12, 2027.

WSDOT Public Disclosure Office
"""
add('055-wsdot-installment-1-number-in-filename.eml', [
    ('From', 'WSDOT Public Disclosure <publicdisclosure@wsdot.wa.gov>'),
    ('To', plus(r)),
    ('Subject', 'Installment 1 - Washington State Ferries maintenance records'),
    ('Date', 'Thu, 17 Dec 2026 10:30:52 -0800'),
    ('Message-ID', outlook_mid('055')),
] + outlook('055', 'Installment 1 - Washington State Ferries maintenance records', attach=True),
    mk.multipart('mixed', [mk.text(b), mk.attachment(pdf, 'application/pdf', '2026-04471_Installment_1_Index.pdf')], '055'))

# ------------------------------------------------------------------ 056 DNR final installment for REQ-001 (mentions PDR 26-1302 as a trap)
r = 'REQ-001'
b = """\
Dear Records Desk,

This email provides the final installment for PDR26-1187 and closes the
request. Installments 2 through 4 have been combined:

https://dnrwa.sharefile.com/d-9f8e7d6c5b4a

  - Aviation use summaries and retardant/water drop records (11 files)
  - The Type 3 incident management team's documentation package
  - The Sawtooth Creek Fire after-action review, finalized December 10, 2026

Redactions are listed in the attached exemption log: personal cell phone
numbers (RCW 42.56.250) and radio repeater locations and frequencies
(RCW 42.56.420). Records about the August 19 helicopter mishap were handled
under your separate request, PDR 26-1302, and are not part of this release.

If you believe any record was improperly withheld, you may request review by
DNR's Public Records Officer or by the Attorney General's Office under
RCW 42.56.530.

Kendra Albers
Public Records Officer
Washington State Department of Natural Resources
"""
log = ("Request,Installment,Record,Exemption,Description\n"
       "PDR26-1187,4,IMT documentation package - ICS-205 radio plans,RCW 42.56.420,Repeater locations and frequencies\n"
       "PDR26-1187,2,Aviation daily summaries,RCW 42.56.250,Personal cell numbers of pilots\n")
s = 'PDR26-1187 \u2013 Final installment and closing letter'
add('056-dnr-final-installment-closing.eml', [
    ('From', '"ALBERS, KENDRA (DNR)" <kendra.albers@dnr.wa.gov>'),
    ('To', plus(r)),
    ('Subject', s),
    ('Date', 'Tue, 22 Dec 2026 15:00:14 -0800'),
    ('Message-ID', outlook_mid('056')),
] + outlook('056', s, attach=True),
    mk.multipart('mixed', [mk.text(b), mk.attachment(log.encode(), 'text/csv', 'PDR26-1187 Exemption Log Final.csv', cte='7bit')], '056'))

# ------------------------------------------------------------------ 057 Exchange NDR from wsdot.wa.gov: our follow-up to the departed WSF planner
r = 'REQ-004'
ndr_text = """\
Your message to CastelR@wsdot.wa.gov couldn't be delivered.

CastelR wasn't found at wsdot.wa.gov.

records           Office 365           CastelR
Action Required                        Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact your helpdesk.

Diagnostic information for administrators:
Generating server: SJ0PR09MB7712.namprd09.prod.outlook.com
CastelR@wsdot.wa.gov
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
status = """\
Reporting-MTA: dns;SJ0PR09MB7712.namprd09.prod.outlook.com
Received-From-MTA: dns;mail-sor-f41.google.com
Arrival-Date: Thu, 7 Jan 2027 17:00:41 +0000

Final-Recipient: rfc822;CastelR@wsdot.wa.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
refs = '<req-004.20260910.1@records.example.org>\n %s\n <req-004.20261021.2@records.example.org>' % outlook_mid('031', 'namprd09')
orig = mk.message([
    ('From', 'Records Desk <records@records.example.org>'),
    ('Reply-To', plus(r)),
    ('To', '"Castellanos, Renee" <CastelR@wsdot.wa.gov>'),
    ('Subject', 'RE: Eagle Harbor work orders - scope question'),
    ('Date', 'Thu, 07 Jan 2027 09:00:37 -0800'),
    ('Message-ID', '<req-004.20270107.3@records.example.org>'),
    ('In-Reply-To', '<req-004.20261021.2@records.example.org>'),
    ('References', refs),
], mk.text("Hi Renee - thanks again for installment 1. When should we expect the 2026\n"
           "out-of-service reports? The index says they'll follow in later installments.\n\nRecords Desk\n"))
body = mk.multipart('report', [
    mk.text(ndr_text),
    mk.raw_part([('Content-Type', 'message/delivery-status')], status),
    mk.raw_part([('Content-Type', 'message/rfc822')], orig),
], 'ndr057', params=' report-type=delivery-status;')
add('057-wsdot-exchange-ndr-departed-planner.eml', [
    ('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@wsdot.wa.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Undeliverable: RE: Eagle Harbor work orders - scope question'),
    ('Date', 'Thu, 07 Jan 2027 09:00:44 -0800'),
    ('Message-ID', '<3a7f0c2e-91b4-4d6a-8e5f-1c2d3b4a5f60@SJ0PR09MB7712.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<req-004.20270107.3@records.example.org>'),
    ('References', '<req-004.20270107.3@records.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
    ('X-MS-Exchange-Message-Is-Ndr', ''),
], body)

# ------------------------------------------------------------------ 058 DLNR final increment with withholdings (HTML only; HI appeal rolls to Monday)
r = 'REQ-013'
html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Aloha,</p>
<p>This is the final increment for UIPA-26-0117 (DOCARE fisheries enforcement records). The records are available at
<a href="https://hawaii.sharefile.com/d-7e9a1c3b5d">https://hawaii.sharefile.com/d-7e9a1c3b5d</a> for 30 days:</p>
<ul>
<li>Citation log extracts, January 1, 2025 &ndash; September 11, 2026</li>
<li>Closed case reports, 2025&ndash;2026 (212 reports)</li>
<li>Daily activity (patrol) logs, all branches, 2024&ndash;2026</li>
</ul>
<p>As stated in the Notice to Requester, 11 case files of matters under investigation or pending prosecution are withheld in full
under HRS &sect;&nbsp;92F-13(3), and names and home addresses of persons whose charges were dismissed are redacted under
HRS &sect;&nbsp;92F-13(1). The actual fees did not exceed the prepayment; no balance is due.</p>
<p>This completes the Department&#8217;s response. You may appeal the denied portions to the Office of Information Practices within
one year (HAR &sect;&nbsp;2-73-12).</p>
<p>Mahalo,<br>Leilani K. Kahananui<br>UIPA Coordinator, Department of Land and Natural Resources</p>
</body></html>
"""
add('058-dlnr-final-increment-html.eml', [
    ('From', '"Kahananui, Leilani K" <leilani.k.kahananui@hawaii.gov>'),
    ('To', plus(r)),
    ('Cc', 'Isaac Pua <ipua@records.example.org>'),
    ('Subject', 'UIPA-26-0117 - final increment'),
    ('Date', 'Fri, 08 Jan 2027 12:00:47 -1000'),
    ('Message-ID', outlook_mid('058', 'namprd11')),
] + outlook('058', 'UIPA-26-0117 - final increment'), mk.text(html, 'html', cte='quoted-printable'))

# ------------------------------------------------------------------ 059 WDFW final installment, late, with withholdings
r = 'REQ-003'
b = """\
Hello,

I'm sorry this is later than the December 11 estimate; the Enforcement
Program needed more time to review the 2025-2026 reports.

The final installment for request 26-5513 is available for 30 days at:
https://wdfw.box.com/s/p4t7w0z3c6f9j2m5

  - 2025-2026 WDFW Police incident and citation reports, commercial
    fisheries (1,944 pages, provided electronically; no charge)
  - Commercial fisheries violation summaries prepared for the Fish and
    Wildlife Commission, 2024 and 2025

Redactions are listed in the attached log. Three reports relating to open
investigations are withheld in full under RCW 42.56.240(1).

This installment completes your request, and it is now closed. If you
believe records were withheld improperly, you may ask the Public Records
Officer for review, or ask the Attorney General's Office to review the
decision under RCW 42.56.530.

Dominic Achterberg
Public Records Specialist
Washington Department of Fish and Wildlife
"""
log = ("Request,Installment,Report No.,Exemption,Description\n"
       "26-5513,2,WDFW25-000982,RCW 42.56.240(1),Open investigation - withheld in full\n"
       "26-5513,2,WDFW26-000114,RCW 42.56.240(1),Open investigation - withheld in full\n"
       "26-5513,2,WDFW26-000367,RCW 42.56.240(1),Open investigation - withheld in full\n"
       "26-5513,2,various,RCW 46.52.120,Driver's license numbers\n")
add('059-wdfw-final-installment-closure.eml', [
    ('From', '"Achterberg, Dominic (DFW)" <dominic.achterberg@dfw.wa.gov>'),
    ('To', plus(r)),
    ('Subject', 'Public Records Request #26-5513 - Final Installment'),
    ('Date', 'Tue, 12 Jan 2027 10:00:38 -0800'),
    ('Message-ID', outlook_mid('059')),
] + outlook('059', 'Public Records Request #26-5513 - Final Installment', attach=True),
    mk.multipart('mixed', [mk.text(b), mk.attachment(log.encode(), 'text/csv', '26-5513_Final_Redaction_Log.csv', cte='7bit')], '059'))

# ------------------------------------------------------------------ 060 Chelan GovQA: request closed because installment 1 was never retrieved
r = 'REQ-005'
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Dear Records Desk,</p>
<p>Installment 1 for public records request <b>R000914-091426</b> was made available in the Public Records Center on 11/13/2026
and has not been retrieved. Because the installment was not claimed or reviewed within 30 days, the County is not obligated to
fulfill the balance of your request (RCW 42.56.120(4)). Your request has been closed and Installment 2 will not be produced.</p>
<p>If you still want these records, you may submit a new request.</p>
<p>Chelan County Public Records</p>
%s
</body></html>
""" % GOVQA_FOOT
add('060-chelan-govqa-closed-unclaimed-installment.eml', [
    ('From', 'Chelan County Public Records <donotreply@mycusthelp.net>'),
    ('To', plus(r)),
    ('Subject', 'Chelan County Public Records Request :: R000914-091426 - Request Closed'),
    ('Date', 'Fri, 15 Jan 2027 16:20:09 -0800'),
    ('Message-ID', '<d2f4a6c8e0b143d5a7c9e1f3a5b7d9e2@mycusthelp.net>'),
    ('X-Mailer', 'GovQA Notification Service'),
], mk.text(html, 'html'))
