"""Messages 021-040 (late September - early November 2026)."""
import mailkit as mk
from story import *  # noqa

MESSAGES = []


def add(name, top, body):
    MESSAGES.append((name, mk.message(top, body)))


GOVQA_FOOT = '<p style="font-size:8pt;color:#777">This is an automated message from the Public Records Center. Please do not reply.</p>'

# ------------------------------------------------------------------ 021 Bend GovQA "new message posted" (portal notice, shared sender)
r = 'REQ-008'
html = """<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>A new message has been posted to your public records request <b>P000472-091626</b>.</p>
<p>Please log in to the <a href="https://bendor.mycusthelp.net/WEBAPP/_rs/supporthome.aspx">City of Bend Public Records Center</a>
to view and respond to the message.</p>
%s
</body></html>
""" % GOVQA_FOOT
add('021-bend-govqa-new-message-posted.eml', [
    ('From', 'City of Bend Public Records <donotreply@mycusthelp.net>'),
    ('To', plus(r)),
    ('Subject', 'Public Records Request :: P000472-091626 - New Message'),
    ('Date', 'Wed, 30 Sep 2026 13:00:00 -0700'),
    ('Message-ID', '<5a7c3e19d0b248f6a1e2c3d4b5a69788@mycusthelp.net>'),
    ('X-Mailer', 'GovQA Notification Service'),
], mk.text(html, 'html'))

# ------------------------------------------------------------------ 022 Chelan GovQA estimate after clarification (WA: extension, no statutory days)
r = 'REQ-005'
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Dear Records Desk,</p>
<p>Thank you for clarifying your request on 9/22/2026. As clarified, you are requesting the Code Enforcement complaint intake
log and the notices of violation, warning letters and penalty assessments issued for short-term rentals from 1/1/2024 through
9/14/2026 (not complete case files).</p>
<p>Community Development has begun gathering responsive records. Additional time is needed to locate and assemble records from
the Code Enforcement case management system and to review them for exempt information. Pursuant to RCW 42.56.520, the County
estimates the first installment of records will be available on or before <b>11/13/2026</b>.</p>
<p>Reference #: R000914-091426</p>
<p>Chelan County Public Records</p>
%s
</body></html>
""" % GOVQA_FOOT
add('022-chelan-govqa-revised-estimate.eml', [
    ('From', 'Chelan County Public Records <donotreply@mycusthelp.net>'),
    ('To', plus(r)),
    ('Subject', 'Chelan County Public Records Request :: R000914-091426 - Estimated Response Date'),
    ('Date', 'Fri, 02 Oct 2026 10:10:27 -0700'),
    ('Message-ID', '<0b8e6f2a4c3d41e9a7f5d2c1b0e9a876@mycusthelp.net>'),
    ('X-Mailer', 'GovQA Notification Service'),
], mk.text(html, 'html', cte='quoted-printable'))

# ------------------------------------------------------------------ 023 Bend City Attorney's Office paralegal: estimated completion date (OR extension)
r = 'REQ-008'
plain = """\
Hello,

I'm a paralegal in the City Attorney's Office and I'm handling your public
records request P000472-091626 (short-term rental enforcement).

Under ORS 192.329(5), I'm letting you know that the City cannot complete its
response within ten business days after acknowledgment. Code Enforcement's
database has roughly 1,400 short-term rental complaint records for the period,
and most of them contain names and contact details of people who reported
their neighbors. Each has to be reviewed under ORS 192.355(4) before release,
and some enforcement files include communications with our office.

The City estimates that it will complete its response by November 30, 2026.
We may send records in batches as they are ready. No fee is anticipated for
the complaint log; if staff time for the rest goes over the City's threshold,
I'll send you an estimate before we continue.

Thanks for your patience,

Priya Dandekar
Paralegal | City Attorney's Office
City of Bend | 710 NW Wall Street, Bend, OR 97703
"""
html = ('<html><body><div style="font-family:Calibri,Arial;font-size:11pt">' +
        ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in plain.strip().split('\n\n')[:-1]) +
        '<p>Priya Dandekar<br>Paralegal | City Attorney&#8217;s Office<br>City of Bend | 710 NW Wall Street, Bend, OR 97703</p></div></body></html>\n')
s = 'Public Records Request P000472-091626 \u2013 Short-Term Rental Enforcement \u2013 Estimated Completion Date'
add('023-bend-attorney-estimated-completion.eml', [
    ('From', 'Priya Dandekar <pdandekar@bendoregon.gov>'),
    ('To', '"Records Desk" <%s>' % plus(r)),
    ('Cc', 'City of Bend Public Records <publicrecords@bendoregon.gov>'),
    ('Subject', s),
    ('Date', 'Tue, 06 Oct 2026 11:25:54 -0700'),
    ('Message-ID', outlook_mid('023', 'namprd17')),
] + outlook('023', s),
    mk.multipart('alternative', [mk.text(plain), mk.text(html, 'html', cte='quoted-printable')], '023'))

# ------------------------------------------------------------------ 024 AK DOT&PF ack for REQ-010 (holidays Oct 12 and Oct 19)
r = 'REQ-010'
b = """\
Your public records request, received October 5, 2026, has been logged as
PRR2026-347.

Request: Correspondence between AMHS and the U.S. Coast Guard about
deficiencies found on AMHS vessels, January 1, 2025 to present, and
service-disruption notices issued because of those deficiencies.

Under 2 AAC 96.325 the Department's response is due by the tenth working day
after receipt. Please note that state offices are closed Monday, October 12
(Indigenous Peoples Day) and Monday, October 19 (Alaska Day, observed).

DOT&PF Public Records
Alaska Department of Transportation & Public Facilities
PO Box 112500, Juneau, AK 99811
"""
add('024-akdot-ack-second-request.eml', [
    ('From', 'DOT Public Records (DOT sponsored) <dot.records@alaska.gov>'),
    ('To', plus(r)),
    ('Subject', 'PRR2026-347 Acknowledgment'),
    ('Date', 'Wed, 07 Oct 2026 09:00:13 -0800'),
    ('Message-ID', outlook_mid('024', 'namprd09')),
] + outlook('024', 'PRR2026-347 Acknowledgment'), mk.text(b))

# ------------------------------------------------------------------ 025 DLNR Notice to Requester: fee estimate, 50% prepayment (HTML body + PDF)
r = 'REQ-013'
pdf = mk.make_pdf([[
    '##NOTICE TO REQUESTER',
    'Department of Land and Natural Resources, State of Hawaii', '',
    'TO: Records Desk (records+req-013@records.example.org)',
    'FROM: DLNR, Leilani K. Kahananui, UIPA Coordinator, (808) 555-0117',
    'DATE REQUEST WAS RECEIVED BY AGENCY: September 11, 2026      DATE OF THIS NOTICE: October 8, 2026',
    'AGENCY REQUEST NO.: UIPA 26-0117', '',
    '##THE AGENCY\'S RESPONSE:',
    '[X] Will be granted in part and denied in part, as follows:',
    '- Citation logs and closed case reports, 2024 to present: will be disclosed, with redaction of the names and '
    'home addresses of persons cited whose charges were dismissed (HRS Section 92F-13(1)).',
    '- Reports of cases that are under investigation or pending prosecution: will not be disclosed '
    '(HRS Section 92F-13(3), frustration of a legitimate government function).',
    '- Patrol reports: DOCARE officers record patrols in daily activity logs; these will be disclosed.', '',
    '##ESTIMATED FEES AND COSTS:',
    'Search: 10 hours ($2.50 per 15 minutes) ......................... $100.00',
    'Review and segregation: 24 hours ($5.00 per 15 minutes) ......... $480.00',
    'Less public interest fee waiver (granted) ....................... ($ 60.00)',
    'Estimated fees .................................................. $520.00',
    'Costs: electronic copies ........................................ $  0.00', '',
    '##PREPAYMENT REQUIRED: 50% of estimated fees = $260.00',
    'The agency will not begin the search, review and segregation until the prepayment is received. Because the '
    'records are voluminous, the agency will disclose them in increments; the first increment will be disclosed '
    'within 5 business days after the prepayment is received (HAR Sections 2-71-13(b), 2-71-15(b)).', '',
    'If you do not pay or contact the agency within 20 business days, your request may be considered abandoned.',
]], title='Notice to Requester UIPA 26-0117')
html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Aloha,</p>
<p>Please find DLNR&#8217;s Notice to Requester for UIPA 26-0117 attached. A prepayment of <b>$260.00</b> (50% of the
estimated fees after the public-interest waiver) is needed before DOCARE can begin the search. Checks may be made payable to
&#8220;Department of Land and Natural Resources&#8221;; please write UIPA 26-0117 on the memo line.</p>
<p>Mahalo,<br>Leilani K. Kahananui<br>UIPA Coordinator, DLNR</p>
</body></html>
"""
add('025-dlnr-notice-to-requester-prepayment.eml', [
    ('From', '"Kahananui, Leilani K" <leilani.k.kahananui@hawaii.gov>'),
    ('To', plus(r)),
    ('Subject', 'UIPA 26-0117 - Notice to Requester (prepayment required)'),
    ('Date', 'Thu, 08 Oct 2026 16:10:39 -1000'),
    ('Message-ID', outlook_mid('025', 'namprd11')),
] + outlook('025', 'UIPA 26-0117 - Notice to Requester (prepayment required)', attach=True),
    mk.multipart('mixed', [mk.text(html, 'html', cte='quoted-printable'),
                           mk.attachment(pdf, 'application/pdf', 'UIPA 26-0117 Notice to Requester.pdf')], '025'))

# ------------------------------------------------------------------ 026 ODF referral of one item to the State Fire Marshal (other)
r = 'REQ-006'
b = """\
Hi,

A follow-up on ODF-26-0412. Item 3 of your request (records of structural
protection task forces mobilized to the Boulder Springs Complex) concerns
mobilizations under the Emergency Conflagration Act, and those records belong
to the Oregon State Fire Marshal, not ODF. ODF has nothing on that item beyond
what appears in the incident management team's documentation, which we are
still reviewing.

I have forwarded item 3 to the OSFM public records coordinator
(osfm.publicrecords@osfm.oregon.gov). OSFM will contact you directly and will
assign its own tracking number. The rest of your request stays with ODF on the
schedule in my September 29 message.

Hollis Brandvold
Public Records Coordinator
Oregon Department of Forestry
"""
add('026-odf-referral-item-to-osfm.eml', [
    ('From', '"BRANDVOLD Hollis * ODF" <Hollis.Brandvold@odf.oregon.gov>'),
    ('To', plus(r)),
    ('Cc', '"OSFM Public Records * OSFM" <osfm.publicrecords@osfm.oregon.gov>'),
    ('Subject', 'RE: ODF-26-0412 - records held by OSFM'),
    ('Date', 'Tue, 13 Oct 2026 14:12:05 -0700'),
    ('Message-ID', outlook_mid('026')),
] + outlook('026', 'ODF-26-0412 - records held by OSFM'), mk.text(b))

# ------------------------------------------------------------------ 027 KPB finance/clerk staff out of office (threaded to REQ-012)
r = 'REQ-012'
b = """\
Thank you for your email. I am out of the office Wednesday, October 14 through
Tuesday, October 20; the Borough is closed Monday, October 19 for Alaska Day.

For records requests please contact the Clerk's Office at clerk@kpb.us or
907-555-0160. For sales tax questions please contact the Finance Department,
Sales Tax Division.

Janelle Moos
Records Technician, Borough Clerk's Office
"""
add('027-kpb-clerk-out-of-office.eml', [
    ('From', 'Janelle Moos <JMoos@kpb.us>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Automatic reply: ' + subj(r)),
    ('Date', 'Wed, 14 Oct 2026 08:55:40 -0800'),
    ('Message-ID', '<0d41a7e3b9c24f56a8e1d2c3b4a59687@KPBEXCH02.kpb.local>'),
    ('In-Reply-To', mid(r)),
    ('References', mid(r)),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'JMoos@kpb.us'),
], mk.text(b))

# ------------------------------------------------------------------ 028 ODF ack REQ-007: sent after hours Oct 7, received Oct 8
r = 'REQ-007'
b = """\
This acknowledges receipt of your public records request. Your email arrived
after business hours on October 7, 2026, so it is considered received on
Thursday, October 8, 2026.

Tracking number: ODF-26-0467
Description: Invoices submitted by emergency fire contractors (engines, hand
crews, water tenders) for the 2026 fire season, and contractor performance
evaluations for those resources.

ODF will complete its response, or provide a written statement with an
estimated completion date, no later than 10 business days after the date this
acknowledgment was due (ORS 192.329). This request may involve a fee. If the
estimated cost is more than $25.00, ODF will send a written fee estimate and
will not continue until you respond.

ODF Public Records
Oregon Department of Forestry
2600 State Street, Salem, OR 97310
"""
add('028-odf-ack-received-next-day.eml', [
    ('From', '"ODF Public Records * ODF" <publicrecords@odf.oregon.gov>'),
    ('To', plus(r)),
    ('Subject', 'ODF-26-0467 Acknowledgment of Public Records Request'),
    ('Date', 'Wed, 14 Oct 2026 10:30:22 -0700'),
    ('Message-ID', outlook_mid('028')),
] + outlook('028', 'ODF-26-0467 Acknowledgment of Public Records Request'), mk.text(b))

# ------------------------------------------------------------------ 029 WDFW installment 1 ready, payment required (fee)
r = 'REQ-003'
b = """\
Hello,

The first installment responsive to request 26-5513 is ready. It consists of
1,260 pages of WDFW Police incident and citation reports for commercial
fisheries cases in 2024, which were scanned from paper files.

Under RCW 42.56.120 and the Department's fee schedule, the charge for this
installment is:

  Scanning paper records to electronic format, 1,260 pages at $0.10  $126.00
  Electronic delivery (download link)                                  $0.00
  Total due for Installment 1                                        $126.00

Payment must be received before the installment is released. You may pay by
check payable to "Washington Department of Fish and Wildlife" (reference
26-5513) or by card through the link in the invoice attached. If payment is
not received within 30 days, the Department may close your request as
provided in RCW 42.56.120(4).

Dominic Achterberg
Public Records Specialist
Washington Department of Fish and Wildlife
"""
invoice = ("WASHINGTON DEPARTMENT OF FISH AND WILDLIFE\nPUBLIC RECORDS INVOICE\n\nRequest: 26-5513\nInstallment: 1\n"
           "Date: 10/15/2026\nRequester: Records Desk\n\nScanning (1,260 pages @ $0.10)   126.00\nTOTAL DUE                         126.00\n\n"
           "Pay online: https://wdfw.wa.gov/about/public-records/pay?ref=26-5513\n")
add('029-wdfw-installment-payment-required.eml', [
    ('From', '"Achterberg, Dominic (DFW)" <dominic.achterberg@dfw.wa.gov>'),
    ('To', plus(r)),
    ('Cc', 'WDFW Public Records <publicrecords@dfw.wa.gov>'),
    ('Subject', 'Public Records Request #26-5513 - Installment 1 ready, payment required'),
    ('Date', 'Thu, 15 Oct 2026 13:45:09 -0700'),
    ('Message-ID', outlook_mid('029')),
] + outlook('029', 'Public Records Request #26-5513 - Installment 1 ready, payment required', attach=True),
    mk.multipart('mixed', [mk.text(b), mk.attachment(invoice.encode(), 'text/plain', 'Invoice_26-5513_Inst1.txt',
                                                      cte='7bit')], '029'))

# ------------------------------------------------------------------ 030 AMHS Marine Ops clarification for REQ-010 (no number, no thread)
r = 'REQ-010'
b = """\
Hi,

Marisol in our records office asked me to reach out, since Marine Operations
holds most of what you're after in your October 5 request about the Coast
Guard.

Before we search, two questions:

1. By "Coast Guard deficiency correspondence," do you mean the CG-835 work
   lists the inspectors issue at the end of an inspection, or letters and
   emails between AMHS and Sector Juneau / Sector Anchorage about
   deficiencies? The CG-835s are kept with each vessel's inspection file and
   are a much bigger pull.

2. For "service-disruption notices," do you want the public service notices
   (those are all posted at dot.alaska.gov/amhs) or internal marine casualty
   reports (CG-2692) filed with the Coast Guard?

We'll hold off on the search until we hear back.

Wes Gallant
Port Captain, Marine Operations
Alaska Marine Highway System
"""
add('030-amhs-marine-ops-clarification.eml', [
    ('From', '"Gallant, Wesley J (DOT)" <wesley.gallant@alaska.gov>'),
    ('To', plus(r)),
    ('Cc', 'DOT Public Records (DOT sponsored) <dot.records@alaska.gov>'),
    ('Subject', 'Question on your AMHS Coast Guard request'),
    ('Date', 'Fri, 16 Oct 2026 09:20:48 -0800'),
    ('Message-ID', outlook_mid('030', 'namprd09')),
] + outlook('030', 'Question on your AMHS Coast Guard request'), mk.text(b))

# ------------------------------------------------------------------ 031 WSF maintenance planner: scope question, changed subject, no thread, no number
r = 'REQ-004'
b = """\
Hi,

I'm with WSF Vessel Maintenance at Eagle Harbor. The Public Disclosure Office
asked me to help scope your request.

The out-of-service reports are manageable. The "all work orders" part is the
problem: our maintenance management system has about 38,000 work orders for
the fleet between January 2025 and now, and most of them are routine (filter
changes, painting, life-raft servicing and so on). Exporting and reviewing
all of them would take months.

Would you be willing to narrow that part to one of these?
  (a) specific vessels,
  (b) corrective / unscheduled work orders only, or
  (c) work orders tied to an out-of-service event.

Happy to talk it through by phone if that's easier: 206-555-0193.

Renee Castellanos
Maintenance Planning Supervisor
Washington State Ferries | Eagle Harbor Maintenance Facility
Bainbridge Island, WA
"""
add('031-wsf-planner-scope-question-new-subject.eml', [
    ('From', '"Castellanos, Renee" <CastelR@wsdot.wa.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Eagle Harbor work orders - scope question'),
    ('Date', 'Tue, 20 Oct 2026 12:10:31 -0700'),
    ('Message-ID', outlook_mid('031', 'namprd09')),
] + outlook('031', 'Eagle Harbor work orders - scope question'), mk.text(b))

# ------------------------------------------------------------------ 032 Google DSN: mailbox full at hawaii.gov for REQ-015 cc (no outer thread headers)
r = 'REQ-015'
dsn_text = """\

** Message not delivered **

Your message couldn't be delivered to dofaw.fireinfo@hawaii.gov because the
remote server is misconfigured or the recipient's mailbox is full.

The response from the remote server was:
552 5.2.2 dofaw.fireinfo@hawaii.gov: Mailbox full - quota exceeded
"""
dsn_status = """\
Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 20 Oct 2026 13:04:52 -0700 (PDT)

Final-Recipient: rfc822; dofaw.fireinfo@hawaii.gov
Action: failed
Status: 5.2.2
Remote-MTA: dns; hawaii-gov.mail.protection.outlook.com.
Diagnostic-Code: smtp; 552 5.2.2 dofaw.fireinfo@hawaii.gov: Mailbox full - quota exceeded
Last-Attempt-Date: Tue, 20 Oct 2026 13:05:09 -0700 (PDT)
"""
orig_headers = """\
From: Records Desk <records@records.example.org>
Reply-To: records+req-015@records.example.org
To: DLNR UIPA <dlnr.uipa@hawaii.gov>
Cc: dofaw.fireinfo@hawaii.gov
Subject: UIPA Request: DLNR/DOFAW wildfire response and after-action records,
 Kealia Ridge fire (Kauai, September 2026)
Date: Tue, 20 Oct 2026 10:04:51 -1000
Message-ID: <req-015.20261020.1@records.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
"""
body = mk.multipart('report', [
    mk.text(dsn_text),
    mk.raw_part([('Content-Type', 'message/delivery-status')], dsn_status),
    mk.raw_part([('Content-Type', 'text/rfc822-headers')], orig_headers),
], 'dsn032', params=' report-type=delivery-status;')
add('032-dofaw-cc-bounce-mailbox-full.eml', [
    ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
    ('To', 'records@records.example.org'),
    ('Auto-Submitted', 'auto-replied'),
    ('Subject', 'Delivery Status Notification (Failure)'),
    ('X-Failed-Recipients', 'dofaw.fireinfo@hawaii.gov'),
    ('Message-ID', '<6715a4d5.050a0220.2b7c19.41f2.GMR@mx.google.com>'),
    ('Date', 'Tue, 20 Oct 2026 13:05:16 -0700 (PDT)'),
], body)

# ------------------------------------------------------------------ 033 DLNR/DOFAW ack REQ-015 (Election Day closure)
r = 'REQ-015'
b = """\
Aloha,

Your UIPA request was received on October 20, 2026 and has been logged by the
DLNR UIPA coordinator as UIPA-26-0139. I am the Division of Forestry and
Wildlife point of contact for it.

The Department will respond within 10 business days as provided in HAR
Section 2-71-13. Please note that state offices are closed on Tuesday,
November 3 for the General Election.

The fire information mailbox you copied is no longer monitored; please send
anything further about this request to me or to dlnr.uipa@hawaii.gov.

Mahalo,

Bryce T. Nakagawa
Fire Management Program, Division of Forestry and Wildlife
Department of Land and Natural Resources
""" + quote_gt(r, 'Tue, Oct 20, 2026 at 10:04 AM')
add('033-dofaw-ack-election-day.eml', [
    ('From', '"Nakagawa, Bryce T" <bryce.t.nakagawa@hawaii.gov>'),
    ('To', plus(r)),
    ('Cc', 'DLNR UIPA <dlnr.uipa@hawaii.gov>'),
    ('Subject', 'RE: ' + subj(r)),
    ('Date', 'Wed, 21 Oct 2026 10:00:42 -1000'),
    ('Message-ID', outlook_mid('033', 'namprd11')),
    ('In-Reply-To', mid(r)),
    ('References', mid(r)),
] + outlook('033', subj(r)), mk.text(b))

# ------------------------------------------------------------------ 034 DNR installment 1 (records_interim) with exemption log CSV
r = 'REQ-001'
plain = """\
Dear Records Desk,

Installment 1 of an estimated 4 for PDR 26-1187 is ready. You can download it
from the link below; the link expires in 30 days.

https://dnrwa.sharefile.com/d-s8f3a9c1e2b747d0a

Contents of Installment 1:
  - Northeast Region dispatch logs, August 9-31, 2026 (412 pages)
  - Resource orders exported from IROC (3 spreadsheets)
  - Incident action plans, operational periods 1-19 (19 PDFs)

Personal cell phone numbers of employees and contractors have been redacted
under RCW 42.56.250. An exemption log is attached.

Remaining installments will include aviation use and drop records, the Type 3
team's documentation package and, if it is final, the after-action review. We
anticipate completing your request on or before December 18, 2026.

Kendra Albers
Public Records Officer
Washington State Department of Natural Resources
"""
html = ('<html><body style="font-family:Calibri,sans-serif;font-size:11pt">' +
        ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in plain.strip().split('\n\n')) + '</body></html>\n')
log = ("Request,Installment,Record,Pages,Exemption,Description\n"
       "PDR 26-1187,1,NE Region dispatch log 2026-08-12,4,RCW 42.56.250,Personal cell numbers of employees\n"
       "PDR 26-1187,1,NE Region dispatch log 2026-08-19,7,RCW 42.56.250,Personal cell numbers of employees\n"
       "PDR 26-1187,1,IAP Op Period 6,2,RCW 42.56.250,Personal cell numbers of contractors\n")
add('034-dnr-installment-1.eml', [
    ('From', '"ALBERS, KENDRA (DNR)" <kendra.albers@dnr.wa.gov>'),
    ('To', plus(r)),
    ('Subject', 'PDR 26-1187 - Installment 1 of 4'),
    ('Date', 'Thu, 22 Oct 2026 10:00:09 -0700'),
    ('Message-ID', outlook_mid('034')),
] + outlook('034', 'PDR 26-1187 - Installment 1 of 4', attach=True),
    mk.multipart('mixed', [
        mk.multipart('alternative', [mk.text(plain), mk.text(html, 'html', cte='quoted-printable')], '034a'),
        mk.attachment(log.encode(), 'text/csv', 'PDR 26-1187 Installment 1 Exemption Log.csv', cte='quoted-printable'),
    ], '034'))

# ------------------------------------------------------------------ 035 Granicus / GovQA marketing webinar (null)
plain = """\
Public records requests in Washington are up 40% since 2022. Is your team keeping up?

Join us Thursday, November 5 at 11 a.m. PT for "Five-Day Letters, Installments and Exemption Logs:
PRA Compliance in Practice," featuring records officers from two Washington counties who use GovQA.

You'll learn:
- how to automate five-day acknowledgment letters with reasonable estimates
- how to release records in installments through a public portal
- how to build exemption logs that hold up on review

Register: https://granicus.com/webinar/pra-compliance-washington

Granicus | 1152 15th Street NW, Washington, DC 20005
Unsubscribe: https://granicus.com/unsubscribe?e=records%40records.example.org
"""
html = """<html><body style="font-family:Helvetica,Arial;font-size:15px;color:#222">
<table width="600" align="center"><tr><td>
<h1 style="color:#0b3d91;font-size:22px">Five-Day Letters, Installments and Exemption Logs: PRA Compliance in Practice</h1>
<p>Public records requests in Washington are up 40% since 2022. Is your team keeping up?</p>
<p>Join us <b>Thursday, November 5 at 11 a.m. PT</b>, featuring records officers from two Washington counties who use GovQA.</p>
<ul><li>Automate five-day acknowledgment letters with reasonable estimates</li>
<li>Release records in installments through a public portal</li>
<li>Build exemption logs that hold up on review</li></ul>
<p><a href="https://granicus.com/webinar/pra-compliance-washington" style="background:#0b3d91;color:#fff;padding:8px 14px">Register now</a></p>
<p style="font-size:11px;color:#888">Granicus | 1152 15th Street NW, Washington, DC 20005 |
<a href="https://granicus.com/unsubscribe?e=records%40records.example.org">Unsubscribe</a></p>
</td></tr></table></body></html>
"""
add('035-granicus-govqa-webinar-null.eml', [
    ('From', 'Granicus <events@granicus.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Webinar: PRA compliance in practice - five-day letters and installments'),
    ('Date', 'Fri, 23 Oct 2026 10:00:00 -0400'),
    ('Message-ID', '<1761228000.8842.mkto@mail.granicus.com>'),
    ('List-Unsubscribe', '<https://granicus.com/unsubscribe?e=records%40records.example.org>'),
    ('Precedence', 'bulk'),
    ('X-Mailer', 'Marketo'),
], mk.multipart('alternative', [mk.text(plain), mk.text(html, 'html', cte='quoted-printable')], '035'))

# ------------------------------------------------------------------ 036 KPB deputy clerk: "call me" with no topic (genuinely ambiguous)
r = 'REQ-012'
b = """\
Hi,

Could someone from your office give me a call about your records request
when you have a minute? We have a question about what you're asking for
before anything gets pulled. I'm at 907-555-0142, 8 to 4:30.

Thanks,
Rhea

Rhea Tollefsen
Deputy Borough Clerk
Kenai Peninsula Borough
"""
add('036-kpb-clerk-call-me-ambiguous.eml', [
    ('From', 'Rhea Tollefsen <RTollefsen@kpb.us>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'records request'),
    ('Date', 'Tue, 27 Oct 2026 14:30:18 -0800'),
    ('Message-ID', '<7e2f9a0c4b1d43e8a5c6d7e8f9a0b1c2@KPBEXCH02.kpb.local>'),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
], mk.text(b))

# ------------------------------------------------------------------ 037 ODF fee estimate for REQ-007 (conditional narrowing)
r = 'REQ-007'
b = """\
Hello,

ODF has estimated the cost to fulfill public records request ODF-26-0467
(emergency fire contractor invoices and performance evaluations, 2026 season).

  Locate invoices in the fire finance system and district files,
    14.0 hours at $48.50/hour                                 $679.00
  Review and redaction (bank account and tax ID numbers),
    4.0 hours at $62.10/hour                                  $248.40
  Estimated total                                             $927.40

Under ORS 192.324(4), ODF will not process the request further until you pay
the estimate or tell us in writing how you want to proceed. If you would like
to narrow the request, for example to invoices over $100,000 or to resources
assigned to the Boulder Springs Complex only, the cost may be lower. You may
also ask for a fee waiver or reduction under ORS 192.324(5); please explain
how release would primarily benefit the public.

If we do not hear from you within 60 days, ODF will close the request.

Dana Wolcott
Fire Finance Unit
Oregon Department of Forestry
"""
add('037-odf-fee-estimate-contractor-invoices.eml', [
    ('From', '"WOLCOTT Dana * ODF" <Dana.Wolcott@odf.oregon.gov>'),
    ('To', plus(r)),
    ('Cc', '"ODF Public Records * ODF" <publicrecords@odf.oregon.gov>'),
    ('Subject', 'ODF-26-0467 Fee estimate'),
    ('Date', 'Thu, 29 Oct 2026 10:40:55 -0700'),
    ('Message-ID', outlook_mid('037')),
] + outlook('037', 'ODF-26-0467 Fee estimate'), mk.text(b))

# ------------------------------------------------------------------ 038 DNR aviation staffer OOO, threaded to our follow-up on REQ-002
r = 'REQ-002'
b = """\
I am on a fire assignment through November 8 with very limited email access.

For public records questions, please contact publicdisclosure@dnr.wa.gov.
For aviation program matters, contact the Resource Protection Division main
line at 360-555-0150.

Garrett Lindqvist
Aviation Safety Manager, Wildland Fire Management Division
"""
add('038-dnr-aviation-staff-ooo-followup.eml', [
    ('From', '"LINDQVIST, GARRETT (DNR)" <garrett.lindqvist@dnr.wa.gov>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Automatic reply: PDR 26-1302 - status?'),
    ('Date', 'Fri, 30 Oct 2026 09:02:03 -0700'),
    ('Message-ID', outlook_mid('038')),
    ('In-Reply-To', '<req-002.20261030.2@records.example.org>'),
    ('References', '%s\n <req-002.20261030.2@records.example.org>' % mid(r)),
    ('Auto-Submitted', 'auto-generated'),
    ('X-Auto-Response-Suppress', 'All'),
] + outlook('038', 'PDR 26-1302 - status?'), mk.text(b))

# ------------------------------------------------------------------ 039 DOFAW no records (HI), Notice to Requester PDF
r = 'REQ-015'
pdf = mk.make_pdf([[
    '##NOTICE TO REQUESTER',
    'Department of Land and Natural Resources, Division of Forestry and Wildlife', '',
    'TO: Records Desk (records+req-015@records.example.org)',
    'FROM: DLNR/DOFAW, Bryce T. Nakagawa, (808) 555-0139, bryce.t.nakagawa@hawaii.gov',
    'DATE REQUEST WAS RECEIVED BY AGENCY: October 20, 2026      DATE OF THIS NOTICE: November 2, 2026',
    'AGENCY REQUEST NO.: UIPA-26-0139', '',
    'RECORDS REQUESTED: Fire reports, incident narratives, cost summaries and any after-action review prepared by '
    'DOFAW concerning the Kealia Ridge fire on Kauai (September 2026).', '',
    '##THIS NOTICE IS TO INFORM YOU THAT YOUR RECORD REQUEST:',
    '[X] Cannot be granted. Agency is unable to disclose the requested records because:',
    '    [X] Agency does not maintain the records (HRS Section 92F-3).',
    '    Other agency believed to maintain records: County of Kauai Fire Department.', '',
    'The Kealia Ridge fire burned on private and county land and was handled by the Kauai Fire Department. '
    'DOFAW did not assume command, did not prepare a fire report, incident narrative or cost summary, and no '
    'after-action review was conducted by DOFAW.', '',
    'No fees are charged for this request.', '',
    'You may appeal this response to the Office of Information Practices within one year (HAR Section 2-73-12).',
]], title='Notice to Requester UIPA-26-0139')
b = """\
Aloha,

Attached is the Department's Notice to Requester for UIPA-26-0139. In short,
DOFAW searched the Kauaʻi Branch files and the Fire Management Program's
records and found nothing responsive: the Kealia Ridge fire was handled by
the Kauaʻi Fire Department, and DOFAW did not prepare a fire report, cost
summary or after-action review for it.

Mahalo,
Bryce Nakagawa
"""
add('039-dofaw-notice-no-records.eml', [
    ('From', '"Nakagawa, Bryce T" <bryce.t.nakagawa@hawaii.gov>'),
    ('To', plus(r)),
    ('Subject', 'UIPA-26-0139 Notice to Requester - Kealia Ridge fire'),
    ('Date', 'Mon, 02 Nov 2026 11:00:27 -1000'),
    ('Message-ID', outlook_mid('039', 'namprd11')),
] + outlook('039', 'UIPA-26-0139 Notice to Requester - Kealia Ridge fire', attach=True),
    mk.multipart('mixed', [mk.text(b, cte='quoted-printable'),
                           mk.attachment(pdf, 'application/pdf', 'UIPA-26-0139 Notice to Requester.pdf')], '039'))

# ------------------------------------------------------------------ 040 colleague forwards DLNR first increment inline (Fwd:)
r = 'REQ-013'
b = """\
Desk - DLNR sent the first increment of the DOCARE records to me instead of
the records inbox (I made the prepayment call). Link below expires Dec. 4;
I've saved a copy to the shared drive under DOCARE/UIPA.

Isaac

---------- Forwarded message ---------
From: Kahananui, Leilani K <leilani.k.kahananui@hawaii.gov>
Date: Wed, Nov 4, 2026 at 9:12 AM
Subject: UIPA-26-0117 - first increment
To: Isaac Pua <ipua@records.example.org>


Aloha Mr. Pua,

We received the prepayment of $260.00 on October 19. The first increment of
records for UIPA-26-0117 is available here:

https://hawaii.sharefile.com/d-4c0e7b21a9f84d

This increment contains DOCARE citation log extracts for calendar year 2024
(lay net, undersized and over-limit catch, protected species and commercial
marine license violations) and the case reports for 2024 cases that are
closed. As described in our Notice to Requester, reports of cases under
investigation or pending prosecution are not included, and names and home
addresses of persons whose charges were dismissed have been redacted.

The next increment (2025-2026 records) will be provided within 20 business
days, as provided in HAR Section 2-71-15(b).

Mahalo,
Leilani K. Kahananui
UIPA Coordinator, DLNR
"""
add('040-fwd-inline-dlnr-first-increment.eml', [
    ('From', 'Isaac Pua <ipua@records.example.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Fwd: UIPA-26-0117 - first increment'),
    ('Date', 'Wed, 04 Nov 2026 15:30:12 -1000'),
    ('Message-ID', '<CAK3m9pXq2Tz7vR0aB4cN8dF1gH6jL5sW9eY2uI0oP@mail.gmail.com>'),
], mk.text(b))
