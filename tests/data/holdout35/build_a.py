"""Messages 001-020 (September 2026)."""
from pathlib import Path
from mklib import text, html, attachment, multipart, message, pdf, Part, rfc822_headers_part
from common import *

OUT = Path(__file__).resolve().parent / 'messages'

def write(name, headers, part):
    raw = message(headers, part)
    (OUT / name).write_bytes(raw.encode('utf-8'))

REQ_SUBJ = {
 'REQ-001': 'FOIA Request: SSA field office closures, reduced public hours and staffing plans, 2025-2026',
 'REQ-002': 'FOIA Request: IRS-DHS information-sharing agreement and taxpayer address-verification requests',
 'REQ-003': 'FOIA Request: VBA contract medical examination vendor performance and quality reports, FY2024-FY2026',
 'REQ-006': 'FOIA Request: SBA reviews of PPP loans flagged for fraud, by lender, and related OIG referrals',
 'REQ-013': 'FOIA Request: SBA 8(a) Business Development program sole-source award reviews, 2024-2026',
}

# ------------------------------------------------------------------ 001 SSA NDR for the stale cc address
def m001():
    orig = """Received: from mail.records.example.org (mail.records.example.org [203.0.113.25])
 by BN0P111MB0123.NAMP111.PROD.OUTLOOK.COM with ESMTPS; Tue, 1 Sep 2026 23:11:48 +0000
From: Records Desk <records@records.example.org>
Reply-To: records+req-001@records.example.org
To: foia.request@ssa.gov
Cc: OPD.FOIA.Requests@ssa.gov
Subject: FOIA Request: SSA field office closures, reduced public hours and staffing plans, 2025-2026
Date: Tue, 01 Sep 2026 19:11:40 -0400
Message-ID: <req-001.20260901.1@records.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
    human = """Delivery has failed to these recipients or groups:

OPD.FOIA.Requests@ssa.gov
The email address you entered couldn't be found. Please check the
recipient's email address and try to resend the message. If the problem
continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: BN0P111MB0123.NAMP111.PROD.OUTLOOK.COM

OPD.FOIA.Requests@ssa.gov
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
not found by SMTP address lookup'

Original message headers:

""" + orig
    hbody = ('<html><body><p style="font-family:Segoe UI;font-size:14pt;color:#c00000">'
             'Your message to OPD.FOIA.Requests@ssa.gov couldn\'t be delivered.</p>'
             '<p style="font-family:Segoe UI;font-size:12pt">OPD.FOIA.Requests wasn\'t found at ssa.gov.</p>'
             '<table><tr><td>records</td><td>Office 365</td><td>OPD.FOIA.Requests</td></tr>'
             '<tr><td>Sender</td><td></td><td>Action Required: Recipient</td></tr></table>'
             '<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following: '
             'retype the recipient\'s address, then resend the message; remove the recipient from your contacts '
             'and use the current address.</p></body></html>')
    status = Part([('Content-Type', 'message/delivery-status')],
        """Reporting-MTA: dns;BN0P111MB0123.NAMP111.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.records.example.org
Arrival-Date: Tue, 1 Sep 2026 23:11:48 +0000

Final-Recipient: rfc822;OPD.FOIA.Requests@ssa.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient OPD.FOIA.Requests@ssa.gov not found by SMTP address lookup
""")
    alt = multipart('alternative', [text(human), html(hbody)], 'm001', 'outlook')
    rep = multipart('report', [alt, status, rfc822_headers_part(orig)], 'm001r', 'outlook',
                    extra=';\n\treport-type=delivery-status')
    write('001-ssa-ndr-stale-cc.eml', [
        ('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ssa.gov>'),
        ('To', INBOX),
        ('Date', date_hdr('2026-09-01 19:12:03', utc=True)),
        ('Subject', 'Undeliverable: ' + REQ_SUBJ['REQ-001']),
        ('Message-ID', outlook_mid('m001')),
        ('In-Reply-To', '<req-001.20260901.1@records.example.org>'),
        ('References', '<req-001.20260901.1@records.example.org>'),
        ('Auto-Submitted', 'auto-replied'),
        ('X-MS-Exchange-Message-Is-Ndr', ''),
        ('Content-Language', 'en-US'),
    ], rep)

# ------------------------------------------------------------------ 002 IRS mailbox auto-reply
def m002():
    body = """This is an automated response from the IRS Disclosure FOIA mailbox.

Your email has been delivered. This reply is not an acknowledgment of a
Freedom of Information Act request and does not mean that your request
has been accepted as perfected or assigned a case number. If your request
meets the requirements of the FOIA and the IRS regulations at 26 CFR
601.702, a Disclosure employee will send you a written acknowledgment with
a case number.

To get a copy of your own tax return or account transcript, do not use the
FOIA process - use Get Transcript on IRS.gov or Form 4506 / 4506-T.

The IRS will not send or accept taxpayer information by regular email. Do
not include Social Security numbers or other tax information in replies to
this message.

More information about the IRS FOIA program is available at
https://www.irs.gov/privacy-disclosure/irs-freedom-of-information

This mailbox is monitored only for FOIA requests. Please do not reply to
this message.
"""
    write('002-irs-mailbox-autoreply.eml', [
        ('From', 'IRS Disclosure FOIA <irs.disclosure.foia@irs.gov>'),
        ('To', 'Records Desk <records+req-002@records.example.org>'),
        ('Subject', 'Automatic reply: ' + REQ_SUBJ['REQ-002']),
        ('Date', date_hdr('2026-09-02 08:14:08', utc=True)),
        ('Message-ID', outlook_mid('m002')),
        ('In-Reply-To', '<req-002.20260902.1@records.example.org>'),
        ('References', '<req-002.20260902.1@records.example.org>'),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
    ] + outlook_headers('m002', REQ_SUBJ['REQ-002'], originator='irs.gov'), text(body))

# ------------------------------------------------------------------ 003 VA PAL acknowledgment (efoia-host.com)
def m003():
    t = """Dear Priya Raman,

This e-mail confirms that your request has been received by the
Department of Veterans Affairs and entered into the VA FOIA Public Access
Link (PAL).

   Request Number:      26-09817-F
   Request Type:        FOIA
   Received Date:       09/02/2026
   Assigned To:         Veterans Benefits Administration (VBA) - Central Office
   Description:         Performance reports, scorecards and quality-review
                        results for VBA contract medical disability
                        examination vendors; corrective action plans, cure
                        notices and contract discrepancy reports; leadership
                        summaries comparing vendors. FY2024-FY2026.

Please use the request number above in all communications about this
request. You may check the status of your request at any time by logging
in to PAL at https://vapal.efoia-host.com/app/Home.aspx

Thank you,
VA FOIA Public Access Link

*** This is an automatically generated message. Replies to this address
are not monitored. ***
"""
    hb = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial;font-size:10pt">
<p>Dear Priya Raman,</p>
<p>This e-mail confirms that your request has been received by the Department of Veterans Affairs and entered into the VA FOIA Public Access Link (PAL).</p>
<table border="0" cellpadding="2" style="font-size:10pt">
<tr><td><b>Request Number:</b></td><td>26-09817-F</td></tr>
<tr><td><b>Request Type:</b></td><td>FOIA</td></tr>
<tr><td><b>Received Date:</b></td><td>09/02/2026</td></tr>
<tr><td><b>Assigned To:</b></td><td>Veterans Benefits Administration (VBA) - Central Office</td></tr>
<tr><td valign="top"><b>Description:</b></td><td>Performance reports, scorecards and quality-review results for VBA contract medical disability examination vendors; corrective action plans, cure notices and contract discrepancy reports; leadership summaries comparing vendors. FY2024-FY2026.</td></tr>
</table>
<p>Please use the request number above in all communications about this request. You may check the status of your request at any time by logging in to <a href="https://vapal.efoia-host.com/app/Home.aspx">PAL</a>.</p>
<p>Thank you,<br>VA FOIA Public Access Link</p>
<p style="color:#808080">*** This is an automatically generated message. Replies to this address are not monitored. ***</p>
</body></html>"""
    write('003-va-pal-ack-contract-exams.eml', [
        ('From', 'VA FOIA Public Access Link <vapal-donotreply@efoia-host.com>'),
        ('To', INBOX),
        ('Subject', 'FOIA Request Received - 26-09817-F'),
        ('Date', date_hdr('2026-09-02 10:31:44')),
        ('Message-ID', '<1788359504221.4471.JavaMail.pal@vapal.efoia-host.com>'),
    ], multipart('alternative', [text(t), html(hb)], 'm003', 'java'))

# ------------------------------------------------------------------ 004 SSA PAL acknowledgment, HTML only, after-hours receipt
def m004():
    hb = """<html>
<body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #0b3a6f">
<tr><td style="background:#0b3a6f;color:#fff;padding:8px;font-size:14px"><b>Social Security Administration</b> &middot; FOIA Public Access Link</td></tr>
<tr><td style="padding:12px">
<p>Dear Priya Raman:</p>
<p>Thank you for submitting a Freedom of Information Act (FOIA) request to the Social Security Administration, Office of Privacy and Disclosure.</p>
<p>Your request was submitted on 09/01/2026 after 5:00 p.m. Eastern Time. Requests received after normal business hours are considered received on the next business day. Your request has been logged as received on <b>09/02/2026</b>.</p>
<table cellpadding="3" style="font-size:12px">
<tr><td><b>Request Number</b></td><td>SSA-2026-011482</td></tr>
<tr><td><b>Date Received</b></td><td>09/02/2026</td></tr>
<tr><td><b>Requester Category</b></td><td>Pending review</td></tr>
<tr><td valign="top"><b>Request Description</b></td><td>Records about field office closures, reductions in public service hours, and field office staffing plans from January 1, 2025 to present, including closure notices to Congress and regional office staffing memoranda.</td></tr>
</table>
<p>Please reference the request number in any correspondence. You may check the status of your request through the Public Access Link. We process requests on a first-in, first-out basis within each processing track.</p>
<p>Office of Privacy and Disclosure<br>Social Security Administration<br>6401 Security Boulevard, Baltimore, MD 21235</p>
<p style="font-size:10px;color:#777">This message was generated automatically. Please do not reply to this e-mail.</p>
</td></tr></table>
</body>
</html>"""
    write('004-ssa-pal-ack-html.eml', [
        ('From', 'SSA FOIA Public Access Link <foiapal-noreply@ssa.gov>'),
        ('To', 'records+req-001@records.example.org'),
        ('Subject', 'Your FOIA request SSA-2026-011482 has been received'),
        ('Date', date_hdr('2026-09-02 15:47:12')),
        ('Message-ID', '<20260902194712.5F1A.palnotify@foiapal.ssa.gov>'),
    ], html(hb))

# ------------------------------------------------------------------ 005 Treasury acknowledgment sent by a processing contractor
def m005():
    body = """Good morning,

The Department of the Treasury, Departmental Offices, received your Freedom
of Information Act (FOIA) request on September 4, 2026. Because your
e-mail reached the Treasury FOIA mailbox after close of business on
September 3, it was logged as received the following business day.

Your request has been assigned tracking number 2026-OFAC-0412. Please
include this number in any future correspondence. The request has been
forwarded to the Office of Foreign Assets Control (OFAC), Licensing
Division, to conduct a search for responsive records.

You asked for specific licenses issued, and license applications denied,
under the Venezuela Sanctions Regulations for transactions involving the
Venezuelan oil sector from January 1, 2025 to the present. Please note
that OFAC may need to consult with submitters of commercial information
before release (Executive Order 12600), which may affect timing.

For fee purposes we have placed you in the news media category. You will
be charged duplication fees only, after the first 100 pages.

If you have questions, contact us at foia@treasury.gov or (202) 555-0146,
or contact our FOIA Public Liaison.

Regards,

FOIA and Transparency
Office of Privacy, Transparency, and Records
U.S. Department of the Treasury
1500 Pennsylvania Avenue, NW, Washington, DC 20220

--
This message was sent on behalf of the Department of the Treasury by
Chesapeake Records Group, LLC, FOIA support contractor. It may contain
information that is controlled unclassified information.
"""
    quoted = """

-----Original Message-----
From: Records Desk <records+req-005@records.example.org>
Sent: Thursday, September 3, 2026 6:22 PM
To: Treasury FOIA <foia@treasury.gov>
Subject: FOIA Request: OFAC specific licenses and license denials for the Venezuelan oil sector, 2025-2026

Under the Freedom of Information Act, I request copies of specific licenses
issued by OFAC under 31 CFR part 591 (Venezuela Sanctions Regulations)
authorizing transactions involving Petroleos de Venezuela, S.A. (PdVSA)
or the Venezuelan oil sector, and records of license applications denied,
from January 1, 2025 to the present.
"""
    subj = 'RE: FOIA Request: OFAC specific licenses and license denials for the Venezuelan oil sector, 2025-2026'
    write('005-treasury-contractor-ack-ofac-licenses.eml', [
        ('From', 'TreasuryFOIA <treasuryfoia@chesapeakerecords.com>'),
        ('To', 'Records Desk <records+req-005@records.example.org>'),
        ('Subject', subj),
        ('Date', date_hdr('2026-09-04 09:30:21', utc=True)),
        ('Message-ID', outlook_mid('m005', 'namprd11')),
        ('In-Reply-To', '<req-005.20260903.1@records.example.org>'),
        ('References', '<req-005.20260903.1@records.example.org>'),
    ] + outlook_headers('m005', subj, originator='chesapeakerecords.com'), text(body + quoted))

# ------------------------------------------------------------------ 006 Treasury press release (unrelated, request null)
def m006():
    t = """U.S. DEPARTMENT OF THE TREASURY
PRESS RELEASE

Treasury Sanctions Shadow Fleet Network Moving Sanctioned Oil Through
Ship-to-Ship Transfers

WASHINGTON - Today, the Department of the Treasury's Office of Foreign
Assets Control (OFAC) designated 11 entities and identified 19 vessels as
blocked property for their roles in a network that used ship-to-ship
transfers off the coast of Malaysia to conceal the origin of Venezuelan and
Iranian crude oil.

"Treasury will continue to target the vessels, operators and facilitators
that sustain these evasion schemes," said the Under Secretary for Terrorism
and Financial Intelligence.

All property and interests in property of the designated persons that are
in the United States or in the possession or control of U.S. persons are
blocked and must be reported to OFAC. For identifying information on the
individuals and entities sanctioned today, see the Recent Actions page.

###

You are subscribed to Press Releases for U.S. Department of the Treasury.
Manage your subscriptions or unsubscribe at
https://public.govdelivery.com/accounts/USTREAS/subscriber/edit
This service is provided to you at no charge by the U.S. Department of the
Treasury.
"""
    hb = """<html><body style="font-family:Georgia,serif;max-width:640px">
<p style="font-size:11px;color:#555">U.S. DEPARTMENT OF THE TREASURY &mdash; PRESS RELEASE</p>
<h2 style="color:#10324f">Treasury Sanctions Shadow Fleet Network Moving Sanctioned Oil Through Ship-to-Ship Transfers</h2>
<p>WASHINGTON &ndash; Today, the Department of the Treasury&rsquo;s Office of Foreign Assets Control (OFAC) designated 11 entities and identified 19 vessels as blocked property for their roles in a network that used ship-to-ship transfers off the coast of Malaysia to conceal the origin of Venezuelan and Iranian crude oil.</p>
<p>&ldquo;Treasury will continue to target the vessels, operators and facilitators that sustain these evasion schemes,&rdquo; said the Under Secretary for Terrorism and Financial Intelligence.</p>
<p>All property and interests in property of the designated persons that are in the United States or in the possession or control of U.S. persons are blocked and must be reported to OFAC.</p>
<p style="text-align:center">###</p>
<hr><p style="font-size:11px;color:#777">You are subscribed to Press Releases for U.S. Department of the Treasury. <a href="https://public.govdelivery.com/accounts/USTREAS/subscriber/edit">Manage subscriptions</a>.</p>
</body></html>"""
    write('006-treasury-press-release-null.eml', [
        ('From', '"U.S. Department of the Treasury" <USTREAS@public.govdelivery.com>'),
        ('To', INBOX),
        ('Subject', 'Treasury Sanctions Shadow Fleet Network Moving Sanctioned Oil Through Ship-to-Ship Transfers'),
        ('Date', date_hdr('2026-09-04 13:05:00')),
        ('Message-ID', '<20260904.118822731@public.govdelivery.com>'),
        ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USTREAS/subscriber/one_click_unsubscribe?verification=5.8f2c>'),
        ('X-Accountcode', 'USTREAS'),
        ('Precedence', 'bulk'),
    ], multipart('alternative', [text(t), html(hb)], 'm006', 'java'))

# ------------------------------------------------------------------ 007 SBA acknowledgment, Outlook reply quoting our request
def m007():
    body = """Good morning Ms. Raman,

The Small Business Administration's FOIA Office acknowledges receipt of
your Freedom of Information Act request, dated and received September 4,
2026 (quoted below). Your request has been assigned tracking number
SBA-2026-002761.

We have forwarded your request to the Office of Capital Access and the
Office of Credit Risk Management to search for responsive records. Because
your request involves more than one program office and potentially a large
volume of records, it has been placed in our complex processing track.

Please note that the SBA Office of Inspector General is a separate FOIA
component. We will search program-office files for referral memoranda sent
to OIG, but records created by OIG are processed by OIG's own FOIA office.

You indicated a willingness to pay fees of up to $50. If we anticipate
fees above that amount, we will notify you before proceeding.

Respectfully,

Denise M. Harrow
Government Information Specialist
FOIA and Privacy Act Office
U.S. Small Business Administration
409 Third Street SW, Washington, DC 20416
foia@sba.gov
"""
    body += quote_outlook('REQ-006', 'Friday, September 4, 2026 3:12 PM', 'FOIA <foia@sba.gov>', REQ_SUBJ['REQ-006'])
    subj = 'RE: ' + REQ_SUBJ['REQ-006']
    write('007-sba-ack-ppp-quoted.eml', [
        ('From', 'FOIA <foia@sba.gov>'),
        ('To', 'Records Desk <records+req-006@records.example.org>'),
        ('Subject', subj),
        ('Date', date_hdr('2026-09-08 10:12:37', utc=True)),
        ('Message-ID', outlook_mid('m007')),
        ('In-Reply-To', '<req-006.20260904.1@records.example.org>'),
        ('References', '<req-006.20260904.1@records.example.org>'),
    ] + outlook_headers('m007', REQ_SUBJ['REQ-006'], originator='sba.gov'), text(body))

# ------------------------------------------------------------------ 008 DC FOIA portal acknowledgment (MPD)
DCPAL = 'DC FOIA Public Access Link <noreply@foia-dc.gov>'
def dcpal_ack(agency, number, received, desc, extra=''):
    return """Government of the District of Columbia
FOIA Public Access Link

Dear Priya Raman,

Your Freedom of Information Act request has been received by the following
District agency and assigned the tracking number shown below.

   Agency:            %s
   Tracking Number:   %s
   Date Received:     %s
   Description:       %s
%s
Under D.C. Official Code § 2-532(c), an agency has 15 business days
(excluding Saturdays, Sundays and legal public holidays) from receipt to
make a determination on a request, subject to extension for unusual
circumstances.

Please log in to the FOIA Public Access Link to view the status of your
request or to send a message to the agency's FOIA Officer.

This is an automated notification. Please do not reply to this e-mail.
""" % (agency, number, received, desc, extra)

def m008():
    t = dcpal_ack('Metropolitan Police Department (MPD)', '2026-FOIA-04512', '09/08/2026',
                  'Contracts, task orders, policies and data-sharing\n'
                  '                      agreements for automated license plate readers\n'
                  '                      (ALPR), 2022 to present, and ALPR data retention\n'
                  '                      schedules.')
    write('008-dcpal-ack-mpd-alpr.eml', [
        ('From', DCPAL),
        ('To', INBOX),
        ('Subject', 'FOIA Request 2026-FOIA-04512 Received'),
        ('Date', date_hdr('2026-09-08 14:40:09')),
        ('Message-ID', '<pal.2026FOIA04512.ack.1788892809@foia-dc.gov>'),
    ], text(t))

# ------------------------------------------------------------------ 009 DC FOIA portal acknowledgment (OCFO) via Google Group
def m009():
    t = dcpal_ack('Office of the Chief Financial Officer (OCFO)', '2026-FOIA-04530', '09/09/2026',
                  'Office of Tax and Revenue records on real property\n'
                  '                      tax abatements approved for office-to-residential\n'
                  '                      conversion projects, 2023-2026.',
                  '\nRequests submitted after 4:45 p.m. or on a non-business day are logged\n'
                  'as received on the next business day.\n')
    write('009-dcpal-ack-ocfo-via-group.eml', [
        ('From', '"\'DC FOIA Public Access Link\' via Records Desk" <records@records.example.org>'),
        ('Reply-To', DCPAL),
        ('To', INBOX),
        ('Subject', 'FOIA Request 2026-FOIA-04530 Received'),
        ('Date', date_hdr('2026-09-09 09:20:55')),
        ('Message-ID', '<pal.2026FOIA04530.ack.1788960055@foia-dc.gov>'),
    ] + google_group_headers('noreply@foia-dc.gov'), text(t))

# ------------------------------------------------------------------ 010 IRS acknowledgment letter only in a PDF named by the case number
def m010():
    lines = ['Department of the Treasury', 'Internal Revenue Service',
             'Privacy, Governmental Liaison and Disclosure', 'GLDS Support Services, Stop 211',
             'PO Box 621506', 'Atlanta, GA 30362', '',
             'Date: September 10, 2026', '',
             'Priya Raman', 'The Capital Ledger - Records Desk', 'records@records.example.org', '',
             '                                   Person to contact: Daniel R. Marquez',
             '                                   Employee ID number: 1000459921',
             '                                   Contact telephone number: 215-555-0188',
             '                                   Case number: F26245-0087', '',
             'Dear Ms. Raman:', '',
             'We received your Freedom of Information Act (FOIA) request dated September 2, 2026, on '
             'September 2, 2026. You asked for a copy of the memorandum of understanding between the IRS '
             'and the Department of Homeland Security concerning the sharing of taxpayer address '
             'information, implementing guidance, and records showing the number of address-verification '
             'requests received and answered under that agreement.', '',
             'We assigned your request the case number shown above. Please refer to this number if you '
             'contact us about this request.', '',
             'The FOIA allows 20 business days from the date we receive a request to respond. We are '
             'searching for responsive records and will contact you as soon as our search is complete or '
             'if we need more time.', '',
             'You asked to be treated as a representative of the news media. We agree. You will not be '
             'charged for search time, and the first 100 pages of duplication are free.', '',
             'If you have questions, please contact the person listed above. You may also contact the IRS '
             'FOIA Public Liaison at 312-555-0102, or the Office of Government Information Services (OGIS) '
             'at the National Archives, which offers mediation services between FOIA requesters and federal '
             'agencies (ogis@nara.gov; 877-684-6448).', '',
             'Sincerely,', '', 'Daniel R. Marquez', 'Disclosure Specialist', 'Disclosure Office 2']
    body = """Please see the attached letter regarding your Freedom of Information
Act request.

Daniel Marquez
Disclosure Specialist | Privacy, Governmental Liaison and Disclosure
Internal Revenue Service

IRS employees cannot discuss taxpayer information by unsecured e-mail.
"""
    part = multipart('mixed', [text(body), attachment('F26245-0087.pdf', pdf(lines, 'Letter 5344'))], 'm010', 'outlook')
    write('010-irs-ack-pdf-filename-case.eml', [
        ('From', 'Marquez Daniel R <daniel.r.marquez@irs.gov>'),
        ('To', INBOX),
        ('Subject', 'Your Freedom of Information Act request'),
        ('Date', date_hdr('2026-09-10 11:00:42', utc=True)),
        ('Message-ID', outlook_mid('m010')),
    ] + outlook_headers('m010', 'Your Freedom of Information Act request', True, originator='irs.gov'), part)

# ------------------------------------------------------------------ 011 VA PAL acknowledgment, HTML only (AI tools request)
def m011():
    hb = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial;font-size:10pt">
<p>Dear Priya Raman,</p>
<p>This e-mail confirms that your request has been received by the Department of Veterans Affairs and entered into the VA FOIA Public Access Link (PAL).</p>
<table border="0" cellpadding="2" style="font-size:10pt">
<tr><td><b>Request Number:</b></td><td>26-10144-F</td></tr>
<tr><td><b>Request Type:</b></td><td>FOIA</td></tr>
<tr><td><b>Received Date:</b></td><td>09/14/2026</td></tr>
<tr><td><b>Assigned To:</b></td><td>Veterans Benefits Administration (VBA) - Central Office</td></tr>
<tr><td valign="top"><b>Description:</b></td><td>Policies, guidance, evaluations and contracts concerning automated decision-support tools, machine-learning models or other artificial intelligence used in processing disability compensation claims, 2023 to present.</td></tr>
</table>
<p>Please use the request number above in all communications about this request. You may check the status of your request at any time by logging in to <a href="https://vapal.efoia-host.com/app/Home.aspx">PAL</a>.</p>
<p>Thank you,<br>VA FOIA Public Access Link</p>
<p style="color:#808080">*** This is an automatically generated message. Replies to this address are not monitored. ***</p>
</body></html>"""
    write('011-va-pal-ack-ai-tools-html.eml', [
        ('From', 'VA FOIA Public Access Link <vapal-donotreply@efoia-host.com>'),
        ('To', 'records+req-011@records.example.org'),
        ('Subject', 'FOIA Request Received - 26-10144-F'),
        ('Date', date_hdr('2026-09-14 13:30:18')),
        ('Message-ID', '<1789407018554.4502.JavaMail.pal@vapal.efoia-host.com>'),
    ], html(hb))

# ------------------------------------------------------------------ 012 VBA clarification, Outlook reply quoting our request
def m012():
    body = """Ms. Raman,

I am the FOIA specialist assigned to your request, 26-09817-F. Before we
task a search, we need you to clarify the scope of item 1.

The Medical Disability Examination Office (MDEO) tells us that "performance
reports" for the exam vendors could mean any of the following:

  (a) the quarterly Contract Examination Quality Review reports MDEO
      prepares for each vendor and region;
  (b) the monthly timeliness and inventory dashboards the vendors deliver
      under the contracts (these run to several thousand pages a year); or
  (c) the annual Contractor Performance Assessment Reports (CPARS) entered
      by the contracting officer.

Could you let us know which of these you want? If it is (b), would a
narrower period (for example FY2026 only) work for you? Also, for item 2,
do you want the cure notices and discrepancy reports themselves, or would a
list showing date, vendor and subject satisfy that item?

Per VA's FOIA regulations (38 CFR 1.554), your request will be on hold
until we receive your response, and the time to respond will not run
during that period. If we do not hear from you within 20 business days, we
may close the request.

Thank you,

Renee Okonkwo
Government Information Specialist
FOIA/Privacy Act Office (20M33)
Veterans Benefits Administration
Department of Veterans Affairs
"""
    body += quote_outlook('REQ-003', 'Wednesday, September 2, 2026 9:03 AM', 'FOIA VBACO <foia.vbaco@va.gov>', REQ_SUBJ['REQ-003'])
    subj = 'RE: ' + REQ_SUBJ['REQ-003']
    write('012-vba-clarification-quoted.eml', [
        ('From', '"Okonkwo, Renee (VBAVACO)" <renee.okonkwo@va.gov>'),
        ('To', 'Records Desk <records+req-003@records.example.org>'),
        ('Cc', 'FOIA VBACO <foia.vbaco@va.gov>'),
        ('Subject', subj),
        ('Date', date_hdr('2026-09-15 09:50:02', utc=True)),
        ('Message-ID', outlook_mid('m012', 'namprd09')),
        ('In-Reply-To', '<req-003.20260902.1@records.example.org>'),
        ('References', '<req-003.20260902.1@records.example.org>'),
    ] + outlook_headers('m012', REQ_SUBJ['REQ-003'], originator='va.gov'), text(body))

# ------------------------------------------------------------------ 013 SSA acknowledgment by staff, subject changed
def m013():
    body = """Dear Ms. Raman:

This acknowledges your Freedom of Information Act request, which we
received on September 15, 2026, for SSA policies and procedures on
overpayment recovery and waiver, including records on setting and changing
the default benefit withholding rate for recovering overpayments.

We assigned your request number SSA-2026-011906. Please refer to this
number when contacting us.

We will make every effort to respond within the time frames of the FOIA.
Because we must search more than one component, we placed your request in
our complex track. We will contact you if we need clarification or if fees
will exceed the amount you agreed to pay.

Marcus Tillery
Government Information Specialist
Office of Privacy and Disclosure
Social Security Administration
"""
    subj = 'SSA FOIA Acknowledgment - SSA-2026-011906'
    write('013-ssa-ack-overpayment-staff.eml', [
        ('From', 'FOIA Request <foia.request@ssa.gov>'),
        ('To', 'Records Desk <records+req-012@records.example.org>'),
        ('Subject', subj),
        ('Date', date_hdr('2026-09-16 10:20:47', utc=True)),
        ('Message-ID', outlook_mid('m013')),
        ('In-Reply-To', '<req-012.20260915.1@records.example.org>'),
        ('References', '<req-012.20260915.1@records.example.org>'),
    ] + outlook_headers('m013', subj, originator='ssa.gov'), text(body))

# ------------------------------------------------------------------ 014 SBA acknowledgment delivered through the Google Group
def m014():
    body = """Ms. Raman,

This is to acknowledge receipt of your FOIA request received in this office
on September 16, 2026. Your request has been assigned tracking number
SBA-2026-002893 and has been sent to the Office of Business Development for
a search.

We will contact you if we need clarification.

Thank you,
FOIA and Privacy Act Office
U.S. Small Business Administration
"""
    body += quote_outlook('REQ-013', 'Wednesday, September 16, 2026 11:47 AM', 'FOIA <foia@sba.gov>', REQ_SUBJ['REQ-013'])
    subj = 'RE: ' + REQ_SUBJ['REQ-013']
    write('014-sba-ack-8a-via-group.eml', [
        ('From', '"\'FOIA\' via Records Desk" <records@records.example.org>'),
        ('Reply-To', 'FOIA <foia@sba.gov>'),
        ('To', 'Records Desk <records+req-013@records.example.org>'),
        ('Subject', subj),
        ('Date', date_hdr('2026-09-17 10:05:30', utc=True)),
        ('Message-ID', outlook_mid('m014')),
        ('In-Reply-To', '<req-013.20260916.1@records.example.org>'),
        ('References', '<req-013.20260916.1@records.example.org>'),
    ] + google_group_headers('foia@sba.gov') + outlook_headers('m014', REQ_SUBJ['REQ-013'], originator='sba.gov'), text(body))

# ------------------------------------------------------------------ 015 State acknowledgment: complex track with estimated date (PDF)
def m015():
    lines = ['United States Department of State', 'Washington, D.C. 20520', '',
             'September 17, 2026', '',
             'Ms. Priya Raman', 'The Capital Ledger', 'records@records.example.org', '',
             'Case Number: F-2026-14532', '',
             'Dear Ms. Raman:', '',
             'This is to acknowledge receipt of your Freedom of Information Act (FOIA) request, which the '
             'Office of Information Programs and Services (IPS) received on September 3, 2026. You asked for '
             'records showing passport application processing times, backlog counts and internal backlog '
             'reports of the Bureau of Consular Affairs, Passport Services, from January 2025 to the present.', '',
             'Unless you advise otherwise, we will treat as non-responsive any personally identifiable '
             'information of individual passport applicants that may appear in responsive records.', '',
             'The Department processes FOIA requests in multiple tracks. Because your request will require '
             'searches of more than one office, including Passport Services and the Office of the Executive '
             'Director of the Bureau of Consular Affairs, and may involve a substantial volume of records, it '
             'has been placed in the complex processing track.', '',
             'Based on our current workload, we estimate that we will complete action on your request by '
             'June 30, 2027. This estimate may change as our search and review proceed. We will send you '
             'any responsive, releasable records on a rolling basis as they are processed.', '',
             'We have granted your request for news media fee status. Fees, if any, will be limited to '
             'duplication beyond the first 100 pages.', '',
             'You may check the status of your case at foia.state.gov or write to us at foiastatus@state.gov. '
             'If you have questions, you may contact our FOIA Requester Service Center or our FOIA Public '
             'Liaison at 202-555-0167. You may also contact the Office of Government Information Services '
             '(OGIS) at the National Archives and Records Administration for dispute resolution services '
             '(ogis@nara.gov).', '',
             'Sincerely,', '', 'Requester Communications Branch',
             'Office of Information Programs and Services']
    body = """Ms. Raman,

Please see the attached letter concerning your FOIA request to the U.S.
Department of State.

Office of Information Programs and Services
U.S. Department of State
"""
    part = multipart('mixed', [text(body), attachment('F-2026-14532_Acknowledgment.pdf', pdf(lines, 'Acknowledgment'))], 'm015', 'outlook')
    write('015-state-ack-complex-track-pdf.eml', [
        ('From', 'FOIAStatus <foiastatus@state.gov>'),
        ('To', 'records+req-004@records.example.org'),
        ('Subject', 'F-2026-14532 Acknowledgment Letter'),
        ('Date', date_hdr('2026-09-17 15:15:06', utc=True)),
        ('Message-ID', outlook_mid('m015', 'gccprd01')),
    ] + outlook_headers('m015', 'F-2026-14532 Acknowledgment Letter', True, originator='state.gov'), part)

# ------------------------------------------------------------------ 016 Treasury contractor acknowledgment, new subject, no threading
def m016():
    body = """Dear Requester,

This acknowledges receipt of your Freedom of Information Act request,
received by the Department of the Treasury on September 17, 2026, for
Office of Foreign Assets Control (OFAC) records of civil penalties,
Findings of Violation and cautionary letters involving ship-to-ship
transfers of crude oil or petroleum products, January 2023 to present.

Your request has been assigned tracking number 2026-OFAC-0437 and sent to
OFAC's Enforcement Division for a search.

We will respond as soon as possible. If you have questions, please reply
to this message and reference the tracking number.

Thank you,

Megan Kessler
FOIA Analyst (Contractor)
FOIA and Transparency | Office of Privacy, Transparency, and Records
U.S. Department of the Treasury

--
Chesapeake Records Group, LLC | Supporting the U.S. Department of the Treasury
"""
    subj = 'Treasury FOIA 2026-OFAC-0437 - Acknowledgment'
    write('016-treasury-contractor-ack-sts-newsubject.eml', [
        ('From', 'Megan Kessler <mkessler@chesapeakerecords.com>'),
        ('To', INBOX),
        ('Subject', subj),
        ('Date', date_hdr('2026-09-18 11:45:10', utc=True)),
        ('Message-ID', outlook_mid('m016', 'namprd11')),
    ] + outlook_headers('m016', subj, originator='chesapeakerecords.com'), text(body))

# ------------------------------------------------------------------ 017 DC portal acknowledgment (MPD overtime), multipart
def m017():
    t = dcpal_ack('Metropolitan Police Department (MPD)', '2026-FOIA-04877', '09/21/2026',
                  'Overtime hours and expenditures by district and\n'
                  '                      unit for August 11 - September 30, 2025 (federal\n'
                  '                      law enforcement surge), and related budget memos.')
    hb = '<html><body><pre style="font-family:Consolas,monospace;font-size:10pt">' + \
         t.replace('&', '&amp;').replace('<', '&lt;').replace('§', '&sect;') + '</pre></body></html>'
    write('017-dcpal-ack-mpd-overtime.eml', [
        ('From', DCPAL),
        ('To', INBOX),
        ('Subject', 'FOIA Request 2026-FOIA-04877 Received'),
        ('Date', date_hdr('2026-09-21 12:10:40')),
        ('Message-ID', '<pal.2026FOIA04877.ack.1790007040@foia-dc.gov>'),
    ], multipart('alternative', [text(t), html(hb)], 'm017', 'java'))

# ------------------------------------------------------------------ 018 IRS "imperfect request" letter (third-party return information)
def m018():
    body = """Case number: F26252-0112

Dear Ms. Raman:

We received your Freedom of Information Act (FOIA) request dated September
9, 2026, on September 9, 2026. You asked for examination files, revocation
correspondence and related records concerning the Liberty Harbor Civic
Fund.

We cannot process your request at this time because it is imperfect - it
does not meet all the requirements of the FOIA and the IRS's published
rules at 26 CFR 601.702(c). Specifically:

  * The records you asked for, if they exist, would be the return
    information of a third party. Internal Revenue Code (IRC) Section 6103
    protects that information from disclosure unless the taxpayer consents.
    To obtain it, you must provide a written consent, such as Form 8821
    (Tax Information Authorization) signed by an officer of the
    organization with authority to bind it, or a comparable signed
    statement that meets the requirements of Treas. Reg. 301.6103(c)-1.

  * You did not provide the organization's employer identification number
    (EIN) or its address, which we need to search accurately.

Some information about tax-exempt organizations is public under IRC 6104,
for example approved exemption applications, annual information returns
(Form 990 series) and final revocation letters. You can find many of these
through Tax Exempt Organization Search on IRS.gov, or request them using
Form 4506-A. Tell us if you want us to treat your request as a request for
those public documents instead.

When we receive the missing information, we will consider your request
perfected on that date, and the 20-business-day response period under the
FOIA will begin then. If we do not receive a response within 35 days from
the date of this letter, we will close your request without further
action.

If you have questions, contact me at the number below. You may also
contact the IRS FOIA Public Liaison, or the Office of Government
Information Services (OGIS) at the National Archives (ogis@nara.gov).

Sincerely,

Kendra L. Pruitt
Disclosure Specialist, Disclosure Office 5
Privacy, Governmental Liaison and Disclosure
Internal Revenue Service
Telephone: 404-555-0131
"""
    subj = 'FOIA Case F26252-0112 - Imperfect Request'
    write('018-irs-imperfect-third-party.eml', [
        ('From', 'Pruitt Kendra L <kendra.l.pruitt@irs.gov>'),
        ('To', 'records+req-009@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2026-09-22 09:30:15', utc=True)),
        ('Message-ID', outlook_mid('m018')),
    ] + outlook_headers('m018', subj, originator='irs.gov'), text(body))

# ------------------------------------------------------------------ 019 IRS specialist out-of-office (reply to our reply)
def m019():
    body = """I am out of the office through Monday, September 28, 2026, with limited
access to e-mail. I will respond to your message when I return.

If you need assistance with a FOIA matter before then, please call the
Disclosure Office 5 main line at 404-555-0100.

Reminder: IRS employees cannot send or receive taxpayer information by
unencrypted e-mail.

Kendra Pruitt
Disclosure Specialist
"""
    write('019-irs-specialist-ooo.eml', [
        ('From', 'Pruitt Kendra L <kendra.l.pruitt@irs.gov>'),
        ('To', 'Records Desk <records+req-009@records.example.org>'),
        ('Subject', 'Automatic reply: RE: FOIA Case F26252-0112 - Imperfect Request'),
        ('Date', date_hdr('2026-09-23 08:05:51', utc=True)),
        ('Message-ID', outlook_mid('m019')),
        ('In-Reply-To', '<reply-009.20260923.1@records.example.org>'),
        ('References', '%s <reply-009.20260923.1@records.example.org>' % outlook_mid('m018')),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
    ] + outlook_headers('m019', 'FOIA Case F26252-0112 - Imperfect Request', originator='irs.gov'), text(body))

# ------------------------------------------------------------------ 020 SBA fee estimate with commercial-use question
def m020():
    body = """Dear Ms. Raman:

This concerns your Freedom of Information Act request SBA-2026-002761 for
records of PPP loans flagged for fraud by lender, lender review reports,
and referral memoranda to the Office of Inspector General.

Fee category. Your request does not state how you intend to use the
records, and we are unable to determine your fee category from the request
itself. Under SBA's FOIA regulations (13 CFR 102.6), fees depend on the
category of requester:

  - Commercial use requesters are charged for search, review and
    duplication.
  - Representatives of the news media, educational and noncommercial
    scientific institutions are charged for duplication only, after the
    first 100 pages.
  - All other requesters are charged for search after the first two hours
    and for duplication after the first 100 pages.

Please tell us whether your request is for a commercial use. If you are
making the request as a representative of the news media, please describe
the organization and how you intend to disseminate the information.

Estimate. The Office of Capital Access estimates the following:

  Search (professional staff, 18 hours x $52.00)       $936.00
  Review (commercial use only, 10 hours x $52.00)      $520.00
  Duplication (approx. 2,400 pages x $0.15)            $360.00
                                                       ---------
  Estimated total if commercial use                  $1,816.00
  Estimated total if news media (2,300 pages x $0.15)  $345.00

Because either amount exceeds the $50 you agreed to pay, we have suspended
processing of your request. Please reply within 20 business days to (1)
confirm your fee category and (2) state that you agree to pay the
estimated fees, or narrow your request to reduce them. If we do not hear
from you within that time, we will close your request.

This is an estimate; actual charges may be lower. You will be billed only
for actual costs.

Respectfully,

Denise M. Harrow
Government Information Specialist
FOIA and Privacy Act Office
U.S. Small Business Administration
"""
    subj = 'SBA-2026-002761 - Fee Estimate and Fee Category'
    write('020-sba-fee-estimate-commercial-use.eml', [
        ('From', '"Harrow, Denise M." <denise.harrow@sba.gov>'),
        ('To', 'records+req-006@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2026-09-24 14:20:33', utc=True)),
        ('Message-ID', outlook_mid('m020')),
    ] + outlook_headers('m020', subj, originator='sba.gov'), text(body))

ALL = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010,
       m011, m012, m013, m014, m015, m016, m017, m018, m019, m020]

if __name__ == '__main__':
    for f in ALL:
        f()
    print('built', len(ALL))
