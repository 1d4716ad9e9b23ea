"""Part 6: mid November 2026 - January 2027."""
from gen_common import *

MSGS = []

# 51 CT DEEP liaison out-of-office reply to our follow-up
fup = '<req-007.20261116.2@records.example.org>'
m = new('Doucette, Paul <Paul.Doucette@ct.gov>', plus('REQ-007'), 'Automatic reply: RE: ' + REQ['REQ-007']['subject'],
        '2026-11-16 08:03 -0500', outlook_mid('ctdeep-ooo'), in_reply_to=fup, references=rmid('REQ-007') + ' ' + fup,
        extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]
        + outlook_headers('ctdeep-ooo', 'RE: ' + REQ['REQ-007']['subject']))
m.set_content("""I am out of the office until Monday, November 30, 2026 and will not be checking email.

For Freedom of Information matters, please write to deep.foi@ct.gov. For file room appointments at
79 Elm Street, call the DEEP Records Center at 860-424-XXXX.
""")
MSGS.append(entry('ctdeep-ooo', '2026-11-16 08:03 -0500', 'REQ-007', 'auto_reply',
                  'DEEP FOI liaison out-of-office reply to our follow-up email (threaded)',
                  'Outlook automatic reply in a thread started by our own follow-up; modeled on CT state employee OOO messages',
                  m, signals=['thread', 'plus']))

# 52 Open FOIL NY portal notice with no number and no topic (cannot be placed between the two DEC requests)
m = new('Open FOIL NY <noreply@openfoil.ny.gov>', INBOX, 'New message regarding your FOIL request',
        '2026-11-18 09:15 -0500', mid('openfoil-msg-1118', 'openfoil.ny.gov'))
m.set_content("""Hello Records Desk,

The Department of Environmental Conservation has posted a new message regarding your FOIL request.

To read the message and respond, sign in to Open FOIL NY at https://openfoil.ny.gov/ and select
"My Requests".

Please do not reply to this email. This mailbox is not monitored.
NYS Office of Information Technology Services on behalf of participating agencies
""")
MSGS.append(entry('openfoil-ny-portal-message', '2026-11-18 09:15 -0500', 'REQ-004', 'portal_notice',
                  'Open FOIL NY says DEC posted a message on "your FOIL request", no number or topic; in the story it is the Region 7 landfill request (REQ-004)',
                  'multi-agency state portal from an address no agency lists, with two open DEC requests; a careful reader cannot tell which; modeled on Open FOIL NY notices',
                  m, signals=['none']))

# 53 PA DEP Northcentral: no records
m = new('PA DEP Right-to-Know <RA-EPRTK@pa.gov>', plus('REQ-016'), 'RTK2026-1390 - Final Response',
        '2026-11-19 15:45 -0500', outlook_mid('padep-final-1390'), in_reply_to=outlook_mid('padep-ext-1390'),
        references=rmid('REQ-016') + ' ' + outlook_mid('padep-ext-1390'),
        extra=outlook_headers('padep-final-1390', 'RTK2026-1390 - Final Response'))
m.set_content("""Dear Requester:

Re: RTK2026-1390

The Department has conducted a good faith search of the Northcentral Regional Office's oil and gas
complaint files, the Complaint Tracking System and the Office of Oil and Gas Management's stray gas
investigation records for the road addresses you provided in Bradford and Tioga counties. The
Department does not possess any records responsive to your request. Under Section 705 of the RTKL,
65 P.S. 67.705, an agency is not required to create a record that does not exist.

Your request is therefore DENIED because no responsive records exist.

You may appeal to the Office of Open Records within fifteen (15) business days of the mailing date of
this response. Appeals may be filed on the OOR website, openrecords.pa.gov.

DEP Right-to-Know Office
""")
MSGS.append(entry('padep-no-records', '2026-11-19 15:45 -0500', 'REQ-016', 'no_records',
                  'PA DEP (NCRO) found no methane migration complaint records for the addresses; "denied" because none exist; OOR appeal window',
                  'no-records response phrased as a denial under RTKL 705; modeled on PA agency no-records letters',
                  m, tracking='RTK2026-1390', adverse=True, signals=['thread', 'plus', 'tracking']))

# 54 MassDEP final release via NextRequest, some records withheld, Supervisor of Records appeal
m = new('Massachusetts Department of Environmental Protection <massdep@mail.nextrequest.com>', INBOX,
        '[Records Request] Record request #26-1183 has been closed', '2026-12-04 14:00 -0500',
        mid('nr-massdep-1183-closed', 'mail.nextrequest.com'))
txt = """Record request #26-1183 has been closed. The closure reason supplied was:

"MassDEP has released 1,644 documents responsive to your request in the Documents section of this
request (NONs, administrative consent orders with penalty, and compliance correspondence for 14
facilities). Certain drafts and internal legal memoranda concerning the Haverhill and Lowell consent
orders were withheld under G.L. c. 4, s. 7(26)(d) (policy deliberation) and 7(26)(f) (investigatory
materials), and personal cell phone numbers were redacted under 7(26)(c). A withholding log is posted
with the documents. If you are dissatisfied with this response you may appeal to the Supervisor of
Records within 90 days, 950 CMR 32.08."

View request #26-1183: https://massdep.nextrequest.com/requests/26-1183
"""
m.set_content(txt)
m.add_alternative('<html><body><p>Record request <a href="https://massdep.nextrequest.com/requests/26-1183">#26-1183</a> '
                  'has been closed. The closure reason supplied was:</p><blockquote>' +
                  txt.split('"')[1].replace('\n', ' ') + '</blockquote></body></html>', subtype='html')
MSGS.append(entry('massdep-nextrequest-closed-final', '2026-12-04 14:00 -0500', 'REQ-005', 'records_final',
                  'NextRequest closure with a staff reason releasing 1,644 documents, withholding (d)/(f) material and redacting (c); 90-day Supervisor of Records appeal',
                  'portal closure notice that is really a final determination with withholdings; modeled on NextRequest closures used by MassDEP',
                  m, tracking='26-1183', adverse=True, signals=['subject', 'tracking']))

# 55 CT DEEP final: scanned file released, security plan and financial info withheld; FOIC appeal
m = new('DEEP FOI <deep.foi@ct.gov>', plus('REQ-007'), 'RE: ' + REQ['REQ-007']['subject'],
        '2026-12-07 11:30 -0500', outlook_mid('ctdeep-final'), in_reply_to=rmid('REQ-007'), references=rmid('REQ-007'),
        extra=outlook_headers('ctdeep-final', REQ['REQ-007']['subject']))
m.set_content("""Good morning,

Following up on Paul's earlier emails: the Waste Engineering & Enforcement Division has finished
scanning the transfer station permit file and the 2020-2026 inspection reports. They are available on
the DEEP file share until January 8:

  https://ctdeep.sharefile.com/d-9a41c7e2b8

Two items were withheld:
  - the facility's site security and emergency access plan, under Conn. Gen. Stat. 1-210(b)(19)
    (safety risk to a government-regulated facility), after consultation with DAS as the statute requires;
  - the operator's financial assurance worksheets containing trade secrets and commercial financial
    information given in confidence, under Conn. Gen. Stat. 1-210(b)(5)(A) and (B).

This completes DEEP's response. You may appeal the withholding to the Freedom of Information
Commission, 165 Capitol Avenue, Hartford, within 30 days.

DEEP Freedom of Information Office
""")
MSGS.append(entry('ctdeep-final-withholdings', '2026-12-07 11:30 -0500', 'REQ-007', 'records_final',
                  'DEEP releases the scanned permit file and inspections by link, withholds the security plan (1-210(b)(19)) and financial trade secrets (1-210(b)(5)); FOIC 30 days',
                  'final response from the shared FOI box continuing a staffer thread; modeled on CT DEEP FOI determinations',
                  m, adverse=True, signals=['thread', 'plus']))

# 56 EPA Headquarters denial of the transferred TSCA request (new HQ number, PDF letter)
m = new('EPA National FOIA Office <hq.foia@epa.gov>', INBOX, 'FOIA Request EPA-HQ-2027-000412 - Determination',
        '2026-12-09 10:20 -0500', outlook_mid('epa-hq-deny'), extra=outlook_headers('epa-hq-deny', 'FOIA Request EPA-HQ-2027-000412'))
m.set_content('Please see the attached determination letter for FOIA request EPA-HQ-2027-000412.\n\nNational FOIA Office\n')
attach_pdf(m, [
    'UNITED STATES ENVIRONMENTAL PROTECTION AGENCY', 'WASHINGTON, D.C. 20460', '', 'December 9, 2026', '',
    'Records Desk', '', 'Re: Freedom of Information Act Request EPA-HQ-2027-000412', '', 'Dear Requester:', '',
    'This responds to your FOIA request, transferred to this office by EPA Region 2, for notices submitted under',
    'section 8(e) of the Toxic Substances Control Act (TSCA) by PFAS manufacturers with facilities in New Jersey',
    'and any associated claims of confidentiality.', '',
    'The Office of Chemical Safety and Pollution Prevention located 37 responsive submissions. Non-confidential',
    'versions of these submissions are already publicly available in ChemView. The remaining records consist of',
    'the confidential versions and the substantiation of the CBI claims. These records are withheld in full under',
    'Exemption 3, 5 U.S.C. 552(b)(3), in conjunction with TSCA section 14(a), 15 U.S.C. 2613(a), and Exemption 4,',
    '5 U.S.C. 552(b)(4). No reasonably segregable non-exempt portions remain.', '',
    'You may appeal this response within 90 calendar days of the date of this letter through the FOIA Public',
    'Access Link or by email to hq.foia@epa.gov. You may also contact EPA\'s FOIA Public Liaison or the Office of',
    'Government Information Services (OGIS) at ogis@nara.gov or 202-741-5770.', '',
    'Sincerely,', '', 'Director, National FOIA Office'], 'EPA-HQ-2027-000412 Determination.pdf', 'Determination')
MSGS.append(entry('epa-hq-denial-tsca-cbi', '2026-12-09 10:20 -0500', 'REQ-015', 'denial',
                  'EPA HQ (after transfer from R2) withholds the confidential TSCA 8(e) versions in full under Exemptions 3 and 4; new number EPA-HQ-2027-000412; 90-day appeal',
                  'denial from another office of the agency under a new tracking number never seen before; placeable by the TSCA/PFAS/NJ topic and the transfer; modeled on EPA HQ determination letters',
                  m, tracking='EPA-HQ-2027-000412', adverse=True, signals=['subject']))

# 57 NYSDEC final installment with redactions, appeal rights
m = new('DEC FOIL <foil@dec.ny.gov>', plus('REQ-003'), 'RE: FOIL Request R004417-090926 - Acknowledgment',
        '2026-12-10 15:00 -0500', outlook_mid('nysdec-final-4417'), in_reply_to=outlook_mid('nysdec-int-4417'),
        references=rmid('REQ-003') + ' ' + outlook_mid('nysdec-int-4417'),
        extra=outlook_headers('nysdec-final-4417', 'FOIL Request R004417-090926 - Acknowledgment'))
m.set_content("""Dear Requester,

This is the second and final installment of records responsive to FOIL # R004417-090926: spill reports
for 2025-2026 and petroleum bulk storage inspection reports for the Port of Albany terminals (188 pages).
They are available at https://nysfiles.ny.gov/w/dec-foil-R004417-part2 until January 11, 2027.

Portions of these records have been redacted. Names and home telephone numbers of private individuals
who reported spills were redacted under Public Officers Law 87(2)(b) as an unwarranted invasion of
personal privacy. Tank-farm piping diagrams were redacted under 87(2)(f) because disclosure could
endanger the life or safety of any person. Two spill files relating to an open enforcement matter were
withheld under 87(2)(e)(i).

You may appeal this determination within 30 days by writing to the Records Access Appeals Officer,
NYS Department of Environmental Conservation, Office of General Counsel, 625 Broadway, Albany, NY 12233.

This completes the Department's response to your request.

Records Access Office
""")
MSGS.append(entry('nysdec-final-installment-redactions', '2026-12-10 15:00 -0500', 'REQ-003', 'records_final',
                  'DEC final installment (188 pages via link) with 87(2)(b)/(f) redactions and two files withheld under 87(2)(e)(i); 30-day appeal',
                  'final FOIL installment with partial withholdings and appeal officer paragraph; modeled on NYSDEC final responses',
                  m, tracking='R004417-090926', adverse=True, signals=['thread', 'plus', 'tracking']))

# 58 Maine DEP first installment via link (rolling release)
m = new('Pelletier, Jolene <Jolene.Pelletier@maine.gov>', INBOX, 'RE: FOAA-26-0412 - first installment',
        '2026-12-15 13:30 -0500', outlook_mid('medep-int'), cc='DEP FOAA <dep.foaa@maine.gov>',
        extra=outlook_headers('medep-int', 'FOAA-26-0412 - first installment'))
m.set_content("""Hello,

Here is the first installment for FOAA-26-0412: the list of licensed land application sites in Kennebec
County with license numbers and acreage, and the PFAS soil sampling results for those sites (spreadsheet
plus 126 lab reports, 1.3 GB). Download link, good for 30 days:

   https://stateofmaine.sharefile.com/d-4f10be77c2

Private residence addresses were removed as we discussed. The Somerset County sites will follow in a
second installment; we expect to have those to you by January 29, 2027, a bit later than our original
estimate because of the holidays.

Jolene Pelletier
Public Access Officer, Maine DEP
""")
MSGS.append(entry('medep-first-installment', '2026-12-15 13:30 -0500', 'REQ-011', 'records_interim',
                  'Maine DEP releases Kennebec sites and PFAS soil results (1.3 GB link); Somerset to follow by Jan 29',
                  'rolling release with a revised estimate, no threading headers, sent to the bare inbox; modeled on Maine DEP installment emails',
                  m, tracking='FOAA-26-0412', estimated='2027-01-29', signals=['tracking']))

# 59 NYSDEC Region 7: after narrowing, no order on consent exists for the period (no records)
m = new('Brandt, Evelyn (DEC) <Evelyn.Brandt@dec.ny.gov>', plus('REQ-004'), 'RE: FOIL R004630-092226 - cost of copies',
        '2026-12-21 10:00 -0500', outlook_mid('nysdec-nr-4630'), in_reply_to='<req-004.20261123.2@records.example.org>',
        references=outlook_mid('nysdec-fee-4630') + ' <req-004.20261123.2@records.example.org>', cc='DEC FOIL <foil@dec.ny.gov>',
        extra=outlook_headers('nysdec-nr-4630', 'FOIL R004630-092226 - cost of copies'))
m.set_content("""Hello,

Thanks for narrowing FOIL R004630-092226 to orders on consent entered for the Tallmadge Hollow Landfill
from 2020 to the present.

Region 7 and the Office of General Counsel have searched their files and the Department's enforcement
case tracking system, and the Department has no records responsive to the narrowed request: no order
on consent has been entered for this facility since 2020. (The most recent order, R7-2016-0412-19,
was terminated in 2019.)

You may appeal this determination within 30 days to the Records Access Appeals Officer, NYS DEC, Office
of General Counsel, 625 Broadway, Albany, NY 12233.

Evelyn Brandt
Region 7 - Division of Materials Management, NYS DEC
""")
MSGS.append(entry('nysdec-no-records-narrowed', '2026-12-21 10:00 -0500', 'REQ-004', 'no_records',
                  'DEC says no order on consent entered since 2020 for the landfill after we narrowed; 30-day appeal',
                  'no-records reply in the fee-estimate thread after narrowing; modeled on NYSDEC FOIL no-records letters',
                  m, tracking='R004630-092226', adverse=True, signals=['plus', 'tracking']))

# 60 EPA Region 3 denial in full under 7(A) and 5, letter in PDF; number in the letter and file name
m = new('R3 FOIA <r3foia@epa.gov>', INBOX, 'FOIA Final Determination', '2027-01-13 16:00 -0500',
        outlook_mid('epa-r3-deny'), extra=outlook_headers('epa-r3-deny', 'FOIA Final Determination'))
m.set_content('Attached please find EPA Region 3\'s final determination on your Freedom of Information Act request.\n\n'
              'Region 3 FOIA Office\n')
attach_pdf(m, [
    'UNITED STATES ENVIRONMENTAL PROTECTION AGENCY', 'REGION 3', 'Four Penn Center, 1600 John F. Kennedy Boulevard',
    'Philadelphia, Pennsylvania 19103-2852', '', 'January 13, 2027', '', 'Records Desk', '',
    'Re: FOIA Request EPA-R3-2026-005530', '', 'Dear Requester:', '',
    'This is the final response to your request for Clean Air Act enforcement and inspection records for the',
    'Monongahela Valley coke plant. The Enforcement and Compliance Assurance Division and the Office of Regional',
    'Counsel located approximately 3,700 pages of responsive records.', '',
    'EPA has referred this matter to the U.S. Department of Justice, and enforcement proceedings are pending. The',
    'responsive records are withheld in full under Exemption 7(A), 5 U.S.C. 552(b)(7)(A), because their release',
    'could reasonably be expected to interfere with those proceedings. Many of the records are also protected by',
    'Exemption 5 (deliberative process, attorney work-product and attorney-client privileges). Inspection reports',
    'that were previously made public are available on ECHO and are not reproduced here.', '',
    'You may appeal this determination within 90 calendar days of the date of this letter through the FOIA Public',
    'Access Link or to the National FOIA Office. You may also seek dispute resolution services from EPA\'s FOIA',
    'Public Liaison or from the Office of Government Information Services (OGIS), ogis@nara.gov.', '',
    'Sincerely,', '', 'Regional FOIA Officer, EPA Region 3'], 'EPA-R3-2026-005530_Final_Determination.pdf', 'Final Determination')
MSGS.append(entry('epa-r3-denial-7a-pdf', '2027-01-13 16:00 -0500', 'REQ-014', 'denial',
                  'EPA R3 withholds all ~3,700 pages in full under Exemption 7(A) (pending DOJ enforcement) and 5; 90-day appeal',
                  'full denial in a PDF with a generic email subject and no threading; modeled on EPA regional 7(A) withholding letters',
                  m, tracking='EPA-R3-2026-005530', adverse=True, signals=['tracking-filename', 'tracking-attachment']))
