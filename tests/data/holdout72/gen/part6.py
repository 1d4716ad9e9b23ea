"""Messages 051-060."""
from common import *

# 051 WI final: links plus attachment, no charge; number only in subject
m = new('Village Clerk <clerk@oakhollowwi.gov>', plus('REQ-013'), 'RE: PRR 2026-22 Oak Hollow meeting recordings',
        date('2026-10-22 16:05'), mid('051', 'BN8PR09MB3302.namprd09.prod.outlook.com'))
thread(m, 'REQ-013', [mid('039', 'BN8PR09MB3302.namprd09.prod.outlook.com')])
outlook_headers(m, '051')
t = wrap("""
Hello,

Per your reply, here are the Village Board meetings where TID No. 3 was on the agenda (9 meetings):

  2023-03-14  https://www.youtube.com/watch?v=oH3tid0314a
  2023-11-28  https://www.youtube.com/watch?v=oH3tid1128b
  2024-05-14  https://www.youtube.com/watch?v=oH3tid0514c
  2025-02-11, 2025-06-10, 2025-09-09, 2026-01-13, 2026-04-14, 2026-07-14: files too large for YouTube, shared here:
  https://oakhollowwi.sharefile.com/d-s8f1e2b0a4c3

The TID annual reports (PE-300 forms) for 2023-2025 are attached, and the 2024 audited TID report is attached as
well. There is no charge for this request. This completes your request.

Jennifer Brandt, WCMC
Clerk-Treasurer, Village of Oak Hollow
""")
m.set_content(t)
attach_pdf(m, 'TID 3 annual reports 2023-2025.pdf', ['VILLAGE OF OAK HOLLOW - TAX INCREMENTAL DISTRICT NO. 3',
    'Annual Report (PE-300) - 2025', 'Tax increment collected: $418,220', 'Project costs paid: $392,004', 'Fund balance: $61,515'], 'TID 3')
save('051-oakhollow-final-links.eml', m, request='REQ-013', kind='records_final', tracking_number='PRR 2026-22',
     signals=['thread', 'plus', 'tracking'], why='links to recordings and TIF reports attached; no charge; completes PRR 2026-22')

# 052 GovQA interim release with text
t = wrap("""
Dear Records Desk,

Records responsive to part of request R000318-091626 have been released and are available in the Public
Information Center: Monthly indigent health care expenditure reports, October 2024 - August 2026 (23 files).

The management services agreements are the subject of a pending request for a decision from the Office of the
Attorney General. You will be notified when the ruling is issued and the remaining information is released.

Log in: https://lavacahillshd.mycusthelp.com/WEBAPP/_rs/supporthome.aspx
""")
m = govqa(date('2026-10-23 10:00'), 'Public Information Request :: R000318-091626 - Records Released', t, '052')
save('052-lavacahills-govqa-interim.eml', m, request='REQ-007', kind='records_interim', tracking_number='R000318-091626',
     signals=['tracking'], why='indigent care reports released through GovQA; MSA awaits the AG ruling')

# 053 village e-newsletter - no request
m = new('Village of Oak Hollow <news@oakhollowwi.gov>', 'records@records.example.org',
        'Oak Hollow Notes: leaf collection, winter parking & budget hearing', date('2026-10-28 07:30'),
        mid('053', 'public.govdelivery.com'), Precedence='bulk',
        List_Unsubscribe='<https://public.govdelivery.com/accounts/WIOAKHOLLOW/subscriber/edit>')
m.set_content('<html><body><h2>Oak Hollow Notes</h2><p><b>Leaf collection</b> runs October 26 - November 20. '
                  'Rake leaves to the terrace, not into the street.</p><p><b>Winter parking:</b> no parking on village streets '
                  '2 a.m. - 6 a.m. from November 1 to March 31.</p><p><b>Budget hearing:</b> the 2027 budget public hearing is '
                  'Tuesday, November 17 at 6 p.m. at Village Hall. Copies of the proposed budget are available from the '
                  'Clerk-Treasurer.</p><p style="font-size:10px">Manage your subscriptions at GovDelivery.</p></body></html>',
                  subtype='html')
save('053-oakhollow-newsletter-null.eml', m, request=None, kind='other', signals=['none'],
     why='village GovDelivery newsletter from an agency domain mentioning the clerk; not about any request')

# 054 colleague in Tennessee forwards the district's answer to her resubmission (inline Fwd)
m = new('Marcy Bell <mbell@records.example.org>', 'records@records.example.org', 'Fwd: Hickory Ridge UD records request',
        date('2026-11-02 13:10'), mid('054', 'records.example.org'))
m.set_content(wrap("""
Resubmitted this one in my name with my TN license after their citizenship denial. Here's what they sent back.
Files are in the shared drive under Hickory Ridge.

Marcy

---------- Forwarded message ---------
From: Hickory Ridge Utility District <office@hickoryridgeud.com>
Date: Fri, Oct 30, 2026 at 3:41 PM
Subject: RE: Records request
To: Marcy Bell <mbell@records.example.org>

Ms. Bell,

Thank you for providing proof of Tennessee residency. Request HRUD-26-019 has been reopened under your name.
Attached are:

  - Commissioner per diem and compensation payments, 2022-2026 (board minutes excerpts and payroll register)
  - AWWA Water Loss Audits submitted to the Comptroller's Utility Management Review Board, 2022-2025

There is no charge since the records were provided electronically. This completes the request.

Brenda Cathey
Office Manager / Records Custodian
Hickory Ridge Utility District
"""))
save('054-hickoryridge-fwd-inline-final.eml', m, request='REQ-012', kind='records_final', tracking_number='HRUD-26-019',
     signals=['tracking', 'subject'],
     why="colleague's inline Fwd: district reopens HRUD-26-019 under a TN resident's name and releases everything")

# 055 GovQA closes the travel request as withdrawn by operation of law (no reply to the estimate)
t = wrap("""
Dear Records Desk,

Your request R000377-100526 has been closed.

The District issued an itemized statement of estimated charges on 10/12/2026. No written response accepting the
charges, modifying the request, or stating that a complaint was filed with the Office of the Attorney General was
received within 10 business days. Under Section 552.2615(b) of the Texas Government Code the request is considered
withdrawn.

You may submit a new request at any time through the Public Information Center.
""")
m = govqa(date('2026-11-03 08:00'), 'Public Information Request :: R000377-100526 - Closed', t, '055')
save('055-lavacahills-govqa-closed-withdrawn.eml', m, request='REQ-014', kind='other', tracking_number='R000377-100526',
     signals=['tracking'],
     why='closure for non-response: request deemed withdrawn under 552.2615(b); not a determination on the records')

# 056 IN records coordinator out-of-office (reply to our status question)
m = new('Megan Ortiz <mortiz@tcrsd.org>', 'records@records.example.org', 'Automatic reply: 2026-RSD-0042 status?',
        date('2026-11-10 09:00', 'EST'), mid('056', 'tcrsd.org'), Auto_Submitted='auto-replied')
m['In-Reply-To'] = '<status-0042.20261110@records.example.org>'
m.set_content(wrap("""
I am out of the office on leave until Monday, November 16. For public records requests please use
https://tcrsd.justfoia.com. For sewer backups or emergencies call (765) 555-0150.

Megan Ortiz
Records Coordinator, Tippecanoe Creek Regional Sewer District
"""))
save('056-tippecanoe-coordinator-ooo.eml', m, request='REQ-011', kind='auto_reply', tracking_number='2026-RSD-0042',
     signals=['tracking', 'subject'], why='records coordinator out-of-office answering our status question (number in our subject)')

# 057 MI final via JustFOIA, granted in part, appeal rights
m = justfoia('057', date('2026-11-12 15:40', 'EST'), 'Sauk Trail Township - Request 26-0117 Completed', wrap("""
Request 26-0117 has been completed. Response: Granted in part / Denied in part.

Message from the FOIA Coordinator:

"Your deposit was received October 23. Attached are the contractor pay applications 1-9, invoices and change orders
1-4 for the 2025 Sanitary Sewer Special Assessment District. Bank account and routing numbers on the contractor's
invoices have been redacted under MCL 15.243(1)(a) and (1)(y). The balance due of $66.49 is waived.

To the extent this response denies part of your request, you may (1) submit a written appeal to the Township Board
that states the word 'appeal' and identifies the reasons for reversal, or (2) commence an action in the Hillsdale
County Circuit Court within 180 days after the date of this final determination (MCL 15.235(5), 15.240)."

Documents: 26-0117_SAD_payapps_invoices_redacted.pdf
"""), 'Sauk Trail Township, Hillsdale County')
save('057-sauktrail-justfoia-final-partial.eml', m, request='REQ-010', kind='records_final', tracking_number='26-0117',
     adverse_determination=True, signals=['tracking', 'subject'],
     why='granted in part: account numbers redacted (MCL 15.243); appeal/court 180 days per table')

# 058 IN final via JustFOIA: deliberative drafts withheld, PAC complaint 30 days
m = justfoia('058', date('2026-11-23 10:15', 'EST'), 'Request 2026-RSD-0042 has been closed', wrap("""
Request 2026-RSD-0042 has been closed. Records Coordinator added a message:

"Attached are 214 emails and attachments between District staff and IDEM concerning the Agreed Order and the Long
Term Control Plan, January 2024 to date. Eleven internal draft versions of the LTCP update circulated among District
staff and its consulting engineer have been withheld as intra-agency deliberative material under IC 5-14-3-4(b)(6).

If you believe this denial violates the Access to Public Records Act you may file a formal complaint with the
Indiana Public Access Counselor within 30 days (IC 5-14-5-7), or bring suit under IC 5-14-3-9."

Documents: IDEM_correspondence_2024-2026.pdf
"""), 'Tippecanoe Creek Regional Sewer District')
save('058-tippecanoe-justfoia-final-partial.eml', m, request='REQ-011', kind='records_final', tracking_number='2026-RSD-0042',
     adverse_determination=True, signals=['tracking'],
     why='final release with deliberative drafts withheld (IC 5-14-3-4(b)(6)); PAC complaint within 30 days')

# 059 TX final after the AG ruling, from the district's public information address
m = new('Lavaca Hills CHD Public Information <publicinfo@lavacahillshd.org>', 'records@records.example.org',
        'R000318-091626 - Release following Attorney General ruling', date('2026-12-14 11:30', 'CST'),
        mid('059', 'lavacahillshd.org'))
m.set_content(wrap("""
Records Desk,

The Office of the Attorney General issued Open Records Letter No. OR2026-031447 on December 9, 2026 concerning
request R000318-091626. In accordance with the ruling, the District is releasing the 2022 and 2024 Management
Services Agreements. The pricing schedule in Exhibit B of the 2024 agreement has been redacted under Section
552.110(b) as the ruling requires; the remainder of the information is released.

This completes the District's response to your request. The agreements and a copy of the ruling are attached.

Public Information Office
Lavaca Hills County Hospital District
"""))
attach_pdf(m, 'OR2026-031447.pdf', ['OFFICE OF THE ATTORNEY GENERAL OF TEXAS', 'December 9, 2026',
    'OR2026-031447', 'The district must withhold the information we have marked under section 552.110(b) of the Government '
    'Code. The district must release the remaining information.'], 'OR2026-031447')
save('059-lavacahills-final-after-ag-ruling.eml', m, request='REQ-007', kind='records_final', tracking_number='R000318-091626',
     adverse_determination=True, signals=['tracking'],
     why='release after AG ruling with Exhibit B pricing redacted (552.110(b)); TX has no appeal window in the table')

# 060 GovQA closure status notice
t = wrap("""
Your request R000318-091626 has been closed.

To view the request and any responsive documents, log in to the Public Information Center:
https://lavacahillshd.mycusthelp.com/WEBAPP/_rs/supporthome.aspx
""")
m = govqa(date('2026-12-14 11:34', 'CST'), 'Public Information Request :: R000318-091626 - Closed', t, '060')
save('060-lavacahills-govqa-closed.eml', m, request='REQ-007', kind='portal_notice', tracking_number='R000318-091626',
     signals=['tracking'], why='GovQA closure status email with no substantive text, after the final release')

write_facts('part6')
