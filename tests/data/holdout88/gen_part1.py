"""Part 1: first week of September 2026 (acks, an out-of-office, a DSN)."""
from gen_common import *

MSGS = []

# 1 NJDEP OPRA web system acknowledgment, arrives through the Google Group collaborative inbox
m = new('"\'NJDEP OPRA Records Custodian\' via Records Desk" <records@records.example.org>', INBOX,
        'OPRA Request W312845 - Confirmation of Receipt', '2026-09-08 16:52 -0400',
        mid('njdep-ack-312845', 'dep.nj.gov'),
        extra=[('Reply-To', 'NJDEP OPRA Records Custodian <opra@dep.nj.gov>'), ('Sender', 'records@records.example.org')]
        + group_headers('opra@dep.nj.gov'))
m.set_content("""NEW JERSEY DEPARTMENT OF ENVIRONMENTAL PROTECTION
Office of Records Access - OPRA Unit
Mail Code 401-06Q, P.O. Box 420, Trenton, NJ 08625-0420

This confirms that the Department received your Open Public Records Act (OPRA)
request on 09/08/2026.

    Request Number:   W312845
    Requestor:        Records Desk
    Program(s):       Site Remediation and Waste Management; Water Resource Mgmt.
    Description:      PFAS sampling results and Administrative Consent Order
                      records, Mantua Creek fluoropolymer plant, Greenwich Twp.

Under N.J.S.A. 47:1A-5(i) the custodian must grant or deny access as soon as
possible, but not later than seven (7) business days after receipt, unless the
records are in storage or archived, or the custodian requests an extension.

Please note: many Site Remediation case files are made available through a
file review appointment at the Department's Trenton offices rather than by
copying. If that applies to your request you will be contacted by Records
Access staff.

Refer to Request Number W312845 in any correspondence.

*** This is a system-generated message from the NJDEP OPRA Request System. ***

--
You received this message because you are subscribed to the Google Groups "Records Desk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@records.example.org.
""")
MSGS.append(entry('njdep-opra-ack-group', '2026-09-08 16:52 -0400', 'REQ-001', 'acknowledgment',
                  'NJDEP OPRA system confirms receipt on 09/08/2026 (= sent) and assigns W312845; NJ 7 business days',
                  'Google Group delivery ("via Records Desk", X-Original-Sender) of a state OPRA system receipt; modeled on NJDEP OPRA web-request confirmations',
                  m, tracking='W312845', clock='received_on_sent_date', signals=['subject', 'tracking-new']))

# 2 PA DEP RTK staffer out-of-office, threaded to our request
m = new('Kowalczyk, Renee <rkowalczyk@pa.gov>', plus('REQ-008'),
        'Automatic reply: ' + REQ['REQ-008']['subject'], '2026-09-08 17:05 -0400',
        outlook_mid('padep-ooo-1'), in_reply_to=rmid('REQ-008'), references=rmid('REQ-008'),
        extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]
        + outlook_headers('padep-ooo-1', REQ['REQ-008']['subject']))
m.set_content("""I am out of the office through Wednesday, September 9, with limited access to email.

Right-to-Know requests sent to the RA-EPRTK resource account continue to be logged by the
Open Records Office. Requests received after 4:30 p.m. or on a weekend or state holiday are
considered received on the next business day.

For urgent matters please call the Bureau of Office Services at 717-787-XXXX.

Renee Kowalczyk
Agency Open Records Officer (Alternate)
PA Department of Environmental Protection
""")
MSGS.append(entry('padep-ooo', '2026-09-08 17:05 -0400', 'REQ-008', 'auto_reply',
                  'PA DEP alternate open records officer out-of-office reply threaded to our RTK request',
                  'Outlook "Automatic reply:" with Auto-Submitted; modeled on Commonwealth staff OOO notices that restate the after-4:30 receipt rule',
                  m, signals=['thread', 'plus']))

# 3 PA DEP acknowledgment, letter only in the PDF; received date = next business day
m = new('PA DEP Right-to-Know <RA-EPRTK@pa.gov>', plus('REQ-008'),
        'RE: ' + REQ['REQ-008']['subject'], '2026-09-10 09:12 -0400', outlook_mid('padep-ack-1187'),
        in_reply_to=rmid('REQ-008'), references=rmid('REQ-008'),
        extra=outlook_headers('padep-ack-1187', REQ['REQ-008']['subject']))
m.set_content("""Good morning,

Please see the attached correspondence concerning your Right-to-Know Law request.

Thank you,
DEP Right-to-Know Office
Rachel Carson State Office Building
""")
attach_pdf(m, [
    'COMMONWEALTH OF PENNSYLVANIA', 'DEPARTMENT OF ENVIRONMENTAL PROTECTION', 'Office of Open Records Officer',
    '', 'September 10, 2026', '', 'Records Desk', 'records+req-008@records.example.org', '',
    'Re: Right-to-Know Request RTK-2026-1187', '', 'Dear Requester:', '',
    'The Department of Environmental Protection (DEP) received your request under the',
    'Pennsylvania Right-to-Know Law, 65 P.S. Sections 67.101 - 67.3104 (RTKL). Your email arrived after',
    'the close of business on September 8, 2026, and is therefore deemed received by the Open',
    'Records Officer on September 9, 2026.', '',
    'Your request seeks inspection reports and notices of violation for unconventional well pads',
    'and compressor stations in Greene County from 2023 to the present. It has been assigned to',
    'the Southwest Regional Office (Pittsburgh) and the Office of Oil and Gas Management.', '',
    'A written response will be issued within five (5) business days of receipt as required by',
    'Section 901 of the RTKL, unless the Department invokes an extension under Section 902.', '',
    'Please reference RTK-2026-1187 on any further correspondence.', '',
    'Sincerely,', '', 'DEP Right-to-Know Office'], 'RTK-2026-1187_Acknowledgment.pdf', 'RTK Acknowledgment')
MSGS.append(entry('padep-ack-pdf', '2026-09-10 09:12 -0400', 'REQ-008', 'acknowledgment',
                  'PA DEP letter (PDF only) says request deemed received Sept 9 (after-hours email on Sept 8); assigns RTK-2026-1187; 5 business days from Sept 9',
                  'letter only in PDF attachment, received date differs from sent date; modeled on PA agency RTKL receipt letters and the after-hours receipt rule',
                  m, tracking='RTK-2026-1187', clock='received:2026-09-09', signals=['thread', 'plus', 'tracking-new', 'tracking-filename']))

# 4 EPA Region 1 FOIAXpress PAL acknowledgment, HTML only
m = new('EPA FOIA Public Access Link <foiapal-noreply@epa.gov>', INBOX,
        'FOIA Request EPA-R1-2026-004821 Submitted', '2026-09-10 14:30 -0400', mid('pal-r1-4821', 'foiapal.epa.gov'))
m.set_content("""<html><head><meta charset="utf-8"></head><body style="font-family:Verdana;font-size:9pt">
<p>Dear Records Desk,</p>
<p>The U.S. Environmental Protection Agency has received your Freedom of Information Act request
and assigned it to <b>Region 1 (Boston)</b>.</p>
<table border="0" cellpadding="3">
<tr><td>Request Number:</td><td><b>EPA-R1-2026-004821</b></td></tr>
<tr><td>Received Date:</td><td>09/10/2026</td></tr>
<tr><td>Request Track:</td><td>Complex</td></tr>
<tr><td>Fee Category:</td><td>News Media</td></tr>
</table>
<p>Request description: RCRA inspection reports and confidential business information claims,
Lowell Finishing Co. electroplating facility, Lowell MA, 2018-present.</p>
<p>If any of the responsive records were submitted to EPA with a claim of business confidentiality,
EPA must follow the procedures at 40 CFR Part 2, Subpart B before it can disclose them.</p>
<p>You may check the status of this request at any time by logging into the
<a href="https://foiapublicaccessportal.epa.gov/app/Home.aspx">FOIA Public Access Link</a>.</p>
<p style="color:#666">Please do not reply to this automated message.</p>
</body></html>""", subtype='html')
MSGS.append(entry('epa-r1-pal-ack', '2026-09-10 14:30 -0400', 'REQ-012', 'acknowledgment',
                  'EPA PAL confirms receipt 09/10/2026 (= sent), Region 1, assigns EPA-R1-2026-004821; 20 business days',
                  'HTML-only FOIAXpress PAL notice from a shared no-reply address used by all EPA regions; modeled on EPA PAL submission confirmations',
                  m, tracking='EPA-R1-2026-004821', clock='received_on_sent_date', signals=['subject', 'tracking-new']))

# 5 MassDEP NextRequest acknowledgment, multipart/alternative
m = new('Massachusetts Department of Environmental Protection <massdep@mail.nextrequest.com>', INBOX,
        '[Records Request] Your Massachusetts Department of Environmental Protection public records request #26-1183 has been submitted.',
        '2026-09-11 10:02 -0400', mid('nr-massdep-1183', 'mail.nextrequest.com'))
txt = """Your record request #26-1183 has been received and is being reviewed.

Request: Notices of noncompliance (NONs) and administrative consent orders issued to municipal
wastewater treatment facilities discharging to the Merrimack River watershed, 2022 to present.

Received: September 10, 2026 via email

MassDEP will respond within ten (10) business days as required by G.L. c. 66, s. 10(b).

View request #26-1183: https://massdep.nextrequest.com/requests/26-1183
"""
m.set_content(txt)
m.add_alternative("<html><body><div style='font-family:Helvetica;max-width:560px'>"
                  "<p>Your record request <a href='https://massdep.nextrequest.com/requests/26-1183'>#26-1183</a> "
                  "has been received and is being reviewed.</p><p><b>Request:</b> Notices of noncompliance (NONs) and "
                  "administrative consent orders issued to municipal wastewater treatment facilities discharging to the "
                  "Merrimack River watershed, 2022 to present.</p><p><b>Received:</b> September 10, 2026 via email</p>"
                  "<p>MassDEP will respond within ten (10) business days as required by G.L. c. 66, &sect; 10(b).</p>"
                  "<hr><p style='font-size:11px;color:#888'>Powered by NextRequest</p></div></body></html>", subtype='html')
MSGS.append(entry('massdep-nextrequest-ack', '2026-09-11 10:02 -0400', 'REQ-005', 'acknowledgment',
                  'NextRequest confirms MassDEP request #26-1183 received Sept 10 (= sent); MA 10 business days',
                  'NextRequest portal receipt (multipart/alternative); modeled on NextRequest "has been submitted" notices used by Massachusetts agencies',
                  m, tracking='26-1183', clock='received_on_sent_date', signals=['subject', 'tracking-new']))

# 6 Exchange NDR for our request to an old EPA Region 3 address
orig = """From: Records Desk <records@records.example.org>
Reply-To: records+req-014@records.example.org
To: R3 FOIA Mailbox <r3_foia@epamail.epa.gov>
Subject: {subj}
Date: Fri, 11 Sep 2026 11:40:12 -0400
Message-ID: {mid}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

To the EPA Region 3 FOIA Officer:

Under the Freedom of Information Act, 5 U.S.C. 552, we request Clean Air Act enforcement
and inspection records for the Monongahela Valley coke plant, 2019 to present ...
""".format(subj=REQ['REQ-014']['subject'], mid=rmid('REQ-014'))
raw = """From: Microsoft Outlook <postmaster@epa.gov>
To: Records Desk <records@records.example.org>
Subject: Undeliverable: {subj}
Date: Fri, 11 Sep 2026 15:47:31 +0000
Message-ID: <c3f7a0d4-1e52-4b8e-9a61-66e1a2f09d14@CY1PR09MB0551.namprd09.prod.outlook.com>
In-Reply-To: {mid}
References: {mid}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="NDR_7f1c2a_boundary"

--NDR_7f1c2a_boundary
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to r3_foia@epamail.epa.gov couldn't be delivered.

r3_foia wasn't found at epamail.epa.gov.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. The epamail.epa.gov domain was retired.
Try one or more of the following: retype the address, or contact the recipient by some other
means (phone, for example) and ask them for the correct address.

Diagnostic information for administrators:
Generating server: CY1PR09MB0551.namprd09.prod.outlook.com
r3_foia@epamail.epa.gov
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--NDR_7f1c2a_boundary
Content-Type: message/delivery-status

Reporting-MTA: dns;CY1PR09MB0551.namprd09.prod.outlook.com
Received-From-MTA: dns;mail.records.example.org
Arrival-Date: Fri, 11 Sep 2026 15:40:14 +0000

Final-Recipient: rfc822;r3_foia@epamail.epa.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--NDR_7f1c2a_boundary
Content-Type: message/rfc822

{orig}
--NDR_7f1c2a_boundary--
""".format(subj=REQ['REQ-014']['subject'], mid=rmid('REQ-014'), orig=orig)
MSGS.append(entry('bounce-epa-r3-ndr', '2026-09-11 11:47 -0400', 'REQ-014', 'bounce',
                  'Exchange Online NDR: our REQ-014 request to the retired epamail.epa.gov address was not delivered',
                  'multipart/report DSN with the original embedded; modeled on Microsoft 365 "Undeliverable" NDRs (5.1.10)',
                  raw, signals=['thread', 'thread-embedded']))

# 7 EPA Region 3 PAL acknowledgment: received 09/14 after we re-submitted through PAL
m = new('FOIA Public Access Link <foiapal-noreply@epa.gov>', INBOX,
        'Acknowledgment of FOIA Request EPA-R3-2026-005530', '2026-09-14 10:15 -0400', mid('pal-r3-5530', 'foiapal.epa.gov'))
m.set_content("""Dear Records Desk:

This acknowledges receipt of your Freedom of Information Act (FOIA) request to the U.S.
Environmental Protection Agency, Region 3, received in this office on 09/14/2026 and
assigned tracking number EPA-R3-2026-005530.

Description: Clean Air Act enforcement and inspection records (notices of violation,
Section 114 information requests and responses, inspection reports, consent decree
negotiation correspondence), Monongahela Valley coke plant, 2019-present.

Your request has been placed in the complex processing track. EPA will make every effort
to respond within the 20 working days provided by statute. If unusual circumstances
apply, you will be notified.

You may track the status of your request on the FOIA Public Access Link.

Region 3 FOIA Office
Four Penn Center, 1600 John F. Kennedy Blvd., Philadelphia, PA 19103

This message was sent from an unmonitored mailbox.
""")
MSGS.append(entry('epa-r3-pal-ack', '2026-09-14 10:15 -0400', 'REQ-014', 'acknowledgment',
                  'EPA Region 3 acknowledges request received 09/14/2026 (we re-filed through PAL after the bounce; register says Sept 11) and assigns EPA-R3-2026-005530',
                  'plain-text PAL acknowledgment with a received date later than our sent date; modeled on EPA regional FOIA acknowledgments',
                  m, tracking='EPA-R3-2026-005530', clock='received:2026-09-14', signals=['subject', 'tracking-new']))

# 8 CT DEEP staffer informal ack from a personal ct.gov address, quoting our request
req7 = """To the DEEP FOI Administrator:

Under the Connecticut Freedom of Information Act, Conn. Gen. Stat. 1-200 et seq., we request
copies of the permit file (permit to construct and operate, modifications, annual reports)
and all inspection reports since 2020 for the Naugatuck Valley regional solid waste
transfer station.

Records Desk"""
m = new('Doucette, Paul <Paul.Doucette@ct.gov>', plus('REQ-007'), 'RE: ' + REQ['REQ-007']['subject'],
        '2026-09-14 15:40 -0400', outlook_mid('ctdeep-ack'), cc='DEEP FOI <deep.foi@ct.gov>',
        in_reply_to=rmid('REQ-007'), references=rmid('REQ-007'),
        extra=outlook_headers('ctdeep-ack', REQ['REQ-007']['subject']))
m.set_content("""Hi -

Got your request this morning, thanks. I've logged it and sent it over to the Waste
Engineering & Enforcement Division. A lot of the older transfer station material is
paper in the file room here at 79 Elm, so I'll let you know what they find.

Paul

Paul Doucette
FOI Liaison, Office of the Commissioner
CT Department of Energy & Environmental Protection
79 Elm Street, Hartford, CT 06106
""" + outlook_quote('Records Desk <records+req-007@records.example.org>', 'Monday, September 14, 2026 8:31 AM',
                    'DEEP FOI <deep.foi@ct.gov>', REQ['REQ-007']['subject'], req7))
MSGS.append(entry('ctdeep-staff-ack', '2026-09-14 15:40 -0400', 'REQ-007', 'acknowledgment',
                  'DEEP FOI liaison confirms he got the request this morning (= sent) and logged it; no number; CT 4 business days',
                  'informal staff reply from a named ct.gov address quoting our request Outlook-style; modeled on CT agency FOI liaisons',
                  m, clock='received_on_sent_date', signals=['thread', 'plus']))

# 9 NYSDEC acknowledgment with an approximate date (FOIL 89(3)), HTML Outlook
m = new('DEC FOIL <foil@dec.ny.gov>', plus('REQ-003'), 'FOIL Request R004417-090926 - Acknowledgment',
        '2026-09-15 16:20 -0400', outlook_mid('nysdec-ack-4417'), in_reply_to=rmid('REQ-003'), references=rmid('REQ-003'),
        extra=outlook_headers('nysdec-ack-4417', 'FOIL Request R004417-090926 - Acknowledgment'))
txt = """Dear Requester,

The New York State Department of Environmental Conservation acknowledges receipt on September 9, 2026 of your
Freedom of Information Law (FOIL) request, which has been assigned FOIL number R004417-090926:

"Spill reports and petroleum bulk storage inspection records, Port of Albany terminals, 2021-2026"

DEC is conducting a search for responsive records, which may be located in the Region 4 (Schenectady) office
and in the Division of Environmental Remediation. Pursuant to Public Officers Law Section 89(3)(a), we anticipate
that a response will be provided on or before October 14, 2026.

Sincerely,
Records Access Office
NYS Department of Environmental Conservation
625 Broadway, Albany, NY 12233
"""
m.set_content(txt)
m.add_alternative('<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' +
                  ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in txt.split('\n\n')) +
                  '</div></body></html>', subtype='html')
MSGS.append(entry('nysdec-ack-approx-date', '2026-09-15 16:20 -0400', 'REQ-003', 'acknowledgment',
                  'DEC acknowledges FOIL received Sept 9 (= sent), assigns R004417-090926 and gives an approximate response date of Oct 14',
                  'Outlook multipart/alternative FOIL acknowledgment with approximate date per POL 89(3)(a); modeled on NYS agency FOIL acknowledgments',
                  m, tracking='R004417-090926', clock='received_on_sent_date', estimated='2026-10-14',
                  signals=['thread', 'plus', 'tracking-new']))

# 10 NJDEP OPRA acknowledgment, plain text, no threading headers, to the bare inbox
m = new('NJDEP OPRA <opra@dep.nj.gov>', INBOX, 'OPRA Request W313302 Received', '2026-09-15 16:41 -0400',
        mid('njdep-ack-313302', 'dep.nj.gov'))
m.set_content("""Request Number: W313302
Date Received: 09/15/2026
Records requested: DEP Hotline (1-877-WARNDEP) incident reports for discharges and spills
in Perth Amboy and Sayreville along the Raritan River and Arthur Kill, 1/1/2024 to date.

Your OPRA request has been received and forwarded to the appropriate program(s).
A response is due within 7 business days of receipt.

NJDEP Office of Records Access
""")
MSGS.append(entry('njdep-opra-ack-plain', '2026-09-15 16:41 -0400', 'REQ-002', 'acknowledgment',
                  'NJDEP OPRA system receipt for the Hotline request, received 09/15/2026 (= sent), W313302',
                  'terse plain-text system receipt with no threading headers sent to the bare inbox; modeled on NJDEP OPRA receipts',
                  m, tracking='W313302', clock='received_on_sent_date', signals=['subject', 'tracking-new']))
