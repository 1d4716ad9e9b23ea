from common import *

# 011 CBP acknowledgment re-sent by a colleague as an attachment (message/rfc822), subject changed
inner = build([
    ('From', 'CBP FOIA <no-reply@securerelease.us>'),
    ('To', 'eortiz@records.example.org'),
    ('Subject', 'Acknowledgment of FOIA Request CBP-FO-2026-186901'),
    ('Date', date('2026-09-16 08:52 -0400')),
    ('Message-ID', mid('011-inner', 'securerelease.us')),
], text="""Dear Requester,

U.S. Customs and Border Protection (CBP) acknowledges receipt of your Freedom of
Information Act (FOIA) request received on 09/15/2026. Your request has been
assigned tracking number CBP-FO-2026-186901.

Request description: Contracts, task orders, statements of work and modifications
for autonomous surveillance towers deployed along the Southwest border, FY2023
to present.

CBP processes requests on a first-in, first-out basis. You will be notified if
fees are expected to exceed $25.00.

Sincerely,
CBP FOIA Division

This is a system-generated message. Do not reply to this email.
""")
m = build([
    ('From', 'Elena Ortiz <eortiz@records.example.org>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'towers request - CBP'),
    ('Date', date('2026-09-21 09:14 -0400')),
    ('Message-ID', mid('011', 'records.example.org')),
    ('Thread-Topic', 'towers request - CBP'),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
], text="""Hi all - attaching the CBP email rather than forwarding it, it landed in my
inbox last week because SecureRelease still has me as the account contact.
Please add the number to the towers request.

Elena
""", attachments=[('rfc822', inner, 'Acknowledgment of FOIA Request CBP-FO-2026-186901.eml')])
emit('011-fwd-attached-cbp-ack.eml', m, request='REQ-002', kind='acknowledgment', tracking_number='CBP-FO-2026-186901',
     clock='received_on_sent_date', signals=['subject', 'tracking-new'],
     why='Colleague re-sends the CBP ack as a message/rfc822 attachment under a new subject; received 09/15 (= sent); towers topic only inside')

# 012 Richmond NextRequest ack sent to the reporter who opened the portal account, redirected by rule
m = build([
    ('Resent-From', 'Marcus Boyd <mboyd@records.example.org>'),
    ('Resent-To', INBOX),
    ('Resent-Date', date('2026-09-22 08:40 -0400')),
    ('Resent-Message-ID', mid('012-resent', 'records.example.org')),
    ('From', '"City of Richmond, VA" <richmondva@mail.nextrequest.com>'),
    ('To', 'mboyd@records.example.org'),
    ('Subject', 'Your City of Richmond, VA public records request #26-418 has been submitted'),
    ('Date', date('2026-09-22 08:40 -0400')),
    ('Message-ID', mid('012', 'mail.nextrequest.com')),
], html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h3>City of Richmond, VA</h3>
<p>Your record request <b>#26-418</b> has been submitted and received by the City of Richmond on
September 21, 2026.</p>
<p><b>Request:</b> Number of residential gas service disconnections for non-payment by month, January 2025 to
present, and the written disconnection policy of the Department of Public Utilities.</p>
<p>Under the Virginia Freedom of Information Act (Va. Code &sect; 2.2-3704), the City will respond within five (5)
working days. You will receive email updates as the request progresses.</p>
<p><a href="https://richmondva.nextrequest.com/requests/26-418">View request 26-418</a></p>
<p style="color:#777;font-size:11px">Replies to this email are not monitored. Sent by NextRequest on behalf of the
City of Richmond, VA.</p>
</body></html>
""")
emit('012-richmond-nextrequest-ack-redirect.eml', m, request='REQ-013', kind='acknowledgment', tracking_number='26-418',
     clock='received_on_sent_date', signals=['subject', 'tracking-new'],
     why='NextRequest ack to a reporter, redirected by his rule (Resent-From); received Sep 21 = sent; VA 5 working days')

# 013 DOL acknowledgment of the warehouse request, plain, plus address, no threading
m = build([
    ('From', 'DOL FOIA Requests <foiarequests@dol.gov>'),
    ('To', plus(5)),
    ('Subject', 'FOIA Request No. 2026-F-10977 - Acknowledgment'),
    ('Date', date('2026-09-23 10:02 -0400')),
    ('Message-ID', mid('013', 'dol.gov')),
], text="""Dear Requester:

This acknowledges receipt of your Freedom of Information Act request, received by
the Department of Labor on September 22, 2026, for severe injury reports
(hospitalizations and amputations) submitted by warehouse and distribution center
employers in Washington State, 2024-2026.

Your request has been assigned number 2026-F-10977 and referred to the
Occupational Safety and Health Administration for processing.

Sincerely,
Office of the Solicitor - FOIA Office
U.S. Department of Labor
""")
emit('013-dol-ack-warehouse.eml', m, request='REQ-005', kind='acknowledgment', tracking_number='2026-F-10977',
     clock='received_on_sent_date', signals=['plus', 'tracking-new'],
     why='DOL ack, received Sep 22 (= sent), assigns 2026-F-10977')

# 014 WSP clarification sent to a reporter, auto-forwarded by her Gmail rule
m = build([
    ('X-Forwarded-To', INBOX),
    ('X-Forwarded-For', 'eortiz@records.example.org ' + INBOX),
    ('From', '"Pruitt, Caleb (WSP)" <Caleb.Pruitt@wsp.wa.gov>'),
    ('To', '"eortiz@records.example.org" <eortiz@records.example.org>'),
    ('Subject', 'W004512-091126 - clarification needed'),
    ('Date', date('2026-09-23 15:30 -0700')),
    ('Message-ID', mid('014', 'wsp.wa.gov')),
    ('Thread-Index', 'AdkT9f2c3Hh8b1xQRmK0pJ+2w=='),
    ('X-MS-Has-Attach', ''),
], text="""Ms. Ortiz,

I am the public records officer assigned to request W004512-091126. Before we
begin gathering records I need to clarify the scope:

1. Are you requesting only the completed pursuit review forms, or also the
   in-car and body-worn camera video associated with each pursuit? Video
   would add considerable time.
2. For "pursuit policy revisions," do you want the final published versions
   only, or drafts and comment memos as well?

Under RCW 42.56.520(3)(b), if we do not receive a response within 30 days we
may close the request. Your request is on hold until we hear from you.

Thank you,
Caleb Pruitt
Public Records Officer, Public Disclosure Unit
Washington State Patrol | (360) 596-4000
""")
emit('014-wsp-clarification-reporter-rule.eml', m, request='REQ-009', kind='clarification', tracking_number='W004512-091126',
     signals=['tracking'], why='WSP records officer asks to clarify scope (video? drafts?), sent to a reporter and auto-forwarded (X-Forwarded-For); request on hold')

# 015 Denver fee estimate forwarded by a colleague with a question on top
m = build([
    ('From', 'Priya Raman <praman@records.example.org>'),
    ('To', INBOX),
    ('Subject', 'Fwd: CORA 26-1187 - cost estimate'),
    ('Date', date('2026-09-25 12:10 -0400')),
    ('Message-ID', mid('015', 'mail.gmail.com')),
], text="""who approves fees? Denver wants money before they start. I only called them to
ask about timing so I guess that's why it came to me.

---------- Forwarded message ---------
From: Gallegos, Marisol - CAO Paralegal <Marisol.Gallegos@denvergov.org>
Date: Thu, Sep 24, 2026 at 4:47 PM
Subject: CORA 26-1187 - cost estimate
To: praman@records.example.org <praman@records.example.org>


Hi Priya,

Following up on our call. For the gunshot detection request (CORA 26-1187),
Denver Police and Purchasing estimate approximately 6 hours of research and
retrieval. Under C.R.S. 24-72-205(6) and the City's fee policy, the first hour
is free and remaining time is billed at $41.37 per hour:

  5 hours x $41.37 = $206.85

Per our policy we require payment of the estimate before work begins. If the
actual time is less, we'll refund the difference. If we don't receive payment
or a narrowed request within 30 days, we will consider the request withdrawn.
Payment can be made by check or through the portal.

Thanks,
Marisol Gallegos
Paralegal | Denver City Attorney's Office
""")
emit('015-fwd-denver-fee-estimate.eml', m, request='REQ-010', kind='fee_estimate', tracking_number='CORA 26-1187',
     signals=['tracking'], why='Forward with a question on top; Denver paralegal estimates $206.85 and requires prepayment before work begins')

# 016 EGLE press release through the Google Group (not a reply)
m = build([
    ('From', "'EGLE Media Office' via Records Desk <records-desk@records.example.org>"),
    ('Reply-To', 'EGLE Media Office <EGLE-Media@michigan.gov>'),
    ('To', 'records-desk@records.example.org'),
    ('Subject', 'EGLE awards $14 million for PFAS treatment in Huron River communities'),
    ('Date', date('2026-09-28 08:05 -0400')),
    ('Message-ID', mid('016', 'public.govdelivery.com')),
    ('List-Id', '<records-desk.records.example.org>'),
    ('X-Original-Sender', 'michigan-egle@public.govdelivery.com'),
    ('Precedence', 'bulk'),
], html="""<html><body><table width="600"><tr><td style="font-family:Georgia,serif">
<p style="font-size:9pt">FOR IMMEDIATE RELEASE | September 28, 2026</p>
<h2>EGLE awards $14 million for PFAS treatment in Huron River communities</h2>
<p>LANSING - The Michigan Department of Environment, Great Lakes, and Energy today announced grants to
four municipal water systems along the Huron River to install treatment for per- and polyfluoroalkyl
substances (PFAS). Sampling results for the river are posted on the MPART website.</p>
<p>Media contact: EGLE Media Office, 517-284-9278</p>
<p style="font-size:8pt">You are subscribed to EGLE news releases. <a href="https://public.govdelivery.com/accounts/MIDEQ/subscriber/edit">Manage preferences</a></p>
</td></tr></table></body></html>
""")
emit('016-group-egle-press-release.eml', m, request=None, kind='other', tracking_number=None, signals=['none'],
     why='EGLE GovDelivery press release on PFAS via the Google Group; same topic as REQ-008 but not a reply to any request')

# 017 Richmond extension via the Google Group, subject changed, HTML only (Outlook)
m = build([
    ('From', "'Okafor, Adaeze - City Attorney' via Records Desk <records-desk@records.example.org>"),
    ('Reply-To', '"Okafor, Adaeze - City Attorney" <Adaeze.Okafor@rva.gov>'),
    ('To', '"records-desk@records.example.org" <records-desk@records.example.org>'),
    ('Subject', 'FOIA - gas disconnection data (your ref. 26-418)'),
    ('Date', date('2026-09-28 16:44 -0400')),
    ('Message-ID', mid('017', 'rva.gov')),
    ('List-Id', '<records-desk.records.example.org>'),
    ('X-Original-Sender', 'Adaeze.Okafor@rva.gov'),
    ('X-MS-Has-Attach', ''),
], html="""<html><head><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Good afternoon,</p>
<p class="MsoNormal">I write regarding your Virginia FOIA request for residential gas disconnection data and the
Department of Public Utilities disconnection policy (NextRequest #26-418), received September 21, 2026.</p>
<p class="MsoNormal">Pursuant to Va. Code &sect; 2.2-3704(B)(4), it is not practically possible to provide the
requested records or determine whether they are available within the five-work-day period, because the
monthly counts must be extracted from the customer billing system. The City will therefore require an
additional seven (7) work days to respond.</p>
<p class="MsoNormal">Regards,</p>
<p class="MsoNormal">Adaeze Okafor<br>Assistant City Attorney / FOIA Officer<br>Office of the City Attorney<br>
900 E. Broad Street, Suite 400, Richmond, VA 23219</p>
</div>
<p style="font-size:8pt">You received this message because you are subscribed to the Google Groups "Records Desk" group.</p>
</body></html>
""")
emit('017-group-richmond-extension.eml', m, request='REQ-013', kind='extension', tracking_number='26-418',
     clock='extension', signals=['tracking'],
     why="City attorney invokes VA 2.2-3704(B)(4) +7 work days; relayed by the Google Group with 'via Records Desk' From and a new subject")

# 018 Boston extension: no statutory extension days in the MA table -> estimated date only
m = build([
    ('From', 'City of Boston Public Records <bostonma@govqa.us>'),
    ('To', plus(12)),
    ('Subject', 'Message from City of Boston regarding Public Records Request R001873-091726'),
    ('Date', date('2026-09-30 15:05 -0400')),
    ('Message-ID', mid('018', 'govqa.us')),
], text="""Dear Records Desk,

RE: Public Records Request R001873-091726 - Boston Police overtime, Youth
Violence Strike Force

The Boston Police Department Office of the Legal Advisor has reviewed your
request. Because the overtime slips are kept in paper form at the district level
and must be reviewed for personal information exempt under G.L. c. 4, s. 7(26)(c),
the Department cannot produce the records within ten business days. As permitted
by G.L. c. 66, s. 10(b)(vi), we estimate that responsive records will be produced
on or before November 13, 2026.

If you wish to narrow the request (for example, to payroll totals by officer
rather than individual slips), the records could be produced sooner.

Kathleen Shea
Records Access Officer, Boston Police Department
""")
emit('018-boston-govqa-extension.eml', m, request='REQ-012', kind='extension', tracking_number='R001873-091726',
     clock='extension', estimated='2026-11-13', signals=['plus', 'tracking'],
     why='BPD needs more time, estimates production by Nov 13; MA table gives no extension days, so no new due (estimated only)')

# 019 VA clarification, threaded reply quoting our request
m = build([
    ('From', 'VHA FOIA Service <vhafoia2@va.gov>'),
    ('To', plus(3)),
    ('Subject', 'RE: FOIA Request: Appointment wait-time audits, Phoenix VA Health Care System, 2024-2026'),
    ('Date', date('2026-10-01 09:30 -0400')),
    ('Message-ID', mid('019', 'va.gov')),
    ('In-Reply-To', req_mid(3, '2026-09-09')),
    ('References', req_mid(3, '2026-09-09')),
    ('Thread-Topic', 'FOIA Request: Appointment wait-time audits, Phoenix VA Health Care System, 2024-2026'),
], text="""Good morning,

Regarding FOIA request 26-14872-F. In order to conduct an adequate search we need
clarification of the term "wait-time audits." Please indicate which of the
following you are seeking:

 (a) the annual Scheduling Audit results prepared by the facility's Systems
     Redesign office;
 (b) reports of the VA Office of Inspector General (these are published and
     are not maintained by VHA); or
 (c) both (a) and internal scheduling integrity reviews.

Please respond within 30 calendar days. If we do not hear from you, we will
assume you are no longer interested and administratively close the request.
Your request is tolled while we await your response.

VHA FOIA Service

-----Original Message-----
From: Records Desk <records+req-003@records.example.org>
Sent: Wednesday, September 9, 2026 6:12 PM
To: vhafoia2@va.gov
Subject: FOIA Request: Appointment wait-time audits, Phoenix VA Health Care System, 2024-2026

Under the Freedom of Information Act, I request copies of appointment wait-time
audits, scheduling integrity reviews and related correspondence for the Phoenix
VA Health Care System from January 2024 to August 2026...
""")
emit('019-va-clarification-threaded.eml', m, request='REQ-003', kind='clarification', tracking_number='26-14872-F',
     signals=['thread', 'plus', 'tracking'], why='VA asks which "wait-time audits" are meant, tolls the clock, 30 days to answer; threaded reply quoting our request')

# 020 OSHA regional coordinator: state-plan referral, sent to a reporter and auto-forwarded
m = build([
    ('X-Forwarded-To', INBOX),
    ('X-Forwarded-For', 'eortiz@records.example.org ' + INBOX),
    ('From', '"Tran, Linh - OSHA" <Tran.Linh@dol.gov>'),
    ('To', '"Ortiz, Elena" <eortiz@records.example.org>'),
    ('Subject', '2026-F-10977 - State Plan jurisdiction'),
    ('Date', date('2026-10-01 14:15 -0700')),
    ('Message-ID', mid('020', 'dol.gov')),
], text="""Ms. Ortiz,

I'm the Region 10 FOIA coordinator working on 2026-F-10977. Washington operates
an OSHA-approved State Plan, so severe injury reports from private-sector
warehouses in Washington are reported to and kept by the Washington Department
of Labor & Industries, Division of Occupational Safety and Health (DOSH), not by
federal OSHA. We have referred that portion of your request to L&I's public
records unit, which will respond to you directly under the state Public Records
Act.

Federal OSHA will still search for reports from the few federal-jurisdiction
worksites in Washington (e.g., on federal enclaves and tribal land), and I will
update you when that search is done.

Linh Tran
FOIA Coordinator, OSHA Region 10 | Seattle, WA
""")
emit('020-osha-referral-reporter-rule.eml', m, request='REQ-005', kind='other', tracking_number='2026-F-10977',
     signals=['tracking'], why='Referral notice: state-plan portion sent to WA L&I, federal search continues; sent to a reporter and auto-forwarded')
