#!/usr/bin/env python3
"""Messages 041-050 (Oct 23 - Nov 16, 2026)."""
from build_common import *

MESSAGES = []

def add(file, headers, body, f):
    MESSAGES.append({'file': file, 'headers': headers, 'body': body, 'facts': f})


# ---------------------------------------------------------------- 041 NY OSC final release via the desk's Google Group
R = 'REQ-108'
t = """Dear Requester:

Re: FOIL-2026-0655

In response to your request, the Office of the State Comptroller has
located the following records, which are attached:

  1. Minutes of the Investment Advisory Committee to the Common Retirement
     Fund for its meetings held from January 2024 through June 2026
     (8 meetings).
  2. Travel vouchers and expense documentation submitted by the Chief
     Investment Officer for the same period (6 trips).

Employee identification numbers, personal credit card numbers and a home
address appearing in the travel documentation have been redacted under
Section 87(2)(b) of the Public Officers Law, because their disclosure
would constitute an unwarranted invasion of personal privacy. All other
portions of the records are released.

You may appeal the redactions within 30 days of this letter by writing to
the Records Access Appeals Officer, Office of the State Comptroller,
110 State Street, Albany, New York 12236, or foilappeals@osc.ny.gov. The
appeals officer will respond within 10 business days of receiving your
appeal.

Records Access Office
Office of the New York State Comptroller
"""
hb = '<html><body><div style="font-family:Arial,sans-serif;font-size:10pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', '<br>') for p in t.split('\n\n')) + '</div></body></html>'
recs = """NEW YORK STATE COMMON RETIREMENT FUND
Investment Advisory Committee - Minutes (January 2024 - June 2026)

Meeting of March 2024. Members present: five. Staff of the Division of Pension Investment and Cash Management presented the asset allocation review and the private equity pacing plan. The Committee discussed fee transparency reporting by general partners.

Chief Investment Officer - Travel Vouchers (2024 - 2026)
Voucher 24-0117  Institutional Limited Partners Association meeting, New York NY   $412.80
Voucher 24-0388  Public pension investment conference, Boston MA                 $1,286.45
Voucher 25-0092  Emerging manager program forum, Buffalo NY                        $644.10
Voucher 25-0411  Sovereign and public fund roundtable, Toronto ON                 $1,902.33
Voucher 26-0075  ILPA members conference, Washington DC                            $1,118.67
Voucher 26-0230  Real estate advisory site review, Newark NJ                        $288.00
Redacted: employee ID numbers, personal card numbers, home address (POL 87(2)(b)).
"""
add('041-nyosc-final-google-group.eml', [
    ('From', "'OSC Records Access' via Records Desk <records@records.example.org>"),
    ('Reply-To', 'OSC Records Access <foil@osc.ny.gov>'),
    ('To', 'Records Desk <%s>' % plus(R)),
    ('Subject', 'RE: FOIL-2026-0655'),
    ('Date', 'Fri, 23 Oct 2026 12:00:19 -0400'),
    ('Message-ID', mid('041', 'osc.ny.gov')),
    ('X-Original-Sender', 'foil@osc.ny.gov'),
    ('X-Original-Authentication-Results', 'mx.google.com; spf=pass (google.com: domain of foil@osc.ny.gov designates 204.97.229.12 as permitted sender) smtp.mailfrom=foil@osc.ny.gov'),
    ('X-Original-From', 'OSC Records Access <foil@osc.ny.gov>'),
    ('Precedence', 'list'),
    ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
    ('List-ID', '<records.records.example.org>'),
    ('X-Spam-Checked-In-Group', 'records@records.example.org'),
    ('X-Google-Group-Id', '518223047716'),
    ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>'),
    ('List-Help', '<https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, <mailto:records+help@records.example.org>'),
    ('List-Archive', '<https://groups.google.com/a/records.example.org/group/records/>'),
    ('List-Unsubscribe', '<mailto:googlegroups-manage+518223047716+unsubscribe@googlegroups.com>, <https://groups.google.com/a/records.example.org/group/records/subscribe>'),
], mixed([alt([text(t), html(hb)], '041a', 'google'),
          attach(make_pdf(recs, 'FOIL-2026-0655 Records'), 'application/pdf', 'FOIL-2026-0655 Responsive Records.pdf')],
         '041', 'google'),
    facts(R, 'records_final', 'FOIL-2026-0655', ['plus', 'tracking'],
          'OSC releases IAC minutes and CIO travel vouchers with 87(2)(b) privacy redactions, via the Google Group ("via Records Desk"); NY 30-day appeal',
          adverse=True))


# ---------------------------------------------------------------- 042 OPERS attorney asks for a call; no thread, vague subject
R = 'REQ-110'
t = """Hi,

I'm an attorney in the OPERS legal office. I'd like to talk through your
records request with you and see whether we can get you something useful
without a lot of back and forth. Do you have 15 minutes sometime this week?
My direct line is 614-222-0388, or reply with a couple of times that work.

Thanks,
Tom

Tom Kessler
Associate General Counsel
Ohio Public Employees Retirement System
"""
add('042-opers-call-request-nothread.eml', [
    ('From', 'Tom Kessler <tkessler@opers.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'your records request'),
    ('Date', 'Mon, 26 Oct 2026 09:30:14 -0400'),
    ('Message-ID', mid('042', 'CH2PR14MB5512.namprd14.prod.outlook.com', 'outlook')),
    ('Content-Language', 'en-US'),
], text(t),
    facts(R, 'other', None, ['subject'],
          'OPERS attorney asks for a phone call about "your records request": no thread, no number; belongs to REQ-110 (REQ-109 was already completed Oct 8) but hard to place'))


# ---------------------------------------------------------------- 043 Fiscal Service partial referral to Departmental Offices
R = 'REQ-116'
t = """Good morning,

I am writing about FOIA request 2026-FOIA-01342.

Our search located records responsive to your request that originated
with the Department's Office of the Fiscal Assistant Secretary (OFAS),
including correspondence between OFAS and state unclaimed property
administrators about access to matured savings bond data. Under the
Treasury FOIA regulations, we have referred those records to the
Departmental Offices FOIA office for processing and direct response to
you. Departmental Offices has assigned the referral its own number,
2026-FOIA-02211; please use that number if you contact them about the
referred records.

We are continuing to process the records that originated with the Fiscal
Service and will respond to you separately about them.

Respectfully,

Marcus Bell
Government Information Specialist
Disclosure Services | Bureau of the Fiscal Service
"""
hb = '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', ' ') for p in t.split('\n\n')) + '</div></body></html>'
add('043-bfs-referral.eml', [
    ('From', '"Bell, Marcus" <Marcus.Bell@fiscal.treasury.gov>'),
    ('To', 'Records Desk <%s>' % plus(R)),
    ('Subject', '2026-FOIA-01342 - Partial Referral to Departmental Offices'),
    ('Thread-Topic', '2026-FOIA-01342 - Partial Referral to Departmental Offices'),
    ('Thread-Index', 'AQHdPzK1vLq2mQ0aQ0yGn7X5qW1a4g=='),
    ('Date', 'Wed, 28 Oct 2026 11:45:03 -0400'),
    ('Message-ID', mid('043', 'DM6PR09MB4478.namprd09.prod.outlook.com', 'outlook')),
    ('Accept-Language', 'en-US'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('X-OriginatorOrg', 'fiscal.treasury.gov'),
], alt([text(t), html(hb)], '043', 'outlook'),
    facts(R, 'other', '2026-FOIA-01342', ['plus', 'tracking'],
          'referral notice: OFAS-originated records sent to Departmental Offices (their number 2026-FOIA-02211 is a trap); Fiscal Service keeps processing the rest'))


# ---------------------------------------------------------------- 044 TRS GovQA "updated" (same shared sender as Houston)
R = 'REQ-104'
hb = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Public Information Request <b>R000913-091026</b> has been updated.</p>
<p>Log in to the <a href="https://trstexas.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">TRS Public Information Center</a> to view the update.</p>
<p style="font-size:8pt;color:#888">Teacher Retirement System of Texas &middot; This email was sent from an unmonitored mailbox.</p>
</body></html>
"""
add('044-trs-govqa-updated.eml', [
    ('From', '"Teacher Retirement System of Texas" <noreply@mycusthelp.net>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Public Information Request R000913-091026 has been updated'),
    ('Date', 'Mon, 02 Nov 2026 08:15:40 -0600'),
    ('Message-ID', mid('044', 'mycusthelp.net')),
    ('X-Mailer', 'GovQA Notification Service'),
], html(hb),
    facts(R, 'portal_notice', 'R000913-091026', ['tracking'],
          'GovQA "request updated" notice for the TRS request; no content'))


# ---------------------------------------------------------------- 045 OC Treasurer-Tax Collector: no records; number only in subject
R = 'REQ-117'
t = """Good morning,

In response to your request received 9/30/2026 for records of fees paid to
placement agents or investment consultants by the Orange County
Investment Pool, 2022-2026: the Treasurer-Tax Collector has no records
responsive to your request.

The Investment Pool does not use placement agents. It invests directly in
securities authorized by Government Code section 53601 and the County's
Investment Policy Statement, and no investment consultant was retained for
the pool during that period.

Public Records Unit
Treasurer-Tax Collector | County of Orange
"""
add('045-octtc-no-records-subject-number.eml', [
    ('From', 'TTC Public Records <ttcrecords@ocgov.com>'),
    ('To', plus(R)),
    ('Subject', 'PRR 26-058 - No Responsive Records'),
    ('Date', 'Wed, 04 Nov 2026 10:00:27 -0800'),
    ('Message-ID', mid('045', 'SN4PR09MB7710.namprd09.prod.outlook.com', 'outlook')),
    ('Content-Language', 'en-US'),
], text(t),
    facts(R, 'no_records', 'PRR 26-058', ['plus', 'subject', 'tracking-new'],
          'OC T-TC finds no placement agent or consultant fee records for the pool; number PRR 26-058 only in the subject; CA has no appeal days',
          adverse=True))


# ---------------------------------------------------------------- 046 Houston final release with 552.136 redactions
R = 'REQ-106'
hb = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Dear Records Desk,</p>
<p>The City of Houston has completed Public Information Request <b>W114305-091526</b>. Thank you for your payment of $81.00.</p>
<p>The responsive monthly procurement card statements and receipts for the Finance Director, Deputy Directors and Division Managers for FY2025 and FY2026 (19 cardholders, 212 pages) are attached and posted to the Public Information Center.</p>
<p>Credit card and bank account numbers have been redacted under section 552.136 of the Government Code. As permitted by section 552.136(c), the City redacted this information without requesting a decision from the Attorney General. Under section 552.136(e), you may ask the Attorney General to review the City&#8217;s decision to redact this information; the notice describing how to do so is attached.</p>
<p>All other information has been released. This request is now closed.</p>
<p>Legal Department &#8211; Public Information Section, on behalf of the Finance Department<br>City of Houston</p>
</body></html>
"""
rec = """CITY OF HOUSTON - FINANCE DEPARTMENT
Procurement Card Statements, FY2025 - FY2026 (Director, Deputy Directors, Division Managers)

Cardholder 01  Statement period 07/2024  Card no. [552.136]  Transactions: 6  Total $1,942.18
   07/09/2024  GFOA membership renewal                         $580.00
   07/17/2024  Office supply - toner                          $214.36
   07/22/2024  Conference registration - TX treasury seminar   $895.00
   ...
Notice: Under Tex. Gov't Code 552.136(e) you may request that the Attorney General review the redaction of access device numbers.
"""
add('046-houston-final-redactions.eml', [
    ('From', '"City of Houston Public Information" <noreply@mycusthelp.net>'),
    ('To', plus(R)),
    ('Subject', 'Public Information Request W114305-091526 - Completed'),
    ('Date', 'Thu, 05 Nov 2026 15:00:05 -0600'),
    ('Message-ID', mid('046', 'mycusthelp.net')),
    ('X-Mailer', 'GovQA Notification Service'),
], mixed([html(hb, charset='windows-1252'),
          attach(make_pdf(rec, 'W114305-091526 Responsive Records', width=110, size=8), 'application/pdf',
                 'W114305-091526_Responsive_Records.pdf')], '046'),
    facts(R, 'records_final', 'W114305-091526', ['plus', 'tracking'],
          'Houston releases the P-card statements with 552.136 card-number redactions and closes the request; TX has no appeal days',
          adverse=True))


# ---------------------------------------------------------------- 047 Fiscal Service fee estimate (fee category not accepted)
R = 'REQ-116'
t = """Good morning,

This concerns FOIA request 2026-FOIA-01342.

We were unable to confirm from your request that you qualify as a
representative of the news media. Until you provide more information, we
have placed your request in the "all other requesters" fee category under
31 CFR 1.7. Requesters in this category receive two hours of search time
and 100 pages of duplication without charge.

We estimate that the search for the Fiscal Service records remaining in
your request will take approximately nine hours. The estimated fee is:

    Search: 9 hours - 2 free hours = 7 hours x $56.00   $392.00
    Duplication (electronic)                              $0.00
    Estimated total                                     $392.00

Please tell us in writing within 20 working days whether you agree to pay
fees up to this amount. Alternatively, you may send us information showing
that you are a representative of the news media (for example, a
description of your organization's publications and how the requested
information will be disseminated), in which case search fees would not
apply. The time to respond to your request is tolled while we wait for
your reply. If we do not hear from you within 20 working days, we will
administratively close the request.

Respectfully,

Marcus Bell
Government Information Specialist
Disclosure Services | Bureau of the Fiscal Service
"""
add('047-bfs-fee-estimate.eml', [
    ('From', '"Bell, Marcus" <Marcus.Bell@fiscal.treasury.gov>'),
    ('To', 'Records Desk <%s>' % plus(R)),
    ('Subject', 'RE: 2026-FOIA-01342 - Partial Referral to Departmental Offices'),
    ('Thread-Topic', '2026-FOIA-01342 - Partial Referral to Departmental Offices'),
    ('Thread-Index', 'AQHdPzK1vLq2mQ0aQ0yGn7X5qW1a4hJq3Bw='),
    ('Date', 'Mon, 09 Nov 2026 11:30:48 -0500'),
    ('Message-ID', mid('047', 'DM6PR09MB4478.namprd09.prod.outlook.com', 'outlook')),
    ('In-Reply-To', mid('043', 'DM6PR09MB4478.namprd09.prod.outlook.com', 'outlook')),
    ('References', mid('043', 'DM6PR09MB4478.namprd09.prod.outlook.com', 'outlook')),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], text(t),
    facts(R, 'fee_estimate', '2026-FOIA-01342', ['plus', 'tracking'],
          'Fiscal Service places us in the "all other" category and estimates $392 in search fees; agree in 20 working days or prove news-media status; clock tolled'))


# ---------------------------------------------------------------- 048 colleague forwards the OSC first release
R = 'REQ-107'
t = """OSC sent this to me directly after I called them about the Common fund
request last week. Logging it here for the desk. They say the rest comes
Dec 4.

Priya

---------- Forwarded message ---------
From: OSC Records Access <foil@osc.ny.gov>
Date: Tue, Nov 10, 2026 at 4:12 PM
Subject: FOIL-2026-0612 - First Release
To: Priya Nair <pnair@records.example.org>


Dear Ms. Nair:

As discussed by telephone, enclosed is a first release of records
responsive to FOIL-2026-0612: the fee and expense reports submitted to the
Common Retirement Fund since 2020 by the 41 private equity general
partners that did not ask that their reports be excepted from disclosure
(attachment: CRF_PE_Fee_Reports_Release1.pdf, 226 pages).

Our review of the reports from the remaining submitters under Section
89(5) of the Public Officers Law is ongoing. We will respond regarding
those records on or before December 4, 2026.

Records Access Office
Office of the New York State Comptroller
"""
add('048-fwd-nyosc-interim.eml', [
    ('From', 'Priya Nair <pnair@records.example.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Fwd: FOIL-2026-0612 - First Release'),
    ('Date', 'Thu, 12 Nov 2026 09:05:33 -0500'),
    ('Message-ID', mid('048', 'x', 'gmail')),
], text(t),
    facts(R, 'records_interim', 'FOIL-2026-0612', ['tracking'],
          'colleague forwards the OSC first release for FOIL-2026-0612 (41 GPs\' reports); the rest by Dec 4',
          estimated='2026-12-04'))


# ---------------------------------------------------------------- 049 CalPERS final release of the placement agent forms
R = 'REQ-102'
log = """CalPERS Investment Office - Placement Agent Disclosure Log (received January 1, 2023 - October 31, 2026)

No.  Date received  External manager (fund)                          Placement agent used  Agent name
001  01/19/2023     Redwood Crest Partners VII                         No                    -
002  02/06/2023     Harbor Point Growth Fund IV                        Yes                   Meridian Capital Advisors LLC
003  03/14/2023     Sierra Ridge Infrastructure II                     No                    -
...
064  10/02/2026     Cascade Lane Credit Opportunities III               Yes                   Northgate Placement Partners
Total forms: 64; placement agent disclosed: 11.
"""
t = """Hello,

Thank you for confirming on October 1 that you are requesting the
Placement Agent Information Disclosure forms only (without the attached
fee agreements), for forms received on or after January 1, 2023.

Attached are the 64 disclosure forms received from January 1, 2023 through
October 31, 2026, and the Investment Office's placement agent disclosure
log for the same period. The records are released in full.

This completes CalPERS' response to PRA-26-0903.

Regards,

Marisol Lopez
Public Records Act Coordinator
CalPERS Legal Office
"""
add('049-calpers-final-placement.eml', [
    ('From', '"Lopez, Marisol" <Marisol.Lopez@calpers.ca.gov>'),
    ('To', 'Records Desk <%s>' % plus(R)),
    ('Subject', 'RE: PRA-26-0903 Placement Agent Disclosures - Receipt'),
    ('Thread-Topic', 'PRA-26-0903 Placement Agent Disclosures - Receipt'),
    ('Date', 'Fri, 13 Nov 2026 14:30:09 -0800'),
    ('Message-ID', mid('049', 'BY5PR09MB6604.namprd09.prod.outlook.com', 'outlook')),
    ('In-Reply-To', mid('024', 'BY5PR09MB6604.namprd09.prod.outlook.com', 'outlook')),
    ('References', RMID(R) + ' ' + mid('015', 'BY5PR09MB6604.namprd09.prod.outlook.com', 'outlook') + ' '
     + mid('024', 'BY5PR09MB6604.namprd09.prod.outlook.com', 'outlook')),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', 'yes'),
], mixed([text(t), attach(make_pdf(log, 'Placement Agent Disclosure Log', width=120, size=8), 'application/pdf',
                          'Placement_Agent_Disclosure_Log_2023-2026.pdf')], '049', 'outlook-mixed'),
    facts(R, 'records_final', 'PRA-26-0903', ['thread', 'plus', 'tracking'],
          'CalPERS releases the 64 disclosure forms and the log in full and says this completes PRA-26-0903; no withholdings, no appeal_due'))


# ---------------------------------------------------------------- 050 CalPERS meeting notice mailing list (belongs to no request)
hb = """<html><body style="font-family:Arial,sans-serif;font-size:10pt;color:#1a1a1a">
<table width="620" cellpadding="0" cellspacing="0"><tr><td style="background:#005288;color:#fff;padding:12px;font-size:14pt">CalPERS Board of Administration</td></tr>
<tr><td style="padding:14px">
<p><b>Investment Committee &ndash; Open Session Agenda</b><br>Monday, November 16, 2026, 9:00 a.m., Lincoln Plaza North, 400 P Street, Sacramento</p>
<ol>
<li>Call to order and roll call</li>
<li>Executive report &ndash; Chief Investment Officer briefing</li>
<li>Action consent items: approval of the September 14, 2026 Investment Committee open session minutes</li>
<li>Information agenda items: Private Equity Annual Program Review; Annual Private Equity Fee and Expense Report (Gov. Code 7514.7)</li>
<li>Policy review: Placement Agent and External Manager Disclosure Policy &ndash; first reading</li>
<li>Public comment</li>
</ol>
<p>Meeting materials are posted at calpers.ca.gov/board-meetings. Live webcast available.</p>
<p style="font-size:8pt;color:#666">You are subscribed to CalPERS Board Meeting Notices as records@records.example.org. <a href="https://public.govdelivery.com/accounts/CACALPERS/subscriber/edit">Manage subscriptions</a></p>
</td></tr></table></body></html>
"""
add('050-calpers-ic-agenda-null.eml', [
    ('From', 'CalPERS Board Meeting Notices <calpers@public.govdelivery.com>'),
    ('Sender', 'CalPERS Board Meeting Notices <calpers@public.govdelivery.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Investment Committee Agenda - November 16, 2026'),
    ('Date', 'Mon, 16 Nov 2026 06:30:00 -0800'),
    ('Message-ID', '<20261116143000.CACALPERS.48812177@public.govdelivery.com>'),
    ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/CACALPERS/subscriber/one_click_unsubscribe?verification=5.7b1e>'),
    ('Precedence', 'bulk'),
    ('X-Accountcode', 'CACALPERS'),
], html(hb),
    facts(None, 'other', None, ['none'],
          'CalPERS board-meeting subscription email (GovDelivery); mentions the PE fee report and placement agent policy but answers no request'))
