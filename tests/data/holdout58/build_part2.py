"""Messages 011-020 (September 16-25, 2026)."""
from lib import *

# ------------------------------------------------------------------ 011 NJ OPRA system acknowledgment, plain (REQ-010)
d = rfc_date(2026, 9, 16, 10, 20)
text = """*** This is an automated message. Please do not reply. ***

Your Open Public Records Act (OPRA) request has been submitted to:

    Law & Public Safety - Division of Gaming Enforcement

Request Number:  W215981
Date Received:   09/16/2026
Delivery Method: E-mail

Records requested:
  All Director's actions, civil penalty assessments and consent orders entered with internet gaming
  permit holders and sports wagering licensees, 1/1/2024 to present, including any complaints filed by
  the Division that preceded them.

Under N.J.S.A. 47:1A-5(i), the custodian must grant or deny access as soon as possible, but not later than
seven (7) business days after receiving the request. Based on the date received, a response is due on or
before 09/25/2026, unless the custodian requests an extension or the records are in storage or archived.

Please refer to your request number in any communication with the custodian. Communications about this
request should be directed to the agency custodian, not to this address.

NJ OPRA Records Request System
State of New Jersey
"""
m = plain(text)
finish('011-nj-opra-system-ack-dge-penalties.eml', m, [
    ('From', 'NJ OPRA Records Request System <opra.noreply@nj.gov>'),
    ('To', 'records+req-010@records.example.org'),
    ('Subject', 'OPRA Request W215981 - Submission Confirmation'),
    ('Date', d),
    ('Message-ID', mid('011opra', 'nj.gov')),
    ('X-Mailer', 'NJ OPRA Central Notification'),
])

# ------------------------------------------------------------------ 012 NGCB staff asks what is wanted, quoting our request (REQ-007)
d = rfc_date(2026, 9, 16, 14, 45, '-0700')
text = """Hi Sam,

I'm working on your request about Redstone Sports Wagering. Before we go any further, can you tell me
a little more about what you are after?

The Board's investigative reports on applicants are confidential by statute, but some material tied to
an application is public: the Board and Commission agendas, the recordings and transcripts of the public
hearings, and the Commission's order once it acts. Do you want only the Board's investigative report, or
should I also gather the public hearing materials?

Also, Redstone has more than one matter on file - its 2025 application for a nonrestricted license and a
2026 application for a finding of suitability for one of its officers. Which one (or both) do you mean?

Once I hear back I'll get this moving.

Thanks,
Ana Villanueva
Administrative Assistant III, Records
Nevada Gaming Control Board
(775) 684-7700

-----Original Message-----
From: Records Desk <records@records.example.org>
Sent: Thursday, September 10, 2026 8:03 AM
To: NGCB Public Records <publicrecords@gaming.nv.gov>
Subject: """ + REQ[7]['subject'] + '\n\n' + quote(request_text(7, date_line=False)[2:]) + '\n'
m = plain(text)
finish('012-ngcb-staff-clarify-redstone.eml', m, [
    ('From', 'Ana Villanueva <avillanueva@gaming.nv.gov>'),
    ('To', 'Records Desk <records+req-007@records.example.org>'),
    ('Subject', 'RE: ' + REQ[7]['subject']),
    ('Date', d),
    ('Message-ID', mid('012ngcb', 'gaming.nv.gov')),
    ('In-Reply-To', REQ[7]['mid']),
    ('References', REQ[7]['mid']),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
])

# ------------------------------------------------------------------ 013 NJ DGE custodian extends to October 1 (REQ-004)
d = rfc_date(2026, 9, 17, 16, 5)
text = """Dear Requestor:

The Division of Gaming Enforcement ("Division") is in receipt of your request under the Open Public
Records Act ("OPRA") referenced above.

The records you describe are maintained by two separate program areas of the Division, the casino
self-exclusion program and the internet gaming self-exclusion program, and the Division needs additional
time to determine whether responsive government records exist and to review them. Accordingly, the
Division requires an extension of time to respond to your request until October 1, 2026.

If you do not agree to this extension, please advise the undersigned in writing.

Thank you for your patience.

Records Custodian
New Jersey Division of Gaming Enforcement
1300 Atlantic Avenue | Atlantic City, NJ 08401
"""
m = plain(text)
finish('013-njdge-extension-w215530.eml', m, [
    ('From', 'DGE OPRA <opra@njdge.org>'),
    ('To', 'records+req-004@records.example.org'),
    ('Subject', 'OPRA Request W215530'),
    ('Date', d),
    ('Message-ID', mid('013dge', 'njdge.org')),
] + o365('013dge', 'OPRA Request W215530', d, tenant='njdge.org'))

# ------------------------------------------------------------------ 014 Colorado DOR GovQA message: extenuating circumstances (REQ-009)
d = rfc_date(2026, 9, 17, 15, 10, '-0600')
html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Dear Sam Okafor,</p>
<p>The Marijuana Enforcement Division has reviewed your request <b>R002761-091426</b> for inspection reports,
notices of violation, stipulations and final agency orders concerning retail marijuana stores in Denver.</p>
<p>Your request is broadly stated and covers the inspection files of roughly 190 licensed stores, which are kept
by more than one MED field office. Pursuant to C.R.S. 24-72-203(3)(b), the Department has determined that
extenuating circumstances exist and will need up to seven additional working days to respond. The Department
will respond to your request no later than <b>September 28, 2026</b>.</p>
<p>If we are able to complete the search sooner, we will let you know, along with any research and retrieval
fee that may apply under C.R.S. 24-72-205(6).</p>
<p>Jonah Pritchett<br>Records Custodian, Marijuana Enforcement Division<br>Colorado Department of Revenue</p>
<hr>
<p style="font-size:8pt;color:#777">To reply or view the full history of this request, log in to the
<a href="https://colorado-dor.govqa.us/WEBAPP/_rs/(S(2wq1yfxn5k0t))/supporthome.aspx">Public Records Center</a>.
Please do not reply to this email.</p>
</body></html>
"""
m = html_only(html)
finish('014-co-dor-govqa-med-extension.eml', m, [
    ('From', 'Colorado Department of Revenue <coloradodor@govqa.us>'),
    ('To', 'records+req-009@records.example.org'),
    ('Subject', '[Public Records Center] Message regarding request :: R002761-091426'),
    ('Date', d),
    ('Message-ID', mid('014govqa', 'govqa.us')),
    ('X-Mailer', 'GovQA Mail Service'),
])

# ------------------------------------------------------------------ 015 Virginia ABC FOIA officer out of office (REQ-012)
d = rfc_date(2026, 9, 21, 8, 1)
text = """I am out of the office through Tuesday, September 22, and will return on Wednesday, September 23.

Messages sent to the Virginia ABC FOIA mailbox are monitored while I am away. For questions about the
Virginia Freedom of Information Act in general, you may contact the Virginia Freedom of Information
Advisory Council at foiacouncil@dls.virginia.gov.

Denise Whitlock
FOIA Officer | Virginia Alcoholic Beverage Control Authority
"""
m = plain(text)
finish('015-vaabc-out-of-office.eml', m, [
    ('From', '\"Whitlock, Denise\" <Denise.Whitlock@virginiaabc.com>'),
    ('To', 'Records Desk <records+req-012@records.example.org>'),
    ('Subject', 'Automatic reply: ' + REQ[12]['subject']),
    ('Date', d),
    ('Message-ID', mid('015abc', 'virginiaabc.com')),
    ('In-Reply-To', REQ[12]['mid']),
    ('References', REQ[12]['mid']),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
] + o365('015abc', REQ[12]['subject'], d, tenant='virginiaabc.com'))

# ------------------------------------------------------------------ 016 Michigan CRA notice of extension (PDF) (REQ-008)
d = rfc_date(2026, 9, 21, 16, 50)
letter = """##STATE OF MICHIGAN
**DEPARTMENT OF LICENSING AND REGULATORY AFFAIRS
**CANNABIS REGULATORY AGENCY

September 21, 2026

Sam Okafor
Example Newsroom
Via e-mail: records+req-008@records.example.org

**RE: Freedom of Information Act Request - FOIA No. 2026-CRA-0931
**NOTICE OF EXTENSION

Dear Requester:

The Cannabis Regulatory Agency (CRA) received your request for public records under the Michigan Freedom of Information Act (FOIA), MCL 15.231 et seq., on September 14, 2026. You requested inspection reports, notices of violation and formal complaints issued to adult-use marijuana retailers located in the City of Detroit from January 1, 2025 to the present.

Pursuant to MCL 15.235(2)(d), the CRA is extending the period for response to your request by not more than 10 business days. The extension is necessary because the records must be retrieved from the CRA's enforcement case management system and reviewed by staff before a determination can be made.

The CRA will respond to your request on or before October 5, 2026.

If you have any questions, please contact the FOIA Coordinator at CRA-FOIA@michigan.gov.

Sincerely,

Alyssa Brandt
FOIA Coordinator
Cannabis Regulatory Agency
"""
m = plain("Good afternoon,\n\nPlease see the attached notice regarding your FOIA request.\n\nAlyssa Brandt\nFOIA Coordinator | Cannabis Regulatory Agency\n")
attach_pdf(m, '2026-CRA-0931 Notice of Extension.pdf', paginate(wrap(letter)), title='Notice of Extension')
finish('016-micra-notice-of-extension-pdf.eml', m, [
    ('From', '\"Brandt, Alyssa (LARA)\" <BrandtA2@michigan.gov>'),
    ('To', 'Records Desk <records+req-008@records.example.org>'),
    ('CC', 'CRA-FOIA (LARA) <CRA-FOIA@michigan.gov>'),
    ('Subject', 'FOIA No. 2026-CRA-0931 - Notice of Extension'),
    ('Date', d),
    ('Message-ID', mid('016cra', 'SA1PR09MB7741.namprd09.prod.outlook.com')),
    ('In-Reply-To', mid('008cra', 'SA1PR09MB7741.namprd09.prod.outlook.com')),
    ('References', REQ[8]['mid'] + ' ' + mid('008cra', 'SA1PR09MB7741.namprd09.prod.outlook.com')),
] + o365('016cra', 'FOIA No. 2026-CRA-0931 - Notice of Extension', d, tenant='michigan.gov', has_attach=True))

# ------------------------------------------------------------------ 017 Treasury PAL status change (REQ-001)
d = rfc_date(2026, 9, 22, 7, 30)
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>The status of FOIA request <b>2026-TTB-00412</b> has changed.</p>
<p>New status: <b>In Process</b></p>
<p>To view the request details, log in to the Treasury FOIA Public Access Link at
<a href="https://foiapal.treasury.gov/app/Home.aspx">https://foiapal.treasury.gov/app/Home.aspx</a>.</p>
<p style="color:#666;font-size:11px">This message was generated automatically. Replies to this address are not monitored.</p>
</body></html>
"""
m = html_only(html)
finish('017-treasury-pal-status-ttb.eml', m, [
    ('From', 'Treasury FOIA PAL <noreply-foiapal@treasury.gov>'),
    ('To', 'records+req-001@records.example.org'),
    ('Subject', 'Status Update - FOIA Request 2026-TTB-00412'),
    ('Date', d),
    ('Message-ID', mid('017pal', 'foiapal.treasury.gov')),
    ('X-Mailer', 'FOIAXpress PAL Notification Service'),
    ('Auto-Submitted', 'auto-generated'),
])

# ------------------------------------------------------------------ 018 PGCB 902 extension for Keystone Interactive (REQ-011)
d = rfc_date(2026, 9, 23, 11, 30)
letter = """##PENNSYLVANIA GAMING CONTROL BOARD
**Office of the Agency Open Records Officer
303 Walnut Street, Strawberry Square, 2nd Floor, Harrisburg, PA 17101
P.O. Box 69060, Harrisburg, PA 17106-9060

September 23, 2026

VIA ELECTRONIC MAIL ONLY
Sam Okafor, Example Newsroom
records+req-011@records.example.org

**RE: Right-to-Know Law Request No. 2026-131

Dear Mr. Okafor:

The Pennsylvania Gaming Control Board ("Board") received your request under the Right-to-Know Law ("RTKL"), 65 P.S. Sections 67.101 et seq., on September 16, 2026. You seek the interactive gaming certificate application filed by Keystone Interactive LLC, the Bureau of Investigations and Enforcement background investigation report on that applicant, and the Board's order approving or denying the certificate.

Pursuant to Section 902(b) of the RTKL, you are notified that your request is being reviewed and that the Board requires up to thirty (30) additional days to respond for the following reasons:

- a legal review is necessary to determine whether the records are subject to access under the RTKL (Section 902(a)(4));
- the request requires redaction of records that contain both public and non-public information (Section 902(a)(1)); and
- the records may contain confidential proprietary information or trade secrets of a third party, who must be notified under Section 707(b) of the RTKL.

The Board expects to respond to your request on or before October 23, 2026.

Sincerely,

Gwen Mackey
Agency Open Records Officer
Pennsylvania Gaming Control Board
"""
text = """Mr. Okafor,

Attached is the Board's interim response to your RTKL request. The Board is taking the 30-day extension
under Section 902; a final response will be issued on or before October 23, 2026.

Gwen Mackey | Agency Open Records Officer
Pennsylvania Gaming Control Board
"""
m = plain(text)
attach_pdf(m, 'RTKL 2026-131 Interim Response.pdf', paginate(wrap(letter)), title='RTKL 2026-131 Interim Response')
finish('018-pgcb-902-extension-keystone.eml', m, [
    ('From', '\"Mackey, Gwen\" <ra-pgcbrighttoknow@pa.gov>'),
    ('To', 'Records Desk <records+req-011@records.example.org>'),
    ('Subject', 'RTK #2026-131 - Keystone Interactive - 30-Day Extension'),
    ('Date', d),
    ('Message-ID', mid('018pgcb', 'pa.gov')),
    ('In-Reply-To', REQ[11]['mid']),
    ('References', REQ[11]['mid']),
] + o365('018pgcb', 'RTK #2026-131 - Keystone Interactive - 30-Day Extension', d, tenant='pa.gov', has_attach=True))

# ------------------------------------------------------------------ 019 NGCB denial via Google Group (REQ-007)
d = rfc_date(2026, 9, 24, 10, 10, '-0700')
our_reply = '<CAF3r9Qx1Redstone-clarify.20260917@records.example.org>'
text = """Dear Mr. Okafor:

Thank you for clarifying on September 17, 2026 that you are seeking only the Board's investigative
report and related correspondence concerning the 2025 application of Redstone Sports Wagering LLC for a
nonrestricted license. The request has been logged as PRR 26-0199.

The Nevada Gaming Control Board must deny your request. Under NRS 463.120(4), information and data
pertaining to an applicant's criminal record, antecedents and background, and financial information
furnished to or obtained by the Board or the Commission from any source, are confidential and may be
revealed only in the discharge of the official duties of the Board or Commission or upon lawful order of
a court. The investigative report, the applicant's submissions and the Board's correspondence with the
applicant about its application fall within that provision, and are therefore not open to public
inspection under NRS 239.010(1).

The Board's recommendation on the application was made at a public meeting. The agenda and the
recording of that meeting are posted on the Board's website and are not withheld.

This letter constitutes the Board's written denial under NRS 239.0107(1)(d).

Respectfully,

Marisol Ibarra
Records Manager, Administration Division
Nevada Gaming Control Board
"""
m = plain(text)
finish('019-ngcb-denial-redstone-googlegroup.eml', m, [
    ('From', gg_from('Marisol Ibarra')),
    ('Reply-To', 'Marisol Ibarra <mibarra@gaming.nv.gov>'),
    ('To', 'Records Desk <records+req-007@records.example.org>'),
    ('Subject', 'PRR 26-0199 - Response to Public Records Request (Redstone Sports Wagering LLC)'),
    ('Date', d),
    ('Message-ID', mid('019ngcb', 'gaming.nv.gov')),
    ('In-Reply-To', our_reply),
    ('References', REQ[7]['mid'] + ' ' + mid('012ngcb', 'gaming.nv.gov') + ' ' + our_reply),
    ('X-Original-From', 'Marisol Ibarra <mibarra@gaming.nv.gov>'),
] + google_group('Marisol Ibarra', 'mibarra@gaming.nv.gov'))

# ------------------------------------------------------------------ 020 NJ DGE analyst asks for a phone call (REQ-010)
d = rfc_date(2026, 9, 25, 9, 40)
text = """Mr. Okafor,

I'm the analyst handling OPRA W215981. Could you give me a call today or Monday at (609) 317-6250? I'd
like to walk through what you mean by "Director's actions" and how that overlaps with the civil penalty
postings before I ask the units to pull files. It should only take a few minutes.

Thanks,

Kevin O'Rourke
OPRA Unit | NJ Division of Gaming Enforcement
"""
m = plain(text)
finish('020-njdge-please-call-w215981.eml', m, [
    ('From', '"O\'Rourke, Kevin" <korourke@njdge.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'OPRA W215981 - quick call?'),
    ('Date', d),
    ('Message-ID', mid('020dge', 'njdge.org')),
] + o365('020dge', 'OPRA W215981 - quick call?', d, tenant='njdge.org'))
print('part2 done')
