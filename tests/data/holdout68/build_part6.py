#!/usr/bin/env python3
"""Messages 051-057 (November 13-24, 2026)."""
from common import *

# 051 ACRB final release from the officer's personal Gmail (city email outage), Box link, redactions
m = new('Tamika Ellison <tamika.ellison.atl@gmail.com>', 'records@newsdesk.example.net',
        'ORA-26-031 records (sending from my personal email)', '2026-11-13 14:00:26 -0500',
        '<CAH4m0xQeT8vP1r2Zk7nB5yC3dW9aL6uF0gS2jR4hN8q@mail.gmail.com>', post=[('X-Boundary-Style', 'gmail')])
body = """Hi,

The City's email system has been down since yesterday morning, so I'm sending this from my
personal account to keep us on schedule. Please reply to tellison@atlantaga.gov once it's
back up.

Thank you for the payment received October 2. All of the records for ORA-26-031 are now in
this Box folder:

https://atlantaga.box.com/s/q7t2mz0c4vw81n5hx3ks9d6ey0bp1af2

 - 131 complaint files closed in 2024-2025 (PDF, one per case)
 - 58 Board recommendation letters to the Chief of Police
 - Body-worn camera video for the 9 cases where the Board reviewed video

Complainant and witness home addresses, phone numbers, dates of birth and Social Security
numbers were redacted (O.C.G.A. 50-18-72(a)(20)(A)), and the faces of two minors were
blurred in the video for case 25-041 (O.C.G.A. 50-18-72(a)(26.1)). Nothing else was
withheld. This completes the Board's response to ORA-26-031.

Tamika Ellison
Open Records Officer, Atlanta Citizen Review Board

Sent from my iPhone
"""
alt(m, body, '<div dir="ltr">' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in body.split('\n\n')) + '</div>')
save('051-acrb-final-personal-gmail.eml', m, fact('051-acrb-final-personal-gmail.eml', 'REQ-011', 'records_final', 'ORA-26-031',
     adverse=True, signals=['tracking'],
     why='ACRB officer sends the complete release (Box link, redacted contact data, blurred minors) from her personal Gmail; GA has no appeal window'))

# 052 COPA final installment and final letter (PDF) with partial withholding
m = new('COPA FOIA <foia@chicagocopa.org>', 'Records Desk <records+req-001@newsdesk.example.net>',
        'FOIA C26-01187 - Final Response', '2026-11-17 15:10:02 -0600',
        '<CH0PR09MB8842F1C7A3E05B9D2C4E6A8B07@CH0PR09MB8842.namprd09.prod.outlook.com>', **thread('REQ-001'),
        post=[('X-Boundary-Style', 'outlook'), ('X-MS-Has-Attach', 'yes')])
text(m, """Dear Records Desk:

Please find attached COPA's final response to FOIA No. C26-01187. The remaining files are
available at https://chicagocopa.sharefile.com/d-s9e4a2b71c0d3f58 (expires December 17, 2026).

Respectfully,
COPA FOIA Unit
""")
attach(m, pdf([[
    'CIVILIAN OFFICE OF POLICE ACCOUNTABILITY', '1615 W. Chicago Avenue, 4th Floor, Chicago, Illinois 60622', '',
    'November 17, 2026', '', 'Re: FOIA Request C26-01187 - Final Response', '', 'Dear Records Desk:', '',
    'This letter completes COPA\'s response to your request for the investigative files of officer-involved',
    'shooting investigations closed in 2025. COPA identified seventeen (17) responsive investigations. Files for',
    'seven were produced on September 22 and October 20, 2026. The files for the remaining ten are produced today',
    'through the secure link in the accompanying email.', '',
    'Redactions were made under Sections 7(1)(b), 7(1)(c) and 7(1)(d)(iv) of FOIA as described in our earlier',
    'installments. In addition, the interview recordings and transcripts in Log #2025-0000391 are withheld under',
    'Section 7(1)(d)(i) and (iii), because a related criminal prosecution is pending in the Circuit Court of Cook',
    'County and disclosure would interfere with it and could deprive a person of a fair trial.', '',
    'You have the right to seek review of this partial denial by the Public Access Counselor, Office of the',
    'Illinois Attorney General, within 60 days of the date of this letter, 5 ILCS 140/9.5(a), or to seek',
    'judicial review under 5 ILCS 140/11.', '',
    'Sincerely,', '', 'Marisol Quintero-Hayes', 'FOIA Officer, Legal Section']], 'C26-01187 final response'),
    'C26-01187 Final Response.pdf')
save('052-copa-final-pdf.eml', m, fact('052-copa-final-pdf.eml', 'REQ-001', 'records_final', 'C26-01187', adverse=True,
     signals=['thread', 'plus', 'tracking'],
     why='COPA final installment and letter: last 10 files released, one file\'s interviews withheld (pending prosecution); PAC 60 days'))

# 053 NY AG first release, not threaded, subject carries the number (plain text)
m = new('FOIL Records Access Officer <foil@ag.ny.gov>', 'records@newsdesk.example.net',
        'OAG-FOIL-26-0812 - First Release of Records', '2026-11-18 16:00:40 -0500',
        '<MN2PR09MB60113D8B5F2A71C0E9D4B6A3E1@MN2PR09MB6011.namprd09.prod.outlook.com>')
text(m, """Dear Requester:

This Office is releasing records in response to your FOIL request on a rolling basis.

1. Published reports. The Office of Special Investigation's reports for the nine matters
   within your request that were closed by a published report are available at
   https://ag.ny.gov/osi/reports (filter by year 2024 and 2025).

2. Case records for two matters (OSI 2024-118 and OSI 2025-027) are available through
   the secure link below until December 18, 2026:
   https://securefiles.ag.ny.gov/w/8rT3kQ0mZp2vX6yL
   Names and identifying details of civilian witnesses and medical information have been
   redacted pursuant to Public Officers Law Sec. 87(2)(b). Body-worn camera video in these
   files has been released with the faces of bystanders obscured.

We anticipate completing our response by December 18, 2026.

Very truly yours,

Jonah Feldstein
Assistant Records Access Officer
Office of the New York State Attorney General
""")
save('053-nyag-interim.eml', m, fact('053-nyag-interim.eml', 'REQ-006', 'records_interim', 'OAG-FOIL-26-0812',
     estimated='2026-12-18', signals=['tracking'],
     why='NY AG rolling release: links to published OSI reports plus redacted case records and video; completion by Dec 18'))

# 054 NYC OpenRecords closing: records released in full (no appeal window applies)
m = new('NYC OpenRecords <noreply@records.nyc.gov>', 'records+req-004@newsdesk.example.net',
        '[FOIL-2026-054-03318] Request Closed', '2026-11-20 10:00:31 -0500', '<177791004031.20418.2266@records.nyc.gov>')
alt(m, """NYC OpenRecords

The Civilian Complaint Review Board (CCRB) has closed your FOIL request FOIL-2026-054-03318
for the following reason:

Request Fulfilled - The agency has provided the records you requested. A spreadsheet of the
214 substantiated allegations against members of service assigned to the 75th Precinct from
2020 through 2025, with the Board's disciplinary recommendation and the final NYPD penalty
for each, has been released in full and is available on the request page:
https://a860-openrecords.nyc.gov/request/view/FOIL-2026-054-03318

Please do not reply to this email.
""", """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<div style="background:#1a3d6d;color:#fff;padding:10px"><b>NYC OpenRecords</b></div>
<p>The <b>Civilian Complaint Review Board (CCRB)</b> has closed your FOIL request FOIL-2026-054-03318 for the following reason:</p>
<p><b>Request Fulfilled</b> - The agency has provided the records you requested. A spreadsheet of the 214 substantiated allegations
against members of service assigned to the 75th Precinct from 2020 through 2025, with the Board's disciplinary recommendation and the
final NYPD penalty for each, has been released in full and is available on the
<a href="https://a860-openrecords.nyc.gov/request/view/FOIL-2026-054-03318">request page</a>.</p>
</body></html>
""")
save('054-ccrb-openrecords-fulfilled.eml', m, fact('054-ccrb-openrecords-fulfilled.eml', 'REQ-004', 'records_final',
     'FOIL-2026-054-03318', signals=['plus', 'tracking'],
     why='OpenRecords closure: CCRB released the substantiated-allegation spreadsheet in full; nothing withheld, so no appeal date'))

# 055 California DOJ final determination only in the PDF; body carries no text beyond a signature
m = new('Public Records Act Unit <pra@doj.ca.gov>', DESK, 'RE: ' + subj('REQ-015'), '2026-11-20 15:45:09 -0800',
        '<BY5PR09MB60459E3D1B7C0A4F2E8D6B5C19@BY5PR09MB6045.namprd09.prod.outlook.com>', **thread('REQ-015'),
        post=[('X-Boundary-Style', 'outlook')])
text(m, """Public Records Act Unit
Office of the Attorney General
""")
attach(m, pdf([[
    'STATE OF CALIFORNIA - DEPARTMENT OF JUSTICE', 'OFFICE OF THE ATTORNEY GENERAL', 'Public Records Act Unit',
    '1300 I Street, Sacramento, CA 95814', '', 'November 20, 2026', '', 'RE: Public Records Act Request PRA-2026-01877', '',
    'Dear Requester:', '',
    'This letter is the Department\'s final response to your request.', '',
    'Reports. The Department\'s reports on AB 1506 investigations concluded from 2023 through 2025 are posted',
    'at https://oag.ca.gov/ab1506 and are available to the public.', '',
    'Closing letters. The Department located eleven closing letters sent to law enforcement agencies in',
    'matters in which no report was issued. They are available at https://doj-share.ca.gov/s/f8K2pQ7w.', '',
    'Investigative files. The Department\'s investigative files in these matters are records of investigations',
    'conducted by the Attorney General and are exempt from disclosure under Government Code section 7923.600,',
    'subdivision (a). Records that are subject to disclosure under Penal Code section 832.7, subdivision (b),',
    'are maintained by the employing agencies. These files are withheld in their entirety.', '',
    'This concludes the Department\'s response. Please reference PRA-2026-01877 in any correspondence.', '',
    'Sincerely,', '', 'Public Records Act Unit']], 'PRA-2026-01877 final'), 'Final Response Letter.pdf')
save('055-cadoj-final-pdf.eml', m, fact('055-cadoj-final-pdf.eml', 'REQ-015', 'records_final', 'PRA-2026-01877', adverse=True,
     signals=['thread', 'tracking-attachment'],
     why='DOJ final letter only in the PDF: reports and 11 closing letters via links, investigative files withheld under 7923.600; CA has no appeal window'))

# 056 SF NextRequest closure for non-response to the clarification (other)
m = new('San Francisco Public Records <sanfrancisco@mail.nextrequest.com>', 'records+req-014@newsdesk.example.net',
        'San Francisco record request #26-4790 has been closed', '2026-11-23 09:20:17 -0800',
        '<nr.26-4790.closed.7f03b5@mail.nextrequest.com>')
html(m, """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Record request <a href="https://sanfrancisco.nextrequest.com/requests/26-4790">#26-4790</a> has been closed.</p>
<p><b>Closure reason:</b> Requester did not respond</p>
<blockquote>Police Accountability asked for clarification on October 22, 2026 (which officer and which date) and has not received
a response. The request has been closed. You may submit a new request at any time.</blockquote>
<p style="font-size:11px;color:#888">Sent by NextRequest for the City and County of San Francisco.</p>
</body></html>
""")
save('056-sf-nextrequest-closed-noresponse.eml', m, fact('056-sf-nextrequest-closed-noresponse.eml', 'REQ-014', 'other', '26-4790',
     signals=['plus', 'tracking'],
     why='NextRequest closes the video request because we never answered the clarification; administrative closure, not a denial'))

# 057 Minneapolis JustFOIA completion with a CSV attachment; open-complaint data withheld
m = new('Minneapolis Data Requests <minneapolismn@justfoia.com>', 'records+req-009@newsdesk.example.net',
        'Data Request DPR 2026-0448 Completed', '2026-11-24 11:00:48 -0600', '<e7b20c94a5d1f83e06b2@justfoia.com>',
        post=[('X-Boundary-Style', 'java')])
html(m, """<html><body style="font-family:Arial;font-size:10pt">
<p>Your request <b>DPR 2026-0448</b> has been completed.</p>
<p><b>Response:</b> Attached is a spreadsheet of public data on 1,148 complaints received by the Office of Police Conduct
Review from January 1, 2021 through September 21, 2026 that have reached a final disposition: intake date, allegation
category, routing (coaching, investigation, panel), disposition and discipline imposed. Data on 87 complaints that are still
open are private personnel data under Minn. Stat. &sect; 13.43, subd. 2, and are not included; for those complaints, only
the existence and status of the complaint are listed. You elected to receive a copy; no fee was charged because the
compilation took less time than estimated.</p>
<p>This completes the City's response.</p>
</body></html>
""")
csv = ('complaint_no,intake_date,allegation_category,routing,disposition,discipline\n'
       'OPCR 21-00014,2021-01-06,Use of force,Investigation,Sustained,Written reprimand\n'
       'OPCR 21-00031,2021-01-19,Language,Coaching,Coaching completed,None\n'
       'OPCR 22-00412,2022-06-02,Failure to activate BWC,Panel,Sustained,Suspension 10 hours\n'
       'OPCR 24-00873,2024-04-11,Use of force,Investigation,Not sustained,None\n'
       'OPCR 26-00302,2026-05-27,Discourtesy,Investigation,OPEN - status only,\n')
attach(m, csv.encode(), 'DPR 2026-0448 OPCR complaints 2021-2026.csv', 'text', 'csv')
save('057-opcr-justfoia-final-csv.eml', m, fact('057-opcr-justfoia-final-csv.eml', 'REQ-009', 'records_final', 'DPR 2026-0448',
     adverse=True, signals=['plus', 'tracking'],
     why='OPCR releases the complaint spreadsheet (CSV) and withholds open-complaint details as private personnel data; MN has no appeal window'))

finish(6)
