from gen_lib import *
F=lambda req,kind,tn=None,why='',**k: dict(request=req,kind=kind,tracking_number=tn,why=why,**k)
NR='Roadwork Accountability Project'
# 1
mk('2026-10-05 09:12','FHWA FOIA Office <fhwa.foia@dot.gov>','RE: '+REQ['REQ-01']['subject'],
"""Good morning,

The Federal Highway Administration (FHWA) received your Freedom of Information Act request on September 28, 2026. Your request has been assigned tracking number FHWA-2026-0456. Please cite this number in any future correspondence about this request.

We will make every effort to respond within the statutory time frame. If unusual circumstances apply, we will notify you in writing.

Sincerely,
FOIA Team
Office of the Chief Counsel, HCC-40
Federal Highway Administration"""+quote('REQ-01','Under FOIA, I request the most recent routine and fracture-critical inspection reports for NBI structures carrying I-64, I-65 and I-71 over the Ohio River.'),
to='foia+req-01@roadwork.example.org',req='REQ-01',reply=True,
facts=F('REQ-01','acknowledgment','FHWA-2026-0456','FHWA ack, threaded, received date = sent',set_due='ack',received='2026-09-28'))
# 2
mk('2026-10-05 14:40','WSDOT Public Disclosure <publicdisclosure@wsdot.wa.gov>','Public Disclosure Request PDR-26-0871 - Acknowledgment',
"""Dear Requester,

The Washington State Department of Transportation (WSDOT) received your public records request on October 2, 2026, which has been assigned number PDR-26-0871. Your request reads:

"Bridge inspection reports, SR 520 and I-5 Ship Canal"

In accordance with RCW 42.56.520, WSDOT is acknowledging your request within five business days. We are currently identifying and gathering responsive records. We anticipate providing a first installment of records on or before October 30, 2026. Please note this is an estimate only.

Thank you,
Public Disclosure Office
Washington State Department of Transportation
PO Box 47410, Olympia WA 98504""",
facts=F('REQ-15','acknowledgment','PDR-26-0871','WSDOT RCW 42.56.520 five-day letter with estimated first installment',set_due='ack',received='2026-10-02',estimated='2026-10-30'))
# 3
mk('2026-10-06 11:03','NTSB FOIA <foia@ntsb.gov>','FOIA-2026-00321 Acknowledgment',
"""This acknowledges receipt of your Freedom of Information Act (FOIA) request dated September 30, 2026, which was received in this office on October 1, 2026. Your request was received after normal business hours and is considered received the next business day.

Your request has been assigned tracking number FOIA-2026-00321. You may check the status of your request at https://www.foia.gov/ using this number.

National Transportation Safety Board
Office of the Chief Information Officer, FOIA Program
490 L'Enfant Plaza SW, Washington, DC 20594""",
facts=F('REQ-03','acknowledgment','FOIA-2026-00321','stated received date Oct 1 differs from sent Sep 30',set_due='ack',received='2026-10-01'))
# 4
mk('2026-10-06 07:00','FHWA Office of Public Affairs <fhwa@public.govdelivery.com>','Public Roads - Autumn 2026 issue now online',
html="""<html><body><table width="600"><tr><td><h2>Public Roads</h2><p>The Autumn 2026 issue of <i>Public Roads</i> is now available. In this issue: advances in element-level bridge inspection, work zone safety data, and pavement resilience research.</p><p><a href="https://highways.dot.gov/public-roads">Read the issue</a></p><p style="font-size:10px">You are subscribed to updates from the Federal Highway Administration. <a href="https://public.govdelivery.com/accounts/USDOTFHWA/subscriber/edit">Manage subscriptions</a></p></td></tr></table></body></html>""",
facts=F(None,'other',None,'FHWA GovDelivery newsletter, no request'))
# 5
mk('2026-10-07 08:51','Maria Delgado <maria.delgado@dot.ca.gov>','RE: '+REQ['REQ-06']['subject'],
"""Hello,

Caltrans received your California Public Records Act request on October 5, 2026 and has assigned it PRA-26-10453. Within 10 days of receipt we will let you know whether the Department has disclosable records responsive to your request (Gov. Code 7922.535).

Thanks,
Maria Delgado
Public Records Act Coordinator
Caltrans Legal Division, MS 57""",to='foia+req-06@roadwork.example.org',req='REQ-06',reply=True,
facts=F('REQ-06','acknowledgment','PRA-26-10453','CPRA ack threaded',set_due='ack',received='2026-10-05'))
# 6
mk('2026-10-07 16:22','Texas Department of Transportation <txdot@govqa.us>','Public Information Request :: R004512-100126',
html="""<html><body style="font-family:Arial"><p>Dear Roadwork Accountability Project,</p><p>Thank you for your interest in public information of the Texas Department of Transportation. Your request has been received and is being processed in accordance with the Texas Public Information Act. Your request was received in this office on 10/1/2026 and given the reference number <b>R004512-100126</b> for tracking purposes.</p><p><b>Records Requested:</b> CRIS crash data extracts, work zone crashes 2024-2026</p><p>You can monitor the progress of your request at the link below and you'll receive an email when your request has been completed.</p><p><a href="https://txdot.mycusthelp.com/WEBAPP/_rs/(S(x2kq))/supporthome.aspx">https://txdot.mycusthelp.com/WEBAPP/_rs/supporthome.aspx</a></p><p>Thank you,<br>TxDOT Open Records</p></body></html>""",
facts=F('REQ-08','acknowledgment','R004512-100126','GovQA HTML-only ack',set_due='ack',received='2026-10-01'))
# 7
mk('2026-10-08 10:05','NextRequest <noreply@nextrequest.com>','[Records Request] Your record request #26-1187 has been submitted',
html="""<html><body><p>Massachusetts Bay Transportation Authority</p><p>Your record request <b>#26-1187</b> has been submitted.</p><p>Request text: "Red Line derailment and safety incident reports, 2025-2026"</p><p>Under M.G.L. c. 66, s. 10, the MBTA will respond within 10 business days of receipt. Received: 10/05/2026.</p><p><a href="https://mbta.nextrequest.com/requests/26-1187">View Request 26-1187</a></p><hr><p style="font-size:11px">Questions? Reply to publicrecords@mbta.com. Please do not reply to this email.</p></body></html>""",
facts=F('REQ-11','acknowledgment','26-1187','shared NextRequest address; agency named only in body',set_due='ack',received='2026-10-05'))
# 8
mk('2026-10-08 15:31','NextRequest <noreply@nextrequest.com>','[Records Request] Request #26-441 updated',
html="""<html><body><p>Colorado Department of Transportation</p><p>Record request #26-441 has been updated. A message was added to the request.</p><p><a href="https://codot.nextrequest.com/requests/26-441">View Request 26-441</a></p><p style="font-size:11px">Please do not reply to this email.</p></body></html>""",
facts=F('REQ-13','portal_notice','26-441','same portal address as MBTA; no substance'))
# 9
mk('2026-10-09 11:48','Kyle Brandt <kyle.brandt@state.co.us>','CORA 26-441 - bridge inspection reports',
"""Good morning,

I'm writing about your Colorado Open Records Act request (26-441) for inspection reports on I-25 structures rated in poor condition. The records custodian has determined that extenuating circumstances exist under C.R.S. 24-72-203(3)(b): the request is broad in scope and the reports are held by three region offices. CDOT is extending the response period by seven working days.

Please let me know if you would like to narrow to a specific region, which could speed things up.

Kyle Brandt
CORA Administrator | Colorado Department of Transportation
2829 W. Howard Pl., Denver, CO 80204""",
facts=F('REQ-13','extension','26-441','CORA 7 working day extension (extenuating circumstances)',set_due='ext'))
# 10
mk('2026-10-09 13:10','FTA FOIA <fta.foia@dot.gov>','FOIA Request FTA-2026-0112 - Acknowledgement',
"""Dear Requester:

This is to acknowledge receipt of your Freedom of Information Act request, dated October 2, 2026, for State Safety Oversight triennial audit reports issued 2023 through 2026. Your request was received by the Federal Transit Administration on October 2, 2026 and assigned control number FTA-2026-0112.

Unless we notify you of unusual circumstances, you can expect a determination within 20 working days. If fees exceed $25.00, we will contact you before incurring them.

FTA FOIA Office
Office of Chief Counsel, TCC""",
html="""<html><body><p>Dear Requester:</p><p>This is to acknowledge receipt of your Freedom of Information Act request, dated October 2, 2026, for State Safety Oversight triennial audit reports issued 2023 through 2026. Your request was received by the Federal Transit Administration on October 2, 2026 and assigned control number <b>FTA-2026-0112</b>.</p><p>Unless we notify you of unusual circumstances, you can expect a determination within 20 working days. If fees exceed $25.00, we will contact you before incurring them.</p><p>FTA FOIA Office<br>Office of Chief Counsel, TCC</p></body></html>""",
to='foia+req-04@roadwork.example.org',req='REQ-04',reply=True,
facts=F('REQ-04','acknowledgment','FTA-2026-0112','multipart; FTA on same dot.gov domain as FHWA; hedged fee line',set_due='ack',received='2026-10-02'))
# 11
mk('2026-10-12 06:00','Linda Ferraro <lferraro@njta.com>','Automatic reply: '+REQ['REQ-10']['subject'],
"""I am out of the office until Monday, October 19 with limited access to email. For OPRA matters please contact the Records Custodian's office at opra@njta.com or (732) 750-5300.

Thank you.""",req='REQ-10',reply=True,hdr={'Auto-Submitted':'auto-replied','X-Auto-Response-Suppress':'All'},
facts=F('REQ-10','auto_reply',None,'Outlook out-of-office to our OPRA request'))
save()
# 12
mk('2026-10-13 10:20','NJTA OPRA <opra@njta.com>','OPRA 26-0312',
"Please see the attached correspondence regarding your OPRA request.\n\nOffice of the Records Custodian\nNew Jersey Turnpike Authority",
pdf=('NJTA_OPRA_26-0312_Acknowledgment.pdf',"""NEW JERSEY TURNPIKE AUTHORITY
1 Turnpike Plaza, Woodbridge, NJ 07095

October 13, 2026

Re: OPRA Request No. 26-0312

Dear Requester:

The Authority acknowledges your request under the Open Public Records Act, N.J.S.A. 47:1A-1 et seq., for the E-ZPass customer service center contract and change orders. Because your e-mail was received after 4:30 p.m. on October 7, 2026, it is deemed received on October 8, 2026. Pursuant to N.J.S.A. 47:1A-5(i), the Authority will respond within seven (7) business days of receipt.

Records Custodian"""),
facts=F('REQ-10','acknowledgment','OPRA 26-0312','PDF-only letter; received date Oct 8 differs from sent Oct 7',set_due='ack',received='2026-10-08'))
# 13
mk('2026-10-13 15:02','Anthony Nguyen <anthony.nguyen@dot.ca.gov>','RE: '+REQ['REQ-07']['subject'],
"""Good afternoon,

Your request was received on 10/8/2026 and logged as PRA-26-10611. I have routed it to our Traffic Operations and Contracts divisions. You will hear from us within the 10-day period on whether records exist.

Anthony Nguyen
PRA Unit, Caltrans"""+quote('REQ-07','Pursuant to the CPRA, please provide all contracts, amendments and task orders for express lanes toll system operations on I-680 and I-880 since 2019.'),
to='foia+req-07@roadwork.example.org',req='REQ-07',reply=True,
facts=F('REQ-07','acknowledgment','PRA-26-10611','second Caltrans request, similar subject line form, quoted request',set_due='ack',received='2026-10-08'))
# 14
mk('2026-10-14 09:30','FHWA FOIA Office <fhwa.foia@dot.gov>','Your FOIA request - FHWA-2026-0479',
"""Dear Requester,

FHWA received your FOIA request for Section 129 toll agreements and toll credit approvals on October 1, 2026. It has been assigned FHWA-2026-0479 and forwarded to the Office of Innovative Program Delivery for a search.

FOIA Team, HCC-40""",
facts=F('REQ-02','acknowledgment','FHWA-2026-0479','second FHWA request, new subject, topic paraphrase',set_due='ack',received='2026-10-01'))
# 15 bounce
bounce_txt="""This is the mail system at host mx1.roadwork.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<records@mbta.com>: host mbta-com.mail.protection.outlook.com[52.101.40.8]
    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient records@mbta.com
    not found by SMTP address lookup
"""
m_id=REQ['REQ-12']['message_id']
mk('2026-10-15 08:02','Mail Delivery System <MAILER-DAEMON@mx1.roadwork.example.org>','Undelivered Mail Returned to Sender',
bounce_txt+"\n----- Original message headers -----\nMessage-ID: "+m_id+"\nFrom: foia+req-12@roadwork.example.org\nTo: records@mbta.com\nSubject: "+REQ['REQ-12']['subject']+"\n",
hdr={'Auto-Submitted':'auto-replied'},
facts=F('REQ-12','bounce',None,'DSN for our request to an old MBTA address; matched by original Message-ID'))
# 16
mk('2026-10-15 12:44','NTSB FOIA <foia@ntsb.gov>','FOIA-2026-00347 Acknowledgment',
"""This acknowledges receipt of your Freedom of Information Act request received in this office on October 14, 2026, seeking correspondence on safety recommendations issued to state departments of transportation regarding highway work zones. Your request has been assigned tracking number FOIA-2026-00347.

National Transportation Safety Board, FOIA Program""",
facts=F('REQ-16','acknowledgment','FOIA-2026-00347','second NTSB request, same template as 003',set_due='ack',received='2026-10-14'))
# 17
mk('2026-10-16 09:15','Maria Delgado <maria.delgado@dot.ca.gov>','PRA-26-10453 Extension of Time',
"""Hello,

Pursuant to Government Code section 7922.535(b), the Department needs additional time to respond to your request because of the need to search for and collect records from District 4 field offices that are separate from the office processing the request, and to review a voluminous amount of records. We expect to make a determination by no later than October 29, 2026.

Maria Delgado
PRA Coordinator""",
facts=F('REQ-06','extension','PRA-26-10453','CPRA 14-day extension with a stated date',set_due='ext',estimated='2026-10-29'))
# 18 Google group relay
mk('2026-10-16 17:05',"'Texas Department of Transportation' via Roadwork FOIA <foia@roadwork.example.org>",'Public Information Request :: R004588-100926',
html="""<html><body style="font-family:Arial"><p>Dear Roadwork Accountability Project,</p><p>Your request was received in this office on 10/9/2026 and given the reference number <b>R004588-100926</b> for tracking purposes.</p><p><b>Records Requested:</b> Comprehensive development agreement, SH 288 toll lanes</p><p>You can monitor the progress of your request at <a href="https://txdot.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">the Public Information Center</a>.</p><p>TxDOT Open Records</p></body></html>""",
hdr={'X-Original-From':'Texas Department of Transportation <txdot@govqa.us>','Reply-To':'Texas Department of Transportation <txdot@govqa.us>','Mailing-list':'list foia@roadwork.example.org; contact foia+owners@roadwork.example.org','List-ID':'<foia.roadwork.example.org>','X-Google-Group-Id':'518204337711','Precedence':'list'},
facts=F('REQ-09','acknowledgment','R004588-100926','Google Group relay, real sender only in X-Original-From',set_due='ack',received='2026-10-09'))
# 19
mk('2026-10-19 10:40','NextRequest <noreply@nextrequest.com>','[Records Request] Your record request #26-1240 has been submitted',
html="""<html><body><p>Massachusetts Bay Transportation Authority</p><p>Your record request <b>#26-1240</b> has been submitted.</p><p>Request text: "Track and bridge inspection records, Longfellow approach"</p><p>Received: 10/15/2026 (entered by staff from correspondence)</p><p><a href="https://mbta.nextrequest.com/requests/26-1240">View Request 26-1240</a></p></body></html>""",
facts=F('REQ-12','acknowledgment','26-1240','portal ack after bounce; stated received Oct 15 not sent Oct 13',set_due='ack',received='2026-10-15'))
# 20 invoice
mk('2026-10-20 14:00','Texas Department of Transportation <txdot@govqa.us>','Invoice for Public Information Request R004512-100126',
html="""<html><body style="font-family:Arial"><h3>INVOICE</h3><table border="1" cellpadding="4"><tr><td>Invoice No.</td><td>INV-26-3318</td></tr><tr><td>Reference No.</td><td>R004512-100126</td></tr><tr><td>Date</td><td>10/20/2026</td></tr></table><br><table border="1" cellpadding="4"><tr><th>Item</th><th>Qty</th><th>Rate</th><th>Amount</th></tr><tr><td>Programming / data extraction (hrs)</td><td>4.5</td><td>$28.50</td><td>$128.25</td></tr><tr><td>Overhead (20%)</td><td></td><td></td><td>$25.65</td></tr><tr><td>Electronic media</td><td>1</td><td>$1.00</td><td>$1.00</td></tr><tr><td colspan="3"><b>Total due</b></td><td><b>$154.90</b></td></tr></table><p>This itemized statement of estimated charges is provided under Tex. Gov't Code 552.2615. Your request will be considered withdrawn if you do not respond in writing within 10 business days that you accept the charges, modify the request, or file a complaint. Payment can be made through the portal.</p></body></html>""",
facts=F('REQ-08','fee_estimate','R004512-100126','fee letter laid out as invoice; 552.2615 statement'))
# 21
mk('2026-10-21 09:02','NTSB FOIA <foia@ntsb.gov>','FOIA-2026-00321 - Unusual Circumstances',
"""Dear Requester:

We are extending the time limit to respond to your request FOIA-2026-00321 by ten working days under 5 U.S.C. 552(a)(6)(B)(i), because the records must be collected from the Office of Highway Safety field office and consulted with another agency. If you would like to narrow your request or arrange an alternative time frame, please contact our FOIA Public Liaison. You may also seek dispute resolution services from the Office of Government Information Services (OGIS).

NTSB FOIA Program""",
facts=F('REQ-03','extension','FOIA-2026-00321','federal unusual-circumstances extension, +10 business',set_due='ext'))
save()
# 22
mk('2026-10-21 15:30','WSDOT Public Disclosure <publicdisclosure@wsdot.wa.gov>','PDR-26-0871 - Installment 1',
"""Hello,

WSDOT is providing the first installment of records responsive to your request PDR-26-0871. Installment 1 contains the 2024 and 2025 routine inspection reports for the SR 520 Evergreen Point floating bridge (312 pages). The records can be downloaded here:

https://nam10.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwsdot.box.com%2Fs%2Fpdr260871inst1&data=05%7C02%7Cfoia%40roadwork.example.org%7C8a1f&sdata=k3J%2Bq0&reserved=0

We are continuing to gather the I-5 Ship Canal Bridge records and expect the next installment on or about November 20, 2026.

Public Disclosure Office, WSDOT""",
facts=F('REQ-15','records_interim','PDR-26-0871','installment with Safe Links URL and next estimated date',estimated='2026-11-20'))
# 23
mk('2026-10-22 10:10','FTA FOIA <fta.foia@dot.gov>','FOIA Request FTA-2026-0131 - Acknowledgement',
"""Dear Requester:

This acknowledges receipt of your FOIA request for safety event reports submitted by rail transit agencies to FTA during calendar year 2025. Your request was received on October 6, 2026 and assigned control number FTA-2026-0131.

FTA FOIA Office""",
facts=F('REQ-05','acknowledgment','FTA-2026-0131','second FTA request, late ack',set_due='ack',received='2026-10-06'))
# 24
mk('2026-10-23 11:00','NTSB Media Relations <media@ntsb.gov>','NTSB News Release: Board Meeting Scheduled on Highway Work Zone Safety',
"""FOR IMMEDIATE RELEASE

WASHINGTON (Oct. 23, 2026) -- The National Transportation Safety Board will hold a public board meeting on Nov. 17 to consider the findings of its safety study of highway work zone crashes. The meeting will be webcast.

Contact: NTSB Media Relations, 202-314-6100""",to='newsdesk@roadwork.example.org',
facts=F(None,'other',None,'NTSB press release on work zones; looks like REQ-16 topic but no request'))
# 25
mk('2026-10-23 14:27','Sean Mahoney <smahoney@mbta.com>','Your records request 26-1187',
"""Hi there,

Quick question on 26-1187 before we start pulling records. When you say "safety incident reports," do you mean the MBTA's internal Safety Event reports, the reports we file with the DPU State Safety Oversight office, or both? Also, would Red Line only be OK or did you want all heavy rail? Once I hear back I'll get this moving.

Thanks,
Sean

Sean Mahoney
Records Access Officer | MBTA Law Department
10 Park Plaza, Boston MA 02116""",
facts=F('REQ-11','clarification','26-1187','informal RAO clarification question'))
# 26
mk('2026-10-26 09:45','NextRequest <noreply@nextrequest.com>','[Records Request] Your record request #26-502 has been submitted',
html="""<html><body><p>Colorado Department of Transportation</p><p>Your record request <b>#26-502</b> has been submitted.</p><p>Request text: "Fatal crash data, Glenwood Canyon corridor 2022-2026"</p><p>Received: 10/20/2026</p><p><a href="https://codot.nextrequest.com/requests/26-502">View Request 26-502</a></p></body></html>""",
facts=F('REQ-14','acknowledgment','26-502','CDOT ack on shared portal address',set_due='ack',received='2026-10-20'))
# 27
mk('2026-10-27 16:05','Paul Whitaker <paul.whitaker@dot.gov>','bridge inspection request',
"""Hi,

I'm working your request on the Ohio River crossings. Two things would help me: do you want only the NBI summary data (item ratings) or the full inspection reports with photos and element data? The full reports sit with the state DOTs, and we may only have the summaries. And does "most recent" mean the last cycle only? Let me know and I'll keep going. Holding the request until I hear from you.

Paul Whitaker
Bridges & Structures, FHWA""",
facts=F('REQ-01','clarification',None,'informal staff email, no number, topic paraphrase, new subject'))
# 27a
mk('2026-10-27 09:05','Texas Department of Transportation <txdot@govqa.us>','Public Information Request :: R004588-100926 - Clarification Needed',
html="""<html><body style="font-family:Arial"><p>Dear Roadwork Accountability Project,</p><p>TxDOT needs clarification of your request R004588-100926. The SH 288 comprehensive development agreement includes more than 40 volumes of technical provisions and exhibits. Please tell us whether you are seeking the executed agreement and amendments only, or all exhibits and technical provisions. Under Tex. Gov't Code 552.222(d), if we do not receive a response within 61 days, your request will be considered withdrawn.</p><p>Please respond through the <a href="https://txdot.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">Public Information Center</a>.</p><p>TxDOT Open Records</p></body></html>""",
facts=F('REQ-09','clarification','R004588-100926','GovQA clarification with content; 552.222 withdrawal warning'))
# 28
mk('2026-10-28 11:30','NJTA OPRA <opra@njta.com>','RE: OPRA 26-0312',
"""Good morning,

The Authority requires additional time to respond to your request due to the volume of change orders and the need to review for proprietary vendor information under N.J.S.A. 47:1A-1.1. We anticipate responding on or before November 20, 2026.

Office of the Records Custodian
New Jersey Turnpike Authority""",
facts=F('REQ-10','extension','OPRA 26-0312','OPRA extension with anticipated date; NJ has no fixed extension length',set_due=None,estimated='2026-11-20'))
# 29
mk('2026-10-29 10:12','Kyle Brandt <kyle.brandt@state.co.us>','RE: CORA 26-441 - bridge inspection reports',
html="""<html><body><div style="font-family:Calibri">Good morning,<br><br>The records responsive to your request 26-441 are available at the link below. This includes the most recent inspection reports for the 14 I-25 structures rated poor. No records were withheld. There is no charge for this request.<br><br><a href="https://gcc02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fdrive.google.com%2Fdrive%2Ffolders%2F1cdotCORA26441&amp;data=05%7C02%7C%7Cc0ffee&amp;sdata=Zx9%2F&amp;reserved=0">CORA 26-441 records</a><br><br>This request is now closed.<br><br>Kyle Brandt<br>CORA Administrator</div></body></html>""",
facts=F('REQ-13','records_final','26-441','HTML-only Outlook release with Safe Links'))
# 29a
mk('2026-10-30 11:00','WSDOT Public Disclosure <publicdisclosure@wsdot.wa.gov>','Public Disclosure Request PDR-26-0944 - Acknowledgment',
"""Dear Requester,

WSDOT received your public records request on October 26, 2026 and assigned it number PDR-26-0944. We are searching for records of work zone crashes on SR 167 in 2025. We will respond further on or before November 25, 2026. Please note this is an estimate only.

Public Disclosure Office, WSDOT""",
facts=F('REQ-17','acknowledgment','PDR-26-0944','second WSDOT request, same template as 002; crash topic',set_due='ack',received='2026-10-26',estimated='2026-11-25'))
# 30 colleague forward
mk('2026-10-30 08:40','Dana Price <dprice@roadwork.example.org>','Fwd: FOIA Request FHWA-2026-0479 - Fee Estimate',
"""Came to my address instead of the foia box -- forwarding. Can we pay this?

---------- Forwarded message ---------
From: FHWA FOIA Office <fhwa.foia@dot.gov>
Date: Thu, Oct 29, 2026 at 3:12 PM
Subject: FOIA Request FHWA-2026-0479 - Fee Estimate
To: Dana Price <dprice@roadwork.example.org>

Dear Ms. Price:

We have located approximately 2,400 pages potentially responsive to your request for Section 129 toll agreements. As a news media requester you are charged duplication only, after the first 100 pages. The estimated fee is $230.00. Please confirm in writing within 30 days that you agree to pay this amount; if we do not hear from you, we will assume you are no longer interested and close the request. Processing is suspended pending your reply.

FOIA Team, HCC-40""",
facts=F('REQ-02','fee_estimate','FHWA-2026-0479','colleague Gmail-style Fwd from our own domain'))
# 31
mk('2026-11-02 13:55','Anthony Nguyen <anthony.nguyen@dot.ca.gov>','PRA-26-10611 First Production',
"""Hello,

Attached is the first production for PRA-26-10611: the I-680 express lanes toll system operations contract and amendments 1 through 4. Regarding item 3 of your request (task orders for I-880), after a diligent search the Department did not locate any responsive records; those lanes are operated by the Metropolitan Transportation Commission/BAIFA and you may wish to contact them. Remaining amendments for item 2 are under review and will be produced on a rolling basis.

Anthony Nguyen
PRA Unit""",
att_txt=('PRA-26-10611_Production1_index.txt','Production 1 index: contract 04A5123; amendments 1-4.\n'),
facts=F('REQ-07','records_interim','PRA-26-10611','partial release with no-records for one item, more to come'))
# 32
mk('2026-11-03 10:00','FTA FOIA <fta.foia@dot.gov>','FTA-2026-0112 - Extension',
"""Dear Requester:

Due to unusual circumstances, namely the need to consult with the State Safety Oversight agencies that submitted the audit materials, FTA is extending the time to respond to your request FTA-2026-0112 by an additional ten working days, pursuant to 5 U.S.C. 552(a)(6)(B).

FTA FOIA Office""",
facts=F('REQ-04','extension','FTA-2026-0112','federal +10 working days',set_due='ext'))
save()
# 33
mk('2026-11-04 09:01',"'Texas Department of Transportation' via Roadwork FOIA <foia@roadwork.example.org>",'Public Information Request :: R004588-100926 has been updated',
html="""<html><body><p>Your request R004588-100926 has been updated. To view the message, please log in to the <a href="https://txdot.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">Public Information Center</a>.</p><p>Please do not reply to this email.</p></body></html>""",
hdr={'X-Original-From':'Texas Department of Transportation <txdot@govqa.us>','Mailing-list':'list foia@roadwork.example.org','List-ID':'<foia.roadwork.example.org>','Precedence':'list'},
facts=F('REQ-09','portal_notice','R004588-100926','GovQA update notice without content via Google Group'))
# 34
mk('2026-11-05 14:20','NTSB FOIA <foia@ntsb.gov>','Final Response - FOIA-2026-00347',
"Please see the attached final response letter.\n",
pdf=('FOIA-2026-00347_Final_Response.pdf',"""National Transportation Safety Board
Washington, DC 20594

November 5, 2026

RE: FOIA-2026-00347

This responds to your Freedom of Information Act request for correspondence between the NTSB and state departments of transportation concerning safety recommendations on highway work zones. A search of the Office of Safety Recommendations and Communications records management system located no records responsive to your request.

You may appeal this determination by writing to the NTSB FOIA Appeals Official within 90 calendar days of the date of this letter. You may also contact our FOIA Public Liaison or OGIS.

Chief, FOIA Program"""),
facts=F('REQ-16','no_records','FOIA-2026-00347','PDF-only no-records with appeal rights',appeal=True))
# 35
mk('2026-11-06 12:00','NextRequest <noreply@nextrequest.com>','[Records Request] Documents released for request #26-1187',
html="""<html><body><p>Massachusetts Bay Transportation Authority</p><p>Documents have been released for record request #26-1187.</p><p>Message from MBTA: "First batch attached: Red Line derailment report (June 2025) and DPU correspondence. Remaining Safety Event reports are under review; we expect to complete by December 4."</p><p><a href="https://mbta.nextrequest.com/requests/26-1187">View Request 26-1187</a></p></body></html>""",
facts=F('REQ-11','records_interim','26-1187','portal notice with real content: first batch',estimated='2026-12-04'))
# 36 Outlook forward
mk('2026-11-09 16:45','Jenna Olsen <OlsenJ@wsdot.wa.gov>','FW: PDR-26-0871 revised estimate',
html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">Forwarding the note below from our Bridge Office - sorry for the delay.<br><br>Jenna Olsen<br>Public Records Officer, WSDOT</div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p><b>From:</b> Public Disclosure &lt;publicdisclosure@wsdot.wa.gov&gt;<br><b>Sent:</b> Monday, November 9, 2026 2:10 PM<br><b>To:</b> Olsen, Jenna &lt;OlsenJ@wsdot.wa.gov&gt;<br><b>Subject:</b> PDR-26-0871 revised estimate</p></div><p>The I-5 Ship Canal Bridge fracture-critical reports need security review before release. Please let the requester know WSDOT needs additional time and now estimates the second installment on or before December 18, 2026.</p></body></html>""",
facts=F('REQ-15','extension','PDR-26-0871','Outlook FW with internal header block; WA revised estimate, no fixed extension',estimated='2026-12-18'))
# 37
mk('2026-11-10 11:25','FTA FOIA <fta.foia@dot.gov>','Interim release',
"""Dear Requester:

Enclosed is an interim release of records responsive to your request concerning 2025 rail transit safety event reports. This release covers January through June 2025. Additional records will follow.

FTA FOIA Office""",
pdf=('FTA-2026-0131_Interim_Release_1.pdf','Interim Release 1\nSafety event reports, January-June 2025\n[records follow]'),
facts=F('REQ-05','records_interim','FTA-2026-0131','number only in attachment file name; body paraphrases topic'))
# 37a
mk('2026-11-10 15:40','NJTA OPRA <opra@njta.com>','OPRA 26-0377 - Denial',
"Please see attached.\n\nOffice of the Records Custodian",
pdf=('NJTA_OPRA_26-0377.pdf',"""NEW JERSEY TURNPIKE AUTHORITY
November 10, 2026
Re: OPRA Request No. 26-0377 (toll violation enforcement vendor audits)

Your request is denied. It does not identify specific government records but asks the Authority to locate and analyze all documents concerning vendor performance, which OPRA does not require (MAG Entertainment, LLC v. Division of Alcoholic Beverage Control). In addition, internal audit working papers are advisory, consultative or deliberative material exempt under N.J.S.A. 47:1A-1.1. You may submit a new request identifying specific records.

If you believe you have been improperly denied access, you may file a complaint with the Government Records Council or an action in Superior Court."""),
facts=F('REQ-18','denial','OPRA 26-0377','second NJTA request; PDF-only denial as overbroad; NJ 45-day appeal',appeal=True))
# 38
mk('2026-11-12 10:50','Maria Delgado <maria.delgado@dot.ca.gov>','PRA-26-10453 Final Response',
"""Hello,

Caltrans has completed its response to PRA-26-10453. Attached are the inspection reports for the 37 District 4 bridges rated in poor condition. Portions revealing structural vulnerability details of certain bridges have been redacted under Government Code section 7929.210 (critical infrastructure information) and section 7922.000, as the public interest in nondisclosure clearly outweighs the public interest in disclosure.

This concludes the Department's response to your request.

Maria Delgado
PRA Coordinator""",
facts=F('REQ-06','records_final','PRA-26-10453','final release with redactions; CA has no administrative appeal'))
# 39
mk('2026-11-13 08:30','NextRequest <noreply@nextrequest.com>','[Records Request] Request #26-502 updated',
html="""<html><body><p>Colorado Department of Transportation</p><p>Record request #26-502 has been updated. The due date was changed.</p><p><a href="https://codot.nextrequest.com/requests/26-502">View Request 26-502</a></p></body></html>""",
facts=F('REQ-14','portal_notice','26-502','portal says due date changed but gives no date'))
# 40
mk('2026-11-16 15:00','FHWA FOIA Office <fhwa.foia@dot.gov>','FHWA-2026-0456 Final Response',
"""Dear Requester:

This is the final response to your FOIA request FHWA-2026-0456. Per your clarification of October 28, FHWA is releasing the National Bridge Inventory item data for the 11 structures identified (attached). We are withholding the structural vulnerability narratives under 5 U.S.C. 552(b)(3), in conjunction with 23 U.S.C. 407, and under Exemption 7(F).

You have the right to appeal this determination. Your appeal must be postmarked or electronically transmitted within 90 days of the date of this response to: Chief Counsel, Federal Highway Administration, 1200 New Jersey Ave SE, Washington DC 20590. You may also contact the FHWA FOIA Public Liaison or OGIS.

FOIA Team, HCC-40""",
facts=F('REQ-01','records_final','FHWA-2026-0456','partial release with withholdings; appeal 90 days',appeal=True))
# 41
mk('2026-11-17 13:33','Texas Department of Transportation <txdot@govqa.us>','Public Information Request :: R004512-100126 - Completed',
html="""<html><body style="font-family:Arial"><p>Dear Roadwork Accountability Project,</p><p>TxDOT has responded to your public information request R004512-100126. The CRIS work zone crash extract (CSV, 2024-01-01 through 2026-09-30) is attached in the Public Information Center. Driver names, license numbers and dates of birth were removed as confidential under Transportation Code 550.065 and Gov't Code 552.130.</p><p>Your request is now closed.</p><p>TxDOT Open Records</p></body></html>""",
facts=F('REQ-08','records_final','R004512-100126','GovQA completed with real content; TX has no appeal days'))
# 42
mk('2026-11-18 10:40','NTSB FOIA <foia@ntsb.gov>','FOIA-2026-00321 Determination',
"Attached please find the determination on your request.\n\nNTSB FOIA Program\n",
pdf=('FOIA-2026-00321_Determination.pdf',"""National Transportation Safety Board

November 18, 2026
RE: FOIA-2026-00321

We have reviewed the records responsive to your request for investigative records on the I-70 multi-vehicle crash (HWY26MH004). The investigation is ongoing. All responsive records are being withheld in full under 5 U.S.C. 552(b)(5) (deliberative process) and (b)(7)(A). Factual information will be placed in the public docket when the investigation is complete.

You may appeal this decision within 90 days of the date of this letter to the NTSB FOIA Appeals Official, 490 L'Enfant Plaza SW, Washington DC 20594."""),
facts=F('REQ-03','denial','FOIA-2026-00321','withheld in full; PDF letter',appeal=True))
# 43
mk('2026-11-19 19:12','Rachel Kim <rkim@bostonmetrowire.example.com>','MBTA slow zone documents',
"""Hi folks,

Saw you've been asking the T for Red Line incident reports. We got some of the same material last spring -- happy to compare notes if useful. No rush.

Rachel Kim
Boston Metro Wire""",
facts=F(None,'other',None,'reporter note about MBTA topic; belongs to no request'))
save()
# 44 odd charset
mk('2026-11-20 16:10','NJTA OPRA <opra@njta.com>','RE: OPRA 26-0312 \u2013 Response',
"""Dear Requester:

In response to OPRA request 26-0312, the Authority is providing the E-ZPass Customer Service Center contract (Contract No. A3620) and change orders 1 through 9 (attached). Pricing schedules in change orders 6 through 9 have been redacted as trade secrets and proprietary commercial information pursuant to N.J.S.A. 47:1A-1.1. Change order 10 is withheld in full as advisory, consultative or deliberative material because it has not been approved by the Board.

If you believe you have been improperly denied access, you may file a complaint with the Government Records Council or bring an action in Superior Court. The Authority\u2019s response is now complete.

Office of the Records Custodian""",charset='windows-1252',
facts=F('REQ-10','records_final','OPRA 26-0312','windows-1252 body; partial release with withholdings; NJ 45-day appeal',appeal=True))
# 45
mk('2026-11-23 11:15','Sean Mahoney <smahoney@mbta.com>','Public records request 26-1240 - fee estimate',
"""Hello,

I have a fee estimate for your request for track and bridge inspection records near the Longfellow approach (26-1240). We estimate 14 hours of search and segregation at $25.00/hour after the first 4 hours, for a total of $250.00. Under 950 CMR 32.07, we will not proceed until you confirm you wish to continue or narrow the request. If you'd like to reduce the cost, limiting to 2024-2026 would cut this roughly in half.

You may petition the Supervisor of Records regarding this fee.

Sean Mahoney
Records Access Officer""",
facts=F('REQ-12','fee_estimate','26-1240','MA good-faith fee estimate; same RAO as REQ-11'))
# 46
mk('2026-11-24 09:20','FTA FOIA <fta.foia@dot.gov>','FTA-2026-0112 - Final Response',
"""Dear Requester:

FTA has completed processing of your request FTA-2026-0112. We located 19 triennial audit reports (842 pages), which are released in full and attached. No fees were charged.

If you consider any aspect of this response to be adverse, you may appeal within 90 days to the FTA Chief Counsel. You may also contact FTA's FOIA Public Liaison or OGIS.

FTA FOIA Office""",
facts=F('REQ-04','records_final','FTA-2026-0112','released in full; appeal boilerplate only, no withholding so no appeal_due'))
# 46a
mk('2026-11-25 10:30','WSDOT Public Disclosure <publicdisclosure@wsdot.wa.gov>','PDR-26-0944 - Closing letter',
"""Dear Requester,

WSDOT has completed its search for records responsive to PDR-26-0944. WSDOT does not create collision reports; they are completed by the Washington State Patrol and local law enforcement. A search of the Traffic Operations and Work Zone Safety offices found no records responsive to your request. You may wish to contact the Washington State Patrol Collision Records Section.

This request is now closed.

Public Disclosure Office, WSDOT""",
facts=F('REQ-17','no_records','PDR-26-0944','no records with referral suggestion; WA no appeal days',appeal=True))
# 47
mk('2026-11-30 14:45','Anthony Nguyen <anthony.nguyen@dot.ca.gov>','PRA-26-10611 Final Production',
"""Hello,

Attached is the second and final production for PRA-26-10611 (amendments 5-7 and task orders 1-12 for I-680). With this production, the Department's response to your request is complete.

Anthony Nguyen
PRA Unit""",
facts=F('REQ-07','records_final','PRA-26-10611','final production, full release'))
# 48
mk('2026-12-01 10:30','Kyle Brandt <kyle.brandt@state.co.us>','CORA 26-502',
"""Good morning,

CDOT is denying your request 26-502. Crash reports and the data derived from them that identify individuals are not open to public inspection under C.R.S. 42-4-1610 and 24-72-204(2)(a)(I), and data compiled for highway safety improvement purposes is protected from disclosure by 23 U.S.C. 407. CDOT's public crash statistics dashboard is available at codot.gov/safety/traffic-safety-data.

Kyle Brandt
CORA Administrator""",
facts=F('REQ-14','denial','26-502','CORA denial in full; CO has no admin appeal days'))
# 49
mk('2026-12-02 15:05','NextRequest <noreply@nextrequest.com>','[Records Request] Request #26-1187 has been closed',
html="""<html><body><p>Massachusetts Bay Transportation Authority</p><p>Record request #26-1187 has been closed.</p><p>Message from MBTA: "Final documents released. Names of employees and passengers, and portions of two reports describing security measures, were redacted under G.L. c. 4, s. 7(26)(c) and (n). You may appeal this response to the Supervisor of Records within 90 days, and may seek judicial review under G.L. c. 66, s. 10A(c)."</p><p><a href="https://mbta.nextrequest.com/requests/26-1187">View Request 26-1187</a></p></body></html>""",
facts=F('REQ-11','records_final','26-1187','portal closure with real content and withholdings; MA 90-day appeal',appeal=True))
# 50
mk('2026-12-03 08:00','Teresa Alvarez <teresa.alvarez@dot.gov>','Automatic reply: FTA-2026-0131 status',
"""Thank you for your message. I am on leave through December 14 and will respond upon my return. For FOIA matters, please write to fta.foia@dot.gov.""",
req='REQ-05',hdr={'In-Reply-To':'<req-05.20261202.2@roadwork.example.org>','Auto-Submitted':'auto-replied'},
facts=F('REQ-05','auto_reply','FTA-2026-0131','out-of-office to our status check; number in quoted subject'))
# 51
mk('2026-12-04 13:00','FHWA FOIA Office <fhwa.foia@dot.gov>','FHWA-2026-0479 - Interim Release 1',
"""Dear Ms. Price:

Thank you for your payment. Enclosed is the first interim release of records responsive to FHWA-2026-0479: Section 129 toll agreements executed 2020-2022 (612 pages), released in full. We will continue processing the remaining agreements and toll credit approvals and will provide further releases monthly.

FOIA Team, HCC-40""",
html="""<html><body><p>Dear Ms. Price:</p><p>Thank you for your payment. Enclosed is the first interim release of records responsive to FHWA-2026-0479: Section 129 toll agreements executed 2020-2022 (612 pages), released in full. We will continue processing the remaining agreements and toll credit approvals and will provide further releases monthly.</p><p>FOIA Team, HCC-40</p></body></html>""",
facts=F('REQ-02','records_interim','FHWA-2026-0479','interim release after fee paid'))
# 52
mk('2026-12-07 10:10',"Texas Department of Transportation <txdot@govqa.us>",'Public Information Request :: R004588-100926 - Completed',
html="""<html><body style="font-family:Arial"><p>Dear Roadwork Accountability Project,</p><p>In accordance with Open Records Letter Ruling OR2026-31842 from the Office of the Attorney General, TxDOT is releasing the SH 288 comprehensive development agreement and its technical provisions. The financial model and the developer's proposal pricing have been withheld under Gov't Code 552.104 and 552.110 as the ruling permits.</p><p>Your request is now closed.</p><p>TxDOT Open Records</p></body></html>""",
facts=F('REQ-09','records_final','R004588-100926','release following AG ruling, partial; TX no appeal days'))
# 53
mk('2026-12-08 11:40','FTA FOIA <fta.foia@dot.gov>','Your request for 2025 rail safety event reports',
"""Dear Requester:

This is the final response to your request for safety event reports submitted to FTA by rail transit agencies in 2025. Enclosed are the reports for July through December 2025. Names and contact information of individuals involved have been redacted under 5 U.S.C. 552(b)(6).

You may appeal this partial denial within 90 days of the date of this letter by writing to the FTA Chief Counsel, 1200 New Jersey Ave SE, Washington DC 20590.

FTA FOIA Office""",
facts=F('REQ-05','records_final',None,'new subject, no number, only topic; partial withholding -> appeal',appeal=True))
# 54
mk('2026-12-09 14:30','Jenna Olsen <OlsenJ@wsdot.wa.gov>','PDR-26-0871 - Final installment and closure',
"""Hello,

The final installment for PDR-26-0871 is available here:
https://nam10.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwsdot.box.com%2Fs%2Fpdr260871final&data=05%7C02%7C%7C77aa&sdata=Qm1%2B&reserved=0

Portions of the I-5 Ship Canal Bridge fracture-critical reports are withheld under RCW 42.56.420(1) (security vulnerability assessments); an exemption log is included. This request is now closed. You may request review of this decision by the WSDOT Public Records Officer.

Jenna Olsen
Public Records Officer""",
facts=F('REQ-15','records_final','PDR-26-0871','final with exemption log, Safe Links; WA no appeal days'))
# 55
mk('2026-12-10 09:50','Sean Mahoney <smahoney@mbta.com>','Re: 26-1240',
"""Hi,

Got your note asking about a fee waiver on 26-1240. Can you give me a call at 617-222-3200 when you have a minute? Easier to talk through what the engineers can pull for 2024-2026 than to go back and forth by email.

Sean""",
facts=F('REQ-12','other','26-1240','phone-call request, no decision'))
# 56
mk('2026-12-11 08:20','Caltrans News <news@dot.ca.gov>','Caltrans News: Winter storm preparations, bridge deck work on I-80',
html="""<html><body><h3>Caltrans News</h3><p>Caltrans crews are completing bridge deck repairs on I-80 ahead of winter storms. Motorists should expect overnight lane closures.</p><p><a href="https://dot.ca.gov/news-releases">More news</a></p></body></html>""",
facts=F(None,'other',None,'Caltrans news release from agency domain; no request'))
save()
