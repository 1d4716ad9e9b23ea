#!/usr/bin/env python3
"""Messages 041-050 (October 27 - November 10, 2026)."""
from common import *

# 041 colleague forwards the Hennepin paralegal's "need more time" email (Gmail forward, plain text)
m = new('Dana Whitfield <dana.whitfield@newsdesk.example.net>', 'Records Desk <records@newsdesk.example.net>',
        'Fwd: Data request - use of force charging reviews', '2026-10-27 14:22:10 -0500',
        '<CAJx7qPt0nQ5b3_K2e8sVv4mY1Wc6dLr9hZaF3oE0uTg@mail.gmail.com>', post=[('X-Boundary-Style', 'gmail')])
text(m, """FYI - Lukas at the County Attorney's office wrote to me directly after I called him
about the use-of-force charging reviews. Putting it in the desk inbox so it's on file.
-Dana

---------- Forwarded message ---------
From: Brandt, Lukas <lukas.brandt@hennepin.us>
Date: Tue, Oct 27, 2026 at 1:58 PM
Subject: RE: Data request - use of force charging reviews
To: Dana Whitfield <dana.whitfield@newsdesk.example.net>


Hi Dana,

Thanks for the call. As I mentioned, this is going to take longer than I'd hoped. The files
from 2020-2021 are in offsite storage, and each file has to be reviewed for data that is
confidential or private (victim identities, medical data, anything sealed). I'm now looking
at a first batch around December 4, with the rest likely in January. I'll send things as
they're ready rather than hold everything until the end.

Lukas

Lukas Brandt | Paralegal, Data Practices
Hennepin County Attorney's Office
""")
save('042-fwd-hcao-more-time.eml', m, fact('042-fwd-hcao-more-time.eml', 'REQ-010', 'extension', None, clock='extension',
     estimated='2026-12-04', signals=['subject'],
     why='colleague forwards the paralegal\'s note: more time needed, first batch about Dec 4; MN has no extension rule, so no due'))

# 042 JustFOIA bare new-message notice
m = new('Minneapolis Data Requests <minneapolismn@justfoia.com>', 'records+req-009@newsdesk.example.net',
        'New message regarding Data Request DPR 2026-0448', '2026-10-28 08:00:03 -0500', '<5c81e4a0f2b73d96c1e7@justfoia.com>')
html(m, """<html><body style="font-family:Arial;font-size:10pt">
<p>There is a new message regarding your request <b>DPR 2026-0448</b>.</p>
<p>Please <a href="https://minneapolismn.justfoia.com/publicportal/home/track">log in to the public portal</a> to read and respond to it.</p>
<p style="font-size:8pt;color:#777">This notification was sent by JustFOIA on behalf of the City of Minneapolis. Replies are not monitored.</p>
</body></html>
""")
save('043-opcr-justfoia-newmsg.eml', m, fact('043-opcr-justfoia-newmsg.eml', 'REQ-009', 'portal_notice', 'DPR 2026-0448',
     signals=['plus', 'tracking'], why='JustFOIA: new message, log in to read it; no content'))

# 043 ACRB no records for the audit request; mentions the other request's number (Outlook, multipart/alternative)
m = new('"Ellison, Tamika" <tellison@atlantaga.gov>', 'Records Desk <records+req-017@newsdesk.example.net>',
        'RE: ' + subj('REQ-017'), '2026-10-29 11:25:31 -0400',
        '<BL1PR09MB77312D6F8A0C4E1B93D5F7A2C8@BL1PR09MB7731.namprd09.prod.outlook.com>', **thread('REQ-017'),
        post=[('Thread-Topic', subj('REQ-017')), ('X-MS-Has-Attach', ''), ('X-Boundary-Style', 'outlook')])
body = """Good morning,

The Board received your request on October 26, 2026 and logged it as ORA-26-044.

The Atlanta Citizen Review Board did not conduct an audit or a review of the Atlanta Police
Department's body-worn camera activation compliance in 2025, and the Board has no records
responsive to ORA-26-044. The Board's findings about camera activation were made in
individual complaint cases; those case files are among the records being produced under
your earlier request, ORA-26-031.

APD's Office of Inspections may maintain audit records of camera activation. Requests to APD
can be made through the City's open records portal.

Tamika Ellison
Open Records Officer, Atlanta Citizen Review Board
"""
alt(m, body, '<html><body style="font-family:Calibri;font-size:11pt">' +
    ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in body.split('\n\n')) + '</body></html>')
save('044-acrb-no-records-audit.eml', m, fact('044-acrb-no-records-audit.eml', 'REQ-017', 'no_records', 'ORA-26-044',
     adverse=True, signals=['thread', 'plus', 'tracking-new'],
     why='ACRB has no BWC-compliance audit (ORA-26-044); mentions our other ACRB number ORA-26-031 and suggests APD'))

# 044 California DOJ: part of the request referred to local agencies, rest to be produced (plain text, threaded)
m = new('Public Records Act Unit <pra@doj.ca.gov>', DESK, 'RE: ' + subj('REQ-015'), '2026-10-26 16:20:48 -0700',
        '<BY5PR09MB6045F7C0A2E9D4B18C3E6A0D54@BY5PR09MB6045.namprd09.prod.outlook.com>', **thread('REQ-015'))
text(m, """Re: Public Records Act Request PRA-2026-01877

Dear Requester:

Your request has three parts: (1) the Department's reports on AB 1506 investigations
concluded 2023-2025; (2) the Department's closing letters in those matters; and (3) the
investigative case files.

Parts (1) and (2): The Department has determined that it has disclosable records and expects
to make them available by November 20, 2026.

Part (3): To the extent you seek the investigative files compiled by the local law
enforcement agencies whose officers were involved (for example, the Los Angeles County
Sheriff's Department and the Vallejo Police Department), those records are maintained by
those agencies and not by the Department. We have forwarded that portion of your request to
those agencies' public records units as a courtesy; they will respond to you directly.
The Department's own investigative files are addressed in our determination on parts (1)
and (2).

Sincerely,

Public Records Act Unit
Office of the Attorney General
""")
save('041-cadoj-referral.eml', m, fact('041-cadoj-referral.eml', 'REQ-015', 'other', 'PRA-2026-01877', estimated='2026-11-20',
     signals=['thread', 'tracking'],
     why='DOJ refers the local-agency case files to LASD and Vallejo PD (referral notice) and says its own records will come by Nov 20'))

# 045 SF NextRequest documents released (first rolling production), HTML only
m = new('San Francisco Public Records <sanfrancisco@mail.nextrequest.com>', 'records+req-013@newsdesk.example.net',
        'San Francisco record request #26-4412 - documents released', '2026-11-02 13:15:22 -0800',
        '<nr.26-4412.released.0d4b8e@mail.nextrequest.com>')
html(m, """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Police Accountability released 14 documents on record request
<a href="https://sanfrancisco.nextrequest.com/requests/26-4412">#26-4412</a>:</p>
<ul>
<li>DPA 2023-0188 SB1421 Findings (redacted).pdf</li><li>DPA 2023-0241 SB1421 Findings (redacted).pdf</li>
<li>DPA 2023-0307 SB16 Biased Conduct (redacted).pdf</li><li>DPA 2023-0412 Investigative Summary (redacted).pdf</li>
<li>... and 10 more</li></ul>
<p><b>Message from Police Accountability:</b></p>
<blockquote>This is DPA's first production of records responsive to your request, covering cases closed in 2023. Personal
data of complainants and witnesses, and officers' home addresses and medical information, are redacted under Penal Code
832.7(b)(6) and Government Code 7927.700. DPA will continue to produce records on a rolling basis and anticipates
completing production by December 14, 2026.</blockquote>
<p style="font-size:11px;color:#888">Sent by NextRequest for the City and County of San Francisco.</p>
</body></html>
""")
save('045-sf-nextrequest-interim.eml', m, fact('045-sf-nextrequest-interim.eml', 'REQ-013', 'records_interim', '26-4412',
     estimated='2026-12-14', signals=['plus', 'tracking'],
     why='NextRequest: first rolling production of redacted SB 1421 records; completion expected Dec 14'))

# 046 Exchange NDR from Hennepin County: our follow-up to the data-requests mailbox (mailbox full)
ndr = """Received: from SA1PR09MB6630.namprd09.prod.outlook.com (2603:10b6:806:1d2::9)
 by SA1PR09MB6630.namprd09.prod.outlook.com; Tue, 3 Nov 2026 16:00:09 +0000
From: postmaster@hennepin.us
To: records@newsdesk.example.net
Date: Tue, 3 Nov 2026 16:00:09 +0000
Subject: Undeliverable: Follow-up: Data request - use of force charging reviews
Message-ID: <0f2a9c71-8d3e-4b6a-a5c0-7e14d9b2f638@SA1PR09MB6630.namprd09.prod.outlook.com>
Content-Language: en-US
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="c3d1b8f0-6a27-4e59-9d14-2b7e0a5f8c43"

--c3d1b8f0-6a27-4e59-9d14-2b7e0a5f8c43
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

hcao.datarequests@hennepin.us
The recipient's mailbox is full and can't accept messages now. Please try resending this
message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: SA1PR09MB6630.namprd09.prod.outlook.com

hcao.datarequests@hennepin.us
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

--c3d1b8f0-6a27-4e59-9d14-2b7e0a5f8c43
Content-Type: message/delivery-status

Reporting-MTA: dns;SA1PR09MB6630.namprd09.prod.outlook.com
Received-From-MTA: dns;mail-yw1-f171.google.com
Arrival-Date: Tue, 3 Nov 2026 16:00:05 +0000

Final-Recipient: rfc822;hcao.datarequests@hennepin.us
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--c3d1b8f0-6a27-4e59-9d14-2b7e0a5f8c43
Content-Type: message/rfc822

From: Records Desk <records@newsdesk.example.net>
Reply-To: records+req-010@newsdesk.example.net
To: hcao.datarequests@hennepin.us
Cc: lukas.brandt@hennepin.us
Subject: Follow-up: Data request - use of force charging reviews
Date: Tue, 03 Nov 2026 10:00:01 -0600
Message-ID: <req-010.followup.20261103.1@newsdesk.example.net>
References: <req-010.20260922.1@newsdesk.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Following up on our September 22 data practices request. Could you confirm the December
date for the first batch?

--c3d1b8f0-6a27-4e59-9d14-2b7e0a5f8c43--
"""
save('046-bounce-exchange-hcao.eml', ndr.encode(), fact('046-bounce-exchange-hcao.eml', 'REQ-010', 'bounce', None,
     signals=['thread-embedded', 'plus'],
     why='Hennepin Exchange NDR: our follow-up to the data-requests mailbox failed (mailbox full); returned copy references REQ-010'))

# 047 NY AG press release about an OSI report (same agency domain, not a reply; request: null)
m = new('NY Attorney General Press Office <nyag.pressoffice@ag.ny.gov>', 'records@newsdesk.example.net',
        "Attorney General's Office of Special Investigation Releases Report on Death of Rochester Man",
        '2026-11-05 10:00:00 -0500', '<press.20261105.osi-0417@ag.ny.gov>',
        post=[('List-Unsubscribe', '<mailto:press-unsubscribe@ag.ny.gov>'), ('Precedence', 'bulk')])
alt(m, """FOR IMMEDIATE RELEASE
November 5, 2026

ATTORNEY GENERAL'S OFFICE OF SPECIAL INVESTIGATION RELEASES REPORT ON DEATH OF ROCHESTER MAN

NEW YORK - The Office of Special Investigation (OSI) of the New York Attorney General's
Office today released its report on the death of a 41-year-old man following an encounter
with officers of the Rochester Police Department in March 2026. After a thorough
investigation, including a review of body-worn camera footage, witness interviews and the
autopsy findings, OSI concluded that a prosecutor would not be able to disprove beyond a
reasonable doubt that the officers' use of force was justified under New York law.

The report makes two recommendations to the Rochester Police Department concerning
de-escalation training and medical aid after restraint.

The full report and video are available at ag.ny.gov/osi.

Media contact: (212) 416-8060 | nyag.pressoffice@ag.ny.gov
To stop receiving press releases, reply with UNSUBSCRIBE.
""", """<html><body><p><b>FOR IMMEDIATE RELEASE</b><br>November 5, 2026</p>
<h3>Attorney General's Office of Special Investigation Releases Report on Death of Rochester Man</h3>
<p>NEW YORK - The Office of Special Investigation (OSI) of the New York Attorney General's Office today released its report on the
death of a 41-year-old man following an encounter with officers of the Rochester Police Department in March 2026. After a thorough
investigation, OSI concluded that a prosecutor would not be able to disprove beyond a reasonable doubt that the officers' use of force
was justified under New York law.</p>
<p>The full report and video are available at ag.ny.gov/osi.</p></body></html>
""")
save('047-nyag-press-release.eml', m, fact('047-nyag-press-release.eml', None, 'other', None, signals=['none'],
     why='bulk press release from the AG press office (same domain, same OSI topic) - not a reply to our FOIL request'))

# 048 NYC OpenRecords bare update
m = new('NYC OpenRecords <noreply@records.nyc.gov>', 'records+req-004@newsdesk.example.net',
        '[FOIL-2026-054-03318] Request Updated', '2026-11-06 09:30:15 -0500', '<177790995015.20418.5127@records.nyc.gov>')
text(m, """NYC OpenRecords

Your FOIL request FOIL-2026-054-03318 has been updated by the Civilian Complaint Review Board
(CCRB). Log in to view the update:
https://a860-openrecords.nyc.gov/request/view/FOIL-2026-054-03318

Please do not reply to this email.
""")
save('048-ccrb-openrecords-updated.eml', m, fact('048-ccrb-openrecords-updated.eml', 'REQ-004', 'portal_notice',
     'FOIL-2026-054-03318', signals=['plus', 'tracking'], why='OpenRecords "request updated, log in" notice with no content'))

# 049 Minneapolis JustFOIA closure: no records for the complaint number given (new request, first message)
m = new('Minneapolis Data Requests <minneapolismn@justfoia.com>', 'records+req-016@newsdesk.example.net',
        'Data Request DPR 2026-0517 Completed', '2026-11-09 11:45:37 -0600', '<a0d93f17e6c2b58d4e91@justfoia.com>')
html(m, """<html><body style="font-family:Arial;font-size:10pt">
<table width="620" cellpadding="8" style="border:1px solid #bbb">
<tr><td style="background:#003b5c;color:#fff"><b>City of Minneapolis &ndash; Data Practices</b></td></tr>
<tr><td>
<p>Your request <b>DPR 2026-0517</b> has been completed.</p>
<p><b>Response:</b> The Office of Police Conduct Review searched its case management system and has no data on a complaint
numbered 24-03311. OPCR complaint numbers for 2024 have five digits after the year (for example, OPCR 24-00873), and no
OPCR complaint matches the incident date and location described in your request. The number you provided may be an
internal case number of another unit. The City therefore has no data responsive to your request.</p>
<p>Date received: 10/19/2026</p>
</td></tr>
<tr><td style="font-size:8pt;color:#777">This notification was sent by JustFOIA on behalf of the City of Minneapolis.</td></tr>
</table></body></html>
""")
save('049-opcr-justfoia-no-records.eml', m, fact('049-opcr-justfoia-no-records.eml', 'REQ-016', 'no_records', 'DPR 2026-0517',
     adverse=True, signals=['plus', 'tracking-new'],
     why='first and only reply to REQ-016: OPCR has no complaint numbered 24-03311; MN has no appeal window'))

# 050 Denver GovQA: partial release of IA files with video links, remainder expected Dec 18 (multipart/alternative)
m = new('Denver Public Records Center <denvergov@govqa.us>', 'records+req-007@newsdesk.example.net',
        'Denver Public Records Center :: P004418-091626 - Records Available', '2026-11-10 11:00:54 -0700',
        '<4d7a19e0-b5c3-42f8-8e61-a0c92f3d7b14@govqa.us>')
msg = """Dear Records Desk,

Thank you for your deposit. The Denver Police Department is releasing the first part of the
records responsive to request P004418-091626: the Internal Affairs Section files for six (6)
of the fourteen closed investigations (IAS 2024-0117, 2024-0152, 2024-0203, 2024-0231,
2024-0266, 2024-0290). The documents are posted in the Public Records Center. The associated
body-worn camera video is available through these Evidence.com links, which expire in 30 days:

  https://denverpd.evidence.com/axon/share/5f2e81c0a7
  https://denverpd.evidence.com/axon/share/c9b4d36e12

Names and identifying information of complainants, witnesses and juveniles, and medical and
CCIC/NCIC information, have been redacted under C.R.S. 24-72-305(5) and 24-72-204(3)(a).

The remaining eight files are being reviewed and redacted. We expect to complete the request
by December 18, 2026.

Records Unit - Denver Police Department
"""
alt(m, msg, '<html><body style="font-family:Verdana,sans-serif;font-size:12px">' +
    ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in msg.split('\n\n')) + '</body></html>')
save('050-denver-govqa-interim-dpd.eml', m, fact('050-denver-govqa-interim-dpd.eml', 'REQ-007', 'records_interim',
     'P004418-091626', estimated='2026-12-18', signals=['plus', 'tracking'],
     why='DPD releases 6 of 14 IA files (redacted) with BWC via Evidence.com links; remainder expected Dec 18'))

finish(5)
