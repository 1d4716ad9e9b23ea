"""Messages 051-060."""
from lib import add, build, pdf, outlook, gg, req_mid, plus, INBOX

# 051 Kiowa Town Clerk (own, informal) finds a 2024 report after the county attorney's no-records letter
m = req_mid(9, '2026-09-22')
add('051-kiowa-clerk-found-report.eml', build([
    ('From', 'Darlene Pruett <townclerk@townofkiowa.com>'),
    ('To', plus(9)),
    ('Cc', 'Lyle Haskett <lhaskett@elbertcounty-co.gov>'),
    ('Subject', 'Re: CORA Request: Town of Kiowa drinking water violation notices and engineering reports, 2023-2026'),
    ('Date', 'Tue, 10 Nov 2026 14:45:03 -0700'),
    ('Message-ID', '<CAKp3Wn1Q7x0@mail.gmail.com>'),
    ('In-Reply-To', m), ('References', m),
], text="""Hi there,

Sorry about this -- when we were cleaning out the old office at the water
plant last week we found a letter report from our engineer about the storage
tank inspection, dated June 2024. Lyle said it should go to you since it
falls in your dates. It's attached. That's everything we have.

Darlene Pruett
Town Clerk/Treasurer, Town of Kiowa
(303) 621-2366
""", attachments=[('Kiowa tank inspection letter report 2024-06.pdf', 'application/pdf', pdf([
    'TOWN OF KIOWA - 150,000 GALLON STORAGE TANK', 'Inspection Letter Report', 'June 14, 2024', '',
    'Prepared for the Town of Kiowa Board of Trustees.', 'Interior coating: fair, isolated blistering near the overflow.',
    'Vent screen: replace (non-compliant mesh size).', 'Recommendation: recoat within 3-5 years; replace vent screen in 2024.'], 'Tank report'))]),
    'REQ-009', 'records_final', signals=['thread', 'plus'],
    why='Town Clerk (own, informal Gmail-style) releases a record found after the no-records letter; completes the response')

# 052 Gmail DSN: our follow-up to the HR consultant went to a mistyped address
m11 = req_mid(11, '2026-09-28')
ndr = """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: records@records.example.org
Subject: Delivery Status Notification (Failure)
Date: Thu, 12 Nov 2026 09:20:14 -0700
Message-ID: <67a3b1f0.5d0a0220.2c11a.9f3dSMTPIN_ADDED_MISSING@mx.google.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000c0ffee2611a0"; report-type=delivery-status

--000000000000c0ffee2611a0
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to jmercer@summitpeakhr.co because the domain
summitpeakhr.co couldn't be found. Check for typos or unnecessary spaces and
try again.

The response was:

DNS Error: DNS type 'mx' lookup of summitpeakhr.co responded with code
NXDOMAIN Domain name not found: summitpeakhr.co

--000000000000c0ffee2611a0
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; records@records.example.org
Arrival-Date: Thu, 12 Nov 2026 08:20:11 -0800 (PST)
X-Original-Message-ID: <fu-011.20261112.1@records.example.org>

Final-Recipient: rfc822; jmercer@summitpeakhr.co
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS type 'mx' lookup of summitpeakhr.co responded with code NXDOMAIN
Last-Attempt-Date: Thu, 12 Nov 2026 08:20:12 -0800 (PST)

--000000000000c0ffee2611a0
Content-Type: text/rfc822-headers

From: Records Desk <records+req-011@records.example.org>
To: jmercer@summitpeakhr.co
Subject: Re: Rangeview Library District - response to your CORA request
Date: Thu, 12 Nov 2026 08:20:09 -0700
Message-ID: <fu-011.20261112.1@records.example.org>
In-Reply-To: <CAF8qL0dWw9R3@mail.gmail.com>
References: %s <CAF8qL0c+2mQ7@mail.gmail.com> <CAF8qL0dWw9R3@mail.gmail.com>

--000000000000c0ffee2611a0--
""" % m11
add('052-bounce-gmail-summithr-typo.eml', ndr.encode(), 'REQ-011', 'bounce', signals=['thread-embedded', 'plus', 'subject'],
    why='Gmail DSN: our follow-up on the Rangeview denial went to a mistyped domain; original References carry the request id')

# 053 Borough Clerk final response for OPRA 26-231, letter only in PDF; redactions (NJ appeal 45 days)
letter = ["BOROUGH OF HIGHLAND PARK", "Office of the Municipal Clerk", "221 South Fifth Avenue, Highland Park, New Jersey 08904", "",
  "November 13, 2026", "", "RESPONSE TO OPEN PUBLIC RECORDS ACT REQUEST", "Request No.: 26-231      Date received: 10/19/2026", "",
  "Records requested: Highland Park Police Department use of force reports, calendar year 2025", "",
  "[X] Request granted in part / denied in part", "",
  "Forty-one (41) use of force reports are provided. The following information has been redacted:", "",
  " - Names and identifying information of juveniles (N.J.S.A. 2A:4A-60)", " - Victim information in domestic violence incidents (N.J.S.A. 47:1A-1.1; 2C:25-33)",
  " - Medical treatment information (N.J.S.A. 47:1A-1; Executive Order 26 (McGreevey))", " - Social Security and driver's license numbers (N.J.S.A. 47:1A-1.1)", "",
  "Fees: none (electronic delivery).", "",
  "If you believe the denial of access to any portion of the records was improper, you may file a",
  "complaint with the Government Records Council or an action in Superior Court within 45 days.", "",
  "Joan Hervey, RMC", "Municipal Clerk / Custodian of Records"]
add('053-hpboro-final-uof-pdf.eml', build([
    ('From', '"Hervey, Joan" <clerk@hpboro.com>'),
    ('To', INBOX),
    ('Cc', 'Priya Delgado <pdelgado@dwblawnj.com>'),
    ('Subject', 'OPRA Response'),
    ('Date', 'Fri, 13 Nov 2026 13:00:38 -0500'),
    ('Message-ID', '<BN8PR09MB34109E0F11A2@BN8PR09MB3410.namprd09.prod.outlook.com>'),
] + outlook('OPRA Response', 'AQHbc1Fq7zPl0k3YQa9mR4vXw2e1Bg=='),
text="Please see attached.\n\nJoan Hervey, RMC\nMunicipal Clerk\n",
attachments=[('OPRA 26-231 Response.pdf', 'application/pdf', pdf(letter, 'OPRA 26-231')),
             ('HPPD UOF 2025 redacted.txt', 'text/plain', 'Stand-in for 41 redacted use of force reports (2025).\n')]),
    'REQ-015', 'records_final', '26-231', adverse=True, signals=['tracking-filename', 'tracking-attachment'],
    why='Clerk sends the standard OPRA response form (PDF) granting in part with redactions; subject is bare; NJ 45-day appeal window')

# 054 Colleague forwards the Board Attorney's final response as an attached message
inner = build([
    ('From', 'Kevin Brennan <kbrennan@dwblawnj.com>'),
    ('To', 'Nadia Okafor <nokafor@records.example.org>'),
    ('Cc', 'Michael Grosso <mgrosso@hpschools.net>'),
    ('Subject', 'OPRA-2026-041 - Legal Invoices - Final Response'),
    ('Date', 'Mon, 16 Nov 2026 11:12:00 -0500'),
    ('Message-ID', '<CH0PR04MB8123C0FFEE41@CH0PR04MB8123.namprd04.prod.outlook.com>'),
], text="""Ms. Okafor:

On behalf of the Highland Park Board of Education, enclosed are the invoices
of the Board's labor counsel and special education counsel, January 2024 to
October 2026 (item 2 of OPRA-2026-041), which completes the Board's response.

Billing narrative entries describing legal advice and strategy have been
redacted as attorney-client privileged and attorney work product (N.J.S.A.
47:1A-1.1; N.J.R.E. 504). Entries concerning identifiable students have been
redacted under N.J.A.C. 6A:32-7 and FERPA. Amounts, dates and hours are
disclosed.

You may challenge this response by filing a complaint with the Government
Records Council or an action in Superior Court within 45 days.

Kevin P. Brennan, Esq.
Delgado Whitlock & Brennan, P.C., Board Attorney
""")
add('054-fwd-attached-dwb-hpboe-final.eml', build([
    ('From', 'Nadia Okafor <nokafor@records.example.org>'),
    ('To', INBOX),
    ('Subject', 'Fwd: OPRA-2026-041 - Legal Invoices - Final Response'),
    ('Date', 'Mon, 16 Nov 2026 15:30:02 -0500'),
    ('Message-ID', '<CAJ7x0pR9nT1+m4@mail.gmail.com>'),
], text="""Final from the school board's lawyer on the invoices -- attaching the whole
message. The PDFs are too big to forward; I saved them to the shared drive.

Nadia
""", rfc822=inner), 'REQ-007', 'records_final', 'OPRA-2026-041', adverse=True, signals=['tracking', 'subject'],
    why='colleague forwards (as attached message) the board attorney final: invoices released with privilege redactions; NJ 45 days')

# 055 Lathrop City Clerk closes PRA 26-117 with the change orders, multipart
t = """Good morning,

The City has completed its response to Public Records Act request
PRA 26-117 (Lathrop Road widening contracts and change orders).

Production 2 (change orders 1-14 with backup, 311 pages):
https://lathropca.box.com/s/pra26117prod2

Bidder financial statements attached to change orders 6 and 11 were redacted
as trade secrets under Gov. Code 7927.705 and Evidence Code 1060, as
explained in the City Attorney's October 5 email. This request is now closed.

Teresa Vargas, CMC
City Clerk, City of Lathrop
"""
add('055-lathrop-clerk-final-roadwork.eml', build([
    ('From', 'City of Lathrop City Clerk <cityclerk@ci.lathrop.ca.us>'),
    ('To', plus(1)),
    ('Subject', 'PRA 26-117 - Final Production and Closure'),
    ('Date', 'Thu, 19 Nov 2026 10:00:44 -0800'),
    ('Message-ID', '<CY4PR14MB1123D2E5F9@CY4PR14MB1123.namprd14.prod.outlook.com>'),
] + outlook('PRA 26-117 - Final Production and Closure', 'AQHbe4Kr1s0n9x3ZQc2mT5vYw7d2Ag=='),
text=t, html='<html><body><div style="font-family:Arial;font-size:10pt">' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t.split('\n\n')) + '</div></body></html>'),
    'REQ-001', 'records_final', '26-117', adverse=True, signals=['plus', 'tracking'],
    why='City Clerk (own) completes the rolling production the firm began, with trade-secret redactions; CA has no appeal days')

# 056 KAR for Dripping Springs: no responsive records after clarification (TX)
add('056-kar-dripping-no-records.eml', build([
    ('From', 'Trent Kolbeck <tkolbeck@karlawtx.com>'),
    ('To', INBOX),
    ('Cc', 'Andrea Cunningham <acunningham@cityofdrippingsprings.com>'),
    ('Subject', 'RE: PIR #2026-251 - request for clarification'),
    ('Date', 'Tue, 24 Nov 2026 11:00:36 -0600'),
    ('Message-ID', '<DM6PR05MB66508A3B5C@DM6PR05MB6650.namprd05.prod.outlook.com>'),
    ('In-Reply-To', '<DM6PR05MB66504F7D1A@DM6PR05MB6650.namprd05.prod.outlook.com>'),
    ('References', '<DM6PR05MB66504F7D1A@DM6PR05MB6650.namprd05.prod.outlook.com>'),
] + outlook('PIR #2026-251 - request for clarification', 'AdmkQp3v1W0b2Y9hVSx8k2P0Pp4cLdwAB7kM'),
text="""Good morning,

Thank you for clarifying that you want only complaints about properties used
as short-term rentals and the permit register.

The City's short-term rental ordinance (Ord. No. 2026-31) takes effect
January 1, 2027, and the City has not issued any short-term rental permits,
so no permit register exists. The City's code enforcement system does not
track complaints by short-term rental use, and a search of complaint
narratives for "short-term," "STR," "Airbnb" and "VRBO" returned no
complaints in 2025-2026.

The City therefore has no information responsive to PIR #2026-251 as
clarified. The Act does not require the City to create new information.

Trent Kolbeck
Kolbeck Alvarado & Rusk, PLLC
"""), 'REQ-014', 'no_records', '2026-251', adverse=True, signals=['tracking', 'subject'],
    why='city attorney firm reports no responsive information after clarification; TX has no appeal days')

# 057 KAR for Dripping Springs: AG ruling received, remaining information released/withheld per ruling
add('057-kar-dripping-final-ag-ruling.eml', build([
    ('From', 'Bonnie Reyes <breyes@karlawtx.com>'),
    ('To', INBOX),
    ('Subject', 'City of Dripping Springs - PIR #2026-214 - Attorney General Ruling OR2026-028817'),
    ('Date', 'Thu, 03 Dec 2026 14:00:52 -0600'),
    ('Message-ID', '<DM6PR05MB6650D4C2E8@DM6PR05MB6650.namprd05.prod.outlook.com>'),
] + outlook('City of Dripping Springs - PIR #2026-214 - Attorney General Ruling', 'AdmsXq0T3p1v2W9hVSx8k2P0Pp4cLdwC'),
text="""On behalf of Trent Kolbeck:

The Office of the Attorney General has issued Open Records Letter Ruling
OR2026-028817 on the City's request concerning PIR #2026-214. In accordance
with the ruling:

  - Communications between the City and its outside counsel regarding the
    contested case hearing are withheld under Section 552.107(1).
  - Draft engineering memoranda are withheld under Section 552.111.
  - The remaining information, including the City's correspondence with
    TCEQ staff and the engineers' final technical memoranda, is released.

Released information (96 pages): https://karlawtx.sharefile.com/d-0f3b7d1e55
A copy of the ruling is available at texasattorneygeneral.gov.

This completes the City's response.

Bonnie Reyes, Legal Assistant
Kolbeck Alvarado & Rusk, PLLC
"""), 'REQ-004', 'records_final', '2026-214', adverse=True, signals=['tracking', 'subject'],
    why='after the AG ruling, the firm releases the rest and withholds per ruling; TX has no appeal days')

# 058 Vendor marketing email from RecordsBridge (same domain that serves two of our agencies): no request
add('058-recordsbridge-marketing.eml', build([
    ('From', 'RecordsBridge <hello@recordsbridge.com>'),
    ('To', INBOX),
    ('Subject', 'Faster responses, fewer extensions: meet RecordsBridge Redact'),
    ('Date', 'Mon, 14 Dec 2026 10:00:00 -0600'),
    ('Message-ID', '<mkt.20261214.88120@news.recordsbridge.com>'),
    ('List-Unsubscribe', '<mailto:unsubscribe@recordsbridge.com?subject=88120>'),
    ('Precedence', 'bulk'),
], html="""<html><body style="font-family:Helvetica,Arial;font-size:14px;max-width:600px">
<h2>Public records teams close requests 40% faster with RecordsBridge Redact</h2>
<p>Automatic detection of personal information, exemption codes for all 50 states, and one-click
release letters. Cities, school districts and special districts already rely on RecordsBridge to
meet their response deadlines.</p>
<p><a href="https://www.recordsbridge.com/demo">Book a demo</a></p>
<p style="font-size:11px;color:#888">You received this email because you have interacted with a RecordsBridge
portal. <a href="https://www.recordsbridge.com/unsubscribe">Unsubscribe</a></p>
</body></html>"""), None, 'other', signals=['none'],
    why='marketing email from the records vendor whose domain also carries two agencies\' replies; no request')

# 059 Reclamation first interim release with (b)(4)/(b)(6) withholdings
add('059-usbr-interim-release.eml', build([
    ('From', 'Bureau of Reclamation FOIA Office <bor-foia@usbr.gov>'),
    ('To', plus(12)),
    ('Subject', 'BOR-2026-00871 - Interim Release 1'),
    ('Date', 'Wed, 06 Jan 2027 10:00:27 -0700'),
    ('Message-ID', '<PH0PR09MB774459AA@PH0PR09MB7744.namprd09.prod.outlook.com>'),
], text="""Dear Requester:

This is the first interim response to your FOIA request BOR-2026-00871. We
reviewed 412 pages of WaterSMART applications and are releasing 388 pages in
full and 24 pages in part. Information was withheld under FOIA Exemption 4
(applicants' confidential financial information, after submitter
consultation) and Exemption 6 (personal telephone numbers and email addresses
of private individuals).

The review panel scoring sheets are still being processed; we expect to make
a further release by the end of January 2027.

Release files: https://www.usbr.gov/foia/release/BOR-2026-00871-IR1.zip

Cassandra Yellowhorse
Government Information Specialist, Bureau of Reclamation
"""), 'REQ-012', 'records_interim', 'BOR-2026-00871', signals=['plus', 'tracking'],
    why='federal first interim release with Exemption 4 and 6 withholdings; scoring sheets still to come')

# 060 Reclamation final response letter in PDF with appeal rights and OGIS (adverse, federal 90 days)
letter = ["United States Department of the Interior", "BUREAU OF RECLAMATION", "Denver Federal Center, P.O. Box 25007, Denver, CO 80225-0007", "",
  "January 22, 2027", "", "Re: FOIA Request BOR-2026-00871 - Final Response", "", "Dear Requester:", "",
  "This is our final response to your request for WaterSMART grant applications and review scoring",
  "for small Colorado water providers, 2023-2026. We are releasing 57 pages of technical review",
  "scoring sheets, 49 in full and 8 in part. Reviewer deliberations and comments on unfunded",
  "applications are withheld under Exemption 5 (deliberative process privilege), and applicant",
  "financial data under Exemption 4. There are no fees.", "",
  "You may appeal this response to the Department of the Interior FOIA Appeals Officer. Your appeal",
  "must be received within 90 days of the date of this letter. Appeals may be sent to",
  "FOIA.Appeals@sol.doi.gov; mark the appeal 'FREEDOM OF INFORMATION APPEAL'.", "",
  "You may also seek dispute resolution services from our FOIA Public Liaison, (303) 445-2049, or",
  "from the Office of Government Information Services (OGIS), ogis@nara.gov, 202-741-5770.", "",
  "Sincerely,", "Cassandra Yellowhorse", "Government Information Specialist"]
add('060-usbr-final-letter-pdf.eml', build([
    ('From', 'Bureau of Reclamation FOIA Office <bor-foia@usbr.gov>'),
    ('To', plus(12)),
    ('Subject', 'Final Response - FOIA Request'),
    ('Date', 'Fri, 22 Jan 2027 15:20:10 -0700'),
    ('Message-ID', '<PH0PR09MB7744F00D@PH0PR09MB7744.namprd09.prod.outlook.com>'),
], text="Please see the attached final response letter and release files.\n\nReclamation FOIA Office\n",
attachments=[('BOR-2026-00871 Final Response.pdf', 'application/pdf', pdf(letter, 'BOR-2026-00871'))]),
    'REQ-012', 'records_final', 'BOR-2026-00871', adverse=True, signals=['plus', 'tracking-filename', 'tracking-attachment'],
    why='federal final letter (PDF only) with Exemption 4/5 withholdings; 90-day appeal, OGIS')
