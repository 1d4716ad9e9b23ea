#!/usr/bin/env python3
"""Messages 031-040 (Oct 8 - Nov 2, 2026)."""
from common import *

F, N = [], []

# 031 SDSO NextRequest closure: no responsive records (drone request)
f = '031-sdso-nextrequest-no-records.eml'
m = new_msg([('From', "San Diego County Sheriff's Office <%s>" % NEXTREQ), ('To', INBOX),
             ('Subject', 'Request #26-4790 has been closed'),
             ('Date', date_hdr(2026, 10, 8, 11, 0, 17)),
             ('Message-ID', '<%s@nextrequest.com>' % hexid('031')),
             ('Reply-To', 'no-reply@nextrequest.com')])
msg = ('The Sheriff\'s Office conducted a diligent search of the Aviation Unit, Fiscal Services and Contracts, '
       'and did not locate records responsive to your request. The Sheriff\'s Office does not operate an '
       'unmanned aircraft system program; a UAS pilot proposed in 2024 was not funded and no equipment was '
       'purchased. Any records of the proposal before the Board of Supervisors may be requested from the '
       'Clerk of the Board.')
txt = wrap('''San Diego County Sheriff's Office

Record request #26-4790 has been closed.

Closure reason: No responsive documents

Message from Legal Affairs - Public Records:
%s

View request: https://sdsheriff.nextrequest.com/requests/26-4790

This mailbox is not monitored. Powered by NextRequest''' % '\n'.join(textwrap.wrap(msg, 72, break_on_hyphens=False)))
html = '''<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<div style="background:#0b2e4f;color:#f2c14e;padding:8px 12px"><b>San Diego County Sheriff's Office</b></div>
<p>Record request <b>#26-4790</b> has been closed.</p><p><b>Closure reason:</b> No responsive documents</p>
<p><i>Message from Legal Affairs - Public Records:</i><br>%s</p>
<p><a href="https://sdsheriff.nextrequest.com/requests/26-4790">View request</a></p>
<p style="font-size:11px;color:#888">This mailbox is not monitored. Powered by NextRequest</p></body></html>''' % msg
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(16), 'no_records', '26-4790', 'SDSO closes #26-4790: no UAS program, no responsive records; points to the Clerk of the Board (CA, no appeal window)',
              ['tracking'], adverse=True))
N.append((f, 'NextRequest closure with "No responsive documents" reason and a pointer elsewhere; modeled on NextRequest closure notices.'))

# 032 Port five-day letter that asks for clarification (threaded)
f = '032-port-clarification.eml'
m = new_msg([('From', '"Castellanos, Erin" <Castellanos.E@portseattle.org>'), ('To', 'Records Desk <%s>' % plus(14)),
             ('Subject', 'RE: Public records request: Port of Seattle cruise terminal shore power agreements and usage data, 2023-2026'),
             ('Thread-Topic', 'Public records request: Port of Seattle cruise terminal shore power agreements and usage data, 2023-2026'),
             ('Thread-Index', 'AdzSr8kW1xQpVb0mT3eHnA9cL2yUfQ=='),
             ('Date', utc_of(2026, 10, 12, 9, 30, 8)),
             ('Message-ID', '<SJ0PR07MB%s@SJ0PR07MB8873.namprd07.prod.outlook.com>' % hexid('032', 12).upper()),
             ('In-Reply-To', rmid(14)), ('References', rmid(14)), ('X-MS-Has-Attach', '')])
txt = wrap('''Dear Records Desk:

The Port of Seattle received your public records request on October 5, 2026 and has assigned it tracking number PRR-2026-0268.

Before we begin searching, we need you to clarify two points:

1. By "usage data," do you mean monthly energy delivered (kWh) at the shore power berths at Pier 66 and Terminal 91, or records of which vessel calls connected to shore power? The Port holds the first in billing records and the second in berth logs.

2. Do you want only the agreements between the Port and Seattle City Light for shore power infrastructure, or also the cruise line berth agreements that contain shore power requirements?

Under RCW 42.56.520(3)(b), if we do not hear from you within 30 days of this letter, the Port may close your request. Once you respond, I will provide an estimate of the time needed.

Erin Castellanos
Public Records Officer
Port of Seattle | Legal Department''')
html = '<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + ''.join(
    '<p>%s</p>' % esc(p).replace('\n', '<br>') for p in txt.strip().split('\n\n')) + '</div></body></html>'
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(14), 'clarification', 'PRR-2026-0268', 'five-day letter that acknowledges receipt and asks two clarifying questions before any search (clock stops); PRR-2026-0268',
              ['thread', 'plus', 'tracking-new']))
N.append((f, 'WA "acknowledge and seek clarification" letter (RCW 42.56.520(1)(d)) from the port officer who wrote 014; labeled clarification, not acknowledgment.'))

# 033 OCSD analyst acknowledgment, received date differs from sent, hedged fee and hedged extension
f = '033-ocsd-ack-bwc-hedged.eml'
m = new_msg([('From', '"Nguyen, Trinh" <TNguyen@ocsheriff.gov>'), ('To', 'Records Desk <%s>' % plus(15)),
             ('Subject', 'RE: CPRA request: OCSD body-worn camera policy and compliance audits, 2023-2026'),
             ('Thread-Topic', 'CPRA request: OCSD body-worn camera policy and compliance audits, 2023-2026'),
             ('Thread-Index', 'AdzS2m7bW9e1QmNfRzC0Y2hP4kq8XA=='),
             ('Date', utc_of(2026, 10, 12, 13, 15, 36)),
             ('Message-ID', '<BY5PR09MB%s@BY5PR09MB5432.namprd09.prod.outlook.com>' % hexid('033', 12).upper()),
             ('In-Reply-To', rmid(15)), ('References', rmid(15)), ('X-MS-Has-Attach', '')])
txt = wrap('''Good afternoon,

The Public Records Unit received your request on October 2, 2026. It has been assigned number 2026-PRA-01311.

We are gathering the Department's body-worn camera policy and the compliance audits prepared by the Research and Development Division. We anticipate that an extension of up to 14 days under Government Code section 7922.535(b) may be necessary; if so, we will notify you in writing before the current deadline.

Records in electronic form will be provided at no cost. If you ask for paper copies, duplication fees of $0.10 per page may apply.

Thank you,

Trinh Nguyen
Staff Specialist, Public Records Unit
Orange County Sheriff's Department

________________________________
From: Records Desk <records@pacificledger.example.org>
Sent: Thursday, October 1, 2026 9:03 AM
To: OCSD Public Records <publicrecords@ocsheriff.gov>
Cc: cpra.requests@ocsheriff.gov
Subject: CPRA request: OCSD body-worn camera policy and compliance audits, 2023-2026

Under the California Public Records Act, we request the Orange County Sheriff's Department's current body-worn camera policy and all audits or compliance reviews of body-worn camera activation and retention, 2023 to present. We prefer electronic copies.''')
html = '<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + ''.join(
    '<p>%s</p>' % esc(p).replace('\n', '<br>') for p in txt.strip().split('\n\n')) + '</div></body></html>'
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(15), 'acknowledgment', '2026-PRA-01311', 'OCSD says received Oct 2 (sent Oct 1), assigns 2026-PRA-01311; extension only "may be necessary" and fees only "may apply" -> ack; CA 10 days from Oct 2 -> Oct 12',
              ['thread', 'plus', 'tracking-new'], clock='received:2026-10-02'))
N.append((f, 'acknowledgment with a later received date plus a conditional extension and conditional fee (traps for extension/fee_estimate), Outlook quoting; modeled on county records-unit staff acknowledgments.'))

# 034 OPD records supervisor asks for a call; threaded to our follow-up (not in the register) and the request
f = '034-oakland-opd-call-request.eml'
ours = '<req-005.20260921.2@%s>' % ORG
m = new_msg([('From', '"Grant, Ayesha" <AGrant@oaklandca.gov>'), ('To', 'records@pacificledger.example.org'),
             ('Subject', 'RE: #26-9152 - scope (SB 1421 request)'),
             ('Date', utc_of(2026, 10, 14, 10, 20, 55)),
             ('Message-ID', '<BN8PR09MB%s@BN8PR09MB3321.namprd09.prod.outlook.com>' % hexid('034', 12).upper()),
             ('In-Reply-To', ours), ('References', '%s %s' % (rmid(5), ours))])
set_text(m, wrap('''Hi there,

Thanks for answering our questions on the portal. Before we lock in the scope for the video portion, could we set up a short call? I have Thursday or Friday afternoon open this week. My direct line is (510) 238-3107.

Ayesha Grant
Police Records Supervisor
Oakland Police Department, Records Division

> From: Records Desk <records@pacificledger.example.org>
> Sent: Monday, September 21, 2026 11:02 AM
> Subject: #26-9152 - scope (SB 1421 request)
>
> Sustained findings only; documents first, video later. A case list first
> would help.'''))
write_msg(f, m)
F.append(fact(f, rid(5), 'other', '26-9152', 'OPD records supervisor asks to schedule a phone call about scope; no determination or clock change',
              ['thread', 'tracking']))
N.append((f, 'staff asks for a phone call, In-Reply-To points at our own follow-up (not in the register) while References holds the request; modeled on OPD records staff emails.'))

# 035 LASD deputy: "call me about your records request" - which LASD request is not stated
f = '035-lasd-call-me-unplaced.eml'
m = new_msg([('From', '"Villalobos, Ruben" <RVillalobos@lasd.org>'), ('To', INBOX),
             ('Subject', 'Records request'),
             ('Date', utc_of(2026, 10, 15, 14, 2, 27)),
             ('Message-ID', '<DM6PR09MB%s@DM6PR09MB4471.namprd09.prod.outlook.com>' % hexid('035', 12).upper())])
set_text(m, '''Hello,

Please give me a call at (323) 526-5073 regarding your records request.
I'm in the office until 3:30 today and tomorrow.

Thanks,
Deputy R. Villalobos
Custody Services Division - Administration
Los Angeles County Sheriff's Department
''')
write_msg(f, m)
F.append(fact(f, rid(2), 'other', None, 'LASD deputy asks for a call about "your records request"; no number; Custody Services (jails) points weakly to the body-scanner request, not the shootings request',
              ['none']))
N.append((f, 'phone-call request that names neither request nor number; only the division hints at the jail-scanner request; modeled on terse deputy call-back emails.'))

# 036 Sacramento NextRequest: documents released (items 1-2), item 3 still pending
f = '036-sacramento-nextrequest-released.eml'
m = new_msg([('From', 'City of Sacramento <%s>' % NEXTREQ), ('To', INBOX),
             ('Subject', 'Documents released for request #26-3307'),
             ('Date', date_hdr(2026, 10, 23, 15, 10, 2)),
             ('Message-ID', '<%s@nextrequest.com>' % hexid('036')),
             ('Reply-To', 'no-reply@nextrequest.com')])
docs = ['ALPR Data Sharing Agreement - NCRIC (2024).pdf', 'MOU - Sacramento County Sheriff ALPR (2025).pdf',
        'SPD ALPR Sharing List as of 2026-10-01.xlsx', 'SPD General Order 350.10 - ALPR.pdf',
        'Amendment 1 - NCRIC Agreement.pdf', 'ALPR Usage and Privacy Policy (Civ. Code 1798.90.51).pdf',
        'Council Report - ALPR expansion (2025).pdf']
txt = '''City of Sacramento - Public Records

7 documents have been released for request #26-3307:

%s

Message from Police - Public Records Unit:
Records responsive to items 1 and 2 are released. Item 3 (audit and
hot-list query logs) remains under review; we will follow up separately.

View documents: https://sacramentoca.nextrequest.com/requests/26-3307

Do not reply to this message. Powered by NextRequest
''' % '\n'.join('  - ' + d for d in docs)
html = '''<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;max-width:640px">
<div style="border-bottom:3px solid #006a4e;padding:6px 0"><b>City of Sacramento</b> &middot; Public Records</div>
<p><b>7 documents</b> have been released for request <b>#26-3307</b>:</p><ul>%s</ul>
<p><i>Message from Police - Public Records Unit:</i><br>Records responsive to items 1 and 2 are released. Item 3 (audit and hot-list query logs) remains under review; we will follow up separately.</p>
<p><a href="https://sacramentoca.nextrequest.com/requests/26-3307">View documents</a></p>
<p style="font-size:11px;color:#999">Do not reply to this message. Powered by NextRequest</p></body></html>''' % ''.join('<li>%s</li>' % d for d in docs)
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(7), 'records_interim', '26-3307', 'seven documents released for items 1-2; item 3 still under review', ['tracking']))
N.append((f, 'NextRequest "documents released" with a file list and a partial-release note; modeled on NextRequest release notices.'))

# 037 Oakland NextRequest closure: no responsive records (encampments)
f = '037-oakland-nextrequest-no-records.eml'
m = new_msg([('From', 'City of Oakland <%s>' % NEXTREQ), ('To', INBOX),
             ('Subject', '[City of Oakland] Record request #26-9870 closed'),
             ('Date', date_hdr(2026, 10, 28, 10, 45, 40)),
             ('Message-ID', '<%s@nextrequest.com>' % hexid('037')),
             ('Reply-To', 'no-reply@nextrequest.com')])
msg = ('Oakland Public Works and the Human Services Department searched for records responsive to your '
       'request and did not locate any. Encampment cleaning and debris removal on City property are performed '
       'by City crews, so there are no vendor contracts, task orders or invoices. Closure notices are posted '
       'at the site and are not kept after the operation ends; no copies were found. The City therefore has '
       'no records responsive to your request.')
txt = wrap('''City of Oakland Public Records

Record request #26-9870 has been closed.

Reason: No responsive records

%s

View request: https://oaklandca.nextrequest.com/requests/26-9870

Please do not reply to this email. Powered by NextRequest.''' % msg)
html = '''<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="100%%"><tr><td style="background:#1b4f72;color:#fff;padding:10px 14px"><b>City of Oakland Public Records</b></td></tr></table>
<p>Record request <b>#26-9870</b> has been closed.</p><p><b>Reason:</b> No responsive records</p><p>%s</p>
<p><a href="https://oaklandca.nextrequest.com/requests/26-9870">View request</a></p>
<p style="color:#888;font-size:11px">Please do not reply to this email. Powered by NextRequest.</p></body></html>''' % msg
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(6), 'no_records', '26-9870', 'Oakland closes #26-9870: no contracts (City crews) and notices not retained -> no responsive records',
              ['tracking'], adverse=True))
N.append((f, 'NextRequest closure explaining why nothing exists; modeled on City of Oakland NextRequest closures.'))

# 038 Port closing letter: no responsive records (no threading)
f = '038-port-no-records.eml'
m = new_msg([('From', '"Castellanos, Erin" <Castellanos.E@portseattle.org>'), ('To', INBOX),
             ('Subject', 'PRR-2026-0231 - closing letter'),
             ('Date', utc_of(2026, 10, 29, 14, 25, 50)),
             ('Message-ID', '<SJ0PR07MB%s@SJ0PR07MB8873.namprd07.prod.outlook.com>' % hexid('038', 12).upper())])
set_text(m, wrap('''Dear Records Desk:

This letter closes public records request PRR-2026-0231 (biometric boarding agreements).

The Port searched the records of Aviation Innovation, Aviation Commercial Management, the Legal Department and the Commission Clerk. The Port has not entered into any agreement, memorandum of understanding or data-sharing arrangement with an airline or with U.S. Customs and Border Protection for biometric boarding or exit. Airlines that use facial comparison at Seattle-Tacoma International Airport contract directly with CBP and their own vendors. The Port therefore has no records responsive to your request.

The Commission's 2019 biometric principles are public and available on the Port's website; they are not responsive to the request as written, but I mention them in case they are useful.

If you believe records exist that we have not located, please let me know.

Erin Castellanos
Public Records Officer
Port of Seattle'''), cte='quoted-printable')
write_msg(f, m)
F.append(fact(f, rid(13), 'no_records', 'PRR-2026-0231', 'Port found no agreements with airlines or CBP; no responsive records; request closed (WA: no appeal window in the table)',
              ['tracking'], adverse=True))
N.append((f, 'no-records closing letter in the body, no threading, number in the subject; modeled on Washington port public records closing letters.'))

# 039 King County: installment ready, pay first
f = '039-kingcounty-installment-fee.eml'
m = new_msg([('From', '"Okonkwo-Reyes, Dana" <Dana.Okonkwo-Reyes@kingcounty.gov>'), ('To', INBOX),
             ('Subject', 'PRR 26-0418 - first installment ready for payment'),
             ('Date', utc_of(2026, 10, 30, 11, 0, 33)),
             ('Message-ID', '<CO1PR09MB%s@CO1PR09MB6120.namprd09.prod.outlook.com>' % hexid('039', 12).upper()),
             ('X-MS-Has-Attach', '')])
set_text(m, wrap('''Hello,

The first installment for PRR 26-0418 (jail health services staffing reports and mandatory overtime logs for 2024) is ready: 214 pages scanned from paper files.

Under RCW 42.56.120 and the County's fee schedule, the charge for scanned records is $0.10 per page: 214 pages x $0.10 = $21.40, plus $0.05 for each four electronic files (2 files) = $0.05. Total due: $21.45.

Please pay by check payable to King County or by card over the phone before we release the installment. If payment for this installment is not received within 30 days, the County may stop processing the rest of your request, as RCW 42.56.120(4) allows.

Best,
Dana Okonkwo-Reyes
Public Disclosure Officer | DAJD | King County
(206) 263-2300'''))
write_msg(f, m)
F.append(fact(f, rid(10), 'fee_estimate', 'PRR 26-0418', 'installment 1 ready but released only after payment of $21.45; later installments may stop if unpaid (RCW 42.56.120(4))',
              ['tracking']))
N.append((f, 'Washington pay-per-installment notice; modeled on county public disclosure installment invoices under RCW 42.56.120.'))

# 040 LASD GovQA closure for non-response to the cost notice
f = '040-lasd-govqa-closed-no-response.eml'
m = new_msg([('From', "Los Angeles County Sheriff's Department <%s>" % GOVQA), ('To', INBOX),
             ('Subject', 'Public Records Request :: R001539-091526 - Closed'),
             ('Date', date_hdr(2026, 11, 2, 9, 15, 26)),
             ('Message-ID', '<%s.GovQA@mycusthelp.net>' % hexid('040', 24)),
             ('X-Mailer', 'GovQA Notification Service')])
txt = wrap('''Dear Records Desk:

RE: Public Records Request, reference # R001539-091526

On September 24, 2026, the Department told you the estimated cost of compiling the data you requested and asked you to confirm within 30 days whether you wished to proceed. The Department has not received a response.

Accordingly, the Department considers your request withdrawn and has closed it. If you still want these records, you may submit a new request through the Public Records Center.

Discovery Unit - Public Records
Los Angeles County Sheriff's Department''')
html = ('<html><body style="font-family:Verdana,sans-serif;font-size:12px">' +
        ''.join('<p>%s</p>' % esc(p).replace('\n', ' ') for p in txt.strip().split('\n\n')) + '</body></html>')
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(2), 'denial', 'R001539-091526', 'closure for non-response to the Sep 24 cost notice; request treated as withdrawn, nothing released (CA, no appeal window)',
              ['tracking'], adverse=True))
N.append((f, 'closure for non-response from GovQA; labeled denial (request ended without records); modeled on GovQA "request closed - no response from requester" letters.'))

write_part(4, F, N)
