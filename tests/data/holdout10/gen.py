from gen_lib import *
import email
R = lambda i: REQ[i]['message_id']
def F(request, kind, why, model, tn=None, **kw):
    d = dict(request=request, kind=kind, tracking_number=tn, why=why, model=model); d.update(kw); return d
JF = 'JustFOIA Notifications <no-reply@justfoia.com>'
SL = 'https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2F{}&data=05%7C02%7Crecords%40fairshift.example.org%7C3c1f%7C0&reserved=0'

# 001 EEOC ack, received date differs from sent
msg('2026-08-03', 'EEOC FOIA Programs <foia@eeoc.gov>', 'FOIA Request 570-2026-000456 Acknowledgment',
 text="""Dear Requester:

This acknowledges receipt of your Freedom of Information Act (FOIA) request to the U.S. Equal Employment
Opportunity Commission. Your request was received in this office on July 31, 2026 and has been assigned
FOIA number 570-2026-000456. Please use this number in all correspondence about the request.

You asked for: statistics on retaliation charges filed with the Boston and New York offices for fiscal
years 2022 through 2025.

We will make every effort to issue a determination within 20 working days of receipt, unless unusual
circumstances require us to extend that time, in which case we will notify you in writing. You may check
status through the EEOC Public Access Link (PAL) using your tracking number.

Office of Legal Counsel, FOIA Programs
U.S. Equal Employment Opportunity Commission
""", irt=R('REQ-03'), time='14:02:11',
 fact=F('REQ-03','acknowledgment','EEOC ack assigns number; states received 2026-07-31 (sent 07-30)','EEOC FOIAXpress acknowledgment letters','570-2026-000456', received='2026-07-31'))

# 002 NLRB ack HTML only, threaded
msg('2026-08-03', 'NLRB FOIA Branch <foiaonline@nlrb.gov>', 'RE: ' + REQ['REQ-01']['subject'],
 html="""<html><body><p style="font-family:Calibri">Good afternoon,</p>
<p style="font-family:Calibri">The National Labor Relations Board's FOIA Branch received your request on July 27, 2026. It has been assigned tracking number <b>NLRB-2026-001234</b>.</p>
<p style="font-family:Calibri">Your request has been placed in the complex processing track because it seeks case files from multiple Regional Office cases. Fee category: representative of the news media/educational. If fees exceed $25.00 we will contact you before incurring them.</p>
<p style="font-family:Calibri">Regards,<br>FOIA Branch<br>National Labor Relations Board<br>1015 Half Street SE, Washington, DC 20570</p></body></html>""",
 irt=R('REQ-01'), time='15:40:00',
 fact=F('REQ-01','acknowledgment','NLRB ack, threaded to our request, number assigned, fee hedge','NLRB FOIA Branch acknowledgment emails','NLRB-2026-001234'))

# 003 newsletter, no request
msg('2026-08-04', 'Granite State Worker Center <news@gsworkercenter.example.net>', 'August update: wage theft clinic dates, new hotline hours',
 html="""<html><body><h2>Granite State Worker Center &mdash; August</h2><p>Our free wage theft clinics resume August 18 in Manchester and Nashua. Volunteers from the NH Department of Labor will be on hand to explain the wage claim process.</p><p>Hotline hours are now 9&ndash;6 weekdays.</p><p><a href="https://gsworkercenter.example.net/unsubscribe">Unsubscribe</a></p></body></html>""",
 text="Granite State Worker Center - August\n\nOur free wage theft clinics resume August 18 in Manchester and Nashua. Volunteers from the NH Department of Labor will be on hand to explain the wage claim process.\n\nHotline hours are now 9-6 weekdays.\n\nUnsubscribe: https://gsworkercenter.example.net/unsubscribe\n",
 hdr={'List-Unsubscribe': '<https://gsworkercenter.example.net/unsubscribe>', 'Precedence': 'bulk'}, time='07:00:00',
 fact=F(None,'other','newsletter mentioning NH DOL and wage claims; belongs to no request','worker-center mailing list'))

# 004 NH DOL ack via Google Group, quoting request, estimated date
msg('2026-08-04', "'Katherine Dube' via Fair Shift Records <records@fairshift.example.org>", 'RE: ' + REQ['REQ-07']['subject'],
 text="""Good morning,

The Department is in receipt of your request under RSA 91-A for wage claim hearing decisions issued in 2025.
The decisions are kept in our Hearings Bureau and need to be reviewed for personal information before
release. We believe the time reasonably necessary to respond is approximately one month, and we anticipate
providing the records on or before September 4, 2026.

Katherine Dube
Paralegal, Legal Division
New Hampshire Department of Labor
95 Pleasant Street, Concord, NH 03301
""" + quote('REQ-07'), irt=R('REQ-07'), time='09:18:44',
 hdr={'X-Original-From': 'Katherine Dube <rtk@dol.nh.gov>', 'Reply-To': 'Katherine Dube <rtk@dol.nh.gov>',
      'Mailing-list': 'list records@fairshift.example.org; contact records+owners@fairshift.example.org',
      'List-ID': '<records.fairshift.example.org>', 'X-Google-Group-Id': '118823004455'},
 fact=F('REQ-07','acknowledgment','NH DOL RSA 91-A:4 IV acknowledgment with time reasonably necessary; relayed by Google Group','NH agencies 91-A five-day letters', estimated='2026-09-04'))

# 005 FMCSA ack multipart
t5 = """Dear Requester,

The Federal Motor Carrier Safety Administration (FMCSA) FOIA Office has received your Freedom of Information
Act request dated July 28, 2026, seeking hours-of-service exemption applications submitted by agricultural
carriers. Your request has been assigned control number FMCSA-2026-0789.

Federal agencies generally have 20 working days to respond, unless we notify you of an extension for unusual
circumstances. Your request has been forwarded to the Office of Policy for a records search.

By submitting a request you agree to pay fees up to $25.00. If fees are expected to exceed that amount, we
will contact you first.

FMCSA FOIA Team
1200 New Jersey Avenue SE, Washington, DC 20590
"""
msg('2026-08-05', 'FMCSA FOIA <fmcsafoia@dot.gov>', 'Acknowledgment - FOIA Control No. FMCSA-2026-0789', text=t5,
 html='<html><body>' + ''.join(f'<p>{p}</p>' for p in t5.split('\n\n')) + '</body></html>', time='11:31:00',
 fact=F('REQ-05','acknowledgment','FMCSA ack with control number, "unless we notify you of an extension", fee hedge','DOT/FMCSA FOIA acknowledgments','FMCSA-2026-0789'))

# 006 RISP ack via JustFOIA
msg('2026-08-05', JF, 'Rhode Island State Police - Request 26-1173 Received',
 html="""<html><body><table width="600" style="font-family:Arial"><tr><td><img src="https://cdn.justfoia.com/logos/risp.png" alt="RISP"></td></tr>
<tr><td><p>Thank you for your Access to Public Records Act request. Your request has been received by the Rhode Island State Police and assigned reference number <b>26-1173</b>.</p>
<p>Request summary: Commercial Vehicle Enforcement inspection data for calendar year 2025.</p>
<p>You can view the status of your request at any time by logging in to the portal: <a href="https://risp.justfoia.com/publicportal/home/track">Track your request</a></p>
<p>Please do not reply to this email; this mailbox is not monitored.</p></td></tr></table></body></html>""",
 to='records+req-09@fairshift.example.org', time='08:03:10',
 fact=F('REQ-09','acknowledgment','JustFOIA receipt for RISP with reference number; shared no-reply sender','JustFOIA request-received notifications','26-1173'))

# 007 Maine out-of-office
msg('2026-08-06', 'Robichaud, Anne <anne.robichaud@maine.gov>', 'Automatic reply: ' + REQ['REQ-15']['subject'],
 text="""I am out of the office through Friday, August 7, with limited access to email. For Freedom of Access Act
requests to the Department of Labor please write to foaa.dol@maine.gov. For unemployment questions call 1-800-593-7660.

Thank you,
Anne
""", irt=R('REQ-15'), time='08:00:01', hdr={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'},
 fact=F('REQ-15','auto_reply','Outlook out-of-office from Maine DOL staffer','Outlook automatic replies'))

# 008 ISP ack via JustFOIA (same sender as RISP)
msg('2026-08-06', JF, 'Idaho State Police Public Records Request :: ISP-PRR-2026-0331',
 text="""Idaho State Police

Your public records request has been received and assigned number ISP-PRR-2026-0331.

Description: Commercial vehicle out-of-service orders issued by ISP Commercial Vehicle Safety, 2025.
Received: 08/06/2026

Under Idaho Code 74-103 the agency will grant or deny the request within three (3) working days, or notify
you if a longer period is needed.

Track your request: https://isp.justfoia.com/publicportal/home/track

This is an automated message. Replies are not monitored.
""", time='16:22:09', tz='-0600',
 fact=F('REQ-11','acknowledgment','JustFOIA receipt for Idaho State Police; same no-reply address as RISP','JustFOIA request-received notifications','ISP-PRR-2026-0331'))

# 009 bounce for MT DOJ
bounce_txt = """This is the mail system at host mx1.fairshift.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dojrecords@mt.gov>: host mt-gov.mail.protection.outlook.com[52.101.40.3]
    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient dojrecords@mt.gov
    not found by SMTP address lookup (in reply to RCPT TO command)
"""
N[0] += 1
fn = f"{N[0]:03d}-20260807.eml"
m = MIMEMultipart('report', report_type='delivery-status')
m.attach(MIMEText(bounce_txt))
from email.message import Message
ds = Message()
ds['Content-Type'] = 'message/delivery-status'
ds.set_payload([email.message_from_string('Reporting-MTA: dns; mx1.fairshift.example.org\nArrival-Date: Fri, 7 Aug 2026 12:05:31 -0400\n'),
                email.message_from_string('Final-Recipient: rfc822; dojrecords@mt.gov\nOriginal-Recipient: rfc822;dojrecords@mt.gov\nAction: failed\nStatus: 5.1.10\nRemote-MTA: dns; mt-gov.mail.protection.outlook.com\nDiagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound\n')])
m.attach(ds)
orig = MIMEText(f"Return-Path: <records+req-13@fairshift.example.org>\nFrom: Fair Shift Project Records Desk <records+req-13@fairshift.example.org>\nTo: dojrecords@mt.gov\nSubject: {REQ['REQ-13']['subject']}\nMessage-ID: {R('REQ-13')}\n", 'rfc822-headers')
orig.replace_header('Content-Type', 'text/rfc822-headers')
m.attach(orig)
m['From'] = 'Mail Delivery System <MAILER-DAEMON@mx1.fairshift.example.org>'
m['To'] = 'records+req-13@fairshift.example.org'
m['Subject'] = 'Undelivered Mail Returned to Sender'
m['Date'] = 'Fri, 07 Aug 2026 12:05:33 -0400'
m['Message-ID'] = '<20260807160533.4F2A1C0@mx1.fairshift.example.org>'
m['Auto-Submitted'] = 'auto-replied'
open(os.path.join(HERE, 'messages', fn), 'wb').write(m.as_bytes())
FACTS.append(dict(file=fn, **F('REQ-13','bounce','DSN for our request to a wrong MT DOJ address','Postfix DSN with Exchange Online 550 5.1.10')))

# 010 Maine DOL ack, received date differs, estimate
msg('2026-08-07', 'Maine DOL FOAA <foaa.dol@maine.gov>', 'FOAA-2026-118 acknowledgment',
 text="""Dear Records Desk,

The Maine Department of Labor acknowledges your Freedom of Access Act request, which was forwarded to this
office and received on August 6, 2026. Your request has been logged as FOAA-2026-118.

You requested wage and hour complaint records involving employers of H-2A workers, 2023 to present. Based on
the volume of complaint files in the Bureau of Labor Standards, our good-faith estimate is that we will be able
to respond by September 18, 2026. Some complaint information is confidential under 26 M.R.S. section 3 and will
be redacted. There may be costs associated with this request; we will provide an estimate before work begins.

Sincerely,
Public Access Officer
Maine Department of Labor, 54 State House Station, Augusta, ME 04333
""", irt=R('REQ-15'), time='13:45:00',
 fact=F('REQ-15','acknowledgment','Maine 1 M.R.S. 408-A ack; received 2026-08-06 (sent 08-05); good-faith estimate','Maine FOAA acknowledgment letters','FOAA-2026-118', received='2026-08-06', estimated='2026-09-18'))

# 011 MT DOJ ack (after resend)
msg('2026-08-10', 'DOJ Public Records <dojpublicrecords@mt.gov>', 'Public Records Request DOJ-PR-26-0612',
 text="""Hello,

The Montana Department of Justice received your public information request on August 10, 2026 and has assigned
it number DOJ-PR-26-0612. The request has been routed to the Office of Consumer Protection.

We will be in touch once staff have had an opportunity to determine whether responsive records exist and
whether any fees will apply.

Agency Legal Services / Public Records
Montana Department of Justice
""", to='records+req-13@fairshift.example.org', time='10:02:00', tz='-0600',
 fact=F('REQ-13','acknowledgment','MT DOJ ack with number; Montana table has no day count so no due','Montana executive-agency acknowledgments','DOJ-PR-26-0612', received='2026-08-10'))

# 012 ISP extension
msg('2026-08-10', 'Melissa Harker <melissa.harker@isp.idaho.gov>', 'RE: ISP-PRR-2026-0331',
 text="""Good afternoon,

A longer period of time is needed to locate and retrieve the records you asked for in ISP-PRR-2026-0331, as
the out-of-service orders are stored by district. Pursuant to Idaho Code 74-103(2), please accept this as
notice that the records will be provided no later than ten (10) working days following the date of your request.

Melissa Harker
Public Records Specialist
Idaho State Police, Meridian, ID
""", time='14:10:00', tz='-0600',
 fact=F('REQ-11','extension','ISP takes the 74-103(2) longer period (3 -> 10 working days)','Idaho 74-103 longer-period notices','ISP-PRR-2026-0331'))

# 013 NLRB ack REQ-02 to plus address only (similar topic to REQ-01)
msg('2026-08-11', 'NLRB FOIA Branch <foiaonline@nlrb.gov>', 'Your FOIA Request NLRB-2026-001301',
 text="""This acknowledges receipt of your Freedom of Information Act request, received by the FOIA Branch on
July 29, 2026, for records concerning unfair labor practice charges involving warehouse employers in Region 1.

Your request has been assigned tracking number NLRB-2026-001301. Please note that this is separate from your
earlier request concerning representation petitions.

FOIA Branch, National Labor Relations Board
""", to='records+req-02@fairshift.example.org', time='09:55:00',
 fact=F('REQ-02','acknowledgment','Second NLRB request on a similar topic; no threading, only plus address and number','NLRB FOIA Branch acknowledgments','NLRB-2026-001301'))

# 014 EEOC ack REQ-04
msg('2026-08-12', 'EEOC FOIA Programs <foia@eeoc.gov>', 'FOIA Request 570-2026-000511 Acknowledgment',
 text="""Dear Requester:

Your Freedom of Information Act request dated August 5, 2026 was received in the Office of Legal Counsel on
August 5, 2026 and assigned number 570-2026-000511. It concerns contracts and program evaluations for the
mediation program administered by the Boston Area Office.

A response is due within 20 working days. Should we require additional time, you will be notified.

FOIA Programs
""", irt=R('REQ-04'), time='10:44:00',
 fact=F('REQ-04','acknowledgment','EEOC ack for second EEOC request, received same day as sent','EEOC FOIAXpress acknowledgment letters','570-2026-000511', received='2026-08-05'))

# 015 FMCSA clarification REQ-06
msg('2026-08-13', 'Darnell Pryce <darnell.pryce@dot.gov>', 'Clarification needed - FMCSA-2026-0812',
 text="""Hello,

I'm the FOIA specialist assigned to your request FMCSA-2026-0812 for driver coercion complaints. Complaints
filed through the National Consumer Complaint Database from 2023 to date number in the thousands and most
involve drivers' personal information. Could you narrow the request, for example to complaints coded as
coercion involving carriers domiciled in New England, or to a summary export without narrative fields?

Until we hear back from you the request will be placed on hold. If we do not receive a response within
30 calendar days we will assume you are no longer interested and administratively close the request.

Darnell Pryce
FOIA Specialist, FMCSA
""", time='15:20:00',
 fact=F('REQ-06','clarification','FMCSA asks to narrow; clock tolled; first mention of the number','DOT FOIA "still interested"/narrowing letters','FMCSA-2026-0812'))

# 016 NH DOL informal question, paraphrase only
msg('2026-08-14', 'Tom Gagnon <thomas.gagnon@dol.nh.gov>', 'quick question',
 text="""Hi there -

Got your letter about the youth employment citations. Before I pull anything: do you want the actual
citation paperwork for each employer, or would a spreadsheet listing employer, town, date and penalty do?
The spreadsheet I can get you pretty quick. Feel free to call me at 603-271-xxxx if easier.

Tom
Inspection Division
""", time='11:07:00',
 fact=F('REQ-08','other','Informal format question from inspector; paraphrases topic only, no number, new subject','informal staff emails at state labor departments'))

# 017 RISP portal ping
msg('2026-08-17', JF, 'Request 26-1173 status update',
 html="""<html><body style="font-family:Arial"><p>The status of your request <b>26-1173</b> has been updated to: <b>In Progress</b>.</p><p>Log in to the portal to view details.</p><p><a href="https://risp.justfoia.com/publicportal/home/track">https://risp.justfoia.com/publicportal/home/track</a></p><p style="color:#888">Do not reply to this automated message.</p></body></html>""",
 time='06:30:00',
 fact=F('REQ-09','portal_notice','JustFOIA status ping, no substantive text','JustFOIA status-change notifications','26-1173'))

# 018 ISP final with PDF, partial (redactions), appeal 180
letter18 = """IDAHO STATE POLICE
Public Records Response

Request No.: ISP-PRR-2026-0331
Date: August 18, 2026

Your request for commercial vehicle out-of-service orders issued in 2025 is granted in part. The enclosed
spreadsheet lists 1,184 out-of-service orders. Driver names, license numbers and dates of birth have been
redacted under Idaho Code 74-106(8) (personal information) and 49-203 (driver records).

This completes our response. You may seek review of the redactions by filing a petition in the district
court of the county where the records are located within 180 days of the date of this letter, as provided
in Idaho Code 74-115.

Public Records Unit, Idaho State Police
"""
msg('2026-08-18', JF, 'ISP-PRR-2026-0331 - Records Released',
 text="""Idaho State Police has responded to your public records request ISP-PRR-2026-0331.
Please see the attached response letter. Responsive records are available in the portal document center.

This is an automated message. Replies are not monitored.
""", pdf=('ISP-PRR-2026-0331_Response.pdf', letter18), time='13:15:00', tz='-0600',
 fact=F('REQ-11','records_final','Final release with redactions inside PDF letter, 180-day petition window','Idaho agency response letters citing 74-106 and 74-115','ISP-PRR-2026-0331', withheld=True))

# 019 MT DOJ clarification
msg('2026-08-19', 'Janelle Whitcomb <jwhitcomb@mt.gov>', 'RE: Public Records Request DOJ-PR-26-0612',
 text="""Good morning,

In order to process DOJ-PR-26-0612 we need a bit more information. The Office of Consumer Protection
receives complaints about a large number of businesses. Could you provide the names of the staffing agencies
you are interested in, or confirm that you want every complaint coded as "employment agency" for 2022-2026?

We will hold the request until we hear from you.

Janelle Whitcomb
Paralegal, Montana Department of Justice
""", time='09:30:00', tz='-0600',
 fact=F('REQ-13','clarification','MT DOJ asks which businesses / date range; request on hold','Montana DOJ records staff emails','DOJ-PR-26-0612'))

# 020 NLRB extension REQ-01
msg('2026-08-19', 'NLRB FOIA Branch <foiaonline@nlrb.gov>', 'NLRB-2026-001234 - Extension of Time',
 text="""Dear Requester:

This concerns your FOIA request NLRB-2026-001234. We require additional time to respond because the records
you seek must be collected from the Boston Regional Office and archived case files at the Federal Records
Center. Accordingly, pursuant to 5 U.S.C. 552(a)(6)(B)(i), we are extending the time limit for responding by
ten working days.

If you would like to narrow the scope of your request or arrange an alternative time frame, please contact
the FOIA Branch or our FOIA Public Liaison. You may also contact the Office of Government Information Services
(OGIS) at the National Archives for dispute resolution services.

FOIA Branch
""", time='16:05:00',
 fact=F('REQ-01','extension','Federal unusual-circumstances extension, +10 working days','NLRB extension letters under 552(a)(6)(B)','NLRB-2026-001234'))

# 021 RISP ack REQ-10 via JustFOIA
msg('2026-08-20', JF, 'Rhode Island State Police - Request 26-1244 Received',
 html="""<html><body><table width="600" style="font-family:Arial"><tr><td><p>Thank you for your Access to Public Records Act request. Your request has been received by the Rhode Island State Police and assigned reference number <b>26-1244</b>.</p>
<p>Request summary: Written directives and general orders concerning police response to labor strikes and picket lines.</p>
<p><a href="https://risp.justfoia.com/publicportal/home/track">Track your request</a></p><p>Please do not reply to this email.</p></td></tr></table></body></html>""",
 to='records+req-10@fairshift.example.org', time='08:11:00',
 fact=F('REQ-10','acknowledgment','Second RISP request, portal receipt with new reference number','JustFOIA request-received notifications','26-1244'))

# 022 ISP ack REQ-12 via same portal
msg('2026-08-20', JF, 'Idaho State Police Public Records Request :: ISP-PRR-2026-0372',
 text="""Idaho State Police

Your public records request has been received and assigned number ISP-PRR-2026-0372.

Description: Emails and memoranda regarding checkpoints or patrols near farmworker housing, Canyon County.
Received: 08/20/2026

Track your request: https://isp.justfoia.com/publicportal/home/track

This is an automated message. Replies are not monitored.
""", time='17:01:00', tz='-0600',
 fact=F('REQ-12','acknowledgment','ISP receipt via shared JustFOIA address','JustFOIA request-received notifications','ISP-PRR-2026-0372'))

# 023 Maine invoice
inv = """<html><body style="font-family:Segoe UI,Arial">
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td colspan="3"><b>STATE OF MAINE &mdash; DEPARTMENT OF LABOR</b><br>INVOICE No. DOL-INV-26-0447 &nbsp; Date: 08/21/2026<br>Reference: FOAA-2026-118</td></tr>
<tr><th>Description</th><th>Qty</th><th>Amount</th></tr>
<tr><td>Staff time to search, retrieve and compile (first 2 hours at no cost)</td><td>6 hrs @ $25.00</td><td>$150.00</td></tr>
<tr><td>Redaction of confidential complaint information</td><td>incl.</td><td>&mdash;</td></tr>
<tr><td colspan="2" align="right"><b>TOTAL DUE</b></td><td><b>$150.00</b></td></tr>
</table>
<p>Payment is required before the records are compiled (1 M.R.S. &sect; 408-A(8)-(9)). Make checks payable to Treasurer, State of Maine. If payment is not received within 60 days, the request will be considered withdrawn.</p>
</body></html>"""
msg('2026-08-21', 'Maine DOL FOAA <foaa.dol@maine.gov>', 'Invoice DOL-INV-26-0447', html=inv, time='10:00:00',
 fact=F('REQ-15','fee_estimate','Fee letter written as an invoice; number only in reference line','Maine state invoices / FOAA cost estimates','FOAA-2026-118'))

# 024 EEOC extension REQ-03
msg('2026-08-24', 'EEOC FOIA Programs <foia@eeoc.gov>', 'FOIA 570-2026-000456 - Time Extension',
 text="""Dear Requester:

Because your request requires the search for and compilation of data from a separate office (the Office of
Enterprise Data and Analytics), we are invoking the ten (10) working day extension under 5 U.S.C.
552(a)(6)(B). We anticipate responding by September 14, 2026.

FOIA Programs, Office of Legal Counsel
""", time='12:12:00',
 fact=F('REQ-03','extension','EEOC +10 working-day extension with stated date','EEOC extension letters','570-2026-000456', estimated='2026-09-14'))

# 025 FMCSA out-of-office
msg('2026-08-25', 'Darnell Pryce <darnell.pryce@dot.gov>', 'Automatic reply: RE: Clarification needed - FMCSA-2026-0812',
 html="""<html><body><p>Thank you for your message. I am on annual leave and will return on Tuesday, September 1. For urgent FOIA matters please contact fmcsafoia@dot.gov.</p><p>Darnell Pryce</p></body></html>""",
 time='10:41:00', hdr={'Auto-Submitted': 'auto-replied', 'X-MS-Exchange-Inbox-Rules-Loop': 'darnell.pryce@dot.gov'},
 fact=F('REQ-06','auto_reply','Out-of-office answering our clarification reply; subject carries the number','Outlook automatic replies','FMCSA-2026-0812'))

# 026 ISP denial citing statute, no word "denied"
msg('2026-08-25', JF, 'ISP-PRR-2026-0372 - Response',
 text="""Idaho State Police has issued a response to public records request ISP-PRR-2026-0372:

"The records you have requested are investigatory records compiled for law enforcement purposes. Disclosure
would interfere with ongoing enforcement proceedings and disclose investigative techniques. These records
are exempt from disclosure under Idaho Code 74-124(1)(a) and (e) and will not be provided. You have the right
to petition the district court within 180 days of the date of mailing of this notice, Idaho Code 74-115."

Request status: Closed

This is an automated message. Replies are not monitored.
""", time='15:48:00', tz='-0600',
 fact=F('REQ-12','denial','Withholding in full under 74-124 written without the word "denied"; 180-day petition','Idaho investigatory-records exemption responses','ISP-PRR-2026-0372'))

# 027 NLRB press release, no request
msg('2026-08-26', 'NLRB Office of Public Affairs <publicinfo@nlrb.gov>', 'NLRB Issues Decision on Warehouse Scheduling Rules',
 html="""<html><body><p><b>FOR IMMEDIATE RELEASE</b><br>August 26, 2026</p><p>WASHINGTON &mdash; The National Labor Relations Board today issued a decision addressing employer rules on shift swapping at distribution centers...</p><p>Office of Public Affairs | 202-273-1991 | <a href="https://www.nlrb.gov/news-outreach">nlrb.gov</a></p></body></html>""",
 time='13:00:00', hdr={'Precedence': 'bulk', 'List-Unsubscribe': '<https://public.govdelivery.com/accounts/USNLRB/subscriber/edit>'},
 fact=F(None,'other','Agency press release from the same domain as two open requests; belongs to none','NLRB GovDelivery press releases'))

# 028 MT DOJ ack REQ-14 new subject
msg('2026-08-27', 'DOJ Public Records <dojpublicrecords@mt.gov>', 'Your request - MHP crash reports (DOJ-PR-26-0688)',
 text="""Hello,

Your request for Montana Highway Patrol crash reports involving vans used to transport agricultural workers
has been received and assigned DOJ-PR-26-0688. Crash reports are released with personal information
redacted as required by law. We will let you know if any fees apply before proceeding.

Public Records, Montana Department of Justice
""", time='11:11:00', tz='-0600',
 fact=F('REQ-14','acknowledgment','Second MT DOJ request, new subject; no statutory day count in table','Montana DOJ acknowledgments','DOJ-PR-26-0688'))

# 029 Maine ack REQ-16 received date differs
msg('2026-08-28', 'Maine DOL FOAA <foaa.dol@maine.gov>', 'FOAA-2026-131 acknowledgment',
 text="""Dear Records Desk,

This acknowledges your Freedom of Access Act request received August 27, 2026, for summaries of employee
misclassification audits conducted by the Department from 2024 to date. It has been logged as FOAA-2026-131.
We estimate a response within approximately four weeks, by September 25, 2026.

Public Access Officer
Maine Department of Labor
""", to='records+req-16@fairshift.example.org', time='14:20:00',
 fact=F('REQ-16','acknowledgment','Maine ack; received 2026-08-27 (sent 08-26); estimate','Maine FOAA acknowledgment letters','FOAA-2026-131', received='2026-08-27', estimated='2026-09-25'))

# 030 colleague forward of EEOC fee letter, Outlook style, Safe Links
msg('2026-08-31', 'Maria Lopez <maria.lopez@fairshift.example.org>', 'Fwd: FOIA 570-2026-000511 - Fee Estimate',
 html=f"""<html><body><div>Forwarding this one, it came to my address since I signed the request. Do we want to pay or narrow? -M</div><br>
<div style="border-top:solid #E1E1E1 1pt;padding:3pt 0"><b>From:</b> EEOC FOIA Programs &lt;foia@eeoc.gov&gt;<br><b>Sent:</b> Friday, August 28, 2026 3:02 PM<br><b>To:</b> Maria Lopez &lt;maria.lopez@fairshift.example.org&gt;<br><b>Subject:</b> FOIA 570-2026-000511 - Fee Estimate</div>
<p>Dear Ms. Lopez:</p><p>The search for records responsive to your request 570-2026-000511 has identified approximately 1,400 pages. As an educational/noncommercial requester you receive the first 100 pages free; duplication of the remaining pages at $0.15 per page is estimated at <b>$195.00</b>.</p>
<p>Please confirm in writing within 20 working days that you agree to pay this amount, or narrow your request. We will not process the request further until we receive your commitment. You may pay through <a href="{SL.format('pay.gov%2Fpublic%2Fform%2Fstart%2F1234')}">Pay.gov</a>.</p>
<p>FOIA Programs, U.S. Equal Employment Opportunity Commission</p></body></html>""",
 time='09:05:00',
 fact=F('REQ-04','fee_estimate','Colleague forwards EEOC fee letter from own address, Outlook header block, Safe Links','EEOC fee letters; Outlook forwards','570-2026-000511'))

# 031 RISP extension via portal with substantive text
msg('2026-09-01', JF, 'Request 26-1173 - Message from Rhode Island State Police',
 html="""<html><body style="font-family:Arial"><p>A new message has been posted on request <b>26-1173</b>:</p>
<blockquote style="border-left:3px solid #ccc;padding-left:8px">Due to the volume of inspection records and the need to review them for information exempt under R.I. Gen. Laws &sect; 38-2-2(4), the Department is extending the time to respond by an additional twenty (20) business days for good cause pursuant to &sect; 38-2-3(e).<br>&mdash; Legal Office, RISP</blockquote>
<p><a href="https://risp.justfoia.com/publicportal/home/track">View request</a></p></body></html>""",
 time='15:33:00',
 fact=F('REQ-09','extension','RI good-cause extension +20 business days, delivered as portal message','RI APRA extension notices','26-1173'))

# 032 FMCSA extension REQ-05
msg('2026-09-02', 'FMCSA FOIA <fmcsafoia@dot.gov>', 'FMCSA-2026-0789 Extension',
 text="""Dear Requester:

Regarding your FOIA request FMCSA-2026-0789: the records you requested are voluminous and require
consultation with the submitting carriers under Executive Order 12600 before release. We are therefore
taking an extension of ten working days under 5 U.S.C. 552(a)(6)(B)(i).

FMCSA FOIA Team
""", time='10:30:00',
 fact=F('REQ-05','extension','Federal +10 working-day extension','DOT extension letters','FMCSA-2026-0789'))

# 033 NH DOL final, no records for one item
msg('2026-09-03', 'Katherine Dube <rtk@dol.nh.gov>', 'RE: ' + REQ['REQ-07']['subject'],
 text="""Good afternoon,

Attached please find the 2025 wage claim hearing decisions (212 decisions) responsive to item 1 of your
request. Home addresses and telephone numbers of claimants were removed. With respect to item 2, hearing
audio recordings, the Department does not retain recordings after decisions become final and has no
responsive records.

This concludes the Department's response to your Right-to-Know request.

Katherine Dube
Paralegal, Legal Division, NH Department of Labor
""" + quote('REQ-07'), irt=R('REQ-07'), time='14:50:00',
 att=('2025_Wage_Claim_Decisions_index.txt', 'Decision No.,Date,Employer\n25-0001,01/06/2025,[see PDF]\n'),
 fact=F('REQ-07','records_final','Final release with no-records for one item; NH table has no appeal window','NH DOL Right-to-Know responses', withheld=True))

# 034 NLRB interim REQ-02
msg('2026-09-04', 'NLRB FOIA Branch <foiaonline@nlrb.gov>', 'NLRB-2026-001301 - First Interim Release',
 text="""Dear Requester:

This is the first interim response to your FOIA request NLRB-2026-001301. Enclosed are 318 pages of charge
intake logs from Region 1 for 2024. Portions have been withheld under FOIA Exemptions 6 and 7(C) to protect
the privacy of charging parties and witnesses. We are continuing to process the 2025 logs and expect to
make a further release within 30 days.

You may appeal the withholdings in this interim release within 90 days to the Office of the General Counsel.

FOIA Branch
""", time='11:00:00',
 fact=F('REQ-02','records_interim','Rolling release with appeal boilerplate, more to come','NLRB interim release letters','NLRB-2026-001301'))

# 035 bounce Exchange NDR for follow-up to Maine staffer (REQ-16)
msg('2026-09-08', 'Microsoft Outlook <postmaster@fairshift.example.org>', 'Undeliverable: RE: FOAA-2026-131 acknowledgment',
 html="""<html><body><p><b><font color="#000066" size="3">Your message to s.pelletier@maine.gov couldn't be delivered.</font></b></p>
<p>s.pelletier wasn't found at maine.gov.</p><p><b>Action Required</b><br>Recipient<br>Unknown To address</p>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following...</p>
<p style="color:gray">Diagnostic information for administrators:<br>Generating server: BN8PR12MB3345.namprd12.prod.outlook.com<br>s.pelletier@maine.gov<br>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'<br>Original message headers:<br>From: Records Desk &lt;records+req-16@fairshift.example.org&gt;<br>Subject: RE: FOAA-2026-131 acknowledgment</p></body></html>""",
 to='records+req-16@fairshift.example.org', time='08:44:00', hdr={'Auto-Submitted': 'auto-replied', 'X-MS-Exchange-Message-Is-Ndr': ''},
 fact=F('REQ-16','bounce','Exchange NDR for our follow-up on the Maine request','Microsoft 365 non-delivery reports','FOAA-2026-131'))

# 0xx ISP ack REQ-17
msg('2026-09-09', JF, 'Idaho State Police Public Records Request :: ISP-PRR-2026-0415',
 text="""Idaho State Police

Your public records request has been received and assigned number ISP-PRR-2026-0415.

Description: Training curricula, slides or bulletins provided to troopers on recognizing labor trafficking.
Received: 09/09/2026

Under Idaho Code 74-103 the agency will grant or deny the request within three (3) working days, or notify
you if a longer period is needed.

Track your request: https://isp.justfoia.com/publicportal/home/track

This is an automated message. Replies are not monitored.
""", time='08:02:00', tz='-0600',
 fact=F('REQ-17','acknowledgment','ISP portal receipt stating received 09/09 though our email went 09-08 (submitted after hours)','JustFOIA request-received notifications','ISP-PRR-2026-0415', received='2026-09-09'))

# 036 EEOC interim REQ-03
msg('2026-09-09', 'EEOC FOIA Programs <foia@eeoc.gov>', 'Partial Release - 570-2026-000456',
 text="""Dear Requester:

We are providing a partial response to FOIA request 570-2026-000456. Enclosed are retaliation charge
receipt counts for the Boston Area Office, FY2022 through FY2025. Data for the New York District Office is
still being compiled by our data office, and we will send it as soon as it is ready.

FOIA Programs
""", time='13:37:00', att=('Boston_Retaliation_FY22-25.csv', 'FY,Office,Retaliation charges\n2022,Boston,1021\n2023,Boston,1104\n2024,Boston,1190\n2025,Boston,1226\n'),
 fact=F('REQ-03','records_interim','Partial release, remaining office to follow','EEOC data releases','570-2026-000456'))

# 037 RISP denial citing statute without "denied"
msg('2026-09-10', JF, 'Request 26-1244 - Response from Rhode Island State Police',
 html="""<html><body style="font-family:Arial"><p>The Rhode Island State Police has responded to request <b>26-1244</b>. Response:</p>
<blockquote>The requested general orders concern tactical deployment and crowd management. Pursuant to R.I. Gen. Laws &sect; 38-2-2(4)(D)(f) and (4)(B), these records are not public records, as their disclosure could reasonably be expected to endanger the life or physical safety of officers and reveal security procedures. No records will be produced.<br><br>You may appeal to the Superintendent, Rhode Island State Police, 311 Danielson Pike, North Scituate, RI 02857, under &sect; 38-2-8, and you may also file a complaint with the Department of Attorney General.</blockquote>
<p>Request status: <b>Closed</b></p></body></html>""",
 time='16:00:00',
 fact=F('REQ-10','denial','Withheld in full citing 38-2-2(4); word "denied" absent; RI table gives no appeal window','RI APRA law-enforcement exemption letters','26-1244'))

# 0xx Maine extension REQ-15 (revised estimate, no statutory extension length)
msg('2026-09-11', 'Maine DOL FOAA <foaa.dol@maine.gov>', 'RE: FOAA-2026-118 acknowledgment',
 text="""Dear Records Desk,

We received your payment on Invoice DOL-INV-26-0447, thank you. Because the Bureau of Labor Standards must
review each complaint file for confidential information, we are revising our good-faith estimate for
completing FOAA-2026-118. We now expect to provide all responsive records by October 16, 2026, and will send
the earlier years first as they are ready.

Public Access Officer
Maine Department of Labor
""", time='15:05:00',
 fact=F('REQ-15','extension','Revised good-faith estimate; Maine table gives no extension length, so estimated only','Maine FOAA revised-estimate letters','FOAA-2026-118', estimated='2026-10-16'))

# 0xx ISP no records REQ-17
msg('2026-09-11', JF, 'ISP-PRR-2026-0415 - Response',
 text="""Idaho State Police has issued a response to public records request ISP-PRR-2026-0415:

"Following a search of the Training and Professional Standards records, ISP was unable to locate any
training materials specific to labor trafficking indicators. Troopers receive human trafficking
awareness training through POST; you may wish to contact the Idaho Peace Officer Standards and Training
Council for those materials. If you disagree with this response you may petition the district court
within 180 days, Idaho Code 74-115."

Request status: Closed

This is an automated message. Replies are not monitored.
""", time='16:30:00', tz='-0600',
 fact=F('REQ-17','no_records','No responsive records with a pointer to another body; 180-day petition','Idaho no-records responses','ISP-PRR-2026-0415'))

# 038 MT DOJ transfer (other)
msg('2026-09-11', 'Janelle Whitcomb <jwhitcomb@mt.gov>', 'RE: Public Records Request DOJ-PR-26-0612',
 text="""Thank you for clarifying. After checking with the Office of Consumer Protection, complaints about wage
payment by staffing agencies are generally referred to the Montana Department of Labor & Industry, Labor
Standards Bureau, which would hold those records. I have forwarded your request to their records officer,
and you should hear from them directly. DOJ will close DOJ-PR-26-0612 on our end.

Janelle
""", time='10:15:00', tz='-0600',
 fact=F('REQ-13','other','Referral/transfer to another department; not a denial or no-records','state records staff referral emails','DOJ-PR-26-0612'))

# 039 DOT PAL portal ping
msg('2026-09-14', 'DOT FOIA Public Access Link <noreply-pal@dot.gov>', 'FOIA Request FMCSA-2026-0812 Status Change',
 text="""Your request FMCSA-2026-0812 has been updated.

Current status: Assigned for Processing

To view the details of your request, log in to the Public Access Link (PAL):
https://foia.dot.gov/palMain.aspx

Please do not reply to this message.
""", time='07:15:00',
 fact=F('REQ-06','portal_notice','FOIAXpress PAL status ping, no substantive text','FOIAXpress PAL notifications','FMCSA-2026-0812'))

# 040 JustFOIA closed ping for ISP REQ-11
msg('2026-09-15', JF, 'Your request ISP-PRR-2026-0331 has been closed',
 text="""Request ISP-PRR-2026-0331 has been closed by Idaho State Police.

Log in to view the request history: https://isp.justfoia.com/publicportal/home/track

This is an automated message. Replies are not monitored.
""", time='05:00:00', tz='-0600',
 fact=F('REQ-11','portal_notice','JustFOIA closure ping after release; no substantive text','JustFOIA status-change notifications','ISP-PRR-2026-0331'))

# 041 Maine interim, number only in attachment file name
letter41 = """MAINE DEPARTMENT OF LABOR
Bureau of Labor Standards

Enclosed is the first group of wage and hour complaint files involving H-2A employers (2023-2024).
Complainant names and identifying information are redacted as confidential under 26 M.R.S. section 3.
The 2025-2026 files will follow.
"""
msg('2026-09-16', 'Lisa Theriault <lisa.theriault@maine.gov>', 'H-2A complaint files - first batch',
 text="""Hello,

Thank you for your payment. Attached is the first batch of the complaint files you asked for involving
H-2A employers, covering 2023 and 2024. The remaining years should follow in a few weeks.

Lisa Theriault
Bureau of Labor Standards
""", pdf=('FOAA-2026-118_Batch1.pdf', letter41), time='11:26:00',
 fact=F('REQ-15','records_interim','First batch; agency number appears only in attachment file name; body paraphrases topic','Maine BLS staff emails','FOAA-2026-118'))

# 042 NLRB fee estimate REQ-01
msg('2026-09-17', 'NLRB FOIA Branch <foiaonline@nlrb.gov>', 'NLRB-2026-001234 - Fee Estimate',
 text="""Dear Requester:

We have located case files responsive to FOIA request NLRB-2026-001234 in 14 representation cases. The
estimated fee for search and review beyond the entitlements of your fee category is $312.00. Under 29 CFR
102.117, we will not continue processing until you agree in writing to pay the estimated fees or narrow your
request. If we do not hear from you within 20 working days, we will consider the request closed.

FOIA Branch
""", time='14:41:00',
 fact=F('REQ-01','fee_estimate','Fee commitment required before processing continues','NLRB fee estimate letters','NLRB-2026-001234'))

# 043 MT DOJ partial release REQ-14 (windows-1252 charset)
msg('2026-09-18', 'DOJ Public Records <dojpublicrecords@mt.gov>', 'RE: Your request - MHP crash reports (DOJ-PR-26-0688)',
 text="""Hello,

Attached are 37 Montana Highway Patrol crash reports responsive to your request. Names, driver’s license
numbers, dates of birth and medical information have been redacted under Mont. Code Ann. § 61-11-507 and
the constitutional right of individual privacy (Mont. Const. art. II, § 10). Two reports are held back
entirely because they are part of open criminal investigations (Mont. Code Ann. § 44-5-303).

This completes your request. No fee was charged.

Public Records, Montana Department of Justice
""", charset='windows-1252', time='15:02:00', tz='-0600',
 fact=F('REQ-14','records_final','Partial release with redactions and two withheld; Montana table has no appeal window; cp1252 body','Montana DOJ crash report releases','DOJ-PR-26-0688', withheld=True))

# 044 EEOC final REQ-04 via PDF letter, body says little
letter44 = """U.S. EQUAL EMPLOYMENT OPPORTUNITY COMMISSION
Office of Legal Counsel - FOIA Programs

Re: FOIA No. 570-2026-000511

This is the final response to your request for mediation program contracts and evaluations for the
Boston Area Office. Following your agreement to pay fees, we reviewed 1,402 pages. 1,311 pages are released
in full and 91 pages are released in part. Information was withheld under FOIA Exemption 4 (contractor
pricing) and Exemption 6 (personal privacy). No records were located for item 3 (participant survey
results for FY2025); the survey was not conducted that year.

You may appeal this determination by writing to the Office of Legal Counsel within 90 days of the date of
this letter. You may also seek dispute resolution services from the FOIA Public Liaison or OGIS.
"""
msg('2026-09-21', 'EEOC FOIA Programs <foia@eeoc.gov>', 'FOIA Response', text='Please see the attached letter and records.\n',
 pdf=('570-2026-000511_Final_Response.pdf', letter44), time='16:44:00', to='maria.lopez@fairshift.example.org, records@fairshift.example.org',
 fact=F('REQ-04','records_final','Final partial release inside PDF; no-records for one item; 90-day appeal','EEOC final response letters','570-2026-000511', withheld=True))

# 045 RISP final REQ-09
msg('2026-09-23', JF, 'Request 26-1173 - Records Available',
 html="""<html><body style="font-family:Arial"><p>The Rhode Island State Police has completed your request <b>26-1173</b>.</p>
<blockquote>Attached are the Commercial Vehicle Enforcement Unit inspection summaries for calendar year 2025 (Excel, 4,812 rows). The records are provided in full. There is no charge for this request.</blockquote>
<p>Documents released: CVEU_Inspections_2025.xlsx</p><p><a href="https://risp.justfoia.com/publicportal/home/track">Log in to download</a></p><p>Do not reply to this email.</p></body></html>""",
 time='12:00:00',
 fact=F('REQ-09','records_final','Portal notice carrying a substantive full release; no withholdings','JustFOIA completion notices with agency text','26-1173'))

# 046 NH DOL fee letter REQ-08
msg('2026-09-24', 'Tom Gagnon <thomas.gagnon@dol.nh.gov>', 'RE: quick question',
 text="""Hi,

Per our call, I've pulled the youth employment citation files for 2024 through August 2026. There are 144
pages. RSA 91-A:4, IV allows us to charge the actual cost of copies; at $0.25 a page that is $36.00. Once we
receive a check payable to "Treasurer, State of New Hampshire" we will mail the copies. If you would rather
inspect them here in Concord at no charge, let me know and we can set a time.

Tom Gagnon
Inspection Division, NH Department of Labor
""", time='09:12:00',
 hdr={'In-Reply-To': '<016qq.tom@fairshift.example.org>'},
 fact=F('REQ-08','fee_estimate','Copy charge due before copies are mailed; continues informal thread without number','NH 91-A copy cost letters'))

# 047 Maine clarification REQ-16, new subject, paraphrase only
msg('2026-09-28', 'Paul Ouellette <paul.ouellette@maine.gov>', 'Your records request about misclassification',
 text="""Good afternoon,

I'm following up on your Freedom of Access request about worker misclassification audits. The
Department's unemployment tax unit conducts audits, but it does not prepare "audit summaries" as such.
Would the annual audit results report we send to the U.S. Department of Labor satisfy your request, or are
you seeking individual employer audit files? Please let us know so we can continue.

Paul Ouellette
UC Tax Division, Maine Department of Labor
""", time='14:30:00',
 fact=F('REQ-16','clarification','Clarification with new subject, paraphrased topic, no number','Maine DOL staff follow-ups'))

# 048 reporter's note, no request
msg('2026-09-29', 'Dana Whitfield <dwhitfield@seacoastledger.example.com>', 'Your H-2A complaint records',
 text="""Hi Fair Shift folks,

I cover labor for the Seacoast Ledger. I heard you got Maine DOL complaint files on H-2A employers. Would
anyone be willing to talk about what's in them? Happy to credit the project.

Dana Whitfield
""", time='17:40:00',
 fact=F(None,'other','Reporter asks about our records; mentions an agency and topic but belongs to no request','journalist outreach emails'))

# 049 FMCSA no records REQ-06
msg('2026-10-01', 'FMCSA FOIA <fmcsafoia@dot.gov>', 'Final Response - FMCSA-2026-0812',
 text="""Dear Requester:

This responds to your FOIA request FMCSA-2026-0812, as narrowed on September 1, 2026, for coercion
complaints involving carriers domiciled in New England from January 2023 to present.

The Office of Enforcement and Compliance searched the National Consumer Complaint Database using the
coercion complaint category and carrier domicile fields. The search did not locate any records responsive
to your request.

You may appeal this determination within 90 days of the date of this letter to the FMCSA Chief Counsel.
Appeals may be sent by email to fmcsafoia@dot.gov and should be marked "FOIA Appeal."

FMCSA FOIA Team
""", time='10:05:00',
 fact=F('REQ-06','no_records','Search found nothing; 90-day appeal','DOT/FMCSA no-records letters','FMCSA-2026-0812'))

# 050 NLRB final REQ-02 via Google Group
msg('2026-10-05', "'NLRB FOIA Branch' via Fair Shift Records <records@fairshift.example.org>", 'NLRB-2026-001301 - Final Response',
 text="""Dear Requester:

This is the final response to your FOIA request NLRB-2026-001301 for unfair labor practice charge intake logs
for Region 1 warehouse employers. Enclosed are 276 pages of 2025 logs. As with our interim release, names and
contact details of charging parties and witnesses were withheld under Exemptions 6 and 7(C), 5 U.S.C.
552(b)(6) and (b)(7)(C).

You have the right to appeal within 90 calendar days of the date of this response. Your appeal must be in
writing and addressed to the Office of Appeals, NLRB.

FOIA Branch
""", time='11:21:00', to='records@fairshift.example.org',
 hdr={'X-Original-From': 'NLRB FOIA Branch <foiaonline@nlrb.gov>', 'Reply-To': 'NLRB FOIA Branch <foiaonline@nlrb.gov>',
      'List-ID': '<records.fairshift.example.org>', 'X-Google-Group-Id': '118823004455'},
 fact=F('REQ-02','records_final','Final partial release relayed by Google Group (X-Original-From); 90-day appeal','NLRB final response letters','NLRB-2026-001301', withheld=True))

# 051 EEOC final REQ-03, full release, appeal boilerplate
msg('2026-10-07', 'EEOC FOIA Programs <foia@eeoc.gov>', 'Final Response - 570-2026-000456',
 text="""Dear Requester:

Enclosed is the remaining data responsive to FOIA request 570-2026-000456: retaliation charge receipts for
the New York District Office, FY2022-FY2025. The records are released in full. This completes our response.

If you are dissatisfied with this response, you may appeal in writing to the Office of Legal Counsel within
90 days of the date of this letter. You may also contact the EEOC FOIA Public Liaison or OGIS.

FOIA Programs
""", time='09:49:00',
 fact=F('REQ-03','records_final','Full release; appeal boilerplate present but nothing withheld, so no appeal_due','EEOC final response letters','570-2026-000456'))

# 052 NH DOL final REQ-08, Safe Links
msg('2026-10-09', 'Tom Gagnon <thomas.gagnon@dol.nh.gov>', 'RE: quick question',
 html=f"""<html><body><p>Hi,</p><p>Check received, thanks. The youth employment citation files (144 pages) went out in today's mail. A scanned copy is also posted here: <a href="{SL.format('www.nh.gov%2Flabor%2Frtk%2Fyouth-citations-2024-2026.pdf')}">youth citations 2024-2026</a>. Nothing was withheld. That wraps up your request.</p><p>Tom Gagnon<br>Inspection Division</p></body></html>""",
 time='13:30:00',
 fact=F('REQ-08','records_final','Final release, Safe Links-wrapped URL, informal thread without number','NH DOL staff emails'))

# 053 NLRB denial REQ-01
msg('2026-10-13', 'NLRB FOIA Branch <foiaonline@nlrb.gov>', 'NLRB-2026-001234 - Determination',
 text="""Dear Requester:

This responds to FOIA request NLRB-2026-001234 for case files in representation proceedings at distribution
centers in Region 1. After your agreement to pay fees, we reviewed the files. All 14 cases remain open and
are subject to pending objections and challenged-ballot proceedings. The case files are therefore being
withheld in their entirety under FOIA Exemption 7(A), 5 U.S.C. 552(b)(7)(A), because release could
reasonably be expected to interfere with enforcement proceedings. No segregable portions were identified.

You may appeal this determination within 90 calendar days to the Office of Appeals. You may also contact
our FOIA Public Liaison or the Office of Government Information Services.

FOIA Branch
""", time='15:10:00', irt=R('REQ-01'),
 fact=F('REQ-01','denial','Withheld in full under 7(A); threaded; 90-day appeal','NLRB Exemption 7(A) letters','NLRB-2026-001234'))

# 054 Maine no records REQ-16
msg('2026-10-13', 'Maine DOL FOAA <foaa.dol@maine.gov>', 'FOAA-2026-131 response',
 text="""Dear Records Desk,

Thank you for your reply confirming that you are seeking individual audit summaries prepared by the UC Tax
Division. After a search of the Division's files and shared drives, the Department has no records
responsive to your request; audit results are recorded only in the tax system and no summary documents
are created.

If you believe this response is in error, you may appeal to the Superior Court under 1 M.R.S. section 409
within 30 calendar days of receipt of this notice.

Public Access Officer
Maine Department of Labor
""", to='records+req-16@fairshift.example.org', time='10:40:00',
 fact=F('REQ-16','no_records','No responsive records; 30-day court appeal; date falls after Indigenous Peoples Day','Maine FOAA no-records letters','FOAA-2026-131'))

# 055 FMCSA final partial REQ-05
msg('2026-10-14', 'FMCSA FOIA <fmcsafoia@dot.gov>', 'FOIA FMCSA-2026-0789 - Final Response',
 text="""Dear Requester:

This is our final response to FOIA request FMCSA-2026-0789 for hours-of-service exemption applications
submitted by agricultural carriers. We located 63 applications (488 pages). Following consultation with the
submitters, 402 pages are released in full and 86 pages in part. Financial and customer information has
been withheld under Exemption 4, 5 U.S.C. 552(b)(4), and personal information under Exemption 6.

You may appeal within 90 days of the date of this letter. Appeals should be addressed to the Chief Counsel,
FMCSA, 1200 New Jersey Avenue SE, Washington, DC 20590, or emailed to fmcsafoia@dot.gov.

FMCSA FOIA Team
""", time='14:00:00', irt=R('REQ-05'),
 fact=F('REQ-05','records_final','Final partial release; 90-day appeal','DOT final response letters','FMCSA-2026-0789', withheld=True))

# 056 Maine final REQ-15 partial
msg('2026-10-15', 'Lisa Theriault <lisa.theriault@maine.gov>', 'RE: H-2A complaint files - first batch',
 text="""Hello again,

Here is the second and final batch (2025-2026) for FOAA-2026-118. As with the first batch, complainant
identities are redacted under 26 M.R.S. section 3. Three open investigation files are withheld in full under
1 M.R.S. section 402(3)(A) and 26 M.R.S. section 3 until the investigations close.

You may appeal the withholding to the Superior Court within 30 days under 1 M.R.S. section 409.

Lisa Theriault
Bureau of Labor Standards
""", time='16:15:00', att=('Batch2_file_list.txt', 'File,Employer,Status\nBLS-25-0117,[redacted],released\nBLS-26-0031,[withheld],open\n'),
 fact=F('REQ-15','records_final','Final batch with withholdings; 30-day appeal','Maine BLS staff emails','FOAA-2026-118', withheld=True))

# 057 JustFOIA document-added ping
msg('2026-10-16', JF, 'A document has been added to request 26-1173',
 text="""A new document has been added to request 26-1173.

Log in to view: https://risp.justfoia.com/publicportal/home/track

This is an automated message. Replies are not monitored.
""", time='06:45:00',
 fact=F('REQ-09','portal_notice','Portal ping with no substantive text after completion','JustFOIA document notifications','26-1173'))

save()
print(N[0])
