# part 3 of make_messages.py (executed in its namespace): messages 041-059

# ============================================================== 041 NSA call request, no case number (REQ-006 by story)
CALL41_ID = '<8c3e1b0a9f7d4e26a5b4c3d2e1f0a9b8@msx.nsa.gov>'
m = new([('From', '"Walsh, Kevin M" <kmwalsh@nsa.gov>'), ('To', INBOX),
         ('Subject', 'FOIA request'),
         ('Date', 'Thu, 05 Nov 2026 15:10:27 +0000'),
         ('Message-ID', CALL41_ID)])
m.set_content("""Good morning,

I am one of the FOIA case officers assigned to your request. I left a voicemail yesterday at the telephone number listed on your request letter.

Could you please give me a call at 301-688-6911 between 0800 and 1530 ET so we can discuss the scope? It should only take a few minutes.

Thank you,

Kevin Walsh
FOIA Case Officer
NSA/CSS FOIA/PA Office
""")
write('041-nsa-call-no-number.eml', m)

# ============================================================== 042 Groton final response, partial (CT)
pdf = make_pdf("""TOWN OF GROTON
Office of the Town Manager
45 Fort Hill Road, Groton, Connecticut 06340

November 5, 2026

Nora Castellanos
Records Desk
records.example.org

**Re: Freedom of Information Request R000412-090926

Dear Ms. Castellanos:

In response to your request under the Connecticut Freedom of Information Act for Groton Town
Police Department records concerning unmanned aircraft activity near Naval Submarine Base New
London, as clarified on September 17, 2026, the Town provides the following:

  - 41 calls for service (CAD printouts) in which the narrative mentions a drone or unmanned
    aircraft, January 1, 2025 - September 30, 2026;
  - 6 incident reports, with redactions;
  - no signed agreement with NCIS or the FBI concerning drone response was located.

Redactions have been made as follows:
  - Conn. Gen. Stat. 1-210(b)(19): descriptions of base perimeter security measures, patrol
    routes and response procedures, the disclosure of which the Town has reasonable grounds to
    believe may result in a safety risk;
  - Conn. Gen. Stat. 1-210(b)(3)(A) and (B): identities of witnesses and signed statements of
    witnesses;
  - Conn. Gen. Stat. 1-210(b)(2): dates of birth and personal telephone numbers.

Two incident reports are withheld in full under 1-210(b)(3)(D), as they relate to an ongoing
investigation and disclosure would be prejudicial to a prospective law enforcement action.

Pursuant to Conn. Gen. Stat. 1-206(b)(1), you may appeal this partial denial to the Freedom of
Information Commission, 165 Capitol Avenue, Suite 1100, Hartford, CT 06106, by filing a notice of
appeal within thirty (30) days after the date of this letter.

Sincerely,

Jennifer Lam
FOI Coordinator, Town of Groton
""", title='R000412-090926 Final Response', producer='Microsoft Word for Microsoft 365')
m = new([('From', 'Jennifer Lam <jlam@groton-ct.gov>'), ('To', INBOX),
         ('Cc', 'Alicia Brennan <abrennan@groton-ct.gov>'),
         ('Subject', 'Records response - Groton Police drone calls'),
         ('Date', 'Thu, 05 Nov 2026 14:30:55 -0500'),
         ('Message-ID', '<DM6PR09MB4790E0B3A7C61D2F84E9B05AF2210@DM6PR09MB4790.namprd09.prod.outlook.com>'),
         ('X-MS-Has-Attach', 'yes'), ('Content-Language', 'en-US')])
m.set_content("""Good afternoon Ms. Castellanos,

Attached please find the Town's response letter and the records responsive to your Freedom of Information request regarding drone activity near the Submarine Base. Some information has been redacted and two reports have been withheld; the reasons are explained in the letter, which also describes your right of appeal.

The records have also been posted to the Public Records Center.

Regards,
Jennifer Lam
FOI Coordinator
Town of Groton
""", cte='quoted-printable')
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='R000412-090926_Final_Response.pdf')
m.add_attachment(make_pdf("""GROTON TOWN POLICE DEPARTMENT - CAD CALLS, NARRATIVE MENTIONS UAS/DRONE
01/14/2025  Suspicious Activity  Military Hwy      RP reports drone hovering near north gate. [REDACTED b19]
03/30/2025  Public Service       Crystal Lake Rd   Drone over backyard, RP concerned. Advised of FAA rules.
...
[41 calls, 6 incident reports with redactions]
""", title='GTPD UAS calls', producer='Tyler New World CAD Export'), maintype='application', subtype='pdf',
                 filename='GTPD_UAS_calls_redacted.pdf')
write('042-groton-final-redactions.eml', m)

# ============================================================== 043 GovQA closed
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Dear Records Desk,</p>
<p>Your public records request <b>R000412-090926</b> has been closed. Any records provided in response to your request are available in the Public Records Center for 60 days.</p>
<p><a href="https://grotonct.mycusthelp.com/WEBAPP/_rs/RequestLogin.aspx">Log in to the Public Records Center</a></p>
<p>Town of Groton<br>Public Records Center</p>
<p style="color:#777777;font-size:8pt">Please do not reply to this email. This mailbox is not monitored.</p>
</body></html>
"""
m = new([('From', 'Town of Groton Public Records Center <grotonct@mycusthelp.net>'), ('To', INBOX),
         ('Subject', 'Public Records Request :: R000412-090926 - Closed'),
         ('Date', 'Fri, 06 Nov 2026 08:01:14 -0500'),
         ('Message-ID', '<20261106130114.7f0a2c9e1b3d4a58@mycusthelp.net>'),
         ('X-Mailer', 'GovQA Notification Service')])
m.set_content(html, subtype='html', cte='quoted-printable')
write('043-groton-govqa-closed.eml', m)

# ============================================================== 044 ODNI still interested
STILL44_ID = '<BN8PR09MB5520C3F9E1B07A64D2E8F017A4512@BN8PR09MB5520.namprd09.prod.outlook.com>'
m = new([('From', 'ODNI FOIA <dni-foia@dni.gov>'), ('To', plus('REQ-002')),
         ('Subject', 'DF-2026-00452 - Request for Confirmation of Continued Interest'),
         ('Date', 'Fri, 06 Nov 2026 11:00:39 -0500'),
         ('Message-ID', STILL44_ID)])
m.set_content(wrap("""Dear Ms. Castellanos:

We are continuing to process your Freedom of Information Act request DF-2026-00452 for records concerning ODNI's acquisition of commercially available information about U.S. persons.

As part of our effort to manage our pending caseload, we are contacting requesters to determine whether they remain interested in their requests. Please confirm in writing that you are still interested in pursuing this request within 30 days of the date of this email. You may simply reply to this message.

If we do not receive your response within 30 days, we will assume that you are no longer interested in this request and will administratively close it. If your request is closed and you later wish to pursue it, you will need to submit a new request.

Respectfully,

Renee A. Jacobs
Government Information Specialist
Information Management Office
Office of the Director of National Intelligence
"""))
write('044-odni-still-interested.eml', m)

# ============================================================== 045 ODNI case officer OOO on our confirmation
OUR45 = '<req-002.20261109.2@records.example.org>'
m = new([('From', '"Jacobs, Renee A" <reneeaj@dni.gov>'), ('To', INBOX),
         ('Subject', 'Automatic reply: RE: DF-2026-00452 - Request for Confirmation of Continued Interest'),
         ('Date', 'Mon, 09 Nov 2026 09:02:11 -0500'),
         ('Message-ID', '<BN8PR09MB4417D8A2C0E19F3B7A64E5D1B9F02@BN8PR09MB4417.namprd09.prod.outlook.com>'),
         ('In-Reply-To', OUR45), ('References', STILL44_ID + ' ' + OUR45),
         ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
m.set_content("""I am out of the office from Monday, November 9 through Friday, November 13, returning Monday, November 16. I will respond to your message when I return.

For FOIA matters that cannot wait, please write to dni-foia@dni.gov.

Renee Jacobs
""", cte='quoted-printable')
write('045-odni-ooo.eml', m)

# ============================================================== 046 Martin County final after call (partial)
m = new([('From', 'Ron Hartwell <rhartwell@martincounty.in.gov>'), ('To', INBOX),
         ('Subject', 'RE: your records request'),
         ('Thread-Topic', 'your records request'),
         ('Date', 'Tue, 10 Nov 2026 10:40:26 -0500'),
         ('Message-ID', '<CH0PR09MB70119A1F3E06B2D4C58E71A0C0E31@CH0PR09MB7011.namprd09.prod.outlook.com>'),
         ('In-Reply-To', '<req-015.20261028.4@records.example.org>'),
         ('References', CALL38_ID + ' <req-015.20261028.4@records.example.org>'),
         ('X-MS-Has-Attach', 'yes'), ('Content-Language', 'en-US')])
m.set_content("""Ms. Castellanos,

Thanks for the call last week. The Sheriff has reconsidered the part of request MCSO-26-041 concerning the agreement with Naval Support Activity Crane.

Attached is the 2023 Mutual Aid Memorandum of Agreement between the Sheriff's Office and NSA Crane (8 pages). The emergency contact list and the staging-area annex are redacted under IC 5-14-3-4(b)(19). The incident reports remain withheld as investigatory records under IC 5-14-3-4(b)(1), as stated in our letter of October 13.

This completes our response to your request. If you disagree, you may file a formal complaint with the Public Access Counselor under IC 5-14-5.

Ron Hartwell
Chief Deputy
Martin County Sheriff's Office
""", cte='quoted-printable', charset='windows-1252')
m.add_attachment(make_pdf("""MEMORANDUM OF AGREEMENT FOR MUTUAL AID
between
NAVAL SUPPORT ACTIVITY CRANE
and
MARTIN COUNTY SHERIFF'S OFFICE, INDIANA

1. PURPOSE. This agreement establishes procedures for mutual law enforcement assistance ...
2. AUTHORITY. 10 U.S.C. 2464; DoDI 5525.13; IC 36-1-7.
...
ANNEX B - EMERGENCY CONTACTS            [REDACTED - IC 5-14-3-4(b)(19)]
ANNEX C - STAGING AREAS                 [REDACTED - IC 5-14-3-4(b)(19)]
""", title='NSA Crane MCSO MOA 2023 redacted', producer='Adobe Acrobat Pro 2020'), maintype='application', subtype='pdf',
                 filename='NSA Crane MCSO MOA 2023 (redacted).pdf')
write('046-martin-final-mou.eml', m)

# ============================================================== 047 NSA hedged fee estimate
m = new([('From', 'NSA FOIA Requester Service Center <foiarsc@nsa.gov>'), ('To', plus('REQ-005')),
         ('Subject', 'FOIA Case 118762 - Fees'),
         ('Date', 'Tue, 10 Nov 2026 20:00:09 +0000'),
         ('Message-ID', '<e1d2c3b4a5964f87a8b9c0d1e2f3a4b5@msx.nsa.gov>')])
m.set_content(wrap("""FOIA Case: 118762
10 November 2026

Dear Ms. Castellanos:

This concerns your FOIA request for records on the closure of NSGA Winter Harbor, Maine. We have located approximately 1,150 pages of potentially responsive records, most of which are paper files that would have to be copied.

As a representative of the news media you are not charged for search or review time, and the first 100 pages of duplication are provided free. Fees may apply for the remaining pages. If you accept the release on paper, the estimated duplication fee is $157.50 (1,050 pages at $0.15 per page). If you accept electronic (PDF) release on disc, no fee is anticipated, although a nominal media charge could apply if more than one disc is needed.

Please tell us within 30 days which format you want and, if paper, that you agree to pay fees up to $157.50. We will hold your request in its place in the queue, but will not continue processing until we receive your response. If we do not hear from you, we will assume you are no longer interested and close the case.

Sincerely,

FOIA Requester Service Center
NSA/CSS FOIA/PA Office
"""))
write('047-nsa-fee-hedged.eml', m)

# ============================================================== 048 New Boston final with RSA 91-A:5 redactions
m = new([('From', 'Kate Halloran <townadmin@newbostonnh.gov>'), ('To', plus('REQ-010')),
         ('Subject', 'RE: ' + subj('REQ-010')),
         ('Date', 'Thu, 12 Nov 2026 11:11:49 -0500'),
         ('Message-ID', '<001a01dd72c3$b81e6c50$285b44f0$@newbostonnh.gov>'),
         ('In-Reply-To', '<000c01dd41a7$5e2f1b90$1a8d52b0$@newbostonnh.gov>'),
         ('References', mid('REQ-010') + ' <000c01dd41a7$5e2f1b90$1a8d52b0$@newbostonnh.gov>'),
         ('X-Mailer', 'Microsoft Outlook 16.0')])
m.set_content(wrap("""Good morning Ms. Castellanos,

Sorry this took longer than the October date I gave you. Attached is the remainder of the Town's response to your Right-to-Know request:

- Fire Department run reports for the three calls at the Station (2025-2026);
- Select Board and Town Administrator emails with the Station and the 23rd Space Operations Squadron (31 pages).

We have withheld the Station's emergency response coordination plan, and redacted the portions of two emails that describe it, under RSA 91-A:5, VI (records relating to preparation for and carrying out of emergency functions intended to thwart a deliberate act). Personal cell phone numbers of Station personnel were redacted under RSA 91-A:5, IV. Jen already sent you the police log entries in October.

This concludes the Town's response. There is no charge.

Kate Halloran
Town Administrator
Town of New Boston
"""))
m.add_attachment(make_pdf("""TOWN OF NEW BOSTON - RSA 91-A RESPONSE, PART 2
NBFD run reports 25-0311, 25-1187, 26-0402
Select Board / Town Administrator correspondence with New Boston SFS and 23 SOPS (31 pp.)
Redactions: RSA 91-A:5, VI (emergency response coordination plan); RSA 91-A:5, IV (personal phone numbers)
""", title='New Boston RTK response part 2', producer='Microsoft: Print To PDF'), maintype='application', subtype='pdf',
                 filename='RTK response part 2.pdf')
write('048-newboston-final-redacted.eml', m)

# ============================================================== 049 Derby meeting invitation (null)
ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000050A1C3E2A37DDC01000000000000000010000000B5
DTSTAMP:20261113T170000Z
DTSTART;TZID=America/New_York:20261123T183000
DTEND;TZID=America/New_York:20261123T200000
SUMMARY:Derby Selectboard - Special Meeting / Public Hearing on Crawford Road Tower Lease
LOCATION:Derby Municipal Building\\, 124 Main Street\\, Derby VT
ORGANIZER;CN=Tom Bouchard:mailto:manager@derbyvt.org
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=FALSE:mailto:records@records.example.org
DESCRIPTION:Special meeting of the Derby Selectboard. Public hearing on the proposed lease of town parcel 07-112 (Crawford Road) to U.S. Customs and Border Protection. Remote participation by Zoom; link on the town website.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
m = new([('From', 'Tom Bouchard <manager@derbyvt.org>'),
         ('To', 'Derby Interested Parties <derby-interested@derbyvt.org>'),
         ('Bcc', INBOX),
         ('Subject', 'Derby Selectboard - Special Meeting / Public Hearing on Crawford Road Tower Lease - Mon 11/23 6:30 PM'),
         ('Date', 'Fri, 13 Nov 2026 12:00:07 -0500'),
         ('Message-ID', '<00a801dd7396$1f2c0a40$5d841ec0$@derbyvt.org>'),
         ('X-Mailer', 'Microsoft Outlook 16.0')])
m.set_content("""NOTICE OF SPECIAL MEETING

The Derby Selectboard will hold a special meeting and public hearing on Monday, November 23, 2026 at 6:30 p.m. at the Derby Municipal Building, 124 Main Street, on the proposed lease of town parcel 07-112 (Crawford Road) to U.S. Customs and Border Protection.

The public may attend in person or by Zoom (link on the town website). Written comments may be sent to manager@derbyvt.org before noon on November 23.

Tom Bouchard
Town Administrator
""")
m.add_alternative(ics, subtype='calendar', params={'method': 'REQUEST'})
m.add_attachment(ics.encode(), maintype='application', subtype='ics', filename='invite.ics')
del m['Bcc']
write('049-derby-meeting-invite.eml', m)

# ============================================================== 050 Winter Harbor final via Google Group
OUR50 = '<req-013.20261015.2@records.example.org>'
m = new([('From', "'Deb Soucy' via Winter Harbor Town Office <townoffice@winterharbormaine.org>"),
         ('Reply-To', 'Deb Soucy <whtownclerk@gmail.com>'),
         ('To', plus('REQ-013')),
         ('Subject', 'Re: ' + subj('REQ-013')),
         ('Date', 'Mon, 16 Nov 2026 10:00:33 -0500'),
         ('Message-ID', '<CAK7vQ2yT4e0nRb8Gd3Wm6Qz1Hx9Lp2sVj5cFo7uNa4kEi0Br3w@mail.gmail.com>'),
         ('In-Reply-To', OUR50), ('References', mid('REQ-013') + ' ' + ACK18_ID + ' ' + FEE31_ID + ' ' + OUR50)] + GG)
m.set_content("""Good morning,

We received your payment of $125.00, thank you. Attached are the scanned records:

- selectmen's minutes 2020-2026 where the former Navy property came up (19 meetings),
- the Town's correspondence with the Navy, the National Park Service and the Department of Defense about the Corea and Schoodic sites,
- the 2002-2003 transfer papers Roger mentioned.

We did not hold anything back. That completes your request; the boxes are going back downstairs.

Deb Soucy
Town Clerk / Tax Collector
Town of Winter Harbor

-- 
You received this message because you are subscribed to the Google Groups "Winter Harbor Town Office" group.
To unsubscribe from this group and stop receiving emails from it, send an email to townoffice+unsubscribe@winterharbormaine.org.
""", cte='quoted-printable')
m.add_attachment(make_pdf("""TOWN OF WINTER HARBOR - FOAA RESPONSE
Selectmen's minutes, 2020-2026 (excerpts concerning the former Navy property)
Correspondence: U.S. Navy NAVFAC Mid-Atlantic; National Park Service, Acadia NP (Schoodic Institute
campus); Department of Defense Office of Local Defense Community Cooperation
Transfer papers 2002-2003 (Corea operations site)
""", title='Winter Harbor FOAA response', producer='Epson Scan 2'), maintype='application', subtype='pdf',
                 filename='Winter Harbor FOAA response.pdf')
write('050-winterharbor-gg-final.eml', m)

# ============================================================== 051 FBI first interim release
pdf = make_pdf("""U.S. Department of Justice
Federal Bureau of Investigation
Winchester, VA 22602

November 18, 2026

MS. NORA CASTELLANOS
RECORDS DESK
RECORDS.EXAMPLE.ORG

**FOIPA Request No.: 1702214-000
Subject: Joint Terrorism Task Force Memoranda of Understanding and Task Force Officer
         Agreements with Municipal Police Departments in CT, ME, NH, RI and VT (2020-2026)

Dear Ms. Castellanos:

The enclosed documents were reviewed under the Freedom of Information/Privacy Acts (FOIPA),
Title 5, United States Code, Section 552/552a. This is the first interim release of information
responsive to your FOIPA request.

  312 pages were reviewed and 201 pages are being released.

Deletions have been made to protect information which is exempt from disclosure under the
following exemptions: (b)(6), (b)(7)(C) and (b)(7)(E). Below each redaction, the appropriate
exempt citation appears.

Additional records potentially responsive to your request are being processed. You will receive
further releases on a rolling basis until processing is complete. The enclosed material can be
downloaded from the eFOIPA portal.

For questions regarding our determinations, visit www.fbi.gov/foia or contact our Public
Information Officer at foipaquestions@fbi.gov.

Sincerely,

Section Chief
Record/Information Dissemination Section
Information Management Division
""", title='1702214-000 Release 1', producer='FBI RIDS Correspondence')
m = new([('From', 'FBI eFOIPA <efoia@fbi.gov>'), ('To', INBOX),
         ('Subject', 'FOIPA Request No.: 1702214-000 - Interim Release'),
         ('Date', 'Wed, 18 Nov 2026 13:20:05 -0500'),
         ('Message-ID', '<1795026005014.35127.JavaMail.efoipa@efoia-app01.fbi.gov>')])
m.set_content(wrap("""Your FOIPA release is available for download in the eFOIPA portal. The cover letter is attached.

This address is not monitored. Direct questions to foipaquestions@fbi.gov or call (540) 868-1535.
"""))
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='1702214-000_Release_1_Cover.pdf')
write('051-fbi-interim-jttf.eml', m)

# ============================================================== 052 NSA clarification (references the call)
m = new([('From', '"Walsh, Kevin M" <kmwalsh@nsa.gov>'), ('To', INBOX),
         ('Subject', 'FOIA Case 118901 - clarification needed'),
         ('Date', 'Thu, 19 Nov 2026 15:45:40 +0000'),
         ('Message-ID', '<2b3c4d5e6f7a48b9c0d1e2f3a4b5c6d7@msx.nsa.gov>'),
         ('In-Reply-To', CALL41_ID), ('References', CALL41_ID)])
m.set_content(wrap("""Ms. Castellanos,

I am following up on my voicemail of 4 November and my email of 5 November about FOIA Case 118901 (Cybersecurity Collaboration Center engagements with New England municipal water systems). Because we have not been able to connect by phone, I am putting the questions in writing.

To conduct a reasonable search we need you to clarify:

1. Whether you seek records only about water systems owned or operated by municipalities, or also about regional water districts and investor-owned utilities that serve New England towns.

2. Whether "engagements" includes NSA's publicly released cybersecurity advisories and joint guidance that were distributed to water-sector partners, or only direct, system-specific interactions (briefings, notifications, agreements).

Please respond within 20 working days. Processing of your request is on hold until we receive your clarification. If we do not hear from you, we will be unable to proceed and may close the request.

Kevin Walsh
FOIA Case Officer
NSA/CSS FOIA/PA Office
301-688-6911
"""))
write('052-nsa-clarify-water.eml', m)

# ============================================================== 053 ODNI referral to FBI
m = new([('From', 'ODNI FOIA <dni-foia@dni.gov>'), ('To', plus('REQ-001')),
         ('Subject', 'DF-2026-00417 - Referral of Records'),
         ('Date', 'Tue, 24 Nov 2026 09:30:17 -0500'),
         ('Message-ID', '<BN8PR09MB55207A0D3E2C91F4B68E5C21A4512@BN8PR09MB5520.namprd09.prod.outlook.com>')])
m.set_content(wrap("""Reference: DF-2026-00417

Dear Ms. Castellanos:

This concerns your Freedom of Information Act request for records on unidentified unmanned aircraft activity near military installations in New England.

During our search we located 14 documents that originated with the Federal Bureau of Investigation. In accordance with our regulations and section 3.6(b) of Executive Order 13526, we have referred those documents to the FBI for review and direct response to you. The FBI will correspond with you directly about the referred documents; you may contact the FBI's FOIPA office at foipaquestions@fbi.gov.

ODNI is continuing to process the remaining ODNI-originated records and will respond to you once that review, including consultations with other agencies, is complete.

Sincerely,

Information Management Office
Office of the Director of National Intelligence
"""))
write('053-odni-referral-fbi.eml', m)

# ============================================================== 054 ODNI no records (PDF only)
pdf = make_pdf("""Office of the Director of National Intelligence
Information Management Office
Washington, DC 20511

December 15, 2026

Ms. Nora Castellanos
Records Desk
records.example.org

**Reference: DF-2026-00452

Dear Ms. Castellanos:

This is the final response to your Freedom of Information Act request of September 9, 2026, for
contracts, statements of work, and internal policy records concerning ODNI's acquisition of
commercially available information about U.S. persons, January 2024 to the present. Thank you
for confirming your continued interest on November 9, 2026.

Your request was processed under the FOIA, 5 U.S.C. 552. We searched the records of the Office of
the Chief Financial Officer, the Office of Civil Liberties, Privacy, and Transparency, and the
Office of the Chief Information Officer, the offices reasonably likely to maintain responsive
records. These searches did not locate any records responsive to your request.

Please note that records of CAI acquisitions by individual Intelligence Community elements are
maintained by those elements, and not by ODNI.

You may appeal this determination within 90 days of the date of this letter. Appeals should be
sent to the Office of the Director of National Intelligence, Information Management Office,
Washington, DC 20511, or by email to dni-foia@dni.gov, and should be clearly marked "Freedom of
Information Act Appeal." You may contact our FOIA Public Liaison at (703) 275-3642, or the
Office of Government Information Services (OGIS) at ogis@nara.gov or 1-877-684-6448.

Sincerely,

Information Management Office
Office of the Director of National Intelligence
""", title='DF-2026-00452 Final Response', producer='Adobe PDF Library 23.1', creator='Microsoft Word')
m = new([('From', 'ODNI FOIA <dni-foia@dni.gov>'), ('To', plus('REQ-002')),
         ('Subject', 'ODNI FOIA Correspondence'),
         ('Date', 'Tue, 15 Dec 2026 10:00:28 -0500'),
         ('Message-ID', '<BN8PR09MB55200E4C2A9D17B3F56A8E93A4512@BN8PR09MB5520.namprd09.prod.outlook.com>'),
         ('X-MS-Has-Attach', 'yes')])
m.set_content('Please see the attached.\n')
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='DF-2026-00452_Final_Response.pdf')
write('054-odni-no-records-cai.eml', m)

# ============================================================== 055 CIA interim release
pdf = make_pdf("""Central Intelligence Agency
Washington, D.C. 20505

17 December 2026

Ms. Nora Castellanos
Records Desk
records.example.org

**Reference: F-2026-01873

Dear Ms. Castellanos:

This is an interim response to your 2 September 2026 Freedom of Information Act (FOIA) request
for records concerning the October and November 1975 sightings of unidentified aircraft over
Loring Air Force Base, Limestone, Maine. Thank you for your 20 October 2026 agreement to pay fees
of up to $160.00.

We completed a search of our previously released records and located 22 documents. We determined
that 7 documents can be released in their entirety and 15 documents can be released in segregable
form with deletions made on the basis of FOIA exemptions (b)(1) and (b)(3). Exemption (b)(3)
pertains to section 6 of the CIA Act of 1949, 50 U.S.C. 3507, and section 102A(i)(1) of the
National Security Act of 1947, 50 U.S.C. 3024(i)(1). Copies of the documents are enclosed.

We are continuing to search other records systems for responsive records and will contact you
again when that search and review are complete. No fees have been assessed for this interim
release; any fees will be billed with our final response.

Sincerely,

Information and Privacy Coordinator
""", title='F-2026-01873 Interim', producer='CIA IPCO')
m = new([('From', 'CIA FOIA <foia-correspondence@ucia.gov>'), ('To', plus('REQ-003')),
         ('Subject', 'F-2026-01873'),
         ('Date', 'Thu, 17 Dec 2026 11:00:52 -0500'),
         ('Message-ID', '<7d2e9c4b1a0f4c36.20261217160052@ucia.gov>')])
m.set_content('Please see the attached letter regarding your FOIA request. Released documents follow in a separate message.\n\nThis mailbox does not accept incoming mail.\n')
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='F-2026-01873_Interim_1.pdf')
write('055-cia-interim-loring.eml', m)

# ============================================================== 056 NSA interim release (number in file name and body)
m = new([('From', 'NSA FOIA Requester Service Center <foiarsc@nsa.gov>'), ('To', plus('REQ-005')),
         ('Subject', 'Interim Response to Your FOIA Request'),
         ('Date', 'Mon, 21 Dec 2026 19:00:44 +0000'),
         ('Message-ID', '<9a8b7c6d5e4f40a1b2c3d4e5f6a7b8c9@msx.nsa.gov>')])
m.set_content(wrap("""Dear Ms. Castellanos:

This is the first interim response to your FOIA request (case 118762) for records on the closure of the Naval Security Group Activity Winter Harbor, Maine. Thank you for agreeing to electronic release.

We have reviewed 96 pages and are releasing them to you with portions withheld. Certain information is withheld under 5 U.S.C. § 552(b)(3), which protects information exempt from disclosure by statute: Section 6 of the National Security Agency Act of 1959, 50 U.S.C. § 3605, and 50 U.S.C. § 3024(i). Personal information about lower-ranking personnel is withheld under 5 U.S.C. § 552(b)(6). The released pages are attached.

Processing of the remaining records is continuing, and additional releases will follow as review and consultations are completed. You will be advised of your appeal rights in our final response.

Sincerely,

FOIA Requester Service Center
NSA/CSS FOIA/PA Office
"""))
m.add_attachment(make_pdf("""NATIONAL SECURITY AGENCY / CENTRAL SECURITY SERVICE
FOIA Case 118762 - Interim Release 1 - 96 pages
Doc 1  NSGA Winter Harbor Closure Implementation Plan (draft), 2001     (b)(3) (b)(6)
Doc 2  Memorandum, Transfer of Mission Functions, 2002                  (b)(3)
Doc 3  Property disposal correspondence, Corea Operations Site, 2002    released in full
""", title='118762 Interim Release 1', producer='NSA FOIA Release'), maintype='application', subtype='pdf',
                 filename='118762_Interim_Release_1.pdf')
write('056-nsa-interim-winterharbor.eml', m)

# ============================================================== 057 ODNI final (PDF only)
pdf = make_pdf("""Office of the Director of National Intelligence
Information Management Office
Washington, DC 20511

January 12, 2027

Ms. Nora Castellanos
Records Desk
records.example.org

**Reference: DF-2026-00417

Dear Ms. Castellanos:

This is the final response to your Freedom of Information Act (FOIA) request received on
September 2, 2026, for assessments, reports, briefings, and correspondence of ODNI and the
National Counterterrorism Center concerning unidentified unmanned aircraft activity over or near
military installations in New England.

Your request was processed under the FOIA, 5 U.S.C. 552. Our search located 37 ODNI-originated
documents. Following review and consultation with other agencies, we determined that:

  - 9 documents may be released in full;
  - 21 documents may be released in part; and
  - 7 documents must be withheld in full.

Information was withheld under FOIA exemptions (b)(1), (b)(3), (b)(5), and (b)(6). Exemption
(b)(1) protects information currently and properly classified under Executive Order 13526.
Exemption (b)(3) protects information exempted by statute, here section 102A(i)(1) of the
National Security Act of 1947, 50 U.S.C. 3024(i)(1), and 50 U.S.C. 3024(m)(1). Exemption (b)(5)
protects deliberative process material, and (b)(6) protects personal privacy. As previously
advised, 14 FBI-originated documents were referred to the FBI for direct response to you.

You may appeal this determination within 90 days of the date of this letter. Appeals should be
sent to the Office of the Director of National Intelligence, Information Management Office,
Washington, DC 20511, or to dni-foia@dni.gov, and marked "Freedom of Information Act Appeal."
You may contact our FOIA Public Liaison at (703) 275-3642, or the Office of Government
Information Services (OGIS) at ogis@nara.gov or 1-877-684-6448.

Sincerely,

Information Management Office
Office of the Director of National Intelligence
""", title='DF-2026-00417 Final Response', producer='Adobe PDF Library 23.1', creator='Microsoft Word')
m = new([('From', 'ODNI FOIA <dni-foia@dni.gov>'), ('To', plus('REQ-001')),
         ('Subject', 'ODNI FOIA Correspondence'),
         ('Date', 'Tue, 12 Jan 2027 14:21:06 -0500'),
         ('Message-ID', '<BN8PR09MB5520B2E7D40A3C19F6E85D27A4512@BN8PR09MB5520.namprd09.prod.outlook.com>'),
         ('X-MS-Has-Attach', 'yes')])
m.set_content('')
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='DF-2026-00417_Final_Response.pdf')
m.add_attachment(make_pdf("""DF-2026-00417 - Released Documents (30 documents, 212 pages)
Doc 01  NCTC Situational Awareness Note, UAS activity near Naval Submarine Base New London, 01/2025
Doc 02  ODNI email, DNI Homeland Threat Assessment group, 02/2025 (RIP, (b)(5), (b)(6))
...
""", title='DF-2026-00417 Released Documents', producer='Adobe PDF Library 23.1'), maintype='application', subtype='pdf',
                 filename='DF-2026-00417_Released_Documents.pdf')
write('057-odni-final-partial.eml', m)

# ============================================================== 058 NSA denial (withheld in full)
m = new([('From', 'NSA FOIA Requester Service Center <foiarsc@nsa.gov>'), ('To', plus('REQ-006')),
         ('Subject', 'FOIA Case 118901 - Final Response'),
         ('Date', 'Wed, 13 Jan 2027 16:05:31 +0000'),
         ('Message-ID', '<c4d5e6f7a8b94c0d9e1f2a3b4c5d6e7f@msx.nsa.gov>')])
m.set_content(wrap("""FOIA Case: 118901
13 January 2027

Dear Ms. Castellanos:

This responds to your FOIA request for records of engagements between the NSA Cybersecurity Collaboration Center and New England municipal water systems, as clarified in your email of 1 December 2026 (municipally owned or operated systems only; direct, system-specific interactions only).

A search of the Cybersecurity Directorate's records located documents responsive to your request. We have reviewed them and determined that they must be withheld in their entirety. The records are protected from release by statute under 5 U.S.C. § 552(b)(3), specifically Section 6 of the National Security Agency Act of 1959, 50 U.S.C. § 3605, which protects information about the organization, functions and activities of NSA. The records also contain commercial and financial information provided to NSA in confidence by the water systems and their vendors, which is protected under 5 U.S.C. § 552(b)(4). No reasonably segregable, non-exempt portions were found.

You may appeal this decision. An appeal must be postmarked or electronically transmitted no later than 90 calendar days after the date of this letter and should be sent to the NSA/CSS FOIA/PA Appeal Authority (P132), 9800 Savage Road STE 6932, Fort George G. Meade, MD 20755-6932, or by email to foiaappeals@nsa.gov. Please cite the case number above. """ + OGIS + """

Sincerely,

FOIA Requester Service Center
NSA/CSS FOIA/PA Office
"""))
write('058-nsa-denial-water.eml', m)

# ============================================================== 059 FBI final release (JTTF)
pdf = make_pdf("""U.S. Department of Justice
Federal Bureau of Investigation
Winchester, VA 22602

January 21, 2027

MS. NORA CASTELLANOS
RECORDS DESK
RECORDS.EXAMPLE.ORG

**FOIPA Request No.: 1702214-000
Subject: Joint Terrorism Task Force Memoranda of Understanding and Task Force Officer
         Agreements with Municipal Police Departments in CT, ME, NH, RI and VT (2020-2026)

Dear Ms. Castellanos:

The enclosed documents were reviewed under the Freedom of Information/Privacy Acts (FOIPA),
Title 5, United States Code, Section 552/552a. This is the final release of information
responsive to your FOIPA request.

  188 pages were reviewed and 124 pages are being released.
  64 pages are withheld in full as duplicates or under the exemptions below.

Deletions have been made to protect information which is exempt from disclosure under the
following exemptions: (b)(6), (b)(7)(C), (b)(7)(D) and (b)(7)(E).

You may file an appeal by writing to the Director, Office of Information Policy (OIP), United
States Department of Justice, 441 G Street, NW, 6th Floor, Washington, D.C. 20530, or through
OIP's FOIA STAR portal. Your appeal must be postmarked or electronically transmitted within
ninety (90) days of the date of this letter in order to be considered timely.

You may seek dispute resolution services by contacting the Office of Government Information
Services (OGIS) at ogis@nara.gov or 1-877-684-6448, or our Public Liaison at
foipaquestions@fbi.gov.

Sincerely,

Section Chief
Record/Information Dissemination Section
Information Management Division
""", title='1702214-000 Final Release', producer='FBI RIDS Correspondence')
m = new([('From', 'FBI eFOIPA <efoia@fbi.gov>'), ('To', INBOX),
         ('Subject', 'FOIPA Request No.: 1702214-000 - Final Release'),
         ('Date', 'Thu, 21 Jan 2027 09:48:12 -0500'),
         ('Message-ID', '<1800536892335.40188.JavaMail.efoipa@efoia-app02.fbi.gov>')])
m.set_content(wrap("""Your FOIPA release is available for download in the eFOIPA portal. The cover letter is attached.

This address is not monitored. Direct questions to foipaquestions@fbi.gov or call (540) 868-1535.
"""))
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='1702214-000_Final_Release_Cover.pdf')
write('059-fbi-final-jttf.eml', m)

print('part 3 done')
