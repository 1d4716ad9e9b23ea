"""Part 5: late October - mid November 2026."""
from gen_common import *

MSGS = []

# 41 PA DEP Chester Ridge final: granted in part / denied in part (CBI of the operator, noncriminal investigation)
m = new('PA DEP Right-to-Know <RA-EPRTK@pa.gov>', plus('REQ-009'), 'RE: Right-to-Know Request - Chester Ridge Landfill',
        '2026-10-29 15:30 -0400', outlook_mid('padep-final-1262'), in_reply_to=outlook_mid('padep-ext-1262'),
        references=rmid('REQ-009') + ' ' + outlook_mid('padep-ext-1262'),
        extra=outlook_headers('padep-final-1262', 'Right-to-Know Request - Chester Ridge Landfill'))
m.set_content('Please see the attached final response. The records are available at the link in the letter.\n\nDEP Right-to-Know Office\n')
attach_pdf(m, [
    'COMMONWEALTH OF PENNSYLVANIA', 'DEPARTMENT OF ENVIRONMENTAL PROTECTION', '', 'October 29, 2026', '',
    'RTK 2026-1262 - FINAL RESPONSE', '', 'Dear Requester:', '',
    'Your request is GRANTED IN PART and DENIED IN PART.', '',
    'Granted: the 2024 Consent Order and Agreement, its amendment, quarterly compliance reports, inspection',
    'reports and notices of violation (2,961 files, 2.1 GB). Because of their size the records are provided',
    'through the Commonwealth ShareFile site; the link expires on November 30, 2026:',
    '   https://pacommonwealth.sharefile.com/d-s7c1e0a94b2f4', '',
    'Denied: (1) records relating to the Department\'s noncriminal investigation of the August 2025 leachate',
    'release, 65 P.S. 67.708(b)(17); (2) attorney-client privileged communications and attorney work product,',
    '65 P.S. 67.102 and 67.305(a)(2); (3) portions of the operator\'s gas collection system design and financial',
    'assurance submittals that constitute confidential proprietary information or trade secrets,',
    '65 P.S. 67.708(b)(11). The operator submitted a written statement under Section 707(b) asserting that',
    'these portions are confidential, and the Department has determined that the claim is supported.', '',
    'You have a right to appeal this denial in writing to the Office of Open Records, 333 Market Street,',
    '16th Floor, Harrisburg, PA 17101, within fifteen (15) business days of the mailing date of this response.', '',
    'Sincerely,', 'DEP Right-to-Know Office'], 'RTK 2026-1262 Final Response.pdf', 'Final Response')
MSGS.append(entry('padep-final-partial-cbi', '2026-10-29 15:30 -0400', 'REQ-009', 'records_final',
                  'PA DEP grants in part (CO&A, reports via 2.1 GB ShareFile link) and denies in part (708(b)(17), privilege, operator CBI 708(b)(11)); OOR appeal',
                  'final PDF letter with a large-set link and a confidential-proprietary claim by the submitter; modeled on PA DEP partial grants',
                  m, tracking='RTK 2026-1262', adverse=True, signals=['thread', 'plus', 'tracking']))

# 42 MassDEP closes #26-1409 for lack of a response to the clarification (other)
m = new('Massachusetts Department of Environmental Protection <massdep@mail.nextrequest.com>', INBOX,
        '[Records Request] Record request #26-1409 has been closed', '2026-11-02 11:20 -0500',
        mid('nr-massdep-1409-closed', 'mail.nextrequest.com'))
m.set_content("""Record request #26-1409 has been closed.

Closure reason: "We asked on October 14, 2026 for clarification of the scope of this request and have
not received a response. The request has been closed. You are welcome to submit a new request at any
time. - MassDEP Central Regional Office"

View request #26-1409: https://massdep.nextrequest.com/requests/26-1409
""")
MSGS.append(entry('massdep-closed-no-response', '2026-11-02 11:20 -0500', 'REQ-006', 'other',
                  'NextRequest closure of #26-1409 because we did not answer the clarification; no records and no determination on the merits',
                  'closure for non-response through a portal; modeled on NextRequest closure notices with a staff reason',
                  m, tracking='26-1409', signals=['subject', 'tracking']))

# 43 EPA PAL status-change notice (portal_notice)
m = new('FOIA Public Access Link <foiapal-noreply@epa.gov>', INBOX, 'FOIA Request EPA-R3-2026-005530 Status Update',
        '2026-11-04 10:05 -0500', mid('pal-r3-status', 'foiapal.epa.gov'))
m.set_content("""<html><body style="font-family:Verdana;font-size:9pt">
<p>The status of your FOIA request <b>EPA-R3-2026-005530</b> has changed.</p>
<p>Current status: <b>Processing - Records Review</b></p>
<p>Please log in to the <a href="https://foiapublicaccessportal.epa.gov/app/Home.aspx">FOIA Public Access Link</a>
to view details.</p>
<p style="color:#666">This is an automated message. Please do not reply.</p>
</body></html>""", subtype='html')
MSGS.append(entry('epa-r3-pal-status', '2026-11-04 10:05 -0500', 'REQ-014', 'portal_notice',
                  'PAL status change to "Processing - Records Review" with no substantive text',
                  'HTML-only portal status ping; modeled on FOIAXpress PAL status emails',
                  m, tracking='EPA-R3-2026-005530', signals=['subject', 'tracking']))

# 44 EPA Region 2 press release (unrelated)
m = new('U.S. EPA Region 2 <usaepa@public.govdelivery.com>', INBOX,
        'EPA Announces Settlement with Kearny Chemical Plant Over PFAS Discharges to Hackensack River',
        '2026-11-05 09:00 -0500', mid('govd-r2-pr-1105', 'public.govdelivery.com'), extra=[('Precedence', 'bulk')])
m.set_content("""NEWS RELEASE - U.S. ENVIRONMENTAL PROTECTION AGENCY, REGION 2

NEW YORK (Nov. 5, 2026) - The U.S. Environmental Protection Agency today announced a settlement with
a Kearny, New Jersey chemical manufacturer resolving alleged Clean Water Act violations involving
discharges of PFAS compounds to the Hackensack River. The company will pay a $1.2 million penalty and
install granular activated carbon treatment.

"Today's settlement protects communities along the Hackensack," said the Regional Administrator.

Contact: press office, 212-637-XXXX
Follow EPA Region 2 on social media. Unsubscribe: https://public.govdelivery.com/accounts/USAEPA/subscriber/edit
""")
MSGS.append(entry('epa-r2-press-release-null', '2026-11-05 09:00 -0500', None, 'other',
                  'EPA Region 2 press release on a Hackensack PFAS settlement; a bulletin, not a reply to any request',
                  'press release whose topic words (Region 2, Hackensack, PFAS, NJ) overlap REQ-013 and REQ-015; modeled on EPA GovDelivery news releases',
                  m, signals=['none']))

# 45 DSN: our follow-up to a departed SERO staffer bounces (original embedded)
orig = """From: Records Desk <records@records.example.org>
Reply-To: records+req-009@records.example.org
To: Mercer, James <jamercer@pa.gov>
Subject: RE: Right-to-Know Request - Chester Ridge Landfill
Date: Mon, 9 Nov 2026 08:58:40 -0500
Message-ID: <req-009.20261109.3@records.example.org>
In-Reply-To: {ext}
References: {ref} {ext}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Mr. Mercer - the ShareFile link for RTK 2026-1262 returns "folder not found". Could you re-share it?
""".format(ref=rmid('REQ-009'), ext=outlook_mid('padep-final-1262'))
raw = """From: Mail Delivery System <MAILER-DAEMON@mail.records.example.org>
To: records@records.example.org
Subject: Undelivered Mail Returned to Sender
Date: Mon, 9 Nov 2026 09:02:11 -0500 (EST)
Message-ID: <20261109140211.4C2A81F0B3@mail.records.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4C2A81F0B3.1794232931/mail.records.example.org"

This is a MIME-encapsulated message.

--4C2A81F0B3.1794232931/mail.records.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<jamercer@pa.gov>: host pa-gov.mail.protection.outlook.com[52.101.40.12] said:
    550 5.4.1 Recipient address rejected: Access denied. [BN1PEPF0000468B.namprd09.prod.outlook.com]
    (in reply to RCPT TO command)

--4C2A81F0B3.1794232931/mail.records.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.records.example.org
X-Postfix-Queue-ID: 4C2A81F0B3
Arrival-Date: Mon,  9 Nov 2026 09:02:09 -0500 (EST)

Final-Recipient: rfc822; jamercer@pa.gov
Action: failed
Status: 5.4.1
Remote-MTA: dns; pa-gov.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.

--4C2A81F0B3.1794232931/mail.records.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

{orig}
--4C2A81F0B3.1794232931/mail.records.example.org--
""".format(orig=orig)
MSGS.append(entry('bounce-padep-postfix', '2026-11-09 09:02 -0500', 'REQ-009', 'bounce',
                  'Postfix DSN: our follow-up about the RTK 2026-1262 ShareFile link to a departed DEP staffer was rejected',
                  'local Postfix bounce with no thread headers of its own; the link to the request is only inside the embedded original; modeled on Postfix DSNs for Exchange Online rejections',
                  raw, signals=['thread-embedded']))

# 46 JustFOIA status notice for Maine DEP (portal_notice)
m = new('Maine Department of Environmental Protection <mainedep@justfoia.com>', INBOX,
        'Request FOAA-26-0412 Status Update', '2026-11-10 11:30 -0500', mid('justfoia-me-0412-st', 'justfoia.com'))
m.set_content("""<html><body style="font-family:Arial;font-size:10pt">
<p>Hello Records Desk,</p>
<p>The status of your request <b>FOAA-26-0412</b> has been updated to <b>In Progress - Payment Received</b>.</p>
<p><a href="https://mainedep.justfoia.com/publicportal/home/track">Log in to view your request</a></p>
<p style="font-size:8pt;color:#777">This is an automated notification from JustFOIA. Please do not reply.</p>
</body></html>""", subtype='html')
MSGS.append(entry('medep-justfoia-status', '2026-11-10 11:30 -0500', 'REQ-011', 'portal_notice',
                  'JustFOIA status change to "In Progress - Payment Received"; no substantive content',
                  'HTML-only portal status ping; modeled on JustFOIA status notifications',
                  m, tracking='FOAA-26-0412', signals=['subject', 'tracking']))

# 47 Voicemail-to-email from a pa.gov phone system: no request details (hard to place)
m = new('Cisco Unity Connection Messaging System <unityconnection@pa.gov>', INBOX,
        'Message from 5703273XXX', '2026-11-10 14:22 -0500', mid('unity-vm-1110', 'pa.gov'))
m.set_content("""You received a voice message from 5703273XXX.

Duration: 00:00:41
Received: 11/10/2026 2:21 PM

Transcription (may not be accurate):
"Hi, this is Karen Yoder with DEP calling for the records desk about your right to know request. I
had a question about the addresses in your request, um, whether you meant the township or the actual
road. If you could give me a call back at 570 327 ... that's the regional office. Thanks, bye."

The voice message is attached as an audio file.
""")
m.add_attachment(b'RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x40\x1f\x00\x00\x80\x3e\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00',
                 maintype='audio', subtype='wav', filename='VoiceMessage.wav')
MSGS.append(entry('padep-voicemail-ncro', '2026-11-10 14:22 -0500', 'REQ-016', 'other',
                  'voicemail transcript from DEP staff asking us to call about addresses; 570 area code (Williamsport) points to the Northcentral request REQ-016',
                  'voicemail-to-email with no number or topic; placeable only by the regional area code and "addresses"; modeled on Cisco Unity voicemail notifications',
                  m, signals=['none']))

# 48 EPA Region 2 fee estimate: data on an external hard drive
m = new('Rivera-Santos, Marisol <RiveraSantos.Marisol@epa.gov>', INBOX,
        'RE: Clarification needed - FOIA EPA-R2-2026-007115 (Hackensack chromium)', '2026-11-12 10:40 -0500',
        outlook_mid('epa-r2-fee'), in_reply_to='<req-013.20261020.2@records.example.org>',
        references=outlook_mid('epa-r2-clar') + ' <req-013.20261020.2@records.example.org>',
        extra=outlook_headers('epa-r2-fee', 'Clarification needed - FOIA EPA-R2-2026-007115'))
m.set_content("""Hello,

Thank you for narrowing EPA-R2-2026-007115 to the two Hackensack sites, correspondence with the
responsible parties, and validated EDDs.

The EDDs and lab reports total about 36 GB, which is too large for the Public Access Link. We can load
them onto an encrypted external hard drive. As a news media requester you are not charged search or
review fees, but duplication is charged at direct cost: the drive ($89.00) and tracked shipping ($18.50),
for an estimated total of $107.50. The correspondence portion will be released through PAL at no charge.

Because this exceeds the $25 threshold in 40 CFR 2.107, we need your written agreement to pay before
we order the drive. The data portion of your request is on hold until we receive it.

Marisol Rivera-Santos
FOIA Coordinator, U.S. EPA Region 2
""")
MSGS.append(entry('epa-r2-fee-estimate-drive', '2026-11-12 10:40 -0500', 'REQ-013', 'fee_estimate',
                  'EPA R2 estimates $107.50 for a 36 GB external hard drive plus shipping and needs written agreement before proceeding',
                  'fee estimate for delivery on a physical drive, replying to our narrowing email; modeled on EPA duplication-fee letters',
                  m, tracking='EPA-R2-2026-007115', signals=['tracking']))

# 49 NYSDEC first installment via a large-file transfer link
m = new('DEC FOIL <foil@dec.ny.gov>', plus('REQ-003'), 'RE: FOIL Request R004417-090926 - Acknowledgment',
        '2026-11-12 16:00 -0500', outlook_mid('nysdec-int-4417'), in_reply_to=outlook_mid('nysdec-ext-4417'),
        references=rmid('REQ-003') + ' ' + outlook_mid('nysdec-ack-4417') + ' ' + outlook_mid('nysdec-ext-4417'),
        extra=outlook_headers('nysdec-int-4417', 'FOIL Request R004417-090926 - Acknowledgment'))
m.set_content("""Dear Requester,

Enclosed is the first installment of records responsive to FOIL # R004417-090926: spill reports for the
Port of Albany terminals, 2021-2024 (312 pages, 41 files). Because of the file size, the records are
available through the State's secure file-transfer service until December 12, 2026:

   https://nysfiles.ny.gov/w/dec-foil-R004417-part1

The remaining records (2025-2026 spill reports and petroleum bulk storage inspection reports) are under
review. The Department anticipates providing the final installment on or before December 11, 2026.

Records Access Office
NYS Department of Environmental Conservation
""")
MSGS.append(entry('nysdec-first-installment', '2026-11-12 16:00 -0500', 'REQ-003', 'records_interim',
                  'DEC releases the first installment (312 pages via file-transfer link); rest expected by Dec 11',
                  'rolling release with a new expected date in the same thread; modeled on NYS FOIL installment emails',
                  m, tracking='R004417-090926', estimated='2026-12-11', signals=['thread', 'plus', 'tracking']))

# 50 EPA Region 1 partial grant; letter in PDF with Exemption 4 and 6, OGIS, appeal via PAL
m = new('FOIA Public Access Link <foiapal-noreply@epa.gov>', INBOX, 'Final Response - FOIA Request EPA-R1-2026-004821',
        '2026-11-13 15:10 -0500', mid('pal-r1-final', 'foiapal.epa.gov'))
m.set_content('A response to your FOIA request EPA-R1-2026-004821 has been issued. The determination letter is attached; '
              'released records are available in the Public Access Link.\n')
attach_pdf(m, [
    'UNITED STATES ENVIRONMENTAL PROTECTION AGENCY', 'REGION 1', '5 Post Office Square, Suite 100, Boston, MA 02109-3912', '',
    'November 13, 2026', '', 'Records Desk', '', 'Re: Freedom of Information Act Request EPA-R1-2026-004821', '',
    'Dear Requester:', '',
    'This responds to your FOIA request for RCRA inspection reports and related records concerning the Lowell Finishing',
    'Co. facility. EPA located 214 pages of responsive records. We are releasing 156 pages in full and 58 pages in part.',
    '', 'Portions of the facility\'s responses to EPA\'s RCRA Section 3007 information request have been withheld under',
    'Exemption 4, 5 U.S.C. 552(b)(4), as confidential commercial information; the company substantiated its claim under',
    '40 CFR 2.204 and EPA has determined the information is entitled to confidential treatment (40 CFR 2.205). Names and',
    'personal telephone numbers of employees have been withheld under Exemption 6, 5 U.S.C. 552(b)(6).', '',
    'You may appeal this determination by submitting your appeal in writing through the FOIA Public Access Link or to',
    'the National FOIA Office, U.S. EPA, within 90 calendar days from the date of this letter.', '',
    'You may seek dispute resolution services from EPA\'s FOIA Public Liaison or from the Office of Government',
    'Information Services (OGIS), National Archives and Records Administration, ogis@nara.gov, 877-684-6448.', '',
    'Sincerely,', '', 'Regional FOIA Officer, EPA Region 1'], 'EPA-R1-2026-004821 Final Letter.pdf', 'Final Letter')
MSGS.append(entry('epa-r1-final-partial-pdf', '2026-11-13 15:10 -0500', 'REQ-012', 'records_final',
                  'EPA R1 releases 214 pages (58 in part) withholding CBI under Exemption 4 and personal info under Exemption 6; 90-day appeal',
                  'PAL final notice with the determination letter only in the PDF, CBI determination under 40 CFR 2.205, OGIS paragraph; modeled on EPA final response letters',
                  m, tracking='EPA-R1-2026-004821', adverse=True, signals=['subject', 'tracking']))
